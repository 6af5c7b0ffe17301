"""What a crawl is, as the command line and the service see it (pure): the spiders there are, and one line
saying what a finished crawl did, read from the stats its run recorded."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# The spiders of the Scrapy project in spiders/ (tests/spiders checks this against `scrapy list`).
SPIDERS: tuple[str, ...] = ("article", "news_sitemap", "revisit")


def check_spider(name: str) -> str | None:
    """Why `name` is not a spider (None when it is one)."""
    return None if name in SPIDERS else f"no spider called {name!r} (known: {', '.join(SPIDERS)})"


@dataclass(frozen=True)
class CrawlSummary:
    fetched: int  # page responses (robots.txt not counted)
    stored: int  # pages archived: new articles, new versions, or the same text again
    new: int
    versions: int  # new versions of known articles
    not_modified: int
    refused: dict[str, int]  # why pages were dropped: http_404, robots_txt, unreachable, ...
    follow_ups: int
    queued: int  # pages the crawl set out to fetch

    @property
    def failed(self) -> int:
        return sum(self.refused.values())

    @property
    def all_failed(self) -> bool:
        """Something was asked for and nothing came back usable."""
        return self.failed > 0 and self.stored == 0 and self.not_modified == 0

    def line(self, name: str, alerts: str = "") -> str:
        if self.queued == 0 and self.fetched == 0 and not self.refused:
            return f"crawl {name}: nothing to fetch" + (f"; {alerts}" if alerts else "")
        refused = ", ".join(f"{k} {v}" for k, v in sorted(self.refused.items())) or "none"
        parts = [f"{self.fetched} pages fetched", f"{self.stored} stored ({self.new} new, {self.versions} new "
                 f"versions)", f"{self.not_modified} not modified", f"refused: {refused}",
                 f"{self.follow_ups} follow-ups"]
        if alerts:
            parts.append(alerts)
        return f"crawl {name}: " + ", ".join(parts)


def summarize(stats: dict[str, Any]) -> CrawlSummary:
    """A crawl's outcome from the stats its run recorded (spiders/extensions.py)."""

    def n(key: str) -> int:
        value = stats.get(key, 0)
        return int(value) if isinstance(value, int | float) else 0

    refused = {k.removeprefix("storywatch/dropped/"): n(k) for k in stats if k.startswith("storywatch/dropped/")}
    new, updated, unchanged = n("storywatch/stored/new"), n("storywatch/stored/updated"), n(
        "storywatch/stored/unchanged")
    return CrawlSummary(
        fetched=max(0, n("downloader/response_count") - n("robotstxt/response_count")),
        stored=new + updated + unchanged, new=new, versions=updated, not_modified=n("storywatch/visit/not_modified"),
        refused={k: v for k, v in refused.items() if v}, follow_ups=n("storywatch/events"),
        queued=n("storywatch/queued"))
