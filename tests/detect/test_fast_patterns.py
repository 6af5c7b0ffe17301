"""Patterns rewritten for speed find what the plain forms find: a Caseless pattern what the same pattern with
re.IGNORECASE finds (ASCII or not), and the sentence-end patterns what the original single pattern finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.detect import sentences
from monitor.detect.caseless import Caseless
from monitor.detect.context import _POLICY
from monitor.detect.parties import _KNOWN_RE

pytestmark = pytest.mark.pure

# The sentence-end pattern as first written: one alternative per kind of end.
REFERENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*(?=\s+[\"'“‘«(\[*]*[A-ZА-ЯЁ0-9(\[*])|\n+|\s\|\s")
END_CHARS = list(".!?… \n\t\r\xa0|\"'”’»)]“‘«([*Aa0Яяx")

CASELESS = [
    r"\b(?:said|says|told|заявил\w*)\b",
    r"(?<!\w)(reuters|рейтер|the ap|sec)(?:['’]s?|ом|а)?(?!\w)",
    r"^\W*(?:when|if)\s+(?:an?|you|we)\b",
    r"\b(?:going|about)\s+to\s+\S+\s*$",
]
TEXT_CHARS = [*"aAsSeEcC rRuUtT'’.,\n-саСАеЕЁёᲀвВ\u017f\u212a", "said", "SAID", "Reuters", "РЕЙТЕР", "when ",
              "The AP"]


def _found(matches: list[re.Match[str]]) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(END_CHARS), max_size=24).map("".join))
def test_sentence_ends_are_the_reference_patterns(text: str) -> None:
    ends = sentences._END if "|" in text else sentences._END_NO_BAR
    assert [(m.span(), m.group()) for m in ends.finditer(text)] == [
        (m.span(), m.group()) for m in REFERENCE_END.finditer(text)]
    assert [(m.span(), m.group()) for m in sentences._END.finditer(text)] == [
        (m.span(), m.group()) for m in REFERENCE_END.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(CASELESS), st.lists(st.sampled_from(TEXT_CHARS), max_size=16).map("".join))
def test_caseless_finds_what_ignorecase_finds(pattern: str, text: str) -> None:
    plain, fast = re.compile(pattern, re.IGNORECASE), Caseless(pattern)
    assert _found(list(fast.finditer(text))) == _found(list(plain.finditer(text)))
    assert bool(fast.search(text)) == bool(plain.search(text))
    assert bool(fast.match(text)) == bool(plain.match(text))
    assert fast.remove(text) == plain.sub("", text)
    assert fast.remove(text, 1) == plain.sub("", text, count=1)


@pytest.mark.parametrize("text", ["Reuters said", "A Reuters spokesman", "Рейтер сообщил", "the SEC's case",
                                  "ᲀ Reuters", "Kelvin \u212a reuters", "no name here"])
def test_known_names_at_the_same_offsets(text: str) -> None:
    plain = re.compile(_KNOWN_RE.pattern, re.IGNORECASE)
    assert [(m.span(), m.group(1).casefold()) for m in _KNOWN_RE.finditer(text)] == [
        (m.span(), m.group(1).casefold()) for m in plain.finditer(text)]


POLICY_WORDS = ["corrections", "Policy", "policies", "code", "of", "ethics", "Conduct", "guidelines", "editorial",
                "standards", "our", "principles", "FAQ", "faqs", "help", "center", "centre", "how", "to", "we", "what",
                "is", "are", "an", "a", "the", "does", "mean", "definition", "glossary", "terms", "privacy", "notice",
                "disclaimer", "about", "us", "style", "guide", "styleguide", "handbook", "template", "sample",
                "letter", "Binance", "denies", "report", "политика", "как", "написать", "-", ":", "?", "'", "\u017f"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(POLICY_WORDS), max_size=8), st.sampled_from([" ", "", "  ", "-"]))
def test_policy_pattern_with_its_word_check_finds_what_it_found(words: list[str], joiner: str) -> None:
    title = joiner.join(words)
    assert bool(_POLICY.search(title)) == bool(re.compile(_POLICY.pattern, re.IGNORECASE).search(title))


@pytest.mark.parametrize("title", ["Corrections policy", "CORRECTIONS POLICY", "Binance denies Reuters report",
                                   "Политика исправлений", "Help", "What does 'retraction' mean?"])
def test_policy_titles_as_before(title: str) -> None:
    assert bool(_POLICY.search(title)) == bool(re.compile(_POLICY.pattern, re.IGNORECASE).search(title))


def test_a_caseless_pattern_is_written_in_lower_case() -> None:
    with pytest.raises(ValueError, match="lower case"):
        Caseless(r"\bReuters\b")
    assert Caseless(r"\W\S").search("a b") is not None  # \W and \S are escapes, not upper-case letters
