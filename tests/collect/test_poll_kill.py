"""kill -9 of a poll in the middle of parsing leaves no process behind: its parser processes, the forkserver and
multiprocessing's resource tracker all go with it (monitor/collect/parse_pool.py)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from tests.support.crawling import REPO, write_watch
from tests.support.loopback import LoopbackServer, Route
from tests.support.processes import carrying

pytestmark = pytest.mark.integration

SLOW = b"<rss><channel><item " + b"<a " * 2_000_000  # feedparser needs many seconds for it


@pytest.mark.skipif(sys.platform != "linux", reason="reads /proc")
def test_kill_9_of_a_poll_leaves_no_process_behind(server: LoopbackServer, tmp_path: Path) -> None:
    sources = "".join(f'[[sources]]\nname = "s{i}"\nurl = "{server.route(f"/slow{i}.xml", Route(SLOW))}"\n'
                      for i in range(4))
    seeds = write_watch(tmp_path / "seeds", sources=sources)
    for _ in range(2):
        mark = uuid.uuid4().hex
        env = {**os.environ, "PYTHONPATH": str(REPO), "STORYWATCH_TEST_MARK": mark}
        poll = subprocess.Popen([sys.executable, "-m", "monitor", "--db", str(tmp_path / "a.db"), "--seeds",
                                 str(seeds), "poll", "--all"], cwd=REPO, env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 30
            while len(carrying(mark)) < 5 and time.monotonic() < deadline:  # poll, forkserver, tracker, 2 parsers
                time.sleep(0.1)
            assert len(carrying(mark)) >= 5, "the parsers never started: this test would prove nothing"
            time.sleep(0.5)  # well into parsing
            poll.send_signal(signal.SIGKILL)
            poll.wait(10)
            deadline = time.monotonic() + 3  # the parse itself would take far longer
            while carrying(mark) and time.monotonic() < deadline:
                time.sleep(0.1)
            left = carrying(mark)
        finally:
            for pid in carrying(mark):
                os.kill(pid, signal.SIGKILL)
        assert left == [], f"left behind: {left}"
