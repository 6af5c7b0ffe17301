"""Scoring (pure): precision, recall and F1 per follow-up kind and for relevance, against a labelled file.

A labelled item is a classify input plus `expected_watches` and `expected_kinds` (lists). A kind counts once
per item: predicted and expected -> true positive; predicted only -> false positive; expected only -> false
negative. Relevance counts (item, watch) pairs the same way.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from monitor.errors import InputError
from monitor.models import KINDS


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def support(self) -> int:
        return self.tp + self.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, predicted: set[str], expected: set[str]) -> None:
        self.tp += len(predicted & expected)
        self.fp += len(predicted - expected)
        self.fn += len(expected - predicted)


@dataclass
class Report:
    kinds: dict[str, Tally] = field(default_factory=lambda: {k: Tally() for k in KINDS})
    events: Tally = field(default_factory=Tally)
    relevance: Tally = field(default_factory=Tally)
    items: int = 0
    negatives: int = 0
    errors: list[str] = field(default_factory=list)
    # (confidence, right) for every predicted event: the reliability table's data
    confidences: list[tuple[float, bool]] = field(default_factory=list)


def _labels(obj: dict[str, Any], key: str, where: str) -> set[str]:
    value = obj.get(key)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InputError(f"{where}: '{key}' must be a list of strings")
    return set(value)


def score(pairs: Iterable[tuple[str, dict[str, Any], dict[str, Any]]]) -> Report:
    """Score (where, labelled item, classify output) triples."""
    report = Report()
    for where, item, result in pairs:
        want_kinds = _labels(item, "expected_kinds", where)
        unknown = want_kinds - set(KINDS)
        if unknown:
            raise InputError(f"{where}: unknown kinds {sorted(unknown)} (known: {', '.join(KINDS)})")
        want_watches = _labels(item, "expected_watches", where)
        got_kinds = {e["kind"] for e in result["events"]}
        best: dict[str, float] = {}
        for e in result["events"]:
            best[e["kind"]] = max(best.get(e["kind"], 0.0), float(e.get("confidence", 1.0)))
        report.confidences += [(c, k in want_kinds) for k, c in best.items()]
        got_watches = set(result["watches"])
        report.items += 1
        report.negatives += not want_kinds
        for kind in KINDS:
            report.kinds[kind].add(got_kinds & {kind}, want_kinds & {kind})
        report.events.add(got_kinds, want_kinds)
        report.relevance.add(got_watches, want_watches)
        if got_kinds != want_kinds or got_watches != want_watches:
            report.errors.append(f"{item.get('id')}: kinds {sorted(got_kinds)} expected {sorted(want_kinds)}; "
                                 f"watches {sorted(got_watches)} expected {sorted(want_watches)}")
    return report


def table(report: Report) -> str:
    """The report as a plain-text table."""
    lines = [f"{report.items} items, {report.negatives} with no follow-up",
             f"{'':16}{'precision':>10}{'recall':>8}{'F1':>7}{'support':>9}{'tp':>5}{'fp':>5}{'fn':>5}"]
    rows = [*report.kinds.items(), ("all kinds", report.events), ("relevance", report.relevance)]
    for name, t in rows:
        small = f"  ({t.tp}/{t.support} found)" if name in report.kinds and 0 < t.support < 20 else ""
        lines.append(f"{name:16}{t.precision:>10.3f}{t.recall:>8.3f}{t.f1:>7.3f}{t.support:>9}"
                     f"{t.tp:>5}{t.fp:>5}{t.fn:>5}{small}")
    return "\n".join(lines)


_BANDS = (0.0, 0.5, 0.7, 0.8, 0.85, 0.9, 0.95, 1.0001)


def reliability(report: Report) -> str:
    """Predicted confidence in bands against the precision observed in each: calibrated means they agree."""
    lines = [f"{'confidence':<14}{'events':>8}{'right':>7}{'precision':>11}{'mean conf':>11}"]
    for low, high in zip(_BANDS, _BANDS[1:], strict=False):
        band = [(c, ok) for c, ok in report.confidences if low <= c < high]
        if band:
            right = sum(ok for _, ok in band)
            mean = sum(c for c, _ in band) / len(band)
            lines.append(f"{low:.2f}-{min(high, 1.0):.2f}{len(band):>9}{right:>7}{right / len(band):>11.3f}"
                         f"{mean:>11.3f}")
    return "\n".join(lines)
