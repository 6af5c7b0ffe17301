"""Who acts when a business wire names a company, by tables of cases in our own words: a legal suffix after a
possessive stays in the name ("Tilley's Inc"), a name may open with a digit ("4K Co."), "General" before one
capitalised word names a company, and a trade that opens the sentence describes the company after it ("Insurer
Bayfield Financial Inc"); beside each, neighbours that keep their actor."""

from __future__ import annotations

import pytest

from tests.detect import cases

pytestmark = pytest.mark.pure

WHO_ACTS = [
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
]

KEEPS_ITS_ACTOR = [
    ("", "General Harlan Fisk denied he had ordered the strike.", "denial", "Harlan Fisk"),
    ("", "Carrier Corp denied the report on Monday.", "denial", "Carrier Corp"),
    ("", "Bank Orlova denied it had frozen the accounts.", "denial", "Bank Orlova"),
    ("", "Britain's Harlow Mutual denied the report on Friday.", "denial", "Harlow Mutual"),
    ("", "Velmora's chief executive, Ines Darrow, apologized for the error.", "apology", "Ines Darrow"),
]


@pytest.mark.parametrize(("title", "body", "kind", "who"), WHO_ACTS + KEEPS_ITS_ACTOR)
def test_the_actor_is_the_whole_company_name(title: str, body: str, kind: str, who: str) -> None:
    assert cases.actor(title, body, kind, outlet="Reuters") == who
