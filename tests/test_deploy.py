"""The deploy files say what docs/deploy.md says: a valid example configuration, a hardened systemd unit (and
its timer), a compose file whose Datasette reads the service's volume on 127.0.0.1 only, a Dockerfile whose
install step is deploy/install.sh (tests/test_install.py runs it). The image is built only where a container
engine answers."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from monitor.service.config import load_config

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parent.parent


def test_the_example_configuration_is_valid() -> None:
    config = load_config(REPO / "deploy" / "storywatch.toml", {})
    assert [(c.name, c.cron) for c in config.crawls()] == [("news_sitemap", "*/30 * * * *"),
                                                           ("revisit", "*/10 * * * *")]
    assert config.fetch_text


@pytest.mark.parametrize("unit", ["storywatch.service", "storywatch-poll.service"])
def test_systemd_units_are_hardened(unit: str) -> None:
    text = (REPO / "deploy" / unit).read_text(encoding="utf-8")
    settings = dict(line.split("=", 1) for line in text.splitlines() if "=" in line and not line.startswith("#"))
    assert settings["NoNewPrivileges"] == "yes" and settings["ProtectSystem"] == "strict"
    (db,) = [line.split("=", 2)[2] for line in text.splitlines() if line.startswith("Environment=STORYWATCH_DB=")]
    db_folder = str(Path(db).parent)
    assert settings["ReadWritePaths"] == db_folder == settings["WorkingDirectory"]
    assert (REPO / "deploy" / "storywatch-poll.timer").read_text(encoding="utf-8").count("OnCalendar=") == 1


def test_compose_runs_the_service_and_a_read_only_datasette_on_loopback() -> None:
    text = (REPO / "compose.yaml").read_text(encoding="utf-8")
    assert '"127.0.0.1:8001:8001"' in text and text.count("- data:/data") == 2
    assert '"serve"' in text  # `storywatch serve`: the archive opened read-only (monitor/cli/archive.py)
    docker = (REPO / "Dockerfile").read_text(encoding="utf-8")
    assert "storywatch-install /opt/storywatch /wheels/storywatch-*.whl" in docker
    assert "COPY deploy/install.sh /usr/local/bin/storywatch-install" in docker
    assert 'CMD ["storywatch", "run"]' in docker


def _engine() -> bool:
    if shutil.which("docker") is None:
        return False
    return subprocess.run(["docker", "info"], capture_output=True, timeout=30).returncode == 0


@pytest.mark.skipif(not _engine(), reason="no container engine here (`docker info` fails): tests/test_install.py "
                                          "runs the Dockerfile's install step in a venv instead")
def test_the_image_builds_and_runs_the_check() -> None:
    subprocess.run(["docker", "build", "-t", "storywatch-test", str(REPO)], check=True, timeout=1200)
    done = subprocess.run(["docker", "run", "--rm", "--network", "none", "storywatch-test", "storywatch", "run",
                           "--check"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and "built-in defaults: ok" in done.stdout
