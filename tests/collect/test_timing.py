"""Pure tables: the adaptive schedule (intervals, hints, jitter, backoff). URL keys: test_urls.py."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from monitor.collect.timing import (
    MAX_HINT,
    cache_max_age,
    jitter_fraction,
    plan_after_error,
    plan_after_ok,
)

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)

pytestmark = pytest.mark.pure


@pytest.mark.parametrize(
    ("value", "seconds"),
    [("max-age=600", 600), ("public, max-age=60, s-maxage=300", 300), ('max-age="120"', 120), ("no-cache", None),
     ("", None), (None, None), ("private, MAX-AGE=30", 30)],
)
def test_cache_max_age(value: str | None, seconds: float | None) -> None:
    assert cache_max_age(value) == seconds


@pytest.mark.parametrize(
    ("kwargs", "delay", "reason"),
    [
        ({}, timedelta(minutes=15), "every 15m"),
        ({"interval": timedelta(minutes=5)}, timedelta(minutes=5), "every 5m"),
        ({"interval": timedelta(seconds=5)}, timedelta(minutes=1), "every 1m"),  # never hammer a host
        ({"max_age": 3600}, timedelta(hours=1), "Cache-Control max-age 3600s"),
        ({"max_age": 60}, timedelta(minutes=15), "every 15m"),  # hints only lengthen
        ({"ttl_minutes": 120}, timedelta(hours=2), "feed <ttl> 120 min"),
        ({"ttl_minutes": 60, "max_age": 7200}, timedelta(hours=2), "max-age 7200s"),
        ({"ttl_minutes": 100_000}, MAX_HINT, "<ttl> 100000 min"),  # capped
        ({"retry_after": 1800}, timedelta(minutes=30), "Retry-After 1800s"),
    ],
)
def test_plan_after_ok(kwargs: dict, delay: timedelta, reason: str) -> None:
    plan = plan_after_ok(NOW, jitter=0, **kwargs)
    assert plan.at - NOW == delay
    assert reason in plan.reason


def test_jitter_spreads_sources_and_is_deterministic() -> None:
    delays = {plan_after_ok(NOW, key=f"https://feeds.example/{i}").at - NOW for i in range(50)}
    assert len(delays) > 40
    assert all(timedelta(minutes=13.5) <= d <= timedelta(minutes=15) for d in delays)  # earlier, never later
    assert plan_after_ok(NOW, key="a") == plan_after_ok(NOW, key="a")
    assert all(0 <= jitter_fraction(str(i), NOW) < 1 for i in range(100))


@pytest.mark.parametrize(
    ("failures", "retry_after", "delay", "reason"),
    [
        (1, None, timedelta(minutes=5), "backoff 5m after 1 consecutive failure"),
        (2, None, timedelta(minutes=10), "after 2 consecutive failures"),
        (4, None, timedelta(minutes=40), "backoff 40m"),
        (20, None, timedelta(hours=24), "backoff 24h"),
        (1, 3600, timedelta(hours=1), "Retry-After 3600s"),
        (1, 60, timedelta(minutes=5), "backoff 5m"),  # our backoff when longer than the server's ask
        (1, 10**9, timedelta(days=7), "Retry-After"),  # capped at a week
    ],
)
def test_plan_after_error(failures: int, retry_after: float | None, delay: timedelta, reason: str) -> None:
    plan = plan_after_error(NOW, failures, retry_after=retry_after, jitter=0)
    assert plan.at - NOW == delay
    assert reason in plan.reason
