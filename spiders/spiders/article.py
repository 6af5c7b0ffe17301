"""`scrapy crawl article -a urls=URL[,URL...]` (or `-a url_file=PATH`): fetch and archive article pages.
Without URLs it fetches the watches' `type = "page"` sources."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import scrapy

from monitor.seeds import load_watches

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
        urls = self.urls or [s.url for w in load_watches(self.config.seeds) for s in w.sources if s.type == "page"]
        for url in urls:
            if (request := self.request(url, meta={"link": url})) is not None:
                yield request
