"""A synchronous Telegram sink for one-off deliveries outside the bot process (the demo).

The bot process's dispatcher (bot/dispatch.py) is what delivers the outbox in service; this sink sends the
alerts of a short, single-chat run (a few messages) with the same HTML rendering, one request at a time,
at most one message a second as Telegram asks of one chat, waiting out a flood wait once.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Mapping, Sequence
from typing import Any

from telegram import Bot
from telegram.constants import ParseMode
from telegram.error import RetryAfter, TelegramError

from monitor.errors import StorywatchError

from .dispatch import retry_after
from .format import render_alert, render_history


class TelegramSink:
    """Sends alerts to one chat through the Bot API; returns Telegram's message id."""

    channel = "telegram"

    def __init__(self, token: str, *, base_url: str | None = None, chat_interval: float = 1.0):
        self._loop = asyncio.new_event_loop()
        self._token = token
        self._bot = Bot(token, base_url=base_url or "https://api.telegram.org/bot")
        self._interval = chat_interval
        self._last = 0.0

    def send(self, alert: Mapping[str, Any]) -> str:
        return self._paced(alert["chat_id"], render_alert(alert))

    def send_history(self, alerts: Sequence[Mapping[str, Any]], since: str) -> str:
        """A backfill's digest for the chat, in as many messages as Telegram's limit takes; the first one's id."""
        ids = [self._paced(alerts[0]["chat_id"], text) for text in render_history(alerts, since)]
        return ids[0]

    def _paced(self, chat_id: str, text: str) -> str:
        wait = self._last + self._interval - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        try:
            try:
                message = self._loop.run_until_complete(self._send(chat_id, text))
            except RetryAfter as exc:
                time.sleep(retry_after(exc).total_seconds())
                message = self._loop.run_until_complete(self._send(chat_id, text))
        except TelegramError as exc:
            # PTB's InvalidToken message holds the token: said without it, and without the chained cause.
            said = str(exc).replace(self._token, "<token>")
            raise StorywatchError(f"Telegram: {type(exc).__name__}: {said}") from None
        self._last = time.monotonic()
        return str(message.message_id)

    async def _send(self, chat_id: str, text: str) -> Any:
        async with self._bot:
            return await self._bot.send_message(chat_id, text, parse_mode=ParseMode.HTML,
                                                disable_web_page_preview=True)

    def close(self) -> None:
        self._loop.close()
