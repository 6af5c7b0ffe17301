"""Alerts, digests and lists as Telegram HTML (pure).

Every string from outside (titles, quotes, outlets, story names, URLs) is escaped. A message never exceeds
4096 characters (counted in UTF-16 code units, as Telegram counts): messages are built from whole paragraphs,
each a balanced piece of HTML, and a paragraph that cannot fit has its text shortened before it is escaped,
so a tag is never cut. A digest never drops an alert to fit: `split_messages` spreads grouped entries over as
many messages as they need and says which entries each one shows.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from html import escape
from typing import Any, TypeVar

from monitor.archive.search import marked
from monitor.deliver.render import label as kind_label
from monitor.deliver.render import plural_follow_ups
from monitor.detect import revisions
from monitor.models import KINDS

from .strings import t

K = TypeVar("K")

MAX_MESSAGE = 4096
ELLIPSIS = "\u2026"


def tg_len(text: str) -> int:
    """Length as Telegram counts it: UTF-16 code units (an emoji outside the BMP counts 2)."""
    return len(text.encode("utf-16-le")) // 2


def shorten(text: str, limit: int) -> str:
    """Plain text cut to at most `limit` UTF-16 units, at a word boundary when one is near, with an ellipsis."""
    text = " ".join(text.split())
    if tg_len(text) <= limit:
        return text
    cut = max(0, limit - 1)
    while tg_len(text[:cut]) > limit - 1:
        cut -= 1
    head = text[:cut]
    space = head.rfind(" ")
    if space > cut * 0.8:
        head = head[:space]
    return head.rstrip() + ELLIPSIS


def e(text: object) -> str:
    """Escape an outside string for HTML parse mode (quotes too, for attribute values)."""
    return escape(str(text or ""), quote=True)


def safe_url(url: str) -> str | None:
    """Only http(s) links become anchors; anything else is shown as text."""
    url = (url or "").strip()
    return url if url.lower().startswith(("http://", "https://")) and len(url) <= 1000 else None


def link(url: str, label: str) -> str:
    href = safe_url(url)
    return f'<a href="{e(href)}">{e(label)}</a>' if href else e(label)


def changed_sentences(before: str, after: str, limit: int = 300) -> tuple[str, str] | None:
    """The first sentences that differ between two versions (monitor.detect.revisions), shortened for a message."""
    changed = revisions.changed_sentences(before, after)
    return None if changed is None else (shorten(changed[0], limit), shorten(changed[1], limit))


def alert_paragraphs(alert: Mapping[str, Any], *, quote_limit: int = 1500, lang: str = "en") -> list[str]:
    """An alert's paragraphs: label and story, outlet and headline, who said it, the quote, revision, link, others."""
    label = kind_label(str(alert["kind"]), lang)
    paragraphs = [f"<b>{e(label)}</b> \u00b7 {e(shorten(alert.get('story') or alert.get('watch') or '', 200))}"]
    outlet = shorten(alert.get("outlet") or "", 100)
    title = shorten(alert.get("title") or t(lang, "alert.untitled"), 400)
    url = alert.get("link") or alert.get("url") or ""
    paragraphs.append((f"<b>{e(outlet)}</b>: " if outlet else "") + link(url, title))
    who = shorten(alert.get("actor") or alert.get("outlet") or t(lang, "alert.unknown"), 100)
    target = shorten(alert.get("target") or "", 100)
    quote = shorten(alert.get("evidence") or "", quote_limit)
    by = t(lang, "alert.by", who=e(who)) + (t(lang, "alert.to", target=e(target)) if target else "")
    paragraphs.append(f"{by}:\n<blockquote>{e(quote)}</blockquote>")
    if alert.get("before") is not None and alert.get("after") is not None:
        paragraphs.append(f"<i>{t(lang, 'alert.before')}</i> {e(shorten(alert['before'], 400))}\n"
                          f"<i>{t(lang, 'alert.after')}</i> {e(shorten(alert['after'], 400))}")
    others = [o for o in alert.get("also") or [] if o]
    if others:
        paragraphs.append(t(lang, "alert.also", outlets=e(shorten(", ".join(others), 300))))
    return paragraphs


def render_alert(alert: Mapping[str, Any], lang: str = "en") -> str:
    """One alert as one message of at most 4096 characters: the quote is shortened until it fits."""
    for quote_limit in (1500, 600, 200, 50):
        paragraphs = alert_paragraphs(alert, quote_limit=quote_limit, lang=lang)
        text = "\n\n".join(paragraphs)
        if tg_len(text) <= MAX_MESSAGE:
            return text
    return fit_paragraphs(paragraphs, MAX_MESSAGE, more="\u2026")


