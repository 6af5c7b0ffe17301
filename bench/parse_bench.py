"""Feed reading: monitor/collect/fastrss.py beside feedparser on the same documents, in one process.

    python bench/parse_bench.py        # --feeds 200 --items 50 --rounds 20

Documents: poll_bench's generated 50-item RSS 2.0 feeds, and every corpus feed (../shared/corpus/feeds,
STORYWATCH_CORPUS overrides) that the fast reading takes. Printed per document set: milliseconds per feed for
feedparser.parse (as the poller calls it: no sanitizer, no relative URI resolution), for fastrss.read, and for
the poller's whole parse_feed either way (the fields storywatch keeps, from either reading). The fast reading
gives the same values as feedparser; tests/test_fastrss.py checks that.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import feedparser  # noqa: E402
from poll_bench import make_feed  # noqa: E402

from monitor.collect import fastrss  # noqa: E402
from monitor.collect.feeds import parse_feed  # noqa: E402

CONTENT_TYPE = "application/rss+xml; charset=utf-8"


def per_feed_ms(docs: list[bytes], rounds: int, read: Callable[[bytes], object]) -> float:
    started = time.perf_counter()
    for _ in range(rounds):
        for doc in docs:
            read(doc)
    return (time.perf_counter() - started) / (rounds * len(docs)) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--feeds", type=int, default=200)
    parser.add_argument("--items", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    corpus = Path(os.environ.get("STORYWATCH_CORPUS", REPO.parent / "shared" / "corpus")) / "feeds"
    sets = {f"generated ({args.feeds} x {args.items} items)": [make_feed(n, args.items) for n in range(args.feeds)]}
    taken = sorted(p for p in corpus.glob("*") if p.is_file() and fastrss.read(p.read_bytes(), CONTENT_TYPE))
    if taken:
        sets[f"corpus ({', '.join(p.name for p in taken)})"] = [p.read_bytes() for p in taken]
    for label, docs in sets.items():
        rounds = max(1, args.rounds if len(docs) < 50 else args.rounds // 10)
        peer = per_feed_ms(docs, rounds, lambda d: feedparser.parse(io.BytesIO(d), response_headers={
            "content-type": CONTENT_TYPE}, sanitize_html=False, resolve_relative_uris=False))
        fast = per_feed_ms(docs, rounds, lambda d: fastrss.read(d, CONTENT_TYPE))
        slow_all = per_feed_ms(docs, rounds, lambda d: parse_feed(d, content_type=CONTENT_TYPE, fast=False))
        fast_all = per_feed_ms(docs, rounds, lambda d: parse_feed(d, content_type=CONTENT_TYPE))
        print(f"{label}:\n  feedparser.parse {peer:6.2f} ms/feed   fastrss.read {fast:6.2f} ms/feed   "
              f"({peer / fast:.1f}x)\n  parse_feed with feedparser {slow_all:6.2f} ms/feed   with fastrss "
              f"{fast_all:6.2f} ms/feed   ({slow_all / fast_all:.1f}x)")


if __name__ == "__main__":
    main()
