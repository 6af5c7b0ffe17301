"""Wording families of what parties do about a story (denials, apologies, stands, legal actions) that real published
text showed missed (p25's tuning half A), in our own words: each family next to the near misses that share its words
and must stay silent for that kind."""

from __future__ import annotations

import pytest

from tests.detect import cases

pytestmark = pytest.mark.pure

CASES = [
    # a report called untrue by a negation, often graded
    ("Harbour Freight's spokeswoman called the newspaper's account \"100 percent untrue.\"", "denial", True),
    ("The mayor called the report \"90 percent not true\" at a briefing on Monday.", "denial", True),
    ("Finance Minister Olga Varga called the story not true and said no such plan existed.", "denial", True),
    ("The mayor called the vote on Tuesday after the hearing rehearsal.", "denial", False),
    ("The coach called the story of his comeback true to form.", "denial", False),
    # figures said to be pulled from the ceiling (made up), and a newsroom's answer that its were not
    ("Цифры в отчёте взяты с потолка, заявил министр.", "denial", True),
    ("Эти цифры взяты не с потолка, а из отчёта министерства.", "denial", False),
    ("Информацию, изложенную в статье, мы взяли не с потолка.", "stands_by", True),
    ("Редакция не выдумала ни одного факта, заявил главный редактор.", "stands_by", True),
    ("Он не выдумал ни одного слова для новой песни.", "stands_by", False),
    ("Эти цифры взяты не с потолка, а из отчёта министерства.", "stands_by", False),
    # a regret made unconditional is an apology; a regret at another's decision is not
    ("The minister withdrew his remarks and expressed unconditional regret.", "apology", True),
    ("The councillor offered his unreserved regrets to the family.", "apology", True),
    ("The minister expressed regret at the council's decision.", "apology", False),
    # a federal service's order is a regulator's act
    ("Антимонопольная служба обязала оператора вернуть в бюджет два миллиарда рублей.", "legal_action", True),
    ("Налоговая инспекция предписала заводу устранить нарушения до конца месяца.", "legal_action", True),
    ("Изданию грозит штраф в размере 200 тысяч рублей.", "legal_action", False),
    # charges decided against are no charges
    ("Prosecutors decided against filing charges against the officials.", "legal_action", False),
    ("Prosecutors have decided against charging the two officials.", "legal_action", False),
    ("The board opted against a lawsuit over the article.", "legal_action", False),
    ("Prosecutors charged the two officials after deciding against a settlement.", "legal_action", True),
]


@pytest.mark.parametrize(("text", "kind", "found"), CASES)
def test_case(text: str, kind: str, found: bool) -> None:
    cases.finds(text, kind, found)
