"""Politeness for a backfill: one request a second per host by default, 429 and 503 answered by waiting
(the server's Retry-After, else an exponential backoff), and a host that stops answering given up on once.

`retry_wait` is the pure arithmetic; `PoliteFetcher` wraps the poller's Fetcher (every request goes
through it, so the fetch limits and the egress policy apply) and keeps a schedule per host. A host whose
requests fail at the network level (refused, timed out) after the retries is marked dead for the run: each
later request to it fails at once with the first error, so that a dead or slow archive costs one clear
error, not one timeout per capture.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from monitor.collect.fetch.base import Fetched, Fetcher
from monitor.errors import FetchError

RETRYABLE = frozenset({429, 500, 502, 503, 504})
THROTTLED = frozenset({429, 503})


@dataclass(frozen=True)
class Politeness:
    interval: float = 1.0  # seconds between two requests to one host
    retries: int = 3  # further tries of a throttled or failing request (429, 5xx)
    network_retries: int = 1  # further tries of a request that got no answer (refused, timed out)
    backoff_base: float = 2.0  # seconds before the first retry when the server names no wait
    backoff_cap: float = 60.0
    retry_after_max: float = 300.0  # a longer Retry-After gives up on the request (it is an error)


def retry_wait(attempt: int, status: int | None, retry_after: float | None, p: Politeness) -> float | None:
    """Seconds to wait before retry number `attempt` (1, 2, ...) of a request that failed with `status`
    (None: no answer at all), or None to give up: out of retries, a status not worth retrying (404), or a
    Retry-After longer than the most we wait."""
    if attempt > (p.network_retries if status is None else p.retries):
        return None
    if status is not None and status not in RETRYABLE:
        return None
    backoff = min(p.backoff_cap, p.backoff_base * 2 ** (attempt - 1))
    if retry_after is not None and status in THROTTLED:
        if retry_after > p.retry_after_max:
            return None
        return max(retry_after, 0.0)
    return backoff


def host_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{(parts.hostname or '').lower()}:{parts.port or ''}"


@dataclass
class HostStats:
    requests: int = 0
    retries: int = 0
    waited: float = 0.0  # seconds slept for Retry-After and backoff
    dead: str = ""  # the error that ended it


class DeadHostError(FetchError):
    """A host given up on earlier in this run: the request was not sent."""


@dataclass
class PoliteFetcher:
    """A Fetcher paced per host. Build it around `make_fetcher(...)` in an entry point."""

    fetcher: Fetcher
    politeness: Politeness = field(default_factory=Politeness)
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep
    monotonic: Callable[[], float] = time.monotonic
    hosts: dict[str, HostStats] = field(default_factory=dict)
    _next: dict[str, float] = field(default_factory=dict)
    _locks: dict[str, asyncio.Lock] = field(default_factory=dict)

    def stats(self, url: str) -> HostStats:
        return self.hosts.setdefault(host_of(url), HostStats())

    async def _turn(self, host: str) -> None:
        """Wait for the host's next slot and take it."""
        lock = self._locks.setdefault(host, asyncio.Lock())
        async with lock:
            wait = self._next.get(host, 0.0) - self.monotonic()
            if wait > 0:
                await self.sleep(wait)
            self._next[host] = self.monotonic() + self.politeness.interval

    def _hold(self, host: str, seconds: float) -> None:
        """Nothing goes to `host` for `seconds` (a Retry-After or a backoff holds the whole host)."""
        self._next[host] = max(self._next.get(host, 0.0), self.monotonic() + seconds)

    async def get(self, url: str) -> Fetched:
        """GET `url` politely. Raises FetchError (DeadHostError for a host given up on) when it cannot."""
        host = host_of(url)
        stats = self.stats(url)
        if stats.dead:
            raise DeadHostError(stats.dead)
        attempt = 0
        while True:
            await self._turn(host)
            stats.requests += 1
            try:
                return await self.fetcher.fetch(url)
            except FetchError as exc:
                attempt += 1
                wait = retry_wait(attempt, exc.status, exc.retry_after, self.politeness)
                if wait is None:
                    if exc.status is None:
                        stats.dead = f"{urlsplit(url).netloc}: {exc} (given up after {attempt} tries)"
                        raise DeadHostError(stats.dead, status=None) from exc
                    raise
                stats.retries += 1
                stats.waited += wait
                self._hold(host, wait)
