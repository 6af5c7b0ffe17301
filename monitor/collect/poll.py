"""One poll run: fetch the due feed sources concurrently, parse them on both cores, store them in batches.

The pipeline: fetch tasks (aiohttp or httpx, bounded per host) -> parse jobs in a process pool (feedparser is
CPU-bound; each job also prepares the entries and judges them, see `monitor.collect.prepare`, and returns plain
picklable data) -> one writer task that stores whatever has arrived in one transaction (the archive is written
from that task only). One bad source never stops a run: its error lands on its own row (last_error, consecutive
failures, next check and why) and the others go on. A source the egress policy refuses (monitor/egress.py) is
not retried as a network error: it is disabled with the reason.
"""

from __future__ import annotations

import asyncio
import hashlib
import sqlite3
from collections import Counter
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Protocol

from monitor.archive.db import Archive
from monitor.archive.feedbatch import FeedWrites
from monitor.archive.locks import poll_lock
from monitor.archive.records import SourceRow
from monitor.archive.runs import finish_run, interrupt_runs, start_run
from monitor.archive.sources import (
    REFUSED_REASON,
    due_sources,
    record_source_error,
    record_source_ok,
    record_source_refused,
    sync_seed_sources,
)
from monitor.clock import iso
from monitor.collect.fetch.base import Fetched, Fetcher, retry_after_seconds
from monitor.collect.ingest import ingest_article
from monitor.collect.moves import record_move
from monitor.collect.parse_pool import PARSE_TIMEOUT_S, PARSE_WORKERS, Parsers
from monitor.collect.timing import DEFAULT_DISABLE_AFTER, DUE_SLACK, cache_max_age, plan_after_error, plan_after_ok
from monitor.errors import EgressError, FeedError, FetchError, StorywatchError
from monitor.models import Watch
from monitor.urls import DEFAULT_RULES, UrlRules, remember_canonical

if TYPE_CHECKING:
    from monitor.collect.parsed import Prepared

DISABLE_AFTER = DEFAULT_DISABLE_AFTER
BATCH_SOURCES = 64  # sources stored per transaction at most
BATCH_ENTRIES = 2000  # entries per transaction at most: storing blocks the event loop (~0.2 ms per new entry)
BATCH_LINGER_S = 0.05  # how long the writer waits for more arrivals before committing a batch


@dataclass
class SourceOutcome:
    url: str
    status: str  # 'ok', 'not_modified' or 'failed'
    counts: Counter[str] = field(default_factory=Counter)
    error: str = ""
    warning: str = ""
    next_check: str | None = None
    reason: str = ""
    disabled: bool = False
    moved_to: str = ""  # the source is polled at this address from now on (monitor.collect.moves)


@dataclass
class PollSummary:
    run_id: int
    outcomes: list[SourceOutcome] = field(default_factory=list)
    not_due: int = 0
    parser_processes: int = 0  # started for this run: none when nothing needed parsing

    def totals(self) -> dict[str, int]:
        totals: Counter[str] = Counter()
        for outcome in self.outcomes:
            totals[f"sources_{outcome.status}"] += 1
            totals["sources_disabled"] += outcome.disabled
            totals.update(outcome.counts)
        totals["sources_not_due"] = self.not_due
        totals["parser_processes"] = self.parser_processes
        return dict(totals)

    def line(self) -> str:
        t = self.totals()
        disabled = f" ({t['sources_disabled']} disabled)" if t.get("sources_disabled") else ""
        return (f"polled {len(self.outcomes)} sources: {t.get('sources_ok', 0)} ok, "
                f"{t.get('sources_not_modified', 0)} not modified, {t.get('sources_failed', 0)} failed{disabled}, "
                f"{self.not_due} not due; "
                f"articles: {t.get('new', 0)} new, {t.get('updated', 0)} updated, {t.get('unchanged', 0)} unchanged; "
                f"{t.get('events', 0)} follow-ups")


