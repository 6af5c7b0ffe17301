"""Who acts in Russian business news (Interfax-shaped sentences of p47's tuning half, in our own words): a subject
after an opener that takes no comma (an adverb, a date, «В среду», «После двух жалоб»), a court named by lower-case
adjectives after «что», authorities named with a country's abbreviation, a subject after «хотя», and a court that
a headline naming the claimant must not replace."""

from __future__ import annotations

import pytest

from tests.detect import cases

pytestmark = pytest.mark.pure

ACTORS = [
    # an opener before the subject, without a comma: the court, not the country in the genitive nor the adverb
    ("", "Ранее Верховный суд РФ признал незаконным решение мэрии Озёрска.", "legal_action", "Верховный суд"),
    ("", "В среду Окружной суд США по вопросам торговли признал незаконной сделку фонда.", "legal_action",
     "Окружной суд"),
    ("", "28 мая Окружной суд США признал незаконной сделку фонда.", "legal_action", "Окружной суд"),
    ("", "Первоначально 12 апреля 2021 года ЦБ РФ подал иск в интересах банка «Заря».", "legal_action", "ЦБ РФ"),
    ("", "После двух жалоб суд 4 июня удовлетворил ходатайство о снятии ареста.", "legal_action", "суд"),
    ("", "В феврале 2019 года суд признал компанию «Ветла» банкротом.", "legal_action", "суд"),
    # a court named by lower-case adjectives inside a clause after «что»: the court, not the country
    ("", "Рынки выросли на новостях о том, что окружной суд Канады признал незаконными пошлины на сталь.",
     "legal_action", "суд"),
    # authorities named with a country's abbreviation, inside a reported clause
    ("", "Газеты писали, что власти КНР предписали местным банкам прекратить выдачу кредитов.", "legal_action",
     "власти КНР"),
    # the subject of the clause after «хотя», not the object of the clause before it
    ("", "Министр обвинил Перу в нарушении договора, хотя Лима эти обвинения отвергает.", "denial", "Лима"),
    # a court stays the court under a headline that names the claimant
    ("Прокуратура потребовала изъять акции завода «Ромашка»",
     "Прокуратура подала иск в январе. После двух заявлений суд 6 мая удовлетворил ходатайство о снятии ареста.",
     "legal_action", "Прокуратура"),
    # a quotation whose words «говорится в заявлении» of someone: the statement's author, not the page
    ("", "«Сведения о продаже завода не соответствуют действительности», - говорится в заявлении компании «Ветла».",
     "denial", "Ветла"),
    ("", "«Эти сведения не соответствуют действительности», — отмечается в сообщении пресс-службы банка.", "denial",
     "пресс-служба банка"),
    ("", "«Мы приносим извинения пассажирам», — говорится в заявлении авиакомпании.", "apology", "авиакомпания"),
]

# Near misses: what the opener rule must leave alone.
SAME = [
    ("", "В Минфине опровергли сообщения о новом налоге.", "denial", "Минфин"),
    ("", "Арбитражный суд Москвы взыскал с компании «Ветла» 3 млн рублей.", "legal_action", "Арбитражный суд"),
]


@pytest.mark.parametrize(("title", "body", "kind", "actor"), ACTORS + SAME)
def test_russian_subject(title: str, body: str, kind: str, actor: str) -> None:
    assert cases.actor(title, body, kind, outlet="Интерфакс") == actor


def test_court_after_claimant_headline() -> None:
    events = cases.kinds("После двух заявлений суд 6 мая удовлетворил ходатайство о снятии ареста.",
                         title="Прокуратура потребовала изъять акции завода «Ромашка»", outlet="Интерфакс")
    assert "legal_action" in events
