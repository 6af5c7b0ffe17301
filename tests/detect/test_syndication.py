"""Syndication: a follow-up republished by other outlets is recognised as a copy of the recorded one."""

from __future__ import annotations

import pytest

from monitor.detect.followups import detect
from monitor.detect.syndication import fingerprint, normalised_evidence, same_follow_up, similarity
from monitor.models import Doc, Event

pytestmark = pytest.mark.pure

NOTE = "(Corrects paragraph 5 to show Binance's statement was made on April 23)"


def _event(text: str, outlet: str = "Reuters") -> Event:
    [event] = detect(Doc(body=text, outlet=outlet))
    return event


def _row(event_id: int, event: Event) -> dict[str, object]:
    return {"id": event_id, "evidence": event.evidence, "fingerprint": fingerprint(event)}


@pytest.mark.parametrize("copy", [
    NOTE,
    f"{NOTE} (Reporting by Tom Wilson)",
    NOTE.replace("April 23", "April 23,"),
])
def test_a_wire_correction_republished_is_the_recorded_one(copy: str) -> None:
    original = _event(f"{NOTE}\nLONDON, April 25 (Reuters) - Binance said ...")
    assert same_follow_up(_event(copy, "Yahoo Finance"), [_row(7, original)]) == 7


def test_different_corrections_stay_apart() -> None:
    a = _event("(Corrects paragraph 5 to show the meeting was in April)")
    b = _event("(Corrects spelling of Kostarev's name in headline)")
    assert fingerprint(a) != fingerprint(b)
    assert same_follow_up(b, [_row(1, a)]) is None


def test_short_generic_notes_are_never_taken_for_copies() -> None:
    short = Event("correction", "We regret the error.")
    assert same_follow_up(short, [_row(1, short)]) is None


def test_the_newest_recorded_copy_wins() -> None:
    event = _event(NOTE)
    assert same_follow_up(event, [_row(9, event), _row(3, event)]) == 9


def test_dateline_and_credit_are_not_part_of_the_evidence() -> None:
    assert normalised_evidence("LONDON, April 22 (Reuters) - Binance denied it (Reporting by A B)") == \
        "binance denied it"
    assert similarity("a b c d", "a b c d") == 1.0 and similarity("a b c", "x y z") == 0.0


def test_another_outlets_report_of_a_recorded_act_is_the_same_follow_up() -> None:
    own = _event("(Corrects paragraph 1 to show the agency's full name)")
    reported = Event("correction", "Reuters amended a detail of its report.", actor="Reuters", basis="act")
    recorded = [{**_row(4, own), "actor": "Reuters"}]
    assert same_follow_up(reported, recorded, outlet="The Block") == 4
    other_actor = Event("correction", "The Guardian amended its report.", actor="The Guardian", basis="act")
    assert same_follow_up(other_actor, recorded, outlet="The Block") is None
    second_note = Event("correction", "(Corrects spelling of a name)", actor="Reuters", basis="heading")
    assert same_follow_up(second_note, recorded, outlet="Reuters") is None  # its own notice: news
    own_statement = Event("correction", "Reuters amended its report.", actor="Reuters", basis="act")
    assert same_follow_up(own_statement, recorded, outlet="Reuters") is None  # the actor speaking for itself
