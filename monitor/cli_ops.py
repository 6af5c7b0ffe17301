"""Operating commands: `storywatch demo` (the offline replay) and `storywatch run` (the service)."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import click

from .clock import utcnow
from .demo import Crawler, run_demo, subprocess_crawler
from .demo_story import load_story
from .seeds import load_watches

DEMO_DB = Path("storywatch-demo.db")


def _has_command(name: str) -> bool:
    root = click.get_current_context().find_root().command
    return isinstance(root, click.Group) and name in root.commands


def _fresh(db: Path) -> None:
    for path in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        path.unlink(missing_ok=True)


@click.command()
@click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help=f"Where to write the demo's archive (default ./{DEMO_DB}, recreated on every run; a path you "
                   "give must not exist yet). The global --db is never touched by the demo.")
@click.option("--pace", default=0.6, show_default=True, help="Seconds to pause between stages of the story.")
@click.option("--port", default=0, help="Port of the loopback news site (default: any free port).")
@click.pass_context
def demo(ctx: click.Context, db_path: Path | None, pace: float, port: int) -> None:
    """Replay the seed story offline through the real pipeline (under a minute): a loopback news site serves
    the feeds, a news sitemap and the pages; storywatch polls, detects, and alerts on the console."""
    if db_path is None:
        db_path = DEMO_DB
        _fresh(db_path)
    elif db_path.exists():
        raise click.ClickException(f"{db_path} already exists: the demo writes a new archive; remove it or "
                                   "choose another path")
    seeds_dir: Path = ctx.obj.seeds_dir
    watches = {w.name: w for w in load_watches(seeds_dir)}

    def seed_text(name: str) -> str:
        if name not in watches:
            raise click.ClickException(f"the demo follows the watch {name!r}, which is not in {seeds_dir}")
        return watches[name].seed_text

    story = load_story(seed_text=seed_text)
    crawler = None
    if _has_command("crawl"):
        def crawler(db: Path, seeds: Path) -> Crawler:
            return subprocess_crawler(db, seeds)
    with tempfile.TemporaryDirectory(prefix="storywatch-demo-") as work:
        result = run_demo(story, seeds_dir, db_path, Path(work), sys.stdout, clock=utcnow, pace=pace, port=port,
                          crawler_factory=crawler)
    if os.environ.get("TELEGRAM_BOT_TOKEN"):
        click.echo("TELEGRAM_BOT_TOKEN is set: the demo delivered to the console; Telegram subscribers of an "
                   "archive get their alerts from `storywatch run` (or `storywatch bot`).")
    if result.delivered == 0:
        raise click.ClickException("the demo delivered no alert: the pipeline missed the story's correction")
