"""Ordinary Russian news's other senses of a notice's words (monitor/detect/ru_senses.py), in our own words.

Each negative fired before the sense was added; its neighbour, sharing its words, still states the kind.
"""

from __future__ import annotations

import pytest

from monitor.detect.followups import detect
from monitor.models import Doc

pytestmark = pytest.mark.pure

CASES = [
    # correction: advice to read a contract is no «следует читать» note
    ("Перед подписанием нужно внимательно читать договор, советует юрист.", "correction", False),
    ("В заметке о выставке допущена опечатка, следует читать «Мария Петрова».", "correction", True),
    # clarification: an outlet that only interviewed the speaker
    ("В интервью журналу «Огонёк» министр пояснил, что реформа начнётся весной.", "clarification", False),
    ("Журнал «Огонёк» пояснил, что в заметке речь шла о прошлом годе.", "clarification", True),
    # correction: a mistake on a race track or in a vote
    ("На последнем круге гонщик допустил ошибку в повороте и вылетел с трассы.", "correction", False),
    ("Редакция допустила ошибку в заметке о гонке и исправила текст.", "correction", True),
    # correction: a bill's first version
    ("В первоначальной версии законопроекта курьеры были исключением, сообщил депутат.", "correction", False),
    ("В первоначальной версии заметки была указана неверная дата.", "correction", True),
    # legal_action: an application
    ("Директор музея подал заявление об уходе по собственному желанию.", "legal_action", False),
    ("Директор музея подал заявление о клевете в полицию.", "legal_action", True),
    # legal_action: none filed
    ("Никаких заявлений в прокуратуру от жителей не поступало.", "legal_action", False),
    ("Соседи написали заявление в прокуратуру.", "legal_action", True),
    # legal_action: a contract's fee
    ("Авиакомпания берёт штраф за возврат билета в размере двух тысяч рублей.", "legal_action", False),
    ("Суд назначил авиакомпании штраф в размере двух миллионов рублей.", "legal_action", True),
    # legal_action: a statute's range of fines
    ("По новому закону на граждан налагается штраф в размере от 5 до 10 тысяч рублей.", "legal_action", False),
    ("Мировой суд наложил на водителя штраф в размере 10 тысяч рублей.", "legal_action", True),
    # legal_action: a ruling still due, or urged
    ("Окончательное решение должен вынести районный суд.", "legal_action", False),
    ("Окончательное решение вынес районный суд.", "legal_action", True),
    ("Оппозиция призвала Конституционный суд вынести решение до выборов.", "legal_action", False),
    ("Конституционный суд обязал комиссию зарегистрировать кандидата.", "legal_action", True),
    # denial: a decision called groundless
    ("Премьер назвал решение соседей враждебным и необоснованным.", "denial", False),
    ("Премьер назвал сообщения о своей отставке необоснованными.", "denial", True),
    # denial: a cause named
    ("Причиной отказа в визе в консульстве называют ложные сведения в анкете.", "denial", False),
    ("В консульстве назвали ложными сведения о закрытии визового центра.", "denial", True),
    # denial: criticism of an act
    ("Режиссёр подверг новую постановку резкой критике, назвав её абсурдом.", "denial", False),
    ("Пресс-служба театра назвала абсурдом сообщения о его закрытии.", "denial", True),
    # denial: an offer turned down, a person turned down
    ("Бизнесмен сообщил, что отверг предложенную ему иностранными властями сделку со следствием.", "denial", False),
    ("Адвокат сообщил, что его клиент отверг все обвинения.", "denial", True),
    ("В молодости он пробовался в труппу, но был отвергнут худруком.", "denial", False),
    ("Обвинения в плагиате были отвергнуты автором романа.", "denial", True),
    # denial: fake news as a topic
    ("Учебник объясняет школьникам, что такое фейковые новости и как их распознать.", "denial", False),
    ("Пресс-секретарь заявил, что это фейковые новости.", "denial", True),
    # retraction: a video shot, not taken down
    ("Видео было снято камерой мобильного телефона на стройке.", "retraction", False),
    ("Видео было снято с сайта после жалоб зрителей.", "retraction", True),
    # correction: a mistake with no piece and no newsroom
    ("Эксперты считают, что спецслужбы допустили ошибки при проверке.", "correction", False),
    ("Редакция допустила ошибку в подписи к фотографии.", "correction", True),
    # legal_action: an organisation's pay deductions from its own staff
    ("Руководство больницы наложило штрафы на своих сотрудников.", "legal_action", False),
    ("Трудовая инспекция наложила штраф на больницу.", "legal_action", True),
    # denial: an event called a provocation
    ("Министр назвал взрыв на складе провокацией.", "denial", False),
    ("Министр назвал провокацией сообщения о взрыве на складе.", "denial", True),
    # denial: «без законных оснований» is unlawfully
    ("Чиновник закрыл рынок, не имея на то законных оснований.", "denial", False),
    ("Представитель компании заявил, что эти утверждения не имеют под собой оснований.", "denial", True),
    # apology: a word excused in passing
    ("Это, извините за выражение, полная катастрофа, сказал тренер.", "apology", False),
    ("Извините за задержку рейса, сказал капитан.", "apology", True),
]


@pytest.mark.parametrize(("text", "kind", "states"), CASES)
def test_ru_sense(text: str, kind: str, states: bool) -> None:
    kinds = [e.kind for e in detect(Doc(body=text, outlet="The Daily Bugle"))]
    assert (kind in kinds) is states, kinds
