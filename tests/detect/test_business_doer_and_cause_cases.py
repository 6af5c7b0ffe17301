"""A business wire's sentences where a pronoun is the doer, not the thing withdrawn or updated, where an error is a
system's or a belief's, or where "said it did not" goes on with no act denied, in our own words, each next to the true
follow-up that shares its words: savings, objections and stock withdrawn beside a piece withdrawn; lending expanded
beside a story updated; a computer glitch, an accounting oversight and a cause once thought beside a piece corrected;
an offer not endorsed, an aim disowned and a bill not protecting enough beside a breach or an act denied."""

from __future__ import annotations

import pytest

from tests.detect import cases

pytestmark = pytest.mark.pure

CASES = [
    # retraction: a pronoun with "have" in the active names the doer; the object says what was withdrawn
    ("Corvane said on Monday it has withdrawn all objections to the sale of the Tessel plant.", None),
    ("Some Harlow Mutual customers said they had withdrawn most of their savings.", None),
    ("The grocer said it had already removed the cereal boxes from its shelves.", None),
    ("The Daily Ledger said the article had been withdrawn after the complaint.", "retraction"),
    ("Corvane said the statement was wrong and it has since been withdrawn.", "retraction"),
    ("The magazine said it had pulled the story.", "retraction"),
    # update: the same for "it has expanded"
    ("It has also expanded lending to small firms by $40 billion this year.", None),
    ("It has been updated with comments from the mayor.", "update"),
    ("This story has been updated to add the council's response.", "update"),
    # correction: an error that is a system's, or a cause once believed, not a piece's
    ("Brinton had to halt trading for an hour due to a computer glitch that sent thousands of orders.", None),
    ("The distiller will report a material weakness in its controls, due to an accounting oversight abroad.", None),
    ("The fault lay in a cooling pump, not the main valve, as had been previously thought.", None),
    ("Because of an editing error, an earlier version of this story misstated the mayor's age.", "correction"),
    ("The fire began in the kitchen, not the garage, as previously reported.", "correction"),
    # denial: "said it did not" with a stance or an aim, not an act alleged
    ("Dalworth said it does not endorse the unsolicited offer for its shares.", None),
    ("The review said it did not aim to assign blame for the losses.", None),
    ("Dalworth said it did not breach the terms of the supply contract.", "denial"),
    ("The clinic said it did not perform the operation on the singer.", "denial"),
    ("Pemberly has said it did not commit any violations.", "denial"),
]


@pytest.mark.parametrize(("text", "kind"), CASES)
def test_case(text: str, kind: str | None) -> None:
    cases.states(text, kind)
