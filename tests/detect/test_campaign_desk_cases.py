"""A politics and courts desk's wording (p45's tuning half A of mainstream campaign coverage), in our own words: the
other senses of a notice's words that must stay silent for that kind, next to the acts that share the words; and who
acts where a long appositive, a glued dateline or a possessive place stands before the verb."""

from __future__ import annotations

import pytest

from tests.detect import cases

pytestmark = pytest.mark.pure

CASES = [
    # trust withdrawn is no stand; a newsroom's confidence in its own story is one
    ("\"I've lost confidence in this investigation and I question how seriously it was done,\" Tamsin Ruel said.",
     "stands_by", False),
    ("The mayor said she had lost all confidence in the investigation.", "stands_by", False),
    ("The Riverton Courier said it had full confidence in its reporting and would not retract the piece.",
     "stands_by", True),
    # a reading feared is no clarification; a story that may have been misread looks back
    ("We politely decline further comment, as anything we add could be misinterpreted as advertising.",
     "clarification", False),
    ("Any further remark may be misunderstood as an endorsement, the firm said.", "clarification", False),
    ("Our earlier article may have been misunderstood to suggest that the council had approved the plan.",
     "clarification", True),
    # the case at issue is the case discussed; a case filed is an act
    ("The case at issue involved a driver stopped by a Westmoor patrol in 2014.", "legal_action", False),
    ("The lawsuit was filed in Westmoor County in March.", "legal_action", True),
    # a quarrel named "dispute" disputes nothing
    ("The agency opened an inquiry after comments his brother made following a domestic dispute that were later "
     "passed to police.", "denial", False),
    ("Officers were called to a family dispute that neighbours had reported.", "denial", False),
    ("The ministry disputed that the convoy had been struck from the air.", "denial", True),
    # an apology missing or demanded is none
    ("His speech, however, lacked an apology and blamed his rival for the row.", "apology", False),
    ("The statement came without an apology.", "apology", False),
    ("Harlow to Quill: Apologize to the workers you never paid", "apology", False),
    ("The senator issued an apology on Friday for the remark.", "apology", True),
    ("Quill apologizes to workers over unpaid wages", "apology", True),
]

ACTORS = [
    # an appositive longer than a clause still sits between the subject and its verb
    ("", "Pilsner, a history lecturer at the University of Westmoor who writes twice a week for the Ledger, has "
     "apologized.", "apology", "Pilsner"),
    # a dateline glued to the first word, with or without its place
    ("", "(CNN)Republican candidate Tom Harlow disputed Monday that Westland may be behind the leak.", "denial",
     "Tom Harlow"),
    ("", "Riverton (CNN)Senator Ada Quill denied the report on Tuesday.", "denial", "Ada Quill"),
    # a place's possessive that ends in s' ranks the court, it does not act
    ("", "Massachusetts' highest court ruled this week that the stop was unlawful.", "legal_action", "highest court"),
    # a participle's phrase opening the sentence is no one: who acts follows its comma
    ("", "Reached on Friday, Tom Harlow disputed the notion that the talks had stalled.", "denial", "Tom Harlow"),
    ("", "Contacted by phone, Ada Quill denied the report.", "denial", "Ada Quill"),
    ("", "Ahmed Vell, the treasurer, denied the report.", "denial", "Ahmed Vell"),
]


@pytest.mark.parametrize(("text", "kind", "found"), CASES)
def test_case(text: str, kind: str, found: bool) -> None:
    cases.finds(text, kind, found)


@pytest.mark.parametrize(("title", "body", "kind", "who"), ACTORS)
def test_actor(title: str, body: str, kind: str, who: str) -> None:
    assert cases.actor(title, body, kind, outlet="CNN") == who
