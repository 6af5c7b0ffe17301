"""Structured logs for the service: one JSON object per line (or plain text), fields passed as `extra`.

`log.info("poll finished", extra={"fields": {"new": 3}})` prints
{"ts": "...", "level": "INFO", "logger": "storywatch.service", "msg": "poll finished", "new": 3}.
The httpx logger stays at WARNING: it logs request URLs, and a Telegram URL carries the token.
"""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime
from typing import Any, TextIO


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        data: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "msg": record.getMessage(),
        }
        data.update(getattr(record, "fields", {}) or {})
        if record.exc_info:
            data["error"] = self.formatException(record.exc_info)
        return json.dumps(data, ensure_ascii=False, default=str)


class TextFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        fields = getattr(record, "fields", {}) or {}
        extra = " ".join(f"{k}={v}" for k, v in fields.items())
        line = f"{datetime.fromtimestamp(record.created, UTC):%Y-%m-%d %H:%M:%S} {record.levelname:<7} " \
               f"{record.getMessage()}" + (f"  {extra}" if extra else "")
        if record.exc_info:
            line += "\n" + self.formatException(record.exc_info)
        return line


def resolve_format(fmt: str, stream: TextIO) -> str:
    """'auto' is text for a person at a terminal and JSON for a journal, a container or a file."""
    if fmt != "auto":
        return fmt
    try:
        return "text" if stream.isatty() else "json"
    except (AttributeError, ValueError):
        return "json"


def formatter(fmt: str) -> logging.Formatter:
    return JsonFormatter() if fmt == "json" else TextFormatter()


def setup_logging(stream: TextIO, *, fmt: str = "json", level: str = "INFO") -> logging.Logger:
    """Configure the `storywatch` logger tree to write to `stream` ('auto': see resolve_format); returns it."""
    fmt = resolve_format(fmt, stream)
    logger = logging.getLogger("storywatch")
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
    handler = logging.StreamHandler(stream)
    handler.setFormatter(formatter(fmt))
    logger.addHandler(handler)
    logger.setLevel(level)
    logger.propagate = False
    for noisy in ("httpx", "httpcore"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    # APScheduler's own warnings (a job skipped because the previous run is still going) in the same format.
    scheduler_log = logging.getLogger("apscheduler")
    for old in list(scheduler_log.handlers):
        scheduler_log.removeHandler(old)
    scheduler_log.addHandler(handler)
    scheduler_log.setLevel(logging.WARNING)
    scheduler_log.propagate = False
    return logger


def fields(**values: Any) -> dict[str, Any]:
    """`extra=` for a structured log call."""
    return {"fields": values}
