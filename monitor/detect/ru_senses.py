"""Ordinary Russian news's other senses of a notice's words (pure): what a person, a court or a law does.

Advice to read a contract carefully («нужно внимательно читать договор»: no «следует читать» correction); an
outlet that is only the recipient of an interview («в интервью изданию ... он пояснил»: no clarification of its
story); a mistake made in a race or a vote («допустил ошибку в повороте»), a bill's first version or a law's title
changed (no error in a piece); an application («заявление об уходе», «о предоставлении услуг»), a denied one
(«никаких заявлений в полицию не поступало»), a fee or a statute's range of fines («штраф за изменение данных»,
«штраф в размере от 15 до 30 тысяч»), a ruling still due («решение должен был вынести суд») or urged («призвал суд
вынести») (no legal act); a decision called groundless, a cause named («основанием называют ложные данные»),
criticism that calls an act absurd, an offer or a person rejected («отверг сделку», «был отвергнут»), fake news as
a topic («что такое фейковые новости»), an event called a provocation, «не имея законных оснований» (no denial);
a mistake with no piece and no newsroom («спецслужбы допустили ошибки»), an organisation's fines on its own staff,
«извините за выражение» (a word excused in passing), a video «снято камерой телефона» (shot, not taken down).
`senses.not_this_kind` asks `not_in_russian_news`.
"""

from __future__ import annotations

import re

from monitor.detect.lemmas import Lemmas, Token
from monitor.detect.tenses import ru_future
from monitor.detect.wordsets import SETS

# How one reads a document one is advised to read: «нужно внимательно читать», «заранее читать условия».
_MANNER = {"внимательно", "заранее", "тщательно", "обязательный", "всегда", "регулярно", "вслух"}
_READING_MATTER = {"условие", "договор", "инструкция", "книга", "документ", "правило", "соглашение", "оферта"}
_ADVICE = {"рекомендовать", "советовать", "совет", "рекомендация"}
# An outlet named in the dative is who was told or interviewed, not who explains: «изданию ... он пояснил».
_OUTLETS = {"издание", "агентство", "журнал", "портал", "телеканал"}
_INTERVIEW = {"интервью", "беседа", "разговор"}
# Where a mistake is made when it is no piece's: a race, a match, a vote.
_PLAY = {"голосовать", "голосование", "поворот", "матч", "игра", "гонка", "трасса", "квалификация", "классификация",
         "пенальти", "мяч", "тайм", "соревнование", "турнир", "заезд", "круг", "бюллетень"}
# A publication's own words (статья counts only when it is not a law's article: «по статье 19.34 КоАП»).
_PUBLISHED = {"материал", "публикация", "текст", "сюжет", "новость", "заметка", "эфир", "издание", "редакция",
              "репортаж", "сайт", "опечатка"}
_LAW_TEXTS = {"законопроект", "фз", "закон", "кодекс", "поправка", "госдума", "указ"}
_LAW_ARTICLE_NEXT = {"0", "ук", "коап", "кодекс", "закон", "конституция", "часть"}
# What one applies for: «заявление об уходе», «о предоставлении услуг» (a crime reported keeps its charge).
_REPORTED_WRONGS = {"преступление", "возбуждение", "привлечение", "клевета", "мошенничество", "кража", "угроза",
                    "нарушение", "избиение", "изнасилование", "домогательство", "похищение", "вымогательство",
                    "оскорбление", "пропажа", "исчезновение", "нападение", "насилие", "проверка"}
_NONE = {"никакой", "ни"}
# What a fee is charged for under a contract: «штраф за изменение данных», «за возврат билета».
_FEES_FOR = {"изменение", "возврат", "отмена", "обмен", "перенос", "переоформление", "опоздание", "просрочка",
             "досрочный"}
# A regulator's demand that keeps a sentence about a fee legal: «после претензий ФАС стала указывать штраф».
_DEMANDS = {"претензия", "требование", "предписание", "предупреждение"}
_DUE = {"должен", "должный", "предстоять"}
_FILED = {"подать", "подавать", "подаваться", "поступить", "поступать", "регистрировать", "зарегистрировать"}
# Who revokes a licence as an authority (the words for an authority in the legal rules, and the central bank's).
_LICENSERS = set(SETS["AUTH"].split("|")) | {"банк", "цб", "центробанк", "минфин", "министерство", "минздрав",
                                              "минюст", "регулятор", "ведомство", "власть", "росалкогольрегулирование"}
