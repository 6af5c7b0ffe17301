"""OPML import and export of feed sources (pure: bytes in, data out; data in, text out)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from xml.sax.saxutils import quoteattr

from monitor.errors import StorywatchError

_DOCTYPE = re.compile(rb"<!DOCTYPE\b", re.IGNORECASE)


class OpmlError(StorywatchError):
    """An OPML document could not be read."""


@dataclass(frozen=True)
class OpmlFeed:
    url: str
    title: str = ""
    category: str = ""  # the enclosing outline's title, when it is a folder


def parse_opml(data: bytes) -> list[OpmlFeed]:
    """The feeds of an OPML file (outlines with an xmlUrl, nested folders included), in order, without repeats.
    A DOCTYPE is refused: OPML never needs one and it is where entity bombs live."""
    if _DOCTYPE.search(data[:65536]):
        raise OpmlError("refused: the OPML document declares a DOCTYPE")
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise OpmlError(f"not an OPML document: {exc}") from exc
    if root.tag.lower() != "opml":
        raise OpmlError(f"not an OPML document: the root element is <{root.tag}>")
    feeds: list[OpmlFeed] = []
    seen: set[str] = set()

    def walk(node: ET.Element, category: str) -> None:
        for child in node:
            if child.tag.lower() != "outline":
                continue
            url = (child.get("xmlUrl") or child.get("xmlurl") or "").strip()
            title = (child.get("title") or child.get("text") or "").strip()
            if url.startswith(("http://", "https://")) and url not in seen:
                seen.add(url)
                feeds.append(OpmlFeed(url, title, category))
            walk(child, title if not url else category)

    body = root.find("body")
    walk(body if body is not None else root, "")
    return feeds


def to_opml(feeds: list[OpmlFeed], *, title: str = "storywatch sources") -> str:
    """An OPML 2.0 document listing the feeds (grouped by category)."""
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<opml version="2.0">',
             f"  <head><title>{_text(title)}</title></head>", "  <body>"]
    by_category: dict[str, list[OpmlFeed]] = {}
    for feed in feeds:
        by_category.setdefault(feed.category, []).append(feed)
    for category, items in by_category.items():
        indent = "    "
        if category:
            lines.append(f"    <outline text={quoteattr(category)} title={quoteattr(category)}>")
            indent = "      "
        for feed in items:
            name = feed.title or feed.url
            lines.append(f"{indent}<outline type=\"rss\" text={quoteattr(name)} title={quoteattr(name)} "
                         f"xmlUrl={quoteattr(feed.url)}/>")
        if category:
            lines.append("    </outline>")
    lines += ["  </body>", "</opml>", ""]
    return "\n".join(lines)


def _text(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
