"""A feed full of control characters and bidi overrides: none of them reaches the archive, the console, a CSV,
an Atom export or a Telegram message, and the Persian and Hebrew marks in it survive."""

from __future__ import annotations

import csv
import io
import re
import sqlite3
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.format import render_alert
from monitor.archive.alerts import due_alerts
from monitor.archive.db import Archive
from monitor.archive.subscribers import CONSOLE
from monitor.cli.main import cli
from monitor.clock import utcnow
from monitor.deliver.context import alert_context
from tests.support.loopback import LoopbackServer, Route
from tests.support.story import CORRECTION_NOTE, REPORT_BODY, REPORT_TITLE, REUTERS_LINK, rss, write_seed

pytestmark = pytest.mark.integration

UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
PERSIAN = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"  # with a ZWNJ
HEBREW = "\u05e9\u05dc\u05d5\u05dd\u200f"  # with an RLM


def hostile_feed() -> bytes:
    note = CORRECTION_NOTE.replace("April 2021", "April\u202e 2021").replace("Corrects", "Corrects\x9b31m")
    return rss([{
        "title": f"{REPORT_TITLE}\u202e\u2066 txt.exe\u2069 {PERSIAN} {HEBREW}",
        "link": REUTERS_LINK, "guid": "reuters-binance-1", "pubDate": "Fri, 22 Apr 2022 10:00:00 GMT",
        "description": f"<p>{note}</p><p>{REPORT_BODY}\u0085\u009b2J</p>",
    }], title="Reuters\u202e sretueR")


def test_controls_and_bidi_overrides_stop_at_ingestion(server: LoopbackServer, tmp_path: Path) -> None:
    seeds = write_seed(tmp_path / "seeds", [server.route("/reuters.xml", Route(hostile_feed()))])
    db = tmp_path / "a.db"
    with Archive(db):
        pass
    run = CliRunner().invoke(cli, ["--db", str(db), "--seeds", str(seeds), "poll"])
    assert run.exit_code == 0, run.output
    assert "[CORRECTION]" in run.output and not UNSAFE.search(run.output), "the console alert is clean"
    conn = sqlite3.connect(db)
    try:
        stored = "\n".join(conn.iterdump())
    finally:
        conn.close()
    assert "April 2021" in stored and PERSIAN in stored and HEBREW in stored
    assert not UNSAFE.search(stored), "nothing unsafe anywhere in the archive"
    with Archive(db) as archive:
        title = archive.scalar("SELECT title FROM articles")
        assert title.endswith(f" txt.exe {PERSIAN} {HEBREW}") and archive.scalar("SELECT outlet FROM articles") \
            == "Reuters sretueR"
    export = CliRunner().invoke(cli, ["--db", str(db), "--seeds", str(seeds), "export", "binance-russia-data",
                                      "--format", "atom"])
    assert export.exit_code == 0 and ET.fromstring(export.stdout.split("\n", 1)[1]) is not None  # valid XML
    table = CliRunner().invoke(cli, ["--db", str(db), "--seeds", str(seeds), "export", "binance-russia-data"])
    assert list(csv.DictReader(io.StringIO(table.stdout)))[0]["kind"] == "correction"
    assert not UNSAFE.search(table.stdout)


def test_a_telegram_alert_from_a_hostile_feed_is_clean(server: LoopbackServer, tmp_path: Path) -> None:
    seeds = write_seed(tmp_path / "seeds", [server.route("/reuters.xml", Route(hostile_feed()))])
    db = tmp_path / "a.db"
    assert CliRunner().invoke(cli, ["--db", str(db), "--seeds", str(seeds), "poll"]).exit_code == 0
    with Archive(db) as archive:
        archive.conn.execute("UPDATE alerts SET status = 'pending'")  # delivered to the console: once more
        archive.conn.commit()
        (alert,) = due_alerts(archive, CONSOLE, utcnow())
        text = render_alert(alert_context(archive, alert))
    assert "Correction" in text or "CORRECTION" in text
    assert not UNSAFE.search(text)
