"""How a story's timeline reads on a terminal (pure): each article by its date, its versions with where each was
read (the outlet, or an archive's capture and when it was taken), and the follow-ups found in it."""

from __future__ import annotations

from collections.abc import Sequence

from monitor.archive.records import TimelineRow
from monitor.deliver.render import label


def _when(value: str | None) -> str:
    return (value or "")[:16].replace("T", " ")


def timeline_lines(watch: str, rows: Sequence[TimelineRow]) -> list[str]:
    lines = [f"{watch}: {len(rows)} articles (`storywatch show ID --diff`: an article, its versions and what changed)"]
    for r in rows:
        versions = f"  ({r['versions']} versions)" if r["versions"] > 1 else ""
        lines.append(f"#{r['id']:<5} {_when(r['date']):<16}  {r['outlet'][:22]:<22}  {r['title']}{versions}")
        lines.append(f"{'':<25}{r['link']}")
        seen = r.get("versions_seen", [])
        if len(seen) > 1 or any(v["source"] == "archive" for v in seen):
            for n, v in enumerate(seen, 1):
                where = (f"archive capture of {_when(v['captured_at'])} ({v['archive']})" if v["source"] == "archive"
                         else f"the outlet ({v['via']})")
                lines.append(f"{'':<25}v{n} {_when(v['seen_at'])}: {where}")
        for e in r["follow_ups"]:
            shown = label(e["kind"])
            mark = ", backfilled" if e.get("backfilled") else ""
            who = e["actor"] or r["outlet"]
            lines.append(f"{'':<25}\u21b3 {shown} by {who} (found {e['detected_at'][:10]}{mark}): "
                         f"\u201c{e['evidence'][:200]}\u201d")
        for c in r.get("carried", []):
            shown = label(c["kind"])
            by = f" by {c['actor']}" if c["actor"] else ""
            lines.append(f"{'':<25}\u21b3 {shown}{by}: carried here too, first found in #{c['first_id']} "
                         f"{c['first_outlet']} (seen {c['seen_at'][:10]})")
    return lines
