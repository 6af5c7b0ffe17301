"""What the page around a sentence, or the phrase that opens it, must not take away: cases in our own words.

A headline that tells of a piece judged against a code is news, not the code's own page; a corrections column's
line that a third party "would like to make clear" is a clarification; "In any event," opening a sentence is a turn of
phrase, not a rule for every case. Each positive sits next to the near miss its canceller exists for.
"""

from __future__ import annotations

import pytest

from tests.detect import cases

pytestmark = pytest.mark.pure


@pytest.mark.parametrize(("title", "body", "kind"), [
    # a headline about a piece judged against a code: the page is news
    ("Fully complies with editorial guidelines: Northway Radio",
     "Northway Radio said in a statement that the programme fully complies with its editorial guidelines.",
     "stands_by"),
    ("Regulator says quiz show breached broadcasting code",
     "The Coastline Media Authority fined Larkspur TV 40,000 euros on Tuesday over the quiz show.", "legal_action"),
    # the page named for the code states nothing
    ("Editorial guidelines",
     "Our programmes must comply with our editorial guidelines, and a complaint may be made to the regulator.", None),
    ("Our editorial standards",
     "When a story contains an error, we correct it and apologise to those affected.", None),
    ("Guidelines for corrections", "A correction is issued when a fact in a story was wrong.", None),
])
def test_a_headline_judging_a_piece_is_no_policy_page(title: str, body: str, kind: str | None) -> None:
    cases.states(body, kind, title)


@pytest.mark.parametrize(("body", "kind"), [
    # a third party's wish to make clear, on a corrections column: the column clarifies
    ("The Vellmoor Water Board would like to make clear that the plan was a draft that was never adopted.",
     "clarification"),
    ("The Ashgrove Trust has made clear that the grant went to its youth wing, not its main fund.",
     "clarification"),
    # a column's heading line and its house rules say nothing
    ("Errors are corrected here as soon as we learn of them.", None),
])
def test_a_column_line_a_party_makes_clear(body: str, kind: str | None) -> None:
    cases.states(body, kind, "Corrections and clarifications")


@pytest.mark.parametrize(("body", "kind"), [
    ("In any event, the weekly printed a full retraction of the two articles on its front page.", "retraction"),
    ("In any case, the Morrow Herald retracted the column about the harbour fees within a day.", "retraction"),
    # a rule for every case, still none done
    ("In any retraction, the reason for the withdrawal will be stated in the notice.", None),
    ("For every retracted paper, the journal posts a notice that gives the reason.", None),
])
def test_in_any_event_opens_an_act(body: str, kind: str | None) -> None:
    cases.finds(body, "retraction", kind is not None)
