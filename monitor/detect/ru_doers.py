"""Who a Russian sentence names as a doer outside its subject (pure).

A passive names its doer in the instrumental case next to the participle: «дело возбуждено следственным отделом
МВД Тарского района», «инспекцией составлен протокол», «дело возбуждено УМВД по Озерску». The doer is read in the
nominative («Следственный отдел МВД Тарского района», «Инспекция», «УМВД») from the endings an authority's nouns
have, without a dictionary at run time.
"""

from __future__ import annotations

import re

# Authority nouns in the instrumental, singular or plural, with their nominative endings.
_NOUNS = (r"суд|департамент|отдел|комитет|следовател|прокурор|инспектор|пристав|управлени|отделени|министерств"
          r"|ведомств|агентств|прокуратур|полици|служб|инспекци|комисси|налогов|таможн")
_INSTRUMENTAL = (rf"((?:[А-ЯЁа-яё][а-яё-]*(?:ым|им|ой|ей)\s+){{0,3}})"
                 rf"((?i:{_NOUNS})[а-яё]*?(?:ом|ем|ой|ей|ами|ями))(?![а-яё])"
                 r"((?:\s+(?!По\b)[А-ЯЁA-Z][\w-]*){0,3}(?<=ого|его|кой)(?:\s+[а-яё]+)?|(?:\s+[А-ЯЁA-Z][\w-]*){0,3})")
_NOUN_LIKE = r"(?:орган|стран|план|член|цен|стен|сцен|смен|измен|арен|ресторан|капитан|экран)[аоы]?(?![а-яё])"
_FULL = r"н(?:ая|ый|ой|ое|ые|ую|ого|ому|ых|ым|ыми|ом)"  # a participle's long form: «оправданная», «осуждённого»
_PARTICIPLE = rf"(?:был[аио]?\s+)?(?!{_NOUN_LIKE})[а-яё]{{3,}}(?:ан|ян|ен|ён)(?:[аоы]|{_FULL})?(?![а-яё])"
_AFTER = re.compile(rf"{_PARTICIPLE}\s+(?:{_INSTRUMENTAL}|([А-ЯЁ]{{2,}}[А-ЯЁа-яё-]*))")
_BEFORE = re.compile(rf"(?<![А-ЯЁа-яё]){_INSTRUMENTAL}\s+{_PARTICIPLE}")
_NOUN_ENDINGS = (("иями", "ии"), ("ями", "и"), ("ами", "ы"), ("ием", "ие"), ("ством", "ство"), ("ем", "ь"),
                 ("ом", ""), ("ией", "ия"), ("ей", "я"), ("ой", "а"))


def _nominative(adjectives: str, noun: str, rest: str) -> str:
    """«следственным отделом» -> «Следственный отдел», «полицией» -> «Полиция»."""
    low = noun.casefold()
    ending, new = next((e, n) for e, n in _NOUN_ENDINGS if low.endswith(e))
    noun = noun[:len(noun) - len(ending)] + new
    gender = "f" if noun.endswith(("а", "я")) else "n" if noun.endswith(("о", "е")) else "p" if ending.endswith(
        "ми") else "m"
    forms = {"m": ("ый", "ий"), "n": ("ое", "ее"), "f": ("ая", "яя"), "p": ("ые", "ие")}[gender]
    agree = ("ой", "ей") if gender == "f" else ("ым", "им")
    words: list[str] = []
    for word in reversed(adjectives.split()):  # the adjectives that agree with the noun, not «с этим инспекцией»
        if not word.endswith(agree) or word.casefold() in ("этим", "тем", "всем", "им", "этой", "той"):
            break
        words.insert(0, word[:-2] + (forms[0] if word.endswith(("ым", "ой")) else forms[1]))
    name = " ".join([*words, noun]) + rest
    return name[:1].upper() + name[1:]


def instrumental_doer(sentence: str, start: int, end: int) -> str:
    """The doer a Russian passive names in the instrumental near the act at `start`..`end`; "" if it names none."""
    if not re.search(r"[а-яё]", sentence[start:end]):
        return ""
    window = sentence[max(0, start - 60):end + 90]
    found = _AFTER.search(window) or _BEFORE.search(window)
    if not found:
        return ""
    if found.re is _AFTER and found.group(4):
        return found.group(4)  # «возбуждено УМВД по Озерску»: the abbreviation does
    return _nominative(found.group(1), found.group(2), found.group(3))


# A legal act told as a long participle, or a reflexive passive, of the one who underwent it: «Орла Бенн,
# приговорённая к казни», «женщине, осуждённой за кражу», «обвинявшейся в краже», «Бенн обвинялась в краже».
_UNDERGONE = re.compile(rf"(?:[а-яё]{{3,}}(?:ан|ян|ен|ён){_FULL}|обвиня(?:вш|ем)[а-яё]+|обвиня(?:л|ла|ло|ли)(?:ся|сь))"
                        r"(?![а-яё])", re.IGNORECASE)


# A legal act a finite verb tells before the participle: «Суд оправдал женщину, приговорённую к казни»: the
# subject did an act of its own to the one the participle describes.
_OWN_ACT = re.compile(r"(?:оправда|осуди|приговори|оштрафова|арестова|обвини|освободи|задержа)(?:л|ла|ло|ли)(?![а-яё])",
                      re.IGNORECASE)


def undergone(sentence: str, start: int) -> bool:
    """Whether the Russian act at `start` is told of the one who underwent it (a long participle, a reflexive
    passive): the noun it describes did not do it, whoever the sentence names as its subject."""
    return _UNDERGONE.match(sentence, start) is not None and not _OWN_ACT.search(sentence, 0, start)


# An institution's adjectives in the locative, where it speaks: «в Следственном комитете», «в Генеральной
# прокуратуре», «в Белом доме».
LOCATIVE_ADJECTIVE = re.compile(r"[А-ЯЁа-яё-]{3,}(?:ом|ем|ой|ей)")


def agreeing(adjectives: list[str], noun: str) -> list[str]:
    """Locative adjectives in the nominative that agrees with `noun`: «Следственном» -> «Следственный», «Российском»
    -> «Российский», «Генеральной» -> «Генеральная», «Общей» -> «Общая»."""
    gender = "f" if noun.endswith(("а", "я")) else "n" if noun.endswith(("о", "е")) else "m"
    out = []
    for word in adjectives:
        stem, soft = word[:-2], word.endswith(("ем", "ей")) and word[-3] not in "жшчщ"
        velar = stem[-1:] in "кгхжшчщ"
        out.append(stem + {"m": "ий" if soft or velar else "ый", "n": "ее" if soft else "ое",
                           "f": "яя" if soft else "ая"}[gender])
    return out

