"""Date arithmetic of a backfill (pure): windows of a date range, the period an archive sitemap covers,
news-search queries restricted to a window, and the job's cursor.

The cursor says where a job stands, so that a killed backfill continues where it stopped: the stage
(`discover` the candidates, then read each one's `history`), the discovery task and the page within it,
the candidate being read and the last capture of it stored. It is saved in the same transaction as the work
it follows, so a resumed run neither repeats nor skips a step (and every step is idempotent anyway).
"""

from __future__ import annotations

import calendar
import json
import re
from dataclasses import asdict, dataclass, replace
from datetime import date, datetime, timedelta
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

DISCOVER, HISTORY, DONE = "discover", "history", "done"
STAGES = (DISCOVER, HISTORY, DONE)


def windows(start: date, end: date, days: int) -> list[tuple[date, date]]:
    """[start, end] cut into consecutive windows of at most `days` days (both ends inclusive)."""
    if end < start:
        raise ValueError(f"the range ends ({end}) before it starts ({start})")
    if days < 1:
        raise ValueError("a window is at least one day")
    out = []
    first = start
    while first <= end:
        last = min(end, first + timedelta(days=days - 1))
        out.append((first, last))
        first = last + timedelta(days=1)
    return out


def in_range(when: datetime | None, start: date, end: date) -> bool:
    """Whether a moment falls on one of the days [start, end] (UTC)."""
    return when is not None and start <= when.date() <= end


_MONTHS = {name.lower(): n for n, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): n for n, name in enumerate(calendar.month_abbr) if name})
_DAY = re.compile(r"(?<!\d)((?:19|20)\d\d)[-_/.]?(0[1-9]|1[0-2])[-_/.]?(0[1-9]|[12]\d|3[01])(?!\d)")
_MONTH = re.compile(r"(?<!\d)((?:19|20)\d\d)(?:[-_/.]|&mm=|[-_/.]?m(?:onth)?=?)?(0[1-9]|1[0-2]|[1-9](?!\d))(?!\d)")
_NAME_YEAR = re.compile(r"(?<![a-z])([a-z]{3,9})[-_/.]?((?:19|20)\d\d)(?!\d)")
_YEAR_NAME = re.compile(r"(?<!\d)((?:19|20)\d\d)[-_/.]?([a-z]{3,9})(?![a-z])")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


def _month(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def sitemap_period(loc: str) -> tuple[date, date] | None:
    """The days an archive sitemap covers, read from its address: a day (2022-04-22), a month (2022-04,
    2022/04, 202204, april-2022, yyyy=2022&mm=04) or a year (2022). None when it names no date."""
    parts = urlsplit(loc)
    text = (parts.path + "?" + parts.query).lower()
    if (m := _DAY.search(text)) is not None:
        day = date(int(m[1]), int(m[2]), int(m[3]))
        return day, day
    named = [(m[1], m[2]) for m in _NAME_YEAR.finditer(text)] + [(m[2], m[1]) for m in _YEAR_NAME.finditer(text)]
    for name, year in named:
        if name in _MONTHS:
            return _month(int(year), _MONTHS[name])
    if (m := _MONTH.search(text)) is not None:
        return _month(int(m[1]), int(m[2]))
    if (m := _YEAR.search(text)) is not None:
        year = int(m[1])
        return date(year, 1, 1), date(year, 12, 31)
    return None


def overlaps(period: tuple[date, date], start: date, end: date) -> bool:
    return period[0] <= end and period[1] >= start


def is_news_search(url: str) -> bool:
    """A news-search feed (`.../rss/search?q=...`): one that takes a date range in its query."""
    parts = urlsplit(url)
    return "/search" in parts.path and any(k == "q" for k, _ in parse_qsl(parts.query))


_RANGE_OPS = re.compile(r"\s*\b(?:after|before):\S+")


def dated_search(url: str, start: date, end: date) -> str:
    """A news-search feed's URL asking only for [start, end]: `after:` and `before:` in its query, the
    operators news search understands (`before:` is exclusive, hence the day after `end`)."""
    parts = urlsplit(url)
    params = []
    for key, value in parse_qsl(parts.query, keep_blank_values=True):
        if key == "q":
            value = _RANGE_OPS.sub("", value).strip()
            value = f"{value} after:{start.isoformat()} before:{(end + timedelta(days=1)).isoformat()}".strip()
        params.append((key, value))
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(params), parts.fragment))


_OPERATOR = re.compile(r"\b(after|before):(\d{4}-\d{2}-\d{2})\b")


def search_range(query: str) -> tuple[date | None, date | None]:
    """The (first day, last day) a news-search query asks for (the server's side of `dated_search`)."""
    found = {name: date.fromisoformat(day) for name, day in _OPERATOR.findall(query)}
    before = found.get("before")
    return found.get("after"), before - timedelta(days=1) if before else None


@dataclass(frozen=True)
class Cursor:
    """Where a job stands; see the module's docstring."""

    stage: str = DISCOVER
    task: int = 0  # the discovery task under way (an index into the job's plan)
    page: str = ""  # within it: a resume key or the count of sitemaps read
    candidate: int = 0  # the next candidate to read (its sequence number)
    capture: str = ""  # the last capture of that candidate stored (a CDX timestamp)

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def from_json(cls, text: str | None) -> Cursor:
        """A saved cursor; a missing or unreadable one is the start."""
        try:
            data = json.loads(text or "{}")
        except ValueError:
            return cls()
        if not isinstance(data, dict):
            return cls()
        types = {"stage": str, "task": int, "page": str, "candidate": int, "capture": str}
        known = {k: data[k] for k in types if k in data}
        if any(type(v) is not types[k] for k, v in known.items()):
            return cls()
        cursor = cls(**known)
        return cursor if cursor.stage in STAGES else cls()

    def next_page(self, page: str) -> Cursor:
        return replace(self, page=page)

    def next_task(self, tasks: int) -> Cursor:
        """The next discovery task, or the history stage after the last one."""
        if self.task + 1 >= tasks:
            return replace(self, stage=HISTORY, task=tasks, page="")
        return replace(self, task=self.task + 1, page="")

    def stored(self, timestamp: str) -> Cursor:
        return replace(self, capture=timestamp)

    def next_candidate(self, seq: int) -> Cursor:
        """Candidate `seq` is read: on to the one after it."""
        return replace(self, candidate=seq + 1, capture="")

    def done(self) -> Cursor:
        return replace(self, stage=DONE, page="", capture="")


def after_cursor(timestamps: list[str], last: str) -> list[str]:
    """The capture timestamps still to store after `last` (all of them when nothing was stored yet)."""
    return [t for t in timestamps if not last or t > last]
