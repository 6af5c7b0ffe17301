"""kill -9 of a poll mid-parse: how many of its processes are left behind, and for how long.

    python bench/kill_poll_bench.py               # --rounds 10 --wait 2

Serves four feeds that take feedparser many seconds each on loopback, starts `storywatch poll --all` in a
subprocess, waits until its parsers are busy, kills it with SIGKILL, and counts the processes still carrying
the poll's environment `--wait` seconds later (parsers, forkserver, resource tracker); then kills those.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.support.crawling import write_watch  # noqa: E402
from tests.support.loopback import LoopbackServer, Route  # noqa: E402
from tests.support.processes import carrying  # noqa: E402


def main() -> None:
    os.environ.setdefault("STORYWATCH_ALLOW_NETWORKS", "127.0.0.1/32")  # served on loopback: allow just it
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--wait", type=float, default=2.0, help="seconds after the kill before counting")
    args = parser.parse_args()
    server = LoopbackServer()
    slow = b"<rss><channel><item " + b"<a " * 2_000_000
    with tempfile.TemporaryDirectory(prefix="storywatch-kill-") as work:
        sources = "".join(f'[[sources]]\nname = "s{i}"\nurl = "{server.route(f"/slow{i}.xml", Route(slow))}"\n'
                          for i in range(4))
        seeds = write_watch(Path(work) / "seeds", sources=sources)
        left_total = 0
        for number in range(args.rounds):
            mark = uuid.uuid4().hex
            env = {**os.environ, "PYTHONPATH": str(REPO), "STORYWATCH_BENCH_MARK": mark}
            poll = subprocess.Popen([sys.executable, "-m", "monitor", "--db", f"{work}/a.db", "--seeds", str(seeds),
                                     "poll", "--all"], cwd=REPO, env=env, stdout=subprocess.DEVNULL,
                                    stderr=subprocess.DEVNULL)
            deadline = time.monotonic() + 30
            while len(carrying(mark)) < 5 and time.monotonic() < deadline:
                time.sleep(0.1)
            time.sleep(0.5)
            before = len(carrying(mark))
            poll.send_signal(signal.SIGKILL)
            poll.wait()
            time.sleep(args.wait)
            left = carrying(mark)
            left_total += len(left)
            print(f"round {number + 1}: {before} processes before the kill, {len(left)} left {args.wait:g} s after")
            for pid in left:
                try:
                    os.kill(pid, signal.SIGKILL)
                except OSError:
                    pass
        print(f"left behind in {args.rounds} kills: {left_total} processes")
    server.stop()


if __name__ == "__main__":
    main()
