"""The bot's command table and the parsing of command arguments (pure)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta

from .strings import t


@dataclass(frozen=True)
class Command:
    """A command; its description, in each language, is the catalogue's `cmd.<name>` (bot/strings.py)."""

    name: str
    args: str
    operator: bool = False

    @property
    def usage(self) -> str:
        return f"/{self.name} {self.args}".rstrip()

    def description(self, lang: str = "en") -> str:
        return t(lang, f"cmd.{self.name}")


COMMANDS: tuple[Command, ...] = (
    Command("start", ""),
    Command("help", ""),
    Command("stories", ""),
    Command("subscribe", "NAME [KINDS]"),
    Command("unsubscribe", "NAME"),
    Command("mysubs", ""),
    Command("filter", "NAME kinds|outlets|confidence VALUE"),
    Command("filters", ""),
    Command("latest", "[NAME]"),
    Command("search", "WORDS"),
    Command("mute", "DURATION"),
    Command("digest", "on|off"),
    Command("language", "en|ru|auto"),
    Command("status", "", operator=True),
    Command("sources", "", operator=True),
)
BY_NAME = {c.name: c for c in COMMANDS}
PUBLIC = tuple(c for c in COMMANDS if not c.operator)

_DURATION = re.compile(r"^\s*(\d{1,4})\s*(m|min|mins|minutes?|h|hours?|d|days?|w|weeks?)\s*$", re.IGNORECASE)
_UNIT = {"m": timedelta(minutes=1), "h": timedelta(hours=1), "d": timedelta(days=1), "w": timedelta(weeks=1)}
MAX_MUTE = timedelta(days=30)
OFF_WORDS = ("off", "0", "none", "no", "stop")


def parse_duration(text: str) -> timedelta | None:
    """'30m', '2h', '1d', '1 week' -> a timedelta (at most 30 days); 'off' -> zero; anything else -> None."""
    if text.strip().lower() in OFF_WORDS:
        return timedelta(0)
    match = _DURATION.match(text)
    if match is None:
        return None
    amount = int(match.group(1)) * _UNIT[match.group(2)[0].lower()]
    return min(amount, MAX_MUTE) if amount > timedelta(0) else None


def parse_switch(text: str) -> bool | None:
    """'on'/'off' (and a few synonyms) -> True/False; anything else -> None."""
    word = text.strip().lower()
    if word in ("on", "yes", "daily", "1", "true"):
        return True
    if word in ("off", "no", "instant", "0", "false"):
        return False
    return None


MAX_SEARCH_CHARS = 200
MAX_SEARCH_TERMS = 20
MAX_SEARCH_PAGE = 20  # pages of results a search can be turned to (five a page)
MAX_ECHO = 60  # characters of a user's argument repeated back in an answer
_TERM = re.compile(r"\w+")
_WEBHOOK_SECRET = re.compile(r"[A-Za-z0-9_-]{1,256}")


def search_problem(words: str) -> str | None:
    """Why these search words are refused (too long, too many terms), or None. FTS5 reads every run of word
    characters as a term, so that is what is counted."""
    if len(words) > MAX_SEARCH_CHARS:
        return f"A search is at most {MAX_SEARCH_CHARS} characters."
    if len(_TERM.findall(words)) > MAX_SEARCH_TERMS:
        return f"A search is at most {MAX_SEARCH_TERMS} words."
    return None


def parse_page(text: str) -> int | None:
    """A search button's page number (0-based), or None when it is not one a search can have."""
    if not text.isascii() or not text.isdigit() or len(text) > 3:
        return None
    page = int(text)
    return page if page < MAX_SEARCH_PAGE else None


def echo(text: str, limit: int = MAX_ECHO) -> str:
    """A user's argument as it may be repeated back: one line, at most `limit` characters."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def valid_webhook_secret(secret: str) -> bool:
    """Telegram's rule for a webhook's secret token: 1-256 characters of A-Z, a-z, 0-9, _ and -."""
    return _WEBHOOK_SECRET.fullmatch(secret) is not None


def parse_operators(text: str) -> frozenset[int]:
    """STORYWATCH_OPERATORS: Telegram user ids separated by commas or spaces. Raises ValueError on a non-number."""
    return frozenset(int(part) for part in re.split(r"[,\s]+", text.strip()) if part)
