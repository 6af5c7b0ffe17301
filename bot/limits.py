"""Telegram's flood limits as pure arithmetic over send times (seconds on a monotonic clock, passed in).

Telegram allows about 30 messages/s overall, 1 message/s to one chat and 20 messages/minute to one group.
PTB's AIORateLimiter does not enforce the per-chat limit, so the dispatcher paces itself with a `Pacer`.
The overall limit is a sliding window over our own send times (at most 30 in any 1.04 s) plus a minimum gap
of 0.9 of the even spacing: sends come out almost evenly, a late wake-up is caught up instead of lowering
the rate, and a stall is never followed by more than the window allows. The 4% margin is there because
Telegram counts arrivals, and arrival times jitter relative to our send times: any 31 consecutive sends
span at least 1.04 s, so up to 40 ms of jitter cannot make 31 arrive within one second.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    """The flood limits to respect. `margin` stretches every interval by that fraction (0.02 = 2%)."""

    overall_per_s: float = 30.0
    per_chat_s: float = 1.0
    group_per_window: int = 20
    group_window_s: float = 60.0
    margin: float = 0.04

    @classmethod
    def lifted(cls) -> Limits:
        """No limits at all: measures the dispatcher's own ceiling (a self-hosted or fake Bot API)."""
        return cls(overall_per_s=0.0, per_chat_s=0.0, group_per_window=0, group_window_s=0.0, margin=0.0)

    @property
    def overall_interval(self) -> float:
        return (1.0 + self.margin) / self.overall_per_s if self.overall_per_s > 0 else 0.0

    @property
    def overall_window(self) -> tuple[int, float]:
        """At most `count` sends in any `seconds`: 30 per 1.04 s by default (the margin absorbs arrival jitter)."""
        if self.overall_per_s <= 0:
            return 0, 0.0
        count = max(1, int(self.overall_per_s))
        return count, count / self.overall_per_s * (1.0 + self.margin)

    @property
    def chat_interval(self) -> float:
        return self.per_chat_s * (1.0 + self.margin)

    @property
    def group_window(self) -> float:
        return self.group_window_s * (1.0 + self.margin)


def is_group(chat_type: str) -> bool:
    """Groups and supergroups share the per-group minute limit; private chats and channels do not."""
    return chat_type in ("group", "supergroup")


class Pacer:
    """Remembers recent sends and answers "when may the next message to this chat go?". Pure: no clock, no I/O."""

    def __init__(self, limits: Limits):
        self.limits = limits
        self._last_any: float | None = None
        count, self._window = limits.overall_window
        self._recent: deque[float] = deque(maxlen=max(1, count))
        self._min_gap = 0.9 * limits.overall_interval
        self._last_chat: dict[str, float] = {}
        self._group_sends: dict[str, deque[float]] = {}
        self._paused_until = 0.0

    def chat_ready(self, chat: str, chat_type: str) -> float:
        """The earliest time the per-chat and per-group limits allow a message to `chat` (ignores overall)."""
        t = self._paused_until
        last = self._last_chat.get(chat)
        if last is not None and self.limits.chat_interval > 0:
            t = max(t, last + self.limits.chat_interval)
        if is_group(chat_type) and self.limits.group_per_window > 0:
            sends = self._group_sends.get(chat)
            if sends is not None and len(sends) >= self.limits.group_per_window:
                t = max(t, sends[-self.limits.group_per_window] + self.limits.group_window)
        return t

    def overall_ready(self) -> float:
        """The earliest time the overall rate allows any message."""
        t = self._paused_until
        if self._last_any is not None:
            t = max(t, self._last_any + self._min_gap)
        if self._window and len(self._recent) == self._recent.maxlen:
            t = max(t, self._recent[0] + self._window)
        return t

    def earliest(self, chat: str, chat_type: str, now: float) -> float:
        """The earliest time >= now at which a message to `chat` respects every limit."""
        return max(now, self.chat_ready(chat, chat_type), self.overall_ready())

    def record(self, chat: str, chat_type: str, at: float) -> None:
        """A message to `chat` is being sent at `at`."""
        self._last_any = at if self._last_any is None else max(self._last_any, at)
        if self._window:
            self._recent.append(at)
        self._last_chat[chat] = at
        if is_group(chat_type) and self.limits.group_per_window > 0:
            sends = self._group_sends.setdefault(chat, deque(maxlen=self.limits.group_per_window))
            sends.append(at)

    def restamp(self, chat: str, chat_type: str, reserved: float, actual: float) -> None:
        """A send reserved at `reserved` really left at `actual` (later: a slow commit, a busy event loop).

        Moving its record later keeps the limits true of real send times, not of the moment it was planned.
        """
        if actual <= reserved:
            return
        self._last_any = max(self._last_any or actual, actual)
        if self._last_chat.get(chat) == reserved:
            self._last_chat[chat] = actual
        for times in (self._recent, self._group_sends.get(chat) if is_group(chat_type) else None):
            if times and reserved in times:
                values = sorted(actual if t == reserved else t for t in times)
                times.clear()
                times.extend(values)

    def pause(self, until: float) -> None:
        """Telegram said RetryAfter: nothing goes out before `until`."""
        self._paused_until = max(self._paused_until, until)

    def forget(self, chat: str) -> None:
        """Drop a chat's history (it migrated or left), keeping memory bounded."""
        self._last_chat.pop(chat, None)
        self._group_sends.pop(chat, None)

    def prune(self, now: float) -> None:
        """Forget chats whose limits no longer constrain anything."""
        horizon = now - max(self.limits.chat_interval, self.limits.group_window)
        for chat in [c for c, t in self._last_chat.items() if t < horizon]:
            self.forget(chat)


class SlidingWindow:
    """At most `count` events per `window` seconds per key (e.g. /search per user). Pure: time passed in."""

    def __init__(self, count: int, window: float):
        self.count = count
        self.window = window
        self._events: dict[int | str, deque[float]] = {}

    def allow(self, key: int | str, now: float) -> tuple[bool, float]:
        """Record an event if allowed. Returns (allowed, seconds to wait when refused)."""
        events = self._events.setdefault(key, deque())
        while events and events[0] <= now - self.window:
            events.popleft()
        if len(events) >= self.count:
            return False, events[0] + self.window - now
        events.append(now)
        return True, 0.0
