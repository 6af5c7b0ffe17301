"""A loopback news site for the demo: a real HTTP server on 127.0.0.1 serving the story as the outlets would.

Each outlet's feed in its real-world shape (Arc XP RSS, WordPress RSS, a news-search RSS), Reuters' news
sitemap index and news sitemap (Google News namespace), robots.txt, and an HTML page per article with
Open Graph and JSON-LD metadata. Rendering is pure (`render_site`); `DemoSite` serves what the current stage
shows, with ETag and Last-Modified so that unchanged feeds answer 304 Not Modified.
"""

from __future__ import annotations

import hashlib
import ipaddress
import json
import threading
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta, timezone
from email.utils import format_datetime
from html import escape

from monitor.demo.server import QuietHandler, start_server
from monitor.demo.story import Article, Outlet, Story, published_at

RSS = "application/rss+xml; charset=utf-8"
XML = "application/xml; charset=utf-8"
HTML = "text/html; charset=utf-8"

Routes = dict[str, tuple[bytes, str, datetime]]


def _cdata(text: str) -> str:
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def _rfc822(when: datetime, offset: str = "+0000") -> str:
    sign = -1 if offset.startswith("-") else 1
    delta = timedelta(hours=int(offset[1:3]), minutes=int(offset[3:5])) * sign
    return format_datetime(when.astimezone(timezone(delta)))


def _html_body(article: Article) -> str:
    return "".join(f"<p>{escape(p)}</p>" for p in article.paragraphs)


def _last_change(article: Article) -> datetime:
    return article.updated or article.published


def _rss_channel(outlet: Outlet, base: str, items: Iterable[str], namespaces: str, built: datetime) -> bytes:
    head = (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" {namespaces}>\n<channel>\n'
            f"<title>{escape(outlet.name)}</title>\n<link>{escape(outlet.home)}</link>\n"
            f'<atom:link rel="self" type="application/rss+xml" href="{escape(base + outlet.feed)}"/>\n'
            f"<description>{escape(outlet.name)} news (storywatch demo)</description>\n"
            f"<lastBuildDate>{_rfc822(built, outlet.utc_offset)}</lastBuildDate>\n<language>en-US</language>\n")
    return (head + "\n".join(items) + "\n</channel>\n</rss>\n").encode("utf-8")


_NS = ('xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" '
       'xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/"')


def _arc_item(outlet: Outlet, a: Article, base: str) -> str:
    guid = hashlib.sha1(a.path.encode()).hexdigest()
    return (f"<item>\n<title>{_cdata(a.title)}</title>\n<link>{escape(base + a.path)}</link>\n"
            f'<guid isPermaLink="false">{guid}</guid>\n<pubDate>{_rfc822(a.published)}</pubDate>\n'
            f"<description>{_cdata(a.summary)}</description>\n<dc:creator>{escape(', '.join(a.authors))}</dc:creator>\n"
            f"<content:encoded>{_cdata(_html_body(a))}</content:encoded>\n"
            f'<category domain="{escape(outlet.home)}">{_cdata(a.section)}</category>\n</item>')


def _wordpress_item(outlet: Outlet, a: Article, base: str) -> str:
    link = f"{base}{a.path}?utm_source=rss&amp;utm_medium=rss"
    return (f"<item>\n<title>{escape(a.title)}</title>\n<link>{link}</link>\n"
            f"<pubDate>{_rfc822(a.published, outlet.utc_offset)}</pubDate>\n"
            f"<dc:creator>{_cdata(', '.join(a.authors))}</dc:creator>\n<category>{_cdata(a.section)}</category>\n"
            f'<guid isPermaLink="false">{escape(base + a.path)}</guid>\n'
            f"<description>{_cdata(a.summary)}</description>\n"
            f"<content:encoded>{_cdata(_html_body(a))}</content:encoded>\n</item>")


def _news_search_item(outlet: Outlet, a: Article, base: str) -> str:
    link = base + a.path
    snippet = f'<a href="{escape(link)}" target="_blank">{escape(a.title)}</a>&nbsp;&nbsp;' \
              f'<font color="#6f6f6f">{escape(outlet.name)}</font>'
    guid = hashlib.sha1(link.encode()).hexdigest()[:24]
    return (f"<item>\n<title>{escape(a.title)} - {escape(outlet.name)}</title>\n<link>{escape(link)}</link>\n"
            f'<guid isPermaLink="false">{guid}</guid>\n<pubDate>{_rfc822(a.published)}</pubDate>\n'
            f"<description>{escape(snippet)}</description>\n"
            f'<source url="{escape(outlet.home)}">{escape(outlet.name)}</source>\n</item>')


_ITEMS = {"arc": _arc_item, "wordpress": _wordpress_item, "news-search": _news_search_item}


def render_feed(outlet: Outlet, articles: list[Article], base: str) -> bytes:
    """An outlet's feed, newest first, in its format."""
    items = [_ITEMS[outlet.format](outlet, a, base) for a in sorted(articles, key=_last_change, reverse=True)]
    built = max((_last_change(a) for a in articles), default=datetime(2022, 4, 1, tzinfo=UTC))
    return _rss_channel(outlet, base, items, _NS, built)


