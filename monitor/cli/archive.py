"""The archive as analysts and operators read it: `storywatch search`, `timeline`, `export`, `serve`,
`status`, `alerts` and `watches`."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from typing import Any

import click

from monitor.archive.alerts import STATUSES, list_alerts
from monitor.archive.datasette import datasette_argv, datasette_available, datasette_metadata
from monitor.archive.events import story_title
from monitor.archive.export import FOLLOW_UP_COLUMNS, to_atom, to_csv, to_json
from monitor.archive.queries import follow_ups, timeline
from monitor.archive.records import SearchHit
from monitor.archive.search import Budget, Filters, search_articles
from monitor.archive.service_state import ServiceStatus
from monitor.archive.status import StatusReport, status_report
from monitor.cli.context import Context, echo_json
from monitor.clock import utcnow
from monitor.models import KIND_LABELS, KINDS

PRINTED_COLUMNS = ("published", "outlet", "title", "url", "canonical_url", "first_seen")


def search_rows(rows: Sequence[SearchHit]) -> list[dict[str, Any]]:
    """Search results as printed: the outlet's link, the canonical URL, dates."""
    return [{"url": r["link"] or r["url"], "canonical_url": r["url"], "title": r["title"], "outlet": r["outlet"],
             "published": r["published"], "first_seen": r["first_seen"]} for r in rows]


def print_search(rows: Sequence[SearchHit], fmt: str) -> None:
    out = search_rows(rows)
    if fmt == "json":
        click.echo(json.dumps(out, ensure_ascii=False, indent=2))
    elif fmt == "csv":
        click.echo(to_csv(out, PRINTED_COLUMNS), nl=False)
    elif not out:
        click.echo("no articles found")
    else:
        for r in out:
            date = (r["published"] or r["first_seen"] or "")[:10]
            click.echo(f"{date}  {(r['outlet'] or '')[:20]:<20}  {r['title']}\n            {r['url']}")


@click.command("timeline")
@click.argument("watch")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array (articles with versions and follow-ups).")
@click.pass_obj
def timeline_cmd(obj: Any, watch: str, as_json: bool) -> None:
    """Print a story's thread in order: each article, its revisions, and the follow-ups found in it."""
    with obj.archive() as archive:
        rows = timeline(archive, watch)
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    click.echo(f"{watch}: {len(rows)} articles")
    for r in rows:
        versions = f"  ({r['versions']} versions)" if r["versions"] > 1 else ""
        click.echo(f"{(r['date'] or '')[:16].replace('T', ' '):<16}  {r['outlet'][:22]:<22}  {r['title']}{versions}")
        click.echo(f"{'':<18}{r['link']}")
        for e in r["follow_ups"]:
            label = KIND_LABELS.get(e["kind"], e["kind"].upper())
            click.echo(f"{'':<18}\u21b3 {label} by {e['actor'] or r['outlet']} (found {e['detected_at'][:10]}): "
                       f"\u201c{e['evidence'][:200]}\u201d")


