"""The detector's prefilter never changes a result: required literals are sound, detect agrees without them."""

from __future__ import annotations

import re
from pathlib import Path

import feedparser
import pytest

from monitor.detect import followups, wording
from monitor.detect.classify import read_jsonl, to_docs
from monitor.detect.followups import detect, sentences
from monitor.detect.prefilter import Prefilter, fold, required
from monitor.models import Doc
from monitor.text import html_to_text

pytestmark = pytest.mark.pure

REPO = Path(__file__).resolve().parents[2]
LABELLED = REPO / "tests" / "data" / "followups.jsonl"


class _Everything:
    """A prefilter that lets every rule run: the detector as it was before the prefilter."""

    def candidates(self, text: str) -> set[int]:
        return set(range(len(wording.RULES)))


def _labelled() -> list[tuple[Doc, Doc | None]]:
    return [to_docs(obj, where) for where, obj in read_jsonl(LABELLED.read_text(encoding="utf-8").splitlines())]


def _corpus_docs(corpus: Path) -> list[Doc]:
    docs = [Doc(url="", outlet=path.parent.name, body=html_to_text(path.read_text(errors="replace")))
            for path in sorted((corpus / "pages").rglob("*.html"))]
    for path in sorted(p for p in (corpus / "feeds").glob("*") if p.is_file()):
        parsed = feedparser.parse(path.read_bytes(), sanitize_html=False, resolve_relative_uris=False)
        docs += [Doc(url=e.get("link", ""), outlet=parsed.feed.get("title", ""), title=e.get("title", ""),
                     summary=html_to_text(e.get("summary", "")), body=html_to_text(
                         " ".join(c.get("value", "") for c in e.get("content", []))))
                 for e in parsed.entries]
    return docs


@pytest.mark.parametrize(("pattern", "flags", "need"), [
    (r"\bcorrected\b", re.I, {"corrected"}),
    (r"\b(?:sued|sues|suing)\b", re.I, {"sued", "sues", "suing"}),
    (r"apologi[sz]e", re.I, {"apologise", "apologize"}),
    (r"(?:full |formal )?retraction", re.I, {"retraction"}),  # the optional words add no requirement
    (r"\bWITHDRAWN\b", 0, {"withdrawn"}),  # casefolded: a case-sensitive pattern is still covered
    (r"\w+ (?:false|untrue)\b", re.I, {" false", " untrue"}),
    (r"stands?|stood", re.I, {"stand", "stood"}),  # "stands" contains "stand"
    (r"^\W*(?:[A-Z]\w+)+$", 0, None),  # nothing literal: the pattern always runs
    (r"a|\w+", re.I, None),  # one branch requires nothing, so the alternation requires nothing
    (r"(?=withdrawn)\w+", re.I, None),  # lookarounds are not read
    (r"ИЗВИНИЛСЯ", re.I, {"извинился"}),
])
def test_required_literals(pattern: str, flags: int, need: set[str] | None) -> None:
    got = required(re.compile(pattern, flags))
    assert (None if got is None else set(got)) == need


@pytest.mark.parametrize("text", [
    "REUTERS STANDS BY ITS REPORTING.", "Binance DENIED the report.", "This story has been CORRECTED to show",
    "The ſtory was ſued over", "Binance DENİED the report", "РЕДАКЦИЯ ИЗВИНИЛАСЬ перед читателями.",
    "We’ve updated this story with comment.", "“Correction: An earlier version misstated the date.”",
    "Binance hit back at the Reuters’ “false” claims.", "The SEC charged Binance with fraud.",
    "UPDATE 2-Binance sues Reuters", "Материал был снят с публикации.", "In an earlier version, we misspelled",
])
def test_every_matching_rule_is_a_candidate(text: str) -> None:
    possible = followups._prefilter().candidates(text)
    matching = {i for i, rule in enumerate(wording.RULES) if rule.pattern.search(text)}
    assert matching, f"the table case matches no rule: {text!r}"
    assert matching <= possible


def test_candidates_leave_rules_out() -> None:
    assert followups._prefilter().candidates("Bitcoin rose 3% on Tuesday as markets rallied.") < set(
        range(len(wording.RULES)))


def test_fold_agrees_with_ignorecase_for_every_trigger_character() -> None:
    """Any character re's IGNORECASE equates with a character of a trigger folds to that character's fold."""
    alphabet = sorted({c for word in followups._prefilter().words for c in word})
    anyof = re.compile("[" + "".join(re.escape(c) for c in alphabet) + "]", re.IGNORECASE)
    for code in range(0x110000):
        char = chr(code)
        if anyof.fullmatch(char):
            for c in alphabet:
                if re.fullmatch(re.escape(c), char, re.IGNORECASE):
                    assert fold(char) == fold(c), (hex(code), c)


def test_sound_on_every_sentence_of_the_labelled_set_and_the_corpus(corpus: Path) -> None:
    docs = [doc for doc, _ in _labelled()] + _corpus_docs(corpus)
    checked = 0
    for doc in docs:
        for sentence in sentences(doc.text):
            possible = followups._prefilter().candidates(sentence)
            for i, rule in enumerate(wording.RULES):
                if rule.pattern.search(sentence):
                    assert i in possible, (rule.kind, rule.pattern.pattern[:60], sentence)
                    checked += 1
    assert checked > 300  # the data exercise the rules


def test_detect_identical_with_and_without_prefilter(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pairs = _labelled() + [(doc, None) for doc in _corpus_docs(corpus)]
    fast = [detect(doc, previous) for doc, previous in pairs]
    monkeypatch.setattr(followups, "_prefilter", _Everything)
    slow = [detect(doc, previous) for doc, previous in pairs]
    assert fast == slow
    assert sum(map(len, slow)) > 200


def test_prefilter_without_literals_runs_the_pattern() -> None:
    pre = Prefilter([re.compile(r"\w+"), re.compile(r"\bdenied\b", re.I)])
    assert pre.candidates("nothing here") == {0}
    assert pre.candidates("Binance Denied it") == {0, 1}
