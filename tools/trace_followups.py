"""Explain what the follow-up detector makes of a sentence: its lemmas, every rule that matched and what
cancelled it, the fixed-form notes it states, and the events detect() returns.

    python tools/trace_followups.py "The company denied the claims." ["Title||Body" ...] [--outlet NAME]

A sentence that states nothing it should is either matched by no rule (a lexicon gap) or matched and then
cancelled (the canceller's name says which predicate in `cancellers`/`frames` dropped it).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from monitor.detect import headings  # noqa: E402
from monitor.detect.followups import detect  # noqa: E402
from monitor.detect.frames import read, rules_for  # noqa: E402
from monitor.detect.lemmas import read as lemmatise  # noqa: E402
from monitor.detect.lexicon import RULES  # noqa: E402
from monitor.detect.sentences import spans  # noqa: E402
from monitor.models import Doc  # noqa: E402


def trace(text: str, outlet: str) -> None:
    title, _, body = text.rpartition("||")
    doc = Doc(title=title, body=body, outlet=outlet)
    for a, b in spans(doc.text):
        sentence = doc.text[a:b]
        lem = lemmatise(sentence)
        print(f"sentence: {sentence!r}\n  lemmas: {lem.string.strip()}")
        fixed = headings.stated_kinds(sentence)
        if fixed:
            print(f"  fixed forms: {sorted(fixed)}")
        for i in rules_for(set(lem.string.split())):
            rule = RULES[i]
            for m in rule.pattern.finditer(lem.string):
                print(f"  matched {rule.kind}/{rule.voice}: {rule.name!r} on {m.group(0).strip()!r}")
        cancelled: list[tuple[str, str]] = []
        for r in read(lem, outlet, cancelled):
            print(f"  kept    {r.kind}/{r.voice} {r.strength}: {sentence[r.start:r.end]!r}")
        for kind, reason in cancelled:
            print(f"  dropped {kind}: {reason}")
    for e in detect(doc):
        print(f"=> {e.kind} actor={e.actor!r} target={e.target!r} confidence={e.confidence} basis={e.basis}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("texts", nargs="+", help='a sentence, or "Title||Body"')
    ap.add_argument("--outlet", default="The Daily Bugle")
    args = ap.parse_args()
    for text in args.texts:
        trace(text, args.outlet)
        print()


if __name__ == "__main__":
    main()
