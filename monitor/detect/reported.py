"""What a claim says (pure): the content clause of a report a stance is about, and an act someone denies doing.

In "Vestra said a report that it would close the plant was untrue", the "would" belongs to the report ("that it
would close the plant"), not to Vestra's stance: a modal or a negation there says what the report claimed, and
cancels nothing. `cancellers.inside_cancel` leaves these words out of the ones it weighs. In "The minister denied
making an apology" the apology is what is denied, not done (`denied_act`; the denial stands).
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


_DENY = {"deny", "refute"}
# what may stand between "denied" and the act: "denied (ever) (having) (made|issued) (an) apology"
_VERBS = {"ever", "have", "make", "issue", "file", "bring", "publish", "print", "run", "offer", "give", "send"}
_BETWEEN = _VERBS | {"a", "an", "the", "any"}


def denied_act(before: list[str]) -> bool:
    """Whether the act after these words is the object of a denial: "denied apologising", "denied having issued a
    correction", "denied filing a lawsuit" (what the doer says it never did; not "denied the lawsuit's claims",
    where the suit exists)."""
    at = max((i for i, w in enumerate(before) if w in _DENY), default=-1)
    if at < 0:
        return False
    tail = before[at + 1:]
    return all(w in _BETWEEN for w in tail) and (not tail or tail[0] in _VERBS)
