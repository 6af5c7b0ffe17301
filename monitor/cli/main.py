"""The `storywatch` command line (click). The edge where errors become messages and the clock is read."""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import click

from monitor.archive import outbox
from monitor.archive.db import Archive
from monitor.archive.queries import Filters, search_articles
from monitor.cli.archive import print_search
from monitor.cli.ops import print_service_status
from monitor.clock import utcnow
from monitor.collect.fetch.base import BACKENDS, DEFAULT_HTTP, Fetcher
from monitor.collect.poll import poll as run_poll
from monitor.deliver.console import ConsoleSink, deliver_pending
from monitor.errors import StorywatchError
from monitor.models import KINDS, Watch
from monitor.seeds import default_seeds_dir, load_watches
from monitor.service.runner import service_status


@dataclass
class Context:
    db_path: str
    seeds_dir: Path

    def archive(self) -> Archive:
        return Archive(self.db_path)

    def watches(self) -> list[Watch]:
        return load_watches(self.seeds_dir)


def telegram_token() -> str | None:
    return os.environ.get("TELEGRAM_BOT_TOKEN") or None


def _fail(exc: StorywatchError) -> click.ClickException:
    return click.ClickException(str(exc))


class _Group(click.Group):
    """Turns StorywatchError from any command into a clean message and exit code 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except StorywatchError as exc:
            raise _fail(exc) from exc


def _echo_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


@click.group(cls=_Group)
@click.option("--db", "db_path", envvar="STORYWATCH_DB", default="storywatch.db", show_default=True,
              help="The SQLite archive file (env STORYWATCH_DB).")
@click.option("--seeds", "seeds_dir", envvar="STORYWATCH_SEEDS", type=click.Path(path_type=Path),
              default=None, help="Folder of watch files, *.toml (env STORYWATCH_SEEDS; default: the shipped seeds/).")
@click.version_option(package_name="storywatch")
@click.pass_context
def cli(ctx: click.Context, db_path: str, seeds_dir: Path | None) -> None:
    """storywatch follows news stories: it collects follow-up coverage into a SQLite archive and alerts on
    corrections, apologies, retractions and denials (Telegram, or the console when no token is set)."""
    ctx.obj = Context(db_path=db_path, seeds_dir=seeds_dir or default_seeds_dir())


@cli.command()
@click.pass_obj
def init(obj: Context) -> None:
    """Create or upgrade the archive and register the seeds' sources."""
    watches = obj.watches()
    with obj.archive() as archive:
        archive.sync_seed_sources(watches, utcnow())
        outbox.set_console_subscriber(archive, watches, utcnow(), active=telegram_token() is None)
        n = len(archive.sources())
    click.echo(f"archive ready: {obj.db_path} ({len(watches)} watches, {n} sources)")


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


@cli.command()
@click.option("--all", "poll_all", is_flag=True, help="Poll every enabled feed, due or not.")
@click.option("--concurrency", default=16, show_default=True, help="Feeds fetched at once (per host: --per-host).")
@click.option("--per-host", default=4, show_default=True, help="Connections to one host at once.")
@click.option("--workers", default=2, show_default=True, help="Parser processes (0: parse in this process).")
@click.option("--timeout", default=20.0, show_default=True, help="Seconds allowed for connecting and per read.")
@click.option("--max-mb", default=10.0, show_default=True, help="Largest feed body accepted, in MB (decoded).")
@click.option("--parse-timeout", default=60.0, show_default=True, help="Seconds one feed may take to parse.")
@click.option("--disable-after", envvar="STORYWATCH_DISABLE_AFTER", default=10, show_default=True,
              help="Disable a source after this many consecutive failures (0: never; env STORYWATCH_DISABLE_AFTER).")
@click.option("--http", type=click.Choice(BACKENDS), default=DEFAULT_HTTP, show_default=True,
              help="HTTP client for the feeds (same limits either way); aiohttp costs about a third of httpx's "
                   "CPU per request.")
@click.option("--parser", type=click.Choice(["auto", "feedparser"]), default="auto", show_default=True,
              help="auto: plain RSS 2.0 is read by lxml with feedparser's rules (same values, a tenth of the CPU), "
                   "everything else by feedparser; feedparser: feedparser reads every feed.")
