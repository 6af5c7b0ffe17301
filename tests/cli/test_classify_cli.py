"""`storywatch classify` and `storywatch evaluate` as whole processes: the JSON Lines contract and the score."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from monitor.models import KINDS

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parents[2]
LABELLED = REPO / "tests" / "data" / "followups.jsonl"


def test_classify_cli_keeps_the_contract() -> None:
    lines = [
        {"id": 1, "outlet": "Reuters", "title": "CORRECTED-Binance built ties to Russian agency",
         "body": "(Corrects paragraph 5 to show the date)"},
        {"id": "two", "body": "Bitcoin entered a market correction."},
        {"id": 3, "outlet": "CoinDesk", "body": "Binance denied the Reuters report on Russia.",
         "previous": {"title": "", "summary": "", "body": "Binance denied the Reuters report on Russia."}},
    ]
    out = subprocess.run([sys.executable, "-m", "monitor", "classify"], cwd=REPO, check=True, capture_output=True,
                         text=True, input="\n".join(json.dumps(x) for x in lines) + "\n").stdout.splitlines()
    got = [json.loads(line) for line in out]
    assert [g["id"] for g in got] == [1, "two", 3]
    assert got[0]["watches"] == ["binance-russia-data"]
    [event] = got[0]["events"]
    confidence = event.pop("confidence")
    assert isinstance(confidence, float) and 0.5 < confidence <= 1.0  # calibrated on labelled text: not pinned
    assert event == {"kind": "correction", "actor": "Reuters", "target": "",
                     "evidence": "(Corrects paragraph 5 to show the date)"}
    assert got[1] == {"id": "two", "watches": [], "events": []}
    assert got[2]["events"] == []  # the denial was already in the earlier version


def test_classify_cli_rejects_bad_lines() -> None:
    run = subprocess.run([sys.executable, "-m", "monitor", "classify"], cwd=REPO, capture_output=True, text=True,
                         input='{"id": 1}\nnot json\n')
    assert run.returncode == 1 and "line 2" in run.stderr and "Traceback" not in run.stderr


def test_evaluate_cli_prints_the_table() -> None:
    out = subprocess.run([sys.executable, "-m", "monitor", "evaluate", str(LABELLED)], cwd=REPO, check=True,
                         capture_output=True, text=True).stdout
    for name in (*KINDS, "relevance"):
        assert name in out
