"""`storywatch run`: the long-running service.

An APScheduler BackgroundScheduler fires the poll on an interval and each configured crawl on its cron
schedule; crawls and the bot run as child processes (monitor.service.children). One service per archive: an
exclusive fcntl lock on `<db>.lock`. SIGTERM or Ctrl-C stops the scheduler (waiting for a poll in progress,
whose writes are transactions, to finish), then the children, then releases the lock. The service writes
what it is doing to the archive's `service_state` table, which `storywatch status` reads.

Watches change without a restart: the seeds folder is checked every `[service] watch_check` seconds (and at
once on SIGHUP, which is passed on to the bot); an invalid file is skipped with its error logged, a watch
added or changed gets its sources registered and a poll at once, a removed watch's pending alerts are skipped.
"""

from __future__ import annotations

import logging
import os
import signal
import threading
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO

from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_EXECUTED, EVENT_JOB_MISSED, JobExecutionEvent
from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.interval import IntervalTrigger

from monitor.archive.alerts import skip_watch_alerts
from monitor.archive.channels import has_channels
from monitor.archive.db import Archive
from monitor.archive.locks import service_lock
from monitor.archive.service_state import StateTable
from monitor.archive.sources import sync_seed_sources
from monitor.archive.subscribers import set_console_subscriber
from monitor.clock import iso
from monitor.collect.pages import without_text
from monitor.collect.poll import PollSummary, poll
from monitor.deliver.console import ConsoleSink, deliver_pending
from monitor.egress import ENV as ALLOW_ENV
from monitor.egress import Egress
from monitor.errors import StorywatchError
from monitor.models import Watch
from monitor.seeds import Loaded, WatchFolder
from monitor.service.children import Child, Supervisor
from monitor.service.config import BackfillJob, CrawlSchedule, ServiceConfig, cron_trigger
from monitor.service.logs import fields
from monitor.sites import load_sites

log = logging.getLogger("storywatch.service")
TICK_S = 0.5


def _fill(argv: tuple[str, ...], **values: str) -> list[str]:
    return [part.format(**values) for part in argv]


