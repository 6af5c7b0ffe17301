"""An archive as analysts meet it, at scale: upgrading it to this release's URL keys, and searching it.

Builds an archive in the previous release's schema (every migration before 0011_url_keys) holding N articles
made of the real follow-up excerpts in ../shared/corpus/followups/items.jsonl (each excerpt reused with a
different outlet and slug), their feed links carrying utm_* and itid parameters, over http and https, one
in fifty spelled a second way (`café` / `caf%C3%A9`: merged by the upgrade). Then it times opening the
archive with this release (migrations 0011-0013: re-keying, merging, hashes and event keys recomputed,
views) and `search_articles` (bm25 and snippets, or newest first) for a few queries.

    python bench/archive_bench.py            # --articles 20000
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

from sqlite_utils import Database

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from monitor.archive.db import Archive  # noqa: E402
from monitor.archive.rekey import previous_key  # noqa: E402
from monitor.archive.schema import migrations  # noqa: E402
from monitor.archive.search import search_articles  # noqa: E402

ITEMS = REPO.parent / "shared" / "corpus" / "followups" / "items.jsonl"
QUERIES = ["russia", "correction", "regret the error", '"stand by"', "apolog*", "wookiee OR chewbacca"]


def old_hash(title: str, summary: str, body: str) -> str:
    return hashlib.sha256("\x1f".join(" ".join(p.split()) for p in (title, summary, body)).encode()).hexdigest()


def build(path: Path, n: int) -> None:
    items = [json.loads(line) for line in ITEMS.read_text(encoding="utf-8").splitlines() if line.strip()]
    db = Database(sqlite3.connect(path))
    migrations.apply(db, stop_before="0011_url_keys")
    rows, versions, matches = [], [], []
    for i in range(n):
        item = items[i % len(items)]
        base = i - 1 if i % 50 == 1 else i  # the second spelling of a pair: the first's scheme and host
        scheme = "http" if base % 3 == 0 else "https"
        slug = f"caf\u00e9-{i - 1}" if i % 50 == 1 else f"caf%C3%A9-{i}" if i % 50 == 0 else f"story-{i}"
        link = f"{scheme}://www.outlet{base % 40}.example/news/{slug}/?utm_source=rss&utm_medium=rss&itid=hp{i % 7}"
        title = (item.get("title") or item["body"][:80]).strip()
        summary, body = item["body"][:300], item["body"]
        seen = f"2022-04-{1 + i % 28:02d}T10:00:00+00:00"
        rows.append((i + 1, previous_key(link), link, title, summary, body, item["outlet"], seen, seen, seen,
                     old_hash(title, summary, body)))
        versions.append((i + 1, seen, title, summary, body, old_hash(title, summary, body)))
        if i % 10 == 0:
            matches.append((i + 1, "bench", "bench", seen))
    with db.conn:
        db.conn.executemany("INSERT OR IGNORE INTO articles (id, url, link, title, summary, body, outlet, published,"
                            " first_seen, last_seen, content_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        db.conn.executemany("INSERT INTO article_versions (article_id, seen_at, title, summary, body, content_hash)"
                            " SELECT ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM articles WHERE id = ?)",
                            [(*v, v[0]) for v in versions])
        db.conn.executemany("INSERT OR IGNORE INTO matches VALUES (?, ?, ?, ?)", matches)
    db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        path = Path(work) / "bench.db"
        started = time.perf_counter()
        build(path, args.articles)
        print(f"built {args.articles} articles in the previous schema: {time.perf_counter() - started:.1f} s")
        started = time.perf_counter()
        with Archive(path) as archive:
            upgrade = time.perf_counter() - started
            counts = archive.one("SELECT (SELECT count(*) FROM articles) AS articles,"
                                 " (SELECT count(*) FROM url_rekeys WHERE note = 'merged') AS merged,"
                                 " (SELECT count(*) FROM url_rekeys WHERE note = 're-keyed') AS rekeyed")
            print(f"upgrade (migrations 0011-0013): {upgrade:.2f} s, {counts}")
            for sort in ("relevance", "date"):
                for words in QUERIES:
                    times = []
                    for _ in range(5):
                        started = time.perf_counter()
                        hits = search_articles(archive, words, limit=20, sort=sort)
                        times.append(time.perf_counter() - started)
                    total = archive.scalar("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?", (words,))
                    print(f"search {sort:<9} {words!r:<24} {len(hits):>2} of {total:>6} matches: "
                          f"median {statistics.median(times) * 1000:6.1f} ms")


if __name__ == "__main__":
    main()
