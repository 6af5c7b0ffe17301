"""Judging a text (pure): the watches it matches and, when it matches any, the follow-ups it states."""

from __future__ import annotations

from monitor.detect.followups import detect
from monitor.detect.query import match_all
from monitor.models import ArticleFields, Assessment, Doc, Watch

__all__ = ["Assessment", "assess", "new_doc"]


def new_doc(fields: ArticleFields) -> Doc:
    """The Doc a new article's row gives (the archive stores these fields as they are)."""
    return Doc(url=fields.url, outlet=fields.outlet, title=fields.title, summary=fields.summary, body=fields.body,
               language=fields.language)


def assess(watches: list[Watch], doc: Doc, before: Doc | None = None) -> Assessment:
    """Match `doc` against the watches; detect its follow-ups only when it matches one (the costly part)."""
    matches = tuple(match_all(watches, doc))
    return Assessment(matches, tuple(detect(doc, before)) if matches else ())
