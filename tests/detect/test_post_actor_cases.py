"""Who acts when a wire names a post, by tables of cases in our own words: a person named after the description of
their post ("The head of Corvex's Peru unit, Anton Vell,") is the doer, not the unit, the company or the place; a
public office named by its place ("the attorney general of Kansas") is the office, not the state, also after a
fronted phrase ("Inside the ruling, ..."); beside each, neighbours that keep their actor."""

from __future__ import annotations

import pytest

from tests.detect import cases

pytestmark = pytest.mark.pure

WHO_ACTS = [
    ("", "The head of Corvex's Peru unit, Anton Vell, apologized for the leak on Tuesday.", "apology", "Anton Vell"),
    ("", "The chief executive of Marrow Foods, Lidia Okafor, denied the company had hidden the losses.", "denial",
     "Lidia Okafor"),
    ("", "The attorney general of Kansas sued the lender on Monday.", "legal_action", "attorney general of Kansas"),
    ("", "Inside the ruling, the attorney general of Kansas denied the state had waived its claims.", "denial",
     "attorney general of Kansas"),
    ("", "The governor of Ohio apologized for the delays in paying the claims.", "apology", "governor of Ohio"),
]

KEEPS_ITS_ACTOR = [
    ("", "Corvex's chief executive, Anton Vell, apologized for the leak.", "apology", "Anton Vell"),
    ("", "The chief of Kestrel Bank, in a statement, apologized for the error.", "apology", "Kestrel Bank"),
    ("", "Marzban, speaking at the Gulf Council meetings, denied the country would cut output.", "denial", "Marzban"),
    ("", "The Kansas attorney general sued the lender on Monday.", "legal_action", "Kansas attorney general"),
    ("", "In a statement, Pelham Oil denied it had sold the field.", "denial", "Pelham Oil"),
]


@pytest.mark.parametrize(("title", "body", "kind", "who"), WHO_ACTS + KEEPS_ITS_ACTOR)
def test_the_actor_is_who_holds_the_post(title: str, body: str, kind: str, who: str) -> None:
    assert cases.actor(title, body, kind, outlet="Reuters") == who
