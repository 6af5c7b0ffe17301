"""Words read as other words on wire copy, in our own words: a subheading in capitals run into the sentence after it
(its words read as that sentence's subject, or its "NOT" as the sentence's negation), a case caption's "v." read as a
sentence's end, and names that simplemma's dictionary files as pieces of other words ("Wan" as "want", "Hess" as
"he"). Each family next to the near misses that must stay as they were."""

from __future__ import annotations

import pytest

from monitor.detect.lemmas import fold, lemma
from monitor.detect.sentences import spans
from tests.detect import cases

pytestmark = pytest.mark.pure


@pytest.mark.parametrize(("text", "pieces"), [
    ("QUIET ON TALKS Brantwell Foods denied the report.", ["QUIET ON TALKS", "Brantwell Foods denied the report."]),
    ("NEW PROBE Three traders were charged.", ["NEW PROBE", "Three traders were charged."]),
    ("OSPREY REJECTS CLAIM JP Morgan said no.", ["OSPREY REJECTS CLAIM", "JP Morgan said no."]),
    # a firm's letters, a regulator's and a dateline's town open the sentence they belong to
    ("HSBC USA Inc denied the report.", ["HSBC USA Inc denied the report."]),
    ("US SEC Chairman Ann Roe said no.", ["US SEC Chairman Ann Roe said no."]),
    ("MAPLE GROVE, Ohio (Wire) - Two shareholders sued.", ["MAPLE GROVE, Ohio (Wire) - Two shareholders sued."]),
    ("UPDATE 2-US Airways denies report", ["UPDATE 2-US Airways denies report"]),
    # a case caption's "v." ends no sentence
    ("The lawsuit, Harlow v. Kestrel Bank, was filed.", ["The lawsuit, Harlow v. Kestrel Bank, was filed."]),
])
def test_sentence_pieces(text: str, pieces: list[str]) -> None:
    assert [text[a:b] for a, b in spans(text)] == pieces


CASES = [
    # subheadings run into a sentence
    ("RUMOURS NOT TRUE Kelvar Mining denied on Monday that it planned to sell its copper unit.", "denial", True),
    ("QUIET ON TALKS Brantwell Foods denied the report that it was in merger talks.", "denial", True),
    ("THE PATENT FIGHT Norvale Systems sued Pellick Devices in federal court on Tuesday.", "legal_action", True),
    ("NO DEAL YET Analysts at Corrin Bank said the merger would take months to close.", "denial", False),
    ("LOOKING AHEAD The retailer expects sales to rise 4 percent next year.", "legal_action", False),
    ("Kelvar Mining did not deny on Monday that it planned to sell its copper unit.", "denial", False),
    # a case caption
    ("The lawsuit, Harlow v. Kestrel Bank, was filed in federal court in Boston on Monday.", "legal_action", True),
    ("The lawsuit, Harlow v. Kestrel Bank, may be filed in federal court in Boston next month.", "legal_action", False),
    # names that are pieces of other words in simplemma's dictionary
    ("Wan Li, the chief executive, apologized to customers for the outage.", "apology", True),
    ("The customers want the chief executive to apologize for the outage.", "apology", False),
    ("Attorney General Tom Hess filed a lawsuit against the lender on Monday.", "legal_action", True),
    ("Don Pruitt, the company's spokesman, denied the report.", "denial", True),
    ("Don Pruitt, the company's spokesman, did not deny the report.", "denial", False),
]


@pytest.mark.parametrize(("text", "kind", "found"), CASES)
def test_case(text: str, kind: str, found: bool) -> None:
    cases.finds(text, kind, found)


@pytest.mark.parametrize(("body", "kind", "who"), [
    ("QUIET ON TALKS Brantwell Foods denied the report that it was in merger talks.", "denial", "Brantwell Foods"),
    ("THE PATENT FIGHT Norvale Systems sued Pellick Devices in federal court on Tuesday.", "legal_action",
     "Norvale Systems"),
])
def test_actor(body: str, kind: str, who: str) -> None:
    assert cases.actor("", body, kind) == who


@pytest.mark.parametrize(("word", "expected"), [
    ("wan", "wan"), ("don", "don"), ("hess", "hess"), ("ta", "ta"), ("na", "na"), ("gon", "gon"),
    ("wanted", "want"), ("does", "do"), ("he", "he"),  # the words themselves still read
])
def test_lemma(word: str, expected: str) -> None:
    assert lemma(fold(word)) == expected
