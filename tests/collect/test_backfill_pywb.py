"""Backfill against a real pywb on loopback (its layout `/{collection}/cdx`, its JSON-lines answers, its raw
captures), serving a WARC written with warcio from dated versions of the demo's Reuters report (the last one
with its correction note), Binance's reply and The Block's follow-up, at the outlets' real addresses."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from monitor.archive.db import Archive
from monitor.collect.backfill.pace import Politeness
from monitor.collect.backfill.runner import run_backfill
from monitor.collect.fetch import make_fetcher
from monitor.demo.site import render_page
from monitor.demo.story import Story, published_at
from monitor.seeds import default_seeds_dir, load_watches
from monitor.sites import load_sites
from tests.support.backfill import APRIL, NOW, WATCH, story
from tests.support.pywb import SKIP_REASON, Capture, Pywb, pywb_bin, write_warc

pytestmark = pytest.mark.integration

REPORT = "https://www.reuters.com/technology/exclusive-how-crypto-giant-binance-built-ties-russian-fsb-linked-agency-2022-04-22/"
DENIAL = ("https://www.binance.com/en/blog/leadership/binance--russia-openness-transparency-and-honesty-"
          "421499824684903741")
FOLLOW_UP = "https://www.theblock.co/post/143877/reuters-stands-by-binance-russia-report"


def _page(s: Story, stage: int, article: str, base: str, prefix: str) -> bytes:
    shown = published_at(s, stage)[article]
    return render_page(s.outlet(shown.outlet), replace(shown, path=shown.path.removeprefix(prefix)), base)


def _utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def story_captures() -> list[Capture]:
    """What an archive would hold: the report on its day, again the next day (the same text), corrected on 28
    April and again in May (outside the range asked for); Binance's reply; The Block's follow-up."""
    s = story()
    before, after = _page(s, 0, "reuters-report", "https://www.reuters.com", "/reuters"), \
        _page(s, 3, "reuters-report", "https://www.reuters.com", "/reuters")
    return [
        Capture(REPORT, _utc("2022-04-22T10:05:00"), before),
        Capture(REPORT, _utc("2022-04-23T10:05:00"), before),
        Capture(REPORT, _utc("2022-04-28T16:00:00"), after),
        Capture(REPORT, _utc("2022-05-10T09:00:00"), after),
        Capture(DENIAL, _utc("2022-04-25T07:00:00"), _page(s, 2, "binance-denial", "https://www.binance.com",
                                                           "/binance")),
        Capture(FOLLOW_UP, _utc("2022-04-29T12:00:00"), _page(s, 4, "theblock-followup", "https://www.theblock.co",
                                                              "/theblock")),
    ]


@pytest.fixture(scope="module")
def pywb(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Pywb]:
    bin_dir = pywb_bin()
    if bin_dir is None:
        pytest.skip(SKIP_REASON)
    folder = tmp_path_factory.mktemp("pywb")
    write_warc(folder / "story.warc.gz", story_captures())
    server = Pywb(folder, folder / "story.warc.gz", bin_dir=bin_dir)
    try:
        yield server
    finally:
        server.stop()


def seeds(folder: Path) -> Path:
    """The shipped watch with one source kept (The Block's feed, which names the outlet; a backfill does not
    poll it), and the shipped sites: the archive's index is asked about reuters.com and theblock.co."""
    text = (default_seeds_dir() / f"{WATCH}.toml").read_text(encoding="utf-8")
    head, tail = text.split("\n[[sources]]", 1)[0], text.split("\n[seed_article]", 1)[1]
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{WATCH}.toml").write_text(
        head + '\n[[sources]]\nname = "The Block"\noutlet = "The Block"\nurl = "https://www.theblock.co/rss.xml"\n'
        + "\n[seed_article]" + tail, encoding="utf-8")
    (folder / "sites").mkdir(exist_ok=True)
    (folder / "sites" / "outlets.toml").write_text(
        (default_seeds_dir() / "sites" / "outlets.toml").read_text(encoding="utf-8"), encoding="utf-8")
    return folder


def test_pywb_history_with_the_correction_at_its_capture(pywb: Pywb, tmp_path: Path) -> None:
    folder = seeds(tmp_path / "seeds")
    with Archive(tmp_path / "a.db") as archive:
        result = run_backfill(archive, WATCH, load_watches(folder), load_sites(folder), *APRIL, alert=False,
                              fetcher_factory=lambda: make_fetcher(timeout=10.0), clock=lambda: NOW,
                              politeness=Politeness(interval=0.0), address=pywb.address)
        assert result.status == "done" and not result.errors, result.errors
        report = archive.one("SELECT * FROM articles WHERE url = ?", (REPORT.replace("www.", ""),)) or \
            archive.one("SELECT * FROM articles WHERE link = ?", (REPORT,))
        assert report is not None and report["published"] == "2022-04-22T10:00:00+00:00"
        versions = archive.all("SELECT v.seen_at, v.diff, s.capture_url FROM article_versions v JOIN version_sources s"
                               " ON s.version_id = v.id WHERE v.article_id = ? ORDER BY v.seen_at", (report["id"],))
        # Four captures: one the same as the day before (collapsed: pywb ignores collapse=, we do not), one
        # after the range. Two versions, each at its capture, in pywb's own address for it.
        assert [v["seen_at"] for v in versions] == ["2022-04-22T10:05:00+00:00", "2022-04-28T16:00:00+00:00"]
        assert versions[1]["capture_url"] == f"{pywb.address}/20220428160000id_/{REPORT}"
        assert "Federal Financial Monitoring Service" in versions[1]["diff"]
        correction = archive.one("SELECT detected_at, evidence FROM events WHERE kind = 'correction'")
        assert correction is not None and correction["detected_at"] == "2022-04-28T16:00:00+00:00"
        assert correction["evidence"].startswith("(Corrects paragraph 1")
        # The Block's follow-up, found only through the archive's index of theblock.co, with its own date.
        follow_up = archive.one("SELECT a.published, c.found_by FROM articles a JOIN backfill_candidates c"
                                " ON c.url = a.link WHERE a.link = ?", (FOLLOW_UP,))
        assert follow_up == {"published": "2022-04-29T11:00:00+00:00", "found_by": "cdx-prefix"}
        assert archive.scalar("SELECT count(*) FROM events WHERE kind = 'stands_by'") == 1
        assert archive.scalar("SELECT count(*) FROM alerts") == 0
        assert archive.scalar("SELECT count(*) FROM events") == archive.scalar("SELECT count(*) FROM backfilled_events")
    assert result.stats["captures_listed"] == result.stats["captures_fetched"] == 4
