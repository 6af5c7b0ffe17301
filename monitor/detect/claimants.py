"""Who brings a legal act (pure): the plaintiff, the complainant or the authority behind a suit, a charge or a fine.

A suit names its plaintiff after "by" or in a participle ("The suit, filed by Jane Roe"), a complaint by whose it is
("Complaint of Shri R. K. Jalan against the editor"), a Russian suit in the genitive before "к" ("иск бизнесмена
Артема Зуева к газете"); a fine or a settlement is the act of the authority the sentence names, never of the one
who pays; damages are sought by the one they are paid to.
"""

from __future__ import annotations

import re

from monitor.detect.actors import PASSIVE
from monitor.detect.names import head
from monitor.detect.parties import _AUTHORITY_NAMES, _KNOWN_RE, CAP, KNOWN, canonical
from monitor.detect.passives import LEGAL_PARTICIPLE, ON_CHARGES, VERDICT_PARTICIPLE, doer_after_by, made_by
from monitor.detect.ru_doers import instrumental_doer, undergone
from monitor.detect.wordsets import SETS

_TO_NAME = re.compile(rf"^[^.;]{{0,80}}?\bto\s+((?:{CAP})(?:\s+(?:{CAP}))*)")
# A complaint named by whose it is: "Complaint of Shri R. K. Jalan against the editor", "a petition by Acme against".
_COMPLAINT_OF = re.compile(r"\b(?i:complaint|petition|suit|lawsuit|claim)\s+(?:of|by|from)\s+"
                           r"((?:[A-Z][\w.&'’-]*\s*){1,5})[,\s]*(?:[A-Z][\w-]*\s+)?against\b")
# A Russian suit names its plaintiff in the genitive before "к" and its defendant: "иск бизнесмена Ивана Петрова к
# газете", "по иску «Молодой гвардии» к «Томиксу»", "иск движения "Наши" к изданию".
_PLAINTIFF = re.compile(r"\b(?i:иск)\w*\s+(?:(?P<what>[а-яё-]+)\s+)?(?:[а-яё-]+\s+)?"
                        r"(?P<who>«[^»]{2,40}»|\"[^\"]{2,40}\"|[А-ЯЁA-Z][\w.-]*(?:\s+[А-ЯЁA-Z][\w.-]*){0,2})\s+(?:к|против)\s")
# A formal rebuke received names who gave it: "received a formal warning from the watchdog".
_WARNED_BY = re.compile(r"\b(?:received?|receives|receiving|got|gets|given)\s+(?:\w+\s+){0,3}?(?:warning|reprimand"
                        r"|censure)s?\s+from\s+(\S.*)", re.IGNORECASE)
# Who a genitive names after a person's descriptor ("бизнесмена", "депутата"): such a name is declined.
_PERSON_GENITIVE = {"бизнесмена", "предпринимателя", "депутата", "губернатора", "сенатора", "директора", "главы",
                    "политика", "блогера", "журналиста", "актера", "актёра", "певца", "жителя", "гражданина",
                    "экс-главы", "мэра", "министра", "бывшего"}


# A name's words in the genitive after "иск": "Молодой гвардии" -> "Молодая гвардия", "Новой газеты" -> "Новая газета".
_ENDINGS = {"ой": "ая", "ии": "ия", "ки": "ка", "ги": "га", "ы": "а"}
_TITLE_NOMINATIVE = re.compile(r"(?<=[а-яё])(ой|ии|ки|ги|ы)\b")


def nominative(name: str, descriptor: str) -> str:
    """A name read in the genitive, as a reader names its owner ("бизнесмена Артема Зуева" -> "Артем Зуев", "иск
    Газпрома" -> "Газпром"); after any other descriptor, as written."""
    if descriptor and descriptor.casefold() not in _PERSON_GENITIVE or not re.match(r"[А-ЯЁ]", name):
        return name  # "иск молодежного движения", a Latin name: as written
    return " ".join(re.sub(r"(?<=[бвгджзклмнпрстфхцчшщ])а$|ия$", lambda m: "ий" if m.group(0) == "ия" else "", w)
                    for w in name.split())


# A court whose ruling did the act, in the instrumental: «Решением Мещанского районного суда Москвы компания
# оштрафована» (not «Решение суда оставлено без изменения»: there a higher court, unnamed, upheld it).
_BY_RULING = re.compile(r"(?<![а-яё])(?i:решением|постановлением|по решению)\s+((?:[А-ЯЁа-яё-]+(?:ого|его)\s+){0,3})"
                        r"суда((?:\s+[А-ЯЁ][а-яё-]+(?=[\s,.]))?)")


