"""Who acts in full articles, by tables of cases in our own words: a wire dateline's outlet is not the doer named
after it, and a Russian word capitalised only by its place (a verb, a pronoun, an adjective before its noun) names no
one; beside each, the neighbours that keep their actor."""

from __future__ import annotations

import pytest

from tests.detect import cases

pytestmark = pytest.mark.pure


WHO_ACTS = [
    # a dateline names the wire, not the person the sentence is about
    ("Mayor rejects land claims", "Riverton (CNN) Ada Quill denied on Monday that she had sold the park land.",
     "denial", "Ada Quill"),
    ("Club denies bid", "OSLO (Reuters) - Fjord United denied a report that it had bid for the striker.", "denial",
     "Fjord United"),
    # a verb or pronoun opening a Russian sentence is no doer; the passive names none
    ("Дело о поджоге", "Было возбуждено уголовное дело о поджоге склада.", "legal_action", ""),
    ("Моряков обвинили", "Всем морякам предъявили обвинения в контрабанде.", "legal_action", ""),
    ("Дело передали", "Громкое дело передано в суд.", "legal_action", ""),
    # a district's adjective is part of the court's name, with or without a date before it
    ("Суд вынес приговор", "12 марта Озёрский районный суд Липецка приговорил водителя к году колонии.",
     "legal_action", "Озёрский районный суд"),
    ("Суд вынес приговор", "Озёрский районный суд Липецка приговорил водителя к году колонии.", "legal_action",
     "Озёрский районный суд"),
    ("Прокуратура требует", "Напомним, прокуратура Заречного района потребовала возбудить уголовное дело.",
     "legal_action", "прокуратура"),
    ("Слухи о закрытии", "Власти Озёрской области назвали слухи о закрытии завода недостоверными.", "denial",
     "Власти Озёрской области"),
    # neighbours: a plural noun shaped like an adjective and a surname shaped like one still name the doer
    ("Протоколы составлены", "Полицейские составили на них протоколы о мелком хулиганстве.", "legal_action",
     "Полицейские"),
    ("Мэр извинился", "Ковальский извинился за свои слова.", "apology", "Ковальский"),
]


@pytest.mark.parametrize(("title", "body", "kind", "actor"), WHO_ACTS)
def test_who_acts(title: str, body: str, kind: str, actor: str) -> None:
    assert cases.actor(title, body, kind) == actor
