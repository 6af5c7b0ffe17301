"""False alarms found in full articles from a crypto outlet (a study split by URL, tuned on one half), in our own
words: mining chips called ASICs, a rule or a regulator that clarifies a rule, a market-cycle chart's denial zone,
each next to the follow-ups that share its words."""

from __future__ import annotations

import pytest

from tests.detect import cases

pytestmark = pytest.mark.pure


# (text, a kind that must be found, or None for no event at all)
CASES = [
    # p29's spent half B: a suit foretold ("going to get sued"), a page template's instruction
    ("He is going to get sued by every lender he misled.", None),
    ("He was sued by every lender he misled.", "legal_action"),
    ("Edit the caption here or remove the text.", None),
    ("The site removed the post after complaints from readers.", "retraction"),
    # ASIC as a mining chip, not Australia's regulator
    ("To scale up, the miner has locked in key ASIC orders for its new site in Ohio.", None),
    ("Hashfield said its new ASIC miners would arrive by October.", None),
    ("ASIC ordered Brindle Capital to stop offering its yield product last week.", "legal_action"),
    ("The regulator ASIC sued Brindle Capital in federal court over its yield product.", "legal_action"),
    # a rule explained by a rule-maker is no denial and no newsroom's clarification
    ("In April, the regulator clarified that stablecoins do not qualify as securities if used only for payments.",
     None),
    ("The support page clarifies that not all users in the bloc are affected.", None),
    ("The updated rules clarify token issuance and who may distribute it, a lawyer told the paper.", None),
    ("Lumo Exchange clarified that it is not in talks to buy Vantor, calling the report baseless.", "denial"),
    ("The exchange denied the report that it had frozen user withdrawals.", "denial"),
    # a stage of a market cycle on a chart
    ("The token's NUPL has moved into the belief-denial zone, the chart shows.", None),
    ("Holders are now in the denial phase of the cycle, an analyst said.", None),
    ("Kestrel's founder denied reports that insiders dumped the token.", "denial"),
]


@pytest.mark.parametrize(("text", "kind"), CASES)
def test_case(text: str, kind: str | None) -> None:
    found = cases.kinds(text)
    if kind is None:
        assert found == [], found
    else:
        assert kind in found, found
