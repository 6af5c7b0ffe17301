"""Article extraction (pure): a page's HTML to its title, byline, outlet, times, main text and notes.

Metadata comes from the page's own declarations first (JSON-LD NewsArticle, then OpenGraph and `article:`
meta, then plain meta and <title>), entities decoded (JSON-LD strings often carry `&#8211;`); what they leave
out comes from trafilatura's own metadata, read only for pages that need it: the publication date found by
htmldate, the author when it reads as a person's name; htmldate's latest date is the modification a page
does not declare. A byline that is a URL or an e-mail address is not an author. The main text is
trafilatura's. Correction, update and
editor's notes are a field of their own: found by a site's selectors (from the sites file) and by the fixed
voice notes are written in ("This story has been updated ...", "(Corrects ...)", "Editor's note: ..."). They
are lifted out of the text so that `Page.body` can put them first, where the follow-up detector reads them.
"""

from __future__ import annotations

import html as html_lib
import json
import re
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

import htmldate
import lxml.html
import trafilatura
from lxml import etree
from lxml.cssselect import CSSSelector, SelectorError
from lxml.etree import ParserError

from monitor.clock import iso
from monitor.errors import ExtractError
from monitor.text import clean_text

MAX_NOTE = 600
# htmldate's dates from the markup, the URL and the text's own date patterns; its extensive search would also
# hand the text to dateparser, whose first use compiles its ~200 locales (3-7 s per crawl process here) and
# found no date the markup did not give on the corpus pages (bench/metadata_bench.py).
DATES = {"extensive_search": False, "original_date": True}
# Selectors that mark a correction box on many sites; a site's own come from the sites file.
DEFAULT_NOTE_SELECTORS = (
    ".correction", ".corrections", ".article-correction", ".editors-note", ".editor-note", ".update-note",
    "[data-component-name='correction']", "aside.correction",
)
_NOTE_VOICE = re.compile(
    r"^\s*[\(\[]?\s*(?:"
    r"corrects?\b|correcting\b|correction\s*[:\-–—]|clarification\s*[:\-–—]|refiles?\b|corrected\s*[:\-–—]"
    r"|update[ds]?\s*(?:\d[^:]{0,40})?[:\-–—]|editor[’']?s[’']?\s+note\b"
    r"|(?:this|the) (?:story|article|report|post|piece) (?:has been|was|had been|is being) "
    r"(?:updated|corrected|amended|changed|clarified|revised|edited)\b"
    r"|an? (?:earlier|previous|prior) version of this (?:story|article|report|post|piece)\b"
    r"|(?:we|this newspaper) (?:regret|apologi[sz]e) (?:the|for the) error"
    r")",
    re.IGNORECASE,
)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_CDATA = re.compile(r"^\s*(?://\s*)?<!\[CDATA\[|(?://\s*)?\]\]>\s*$")
_NEWS_TYPES = {"newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "blogposting",
               "opinionnewsarticle", "backgroundnewsarticle", "webpage", "liveblogposting", "report"}


@dataclass(frozen=True)
class Page:
    """What a page says about its article."""

    url: str  # the page's own canonical link when it gives one, else the fetched URL
    title: str = ""
    byline: str = ""
    outlet: str = ""
    description: str = ""
    language: str = ""
    published: str | None = None  # ISO-8601 UTC
    modified: str | None = None
    text: str = ""  # main text, one paragraph per line, notes lifted out
    notes: tuple[str, ...] = ()
    refresh_url: str | None = None  # a meta refresh to another page

    @property
    def body(self) -> str:
        """Notes first, then the text: what the archive stores and the detector reads."""
        return "\n".join([*self.notes, self.text]) if self.notes else self.text

    def cleaned(self) -> Page:
        """The page as it is stored: no control characters or bidi overrides (monitor/text.py). Its URL, the
        article's key, stays as it was."""
        return replace(self, title=clean_text(self.title), byline=clean_text(self.byline),
                       outlet=clean_text(self.outlet), description=clean_text(self.description),
                       language=clean_text(self.language), text=clean_text(self.text),
                       notes=tuple(clean_text(n) for n in self.notes))


def is_note(text: str) -> bool:
    """Does this paragraph read like a correction, update or editor's note?"""
    return len(text) <= MAX_NOTE and bool(_NOTE_VOICE.search(text))


