"""The parser processes: feedparser is CPU-bound, so feeds are parsed in a small process pool, off the event
loop and on every core. A job parses a feed and prepares it for the writer (`monitor.collect.prepare`: article fields,
matching and follow-up detection), returning plain picklable data.

A pathological document can keep feedparser busy for minutes (a few MB of `<a <a <a ...` takes seconds per
MB), so every parse has a time limit: past it the source gets an error and the pool's processes are killed
and replaced. Jobs of other sources caught in that kill are retried once on the fresh pool.

Parser processes die with the poller, even a poller killed with SIGKILL mid-parse. Their parent is the
forkserver, which outlives the poller as long as they do (they hold its "alive" pipe), so the kernel's
parent-death signal alone (set too, for a forkserver that dies) is not enough: each worker also watches the
poller itself through a pidfd and exits the moment it goes.
"""

from __future__ import annotations

import asyncio
import os
import select
import signal
import sys
import threading
from typing import TYPE_CHECKING

from monitor.errors import FeedError
from monitor.models import Watch
from monitor.urls import DEFAULT_RULES, UrlRules

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

    from monitor.collect.parsed import Prepared

PARSE_WORKERS = 2
PARSE_TIMEOUT_S = 60.0
START_METHOD = "forkserver"  # workers are never forked from the (possibly threaded) poller process
# What the forkserver imports before forking the workers: the parsing side. Not every rule compiled: that would
# be about 0.2 s of one core before any worker may start, while a worker's entries compile only the few rules their
# words allow (4 of 775 on the poll bench's dense farm, 66 over every entry of the corpus feeds).
PRELOAD = ("monitor.collect.prepare",)
NICENESS = 5  # the writer is the one stage that cannot use both cores: parsers yield the CPU to it when short


# The parsing side (monitor.collect.prepare: feedparser, lxml, the matcher and the detectors) is imported where the
# parsing happens, in the workers (the forkserver preloads it): the poller itself only sends bodies, and a warm
# run of 304s, which parses nothing, never loads it, nor multiprocessing.

PR_SET_PDEATHSIG = 1  # linux/prctl.h


def _die_with_parent() -> None:
    """Linux: the kernel sends SIGKILL to this process when its parent exits."""
    import ctypes  # here, in the worker: the poller itself never needs it

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        pass


def _watch_poller(pid: int) -> None:
    """Exit this process as soon as the poller `pid` is gone (a daemon thread blocked on the poller's pidfd)."""
    try:
        pidfd = os.pidfd_open(pid)
    except ProcessLookupError:
        os._exit(1)  # gone already
    except (OSError, AttributeError):
        return  # no pidfds here (an old kernel): the parent-death signal and the job pipes remain

    def wait() -> None:
        select.select([pidfd], [], [])  # readable once the process has exited
        os._exit(1)

    threading.Thread(target=wait, name="poller-lifeline", daemon=True).start()


def _start_worker(niceness: int, watches: list[Watch] | None, rules: UrlRules, poller: int = 0) -> None:
    from monitor.collect.prepare import set_watches

    if poller and sys.platform == "linux":
        _die_with_parent()
        _watch_poller(poller)
    if niceness:
        os.nice(niceness)
    set_watches(watches, rules)


def _job(body: bytes, url: str, content_type: str, outlet: str, name: str, fast: bool) -> Prepared | tuple[str, str]:
    from monitor.collect.prepare import prepare_job

    return prepare_job(body, url, content_type, outlet, name, fast)


class Parsers:
    """A process pool started on first use (a warm run of 304s never starts one) and rebuilt when a worker
    dies or overruns; parsing is inline (and unbounded in time) when workers == 0."""

    def __init__(self, workers: int = PARSE_WORKERS, *, timeout: float = PARSE_TIMEOUT_S,
                 start_method: str | None = None, watches: list[Watch] | None = None, fast: bool = True,
                 rules: UrlRules = DEFAULT_RULES):
        self.workers = workers
        self.fast = fast  # plain RSS 2.0 read by monitor.collect.fastrss (False: feedparser reads everything)
        self.watches = watches  # sent once to each worker; None: entries are not judged in the workers
        self.rules = rules  # the sites' tracking parameters, sent once to each worker too
        self.timeout = timeout
        self.start_method = start_method or START_METHOD
        self.pool: ProcessPoolExecutor | None = None
        self.started = 0  # worker processes started so far (a run of 304s starts none)

    def _start(self) -> ProcessPoolExecutor:
        if self.pool is None:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            context = multiprocessing.get_context(self.start_method)
            if self.start_method == "forkserver":
                context.set_forkserver_preload(list(PRELOAD))
            self.pool = ProcessPoolExecutor(self.workers, mp_context=context, initializer=_start_worker,
                                            initargs=(NICENESS, self.watches, self.rules, os.getpid()))
            self.started += self.workers
        return self.pool

    def expect_bodies(self) -> None:
        """Launch the forkserver now, for a run that will parse (a source never fetched cannot answer 304): its
        imports then overlap the poller's own start and first fetches, instead of holding back the first parse (and
        the event loop, which waits in the first job's submission until the server can fork)."""
        if self.workers <= 0 or self.pool is not None or self.start_method != "forkserver":
            return
        import multiprocessing
        from multiprocessing import forkserver

        multiprocessing.get_context("forkserver").set_forkserver_preload(list(PRELOAD))
        forkserver.ensure_running()

    def _kill(self, pool: ProcessPoolExecutor) -> None:
        """Stop a pool now, even mid-parse (shutdown alone waits for a running job to finish)."""
        if self.pool is pool:
            self.pool = None
        processes = list(getattr(pool, "_processes", {}).values())
        pool.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            process.terminate()

    async def parse(self, body: bytes, url: str, content_type: str, *, outlet: str = "",
                    name: str = "") -> Prepared:
        """Parse and prepare in a worker (`outlet` and `name`: the source's, see prepare.feed_outlet).
        Raises FeedError: not a feed, too slow to parse, or a worker that died on it."""
        job = (body, url, content_type, outlet, name, self.fast)
        if self.workers <= 0:
            _start_worker(0, self.watches, self.rules)
            got = _job(*job)
        else:
            got = await self._in_pool(job)
        if isinstance(got, tuple):
            raise FeedError(got[1])
        return got

    async def _in_pool(self, args: tuple[bytes, str, str, str, str, bool]) -> Prepared | tuple[str, str]:
        from concurrent.futures.process import BrokenProcessPool

        body = args[0]
        loop = asyncio.get_running_loop()
        for attempt in (1, 2):
            pool = self._start()
            job = loop.run_in_executor(pool, _job, *args)
            try:
                return await asyncio.wait_for(job, self.timeout)
            except TimeoutError as exc:
                self._kill(pool)
                raise FeedError(f"refused: parsing took longer than {self.timeout:g}s "
                                f"({len(body):,} bytes)") from exc
            except BrokenProcessPool as exc:
                if self.pool is pool:
                    self._kill(pool)
                if attempt == 2:
                    raise FeedError(f"the parser process died on this document: {exc}") from exc
        raise AssertionError("unreachable")

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None
