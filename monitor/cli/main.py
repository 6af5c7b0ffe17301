"""The `storywatch` command group (click): the edge where errors become messages and the clock is read.

Commands are imported when they run (`storywatch poll` loads the poller, not the bot, Scrapy or the demo).
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

import click

from monitor.cli.context import Context
from monitor.errors import StorywatchError
from monitor.seeds import default_seeds_dir

# command -> "module:function" (a click command); `--help` lists them all.
COMMANDS = {
    "init": "monitor.cli.collect:init",
    "poll": "monitor.cli.collect:poll",
    "crawl": "monitor.cli.crawl:crawl",
    "sources": "monitor.cli.sources:sources",
    "watches": "monitor.cli.archive:watches",
    "search": "monitor.cli.archive:search",
    "timeline": "monitor.cli.archive:timeline_cmd",
    "export": "monitor.cli.archive:export_cmd",
    "show": "monitor.cli.show:show",
    "serve": "monitor.cli.serve:serve_cmd",
    "status": "monitor.cli.archive:status",
    "alerts": "monitor.cli.archive:alerts",
    "classify": "monitor.cli.classify:classify_cmd",
    "evaluate": "monitor.cli.classify:evaluate_cmd",
    "bot": "monitor.cli.bot:bot",
    "demo": "monitor.cli.ops:demo",
    "run": "monitor.cli.ops:run",
}


class _Group(click.Group):
    """Loads each command on demand, and turns StorywatchError from any of them into a clean message (exit 1)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        target = COMMANDS.get(name)
        if target is None:
            return None
        module, _, attr = target.partition(":")
        command = getattr(importlib.import_module(module), attr)
        assert isinstance(command, click.Command)
        return command

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except StorywatchError as exc:
            raise click.ClickException(str(exc)) from exc


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


def main() -> None:
    cli(prog_name="storywatch")
