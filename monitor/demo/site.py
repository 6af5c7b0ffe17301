"""A loopback news site for the demo: a real HTTP server on 127.0.0.1 serving the story as the outlets would.

Each outlet's feed in its real-world shape (Arc XP RSS, WordPress RSS, a news-search RSS whose links are the
search engine's own, redirecting to the publisher), Reuters' news
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
from datetime import UTC, date, datetime, timedelta, timezone
from email.utils import format_datetime
from html import escape
from urllib.parse import parse_qsl, urlsplit

from monitor.demo.server import QuietHandler, start_server
from monitor.demo.story import Article, Outlet, Story, published_at
from monitor.demo.wayback import WaybackIndex, story_snapshots

RSS = "application/rss+xml; charset=utf-8"
XML = "application/xml; charset=utf-8"
HTML = "text/html; charset=utf-8"
REDIRECT = "redirect"  # a route whose body is the Location of a 302

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


def search_link(a: Article) -> str:
    """The news search's own link for an article (it redirects to the publisher's page), as real ones do."""
    return f"/news-search/rss/articles/{hashlib.sha1(a.path.encode()).hexdigest()[:20]}?oc=5"


def _news_search_item(outlet: Outlet, a: Article, base: str) -> str:
    link = base + search_link(a)
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


ARCHIVE_MONTHS = ((2022, 3), (2022, 4), (2022, 5))  # the months each outlet's archive sitemap index lists
WAYBACK = "/wayback"  # where the site's web archive answers (the Internet Archive's layout under it)


def archive_index_path(outlet: Outlet) -> str:
    return f"/{outlet.key}/sitemaps/archive-index.xml"


def _month_path(outlet: Outlet, year: int, month: int) -> str:
    return f"/{outlet.key}/sitemaps/archive-{year:04d}-{month:02d}.xml"


def render_archive_sitemaps(story: Story, outlet: Outlet, base: str) -> Routes:
    """An outlet's archive: a sitemap index of monthly sitemaps, each listing the pages published that month."""
    articles = [a for a in published_at(story, len(story.stages) - 1).values() if a.outlet == outlet.key]
    routes: Routes = {}
    index = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
    for year, month in ARCHIVE_MONTHS:
        inside = [a for a in articles if (a.published.year, a.published.month) == (year, month)]
        last = max((_last_change(a) for a in inside), default=datetime(year, month, 1, tzinfo=UTC))
        path = _month_path(outlet, year, month)
        index.append(f"<sitemap><loc>{escape(base + path)}</loc><lastmod>{last.isoformat()}</lastmod></sitemap>")
        urls = "".join(f"<url><loc>{escape(base + a.path)}</loc><lastmod>{_last_change(a).isoformat()}</lastmod></url>"
                       for a in inside)
        body = ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                f"{urls}</urlset>\n").encode()
        routes[path] = (body, XML, last)
    index.append("</sitemapindex>")
    routes[archive_index_path(outlet)] = ("\n".join(index).encode(), XML, datetime(2022, 5, 31, tzinfo=UTC))
    return routes


def render_news_search(story: Story, outlet: Outlet, base: str, first: date | None, last: date | None) -> bytes:
    """A news search asked for a range of days (`after:`/`before:` in its query): the outlet's pages published
    then, as the story ended up."""
    articles = [a for a in published_at(story, len(story.stages) - 1).values() if a.outlet == outlet.key
                and (first is None or a.published.date() >= first) and (last is None or a.published.date() <= last)]
    return render_feed(outlet, articles, base)


def _search_range(query: str) -> tuple[date | None, date | None] | None:
    """(first, last) day of a dated news search's `q`, None when it names no date."""
    q = dict(parse_qsl(query)).get("q", "")
    after = next((w[6:] for w in q.split() if w.startswith("after:")), None)
    before = next((w[7:] for w in q.split() if w.startswith("before:")), None)
    if after is None and before is None:
        return None
    return (date.fromisoformat(after) if after else None,
            date.fromisoformat(before) - timedelta(days=1) if before else None)


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
            if outlet.format == "news-search":
                routes[search_link(a)] = ((base + a.path).encode(), REDIRECT, _last_change(a))
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
        self.paths: list[str] = []  # every request's target, in order
        self._routes: Routes = {}
        self._lock = threading.Lock()
        owner = self

        class Handler(QuietHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
                with owner._lock:
                    owner.requests += 1
                    owner.paths.append(self.path)
                    found = owner._routes.get(self.path.split("?utm_source")[0])
                if found is None and (answer := owner.history(self.path)) is not None:
                    status, body, ctype = answer
                    self.send_body(status, body, ctype)
                    return
                if found is None:
                    self.send_body(404, b"not found", "text/plain")
                    return
                body, ctype, modified = found
                if ctype == REDIRECT:
                    self.send_body(302, b"", "text/plain", {"Location": body.decode()})
                    return
                self.send_conditional(body, ctype, {
                    "Last-Modified": format_datetime(modified.astimezone(UTC), usegmt=True)})

        self.httpd, self._thread = start_server(Handler, port=port, name="demo-site")
        renders = {n: render_site(story, n, self.base) for n in range(len(story.stages))}
        self.wayback = WaybackIndex(story_snapshots(story, self.base, renders))
        self._archive: Routes = {}
        for outlet in story.outlets:
            if outlet.format != "news-search":
                self._archive.update(render_archive_sitemaps(story, outlet, self.base))

    @property
    def base(self) -> str:
        return f"http://{HOST}:{self.httpd.server_address[1]}"

    def history(self, target: str) -> tuple[int, bytes, str] | None:
        """What the site answers about the past, whatever the stage: its web archive (CDX index and captures),
        the outlets' archive sitemaps, and news searches asked for a range of days."""
        parts = urlsplit(target)
        if parts.path == f"{WAYBACK}/cdx/search/cdx":
            return 200, self.wayback.cdx(parse_qsl(parts.query)), "text/plain; charset=utf-8"
        if parts.path.startswith(f"{WAYBACK}/web/"):
            stamp, _, url = target[len(WAYBACK) + 5:].partition("id_/")
            body = self.wayback.capture(stamp, url)
            return (200, body, HTML) if body is not None else (404, b"not in the archive", "text/plain")
        if parts.path in self._archive:
            return 200, self._archive[parts.path][0], XML
        for outlet in self.story.outlets:
            if outlet.format == "news-search" and parts.path == urlsplit(outlet.feed).path:
                dates = _search_range(parts.query)
                if dates is not None:
                    return 200, render_news_search(self.story, outlet, self.base, *dates), RSS
        return None

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
