"""Campaign and courts reporting's other senses of a notice's words (pure): a politics desk's day, with no follow-up.

A witness who has "lost confidence in this investigation" withdraws trust, nobody stands by a story (no stands-by).
A press office that declines comment "as anything we say could be misinterpreted as marketing" fears a reading to
come, it makes nothing clear about a story (no clarification; "may have been misunderstood" looks back and stays).
"The case at issue" is the case discussed, nobody issued it (no legal action). "A domestic dispute that was later
reported" is a quarrel, not a report disputed (no denial). A speech that "lacked an apology" and a headline that
demands one ("Harlow to Quill: Apologize to the workers") bring none (no apology). `news_senses.not_in_the_news`
asks its `SENSES`.
"""

from __future__ import annotations

from monitor.detect.lemmas import Lemmas, Senses

# What comes before "dispute" when it is the noun, a quarrel: "a domestic dispute that", "the border dispute".
_QUARREL_LEADS = {"a", "an", "the", "this", "that", "domestic", "family", "border", "trade", "labour", "labor", "pay",
                  "contract", "custody", "land", "territorial", "legal", "bitter", "long-running", "ongoing", "civil",
                  "neighbour", "neighbor", "marital", "workplace", "wage", "boundary"}
# What an apology is said to be missing in: "lacked an apology", "came without an apology".
_WANTING = {"lack", "without", "short", "absent", "absence", "no"}


def _trust_lost(lem: Lemmas, first: int, last: int) -> bool:
    """ "I have lost confidence in this investigation": trust withdrawn, no one stands by anything."""
    toks = lem.tokens
    return any(toks[i].low == "confidence" and {t.lemma for t in toks[max(0, i - 3):i]} & {"lose", "no"}
               for i in range(first, last + 1))


def _reading_to_come(lem: Lemmas, first: int, last: int) -> bool:
    """ "Anything we say could be misinterpreted as marketing": a reading feared, no story's meaning made clear."""
    lows = [t.low for t in lem.tokens[first:last + 1]]
    return lows[:1] in (["could"], ["may"], ["might"]) and "be" in lows[1:3] and "have" not in lows[1:3] and "been" \
        not in lows


def _issue_discussed(lem: Lemmas, first: int, last: int) -> bool:
    """ "The case at issue involved a driver": the case discussed; nobody issued it."""
    toks = lem.tokens
    return any(toks[i].low == "issue" and i and toks[i - 1].low == "at" for i in range(first, last + 1))


def _a_quarrel(lem: Lemmas, first: int, last: int) -> bool:
    """ "A domestic dispute that was later reported": a quarrel named, not a report disputed."""
    toks = lem.tokens
    return toks[first].lemma == "dispute" and first > 0 and toks[first - 1].low in _QUARREL_LEADS


def _apology_wanting(lem: Lemmas, first: int, last: int) -> bool:
    """ "His speech lacked an apology", "Harlow to Quill: Apologize to the workers": none made."""
    toks = lem.tokens
    at = next((i for i in range(first, last + 1) if toks[i].lemma in ("apology", "apologize", "apologise")), None)
    if at is None:
        return False
    if toks[at].lemma == "apology" and {t.lemma for t in toks[max(0, at - 3):at]} & _WANTING:
        return True
    return toks[at].low in ("apologize", "apologise") and at > 0 and toks[at - 1].low == ":"


SENSES: Senses = {
    "stands_by": (_trust_lost,),
    "clarification": (_reading_to_come,),
    "legal_action": (_issue_discussed,),
    "denial": (_a_quarrel,),
    "apology": (_apology_wanting,),
}
