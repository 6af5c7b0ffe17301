from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.loopback import LoopbackServer

REPO = Path(__file__).resolve().parent.parent
# PTB as `storywatch bot` runs it (monitor/cli/bot.py): RetryAfter's wait as a timedelta, no deprecation warning.
os.environ.setdefault("PTB_TIMEDELTA", "1")
CORPUS = Path(os.environ.get("STORYWATCH_CORPUS", REPO.parent / "shared" / "corpus"))


@pytest.fixture
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip(f"the shared corpus is not at {CORPUS} (set STORYWATCH_CORPUS)")
    return CORPUS


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
