"""`storywatch demo`: replay the seed story offline through the real pipeline, stage by stage, and narrate it.

The loopback site (monitor/demo/site.py) shows the story as scripted in monitor/demo/story.toml. The demo
writes a copy of the shipped watch whose sources point at that site, then for each stage runs what
`storywatch run` runs: poll (monitor.collect.poll), a crawl when one is available (a `storywatch crawl NAME` child
process; the article crawl when the poll matched a headline without its text), detection and the outbox
(inside ingestion), and delivery to the console. The archive it leaves is an ordinary storywatch archive.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TextIO
from urllib.parse import urlsplit

from monitor.archive.alerts import due_alerts
from monitor.archive.db import Archive
from monitor.archive.queries import article_in_story, quiet_coverage, story_counts, timeline
from monitor.archive.runs import last_stats
from monitor.archive.subscribers import ensure_subscriber, set_console_subscriber, subscribe
from monitor.collect.backfill.pace import Politeness
from monitor.collect.backfill.runner import BackfillResult, run_backfill
from monitor.collect.backfill.wayback import WAYBACK_ENV
from monitor.collect.fetch import make_fetcher
from monitor.collect.pages import without_text
from monitor.collect.poll import poll
from monitor.deliver.console import ConsoleSink, Sink, deliver_pending
from monitor.deliver.timeline import timeline_lines
from monitor.demo.site import WAYBACK, DemoSite, archive_index_path
from monitor.demo.story import Story, published_at
from monitor.egress import ENV as ALLOW_ENV
from monitor.egress import Egress
from monitor.errors import ConfigError
from monitor.models import Watch
from monitor.seeds import load_watches
from monitor.sites import load_sites
from monitor.urls import canonical_url, other_scheme

Crawler = Callable[[str], str]  # spider name -> a one-line outcome; raises StorywatchError on failure


def demo_seed_text(shipped: Path, story: Story, site: DemoSite) -> str:
    """The shipped watch file with its [[sources]] replaced by the demo site's feeds and news sitemap, and its
    origins' addresses by the site's pages of the same titles (an offline demo names no real page)."""
    text = shipped.read_text(encoding="utf-8")
    for article in story.articles:
        pattern = re.compile(r'(title = "' + re.escape(article.title) + r'"\nurl = )"[^"]*"')
        text = pattern.sub(lambda m: m.group(1) + '"' + site.url(article.path) + '"', text)  # noqa: B023
    if "\n[[sources]]" not in text or "\n[seed_article]" not in text:
        raise ConfigError(f"{shipped}: expected [[sources]] tables followed by [seed_article]")
    head = text.split("\n[[sources]]", 1)[0]
    tail = "\n[seed_article]" + text.split("\n[seed_article]", 1)[1]
    sources = []
    for o in story.outlets:
        sources.append(f'\n[[sources]]\nname = "{o.name} (demo site)"\noutlet = "{o.name}"\n'
                       f'url = "{site.url(o.feed)}"\n')
        if o.sitemap_index:
            sources.append(f'\n[[sources]]\nname = "{o.name} news sitemap (demo site)"\noutlet = "{o.name}"\n'
                           f'type = "sitemap"\nurl = "{site.url(o.sitemap_index)}"\n')
    return head.rstrip() + "\n" + "".join(sources) + tail


def demo_sites_text(story: Story, site: DemoSite) -> str:
    """seeds/sites for the demo: the outlets' real domains, and their archive sitemaps on the demo site."""
    out = []
    for outlet in story.outlets:
        if outlet.format == "news-search":
            continue
        domain = urlsplit(outlet.home).hostname or f"{outlet.key}.example"
        out.append(f'[[site]]\nname = "{outlet.name}"\ndomains = ["{domain.removeprefix("www.")}"]\n'
                   f'archive_sitemaps = ["{site.url(archive_index_path(outlet))}"]\n')
    return "\n".join(out)


