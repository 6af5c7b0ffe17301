"""Bad input never crashes a crawl: each bad page is dropped or retried with its reason in the run's stats,
while the poller writes the same archive at the same time."""

from __future__ import annotations

import json
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from monitor.archive.articles import upsert_article
from monitor.archive.db import Archive
from monitor.models import ArticleFields
from tests.support.crawling import REPO, offline_env, scrapy_command, write_watch
from tests.support.loopback import LoopbackServer, Route
from tests.support.pages import PARAGRAPHS, article_html

pytestmark = pytest.mark.integration

HTML = "text/html; charset=utf-8"


def test_bad_pages_are_dropped_with_reasons(server: LoopbackServer, corpus: Path, tmp_path: Path) -> None:
    good = article_html(PARAGRAPHS)
    broken = good.replace(b"Vilnius", b"Viln\xff\xfeius").replace(b"VILNIUS", b"VILN\xc3IUS")
    urls = [
        server.route("/big", Route(good + b"<!--" + b"x" * 300_000 + b"-->", content_type=HTML)),
        server.route("/report.pdf", Route(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj", content_type="application/pdf")),
        server.route("/broken-encoding", Route(broken, content_type=HTML)),
        server.route("/ap", Route((corpus / "pages" / "newspaper4k-ap_meta_refresh.html").read_bytes(),
                                  content_type=HTML)),
        server.route("/loop", Route(b"", status=302, content_type=HTML, headers={"Location": "/loop"})),
        server.route("/loop-a", Route(b"", status=301, content_type=HTML, headers={"Location": "/loop-b"})),
        server.route("/forbidden", Route(b"no", status=403, content_type="text/plain")),
        server.route("/busy", Route(b"slow down", status=429, content_type="text/plain",
                                    headers={"Retry-After": "1"})),
        server.route("/down", Route(b"maintenance", status=503, content_type="text/plain",
                                    headers={"Retry-After": "3600"})),
        server.route("/no-text", Route(b"<html><head><title>x</title></head><body><nav>Home</nav></body></html>",
                                       content_type=HTML)),
    ]
    server.route("/loop-b", Route(b"", status=302, content_type=HTML, headers={"Location": "/loop-a"}))
    db, seeds = tmp_path / "a.db", write_watch(tmp_path / "seeds")
    Archive(db).close()
    crawl = subprocess.Popen(
        scrapy_command("crawl", "article", "-a", "urls=" + ",".join(urls), db=db, seeds=seeds,
                       settings=("DOWNLOAD_MAXSIZE=100000", "STORYWATCH_CONTACT=https://newsroom.example/bots")),
        cwd=REPO, env=offline_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    # The poller's writes, meanwhile, on their own connection: neither side may see "database is locked".
    written = 0
    with Archive(db) as archive:
        start = datetime(2022, 4, 22, tzinfo=UTC)
        while crawl.poll() is None and written < 400:
            upsert_article(archive, ArticleFields(url=f"https://feed.example/{written}", link="x",
                                                 title=f"Item {written}"), start + timedelta(seconds=written))
            written += 1
    _, stderr = crawl.communicate(timeout=120)
    assert written > 10, "the two processes wrote at the same time"
    assert crawl.returncode == 0, stderr[-3000:]
    assert "database is locked" not in stderr and "Traceback" not in stderr, stderr[-3000:]
    with Archive(db) as archive:
        run = archive.one("SELECT * FROM runs")
        stored = {r["link"] for r in archive.all("SELECT link FROM articles WHERE link LIKE 'http://127.0.0.1%'")}
        assert archive.one("SELECT count(*) AS n FROM articles WHERE url LIKE 'https://feed.example/%'") == {
            "n": written}
    assert stored == {server.url("/broken-encoding"), server.url("/ap")}
    assert run is not None and run["status"] == "partial"
    stats = json.loads(run["stats"])
    prefix = "storywatch/dropped/"
    dropped = {k.removeprefix(prefix): v for k, v in stats.items() if k.startswith(prefix)}
    assert dropped == {"too_large": 1, "not_html": 1, "redirect_loop": 2, "http_403": 1, "http_429": 1,
                       "http_503": 1, "no_text": 1}
    assert stats["storywatch/retry_after/waited"] == 1 and stats["storywatch/retry_after/gave_up"] == 2
    assert "log_count/ERROR" not in stats
    for reason in dropped:
        assert reason in run["error"]
    agents = {headers.get("User-Agent", "") for _, headers in server.requests}
    assert len(agents) == 1 and "+https://newsroom.example/bots" in agents.pop()
    hits = [path for path, _ in server.requests]
    assert hits.count("/busy") == 2 and hits.count("/down") == 1, "429 retried once after 1 s; 503 for 1 h not"
