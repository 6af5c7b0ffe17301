"""`storywatch run`: the long-running service.

An APScheduler BackgroundScheduler fires the poll on an interval and each configured crawl on its cron
schedule; crawls and the bot run as child processes (monitor.service.children). One service per archive: an
exclusive fcntl lock on `<db>.lock`. SIGTERM or Ctrl-C stops the scheduler (waiting for a poll in progress,
whose writes are transactions, to finish), then the children, then releases the lock. The service writes
what it is doing to the archive's `service_state` table, which `storywatch status` reads.
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

from monitor.archive.db import Archive
from monitor.archive.locks import service_lock
from monitor.archive.service_state import StateTable
from monitor.archive.sources import sync_seed_sources
from monitor.archive.subscribers import set_console_subscriber
from monitor.clock import iso
from monitor.collect.poll import PollSummary, poll
from monitor.deliver.console import ConsoleSink, deliver_pending
from monitor.egress import ENV as ALLOW_ENV
from monitor.egress import Egress
from monitor.errors import StorywatchError
from monitor.seeds import load_watches
from monitor.service.children import Child, Supervisor
from monitor.service.config import CrawlSchedule, ServiceConfig, cron_trigger
from monitor.service.logs import fields

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
        self._stop = threading.Event()
        self.lock = service_lock(self.db)
        self.state: StateTable | None = None
        self.scheduler: BackgroundScheduler | None = None
        c = config.children
        self.supervisor = Supervisor(clock=monotonic, restart_base=c.restart_base, restart_cap=c.restart_cap,
                                     stable_after=c.stable_after, on_change=self._child_changed)

    # -- jobs -------------------------------------------------------------------------------------------------

    def poll_cycle(self) -> PollSummary | None:
        """One poll of every enabled feed, then console delivery when no token is set."""
        self._put("poll", "job", "running", last_fire=iso(self.clock()))
        try:
            with Archive(self.db) as archive:
                watches = load_watches(self.seeds)
                set_console_subscriber(archive, watches, self.clock(), active=self.console)
                settings = self.config.poll
                summary = poll(archive, watches, settings.fetcher_factory(self.egress), self.clock,
                               **settings.poll_options())
                delivered = deliver_pending(archive, ConsoleSink(self.out), self.clock) if self.console else 0
        except StorywatchError as exc:
            log.error("poll failed", extra=fields(error=str(exc)))
            self._put("poll", "job", "failed", detail=str(exc)[:500])
            return None
        self.cycles += 1
        log.info("poll finished", extra=fields(run_id=summary.run_id, delivered=delivered, **summary.totals()))
        self._put("poll", "job", "idle", detail=summary.line())
        if self.on_cycle is not None:
            self.on_cycle(summary)
        return summary

    def crawl(self, crawl: CrawlSchedule) -> None:
        """A crawl's scheduled time: start `storywatch crawl NAME` as a child (unless it is still running)."""
        name = f"crawl:{crawl.name}"
        # The service delivers (or the bot does): the crawl leaves its alerts in the outbox.
        default = ("{python}", "-m", "monitor", "--db", "{db}", "--seeds", "{seeds}", "crawl", "{name}", "--no-deliver")
        argv = _fill(crawl.command or default, python=self.python, db=self.db, seeds=str(self.seeds), name=crawl.name)
        self.supervisor.launch(Child(name, argv, keep_running=False, retries=self.config.children.crawl_retries,
                                     timeout=crawl.timeout or None, env={ALLOW_ENV: self.egress.as_text()}))

    def start_bot(self) -> None:
        bot = self.config.bot
        wanted = bot.enabled == "true" or (bot.enabled == "auto" and self.token is not None)
        if not wanted:
            return
        argv = _fill(bot.command or ("{python}", "-m", "monitor", "--db", "{db}", "--seeds", "{seeds}", "bot"),
                     python=self.python, db=self.db, seeds=str(self.seeds))
        self.supervisor.launch(Child("bot", argv, keep_running=True))

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
        self.request_stop(signal.Signals(signum).name)

    def run(self) -> None:
        # Handlers first: a SIGTERM during start-up (migrations, pending delivery) still stops cleanly.
        previous = {s: signal.signal(s, self._signal) for s in (signal.SIGTERM, signal.SIGINT)}
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
        with Archive(self.db) as archive:  # migrations, sources and any alerts a previous run left pending
            watches = load_watches(self.seeds)
            sync_seed_sources(archive, watches, self.clock())
            set_console_subscriber(archive, watches, self.clock(), active=self.console)
            pending = deliver_pending(archive, ConsoleSink(self.out), self.clock) if self.console else 0
        self.state = StateTable(Archive(self.db), self.clock)
        self.state.reset()
        self._put("service", "service", "running", pid=os.getpid(), last_fire=iso(self.clock()),
                  detail=self.config_path or "built-in defaults")
        log.info("service started", extra=fields(pid=os.getpid(), db=self.db, delivered_pending=pending,
                                                  poll_interval_s=self.config.poll.interval,
                                                  crawls=[c.name for c in self.config.crawl],
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
        for crawl in self.config.crawl:
            self._put(f"crawl:{crawl.name}", "child", "idle", schedule=f"cron {crawl.cron}")
            scheduler.add_job(self.crawl, cron_trigger(crawl.cron), args=[crawl], id=f"crawl:{crawl.name}")
        scheduler.add_job(self.supervisor.tick, IntervalTrigger(seconds=TICK_S, timezone="UTC"), id="supervise")
        try:
            scheduler.start()
            for job in scheduler.get_jobs():
                self._record_schedule(job.id)
            self.start_bot()
            while not self._stop.wait(TICK_S):
                pass
        finally:
            scheduler.shutdown(wait=True)  # a poll in progress finishes: its writes commit
            self.supervisor.stop_all(grace=self.config.children.stop_timeout)
            self._put("service", "service", "stopped", pid=None, detail=f"stopped after {self.cycles} poll cycles")
            self.state.set_next_fire(None, None)
            self.state.close()
            log.info("service stopped cleanly", extra=fields(cycles=self.cycles))
