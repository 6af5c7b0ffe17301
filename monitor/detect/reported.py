"""What a claim says (pure): the content clause of a report a stance is about.

In "Vestra said a report that it would close the plant was untrue", the "would" belongs to the report ("that it
would close the plant"), not to Vestra's stance: a modal or a negation there says what the report claimed, and
cancels nothing. `cancellers.inside_cancel` leaves these words out of the ones it weighs.
"""

from __future__ import annotations

from monitor.detect.lemmas import Lemmas
from monitor.detect.wordsets import SETS

_CLAIMS = frozenset(SETS["CLAIM"].split("|")) | {"сообщение", "информация", "слух", "утверждение", "публикация"}
_OPENS = {"that", "что", "suggest", "claim", "say", "allege"}  # "reports that ...", "reports suggesting ..."
_VERB = {"be", "remain", "быть", "являться", "оказаться"}
# what stands before the main verb and is the stance's, not the report's: "... may be wrong", "... was not true"
_AUX = {"may", "might", "could", "would", "will", "should", "must", "can", "not", "never", "have", "be", "been",
        "also", "all", "simply", "just", "completely", "totally", "entirely", "бы", "не"}


def content(lem: Lemmas, first: int, last: int) -> range:
    """The token indexes of the content clause of a claim inside a stance's match ("a report [that it would cut
    jobs] was inaccurate"): from the word that opens it to the words before the main verb; empty when the match
    holds no such clause."""
    toks = lem.tokens
    for i in range(first, last):
        if toks[i].lemma in _CLAIMS and toks[i + 1].lemma in _OPENS:
            verb = max((j for j in range(i + 2, last + 1) if toks[j].lemma in _VERB), default=-1)
            if verb < 0:
                return range(0)
            while verb > i + 2 and toks[verb - 1].lemma in _AUX:
                verb -= 1
            return range(i + 1, verb)
    return range(0)
