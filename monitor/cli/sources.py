"""`storywatch sources ...`: list sources with their health and schedule; add (discovering a site's feed),
remove, enable, disable, set an interval, import and export OPML."""

from __future__ import annotations

import asyncio
from pathlib import Path

import click

from monitor.archive.records import SourceRow
from monitor.archive.sources import (
    add_source,
    list_sources,
    remove_source,
    set_source_enabled,
    set_source_interval,
)
from monitor.cli.context import Context, echo_json
from monitor.clock import utcnow
from monitor.collect.discover import Discovered, discover_feed
from monitor.collect.fetch import make_fetcher
from monitor.collect.opml import OpmlFeed, parse_opml, to_opml
from monitor.egress import Egress
from monitor.text import clean_text


def _health(r: SourceRow) -> str:
    if not r["enabled"]:
        return f"DISABLED {r.get('disabled_at') or ''}: {r['disabled_reason'] or 'by the operator'}".replace(" :", ":")
    if r["last_error"]:
        return f"failing x{r['consecutive_failures']} (HTTP {r['last_status'] or '-'}): {r['last_error']}"
    if r["last_ok"]:
        seen = f", {r['last_entries']} entries" if r.get("last_entries") is not None else ""
        return f"ok {r['last_ok']} (HTTP {r['last_status']}{seen})"
    return "never polled"


@click.group(invoke_without_command=True)
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array.")
@click.pass_context
def sources(ctx: click.Context, as_json: bool) -> None:
    """List sources with their health and next check (and why then); subcommands manage them."""
    if ctx.invoked_subcommand is not None:
        return
    obj: Context = ctx.obj
    with obj.reader() as archive:  # a listing registers nothing: `init` and `poll` do
        rows = list_sources(archive)
    known = {r["url"] for r in rows}
    unregistered = [s.url for w in obj.watches() for s in w.sources if s.url not in known]
    if as_json:
        echo_json(rows)
        return
    for r in rows:
        state = "enabled" if r["enabled"] else "DISABLED"
        click.echo(f"{r['id']:>4} {r['type']:<7} {state:<8} {r['url']}\n       {r['name']} | {_health(r)}")
        if r["enabled"] and r["type"] == "rss":
            when = r["next_check"] or "now"
            click.echo(f"       next check {when}" + (f" ({r['check_reason']})" if r.get("check_reason") else ""))
        if r.get("fetch_url"):
            click.echo(f"       moved for good: polled at {r['fetch_url']}")
        if r.get("redirect_to"):
            click.echo(f"       permanently redirected to {r['redirect_to']} ({r['redirect_seen']} polls since "
                       f"{r['redirect_since']}): polled there once that has lasted a day")
        if r.get("last_warning"):
            click.echo(f"       warning: {(r['last_warning'] or '')[:200]}")
    for url in dict.fromkeys(unregistered):
        click.echo(f"   -  in the watches, not registered yet (storywatch init or poll registers it): {url}")


def _discover(url: str, timeout: float, egress: Egress) -> Discovered:
    async def go() -> Discovered:
        async with make_fetcher(timeout=timeout, egress=egress) as fetcher:
            return await discover_feed(fetcher, url)

    return asyncio.run(go())


@sources.command("add")
@click.argument("url")
@click.option("--name", default="", help="A display name (default: the feed's title).")
@click.option("--outlet", default="", help="The outlet its articles come from.")
@click.option("--type", "type_", type=click.Choice(["rss", "sitemap", "page"]), default="rss", show_default=True)
@click.option("--no-discover", is_flag=True, help="Add the URL as given, without fetching it.")
@click.option("--timeout", default=20.0, show_default=True, help="Seconds allowed for fetching while discovering.")
@click.pass_obj
def sources_add(obj: Context, url: str, name: str, outlet: str, type_: str, no_discover: bool,
                timeout: float) -> None:
    """Add a source to poll. For a feed, the URL is fetched first: a site or article page's offered feed
    (<link rel="alternate">) is found and added instead."""
    if not url.startswith(("http://", "https://")):
        raise click.BadParameter("expected an http(s) URL", param_hint="URL")
    if type_ == "rss" and not no_discover:
        found = _discover(url, timeout, obj.egress())
        if found.via:
            click.echo(f"{url} is a page; it offers the feed {found.url}")
        url, name = found.url, name or clean_text(found.feed.title)
        click.echo(f"feed: {found.feed.title or '(untitled)'}, {len(found.feed.entries)} entries")
    with obj.archive() as archive:
        source_id = add_source(archive, url, utcnow(), name=name, outlet=outlet, type=type_)
    click.echo(f"source {source_id} added: {url}")


