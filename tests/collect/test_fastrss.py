"""The fast RSS reading gives exactly feedparser's values, or declines: on every corpus feed, under every HTTP
content type, and on generated RSS documents built from the elements, encodings, namespaces and text quirks
the fast reading has to reproduce (or refuse)."""

from __future__ import annotations

import io
from dataclasses import replace
from typing import Any

import feedparser
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from monitor.collect import fastrss
from monitor.collect.feeds import parse_feed
from tests.conftest import CORPUS

FEEDS = sorted(p for p in (CORPUS / "feeds").rglob("*") if p.is_file()) if CORPUS.is_dir() else []
needs_corpus = pytest.mark.skipif(not FEEDS, reason=f"the shared corpus is not at {CORPUS}")
CONTENT_TYPES = ["", "application/rss+xml", "application/rss+xml; charset=utf-8", "application/xml",
                 "text/xml", "text/xml; charset=UTF-8", "text/html", "application/rss+xml; charset=iso-8859-1"]
ITEM_FIELDS = ("title", "link", "id", "guidislink", "summary", "author", "published_parsed", "updated_parsed",
               "language")
FEED_FIELDS = ("title", "link", "language", "ttl")


def item_view(item: dict[str, Any]) -> dict[str, Any]:
    view = {k: dict.get(item, k) for k in ITEM_FIELDS if k in item}
    if "content" in item:
        view["content"] = [c.get("value") for c in item["content"]]
    if "authors" in item:
        view["authors"] = [a.get("name") for a in item["authors"]]
    if "source" in item:
        view["source"] = dict(item["source"])
    if "title_detail" in item:  # text or HTML: parse_feed keeps a text title literally
        view["title_type"] = item["title_detail"].get("type")
    return view


def feedparser_view(body: bytes, content_type: str) -> tuple[dict[str, Any], list[dict[str, Any]], Any]:
    headers = {"content-type": content_type} if content_type else {}
    parsed = feedparser.parse(io.BytesIO(body), response_headers=headers, sanitize_html=False,
                              resolve_relative_uris=False)
    feed = {k: parsed.feed[k] for k in FEED_FIELDS if k in parsed.feed}
    return feed, [item_view(e) for e in parsed.entries], parsed.get("bozo_exception")


def assert_same(body: bytes, content_type: str) -> bool:
    """True when the fast reading took the document (and then gave feedparser's values exactly)."""
    quick = fastrss.read(body, content_type)
    if quick is None:
        return False
    feed, items, bozo = feedparser_view(body, content_type)
    assert bozo is None, f"fast reading took a document feedparser flags: {bozo!r}"
    assert {k: quick[0][k] for k in FEED_FIELDS if k in quick[0]} == feed
    assert [item_view(i) for i in quick[1]] == items
    fast = parse_feed(body, url="https://feed.example/rss", content_type=content_type)
    slow = parse_feed(body, url="https://feed.example/rss", content_type=content_type, fast=False)
    assert fast.parser == "fastrss" and slow.parser == "feedparser"
    assert replace(fast, parser="feedparser") == slow
    return True


@needs_corpus
def test_corpus_feeds_read_alike_under_every_content_type():
    taken = set()
    for path in FEEDS:
        body = path.read_bytes()
        for content_type in CONTENT_TYPES:
            if assert_same(body, content_type):
                taken.add(path.name)
    # Plain RSS 2.0 news feeds take the fast path; the others (dc:description, itunes:summary, Atom, Latin-1,
    # broken) are feedparser's.
    assert {"cointelegraph.rss", "decrypt.rss", "theblock.rss", "guardian.rss"} <= taken
    assert not taken & {"heise.atom", "coindesk.rss", "uol-noticias.rss", "reuters-most-read-truncated.xml"}


# -- generated documents --------------------------------------------------------------------------------

NAMESPACES = {
    "dc": "http://purl.org/dc/elements/1.1/", "content": "http://purl.org/rss/1.0/modules/content/",
    "media": "http://search.yahoo.com/mrss/", "atom": "http://www.w3.org/2005/Atom",
    "itunes": "http://www.itunes.com/dtds/podcast-1.0.dtd", "x": "http://unknown.example/ns",
}
QUIRKS = st.sampled_from(["Binance denies report", "  padded title  ", "", "Café crème", "CafÃ© crÃ¨me", "Ð¿Ñ€Ð¸Ð²ÐµÑ‚",
                     "quote \x93here\x94 \x85", "&lt;p&gt;Escaped &lt;b&gt;HTML&lt;/b&gt;&lt;/p&gt;", "A &amp; B",
                     "&amp;amp; double", "<![CDATA[<p>CDATA <em>markup</em></p>]]>", "&#233;t&#xE9;",
                     "jdoe@example.com (John Doe)", "John Doe <jdoe@example.com>", "jdoe@example.com",
                     "http:///bad.example//x", "https://www.example.com/a?x=1&amp;y=2", "12345", "urn:uuid:42",
                     "/relative/path", "Sun, 01 Nov 2026 10:00:00 +0300", "2026-11-01T10:00:00Z", "yesterday",
                     "Mon, 32 Foo 2026", "ёжик", "emoji 📰", "  \n  ", "60", "<!-- c -->split<!-- d -->text"])
