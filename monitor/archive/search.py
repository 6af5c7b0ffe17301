"""The archive's one full-text search, for the CLI (`storywatch search`) and the bot (/search) alike.

A search may be given a time budget: SQLite calls a progress handler every few thousand instructions, and the
handler stops the statement once the budget is spent, so a query written to be slow (hundreds of terms, a
prefix on every one) costs at most the budget, whatever the archive's size.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, cast

from monitor.archive.db import Archive
from monitor.archive.records import SearchHit
from monitor.errors import QueryError, SearchTimeout

HIT_COLUMNS = ["id", "url", "link", "title", "outlet", "published", "first_seen", "summary"]


@dataclass(frozen=True)
class Filters:
    """What a search narrows by. Dates are inclusive days, compared with the published date (or the
    first-seen date when the outlet gave none)."""

    watch: str | None = None
    outlet: str | None = None
    kind: str | None = None
    since: date | None = None
    until: date | None = None

    def sql(self) -> tuple[str | None, dict[str, Any]]:
        clauses: list[str] = []
        args: dict[str, Any] = {}
        if self.watch:
            clauses.append("articles.id IN (SELECT article_id FROM matches WHERE watch = :watch)")
            args["watch"] = self.watch
        if self.outlet:
            clauses.append("lower(articles.outlet) = lower(:outlet)")
            args["outlet"] = self.outlet
        if self.kind:
            scope = " AND watch = :watch" if self.watch else ""
            clauses.append(f"articles.id IN (SELECT article_id FROM events WHERE kind = :kind{scope})")
            args["kind"] = self.kind
        if self.since:
            clauses.append("COALESCE(articles.published, articles.first_seen) >= :since")
            args["since"] = self.since.isoformat()
        if self.until:
            clauses.append("COALESCE(articles.published, articles.first_seen) < :until")
            args["until"] = (self.until + timedelta(days=1)).isoformat()
        return (" AND ".join(clauses) or None), args


@dataclass(frozen=True)
class Budget:
    """How long one search may run. `clock` is a monotonic clock in seconds (time is passed in); SQLite asks
    it every `every` virtual-machine instructions."""

    seconds: float
    clock: Callable[[], float] = time.monotonic
    every: int = 10_000


@contextmanager
def _within(conn: sqlite3.Connection, budget: Budget | None) -> Iterator[list[bool]]:
    """Stop the connection's statements once `budget` is spent; yields [whether it was]."""
    spent = [False]
    if budget is None:
        yield spent
        return
    deadline = budget.clock() + budget.seconds

    def check() -> int:
        if budget.clock() >= deadline:
            spent[0] = True
            return 1  # SQLite interrupts the statement: OperationalError("interrupted")
        return 0

    conn.set_progress_handler(check, budget.every)
    try:
        yield spent
    finally:
        conn.set_progress_handler(None, budget.every)


def search_articles(archive: Archive, words: str, filters: Filters = Filters(), *, limit: int = 20,
                    budget: Budget | None = None) -> list[SearchHit]:
    """Articles matching `words` (FTS5, best first) and the filters; with no words, the newest first.

    The words may use FTS5 syntax (OR, NOT, "phrases", prefix*); words that are not valid FTS5 are searched
    as plain words instead, so user input never raises a syntax error. With a `budget`, a search that runs past
    it raises SearchTimeout.
    """
    with _within(archive.conn, budget) as spent:
        try:
            return _search(archive, words, filters, limit)
        except (sqlite3.OperationalError, QueryError):
            if budget is not None and spent[0]:
                raise SearchTimeout(f"the search took longer than {budget.seconds:g} s and was stopped: try fewer "
                                    "or more specific words") from None
            raise


def _search(archive: Archive, words: str, filters: Filters, limit: int) -> list[SearchHit]:
    where, args = filters.sql()
    if not words.strip():
        if where is None:
            raise QueryError("search needs words or at least one filter (--watch, --outlet, --kind, --since, --until)")
        return cast(list[SearchHit], archive.all(
            f"SELECT {', '.join(HIT_COLUMNS)} FROM articles WHERE {where}"
            " ORDER BY COALESCE(published, first_seen) DESC LIMIT :limit", {**args, "limit": limit}))
    table = archive.db.table("articles")
    for quote in (False, True):
        try:
            return cast(list[SearchHit], list(table.search(words, columns=HIT_COLUMNS, limit=limit, where=where,
                                                           where_args=args or None, quote=quote)))
        except sqlite3.OperationalError as exc:
            if quote or str(exc) == "interrupted":
                raise QueryError(f"cannot search for {words!r}: {exc}") from exc
    return []
