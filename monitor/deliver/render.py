"""How an alert reads (pure). Plain text for the console; the bot renders the same fields as HTML."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from monitor.models import KIND_LABELS


def alert_text(alert: Mapping[str, Any]) -> str:
    """A console alert from a due_alerts() row: label, story, outlet and headline, the evidence, the link."""
    label = KIND_LABELS.get(alert["kind"], alert["kind"].upper())
    who = alert["actor"] or alert["outlet"] or "unknown"
    lines = [f"[{label}] {alert['story']}"]
    heading = f"{alert['outlet']}: {alert['title']}" if alert["outlet"] else alert["title"]
    lines.append(heading)
    target = f" (to {alert['target']})" if alert["target"] else ""
    lines.append(f"By {who}{target}:")
    lines.append(f"  \u201c{alert['evidence']}\u201d")
    if alert.get("before") is not None and alert.get("after") is not None:
        lines.append(f"  Before: {alert['before']}")
        lines.append(f"  After:  {alert['after'] or '(removed)'}")
    lines.append(alert["link"] or alert["url"])
    if alert.get("also"):
        lines.append("Also carried by: " + ", ".join(alert["also"]))
    return "\n".join(lines)


def history_heading(story: str, count: int, since: str) -> str:
    """The first line of the digest a backfill with --alert sends each subscriber."""
    return f"History of {story}: {count} follow-up{'s' if count != 1 else ''} since {since}"


def history_text(alerts: Sequence[Mapping[str, Any]], since: str) -> str:
    """A backfill's follow-ups as one console message: the heading, then one line and its quote for each."""
    story = alerts[0]["story"] or alerts[0]["watch"] if alerts else ""
    lines = [history_heading(story, len(alerts), since)]
    for alert in alerts:
        label = KIND_LABELS.get(alert["kind"], alert["kind"].upper())
        lines.append(f"  {alert['detected_at'][:10]} [{label}] {alert['outlet']}: {alert['title']}")
        lines.append(f"      \u201c{alert['evidence'][:300]}\u201d  {alert['link'] or alert['url']}")
    return "\n".join(lines)


def digest_parts(alerts: Sequence[Mapping[str, Any]], limit: int = 3500) -> list[tuple[str, str, list[int]]]:
    """A backlog of alerts for one destination as few notifications as fit `limit` characters each: (title, body,
    the indexes of the alerts it carries). Every alert is in exactly one part, whole (its label, story, outlet and
    headline, evidence and link); an entry is never split across two parts."""
    entries = []
    for alert in alerts:
        label = KIND_LABELS.get(alert["kind"], str(alert["kind"]).upper())
        heading = f"{alert['outlet']}: {alert['title']}" if alert["outlet"] else alert["title"]
        who = alert["actor"] or alert["outlet"] or "unknown"
        entry = (f"[{label}] {alert.get('story') or alert.get('watch') or ''}\n{heading}\nBy {who}: "
                 f"\u201c{str(alert['evidence'])[:300]}\u201d\n{alert['link'] or alert['url']}")
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
    about = f" in {next(iter(stories))}" if len(stories) == 1 else ""
    out = []
    for number, held in enumerate(parts, 1):
        count = f"{len(alerts)} follow-up{'s' if len(alerts) != 1 else ''}{about}"
        title = count if len(parts) == 1 else f"{count} ({number} of {len(parts)})"
        out.append((title[:250], "\n\n".join(entries[n] for n in held), held))
    return out


def alert_title(alert: Mapping[str, Any]) -> str:
    """A notification's title (e-mail subject, Slack heading): the label and the story."""
    label = KIND_LABELS.get(alert["kind"], str(alert["kind"]).upper())
    story = alert.get("story") or alert.get("watch") or ""
    return f"[{label}] {story}"[:250]
