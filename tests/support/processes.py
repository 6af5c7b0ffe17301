"""Watching other processes from a test or a benchmark: wait for a condition, find a run's descendants."""

from __future__ import annotations

import os
import time
from collections.abc import Callable


def wait_until(predicate: Callable[[], object], timeout: float, step: float = 0.005) -> bool:
    """Whether `predicate()` turned true within `timeout` seconds (polled every `step`)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(step)
    return False


def carrying(mark: str) -> list[int]:
    """The processes whose environment holds `mark` (every descendant of a process started with it; Linux)."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/environ", "rb") as environ:
                    if mark.encode() in environ.read():
                        found.append(int(entry))
            except OSError:
                pass
    return found
