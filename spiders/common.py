"""What the spiders share: the crawl's configuration from settings, page extraction, and failure reasons.

Every request that fails ends in `PageSpider.failed`, which names the reason (http_403, too_large,
redirect_loop, refused by the egress policy, ...) in the crawl's stats (`storywatch/dropped/<reason>`), so a
run records why a page was dropped; nothing is raised past the spider.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import scrapy
from scrapy.exceptions import (
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadTimeoutError,
    IgnoreRequest,
)
from scrapy.http import HtmlResponse, Response
from scrapy.settings import BaseSettings
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.defer import CancelledError
from twisted.internet.error import ConnectionRefusedError, DNSLookupError, TCPTimedOutError, TimeoutError
from twisted.python.failure import Failure

from monitor.clock import iso, parse_iso, utcnow
from monitor.collect.backfill.botwall import bot_wall
from monitor.collect.backfill.cdx import Layout, collapse_digests, newest_since, parse_cdx
from monitor.collect.backfill.fallback import Standing, falls_back
from monitor.collect.backfill.wayback import archive_layout, wayback_address
from monitor.collect.extract import Page, extract_page
from monitor.collect.fetch.base import retry_after_seconds
from monitor.collect.newslinks import is_search_link, publisher_url
from monitor.errors import ConfigError, ExtractError, FeedError
from monitor.seeds import default_seeds_dir
from monitor.sites import Sites, load_sites

from .egress import EgressRefused
from .items import ArticleItem, VisitItem

# Less main text than this is a navigation or error page, not an article (a one-line brief still has more).
MIN_TEXT_CHARS = 40


@dataclass(frozen=True)
class CrawlConfig:
    db: str
    seeds: Path
    now: datetime
    max_age: timedelta
    retry_after_max: float
    fixed: bool = False  # `now` came from STORYWATCH_NOW: every write uses it

    def clock(self) -> datetime:
        """The time to stamp a write with: the real clock, unless a test fixed it."""
        return self.now if self.fixed else utcnow()

    @classmethod
    def from_settings(cls, settings: BaseSettings) -> CrawlConfig:
        now_text = settings.get("STORYWATCH_NOW") or ""
        try:
            now = parse_iso(now_text) or utcnow()
        except ValueError as exc:
            raise ConfigError(f"STORYWATCH_NOW is not an ISO time: {now_text!r}") from exc
        seeds = settings.get("STORYWATCH_SEEDS") or ""
        return cls(db=settings.get("STORYWATCH_DB") or "storywatch.db",
                   seeds=Path(seeds) if seeds else default_seeds_dir(), now=now,
                   max_age=timedelta(days=settings.getfloat("STORYWATCH_MAX_AGE_DAYS", 3)),
                   retry_after_max=settings.getfloat("STORYWATCH_RETRY_AFTER_MAX", 60), fixed=bool(now_text))


def failure_reason(failure: Failure) -> tuple[str, int | None, float | None]:
    """(reason, HTTP status, Retry-After seconds) for a failed request."""
    exc = failure.value
    if isinstance(exc, HttpError):
        response = exc.response
        retry = retry_after_seconds((response.headers.get("Retry-After") or b"").decode("latin-1"), utcnow())
        return f"http_{response.status}", response.status, retry
    message = str(exc)
    if isinstance(exc, EgressRefused):
        return "refused", None, None
    if isinstance(exc, IgnoreRequest):
        if "redirections" in message:
            return "redirect_loop", None, None
        if "robots.txt" in message:
            return "robots_txt", None, None
        return "ignored", None, None
    # Scrapy cancels a download past DOWNLOAD_MAXSIZE: by its own error when Content-Length says so up front,
    # by cancelling the Deferred when the body grows too large as it arrives.
    if isinstance(exc, (DownloadCancelledError, CancelledError)):
        return "too_large", None, None
    if isinstance(exc, (TimeoutError, TCPTimedOutError, DownloadTimeoutError)):
        return "timeout", None, None
    if isinstance(exc, (DNSLookupError, ConnectionRefusedError, DownloadConnectionRefusedError)):
        return "unreachable", None, None
    return type(exc).__name__.lower(), None, None


def header(response: Response, name: str) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None


class PageSpider(scrapy.Spider):
    """A spider that extracts article pages; subclasses say which pages to fetch."""

    config: CrawlConfig
    sites: Sites
    wayback: Layout
    _asked: set[str]
    # Read a page from the web archive when the outlet refuses it twice running (the revisit spider's).
    fallback_to_archive = False

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> Any:
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.config = CrawlConfig.from_settings(crawler.settings)
        spider.sites = load_sites(spider.config.seeds)
        spider.wayback = archive_layout(crawler.settings.get("STORYWATCH_WAYBACK_URL") or wayback_address())
        spider._asked = set()
        return spider

    def drop(self, reason: str, url: str, detail: str = "") -> None:
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value(f"storywatch/dropped/{reason}")
        self.logger.warning("dropped %s: %s%s", url, reason, f" ({detail})" if detail else "")

    def request(self, url: str, **kwargs: Any) -> scrapy.Request | None:
        """A page request, or None when this crawl already asked for `url` (or it is no URL at all).

        The spider dedupes pages itself and tells Scrapy's filter not to: the filter would otherwise drop a
        redirect back to a URL already seen without a word, and a redirect loop must be named as one.
        """
        if url in self._asked:
            return None
        self._asked.add(url)
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value("storywatch/queued")
        kwargs["dont_filter"] = True
        try:
            return scrapy.Request(url, callback=self.parse_article, errback=self.failed, **kwargs)
        except ValueError as exc:  # "Missing scheme": a bad line in -a urls, say; one bad URL stops no crawl
            self.drop("invalid_url", url[:200], str(exc)[:200])
            return None

    def parse_article(self, response: Response, sitemap_title: str = ""
                      ) -> Iterator[ArticleItem | VisitItem | scrapy.Request]:
        """Extract one article page.

        @corpus pages/readability-guardian-1/source.html
        @returns items 1 1
        @returns requests 0 0
        @nonempty title outlet published text
        """
        link = response.meta.get("link", response.request.url if response.request else response.url)
        if response.status == 304:
            yield VisitItem(link=link, status=304, etag=header(response, "ETag"),
                            last_modified=header(response, "Last-Modified"))
            return
        if not isinstance(response, HtmlResponse):
            ctype = header(response, "Content-Type") or "no content type"
            self.drop("not_html", response.url, ctype)
            yield VisitItem(link=link, status=response.status, error=f"not an HTML page ({ctype})")
            return
        if (wall := bot_wall(response.text)) is not None:
            self.drop("bot_wall", response.url, wall)
            yield VisitItem(link=link, status=response.status, error="bot_wall")
            yield from self.refused(response.meta, response.status, "bot_wall")
            return
        if is_search_link(response.url):  # a news search's landing page, not a redirect: it names the publisher
            target = publisher_url(response.text, response.url)
            if target is None:
                self.drop("unresolved_search_link", response.url)
                yield VisitItem(link=link, status=response.status, error="a news-search link the crawler cannot "
                                "follow to its publisher")
                return
            if (request := self.request(target, meta={"link": link})) is not None:
                yield request
            return
        page, problem = self.extract(response)
        if page is None:
            yield VisitItem(link=link, status=response.status, error=problem)
            return
        yield ArticleItem(
            link=link, url=page.url, status=response.status, title=page.title, byline=page.byline,
            outlet=page.outlet, description=page.description, language=page.language, published=page.published,
            modified=page.modified, text=page.text, notes=list(page.notes), etag=header(response, "ETag"),
            last_modified=header(response, "Last-Modified"), sitemap_title=sitemap_title,
        )

    def extract(self, response: Response) -> tuple[Page | None, str]:
        """The article in an HTML response, or None and why not (the drop is counted)."""
        site = self.sites.for_url(response.url)
        url = response.meta.get("original", response.url)
        try:
            page = extract_page(response.text, url, note_selectors=site.note_selectors if site else (),
                                outlet=site.name if site else "")
        except ExtractError as exc:
            self.drop("no_article", response.url, str(exc))
            return None, str(exc)
        if len(page.text) < MIN_TEXT_CHARS:
            self.drop("no_text", response.url, f"{len(page.text)} characters of text")
            return None, "no article text found"
        return page, ""

    def failed(self, failure: Failure) -> Iterator[VisitItem | scrapy.Request]:
        """A request that failed: count the reason; a tracked article's schedule moves on (pipeline)."""
        request = failure.request  # type: ignore[attr-defined]
        reason, status, retry_after = failure_reason(failure)
        self.drop(reason, request.url, str(failure.value)[:200])
        blocked = reason == "refused"  # by the egress policy: recorded with its reason, never visited again
        yield VisitItem(link=request.meta.get("link", request.url), status=status,
                        error=str(failure.value)[:300] if blocked else reason, retry_after=retry_after,
                        refused=blocked)
        if not blocked:
            yield from self.refused(request.meta, status, reason)

    # -- the web archive, for pages the outlet refuses ------------------------------------------------------

    def refused(self, meta: dict[str, Any], status: int | None, reason: str) -> Iterator[scrapy.Request]:
        """After a refusal (401, 403, 429, a bot wall) that follows another: ask the archive for the page."""
        standing = Standing(**meta["standing"]) if self.fallback_to_archive and "standing" in meta else None
        if standing is None or not falls_back(standing, status, reason):
            return
        link = meta.get("link", "")
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value("storywatch/fallback/asked")
        yield scrapy.Request(self.wayback.query(link), callback=self.parse_archive_index, errback=self.archive_failed,
                             dont_filter=True, meta={"link": link, "since": standing.since})

    def parse_archive_index(self, response: Response) -> Iterator[scrapy.Request]:
        """The archive's captures of a refused page: fetch the newest one taken since the article's last version."""
        assert self.crawler.stats is not None
        try:
            captures = collapse_digests(list(parse_cdx(response.body).captures))
        except FeedError as exc:
            self.drop("archive_index", response.url, str(exc))
            return
        newest = newest_since(captures, parse_iso(response.meta.get("since")))
        if newest is None:
            self.crawler.stats.inc_value("storywatch/fallback/nothing_newer")
            return
        url = self.wayback.capture_url(newest.timestamp, newest.url)
        yield scrapy.Request(url, callback=self.parse_archive_capture, errback=self.archive_failed, dont_filter=True,
                             meta={"link": response.meta["link"], "captured_at": iso(newest.when),
                                   "original": newest.url})

    def parse_archive_capture(self, response: Response) -> Iterator[ArticleItem]:
        """A capture of a refused page, as a version dated at the capture and sourced to the archive."""
        if not isinstance(response, HtmlResponse) or bot_wall(response.text) is not None:
            self.drop("archive_capture_unusable", response.url)
            return
        page, _ = self.extract(response)
        if page is None:
            return
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value("storywatch/fallback/captures")
        yield ArticleItem(
            link=response.meta["link"], url=page.url, status=response.status, title=page.title, byline=page.byline,
            outlet=page.outlet, description=page.description, language=page.language, published=page.published,
            modified=page.modified, text=page.text, notes=list(page.notes), captured_at=response.meta["captured_at"],
            archive=self.wayback.root, capture_url=response.url)

    def archive_failed(self, failure: Failure) -> None:
        """The archive could not answer for a refused page: counted; the page waits for its next visit."""
        reason, _, _ = failure_reason(failure)
        self.drop(f"archive_{reason}", failure.request.url, str(failure.value)[:200])  # type: ignore[attr-defined]
