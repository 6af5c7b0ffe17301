"""The poller's only door to the network: one Fetcher interface (`base`), an aiohttp and an httpx backend.

`make_fetcher(http=...)` builds the backend by name; only the chosen client is imported.
"""

from __future__ import annotations

from typing import Any

from monitor.collect.fetch.base import Fetched, Fetcher

BACKENDS = ("aiohttp", "httpx")
DEFAULT_HTTP = "aiohttp"


def backend_class(http: str) -> type[Fetcher]:
    """The Fetcher subclass for a backend name (imported on demand: only the chosen client is loaded)."""
    if http == "aiohttp":
        from monitor.collect.fetch.via_aiohttp import AiohttpFetcher

        return AiohttpFetcher
    if http == "httpx":
        from monitor.collect.fetch.via_httpx import HttpxFetcher

        return HttpxFetcher
    raise ValueError(f"unknown HTTP backend {http!r} (one of {', '.join(BACKENDS)})")


def make_fetcher(*, http: str | None = None, **options: Any) -> Fetcher:
    """A Fetcher on the named backend (default `DEFAULT_HTTP`); `options` as `Fetcher.__init__` takes them."""
    return backend_class(http or DEFAULT_HTTP)(**options)


__all__ = ["BACKENDS", "DEFAULT_HTTP", "Fetched", "Fetcher", "backend_class", "make_fetcher"]
