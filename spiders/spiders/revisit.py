"""`scrapy crawl revisit`: re-fetch tracked articles that are due, conditionally, and the watches' origin
articles not fetched yet. A changed text becomes a new version with its diff; a 304 or the same text does not."""

from __future__ import annotations

from collections.abc import AsyncIterator

import scrapy

from monitor.pages import due_revisits, unfetched_origins
from monitor.seeds import load_watches
from monitor.store import Archive

from ..common import PageSpider


class RevisitSpider(PageSpider):
    name = "revisit"

    async def start(self) -> AsyncIterator[scrapy.Request]:
        watches = load_watches(self.config.seeds)
        with Archive(self.config.db) as archive:
            due = due_revisits(archive, self.config.now)
            origins = unfetched_origins(archive, watches)
        self.logger.info("%d tracked articles due, %d origin articles to fetch", len(due), len(origins))
        for row in due:
            headers = {}
            if row["etag"]:
                headers["If-None-Match"] = row["etag"]
            if row["last_modified"]:
                headers["If-Modified-Since"] = row["last_modified"]
            request = self.request(row["link"], headers=headers,
                                   meta={"link": row["link"], "handle_httpstatus_list": [304]})
            if request is not None:
                yield request
        for url in origins:
            if (request := self.request(url, meta={"link": url})) is not None:
                yield request
