"""The crawl's pure core by tables: paragraph diffs, the re-visit schedule, site files, news sitemaps."""

from __future__ import annotations

import inspect
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from monitor.collect import sitemaps
from monitor.collect.sitemaps import SitemapEntry, can_match, is_recent, parse_sitemap
from monitor.collect.timing import HORIZON, STEPS, next_step, next_visit
from monitor.detect.revisions import diff_versions, paragraphs
from monitor.errors import FeedError, SeedError
from monitor.models import Origin, Query, Watch
from monitor.seeds import default_seeds_dir, load_watches
from monitor.sites import load_sites
from tests.support.pages import EDITED, NOTE, PARAGRAPHS

pytestmark = pytest.mark.pure

T0 = datetime(2022, 4, 22, 10, 0, tzinfo=UTC)


def test_diff_edit_in_place_and_note_that_appeared() -> None:
    new = [PARAGRAPHS[0], EDITED, *PARAGRAPHS[2:]]
    d = diff_versions("\n".join(PARAGRAPHS), "\n".join(new), [], [NOTE])
    assert d.changed == ((PARAGRAPHS[1], EDITED),)
    assert d.removed == () and d.added == ()
    assert d.notes_added == (NOTE,) and d.notes_removed == ()
    assert d.as_json()["changed"][0]["after"] == EDITED


@pytest.mark.parametrize(("old", "new", "removed", "added"), [
    ("a para one\nb para two", "a para one\nb para two", (), ()),
    ("a para one\nb para two", "a para one", ("b para two",), ()),
    ("a para one", "a para one\nnew closing words", (), ("new closing words",)),
    ("first words here\nsomething quite different", "first words here\nzzz qqq 123 xx",
     ("something quite different",), ("zzz qqq 123 xx",)),
    ("  wrapped   text\n\n", "wrapped text", (), ()),
])
def test_diff_table(old: str, new: str, removed: tuple[str, ...], added: tuple[str, ...]) -> None:
    d = diff_versions(old, new)
    assert (d.removed, d.added) == (removed, added)
    assert d.empty is (not removed and not added and not d.changed)


def test_paragraphs_fold_white_space() -> None:
    assert paragraphs(" a  b \n\n c\t") == ["a b", "c"]


def test_schedule_decays_from_minutes_to_days_and_stops_after_a_month() -> None:
    when, step, waits = T0, 0, []
    while (nxt := next_visit(T0, step, when)) is not None:
        waits.append(nxt - when)
        when, step = nxt, next_step(step, changed=False)
    assert waits[0] == timedelta(minutes=15)
    assert timedelta(hours=1) <= waits[3] < timedelta(days=1)
    assert waits[-1] >= timedelta(days=5)
    assert when - T0 <= HORIZON and len(waits) >= len(STEPS)
    assert waits == sorted(waits), "never visits faster as the article ages"


@pytest.mark.parametrize(("step", "retry_after", "wait"), [
    (0, None, timedelta(minutes=15)),
    (0, 3600.0, timedelta(hours=1)),
    (0, 5.0, timedelta(minutes=15)),
    (99, None, STEPS[-1]),
])
def test_schedule_table(step: int, retry_after: float | None, wait: timedelta) -> None:
    assert next_visit(T0, step, T0, retry_after=retry_after) == T0 + wait


def test_a_change_starts_the_schedule_over() -> None:
    assert next_step(7, changed=True) == 0 and next_step(7, changed=False) == 8
    assert next_visit(T0, 0, T0 + timedelta(days=30)) is None
    with pytest.raises(ValueError):
        next_visit(T0, -1, T0)


def test_shipped_sites_file_loads() -> None:
    sites = load_sites(default_seeds_dir())
    reuters = sites.for_url("https://www.reuters.com/technology/x-2022-04-22/")
    assert reuters is not None and reuters.name == "Reuters" and reuters.sitemaps
    assert sites.for_url("https://example.org/") is None


@pytest.mark.parametrize(("text", "message"), [
    ('[[site]]\nname = "X"\ndomains = ["x.com"]\ncolour = "red"\n', "unknown key"),
    ('[[site]]\nname = "X"\n', "domains"),
    ('[[site]]\nname = "X"\ndomains = ["x.com"]\nnote_selectors = ["div[[["]\n', "not a CSS selector"),
    ('[[site]]\nname = "X"\ndomains = ["x.com"]\nsitemaps = ["ftp://x.com/s.xml"]\n', "http(s) URL"),
    ('site = "x"\n', "array of tables"),
    ("[[site]\n", "cannot read"),
])
def test_bad_sites_file_names_the_problem(tmp_path: Path, text: str, message: str) -> None:
    (tmp_path / "sites").mkdir()
    (tmp_path / "sites" / "bad.toml").write_text(text, encoding="utf-8")
    with pytest.raises(SeedError, match="bad.toml") as info:
        load_sites(tmp_path)
    assert message in str(info.value)


def _watch(all_of: tuple[tuple[str, ...], ...] = (), any_of: tuple[str, ...] = (), origin: str = "") -> Watch:
    origins = (Origin(role="report", outlet="X", title="t", url=origin),) if origin else ()
    return Watch(name="w", title="W", query=Query(all_of=all_of, any_of=any_of), origins=origins)


