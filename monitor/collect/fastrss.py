"""A fast reading of plain RSS 2.0 (lxml) that gives exactly what feedparser would, or declines.

feedparser is the poller's parser and stays the reference: it copes with everything (broken markup, legacy
encodings, RSS 0.9/1.0, Atom, every namespace). It is also the cold poll's biggest cost (~7 ms for a 50-item
feed, in Python handlers per element). Most news feeds are plain, well-formed RSS 2.0 in UTF-8 whose items
use a handful of elements; for those, `read` walks lxml's tree and builds the very values feedparser's
handlers would (`parse_feed` then treats both alike), at ~1/10 of the cost. It declines (returns None, and
feedparser parses the document) at the first thing it does not reproduce exactly: any XML error, a DOCTYPE,
an encoding other than UTF-8/ASCII, an HTTP type feedparser would flag, xml:base or xml:lang, namespace
prefix games, and any element feedparser maps onto the fields storywatch reads unless handled here.

Exactness is by construction and by test: the text fix-ups, URI fixing and date parsing are feedparser's own
functions, element names are classified through feedparser's own namespace table and handler names, and
tests/test_fastrss.py compares both readings on the corpus and on generated feeds.
"""

from __future__ import annotations

import re
from typing import Any

from feedparser.api import StrictFeedParser
from feedparser.datetimes import _parse_date  # feedparser's own date parsing: identical dates by construction
from feedparser.mixin import _cp1252, _FeedParserMixin
from feedparser.urls import _urljoin
from lxml import etree

__all__ = ["read"]

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                          remove_comments=True, remove_pis=True)
_XML_ENCODING = re.compile(rb"^<\?xml[^>]*?encoding\s*=\s*['\"]([A-Za-z0-9_.:-]+)['\"]")  # feedparser's sniff
_MATCH_NS = {uri.lower(): prefix for uri, prefix in _FeedParserMixin.namespaces.items()}
_STANDARD_PREFIXES = {p for p in _MATCH_NS.values() if p}
# Handlers that never touch the fields storywatch reads (title, link, id, summary, content, authors, language,
# dates); anything else with a handler, below an item, sends the document to feedparser.
_HARMLESS = {"category", "keywords", "enclosure", "dc_subject", "media_content", "media_thumbnail",
             "media_credit", "media_category", "media_keywords", "media_rating", "media_restriction",
             "media_license", "media_group", "media_player", "itunes_explicit", "itunes_block", "itunes_keywords",
             "itunes_image", "itunes_subtitle", "subtitle"}
_KEYS = {"title", "link", "id", "guidislink", "summary", "content", "authors", "author", "language", "published",
         "published_parsed", "updated", "updated_parsed", "description", "item", "entry", "links", "tags",
         "enclosures"}
_FEED_FIELDS = {"item", "entry", "title", "link", "language", "ttl", "dc_title", "media_title", "dc_language"}
_AMP_REF = re.compile("&([A-Za-z0-9_]+);")
_EMAIL = re.compile(r"(([a-zA-Z0-9\_\-\.\+]+)@((\[[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.)|(([a-zA-Z0-9\-]+\.)+))"
                    r"([a-zA-Z]{2,4}|[0-9]{1,3})(\]?))(\?subject=\S+)?")  # feedparser's _sync_author_detail
_CLASS: dict[tuple[str, str | None], str] = {}


class _Decline(Exception):
    """This document is not one the fast reading reproduces exactly: feedparser parses it."""


def _name(el: Any) -> str:
    """The handler name feedparser's strict parser dispatches this element to ('dc_creator', 'title')."""
    key = (el.tag, el.prefix)
    got = _CLASS.get(key)
    if got is None:
        qname = etree.QName(el.tag)
        uri, local = (qname.namespace or ""), qname.localname.lower()
        lower = uri.lower()
        prefix = "" if "backend.userland.com/rss" in lower else _MATCH_NS.get(lower)
        if prefix is None:  # an unknown namespace: the prefix it was declared with
            prefix = el.prefix or ""
        got = f"{prefix.lower()}_{local}" if prefix else local
        if len(_CLASS) >= 10_000:  # a document inventing element names must not grow a worker without bound
            _CLASS.clear()
        _CLASS[key] = got
    return got


def _title_type(value: str) -> str:
    """The type feedparser gives an RSS title: plain text unless it looks like HTML (its own test)."""
    return "text/html" if _FeedParserMixin.looks_like_html(value) else "text/plain"


