"""Names in a subject phrase (pure): which words name a doer, and the doer a phrase names.

A phrase before an act holds titles ("chief executive"), possessives ("Britain's"), descriptors ("Indian news
website, The Wire"), headline capitals ("Libel Suit") and dates as well as the name; `head` keeps the name a
reader would give as the doer, or "" where the words name no one.
"""

from __future__ import annotations

import functools
import re

from monitor.detect import ru_cases
from monitor.detect.clauses import before_participle
from monitor.detect.companies import DIGIT_NAME, and_in_name, describes, is_suffix, joins_for, names_company
from monitor.detect.nameless import names_no_one
from monitor.detect.paper_places import without_page
from monitor.detect.parties import _KNOWN_RE, KNOWN
from monitor.detect.relations import related
from monitor.detect.roles import ROLE_NOUNS, without_role
from monitor.detect.ru_cases import after_in, nominative, where_it_speaks, without_opener, without_place

_COMMON_LEAD = {"the", "a", "an", "this", "that", "it", "its", "in", "on", "at", "but", "and", "however", "he", "she",
                "they", "we", "i", "our", "their", "his", "her", "first", "then", "there", "as", "so", "for", "please",
                "it's", "there's", "он", "она", "оно", "они", "him", "them", "теперь", "тогда", "затем", "потом",
                "этот", "эта", "это", "эти", "эту", "всё", "все", "его", "ее", "её", "их"}
# A piece is what was done to, never who did it: "Story corrected to show ...", "This article has been amended".
_PIECES = {"story", "article", "report", "piece", "post", "item", "column", "editorial", "headline", "caption",
           "video", "blog", "entry", "version", "статья", "материал", "новость", "публикация", "заметка"}
# Verbs a title-case headline capitalises after its subject ("Chamber Accuses", "Newsweek Backtracks"): they end a name.
TITLE_VERBS = {"says", "said", "denies", "denied", "admits", "rejects", "accuses", "corrects", "issues", "adds", "pays",
               "backtracks", "defends", "disputes", "stands", "retracts", "sues", "sued", "files", "removes", "deletes",
               "releases", "calls", "slams", "responds", "reacts", "faces", "refutes", "dismisses", "pulls",
               "withdraws", "takes", "publishes", "prints", "regrets", "clarifies", "updates", "settles", "fines",
               "charges", "blasts", "condemns", "insists", "backs", "kills", "apologizes", "apologises", "apologized",
               "apologised", "apologizing", "apologising"}
# A month after a number: "12 февраля", "3 March" is a date, not a name's number.
_DATE_WORD = re.compile(r"(?i:январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр|jan|feb|mar|apr"
                        r"|may|jun|jul|aug|sep|oct|nov|dec)")
# Words of time that end a name: "filed by Acme Corp Friday morning".
WHEN = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July"
        r"|August|September|October|November|December)\b")
TITLE_WORDS = {
    "spokesman", "spokeswoman", "spokesperson", "president", "minister", "ceo", "chairman", "chairwoman", "chair",
    "chief", "executive", "director", "editor", "editor-in-chief", "secretary", "leader", "head", "founder",
    "governor", "senator", "sen.", "rep.", "mayor", "judge", "attorney", "general", "officer", "manager",
    "commissioner", "representative", "counsel", "lawyer", "ambassador", "prosecutor", "sheriff", "coach", "captain",
    "owner", "publisher", "correspondent", "reporter", "columnist", "premier", "chancellor", "mr", "mr.", "mrs",
    "бизнесмен", "блогер", "предприниматель", "актер", "актёр", "певец", "певица", "тренер", "адвокат", "журналист",
    "rep", "sen", "gov", "gen", "lt", "col", "capt", "sgt", "prof", "shri", "smt", "гендиректор", "замглавы",
    "вице-премьер", "премьер", "советник", "сенатор", "прокурор", "судья",
    "mrs.", "ms", "ms.", "dr", "dr.", "sir", "lord", "lady", "former", "vice", "deputy", "winger", "player",
    "пресс-секретарь", "министр", "президент", "глава", "руководитель", "директор", "председатель", "представитель",
    "спикер", "губернатор", "мэр", "редактор", "главред", "замминистра", "депутат", "вингер", "основатель"}
