"""Judging entries in the parser processes (monitor.collect.prepare) stores exactly what judging them in the writer
does."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from monitor.archive.db import Archive
from monitor.collect.feeds import parse_feed
from monitor.collect.ingest import ingest_article
from monitor.collect.prepare import prepare, prepare_job, set_watches
from monitor.seeds import default_seeds_dir, load_watches

pytestmark = pytest.mark.component

T0 = datetime(2022, 4, 28, 9, 0, tzinfo=UTC)
ITEMS = [
    ("binance-russia", "Binance built ties to a Russian FSB-linked agency",
     "(Corrects paragraph 1 to give the full name of the Federal Financial Monitoring Service) Binance agreed to "
     "share client data with Rosfinmonitoring, Russia's financial intelligence agency."),
    ("binance-denies", "Binance denies sharing data with Russia's Rosfinmonitoring",
     "Binance said on Friday it did not share client data with Rosfinmonitoring, Russia's financial watchdog."),
    ("weather", "Rain in Vilnius", "<p>Rain is expected in Vilnius on Friday.</p>"),
]
FEED = ('<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><link>https://wire.example/</link>'
        + "".join(f"<item><title>{title}</title><link>https://wire.example/{slug}?utm_source=rss</link>"
                  f"<description><![CDATA[{text}]]></description></item>" for slug, title, text in ITEMS)
        + "</channel></rss>").encode()


def _store(path: Path, precomputed: bool) -> tuple[list[tuple], list[tuple]]:
    watches = load_watches(default_seeds_dir())
    prepared = prepare(parse_feed(FEED, url="https://wire.example/feed"), watches if precomputed else None,
                       outlet="", name="wire")
    with Archive(path) as archive:
        for fields, assessed in zip(prepared.fields, prepared.assessed, strict=True):
            assert (assessed is not None) == precomputed
            ingest_article(archive, watches, fields, T0, assessed=assessed)
        matches = archive.conn.execute("SELECT article_id, watch, reason FROM matches ORDER BY 1, 2").fetchall()
        events = archive.conn.execute("SELECT article_id, watch, kind, actor, target, evidence FROM events"
                                      " ORDER BY 1, 3, 4").fetchall()
    return matches, events


def test_entries_judged_in_a_parser_store_what_the_writer_would(tmp_path: Path) -> None:
    in_parser = _store(tmp_path / "parser.db", precomputed=True)
    in_writer = _store(tmp_path / "writer.db", precomputed=False)
    assert in_parser == in_writer
    matches, events = in_parser
    assert len(matches) == 2 and {e[2] for e in events} >= {"correction", "denial"}


def test_the_job_uses_the_watches_its_process_was_started_with() -> None:
    watches = load_watches(default_seeds_dir())
    set_watches(watches)
    try:
        got = prepare_job(FEED, "https://wire.example/feed", "application/rss+xml", "", "wire")
    finally:
        set_watches(None)
    assert not isinstance(got, tuple)
    assert got.entries == 3 and got.feed.entries == [] and got.fields[0].outlet == "Wire"
    assert [len(a.matches) if a else None for a in got.assessed] == [1, 1, 0]
    assert prepare_job(b"<html><body>no feed</body></html>", "https://x.example/", "text/html", "", "x")[0] == "feed"


@pytest.mark.parametrize("fast", [True, False])
def test_an_item_is_its_named_publishers_and_a_note_in_it_is_theirs(fast: bool) -> None:
    """A news search or a wire names each item's publisher (<source>): that is the item's outlet, and so whom a
    bare correction note in it is attributed to; an item that names none is the feed's."""
    feed = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>binance russia - News search</title>'
            b"<link>https://search.example/</link>"
            b"<item><title>Binance built ties to a Russian FSB-linked agency - Gazette</title>"
            b"<link>https://search.example/rss/articles/abc</link><description>(Corrects paragraph 1 to give the "
            b"full name of the Federal Financial Monitoring Service) Binance agreed to share client data with "
            b"Rosfinmonitoring.</description><source url=\"https://gazette.example\">  The  Gazette </source></item>"
            b"<item><title>Binance and Russia</title><link>https://search.example/rss/articles/def</link>"
            b"<description>Binance shared data with Russia's FSB.</description></item>"
            b"</channel></rss>")
    parsed = parse_feed(feed, url="https://search.example/rss", fast=fast)
    assert parsed.parser == ("fastrss" if fast else "feedparser")
    prepared = prepare(parsed, load_watches(default_seeds_dir()), outlet="", name="search")
    assert [f.outlet for f in prepared.fields] == ["The Gazette", "binance russia - News search"]
    first = prepared.assessed[0]
    assert first is not None and [(e.kind, e.actor) for e in first.events] == [("correction", "The Gazette")]
