"""Who acts when a name is followed by its market code, in our own words: "Zephyr Labs (ZPH) denied" is Zephyr Labs's
denial, not ZPH's; a short form that spells the name's initials ("the Northland Securities Board (NSB)") stays the
doer's name."""

from __future__ import annotations

import pytest

from tests.detect import cases

pytestmark = pytest.mark.pure

CASES = [
    ("Token issuer rejects claims", "Zephyr Labs (ZPH) has denied the report, saying its coin is no security.",
     "denial", "Zephyr Labs"),
    ("Exchange sues", "Quillpay (NASDAQ: QPY) sued the state regulator on Monday over its licence.", "legal_action",
     "Quillpay"),
    ("Exchange sues", "Quillpay (QPY 2.1%) sued the state regulator on Monday over its licence.", "legal_action",
     "Quillpay"),
    ("Board sues", "The Northland Securities Board (NSB) sued Quillpay on Monday.", "legal_action", "NSB"),
]


@pytest.mark.parametrize(("title", "body", "kind", "who"), CASES)
def test_who_acts(title: str, body: str, kind: str, who: str) -> None:
    assert cases.actor(title, body, kind) == who
