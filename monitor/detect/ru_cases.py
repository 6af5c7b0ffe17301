"""A Russian institution named where it speaks, «в Минфине заявили», in the form an alert names it: «Минфин».

Russian names the doer of a statement by where it was made: «в Кремле опровергли», «в компании заявили», «в
пресс-службе банка назвали». The noun is in the locative case; an alert names the institution in the nominative.
Without a dictionary at run time, the endings of the nouns institutions have are enough: «-ии» is «-ия»
(компании, Росгвардии; «-ении» is «-ение»), «-стве» is «-ство» (правительстве, ведомстве), a hard consonant's
«-е» goes (Минфине, Комитете, Роскомнадзоре), and the few that end otherwise are listed (Кремле, МИДе, Госдуме).
"""

from __future__ import annotations

import itertools
import re

from monitor.detect.ru_doers import LOCATIVE_ADJECTIVE, agreeing

# Locatives whose nominative no ending rule gives.
_IRREGULAR = {"кремле": "Кремль", "миде": "МИД", "госдуме": "Госдума", "думе": "Дума", "госдепе": "Госдеп",
              "москве": "Москва", "правительстве": "правительство", "раде": "Рада", "издании": "издание",
              "группе": "группа", "бирже": "биржа"}
# Feminine endings: the locative's «-е» stands for «-а» (прокуратуре, пресс-службе, палате, думе).
_FEMININE = ("уре", "службе", "палате", "инспекции", "думе", "полиции")
# Lower-case nouns that name an institution where it speaks: «в компании заявили» (not «в субботу»).
INSTITUTIONS = {"компании", "пресс-службе", "министерстве", "ведомстве", "правительстве", "администрации", "мэрии",
                "прокуратуре", "полиции", "банке", "бирже", "издательстве", "редакции", "агентстве", "посольстве",
                "офисе", "штабе", "суде", "корпорации", "холдинге", "группе", "партии", "управлении", "департаменте",
                "комитете", "совете", "фонде", "концерне", "госкорпорации", "минобороны", "кабмине", "службе",
                "авиакомпании"}
_LOCATIVE_AFTER = re.compile(r"^(?:в|во)\s+", re.IGNORECASE)


def nominative(word: str) -> str:
    """The nominative of a Russian noun given in the locative, keeping its capital; other words as they are."""
    low = word.casefold()
    if low in _IRREGULAR:
        out = _IRREGULAR[low]
        return out if word[:1].isupper() or out.isupper() else out.casefold()
    if not re.fullmatch(r"[а-яё-]+", low):
        return word
    if low.endswith("ении"):
        return word[:-1] + "е"  # управлении, учреждении (neuter «-ение»)
    if low.endswith("ии"):
        return word[:-1] + "я"
    if low.endswith("стве"):
        return word[:-1] + "о"
    if low.endswith(("уре", "ате")) or low.endswith(_FEMININE):
        return word[:-1] + "а"
    if len(low) > 3 and low.endswith("е") and low[-2] in "бвдзклмнпрстфх":
        return word[:-1]
    return word


def where_it_speaks(phrase: str) -> str:
    """«в пресс-службе банка» -> «пресс-служба банка»: the institution a locative phrase names (or a statement's
    author: «говорится в заявлении банка»), else ""."""
    if _SAID_IN_DOCUMENT.match(phrase):
        return statement_author(phrase)
    if _STAFF.match(phrase):
        return employer(phrase)
    m = _LOCATIVE_AFTER.match(phrase)
    if not m:
        return ""
    words = phrase[m.end():].split()
    lead = list(itertools.takewhile(LOCATIVE_ADJECTIVE.fullmatch, words[:3]))
    if lead and words[len(lead):] and words[len(lead)][:1].islower() and (
            lead[0][:1].isupper() or words[len(lead)].casefold() in INSTITUTIONS):
        noun = nominative(words[len(lead)])  # «в Следственном комитете», «в Белом доме»: its adjectives agree
        rest = itertools.takewhile(lambda w: w.casefold() not in _NO_GENITIVE, words[len(lead) + 1:len(lead) + 3])
        return " ".join([*agreeing(lead, noun.casefold()), noun, *rest]).strip(" ,")
    if not words or words[0].casefold().strip("«»\"") not in INSTITUTIONS:
        return ""
    rest = itertools.takewhile(lambda w: w.casefold() not in _NO_GENITIVE, words[1:3])
    return " ".join([nominative(words[0]), *rest]).strip(" ,")


