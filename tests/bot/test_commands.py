"""Every command end to end: the real python-telegram-bot app against the fake Bot API on loopback."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from monitor.archive.alerts import outbox_counts
from monitor.archive.articles import upsert_article
from monitor.archive.sources import sync_seed_sources
from monitor.archive.subscribers import TELEGRAM, get_subscriber, subscriptions_of
from monitor.clock import utcnow
from monitor.models import ArticleFields
from tests.support.botkit import ChatBot, add_events, chat_bot

pytestmark = pytest.mark.integration

WATCH = "binance-russia-data"
OPERATOR = 4242


class Bot(ChatBot):
    def subs(self, chat: int) -> list[str]:
        row = get_subscriber(self.archive, TELEGRAM, str(chat))
        return subscriptions_of(self.archive, row["id"]) if row else []


@pytest.fixture
async def bot(tmp_path: Path) -> AsyncIterator[Bot]:
    async with chat_bot(tmp_path / "a.db", Bot) as running:
        yield running


async def test_start_help_and_registered_commands(bot: Bot) -> None:
    assert {c["command"] for c in bot.fake.commands} == {"start", "help", "stories", "subscribe", "unsubscribe",
                                                          "mysubs", "latest", "search", "mute", "digest",
                                                          "filter", "filters", "language"}
    text = await bot.say(7, "/start")
    assert WATCH in text and "corrections" in text
    assert "/subscribe NAME" in await bot.say(7, "/help")
    assert get_subscriber(bot.archive, TELEGRAM, "7") is not None


async def test_stories_buttons_subscribe_and_unsubscribe(bot: Bot) -> None:
    bot.fake.push_command(7, "/stories")
    sent = await bot.fake.reply_to(7, 0)
    buttons = [b for row in sent.reply_markup["inline_keyboard"] for b in row]
    assert buttons[0]["callback_data"] == f"sub:{WATCH}"
    bot.fake.push_callback(7, sent.message_id, f"sub:{WATCH}")
    await bot.fake.until(lambda: len(bot.fake.edits) == 1)
    assert bot.subs(7) == [WATCH]
    assert bot.fake.answers[-1]["text"].startswith("Subscribed")
    assert bot.fake.edits[-1]["reply_markup"]["inline_keyboard"][0][0]["callback_data"] == f"unsub:{WATCH}"
    bot.fake.push_callback(7, sent.message_id, f"unsub:{WATCH}")
    await bot.fake.until(lambda: len(bot.fake.edits) == 2)
    assert bot.subs(7) == []


async def test_subscribe_unsubscribe_mysubs_and_wrong_arguments(bot: Bot) -> None:
    assert "Usage: <code>/subscribe NAME [KINDS]</code>" in await bot.say(7, "/subscribe")
    assert "No story called a" in await bot.say(7, "/subscribe a b")
    assert "No story called nope" in await bot.say(7, "/subscribe nope")
    assert "follows no story" in await bot.say(7, "/mysubs")
    assert "Subscribed to" in await bot.say(7, f"/subscribe {WATCH}")
    assert "Already subscribed" in await bot.say(7, f"/subscribe {WATCH.upper()}")
    assert WATCH in await bot.say(7, "/mysubs")
    assert "Unsubscribed" in await bot.say(7, f"/unsubscribe {WATCH}")
    assert "was not subscribed" in await bot.say(7, f"/unsubscribe {WATCH}")
    assert "Usage" in await bot.say(7, "/unsubscribe")


async def test_latest(bot: Bot) -> None:
    assert "No follow-ups yet" in await bot.say(7, "/latest")
    add_events(bot.archive, bot.watches[0], 3, utcnow(), evidence="<b>Correction</b> number {i}")
    text = await bot.say(7, f"/latest {WATCH}")
    assert "Correction</b> number 2" not in text and "&lt;b&gt;Correction&lt;/b&gt; number 2" in text
    assert "Latest follow-ups" in await bot.say(7, "/latest")
    assert "No story called nope" in await bot.say(7, "/latest nope")
    assert "Usage" in await bot.say(7, "/latest a b")


async def test_search_is_paged_safe_and_rate_limited(bot: Bot) -> None:
    for i in range(12):
        upsert_article(bot.archive, ArticleFields(url=f"https://n.example/{i}", link=f"https://n.example/{i}",
                                                 title=f"Binance report part {i}", outlet="Outlet"), utcnow())
    assert "Usage" in await bot.say(7, "/search")
    bot.fake.push_command(7, "/search binance")
    first = await bot.fake.reply_to(7, 1)
    assert first.text.count("Binance report part") == 5
    nxt = first.reply_markup["inline_keyboard"][0][0]
    assert nxt["text"].startswith("Next")
    bot.fake.push_callback(7, first.message_id, nxt["callback_data"])
    await bot.fake.until(lambda: len(bot.fake.edits) == 1)
    edit = bot.fake.edits[0]
    assert "results 6-10" in edit["text"] and edit["text"].count("Binance report part") == 5
    assert {b["text"][:4] for b in edit["reply_markup"]["inline_keyboard"][0]} == {"\u25c0 Pr", "Next"}
    for words in ('acme AND "', "NEAR(", "*"):
        assert "No articles found" in await bot.say(7, f"/search {words}")
    assert "Binance report part" in await bot.say(7, "/search binance")  # the fifth search in a minute
    assert "Too many searches" in await bot.say(7, "/search binance")
    assert "Binance report part" in await bot.say(8, "/search binance")  # per user


async def test_mute_and_digest(bot: Bot) -> None:
    assert "Usage" in await bot.say(7, "/mute soon")
    assert "Usage" in await bot.say(7, "/mute")
    assert "Muted until" in await bot.say(7, "/mute 2h")
    row = get_subscriber(bot.archive, TELEGRAM, "7")
    assert row is not None and row["muted_until"] > utcnow().isoformat()
    assert "unmuted" in await bot.say(7, "/mute off")
    assert "Daily digest on" in await bot.say(7, "/digest on")
    assert get_subscriber(bot.archive, TELEGRAM, "7")["digest"] == 1  # type: ignore[index]
    assert "Usage" in await bot.say(7, "/digest sometimes")
    assert "Instant alerts" in await bot.say(7, "/digest off")


async def test_operator_commands_refuse_everyone_else(bot: Bot) -> None:
    assert "for operators" in await bot.say(7, "/status")
    assert "for operators" in await bot.say(7, "/sources")
    sync_seed_sources(bot.archive, bot.watches, utcnow())
    text = await bot.say(OPERATOR, "/status")
    assert "Outbox" in text and "Sources" in text and "Delivery" in text
    assert "binance" in (await bot.say(OPERATOR, "/sources")).lower()


async def test_unknown_command(bot: Bot) -> None:
    assert "Unknown command" in await bot.say(7, "/frobnicate now")


async def test_only_group_admins_change_subscriptions(bot: Bot) -> None:
    bot.fake.add_chat(-500, "group", admins={11})
    assert "Only the group's administrators" in await bot.say(-500, f"/subscribe {WATCH}", user=12)
    assert "Only the group's administrators" in await bot.say(-500, "/mute 1h", user=12)
    assert bot.subs(-500) == []
    bot.fake.push_callback(-500, 1, f"sub:{WATCH}", user_id=12)  # the /stories button, pressed by a member
    await bot.fake.until(lambda: len(bot.fake.answers) == 1)
    assert bot.fake.answers[0]["text"].startswith("Only the group's administrators") and bot.fake.edits == []
    assert "Subscribed" in await bot.say(-500, f"/subscribe {WATCH}", user=11)
    assert bot.subs(-500) == [WATCH]
    assert WATCH in await bot.say(-500, "/mysubs", user=12)  # anyone may look


async def test_channel_posts_work(bot: Bot) -> None:
    bot.fake.add_chat(-100777, "channel")
    bot.fake.push_channel_post(-100777, f"/subscribe {WATCH}")
    reply = await bot.fake.reply_to(-100777, 0)
    assert "Subscribed" in reply.text and bot.subs(-100777) == [WATCH]


async def test_alerts_are_delivered_by_the_job_queue_and_the_token_never_logged(
        bot: Bot, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    await bot.say(7, f"/subscribe {WATCH}")
    add_events(bot.archive, bot.watches[0], 2, utcnow())
    await bot.fake.until(lambda: len(bot.fake.to(7)) == 3)
    # The fake records a message before its reply reaches the bot: the commit follows a moment later.
    await bot.fake.until(lambda: outbox_counts(bot.archive) == {"sent": 2}, 5)
    rows = bot.archive.all("SELECT status, message_id FROM alerts ORDER BY id")
    assert {r["message_id"] for r in rows} == {str(s.message_id) for s in bot.fake.to(7)[1:]}
    assert caplog.records, "the bot logged nothing at DEBUG: this test would prove nothing"
    assert bot.fake.token not in caplog.text
    assert logging.getLogger("httpx").getEffectiveLevel() >= logging.WARNING


def test_bot_command_needs_a_token_and_valid_operators(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    from monitor.cli.main import cli

    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "a.db"), "bot"])
    assert result.exit_code == 2 and "TELEGRAM_BOT_TOKEN is not set" in result.output
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "1:secret")
    monkeypatch.setenv("STORYWATCH_OPERATORS", "12,abc")
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "a.db"), "bot"])
    assert result.exit_code == 2 and "STORYWATCH_OPERATORS" in result.output and "secret" not in result.output