@click.command("export")
@click.argument("watch")
@click.option("--format", "fmt", type=click.Choice(["csv", "json", "atom"]), default="csv", show_default=True)
@click.option("--kind", type=click.Choice(KINDS), default=None, help="Only follow-ups of this kind.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write to this file instead of standard output.")
@click.option("--self-url", default="", help="Atom only: the URL the feed will be served from (rel=self).")
@click.pass_obj
def export_cmd(obj: Any, watch: str, fmt: str, kind: str | None, output: Path | None, self_url: str) -> None:
    """Export a story's follow-ups as CSV, JSON, or an Atom feed for feed readers."""
    with obj.archive() as archive:
        rows = follow_ups(archive, watch, kind=kind)
        title = story_title(archive, watch) or watch
    if fmt == "csv":
        text = to_csv(rows, FOLLOW_UP_COLUMNS)
    elif fmt == "json":
        text = to_json(rows, FOLLOW_UP_COLUMNS)
    else:
        text = to_atom(rows, watch=watch, title=title, now=utcnow(), self_url=self_url)
    if output is None:
        click.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")
        click.echo(f"{len(rows)} follow-ups written to {output}", err=True)


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8001, show_default=True)
@click.option("--print-metadata", is_flag=True, help="Print the Datasette metadata (JSON) and exit.")
@click.pass_obj
def serve_cmd(obj: Any, host: str, port: int, print_metadata: bool) -> None:
    """Open the archive in Datasette (pip install 'storywatch[serve]'): full-text search, table descriptions
    and canned queries (follow-ups this week, corrections by outlet, a story's timeline)."""
    db = Path(obj.db_path)
    metadata = datasette_metadata(db.stem)
    if print_metadata:
        click.echo(json.dumps(metadata, indent=2))
        return
    if not datasette_available():
        raise click.ClickException("Datasette is not installed: pip install 'storywatch[serve]'")
    if not db.exists():
        raise click.ClickException(f"{db}: no archive there (run `storywatch init`, `poll` or `demo` first)")
    with obj.archive():
        pass  # applies pending migrations before Datasette opens the file
    with tempfile.TemporaryDirectory(prefix="storywatch-serve-") as work:
        path = Path(work) / "metadata.json"
        path.write_text(json.dumps(metadata), encoding="utf-8")
        click.echo(f"Datasette on http://{host}:{port}/{db.stem} (Ctrl-C stops it)", err=True)
        try:
            code = subprocess.call(datasette_argv(sys.executable, db, path, host=host, port=port))
        except KeyboardInterrupt:
            code = 0
    if code:
        raise click.ClickException(f"datasette exited with {code}")


@click.command()
@click.argument("words", nargs=-1)
@click.option("--watch", default=None, help="Only articles matched to this watch.")
@click.option("--outlet", default=None, help="Only articles from this outlet (case-insensitive), e.g. Reuters.")
@click.option("--kind", type=click.Choice(KINDS), default=None, help="Only articles with a follow-up of this kind.")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), default=None, help="Published on or after this day.")
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), default=None, help="Published on or before this day.")
@click.option("--limit", default=20, show_default=True)
@click.option("--timeout", default=60.0, show_default=True, type=click.FloatRange(min=0),
              help="Stop a search that runs longer than this many seconds (0: no limit).")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array (same as --format json).")
@click.pass_obj
def search(obj: Context, words: tuple[str, ...], watch: str | None, outlet: str | None, kind: str | None,
           since: datetime | None, until: datetime | None, limit: int, timeout: float, fmt: str,
           as_json: bool) -> None:
    """Full-text search of the archive (titles, summaries, bodies). FTS5 syntax such as OR and "phrases" works;
    with filters only (no words), the newest matching articles."""
    filters = Filters(watch=watch, outlet=outlet, kind=kind, since=since.date() if since else None,
                      until=until.date() if until else None)
    with obj.archive() as archive:
        rows = search_articles(archive, " ".join(words), filters, limit=limit,
                               budget=Budget(timeout) if timeout else None)
    print_search(rows, "json" if as_json else fmt)


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array.")
@click.pass_obj
def watches(obj: Context, as_json: bool) -> None:
    """List the stories being watched (from the seeds folder)."""
    items = obj.watches()
    if as_json:
        echo_json([{"name": w.name, "title": w.title, "sources": len(w.sources), "origins": [o.url for o in w.origins],
                    "alert_kinds": sorted(w.alert_kinds)} for w in items])
        return
    for w in items:
        click.echo(f"{w.name}: {w.title}\n  {len(w.sources)} sources, {len(w.origins)} origin articles, "
                   f"alerts on: {', '.join(sorted(w.alert_kinds))}")


