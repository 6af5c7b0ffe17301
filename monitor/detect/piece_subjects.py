"""A correction whose subject is the newsroom's own piece (pure): "A story on Thursday about the Harbor Bridge
misstated ...", "A Sept. 21 item in the Metro column incorrectly reported ...". The names in the piece's description
are what it was about or when it ran; they made no error, the piece's newsroom did.
"""

from __future__ import annotations

import re

from monitor.detect.context import PIECES
from monitor.detect.entries import others_piece
from monitor.detect.publishers import MEDIA_NAMES

# "A story on Thursday about ...", "Yesterday's review of ...", "A Sept. 21 item in ...": a correction's opening piece
_OPENS = re.compile(rf"^\W*(?:because of an? (?:[\w-]+\s+){{0,2}}?error,\s+)?(?:an?|the|this|our|yesterday's|today's"
                    rf"|\w+day's)\s+(?:[\w.,'’&-]+\s+){{0,3}}?(?:{PIECES})\b", re.IGNORECASE)
_ERROR = re.compile(r"\bmis\w+ed\b|\bmis(?:stat|spell|nam|dat|quot|print|label|identifi|attribut|characteriz"
                    r"|represent)e?s\b|\b(?:incorrectly|wrongly|erroneously|mistakenly|inaccurately|inadvertently"
                    r"|imprecisely|incompletely|(?:an?|the) (?:incorrect|erroneous|outdated|wrong)|should have|omitted"
                    r"|failed to)\b", re.IGNORECASE)

# Whose piece it is, said just after it: "A review by the ministry", "An article on Friday from the Dale Post" (not
# "An article on Tuesday about the case heard by the Supreme Court": the court is what the piece was about)
_AUTHOR = re.compile(r"\s*(?:[\w.,'’-]+\s+){0,3}?(?:by|from)\s+(?:the\s+)?(?=[A-Z])")


def describes_the_piece(sentence: str, actor: str) -> bool:
    """Whether a correction's `actor` (or none) stands for the newsroom whose piece the sentence opens with and says
    erred: a name in what the piece was about ("A story about the Harbor Bridge misstated"), in its error ("An
    obituary ... referred incorrectly to a book by Ann Lee") or none at all ("A Sept. 21 item incorrectly
    reported"); not another newsroom ("An article in the Dale Post misstated", "A story circulating online about
    ...") nor an author ("A review by the ministry wrongly said")."""
    opens = _OPENS.match(sentence)
    error = _ERROR.search(sentence, opens.end()) if opens else None
    if not opens or not error or _AUTHOR.match(sentence, opens.end()):
        return False
    about = sentence.find(" about ", opens.end(), error.start())  # the piece's own words end where its topic begins
    if others_piece(sentence[:about if about > 0 else error.start()]):
        return False
    return not {w.casefold().strip(".'’s") for w in actor.split()} & MEDIA_NAMES
