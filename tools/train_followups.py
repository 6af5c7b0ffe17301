"""Train the learned second stage of follow-up detection and judge it on data it did not see.

    python tools/train_followups.py [--corpus ITEMS.jsonl] [--extra FILE ...] [--heldout FILE ...] [--write]

Training data: the shared corpus's `dev` split (never its `test` split) plus every item of the `--extra` files
(labelled excerpts in the corpus's format). Each candidate sentence (the ones the prefilter lets through) is one
example, labelled with its item's kinds; its features are `monitor.detect.learned.features`. One logistic
regression per kind (scikit-learn, this script only: `pip install -e '.[train]'`).

It prints, for the rules alone and for rules + model: micro precision and recall by 5-fold cross-validation
grouped by source domain (every item of one domain in the same fold, as the corpus splits), with the add/veto
thresholds chosen inside each training fold; then the same for every `--heldout` file with a model trained on
everything. With `--write` it writes monitor/detect/followups_model.json; ship it only if it beats the rules
on held-out data.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from sklearn.feature_extraction import DictVectorizer  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402

from monitor.detect import context, headings, prefilter  # noqa: E402
from monitor.detect.classify import to_docs  # noqa: E402
from monitor.detect.followups import detect  # noqa: E402
from monitor.detect.frames import read  # noqa: E402
from monitor.detect.learned import Model, features  # noqa: E402
from monitor.detect.lemmas import read as lemmatise  # noqa: E402
from monitor.detect.sentences import spans  # noqa: E402
from monitor.models import KINDS  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpus" / "followups" / "items.jsonl"
OUT = REPO / "monitor" / "detect" / "followups_model.json"
ADD = (0.5, 0.6, 0.7, 0.8, 0.9, 1.01)
VETO = (0.0, 0.02, 0.05, 0.1, 0.2)
_SECOND_LEVEL = {"co", "com", "org", "net", "gov", "ac", "edu", "ne", "or"}


def domain(url: str) -> str:
    """A URL's registrable domain, roughly: the last two labels, three under a second-level suffix (co.uk)."""
    labels = (urlsplit(url).hostname or url).lower().removeprefix("www.").split(".")
    keep = 3 if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2 else 2
    return ".".join(labels[-keep:])


def load(corpus: Path, extra: Iterable[Path]) -> list[dict[str, Any]]:
    items = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    items = [i for i in items if i.get("split") == "dev"]
    for path in extra:
        items += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return items


def examples(item: dict[str, Any]) -> list[tuple[set[str], set[str]]]:
    """(features, kinds) for each candidate sentence of an item, as detect() would read it."""
    doc, _ = to_docs(item)
    page = context.page(doc.title, doc.text)
    if page.policy:
        return []
    want = set(item.get("expected_kinds") or [])
    rows = []
    for a, b in spans(doc.text):
        sentence = doc.text[a:b]
        if not prefilter.candidate(sentence):
            continue
        lem = lemmatise(sentence)
        cancelled: list[tuple[str, str]] = []
        readings = read(lem, doc.outlet, cancelled)
        rows.append((features(lem, readings, cancelled, headings.stated_kinds(sentence)),
                     {r.kind for r in readings}))
    out = []
    for feats, read_kinds in rows:
        # A kind the item states belongs to the sentences the rules read it in, else to every sentence.
        kinds = {k for k in want if k in read_kinds or not any(k in rk for _, rk in rows)}
        out.append((feats, kinds))
    return out


def fit(rows: list[tuple[set[str], set[str]]], c: float = 1.0) -> tuple[Model, DictVectorizer]:
    vec = DictVectorizer()
    x = vec.fit_transform([{f: 1 for f in feats} for feats, _ in rows])
    names = vec.get_feature_names_out()
    weights: dict[str, list[tuple[int, float]]] = {}
    bias = []
    for k, kind in enumerate(KINDS):
        y = [kind in kinds for _, kinds in rows]
        if not any(y):
            bias.append(-10.0)
            continue
        lr = LogisticRegression(C=c, max_iter=2000, class_weight=None)
        lr.fit(x, y)
        bias.append(float(lr.intercept_[0]))
        for name, w in zip(names, lr.coef_[0], strict=True):
            if abs(w) >= 0.02:
                weights.setdefault(str(name), []).append((k, float(w)))
    model = Model(KINDS, tuple(bias), {f: tuple(ws) for f, ws in weights.items()}, (1.01,) * len(KINDS),
                  (0.0,) * len(KINDS))
    return model, vec


def score(items: list[dict[str, Any]], model: Model | None) -> dict[str, list[int]]:
    """Per kind [tp, fp, fn] of detect() with `model` over labelled items, the score tool's way."""
    counts = {k: [0, 0, 0] for k in KINDS}
    for item in items:
        doc, before = to_docs(item)
        got = {e.kind for e in detect(doc, before, model=model)}
        want = set(item.get("expected_kinds") or [])
        for k in KINDS:
            counts[k][0] += k in got and k in want
            counts[k][1] += k in got and k not in want
            counts[k][2] += k in want and k not in got
    return counts


def micro(counts: dict[str, list[int]]) -> tuple[float, float, int, int, int]:
    tp, fp, fn = (sum(c[i] for c in counts.values()) for i in range(3))
    return (tp / (tp + fp) if tp + fp else 1.0, tp / (tp + fn) if tp + fn else 1.0, tp, fp, fn)


