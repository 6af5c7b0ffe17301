"""`storywatch show`: a feed revision (Reuters adds its correction note to the item) stored with its paragraph
diff, and the article, its versions and what changed printed by `show --diff` (and `--json`), found by id or
by any URL it was read at."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from monitor.archive.db import Archive
from monitor.cli.main import cli
from monitor.clock import utcnow
from monitor.collect.fetch import make_fetcher
from monitor.collect.poll import poll
from monitor.seeds import load_watches
from tests.support.loopback import LoopbackServer, Route
from tests.support.story import CORRECTION_NOTE, REPORT_BODY, REPORT_TITLE, REUTERS_LINK, binance_feed, write_seed

pytestmark = pytest.mark.integration


def run(db: Path, *args: str) -> str:
    result = CliRunner().invoke(cli, ["--db", str(db), *args])
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.fixture
def revised(server: LoopbackServer, tmp_path: Path) -> tuple[Path, int]:
    url = server.route("/reuters.xml", Route(binance_feed()))
    watches = load_watches(write_seed(tmp_path / "seeds", [url]))
    db = tmp_path / "a.db"
    with Archive(db) as archive:
        poll(archive, watches, make_fetcher, utcnow, include_not_due=True, parse_workers=0)
        server.routes["/reuters.xml"] = Route(binance_feed(corrected=True))
        poll(archive, watches, make_fetcher, utcnow, include_not_due=True, parse_workers=0)
        article_id = int(archive.scalar("SELECT id FROM articles WHERE title = ?", (REPORT_TITLE,)))
    return db, article_id


def test_a_feed_revision_has_its_diff_stored(revised: tuple[Path, int]) -> None:
    db, article_id = revised
    with Archive(db) as archive:
        diffs = [r["diff"] for r in archive.all("SELECT diff FROM article_versions WHERE article_id = ? ORDER BY id",
                                                (article_id,))]
    assert diffs[0] is None and json.loads(diffs[1])["added"] == [CORRECTION_NOTE]


def test_show_diff_prints_what_changed(revised: tuple[Path, int]) -> None:
    db, article_id = revised
    out = run(db, "show", str(article_id), "--diff")
    assert out.startswith(f"#{article_id} ") and REPORT_TITLE in out.splitlines()[0]
    assert "https://www.reuters.com/technology/binance-russia-2022-04-22/\n" in out  # the link, no utm_*
    assert "2 versions:" in out and "from the feed" in out
    assert f"added:        {CORRECTION_NOTE}" in out
    assert "CORRECTION by" in out
    plain = run(db, "show", str(article_id))
    assert CORRECTION_NOTE not in plain.split("2 versions:")[1] and "--diff" in plain


def test_show_json_and_lookup_by_url(revised: tuple[Path, int]) -> None:
    db, article_id = revised
    data = json.loads(run(db, "show", REUTERS_LINK, "--diff", "--json"))  # the URL as the feed gave it
    assert data["id"] == article_id and data["link"] == "https://www.reuters.com/technology/binance-russia-2022-04-22/"
    assert [v["number"] for v in data["versions"]] == [1, 2] and "diff" not in data["versions"][0]
    assert data["versions"][1]["diff"]["added"] == [CORRECTION_NOTE]
    assert REPORT_BODY in data["versions"][1]["summary"]  # a feed item: its description
    assert [e["kind"] for e in data["follow_ups"]] == ["correction"]
    same = json.loads(run(db, "show", "http://reuters.com/technology/binance-russia-2022-04-22", "--json"))
    assert same["id"] == article_id  # over http, without www or the slash: the same article


def test_show_an_unknown_article(revised: tuple[Path, int]) -> None:
    db, _ = revised
    result = CliRunner().invoke(cli, ["--db", str(db), "show", "9999"])
    assert result.exit_code == 1 and "no article '9999'" in result.output


def test_timeline_gives_each_articles_id(revised: tuple[Path, int]) -> None:
    db, article_id = revised
    out = run(db, "timeline", "binance-russia-data")
    assert f"#{article_id:<5} " in out and "storywatch show ID --diff" in out
