"""Confidence (pure): the precision an event's kind and basis showed on labelled real text.

`calibration.json` (written by tools/calibrate_followups.py) counts, for each kind and each basis of a reading
(a heading, a wire tag, an outlet's note, a reported act, a stance, a headline, a corrections column, ...), how
many such events were right. A cell's confidence is its observed precision shrunk toward its kind's (and that
toward all events'), so that a basis seen a few times does not claim 1.0. Without the file, the rule's prior
strength stands. Every event carries its confidence; a watch may then set a minimum per kind.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path

_FILE = Path(__file__).with_name("calibration.json")
WEIGHT = 4.0  # pseudo-events a cell's estimate borrows from its kind's, and a kind's from all events'


@functools.cache
def _table() -> dict[str, list[int]]:
    try:
        data = json.loads(_FILE.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    return {key: [int(right), int(n)] for key, (right, n) in data.get("cells", {}).items()}


def shrunk(right: float, n: float, prior: float) -> float:
    """Observed precision `right`/`n` shrunk toward `prior` with WEIGHT pseudo-events."""
    return (right + WEIGHT * prior) / (n + WEIGHT)


@functools.cache
def calibrate(kind: str, basis: str, strength: float) -> float:
    """The confidence of an event of `kind` read from `basis` with prior `strength`. Cached: a run asks for a
    few dozen combinations thousands of times; whoever changes the table clears both caches."""
    table = _table()
    if not table:
        return round(strength, 3)
    estimate = strength
    for key in ("*", kind, f"{kind}/{basis}"):  # all events, then the kind, then the kind from this basis
        right, n = table.get(key, [0, 0])
        estimate = shrunk(right, n, estimate)
    return round(estimate, 3)
