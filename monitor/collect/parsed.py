"""What a parser process hands the poller (plain data): a feed's entries as read, and the feed made ready for the
writer. Importing this module loads none of the parsing side (feedparser, lxml, the matcher, the detectors), so the
poller unpickles a parser's answer without them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from monitor.models import ArticleFields, Assessment


@dataclass(frozen=True)
class Entry:
    link: str  # the outlet's link, tracking parameters removed (monitor.urls.clean_link)
    guid: str = ""
    title: str = ""
    summary: str = ""
    body: str = ""
    authors: str = ""
    language: str = ""
    published: datetime | None = None
    updated: datetime | None = None
    url: str = ""  # the link's canonical form (computed where the parsing runs, off the writer's core)
    source: str = ""  # the publisher an aggregator names for the item (RSS <source>, Atom <source><title>)


@dataclass(frozen=True)
class ParsedFeed:
    title: str
    link: str
    entries: list[Entry] = field(default_factory=list)
    warning: str = ""  # why feedparser flagged it malformed, when it still gave entries
    ttl_minutes: int | None = None  # RSS <ttl>: how long the publisher says the feed may be cached
    skipped: int = 0  # items with neither a link nor a URL-like GUID: nothing to key them by
    parser: str = "feedparser"  # which reading gave the entries: 'feedparser' or 'fastrss'


@dataclass(frozen=True)
class Prepared:
    feed: ParsedFeed  # the feed's own data; its entries are left out (they travel as `fields`)
    entries: int
    fields: list[ArticleFields] = field(default_factory=list)
    assessed: list[Assessment | None] = field(default_factory=list)  # None: not judged here (no watches given)