# Capitalised words that open a sentence without naming anyone.
NOT_A_NAME = _COMMON_LEAD | {
    "after", "before", "when", "while", "if", "although", "though", "despite", "following", "according", "last",
    "this", "these", "those", "some", "many", "most", "all", "both", "one", "two", "every", "each", "no", "yes",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december", "update", "updated",
    "hon", "prime", "that's", "it's", "there's", "where", "why", "how", "what", "class", "thank", "thanks",
    "editor's", "note", "correction", "clarification", "apology", "retraction", "ceo", "i'd", "i'm", "we're",
    "corrections", "clarifications", "apologies", "retractions", "denials", "see",  # "Corrections round up", "See ..."
    "между", "напомним", "отмечается", "сообщается", "однако", "также", "кроме", "впоследствии", "позже", "ранее",
    "при", "это", "так", "в", "на", "по", "после", "решением", "согласно", "как", "получив", "вчера", "сегодня",
    "наша", "наш", "наши", "once", "nearly", "another", "almost", "about", "over", "more", "only", "even", "just",
    "fewer", "roughly", "around", "several", "also", "later", "сам", "сама", "сами", "само", "recall", "ongoing",
    "under", "amid", "within", "upon", "via", "during", "until", "among", "throughout",
    # Russian common words that open a sentence, capitalised only by their place: "Сотрудники издательства ...",
    # "Власти опровергли ...", "Свыше 800 статей ..." (not "Первый", which opens "Первый канал")
    "сотрудники", "свыше", "более", "около", "почти", "новостные", "власти", "журналист", "журналисты", "уголовное",
    "заявления", "заявление", "руководство", "первым", "издание", "издания", "газета", "компания",
    "редакция", "эксперты", "депутаты", "жители", "пользователи", "статья", "материал", "информация", "решение",
    "дело", "все", "многие", "заголовок", "ошибку", "из-за", "позднее", "спешу", "sure", "absolute",
    "we've", "i've", "we'd", "we'll", "i'll", "you've", "you're", "they've", "they're",
    # gerunds that open headlines and page chrome ("Showing posts with label ...", "Regretting the error")
    "showing", "regretting", "breaking", "correcting", "explaining", "revisiting", "updating", "clarifying",
    "retracting", "apologizing", "apologising", "denying", "making", "getting",
    # what a suit is about, capitalised in a title-case headline: "Libel Suit Against The Times Ends"
    "libel", "defamation", "slander", "fraud", "antitrust", "copyright", "privacy", "negligence", "discrimination",
    # prepositions and counts that open a sentence: «Против основателя возбуждено дело», "Dozens of suits were"
    "против", "для", "из", "от", "у", "о", "об", "с", "со", "за", "над", "под", "перед", "без", "до", "через", "во",
    "к", "further", "furthermore", "moreover", "additionally", "meanwhile", "dozens", "hundreds", "thousands",
    "scores", "millions", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "десятки", "сотни", "тысячи", "слухи", "сообщения", "данные", "публикация", "новость",
    "новости",
    # a verb, a pronoun or a conjunction capitalised only by its place: «Было возбуждено дело», «Всем предъявили
    # обвинения», «Им выдадут предписание», «И люди получили наказания», «Подробности дела ...»
    "было", "был", "была", "были", "будет", "всем", "всех", "им", "ему", "ей", "и", "а", "но", "подробности"}


# Lower-case words that end an organisation's name: "the Vizhinjam police", "a Reuters spokesperson".
ORG_NOUNS = {"police", "jury", "magazine", "newspaper", "paper", "ministry", "court", "government", "council",
             "company", "firm", "group", "agency", "network", "channel", "station", "team", "club", "board",
             "commission", "networks", "stations", "channels", "administration", "assembly", "department", "office",
             "service", "journal", "bank", "university", "party", "campaign", "authorities", "authority", "official",
             "officials", "spokesman", "spokeswoman", "spokesperson", "lawyers", "website", "site", "broadcaster",
             "news", "daily", "weekly", "editors", "editor", "exchange", "airline", "maker", "газета", "канал",
             "телеканал", "суд", "банк", "комитет", "совет", "фонд"}
