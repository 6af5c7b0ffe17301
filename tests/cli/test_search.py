"""Search people can read, on a real archive file: best match first (bm25, a title word weighing most), newest
first on request, each result with its id, date, outlet, title, follow-up kinds and a snippet whose matched
words are marked; a header line; the same rows as JSON and CSV, showing the outlet's link, never the key."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner

from monitor.archive.articles import record_match, upsert_article
from monitor.archive.db import Archive
from monitor.archive.search import MARK_END, MARK_START, Filters, marked, search_articles
from monitor.cli.main import cli
from monitor.models import ArticleFields

pytestmark = pytest.mark.component

T0 = datetime(2022, 4, 22, 10, 0, tzinfo=UTC)
FILLER = "The exchange's volumes rose on Tuesday while regulators in several countries met. " * 12
ARTICLES = [  # slug, title, summary, body, published days after T0
    ("body-once", "Market wrap for Tuesday", "Crypto markets were calm.", FILLER + "A zebra was seen. " + FILLER, 3),
    ("title", "Zebras cross the river at dawn", "Herds moved north.", FILLER, 1),
    ("summary-twice", "Wildlife notes", "A zebra and another zebra crossed.", FILLER, 2),
    ("other", "Binance denies the report", "Binance said it did not share data.", FILLER, 4),
]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "a.db"
    with Archive(path) as archive:
        for slug, title, summary, body, days in ARTICLES:
            fields = ArticleFields(url=f"https://wire.example/{slug}", link=f"https://www.wire.example/{slug}/",
                                   title=title, summary=summary, body=body, outlet="Wire",
                                   published=(T0 + timedelta(days=days)).isoformat())
            _, row, _, version = upsert_article(archive, fields, T0)
            with archive.write() as conn:
                record_match(archive, row["id"], "zoo", "test", T0)
                if slug == "summary-twice":
                    conn.execute("INSERT INTO events (dedup_key, watch, article_id, version_id, kind, evidence,"
                                 " detected_at) VALUES ('k1', 'zoo', ?, ?, 'correction', 'x', ?)",
                                 (row["id"], version, T0.isoformat()))
    return path


def cli_out(db: Path, *args: str) -> str:
    result = CliRunner().invoke(cli, ["--db", str(db), "search", *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_best_match_first_then_newest_first(db: Path) -> None:
    with Archive(db) as archive:
        best = [r["link"].rsplit("/", 2)[-2] for r in search_articles(archive, "zebra")]
        newest = [r["link"].rsplit("/", 2)[-2] for r in search_articles(archive, "zebra", sort="date")]
        scores = [r["score"] for r in search_articles(archive, "zebra")]
    assert best == ["title", "summary-twice", "body-once"]
    assert newest == ["body-once", "summary-twice", "title"]
    assert scores == sorted(scores)  # bm25: lower is better


def test_snippets_mark_the_matched_words_and_kinds_come_along(db: Path) -> None:
    with Archive(db) as archive:
        hits = {r["link"].rsplit("/", 2)[-2]: r for r in search_articles(archive, "zebra")}
        plain = search_articles(archive, "", Filters(watch="zoo"), limit=2)
        quoted = search_articles(archive, 'zebra AND "')  # not FTS5: searched as plain words
        [both] = search_articles(archive, "binance")  # in the title and the summary: the summary gives context
    assert hits["title"]["snippet"] == f"{MARK_START}Zebras{MARK_END} cross the river at dawn"
    assert marked(hits["summary-twice"]["snippet"], lambda w: f"[{w}]") == "A [zebra] and another [zebra] crossed."
    body = hits["body-once"]["snippet"]
    assert f"A {MARK_START}zebra{MARK_END} was seen." in body and body.startswith("\u2026")
    assert len(body.split()) <= 26
    assert hits["summary-twice"]["kinds"] == ["correction"] and hits["title"]["kinds"] == []
    assert [p["score"] for p in plain] == [None, None] and plain[0]["snippet"].startswith("Binance said")
    assert both["snippet"] == f"{MARK_START}Binance{MARK_END} said it did not share data."
    assert [q["title"] for q in quoted] == ["Wildlife notes"]  # the only one with both "zebra" and "and"


def test_the_table_has_a_header_and_each_result_its_id_kinds_and_snippet(db: Path) -> None:
    out = cli_out(db, "zebra")
    lines = out.splitlines()
    assert lines[0] == "3 articles for \u201czebra\u201d, most relevant first"
    first = lines[2]
    assert first.startswith("#2 ") and "2022-04-23  Wire: Zebras cross the river at dawn" in first
    assert lines[3].strip() == "**Zebras** cross the river at dawn"
    assert lines[4].strip() == "https://www.wire.example/title/"
    assert "[CORRECTION]" in out and "**zebra**" in out
    assert cli_out(db, "zebra", "--sort", "date", "--limit", "1").splitlines()[0] == \
        "1 article for \u201czebra\u201d, newest first (the first 1: --limit for more)"


def test_json_and_csv_show_the_link_not_the_key(db: Path) -> None:
    rows = json.loads(cli_out(db, "zebra", "--json"))
    assert [r["id"] for r in rows] == [2, 3, 1]
    assert set(rows[0]) == {"id", "date", "outlet", "title", "kinds", "snippet", "link", "published", "first_seen",
                            "score"}
    assert rows[0]["link"] == "https://www.wire.example/title/" and rows[1]["kinds"] == ["correction"]
    assert rows[1]["snippet"] == "A **zebra** and another **zebra** crossed."
    parsed = list(csv.DictReader(io.StringIO(cli_out(db, "zebra", "--format", "csv"))))
    assert [r["id"] for r in parsed] == ["2", "3", "1"] and parsed[1]["kinds"] == "correction"
    assert list(parsed[0])[:6] == ["id", "date", "outlet", "title", "kinds", "snippet"]
