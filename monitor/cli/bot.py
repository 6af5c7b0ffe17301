"""`storywatch bot`: run the Telegram bot (long polling) and its outbox dispatcher in one process.

Only one process may call getUpdates for a token, so delivery lives here too. The token comes only from
TELEGRAM_BOT_TOKEN; TELEGRAM_API_BASE_URL points at a self-hosted Bot API server (or a test's fake);
STORYWATCH_OPERATORS lists the Telegram user ids allowed /status and /sources.
"""

from __future__ import annotations

import logging
import os
import signal
import sys
from datetime import timedelta

import click

from monitor.archive.sources import sync_seed_sources
from monitor.cli.context import redact, telegram_token
from monitor.clock import utcnow
from monitor.errors import ConfigError
from monitor.seeds import WatchFolder
from monitor.service.logs import formatter, resolve_format


class RedactingFormatter(logging.Formatter):
    """Replaces the token wherever it would appear in a log line or a traceback (httpx is already quiet).
    Telegram's own errors (the network, a rejected token: nothing to debug) are logged in one line, without
    their traceback."""

    def __init__(self, token: str, inner: logging.Formatter | str):
        super().__init__()
        self.token = token
        self.inner = logging.Formatter(inner) if isinstance(inner, str) else inner

    def format(self, record: logging.LogRecord) -> str:
        from telegram.error import TelegramError

        if record.exc_info and isinstance(record.exc_info[1], TelegramError):
            exc = record.exc_info[1]
            record = logging.makeLogRecord({**record.__dict__, "exc_info": None, "exc_text": None,
                                            "msg": f"{record.getMessage()}: {type(exc).__name__}: {exc}",
                                            "args": None})
        return redact(self.inner.format(record).replace(self.token, "<token>"))


def configure_logging(token: str, level: str) -> None:
    """The bot logs in the service's format (STORYWATCH_LOG_FORMAT, set by `storywatch run`; else text on a
    terminal and JSON otherwise), the token redacted."""
    handler = logging.StreamHandler()
    fmt = resolve_format(os.environ.get("STORYWATCH_LOG_FORMAT", "auto"), sys.stderr)
    handler.setFormatter(RedactingFormatter(token, formatter(fmt)))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())


@click.command("bot")
@click.option("--rate", default=30.0, show_default=True, help="Messages per second overall (Telegram: about 30).")
@click.option("--chat-interval", default=1.0, show_default=True, help="Seconds between messages to one chat.")
@click.option("--group-per-minute", default=20, show_default=True, help="Messages per minute to one group.")
@click.option("--no-limits", is_flag=True, help="Lift every rate limit (a self-hosted Bot API server, benchmarks).")
@click.option("--backlog-threshold", default=10, show_default=True,
              help="A chat with more due alerts than this gets one digest message instead.")
@click.option("--digest-hour", default=8, show_default=True, type=click.IntRange(0, 23),
              help="Hour (UTC) of the daily digest.")
@click.option("--drain-interval", default=1.0, show_default=True, help="Seconds between outbox checks when idle.")
@click.option("--concurrency", default=16, show_default=True, help="Requests in flight at most.")
@click.option("--http", type=click.Choice(["httpx", "aiohttp"]), default="httpx", show_default=True,
              help="PTB's request backend: its own (httpx) or aiohttp (pip install 'storywatch[fast]'), about "
                   "four times cheaper per message: for a self-hosted Bot API server without Telegram's limits.")
@click.option("--retry-base", default=2.0, show_default=True, help="First retry delay after a network error (s).")
@click.option("--webhook-url", default=None,
              help="Receive updates by webhook at this public URL instead of long polling "
                   "(pip install 'storywatch[webhook]'; secret from STORYWATCH_WEBHOOK_SECRET).")