def subprocess_crawler(db: Path, seeds: Path, *, timeout: float = 60.0, egress: Egress | None = None) -> Crawler:
    """Run `storywatch crawl NAME` as a child process on the demo archive (Scrapy's reactor cannot restart),
    its fetches allowed the demo site's address (and what `egress` allows besides)."""
    allowed = (egress or Egress()).adding([DemoSite.network])
    env = {**os.environ, ALLOW_ENV: allowed.as_text()}

    def crawl(name: str) -> str:
        # The story is from 2022: its sitemap entries are "recent" only on a replay's terms.
        argv = [sys.executable, "-m", "monitor", "--db", str(db), "--seeds", str(seeds), "crawl", name,
                "--no-deliver", "-s", "STORYWATCH_MAX_AGE_DAYS=36500", "-s", "DOWNLOAD_DELAY=0",
                "-s", "AUTOTHROTTLE_ENABLED=0"]
        done = subprocess.run(argv, capture_output=True, text=True, timeout=timeout, check=False, env=env)
        if done.returncode != 0:
            raise ConfigError(f"storywatch crawl {name} exited with {done.returncode}: {done.stderr.strip()[-300:]}")
        with Archive(db) as archive:
            stats = last_stats(archive, "crawl")
        return (f"{stats.get('downloader/response_count', 0)} responses, "
                f"{stats.get('item_scraped_count', 0)} pages stored")

    return crawl


def history_path(db: Path) -> Path:
    """Where the demo's last stage writes the archive of someone who starts following the story only now."""
    return db.with_name(f"{db.stem}-history{db.suffix}")


@dataclass
class DemoResult:
    db: Path
    delivered: int = 0
    stage_alerts: list[int] = field(default_factory=list)
    history_db: Path | None = None
    history: BackfillResult | None = None


def _say(out: TextIO, text: str = "") -> None:
    out.write(text + "\n")
    out.flush()


def _describe(archive: Archive, url: str, watch: str) -> str:
    row = article_in_story(archive, url, watch, other_scheme=other_scheme(url))
    if row is None:
        return "not archived yet"
    if row["reason"] is None:
        return "archived; not part of the story"
    kinds = row["kinds"]
    found = f"follow-ups: {', '.join(kinds)}" if kinds else ""
    carried = "; ".join(f"{c['kind']} (as {c['outlet']} reported first: listed on that alert)" for c in row["carried"])
    if carried:
        found = f"{found}; already known: {carried}" if found else f"already known: {carried}"
    return f"in the story: {row['reason']}; {found or 'no follow-up in it'}"


def run_demo(story: Story, shipped_seeds: Path, db: Path, work: Path, out: TextIO, *,
             clock: Callable[[], datetime], pace: float = 0.0, port: int = 0,
             crawler_factory: Callable[[Path, Path], Crawler] | None = None,
             also: Sequence[tuple[Sink, str]] = (), egress: Egress | None = None) -> DemoResult:
    """Replay the story into `db` (which must not exist yet), writing the narration to `out`.

    The poll's fetches may reach the demo site's loopback address (and what `egress` allows besides), no other.

    `also`: further (sink, chat id) pairs, such as a Telegram sink and a chat, subscribed to the watch and
    delivered to after the console at every stage.
    """
    shipped = shipped_seeds / f"{story.watch}.toml"
    result = DemoResult(db=db)
    allowed = (egress or Egress()).adding([DemoSite.network])
    with DemoSite(story, port=port) as site:
        seeds = work / "seeds"
        seeds.mkdir(parents=True, exist_ok=True)
        (seeds / shipped.name).write_text(demo_seed_text(shipped, story, site), encoding="utf-8")
        (seeds / "sites").mkdir(exist_ok=True)
        (seeds / "sites" / "outlets.toml").write_text(demo_sites_text(story, site), encoding="utf-8")
        watches: list[Watch] = [w for w in load_watches(seeds) if w.name == story.watch]
        crawl = crawler_factory(db, seeds) if crawler_factory else None
        pages = sum(1 for _ in story.articles)
        _say(out, f"storywatch demo: the story \u201c{watches[0].title}\u201d, replayed offline")
        _say(out, f"news site {site.base}: {len(story.outlets)} outlets' feeds, a news sitemap, {pages} article "
                  f"pages; archive {db}")
        with Archive(db) as archive:
            set_console_subscriber(archive, watches, clock(), active=True)
            sink = ConsoleSink(out)
            for other, chat_id in also:
                subscriber = ensure_subscriber(archive, other.channel, chat_id, clock())
                subscribe(archive, subscriber, story.watch, clock())
            for number, stage in enumerate(story.stages):
                site.show(number)
                shown = published_at(story, number)
                _say(out)
                _say(out, f"\u2500\u2500 {number + 1}/{len(story.stages)} \u00b7 {stage.date:%d %b %Y} \u00b7 "
                          f"{stage.headline}")
                for item in stage.publish:
                    article = next((a for a in shown.values() if item in (a.id, a.revision)), None)
                    if article is None:
                        continue
                    verb = "revised" if article.revision == item else "published"
                    _say(out, f"   {story.outlet(article.outlet).name} {verb}: {article.title}")
                # One source at a time, parsed in this process: the sources are stored in their order, so a report
                # of an act already known is listed on the same alert at every run (a blog stored before CoinDesk's
                # revision would be a sighting of CoinDesk's first denial, after it of the revision's).
                summary = poll(archive, watches, lambda: make_fetcher(timeout=10.0, egress=allowed), clock,
                               include_not_due=True, concurrency=1, parse_workers=0)
                _say(out, f"   poll: {summary.line()}")
                if crawl is None:
                    _say(out, "   crawl: skipped (no `storywatch crawl` in this install)")
                else:
                    for name in story.crawl:
                        _say(out, f"   crawl {name}: {crawl(name)}")
                    thin = without_text(archive, clock())
                    if thin:  # as the service does: a matched headline's page is fetched for its text
                        _say(out, f"   {len(thin)} matched item(s) came without their text: crawl article: "
                                  f"{crawl('article')}")
                for item in stage.publish:
                    article = next((a for a in shown.values() if item in (a.id, a.revision)), None)
                    if article is not None:
                        url = canonical_url(site.url(article.path))
                        _say(out, f"   \u2192 {story.outlet(article.outlet).name}: "
                                  f"{_describe(archive, url, story.watch)}")
                pending = len(due_alerts(archive, sink.channel, clock()))
                if pending:
                    _say(out, f"   {pending} alert(s) delivered to the console:")
                    _say(out)
                sent = deliver_pending(archive, sink, clock)
                for other, _ in also:
                    elsewhere = deliver_pending(archive, other, clock)
                    if elsewhere:
                        _say(out, f"   {elsewhere} alert(s) also sent to {other.channel}")
                result.delivered += sent
                result.stage_alerts.append(sent)
                if not sent:
                    _say(out, "   no alert")
                if pace:
                    time.sleep(pace)
            result.history_db = history_path(db)
            result.history = _history_stage(story, site, seeds, watches, result.history_db, out, clock, allowed)
            _summary(archive, story, out, db)
    return result


