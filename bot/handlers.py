"""The bot's handlers: flat, typed, one per command or button. Wiring lives in bot/app.py.

Handlers read their dependencies from `context.bot_data["deps"]` (built once by the builder). In groups only
administrators change subscriptions; in channels every post comes from an admin; the operators' commands are
in bot/operators.py.
Searches run off the event loop (bot/search.py); a user's arguments are shortened before they are repeated.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, LinkPreviewOptions, Update
from telegram.constants import ChatMemberStatus, ChatType, ParseMode
from telegram.ext import Application, ContextTypes

from monitor.archive import subscribers
from monitor.archive.alerts import skip_watch_alerts
from monitor.archive.db import Archive
from monitor.archive.events import latest_events
from monitor.archive.records import SubscriberRow
from monitor.archive.subscribers import (
    TELEGRAM,
    ensure_subscriber,
    filter_of,
    get_subscriber,
    subscriptions_of,
    subscriptions_with_filters,
)
from monitor.clock import iso
from monitor.errors import FilterError, StorywatchError
from monitor.models import KINDS, AlertFilter, Watch, parse_kinds
from monitor.seeds import WatchFolder

from .commands import BY_NAME, echo
from .dispatch import Dispatcher
from .filters import filter_buttons, filter_error
from .format import digest_item, e, fit_paragraphs, shorten
from .limits import SlidingWindow
from .search import Searcher
from .strings import chat_language, language_of, t

log = logging.getLogger(__name__)
PAGE = 5
ADMIN_TTL_S = 300.0
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)


@dataclass
class Deps:
    """What handlers need, built once in bot/app.py."""

    archive: Archive
    watches: list[Watch]
    operators: frozenset[int]
    clock: Callable[[], datetime]
    dispatcher: Dispatcher
    searcher: Searcher
    search_limit: SlidingWindow = field(default_factory=lambda: SlidingWindow(5, 60.0))
    page_limit: SlidingWindow = field(default_factory=lambda: SlidingWindow(20, 60.0))  # paging buttons: searches too
    drain_interval: float = 1.0
    folder: WatchFolder | None = None  # the seeds folder, reloaded when it changes (None: `watches` is fixed)
    watch_errors: dict[str, str] = field(default_factory=dict)  # watch files skipped as invalid, with why

    def refresh(self) -> bool:
        """Follow the seeds folder: added, changed and removed watches without a restart (a removed watch's
        pending alerts are skipped; a broken file is skipped, not taken for a removal). True when it changed."""
        if self.folder is None or not self.folder.changed():
            return False
        try:
            loaded = self.folder.current()
        except StorywatchError as exc:
            log.error("seeds folder unreadable; keeping the watches loaded: %s", exc)
            return False
        before = {w.name for w in self.watches}
        removed = sorted(before - loaded.names - set(loaded.errors))
        self.watches, self.watch_errors = loaded.watches, dict(loaded.errors)
        skipped = skip_watch_alerts(self.archive, removed, "watch removed") if removed else 0
        for name, error in loaded.errors.items():
            log.error("watch %s skipped: %s", name, error)
        log.info("watches reloaded: %s (removed %s, %d pending alerts skipped)",
                 ", ".join(sorted(loaded.names)) or "none", ", ".join(removed) or "none", skipped)
        return True

    def watch(self, name: str) -> Watch | None:
        return next((w for w in self.watches if w.name == name.strip().lower()), None)


def deps(context: ContextTypes.DEFAULT_TYPE) -> Deps:
    return context.bot_data["deps"]  # type: ignore[no-any-return]


def deps_of(app: Application) -> Deps:  # type: ignore[type-arg]
    return app.bot_data["deps"]  # type: ignore[no-any-return]


async def reply(update: Update, text: str, markup: InlineKeyboardMarkup | None = None) -> None:
    message = update.effective_message
    if message is not None:
        await message.reply_text(text, parse_mode=ParseMode.HTML, reply_markup=markup, do_quote=False,
                                 link_preview_options=NO_PREVIEW)


async def usage(update: Update, context: ContextTypes.DEFAULT_TYPE, name: str, why: str = "") -> None:
    """Reply with a command's usage (wrong or missing arguments), in the chat's language; `why` is escaped."""
    command = BY_NAME[name]
    lang = lang_for(update, deps(context))
    await reply(update, (f"{e(why)}\n" if why else "") + t(lang, "usage", usage=e(command.usage),
                                                          description=e(t(lang, f"cmd.{name}"))))


def subscriber_id(update: Update, d: Deps) -> int:
    """The chat's subscriber row, created (or re-activated) on first use; remembers the speaker's language."""
    chat = update.effective_chat
    assert chat is not None
    name = chat.title or chat.full_name or chat.username or ""
    user = update.effective_user
    seen = language_of(user.language_code) if user is not None and user.language_code else None
    return ensure_subscriber(d.archive, TELEGRAM, str(chat.id), d.clock(), name=name, chat_type=chat.type,
                             language_seen=seen)


def lang_for(update: Update, d: Deps) -> str:
    """The language to answer this update in (bot/strings.py: the chat's choice, the speaker's, English)."""
    known = known_subscriber(update, d)
    user = update.effective_user
    return chat_language(known["language"] if known else None, known["language_seen"] if known else None,
                         user.language_code if user is not None else None)


def no_story(d: Deps, lang: str, name: str) -> str:
    """The answer to a story name that is not a watch: the name shortened, the known ones listed."""
    return t(lang, "no_story", name=e(echo(name)), known=e(shorten(", ".join(w.name for w in d.watches), 600)))


def known_subscriber(update: Update, d: Deps) -> SubscriberRow | None:
    chat = update.effective_chat
    return None if chat is None else get_subscriber(d.archive, TELEGRAM, str(chat.id))


async def may_change(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """Private chats and channels: yes. Groups: only administrators (cached for a few minutes)."""
    chat, user, message = update.effective_chat, update.effective_user, update.effective_message
    if chat is None or chat.type in (ChatType.PRIVATE, ChatType.CHANNEL):
        return True
    if message is not None and message.sender_chat is not None and message.sender_chat.id == chat.id:
        return True  # an anonymous administrator
    if user is None:
        return False
    cache: dict[int, tuple[bool, float]] = context.chat_data.setdefault("admins", {})  # type: ignore[union-attr]
    known = cache.get(user.id)
    if known is not None and time.monotonic() - known[1] < ADMIN_TTL_S:
        return known[0]
    member = await context.bot.get_chat_member(chat.id, user.id)
    is_admin = member.status in (ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER)
    cache[user.id] = (is_admin, time.monotonic())
    return is_admin


def stories_markup(d: Deps, followed: list[str], filters: dict[str, AlertFilter] | None = None,
                   lang: str = "en") -> InlineKeyboardMarkup:
    """A button per story to subscribe or unsubscribe; under a followed one, the common filters."""
    rows = []
    for w in d.watches:
        if len(w.name) > 56:
            continue  # callback data is limited to 64 bytes; /subscribe NAME still works
        on = w.name in followed
        label = ("\u2705 " if on else t(lang, "button.subscribe")) + shorten(w.title, 40)
        rows.append([InlineKeyboardButton(label, callback_data=f"{'unsub' if on else 'sub'}:{w.name}")])
        if on:
            rows.append(filter_buttons(w, (filters or {}).get(w.name, AlertFilter()), lang))
    return InlineKeyboardMarkup(rows)


def chat_markup(update: Update, d: Deps) -> InlineKeyboardMarkup:
    """/stories' buttons for this chat: what it follows and with which filter."""
    known = known_subscriber(update, d)
    rows = subscriptions_with_filters(d.archive, known["id"]) if known else []
    return stories_markup(d, [r["watch"] for r in rows], {r["watch"]: filter_of(r) for r in rows},
                          lang_for(update, d))


