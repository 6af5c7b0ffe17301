"""The backfill job: discover a story's past coverage, then read each candidate's history, resumably.

One job per (watch, first day, last day), a row with its cursor (monitor/archive/backfill.py). Discovery
runs the planned tasks in order (monitor/collect/backfill/discover.py), saving the candidates and the cursor
together after each. Then each candidate is read: its captures in the range from the archive (distinct
contents only), each fetched raw, extracted and stored as a version dated at its capture, the cursor saved
in the same transaction as the version; a candidate the archive never captured is read from the outlet,
and one the outlet refuses or lost (401, 403, 404, 410, 429, a bot wall) from its newest capture. A
killed job run again continues from its cursor; a finished one run again reads everything again and adds
only what is new. A source that fails (a dead or slow archive, a feed, an outlet) is one error in the
job's record and its summary; the job goes on with the others and ends 'partial'.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Protocol

from monitor.archive import backfill as rows
from monitor.archive.db import Archive
from monitor.archive.locks import backfill_lock
from monitor.archive.records import BackfillCandidate, BackfillJob
from monitor.collect.backfill import discover
from monitor.collect.backfill.botwall import bot_wall
from monitor.collect.backfill.cdx import Capture, newest_since
from monitor.collect.backfill.pace import DeadHostError, PoliteFetcher, Politeness
from monitor.collect.backfill.robots import Robots
from monitor.collect.backfill.store import Origin, store_version
from monitor.collect.backfill.wayback import Wayback, archive_layout
from monitor.collect.backfill.windows import DISCOVER, HISTORY, Cursor, after_cursor
from monitor.collect.extract import Page, extract_page
from monitor.collect.fetch.base import Fetched, Fetcher
from monitor.errors import ExtractError, FeedError, FetchError, StorywatchError
from monitor.models import Watch
from monitor.sites import Sites

MIN_TEXT_CHARS = 40  # as the spiders: less main text than this is a navigation or error page
GONE = frozenset({401, 403, 404, 410, 429, 451})
_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_-]+)""", re.IGNORECASE)


class Progress(Protocol):
    """What a terminal shows while a job runs: a phase and its size, then each step done."""

    def start(self, label: str, total: int) -> None: ...

    def advance(self) -> None: ...


@dataclass
class BackfillResult:
    job: BackfillJob
    how: str  # new, resumed, again
    status: str = "running"
    stats: dict[str, int] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)
    alerts: int = 0

    def line(self) -> str:
        s = self.stats
        head = (f"backfill {self.job['watch']} {self.job['day_from']}..{self.job['day_to']} ({self.how}): "
                f"{s.get('candidates', 0)} candidates, {s.get('captures_listed', 0)} captures listed, "
                f"{s.get('captures_fetched', 0)} fetched, {s.get('outlet_pages', 0)} outlet pages; "
                f"{s.get('articles_new', 0)} new articles, {s.get('versions', 0)} versions, "
                f"{s.get('follow_ups', 0)} follow-ups")
        if self.alerts:
            head += f" ({self.alerts} alerts queued as one digest per subscriber)"
        elif s.get("follow_ups"):
            head += " (backfilled: no alert)"
        errors = f"; {len(self.errors)} source error{'s' if len(self.errors) != 1 else ''}" if self.errors else ""
        return f"{head}{errors}: {self.status}"


def decode_html(fetched: Fetched) -> str:
    """A page's text: the charset its headers or its <meta> name, else UTF-8 (bad bytes replaced)."""
    found = re.search(r"charset=([\w-]+)", fetched.headers.get("content-type", ""), re.IGNORECASE)
    charset = found.group(1) if found else None
    if charset is None and (meta := _CHARSET.search(fetched.body[:4096])) is not None:
        charset = meta.group(1).decode("ascii")
    try:
        return fetched.body.decode(charset or "utf-8", "replace")
    except LookupError:
        return fetched.body.decode("utf-8", "replace")


