"""Headlines from a news-search feed, keyed by the search engine's links: the article crawl (with no URL: the
matched articles without their text) follows each to the publisher, by an HTTP redirect or by the landing
page's publisher URL, and re-keys the article there; a landing page naming no publisher keeps the search link."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from monitor.archive.db import Archive
from monitor.clock import utcnow
from monitor.collect.crawls import SPIDERS
from monitor.collect.ingest import ingest_article
from monitor.models import ArticleFields
from monitor.seeds import load_watches
from tests.support.crawling import offline_env, run_scrapy, write_watch
from tests.support.loopback import LoopbackServer, Route
from tests.support.pages import PARAGRAPHS, article_html

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parents[2]


def test_spider_names_are_the_ones_the_cli_and_config_know(tmp_path: Path) -> None:
    listed = run_scrapy("list", db=tmp_path / "a.db", seeds=write_watch(tmp_path / "seeds"))
    assert tuple(listed.stdout.split()) == SPIDERS


def test_search_links_are_followed_to_the_publisher_and_rekeyed(server: LoopbackServer, tmp_path: Path) -> None:
    html = "text/html; charset=utf-8"
    one = server.route("/reuters/one.html", Route(article_html(PARAGRAPHS), content_type=html))
    two = server.route("/reuters/two.html", Route(article_html(PARAGRAPHS[:2] + PARAGRAPHS[2:]), content_type=html))
    redirect = server.route("/rss/articles/AAA", Route(b"", status=302, headers={"Location": one}, conditional=False))
    landing = server.route("/rss/articles/BBB", Route(
        f'<html><body><a data-n-au="{two}">Reuters</a></body></html>'.encode(), content_type=html))
    opaque = server.route("/rss/articles/CCC", Route(b"<html><body>Enable JavaScript</body></html>",
                                                     content_type=html))
    seeds = write_watch(tmp_path / "seeds")
    db = tmp_path / "a.db"
    watches = load_watches(seeds)
    with Archive(db) as archive:
        for link in (redirect, landing, opaque):
            ingest_article(archive, watches, ArticleFields(url=link, link=link, title="Binance met Russia's agency",
                                                           outlet="Reuters"), utcnow())
    done = subprocess.run([sys.executable, "-m", "monitor", "--db", str(db), "--seeds", str(seeds), "crawl",
                           "article", "-s", "DOWNLOAD_DELAY=0"], cwd=REPO, env=offline_env(), capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "refused: unresolved_search_link 1" in done.stdout
    with Archive(db) as archive:
        got = {r["link"]: r for r in archive.all("SELECT id, url, link, body FROM articles ORDER BY id")}
    assert set(got) == {one, two, opaque}  # re-keyed: no second article for the publisher's page
    assert "Rosfinmonitoring" in got[one]["body"] and "Rosfinmonitoring" in got[two]["body"]
    assert got[opaque]["body"] == ""
