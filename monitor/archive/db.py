"""The archive's connection discipline: one SQLite file that several processes write.

Every connection uses WAL and a busy timeout, and every multi-statement write runs in `Archive.write()`, a
`BEGIN IMMEDIATE` transaction: taking the write lock up front is what lets the busy timeout work (a deferred
transaction that upgrades fails at once). The table groups' reads and writes are functions in the modules
beside this one (sources, articles, events, alerts, ...), each taking the Archive as its first argument.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from monitor.archive.schema import migrations
from monitor.errors import StorywatchError

if TYPE_CHECKING:
    from sqlite_utils import Database

BUSY_TIMEOUT_S = 30.0
MMAP_BYTES = 1 << 32


class Archive:
    """One connection to the archive file, migrated on open. Build it in an entry point; pass it down."""

    def __init__(self, path: str | Path):
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        try:
            # One thread at a time uses an Archive, not always the one that opened it: the poller stores in a
            # worker thread while its event loop goes on fetching (see monitor.collect.poll).
            self.conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, check_same_thread=False)
            self.conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
            self.conn.execute("PRAGMA foreign_keys = ON")
            # What sqlite-utils sets on a connection it is given: the same connection with or without it loaded.
            self.conn.execute("PRAGMA recursive_triggers = ON")
            # Statement journals in memory: an INSERT into articles (its FTS trigger makes it a multi-write
            # statement) inside the poller's per-source savepoint otherwise spills one to a temp file each time.
            self.conn.execute("PRAGMA temp_store = MEMORY")
            # Pages read straight from the OS's cache of the file, not copied into a cold page cache each time a
            # process starts (every poll from cron does): storing an article in a million-article archive cost
            # 2.5x what it costs in an empty one without it, about the same with it (bench/scale_bench.py).
            # SQLite caps it at its compile-time maximum (2 GiB here).
            self.conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
            if self.path != ":memory:" and self.conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                self.conn.execute("PRAGMA journal_mode = wal")
            migrations.apply(self.conn)  # loads sqlite-utils only when a migration is pending
        except sqlite3.DatabaseError as exc:
            raise StorywatchError(f"{self.path}: cannot open the archive: {exc}") from exc

    @cached_property
    def db(self) -> Database:
        """sqlite-utils on this connection, for what needs its table helpers (search's quoting); loaded on first
        use, as a poll never needs it."""
        from sqlite_utils import Database

        return Database(self.conn)

    def close(self) -> None:
        self.conn.close()

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
