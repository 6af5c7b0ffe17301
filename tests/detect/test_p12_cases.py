"""Russian follow-ups as Russian outlets and parties word them, in our own words: each wording family next to the
same words in another sense (a hypothesis refuted, an apology demanded in a «чтобы» clause, a teacher's or an
app's fixed errors, a video wiped from a device)."""

from __future__ import annotations

import pytest

from monitor.detect.followups import detect
from monitor.models import Doc

pytestmark = pytest.mark.pure

CASES = [
    # denial: a report or a claim refuted, not a proposition
    ("В пресс-службе агрохолдинга опровергли сообщения о продаже элеваторов.", "denial"),
    ("Депутат Зуйков опроверг информацию о своей госпитализации.", "denial"),
    ("Пивзавод опроверг слухи о закрытии цеха.", "denial"),
    ("Геологи опровергли гипотезу о вулканическом происхождении озера.", None),
    ("Свежие данные опровергают теорию о пользе голодания.", None),
    ("Опрос опровергает миф о том, что подростки не ходят в музеи.", None),
    ("Экономист опроверг тезис коллеги о росте зарплат.", None),
    # apology: done, not asked for in a «чтобы» clause
    ("Глава поселка извинился перед жителями за перебои с отоплением.", "apology"),
    ("Родители потребовали, чтобы директор лицея извинился за свои слова.", None),
    ("Болельщики хотят, чтобы клуб извинился.", None),
    ("Акционеры настаивают, чтобы газета удалила заметку о них.", None),
    # correction: a piece's error, not a pupil's or an app's
    ("Редакция исправила ошибку в подписи к снимку с митинга.", "correction"),
    ("Ранее мы ошибочно сообщили, что концерт в филармонии отменён.", "correction"),
    ("Материал исправлен: тендер стоил 60 млн рублей, а не 600 млн.", "correction"),
    ("Учительница исправила ошибки в сочинении.", None),
    ("Новая версия приложения исправила ошибку со входом в кабинет.", None),
    ("Программисты поправили ошибку в расчете тарифов.", None),
    # retraction: a piece taken down, not a file wiped from a device
    ("Портал удалил публикацию о закрытии вокзала после претензии перевозчика.", "retraction"),
    ("Таксист удалил видео с видеорегистратора.", None),
    ("Свидетельница удалила видео из памяти телефона.", None),
    ("Блогер удалил видео о ссоре с соседями со своего канала.", "retraction"),
    # legal_action: a regulator's takeover or order received, a ruling upheld; not a suit never filed, a statute
    ("Банк России ввел временную администрацию в кредитном кооперативе.", "legal_action"),
    ("Телеканал получил предписание Роскомнадзора.", "legal_action"),
    ("Апелляция оставила в силе решение об опровержении статьи о свалке.", "legal_action"),
    ("Решение о взыскании с портала 90 тысяч рублей кассация оставила без изменения.", "legal_action"),
    ("Решение о переносе ярмарки мэрия оставила в силе.", None),
    ("Иск к журналистке пока не подавался.", None),
    ("Закон предусматривает опровержение порочащих сведений по решению суда.", None),
    ("Банк России оштрафовал брокера за манипулирование котировками.", "legal_action"),
    ("Суд обязал газету опубликовать опровержение статьи о застройщике.", "legal_action"),
    ("Роскомнадзор потребовал удалить заметку, но редакция отказалась.", "legal_action"),
    ("Порталу грозит штраф до 4 млн рублей.", None),
    ("Юристы фабрики намерены обратиться в суд.", None),
    ("Депутаты внесли поправки в закон о СМИ.", None),
    ("Бывший мэр отбывает срок в исправительной колонии.", None),
    # stands_by: a newsroom keeps its piece; not a coach, a minister or a ticket price
    ("Редакция настаивает на достоверности опубликованных сведений.", "stands_by"),
    ("Газета «Полдень» стоит на своём.", "stands_by"),
    ("«Мы стоим на своём и докажем каждое слово в суде», — заявил главный редактор.", "stands_by"),
    ("В редакции остаются при своём мнении.", "stands_by"),
    ("Тренер стоит на своём: состав не изменится.", None),
    ("«Мы стоим на своём», — заявил вице-премьер.", None),
    ("Министр остаётся при своём мнении.", None),
    ("Подписка стоит на своём сайте дешевле.", None),
    ("Портал отказался публиковать опровержение.", "stands_by"),
    ("Редакция не видит оснований для опровержения.", "stands_by"),
    ("Журнал не стал удалять расследование о свалке.", "stands_by"),
    ("В издании считают, что все факты в статье проверены.", "stands_by"),
    ("Редакция сообщила, что изложенные в репортаже факты подтверждены документами.", "stands_by"),
    ("Прокуратура сообщила, что все факты в статье подтверждены.", None),
    ("Министр отказался давать интервью.", None),
    # a newsroom that calls another's piece false denies it; one that calls the claims against its own piece
    # false stands by it
    ("Агентство назвало публикацию конкурента клеветой.", "denial"),
    ("Редакция назвала претензии фабрики к статье надуманными.", "stands_by"),
]


@pytest.mark.parametrize(("text", "kind"), CASES)
def test_case(text: str, kind: str | None) -> None:
    kinds = [e.kind for e in detect(Doc(body=text, outlet="Вечерний курьер"))]
    assert kind in kinds if kind else kinds == [], kinds


def test_a_newsroom_calling_anothers_piece_false_does_not_stand_by_its_own() -> None:
    kinds = [e.kind for e in detect(Doc(body="Агентство назвало публикацию конкурента клеветой.", outlet="Курьер"))]
    assert "stands_by" not in kinds, kinds
