"""The probe grid: each kind's frames crossed with the wording variations any reader handles, and the
README's negatives next to them (tests/support/probes.py). It measures robustness to wording, not a file: every
positive states its kind (and names its actor where the sentence does), every negative stays silent."""

from __future__ import annotations

import pytest

from monitor.detect.followups import detect
from monitor.models import Doc
from tests.support import probe_grid_en, probe_grid_ru
from tests.support.probes import OUTLET, Probe, typographic

pytestmark = pytest.mark.pure


def grid() -> list[tuple[str, Probe]]:
    out = []
    for lang, module in (("en", probe_grid_en), ("ru", probe_grid_ru)):
        for kind, (positives, negatives) in module.GRID.items():
            out += [(f"{lang}-{kind}", p) for p in positives() + typographic(positives())]
            out += [(f"{lang}-{kind}-neg", p) for p in negatives() + typographic(negatives())]
    out += [(f"en-hard-{p.kind}", p) for p in probe_grid_en.hard()]
    out += [("en-hard-neg", p) for p in probe_grid_en.hard_negatives()]
    out += [(f"ru-hard-{p.kind}", p) for p in probe_grid_ru.hard()]
    out += [("ru-hard-neg", p) for p in probe_grid_ru.hard_negatives()]
    return out


GRID = grid()


def _events(probe: Probe) -> list:
    doc = Doc(title=probe.text, outlet=OUTLET) if probe.title else Doc(body=probe.text, outlet=OUTLET)
    return detect(doc)


@pytest.mark.parametrize(("group", "probe"), GRID, ids=[f"{g}-{i}" for i, (g, _) in enumerate(GRID)])
def test_probe(group: str, probe: Probe) -> None:
    events = _events(probe)
    kinds = {e.kind for e in events}
    if probe.kind is None:
        assert (probe.forbid not in kinds) if probe.forbid else not kinds, (probe.text, events)
        return
    assert probe.kind in kinds, (probe.text, events)
    if probe.actor:
        actor = next(e.actor for e in events if e.kind == probe.kind).casefold()
        want = probe.actor.casefold()
        assert actor and (want in actor or actor in want), (probe.text, actor, probe.actor)


def test_grid_size() -> None:
    """Each English kind has at least 25 generated positives, and every kind has negatives beside them."""
    sizes: dict[str, int] = {}
    for group, _ in GRID:
        sizes[group] = sizes.get(group, 0) + 1
    for kind in probe_grid_en.GRID:
        assert sizes.get(f"en-{kind}", 0) >= 25 and sizes.get(f"en-{kind}-neg", 0) >= 5, (kind, sizes)


def test_a_question_for_a_title_is_no_glossary_page() -> None:
    """A policy or "what is" page states no follow-up; an opinion piece headed by a question still may."""
    doc = Doc(title="What does the mayor owe the paper?", body="The paper says it stands by its story.",
              outlet=OUTLET)
    assert "stands_by" in {e.kind for e in detect(doc)}
    glossary = Doc(title="What is a retraction?", body="The paper retracted the story in 2019.", outlet=OUTLET)
    assert detect(glossary) == []


def test_a_page_about_corrections_is_no_corrections_column() -> None:
    doc = Doc(title="Corrections", body="When a story is materially wrong, it should be corrected promptly.",
              outlet=OUTLET)
    assert detect(doc) == []
    column = Doc(title="Corrections", body="A story on Monday gave the wrong date for the vote.", outlet=OUTLET)
    assert [e.kind for e in detect(column)] == ["correction"]
