"""`storywatch init` and `storywatch poll`: make the archive ready, and poll the feeds that are due."""

from __future__ import annotations

import sys
from dataclasses import fields
from pathlib import Path
from typing import Any

import click

from monitor.archive.alerts import any_due, outbox_counts
from monitor.archive.channels import has_channels
from monitor.archive.sources import list_sources, sync_seed_sources
from monitor.archive.subscribers import CONSOLE, set_console_subscriber
from monitor.cli.context import Context, echo_json, telegram_token
from monitor.clock import utcnow
from monitor.collect.fetch import BACKENDS
from monitor.collect.poll import poll as run_poll
from monitor.collect.settings import LEGACY_ENV, PARSERS, PollSettings
from monitor.errors import ConfigError, PartialFailure
from monitor.seeds import shipped_seeds_dir


def copy_seeds_to(target: Path) -> list[Path]:
    """Write the shipped watches (and the outlets' hints) into `target`, never over an existing file."""
    source = shipped_seeds_dir()
    files = sorted(p for p in source.rglob("*.toml"))
    clashes = [target / p.relative_to(source) for p in files if (target / p.relative_to(source)).exists()]
    if clashes:
        raise ConfigError(f"{clashes[0]} already exists: the copy would overwrite it (nothing was written)")
    written = []
    for path in files:
        out = target / path.relative_to(source)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(path.read_bytes())
        written.append(out)
    return written


@click.command()
@click.option("--copy-seeds", is_flag=True,
              help="First write an editable copy of the shipped watches to the --seeds folder (default ./seeds), "
                   "which storywatch then uses when run from here.")
@click.pass_obj
def init(obj: Context, copy_seeds: bool) -> None:
    """Create or upgrade the archive and register the seeds' sources."""
    if copy_seeds:
        target = Path("seeds") if obj.shipped_seeds else obj.seeds_dir
        written = copy_seeds_to(target)
        obj.seeds_dir = target
        click.echo(f"wrote an editable copy of the shipped watches to {target}/ ({len(written)} files)")
    watches = obj.watches()
    with obj.archive() as archive:
        sync_seed_sources(archive, watches, utcnow())
        console = telegram_token() is None and not has_channels(archive)
        set_console_subscriber(archive, watches, utcnow(), active=console)
        n = len(list_sources(archive))
    click.echo(f"archive ready: {obj.db_path} ({len(watches)} watches from {obj.seeds_dir}, {n} sources)")


class _Bar:
    """A click progress bar on an interactive terminal; nothing otherwise."""

    def __init__(self) -> None:
        self.bar: Any = None

    def start(self, total: int) -> None:
        if total and sys.stderr.isatty():
            self.bar = click.progressbar(length=total, label="polling", file=sys.stderr)
            self.bar.__enter__()

    def advance(self, outcome: Any) -> None:
        if self.bar is not None:
            self.bar.update(1)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)


_CHOICES = {"http": BACKENDS, "parser": PARSERS}


def poll_settings_options(command: Any) -> Any:
    """One option per PollSettings field, with its default, help and environment variables
    (STORYWATCH_POLL_<KEY>, as `storywatch run` reads them)."""
    for f in reversed(fields(PollSettings)):
        env = [f"STORYWATCH_POLL_{f.name.upper()}", *([LEGACY_ENV[f.name]] if f.name in LEGACY_ENV else [])]
        kind: Any = click.Choice(_CHOICES[f.name]) if f.name in _CHOICES else type(f.default)
        command = click.option(f"--{f.name.replace('_', '-')}", f.name, type=kind, default=f.default,
                               show_default=True, envvar=env,
                               help=f"{f.metadata['help'].capitalize()} (env {env[0]}).")(command)
    return command


@click.command()
@click.option("--all", "poll_all", is_flag=True, help="Poll every enabled feed, due or not.")
@poll_settings_options
@click.option("--json", "as_json", is_flag=True, help="Print the run's outcome as JSON.")
@click.pass_obj
def poll(obj: Context, poll_all: bool, as_json: bool, **settings: Any) -> None:
    """Poll the enabled feeds that are due (all with --all), archive new and changed articles, detect follow-ups
    and deliver alerts. Prints one line per source and a summary line."""
    chosen = PollSettings(**settings)
    egress = obj.egress()
    watches = obj.watches()
    with obj.archive() as archive:
        console = telegram_token() is None and not has_channels(archive)  # the console yields to any channel
        set_console_subscriber(archive, watches, utcnow(), active=console)
        bar = _Bar()
        try:
            summary = run_poll(archive, watches, chosen.fetcher_factory(egress), utcnow, include_not_due=poll_all,
                               progress=None if as_json else bar, rules=obj.url_rules(), **chosen.poll_options())
        finally:
            bar.close()
        if not as_json:
            for o in sorted(summary.outcomes, key=lambda o: o.url):
                detail = o.error or ", ".join(f"{k} {v}" for k, v in sorted(o.counts.items())) or "-"
                warn = f" (warning: {o.warning[:120]})" if o.warning else ""
                gone = " [DISABLED]" if o.disabled else ""
                moved = f" (moved for good: polled at {o.moved_to} from now on)" if o.moved_to else ""
                click.echo(f"{o.status:>12}  {o.url}  {detail}{warn}{gone}{moved}")
            click.echo(summary.line())
        delivered = 0
        if console and any_due(archive, CONSOLE, utcnow()):
            from monitor.deliver.console import ConsoleSink, deliver_pending  # rendering: only when there is news

            delivered = deliver_pending(archive, ConsoleSink(sys.stdout), utcnow)
        if as_json:
            echo_json({"run_id": summary.run_id, "totals": summary.totals(), "delivered": delivered,
                       "sources": [{"url": o.url, "status": o.status, "error": o.error, "warning": o.warning,
                                    "next_check": o.next_check, "reason": o.reason, "disabled": o.disabled,
                                    "moved_to": o.moved_to,
                                    **o.counts} for o in summary.outcomes]})
        elif not console:
            pending = outbox_counts(archive).get("pending", 0)
            click.echo(f"{pending} alerts pending for Telegram (run `storywatch bot` to deliver)")
    failed = sum(1 for o in summary.outcomes if o.status == "failed")
    if failed and (obj.strict or failed == len(summary.outcomes)):
        raise PartialFailure(f"{failed} of {len(summary.outcomes)} sources failed")
