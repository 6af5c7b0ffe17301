"""Pure tables: the archive's key for an article URL (merges that must happen, splits that must not), the link
people are shown, and the sites' own tracking parameters."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from w3lib.url import canonicalize_url

from monitor.seeds import default_seeds_dir
from monitor.sites import load_sites
from monitor.urls import (
    UrlRules,
    canonical_url,
    clean_link,
    other_scheme,
    page_identity,
    plain_canonical,
    remember_canonical,
)

pytestmark = pytest.mark.pure

SHIPPED = load_sites(default_seeds_dir()).url_rules()

# Each row: addresses of ONE article, however linked.
MERGES = [
    ("tracking parameters", ["https://www.reuters.com/a/b/?utm_source=rss&utm_medium=feed",
                             "https://reuters.com/a/b", "https://www.reuters.com/a/b/?fbclid=x#comments",
                             "https://reuters.com/a/b?gclid=1&mc_cid=2&_ga=3&utm_campaign=c"]),
    ("the Washington Post's itid", ["https://www.washingtonpost.com/world/2022/04/22/story/?itid=hp-top-table",
                                    "https://www.washingtonpost.com/world/2022/04/22/story/"]),
    ("percent-encoding", ["https://example.com/caf\u00e9", "https://example.com/caf%C3%A9",
                          "https://example.com/caf%c3%a9"]),
    ("dot segments", ["https://example.com/a/../b", "https://example.com/b", "https://example.com/./b",
                      "https://example.com/x/./../b"]),
    ("query order", ["https://example.com/s?b=2&a=1", "https://example.com/s?a=1&b=2"]),
    ("host case, default port, fragment, trailing slash",
     ["http://WWW.Example.COM:80/story/#top", "http://example.com/story", "http://example.com/story?"]),
    ("AMP variants", ["https://www.example.com/news/story-1/amp/", "https://amp.example.com/news/story-1",
                      "https://www.example.com/amp/news/story-1", "https://example.com/news/story-1.amp",
                      "https://example.com/news/story-1?outputType=amp", "https://example.com/news/story-1?amp=1",
                      "https://example.com/news/story-1?amp",
                      "https://www-example-com.cdn.ampproject.org/c/s/www.example.com/news/story-1/amp/"]),
    ("mobile variants", ["https://m.bbc.co.uk/news/technology-1", "https://www.bbc.co.uk/news/technology-1",
                         "https://mobile.bbc.co.uk/news/technology-1"]),
]

# Each row: addresses of DIFFERENT pages that must stay apart.
SPLITS = [
    ("a parameter that names the article", ["https://example.com/article.php?cid=123",
                                            "https://example.com/article.php?cid=456",
                                            "https://example.com/article.php"]),
    ("WordPress ids and pages", ["https://blog.example/?p=12", "https://blog.example/?p=13",
                                 "https://example.com/story?page=2", "https://example.com/story"]),
    ("parameters the old list dropped", ["https://example.com/s?ref=a", "https://example.com/s?source=b",
                                         "https://example.com/s?id=1&share=1", "https://example.com/s?feed=x"]),
    ("a feed format is not AMP", ["https://reuters.example/rss/?outputType=xml", "https://reuters.example/rss"]),
    ("a word starting with amp", ["https://example.com/amplifier", "https://example.com/"]),
    ("case in paths", ["https://example.com/Story", "https://example.com/story"]),
    ("ports", ["https://example.com:8443/x", "https://example.com/x"]),
    ("subdomains other than www, m and amp", ["https://news.example.com/x", "https://example.com/x"]),
]


@pytest.mark.parametrize(("why", "urls"), MERGES, ids=[m[0] for m in MERGES])
def test_one_article_one_key(why: str, urls: list[str]) -> None:
    keys = {canonical_url(u) for u in urls}
    assert len(keys) == 1, keys


@pytest.mark.parametrize(("why", "urls"), SPLITS, ids=[s[0] for s in SPLITS])
def test_different_pages_different_keys(why: str, urls: list[str]) -> None:
    keys = [canonical_url(u) for u in urls]
    assert len(set(keys)) == len(urls), keys


@pytest.mark.parametrize(
    ("url", "key"),
    [
        ("https://www.reuters.com/a/b/?utm_source=rss&utm_medium=x#frag", "https://reuters.com/a/b"),
        ("http://127.0.0.1:8765/reuters/story/?utm_source=rss", "http://127.0.0.1:8765/reuters/story"),
        ("http://example.com:443/x", "http://example.com:443/x"),  # not http's default port
        ("https://example.com", "https://example.com/"),
        ("tag:reuters.com,2022:newsml_L1", "tag:reuters.com,2022:newsml_L1"),
        ("  https://example.com/a//b  ", "https://example.com/a/b"),
        ("https://example.com/q?x=a%20b&y=%7e", "https://example.com/q?x=a+b&y=~"),
        ("https://\u043f\u0440\u0438\u043c\u0435\u0440.\u0440\u0444/\u043f",
         "https://xn--e1afmkfd.xn--p1ai/%D0%BF"),
        ("http://[::1", "http://[::1"),  # not a URL: returned as given
    ],
)
def test_keys(url: str, key: str) -> None:
    assert canonical_url(url) == key


def test_the_scheme_stays_and_the_other_is_a_second_lookup() -> None:
    http, https = canonical_url("http://example.com/x"), canonical_url("https://www.example.com/x/")
    assert (http, https) == ("http://example.com/x", "https://example.com/x")
    assert other_scheme(http) == https and other_scheme(https) == http and other_scheme("tag:x") is None
    assert page_identity("http://example.com/x") == page_identity("https://www.example.com/x/") == "example.com/x"


@pytest.mark.parametrize(
    ("url", "link"),
    [
        ("https://www.example.com/a/?utm_source=rss&utm_medium=rss", "https://www.example.com/a/"),
        ("http://127.0.0.1:8765/b?id=7&utm_campaign=x&fbclid=y#c", "http://127.0.0.1:8765/b?id=7#c"),
        ("https://example.com/article.php?cid=123", "https://example.com/article.php?cid=123"),
        ("https://example.com/news/1?outputType=amp", "https://example.com/news/1?outputType=amp"),  # as served
        ("https://example.com/z?b=2&a=1&gclid=3", "https://example.com/z?b=2&a=1"),  # order kept
        ("guid-1234", "guid-1234"),
    ],
)
def test_the_link_people_see(url: str, link: str) -> None:
    assert clean_link(url) == link


@pytest.mark.parametrize(
    ("url", "key"),
    [
        ("https://edition.cnn.com/2017/01/24/x/index.html?iid=A_MKT_News", "https://edition.cnn.com/2017/01/24/x/index.html"),
        ("https://www.theguardian.com/world/2022/apr/22/x?INTCMP=gdnwb&CMP=share_btn_tw",
         "https://theguardian.com/world/2022/apr/22/x"),
        ("https://www.washingtonpost.com/politics/x?nid=top_pb_politics", "https://washingtonpost.com/politics/x"),
        ("https://example.com/x?iid=1&nid=2", "https://example.com/x?iid=1&nid=2"),  # only on those sites
    ],
)
def test_the_sites_own_tracking_parameters(url: str, key: str) -> None:
    assert canonical_url(url, SHIPPED) == key
    assert canonical_url(url, SHIPPED) == canonical_url(canonical_url(url, SHIPPED), SHIPPED)


def test_a_site_may_keep_a_parameter_of_the_global_list() -> None:
    rules = UrlRules(keep=(("example.org", frozenset({"itid"})),))
    assert canonical_url("https://www.example.org/p?itid=5", rules) == "https://example.org/p?itid=5"
    assert canonical_url("https://example.net/p?itid=5", rules) == "https://example.net/p"
    assert clean_link("https://news.example.org/p?itid=5&utm_source=x", rules) == "https://news.example.org/p?itid=5"


_SEGMENT = st.sampled_from(["a", "B", "caf\u00e9", "caf%C3%A9", "%7e", "..", ".", "", "amp", "x.amp", "m", "2022",
                            "a b", "\u0444"])
_PARAM = st.sampled_from(["id", "cid", "utm_source", "amp", "outputType", "p", "ITID", "q", "fbclid", "x y"])
_VALUE = st.sampled_from(["", "1", "amp", "a b", "%20", "caf\u00e9", "xml", "true"])


@settings(max_examples=300, deadline=None)
@given(scheme=st.sampled_from(["http", "https", "HTTP"]),
       host=st.sampled_from(["example.com", "www.example.com", "m.www.Example.com", "amp.example.co.uk",
                             "example.com:8080", "example.com:80", "127.0.0.1:8765"]),
       path=st.lists(_SEGMENT, max_size=5), params=st.lists(st.tuples(_PARAM, _VALUE), max_size=4),
       slash=st.booleans(), fragment=st.sampled_from(["", "#x", "#"]))
def test_a_key_is_its_own_key(scheme: str, host: str, path: list[str], params: list[tuple[str, str]], slash: bool,
                              fragment: str) -> None:
    query = "&".join(f"{k}={v}" for k, v in params)
    url = f"{scheme}://{host}/{'/'.join(path)}{'/' if slash else ''}{'?' + query if query else ''}{fragment}"
    key = canonical_url(url)
    assert canonical_url(key) == key
    assert key.startswith(scheme.lower() + "://")
    assert "utm_source" not in key and "fbclid" not in key and "#" not in key
    assert "utm_source" not in clean_link(url)


URL_PARTS = st.tuples(
    st.sampled_from(["http", "https", "HTTP"]),
    st.lists(st.sampled_from(["www.", "m.", "amp.", "mobile.", "WWW."]), max_size=3).map("".join),
    st.sampled_from(["example.com", "reuters.com.", "bbc.co.uk", "127.0.0.1:8080", "x.example:443"]),
    st.lists(st.sampled_from(["amp", "news", "a b", "caf%c3%a9", "", ".amp", "amp.html", "%2F"]), max_size=5),
    st.sampled_from(["", "/"]),
    st.lists(st.tuples(st.sampled_from(["utm_source", "id", "amp", "q", "fbclid", "p"]),
                       st.sampled_from(["", "1", "a b", "%20", "x&y"])), max_size=4),
    st.sampled_from(["", "#frag", "#"]),
)

@settings(max_examples=300, deadline=None)
@given(URL_PARTS)
def test_canonical_url_is_idempotent(parts: tuple) -> None:
    scheme, prefixes, host, segments, slash, query, fragment = parts
    url = f"{scheme}://{prefixes}{host}/{'/'.join(segments)}{slash}"
    if query:
        url += "?" + "&".join(f"{k}={v}" for k, v in query)
    once = canonical_url(url + fragment)
    assert canonical_url(once) == once


def test_canonical_urls_can_be_trusted_across_processes() -> None:
    assert canonical_url("https://www.m.example.com/a/amp/amp/") == "https://example.com/a"
    assert canonical_url("http://x.example:443/a") == "http://x.example:443/a"
    remember_canonical("https://reuters.com/b")
    assert canonical_url("https://reuters.com/b") == "https://reuters.com/b"


_PATH_CHARS = st.text(alphabet="abcXYZ09._~!$'()*+,;=:@/-", max_size=30)
_QUERY_WORD = st.text(alphabet="aZ9._~-", max_size=6)


@settings(max_examples=500, deadline=None)
@given(scheme=st.sampled_from(["http", "HTTPS"]),
       host=st.sampled_from(["Example.com", "a-b.example.co.uk", "127.0.0.1"]),
       port=st.sampled_from(["", ":80", ":8080"]), path=_PATH_CHARS,
       query=st.lists(st.tuples(_QUERY_WORD, st.sampled_from(["=", ""]), _QUERY_WORD), max_size=4),
       fragment=st.sampled_from(["", "#x", "#caf\u00e9"]))
def test_plain_urls_skip_w3lib_and_get_what_it_gives(scheme: str, host: str, port: str, path: str,
                                                     query: list[tuple[str, str, str]], fragment: str) -> None:
    url = f"{scheme}://{host}{port}/{path}" + ("?" + "&".join(k + eq + v for k, eq, v in query) if query else "")
    url += fragment
    fast = plain_canonical(url)
    assert fast is None or fast == canonicalize_url(url), url
