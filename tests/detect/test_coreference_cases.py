"""Who acts where the sentence does not name the doer plainly, in our own words: a pronoun whose referent the
sentence before names, a doer called by its kind ("the exchange", «Министр») that the page named earlier, a court
named in the instrumental, a newsroom quoted after its verb of saying; and where the page leaves it unclear, nobody
rather than a wrong name."""

from __future__ import annotations

import pytest

from monitor.detect.coreference import title_subject
from monitor.detect.names import head
from tests.detect import cases

pytestmark = pytest.mark.pure


PRONOUNS = [
    # "he" or "she" stands for one person: a headline's pair is not it, its one name is
    ("Vell and Reed Harlow trip", "He has apologised for a genuine mistake.", "apology", ""),
    ("Vell visits Harlow", "He has apologised for a genuine mistake.", "apology", "Vell"),
    ("Delays at Larkspur Air", "Larkspur Air's chief executive spoke to reporters on Monday. He apologised for the "
     "delays.", "apology", "Larkspur Air"),
    ("Report on Vantor Mining", "Vantor Mining was contacted for comment. It denied the report.", "denial",
     "Vantor Mining"),
    ("Mayor Dalton and the budget", "Mayor Ruth Dalton spoke at the council meeting. She apologised to residents for "
     "the error.", "apology", "Ruth Dalton"),
    ("Глава банка выступил в Думе", "Глава банка «Северный» Игорь Лосев выступил в Думе. Он извинился перед "
     "вкладчиками за сбой.", "apology", "Игорь Лосев"),
    ("Перебои в «Ветролёте»", "Авиакомпания «Ветролёт» прокомментировала задержки. Она принесла извинения "
     "пассажирам.", "apology", "Ветролёт"),
    ("", "Acme's spokeswoman was asked about the leak on Tuesday. She denied the report.", "denial", "Acme"),
    ("", "Senator Hal Brandt met voters in Ohio. He apologised for missing the debate.", "apology", "Hal Brandt"),
    ("", "Компания «Ромашка» получила жалобы. Она извинилась перед клиентами.", "apology", "Ромашка"),
    ("Mellow Dairy recall", "A spokesman for Mellow Dairy spoke to reporters. He denied that the milk was unsafe.",
     "denial", "Mellow Dairy"),
    # the sentence before names two who might be "it": nobody, rather than a guess
    ("", "The regulator opened an inquiry into Vantor Mining. It denied any wrongdoing.", "denial", ""),
    ("", "Jane Roe wrote to the council. It apologised for the error.", "apology", ""),
    ("", "Depot Foods sued Kell Farms on Monday. It denied the claims.", "denial", ""),
    # a name in the sentence itself beats them all
    ("", "It was the third outage this year. Larch Bank apologised.", "apology", "Larch Bank"),
]

KINDS_NAMED_BEFORE = [
    ("Trading halt", "Pell Exchange halted trading for two hours on Friday. The exchange apologised to its members.",
     "apology", "Pell Exchange"),
    ("Regulator fines Pell Exchange", "The exchange apologised to its members.", "apology", "Pell Exchange"),
    ("Outage at Larch Bank", "Larch Bank customers could not log in on Friday. The bank apologised on Saturday.",
     "apology", "Larch Bank"),
    ("Turnout figures", "The Harbor Gazette printed the wrong figure. The newspaper later corrected the story.",
     "correction", "Harbor Gazette"),
    ("Nordhavn Shipping sued", "Nordhavn Shipping was sued by the port authority. The company denied wrongdoing.",
     "denial", "Nordhavn Shipping"),
    ("Министр транспорта Орлов о задержках", "Министр извинился перед пассажирами за задержки.", "apology", "Орлов"),
    ("Министерство здравоохранения опровергло слухи", "Ведомство опровергло сообщения о закрытии больниц.",
     "denial", "Министерство здравоохранения"),
    ("Сбой в приложении «Пчела»", "Компания сообщила, что приносит извинения клиентам.", "apology", "Пчела"),
    ("Издание «Вечерний Омск» удалило статью", "Издание «Вечерний Омск» опубликовало статью о мэре. Позже издание "
     "удалило материал.", "retraction", "Вечерний Омск"),
    ("Minister Okafor under fire", "The minister apologised for the remarks on Thursday.", "apology", "Okafor"),
    # a spokesman an office's possessive names speaks for that office, not for the headline's subject; a company's
    # spokesman for the company the headline names
    ("Varnia advice claim sparks row", "The prime minister's official spokesman rejected the claims.", "denial",
     "prime minister's official spokesman"),
    ("Pelham Bank faces inquiry", "The company's spokesman rejected the claims.", "denial", "Pelham Bank"),
    # a newsroom quoted after its verb of saying: the newspaper the page named, else the page's own note
    ("Harbor Gazette admits turnout error", "The report contained errors, the newspaper said on Monday.",
     "correction", "Harbor Gazette"),
    ("Turnout figures", "The Harbor Gazette printed the wrong turnout. The report contained errors, the newspaper "
     "said.", "correction", "Harbor Gazette"),
    ("Correction", "The report contained errors, the newspaper said.", "correction", "The Daily Ledger"),
]

