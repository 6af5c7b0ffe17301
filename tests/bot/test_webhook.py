"""Webhook mode: `storywatch bot --webhook-url` registers its URL and secret, and answers posted updates."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.support.fakebot import FakeBotAPI

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parents[2]
pytest.importorskip("tornado", reason="webhook mode needs python-telegram-bot[webhooks]")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def post(url: str, update: dict[str, object], secret: str) -> int:
    request = urllib.request.Request(url, data=json.dumps(update).encode(), method="POST",
                                     headers={"Content-Type": "application/json",
                                              "X-Telegram-Bot-Api-Secret-Token": secret})
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return int(response.status)
    except urllib.error.HTTPError as exc:
        return int(exc.code)


def test_webhook_mode(tmp_path: Path) -> None:
    fake = FakeBotAPI().start()
    port = free_port()
    url = f"http://127.0.0.1:{port}/telegram"
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": fake.token, "TELEGRAM_API_BASE_URL": fake.base_url,
           "STORYWATCH_WEBHOOK_SECRET": "s3cret", "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen([sys.executable, "-m", "monitor", "--db", str(tmp_path / "a.db"), "bot",
                             "--webhook-url", url, "--port", str(port)], cwd=REPO, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        while not fake.webhook and time.monotonic() < deadline:
            time.sleep(0.05)
        assert fake.webhook.get("url") == url and fake.webhook.get("secret_token") == "s3cret"
        status = 0
        while time.monotonic() < deadline:
            try:
                status = post(url, fake.command_update(5, "/start"), "s3cret")
                break
            except (ConnectionError, urllib.error.URLError):
                time.sleep(0.05)
        assert status == 200
        while not fake.to(5) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert "Stories followed" in fake.to(5)[0].text
        assert post(url, fake.command_update(6, "/start", update_id=2), "wrong") == 403
        time.sleep(0.3)
        assert fake.to(6) == []
    finally:
        proc.send_signal(signal.SIGTERM)
        _, stderr = proc.communicate(timeout=20)
        fake.stop()
    assert fake.token not in stderr and "Traceback" not in stderr
