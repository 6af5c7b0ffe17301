"""The one clock seam: everything that needs 'now' takes it as an argument; entry points call utcnow().
Also the time arithmetic every stage shares: ISO strings and exponential backoff."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from functools import lru_cache


def utcnow() -> datetime:
    """The current time, tz-aware UTC. Only entry points call this."""
    return datetime.now(UTC)


@lru_cache(maxsize=1024)
def iso(dt: datetime | None) -> str | None:
    """A datetime as an ISO-8601 UTC string (seconds precision), the archive's one time format.
    Memoised: a poll's writer formats the same 'now' for every row it writes."""
    if dt is None:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(UTC).isoformat(timespec="seconds")


def parse_iso(value: str | None) -> datetime | None:
    """The inverse of iso(); naive strings are taken as UTC."""
    if not value:
        return None
    dt = datetime.fromisoformat(value)
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def backoff(attempts: int, *, base: timedelta = timedelta(seconds=30), cap: timedelta = timedelta(hours=6)
            ) -> timedelta:
    """Exponential backoff: base, 2*base, 4*base ... never more than cap. `attempts` counts failures so far (>= 1)."""
    exponent = max(0, min(attempts - 1, 30))
    return min(base * (2**exponent), cap)