_URGE = {"призвать", "призывать", "предложить", "попросить", "просить", "посоветовать", "советовать", "рекомендовать"}
# What makes an act a plan or a wish: «ЦБ хочет ограничить выдачу», «министерство предлагает ввести штраф».
_PLANS = {"хотеть", "планировать", "намереваться", "собираться", "предлагать", "предложить", "намерен", "намеренный",
          "собраться"}
# What brings in a fine as a rule rather than imposing one: «ввести штраф», «ужесточить штрафы»; and a fine risked.
_RULE_MAKING = {"ввести", "вводить", "установить", "устанавливать", "ужесточить", "повысить", "увеличить"}
_MONTHS = {"январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь",
           "декабрь", "год", "ночь", "день", "0"}
# What is called groundless when no report is: a decision, a measure, a policy.
_DECISIONS = {"решение", "шаг", "мера", "санкция", "запрет", "политика", "законопроект", "указ", "ограничение",
              "реформа", "идея", "план", "высылка"}
# What is called a provocation or a lie that is no report: an event.
_EVENTS = {"убийство", "взрыв", "нападение", "теракт", "акция", "инцидент", "обстрел", "катастрофа", "атака",
           "задержание", "арест", "учение", "визит", "выборы", "референдум"}
_CAUSES = {"основание", "причина"}
_LAWFUL = {"законный", "правовой", "юридический"}
# What one begs pardon for in passing: «извините за архаизм», «простите за выражение».
_WORDING = {"архаизм", "выражение", "каламбур", "тавтология", "грубость", "банальность", "пафос", "подробность",
            "сравнение", "натурализм", "откровенность", "прямота", "занудство", "цинизм", "повтор"}
# What films a video that is «снято» (shot, not taken down), and where one is taken down from.
_FILMING = {"камера", "телефон", "смартфон", "архив", "оператор", "дрон", "съемка", "объектив", "режиссер"}
_TAKEN_FROM = {"эфир", "сайт", "показ", "трансляция", "публикация", "доступ", "удалить", "канал", "youtube", "ютуб",
               "прокат", "сетка", "ротация", "платформа", "страница", "требование", "жалоба"}
_STORY_WORDS = set(SETS["RU_STORY"].split("|"))
# What is shot when «снять» takes it as its object: «сняла видео», «сняли рекламу», «снял интервью».
_SHOT = {"видео", "ролик", "видеоролик", "клип", "реклама", "рекламный", "фильм", "интервью", "сюжет", "репортаж",
         "кадр", "фото", "фотография", "видеообращение"}
# Who takes a piece down when it «снял» one: a newsroom, not a person with a camera.
_NEWSROOMS = _OUTLETS | {"редакция", "газета", "сми"}
# Where a message is a private one, deleted by its writer: «удалил свои сообщения из чата».
_CHATS = ("чат", "переписк", "мессенджер", "whatsapp", "личн", "смс", "sms")
# Where a file is wiped that is no publication: a device or its memory («удалил видео с регистратора»).
_DEVICES = {"регистратор", "видеорегистратор", "телефон", "смартфон", "компьютер", "ноутбук", "планшет", "диск",
            "флешка", "память", "носитель", "камера", "сервер"}
# Who keeps a mistake a piece's: a newsroom, its readers or viewers, or «мы».
_NEWSROOM = _PUBLISHED | {"читатель", "зритель", "слушатель", "канал", "телеканал", "газета", "журнал", "агентство",
                          "сми", "журналист", "ведущий", "выпуск", "программа", "передача", "корреспондент", "мы"}
# Who an organisation fines that is its own staff: a pay deduction, no legal act.
_STAFF = {"сотрудник", "работник", "подчиненный", "персонал", "медик", "врач"}
_CRITICISM = {"критика", "раскритиковать", "критиковать"}
# What a report, a claim or an allegation is called (a denial keeps these).
_CLAIMS = {"статья", "материал", "публикация", "сообщение", "информация", "новость", "заявление",
           "сведение", "утверждение", "обвинение", "слух", "версия", "подозрение", "претензия", "причастность",
           "данный"}
