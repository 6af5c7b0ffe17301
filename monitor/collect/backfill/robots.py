"""robots.txt for the outlets' own pages that a backfill reads, as the spiders obey it (the archive's index and
captures are an API that is asked, not a site that is crawled: they are not checked).

One robots.txt per site, fetched politely through the same fetcher and kept for the run. A site with no
robots.txt (or one that cannot be read) allows everything; a page it disallows is read from its newest
capture instead.
"""

from __future__ import annotations

from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from monitor.collect.backfill.pace import PoliteFetcher
from monitor.errors import FetchError

AGENT = "storywatch"


class Robots:
    def __init__(self, http: PoliteFetcher, agent: str = AGENT):
        self.http = http
        self.agent = agent
        self._rules: dict[str, RobotFileParser | None] = {}

    async def allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        site = f"{parts.scheme}://{parts.netloc}"
        if site not in self._rules:
            try:
                fetched = await self.http.get(f"{site}/robots.txt")
            except FetchError:
                self._rules[site] = None
            else:
                parsed = RobotFileParser()
                parsed.parse(fetched.body.decode("utf-8", "replace").splitlines())
                self._rules[site] = parsed
        rules = self._rules[site]
        return rules is None or rules.can_fetch(self.agent, url)
