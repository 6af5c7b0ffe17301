"""Russian news articles' other senses (pure): a notice's words in the body of an ordinary report, with no follow-up.

An act, an intention or a manoeuvre «назвали провокацией» is condemned, no report denied (a report, a publication or
information so called stays a denial). «За это полагается штраф» states what the law sets, no fine imposed; an
ombudsman who «должен рассматривать жалобы и обращаться в суд» or a regulator that «сможет ... обращаться в суд» is
given powers, not going to court («обратился в суд», «обязана выплатить штраф» stay acts). A statement to the police
«о пропаже» reports someone missing, and «выяснилось, что это была ложь» finds a falsehood out: no one is accused or
denies anything.
«Почему штрафуют за ...» asks why the law fines, no one fined; «мы постараемся пояснить суть» is an explainer's promise,
not a story clarified; «мы уверены в своей правоте» in a speech with no word of the press defends no reporting.
Words a claimant «требует опубликовать: «...»» are asked for, not said: no apology or denial is made.
`news_senses.not_in_the_news` asks its
`SENSES`.
"""

from __future__ import annotations

from monitor.detect.lemmas import Lemmas, Senses
from monitor.detect.wordsets import SETS

# What may be called a provocation and then is a report denied: «назвал провокацией сообщения о ...».
_REPORTS = set(SETS["RU_STORY"].split("|")) | {"информация", "сведение", "данные", "данный", "утверждение", "обвинение",
                                               "слух", "версия", "заявление", "вброс", "расследование", "репортаж",
                                               "статья", "материал", "публикация", "сообщение"}
_FALSE_WORDS = set(SETS["RU_FALSE"].split("|"))
# What a fine is said to be when the law sets it: «полагается штраф», «ему светит штраф».
_DUE = {"полагаться", "светить"}
# Powers and duties that govern a list of infinitives: «должен рассматривать ... и обращаться в суд». Present forms
# only: «смог обратиться в суд» did it.
_POWERS = {"может", "могут", "сможет", "смогут", "вправе", "должен", "должна", "должно", "должны", "обязан", "обязана",
           "обязаны", "право", "права", "полномочия", "полномочие", "обязанность", "обязанности"}
_PAYING = {"выплатить", "заплатить", "оплатить", "уплатить", "возместить", "компенсировать", "штраф"}
_CLAUSE_ENDS = {".", ";", "!", "?", "что", "чтобы", "который", "которые", "которая", "которое", "если"}


def _infinitive(low: str, lemma: str) -> bool:
    return low == lemma and low.endswith(("ть", "ти", "чь", "ться", "тись", "чься"))


def _provocation(lem: Lemmas, first: int, last: int) -> bool:
    """«Действия пограничников назвали провокацией», «назвал провокацией намерение ДНР выполнить ...»: an act
    condemned, not a report denied (nor a statement it was said in: «в своем заявлении назвал»)."""
    said = [t.lemma for t in lem.tokens[first:last + 1] if t.lemma in _FALSE_WORDS or t.low.startswith("провокац")]
    if not said or not all(w.startswith("провокац") for w in said):
        return False
    # a report named as the vehicle («в своем заявлении назвал ...») is not what is called a provocation
    return not any(t.lemma in _REPORTS and not {u.low for u in lem.tokens[max(0, i - 2):i]} & {"в", "во"}
                   for i, t in enumerate(lem.tokens))


def _penalty_due(lem: Lemmas, first: int, last: int) -> bool:
    """«За это полагается штраф», «штраф полагается водителю»: the law's penalty, not one imposed."""
    for i in range(first, last + 1):
        if lem.tokens[i].lemma == "штраф":
            near = lem.tokens[max(0, i - 3):i + 3]
            return any(t.lemma in _DUE for t in near)
    return False


def _powers_given(lem: Lemmas, first: int, last: int) -> bool:
    """«Омбудсмен должен мониторить ..., рассматривать жалобы и обращаться в суд»: a list of powers or duties, each
    an infinitive under one «должен», «сможет» or «вправе»."""
    toks = lem.tokens
    if any(t.lemma in _PAYING for t in toks[first:last + 1]):
        return False
    infinitives = 0
    for i in range(last, max(-1, first - 16), -1):
        t = toks[i]
        if t.low in _POWERS:
            return infinitives > 0
        if t.low in _CLAUSE_ENDS or t.lemma in _CLAUSE_ENDS:
            return False
        infinitives += _infinitive(t.low, t.lemma)
    return False


