"""Poll benchmark: storywatch's poller against lemon24/reader on the same 500 loopback feeds x 50 items.

    pip install reader sgmllib3k  # the bench only; storywatch does not depend on it
    python bench/poll_bench.py    # --feeds 500 --items 50 --farm sparse,dense --reader-workers 1,8,16
                                  # --http aiohttp[,httpx] --parser auto[,feedparser]

One loopback HTTP/1.1 server (its own process, keep-alive, ETag and Last-Modified, 304 on a conditional
request) serves every feed of a farm: `sparse`, one item in ten about the shipped watch's story, or `dense`,
every item about it (Binance, Russia, the FSB, Rosfinmonitoring, client data, in English and Russian; one in
fifty reports Binance's denial, a follow-up). Each contender polls an empty database twice: cold (everything
new: fetch, parse, store, full-text index; storywatch also matches every article against the shipped watch,
whose own internet sources are left out, and runs follow-up detection on the matched ones) and warm (every
feed answers 304). Two ways each:
  in process     - a fresh subprocess that times `poll()` (storywatch; per HTTP backend `--http` and feed
                   reading `--parser`) or `update_feeds(workers=W, scheduled=False)` and `update_search()`
                   (reader, for each W) after its own set-up: the library's cost alone;
  whole process  - `python -m monitor poll --all` as cron runs it (start-up, reading the seeds, opening the
                   archive, console delivery included; the tree's bytecode compiled first, as an install
                   does), and a fresh `python` that imports reader, opens its database and updates: timed from
                   launch to exit.
The feeds are registered beforehand, untimed (`storywatch sources import` of an OPML file; reader's
add_feed). reader's best W is the reference. Printed: seconds, CPU seconds (the contender and its parser
processes), storywatch / reader-best ratios, peak RSS. The machine may be shared: figures are noisy.
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

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # this tree's monitor, not the one an editable install points at

from monitor.archive.search import search_articles  # noqa: E402
from monitor.archive.sources import add_source  # noqa: E402

WORDS = ("market regulator exchange report data client agency bank crypto token court fine policy investor "
         "minister election energy climate trade tariff deal merger earnings court appeal ruling").split()


STORY = ["Binance and Russia's Rosfinmonitoring", "Binance shared client data with Russia, sources said",
         "Changpeng Zhao's Binance and the FSB-linked agency", "Бинанс и Росфинмониторинг: что известно",
         "Binance restricts Russian accounts as sanctions widen", "Kostarev, Binance's Russia head, and the agency",
         "Russia's FSB sought Binance user data", "Binance: Moscow office and Russian users under scrutiny"]


def make_feed(n: int, items: int, dense: bool = False) -> bytes:
    """A realistic ~20 KB RSS 2.0 feed; one item in ten mentions the shipped watch's story (every item, dense)."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0"><channel>',
           f"<title>Outlet {n}</title><link>https://outlet{n}.example/</link><description>news</description>"]
    base = datetime(2026, 11, 1, tzinfo=UTC)
    for i in range(items):
        words = " ".join(WORDS[(n * 7 + i * 3 + k) % len(WORDS)] for k in range(8))
        if dense:
            story = " " + STORY[(n + i) % len(STORY)]
            lead = STORY[(n * 3 + i + 1) % len(STORY)] + (". Binance denied the report" if (n + i) % 50 == 0 else "")
        else:
            story = " Binance and Russia's Rosfinmonitoring" if (n + i) % 10 == 0 else ""
            lead = ""
        desc = (f"<p>{escape(words.capitalize())}{story}. {escape(lead)}{'. ' if lead else ''}"
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


def serve(feeds: int, items: int, dense: bool, port_out: multiprocessing.connection.Connection) -> None:
    bodies = {f"/feed/{n}.xml": make_feed(n, items, dense) for n in range(feeds)}
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


def bench_seeds(folder: Path) -> Path:
    """The shipped watch without its own sources (they are on the internet): its query is what the bench needs."""
    text = (REPO / "seeds" / "binance-russia-data.toml").read_text(encoding="utf-8")
    cut, resume = text.index("# Where coverage is looked for"), text.index("# The post that started")
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "binance-russia-data.toml").write_text(text[:cut] + text[resume:], encoding="utf-8")
    return folder


