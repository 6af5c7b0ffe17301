"""`scrapy crawl article -a urls=URL[,URL...]` (or `-a url_file=PATH`): fetch and archive article pages.
Without URLs it fetches the watches' `type = "page"` sources and the matched articles that arrived without
their full text (a headline-only feed item): their follow-ups are in the page."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import scrapy

from monitor.archive.db import Archive
from monitor.collect.pages import without_text
from monitor.seeds import load_folder

from ..common import PageSpider


class ArticleSpider(PageSpider):
    name = "article"

    def __init__(self, urls: str = "", url_file: str = "", **kwargs: Any):
        super().__init__(**kwargs)
        self.urls = [u.strip() for u in urls.split(",") if u.strip()]
        if url_file:
            self.urls += [line.strip() for line in Path(url_file).read_text(encoding="utf-8").splitlines()
                          if line.strip() and not line.startswith("#")]

    async def start(self) -> AsyncIterator[scrapy.Request]:
        urls = self.urls
        if not urls:
            urls = [s.url for w in load_folder(self.config.seeds).watches for s in w.sources if s.type == "page"]
            with Archive(self.config.db) as archive:
                thin = without_text(archive, self.config.now)
            self.logger.info("%d page sources, %d matched articles without their text", len(urls), len(thin))
            urls += thin
        if not urls:
            self.logger.info("nothing to fetch: no URL given, no page source, no matched article without its text")
        for url in urls:
            if (request := self.request(url, meta={"link": url})) is not None:
                yield request
