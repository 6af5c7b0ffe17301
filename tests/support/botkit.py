"""Helpers for the bot's tests: an outbox full of alerts, and the real PTB app running against the fake API."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime
from typing import Any

from telegram.ext import Application

from bot.app import build_application, on_shutdown, on_startup
from monitor.archive.articles import upsert_article
from monitor.archive.db import Archive
from monitor.archive.subscribers import TELEGRAM, ensure_subscriber, subscribe
from monitor.collect.ingest import record_follow_up
from monitor.models import ArticleFields, Event, Watch
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
