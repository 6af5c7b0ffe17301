"""Timing (pure): when to poll a source next and why, and when to re-visit a tracked article.

Everything takes `now` and returns data. After a success the next check is the source's interval,
lengthened (never shortened) by what the publisher asks for: `Cache-Control: max-age`, an RSS `<ttl>`,
or a `Retry-After`; then brought forward by up to 10 % (a deterministic jitter) so that sources added
together do not stay in lock-step, while a poller cycling at the interval still finds every source due.
After a failure: exponential backoff, or the server's Retry-After when it is longer.

Re-visits: corrections come soon after publication or not for days, so visits decay: minutes at first, then
hours, then days, and stop about a month after the article was first seen. A visit that found a change starts
the schedule over (a page being edited is likely to be edited again); a server's Retry-After is honoured.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from monitor.clock import backoff

DEFAULT_INTERVAL = timedelta(minutes=15)
MIN_INTERVAL = timedelta(minutes=1)
MAX_HINT = timedelta(hours=12)  # a publisher's max-age or <ttl> is honoured up to this
MAX_RETRY_AFTER = timedelta(days=7)
JITTER = 0.1  # up to 10 % of the delay earlier
DUE_SLACK = timedelta(minutes=1)
ERROR_BASE = timedelta(minutes=5)
ERROR_CAP = timedelta(hours=24)
DEFAULT_DISABLE_AFTER = 10

_MAX_AGE = re.compile(r"(?:^|,)\s*(s-maxage|max-age)\s*=\s*\"?(\d+)\"?", re.IGNORECASE)


@dataclass(frozen=True)
class Plan:
    """The next check of a source and the reason for its timing, in words for `storywatch sources`."""

    at: datetime
    reason: str


def jitter_fraction(key: str, now: datetime) -> float:
    """A deterministic number in [0, 1) from the source and the time: reproducible, yet spread out."""
    digest = hashlib.sha256(f"{key}|{now.isoformat()}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def _jittered(delay: timedelta, key: str, now: datetime, jitter: float) -> timedelta:
    """Up to `jitter` of the delay earlier, never later: a poll cycle as long as the interval finds the source due."""
    if not key or jitter <= 0:
        return delay
    return delay * (1.0 - jitter * jitter_fraction(key, now))


def cache_max_age(cache_control: str | None) -> float | None:
    """Seconds from `Cache-Control: max-age` (s-maxage wins); 0 for no-cache/no-store; None when absent."""
    if not cache_control:
        return None
    found = dict((k.lower(), int(v)) for k, v in _MAX_AGE.findall(cache_control))
    if "s-maxage" in found:
        return float(found["s-maxage"])
    if "max-age" in found:
        return float(found["max-age"])
    return None


def _human(delay: timedelta) -> str:
    seconds = int(delay.total_seconds())
    if seconds % 3600 == 0 and seconds >= 3600:
        return f"{seconds // 3600}h"
    if seconds % 60 == 0 and seconds >= 60:
        return f"{seconds // 60}m"
    return f"{seconds}s"


def plan_after_ok(now: datetime, *, interval: timedelta | None = None, max_age: float | None = None,
                  ttl_minutes: int | None = None, retry_after: float | None = None, key: str = "",
                  jitter: float = JITTER) -> Plan:
    """When to check a source that just answered (200 or 304)."""
    base = max(interval or DEFAULT_INTERVAL, MIN_INTERVAL)
    delay, reason = base, f"every {_human(base)}"
    hints = []
    if max_age is not None and max_age > 0:
        hints.append((timedelta(seconds=max_age), f"Cache-Control max-age {int(max_age)}s"))
    if ttl_minutes:
        hints.append((timedelta(minutes=ttl_minutes), f"feed <ttl> {ttl_minutes} min"))
    if retry_after is not None and retry_after > 0:
        hints.append((timedelta(seconds=retry_after), f"Retry-After {int(retry_after)}s"))
    for hint, why in hints:
        hint = min(hint, MAX_HINT)
        if hint > delay:
            delay, reason = hint, f"{why} (interval {_human(base)})"
    return Plan(now + _jittered(delay, key, now, jitter), reason)


def plan_after_error(now: datetime, failures: int, *, retry_after: float | None = None, key: str = "",
                     jitter: float = JITTER) -> Plan:
    """When to try a failing source again: exponential backoff, or the server's Retry-After when longer."""
    delay = backoff(failures, base=ERROR_BASE, cap=ERROR_CAP)
    reason = f"backoff {_human(delay)} after {failures} consecutive failure{'s' if failures != 1 else ''}"
    if retry_after is not None and retry_after > 0:
        asked = min(timedelta(seconds=retry_after), MAX_RETRY_AFTER)
        if asked >= delay:
            return Plan(now + asked, f"server asked: Retry-After {int(retry_after)}s")
    return Plan(now + _jittered(delay, key, now, jitter), reason)


# The wait after the n-th visit since the last change (the last step repeats until the horizon).
STEPS: tuple[timedelta, ...] = (
    timedelta(minutes=15), timedelta(minutes=30), timedelta(hours=1), timedelta(hours=2), timedelta(hours=4),
    timedelta(hours=8), timedelta(hours=16), timedelta(days=1), timedelta(days=2), timedelta(days=3),
    timedelta(days=5), timedelta(days=7),
)
HORIZON = timedelta(days=30)


def next_visit(first_seen: datetime, step: int, now: datetime, *, retry_after: float | None = None,
               horizon: timedelta = HORIZON) -> datetime | None:
    """When to visit next after visit number `step` (0 for the first schedule), or None past the horizon."""
    if step < 0:
        raise ValueError("step must be >= 0")
    wait = STEPS[min(step, len(STEPS) - 1)]
    if retry_after is not None and retry_after > wait.total_seconds():
        wait = timedelta(seconds=retry_after)
    when = now + wait
    if when - first_seen > horizon:
        return None
    return when


def next_step(step: int, *, changed: bool) -> int:
    """The schedule position after a visit: back to the start on a change, one further otherwise."""
    return 0 if changed else step + 1
