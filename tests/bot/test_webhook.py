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


@pytest.mark.parametrize(("secret", "said"), [
    (None, "webhook mode needs STORYWATCH_WEBHOOK_SECRET"),
    ("", "webhook mode needs STORYWATCH_WEBHOOK_SECRET"),
    ("has spaces in it", "STORYWATCH_WEBHOOK_SECRET must be 1-256 characters of A-Z, a-z, 0-9, _ and -"),
    ("x" * 257, "STORYWATCH_WEBHOOK_SECRET must be 1-256 characters"),
])
def test_webhook_mode_refuses_to_start_without_a_valid_secret(tmp_path: Path, secret: str | None, said: str) -> None:
    env = {k: v for k, v in os.environ.items() if k != "STORYWATCH_WEBHOOK_SECRET"}
    env.update(TELEGRAM_BOT_TOKEN="123456:never-used", TELEGRAM_API_BASE_URL="http://127.0.0.1:9/bot",
               PYTHONPATH=str(REPO))
    if secret is not None:
        env["STORYWATCH_WEBHOOK_SECRET"] = secret
    done = subprocess.run([sys.executable, "-m", "monitor", "--db", str(tmp_path / "a.db"), "bot", "--webhook-url",
                           "http://127.0.0.1:9/telegram"], cwd=REPO, env=env, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 2 and said in done.stderr and "Traceback" not in done.stderr  # configuration: usage
    assert "never-used" not in done.stderr


def test_a_forged_webhook_update_is_refused(tmp_path: Path) -> None:
    """A POST without the secret header (what an attacker who found the URL sends) changes nothing."""
    fake = FakeBotAPI().start()
    port = free_port()
    url = f"http://127.0.0.1:{port}/telegram"
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": fake.token, "TELEGRAM_API_BASE_URL": fake.base_url,
           "STORYWATCH_WEBHOOK_SECRET": "s3cret_-OK", "STORYWATCH_OPERATORS": "77", "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen([sys.executable, "-m", "monitor", "--db", str(tmp_path / "a.db"), "bot",
                             "--webhook-url", url, "--port", str(port)], cwd=REPO, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        while not fake.webhook and time.monotonic() < deadline:
            time.sleep(0.05)
        forged = fake.command_update(77, "/status")  # as if the operator asked, answered in a stranger's chat
        forged["message"]["chat"] = {"id": 666, "type": "private", "first_name": "attacker"}
        status = 0
        while time.monotonic() < deadline:
            try:
                status = post_raw(url, forged)
                break
            except (ConnectionError, urllib.error.URLError):
                time.sleep(0.05)
        assert status == 403
        assert post(url, fake.command_update(8, "/subscribe binance-russia-data", update_id=3), "") == 403
        assert post(url, fake.command_update(9, "/start", update_id=4), "s3cret_-OK") == 200
        while not fake.to(9) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert fake.to(9) and fake.to(666) == [] and fake.to(8) == []
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.communicate(timeout=20)
        fake.stop()


def post_raw(url: str, update: dict[str, object]) -> int:
    """A POST with no secret header at all."""
    request = urllib.request.Request(url, data=json.dumps(update).encode(), method="POST",
                                     headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return int(response.status)
    except urllib.error.HTTPError as exc:
        return int(exc.code)
