"""Watch relevance (pure): does a document belong to a story, and why. The one implementation of the query language.

Terms are case-insensitive word prefixes on normalised text ("russia": Russia, Russian, Russia's; "росси":
Россия, России); a phrase's words may be joined by spaces or hyphens; a quoted term ('"fsb"') must end where a
word ends. `near` clauses ask for a left and a right term in one sentence or within N words. A document that
is, links to or names one of the story's origin articles belongs to it too.

All the watches compile into one `Matcher`: one Aho-Corasick automaton over the first word of every term and
alias of every watch (and over the origins' addresses, titles and authors). One pass over the text gives
every hit; a hit counts where a word starts, the rest of a phrase and a quoted term's end are checked at that
position, and every clause is then decided from the positions alone. Sitemaps, the poller's parser processes,
crawled pages and `storywatch classify` all judge through it. tests/detect/reference_query.py states the
same rules plainly, with one regular expression per term, and a property test holds the two together.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

import ahocorasick

from monitor.detect.terms import bare_term, normalise, phrase_end, same_sentence, within_words
from monitor.models import Doc, Match, Watch
from monitor.urls import page_identity

__all__ = ["Matcher", "compile_watch", "match_all", "match_watch", "matcher_for", "normalise"]

@dataclass(frozen=True, slots=True)
class _Term:
    bare: str  # as a reason names it
    words: tuple[str, ...]  # normalised; the first is the automaton's key
    exact: bool


@dataclass(frozen=True, slots=True)
class _Near:
    left: tuple[int, ...]
    right: tuple[int, ...]
    within: int  # 0: the same sentence
    label: str  # the left side as a reason names it


@dataclass(frozen=True, slots=True)
class _Plan:
    """One watch, compiled: term ids for each clause, and the origins' keys."""

    name: str
    groups: tuple[tuple[int, ...], ...]
    any_of: tuple[int, ...]
    near: tuple[_Near, ...]
    none_of: frozenset[int]
    origin_urls: tuple[str, ...]  # page identities: the key without its scheme (http and https alike)
    origin_links: tuple[tuple[str, str], ...]  # (the page identity, as a link in a text shows it, outlet)
    origin_titles: tuple[tuple[str, str], ...]  # (normalised title, outlet)
    origin_authors: tuple[tuple[str, str], ...]  # (normalised full name, outlet)
    loose: frozenset[int]  # the terms a sitemap entry may name to be worth fetching (see `Matcher.naming`)


def _url_tail(url: str) -> str:
    """The last segment of an origin's path, lower-cased: any URL whose canonical form is the origin's contains
    it (canonicalising keeps path segments, up to the case of %-escapes), so a URL without it needs no
    canonicalising. Empty when the path has no segment: then every URL is canonicalised."""
    try:
        path = urlsplit(url).path
    except ValueError:
        return ""
    return path.rstrip("/").rsplit("/", 1)[-1].lower()


def _compile(watch: Watch, ids: Callable[[tuple[str, ...]], tuple[int, ...]]) -> _Plan:
    """A watch's plan; `ids` gives the Matcher's ids of terms (one id per distinct term, shared by every watch)."""
    q = watch.query
    near = tuple(_Near(ids(n.left), ids(n.right), n.within, bare_term(n.left[0])[0] if n.left else "")
                 for n in q.near)
    groups = tuple(ids(g) for g in q.all_of)
    any_of = ids(q.any_of)
    loose = frozenset(t for g in groups for t in g) | frozenset(any_of)
    if not loose:  # a watch of near clauses only: a sitemap entry naming either side is worth a look
        loose = frozenset(t for n in near for t in (*n.left, *n.right))
    return _Plan(
        name=watch.name,
        groups=groups,
        any_of=any_of,
        near=near,
        none_of=frozenset(ids(q.none_of)),
        origin_urls=tuple(page_identity(o.url) for o in watch.origins),
        origin_links=tuple((page_identity(o.url), o.outlet) for o in watch.origins),
        origin_titles=tuple((normalise(o.title), o.outlet) for o in watch.origins if len(o.title) > 20),
        origin_authors=tuple((normalise(a), o.outlet) for o in watch.origins for a in o.authors
                             if " " in a.strip()),
        loose=loose,
    )


