"""The learned second stage (pure): a linear model over a candidate sentence's words and frames, in plain Python.

The rules state what they can prove; wording they have no frame for still shows in the words. For each kind a
logistic regression, trained by tools/train_followups.py on labelled real text, weighs a sentence's lemma
unigrams and bigrams (n <= 2, so no excerpt can be rebuilt from the weights), the frames the rules read in it,
the cancellers that struck a rule down ("apology cancelled by a demand") and the headings it opens with. The
weights ship as `followups_model.json`; scoring them is a dictionary lookup per feature, with no numerical library
on the run path. It reads only sentences the prefilter lets through, so it never looks where the rules cannot.
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from monitor.detect.frames import Reading
from monitor.detect.lemmas import Lemmas

_FILE = Path(__file__).with_name("followups_model.json")
_KEEP = {'"', "?", ":", "«", "»"}  # punctuation that says something: quotes, a question, a label's colon


def features(lem: Lemmas, readings: Iterable[Reading], cancelled: Iterable[tuple[str, str]],
             headings: Iterable[str]) -> set[str]:
    """The sentence's features: lemma uni- and bigrams, the rules' readings and cancellers, its heading kinds."""
    words = [t.lemma for t in lem.tokens if t.lemma[:1].isalnum() or t.lemma in _KEEP]
    out = {"w:" + w for w in words}
    out.update("b:" + a + " " + b for a, b in zip(words, words[1:], strict=False))
    out.update(f"r:{r.kind}:{r.voice}" for r in readings)
    out.update(f"x:{kind}:{why}" for kind, why in cancelled)
    out.update("h:" + kind for kind in headings)
    return out


@dataclass(frozen=True)
class Model:
    """Per kind: a bias, a weight per feature, and the probabilities at which the stage acts."""

    kinds: tuple[str, ...]
    bias: tuple[float, ...]
    weights: dict[str, tuple[tuple[int, float], ...]]  # feature -> (kind index, weight), only non-zero ones
    add: tuple[float, ...]  # a kind the rules did not read is added at or above this probability (> 1: never)
    veto: tuple[float, ...]  # a kind the rules read is dropped below this probability (0: never)

    def probabilities(self, feats: Iterable[str]) -> dict[str, float]:
        total = list(self.bias)
        for feat in feats:
            for k, w in self.weights.get(feat, ()):
                total[k] += w
        return {kind: 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))) for kind, z in zip(self.kinds, total,
                                                                                              strict=True)}

    def strongest(self, kind: str, lem: Lemmas) -> int:
        """The token whose word weighs most for `kind`: where the act is, for reading its actor."""
        k = self.kinds.index(kind)
        best, at = 0.0, 0
        for i, tok in enumerate(lem.tokens):
            w = next((w for j, w in self.weights.get("w:" + tok.lemma, ()) if j == k), 0.0)
            if w > best:
                best, at = w, i
        return at

    def to_json(self) -> dict[str, object]:
        return {"kinds": list(self.kinds), "bias": list(self.bias), "add": list(self.add), "veto": list(self.veto),
                "weights": {f: [[k, round(w, 4)] for k, w in ws] for f, ws in sorted(self.weights.items())}}

    @classmethod
    def from_json(cls, data: dict[str, object]) -> Model:
        weights = data["weights"]
        assert isinstance(weights, dict)
        return cls(tuple(data["kinds"]), tuple(data["bias"]),  # type: ignore[arg-type]
                   {f: tuple((int(k), float(w)) for k, w in ws) for f, ws in weights.items()},
                   tuple(data["add"]), tuple(data["veto"]))  # type: ignore[arg-type]


@functools.cache
def shipped() -> Model | None:
    """The model that ships with the package, if any."""
    try:
        return Model.from_json(json.loads(_FILE.read_text(encoding="utf-8")))
    except FileNotFoundError:
        return None