# What is rejected that is an offer or a stance: «отверг сделку», «отвергаем риторику».
_OFFERS = {"сделка", "предложение", "план", "идея", "кандидатура", "проект", "инициатива",
           "вариант", "просьба", "приглашение", "ультиматум", "условие", "компромисс", "законопроект", "поправка",
           "гарантия", "замораживание", "заморозка", "перемирие", "требование", "риторика", "логика", "подход"}
# What a scholar, a debater or a fact refutes that is no report: a hypothesis, a theory, a myth («учёные
# опровергли гипотезу», «данные опровергают миф»).
_PROPOSITIONS = {"гипотеза", "теория", "предположение", "тезис", "миф", "стереотип", "догма", "постулат", "концепция",
                 "аргумент", "довод", "теорема", "представление", "заблуждение"}
# Evidence that refutes, where nobody denies: «экспертиза опровергла версию о поджоге», «данные опровергают».
_EVIDENCE = {"экспертиза", "анализ", "исследование", "данные", "статистика", "опрос", "вскрытие", "тест",
             "эксперимент", "наблюдение", "проверка", "факт", "снимок", "запись", "расчет", "видеосъемка", "съемка",
             "видео", "кадр", "фотография", "документ"}
_TOPIC_MARKS = {"такой", "борьба", "бороться", "противодействие", "тема", "проблема", "эпоха", "эра",
                "распространение", "защита", "защищать", "защитить", "выявление", "выявлять"}
# Who or what is called false when it is a report or a claim, or a pronoun for one («это оказалось фейком»).
_CLAIM_SUBJECTS = {"это", "он", "она", "оно", "они", "все", "всё", "вс", "слух", "сообщение", "информация"}
_STOPS = {",", ".", ";", ":", "—", "-", "(", ")"}


def _lemmas(lem: Lemmas, start: int, end: int) -> list[str]:
    return [t.lemma for t in lem.tokens[max(0, start):max(0, end)]]


def _published(lem: Lemmas, skip: range = range(0)) -> bool:
    """Whether a sentence names a publication (a law's «статья 19.34» is not one), outside the words `skip`
    («в первоначальной редакции законопроекта»: the version matched is no newsroom)."""
    for i, t in enumerate(lem.tokens):
        if i in skip:
            continue
        if t.lemma in _PUBLISHED and not (i and t.text[:1].isupper()):
            return True  # «документ в распоряжении РИА Новости»: an outlet's name, no piece
        if t.lemma == "статья" and not (lem.tokens[i + 1:i + 2] and lem.tokens[i + 1].lemma in _LAW_ARTICLE_NEXT):
            return True
    return False


# How a text is said to have claimed something: «сообщалось», «в письме утверждается».
_SAID_IN = {"сообщаться", "говориться", "утверждаться", "указываться", "писаться"}
_FIXING = {"исправить", "исправлять", "поправить", "скорректировать"}


def _doer_before(lem: Lemmas, first: int) -> bool:
    """Whether a word names who acts before the verb at `first`, in its clause (not a note's bare «Исправлено»)."""
    for t in reversed(lem.tokens[max(0, first - 5):first]):
        if t.lemma in _STOPS:
            return False
        if t.lemma[:1].isalpha() and t.lemma not in ("в", "на", "с", "и", "уже", "затем", "также", "позже", "сразу"):
            return True
    return False