# Common nouns that name a doer ("the publication", "a molecular biology journal", "the regulator").
DOER_NOUNS = {"publication", "outlet", "publisher", "tabloid", "broadcaster", "regulator", "journal", "watchdog",
               "prosecutors", "giant", "firm", "insurer", "retailer", "carrier", "source", "sources", "author",
               "authors", "researchers", "scientists", "researcher", "company", "companies", "organisation",
               "organization", "club", "union", "council", "senator", "mayor", "minister", "spokesman", "president",
               "governor", "court", "judge", "police", "lawyers", "plaintiffs", "plaintiff", "prosecutor",
               "government", "ministry", "agency", "bank", "exchange", "platform", "network", "newspaper", "magazine",
               "station", "channel", "website", "site", "blog", "blogger", "editor", "editors", "paper", "group",
               "team", "airline", "university", "school", "hospital", "commission", "department", "office", "fund",
               "lender", "broker", "brokerage", "operator", "startup", "issuer", "custodian", "miner",
               # who sues, and who answers a report: "The politician sued the newspaper", "the embassy called it"
               "politician", "businessman", "businesswoman", "actress", "actor", "singer", "celebrity", "tycoon",
               "billionaire", "entrepreneur", "investor", "investors", "embassy", "consulate", "ombudsman", "charity",
               "carmaker", "automaker", "manufacturer", "developer", "banker", "trader", "negotiator", "official"}
# What a subject phrase may be without naming a doer: the act itself, or the claim it is about.
ACT_NOUNS = {"correction", "clarification", "apology", "retraction", "denial", "update", "note", "lawsuit", "suit",
              "claim", "claims", "report", "reports", "story", "article", "allegation", "allegations", "statement",
              "information", "accusation", "accusations", "piece", "post", "rumor", "rumors", "rumours"}
# Act nouns a title-case headline capitalises that never start a name ("Lawsuit Claims Acme Misled ...").
_UNNAMING = {"lawsuit", "lawsuits", "suit", "suits", "complaint", "claim", "claims", "allegation", "allegations",
             "accusation", "accusations", "denial", "rumor", "rumors", "rumours"}
_FINITE = {"is", "was", "has", "have", "had", "says", "said", "told", "will", "would", "did", "does", "upheld", "won",
           "lost", "brought", "found", "held", "made", "took", "sought", "paid", "gave", "struck", "threw", "began"}
_QUOTED_NAME = re.compile(r"^[«\"“]([^»\"”]{2,60})[»\"”]")


def _clean(word: str) -> str:
    word = re.sub(r"['’]s$", "", word.replace("’", "'"))
    return word.strip("«»\"“”'(),:;").rstrip(".") if not re.fullmatch(r"(?:[A-ZА-Я]\.){2,}", word) else word


# A wire's stock ticker after a company's name ("Acme Corp ACME.N", "( ZETA.L )"): a code, no name of its own.
_TICKER_CODE = (r"[A-Z0-9][A-Z0-9&-]{0,7}\.(?:N|O|OQ|L|T|PA|DE|HK|AX|TO|PK|OB|UL|MI|MC|AS|SS|SZ|KS|BO|NS|SI|VX|S|F"
                r"|CO|HE|ST|OL)")
TICKER = re.compile(_TICKER_CODE)
TICKERS = re.compile(rf"\s*\(\s*{_TICKER_CODE}(?:\s*,\s*{_TICKER_CODE})*\s*\)")
_NOT_A_RUN = frozenset(NOT_A_NAME | TITLE_WORDS | _UNNAMING | TITLE_VERBS)  # no capitalised run starts with these
_NOT_IN_RUN = frozenset(TITLE_WORDS | TITLE_VERBS)  # nor goes on with these


