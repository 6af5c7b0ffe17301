"""/search and its paging buttons: the archive's full-text search, five results a page, run off the event
loop (bot/search.py) within a time budget; words and pages are checked before anything runs."""

from __future__ import annotations

import time

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ParseMode
from telegram.ext import ContextTypes

from monitor.errors import QueryError, SearchTimeout

from .commands import MAX_SEARCH_CHARS, MAX_SEARCH_TERMS, parse_page, search_problem
from .format import e, fit_paragraphs, search_item, shorten
from .handlers import NO_PREVIEW, Deps, deps, lang_for, reply, usage
from .search import Busy
from .strings import t

PAGE = 5


async def search_page(d: Deps, words: str, page: int, token: str, lang: str = "en"
                      ) -> tuple[str, InlineKeyboardMarkup | None]:
    """One page of search results and its paging buttons (the search runs off the event loop).
    Raises Busy and QueryError (SearchTimeout)."""
    rows = await d.searcher.search(words, limit=(page + 1) * PAGE + 1)
    shown = rows[page * PAGE:(page + 1) * PAGE]
    if not shown:
        return t(lang, "search.none", words=e(shorten(words, 200))), None
    first = page * PAGE + 1
    items = [t(lang, "search.head", words=e(shorten(words, 200)), first=first, last=first + len(shown) - 1)]
    items.extend(search_item(r, lang) for r in shown)
    buttons = []
    if page > 0:
        buttons.append(InlineKeyboardButton(t(lang, "search.previous"), callback_data=f"s:{token}:{page - 1}"))
    if len(rows) > (page + 1) * PAGE and parse_page(str(page + 1)) is not None:
        buttons.append(InlineKeyboardButton(t(lang, "search.next"), callback_data=f"s:{token}:{page + 1}"))
    return fit_paragraphs(items), InlineKeyboardMarkup([buttons]) if buttons else None


def search_failure(exc: Exception, lang: str = "en") -> str:
    """What a user is told when a search could not run."""
    if isinstance(exc, Busy):
        return t(lang, "search.busy")
    if isinstance(exc, SearchTimeout):
        return t(lang, "search.timeout")
    return t(lang, "search.failed")


async def search(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/search WORDS: the archive's full-text search, five results a page."""
    d = deps(context)
    words = " ".join(context.args or []).strip()
    if not words:
        await usage(update, context, "search")
        return
    if search_problem(words) is not None:
        key, values = ("search.too_long", {"chars": MAX_SEARCH_CHARS}) if len(words) > MAX_SEARCH_CHARS else (
            "search.too_many_words", {"words": MAX_SEARCH_TERMS})
        await usage(update, context, "search", t(lang_for(update, d), key, **values))
        return
    who = update.effective_user.id if update.effective_user else (update.effective_chat.id
                                                                  if update.effective_chat else 0)
    allowed, wait = d.search_limit.allow(who, time.monotonic())
    if not allowed:
        await reply(update, t(lang_for(update, d), "search.too_many", seconds=int(wait) + 1))
        return
    searches: dict[str, str] = context.chat_data.setdefault("searches", {})  # type: ignore[union-attr]
    token = str(int(max(searches, key=int, default="0")) + 1)
    searches[token] = words
    for old in sorted(searches, key=int)[:-20]:
        del searches[old]
    try:
        text, markup = await search_page(d, words, 0, token, lang_for(update, d))
    except (Busy, QueryError) as exc:
        await reply(update, search_failure(exc, lang_for(update, d)))
        return
    await reply(update, text, markup)




async def search_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A /search paging button: the page asked for, searched again off the event loop."""
    query = update.callback_query
    assert query is not None
    d = deps(context)
    lang = lang_for(update, d)
    token, _, number = (query.data or "").removeprefix("s:").partition(":")
    words = (context.chat_data or {}).get("searches", {}).get(token)
    page = parse_page(number)
    if words is None or page is None:
        await query.answer(t(lang, "search.expired"))
        return
    who = update.effective_user.id if update.effective_user else 0
    allowed, wait = d.page_limit.allow(who, time.monotonic())
    if not allowed:
        await query.answer(t(lang, "search.too_many_pages", seconds=int(wait) + 1))
        return
    try:
        text, markup = await search_page(d, words, page, token, lang)
    except (Busy, QueryError) as exc:
        await query.answer(search_failure(exc, lang))
        return
    await query.answer()
    await query.edit_message_text(text, parse_mode=ParseMode.HTML, reply_markup=markup,
                                  link_preview_options=NO_PREVIEW)
