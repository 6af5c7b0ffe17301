"""How a chat's alerts arrive, and in which language: `/mute`, `/digest`, `/language`.

In groups only administrators change these. The language is the chat's choice (en, ru) or, with `auto`,
the Telegram language of whoever speaks (bot/strings.py); alerts follow it too.
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import ContextTypes

from monitor.archive.subscribers import set_digest, set_language, set_muted_until
from monitor.clock import iso
from monitor.deliver.render import LANGUAGES

from .commands import parse_duration, parse_switch
from .format import e
from .handlers import deps, lang_for, may_change, reply, subscriber_id, usage
from .strings import t


async def mute(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/mute DURATION: hold alerts (delivered when the mute ends); /mute off."""
    d = deps(context)
    args = context.args or []
    duration = parse_duration(" ".join(args)) if args else None
    if duration is None:
        await usage(update, context, "mute")
        return
    lang = lang_for(update, d)
    if not await may_change(update, context):
        await reply(update, t(lang, "admins_only.mute"))
        return
    sid = subscriber_id(update, d)
    until = d.clock() + duration if duration else None
    set_muted_until(d.archive, sid, until)
    await reply(update, t(lang, "muted", until=e(iso(until))) if until else t(lang, "unmuted"))


async def digest(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/digest on|off: one daily digest, or instant alerts."""
    d = deps(context)
    on = parse_switch(context.args[0]) if len(context.args or []) == 1 else None  # type: ignore[index]
    if on is None:
        await usage(update, context, "digest")
        return
    lang = lang_for(update, d)
    if not await may_change(update, context):
        await reply(update, t(lang, "admins_only.digest"))
        return
    set_digest(d.archive, subscriber_id(update, d), on)
    hour = d.dispatcher.digest_hour
    await reply(update, t(lang, "digest.on", hour=f"{hour:02d}") if on else t(lang, "digest.off"))


async def language(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/language en|ru|auto: the language of this chat's replies and alerts."""
    d = deps(context)
    args = context.args or []
    choice = args[0].strip().lower() if len(args) == 1 else ""
    if choice not in (*LANGUAGES, "auto"):
        await reply(update, t(lang_for(update, d), "language.bad"))
        return
    if not await may_change(update, context):
        await reply(update, t(lang_for(update, d), "admins_only.subscriptions"))
        return
    set_language(d.archive, subscriber_id(update, d), None if choice == "auto" else choice)
    lang = lang_for(update, d)
    await reply(update, t(lang, "language.auto" if choice == "auto" else "language.set"))
