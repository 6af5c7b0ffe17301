"""The httpx backend of `Fetcher` (`storywatch poll --http httpx`): httpx follows the redirects itself, an
event hook refuses a non-http(s) hop, and the body is streamed raw into the shared bounded decoder."""

from __future__ import annotations

import httpx

from monitor.collect.fetch.base import (
    Fetched,
    Fetcher,
    cannot_connect,
    check_scheme,
    header_dict,
    moved,
    read_response,
    timed_out,
    tls_context,
    too_many_redirects,
)
from monitor.errors import FetchError


class HttpxFetcher(Fetcher):
    http = "httpx"
    client_errors = (httpx.HTTPError, httpx.InvalidURL)

    def _open(self) -> None:
        self.client = httpx.AsyncClient(
            timeout=httpx.Timeout(self.timeout, connect=self.connect_timeout),
            follow_redirects=True,
            max_redirects=self.max_redirects,
            limits=httpx.Limits(max_connections=self.max_connections,
                                max_keepalive_connections=self.max_connections),
            headers=self.headers,
            verify=tls_context(),
            event_hooks={"request": [self._check_scheme]},
        )

    @staticmethod
    async def _check_scheme(request: httpx.Request) -> None:
        check_scheme(str(request.url))

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