def _has_handler(name: str) -> bool:
    return hasattr(StrictFeedParser, "_start_" + name) or hasattr(StrictFeedParser, "_end_" + name)


def _fix(text: str) -> str:
    """What feedparser's pop() does to an element's text once parsed (strict parser, UTF-8)."""
    output = text.strip()
    if output.isascii():  # neither fix-up can change ASCII
        return output
    try:
        output = output.encode("iso-8859-1").decode("utf-8")  # undo UTF-8 read as Latin-1
    except (UnicodeEncodeError, UnicodeDecodeError):
        pass
    return output.translate(_cp1252)


def _text(el: Any) -> str:
    if len(el) or el.attrib:  # markup or attributes (type, mode) inside a text element: not a plain case
        raise _Decline(f"<{el.tag}> has children or attributes")
    return el.text or ""


def _harmless(el: Any) -> None:
    """Raise _Decline unless nothing in `el`'s subtree can change a field storywatch reads."""
    for node in el.iter():
        name = _name(node)
        if name in _HARMLESS or (not _has_handler(name) and name not in _KEYS):
            continue
        raise _Decline(f"<{node.tag}> maps to {name}")


def _other_link(el: Any) -> None:
    """An Atom <link> (namespaced) other than the alternate one only adds to 'links': anything else declines."""
    attrs = el.attrib
    if len(el) or "href" not in attrs or any(k != k.lower() or k in ("url", "uri") for k in attrs) or \
            attrs.get("rel", "alternate").lower() == "alternate":
        raise _Decline("an alternate or unusual <link>")


def _author_name(value: str) -> dict[str, str]:
    """feedparser's author detail of one author string (its name once an e-mail address is cut out)."""
    if not value:
        return {}
    author = value
    match = _EMAIL.search(author)
    if match:
        email = match.group(0)
        author = author.replace(email, "").replace("()", "").replace("<>", "").replace("&lt;&gt;", "").strip()
        if author and author[0] == "(":
            author = author[1:]
        if author and author[-1] == ")":
            author = author[:-1]
        author = author.strip()
    return {"name": author} if author else {}


def _item(el: Any) -> dict[str, Any]:
    if el.attrib:
        raise _Decline("attributes on <item>")
    item: dict[str, Any] = {}
    seen: set[str] = set()
    authors: list[dict[str, str]] = []
    guidislink = None
    for child in el:
        name = _name(child)
        if name == "link" and child.tag.startswith("{"):
            _other_link(child)
            continue
        if name in ("title", "link", "guid", "description", "pubdate", "dc_date", "content_encoded"):
            if name in seen:
                raise _Decline(f"two <{child.tag}> in an item")
            seen.add(name)
        if name == "title":
            item["title"] = _fix(_text(child))
            item["title_detail"] = {"type": _title_type(item["title"])}
        elif name == "link":
            value = _text(child).strip()
            value = _fix(_urljoin("", value) if value else value)
            item["link"] = _AMP_REF.sub(r"&\g<1>", value.replace("&amp;", "&")) if "&" in value else value
        elif name == "guid":
            attrs = {k.lower(): v for k, v in child.attrib.items()}
            if len(child) or set(attrs) - {"ispermalink"} or len(attrs) != len(child.attrib):
                raise _Decline("an unusual <guid>")
            permalink = attrs.get("ispermalink", "true") == "true"
            value = (child.text or "").strip()
            item["id"] = _fix(_urljoin("", value) if permalink and value else value)
            guidislink = permalink and "link" not in item
            if permalink:
                item.setdefault("link", item["id"])
        elif name == "description":
            item["summary"] = _fix(_text(child))
        elif name == "content_encoded":
            value = _fix(_text(child))
            item["content"] = [{"value": value}]
            item.setdefault("summary", value)
        elif name == "pubdate":
            item["published"] = _fix(_text(child))
            item["published_parsed"] = _parse_date(item["published"])
        elif name == "dc_date":
            item["updated"] = _fix(_text(child))
            item["updated_parsed"] = _parse_date(item["updated"])
        elif name in ("author", "dc_creator"):
            value = _fix(_text(child))
            item["author"] = value
            authors.append(_author_name(value))
        elif name == "source":  # the publisher an aggregator names: its text and its url attribute
            if len(child) or set(child.attrib) - {"url"}:
                raise _Decline("an item <source> with children or other attributes")
            if "source" in seen:
                raise _Decline(f"two <{child.tag}> in an item")
            seen.add("source")
            source = {"href": child.attrib["url"]} if "url" in child.attrib else {}
            title = _fix(child.text or "")
            if title:
                source["title"] = title
            item["source"] = source
        else:
            _harmless(child)
    if guidislink is not None:
        item["guidislink"] = guidislink
    if authors:
        item["authors"] = authors
    return item


