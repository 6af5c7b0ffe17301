"""/search off the event loop, so that no search can hold up alerts or other users' commands.

The event loop that answers commands also delivers the outbox; a search written to be slow (hundreds of
prefix terms over a large archive) once held both for most of a minute. Here every search runs in a small
pool of threads, each with its own read-only connection to the archive (SQLite works without the GIL, and a
reader never blocks the bot's writes in WAL), under a time budget that stops the statement
(monitor/archive/search.py), and no more searches run at once than there are threads: one more is told to
wait rather than queued. The handlers add a per-user limit and bounded input (bot/commands.py).
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from monitor.archive.db import Archive
from monitor.archive.records import SearchHit
from monitor.archive.search import Budget, search_articles

WORKERS = 2  # searches at once, all users together: one per core
BUDGET_S = 3.0


class Busy(Exception):
    """Every search thread is taken: the user is asked to try again instead of waiting in a queue."""


class Searcher:
    """Runs searches of one archive file in its own threads; `close()` when the bot stops."""

    def __init__(self, path: str, *, workers: int = WORKERS, budget: float = BUDGET_S,
                 clock: Callable[[], float] = time.monotonic):
        self.path = path
        self.workers = workers
        self.budget = Budget(budget, clock)
        self.running = 0  # read and written on the event loop only
        self._pool = ThreadPoolExecutor(workers, thread_name_prefix="search")
        self._local = threading.local()
        self._opened: list[Archive] = []
        self._lock = threading.Lock()

    def _archive(self) -> Archive:
        archive: Archive | None = getattr(self._local, "archive", None)
        if archive is None:
            archive = self._local.archive = Archive.for_reading(self.path)
            with self._lock:
                self._opened.append(archive)
        return archive

    def _search(self, words: str, limit: int) -> list[SearchHit]:
        return search_articles(self._archive(), words, limit=limit, budget=self.budget)

    async def search(self, words: str, *, limit: int) -> list[SearchHit]:
        """The hits for `words`. Raises Busy, QueryError (SearchTimeout past the budget)."""
        if self.running >= self.workers:
            raise Busy("the archive is busy with other searches")
        self.running += 1
        try:
            return await asyncio.get_running_loop().run_in_executor(self._pool, self._search, words, limit)
        finally:
            self.running -= 1

    def close(self) -> None:
        """Wait for the searches running (each ends within its budget), then close their connections."""
        self._pool.shutdown(wait=True, cancel_futures=True)
        with self._lock:
            for archive in self._opened:
                archive.close()
            self._opened.clear()
