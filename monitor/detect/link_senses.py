"""A page's link lines (pure): a label that opens a line and points to another story ("Related:", "READ MORE:",
"See also:", "Most read:", "Читайте также:", "По теме:") makes what follows a headline of that story, cross-promoted
on every page of the site, not a follow-up of this page: "Related: Port operator sued by dockers' union" states
no legal action here. Only the label at the line's start, with its colon, counts: "Related to the outage, the
operator apologised" is the page's own news. `news_senses.not_in_the_news` asks its `SENSES`.
"""

from __future__ import annotations

from monitor.detect.lemmas import Lemmas, Senses

# The labels' words as written (lower case), by their first word; a colon or a bar follows the whole label.
_LABELS = {
    "related": ((), ("stories",), ("articles",), ("coverage",), ("content",), ("news",), ("reading",)),
    "read": (("more",), ("also",), ("next",), ("more", "on", "this"), ("more", "about", "this")),
    "see": (("also",), ("more",)),
    "also": (("read",), ("see",), ("on", "this"), ("in", "the", "news")),
    "most": (("read",), ("popular",), ("viewed",), ("shared",)),
    "recommended": ((), ("for", "you"), ("reading",), ("stories",)),
    "more": (("on", "this"), ("on", "this", "story"), ("stories",), ("news",)),
    "trending": ((), ("now",), ("stories",)),
    "watch": (("more",),),
    "don't": (("miss",),),
    "top": (("stories",),),
    "читайте": (("также",), ("еще",), ("ещё",), ("по", "теме")),
    "читать": (("также",),),
    "по": (("теме",),),
    "смотрите": (("также",),),
    "рекомендуем": ((),),
    "популярное": ((),),
}
_MARKS = (":", "|", ">>", "»", "▶", "►")  # (tuples: marks are no words for the lemma table)
_LEADS = ("-", "–", "—", "•", "*", ">", "►", "▶")


def _a_link_label(lem: Lemmas, first: int, last: int) -> bool:
    """ "READ MORE: Carmaker apologises for recall delays": another story's headline under a link label."""
    toks = lem.tokens
    at = 1 if toks and toks[0].low in _LEADS else 0
    if at >= len(toks) or toks[at].low not in _LABELS or first <= at:
        return False
    words = [t.low for t in toks[at + 1:min(first, at + 5)]]
    return any(len(words) > len(rest) and tuple(words[:len(rest)]) == rest and words[len(rest)] in _MARKS
               for rest in _LABELS[toks[at].low])


SENSES: Senses = {kind: (_a_link_label,) for kind in (
    "correction", "apology", "retraction", "clarification", "update", "editors_note", "denial", "stands_by",
    "legal_action")}
