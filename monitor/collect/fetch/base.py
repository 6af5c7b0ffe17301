"""Hardened HTTP fetching of feeds: the poller's only door to the network.

Every request is conditional (ETag, Last-Modified) and bounded: connect, read and total timeouts, a redirect
limit, the egress policy (monitor/egress.py: http(s) only, global addresses unless the operator allowed a
network) on the URL asked for, on every redirect hop and on every address connected to, connections limited
overall and per host, a body size limit enforced while streaming, and decompression done here, chunk by chunk
with a bounded output, so that a gzip bomb is refused after at most `max_bytes` of output instead of being
inflated into memory.

Two HTTP clients can carry the requests, behind one interface (`Fetcher`): aiohttp (`via_aiohttp`, the default:
about a third of httpx's CPU per request, which is most of a warm poll) and httpx (`via_httpx`). This module holds
everything they share: the request flow, the limits, the response handling and the bounded decoder; a backend
opens connections (through the egress policy: its resolver or network backend refuses an address that is not
allowed, so the check is on the very address connected to) and translates its errors.
"""

from __future__ import annotations

import asyncio
import os
import ssl
import sys
import threading
import time
import zlib
from collections.abc import AsyncIterator, Callable, Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from functools import cache
from typing import ClassVar
from urllib.parse import urlsplit

from monitor import __version__
from monitor.egress import Egress
from monitor.errors import FetchError

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
DEFAULT_CONTACT = "https://github.com/storywatch/storywatch"
ACCEPT_ENCODING = "gzip, deflate"  # what _Decoder can undo; nothing else is asked for
ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"


def user_agent(contact: str = DEFAULT_CONTACT) -> str:
    return f"storywatch/{__version__} (+{contact}; media monitoring)"


_TLS_LOCK = threading.Lock()  # a service's scheduler threads may open fetchers at the same time


def tls_context() -> ssl.SSLContext:
    """One verifying TLS context per process, shared by every Fetcher (httpx would otherwise load a CA bundle
    again for each): `ssl.create_default_context`'s settings, with no CA certificates yet. `trust_loaded` puts
    them in before the first https request (`Fetcher.allow`): loading a bundle costs 20-60 ms, more than a warm
    poll's SQL, and a run whose feeds are all http never pays it. A handshake before that fails, never passes:
    the context requires a verified certificate."""
    with _TLS_LOCK:
        return _context()


def trust_loaded() -> ssl.SSLContext:
    """`tls_context()` with the CA certificates httpx would trust loaded into it (once per process): SSL_CERT_FILE
    or SSL_CERT_DIR when set, else certifi's bundle (read directly, so that polling with aiohttp never imports
    httpx)."""
    with _TLS_LOCK:
        return _trusted()


@cache
def _context() -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)  # CERT_REQUIRED and check_hostname, as the default's
    keylog = os.environ.get("SSLKEYLOGFILE")
    if keylog and not sys.flags.ignore_environment:
        context.keylog_filename = keylog  # as create_default_context does
    return context


@cache
def _trusted() -> ssl.SSLContext:
    context = _context()
    if os.environ.get("SSL_CERT_FILE"):
        context.load_verify_locations(cafile=os.environ["SSL_CERT_FILE"])
    elif os.environ.get("SSL_CERT_DIR"):
        context.load_verify_locations(capath=os.environ["SSL_CERT_DIR"])
    else:
        import certifi

        context.load_verify_locations(cafile=certifi.where())
    return context


@dataclass(frozen=True)
class Fetched:
    url: str  # after redirects
    status: int
    body: bytes  # decoded (no Content-Encoding left)
    headers: dict[str, str]  # lower-case names
    moved_to: str = ""  # where the URL asked for led when every redirect hop was permanent (301, 308)

    @property
    def not_modified(self) -> bool:
        return self.status == 304


PERMANENT_REDIRECTS = frozenset({301, 308})


def moved(fetched: Fetched, hops: list[int]) -> Fetched:
    """`fetched` with `moved_to` set when it came through redirects (their statuses: `hops`), all permanent."""
    if hops and all(status in PERMANENT_REDIRECTS for status in hops):
        return replace(fetched, moved_to=fetched.url)
    return fetched


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


