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

from monitor.models import Doc, Match, Near, Watch
from monitor.urls import page_identity

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
        origin_urls=tuple((page_identity(o.url), o.outlet) for o in watch.origins),  # scheme-free
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
    if doc.url and any(page_identity(doc.url) == url for url, _ in cw.origin_urls):
        return "is an origin article"
    for url, outlet in cw.origin_urls:
        if url in text:
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
    """Every watch `doc` matches, in the watches' order (many watches go through one cached `Matcher`).

    With few watches, the Matcher's Aho-Corasick pass only rules watches out (most articles match none: 5x
    cheaper than the regexes); the ones left are judged by `match_compiled`, whose reasons name every term."""
    if not watches:
        return []
    matcher = _matcher(watches)
    if len(watches) > 8:
        return matcher.match(doc)
    text, _, _, candidates = matcher.candidates(doc)
    return [m for w in sorted(candidates) if (m := match_compiled(matcher.compiled[w], doc, text)) is not None]


_MATCHERS: dict[tuple[int, ...], tuple[tuple[Watch, ...], Matcher]] = {}


def _matcher(watches: list[Watch]) -> Matcher:
    """The Matcher of these very Watch objects (kept alive beside it, so their ids stay theirs). Keyed by
    identity: hashing a tuple of frozen watches costs more than matching a short article."""
    key = tuple(map(id, watches))
    got = _MATCHERS.get(key)
    if got is None:
        if len(_MATCHERS) >= 4:
            _MATCHERS.clear()
        got = _MATCHERS[key] = (tuple(watches), Matcher(watches))
    return got[1]


