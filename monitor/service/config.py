"""The service's configuration: a TOML file (storywatch.toml), validated, with environment overrides.

Every key is a dataclass field with its default and a help text in the field's metadata; the reference in
docs/deploy.md is generated from these (`python -m monitor.service.config`) and a test checks it matches.
Environment variables override the file: STORYWATCH_<SECTION>_<KEY> for the scalar keys of the single
sections (for example STORYWATCH_POLL_INTERVAL=300, STORYWATCH_LOG_FORMAT=text).
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import MISSING, dataclass, field, fields
from datetime import UTC, date
from pathlib import Path
from typing import Any

from apscheduler.triggers.cron import CronTrigger

from monitor.collect.crawls import check_spider
from monitor.collect.fetch import BACKENDS
from monitor.collect.settings import LEGACY_ENV, PARSERS, PollSettings
from monitor.egress import ENV as ALLOW_ENV
from monitor.egress import Egress, parse_network
from monitor.errors import ConfigError


def _help(text: str) -> dict[str, str]:
    return {"help": text}


@dataclass(frozen=True)
class PollConfig(PollSettings):
    """`storywatch poll`'s settings (the same defaults and environment variables), and how often to poll."""

    interval: float = field(default=900.0, metadata=_help("seconds between poll cycles of every enabled feed"))


@dataclass(frozen=True)
class CrawlSchedule:
    name: str = field(metadata=_help("the spider: runs `storywatch crawl NAME` as a child process"))
    cron: str = field(metadata=_help("when: 5 crontab fields (minute hour day month weekday) in UTC, or 6 with "
                                     "seconds first; weekdays by name (mon-fri), not number"))
    timeout: float = field(default=1800.0, metadata=_help("seconds before a crawl still running is stopped"))
    command: tuple[str, ...] = field(default=(), metadata=_help(
        "the child's argv instead of the default; {python} {db} {seeds} {name} are filled in"))


@dataclass(frozen=True)
class BackfillJob:
    watch: str = field(metadata=_help("the watch whose history to read: runs `storywatch backfill WATCH` as a child "
                                      "process"))
    from_day: str = field(metadata=_help("the first day to read, YYYY-MM-DD"))
    to_day: str = field(metadata=_help("the last day to read, YYYY-MM-DD (inclusive)"))
    alert: str = field(default="false", metadata=_help(
        "true: one digest per subscriber of the follow-ups found, when the job is done; false: none"))
    cron: str = field(default="", metadata=_help(
        "empty: once, from the service's start until it is done (a stopped one continues where it stopped); "
        "else when to read the range again (5 or 6 crontab fields, UTC), adding only what is new"))
    timeout: float = field(default=0.0, metadata=_help("seconds before a backfill still running is stopped (0: no "
                                                       "limit; a stopped backfill continues at its next run)"))
    command: tuple[str, ...] = field(default=(), metadata=_help(
        "the child's argv instead of the default; {python} {db} {seeds} {watch} {from_day} {to_day} are filled in"))

    @property
    def name(self) -> str:
        return f"backfill:{self.watch}:{self.from_day}..{self.to_day}"


@dataclass(frozen=True)
class BotConfig:
    enabled: str = field(default="auto", metadata=_help(
        "run `storywatch bot` as a child: auto (when TELEGRAM_BOT_TOKEN is set), true or false"))
    command: tuple[str, ...] = field(default=(), metadata=_help(
        "the child's argv instead of the default; {python} {db} {seeds} are filled in"))


@dataclass(frozen=True)
class DeliverConfig:
    enabled: str = field(default="auto", metadata=_help(
        "run `storywatch deliver` (Apprise and webhook channels) as a child: auto (when a channel is configured; "
        "checked again after each poll), true or false"))
    command: tuple[str, ...] = field(default=(), metadata=_help(
        "the child's argv instead of the default; {python} {db} {seeds} are filled in"))


