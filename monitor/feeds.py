"""Fetch feeds over HTTP (httpx, conditional GET, bounded bodies) and parse them (feedparser) into entries.

Fetching is I/O at the edge (the Fetcher is built by the entry point); parsing is a pure function of bytes.
feedparser's own fetching has no timeout, so it only ever sees bytes.
"""

from __future__ import annotations

import io
import re
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import feedparser
import httpx

from . import __version__
from .errors import FeedError, FetchError
from .text import html_to_text

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
DEFAULT_CONTACT = "https://github.com/storywatch/storywatch"


def user_agent(contact: str = DEFAULT_CONTACT) -> str:
    return f"storywatch/{__version__} (+{contact}; media monitoring)"


@dataclass(frozen=True)
class Fetched:
    url: str
    status: int
    body: bytes
    headers: dict[str, str]

    @property
    def not_modified(self) -> bool:
        return self.status == 304


@dataclass(frozen=True)
class Entry:
    link: str
    guid: str = ""
    title: str = ""
    summary: str = ""
    body: str = ""
    authors: str = ""
    language: str = ""
    published: datetime | None = None
    updated: datetime | None = None


@dataclass(frozen=True)
class ParsedFeed:
    title: str
    link: str
    entries: list[Entry] = field(default_factory=list)
    warning: str = ""  # why feedparser flagged it malformed, when it still gave entries


def retry_after_seconds(value: str | None, now: datetime) -> float | None:
    """Retry-After as seconds: either delta-seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - now).total_seconds())


class Fetcher:
    """An HTTP client for feeds: timeouts, a redirect limit, a body size limit, http(s) only."""

    def __init__(self, *, timeout: float = 20.0, max_bytes: int = DEFAULT_MAX_BYTES, contact: str = DEFAULT_CONTACT,
                 max_connections: int = 16, transport: httpx.AsyncBaseTransport | None = None):
        self.max_bytes = max_bytes
        self.client = httpx.AsyncClient(
            timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
            follow_redirects=True,
            max_redirects=5,
            limits=httpx.Limits(max_connections=max_connections, max_keepalive_connections=max_connections),
            headers={"User-Agent": user_agent(contact), "Accept": "application/rss+xml, application/atom+xml, "
                     "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"},
            transport=transport,
        )

    async def aclose(self) -> None:
        await self.client.aclose()

    async def __aenter__(self) -> Fetcher:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def fetch(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> Fetched:
        """GET `url` conditionally. Raises FetchError with a clear reason on any failure."""
        if not url.startswith(("http://", "https://")):
            raise FetchError(f"only http(s) URLs can be fetched: {url!r}")
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        started = time.monotonic()
        try:
            async with self.client.stream("GET", url, headers=headers) as response:
                if response.status_code == 304:
                    return Fetched(str(response.url), 304, b"", dict(response.headers))
                if response.status_code >= 400:
                    retry = retry_after_seconds(response.headers.get("Retry-After"), datetime.now(UTC))
                    raise FetchError(f"HTTP {response.status_code} {response.reason_phrase}".strip(),
                                     status=response.status_code, retry_after=retry)
                declared = response.headers.get("Content-Length", "")
                if declared.isdigit() and int(declared) > self.max_bytes:
                    raise FetchError(f"body of {int(declared):,} bytes exceeds the limit of {self.max_bytes:,}",
                                     status=response.status_code)
                chunks: list[bytes] = []
                size = 0
                async for chunk in response.aiter_bytes():
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise FetchError(f"body exceeds the limit of {self.max_bytes:,} bytes (decoded)",
                                         status=response.status_code)
                    chunks.append(chunk)
                return Fetched(str(response.url), response.status_code, b"".join(chunks), dict(response.headers))
        except httpx.TooManyRedirects as exc:
            raise FetchError(f"too many redirects: {exc}") from exc
        except httpx.TimeoutException as exc:
            raise FetchError(f"timed out after {time.monotonic() - started:.1f}s ({type(exc).__name__})") from exc
        except httpx.DecodingError as exc:
            raise FetchError(f"cannot decode the response: {exc}") from exc
        except httpx.UnsupportedProtocol as exc:
            raise FetchError(f"unsupported redirect target: {exc}") from exc
        except httpx.TransportError as exc:
            raise FetchError(f"cannot connect: {type(exc).__name__}: {exc or 'no detail'}") from exc


_HTML_MARK = re.compile(rb"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.IGNORECASE)
_ALTERNATE = re.compile(
    rb"<link\b[^>]*\brel=[\"']?alternate[\"']?[^>]*\btype=[\"']?application/(?:rss|atom)\+xml[^>]*>", re.IGNORECASE
)
_HREF = re.compile(rb"\bhref=[\"']?([^\"' >]+)", re.IGNORECASE)


def _when(struct: Any) -> datetime | None:
    if not struct:
        return None
    try:
        year, month, day, hour, minute, second = struct[:6]
        return datetime(year, month, day, hour, minute, second, tzinfo=UTC)
    except (TypeError, ValueError):
        return None


def parse_feed(body: bytes, *, url: str = "", content_type: str = "") -> ParsedFeed:
    """Parse feed bytes. A malformed feed that still has entries is kept (with a warning);
    an empty body, an HTML page or a document with no feed in it raises FeedError."""
    if not body.strip():
        raise FeedError("empty body: the server sent no feed")
    headers = {"content-location": url}
    if content_type:
        headers["content-type"] = content_type
    parsed = feedparser.parse(io.BytesIO(body), response_headers=headers)
    warning = ""
    if parsed.get("bozo"):
        warning = f"malformed feed: {type(parsed.get('bozo_exception')).__name__}: {parsed.get('bozo_exception')}"
    if not parsed.get("version") and not parsed.entries:
        if _HTML_MARK.search(body[:4096]):
            offered = [_HREF.search(tag) for tag in _ALTERNATE.findall(body[:200_000])]
            hint = ""
            links = [m.group(1).decode("utf-8", "replace") for m in offered if m]
            if links:
                hint = f"; the page offers a feed at {links[0]}"
            raise FeedError(f"an HTML page, not a feed{hint}")
        raise FeedError(warning or "not a feed: no RSS or Atom document found")
    channel = parsed.get("feed", {})
    entries = []
    for item in parsed.entries:
        link = item.get("link") or ""
        guid = item.get("id") or ""
        if not link and guid.startswith(("http://", "https://")):
            link = guid
        if not link:
            continue
        summary = html_to_text(item.get("summary") or "")
        body_text = ""
        content = item.get("content") or []
        if content:
            body_text = html_to_text(content[0].get("value") or "")
            if body_text == summary:
                body_text = ""
        authors = ", ".join(a.get("name", "") for a in item.get("authors", []) if a.get("name")) or item.get(
            "author", "")
        entries.append(
            Entry(
                link=link.strip(),
                guid=guid.strip(),
                title=html_to_text(item.get("title") or ""),
                summary=summary,
                body=body_text,
                authors=authors,
                language=(item.get("language") or channel.get("language") or "")[:16],
                # dict.get: feedparser maps a missing updated_parsed to published_parsed, with a warning
                published=_when(dict.get(item, "published_parsed")),
                updated=_when(dict.get(item, "updated_parsed")),
            )
        )
    return ParsedFeed(title=html_to_text(channel.get("title") or ""), link=channel.get("link") or "",
                      entries=entries, warning=warning)
