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
    set_digest,
    set_muted_until,
    subscriptions_of,
    subscriptions_with_filters,
)
from monitor.clock import iso
from monitor.errors import FilterError, QueryError, SearchTimeout, StorywatchError
from monitor.models import KINDS, AlertFilter, Watch, parse_kinds
from monitor.seeds import WatchFolder

from .commands import BY_NAME, echo, parse_duration, parse_page, parse_switch, search_problem
from .dispatch import Dispatcher
from .filters import filter_buttons
from .format import digest_item, e, fit_paragraphs, search_item, shorten
from .limits import SlidingWindow
from .search import Busy, Searcher

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


async def usage(update: Update, name: str, why: str = "") -> None:
    """Reply with a command's usage (wrong or missing arguments)."""
    command = BY_NAME[name]
    await reply(update, (f"{e(why)}\n" if why else "") + f"Usage: <code>{e(command.usage)}</code> \u2014 "
                f"{e(command.description)}")


def subscriber_id(update: Update, d: Deps) -> int:
    """The chat's subscriber row, created (or re-activated) on first use."""
    chat = update.effective_chat
    assert chat is not None
    name = chat.title or chat.full_name or chat.username or ""
    return ensure_subscriber(d.archive, TELEGRAM, str(chat.id), d.clock(), name=name,
                                    chat_type=chat.type)


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


def stories_markup(d: Deps, followed: list[str], filters: dict[str, AlertFilter] | None = None
                   ) -> InlineKeyboardMarkup:
    """A button per story to subscribe or unsubscribe; under a followed one, the common filters."""
    rows = []
    for w in d.watches:
        if len(w.name) > 56:
            continue  # callback data is limited to 64 bytes; /subscribe NAME still works
        on = w.name in followed
        label = ("\u2705 " if on else "Subscribe: ") + shorten(w.title, 40)
        rows.append([InlineKeyboardButton(label, callback_data=f"{'unsub' if on else 'sub'}:{w.name}")])
        if on:
            rows.append(filter_buttons(w, (filters or {}).get(w.name, AlertFilter())))
    return InlineKeyboardMarkup(rows)


def chat_markup(update: Update, d: Deps) -> InlineKeyboardMarkup:
    """/stories' buttons for this chat: what it follows and with which filter."""
    known = known_subscriber(update, d)
    rows = subscriptions_with_filters(d.archive, known["id"]) if known else []
    return stories_markup(d, [r["watch"] for r in rows], {r["watch"]: filter_of(r) for r in rows})


def stories_text(d: Deps) -> str:
    lines = [f"\u2022 <b>{e(w.name)}</b>: {e(shorten(w.title, 200))}" for w in d.watches]
    return "\n".join(lines) or "No stories are followed yet."


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Welcome: what the bot does and the stories it follows."""
    d = deps(context)
    subscriber_id(update, d)
    await reply(update, "storywatch follows news stories and alerts you to their follow-ups: corrections, "
                "apologies, retractions, denials, legal action, with the quoted evidence.\n\n"
                f"Stories followed:\n{stories_text(d)}\n\nSubscribe with /stories or "
                "<code>/subscribe NAME</code>; /help lists every command.")


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """List the public commands."""
    lines = [f"<code>{e(c.usage)}</code> \u2014 {e(c.description)}" for c in BY_NAME.values() if not c.operator]
    await reply(update, "Commands:\n" + "\n".join(lines))


async def stories(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """List the stories with subscribe buttons."""
    d = deps(context)
    await reply(update, stories_text(d), chat_markup(update, d))


async def _change(update: Update, context: ContextTypes.DEFAULT_TYPE, name: str, on: bool,
                  kinds: str = "") -> tuple[bool, str]:
    """Subscribe (only to `kinds`, when given) or unsubscribe this chat; returns (whether anything changed, the
    answer to show)."""
    d = deps(context)
    watch = d.watch(name)
    if watch is None:
        known = shorten(", ".join(w.name for w in d.watches), 600)
        return False, f"No story called {e(echo(name))}. Known: {e(known)}"
    try:
        only = parse_kinds(kinds, watch.alert_kinds) if kinds else None
    except FilterError as exc:
        return False, e(shorten(str(exc), 600))
    if not await may_change(update, context):
        return False, "Only the group's administrators can change its subscriptions."
    sid = subscriber_id(update, d)
    if on:
        done = subscribers.subscribe(d.archive, sid, watch.name, d.clock())
        if only is not None:
            current = next(filter_of(r) for r in subscriptions_with_filters(d.archive, sid) if r["watch"] == watch.name)
            subscribers.set_filter(d.archive, sid, watch.name, replace(current, kinds=only))
            what = f" Only: {e(', '.join(k for k in KINDS if k in only))}."
            return True, (f"Subscribed to <b>{e(watch.title)}</b>." if done else f"{e(watch.name)}:") + what
        return done, f"Subscribed to <b>{e(watch.title)}</b>." if done else f"Already subscribed to {e(watch.name)}."
    done = subscribers.unsubscribe(d.archive, sid, watch.name)
    return done, f"Unsubscribed from {e(watch.name)}." if done else f"This chat was not subscribed to {e(watch.name)}."


async def subscribe(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/subscribe NAME [KINDS]: a story's alerts, all of them or only these kinds (correction,retraction)."""
    args = context.args or []
    if not args:
        await usage(update, "subscribe")
        return
    await reply(update, (await _change(update, context, args[0], True, ",".join(args[1:])))[1])


