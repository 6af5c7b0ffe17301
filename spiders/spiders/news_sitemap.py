"""`scrapy crawl news_sitemap [-a urls=SITEMAP[,...]]`: read the watches' news sitemaps (and indexes), and fetch
only the recent entries whose news title, keywords or URL can match a watch.

The sitemaps are the watches' `type = "sitemap"` sources plus the sitemaps seeds/sites/ gives for the
outlets the watches name. news:news is parsed here (monitor/collect/sitemaps.py): Scrapy's SitemapSpider drops it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import scrapy
from scrapy.http import Response
from scrapy.utils.gz import gunzip

from monitor.collect.sitemaps import can_match, is_recent, parse_sitemap
from monitor.errors import FeedError
from monitor.models import Watch
from monitor.seeds import load_folder

from ..common import PageSpider

MAX_SITEMAP_BYTES = 50 * 1024 * 1024  # the sitemap protocol's own limit, uncompressed


class NewsSitemapSpider(PageSpider):
    name = "news_sitemap"
    watches: list[Watch]

    def __init__(self, urls: str = "", **kwargs: Any):
        super().__init__(**kwargs)
        self.urls = [u.strip() for u in urls.split(",") if u.strip()]

    def sitemap_urls(self) -> list[str]:
        found = [s.url for w in self.watches for s in w.sources if s.type == "sitemap"]
        outlets = {s.outlet for w in self.watches for s in w.sources if s.outlet}
        outlets |= {o.outlet for w in self.watches for o in w.origins}
        found += [url for site in self.sites.named(outlets) for url in site.sitemaps]
        return list(dict.fromkeys(found))

    async def start(self) -> AsyncIterator[scrapy.Request]:
        self.watches = load_folder(self.config.seeds).watches
        for url in self.urls or self.sitemap_urls():
            assert self.crawler.stats is not None
            self.crawler.stats.inc_value("storywatch/queued")
            yield scrapy.Request(url, callback=self.parse_sitemap, errback=self.failed, meta={"link": url})

    def parse_sitemap(self, response: Response) -> Iterator[scrapy.Request]:
        """Follow a sitemap index's recent sitemaps, or a news sitemap's recent entries that can match a watch.

        @corpus sitemaps/sitemap-news.xml
        @returns requests 0 0
        @returns items 0 0
        """
        assert self.crawler.stats is not None
        stats = self.crawler.stats
        if not hasattr(self, "watches"):
            self.watches = load_folder(self.config.seeds).watches
        body = response.body
        if body[:2] == b"\x1f\x8b":
            body = gunzip(body, max_size=MAX_SITEMAP_BYTES)
        try:
            sitemap = parse_sitemap(body)
        except FeedError as exc:
            self.drop("not_a_sitemap", response.url, str(exc))
            return
        if sitemap.kind == "index":
            for child in sitemap.children:
                if is_recent(child, self.config.now, self.config.max_age):
                    stats.inc_value("storywatch/sitemap/children_followed")
                    yield scrapy.Request(response.urljoin(child.loc), callback=self.parse_sitemap,
                                         errback=self.failed, meta={"link": child.loc})
                else:
                    stats.inc_value("storywatch/sitemap/children_old")
            return
        for entry in sitemap.entries:
            stats.inc_value("storywatch/sitemap/entries")
            if not is_recent(entry, self.config.now, self.config.max_age):
                stats.inc_value("storywatch/sitemap/skipped_old")
                continue
            if not can_match(entry, self.watches):
                stats.inc_value("storywatch/sitemap/skipped_unrelated")
                continue
            url = response.urljoin(entry.loc)
            request = self.request(url, meta={"link": url}, cb_kwargs={"sitemap_title": entry.title})
            if request is not None:
                stats.inc_value("storywatch/sitemap/followed")
                yield request