class Matcher:
    """Every watch compiled once and judged in one pass over a document's text (`match`)."""

    def __init__(self, watches: tuple[Watch, ...] | list[Watch]):
        self.watches = tuple(watches)
        self.terms: list[_Term] = []
        ids: dict[str, int] = {}

        def term_ids(terms: tuple[str, ...]) -> tuple[int, ...]:
            out = []
            for term in terms:
                if term not in ids:
                    bare, exact = bare_term(term)
                    ids[term] = len(self.terms)
                    self.terms.append(_Term(bare, tuple(normalise(bare).split()), exact))
                out.append(ids[term])
            return tuple(out)

        self.plans = [_compile(w, term_ids) for w in self.watches]
        # automaton key -> (term ids starting with it, whether it is an origin's key too)
        keys: dict[str, tuple[list[int], bool]] = {}
        for t, term in enumerate(self.terms):
            if term.words:  # a term of no words (only quotes and spaces) never matches
                keys.setdefault(term.words[0], ([], False))[0].append(t)
        self.always_seen: set[str] = set()  # origin keys that are empty: found in every text
        for plan in self.plans:
            for key in [k for k, _ in (*plan.origin_links, *plan.origin_titles, *plan.origin_authors)]:
                if not key:
                    self.always_seen.add(key)
                    continue
                keys[key] = (keys.get(key, ([], False))[0], True)
        self.automaton = ahocorasick.Automaton()
        self.simple = [len(t.words) == 1 and not t.exact for t in self.terms]
        for key, (found, origin) in keys.items():
            # (length, the single-word term of this key or -1, the other terms to check at the hit, origin key)
            simple = next((t for t in found if self.simple[t]), -1)
            others = tuple((t, self.terms[t].words[1:], self.terms[t].exact) for t in found if t != simple)
            self.automaton.add_word(key, (len(key), simple, others, origin))
        if len(self.automaton):
            self.automaton.make_automaton()
        # term id -> the watches whose all_of it helps satisfy (for a watch without all_of: any term of its query)
        touching: dict[int, set[int]] = {}
        for w, plan in enumerate(self.plans):
            for t in plan.loose | {x for n in plan.near for x in (*n.left, *n.right)}:
                if not plan.groups or any(t in g for g in plan.groups):
                    touching.setdefault(t, set()).add(w)
        self.term_watches = {t: tuple(sorted(ws)) for t, ws in touching.items()}
        self.group_sets = [tuple(frozenset(g) for g in plan.groups) for plan in self.plans]
        self.termless = [w for w, p in enumerate(self.plans) if not (p.groups or p.any_of or p.near)]
        self.with_origins = [w for w, p in enumerate(self.plans)
                             if p.origin_urls or p.origin_links or p.origin_titles]
        self.origin_pages = {url for p in self.plans for url in p.origin_urls}
        tails = {_url_tail(url) for url in self.origin_pages}
        self.origin_tails = None if "" in tails else tuple(tails)  # None: canonicalise every document's URL

    # -- one pass over the text --------------------------------------------------------------------------------

    def scan(self, text: str) -> tuple[dict[int, list[int]], set[str]]:
        """Every term's start positions in the normalised `text` (in order), and the origin keys it contains."""
        positions: dict[int, list[int]] = {}
        seen = set(self.always_seen)
        if not len(self.automaton):
            return positions, seen
        for end, (length, simple, others, origin) in self.automaton.iter(text):
            start = end - length + 1
            if origin:
                seen.add(text[start:end + 1])
            if start:
                before = text[start - 1]
                if before.isalnum() or before == "_":
                    continue
            if simple >= 0:  # the usual case: one single-word term starts with this key
                got = positions.get(simple)
                if got is None:
                    positions[simple] = [start]
                else:
                    got.append(start)
            for t, rest, exact in others:  # phrases and quoted terms: checked at the hit
                after = text[end + 1] if end + 1 < len(text) else ""
                if rest:
                    if not (after.isspace() or after == "-") or phrase_end(text, end + 1, rest, exact) < 0:
                        continue
                elif exact and after and (after.isalnum() or after == "_"):
                    continue
                got = positions.get(t)
                if got is None:
                    positions[t] = [start]
                else:
                    got.append(start)
        return positions, seen

    def _is_origin_page(self, url: str) -> bool:
        if not url or not self.origin_pages:
            return False
        if self.origin_tails is not None:
            lowered = url.lower()
            if not any(tail in lowered for tail in self.origin_tails):
                return False
        return page_identity(url) in self.origin_pages

    def candidates(self, positions: dict[int, list[int]], seen: set[str], url: str) -> list[int]:
        """The watches (by index, in order) that could match: every all_of group has a term (or, without all_of,
        some term of the query is there), an origin may be named, or the watch has no terms at all."""
        touched: set[int] = set(self.termless)
        term_watches = self.term_watches
        for t in positions:
            found = term_watches.get(t)
            if found is not None:
                touched.update(found)
        if self.with_origins and (seen or self._is_origin_page(url)):
            touched.update(self.with_origins)
            return sorted(touched)
        group_sets = self.group_sets
        return [w for w in sorted(touched) if all(not g.isdisjoint(positions) for g in group_sets[w])]

    def match(self, doc: Doc) -> list[Match]:
        """Every watch `doc` matches, in the watches' order, each with its reason."""
        text = normalise(doc.text)
        positions, seen = self.scan(text)
        out = []
        for w in self.candidates(positions, seen, doc.url):
            got = self.judge(w, doc.url, text, positions, seen)
            if got is not None:
                out.append(got)
        return out

    # -- one watch, from the positions ---------------------------------------------------------------------

    def judge(self, w: int, url: str, text: str, positions: dict[int, list[int]], seen: set[str]) -> Match | None:
        """Watch `w`'s verdict on a scanned text: the origin first, then all_of, any_of or near, then none_of."""
        plan, terms = self.plans[w], self.terms
        origin = self._origin_reason(plan, url, seen)
        if origin:
            return Match(plan.name, origin)
        found: list[str] = []
        for group in plan.groups:
            best, at = -1, len(text) + 1
            for t in group:  # the earliest term; at one position, the first named
                got = positions.get(t)
                if got is not None and got[0] < at:
                    best, at = t, got[0]
            if best < 0:
                return None
            found.append(terms[best].bare)
        if plan.any_of or plan.near:
            present = [t for t in plan.any_of if t in positions]
            if len(present) > 1:  # named as a scan with the terms as alternatives finds them
                present = [t for _, t in self._alternation(tuple(present), text, positions)]
            hits = sorted({terms[t].bare for t in present})[:4]
            if not hits:
                for clause in plan.near:
                    label = self._near(clause, text, positions)
                    if label:
                        hits = [label]
                        break
            if not hits and plan.groups:
                hits = [f"origin's author {a.title()} ({o})" for a, o in plan.origin_authors if a in seen][:1]
            if not hits:
                return None
            found.extend(hits)
        if plan.none_of and not plan.none_of.isdisjoint(positions):
            return None
        return Match(plan.name, "terms: " + ", ".join(found))

    def _origin_reason(self, plan: _Plan, url: str, seen: set[str]) -> str | None:
        if plan.origin_urls and url and self._is_origin_page(url) and page_identity(url) in plan.origin_urls:
            return "is an origin article"
        for link, outlet in plan.origin_links:
            if link in seen:
                return f"links to the origin ({outlet})"
        for title, outlet in plan.origin_titles:
            if title in seen:
                return f"names the origin ({outlet})"
        return None

    def _alternation(self, ids: tuple[int, ...], text: str, positions: dict[int, list[int]]) -> list[tuple[int, int]]:
        """(start, term) of the occurrences a left-to-right scan with `ids` as alternatives finds, as the regular
        expression `t1|t2|...` would: at each position the first listed term that matches there, the scan
        resuming at its end (an occurrence inside one already found is not seen: "rosfin" in "rosfinmonitoring")."""
        found = sorted((p, order, t) for order, t in enumerate(ids) for p in positions.get(t, ()))
        out: list[tuple[int, int]] = []
        resume = 0
        for p, _, t in found:
            if p >= resume:
                out.append((p, t))
                words = self.terms[t].words
                resume = (p + len(words[0]) if self.simple[t]
                          else phrase_end(text, p + len(words[0]), words[1:], self.terms[t].exact))
        return out

    def _near(self, clause: _Near, text: str, positions: dict[int, list[int]]) -> str | None:
        """'left ~ right' for the first right term (in the text) with a left term in its sentence or within N
        words; only the nearest left term on either side needs checking."""
        if not any(t in positions for t in clause.left) or not any(t in positions for t in clause.right):
            return None
        lefts = [p for p, _ in self._alternation(clause.left, text, positions)]
        for p, t in self._alternation(clause.right, text, positions):
            i = bisect_left(lefts, p)
            for a in (lefts[i - 1] if i else None, lefts[i] if i < len(lefts) else None):
                if a is None:
                    continue
                lo, hi = (a, p) if a <= p else (p, a)
                close = (same_sentence(text, lo, hi) if clause.within == 0
                         else within_words(text, lo, hi, clause.within))
                if close:
                    return f"{clause.label} ~ {self.terms[t].bare}"
        return None

    # -- the looser question a sitemap entry asks ----------------------------------------------------------

    def naming(self, text: str, url: str = "") -> list[str]:
        """The watches a short text (a sitemap entry's title, keywords and address as words) may belong to: it
        names one of their all_of or any_of terms, or `url` is one of their origins. Looser than `match` on
        purpose: a title rarely holds every term; the page decides once fetched."""
        positions, _ = self.scan(normalise(text))
        page = page_identity(url) if self._is_origin_page(url) else None
        return [p.name for p in self.plans
                if (page is not None and page in p.origin_urls) or not p.loose.isdisjoint(positions)]


