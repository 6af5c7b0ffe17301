"""Write monitor/detect/calibration.json: how often each kind of event, read from each basis, was right.

    python tools/calibrate_followups.py [--corpus ITEMS.jsonl] [--extra FILE ...]

Reads the shared corpus's `dev` split (never `test`) and every item of the `--extra` labelled files (the same
format). For each item, the detector's best event of each kind (read with the rules' priors, not an earlier
calibration) counts as right when the item is labelled with that kind. Cells are kind/basis ("denial/stance"),
kind, and "*" (all events). Run it after changing the rules; `storywatch evaluate FILE --calibration` then
prints the reliability table (confidence band against observed precision) on any labelled file.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from monitor.detect import confidence  # noqa: E402
from monitor.detect.classify import to_docs  # noqa: E402
from monitor.detect.followups import detect  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpus" / "followups" / "items.jsonl"
OUT = REPO / "monitor" / "detect" / "calibration.json"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS, help="the shared corpus (its dev split is read)")
    ap.add_argument("--extra", type=Path, nargs="*", default=[], help="more labelled files to fit on")
    args = ap.parse_args()
    items = [json.loads(line) for line in args.corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    items = [i for i in items if i.get("split") == "dev"]
    for path in args.extra:
        items += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    confidence._FILE = Path("/nonexistent")  # read the priors, not an earlier calibration
    confidence._table.cache_clear()
    confidence.calibrate.cache_clear()
    cells: dict[str, list[int]] = {}
    for item in items:
        doc, before = to_docs(item)
        best = {}
        for event in detect(doc, before):
            if event.kind not in best or event.confidence > best[event.kind].confidence:
                best[event.kind] = event
        for kind, event in best.items():
            right = int(kind in (item.get("expected_kinds") or []))
            for key in ("*", kind, f"{kind}/{event.basis}"):
                cell = cells.setdefault(key, [0, 0])
                cell[0] += right
                cell[1] += 1
    sources = ["shared corpus dev split"] + [p.name for p in args.extra]
    OUT.write_text(json.dumps({"fitted_on": f"{len(items)} labelled items: " + ", ".join(sources),
                               "cells": dict(sorted(cells.items()))}, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT}: {cells['*'][1]} events from {len(items)} items, {len(cells)} cells")
    for key, (right, n) in sorted(cells.items()):
        print(f"  {key:<28}{right:>5}/{n:<5}{right / n:>7.3f}")


if __name__ == "__main__":
    main()
