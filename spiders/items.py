"""The spiders' items: an extracted article page, or a visit that stored nothing (304 or a failure)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class ArticleItem:
    link: str  # the URL requested (a tracked article's key for re-visits)
    url: str  # the page's canonical link, else the URL it was served from
    status: int = 200
    title: str = ""
    byline: str = ""
    outlet: str = ""
    description: str = ""
    language: str = ""
    published: str | None = None
    modified: str | None = None
    text: str = ""
    notes: list[str] = field(default_factory=list)
    etag: str | None = None
    last_modified: str | None = None
    sitemap_title: str = ""  # the news sitemap's title, when the page was found there
    captured_at: str | None = None  # read from a web archive's capture taken then (ISO), not from the outlet
    archive: str = ""  # that archive's address
    capture_url: str = ""


@dataclass
class VisitItem:
    link: str
    status: int | None = None
    error: str | None = None  # None: not modified
    retry_after: float | None = None
    etag: str | None = None
    last_modified: str | None = None
    refused: bool = False  # the egress policy refused it (error says why): not a network error, not retried
