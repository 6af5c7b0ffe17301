"""The archive as the fallback for pages an outlet refuses (pure, plus the one read it needs).

An outlet behind a bot wall answers a tracked article's revisits with 401, 403 or 429, or with a challenge
page: its corrections would go unseen. When a revisit is refused and the one before it was refused too (or
the page was never fetched at all), the revisit spider asks the web archive for the newest capture taken
since the article's last version and stores that instead, as a version whose source is the archive and
whose time is the capture's (monitor/collect/backfill/store.py). One refusal is not enough: a 429 passes.
"""

from __future__ import annotations

from dataclasses import dataclass

from monitor.archive import backfill as rows
from monitor.archive.db import Archive

REFUSED = frozenset({401, 403, 429})
REFUSAL_REASONS = frozenset({"http_401", "http_403", "http_429", "bot_wall"})


@dataclass(frozen=True)
class Standing:
    """What the spider needs to know before a revisit: was the last visit refused, and since when to look."""

    tracked: bool
    refused_before: bool
    since: str | None  # the article's newest version (ISO), or None


def is_refusal(status: int | None, reason: str | None) -> bool:
    return status in REFUSED or reason in REFUSAL_REASONS


def falls_back(standing: Standing, status: int | None, reason: str | None) -> bool:
    """Read the archive instead: this visit was refused, and so was the last one (or there was none)."""
    return is_refusal(status, reason) and (standing.refused_before or not standing.tracked)


def standing(archive: Archive, link: str) -> Standing:
    state = rows.refusal_state(archive, link)
    if state is None:
        return Standing(tracked=False, refused_before=False, since=None)
    return Standing(tracked=True, refused_before=is_refusal(state["last_status"], state["last_error"]),
                    since=state["latest"])