@dataclass(frozen=True)
class ChildrenConfig:
    restart_base: float = field(default=5.0, metadata=_help("seconds before the first restart of a crashed child; "
                                                            "doubles with each crash"))
    restart_cap: float = field(default=300.0, metadata=_help("the longest wait between restarts"))
    crawl_retries: int = field(default=3, metadata=_help("restarts of a failed crawl before waiting for its next "
                                                         "scheduled time"))
    stable_after: float = field(default=60.0, metadata=_help(
        "seconds a child must run before its crash count resets"))
    stop_timeout: float = field(default=20.0, metadata=_help("seconds a child gets to stop after SIGTERM, before "
                                                             "SIGKILL"))


@dataclass(frozen=True)
class FetchConfig:
    allow_networks: tuple[str, ...] = field(default=(), metadata=_help(
        "networks (CIDR) fetches may reach besides global addresses, such as an intranet feed server's; "
        f"added to {ALLOW_ENV} (comma separated). Publishers' links never reach any other internal address"))


@dataclass(frozen=True)
class LogConfig:
    format: str = field(default="auto", metadata=_help(
        "auto (text on a terminal, else JSON), json (one object per line) or text; the service's children "
        "(crawls, the bot) log in the same format"))
    level: str = field(default="INFO", metadata=_help("DEBUG, INFO, WARNING or ERROR"))


@dataclass(frozen=True)
class ServiceSection:
    strict: bool = field(default=False, metadata=_help(
        "partial failure counts as failure: a poll cycle with failed sources is logged as an error and shown "
        "failed, crawls run with --strict (a crawl with failed pages is retried)"))
    builtin_crawls: bool = field(default=True, metadata=_help(
        "run the built-in crawls besides the [[crawl]] tables: news_sitemap every 30 min, revisit every 20 min, "
        "and article after each poll that matched articles without their full text; a [[crawl]] of the same "
        "name replaces the built-in one"))
    watch_check: float = field(default=5.0, metadata=_help(
        "seconds between checks of the seeds folder for added, changed or removed watches (SIGHUP: at once)"))


# The schedule `storywatch run` keeps without any [[crawl]]: sitemaps for new coverage, re-visits for revisions.
BUILTIN_CRAWLS = (CrawlSchedule("news_sitemap", "*/30 * * * *"), CrawlSchedule("revisit", "*/20 * * * *"))


@dataclass(frozen=True)
class ServiceConfig:
    poll: PollConfig = field(default_factory=PollConfig)
    crawl: tuple[CrawlSchedule, ...] = ()
    backfill: tuple[BackfillJob, ...] = ()
    bot: BotConfig = field(default_factory=BotConfig)
    deliver: DeliverConfig = field(default_factory=DeliverConfig)
    children: ChildrenConfig = field(default_factory=ChildrenConfig)
    fetch: FetchConfig = field(default_factory=FetchConfig)
    log: LogConfig = field(default_factory=LogConfig)
    service: ServiceSection = field(default_factory=ServiceSection)

    def crawls(self) -> tuple[CrawlSchedule, ...]:
        """The crawls scheduled: the [[crawl]] tables, and the built-in ones they do not replace."""
        if not self.service.builtin_crawls:
            return self.crawl
        named = {c.name for c in self.crawl}
        return (*[c for c in BUILTIN_CRAWLS if c.name not in named], *self.crawl)

    @property
    def fetch_text(self) -> bool:
        """Whether a poll that matched articles without their full text starts the article crawl."""
        return self.service.builtin_crawls and "article" not in {c.name for c in self.crawl}

    def egress(self, env: Mapping[str, str]) -> Egress:
        """The egress policy: STORYWATCH_ALLOW_NETWORKS and [fetch] allow_networks together."""
        return Egress.from_environment(env).adding(parse_network(n, where="[fetch] allow_networks")
                                                    for n in self.fetch.allow_networks)


SECTIONS: dict[str, type] = {"poll": PollConfig, "bot": BotConfig, "deliver": DeliverConfig, "children": ChildrenConfig,
                             "fetch": FetchConfig, "log": LogConfig, "service": ServiceSection}
TABLES: dict[str, type] = {"crawl": CrawlSchedule, "backfill": BackfillJob}  # arrays of tables: [[crawl]]
_CHOICES = {("bot", "enabled"): ("auto", "true", "false"), ("deliver", "enabled"): ("auto", "true", "false"),
            ("log", "format"): ("auto", "json", "text"), ("backfill", "alert"): ("true", "false"),
            ("poll", "parser"): PARSERS, ("poll", "http"): BACKENDS,
            ("log", "level"): ("DEBUG", "INFO", "WARNING", "ERROR")}
