"""Soak: many poll cycles of many loopback feeds through the service's own loop; does resident memory grow?

    PYTHONPATH=. python bench/soak_bench.py                 # 1,000 cycles of 200 feeds (the issue's soak)
    PYTHONPATH=. python bench/soak_bench.py --cycles 200    # shorter

A separate process serves `--feeds` RSS feeds on 127.0.0.1, built from the real captured feeds in
../shared/corpus/feeds (links rewritten per feed, so every feed's articles are its own), with ETag and 304s;
every feed gains a new item every 50 of its requests (staggered), so each cycle ingests a few new articles
and matches them. This process runs `storywatch run`'s Service (APScheduler, the poll job, console delivery)
against a fresh archive and samples its RSS (/proc/self/statm) after every cycle. Prints the curve and the
growth after warm-up. Figures taken on a shared machine are noisy: say so when you quote them.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import logging
import multiprocessing
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

CORPUS = Path(os.environ.get("STORYWATCH_CORPUS", Path(__file__).resolve().parents[2] / "shared" / "corpus"))
FEEDS = ["coindesk.rss", "cointelegraph.rss", "decrypt.rss", "theblock.rss", "guardian.rss", "heraldsun.rss",
         "uol-noticias.rss", "bbc-in-our-time.xml"]
CHANGE_EVERY = 50


def serve(port_queue: multiprocessing.Queue, feeds: int) -> None:  # type: ignore[type-arg]
    bases = [(CORPUS / "feeds" / name).read_bytes() for name in FEEDS]
    counts = [0] * feeds

    def body(n: int) -> bytes:
        version = (counts[n] + n) // CHANGE_EVERY
        base = bases[n % len(bases)].replace(b"https://www.", f"https://f{n}.".encode())
        extra = b"".join(
            f"<item><title>Binance and Russia, update {v} of feed {n}</title>"
            f"<link>https://f{n}.example/update-{v}</link><guid>f{n}-u{v}</guid>"
            f"<description>Bitcoin markets, Binance volumes and Russia sanctions, note {v}.</description></item>"
            .encode() for v in range(max(0, version - 5), version))
        return base.replace(b"<item>", extra + b"<item>", 1)

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:  # noqa: N802
            n = int(self.path.rsplit("/", 1)[1].split(".")[0])
            counts[n] += 1
            data = body(n)
            etag = '"' + hashlib.sha1(data).hexdigest()[:16] + '"'
            if self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml; charset=utf-8")
            self.send_header("ETag", etag)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    port_queue.put(httpd.server_address[1])
    httpd.serve_forever()


def rss_mib() -> float:
    with open("/proc/self/statm") as f:
        pages = int(f.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def write_watch(folder: Path, port: int, feeds: int) -> None:
    sources = "".join(f'\n[[sources]]\nname = "feed {n}"\nurl = "http://127.0.0.1:{port}/feed/{n}.xml"\n'
                      for n in range(feeds))
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "soak.toml").write_text(
        'title = "Soak"\n\n[query]\nall_of = [["binance", "bitcoin"]]\nany_of = ["russia", "sanction", "market"]\n'
        + sources, encoding="utf-8")


def main() -> None:
    os.environ.setdefault("STORYWATCH_ALLOW_NETWORKS", "127.0.0.1/32")  # served on loopback: allow just it
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--feeds", type=int, default=200)
    parser.add_argument("--cycles", type=int, default=1000)
    parser.add_argument("--warmup", type=int, default=None, help="cycles before the baseline (default 10%%)")
    parser.add_argument("--tmp", default="/dev/shm" if Path("/dev/shm").is_dir() else None,
                        help="where the archive lives (default /dev/shm: memory, not fsync, is what is measured)")
    args = parser.parse_args()
    warmup = args.warmup if args.warmup is not None else max(1, args.cycles // 10)
    if not (CORPUS / "feeds").is_dir():
        sys.exit(f"the corpus is not at {CORPUS} (set STORYWATCH_CORPUS)")

    from monitor.clock import utcnow
    from monitor.service.config import parse_config
    from monitor.service.logs import setup_logging
    from monitor.service.runner import Service

    ports: multiprocessing.Queue = multiprocessing.Queue()  # type: ignore[type-arg]
    server = multiprocessing.Process(target=serve, args=(ports, args.feeds), daemon=True)
    server.start()
    port = ports.get(timeout=30)
    samples: list[tuple[int, float, float]] = []  # cycle, rss MiB, seconds
    with tempfile.TemporaryDirectory(prefix="storywatch-soak-", dir=args.tmp) as work:
        seeds = Path(work) / "seeds"
        write_watch(seeds, port, args.feeds)
        setup_logging(sys.stderr, fmt="text", level="WARNING")
        logging.getLogger("apscheduler").setLevel(logging.ERROR)  # "skipped: max instances" at a 0 s interval
        config = parse_config({"poll": {"interval": 0.01, "concurrency": 16, "timeout": 30}, "bot": {"enabled":
                                                                                                      "false"}}, {})
        last = [time.monotonic()]
        service: Service

        def on_cycle(summary: object) -> None:
            now = time.monotonic()
            samples.append((service.cycles, rss_mib(), now - last[0]))
            last[0] = now
            n = service.cycles
            if n == 1 or n % max(1, args.cycles // 10) == 0:
                print(f"cycle {n:>5}: RSS {samples[-1][1]:7.1f} MiB, {samples[-1][2] * 1000:7.0f} ms", flush=True)
            if n >= args.cycles:
                service.request_stop("soak done")

        service = Service(Path(work) / "soak.db", seeds, config, out=io.StringIO(), clock=utcnow,
                          python=sys.executable, token=None, on_cycle=on_cycle)
        started = time.monotonic()
        service.run()
        elapsed = time.monotonic() - started
        size = (Path(work) / "soak.db").stat().st_size / 2**20
        articles = sqlite3.connect(Path(work) / "soak.db").execute("SELECT count(*) FROM articles").fetchone()[0]
    server.terminate()
    base = samples[warmup - 1][1]
    end = samples[-1][1]
    peak = max(s[1] for s in samples[warmup - 1:])
    times = [s[2] for s in samples[1:]]
    print(f"\n{len(samples)} cycles of {args.feeds} feeds in {elapsed:.0f}s (archive in {args.tmp or 'TMPDIR'}); "
          f"median cycle {statistics.median(times) * 1000:.0f} ms; archive {size:.1f} MiB, {articles} articles")
    print(f"RSS after warm-up (cycle {warmup}): {base:.1f} MiB; at the end: {end:.1f} MiB; peak {peak:.1f} MiB; "
          f"growth {100 * (end - base) / base:+.1f}% (threshold +10%)")


if __name__ == "__main__":
    main()
