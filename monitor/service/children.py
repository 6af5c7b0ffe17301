"""Child processes of the service (crawls and the bot): start, watch, restart with backoff, stop.

Scrapy's reactor cannot restart in one process and only one process may poll Telegram for a token, so
crawls and the bot run as children. A crashed child is restarted after a backoff that doubles with each
crash (monitor.collect.timing.backoff); a bot that ran for `stable_after` seconds starts again from the first
delay. A crawl that exits 0 is done; one that fails is retried up to `retries` times. Children run in their
own session, so a Ctrl-C at the terminal reaches the service only, which stops them in order.
"""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta

from monitor.clock import backoff
from monitor.service.logs import fields

log = logging.getLogger("storywatch.children")


@dataclass
class Child:
    name: str  # 'bot' or 'crawl:NAME'
    argv: list[str]
    keep_running: bool  # the bot: restart whatever the exit; a crawl: only after a failure
    retries: int = 0  # for a crawl: restarts allowed after failures (per scheduled run)
    timeout: float | None = None  # seconds before a running crawl is stopped
    env: dict[str, str] = field(default_factory=dict)  # set in the child's environment, over the service's own
    proc: subprocess.Popen[bytes] | None = None
    started: float = 0.0
    crashes: int = 0
    restarts: int = 0
    next_start: float | None = None
    last_exit: int | None = None
    state: str = "starting"  # starting, running, backoff, done, failed, stopped
    history: list[str] = field(default_factory=list)


class Supervisor:
    """Owns the children. Thread-safe: the scheduler's jobs call `launch`, its ticker calls `tick`."""

    def __init__(self, *, clock: Callable[[], float], restart_base: float = 5.0, restart_cap: float = 300.0,
                 stable_after: float = 60.0, on_change: Callable[[Child], None] | None = None):
        self.clock = clock
        self.restart_base = restart_base
        self.restart_cap = restart_cap
        self.stable_after = stable_after
        self.on_change = on_change or (lambda child: None)
        self.children: dict[str, Child] = {}
        self._lock = threading.RLock()
        self._stopping = False

    def delay(self, crashes: int) -> float:
        return backoff(crashes, base=timedelta(seconds=self.restart_base),
                       cap=timedelta(seconds=self.restart_cap)).total_seconds()

    def launch(self, child: Child) -> bool:
        """Start a child unless one of that name is alive or waiting to restart; False when skipped."""
        with self._lock:
            if self._stopping:
                return False
            current = self.children.get(child.name)
            if current is not None and current.state in ("running", "backoff"):
                log.warning("child still busy, not started again", extra=fields(child=child.name,
                                                                                state=current.state))
                return False
            self.children[child.name] = child
            self._spawn(child)
            return True

    def _spawn(self, child: Child) -> None:
        try:
            child.proc = subprocess.Popen(child.argv, start_new_session=True, stdin=subprocess.DEVNULL,
                                          env={**os.environ, **child.env} if child.env else None)
        except OSError as exc:
            child.proc = None
            child.last_exit = None
            self._crashed(child, f"cannot start: {exc}")
            return
        child.started = self.clock()
        child.state = "running"
        child.next_start = None
        log.info("child started", extra=fields(child=child.name, pid=child.proc.pid, argv=child.argv))
        self.on_change(child)

    def _crashed(self, child: Child, why: str) -> None:
        child.crashes += 1
        if not child.keep_running and child.crashes > child.retries:
            child.state = "failed"
            log.error("child failed; giving up until its next scheduled run",
                      extra=fields(child=child.name, reason=why, crashes=child.crashes))
        else:
            wait = self.delay(child.crashes)
            child.next_start = self.clock() + wait
            child.state = "backoff"
            log.warning("child crashed; restarting after backoff",
                        extra=fields(child=child.name, reason=why, crashes=child.crashes, restart_in_s=wait))
        self.on_change(child)

    def tick(self) -> None:
        """Reap exited children, restart those due, stop crawls past their timeout."""
        with self._lock:
            now = self.clock()
            for child in list(self.children.values()):
                if child.state == "running" and child.proc is not None:
                    code = child.proc.poll()
                    if code is None:
                        if child.timeout and now - child.started > child.timeout:
                            log.warning("child timed out; stopping it until its next scheduled run",
                                        extra=fields(child=child.name, timeout_s=child.timeout))
                            self._terminate(child, grace=10.0)
                            child.last_exit = child.proc.returncode
                            child.state = "failed"  # a crawl that overran is not retried at once
                            self.on_change(child)
                        continue
                    child.last_exit = code
                    ran = now - child.started
                    if ran >= self.stable_after:
                        child.crashes = 0
                    if code == 0 and not child.keep_running:
                        child.state = "done"
                        log.info("child finished", extra=fields(child=child.name, seconds=round(ran, 2)))
                        self.on_change(child)
                    else:
                        self._crashed(child, f"exited with {code} after {ran:.1f}s")
                elif child.state == "backoff" and child.next_start is not None and now >= child.next_start \
                        and not self._stopping:
                    child.restarts += 1
                    self._spawn(child)

    def _terminate(self, child: Child, *, grace: float) -> None:
        proc = child.proc
        if proc is None or proc.poll() is not None:
            return
        try:
            os.killpg(proc.pid, signal.SIGTERM)
        except ProcessLookupError:
            return
        try:
            proc.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            log.warning("child ignored SIGTERM; killing it", extra=fields(child=child.name, pid=proc.pid))
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()

    def stop_all(self, *, grace: float) -> None:
        """SIGTERM every child (its whole session), wait up to `grace` seconds each, then SIGKILL."""
        with self._lock:
            self._stopping = True
            for child in self.children.values():
                if child.proc is not None and child.proc.poll() is None:
                    self._terminate(child, grace=grace)
                    child.last_exit = child.proc.returncode
                    log.info("child stopped", extra=fields(child=child.name, exit=child.last_exit))
                if child.state in ("running", "backoff", "starting"):
                    child.state = "stopped"
                self.on_change(child)

    def signal(self, name: str, signum: int) -> bool:
        """Send a signal to a running child's process group (SIGHUP: the bot reloads its watches)."""
        with self._lock:
            child = self.children.get(name)
            if child is None or child.proc is None or child.proc.poll() is not None:
                return False
            try:
                os.killpg(child.proc.pid, signum)
            except ProcessLookupError:
                return False
            return True

    def snapshot(self) -> list[Child]:
        with self._lock:
            return list(self.children.values())