def run_storywatch(base: str, feeds: int, db: str, workers: int, http: str, parser: str) -> dict[str, float]:
    from monitor.clock import utcnow
    from monitor.collect import parse_pool
    from monitor.collect.fetch import make_fetcher
    from monitor.collect.poll import poll

    # Fork the parsers from this process (not from a forkserver) so that their CPU counts as our children's.
    parse_pool.START_METHOD = "fork"
    from monitor.archive.db import Archive
    from monitor.seeds import load_watches

    watches = load_watches(bench_seeds(Path(db).parent / "seeds"))
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
    times["events"] = archive.one("SELECT count(*) AS n FROM events")["n"]  # type: ignore[index]
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


# -- whole processes, as cron runs them ------------------------------------------------------------------------

def timed(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, float, str]:
    """Wall and CPU seconds of one process (its children included: storywatch's parser processes) and its output."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=REPO, env=env)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise RuntimeError(f"{cmd[:4]} failed:\n{done.stderr[-2000:]}")
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return wall, cpu, done.stdout


def storywatch_process(base: str, feeds: int, tmp: Path) -> dict[str, float]:
    """`python -m monitor poll --all`, cold then warm, on an archive whose sources were imported from OPML."""
    seeds, db = bench_seeds(tmp / "seeds"), tmp / "storywatch.db"
    opml = tmp / "feeds.opml"
    opml.write_text('<?xml version="1.0"?><opml version="2.0"><body>' + "".join(
        f'<outline type="rss" text="Outlet {n}" xmlUrl="{base}/feed/{n}.xml"/>' for n in range(feeds))
        + "</body></opml>", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"} | {"PYTHONPATH": str(REPO)}
    # Bytecode for this tree, as pip writes it when it installs the wheel (reader's is in site-packages): with
    # PYTHONDONTWRITEBYTECODE set, as on this machine, each run would otherwise compile ~50 modules (30-40 ms).
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(REPO / "monitor")], check=True,
                   stdout=subprocess.DEVNULL)
    cli = [sys.executable, "-m", "monitor", "--db", str(db), "--seeds", str(seeds)]
    timed([*cli, "sources", "import", str(opml)], env)
    out: dict[str, float] = {}
    for phase in ("cold", "warm"):
        wall, cpu, stdout = timed([*cli, "poll", "--all", "--json"], env)
        totals = json.loads(stdout[stdout.index("{"):])["totals"]  # alerts printed to the console come first
        out[phase], out[f"{phase}_cpu"] = wall, cpu
        out[f"{phase}_check"] = totals.get("new", 0) if phase == "cold" else totals.get("sources_not_modified", 0)
        out[f"{phase}_parsers"] = totals.get("parser_processes", 0)
    return out


READER_RUN = """
import sys, time
launched = float(sys.argv[1])
from reader import make_reader
rd = make_reader(sys.argv[2])
rd.update_feeds(workers=int(sys.argv[3]), scheduled=False)
feeds = time.time() - launched
rd.update_search()
print(feeds, time.time() - launched)
"""


def reader_process(base: str, feeds: int, workers: int, tmp: Path) -> dict[str, float]:
    """A fresh `python` that imports reader, opens its database and updates (then builds its search index), cold
    then warm; `*_feeds`: from launch to the end of update_feeds."""
    db = str(tmp / f"reader-{workers}.db")
    setup = ("import sys; from reader import make_reader; rd = make_reader(sys.argv[1]); "
             "[rd.add_feed(f'{sys.argv[2]}/feed/{n}.xml') for n in range(int(sys.argv[3]))]; rd.enable_search()")
    timed([sys.executable, "-c", setup, db, base, str(feeds)])
    out: dict[str, float] = {}
    for phase in ("cold", "warm"):
        wall, cpu, stdout = timed([sys.executable, "-c", READER_RUN, repr(time.time()), db, str(workers)])
        out[f"{phase}_feeds"], _ = (float(x) for x in stdout.split())
        out[phase], out[f"{phase}_cpu"] = wall, cpu
    return out


def report(label: str, sw: dict[str, float], reader: dict[int, dict[str, float]], kind: str) -> None:
    for what, suffix in (("update_feeds alone", "_feeds"), ("with update_search", "")):
        cold = min(r[f"cold{suffix}"] for r in reader.values())
        warm = min(r[f"warm{suffix}"] for r in reader.values())
        print(f"  {kind}: reader best wall ({what}): cold {cold:6.2f}s  warm {warm:5.2f}s;  storywatch ({label}) / "
              f"reader: cold {sw['cold'] / cold:.2f}  warm {sw['warm'] / warm:.2f}  (goal <= 0.33)")


def parser_side(feeds: int, items: int, dense: bool) -> str:
    """Where a parser process's time goes on this farm, per feed (one process, in order): reading the feed,
    the article fields, matching the shipped watch, follow-up detection on the matched entries."""
    from monitor.collect.feeds import parse_feed
    from monitor.collect.prepare import prepare
    from monitor.detect.assess import new_doc
    from monitor.detect.followups import detect
    from monitor.detect.query import match_all
    from monitor.seeds import load_watches

    with tempfile.TemporaryDirectory() as tmp:
        watches = load_watches(bench_seeds(Path(tmp)))
    bodies = [make_feed(n, items, dense) for n in range(min(feeds, 100))]
    clock = time.process_time
    started = clock()
    parsed = [parse_feed(b, url=f"https://x.example/{n}.xml") for n, b in enumerate(bodies)]
    t_parse = clock() - started
    started = clock()
    fields = [f for p in parsed for f in prepare(p, None, outlet="", name="x").fields]
    t_fields = clock() - started
    docs = [new_doc(f) for f in fields]
    started = clock()
    matched = [d for d in docs if match_all(watches, d)]
    t_match = clock() - started
    started = clock()
    events = sum(len(detect(d)) for d in matched)
    t_detect = clock() - started
    per = len(bodies) / 1e3
    return (f"parser side per feed of {items} (CPU, one process): read {t_parse / per:.2f} ms, fields "
            f"{t_fields / per:.2f} ms, match {t_match / per:.2f} ms ({t_match / len(docs) * 1e6:.0f} us an item), "
            f"detect {t_detect / per:.2f} ms ({len(matched) / len(bodies):.0f} matched items, "
            f"{t_detect / max(len(matched), 1) * 1e6:.0f} us each; {events} events in {len(bodies)} feeds)")


def run_farm(args: argparse.Namespace, farm: str) -> None:
    ours, theirs = multiprocessing.Pipe()
    server = multiprocessing.Process(target=serve, args=(args.feeds, args.items, farm == "dense", theirs), daemon=True)
    server.start()
    base = f"http://127.0.0.1:{ours.recv()}"
    print(f"\n{farm} farm: {args.feeds} feeds x {args.items} items on {base}; {os.cpu_count()} CPUs; "
          f"load {os.getloadavg()[0]:.2f}")
    print(parser_side(args.feeds, args.items, farm == "dense"))
    try:
        best: tuple[dict[str, float], str] | None = None
        for w, http, reading in ((int(x), h, r) for x in args.workers.split(",") for h in args.http.split(",")
                                 for r in args.parser.split(",")):
            got = contender(f"storywatch:{w}:{http}:{reading}", base, args.feeds)
            if got:
                print(f"in process     storywatch parsers={w} {http:<7} {reading:<10} "
                      f"cold {got['cold']:6.2f}s  warm {got['warm']:6.2f}s  "
                      f"(CPU: cold {got['cold_cpu']:6.2f}s  warm {got['warm_cpu']:5.2f}s)  "
                      f"rss {got['rss_mb']:.0f} MB (each parser <= {got['children_rss_mb']:.0f} MB)  "
                      f"[{got['articles']:.0f} articles, {got['matches']:.0f} matched, {got['events']:.0f} events, "
                      f"{got['fts_hits']:.0f} FTS hits, {got['warm_check']:.0f} not modified]")
                if best is None or got["cold"] + got["warm"] < best[0]["cold"] + best[0]["warm"]:
                    best = (got, f"parsers={w} http={http} parser={reading}")
        with tempfile.TemporaryDirectory() as tmp:
            whole = storywatch_process(base, args.feeds, Path(tmp))
        print(f"whole process  storywatch `python -m monitor poll --all` (defaults)  cold {whole['cold']:6.2f}s  "
              f"warm {whole['warm']:6.2f}s  (CPU: cold {whole['cold_cpu']:6.2f}s  warm {whole['warm_cpu']:5.2f}s)  "
              f"[{whole['cold_check']:.0f} new, {whole['warm_check']:.0f} not modified; parser processes started: "
              f"cold {whole['cold_parsers']:.0f}, warm {whole['warm_parsers']:.0f}]")
        try:
            import reader  # noqa: F401
        except ImportError:
            print("reader is not installed: `pip install reader sgmllib3k` to compare (the bench only)")
            return
        inproc, procs = {}, {}
        for w in (int(x) for x in args.reader_workers.split(",")):
            got = contender(f"reader:{w}", base, args.feeds)
            if got:
                inproc[w] = got
                print(f"in process     reader workers={w:<3}  update_feeds: cold {got['cold_feeds']:6.2f}s  "
                      f"warm {got['warm_feeds']:5.2f}s (CPU: cold {got['cold_feeds_cpu']:6.2f}s  "
                      f"warm {got['warm_feeds_cpu']:5.2f}s);  + update_search: cold {got['cold']:6.2f}s  "
                      f"warm {got['warm']:6.2f}s  rss {got['rss_mb']:.0f} MB  "
                      f"[{got['articles']:.0f} articles, {got['fts_hits']:.0f} FTS hits]")
            with tempfile.TemporaryDirectory() as tmp:
                got = reader_process(base, args.feeds, w, Path(tmp))
            procs[w] = got
            print(f"whole process  reader workers={w:<3}  to the end of update_feeds: cold {got['cold_feeds']:6.2f}s  "
                  f"warm {got['warm_feeds']:5.2f}s;  with update_search: cold {got['cold']:6.2f}s  "
                  f"warm {got['warm']:5.2f}s  (CPU: cold {got['cold_cpu']:6.2f}s  warm {got['warm_cpu']:5.2f}s)")
        if best and inproc:
            report(best[1], best[0], inproc, "in process   ")
        report("python -m monitor poll --all", whole, procs, "whole process")
    finally:
        server.terminate()


def main() -> None:
    os.environ.setdefault("STORYWATCH_ALLOW_NETWORKS", "127.0.0.1/32")  # served on loopback: allow just it
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--feeds", type=int, default=500)
    parser.add_argument("--items", type=int, default=50)
    parser.add_argument("--farm", default="sparse,dense", help="sparse (one item in ten about the story), dense")
    parser.add_argument("--reader-workers", default="1,8,16")
    parser.add_argument("--workers", default="2", help="storywatch parser processes to try, e.g. 1,2")
    parser.add_argument("--http", default="aiohttp", help="storywatch's HTTP backends to try, e.g. aiohttp,httpx")
    parser.add_argument("--parser", default="auto",
                        help="storywatch's feed readings to try: auto (plain RSS 2.0 by monitor.collect.fastrss), "
                             "feedparser")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--base", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args)
        return
    for farm in args.farm.split(","):
        run_farm(args, farm)


if __name__ == "__main__":
    main()
