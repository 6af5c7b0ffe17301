"""Poll benchmark: storywatch's poller against lemon24/reader on the same 500 loopback feeds x 50 items.

    pip install reader            # the bench only; storywatch does not depend on it
    python bench/poll_bench.py    # --feeds 500 --items 50 --reader-workers 1,8,16 --http aiohttp,httpx
                                  # --parser auto,feedparser

One loopback HTTP/1.1 server (its own process, keep-alive, ETag and Last-Modified, 304 on a conditional
request) serves every feed. Each contender runs in a fresh subprocess against an empty database twice:
cold (everything new: fetch, parse, store, full-text index; storywatch also matches every article against
the shipped watches and runs follow-up detection) and warm (every feed answers 304), once per HTTP backend
of storywatch's fetcher (`--http`) and feed reading (`--parser`: auto reads plain RSS 2.0 with monitor.collect.fastrss,
feedparser reads everything with feedparser). reader runs
`update_feeds(workers=W, scheduled=False)` for each W, plus `update_search()` so its FTS index is built as
storywatch's is; its best W is the reference. Printed: seconds, storywatch / reader-best ratios, and peak RSS
of the contender's process (and of its parser workers). The machine may be shared: figures are noisy.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import multiprocessing
import os
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from functools import partial
from html import escape
from pathlib import Path

from monitor.archive.search import search_articles
from monitor.archive.sources import add_source

REPO = Path(__file__).resolve().parent.parent
WORDS = ("market regulator exchange report data client agency bank crypto token court fine policy investor "
         "minister election energy climate trade tariff deal merger earnings court appeal ruling").split()


def make_feed(n: int, items: int) -> bytes:
    """A realistic ~20 KB RSS 2.0 feed; one item in ten mentions the shipped watch's story."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0"><channel>',
           f"<title>Outlet {n}</title><link>https://outlet{n}.example/</link><description>news</description>"]
    base = datetime(2026, 11, 1, tzinfo=UTC)
    for i in range(items):
        words = " ".join(WORDS[(n * 7 + i * 3 + k) % len(WORDS)] for k in range(8))
        story = " Binance and Russia's Rosfinmonitoring" if (n + i) % 10 == 0 else ""
        desc = (f"<p>{escape(words.capitalize())}{story}. "
                + " ".join(WORDS[(n + i * 5 + k) % len(WORDS)] for k in range(24)) + ".</p>")
        out.append(
            f"<item><title>{escape(words.title())}{story} {n}-{i}</title>"
            f"<link>https://outlet{n}.example/news/{i}/story-{n}-{i}?utm_source=rss</link>"
            f"<guid isPermaLink=\"false\">outlet{n}-{i}</guid>"
            f"<pubDate>{format_datetime(base - timedelta(minutes=i * 37))}</pubDate>"
            f"<description><![CDATA[{desc}]]></description></item>")
    out.append("</channel></rss>")
    return "\n".join(out).encode()


# -- the server (its own process) -----------------------------------------------------------------------

LAST_MODIFIED = "Sun, 01 Nov 2026 00:00:00 GMT"


