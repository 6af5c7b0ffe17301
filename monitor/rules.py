"""Watch relevance (pure): does a document belong to a story, and why.

A watch's query is compiled once into regular expressions over normalised text. Terms are case-insensitive
word prefixes, so one term covers inflections ("russia": Russia, Russian, Russia's; "росси": Россия, России);
a quoted term ('"fsb"') must end where a word ends. Proximity clauses (`near`) ask for two sets of terms in
one sentence or within N words. A document that links to, names or credits one of the story's origin
articles is relevant too.

`Matcher` judges many watches at once: one Aho-Corasick pass over the text finds which watches could match
at all (every all_of group has a candidate word), and only those run their regular expressions.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from .models import Doc, Match, Near, Watch
from .urls import canonical_url

_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00a0": " ", "ё": "е", "\u00ad": ""})
_SENTENCE_END = re.compile(r"[.!?]+(?=\s)|\n")
_WORD = re.compile(r"\w+")


def normalise(text: str) -> str:
    """Fold the characters outlets vary on (curly apostrophes, no-break spaces, ё) and case."""
    return text.casefold().translate(_FOLD)


def _bare(term: str) -> tuple[str, bool]:
    """The term without quotes, and whether it was quoted (must end at a word's end)."""
    t = term.strip()
    exact = len(t) > 2 and t[0] == t[-1] == '"'
    return (t[1:-1] if exact else t), exact


def term_pattern(term: str) -> str:
    """A regex for one term: a word prefix (a whole word if quoted); a phrase's words joined by space or hyphen."""
    bare, exact = _bare(term)
    words = normalise(bare).split()
    return r"(?<!\w)" + r"[\s\-]+".join(re.escape(word) for word in words) + (r"(?!\w)" if exact else "")


def prefilter_key(term: str) -> str:
    """The literal an Aho-Corasick pass looks for: the term's first word (a superset of the regex's hits)."""
    words = normalise(_bare(term)[0]).split()
    return words[0] if words else ""


def _alternation(terms: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"({term_pattern(t)})" for t in terms))


@dataclass(frozen=True)
class CompiledNear:
    near: Near
    left: re.Pattern[str]
    right: re.Pattern[str]


@dataclass(frozen=True)
class CompiledWatch:
    watch: Watch
    groups: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...]
    any_terms: tuple[str, ...]
    any_re: re.Pattern[str] | None
    near: tuple[CompiledNear, ...]
    none_re: re.Pattern[str] | None
    origin_urls: tuple[tuple[str, str], ...]
    origin_titles: tuple[tuple[str, str], ...]
    origin_authors: tuple[tuple[str, str], ...]


@lru_cache(maxsize=1024)
def compile_watch(watch: Watch) -> CompiledWatch:
    q = watch.query
    authors = tuple((normalise(a), o.outlet) for o in watch.origins for a in o.authors if " " in a.strip())
    return CompiledWatch(
        watch=watch,
        groups=tuple((group, _alternation(group)) for group in q.all_of),
        any_terms=q.any_of,
        any_re=_alternation(q.any_of) if q.any_of else None,
        near=tuple(CompiledNear(n, _alternation(n.left), _alternation(n.right)) for n in q.near),
        none_re=_alternation(q.none_of) if q.none_of else None,
        origin_urls=tuple((canonical_url(o.url), o.outlet) for o in watch.origins),
        origin_titles=tuple((normalise(o.title), o.outlet) for o in watch.origins if len(o.title) > 20),
        origin_authors=authors,
    )


def _first_term(pattern: re.Pattern[str], terms: tuple[str, ...], text: str) -> str | None:
    found = pattern.search(text)
    if not found:
        return None
    return _bare(terms[(found.lastindex or 1) - 1])[0]


def _near_hit(cn: CompiledNear, text: str) -> str | None:
    """'left ~ right' when a left term and a right term occur in one sentence or within N words."""
    lefts = [m.start() for m in cn.left.finditer(text)]
    if not lefts:
        return None
    rights = [m for m in cn.right.finditer(text)]
    if not rights:
        return None
    if cn.near.within == 0:
        ends = [m.end() for m in _SENTENCE_END.finditer(text)]
        left_sentences = {bisect_right(ends, p) for p in lefts}
        hit = next((m for m in rights if bisect_right(ends, m.start()) in left_sentences), None)
    else:
        starts = [m.start() for m in _WORD.finditer(text)]
        left_words = [bisect_right(starts, p) for p in lefts]
        hit = next((m for m in rights
                    if any(abs(bisect_right(starts, m.start()) - w) <= cn.near.within for w in left_words)), None)
    if hit is None:
        return None
    right = _bare(cn.near.right[(hit.lastindex or 1) - 1])[0]
    return f"{_bare(cn.near.left[0])[0]} ~ {right}"


