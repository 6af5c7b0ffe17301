"""Cases from the spent held-out half of a precision study of full articles (own words): a scrape's lost apostrophes,
a rival charged with a debating fault, a halt shouted, a guest pressed on a claim, a first name that reads as a
verb, criticism shrugged off, a thesis built on a lie, a popular belief called untrue, a critic hit back at and
"climate change" as a noun, each beside a follow-up in nearby words."""

from __future__ import annotations

import pytest

from monitor.detect.followups import detect
from monitor.models import Doc

pytestmark = pytest.mark.pure

CASES = [
    ('The two men hadn t been charged by Friday evening.', None),
    ('No, Harlow s agency wasn t charging the council for the advice.', None),
    ('The two men had been charged with burglary by Friday evening.', 'legal_action'),
    ("She didn t apologize for the remark, her spokesman said.", None),
    ('She apologized for the remark, her spokesman said.', 'apology'),
    ('Dalton also charged Pruitt with changing his positions on trade.', None),
    ('In the debate Varga charged her rival with dodging questions about the budget.', None),
    ('The mayor charged the council with dragging its feet on housing.', None),
    ('Prosecutors charged Pruitt with laundering campaign money.', 'legal_action'),
    ('Police charged the driver with speeding and dangerous driving.', 'legal_action'),
    ('The SEC charged the fund manager with defrauding investors.', 'legal_action'),
    ('Prosecutors charged him with possessing stolen goods.', 'legal_action'),
    ('Iran charged the reporter with spying for a foreign power.', 'legal_action'),
    ('The guards ordered him to stop and then fired.', None),
    ('A judge ordered him to stop contacting the witness.', 'legal_action'),
    ('In the interview, Dana repeatedly pressed the senator on his claims that the plan was a success.', None),
    ('The attorney general pressed charges against the senator.', 'legal_action'),
    ('Sue Halloran has four grandchildren but rarely sees them.', None),
    ('Sue Ellis, 62, says the garden is her pride.', None),
    ('Sue, 58, pauses before answering.', None),
    ('Sue spends her mornings sorting old letters into piles.', None),
    ('Sue said she had never been so tired.', None),
    ('Sue Halloran sued the council over the planning decision.', 'legal_action'),
    ('Sue the council, the campaigners urged their neighbours.', 'legal_action'),
    ('Pell brushes off leaked criticism from party donors', None),
    ('The minister brushed off criticism of her budget at a rally.', None),
    ('The minister brushed off the report as "nonsense".', 'denial'),
    ('The minister brushed off the allegations as politically motivated.', 'denial'),
    ("Harmon downplayed attacks like the bombing in the market, saying they do not reflect the group's strength.",
     None),
    ('Harmon denied the report, saying it did not reflect the facts.', 'denial'),
    ('The veteran said he knew he didn\'t belong in that crowd.', None),
    ('Nolan also took issue with comments his rival made during the last debate.', None),
    ("The ministry took issue with the report's findings, calling them flawed.", 'denial'),
    ('That whole campaign is built on a complete lie.', None),
    ('"The whole policy is based on a lie that the town cannot afford it."', None),
    ('"The story is a complete lie," her lawyer said.', 'denial'),
    ('The spokesman called the report a total lie.', 'denial'),
    ('While some people think cold showers cure a cold, nothing could be further from the truth, according to '
     'Dr Amal Reyes, a physician.', None),
    ('The company said the report was wrong: "Nothing could be further from the truth."', 'denial'),
    ('Times columnist blasted by readers for climate piece', None),
    ('The ministry blasted the report as false.', 'denial'),
    ('Lena Morris shows off her tan on holiday in Ibiza... but hits back at trolls with emotional tweets', None),
    ('Lena Morris hits back at reports she has split from her fiance', 'denial'),
    ('The minister hit back at the report, calling it a smear.', 'denial'),
    ('Times subscribers are cancelling in wake of climate change column', None),
    ("The paper changed the column's headline after readers complained.", 'correction'),
    ('The Herald changes headline on climate story after complaints', 'correction'),
]


@pytest.mark.parametrize(("text", "kind"), CASES)
def test_case(text: str, kind: str | None) -> None:
    kinds = {e.kind for e in detect(Doc(body=text, outlet="The Daily Bugle"))}
    if kind:
        assert kind in kinds, kinds
    else:
        assert not kinds, kinds
