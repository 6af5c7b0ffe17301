"""Cases from a precision study of full articles (own words): the senses a long story's body gives a notice's
words with no follow-up in them (a class of people, a price, advice to apologise, another's mistakes, a thesis
called a hoax, a launch scrubbed, a product updated), each beside a follow-up in the same words."""

from __future__ import annotations

import pytest

from monitor.detect.followups import detect
from monitor.models import Doc

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
]


@pytest.mark.parametrize(("text", "kind"), CASES)
def test_case(text: str, kind: str | None) -> None:
    kinds = {e.kind for e in detect(Doc(body=text, outlet="The Daily Bugle"))}
    if kind:
        assert kind in kinds, kinds
    else:
        assert not kinds, kinds
