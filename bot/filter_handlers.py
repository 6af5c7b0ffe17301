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

from .filters import OFF, PRESETS, change_filter, describe, filter_error, preset_kinds
from .format import e
from .handlers import (
    Deps,
    chat_markup,
    deps,
    known_subscriber,
    lang_for,
    may_change,
    no_story,
    reply,
    stories_text,
    subscriber_id,
    usage,
)
from .strings import t


def current_filter(d: Deps, sid: int, watch: str) -> AlertFilter | None:
    """The chat's filter on a watch, or None when it does not follow the watch."""
    row = next((s for s in subscriptions_with_filters(d.archive, sid) if s["watch"] == watch), None)
    return None if row is None else filter_of(row)


async def filter_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/filter NAME kinds|outlets|confidence VALUE (or off); /filter NAME off clears every filter."""
    d = deps(context)
    args = context.args or []
    if len(args) < 2:
        await usage(update, context, "filter")
        return
    lang = lang_for(update, d)
    watch = d.watch(args[0])
    if watch is None:
        await reply(update, no_story(d, lang, args[0]))
        return
    if not await may_change(update, context):
        await reply(update, t(lang, "admins_only.filters"))
        return
    sid = subscriber_id(update, d)
    current = current_filter(d, sid, watch.name)
    if current is None:
        await reply(update, t(lang, "filter.not_following", name=e(watch.name)))
        return
    axis = args[1].lower()
    if axis in OFF and len(args) == 2:
        new = AlertFilter()
    elif len(args) < 3:
        await reply(update, t(lang, "filter.need_value", name=e(watch.name), axis=e(axis)))
        return
    else:
        try:
            new = change_filter(current, watch, axis, " ".join(args[2:]))
        except FilterError as exc:
            await reply(update, filter_error(exc, lang))
            return
    set_filter(d.archive, sid, watch.name, new)
    await reply(update, t(lang, "filter.set", name=e(watch.name), what=describe(new, lang)))


async def filters_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/filters: each followed story with what this chat receives of it."""
    d = deps(context)
    known = known_subscriber(update, d)
    rows = subscriptions_with_filters(d.archive, known["id"]) if known else []
    lang = lang_for(update, d)
    if not rows:
        await reply(update, t(lang, "follows_nothing"))
        return
    lines = [f"\u2022 <b>{e(r['watch'])}</b>: {describe(filter_of(r), lang)}" for r in rows]
    await reply(update, t(lang, "filters.head") + "\n" + "\n".join(lines) + "\n\n" + t(lang, "filters.how"))


async def filter_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A filter button under a followed story in /stories ("f:<preset>:<watch>"): set it, tick it."""
    query = update.callback_query
    assert query is not None
    _, preset, name = (query.data or "").split(":", 2) if (query.data or "").count(":") >= 2 else ("", "", "")
    answer, changed = await _preset(update, context, preset, name)
    await query.answer(answer[:190])
    if changed:
        d = deps(context)
        await query.edit_message_text(stories_text(d, lang_for(update, d)), parse_mode=ParseMode.HTML,
                                      reply_markup=chat_markup(update, d))


async def _preset(update: Update, context: ContextTypes.DEFAULT_TYPE, preset: str, name: str) -> tuple[str, bool]:
    """Apply a preset; returns (the answer to show, plain text; whether the filter changed)."""
    d = deps(context)
    lang = lang_for(update, d)
    watch = d.watch(name)
    if watch is None or preset not in PRESETS:
        return t(lang, "preset.expired"), False
    if not await may_change(update, context):
        return t(lang, "admins_only.filters"), False
    sid = subscriber_id(update, d)
    current = current_filter(d, sid, watch.name)
    if current is None:
        return t(lang, "preset.subscribe_first", name=watch.name), False
    new = replace(current, kinds=preset_kinds(watch, preset))
    label = t(lang, f"preset.{preset}").lower()
    if new == current:
        return t(lang, "preset.same", name=watch.name, preset=label), False
    set_filter(d.archive, sid, watch.name, new)
    return t(lang, "preset.set", name=watch.name, preset=label), True
