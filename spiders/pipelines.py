"""The one pipeline: hand each item to `monitor` (no SQL here). Articles become articles or new versions;
visits that stored nothing move a tracked article's schedule on; a page the egress policy refused is not
visited again."""

from __future__ import annotations

from typing import Any

from scrapy.exceptions import DropItem

from monitor.archive.db import Archive
from monitor.clock import parse_iso
from monitor.collect.backfill.store import Origin, store_version
from monitor.collect.extract import Page
from monitor.collect.pages import record_visit, refuse_page, store_page
from monitor.errors import StorywatchError
from monitor.models import Watch
from monitor.seeds import load_folder
from monitor.sites import load_sites
from monitor.urls import DEFAULT_RULES, UrlRules

from .common import CrawlConfig
from .items import ArticleItem, VisitItem


class ArchivePipeline:
    def __init__(self, crawler: Any):
        self.stats = crawler.stats
        self.config = CrawlConfig.from_settings(crawler.settings)
        self.archive: Archive | None = None
        self.watches: list[Watch] = []
        self.rules: UrlRules = DEFAULT_RULES

    @classmethod
    def from_crawler(cls, crawler: Any) -> ArchivePipeline:
        return cls(crawler)

    def open_spider(self) -> None:
        self.watches = load_folder(self.config.seeds).watches
        self.rules = load_sites(self.config.seeds).url_rules()
        self.archive = Archive(self.config.db)

    def close_spider(self) -> None:
        if self.archive is not None:
            self.archive.close()

    def process_item(self, item: Any) -> Any:
        assert self.archive is not None
        if isinstance(item, VisitItem) and item.refused:
            if refuse_page(self.archive, item.link, self.config.clock(), item.error or "refused"):
                self.stats.inc_value("storywatch/visit/refused")
            return item
        if isinstance(item, VisitItem):
            tracked = record_visit(self.archive, item.link, self.config.clock(), status=item.status, error=item.error,
                                   retry_after=item.retry_after, etag=item.etag, last_modified=item.last_modified)
            self.stats.inc_value(f"storywatch/visit/{'not_modified' if item.error is None else 'failed'}")
            if tracked:
                self.stats.inc_value("storywatch/visit/tracked")
            return item
        if not isinstance(item, ArticleItem):
            raise DropItem(f"unknown item type {type(item).__name__}")
        page = Page(url=item.url, title=item.title or item.sitemap_title, byline=item.byline, outlet=item.outlet,
                    description=item.description, language=item.language, published=item.published,
                    modified=item.modified, text=item.text, notes=tuple(item.notes))
        captured = parse_iso(item.captured_at) if item.captured_at else None
        try:
            if captured is not None:  # an archive's capture of a page its outlet refused: dated at the capture
                stored = store_version(self.archive, self.watches, page, link=item.link, when=captured,
                                       now=self.config.clock(), origin=Origin("archive", item.archive,
                                                                               item.capture_url))
                self.stats.inc_value(f"storywatch/stored/archive_{stored.outcome}")
                self.stats.inc_value("storywatch/events", len(stored.events))
                return item
            result = store_page(self.archive, self.watches, page, link=item.link, now=self.config.clock(),
                                etag=item.etag, last_modified=item.last_modified, status=item.status,
                                rules=self.rules)
        except StorywatchError as exc:
            self.stats.inc_value("storywatch/dropped/store_error")
            raise DropItem(f"cannot store {item.link}: {exc}") from exc
        self.stats.inc_value(f"storywatch/stored/{result.ingest.outcome}")
        self.stats.inc_value("storywatch/events", len(result.ingest.events))
        if result.ingest.matched:
            self.stats.inc_value("storywatch/matched")
        return item
