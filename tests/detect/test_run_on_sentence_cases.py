"""Sentences run together where a scraped page lost the space between its paragraphs ("the vote.Orla Benn
denied ...", 'he said."We are sorry'), in our own words: each must be read alone, or a name in the sentence before
becomes the doer of the act after it. Next to them the dots that end no sentence: abbreviations, initials, web
addresses, times and decimals."""

from __future__ import annotations

import pytest

from monitor.detect.sentences import spans
from tests.detect import cases

pytestmark = pytest.mark.pure


@pytest.mark.parametrize(("text", "pieces"), [
    ("The council met on Friday.Orla Benn denied the report.",
     ["The council met on Friday.", "Orla Benn denied the report."]),
    ("Fares rose in 2019.The operator apologised.", ["Fares rose in 2019.", "The operator apologised."]),
    # a mark the page's encoding lost between the sentences
    ("Fares rose in 2019.\ufffdMr Benn denied it.", ["Fares rose in 2019.\ufffd", "Mr Benn denied it."]),
    ("Is it over?Nobody knows.", ["Is it over?", "Nobody knows."]),
    # a dateline or a photo credit run into the first sentence
    ("Denton (Wire)Orla Benn denied the report.", ["Denton (Wire)", "Orla Benn denied the report."]),
    ("(Photo: Tam Reed, Wire)Kestrel Bank settled the case.",
     ["(Photo: Tam Reed, Wire)", "Kestrel Bank settled the case."]),
    # a quotation mark after the stop: it closes the quotation the line opened, else it opens the next sentence's
    ('Benn said "the figures are wrong."The mayor disagreed.', ['Benn said "the figures are wrong."',
                                                              "The mayor disagreed."]),
    ('The mayor disagreed."I am sorry for the delay," Benn said.',
     ["The mayor disagreed.", '"I am sorry for the delay," Benn said.']),
    ("It closed early.'We apologise,' the owner wrote.", ["It closed early.", "'We apologise,' the owner wrote."]),
    ("The town's mood changed.Benn's firm was sued.", ["The town's mood changed.", "Benn's firm was sued."]),
    # a bullet opens the page's own note, and a note run into the sentence before it where the page lost its break
    ("The prints went to a museum. • This article was amended on 3 May to credit the photographer.",
     ["The prints went to a museum.", "• This article was amended on 3 May to credit the photographer."]),
    ("The film opens on 21 October This article was amended on 2 May to correct her age.",
     ["The film opens on 21 October", "This article was amended on 2 May to correct her age."]),
    ("Correction: This story has been corrected to fix a date.",
     ["Correction: This story has been corrected to fix a date."]),
    # a Russian page's photo credit inside its running text, bracketed or not: the lead before it ends, the next
    # sentence opens after it (without brackets its source ends in Latin letters or capitals, else only the lead ends)
    ("Суд вынес решение по иску Орла Бенн (Фото: Ян Сид / Вестник) Компания «Ветла» опровергла сведения.",
     ["Суд вынес решение по иску Орла Бенн", "(Фото: Ян Сид / Вестник)", "Компания «Ветла» опровергла сведения."]),
    ("Ведомство ответило на претензии Фото: Ян Сид / ТАСС Министерство Озерии опровергло сведения.",
     ["Ведомство ответило на претензии", "Фото: Ян Сид / ТАСС", "Министерство Озерии опровергло сведения."]),
    ("Ведомство ответило Фото: Ян Сид / Wire Images Министерство опровергло сведения.",
     ["Ведомство ответило", "Фото: Ян Сид / Wire Images", "Министерство опровергло сведения."]),
    ("Ведомство ответило Фото: пресс-служба министерства Министерство опровергло сведения.",
     ["Ведомство ответило", "Фото: пресс-служба министерства Министерство опровергло сведения."]),
    # a web address left between paragraphs by a link's card, after a stop or after the card's rubric
    ("Суд продлил арест. vestnik.group Орла Бенн отвергла обвинения.",
     ["Суд продлил арест.", "vestnik.group", "Орла Бенн отвергла обвинения."]),
    ("Суд продлил арест Политика vestnik.group Орла Бенн отвергла обвинения.",
     ["Суд продлил арест Политика", "vestnik.group", "Орла Бенн отвергла обвинения."]),
    ("По данным vestnik.ru Минфин опроверг слухи.", ["По данным vestnik.ru Минфин опроверг слухи."]),
    # no sentence ends here
    ("Sen.Orla Benn spoke.", ["Sen.Orla Benn spoke."]),
    ("Mrs.Benn spoke.", ["Mrs.Benn spoke."]),
    ("The U.S.Treasury said no.", ["The U.S.Treasury said no."]),
    # a country's initials end a sentence before a word no name opens with, not before a name's next word
    ("The fund was approved in the U.S. The filing came in May.", ["The fund was approved in the U.S.",
                                                                    "The filing came in May."]),
    ("The U.S. Treasury said no.", ["The U.S. Treasury said no."]),
    ("J.R.Benn said no.", ["J.R.Benn said no."]),
    ("Shopfinder.com lists it at 6.30am on Monday.", ["Shopfinder.com lists it at 6.30am on Monday."]),
    ("Visit www.BennTimes.com today.", ["Visit www.BennTimes.com today."]),
    ("Prices rose 2.5 percent.", ["Prices rose 2.5 percent."]),
    # a name made of a web address, and Russian abbreviations run into the next word
    ("The site Shopfinder.Com apologised.", ["The site Shopfinder.Com apologised."]),
    ("На сайте «Вести.Ру» вышла поправка.", ["На сайте «Вести.Ру» вышла поправка."]),
    ("Завод в пос.Новый закрыт.", ["Завод в пос.Новый закрыт."]),
])
def test_run_on_pieces(text: str, pieces: list[str]) -> None:
    assert [text[a:b] for a, b in spans(text)] == pieces


@pytest.mark.parametrize(("title", "body", "kind", "doer"), [
    ("Hearing delayed", "The hearing resumes on Friday.Orla Benn denies the charges.", "denial", "Orla Benn"),
    ("Fraud case", "The hearing was brief, court papers say.Tam Reed pleaded guilty in May.", "legal_action",
     "Tam Reed"),
    ("Fraud case", "Tam Reed was one of three men charged in May, court papers say.He pleaded guilty in June.",
     "legal_action", "Tam Reed"),
    ("Vell Ames quits tour", 'Vell Ames wrote: "I feel better than ever."The 52-year-old denied the report on Monday.',
     "denial", "Vell Ames"),
    ("Festival chaos", "Guests were stranded at Port Alma.Kestrel Tours apologised on Sunday.", "apology",
     "Kestrel Tours"),
    ("Ex-mayor speaks", "The ex-mayor said he was tough on crime, though he rejected curbs on Westbury traders in "
     "2004.\ufffdMr Benn denied this had led to the strike.", "denial", "Benn"),
])
def test_run_on_doer(title: str, body: str, kind: str, doer: str) -> None:
    assert cases.actor(title, body, kind) == doer


@pytest.mark.parametrize(("text", "kind"), [
    ("The vote was close.Orla Benn denied the report.", "denial"),
    ('She waited."We apologise to every guest," the organisers said.', "apology"),
    # a sentence the run-on kept apart from the act: its "not" negates nothing after the stop
    ("The firm has not commented.Regulators fined it $2 million.", "legal_action"),
    ("They had not been charged as of Monday.Police said.", None),
])
def test_run_on_kinds(text: str, kind: str | None) -> None:
    cases.finds(text, kind, True) if kind else cases.states(text, None)