def _court(adjectives: str, place: str) -> str:
    """A court's name in the nominative from the genitive («Мещанского районного суда Москвы» -> «Мещанский районный
    суд Москвы»)."""
    words = [re.sub(r"(?<=[кгхжшщч])ого$", "ий", re.sub(r"его$", "ий", w)) for w in adjectives.split()]
    words = [re.sub(r"ого$", "ый", w) for w in words]
    name = " ".join([*words, "суд"]) + place
    return name[:1].upper() + name[1:]


def legal_actor(sentence: str, start: int, end: int, payer: bool) -> str:
    """The party behind a legal act: the doer after "by", the authority a fine or settlement names, the one
    damages were paid to."""
    ruling = _BY_RULING.search(sentence)
    if ruling:
        return _court(ruling.group(1), ruling.group(2))  # «Решением суда компания оштрафована»: the court fined it
    instrumental = instrumental_doer(sentence, start, end)
    if instrumental:
        return instrumental  # «Дело возбуждено следственным отделом МВД»: the passive's doer in the instrumental
    if payer and re.search(r"\bdamages\b", sentence):
        to = _TO_NAME.match(sentence[start:]) or _TO_NAME.match(sentence[max(0, start - 80):])
        if to:
            return canonical(to.group(1))
    complainant = _COMPLAINT_OF.search(sentence)
    if complainant and head(complainant.group(1)):
        return head(complainant.group(1))  # "Complaint of Shri Raj Kumar Jalan, Haryana against the editor"
    plaintiff = _PLAINTIFF.search(sentence)
    if plaintiff:
        who = plaintiff.group("who")
        if who[:1] in "«\"“":
            # "по иску «Молодой гвардии»" -> "Молодая гвардия"
            return _TITLE_NOMINATIVE.sub(lambda m: _ENDINGS[m.group(1)], who.strip("«»\"“”"))
        return nominative(who, plaintiff.group("what") or "")
    rest = sentence[start:]
    if _FACING.match(rest):
        return facing_doer(rest)  # "Acme faces a lawsuit from the regulator": the regulator; "Acme faces charges": none
    warned = _WARNED_BY.search(sentence)
    if warned and doer_after_by("by " + warned.group(1)):
        return doer_after_by("by " + warned.group(1))  # "received a warning from the regulator": the regulator's
    if PASSIVE.search(sentence[:start]) or re.match(rf"^\s*(?:\w+\s+by\b|{LEGAL_PARTICIPLE}\b)", rest):
        # "was sued by Acme", "sued for $4.2 billion by 170,000 customers"; "Prosecutors said Vell was charged";
        # "which saw Acme fined a record $5m by regulators"
        doer = doer_after_by(rest) or _reported_by(sentence[:start])
        if doer:
            return doer
    doer = made_by(sentence, start)  # "The suit, filed by Jane Roe", "the lawsuit filed in Ohio by"
    if doer:
        return doer
    if payer or paid(sentence, start):
        for m in _KNOWN_RE.finditer(sentence):
            if KNOWN[m.group(1).casefold()] in _AUTHORITY_NAMES:
                return KNOWN[m.group(1).casefold()]
        authority = re.search(r"\b(?:ФАС|FTC|FCA|SEC|CFTC|Роскомнадзор\w*|(?<![Вв]\s)(?<![Вв]о\s)(?<![Нн]а\s)"
                              r"(?:[A-Z][\w-]+|[А-ЯЁ][\w-]*(?:ый|ий|ой)) (?:суд|court|Court))\b", sentence)
        # (a court named by its adjective: not «В Гамбурге суд», a place, nor «Затем суд», an adverb)
        if authority:
            return authority.group(0)
    opener = re.match(r"\s*([\w-]+)", sentence[start:end])
    word = opener.group(1).casefold() if opener else ""
    if opener and (word in _AUTH_WORDS or word.endswith("s") and word[:-1] in _AUTH_WORDS) and not _MODIFIES.match(
            sentence, start + opener.end()):
        # «Суд обязал издание ...», «Арбитражный суд обязал»: the act's own words open with the court that acted
        # (or "Regulators in Singapore revoked": a plural)
        # «Банк России», «Верховный суд РФ» (the adjective opens the act; its noun follows)
        named = re.match(r"(?:\s+суд(?![а-яё]))?(?:\s+[A-ZА-ЯЁ][\w-]*){0,3}", sentence[start + opener.end():])
        # (its own clause: "X scored a victory when a court ruled" is the court's, not X's)
        clause = re.split(_OWN_CLAUSE, sentence[:start + opener.end() + (named.end() if named else 0)])[-1]
        return head(clause) or word
    # «Затем суд в Великом Новгороде оштрафовал»: a Russian authority's noun just before the act (and its place)
    court = _RU_AUTHORITY_BEFORE.search(sentence, 0, start)
    return court.group(1) if court and court.group(2).casefold() in _AUTH_WORDS else ""


