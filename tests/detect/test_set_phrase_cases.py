"""Set phrases and page furniture that hold a notice's words, in our own words, each next to the true follow-up that
shares them: an event free of charge and a product's use cases beside charges and cases brought, regulators putting
their houses in order beside a court's order, a speaker finding a rule refreshing beside a story refreshed, a page's
ad button beside a post removed, a judge denying a motion (or a rehearing "denied by the board") beside a party
denying a report, a case "brought up" in talk beside one brought, "alleged" before a noun beside an allegation made,
a maxim of forgiveness beside an apology, and an investment idea called speculative beside a story called so."""

from __future__ import annotations

import pytest

from tests.detect import cases

pytestmark = pytest.mark.pure

CASES = [
    # legal action: "free of charge", "use cases", "houses in order"
    ("The tasting evening at Pellmoor Hall is free of charge and open to all residents.", None),
    ("Prosecutors charged the Pellmoor treasurer with fraud on Monday.", "legal_action"),
    ("The new Quillon chain brings about fresh use cases for small merchants, its founder said.", None),
    ("Quillon brought a case against the payments board in March.", "legal_action"),
    ("Lenders will need to get their houses in order before the rules take effect, Dara Vosk said.", None),
    ("A judge ordered Quillon to pay the merchants $40,000.", "legal_action"),
    # update: "refreshing"
    ("It's refreshing to see a regulator welcome stablecoins, the Quillon chief said.", None),
    ("This story has been updated to add the board's reply.", "update"),
    # retraction: an ad button on the page
    ("Story continues below Advertisement Remove Ad", None),
    ("The Pellmoor Courier removed the article from its website on Friday.", "retraction"),
    # denial: a request turned down by a court or an authority
    ("Judge Omara denied the agency's motion to pause the case.", None),
    ("The commission's denial of the Tarvik trust's listing was overturned in August.", None),
    ("Tarvik denied the allegations in a statement on Tuesday.", "denial"),
    ("Tarvik denied reports that it had moved customer funds.", "denial"),
    ("The two utilities sought a rehearing (denied by the board) and then went to the high court.", None),
    ("The utility's spokesman denied the board's account of the meeting.", "denial"),
    # legal action: a case "brought up" in talk is mentioned, not brought
    ("Dara Vosk brought up the Pellmoor case again and said it showed the rule was muddled.", None),
    ("Dara Vosk brought a case against Pellmoor over the unpaid fees.", "legal_action"),
    # legal action: "alleged" qualifying a noun is a word for what is said, not an authority alleging it
    ("The sector was already facing scrutiny by the SEC over alleged breaches of the rules.", None),
    ("The SEC is looking into alleged fraud at the Tarvik exchange, traders said.", None),
    ("Prosecutors opened an investigation into Tarvik over alleged fraud.", "legal_action"),
    ("The SEC alleged that Tarvik sold unregistered tokens to retail buyers.", "legal_action"),
    # apology: "ask forgiveness, not permission" is a maxim
    ("Their model is to ask forgiveness, not permission, and hope the law catches up late.", None),
    ("Quillon apologised to its users and asked for their forgiveness after the outage.", "apology"),
    # denial: an idea called speculative in a writer's own voice is advice, not a dispute
    ("Like the Tarvik coin, this idea is rather speculative, and you may prefer a plainer holding.", None),
    ("This story is speculative and false, the Tarvik spokesman said.", "denial"),
]


@pytest.mark.parametrize(("text", "kind"), CASES)
def test_case(text: str, kind: str | None) -> None:
    cases.states(text, kind)
