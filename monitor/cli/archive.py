"""The archive as analysts and operators read it: `storywatch search`, `timeline`, `export`, `status`,
`alerts` and `watches` (`show` and `serve` have modules of their own)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from typing import Any

import click

from monitor.archive.alerts import STATUSES, list_alerts
from monitor.archive.events import story_title
from monitor.archive.export import FOLLOW_UP_COLUMNS, to_atom, to_csv, to_json
from monitor.archive.queries import follow_ups, timeline
from monitor.archive.records import SearchHit
from monitor.archive.search import SORTS, Filters, marked, search_articles
from monitor.archive.service_state import ServiceStatus
from monitor.archive.status import StatusReport, status_report
from monitor.cli.context import Context, echo_json
from monitor.clock import utcnow
from monitor.models import KIND_LABELS, KINDS

SEARCH_COLUMNS = ("id", "date", "outlet", "title", "kinds", "snippet", "link", "published", "first_seen", "score")


def _bold(word: str) -> str:
    return f"**{word}**"


def search_rows(rows: Sequence[SearchHit]) -> list[dict[str, Any]]:
    """Search results as printed: id, date, outlet, title, follow-up kinds, the snippet with the matched words
    in **bold**, and the outlet's link (the archive's key is internal)."""
    return [{"id": r["id"], "date": (r["published"] or r["first_seen"] or "")[:10], "outlet": r["outlet"],
             "title": r["title"], "kinds": list(r["kinds"]), "snippet": marked(r["snippet"], _bold),
             "link": r["link"] or r["url"], "published": r["published"], "first_seen": r["first_seen"],
             "score": None if r["score"] is None else round(r["score"], 3)} for r in rows]


def search_header(count: int, words: str, sort: str, limit: int) -> str:
    """The line above the results: how many, for what, in which order."""
    what = f"for \u201c{words}\u201d" if words.strip() else "matching the filters"
    order = "newest first" if sort == "date" or not words.strip() else "most relevant first"
    more = f" (the first {limit}: --limit for more)" if count == limit else ""
    return f"{count} article{'s' if count != 1 else ''} {what}, {order}{more}"


def print_search(rows: Sequence[SearchHit], fmt: str, *, words: str = "", sort: str = "relevance",
                 limit: int = 0) -> None:
    out = search_rows(rows)
    if fmt == "json":
        click.echo(json.dumps(out, ensure_ascii=False, indent=2))
        return
    if fmt == "csv":
        click.echo(to_csv([{**r, "kinds": " ".join(r["kinds"])} for r in out], SEARCH_COLUMNS), nl=False)
        return
    click.echo(search_header(len(out), words, sort, limit))
    for r in out:
        kinds = f"  [{', '.join(KIND_LABELS.get(k, k.upper()) for k in r['kinds'])}]" if r["kinds"] else ""
        click.echo(f"\n#{r['id']:<5} {r['date']:<10}  {(r['outlet'] or '')[:24]}: {r['title']}{kinds}")
        if r["snippet"]:
            click.echo(f"       {r['snippet']}")
        click.echo(f"       {r['link']}")


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
    click.echo(f"{watch}: {len(rows)} articles (`storywatch show ID --diff`: an article, its versions and what "
               "changed)")
    for r in rows:
        versions = f"  ({r['versions']} versions)" if r["versions"] > 1 else ""
        click.echo(f"#{r['id']:<5} {(r['date'] or '')[:16].replace('T', ' '):<16}  {r['outlet'][:22]:<22}  "
                   f"{r['title']}{versions}")
        click.echo(f"{'':<25}{r['link']}")
        for e in r["follow_ups"]:
            label = KIND_LABELS.get(e["kind"], e["kind"].upper())
            click.echo(f"{'':<25}\u21b3 {label} by {e['actor'] or r['outlet']} (found {e['detected_at'][:10]}): "
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


@click.command()
@click.argument("words", nargs=-1)
@click.option("--watch", default=None, help="Only articles matched to this watch.")
@click.option("--outlet", default=None, help="Only articles from this outlet (case-insensitive), e.g. Reuters.")
@click.option("--kind", type=click.Choice(KINDS), default=None, help="Only articles with a follow-up of this kind.")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), default=None, help="Published on or after this day.")
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), default=None, help="Published on or before this day.")
@click.option("--sort", type=click.Choice(SORTS), default="relevance", show_default=True,
              help="relevance: best match first (bm25, title words weigh most); date: newest first.")
@click.option("--limit", default=20, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array (same as --format json).")
@click.pass_obj
def search(obj: Context, words: tuple[str, ...], watch: str | None, outlet: str | None, kind: str | None,
           since: datetime | None, until: datetime | None, sort: str, limit: int, fmt: str, as_json: bool) -> None:
    """Full-text search of the archive (titles, summaries, bodies), best match first: each article's id (for
    `storywatch show`), date, outlet, title, the follow-ups found in it and a snippet with the matched words in
    **bold**. FTS5 syntax such as OR and "phrases" works; with filters only (no words), the newest matching
    articles."""
    filters = Filters(watch=watch, outlet=outlet, kind=kind, since=since.date() if since else None,
                      until=until.date() if until else None)
    text = " ".join(words)
    with obj.archive() as archive:
        rows = search_articles(archive, text, filters, limit=limit, sort=sort)
    print_search(rows, "json" if as_json else fmt, words=text, sort=sort, limit=limit)


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
