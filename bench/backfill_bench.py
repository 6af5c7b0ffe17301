"""Backfill against a real pywb on loopback: captures listed and fetched per second, at the polite default
(one request a second per host) and with the pace lifted, and a whole backfill (extraction, storage,
detection) with the pace lifted.

    STORYWATCH_PYWB_BIN=~/.pywb/bin python bench/backfill_bench.py [--urls 20 --captures 5 --polite-urls 4]

pywb runs as its own process (`wayback`), serving a WARC written with warcio: `--urls` article pages (the demo's
Reuters report at distinct addresses), each captured `--captures` times with a different text each time (so
no capture collapses). Listing is one CDX query per page (JSON lines, pywb's shape); fetching is one raw
capture (`id_`) per request, through storywatch's fetcher and its politeness (monitor/collect/backfill/pace.py).
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from monitor.archive.db import Archive  # noqa: E402
from monitor.collect.backfill.cdx import layout_of  # noqa: E402
from monitor.collect.backfill.pace import PoliteFetcher, Politeness  # noqa: E402
from monitor.collect.backfill.runner import run_backfill  # noqa: E402
from monitor.collect.backfill.wayback import Wayback  # noqa: E402
from monitor.collect.fetch import make_fetcher  # noqa: E402
from monitor.demo.site import render_page  # noqa: E402
from monitor.demo.story import published_at  # noqa: E402
from monitor.models import Origin, Query, Watch  # noqa: E402
from monitor.sites import Sites  # noqa: E402
from tests.support.backfill import story  # noqa: E402
from tests.support.pywb import SKIP_REASON, Capture, Pywb, pywb_bin, write_warc  # noqa: E402

START = datetime(2022, 4, 22, 10, tzinfo=UTC)


def page_url(n: int) -> str:
    return f"https://www.reuters.com/technology/binance-russia-report-{n:04d}-2022-04-22/"


def captures(urls: int, per_url: int) -> list[Capture]:
    s = story()
    article = published_at(s, 0)["reuters-report"]
    out = []
    for n in range(urls):
        for k in range(per_url):
            text = replace(article, path=page_url(n).removeprefix("https://www.reuters.com"),
                           paragraphs=(*article.paragraphs, f"Update {k}: Reuters added paragraph {k}."))
            out.append(Capture(page_url(n), START + timedelta(hours=k * 6, minutes=n),
                               render_page(s.outlet("reuters"), text, "https://www.reuters.com")))
    return out


async def list_and_fetch(address: str, urls: int, interval: float) -> tuple[int, float, int, float]:
    """(captures listed, seconds listing, captures fetched, seconds fetching)."""
    async with make_fetcher(timeout=20.0) as fetcher:
        wayback = Wayback(layout_of(address), PoliteFetcher(fetcher, Politeness(interval=interval)))
        started = time.perf_counter()
        found = []
        for n in range(urls):
            found += await wayback.captures(page_url(n), date(2022, 4, 1), date(2022, 4, 30))
        listed = time.perf_counter() - started
        started = time.perf_counter()
        for capture in found:
            await wayback.fetch(capture)
        return len(found), listed, len(found), time.perf_counter() - started


def whole_backfill(address: str, urls: int, folder: Path) -> tuple[int, float]:
    watch = Watch(name="bench", title="Binance and Russia", query=Query(all_of=(("binance",),), any_of=("fsb",)),
                  origins=tuple(Origin("report", "Reuters", f"Report {n}", page_url(n)) for n in range(urls)))
    with Archive(folder / "bench.db") as archive:
        started = time.perf_counter()
        result = run_backfill(archive, "bench", [watch], Sites(), date(2022, 4, 1), date(2022, 4, 30), alert=False,
                              fetcher_factory=lambda: make_fetcher(timeout=20.0), clock=lambda: datetime.now(UTC),
                              politeness=Politeness(interval=0.0), address=address)
        seconds = time.perf_counter() - started
    assert result.status == "done", result.errors
    return result.stats.get("captures_fetched", 0), seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--urls", type=int, default=20)
    parser.add_argument("--captures", type=int, default=5)
    parser.add_argument("--polite-urls", type=int, default=4, help="pages listed and fetched at the polite pace")
    args = parser.parse_args()
    bin_dir = pywb_bin()
    if bin_dir is None:
        raise SystemExit(SKIP_REASON)
    with tempfile.TemporaryDirectory(prefix="backfill-bench-") as work:
        folder = Path(work)
        write_warc(folder / "bench.warc.gz", captures(args.urls, args.captures))
        pywb = Pywb(folder, folder / "bench.warc.gz", bin_dir=bin_dir)
        try:
            print(f"pywb {pywb.address}: {args.urls} pages x {args.captures} captures")
            print("| pace | pages | captures | listed/s | fetched/s | listing s | fetching s |")
            print("| --- | --- | --- | --- | --- | --- | --- |")
            for label, urls, interval in (("polite (1 request/s per host)", args.polite_urls, 1.0),
                                          ("lifted (--pace 0)", args.urls, 0.0)):
                n, listed, fetched, fetching = asyncio.run(list_and_fetch(pywb.address, urls, interval))
                print(f"| {label} | {urls} | {n} | {n / listed:.1f} | {fetched / fetching:.1f} | {listed:.2f} |"
                      f" {fetching:.2f} |")
            stored, seconds = whole_backfill(pywb.address, args.urls, folder)
            print(f"\nwhole backfill, pace lifted: {stored} captures fetched, extracted and stored in {seconds:.2f} s"
                  f" = {stored / seconds:.1f} captures/s (with the CDX queries and the discovery tasks)")
        finally:
            pywb.stop()


if __name__ == "__main__":
    main()
