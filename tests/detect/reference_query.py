"""The watch-query language stated plainly: one regular expression per term, every clause checked by brute force.

Slow on purpose and written apart from monitor/detect/query.py (which shares nothing with it but the vocabulary's
URL canonicalisation): the property test in test_query_property.py holds the engine to these rules, and
bench/classify_bench.py runs it as the naive per-watch loop.

The rules:
- Text is case-folded, and ’ ‘ ʼ become ', a no-break space a space, ё е, a soft hyphen nothing.
- A term (quotes stripped) is a word prefix: it starts where no word character precedes it; its words (split on
  white space) are joined in the text by one or more spaces or hyphens; quoted ('"fsb"', more than two
  characters) it must also end where no word character follows. A term of no words never matches.
- An occurrence is every position where a term matches (occurrences may overlap), except in a near clause's
  sides and in the any_of terms a reason names: there the terms are alternatives scanned left to right, as one
  regular expression `t1|t2|...` finds them (at a position the first listed term that matches; the scan
  resumes where it ends, so "rosfin" inside "rosfinmonitoring" is not seen).
- Sentences end after a run of . ! ? followed by white space, and at every line break. Word n is the n-th run
  of word characters; a position belongs to the last word starting at or before it.
- Verdict, in order: the document is an origin (its URL canonicalises to one), links to one (the canonical
  address without https:// in the text) or names one (a title of more than 20 characters in the text):
  matched, whatever the query says. Else every all_of group needs an occurrence (the reason names the
  earliest, at one position the first listed); then, when the query has any_of or near: the any_of terms
  scanned (up to 4 of them, sorted, named), else the first near clause with a left and a right occurrence in one
  sentence (within = 0) or at most `within` words apart (named "first left term ~ right term", the right term
  being the earliest right occurrence that has such a partner), else (all_of given) an origin's author of two
  or more words named in the text; none of them: no match. Finally no none_of term may occur.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

from monitor.models import Doc, Match, Watch
from monitor.urls import page_identity

FOLD = {"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00a0": " ", "ё": "е", "\u00ad": ""}


def fold(text: str) -> str:
    text = text.casefold()
    for char, replacement in FOLD.items():
        text = text.replace(char, replacement)
    return text


def unquote(term: str) -> tuple[str, bool]:
    t = term.strip()
    if len(t) > 2 and t[0] == '"' and t[-1] == '"':
        return t[1:-1], True
    return t, False


def term_pattern(term: str) -> str | None:
    """The term's regular expression; None for a term of no words."""
    bare, exact = unquote(term)
    words = fold(bare).split()
    if not words:
        return None
    return r"(?<!\w)" + r"[\s\-]+".join(re.escape(w) for w in words) + (r"(?!\w)" if exact else "")


@cache
def term_regex(term: str) -> re.Pattern[str] | None:
    """In a lookahead, so that finditer gives every start, overlapping ones too."""
    pattern = term_pattern(term)
    return re.compile(f"(?=(?:{pattern}))") if pattern else None


def occurrences(term: str, text: str) -> list[int]:
    """Every start position of `term` in the folded text."""
    pattern = term_regex(term)
    return [m.start() for m in pattern.finditer(text)] if pattern else []


def sentence_ends(text: str) -> list[int]:
    return [m.end() for m in re.finditer(r"[.!?]+(?=\s)|\n", text)]


def word_starts(text: str) -> list[int]:
    return [m.start() for m in re.finditer(r"\w+", text)]


def first_of(terms: tuple[str, ...], text: str) -> str | None:
    """The earliest occurring term (the first listed at one position), unquoted, or None."""
    best: tuple[int, int, str] | None = None
    for order, term in enumerate(terms):
        found = occurrences(term, text)
        if found and (best is None or (found[0], order) < best[:2]):
            best = (found[0], order, unquote(term)[0])
    return best[2] if best else None


def scanned(terms: tuple[str, ...], text: str) -> list[tuple[int, str]]:
    """(start, term) of what one regular expression with the terms as alternatives finds, left to right."""
    named = [(term, pattern) for term in terms if (pattern := term_pattern(term))]
    if not named:
        return []
    alternation = re.compile("|".join(f"({pattern})" for _, pattern in named))
    return [(m.start(), named[(m.lastindex or 1) - 1][0]) for m in alternation.finditer(text)]


def near_reason(left: tuple[str, ...], right: tuple[str, ...], within: int, text: str) -> str | None:
    lefts = [p for p, _ in scanned(left, text)]
    rights = scanned(right, text)
    ends, starts = (sentence_ends(text), word_starts(text)) if lefts and rights else ([], [])
    for p, term in rights:
        for a in lefts:
            if within == 0:
                close = bisect_right(ends, a) == bisect_right(ends, p)
            else:
                close = abs(bisect_right(starts, a) - bisect_right(starts, p)) <= within
            if close:
                return f"{unquote(left[0])[0]} ~ {unquote(term)[0]}"
    return None


def origin_reason(watch: Watch, doc: Doc, text: str) -> str | None:
    if doc.url and any(page_identity(doc.url) == page_identity(o.url) for o in watch.origins):
        return "is an origin article"
    for o in watch.origins:
        if page_identity(o.url) in text:
            return f"links to the origin ({o.outlet})"
    for o in watch.origins:
        if len(o.title) > 20 and fold(o.title) in text:
            return f"names the origin ({o.outlet})"
    return None


def reference_match(watch: Watch, doc: Doc) -> Match | None:
    text = fold(doc.text)
    origin = origin_reason(watch, doc, text)
    if origin:
        return Match(watch.name, origin)
    q = watch.query
    found: list[str] = []
    for group in q.all_of:
        term = first_of(group, text)
        if term is None:
            return None
        found.append(term)
    if q.any_of or q.near:
        hits = sorted({unquote(term)[0] for _, term in scanned(q.any_of, text)})[:4]
        if not hits:
            for clause in q.near:
                reason = near_reason(clause.left, clause.right, clause.within, text)
                if reason:
                    hits = [reason]
                    break
        if not hits and q.all_of:
            for o in watch.origins:
                for author in o.authors:
                    if " " in author.strip() and fold(author) in text:
                        hits = [f"origin's author {fold(author).title()} ({o.outlet})"]
                        break
                if hits:
                    break
        if not hits:
            return None
        found.extend(hits)
    if any(occurrences(t, text) for t in q.none_of):
        return None
    return Match(watch.name, "terms: " + ", ".join(found))


def reference_match_all(watches: list[Watch], doc: Doc) -> list[Match]:
    return [m for w in watches if (m := reference_match(w, doc)) is not None]
