"""What importing a stage costs: `monitor.detect` (what the parser processes judge with) loads no sqlite,
network, Scrapy or Telegram module."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_layering import GRAPH, stage

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parent.parent


def test_detect_imports_no_io_library() -> None:
    """`import monitor.detect` (and every module in it) loads no sqlite, network, Scrapy or Telegram module."""
    detect = sorted(m for m in GRAPH if stage(m) == "detect" and m.startswith("monitor.detect"))
    code = ("import sys\n" + "".join(f"import {m}\n" for m in detect) +
            "bad = sorted(m for m in sys.modules if m.split('.')[0] in"
            " ('sqlite3', '_sqlite3', 'sqlite_utils', 'aiohttp', 'httpx', 'scrapy', 'twisted', 'telegram'))\n"
            "print(','.join(bad))")
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
