"""Wording families found by probing the detector in our own words, each with the near misses beside it: who
acts and what kind of act a sentence states (kinds in the order the detector gives them; the actor of the
first)."""

from __future__ import annotations

import pytest

from monitor.detect.followups import detect
from monitor.models import Doc

pytestmark = pytest.mark.pure


def _read(body: str) -> tuple[list[str], str]:
    events = detect(Doc(body=body, outlet="Bugle Blog"))
    return [e.kind for e in events], events[0].actor if events else ""


# Others' verdicts: a party that calls a piece wrong, named after it, before it ("According to ...") or as the
# subject of "said", denies it; a newsroom that says so of its own piece corrects it.
VERDICTS = [
    ('"The story is full of mistakes," a spokesman for the bank said.', "denial", "bank"),
    ('"The reporting contains a number of inaccuracies," the firm said in a statement.', "denial", "firm"),
    ("According to the exchange, the report contained several errors.", "denial", "exchange"),
    ("According to police, the report contained errors.", "denial", "police"),
    ("According to Acme, the report incorrectly states that the plant will close.", "denial", "Acme"),
    ("The report incorrectly states that the plant will close, Acme said.", "denial", "Acme"),
    ("The story wrongly reported that the plant would close, Acme said in a statement on Tuesday.", "denial", "Acme"),
    ("The story misstated the date, a spokesman for the bank told a reporter.", "denial", "bank"),
    ("The article misidentified the mayor, said Ann Holt, the mayor's spokeswoman.", "denial", "Ann Holt"),
    ("The company said the report contained errors.", "denial", "company"),
    ("Critics said the article misstated the figures.", "denial", "Critics"),
    ("The exchange said a report in the Daily Bugle misstated its trading volumes.", "denial", "exchange"),
    # the newsroom's own verdict on its piece, and a party who names no piece
    ("The Daily Bugle said its report had contained errors and it has corrected it.", "correction", "Daily Bugle"),
    ("The story misstated the date, a spokesman for the paper said in a statement.", "correction", "Bugle Blog"),
    ("An earlier version of this story misstated the date, the paper said.", "correction", "Bugle Blog"),
    ("The story misstated the date, which was Monday.", "correction", "Bugle Blog"),
    ("According to the newspaper, its report contained several errors.", "", ""),
    ("The company said the report contained no errors.", "", ""),
    ("The company did not say the report contained errors.", "", ""),
    ("Acme said the minister misstated the figures.", "", ""),
]


@pytest.mark.parametrize(("body", "kinds", "actor"), VERDICTS)
def test_others_verdicts(body: str, kinds: str, actor: str) -> None:
    assert _read(body) == (kinds.split(), actor)


# Who acts: a subject set off from its verb by an appositive or an aside, a finance doer's common noun, a doer
# named after "from" or "by" without an article, and the subject of two coordinated acts (the same for both).
ACTORS = [
    ("Gemini, the exchange founded by the Winklevoss twins, denied the report.", "denial", "Gemini"),
    ("Kestrel Capital, a hedge fund run by two former traders, denied the allegations.", "denial", "Kestrel Capital"),
    ("The exchange, in a statement on Tuesday, denied the report.", "denial", "exchange"),
    ("The bank, in a note to clients, apologised for the outage.", "apology", "bank"),
    ("The company, through a spokesman, denied the claims.", "denial", "company"),
    ("The regulator, after a two-year inquiry, fined the bank $5 million.", "legal_action", "regulator"),
    ("The fund denied the allegations.", "denial", "fund"),
    ("The pension fund denied any wrongdoing.", "denial", "pension fund"),
    ("The Secret Service denied the report.", "denial", "Secret Service"),
    ("The lender apologised to borrowers.", "apology", "lender"),
    ("The fund said the report was false.", "denial", "fund"),
    ("The watchdog fined the lender for mis-selling loans.", "legal_action", "watchdog"),
    ("The bank received a warning from the regulator.", "legal_action", "regulator"),
    ("The exchange got a reprimand from the SEC.", "legal_action", "SEC"),
    ("The executive was charged by prosecutors in Seoul with fraud.", "legal_action", "prosecutors in Seoul"),
    ("The newspaper's owner corrected the story and apologised.", "correction apology", "newspaper's owner"),
    ("Our newspaper corrected the story and apologised.", "correction apology", "Bugle Blog"),
    ("Britain's biggest newspaper corrected the story and apologised.", "correction apology", "biggest newspaper"),
    # near misses: a thing refused, a rebuke from no authority, the public cautioned, a subject with no aside
    ("Access denied.", "", ""),
    ("Her request for funds was denied.", "", ""),
    ("The bank received a warning from a customer.", "", ""),
    ("Investors received a warning from the regulator about crypto scams.", "", ""),
    ("The player received a warning from the referee.", "", ""),
    ("Acme and Globex denied the report.", "denial", "Acme"),
    ("The Wire, on Thursday, issued a statement apologising to its readers.", "apology", "Wire"),
]


