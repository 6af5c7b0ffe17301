"""A pronoun that opens a sentence stands for the name the sentence before opens with, in our own words; where the
pronoun undergoes the legal act ("He was charged", "She had been granted an order") that one is no doer of it (a
court or a prosecutor acted, unnamed), while an act the pronoun does ("He pleaded guilty", "It apologised") stays
the referent's."""

from __future__ import annotations

import pytest

from tests.detect import cases

pytestmark = pytest.mark.pure


@pytest.mark.parametrize(("body", "kind", "doer"), [
    ("Tam Reed spoke at length, court papers say. He was charged with fraud in May.", "legal_action", ""),
    ("Orla Benn left the court smiling. She had been granted a restraining order against him.", "legal_action", ""),
    ("Kestrel Bank was contacted on Monday. It was fined $2 million by the regulator.", "legal_action", "regulator"),
    # the pronoun acts: the referent is the doer
    ("Tam Reed spoke at length. He pleaded guilty in May.", "legal_action", "Tam Reed"),
    ("Orla Benn was furious. She has filed a lawsuit against the council.", "legal_action", "Orla Benn"),
    ("Kestrel Bank was contacted on Monday. It was fined $2 million and apologised to customers.", "apology",
     "Kestrel Bank"),
])
def test_pronoun_legal_receiver(body: str, kind: str, doer: str) -> None:
    assert cases.actor("Court news", body, kind) == doer