async def unsubscribe(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/unsubscribe NAME."""
    if len(context.args or []) != 1:
        await usage(update, "unsubscribe")
        return
    await reply(update, (await _change(update, context, (context.args or [""])[0], False))[1])


async def mysubs(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """List this chat's subscriptions and delivery settings."""
    d = deps(context)
    known = known_subscriber(update, d)
    names = subscriptions_of(d.archive, known["id"]) if known else []
    if not known or not names:
        await reply(update, "This chat follows no story yet: see /stories.")
        return
    mode = "a daily digest" if known["digest"] else "instant alerts"
    muted = f", muted until {e(known['muted_until'])}" if known["muted_until"] and known["muted_until"] > (
        iso(d.clock()) or "") else ""
    await reply(update, "Following: " + ", ".join(f"<b>{e(n)}</b>" for n in names) + f"\nDelivery: {mode}{muted}.")


async def latest(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/latest [NAME]: the newest follow-ups of one story, or of this chat's stories."""
    d = deps(context)
    args = context.args or []
    if len(args) > 1:
        await usage(update, "latest")
        return
    if args:
        watch = d.watch(args[0])
        if watch is None:
            await usage(update, "latest", f"No story called {echo(args[0])}.")
            return
        names = [watch.name]
    else:
        known = known_subscriber(update, d)
        names = (subscriptions_of(d.archive, known["id"]) if known else []) or [w.name for w in d.watches]
    events = latest_events(d.archive, names, limit=5)
    if not events:
        await reply(update, "No follow-ups yet.")
        return
    await reply(update, fit_paragraphs([f"<b>Latest follow-ups</b> ({e(', '.join(names))})",
                                        *(digest_item(ev) for ev in events)]))


async def search_page(d: Deps, words: str, page: int, token: str) -> tuple[str, InlineKeyboardMarkup | None]:
    """One page of search results and its paging buttons (the search runs off the event loop).
    Raises Busy and QueryError (SearchTimeout)."""
    rows = await d.searcher.search(words, limit=(page + 1) * PAGE + 1)
    shown = rows[page * PAGE:(page + 1) * PAGE]
    if not shown:
        return f"No articles found for <i>{e(shorten(words, 200))}</i>.", None
    first = page * PAGE + 1
    items = [f"<b>Search</b>: <i>{e(shorten(words, 200))}</i>, most relevant first (results {first}-"
             f"{first + len(shown) - 1})"]
    items.extend(search_item(r) for r in shown)
    buttons = []
    if page > 0:
        buttons.append(InlineKeyboardButton("\u25c0 Previous", callback_data=f"s:{token}:{page - 1}"))
    if len(rows) > (page + 1) * PAGE and parse_page(str(page + 1)) is not None:
        buttons.append(InlineKeyboardButton("Next \u25b6", callback_data=f"s:{token}:{page + 1}"))
    return fit_paragraphs(items), InlineKeyboardMarkup([buttons]) if buttons else None


def search_failure(exc: Exception) -> str:
    """What a user is told when a search could not run."""
    if isinstance(exc, Busy):
        return "Many searches are running: try again in a few seconds."
    if isinstance(exc, SearchTimeout):
        return "That search took too long and was stopped: try fewer or more specific words."
    return "That search could not run: try other words."


async def search(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/search WORDS: the archive's full-text search, five results a page."""
    d = deps(context)
    words = " ".join(context.args or []).strip()
    if not words:
        await usage(update, "search")
        return
    problem = search_problem(words)
    if problem is not None:
        await usage(update, "search", problem)
        return
    who = update.effective_user.id if update.effective_user else (update.effective_chat.id
                                                                  if update.effective_chat else 0)
    allowed, wait = d.search_limit.allow(who, time.monotonic())
    if not allowed:
        await reply(update, f"Too many searches: try again in {int(wait) + 1} s.")
        return
    searches: dict[str, str] = context.chat_data.setdefault("searches", {})  # type: ignore[union-attr]
    token = str(int(max(searches, key=int, default="0")) + 1)
    searches[token] = words
    for old in sorted(searches, key=int)[:-20]:
        del searches[old]
    try:
        text, markup = await search_page(d, words, 0, token)
    except (Busy, QueryError) as exc:
        await reply(update, search_failure(exc))
        return
    await reply(update, text, markup)


async def mute(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/mute DURATION: hold alerts (delivered when the mute ends); /mute off."""
    d = deps(context)
    args = context.args or []
    duration = parse_duration(" ".join(args)) if args else None
    if duration is None:
        await usage(update, "mute")
        return
    if not await may_change(update, context):
        await reply(update, "Only the group's administrators can mute its alerts.")
        return
    sid = subscriber_id(update, d)
    until = d.clock() + duration if duration else None
    set_muted_until(d.archive, sid, until)
    await reply(update, f"Muted until {e(iso(until))} UTC; held alerts arrive then." if until else "Alerts unmuted.")


async def digest(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/digest on|off: one daily digest, or instant alerts."""
    d = deps(context)
    on = parse_switch(context.args[0]) if len(context.args or []) == 1 else None  # type: ignore[index]
    if on is None:
        await usage(update, "digest")
        return
    if not await may_change(update, context):
        await reply(update, "Only the group's administrators can change how its alerts arrive.")
        return
    set_digest(d.archive, subscriber_id(update, d), on)
    hour = d.dispatcher.digest_hour
    await reply(update, f"Daily digest on: one message a day at {hour:02d}:00 UTC." if on else "Instant alerts on.")


async def unknown(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Any other command: point to /help."""
    await reply(update, "Unknown command. /help lists what I understand.")


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
        await query.edit_message_text(stories_text(d), parse_mode=ParseMode.HTML, reply_markup=chat_markup(update, d))
        return
    if kind == "s":
        await search_button(update, context)
        return
    await query.answer("Unknown button.")


async def refresh_watches(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Before every update: pick up watches added, changed or removed in the seeds folder."""
    deps(context).refresh()


async def search_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A /search paging button: the page asked for, searched again off the event loop."""
    query = update.callback_query
    assert query is not None
    d = deps(context)
    token, _, number = (query.data or "").removeprefix("s:").partition(":")
    words = (context.chat_data or {}).get("searches", {}).get(token)
    page = parse_page(number)
    if words is None or page is None:
        await query.answer("This search has expired: search again.")
        return
    who = update.effective_user.id if update.effective_user else 0
    allowed, wait = d.page_limit.allow(who, time.monotonic())
    if not allowed:
        await query.answer(f"Too many pages: try again in {int(wait) + 1} s.")
        return
    try:
        text, markup = await search_page(d, words, page, token)
    except (Busy, QueryError) as exc:
        await query.answer(search_failure(exc))
        return
    await query.answer()
    await query.edit_message_text(text, parse_mode=ParseMode.HTML, reply_markup=markup,
                                  link_preview_options=NO_PREVIEW)


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log a handler's failure (type and message only) and tell the chat something went wrong."""
    log.error("update failed: %s: %s", type(context.error).__name__, context.error)
    if isinstance(update, Update) and update.effective_message is not None:
        await reply(update, "Sorry, that failed. Try again later.")
