"""`storywatch serve`: the demo's archive in Datasette as a person sees it (each page's HTML: the views first,
the title column before the long ones, cells of at most 200 characters, human dates, facets, no internal or
private table), and the process: loopback unless --public, SIGTERM or Ctrl-C stop storywatch and Datasette
together and leave no temporary folder."""

from __future__ import annotations

import io
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from monitor.archive.datasette import PLUGINS_DIR, datasette_metadata, datasette_settings
from monitor.archive.db import Archive
from monitor.cli.main import cli
from monitor.clock import utcnow
from monitor.demo.replay import run_demo
from monitor.demo.story import load_story
from monitor.seeds import default_seeds_dir, load_watches

pytestmark = pytest.mark.integration

datasette_app = pytest.importorskip("datasette.app", reason="Datasette is in the test extra: pip install -e '.[test]'")
REPO = Path(__file__).resolve().parents[2]
WATCH = "binance-russia-data"


class Page(HTMLParser):
    """What a person sees of a Datasette page: the results table's header and cells (as text), the facets."""

    def __init__(self, html: str):
        super().__init__()
        self.header: list[str] = []
        self.rows: list[list[str]] = []
        self.facets: list[str] = []
        self._in: str | None = None
        self._text: list[str] = []
        self._table = False
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "table" and "rows-and-columns" in (found.get("class") or ""):
            self._table = True
        if tag == "div" and "facet-info" in (found.get("class") or "") and found.get("data-column"):
            self.facets.append(str(found["data-column"]))
        if self._table and tag == "tr" and self._in is None:
            self.rows.append([])
        if self._table and tag in ("th", "td"):
            self._in, self._text = tag, []

    def handle_data(self, data: str) -> None:
        if self._in:
            self._text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "table":
            self._table = False
        if self._in == tag:
            text = " ".join("".join(self._text).split())
            if tag == "th":
                self.header.append(text.split(" ")[0])
            else:
                self.rows[-1].append(text)
            self._in = None

    @property
    def cells(self) -> list[list[str]]:
        return [r for r in self.rows if r]


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("story")
    seeds = {w.name: w for w in load_watches(default_seeds_dir())}
    story = load_story(seed_text=lambda name: seeds[name].seed_text)
    run_demo(story, default_seeds_dir(), work / "story.db", work, io.StringIO(), clock=utcnow)
    return work / "story.db"


def datasette(db: Path, **options: Any) -> Any:
    with Archive(db) as opened:
        watches = [r["watch"] for r in opened.all("SELECT DISTINCT watch FROM matches")]
    return datasette_app.Datasette([str(db)], metadata=datasette_metadata(db.stem, watches=watches, **options),
                                   plugins_dir=str(PLUGINS_DIR), settings=datasette_settings())


async def get(ds: Any, path: str, status: int = 200) -> str:
    response = await ds.client.get(path)
    assert response.status_code == status, (path, response.text[:500])
    return str(response.text)


async def test_the_database_page_starts_with_the_views(archive: Path) -> None:
    ds = datasette(archive)
    html = await get(ds, "/story")
    start = html.index("Start with")
    assert start < html.index('id="tables"') < html.index('id="views"')
    for view in ("articles_view", "follow_ups_view", "timeline_view"):
        assert f'href="/story/{view}"' in html[start:html.index('id="tables"')]
    for internal in ("_sqlite_migrations", "articles_fts", "fts_deferred", "service_state", "runs", "subscribers",
                     "subscriptions"):
        assert f'href="/story/{internal}"' not in html, internal
    assert "select * from _sqlite_migrations" not in html and "hidden tables" in html
    every = await get(datasette(archive, internal=True), "/story")
    assert 'href="/story/runs"' in every and 'href="/story/_sqlite_migrations"' not in every


async def test_the_articles_view_reads_well(archive: Path) -> None:
    page = Page(await get(datasette(archive), "/story/articles_view?_size=100"))
    assert page.header[:5] == ["date", "outlet", "title", "link", "kinds"]
    assert page.header.index("title") < page.header.index("link")  # the title on screen, before long cells
    assert len(page.cells) == 7 and all(len(c) == len(page.header) for c in page.cells)
    assert all(len(cell) <= 200 for row in page.cells for cell in row)
    dates = [row[0] for row in page.cells]
    assert all(len(d) == 16 and d[10] == " " for d in dates) and dates == sorted(dates, reverse=True)
    kinds = {row[2].split(":")[0]: row[4] for row in page.cells}
    assert "correction" in [k for row in page.cells for k in row[4].split(", ")]
    assert all("[" not in k for k in kinds.values())  # lists read as words, not JSON
    assert {"outlet", "kinds", "watches"} <= set(page.facets)
    assert all(row[3].startswith("http://127.0.0.1:") and "utm_" not in row[3] for row in page.cells)