@click.option("--json", "as_json", is_flag=True, help="Print the run's outcome as JSON.")
@click.pass_obj
def poll(obj: Context, poll_all: bool, concurrency: int, per_host: int, workers: int, timeout: float, max_mb: float,
         parse_timeout: float, disable_after: int, http: str, parser: str, as_json: bool) -> None:
    """Poll the enabled feeds that are due (all with --all), archive new and changed articles, detect follow-ups
    and deliver alerts. Prints one line per source and a summary line."""
    watches = obj.watches()
    with obj.archive() as archive:
        console = telegram_token() is None
        outbox.set_console_subscriber(archive, watches, utcnow(), active=console)
        bar = _Bar()
        try:
            summary = run_poll(archive, watches, lambda: Fetcher(http=http, timeout=timeout,
                                                               max_bytes=int(max_mb * 1024 * 1024),
                                                               max_connections=concurrency, per_host=per_host),
                               utcnow, concurrency=concurrency, parse_workers=workers, disable_after=disable_after,
                               include_not_due=poll_all, parse_timeout=parse_timeout,
                               progress=None if as_json else bar, fast=parser == "auto")
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
        delivered = deliver_pending(archive, ConsoleSink(sys.stdout), utcnow) if console else 0
        if as_json:
            _echo_json({"run_id": summary.run_id, "totals": summary.totals(), "delivered": delivered,
                        "sources": [{"url": o.url, "status": o.status, "error": o.error, "warning": o.warning,
                                     "next_check": o.next_check, "reason": o.reason, "disabled": o.disabled,
                                     "moved_to": o.moved_to,
                                     **o.counts} for o in summary.outcomes]})
        elif not console:
            pending = outbox.outbox_counts(archive).get("pending", 0)
            click.echo(f"{pending} alerts pending for Telegram (run `storywatch bot` to deliver)")