def stories_text(d: Deps, lang: str = "en") -> str:
    lines = [f"\u2022 <b>{e(w.name)}</b>: {e(shorten(w.title, 200))}" for w in d.watches]
    return "\n".join(lines) or t(lang, "no_stories")


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Welcome: what the bot does and the stories it follows."""
    d = deps(context)
    subscriber_id(update, d)
    lang = lang_for(update, d)
    await reply(update, t(lang, "start", stories=stories_text(d, lang)))


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """List the public commands."""
    lang = lang_for(update, deps(context))
    lines = [f"<code>{e(c.usage)}</code> \u2014 {e(t(lang, f'cmd.{c.name}'))}" for c in BY_NAME.values()
             if not c.operator]
    await reply(update, t(lang, "help", lines="\n".join(lines)))


async def stories(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """List the stories with subscribe buttons."""
    d = deps(context)
    await reply(update, stories_text(d, lang_for(update, d)), chat_markup(update, d))


async def _change(update: Update, context: ContextTypes.DEFAULT_TYPE, name: str, on: bool,
                  kinds: str = "") -> tuple[bool, str]:
    """Subscribe (only to `kinds`, when given) or unsubscribe this chat; returns (whether anything changed, the
    answer to show)."""
    d = deps(context)
    lang = lang_for(update, d)
    watch = d.watch(name)
    if watch is None:
        return False, no_story(d, lang, name)
    try:
        only = parse_kinds(kinds, watch.alert_kinds) if kinds else None
    except FilterError as exc:
        return False, filter_error(exc, lang)
    if not await may_change(update, context):
        return False, t(lang, "admins_only.subscriptions")
    sid = subscriber_id(update, d)
    if on:
        done = subscribers.subscribe(d.archive, sid, watch.name, d.clock())
        if only is not None:
            current = next(filter_of(r) for r in subscriptions_with_filters(d.archive, sid) if r["watch"] == watch.name)
            subscribers.set_filter(d.archive, sid, watch.name, replace(current, kinds=only))
            what = t(lang, "subscribed_only", kinds=e(", ".join(k for k in KINDS if k in only)))
            return True, (t(lang, "subscribed", title=e(watch.title)) if done else f"{e(watch.name)}:") + what
        return done, (t(lang, "subscribed", title=e(watch.title)) if done
                      else t(lang, "already_subscribed", name=e(watch.name)))
    done = subscribers.unsubscribe(d.archive, sid, watch.name)
    return done, t(lang, "unsubscribed" if done else "not_subscribed", name=e(watch.name))


async def subscribe(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/subscribe NAME [KINDS]: a story's alerts, all of them or only these kinds (correction,retraction)."""
    args = context.args or []
    if not args:
        await usage(update, context, "subscribe")
        return
    await reply(update, (await _change(update, context, args[0], True, ",".join(args[1:])))[1])


