"""Crypto-news sentences, in our own words, where a ruling is only awaited or possible ("once the court rules", "the
judge could order"), a "rebuttal" names a stage or a chance rather than a denial made, and "we now know" looks back
rather than corrects; each next to the true follow-up that shares its words."""

from __future__ import annotations

import pytest

from tests.detect import cases

pytestmark = pytest.mark.pure

CASES = [
    # legal_action: a present-tense ruling waited on, and an order only possible
    ("Quillpay said it would restart its token review once the court rules on the motion.", None),
    ("The exchange will revisit its listings as soon as the court rules.", None),
    ("Traders are eager to see how the judge rules, and prices may swing either way.", None),
    ("The judge can make such an order, but validators would not be bound by it, a lawyer said.", None),
    ("A magistrate could order the two firms to meet for a settlement talk, analysts said.", None),
    ("Court rules Zephyr token sales on exchanges are not securities", "legal_action"),
    ("A federal judge ordered Quillpay to hand over its audited statements by March.", "legal_action"),
    ("The token jumped after a judge ruled that its public sales were not securities.", "legal_action"),
    # denial: a rebuttal as a stage of a process, or a chance withheld
    ("The agency set Nov. 14 as the cutoff date for rebuttal comments on the fund filings.", None),
    ("The slide came just before the weekend, denying the market a chance for a rebuttal.", None),
    ("Quillpay issued a sharp rebuttal to the report, calling it false.", "denial"),
    # correction: hindsight, not a piece corrected
    ("We now know that the Zephyr-pegged coin was not always fully backed.", None),
    ("We now know that the founder had been planning the move for months.", None),
    ("We now understand that the photograph was taken in 2019, not 2021 as first reported.", "correction"),
]


@pytest.mark.parametrize(("text", "kind"), CASES)
def test_case(text: str, kind: str | None) -> None:
    cases.states(text, kind, outlet="The Daily Ledger")
