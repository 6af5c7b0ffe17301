"""`storywatch demo` end to end: a real loopback site, the real pipeline, a real archive, console alerts."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from monitor.archive.db import Archive
from monitor.demo.site import render_site
from monitor.demo.story import load_story, published_at
from monitor.errors import ConfigError

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parents[2]


def _env() -> dict[str, str]:
    """As an operator runs it: no token, no archive path, and no allow-list (the suite's own allows loopback for
    every test; the demo must allow its site by itself, in every stage)."""
    drop = ("TELEGRAM_BOT_TOKEN", "STORYWATCH_DB", "STORYWATCH_ALLOW_NETWORKS")
    env = {k: v for k, v in os.environ.items() if k not in drop}
    env["PYTHONPATH"] = str(REPO)
    return env


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    db = tmp_path_factory.mktemp("demo") / "demo.db"
    done = subprocess.run([sys.executable, "-m", "monitor", "demo", "--db", str(db), "--pace", "0"], cwd=REPO,
                          env=_env(), capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    return db, done.stdout


def test_demo_alerts_on_the_correction_with_its_evidence(demo_run: tuple[Path, str]) -> None:
    db, out = demo_run
    with Archive(db) as archive:
        alerts = archive.all(
            "SELECT l.status, e.kind, e.actor, e.evidence, a.outlet, a.title, a.url FROM alerts l"
            " JOIN events e ON e.id = l.event_id JOIN articles a ON a.id = e.article_id")
    corrections = [a for a in alerts if a["kind"] == "correction"]
    assert len(corrections) == 1
    alert = corrections[0]
    assert alert["status"] == "sent" and alert["outlet"] == "Reuters" and alert["actor"] == "Reuters"
    assert alert["evidence"].startswith("(Corrects paragraph 1")
    assert "[CORRECTION]" in out and alert["evidence"] in out
    # Delivered on the stage of the revision, not before.
    stage4 = out.split("\u2500\u2500 4/5", 1)[1].split("\u2500\u2500 5/5", 1)[0]
    assert "[CORRECTION]" in stage4 and "[CORRECTION]" not in out.split("\u2500\u2500 4/5", 1)[0]


def test_demo_does_not_alert_on_the_demand_or_the_market_correction(demo_run: tuple[Path, str]) -> None:
    db, out = demo_run
    with Archive(db) as archive:
        alerted = archive.all("SELECT e.kind, a.title, a.url FROM alerts l JOIN events e ON e.id = l.event_id"
                              " JOIN articles a ON a.id = e.article_id")
        market = archive.one("SELECT id FROM articles WHERE title LIKE 'Bitcoin slides into a market correction%'")
        seed = archive.one("SELECT id FROM articles WHERE title LIKE 'Did Binance leak user data%'")
        assert market is not None and seed is not None
        # Both are in the story (the matcher keeps them) and neither says anything that alerts.
        assert archive.one("SELECT count(*) AS n FROM matches WHERE article_id IN (?, ?)",
                           (market["id"], seed["id"]))["n"] == 2
        assert archive.one("SELECT count(*) AS n FROM events WHERE article_id = ? OR (article_id = ? AND kind ="
                           " 'apology')", (market["id"], seed["id"]))["n"] == 0
    assert not [a for a in alerted if a["kind"] == "apology"], "nobody in the story apologised"
    assert "[APOLOGY]" not in out
    # The blog (the seed post) reports Binance's denial, which CoinDesk reported first: that alert lists the blog,
    # the screen says so, and the blog is not counted among the coverage with nothing to alert on.
    assert "Crypto Tech Blog: in the story: terms: binance, federal security service, fsb, kostarev, navalny; already" \
           " known: denial (as CoinDesk reported first: listed on that alert)" in out
    assert "Also carried by: Crypto Tech Blog" in out
    quiet = out.split("nothing to alert on:", 1)[1].split("\n\n", 1)[0]
    assert "Crypto Markets Wire: Bitcoin slides" in quiet and "Crypto Tech Blog" not in quiet


def test_demo_alerts_once_and_leaves_a_usable_archive(demo_run: tuple[Path, str]) -> None:
    db, out = demo_run
    with Archive(db) as archive:
        keys = archive.all("SELECT e.article_id, e.kind, e.evidence, l.subscriber_id FROM alerts l"
                           " JOIN events e ON e.id = l.event_id")
        assert len(keys) == len({tuple(k.values()) for k in keys}), "an alert was written twice"
        assert archive.one("SELECT count(*) AS n FROM alerts WHERE status != 'sent'")["n"] == 0
        sent = archive.one("SELECT count(*) AS n FROM alerts")["n"]
        versions = archive.one("SELECT versions FROM articles WHERE outlet = 'Reuters'")["versions"]
    assert out.count("\n[") == sent  # each alert printed once
    assert versions == 2
    assert f"The archive is {db.resolve()}" in out
    assert out.count(f"storywatch --db {db} ") == 3


def test_demo_reads_binances_denial_from_its_page(demo_run: tuple[Path, str]) -> None:
    """Binance's post arrives through a headline-only news-search feed whose link is the search engine's: the
    article crawl follows it to the publisher's page, re-keys the article there and finds the denial."""
    db, out = demo_run
    with Archive(db) as archive:
        row = archive.one("SELECT a.id, a.url, a.link, a.body FROM articles a WHERE a.outlet = 'Binance'")
        assert row is not None and "/binance/en/blog/" in row["url"] and "/news-search/" not in row["link"]
        assert "we reject its claims" in row["body"]
        vias = [r["via"] for r in archive.all("SELECT via FROM article_versions WHERE article_id = ? ORDER BY id",
                                              (row["id"],))]
        denial = archive.one("SELECT e.evidence, l.status FROM events e JOIN alerts l ON l.event_id = e.id"
                             " WHERE e.article_id = ? AND e.kind = 'denial'", (row["id"],))
    assert vias == ["feed", "page"]
    assert denial is not None and denial["status"] == "sent" and "false and misleading" in denial["evidence"]
    assert "came without their text: crawl article:" in out
    # A denial tells of no change to the page: its alert quotes no "Before/After" (the page replaced a headline).
    alert = out.split("[DENIAL]")[-1].split("\n\n", 1)[0]
    assert "we reject its claims" in alert and "Before:" not in alert


