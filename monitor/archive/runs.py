"""The runs table: every poll and crawl, with its outcome and stats (what `storywatch status` lists)."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any, cast

from monitor.archive.db import Archive
from monitor.archive.records import RunRow
from monitor.clock import iso


def start_run(archive: Archive, kind: str, now: datetime) -> int:
    with archive.write() as conn:
        cur = conn.execute("INSERT INTO runs (kind, started_at) VALUES (?, ?)", (kind, iso(now)))
        return int(cur.lastrowid or 0)


def interrupt_runs(archive: Archive, kind: str, now: datetime) -> int:
    """Mark the runs of `kind` still 'running' as 'interrupted' (a status beside running, ok, partial and
    failed; call it holding that kind's lock: none of them is really running). Returns how many."""
    with archive.write() as conn:
        return conn.execute(
            "UPDATE runs SET status = 'interrupted', finished_at = ?, error = 'the process running it stopped"
            " before it finished (killed?)' WHERE kind = ? AND status = 'running'", (iso(now), kind)).rowcount


def finish_run(archive: Archive, run_id: int, now: datetime, *, status: str, stats: dict[str, Any],
               error: str | None = None) -> None:
    with archive.write() as conn:
        conn.execute(
            "UPDATE runs SET finished_at = ?, status = ?, stats = ?, error = ? WHERE id = ?",
            (iso(now), status, json.dumps(stats, sort_keys=True), error, run_id),
        )


def get_run(archive: Archive, run_id: int) -> RunRow | None:
    return cast(RunRow | None, archive.one("SELECT * FROM runs WHERE id = ?", (run_id,)))


def recent_runs(archive: Archive, *, limit: int = 5, kind: str | None = None) -> list[RunRow]:
    """The newest runs first (of one kind, when given)."""
    return cast(list[RunRow], archive.all(
        "SELECT * FROM runs WHERE (:kind IS NULL OR kind = :kind) ORDER BY id DESC LIMIT :limit",
        {"kind": kind, "limit": limit}))


def last_stats(archive: Archive, kind: str) -> dict[str, Any]:
    """The stats of the newest run of a kind ({} when there is none)."""
    runs = recent_runs(archive, limit=1, kind=kind)
    return json.loads(runs[0]["stats"]) if runs else {}
