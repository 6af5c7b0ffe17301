"""A parsed feed made ready for the writer (pure; runs in a parser process): each entry's article fields and
what the matcher and the follow-up detector say about it, were it new.

The single writer is a poll's critical path (everything else runs beside it on the other core), so all the
work that needs no database happens here, by the very functions `ingest_article` would call (`assess`).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from monitor.clock import iso
from monitor.collect.feeds import parse_job
from monitor.collect.parsed import Entry, ParsedFeed, Prepared
from monitor.detect.assess import assess, new_doc
from monitor.models import ArticleFields, Watch
from monitor.urls import DEFAULT_RULES, UrlRules, canonical_url


def feed_outlet(source_outlet: str, feed_title: str, source_name: str) -> str:
    """The outlet named on the source, else the feed's own title, else the source's name."""
    return source_outlet or feed_title or source_name


def entry_fields(entry: Entry, outlet: str) -> ArticleFields:
    """The entry as the archive stores it (cleaned: monitor/text.py). Its outlet is the publisher the item
    names (a news search's or a wire's <source>), else the feed's: the outlet is whom a note is attributed to."""
    return ArticleFields(
        url=entry.url or canonical_url(entry.link), link=entry.link, title=entry.title, summary=entry.summary,
        body=entry.body, guid=entry.guid, outlet=entry.source or outlet, authors=entry.authors, language=entry.language,
        published=iso(entry.published or entry.updated), updated=iso(entry.updated),
    ).cleaned()


def prepare(parsed: ParsedFeed, watches: list[Watch] | None, *, outlet: str, name: str) -> Prepared:
    """Fields for every entry and, with `watches`, each one's assessment as a new article."""
    shown = feed_outlet(outlet, parsed.title, name)
    fields = [entry_fields(entry, shown) for entry in parsed.entries]
    assessed = [assess(watches, new_doc(f)) if watches is not None else None for f in fields]
    return Prepared(replace(parsed, entries=[]), len(fields), fields, assessed)


_WATCHES: list[Watch] | None = None  # a parser process's watches, set once when it starts (not sent per job)
_RULES: UrlRules = DEFAULT_RULES  # and its URL rules (the sites' tracking parameters)


def set_watches(watches: list[Watch] | None, rules: UrlRules = DEFAULT_RULES) -> None:
    global _WATCHES, _RULES
    _WATCHES, _RULES = watches, rules


def prepare_job(body: bytes, url: str, content_type: str, outlet: str, name: str,
                fast: bool = True) -> Prepared | tuple[str, str]:
    """parse_job then prepare, for a worker process (a FeedError comes back as data, as in parse_job)."""
    got: Any = parse_job(body, url, content_type, fast, _RULES)
    if isinstance(got, tuple):
        return got
    return prepare(got, _WATCHES, outlet=outlet, name=name)