class Progress(Protocol):
    """What the poller tells an interactive caller (a progress bar): the total, then each finished source."""

    def start(self, total: int) -> None: ...

    def advance(self, outcome: SourceOutcome) -> None: ...


@dataclass
class _Arrival:
    source: SourceRow
    fetched: Fetched | None = None
    prepared: Prepared | None = None
    error: StorywatchError | None = None
    retry_after: float | None = None
    body_hash: str | None = None
    same_body: bool = False  # a 200 with the very bytes stored last time: nothing to parse


def _interval(source: SourceRow) -> timedelta | None:
    seconds = source.get("interval_s")
    return timedelta(seconds=int(seconds)) if seconds else None


def _store_one(archive: Archive, watches: list[Watch], arrival: _Arrival, now: datetime,
               disable_after: int | None) -> SourceOutcome:
    """Write one source's arrival (inside the batch's transaction)."""
    source = arrival.source
    key = source["url"]
    if isinstance(arrival.error, EgressError):
        record_source_refused(archive, source["id"], now, str(arrival.error))
        return SourceOutcome(key, "failed", error=str(arrival.error), reason=REFUSED_REASON, disabled=True)
    if arrival.error is not None:
        failures = int(source["consecutive_failures"]) + 1
        plan = plan_after_error(now, failures, retry_after=arrival.retry_after, key=key)
        status = getattr(arrival.error, "status", None) or (arrival.fetched.status if arrival.fetched else None)
        count = record_source_error(archive, source["id"], now, str(arrival.error), status=status,
                                            next_check=plan.at, reason=plan.reason, disable_after=disable_after)
        disabled = bool(disable_after) and count >= (disable_after or 0)
        return SourceOutcome(key, "failed", error=str(arrival.error), next_check=iso(plan.at), reason=plan.reason,
                             disabled=disabled)
    got = arrival.fetched
    assert got is not None
    max_age = cache_max_age(got.headers.get("cache-control"))
    retry = retry_after_seconds(got.headers.get("retry-after"), now)  # some servers pace readers on a 200 too
    etag, modified = got.headers.get("etag"), got.headers.get("last-modified")
    if got.not_modified or arrival.same_body:
        # A 304, or a server that ignores conditional requests sending the very bytes it sent last time.
        plan = plan_after_ok(now, interval=_interval(source), max_age=max_age, ttl_minutes=source.get("feed_ttl"),
                             retry_after=retry, key=key)
        record_source_ok(archive, source["id"], now, status=304 if got.not_modified else got.status, etag=etag,
                                 last_modified=modified, next_check=plan.at, reason=plan.reason)
        outcome = SourceOutcome(key, "not_modified", next_check=iso(plan.at), reason=plan.reason)
        if arrival.same_body:
            outcome.counts["same_body"] += 1
        _note_move(archive, source, got, now, outcome)
        return outcome
    prepared = arrival.prepared
    assert prepared is not None
    parsed = prepared.feed
    outcome = SourceOutcome(key, "ok", warning=parsed.warning)
    with FeedWrites(archive, prepared.fields, source["id"]) as feed:  # two lookups, one FTS insert per feed
        for fields, assessed in zip(prepared.fields, prepared.assessed, strict=True):
            remember_canonical(fields.url)  # computed by the parser process: matching an update need not redo it
            result = ingest_article(archive, watches, fields, now, source_id=source["id"], assessed=assessed,
                                    feed=feed)
            outcome.counts[result.outcome] += 1
            outcome.counts["events"] += len(result.events)
    if parsed.skipped:
        outcome.counts["skipped_no_link"] += parsed.skipped
    outcome.counts[f"read_by_{parsed.parser}"] += 1
    plan = plan_after_ok(now, interval=_interval(source), max_age=max_age, ttl_minutes=parsed.ttl_minutes,
                         retry_after=retry, key=key)
    record_source_ok(archive, source["id"], now, status=got.status, etag=etag, last_modified=modified,
                             next_check=plan.at, reason=plan.reason, warning=parsed.warning,
                             entries=prepared.entries, ttl=parsed.ttl_minutes, body_hash=arrival.body_hash)
    outcome.next_check, outcome.reason = iso(plan.at), plan.reason
    _note_move(archive, source, got, now, outcome)
    return outcome


