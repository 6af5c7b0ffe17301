"""What migration 0011_normalised_text costs on a large archive: the whole scan, and the rows it rewrites.

    python bench/migration_bench.py               # --articles 100000 --dirty 1000 --tmp /dev/shm

Builds an archive of synthetic articles (as bench/search_flood_bench.py does), puts bidi overrides and control
characters into `--dirty` of them (and their versions), marks 0011 as not applied, and times opening the
archive, which applies it.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.search_flood_bench import build  # noqa: E402
from monitor.archive.db import Archive  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--dirty", type=int, default=1000)
    parser.add_argument("--tmp", default="/dev/shm" if Path("/dev/shm").is_dir() else None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="storywatch-migration-", dir=args.tmp) as work:
        db = Path(work) / "a.db"
        build(db, args.articles)
        conn = sqlite3.connect(db)
        step = max(1, args.articles // max(1, args.dirty))
        conn.execute("UPDATE articles SET title = title || char(8238) || ' x', body = char(27) || body"
                     " WHERE id % ? = 0", (step,))
        conn.execute("INSERT INTO article_versions (article_id, seen_at, title, summary, body, content_hash)"
                     " SELECT id, first_seen, title, summary, body, content_hash FROM articles")
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0011_normalised_text'")
        conn.commit()
        dirty = conn.execute("SELECT count(*) FROM articles WHERE instr(title, char(8238))").fetchone()[0]
        conn.close()
        started = time.perf_counter()
        Archive(db).close()
        took = time.perf_counter() - started
        conn = sqlite3.connect(db)
        left = conn.execute("SELECT count(*) FROM articles WHERE instr(title, char(8238))").fetchone()[0]
        conn.close()
        print(f"{args.articles:,} articles and versions, {dirty:,} of each with unsafe characters: "
              f"0011 took {took:.2f} s; {left} left unclean")


if __name__ == "__main__":
    main()
