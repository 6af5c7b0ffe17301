"""A page read from the past (an archive's capture, or the outlet's page found by a backfill) into the archive.

A capture newer than every version the archive holds goes the ordinary way (`ingest_article`, with the
capture's time as its time): the article's text moves on, the version is dated at the capture, and the
follow-ups it states are dated there too. A capture older than what the archive holds (the story was polled
before its history was read) is put in its place in time: a new version between the two it falls between,
or, when the archive already has that very text, that version dated back to the capture; the follow-ups it
shows are recorded at the capture, or moved back to it when they were known (found later, in a newer copy).

Each call is one transaction. Inside a backfill job (`job_id`) the follow-ups found are marked backfilled
and their alerts withdrawn before the transaction commits, so no alert of history ever reaches the outbox;
outside one (the archive fallback of a refused revisit) they alert as any new version's do.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import datetime

from monitor.archive import backfill as rows
from monitor.archive import revisits
from monitor.archive.articles import content_hash, find_article, get_article, record_match, store_notes
from monitor.archive.db import Archive
from monitor.archive.events import event_key
from monitor.archive.records import ArticleRow, VersionRow
from monitor.clock import iso
from monitor.collect.extract import Page
from monitor.collect.ingest import ingest_article, record_follow_up
from monitor.collect.pages import stored_notes, text_without_notes
from monitor.detect.assess import assess
from monitor.detect.revisions import diff_versions
from monitor.models import ArticleFields, Doc, Watch
from monitor.urls import canonical_url


@dataclass(frozen=True)
class Origin:
    """Where a version was read: the outlet's own page, or an archive's capture of it."""

    kind: str = "outlet"  # 'outlet' or 'archive'
    address: str = ""  # the archive's address
    capture_url: str = ""


@dataclass
class Stored:
    outcome: str  # new, updated, unchanged (newest), past (inserted in time), known (dated back)
    article_id: int
    version_id: int | None = None
    matched: list[str] = field(default_factory=list)
    events: list[int] = field(default_factory=list)  # follow-ups recorded for the first time
    redated: list[int] = field(default_factory=list)  # known follow-ups moved back to this capture


def _doc(url: str, outlet: str, language: str, title: str, summary: str, body: str) -> Doc:
    return Doc(url=url, outlet=outlet, title=title, summary=summary, body=body, language=language)


def _version_doc(article: ArticleRow, version: VersionRow) -> Doc:
    return _doc(article["url"], article["outlet"], article["language"], version["title"], version["summary"],
                version["body"])


def _notes_of(version: VersionRow | None) -> list[str]:
    if version is None:
        return []
    notes = json.loads(version["notes"] or "[]")
    return [str(n) for n in notes] if isinstance(notes, list) else []


def store_version(archive: Archive, watches: list[Watch], page: Page, *, link: str, when: datetime, now: datetime,
                  origin: Origin, job_id: int | None = None, published: str | None = None) -> Stored:
    """Store `page` as the article's text at `when` (a capture's time, or now for the outlet's page)."""
    fields = ArticleFields(
        url=canonical_url(page.url or link), link=link, title=page.title, summary=page.description, body=page.body,
        outlet=page.outlet, authors=page.byline, language=page.language, published=page.published or published,
        updated=page.modified)
    stamp = iso(when) or ""
    with archive.write():
        previous = find_article(archive, fields.url) or revisits.article_by_link(archive, link)
        if previous is not None and previous["url"] != fields.url:
            fields = replace(fields, url=previous["url"])
        latest = rows.latest_version_time(archive, previous["id"]) if previous is not None else None
        via = "archive" if origin.kind == "archive" else "page"
        if previous is None or latest is None or stamp >= latest:
            stored = _append(archive, watches, page, fields, previous, when, via)
        else:
            stored = _insert_past(archive, watches, page, fields, previous, stamp, via)
        if fields.published and stored.outcome != "new":
            rows.set_published(archive, stored.article_id, fields.published)
        if stored.version_id is not None:
            rows.record_source(archive, stored.version_id, stored.article_id, source=origin.kind,
                               address=origin.address, captured_at=stamp if origin.kind == "archive" else None,
                               capture_url=origin.capture_url, job_id=job_id)
        if job_id is not None and stored.events:
            rows.mark_backfilled(archive, stored.events, job_id, now)
    return stored


def _append(archive: Archive, watches: list[Watch], page: Page, fields: ArticleFields, previous: ArticleRow | None,
            when: datetime, via: str) -> Stored:
    """The newest text yet: the ordinary ingest, at the capture's time."""
    result = ingest_article(archive, watches, fields, when, via=via)
    notes = list(page.notes)
    if result.outcome != "unchanged":
        diff_json = None
        if previous is not None:
            old_notes = stored_notes(previous)
            diff = diff_versions(text_without_notes(previous["body"], old_notes), page.text, old_notes, notes)
            diff_json = json.dumps(diff.as_json(), ensure_ascii=False)
        store_notes(archive, result.article_id, json.dumps(notes, ensure_ascii=False), diff_json)
    article = get_article(archive, result.article_id)
    assert article is not None
    version = rows.version_with_hash(archive, result.article_id, article["content_hash"])
    return Stored(result.outcome, result.article_id, version["id"] if version else None, result.matched,
                  result.events)


def _insert_past(archive: Archive, watches: list[Watch], page: Page, fields: ArticleFields, article: ArticleRow,
                 stamp: str, via: str) -> Stored:
    """A text older than the article's newest: inserted (or dated back) in its place, then judged against the
    version it revised."""
    article_id = article["id"]
    digest = content_hash(fields.title, fields.summary, fields.body)
    known = rows.version_with_hash(archive, article_id, digest)
    before = rows.version_before(archive, article_id, stamp)
    notes = list(page.notes)
    if known is not None:
        rows.move_version_back(archive, known["id"], article_id, stamp)
        stored = Stored("known", article_id, known["id"])
    else:
        diff_json = None
        if before is not None:
            old_notes = _notes_of(before)
            diff = diff_versions(text_without_notes(before["body"], old_notes), page.text, old_notes, notes)
            diff_json = json.dumps(diff.as_json(), ensure_ascii=False)
        version_id = rows.insert_past_version(
            archive, article_id, seen_at=stamp, title=fields.title, summary=fields.summary, body=fields.body,
            digest=digest, notes=json.dumps(notes, ensure_ascii=False), diff=diff_json, via=via)
        stored = Stored("past", article_id, version_id)
    doc = _doc(article["url"], article["outlet"] or fields.outlet, article["language"], fields.title, fields.summary,
               fields.body)
    judged = assess(watches, doc, _version_doc(article, before) if before is not None else None)
    when = datetime.fromisoformat(stamp)
    for match in judged.matches:
        record_match(archive, article_id, match.watch, match.reason, when)
        stored.matched.append(match.watch)
    by_name = {w.name: w for w in watches}
    for event in judged.events:
        for name in stored.matched:
            event_id = record_follow_up(archive, by_name[name], article_id, stored.version_id, event, when)
            if event_id is not None:
                stored.events.append(event_id)
            elif stored.version_id is not None:
                moved = rows.redate_event(archive, event_key(name, article_id, event), stamp, stored.version_id)
                if moved is not None:
                    stored.redated.append(moved)
    return stored
