"""Exports of a story's follow-ups (pure): CSV, JSON, and an Atom feed for feed readers."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from monitor.clock import iso
from monitor.models import KIND_LABELS

FOLLOW_UP_COLUMNS = ("detected_at", "kind", "actor", "target", "outlet", "title", "link", "published", "evidence",
                     "confidence", "watch")
ATOM = "http://www.w3.org/2005/Atom"


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")  # what a spreadsheet reads as the start of a formula


def csv_cell(value: Any) -> Any:
    """A value as a CSV cell: text a spreadsheet would run as a formula (`=HYPERLINK(...)` in a headline) is
    prefixed with an apostrophe, which shows it as text (OWASP's advice); numbers are left alone."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def to_csv(rows: Sequence[Mapping[str, Any]], columns: Sequence[str]) -> str:
    """RFC 4180 CSV with a header row; missing values are empty; no cell starts a formula (`csv_cell`)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(columns), extrasaction="ignore", lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: csv_cell(row.get(k)) for k in columns})
    return buffer.getvalue()


def to_json(rows: Sequence[Mapping[str, Any]], columns: Sequence[str]) -> str:
    return json.dumps([{k: row.get(k) for k in columns} for row in rows], ensure_ascii=False, indent=2) + "\n"


def to_atom(rows: Sequence[Mapping[str, Any]], *, watch: str, title: str, now: datetime, self_url: str = "") -> str:
    """An Atom 1.0 feed of follow-ups, newest first. Entry ids are stable across exports (tag URIs built
    from each event's dedup key), so a feed reader shows each follow-up once."""
    ET.register_namespace("", ATOM)

    def sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
        element = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attrs)
        if text is not None:
            element.text = text
        return element

    feed = ET.Element(f"{{{ATOM}}}feed")
    sub(feed, "id", f"tag:storywatch,2022:watch/{watch}")
    sub(feed, "title", f"Follow-ups: {title}")
    sub(feed, "subtitle", "Corrections, apologies, retractions and other follow-ups found by storywatch")
    latest = max((r["detected_at"] for r in rows), default=None)
    sub(feed, "updated", latest or iso(now))
    sub(feed, "generator", "storywatch")
    if self_url:
        sub(feed, "link", rel="self", href=self_url)
    for row in sorted(rows, key=lambda r: (r["detected_at"], r["id"]), reverse=True):
        entry = sub(feed, "entry")
        sub(entry, "id", f"tag:storywatch,2022:follow-up/{row['dedup_key']}")
        label = KIND_LABELS.get(row["kind"], row["kind"].upper())
        sub(entry, "title", f"[{label}] {row['outlet']}: {row['title']}" if row["outlet"] else f"[{label}] "
                                                                                             f"{row['title']}")
        sub(entry, "link", rel="alternate", href=row["link"])
        sub(entry, "updated", row["detected_at"])
        if row.get("published"):
            sub(entry, "published", row["published"])
        author = sub(entry, "author")
        sub(author, "name", row["actor"] or row["outlet"] or "unknown")
        sub(entry, "category", term=row["kind"], label=label)
        target = f" (to {row['target']})" if row.get("target") else ""
        sub(entry, "summary", f"{row['actor'] or row['outlet']}{target}: \u201c{row['evidence']}\u201d")
    ET.indent(feed)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="unicode") + "\n"
