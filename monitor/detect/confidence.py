"""Confidence (pure): an event's prior strength mapped to the precision observed on labelled real text.

`calibration.json` (written by tools/calibrate_followups.py from the corpus's dev split) holds, per source of
a reading (a heading, an outlet's note, a reported act, a headline, a corrections column), the observed
precision in bands of prior strength. Without it, the prior stands.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path

_FILE = Path(__file__).with_name("calibration.json")


@functools.cache
def _table() -> dict[str, list[list[float]]]:
    try:
        data = json.loads(_FILE.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    return {key: value for key, value in data.get("sources", {}).items()}


def calibrate(kind: str, source: str, strength: float) -> float:
    """The confidence of an event of `kind` read from `source` with prior `strength`."""
    bands = _table().get(f"{kind}/{source}") or _table().get(kind)
    if not bands:
        return round(strength, 3)
    for upper, precision in bands:
        if strength <= upper:
            return round(precision, 3)
    return round(bands[-1][1], 3)
