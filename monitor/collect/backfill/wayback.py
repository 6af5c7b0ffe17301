"""A Wayback client over storywatch's own fetcher: list an URL's captures, list a site's URLs, fetch a capture.

Neither `wayback` (EDGI) nor `cdx-toolkit` from PyPI fits: both send their requests with `requests` themselves
(so the fetch limits and the egress policy would not apply), `wayback` knows only the Internet Archive's
addresses and plain-text answers, and `cdx-toolkit` sleeps in library code with its own module-level pacing.
The CDX protocol itself is small (monitor/collect/backfill/cdx.py); this is the I/O around it.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from monitor.collect.backfill.cdx import IA_BASE, Capture, CdxPage, Layout, collapse_digests, layout_of, parse_cdx
from monitor.collect.backfill.pace import PoliteFetcher
from monitor.collect.fetch.base import Fetched
from monitor.errors import ConfigError, FetchError

WAYBACK_ENV = "STORYWATCH_WAYBACK_URL"
PREFIX_PAGE = 1000  # rows per page of a prefix query (the Internet Archive pages them with a resume key)


def wayback_address(env: Mapping[str, str] | None = None) -> str:
    """The archive to read: STORYWATCH_WAYBACK_URL, else the Internet Archive."""
    env = os.environ if env is None else env
    return env.get(WAYBACK_ENV, "").strip() or IA_BASE


def archive_layout(address: str) -> Layout:
    try:
        return layout_of(address)
    except ValueError as exc:
        raise ConfigError(f"{WAYBACK_ENV}: {exc}") from exc


@dataclass
class Wayback:
    layout: Layout
    http: PoliteFetcher

    @property
    def address(self) -> str:
        return self.layout.root

    async def _index(self, query: str) -> CdxPage:
        fetched = await self.http.get(query)
        return parse_cdx(fetched.body)

    async def captures(self, url: str, start: date | None = None, end: date | None = None) -> list[Capture]:
        """The distinct captures of `url` (consecutive identical ones collapsed), oldest first."""
        page = await self._index(self.layout.query(url, start=start, end=end))
        return collapse_digests(list(page.captures))

    async def site_urls(self, prefix: str, start: date, end: date, *, url_filter: str = "",
                        resume_key: str = "") -> CdxPage:
        """One page of the URLs captured under a domain within [start, end] whose address matches `url_filter`
        (a regular expression); its resume key, when the archive pages its answer."""
        return await self._index(self.layout.query(prefix, start=start, end=end, match="domain",
                                                   url_filter=url_filter, limit=PREFIX_PAGE, resume_key=resume_key))

    async def fetch(self, capture: Capture) -> Fetched:
        """The capture as archived (raw, `id_`). A capture that answers an error status raises FetchError."""
        fetched = await self.http.get(self.layout.capture_url(capture.timestamp, capture.url))
        if fetched.status != 200:
            raise FetchError(f"the archive answered {fetched.status} for a capture", status=fetched.status)
        return fetched
