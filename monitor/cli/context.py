"""What every command shares: the archive and seeds it was pointed at, the one place the Telegram token is
read, and JSON output."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

from monitor.archive.db import Archive
from monitor.models import Watch
from monitor.seeds import load_watches
from monitor.sites import load_sites
from monitor.urls import UrlRules

TOKEN_ENV = "TELEGRAM_BOT_TOKEN"


def telegram_token() -> str | None:
    """The bot token from the environment (surrounding white space, a pasting accident, removed), or None."""
    return os.environ.get(TOKEN_ENV, "").strip() or None


@dataclass
class Context:
    db_path: str
    seeds_dir: Path

    def archive(self) -> Archive:
        return Archive(self.db_path)

    def watches(self) -> list[Watch]:
        return load_watches(self.seeds_dir)

    def url_rules(self) -> UrlRules:
        """The sites' own tracking parameters (seeds/sites/*.toml)."""
        return load_sites(self.seeds_dir).url_rules()


def echo_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))