def test_demo_refuses_to_overwrite_an_archive(demo_run: tuple[Path, str]) -> None:
    db, _ = demo_run
    done = subprocess.run([sys.executable, "-m", "monitor", "demo", "--db", str(db), "--pace", "0"], cwd=REPO,
                          env=_env(), capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 1 and "already exists" in done.stderr


def test_story_stages_and_site(tmp_path: Path) -> None:
    story = load_story(seed_text=lambda name: "The seed post.\n\nIt demands an apology.")
    first, last = published_at(story, 0), published_at(story, len(story.stages) - 1)
    assert list(first) == ["reuters-report"]
    assert last["reuters-report"].paragraphs[0].startswith("(Corrects") and last["reuters-report"].updated
    routes = render_site(story, len(story.stages) - 1, "http://127.0.0.1:9")
    assert "/robots.txt" in routes and sum(1 for _, c, _ in routes.values() if c.startswith("text/html")) == 7
    bad = tmp_path / "story.toml"
    bad.write_text((REPO / "monitor" / "demo" / "story.toml").read_text(encoding="utf-8").replace(
        'publish = ["theblock-followup"]', 'publish = ["nope"]'), encoding="utf-8")
    with pytest.raises(ConfigError, match="unknown article or revision 'nope'"):
        load_story(bad, seed_text=lambda name: "x")


def test_the_three_suggested_commands_work(demo_run: tuple[Path, str]) -> None:
    from click.testing import CliRunner

    from monitor.cli.main import cli

    db, out = demo_run
    commands = [line.strip().split()[1:] for line in out.splitlines() if line.startswith("  storywatch --db ")]
    assert len(commands) == 3
    outputs = []
    for argv in commands:
        result = CliRunner().invoke(cli, argv)
        assert result.exit_code == 0, (argv, result.output)
        outputs.append(result.stdout)
    assert "CORRECTION by Reuters" in outputs[0]
    assert "Reuters" in outputs[1]
    assert "<feed" in outputs[2] and "[CORRECTION]" in outputs[2]


def test_demo_runs_the_crawl_after_each_poll_against_its_sitemap(tmp_path: Path) -> None:
    """The seam for `storywatch crawl NAME`: called per stage with the demo's archive and seeds, whose
    sitemap source is served by the loopback site (fetched here for real)."""
    import io
    import xml.etree.ElementTree as ET

    import httpx

    from monitor.clock import utcnow
    from monitor.demo.replay import run_demo
    from monitor.seeds import default_seeds_dir, load_watches

    seeds = {w.name: w for w in load_watches(default_seeds_dir())}
    story = load_story(seed_text=lambda name: seeds[name].seed_text)
    calls: list[tuple[str, int]] = []

    def factory(db: Path, demo_seeds: Path):  # type: ignore[no-untyped-def]
        (watch,) = load_watches(demo_seeds)
        (sitemap,) = [s.url for s in watch.sources if s.type == "sitemap"]

        def crawl(name: str) -> str:
            index = ET.fromstring(httpx.get(sitemap).content)
            ns = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}
            urlset = ET.fromstring(httpx.get(index.find("sm:sitemap/sm:loc", ns).text).content)
            calls.append((name, len(urlset.findall("sm:url", ns))))
            return f"{len(calls)} crawls"

        return crawl

    out = io.StringIO()
    run_demo(story, default_seeds_dir(), tmp_path / "d.db", tmp_path, out, clock=utcnow, crawler_factory=factory)
    # the Reuters report, listed from stage 1 on; the article crawl only where a matched item came without text
    assert [c for c in calls if c[0] == "news_sitemap"] == [("news_sitemap", 1)] * len(story.stages)
    assert out.getvalue().count("   crawl news_sitemap: ") == len(story.stages)


