"""The bot follows the seeds folder: a watch added while it runs is offered by /stories at once, a broken file
is skipped and shown to operators in /status; an unreachable Bot API is one line per retry, no traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from monitor.archive.db import Archive
from monitor.clock import utcnow
from monitor.seeds import WatchFolder
from tests.support.botkit import running_bot
from tests.support.fakebot import FakeBotAPI

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parents[2]
WATCH = 'title = "{title}"\n[query]\nall_of = [["{word}"]]\n'


async def test_a_watch_added_while_the_bot_runs_is_offered(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "acme-recall.toml").write_text(WATCH.format(title="Acme's recall", word="acme"), encoding="utf-8")
    folder = WatchFolder(seeds)
    loaded = folder.current()
    fake = FakeBotAPI().start()
    archive = Archive(tmp_path / "a.db")
    try:
        async with running_bot(fake, archive, loaded.watches, utcnow, folder=folder):
            fake.push_command(7, "/stories")
            first = (await fake.reply_to(7, 0)).text
            assert "acme-recall" in first and "binance" not in first
            (seeds / "binance-story.toml").write_text(WATCH.format(title="Binance and Russia", word="binance"),
                                                      encoding="utf-8")
            (seeds / "half-saved.toml").write_text("title = [", encoding="utf-8")
            fake.push_command(7, "/stories")
            second = await fake.reply_to(7, 1)
            assert "binance-story" in second.text and "acme-recall" in second.text
            buttons = [b["callback_data"] for row in second.reply_markup["inline_keyboard"] for b in row]
            assert "sub:binance-story" in buttons
            fake.push_command(7, "/subscribe binance-story")
            assert "Subscribed" in (await fake.reply_to(7, 2)).text
            fake.push_command(9, "/status", user_id=4242)  # an operator
            status = (await fake.reply_to(9, 0)).text
            assert "Invalid watch" in status and "half-saved" in status
    finally:
        archive.close()
        fake.stop()


def test_an_unreachable_bot_api_is_one_line_per_retry(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO), "TELEGRAM_BOT_TOKEN": "123:secret-token",
           "TELEGRAM_API_BASE_URL": "http://127.0.0.1:9/bot", "STORYWATCH_LOG_FORMAT": "text"}
    proc = subprocess.Popen([sys.executable, "-m", "monitor", "--db", str(tmp_path / "a.db"), "bot"], cwd=REPO,
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        _, err = proc.communicate(timeout=8)
    except subprocess.TimeoutExpired:
        proc.terminate()
        _, err = proc.communicate(timeout=30)
    lines = [line for line in err.splitlines() if line.strip()]
    assert 2 <= len(lines) <= 4, err  # attempts at 0 s, 2 s, 6 s
    assert all("cannot reach the Bot API at 127.0.0.1:9" in line for line in lines), err
    assert "retrying in 2 s" in lines[0] and "retrying in 4 s" in lines[1]
    assert "Traceback" not in err and "secret-token" not in err
