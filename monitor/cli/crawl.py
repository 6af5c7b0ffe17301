"""`storywatch crawl NAME`: run a Scrapy spider in a subprocess (a reactor never restarts in one process).

The archive and seeds given to storywatch are passed on as STORYWATCH_DB / STORYWATCH_SEEDS settings; the
crawl runs from the repository root, where scrapy.cfg is. Alerts the crawl found are delivered to the console
afterwards when no Telegram token is set, as `storywatch poll` does.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import click

from monitor.archive.alerts import outbox_counts
from monitor.archive.subscribers import set_console_subscriber
from monitor.cli.context import telegram_token
from monitor.clock import utcnow
from monitor.deliver.console import ConsoleSink, deliver_pending

REPO_ROOT = Path(__file__).resolve().parents[2]  # where scrapy.cfg is


def crawl_command(name: str, db: str, seeds: Path, settings: tuple[str, ...] = (),
                  arguments: tuple[str, ...] = ()) -> list[str]:
    """The `scrapy crawl` command line for one spider."""
    command = [sys.executable, "-m", "scrapy", "crawl", name,
               "-s", f"STORYWATCH_DB={Path(db).resolve()}", "-s", f"STORYWATCH_SEEDS={Path(seeds).resolve()}"]
    for setting in settings:
        command += ["-s", setting]
    for argument in arguments:
        command += ["-a", argument]
    return command


@click.command()
@click.argument("name", type=click.Choice(["article", "news_sitemap", "revisit"]))
@click.option("-s", "--set", "settings", multiple=True, metavar="KEY=VALUE",
              help="A Scrapy setting for this crawl (repeatable), e.g. -s DOWNLOAD_DELAY=0.")
@click.option("-a", "--arg", "arguments", multiple=True, metavar="KEY=VALUE",
              help="A spider argument (repeatable), e.g. -a urls=https://example.com/story.")
@click.option("--no-deliver", is_flag=True,
              help="Leave the alerts the crawl found in the outbox for whoever delivers (the service, the bot).")
@click.pass_obj
def crawl(obj: Any, name: str, settings: tuple[str, ...], arguments: tuple[str, ...], no_deliver: bool) -> None:
    """Run a spider (article, news_sitemap or revisit) with `scrapy crawl` in a subprocess, into the archive."""
    for pair in (*settings, *arguments):
        if "=" not in pair:
            raise click.BadParameter(f"expected KEY=VALUE, got {pair!r}")
    obj.egress()  # a malformed STORYWATCH_ALLOW_NETWORKS is named here, before Scrapy starts (it reads it too)
    db: str = obj.db_path
    seeds: Path = obj.seeds_dir
    console = telegram_token() is None
    if not no_deliver:  # whoever delivers (the service, the demo) owns the subscribers; else, as `poll` does:
        with obj.archive() as archive:  # alert rows are written for the subscribers known when the crawl runs
            set_console_subscriber(archive, obj.watches(), utcnow(), active=console)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO_ROOT),
                                                                     os.environ.get("PYTHONPATH", "")]))}
    completed = subprocess.run(crawl_command(name, db, seeds, settings, arguments), cwd=REPO_ROOT, env=env,
                               check=False)
    if completed.returncode != 0:
        raise click.ClickException(f"scrapy crawl {name} exited with status {completed.returncode}")
    if console and not no_deliver:
        with obj.archive() as archive:
            delivered = deliver_pending(archive, ConsoleSink(sys.stdout), utcnow)
            pending = outbox_counts(archive).get("pending", 0)
        click.echo(f"crawl {name} done: {delivered} alerts delivered, {pending} pending")