def _history_stage(story: Story, site: DemoSite, seeds: Path, watches: list[Watch], db: Path, out: TextIO,
                   clock: Callable[[], datetime], allowed: Egress) -> BackfillResult:
    """An operator who starts following the story only now: `storywatch backfill` reads April 2022 from the
    site's web archive, news search and archive sitemaps into a new archive, whose timeline starts on day one."""
    first, last = date(2022, 4, 1), date(2022, 4, 30)
    archive_url = site.url(WAYBACK + "/web")  # the Internet Archive's layout, under the site's /wayback
    _say(out)
    _say(out, "\u2500\u2500 later \u00b7 someone starts following the story only now: backfill April 2022 from the "
              "web archive")
    _say(out, f"   storywatch --db {db} backfill {story.watch} --from {first} --to {last}  "
              f"({WAYBACK_ENV}={archive_url})")
    with Archive(db) as archive:
        set_console_subscriber(archive, watches, clock(), active=True)
        result = run_backfill(archive, story.watch, watches, load_sites(seeds), first, last, alert=False,
                              fetcher_factory=lambda: make_fetcher(timeout=10.0, egress=allowed), clock=clock,
                              politeness=Politeness(interval=0.0), address=archive_url)
        _say(out, f"   {result.line()}")
        for source, error in sorted(result.errors.items()):
            _say(out, f"   error: {source}: {error}")
        _say(out, f"   its timeline ({db}), from the first day:")
        for line in timeline_lines(story.watch, timeline(archive, story.watch)):
            _say(out, f"   {line}")
    return result


def _summary(archive: Archive, story: Story, out: TextIO, db: Path) -> None:
    counts = story_counts(archive, story.watch)
    _say(out)
    _say(out, f"\u2500\u2500 done: {counts['articles']} articles ({counts['versions']} versions) archived, "
              f"{counts['matched']} in the story, {counts['events']} follow-up(s) detected, {counts['sent']} "
              "alert(s) delivered")
    quiet = quiet_coverage(archive, story.watch)
    if quiet:
        _say(out, "   in the story but nothing to alert on:")
        for row in quiet:
            _say(out, f"     {row['outlet']}: {row['title']}")
    where = str(db)
    _say(out)
    _say(out, f"The archive is {db.resolve()}. Query it:")
    _say(out, f"  storywatch --db {where} timeline {story.watch}")
    _say(out, f"  storywatch --db {where} search binance --kind correction")
    _say(out, f"  storywatch --db {where} export {story.watch} --format atom")
