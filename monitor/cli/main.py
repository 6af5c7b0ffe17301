"""The `storywatch` command group (click): the edge where errors become messages and the clock is read.

Commands are imported when they run (`storywatch poll` loads the poller, not the bot, Scrapy or the demo).
Errors end as one line on stderr and an exit code: 1 for storywatch's own errors (bad input, configuration,
a fetch), 3 for the environment or the archive (a full disk, a read-only or damaged archive, another
program's SQLite file, one made by a newer storywatch, a file nested too deeply to read). Anything else is a
bug: its traceback is printed by a hook that takes the bot token out of it first.
"""

from __future__ import annotations

import errno
import importlib
import os
import sqlite3
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType
from typing import Any

import click

from monitor.archive.db import explain
from monitor.cli.context import Context, redact
from monitor.errors import StorywatchError
from monitor.seeds import default_seeds_dir

ENVIRONMENT_EXIT = 3

# command -> "module:function" (a click command); `--help` lists them all.
COMMANDS = {
    "init": "monitor.cli.collect:init",
    "poll": "monitor.cli.collect:poll",
    "crawl": "monitor.cli.crawl:crawl",
    "backfill": "monitor.cli.backfill:backfill",
    "sources": "monitor.cli.sources:sources",
    "watches": "monitor.cli.watches:watches",
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
    "notify": "monitor.cli.notify:notify",
    "deliver": "monitor.cli.notify:deliver",
    "demo": "monitor.cli.ops:demo",
    "run": "monitor.cli.ops:run",
    "rematch": "monitor.cli.watches:rematch",
}

# Options of the group that are also accepted after the command (`storywatch search x --db d.db`), unless
# the command has an option of that name itself (`storywatch demo --db`).
GLOBAL_OPTIONS = {"--db": True, "--seeds": True, "--strict": False}  # name -> takes a value


def hoist_global_options(group: click.Group, ctx: click.Context, args: list[str]) -> list[str]:
    """Move the group's own options found after the command to before it."""
    leaf: click.Command = group
    first = None  # where the command's name is
    i = 0
    while i < len(args) and isinstance(leaf, click.Group):
        token = args[i]
        if token.startswith("-"):
            i += 2 if first is None and GLOBAL_OPTIONS.get(token) else 1
            continue
        found = leaf.get_command(ctx, token)
        if found is None:
            break
        leaf, first = found, i if first is None else first
        i += 1
    if first is None:
        return args
    own = {opt for param in leaf.params for opt in getattr(param, "opts", [])}
    front, rest, i = list(args[:first]), [], first
    while i < len(args):
        token = args[i]
        if token == "--":
            rest += args[i:]
            break
        name = token.split("=", 1)[0]
        if name in GLOBAL_OPTIONS and name not in own:
            takes = GLOBAL_OPTIONS[name] and "=" not in token
            front += args[i:i + 1 + int(takes)]
            i += 1 + int(takes)
            continue
        rest.append(token)
        i += 1
    return front + rest


def exit_error(exc: StorywatchError) -> click.ClickException:
    """A StorywatchError as click prints it (the bot token taken out), with the exit code its kind calls for
    (README's table)."""
    error = click.ClickException(redact(str(exc)))
    error.exit_code = exc.exit_code
    return error


class EnvironmentProblem(click.ClickException):
    """The archive or the machine stands in the way (exit 3), not the command's input."""

    exit_code = ENVIRONMENT_EXIT


def os_problem(exc: OSError) -> str:
    what = exc.strerror or str(exc) or type(exc).__name__
    where = f": {exc.filename}" if exc.filename else ""
    if exc.errno == errno.ENOSPC:
        return f"the disk is full ({what}{where}): free some space and run the command again"
    return f"{what}{where}"


class _Group(click.Group):
    """Loads each command on demand, and turns errors from any of them into one clean line: StorywatchError
    exits 1; ArchiveError, SQLite's errors, OSError and RecursionError exit 3."""

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

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        return super().parse_args(ctx, hoist_global_options(self, ctx, args))

    def invoke(self, ctx: click.Context) -> Any:
        db = getattr(ctx.obj, "db_path", None) or ctx.params.get("db_path") or "the archive"
        try:
            return super().invoke(ctx)
        except StorywatchError as exc:
            raise exit_error(exc) from None
        except sqlite3.Error as exc:
            raise EnvironmentProblem(redact(f"{db}: {explain(exc)}")) from None
        except (click.exceptions.Exit, click.Abort, click.ClickException):
            raise
        except BrokenPipeError:
            # The reader went away (`storywatch search ... | head`): nothing more to say, and nowhere to say it.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            raise click.exceptions.Exit(1) from None
        except OSError as exc:
            raise EnvironmentProblem(redact(os_problem(exc))) from None
        except RecursionError:
            raise EnvironmentProblem("the input is nested too deeply to read") from None


@click.group(cls=_Group)
@click.option("--db", "db_path", envvar="STORYWATCH_DB", default="storywatch.db", show_default=True,
              help="The SQLite archive file (env STORYWATCH_DB).")
@click.option("--seeds", "seeds_dir", envvar="STORYWATCH_SEEDS", type=click.Path(path_type=Path),
              default=None, help="Folder of watch files, *.toml (env STORYWATCH_SEEDS; default: ./seeds when it "
                                 "exists, else the watch shipped with storywatch).")
@click.option("--strict", is_flag=True, envvar="STORYWATCH_STRICT",
              help="Exit 1 when some sources or pages failed, not only when all did (env STORYWATCH_STRICT).")
@click.version_option(package_name="storywatch")
@click.pass_context
def cli(ctx: click.Context, db_path: str, seeds_dir: Path | None, strict: bool) -> None:
    """storywatch follows news stories: it collects follow-up coverage into a SQLite archive and alerts on
    corrections, apologies, retractions and denials (Telegram, or the console when no token is set).

    Exit codes: 0 ok, 1 some sources or pages failed, 2 usage, 3 environment or archive error."""
    ctx.obj = Context(db_path=db_path, seeds_dir=seeds_dir or default_seeds_dir(), strict=strict)


def _redacted_hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    sys.stderr.write(redact("".join(traceback.format_exception(kind, value, tb))))


def _redacted_thread_hook(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is not SystemExit:
        name = args.thread.name if args.thread is not None else "a thread"
        sys.stderr.write(f"Exception in {name}:\n")
        _redacted_hook(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback)


def install_excepthook() -> None:
    """The last guard: a traceback that still reaches the top (a bug) is printed without the bot token."""
    sys.excepthook = _redacted_hook
    threading.excepthook = _redacted_thread_hook


def main() -> None:
    install_excepthook()
    cli(prog_name="storywatch")
