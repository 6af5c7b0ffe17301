"""The CLI documents itself; user input never produces a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from monitor.archive.articles import upsert_article
from monitor.archive.db import Archive
from monitor.archive.schema import migrations
from monitor.cli.main import cli
from monitor.clock import utcnow
from monitor.models import ArticleFields

pytestmark = pytest.mark.component

REPO = Path(__file__).resolve().parents[2]


def _commands(group: click.Group, prefix: str = "") -> list[tuple[str, click.Command]]:
    found = []
    ctx = click.Context(group)
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        assert command is not None, name
        full = f"{prefix}{name}"
        found.append((full, command))
        if isinstance(command, click.Group):
            found.extend(_commands(command, full + " "))
    return found


COMMANDS = _commands(cli)
assert len(COMMANDS) > 20, "every command (and subcommand) is listed"


@pytest.mark.parametrize(("name", "command"), COMMANDS, ids=[n for n, _ in COMMANDS])
def test_every_command_has_help_and_is_in_readme(name: str, command: click.Command) -> None:
    assert command.help and len(command.help) > 20, f"{name} needs a help text"
    result = CliRunner().invoke(cli, [*name.split(), "--help"])
    assert result.exit_code == 0 and "Usage:" in result.output
    assert f"storywatch {name}" in (REPO / "README.md").read_text(encoding="utf-8"), f"{name} is not in README.md"


def test_readme_test_command_is_what_ci_runs() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    command = "pip install -e '.[test]' && python -m pytest"
    assert command in readme
    assert command.replace("pip install -e", "pip install -q -e") in ci


@pytest.fixture
def archive_path(tmp_path: Path) -> Path:
    db = tmp_path / "a.db"
    with Archive(db) as archive:
        for i, (title, outlet) in enumerate([("Binance denies Russia data claims", "CoinDesk"),
                                             ("Binance и Росфинмониторинг", "Meduza"),
                                             ("Bitcoin price today", "Decrypt")]):
            fields = ArticleFields(url=f"https://x.example/{i}", link=f"https://x.example/{i}?utm=1", title=title,
                                   outlet=outlet, published=f"2022-04-2{i}T00:00:00+00:00")
            upsert_article(archive, fields, utcnow())
    return db


def test_search_json(archive_path: Path) -> None:
    result = CliRunner().invoke(cli, ["--db", str(archive_path), "search", "binance", "russia", "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert [r["outlet"] for r in rows] == ["CoinDesk"]
    assert set(rows[0]) >= {"id", "link", "title", "outlet", "published", "kinds", "snippet"}
    assert "url" not in rows[0]  # the archive's key is internal: people get the outlet's link


@pytest.mark.parametrize("words", ['acme AND "', "binance-russia", "NEAR(", "*", '"unbalanced', "a:b", "()", "^"])
def test_search_never_tracebacks(archive_path: Path, words: str) -> None:
    result = CliRunner().invoke(cli, ["--db", str(archive_path), "search", words])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code in (0, 1)
    assert "Traceback" not in result.output


def test_search_cyrillic(archive_path: Path) -> None:
    result = CliRunner().invoke(cli, ["--db", str(archive_path), "search", "Росфинмониторинг"])
    assert "Meduza" in result.stdout


def test_bad_seed_is_shown_and_skipped_not_a_traceback(tmp_path: Path) -> None:
    (tmp_path / "bad.toml").write_text('title = "x"\nquery = 3\n', encoding="utf-8")
    (tmp_path / "good.toml").write_text('title = "Good"\n[query]\nall_of = [["acme"]]\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "a.db"), "--seeds", str(tmp_path), "watches"])
    assert result.exit_code == 0, result.output
    assert "good: Good" in result.output
    assert "bad: INVALID" in result.output and "bad.toml" in result.output and "key 'query'" in result.output
    assert not (tmp_path / "a.db").exists()


def test_sources_add_list_disable_enable(tmp_path: Path) -> None:
    db = ["--db", str(tmp_path / "a.db")]
    runner = CliRunner()
    assert runner.invoke(cli, [*db, "sources", "add", "--no-discover", "https://feeds.example/x.xml"]).exit_code == 0
    assert runner.invoke(cli, [*db, "sources", "add", "ftp://nope"]).exit_code == 2
    assert runner.invoke(cli, [*db, "sources", "disable", "https://feeds.example/x.xml"]).exit_code == 0
    listed = json.loads(runner.invoke(cli, [*db, "sources", "--json"]).stdout)
    row = next(r for r in listed if r["url"] == "https://feeds.example/x.xml")
    assert row["enabled"] == 0 and row["disabled_reason"]
    assert runner.invoke(cli, [*db, "sources", "enable", "https://feeds.example/x.xml"]).exit_code == 0
    assert runner.invoke(cli, [*db, "sources", "remove", "https://nope.example"]).exit_code == 1
    status = json.loads(runner.invoke(cli, [*db, "status", "--json"]).stdout)
    assert status["sources"]["total"] == 1  # listing and status register nothing (init and poll do)


def test_store_versions_and_migrations_idempotent(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    now = utcnow()
    with Archive(db) as archive:
        f = ArticleFields(url="https://x.example/1", link="https://x.example/1", title="A", summary="s")
        assert upsert_article(archive, f, now)[0] == "new"
        assert upsert_article(archive, f, now)[0] == "unchanged"
        # An empty body from a feed does not erase a crawled body; a new title is a new version.
        crawled = ArticleFields(url=f.url, link=f.link, title="A", summary="s", body="full text")
        assert upsert_article(archive, crawled, now)[0] == "updated"
        assert upsert_article(archive, f, now)[0] == "unchanged"
        retitled = ArticleFields(url=f.url, link=f.link, title="CORRECTED-A", summary="s")
        outcome, row, previous, version = upsert_article(archive, retitled, now)
        assert outcome == "updated" and row["body"] == "full text" and previous["title"] == "A" and version
        assert archive.one("SELECT versions FROM articles")["versions"] == 3
        applied = archive.one("SELECT count(*) AS n FROM _sqlite_migrations")["n"]
        assert applied >= 1
    with Archive(db) as archive:  # reopening applies nothing twice
        assert archive.one("SELECT count(*) AS n FROM _sqlite_migrations")["n"] == applied
        assert not migrations.pending(archive.conn)
        assert not migrations.as_sqlite_utils().pending(archive.db)  # sqlite-utils reads the same table
        assert archive.db.journal_mode == "wal"
