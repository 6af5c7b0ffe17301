"""Subscribers' filters on Telegram: their words, the /stories preset buttons, and reading what users type
(the handlers are in bot/filter_handlers.py).

Filters narrow, never widen (monitor.models.AlertFilter): a kind outside the watch's alert kinds is refused
with the valid ones. They apply when alert rows are written, so changing one affects follow-ups found from
then on. In groups only administrators set them; everything echoed is HTML-escaped.
"""

from __future__ import annotations

from dataclasses import replace

from telegram import InlineKeyboardButton

from monitor.errors import FilterError
from monitor.models import KINDS, AlertFilter, Watch, parse_confidence, parse_kinds, parse_outlets

from .format import e, es
from .strings import t

OFF = ("off", "all", "any", "none", "clear", "reset")
AXES = ("kinds", "outlets", "confidence")
# The common choices offered as buttons under each followed story in /stories: callback "f:<preset>:<watch>".
# Labels are the catalogue's preset.<key>.
PRESETS: dict[str, frozenset[str] | None] = {
    "all": None,
    "fix": frozenset({"correction", "retraction", "clarification", "editors_note", "apology"}),
    "row": frozenset({"denial", "stands_by", "legal_action"}),
}


def describe(f: AlertFilter, lang: str = "en") -> str:
    """A filter in words, escaped for HTML."""
    parts = []
    if f.kinds is not None:
        parts.append(t(lang, "filter.kinds", kinds=e(", ".join(k for k in KINDS if k in f.kinds))))
    if f.outlets is not None:
        parts.append(t(lang, "filter.outlets", outlets=es(", ".join(f.outlets), 600)))
    if f.min_confidence is not None:
        parts.append(t(lang, "filter.confidence", value=f"{f.min_confidence:g}"))
    return "; ".join(parts) or t(lang, "filter.everything")


def filter_error(exc: FilterError, lang: str) -> str:
    """A FilterError in the chat's language, escaped."""
    key = f"filter_error.{exc.key}"
    return e(t(lang, key, **exc.values)) if exc.key else e(str(exc))


def preset_kinds(watch: Watch, preset: str) -> frozenset[str] | None:
    """A preset's kinds within what the watch alerts on (None: all of them)."""
    kinds = PRESETS[preset]
    return None if kinds is None else kinds & watch.alert_kinds


def filter_buttons(watch: Watch, current: AlertFilter, lang: str = "en") -> list[InlineKeyboardButton]:
    """One row of preset buttons for a followed story; the one in force is ticked."""
    buttons = []
    for key in PRESETS:
        label = t(lang, f"preset.{key}")
        kinds = preset_kinds(watch, key)
        if kinds is not None and not kinds:
            continue  # the story alerts on none of them
        on = current.kinds == kinds
        buttons.append(InlineKeyboardButton(("\u2705 " if on else "") + label, callback_data=f"f:{key}:{watch.name}"))
    return buttons


def change_filter(f: AlertFilter, watch: Watch, axis: str, value: str) -> AlertFilter:
    """The filter with one axis set from the user's words ('off' clears it). Raises FilterError."""
    clear = value.strip().lower() in OFF
    if axis == "kinds":
        return replace(f, kinds=None if clear else parse_kinds(value, watch.alert_kinds))
    if axis == "outlets":
        return replace(f, outlets=None if clear else parse_outlets(value))
    if axis == "confidence":
        return replace(f, min_confidence=None if clear else parse_confidence(value))
    raise FilterError(f"unknown filter {axis!r}: valid filters are {', '.join(AXES)}, or off", key="axis", axis=axis)
