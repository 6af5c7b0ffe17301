"""What every command shares: the archive and seeds it was pointed at, the one place the Telegram token is
read, and JSON output."""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

from monitor.archive.db import Archive
from monitor.egress import Egress
from monitor.models import Watch
from monitor.seeds import Loaded, load_folder, shipped_seeds_dir
from monitor.sites import load_sites
from monitor.urls import UrlRules

TOKEN_ENV = "TELEGRAM_BOT_TOKEN"
# What a Bot API token looks like (the bot's id, a colon, 35 characters): redacted wherever it shows up.
_TOKEN_SHAPE = re.compile(r"\b\d{5,}:[A-Za-z0-9_-]{30,}")


def telegram_token() -> str | None:
    """The bot token from the environment (surrounding white space, a pasting accident, removed), or None."""
    return os.environ.get(TOKEN_ENV, "").strip() or None


def redact(text: str) -> str:
    """`text` without the bot token: the one in the environment, and anything shaped like one."""
    token = telegram_token()
    if token:
        text = text.replace(token, "<token>")
    return _TOKEN_SHAPE.sub("<token>", text)


@dataclass
class Context:
    db_path: str
    seeds_dir: Path
    strict: bool = False  # partial failure exits 1 (--strict, STORYWATCH_STRICT)

    def archive(self) -> Archive:
        """The archive for a command that collects: created and migrated when needed."""
        return Archive(self.db_path)

    def reader(self) -> Archive:
        """The archive for a command that only reads: opened read-only, never created (ArchiveError)."""
        archive = Archive.for_reading(self.db_path)
        if archive.immutable:
            click.echo(f"note: {self.db_path} is on a read-only file system: opened immutable (a writer's "
                       "changes since are not seen)", err=True)
        return archive

    def loaded(self) -> Loaded:
        """The seeds folder's valid watches and the files skipped (each error printed to stderr)."""
        loaded = load_folder(self.seeds_dir)
        for error in loaded.errors.values():
            click.echo(f"warning: watch skipped: {error}", err=True)
        return loaded

    def watches(self) -> list[Watch]:
        return self.loaded().watches

    @property
    def shipped_seeds(self) -> bool:
        """Whether the watches are the packaged example (no ./seeds, no --seeds)."""
        return self.seeds_dir.resolve() == shipped_seeds_dir().resolve()

    def url_rules(self) -> UrlRules:
        """The sites' own tracking parameters (seeds/sites/*.toml)."""
        return load_sites(self.seeds_dir).url_rules()

    def egress(self) -> Egress:
        """The egress policy for this command's fetches: global addresses and STORYWATCH_ALLOW_NETWORKS (a
        malformed entry stops the command with a ConfigError naming it)."""
        return Egress.from_environment(os.environ)


def echo_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))
