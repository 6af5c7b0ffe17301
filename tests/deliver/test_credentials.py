"""A credential planted in channel URLs and secrets never reaches the archive, the logs, `notify list`,
`storywatch alerts` or Datasette, even when the destination echoes it back in an error."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from monitor.archive.db import Archive
from monitor.cli.main import cli
from monitor.clock import utcnow
from monitor.seeds import default_seeds_dir, load_watches
from tests.support.botkit import add_events
from tests.support.receivers import Receivers, Script

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parents[2]
TOKEN = "PLANTEDt0ken9f8e7d"
SECRET = "PLANTEDsigning55"
WATCH = "binance-russia-data"


def test_a_planted_token_is_nowhere_but_the_secrets_file(tmp_path: Path) -> None:
    db, secrets = tmp_path / "a.db", tmp_path / "secrets.json"
    rx = Receivers().start()
    echo = f"unknown key {TOKEN} for /hook/{TOKEN}".encode()
    rx.script(f"/json/{TOKEN}", Script(first=[500], body=echo))
    rx.script(f"/hook/{TOKEN}", Script(first=[503], body=echo))
    rx.script(f"/env/{TOKEN}", Script(first=[502], body=echo))
    env = {**os.environ, "STORYWATCH_SECRETS": str(secrets), "PYTHONPATH": str(REPO),
           "HOOK_URL": rx.url(f"/env/{TOKEN}?key={TOKEN}"), "HOOK_SECRET": SECRET}
    runner = CliRunner()
    try:
        for url, extra in ((f"json://user:{TOKEN}@127.0.0.1:{rx.port}/json/{TOKEN}", []),
                           (rx.url(f"/hook/{TOKEN}?key={TOKEN}"), []),
                           ("env:HOOK_URL", ["--secret", "env:HOOK_SECRET"])):
            result = runner.invoke(cli, ["--db", str(db), "notify", "add", url, "--watch", WATCH, *extra], env=env)
            assert result.exit_code == 0, result.output
            assert TOKEN not in result.output
        with Archive(db) as archive:
            add_events(archive, load_watches(default_seeds_dir())[0], 2, utcnow())
        logs = ""
        for _ in range(3):  # fail, then retry (no wait), then nothing left
            run = subprocess.run([sys.executable, "-m", "monitor", "--db", str(db), "deliver", "--once",
                                  "--retry-base", "0", "--log-level", "DEBUG"], cwd=REPO, env=env,
                                 capture_output=True, text=True, timeout=120)
            assert run.returncode == 0, run.stderr[-2000:]
            logs += run.stdout + run.stderr
        outputs = [runner.invoke(cli, ["--db", str(db), *args], env=env).output
                   for args in (["notify", "list"], ["notify", "list", "--json"], ["alerts"], ["alerts", "--json"])]
    finally:
        rx.stop()
    assert len(rx.at("/json/")) == 3 and len(rx.at("/hook/")) == 3 and len(rx.at("/env/")) == 3, "failed, retried"
    assert "failed" in logs.lower() or "retry" in logs, "the failures were logged (redacted)"
    assert "***" in logs
    assert TOKEN not in logs and SECRET not in logs
    for out in outputs:
        assert TOKEN not in out and SECRET not in out
    assert "HTTP 503: unknown key *** for /***" in outputs[1] and "error=500" in outputs[1]  # the stored errors
    for path in tmp_path.iterdir():
        if path.name.startswith("a.db"):
            data = path.read_bytes()
            assert TOKEN.encode() not in data and SECRET.encode() not in data, path.name
    assert TOKEN in secrets.read_text() and stat.S_IMODE(secrets.stat().st_mode) == 0o600


async def test_datasette_shows_no_credential(tmp_path: Path) -> None:
    pytest.importorskip("datasette")
    from datasette.app import Datasette

    db, secrets = tmp_path / "a.db", tmp_path / "secrets.json"
    result = CliRunner().invoke(cli, ["--db", str(db), "notify", "add", f"https://hooks.example.com/{TOKEN}",
                                      "--watch", WATCH], env={"STORYWATCH_SECRETS": str(secrets)})
    assert result.exit_code == 0, result.output
    ds = Datasette([str(db)])
    for table in ("channels", "subscribers", "subscriptions", "alerts"):
        response = await ds.client.get(f"/a/{table}.json?_shape=array")
        assert response.status_code == 200 and TOKEN not in response.text, table
    response = await ds.client.get("/a/channels.json?_shape=array")
    assert response.json()[0]["label"] == "https://hooks.example.com/***"


def test_a_secrets_file_others_can_read_is_refused(tmp_path: Path) -> None:
    secrets = tmp_path / "secrets.json"
    secrets.write_text('{"channels": {}}')
    secrets.chmod(0o644)
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "a.db"), "deliver", "--once"],
                                env={"STORYWATCH_SECRETS": str(secrets)})
    assert result.exit_code == 2 and "chmod 600" in result.output  # a configuration error (README's exit codes)
