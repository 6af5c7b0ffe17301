"""Who acts when a subordinate clause with a pronoun comes first (p50's tuning half A of a set of mainstream US
political news, in our own words): the name after the clause's comma is the main subject and the doer; with no
name there, the sentence's first subject still is."""

from __future__ import annotations

import pytest

from tests.detect import cases

pytestmark = pytest.mark.pure

CASES = [
    # the main clause's own subject, after a subordinate clause that a pronoun continues
    ("When the county clerk told Open Ledger Project that it held no records, Open Ledger Project filed a lawsuit.",
     "legal_action", "Open Ledger Project"),
    ("After the utility said that it would not release the audit, the Harlow Tenants Union sued the company.",
     "legal_action", "Harlow Tenants Union"),
    ("Because the mayor insisted that he had done nothing wrong, Edda Morrow filed a complaint in court.",
     "legal_action", "Edda Morrow"),
    # no name after the comma: the pronoun's clause still belongs to the sentence's first subject
    ("Corvel Bank said it was wrong and it has apologised to the customers.", "apology", "Corvel Bank"),
    ("The Marlow Courier admitted the figures were wrong, and it has since corrected the article.", "correction",
     "Marlow Courier"),
]


@pytest.mark.parametrize(("body", "kind", "doer"), CASES)
def test_subject_after_a_pronoun_clause(body: str, kind: str, doer: str) -> None:
    assert cases.actor("", body, kind) == doer
