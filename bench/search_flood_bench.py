"""The /search flood: how long hostile searches take over a large archive, and how long they hold the bot's event
loop, before (the search on the loop) and now (bot/search.py: threads, a budget, bounded input).

    python bench/search_flood_bench.py            # --articles 100000 --budget 3 --tmp /dev/shm

Builds an archive of synthetic articles (a vocabulary of 5,000 words, about 120 words each), then times a
query of 600 prefix terms joined by OR with no budget (capped at --cap seconds) and with the budget; a query
the bot accepts (9 prefix terms that together match nearly every article) with and without the budget; and
the event loop's longest stall (a 10 ms heartbeat) while two hostile searches run on the loop as before (cut at
the budget, to keep the bench short), and while they run in the bot's search threads as now.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bot.search import Searcher  # noqa: E402
from monitor.archive.db import Archive  # noqa: E402
from monitor.archive.search import Budget, search_articles  # noqa: E402
from monitor.errors import SearchTimeout  # noqa: E402


def build(path: Path, n: int) -> None:
    rng = random.Random(7)
    words = [f"w{i}{rng.choice('abcdefghij')}" for i in range(5000)]
    now = datetime.now(UTC).isoformat()
    with Archive(path) as archive, archive.write() as conn:
        conn.executemany(
            "INSERT INTO articles (url, link, title, summary, body, outlet, first_seen, last_seen, content_hash)"
            " VALUES (?, ?, ?, ?, ?, 'Outlet', ?, ?, ?)",
            ((f"https://n.example/{i}", f"https://n.example/{i}", " ".join(rng.choices(words, k=10)),
              " ".join(rng.choices(words, k=20)), " ".join(rng.choices(words, k=90)), now, now, str(i))
             for i in range(n)))


def timed(archive: Archive, words: str, budget: Budget | None) -> tuple[float, str]:
    started = time.perf_counter()
    try:
        hits = search_articles(archive, words, limit=6, budget=budget)
        outcome = f"{len(hits)} hits"
    except SearchTimeout:
        outcome = "stopped by the budget"
    return time.perf_counter() - started, outcome


async def stall_while(run: asyncio.Future[object] | None, work: object) -> float:
    """The longest the loop was late for a 10 ms heartbeat while `work` ran."""
    worst = 0.0
    done = asyncio.Event()

    async def beat() -> None:
        nonlocal worst
        while not done.is_set():
            before = time.perf_counter()
            await asyncio.sleep(0.01)
            worst = max(worst, time.perf_counter() - before - 0.01)

    heart = asyncio.create_task(beat())
    await asyncio.sleep(0.05)
    try:
        await work  # type: ignore[misc]
    except SearchTimeout:
        pass
    done.set()
    await heart
    return worst


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--budget", type=float, default=3.0)
    parser.add_argument("--cap", type=float, default=120.0, help="seconds the unbudgeted 600-term query may run")
    parser.add_argument("--tmp", default="/dev/shm" if Path("/dev/shm").is_dir() else None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="storywatch-search-", dir=args.tmp) as work:
        db = Path(work) / "a.db"
        started = time.perf_counter()
        build(db, args.articles)
        print(f"archive: {args.articles:,} articles in {time.perf_counter() - started:.1f} s")
        issue = " OR ".join(f"w{i}*" for i in range(600))
        bounded = " OR ".join(f"w{i}*" for i in range(1, 10))  # 17 words with the ORs: the bot accepts it
        assert len(bounded) <= 200
        with Archive.for_reading(db) as archive:
            for label, words, budget in (
                    (f"600 prefix terms OR'd, no budget (capped at {args.cap:g} s)", issue, Budget(args.cap)),
                    (f"600 prefix terms OR'd, budget {args.budget:g} s", issue, Budget(args.budget)),
                    ("9 prefix terms OR'd (accepted by the bot), no budget", bounded, None),
                    (f"9 prefix terms OR'd, budget {args.budget:g} s", bounded, Budget(args.budget)),
                    ("one plain word", "w17a", None)):
                seconds, outcome = timed(archive, words, budget)
                print(f"{label}: {seconds:.2f} s, {outcome}")

            async def on_the_loop() -> None:
                for _ in range(2):
                    search_articles(archive, issue, limit=6, budget=Budget(args.budget))

            before = asyncio.run(stall_while(None, on_the_loop()))
        print(f"event loop's longest stall, two hostile searches on the loop as before (each cut at the budget here; "
              f"before, nothing cut them): {before:.2f} s")
        searcher = Searcher(str(db), workers=2, budget=args.budget)

        outcomes: list[object] = []

        async def in_threads() -> None:
            outcomes.extend(await asyncio.gather(*(searcher.search(issue, limit=6) for _ in range(2)),
                                                 return_exceptions=True))

        started = time.perf_counter()
        now = asyncio.run(stall_while(None, in_threads()))
        took = time.perf_counter() - started
        searcher.close()
        said = ", ".join("stopped by the budget" if isinstance(o, SearchTimeout) else type(o).__name__
                         for o in outcomes)
        print(f"event loop's longest stall, two hostile searches in the search threads (now): {now * 1000:.1f} ms"
              f" (the searches: {said}, {took:.2f} s)")


if __name__ == "__main__":
    main()
