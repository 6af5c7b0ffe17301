"""The prefilter never changes a result: detect() equals detect() reading every sentence, on real text and on
sentences made up of the lexicon's own words in every written form."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.detect.classify import read_jsonl, to_docs
from monitor.detect.followups import detect
from monitor.detect.lemmas import forms_of
from monitor.detect.lexicon import RULES
from monitor.detect.prefilter import HEADING_WORDS, anchor_literals, candidate
from monitor.models import Doc
from monitor.text import html_to_text
from tests.conftest import CORPUS as SHARED
from tests.detect.test_followup_cases import CASES

pytestmark = pytest.mark.pure

REPO = Path(__file__).resolve().parents[2]
LABELLED = REPO / "tests" / "data" / "followups.jsonl"
FOLLOWUPS = SHARED / "followups" / "items.jsonl"


def _same(doc: Doc, previous: Doc | None = None) -> None:
    assert detect(doc, previous) == detect(doc, previous, every_sentence=True), doc


def test_every_anchor_form_holds_a_literal() -> None:
    literals = anchor_literals()
    for rule in RULES:
        for anchor in rule.anchors:
            for form in forms_of(anchor):
                assert any(lit in form for lit in literals), (rule.name, anchor, form)


def test_a_sentence_without_any_literal_is_skipped() -> None:
    assert not candidate("Stocks rose on Tuesday in thin trading.")
    assert candidate("The ministry denied it.") and candidate("(Adds analyst quote)")
    assert not candidate("Shares of the firm that adds value rose.")  # "adds" counts only where a line starts


def test_labelled_set_and_case_tables() -> None:
    with LABELLED.open(encoding="utf-8") as lines:
        for where, obj in read_jsonl(lines, "labelled"):
            _same(*to_docs(obj, where))
    for text, _kind in CASES:
        _same(Doc(body=text, outlet="Bugle"))


def test_shared_corpus(corpus: Path) -> None:
    pages = sorted((corpus / "pages").rglob("*.html"))
    for path in pages[:60]:
        _same(Doc(body=html_to_text(path.read_text(encoding="utf-8", errors="replace")), outlet="Outlet"))
    if not FOLLOWUPS.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"the shared follow-up corpus is missing at {FOLLOWUPS}")
        pytest.skip(f"the shared follow-up corpus is not at {FOLLOWUPS}")
    for line in FOLLOWUPS.read_text(encoding="utf-8").splitlines():
        _same(*to_docs(json.loads(line)))


_FORMS = sorted({f for rule in RULES for a in rule.anchors for f in forms_of(a) if f.isalpha()})
_WORDS = _FORMS + list(HEADING_WORDS) + [
    "the", "a", "we", "our", "it", "not", "never", "has", "been", "was", "said", "that", "to", "of", "report",
    "story", "Reuters", "Binance", "on", "Monday", "would", "if", "demanded", "refused", "(", ")", ",", ":", "-",
    "\"", "Correction", "UPDATE", "Editor's", "Note", "Adds", "by", "in", "fact", "редакция", "не", "статья"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=14), min_size=1, max_size=4),
       st.booleans())
def test_made_up_sentences(lines: list[list[str]], capitalise: bool) -> None:
    text = "\n".join(" ".join(words) + "." for words in lines)
    _same(Doc(body=text.capitalize() if capitalise else text, outlet="Bugle"))
    _same(Doc(title=" ".join(lines[0]), body=text, outlet="Bugle"))


@pytest.mark.parametrize("sentence", [
    "Court report fine data client bank token policy",  # the slots' words, no rule's pattern: nothing to read
    "The paper later corrected the report and apologised to Orla Benn.",
    "Kestrel Corp. denied the report, which it called false.",
    "The exchange was fined by the regulator, a court report said.",
    "A fine correction of course: the data were never in doubt.",
    "Acme did not deny the report.",
])
def test_the_skim_finds_the_rules_a_reading_would(sentence: str) -> None:
    from monitor.detect.frames import read as read_frames
    from monitor.detect.lemmas import read
    from monitor.detect.skim import matching

    rules = matching(sentence)
    full: list[tuple[str, str]] = []
    readings = read_frames(read(sentence), "", full)
    assert rules is not None
    if not rules:
        assert readings == [] and full == []
    skimmed: list[tuple[str, str]] = []
    assert read_frames(read(sentence), "", skimmed, rules) == readings and skimmed == full


def test_a_sentence_no_rule_matches_is_not_read_as_tokens(monkeypatch: pytest.MonkeyPatch) -> None:
    from monitor.detect import followups

    def unread(sentence: str) -> None:
        raise AssertionError(f"read as tokens: {sentence}")

    monkeypatch.setattr(followups, "lemmatise", unread)
    assert followups._sentence_events("Court report fine data client bank token policy", "", False, "") == {}
