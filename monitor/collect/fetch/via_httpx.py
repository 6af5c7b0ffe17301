"""The httpx backend of `Fetcher` (`storywatch poll --http httpx`): httpx follows the redirects itself, an
event hook puts every hop through the egress policy, and the body is streamed raw into the shared bounded
decoder.

The egress policy at connect time: httpx's connection pool (httpcore) opens its TCP connections through a
network backend, and `PolicyBackend` is that backend: it resolves the name itself, keeps the addresses the
policy allows and connects to one of those by address (TLS still verifies and sends the name), so the address
checked is the address connected to. Proxies from the environment are not used (`trust_env=False`): through a
proxy, the proxy would resolve the name and the check would mean nothing.
"""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Iterable
from typing import Any

import httpcore
import httpx

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
from monitor.egress import Egress, numeric_host
from monitor.errors import FetchError


class PolicyBackend(httpcore.AsyncNetworkBackend):
    """httpcore's network backend, connecting only to addresses the egress policy allows."""

    def __init__(self, egress: Egress, inner: httpcore.AsyncNetworkBackend | None = None):
        self.egress = egress
        self.inner = inner or httpcore.AnyIOBackend()

    async def _addresses(self, host: str, port: int, timeout: float | None) -> list[str]:
        literal = numeric_host(host)
        if literal is not None:
            return [str(literal)]
        loop = asyncio.get_running_loop()
        try:
            infos = await asyncio.wait_for(loop.getaddrinfo(host, port, type=socket.SOCK_STREAM), timeout)
        except (OSError, TimeoutError) as exc:
            raise httpcore.ConnectError(f"cannot resolve {host!r}: {exc}") from exc
        return list(dict.fromkeys(str(info[4][0]) for info in infos))

    async def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                          socket_options: Iterable[Any] | None = None) -> httpcore.AsyncNetworkStream:
        allowed = self.egress.allowed_addresses(await self._addresses(host, port, timeout))  # EgressError if none
        failure: Exception | None = None
        for address in allowed:
            try:
                return await self.inner.connect_tcp(address, port, timeout=timeout, local_address=local_address,
                                                    socket_options=socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                failure = exc
        assert failure is not None
        raise failure

    async def connect_unix_socket(self, path: str, timeout: float | None = None,
                                  socket_options: Iterable[Any] | None = None) -> httpcore.AsyncNetworkStream:
        raise httpcore.ConnectError("refused: unix sockets are not fetched")

    async def sleep(self, seconds: float) -> None:
        await self.inner.sleep(seconds)


class HttpxFetcher(Fetcher):
    http = "httpx"
    client_errors = (httpx.HTTPError, httpx.InvalidURL)

    def _open(self) -> None:
        transport = httpx.AsyncHTTPTransport(trust_env=False)
        # httpx builds its pool without a way to pass a network backend: the pool is replaced by the same one
        # with the policy's backend (tests/collect/test_egress.py proves it is the one used).
        transport._pool = httpcore.AsyncConnectionPool(
            ssl_context=tls_context(), max_connections=self.max_connections,
            max_keepalive_connections=self.max_connections, keepalive_expiry=5.0,
            network_backend=PolicyBackend(self.egress))
        self.client = httpx.AsyncClient(
            timeout=httpx.Timeout(self.timeout, connect=self.connect_timeout),
            follow_redirects=True,
            max_redirects=self.max_redirects,
            headers=self.headers,
            transport=transport,
            trust_env=False,
            event_hooks={"request": [self._check_hop]},
        )

    async def _check_hop(self, request: httpx.Request) -> None:
        self.allow(str(request.url))

    async def _close(self) -> None:
        await self.client.aclose()

    def _explain(self, exc: BaseException, elapsed: float) -> FetchError:
        if isinstance(exc, httpx.TooManyRedirects):
            return too_many_redirects(self.max_redirects)
        if isinstance(exc, httpx.TimeoutException):
            return timed_out(elapsed, type(exc).__name__)
        if isinstance(exc, httpx.UnsupportedProtocol):
            return FetchError(f"refused: unsupported URL scheme: {exc}")
        if isinstance(exc, httpx.InvalidURL):
            return FetchError(f"invalid URL: {exc}")
        return cannot_connect(exc)

    async def _get(self, url: str, headers: dict[str, str]) -> Fetched:
        async with self.client.stream("GET", url, headers=headers) as response:
            fetched = await read_response(str(response.url), response.status_code, response.reason_phrase,
                                          header_dict(response.headers.items()), response.aiter_raw(),
                                          self.max_bytes, self.clock())
            return moved(fetched, [hop.status_code for hop in response.history])