def parse_time(value: Any) -> str | None:
    """An ISO-8601 (or close) date string as ISO UTC; naive times are taken as UTC; junk gives None."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip().replace("Z", "+00:00")
    text = re.sub(r"\.\d+(?=[+-]\d\d:?\d\d$|$)", "", text)  # fractions of a second
    text = re.sub(r"([+-]\d\d)(\d\d)$", r"\1:\2", text)
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        return None
    return iso(when if when.tzinfo else when.replace(tzinfo=UTC))


def _flat(text: str | None) -> str:
    """White space folded and entities decoded: metadata strings are often escaped once more than needed."""
    text = text or ""
    if "&" in text:
        text = html_lib.unescape(text)
    return " ".join(text.split())


_URL_OR_EMAIL = re.compile(r"^(?:https?://|www\.)\S+$|^\S+@\S+\.\w+$", re.IGNORECASE)
_BY = re.compile(r"^by\s+", re.IGNORECASE)


def person(value: str) -> str:
    """A byline as an author's name: "By " dropped; "" when it is a URL or an e-mail address (a profile link
    in `article:author`, say), which names nobody."""
    name = _BY.sub("", _flat(value))
    return "" if _URL_OR_EMAIL.match(name) else name


def _names(value: Any) -> list[str]:
    """Names from a JSON-LD author or publisher: a string, an object with a name (else the name its profile
    gives: givenName and familyName, alternateName), or a list of them."""
    if isinstance(value, str):
        return [name] if (name := person(value)) else []
    if isinstance(value, dict):
        found = _names(value.get("name"))
        if not found:
            given = " ".join(str(value.get(k) or "") for k in ("givenName", "familyName")).strip()
            found = _names(given) or _names(value.get("alternateName"))
        return found
    if isinstance(value, list):
        return [name for item in value for name in _names(item)]
    return []


def _json_ld_objects(tree: Any) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for script in tree.xpath("//script[@type='application/ld+json']"):
        raw = _CDATA.sub("", script.text or "")
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError):
            continue  # broken (or absurdly nested) JSON-LD is common; the page's other metadata still counts
        stack = data if isinstance(data, list) else [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                found.append(item)
                if "@graph" in item:
                    stack.extend(item["@graph"] if isinstance(item["@graph"], list) else [item["@graph"]])
    return found


def _type_of(item: dict[str, Any]) -> set[str]:
    kind = item.get("@type", "")
    kinds = kind if isinstance(kind, list) else [kind]
    return {str(k).lower() for k in kinds}


def _article_ld(tree: Any) -> dict[str, Any]:
    """The page's JSON-LD article, preferring a news article to a plain web page."""
    best: dict[str, Any] = {}
    for item in _json_ld_objects(tree):
        kinds = _type_of(item)
        if kinds & (_NEWS_TYPES - {"webpage"}) and (item.get("headline") or item.get("datePublished")):
            return item
        if "webpage" in kinds and not best:
            best = item
    return best


def _meta(tree: Any) -> dict[str, str]:
    """<meta> values by lower-cased property or name (the first of each wins)."""
    meta: dict[str, str] = {}
    for el in tree.xpath("//meta[@content]"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or el.get("http-equiv") or "").lower()
        if key and key not in meta:
            meta[key] = el.get("content", "")
    return meta


def _refresh_url(meta: dict[str, str]) -> str | None:
    found = re.search(r"url\s*=\s*['\"]?([^'\"\s]+)", meta.get("refresh", ""), re.IGNORECASE)
    return found.group(1) if found else None


@lru_cache(maxsize=256)
def _selector(selector: str) -> CSSSelector:
    try:
        return CSSSelector(selector)
    except SelectorError as exc:
        raise ExtractError(f"bad note selector {selector!r}: {exc}") from exc


def _selector_notes(tree: Any, selectors: tuple[str, ...]) -> list[str]:
    notes: list[str] = []
    for selector in selectors:
        for el in _selector(selector)(tree):
            text = _flat(el.text_content())
            if text and len(text) <= MAX_NOTE and text not in notes:
                notes.append(text)
    return notes


def _first(*values: Any) -> str:
    for value in values:
        if isinstance(value, list):
            value = value[0] if value else ""
        if isinstance(value, str) and value.strip():
            return _flat(value)
    return ""


def _byline(authors: list[str], meta: dict[str, str]) -> str:
    """The page's declared authors: JSON-LD's, else the first meta byline that names a person."""
    if authors:
        return ", ".join(dict.fromkeys(authors))
    for key in ("author", "byl", "article:author", "og:article:author", "dc.creator", "parsely-author",
                "sailthru.author"):
        if name := person(meta.get(key, "")):
            return name
    return ""