def test_news_sitemap_keeps_news_metadata(corpus: Path) -> None:
    sitemap = parse_sitemap((corpus / "sitemaps" / "shinpaideshou-news-sitemap.xml").read_bytes())
    assert sitemap.kind == "urlset" and len(sitemap.entries) == 3
    leeds = [e for e in sitemap.entries if "Leeds" in e.title]
    assert len(leeds) == 1 and leeds[0].published and leeds[0].publication.startswith("What can I do")
    assert leeds[0].language == "en" and "University of Leeds" in leeds[0].keywords
    now = datetime(2017, 4, 26, tzinfo=UTC)
    followed = [e for e in sitemap.entries if is_recent(e, now, timedelta(days=3))
                and can_match(e, [_watch(all_of=(("leeds",),))])]
    assert followed == leeds
    assert not [e for e in sitemap.entries if is_recent(e, now + timedelta(days=30), timedelta(days=3))]


def test_article_sitemap_without_news_matches_on_the_url(corpus: Path) -> None:
    sitemap = parse_sitemap((corpus / "sitemaps" / "hebdenbridgetimes-articles-sitemap.xml").read_bytes())
    assert len(sitemap.entries) == 74 and all(e.title == "" for e in sitemap.entries)
    tour = [e for e in sitemap.entries if can_match(e, [_watch(any_of=("tour de yorkshire",))])]
    assert tour and all("tour-de-yorkshire" in e.loc for e in tour)
    origin = sitemap.entries[5].loc.replace("http://www.", "https://")
    assert can_match(sitemap.entries[5], [_watch(any_of=("zzzz",), origin=origin)]) == ["w"]


def test_sitemap_index_and_junk() -> None:
    index = parse_sitemap(b'<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                          b"<sitemap><loc>https://x.com/a.xml</loc><lastmod>2022-04-22</lastmod></sitemap>"
                          b"<sitemap><loc>https://x.com/b.xml</loc></sitemap></sitemapindex>")
    assert index.kind == "index" and [c.loc for c in index.children] == ["https://x.com/a.xml", "https://x.com/b.xml"]
    assert index.children[0].lastmod == "2022-04-22T00:00:00+00:00"
    for junk in (b"", b"<html><body>Not found</body></html>", b"\x00\x01binary"):
        with pytest.raises(FeedError):
            parse_sitemap(junk)


@pytest.mark.parametrize(("title", "keywords", "loc", "followed"), [
    ("Binance’s Russia unit denies report", "", "https://x.com/a", True),
    ("Бинанс и Росфинмониторинг", "", "https://x.com/b", True),
    ("", "crypto, exchanges, Binance", "https://x.com/c", True),
    ("", "", "https://x.com/2022/04/binance-russia-data-claims", True),
    ("Bitcoin slides", "markets", "https://x.com/markets/bitcoin", False),
    ("Cabinet reshuffle", "", "https://x.com/cabinet", False),  # a word that merely contains "binance"-like text
])
def test_can_match_table(title: str, keywords: str, loc: str, followed: bool) -> None:
    watch = _watch(all_of=(("binance", "бинанс"),), any_of=("russia",))
    assert bool(can_match(SitemapEntry(loc=loc, title=title, keywords=keywords), [watch])) is followed


@pytest.mark.parametrize(("title", "loc", "followed"), [
    ("CZ steps down as chief executive", "https://x.com/a", True),  # the shipped quoted alias '"cz"'
    ("Czech regulator fines an exchange", "https://x.com/b", False),  # ...ends where a word ends
    ("", "https://x.com/2023/11/cz-pleads-guilty", True),
    ("Бинанс уходит из России", "https://x.com/c", True),
])
def test_can_match_judges_with_the_one_query_engine(title: str, loc: str, followed: bool) -> None:
    """The shipped watch's terms mean in a sitemap what they mean in a feed or a page: the query engine decides."""
    watch = load_watches(default_seeds_dir())[0]
    assert bool(can_match(SitemapEntry(loc=loc, title=title), [watch])) is followed
    assert not {"_terms", "_fold"} & set(vars(sitemaps))  # no term compiler of its own
    source = inspect.getsource(sitemaps)
    assert "_terms" not in source and "re.compile" not in source and "re.escape" not in source
    assert "matcher_for(watches).naming(" in inspect.getsource(sitemaps.can_match)


def test_changed_sentences_prefers_an_edit_to_an_added_note() -> None:
    from monitor.detect.revisions import changed_sentences

    before = "Title\nThe agency met Binance in March. It wanted data."
    after = "Title\n(Corrects month of meeting)\nThe agency met Binance in April. It wanted data."
    assert changed_sentences(before, after) == ("The agency met Binance in March.", "The agency met Binance in April.")
    assert changed_sentences(before, "(Note added)\n" + before) is None  # only a note added: the alert quotes it
    assert changed_sentences(before, "Title\nIt wanted data.") == ("The agency met Binance in March.", "")
    assert changed_sentences(before, before) is None
