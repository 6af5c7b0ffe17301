"""Ordinary business and technology news that shares a notice's words, in our own words, each next to the true follow-up
that shares them: "the correct version" and a syndication credit beside a story corrected, a drug taken off the
market and items pulled from sources beside a story pulled, a polite "sorry, I can't comment" beside an apology, the
noun "the term" and a tool that helps refute beside a denial, and a charging case, a phone kept charged, a price
charged, a range "on a charge", the verb "claim", a debtor's own bankruptcy petition, what a complaint is about and a
regulator's yearly count of complaints beside a charge brought or a complaint lodged; and a name called misleading
beside a misstatement corrected."""

from __future__ import annotations

import pytest

from monitor.detect.followups import detect
from monitor.models import Doc

pytestmark = pytest.mark.pure


def _kinds(text: str, title: str = "") -> list[str]:
    return [e.kind for e in detect(Doc(body=text, title=title, outlet="The Daily Bugle"))]


# (text, a kind that must be found, or None for no event at all)
CASES = [
    # correction: "correct" as an adjective, and a credit naming the original version elsewhere
    ("Only the mount fits, so check that you order the correct model for your camera.", None),
    ("The app learns the correct way to say a surname once you spell it out.", None),
    ("We have corrected the article to give the right figure.", "correction"),
    ("Read the original version of this review on TechPages.com", None),
    ("Fans say the name is misleading, since the band plays no jazz at all.", None),
    ("The maker pushed out a software update correcting the battery gauge on older phones.", None),
    ("The free cases covered the antenna and fixed the issue for most owners.", None),
    ("The editors fixed the story within the hour.", "correction"),
    ("An earlier version of this article misstated the price of the phone.", "correction"),
    # update: a thing that has grown
    ("Though it has expanded beyond its home town, the chain is still run by the family.", None),
    ("This story has been updated with a statement from the airline.", "update"),
    # retraction: a product withdrawn from sale, items pulled from sources
    ("The firm grew on a heart drug that was withdrawn in 2009 over safety worries.", None),
    ("The charger was pulled from sale after reports that it overheated.", None),
    ("The app shows a feed of headlines pulled from dozens of news sources.", None),
    ("The newspaper pulled the article from its website after the complaint.", "retraction"),
    # apology: a polite refusal to talk
    ('"Sorry, I have nothing to say about that at the moment," the founder wrote in a message.', None),
    ('"Sorry, I can\'t comment on the deal," a spokeswoman said.', None),
    ('"Sorry for the trouble this caused our readers," the editor wrote.', "apology"),
    # denial: the noun "term" and a tool's purpose
    ("Critics used the term coined in the 1990s for misleading advertising.", None),
    ("The software helps refute extremist messages that circulate online.", None),
    ("The company refuted the report and called it misleading.", "denial"),
    # legal action: power, a price, a regulator's yearly count
    ("The real letdown is that the charging case has no battery of its own.", None),
    ("A small motor keeps the battery charged while the car is moving.", None),
    ("Several readers said they were charged VAT twice on the same order.", None),
    ("The studio has been charging royalties on the song since 2019.", None),
    ("The carrier began charging passengers for a second bag.", None),
    ("The studio was charged with breaching the royalty agreement.", "legal_action"),
    ("The agency said it receives about 5,000 complaints about billing each year.", None),
    ("Two directors were charged with fraud on Tuesday.", "legal_action"),
    ("The maker says the van will go 300 miles on a single charge.", None),
    ("He was arrested on a charge of fraud and held overnight.", "legal_action"),
    ("Both firms claim they will launch their first satellites next year.", None),
    ("Last year the agency received complaints about fake lotteries from 12,000 people.", None),
    ("The chain filed a voluntary Chapter 11 petition in Delaware on Sunday.", None),
    ("Lenders filed an involuntary Chapter 11 petition against the builder.", "legal_action"),
    ("He would struggle to win a retaliation claim built on a complaint about bias against men.", None),
    ("The engineer filed a complaint against the company with the labour board.", "legal_action"),
    ("The regulator received a complaint from the union about the broadcast.", "legal_action"),
]


@pytest.mark.parametrize(("text", "kind"), CASES)
def test_case(text: str, kind: str | None) -> None:
    kinds = _kinds(text)
    assert kind in kinds if kind else kinds == [], kinds
