"""Reading the archive for analysts: filtered search, a story's timeline, and its follow-ups.

Read-only queries over the archive's tables; the CLI and the exports format what these return.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from monitor.archive.db import Archive
from monitor.errors import QueryError

SEARCH_COLUMNS = ["id", "url", "link", "title", "outlet", "published", "first_seen", "summary"]


@dataclass(frozen=True)
class Filters:
    """What `storywatch search` narrows by. Dates are inclusive days, compared with the published date (or
    the first-seen date when the outlet gave none)."""

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


def search_articles(archive: Archive, words: str, filters: Filters, *, limit: int = 20) -> list[dict[str, Any]]:
    """Articles matching `words` (FTS5, best first) and the filters; with no words, the newest first.

    Words that are not valid FTS5 are searched as plain words, so user input never raises a syntax error.
    """
    where, args = filters.sql()
    if not words.strip():
        if where is None:
            raise QueryError("search needs words or at least one filter (--watch, --outlet, --kind, --since, --until)")
        return archive.all(
            f"SELECT {', '.join(SEARCH_COLUMNS)} FROM articles WHERE {where}"
            " ORDER BY COALESCE(published, first_seen) DESC LIMIT :limit", {**args, "limit": limit})
    table = archive.db.table("articles")
    for quote in (False, True):
        try:
            return list(table.search(words, columns=SEARCH_COLUMNS, limit=limit, where=where,
                                     where_args=args or None, quote=quote))
        except sqlite3.OperationalError as exc:
            if quote:
                raise QueryError(f"cannot search for {words!r}: {exc}") from exc
    return []


def known_watches(archive: Archive) -> list[str]:
    return [r["watch"] for r in archive.all("SELECT DISTINCT watch FROM matches ORDER BY watch")]


def _require_watch(archive: Archive, watch: str) -> None:
    if archive.one("SELECT 1 AS x FROM matches WHERE watch = ? LIMIT 1", (watch,)) is None:
        known = ", ".join(known_watches(archive)) or "none yet"
        raise QueryError(f"no article in this archive belongs to the watch {watch!r} (watches here: {known})")


def timeline(archive: Archive, watch: str) -> list[dict[str, Any]]:
    """The story's thread in order: each article with its versions and the follow-ups found in it."""
    _require_watch(archive, watch)
    rows = archive.all(
        "SELECT a.id, COALESCE(a.published, a.first_seen) AS date, a.published, a.first_seen, a.outlet, a.title,"
        " COALESCE(NULLIF(a.link, ''), a.url) AS link, a.versions, m.reason FROM matches m"
        " JOIN articles a ON a.id = m.article_id WHERE m.watch = ? ORDER BY date, a.id", (watch,))
    for row in rows:
        row["versions_seen"] = archive.all(
            "SELECT seen_at, via, title FROM article_versions WHERE article_id = ? ORDER BY id", (row["id"],))
        row["follow_ups"] = archive.all(
            "SELECT kind, actor, target, evidence, confidence, detected_at FROM events"
            " WHERE article_id = ? AND watch = ? ORDER BY id", (row["id"], watch))
    return rows


def follow_ups(archive: Archive, watch: str, *, kind: str | None = None) -> list[dict[str, Any]]:
    """The story's follow-ups (detected events), oldest first, with their articles."""
    _require_watch(archive, watch)
    return archive.all(
        "SELECT e.id, e.dedup_key, e.watch, e.story, e.kind, e.actor, e.target, e.evidence, e.confidence,"
        " e.detected_at, a.outlet, a.title, COALESCE(NULLIF(a.link, ''), a.url) AS link, a.url AS canonical_url,"
        " a.published FROM events e JOIN articles a ON a.id = e.article_id"
        " WHERE e.watch = :watch AND (:kind IS NULL OR e.kind = :kind) ORDER BY e.detected_at, e.id",
        {"watch": watch, "kind": kind})