def fit_paragraphs(paragraphs: list[str], limit: int = MAX_MESSAGE, *, more: str = "\u2026 and {n} more") -> str:
    """As many whole paragraphs as fit in one message, then a line saying how many were left out."""
    out: list[str] = []
    for i, paragraph in enumerate(paragraphs):
        rest = len(paragraphs) - i
        tail = more.format(n=rest - 1) if rest > 1 else ""
        candidate = "\n\n".join([*out, paragraph] + ([tail] if tail else []))
        if tg_len(candidate) > limit:
            return "\n\n".join([*out, more.format(n=rest)])
        out.append(paragraph)
    return "\n\n".join(out)


def digest_item(alert: Mapping[str, Any], lang: str = "en") -> str:
    """One line of a list of follow-ups (/latest): label, outlet, linked headline, a short quote."""
    label = kind_label(str(alert["kind"]), lang)
    outlet = shorten(alert.get("outlet") or "", 60)
    head = link(alert.get("link") or alert.get("url") or "",
                shorten(alert.get("title") or t(lang, "alert.untitled"), 160))
    quote = shorten(alert.get("evidence") or "", 200)
    return f"<b>{e(label)}</b> {e(outlet)}: {head}\n<i>{e(quote)}</i>"


def snippet_html(snippet: str, limit: int = 300) -> str:
    """A search snippet as Telegram HTML: the matched words in bold, everything escaped, at most `limit` units
    of text (cut between words, never inside a tag)."""
    left = limit

    def take(text: str) -> str:
        nonlocal left
        if tg_len(text) <= left:
            left -= tg_len(text)
            return text
        lead = " " if text[:1].isspace() and left > 2 else ""
        piece = lead + shorten(text, left - len(lead)) if left > 1 else ""
        left = 0
        return piece

    return marked(snippet, lambda w: f"<b>{e(t)}</b>" if (t := take(w)) else "", lambda s: e(take(s)))


def search_item(hit: Mapping[str, Any], lang: str = "en") -> str:
    """One search result: id, date, outlet, the linked title, the follow-ups found in it, the snippet."""
    date = (hit.get("published") or hit.get("first_seen") or "")[:10]
    head = link(hit.get("link") or hit.get("url") or "", shorten(hit.get("title") or t(lang, "alert.untitled"), 200))
    kinds = ", ".join(kind_label(str(k), lang) for k in hit.get("kinds") or [])
    line = f"#{e(hit.get('id'))} {e(date)} {e(shorten(hit.get('outlet') or '', 40))}: {head}"
    if kinds:
        line += f" \u00b7 <b>{e(kinds)}</b>"
    snippet = snippet_html(hit.get("snippet") or "")
    return f"{line}\n<i>{snippet}</i>" if snippet else line


