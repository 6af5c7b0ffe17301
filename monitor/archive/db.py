"""The archive's connection discipline: one SQLite file that several processes write.

Every connection uses WAL and a busy timeout, and every multi-statement write runs in `Archive.write()`, a
`BEGIN IMMEDIATE` transaction: taking the write lock up front is what lets the busy timeout work (a deferred
transaction that upgrades fails at once). The table groups' reads and writes are functions in the modules
beside this one (sources, articles, events, alerts, ...), each taking the Archive as its first argument.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlite_utils import Database

from monitor.archive.schema import migrations
from monitor.errors import ArchiveError

BUSY_TIMEOUT_S = 30.0


def on_read_only_filesystem(path: Path) -> bool:
    """Whether the file system holding `path` is mounted read-only (a snapshot, a read-only volume)."""
    try:
        return bool(os.statvfs(path).f_flag & os.ST_RDONLY)
    except OSError:
        return False


class Archive:
    """One connection to the archive file, migrated on open. Build it in an entry point; pass it down.

    `Archive(path)` creates the file when missing and applies pending migrations: for the commands that
    collect (init, poll, crawl, run, bot, sources changes). `Archive.for_reading(path)` never writes: for the
    commands that only read (search, timeline, export, status, alerts, listings, serve)."""

    read_only = False
    immutable = False  # opened with immutable=1: the file is on a read-only file system

    @classmethod
    def for_reading(cls, path: str | Path) -> Archive:
        """Open an existing, up-to-date archive read-only (SQLite `mode=ro`), creating nothing.

        Raises ArchiveError when there is no archive at `path` or it needs migrations. On a read-only file
        system (where even a reader of a WAL file cannot create its -shm) it is opened `immutable=1`."""
        file = Path(path)
        if str(path) == ":memory:" or not file.is_file():
            raise ArchiveError(f"no archive at {path} (run storywatch init or pass --db)")
        archive = cls.__new__(cls)
        archive.path = str(path)
        archive.read_only = True
        archive.immutable = on_read_only_filesystem(file)
        uri = f"file:{quote(str(file.resolve()))}?mode=ro" + ("&immutable=1" if archive.immutable else "")
        try:
            conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S, check_same_thread=False)
            archive.db = Database(conn)
            archive.db.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
            archive.db.execute("PRAGMA query_only = ON")
            pending = migrations.pending(archive.db)
        except sqlite3.DatabaseError as exc:
            raise ArchiveError(f"{path}: cannot open the archive: {exc}") from exc
        if pending:
            conn.close()
            raise ArchiveError(f"{path}: archive needs upgrade: run storywatch init")
        return archive

    def __init__(self, path: str | Path):
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        try:
            # One thread at a time uses an Archive, not always the one that opened it: the poller stores in a
            # worker thread while its event loop goes on fetching (see monitor.collect.poll).
            conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, check_same_thread=False)
            self.db = Database(conn)
            self.db.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
            self.db.execute("PRAGMA foreign_keys = ON")
            # Statement journals in memory: an INSERT into articles (its FTS trigger makes it a multi-write
            # statement) inside the poller's per-source savepoint otherwise spills one to a temp file each time.
            self.db.execute("PRAGMA temp_store = MEMORY")
            if self.path != ":memory:" and self.db.journal_mode != "wal":
                self.db.enable_wal()
            migrations.apply(self.db)
        except sqlite3.DatabaseError as exc:
            raise ArchiveError(f"{self.path}: cannot open the archive: {exc}") from exc

    @property
    def conn(self) -> sqlite3.Connection:
        return self.db.conn

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """A write transaction that takes the lock up front (BEGIN IMMEDIATE); nested calls join it."""
        if self.conn.in_transaction:
            yield self.conn
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.rollback()
            raise
        else:
            self.conn.commit()

    def one(self, sql: str, params: Any = ()) -> dict[str, Any] | None:
        """The first row as a dict (None when there is none)."""
        cur = self.conn.execute(sql, params)
        row = cur.fetchone()
        return None if row is None else dict(zip([c[0] for c in cur.description], row, strict=True))

    def all(self, sql: str, params: Any = ()) -> list[dict[str, Any]]:
        """Every row as a dict."""
        cur = self.conn.execute(sql, params)
        names = [c[0] for c in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]

    def scalar(self, sql: str, params: Any = ()) -> Any:
        """The first column of the first row (None when there is no row)."""
        row = self.conn.execute(sql, params).fetchone()
        return None if row is None else row[0]