_NO_GENITIVE = {"это", "этого", "эти", "этот", "эта", "эту", "все", "всё", "тоже", "также", "уже", "же", "так", "там",
                "тогда"}


def after_in(phrase: str) -> bool:
    """Whether the phrase opens with «в»/«во» (a place or an institution named where it speaks), names the
    statement the words are in («говорится в заявлении банка») or the staff who speak for it («Сотрудники банка»)."""
    return bool(_LOCATIVE_AFTER.match(phrase) or _SAID_IN_DOCUMENT.match(phrase) or _STAFF.match(phrase))


# The staff who act for an institution named in the genitive: «Сотрудники книжного издательства», «представители
# компании «Ветла»»: the institution acts. A noun's genitive ending, its nominative and its gender.
_STAFF = re.compile(r"(?i:сотрудники|представител[ьи]|работники|руководство|юристы)\s+(?=[а-яё«])(?P<whose>.+)$")
# Genitive endings of institutions' nouns, longest first: «компании» (-ия), «издания» (-ие), «министерства», «службы»,
# «биржи», «банка». Their nominative ending and gender (for the adjectives before them).
_GENITIVE_NOUN = (("ии", "ия", "f"), ("ия", "ие", "n"), ("ства", "ство", "n"), ("ы", "а", "f"), ("ки", "ка", "f"),
                  ("ги", "га", "f"), ("жи", "жа", "f"), ("ши", "ша", "f"), ("чи", "ча", "f"), ("а", "", "m"))
_ADJECTIVE = {"m": (("ского", "ский"), ("цкого", "цкий"), ("его", "ий"), ("ого", "ый")),
              "n": (("его", "ее"), ("ого", "ое")), "f": (("ей", "яя"), ("ой", "ая"))}


def employer(phrase: str) -> str:
    """«Сотрудники книжного издательства» -> «книжное издательство», «представители компании «Ветла»» -> «Ветла»;
    "" for any other phrase."""
    staff = _STAFF.match(phrase)
    if not staff:
        return ""
    whose = staff.group("whose").strip(" ,")
    quoted = _QUOTED.search(whose)
    if quoted:
        return quoted.group(1)
    words = whose.split()
    at = next((i for i, w in enumerate(words) if not re.fullmatch(r"[а-яё-]+(?:ого|его|ой|ей|ых|их)", w)), None)
    if at is None:
        return ""
    if words[at + 1:] and words[at + 1][:1].isupper():
        return " ".join(itertools.takewhile(lambda w: w[:1].isupper(), words[at + 1:at + 4]))  # «биржи Acme»
    noun, gender = genitive_noun(words[at]) if words[at].islower() else (words[at], "m")
    adjectives = [next((w[:len(w) - len(e)] + n for e, n in _ADJECTIVE[gender] if w.endswith(e)), w)
                  for w in words[:at]]
    return " ".join([*adjectives, noun, *words[at + 1:at + 3]])


def genitive_noun(noun: str) -> tuple[str, str]:
    """An institution's noun in the genitive in the nominative, with its gender: «компании» -> («компания», "f"),
    «издания» -> («издание», "n"), «банка» -> («банк», "m")."""
    ending, new, gender = next((g for g in _GENITIVE_NOUN if noun.endswith(g[0])), ("", "", "m"))
    return noun[:len(noun) - len(ending)] + new, gender


def genitive_name(name: str) -> str:
    """A Russian surname or institution in the genitive, «по словам Пескова», in the nominative: «Песков»; the
    endings surnames and institutions have («-ова», «-ина», «-ского», «-ии»), other words as they are."""
    words = name.split()
    out = []
    for word in words:
        low = word.casefold()
        if not re.fullmatch(r"[а-яё-]+", low):
            out.append(word)
        elif low.endswith(("ова", "ева", "ёва", "ина", "ына")) and word[:1].isupper():
            out.append(word[:-1])
        elif low.endswith(("ского", "цкого")):
            out.append(word[:-3] + "ий")
        elif low.endswith("ии"):
            out.append(word[:-1] + "я")
        else:
            out.append(word)
    return " ".join(out)


