"""Bad environments end in one clear line and an exit code, never a traceback: a full disk, a read-only archive,
a damaged full-text index, another program's SQLite file, an archive from a newer storywatch, a renamed column,
files nested too deeply to read, a rejected bot token (never printed)."""

from __future__ import annotations

import hashlib
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from monitor.archive.db import APPLICATION_ID
from tests.support.crawling import write_watch
from tests.support.fakebot import FakeBotAPI, bot_token
from tests.support.loopback import LoopbackServer, Route
from tests.support.story import rss

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parents[2]
WRONG_TOKEN = bot_token("STORYWATCH_TEST_WRONG_TOKEN")  # one the fake Bot API was not started with


def storywatch(db: Path, *args: str, seeds: Path | None = None, env: dict[str, str] | None = None,
               preexec: Callable[[], None] | None = None, wrap: list[str] | None = None
               ) -> subprocess.CompletedProcess[str]:
    argv = [sys.executable, "-m", "monitor", "--db", str(db), *(["--seeds", str(seeds)] if seeds else []), *args]
    return subprocess.run([*(wrap or []), *argv], cwd=REPO, capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(REPO), **(env or {})}, preexec_fn=preexec)


def clean_failure(done: subprocess.CompletedProcess[str], code: int, *said: str, logs: bool = False) -> None:
    """Exit `code`, one line on stderr saying all of `said` (after the log lines of a command that logs, with
    `logs`), no traceback."""
    assert done.returncode == code, (done.returncode, done.stderr[-2000:])
    assert "Traceback" not in done.stderr, done.stderr[-3000:]
    lines = done.stderr.strip().splitlines()
    assert (logs or len(lines) == 1) and lines[-1].startswith("Error: "), done.stderr[-2000:]
    for words in said:
        assert words in lines[-1], lines[-1]


@pytest.fixture
def big_feed(server: LoopbackServer, tmp_path: Path) -> Path:
    """Seeds with one feed of 200 long items: about a megabyte to store."""
    items = [{"title": f"Binance and Russia, part {i}", "link": f"https://big.example/{i}",
              "description": "<p>" + f"Binance and Russia's unit, paragraph {i}. " * 60 + "</p>"} for i in range(200)]
    url = server.route("/big.xml", Route(rss(items)))
    return write_watch(tmp_path / "seeds", sources=f'[[sources]]\nname = "big"\nurl = "{url}"\n')


def file_size_limit(limit: int) -> Callable[[], None]:
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))  # Python ignores SIGXFSZ: writes get EFBIG

    return apply