async def unsubscribe(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/unsubscribe NAME."""
    if len(context.args or []) != 1:
        await usage(update, context, "unsubscribe")
        return
    await reply(update, (await _change(update, context, (context.args or [""])[0], False))[1])


async def mysubs(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """List this chat's subscriptions and delivery settings."""
    d = deps(context)
    known = known_subscriber(update, d)
    names = subscriptions_of(d.archive, known["id"]) if known else []
    lang = lang_for(update, d)
    if not known or not names:
        await reply(update, t(lang, "follows_nothing"))
        return
    mode = t(lang, "mode.digest" if known["digest"] else "mode.instant")
    muted = t(lang, "muted_until", until=e(known["muted_until"])) if known["muted_until"] and known[
        "muted_until"] > (iso(d.clock()) or "") else ""
    await reply(update, t(lang, "mysubs", names=", ".join(f"<b>{e(n)}</b>" for n in names), mode=mode, muted=muted))


async def latest(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/latest [NAME]: the newest follow-ups of one story, or of this chat's stories."""
    d = deps(context)
    args = context.args or []
    if len(args) > 1:
        await usage(update, context, "latest")
        return
    lang = lang_for(update, d)
    if args:
        watch = d.watch(args[0])
        if watch is None:
            await reply(update, no_story(d, lang, args[0]))
            return
        names = [watch.name]
    else:
        known = known_subscriber(update, d)
        names = (subscriptions_of(d.archive, known["id"]) if known else []) or [w.name for w in d.watches]
    events = latest_events(d.archive, names, limit=5)
    if not events:
        await reply(update, t(lang, "no_follow_ups"))
        return
    await reply(update, fit_paragraphs([t(lang, "latest", names=e(", ".join(names))),
                                        *(digest_item(ev, lang) for ev in events)]))


async def unknown(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Any other command: point to /help."""
    await reply(update, t(lang_for(update, deps(context)), "unknown_command"))


async def button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Inline buttons: subscribe/unsubscribe from /stories (paging in /search: `search_button`)."""
    query = update.callback_query
    assert query is not None
    d = deps(context)
    kind, _, rest = (query.data or "").partition(":")
    if kind in ("sub", "unsub"):
        changed, answer = await _change(update, context, rest, kind == "sub")
        await query.answer(answer.replace("<b>", "").replace("</b>", "")[:190])
        if not changed:
            return  # editing to the same text would be a 400 "message is not modified"
        await query.edit_message_text(stories_text(d, lang_for(update, d)), parse_mode=ParseMode.HTML,
                                      reply_markup=chat_markup(update, d))
        return
    await query.answer(t(lang_for(update, d), "unknown_button"))


async def refresh_watches(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Before every update: pick up watches added, changed or removed in the seeds folder."""
    deps(context).refresh()


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log a handler's failure (type and message only) and tell the chat something went wrong."""
    log.error("update failed: %s: %s", type(context.error).__name__, context.error)
    if isinstance(update, Update) and update.effective_message is not None:
        try:
            lang = lang_for(update, deps(context))
        except Exception:  # the archive itself may be what failed
            lang = "en"
        await reply(update, t(lang, "failed"))
