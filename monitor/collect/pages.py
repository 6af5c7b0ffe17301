"""Crawled pages into the archive: a page becomes an article or a new version (through `ingest_article`),
with its notes and a paragraph diff stored on the version, and tracked articles get a re-visit schedule.

The Scrapy pipeline calls these; no SQL lives in the spiders. Each call is one `BEGIN IMMEDIATE` transaction,
so the version, its diff, its events and their alerts commit together.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from monitor.archive.db import Archive, ArticleFields, content_hash
from monitor.clock import iso, parse_iso
from monitor.collect.extract import Page
from monitor.collect.ingest import IngestResult, ingest_article
from monitor.collect.revisit import HORIZON, next_step, next_visit
from monitor.detect.revisions import VersionDiff, diff_versions
from monitor.models import Watch
from monitor.urls import canonical_url


@dataclass
class PageResult:
    ingest: IngestResult
    diff: VersionDiff | None = None
    tracked: bool = False


def _notes(row: dict[str, Any] | None) -> list[str]:
    if row is None or not row.get("notes"):
        return []
    notes = json.loads(row["notes"])
    return [str(n) for n in notes] if isinstance(notes, list) else []


def _text_without_notes(body: str, notes: list[str]) -> str:
    lines = body.splitlines()
    return "\n".join(lines[len(notes):] if lines[: len(notes)] == notes else lines)


def store_page(archive: Archive, watches: list[Watch], page: Page, *, link: str, now: datetime,
               source_id: int | None = None, etag: str | None = None, last_modified: str | None = None,
               status: int = 200) -> PageResult:
    """Ingest an extracted page; store its notes and diff; (re)schedule its visits when it is tracked."""
    fields = ArticleFields(
        url=canonical_url(page.url or link), link=link, title=page.title, summary=page.description, body=page.body,
        outlet=page.outlet, authors=page.byline, language=page.language, published=page.published,
        updated=page.modified,
    )
    notes = list(page.notes)
    with archive.write() as conn:
        previous = archive.find_article(fields.url) or _by_link(archive, link)
        if previous is not None and previous["url"] != fields.url:
            fields = replace(fields, url=previous["url"])  # the key it was first stored by
        result = ingest_article(archive, watches, fields, now, source_id=source_id, via="page")
        out = PageResult(result)
        if result.outcome != "unchanged":
            row = archive.one("SELECT title, summary, body FROM articles WHERE id = ?", (result.article_id,))
            assert row is not None
            digest = content_hash(row["title"], row["summary"], row["body"])
            diff_json = None
            if previous is not None:
                old_notes = _notes(previous)
                out.diff = diff_versions(_text_without_notes(previous["body"], old_notes), page.text,
                                         old_notes, notes)
                diff_json = json.dumps(out.diff.as_json(), ensure_ascii=False)
            conn.execute("UPDATE articles SET notes = ? WHERE id = ?",
                         (json.dumps(notes, ensure_ascii=False), result.article_id))
            conn.execute("UPDATE article_versions SET notes = ?, diff = COALESCE(diff, ?)"
                         " WHERE article_id = ? AND content_hash = ?",
                         (json.dumps(notes, ensure_ascii=False), diff_json, result.article_id, digest))
        matched = archive.one("SELECT 1 AS x FROM matches WHERE article_id = ? LIMIT 1", (result.article_id,))
        visit = archive.one("SELECT * FROM revisits WHERE article_id = ?", (result.article_id,))
        if visit is None and matched is not None:
            first = previous["first_seen"] if previous is not None else iso(now)
            conn.execute(
                "INSERT INTO revisits (article_id, link, first_seen, next_visit, step, visits, etag, last_modified,"
                " last_visit, last_status) VALUES (?, ?, ?, ?, 0, 1, ?, ?, ?, ?)",
                (result.article_id, link, first, iso(next_visit(parse_iso(first) or now, 0, now)), etag,
                 last_modified, iso(now), status),
            )
            out.tracked = True
        elif visit is not None:
            changed = result.outcome == "updated"
            step = next_step(int(visit["step"]), changed=changed)
            first_seen = parse_iso(visit["first_seen"]) or now
            conn.execute(
                "UPDATE revisits SET link = ?, next_visit = ?, step = ?, visits = visits + 1,"
                " changes = changes + ?, etag = ?, last_modified = ?, last_visit = ?, last_status = ?,"
                " last_error = NULL WHERE article_id = ?",
                (link, iso(next_visit(first_seen, step, now)), step, int(changed), etag, last_modified, iso(now),
                 status, result.article_id),
            )
            out.tracked = True
    return out


def _by_link(archive: Archive, link: str) -> dict[str, Any] | None:
    found = archive.one("SELECT article_id FROM revisits WHERE link = ?", (link,))
    if found is None:
        return None
    return archive.one("SELECT * FROM articles WHERE id = ?", (found["article_id"],))


def record_visit(archive: Archive, link: str, now: datetime, *, status: int | None, error: str | None = None,
                 retry_after: float | None = None, etag: str | None = None,
                 last_modified: str | None = None) -> bool:
    """A visit that stored nothing: 304 Not Modified (no error) or a failure (with its reason).

    Moves the schedule on (a failure waits at least Retry-After). False when `link` is not tracked.
    """
    with archive.write() as conn:
        visit = archive.one("SELECT * FROM revisits WHERE link = ?", (link,))
        if visit is None:
            return False
        step = next_step(int(visit["step"]), changed=False)
        first_seen = parse_iso(visit["first_seen"]) or now
        conn.execute(
            "UPDATE revisits SET next_visit = ?, step = ?, visits = visits + 1, etag = COALESCE(?, etag),"
            " last_modified = COALESCE(?, last_modified), last_visit = ?, last_status = ?, last_error = ?"
            " WHERE article_id = ?",
            (iso(next_visit(first_seen, step, now, retry_after=retry_after)), step, etag, last_modified, iso(now),
             status, error[:1000] if error else None, visit["article_id"]),
        )
    return True


def due_revisits(archive: Archive, now: datetime, *, limit: int = 500) -> list[dict[str, Any]]:
    """Tracked articles whose next visit is due, oldest first: link, etag, last_modified."""
    return archive.all(
        "SELECT r.article_id, r.link, r.etag, r.last_modified, a.outlet FROM revisits r"
        " JOIN articles a ON a.id = r.article_id WHERE r.next_visit IS NOT NULL AND r.next_visit <= ?"
        " ORDER BY r.next_visit LIMIT ?",
        (iso(now), limit),
    )


def untracked(archive: Archive, watches: list[Watch], now: datetime, *, limit: int = 500) -> list[str]:
    """Pages to fetch for the first time: the watches' origin articles, then matched coverage (from feeds,
    say) first seen within the re-visit horizon, that have no re-visit schedule yet."""
    missing: list[str] = []
    for watch in watches:
        for origin in watch.origins:
            row = archive.one("SELECT id FROM articles WHERE url = ?", (canonical_url(origin.url),))
            tracked = row is not None and archive.one(
                "SELECT 1 AS x FROM revisits WHERE article_id = ?", (row["id"],)) is not None
            if not tracked and origin.url not in missing:
                missing.append(origin.url)
    rows = archive.all(
        "SELECT DISTINCT a.link FROM articles a JOIN matches m ON m.article_id = a.id"
        " LEFT JOIN revisits r ON r.article_id = a.id WHERE r.article_id IS NULL AND a.first_seen >= ?"
        " AND a.link LIKE 'http%' ORDER BY a.first_seen DESC LIMIT ?",
        (iso(now - HORIZON), limit),
    )
    missing.extend(r["link"] for r in rows if r["link"] not in missing)
    return missing
