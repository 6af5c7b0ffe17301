"""News-search links (pure): a news search engine's RSS points each item at its own redirect URL, not at the
publisher. Such a link is recognised here, and the publisher's URL read from the landing page when the engine
answers with a page instead of an HTTP redirect (Scrapy follows the redirects itself). An article stored under
a search link is re-keyed to the publisher's URL when the crawler reaches the publisher's page
(monitor/collect/pages.py)."""

from __future__ import annotations

import re
from html import unescape
from urllib.parse import urljoin, urlsplit

# (host, path prefix) of news-search redirect links; the path alone for a host not listed (a mirror, the demo).
SEARCH_HOSTS = {"news.google.com": ("/rss/articles/", "/articles/", "/read/"),
                "www.bing.com": ("/news/apiclick",), "bing.com": ("/news/apiclick",)}
SEARCH_PATHS = ("/rss/articles/",)

_CANDIDATES = (
    re.compile(r"""<a\b[^>]*\bdata-n-au=["']([^"']+)["']""", re.I),  # Google News' landing page
    re.compile(r"""<meta\b[^>]*http-equiv=["']?refresh["']?[^>]*content=["'][^"']*url=([^"'>\s]+)""", re.I),
    re.compile(r"""<link\b[^>]*rel=["']canonical["'][^>]*href=["']([^"']+)["']""", re.I),
    re.compile(r"""<meta\b[^>]*property=["']og:url["'][^>]*content=["']([^"']+)["']""", re.I),
    re.compile(r"""(?:window\.)?location(?:\.href)?\s*(?:=|\.replace\()\s*["']([^"']+)["']""", re.I),
)


def is_search_link(url: str) -> bool:
    """Whether `url` is a news-search engine's redirect link rather than the publisher's page."""
    parts = urlsplit(url)
    host, path = (parts.hostname or "").lower(), parts.path
    prefixes = SEARCH_HOSTS.get(host)
    if prefixes is not None:
        return path.startswith(prefixes)
    return any(marker in path for marker in SEARCH_PATHS)


def publisher_url(html: str, base: str) -> str | None:
    """The publisher's URL a search engine's landing page carries (a link, a refresh, a canonical link, a
    script's redirect), or None when it carries none. Only an http(s) URL that is not itself a search link."""
    head = html[:200_000]
    for pattern in _CANDIDATES:
        for match in pattern.finditer(head):
            url = urljoin(base, unescape(match.group(1)).strip())
            if url.startswith(("http://", "https://")) and not is_search_link(url):
                return url
    return None