# What a statement to the police reports when no one is accused: a person missing, a thing lost.
_MISSING = {"пропажа", "исчезновение", "розыск", "пропасть", "пропавший", "потеря", "утеря"}
# Verbs by which a falsehood comes to light, with no one denying it: «выяснилось, что это была ложь».
_FOUND_OUT = {"выясниться", "оказаться", "подтвердиться", "обнаружиться", "стать", "установить", "узнать"}


def _missing_person(lem: Lemmas, first: int, last: int) -> bool:
    """«написали заявление в полицию о пропаже подростка»: a report of someone missing, no complaint against anyone."""
    return any(t.lemma == "заявление" for t in lem.tokens[first:last + 1]) and any(
        t.lemma in _MISSING for t in lem.tokens[last + 1:last + 5])


def _found_false(lem: Lemmas, first: int, last: int) -> bool:
    """«Позже выяснилось, что это была ложь»: a falsehood found out, not a report denied by anyone."""
    return lem.tokens[first].lemma == "что" and any(t.lemma in _FOUND_OUT for t in lem.tokens[max(0, first - 3):first])


# Words that ask a question of the law: «почему штрафуют», «за что арестовывают», «как наказывают».
_ASKING = {"почему", "зачем", "как", "когда", "сколько", "кого"}
# What a newsroom that defends its work names in the sentence: itself, its people or its piece.
_PRESS = _REPORTS | {"редакция", "издание", "газета", "журнал", "журналист", "редактор", "главред", "агентство",
                     "телеканал", "сми", "портал", "корреспондент", "автор", "репортер", "репортёр"}


def _generic_question(lem: Lemmas, first: int, last: int) -> bool:
    """«Юрист объяснила, почему штрафуют за кражу снега»: a present-tense «they fine» under a question word asks
    what the law does, no fine imposed («почему его оштрафовали» is a past act and stays)."""
    toks = lem.tokens
    for i in range(first, last + 1):
        t = toks[i]
        if t.low != t.lemma and t.low.endswith(("ют", "ят", "ут", "ат")) and t.lemma.endswith("ть"):
            before = [u.low for u in toks[max(0, i - 3):i]]
            return bool(set(before) & _ASKING) or "за что" in " ".join(before)
    return False


def _explainer_promise(lem: Lemmas, first: int, last: int) -> bool:
    """«Здесь мы постараемся пояснить суть процессов»: a writer's attempt to explain a topic, not a clarification of
    the outlet's own story («мы поясняем, что в заметке речь шла о ...» stays)."""
    return any(t.low.startswith(("постара", "попыта", "попробу", "давайте")) for t in lem.tokens[first:last + 1])


def _speech_confident(lem: Lemmas, first: int, last: int) -> bool:
    """«Мы уверены в своей правоте, - добавила она» with no newsroom, journalist or piece named: a speaker's
    conviction, not a publisher standing by its reporting («Журналист уверен в своей правоте» stays)."""
    if not any(t.lemma == "правота" for t in lem.tokens[first:last + 1]):
        return False
    return not any(t.lemma in _PRESS or t.low in _PRESS for t in lem.tokens)


# Verbs that ask for the words a quotation gives: «требует указать следующее: «...»».
_DEMANDING = {"требовать", "потребовать", "просить", "попросить", "настаивать", "добиваться", "обязать"}
_CLAUSE_ENDS = {".", ";", "!", "?", "но", "а", "однако", "»"}


def _demanded_text(lem: Lemmas, first: int, last: int) -> bool:
    """«Бизнесмен требует опубликовать следующее: «Приношу свои извинения»»: the words someone demands be published
    or said, quoted whole, are no act done («Орлов потребовал извинений, но заявил: «Я не отрицаю»» stays)."""
    opening = lem.text.rfind("«", 0, lem.tokens[first].start)
    if opening < 0 or "»" in lem.text[opening:lem.tokens[first].start]:
        return False
    before = [t for t in lem.tokens[:first] if t.start < opening][-15:]
    for tok in reversed(before):
        if tok.low in _CLAUSE_ENDS:
            return False
        if tok.lemma in _DEMANDING:
            return True
    return False


# A Russian article's other senses of a notice's words, by kind.
SENSES: Senses = {
    "apology": (_demanded_text,),
    "retraction": (_demanded_text,),
    "correction": (_demanded_text,),
    "denial": (_provocation, _found_false, _demanded_text),
    "legal_action": (_penalty_due, _powers_given, _missing_person, _generic_question),
    "clarification": (_explainer_promise,),
    "stands_by": (_speech_confident,),
}
