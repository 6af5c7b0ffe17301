"""The archive's one full-text search, for the CLI (`storywatch search`) and the bot (/search) alike.

Results come best first (FTS5's bm25, a title word weighing more than a body word), or newest first with
`sort="date"`; each carries the follow-up kinds found in the article and a snippet whose matched words sit
between MARK_START and MARK_END (`marked` turns those into whatever the reader shows: `**bold**`, <b>).

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
SORTS = ("relevance", "date")
MARK_START, MARK_END = "\x02", "\x03"  # around each matched word in a snippet (never in stored text)
ELLIPSIS = "\u2026"
SNIPPET_TOKENS = 24
# bm25 weights of the FTS columns (title, summary, body): a word in the title says more about the article.
WEIGHTS = (10.0, 3.0, 1.0)
_NEWEST = "COALESCE(articles.published, articles.first_seen) DESC, articles.id DESC"


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
                    sort: str = "relevance", offset: int = 0, budget: Budget | None = None) -> list[SearchHit]:
    """Articles matching `words` (FTS5) and the filters, best first (`sort="date"`: newest first); with no
    words, the newest articles the filters allow.

    The words may use FTS5 syntax (OR, NOT, "phrases", prefix*); words that are not valid FTS5 are searched
    as plain words instead, so user input never raises a syntax error. With a `budget`, a search that runs past
    it raises SearchTimeout.
    """
    if sort not in SORTS:
        raise QueryError(f"unknown sort {sort!r} (choose from {', '.join(SORTS)})")
    with _within(archive.conn, budget) as spent:
        try:
            return _search(archive, words, filters, limit, sort, offset)
        except (sqlite3.OperationalError, QueryError):
            if budget is not None and spent[0]:
                raise SearchTimeout(f"the search took longer than {budget.seconds:g} s and was stopped: try fewer "
                                    "or more specific words") from None
            raise


def _search(archive: Archive, words: str, filters: Filters, limit: int, sort: str, offset: int) -> list[SearchHit]:
    where, args = filters.sql()
    args = {**args, "limit": limit, "offset": offset}
    if not words.strip():
        if where is None:
            raise QueryError("search needs words or at least one filter (--watch, --outlet, --kind, --since, --until)")
        rows = archive.all(f"SELECT {', '.join(HIT_COLUMNS)}, NULL AS score FROM articles WHERE {where}"
                           f" ORDER BY {_NEWEST} LIMIT :limit OFFSET :offset", args)
        return _finish(archive, rows, {})
    for query in (words, archive.db.quote_fts(words)):
        try:
            return _full_text(archive, query, where, args, sort)
        except sqlite3.OperationalError as exc:
            if query != words or str(exc) == "interrupted":
                raise QueryError(f"cannot search for {words!r}: {exc}") from exc
    return []


def _full_text(archive: Archive, query: str, where: str | None, args: dict[str, Any], sort: str) -> list[SearchHit]:
    """The page of hits in order, then the snippets of those hits only (snippet() is the costly part)."""
    score = f"bm25(articles_fts, {', '.join(str(w) for w in WEIGHTS)})"
    order = "score, articles.id DESC" if sort == "relevance" else _NEWEST
    rows = archive.all(
        f"SELECT {', '.join(f'articles.{c}' for c in HIT_COLUMNS)}, {score} AS score FROM articles_fts"
        " JOIN articles ON articles.id = articles_fts.rowid WHERE articles_fts MATCH :q"
        f"{' AND ' + where if where else ''} ORDER BY {order} LIMIT :limit OFFSET :offset", {**args, "q": query})
    if not rows:
        return []
    # The words in context: from the summary or the body when they are there (the title is shown anyway),
    # else the best column's.
    snippets = {r[0]: next((s for s in r[1:] if s and MARK_START in s), r[-1]) for r in archive.conn.execute(
        "SELECT rowid, snippet(articles_fts, 1, :start, :end, :more, :tokens),"
        " snippet(articles_fts, 2, :start, :end, :more, :tokens), snippet(articles_fts, -1, :start, :end, :more,"
        " :tokens) FROM articles_fts WHERE articles_fts MATCH :q AND rowid IN (SELECT value FROM json_each(:ids))",
        {"q": query, "start": MARK_START, "end": MARK_END, "more": ELLIPSIS, "tokens": SNIPPET_TOKENS,
         "ids": "[" + ",".join(str(r["id"]) for r in rows) + "]"})}
    return _finish(archive, rows, snippets)


def _finish(archive: Archive, rows: list[dict[str, Any]], snippets: dict[int, str]) -> list[SearchHit]:
    """Each hit with its snippet (the summary's start when there were no words) and its follow-up kinds."""
    kinds: dict[int, list[str]] = {}
    if rows:
        for article_id, kind in archive.conn.execute(
                "SELECT article_id, kind FROM events WHERE article_id IN (SELECT value FROM json_each(?))"
                " GROUP BY article_id, kind ORDER BY article_id, min(id)",
                ("[" + ",".join(str(r["id"]) for r in rows) + "]",)):
            kinds.setdefault(article_id, []).append(kind)
    for row in rows:
        row["snippet"] = snippets.get(row["id"]) or _lead(row["summary"])
        row["kinds"] = kinds.get(row["id"], [])
    return cast(list[SearchHit], rows)


def _lead(text: str, words: int = SNIPPET_TOKENS) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + (ELLIPSIS if len(parts) > words else "")


def marked(snippet: str, mark: Callable[[str], str], plain: Callable[[str], str] = lambda s: s) -> str:
    """A snippet for a reader: each matched run through `mark` (`lambda w: f"<b>{escape(w)}</b>"`), the rest
    through `plain` (an escaper); white space folded."""
    out: list[str] = []
    rest = " ".join(snippet.split())
    while rest:
        head, found, tail = rest.partition(MARK_START)
        out.append(plain(head))
        if not found:
            break
        word, _, rest = tail.partition(MARK_END)
        out.append(mark(word))
    return "".join(out)