class _Job:
    """One run of a job (built by `run_backfill`)."""

    def __init__(self, archive: Archive, job: BackfillJob, watch: Watch, watches: list[Watch], sites: Sites,
                 wayback: Wayback, http: PoliteFetcher, clock: Callable[[], datetime], progress: Progress | None):
        self.archive = archive
        self.job = job
        self.watch = watch
        self.watches = watches
        self.sites = sites
        self.wayback = wayback
        self.http = http
        self.clock = clock
        self.progress = progress
        self.robots = Robots(http)
        self.start = date.fromisoformat(job["day_from"])
        self.end = date.fromisoformat(job["day_to"])
        self.cursor = Cursor.from_json(job["cursor"])
        self.stats: dict[str, int] = json.loads(job["stats"] or "{}")
        self.errors: dict[str, str] = json.loads(job["errors"] or "{}")

    def count(self, key: str, n: int = 1) -> None:
        self.stats[key] = self.stats.get(key, 0) + n

    def error(self, source: str, exc: BaseException) -> None:
        """A source's failure: recorded once per source; the job goes on."""
        message = str(exc) or type(exc).__name__
        if rows.record_error(self.archive, self.job["id"], source, message, self.clock()):
            self.errors[source] = message

    def save(self, cursor: Cursor) -> None:
        """The cursor and the totals, inside the caller's transaction."""
        self.cursor = cursor
        rows.save_progress(self.archive, self.job["id"], cursor.to_json(), self.stats, self.clock())

    @property
    def archive_source(self) -> str:
        return f"archive {self.wayback.address}"

    # -- discovery ----------------------------------------------------------------------------------------

    async def find(self) -> None:
        tasks = discover.plan(self.watch, self.sites, self.start, self.end)
        if self.progress is not None:
            self.progress.start("discovering", max(0, len(tasks) - self.cursor.task))
        while self.cursor.stage == DISCOVER:
            if self.cursor.task >= len(tasks):
                with self.archive.write():
                    self.save(self.cursor.next_task(len(tasks)))
                break
            task = tasks[self.cursor.task]
            found, following = await self._run_task(task)
            with self.archive.write():
                self.count("candidates", rows.add_candidates(self.archive, self.job["id"], [c.row() for c in found]))
                self.save(self.cursor.next_page(following) if following else self.cursor.next_task(len(tasks)))
            if not following and self.progress is not None:
                self.progress.advance()

    async def _run_task(self, task: discover.Task) -> tuple[list[discover.Candidate], str]:
        """The candidates a task finds, and the resume key of its next page ('' when it is done)."""
        try:
            if task.kind == discover.ORIGINS:
                found = [discover.Candidate(o.url, "origin", o.title, o.published.isoformat() if o.published else None)
                         for o in self.watch.origins]
                found += [discover.Candidate(link, "tracked") for link in rows.tracked_links(self.archive,
                                                                                             self.watch.name)]
                return found, ""
            if task.kind == discover.NEWS_SEARCH:
                return await discover.news_search(self.http, task, self.watch), ""
            if task.kind == discover.SITEMAP:
                return await discover.archive_sitemaps(self.http, task, self.watch), ""
            found, key = await discover.site_index(self.wayback, task, self.watch, self.cursor.page)
            return found, key
        except (FetchError, FeedError) as exc:
            source = self.archive_source if task.kind == discover.CDX_PREFIX else task.source
            self.error(source, exc)
            return [], ""

    # -- history ------------------------------------------------------------------------------------------

    async def history(self) -> None:
        todo = rows.candidates_from(self.archive, self.job["id"], self.cursor.candidate)
        if self.progress is not None:
            self.progress.start("reading", len(todo))
        for candidate in todo:
            outcome = await self._read(candidate)
            with self.archive.write():
                rows.set_outcome(self.archive, self.job["id"], candidate["seq"], outcome)
                self.save(self.cursor.next_candidate(candidate["seq"]))
            if self.progress is not None:
                self.progress.advance()
        with self.archive.write():
            self.save(self.cursor.done())

    async def _read(self, candidate: BackfillCandidate) -> str:
        url = candidate["url"]
        try:
            captures = await self.wayback.captures(url, self.start, self.end)
        except (FetchError, FeedError) as exc:
            self.error(self.archive_source, exc)
            captures = []
        self.count("captures_listed", len(captures))
        if captures:
            stored = 0
            todo = set(after_cursor([c.timestamp for c in captures], self.cursor.capture))
            for capture in captures:
                if capture.timestamp in todo:
                    stored += await self._capture(candidate, capture)
            return f"{len(captures)} captures, {stored} stored"
        return await self._outlet(candidate)

    async def _capture(self, candidate: BackfillCandidate, capture: Capture) -> int:
        """Fetch, extract and store one capture (the cursor moves past it either way). 1 when stored."""
        page = None
        try:
            fetched = await self.wayback.fetch(capture)
            self.count("captures_fetched")
            page = self._page(fetched, capture.url)
        except DeadHostError as exc:
            self.error(self.archive_source, exc)
        except FetchError as exc:
            self.count("captures_failed")
            if exc.status is None or exc.status in (429, 503):
                self.error(self.archive_source, exc)
        origin = Origin("archive", self.wayback.address, self.wayback.layout.capture_url(capture.timestamp,
                                                                                           capture.url))
        with self.archive.write():
            if page is not None:
                self._store(candidate, page, capture.url, capture.when, origin)
            self.save(self.cursor.stored(capture.timestamp))
        return int(page is not None)

    def _page(self, fetched: Fetched, url: str) -> Page | None:
        """The article in a fetched page, or None (a bot wall, no article, too little text)."""
        html = decode_html(fetched)
        if bot_wall(html):
            self.count("bot_walls")
            return None
        site = self.sites.for_url(url)
        try:
            page = extract_page(html, url, note_selectors=site.note_selectors if site else (),
                                outlet=site.name if site else "")
        except ExtractError:
            self.count("no_article")
            return None
        if len(page.text) < MIN_TEXT_CHARS:
            self.count("no_article")
            return None
        return page

    def _store(self, candidate: BackfillCandidate, page: Page, link: str, when: datetime, origin: Origin) -> None:
        stored = store_version(self.archive, self.watches, page, link=link, when=when, now=self.clock(),
                               origin=origin, job_id=self.job["id"], published=candidate["published"])
        if stored.outcome == "new":
            self.count("articles_new")
        if stored.outcome in ("new", "updated", "past"):
            self.count("versions")
        self.count("follow_ups", len(stored.events))
        self.count("follow_ups_redated", len(stored.redated))

    async def _outlet(self, candidate: BackfillCandidate) -> str:
        """A page the archive never captured in the range: the outlet's page, else its newest capture."""
        url = candidate["url"]
        refused = ""
        try:
            if not await self.robots.allowed(url):
                raise FetchError("robots.txt disallows it", status=403)
            fetched = await self.http.get(url)
            html = decode_html(fetched)
            if (wall := bot_wall(html)) is not None:
                refused = f"bot wall ({wall})"
            else:
                page = self._page(fetched, url)
                if page is None:
                    return "no article"
                self.count("outlet_pages")
                with self.archive.write():
                    self._store(candidate, page, url, self.clock(), Origin("outlet"))
                return "outlet page"
        except DeadHostError as exc:
            self.error(f"outlet {url.split('/')[2] if '//' in url else url}", exc)
            refused = "unreachable"
        except FetchError as exc:
            if exc.status not in GONE:
                self.error(f"outlet {url.split('/')[2] if '//' in url else url}", exc)
                return f"failed: {exc}"
            refused = str(exc) if exc.status == 403 and "robots" in str(exc) else f"HTTP {exc.status}"
        try:
            newest = newest_since(await self.wayback.captures(url), None)
        except (FetchError, FeedError) as exc:
            self.error(self.archive_source, exc)
            return f"{refused}; archive unavailable"
        if newest is None:
            return f"{refused}; never captured"
        self.count("captures_listed")
        return f"{refused}; newest capture: {'stored' if await self._capture(candidate, newest) else 'unusable'}"

    async def run(self) -> str:
        if self.cursor.stage == DISCOVER:
            await self.find()
        if self.cursor.stage == HISTORY:
            await self.history()
        return "partial" if self.errors else "done"