# Authorities named by the region or country they govern: «власти Курганской области», «прокуратура Заречного
# района», «власти КНР», «Власти Озерии», «Верховный суд Тарска».
_AUTHORITY_OF = re.compile(r"(?:^|\s)((?P<adjective>[А-ЯЁ][а-яё]+(?:ый|ий|ой)\s+)?(?P<noun>(?i:власти|прокуратура"
                           r"|полиция|администрация|правительство|мэрия|суд))\s+(?:[А-ЯЁ][а-яё-]+(?:ого|его|ой|ей)\s+"
                           r"(?:области|района|края|округа|республики)|[А-ЯЁ]{2,5}"
                           r"|(?P<country>[А-ЯЁ][а-яё-]+(?:[бвдзклмнпрстфх]а|ии|ы|ов))))(?![а-яёА-ЯЁ])")


_LOWER_OF_COUNTRY = {"суд", "прокуратура", "полиция", "администрация", "правительство", "мэрия"}


def authority_of(phrase: str) -> str:
    """The authority a phrase names with the region or country it governs («власти КНР», «Суд Тарска»), "" for
    none; with a country, a lower-case noun is the authority only for «власти» («окружной суд Канады»: the court,
    read elsewhere; «мэрия Москвы»: no name)."""
    found = _AUTHORITY_OF.search(phrase)
    if not found or found.group("country") and found.group("noun") in _LOWER_OF_COUNTRY and not found.group(
            "adjective"):
        return ""
    return found.group(1)
# A one-word name in the genitive, whose (after a lower-case word: «президента России», «МИД Пакистана»), not who;
# not a surname in «-ова», «-ина» («министр Захарова»).
RU_WHOSE = re.compile(r"[А-ЯЁ][а-яё]+(?:ии|ы|и|[бдзклмпрстфх]а|(?<![оеё])ва|(?<![иы])на)$")


# A subject in the dative before «пришлось», «приходится»: «Компаниям пришлось извиняться», «Банку пришлось».
_DATIVE_DUTY = re.compile(r"(?:^|[\s,])([А-ЯЁа-яё-]{2,})\s+(?:(?:не|уже|снова|также)\s+)?"
                          r"(?:пришлось|приходится|приходилось)\s+(?:[а-яё]+о\s+|ещё\s+|еще\s+|раз\s+)*$")
_DATIVE_PRONOUNS = {"мне": "я", "нам": "мы", "ему": "", "ей": "", "им": "", "многим": "", "всем": ""}


def dative_subject(before: str) -> str | None:
    """Who must act, named in the dative before «пришлось» («Компаниям пришлось извиняться» -> «Компании»,
    «Банку» -> «Банк»), in the nominative; "я"/"мы" for first person, "" for another pronoun, None when the words
    before the act are no such phrase."""
    m = _DATIVE_DUTY.search(before)
    if not m:
        return None
    word, low = m.group(1), m.group(1).casefold()
    if low in _DATIVE_PRONOUNS:
        return _DATIVE_PRONOUNS[low]
    if low.endswith("ям") and len(low) > 4:
        return word[:-2] + "и"  # компаниям -> компании, властям -> власти
    if low.endswith("ам") and len(low) > 4:
        return word[:-2] + ("и" if low[-3] in "гкхжчшщ" else "ы")  # банкам -> банки, фондам -> фонды
    if low.endswith(("у", "ю")) and len(low) > 3:
        return word[:-1] + ("ь" if low.endswith("ю") else "")  # банку -> банк, министру -> министр
    if low.endswith("ии"):
        return word[:-1] + "я"  # компании (the dative singular) -> компания
    if low.endswith("е") and len(low) > 3:
        return word[:-1] + "а"  # бирже -> биржа
    return word


# What opens a Russian sentence before its subject and names no one, often without a comma: an adverb of time or
# order («Ранее», «Первоначально»), a date («12 марта 2021 года»), a time «в» phrase («В среду», «В начале мая»),
# a preposition's phrase of lower-case words («После двух жалоб»), up to the next capital or institution noun.
_RU_DATE = r"(?:\d{1,2}\s+[а-яё]+(?:\s+\d{4}\s+г(?:ода|\.)?)?|\d{4}\s+г(?:ода|\.))\s+"  # («весной 2018 года»)
# Whose report the sentence retells, before its own subject: «Как сообщало агентство Acme, в 2010 году власти».
# (not «Как сообщили газете в Комитете, их специалисты»: an impersonal plural and the place that spoke)
_RU_SOURCE = (r"как\s+(?:уже\s+)?(?:сообща(?:ет|ют|ло|лось|ла|л)|сообщил[ао]?|пишет|писал[ао]?|переда[её]т|отмечает"
              r"|информирует)(?![а-яё])(?!\s+[а-яё]+\s+во?\s)\s*[^,;:]{0,60}?\s*,\s*")
