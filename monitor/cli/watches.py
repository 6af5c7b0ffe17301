"""`storywatch watches` (list, new, test) and `storywatch rematch`: the stories followed, how to start one,
what it would match in the archive already there, and recording those matches."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import click

from monitor.archive.locks import poll_lock
from monitor.cli.context import Context, echo_json
from monitor.clock import utcnow
from monitor.collect.rematch import Finding, alerts_planned, scan
from monitor.collect.rematch import rematch as run_rematch
from monitor.errors import ConfigError
from monitor.models import KIND_LABELS, Watch
from monitor.seeds import check_slug, load_folder, load_watch, shipped_seeds_dir

TEMPLATE = shipped_seeds_dir().parent / "watch-template.toml"
CONFIRM_ABOVE = 100  # rematch --alert writes more alerts than this only with --yes


def _one(obj: Context, name: str) -> Watch:
    """The watch NAME from the seeds folder (its own error when its file is invalid)."""
    path = obj.seeds_dir / f"{name}.toml"
    if not path.is_file():
        known = ", ".join(sorted(p.stem for p in obj.seeds_dir.glob("*.toml"))) or "none"
        raise ConfigError(f"no watch called {name!r} in {obj.seeds_dir} (known: {known})")
    return load_watch(path)


@click.group(invoke_without_command=True)
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array.")
@click.pass_context
def watches(ctx: click.Context, as_json: bool) -> None:
    """List the stories being watched (from the seeds folder), and any watch file skipped as invalid."""
    if ctx.invoked_subcommand is not None:
        return
    obj: Context = ctx.obj
    loaded = load_folder(obj.seeds_dir)
    if as_json:
        echo_json([{"name": w.name, "title": w.title, "sources": len(w.sources), "origins": [o.url for o in w.origins],
                    "alert_kinds": sorted(w.alert_kinds)} for w in loaded.watches]
                  + [{"name": name, "invalid": error} for name, error in loaded.errors.items()])
        return
    for w in loaded.watches:
        click.echo(f"{w.name}: {w.title}\n  {len(w.sources)} sources, {len(w.origins)} origin articles, "
                   f"alerts on: {', '.join(sorted(w.alert_kinds))}")
    for name, error in loaded.errors.items():
        click.echo(f"{name}: INVALID, skipped: {error}")
    if not loaded.watches and not loaded.errors:
        click.echo(f"no watches in {obj.seeds_dir}: `storywatch watches new NAME` writes one")


@watches.command("new")
@click.argument("name")
@click.option("--title", default="", help="The story's title (default: the name).")
@click.pass_obj
def watches_new(obj: Context, name: str, title: str) -> None:
    """Write a commented template for a new watch NAME (a slug: lower-case letters, digits, hyphens) into the
    seeds folder (./seeds when storywatch uses its shipped watch)."""
    check_slug(name)
    folder = Path("seeds") if obj.shipped_seeds else obj.seeds_dir
    path = folder / f"{name}.toml"
    if path.exists():
        raise ConfigError(f"{path} already exists")
    folder.mkdir(parents=True, exist_ok=True)
    text = TEMPLATE.read_text(encoding="utf-8").replace("{name}", name).replace(
        "{title}", (title or name.replace("-", " ").capitalize()).replace('"', "'"))
    path.write_text(text, encoding="utf-8")
    click.echo(f"wrote {path}: edit its query, then `storywatch watches test {name}`")
    if obj.shipped_seeds:
        click.echo(f"note: storywatch now follows the watches in {folder}/ (not the shipped example; "
                   "`storywatch init --copy-seeds` copies it there)")


def _finding_lines(f: Finding) -> list[str]:
    a = f.article
    date = (a["published"] or a["first_seen"] or "")[:10]
    mark = "" if f.known else " [new]"
    lines = [f"{date}  {(a['outlet'] or '')[:20]:<20}  {a['title']}{mark}", f"            {a['link']}",
             f"            why: {f.reason}"]
    lines += [f"            \u21b3 {KIND_LABELS.get(e.kind, e.kind.upper())}: \u201c{e.evidence[:160]}\u201d"
              for e, _ in f.events]
    return lines


@watches.command("test")
@click.argument("name")
@click.option("--limit", default=20, show_default=True, help="Articles to show (all are counted).")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), default=None, help="Only articles since this day.")
@click.pass_obj
def watches_test(obj: Context, name: str, limit: int, since: datetime | None) -> None:
    """Show what watch NAME would match in the archive, why, and the follow-ups it would find (writes nothing)."""
    watch = _one(obj, name)
    shown = matched = new = follow_ups = 0
    with obj.reader() as archive:
        for found in scan(archive, watch, since=since.date() if since else None):
            for f in found:
                matched += 1
                new += not f.known
                follow_ups += len(f.events)
                if shown < limit:
                    click.echo("\n".join(_finding_lines(f)))
                    shown += 1
    click.echo(f"{name} would match {matched} archived articles ({new} not matched yet), with {follow_ups} "
               f"follow-ups" + (f"; {matched - shown} more not shown (--limit)" if matched > shown else ""))
    if new:
        click.echo(f"record them with `storywatch rematch {name}`")


@click.command()
@click.argument("name")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), default=None,
              help="Only articles published (else first seen) on or after this day.")
@click.option("--alert", is_flag=True, help="Alert subscribers on follow-ups from versions seen in the last 7 days "
                                            "(older ones are recorded, never alerted).")
@click.option("--yes", is_flag=True, help=f"Go ahead with --alert when it would write more than {CONFIRM_ABOVE} "
                                          "alerts.")
@click.pass_obj
def rematch(obj: Context, name: str, since: datetime | None, alert: bool, yes: bool) -> None:
    """Match the archive against a new or edited watch NAME: record its matches and follow-ups (idempotent, in
    batches, holding the poll lock) without alerting on old news unless --alert."""
    watch = _one(obj, name)
    day = since.date() if since else None
    now = utcnow()
    with obj.archive() as archive, poll_lock(archive.path):
        if alert and not yes:
            planned = alerts_planned(archive, watch, now, since=day)
            if planned > CONFIRM_ABOVE:
                raise ConfigError(f"--alert would alert on {planned} follow-ups (more than {CONFIRM_ABOVE}): add "
                                  "--yes to go ahead, or narrow it with --since")
        result = run_rematch(archive, watch, now, since=day, alert=alert)
    click.echo(f"rematch {name}: {result.matched} articles match ({result.new_matches} newly recorded), "
               f"{result.follow_ups} follow-ups ({result.new_follow_ups} new), {result.alerts} alerts written")

