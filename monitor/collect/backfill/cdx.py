"""The Wayback CDX API (pure): where an archive's index and captures live, the queries, and the answers read.

Two layouts exist. The Internet Archive serves its index at `/cdx/search/cdx` and its captures at
`/web/{timestamp}id_/{url}`; pywb (the open-source Wayback that national libraries and private archives run)
serves one collection's index at `/{collection}/cdx` and its captures at `/{collection}/{timestamp}id_/{url}`.
The answers differ too: the Internet Archive's `output=json` is one JSON array whose first row names the
fields (and, with `showResumeKey=true`, ends with an empty row and a one-element row holding the key to go
on from); pywb's is JSON lines, one object per capture; both archives answer plain text (space-separated
fields) without `output=json`. `parse_cdx` reads all three.

pywb ignores `collapse` and `showResumeKey` (checked against pywb 2.10), so `collapse_digests` does the
collapse on our side, for both.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from urllib.parse import urlencode, urlsplit

from monitor.errors import FeedError

IA_BASE = "https://web.archive.org"
# The Internet Archive's default field order for plain-text answers (and for JSON without a header row).
IA_FIELDS = ("urlkey", "timestamp", "original", "mimetype", "statuscode", "digest", "length")
_ALIASES = {"url": "original", "mime": "mimetype", "status": "statuscode"}


@dataclass(frozen=True)
class Layout:
    """An archive's addresses: its CDX index and how a raw capture is named."""

    kind: str  # 'ia' or 'pywb'
    root: str  # scheme://host[:port] for 'ia'; scheme://host[:port]/collection for 'pywb'

    @property
    def host(self) -> str:
        return (urlsplit(self.root).hostname or "").lower()

    @property
    def index(self) -> str:
        return f"{self.root}/cdx/search/cdx" if self.kind == "ia" else f"{self.root}/cdx"

    def capture_url(self, timestamp: str, url: str) -> str:
        """The capture as it was archived, without the archive's rewriting (`id_`)."""
        prefix = f"{self.root}/web" if self.kind == "ia" else self.root
        return f"{prefix}/{timestamp}id_/{url}"

    def query(self, url: str, *, start: date | None = None, end: date | None = None, match: str = "exact",
              limit: int = 0, resume_key: str = "", url_filter: str = "", fields: tuple[str, ...] = ()) -> str:
        """A CDX query: successful captures only, adjacent duplicates collapsed, within [start, end] (days)."""
        # The Internet Archive's filters are regular expressions over whole fields; pywb's match a substring
        # unless marked: `=` exact, `~` a regular expression (from the start).
        ok, address = ("statuscode:200", "original:") if self.kind == "ia" else ("=status:200", "~url:")
        params: list[tuple[str, str]] = [("url", url), ("output", "json"), ("filter", ok)]
        if url_filter:
            params.append(("filter", address + url_filter))
        params.append(("collapse", "digest" if match == "exact" else "urlkey"))
        if match != "exact":
            params.append(("matchType", match))
        if start is not None:
            params.append(("from", start.strftime("%Y%m%d")))
        if end is not None:
            params.append(("to", end.strftime("%Y%m%d") + "235959"))
        if fields:
            params.append(("fl", ",".join(fields)))
        if limit and self.kind == "ia":
            params += [("limit", str(limit)), ("showResumeKey", "true")]
            if resume_key:
                params.append(("resumeKey", resume_key))
        return f"{self.index}?{urlencode(params)}"


def layout_of(address: str) -> Layout:
    """The layout an address names: a bare host, or an address ending in /web, is the Internet Archive's
    (`https://web.archive.org`, `https://mirror.example/wayback/web`); any other path is a pywb collection
    (`http://127.0.0.1:8080/my-web-archive`)."""
    address = address.strip().rstrip("/")
    parts = urlsplit(address)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"not an http(s) archive address: {address!r}")
    path = parts.path.rstrip("/")
    root = f"{parts.scheme}://{parts.netloc}"
    if path == "" or path.endswith("/web"):
        return Layout("ia", root + path.removesuffix("/web"))
    return Layout("pywb", root + path)


@dataclass(frozen=True)
class Capture:
    """One capture in an archive's index."""

    timestamp: str  # 14 digits, UTC, as the archive names it
    url: str  # the URL captured
    digest: str = ""
    status: str = ""
    mime: str = ""

    @property
    def when(self) -> datetime:
        return timestamp_time(self.timestamp)


@dataclass(frozen=True)
class CdxPage:
    captures: tuple[Capture, ...]
    resume_key: str = ""  # where the next page starts (the Internet Archive's paging), '' at the end


