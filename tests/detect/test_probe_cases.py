"""Wording families found by probing the detector in our own words, each with the near misses beside it: who
acts and what kind of act a sentence states (kinds in the order the detector gives them; the actor of the
first)."""

from __future__ import annotations

import pytest

from monitor.detect.followups import detect
from monitor.models import Doc

pytestmark = pytest.mark.pure


def _read(body: str) -> tuple[list[str], str]:
    events = detect(Doc(body=body, outlet="Bugle Blog"))
    return [e.kind for e in events], events[0].actor if events else ""


# Others' verdicts: a party that calls a piece wrong, named after it, before it ("According to ...") or as the
# subject of "said", denies it; a newsroom that says so of its own piece corrects it.
VERDICTS = [
    ('"The story is full of mistakes," a spokesman for the bank said.', "denial", "bank"),
    ('"The reporting contains a number of inaccuracies," the firm said in a statement.', "denial", "firm"),
    ("According to the exchange, the report contained several errors.", "denial", "exchange"),
    ("According to police, the report contained errors.", "denial", "police"),
    ("According to Acme, the report incorrectly states that the plant will close.", "denial", "Acme"),
    ("The report incorrectly states that the plant will close, Acme said.", "denial", "Acme"),
    ("The story wrongly reported that the plant would close, Acme said in a statement on Tuesday.", "denial", "Acme"),
    ("The story misstated the date, a spokesman for the bank told a reporter.", "denial", "bank"),
    ("The article misidentified the mayor, said Ann Holt, the mayor's spokeswoman.", "denial", "Ann Holt"),
    ("The company said the report contained errors.", "denial", "company"),
    ("Critics said the article misstated the figures.", "denial", "Critics"),
    ("The exchange said a report in the Daily Bugle misstated its trading volumes.", "denial", "exchange"),
    # the newsroom's own verdict on its piece, and a party who names no piece
    ("The Daily Bugle said its report had contained errors and it has corrected it.", "correction", "Daily Bugle"),
    ("The story misstated the date, a spokesman for the paper said in a statement.", "correction", "Bugle Blog"),
    ("An earlier version of this story misstated the date, the paper said.", "correction", "Bugle Blog"),
    ("The story misstated the date, which was Monday.", "correction", "Bugle Blog"),
    ("According to the newspaper, its report contained several errors.", "", ""),
    ("The company said the report contained no errors.", "", ""),
    ("The company did not say the report contained errors.", "", ""),
    ("Acme said the minister misstated the figures.", "", ""),
]


@pytest.mark.parametrize(("body", "kinds", "actor"), VERDICTS)
def test_others_verdicts(body: str, kinds: str, actor: str) -> None:
    assert _read(body) == (kinds.split(), actor)
