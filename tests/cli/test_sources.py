"""The operator's side on loopback: feed discovery, OPML in and out, due-only polling, health and schedule
reasons in `sources` and `status`, disable after N failures and re-enable."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from monitor.cli.main import cli
from monitor.collect.opml import OpmlError, OpmlFeed, parse_opml, to_opml
from tests.support.loopback import LoopbackServer, Route
from tests.support.story import binance_feed

pytestmark = pytest.mark.integration

PAGE = (b"<!DOCTYPE html><html><head><title>Outlet</title>"
        b"<link rel=\"alternate\" type=\"application/rss+xml\" title=\"All\" href=\"/rss/all.xml\">"
        b"</head><body>news</body></html>")


def invoke(tmp_path: Path, *args: str) -> tuple[int, str]:
    empty_seeds = tmp_path / "seeds"
    empty_seeds.mkdir(exist_ok=True)
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "a.db"), "--seeds", str(empty_seeds), *args])
    return result.exit_code, result.output


def test_sources_add_discovers_the_feed_a_page_offers(server: LoopbackServer, tmp_path: Path) -> None:
    site = server.route("/", Route(PAGE, content_type="text/html"))
    feed = server.route("/rss/all.xml", Route(binance_feed()))
    server.route("/bare.html", Route(b"<html><body>no feed here</body></html>", content_type="text/html"))
    code, out = invoke(tmp_path, "sources", "add", site)
    assert code == 0, out
    assert f"offers the feed {feed}" in out and f"added: {feed}" in out
    code, out = invoke(tmp_path, "sources", "add", server.url("/bare.html"))
    assert code == 1 and "offers no feed" in out
    code, out = invoke(tmp_path, "sources", "add", server.url("/missing.xml"))
    assert code == 1 and "HTTP 404" in out
    code, out = invoke(tmp_path, "sources", "--json")
    assert [r["url"] for r in json.loads(out)] == [feed]


def test_opml_import_export_round_trip(tmp_path: Path) -> None:
    opml = tmp_path / "in.opml"
    opml.write_text(
        '<?xml version="1.0"?><opml version="2.0"><head><title>mine</title></head><body>'
        '<outline text="Crypto"><outline type="rss" text="CoinDesk" xmlUrl="https://coindesk.com/rss/"/>'
        '<outline text="The Block &amp; co" xmlUrl="https://theblock.co/rss.xml"/></outline>'
        '<outline text="Reuters" xmlUrl="https://reuters.com/feed"/>'
        '<outline text="dup" xmlUrl="https://reuters.com/feed"/><outline text="not http" xmlUrl="ftp://x/y"/>'
        "</body></opml>", encoding="utf-8")
    code, out = invoke(tmp_path, "sources", "import", str(opml))
    assert code == 0 and "3 new" in out, out
    code, out = invoke(tmp_path, "sources", "import", str(opml))
    assert "0 new, 3 already known" in out
    code, out = invoke(tmp_path, "sources", "export")
    assert code == 0
    feeds = parse_opml(out.encode())
    assert [(f.url, f.title, f.category) for f in feeds] == [
        ("https://coindesk.com/rss/", "CoinDesk", "Crypto"),
        ("https://theblock.co/rss.xml", "The Block & co", "Crypto"),
        ("https://reuters.com/feed", "Reuters", ""),
    ]


def test_opml_refuses_doctype_and_garbage() -> None:
    for bad in (b'<!DOCTYPE opml [<!ENTITY a "b">]><opml/>', b"<html/>", b"not xml"):
        try:
            parse_opml(bad)
        except OpmlError:
            continue
        raise AssertionError(f"accepted {bad!r}")
    assert parse_opml(to_opml([OpmlFeed("https://x.example/f", 'a "quoted" <name>')]).encode())[0].title == \
        'a "quoted" <name>'


def test_due_only_polling_reasons_disable_and_reenable(server: LoopbackServer, tmp_path: Path) -> None:
    good = server.route("/good.xml", Route(binance_feed(), headers={"Cache-Control": "max-age=3600"}))
    bad = server.route("/gone.xml", Route(b"gone", status=410, content_type="text/plain"))
    for url in (good, bad):
        assert invoke(tmp_path, "sources", "add", "--no-discover", url)[0] == 0
    code, out = invoke(tmp_path, "poll", "--disable-after", "2", "--workers", "0")
    assert code == 0 and "polled 2 sources: 1 ok, 0 not modified, 1 failed, 0 not due" in out, out
    code, out = invoke(tmp_path, "sources")
    assert "Cache-Control max-age 3600s" in out and "backoff 5m after 1 consecutive failure" in out
    assert "failing x1 (HTTP 410)" in out

    # Nothing is due: a plain poll polls nothing; --all polls both, and the second failure disables.
    code, out = invoke(tmp_path, "poll", "--disable-after", "2", "--workers", "0")
    assert "polled 0 sources" in out and "2 not due" in out
    code, out = invoke(tmp_path, "poll", "--all", "--disable-after", "2", "--workers", "0")
    assert "1 failed (1 disabled)" in out and "[DISABLED]" in out and "1 not modified" in out
    code, out = invoke(tmp_path, "status", "--json")
    status = json.loads(out)
    assert status["sources"]["disabled"][0]["url"] == bad
    assert "after 2 consecutive failures" in status["sources"]["disabled"][0]["reason"]
    runs = status["runs"]
    assert len(runs) == 3 and json.loads(runs[0]["stats"])["sources_failed"] == 1
    code, out = invoke(tmp_path, "status")
    assert f"disabled: {bad}: disabled after 2 consecutive failures" in out

    assert invoke(tmp_path, "sources", "enable", bad)[0] == 0
    code, out = invoke(tmp_path, "sources")
    assert "re-enabled by the operator: due now" in out
    code, out = invoke(tmp_path, "poll", "--workers", "0")
    assert "polled 1 sources" in out and "1 failed" in out  # only the re-enabled one was due


def test_sources_interval(server: LoopbackServer, tmp_path: Path) -> None:
    url = server.route("/f.xml", Route(binance_feed()))
    invoke(tmp_path, "sources", "add", "--no-discover", url)
    assert invoke(tmp_path, "sources", "interval", url, "90")[0] == 0
    invoke(tmp_path, "poll", "--workers", "0")
    code, out = invoke(tmp_path, "sources")
    assert "every 1h" not in out and "(every 90m)" in out
    assert invoke(tmp_path, "sources", "interval", "https://nope.example/", "5")[0] == 1


def test_retry_after_on_a_good_answer_and_ttl_lengthen_the_interval(server: LoopbackServer, tmp_path: Path) -> None:
    paced = server.route("/paced.xml", Route(binance_feed(), headers={"Retry-After": "7200"}))
    ttl = server.route("/ttl.xml", Route(binance_feed().replace(b"<channel>", b"<channel><ttl>180</ttl>")))
    for url in (paced, ttl):
        invoke(tmp_path, "sources", "add", "--no-discover", url)
    code, out = invoke(tmp_path, "status")
    assert "sources: 2, 2 feeds due now" in out
    invoke(tmp_path, "poll", "--workers", "0")
    code, out = invoke(tmp_path, "sources")
    assert "(Retry-After 7200s (interval 15m))" in out and "(feed <ttl> 180 min (interval 15m))" in out
    code, out = invoke(tmp_path, "status")
    assert "sources: 2, 0 feeds due now, 0 failing, 0 disabled" in out