def render_news_sitemap(outlet: Outlet, articles: list[Article], base: str) -> bytes:
    """A Google News sitemap: one <url> per article with <news:news> (publication, date, title)."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
           'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">']
    for a in sorted(articles, key=_last_change, reverse=True):
        out.append(f"<url><loc>{escape(base + a.path)}</loc><lastmod>{_last_change(a).isoformat()}</lastmod>"
                   f"<news:news><news:publication><news:name>{escape(outlet.name)}</news:name>"
                   f"<news:language>en</news:language></news:publication>"
                   f"<news:publication_date>{a.published.isoformat()}</news:publication_date>"
                   f"<news:title>{escape(a.title)}</news:title></news:news></url>")
    out.append("</urlset>")
    return "\n".join(out).encode("utf-8")


def render_sitemap_index(outlet: Outlet, base: str, lastmod: datetime) -> bytes:
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"<sitemap><loc>{escape(base + outlet.sitemap)}</loc><lastmod>{lastmod.isoformat()}</lastmod></sitemap>"
            "</sitemapindex>\n").encode()


def render_page(outlet: Outlet, a: Article, base: str) -> bytes:
    """An article page: <title>, Open Graph and article:* meta, JSON-LD NewsArticle, the text in <article>."""
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title,
          "datePublished": a.published.isoformat(), "dateModified": _last_change(a).isoformat(),
          "author": [{"@type": "Person", "name": n} for n in a.authors],
          "publisher": {"@type": "Organization", "name": outlet.name}, "articleSection": a.section,
          "description": a.summary, "url": base + a.path}
    meta = "".join(f'<meta property="{k}" content="{escape(v)}">' for k, v in (
        ("og:type", "article"), ("og:site_name", outlet.name), ("og:title", a.title), ("og:url", base + a.path),
        ("og:description", a.summary), ("article:published_time", a.published.isoformat()),
        ("article:modified_time", _last_change(a).isoformat()), ("article:section", a.section)))
    byline = ", ".join(a.authors)
    page = (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{escape(a.title)} | '
            f'{escape(outlet.name)}</title>{meta}<meta name="author" content="{escape(byline)}">'
            f'<link rel="canonical" href="{escape(base + a.path)}">'
            f'<script type="application/ld+json">{json.dumps(ld)}</script></head>\n'
            f'<body><header><a href="{escape(outlet.home)}">{escape(outlet.name)}</a></header>\n'
            f'<article><h1>{escape(a.title)}</h1><p class="byline">By {escape(byline)}</p>'
            f'<time datetime="{a.published.isoformat()}">{a.published:%B %d, %Y}</time>\n'
            f"{_html_body(a)}</article>\n<footer>storywatch demo site</footer></body></html>\n")
    return page.encode("utf-8")


def render_site(story: Story, stage: int, base: str) -> Routes:
    """Every route the site serves after `stage`: path -> (body, content type, last modified)."""
    shown = published_at(story, stage)
    routes: Routes = {}
    sitemaps = []
    for outlet in story.outlets:
        articles = [a for a in shown.values() if a.outlet == outlet.key]
        last = max((_last_change(a) for a in articles), default=datetime(2022, 4, 1, tzinfo=UTC))
        routes[outlet.feed] = (render_feed(outlet, articles, base), RSS, last)
        if outlet.sitemap:
            routes[outlet.sitemap] = (render_news_sitemap(outlet, articles, base), XML, last)
            sitemaps.append(base + outlet.sitemap)
            if outlet.sitemap_index:
                routes[outlet.sitemap_index] = (render_sitemap_index(outlet, base, last), XML, last)
        for a in articles:
            routes[a.path] = (render_page(outlet, a, base), HTML, _last_change(a))
    robots = "User-agent: *\nAllow: /\n" + "".join(f"Sitemap: {u}\n" for u in sitemaps)
    routes["/robots.txt"] = (robots.encode(), "text/plain; charset=utf-8", datetime(2022, 4, 1, tzinfo=UTC))
    return routes


HOST = "127.0.0.1"


class DemoSite:
    """The story's news site on 127.0.0.1 (a real server in a thread). `show(stage)` moves the story on."""

    network = ipaddress.ip_network(f"{HOST}/32")  # the one address the demo's fetches need (the egress policy)

    def __init__(self, story: Story, *, port: int = 0):
        self.story = story
        self.stage = -1
        self.requests = 0
        self._routes: Routes = {}
        self._lock = threading.Lock()
        owner = self

        class Handler(QuietHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
                with owner._lock:
                    owner.requests += 1
                    found = owner._routes.get(self.path.split("?utm_source")[0])
                if found is None:
                    self.send_body(404, b"not found", "text/plain")
                    return
                body, ctype, modified = found
                self.send_conditional(body, ctype, {
                    "Last-Modified": format_datetime(modified.astimezone(UTC), usegmt=True)})

        self.httpd, self._thread = start_server(Handler, port=port, name="demo-site")

    @property
    def base(self) -> str:
        return f"http://{HOST}:{self.httpd.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def show(self, stage: int) -> None:
        routes = render_site(self.story, stage, self.base)
        with self._lock:
            self._routes = routes
            self.stage = stage

    def __enter__(self) -> DemoSite:
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
