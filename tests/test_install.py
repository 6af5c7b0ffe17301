"""Every install works, not only `pip install -e .`: the wheel holds every data file, and installed in a fresh
venv outside the checkout (by deploy/install.sh, the Dockerfile's install step) it runs the demo and a real
crawl. Offline: the venv sees this machine's packages (--system-site-packages) and pip installs only the wheel
(--no-deps --no-index). `.ci/run` does the same with a clean venv and the package registry."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.loopback import LoopbackServer, Route
from tests.support.pages import PARAGRAPHS, article_html

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parent.parent
PACKAGES = ("monitor", "bot", "spiders")
SKIP = shutil.ignore_patterns(".git", "__pycache__", "build", "dist", "*.egg-info", "*.db", "*.db-*", ".venv",
                              ".pytest_cache", ".mypy_cache", ".ruff_cache", ".hypothesis", "tests", "bench")


def _clean_env() -> dict[str, str]:
    """No PYTHONPATH, no archive or token from the developer: what a new operator's shell has."""
    drop = ("PYTHONPATH", "STORYWATCH_DB", "STORYWATCH_SEEDS", "TELEGRAM_BOT_TOKEN", "SCRAPY_SETTINGS_MODULE",
            "http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY")
    return {k: v for k, v in os.environ.items() if k not in drop} | {"no_proxy": "127.0.0.1,localhost"}


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("wheel")
    source = work / "src"
    shutil.copytree(REPO, source, ignore=SKIP)
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--disable-pip-version-check", "--no-deps",
                    "--no-build-isolation", "-w", str(work / "dist"), str(source)], check=True, timeout=300,
                   capture_output=True)
    (built,) = (work / "dist").glob("storywatch-*.whl")
    return built


def _data_files() -> set[str]:
    """Every file of the packages that is not Python source: what only package data brings along (following
    links: monitor/shipped/seeds is the top-level seeds/ folder)."""
    found = set()
    for package in PACKAGES:
        for folder, dirs, files in os.walk(REPO / package, followlinks=True):
            dirs[:] = [d for d in dirs if d != "__pycache__"]
            for name in files:
                if not name.endswith((".py", ".pyc")):
                    found.add((Path(folder) / name).relative_to(REPO).as_posix())
    return found


def test_the_wheel_holds_every_data_file(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = _data_files()
    assert {"monitor/shipped/seeds/binance-russia-data.toml", "monitor/shipped/seeds/sites/outlets.toml",
            "monitor/demo/story.toml", "monitor/shipped/watch-template.toml"} <= expected
    assert {p.relative_to(REPO).as_posix() for p in (REPO / "monitor" / "detect").glob("*.json")} <= expected
    assert expected <= names, f"missing from the wheel: {sorted(expected - names)}"
    sources = {p.relative_to(REPO).as_posix() for package in PACKAGES for p in (REPO / package).rglob("*.py")
               if "__pycache__" not in p.parts}
    assert sources <= names, f"modules missing from the wheel: {sorted(sources - names)}"


@pytest.fixture(scope="module")
def venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("venv") / "storywatch"
    env = _clean_env() | {"STORYWATCH_VENV_ARGS": "--system-site-packages",
                          "STORYWATCH_PIP_ARGS": "--no-deps --no-index"}
    done = subprocess.run(["sh", str(REPO / "deploy" / "install.sh"), str(target), str(wheel)], env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "storywatch, version" in done.stdout
    return target


@pytest.fixture
def elsewhere(tmp_path: Path) -> Iterator[Path]:
    """A working directory with nothing of the checkout in it."""
    folder = tmp_path / "operator"
    folder.mkdir()
    yield folder


def _run(venv: Path, cwd: Path, *args: str, timeout: float = 180) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(venv / "bin" / "storywatch"), *args], cwd=cwd, env=_clean_env(),
                          capture_output=True, text=True, timeout=timeout)


def test_the_installed_code_is_the_wheel_not_the_checkout(venv: Path, elsewhere: Path) -> None:
    code = "import monitor, spiders, bot; print(monitor.__file__, spiders.__file__, bot.__file__)"
    done = subprocess.run([str(venv / "bin" / "python"), "-c", code], cwd=elsewhere, env=_clean_env(),
                          capture_output=True, text=True, check=True)
    assert all(path.startswith(str(venv)) for path in done.stdout.split()), done.stdout


def test_the_installed_demo_runs_outside_the_checkout(venv: Path, elsewhere: Path) -> None:
    done = _run(venv, elsewhere, "demo", "--pace", "0")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "[CORRECTION]" in done.stdout and "crawl news_sitemap:" in done.stdout
    assert "exited with status" not in done.stdout + done.stderr
    assert (elsewhere / "storywatch-demo.db").is_file()


def test_an_installed_crawl_fetches_a_page_and_watches_are_listed(venv: Path, elsewhere: Path,
                                                                  server: LoopbackServer) -> None:
    url = server.route("/reuters/binance.html", Route(article_html(PARAGRAPHS), content_type="text/html"))
    listed = _run(venv, elsewhere, "watches")
    assert listed.returncode == 0 and listed.stdout.startswith("binance-russia-data:")
    assert _run(venv, elsewhere, "init").returncode == 0
    done = _run(venv, elsewhere, "crawl", "article", "-a", f"urls={url}", "-s", "DOWNLOAD_DELAY=0")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "crawl article: 1 pages fetched, 1 stored (1 new" in done.stdout
    assert (elsewhere / "storywatch.db.crawl-article.log").is_file()
    copied = _run(venv, elsewhere, "init", "--copy-seeds")
    assert copied.returncode == 0 and (elsewhere / "seeds" / "binance-russia-data.toml").is_file()
    assert (elsewhere / "seeds" / "sites" / "outlets.toml").is_file()
    assert "from seeds" in copied.stdout
    assert _run(venv, elsewhere, "init", "--copy-seeds").returncode == 2  # never over the operator's edits