def serve(feeds: int, items: int, port_out: multiprocessing.connection.Connection) -> None:
    bodies = {f"/feed/{n}.xml": make_feed(n, items) for n in range(feeds)}
    etags = {path: '"' + hashlib.sha1(body).hexdigest()[:16] + '"' for path, body in bodies.items()}

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                lines = head.decode("latin-1").split("\r\n")
                path = lines[0].split(" ")[1]
                headers = {k.strip().lower(): v.strip() for k, _, v in (ln.partition(":") for ln in lines[1:] if ln)}
                body = bodies.get(path)
                if body is None:
                    writer.write(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n")
                    continue
                etag = etags[path]
                if headers.get("if-none-match") == etag or headers.get("if-modified-since") == LAST_MODIFIED:
                    writer.write(f"HTTP/1.1 304 Not Modified\r\nETag: {etag}\r\nLast-Modified: {LAST_MODIFIED}\r\n"
                                 "\r\n".encode())
                else:
                    writer.write(f"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml; charset=utf-8\r\n"
                                 f"Content-Length: {len(body)}\r\nETag: {etag}\r\nLast-Modified: {LAST_MODIFIED}\r\n"
                                 "\r\n".encode() + body)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    async def main() -> None:
        server = await asyncio.start_server(handle, "127.0.0.1", 0, backlog=1024)
        port_out.send(server.sockets[0].getsockname()[1])
        async with server:
            await server.serve_forever()

    asyncio.run(main())


# -- the contenders (each in a fresh subprocess) ----------------------------------------------------------

def cpu_seconds() -> float:
    """CPU used by this process and its finished children (storywatch's parser processes): less noisy than
    wall time on a shared machine."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def run_storywatch(base: str, feeds: int, db: str, workers: int, http: str, parser: str) -> dict[str, float]:
    sys.path.insert(0, str(REPO))
    from monitor.clock import utcnow
    from monitor.collect import parse_pool
    from monitor.collect.fetch import make_fetcher
    from monitor.collect.poll import poll

    # Fork the parsers from this process (not from a forkserver) so that their CPU counts as our children's.
    parse_pool.START_METHOD = "fork"
    from monitor.archive.db import Archive
    from monitor.seeds import default_seeds_dir, load_watches

    watches = load_watches(default_seeds_dir())
    archive = Archive(db)
    with archive.write():
        for n in range(feeds):
            add_source(archive, f"{base}/feed/{n}.xml", utcnow())
    times = {}
    for phase in ("cold", "warm"):
        started, cpu = time.perf_counter(), cpu_seconds()
        # The CLI's defaults: 16 at once, 4 per host (the bench's feeds share one host), `workers` parsers.
        summary = poll(archive, watches, partial(make_fetcher, http=http), utcnow, include_not_due=True,
                       parse_workers=workers, fast=parser == "auto")
        times[phase] = time.perf_counter() - started
        times[f"{phase}_cpu"] = cpu_seconds() - cpu
        totals = summary.totals()
        times[f"{phase}_check"] = totals.get("new", 0) if phase == "cold" else totals.get("sources_not_modified", 0)
    times["articles"] = archive.one("SELECT count(*) AS n FROM articles")["n"]  # type: ignore[index]
    times["matches"] = archive.one("SELECT count(*) AS n FROM matches")["n"]  # type: ignore[index]
    times["fts_hits"] = len(search_articles(archive, "rosfinmonitoring", limit=100000))
    archive.close()
    return times


def run_reader(base: str, feeds: int, db: str, workers: int) -> dict[str, float]:
    from reader import make_reader

    rd = make_reader(db)
    for n in range(feeds):
        rd.add_feed(f"{base}/feed/{n}.xml")
    rd.enable_search()
    times: dict[str, float] = {}
    for phase in ("cold", "warm"):
        started, cpu = time.perf_counter(), cpu_seconds()
        rd.update_feeds(workers=workers, scheduled=False)
        times[f"{phase}_feeds"] = time.perf_counter() - started
        times[f"{phase}_feeds_cpu"] = cpu_seconds() - cpu
        rd.update_search()
        times[phase] = time.perf_counter() - started
        times[f"{phase}_cpu"] = cpu_seconds() - cpu
    times["articles"] = rd.get_entry_counts().total
    times["fts_hits"] = sum(1 for _ in rd.search_entries("rosfinmonitoring"))
    rd.close()
    return times


def child(args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "bench.db")
        if args.child.startswith("storywatch"):
            _, workers, http, parser = args.child.split(":")
            result = run_storywatch(args.base, args.feeds, db, int(workers), http, parser)
        else:
            result = run_reader(args.base, args.feeds, db, int(args.child.split(":")[1]))
    result["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result["children_rss_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(json.dumps(result))


def contender(name: str, base: str, feeds: int) -> dict[str, float] | None:
    cmd = [sys.executable, __file__, "--child", name, "--base", base, "--feeds", str(feeds)]
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=REPO)
    if done.returncode != 0:
        print(f"{name} failed:\n{done.stderr[-2000:]}", file=sys.stderr)
        return None
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    os.environ.setdefault("STORYWATCH_ALLOW_NETWORKS", "127.0.0.1/32")  # served on loopback: allow just it
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--feeds", type=int, default=500)
    parser.add_argument("--items", type=int, default=50)
    parser.add_argument("--reader-workers", default="1,8,16")
    parser.add_argument("--workers", default="2", help="storywatch parser processes to try, e.g. 1,2")
    parser.add_argument("--http", default="aiohttp,httpx", help="storywatch's HTTP backends to try, e.g. httpx")
    parser.add_argument("--parser", default="auto,feedparser",
                        help="storywatch's feed readings to try: auto (plain RSS 2.0 by monitor.collect.fastrss), "
                             "feedparser")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--base", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args)
        return

    ours, theirs = multiprocessing.Pipe()
    server = multiprocessing.Process(target=serve, args=(args.feeds, args.items, theirs), daemon=True)
    server.start()
    base = f"http://127.0.0.1:{ours.recv()}"
    print(f"{args.feeds} feeds x {args.items} items on {base}; {os.cpu_count()} CPUs; load {os.getloadavg()[0]:.2f}")
    try:
        best: dict[str, tuple[dict[str, float], str]] = {}  # per reading: the best run and its label
        for w, http, reading in ((int(x), h, r) for x in args.workers.split(",") for h in args.http.split(",")
                                 for r in args.parser.split(",")):
            got = contender(f"storywatch:{w}:{http}:{reading}", base, args.feeds)
            if got:
                print(f"storywatch parsers={w} {http:<7} {reading:<10} "
                      f"cold {got['cold']:6.2f}s  warm {got['warm']:6.2f}s  "
                      f"(CPU: cold {got['cold_cpu']:6.2f}s  warm {got['warm_cpu']:5.2f}s)  "
                      f"rss {got['rss_mb']:.0f} MB (each parser <= {got['children_rss_mb']:.0f} MB)  "
                      f"[{got['articles']:.0f} articles, {got['matches']:.0f} matched, {got['fts_hits']:.0f} FTS hits, "
                      f"{got['warm_check']:.0f} not modified]")
                so_far = best.get(reading, (None, ""))[0]
                if so_far is None or got["cold"] + got["warm"] < so_far["cold"] + so_far["warm"]:
                    best[reading] = (got, f"parsers={w} http={http} parser={reading}")
        results = {}
        try:
            import reader  # noqa: F401
        except ImportError:
            print("reader is not installed: `pip install reader` to compare (the bench only)")
            return
        for w in (int(x) for x in args.reader_workers.split(",")):
            got = contender(f"reader:{w}", base, args.feeds)
            if got:
                results[w] = got
                print(f"reader workers={w:<3}  cold {got['cold']:6.2f}s  warm {got['warm']:6.2f}s  "
                      f"(CPU: cold {got['cold_cpu']:6.2f}s  warm {got['warm_cpu']:5.2f}s)  "
                      f"update_feeds alone: cold {got['cold_feeds']:6.2f}s  warm {got['warm_feeds']:5.2f}s "
                      f"(CPU: cold {got['cold_feeds_cpu']:6.2f}s  warm {got['warm_feeds_cpu']:5.2f}s)  "
                      f"rss {got['rss_mb']:.0f} MB  [{got['articles']:.0f} articles, {got['fts_hits']:.0f} FTS hits]")
        for sw, sw_label in best.values() if results else ():
            for label, suffix in (("update_feeds alone", "_feeds"), ("with update_search", "")):
                for what, extra in (("wall", ""), ("CPU", "_cpu")):
                    best_cold = min(r[f"cold{suffix}{extra}"] for r in results.values())
                    best_warm = min(r[f"warm{suffix}{extra}"] for r in results.values())
                    print(f"reader best {what} ({label}): cold {best_cold:6.2f}s  warm {best_warm:5.2f}s;  "
                          f"storywatch ({sw_label}) / reader: cold {sw['cold' + extra] / best_cold:.2f}  "
                          f"warm {sw['warm' + extra] / best_warm:.2f}  (goal <= 0.33)")
    finally:
        server.terminate()


if __name__ == "__main__":
    main()
