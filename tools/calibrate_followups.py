"""Write monitor/detect/calibration.json: per kind, the precision observed on the corpus's dev split in bands of
the detector's prior strength (a smoothed estimate, prior 0.9 with the weight of two events).

    python tools/calibrate_followups.py [../shared/corpus/followups/items.jsonl]

Run it after changing the rules; only the dev split is read. `storywatch evaluate FILE --split dev
--calibration` then prints the reliability table the confidences should reproduce.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from monitor.detect import confidence  # noqa: E402
from monitor.detect.classify import to_docs  # noqa: E402
from monitor.detect.followups import detect  # noqa: E402

BANDS = (0.8, 0.85, 0.9, 0.95, 1.0)
PRIOR, WEIGHT = 0.9, 2.0


def main() -> None:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO.parent / "shared" / "corpus" / "followups" / "items.jsonl"
    items = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    confidence._FILE = Path("/nonexistent")  # read the priors, not an earlier calibration
    confidence._table.cache_clear()
    counts: dict[str, dict[float, list[int]]] = {}
    for item in items:
        if item.get("split") != "dev":
            continue
        doc, before = to_docs(item)
        best: dict[str, float] = {}
        for event in detect(doc, before):
            best[event.kind] = max(best.get(event.kind, 0.0), event.confidence)
        for kind, strength in best.items():
            band = next(b for b in BANDS if strength <= b)
            tally = counts.setdefault(kind, {}).setdefault(band, [0, 0])
            tally[0] += kind in item.get("expected_kinds", [])
            tally[1] += 1
    sources = {kind: [[band, round((right + PRIOR * WEIGHT) / (n + WEIGHT), 3)]
                      for band, (right, n) in sorted(bands.items())] for kind, bands in sorted(counts.items())}
    out = REPO / "monitor" / "detect" / "calibration.json"
    out.write_text(json.dumps({"from": "dev split of the shared follow-up corpus", "sources": sources}, indent=1)
                   + "\n", encoding="utf-8")
    print(f"wrote {out}: {sum(sum(n for _, n in b.values()) for b in counts.values())} events")


if __name__ == "__main__":
    main()
