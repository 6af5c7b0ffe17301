"""`storywatch show ARTICLE`: one article, every version of it, and with `--diff` what changed between each."""

from __future__ import annotations

import json
from typing import Any

import click

from monitor.archive.queries import article_by_ref, article_follow_ups, article_matches, article_versions
from monitor.archive.records import ArticleRow, VersionRow
from monitor.cli.context import Context, echo_json
from monitor.detect.revisions import VersionDiff, diff_versions
from monitor.models import KIND_LABELS


def _when(value: str | None) -> str:
    return (value or "")[:16].replace("T", " ")


def _notes(value: str | None) -> list[str]:
    try:
        notes = json.loads(value or "[]")
    except ValueError:
        return []
    return [str(n) for n in notes] if isinstance(notes, list) else []


def _text(version: VersionRow) -> str:
    return "\n".join(part for part in (version["title"], version["summary"], version["body"]) if part)


def version_diff(before: VersionRow, after: VersionRow) -> dict[str, Any]:
    """What changed from `before` to `after`: the diff stored with `after` when there is one (a crawled page's
    is over its text and notes), else computed from the two texts (versions stored before diffs were)."""
    if after["diff"]:
        stored = json.loads(after["diff"])
        if isinstance(stored, dict):
            return stored
    diff: VersionDiff = diff_versions(_text(before), _text(after), _notes(before["notes"]), _notes(after["notes"]))
    return diff.as_json()


def _diff_lines(diff: dict[str, Any]) -> list[str]:
    lines = [f"note added:   {n}" for n in diff.get("notes_added", [])]
    lines += [f"note removed: {n}" for n in diff.get("notes_removed", [])]
    for pair in diff.get("changed", []):
        lines += [f"changed:      {pair['before']}", f"          to: {pair['after']}"]
    lines += [f"removed:      {p}" for p in diff.get("removed", [])]
    lines += [f"added:        {p}" for p in diff.get("added", [])]
    return lines or ["(no change in the text: white space, or fields the diff does not cover)"]


def article_json(row: ArticleRow, versions: list[VersionRow], diffs: bool, follow_ups: list[Any],
                 matches: list[Any]) -> dict[str, Any]:
    out_versions = []
    for i, v in enumerate(versions):
        item: dict[str, Any] = {"number": i + 1, "id": v["id"], "seen_at": v["seen_at"], "via": v["via"],
                                "url": v["url"], "title": v["title"], "summary": v["summary"], "body": v["body"],
                                "notes": _notes(v["notes"])}
        if diffs and i:
            item["diff"] = version_diff(versions[i - 1], v)
        out_versions.append(item)
    return {"id": row["id"], "title": row["title"], "outlet": row["outlet"], "link": row["link"] or row["url"],
            "authors": row["authors"], "language": row["language"], "published": row["published"],
            "updated": row["updated"], "first_seen": row["first_seen"], "last_seen": row["last_seen"],
            "notes": _notes(row["notes"]), "watches": matches, "follow_ups": follow_ups, "versions": out_versions}


@click.command("show")
@click.argument("article")
@click.option("--diff", "with_diff", is_flag=True, help="Also print what changed between each version and the next.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON object (versions with their texts).")
@click.pass_obj
def show(obj: Context, article: str, with_diff: bool, as_json: bool) -> None:
    """Print an article (by id, as `search` and `timeline` show it, or by URL), every version of it and, with
    --diff, what changed from each version to the next."""
    with obj.archive() as archive:
        row = article_by_ref(archive, article, obj.url_rules())
        versions = article_versions(archive, row["id"])
        follow_ups = article_follow_ups(archive, row["id"])
        matches = article_matches(archive, row["id"])
    if as_json:
        echo_json(article_json(row, versions, with_diff, list(follow_ups), list(matches)))
        return
    click.echo(f"#{row['id']} {row['outlet'] + ': ' if row['outlet'] else ''}{row['title'] or '(untitled)'}")
    click.echo(f"  {row['link'] or row['url']}")
    dates = [f"published {_when(row['published'])}" if row["published"] else "",
             f"updated {_when(row['updated'])}" if row["updated"] else "",
             f"first seen {_when(row['first_seen'])}", f"last seen {_when(row['last_seen'])}"]
    click.echo("  " + " \u00b7 ".join(d for d in dates if d) + " (UTC)")
    if row["authors"]:
        click.echo(f"  by {row['authors']}")
    for m in matches:
        click.echo(f"  in the story {m['watch']}: {m['reason']}")
    for e in follow_ups:
        label = KIND_LABELS.get(e["kind"], e["kind"].upper())
        click.echo(f"  {label} by {e['actor'] or row['outlet']} (found {_when(e['detected_at'])}): "
                   f"\u201c{e['evidence'][:300]}\u201d")
    click.echo(f"\n{len(versions)} version{'s' if len(versions) != 1 else ''}:")
    for i, v in enumerate(versions):
        where = f"  {v['url']}" if v["url"] and v["url"] != row["link"] else ""
        click.echo(f"  {i + 1}. {_when(v['seen_at'])}  from the {v['via']}{where}: {v['title'] or '(untitled)'}")
        if with_diff and i:
            for line in _diff_lines(version_diff(versions[i - 1], v)):
                click.echo(f"       {line}")
    if not with_diff and len(versions) > 1:
        click.echo(f"\n(`storywatch show {row['id']} --diff` prints what changed)")