def _no_error_of_a_piece(lem: Lemmas, first: int, last: int) -> bool:
    """Correction and clarification words for advice, an interview, a race, a vote or a law."""
    span = _lemmas(lem, first, last + 1)
    words = {t.lemma for t in lem.tokens}
    if "читать" in span:
        after = _lemmas(lem, span.index("читать") + first + 1, last + 6)
        if set(span) & _MANNER or set(after) & _READING_MATTER or words & _ADVICE:
            return True  # «нужно внимательно читать договор»: advice, not «следует читать» after an error
    tok = lem.tokens[first]
    said_in = _lemmas(lem, first - 3, first)
    if tok.lemma in _SAID_IN and "в" in said_in and not set(said_in) & (_PUBLISHED | {"статья"}):
        return True  # «В письме утверждается, что ..., но на самом деле это фишинг»: someone else's text
    if tok.lemma == "мы" and tok.low != "мы":
        return True  # «в беседе с нами авторы пояснили», «нам пояснили»: the newsroom asked, someone else explains
    if tok.lemma.endswith(("ть", "ться")) and tok.low.endswith(("й", "йте")):
        return True  # «Исправляй ошибки мягко»: advice in the imperative
    if span[-1:] == ["версия"] and lem.tokens[last + 1:last + 2] and lem.tokens[last + 1].text[:1].isupper():
        return True  # «в первой версии Quake»: a product's version, no piece's
    dative = tok.lemma in _OUTLETS and tok.low != tok.lemma and tok.low.endswith(("ию", "у"))
    interviewed = tok.text[:1].isupper() or tok.lemma in _OUTLETS  # «в интервью РБК», not «в интервью допущена»
    if dative or (first and lem.tokens[first - 1].lemma in _INTERVIEW and interviewed):
        return True  # «в интервью изданию Il Fatto он пояснил»: the outlet asked, someone else explains
    if set(span) & {"ошибка", "баг"} and any(t.low.startswith(("код", "программ", "скрипт")) for t in lem.tokens):
        return True  # «в статье мы исправляем эту ошибку в коде»: a program's bug, no piece's error
    if "ошибка" in span and words & _PLAY and not _published(lem):
        return True  # «допустил ошибку в повороте», «голосовал ... и допустил ошибку»
    made = set(span) & {"допустить", "допущенный"}
    own = any(t.low.endswith(("им", "ем", "имся", "емся")) and t.lemma.endswith(("ть", "ться")) for t in lem.tokens)
    if set(span) & {"ошибка", "оплошность"} and made and not own and not words & _NEWSROOM and not _published(lem):
        return True  # «спецслужбы допустили ошибки», «я допустил оплошность»: no piece, no newsroom
    if tok.lemma in _FIXING and tok.low != tok.lemma and _doer_before(lem, first) and not words & _NEWSROOM and (
            not _published(lem)):
        return True  # «учитель исправил ошибки в диктанте», «обновление исправило ошибку»: no piece, no newsroom
    # a bill's first version, a law's title changed
    return bool(words & _LAW_TEXTS) and not _published(lem, range(first, last + 1))


def _no_legal_act(lem: Lemmas, first: int, last: int) -> bool:
    """Legal words for an application, a denied report, a fee, a statute, a ruling due or urged."""
    span = _lemmas(lem, first, last + 1)
    if "заявление" in span:
        i = first + span.index("заявление")
        nxt = [t.low for t in lem.tokens[i + 1:i + 3]]
        claim = i and lem.tokens[i - 1].lemma in ("исковый", "исковой")  # «исковое заявление о защите чести»: a suit
        if nxt[:1] in (["о"], ["об"], ["на"]) and nxt[1:] and lem.tokens[i + 2].lemma not in _REPORTED_WRONGS and (
                not claim):
            return True  # «подал заявление об уходе», «о предоставлении услуг»: an application
    if set(_lemmas(lem, first - 2, first + 1)) & _NONE:
        return True  # «никаких заявлений в полицию не поступало»
    tail = _lemmas(lem, last + 1, last + 6)
    if any(w == "не" and tail[i + 1:i + 2] and tail[i + 1] in _FILED for i, w in enumerate(tail)):
        return True  # «иск к редакции пока не подавался»: no suit filed
    if any(t.lemma == "предусматривать" and t.low.endswith(("ет", "ют")) for t in lem.tokens[:first]):
        return True  # «кодекс предусматривает опровержение по решению суда»: what a law provides for
    if _planned(lem, first, last) or _footnote(lem, first):
        return True
    if "штраф" in span:
        i = first + span.index("штраф")
        ahead = _clause_before(lem, i, 4)
        if any(ru_future(t.low, t.lemma) or t.lemma == "грозить" or t.lemma in _RULE_MAKING | _PLANS for t in ahead):
            return True  # «нарушители получат штрафы», «ему грозит штраф», «предлагает ввести штраф»: a rule or a risk
        after = _lemmas(lem, i + 1, i + 10)
        if "от" in after and "до" in after[after.index("от"):] and "0" in after:
            return True  # «налагается штраф в размере от 15 до 30 тысяч»: a statute's range
        if after[:1] == ["за"] and set(after[1:3]) & _FEES_FOR and not {t.lemma for t in lem.tokens} & _DEMANDS:
            return True  # «штраф за изменение данных пассажира»: a contract's fee
        if "свой" in after[:4] and set(after[:5]) & _STAFF:
            return True  # «руководство наложило штрафы на своих сотрудников»: a pay deduction
    if span[:1] == ["фигурант"] and not lem.tokens[first].low.startswith(("фигурантом", "фигурантами")):
        return True  # «фигуранты дела действовали»: who the case is about (a case opened: «стал фигурантом дела»)
    if "если" in _lemmas(lem, 0, first) and any(t.low.endswith(("ют", "ет")) for t in lem.tokens[first:last + 1]):
        return True  # «если курьер опаздывает, его штрафуют»: a contract's rule, no fine imposed
    if "лицензия" in span and not {t.lemma for t in lem.tokens} & _LICENSERS:
        return True  # «компания отозвала лицензию у дистрибьютора»: a business's licence, no authority revoked it
    if set(span[1:]) & _DUE or set(_lemmas(lem, first - 2, first)) & _DUE:
        return True  # «решение должен был вынести суд»: still due
    return bool(set(_lemmas(lem, first - 3, first)) & _URGE)  # «призвал Верховный суд вынести постановление»