@sources.command("remove")
@click.argument("url")
@click.pass_obj
def sources_remove(obj: Context, url: str) -> None:
    """Remove a source (its archived articles stay)."""
    with obj.archive() as archive:
        if not remove_source(archive, url):
            raise click.ClickException(f"no source with URL {url}")
    click.echo(f"removed {url}")


@sources.command("enable")
@click.argument("url")
@click.pass_obj
def sources_enable(obj: Context, url: str) -> None:
    """Re-enable a source (for example one disabled after repeated failures); it is due at once."""
    with obj.archive() as archive:
        if not set_source_enabled(archive, url, True, now=utcnow()):
            raise click.ClickException(f"no source with URL {url}")
    click.echo(f"enabled {url}")


@sources.command("disable")
@click.argument("url")
@click.option("--reason", default="disabled by the operator", show_default=True)
@click.pass_obj
def sources_disable(obj: Context, url: str, reason: str) -> None:
    """Stop polling a source without forgetting it."""
    with obj.archive() as archive:
        if not set_source_enabled(archive, url, False, reason, now=utcnow()):
            raise click.ClickException(f"no source with URL {url}")
    click.echo(f"disabled {url}")


@sources.command("interval")
@click.argument("url")
@click.argument("minutes", type=click.FloatRange(min=0))
@click.pass_obj
def sources_interval(obj: Context, url: str, minutes: float) -> None:
    """Poll a source every MINUTES (0: back to the default). Publishers' max-age and <ttl> may lengthen it."""
    with obj.archive() as archive:
        if not set_source_interval(archive, url, int(minutes * 60) or None):
            raise click.ClickException(f"no source with URL {url}")
    click.echo(f"{url}: every {minutes:g} min" if minutes else f"{url}: default interval")


@sources.command("import")
@click.argument("opml_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.pass_obj
def sources_import(obj: Context, opml_file: Path) -> None:
    """Add every feed listed in an OPML file (folders become outlets when the feed names none)."""
    feeds = parse_opml(opml_file.read_bytes())
    now = utcnow()
    with obj.archive() as archive:
        known = {r["url"] for r in list_sources(archive)}
        with archive.write():
            for feed in feeds:
                add_source(archive, feed.url, now, name=feed.title, outlet=feed.category)
    added = sum(1 for f in feeds if f.url not in known)
    click.echo(f"imported {len(feeds)} feeds from {opml_file}: {added} new, {len(feeds) - added} already known")


@sources.command("export")
@click.argument("opml_file", type=click.Path(dir_okay=False, path_type=Path), required=False)
@click.pass_obj
def sources_export(obj: Context, opml_file: Path | None) -> None:
    """Write the feed sources as OPML (to OPML_FILE, or to standard output)."""
    with obj.reader() as archive:
        rows = list_sources(archive, type="rss")
    # A feed that moved for good is exported at its new address (where another reader should poll it).
    text = to_opml([OpmlFeed(r["fetch_url"] or r["url"], r["name"] if r["name"] != r["url"] else "", r["outlet"])
                    for r in rows])
    if opml_file is None:
        click.echo(text, nl=False)
    else:
        opml_file.write_text(text, encoding="utf-8")
        click.echo(f"exported {len(rows)} feeds to {opml_file}")
