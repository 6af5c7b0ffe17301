"""`storywatch crawl NAME`: run a Scrapy spider in a subprocess (a reactor never restarts in one process).

The Scrapy project is found by module (SCRAPY_SETTINGS_MODULE=spiders.settings), not by a scrapy.cfg in the
working directory, so a crawl runs the same from a checkout, a wheel, pipx or a container. The archive and
seeds given to storywatch are passed on as STORYWATCH_DB / STORYWATCH_SEEDS settings, and the run is started
here (STORYWATCH_RUN_ID) so that its outcome can be read back: one summary line, then the exit code (README).
Scrapy's own log goes to `<db>.crawl-NAME.log` unless -v. Alerts the crawl found are delivered to the console
afterwards when no Telegram token is set, as `storywatch poll` does.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import click

import monitor
from monitor.archive.alerts import outbox_counts
from monitor.archive.channels import has_channels
from monitor.archive.runs import finish_run, get_run, start_run
from monitor.archive.subscribers import set_console_subscriber
from monitor.cli.context import Context, telegram_token
from monitor.clock import utcnow
from monitor.collect.crawls import SPIDERS, CrawlSummary, summarize
from monitor.deliver.console import ConsoleSink, deliver_pending
from monitor.errors import PartialFailure
from monitor.service.logs import fields, setup_logging

SETTINGS_MODULE = "spiders.settings"
# The folder holding the `monitor` and `spiders` packages: a checkout's root, or site-packages.
PACKAGES_ROOT = Path(monitor.__file__).resolve().parent.parent


def crawl_env(environ: dict[str, str] | None = None) -> dict[str, str]:
    """The crawl's environment: the Scrapy project by module; a checkout's own code ahead of any installed copy."""
    env = dict(os.environ if environ is None else environ)
    env["SCRAPY_SETTINGS_MODULE"] = SETTINGS_MODULE
    if (PACKAGES_ROOT / "pyproject.toml").is_file():  # a checkout (site-packages is on the path already)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(PACKAGES_ROOT), env.get("PYTHONPATH", "")]))
    return env


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


def log_path(db: str, name: str) -> Path:
    return Path(f"{Path(db).resolve()}.crawl-{name}.log")


def _outcome(obj: Context, run_id: int, returncode: int) -> CrawlSummary:
    with obj.archive() as archive:
        row = get_run(archive, run_id)
        if row is not None and row["status"] == "running":  # the crawl died before recording its end
            finish_run(archive, run_id, utcnow(), status="failed", stats={},
                       error=f"scrapy exited with {returncode} before finishing")
            row = get_run(archive, run_id)
    stats: dict[str, Any] = json.loads(row["stats"]) if row and row["stats"] else {}
    return summarize(stats)


@click.command()
@click.argument("name", type=click.Choice(SPIDERS))
@click.option("-s", "--set", "settings", multiple=True, metavar="KEY=VALUE",
              help="A Scrapy setting for this crawl (repeatable), e.g. -s DOWNLOAD_DELAY=0.")
@click.option("-a", "--arg", "arguments", multiple=True, metavar="KEY=VALUE",
              help="A spider argument (repeatable), e.g. -a urls=https://example.com/story.")
@click.option("--no-deliver", is_flag=True,
              help="Leave the alerts the crawl found in the outbox for whoever delivers (the service, the bot).")
@click.option("-v", "--verbose", is_flag=True, help="Scrapy's own log on stderr (else in <db>.crawl-NAME.log).")
@click.pass_obj
def crawl(obj: Context, name: str, settings: tuple[str, ...], arguments: tuple[str, ...], no_deliver: bool,
          verbose: bool) -> None:
    """Run a spider (article, news_sitemap or revisit) with `scrapy crawl` in a subprocess, into the archive,
    and print one summary line. `article` without -a urls= fetches the watches' page sources and the matched
    articles still without their full text."""
    for pair in (*settings, *arguments):
        if "=" not in pair:
            raise click.BadParameter(f"expected KEY=VALUE, got {pair!r}")
    obj.egress()  # a malformed STORYWATCH_ALLOW_NETWORKS is named here, before Scrapy starts (it reads it too)
    console = telegram_token() is None
    with obj.archive() as archive:  # alert rows are written for the subscribers known when the crawl runs
        if not no_deliver:  # whoever delivers (the service, the demo) owns the subscribers; else, as `poll` does
            console = console and not has_channels(archive)
            set_console_subscriber(archive, obj.watches(), utcnow(), active=console)
        run_id = start_run(archive, "crawl", utcnow())
    log = log_path(obj.db_path, name)
    extra = [f"STORYWATCH_RUN_ID={run_id}"] + ([] if verbose else [f"LOG_FILE={log}", "LOG_FILE_APPEND=False"])
    completed = subprocess.run(crawl_command(name, obj.db_path, obj.seeds_dir, (*extra, *settings), arguments),
                               env=crawl_env(), check=False)
    summary = _outcome(obj, run_id, completed.returncode)
    alerts = ""
    if console and not no_deliver:
        with obj.archive() as archive:
            delivered = deliver_pending(archive, ConsoleSink(sys.stdout), utcnow)
            alerts = f"{delivered} alerts delivered, {outbox_counts(archive).get('pending', 0)} pending"
    if os.environ.get("STORYWATCH_LOG_FORMAT") == "json":  # a child of `storywatch run`: its log format
        setup_logging(sys.stderr, fmt="json").getChild("crawl").info(
            summary.line(name, alerts), extra=fields(spider=name, run_id=run_id, fetched=summary.fetched,
                                                     stored=summary.stored, new=summary.new,
                                                     versions=summary.versions, refused=summary.refused,
                                                     follow_ups=summary.follow_ups))
    else:
        click.echo(summary.line(name, alerts))
    if name == "article" and summary.queued == 0 and not summary.refused and not arguments:
        click.echo("  (give -a urls=URL[,URL...], or add type = \"page\" sources to a watch)")
    where = "" if verbose else f" (Scrapy's log: {log})"
    if completed.returncode != 0:
        raise PartialFailure(f"scrapy crawl {name} exited with status {completed.returncode}{where}")
    if summary.all_failed or (obj.strict and summary.failed):
        raise PartialFailure(f"crawl {name}: {summary.failed} pages failed{where}")
