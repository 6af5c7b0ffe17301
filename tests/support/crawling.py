"""Run the real spiders in a subprocess (as `storywatch crawl` does), offline: only loopback is reachable."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
FAST = ("DOWNLOAD_DELAY=0", "AUTOTHROTTLE_ENABLED=0", "CONCURRENT_REQUESTS_PER_DOMAIN=8", "LOG_LEVEL=INFO",
        "RETRY_TIMES=1", "STORYWATCH_RETRY_AFTER_MAX=2", "DOWNLOAD_TIMEOUT=10")


def offline_env() -> dict[str, str]:
    """This checkout's code first; any request off loopback goes to a dead proxy and fails at once."""
    env = {k: v for k, v in os.environ.items() if k.lower() not in ("http_proxy", "https_proxy", "no_proxy")}
    env.update(PYTHONPATH=str(REPO), http_proxy="http://127.0.0.1:9", https_proxy="http://127.0.0.1:9",
               no_proxy="127.0.0.1,localhost")
    env.pop("TELEGRAM_BOT_TOKEN", None)
    return env


def scrapy_command(*args: str, db: Path, seeds: Path, settings: tuple[str, ...] = ()) -> list[str]:
    command = [sys.executable, "-m", "scrapy", *args, "-s", f"STORYWATCH_DB={db}", "-s", f"STORYWATCH_SEEDS={seeds}"]
    for setting in (*FAST, *settings):
        command += ["-s", setting]
    return command


def run_scrapy(*args: str, db: Path, seeds: Path, settings: tuple[str, ...] = ()) -> subprocess.CompletedProcess[str]:
    return subprocess.run(scrapy_command(*args, db=db, seeds=seeds, settings=settings), cwd=REPO,
                          env=offline_env(), capture_output=True, text=True, timeout=120, check=False)


def write_watch(folder: Path, *, origin: str = "", any_of: str = '"russia"', all_of: str = '[["binance"]]',
                sources: str = "", sites: str = "") -> Path:
    """A seeds folder with one watch (and a sites file when given)."""
    folder.mkdir(parents=True, exist_ok=True)
    origins = (f'[[origins]]\nrole = "report"\noutlet = "Reuters"\nurl = "{origin}"\n'
               'title = "Special Report: How crypto giant Binance built ties to a Russian FSB-linked agency"\n'
               if origin else "")
    (folder / "story.toml").write_text(
        f'title = "A story on loopback"\n[query]\nall_of = {all_of}\nany_of = [{any_of}]\n{origins}{sources}',
        encoding="utf-8")
    if sites:
        (folder / "sites").mkdir(exist_ok=True)
        (folder / "sites" / "sites.toml").write_text(sites, encoding="utf-8")
    return folder
