"""Crawled pages into the archive: a page becomes an article or a new version (through `ingest_article`),
with its notes and a paragraph diff stored on the version, and tracked articles get a re-visit schedule.

The Scrapy pipeline calls these; no SQL lives in the spiders. Each call is one `BEGIN IMMEDIATE` transaction,
so the version, its diff, its events and their alerts commit together.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import datetime

from monitor.archive import revisits
from monitor.archive.articles import find_article, find_by_link, is_matched, rekey_article, store_notes
from monitor.archive.db import Archive
from monitor.archive.records import ArticleRow
from monitor.clock import iso, parse_iso
from monitor.collect.extract import Page
from monitor.collect.ingest import IngestResult, ingest_article
from monitor.collect.newslinks import is_search_link
from monitor.collect.timing import HORIZON, next_step, next_visit
from monitor.detect.revisions import VersionDiff, diff_versions
from monitor.models import ArticleFields, Watch
from monitor.text import clean_url
from monitor.urls import DEFAULT_RULES, UrlRules, canonical_url, clean_link


@dataclass
class PageResult:
    ingest: IngestResult
    diff: VersionDiff | None = None
    tracked: bool = False


def stored_notes(row: ArticleRow | None) -> list[str]:
    if row is None or not row.get("notes"):
        return []
    notes = json.loads(row["notes"])
    return [str(n) for n in notes] if isinstance(notes, list) else []


def text_without_notes(body: str, notes: list[str]) -> str:
    lines = body.splitlines()
    return "\n".join(lines[len(notes):] if lines[: len(notes)] == notes else lines)


def store_page(archive: Archive, watches: list[Watch], page: Page, *, link: str, now: datetime,
               source_id: int | None = None, etag: str | None = None, last_modified: str | None = None,
               status: int = 200, rules: UrlRules = DEFAULT_RULES) -> PageResult:
    """Ingest an extracted page; store its notes and diff; (re)schedule its visits when it is tracked.
    `link`: the URL fetched (the re-visit schedule's key); `rules`: the sites' tracking parameters."""
    page, link = page.cleaned(), clean_url(link)
    fields = ArticleFields(
        url=canonical_url(page.url or link, rules), link=clean_link(link, rules), title=page.title,
        summary=page.description, body=page.body, outlet=page.outlet, authors=page.byline, language=page.language,
        published=page.published, updated=page.modified,
    )
    notes = list(page.notes)
    with archive.write():
        previous = (find_article(archive, fields.url) or revisits.article_by_link(archive, link)
                    or (find_by_link(archive, link) if is_search_link(link) else None))
        if previous is not None and previous["url"] != fields.url:
            if is_search_link(previous["link"]) and not is_search_link(page.url) and rekey_article(
                    archive, previous["id"], fields.url, page.url):
                # Stored under a news search's link; the crawler reached the publisher: its URL is the key now.
                previous = {**previous, "url": fields.url, "link": page.url}
                link = page.url
            else:
                fields = replace(fields, url=previous["url"])  # the key it was first stored by
        fields = replace(fields, link=link)
        result = ingest_article(archive, watches, fields, now, source_id=source_id, via="page")
        out = PageResult(result)
        if result.outcome != "unchanged":
            diff_json = None
            if previous is not None:
                old_notes = stored_notes(previous)
                out.diff = diff_versions(text_without_notes(previous["body"], old_notes), page.text,
                                         old_notes, notes)
                diff_json = json.dumps(out.diff.as_json(), ensure_ascii=False)
            store_notes(archive, result.article_id, json.dumps(notes, ensure_ascii=False), diff_json)
        visit = revisits.revisit_of(archive, result.article_id)
        if visit is None and is_matched(archive, result.article_id):
            first = previous["first_seen"] if previous is not None else iso(now) or ""
            revisits.start_tracking(archive, result.article_id, link, first_seen=first,
                                    next_visit=next_visit(parse_iso(first) or now, 0, now), now=now, etag=etag,
                                    last_modified=last_modified, status=status)
            out.tracked = True
        elif visit is not None:
            changed = result.outcome == "updated"
            step = next_step(int(visit["step"]), changed=changed)
            revisits.record_visit(archive, result.article_id, link=link, step=step, now=now, status=status,
                                  next_visit=next_visit(parse_iso(visit["first_seen"]) or now, step, now),
                                  changed=changed, etag=etag, last_modified=last_modified)
            out.tracked = True
    return out


def record_visit(archive: Archive, link: str, now: datetime, *, status: int | None, error: str | None = None,
                 retry_after: float | None = None, etag: str | None = None,
                 last_modified: str | None = None) -> bool:
    """A visit that stored nothing: 304 Not Modified (no error) or a failure (with its reason).

    Moves the schedule on (a failure waits at least Retry-After). False when `link` is not tracked.
    """
    link = clean_url(link)
    with archive.write():
        visit = revisits.revisit_by_link(archive, link)
        if visit is None:
            return _first_visit_failed(archive, link, now, status=status, error=error, retry_after=retry_after)
        step = next_step(int(visit["step"]), changed=False)
        when = next_visit(parse_iso(visit["first_seen"]) or now, step, now, retry_after=retry_after)
        revisits.record_visit(archive, visit["article_id"], next_visit=when, step=step, now=now, status=status,
                              etag=etag, last_modified=last_modified, error=error, keep_validators=True)
    return True


def _first_visit_failed(archive: Archive, link: str, now: datetime, *, status: int | None, error: str | None,
                        retry_after: float | None) -> bool:
    """A matched article's first fetch failed: it is tracked from now on, so the re-visit schedule tries again
    later (not every crawl at once). False when no matched article has this link."""
    row = revisits.matched_by_link(archive, link)
    if row is None or error is None:
        return False
    first = parse_iso(row["first_seen"]) or now
    revisits.start_tracking(archive, int(row["id"]), link, first_seen=row["first_seen"],
                            next_visit=next_visit(first, 0, now, retry_after=retry_after), now=now, etag=None,
                            last_modified=None, status=status, error=error)
    return True


def refuse_page(archive: Archive, link: str, now: datetime, error: str) -> bool:
    """The egress policy refused `link` (monitor/egress.py): not a network error, so it is not visited again;
    its article keeps the reason. False when no article has that link (a sitemap entry, say)."""
    link = clean_url(link)
    with archive.write():
        return revisits.stop_visiting(archive, link, now, error)


def untracked(archive: Archive, watches: list[Watch], now: datetime, *, limit: int = 500) -> list[str]:
    """Pages to fetch for the first time: the watches' origin articles, then matched coverage (from feeds,
    say) first seen within the re-visit horizon, that have no re-visit schedule yet."""
    origins = [origin.url for watch in watches for origin in watch.origins]
    return revisits.untracked(archive, origins, seen_since=now - HORIZON, limit=limit)


# A body shorter than this is a headline, a teaser or a summary, not the article: its page is worth fetching.
FULL_TEXT_CHARS = 400


def without_text(archive: Archive, now: datetime, *, limit: int = 200) -> list[str]:
    """Matched articles (within the re-visit horizon) that arrived without their full text, never fetched yet:
    the article spider fetches their pages so the follow-ups in the text are found."""
    return revisits.without_text(archive, seen_since=now - HORIZON, max_body=FULL_TEXT_CHARS, limit=limit)
