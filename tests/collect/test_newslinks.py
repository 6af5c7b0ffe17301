"""News-search links recognised, and the publisher's URL read from each shape of landing page (tables)."""

from __future__ import annotations

import pytest

from monitor.collect.newslinks import is_search_link, publisher_url

pytestmark = pytest.mark.pure

GN = "https://news.google.com/rss/articles/CBMiXmh0dHBzOi8vd3d3?oc=5"


@pytest.mark.parametrize(("url", "search"), [
    (GN, True),
    ("https://news.google.com/articles/CBMi?hl=en-US", True),
    ("https://news.google.com/rss/search?q=binance", False),  # the feed itself
    ("https://www.bing.com/news/apiclick.aspx?url=https%3a%2f%2fx.example", True),
    ("http://127.0.0.1:8080/news-search/rss/articles/abc123", True),  # a mirror's (the demo site's) shape
    ("https://www.reuters.com/technology/binance-2022-04-22/", False),
    ("https://www.binance.com/en/blog/leadership/binance--russia-421499824684903741", False),
])
def test_search_links(url: str, search: bool) -> None:
    assert is_search_link(url) is search


PUBLISHER = "https://www.reuters.com/technology/binance-2022-04-22/"


@pytest.mark.parametrize(("html", "found"), [
    (f'<html><body><c-wiz><a data-n-au="{PUBLISHER}" href="./x">Reuters</a></c-wiz></body></html>', PUBLISHER),
    (f'<meta http-equiv="refresh" content="0;url={PUBLISHER}">', PUBLISHER),
    (f'<head><link rel="canonical" href="{PUBLISHER}"></head>', PUBLISHER),
    (f'<meta property="og:url" content="{PUBLISHER}">', PUBLISHER),
    (f'<script>window.location.replace("{PUBLISHER}")</script>', PUBLISHER),
    (f'<a data-n-au="{PUBLISHER}?a=1&amp;b=2">', PUBLISHER + "?a=1&b=2"),
    (f'<link rel="canonical" href="{GN}"><meta property="og:url" content="{PUBLISHER}">', PUBLISHER),
    (f'<link rel="canonical" href="{GN}">', None),  # only itself: cannot be resolved
    ("<html><body>Enable JavaScript</body></html>", None),
    ('<meta http-equiv="refresh" content="0;url=javascript:alert(1)">', None),
])
def test_publisher_url_from_a_landing_page(html: str, found: str | None) -> None:
    assert publisher_url(html, GN) == found