def _name_runs(phrase: str) -> list[tuple[int, int, str]]:
    """Capitalised runs in a phrase, with their word positions ("Delta Air Lines", "Дмитрий Песков")."""
    words = phrase.split()
    runs: list[tuple[int, int, str]] = []
    i = 0
    while i < len(words):
        w = _clean(words[i])
        gerund = w.endswith("ing") and i + 1 < len(words) and words[i + 1] in ("the", "a", "an", "its", "their") or (
            i == 0 and _RU_GERUND.fullmatch(w) is not None) or (  # «Выступая на брифинге, он ...»
            _RU_ADJECTIVE.fullmatch(w) is not None and i + 1 < len(words) and words[i + 1][:1].islower()
            and _clean(words[i + 1]).casefold() not in ORG_NOUNS) or (  # «Генеральный директор» (not «Новая газета»)
            i == len(words) - 1 and _RU_ADJECTIVE.fullmatch(w) is not None and (
                len(words) > 1 or re.search(r"(?:ое|ее|ого|его|ых|их)$", w) is not None))
        # (an adjective before a lower-case noun, or last before the act's own noun, describes it: «главы
        # администрации Калининского района», «6 мая Заволжский [районный суд]», «Резонансное [дело]»)
        closing = [k for k in range(i + 1, min(i + 6, len(words))) if "»" in words[k]] or (
            [len(words) - 1] if len(words) <= i + 6 else [])  # (a phrase may have lost its last » to a strip)
        if words[i].startswith("«") and w[:1].isupper() and "»" not in words[i] and closing:
            j = closing[0] + 1  # «Зелёный луг»: one name, whatever the case of its words
            runs.append((i, j, " ".join(words[i:j]).strip(" «»\"“”'’(),:;")))
            i = j
        elif i == 0 and re.fullmatch(r"[А-ЯЁ][а-яё-]+", words[i]) and words[i + 1:i + 2] and words[i + 1][:1] == "«":
            i += 1  # «Авиакомпания «Ветролёт»»: the kind of thing, capitalised by its place, before its name
        elif (w[:1].isupper() and w.casefold() not in _NOT_A_RUN or DIGIT_NAME.fullmatch(w) or names_company(
                words, i)) and not gerund and not TICKER.fullmatch(w) and not describes(words, i):
            j = i + 1  # (a company's suffix goes on after its possessive: "Tilley's Inc")
            while j < len(words) and (not words[j - 1].endswith((",", ";", ":", "'s", "’s", "»", "”")) or (
                    words[j - 1].endswith(("'s", "’s")) and is_suffix(words[j]))):
                nxt = _clean(words[j])
                joins = nxt in ("of", "de", "von", "van", "&", "al", "bin") or and_in_name(words, j) or joins_for(
                    words, j) or (nxt == "the" and j + 1 < len(words) and words[j + 1][:1].isupper()) or nxt.isdigit(
                    ) and len(nxt) <= 2 and not (j + 1 < len(words) and _DATE_WORD.match(words[j + 1]))  # "Channel 4"
                if (nxt[:1].isupper() and nxt.casefold() not in _NOT_IN_RUN and not re.match(WHEN, nxt)
                        and not TICKER.fullmatch(nxt) or joins):
                    j += 1
                else:
                    break
            name = " ".join(words[i:j]).strip(" «»\"“”'’(),:;")
            name = re.sub(r"(?:['’]s|['’])$", "", name).rstrip(".") if not name.endswith(".S.") else name
            runs.append((i, j, name))
            i = j
        else:
            i += 1
    return runs


# A Russian adverbial participle that opens a sentence: «Выступая», «Комментируя», «Отвечая», «Признав».
# (not «Новая газета»: endings an adjective shares are listed words)
_RU_GERUND = re.compile(r"[А-ЯЁ][а-яё]+(?:уя|юя|ясь|ась|ав|ив|ев|вшись)|(?:Выступая|Отвечая|Отмечая|Подчеркивая"
                        r"|Подчёркивая|Говоря|Объясняя|Заявляя|Сообщая|Утверждая|Добавляя|Называя|Признавая)")


_RU_ADJECTIVE = re.compile(r"[А-ЯЁ][а-яё]+(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ых|их)")


# Plural doers named without an article: "officials", "police", "prosecutors".
GROUPS = {"officials", "police", "authorities", "prosecutors", "lawyers", "regulators", "researchers", "scientists",
          "investigators", "organisers", "organizers", "executives", "editors"}


# Words that follow a one-word subject, not an adjective: "Trump on Friday ...", "Acme also ...".
_AFTER_SUBJECT = {"on", "in", "at", "for", "from", "with", "to", "by", "over", "after", "last", "this", "later", "also",
                  "then", "now", "again", "earlier", "has", "had", "is", "was", "will", "would", "who", "which"}


