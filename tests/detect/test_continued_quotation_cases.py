"""A first-person act, or a denial, inside a quotation that runs over several sentences, in our own words: the
speaker named where the quotation opens after a colon acts ('He tweeted: "All guests are safe. We apologise."'), in
double marks, in the single marks British pages use or in guillemets; the page's own first person outside any
quotation stays the page's; a third person who acts inside the quotation ('"... and he's apologised"') is not the
speaker."""

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
    # a quotation that goes on after one a pronoun was said to speak: whom the pronoun stands for
    ('On his first day in court, Tam Reed admitted to falsifying the figures. "We did not disclose them," he said. '
     '"We apologise to every shareholder."', "Tam Reed"),
    # a sayer who "continued", or a pronoun that stands for the name before it: not the page
    ('Kestrel Air cancelled the flights. The airline continued: "We are truly sorry for the delays."', "Kestrel Air"),
    ('Kestrel Air cancelled the flights. It continued: "We are truly sorry for the delays."', "Kestrel Air"),
    # a third person who acts inside the quotation is not its speaker: the one the pronoun or the clause names
    ('Ivo Penn criticised the club. But chairman Tom Vell said: "I have spoken to Ivo and he\'s apologised for '
     'anything that was misread."', "Ivo Penn"),
    ('Spokesman Tom Vell said: "The referee says Ivo Penn greeted him and apologised that they had not met."',
     "Ivo Penn"),
    # the page's own words: the quotation closed before, or no one introduced it
    ("Tam Reed wrote on X: 'It was no scam.' We apologise for an error in an earlier version of this story.",
     "Bugle Blog"),
    ("Tam Reed wrote on X: 'It was no scam.'\nWe apologise for an error in an earlier version of this story.",
     "Bugle Blog"),
])
def test_continued_quotation_doer(body: str, doer: str) -> None:
    assert cases.actor("Festival collapses", body, "apology") == doer


@pytest.mark.parametrize(("body", "kind", "doer"), [
    # a denial or an apology in a later sentence of the quotation, first person or not, in guillemets too
    ('Asked about the story, Orla Benn said on Monday: "We checked the figures. The report is simply false."',
     "denial", "Orla Benn"),
    ("Отвечая на вопрос, Орлов заявил в понедельник: «Мы всё проверили. Эти сведения не соответствуют "
     "действительности».", "denial", "Орлов"),
    ("Компания «Ветла» написала в своем канале: «Рейс задержан из-за погоды. Приносим извинения пассажирам».",
     "apology", "Ветла"),
    # the quotation closed before: the page's own denial stays the page's
    ("Орлов заявил: «Мы всё проверили». Эти сведения не соответствуют действительности.", "denial", "Вестник"),
])
def test_continued_quotation_stance(body: str, kind: str, doer: str) -> None:
    assert cases.actor("", body, kind, outlet="Вестник") == doer
