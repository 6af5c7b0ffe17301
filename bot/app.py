"""The one builder: wires the handlers, the error handler and the outbox dispatcher (JobQueue) into a PTB app.

Side effects live only here and in the CLI: the Bot API base URL and token come in as arguments (the CLI
reads them from the environment), the clock is passed in, and the `httpx` logger is held at WARNING because
it would log request URLs, which contain the token. /search and its paging buttons do not block the updates
behind them (`block=False`): their searches run in threads (bot/search.py) while other commands are answered
and the outbox is delivered.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from urllib.parse import urlsplit

from telegram import Bot, BotCommand, Update
from telegram.error import InvalidToken, TelegramError
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    TypeHandler,
    filters,
)

from monitor.archive.db import Archive
from monitor.errors import ConfigError
from monitor.models import Watch
from monitor.seeds import WatchFolder

from . import filter_handlers, handlers, operators, search_handlers, settings_handlers
from .commands import PUBLIC
from .dispatch import Dispatcher
from .limits import Limits
from .search import BUDGET_S, WORKERS, Searcher

log = logging.getLogger(__name__)

# Commands work in private chats and groups (messages) and in channels (channel posts).
UPDATES = filters.UpdateType.MESSAGE | filters.UpdateType.CHANNEL_POST

HANDLERS = {
    "start": handlers.start, "help": handlers.help_command, "stories": handlers.stories,
    "subscribe": handlers.subscribe, "unsubscribe": handlers.unsubscribe, "mysubs": handlers.mysubs,
    "filter": filter_handlers.filter_command, "filters": filter_handlers.filters_command,
    "latest": handlers.latest, "search": search_handlers.search,
    "mute": settings_handlers.mute, "digest": settings_handlers.digest, "language": settings_handlers.language,
    "status": operators.status, "sources": operators.sources,
}
NOT_BLOCKING = frozenset({"search"})  # run as tasks: a search in its thread holds up no other update


def quiet_http_logs() -> None:
    """httpx logs every request URL (token included) at INFO: keep it at WARNING."""
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    logging.getLogger("apscheduler").setLevel(logging.WARNING)


def build_application(token: str, *, archive: Archive, watches: list[Watch], operators: frozenset[int],
                      clock: Callable[[], datetime], base_url: str | None = None, limits: Limits | None = None,
                      drain_interval: float = 1.0, concurrency: int = 16, backlog_threshold: int = 10,
                      digest_hour: int = 8, retry_base: timedelta = timedelta(seconds=2),
                      http: str = "httpx", folder: WatchFolder | None = None,
                      watch_errors: dict[str, str] | None = None, search_budget: float = BUDGET_S,
                      search_workers: int = WORKERS, search_clock: Callable[[], float] = time.monotonic
                      ) -> Application:
    """The bot: handlers for every command and button, and the dispatcher draining the outbox. With `folder`
    (the seeds folder) the watches follow its changes without a restart.

    `http` picks PTB's request backend for the bot's calls: its own httpx one, or `aiohttp` (bot/request.py).
    `search_budget` seconds at most per search, `search_workers` searches at once (bot/search.py).
    """
    quiet_http_logs()
    builder = (ApplicationBuilder().token(token).post_init(on_startup).post_shutdown(on_shutdown)
               .concurrent_updates(False))
    if http == "aiohttp":
        from .request import AiohttpRequest

        builder = builder.request(AiohttpRequest(connection_pool_size=max(8, concurrency)))
    if base_url:
        builder = builder.base_url(base_url).base_file_url(base_url.rstrip("/").rsplit("/", 1)[0] + "/file/bot")
    app = builder.build()
    # One process drains the outbox; the archive's durability against a crash of this process comes from WAL.
    # synchronous=NORMAL keeps every commit safe from a killed process (only an OS crash could lose the last
    # commits, which would mean a resend, never a loss) and makes each claim/mark commit cheap.
    archive.relax_sync()
    dispatcher = Dispatcher(archive, app.bot, limits=limits or Limits(), clock=clock, concurrency=concurrency,
                            backlog_threshold=backlog_threshold, digest_hour=digest_hour, retry_base=retry_base)
    searcher = Searcher(archive.path, workers=search_workers, budget=search_budget, clock=search_clock)
    app.bot_data["deps"] = handlers.Deps(archive=archive, watches=watches, operators=operators, clock=clock,
                                         dispatcher=dispatcher, searcher=searcher, drain_interval=drain_interval,
                                         folder=folder, watch_errors=dict(watch_errors or {}))
    app.add_handler(TypeHandler(Update, handlers.refresh_watches), group=-1)  # watches current before each update
    for name, callback in HANDLERS.items():
        app.add_handler(CommandHandler(name, callback, filters=UPDATES, block=name not in NOT_BLOCKING))
    app.add_handler(CallbackQueryHandler(search_handlers.search_button, pattern=r"^s:", block=False))
    app.add_handler(CallbackQueryHandler(filter_handlers.filter_button, pattern=r"^f:"))
    app.add_handler(CallbackQueryHandler(handlers.button))
    app.add_handler(MessageHandler(filters.COMMAND & UPDATES, handlers.unknown))
    app.add_error_handler(handlers.on_error)
    return app


async def on_startup(app: Application) -> None:
    """Register the commands, recover alerts a killed process left in flight, start draining the outbox."""
    d: handlers.Deps = app.bot_data["deps"]
    # The command menu in each language: English for everyone, Russian for Russian-language clients.
    await app.bot.set_my_commands([BotCommand(c.name, c.description("en")) for c in PUBLIC])
    await app.bot.set_my_commands([BotCommand(c.name, c.description("ru")) for c in PUBLIC], language_code="ru")
    d.dispatcher.recover()
    assert app.job_queue is not None, "python-telegram-bot[job-queue] is required"
    app.job_queue.run_once(drain_job, when=0, name="outbox")
    if d.folder is not None:  # a watch removed while no update arrives still has its pending alerts skipped
        app.job_queue.run_repeating(watch_job, interval=WATCH_CHECK_S, first=WATCH_CHECK_S, name="watches")


WATCH_CHECK_S = 5.0


async def _get_me(token: str, base_url: str | None) -> None:
    bot = Bot(token, base_url=base_url) if base_url else Bot(token)
    async with bot:  # initialize() calls getMe
        pass


def wait_for_bot_api(token: str, base_url: str | None, *, first: float = 2.0, cap: float = 300.0,
                     sleep: Callable[[float], None] = time.sleep, attempts: int | None = None) -> None:
    """Return once the Bot API answers getMe; while it cannot be reached (refused, timed out, a 5xx), log one
    line per attempt and try again after a backoff that doubles up to `cap`. A refused token is a ConfigError
    (retrying would not help)."""
    delay, tried = first, 0
    where = urlsplit(base_url).netloc if base_url else "api.telegram.org"
    while True:
        tried += 1
        try:
            asyncio.run(_get_me(token, base_url))
            return
        except InvalidToken as exc:
            raise ConfigError(f"the Bot API at {where} refused the token ({exc}): check TELEGRAM_BOT_TOKEN") from exc
        except TelegramError as exc:
            if attempts is not None and tried >= attempts:
                raise ConfigError(f"cannot reach the Bot API at {where}: {exc}") from exc
            log.warning("cannot reach the Bot API at %s (%s: %s); retrying in %.0f s", where, type(exc).__name__,
                        exc, delay)
        sleep(delay)
        delay = min(delay * 2, cap)


async def watch_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Check the seeds folder for changed watches."""
    handlers.deps(context).refresh()


async def on_shutdown(app: Application) -> None:
    """Let the searches running end (each within its budget) and close their connections."""
    handlers.deps_of(app).searcher.close()


async def drain_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Drain the outbox once, then schedule the next pass: at once while there is work, else after a pause."""
    d = handlers.deps(context)
    sent = 0
    try:
        sent = await d.dispatcher.drain_once()
    finally:
        assert context.job_queue is not None
        context.job_queue.run_once(drain_job, when=0 if sent else d.drain_interval, name="outbox")


__all__ = ["Update", "build_application", "on_startup", "on_shutdown", "drain_job"]
