"""The spiders end to end: real `scrapy crawl` subprocesses against real pages served on loopback."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from monitor.archive.db import Archive
from monitor.cli.main import cli
from tests.support.crawling import REPO, offline_env, run_scrapy, write_watch
from tests.support.loopback import LoopbackServer, Route
from tests.support.pages import EDITED, NOTE, PARAGRAPHS, article_html

pytestmark = pytest.mark.integration

HTML = "text/html; charset=utf-8"


def _serve_corpus_pages(server: LoopbackServer, corpus: Path) -> dict[str, Path]:
    served = {}
    for path in sorted((corpus / "pages").glob("readability-*/source.html")):
        served[server.route(f"/{path.parent.name}", Route(path.read_bytes(), content_type=HTML))] = path.parent
    for path in sorted((corpus / "pages").glob("newspaper4k-*.html")):
        served[server.route(f"/{path.stem}", Route(path.read_bytes(), content_type=HTML))] = path
    return served


def test_article_spider_extracts_the_corpus_pages(server: LoopbackServer, corpus: Path, tmp_path: Path) -> None:
    served = _serve_corpus_pages(server, corpus)
    db, seeds = tmp_path / "a.db", write_watch(tmp_path / "seeds")
    done = run_scrapy("crawl", "article", "-a", "urls=" + ",".join(served), db=db, seeds=seeds)
    assert done.returncode == 0, done.stderr[-3000:]
    with Archive(db) as archive:
        rows = {r["link"]: r for r in archive.all("SELECT * FROM articles")}
        run = archive.one("SELECT * FROM runs WHERE kind = 'crawl'")
    assert set(rows) == set(served), "every page stored"
    for link, where in served.items():
        meta = where / "expected-metadata.json"
        if not meta.exists():
            continue
        expected = json.loads(meta.read_text(encoding="utf-8"))
        assert rows[link]["title"] == expected["title"]
        if expected.get("publishedTime"):
            want = datetime.fromisoformat(expected["publishedTime"].replace("Z", "+00:00"))
            want = (want if want.tzinfo else want.replace(tzinfo=UTC)).replace(microsecond=0)
            assert datetime.fromisoformat(rows[link]["published"]) == want
    cnn = rows[server.url("/newspaper4k-cnn_002-updated-notice")]
    assert json.loads(cnn["notes"]) == ["This story has been updated with additional developments."]
    assert rows[server.url("/newspaper4k-ap_meta_refresh")]["body"], "a self-refreshing page is not a redirect"
    assert run is not None and run["status"] == "ok", run
    stats = json.loads(run["stats"])
    assert stats["spider"] == "article" and stats["storywatch/stored/new"] == len(served)


def _cli(*args: str, db: Path, seeds: Path) -> str:
    result = CliRunner().invoke(cli, ["--db", str(db), "--seeds", str(seeds), *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def test_revisit_catches_a_silent_correction(server: LoopbackServer, tmp_path: Path, monkeypatch) -> None:
    for key, value in offline_env().items():
        monkeypatch.setenv(key, value)
    link = server.route("/story", Route(article_html(PARAGRAPHS), content_type=HTML))
    db, seeds = tmp_path / "a.db", write_watch(tmp_path / "seeds", origin=link)
    _cli("init", db=db, seeds=seeds)
    fast = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=0"]

    # First visit: the origin article is fetched, stored, matched and tracked.
    _cli("crawl", "revisit", *fast, "-s", "STORYWATCH_NOW=2022-04-22T12:00:00+00:00", db=db, seeds=seeds)
    with Archive(db) as archive:
        assert archive.one("SELECT count(*) AS n FROM article_versions")["n"] == 1  # type: ignore[index]
        visit = archive.one("SELECT * FROM revisits")
        assert visit is not None and visit["next_visit"] == "2022-04-22T12:15:00+00:00" and visit["etag"]

    # Reuters edits paragraph 2 and adds a correction note: one new version, its diff, one alert.
    server.route("/story", Route(article_html([PARAGRAPHS[0], EDITED, *PARAGRAPHS[2:]], note=NOTE), content_type=HTML))
    out = _cli("crawl", "revisit", *fast, "-s", "STORYWATCH_NOW=2022-04-22T13:00:00+00:00", db=db, seeds=seeds)
    assert out.count("[CORRECTION]") == 1 and NOTE in out
    conditional = [h for path, h in server.requests if path == "/story"][-1]
    assert conditional.get("If-None-Match") == visit["etag"], "the re-visit is a conditional request"
    with Archive(db) as archive:
        versions = archive.all("SELECT diff FROM article_versions ORDER BY id")
        event = archive.one("SELECT id, kind, evidence FROM events WHERE kind = 'correction'")
        kinds = [r["kind"] for r in archive.all("SELECT kind FROM events ORDER BY id")]
        alerts = archive.all("SELECT status FROM alerts WHERE event_id = ?", (event["id"],)) if event else []
    assert len(versions) == 2
    diff = json.loads(versions[1]["diff"])
    assert diff["changed"] == [{"before": PARAGRAPHS[1], "after": EDITED}] and diff["notes_added"] == [NOTE]
    assert event is not None and event["kind"] == "correction" and NOTE in event["evidence"]
    assert alerts == [{"status": "sent"}]
    assert kinds == ["denial", "correction"], "the report's own denial paragraph, then the correction"

    # Not modified (304), then served again in full but unchanged: no version, no alert.
    _cli("crawl", "revisit", *fast, "-s", "STORYWATCH_NOW=2022-04-22T14:00:00+00:00", db=db, seeds=seeds)
    server.route("/story", Route(article_html([PARAGRAPHS[0], EDITED, *PARAGRAPHS[2:]], note=NOTE),
                                 content_type=HTML, conditional=False))
    out = _cli("crawl", "revisit", *fast, "-s", "STORYWATCH_NOW=2022-04-23T14:00:00+00:00", db=db, seeds=seeds)
    assert "[CORRECTION]" not in out
    with Archive(db) as archive:
        assert archive.one("SELECT count(*) AS n FROM article_versions")["n"] == 2  # type: ignore[index]
        visit = archive.one("SELECT * FROM revisits")
        runs = archive.all("SELECT status, stats FROM runs ORDER BY id")
    assert visit is not None and visit["visits"] == 4 and visit["changes"] == 1 and visit["last_status"] == 200
    stats = [json.loads(r["stats"]) for r in runs]
    assert stats[2].get("storywatch/visit/not_modified") == 1
    assert stats[3].get("storywatch/stored/unchanged") == 1
    assert [r["status"] for r in runs] == ["ok"] * 4


def test_news_sitemap_follows_only_recent_matching_entries(server: LoopbackServer, corpus: Path,
                                                          tmp_path: Path) -> None:
    original = (corpus / "sitemaps" / "shinpaideshou-news-sitemap.xml").read_text(encoding="utf-8")
    # The loopback site mirrors the blog: its absolute URLs point at the mirror.
    mirrored = original.replace("https://shinpaideshou.wordpress.com", server.base).encode()
    server.route("/news.xml.gz", Route(gzip.compress(mirrored), content_type="application/x-gzip"))
    index = ('<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
             f"<sitemap><loc>{server.url('/news.xml.gz')}</loc><lastmod>2017-04-25T10:00:00Z</lastmod></sitemap>"
             f"<sitemap><loc>{server.url('/2009.xml')}</loc><lastmod>2009-01-01T00:00:00Z</lastmod></sitemap>"
             "</sitemapindex>")
    index_url = server.route("/index.xml", Route(index.encode(), content_type="application/xml"))
    leeds = "/2017/04/24/job-opening-lecturer-in-japanese-studies-university-of-leeds/"
    page = article_html(["The University of Leeds seeks a lecturer in Japanese Studies to teach modern history. " * 3],
                        title="Job Opening: Lecturer in Japanese Studies, University of Leeds")
    server.route(leeds, Route(page, content_type=HTML))
    sources = f'[[sources]]\nname = "mirror"\ntype = "sitemap"\nurl = "{index_url}"\n'
    seeds = write_watch(tmp_path / "seeds", all_of='[["leeds"]]', any_of='"lecturer"', sources=sources)
    done = run_scrapy("crawl", "news_sitemap", db=tmp_path / "a.db", seeds=seeds,
                      settings=("STORYWATCH_NOW=2017-04-26T00:00:00+00:00",))
    assert done.returncode == 0, done.stderr[-3000:]
    assert "/robots.txt" in [path for path, _ in server.requests], "robots.txt is obeyed"
    fetched = [path for path, _ in server.requests if not path.endswith("robots.txt")]
    assert fetched == ["/index.xml", "/news.xml.gz", leeds], "only the recent matching entry, not the old sitemap"
    with Archive(tmp_path / "a.db") as archive:
        row = archive.one("SELECT a.title, m.watch FROM articles a JOIN matches m ON m.article_id = a.id")
        stats = json.loads(archive.one("SELECT stats FROM runs")["stats"])  # type: ignore[index]
    assert row == {"title": "Job Opening: Lecturer in Japanese Studies, University of Leeds", "watch": "story"}
    assert stats["storywatch/sitemap/entries"] == 3 and stats["storywatch/sitemap/followed"] == 1
    assert stats["storywatch/sitemap/skipped_unrelated"] == 2 and stats["storywatch/sitemap/children_old"] == 1


def test_scrapy_list_from_the_repository_root() -> None:
    listed = subprocess.run([sys.executable, "-m", "scrapy", "list"], cwd=REPO, env=offline_env(), capture_output=True,
                            text=True, timeout=60, check=False)
    assert listed.stdout.split() == ["article", "news_sitemap", "revisit"], listed.stderr[-2000:]


def test_scrapy_check_from_the_repository_root(corpus: Path, tmp_path: Path) -> None:
    # the spiders' contracts read their pages from the shared corpus (spiders/contracts.py): skipped where it is absent
    checked = run_scrapy("check", db=tmp_path / "a.db", seeds=REPO / "seeds")
    assert checked.returncode == 0, checked.stderr[-3000:]
    assert "OK" in checked.stderr and "Ran " in checked.stderr


def test_article_spider_without_urls_fetches_the_watches_page_sources(server: LoopbackServer,
                                                                      tmp_path: Path) -> None:
    link = server.route("/statement", Route(article_html(PARAGRAPHS), content_type=HTML))
    sources = f'[[sources]]\nname = "statement"\ntype = "page"\nurl = "{link}"\n'
    seeds = write_watch(tmp_path / "seeds", sources=sources)
    done = run_scrapy("crawl", "article", db=tmp_path / "a.db", seeds=seeds)
    assert done.returncode == 0, done.stderr[-3000:]
    with Archive(tmp_path / "a.db") as archive:
        row = archive.one("SELECT a.link, a.outlet, m.watch FROM articles a JOIN matches m ON m.article_id = a.id")
    assert row == {"link": link, "outlet": "Reuters", "watch": "story"}
