"""A watch's confidence thresholds, per kind: an event below its kind's threshold is archived (timeline shows
it) and alerts no one; one at or above alerts as usual. Seeds accept one number or a table of kinds."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from monitor.archive.db import Archive
from monitor.archive.queries import timeline
from monitor.archive.subscribers import set_console_subscriber
from monitor.collect.ingest import ingest_article
from monitor.errors import SeedError
from monitor.models import ArticleFields
from monitor.seeds import default_seeds_dir, load_watch, parse_watch

pytestmark = pytest.mark.component

NOW = datetime(2022, 4, 25, 9, tzinfo=UTC)
SEED = default_seeds_dir() / "binance-russia-data.toml"


def _watch(tmp_path: Path, table: str):  # type: ignore[no-untyped-def]
    text = SEED.read_text(encoding="utf-8")
    # a plain key goes first (before any table); a table before the sources
    if table.startswith("["):
        text = text.replace("\n[[sources]]", f"\n{table}\n[[sources]]", 1)
    else:
        text = f"{table}\n{text}"
    path = tmp_path / "binance-russia-data.toml"
    path.write_text(text, encoding="utf-8")
    return load_watch(path)


def test_a_kind_below_its_threshold_is_archived_and_silent(tmp_path: Path) -> None:
    watch = _watch(tmp_path, "[min_confidence]\ndenial = 1.0\ndefault = 0.0\n")
    assert watch.threshold("denial") == 1.0 and watch.threshold("correction") == 0.0
    with Archive(tmp_path / "a.db") as archive:
        set_console_subscriber(archive, [watch], NOW, active=True)
        denial = ArticleFields(url="https://coindesk.example/b", link="https://coindesk.example/b", outlet="CoinDesk",
                               title="Binance and Russia", body="Binance denied the Reuters report on Russia, calling "
                                                                "it false.")
        correction = ArticleFields(url="https://reuters.example/r", link="https://reuters.example/r", outlet="Reuters",
                                   title="Binance built ties to a Russian agency",
                                   body="(Corrects paragraph 2 to show the meeting with Binance was in April 2021)")
        ingest_article(archive, [watch], denial, NOW)
        ingest_article(archive, [watch], correction, NOW)
        events = {r["kind"]: r for r in archive.all("SELECT id, kind, confidence FROM events")}
        assert set(events) == {"denial", "correction"} and events["denial"]["confidence"] < 1.0
        alerted = {r["kind"] for r in archive.all("SELECT e.kind FROM alerts a JOIN events e ON e.id = a.event_id")}
        assert alerted == {"correction"}
        shown = {f["kind"] for row in timeline(archive, watch.name) for f in row["follow_ups"]}
        assert shown == {"denial", "correction"}


@pytest.mark.parametrize(("table", "error"), [
    ("min_confidence = 1.5", "expected a number from 0 to 1"),
    ("[min_confidence]\nrumour = 0.5", "min_confidence.rumour': not a kind"),
    ("[min_confidence]\ndenial = \"high\"", "min_confidence.denial': expected a number"),
])
def test_bad_thresholds_name_the_key(tmp_path: Path, table: str, error: str) -> None:
    with pytest.raises(SeedError, match=error):
        _watch(tmp_path, table)


def test_one_number_applies_to_every_kind() -> None:
    watch = parse_watch("w", {"title": "t", "query": {"any_of": ["x"]}, "min_confidence": 0.6}, "w.toml")
    assert watch.threshold("apology") == watch.threshold("denial") == 0.6