def _acceptable(body: bytes, content_type: str) -> bool:
    """Whether feedparser would read `body` as UTF-8 with no complaint (RFC 3023 rules, as in its encodings)."""
    data = body[3:] if body.startswith(b"\xef\xbb\xbf") else body
    if data[:2] in (b"\xfe\xff", b"\xff\xfe") or data[:4] in (b"\x00\x00\xfe\xff", b"\xff\xfe\x00\x00"):
        return False
    match = _XML_ENCODING.match(data)
    declared = match.group(1).decode("ascii").lower() if match else ""
    media, _, params = content_type.partition(";")
    media = media.strip().lower()
    charset = ""
    for param in params.split(";"):
        key, _, value = param.strip().partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip("'\"").lower()
    if not media:
        encoding = declared or "utf-8"
    elif media == "application/xml" or (media.startswith("application/") and media.endswith("+xml")):
        encoding = charset or declared or "utf-8"
    elif media == "text/xml" or (media.startswith("text/") and media.endswith("+xml")):
        encoding = charset or "us-ascii"
    else:
        return False  # feedparser flags it (not an XML media type)
    if declared not in ("", "utf-8", "utf8") and not (declared in ("us-ascii", "ascii") and data.isascii()):
        return False
    if encoding in ("utf-8", "utf8"):
        return True
    return encoding in ("us-ascii", "ascii") and data.isascii()


def read(body: bytes, content_type: str = "") -> tuple[dict[str, Any], list[dict[str, Any]]] | None:
    """The channel's and the items' fields as feedparser gives them, for a plain RSS 2.0 document; None when
    the document is not one this reading reproduces exactly (parse it with feedparser)."""
    head = body[:4096]
    if b"<rss" not in head or b"<!DOCTYPE" in head.upper() or not _acceptable(body, content_type):
        return None
    try:
        root = etree.fromstring(body, _PARSER)
        return _document(root, body)
    except (etree.LxmlError, _Decline, ValueError):  # not well-formed, or not a plain case: feedparser's
        return None


def _document(root: Any, body: bytes) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    if not isinstance(root.tag, str) or root.tag.lower() != "rss" or set(root.attrib) - {"version"}:
        raise _Decline("not a plain <rss> root")
    declared = root.nsmap
    if body.count(b"xmlns") != len(declared):  # every declaration on the root, none below it
        raise _Decline("namespace declarations below the root")
    uris = list(declared.values())
    for prefix, uri in declared.items():
        standard = _MATCH_NS.get(uri.lower())
        if prefix and prefix != standard and (prefix.lower() in _STANDARD_PREFIXES or uris.count(uri) > 1):
            raise _Decline(f"prefix {prefix!r} bound to {uri}")
        if prefix is None and uri and standard is None:
            raise _Decline("an unknown default namespace")
    channels = list(root)
    if len(channels) != 1 or _name(channels[0]) != "channel" or channels[0].attrib:
        raise _Decline("not one plain <channel>")
    feed: dict[str, Any] = {}
    items = []
    for child in channels[0]:
        name = _name(child)
        if name == "item":
            items.append(_item(child))
        elif name == "link" and child.tag.startswith("{"):
            _other_link(child)
        elif name in ("language", "dc_language"):  # both set the feed's language: the last one wins
            feed["language"] = _fix(_text(child))
        elif name in ("title", "link", "ttl"):
            if name in feed:
                raise _Decline(f"two channel <{name}>")
            value = _text(child).strip()
            if name == "link" and value:
                value = _urljoin("", value)
            value = _fix(value)
            feed[name] = _AMP_REF.sub(r"&\g<1>", value) if name == "link" else value
            if name == "title":
                feed["title_detail"] = {"type": _title_type(value)}
        elif name in ("image", "textinput"):  # their titles and links are their own
            if any(_name(node) in ("item", "entry") for node in child.iter()):
                raise _Decline("an item inside an image")
        elif any(_name(node) in _FEED_FIELDS for node in child.iter()):
            raise _Decline(f"channel <{child.tag}> sets or holds a feed field")
    return feed, items
