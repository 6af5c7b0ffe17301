"""A watch added to an archive that already holds its story: `watches test` shows it, `rematch` records it
(idempotently, without alerting on old news unless asked); `watches new` writes a template that loads."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner

from monitor.archive.db import Archive
from monitor.archive.subscribers import CONSOLE, ensure_subscriber, subscribe
from monitor.cli.main import cli
from monitor.clock import utcnow
from monitor.collect.ingest import ingest_article
from monitor.models import ArticleFields
from monitor.seeds import load_watch

pytestmark = pytest.mark.component

WATCH = """title = "Acme's recall"
[query]
all_of = [["acme"]]
any_of = ["recall"]
"""


@pytest.fixture
def archive_with_news(tmp_path: Path) -> tuple[Path, Path]:
    """Articles archived before anyone watched the story: one old denial, one recent correction."""
    db, seeds = tmp_path / "a.db", tmp_path / "seeds"
    seeds.mkdir()
    with Archive(db) as archive:
        old, recent = utcnow() - timedelta(days=30), utcnow() - timedelta(days=1)
        for i, (title, body, when) in enumerate([
            ("Acme denies its recall was late", "Acme denied the report that its recall came late, calling it "
             "false and misleading.", old),
            ("Acme recall: a correction", "Correction: an earlier version of this article misstated the date of "
             "the Acme recall.", recent),
            ("Weather today", "Sunny.", recent)]):
            ingest_article(archive, [], ArticleFields(url=f"https://news.example/{i}", link=f"https://news.example/{i}",
                                                      title=title, body=body, outlet="Example News"), when)
        subscriber = ensure_subscriber(archive, CONSOLE, CONSOLE, utcnow())
        subscribe(archive, subscriber, "acme-recall", utcnow())
    return db, seeds


def _cli(db: Path, seeds: Path, *args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, ["--db", str(db), "--seeds", str(seeds), *args])


def test_a_new_watch_sees_what_is_archived(archive_with_news: tuple[Path, Path]) -> None:
    db, seeds = archive_with_news
    made = _cli(db, seeds, "watches", "new", "acme-recall")
    assert made.exit_code == 0 and (seeds / "acme-recall.toml").is_file()
    assert load_watch(seeds / "acme-recall.toml").name == "acme-recall"  # the template is a valid watch
    (seeds / "acme-recall.toml").write_text(WATCH, encoding="utf-8")
    assert "no article in this archive belongs to the watch 'acme-recall'" in _cli(
        db, seeds, "timeline", "acme-recall").output

    tested = _cli(db, seeds, "watches", "test", "acme-recall")
    assert tested.exit_code == 0, tested.output
    assert "Acme denies its recall was late [new]" in tested.output and "why:" in tested.output
    assert "would match 2 archived articles (2 not matched yet)" in tested.output and "Weather" not in tested.output
    with Archive(db) as archive:
        assert archive.scalar("SELECT count(*) FROM matches") == 0  # a test writes nothing

    done = _cli(db, seeds, "rematch", "acme-recall")
    assert done.exit_code == 0, done.output
    assert "2 articles match (2 newly recorded)" in done.output and "0 alerts written" in done.output
    with Archive(db) as archive:
        kinds = {r["kind"] for r in archive.all("SELECT kind FROM events WHERE watch = 'acme-recall'")}
        assert {"denial", "correction"} <= kinds
        assert archive.scalar("SELECT count(*) FROM alerts") == 0
        events = archive.scalar("SELECT count(*) FROM events")
    assert "2 articles match (0 newly recorded)" in _cli(db, seeds, "rematch", "acme-recall").output
    alerted = _cli(db, seeds, "rematch", "acme-recall", "--alert")
    assert alerted.exit_code == 0 and "1 alerts written" in alerted.output  # the recent correction only
    assert "0 alerts written" in _cli(db, seeds, "rematch", "acme-recall", "--alert").output  # idempotent
    with Archive(db) as archive:
        assert archive.scalar("SELECT count(*) FROM events") == events
        (kind,) = [r["kind"] for r in archive.all(
            "SELECT e.kind FROM alerts a JOIN events e ON e.id = a.event_id")]
    assert kind == "correction"
    assert "acme-recall: 2 articles" in _cli(db, seeds, "timeline", "acme-recall").output


def test_watch_names_are_slugs_and_unknown_watches_are_usage_errors(archive_with_news: tuple[Path, Path]) -> None:
    db, seeds = archive_with_news
    bad = _cli(db, seeds, "watches", "new", "Acme Recall")
    assert bad.exit_code == 3 and "slugs" in bad.output and not list(seeds.iterdir())
    assert _cli(db, seeds, "rematch", "nope").exit_code == 2
    (seeds / "Bad_Name.toml").write_text(WATCH, encoding="utf-8")
    listed = _cli(db, seeds, "watches")
    assert "Bad_Name: INVALID" in listed.output and "slugs" in listed.output


def test_rematch_takes_the_poll_lock(archive_with_news: tuple[Path, Path]) -> None:
    from monitor.archive.locks import poll_lock

    db, seeds = archive_with_news
    (seeds / "acme-recall.toml").write_text(WATCH, encoding="utf-8")
    with poll_lock(db):
        busy = _cli(db, seeds, "rematch", "acme-recall")
    assert busy.exit_code == 3 and "another poll" in busy.output
