"""Who acts in full articles, by tables of cases in our own words: a wire dateline's outlet is not the doer named
after it; a Russian word capitalised only by its place (a verb, a pronoun, an adjective before its noun) names no
one; a place or a nationality before a common noun describes the doer and is not its name ("A Tacoma man has filed
suit" is a man's suit), while a real name before its noun keeps the name ("The Trump campaign", "the Smith family");
beside each, the neighbours that keep their actor."""

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

PLACE_BEFORE_A_NOUN = [
    ("", "A Tacoma man has filed suit against a regional bakery chain, claiming he was burned by a faulty oven door.",
     "legal_action", "Tacoma man"),
    ("", "Three Ohio students have sued their school district over a ban on phones, their lawyer said.",
     "legal_action", "Ohio students"),
    ("", "A Nevada woman is suing Skyline Airways over claims a steward spilled boiling tea on her arm.",
     "legal_action", "Nevada woman"),
    ("", "The Chicago-based record label for the singer is suing a Danish party over a jingle in its campaign ad.",
     "legal_action", "Chicago-based record label"),
    ("", "A Maltese lawyer last week filed a complaint with the rights court accusing the minister of torture.",
     "legal_action", "Maltese lawyer"),
    ("", "A retired teacher from rural Kentucky has pleaded guilty to stealing from the school fund.",
     "legal_action", "retired teacher"),
]
# Neighbours: a name before its noun is the name; an organisation's title or noun stays the organisation's; a
# clause after a name is no noun phrase.
KEEPS_ITS_NAME = [
    ("", "The Trump campaign filed a lawsuit against the county on Friday.", "legal_action", "Trump campaign"),
    ("", "Acme Corp filed a lawsuit against its former supplier in March.", "legal_action", "Acme Corp"),
    ("", "The Vizhinjam police filed charges against two fishermen.", "legal_action", "Vizhinjam police"),
    ("", "The Smith family has sued the hospital for negligence.", "legal_action", "Smith"),
    ("", "The Harbour Commission reached a settlement that includes a $2 million fine against the lender.",
     "legal_action", "Harbour Commission"),
]


# Who was arrested and then charged did not charge: the second participle shares the first clause's passive (but an
# active second act keeps its doer).
A_SHARED_PASSIVE = [
    ("", "Garner was arrested on March 4 and charged with reckless driving after he hit a parked van, officers said.",
     "legal_action", ""),
    ("", "Delacroix sued the newspaper for libel last week.", "legal_action", "Delacroix"),
    ("", "Delacroix was angered by the column and sued the newspaper for libel.", "legal_action", "Delacroix"),
]


@pytest.mark.parametrize(("title", "body", "kind", "actor"),
                         WHO_ACTS + PLACE_BEFORE_A_NOUN + KEEPS_ITS_NAME + A_SHARED_PASSIVE)
def test_who_acts(title: str, body: str, kind: str, actor: str) -> None:
    assert cases.actor(title, body, kind) == actor