def _guessed_author(value: Any) -> str:
    """trafilatura's author when it reads as names (two words at least: its one-word guesses are often a site's
    boilerplate, "Username")."""
    guessed = [person(n) for n in str(value or "").split(";")]
    return ", ".join(dict.fromkeys(n for n in guessed if len(n.split()) >= 2))


def _htmldate(day: Any) -> str | None:
    """A date htmldate found (YYYY-MM-DD) as ISO UTC midnight."""
    return parse_time(f"{day}T00:00:00") if isinstance(day, str) and re.fullmatch(r"\d{4}-\d\d-\d\d", day) else None


def _latest_date(tree: Any, published: str | None) -> str | None:
    """htmldate's latest date of the page, when it is a later day than the publication."""
    try:
        day = htmldate.find_date(tree, extensive_search=False, original_date=False)
    except (ValueError, TypeError):  # htmldate on an odd tree: no date is better than no page
        return None
    later = _htmldate(day)
    return later if later and (published is None or later[:10] > published[:10]) else None


def extract_page(html: str, url: str, *, note_selectors: tuple[str, ...] = (), outlet: str = "") -> Page:
    """Extract a page. `note_selectors` are the site's correction-box selectors; `outlet` its known name.

    Raises ExtractError when the document is not HTML with text in it.
    """
    if not html or not html.strip():
        raise ExtractError("empty page")
    html = _XML_DECLARATION.sub("", html, count=1)  # XHTML: lxml refuses a str that declares its encoding
    try:
        tree = lxml.html.document_fromstring(html)
    except (ParserError, etree.ParserError, ValueError) as exc:
        raise ExtractError(f"not parseable as HTML: {exc}") from exc
    ld = _article_ld(tree)
    meta = _meta(tree)
    title_el = tree.find(".//title")
    page_title = _flat(title_el.text_content()) if title_el is not None else ""
    publisher = _names(ld.get("publisher"))
    authors = _names(ld.get("author")) or _names(ld.get("creator"))
    notes = _selector_notes(tree, (*note_selectors, *DEFAULT_NOTE_SELECTORS))
    text = trafilatura.extract(html, url=url, output_format="txt", include_comments=False, include_tables=False,
                               deduplicate=False) or ""
    paragraphs: list[str] = []
    for line in text.splitlines():
        flat = _flat(line)
        if not flat:
            continue
        if is_note(flat) or flat in notes:
            if flat not in notes:
                notes.append(flat)
            continue
        paragraphs.append(flat)
    canonical = tree.xpath("//link[@rel='canonical']/@href")
    lang = tree.xpath("/html/@lang")
    title = _first(ld.get("headline"), ld.get("name"), meta.get("og:title"), meta.get("twitter:title"),
                   meta.get("dc.title"), page_title)
    if paragraphs and paragraphs[0] == title:
        paragraphs.pop(0)  # the headline repeated as the text's first line
    published = (parse_time(ld.get("datePublished")) or parse_time(meta.get("article:published_time"))
                 or parse_time(meta.get("datepublished")) or parse_time(meta.get("date"))
                 or parse_time(meta.get("dc.date.issued")))
    byline = _byline(authors, meta)
    if published is None or not byline:  # what the page does not declare, trafilatura may find (~10 ms)
        found = trafilatura.extract_metadata(html, default_url=url, date_config=DATES)
        published = published or _htmldate(getattr(found, "date", None))
        byline = byline or _guessed_author(getattr(found, "author", None))
    modified = (parse_time(ld.get("dateModified")) or parse_time(meta.get("article:modified_time"))
                or parse_time(meta.get("og:updated_time")) or _latest_date(tree, published))
    return Page(
        url=link if (link := _first(canonical)).startswith(("http://", "https://")) else url,
        title=title,
        byline=byline,
        outlet=_first(outlet, meta.get("og:site_name"), publisher, meta.get("application-name")),
        description=_first(ld.get("description"), meta.get("og:description"), meta.get("description")),
        language=_first(ld.get("inLanguage"), lang, meta.get("og:locale"))[:16],
        published=published,
        modified=modified,
        text="\n".join(paragraphs),
        notes=tuple(notes),
        refresh_url=_refresh_url(meta),
    )
