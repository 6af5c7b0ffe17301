"""Who acts in a business wire's articles, by tables of cases in our own words, each next to neighbours that keep
their actor: a stock ticker after a company's name is no name ("Zeta Foods Inc ( ZFI.N ) denied"), and a nationality
or a country's initials qualify the doer's noun ("The U.S. Attorney in Bayport", "French minister"); a place's court
or jury keeps its adjectives; a company's name is whole (a legal suffix after a possessive, "Tilley's Inc"; a digit
first, "4K Co."; "General" before one capitalised word; a trade before it, "Insurer Bayfield Financial Inc", is
dropped); a person named after the description of their post is the doer ("The head of Corvex's Peru unit, Anton
Vell,"), and a public office named by its place is the office ("the attorney general of Kansas"); the subject after
an opening aside with a full date and a story's topic ("In a story published May 3, 2021, about Kestrel Bank, the
Daily Ledger erroneously reported")."""

from __future__ import annotations

import pytest

from tests.detect import cases

pytestmark = pytest.mark.pure

WHO_ACTS = [
    # -- a ticker or a country is no doer
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
    # -- the whole company name
    # a company's suffix after its possessive
    ("", "Tilley's Inc denied the allegations on Tuesday.", "denial", "Tilley's Inc"),
    ("", "BOSTON (Reuters) - McGill's Corp ( MCG.N ) apologized on Tuesday for the billing error.", "apology",
     "McGill's Corp"),
    # a name that opens with a digit
    ("", "4K Co. sued its former supplier on Wednesday over unpaid royalties.", "legal_action", "4K Co"),
    # "General" before one capitalised word
    ("", "General Dynamo denied it had misled shareholders about the recall.", "denial", "General Dynamo"),
    ("", "General Tractors Corp sued the parts maker in a Delaware court.", "legal_action", "General Tractors Corp"),
    # a trade that opens the sentence
    ("", "Insurer Bayfield Financial Inc denied the report on Friday.", "denial", "Bayfield Financial Inc"),
    ("", "Drugmaker Velmora apologized to patients for the labelling error.", "apology", "Velmora"),
    # -- who holds the post
    ("", "The head of Corvex's Peru unit, Anton Vell, apologized for the leak on Tuesday.", "apology", "Anton Vell"),
    ("", "The chief executive of Marrow Foods, Lidia Okafor, denied the company had hidden the losses.", "denial",
     "Lidia Okafor"),
    ("", "The attorney general of Kansas sued the lender on Monday.", "legal_action", "attorney general of Kansas"),
    ("", "Inside the ruling, the attorney general of Kansas denied the state had waived its claims.", "denial",
     "attorney general of Kansas"),
    ("", "The governor of Ohio apologized for the delays in paying the claims.", "apology", "governor of Ohio"),
    # -- the subject after a dated aside
    ("", "In a story published May 3, 2021, about Kestrel Bank, the Daily Ledger erroneously reported that the bank "
     "had failed.", "correction", "Daily Ledger"),
    ("", "On June 4, 2022, Pelham Oil denied it had sold the field.", "denial", "Pelham Oil"),
]

KEEPS_ITS_ACTOR = [
    # -- a ticker or a country is no doer
    ("", "Japanese carmaker Hoshida denied a report that it would close its plant in Ohio.", "denial", "Hoshida"),
    ("", "A U.S. judge dismissed the lawsuit against the lender on Monday.", "legal_action", "U.S. judge"),
    ("", "A British government spokesman denied the report on Friday.", "denial", "British government spokesman"),
    ("", "U.S. District Judge Ada Marlowe certified a class action in July.", "legal_action", "Ada Marlowe"),
    ("", "The U.S. Securities and Exchange Commission filed civil charges against the two traders.", "legal_action",
     "SEC"),
    # -- the whole company name
    ("", "General Harlan Fisk denied he had ordered the strike.", "denial", "Harlan Fisk"),
    ("", "Carrier Corp denied the report on Monday.", "denial", "Carrier Corp"),
    ("", "Bank Orlova denied it had frozen the accounts.", "denial", "Bank Orlova"),
    ("", "Britain's Harlow Mutual denied the report on Friday.", "denial", "Harlow Mutual"),
    ("", "Velmora's chief executive, Ines Darrow, apologized for the error.", "apology", "Ines Darrow"),
    # -- who holds the post
    ("", "Corvex's chief executive, Anton Vell, apologized for the leak.", "apology", "Anton Vell"),
    ("", "The chief of Kestrel Bank, in a statement, apologized for the error.", "apology", "Kestrel Bank"),
    ("", "Marzban, speaking at the Gulf Council meetings, denied the country would cut output.", "denial", "Marzban"),
    ("", "The Kansas attorney general sued the lender on Monday.", "legal_action", "Kansas attorney general"),
    ("", "In a statement, Pelham Oil denied it had sold the field.", "denial", "Pelham Oil"),
    # -- the subject after a dated aside
    ("", "In a statement, Pelham Oil denied it had sold the field.", "denial", "Pelham Oil"),
    ("", "In a story about Kestrel Bank, the Daily Ledger erroneously reported that the bank had failed.",
     "correction", "Daily Ledger"),
]


@pytest.mark.parametrize(("title", "body", "kind", "who"), WHO_ACTS + KEEPS_ITS_ACTOR)
def test_the_actor_is_the_doer(title: str, body: str, kind: str, who: str) -> None:
    assert cases.actor(title, body, kind, outlet="Reuters") == who
