"""Cost as the archive grows: an archive of 1,000,000 synthetic articles in the shape of real feed items.

    python bench/scale_bench.py             # builds /tmp/storywatch-scale-1000000.db once (minutes), then reuses it
    python bench/scale_bench.py --articles 200000 --cache /tmp/s.db --rebuild

Articles: titles (6-16 words), summaries (10-80) and, for one in ten (a crawled page), bodies (300-700), drawn
from the word frequencies of the shared corpus's captured feeds; feeds of 50 items, each from one of 10,000 sources,
stored as the poller's writer stores a feed (FeedWrites + ingest_article in one transaction per 40 feeds, FTS5
indexed by the same statements). Planted in them, at known rates: for each of 0.1 %, 1 % and 50 %, five
two-word phrases (a word absent from the rest of the text, then a partner word); the 1 % articles of the
first phrase match the shipped watch (10,000 at 1M: its timeline), one in twenty of those with a follow-up.
Printed:
  insert      - the writer's cost per new article (batches of 2,000, each committed; the mean of 20 batches)
                from 0, 100k and the full size on (the last by a process that just opened the archive);
  search      - `search_articles` (the CLI's and the bot's search, FTS5 in bm25 order, 20 hits) p50/p95 over
                the five words, phrases and prefixes of each rate, 4 rounds (the first one from a cold page cache
                of this process);
  timeline    - `timeline` of the watch (10,000 articles at 1M);
  per alert   - an alert's other outlets (`other_outlets`, in every alert's context) and the crawl's list of
                pages to fetch a first time (`untracked`);
  size        - the file per article, and per table and index where SQLite has dbstat;
  due query   - `due_sources` over 10,000 sources (a tenth due; and --all): time and peak memory (tracemalloc).
The 100k figures come from a fresh archive built in each run; the full-size file is cached (with its build
log beside it) and reused: the articles of the full-size insert measurement are deleted again afterwards.
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import json
import os
import random
import statistics
import sys
import time
import tracemalloc
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import feedparser

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from monitor.archive.db import Archive  # noqa: E402
from monitor.archive.events import other_outlets  # noqa: E402
from monitor.archive.feedbatch import FeedWrites  # noqa: E402
from monitor.archive.queries import timeline  # noqa: E402
from monitor.archive.search import search_articles  # noqa: E402
from monitor.archive.sources import due_sources  # noqa: E402
from monitor.collect.ingest import ingest_article  # noqa: E402
from monitor.collect.pages import untracked  # noqa: E402
from monitor.detect.assess import Assessment  # noqa: E402
from monitor.models import ArticleFields, Event, Match  # noqa: E402
from monitor.seeds import default_seeds_dir, load_watches  # noqa: E402
from monitor.text import html_to_text  # noqa: E402
from monitor.urls import remember_canonical  # noqa: E402

SOURCES = 10_000
FEED = 50  # items per feed
BATCH_FEEDS = 40  # feeds per transaction, as the poller's writer batches them
WATCH = "binance-russia-data"
NOW = datetime(2026, 11, 20, tzinfo=UTC)
# rate -> five (word, partner): the word appears nowhere else, so it, the phrase and its prefix hit that rate
PROBES = {
    0.001: [("rosfinmonitoring", "agency"), ("kostarev", "meeting"), ("garantex", "exchange"),
            ("navalny", "donations"), ("suex", "sanctions")],
    0.01: [("binance", "exchange"), ("tether", "reserves"), ("kraken", "settlement"), ("coinbase", "listing"),
           ("chainalysis", "report")],
    0.5: [("market", "update"), ("government", "officials"), ("company", "statement"), ("price", "action"),
          ("report", "published")],
}
PREFIX = 5  # letters of a probe word before the *


def vocabulary(corpus: Path) -> tuple[list[str], list[int]]:
    """Words of the corpus's feeds with their cumulative counts, without the probes or their prefixes."""
    counts: Counter[str] = Counter()
    for path in sorted((corpus / "feeds").glob("*")):
        if path.is_file():
            for e in feedparser.parse(path.read_bytes(), sanitize_html=False).entries:
                text = " ".join((e.get("title", ""), html_to_text(e.get("summary", ""))))
                counts.update(w.strip(".,:;!?\"'()[]«»“”‘’").lower() for w in text.split())
    stems = tuple(word[:PREFIX] for probes in PROBES.values() for word, _ in probes)
    words = [w for w in counts if w and not w.startswith(stems)]
    return words, list(itertools.accumulate(counts[w] for w in words))