_RU_AUTHORITY_BEFORE = re.compile(r"(?:^|[\s,])((?:[А-ЯЁа-яё-]+(?:ый|ий|ой)\s+){0,3}([а-яё]{2,}))"
                                  r"(?:\s+(?:в|во)\s+[А-ЯЁ][\w-]*(?:\s+[А-ЯЁ][\w-]*)?)?"
                                  r"(?:\s+(?:уже|также|ещё|еще|вновь|не))?\s*$")


# A party at the receiving end of a suit, then the suit: "faces a lawsuit", "continues to contest charges".
_FACING = re.compile(r"\s*(?:(?:continu\w*|still)\s+(?:to\s+)?)?(?:fac(?:e|es|ed|ing)|contest\w*|fight\w*|battl\w*)\b",
                     re.IGNORECASE)
# Who brought what is faced, in its clause: "a lawsuit from the regulator", "charges brought by Tarn County".
_FACED_FROM = re.compile(r"^[^.;,]{0,60}?\b(?:lawsuits?|suits?|charges?|counts?|complaints?|action|case|indictments?"
                         r"|prosecution|claims?)\s+(?:(?:brought|filed|lodged|launched)\s+)?(?:from|by)\s",
                         re.IGNORECASE)


def facing_doer(rest: str) -> str:
    """Who brought the suit or charges the subject faces, where the clause names them ("faces a lawsuit from the
    Varn Trade Board"); else no one: the one who faces it did not bring it."""
    faced = _FACED_FROM.match(rest)
    return doer_after_by("by " + rest[faced.end():]) if faced else ""


_AUTH_WORDS = set(SETS["AUTH"].split("|")) | {"банк", "treasury"}
# An authority's noun that only says who the one charged is: "Police officer charged with assault", "Court clerk
# convicted of theft".
_MODIFIES = re.compile(rf"\s+(?!(?:has|have|had|was|were|is|are|been|be|also|now|then|later|\w+ly)\b)[\w-]+\s+"
                       rf"(?:{LEGAL_PARTICIPLE}|{VERDICT_PARTICIPLE})", re.IGNORECASE)
# Where the clause of an authority's act begins: after a comma, a dash, or a conjunction before "a"/"the" noun or
# right before the authority's own words ("Orla Benn was charged after prosecutors accused him": not her clause).
_OWN_CLAUSE = re.compile(r"[,;:()]|\s[-–—]+\s|\b(?i:when|after|before|as|while|because|since|once|until|that)\s+"
                         r"(?=(?:an?|the)\s|[\w-]+(?:\s+[\w-]+){0,3}\s*$)")
# An authority that says a passive act was done, before it: "Prosecutors said Vell was being charged with arson".
_REPORTED_BY = re.compile(r"^\W*((?:the\s+)?(?:[\w.'’-]+\s+){0,3}?(?:" + "|".join(sorted(
    w for w in _AUTH_WORDS if w.isascii())) + r"|prosecutors|regulators|authorities|officials|investigators)s?)\s+"
    r"(?:said|say|says|told|tells|announced|confirmed)\b(?:\s+on\s+\w+)?(?:\s+that)?\s+[^,;:]*$", re.IGNORECASE)


# A fine, penalty or settlement someone pays: "was forced to pay a $125m fine", "paid $4m in a settlement".
_PAID = re.compile(r"\b(?:pay|pays|paid|paying)\s+(?:(?:a|an|the|its|their|his|her)\s+)?(?:[$£€]?\d[\d.,]*\s*"
                   r"(?:[mk]|bn|million|billion)?\s+)?(?:(?:in|as|under)\s+(?:a|an|the)\s+)?(?:[\w-]+\s+)?$",
                   re.IGNORECASE)


# A payer that is not the sentence's subject: "a deal for UBS to pay", "ordered Acme to pay", "UBS, which paid".
_PAYER_NAMED = re.compile(r"\b(?:for|ordered|ordering|required|requiring|told|allowing)\s[^,;]{1,40}?\sto\s+pay\b"
                          r"|\b(?:which|who)\s+(?:\w+\s+)?paid\b", re.IGNORECASE)


