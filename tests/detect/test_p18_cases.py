"""Ordinary Russian news in our own words, where a follow-up's words serve another sense: each false-alarm shape
next to the true reading that shares its words (a video or an advert filmed, a name gone from a list, private
messages deleted)."""

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
]


@pytest.mark.parametrize(("text", "kind"), CASES)
def test_p18_case(text: str, kind: str | None) -> None:
    kinds = {e.kind for e in detect(Doc(title="", body=text, outlet="Курьер"))}
    assert (kind in kinds) if kind else not kinds, kinds
