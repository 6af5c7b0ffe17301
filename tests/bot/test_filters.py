"""Subscribers' filters through the real PTB bot against the fake Bot API: set, shown, refused, and applied
when alert rows are written (a filtered-out follow-up makes no row, and no message)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from monitor.archive.alerts import outbox_counts
from monitor.archive.subscribers import TELEGRAM, filter_of, get_subscriber, subscriptions_with_filters
from monitor.clock import utcnow
from monitor.models import AlertFilter
from tests.support.botkit import ChatBot, add_events, chat_bot

pytestmark = pytest.mark.integration

WATCH = "binance-russia-data"


class Bot(ChatBot):
    def filter(self, chat: int) -> AlertFilter | None:
        row = get_subscriber(self.archive, TELEGRAM, str(chat))
        subs = subscriptions_with_filters(self.archive, row["id"]) if row else []
        return filter_of(subs[0]) if subs else None


@pytest.fixture
async def bot(tmp_path: Path) -> AsyncIterator[Bot]:
    async with chat_bot(tmp_path / "a.db", Bot) as running:
        yield running


async def test_subscribe_with_kinds_and_bad_kinds(bot: Bot) -> None:
    text = await bot.say(7, f"/subscribe {WATCH} corection")
    assert "unknown kind &#x27;corection&#x27;: valid kinds are correction, apology" in text
    assert bot.filter(7) is None, "nothing subscribed on a bad value"
    text = await bot.say(7, f"/subscribe {WATCH} correction, retraction")
    assert "Subscribed to" in text and "Only: correction, retraction" in text
    assert bot.filter(7) == AlertFilter(kinds=frozenset({"correction", "retraction"}))
    assert "Only: denial" in await bot.say(7, f"/subscribe {WATCH} denial")
    assert bot.filter(7) == AlertFilter(kinds=frozenset({"denial"}))


async def test_filter_commands_set_show_refuse_and_escape(bot: Bot) -> None:
    assert "does not follow" in await bot.say(7, f"/filter {WATCH} confidence 0.8")
    await bot.say(7, f"/subscribe {WATCH}")
    assert "Usage" in await bot.say(7, "/filter")
    assert "No story called &lt;b&gt;x" in await bot.say(7, "/filter <b>x kinds denial")
    assert "from 0 to 1" in await bot.say(7, f"/filter {WATCH} confidence 1.5")
    assert "unknown filter &#x27;colour&#x27;: valid filters are kinds, outlets, confidence" in await bot.say(
        7, f"/filter {WATCH} colour red")
    text = await bot.say(7, f"/filter {WATCH} outlets Reuters, <b>Bloomberg</b>")
    assert "outlets: Reuters, &lt;b&gt;Bloomberg&lt;/b&gt;" in text and "<b>Bloomberg" not in text
    assert "confidence at least 0.8" in await bot.say(7, f"/filter {WATCH} confidence 0.8")
    assert bot.filter(7) == AlertFilter(outlets=("Reuters", "<b>Bloomberg</b>"), min_confidence=0.8)
    listing = await bot.say(7, "/filters")
    assert WATCH in listing and "outlets: Reuters, &lt;b&gt;Bloomberg&lt;/b&gt;; confidence at least 0.8" in listing
    await bot.say(7, f"/filter {WATCH} outlets off")
    assert bot.filter(7) == AlertFilter(min_confidence=0.8)
    assert "every follow-up" in await bot.say(7, f"/filter {WATCH} off")
    assert bot.filter(7) == AlertFilter()


async def test_only_group_admins_set_filters(bot: Bot) -> None:
    bot.fake.add_chat(-500, "group", admins={11})
    await bot.say(-500, f"/subscribe {WATCH}", user=11)
    assert "Only the group's administrators" in await bot.say(-500, f"/filter {WATCH} kinds denial", user=12)
    assert "Only the group's administrators" in await bot.say(-500, f"/subscribe {WATCH} denial", user=12)
    assert bot.filter(-500) == AlertFilter()
    assert "kinds: denial" in await bot.say(-500, f"/filter {WATCH} kinds denial", user=11)
    assert "kinds: denial" in await bot.say(-500, "/filters", user=12), "anyone may look"


async def test_stories_buttons_set_the_common_filters(bot: Bot) -> None:
    await bot.say(7, f"/subscribe {WATCH}")
    bot.fake.push_command(7, "/stories")
    sent = await bot.fake.reply_to(7, 1)
    rows = sent.reply_markup["inline_keyboard"]
    assert [b["callback_data"] for b in rows[1]] == [f"f:all:{WATCH}", f"f:fix:{WATCH}", f"f:row:{WATCH}"]
    assert rows[1][0]["text"].startswith("\u2705"), "the filter in force is ticked"
    bot.fake.push_callback(7, sent.message_id, f"f:fix:{WATCH}")
    await bot.fake.until(lambda: len(bot.fake.edits) == 1)
    assert bot.filter(7) == AlertFilter(kinds=frozenset({"correction", "retraction", "clarification", "editors_note",
                                                         "apology"}))
    assert bot.fake.edits[0]["reply_markup"]["inline_keyboard"][1][1]["text"].startswith("\u2705")
    bot.fake.add_chat(-600, "group", admins={11})
    await bot.say(-600, f"/subscribe {WATCH}", user=11)
    bot.fake.push_callback(-600, 1, f"f:row:{WATCH}", user_id=12)
    await bot.fake.until(lambda: any("administrators" in a.get("text", "") for a in bot.fake.answers))
    assert bot.filter(-600) == AlertFilter()


async def test_filters_apply_when_alert_rows_are_written(bot: Bot) -> None:
    await bot.say(7, f"/subscribe {WATCH} denial")          # a correction is filtered out
    await bot.say(8, f"/subscribe {WATCH}")
    await bot.say(8, f"/filter {WATCH} outlets Bloomberg")  # a Reuters follow-up is filtered out
    await bot.say(9, f"/subscribe {WATCH} correction")
    await bot.say(9, f"/filter {WATCH} outlets reuters")
    add_events(bot.archive, bot.watches[0], 2, utcnow())    # two Reuters corrections
    rows = bot.archive.all("SELECT s.chat_id FROM alerts a JOIN subscribers s ON s.id = a.subscriber_id")
    assert sorted(r["chat_id"] for r in rows) == ["9", "9"], "filtered-out subscribers get no alert row"
    await bot.fake.until(lambda: outbox_counts(bot.archive) == {"sent": 2}, 10)
    assert sum("paragraph" in s.text for s in bot.fake.to(9)) == 2
    assert not any("paragraph" in s.text for c in (7, 8) for s in bot.fake.to(c))
