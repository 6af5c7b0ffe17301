"""News sitemaps (pure): parse sitemap indexes and Google News sitemaps, and pick the entries worth fetching.

Scrapy's SitemapSpider flattens <news:news> to nothing; here news:title, news:publication_date, news:keywords
and the publication's name are kept, because they are what tells a watch's story from the rest without
fetching the page. An entry is followed when it is recent and its title, keywords or URL name a watch's term
(judged by the watch-query engine, `Matcher.naming`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import unquote, urlsplit

from lxml import etree

from monitor.clock import parse_iso
from monitor.collect.extract import parse_time
from monitor.detect.query import matcher_for
from monitor.errors import FeedError
from monitor.models import Watch

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "news": "http://www.google.com/schemas/sitemap-news/0.9"}
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=False)


@dataclass(frozen=True)
class SitemapEntry:
    loc: str
    lastmod: str | None = None  # ISO UTC
    title: str = ""
    published: str | None = None
    keywords: str = ""
    publication: str = ""
    language: str = ""

    @property
    def when(self) -> datetime | None:
        return parse_iso(self.published or self.lastmod)

    def words(self) -> str:
        """What the matcher reads: the news title, keywords, and the URL's path as words."""
        path = unquote(urlsplit(self.loc).path)
        return " ".join((self.title, self.keywords, re.sub(r"[-_/.]+", " ", path)))


@dataclass(frozen=True)
class Sitemap:
    kind: str  # 'index' or 'urlset'
    children: tuple[SitemapEntry, ...] = ()  # for an index: the sitemaps it lists
    entries: tuple[SitemapEntry, ...] = ()  # for a urlset: the pages


def _text(el: etree._Element, path: str) -> str:
    found = el.find(path, NS)
    return " ".join((found.text or "").split()) if found is not None else ""


def parse_sitemap(body: bytes) -> Sitemap:
    """Parse a sitemap or sitemap index. Raises FeedError when the body is neither."""
    if not body.strip():
        raise FeedError("empty sitemap")
    try:
        root = etree.fromstring(body, _PARSER)
    except etree.XMLSyntaxError as exc:
        raise FeedError(f"not a sitemap: {exc}") from exc
    if root is None:
        raise FeedError("not a sitemap: no XML document")
    tag = etree.QName(root).localname
    if tag == "sitemapindex":
        return Sitemap("index", children=tuple(
            SitemapEntry(loc=_text(el, "sm:loc"), lastmod=parse_time(_text(el, "sm:lastmod")))
            for el in root.findall("sm:sitemap", NS) if _text(el, "sm:loc")))
    if tag != "urlset":
        raise FeedError(f"not a sitemap: the root element is <{tag}>")
    entries = []
    for el in root.findall("sm:url", NS):
        loc = _text(el, "sm:loc")
        if not loc:
            continue
        entries.append(SitemapEntry(
            loc=loc, lastmod=parse_time(_text(el, "sm:lastmod")), title=_text(el, "news:news/news:title"),
            published=parse_time(_text(el, "news:news/news:publication_date")),
            keywords=_text(el, "news:news/news:keywords"),
            publication=_text(el, "news:news/news:publication/news:name"),
            language=_text(el, "news:news/news:publication/news:language"),
        ))
    return Sitemap("urlset", entries=tuple(entries))


def is_recent(entry: SitemapEntry, now: datetime, max_age: timedelta) -> bool:
    """Dated within `max_age` of now; an undated entry counts as recent (news sitemaps list only new pages)."""
    when = entry.when
    return when is None or now - when <= max_age


def can_match(entry: SitemapEntry, watches: list[Watch]) -> list[str]:
    """The watches whose story this entry may belong to: it is an origin, or its words name one of their all_of
    or any_of terms (the one query engine, monitor.detect.query, decides what naming a term means).

    Looser than the full query on purpose: a title rarely holds every term; the page decides after it is fetched.
    """
    return matcher_for(watches).naming(entry.words(), entry.loc)
