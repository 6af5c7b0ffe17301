"""Strangers who try to freeze, break or read the bot: a search held inside SQLite while alerts and other users'
commands go on, searches cut by their budget and bounded in size, absurd buttons and arguments answered
cleanly, operator commands kept out of groups. The real PTB application against the fake Bot API."""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from monitor.archive.articles import upsert_article
from monitor.archive.db import Archive
from monitor.archive.sources import sync_seed_sources
from monitor.clock import utcnow
from monitor.models import ArticleFields
from tests.support.botkit import ChatBot, add_events, chat_bot

pytestmark = pytest.mark.integration

WATCH = "binance-russia-data"
OPERATOR = 4242
SORRY = "Sorry, that failed"


class HeldClock:
    """The search budget's clock, which holds the first search inside SQLite's progress handler until the test
    releases it, and then says the budget is long spent."""

    def __init__(self) -> None:
        self.calls = 0
        self.now = 0.0
        self.entered = threading.Event()
        self.release = threading.Event()

    def __call__(self) -> float:
        self.calls += 1
        if self.calls == 2:  # the first call sets the deadline; the second comes from the progress handler
            self.entered.set()
            self.release.wait(30)
            self.now = 1e9
        return self.now


@pytest.fixture
def clock() -> HeldClock:
    return HeldClock()


@pytest.fixture
async def bot(tmp_path: Path, clock: HeldClock) -> AsyncIterator[ChatBot]:
    def articles(archive: Archive) -> None:
        now = utcnow()
        with archive.write():  # enough to search that SQLite calls the progress handler
            for i in range(3000):
                upsert_article(archive, ArticleFields(url=f"https://n.example/{i}", link=f"https://n.example/{i}",
                                                      title=f"Binance report part {i}", summary="Binance and Russia",
                                                      outlet="Outlet"), now)

    try:
        async with chat_bot(tmp_path / "a.db", ChatBot, prepare=articles, search_clock=clock, search_workers=1,
                            search_budget=2.0) as running:
            yield running
    finally:
        clock.release.set()


async def test_a_held_search_freezes_neither_alerts_nor_other_users(bot: ChatBot, clock: HeldClock) -> None:
    await bot.say(7, f"/subscribe {WATCH}")
    bot.fake.push_command(9, "/search binance OR russia")
    await bot.fake.until(clock.entered.is_set)  # the search is inside SQLite, held there
    add_events(bot.archive, bot.watches[0], 1, utcnow())
    alert = await bot.fake.reply_to(7, 1)  # delivered while the search is held
    assert "CORRECTION" in alert.text
    assert "Stories followed" in await bot.say(8, "/start")  # another user is answered
    assert "Many searches are running" in await bot.say(10, "/search binance")  # the global limit: one at a time
    assert bot.fake.to(9) == []
    clock.release.set()
    stopped = await bot.fake.reply_to(9, 0)
    assert "took too long and was stopped" in stopped.text  # cut by its budget
    assert "Binance report part" in await bot.say(10, "/search binance")  # the next search runs


async def test_searches_are_bounded_in_size(bot: ChatBot, clock: HeldClock) -> None:
    clock.calls = 2  # no holding here
    flood = " ".join(f"b{i}*" for i in range(600))
    assert "at most 200 characters" in await bot.say(7, f"/search {flood}")
    assert "at most 20 words" in await bot.say(7, "/search " + " ".join(f"w{i}" for i in range(21)))
    assert clock.calls == 2, "refused before any search ran"
    assert "Binance report part" in await bot.say(7, "/search " + " ".join(["binance"] * 20))


async def test_absurd_buttons_and_arguments_get_a_clean_answer(bot: ChatBot, clock: HeldClock) -> None:
    clock.calls = 2
    bot.fake.push_command(7, "/search binance")
    first = await bot.fake.reply_to(7, 0)
    token = first.reply_markup["inline_keyboard"][0][0]["callback_data"].split(":")[1]
    for data in (f"s:{token}:" + "9" * 32, f"s:{token}:-1", f"s:{token}:20", f"s:{token}:\u0661", "s:" + "7" * 40,
                 "s:", "x" * 64):
        before = len(bot.fake.answers)
        bot.fake.push_callback(7, first.message_id, data)
        await bot.fake.until(lambda: len(bot.fake.answers) > before)  # noqa: B023
        assert bot.fake.answers[-1]["text"] in ("This search has expired: search again.", "Unknown button.")
    assert bot.fake.edits == []
    long_name = "x" * 4050
    answer = await bot.say(7, f"/latest {long_name}")
    assert "No story called xxx" in answer and len(answer) < 400 and SORRY not in answer
    answer = await bot.say(7, f"/subscribe {long_name}")
    assert "No story called xxx" in answer and len(answer) < 800 and SORRY not in answer
    assert all(SORRY not in s.text for s in bot.fake.to(7))


async def test_operator_commands_answer_only_in_a_private_chat(bot: ChatBot) -> None:
    sync_seed_sources(bot.archive, bot.watches, utcnow())
    bot.fake.add_chat(-500, "supergroup", admins={OPERATOR})
    for command in ("/status", "/sources"):
        answer = await bot.say(-500, command, user=OPERATOR)
        assert answer == "Operator commands answer only in a private chat with the bot."
        assert "for operators" in await bot.say(-500, command, user=12)
    assert "Outbox" in await bot.say(OPERATOR, "/status")
    assert "binance" in (await bot.say(OPERATOR, "/sources")).lower()
    assert all("http" not in s.text for s in bot.fake.to(-500)), "no source URL shown to the group"
