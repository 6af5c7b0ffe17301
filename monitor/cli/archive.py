"""The archive for analysts: `storywatch timeline`, `storywatch export` and `storywatch serve`
(`storywatch search`'s filters live in monitor/archive/queries.py)."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import click

from monitor.archive.datasette import datasette_argv, datasette_available, datasette_metadata
from monitor.archive.export import FOLLOW_UP_COLUMNS, to_atom, to_csv, to_json
from monitor.archive.queries import follow_ups, timeline
from monitor.clock import utcnow
from monitor.models import KIND_LABELS, KINDS

SEARCH_COLUMNS = ("published", "outlet", "title", "url", "canonical_url", "first_seen")


def search_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Search results as printed: the outlet's link, the canonical URL, dates."""
    return [{"url": r["link"] or r["url"], "canonical_url": r["url"], "title": r["title"], "outlet": r["outlet"],
             "published": r["published"], "first_seen": r["first_seen"]} for r in rows]


def print_search(rows: list[dict[str, Any]], fmt: str) -> None:
    out = search_rows(rows)
    if fmt == "json":
        click.echo(json.dumps(out, ensure_ascii=False, indent=2))
    elif fmt == "csv":
        click.echo(to_csv(out, SEARCH_COLUMNS), nl=False)
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
        title_row = archive.one("SELECT story FROM events WHERE watch = ? AND story != '' LIMIT 1", (watch,))
    if fmt == "csv":
        text = to_csv(rows, FOLLOW_UP_COLUMNS)
    elif fmt == "json":
        text = to_json(rows, FOLLOW_UP_COLUMNS)
    else:
        text = to_atom(rows, watch=watch, title=title_row["story"] if title_row else watch, now=utcnow(),
                       self_url=self_url)
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