TEXT = st.one_of(QUIRKS, QUIRKS, QUIRKS,
                 st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="<&"),
                         max_size=30))


def element(name: str, text: str, attrs: str = "") -> str:
    return f"<{name}{attrs}>{text}</{name}>"


ITEM_CHILD = st.one_of(
    st.tuples(st.sampled_from(["title", "link", "description", "pubDate", "author", "comments", "category",
                               "dc:creator", "dc:date", "content:encoded", "source", "Title", "dc:description",
                               "language", "itunes:subtitle", "itunes:summary", "x:thing", "media:title",
                               "dc:subject", "managingEditor"]), TEXT,
              st.sampled_from(["", "", "", ' type="text/plain"', ' url="https://src.example/"'])),
    st.tuples(st.just("guid"), TEXT, st.sampled_from(["", ' isPermaLink="false"', ' isPermaLink="true"',
                                                      ' isPermaLink="True"', ' IsPermaLink="false"'])),
    st.tuples(st.sampled_from(["atom:link", "enclosure", "media:content", "media:thumbnail"]), st.just(""),
              st.sampled_from([' href="https://e.example/a" rel="self"', ' href="https://e.example/b"',
                               ' href="https://e.example/c" rel="Alternate"', ' url="https://e.example/d.mp3"',
                               ' rel="enclosure" href="https://e.example/e.mp3"'])),
    st.tuples(st.just("media:content"), st.sampled_from(["<media:credit>AP</media:credit>",
                                                        "<media:title>Inner title</media:title>",
                                                        "<media:description>Inner</media:description>"]),
              st.just(' url="https://e.example/p.jpg"')),
)
CHANNEL_CHILD = st.one_of(
    st.tuples(st.sampled_from(["title", "link", "language", "dc:language", "ttl", "description", "dc:title",
                               "x:ttl", "lastBuildDate", "generator"]), TEXT, st.just("")),
    st.tuples(st.just("atom:link"), st.just(""), st.sampled_from([' href="https://f.example/rss" rel="self"',
                                                                 ' href="https://f.example/"'])),
    st.tuples(st.just("image"), st.just("<title>Logo</title><url>https://f.example/l.png</url>"
                                        "<link>https://f.example/</link>"), st.just("")),
)


# Mostly what the fast reading takes: the strategy that finds its mistakes (the one above finds its refusals).
PLAIN_ITEM_CHILD = st.one_of(
    st.tuples(st.sampled_from(["title", "link", "description", "pubDate", "author", "comments", "category",
                               "dc:creator", "dc:date", "content:encoded", "x:thing", "itunes:subtitle"]), TEXT,
              st.just("")),
    st.tuples(st.just("guid"), TEXT, st.sampled_from(["", ' isPermaLink="false"', ' isPermaLink="True"'])),
    st.tuples(st.sampled_from(["atom:link", "enclosure"]), st.just(""),
              st.sampled_from([' href="https://e.example/a" rel="self"', ' url="https://e.example/d.mp3"'])),
    st.tuples(st.just("media:content"), st.just("<media:credit>AP</media:credit>"),
              st.just(' url="https://e.example/p.jpg"')),
    st.tuples(st.just("source"), TEXT, st.just(' url="https://src.example/"')),
)

pytestmark = pytest.mark.pure


@st.composite
def rss_documents(draw: Any, plain: bool = False) -> tuple[bytes, str]:
    declaration = draw(st.sampled_from(['<?xml version="1.0" encoding="UTF-8"?>', "<?xml version='1.0'?>", ""]
                                       + ([] if plain else ['<?xml version="1.0" encoding="iso-8859-1"?>',
                                                            '<?xml version="1.0" encoding="us-ascii"?>'])))
    prefixes = set(NAMESPACES) if plain else draw(st.sets(st.sampled_from(sorted(NAMESPACES))))
    declared = "".join(f' xmlns:{p}="{NAMESPACES[p]}"' for p in sorted(prefixes))
    declared += "" if plain else draw(st.sampled_from(["", "", ' xmlns:dc2="http://purl.org/dc/elements/1.1/"',
                                                       ' xmlns:content="http://purl.org/dc/terms/"', ' xml:lang="fr"']))
    unique = {"unique_by": lambda child: child[0]} if plain else {}
    channel = "".join(element(n, t, a) for n, t, a in draw(st.lists(CHANNEL_CHILD, max_size=6, **unique)))
    items = []
    children_of = PLAIN_ITEM_CHILD if plain else ITEM_CHILD
    for children in draw(st.lists(st.lists(children_of, max_size=9, **unique), min_size=1, max_size=4)):
        items.append("<item>" + "".join(element(n, t, a) for n, t, a in children) + "</item>")
    version = draw(st.sampled_from(['version="2.0"', 'version="0.92"', ""]))
    text = f'{declaration}<rss {version}{declared}><channel>{channel}{"".join(items)}</channel></rss>'
    body = text.encode("utf-8")
    if draw(st.booleans()) and draw(st.booleans()):
        body = b"\xef\xbb\xbf" + body
    return body, draw(st.sampled_from(CONTENT_TYPES[:6] if plain else CONTENT_TYPES))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(rss_documents())