def _person(name: str) -> str:
    """A person's name after a title, without the organisation a Russian title names in the genitive before it
    ("пресс-секретарь Кремля Дмитрий Песков", "гендиректор «Химок» Гиа Григалава", "глава Facebook Марк
    Цукерберг")."""
    words = re.split(r"[»”\"]\s*", name)[-1].split()
    if words and re.match(r"[А-ЯЁ]", words[-1]):
        cyrillic = [w for w in words if re.match(r"[А-ЯЁ]", w)]
        words = cyrillic[-2:] if len(cyrillic) >= 3 or len(cyrillic) < len(words) else cyrillic
    return " ".join(words)


@functools.lru_cache(maxsize=4096)  # pure, and asked again for the same phrase (a check, then the answer)
def head(phrase: str, first: bool = False) -> str:
    """The doer a subject phrase names: a person after a title ("BBC chairman Gavyn Davies"), else a known
    organisation ("a Reuters spokesperson"), else a name with the organisation noun that ends it ("the
    Vizhinjam police"), the last of an appositive ("British medical weekly The Lancet"), the first of a list, else
    a short common noun phrase ("the network", "a U.S. intelligence official"); never words that name no one."""
    phrase = phrase.strip(" ,;:-–—*")
    if quoted := _QUOTED_NAME.match(phrase):
        return quoted.group(1).strip()  # "«Новая газета» оштрафована", '"60 Minutes" stands by'
    phrase = without_role(without_place(without_opener(without_page(phrase.strip("\"“”'’«»()")))))  # «Ранее суд»
    phrase = phrase if _SPEAKS_FOR.match(phrase) else before_participle(phrase)  # "The jury sitting in the court"
    if not phrase or phrase.casefold() in _COMMON_LEAD:
        return ""
    if re.search(r"(?:^|\s)(?:он|она|оно|они)$", phrase, re.IGNORECASE):
        return ""  # «После разговора с Яном Сидом он удалил посты»: the pronoun acts, not the name before it
    if their := _RU_THEIR_NAMED.match(phrase):
        return their.group(1)  # «Его сын Евгений опроверг»: the son, named; «Его адвокат» names no one
    bare = phrase.casefold().split()
    if bare[-1] in _PIECES and len(bare) <= 2 and bare[0] in (*_PIECES, "the", "this", "our", "an", "a", "earlier"):
        return ""
    if after_in(phrase):
        # «В Минфине заявили», «в пресс-службе банка назвали»: the institution where it was said, as a name
        said_in = where_it_speaks(phrase)
        named = said_in or _head(phrase, first)
        return f"{nominative(named.split()[0])} {' '.join(named.split()[1:])}".strip() if named else ""
    if owned_counsel := _COUNSEL_OF.match(phrase):
        return owned_counsel.group(1)  # "Orla Benn's lawyers began proceedings": she acts, as with "lawyers for"
    named = _head(phrase, first) if (kin := related(phrase)) is None else kin  # "Acme's closest ally": not Acme
    return "" if names_no_one(named) else named  # "His US-based lawyer", "Again, we regret it", "Oct. 4, 2019"


# Someone named after whose he or she is: «Его сын Евгений», «ее адвокат Орла Бенн».
_RU_THEIR_NAMED = re.compile(r"(?i:его|ее|её|их)\s+[а-яё-]+\s+([А-ЯЁ][а-яё-]+(?:\s+[А-ЯЁ][а-яё-]+){0,2})")


# Someone speaking for an organisation: "a spokesman for the bank", "lawyers for Acme": the organisation acts.
_SPEAKS_FOR = re.compile(r"^(?:(?:a|an|the)\s+)?(?:spokes(?:man|woman|person|people)|representatives?|lawyers?"
                         r"|attorneys?)\s+(?:for|of|representing|acting for)\s+(?P<org>\S.*)$", re.IGNORECASE)


# Counsel named by whose they are: "Orla Benn's lawyers", "Acme's attorneys" (as "lawyers for Acme").
_COUNSEL_OF = re.compile(r"^(?:The\s+)?((?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*)['’]s?\s+"
                         r"(?:lawyers?|attorneys?|solicitors?|legal team|counsel)$")


# A doer described by its rank in a place: "Britain's biggest newspaper", "Massachusetts' highest court".
_RANKED = re.compile(r"^[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?(?:['’]s|s['’])\s+((?:[a-z]+est|top|leading|main|oldest"
                     r"|second|third|most[\w-]*)(?:\s+[a-z][\w-]*){1,3})$")


