"""Who acts where Russian leaves the doer unnamed or puts words before the subject (shapes from long Meduza
investigations, p49's tuning half, in our own words): an indefinite-personal plural («Против него возбудили дело»,
«Волкову предъявили обвинение») and a short passive («В Казани возбуждено дело») name no doer, so neither the
target, the recipient nor the place is the actor; a season or time of day opens a sentence before its subject
(«Весной 2021 года Олег Сомов подал иск»); an aside between subject and verb («в разговоре с журналистами») and a
participle's clause set off by commas («Суд, рассматривавший иск компании, оштрафовал») are no subject."""

from __future__ import annotations

import pytest

from tests.detect import cases

pytestmark = pytest.mark.pure

ACTORS = [
    # a season or a time of day opens the sentence: the subject after it, not the adverb
    ("Весной 2021 года Олег Сомов подал на журналиста иск о защите чести.", "legal_action", "Олег Сомов"),
    ("Осенью 2019 года Анна Крылова подала в суд на управляющую компанию.", "legal_action", "Анна Крылова"),
    ("Вечером 3 мая Марина Лесная опровергла сведения о своей отставке.", "denial", "Марина Лесная"),
    # an indefinite-personal plural: the target, the recipient or a place named before it did nothing
    ("Против директора завода «Сокол» завели уголовное дело о растрате.", "legal_action", ""),
    ("Ивану Грачеву предъявили обвинение в мошенничестве.", "legal_action", ""),
    ("В марте против Петра Зорина возбудили уголовное дело.", "legal_action", ""),
    # an opener of several lower-case words before the recipient («Через несколько часов», «В начале мая»)
    ("Через несколько часов Ивану Грачеву предъявили обвинение во взятке.", "legal_action", ""),
    ("В начале мая против Петра Зорина возбудили уголовное дело.", "legal_action", ""),
    ("Он уехал из России в Чехию после того, как на него возбудили дело.", "legal_action", ""),
    ("Компанию «Ветла» оштрафовали на 100 тысяч рублей.", "legal_action", ""),
    # a short passive without its doer: who is named before it underwent it
    ("В Казани возбуждено уголовное дело о мошенничестве с квартирами.", "legal_action", ""),
    ("В отношении издания «Вестник» составлен протокол об административном правонарушении.", "legal_action", ""),
    ("Сейчас дело передано в суд.", "legal_action", ""),
    # an aside between the subject and its verb
    ("Карпов в разговоре с журналистами отверг обвинения в подкупе.", "denial", "Карпов"),
    ("Зотова в интервью «Вестнику» опровергла слухи о продаже компании.", "denial", "Зотова"),
    # a participle's clause set off by commas: the subject before it, not a name inside it
    ("Суд, рассматривавший иск компании «Ветла», оштрафовал Орлова на пять тысяч рублей.", "legal_action", "Суд"),
    # neighbours that keep their doers: a subject before a plural verb, a singular subject, an active court
    ("Против него следователи возбудили уголовное дело.", "legal_action", ""),
    ("Следственный комитет возбудил уголовное дело против Зорина.", "legal_action", "Следственный комитет"),
    ("Акционеры подали иск к Зорину.", "legal_action", "Акционеры"),
    ("Суд оштрафовал компанию «Ветла» на 100 тысяч рублей.", "legal_action", "Суд"),
    ("Вчера Анна Крылова подала иск к издательству.", "legal_action", "Анна Крылова"),
]


@pytest.mark.parametrize("body, kind, actor", ACTORS)
def test_russian_unnamed_doer(body: str, kind: str, actor: str) -> None:
    assert cases.actor("", body, kind, outlet="Вестник") == actor
