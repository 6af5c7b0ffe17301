"""Reading the archive for analysts: a story's timeline and follow-ups, one article with its versions, and the
demo's tallies."""

from __future__ import annotations

from typing import Any, cast

from monitor.archive.articles import find_article, get_article
from monitor.archive.db import Archive
from monitor.archive.events import kinds_in
from monitor.archive.records import (
    ArticleFollowUp,
    ArticleMatch,
    ArticleRow,
    CarriedSeen,
    FollowUpRow,
    FollowUpSeen,
    TimelineRow,
    VersionRow,
    VersionSeen,
)
from monitor.errors import QueryError
from monitor.urls import UrlRules, canonical_url, clean_link


def known_watches(archive: Archive) -> list[str]:
    return [r["watch"] for r in archive.all("SELECT DISTINCT watch FROM matches ORDER BY watch")]


def _require_watch(archive: Archive, watch: str) -> None:
    if archive.scalar("SELECT 1 FROM matches WHERE watch = ? LIMIT 1", (watch,)) is None:
        known = ", ".join(known_watches(archive)) or "none yet"
        raise QueryError(f"no article in this archive belongs to the watch {watch!r} (watches here: {known})")


def timeline(archive: Archive, watch: str) -> list[TimelineRow]:
    """The story's thread in order: each article with its versions, the follow-ups found in it, and those it
    carried that another article had brought first.

    Four queries whatever the story's size (its articles, all their versions, all its events), grouped here:
    one query per article made a 10,000-article story cost 20,000 round trips."""
    _require_watch(archive, watch)
    rows = archive.all(
        "SELECT a.id, COALESCE(a.published, a.first_seen) AS date, a.published, a.first_seen, a.outlet, a.title,"
        " COALESCE(NULLIF(a.link, ''), a.url) AS link, a.versions, m.reason FROM matches m"
        " JOIN articles a ON a.id = m.article_id WHERE m.watch = ? ORDER BY date, a.id", (watch,))
    versions: dict[int, list[VersionSeen]] = {}
    # In time order: a version read from a web archive may be older than one stored before it.
    for v in archive.all(
            "SELECT v.article_id, v.seen_at, v.via, v.title, COALESCE(s.source, 'outlet') AS source, s.captured_at,"
            " COALESCE(s.archive, '') AS archive FROM matches m JOIN article_versions v ON v.article_id = m.article_id"
            " LEFT JOIN version_sources s ON s.version_id = v.id WHERE m.watch = ? ORDER BY v.seen_at, v.id",
            (watch,)):
        versions.setdefault(v.pop("article_id"), []).append(cast(VersionSeen, v))
    events: dict[int, list[FollowUpSeen]] = {}
    for e in archive.all(
            "SELECT e.article_id, e.kind, e.actor, e.target, e.evidence, e.confidence, e.detected_at,"
            " b.event_id IS NOT NULL AS backfilled FROM events e LEFT JOIN backfilled_events b ON b.event_id = e.id"
            " WHERE e.watch = ? ORDER BY e.detected_at, e.id", (watch,)):
        events.setdefault(e.pop("article_id"), []).append(cast(FollowUpSeen, e))
    carried: dict[int, list[CarriedSeen]] = {}
    for c in archive.all(
            "SELECT s.article_id, e.kind, e.actor, a.id AS first_id, a.outlet AS first_outlet, s.seen_at FROM events e"
            " JOIN event_sightings s ON s.event_id = e.id AND s.article_id != e.article_id"
            " JOIN articles a ON a.id = e.article_id WHERE e.watch = ? ORDER BY s.seen_at, e.id", (watch,)):
        carried.setdefault(c.pop("article_id"), []).append(cast(CarriedSeen, c))
    for row in rows:
        row["versions_seen"] = versions.get(row["id"], [])
        row["follow_ups"] = events.get(row["id"], [])
        row["carried"] = carried.get(row["id"], [])
    return cast(list[TimelineRow], rows)