def _note_move(archive: Archive, source: SourceRow, got: Fetched, now: datetime,
               outcome: SourceOutcome) -> None:
    """A permanent redirect answered, or one that stopped: see monitor.collect.moves."""
    if got.moved_to or source.get("redirect_to"):
        outcome.moved_to = record_move(archive, source, got.moved_to, now) or ""
        if outcome.moved_to:
            outcome.counts["moved"] += 1


def _store_batch(archive: Archive, watches: list[Watch], batch: list[_Arrival], now: datetime,
                 disable_after: int | None) -> list[SourceOutcome]:
    """Store several sources in one transaction; a source whose writes fail is rolled back to its savepoint
    and recorded as failed, the others commit."""
    outcomes = []
    with archive.write():
        for arrival in batch:
            try:
                with archive.savepoint("source"):
                    outcome = _store_one(archive, watches, arrival, now, disable_after)
            except (StorywatchError, sqlite3.IntegrityError) as exc:
                arrival.error, arrival.prepared = StorywatchError(f"cannot store: {exc}"), None
                with archive.savepoint("source"):
                    outcome = _store_one(archive, watches, arrival, now, disable_after)
            outcomes.append(outcome)
    return outcomes


async def poll_sources(archive: Archive, watches: list[Watch], sources: list[SourceRow], fetcher: Fetcher,
                       clock: Callable[[], datetime], *, concurrency: int = 16,
                       disable_after: int | None = DISABLE_AFTER, parse_workers: int = PARSE_WORKERS,
                       parse_timeout: float = PARSE_TIMEOUT_S, progress: Progress | None = None,
                       fast: bool = True, rules: UrlRules = DEFAULT_RULES, parsers: Parsers | None = None
                       ) -> list[SourceOutcome]:
    """Fetch, parse and store the given sources; returns one outcome per source (`fast`, `rules`: see
    monitor.collect.feeds.parse_feed; `parsers`: the parser processes to use, started on the first body that
    needs parsing, by default a new set, closed at the end either way)."""
    gate = asyncio.Semaphore(concurrency)
    # Sources fetched but not yet stored hold their bodies and entries: bound them, so that a slow writer
    # holds memory to `backlog` feeds however many sources there are.
    backlog = asyncio.Semaphore(max(2 * concurrency, BATCH_SOURCES))
    arrivals: asyncio.Queue[_Arrival] = asyncio.Queue()
    parsers = parsers or Parsers(parse_workers, timeout=parse_timeout, watches=watches, fast=fast, rules=rules)

    async def fetch_and_parse(source: SourceRow) -> None:
        await backlog.acquire()  # released by the writer once this source is stored
        arrival = _Arrival(source)
        try:
            async with gate:
                fetched = await fetcher.fetch(source.get("fetch_url") or source["url"], etag=source["etag"],
                                              last_modified=source["last_modified"])
            arrival.fetched = replace(fetched, body=b"")  # the parsed entries are what is kept
            if not fetched.not_modified:
                arrival.body_hash = hashlib.sha256(fetched.body).hexdigest()
                arrival.same_body = arrival.body_hash == source.get("body_hash")
            if not fetched.not_modified and not arrival.same_body:
                arrival.prepared = await parsers.parse(
                    fetched.body, fetched.url, fetched.headers.get("content-type", ""),
                    outlet=source["outlet"] or "", name=source["name"] or "")
        except FetchError as exc:
            arrival.error, arrival.retry_after = exc, exc.retry_after
        except FeedError as exc:
            arrival.error = exc
        except Exception as exc:  # noqa: BLE001 - a bug on one document is that source's error, not the run's
            arrival.error = StorywatchError(f"unexpected error: {type(exc).__name__}: {exc}")
        arrivals.put_nowait(arrival)

    tasks = [asyncio.create_task(fetch_and_parse(s)) for s in sources]
    outcomes: list[SourceOutcome] = []
    try:
        loop = asyncio.get_running_loop()
        while len(outcomes) < len(sources):
            batch = [await arrivals.get()]
            # Linger a moment for more: every commit syncs the WAL, so fewer, larger transactions are faster.
            deadline = loop.time() + BATCH_LINGER_S
            entries = batch[0].prepared.entries if batch[0].prepared else 0
            while (len(batch) < BATCH_SOURCES and entries < BATCH_ENTRIES
                   and len(outcomes) + len(batch) < len(sources)):
                if not arrivals.empty():
                    batch.append(arrivals.get_nowait())
                    entries += batch[-1].prepared.entries if batch[-1].prepared else 0
                    continue
                remaining = deadline - loop.time()
                if remaining <= 0:
                    break
                try:
                    batch.append(await asyncio.wait_for(arrivals.get(), remaining))
                except TimeoutError:
                    break
                entries += batch[-1].prepared.entries if batch[-1].prepared else 0
            # In a thread: sqlite3 lets go of the GIL while SQLite works (inserts, FTS5 indexing), so the event
            # loop goes on fetching and feeding the parsers meanwhile. Only this thread touches the archive
            # until it returns.
            stored = await asyncio.to_thread(_store_batch, archive, watches, batch, clock(), disable_after)
            for _ in batch:
                backlog.release()
            outcomes.extend(stored)
            if progress is not None:
                for outcome in stored:
                    progress.advance(outcome)
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        parsers.close()
    return outcomes


