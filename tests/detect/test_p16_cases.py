"""Ordinary Russian news in our own words, where a follow-up's words serve another sense: each false-alarm shape
next to the true reading that shares its words (a perfective future, a fine as a rule or a proposal, a myth dispelled,
a thing that turned out fake, a video filmed somewhere, a channel gone off air)."""

from __future__ import annotations

import pytest

from monitor.detect.followups import detect
from monitor.models import Doc

pytestmark = pytest.mark.pure

CASES = [
    # a perfective future of an -ить verb is told before it happens, wherever it stands in the match
    ("Редакция удалит статью о застройщике.", None),
    ("Редакция удалила статью о застройщике.", "retraction"),
    ("Суд оштрафует перевозчика, если нарушения подтвердятся.", None),
    ("Суд оштрафовал перевозчика на 300 тысяч рублей.", "legal_action"),
    ("Певица откажется от своих слов о коллегах только после суда.", None),
    ("Певица отказалась от своих слов о коллегах.", "retraction"),
]


@pytest.mark.parametrize(("text", "kind"), CASES)
def test_case(text: str, kind: str | None) -> None:
    kinds = {e.kind for e in detect(Doc(title="", body=text, outlet="Курьер"))}
    assert (kind in kinds) if kind else not kinds, (text, kinds)
