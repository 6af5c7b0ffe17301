"""The watch-query engine decides as the plain reference does, with the same reasons, on generated watches and
documents built to hit the hard cases: terms that are prefixes of one another, phrases across hyphens and line
breaks, quoted terms, Cyrillic, folded characters, sentence ends, near clauses of every distance, origins."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from monitor.detect.query import Matcher, match_all, match_watch, normalise
from monitor.models import Doc, Near, Origin, Query, Watch
from tests.detect.reference_query import fold, occurrences, reference_match, reference_match_all

pytestmark = pytest.mark.pure

WORDS = ["binance", "binance's", "bin", "bina", "russia", "russian", "rus", "росси", "россия", "ФСБ", "fsb",
         "fsb-linked", "data", "user", "users'", "client", "cz", "czech", "apolog", "stand", "by", "ёлка", "елка",
         "x", "_x", "a", "ab", "aa", "1st", "co-op", "-", "reuters", "рейтер", "Kostarev", "Navalny's"]
SEPARATORS = [" ", " ", " ", " ", "  ", "-", " - ", "\n", "\n", ". ", ". ", "! ", "?", "?\n", ", ", "'", "\u2019",
              "\u00a0", "\u00ad", "_", "", ".", "...", " (", ") ", ":", "\t"]
URLS = ["https://www.reuters.com/technology/exclusive-binance-russia-2022-04-22/",
        "https://binance.com/en/blog/leadership/binance--russia-421499824684903741", "https://example.com/", ""]


def _variant(word: str, how: int) -> str:
    return [word, word.upper(), word.title(), word.replace("'", "\u2019"), word.replace("е", "ё"), word][how]


word = st.builds(_variant, st.sampled_from(WORDS), st.integers(0, 5))
prefix = st.builds(lambda w, n: w[:n], st.sampled_from(WORDS), st.integers(1, 12))


def _term(words: list[str], joiner: str, how: int) -> str:
    term = joiner.join(words)
    return [term, term, f" {term} ", f'"{term}"'][how]


terms = st.builds(_term, st.lists(st.one_of(word, prefix), min_size=1, max_size=3), st.sampled_from([" ", "  ", "-"]),
                  st.integers(0, 3))
term_tuple = st.lists(terms, min_size=1, max_size=3).map(lambda found: tuple(dict.fromkeys(found)))


@st.composite
def watches(draw: st.DrawFn, name: str) -> Watch:
    near = draw(st.lists(st.builds(Near, term_tuple, term_tuple, st.sampled_from([0, 0, 1, 2, 5, 20])), max_size=2))
    any_of = draw(st.lists(terms, max_size=3)) if draw(st.booleans()) else []  # without, near clauses decide
    query = Query(all_of=tuple(draw(st.lists(term_tuple, max_size=2))), any_of=tuple(dict.fromkeys(any_of)),
                  none_of=tuple(dict.fromkeys(draw(st.lists(terms, max_size=2)))), near=tuple(near))
    origins = draw(st.lists(st.builds(
        Origin, role=st.just("report"), outlet=st.sampled_from(["Reuters", "Binance"]),
        title=st.lists(word, min_size=1, max_size=6).map(" ".join), url=st.sampled_from(URLS[:3]),
        authors=st.lists(st.sampled_from(["Angus Berwick", "Tom", "Tom Wilson"]), max_size=2).map(tuple)),
        max_size=2))
    return Watch(name=name, title=name, query=query, origins=tuple(origins))


@st.composite
def texts(draw: st.DrawFn, extra: list[str]) -> str:
    piece = st.one_of(word, st.sampled_from(extra), st.sampled_from(extra)) if extra else word
    return "".join(w + s for w, s in draw(st.lists(st.tuples(piece, st.sampled_from(SEPARATORS)), max_size=12)))


@st.composite
def cases(draw: st.DrawFn) -> tuple[list[Watch], Doc]:
    ws = [draw(watches(f"w{i}")) for i in range(draw(st.integers(1, 3)))]
    # Documents are mostly made of the watches' own terms, and sometimes quote an origin's title, address or
    # author, as coverage does.
    q = [w.query for w in ws]
    extra = [t.strip().strip('"') for x in q for t in (*(t for g in x.all_of for t in g), *x.any_of, *x.none_of,
                                                         *(t for n in x.near for t in (*n.left, *n.right)))]
    extra += [s for w in ws for o in w.origins for s in (o.title, o.url.removeprefix("https://www."), *o.authors)]
    url = draw(st.sampled_from(URLS + [u.replace("https://www.", "http://") + "?utm_source=x" for u in URLS[:2]]))
    doc = Doc(url=url, title=draw(texts(extra)), summary=draw(st.sampled_from(["", "Summary."])),
              body=draw(texts(extra)))
    return ws, doc


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases())
def test_engine_agrees_with_the_reference(case: tuple[list[Watch], Doc]) -> None:
    ws, doc = case
    expected = reference_match_all(ws, doc)
    assert Matcher(ws).match(doc) == expected
    assert match_all(ws, doc) == expected
    assert [m for w in ws if (m := match_watch(w, doc))] == expected
    assert all(match_watch(w, doc) == reference_match(w, doc) for w in ws)


@settings(max_examples=80, deadline=None)
@given(cases())
def test_naming_is_any_all_of_or_any_of_term_or_the_origin(case: tuple[list[Watch], Doc]) -> None:
    """The sitemap's looser question: a term of all_of or any_of (near's, for a watch of near clauses only)."""
    ws, doc = case
    text = fold(doc.text)

    def named(w: Watch) -> bool:
        q = w.query
        loose = [t for g in q.all_of for t in g] + list(q.any_of) or [t for n in q.near for t in (*n.left, *n.right)]
        return any(occurrences(t, text) for t in loose)

    from monitor.urls import page_identity

    origin = {w.name for w in ws if doc.url and page_identity(doc.url) in {page_identity(o.url) for o in w.origins}}
    assert Matcher(ws).naming(doc.text, doc.url) == [w.name for w in ws if w.name in origin or named(w)]


NEAR_LEFT = ["binance", "bin", "binance's", '"bin"', "x y", "data", "x"]
NEAR_RIGHT = ["russia", "russian", "rus", '"russia"', "y", "x-y", "data"]


@st.composite
def near_cases(draw: st.DrawFn) -> tuple[Watch, str]:
    """One near clause and a short text made of its own words: the sentence and distance rules, densely."""
    left = tuple(dict.fromkeys(draw(st.lists(st.sampled_from(NEAR_LEFT), min_size=1, max_size=3))))
    right = tuple(dict.fromkeys(draw(st.lists(st.sampled_from(NEAR_RIGHT), min_size=1, max_size=3))))
    within = draw(st.sampled_from([0, 0, 1, 2, 3]))
    own = [t.strip('"') for t in (*left, *right)]
    pieces = st.sampled_from([*own, *own, "Binance", "binance's", "Russia", "z", "Бин"])
    separators = st.sampled_from([" ", " ", "\n", "\n", ". ", ".", "  ", "-", ", ", "'", "?", "! ", "\u00a0", "_"])
    text = "".join(w + s for w, s in draw(st.lists(st.tuples(pieces, separators), max_size=8)))
    return Watch(name="w", title="w", query=Query(near=(Near(left, right, within),))), text


@settings(max_examples=500, deadline=None)
@given(near_cases())
def test_near_agrees_with_the_reference(case: tuple[Watch, str]) -> None:
    watch, text = case
    assert match_watch(watch, Doc(body=text)) == reference_match(watch, Doc(body=text))


@settings(max_examples=60)
@given(st.text(max_size=60))
def test_normalise_is_the_reference_fold(text: str) -> None:
    assert normalise(text) == fold(text)


@pytest.mark.parametrize(("query", "text", "reason"), [
    (Query(all_of=(("binance",),), any_of=("rosfinmonitoring", "rosfin")), "Binance and Rosfinmonitoring.",
     "terms: binance, rosfinmonitoring"),  # "rosfin" inside "rosfinmonitoring" is not named again
    (Query(all_of=(("binance",),), any_of=("rosfin", "rosfinmonitoring")), "Binance and Rosfinmonitoring.",
     "terms: binance, rosfin"),
    (Query(all_of=(('"cz"', "binance"),), any_of=("fsb",)), "CZ and the FSB; Binance", "terms: cz, fsb"),
    (Query(all_of=(('"cz"',),), any_of=("fsb",)), "Czech FSB", None),
    (Query(near=(Near(("binance",), ("russia",)),)), "Binance. Russia", None),
    (Query(near=(Near(("binance",), ("russia",)),)), "Binance\nRussia", None),
    (Query(near=(Near(("binance",), ("russia",)),)), "Binance, Russia.", "terms: binance ~ russia"),
    (Query(near=(Near(("binance",), ("russia", "moscow"), 2),)), "Moscow: Binance in Russia",
     "terms: binance ~ moscow"),
    (Query(near=(Near(("binance",), ("russia",), 2),)), "Binance one two three Russia", None),
    (Query(near=(Near(("x",), ("y",), 1),)), "x a y", None),  # two words start after x: a and y
    (Query(near=(Near(("x",), ("y",), 2),)), "x a y", "terms: x ~ y"),
    (Query(any_of=("stand by",)), "They stand-by it", "terms: stand by"),
    (Query(any_of=("stand by",)), "They stand\n  by it", "terms: stand by"),
    (Query(any_of=("stand by",)), "They standby it", None),
])
def test_examples(query: Query, text: str, reason: str | None) -> None:
    watch = Watch(name="w", title="w", query=query)
    got = match_watch(watch, Doc(body=text))
    assert (got.reason if got else None) == reason
    assert got == reference_match(watch, Doc(body=text))