_NUMERIC_WEEKDAY = re.compile(r"\d")


def cron_trigger(expr: str) -> CronTrigger:
    """An APScheduler trigger (UTC) from 5 crontab fields, or 6 with seconds first. Raises ConfigError."""
    parts = expr.split()
    if len(parts) not in (5, 6):
        raise ConfigError(f"cron {expr!r}: expected 5 fields (minute hour day month weekday) or 6 (seconds first)")
    if _NUMERIC_WEEKDAY.search(parts[-1]):
        raise ConfigError(f"cron {expr!r}: write weekdays by name (mon-fri, sun): APScheduler 3 numbers them from "
                          "Monday, crontab from Sunday")
    second = parts[0] if len(parts) == 6 else "0"
    minute, hour, day, month, weekday = parts[-5:]
    try:
        return CronTrigger(second=second, minute=minute, hour=hour, day=day, month=month, day_of_week=weekday,
                           timezone=UTC)
    except ValueError as exc:
        raise ConfigError(f"cron {expr!r}: {exc}") from exc


def _coerce(where: str, kind: Any, value: Any) -> Any:
    kind = kind if isinstance(kind, str) else getattr(kind, "__name__", str(kind))
    if kind == "float" and isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    if kind == "int" and isinstance(value, int) and not isinstance(value, bool):
        return value
    if kind == "str" and isinstance(value, str):
        return value
    if kind == "bool" and isinstance(value, bool):
        return value
    if kind == "str" and isinstance(value, bool):  # enabled = true / false
        return "true" if value else "false"
    if kind.startswith("tuple") and isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise ConfigError(f"{where}: expected {kind.replace('tuple[str, ...]', 'a list of strings')}, got {value!r}")


def _build(cls: type, table: Mapping[str, Any], where: str, section: str) -> Any:
    if not isinstance(table, Mapping):
        raise ConfigError(f"{where}: expected a table")
    names = {f.name: f for f in fields(cls)}
    unknown = sorted(set(table) - set(names))
    if unknown:
        raise ConfigError(f"{where}: unknown key {unknown[0]!r} (known: {', '.join(names)})")
    values = {}
    for name, f in names.items():
        if name not in table:
            if f.default is MISSING and f.default_factory is MISSING:
                raise ConfigError(f"{where}: missing key {name!r}")
            continue
        value = _coerce(f"{where}.{name}", f.type, table[name])
        if (section, name) == ("log", "level"):
            value = value.upper()
        choices = _CHOICES.get((section, name))
        if choices and value not in choices:
            raise ConfigError(f"{where}.{name}: expected one of {', '.join(choices)}, got {value!r}")
        if isinstance(value, float | int) and value < 0:
            raise ConfigError(f"{where}.{name}: must not be negative")
        values[name] = value
    return cls(**values)


def parse_config(data: Mapping[str, Any], env: Mapping[str, str], *, where: str = "configuration") -> ServiceConfig:
    """Validate a parsed TOML document and apply STORYWATCH_<SECTION>_<KEY> overrides from `env`."""
    unknown = sorted(set(data) - set(SECTIONS) - set(TABLES))
    if unknown:
        raise ConfigError(f"{where}: unknown section {unknown[0]!r} (known: {', '.join([*SECTIONS, *TABLES])})")
    built: dict[str, Any] = {}
    for section, cls in SECTIONS.items():
        table = dict(data.get(section, {}))
        for f in fields(cls):
            key = f"STORYWATCH_{section.upper()}_{f.name.upper()}"
            legacy = LEGACY_ENV.get(f.name) if section == "poll" else None
            for name in (legacy, key):  # the section's own name wins over the legacy one
                if name and name in env and not str(f.type).startswith("tuple"):
                    table[f.name] = _from_env(name, env[name], str(f.type))
        built[section] = _build(cls, table, f"{where} [{section}]", section)
    for entry in built["fetch"].allow_networks:
        parse_network(entry, where=f"{where} [fetch] allow_networks")
    Egress.from_environment(env)  # a malformed STORYWATCH_ALLOW_NETWORKS stops start-up too, naming the entry
    crawls = data.get("crawl", [])
    if not isinstance(crawls, list):
        raise ConfigError(f"{where}: crawl must be an array of tables ([[crawl]])")
    built["crawl"] = tuple(_build(CrawlSchedule, c, f"{where} [[crawl]] #{i + 1}", "crawl")
                           for i, c in enumerate(crawls))
    seen: set[str] = set()
    for i, c in enumerate(built["crawl"]):
        try:
            cron_trigger(c.cron)
        except ConfigError as exc:
            raise ConfigError(f"{where} [[crawl]] #{i + 1}: {exc}") from exc
        if c.name in seen:
            raise ConfigError(f"{where}: crawl {c.name!r} is scheduled twice")
        problem = None if c.command else check_spider(c.name)
        if problem:
            raise ConfigError(f"{where} [[crawl]] #{i + 1}: {problem}")
        seen.add(c.name)
    built["backfill"] = _backfills(data.get("backfill", []), where)
    return ServiceConfig(**built)


