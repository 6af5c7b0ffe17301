"""Acts told in a form that did not happen (pure): a Russian perfective future or a "будет" future ("подаст в суд",
"будет опубликовано"), an infinitive governed by a demand, a duty or a plan ("потребовал ... принести извинения"),
or an English "going to" future. `frames.read` asks `unreal_form` of an act's match, after the cancellers.
"""

from __future__ import annotations

import re

from monitor.detect.caseless import Caseless
from monitor.detect.lemmas import Lemmas

_CYRILLIC_WORD = re.compile(r"^[а-яе]")
# Russian perfective verbs of the lexicon: their non-past forms are futures ("подаст", "извинится", "удалит").
_RU_PERFECTIVE = {"подать", "извиниться", "опровергнуть", "удалить", "убрать", "снять", "отозвать", "принести",
                  "исправить", "поправить", "скорректировать", "внести", "признать", "допустить", "уточнить",
                  "пояснить", "обновить", "дополнить", "оштрафовать", "наложить", "назначить", "выплатить",
                  "заплатить", "возбудить", "предъявить", "взыскать", "завести", "обязать", "отвергнуть", "назвать",
                  "выразить", "попросить", "обратиться", "наказать", "постановить", "развеять", "опубликовать",
                  "напечатать", "разместить", "написать", "появиться", "изменить", "заменить", "переписать",
                  "удовлетворить", "составить", "передать", "выписать", "вынести", "потребовать", "предписать",
                  "поменять", "счесть", "ответить", "отказаться", "получить", "выдать", "направить", "вручить",
                  "избрать", "заключить", "отправить", "осудить", "пойти"}
_RU_FUTURE = re.compile(r"(?:у|ю|ешь|ет|ем|ете|ут|ют|ишь|ит|им|ите|ат|ят|ст|стся|тся|ется|ится|утся|ются|атся|ятся"
                        r"|усь|юсь)$")
_RU_VERB = re.compile(r"(?:[аяеиуыо]ть|[аяеиуыо]ться|[сз]ти|[сз]тись|чь|чься)$")
# What lets a Russian infinitive act have happened: "был вынужден извиниться", "пришлось удалить", "решил подать".
_RU_DONE = {"вынужденный", "вынужден", "прийтись", "приходиться", "решить", "поспешить", "успеть", "счесть",
            "согласиться", "пришлось", "начать", "стать", "продолжить", "начинать", "спешить", "хотеть",
            "решение"}
_GOING_TO = Caseless(r"\b(?:going|gonna|about)\s+to\s+(?:get\s+|be\s+)?\S+\s*$|\bgonna\s+(?:get\s+|be\s+)?\S+\s*$")


def ru_future(low: str, lemma: str) -> bool:
    """A perfective verb's non-past form: "подаст", "удалит", "откажется" (not "снят", a short participle)."""
    return (lemma in _RU_PERFECTIVE and low != lemma and bool(_RU_FUTURE.search(low))
            and not (lemma.endswith("ять") and low == lemma[:-2] + "т"))


def unreal_form(lem: Lemmas, first: int, last: int) -> bool:
    """An act in a form that did not happen: a Russian perfective future, a "будет" future or a governed
    infinitive ("подаст в суд", "будет опубликовано", "потребовал ... принести извинения"), or an English "going to"
    future."""
    if any(ru_future(tok.low, tok.lemma) for tok in lem.tokens[first:last + 1]):
        return True  # "удалит статью", "суд оштрафует": wherever the verb stands in the match
    for tok in lem.tokens[first:last + 1]:
        if _CYRILLIC_WORD.match(tok.low):
            # the three words before it, past adverbs and "и": "продолжит настойчиво и объективно придерживаться"
            governor = [t.lemma for t in lem.tokens[max(0, first - 8):first] if t.lemma[:1].isalpha()
                        and not (t.low.endswith("о") and t.lemma not in _RU_DONE) and t.low != "и"][-3:]
            if tok.low == tok.lemma and _RU_VERB.search(tok.low) and not set(governor) & _RU_DONE:
                return True  # an infinitive: governed by a demand, a duty or a plan somewhere before it
            break
    if any(t.low in ("будет", "будут") for t in lem.tokens[max(0, first - 6):first + 1]):
        return True  # "будет опубликовано опровержение": a future, told before it happens
    head = lem.tokens[first]
    return bool(_GOING_TO.search(lem.text[:head.end]))