class Matcher:
    """Many watches judged together: one Aho-Corasick pass over the text finds every term's positions.

    Each watch term is keyed by its first word; a hit counts when it starts a word (terms are word prefixes),
    and phrases and quoted terms are confirmed with an anchored regex at that position. Watches are then
    decided from the positions alone, with the same rules as `match_compiled` (the bench checks they agree).
    """

    def __init__(self, watches: tuple[Watch, ...] | list[Watch]):
        self.compiled = [compile_watch(w) for w in watches]
        self.terms: list[tuple[str, re.Pattern[str] | None]] = []
        index: dict[str, int] = {}
        self.index = index
        keys: dict[str, list[int]] = {}

        def term_id(term: str) -> int:
            if term not in index:
                bare, exact = _bare(term)
                check = re.compile(term_pattern(term)) if exact or " " in bare.strip() or "-" in bare else None
                index[term] = len(self.terms)
                self.terms.append((term, check))
                keys.setdefault(prefilter_key(term), []).append(index[term])
            return index[term]

        # Per watch: term ids of each all_of group, of any_of, and of each near clause's two sides.
        self.plans: list[tuple[list[list[int]], list[int], list[tuple[list[int], list[int], int]]]] = []
        for cw in self.compiled:
            q = cw.watch.query
            groups = [[term_id(t) for t in g] for g in q.all_of]
            any_ids = [term_id(t) for t in q.any_of]
            near = [([term_id(t) for t in n.left], [term_id(t) for t in n.right], n.within) for n in q.near]
            for t in q.none_of:
                term_id(t)
            self.plans.append((groups, any_ids, near))
        # term id -> (watch, all_of group) it can satisfy; group -1: a watch without all_of, via any_of/near.
        self.term_watches: dict[int, list[tuple[int, int]]] = {}
        for w, (groups, any_ids, near) in enumerate(self.plans):
            if groups:
                for g, ids in enumerate(groups):
                    for tid in ids:
                        self.term_watches.setdefault(tid, []).append((w, g))
            else:
                for tid in [*any_ids, *(x for left, _, _ in near for x in left)]:
                    self.term_watches.setdefault(tid, []).append((w, -1))
        keys.pop("", None)
        self.automaton = ahocorasick.Automaton()
        for key, ids in keys.items():
            self.automaton.add_word(key, (len(key), tuple(ids)))
        self.origin_keys: dict[str, list[int]] = {}
        for w, cw in enumerate(self.compiled):
            for url, _ in cw.origin_urls:
                self.origin_keys.setdefault(url, []).append(w)
            for title, _ in cw.origin_titles:
                self.origin_keys.setdefault(title, []).append(w)
        for key in self.origin_keys:
            if key not in keys:
                self.automaton.add_word(key, (len(key), ()))
        if len(self.automaton):
            self.automaton.make_automaton()
        self.origin_pages: dict[str, list[int]] = {}
        for w, cw in enumerate(self.compiled):
            for url, _ in cw.origin_urls:
                self.origin_pages.setdefault(url, []).append(w)
        self.termless = {w for w, (groups, any_ids, near) in enumerate(self.plans) if not (groups or any_ids or near)}
        # Cheap test before canonicalising a document's URL: the origin's last path segment must appear in it.
        self.origin_tails = {url.rstrip("/").rsplit("/", 1)[-1] or url for url in self.origin_pages}

    def _positions(self, text: str) -> tuple[dict[int, list[int]], set[str]]:
        found: dict[int, list[int]] = {}
        raw: set[str] = set()
        if not len(self.automaton):
            return found, raw
        for end, (length, ids) in self.automaton.iter(text):
            start = end - length + 1
            if self.origin_keys:
                raw.add(text[start:end + 1])
            if start and (text[start - 1].isalnum() or text[start - 1] == "_"):
                continue
            for t in ids:
                check = self.terms[t][1]
                if check is None or check.match(text, start):
                    found.setdefault(t, []).append(start)
        return found, raw

    def candidates(self, doc: Doc) -> tuple[str, dict[int, list[int]], set[str], set[int]]:
        """The normalised text, term positions, origin keys seen, and the watches (by index) that could match:
        a superset of those that do (every all_of group has a term, or an origin is named)."""
        text = normalise(doc.text)
        pos, raw = self._positions(text)
        page = page_identity(doc.url) if doc.url and any(t in doc.url for t in self.origin_tails) else ""
        hit: dict[int, set[int]] = {}
        for t in pos:
            for w, g in self.term_watches.get(t, ()):
                hit.setdefault(w, set()).add(g)
        candidates = {w for w, gs in hit.items() if -1 in gs or len(gs) == len(self.plans[w][0])}
        if page in self.origin_pages or any(k in raw for k in self.origin_keys):
            candidates |= {w for w, cw in enumerate(self.compiled) if cw.origin_urls or cw.origin_titles}
        # A watch with no terms at all (built in code; seeds refuse it) cannot be ruled out by terms.
        candidates |= self.termless
        return text, pos, raw, candidates

    def match(self, doc: Doc) -> list[Match]:
        """Every watch `doc` matches, in the watches' order."""
        text, pos, _, candidates = self.candidates(doc)
        out: list[Match] = []
        lazy: dict[str, list[int]] = {}
        for w in sorted(candidates):
            cw = self.compiled[w]
            reason = _origin_reason(cw, doc, text) if cw.origin_urls or cw.origin_titles else None
            if reason:
                out.append(Match(cw.watch.name, reason))
                continue
            groups, any_ids, near = self.plans[w]
            if not self._could(pos, any_ids, near, text, lazy):
                authors = [f"origin's author {a.title()} ({o})" for a, o in cw.origin_authors if a in text][:1]
                if groups and authors and not any(self.index.get(t) in pos for t in cw.watch.query.none_of):
                    found = [_bare(self.terms[min(g, key=lambda t: pos[t][0] if t in pos else len(text) + 1)][0])[0]
                             for g in groups]
                    out.append(Match(cw.watch.name, "terms: " + ", ".join(found + authors)))
                continue
            if any(self.index.get(t) in pos for t in cw.watch.query.none_of):
                continue
            found = [_bare(self.terms[min(g, key=lambda t: pos[t][0] if t in pos else len(text) + 1)][0])[0]
                     for g in groups]
            found += sorted({_bare(self.terms[t][0])[0] for t in any_ids if t in pos})[:4]
            out.append(Match(cw.watch.name, "terms: " + ", ".join(found or ["near"])))
        return out

    def _could(self, pos: dict[int, list[int]], any_ids: list[int], near: list[tuple[list[int], list[int], int]],
               text: str, lazy: dict[str, list[int]]) -> bool:
        """Whether any_of or a near clause can hold, from term positions (exact, so the regex pass confirms)."""
        if not any_ids and not near:
            return True
        if any(t in pos for t in any_ids):
            return True
        for left, right, within in near:
            lp = [p for t in left for p in pos.get(t, ())]
            rp = [p for t in right for p in pos.get(t, ())]
            if not lp or not rp:
                continue
            if within == 0:
                ends = lazy.setdefault("ends", [m.end() for m in _SENTENCE_END.finditer(text)])
                if {bisect_right(ends, p) for p in lp} & {bisect_right(ends, p) for p in rp}:
                    return True
            else:
                starts = lazy.setdefault("words", [m.start() for m in _WORD.finditer(text)])
                lw = [bisect_right(starts, p) for p in lp]
                if any(abs(bisect_right(starts, p) - x) <= within for p in rp for x in lw):
                    return True
        return False
