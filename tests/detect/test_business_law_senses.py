"""A business wire's legal words in other senses, in our own words, each next to the true follow-up that shares
them: a judge's dismissal beside a party's, a fine talked of beside a fine imposed, a power or a rule beside a
sanction, a charge or a prosecution, and ore "fines", loan penalties and brokers' charges beside penalties imposed."""

from __future__ import annotations

import pytest

from tests.detect import cases

pytestmark = pytest.mark.pure

# A judge dismisses a suit or parts of claims (a ruling); a party dismisses claims "as baseless" (a denial).
DISMISSALS = [
    ("Okafor also dismissed parts of several separate claims brought by Velmont, while letting others go ahead.",
     False),
    ("Brandt dismissed Corvel's lawsuit after concluding the fund had not shown any purchase took place there.", False),
    ("He dismissed a number of other claims.", False),
    ("She dismissed most of the remaining counts against the trader.", False),
    ("Velmont dismissed the claims as baseless, a spokesman said.", True),
    ("The airline dismissed claims that its pilots were overworked.", True),
    ("A spokeswoman dismissed the reports as speculation.", True),
    ("The company dismissed the allegations in the article.", True),
]

CASES = [
    # a court's ruling is a legal act even where no party denies
    ("Judge Okafor dismissed the suit, ruling that the insurer had no standing.", "legal_action"),
    # a fine talked of or supposed, not imposed
    ("Penn said he might seek a reward, even if U.S. regulators imposed fines on Kestrel.", None),
    ("It is unclear whether the agency will pursue the case, much less impose any fines.", None),
    ("Dunmore Bank is nearing agreement on a fine of about $200 million, people familiar with the matter said.", None),
    ("Regulators imposed fines of $40 million on Kestrel last week.", "legal_action"),
    ("The agency fined Dunmore Bank $200 million on Thursday.", "legal_action"),
    ("Dunmore Bank agreed to pay a fine of $200 million to settle the case.", "legal_action"),
    # powers, standing rules and how a kind of deal works
    ("By expanding the commission's enforcement sanctions authority, the president is backing a weakened agency.",
     None),
    ("The tycoon used the web service to get around a government ban that forbids him from offering broadcast TV.",
     None),
    ("He said his office was often compared with foreign agencies, which prosecute far more companies for fraud.",
     None),
    ("Britain will bring in such agreements, whereby a company is charged but the prosecution is suspended.", None),
    ("The commission sanctioned the broker and barred its chief for life.", "legal_action"),
    ("Prosecutors charged the company with fraud on Tuesday.", "legal_action"),
    ("The agency prosecuted two traders for fraud last year.", "legal_action"),
    ("The regulator banned the broker from trading for six months.", "legal_action"),
    # a product, a contract's term and a price
    ("Miners agreed to sell iron ore fines at $0.90 per tonne unit and lump at $1.05.", None),
    ("The loans imposed steep penalties for early refinancings, the suit said.", None),
    ("New rules deregulated the commissions charged by brokerages in the 1970s.", None),
    ("The verdict left makers of players that support audio files open to claims from the patent owner.", None),
    ("The regulator imposed penalties of $3 million on the lender.", "legal_action"),
    ("Velmont files suit against its former auditor over the losses.", "legal_action"),
    ("The commission charged the broker with fraud on Tuesday.", "legal_action"),
]


@pytest.mark.parametrize(("text", "found"), DISMISSALS)
def test_dismissal(text: str, found: bool) -> None:
    cases.finds(text, "denial", found)


@pytest.mark.parametrize(("text", "kind"), CASES)
def test_case(text: str, kind: str | None) -> None:
    cases.states(text, kind)
