"""The revisits table: tracked articles and when each is fetched again (the schedule itself is computed by
monitor.collect.timing and passed in)."""

from __future__ import annotations

from datetime import datetime
from typing import cast

from monitor.archive.db import Archive
from monitor.archive.records import ArticleRow, DueRevisit, RevisitRow
from monitor.clock import iso
from monitor.urls import canonical_url, other_scheme


def revisit_of(archive: Archive, article_id: int) -> RevisitRow | None:
    return cast(RevisitRow | None, archive.one("SELECT * FROM revisits WHERE article_id = ?", (article_id,)))


def revisit_by_link(archive: Archive, link: str) -> RevisitRow | None:
    return cast(RevisitRow | None, archive.one("SELECT * FROM revisits WHERE link = ?", (link,)))


def matched_by_link(archive: Archive, link: str) -> ArticleRow | None:
    """A matched article fetched at `link` or keyed by it, whether tracked or not."""
    return cast(ArticleRow | None, archive.one(
        "SELECT a.* FROM articles a JOIN matches m ON m.article_id = a.id WHERE a.link = ? OR a.url = ? LIMIT 1",
        (link, canonical_url(link))))


def article_by_link(archive: Archive, link: str) -> ArticleRow | None:
    """The tracked article fetched at `link` (its key may differ: a page that moved, a canonical link)."""
    return cast(ArticleRow | None, archive.one(
        "SELECT a.* FROM revisits r JOIN articles a ON a.id = r.article_id WHERE r.link = ?", (link,)))


def start_tracking(archive: Archive, article_id: int, link: str, *, first_seen: str, next_visit: datetime | None,
                   now: datetime, etag: str | None, last_modified: str | None, status: int | None,
                   error: str | None = None) -> None:
    """A matched article's first visit (`error`: it failed): from now on it is fetched on the re-visit schedule."""
    archive.conn.execute(
        "INSERT INTO revisits (article_id, link, first_seen, next_visit, step, visits, etag, last_modified,"
        " last_visit, last_status, last_error) VALUES (?, ?, ?, ?, 0, 1, ?, ?, ?, ?, ?)",
        (article_id, link, first_seen, iso(next_visit), etag, last_modified, iso(now), status,
         error[:1000] if error else None),
    )


def record_visit(archive: Archive, article_id: int, *, link: str | None = None, next_visit: datetime | None,
                 step: int, now: datetime, status: int | None, changed: bool = False, etag: str | None = None,
                 last_modified: str | None = None, error: str | None = None, keep_validators: bool = False) -> None:
    """A visit's outcome and the next one. `keep_validators`: a visit that stored nothing keeps the known
    ETag and Last-Modified unless it brought new ones."""
    validators = ("etag = COALESCE(?, etag), last_modified = COALESCE(?, last_modified)" if keep_validators
                  else "etag = ?, last_modified = ?")
    archive.conn.execute(
        f"UPDATE revisits SET link = COALESCE(?, link), next_visit = ?, step = ?, visits = visits + 1,"
        f" changes = changes + ?, {validators}, last_visit = ?, last_status = ?, last_error = ? WHERE article_id = ?",
        (link, iso(next_visit), step, int(changed), etag, last_modified, iso(now), status,
         error[:1000] if error else None, article_id),
    )


def stop_visiting(archive: Archive, link: str, now: datetime, error: str) -> bool:
    """No more visits to the article fetched at `link`, with the reason kept (the egress policy refused it).
    An article not tracked yet (matched coverage from a feed) gets a schedule without a next visit, so no crawl
    asks for it again. False when no article has that link."""
    row = archive.one("SELECT article_id AS id FROM revisits WHERE link = ?", (link,)) or archive.one(
        "SELECT id FROM articles WHERE link = ? OR url = ? ORDER BY id LIMIT 1", (link, canonical_url(link)))
    if row is None:
        return False
    archive.conn.execute(
        "INSERT INTO revisits (article_id, link, first_seen, next_visit, last_visit, last_error)"
        " VALUES (?, ?, ?, NULL, ?, ?) ON CONFLICT(article_id) DO UPDATE SET next_visit = NULL,"
        " last_visit = excluded.last_visit, last_status = NULL, last_error = excluded.last_error",
        (row["id"], link, iso(now), iso(now), error[:1000]),
    )
    return True


def due_revisits(archive: Archive, now: datetime, *, limit: int = 500) -> list[DueRevisit]:
    """Tracked articles whose next visit is due, oldest first: link, etag, last_modified."""
    return cast(list[DueRevisit], archive.all(
        "SELECT r.article_id, r.link, r.etag, r.last_modified, a.outlet FROM revisits r"
        " JOIN articles a ON a.id = r.article_id WHERE r.next_visit IS NOT NULL AND r.next_visit <= ?"
        " ORDER BY r.next_visit LIMIT ?",
        (iso(now), limit),
    ))


def untracked(archive: Archive, origins: list[str], *, seen_since: datetime, limit: int = 500) -> list[str]:
    """Pages to fetch for the first time: the given origin articles, then matched coverage (from feeds, say)
    first seen since `seen_since`, that have no re-visit schedule yet."""
    missing: list[str] = []
    for url in origins:
        key = canonical_url(url)
        tracked = archive.scalar("SELECT 1 FROM articles a JOIN revisits r ON r.article_id = a.id"
                                 " WHERE a.url IN (?, ?)", (key, other_scheme(key) or key)) is not None
        if not tracked and url not in missing:
            missing.append(url)
    rows = archive.all(
        "SELECT DISTINCT a.link FROM articles a JOIN matches m ON m.article_id = a.id"
        " LEFT JOIN revisits r ON r.article_id = a.id WHERE r.article_id IS NULL AND a.first_seen >= ?"
        " AND a.link LIKE 'http%' ORDER BY a.first_seen DESC LIMIT ?",
        (iso(seen_since), limit),
    )
    missing.extend(r["link"] for r in rows if r["link"] not in missing)
    return missing


def without_text(archive: Archive, *, seen_since: datetime, max_body: int, limit: int = 200) -> list[str]:
    """Links of matched articles first seen since `seen_since` whose body is shorter than `max_body` characters
    (a headline-only feed item, a teaser) and whose page was never fetched nor tried (no re-visit schedule)."""
    rows = archive.all(
        "SELECT DISTINCT a.link FROM articles a JOIN matches m ON m.article_id = a.id"
        " LEFT JOIN revisits r ON r.article_id = a.id WHERE r.article_id IS NULL AND a.first_seen >= ?"
        " AND length(a.body) < ? AND a.link LIKE 'http%' ORDER BY a.first_seen DESC LIMIT ?",
        (iso(seen_since), max_body, limit))
    return [r["link"] for r in rows]
