"""The operators' commands: /status and /sources, for the ids in STORYWATCH_OPERATORS, in a private chat only.

Their answers name sources (whose URLs may carry tokens) and failures, which a group's other members must not
read; an operator asking in a group is told to ask in private. The report itself is in English (operators'
diagnostics); the refusals follow the chat's language.
"""

from __future__ import annotations

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import ContextTypes

from monitor.archive.sources import list_sources
from monitor.archive.status import health, status_report

from .format import e, fit_paragraphs, shorten
from .handlers import Deps, deps, lang_for, reply
from .strings import t


def is_operator(update: Update, d: Deps) -> bool:
    return update.effective_user is not None and update.effective_user.id in d.operators


async def operator_here(update: Update, d: Deps) -> bool:
    """An operator, in a private chat: operator answers name sources (their URLs may carry tokens) and failures,
    which a group's other members must not read. Says why not otherwise."""
    if not is_operator(update, d):
        await reply(update, t(lang_for(update, d), "operators_only"))
        return False
    chat = update.effective_chat
    if chat is None or chat.type != ChatType.PRIVATE:
        await reply(update, t(lang_for(update, d), "operators.private"))
        return False
    return True


async def status(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Operators: sources' health, last runs, outbox depth, delivery figures."""
    d = deps(context)
    if not await operator_here(update, d):
        return
    report = status_report(d.archive, d.archive.path, d.clock())
    stats = d.dispatcher.stats
    parts = [f"<b>Sources</b>: {report.sources}, {len(report.failing)} failing, {len(report.disabled)} disabled",
             "<b>Outbox</b>: " + (e(", ".join(f"{k} {v}" for k, v in sorted(report.outbox.items()))) or "empty"),
             f"<b>Delivery</b>: {stats.sent} messages ({stats.digests} digests), {stats.flood_waits} flood waits, "
             f"{stats.network_errors} network errors; {e(d.dispatcher.window.line())}",
             "<b>Last runs</b>:\n" + ("\n".join(f"{e(r['kind'])} {e(r['started_at'])} {e(r['status'])}"
                                                for r in report.runs) or "none")]
    parts += [f"failing x{s['consecutive_failures']}: {e(shorten(s['url'], 100))}: "
              f"{e(shorten(s['last_error'] or '', 200))}" for s in report.failing]
    parts += [f"<b>Invalid watch</b> {e(name)} (skipped): {e(shorten(error, 300))}"
              for name, error in d.watch_errors.items()]
    await reply(update, fit_paragraphs(parts))


async def sources(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Operators: the sources polled, with their health."""
    d = deps(context)
    if not await operator_here(update, d):
        return
    items = [f"{e(s['type'])} <b>{e(health(s))}</b> {e(shorten(s['name'] or s['url'], 80))}\n"
             f"{e(shorten(s['url'], 200))}" for s in list_sources(d.archive)]
    await reply(update, fit_paragraphs(items) if items else t(lang_for(update, d), "no_sources"))