# A Russian institution named by its adjectives and its noun: «Невский районный суд Петербурга» (not the city in the
# genitive), «Мировой судебный участок в Москве» (not the place), «федеральный торговый суд США» (after «что»).
_RU_INSTITUTION = re.compile(r"^(?:\d{1,2}\s+[а-яё]+\s+)?"  # («6 мая Заволжский районный суд»: after a date)
                             r"((?:[А-ЯЁ][А-ЯЁа-яё-]+|[а-яё-]+(?:ый|ой|ский|цкий))(?:\s+[а-яё-]+){0,3}?\s+"
                             r"(?:суд|участок|комитет|прокуратура|министерство"
                             r"|ведомство|служба|управление|департамент|инспекция|комиссия|палата|совет|мэрия"
                             r"|администрация|правительство))(?![а-яё-])"
                             # «Министерство здравоохранения», «Служба судебных приставов»: the noun, then whose
                             r"|^((?:Министерство|Ведомство|Служба|Управление|Департамент|Комитет|Прокуратура"
                             r"|Администрация|Правительство|Инспекция|Комиссия)(?:\s+[а-яё-]+(?:ия|ии|ого|ой|ых|их|ей"
                             r"|ов|ы))+)(?![а-яё-])")


def _head(phrase: str, first: bool) -> str:
    institution = _RU_INSTITUTION.match(phrase)
    if institution:
        return institution.group(1) or institution.group(2)
    authority = ru_cases.authority_of(phrase)
    if authority:
        return authority
    speaks_for = _SPEAKS_FOR.match(phrase)
    if speaks_for and _head(speaks_for.group("org"), first):
        return _head(speaks_for.group("org"), first)
    ranked = _RANKED.match(phrase)
    if ranked and _clean(ranked.group(1).split()[-1]).casefold() in ORG_NOUNS | DOER_NOUNS:
        return ranked.group(1)  # "Britain's biggest newspaper": a place's, described by its rank, not the place
    words = [_clean(w).casefold() for w in phrase.split()]
    runs = _name_runs(phrase)
    appositive_name = runs and runs[0][0] == 0 and runs[0][1] >= 2 and phrase.split()[runs[0][1] - 1].endswith(",")
    if appositive_name and len(phrase.split()) > runs[0][1]:
        return runs[0][2]  # "Dean Baquet, Washington bureau chief for The New York Times,": the name, not its employer
    # "президента России", "мэрии Москвы": a one-word genitive after a lower-case word is whose, not who
    runs = [r for r in runs if not (r[1] - r[0] == 1 and r[0] > 0 and re.fullmatch(r"(?!во?$)[а-яё-]+", words[r[0] - 1])
                                    and ru_cases.RU_WHOSE.search(r[2]))]
    titled = [r for r in runs if r[0] > 0 and words[r[0] - 1] in TITLE_WORDS | ROLE_NOUNS and not _NATION.fullmatch(
        r[2])]  # "Retired NFL star Lars Orvik": the name after a role
    if len(runs) > 1 and runs[-1][1] == len(words) and runs[-1][1] - runs[-1][0] in (2, 3) and phrase.split()[
            runs[-1][0] - 1].endswith("»") and set(words[:runs[-1][0]]) & TITLE_WORDS:
        return runs[-1][2]  # «Глава банка «Северный» Игорь Лосев»: the person the title is of, not the bank
    if titled:
        return _person(titled[0 if "and" in words[titled[0][1]:titled[-1][0]] else -1][2])  # a list's first
    known = list(_KNOWN_RE.finditer(phrase))
    if known:
        return KNOWN[known[0].group(1).casefold()]
    placed = _placed_common(phrase, words, runs)
    if placed:
        return placed
    national = _national_noun(phrase, words, runs)
    if national:
        return national  # "a U.S. intelligence official", "The U.S. Attorney in Bayport", "Irish banker"
    if runs:
        # "Prestigious medical journal The Lancet", "But American sprinter Orla Benn": a capitalised adjective that
        # opens the sentence (or a nationality before a role's words) is not the name; the appositive's last name is.
        between = " ".join(phrase.split()[runs[0][1]:runs[1][0]]) + " " if len(runs) > 1 else ""
        at = runs[0][0] if _NATION.fullmatch(runs[0][2]) and re.fullmatch(r"(?:[a-z-]+[^\Ws] ){1,2}", between) else 0
        opening, second = phrase.split()[at], _clean((*phrase.split(), "")[at + 1]).casefold()
        opener = runs[0][0] == at and runs[0][1] == at + 1 and second[:1].islower() and second not in _AFTER_SUBJECT \
            and (_NATION.fullmatch(opening) or not opening.isupper()) and second not in ("and", "и", "&", "or", "или") \
            and second not in ORG_NOUNS and not (second.endswith(("ed", "es")) or second in _FINITE | TITLE_VERBS)
        described = len(runs) > 1 and between.split() and all(w[:1].islower() for w in between.split()) and (
            _clean(between.split()[-1]).casefold() in ORG_NOUNS)  # "San Diego news station KUSI-TV"
        appositive = bool(re.fullmatch(r"\s*(?:\w+\s+)?,\s*", between))  # "The Arab TV channel, Al Jazeera,"
        after = words[runs[1][1]] if len(runs) > 1 and runs[1][1] < len(words) else ""
        owned = len(runs) > 1 and runs[1][0] == runs[0][1] and re.search(r"['’]s?$", phrase.split()[runs[0][1] - 1]) \
            and after not in TITLE_WORDS  # not "The Salvation Army's World Leader"
        # "Britain's Daily Telegraph", "Google's YouTube": the owner's possessive is not the doer's name
        start, end, name = runs[1] if len(runs) > 1 and (opener or appositive or described or owned) else runs[0]
        tail = [_clean(w) for w in phrase.split()[end:end + 3]]
        for k, word in enumerate(tail[:2 if len(tail) > 1 and tail[0] in _ADJECTIVES else 1]):
            if not word[:1].islower() and (word != "Judge" or end + k + 1 < len(words)):
                break  # "a U.S. District Judge" with no name after it: the judge, not the district
            if word.casefold() in ORG_NOUNS | {"judge"} or word in GROUPS and name.casefold() in _ADJECTIVES:
                name = " ".join([name, *tail[:k + 1]])  # "the Vizhinjam police", "a Bayport grand jury", "judge"
                break
        if re.fullmatch(r"[А-ЯЁ][а-яё-]+", name) and re.search(rf"(?:^|\s)во?\s+{name}(?![а-яё])", phrase):
            return nominative(name)  # «в Комитете по печати ..., их сотрудники начали исправлять»: the Комитет
        return name
    lead = [w for w in words if w not in ("the", "a", "an")]
    if words == lead and len(lead) == 1 and lead[0] in GROUPS:
        return phrase.strip()  # "officials apologized", "police denied": a group named by what it is
    if words and 0 < len(lead) <= 4 and words[0] in _COUNTING and not set(lead) & ACT_NOUNS and {  # "two regulators"
            lead[-1], lead[-1].removesuffix("s")} & (ORG_NOUNS | TITLE_WORDS | DOER_NOUNS):
        return re.sub(r"['’]s?$", "", " ".join(w for w in phrase.split() if w.casefold() not in ("the", "a", "an")))
    return ""  # "a lengthy" (editor's note) names no one


