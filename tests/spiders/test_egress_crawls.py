"""The egress policy in every spider: a hostile publisher's item links, redirects, meta refreshes and news sitemap
entries point into an "intranet" on 127.0.0.2 (in every spelling of the address) and at file: and data: URLs;
`crawl revisit`, `crawl article` and `crawl news_sitemap` fetch none of it, and the secret goes nowhere."""

from __future__ import annotations

import json
import sqlite3
import subprocess
from pathlib import Path

import pytest

from monitor.archive.db import Archive
from monitor.archive.search import search_articles
from monitor.clock import utcnow
from monitor.collect.fetch import make_fetcher
from monitor.collect.poll import poll
from monitor.seeds import load_watches
from tests.support.crawling import REPO, offline_env, scrapy_command, write_watch
from tests.support.publisher import FOREIGN_SCHEMES, SECRET, HostilePublisher, SecretServer

pytestmark = pytest.mark.integration


def crawl(*args: str, db: Path, seeds: Path, allow: str = "127.0.0.1/32",
          settings: tuple[str, ...] = ()) -> subprocess.CompletedProcess[str]:
    """A real crawl with no proxy in the way: without the policy, its requests would reach 127.0.0.2."""
    env = {k: v for k, v in offline_env().items() if "proxy" not in k.lower()}
    env["STORYWATCH_ALLOW_NETWORKS"] = allow
    done = subprocess.run(scrapy_command("crawl", *args, db=db, seeds=seeds, settings=settings), cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    return done


def last_run(db: Path) -> dict:
    with Archive(db) as archive:
        run = archive.one("SELECT * FROM runs WHERE kind = 'crawl' ORDER BY id DESC LIMIT 1")
    assert run is not None
    return {**run, "stats": json.loads(run["stats"])}


def no_secret_anywhere(db: Path) -> None:
    conn = sqlite3.connect(db)
    try:
        assert SECRET not in "\n".join(conn.iterdump())
    finally:
        conn.close()
    with Archive(db) as archive:
        assert search_articles(archive, SECRET) == [] and search_articles(archive, "intranet") == []


def polled(publisher: HostilePublisher, tmp_path: Path) -> tuple[Path, Path]:
    """The publisher's feed polled: its items stored and matched (the revisit spider's first visits)."""
    seeds = write_watch(tmp_path / "seeds", sources=f'[[sources]]\nname = "h"\nurl = "{publisher.url("/feed.xml")}"\n')
    db = tmp_path / "a.db"
    with Archive(db) as archive:
        poll(archive, load_watches(seeds), lambda: make_fetcher(timeout=5), utcnow)
        matched = archive.scalar("SELECT count(*) FROM matches")
    assert matched == 8, "every http(s) item is matched coverage, to be fetched by the revisit crawl"
    return db, seeds


def test_revisit_fetches_no_intranet_link_and_records_why(intranet: tuple[HostilePublisher, SecretServer],
                                                          tmp_path: Path) -> None:
    publisher, secret = intranet
    db, seeds = polled(publisher, tmp_path)
    crawl("revisit", db=db, seeds=seeds)
    assert secret.requests == []
    assert sorted(p for p in publisher.requests if p != "/feed.xml") == ["/redirect", "/refresh", "/robots.txt"]
    with Archive(db) as archive:
        visits = {r["link"]: r for r in archive.all("SELECT * FROM revisits")}
    assert len(visits) == 8 and all(v["next_visit"] is None for v in visits.values()), "never visited again"
    port = secret.port
    assert visits[f"http://2130706434:{port}/item-decimal"]["last_error"] == "refused: 127.0.0.2 is a loopback address"
    assert visits[f"http://[::ffff:127.0.0.2]:{port}/item-mapped"]["last_error"] == (
        "refused: ::ffff:7f00:2 (127.0.0.2) is a loopback address")
    assert visits[publisher.url("/redirect")]["last_error"] == "refused: 127.0.0.2 is a loopback address"
    assert visits[publisher.url("/refresh")]["last_error"] == "refused: 127.0.0.2 is a loopback address"
    run = last_run(db)
    assert run["stats"]["storywatch/dropped/refused"] == 8 and run["stats"]["storywatch/visit/refused"] == 8
    assert "retry/count" not in run["stats"], "a refusal is not retried"
    no_secret_anywhere(db)
    crawl("revisit", db=db, seeds=seeds)  # the next crawl asks for none of them again
    assert last_run(db)["stats"].get("downloader/request_count", 0) == 0 and secret.requests == []


def test_the_operator_may_allow_the_intranet_to_a_crawl(intranet: tuple[HostilePublisher, SecretServer],
                                                        tmp_path: Path) -> None:
    """The control for the test above: allowed, the same crawl reaches the intranet (the harness can fail)."""
    publisher, secret = intranet
    db, seeds = polled(publisher, tmp_path)
    crawl("revisit", db=db, seeds=seeds, allow="127.0.0.1/32,127.0.0.2/32")
    assert "/redirected" in secret.requests and "/refreshed" in secret.requests


def test_article_and_news_sitemap_crawls_fetch_no_intranet_page(intranet: tuple[HostilePublisher, SecretServer],
                                                               tmp_path: Path) -> None:
    publisher, secret = intranet
    seeds = write_watch(tmp_path / "seeds")
    db = tmp_path / "a.db"
    listed = tmp_path / "urls.txt"  # a data: URL has a comma in it: one URL a line
    listed.write_text("\n".join(publisher.links()), encoding="utf-8")
    done = crawl("article", "-a", f"url_file={listed}", db=db, seeds=seeds)
    for url in FOREIGN_SCHEMES:
        assert f"dropped {url[:15]}" in done.stderr and "refused (refused: only http(s) URLs can be fetched" \
            in done.stderr
    article = last_run(db)
    assert article["stats"]["storywatch/dropped/refused"] == len(publisher.links())
    crawl("news_sitemap", "-a", f"urls={publisher.url('/sitemap.xml')}", db=db, seeds=seeds)
    sitemap = last_run(db)
    assert sitemap["stats"]["storywatch/sitemap/followed"] == len(publisher.links())
    assert sitemap["stats"]["storywatch/dropped/refused"] == len(publisher.links())
    assert secret.requests == []
    assert {"/sitemap.xml", "/redirect", "/refresh"} <= set(publisher.requests)
    with Archive(db) as archive:
        assert archive.scalar("SELECT count(*) FROM articles") == 0
    no_secret_anywhere(db)


def test_a_name_is_checked_once_resolved_in_a_crawl(tmp_path: Path) -> None:
    """`localhost` is a name: it passes the URL check and is refused by the resolver, at connect time."""
    internal = SecretServer("127.0.0.1")
    try:
        link = f"http://localhost:{internal.port}/page"
        done = crawl("article", "-a", f"urls={link}", db=tmp_path / "a.db", seeds=write_watch(tmp_path / "seeds"),
                     allow="")
    finally:
        internal.stop()
    assert internal.requests == []
    assert f"dropped {link}: refused (refused: 127.0.0.1 is a loopback address (localhost resolved to it))" \
        in done.stderr
    assert last_run(tmp_path / "a.db")["stats"]["storywatch/dropped/refused"] == 1


def test_the_resolver_refuses_at_connect_time_on_its_own(tmp_path: Path) -> None:
    """Without the middleware's early look (as when a name resolves elsewhere the second time), the resolver
    Twisted connects through still refuses: the page is not fetched."""
    internal = SecretServer("127.0.0.1")
    try:
        done = crawl("article", "-a", f"urls=http://localhost:{internal.port}/page", db=tmp_path / "a.db",
                     seeds=write_watch(tmp_path / "seeds"), allow="",
                     settings=('DOWNLOADER_MIDDLEWARES={"spiders.egress.EgressMiddleware": null}',))
    finally:
        internal.stop()
    assert internal.requests == []
    assert "refused: 127.0.0.1 is a loopback address (localhost resolved to it at connect time)" in done.stderr
    assert "DNS lookup failed: no results for hostname lookup: localhost" in done.stderr  # how Twisted reports it
