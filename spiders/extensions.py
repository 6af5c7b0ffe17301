"""Record each crawl as a run in the archive's runs table, with its stats and the reasons pages were dropped."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from scrapy import Spider, signals

from monitor.archive.db import Archive
from monitor.archive.runs import finish_run, start_run

from .common import CrawlConfig


def run_outcome(stats: dict[str, Any], reason: str) -> tuple[str, dict[str, Any], str | None]:
    """(status, JSON-able stats, error) for a finished crawl."""
    clean = {k: (v.isoformat() if isinstance(v, datetime) else v) for k, v in stats.items()
             if isinstance(v, (int, float, str, datetime))}
    dropped = {k.removeprefix("storywatch/dropped/"): v for k, v in clean.items()
               if k.startswith("storywatch/dropped/")}
    errors = int(clean.get("log_count/ERROR", 0))
    if reason != "finished":
        return "failed", clean, f"crawl ended: {reason}"
    if dropped or errors:
        parts = [f"{k} x{v}" for k, v in sorted(dropped.items())]
        if errors:
            parts.append(f"{errors} errors logged")
        return "partial", clean, "dropped: " + ", ".join(parts)
    return "ok", clean, None


class RunRecorder:
    def __init__(self, crawler: Any):
        self.crawler = crawler
        self.config = CrawlConfig.from_settings(crawler.settings)
        self.run_id: int | None = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> RunRecorder:
        ext = cls(crawler)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_opened(self, spider: Spider) -> None:
        given = self.crawler.settings.getint("STORYWATCH_RUN_ID", 0)
        if given:  # `storywatch crawl` started the run, to read its outcome when the crawl is done
            self.run_id = given
        else:
            with Archive(self.config.db) as archive:
                self.run_id = start_run(archive, "crawl", self.config.clock())
        spider.logger.info("run %s: crawl %s into %s", self.run_id, spider.name, self.config.db)

    def spider_closed(self, spider: Spider, reason: str) -> None:
        if self.run_id is None:
            return
        stats = {"spider": spider.name, **self.crawler.stats.get_stats()}
        status, clean, error = run_outcome(stats, reason)
        with Archive(self.config.db) as archive:
            finish_run(archive, self.run_id, self.config.clock(), status=status, stats=clean, error=error)