LEGAL = [
    ("Brightwell faces suit", "Brightwell Energy has been sued by a group of shareholders.", "legal_action",
     "group of shareholders"),
    ("Иск к «Омеге»", "Решением Мещанского районного суда Москвы компания «Омега» оштрафована на 2 млн рублей.",
     "legal_action", "Мещанский районный суд Москвы"),
    # a higher court upheld the ruling: a court the sentence does not name, never the page's outlet
    ("Решение по делу «Омега»", "Решение Арбитражного суда оставлено без изменения.", "legal_action", ""),
]


# a spokesman's denial under a headline whose first name only modifies a noun: not that name
HEADLINE_MODIFIERS = [
    ("Harbour budget row deepens", "The mayor's spokesman also rejected the claims.", "denial",
     "mayor's spokesman"),
]


@pytest.mark.parametrize(("title", "body", "kind", "actor"), PRONOUNS + KINDS_NAMED_BEFORE + LEGAL
                         + HEADLINE_MODIFIERS)
def test_who_acts(title: str, body: str, kind: str, actor: str) -> None:
    assert cases.actor(title, body, kind, outlet="The Daily Ledger") == actor


@pytest.mark.parametrize(("phrase", "name"), [
    ("Компания «Зелёный луг»", "Зелёный луг"), ("Авиакомпания «Ветролёт»", "Ветролёт"),
    ("Глава банка «Северный» Игорь Лосев", "Игорь Лосев"), ("гендиректор «Полдня» Иван Петров", "Иван Петров"),
    ("Он", ""), ("Министерство здравоохранения", "Министерство здравоохранения"),
])
def test_the_name_in_a_phrase(phrase: str, name: str) -> None:
    assert head(phrase) == name


@pytest.mark.parametrize(("title", "name"), [
    ("Mayor Dalton and the budget", ""), ("News of the World apologises", "News of the World"),
    ("Minister Okafor under fire", "Okafor"), ("Bank of England fines Acme", "Bank of England"),
    # a name that only modifies the noun after it, the verb coming later, is no subject
    ("Harbour budget row deepens", ""), ("Varnia pension plan stalls", ""),
    ("Harbour United release statement on player", "Harbour United"),
    # a sentence-case headline's first word qualifying the noun before the verb: the noun's doer, or no one
    ("Kestrel star fined over hotel brawl", "Kestrel star"), ("Pelham user sues Acme over charger", ""),
    ("Harlow candidate quits over remark", "Harlow candidate"), ("Bayport mayor 'misled' council", "Bayport mayor"),
    # (a plural verb, or a verb before a plural object, is the headline's own verb)
    ("Valmont deny claims over poster", "Valmont"), ("Corvo beats forecasts again", "Corvo"),
    # (a tie, not a verb, though it ends in "-ly"; someone inside the organisation acts for it)
    ("Orvik ally denies charges", ""), ("Pelham manager arrested over fraud", "Pelham"),
])
def test_a_headline_never_names_a_fragment(title: str, name: str) -> None:
    assert title_subject(title) == name