def _clause_before(lem: Lemmas, at: int, n: int) -> list[Token]:
    """Up to `n` tokens before `at`, within its clause."""
    out: list[Token] = []
    for t in reversed(lem.tokens[max(0, at - n):at]):
        if t.lemma in _STOPS:
            break
        out.append(t)
    return out


def _planned(lem: Lemmas, first: int, last: int) -> bool:
    """«Банк России хочет ограничить выдачу», «Минюст потребует через суд обязать Google»: an infinitive in the
    match after a wish, a plan or a future, not an act done («обязано заплатить» stays one)."""
    toks = lem.tokens[first:last + 1]
    if not any(t.low == t.lemma and t.low.endswith(("ть", "ти")) for t in toks[1:]):
        return False
    lead = _clause_before(lem, first, 4) + list(toks)
    return any(t.lemma in _PLANS or ru_future(t.low, t.lemma) for t in lead)


def _footnote(lem: Lemmas, first: int) -> bool:
    """«(движение признано в России экстремистским)», «*компания признана экстремистской»: the standing footnote
    Russian outlets put after a designated name, not the ruling that designated it."""
    tok = lem.tokens[first]
    if tok.lemma != "признать" or not tok.low.startswith("признан") or tok.low.startswith("признанн"):
        return False
    before = [t.lemma for t in lem.tokens[:first]]
    opened = "(" in before and ")" not in before[len(before) - before[::-1].index("("):]
    return opened or lem.text.lstrip(" _").startswith("*")


