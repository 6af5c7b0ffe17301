"""Who acts in a business wire's articles, by tables of cases in our own words: a stock ticker after a company's name
is no name ("Zeta Foods Inc ( ZFI.N ) denied"); a nationality or a country's initials qualify the doer's noun and
are not the doer ("The U.S. Attorney in Bayport", "An Irish trader", "French minister"); a place's court or jury
keeps its adjectives ("a Bayport grand jury"); beside each, neighbours that keep their actor."""

from __future__ import annotations

import pytest

from tests.detect import cases

pytestmark = pytest.mark.pure

WHO_ACTS = [
    # a ticker, in brackets or bare, is the company's code, not its name
    ("", "OSLO (Reuters) - Fjordline Shipping ASA ( FJL.OL ) denied a report on Monday that it plans to sell its "
     "tankers.", "denial", "Fjordline Shipping ASA"),
    ("", "Harlow Mutual HWM.L denied on Monday that it had sought a rescue from the central bank.", "denial",
     "Harlow Mutual"),
    ("", "NEW YORK (Reuters) - Pelican Foods Inc ( PFI.N ) filed a lawsuit against its former auditor on Tuesday.",
     "legal_action", "Pelican Foods Inc"),
    # a nationality or a country's initials before the doer's noun
    ("", "The U.S. Attorney in Bayport this week filed a lawsuit accusing the lender of reckless underwriting.",
     "legal_action", "U.S. Attorney"),
    ("", "The former U.S. trade negotiator and deputy envoy dismissed speculation he would run for office as "
     "\"not true.\"", "denial", "U.S. trade negotiator"),
    ("Danish minister denies knowing of bank losses", "The minister spoke to reporters in Aarhus.", "denial",
     "Danish minister"),
    ("", "An Irish trader recorded joking about a rescue apologized for his remarks in an interview on Sunday.",
     "apology", "Irish trader"),
    ("", "The top U.S. court hears arguments in March in a lawsuit against the grocer.", "legal_action",
     "U.S. court"),
    # a place's court, jury or judge, with its adjectives
    ("", "CHICAGO (Reuters) - A New York judge rejected the lender's bid to throw out a lawsuit by its insurers.",
     "legal_action", "New York judge"),
    ("", "He was arrested after a Bayport grand jury indicted him on 12 counts of fraud.", "legal_action",
     "Bayport grand jury"),
]

KEEPS_ITS_ACTOR = [
    ("", "Japanese carmaker Hoshida denied a report that it would close its plant in Ohio.", "denial", "Hoshida"),
    ("", "A U.S. judge dismissed the lawsuit against the lender on Monday.", "legal_action", "U.S. judge"),
    ("", "A British government spokesman denied the report on Friday.", "denial", "British government spokesman"),
    ("", "U.S. District Judge Ada Marlowe certified a class action in July.", "legal_action", "Ada Marlowe"),
    ("", "The U.S. Securities and Exchange Commission filed civil charges against the two traders.", "legal_action",
     "SEC"),
]


@pytest.mark.parametrize(("title", "body", "kind", "who"), WHO_ACTS + KEEPS_ITS_ACTOR)
def test_the_actor_is_the_doer_not_its_code_or_its_country(title: str, body: str, kind: str, who: str) -> None:
    assert cases.actor(title, body, kind, outlet="Reuters") == who
