"""The bot in English and Russian: from the user's Telegram language, /language to override, the command
menu registered in both, and alerts and digests in the chat's language."""

from __future__ import annotations

import re
import string
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from bot.strings import STRINGS, chat_language, language_of
from monitor.archive.alerts import outbox_counts
from monitor.archive.db import Archive
from monitor.archive.subscribers import TELEGRAM, get_subscriber
from monitor.clock import utcnow
from monitor.deliver.render import plural_follow_ups
from monitor.models import Watch
from monitor.seeds import default_seeds_dir, load_watches
from tests.support.botkit import add_events, running_bot
from tests.support.fakebot import FakeBotAPI

pytestmark = pytest.mark.integration

WATCH = "binance-russia-data"
CYRILLIC = re.compile("[\u0400-\u04ff]")


@dataclass
class Bot:
    fake: FakeBotAPI
    archive: Archive
    watches: list[Watch]

    async def say(self, chat: int, text: str, *, language: str | None = None, user: int | None = None) -> str:
        before = len(self.fake.to(chat))
        self.fake.push_command(chat, text, language=language, user_id=user)
        return (await self.fake.reply_to(chat, before)).text


@pytest.fixture
async def bot(tmp_path: Path) -> AsyncIterator[Bot]:
    fake = FakeBotAPI().start()
    archive = Archive(tmp_path / "a.db")
    watches = load_watches(default_seeds_dir())
    try:
        async with running_bot(fake, archive, watches, utcnow, backlog_threshold=3):
            yield Bot(fake, archive, watches)
    finally:
        archive.close()
        fake.stop()


def test_the_catalogue_is_complete_in_both_languages() -> None:
    fields = string.Formatter()
    for key, entry in STRINGS.items():
        assert set(entry) == {"en", "ru"}, key
        names = [{f for _, f, _, _ in fields.parse(text) if f} for text in entry.values()]
        assert names[0] == names[1], f"{key}: both languages take the same values"
        assert CYRILLIC.search(entry["ru"]) or not CYRILLIC.search(entry["en"]), key
    assert [language_of(c) for c in ("ru", "ru-RU", "en-GB", "uk", None, "")] == ["ru", "ru", "en", "en", "en", "en"]
    assert chat_language("en", "ru", "ru") == "en" and chat_language(None, "ru", None) == "ru"
    assert chat_language(None, "en", "ru") == "ru"
    assert [plural_follow_ups("ru", n) for n in (1, 3, 5, 11, 21, 22, 112)] == [
        "1 отклик", "3 отклика", "5 откликов", "11 откликов", "21 отклик", "22 отклика", "112 откликов"]
    assert [plural_follow_ups("en", n) for n in (1, 2)] == ["1 follow-up", "2 follow-ups"]


async def test_the_menu_is_registered_in_both_languages(bot: Bot) -> None:
    english = {c["command"]: c["description"] for c in bot.fake.commands_by_language[""]}
    russian = {c["command"]: c["description"] for c in bot.fake.commands_by_language["ru"]}
    assert set(english) == set(russian) and "language" in english and "status" not in english
    assert russian["subscribe"].startswith("Получать") and english["subscribe"].startswith("Get alerts")


async def test_replies_follow_the_users_telegram_language_and_language_overrides(bot: Bot) -> None:
    text = await bot.say(7, "/start", language="ru-RU")
    assert "storywatch следит" in text and WATCH in text
    assert "Использование" in await bot.say(7, "/subscribe", language="ru")
    assert "Нет сюжета &lt;b&gt;" in await bot.say(7, "/subscribe <b>", language="ru")
    assert "допустимые виды: correction" in await bot.say(7, f"/subscribe {WATCH} corection", language="ru")
    assert "Подписка на" in await bot.say(7, f"/subscribe {WATCH}", language="ru")
    assert "storywatch follows" in await bot.say(8, "/start", language="en")
    assert "I will speak English here" in await bot.say(7, "/language en", language="ru")
    assert "Following:" in await bot.say(7, "/mysubs", language="ru"), "the chat's choice wins"
    assert "Languages: en, ru, or auto" in await bot.say(7, "/language fr", language="ru")
    assert "языке вашего Telegram" in await bot.say(7, "/language auto", language="ru")
    row = get_subscriber(bot.archive, TELEGRAM, "7")
    assert row is not None and row["language"] is None and row["language_seen"] == "ru"
    filters = await bot.say(7, "/filters", language="ru")
    assert "Что получает этот чат" in filters and "все отклики" in filters
    assert "уверенность" in await bot.say(7, f"/filter {WATCH} confidence 2", language="ru")


async def test_only_group_admins_set_a_groups_language(bot: Bot) -> None:
    bot.fake.add_chat(-500, "group", admins={11})
    assert "администраторы" in await bot.say(-500, "/language en", language="ru", user=12)
    assert get_subscriber(bot.archive, TELEGRAM, "-500") is None or get_subscriber(
        bot.archive, TELEGRAM, "-500")["language"] is None  # type: ignore[index]


async def test_alerts_and_digests_arrive_in_the_chats_language(bot: Bot) -> None:
    await bot.say(7, f"/subscribe {WATCH}", language="ru")
    await bot.say(8, f"/subscribe {WATCH}", language="en")
    add_events(bot.archive, bot.watches[0], 1, utcnow())
    await bot.fake.until(lambda: outbox_counts(bot.archive) == {"sent": 2}, 10)
    russian, english = bot.fake.to(7)[-1].text, bot.fake.to(8)[-1].text
    assert "<b>ИСПРАВЛЕНИЕ</b>" in russian and "Кто: Reuters" in russian
    assert "<b>CORRECTION</b>" in english and "By Reuters" in english
    add_events(bot.archive, bot.watches[0], 5, utcnow(), title="Another correction")  # over the backlog threshold
    await bot.fake.until(lambda: outbox_counts(bot.archive) == {"sent": 12}, 10)
    digest = bot.fake.to(7)[-1].text
    assert "Пока вас не было" in digest and "5 откликов" in digest and "ИСПРАВЛЕНИЕ (5)" in digest
    assert "While you were away" in bot.fake.to(8)[-1].text