def _not_denying(lem: Lemmas, first: int, last: int) -> bool:
    """Denial words for a decision called groundless, a cause named, criticism, an offer rejected, a topic."""
    tok = lem.tokens[first]
    words = {t.lemma for t in lem.tokens}
    if _judged_no_claim(lem, first, last):
        return True
    if "бы" in _lemmas(lem, first - 4, first):
        return True  # «мы бы подумали, что это фейк»: a hypothetical, nothing called false
    if tok.lemma in ("выразить", "выражать") and set(_lemmas(lem, last + 1, last + 4)) & (_DECISIONS | {"приговор"}):
        return True  # «выражают несогласие с решением властей»: a decision disputed, no report denied
    if tok.lemma in ("назвать", "называть"):
        if first and lem.tokens[first - 1].low == "так":
            return True  # «так называемые галлюцинации»: a term, nothing called false
        if set(_lemmas(lem, first + 1, first + 3)) & (_DECISIONS | _EVENTS):
            return True  # «назвал решение Софии необоснованным», «назвал убийства провокацией»: no report
        if set(_lemmas(lem, 0, first)) & _CAUSES:
            return True  # «основанием называют ложные данные»: a cause named
        if words & _CRITICISM and not words & _CLAIMS:
            return True  # «подверг ... критике, назвав абсурдом»: an act criticised
    if tok.lemma in ("опровергнуть", "опровергать", "опровергаться", "опровергнутый", "развеять", "развеивать"):
        # the word before the verb, past a name in the genitive («данные Росстата опровергают»)
        near = [t for t in lem.tokens[max(0, first - 3):first] if t.lemma[:1].isalpha()][-2:]
        subject = near[-1:] if near[-1:] and not near[-1].text[:1].isupper() else near[:1]
        if {t.lemma for t in subject} & (_EVIDENCE | {"данный"}):
            return True  # «экспертиза опровергла версию о поджоге»: evidence, no party denying
        if tok.low.endswith(("ся", "сь")) and set(_lemmas(lem, first + 1, first + 3)) & _EVIDENCE:
            return True  # «что опровергалось видеосъёмкой»: evidence refutes, nobody denies
        for t in lem.tokens[first + 1:first + 5]:
            if t.lemma in _STOPS or t.lemma in _CLAIMS:
                break
            if t.lemma in _PROPOSITIONS:
                return True  # «физики опровергли предположение о пятой силе»: a proposition, no report
    if tok.lemma in ("отвергнуть", "отвергать"):
        for t in lem.tokens[first + 1:first + 8]:
            if t.lemma in _STOPS or t.lemma in _CLAIMS:
                break
            if t.lemma in _OFFERS:
                return True  # «отверг предложенную ему сделку»: an offer turned down
        if tok.low.startswith("отвергнут") and not words & _CLAIMS:
            return True  # «был отвергнут Станиславским»: a person turned down
    if set(_lemmas(lem, first, last + 1)) & _LAWFUL:
        return True  # «не имея на то законных оснований»: unlawfully, no claim called groundless
    if any(t.lemma == "иметь" and t.low.startswith("имеющ") for t in lem.tokens[first:last + 1]):
        return True  # «роман, не имеющий отношения к аварии»: a description, no party denying
    if tok.lemma in ("фейк", "фейковый") and set(_lemmas(lem, first - 5, first)) & _TOPIC_MARKS:
        return True  # «объясняет, что такое фейковые новости»: a topic, no report called fake
    return False


def _judged_no_claim(lem: Lemmas, first: int, last: int) -> bool:
    """«Открытие оказалось фальшивкой», «декларация является ложной»: a thing found false that is no report or
    claim; «считает абсурдом, когда банки предлагают кредит»: a practice judged, not a report called false."""
    toks = lem.tokens
    if toks[first].lemma in ("оказаться", "являться"):
        at = first
        if at and toks[at - 1].lemma == ",":  # past an aside: «открытие, несмотря на ..., оказалось фальшивкой»
            at = next((i for i in range(at - 2, max(0, at - 15), -1) if toks[i].lemma == ","), at)
        subject = []
        for t in reversed(toks[max(0, at - 5):at]):
            if t.lemma in _STOPS or t.lemma in ("что", "когда", "но", "а", "и"):
                break
            subject.append(t.lemma)
        if subject and not set(subject) & (_CLAIMS | _CLAIM_SUBJECTS):
            return True
    return [t.low for t in toks[last + 1:last + 3]] == [",", "когда"]


# What an authority's formal warning is about: a breach, and the liability it brings.
_WARNED_OF = {"нарушение", "недопустимость", "ответственность", "необходимость", "штраф", "блокировка"}


def _cautioned(lem: Lemmas, first: int, last: int) -> bool:
    """«ЦБ предупредил о росте инфляции», «Роскомнадзор предупредил, что ... повлечет»: a caution or a forecast,
    not a formal warning («предупредил банк о нарушении закона»)."""
    toks = lem.tokens
    at = next((i for i in range(first, last + 1) if toks[i].lemma == "предупредить"), None)
    if at is None:
        return False
    after = [t.lemma for t in toks[at + 1:at + 6]]
    if after[:1] == [","] and after[1:2] == ["что"]:
        return True
    about = next((j for j, w in enumerate(after) if w in ("о", "об")), None)
    return about is not None and not set(after[about + 1:about + 3]) & _WARNED_OF


_SAYING = {"заявить", "заявлять", "сказать", "сообщить", "утверждать", "считать", "подчеркнуть", "отметить"}
# Who says a piece erred as its own newsroom (a party that says so disputes it).
_SAYS_AS_NEWSROOM = {"редакция", "издание", "газета", "журнал", "агентство", "мы", "телеканал", "сайт", "портал", "сми"}


