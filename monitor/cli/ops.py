"""Operating commands: `storywatch demo` (the offline replay) and `storywatch run` (the service)."""

from __future__ import annotations

import os
import sys
import tempfile
from functools import partial
from pathlib import Path

import click

from monitor.cli.context import telegram_token
from monitor.clock import utcnow
from monitor.demo.replay import history_path, run_demo, subprocess_crawler
from monitor.demo.story import load_story
from monitor.seeds import load_watches
from monitor.service.config import load_config
from monitor.service.logs import resolve_format, setup_logging
from monitor.service.runner import Service

DEMO_DB = Path("storywatch-demo.db")


def _fresh(db: Path) -> None:
    for path in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        path.unlink(missing_ok=True)


@click.command()
@click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help=f"Where to write the demo's archive (default ./{DEMO_DB}, recreated on every run; a path you "
                   "give must not exist yet); its last stage, a backfill, writes a second one beside it (NAME-history"
                   ".db). The global --db is never touched by the demo.")
@click.option("--pace", default=0.6, show_default=True, help="Seconds to pause between stages of the story.")
@click.option("--port", default=0, help="Port of the loopback news site (default: any free port).")
@click.option("--telegram-chat", envvar="STORYWATCH_DEMO_CHAT", default=None,
              help="With TELEGRAM_BOT_TOKEN set, also send the alerts to this Telegram chat id "
                   "(env STORYWATCH_DEMO_CHAT; TELEGRAM_API_BASE_URL is honoured).")
@click.pass_context
def demo(ctx: click.Context, db_path: Path | None, pace: float, port: int, telegram_chat: str | None) -> None:
    """Replay the seed story offline through the real pipeline (under a minute): a loopback news site serves
    the feeds, a news sitemap and the pages; storywatch polls, detects, and alerts on the console."""
    if db_path is None:
        db_path = DEMO_DB
        _fresh(db_path)
        _fresh(history_path(db_path))
    else:
        for path in (db_path, history_path(db_path)):
            if path.exists():
                raise click.ClickException(f"{path} already exists: the demo writes a new archive; remove it or "
                                           "choose another path")
    seeds_dir: Path = ctx.obj.seeds_dir
    watches = {w.name: w for w in load_watches(seeds_dir)}

    def seed_text(name: str) -> str:
        if name not in watches:
            raise click.ClickException(f"the demo follows the watch {name!r}, which is not in {seeds_dir}")
        return watches[name].seed_text

    story = load_story(seed_text=seed_text)
    egress = ctx.obj.egress()
    token = telegram_token()
    also = []
    if token and telegram_chat:
        from bot.sink import TelegramSink  # the bot's dependencies only when Telegram is used

        also.append((TelegramSink(token, base_url=os.environ.get("TELEGRAM_API_BASE_URL")), telegram_chat))
    with tempfile.TemporaryDirectory(prefix="storywatch-demo-") as work:
        result = run_demo(story, seeds_dir, db_path, Path(work), sys.stdout, clock=utcnow, pace=pace, port=port,
                          crawler_factory=partial(subprocess_crawler, egress=egress), also=also, egress=egress)
    if token and not telegram_chat:
        click.echo("TELEGRAM_BOT_TOKEN is set: give --telegram-chat CHAT_ID (or STORYWATCH_DEMO_CHAT) to see the "
                   "demo's alerts in Telegram too; subscribers of an archive get theirs from `storywatch bot`.")
    if result.delivered == 0:
        raise click.ClickException("the demo delivered no alert: the pipeline missed the story's correction")


@click.command()
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path), envvar="STORYWATCH_CONFIG",
              default=None, help="The configuration file (env STORYWATCH_CONFIG; default ./storywatch.toml when it "
                                 "exists, else built-in defaults). See docs/deploy.md.")
@click.option("--check", is_flag=True, help="Validate the configuration, print it, and exit.")
@click.pass_context
def run(ctx: click.Context, config_path: Path | None, check: bool) -> None:
    """Run the service: poll on an interval, crawl on cron schedules, run the bot when a token is set; one per
    archive (a lock); SIGTERM or Ctrl-C stops it cleanly. Logs go to stderr, console alerts to stdout."""
    if config_path is None and Path("storywatch.toml").is_file():
        config_path = Path("storywatch.toml")
    config = load_config(config_path)
    egress = config.egress(os.environ)
    if check:
        click.echo(f"{config_path or 'built-in defaults'}: ok")
        crawls = [f"{c.name} ({c.cron})" for c in config.crawls()]
        if config.fetch_text:
            crawls.append("article (after polls that match articles without their text)")
        click.echo(f"poll every {config.poll.interval:g}s; crawls: " + (", ".join(crawls) or "none")
                   + "; backfills: " + (", ".join(f"{b.watch} {b.from_day}..{b.to_day} ({b.cron or 'once'})"
                                                   for b in config.backfill) or "none")
                   + f"; bot: {config.bot.enabled}; logs: {config.log.format} {config.log.level}"
                   + ("; strict" if config.service.strict else "") + "; fetches reach "
                   + (f"global addresses and {egress.as_text()}" if egress.allowed else "global addresses only"))
        return
    fmt = resolve_format(config.log.format, sys.stderr)
    os.environ["STORYWATCH_LOG_FORMAT"] = fmt  # the children (crawls, the bot) log as the service does
    setup_logging(sys.stderr, fmt=fmt, level=config.log.level)
    service = Service(ctx.obj.db_path, Path(ctx.obj.seeds_dir).resolve(), config, out=sys.stdout, clock=utcnow,
                      python=sys.executable, token=telegram_token(), config_path=str(config_path or ""),
                      egress=egress)
    service.run()
