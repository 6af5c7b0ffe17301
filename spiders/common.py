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
from scrapy.exceptions import DownloadCancelledError, IgnoreRequest
from scrapy.http import HtmlResponse, Response
from scrapy.settings import BaseSettings
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.defer import CancelledError
from twisted.internet.error import ConnectionRefusedError, DNSLookupError, TCPTimedOutError, TimeoutError
from twisted.python.failure import Failure

from monitor.clock import parse_iso, utcnow
from monitor.collect.extract import extract_page
from monitor.collect.fetch.base import retry_after_seconds
from monitor.errors import ConfigError, ExtractError
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
    if isinstance(exc, (TimeoutError, TCPTimedOutError)):
        return "timeout", None, None
    if isinstance(exc, (DNSLookupError, ConnectionRefusedError)):
        return "unreachable", None, None
    return type(exc).__name__.lower(), None, None


def header(response: Response, name: str) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None


class PageSpider(scrapy.Spider):
    """A spider that extracts article pages; subclasses say which pages to fetch."""

    config: CrawlConfig
    sites: Sites
    _asked: set[str]

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> Any:
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.config = CrawlConfig.from_settings(crawler.settings)
        spider.sites = load_sites(spider.config.seeds)
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
        kwargs["dont_filter"] = True
        try:
            return scrapy.Request(url, callback=self.parse_article, errback=self.failed, **kwargs)
        except ValueError as exc:  # "Missing scheme": a bad line in -a urls, say; one bad URL stops no crawl
            self.drop("invalid_url", url[:200], str(exc)[:200])
            return None

    def parse_article(self, response: Response, sitemap_title: str = "") -> Iterator[ArticleItem | VisitItem]:
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
        site = self.sites.for_url(response.url)
        try:
            page = extract_page(response.text, response.url, note_selectors=site.note_selectors if site else (),
                                outlet=site.name if site else "")
        except ExtractError as exc:
            self.drop("no_article", response.url, str(exc))
            yield VisitItem(link=link, status=response.status, error=str(exc))
            return
        if len(page.text) < MIN_TEXT_CHARS:
            self.drop("no_text", response.url, f"{len(page.text)} characters of text")
            yield VisitItem(link=link, status=response.status, error="no article text found")
            return
        yield ArticleItem(
            link=link, url=page.url, status=response.status, title=page.title, byline=page.byline,
            outlet=page.outlet, description=page.description, language=page.language, published=page.published,
            modified=page.modified, text=page.text, notes=list(page.notes), etag=header(response, "ETag"),
            last_modified=header(response, "Last-Modified"), sitemap_title=sitemap_title,
        )

    def failed(self, failure: Failure) -> Iterator[VisitItem]:
        """A request that failed: count the reason; a tracked article's schedule moves on (pipeline)."""
        request = failure.request  # type: ignore[attr-defined]
        reason, status, retry_after = failure_reason(failure)
        self.drop(reason, request.url, str(failure.value)[:200])
        refused = reason == "refused"  # recorded with the policy's reason; the page is not visited again
        yield VisitItem(link=request.meta.get("link", request.url), status=status,
                        error=str(failure.value)[:300] if refused else reason, retry_after=retry_after,
                        refused=refused)