@pytest.mark.parametrize(("body", "kinds", "actor"), ACTORS)
def test_actors(body: str, kinds: str, actor: str) -> None:
    assert _read(body) == (kinds.split(), actor)


def test_both_coordinated_acts_name_the_same_doer() -> None:
    events = detect(Doc(body="The paper's editor apologised and retracted the article.", outlet="Bugle Blog"))
    assert {e.kind: e.actor for e in events} == {"apology": "paper's editor", "retraction": "paper's editor"}


# Misses and false alarms: a denial of oneself, an instruction on how to complain, a settlement only likely, an
# announcement withdrawn (a statement: a retraction), an apology to no one, a Russian duty done or still ahead, and
# a bill's first draft (no piece corrected).
SENSES = [
    ("The senator denied himself a second term.", "", ""),
    ("She denied herself the pleasure of dessert.", "", ""),
    ("The senator denied the report.", "denial", "senator"),
    ("Here is how to file a complaint with the press regulator.", "", ""),
    ("Как подать жалобу в Роскомнадзор.", "", ""),
    ("Рассказываем, как подать иск к СМИ.", "", ""),
    ("The company filed a complaint with the press regulator.", "legal_action", "company"),
    ("She described how she filed a complaint with the press regulator.", "legal_action", ""),
    ("A settlement with the regulator is likely.", "", ""),
    ("A lawsuit against the paper is unlikely.", "", ""),
    ("The regulator fined the bank $2 million, and an appeal is likely.", "legal_action", "regulator"),
    ("The company retracted its announcement of the merger.", "retraction", "company"),
    ("The ministry withdrew its press release hours after publishing it.", "retraction", "ministry"),
    ("The company did not retract its announcement.", "", ""),
    ("The firm postponed its announcement.", "", ""),
    ("The minister apologised to nobody.", "", ""),
    ("He apologised to no one for the remarks.", "", ""),
    ("She apologised to nobody in particular, then left the stage.", "apology", ""),
    ("She has apologised to no fewer than six families.", "apology", ""),
    ("Компаниям пришлось извиняться перед клиентами.", "apology", "Компании"),
    ("Банку пришлось извиняться за сбой.", "apology", "Банк"),
    ("Компаниям придётся извиниться перед клиентами.", "", ""),
    ("Компании не пришлось извиняться за сбой.", "", ""),
    ("В первоначальной редакции законопроекта предлагалось запретить рекламу.", "", ""),
    ("В первоначальной редакции закона штраф составлял 5 тысяч рублей.", "", ""),
    ("В первоначальной редакции статьи ошибочно указывалось, что сделка закрыта.", "correction", "Bugle Blog"),
]


@pytest.mark.parametrize(("body", "kinds", "actor"), SENSES)
def test_senses(body: str, kinds: str, actor: str) -> None:
    assert _read(body) == (kinds.split(), actor)


# Russian notes: names changed to protect people are no error fixed; a first-person verb's "we" is the outlet; a
# clarification that says what is not so is no correction unless it contrasts what was said ("а не", "не был").
RUSSIAN_NOTES = [
    ("Примечание редакции: имена героев изменены.", "editors_note", "Bugle Blog"),
    ("Имена собеседников изменены по их просьбе.", "", ""),
    ("Фамилия директора в статье исправлена.", "correction", "Bugle Blog"),
    ("Имя героини было ошибочно изменено, приносим извинения.", "correction apology", "Bugle Blog"),
    ("Уточнение: в материале следовало указать, что компания не является ответчиком.", "clarification",
     "Bugle Blog"),
    ("Уточнение: в материале говорилось, что встреча прошла в понедельник, а не во вторник.",
     "correction clarification", "Bugle Blog"),
]


@pytest.mark.parametrize(("body", "kinds", "actor"), RUSSIAN_NOTES)
def test_russian_notes(body: str, kinds: str, actor: str) -> None:
    assert _read(body) == (kinds.split(), actor)


def test_a_first_person_verb_names_the_outlet() -> None:
    events = detect(Doc(body="Имя героини было ошибочно изменено, приносим извинения.", outlet="Bugle Blog"))
    assert {e.kind: e.actor for e in events}["apology"] == "Bugle Blog"


@pytest.mark.parametrize(("body", "kinds"), [
    ("Компания отозвала лицензию у дистрибьютора.", ""),  # a business's licence: no authority revoked it
    ("Банк России отозвал лицензию у банка.", "legal_action"),
    ("Роскомнадзор аннулировал лицензию телеканала.", "legal_action"),
    ("Регулятор отозвал лицензию у брокера.", "legal_action"),
])
def test_a_licence_revoked_is_an_authoritys_act(body: str, kinds: str) -> None:
    assert _read(body)[0] == kinds.split()
