"""Retry and schedule arithmetic (pure): backoff after failures, next check of a source."""

from __future__ import annotations

from datetime import datetime, timedelta


def backoff(attempts: int, *, base: timedelta = timedelta(seconds=30), cap: timedelta = timedelta(hours=6)
            ) -> timedelta:
    """Exponential backoff: base, 2*base, 4*base ... never more than cap. `attempts` counts failures so far (>= 1)."""
    exponent = max(0, min(attempts - 1, 30))
    return min(base * (2**exponent), cap)


def next_check_after_error(now: datetime, failures: int, retry_after: float | None = None) -> datetime:
    """When to try a failing source again: the server's Retry-After when it gave one, else backoff."""
    delay = backoff(failures, base=timedelta(minutes=5), cap=timedelta(hours=24))
    if retry_after is not None and retry_after > 0:
        delay = max(delay, timedelta(seconds=min(retry_after, 7 * 24 * 3600)))
    return now + delay