def _simulate(item: dict[str, Any], model: Model) -> tuple[set[str], dict[str, float], set[str], set[str]]:
    """An item as the thresholds see it: the rules' kinds, each kind's highest probability over its candidate
    sentences, the kinds its headings state (which no veto drops), and its labels."""
    doc, before = to_docs(item)
    ruled = {e.kind for e in detect(doc, before, model=None)}
    best = dict.fromkeys(KINDS, 0.0)
    fixed: set[str] = set()
    for feats, _ in examples(item):
        for kind, p in model.probabilities(feats).items():
            best[kind] = max(best[kind], p)
        fixed |= {f[2:] for f in feats if f.startswith("h:")}
    return ruled, best, fixed, set(item.get("expected_kinds") or [])


def tune(model: Model, sims: list[tuple[set[str], dict[str, float], set[str], set[str]]], beta: float) -> Model:
    """Per kind, the add and veto thresholds with the best F-beta over simulated items (beta < 1 weighs
    precision)."""
    add, veto = list(model.add), list(model.veto)
    for k, kind in enumerate(KINDS):
        top = (-1.0, 1.01, 0.0)
        for a in ADD:
            for v in VETO:
                tp = fp = fn = 0
                for ruled, best, fixed, want in sims:
                    got = (kind in ruled and (kind in fixed or best[kind] >= v)) or best[kind] >= a
                    tp += got and kind in want
                    fp += got and kind not in want
                    fn += kind in want and not got
                p = tp / (tp + fp) if tp + fp else 1.0
                r = tp / (tp + fn) if tp + fn else 1.0
                f = (1 + beta * beta) * p * r / (beta * beta * p + r) if p + r else 0.0
                if f > top[0] + 1e-9:
                    top = (f, a, v)
        add[k], veto[k] = top[1], top[2]
    return Model(model.kinds, model.bias, model.weights, tuple(add), tuple(veto))


def train(items: list[dict[str, Any]], c: float, beta: float, folds: int = 4) -> Model:
    """Weights from every item; thresholds from out-of-fold probabilities (inner folds by domain), so that
    they are set on sentences the weights did not see."""
    rows = {id(item): examples(item) for item in items}
    sims = []
    for fold in range(folds):
        inner = [i for i in items if fold_of(i, folds, salt="inner") != fold]
        model, _ = fit([row for i in inner for row in rows[id(i)]], c)
        sims += [_simulate(i, model) for i in items if fold_of(i, folds, salt="inner") == fold]
    model, _ = fit([row for i in items for row in rows[id(i)]], c)
    return tune(model, sims, beta)


def fold_of(item: dict[str, Any], folds: int, salt: str = "") -> int:
    return int(hashlib.sha1((salt + domain(item.get("url", ""))).encode()).hexdigest(), 16) % folds


def report(name: str, counts: dict[str, list[int]]) -> str:
    p, r, tp, fp, fn = micro(counts)
    kinds = " ".join(f"{k[:5]}:{c[0]}/{c[0] + c[2]}(+{c[1]})" for k, c in counts.items())
    return f"{name:<22} P {p:.3f} R {r:.3f} (tp {tp} fp {fp} fn {fn})  {kinds}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS, help="the shared corpus (its dev split is read)")
    ap.add_argument("--extra", type=Path, nargs="*", default=[], help="more labelled files to train on")
    ap.add_argument("--heldout", type=Path, nargs="*", default=[], help="labelled files to judge the model on")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--c", type=float, default=1.0, help="inverse regularisation strength")
    ap.add_argument("--beta", type=float, default=0.5, help="F-beta the thresholds maximise (below 1: precision)")
    ap.add_argument("--write", action="store_true", help=f"write {OUT.relative_to(REPO)}")
    args = ap.parse_args()
    items = load(args.corpus, args.extra)
    print(f"{len(items)} training items from {len({domain(i.get('url', '')) for i in items})} domains")
    rules = {k: [0, 0, 0] for k in KINDS}
    learned = {k: [0, 0, 0] for k in KINDS}
    for fold in range(args.folds):
        train_items = [i for i in items if fold_of(i, args.folds) != fold]
        test_items = [i for i in items if fold_of(i, args.folds) == fold]
        model = train(train_items, args.c, args.beta)
        for total, counts in ((rules, score(test_items, None)), (learned, score(test_items, model))):
            for k in KINDS:
                total[k] = [a + b for a, b in zip(total[k], counts[k], strict=True)]
    print(report("CV rules", rules))
    print(report("CV rules + model", learned))
    model = train(items, args.c, args.beta)
    for path in args.heldout:
        held = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        print(report(f"{path.name} rules", score(held, None)))
        print(report(f"{path.name} + model", score(held, model)))
    print("add  ", " ".join(f"{k[:5]}:{a:.2f}" for k, a in zip(KINDS, model.add, strict=True)))
    print("veto ", " ".join(f"{k[:5]}:{v:.2f}" for k, v in zip(KINDS, model.veto, strict=True)))
    print(f"{len(model.weights)} features with a weight")
    if args.write:
        OUT.write_text(json.dumps(model.to_json(), ensure_ascii=False, separators=(",", ":")) + "\n",
                       encoding="utf-8")
        print(f"wrote {OUT} ({OUT.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
