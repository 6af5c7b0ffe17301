"""Helpers for the bot's tests: an outbox full of alerts, and the real PTB app running against the fake API."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from telegram.ext import Application

from bot.app import build_application, on_shutdown, on_startup
from monitor.archive.articles import upsert_article
from monitor.archive.db import Archive
from monitor.archive.subscribers import TELEGRAM, ensure_subscriber, subscribe
from monitor.clock import utcnow
from monitor.collect.ingest import record_follow_up
from monitor.models import ArticleFields, Event, Watch
from monitor.seeds import default_seeds_dir, load_watches
from tests.support.fakebot import FakeBotAPI


def add_subscribers(archive: Archive, watch: str, chats: list[tuple[int, str]], now: datetime) -> list[int]:
    """Telegram subscribers for these (chat id, chat type), each subscribed to `watch`."""
    ids = []
    for chat_id, chat_type in chats:
        sid = ensure_subscriber(archive, TELEGRAM, str(chat_id), now, chat_type=chat_type)
        subscribe(archive, sid, watch, now)
        ids.append(sid)
    return ids


def add_events(archive: Archive, watch: Watch, count: int, now: datetime, *, title: str = "Reuters corrects report",
               evidence: str = "We corrected paragraph {i} of the report.", outlet: str = "Reuters") -> list[int]:
    """`count` correction events on one article; each writes one pending alert per subscriber."""
    fields = ArticleFields(url=f"https://news.example/{abs(hash((title, count)))}", link="https://news.example/a?x=1&y=2",
                           title=title, outlet=outlet)
    _, row, _, version = upsert_article(archive, fields, now)
    ids = []
    for i in range(count):
        event = Event(kind="correction", evidence=evidence.format(i=i), actor=outlet)
        event_id = record_follow_up(archive, watch, int(row["id"]), version, event, now)
        assert event_id is not None
        ids.append(event_id)
    return ids


@asynccontextmanager
async def running_bot(fake: FakeBotAPI, archive: Archive, watches: list[Watch], clock: Any,
                      **options: Any) -> AsyncIterator[Application]:
    """The real application, polling the fake API, with its dispatcher draining the outbox (JobQueue)."""
    app = build_application(fake.token, archive=archive, watches=watches, clock=clock, base_url=fake.base_url,
                            **{"operators": frozenset({4242}), "drain_interval": 0.05, **options})
    async with app:
        await on_startup(app)
        await app.start()
        assert app.updater is not None
        await app.updater.start_polling(poll_interval=0, timeout=0)
        try:
            yield app
        finally:
            await app.updater.stop()
            await app.stop()
            await on_shutdown(app)


@dataclass
class ChatBot:
    """The real bot, running against the fake Bot API, as people talk to it."""

    fake: FakeBotAPI
    archive: Archive
    watches: list[Watch]

    async def say(self, chat: int, text: str, *, user: int | None = None) -> str:
        """Send a command in a chat and return the bot's reply."""
        before = len(self.fake.to(chat))
        self.fake.push_command(chat, text, user_id=user)
        return (await self.fake.reply_to(chat, before)).text


B = TypeVar("B", bound=ChatBot)


@asynccontextmanager
async def chat_bot(db: Path, kind: type[B], *, prepare: Callable[[Archive], None] | None = None,
                   **options: Any) -> AsyncIterator[B]:
    """The fake Bot API, an archive at `db` (made ready by `prepare`), and the real bot on the shipped watches,
    as a `kind` (ChatBot or a test's own subclass); `options` go to the bot's builder."""
    fake = FakeBotAPI().start()
    archive = Archive(db)
    watches = load_watches(default_seeds_dir())
    try:
        if prepare is not None:
            prepare(archive)
        async with running_bot(fake, archive, watches, utcnow, **options):
            yield kind(fake, archive, watches)
    finally:
        archive.close()
        fake.stop()
