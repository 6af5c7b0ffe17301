"""The re-visit schedule (pure): when to fetch a tracked article again.

Corrections come soon after publication or not for days, so visits decay: minutes at first, then hours,
then days, and stop about a month after the article was first seen. A visit that found a change starts
the schedule over (a page being edited is likely to be edited again); a server's Retry-After is honoured.
"""

from __future__ import annotations

from datetime import datetime, timedelta

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
