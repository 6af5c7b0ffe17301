"""Reading a story out of the archive for analysts: its timeline, its follow-ups, and the demo's tallies."""

from __future__ import annotations

from typing import Any, cast

from monitor.archive.db import Archive
from monitor.archive.records import FollowUpRow, FollowUpSeen, TimelineRow, VersionSeen
from monitor.errors import QueryError


def known_watches(archive: Archive) -> list[str]:
    return [r["watch"] for r in archive.all("SELECT DISTINCT watch FROM matches ORDER BY watch")]


def _require_watch(archive: Archive, watch: str) -> None:
    if archive.scalar("SELECT 1 FROM matches WHERE watch = ? LIMIT 1", (watch,)) is None:
        known = ", ".join(known_watches(archive)) or "none yet"
        raise QueryError(f"no article in this archive belongs to the watch {watch!r} (watches here: {known})")


def timeline(archive: Archive, watch: str) -> list[TimelineRow]:
    """The story's thread in order: each article with its versions and the follow-ups found in it.

    Three queries whatever the story's size (its articles, all their versions, all its events), grouped here:
    one query per article made a 10,000-article story cost 20,000 round trips."""
    _require_watch(archive, watch)
    rows = archive.all(
        "SELECT a.id, COALESCE(a.published, a.first_seen) AS date, a.published, a.first_seen, a.outlet, a.title,"
        " COALESCE(NULLIF(a.link, ''), a.url) AS link, a.versions, m.reason FROM matches m"
        " JOIN articles a ON a.id = m.article_id WHERE m.watch = ? ORDER BY date, a.id", (watch,))
    versions: dict[int, list[VersionSeen]] = {}
    for v in archive.all("SELECT v.article_id, v.seen_at, v.via, v.title FROM matches m JOIN article_versions v"
                         " ON v.article_id = m.article_id WHERE m.watch = ? ORDER BY v.id", (watch,)):
        versions.setdefault(v.pop("article_id"), []).append(cast(VersionSeen, v))
    events: dict[int, list[FollowUpSeen]] = {}
    for e in archive.all("SELECT article_id, kind, actor, target, evidence, confidence, detected_at FROM events"
                         " WHERE watch = ? ORDER BY id", (watch,)):
        events.setdefault(e.pop("article_id"), []).append(cast(FollowUpSeen, e))
    for row in rows:
        row["versions_seen"] = versions.get(row["id"], [])
        row["follow_ups"] = events.get(row["id"], [])
    return cast(list[TimelineRow], rows)


def follow_ups(archive: Archive, watch: str, *, kind: str | None = None) -> list[FollowUpRow]:
    """The story's follow-ups (detected events), oldest first, with their articles."""
    _require_watch(archive, watch)
    return cast(list[FollowUpRow], archive.all(
        "SELECT e.id, e.dedup_key, e.watch, e.story, e.kind, e.actor, e.target, e.evidence, e.confidence,"
        " e.detected_at, a.outlet, a.title, COALESCE(NULLIF(a.link, ''), a.url) AS link, a.url AS canonical_url,"
        " a.published FROM events e JOIN articles a ON a.id = e.article_id"
        " WHERE e.watch = :watch AND (:kind IS NULL OR e.kind = :kind) ORDER BY e.detected_at, e.id",
        {"watch": watch, "kind": kind}))


def article_in_story(archive: Archive, url: str, watch: str) -> dict[str, Any] | None:
    """An article by canonical URL with why it matched the watch (reason None: archived, not in the story)."""
    return archive.one("SELECT a.id, a.versions, m.reason FROM articles a LEFT JOIN matches m"
                       " ON m.article_id = a.id AND m.watch = ? WHERE a.url = ?", (watch, url))


def story_counts(archive: Archive, watch: str) -> dict[str, int]:
    """Articles and versions archived, and the watch's matches, follow-ups and alerts sent."""
    row = archive.one("SELECT (SELECT count(*) FROM articles) AS articles,"
                      " (SELECT count(*) FROM article_versions) AS versions,"
                      " (SELECT count(*) FROM matches WHERE watch = :w) AS matched,"
                      " (SELECT count(*) FROM events WHERE watch = :w) AS events,"
                      " (SELECT count(*) FROM alerts WHERE status = 'sent') AS sent", {"w": watch})
    assert row is not None
    return {k: int(v) for k, v in row.items()}


def quiet_coverage(archive: Archive, watch: str) -> list[dict[str, Any]]:
    """The watch's articles that raised no alert: outlet and title, oldest first."""
    return archive.all("SELECT a.outlet, a.title FROM matches m JOIN articles a ON a.id = m.article_id"
                       " WHERE m.watch = ? AND NOT EXISTS (SELECT 1 FROM events e JOIN alerts l ON l.event_id = e.id"
                       " WHERE e.article_id = a.id) ORDER BY a.published", (watch,))
