"""Watch relevance (pure): does a document belong to a story, and why.

A watch's query is compiled once into regular expressions over normalised text. Terms are case-insensitive
word prefixes, so one term covers inflections ("russia": Russia, Russian, Russia's; "росси": Россия, России).
A document that links to or names one of the story's origin articles is relevant too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .models import Doc, Match, Watch
from .urls import canonical_url

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00a0": " "})


def normalise(text: str) -> str:
    """Fold the characters outlets vary on (curly apostrophes, no-break spaces) and case."""
    return text.translate(_APOSTROPHES).casefold()


def term_pattern(term: str) -> str:
    """A regex for one term: a word prefix; words of a phrase separated by any white space or hyphen."""
    words = normalise(term).split()
    return r"(?<!\w)" + r"[\s\-]+".join(re.escape(word) for word in words)


@dataclass(frozen=True)
class CompiledWatch:
    watch: Watch
    groups: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...]
    any_terms: tuple[str, ...]
    any_re: re.Pattern[str] | None
    none_re: re.Pattern[str] | None
    origin_urls: tuple[tuple[str, str], ...]
    origin_titles: tuple[tuple[str, str], ...]


def _alternation(terms: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"({term_pattern(t)})" for t in terms))


@lru_cache(maxsize=1024)
def compile_watch(watch: Watch) -> CompiledWatch:
    q = watch.query
    return CompiledWatch(
        watch=watch,
        groups=tuple((group, _alternation(group)) for group in q.all_of),
        any_terms=q.any_of,
        any_re=_alternation(q.any_of) if q.any_of else None,
        none_re=_alternation(q.none_of) if q.none_of else None,
        origin_urls=tuple((canonical_url(o.url), o.outlet) for o in watch.origins),
        origin_titles=tuple((normalise(o.title), o.outlet) for o in watch.origins if len(o.title) > 20),
    )


def _first_term(pattern: re.Pattern[str], terms: tuple[str, ...], text: str) -> str | None:
    found = pattern.search(text)
    if not found:
        return None
    return terms[(found.lastindex or 1) - 1]


def match_watch(watch: Watch, doc: Doc) -> Match | None:
    """A Match with a short reason when `doc` belongs to `watch`'s story, else None."""
    cw = compile_watch(watch)
    text = normalise(doc.text)
    if doc.url and any(canonical_url(doc.url) == url for url, _ in cw.origin_urls):
        return Match(watch.name, "is an origin article")
    for url, outlet in cw.origin_urls:
        if url.removeprefix("https://") in text:
            return Match(watch.name, f"links to the origin ({outlet})")
    for title, outlet in cw.origin_titles:
        if title in text:
            return Match(watch.name, f"names the origin ({outlet})")
    found: list[str] = []
    for terms, pattern in cw.groups:
        term = _first_term(pattern, terms, text)
        if term is None:
            return None
        found.append(term)
    if cw.any_re is not None:
        hits = sorted({cw.any_terms[(m.lastindex or 1) - 1] for m in cw.any_re.finditer(text)})
        if not hits:
            return None
        found.extend(hits[:4])
    if cw.none_re is not None:
        excluded = cw.none_re.search(text)
        if excluded:
            return None
    return Match(watch.name, "terms: " + ", ".join(found))


def match_all(watches: list[Watch], doc: Doc) -> list[Match]:
    """Every watch `doc` matches, in the watches' order."""
    return [m for w in watches if (m := match_watch(w, doc)) is not None]
