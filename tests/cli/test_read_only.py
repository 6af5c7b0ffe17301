"""Read commands never write: a missing or outdated archive is a clear error (exit 3) and no file appears."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from monitor.archive.articles import upsert_article
from monitor.archive.db import Archive
from monitor.cli.main import cli
from monitor.clock import utcnow
from monitor.models import ArticleFields

pytestmark = pytest.mark.component

READ_COMMANDS = [["search", "binance"], ["timeline", "binance-russia-data"], ["export", "binance-russia-data"],
                 ["status"], ["alerts"], ["sources"], ["sources", "export"], ["serve", "--port", "1"],
                 ["watches", "test", "binance-russia-data"]]


@pytest.mark.parametrize("argv", READ_COMMANDS, ids=[" ".join(a) for a in READ_COMMANDS])
def test_read_command_on_a_missing_archive_creates_nothing(tmp_path: Path, argv: list[str]) -> None:
    db = tmp_path / "typo" / "storywatch.db"
    result = CliRunner().invoke(cli, ["--db", str(db), *argv])
    assert result.exit_code == 3, result.output
    assert f"no archive at {db} (run storywatch init or pass --db)" in result.output
    assert "Traceback" not in result.output
    assert not db.exists() and not db.parent.exists()


def test_read_command_on_an_archive_needing_upgrade(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    with Archive(db):
        pass
    conn = sqlite3.connect(db)
    with conn:  # an archive from before the last migration (0010: where feeds that moved are polled)
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0010_issue3_source_moves'")
        for column in ("fetch_url", "redirect_to", "redirect_seen", "redirect_since"):
            conn.execute(f"ALTER TABLE sources DROP COLUMN {column}")
    conn.close()
    before = db.read_bytes()
    result = CliRunner().invoke(cli, ["--db", str(db), "status"])
    assert result.exit_code == 3 and "archive needs upgrade: run storywatch init" in result.output
    assert db.read_bytes() == before
    assert CliRunner().invoke(cli, ["--db", str(db), "init"]).exit_code == 0
    assert CliRunner().invoke(cli, ["--db", str(db), "status"]).exit_code == 0


def test_read_commands_leave_the_file_untouched(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    with Archive(db) as archive:
        upsert_article(archive, ArticleFields(url="https://x.example/1", link="https://x.example/1",
                                              title="Binance denies it"), utcnow())
    stamp = db.read_bytes(), db.stat().st_mtime_ns
    for argv in (["search", "binance"], ["status"], ["sources"], ["alerts"]):
        result = CliRunner().invoke(cli, ["--db", str(db), *argv])
        assert result.exit_code == 0, (argv, result.output)
    assert (db.read_bytes(), db.stat().st_mtime_ns) == stamp  # (a WAL reader may leave its -shm beside it)
    with Archive(db) as archive:
        assert archive.scalar("SELECT count(*) FROM sources") == 0  # the listing registered no seed source


def test_global_options_after_the_command(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    with Archive(db) as archive:
        upsert_article(archive, ArticleFields(url="https://x.example/1", link="https://x.example/1",
                                              title="Binance denies it"), utcnow())
    runner = CliRunner()
    assert "Binance denies it" in runner.invoke(cli, ["search", "binance", "--db", str(db)]).output
    assert "Binance denies it" in runner.invoke(cli, ["search", f"--db={db}", "binance", "--json"]).output
    listed = runner.invoke(cli, ["watches", "--seeds", str(tmp_path / "none")])
    assert listed.exit_code == 3 and "seeds folder not found" in listed.output
    # A command's own option of the same name stays its own: the demo's --db is not the archive's.
    assert "--db PATH" in runner.invoke(cli, ["demo", "--help"]).output or "--db" in runner.invoke(
        cli, ["demo", "--help"]).output
    assert runner.invoke(cli, ["search", "--nope"]).exit_code == 2
