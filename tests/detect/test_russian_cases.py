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
    ("Экспертиза опровергла версию о поджоге склада.", None),
    ("Данные Росстата опровергают сообщения о росте безработицы.", None),
    ("Следователи опровергли версию газеты о поджоге.", "denial"),
    ("Данные о потерях опроверг пресс-секретарь.", "denial"),
    # correction: what the piece first said, then that it is not so
    ("Первоначально в новости говорилось, что мост закрыт на ремонт; это не так.", "correction"),
    ("Изначально в материале было указано, что ущерб составил 3 млн рублей; на самом деле — 3 млрд.", "correction"),
    ("Первоначально мост планировали закрыть на ремонт в мае.", None),
    ("Ранее в мэрии говорили, что тариф не вырастет; на самом деле он вырос.", None),
    # a future order; a statement to the police about someone missing; a falsehood found out (p26's half B families)
    ("Всем приехавшим из-за границы выдадут предписание о карантине.", None),
    ("Инспекция выдала заводу предписание устранить нарушения.", "legal_action"),
    ("Родители написали заявление в полицию о пропаже сына.", None),
    ("Жильцы написали заявление в полицию на управляющую компанию.", "legal_action"),
    ("Через неделю выяснилось, что это была ложь.", None),
    ("В администрации ответили, что это ложь.", "denial"),
    # a party's verdict on a piece with the reflexive «содержится»
    ("Прокуратура заявила, что в материале содержится недостоверная информация.", "denial"),
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
    ("По вине редакции в подписи к снимку перепутаны имена спортсменок.", "correction"),
    ("В заметке о выставке перепутано название галереи.", "correction"),
    ("В опубликованном интервью допущена опечатка в фамилии собеседницы.", "correction"),
    ("В интервью РБК министр пояснил, что реформа начнётся весной.", None),
    ("ДТП произошло по вине водителя автобуса.", None),
    ("Материал будет исправлен после проверки.", None),
    # retraction: a piece taken down, not a file wiped from a device
    ("Портал удалил публикацию о закрытии вокзала после претензии перевозчика.", "retraction"),
    ("Таксист удалил видео с видеорегистратора.", None),
    ("Свидетельница удалила видео из памяти телефона.", None),
    ("Сюжет о ярмарке убрали из эфира и с сайта телеканала.", "retraction"),
    ("Статья о тендере будет удалена.", None),
    ("Редакция заявила, что статья удалена не будет.", "stands_by"),
    # apology: made, in the passive too; not one awaited
    ("Извинения принесены всем, кого задела эта шутка.", "apology"),
    ("Жильцы ждут, что извинения будут принесены.", None),
    ("Блогер удалил видео о ссоре с соседями со своего канала.", "retraction"),
    # legal_action: a regulator's takeover or order received, a ruling upheld; not a suit never filed, a statute
    ("Банк России ввел временную администрацию в кредитном кооперативе.", "legal_action"),
    ("Телеканал получил предписание Роскомнадзора.", "legal_action"),
    ("Апелляция оставила в силе решение об опровержении статьи о свалке.", "legal_action"),
    ("Решение о взыскании с портала 90 тысяч рублей кассация оставила без изменения.", "legal_action"),
    ("Решение о переносе ярмарки мэрия оставила в силе.", None),
    ("Иск к журналистке пока не подавался.", None),
    ("Иск будет подан на следующей неделе.", None),
    ("Иск подан не был.", None),
    ("Закон предусматривает опровержение порочащих сведений по решению суда.", None),
    ("Банк России оштрафовал брокера за манипулирование котировками.", "legal_action"),
    ("Суд обязал газету опубликовать опровержение статьи о застройщике.", "legal_action"),
    ("Роскомнадзор потребовал удалить заметку, но редакция отказалась.", "legal_action"),
    ("ЦБ ограничил кредитному союзу привлечение вкладов.", "legal_action"),
    ("Суд приостановил работу хостела на 60 суток.", "legal_action"),
    ("Правительство ограничило экспорт гречки.", None),
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
    ("Газета не намерена извиняться за публикацию о застройщике.", "stands_by"),
    ("Водитель маршрутки не намерен извиняться.", None),
    # a newsroom that calls another's piece false denies it; one that calls the claims against its own piece
    # false stands by it
    ("Агентство назвало публикацию конкурента клеветой.", "denial"),
    ("Редакция назвала претензии фабрики к статье надуманными.", "stands_by"),
]


@pytest.mark.parametrize(("text", "kind"), CASES)
def test_case(text: str, kind: str | None) -> None:
    kinds = [e.kind for e in detect(Doc(body=text, outlet="Вечерний курьер"))]
    assert kind in kinds if kind else kinds == [], kinds


def test_a_piece_kept_online_is_no_retraction() -> None:
    kinds = [e.kind for e in detect(Doc(body="Редакция заявила, что статья удалена не будет.", outlet="Курьер"))]
    assert "retraction" not in kinds, kinds


def test_a_newsroom_calling_anothers_piece_false_does_not_stand_by_its_own() -> None:
    kinds = [e.kind for e in detect(Doc(body="Агентство назвало публикацию конкурента клеветой.", outlet="Курьер"))]
    assert "stands_by" not in kinds, kinds


# Who acts in Russian follow-ups: the party named for its press office, the company in quotation marks, the
# regulator, the outlet behind «Редакция», the page's headline for «в компании».
ACTORS = [
    ("", "В пресс-службе «Северной верфи» назвали сообщения о сокращениях вымыслом.", "denial", "Северной верфи"),
    ("", "Компания «Агроплюс» подала иск о защите деловой репутации к газете «Полдень».", "legal_action", "Агроплюс"),
    ("", "Роскомнадзор оштрафовал портал «Вести края» на 800 тысяч рублей.", "legal_action", "Роскомнадзор"),
    ("", "Редакция приносит извинения читателям.", "apology", "Курьер"),
    ("", "Газета «Полдень» удалила статью о застройщике.", "retraction", "Полдень"),
    ("Сеть «Корзинка» опровергла слухи о банкротстве", "В компании назвали эту информацию фейком.", "denial",
     "Корзинка"),
    ("", "Банк России ввел временную администрацию в кредитном кооперативе.", "legal_action", "Банк России"),
    ("", "Газета «Полдень» стоит на своём.", "stands_by", "Полдень"),
]


@pytest.mark.parametrize(("title", "body", "kind", "actor"), ACTORS)
def test_actor(title: str, body: str, kind: str, actor: str) -> None:
    events = [e for e in detect(Doc(title=title, body=body, outlet="Курьер")) if e.kind == kind]
    assert events and events[0].actor == actor, [(e.kind, e.actor) for e in events]


@pytest.mark.parametrize(("text", "kinds"), [
    # the note goes on to say what is so: one correction, no denial
    ("В первой версии заметки говорилось, что мост закрыт. Это не соответствует действительности.", ["correction"]),
    ("An earlier version of this article said the bridge had closed. That is not true.", ["correction"]),
    # a party's denial after the note stays its own
    ("В первой версии заметки говорилось, что мост закрыт. Мэрия опровергла эти сведения.",
     ["correction", "denial"]),
])
def test_what_is_so_after_a_note_is_part_of_it(text: str, kinds: list[str]) -> None:
    assert [e.kind for e in detect(Doc(body=text, outlet="Вечерний курьер"))] == kinds
