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
from monitor.archive.records import RunRow, SearchHit
from monitor.archive.search import SORTS, Budget, Filters, marked, search_articles
from monitor.archive.service_state import ServiceStatus
from monitor.archive.status import StatusReport, status_report
from monitor.cli.context import Context, echo_json
from monitor.clock import parse_iso, utcnow
from monitor.collect.crawls import summarize
from monitor.deliver.timeline import timeline_lines
from monitor.errors import SeedError
from monitor.models import KIND_LABELS, KINDS
from monitor.seeds import load_folder

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
    with obj.reader() as archive:
        rows = timeline(archive, watch)
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    for line in timeline_lines(watch, rows):
        click.echo(line)


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
    with obj.reader() as archive:
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
@click.option("--timeout", default=60.0, show_default=True, type=click.FloatRange(min=0),
              help="Stop a search that runs longer than this many seconds (0: no limit).")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array (same as --format json).")
@click.pass_obj
def search(obj: Context, words: tuple[str, ...], watch: str | None, outlet: str | None, kind: str | None,
           since: datetime | None, until: datetime | None, sort: str, limit: int, timeout: float, fmt: str,
           as_json: bool) -> None:
    """Full-text search of the archive (titles, summaries, bodies), best match first: each article's id (for
    `storywatch show`), date, outlet, title, the follow-ups found in it and a snippet with the matched words in
    **bold**. FTS5 syntax such as OR and "phrases" works; with filters only (no words), the newest matching
    articles."""
    filters = Filters(watch=watch, outlet=outlet, kind=kind, since=since.date() if since else None,
                      until=until.date() if until else None)
    text = " ".join(words)
    with obj.reader() as archive:
        rows = search_articles(archive, text, filters, limit=limit, sort=sort,
                               budget=Budget(timeout) if timeout else None)
    print_search(rows, "json" if as_json else fmt, words=text, sort=sort, limit=limit)


@click.command()
@click.option("--status", "status_", type=click.Choice([*STATUSES, "all"]), default="all", show_default=True)
@click.option("--limit", default=50, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array.")
@click.pass_obj
def alerts(obj: Context, status_: str, limit: int, as_json: bool) -> None:
    """List the alert outbox: each follow-up per subscriber, with its delivery state."""
    with obj.reader() as archive:
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
        "backfills": [{"id": j["id"], "watch": j["watch"], "from": j["day_from"], "to": j["day_to"],
                       "status": j["status"], "passes": j["passes"], "stats": json.loads(j["stats"]),
                       "errors": json.loads(j["errors"]), "updated_at": j["updated_at"]} for j in report.backfills],
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
    with obj.reader() as archive:
        report = status_report(archive, obj.db_path, utcnow())
    if as_json:
        try:
            loaded = load_folder(obj.seeds_dir)
            watches: dict[str, Any] = {"valid": sorted(loaded.names), "invalid": loaded.errors}
        except SeedError as exc:
            watches = {"valid": [], "invalid": {}, "error": str(exc)}
        echo_json({**status_json(report), "watches": watches})
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
        click.echo(run_line(r))
    for j in report.backfills:
        stats, errors = json.loads(j["stats"]), json.loads(j["errors"])
        click.echo(f"backfill {j['id']} {j['watch']} {j['day_from']}..{j['day_to']}: {j['status']} (pass {j['passes']},"
                   f" updated {j['updated_at']}): {stats.get('candidates', 0)} candidates, "
                   f"{stats.get('versions', 0)} versions, {stats.get('follow_ups', 0)} follow-ups"
                   + "".join(f"; error: {source}: {error}" for source, error in errors.items()))
    print_watch_health(obj)
    if report.service is not None:
        print_service_status(report.service)


def run_line(r: RunRow) -> str:
    """One readable line per run: what it did, not its whole stats dump (that is in `status --json`)."""
    try:
        stats = json.loads(r["stats"] or "{}")
    except ValueError:
        stats = {}
    started, finished = parse_iso(r["started_at"]), parse_iso(r["finished_at"])
    took = f"{(finished - started).total_seconds():.0f}s" if started and finished else "-"
    if r["kind"] == "poll":
        sources = sum(int(stats.get(f"sources_{k}", 0)) for k in ("ok", "not_modified", "failed"))
        detail = (f"{sources} sources ({stats.get('sources_ok', 0)} ok, {stats.get('sources_not_modified', 0)} "
                  f"not modified, {stats.get('sources_failed', 0)} failed); {stats.get('new', 0)} new, "
                  f"{stats.get('updated', 0)} updated; {stats.get('events', 0)} follow-ups")
    elif r["kind"] == "crawl":
        detail = summarize(stats).line(str(stats.get("spider", "?"))).removeprefix("crawl ")
    else:
        detail = ", ".join(f"{k} {v}" for k, v in sorted(stats.items()) if isinstance(v, int | float))[:200]
    error = f" \u2014 {' '.join(str(r['error']).split())[:160]}" if r["error"] else ""
    return f"run {r['id']} {r['kind']} {(r['started_at'] or '')[:16].replace('T', ' ')} {r['status']} ({took}): " \
           f"{detail}{error}"


def print_watch_health(obj: Context) -> None:
    """The watches followed, and each watch file skipped with its error (the others still run)."""
    try:
        loaded = load_folder(obj.seeds_dir)
    except SeedError as exc:
        click.echo(f"watches: {exc}")
        return
    click.echo(f"watches: {len(loaded.watches)} from {obj.seeds_dir}" + (
        f", {len(loaded.errors)} invalid (skipped)" if loaded.errors else ""))
    for error in loaded.errors.values():
        click.echo(f"  invalid: {error}")