# A verb of saying before the place that spoke, as a quotation's attribution has it: «..., — сообщили в компании».
_RU_SAID_IN = r"(?:сообщил|заявил|отметил|пояснил|уточнил|добавил|рассказал|ответил)[аио]?\s+(?=во?\s)"
# The object a sentence puts first, in the reflexive possessive, before its subject: «Свою вину [женщина отрицала]».
_RU_OWN_OBJECT = r"сво(?:ю|и|е|ё|ей|его|их|им)\s+[а-яё-]+(?:\s+(?:в|во|за|перед|о|об|к)\s+[а-яё-]+)?\s+"
_RU_OPENER = re.compile(
    r"^(?:(?:ранее|первоначально|изначально|сначала|позднее|позже|затем|тогда|вчера|сегодня|теперь|также|однако"
    r"|поэтому|всего же|всего|ещё|еще|хотя|итак|кстати|тем не менее"
    r"|впоследствии|накануне|днем ранее|днём ранее|между тем|при этом|кроме того|напомним|сейчас|наконец|вскоре"
    r"|впрочем|потом|в итоге|тем временем|весной|летом|осенью|зимой|утром|днем|днём|вечером|ночью)\b,?\s+"
    rf"|{_RU_DATE}|{_RU_SOURCE}|{_RU_OWN_OBJECT}|{_RU_SAID_IN}"
    r"|(?:во?\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье|начале|конце|середине|ходе"
    r"|прошлом|этом|минувш\w+|январе|феврале|марте|апреле|мае|июне|июле|августе|[а-яё]+бре|\d{4})"
    r"|(?:после|до|за|через|перед|из-за|на основании|по итогам|в связи с)\s+[а-яё\d.,-]+"
    r"|во?\s+(?:разговоре|беседе|интервью|переписке)\s+со?\s+[\w-]+"  # («В разговоре с Орловым», not the doer)
    r"|(?:причём|причем|[а-яё\d]+\s+(?:год|года|лет|месяц\w*|недел\w+|дн\w+)\s+назад)\b)"  # («год назад»)
    # (its words in lower case up to a capital, never the preposition of a target: «В августе против Грачева»)
    r"(?:\s+(?!(?:против|в|во|на|у|от|к|с|со|по|о|об|для|при)\s)[а-яё\d.,-]+)*?,?\s+"
    r"(?=(?-i:[А-ЯЁA-Z«\"])|(?:суд|суды|прокуратура|регулятор|власти|полиция|ведомство"
    r"|министерство|правительство|комиссия|служба|компания|банк|истец|ответчик|против|в отношении)\b))", re.IGNORECASE)


def without_opener(phrase: str) -> str:
    """The phrase without what opens a Russian sentence before its subject: «Ранее Верховный суд» -> «Верховный
    суд», «В четверг Окружной суд», «После трех жалоб суд» -> «суд»; other phrases as they are."""
    for _ in range(3):
        opener = _RU_OPENER.match(phrase)
        if not opener or not phrase[opener.end():].strip():
            break
        phrase = phrase[opener.end():]
    return phrase


# A place named in the locative with capitals, before a subject in lower case («В Гамбурге суд», «В Петербурге
# 21-летний грабитель»; not «В Офисе президента Украины»: a name goes on) or after a noun («Суд в Москве»,
# «правящей в Южной Корее партии»): where, not who.
_RU_PLACE_FIRST = re.compile(r"^(?i:в|во|на)\s+(?:[А-ЯЁ][а-яё-]+\s+){1,3}(?=[^A-ZА-ЯЁ«\"]+$)")
_RU_PLACE_AFTER = re.compile(r"(?<=[А-ЯЁа-яё])\s+(?:в|во)\s+(?:[А-ЯЁ][а-яё-]+(?:ой|ей|ом|ем)\s+)?"
                             r"[А-ЯЁ][а-яё-]+[еи](?![\w-])")


