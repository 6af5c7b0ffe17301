"""The service_state table: what `storywatch run` is doing (the service, its jobs and its children), written
by the service and read by `storywatch status` and the bot's /status."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, cast

from monitor.archive.db import Archive
from monitor.archive.locks import lock_path
from monitor.archive.records import ServiceStateRow
from monitor.clock import iso

_COLUMNS = frozenset({"kind", "state", "pid", "schedule", "next_fire", "last_fire", "last_exit", "restarts", "detail",
                      "updated_at"})


class StateTable:
    """Writes the service's rows (its own Archive, shared by the scheduler's threads under a lock)."""

    def __init__(self, archive: Archive, clock: Callable[[], datetime]):
        self.archive = archive
        self.clock = clock
        self._lock = threading.Lock()

    def put(self, name: str, kind: str, state: str, **values: Any) -> None:
        columns = {"kind": kind, "state": state, "updated_at": iso(self.clock()), **values}
        unknown = set(columns) - _COLUMNS
        if unknown:
            raise ValueError(f"service_state has no column {sorted(unknown)[0]!r}")
        names = ", ".join(columns)
        marks = ", ".join("?" for _ in columns)
        updates = ", ".join(f"{k} = excluded.{k}" for k in columns)
        with self._lock, self.archive.write() as conn:
            conn.execute(f"INSERT INTO service_state (name, {names}) VALUES (?, {marks})"
                         f" ON CONFLICT(name) DO UPDATE SET {updates}", (name, *columns.values()))

    def set_next_fire(self, name: str | None, when: datetime | None) -> None:
        """A job's next fire time; with name None, clear every row's (the service stopped)."""
        with self._lock, self.archive.write() as conn:
            if name is None:
                conn.execute("UPDATE service_state SET next_fire = NULL")
            else:
                conn.execute("UPDATE service_state SET next_fire = ?, updated_at = ? WHERE name = ?",
                             (iso(when), iso(self.clock()), name))

    def reset(self) -> None:
        with self._lock, self.archive.write() as conn:
            conn.execute("DELETE FROM service_state")

    def close(self) -> None:
        self.archive.close()


@dataclass(frozen=True)
class ServiceStatus:
    """`storywatch run` on an archive, as its rows and its lock file tell."""

    running: bool
    lock: str
    pid: int | None
    since: str | None
    stale: bool  # marked running, but no process holds its pid: it did not stop cleanly
    parts: list[ServiceStateRow] = field(default_factory=list)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def service_status(archive: Archive, db: str) -> ServiceStatus:
    """What `storywatch run` on this archive is doing, from its `service_state` rows and its lock file."""
    rows = cast(list[ServiceStateRow], archive.all(
        "SELECT * FROM service_state ORDER BY CASE kind WHEN 'service' THEN 0 WHEN 'job' THEN 1 ELSE 2 END, name"))
    service = next((r for r in rows if r["name"] == "service"), None)
    running = bool(service and service["state"] == "running" and service["pid"] is not None
                   and _alive(int(service["pid"])))
    return ServiceStatus(running=running, lock=str(lock_path(db)),
                         pid=service["pid"] if service and running else None,
                         since=service["last_fire"] if service else None,
                         stale=bool(service and service["state"] == "running" and not running),
                         parts=[r for r in rows if r["name"] != "service"])
