"""A backfill's world on loopback: the demo site (its web archive in the Internet Archive's layout and shape,
its archive sitemaps, its news search by date range) and a seeds folder whose watch points at it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

from monitor.archive.db import Archive
from monitor.collect.backfill.pace import Politeness
from monitor.collect.backfill.runner import BackfillResult, run_backfill
from monitor.collect.fetch import make_fetcher
from monitor.demo.replay import demo_seed_text, demo_sites_text
from monitor.demo.site import WAYBACK, DemoSite
from monitor.demo.story import Story, load_story
from monitor.seeds import default_seeds_dir, load_watches
from monitor.sites import load_sites

WATCH = "binance-russia-data"
APRIL = (date(2022, 4, 1), date(2022, 4, 30))
NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)  # the day the backfill runs: never a date history may carry


def story() -> Story:
    shipped = {w.name: w for w in load_watches(default_seeds_dir())}
    return load_story(seed_text=lambda name: shipped[name].seed_text)


def seeds_for(site: DemoSite, folder: Path) -> Path:
    """The shipped watch pointed at the demo site (sources and origins), with the outlets' archive sitemaps."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{WATCH}.toml").write_text(demo_seed_text(default_seeds_dir() / f"{WATCH}.toml", site.story, site),
                                         encoding="utf-8")
    (folder / "sites").mkdir(exist_ok=True)
    (folder / "sites" / "outlets.toml").write_text(demo_sites_text(site.story, site), encoding="utf-8")
    return folder


def archive_url(site: DemoSite) -> str:
    return site.url(WAYBACK + "/web")


def backfill(db: Path, site: DemoSite, seeds: Path, *, alert: bool = False, address: str | None = None,
             clock: Callable[[], datetime] = lambda: NOW, timeout: float = 10.0) -> BackfillResult:
    with Archive(db) as archive:
        return run_backfill(archive, WATCH, load_watches(seeds), load_sites(seeds), *APRIL, alert=alert,
                            fetcher_factory=lambda: make_fetcher(timeout=timeout), clock=clock,
                            politeness=Politeness(interval=0.0), address=address or archive_url(site))
