"""docs/watches.md's examples are complete, valid watches; the template `watches new` writes is one too."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from monitor.seeds import parse_watch, shipped_seeds_dir

pytestmark = pytest.mark.pure

REPO = Path(__file__).resolve().parents[2]


def test_the_tutorial_examples_are_valid_watches() -> None:
    doc = (REPO / "docs" / "watches.md").read_text(encoding="utf-8")
    examples = [block.split("```", 1)[0] for block in doc.split("```toml\n")[1:]]
    assert len(examples) == 2
    watches = [parse_watch(f"example-{i}", tomllib.loads(text), "docs/watches.md") for i, text in enumerate(examples)]
    assert all(w.origins and w.sources and w.query.all_of for w in watches)
    assert any(s.type == "sitemap" for s in watches[0].sources)


def test_the_template_is_a_valid_watch() -> None:
    text = (shipped_seeds_dir().parent / "watch-template.toml").read_text(encoding="utf-8")
    watch = parse_watch("acme-recall", tomllib.loads(text.replace("{name}", "acme-recall").replace("{title}", "A")),
                        "template")
    assert watch.title == "A" and watch.query.all_of
