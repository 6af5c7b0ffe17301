"""Exclusive, non-blocking file locks next to the archive (fcntl.flock: the kernel drops one when its process
dies, however it dies). `storywatch run` holds `<db>.lock` for its lifetime; every poll of an archive holds
`<db>.poll.lock` while it runs, so a poll from cron and the service's own never overlap, and a poll that holds
it knows any run still marked 'running' was cut short."""

from __future__ import annotations

import fcntl
import os
from pathlib import Path
from types import TracebackType

from monitor.errors import LockedError


class FileLock:
    """`busy` is the error message when another process holds it; `{pid}` and `{path}` are filled in."""

    def __init__(self, path: str | Path, busy: str):
        self.path = Path(path)
        self.busy = busy
        self.fd: int | None = None

    def acquire(self) -> None:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "unknown"
            os.close(fd)
            raise LockedError(self.busy.replace("{pid}", holder).replace("{path}", str(self.path))) from exc
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        self.fd = fd

    def release(self) -> None:
        if self.fd is not None:
            os.ftruncate(self.fd, 0)
            fcntl.flock(self.fd, fcntl.LOCK_UN)
            os.close(self.fd)
            self.fd = None

    def __enter__(self) -> FileLock:
        self.acquire()
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.release()


def lock_path(db: str | Path) -> Path:
    """The service's lock file."""
    return Path(f"{db}.lock")


def service_lock(db: str | Path) -> FileLock:
    return FileLock(lock_path(db), f"another `storywatch run` (pid {{pid}}) is already running on {db} "
                                   "(it holds {path}); stop it first, or use another --db")


def poll_lock(db: str | Path) -> FileLock:
    return FileLock(f"{db}.poll.lock", f"another poll of {db} is running (pid {{pid}}, it holds {{path}}); this "
                    "one is skipped: its feeds are polled by that one")


def backfill_lock(db: str | Path) -> FileLock:
    """One backfill of an archive at a time: a second waits for nothing, it is refused."""
    return FileLock(f"{db}.backfill.lock", f"another backfill of {db} is running (pid {{pid}}, it holds {{path}}); "
                    "wait for it to finish, or stop it: a stopped backfill continues where it stopped")
