"""Fan one alert out to 10,000 subscribers through the fake Bot API; print the delivery rates.

1. With Telegram's limits (the fake enforces 30/s overall, 1/s per chat, 20/min per group with 429s): the rate
   measured from the fake's own accept timestamps over a slice (default the first 1,500 messages, 50 s;
   `--slice 10000` for all), and the 429s it had to give (should be 0).
2. With limits lifted (fake and dispatcher): the dispatcher's own ceiling over all 10,000 messages.

3. Channels (`--channels`): the same 10,000 subscribers split in thirds across Telegram (the bot's dispatcher
   against the fake), storywatch webhooks and Apprise json:// destinations (`storywatch deliver`'s worker
   against a loopback receiver process), pacing lifted: messages per second per channel (from the receivers'
   own timestamps) and the sender's CPU per message, beside the Telegram-only figure of run 2.

Also printed: the duplicate window, from the moment the fake accepted a message (its monotonic clock, the
same clock in both processes on Linux) to the moment the dispatcher committed it as sent.

    PYTHONPATH=$PWD python bench/fanout_bench.py [--subscribers 10000] [--slice 1500] [--http both] [--channels]

The fake and the receivers run in their own processes so they do not share the sender's interpreter lock.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from telegram import Bot

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bot.dispatch import Dispatcher  # noqa: E402
from bot.limits import Limits  # noqa: E402
from bot.request import AiohttpRequest  # noqa: E402
from monitor.archive.channels import add_channel, channel_subscriber  # noqa: E402
from monitor.archive.db import Archive  # noqa: E402
from monitor.clock import utcnow  # noqa: E402
from monitor.deliver.secrets import Secrets  # noqa: E402
from monitor.deliver.worker import Worker  # noqa: E402
from monitor.seeds import default_seeds_dir, load_watches  # noqa: E402
from tests.support.botkit import add_events  # noqa: E402
from tests.support.fakebot import TOKEN  # noqa: E402


def start_fake(limits: str, priority: bool) -> tuple[subprocess.Popen[str], str]:
    """The fake in its own process; with `priority` (root only) at nice -10, so that on a busy machine its
    accept timestamps are not bunched by the scheduler (Telegram's own clock is not starved of CPU)."""
    nice = ["nice", "-n", "-10"] if priority else []
    proc = subprocess.Popen([*nice, sys.executable, "-m", "tests.support.fakebot", "--limits", limits], cwd=REPO,
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    return proc, f"http://127.0.0.1:{int(line.split()[1])}"


def fetch(base: str, what: str) -> dict:
    with urllib.request.urlopen(f"{base}/_fake/{what}", timeout=30) as response:
        return json.loads(response.read())


def make_archive(path: Path, subscribers: int) -> Archive:
    archive = Archive(path)
    watch = load_watches(default_seeds_dir())[0]
    now = utcnow()
    with archive.write() as conn:
        conn.executemany("INSERT INTO subscribers (channel, chat_id, chat_type, created_at) VALUES (?, ?, ?, ?)",
                         [("telegram", str(100_000 + i), "private", now.isoformat()) for i in range(subscribers)])
        conn.execute("INSERT INTO subscriptions (subscriber_id, watch, created_at) SELECT id, ?, ? FROM subscribers",
                     (watch.name, now.isoformat()))
    add_events(archive, watch, 1, now)
    return archive


async def run(base: str, archive: Archive, limits: Limits, stop_after: int, concurrency: int, http: str
              ) -> Dispatcher:
    archive.conn.execute("PRAGMA synchronous = NORMAL")  # as bot/app.py sets it
    request = AiohttpRequest(connection_pool_size=max(8, concurrency)) if http == "aiohttp" else None
    async with Bot(TOKEN, base_url=f"{base}/bot", request=request) as bot:
        d = Dispatcher(archive, bot, limits=limits, clock=utcnow, concurrency=concurrency, backlog_threshold=10)
        while d.stats.sent < stop_after and await d.drain_once():
            pass
    return d


def report(name: str, base: str, d: Dispatcher, wall: float, stop_after: int, cpu: float) -> None:
    sent = sorted(fetch(base, "sent")["sent"], key=lambda s: s[2])[:stop_after]
    stats = fetch(base, "stats")
    times = [s[2] for s in sent]
    rate = (len(times) - 1) / (times[-1] - times[0]) if len(times) > 1 else 0.0
    accepted = {s[1]: s[2] for s in sent}
    windows = [committed - accepted[mid] for mid, committed in d.window.recent if mid in accepted]
    print(f"{name}: {len(times)} messages, {rate:.2f} msg/s (fake's accept timestamps), {stats['flood_429s']} 429s,"
          f" dispatcher wall {wall:.1f} s, CPU {cpu:.1f} s = {d.stats.sent / cpu:.0f} msg per CPU-second")
    if len(times) > 30:
        tightest = min(b - a for a, b in zip(times, times[30:], strict=False))
        print(f"  tightest 31 consecutive messages at the fake: {tightest * 1e3:.1f} ms (under 1000 ms = a 429)")
    if windows:
        windows.sort()
        print(f"  duplicate window (accepted by the fake -> committed as sent): median "
              f"{statistics.median(windows) * 1e3:.2f} ms, p99 {windows[int(len(windows) * 0.99)] * 1e3:.2f} ms,"
              f" max {windows[-1] * 1e3:.2f} ms; {d.window.line()}")


def start_receivers() -> tuple[subprocess.Popen[str], str]:
    proc = subprocess.Popen([sys.executable, "-m", "tests.support.receivers"], cwd=REPO, stdout=subprocess.PIPE,
                            text=True)
    assert proc.stdout is not None
    return proc, f"127.0.0.1:{int(proc.stdout.readline().split()[1])}"


def make_mixed_archive(path: Path, secrets: Secrets, subscribers: int, receivers: str) -> tuple[Archive, dict]:
    """Thirds: Telegram chats, webhooks and Apprise json:// destinations, all following one watch."""
    archive = Archive(path)
    watch = load_watches(default_seeds_dir())[0]
    now = utcnow()
    third = subscribers // 3
    telegram = subscribers - 2 * third
    with archive.write() as conn:
        conn.executemany("INSERT INTO subscribers (channel, chat_id, chat_type, created_at) VALUES (?, ?, ?, ?)",
                         [("telegram", str(100_000 + i), "private", now.isoformat()) for i in range(telegram)])
    entries = {}
    for kind, count in (("webhook", third), ("apprise", third)):
        for i in range(count):
            url = f"http://{receivers}/hook/{i}" if kind == "webhook" else f"json://{receivers}/json/{i}"
            cid = add_channel(archive, kind, f"bench {kind} {i}", "file", "file" if kind == "webhook" else None, 0.0,
                              now)
            entries[cid] = {"url": url, **({"secret": f"s{i}"} if kind == "webhook" else {})}
    secrets.put_many(entries)
    with archive.write() as conn:
        conn.execute("INSERT INTO subscriptions (subscriber_id, watch, created_at) SELECT id, ?, ? FROM subscribers",
                     (watch.name, now.isoformat()))
    assert channel_subscriber(archive, next(iter(entries)))
    add_events(archive, watch, 1, now)
    return archive, {"telegram": telegram, "webhook": third, "apprise": third}


async def run_worker(archive: Archive, secrets: Secrets, kind: str, concurrency: int) -> Worker:
    archive.conn.execute("PRAGMA synchronous = NORMAL")  # as `storywatch deliver` sets it
    worker = Worker(archive, secrets, utcnow, paced=False, concurrency=concurrency, channels=(kind,),
                    max_pass_s=600.0)
    try:
        while await worker.drain_once():
            pass
    finally:
        await worker.close()
    return worker


def channels_run(tmp: Path, subscribers: int, concurrency: int) -> None:
    """Run 3: the split across Telegram, webhooks and Apprise, each drained alone with pacing lifted."""
    fake, base = start_fake("none", False)
    rx, receivers = start_receivers()
    try:
        secrets = Secrets(tmp / "secrets.json")
        archive, counts = make_mixed_archive(tmp / "mixed.db", secrets, subscribers, receivers)
        print(f"channels, limits lifted: {counts['telegram']} Telegram chats, {counts['webhook']} webhooks, "
              f"{counts['apprise']} Apprise json:// destinations (one alert each)")
        started, cpu = time.monotonic(), time.process_time()
        d = asyncio.run(run(base, archive, Limits.lifted(), counts["telegram"], concurrency, "httpx"))
        report("  telegram (httpx)", base, d, time.monotonic() - started, counts["telegram"],
               time.process_time() - cpu)
        with urllib.request.urlopen(f"http://{receivers}/_stats", timeout=30) as response:
            assert json.loads(response.read()) == {}
        for kind, prefix in (("webhook", "/hook"), ("apprise", "/json")):
            started, cpu = time.monotonic(), time.process_time()
            worker = asyncio.run(run_worker(archive, secrets, kind, concurrency))
            wall, used = time.monotonic() - started, time.process_time() - cpu
            with urllib.request.urlopen(f"http://{receivers}/_stats", timeout=30) as response:
                seen = json.loads(response.read()).get(prefix, {"count": 0, "first": 0, "last": 0})
            span = seen["last"] - seen["first"]
            rate = (seen["count"] - 1) / span if span > 0 else 0.0
            print(f"  {kind}: {seen['count']} received, {rate:.1f} msg/s (receiver's timestamps), worker wall "
                  f"{wall:.1f} s, CPU {used:.1f} s = {used / max(1, worker.stats.sent) * 1e3:.2f} ms CPU per message"
                  f" ({worker.stats.sent} sent, {worker.stats.retried} retried)")
        archive.close()
    finally:
        for proc in (fake, rx):
            proc.terminate()
            proc.wait(10)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--subscribers", type=int, default=10_000)
    parser.add_argument("--slice", type=int, default=1500, help="Messages measured with Telegram's limits.")
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--http", choices=["httpx", "aiohttp", "both"], default="both",
                        help="PTB's request backend for the lifted run (the limited run uses httpx, PTB's default).")
    parser.add_argument("--skip-limited", action="store_true")
    parser.add_argument("--channels", action="store_true",
                        help="Also split the subscribers across Telegram, webhooks and Apprise json:// (run 3).")
    parser.add_argument("--fake-priority", action="store_true",
                        help="Run the fake at nice -10 (needs root): its clock stays honest on a loaded machine.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        backends = ["httpx", "aiohttp"] if args.http == "both" else [args.http]
        for name, fake_limits, limits, stop_after, http in (
            ("with Telegram's limits (httpx)", "telegram", Limits(), min(args.slice, args.subscribers), "httpx"),
            *((f"limits lifted ({b})", "none", Limits.lifted(), args.subscribers, b) for b in backends),
        ):
            if args.skip_limited and fake_limits == "telegram":
                continue
            proc, base = start_fake(fake_limits, args.fake_priority)
            try:
                archive = make_archive(Path(tmp) / f"{fake_limits}-{http}.db", args.subscribers)
                started, cpu = time.monotonic(), time.process_time()
                d = asyncio.run(run(base, archive, limits, stop_after, args.concurrency, http))
                report(name, base, d, time.monotonic() - started, stop_after, time.process_time() - cpu)
                archive.close()
            finally:
                proc.terminate()
                proc.wait(10)
        if args.channels:
            channels_run(Path(tmp), args.subscribers, args.concurrency)


if __name__ == "__main__":
    main()
