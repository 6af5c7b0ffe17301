"""Wording families found missed on real published follow-ups (a study held out by domain), in our own words: each
family next to the near misses that share its words (a retraction demanded, a design found flawed, a goalkeeper
standing his ground, a correction's reach discussed)."""

from __future__ import annotations

import pytest

from tests.detect import cases

pytestmark = pytest.mark.pure


# (text, a kind that must be found, or None for no event at all)
CASES = [
    # a retraction named by its medium, or done late ("took three weeks to retract")
    ("The Harbour Gazette admitted in an on-air retraction that its report on the mayor was wrong.", "retraction"),
    ("The Cedar Post ran a front-page retraction of its zoning story on Sunday.", "retraction"),
    ("The Cedar Post took three weeks to retract the article about the school board.", "retraction"),
    ("It took the network two days to pull the segment from its website.", "retraction"),
    ("The council demanded a front-page retraction from the Cedar Post.", None),
    ("It would take a week to retract the story, the editor warned.", None),
    ("The senator took the time to read the article twice.", None),
    # withdrawn or corrected "with apologies"
    ("The blog post about the festival was withdrawn, with apologies to the organisers.", "apology"),
    ("The blog post about the festival was withdrawn, with apologies to the organisers.", "retraction"),
    ("The magazine retracted its article about the chef with an apology.", "apology"),
    # a report found or called flawed; a story accused of made-up content
    ("The brewery said it found the allegations deeply flawed after an internal review.", "denial"),
    ("Marlow Foods called the newspaper's report fundamentally flawed.", "denial"),
    ("When the article appeared, the ministry accused it of containing invented figures.", "denial"),
    ("The club accused the report of containing false claims about its finances.", "denial"),
    ("The engineers found the bridge design flawed.", None),
    ("The coach accused the referee of bias.", None),
    ("The fire crew accused it of containing too few exits, the inspector said.", None),
    ("Пресс-служба заявила: публикация «Вестника» - это ложь.", "denial"),
    ("Материал - это основа любого дома.", None),
    # a publisher holding its ground; insisting that it stands by its report (its own stance, not a demand)
    ("Despite the legal letter, the Valley Courier has stood its ground over the story.", "stands_by"),
    ("The broadcaster brushed off the ministry's threats, insisting that it stands by its report.", "stands_by"),
    ("The goalkeeper stood his ground as the striker ran at him.", None),
    ("The minister insisted that the broadcaster apologise.", None),
    # an editor's note quoted with its label
    ("The journal appended a line to the study: \"Editor's Note: Readers are advised that the sample data are under"
     " review.\"", "editors_note"),
    ("The editor noted that the sample data are under review.", None),
    # what a correction can do is no correction; a note named by its subject still is one
    ("A correction on page 3 may not reach every reader of the original story.", None),
    ("A correction on the back page can rarely undo a front-page error.", None),
    ("Correction on the council budget report: the deficit is $4m, not $40m.", "correction"),
]


@pytest.mark.parametrize(("text", "kind"), CASES)
def test_case(text: str, kind: str | None) -> None:
    cases.states(text, kind)


@pytest.mark.parametrize(("body", "kind", "actor"), [
    ("Despite the legal letter, the Valley Courier has stood its ground over the story.", "stands_by",
     "Valley Courier"),
    ("Marlow Foods called the newspaper's report fundamentally flawed.", "denial", "Marlow Foods"),
])
def test_actor(body: str, kind: str, actor: str) -> None:
    assert cases.actor("", body, kind) == actor
