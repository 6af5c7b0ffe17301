"""One poll run: fetch every enabled feed source concurrently, parse, ingest, and record each outcome.

One bad source never stops a run: its error lands on its own row (last_error, consecutive failures, next
check) and the others go on.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from .clock import iso
from .errors import FeedError, FetchError
from .feeds import Fetcher, parse_feed
from .ingest import ingest_article
from .models import Watch
from .schedule import next_check_after_error
from .store import Archive, ArticleFields
from .urls import canonical_url

DISABLE_AFTER = 10


@dataclass
class SourceOutcome:
    url: str
    status: str  # 'ok', 'not_modified' or 'failed'
    counts: Counter[str] = field(default_factory=Counter)
    error: str = ""
    warning: str = ""


@dataclass
class PollSummary:
    run_id: int
    outcomes: list[SourceOutcome] = field(default_factory=list)

    def totals(self) -> dict[str, int]:
        totals: Counter[str] = Counter()
        for outcome in self.outcomes:
            totals[f"sources_{outcome.status}"] += 1
            totals.update(outcome.counts)
        return dict(totals)

    def line(self) -> str:
        t = self.totals()
        return (f"polled {len(self.outcomes)} sources: {t.get('sources_ok', 0)} ok, "
                f"{t.get('sources_not_modified', 0)} not modified, {t.get('sources_failed', 0)} failed; "
                f"articles: {t.get('new', 0)} new, {t.get('updated', 0)} updated, {t.get('unchanged', 0)} unchanged; "
                f"{t.get('events', 0)} follow-ups")


def _store_feed(archive: Archive, watches: list[Watch], source: dict[str, Any], body: bytes, content_type: str,
                now: datetime) -> SourceOutcome:
    parsed = parse_feed(body, url=source["url"], content_type=content_type)
    outcome = SourceOutcome(source["url"], "ok", warning=parsed.warning)
    outlet = source["outlet"] or parsed.title or source["name"]
    with archive.write():
        for entry in parsed.entries:
            fields = ArticleFields(
                url=canonical_url(entry.link), link=entry.link, title=entry.title, summary=entry.summary,
                body=entry.body, guid=entry.guid, outlet=outlet, authors=entry.authors, language=entry.language,
                published=iso(entry.published or entry.updated), updated=iso(entry.updated),
            )
            result = ingest_article(archive, watches, fields, now, source_id=source["id"])
            outcome.counts[result.outcome] += 1
            outcome.counts["events"] += len(result.events)
    return outcome


async def poll_sources(archive: Archive, watches: list[Watch], sources: list[dict[str, Any]], fetcher: Fetcher,
                       clock: Callable[[], datetime], *, concurrency: int = 8,
                       disable_after: int = DISABLE_AFTER) -> list[SourceOutcome]:
    """Fetch the sources concurrently; store each as it arrives (the archive is written from this task only)."""
    gate = asyncio.Semaphore(concurrency)

    async def fetch(source: dict[str, Any]) -> tuple[dict[str, Any], Any]:
        async with gate:
            try:
                return source, await fetcher.fetch(source["url"], etag=source["etag"],
                                                   last_modified=source["last_modified"])
            except FetchError as exc:
                return source, exc

    outcomes = []
    for task in asyncio.as_completed([fetch(s) for s in sources]):
        source, got = await task
        now = clock()
        if isinstance(got, FetchError):
            failures = int(source["consecutive_failures"]) + 1
            archive.record_source_error(source["id"], now, str(got), status=got.status,
                                        next_check=next_check_after_error(now, failures, got.retry_after),
                                        disable_after=disable_after)
            outcomes.append(SourceOutcome(source["url"], "failed", error=str(got)))
            continue
        if got.not_modified:
            archive.record_source_ok(source["id"], now, status=304, etag=got.headers.get("etag"),
                                     last_modified=got.headers.get("last-modified"))
            outcomes.append(SourceOutcome(source["url"], "not_modified"))
            continue
        try:
            outcome = _store_feed(archive, watches, source, got.body, got.headers.get("content-type", ""), now)
        except FeedError as exc:
            failures = int(source["consecutive_failures"]) + 1
            archive.record_source_error(source["id"], now, str(exc), status=got.status,
                                        next_check=next_check_after_error(now, failures),
                                        disable_after=disable_after)
            outcomes.append(SourceOutcome(source["url"], "failed", error=str(exc)))
            continue
        archive.record_source_ok(source["id"], now, status=got.status, etag=got.headers.get("etag"),
                                 last_modified=got.headers.get("last-modified"))
        outcomes.append(outcome)
    return outcomes


def poll(archive: Archive, watches: list[Watch], fetcher_factory: Callable[[], Fetcher],
         clock: Callable[[], datetime], *, concurrency: int = 8) -> PollSummary:
    """Poll every enabled feed source once and record the run."""
    archive.sync_seed_sources(watches, clock())
    sources = archive.sources(type="rss", enabled_only=True)
    run_id = archive.start_run("poll", clock())
    summary = PollSummary(run_id)

    async def go() -> list[SourceOutcome]:
        async with fetcher_factory() as fetcher:
            return await poll_sources(archive, watches, sources, fetcher, clock, concurrency=concurrency)

    try:
        summary.outcomes = asyncio.run(go())
    except BaseException as exc:
        archive.finish_run(run_id, clock(), status="failed", stats=summary.totals(), error=repr(exc))
        raise
    failed = sum(1 for o in summary.outcomes if o.status == "failed")
    status = "ok" if not failed else ("failed" if failed == len(summary.outcomes) else "partial")
    archive.finish_run(run_id, clock(), status=status, stats=summary.totals())
    return summary
