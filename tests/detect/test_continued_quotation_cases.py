"""A first-person act inside a quotation that runs over several sentences, in our own words: the speaker named
where the quotation opens after a colon acts ('He tweeted: "All guests are safe. We apologise."'), in double marks
or in the single marks British pages use; the page's own first person outside any quotation stays the page's."""

from __future__ import annotations

import pytest

from tests.detect import cases

pytestmark = pytest.mark.pure

_LEAD = "Festival boss Tam Reed has denied the event was a scam. "


@pytest.mark.parametrize(("body", "doer"), [
    (_LEAD + 'He tweeted: "All guests are safe and will be refunded. Our deepest apologies to everyone."', "Tam Reed"),
    (_LEAD + "He tweeted: 'All guests are safe and will be refunded. Our deepest apologies to everyone.'", "Tam Reed"),
    ("Tam Reed took to X to apologise, saying: 'It was no scam. I truly apologise to every guest.'", "Tam Reed"),
    ("Orla Benn wrote on her blog on Sunday: 'The tour is off. I am sorry to every fan who bought a ticket.'",
     "Orla Benn"),
    ('Kestrel Air said in a statement: "Flights resume on Monday. We apologise for the delays."', "Kestrel Air"),
    # the page's own words: the quotation closed before, or no one introduced it
    ("Tam Reed wrote on X: 'It was no scam.' We apologise for an error in an earlier version of this story.",
     "Bugle Blog"),
    ("Tam Reed wrote on X: 'It was no scam.'\nWe apologise for an error in an earlier version of this story.",
     "Bugle Blog"),
])
def test_continued_quotation_doer(body: str, doer: str) -> None:
    assert cases.actor("Festival collapses", body, "apology") == doer