def test_demo_delivers_to_a_further_channel_too(tmp_path: Path) -> None:
    """The seam for Telegram: a second sink (here one that keeps what it got) subscribed for the replay."""
    import io

    from monitor.clock import utcnow
    from monitor.demo.replay import run_demo
    from monitor.seeds import default_seeds_dir, load_watches

    class Kept:
        channel = "telegram"

        def __init__(self) -> None:
            self.got: list[dict] = []

        def send(self, alert: dict) -> str:
            self.got.append(alert)
            return str(len(self.got))

    seeds = {w.name: w for w in load_watches(default_seeds_dir())}
    story = load_story(seed_text=lambda name: seeds[name].seed_text)
    kept = Kept()
    out = io.StringIO()
    result = run_demo(story, default_seeds_dir(), tmp_path / "d.db", tmp_path, out, clock=utcnow,
                      also=[(kept, "12345")])
    assert "correction" in [a["kind"] for a in kept.got] and {a["chat_id"] for a in kept.got} == {"12345"}
    assert len(kept.got) == result.delivered  # the same alerts as the console
    said = re.findall(r"(\d+) alert\(s\) also sent to telegram", out.getvalue())
    assert sum(int(n) for n in said) == len(kept.got)


def test_demo_sends_to_telegram_through_the_bot_api(tmp_path: Path) -> None:
    """With a token and a chat id, the demo's alerts also go to Telegram: here, the fake Bot API on loopback."""
    from tests.support.fakebot import TOKEN, FakeBotAPI

    fake = FakeBotAPI().start()
    try:
        env = {**os.environ, "TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_BASE_URL": fake.base_url,
               "STORYWATCH_DEMO_CHAT": "555", "PYTHONPATH": str(REPO)}
        done = subprocess.run([sys.executable, "-m", "monitor", "demo", "--db", str(tmp_path / "d.db"), "--pace", "0"],
                              cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        sent = fake.to(555)
    finally:
        fake.stop()
    labels = [m.text.split("\n", 1)[0] for m in sent]
    assert sum("CORRECTION" in label for label in labels) == 1
    assert all(m.parse_mode == "HTML" for m in sent)
    assert TOKEN not in done.stdout + done.stderr


def test_demo_ends_with_a_backfill_whose_timeline_starts_on_day_one(demo_run: tuple[Path, str]) -> None:
    """Someone who starts following the story only afterwards: the site's web archive answers for April 2022."""
    db, out = demo_run
    history = db.with_name(f"{db.stem}-history{db.suffix}")
    stage = out.split("\u2500\u2500 later", 1)[1].split("\u2500\u2500 done", 1)[0]
    assert f"storywatch --db {history} backfill binance-russia-data --from 2022-04-01 --to 2022-04-30" in stage
    assert ": done" in stage and "source error" not in stage
    lines = [line.strip() for line in stage.splitlines()]
    first = next(i for i, line in enumerate(lines) if line.startswith("binance-russia-data: "))
    assert re.match(r"#\d+ +2022-04-22 10:00  Reuters", lines[first + 1]), lines[first + 1]
    assert any(line.startswith("v2 2022-04-28 15:50: archive capture of 2022-04-28 15:50") for line in lines)
    assert any("CORRECTION by Reuters (found 2022-04-28, backfilled)" in line for line in lines)
    # The Block's report of the amendment is the same correction: listed under The Block as carried, not again.
    assert any(re.match(r"\u21b3 CORRECTION by Reuters: carried here too, first found in #\d+ Reuters", line)
               for line in lines), stage
    with Archive(history) as archive:
        assert archive.scalar("SELECT count(*) FROM alerts") == 0
        assert archive.scalar("SELECT count(*) FROM events") == archive.scalar("SELECT count(*) FROM backfilled_events")
        assert archive.scalar("SELECT min(published) FROM articles") == "2022-04-22T10:00:00+00:00"