# A run of a nation's or a place's initials or adjective, then the noun it qualifies: "a U.S. intelligence official",
# "The U.S. Attorney in Bayport" (not the country), "French minister", "The former U.S. trade negotiator and ...".
_NATION = re.compile(r"(?:[A-Z]\.){2,}|U[SK]|[A-Z][a-z]+(?:an|ish|ese|ine|ch|i)|Greek|Welsh|Swiss|Thai|Scots|Cypriot")
_NOUN_ENDS = _AFTER_SUBJECT | {"of", "and", "who", "which", "that", "said", "says", ","}


def _national_noun(phrase: str, words: list[str], runs: list[tuple[int, int, str]]) -> str:
    """The noun phrase a nationality qualifies, from the nationality to the word before its clause or its place goes
    on; "" unless a doer's noun is in it and the nationality is its only name."""
    split = phrase.split()
    if not runs or runs[0][1] - runs[0][0] != 1 or not _NATION.fullmatch(runs[0][2]) or runs[0][0] > 2 or any(
            not w[:1].islower() and _clean(w).casefold() not in _NOT_A_RUN for w in split[:runs[0][0]]):
        return ""
    end = runs[0][1]
    while end < len(words) and end - runs[0][1] < 4 and words[end] not in _NOUN_ENDS and not split[end - 1].endswith(
            ",") and (split[end][:1].islower() or words[end] in TITLE_WORDS) and not re.search(r"\w(?:ed|ing)$",
                                                                                                   words[end]):
        end += 1
    while end > runs[0][1] and not {words[end - 1], words[end - 1][:-1]} & (TITLE_WORDS | ORG_NOUNS | DOER_NOUNS):
        end -= 1  # "The top U.S. court hears arguments": the noun, not its verb
    if end == runs[0][1] or len(runs) > 1 and not (
            end < len(words) and words[end] in _NOUN_ENDS):
        return ""  # "Japanese carmaker Toyota" is Toyota; "the U.S. envoy in Geneva" is the envoy
    return " ".join(_clean(w) if k == end - 1 else w for k, w in enumerate(split[runs[0][0]:end], runs[0][0]))