@click.command()
@click.option("--status", "status_", type=click.Choice([*STATUSES, "all"]), default="all", show_default=True)
@click.option("--limit", default=50, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array.")
@click.pass_obj
def alerts(obj: Context, status_: str, limit: int, as_json: bool) -> None:
    """List the alert outbox: each follow-up per subscriber, with its delivery state."""
    with obj.archive() as archive:
        rows = list_alerts(archive, status_, limit=limit)
    if as_json:
        echo_json(rows)
        return
    if not rows:
        click.echo("the outbox is empty")
    for r in rows:
        click.echo(f"{r['id']:>5} {r['status']:<8} {r['channel']}:{r['chat_id']}  [{r['kind']}] {r['outlet']}: "
                   f"{r['title']}\n        \u201c{r['evidence'][:160]}\u201d")


def status_json(report: StatusReport) -> dict[str, Any]:
    return {
        "db": report.db, "articles": report.articles, "versions": report.versions, "matches": report.matches,
        "events": report.events, "outbox": report.outbox,
        "sources": {
            "total": report.sources, "due_now": report.due_now,
            "failing": [{"url": r["url"], "error": r["last_error"], "failures": r["consecutive_failures"],
                         "next_check": r["next_check"], "why": r["check_reason"]} for r in report.failing],
            "disabled": [{"url": r["url"], "reason": r["disabled_reason"], "since": r["disabled_at"]}
                         for r in report.disabled],
        },
        "runs": report.runs,
        "service": asdict(report.service) if report.service else None,
    }


def print_service_status(service: ServiceStatus) -> None:
    """`storywatch status`'s lines about `storywatch run`: running or not, its jobs, children, next fire times."""
    if service.running:
        click.echo(f"service: running (pid {service.pid}, since {service.since})")
    elif service.stale:
        click.echo("service: not running (it did not stop cleanly: no process holds its pid)")
    else:
        click.echo("service: not running" + (f" (last started {service.since})" if service.since else ""))
    for part in service.parts:
        bits = [part["state"]]
        if part["schedule"]:
            bits.append(part["schedule"])
        if part["next_fire"] and service.running:
            bits.append(f"next {part['next_fire']}")
        if part["pid"]:
            bits.append(f"pid {part['pid']}")
        if part["restarts"]:
            bits.append(f"{part['restarts']} restarts")
        if part["last_exit"] is not None:
            bits.append(f"last exit {part['last_exit']}")
        if part["detail"]:
            bits.append(part["detail"])
        click.echo(f"  {part['name']}: " + ", ".join(bits))


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print a JSON object.")
@click.pass_obj
def status(obj: Context, as_json: bool) -> None:
    """Summarise the archive: articles, follow-ups, source health, the outbox, the last runs."""
    with obj.archive() as archive:
        report = status_report(archive, obj.db_path, utcnow())
    if as_json:
        echo_json(status_json(report))
        return
    click.echo(f"archive {report.db}: {report.articles} articles, {report.versions} versions")
    click.echo("matches: " + (", ".join(f"{k} {v}" for k, v in report.matches.items()) or "none"))
    click.echo("follow-ups: " + (", ".join(f"{k} {v}" for k, v in report.events.items()) or "none"))
    click.echo("outbox: " + (", ".join(f"{k} {v}" for k, v in report.outbox.items()) or "empty"))
    click.echo(f"sources: {report.sources}, {report.due_now} feeds due now, {len(report.failing)} failing, "
               f"{len(report.disabled)} disabled")
    for f in report.failing:
        click.echo(f"  failing x{f['consecutive_failures']}: {f['url']}: {f['last_error']}; next check "
                   f"{f['next_check']} ({f['check_reason']})")
    for d in report.disabled:
        click.echo(f"  disabled: {d['url']}: {d['disabled_reason']}")
    for r in report.runs:
        click.echo(f"run {r['id']} {r['kind']} {r['started_at']} {r['status']} {r['stats']}")
    if report.service is not None:
        print_service_status(report.service)