def test_a_full_disk_stops_a_poll_with_one_line_and_loses_nothing(big_feed: Path, tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    assert storywatch(db, "init", seeds=big_feed).returncode == 0
    done = storywatch(db, "poll", seeds=big_feed, preexec=file_size_limit(db.stat().st_size + 200_000))
    clean_failure(done, 3, str(db), "disk", "what was committed is kept")
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT count(*) FROM articles").fetchone() == (0,)  # the batch rolled back whole
    finally:
        conn.close()
    again = storywatch(db, "poll", "--all", seeds=big_feed)
    assert again.returncode == 0 and "200 new" in again.stdout


def test_the_bot_on_a_full_disk_says_so_without_its_token(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    assert storywatch(db, "init").returncode == 0
    fake = FakeBotAPI().start()
    try:
        done = storywatch(db, "bot", env={"TELEGRAM_BOT_TOKEN": fake.token, "TELEGRAM_API_BASE_URL": fake.base_url},
                          preexec=file_size_limit(0))
    finally:
        fake.stop()
    clean_failure(done, 3, str(db), "disk", logs=True)
    assert fake.token not in done.stderr


def test_a_read_only_archive(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    db = folder / "a.db"
    assert storywatch(db, "init").returncode == 0
    wrap: list[str] = []
    if os.geteuid() == 0:  # root writes anywhere: run the command without the capabilities that allow it
        if shutil.which("setpriv") is None:
            pytest.skip("running as root without setpriv: cannot make a file read-only to storywatch")
        wrap = ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner,-linux_immutable"]
    for path in folder.iterdir():
        path.chmod(0o444)
    folder.chmod(0o555)
    try:
        done = storywatch(db, "poll", wrap=wrap)
    finally:
        folder.chmod(0o755)
    clean_failure(done, 3, str(db), "the archive is read-only")


def test_a_damaged_full_text_index(big_feed: Path, tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    assert storywatch(db, "poll", seeds=big_feed).returncode == 0
    conn = sqlite3.connect(db)
    conn.execute("DELETE FROM articles_fts_data WHERE id > 10")  # the index loses its segments
    conn.commit()
    conn.close()
    done = storywatch(db, "search", "binance")
    clean_failure(done, 3, str(db), "the archive is damaged", "VALUES('rebuild')")


def test_another_programs_sqlite_file_is_left_as_it_is(tmp_path: Path) -> None:
    db = tmp_path / "crm.db"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO customers (name) VALUES ('Ada')")
    conn.commit()
    conn.close()
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    for command in (["status"], ["init"], ["poll"], ["search", "x"], ["sources"]):
        clean_failure(storywatch(db, *command), 3, "is an SQLite database that storywatch did not make",
                      "tables: customers", "left as it is")
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["crm.db"], "no -wal, -shm or lock file"
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        assert conn.execute("SELECT name FROM sqlite_master").fetchall() == [("customers",)]
    finally:
        conn.close()


def test_an_empty_file_becomes_an_archive_and_a_new_one_says_whose_it_is(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    db.touch()
    assert storywatch(db, "init").returncode == 0
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA application_id").fetchone() == (APPLICATION_ID,)
    finally:
        conn.close()


def test_an_archive_from_a_newer_storywatch_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    assert storywatch(db, "init").returncode == 0
    conn = sqlite3.connect(db)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES"
                 " ('storywatch', '0099_from_the_future', '2030-01-01')")
    conn.commit()
    conn.close()
    for command in (["status"], ["poll"]):
        clean_failure(storywatch(db, *command), 3, "was made by a newer storywatch", "0099_from_the_future",
                      "upgrade storywatch")


def test_a_renamed_column(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    assert storywatch(db, "init").returncode == 0
    conn = sqlite3.connect(db)
    conn.execute("ALTER TABLE articles RENAME COLUMN outlet TO publisher")
    conn.commit()
    conn.close()
    clean_failure(storywatch(db, "search", "--outlet", "Reuters"), 3, "not what this storywatch expects",
                  "no such column")


def test_files_nested_too_deeply_to_read(tmp_path: Path) -> None:
    deep = "a = " + "[" * 100_000 + "]" * 100_000 + "\n"
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "deep.toml").write_text(deep, encoding="utf-8")
    listed = storywatch(tmp_path / "a.db", "watches", seeds=seeds)  # a broken watch file is skipped, and said
    assert listed.returncode == 0 and "Traceback" not in listed.stderr + listed.stdout
    assert "deep.toml: not valid TOML: nested too deeply" in listed.stdout + listed.stderr
    config = tmp_path / "deep.toml"
    config.write_text(deep, encoding="utf-8")
    clean_failure(storywatch(tmp_path / "a.db", "run", "--config", str(config), "--check"), 2, "nested too deeply")
    done = subprocess.run([sys.executable, "-m", "monitor", "classify"], input='{"id": ' + "[" * 100_000 + "\n",
                          cwd=REPO, capture_output=True, text=True, timeout=60, env={**os.environ,
                                                                                       "PYTHONPATH": str(REPO)})
    clean_failure(done, 1, "stdin line 1: not valid JSON")


def test_a_rejected_token_is_one_line_without_the_token(tmp_path: Path) -> None:
    fake = FakeBotAPI().start()
    try:
        done = storywatch(tmp_path / "a.db", "bot", env={"TELEGRAM_BOT_TOKEN": WRONG_TOKEN,
                                                         "TELEGRAM_API_BASE_URL": fake.base_url})
    finally:
        fake.stop()
    clean_failure(done, 2, "The token `<token>` was rejected by the server.", logs=True)  # usage: a wrong token
    assert WRONG_TOKEN not in done.stderr + done.stdout and WRONG_TOKEN.split(":")[1] not in done.stderr


def test_the_demos_telegram_sink_never_says_the_token() -> None:
    from bot.sink import TelegramSink
    from monitor.errors import StorywatchError

    fake = FakeBotAPI().start()
    sink = TelegramSink(WRONG_TOKEN, base_url=fake.base_url)
    try:
        with pytest.raises(StorywatchError) as caught:
            sink.send({"chat_id": "5", "kind": "correction", "evidence": "x", "title": "t", "link": "https://x/"})
    finally:
        sink.close()
        fake.stop()
    assert "InvalidToken" in str(caught.value) and WRONG_TOKEN not in str(caught.value)
    assert caught.value.__cause__ is None and caught.value.__suppress_context__


def test_the_last_guard_takes_the_token_out_of_a_traceback() -> None:
    code = ("import os; from monitor.cli.main import install_excepthook; install_excepthook(); "
            "raise RuntimeError('leaked ' + os.environ['TELEGRAM_BOT_TOKEN'] + ' and 111222333:"
            "BBanotherTokenShapedThing_0123456789abc')")
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=60,
                          env={**os.environ, "PYTHONPATH": str(REPO), "TELEGRAM_BOT_TOKEN": WRONG_TOKEN})
    assert done.returncode == 1 and "Traceback" in done.stderr
    assert "RuntimeError: leaked <token> and <token>" in done.stderr and WRONG_TOKEN not in done.stderr
