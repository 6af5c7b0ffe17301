"""Who acts in full articles, by cases in our own words (p32): a place or a nationality before a common noun
describes the doer and is not its name ("A Tacoma man has filed suit" is a man's suit, not Tacoma's), while a real
name before its noun keeps the name ("The Trump campaign", "the Smith family", "the Vizhinjam police")."""

from __future__ import annotations

import pytest

from tests.detect import cases

pytestmark = pytest.mark.pure


PLACE_BEFORE_A_NOUN = [
    ("", "A Tacoma man has filed suit against a regional bakery chain, claiming he was burned by a faulty oven door.",
     "legal_action", "Tacoma man"),
    ("", "Three Ohio students are facing charges after they spread doctored photos of their coach, police said.",
     "legal_action", "Ohio students"),
    ("", "A Nevada woman is suing Skyline Airways over claims a steward spilled boiling tea on her arm.",
     "legal_action", "Nevada woman"),
    ("", "The Chicago-based record label for the singer is suing a Danish party over a jingle in its campaign ad.",
     "legal_action", "Chicago-based record label"),
    ("", "A Maltese lawyer last week filed a complaint with the rights court accusing the minister of torture.",
     "legal_action", "Maltese lawyer"),
    ("", "A retired teacher from rural Kentucky has pleaded guilty to stealing from the school fund.",
     "legal_action", "retired teacher"),
]
# Neighbours: a name before its noun is the name; an organisation's title or noun stays the organisation's; a
# clause after a name is no noun phrase.
KEEPS_ITS_NAME = [
    ("", "The Trump campaign filed a lawsuit against the county on Friday.", "legal_action", "Trump campaign"),
    ("", "Acme Corp filed a lawsuit against its former supplier in March.", "legal_action", "Acme Corp"),
    ("", "The Vizhinjam police filed charges against two fishermen.", "legal_action", "Vizhinjam police"),
    ("", "The Smith family has sued the hospital for negligence.", "legal_action", "Smith"),
    ("", "The Harbour Commission reached a settlement that includes a $2 million fine against the lender.",
     "legal_action", "Harbour Commission"),
]


# Who was arrested and then charged did not charge: the second participle shares the first clause's passive (but an
# active second act keeps its doer).
A_SHARED_PASSIVE = [
    ("", "Garner was arrested on March 4 and charged with reckless driving after he hit a parked van, officers said.",
     "legal_action", ""),
    ("", "Delacroix sued the newspaper for libel last week.", "legal_action", "Delacroix"),
    ("", "Delacroix was angered by the column and sued the newspaper for libel.", "legal_action", "Delacroix"),
]


@pytest.mark.parametrize(("title", "body", "kind", "actor"), PLACE_BEFORE_A_NOUN + KEEPS_ITS_NAME + A_SHARED_PASSIVE)
def test_who_acts(title: str, body: str, kind: str, actor: str) -> None:
    assert cases.actor(title, body, kind) == actor
