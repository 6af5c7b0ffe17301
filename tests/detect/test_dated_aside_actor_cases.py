"""Who acts after an opening aside that holds a full date and what a story was about ("In a story published May 3,
2021, about Kestrel Bank, the Daily Ledger erroneously reported"): the subject after the aside, not the story's
topic; by cases in our own words, with neighbours that keep their actor."""

from __future__ import annotations

import pytest

from tests.detect import cases

pytestmark = pytest.mark.pure

WHO_ACTS = [
    ("", "In a story published May 3, 2021, about Kestrel Bank, the Daily Ledger erroneously reported that the bank "
     "had failed.", "correction", "Daily Ledger"),
    ("", "On June 4, 2022, Pelham Oil denied it had sold the field.", "denial", "Pelham Oil"),
]

KEEPS_ITS_ACTOR = [
    ("", "In a statement, Pelham Oil denied it had sold the field.", "denial", "Pelham Oil"),
    ("", "In a story about Kestrel Bank, the Daily Ledger erroneously reported that the bank had failed.",
     "correction", "Daily Ledger"),
]


@pytest.mark.parametrize(("title", "body", "kind", "who"), WHO_ACTS + KEEPS_ITS_ACTOR)
def test_the_actor_follows_a_dated_aside(title: str, body: str, kind: str, who: str) -> None:
    assert cases.actor(title, body, kind, outlet="Reuters") == who