def without_place(phrase: str) -> str:
    """The phrase without a place named in it: «В Гамбурге суд» -> «суд», «Суд в Москве» -> «Суд»; «В Минфине» (an
    institution where it speaks, alone) and other phrases as they are."""
    if not re.search(r"(?i:в|во|на)\s+[А-ЯЁ]", phrase) or _NAMED_BY_ADJECTIVES.match(phrase):
        return phrase  # («в Белом доме», «в Следственном комитете»: an institution's own name, not a place)
    return _RU_PLACE_AFTER.sub(_place_or_institution, _RU_PLACE_FIRST.sub(_place_or_institution, phrase, count=1))


_NAMED_BY_ADJECTIVES = re.compile(r"(?i:в|во)\s+[А-ЯЁ][а-яё-]{2,}(?:ом|ем|ой|ей)\s+"
                                  r"(?:[а-яё-]{3,}(?:ом|ем|ой|ей)\s+){0,2}[а-яё-]+[еи](?![а-яё])")


def _place_or_institution(found: re.Match[str]) -> str:
    """Nothing for a place, the words themselves for an institution («газете в Комитете по печати»)."""
    noun = found.group().split()[-1].casefold()  # («В Офисе президента опровергли»: where it speaks)
    return found.group() if noun in INSTITUTIONS or noun in _IRREGULAR and noun != "москве" or noun.startswith(
        "мин") else ""


# A statement named as where words are said: «..., — говорится в заявлении компании «Север»», «отмечается в сообщении
# пресс-службы банка»: its author (in the genitive) speaks.
_SAID_IN_DOCUMENT = re.compile(r"^(?:говорится|сообщается|отмечается|указывается|подчеркивается|подчёркивается"
                               r"|заявляется)\s+в\s+(?:[а-яё-]+(?:ом|ем)\s+)?(?:заявлении|сообщении|пресс-релизе"
                               r"|релизе|письме|ответе|комментарии|обращении|документе|публикации|телеграм-канале"
                               r"|telegram-канале|канале)\s+(?P<whose>\S.*)$", re.IGNORECASE)
_QUOTED = re.compile(r"[«\"“]([^»\"”]{2,60})(?:[»\"”]|$)")  # (its closing mark may be cut off with the sentence's)


def statement_author(phrase: str) -> str:
    """«говорится в заявлении компании «Север»» -> «Север», «… в сообщении пресс-службы банка» -> «пресс-служба
    банка», «… в заявлении авиакомпании» -> «авиакомпания»; "" for any other phrase."""
    said = _SAID_IN_DOCUMENT.match(phrase)
    if not said:
        return ""
    whose = said.group("whose").strip(" .,")
    quoted = _QUOTED.search(whose)
    if quoted:
        return quoted.group(1)
    first, *rest = whose.split()
    if re.fullmatch(r"[а-яё-]{4,}", first.casefold()):
        first = genitive_noun(first)[0]  # компании, министерства, пресс-службы, банка, Минфина
    return " ".join([first, *rest[:2]])


# An act whose doer Russian leaves unnamed: a passive («В Москве возбуждено дело», «в отношении Republic составлен
# протокол»: who is named before it underwent the act), or a plural verb with no subject, its target only
# («Против него возбудили дело», «Грачеву предъявили обвинение»: an indefinite-personal sentence).
_RU_SHORT_PASSIVE = re.compile(r"^(?:(?:уголовное\s+)?дело\s+)?(?:был[аио]?\s+)?[а-яё]{3,}(?:ан|ян|ен|ён)[аоы]?"
                               r"(?![а-яё])|^обвиня(?:ет|ют|л|ла|ло|ли)(?:ся|сь)\b")  # («Зорин обвинялся»: charged)
_RU_PLURAL_ACT = re.compile(r"^[а-яё]{3,}(?:ли|ют|ят)(?:сь)?(?![а-яё])")
_RU_TARGET = re.compile(r"^(?:(?:как|когда|после того как|поскольку|так как|если|и)\s+)?(?:против|в отношении"
                        r"|(?:на|у|с)\s+(?:него|нее|неё|них|компанию|компании))(?![а-яё])", re.IGNORECASE)
# «Уже в колонии против Зорина возбудили дело»: the target ends the clause, after words that name no one
_RU_TARGET_LAST = re.compile(r"^(?:[а-яё\d.-]+\s+){1,4}(?:против|в отношении)\s+\S+(?:\s+\S+){0,3}$", re.IGNORECASE)
_RU_DATIVE = re.compile(r"[а-яё-]+(?:у|ю|ому|ему|ам|ям|[бвгдзклмнпрстфхцжшщч]е)|ей|им|мне|нам|вам")
# (Костаная, Василия, заместителя, Надежду; a plural's «создателей», «фигурантов», «бывших»; a pronoun)
_RU_ACCUSATIVE = re.compile(r"[а-яё-]{2,}(?:[бвгдзклмнпрстфхцчшщ]а|[аеийоуьлнр]я|ого|его|ей|ов|ев|ых|их|у|ю)"
                            r"|его|её|ее|их|меня|нас|вас")
