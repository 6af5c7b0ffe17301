"""Senses a full article's body gives a notice's words with no follow-up in them, in our own words, from a precision
study of full articles (one half tuned on, the other half later spent): a class of people, a price, advice to
apologise, another's mistakes, a thesis called a hoax, a launch scrubbed, a product updated, a scrape's lost
apostrophes, a rival charged with a debating fault, a halt shouted, a guest pressed on a claim, a first name that
reads as a verb, criticism shrugged off, a thesis built on a lie, a popular belief called untrue, a critic hit back
at and "climate change" as a noun; each beside a follow-up in nearby words."""

from __future__ import annotations

import pytest

from tests.detect import cases

pytestmark = pytest.mark.pure

CASES = [
    ('The governor signed an act that loosened the rules for workers who sue their bosses.', None),
    ('Four workers who sued their bosses over unequal pay won a settlement on Tuesday.', 'legal_action'),
    ('The workers sued their bosses over unequal pay last month.', 'legal_action'),
    ('Critics say she was treated lightly compared with other Canadians who have been prosecuted for smuggling.', None),
    ('She was prosecuted for smuggling in 2019 and served a year.', 'legal_action'),
    ('In 2011 the parliament imposed a life sentence for anyone who trafficked rare birds.', None),
    ('The regulator imposed a fine of $2 million on Norvale Bank for failing to report trades.', 'legal_action'),
    ('Tenants in the tower are required to pay their rent in cash only, according to the listing.', None),
    ('The broadcaster was ordered to pay damages of 40,000 pounds to the singer.', 'legal_action'),
    ('The councillor singled out Westbury Council as charging 480 pounds a time for the permits.', None),
    ('He singled out the Harbour Authority as charging 90 a night for the moorings.', None),
    ('Police charged 3 men with arson after the fire at the depot.', 'legal_action'),
    ('Westbury Council charged the landlord with breaching fire safety rules.', 'legal_action'),
    ('In the debate he charged the senator with repeatedly misrepresenting his record on taxes.', None),
    ('Prosecutors charged the senator with misusing campaign funds.', 'legal_action'),
    ('"I told him to wait a week and make apologies," his manager said.', None),
    ('He made his apologies to the team on Monday.', 'apology'),
    ('Sorry to be the bearer of bad news, the coach told reporters, but the striker is out for the season.', None),
    ('The airline said it was sorry for the delays and offered refunds.', 'apology'),
    ('Only prisoners who have shown remorse are allowed into the scheme, the charity says.', None),
    ('The driver showed remorse in court and apologised to the family.', 'apology'),
    ('"We learned a lot from their mistakes," the coach said of the rival club.', None),
    ("We made a mistake in Tuesday's article about the council budget.", 'correction'),
    ('The ministry batted away criticism while dismissing what it sees as a meaningless deadline.', None),
    ('The ministry dismissed the report as "fiction".', 'denial'),
    ('Buyers are rejecting them in favour of electric hatchbacks.', None),
    ('The club rejected the report that its manager had resigned.', 'denial'),
    ('The senator, who has called the media "corrupt" and "fake", skipped the dinner.', None),
    ('The senator called the report "fake" and said no meeting took place.', 'denial'),
    ('The mayor has claimed that the housing crisis is a myth.', None),
    ('The mayor claimed that the reports were false.', 'denial'),
    ("Kovac's unfounded claim that the vote was rigged spread quickly online.", None),
    ('In March the singer lashed out at her former manager after pictures emerged of him at the awards.', None),
    ('The singer lashed out at the tabloid over its story about her divorce.', 'denial'),
    ('Many of the stories came from families denied housing because of their names.', None),
    ('The embassy denied the reports.', 'denial'),
    ('The team was due to fly out on Friday before being taken by coach to the stadium.', None),
    ('The article was taken down after the family complained.', 'retraction'),
    ("Saturday's launch was scrubbed due to a valve issue.", None),
    ('The magazine scrubbed the post from its website on Sunday.', 'retraction'),
    ('As part of its push, the company has updated its product range and added new features to its app.', None),
    ('This story has been updated with comment from the ministry.', 'update'),
    ('Priya Rao has claimed that the four-day week is a fad.', None),
    ('Priya Rao has claimed that the story was false.', 'denial'),
    ('Some members of the gang were convicted of arson in the 1980s.', 'legal_action'),
    # the spent half
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
    cases.states(text, kind)