class Service:
    """Build it in the CLI; `run()` blocks until SIGTERM/SIGINT or `request_stop()`."""

    def __init__(self, db: str | Path, seeds: Path, config: ServiceConfig, *, out: TextIO,
                 clock: Callable[[], datetime], python: str, token: str | None,
                 monotonic: Callable[[], float] = time.monotonic,
                 on_cycle: Callable[[PollSummary], None] | None = None, config_path: str = "",
                 egress: Egress | None = None):
        self.db = str(db)
        # Every fetch, the poll's here and the crawls' in their children, under one policy.
        self.egress = egress if egress is not None else config.egress(os.environ)
        self.seeds = seeds
        self.config = config
        self.out = out
        self.clock = clock
        self.python = python
        self.token = token
        self.on_cycle = on_cycle
        self.config_path = config_path
        self.console = token is None
        self.cycles = 0
        self.folder = WatchFolder(Path(seeds))
        self.loaded = Loaded([])
        self._watch_checked = 0.0
        self._reload = threading.Event()
        self._delivery = threading.Lock()  # the poll and a finished crawl may deliver at once: one at a time
        self._stop = threading.Event()
        self.lock = service_lock(self.db)
        self.state: StateTable | None = None
        self.scheduler: BackgroundScheduler | None = None
        c = config.children
        self.supervisor = Supervisor(clock=monotonic, restart_base=c.restart_base, restart_cap=c.restart_cap,
                                     stable_after=c.stable_after, on_change=self._child_changed)

    # -- jobs -------------------------------------------------------------------------------------------------

    def watches(self) -> list[Watch]:
        """The valid watches as last loaded (see `check_watches`)."""
        return self.loaded.watches

    def check_watches(self, *, force: bool = False) -> bool:
        """Reload the seeds folder when it changed (or `force`): log what changed and each invalid file, register
        new sources, skip a removed watch's pending alerts. True when the set of valid watches changed."""
        if not force and not self.folder.changed():
            return False
        before = {w.name: w for w in self.loaded.watches}
        try:
            loaded = self.folder.current()
        except StorywatchError as exc:  # the folder itself is gone: keep following what was loaded
            log.error("seeds folder unreadable; keeping the watches loaded", extra=fields(error=str(exc)))
            return False
        self.loaded = loaded
        after = {w.name: w for w in loaded.watches}
        added = sorted(set(after) - set(before))
        removed = sorted(set(before) - set(after) - set(loaded.errors))  # a broken file is not a removal
        changed = sorted(n for n in set(after) & set(before) if after[n] != before[n])
        for name, error in loaded.errors.items():
            log.error("watch skipped: invalid file", extra=fields(watch=name, error=error))
        if not (added or removed or changed):
            return False
        with Archive(self.db) as archive:
            sync_seed_sources(archive, loaded.watches, self.clock())
            set_console_subscriber(archive, loaded.watches, self.clock(), active=self.console)
            skipped = skip_watch_alerts(archive, removed, "watch removed") if removed else 0
        log.info("watches reloaded", extra=fields(watches=sorted(after), added=added, removed=removed,
                                                  changed=changed, invalid=sorted(loaded.errors),
                                                  alerts_skipped=skipped))
        return True

    def _watch_tick(self) -> None:
        """Every tick: a SIGHUP, or the folder's check interval, reloads the watches; new ones are polled now."""
        now = time.monotonic()
        hup = self._reload.is_set()
        if not hup and now - self._watch_checked < self.config.service.watch_check:
            return
        self._reload.clear()
        self._watch_checked = now
        if hup:
            self.supervisor.signal("bot", signal.SIGHUP)
        if self.check_watches(force=hup) and self.scheduler is not None and not self._stop.is_set():
            self.scheduler.modify_job("poll", next_run_time=self.clock())

    def poll_cycle(self) -> PollSummary | None:
        """One poll of every enabled feed, then console delivery when no token is set; then the article crawl
        when the poll matched articles that came without their full text."""
        self._put("poll", "job", "running", last_fire=iso(self.clock()))
        try:
            with Archive(self.db) as archive:
                watches = self.watches()
                channels = has_channels(archive)
                set_console_subscriber(archive, watches, self.clock(), active=self.console and not channels)
                settings = self.config.poll
                summary = poll(archive, watches, settings.fetcher_factory(self.egress), self.clock,
                               rules=load_sites(self.seeds).url_rules(), **settings.poll_options())
                with self._delivery:
                    delivered = deliver_pending(archive, ConsoleSink(self.out), self.clock) if self.console else 0
                thin = without_text(archive, self.clock()) if self.config.fetch_text else []
            if channels:
                self.start_deliverer()  # an operator may have added the first channel since the service started
        except StorywatchError as exc:
            log.error("poll failed", extra=fields(error=str(exc)))
            self._put("poll", "job", "failed", detail=str(exc)[:500])
            return None
        self.cycles += 1
        failed = summary.totals().get("sources_failed", 0)
        strict_failure = self.config.service.strict and failed
        (log.error if strict_failure else log.info)(
            "poll finished", extra=fields(run_id=summary.run_id, delivered=delivered, **summary.totals()))
        self._put("poll", "job", "failed" if strict_failure else "idle", detail=summary.line())
        if thin:
            log.info("matched articles came without their text: fetching their pages",
                     extra=fields(articles=len(thin)))
            self.crawl(CrawlSchedule("article", "after polls"))
        if self.on_cycle is not None:
            self.on_cycle(summary)
        return summary

    def crawl(self, crawl: CrawlSchedule) -> None:
        """A crawl's scheduled time: start `storywatch crawl NAME` as a child (unless it is still running)."""
        name = f"crawl:{crawl.name}"
        # The service delivers (or the bot does): the crawl leaves its alerts in the outbox.
        default = ("{python}", "-m", "monitor", "--db", "{db}", "--seeds", "{seeds}",
                   *(("--strict",) if self.config.service.strict else ()), "crawl", "{name}", "--no-deliver")
        argv = _fill(crawl.command or default, python=self.python, db=self.db, seeds=str(self.seeds), name=crawl.name)
        self.supervisor.launch(Child(name, argv, keep_running=False, retries=self.config.children.crawl_retries,
                                     timeout=crawl.timeout or None, env={ALLOW_ENV: self.egress.as_text()}))

    def backfill(self, job: BackfillJob, *, again: bool = False) -> None:
        """A backfill's time: start `storywatch backfill WATCH --from --to` as a child (unless it still runs).
        Once (no cron), a job already done is skipped by the child itself; on a schedule, each run reads the
        range again and adds only what is new. A failed or stopped run continues from its cursor."""
        default = ("{python}", "-m", "monitor", "--db", "{db}", "--seeds", "{seeds}", "backfill", "{watch}", "--from",
                   "{from_day}", "--to", "{to_day}", "--no-deliver", *(("--alert",) if job.alert == "true" else ()),
                   *(() if again else ("--skip-done",)))
        argv = _fill(job.command or default, python=self.python, db=self.db, seeds=str(self.seeds), watch=job.watch,
                     from_day=job.from_day, to_day=job.to_day)
        self.supervisor.launch(Child(job.name, argv, keep_running=False, retries=self.config.children.crawl_retries,
                                     timeout=job.timeout or None))

    def start_bot(self) -> None:
        bot = self.config.bot
        wanted = bot.enabled == "true" or (bot.enabled == "auto" and self.token is not None)
        if not wanted:
            return
        argv = _fill(bot.command or ("{python}", "-m", "monitor", "--db", "{db}", "--seeds", "{seeds}", "bot"),
                     python=self.python, db=self.db, seeds=str(self.seeds))
        self.supervisor.launch(Child("bot", argv, keep_running=True))

    def _tick(self) -> None:
        self.supervisor.tick()
        self._watch_tick()

    def start_deliverer(self) -> None:
        """`storywatch deliver`, the worker of Apprise and webhook channels, as a child (once)."""
        wanted = self.config.deliver.enabled
        if wanted == "false" or self._stop.is_set():
            return
        current = self.supervisor.children.get("deliver")
        if current is not None and current.state in ("running", "backoff"):
            return
        if wanted == "auto":
            with Archive(self.db) as archive:
                if not has_channels(archive):
                    return
        argv = _fill(self.config.deliver.command or ("{python}", "-m", "monitor", "--db", "{db}", "--seeds", "{seeds}",
                                                     "deliver"), python=self.python, db=self.db, seeds=str(self.seeds))
        self.supervisor.launch(Child("deliver", argv, keep_running=True))

    # -- state ------------------------------------------------------------------------------------------------

    def _put(self, name: str, kind: str, state: str, **values: Any) -> None:
        if self.state is not None:
            self.state.put(name, kind, state, **values)

    def _child_changed(self, child: Child) -> None:
        pid = child.proc.pid if child.proc is not None and child.state == "running" else None
        detail = f"restart in {child.next_start - self.supervisor.clock():.1f}s" if child.state == "backoff" and \
            child.next_start else ""
        self._put(child.name, "child", child.state, pid=pid, last_exit=child.last_exit, restarts=child.restarts,
                  detail=detail)
        if self.console and child.name.startswith("crawl:") and child.state in ("done", "failed", "backoff"):
            self._deliver()  # what the crawl found is on the console now, not at the next poll

    def _deliver(self) -> None:
        try:
            with Archive(self.db) as archive, self._delivery:
                deliver_pending(archive, ConsoleSink(self.out), self.clock)
        except StorywatchError as exc:
            log.error("console delivery failed", extra=fields(error=str(exc)))

    def _job_event(self, event: JobExecutionEvent) -> None:
        if event.code == EVENT_JOB_ERROR and event.exception is not None:
            log.error("job raised", extra=fields(job=event.job_id, error=repr(event.exception)))
        elif event.code == EVENT_JOB_MISSED:
            log.warning("job missed its time (the previous run was still going)", extra=fields(job=event.job_id))
        self._record_schedule(event.job_id)

    def _record_schedule(self, job_id: str) -> None:
        # While stopping, the scheduler's shutdown holds its job-store lock waiting for the jobs to end, and
        # get_job() would wait for that lock: a deadlock. The schedule no longer matters then anyway.
        if self.scheduler is None or self.state is None or self._stop.is_set():
            return
        job = self.scheduler.get_job(job_id)
        if job is None or job_id == "supervise":
            return
        self.state.set_next_fire(job_id, job.next_run_time)

    # -- lifecycle --------------------------------------------------------------------------------------------

    def request_stop(self, reason: str = "requested") -> None:
        if not self._stop.is_set():
            log.info("stopping", extra=fields(reason=reason))
        self._stop.set()

    def _signal(self, signum: int, frame: object) -> None:
        if signum == signal.SIGHUP:
            self._reload.set()  # the supervisor's next tick reloads the watches
            return
        self.request_stop(signal.Signals(signum).name)

    def run(self) -> None:
        # Handlers first: a SIGTERM during start-up (migrations, pending delivery) still stops cleanly.
        previous = {s: signal.signal(s, self._signal) for s in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)}
        try:
            self.lock.acquire()
            try:
                self._run()
            finally:
                self.lock.release()
        finally:
            for signum, handler in previous.items():
                signal.signal(signum, handler)

    def _run(self) -> None:
        self.check_watches(force=True)
        with Archive(self.db) as archive:  # migrations, sources and any alerts a previous run left pending
            watches = self.watches()
            sync_seed_sources(archive, watches, self.clock())
            # The console keeps its place when no channel is configured: no token and no Apprise or webhook.
            set_console_subscriber(archive, watches, self.clock(), active=self.console and not has_channels(archive))
            pending = deliver_pending(archive, ConsoleSink(self.out), self.clock) if self.console else 0
        self.state = StateTable(Archive(self.db), self.clock)
        self.state.reset()
        self._put("service", "service", "running", pid=os.getpid(), last_fire=iso(self.clock()),
                  detail=self.config_path or "built-in defaults")
        log.info("service started", extra=fields(pid=os.getpid(), db=self.db, delivered_pending=pending,
                                                  poll_interval_s=self.config.poll.interval,
                                                  crawls=[c.name for c in self.config.crawls()],
                                                  fetch_text=self.config.fetch_text,
                                                  watches=sorted(self.loaded.names),
                                                  delivery="console" if self.console else "telegram"))
        scheduler = BackgroundScheduler(timezone="UTC", executors={"default": ThreadPoolExecutor(4)},
                                        job_defaults={"coalesce": True, "max_instances": 1,
                                                      "misfire_grace_time": None})
        self.scheduler = scheduler
        scheduler.add_listener(self._job_event, EVENT_JOB_EXECUTED | EVENT_JOB_ERROR | EVENT_JOB_MISSED)
        interval = self.config.poll.interval
        self._put("poll", "job", "idle", schedule=f"every {interval:g}s")
        scheduler.add_job(self.poll_cycle, IntervalTrigger(seconds=interval, timezone="UTC"), id="poll",
                          next_run_time=self.clock())
        for crawl in self.config.crawls():
            self._put(f"crawl:{crawl.name}", "child", "idle", schedule=f"cron {crawl.cron}")
            scheduler.add_job(self.crawl, cron_trigger(crawl.cron), args=[crawl], id=f"crawl:{crawl.name}")
        if self.config.fetch_text:
            self._put("crawl:article", "child", "idle", schedule="after polls that match articles without text")
        for job in self.config.backfill:
            self._put(job.name, "child", "idle", schedule=f"cron {job.cron}" if job.cron else "once")
            if job.cron:
                scheduler.add_job(self.backfill, cron_trigger(job.cron), args=[job], kwargs={"again": True},
                                  id=job.name)
            else:
                scheduler.add_job(self.backfill, args=[job], id=job.name, next_run_time=self.clock())
        scheduler.add_job(self._tick, IntervalTrigger(seconds=TICK_S, timezone="UTC"), id="supervise")
        try:
            scheduler.start()
            for job in scheduler.get_jobs():
                self._record_schedule(job.id)
            self.start_bot()
            self.start_deliverer()
            while not self._stop.wait(TICK_S):
                pass
        finally:
            scheduler.shutdown(wait=True)  # a poll in progress finishes: its writes commit
            self.supervisor.stop_all(grace=self.config.children.stop_timeout)
            self._put("service", "service", "stopped", pid=None, detail=f"stopped after {self.cycles} poll cycles")
            self.state.set_next_fire(None, None)
            self.state.close()
            log.info("service stopped cleanly", extra=fields(cycles=self.cycles))