# What may stand among an object's words without naming a doer: a name in Latin letters («Создателей браузера
# Firefox»), an adverb («впервые», «заочно»).
_RU_ASIDE_WORD = re.compile(r"[^а-яё]+|[а-яё]{3,}о|впервые|также|уже|еще|ещё|вновь|снова|тоже")
_RU_PLACE_ONLY = re.compile(r"(?i:в|во|на)\s+[А-ЯЁ][а-яё-]+(?:\s+[А-ЯЁ][а-яё-]+){0,2}")
_RU_SENTENCING = re.compile(r"(?:возбуд|завел|приговор|оштраф|арестов|предъяв|осуд|наказ|оправд)[а-яё]*ли(?![а-яё])")
_RU_ON_GROUNDS = re.compile(r"\s+по\s+(?:иску|решению|требованию|заявлению|запросу)\s.*$")  # («по иску банка»)
# the grounds an act is told with before its verb: «по иску банка [арестовали]»
_RU_GROUNDS_FIRST = re.compile(r"по\s+(?:иску|решению|требованию|заявлению|запросу)\s[^.;:]{0,80}?\s"
                               r"([а-яё]{3,}(?:ли|ют|ят)(?![а-яё]))")
_RU_PLURAL_DOERS = {"власти", "следователи", "полицейские", "суды", "прокуроры", "силовики", "депутаты", "чиновники",
                    "активисты", "сотрудники", "они", "мы"}


def unnamed_doer(before: str, act: str) -> bool:
    """Whether a Russian act names no doer before it: a passive's, or a plural verb's whose clause names only
    its target (after «против», «в отношении», «на него») or its object in the dative or the accusative in «-у»,
    «-ю» («Ивану Грачеву предъявили», «Компанию «Ветла» оштрафовали»)."""
    if not re.search(r"[а-яё]", act[:30], re.IGNORECASE):
        return False
    if grounds := _RU_GROUNDS_FIRST.match(act):
        before, act = before + act[:grounds.start(1)], act[grounds.start(1):]  # «В Тарске по иску банка арестовали»
    if _RU_SHORT_PASSIVE.match(act):
        return True
    if not _RU_PLURAL_ACT.match(act):
        return False
    pieces = re.split(r"[;:(]|,(?!\d)", _RU_BRACKETED.sub(" ", before))  # (not «на 1,5 года», nor a remark)
    # «Зорина, который ..., приговорили»: a clause set off by commas ends just before the act; its head is first;
    # so is it where the last clause goes on with the first's plural verbs («Её вызвали ..., отправили ... и»)
    last = pieces[-1].split()
    first = len(pieces) > 2 and not last or len(pieces) > 1 and last[:1] and _RU_PLURAL_ACT.match(last[0])
    clause = without_opener((pieces[0] if first else pieces[-1]).strip())
    clause = re.sub(r"^(?i:где|куда|откуда|после чего|а|но)\s+", "", clause)  # («..., где ее оштрафовали»)
    words = re.sub(r"«[^»]*»?", "", clause).casefold().split()  # «Компанию «Ветла»»: its own name aside
    if _RU_PLACE_ONLY.fullmatch(_RU_ON_GROUNDS.sub("", clause)) and _RU_SENTENCING.match(act):
        return True  # «В Москве возбудили дело»: a place, where a statement's «В Кремле опровергли» names who
    if not words or set(words) & _RU_PLURAL_DOERS:
        return False  # «Против него следователи СК возбудили дело»: the investigators did
    if _RU_TARGET.match(clause) or _RU_TARGET_LAST.search(clause) or all(_RU_DATIVE.fullmatch(w) for w in words):
        return True
    # «Зорина приговорили», «бывшего мэра Озерска Тимура Рахимова признали виновным и приговорили»: only its object
    # in the accusative (a singular subject's verb would not be plural) up to the clause's first plural verb
    named = list(itertools.takewhile(lambda w: not _RU_PLURAL_ACT.match(w), words))
    if named[:1] == ["на"]:
        # «На товарища маэстро Зорина возбудили дело»: the one it is against (its last Russian word)
        named = [w for w in named[1:] if re.search(r"[а-яё]", w)][-1:]
    named = [re.sub(r"^\d+-", "", w) for w in named]  # («56-летнего»)
    if named[:1] in (["его"], ["её"], ["ее"], ["их"]) and not all(_RU_ASIDE_WORD.fullmatch(w) for w in named[1:]):
        return False  # «их специалисты исправили»: a possessive before the subject, not the one it was done to
    # after the object's first word: its genitives («Минобороны»), a preposition's phrase («из Читы», «в законе»)
    return bool(named) and bool(_RU_ACCUSATIVE.fullmatch(named[0])) and all(
        _RU_ACCUSATIVE.fullmatch(w) or _RU_ASIDE_WORD.fullmatch(w) or i and (
            re.fullmatch(r"[а-яё-]{3,}[ыи]", w) or w in _RU_PREPOSITIONS or named[i - 1] in _RU_PREPOSITIONS)
        for i, w in enumerate(named))


