"""False alarms found in crypto news (a study split by URL: one half tuned on, the other later spent), in our own
words, each next to the follow-ups that share its words: mining chips called ASICs, a rule or a regulator that
clarifies a rule, a market-cycle chart's denial zone, a suit foretold, a page template's instruction, someone's lies
named and a defendant's words called false by an accuser, software or a law that removes or takes down no
publication, sanctions lifted and charges only welcomed, updates given as news, a deception under false pretenses."""

from __future__ import annotations

import pytest

from tests.detect import cases

pytestmark = pytest.mark.pure

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
    # the spent half
    # an accusation names someone's lies; a party that calls a report a lie denies it
    ("Investors said the promoter's blatant lies paid for his yachts and villas in Marbella.", None),
    ("The liquidators argued that the exchange founder's outright lies drained customer accounts.", None),
    ("The exchange called the newspaper's report a blatant lie.", "denial"),
    ("Velmont said the story was a complete fabrication.", "denial"),
    # a defendant's words called false by an accuser: a charge's content
    ("The lender also told depositors that every loan was fully collateralised, which regulators say was untrue.",
     None),
    ("The platform told users all deposits were insured, which the complaint says was false.", None),
    ("The company said the report was false and inaccurate.", "denial"),
    ("Ostrava Pay said in a statement that the article was false.", "denial"),
    # what software or a product removes is no publication
    ("The Dunmore upgrade has taken a pile of redundant checks the chain was running and removed it.", None),
    ("Smart wallets still remove a major barrier to entry for first-time users.", None),
    ("The new protocol version removes a hurdle for small validators.", None),
    ("The Daily Ledger has removed the article after questions about its sourcing.", "retraction"),
    ("The blog removed the entry and apologised to readers.", "retraction"),
    # a law's name is no take-down
    ("The governor signed the TAKE IT DOWN Act into law last spring.", None),
    ("The magazine said the post had been taken down.", "retraction"),
    ("The editor agreed to take the video down.", "retraction"),
    # a penalty ended, charges welcomed: no legal act brought
    ("On May 3, the Treasury lifted sanctions imposed on the Corvex mixer two years ago.", None),
    ("The State Department eased sanctions against three shipping firms in June.", None),
    ("On May 3, the Treasury imposed sanctions on the Corvex mixer.", "legal_action"),
    ("The Treasury sanctioned the Corvex mixer in 2023.", "legal_action"),
    ("We are working with the FBI and welcome law enforcement's pursuit of criminal charges against the thieves.",
     None),
    ("The firm said it supported the pursuit of charges against those responsible.", None),
    ("Prosecutors filed criminal charges against the two thieves on Tuesday.", "legal_action"),
    # updates given are news, not a story updated; a deception under false pretenses calls nothing false
    ("The exchange said it is providing ongoing updates about the outage and its recovery plan.", None),
    ("The ministry opened an inquiry; it hadn't published updates on the case as of June 2.", None),
    ("This story has been updated with comment from the exchange.", "update"),
    ("The article was updated to include the company's response.", "update"),
    ("The gang set up a video call with the treasurer and persuaded him to wire funds under false pretenses.", None),
    ("The minister called the report false.", "denial"),
]


@pytest.mark.parametrize(("text", "kind"), CASES)
def test_case(text: str, kind: str | None) -> None:
    cases.states(text, kind)