def run_backfill(archive: Archive, watch_name: str, watches: list[Watch], sites: Sites, start: date, end: date, *,
                 alert: bool, fetcher_factory: Callable[[], Fetcher], clock: Callable[[], datetime],
                 politeness: Politeness | None = None, address: str, progress: Progress | None = None
                 ) -> BackfillResult:
    """Run (or resume) the backfill of one watch over [start, end]. One backfill of an archive at a time."""
    watch = next((w for w in watches if w.name == watch_name), None)
    if watch is None:
        raise StorywatchError(f"no watch named {watch_name!r} (watches: {', '.join(w.name for w in watches)})")
    if end < start:
        raise StorywatchError(f"--to {end} is before --from {start}")
    layout = archive_layout(address)
    with backfill_lock(archive.path):
        job, how = rows.open_job(archive, watch.name, start.isoformat(), end.isoformat(), alert=alert, now=clock())
        result = BackfillResult(job, how)

        async def go() -> str:
            async with fetcher_factory() as fetcher:
                http = PoliteFetcher(fetcher, politeness or Politeness())
                runner = _Job(archive, job, watch, watches, sites, Wayback(layout, http), http, clock, progress)
                status = await runner.run()
                result.stats, result.errors = runner.stats, runner.errors
                return status

        result.status = asyncio.run(go())
        with archive.write():
            rows.finish_job(archive, job["id"], result.status, result.stats, clock())
            if job["alert"]:
                result.alerts = rows.enqueue_history(archive, job["id"], sorted(watch.alert_kinds), clock())
        result.job = rows.get_job(archive, job["id"]) or job
    return result

