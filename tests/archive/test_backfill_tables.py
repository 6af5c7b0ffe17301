"""The backfill's tables on a real SQLite file: a job's life (new, resumed, run again), one error per source,
candidates kept once, and a version's source replaced only by an earlier capture of the same text."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from monitor.archive import backfill as rows
from monitor.archive.articles import upsert_article
from monitor.archive.db import Archive
from monitor.models import ArticleFields

pytestmark = pytest.mark.component

NOW = datetime(2026, 12, 1, tzinfo=UTC)


def test_a_jobs_life(tmp_path: Path) -> None:
    with Archive(tmp_path / "a.db") as archive:
        job, how = rows.open_job(archive, "w", "2022-04-01", "2022-04-30", alert=False, now=NOW)
        assert (how, job["status"], job["passes"]) == ("new", "running", 1)
        with archive.write():
            rows.save_progress(archive, job["id"], '{"stage": "history", "candidate": 3}', {"versions": 2}, NOW)
        resumed, how = rows.open_job(archive, "w", "2022-04-01", "2022-04-30", alert=True, now=NOW)
        assert how == "resumed" and json.loads(resumed["cursor"])["candidate"] == 3 and resumed["alert"] == 1
        assert rows.record_error(archive, job["id"], "archive x", "cannot connect", NOW)
        assert not rows.record_error(archive, job["id"], "archive x", "cannot connect again", NOW)  # one per source
        with archive.write():
            rows.finish_job(archive, job["id"], "partial", {"versions": 2}, NOW)
        again, how = rows.open_job(archive, "w", "2022-04-01", "2022-04-30", alert=False, now=NOW)
        assert (how, again["passes"], again["cursor"], again["errors"], again["alert"]) == ("again", 2, "{}", "{}", 0)
        other, how = rows.open_job(archive, "w", "2022-04-01", "2022-05-31", alert=False, now=NOW)
        assert how == "new" and other["id"] != job["id"]


def test_candidates_once_each_in_order(tmp_path: Path) -> None:
    with Archive(tmp_path / "a.db") as archive:
        job, _ = rows.open_job(archive, "w", "2022-04-01", "2022-04-30", alert=False, now=NOW)
        with archive.write():
            assert rows.add_candidates(archive, job["id"], [("https://a/1", "origin", "", None),
                                                            ("https://a/2", "sitemap", "T", "2022-04-22")]) == 2
            assert rows.add_candidates(archive, job["id"], [("https://a/2", "news-search", "", None),
                                                            ("https://a/3", "cdx-prefix", "", None)]) == 1
        found = rows.candidates_from(archive, job["id"], 1)
    assert [(c["seq"], c["url"], c["found_by"]) for c in found] == [(1, "https://a/2", "sitemap"),
                                                                     (2, "https://a/3", "cdx-prefix")]


def test_a_version_keeps_its_earliest_capture(tmp_path: Path) -> None:
    with Archive(tmp_path / "a.db") as archive:
        _, row, _, version = upsert_article(archive, ArticleFields(url="https://a/1", link="https://a/1", title="T",
                                                                   body="text"), NOW)
        assert version is not None
        with archive.write():
            rows.record_source(archive, version, row["id"], source="outlet")
            rows.record_source(archive, version, row["id"], source="archive", address="A",
                               captured_at="2022-04-28T16:00:00+00:00")
            rows.record_source(archive, version, row["id"], source="archive", address="B",
                               captured_at="2022-05-01T00:00:00+00:00")  # later: kept as it was
            rows.record_source(archive, version, row["id"], source="outlet")  # the outlet never replaces a capture
        assert rows.version_sources(archive, row["id"])[version]["archive"] == "A"
        with archive.write():
            assert rows.move_version_back(archive, version, row["id"], "2022-04-28T16:00:00+00:00")
            assert not rows.move_version_back(archive, version, row["id"], "2022-05-01T00:00:00+00:00")
        first = archive.one("SELECT first_seen FROM articles")
    assert first == {"first_seen": "2022-04-28T16:00:00+00:00"}
