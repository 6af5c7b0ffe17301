"""The archive's one status report, rendered by `storywatch status` and by the bot's /status alike."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from monitor.archive.alerts import outbox_counts
from monitor.archive.backfill import list_jobs
from monitor.archive.db import Archive
from monitor.archive.records import BackfillJob, RunRow, SourceRow
from monitor.archive.runs import recent_runs
from monitor.archive.service_state import ServiceStatus, service_status
from monitor.archive.sources import due_sources, list_sources


@dataclass(frozen=True)
class StatusReport:
    db: str
    articles: int
    versions: int
    matches: dict[str, int]  # watch -> matched articles
    events: dict[str, int]  # kind -> follow-ups
    outbox: dict[str, int]  # alert state -> alerts
    sources: int
    due_now: int
    failing: list[SourceRow] = field(default_factory=list)  # enabled, and the last check failed
    disabled: list[SourceRow] = field(default_factory=list)
    runs: list[RunRow] = field(default_factory=list)
    service: ServiceStatus | None = None
    backfills: list[BackfillJob] = field(default_factory=list)


def health(source: SourceRow) -> str:
    """A source's health in a few words: DISABLED, failing, ok or never polled."""
    if not source["enabled"]:
        return "DISABLED"
    if source["last_error"]:
        return "failing"
    return "ok" if source["last_ok"] else "never polled"


def status_report(archive: Archive, db: str, now: datetime, *, runs: int = 5) -> StatusReport:
    rows = list_sources(archive)
    return StatusReport(
        db=db,
        articles=int(archive.scalar("SELECT count(*) FROM articles")),
        versions=int(archive.scalar("SELECT count(*) FROM article_versions")),
        matches={r["watch"]: r["n"] for r in archive.all("SELECT watch, count(*) AS n FROM matches GROUP BY watch")},
        events={r["kind"]: r["n"] for r in archive.all("SELECT kind, count(*) AS n FROM events GROUP BY kind")},
        outbox=outbox_counts(archive),
        sources=len(rows),
        due_now=len(due_sources(archive, now)[0]),
        failing=[r for r in rows if health(r) == "failing"],
        disabled=[r for r in rows if not r["enabled"]],
        runs=recent_runs(archive, limit=runs),
        service=service_status(archive, db),
        backfills=list_jobs(archive),
    )