def header_dict(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Response headers with lower-case names, a repeated header's values joined by ", " (as HTTP allows)."""
    out: dict[str, str] = {}
    for name, value in pairs:
        key = name.lower()
        out[key] = f"{out[key]}, {value}" if key in out else value
    return out


def too_many_redirects(limit: int) -> FetchError:
    return FetchError(f"too many redirects: Exceeded maximum allowed redirects ({limit}).")


def timed_out(elapsed: float, kind: str) -> FetchError:
    """A connect or read timeout (the backend's own); the total limit has its own message in `Fetcher.fetch`."""
    return FetchError(f"timed out after {elapsed:.1f}s ({kind})")


def cannot_connect(exc: BaseException) -> FetchError:
    return FetchError(f"cannot connect: {type(exc).__name__}: {exc or 'no detail'}")


async def read_response(url: str, status: int, reason: str, headers: dict[str, str], raw: AsyncIterator[bytes],
                        max_bytes: int, now: datetime) -> Fetched:
    """Turn one final (non-redirect) response into a Fetched or a FetchError: the status checks, Retry-After,
    the declared and the streamed size limit and the bounded decoding. `raw` yields the body as sent (still
    Content-Encoded); `headers` has lower-case names."""
    if status == 304:
        async for _ in raw:  # the (empty) body must be consumed, or the connection is not reused
            pass
        return Fetched(url, 304, b"", headers)
    if status >= 400:
        retry = retry_after_seconds(headers.get("retry-after"), now)
        raise FetchError(f"HTTP {status} {reason}".strip(), status=status, retry_after=retry)
    declared = headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise FetchError(f"body of {int(declared):,} bytes exceeds the limit of {max_bytes:,}", status=status)
    chunks: list[bytes] = []
    try:
        decoder = _Decoder(headers.get("content-encoding", ""), max_bytes)
        async for piece in raw:
            chunks.extend(decoder.feed(piece))
        chunks.extend(decoder.flush())
    except FetchError as exc:
        exc.status = status
        raise
    headers.pop("content-encoding", None)
    return Fetched(url, status, b"".join(chunks), headers)


class Fetcher:
    """An HTTP client for feeds. Build it in an entry point with `monitor.collect.fetch.make_fetcher` (it owns
    connections); use it as an async context. Callers only ever see this interface: a backend implements
    `_open`, `_get` (each redirect hop through `allow`) and `_close` and names the exceptions of its client
    (`client_errors`) that `_explain` turns into FetchErrors."""

    http: ClassVar[str] = ""
    client_errors: ClassVar[tuple[type[BaseException], ...]] = ()

    def __init__(self, *, timeout: float = 20.0, connect_timeout: float = 10.0,
                 total_timeout: float | None = None, max_bytes: int = DEFAULT_MAX_BYTES, max_redirects: int = 5,
                 contact: str = DEFAULT_CONTACT, max_connections: int = 32, per_host: int = 4,
                 clock: Callable[[], datetime] | None = None, egress: Egress | None = None):
        # No policy given: the operator's allow-list from the environment (STORYWATCH_ALLOW_NETWORKS), else
        # global addresses only.
        self.egress = egress if egress is not None else Egress.from_environment(os.environ)
        self.timeout = timeout
        self.connect_timeout = min(timeout, connect_timeout)
        self.max_bytes = max_bytes
        self.max_redirects = max_redirects
        self.total_timeout = total_timeout if total_timeout is not None else 3 * timeout
        self.max_connections = max_connections
        self.per_host = per_host
        self.clock = clock or (lambda: datetime.now(UTC))
        self.headers = {"User-Agent": user_agent(contact), "Accept": ACCEPT,
                        "Accept-Encoding": ACCEPT_ENCODING}
        self._host_gates: dict[str, asyncio.Semaphore] = {}
        self._open()

    def _open(self) -> None:
        raise NotImplementedError

    async def _get(self, url: str, headers: dict[str, str]) -> Fetched:
        """One GET, redirects followed (each hop through `self.allow`), the final answer through
        `read_response`."""
        raise NotImplementedError

    async def _close(self) -> None:
        raise NotImplementedError

    def _explain(self, exc: BaseException, elapsed: float) -> FetchError:
        """One of `client_errors` as a FetchError."""
        raise NotImplementedError

    async def aclose(self) -> None:
        await self._close()

    async def __aenter__(self) -> Fetcher:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    def allow(self, url: str) -> None:
        """Before every request, the first and each redirect hop: the egress policy's check (EgressError), and for
        an https URL the shared TLS context's CA certificates loaded, on the first one (`trust_loaded`)."""
        self.egress.check_url(url)
        if url[:6].lower() == "https:":
            trust_loaded()

    def _gate(self, url: str) -> asyncio.Semaphore:
        host = (urlsplit(url).hostname or "").lower()
        gate = self._host_gates.get(host)
        if gate is None:
            gate = self._host_gates[host] = asyncio.Semaphore(self.per_host)
        return gate

    async def fetch(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> Fetched:
        """GET `url` conditionally. Raises FetchError with a clear reason (and Retry-After) on any failure;
        EgressError (a FetchError) when the policy refuses the URL, a redirect hop or the address."""
        self.allow(url)
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        started = time.monotonic()
        try:
            async with self._gate(url), asyncio.timeout(self.total_timeout):
                return await self._get(url, headers)
        except self.client_errors as exc:  # before TimeoutError: aiohttp's read timeouts are TimeoutErrors too
            raise self._explain(exc, time.monotonic() - started) from exc
        except TimeoutError as exc:
            raise FetchError(f"timed out: no complete answer within {self.total_timeout:g}s (total limit)") from exc
