"""Migration 0011's cleaning (monitor/archive/normalise.py) on a real SQLite file: what an older storywatch stored
with control characters and bidi overrides is cleaned, and its content hash and event key are the ones this
storywatch computes for the same text, so the text is met as unchanged and the statement as known."""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor.archive.articles import upsert_article
from monitor.archive.db import Archive
from monitor.archive.events import event_key, record_event
from monitor.archive.identity import content_hash
from monitor.archive.normalise import normalise_stored_text
from monitor.clock import utcnow
from monitor.models import ArticleFields, Event, Watch

pytestmark = pytest.mark.component


def test_stored_text_keys_and_hashes_are_recomputed(tmp_path: Path) -> None:
    watch = Watch(name="w", title="A \u202estory", query=None)  # type: ignore[arg-type]
    dirty = ArticleFields(url="https://n.example/a\u202e", link="https://n.example/a\u202e",
                          title="Binance\u202e corrects\x1b[0m", summary="We \u2066regret\u2069 the error\x07",
                          body="Body\x9b text")
    evidence = "We \u2066regret\u2069 the error\x07 in paragraph two of the story."
    with Archive(tmp_path / "a.db") as archive:
        _, row, _, version = upsert_article(archive, dirty, utcnow())  # as an older storywatch stored it
        record_event(archive, watch, int(row["id"]), version, Event(kind="correction", evidence=evidence), "fp",
                     utcnow())
        with archive.write() as conn:
            normalise_stored_text(conn)
        article = archive.one("SELECT * FROM articles")
        stored_version = archive.one("SELECT * FROM article_versions")
        event = archive.one("SELECT * FROM events")
        clean = dirty.cleaned()
        outcome, *_ = upsert_article(archive, clean, utcnow())
    assert article is not None and stored_version is not None and event is not None
    assert (article["title"], article["summary"], article["body"]) == (
        "Binance corrects[0m", "We regret the error", "Body text")
    assert article["url"] == dirty.url and article["link"] == "https://n.example/a%E2%80%AE"  # the key is kept
    assert article["content_hash"] == stored_version["content_hash"] == content_hash(clean.title, clean.summary,
                                                                                       clean.body)
    clean_evidence = "We regret the error in paragraph two of the story."
    assert event["evidence"] == clean_evidence and event["story"] == "A story"
    assert event["dedup_key"] == event_key("w", int(row["id"]), Event(kind="correction", evidence=clean_evidence))
    assert outcome == "unchanged"
