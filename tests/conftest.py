from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.loopback import LoopbackServer
from tests.support.publisher import HostilePublisher, SecretServer

REPO = Path(__file__).resolve().parent.parent
# The three tiers of tests, one per module (`pytestmark`): `pytest -m pure` runs in seconds.
TIERS = ("pure", "component", "integration")
# PTB as `storywatch bot` runs it (monitor/cli/bot.py): RetryAfter's wait as a timedelta, no deprecation warning.
os.environ.setdefault("PTB_TIMEDELTA", "1")
# The egress policy lets storywatch connect to the one loopback address the tests serve on, and no other:
# 127.0.0.2 and the rest of 127/8 stand for the operator's internal network (tests/collect/test_egress.py).
# Set here, it reaches every fetcher built in this process and every subprocess a test starts.
ALLOW_NETWORKS = "127.0.0.1/32"
os.environ["STORYWATCH_ALLOW_NETWORKS"] = ALLOW_NETWORKS
CORPUS = Path(os.environ.get("STORYWATCH_CORPUS", REPO.parent / "shared" / "corpus"))


@pytest.fixture
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip(f"the shared corpus is not at {CORPUS} (set STORYWATCH_CORPUS)")
    return CORPUS


@pytest.fixture
def intranet() -> Iterator[tuple[HostilePublisher, SecretServer]]:
    """A hostile publisher on 127.0.0.1 whose links lead into an "intranet" on 127.0.0.2 (support/publisher.py)."""
    secret = SecretServer()
    publisher = HostilePublisher(secret)
    try:
        yield publisher, secret
    finally:
        publisher.stop()
        secret.stop()


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    srv = LoopbackServer().start()
    try:
        yield srv
    finally:
        srv.stop()


@pytest.fixture(autouse=True)
def _no_token(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never see a real token from the developer's environment."""
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)


def pytest_configure(config: pytest.Config) -> None:
    for name, what in zip(TIERS, ("tables of cases over the pure core: no SQLite, network or subprocess",
                                  "components on a real SQLite file, in this process",
                                  "whole flows on loopback: HTTP servers, the fake Bot API, subprocesses"),
                          strict=True):
        config.addinivalue_line("markers", f"{name}: {what}")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test belongs to exactly one tier."""
    for item in items:
        tiers = {m.name for m in item.iter_markers() if m.name in TIERS}
        if len(tiers) != 1:
            raise pytest.UsageError(f"{item.nodeid}: expected one tier marker of {TIERS}, got {sorted(tiers)}")
