"""`scrapy crawl revisit`: re-fetch tracked articles that are due, conditionally; fetch a first time the
watches' origin articles and the matched coverage (found by the poller, say) that has no schedule yet.
A changed text becomes a new version with its diff; a 304 or the same text does not. A page the outlet
refuses twice running (401, 403, 429 or a bot wall) is read from the web archive instead: its newest capture
since the last version (monitor/collect/backfill/fallback.py)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import asdict

import scrapy

from monitor.archive.db import Archive
from monitor.archive.revisits import due_revisits
from monitor.collect.backfill.fallback import standing
from monitor.collect.pages import untracked
from monitor.seeds import load_folder

from ..common import PageSpider


class RevisitSpider(PageSpider):
    name = "revisit"
    fallback_to_archive = True

    async def start(self) -> AsyncIterator[scrapy.Request]:
        watches = load_folder(self.config.seeds).watches
        with Archive(self.config.db) as archive:
            due = due_revisits(archive, self.config.now)
            first = untracked(archive, watches, self.config.now)
            standings = {link: asdict(standing(archive, link)) for link in [r["link"] for r in due] + first}
        self.logger.info("%d tracked articles due, %d origins and matched articles to fetch a first time",
                         len(due), len(first))
        for row in due:
            headers = {}
            if row["etag"]:
                headers["If-None-Match"] = row["etag"]
            if row["last_modified"]:
                headers["If-Modified-Since"] = row["last_modified"]
            request = self.request(row["link"], headers=headers,
                                   meta={"link": row["link"], "handle_httpstatus_list": [304],
                                         "standing": standings[row["link"]]})
            if request is not None:
                yield request
        for url in first:
            if (request := self.request(url, meta={"link": url, "standing": standings[url]})) is not None:
                yield request