@cli.command()
@click.argument("words", nargs=-1)
@click.option("--watch", default=None, help="Only articles matched to this watch.")
@click.option("--outlet", default=None, help="Only articles from this outlet (case-insensitive), e.g. Reuters.")
@click.option("--kind", type=click.Choice(KINDS), default=None, help="Only articles with a follow-up of this kind.")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), default=None, help="Published on or after this day.")
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), default=None, help="Published on or before this day.")
@click.option("--limit", default=20, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array (same as --format json).")
@click.pass_obj
def search(obj: Context, words: tuple[str, ...], watch: str | None, outlet: str | None, kind: str | None,
           since: datetime | None, until: datetime | None, limit: int, fmt: str, as_json: bool) -> None:
    """Full-text search of the archive (titles, summaries, bodies). FTS5 syntax such as OR and "phrases" works;
    with filters only (no words), the newest matching articles."""
    filters = Filters(watch=watch, outlet=outlet, kind=kind, since=since.date() if since else None,
                      until=until.date() if until else None)
    with obj.archive() as archive:
        rows = search_articles(archive, " ".join(words), filters, limit=limit)
    print_search(rows, "json" if as_json else fmt)


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array.")
@click.pass_obj
def watches(obj: Context, as_json: bool) -> None:
    """List the stories being watched (from the seeds folder)."""
    items = obj.watches()
    if as_json:
        _echo_json([{"name": w.name, "title": w.title, "sources": len(w.sources), "origins": [o.url for o in w.origins],
                     "alert_kinds": sorted(w.alert_kinds)} for w in items])
        return
    for w in items:
        click.echo(f"{w.name}: {w.title}\n  {len(w.sources)} sources, {len(w.origins)} origin articles, "
                   f"alerts on: {', '.join(sorted(w.alert_kinds))}")


@cli.command()
@click.option("--status", "status_", type=click.Choice(["pending", "sent", "failed", "all"]), default="all",
              show_default=True)
@click.option("--limit", default=50, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array.")
@click.pass_obj
def alerts(obj: Context, status_: str, limit: int, as_json: bool) -> None:
    """List the alert outbox: each follow-up per subscriber, with its delivery state."""
    with obj.archive() as archive:
        rows = archive.all(
            "SELECT a.id, a.status, a.attempts, a.created_at, a.sent_at, a.message_id, a.last_error, s.channel,"
            " s.chat_id, e.kind, e.watch, e.actor, e.evidence, ar.outlet, ar.title, ar.link"
            " FROM alerts a JOIN subscribers s ON s.id = a.subscriber_id JOIN events e ON e.id = a.event_id"
            " JOIN articles ar ON ar.id = e.article_id WHERE (? = 'all' OR a.status = ?) ORDER BY a.id DESC LIMIT ?",
            (status_, status_, limit),
        )
    if as_json:
        _echo_json(rows)
        return
    if not rows:
        click.echo("the outbox is empty")
    for r in rows:
        click.echo(f"{r['id']:>5} {r['status']:<8} {r['channel']}:{r['chat_id']}  [{r['kind']}] {r['outlet']}: "
                   f"{r['title']}\n        \u201c{r['evidence'][:160]}\u201d")


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print a JSON object.")
@click.pass_obj
def status(obj: Context, as_json: bool) -> None:
    """Summarise the archive: articles, follow-ups, source health, the outbox, the last runs."""
    with obj.archive() as archive:
        sources = archive.sources()
        data = {
            "db": obj.db_path,
            "articles": archive.one("SELECT count(*) AS n FROM articles")["n"],  # type: ignore[index]
            "versions": archive.one("SELECT count(*) AS n FROM article_versions")["n"],  # type: ignore[index]
            "matches": {r["watch"]: r["n"]
                        for r in archive.all("SELECT watch, count(*) AS n FROM matches GROUP BY watch")},
            "events": {r["kind"]: r["n"] for r in archive.all("SELECT kind, count(*) AS n FROM events GROUP BY kind")},
            "outbox": outbox.outbox_counts(archive),
            "sources": {
                "total": len(sources),
                "due_now": len(archive.due_sources(utcnow())[0]),
                "failing": [{"url": r["url"], "error": r["last_error"], "failures": r["consecutive_failures"],
                             "next_check": r["next_check"], "why": r["check_reason"]}
                            for r in sources if r["last_error"] and r["enabled"]],
                "disabled": [{"url": r["url"], "reason": r["disabled_reason"], "since": r["disabled_at"]}
                             for r in sources if not r["enabled"]],
            },
            "runs": archive.all("SELECT id, kind, started_at, finished_at, status, stats FROM runs"
                                " ORDER BY id DESC LIMIT 5"),
            "service": service_status(archive, obj.db_path),
        }
    if as_json:
        _echo_json(data)
        return
    click.echo(f"archive {data['db']}: {data['articles']} articles, {data['versions']} versions")
    click.echo("matches: " + (", ".join(f"{k} {v}" for k, v in data["matches"].items()) or "none"))
    click.echo("follow-ups: " + (", ".join(f"{k} {v}" for k, v in data["events"].items()) or "none"))
    click.echo("outbox: " + (", ".join(f"{k} {v}" for k, v in data["outbox"].items()) or "empty"))
    src = data["sources"]
    click.echo(f"sources: {src['total']}, {src['due_now']} feeds due now, {len(src['failing'])} failing, "
               f"{len(src['disabled'])} disabled")
    for f in src["failing"]:
        click.echo(f"  failing x{f['failures']}: {f['url']}: {f['error']}; next check {f['next_check']} ({f['why']})")
    for d in src["disabled"]:
        click.echo(f"  disabled: {d['url']}: {d['reason']}")
    for r in data["runs"]:
        click.echo(f"run {r['id']} {r['kind']} {r['started_at']} {r['status']} {r['stats']}")
    print_service_status(data["service"])


def main() -> None:
    cli(prog_name="storywatch")


# issue 4: Scrapy spiders (news sitemaps, article pages, re-visits)
from monitor.cli.crawl import crawl as _crawl  # noqa: E402

cli.add_command(_crawl)

# issue 7: operating it (demo, run) and the archive for analysts
from monitor.cli.archive import export_cmd, serve_cmd, timeline_cmd  # noqa: E402
from monitor.cli.ops import demo as _demo  # noqa: E402
from monitor.cli.ops import run as _run  # noqa: E402

for _command in (_demo, _run, timeline_cmd, export_cmd, serve_cmd):
    cli.add_command(_command)

# issue 5: the follow-up classifier as a JSON Lines filter, and its evaluation.
from monitor.cli.classify import classify_cmd, evaluate_cmd  # noqa: E402

cli.add_command(classify_cmd)
cli.add_command(evaluate_cmd)

from monitor.cli.bot import bot as _bot_command  # noqa: E402 (issue 6: the Telegram bot)

cli.add_command(_bot_command)

# issue 3: feed sources (discovery, OPML, intervals, health)
from monitor.cli.sources import sources as _sources  # noqa: E402 (registered last: it imports Context from here)

cli.add_command(_sources)
