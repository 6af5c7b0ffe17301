"""A page's link lines (pure): a label that opens a line and points to another story ("Related:", "READ MORE:",
"See also:", "Most read:", "Читайте также:", "По теме:") makes what follows a headline of that story, cross-promoted
on every page of the site, not a follow-up of this page: "Related: Port operator sued by dockers' union" states
no legal action here. Only the label at the line's start, with its colon, counts: "Related to the outage, the
operator apologised" is the page's own news. `news_senses.not_in_the_news` asks its `SENSES`.
"""

from __future__ import annotations

import re

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


def label_line(sentence: str) -> bool:
    """A line that is a link label and nothing else ("Related:", "READ MORE", "Читайте также:"): the line after it
    is another story's headline."""
    words = sentence.casefold().replace(":", " ").replace("|", " ").split()
    words = [w for w in words if w not in _LEADS and w not in _MARKS]
    return bool(words) and words[0] in _LABELS and tuple(words[1:]) in _LABELS[words[0]]


def after_labels(text: str, cuts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences of a page without the headline that a link-label line puts before it (a label on the same line
    is read with its headline, by `SENSES`)."""
    if not _CAPITALISED.search(text):
        return cuts
    return [cut for i, cut in enumerate(cuts) if not (i and cuts[i - 1][1] - cuts[i - 1][0] < 40 and label_line(
        text[cuts[i - 1][0]:cuts[i - 1][1]]))]


# How a label line begins, as written: what a page must hold before its lines are looked at.
_CAPITALISED = re.compile("|".join(sorted({w.capitalize() for w in _LABELS} | {w.upper() for w in _LABELS})))


SENSES: Senses = {kind: (_a_link_label,) for kind in (
    "correction", "apology", "retraction", "clarification", "update", "editors_note", "denial", "stands_by",
    "legal_action")}
