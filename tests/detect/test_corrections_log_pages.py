"""Corrections logs under a policy-like title, definitions and habits of corrections: cases in our own words.

A page titled as a corrections policy that lists dated or pointed entries is a log (its entries count); a page of
definitions and rules under the same title states nothing; a column's definition of its own words is no entry.
"""

from __future__ import annotations

import pytest

from tests.detect import cases

pytestmark = pytest.mark.pure

_OUTLET = "The Harbor Gazette"


@pytest.mark.parametrize(("title", "body", "kinds"), [
    # a log of concrete entries under a policy-like title
    ("Harbor Gazette Corrections Policy",
     "An earlier version of this story said the ferry pier opened in 1931. It opened in 1937.", {"correction"}),
    ("Harbor Gazette Corrections Policy",
     "We mistakenly reported that the mural on Elm Street was painted by Tova Lind. It was painted by Ruth Amsel.",
     {"correction"}),
    ("Corrections Policy", "This post incorrectly stated that the library would close on Mondays.", {"correction"}),
    ("Corrections Policy", "In a March 3 story, we misstated the number of beds at Greystone Clinic. It has 140.",
     {"correction"}),
    ("Our Corrections Policy", "The Gazette corrects errors of fact promptly.\nIn a May 9 article about the tram line, "
     "we misspelled the name of the engineer Petra Vosk.", {"correction"}),
    ("Editorial Standards", "The segment initially said both mayors refused to attend the summit. In fact, only "
     "Mayor Brill stayed away.", {"correction"}),
    # a log under a plain title
    ("Recent corrections", "In a March 3 story, we misstated the number of beds at Greystone Clinic.", {"correction"}),
    # a policy page: definitions, rules, a quoted example
    ("Harbor Gazette Corrections Policy", "The Gazette corrects significant errors in print and online stories. "
     "Corrections are appended to the end of the article.", set()),
    ("Corrections Policy", "A correction is a note that fixes an error of fact in a published story.\nWhen we make a "
     "mistake, we say so at the top of the article.", set()),
    ("Corrections Policy", "If a story has been updated, we add a note saying what changed.", set()),
    ("Corrections Policy", "We correct errors of fact as soon as we learn of them. A typical note reads: \"An earlier "
     "version of this story misspelled the name of the harbor master.\"", set()),
    ("Ethics Code", "We retract a story only when its central premise is wrong. For example, an earlier version of "
     "this article that misstated a name would get a correction, not a retraction.", set()),
    ("How we correct mistakes", "When we get something wrong, we fix it and append a note.", set()),
    # a column's own definition is no entry
    ("Clarifications", "A clarification is not the same as a correction, which fixes a factual error in a published "
     "story.", set()),
    ("Clarifications", "An earlier version of this story did not make clear that the tax applies only to second homes.",
     {"clarification"}),
])
def test_page(title: str, body: str, kinds: set[str]) -> None:
    found = set(cases.kinds(body, title, _OUTLET))
    assert found >= kinds if kinds else not found, found


@pytest.mark.parametrize(("text", "kind"), [
    ("In printed papers, a correction notice will often appear in a box on page two of a later edition.", None),
    ("A correction notice usually runs on page two.", None),
    ("A correction notice appeared on page two of Friday's edition.", "correction"),
    ("The Ledger printed a correction notice on page two on Friday.", "correction"),
    ("The weekly offered to publish a statement acknowledging its error.", None),
    ("The weekly published a statement acknowledging its error and apologised to Ms Harlow.", "apology"),
])
def test_case(text: str, kind: str | None) -> None:
    cases.states(text, kind, outlet=_OUTLET)
