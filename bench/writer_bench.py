"""The poller's single writer alone: prepared feeds stored through `poll._store_batch`, as a poll stores them.

    python bench/writer_bench.py      # --feeds 500 --items 50 --batch 40 --repeat 1

The feeds are poll_bench's (`make_feed`), parsed and prepared as the parser processes do it
(`prepare.prepare_job` with the shipped watches, pickled there and back). Each run opens a fresh archive and
stores them twice, `--batch` sources per transaction: **cold** (every article new) and **again**, the same
feeds with one title changed in each (1 updated and 49 unchanged articles per feed: the usual re-poll of a
feed whose bytes changed). Printed: microseconds per article and CPU seconds of each pass, then the same with
the FTS triggers dropped, for reference: the difference is the full-text index's share. The best of
`--repeat` runs is shown; on a shared machine the figures are noisy.
"""

from __future__ import annotations

import argparse
import os
import pickle
import sys
import tempfile
import time
from collections import Counter
from datetime import timedelta
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from poll_bench import make_feed  # noqa: E402

from monitor.archive.db import Archive  # noqa: E402
from monitor.archive.sources import add_source, due_sources  # noqa: E402
from monitor.clock import utcnow  # noqa: E402
from monitor.collect import poll, prepare  # noqa: E402
from monitor.collect.fetch.base import Fetched  # noqa: E402
from monitor.seeds import default_seeds_dir, load_watches  # noqa: E402


def prepared(feeds: int, items: int, retitle: bool) -> list[bytes]:
    out = []
    for n in range(feeds):
        body = make_feed(n, items)
        if retitle:  # the first item's headline corrected
            body = body.replace(b"<item><title>", b"<item><title>CORRECTED-", 1)
        out.append(pickle.dumps(prepare.prepare_job(body, f"http://h/feed/{n}.xml", "application/rss+xml", "",
                                                    f"n{n}")))
    return out


def store(archive: Archive, watches: list[Any], sources: list[dict[str, Any]], preps: list[bytes], batch: int,
          now: Any) -> tuple[float, Counter[str]]:
    arrivals = [poll._Arrival(s, fetched=Fetched(url=s["url"], status=200, headers={}, body=b""),
                              prepared=pickle.loads(p)) for s, p in zip(sources, preps, strict=True)]
    counts: Counter[str] = Counter()
    cpu = time.process_time()
    for i in range(0, len(arrivals), batch):
        for outcome in poll._store_batch(archive, watches, arrivals[i:i + batch], now, 5):
            counts.update(outcome.counts)
    return time.process_time() - cpu, counts


def run(watches: list[Any], passes: list[list[bytes]], batch: int, fts: bool) -> list[tuple[float, Counter[str]]]:
    with tempfile.TemporaryDirectory() as tmp, Archive(os.path.join(tmp, "w.db")) as archive:
        if not fts:
            for trigger in ("articles_ai", "articles_ad", "articles_au"):
                archive.conn.execute(f"DROP TRIGGER {trigger}")
        now = utcnow()
        with archive.write():
            for n in range(len(passes[0])):
                add_source(archive, f"http://h/feed/{n}.xml", now)
        sources, _ = due_sources(archive, now, include_not_due=True)
        return [store(archive, watches, sources, preps, batch, now + timedelta(minutes=15 * i))
                for i, preps in enumerate(passes)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--feeds", type=int, default=500)
    ap.add_argument("--items", type=int, default=50)
    ap.add_argument("--batch", type=int, default=40, help="sources per transaction")
    ap.add_argument("--repeat", type=int, default=1)
    args = ap.parse_args()
    watches = load_watches(default_seeds_dir())
    prepare.set_watches(watches)
    passes = [prepared(args.feeds, args.items, False), prepared(args.feeds, args.items, True)]
    articles = args.feeds * args.items
    print(f"{args.feeds} feeds x {args.items} items, {args.batch} sources per transaction, best of {args.repeat}")
    best: dict[bool, list[float]] = {}
    for fts in (True, False):
        runs = [run(watches, passes, args.batch, fts) for _ in range(args.repeat)]
        best[fts] = [min(r[i][0] for r in runs) for i in range(len(passes))]
        for label, cpu, (_, counts) in zip(("cold", "again"), best[fts], runs[0], strict=True):
            print(f"  {'with FTS' if fts else 'no FTS  '} {label:5}: {cpu:5.2f} s CPU, {cpu / articles * 1e6:6.1f} us"
                  f" per article  ({counts['new']} new, {counts['updated']} updated, {counts['unchanged']}"
                  f" unchanged, {counts['events']} follow-ups)")
    for i, label in enumerate(("cold", "again")):
        share = (best[True][i] - best[False][i]) / best[True][i]
        print(f"  FTS share, {label}: {best[True][i] - best[False][i]:.2f} s CPU ({share:.0%})")


if __name__ == "__main__":
    main()