def test_generated_rss_reads_alike(doc: tuple[bytes, str]) -> None:
    body, content_type = doc
    assert_same(body, content_type)


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(rss_documents(plain=True))
def test_generated_plain_rss_reads_alike(doc: tuple[bytes, str]) -> None:
    body, content_type = doc
    assert_same(body, content_type)


def test_the_fast_reading_takes_plain_rss_and_declines_the_rest() -> None:
    plain = (b'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">'
             b"<channel><title>Wire</title><link>https://wire.example/</link><ttl>15</ttl>"
             b"<item><title>Binance denies</title><link>https://wire.example/a?x=1&amp;y=2</link>"
             b'<guid isPermaLink="false">wire-1</guid><dc:creator>Jane Roe</dc:creator>'
             b"<pubDate>Fri, 22 Apr 2022 10:00:00 GMT</pubDate><description>&lt;p&gt;Text&lt;/p&gt;</description>"
             b"</item></channel></rss>")
    assert assert_same(plain, "application/rss+xml")
    feed = parse_feed(plain, content_type="application/rss+xml")
    assert feed.parser == "fastrss" and feed.ttl_minutes == 15
    assert feed.entries[0].link == "https://wire.example/a?x=1&y=2" and feed.entries[0].authors == "Jane Roe"
    declined = {
        "Atom": b'<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>',
        "a DOCTYPE": b'<!DOCTYPE rss><rss version="2.0"><channel><title>x</title></channel></rss>',
        "Latin-1": b'<?xml version="1.0" encoding="iso-8859-1"?><rss><channel><title>\xe9</title></channel></rss>',
        "broken XML": b"<rss><channel><title>x</channel></rss>",
        "an undefined entity": b"<rss><channel><title>&nbsp;</title></channel></rss>",
        "dc:description": plain.replace(b"<description>", b"<dc:description>x</dc:description><description>"),
        "xml:base": plain.replace(b"<item>", b'<item xml:base="https://other.example/">'),
    }
    for why, body in declined.items():
        assert fastrss.read(body, "application/rss+xml") is None, why
    assert fastrss.read(plain, "text/html") is None  # feedparser would flag the media type
    assert parse_feed(plain, content_type="application/rss+xml", fast=False).parser == "feedparser"


ATTRIBUTES = {"guid": ["", ' isPermaLink="false"'], "source": ["", ' url="https://src.example/"']}


@pytest.mark.parametrize("name", ["title", "link", "description", "pubDate", "author", "dc:creator", "dc:date",
                                  "content:encoded", "guid", "comments", "source"])
def test_every_text_quirk_in_every_item_field_reads_alike(name: str) -> None:
    declared = "".join(f' xmlns:{p}="{uri}"' for p, uri in NAMESPACES.items())
    taken = 0
    for quirk in QUIRKS.elements:  # type: ignore[attr-defined]
        for attrs in ATTRIBUTES.get(name, [""]):
            for before in ("", "<link>https://a.example/x</link>", "<description>d</description>"):
                body = (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"{declared}><channel>'
                        f"<title>{quirk}</title><item>{before}{element(name, quirk, attrs)}"
                        f"<dc:creator>{quirk}</dc:creator></item></channel></rss>").encode()
                taken += assert_same(body, "application/rss+xml; charset=utf-8")
    assert taken > 0


def test_a_link_after_an_opaque_permalink_guid_is_kept_by_both_readings() -> None:
    # feedparser first takes the GUID as the link (isPermaLink defaults to true), then the <link> replaces it
    # while its guidislink flag stays set: the real link must survive, the opaque GUID must not become one.
    body = (b'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>W</title>'
            b"<item><title>a</title><guid>wire-77</guid><link>https://wire.example/a</link></item>"
            b"<item><title>b</title><guid>wire-78</guid></item></channel></rss>")
    assert assert_same(body, "application/rss+xml")
    for fast in (True, False):
        feed = parse_feed(body, url="https://wire.example/rss", fast=fast)
        assert [e.link for e in feed.entries] == ["https://wire.example/a"] and feed.skipped == 1


@pytest.mark.parametrize("fast", [True, False])
def test_a_text_title_is_kept_literally_and_an_html_one_loses_its_markup(fast: bool) -> None:
    body = (b'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Wire</title>'
            b"<link>https://wire.example/</link><description>d</description>"
            b"<item><title>History of the &lt;blink&gt; tag</title><link>https://wire.example/1</link></item>"
            b"<item><title>Bold &lt;b&gt;move&lt;/b&gt; &amp;amp; more</title><link>https://wire.example/2</link></item>"
            b"<item><title><![CDATA[Why <script> tags matter]]></title><link>https://wire.example/3</link></item>"
            b"</channel></rss>")
    parsed = parse_feed(body, fast=fast)
    assert parsed.parser == ("fastrss" if fast else "feedparser")
    assert [e.title for e in parsed.entries] == ["History of the <blink> tag", "Bold move & more",
                                                 "Why <script> tags matter"]
