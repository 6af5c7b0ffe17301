"""A correction whose subject is the newsroom's own piece (pure): "A story on Thursday about the Harbor Bridge
misstated ...", "A Sept. 21 item in the Metro column incorrectly reported ...". The names in the piece's description
are what it was about or when it ran; they made no error, the piece's newsroom did.
"""

from __future__ import annotations

import re

from monitor.detect.context import _PIECES
from monitor.detect.publishers import _MEDIA_NAMES

# "A story on Thursday about ...", "Yesterday's review of ...", "A Sept. 21 item in ...": a correction's opening piece
_OPENS = re.compile(rf"^\W*(?:an?|the|this|our|yesterday's|today's|\w+day's)\s+(?:[\w.,'’&-]+\s+){{0,3}}?"
                    rf"(?:{_PIECES})\b", re.IGNORECASE)
_ERROR = re.compile(r"\bmis\w+ed\b|\b(?:incorrectly|wrongly|erroneously|mistakenly|inaccurately|inadvertently"
                    r"|should have|omitted|failed to)\b", re.IGNORECASE)


def describes_the_piece(sentence: str, actor: str) -> bool:
    """Whether `actor` is only a name in the description of the piece a correction opens with, before its error
    ("A story about the Harbor Bridge misstated", "A Sept. 21 item incorrectly reported"), not another newsroom
    ("An article in the Dale Post misstated") nor an author ("A review by the ministry wrongly said")."""
    opens = _OPENS.match(sentence) if actor else None
    error = _ERROR.search(sentence, opens.end()) if opens else None
    where = sentence.find(actor)
    return bool(error) and 0 <= where < error.start() and not re.search(r"\b(?:by|from)\s+(?:the\s+)?$", sentence[
        :where]) and not {w.casefold().strip(".'’s") for w in actor.split()} & _MEDIA_NAMES