def es(text: object, limit: int) -> str:
    """Shortened, then escaped, and at most `limit` units once escaped ('&' becomes five characters)."""
    out = e(shorten(str(text or ""), limit))
    while tg_len(out) > limit and limit > 1:
        limit = max(1, limit * 2 // 3)
        out = e(shorten(str(text or ""), limit))
    return out


def digest_entry(alert: Mapping[str, Any], lang: str = "en") -> str:
    """One alert in a digest, under its story-and-kind title: outlet, linked headline, a short quote. At most
    about 1,300 units whatever the input, so that any two fit in one message with their headings."""
    outlet = es(alert.get("outlet"), 60)
    title = shorten(alert.get("title") or t(lang, "alert.untitled"), 160)
    head = link(alert.get("link") or alert.get("url") or "", title)
    if tg_len(head) > 900:  # a long address full of '&': the headline without its link
        head = es(title, 160)
    return (f"{outlet}: " if outlet else "") + f"{head}\n<i>{es(alert.get('evidence'), 200)}</i>"


def split_messages(heading: Callable[[int, int], str], groups: Sequence[tuple[str, Sequence[tuple[str, K]]]],
                   limit: int = MAX_MESSAGE, *, continued: str = " (continued)") -> list[tuple[str, list[K]]]:
    """Grouped entries spread over as many messages as they need, each at most `limit` UTF-16 units.

    Every entry appears exactly once, in order, and each message says which keys (alert ids) it shows, so a
    sender marks an alert sent only with the message that showed it. `heading(part, parts)` heads every
    message (its length is reserved for the largest part numbers); a group's title (balanced HTML; '' for
    none) opens it and is repeated with `continued` where the group runs on into the next message. Entries must be
    balanced HTML of bounded length (digest_entry: under 1,700 units).
    """
    total = sum(len(entries) for _, entries in groups)
    if not total:
        return []
    budget = limit - tg_len(heading(total, total)) - 2
    messages: list[tuple[list[str], list[K]]] = []
    paragraphs: list[str] = []
    keys: list[K] = []
    used = 0
    for title, entries in groups:
        opened = started = False  # the title is in the current message / the group began in an earlier one
        for entry, key in entries:
            head = [] if opened or not title else [title + (continued if started else "")]
            cost = tg_len("\n\n".join([*head, entry])) + (2 if paragraphs else 0)
            if paragraphs and used + cost > budget:  # full: this entry opens the next message
                messages.append((paragraphs, keys))
                paragraphs, keys, used = [], [], 0
                head = [title + (continued if started else "")] if title else []
                cost = tg_len("\n\n".join([*head, entry]))
            paragraphs += [*head, entry]
            keys.append(key)
            used += cost
            opened = started = True
    if paragraphs:
        messages.append((paragraphs, keys))
    count = len(messages)
    return [("\n\n".join([heading(n + 1, count), *body]), shown) for n, (body, shown) in enumerate(messages)]


def digest_groups(alerts: Sequence[Mapping[str, Any]], lang: str = "en") -> list[tuple[str, list[tuple[str, int]]]]:
    """Alerts grouped by story, then by kind in the vocabulary's order, each with its title and count."""
    order = {kind: n for n, kind in enumerate(KINDS)}
    buckets: dict[tuple[str, str], list[Mapping[str, Any]]] = {}
    for a in alerts:
        buckets.setdefault((a.get("story") or a.get("watch") or "", str(a["kind"])), []).append(a)
    groups = []
    for (story, kind), members in sorted(buckets.items(), key=lambda kv: (kv[0][0], order.get(kv[0][1], 99))):
        label = kind_label(kind, lang)
        title = f"<b>{es(story, 200)}</b> \u00b7 {e(label)} ({len(members)})"
        groups.append((title, [(digest_entry(a, lang), int(a["alert_id"])) for a in members]))
    return groups


def render_digest(alerts: Sequence[Mapping[str, Any]], heading: str, lang: str = "en") -> list[tuple[str, list[int]]]:
    """Many alerts as messages that list every one of them (a flooded chat's backlog, a daily digest):
    grouped by story and kind, split at Telegram's limit; (text, alert ids shown) per message."""
    stories = sorted({a.get("story") or a.get("watch") or "" for a in alerts})

    def head(part: int, parts: int) -> str:
        where = f" ({part}/{parts})" if parts > 1 else ""
        return t(lang, "digest.head", heading=f"<b>{es(heading, 100)}</b>", part=where,
                 count=plural_follow_ups(lang, len(alerts)), stories=es(", ".join(stories), 300))

    return split_messages(head, digest_groups(alerts, lang), continued=t(lang, "digest.continued"))


def history_parts(alerts: Sequence[Mapping[str, Any]], since: str, lang: str = "en") -> list[tuple[str, list[int]]]:
    """A backfill's follow-ups for one subscriber: "History of <story>: N follow-ups since <date>", then one
    paragraph each, oldest first, cut by `split_messages` into as many messages of at most 4096 characters as
    it takes (each part names itself, so none reads as the whole). Each message with the positions of the
    alerts it carries."""
    story = shorten(str(alerts[0].get("story") or alerts[0].get("watch") or ""), 300) if alerts else ""
    heading = t(lang, "history.head", story=story, count=plural_follow_ups(lang, len(alerts)), since=since)
    room = 1700  # one follow-up's paragraph at most: any two fit in a message with the heading
    items = []
    for n, alert in enumerate(alerts):
        item = f"{e(str(alert.get('detected_at') or '')[:10])} \u00b7 {digest_item(alert, lang)}"
        items.append((item if tg_len(item) <= room else fit_paragraphs([item], room, more="\u2026"), n))
    return split_messages(lambda part, parts: f"<b>{es(heading, 400)}</b>" + (
        t(lang, "history.part", part=part, parts=parts) if parts > 1 else ""), [("", items)])


def render_history(alerts: Sequence[Mapping[str, Any]], since: str, lang: str = "en") -> list[str]:
    """The messages of `history_parts`."""
    return [text for text, _ in history_parts(alerts, since, lang)]