def follow_ups(archive: Archive, watch: str, *, kind: str | None = None) -> list[FollowUpRow]:
    """The story's follow-ups (detected events), oldest first, with their articles."""
    _require_watch(archive, watch)
    return cast(list[FollowUpRow], archive.all(
        "SELECT e.id, e.dedup_key, e.watch, e.story, e.kind, e.actor, e.target, e.evidence, e.confidence,"
        " e.detected_at, a.outlet, a.title, COALESCE(NULLIF(a.link, ''), a.url) AS link, a.id AS article_id,"
        " a.published FROM events e JOIN articles a ON a.id = e.article_id"
        " WHERE e.watch = :watch AND (:kind IS NULL OR e.kind = :kind) ORDER BY e.detected_at, e.id",
        {"watch": watch, "kind": kind}))


def article_in_story(archive: Archive, url: str, watch: str, *, other_scheme: str | None = None
                     ) -> dict[str, Any] | None:
    """An article by its key (or the same address over the other scheme) with why it matched the watch (reason
    None: archived, not in the story), the kinds of follow-up found in it for the watch, in order, and the
    follow-ups it carried that another article had already brought (`carried`: kind and that article's outlet)."""
    row = archive.one("SELECT a.id, a.versions, m.reason FROM articles a LEFT JOIN matches m ON m.article_id = a.id"
                      " AND m.watch = ? WHERE a.url IN (?, ?) ORDER BY a.url = ? DESC LIMIT 1",
                      (watch, url, other_scheme or url, url))
    if row is not None:
        row["kinds"] = kinds_in(archive, row["id"], watch)
        row["carried"] = archive.all(
            "SELECT e.kind, a.outlet FROM event_sightings s JOIN events e ON e.id = s.event_id JOIN articles a"
            " ON a.id = e.article_id WHERE s.article_id = ? AND e.article_id != s.article_id AND e.watch = ?"
            " ORDER BY e.id", (row["id"], watch))
    return row


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
    """The watch's articles that raised no alert and carried none (an alert lists the outlets that carried its
    follow-up): outlet and title, oldest first."""
    return archive.all("SELECT a.outlet, a.title FROM matches m JOIN articles a ON a.id = m.article_id"
                       " WHERE m.watch = ? AND NOT EXISTS (SELECT 1 FROM events e JOIN alerts l ON l.event_id = e.id"
                       " WHERE e.article_id = a.id) AND NOT EXISTS (SELECT 1 FROM event_sightings s JOIN alerts l"
                       " ON l.event_id = s.event_id WHERE s.article_id = a.id) ORDER BY a.published", (watch,))


def article_by_ref(archive: Archive, ref: str, rules: UrlRules) -> ArticleRow:
    """An article by its id, or by any URL it was read at (its key over either scheme, its link, a version's
    URL). Raises QueryError when there is none."""
    ref = ref.strip()
    row = get_article(archive, int(ref.lstrip("#"))) if ref.lstrip("#").isdigit() else None
    if row is None and ref.startswith(("http://", "https://")):
        row = find_article(archive, canonical_url(ref, rules))
        if row is None:
            found = archive.scalar("SELECT id FROM articles WHERE link = :link UNION ALL SELECT article_id FROM"
                                   " article_versions WHERE url IN (:link, :raw) LIMIT 1",
                                   {"link": clean_link(ref, rules), "raw": ref})
            row = get_article(archive, int(found)) if found is not None else None
    if row is None:
        raise QueryError(f"no article {ref!r} in this archive (give an id from `search` or `timeline`, or a URL)")
    return row


def article_versions(archive: Archive, article_id: int) -> list[VersionRow]:
    """Every version of an article, oldest first."""
    return cast(list[VersionRow], archive.all(
        "SELECT * FROM article_versions WHERE article_id = ? ORDER BY seen_at, id", (article_id,)))


def article_follow_ups(archive: Archive, article_id: int) -> list[ArticleFollowUp]:
    return cast(list[ArticleFollowUp], archive.all(
        "SELECT id, watch, kind, actor, target, evidence, detected_at, version_id FROM events"
        " WHERE article_id = ? ORDER BY id", (article_id,)))


def article_matches(archive: Archive, article_id: int) -> list[ArticleMatch]:
    return cast(list[ArticleMatch], archive.all(
        "SELECT watch, reason, matched_at FROM matches WHERE article_id = ? ORDER BY watch", (article_id,)))
