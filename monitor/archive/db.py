"""The archive's connection discipline: one SQLite file that several processes write.

Every connection uses WAL and a busy timeout, and every multi-statement write runs in `Archive.write()`, a
`BEGIN IMMEDIATE` transaction: taking the write lock up front is what lets the busy timeout work (a deferred
transaction that upgrades fails at once). The table groups' reads and writes are functions in the modules
beside this one (sources, articles, events, alerts, ...), each taking the Archive as its first argument.

Before anything is written, the file is identified: storywatch's own archives carry `APPLICATION_ID` in their
header (older ones, a storywatch migrations table), and a new archive is an empty file. Any other SQLite
database is refused as it is (no table created, no switch to WAL), and so is an archive with migrations this
version does not know (made by a newer storywatch).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from monitor.archive.schema import known_migrations, migrations
from monitor.errors import ArchiveError

if TYPE_CHECKING:
    from sqlite_utils import Database

BUSY_TIMEOUT_S = 30.0
MMAP_BYTES = 1 << 32
APPLICATION_ID = int.from_bytes(b"StWa", "big")  # PRAGMA application_id: "a storywatch archive" (file(1) shows it)


_EXPLAINED = (  # an SQLite error's words -> what it means for an archive, and what to do
    (("database or disk is full",), "the disk is full (or the archive reached its size limit): free some space "
                                    "and run the command again; what was committed is kept"),
    (("disk i/o error",), "a disk I/O error (a full disk, a file size limit or a failing drive): what was "
                          "committed is kept"),
    (("readonly database", "read-only"), "the archive is read-only: storywatch writes to it and to its folder (the "
                                         "-wal and -shm files beside it)"),
    (("unable to open database file",), "cannot open the archive file: does its folder exist, and may this user "
                                        "write there?"),
    (("malformed", "corrupt", "fts5", "vtable constructor failed"),
     "the archive is damaged; check it with `sqlite3 ARCHIVE 'PRAGMA integrity_check'`; when only the full-text "
     "index is, rebuild it with `sqlite3 ARCHIVE \"INSERT INTO articles_fts(articles_fts) VALUES('rebuild')\"`"),
    (("file is not a database", "file is encrypted"), "the file is not an SQLite database: give --db a new file or "
                                                      "a storywatch archive"),
    (("database is locked",), "another process kept the archive locked for longer than the busy timeout"),
    (("no such table", "no such column", "has no column"), "the archive's tables are not what this storywatch "
                                                           "expects (changed by hand?)"),
)


def explain(exc: sqlite3.Error) -> str:
    """One line for an SQLite error met on the archive: what it means, then SQLite's own words."""
    said = str(exc)
    for words, meaning in _EXPLAINED:
        if any(w in said.lower() for w in words):
            return f"{meaning} (SQLite: {said})"
    return f"SQLite: {said}"


def identify(conn: sqlite3.Connection, path: str) -> set[str] | None:
    """Whether the file is storywatch's to use: for a storywatch archive the migrations it has applied, None for
    an empty database (a new archive). Raises ArchiveError for another program's database or an archive from a
    newer storywatch. Reads only."""
    app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
    applied = migrations.applied(conn) if app_id in (0, APPLICATION_ID) else set()
    if app_id != APPLICATION_ID and not (app_id == 0 and applied):
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')"
                                             " ORDER BY name").fetchall()]
        if app_id == 0 and not tables:
            return None
        shown = ", ".join(tables[:6]) + (", ..." if len(tables) > 6 else "") if tables else "none"
        raise ArchiveError(f"{path} is an SQLite database that storywatch did not make (application_id {app_id}, "
                           f"tables: {shown}): it was left as it is; give --db a new file or a storywatch archive")
    unknown = sorted(applied - known_migrations())
    if unknown:
        raise ArchiveError(f"{path} was made by a newer storywatch: it has migrations this version does not know "
                           f"({', '.join(unknown[:3])}{', ...' if len(unknown) > 3 else ''}); upgrade storywatch to "
                           "use it")
    return applied


def on_read_only_filesystem(path: Path) -> bool:
    """Whether the file system holding `path` is mounted read-only (a snapshot, a read-only volume)."""
    try:
        return bool(os.statvfs(path).f_flag & os.ST_RDONLY)
    except OSError:
        return False


