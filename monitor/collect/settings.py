"""How a poll runs: one settings type for `storywatch poll` (its flags) and `storywatch run` (its [poll] section),
with the same defaults and the same environment variables (STORYWATCH_POLL_<KEY>) for both."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

from monitor.collect.fetch import BACKENDS, DEFAULT_HTTP, Fetcher, make_fetcher
from monitor.collect.timing import DEFAULT_DISABLE_AFTER
from monitor.egress import Egress

# Also honoured, as before the poll settings were one: the disable threshold's first name.
LEGACY_ENV = {"disable_after": "STORYWATCH_DISABLE_AFTER"}
PARSERS = ("auto", "feedparser")


def _help(text: str) -> dict[str, str]:
    return {"help": text}


@dataclass(frozen=True)
class PollSettings:
    concurrency: int = field(default=16, metadata=_help("feeds fetched at once"))
    per_host: int = field(default=4, metadata=_help("connections to one host at once"))
    workers: int = field(default=2, metadata=_help("parser processes (0: parse in the polling process)"))
    timeout: float = field(default=20.0, metadata=_help("seconds allowed for connecting and per read"))
    max_mb: float = field(default=10.0, metadata=_help("largest feed body accepted, in MB (decoded)"))
    parse_timeout: float = field(default=60.0, metadata=_help("seconds one feed may take to parse"))
    disable_after: int = field(default=DEFAULT_DISABLE_AFTER, metadata=_help(
        "disable a source after this many consecutive failures (0: never)"))
    http: str = field(default=DEFAULT_HTTP, metadata=_help(
        f"HTTP client for the feeds: {' or '.join(BACKENDS)} (same limits either way; aiohttp costs about a third "
        "of httpx's CPU per request)"))
    parser: str = field(default="auto", metadata=_help(
        "auto (plain RSS 2.0 read by lxml with feedparser's rules, the rest by feedparser) or feedparser "
        "(feedparser reads every feed)"))

    def fetcher_factory(self, egress: Egress | None = None) -> Callable[[], Fetcher]:
        """Builds the poll's HTTP client (inside its event loop), under the egress policy given (None: from the
        environment, see Fetcher)."""
        return lambda: make_fetcher(http=self.http, timeout=self.timeout, max_bytes=int(self.max_mb * 1024 * 1024),
                                    max_connections=self.concurrency, per_host=self.per_host, egress=egress)

    def poll_options(self) -> dict[str, Any]:
        """The keyword arguments of `monitor.collect.poll.poll` these settings set."""
        return {"concurrency": self.concurrency, "parse_workers": self.workers, "parse_timeout": self.parse_timeout,
                "disable_after": self.disable_after, "fast": self.parser == "auto"}

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)
