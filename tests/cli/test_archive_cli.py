"""The archive for analysts on a real archive (the demo's): search filters and formats, timeline, exports,
and the Datasette canned queries run as plain SQL (Datasette itself: test_serve.py)."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import feedparser
import pytest
from click.testing import CliRunner

from monitor.archive.datasette import CANNED_QUERIES, datasette_metadata
from monitor.cli.main import cli
from monitor.clock import utcnow
from monitor.demo.replay import run_demo
from monitor.demo.story import load_story
from monitor.seeds import default_seeds_dir, load_watches

pytestmark = pytest.mark.integration

WATCH = "binance-russia-data"


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("story")
    seeds = {w.name: w for w in load_watches(default_seeds_dir())}
    story = load_story(seed_text=lambda name: seeds[name].seed_text)
    run_demo(story, default_seeds_dir(), work / "story.db", work, io.StringIO(), clock=utcnow)
    return work / "story.db"


def cli_out(db: Path, *args: str) -> str:
    result = CliRunner().invoke(cli, ["--db", str(db), *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_search_filters(archive: Path) -> None:
    rows = json.loads(cli_out(archive, "search", "binance", "--outlet", "the block", "--json"))
    assert {r["outlet"] for r in rows} == {"The Block"} and len(rows) == 2
    rows = json.loads(cli_out(archive, "search", "--kind", "correction", "--format", "json"))
    assert [r["outlet"] for r in rows] == ["Reuters"]
    rows = json.loads(cli_out(archive, "search", "binance", "--since", "2022-04-25", "--until", "2022-04-25",
                              "--json"))
    assert sorted(r["outlet"] for r in rows) == ["Binance", "Crypto Markets Wire"]
    rows = json.loads(cli_out(archive, "search", "apology", "--watch", WATCH, "--until", "2022-04-23", "--json"))
    assert [r["outlet"] for r in rows] == ["Crypto Tech Blog"]
    assert json.loads(cli_out(archive, "search", "binance", "--watch", "nope", "--json")) == []


def test_search_csv_and_table(archive: Path) -> None:
    parsed = list(csv.DictReader(io.StringIO(cli_out(archive, "search", "correction", "--format", "csv"))))
    assert {"id", "published", "outlet", "title", "kinds", "snippet", "link"} <= set(parsed[0])
    assert any(r["outlet"] == "Crypto Markets Wire" for r in parsed)
    table = cli_out(archive, "search", "kostarev", "--outlet", "CoinDesk")
    assert "CoinDesk" in table and "Reuters" not in table.split("\n")[0][:30]


def test_search_needs_words_or_a_filter(archive: Path) -> None:
    result = CliRunner().invoke(cli, ["--db", str(archive), "search"])
    assert result.exit_code == 1 and "needs words or at least one filter" in result.output


def test_timeline_in_order_with_follow_ups(archive: Path) -> None:
    rows = json.loads(cli_out(archive, "timeline", WATCH, "--json"))
    assert [r["date"] for r in rows] == sorted(r["date"] for r in rows) and len(rows) == 7
    assert rows[0]["outlet"] == "Reuters" and rows[0]["versions"] == 2
    assert "correction" in [e["kind"] for e in rows[0]["follow_ups"]]
    text = cli_out(archive, "timeline", WATCH)
    assert "CORRECTION by Reuters" in text and "(2 versions)" in text
    bad = CliRunner().invoke(cli, ["--db", str(archive), "timeline", "nope"])
    assert bad.exit_code == 1 and WATCH in bad.output


def test_export_formats(archive: Path, tmp_path: Path) -> None:
    rows = list(csv.DictReader(io.StringIO(cli_out(archive, "export", WATCH, "--format", "csv", "--kind",
                                                   "correction"))))
    assert [(r["kind"], r["outlet"]) for r in rows] == [("correction", "Reuters")]
    assert rows[0]["evidence"].startswith("(Corrects paragraph 1")
    data = json.loads(cli_out(archive, "export", WATCH, "--format", "json", "--kind", "correction"))
    assert data[0]["kind"] == "correction" and data[0]["link"].startswith("http://127.0.0.1:")
    assert json.loads(cli_out(archive, "export", WATCH, "--format", "json", "--kind", "apology")) == []
    atom = cli_out(archive, "export", WATCH, "--format", "atom", "--kind", "correction")
    feed = feedparser.parse(atom.encode())
    assert feed.version == "atom10" and not feed.bozo and len(feed.entries) == 1
    entry = feed.entries[0]
    assert entry.title.startswith("[CORRECTION] Reuters:") and "(Corrects paragraph 1" in entry.summary
    assert entry.link == data[0]["link"] and entry.id.startswith("tag:storywatch,")
    out = tmp_path / "f.atom"
    cli_out(archive, "export", WATCH, "--format", "atom", "--kind", "correction", "-o", str(out))
    assert feedparser.parse(out.read_bytes()).entries[0].id == entry.id  # stable ids across exports


def test_canned_queries_on_a_real_archive(archive: Path) -> None:
    conn = sqlite3.connect(archive)
    conn.row_factory = sqlite3.Row
    week = [dict(r) for r in conn.execute(CANNED_QUERIES["follow_ups_this_week"]["sql"])]
    assert ("correction", "Reuters") in [(r["kind"], r["outlet"]) for r in week]
    by_outlet = [tuple(r)[:2] for r in conn.execute(CANNED_QUERIES["corrections_by_outlet"]["sql"])]
    assert by_outlet == [("Reuters", 1)]
    story = [dict(r) for r in conn.execute(CANNED_QUERIES["story_timeline"]["sql"], {"watch": WATCH})]
    assert len(story) == 7 and "correction" in story[0]["follow_ups"] and story[0]["versions"] == 2
    assert not list(conn.execute(CANNED_QUERIES["story_timeline"]["sql"], {"watch": "nope"}))
    meta = datasette_metadata("story")
    assert set(meta["databases"]["story"]["tables"]) <= {r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
    conn.close()