_RU_PREPOSITIONS = {"из", "в", "во", "с", "со", "от", "по", "у"}


def object_first(name: list[str], rest: list[str]) -> bool:
    """Whether the words a Russian headline opens with before its verb are the verb's object, not its subject: one in
    the accusative in «-у», «-ю» («Статью удалил блогер»), or before a plural verb that has no subject («Журналиста
    оштрафовали», «Экс-главу ведомства заподозрили»); not an abbreviation's capitals («ВСУ нанесли удар»)."""
    return bool(re.search(r"(?:ью|ую|юю)$", name[-1])) or not name[0].isupper() and unnamed_doer(
        " ".join(name), " ".join(rest))


# What stands between a Russian subject and its verb without naming anyone: «Сомов в разговоре с «Медузой»
# отверг», «Компания в ответ на запрос издания опровергла».
_RU_ASIDE = re.compile(r"\s+(?:в|во)\s+(?:разговоре|беседе|переписке|интервью|комментарии|ответ)\s+"
                       r"(?:(?:с|со|для|на)\s+)?[^,;:]{2,40}$", re.IGNORECASE)


_RU_BRACKETED = re.compile(r"\s*\((?=[^()]*[а-яё]{3})[^()]*\)")  # (a designation, an age, a gloss in Russian)


def without_aside(before: str) -> str:
    """The words before a Russian verb without an aside that ends them: «Сомов в разговоре с «Медузой»» ->
    «Сомов», or a remark in brackets among them: «Орлов (признан в РФ иноагентом)» -> «Орлов»; other words as
    they are."""
    if "(" in before:
        before = _RU_BRACKETED.sub(" ", before)
    aside = _RU_ASIDE.search(before)
    return before[:aside.start()] if aside and before[:aside.start()].strip() else before


def closes_unopened(sentence: str, start: int) -> bool:
    """Whether a quotation opened before this sentence closes after `start` and a dash names its speaker:
    «Это слухи», - заявил Рустам Исаев."""
    mark = re.search(r"[«“»”]", sentence[start:])
    return bool(mark and mark.group() in "»”" and "«" not in sentence[:start] and "“" not in sentence[:start]
                and re.match(r"\s*,?\s*[-–—]+\s*[а-яё]", sentence[start + mark.end():]))


# An apology told object first: «Свои извинения читателям принесла редакция», «UPD: Свои извинения ... принес».
_RU_OBJECT_FIRST_OPENER = re.compile(r"\W*(?:[A-ZА-ЯЁ]{2,5}:\s*)?(?:(?:свои|своё|свое|официальные|публичные|искренние"
                                     r"|глубокие)\s+)*", re.IGNORECASE)
_RU_OBJECT_FIRST = re.compile(r"извинени[яй]\s+(?:[а-яё]+\s+){0,3}?(?:принес|принёс|принесла|принесло|принесли)\s+"
                              r"([^.,;:!?—–(]+)", re.IGNORECASE)


def doer_after_verb(before: str, act: str) -> str:
    """The words after the verb of an apology told object first («Свои извинения Ивану Орлову принесла редакция
    журнала «Зенит»»), where its doer stands; "" for one told subject first."""
    found = _RU_OBJECT_FIRST.match(act) if _RU_OBJECT_FIRST_OPENER.fullmatch(before) else None
    return found.group(1) if found else ""
