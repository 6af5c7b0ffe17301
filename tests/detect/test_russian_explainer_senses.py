"""A Russian news agency's explainers and speeches that share a notice's words, in our own words, each next to the
true follow-up that shares them: a question of why the law fines beside a fine imposed, a writer's promise to explain
a topic beside a newsroom clarifying its piece, and a speaker's conviction beside a newsroom standing by its story."""

from __future__ import annotations

import pytest

from tests.detect import cases

pytestmark = pytest.mark.pure

CASES = [
    # legal_action: a question of what the law does
    ("Экономист рассказал, почему штрафуют за парковку во дворах Самары.", None),
    ("Юрист пояснила, за что штрафуют владельцев собак в Перми.", None),
    ("Суд оштрафовал компанию «Северный луч» на 300 тысяч рублей.", "legal_action"),
    ("Стало известно, почему суд оштрафовал фермера из Вологды на 80 тысяч рублей.", "legal_action"),
    # clarification: an explainer's promise
    ("В этой статье мы постараемся пояснить, как устроен рынок угля.", None),
    ("Давайте попробуем пояснить на простом примере, что такое инфляция.", None),
    ("Редакция поясняет, что в заметке о заводе «Кедр» речь шла о другом директоре.", "clarification"),
    # stands_by: a politician's or a union leader's conviction
    ("«Мы сильные, и мы уверены в своей правоте», - заявил губернатор Зарецкий.", None),
    ("«Мы уверены в своей правоте и дойдем до конца», - сказал глава профсоюза Лосев.", None),
    ("Редакция газеты «Полесье» уверена в своей правоте и не намерена удалять статью.", "stands_by"),
    ("Журналист Орлов уверен в своей правоте и готов отстаивать материал в суде.", "stands_by"),
]


@pytest.mark.parametrize(("text", "kind"), CASES)
def test_explainer_or_notice(text: str, kind: str | None) -> None:
    if kind:
        cases.finds(text, kind, True, outlet="РИА Новости")
    else:
        assert cases.kinds(text, outlet="РИА Новости") == []
