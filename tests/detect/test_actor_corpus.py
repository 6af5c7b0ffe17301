"""Actor agreement on the shared corpus's dev split, held to a ratchet like the kinds' figures.

For each dev item with an expected actor and a detected expected kind, the first such event's actor (in the
kinds' order) agrees when one of the actor and the label contains the other, case folded: the shared scorer's
rule (../shared/tools/score_followups.py). The floor is stored per corpus file's sha256 in actors_ratchet.json;
a corpus with a new hash re-baselines (the test prints the figure to store) instead of failing.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest

from monitor.detect.classify import Classifier, read_jsonl
from monitor.models import KINDS
from tests.conftest import CORPUS as SHARED

pytestmark = pytest.mark.pure

CORPUS = SHARED / "followups" / "items.jsonl"
RATCHET = Path(__file__).with_name("actors_ratchet.json")


def agreement(lines: list[str]) -> tuple[int, int, list[str]]:
    """(agreeing, judged, disagreements) over labelled lines, by the shared scorer's rule."""
    classifier = Classifier([])
    agree, judged, wrong = 0, 0, []
    for where, obj in read_jsonl(lines, "corpus"):
        want = (obj.get("expected_actor") or "").casefold()
        expected = set(obj.get("expected_kinds") or [])
        first: dict[str, str] = {}
        for event in classifier.classify(obj, where)["events"]:
            first.setdefault(event["kind"], event["actor"])
        hit = [first[k] for k in KINDS if k in first and k in expected]
        if not want or not hit:
            continue
        said = hit[0].casefold()
        judged += 1
        if said and (said in want or want in said):
            agree += 1
        else:
            wrong.append(f"{obj['id']}: {hit[0]!r} for {obj['expected_actor']!r}")
    return agree, judged, wrong


def test_actor_agreement_on_the_dev_split_holds_its_ratchet() -> None:
    if not CORPUS.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"the shared follow-up corpus is missing at {CORPUS}")
        pytest.skip(f"the shared follow-up corpus is not at {CORPUS}; it is read at test time, never copied")
    digest = hashlib.sha256(CORPUS.read_bytes()).hexdigest()
    lines = [line for line in CORPUS.read_text(encoding="utf-8").splitlines()
             if line.strip() and json.loads(line).get("split") == "dev"]
    agree, judged, wrong = agreement(lines)
    got = round(agree / judged, 3) if judged else 1.0
    stored = json.loads(RATCHET.read_text(encoding="utf-8")) if RATCHET.exists() else {}
    if digest not in stored:
        print(f"new corpus {digest}: dev actor agreement {got} ({agree}/{judged}); store it in {RATCHET.name}")
        return
    assert got >= stored[digest]["actor_agreement"] - 0.02, (got, stored[digest], wrong[:20])


def test_the_agreement_rule_is_the_scorers() -> None:
    item = {"id": "x", "outlet": "Bugle", "title": "", "body": "Acme Corp denied the report on Monday.",
            "expected_kinds": ["denial"], "expected_actor": "Acme Corp."}
    assert agreement([json.dumps(item)])[:2] == (1, 1)
    assert agreement([json.dumps({**item, "expected_actor": "Globex"})])[:2] == (0, 1)
    assert agreement([json.dumps({**item, "expected_actor": ""})])[:2] == (0, 0)  # no label: not judged
