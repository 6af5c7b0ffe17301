"""Who acts in Russian court and regulator news (shapes of Kazakh Russian-language news, p51's tuning half, in our own
words): a passive's doer in the instrumental («возбуждено следственным отделом», «инспекцией составлен»), the one
sentenced in the accusative before a plural verb that names no doer («Бергмана приговорили»), and the speaker a dash
names after a quotation opened in an earlier sentence."""

from __future__ import annotations

import pytest

from tests.detect import cases

pytestmark = pytest.mark.pure

ACTORS = [
    # a passive's doer in the instrumental, read in the nominative
    ("", "Уголовное дело по факту растраты возбуждено следственным отделом МВД Тарского района.", "legal_action",
     "Следственный отдел МВД Тарского района"),
    ("", "В связи с этим инспекцией составлен протокол об административном правонарушении.", "legal_action",
     "Инспекция"),
    ("", "Дело о мошенничестве возбуждено Следственным комитетом России.", "legal_action",
     "Следственный комитет России"),
    ("", "Дело возбуждено УМВД по Озерску в марте.", "legal_action", "УМВД"),
    # a passive that names no doer, or one the instrumental is not: still no one
    ("", "Против директора завода возбуждено уголовное дело.", "legal_action", ""),
    ("", "Уголовное дело возбуждено в связи с этим нарушением.", "legal_action", ""),
    # a plural noun shaped like a participle («органы») is none: «органы КНБ» are not the passive's doer
    ("", "По какой статье возбуждено дело, знают органы КНБ.", "legal_action", ""),
    # the one sentenced in the accusative before a plural verb with no subject: no doer named
    ("", "Бергмана приговорили к четырем годам колонии, его помощник получил условный срок.", "legal_action", ""),
    ("", "В мае бывшего мэра Озерска Тимура Латыпова признали виновным в растрате и приговорили к девяти годам.",
     "legal_action", ""),
    ("", "Саломатину оштрафовали на 40 тысяч рублей.", "legal_action", ""),
    ("", "В июне экс-главу Тарского района Николая Бекова признали виновным и приговорили к пяти годам.",
     "legal_action", ""),
    # a plural subject in the nominative still acts
    ("", "Следователи возбудили дело против директора завода.", "legal_action", "Следователи"),
    # a quotation opened in the sentence before closes here; the dash names its speaker, not the page
    ("", "«Мы не собираемся продавать банк. Это слухи, которые не имеют под собой никаких оснований», - заявил "
         "Рустам Ерланов.", "denial", "Рустам Ерланов"),
]


@pytest.mark.parametrize(("title", "body", "kind", "who"), ACTORS)
def test_actor(title: str, body: str, kind: str, who: str) -> None:
    assert cases.actor(title, body, kind) == who


KINDS = [
    ("Уголовное дело по факту растраты возбуждено следственным отделом МВД Тарского района.", "legal_action"),
    ("Бергмана приговорили к четырем годам колонии.", "legal_action"),
    ("Протокол встречи составлен секретарем комиссии.", None),
    ("Отчет подготовлен отделом аналитики банка.", None),
]


@pytest.mark.parametrize(("text", "kind"), KINDS)
def test_kind(text: str, kind: str | None) -> None:
    cases.states(text, kind)