# Adjectives between a place and its court or jury: "Bayport grand jury", "Manhattan federal court".
# (and the level of government a sentence's capital opens: "Federal prosecutors", "State regulators")
_ADJECTIVES = {"grand", "federal", "district", "state", "bankruptcy", "appeals", "high", "supreme", "criminal", "civil",
               "regional", "county", "city", "municipal", "local", "provincial"}


# What opens a common noun phrase: "a Tacoma man", "Three Ohio students", "the Chicago-based label".
_COUNTING = {"a", "an", "the", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several"}
# A place or origin after the noun: "a retired teacher from rural Kentucky", "a woman in Ohio".
_FROM_PLACE = {"from", "in"}
# An adjective of a country: "Philippine", "Colombian", "Danish", "Japanese", "Dutch", "Israeli".
_NATIONAL = re.compile(r"[A-Z][a-z]+(?:an|ish|ese|ine|ch|i)")


def _placed_common(phrase: str, words: list[str], runs: list[tuple[int, int, str]]) -> str:
    """A person or thing named only by what it is, with a place or an adjective for where it is from: "A Tacoma
    man", "Two Ohio teens", "The Chicago-based record label for the band", "a retired teacher from rural Kentucky":
    the noun phrase, not the place (but "the Smith family" keeps its name, and "the Acme spokesman", "the Dorset
    police" are the organisation's, answered elsewhere)."""
    split = phrase.split()
    tail_at = next((k for k in range(1, len(words)) if words[k] in _AFTER_SUBJECT | {"of", "with"}), len(words))
    noun = split[1:tail_at]
    tail = split[tail_at + 1:]
    if words[0] not in _COUNTING or not noun or not 2 <= len(noun) <= 5:
        return ""
    capitals = [w for w in noun if w[:1].isupper()]
    common = noun[len(capitals):]
    if capitals != noun[:len(capitals)] or not common or any(not re.fullmatch(r"[a-z][a-z-]*", w) for w in common):
        return ""  # not a capitalised run, then lower-case words
    if any(w.endswith(("'s", "’s")) for w in capitals) or set(common) & (_COMMON_LEAD | _FINITE | TITLE_VERBS) or (
            common[-1].endswith("ed")):
        return ""  # "the Courier's press office tweeted", "The Trade Commission reached a settlement": a clause
    if words[tail_at - 1] in ACT_NOUNS | {"family"} or words[tail_at - 1] in ORG_NOUNS | TITLE_WORDS and not (
            len(capitals) == 1 and _NATIONAL.fullmatch(capitals[0])):
        return ""  # "the Acme spokesman" is Acme's (but "a Philippine lawyer" is a lawyer)
    if not capitals and tail and any(w[:1].isupper() for w in tail) and words[tail_at] not in _FROM_PLACE:
        return ""  # "the parent company of Acme": whose, answered elsewhere
    if capitals and not (len(runs) >= 1 and runs[0][0] == 1 and runs[0][1] == 1 + len(capitals)):
        return ""
    if not capitals and not (tail and words[tail_at] in _FROM_PLACE and tail[-1][:1].isupper()):
        return ""  # only a place after the noun makes the place the question
    return " ".join(noun)
