"""How an alert reads (pure). Plain text for the console and operators' channels (English, or Russian for a
channel added with `--language ru`); the bot renders the same fields as HTML."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from monitor.models import KIND_LABELS, KIND_LABELS_RU

LANGUAGES = ("en", "ru")
_WORDS = {
    "en": {"by": "By", "to": "to", "unknown": "unknown", "before": "Before:", "after": "After: ",
           "removed": "(removed)", "also": "Also carried by", "in": "in", "of": "of"},
    "ru": {"by": "Кто", "to": "кому", "unknown": "неизвестно", "before": "Было:", "after": "Стало:",
           "removed": "(удалено)", "also": "Также опубликовали", "in": "в сюжете", "of": "из"},
}


def language(code: object) -> str:
    """A stored language ('ru', 'en', None, anything) as one of LANGUAGES (English by default)."""
    return code if isinstance(code, str) and code in LANGUAGES else "en"


def label(kind: str, lang: str = "en") -> str:
    """How an alert labels a kind in `lang`."""
    return (KIND_LABELS_RU if lang == "ru" else KIND_LABELS).get(kind) or KIND_LABELS.get(kind, kind.upper())


def plural_follow_ups(lang: str, n: int) -> str:
    """'1 follow-up', '3 follow-ups'; in Russian with its three forms (1 отклик, 3 отклика, 5 откликов)."""
    if lang == "ru":
        if n % 10 == 1 and n % 100 != 11:
            word = "отклик"
        elif n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
            word = "отклика"
        else:
            word = "откликов"
        return f"{n} {word}"
    return f"{n} follow-up" + ("" if n == 1 else "s")


def alert_text(alert: Mapping[str, Any], lang: str = "en") -> str:
    """A console alert from a due_alerts() row: label, story, outlet and headline, the evidence, the link."""
    words = _WORDS[language(lang)]
    who = alert["actor"] or alert["outlet"] or words["unknown"]
    lines = [f"[{label(alert['kind'], lang)}] {alert['story']}"]
    heading = f"{alert['outlet']}: {alert['title']}" if alert["outlet"] else alert["title"]
    lines.append(heading)
    target = f" ({words['to']} {alert['target']})" if alert["target"] else ""
    lines.append(f"{words['by']}: {who}{target}" if lang == "ru" else f"By {who}{target}:")
    lines.append(f"  \u201c{alert['evidence']}\u201d")
    if alert.get("before") is not None and alert.get("after") is not None:
        lines.append(f"  {words['before']} {alert['before']}")
        lines.append(f"  {words['after']} {alert['after'] or words['removed']}")
    lines.append(alert["link"] or alert["url"])
    if alert.get("also"):
        lines.append(f"{words['also']}: " + ", ".join(alert["also"]))
    return "\n".join(lines)


def history_heading(story: str, count: int, since: str) -> str:
    """The first line of the digest a backfill with --alert sends each subscriber."""
    return f"History of {story}: {count} follow-up{'s' if count != 1 else ''} since {since}"


def history_text(alerts: Sequence[Mapping[str, Any]], since: str) -> str:
    """A backfill's follow-ups as one console message: the heading, then one line and its quote for each."""
    story = alerts[0]["story"] or alerts[0]["watch"] if alerts else ""
    lines = [history_heading(story, len(alerts), since)]
    for alert in alerts:
        lines.append(f"  {alert['detected_at'][:10]} [{label(alert['kind'])}] {alert['outlet']}: {alert['title']}")
        lines.append(f"      \u201c{alert['evidence'][:300]}\u201d  {alert['link'] or alert['url']}")
    return "\n".join(lines)


def digest_parts(alerts: Sequence[Mapping[str, Any]], limit: int = 3500, lang: str = "en"
                 ) -> list[tuple[str, str, list[int]]]:
    """A backlog of alerts for one destination as few notifications as fit `limit` characters each: (title, body,
    the indexes of the alerts it carries). Every alert is in exactly one part, whole (its label, story, outlet and
    headline, evidence and link); an entry is never split across two parts."""
    words = _WORDS[language(lang)]
    entries = []
    for alert in alerts:
        heading = f"{alert['outlet']}: {alert['title']}" if alert["outlet"] else alert["title"]
        who = alert["actor"] or alert["outlet"] or words["unknown"]
        entry = (f"[{label(alert['kind'], lang)}] {alert.get('story') or alert.get('watch') or ''}\n{heading}\n"
                 f"{words['by']} {who}: \u201c{str(alert['evidence'])[:300]}\u201d\n{alert['link'] or alert['url']}")
        entries.append(entry[:limit])
    parts: list[list[int]] = []
    size = limit
    for n, entry in enumerate(entries):
        if size + len(entry) + 2 > limit:
            parts.append([])
            size = -2
        parts[-1].append(n)
        size += len(entry) + 2
    stories = {str(a.get("story") or a.get("watch") or "") for a in alerts}
    about = f" {words['in']} {next(iter(stories))}" if len(stories) == 1 else ""
    out = []
    for number, held in enumerate(parts, 1):
        count = f"{plural_follow_ups(language(lang), len(alerts))}{about}"
        title = count if len(parts) == 1 else f"{count} ({number} {words['of']} {len(parts)})"
        out.append((title[:250], "\n\n".join(entries[n] for n in held), held))
    return out


def alert_title(alert: Mapping[str, Any], lang: str = "en") -> str:
    """A notification's title (e-mail subject, Slack heading): the label and the story."""
    story = alert.get("story") or alert.get("watch") or ""
    return f"[{label(alert['kind'], lang)}] {story}"[:250]