@lru_cache(maxsize=1024)
def compile_watch(watch: Watch) -> Matcher:
    """One watch's Matcher (cached: match_watch is called on the same watch many times)."""
    return Matcher((watch,))


def match_watch(watch: Watch, doc: Doc) -> Match | None:
    """A Match with a short reason when `doc` belongs to `watch`'s story, else None."""
    found = compile_watch(watch).match(doc)
    return found[0] if found else None


def match_all(watches: list[Watch], doc: Doc) -> list[Match]:
    """Every watch `doc` matches, in the watches' order, with the reasons `match_watch` gives."""
    if not watches:
        return []
    return matcher_for(watches).match(doc)


_MATCHERS: dict[tuple[int, ...], tuple[tuple[Watch, ...], Matcher]] = {}


def matcher_for(watches: list[Watch] | tuple[Watch, ...]) -> Matcher:
    """The Matcher of these very Watch objects (kept alive beside it, so their ids stay theirs). Keyed by
    identity: hashing a tuple of frozen watches costs more than matching a short article."""
    key = tuple(map(id, watches))
    got = _MATCHERS.get(key)
    if got is None:
        if len(_MATCHERS) >= 4:
            _MATCHERS.clear()
        got = _MATCHERS[key] = (tuple(watches), Matcher(watches))
    return got[1]
