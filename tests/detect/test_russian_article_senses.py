"""False alarms that ordinary Russian news articles raised (p26's study of full articles from many Russian outlets,
half A), in our own words: each family next to the follow-ups that share its words and must still be found."""

from __future__ import annotations

import pytest

from tests.detect import cases

pytestmark = pytest.mark.pure

CASES = [
    # an act, an intention or a manoeuvre called a provocation is condemned, no report denied
    ("Действия пограничников соседней страны в Москве назвали провокацией.", "denial", False),
    ("Посольство в своем заявлении назвало «провокацией» намерение властей закрыть консульство.", "denial", False),
    ("В штабе назвали провокацией пролет самолетов над нейтральными водами.", "denial", False),
    ("Пресс-секретарь назвал провокацией сообщения о своей скорой отставке.", "denial", True),
    ("В министерстве назвали провокацией публикацию газеты о закрытии завода.", "denial", True),
    ("Глава района назвал ложью и провокацией слухи о закрытии больницы.", "denial", True),
    ("Компания назвала ложью информацию о своем банкротстве.", "denial", True),
    # the law's penalty for a wrong, not a fine imposed
    ("За нарушение тишины ночью полагается штраф в размере 3 тыс. рублей.", "legal_action", False),
    ("Водителям, которые превысили скорость, полагается штраф на сумму 5 тыс. рублей.", "legal_action", False),
    ("Суд назначил водителю штраф в размере 3 тыс. рублей.", "legal_action", True),
    ("Инспекция оштрафовала компанию на 200 тыс. рублей.", "legal_action", True),
    # a list of powers or duties under one «должен», «сможет» or «вправе», nobody going to court
    ("В ведомстве отметили, что новый омбудсмен должен следить за рынком, проверять сведения, рассматривать жалобы "
     "на мошенников и обращаться в суд.", "legal_action", False),
    ("Новый регулятор сможет проверять сайты, принимать жалобы пользователей и обращаться в суд с исками о "
     "блокировке.", "legal_action", False),
    ("Уполномоченный обратился в суд в интересах жильцов дома.", "legal_action", True),
    ("Жильцы подали жалобу в прокуратуру на управляющую компанию.", "legal_action", True),
    ("После долгих проверок жильцы смогли подать жалобу в прокуратуру на управляющую компанию.", "legal_action",
     True),
    ("По решению суда компания должна выплатить штраф в 1 млн рублей.", "legal_action", True),
]


@pytest.mark.parametrize(("text", "kind", "found"), CASES)
def test_case(text: str, kind: str, found: bool) -> None:
    cases.finds(text, kind, found)