class Archive:
    """One connection to the archive file. Build it in an entry point; pass it down.

    `Archive(path)` creates the file when missing and applies pending migrations: for the commands that
    collect (init, poll, crawl, run, bot, sources changes). `Archive.for_reading(path)` never writes: for the
    commands that only read (search, timeline, export, status, alerts, listings, serve) and for readers that run
    beside the writers (the bot's searches)."""

    read_only = False
    immutable = False  # opened with immutable=1: the file is on a read-only file system

    @classmethod
    def for_reading(cls, path: str | Path) -> Archive:
        """Open an existing, up-to-date storywatch archive read-only (SQLite `mode=ro`), creating nothing.

        Raises ArchiveError when there is no archive at `path`, when it is another program's database or a newer
        storywatch's, or when it needs migrations. On a read-only file system (where even a reader of a WAL file
        cannot create its -shm) it is opened `immutable=1`."""
        file = Path(path)
        if str(path) == ":memory:" or not file.is_file():
            raise ArchiveError(f"no archive at {path} (run storywatch init or pass --db)")
        archive = cls.__new__(cls)
        archive.path = str(path)
        archive.read_only = True
        archive.immutable = on_read_only_filesystem(file)
        uri = f"file:{quote(str(file.resolve()))}?mode=ro" + ("&immutable=1" if archive.immutable else "")
        conn: sqlite3.Connection | None = None
        try:
            conn = archive.conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S, check_same_thread=False)
            conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
            conn.execute("PRAGMA query_only = ON")
            conn.execute("PRAGMA recursive_triggers = ON")
            conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
            applied = identify(conn, archive.path)
            if applied is None:
                raise ArchiveError(f"no archive at {path} (an empty file; run storywatch init or pass --db)")
            pending = migrations.pending(conn, applied)
        except ArchiveError:
            if conn is not None:
                conn.close()
            raise
        except sqlite3.DatabaseError as exc:
            raise ArchiveError(f"{path}: cannot open the archive: {explain(exc)}") from exc
        if pending:
            conn.close()
            raise ArchiveError(f"{path}: archive needs upgrade: run storywatch init")
        return archive

    def __init__(self, path: str | Path):
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        conn: sqlite3.Connection | None = None
        try:
            # One thread at a time uses an Archive, not always the one that opened it: the poller stores in a
            # worker thread while its event loop goes on fetching (see monitor.collect.poll).
            conn = self.conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, check_same_thread=False)
            conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
            conn.execute("PRAGMA foreign_keys = ON")
            # What sqlite-utils sets on a connection it is given: the same connection with or without it loaded.
            conn.execute("PRAGMA recursive_triggers = ON")
            # Statement journals in memory: an INSERT into articles (its FTS trigger makes it a multi-write
            # statement) inside the poller's per-source savepoint otherwise spills one to a temp file each time.
            conn.execute("PRAGMA temp_store = MEMORY")
            # Pages read straight from the OS's cache of the file, not copied into a cold page cache each time a
            # process starts (every poll from cron does): storing an article in a million-article archive cost
            # 2.5x what it costs in an empty one without it, about the same with it (bench/scale_bench.py).
            # SQLite caps it at its compile-time maximum (2 GiB here).
            conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
            applied = identify(conn, self.path)
            if self.path != ":memory:" and conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                conn.execute("PRAGMA journal_mode = wal")
            migrations.apply(conn, applied=applied or set())  # loads sqlite-utils only when a migration is pending
            if applied is None or int(conn.execute("PRAGMA application_id").fetchone()[0]) != APPLICATION_ID:
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        except ArchiveError:
            if conn is not None:
                conn.close()
            raise
        except sqlite3.DatabaseError as exc:
            raise ArchiveError(f"{self.path}: cannot open the archive: {explain(exc)}") from exc

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

    @contextmanager
    def savepoint(self, name: str = "part") -> Iterator[None]:
        """Inside a write transaction: a part that is rolled back alone when it raises (the rest commits)."""
        self.conn.execute(f"SAVEPOINT {name}")
        try:
            yield
        except BaseException:
            self.conn.execute(f"ROLLBACK TO {name}")
            raise
        finally:
            self.conn.execute(f"RELEASE {name}")

    def relax_sync(self) -> None:
        """synchronous=NORMAL: every commit stays safe from a killed process (in WAL only an OS crash could lose
        the last commits), and each commit is cheaper; for a process that commits many tiny transactions."""
        self.conn.execute("PRAGMA synchronous = NORMAL")

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
