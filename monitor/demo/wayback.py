"""The demo site's web archive (pure): the story's pages as a Wayback would have captured them, answered in
the Internet Archive's shapes.

After every stage of the story the archive "crawls" every page the site shows, so a page has one capture
per stage (consecutive ones identical until the page changes, as real archives hold them). `WaybackIndex`
answers the CDX API as web.archive.org does (`/cdx/search/cdx`: output=json as one array with a header row;
url, matchType exact|prefix|domain, from, to, filter statuscode:/original:REGEX, collapse digest|urlkey,
fl, limit with showResumeKey/resumeKey) and serves each capture raw (`/web/{timestamp}id_/{url}`).
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import urlsplit

from monitor.demo.story import Story, published_at

FIELDS = ("urlkey", "timestamp", "original", "mimetype", "statuscode", "digest", "length")
CRAWL_DELAY = timedelta(minutes=30)  # the archive captures a stage's pages this long after its last change


@dataclass(frozen=True)
class Snapshot:
    timestamp: str
    url: str
    body: bytes

    @property
    def digest(self) -> str:
        return base64.b32encode(hashlib.sha1(self.body).digest()).decode()

    def row(self) -> dict[str, str]:
        parts = urlsplit(self.url)
        host = ",".join(reversed((parts.hostname or "").split(".")))
        return {"urlkey": f"{host}){parts.path}".lower(), "timestamp": self.timestamp, "original": self.url,
                "mimetype": "text/html", "statuscode": "200", "digest": self.digest, "length": str(len(self.body))}


def _stamp(when: datetime) -> str:
    return when.strftime("%Y%m%d%H%M%S")


def story_snapshots(story: Story, base: str, render: dict[int, dict[str, tuple[bytes, str, datetime]]]
                    ) -> list[Snapshot]:
    """One capture of every article page after every stage (`render`: stage -> the site's routes then)."""
    snapshots = []
    for number in range(len(story.stages)):
        shown = published_at(story, number)
        changed = [a.updated or a.published for a in shown.values()]
        when = max(changed) + CRAWL_DELAY
        for article in shown.values():
            route = render[number].get(article.path)
            if route is not None:
                snapshots.append(Snapshot(_stamp(when), base + article.path, route[0]))
    return sorted(snapshots, key=lambda s: (s.url, s.timestamp))


def _bound(value: str, fill: str) -> str:
    digits = "".join(ch for ch in value if ch.isdigit())
    return (digits + fill[len(digits):])[:14]


class WaybackIndex:
    """The captures, and the CDX answers about them."""

    def __init__(self, snapshots: list[Snapshot]):
        self.snapshots = snapshots

    def capture(self, timestamp: str, url: str) -> bytes | None:
        for snap in self.snapshots:
            if snap.timestamp == timestamp and snap.url == url:
                return snap.body
        return None

    def cdx(self, params: list[tuple[str, str]]) -> bytes:
        """The answer to a CDX query (its parameters as given)."""
        get = dict(params)
        url, match = get.get("url", ""), get.get("matchType", "exact")
        low, high = _bound(get.get("from", ""), "00000000000000"), _bound(get.get("to", ""), "99999999999999")
        filters = [v for k, v in params if k == "filter"]
        rows = []
        for snap in self.snapshots:
            row = snap.row()
            if not (low <= snap.timestamp <= high) or not _matches(snap.url, url, match):
                continue
            if not all(_filter(row, f) for f in filters):
                continue
            rows.append(row)
        collapse = get.get("collapse", "")
        if collapse:
            kept: list[dict[str, str]] = []
            for row in rows:
                if not kept or kept[-1][collapse] != row[collapse] or (collapse == "digest"
                                                                         and kept[-1]["original"] != row["original"]):
                    kept.append(row)
            rows = kept
        fields = tuple(get["fl"].split(",")) if get.get("fl") else FIELDS
        start = int(get.get("resumeKey") or 0)
        limit = int(get.get("limit") or 0)
        page = rows[start:start + limit] if limit else rows[start:]
        out: list[list[str]] = [list(fields), *([r[f] for f in fields] for r in page)] if page else []
        if limit and get.get("showResumeKey") == "true" and start + limit < len(rows):
            out += [[], [str(start + limit)]]
        return json.dumps(out).encode()


def _matches(captured: str, asked: str, match: str) -> bool:
    bare = re.sub(r"^https?://(www\.)?", "", captured).lower()
    wanted = re.sub(r"^https?://(www\.)?", "", asked).lower()
    if match == "exact":
        return bare.rstrip("/") == wanted.rstrip("/")
    if match == "prefix":
        return bare.startswith(wanted)
    host = (urlsplit(captured).hostname or "").lower()
    domain = wanted.split("/")[0].split(":")[0]
    return host == domain or host.endswith("." + domain)


def _filter(row: dict[str, str], spec: str) -> bool:
    negate = spec.startswith("!")
    name, _, pattern = spec.lstrip("!").partition(":")
    key = {"statuscode": "statuscode", "original": "original", "mimetype": "mimetype"}.get(name, name)
    found = re.fullmatch(pattern, row.get(key, ""), re.IGNORECASE) is not None
    return found != negate
