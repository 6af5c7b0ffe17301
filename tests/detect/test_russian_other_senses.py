"""Ordinary Russian news in our own words, where a follow-up's words serve another sense: each false-alarm shape
next to the true reading that shares its words (a video or an advert filmed, a name gone from a list, private
messages deleted, a suit only meant, a report only urged, a contract's fine, the people a case is about, a decision
disputed, a stance rejected, a hypothetical fake, a program's bug)."""

from __future__ import annotations

import pytest

from monitor.detect.followups import detect
from monitor.models import Doc

pytestmark = pytest.mark.pure

CASES = [
    # retraction: «снять» a video, an advert or an interview is to film it; taken down, it is taken from somewhere
    ("Школьница сняла видео, на котором слышны взрывы.", None),
    ("Редакция сняла видео с сайта после жалобы героя.", "retraction"),
    ("Музыканты сняли рекламу для сети пекарен.", None),
    ("Телеканал снял рекламу пекарни с эфира.", "retraction"),
    ("Корреспондент снял интервью с мэром на набережной.", None),
    ("Редакция сняла интервью с мэром по его просьбе.", "retraction"),
    ("Видео сняты в пригороде Харькова.", None),
    ("Видео снято с сайта по требованию правообладателя.", "retraction"),
    # retraction: a name gone from a list is a person off a page, no piece pulled
    ("Фамилия замминистра исчезла с сайта ведомства.", None),
    ("Материал о замминистре исчез с сайта ведомства.", "retraction"),
    # retraction: messages deleted from a chat are private, not a publication
    ("Депутат удалил свои сообщения из чата жильцов.", None),
    ("Агентство удалило сообщение о задержании депутата.", "retraction"),
    # legal: a suit only meant, a report only urged, a contract's rule, the people a case is about
    ("Управа собралась через суд обязать арендатора освободить подвал.", None),
    ("Суд обязал арендатора освободить подвал.", "legal_action"),
    ("Соседи посоветовали пенсионерке подать заявление в полицию.", None),
    ("Пенсионерка подала заявление в полицию.", "legal_action"),
    ("Если водитель опаздывает к заказу, его штрафуют на 500 рублей.", None),
    ("Инспекция оштрафовала службу доставки на 500 тысяч рублей.", "legal_action"),
    ("По версии следствия, фигуранты дела действовали по сговору.", None),
    ("Директор рынка стал фигурантом дела о взятке.", "legal_action"),
    # denial: a decision disputed, a stance rejected, a hypothetical
    ("Фермеры выразили несогласие с решением правительства.", None),
    ("Фермеры выразили несогласие с публикацией о субсидиях.", "denial"),
    ("Мы отвергаем риторику соседних государств.", None),
    ("Мы отвергаем обвинения в сговоре.", "denial"),
    ("Увидев такой снимок, мы бы подумали, что это фейк.", None),
    ("В пресс-службе заявили, что это фейк.", "denial"),
    # correction: a program's bug fixed in a tutorial is no piece's error
    ("В этой статье мы исправляем ошибку в коде парсера.", None),
    ("В этой статье мы исправили ошибку в дате.", "correction"),
]


@pytest.mark.parametrize(("text", "kind"), CASES)
def test_p18_case(text: str, kind: str | None) -> None:
    kinds = {e.kind for e in detect(Doc(title="", body=text, outlet="Курьер"))}
    assert (kind in kinds) if kind else not kinds, kinds