def _origin_reason(cw: CompiledWatch, doc: Doc, text: str) -> str | None:
    if doc.url and any(canonical_url(doc.url) == url for url, _ in cw.origin_urls):
        return "is an origin article"
    for url, outlet in cw.origin_urls:
        if url.removeprefix("https://") in text:
            return f"links to the origin ({outlet})"
    for title, outlet in cw.origin_titles:
        if title in text:
            return f"names the origin ({outlet})"
    return None


def match_compiled(cw: CompiledWatch, doc: Doc, text: str) -> Match | None:
    """`match_watch` for an already compiled watch and the document's normalised text."""
    name = cw.watch.name
    origin = _origin_reason(cw, doc, text)
    if origin:
        return Match(name, origin)
    found: list[str] = []
    for terms, pattern in cw.groups:
        term = _first_term(pattern, terms, text)
        if term is None:
            return None
        found.append(term)
    if cw.any_re is not None or cw.near:
        hits: list[str] = []
        if cw.any_re is not None:
            hits = sorted({_bare(cw.any_terms[(m.lastindex or 1) - 1])[0] for m in cw.any_re.finditer(text)})[:4]
        if not hits:
            hits = [h for cn in cw.near if (h := _near_hit(cn, text))][:1]
        if not hits and cw.groups:
            hits = [f"origin's author {a.title()} ({o})" for a, o in cw.origin_authors if a in text][:1]
        if not hits:
            return None
        found.extend(hits)
    if cw.none_re is not None and cw.none_re.search(text):
        return None
    return Match(name, "terms: " + ", ".join(found))


def match_watch(watch: Watch, doc: Doc) -> Match | None:
    """A Match with a short reason when `doc` belongs to `watch`'s story, else None."""
    return match_compiled(compile_watch(watch), doc, normalise(doc.text))


def match_all(watches: list[Watch], doc: Doc) -> list[Match]:
    """Every watch `doc` matches, in the watches' order."""
    return Matcher(tuple(watches)).match(doc) if len(watches) > 8 else [
        m for w in watches if (m := match_watch(w, doc)) is not None
    ]


class Matcher:
    """Many watches judged together, with a multi-pattern prefilter before any regular expression."""

    def __init__(self, watches: tuple[Watch, ...] | list[Watch]):
        self.compiled = [compile_watch(w) for w in watches]
        # Per watch: how many all_of groups it has; per key: (watch, group) pairs it satisfies. Group -1 means
        # "may match without its all_of groups" (origins, or a watch with no all_of at all).
        self.needs = [len(cw.groups) for cw in self.compiled]
        keys: dict[str, set[tuple[int, int]]] = {}
        self.always: list[int] = []
        for i, cw in enumerate(self.compiled):
            for g, (terms, _) in enumerate(cw.groups):
                for term in terms:
                    keys.setdefault(prefilter_key(term), set()).add((i, g))
            loose = [t for n in cw.watch.query.near for t in n.left] + list(cw.any_terms)
            if not cw.groups:
                if not loose:
                    self.always.append(i)
                for term in loose:
                    keys.setdefault(prefilter_key(term), set()).add((i, -1))
            for url, _ in cw.origin_urls:
                keys.setdefault(url.removeprefix("https://"), set()).add((i, -1))
            for title, _ in cw.origin_titles:
                keys.setdefault(title, set()).add((i, -1))
        keys.pop("", None)
        self.automaton = ahocorasick.Automaton()
        for key, targets in keys.items():
            self.automaton.add_word(key, tuple(targets))
        if keys:
            self.automaton.make_automaton()
        self.has_keys = bool(keys)
        self.origin_pages: dict[str, list[int]] = {}
        for i, cw in enumerate(self.compiled):
            for url, _ in cw.origin_urls:
                self.origin_pages.setdefault(url, []).append(i)

    def candidates(self, text: str) -> list[int]:
        """Indexes of the watches whose every all_of group has a candidate word in `text` (a superset)."""
        if not self.has_keys:
            return list(self.always)
        groups: dict[int, set[int]] = {}
        for _, targets in self.automaton.iter(text):
            for i, g in targets:
                groups.setdefault(i, set()).add(g)
        out = [i for i, gs in groups.items() if -1 in gs or len(gs) >= self.needs[i]]
        return sorted(set(out) | set(self.always))

    def match(self, doc: Doc) -> list[Match]:
        """Every watch `doc` matches, in the watches' order."""
        text = normalise(doc.text)
        pool = self.candidates(text)
        if doc.url and self.origin_pages:
            pool = sorted(set(pool) | set(self.origin_pages.get(canonical_url(doc.url), ())))
        return [m for i in pool if (m := match_compiled(self.compiled[i], doc, text)) is not None]
