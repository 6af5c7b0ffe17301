"""The aiohttp backend of `Fetcher`, the default (`storywatch poll --http aiohttp`).

On a warm poll (every feed answering 304) nearly all the CPU is the HTTP client's, and aiohttp spends about a
third of what httpx does per request. The hardening is the shared one (`monitor.collect.fetch.base`); what aiohttp would
do on its own is switched off where it would bypass it: no automatic decompression (the raw body goes
through the bounded decoder) and no automatic redirects (they are followed here, up to the limit, each hop's
URL checked by the egress policy). The connector bounds connections overall and per host; `sock_connect` and
`sock_read` are the connect and read timeouts, the total limit is `Fetcher.fetch`'s.

The egress policy at connect time: aiohttp connects to what its resolver returns, so `PolicyResolver` drops the
addresses the policy refuses (and refuses a name left with none); a host that is an address skips the
resolver in aiohttp, and is checked on every hop before the request (`Egress.check_url`).
"""

from __future__ import annotations

import socket
from typing import Any
from urllib.parse import urljoin

import aiohttp
from aiohttp.abc import AbstractResolver, ResolveResult

from monitor.collect.fetch.base import (
    Fetched,
    Fetcher,
    cannot_connect,
    header_dict,
    moved,
    read_response,
    timed_out,
    tls_context,
    too_many_redirects,
)
from monitor.egress import Egress
from monitor.errors import FetchError

REDIRECTS = frozenset({301, 302, 303, 307, 308})


class PolicyResolver(AbstractResolver):
    """aiohttp's own resolver, with the addresses the egress policy refuses taken out of every answer."""

    def __init__(self, egress: Egress, inner: AbstractResolver | None = None):
        self.egress = egress
        self.inner = inner or aiohttp.ThreadedResolver()

    async def resolve(self, host: str, port: int = 0, family: Any = socket.AF_INET) -> list[ResolveResult]:
        found = await self.inner.resolve(host, port, family)
        kept = set(self.egress.allowed_addresses([r["host"] for r in found]))  # EgressError when none is left
        return [r for r in found if r["host"] in kept]

    async def close(self) -> None:
        await self.inner.close()


class AiohttpFetcher(Fetcher):
    http = "aiohttp"
    client_errors = (aiohttp.ClientError,)

    def _open(self) -> None:
        self._session: aiohttp.ClientSession | None = None  # made on first use: aiohttp wants a running loop

    def session(self) -> aiohttp.ClientSession:
        if self._session is None:
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=self.max_connections, limit_per_host=self.per_host,
                                               ssl=tls_context(), resolver=PolicyResolver(self.egress)),
                timeout=aiohttp.ClientTimeout(total=None, sock_connect=self.connect_timeout,
                                              sock_read=self.timeout),
                headers=self.headers,
                auto_decompress=False,
            )
        return self._session

    async def _close(self) -> None:
        if self._session is not None:
            await self._session.close()

    def _explain(self, exc: BaseException, elapsed: float) -> FetchError:
        if isinstance(exc, aiohttp.ServerTimeoutError):
            return timed_out(elapsed, type(exc).__name__)
        if isinstance(exc, aiohttp.InvalidURL):
            return FetchError(f"invalid URL: {exc}")
        return cannot_connect(exc)

    async def _get(self, url: str, headers: dict[str, str]) -> Fetched:
        session = self.session()
        hops: list[int] = []
        for _ in range(self.max_redirects + 1):
            async with session.get(url, headers=headers, allow_redirects=False) as response:
                location = response.headers.get("Location") if response.status in REDIRECTS else None
                if location is None:
                    return moved(await read_response(str(response.url), response.status, response.reason or "",
                                                     header_dict(response.headers.items()),
                                                     response.content.iter_any(), self.max_bytes, self.clock()),
                                 hops)
                hops.append(response.status)
                url = urljoin(str(response.url), location)
            self.allow(url)
        raise too_many_redirects(self.max_redirects)