def poll(archive: Archive, watches: list[Watch], fetcher_factory: Callable[[], Fetcher],
         clock: Callable[[], datetime], *, concurrency: int = 16, parse_workers: int = PARSE_WORKERS,
         disable_after: int | None = DISABLE_AFTER, include_not_due: bool = False,
         parse_timeout: float = PARSE_TIMEOUT_S, progress: Progress | None = None, fast: bool = True,
         rules: UrlRules = DEFAULT_RULES) -> PollSummary:
    """Poll the enabled feed sources that are due (all of them with `include_not_due`) and record the run.
    One poll of an archive at a time: raises LockedError while another process polls it (monitor/archive/locks.py)."""
    with nullcontext() if archive.path == ":memory:" else poll_lock(archive.path):
        # Holding the lock, no other poll runs: a run still marked running was cut short (a killed process).
        interrupt_runs(archive, "poll", clock())
        sync_seed_sources(archive, watches, clock())
        sources, not_due = due_sources(archive, clock(), type="rss", include_not_due=include_not_due,
                                               slack=DUE_SLACK)
        run_id = start_run(archive, "poll", clock())
        summary = PollSummary(run_id, not_due=not_due)
        if progress is not None:
            progress.start(len(sources))

        parsers = Parsers(parse_workers, timeout=parse_timeout, watches=watches, fast=fast, rules=rules)
        # A source never fetched answers with a body to parse; one that keeps failing most likely fails again.
        if any(not (s["etag"] or s["last_modified"] or s.get("body_hash") or s["consecutive_failures"])
               for s in sources):
            parsers.expect_bodies()

        async def go() -> list[SourceOutcome]:
            async with fetcher_factory() as fetcher:
                return await poll_sources(archive, watches, sources, fetcher, clock, concurrency=concurrency,
                                          disable_after=disable_after, progress=progress, parsers=parsers)

        try:
            summary.outcomes = asyncio.run(go()) if sources else []
            summary.parser_processes = parsers.started
        except BaseException as exc:
            finish_run(archive, run_id, clock(), status="failed", stats=summary.totals(), error=repr(exc))
            raise
        failed = sum(1 for o in summary.outcomes if o.status == "failed")
        status = "ok" if not failed else ("failed" if failed == len(summary.outcomes) else "partial")
        finish_run(archive, run_id, clock(), status=status, stats=summary.totals())
        return summary
