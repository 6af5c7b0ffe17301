"""The learned second stage as the run path uses it: plain-Python scoring of JSON weights, and what its
thresholds let it do (add a kind the rules missed, drop a reading its words make unlikely, never a heading's)."""

from __future__ import annotations

import pytest

from monitor.detect.followups import detect
from monitor.detect.learned import Model, features
from monitor.detect.lemmas import read
from monitor.models import KINDS, Doc

pytestmark = pytest.mark.pure


def _model(weights: dict[str, dict[str, float]], add: dict[str, float], veto: dict[str, float]) -> Model:
    return Model(KINDS, tuple(-3.0 for _ in KINDS),
                 {f: tuple((KINDS.index(k), w) for k, w in ws.items()) for f, ws in weights.items()},
                 tuple(add.get(k, 1.01) for k in KINDS), tuple(veto.get(k, 0.0) for k in KINDS))


def test_features_are_lemma_unigrams_bigrams_and_frames() -> None:
    feats = features(read("The paper regrets the errors."), [], [("apology", "demand")], ["correction"])
    assert {"w:paper", "w:regret", "b:regret the", "b:the error", "x:apology:demand", "h:correction"} <= feats
    assert not any(f.count(" ") > 1 for f in feats)  # n <= 2: no excerpt can be rebuilt from the weights


def test_probabilities_are_a_logistic_of_the_summed_weights() -> None:
    model = _model({"w:regret": {"correction": 3.0}}, {}, {})
    assert model.probabilities({"w:regret"})["correction"] == pytest.approx(0.5)
    assert model.probabilities({"w:other"})["correction"] < 0.05
    assert Model.from_json(model.to_json()) == model


def test_the_stage_adds_and_vetoes_only_as_its_thresholds_say() -> None:
    doc = Doc(body="The paper regrets the errors in the column.", outlet="Bugle")
    assert [e.kind for e in detect(doc, model=None)] == ["correction"]
    veto = _model({}, {}, {"correction": 0.5})
    assert detect(doc, model=veto) == []
    add = _model({"w:column": {"retraction": 5.0}}, {"retraction": 0.8}, {})
    assert [(e.kind, e.basis) for e in detect(doc, model=add)] == [("correction", "note"), ("retraction", "model")]
    heading = Doc(body="CORRECTION: the date was wrong.", outlet="Bugle")
    assert [e.kind for e in detect(heading, model=veto)] == ["correction"]  # a heading is never vetoed


def test_no_model_ships_until_one_beats_the_rules_on_held_out_text() -> None:
    from monitor.detect.learned import shipped

    assert shipped() is None  # tools/train_followups.py: cross-validated, it did not (see bench/README.md)
