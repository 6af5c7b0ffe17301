"""A set of migrations applied by sqlite-utils' `Migrations` (the same `_sqlite_migrations` table and names), but
loaded only when one is pending: an up-to-date archive needs one SELECT to say so (monitor/archive/schema.py
registers storywatch's)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

Migration = Callable[["Database"], None]


class MigrationSet:
    """The migrations in registration order, applied by sqlite-utils' `Migrations` (same `_sqlite_migrations`
    table, same names) but handed to it only when one is pending: importing sqlite-utils costs about 0.1 s (it
    loads numpy where installed), a third of a cron poll's start-up, while an archive that is up to date needs
    one SELECT to say so."""

    def __init__(self, name: str):
        self.name = name
        self.registered: list[tuple[str, Migration]] = []

    def __call__(self, *, name: str) -> Callable[[Migration], Migration]:
        def register(fn: Migration) -> Migration:
            self.registered.append((name, fn))
            return fn

        return register

    def pending(self, conn: sqlite3.Connection, applied: set[str] | None = None) -> list[str]:
        """The names not applied to this archive yet, in the order they apply (`applied`: what the caller
        already read of the archive's migrations table, so that opening an archive reads it once)."""
        done = self.applied(conn) if applied is None else applied
        return [name for name, _ in self.registered if name not in done]

    def applied(self, conn: sqlite3.Connection) -> set[str]:
        """The names this archive has applied (none when it has no migrations table)."""
        if not conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlite_migrations'"
                            ).fetchone():
            return set()
        return {row[0] for row in conn.execute("SELECT name FROM _sqlite_migrations WHERE migration_set = ?",
                                               (self.name,))}

    def as_sqlite_utils(self) -> Migrations:
        from sqlite_utils.migrations import Migrations

        found = Migrations(self.name)
        for name, fn in self.registered:
            found(name=name)(fn)
        return found

    def apply(self, conn: sqlite3.Connection | Database, *, stop_before: str | None = None,
              applied: set[str] | None = None) -> None:
        """Apply what is pending, each migration in its own transaction (up to, not including, `stop_before`:
        an archive as an earlier release left it, for tests and benchmarks; `applied` as `pending` takes it)."""
        if isinstance(conn, sqlite3.Connection):
            if not self.pending(conn, applied):
                return  # up to date: sqlite-utils is never imported
            from sqlite_utils import Database as Db

            db = Db(conn)
        else:
            db = conn
        self.as_sqlite_utils().apply(db, stop_before=stop_before)