def paid(sentence: str, start: int) -> bool:
    """Whether the act at `start` is a fine or penalty the sentence's subject pays: the payer is no doer of it."""
    if re.match(r"(?i:fines?|penalt|settlement)", sentence[start:start + 10]) is None:
        return False
    paying = _PAID.search(sentence, max(0, start - 60), start)
    return paying is not None and not _PAYER_NAMED.search(sentence, max(0, paying.start() - 60), paying.end())


def _reported_by(before: str) -> str:
    said = _REPORTED_BY.match(before)
    return head(said.group(1)) if said else ""


# What the one at the receiving end of a suit is said to be or to undergo, right after its name: "Greyfield Bank is
# among the defendants named in", "Tolvane, one of five defendants in", "The bank had been named as a defendant",
# "Acme faces a class action", "Acme was hit with a lawsuit".
_RECEIVES = re.compile(r"\s*,?\s*(?:(?:along|together) with\s[^,]{1,40},\s*)?(?:and\s+(?:[A-Z][\w.'’-]*\s+){1,3})?"
                       r"(?:(?:is|was|are|were|has been|had been|have been|will be|remains?|now|also|still"
                       r"|continu\w*\s+to)\s+)*"
                       r"(?:(?:among|one of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:co-?)?defendants"
                       r"|(?:a|an|the|the main|the lead)\s+(?:co-?)?defendants?|(?:co-?)?defendants?\b"
                       r"|named\s+(?:as\s+)?(?:(?:a|an|one of the)\s+)?(?:co-?)?defendants?|named in"
                       r"|faces?|facing|(?<=to )(?:contest|fight|battle)|hit with|slapped with|served with"
                       r"|targeted by|the (?:target|subject) of"
                       # "X is defending itself against a lawsuit", "X responded to Y's lawsuit": the one sued
                       r"|defend\w*\s+(?:(?:it|him|her|them)sel(?:f|ves)\s+)?against"
                       r"|respond\w*\s+to\s+(?:[\w'’.-]+\s+){0,4}?(?:lawsuit|suit|complaint|claim|case)\b"
                       # a headline's noun it modifies, then a passive: "Miami Police Officer Charged After ..."
                       r"|(?:(?!(?:and|or)\b)[\w-]+\s+){1,2}(?:(?:charged|indicted|fined|sanctioned)\s+(?:with|for|over"
                       rf"|after|in|on)|{VERDICT_PARTICIPLE}))\b",
                       re.IGNORECASE)


def on_receiving_end(sentence: str, who: str) -> bool:
    """Whether the sentence says `who` is sued or charged ("X is among the defendants", "X faces a lawsuit") rather
    than suing: such a one is no doer of the legal act."""
    if not who:
        return False
    at = sentence.replace("’", "'").casefold().find(who.replace("’", "'").casefold())
    return at >= 0 and _RECEIVES.match(sentence, at + len(who)) is not None


# An act its subject undergoes: "X faced robbery charges", "a man facing an indictment", "was jailed for 14 years on
# charges of spying", "was arrested on Thursday on charges", "was handed the fine", "was hit with a lawsuit".
# An active verb with its object before "on charges": "Police arrested Teo Varga on charges": the police acted.
_HELD_BY = re.compile(r"(?<!was )(?<!were )(?<!been )(?<!being )\b\w+ed\s+(?:(?:the|a|an|his|her|their|two|three"
                      r"|\d+)\s+)?(?:[\w'’-]+\s+){1,3}$")
_HANDED = re.compile(r"\b(?:was|were|been|being|is|are|get|gets|got)\s+(?:\w+ly\s+)?(?:handed|given|hit with"
                     r"|slapped with|served with|issued with)\s+(?:(?:a|an|the|his|her|their|its)\s+)?"
                     r"(?:[\w$£€,.-]+\s+){0,3}$",
                     re.IGNORECASE)


def undergoes(sentence: str, start: int) -> bool:
    """Whether the subject of the sentence undergoes the legal act that starts at `start` (faces it, was jailed or
    arrested on its charges, was handed it): then it is no doer, whoever else the sentence names."""
    rest = sentence[start:]
    by_name = re.search(r"\bby\s+(?:the\s+)?[A-Z]", sentence[:start])  # "Pursued by Switzerland on charges of"
    held = ON_CHARGES.match(rest) and not by_name and not _HELD_BY.search(sentence[:start])
    return bool(_FACING.match(rest) or held or _HANDED.search(sentence[:start]) or undergone(sentence, start))
