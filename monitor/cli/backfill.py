"""`storywatch backfill WATCH --from DAY --to DAY`: read a story's history from web archives, news search and
the outlets' archive sitemaps into the archive (monitor/collect/backfill)."""

from __future__ import annotations

import json
import sys
from datetime import datetime
from typing import Any

import click

from monitor.archive.backfill import get_job, list_jobs
from monitor.archive.subscribers import set_console_subscriber
from monitor.cli.context import Context, echo_json, telegram_token
from monitor.clock import utcnow
from monitor.collect.backfill.pace import Politeness
from monitor.collect.backfill.runner import run_backfill
from monitor.collect.backfill.wayback import WAYBACK_ENV, wayback_address
from monitor.collect.fetch import BACKENDS, make_fetcher
from monitor.deliver.console import ConsoleSink, deliver_pending
from monitor.sites import load_sites


class _Bar:
    """A click progress bar per phase on an interactive terminal; nothing otherwise."""

    def __init__(self) -> None:
        self.bar: Any = None

    def start(self, label: str, total: int) -> None:
        self.close()
        if total and sys.stderr.isatty():
            self.bar = click.progressbar(length=total, label=label, file=sys.stderr)
            self.bar.__enter__()

    def advance(self) -> None:
        if self.bar is not None:
            self.bar.update(1)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
            self.bar = None


@click.command("backfill")
@click.argument("watch")
@click.option("--from", "day_from", type=click.DateTime(["%Y-%m-%d"]), required=True,
              help="The first day of the story to read (YYYY-MM-DD).")
@click.option("--to", "day_to", type=click.DateTime(["%Y-%m-%d"]), default=None,
              help="The last day, inclusive (default: today).")
@click.option("--alert", is_flag=True, help="Alert on the follow-ups found in history: one digest per subscriber "
              "when the backfill is done (without it they are archived, marked backfilled, and alert no one).")
@click.option("--pace", type=float, default=1.0, show_default=True, envvar="STORYWATCH_BACKFILL_PACE",
              help="Seconds between two requests to one host: archive, feed or outlet (env STORYWATCH_BACKFILL_PACE; "
                   "0 lifts it, for your own archive only).")
@click.option("--timeout", type=float, default=30.0, show_default=True, help="Seconds allowed for connecting and "
              "per read; a host that does not answer in time is one error, and the backfill goes on without it.")
@click.option("--http", type=click.Choice(BACKENDS), default=None, help="HTTP client (default: the poller's).")
@click.option("--archive", "address", envvar=WAYBACK_ENV, default=None,
              help=f"The Wayback to read (env {WAYBACK_ENV}; default the Internet Archive): https://web.archive.org, "
                   "or a pywb collection such as http://127.0.0.1:8080/my-archive.")
@click.option("--skip-done", is_flag=True, help="Do nothing when this backfill already finished (for the service).")
@click.option("--no-deliver", is_flag=True, help="Leave the digest in the outbox (the service or the bot delivers).")
@click.option("--json", "as_json", is_flag=True, help="Print the job's outcome as JSON.")
@click.pass_obj
def backfill(obj: Context, watch: str, day_from: datetime, day_to: datetime | None, alert: bool, pace: float,
             timeout: float, http: str | None, address: str | None, skip_done: bool, no_deliver: bool,
             as_json: bool) -> None:
    """Backfill a story's history between two days: its origin articles' revisions from a web archive (each
    version dated at its capture, with its diff), and past coverage from the watch's news-search feeds, the
    outlets' archive sitemaps and the archive's index. Resumable (a stopped backfill continues where it
    stopped), idempotent (run again, it adds only what is new), polite (one request a second per host,
    Retry-After honoured). Prints a progress bar on a terminal and a summary line."""
    start, end = day_from.date(), (day_to or utcnow()).date()
    watches = obj.watches()
    with obj.archive() as archive:
        if skip_done:
            done = [j for j in list_jobs(archive, watch)
                    if (j["day_from"], j["day_to"], j["status"]) == (start.isoformat(), end.isoformat(), "done")]
            if done:
                click.echo(f"backfill {watch} {start}..{end}: done already (job {done[0]['id']})")
                return
        console = telegram_token() is None
        set_console_subscriber(archive, watches, utcnow(), active=console)
        bar = _Bar()
        try:
            result = run_backfill(
                archive, watch, watches, load_sites(obj.seeds_dir), start, end, alert=alert,
                fetcher_factory=lambda: make_fetcher(http=http, timeout=timeout, per_host=1), clock=utcnow,
                politeness=Politeness(interval=pace), address=address or wayback_address(),
                progress=None if as_json else bar)
        finally:
            bar.close()
        delivered = deliver_pending(archive, ConsoleSink(sys.stdout), utcnow) if console and not no_deliver else 0
        job = get_job(archive, result.job["id"]) or result.job
    if as_json:
        echo_json({"job": job["id"], "watch": watch, "from": job["day_from"], "to": job["day_to"],
                   "how": result.how, "status": result.status, "passes": job["passes"], "stats": result.stats,
                   "errors": result.errors, "alerts": result.alerts, "delivered": delivered,
                   "cursor": json.loads(job["cursor"])})
        return
    for source, error in sorted(result.errors.items()):
        click.echo(f"error: {source}: {error}", err=True)
    click.echo(result.line())
