"""Parse feed bytes (feedparser) into plain entries: a pure function of bytes, safe to run in a worker process.

Fetching lives in `monitor.collect.fetch.base`; feedparser's own fetching has no timeout, so it only ever sees bytes.
What `parse_feed` returns is plain picklable data.
"""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin

import feedparser

from monitor.collect import fastrss
from monitor.collect.parsed import Entry, ParsedFeed
from monitor.errors import FeedError, NotAFeedError
from monitor.text import html_to_text
from monitor.urls import DEFAULT_RULES, UrlRules, canonical_url, clean_link

__all__ = ["Entry", "ParsedFeed", "parse_feed"]


_HTML_MARK = re.compile(rb"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.IGNORECASE)
_ALTERNATE = re.compile(
    rb"<link\b[^>]*\brel=[\"']?alternate[\"']?[^>]*\btype=[\"']?application/(?:rss|atom)\+xml[^>]*>", re.IGNORECASE
)
_HREF = re.compile(rb"\bhref=[\"']?([^\"' >]+)", re.IGNORECASE)
_FEED_MARK = re.compile(rb"<(?:[a-z]+:)?(?:rss|feed|rdf|channel)[\s>]", re.IGNORECASE)
_DOCTYPE_SUBSET = re.compile(rb"<!DOCTYPE\b[^\[>]{0,1000}\[", re.IGNORECASE)


def _when(struct: Any) -> datetime | None:
    if not struct:
        return None
    try:
        year, month, day, hour, minute, second = struct[:6]
        return datetime(year, month, day, hour, minute, second, tzinfo=UTC)
    except (TypeError, ValueError):
        return None


def _strip_internal_subset(body: bytes) -> tuple[bytes, bool]:
    """Drop a DOCTYPE's internal subset (where entity declarations live) so no parser can expand them.

    Billion-laughs and external-entity documents are defused before feedparser sees them, whatever the
    expat version; feeds never need their own entity declarations (HTML named entities still work).
    """
    head = body[:65536]
    match = _DOCTYPE_SUBSET.search(head)
    if match is None:
        return body, False
    end = _subset_end(body, match.end())
    if end < 0:  # an unterminated subset: drop everything up to the first element after it
        return body[:match.start()], True
    return body[:match.start()] + body[end:], True


def _subset_end(body: bytes, start: int) -> int:
    """The offset just past the `]>` that closes an internal subset (quoted strings may hold `]>`)."""
    quote = 0
    for i in range(start, min(len(body), start + 1_000_000)):
        c = body[i]
        if quote:
            if c == quote:
                quote = 0
        elif c in (0x22, 0x27):
            quote = c
        elif c == 0x5D:  # ]
            j = i + 1
            while j < len(body) and body[j] in b" \t\r\n":
                j += 1
            if j < len(body) and body[j] == 0x3E:  # >
                return j + 1
    return -1


def feed_alternates(body: bytes, base: str = "") -> list[str]:
    """The feed URLs an HTML page offers with <link rel="alternate" type="application/rss+xml|atom+xml">."""
    found = []
    for tag in _ALTERNATE.findall(body[:500_000]):
        m = _HREF.search(tag)
        if m:
            href = html_to_text(m.group(1).decode("utf-8", "replace"))
            link = urljoin(base, href) if base else href
            if link not in found:
                found.append(link)
    return found


def _html_page(body: bytes, url: str) -> NotAFeedError:
    """The error for an HTML page served where a feed was expected, naming the feed it offers, if any."""
    links = feed_alternates(body, url)
    hint = f"; the page offers a feed at {links[0]}" if links else ""
    return NotAFeedError(f"an HTML page, not a feed{hint}", alternates=links)


def _title(parent: Any) -> str:
    """A title as plain text: a text-type title is kept literally ("History of the <blink> tag"), an HTML one
    loses its markup."""
    value = str(dict.get(parent, "title") or "")
    detail = dict.get(parent, "title_detail") or {}
    if detail.get("type") == "text/plain":
        return " ".join(value.split())
    return html_to_text(value)


def _ttl(channel: Any) -> int | None:
    value = str(channel.get("ttl") or "").strip()
    return int(value) if value.isdigit() and 0 < int(value) < 1_000_000 else None


def _source(item: Any) -> str:
    source = dict.get(item, "source")
    return " ".join(str(source.get("title") or "").split())[:200] if isinstance(source, dict) else ""


def parse_feed(body: bytes, *, url: str = "", content_type: str = "", fast: bool = True,
               rules: UrlRules = DEFAULT_RULES) -> ParsedFeed:
    """Parse feed bytes. A malformed feed that still has entries is kept (with a warning);
    an empty body, an HTML page (NotAFeedError, with the feeds it offers) or a document with no feed in it
    raises FeedError. Never raises anything else for any input bytes.

    With `fast`, a plain RSS 2.0 document is read by `monitor.collect.fastrss` (the same values feedparser gives, at a
    tenth of the cost); every other document, and all of them without `fast`, by feedparser. `rules`: which
    query parameters of the links are tracking (monitor.urls)."""
    if not body.strip():
        raise FeedError("empty body: the server sent no feed")
    if _HTML_MARK.search(body[:4096]) and not _FEED_MARK.search(body[:65536]):
        # An HTML page: say so without feeding it to feedparser (its loose parser takes seconds per MB of HTML).
        raise _html_page(body, url)
    body, defused = _strip_internal_subset(body)
    quick = fastrss.read(body, content_type) if fast else None
    warnings = []
    if defused:
        warnings.append("DOCTYPE internal subset (entity declarations) removed")
    if quick is not None:
        channel, items = quick
    else:
        # No content-location: feedparser would resolve opaque GUIDs ("block-4") against it as if they were
        # links. Relative links are resolved below, against the feed's URL.
        headers = {}
        if content_type:
            headers["content-type"] = content_type
        # Our own html_to_text drops markup: feedparser's sanitizer and URI resolution are wasted work (half the time).
        parsed = feedparser.parse(io.BytesIO(body), response_headers=headers, sanitize_html=False,
                                  resolve_relative_uris=False)
        if parsed.get("bozo"):
            exc = parsed.get("bozo_exception")
            warnings.append(f"malformed feed: {type(exc).__name__}: {str(exc)[:300]}")
        if not parsed.get("version") and not parsed.entries:
            if _HTML_MARK.search(body[:4096]):
                raise _html_page(body, url)
            raise FeedError("; ".join(warnings) or "not a feed: no RSS or Atom document found")
        channel, items = parsed.get("feed", {}), parsed.entries
    warning = "; ".join(warnings)
    entries = []
    skipped = 0
    get = dict.get  # both readings give dicts (feedparser's FeedParserDict maps no key read here)
    for item in items:
        link = str(get(item, "link") or "")
        guid = str(get(item, "id") or "")
        if get(item, "guidislink") and link == guid and not guid.startswith(("http://", "https://")):
            link = ""  # feedparser made a link of an opaque GUID ("12345", "urn:..."): it names no page
        if not link and guid.startswith(("http://", "https://")):
            link = guid
        if link and url and not link.startswith(("http://", "https://")):
            link = urljoin(url, link.strip())
        if not link.startswith(("http://", "https://")):
            skipped += 1
            continue
        summary = html_to_text(str(get(item, "summary") or ""))
        body_text = ""
        content = get(item, "content") or []
        if content:
            body_text = html_to_text(str(content[0].get("value") or ""))
            if body_text == summary:
                body_text = ""
        authors = ", ".join(str(a.get("name", "")) for a in get(item, "authors", []) if a.get("name")) or str(
            get(item, "author", "") or "")
        entries.append(
            Entry(
                link=clean_link(link, rules),
                url=canonical_url(link, rules),
                guid=guid.strip(),
                title=_title(item),
                summary=summary,
                body=body_text,
                authors=authors,
                language=str(get(item, "language") or channel.get("language") or "")[:16],
                # dict.get: feedparser maps a missing updated_parsed to published_parsed, with a warning
                published=_when(get(item, "published_parsed")),
                updated=_when(get(item, "updated_parsed")),
                source=_source(item),
            )
        )
    return ParsedFeed(title=_title(channel), link=str(channel.get("link") or ""),
                      entries=entries, warning=warning, ttl_minutes=_ttl(channel), skipped=skipped,
                      parser="feedparser" if quick is None else "fastrss")


def parse_job(body: bytes, url: str, content_type: str, fast: bool = True,
              rules: UrlRules = DEFAULT_RULES) -> ParsedFeed | tuple[str, str]:
    """parse_feed for a worker process: a FeedError comes back as data ('feed', message), never as a raise,
    so that exceptions with extra attributes need not survive pickling."""
    try:
        return parse_feed(body, url=url, content_type=content_type, fast=fast, rules=rules)
    except FeedError as exc:
        return ("feed", str(exc))
