"""Never lost: SIGKILL `storywatch deliver` at random moments while it drains 400 alerts to 50 webhooks and 50
Apprise json:// destinations on loopback, restart it, and account for every duplicate.

A duplicate is possible only for a notification the receiver had taken when the worker died before
committing it ('sending' at restart, sent again): each must be explained by a claim recovered at a restart
(the worker logs "N alerts were in flight"). Webhook receivers see the repeat's alert id (the idempotency key).
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

from monitor.archive.channels import add_channel, channel_subscriber
from monitor.archive.db import Archive
from monitor.archive.subscribers import subscribe
from monitor.clock import utcnow
from monitor.deliver.secrets import Secrets
from monitor.seeds import default_seeds_dir, load_watches
from tests.support.botkit import add_events
from tests.support.processes import wait_until
from tests.support.receivers import Receivers

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parents[2]
DESTINATIONS = 50  # of each kind
EVENTS = 4
KILLS = int(os.environ.get("STORYWATCH_KILLS", "4"))


def start(db: Path, secrets: Path, log: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "STORYWATCH_SECRETS": str(secrets), "PYTHONPATH": str(REPO)}
    return subprocess.Popen([sys.executable, "-m", "monitor", "--db", str(db), "deliver", "--no-limits",
                             "--interval", "0.05", "--concurrency", "8", "--retry-base", "0.1"],
                            cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=log.open("ab"))


def test_sigkill_during_delivery_loses_nothing_and_duplicates_are_explained(tmp_path: Path) -> None:
    db, secrets, log = tmp_path / "a.db", tmp_path / "secrets.json", tmp_path / "deliver.log"
    rx = Receivers().start()
    store = Secrets(secrets)
    watch = load_watches(default_seeds_dir())[0]
    with Archive(db) as archive:
        for i in range(DESTINATIONS):
            for kind, url in (("webhook", rx.url(f"/hook/{i}")), ("apprise", rx.url(f"/json/{i}", "json"))):
                cid = add_channel(archive, kind, f"dest {i}", "file", "file" if kind == "webhook" else None, 0.0,
                                  utcnow())
                store.put(cid, url=url, **({"secret": f"s{i}"} if kind == "webhook" else {}))
                subscribe(archive, channel_subscriber(archive, cid), watch.name, utcnow())
        add_events(archive, watch, EVENTS, utcnow())
        total = archive.scalar("SELECT count(*) FROM alerts")
    assert total == 2 * DESTINATIONS * EVENTS
    seed = int(os.environ.get("STORYWATCH_KILL_SEED", random.randrange(1 << 30)))
    rng = random.Random(seed)
    kills = 0
    try:
        for _ in range(KILLS):
            proc = start(db, secrets, log)
            target = len(rx.received) + rng.randint(10, max(11, 300 // KILLS))
            reached = wait_until(lambda: len(rx.received) >= target, 60)  # noqa: B023
            time.sleep(rng.random() * 0.02)
            proc.send_signal(signal.SIGKILL)
            proc.wait(10)
            kills += 1
            if not reached:
                break
        proc = start(db, secrets, log)
        with Archive(db) as archive:
            done = wait_until(lambda: archive.scalar("SELECT count(*) FROM alerts WHERE status = 'sent'") == total,
                              120)
        proc.send_signal(signal.SIGTERM)
        proc.wait(20)
    finally:
        rx.stop()
    text = log.read_text(encoding="utf-8")
    assert done, f"not every alert was delivered (seed {seed}); log tail:\n{text[-2000:]}"
    hooks = Counter(r.json()["alert_id"] for r in rx.at("/hook/"))
    notes = Counter((r.path, r.json()["message"]) for r in rx.at("/json/"))
    assert len(hooks) == DESTINATIONS * EVENTS and len(notes) == DESTINATIONS * EVENTS, "every alert arrived"
    duplicates = sum(n - 1 for n in hooks.values()) + sum(n - 1 for n in notes.values())
    recovered = sum(int(n) for n in re.findall(r"(\d+) alerts were in flight", text))
    print(f"\ndeliver SIGKILL test (seed {seed}): {kills} kills, {len(rx.received)} requests for {total} alerts, "
          f"{duplicates} duplicates, {recovered} claims recovered at restart")
    assert duplicates <= recovered, "a duplicate that no in-flight claim explains"
    assert "Traceback" not in text