class Articles:
    """The synthetic articles, in order, from one seeded random stream (the same every run)."""

    def __init__(self, corpus: Path, seed: int = 13):
        self.words, self.weights = vocabulary(corpus)
        self.rng = random.Random(seed)
        self.counter = 0

    @staticmethod
    def source_of(i: int) -> int:
        return i // FEED % SOURCES

    def _text(self, low: int, high: int) -> list[str]:
        return self.rng.choices(self.words, cum_weights=self.weights, k=self.rng.randint(low, high))

    def next(self) -> tuple[ArticleFields, Assessment | None]:
        i, self.counter = self.counter, self.counter + 1
        summary = self._text(10, 80)
        matched = False
        for rate, probes in PROBES.items():
            for k, (word, partner) in enumerate(probes):
                # Spread independently of i's residues: article i has probe k of a rate when this hash says so.
                if (i * 2654435761 + k * 40503 + int(rate * 1e6)) % 1_000_003 < rate * 1_000_003:
                    summary.insert(self.rng.randint(0, len(summary)), f"{word} {partner}")
                    matched |= rate == 0.01 and k == 0
        title = " ".join(self._text(6, 16)).capitalize()
        body = " ".join(self._text(300, 700)) if i % 10 == 0 else ""
        source = self.source_of(i)  # a feed's items are its outlet's: one host, one source
        url = f"https://outlet{source}.example/news/{i}"
        remember_canonical(url)
        fields = ArticleFields(url=url, link=url, title=title, summary=" ".join(summary), body=body, guid=str(i),
                               outlet=f"Outlet {source}", published=(NOW - timedelta(minutes=i)).isoformat())
        if not matched:
            return fields, None
        # Each follow-up in words of its own: the same sentence twenty times would be one event and its sightings.
        events = (Event("denial", f"Binance denied the report on {' '.join(self._text(12, 12))}.",
                        actor="Binance"),) if i % 20 == 0 else ()
        return fields, Assessment((Match(WATCH, "terms: binance, rosfinmonitoring"),), events)

    def feeds(self, count: int) -> Iterator[tuple[int, list[tuple[ArticleFields, Assessment | None]]]]:
        """(source index, its feed's items), `count` items in all."""
        for _ in range(count // FEED):
            source = self.source_of(self.counter)
            yield source, [self.next() for _ in range(FEED)]


def open_archive(path: Path) -> Archive:
    archive = Archive(path)
    if not archive.scalar("SELECT count(*) FROM sources"):
        with archive.write() as conn:
            conn.executemany("INSERT INTO sources (url, name, outlet, added_at, next_check) VALUES (?, ?, ?, ?, ?)",
                             [(f"https://outlet{n}.example/feed.xml", f"Outlet {n}", f"Outlet {n}", NOW.isoformat(),
                               (NOW + timedelta(minutes=-1 if n % 10 == 0 else 30)).isoformat())
                              for n in range(SOURCES)])
    return archive


Feed = tuple[int, list[tuple[ArticleFields, Assessment | None]]]


def store(archive: Archive, feeds: list[Feed]) -> None:
    """One writer transaction, as the poller stores a batch of feeds (monitor.collect.poll._store_one)."""
    watches = load_watches(default_seeds_dir())
    with archive.write():
        for source, feed in feeds:
            fields = [f for f, _ in feed]
            source_id = source + 1  # the sources were inserted in order
            with FeedWrites(archive, fields, source_id) as writes:
                for f, assessed in feed:
                    ingest_article(archive, watches, f, NOW, source_id=source_id, assessed=assessed or Assessment(),
                                   feed=writes)


def grow(archive: Archive, gen: Articles, until: int, log: list[tuple[int, float]], every: int = 50_000) -> None:
    """Store articles until the archive holds `until`, logging (size, seconds per article) per batch."""
    have = int(archive.scalar("SELECT count(*) FROM articles"))
    started = time.perf_counter()
    while have < until:
        feeds = list(gen.feeds(min(BATCH_FEEDS * FEED, until - have)))
        took = time.perf_counter()
        store(archive, feeds)
        took = time.perf_counter() - took
        log.append((have, took / (len(feeds) * FEED)))
        have += len(feeds) * FEED
        if have % every == 0:
            print(f"  ... {have:,} articles ({time.perf_counter() - started:.0f} s)", flush=True)


WINDOW = 20  # batches (40,000 articles) an insert figure is the mean of: FTS5 merges its segments in bursts


def insert_cost(log: list[tuple[int, float]], at: int) -> float:
    """Mean seconds per article of the WINDOW batches stored from `at` articles on."""
    i = bisect.bisect_left([n for n, _ in log], at)
    return statistics.mean(s for _, s in log[i:i + WINDOW])


def measure_insert(archive: Archive, gen: Articles) -> float:
    """WINDOW batches into the full archive by a fresh process (as a poll from cron stores them), then removed
    again (the cached file stays at its size)."""
    first = int(archive.scalar("SELECT max(id) FROM articles")) + 1
    log: list[tuple[int, float]] = []
    have = int(archive.scalar("SELECT count(*) FROM articles"))
    gen.counter = have + 10_000_000  # new URLs, same shape
    grow(archive, gen, have + WINDOW * BATCH_FEEDS * FEED, log, every=10**9)
    with archive.write() as conn:
        theirs = "SELECT id FROM events WHERE article_id >= :first"
        conn.execute(f"DELETE FROM event_sightings WHERE article_id >= :first OR event_id IN ({theirs})",
                     {"first": first})
        conn.execute(f"DELETE FROM alerts WHERE event_id IN ({theirs})", {"first": first})
        for table in ("events", "matches", "article_versions"):
            conn.execute(f"DELETE FROM {table} WHERE article_id >= ?", (first,))
        conn.execute("DELETE FROM articles WHERE id >= ?", (first,))
    return statistics.mean(s for _, s in log)


def percentiles(samples: list[float]) -> str:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return f"p50 {statistics.median(ordered) * 1e3:7.1f} ms  p95 {p95 * 1e3:7.1f} ms"


def searches(archive: Archive, rounds: int) -> None:
    for rate, probes in PROBES.items():
        for shape, query in (("word", lambda w, p: w), ("phrase", lambda w, p: f'"{w} {p}"'),
                             ("prefix", lambda w, p: w[:PREFIX] + "*")):
            samples, hits = [], 0
            for _ in range(rounds):
                for word, partner in probes:
                    started = time.perf_counter()
                    hits = len(search_articles(archive, query(word, partner), limit=20))
                    samples.append(time.perf_counter() - started)
            print(f"  search {shape:<6} in {rate:>5.1%} of articles: {percentiles(samples)}  ({hits} hits shown, "
                  f"e.g. {query(*probes[0])!r})")


def due(archive: Archive) -> None:
    for label, everything in (("a tenth due", False), ("--all", True)):
        samples = []
        for _ in range(5):
            started = time.perf_counter()
            rows, _ = due_sources(archive, NOW, include_not_due=everything)
            samples.append(time.perf_counter() - started)
        tracemalloc.start()  # apart: tracing allocations slows them down
        due_sources(archive, NOW, include_not_due=everything)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        print(f"  due query, {SOURCES:,} sources ({label}: {len(rows):,} rows): {percentiles(samples)}  "
              f"peak {peak / 2**20:.1f} MB")


def per_alert(archive: Archive) -> None:
    """What delivering one alert and planning a crawl ask of the archive: neither may grow with it."""
    ids = [r["article_id"] for r in archive.all("SELECT article_id FROM events ORDER BY id LIMIT 20")]
    samples = []
    for article_id in ids:
        started = time.perf_counter()
        other_outlets(archive, article_id)
        samples.append(time.perf_counter() - started)
    print(f"  an alert's other outlets (the same headline elsewhere), {len(ids)} alerts: {percentiles(samples)}")
    samples = []
    for _ in range(3):
        started = time.perf_counter()
        untracked(archive, load_watches(default_seeds_dir()), NOW)
        samples.append(time.perf_counter() - started)
    print(f"  the crawl's pages to fetch a first time (matched coverage, 30 days): {percentiles(samples)}")


def sizes(archive: Archive, path: Path, articles: int) -> None:
    archive.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    print(f"  size: {path.stat().st_size / 2**20:,.0f} MB, {path.stat().st_size / articles:,.0f} bytes per article")
    try:
        rows = archive.all("SELECT name, sum(pgsize) AS bytes FROM dbstat GROUP BY name ORDER BY bytes DESC LIMIT 8")
    except Exception:  # noqa: BLE001 - SQLite built without dbstat: the total is what is printed
        return
    print("        " + ", ".join(f"{r['name']} {r['bytes'] / articles:,.0f}" for r in rows) + " (bytes per article)")


def timeline_cost(archive: Archive) -> None:
    samples, rows = [], 0
    for _ in range(3):
        started = time.perf_counter()
        rows = len(timeline(archive, WATCH))
        samples.append(time.perf_counter() - started)
    print(f"  timeline of {WATCH}: {rows:,} articles, {percentiles(samples)}")


def cached(path: Path, articles: int, corpus: Path, rebuild: bool) -> tuple[Archive, list[tuple[int, float]]]:
    """The full-size archive, built once (its build log beside it) and reused."""
    log_path = path.with_suffix(".log.json")
    if rebuild:
        for stale in (path, log_path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            stale.unlink(missing_ok=True)
    archive = open_archive(path)
    log: list[tuple[int, float]] = json.loads(log_path.read_text()) if log_path.exists() else []
    have = int(archive.scalar("SELECT count(*) FROM articles"))
    if have < articles:
        print(f"building {path} to {articles:,} articles (from {have:,}; cached for the next runs)", flush=True)
        gen = Articles(corpus)
        for _ in gen.feeds(have):  # the stream resumes where the file stopped
            pass
        grow(archive, gen, articles, log)
        log_path.write_text(json.dumps(log))
    return archive, log


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=1_000_000)
    ap.add_argument("--cache", type=Path, default=None, help="the full-size archive (default /tmp/...-N.db)")
    ap.add_argument("--rebuild", action="store_true")
    ap.add_argument("--rounds", type=int, default=4)
    ap.add_argument("--middle", type=int, default=100_000, help="the intermediate size of the insert figures")
    ap.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    args = ap.parse_args()
    path = args.cache or Path(f"/tmp/storywatch-scale-{args.articles}.db")
    print(f"load {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")

    small = Path(f"{path}.100k.db")
    for stale in (small, Path(f"{small}-wal"), Path(f"{small}-shm")):
        stale.unlink(missing_ok=True)
    log_small: list[tuple[int, float]] = []
    with open_archive(small) as archive:
        grow(archive, Articles(args.corpus), args.middle + WINDOW * BATCH_FEEDS * FEED, log_small)
    for stale in (small, Path(f"{small}-wal"), Path(f"{small}-shm")):
        stale.unlink(missing_ok=True)

    archive, _ = cached(path, args.articles, args.corpus, args.rebuild)
    print(f"\n{args.articles:,} articles in {path}")
    sizes(archive, path, int(archive.scalar("SELECT count(*) FROM articles")))
    at_full = measure_insert(archive, Articles(args.corpus))
    empty = insert_cost(log_small, 0)
    print(f"  insert per article: empty {empty * 1e6:.0f} us, at {args.middle:,} "
          f"{insert_cost(log_small, args.middle) * 1e6:.0f} us, at {args.articles:,} {at_full * 1e6:.0f} us "
          f"({at_full / empty:.2f}x the empty archive; goal <= 1.5x)")
    archive.close()
    archive = Archive(path)  # a cold page cache for this process
    searches(archive, args.rounds)
    timeline_cost(archive)
    per_alert(archive)
    due(archive)
    archive.close()


if __name__ == "__main__":
    main()
