"""Hardened HTTP fetching of feeds (httpx async): the poller's only door to the network.

Every request is conditional (ETag, Last-Modified) and bounded: connect, read and total timeouts, a redirect
limit, http(s) only (also after redirects), connections limited overall and per host, a body size limit
enforced while streaming, and decompression done here, chunk by chunk with a bounded output, so that a gzip
bomb is refused after at most `max_bytes` of output instead of being inflated into memory.
"""

from __future__ import annotations

import asyncio
import ssl
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from functools import cache
from urllib.parse import urlsplit

import httpx

from . import __version__
from .errors import FetchError

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
DEFAULT_CONTACT = "https://github.com/storywatch/storywatch"
ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"


def user_agent(contact: str = DEFAULT_CONTACT) -> str:
    return f"storywatch/{__version__} (+{contact}; media monitoring)"


@cache
def _tls() -> ssl.SSLContext:
    """One verifying TLS context per process: loading the CA bundle costs ~20 ms, more than a warm poll's
    SQL, and httpx would otherwise load it again for every Fetcher (every poll run)."""
    return httpx.create_ssl_context()


@dataclass(frozen=True)
class Fetched:
    url: str  # after redirects
    status: int
    body: bytes  # decoded (no Content-Encoding left)
    headers: dict[str, str]  # lower-case names

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def retry_after_seconds(value: str | None, now: datetime) -> float | None:
    """Retry-After as seconds: either delta-seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - now).total_seconds())


class _Decoder:
    """Content-Encoding removal with a hard bound on output: never inflates more than `limit` bytes."""

    def __init__(self, encoding: str, limit: int):
        self.limit = limit
        self.size = 0
        codings = [c.strip().lower() for c in encoding.split(",") if c.strip() and c.strip().lower() != "identity"]
        if len(codings) > 1:
            raise FetchError(f"refused: stacked Content-Encoding {encoding!r}")
        self.coding = codings[0] if codings else ""
        if self.coding in ("gzip", "x-gzip"):
            self.inflater: zlib._Decompress | None = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif self.coding == "deflate":
            self.inflater = zlib.decompressobj(zlib.MAX_WBITS)
            self._raw_deflate_tried = False
        elif not self.coding:
            self.inflater = None
        else:
            raise FetchError(f"refused: unsupported Content-Encoding {encoding!r}")

    def _grow(self, n: int) -> None:
        self.size += n
        if self.size > self.limit:
            if self.inflater is not None:
                raise FetchError(f"refused: {self.coding} body inflates past the limit of {self.limit:,} bytes "
                                 "(decompression bomb?)")
            raise FetchError(f"body exceeds the limit of {self.limit:,} bytes")

    def feed(self, data: bytes) -> list[bytes]:
        if self.inflater is None:
            self._grow(len(data))
            return [data]
        out = []
        try:
            while data:
                piece = self.inflater.decompress(data, self.limit - self.size + 1)
                self._grow(len(piece))
                out.append(piece)
                data = self.inflater.unconsumed_tail
        except zlib.error as exc:
            if self.coding == "deflate" and not self._raw_deflate_tried and self.size == 0:
                # Some servers send raw deflate (no zlib header) under "deflate".
                self._raw_deflate_tried = True
                self.inflater = zlib.decompressobj(-zlib.MAX_WBITS)
                return self.feed(data)
            raise FetchError(f"cannot decode the {self.coding} body: {exc}") from exc
        return out

    def flush(self) -> list[bytes]:
        if self.inflater is None:
            return []
        tail = self.inflater.flush(self.limit - self.size + 1)
        self._grow(len(tail))
        return [tail]


class Fetcher:
    """An HTTP client for feeds. Build it in an entry point (it owns connections); use it as an async context."""

    def __init__(self, *, timeout: float = 20.0, connect_timeout: float = 10.0, total_timeout: float | None = None,
                 max_bytes: int = DEFAULT_MAX_BYTES, max_redirects: int = 5, contact: str = DEFAULT_CONTACT,
                 max_connections: int = 32, per_host: int = 4, transport: httpx.AsyncBaseTransport | None = None,
                 clock: Callable[[], datetime] | None = None):
        self.max_bytes = max_bytes
        self.total_timeout = total_timeout if total_timeout is not None else 3 * timeout
        self.per_host = per_host
        self.clock = clock or (lambda: datetime.now(UTC))
        self._host_gates: dict[str, asyncio.Semaphore] = {}
        self.client = httpx.AsyncClient(
            timeout=httpx.Timeout(timeout, connect=min(timeout, connect_timeout)),
            follow_redirects=True,
            max_redirects=max_redirects,
            limits=httpx.Limits(max_connections=max_connections, max_keepalive_connections=max_connections),
            headers={"User-Agent": user_agent(contact), "Accept": ACCEPT, "Accept-Encoding": "gzip, deflate"},
            transport=transport,
            verify=_tls(),
            event_hooks={"request": [self._check_scheme]},
        )

    @staticmethod
    async def _check_scheme(request: httpx.Request) -> None:
        if request.url.scheme not in ("http", "https"):
            raise FetchError(f"refused: only http(s) URLs can be fetched, not {str(request.url)[:200]!r}")

    async def aclose(self) -> None:
        await self.client.aclose()

    async def __aenter__(self) -> Fetcher:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    def _gate(self, url: str) -> asyncio.Semaphore:
        host = (urlsplit(url).hostname or "").lower()
        gate = self._host_gates.get(host)
        if gate is None:
            gate = self._host_gates[host] = asyncio.Semaphore(self.per_host)
        return gate

    async def fetch(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> Fetched:
        """GET `url` conditionally. Raises FetchError with a clear reason (and Retry-After) on any failure."""
        if not url.startswith(("http://", "https://")):
            raise FetchError(f"refused: only http(s) URLs can be fetched, not {url[:200]!r}")
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        started = time.monotonic()
        try:
            async with self._gate(url), asyncio.timeout(self.total_timeout):
                return await self._get(url, headers)
        except TimeoutError as exc:
            raise FetchError(f"timed out: no complete answer within {self.total_timeout:g}s (total limit)") from exc
        except httpx.TooManyRedirects as exc:
            raise FetchError(f"too many redirects: {exc}") from exc
        except httpx.TimeoutException as exc:
            raise FetchError(f"timed out after {time.monotonic() - started:.1f}s ({type(exc).__name__})") from exc
        except httpx.UnsupportedProtocol as exc:
            raise FetchError(f"refused: unsupported URL scheme: {exc}") from exc
        except httpx.InvalidURL as exc:
            raise FetchError(f"invalid URL: {exc}") from exc
        except httpx.HTTPError as exc:
            raise FetchError(f"cannot connect: {type(exc).__name__}: {exc or 'no detail'}") from exc

    async def _get(self, url: str, headers: dict[str, str]) -> Fetched:
        async with self.client.stream("GET", url, headers=headers) as response:
            got = {k.lower(): v for k, v in response.headers.items()}
            if response.status_code == 304:
                await response.aread()  # the (empty) body must be consumed, or the connection is not reused
                return Fetched(str(response.url), 304, b"", got)
            if response.status_code >= 400:
                retry = retry_after_seconds(got.get("retry-after"), self.clock())
                raise FetchError(f"HTTP {response.status_code} {response.reason_phrase}".strip(),
                                 status=response.status_code, retry_after=retry)
            declared = got.get("content-length", "")
            if declared.isdigit() and int(declared) > self.max_bytes:
                raise FetchError(f"body of {int(declared):,} bytes exceeds the limit of {self.max_bytes:,}",
                                 status=response.status_code)
            decoder = _Decoder(got.get("content-encoding", ""), self.max_bytes)
            chunks: list[bytes] = []
            try:
                async for raw in response.aiter_raw():
                    chunks.extend(decoder.feed(raw))
                chunks.extend(decoder.flush())
            except FetchError as exc:
                exc.status = response.status_code
                raise
            got.pop("content-encoding", None)
            return Fetched(str(response.url), response.status_code, b"".join(chunks), got)
