"""Who acts, read from a general news sentence's subject, by tables of cases in our own words, each next to
neighbours that keep their actor: a role between a description and a name leaves the name ("Retired hockey star
Lars Orvik", "former Blue Kite member Ola Rand", "Actress Mira Dane"); an opening phrase of time or circumstance
with an adverb or a preposition before the subject is no name ("Shortly after the vote, Senator Brandt denied",
"Given the rules, broadcasters pulled"); a present passive legal act ("Orvik is charged with ...") names no doer in
the one charged; "Contrary to reports, X told ..." is X's, not whoever X told; an aside of who owns the doer or
where it is based is set off ("Corvo Textiles, owned by ..., denied"); a list of people named after roles is its
first."""

from __future__ import annotations

import pytest

from monitor.detect.followups import detect
from monitor.models import Doc
from tests.detect import cases

pytestmark = pytest.mark.pure

WHO_ACTS = [
    # -- a role, then the name: the person, not the words that describe them
    ("", "Retired hockey star Lars Orvik pleaded guilty on Tuesday to one count of fraud.", "legal_action",
     "Lars Orvik"),
    ("", "Former Blue Kite member Ola Rand said on Sunday that she is sorry for the hurt she caused.", "apology",
     "Ola Rand"),
    ("", "Actress Mira Dane is apologizing for a remark she made about the festival's jury.", "apology",
     "Mira Dane"),
    ("", "Guitarist Teo Varga apologized to the fans who waited three hours for the show.", "apology", "Teo Varga"),
    # -- an opening phrase of time or circumstance: the subject after its comma
    ("", "Shortly after the vote, Senator Ilse Brandt denied any part in the leak.", "denial", "Ilse Brandt"),
    ("", "Soon after the broadcast, the Harbor Gazette apologized to the family.", "apology", "Harbor Gazette"),
    ("", "Given the blackout rules, TV networks pulled the governor's address from the air.", "retraction",
     "TV networks"),
    ("", "Contrary to early reports, the Varnia Aviation Authority told the Ledger that the pilots did not send a "
     "distress call.", "denial", "Varnia Aviation Authority"),
    ("", "Unlike its rival, Pelham Oil denied the report outright.", "denial", "Pelham Oil"),
    # an aside of who owns or founded the doer, or where it is based, is set off like any other
    ("", "Corvo Textiles, owned by shipping heir Lars Vinter, denied it had moved its profits abroad.", "denial",
     "Corvo Textiles"),
    ("", "Pelham Oil, based in Bayport, denied the report on Monday.", "denial", "Pelham Oil"),
    ("", "The Harlow Fund, run by Ann Dale, denied the report.", "denial", "Harlow Fund"),
    ("", "The panel, chaired by Tom Vell, sued the agency.", "legal_action", ""),
    # -- a present passive: the one charged does not charge
    ("", "Orvik, 41, is charged with two counts of wire fraud.", "legal_action", ""),
    ("", "Tamsin Kell is charged with arson in the fire that destroyed the depot.", "legal_action", ""),
    ("", "Now he is on trial, facing 12 charges over the depot fire.", "legal_action", ""),
    # a headline's passive without its auxiliary: the one charged is no doer, nor the employer named with them
    ("", "Corvo trader charged with fraud over hidden losses", "legal_action", ""),
    # an authority that says a passive act was done did it
    ("", "Prosecutors said Lars Orvik was being charged with arson.", "legal_action", "Prosecutors"),
    ("", "Ann Dale said Lars Orvik was being charged with arson.", "legal_action", ""),
    ("", "Pelham Oil was on Friday charged with fraud by the Varnia Securities Board.", "legal_action",
     "Varnia Securities Board"),
]

KEEPS_ITS_ACTOR = [
    # a role word with no name after it, or a name a role word opens, stays as it was
    ("", "Nurse who caught the virus sues hospital group .", "legal_action", "Nurse"),
    ("", "Hollywood star Ann Vale apologized for the post.", "apology", "Ann Vale"),
    ("", "Star Tribune apologized for the headline.", "apology", "Star Tribune"),
    ("", "BBC chairman Gavyn Doyle apologized to viewers.", "apology", "Gavyn Doyle"),
    # a list of people named after their roles is its first
    ("", "Others, including singer Ola Rand and hockey star Lars Orvik, are still suing the paper.", "legal_action",
     "Ola Rand"),
    # the doer who charges is still the doer; an opening date is still no name
    ("", "Prosecutors charged Orvik with two counts of wire fraud.", "legal_action", "Prosecutors"),
    ("", "On Monday, the Harbor Gazette apologized to the family.", "apology", "Harbor Gazette"),
    ("", "Contrary to recent reports, Pelham Oil has never sold the field.", "denial", "Pelham Oil"),
]


@pytest.mark.parametrize(("title", "body", "kind", "who"), WHO_ACTS + KEEPS_ITS_ACTOR)
def test_the_actor_is_the_doer(title: str, body: str, kind: str, who: str) -> None:
    assert cases.actor(title, body, kind, outlet="The Daily Ledger") == who


@pytest.mark.parametrize(("body", "whom"), [
    ("Prosecutors said Lars Orvik was being charged with arson.", "Lars Orvik"),
    ("The Varnia Securities Board said on Tuesday that Pelham Oil had been fined $2 million.", "Pelham Oil"),
    ("Lars Orvik was charged with arson, prosecutors said.", "Lars Orvik"),
])
def test_the_one_a_passive_befell_is_not_who_says_so(body: str, whom: str) -> None:
    events = [e for e in detect(Doc(title="", body=body, outlet="Bugle Blog")) if e.kind == "legal_action"]
    assert events and events[0].target == whom, events


@pytest.mark.parametrize(("title", "body", "kept"), [
    # a headline's legal act in the passive names no doer: it counts where the text speaks of the one it befell
    ("Pelham Executives Charged with Fraud", "The two former Pelham executives left the group in May.", True),
    ("Pelham Executives Charged with Fraud", "Shares of the group fell 4 percent on Monday.", False),
])
def test_a_passive_headline_counts_where_the_text_backs_it(title: str, body: str, kept: bool) -> None:
    found = [e for e in detect(Doc(title=title, body=body, outlet="Bugle Blog")) if e.kind == "legal_action"]
    assert bool(found) is kept, found
