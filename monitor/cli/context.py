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
from monitor.seeds import load_watches

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

    def archive(self) -> Archive:
        return Archive(self.db_path)

    def watches(self) -> list[Watch]:
        return load_watches(self.seeds_dir)

    def egress(self) -> Egress:
        """The egress policy for this command's fetches: global addresses and STORYWATCH_ALLOW_NETWORKS (a
        malformed entry stops the command with a ConfigError naming it)."""
        return Egress.from_environment(os.environ)


def echo_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))
