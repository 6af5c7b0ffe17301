"""The supervisor on real child processes, with its clock in the test's hands (backoff without waiting)."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest

from monitor.service.children import Child, Supervisor

pytestmark = pytest.mark.integration


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def settle(sup: Supervisor, name: str, states: tuple[str, ...], deadline: float = 10.0) -> str:
    end = time.monotonic() + deadline
    while time.monotonic() < end:
        sup.tick()
        if sup.children[name].state in states:
            return sup.children[name].state
        time.sleep(0.02)
    raise AssertionError(f"{name} stayed {sup.children[name].state}")


def test_a_failing_crawl_is_retried_with_backoff_then_given_up() -> None:
    clock = Clock()
    changes: list[str] = []
    sup = Supervisor(clock=clock, restart_base=5.0, restart_cap=60.0, on_change=lambda c: changes.append(c.state))
    child = Child("crawl:x", [sys.executable, "-c", "raise SystemExit(2)"], keep_running=False, retries=2)
    assert sup.launch(child)
    assert settle(sup, "crawl:x", ("backoff",)) == "backoff" and child.next_start == 5.0
    sup.tick()
    assert child.proc is not None and child.restarts == 0  # not due yet: nothing restarted
    clock.now = 5.0
    sup.tick()
    assert child.restarts == 1
    assert settle(sup, "crawl:x", ("backoff",)) == "backoff" and child.next_start == 15.0  # 5 + 10: doubled
    clock.now = 15.0
    sup.tick()
    assert settle(sup, "crawl:x", ("failed",)) == "failed" and child.last_exit == 2 and child.restarts == 2
    assert "running" in changes and changes[-1] == "failed"


def test_a_finished_crawl_is_done_and_a_busy_one_is_not_started_twice() -> None:
    sup = Supervisor(clock=Clock())
    assert sup.launch(Child("crawl:y", [sys.executable, "-c", "import time; time.sleep(0.3)"], keep_running=False))
    assert not sup.launch(Child("crawl:y", [sys.executable, "-c", "pass"], keep_running=False))
    assert settle(sup, "crawl:y", ("done",)) == "done" and sup.children["crawl:y"].last_exit == 0


def test_a_crawl_past_its_timeout_is_stopped() -> None:
    clock = Clock()
    sup = Supervisor(clock=clock)
    child = Child("crawl:z", [sys.executable, "-c", "import time; time.sleep(30)"], keep_running=False, timeout=5)
    sup.launch(child)
    clock.now = 6.0
    sup.tick()
    assert child.state == "failed" and child.last_exit is not None and child.last_exit < 0


def test_stop_all_kills_a_child_that_ignores_sigterm(tmp_path: Path) -> None:
    sup = Supervisor(clock=Clock())
    ready = tmp_path / "ready"
    code = "import signal, sys, time; signal.signal(signal.SIGTERM, signal.SIG_IGN); open(sys.argv[1], 'w'); " \
           "time.sleep(30)"
    child = Child("bot", [sys.executable, "-c", code, str(ready)], keep_running=True)
    sup.launch(child)
    end = time.monotonic() + 10
    while not ready.exists() and time.monotonic() < end:  # its handler is installed
        time.sleep(0.02)
    sup.stop_all(grace=0.5)
    assert child.state == "stopped" and child.proc is not None and child.proc.returncode == -9
    assert not sup.launch(Child("bot", [sys.executable, "-c", "pass"], keep_running=True))  # stopping: no new ones
