"""The handlers of subscribers' filters: `/filter`, `/filters` and the preset buttons under /stories.

In groups only administrators set filters; everything echoed is HTML-escaped (bot/filters.py describes them).
"""

from __future__ import annotations

from dataclasses import replace

from telegram import Update
from telegram.constants import ParseMode
from telegram.ext import ContextTypes

from monitor.archive.subscribers import filter_of, set_filter, subscriptions_with_filters
from monitor.errors import FilterError
from monitor.models import AlertFilter

from .filters import OFF, PRESETS, change_filter, describe, preset_kinds
from .format import e
from .handlers import Deps, chat_markup, deps, known_subscriber, may_change, reply, stories_text, subscriber_id, usage


def current_filter(d: Deps, sid: int, watch: str) -> AlertFilter | None:
    """The chat's filter on a watch, or None when it does not follow the watch."""
    row = next((s for s in subscriptions_with_filters(d.archive, sid) if s["watch"] == watch), None)
    return None if row is None else filter_of(row)


async def filter_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/filter NAME kinds|outlets|confidence VALUE (or off); /filter NAME off clears every filter."""
    d = deps(context)
    args = context.args or []
    if len(args) < 2:
        await usage(update, "filter")
        return
    watch = d.watch(args[0])
    if watch is None:
        await reply(update, f"No story called {e(args[0])}. Known: {e(', '.join(w.name for w in d.watches))}")
        return
    if not await may_change(update, context):
        await reply(update, "Only the group's administrators can change its filters.")
        return
    sid = subscriber_id(update, d)
    current = current_filter(d, sid, watch.name)
    if current is None:
        await reply(update, f"This chat does not follow {e(watch.name)}: <code>/subscribe {e(watch.name)}</code> "
                            "first.")
        return
    axis = args[1].lower()
    try:
        if axis in OFF and len(args) == 2:
            new = AlertFilter()
        elif len(args) < 3:
            raise FilterError(f"give a value: <code>/filter {e(watch.name)} {e(axis)} VALUE</code>, or off")
        else:
            new = change_filter(current, watch, axis, " ".join(args[2:]))
    except FilterError as exc:
        text = str(exc)
        await reply(update, text if text.startswith("give a value") else e(text))
        return
    set_filter(d.archive, sid, watch.name, new)
    await reply(update, f"<b>{e(watch.name)}</b>: {describe(new)}.")


async def filters_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/filters: each followed story with what this chat receives of it."""
    d = deps(context)
    known = known_subscriber(update, d)
    rows = subscriptions_with_filters(d.archive, known["id"]) if known else []
    if not rows:
        await reply(update, "This chat follows no story yet: see /stories.")
        return
    lines = [f"\u2022 <b>{e(r['watch'])}</b>: {describe(filter_of(r))}" for r in rows]
    await reply(update, "What this chat receives:\n" + "\n".join(lines) +
                "\n\nChange with <code>/filter NAME kinds correction,retraction</code>, "
                "<code>/filter NAME outlets Reuters</code>, <code>/filter NAME confidence 0.8</code> "
                "or <code>/filter NAME off</code>.")


async def filter_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A filter button under a followed story in /stories ("f:<preset>:<watch>"): set it, tick it."""
    query = update.callback_query
    assert query is not None
    _, preset, name = (query.data or "").split(":", 2) if (query.data or "").count(":") >= 2 else ("", "", "")
    answer, changed = await _preset(update, context, preset, name)
    await query.answer(answer[:190])
    if changed:
        d = deps(context)
        await query.edit_message_text(stories_text(d), parse_mode=ParseMode.HTML, reply_markup=chat_markup(update, d))


async def _preset(update: Update, context: ContextTypes.DEFAULT_TYPE, preset: str, name: str) -> tuple[str, bool]:
    """Apply a preset; returns (the answer to show, plain text; whether the filter changed)."""
    d = deps(context)
    watch = d.watch(name)
    if watch is None or preset not in PRESETS:
        return "This button has expired: send /stories again.", False
    if not await may_change(update, context):
        return "Only the group's administrators can change its filters.", False
    sid = subscriber_id(update, d)
    current = current_filter(d, sid, watch.name)
    if current is None:
        return f"Subscribe to {watch.name} first.", False
    new = replace(current, kinds=preset_kinds(watch, preset))
    if new == current:
        return f"{watch.name}: {PRESETS[preset][0].lower()} already.", False
    set_filter(d.archive, sid, watch.name, new)
    return f"{watch.name}: {PRESETS[preset][0].lower()}.", True
