"""The exit codes README's table promises, for cron: 0 ok, 1 some sources or pages failed (all of them, or any
with --strict), 2 usage, 3 environment or archive error; every crawl ends with one summary line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from monitor.cli.main import cli
from tests.support.crawling import offline_env
from tests.support.loopback import LoopbackServer, Route
from tests.support.pages import PARAGRAPHS, article_html
from tests.support.story import binance_feed, write_seed

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parents[2]


def test_poll_exit_codes(server: LoopbackServer, tmp_path: Path) -> None:
    good = server.route("/good.xml", Route(binance_feed()))
    broken = server.url("/missing.xml")  # 404
    seeds = write_seed(tmp_path / "seeds", [good, broken])
    args = ["--db", str(tmp_path / "a.db"), "--seeds", str(seeds), "poll", "--all"]
    partial = CliRunner().invoke(cli, args)
    assert partial.exit_code == 0, partial.output
    assert "1 failed" in partial.output
    strict = CliRunner().invoke(cli, [*args, "--strict"])
    assert strict.exit_code == 1 and "1 of 2 sources failed" in strict.output
    only_broken = write_seed(tmp_path / "seeds2", [broken])
    failed = CliRunner().invoke(cli, ["--db", str(tmp_path / "b.db"), "--seeds", str(only_broken), "poll"])
    assert failed.exit_code == 1 and "1 of 1 sources failed" in failed.output
    usage = CliRunner().invoke(cli, [*args, "--concurrency", "many"])
    assert usage.exit_code == 2


def _crawl(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    seeds = write_seed(tmp_path / "seeds", [])
    return subprocess.run([sys.executable, "-m", "monitor", "--db", str(tmp_path / "a.db"), "--seeds", str(seeds),
                           *args], cwd=REPO, env=offline_env(), capture_output=True, text=True, timeout=120)


def test_crawl_summary_lines_and_exit_codes(server: LoopbackServer, tmp_path: Path) -> None:
    page = server.route("/story.html", Route(article_html(PARAGRAPHS), content_type="text/html"))
    gone = server.url("/gone.html")
    fast = ("-s", "DOWNLOAD_DELAY=0", "-s", "RETRY_TIMES=0")
    mixed = _crawl(tmp_path, "crawl", "article", "-a", f"urls={page},{gone}", *fast)
    assert mixed.returncode == 0, mixed.stdout + mixed.stderr
    (line,) = [x for x in mixed.stdout.splitlines() if x.startswith("crawl article:")]
    assert "2 pages fetched, 1 stored (1 new, 0 new versions)" in line and "refused: http_404 1" in line
    assert "INFO" not in mixed.stderr and "[scrapy" not in mixed.stderr  # Scrapy's log is in the file
    log = Path(f"{tmp_path / 'a.db'}.crawl-article.log").read_text(encoding="utf-8")
    assert "Spider closed" in log
    strict = _crawl(tmp_path, "--strict", "crawl", "article", "-a", f"urls={gone}", *fast)
    assert strict.returncode == 1 and "1 pages failed" in strict.stderr
    refused = _crawl(tmp_path, "crawl", "article", "-a", "urls=http://127.0.0.1:9/nothing-listens", *fast)
    assert refused.returncode == 1 and "refused: unreachable 1" in refused.stdout
    assert "Traceback" not in refused.stderr
    nothing = _crawl(tmp_path, "crawl", "article", *fast)
    assert nothing.returncode == 0 and "crawl article: nothing to fetch" in nothing.stdout
    assert "-a urls=" in nothing.stdout
    verbose = _crawl(tmp_path, "crawl", "article", "-v", "-a", f"urls={page}", *fast)
    assert verbose.returncode == 0 and "Spider closed" in verbose.stderr
    status = _crawl(tmp_path, "status")
    runs = [x for x in status.stdout.splitlines() if x.startswith("run ")]
    assert runs and all(len(x) < 300 for x in runs), runs
    assert any("crawl" in x and "refused: unreachable 1" in x for x in runs)
