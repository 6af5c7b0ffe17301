"""Wording families from two recall studies of real newsroom notes and party acts, in our own words: each case
beside the near misses that share its words."""

from __future__ import annotations

import pytest

from tests.detect import cases

pytestmark = pytest.mark.pure

CASES: list[tuple[str, str | None]] = [
    # a named column is the outlet's own; a column by a paper's name is another's, and a party calling it wrong
    # disputes it
    ("The Garden Notes column on Tuesday, which included a review of a new rose catalogue, misstated the price of a "
     "seed packet.", "correction"),
    ("The Weekend Wine column on Saturday misidentified the region of a Rioja blend.", "correction"),
    ("A Herald column on Friday, which praised the harbour plan, misstated the cost of the new pier, the council "
     "said.", "denial"),
    # an entry under its heading
    ("Ferry schedules — A photo caption in Tuesday's Section B with an article about ferry crews misidentified one "
     "of the deckhands, Tom Reyes, as Carl Byrne.", "correction"),
    ("Theatre manager's name — An article last Saturday on the revival of a comedy incorrectly spelled the name of "
     "the stage manager as Jon Pell.", "correction"),
    ("Bridge vote — A story on Monday about the county budget misstated the number of council members who voted "
     "for the bridge.", "correction"),
    ("Budget row — The mayor said the library fund would be cut at a meeting on Monday.", None),
    # a piece kept, its errors fixed; an erratum's list of authors
    ("After a second review of the sources, we have decided to keep the essay online, with all errors corrected and "
     "noted below.", "correction"),
    ("The software keeps running, with all errors logged and reported to the vendor.", None),
    ("The names of the following researchers were listed but should have been omitted from the list of authors:",
     "correction"),
    ("The names of the following donors should be omitted from the list if they ask.", None),
    # a removal by its noun
    ("The Evening Courier has confirmed the removal of an article from its online archive after a legal review.",
     "retraction"),
    ("The council confirmed the removal of a statue from the town square.", None),
    # a newsroom content with its reporting, or its programme within its guidelines
    ('Hours later, the editor of the Courier responded in a statement, stating, "We are satisfied with our reporting '
     'on this matter."', "stands_by"),
    ('The coach said, "We are satisfied with our defending this season."', None),
    ('In a statement issued on Tuesday, the broadcaster has said the "documentary fully complies with our editorial '
     'guidelines."', "stands_by"),
    # a case said to lack merit; a report called a work of fiction (a novel so called is a book's kind)
    ('"We are confident that this lawsuit lacks merit, and we will defend ourselves vigorously," a spokesman for '
     'Halvern Foods said.', "denial"),
    ("The judge found that the appeal lacks merit.", None),
    ("The defence minister called a newspaper report a work of fiction after it claimed the army was in retreat.",
     "denial"),
    ("The critic called the novel a work of fiction of rare power.", None),
    ("Port chief Ana Silva called a mainstream media report a work of fiction after it said the harbour was closing.",
     "denial"),
    ("The senator has called the mainstream media fake for years.", None),
    # a corrections blog's name, a policy for every case, a notice not come: none of them an act
    ("We regret the error.", "correction"),
    ("The Ledger regrets the errors in Monday's story.", "correction"),
    ("Regret the error was a column of newsroom slips that ran for ten years.", None),
    ("The Error Log Weekly is a roundup of mistakes from the sports pages.", None),
    ("The journal retracted the paper on Monday after the data could not be reproduced.", "retraction"),
    ("For every withdrawn study, the reasons for the retraction will be given in a notice.", None),
    ("No such order has been issued, the ministry said.", "denial"),
    ("The author wrote to the paper twice, but no such retraction has appeared.", None),
]


@pytest.mark.parametrize(("text", "kind"), CASES)
def test_case(text: str, kind: str | None) -> None:
    cases.states(text, kind, outlet="The Daily Ledger")