def _backfills(jobs: Any, where: str) -> tuple[BackfillJob, ...]:
    if not isinstance(jobs, list):
        raise ConfigError(f"{where}: backfill must be an array of tables ([[backfill]])")
    built: list[BackfillJob] = []
    for i, table in enumerate(jobs):
        at = f"{where} [[backfill]] #{i + 1}"
        job = _build(BackfillJob, table, at, "backfill")
        for key in ("from_day", "to_day"):
            try:
                date.fromisoformat(getattr(job, key))
            except ValueError as exc:
                raise ConfigError(f"{at}.{key}: expected a day such as 2022-04-01, got {getattr(job, key)!r}") from exc
        if job.to_day < job.from_day:
            raise ConfigError(f"{at}: to_day {job.to_day} is before from_day {job.from_day}")
        if job.cron:
            try:
                cron_trigger(job.cron)
            except ConfigError as exc:
                raise ConfigError(f"{at}: {exc}") from exc
        if job.name in {b.name for b in built}:
            raise ConfigError(f"{where}: backfill of {job.watch} {job.from_day}..{job.to_day} is configured twice")
        built.append(job)
    return tuple(built)


def _from_env(key: str, raw: str, kind: str) -> Any:
    if kind == "bool":
        if raw.strip().lower() not in ("1", "0", "true", "false", "yes", "no"):
            raise ConfigError(f"{key}={raw!r}: expected true or false")
        return raw.strip().lower() in ("1", "true", "yes")
    try:
        if kind == "float":
            return float(raw)
        if kind == "int":
            return int(raw)
    except ValueError as exc:
        raise ConfigError(f"{key}={raw!r}: expected a number") from exc
    return raw


def load_config(path: Path | None, env: Mapping[str, str] | None = None) -> ServiceConfig:
    """Read `path` (None: built-in defaults), validate it, apply environment overrides."""
    env = os.environ if env is None else env
    if path is None:
        return parse_config({}, env, where="defaults")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the configuration: {exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from exc
    except RecursionError:
        raise ConfigError(f"{path}: not valid TOML: nested too deeply") from None
    return parse_config(data, env, where=str(path))


def reference_rows() -> Iterator[tuple[str, str, str, str]]:
    """(key, default, environment variable, meaning) for every configuration key."""
    for section, cls in [*SECTIONS.items(), *TABLES.items()]:
        for f in fields(cls):
            is_table = section in TABLES
            key = f"[[{section}]] {f.name}" if is_table else f"[{section}] {f.name}"
            if isinstance(f.default, bool):
                default = str(f.default).lower()
            elif f.default is not MISSING:
                default = repr(f.default).replace("'", '"') if f.default != () else "[]"
            else:
                default = "required"
            scalar = not is_table and not str(f.type).startswith("tuple")
            env = f"STORYWATCH_{section.upper()}_{f.name.upper()}" if scalar else "-"
            yield key, default, env, f.metadata["help"]


def reference_table() -> str:
    lines = ["| key | default | environment | meaning |", "| --- | --- | --- | --- |"]
    lines += [f"| `{k}` | `{d}` | {'`' + e + '`' if e != '-' else '-'} | {h} |" for k, d, e, h in reference_rows()]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(reference_table(), end="")