async def test_the_follow_ups_view_reads_well(archive: Path) -> None:
    ds = datasette(archive)
    page = Page(await get(ds, "/story/follow_ups_view"))
    assert page.header[:7] == ["date", "kind", "actor", "outlet", "title", "evidence", "link"]
    assert {"kind", "outlet", "watch"} <= set(page.facets)
    assert all(len(cell) <= 200 for row in page.cells for cell in row)
    assert not any(len(cell) == 64 for row in page.cells for cell in row)  # no hash
    corrections = Page(await get(ds, "/story/follow_ups_view?kind=correction"))
    assert [row[1] for row in corrections.cells] == ["correction"]


async def test_the_raw_tables_are_cut_and_dated_for_people(archive: Path) -> None:
    ds = datasette(archive)
    articles = Page(await get(ds, "/story/articles"))
    assert all(len(cell) <= 200 for row in articles.cells for cell in row)
    assert not any("T" in cell and cell.endswith("+00:00") for row in articles.cells for cell in row)
    versions = Page(await get(ds, "/story/article_versions?_size=100"))
    notes, diffs = versions.header.index("notes"), versions.header.index("diff")
    assert all(row[notes] != "[]" for row in versions.cells)
    assert any(row[diffs].startswith(("changed:", "added:")) for row in versions.cells)  # words, not JSON
    assert all(len(row[versions.header.index("content_hash")]) == 9 for row in versions.cells)  # 8 and "…"


async def test_a_storys_timeline_is_picked_from_a_list(archive: Path) -> None:
    ds = datasette(archive)
    query = await get(ds, "/story/story_timeline")
    assert f'href="/story/story_timeline?watch={WATCH}"' in query
    story = Page(await get(ds, f"/story/story_timeline?watch={WATCH}"))
    assert len(story.cells) == 7 and story.cells[0][1] == "Reuters" and "correction" in story.cells[0][4]
    view = Page(await get(ds, "/story/timeline_view"))
    assert "watch" in view.facets


async def test_the_subscribers_are_not_served_unless_asked(archive: Path) -> None:
    ds = datasette(archive)
    await get(ds, "/story/subscribers", status=403)
    rows = json.loads(await get(ds, "/story.json?sql=select+chat_id,+name+from+subscribers&_shape=array"))
    assert rows and all(r == {"chat_id": None, "name": None} for r in rows)
    joined = json.loads(await get(ds, "/story.json?sql=select+s.chat_id+from+alerts+a+join+subscribers+s+on+"
                                      "s.id+%3D+a.subscriber_id&_shape=array"))
    assert joined == []  # even a join: the ids read as NULL too
    private = datasette(archive, private=True)
    assert "console" in await get(private, "/story/subscribers")


def test_serve_prints_its_metadata(archive: Path) -> None:
    result = CliRunner().invoke(cli, ["--db", str(archive), "serve", "--print-metadata"])
    meta = json.loads(result.stdout)
    assert set(meta["databases"]["story"]["queries"]) == {"follow_ups_this_week", "corrections_by_outlet",
                                                          "story_timeline"}
    assert meta["plugins"]["storywatch_datasette"]["private_tables"] == ["subscribers", "subscriptions", "channels"]


@pytest.mark.parametrize("host", ["0.0.0.0", "192.0.2.7", "example.org"])
def test_serve_refuses_another_machines_address_without_public(archive: Path, host: str) -> None:
    result = CliRunner().invoke(cli, ["--db", str(archive), "serve", "--host", host])
    assert result.exit_code == 1 and "--public" in result.output


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads child processes from /proc")
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_stops_storywatch_and_datasette_and_cleans_up(archive: Path, tmp_path: Path, sig: int) -> None:
    port = _free_port()
    temp = tmp_path / "tmp"
    temp.mkdir()
    env = {**os.environ, "TMPDIR": str(temp), "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen([sys.executable, "-m", "monitor", "--db", str(archive), "serve", "--port", str(port)],
                            cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/story/articles_view.json", timeout=2) as r:
                    assert r.status == 200
                    break
            except OSError:
                assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
                assert time.monotonic() < deadline, "Datasette did not answer"
                time.sleep(0.2)
        children = _children(proc.pid)
        assert children and any(temp.glob("storywatch-serve-*"))
        proc.send_signal(sig)  # to storywatch alone (as `kill` does), not to its process group
        assert proc.wait(timeout=30) == 0, proc.stderr.read().decode() if proc.stderr else ""
        deadline = time.monotonic() + 10
        while any(_alive(c) for c in children) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not any(_alive(c) for c in children), "Datasette outlived storywatch"
        with pytest.raises(OSError):
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2)
        assert not list(temp.glob("storywatch-serve-*")), "the temporary folder was left behind"
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