@click.option("--listen", default="127.0.0.1", show_default=True, help="Webhook mode: address to listen on.")
@click.option("--port", default=8443, show_default=True, help="Webhook mode: port to listen on.")
@click.option("--log-level", default="INFO", show_default=True)
@click.pass_obj
def bot(obj: object, rate: float, chat_interval: float, group_per_minute: int, no_limits: bool,
        backlog_threshold: int, digest_hour: int, drain_interval: float, concurrency: int, http: str,
        retry_base: float, webhook_url: str | None, listen: str, port: int, log_level: str) -> None:
    """Run the Telegram bot: commands (long polling) and delivery of the alert outbox at Telegram's limits.

    Needs TELEGRAM_BOT_TOKEN; optional TELEGRAM_API_BASE_URL (e.g. http://127.0.0.1:8081/bot) and
    STORYWATCH_OPERATORS (user ids, comma separated)."""
    from telegram.error import TelegramError

    from bot.app import build_application, wait_for_bot_api
    from bot.commands import parse_operators, valid_webhook_secret
    from bot.limits import Limits

    token = telegram_token()
    if not token:
        raise ConfigError("TELEGRAM_BOT_TOKEN is not set")
    try:
        operators = parse_operators(os.environ.get("STORYWATCH_OPERATORS", ""))
    except ValueError as exc:
        raise ConfigError("STORYWATCH_OPERATORS must be Telegram user ids separated by commas") from exc
    secret = os.environ.get("STORYWATCH_WEBHOOK_SECRET", "")
    if webhook_url:
        # Without the secret, anyone who finds the URL can post updates as any user: the operator's /status
        # sent to a stranger's chat, a victim's chat subscribed.
        if not secret:
            raise ConfigError("webhook mode needs STORYWATCH_WEBHOOK_SECRET: Telegram sends it with every update "
                              "and updates without it are refused (1-256 characters: A-Z, a-z, 0-9, _ and -)")
        if not valid_webhook_secret(secret):
            raise ConfigError("STORYWATCH_WEBHOOK_SECRET must be 1-256 characters of A-Z, a-z, 0-9, _ and - "
                              "(Telegram's rule for a webhook's secret token)")
        try:
            import tornado  # noqa: F401
        except ImportError as exc:
            raise ConfigError("--webhook-url needs PTB's webhook extra: pip install 'storywatch[webhook]'") from exc
    if http == "aiohttp":
        try:
            import aiohttp  # noqa: F401
        except ImportError as exc:
            raise ConfigError("--http aiohttp needs aiohttp: pip install 'storywatch[fast]'") from exc
    limits = Limits.lifted() if no_limits else Limits(overall_per_s=rate, per_chat_s=chat_interval,
                                                      group_per_window=group_per_minute)
    configure_logging(token, log_level)
    # Opt in to PTB 23's behaviour now (RetryAfter.retry_after as a timedelta) instead of a deprecation warning.
    os.environ.setdefault("PTB_TIMEDELTA", "1")
    base_url = os.environ.get("TELEGRAM_API_BASE_URL") or None
    wait_for_bot_api(token, base_url)  # one line per failed attempt, not a traceback per retry
    folder = WatchFolder(obj.seeds_dir)  # type: ignore[attr-defined]
    loaded = folder.current()
    for error in loaded.errors.values():
        logging.getLogger("storywatch.bot").error("watch skipped: %s", error)
    # SIGHUP (from `storywatch run`, or `kill -HUP`): reload the watches at the next update or check.
    signal.signal(signal.SIGHUP, lambda signum, frame: folder.invalidate())
    archive = obj.archive()  # type: ignore[attr-defined]
    sync_seed_sources(archive, loaded.watches, utcnow())
    app = build_application(token, archive=archive, watches=loaded.watches, operators=operators, clock=utcnow,
                            base_url=base_url, limits=limits,
                            drain_interval=drain_interval, concurrency=concurrency,
                            backlog_threshold=backlog_threshold, digest_hour=digest_hour,
                            retry_base=timedelta(seconds=retry_base), http=http, folder=folder,
                            watch_errors=loaded.errors)
    updates = ["message", "channel_post", "callback_query"]
    try:
        if webhook_url:
            # Telegram posts each update to webhook_url with the secret in a header; others get 403.
            app.run_webhook(listen=listen, port=port, url_path=webhook_url.rstrip("/").rsplit("/", 1)[-1],
                            webhook_url=webhook_url, secret_token=secret,
                            allowed_updates=updates)
        else:
            app.run_polling(allowed_updates=updates, poll_interval=0.0, timeout=10)
    except TelegramError as exc:
        # PTB's InvalidToken message holds the token itself: one redacted line, no traceback, no chained cause.
        raise ConfigError(f"Telegram: {type(exc).__name__}: {redact(str(exc))}") from None
    finally:
        archive.close()