def timestamp_time(timestamp: str) -> datetime:
    """A CDX timestamp (4 to 14 digits, padded with the earliest values) as a UTC datetime."""
    digits = "".join(ch for ch in timestamp if ch.isdigit())
    if len(digits) < 4:
        raise ValueError(f"not a CDX timestamp: {timestamp!r}")
    padded = (digits + "0101000000"[len(digits) - 4:])[:14] if len(digits) < 14 else digits[:14]
    return datetime.strptime(padded, "%Y%m%d%H%M%S").replace(tzinfo=UTC)


def _capture(row: dict[str, str]) -> Capture | None:
    fields = {_ALIASES.get(k, k): v for k, v in row.items()}
    timestamp, url = fields.get("timestamp", ""), fields.get("original", "")
    if not timestamp or not url or not timestamp.isdigit():
        return None
    return Capture(timestamp=timestamp, url=url, digest=fields.get("digest", ""),
                   status=fields.get("statuscode", ""), mime=fields.get("mimetype", ""))


def _json_array(rows: list[object]) -> CdxPage:
    resume = ""
    # showResumeKey: [..., [], ["key"]]
    last = rows[-1] if rows else None
    if len(rows) >= 2 and rows[-2] == [] and isinstance(last, list) and len(last) == 1:
        resume = str(last[0])
        rows = rows[:-2]
    table = [r for r in rows if isinstance(r, list) and r]
    if len(table) != len([r for r in rows if r != []]):
        raise FeedError("not a CDX answer: a JSON array whose rows are not arrays")
    if not table:
        return CdxPage((), resume)
    header = [str(c) for c in table[0]]
    has_header = "timestamp" in header
    names = header if has_header else list(IA_FIELDS)
    captures = [c for r in (table[1:] if has_header else table)
                if (c := _capture(dict(zip(names, (str(v) for v in r), strict=False)))) is not None]
    return CdxPage(tuple(captures), resume)


def parse_cdx(body: bytes, fields: tuple[str, ...] = ()) -> CdxPage:
    """Read a CDX answer in any of its shapes: a JSON array with a header row (the Internet Archive's
    output=json), JSON lines (pywb's), or plain text lines of space-separated fields (`fields`, by default the
    Internet Archive's order). An empty answer is no capture. Raises FeedError for anything else (an HTML
    error page)."""
    text = body.decode("utf-8", "replace").strip()
    if not text:
        return CdxPage(())
    if text.startswith("["):
        try:
            rows = json.loads(text)
        except ValueError as exc:
            raise FeedError(f"not a CDX answer: broken JSON: {exc}") from exc
        if not isinstance(rows, list):
            raise FeedError("not a CDX answer: JSON that is not an array")
        return _json_array(rows)
    if text.startswith("{"):
        captures = []
        for line in text.splitlines():
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except ValueError as exc:
                raise FeedError(f"not a CDX answer: a line that is not JSON: {line[:80]!r}") from exc
            if isinstance(row, dict) and "error" in row and "timestamp" not in row:
                continue  # pywb's {"error": "No Captures found ..."}
            if isinstance(row, dict) and (c := _capture({k: str(v) for k, v in row.items()})) is not None:
                captures.append(c)
        return CdxPage(tuple(captures))
    if text.lstrip().lower().startswith(("<!doctype", "<html", "<?xml")):
        raise FeedError("not a CDX answer: an HTML or XML page")
    names = fields or IA_FIELDS
    captures = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= len(names) and (c := _capture(dict(zip(names, parts, strict=False)))) is not None:
            captures.append(c)
    return CdxPage(tuple(captures))


def collapse_digests(captures: list[Capture] | tuple[Capture, ...]) -> list[Capture]:
    """Captures in time order with consecutive identical contents (same digest) kept once, the first of each run:
    what `collapse=digest` asks of an archive, done here because pywb ignores it."""
    out: list[Capture] = []
    for capture in sorted(captures, key=lambda c: c.timestamp):
        if out and capture.digest and capture.digest == out[-1].digest:
            continue
        if out and capture.timestamp == out[-1].timestamp and capture.url == out[-1].url:
            continue
        out.append(capture)
    return out


def distinct_urls(captures: list[Capture] | tuple[Capture, ...]) -> list[Capture]:
    """The first capture of each URL (what a prefix query's `collapse=urlkey` asks for), in the order found."""
    seen: set[str] = set()
    out = []
    for capture in captures:
        key = capture.url.split("://", 1)[-1].lower().removeprefix("www.").rstrip("/")
        if key not in seen:
            seen.add(key)
            out.append(capture)
    return out


def newest_since(captures: list[Capture] | tuple[Capture, ...], since: datetime | None) -> Capture | None:
    """The newest capture taken after `since` (any, when None)."""
    later = [c for c in captures if since is None or c.when > since]
    return max(later, key=lambda c: c.timestamp) if later else None
