"""Crawl throughput: pages per second from fetch to stored version, beside trafilatura's own extraction time.

Serves the corpus's real article pages on loopback (each page ROUNDS times under distinct URLs, its
rel=canonical neutralised so that every copy is an article of its own and ends as a stored version), runs
`scrapy crawl article` in a subprocess into a fresh archive, and reads the crawl's own elapsed time from the
runs table. Then times trafilatura.extract alone, and storywatch's whole extract_page, on the same pages:
trafilatura is the ceiling the crawl cannot pass on one core.

    python bench/crawl_bench.py [--rounds 10] [--corpus ../shared/corpus]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import trafilatura

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from monitor.archive.db import Archive  # noqa: E402
from monitor.collect.extract import extract_page  # noqa: E402


def corpus_pages(corpus: Path) -> dict[str, bytes]:
    pages = {p.parent.name: p.read_bytes() for p in sorted((corpus / "pages").glob("readability-*/source.html"))}
    pages.update({p.stem: p.read_bytes() for p in sorted((corpus / "pages").glob("newspaper4k-*.html"))})
    return {name: body.replace(b'rel="canonical"', b'rel="x-canonical"') for name, body in pages.items()}


def serve(pages: dict[str, bytes]) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:  # noqa: N802
            body = pages.get(self.path.rsplit("/", 1)[-1])
            self.send_response(200 if body else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body or b"")))
            self.end_headers()
            self.wfile.write(body or b"")

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def crawl(urls: list[str], workdir: Path) -> tuple[float, float, dict[str, int]]:
    """(wall seconds including Scrapy's start-up, the crawl's own elapsed seconds, storywatch stats)."""
    (workdir / "urls.txt").write_text("\n".join(urls), encoding="utf-8")
    seeds = workdir / "seeds"
    seeds.mkdir()
    (seeds / "w.toml").write_text('title = "bench"\n[query]\nany_of = ["zzzz-no-match"]\n', encoding="utf-8")
    db = workdir / "bench.db"
    command = [sys.executable, "-m", "scrapy", "crawl", "article", "-a", f"url_file={workdir / 'urls.txt'}"]
    for setting in (f"STORYWATCH_DB={db}", f"STORYWATCH_SEEDS={seeds}", "ROBOTSTXT_OBEY=0", "DOWNLOAD_DELAY=0",
                    "AUTOTHROTTLE_ENABLED=0", "CONCURRENT_REQUESTS=16", "CONCURRENT_REQUESTS_PER_DOMAIN=16",
                    "LOG_LEVEL=WARNING"):
        command += ["-s", setting]
    started = time.perf_counter()
    subprocess.run(command, cwd=REPO, check=True)
    wall = time.perf_counter() - started
    with Archive(db) as archive:
        row = archive.one("SELECT stats FROM runs ORDER BY id DESC LIMIT 1")
        versions = archive.one("SELECT count(*) AS n FROM article_versions")
    assert row is not None and versions is not None
    stats = json.loads(row["stats"])
    kept = {k: v for k, v in stats.items() if k.startswith("storywatch/")}
    kept["versions_in_archive"] = versions["n"]
    return wall, float(stats["elapsed_time_seconds"]), kept


def time_extraction(pages: dict[str, bytes], repeat: int) -> tuple[float, float]:
    """Median seconds per pass over all pages: trafilatura.extract alone, and storywatch's extract_page."""
    texts = [body.decode("utf-8", "replace") for body in pages.values()]
    traf, ours = [], []
    for _ in range(repeat):
        t = time.perf_counter()
        for html in texts:
            trafilatura.extract(html, output_format="txt", include_comments=False, include_tables=False,
                                deduplicate=False)
        traf.append(time.perf_counter() - t)
        t = time.perf_counter()
        for html in texts:
            extract_page(html, "http://127.0.0.1/bench")
        ours.append(time.perf_counter() - t)
    return statistics.median(traf), statistics.median(ours)


def main() -> None:
    os.environ.setdefault("STORYWATCH_ALLOW_NETWORKS", "127.0.0.1/32")  # served on loopback: allow just it
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=10, help="copies of each corpus page crawled")
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    args = parser.parse_args()
    pages = corpus_pages(args.corpus)
    size = sum(len(b) for b in pages.values())
    server = serve(pages)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    urls = [f"{base}/r{i}/{name}" for i in range(args.rounds) for name in pages]
    with tempfile.TemporaryDirectory() as tmp:
        wall, elapsed, stats = crawl(urls, Path(tmp))
    server.shutdown()
    traf, ours = time_extraction(pages, repeat=max(3, min(args.rounds, 5)))
    n = len(pages)
    print(f"corpus: {n} real article pages, {size / 1e6:.1f} MB in all; "
          f"crawled {len(urls)} URLs ({args.rounds} rounds)")
    print(f"crawl  fetch->stored version: {stats.get('storywatch/stored/new', 0)} stored in {elapsed:.2f} s "
          f"= {stats.get('storywatch/stored/new', 0) / elapsed:.1f} pages/s "
          f"(wall {wall:.2f} s with Scrapy start-up: {len(urls) / wall:.1f} pages/s)")
    print(f"ceiling trafilatura.extract alone: {traf / n * 1000:.1f} ms/page = {n / traf:.1f} pages/s")
    print(f"        storywatch extract_page (metadata + trafilatura + notes): {ours / n * 1000:.1f} ms/page "
          f"= {n / ours:.1f} pages/s")
    print("stats:", json.dumps(stats, sort_keys=True))


if __name__ == "__main__":
    main()