def _a_party_says(lem: Lemmas, first: int) -> bool:
    """«В компании заявили, что публикация содержит ряд неточностей»: a party's claim about the piece (a denial),
    not the newsroom's note («Редакция сообщила, что материал содержал ошибку» still corrects)."""
    before = [t.lemma for t in lem.tokens[:first]]
    said = next((i for i, w in enumerate(before) if w in _SAYING and "что" in before[i + 1:i + 3]), None)
    return said is not None and not set(before[:said]) & _SAYS_AS_NEWSROOM


def _wished(lem: Lemmas, first: int) -> bool:
    """«потребовали, чтобы мэр извинился», «хотят, чтобы издание удалило статью»: a clause after «чтобы» is
    what someone asks or wants (a subjunctive), not an act that happened."""
    for t in reversed(lem.tokens[max(0, first - 6):first]):
        if t.lemma == "чтобы":
            return True
        if t.lemma in _STOPS:
            return False
    return False


_CYRILLIC = re.compile(r"[а-яё]")


def not_in_russian_news(lem: Lemmas, first: int, last: int, kind: str) -> bool:
    """Whether a match is one of ordinary Russian news's other senses of a notice's words."""
    if not _CYRILLIC.search(lem.string):
        return False  # every sense here is read in Russian words: an English sentence has none of them
    if any(t.low in ("придётся", "придется") for t in lem.tokens[max(0, first - 4):first]):
        return True  # «компаниям придётся извиниться»: a duty ahead, not an act
    if _wished(lem, first):
        return True
    if kind not in ("denial", "stands_by") and "якобы" in _lemmas(lem, first - 4, last + 1):
        return True  # «сообщили о якобы возбуждённом деле»: an act alleged by someone, not one done
    if kind not in ("stands_by", "denial") and any(t.low in ("будет", "будут") for t in lem.tokens[first:last + 1]):
        return True  # «статья будет удалена», «иск будет подан»: a future inside the match, told before it happens
    if kind != "stands_by" and [t.lemma for t in lem.tokens[last + 1:last + 3]] == ["не", "быть"]:
        return True  # «статья удалена не будет», «иск подан не был»: negated after the match
    if kind in ("correction", "clarification"):
        return _no_error_of_a_piece(lem, first, last) or _a_party_says(lem, first)
    if kind == "legal_action":
        return _no_legal_act(lem, first, last) or _cautioned(lem, first, last)
    if kind == "denial":
        return _not_denying(lem, first, last)
    if kind == "apology":  # «извините за архаизм»: a word excused in passing
        return lem.tokens[first].lemma == "извинить" and bool(set(_lemmas(lem, last + 1, last + 3)) & _WORDING)
    if kind == "retraction":  # «видео было снято камерой телефона»: shot, not taken down
        words = {t.lemma for t in lem.tokens}
        wiped_from = set(_lemmas(lem, last + 1, last + 4)) & {"с", "из"}
        if wiped_from and set(_lemmas(lem, last + 2, last + 6)) & _DEVICES and not words & (_TAKEN_FROM - {"удалить"}):
            return True  # «водитель удалил видео с регистратора»: a file wiped from a device, no piece unpublished
        if lem.tokens[last].lemma == "вещание" and _lemmas(lem, last + 1, last + 2) in ([], ["."], [","], ["в"]):
            return True  # «телевидение прекратило вещание»: a channel off the air, no programme pulled
        named = [t.lemma for t in lem.tokens[first:last + 1] if t.lemma in _STORY_WORDS]
        if named and set(named) <= {"имя", "фамилия"}:
            return True  # «имя чиновника исчезло с сайта администрации»: a person off a list, no piece pulled
        if named == ["сообщение"] and any(t.low.startswith(_CHATS) for t in lem.tokens):
            return True  # «ученик удалил свои сообщения из чата»: private messages, no publication
        shot = any(t.lemma.startswith("снят") for t in lem.tokens[first:last + 1]) and not words & _TAKEN_FROM
        if shot and set(_lemmas(lem, first, last + 3)) & _SHOT and not words & _NEWSROOMS:
            return True  # «девушка сняла видео», «сняли рекламу», «видео сняты в городе»: filmed, not taken down
        where = _lemmas(lem, last + 1, last + 3)
        dated = where[:1] in (["в"], ["во"]) and len(where) == 2 and (
            where[1] in _MONTHS or lem.tokens[last + 2].text[:1].isupper())
        return shot and (bool(words & _FILMING) or dated)  # «видео снято в ноябре», «снято в Печатниках»
    return False
