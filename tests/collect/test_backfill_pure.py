"""Backfill's pure core by tables: CDX answers in both archives' shapes, layouts, collapse by digest, date
windows, archive sitemap periods, dated news searches, the cursor, retry arithmetic and bot walls."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from monitor.collect.backfill.botwall import bot_wall
from monitor.collect.backfill.cdx import Capture, collapse_digests, distinct_urls, layout_of, newest_since, parse_cdx
from monitor.collect.backfill.discover import CDX_PREFIX, NEWS_SEARCH, ORIGINS, SITEMAP, plan, url_filter
from monitor.collect.backfill.pace import Politeness, retry_wait
from monitor.collect.backfill.windows import (
    DONE,
    HISTORY,
    Cursor,
    after_cursor,
    dated_search,
    is_news_search,
    search_range,
    sitemap_period,
    windows,
)
from monitor.errors import FeedError
from monitor.models import Origin, Query, SourceSpec, Watch
from monitor.sites import Site, Sites

pytestmark = pytest.mark.pure

REUTERS = "https://www.reuters.com/technology/exclusive-how-crypto-giant-binance-built-ties-russian-fsb-linked-agency-2022-04-22/"
# The Internet Archive's output=json, as web.archive.org answers it (header row first; showResumeKey's tail).
IA_ANSWER = (
    '[["urlkey","timestamp","original","mimetype","statuscode","digest","length"],\n'
    '["com,reuters)/technology/exclusive-how-crypto-giant-binance", "20220422103512", "' + REUTERS + '",'
    ' "text/html", "200", "3I42H3S6NNFQ2MSVX7XZKYAYSCX5QBYJ", "61204"],\n'
    '["com,reuters)/technology/exclusive-how-crypto-giant-binance", "20220428160533", "' + REUTERS + '",'
    ' "text/html", "200", "QK2Q6W7ZUFZ3OYPPEY4DXMZYHNHO6EXO", "61876"],\n'
    '[],\n["com,reuters)/technology/exclusive-how-crypto-giant-binance+20220428160534"]]'
)
PYWB_ANSWER = (
    '{"urlkey": "com,reuters)/x", "timestamp": "20220422100500", "url": "https://www.reuters.com/x/", "mime":'
    ' "text/html", "status": "200", "digest": "GGDT", "length": "369", "offset": "0", "filename": "t.warc.gz"}\n'
    '{"urlkey": "com,reuters)/x", "timestamp": "20220423100500", "url": "https://www.reuters.com/x/", "mime":'
    ' "text/html", "status": "200", "digest": "GGDT", "length": "371", "offset": "369", "filename": "t.warc.gz"}\n'
)
PLAIN_ANSWER = "com,reuters)/x 20220422100500 https://www.reuters.com/x/ text/html 200 AAAA 100\n"


@pytest.mark.parametrize(("body", "timestamps", "resume"), [
    (IA_ANSWER, ["20220422103512", "20220428160533"], "com,reuters)/technology/exclusive-how-crypto-giant-binance"
                                                      "+20220428160534"),
    (PYWB_ANSWER, ["20220422100500", "20220423100500"], ""),
    (PLAIN_ANSWER, ["20220422100500"], ""),
    ("", [], ""),
    ("[]", [], ""),
    ('{"error": "No Captures found for: nothing.example/*"}', [], ""),
    ('[["20220422100500","https://a.example/"]]', [], ""),  # no header and too few fields for IA's order
])
def test_cdx_answers_in_every_shape(body: str, timestamps: list[str], resume: str) -> None:
    page = parse_cdx(body.encode())
    assert [c.timestamp for c in page.captures] == timestamps
    assert page.resume_key == resume


def test_cdx_answer_fields_are_read_by_name() -> None:
    ia = parse_cdx(IA_ANSWER.encode()).captures[0]
    pywb = parse_cdx(PYWB_ANSWER.encode()).captures[0]
    assert (ia.url, ia.digest, ia.status, ia.mime) == (REUTERS, "3I42H3S6NNFQ2MSVX7XZKYAYSCX5QBYJ", "200", "text/html")
    assert (pywb.url, pywb.digest, pywb.status) == ("https://www.reuters.com/x/", "GGDT", "200")
    assert ia.when == datetime(2022, 4, 22, 10, 35, 12, tzinfo=UTC)


@pytest.mark.parametrize("body", ["<!DOCTYPE html><html><body>Wayback Machine error</body></html>", "[1, 2",
                                  '{"timestamp": 1', '["not", "rows"]'])
def test_what_is_not_a_cdx_answer_is_an_error(body: str) -> None:
    with pytest.raises(FeedError):
        parse_cdx(body.encode())


@pytest.mark.parametrize(("address", "kind", "index", "capture"), [
    ("https://web.archive.org", "ia", "https://web.archive.org/cdx/search/cdx",
     "https://web.archive.org/web/20220422103512id_/https://a.example/x"),
    ("https://web.archive.org/web/", "ia", "https://web.archive.org/cdx/search/cdx",
     "https://web.archive.org/web/20220422103512id_/https://a.example/x"),
    ("http://127.0.0.1:8080/site/wayback/web", "ia", "http://127.0.0.1:8080/site/wayback/cdx/search/cdx",
     "http://127.0.0.1:8080/site/wayback/web/20220422103512id_/https://a.example/x"),
    ("http://127.0.0.1:8080/my-archive", "pywb", "http://127.0.0.1:8080/my-archive/cdx",
     "http://127.0.0.1:8080/my-archive/20220422103512id_/https://a.example/x"),
    ("http://archive.example.org/national/", "pywb", "http://archive.example.org/national/cdx",
     "http://archive.example.org/national/20220422103512id_/https://a.example/x"),
])
def test_layouts(address: str, kind: str, index: str, capture: str) -> None:
    layout = layout_of(address)
    assert (layout.kind, layout.index) == (kind, index)
    assert layout.capture_url("20220422103512", "https://a.example/x") == capture


@pytest.mark.parametrize("address", ["web.archive.org", "ftp://archive.example/", "https://"])
def test_bad_archive_addresses(address: str) -> None:
    with pytest.raises(ValueError):
        layout_of(address)


def test_queries_ask_for_successful_distinct_captures_in_the_range() -> None:
    ia = layout_of("https://web.archive.org").query(REUTERS, start=date(2022, 4, 1), end=date(2022, 4, 30))
    assert "output=json" in ia and "filter=statuscode%3A200" in ia and "collapse=digest" in ia
    assert "from=20220401" in ia and "to=20220430235959" in ia
    paged = layout_of("https://web.archive.org").query("reuters.com", match="domain", limit=1000, resume_key="k+1",
                                                       url_filter=".*(binance).*")
    assert "matchType=domain" in paged and "showResumeKey=true" in paged and "resumeKey=k%2B1" in paged
    assert "collapse=urlkey" in paged and "filter=original%3A.%2A%28binance%29.%2A" in paged
    pywb = layout_of("http://127.0.0.1:1/c").query("reuters.com", match="domain", limit=1000, url_filter=".*(b).*")
    assert "showResumeKey" not in pywb  # pywb ignores it: it answers everything at once
    # pywb's filters match substrings unless marked: `=` exact, `~` a regular expression.
    assert "filter=%3Dstatus%3A200" in pywb and "filter=~url%3A.%2A%28b%29.%2A" in pywb


def _c(timestamp: str, digest: str, url: str = "https://a.example/x") -> Capture:
    return Capture(timestamp, url, digest)


@pytest.mark.parametrize(("captures", "kept"), [
    ([], []),
    ([_c("20220422", "A"), _c("20220423", "A"), _c("20220428", "B")], ["20220422", "20220428"]),
    ([_c("20220428", "B"), _c("20220422", "A"), _c("20220423", "A")], ["20220422", "20220428"]),  # any order in
    ([_c("20220422", "A"), _c("20220423", "B"), _c("20220424", "A")], ["20220422", "20220423", "20220424"]),
    ([_c("20220422", ""), _c("20220423", "")], ["20220422", "20220423"]),  # no digest: nothing to collapse on
    ([_c("20220422", "A"), _c("20220422", "B")], ["20220422"]),  # the same capture listed twice
])
def test_collapse_by_digest(captures: list[Capture], kept: list[str]) -> None:
    assert [c.timestamp for c in collapse_digests(captures)] == kept


def test_distinct_urls_and_newest_since() -> None:
    caps = [_c("1", "A", "https://www.a.example/x/"), _c("2", "B", "http://a.example/x"), _c("3", "C", "https://a.example/y")]
    assert [c.timestamp for c in distinct_urls(caps)] == ["1", "3"]
    dated = [_c("20220422100000", "A"), _c("20220428100000", "B")]
    assert newest_since(dated, None) == dated[1]
    assert newest_since(dated, datetime(2022, 4, 28, 10, tzinfo=UTC)) is None
    assert newest_since(dated, datetime(2022, 4, 23, tzinfo=UTC)) == dated[1]


@pytest.mark.parametrize(("start", "end", "days", "expected"), [
    (date(2022, 4, 1), date(2022, 4, 1), 7, [(1, 1)]),
    (date(2022, 4, 1), date(2022, 4, 30), 7, [(1, 7), (8, 14), (15, 21), (22, 28), (29, 30)]),
    (date(2022, 4, 1), date(2022, 4, 14), 7, [(1, 7), (8, 14)]),
    (date(2022, 4, 1), date(2022, 4, 30), 31, [(1, 30)]),
])
def test_windows(start: date, end: date, days: int, expected: list[tuple[int, int]]) -> None:
    assert [(a.day, b.day) for a, b in windows(start, end, days)] == expected


def test_windows_refuse_a_backwards_range() -> None:
    with pytest.raises(ValueError):
        windows(date(2022, 5, 1), date(2022, 4, 1), 7)


@pytest.mark.parametrize(("loc", "period"), [
    ("https://x.example/sitemaps/archive-2022-04.xml", ("2022-04-01", "2022-04-30")),
    ("https://x.example/sitemap/2022/04/", ("2022-04-01", "2022-04-30")),
    ("https://x.example/sitemap-202202.xml", ("2022-02-01", "2022-02-28")),
    ("https://x.example/sitemap-april-2022.xml", ("2022-04-01", "2022-04-30")),
    ("https://x.example/sitemap_2022_sep.xml", ("2022-09-01", "2022-09-30")),
    ("https://x.example/sitemap.xml?yyyy=2022&mm=04", ("2022-04-01", "2022-04-30")),
    ("https://x.example/sitemap/2022-04-22.xml", ("2022-04-22", "2022-04-22")),
    ("https://x.example/sitemaps/2021.xml", ("2021-01-01", "2021-12-31")),
    ("https://x.example/sitemap-posts-7.xml", None),
    ("https://x.example/sitemap.xml", None),
])
def test_archive_sitemap_periods(loc: str, period: tuple[str, str] | None) -> None:
    found = sitemap_period(loc)
    assert (None if found is None else (found[0].isoformat(), found[1].isoformat())) == period


def test_news_search_with_a_date_range() -> None:
    url = "https://news.google.com/rss/search?q=binance+russia+site:reuters.com&hl=en-US&gl=US&ceid=US:en"
    assert is_news_search(url) and not is_news_search("https://www.coindesk.com/arc/outboundfeeds/rss/")
    dated = dated_search(url, date(2022, 4, 1), date(2022, 4, 7))
    assert "after%3A2022-04-01+before%3A2022-04-08" in dated and "hl=en-US" in dated
    again = dated_search(dated, date(2022, 4, 8), date(2022, 4, 14))  # ranges replace each other
    assert again.count("after%3A") == 1 and "after%3A2022-04-08" in again
    assert search_range("binance after:2022-04-01 before:2022-04-08") == (date(2022, 4, 1), date(2022, 4, 7))
    assert search_range("binance") == (None, None)


def test_cursor_arithmetic() -> None:
    cursor = Cursor()
    assert Cursor.from_json(cursor.to_json()) == cursor
    cursor = cursor.next_page("key-2")
    assert (cursor.task, cursor.page) == (0, "key-2")
    cursor = cursor.next_task(3)
    assert (cursor.task, cursor.page, cursor.stage) == (1, "", "discover")
    cursor = cursor.next_task(3).next_task(3)
    assert (cursor.stage, cursor.task) == (HISTORY, 3)
    cursor = cursor.stored("20220422103512")
    assert Cursor.from_json(cursor.to_json()).capture == "20220422103512"
    cursor = cursor.next_candidate(4)
    assert (cursor.candidate, cursor.capture) == (5, "")
    assert cursor.done().stage == DONE


@pytest.mark.parametrize("saved", ["", "not json", "[1]", '{"stage": "nowhere"}', '{"task": "x", "extra": 1}'])
def test_an_unreadable_cursor_starts_over(saved: str) -> None:
    assert Cursor.from_json(saved) == Cursor()


def test_captures_after_the_cursor() -> None:
    stamps = ["20220422100000", "20220425100000", "20220428100000"]
    assert after_cursor(stamps, "") == stamps
    assert after_cursor(stamps, "20220425100000") == ["20220428100000"]
    assert after_cursor(stamps, "20220428100000") == []


P = Politeness(retries=3, network_retries=1, backoff_base=2.0, backoff_cap=60.0, retry_after_max=300.0)


@pytest.mark.parametrize(("attempt", "status", "retry_after", "wait"), [
    (1, 429, 5.0, 5.0),  # the server's word
    (1, 503, 0.0, 0.0),
    (1, 429, None, 2.0),  # no Retry-After: backoff
    (2, 429, None, 4.0),
    (3, 500, None, 8.0),
    (4, 429, 1.0, None),  # out of retries
    (1, 429, 3600.0, None),  # longer than we wait: an error now
    (1, 404, None, None),  # not worth retrying
    (1, 403, None, None),
    (1, None, None, 2.0),  # no answer at all: once more
    (2, None, None, None),
    (1, 500, 30.0, 2.0),  # a Retry-After on a plain server error is not a throttle
])
def test_retry_wait(attempt: int, status: int | None, retry_after: float | None, wait: float | None) -> None:
    assert retry_wait(attempt, status, retry_after, P) == wait


@pytest.mark.parametrize(("html", "wall"), [
    ('<html><head><title>reuters.com</title><script>var dd={"cid":"x","hsh":"y"}</script>'
     '<script src="https://ct.captcha-delivery.com/c.js"></script></head><body></body></html>', "datadome"),
    ("<!DOCTYPE html><html><head><title>Just a moment...</title></head><body><script>window._cf_chl_opt={}"
     "</script></body></html>", "cloudflare"),
    ('<html><body><div id="px-captcha"></div><p>Press &amp; Hold to confirm you are a human</p></body></html>',
     "perimeterx"),
    ("<html><head><title>Access Denied</title></head><body><h1>Access Denied</h1>You don't have permission to access"
     " this page. Reference #18.1234</body></html>", "akamai"),
    ("<html><body><p>Please verify you are a human to continue.</p></body></html>", "challenge"),
    ("<html><body><article><p>Binance denied the report.</p></article></body></html>", None),
    ("<html><body>" + "<p>An article that quotes a reader: are you a robot? Verify you are human.</p>" * 400
     + "</body></html>", None),  # the words in a long article are not a wall
])
def test_bot_walls(html: str, wall: str | None) -> None:
    assert bot_wall(html) == wall


def _watch(sources: tuple[SourceSpec, ...] = ()) -> Watch:
    return Watch(name="w", title="W", query=Query(all_of=(("binance", "бинанс"),), any_of=("fsb", "rosfin", '"cz"')),
                 origins=(Origin("report", "Reuters", "T", "https://www.reuters.com/x/"),), sources=sources)


def test_the_plan_of_a_job_is_fixed_and_complete() -> None:
    watch = _watch((SourceSpec("https://news.example/rss/search?q=binance", outlet="Binance"),
                    SourceSpec("https://www.theblock.co/rss.xml", outlet="The Block")))
    sites = Sites((Site("Reuters", ("reuters.com",), archive_sitemaps=("https://www.reuters.com/sitemap-index.xml",)),
                   Site("The Block", ("theblock.co",)), Site("CNN", ("cnn.com",))))
    tasks = plan(watch, sites, date(2022, 4, 1), date(2022, 4, 30))
    assert [t.kind for t in tasks] == [ORIGINS, *[NEWS_SEARCH] * 5, SITEMAP, CDX_PREFIX, CDX_PREFIX]
    assert [t.url for t in tasks if t.kind == CDX_PREFIX] == ["reuters.com", "theblock.co"]  # CNN is not named
    assert plan(watch, sites, date(2022, 4, 1), date(2022, 4, 30)) == tasks


def test_the_archive_filters_addresses_by_the_story_terms() -> None:
    # Addresses are ASCII slugs (no бинанс); two letters ("cz") would find everything.
    assert url_filter(_watch()) == ".*(binance|fsb|rosfin).*"
