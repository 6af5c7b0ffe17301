"""A page's link lines (pure): a label that opens a line and points to another story ("Related:", "READ MORE:",
"See also:", "Most read:", "Читайте также:", "По теме:") makes what follows a headline of that story, cross-promoted
on every page of the site, not a follow-up of this page: "Related: Port operator sued by dockers' union" states
no legal action here. Only the label at the line's start, with its colon, counts: "Related to the outage, the
operator apologised" is the page's own news. `context.Page.kept` leaves these lines out before any is read.
"""

from __future__ import annotations

import re

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
_LEADS = ("-", "–", "—", "•", "*", ">", "►", "▶")


_SPELLED = (r"\s+".join(re.escape(w) for w in (first, *rest)) for first, rests in _LABELS.items() for rest in rests)
_LABEL = "(?:" + "|".join(sorted(_SPELLED, key=len, reverse=True)) + ")"
_LEAD = "^[\\s" + re.escape("".join(_LEADS)) + "]*"
# A line opened by a label and its mark, with another story's headline after it ("READ MORE: Carmaker apologises
# for recall delays"), and a line that is a label alone ("Related:", "READ MORE"): the next line is that headline.
_LABELLED = re.compile(_LEAD + _LABEL + r"\s*(?:[:|»▶►]|>>)\s*\S", re.IGNORECASE)
_ALONE = re.compile(_LEAD + _LABEL + r"\s*(?:[:|»▶►]|>>)?\s*$", re.IGNORECASE)


def without_link_lines(text: str, cuts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences of a page without its link lines: a line a label opens, a label alone and the line after it."""
    if not _CAPITALISED.search(text):
        return cuts
    out = []
    for i, (a, b) in enumerate(cuts):
        line = text[a:b]
        if _LABELLED.match(line) or _ALONE.match(line) or i and _ALONE.match(text[cuts[i - 1][0]:cuts[i - 1][1]]):
            continue
        out.append((a, b))
    return out


# How a label line begins, as written: what a page must hold before its lines are looked at.
_CAPITALISED = re.compile("|".join(sorted({w.capitalize() for w in _LABELS} | {w.upper() for w in _LABELS})))
