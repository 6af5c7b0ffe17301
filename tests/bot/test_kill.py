"""Never lost, never twice: SIGKILL `storywatch bot` at random moments while it drains 500 alerts, restart it.

The bot runs as a subprocess against the fake Bot API (in this process). Every alert must end up delivered
and recorded with the message id Telegram gave. A duplicate is possible only for a message Telegram had
accepted when the process died before committing it ('sending' at restart, sent again): every duplicate
must be explained by such a recovered claim. The figures are printed (run with -s to see them).
"""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from monitor.archive.db import Archive
from monitor.clock import utcnow
from monitor.seeds import default_seeds_dir, load_watches
from tests.support.botkit import add_events, add_subscribers
from tests.support.fakebot import FakeBotAPI
from tests.support.processes import wait_until

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parents[2]
CHATS = 250
EVENTS = 2
KILLS = int(os.environ.get("STORYWATCH_KILLS", "4"))  # more for a measurement: STORYWATCH_KILLS=20 pytest -s ...


def start_bot(db: Path, fake: FakeBotAPI, log: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": fake.token, "TELEGRAM_API_BASE_URL": fake.base_url,
           "PYTHONPATH": str(REPO)}
    return subprocess.Popen(
        [sys.executable, "-m", "monitor", "--db", str(db), "bot", "--rate", "150", "--chat-interval", "0",
         "--drain-interval", "0.1", "--retry-base", "0.2"],
        cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=log.open("ab"),
    )


def test_sigkill_during_a_drain_loses_nothing_and_duplicates_are_counted(tmp_path: Path) -> None:
    db, log = tmp_path / "a.db", tmp_path / "bot.log"
    watch = load_watches(default_seeds_dir())[0]
    with Archive(db) as archive:
        add_subscribers(archive, watch.name, [(10_000 + i, "private") for i in range(CHATS)], utcnow())
        add_events(archive, watch, EVENTS, utcnow())
        assert archive.one("SELECT count(*) AS n FROM alerts")["n"] == CHATS * EVENTS  # type: ignore[index]
    seed = int(os.environ.get("STORYWATCH_KILL_SEED", random.randrange(1 << 30)))
    rng = random.Random(seed)
    fake = FakeBotAPI().start()
    kills = 0
    try:
        for _ in range(KILLS):
            proc = start_bot(db, fake, log)
            target = len(fake.snapshot()) + rng.randint(10, max(11, 360 // KILLS))
            reached = wait_until(lambda: len(fake.snapshot()) >= target, 30)  # noqa: B023
            time.sleep(rng.random() * 0.02)  # a random moment, not always right after a reply
            proc.send_signal(signal.SIGKILL)
            proc.wait(10)
            kills += 1
            if not reached:
                break
        proc = start_bot(db, fake, log)
        fake.push_command(99, "/start")  # the entry point answers commands too (run_polling, post_init)
        with Archive(db) as archive:
            done = wait_until(lambda: archive.one("SELECT count(*) AS n FROM alerts WHERE status = 'sent'")["n"]
                              == CHATS * EVENTS, 60)
        wait_until(lambda: fake.to(99), 10)
        proc.send_signal(signal.SIGTERM)
        proc.wait(20)
    finally:
        fake.stop()
    text = log.read_text(encoding="utf-8")
    assert done, f"not every alert was delivered (seed {seed}); log tail:\n{text[-2000:]}"

    assert any("stories it follows" in s.text or "Stories followed" in s.text for s in fake.to(99))
    assert {c["command"] for c in fake.commands} >= {"start", "subscribe", "search"}
    sent = [s for s in fake.snapshot() if s.chat_id != 99]
    per_alert = Counter((s.chat_id, "paragraph 1" in s.text) for s in sent)
    assert set(per_alert) == {(10_000 + i, second) for i in range(CHATS) for second in (False, True)}
    duplicates = sum(n - 1 for n in per_alert.values())
    recovered = sum(int(n) for n in re.findall(r"(\d+) alerts were in flight", text))
    with Archive(db) as archive:
        rows = archive.all("SELECT s.chat_id, a.message_id FROM alerts a JOIN subscribers s ON s.id = a.subscriber_id")
    delivered = {(s.chat_id, s.message_id) for s in sent}
    assert all((int(r["chat_id"]), int(r["message_id"])) in delivered for r in rows), "an id Telegram never gave"
    windows = re.findall(r"reply-to-commit mean ([\d.]+) ms, worst ([\d.]+) ms", text)
    worst = max((float(w) for _, w in windows), default=0.0)
    print(f"\nSIGKILL test (seed {seed}): {kills} kills, {len(sent)} messages for {CHATS * EVENTS} alerts, "
          f"{duplicates} duplicates, {recovered} claims recovered at restart; reply-to-commit worst {worst:.3f} ms")
    assert duplicates <= recovered, "a duplicate that no in-flight claim explains"
    assert "Traceback" not in text and fake.token not in text
