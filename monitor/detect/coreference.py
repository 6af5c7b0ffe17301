"""Who "we", "it" and "the company" are (pure): an act's actor resolved against the page it is on.

A sentence often names its doer only by reference: a quoted "We apologise to our customers" on a page headed
"Acme apologises for outage", "The company said the claims were false" under "Acme rejects report", "It also
retracted the statement" after a sentence about the Daily Bugle. The subject reader (`actors.subject`) gives
such a sentence the page's outlet (first person), a common noun ("company"), a pronoun's nothing, or nothing at
all; this module puts the doer the page names in its place: for a pronoun that opens the sentence, the name the
sentence before opens with (where it names no second candidate); for a doer called by its kind ("the exchange",
«Министр»), the name the page gave that kind before; else the headline's doer of the same act, else the headline's
doer of another act the sentence states, else the one doer the headline names.
"""

from __future__ import annotations

import re

from monitor.detect import roundups
from monitor.detect.actors import closing_speaker, quote_speaker, subject
from monitor.detect.caseless import Caseless
from monitor.detect.claimants import on_receiving_end
from monitor.detect.headline_nouns import modifies_only, qualified_noun
from monitor.detect.names import ACT_NOUNS, NOT_A_NAME, TITLE_VERBS, TITLE_WORDS, head
from monitor.detect.parties import KNOWN_NAMES, canonical
from monitor.detect.piece_subjects import describes_the_piece
from monitor.detect.quotations import INTRODUCED, introduction, pronoun_attributed, transcript_speaker
from monitor.detect.ru_cases import object_first

# First person, as a word: "we", "our", "I", "мы"; "I" only in capitals (not the letter in "I.B.M." either).
_FIRST_PERSON = re.compile(r"(?<![\w.])(?:(?i:we|we're|we've|our|us|my|me|мы|нам|нас|наш\w*)|I|I'm|I've|I'd)(?![\w.])")
# A doer named by what it is, not by name: "the company", "the publication", "the news channel", "its
# spokesperson", "the pharmaceutical giant", "Издание", "компания".
_DOER = {"company", "firm", "publication", "outlet", "publisher", "newspaper", "paper", "magazine", "journal",
         "broadcaster", "network", "channel", "station", "website", "site", "agency", "tabloid", "group", "giant",
         "club", "team", "organisation", "organization", "union", "council", "department", "ministry", "government",
         "bank", "exchange", "airline", "carrier", "retailer", "insurer", "maker", "regulator", "watchdog",
         "spokesperson", "spokesman", "spokeswoman", "sheriff", "senator", "minister", "mayor", "governor", "post",
         "office", "police", "authorities", "officials", "editors", "newsroom", "platform", "service", "startup",
         "издание", "газета", "журнал", "редакция", "компания", "власти", "ведомство", "сотрудники", "руководство",
         "журналист", "клуб", "агентство", "телеканал", "министерство", "банк", "биржа", "фирма", "суд"}
_PRONOUNS = {"it", "he", "she", "they", "он", "она", "они", "оно", "him", "her", "them"}


def first_person(sentence: str) -> bool:
    """Whether the sentence speaks as "we" or "I"."""
    return bool(_FIRST_PERSON.search(sentence))


def stand_in(actor: str) -> bool:
    """Whether an actor only stands for a doer named elsewhere: nothing, a pronoun, or a common noun phrase ("the
    publication", "British newspaper", "Издание") rather than a name."""
    words = re.sub(r"^(?:the|a|an|its|their|his|her)\s+", "", actor.strip(), flags=re.IGNORECASE).split()
    if not words:
        return True
    if len(words) == 1 and words[0].casefold() in _PRONOUNS:
        return True
    if words[-1].casefold() not in _DOER or actor in KNOWN_NAMES or len(words) > 4 or any(
            re.sub(r"['’]s$", "", w) in TITLE_WORDS for w in words[:-1] if re.search(r"['’]s$", w)):
        return False  # (nor "the prime minister's spokesman": an office's, not the headline's subject's)
    # every word but the noun is a lower-case modifier or a nationality ("British", "Indian"), never a name
    return all(w[:1].islower() or re.fullmatch(r"[A-Z][a-z]+(?:ish|ian|an|ese|ic|i)", w) for w in words[:-1])


# A Russian verb in the past tense: "опроверг", "опровергла", "извинились", "заявил".
_RU_PAST = re.compile(r"(?!(?:дело|тело|село|число|зло)$)[а-яё]+(?:л|ла|ло|ли|лся|лась|лось|лись|г|гла|гли)$")
# What may follow a headline's subject besides its verb: "Acme to pay", "Acme in talks", "Acme is sorry".
_TITLE_VERBS = TITLE_VERBS | {"is", "was", "has", "will", "to", "in", "on", "over", "after", "for"}


# Lower-case words that follow a headline's first words without being their verb.
_NO_VERB = {"a", "an", "the", "this", "that", "these", "those", "of", "with", "at", "by", "from", "about", "as", "his",
            "her", "its", "their", "our", "my", "your", "and", "or", "but", "enough", "not"}


_TITLE_FIRST = {"minister", "senator", "mayor", "governor", "president", "judge", "sheriff", "chancellor", "premier",
                "sen.", "rep.", "gov.", "dr.", "министр", "губернатор", "мэр", "сенатор", "депутат", "президент"}


def title_subject(title: str) -> str:
    """The doer a headline opens with, where it opens with a name and then its verb; else ""."""
    words = title.split()
    if not words or not re.match(r"[A-ZА-ЯЁ]", words[0]):
        return ""
    name: list[str] = []
    cyrillic = bool(re.match(r"[А-ЯЁ]", words[0]))
    for word in words:
        bare = word.strip("\"“”«»'’:,").casefold()
        if name and cyrillic:
            if _RU_PAST.match(bare):
                if object_first(name, words[len(name):]):
                    return ""  # «Статью удалили», «Журналиста оштрафовали»: an object opens it, not the doer
                break  # "Мизулина опровергла": a Russian headline is in sentence case, so only a verb ends the name
            if word[:1].islower():
                return ""  # "Статью с ...", "Газете «...» грозят", "Дмитрий Смолянинов против ...": no subject first
        elif name and (bare in _TITLE_VERBS or word[:1].islower() and bare not in ("of", "and", "the", "&", "de")):
            if bare in _NO_VERB or name[-1].casefold() in ("of", "and", "the", "&", "de"):
                return ""  # "Can a newspaper ...", "Mayor Dalton and the budget": what follows is no verb
            if len(name) == 1 and (noun := qualified_noun(name[0], words[1:3], _TITLE_VERBS | _NO_VERB)) is not None:
                return noun  # "Oasis star fined", "Tory candidate quits": the noun its first word qualifies, or no one
            if modifies_only(bare, words[len(name) + 1:len(name) + 3], _TITLE_VERBS):
                return ""  # "Budget row grows", "Iraq advice claim sparks new row": the verb comes later
            break
        following = words[len(name) + 1].strip("\"“”«»'’:,").casefold() if len(name) + 1 < len(words) else ""
        if name and bare.endswith("ly") and not cyrillic and following in _TITLE_VERBS:
            break  # "WaPo Quietly Corrects": an adverb before the verb
        if not name and bare.endswith("ing") and words[1:2] and words[1][:1].islower():
            return ""  # "Showing posts ...", "Regretting the error": a verb opens it
        if not re.match(r"[\w\"“«&]", word) or word.endswith((":", ",")) or len(name) == 5:
            return ""  # "Report: ...", "After review, ...": the headline opens with no subject
        name.append(word)
    else:
        return ""
    while len(name) > 1 and name[0].casefold() in _TITLE_FIRST:
        name = name[1:]  # "Minister Okafor under fire": the minister's name
    found = " ".join(name)
    if stand_in(found) or re.split(r"['’]", name[0].casefold())[0] in _PRONOUNS | {"you", "в", "во"} or first_person(
            name[0]) or not head(found) or set(found.casefold().split()) & ACT_NOUNS:
        return ""  # "Apology over ...", "Reports suggesting ...", «В Италии назначили»: no name opens it
    return canonical(found)


# The verb that ends the subject a sentence opens with: "Acme was contacted", "Jane Roe spoke", «Лосев выступил».
_FIRST_VERB = re.compile(r"\s(?:has|have|had|was|were|is|are|will|would|did|does|could|can|said|says|told|spoke|met"
                         r"|made|took|gave|wrote|sent|ran|came|went|[a-z]{3,}ed|(?!(?:дело|тело|село|число)\b)[а-яё]{3,}"
                         r"(?:л|ла|ло|ли|лся|лась|лось|лись|ет|ит|ют|ят))\b")
# A plural that opens a sentence in capitals only by its place: "Reporters asked ...", "Investors said ...".
_PLURAL_NOUN = re.compile(r"[A-Za-z]+(?:ers|ors|ists|ians|ives|ents|ants|ees|ies)")
_PERSONAL = {"he", "she", "он"}
_PEOPLE = {"spokesperson", "spokesman", "spokeswoman", "sheriff", "senator", "minister", "mayor", "governor"}

# Another doer the previous sentence names after its verb, whom a pronoun may stand for as well: "... into Vantor
# Mining", "... to the council".
_ANOTHER_NAME = re.compile(r"(?<=[\s(])(?!(?i:" + "|".join(sorted(map(re.escape, NOT_A_NAME))) + r")\b)[A-Z][a-z]+")
_ANOTHER_PERSON = re.compile(r"(?<=[\s(])[A-ZА-ЯЁ][a-zа-яё]+\s+[A-ZА-ЯЁ][a-zа-яё]+")  # "He" after "... met Jane Roe"
_ANOTHER_DOER = re.compile(r"\b(?:the|a|an)\s+(?:[a-z]+\s+)?(?:" + "|".join(sorted(_DOER - _PEOPLE))
                           + r")\b(?![ \t]+[a-z])")


def previous_subject(previous: str, sentence: str) -> str:
    """Whom a pronoun that opens `sentence` stands for ("He apologised", "It denied the report", «Она принесла
    извинения»): the name the previous sentence opens with as its subject, else ""."""
    pronoun = re.match(r"^\W*(it|he|she|they|он|она|оно|они)\b", sentence, re.IGNORECASE)
    verb = _FIRST_VERB.search(previous) if pronoun else None
    if not pronoun or not verb:
        return ""
    phrase = re.sub(r"^\W*(?:(?i:on|in|at|after|last|earlier|later)\b[^,]{0,40},\s*)?", "", previous[:verb.start()])
    # (a comma left in the subject is an aside or a clause: "Basically, they tell us that climate models have")
    who = head(phrase) if len(phrase.split()) <= 8 and not re.search(r"[;:,\"“”]", phrase) else ""
    if not who or who.casefold() in _PRONOUNS or who not in KNOWN_NAMES and _PLURAL_NOUN.fullmatch(who):
        return ""
    last = who.split()[-1].casefold()
    if pronoun.group(1).casefold() in _PERSONAL and (who in KNOWN_NAMES or last in _DOER - _PEOPLE):
        return ""  # "He" is no organisation
    rest = previous[verb.end():]
    personal = pronoun.group(1).casefold() in _PERSONAL
    if (_ANOTHER_PERSON if personal else _ANOTHER_NAME).search(rest) or not personal and _ANOTHER_DOER.search(rest):
        return ""  # "The regulator opened an inquiry into Vantor Mining. It denied ...": either may be "it"
    return re.sub(r"\s+(?:" + "|".join(_PEOPLE) + r")$", "", who) if last in _PEOPLE and who[:1].isupper() else who


# A pronoun that undergoes a legal act: "He was charged with fraud", "She had been granted a restraining order".
_UNDERGOES = re.compile(r"^\W*(?:he|she|they|it)\s+(?:was|were|is|are|has been|have been|had been|will be)\s+"
                        r"(?:\w+ly\s+)?\w+(?:ed|en)\b", re.IGNORECASE)


def stands_for(actor: str, kind: str, sentence: str) -> bool:
    """Whether the name the sentence before opens with is the doer of this sentence's act of `kind`: where the act
    names no doer or only a pronoun, unless the pronoun undergoes a legal act (the court or the prosecutor acted)."""
    if actor and actor.casefold() not in ("it", "he", "she", "they"):
        return False
    return not (kind == "legal_action" and _UNDERGOES.match(sentence))


# The key under which a headline's doers carry the target of its legal act: the one sued is the one who denies.
SUED = "legal_action:target"


def headline_doer(kind: str, kinds: set[str], headline: dict[str, str], title: str = "") -> str:
    """The doer the headline names for an act of `kind` in a sentence stating `kinds`: the headline's doer of the
    same act, else of another act the sentence states, else its only doer, else the name it opens with."""
    if headline.get(kind):
        return headline[kind]
    if kind in ("denial", "stands_by") and headline.get(SUED):
        return headline[SUED]  # "EU sues AstraZeneca" over "the pharmaceutical giant says the action is without merit"
    for other in sorted(kinds):
        if headline.get(other):
            return headline[other]
    doers = {canonical(a) for k, a in headline.items() if a and k != SUED}
    if len(doers) == 1:
        return doers.pop()
    return "" if doers else title_subject(title)


# The publication a speaker's title names: '..." Post executive editor Marty Baron said', "BuzzFeed's Editor
# Explained ...", "Courier editor: ...".
_EDITOR_OF = re.compile(r"(?:^|[”\"’]\s*,?\s*(?:said\s+)?)((?:The\s+)?[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}?)"
                        r"(?:['’]s)?\s+(?i:(?:(?:executive|managing|chief|top|deputy)\s+)?(?:editor|editors|publisher"
                        r"|editor-in-chief))\b")


def publisher(actor: str, sentence: str, title: str) -> str:
    """Who stands by a report: the publication, not the editor who speaks for it ('"We stand by it," Post executive
    editor Marty Baron said' -> Post; a headline "Courier editor: ..." -> Courier); "" where neither says."""
    for text in (sentence, title):
        m = _EDITOR_OF.search(text)
        name = canonical(m.group(1)) if m else ""
        if name and name != actor and name.casefold() not in ("the", "a", "an") and not first_person(name):
            return name
    return ""


# A name that owns what was taken down: "the HarperCollins statement was removed", "a Twitter post was deleted".
_OWN_ITEM = re.compile(r"\b(?:the|a|an)\s+((?:[A-Z][\w&.'’-]*\s+){1,3})(?:statement|post|tweet|article|story|video"
                       r"|report|page|thread)s?\s+(?:was|were|has been|had been|have been)\b"
                       # "two of her articles were removed from the Harbor Gazette website": the site's owner did
                       r"|\b(?:removed|deleted|taken down|pulled|wiped|scrubbed)\s+(?:\w+\s+)?from\s+(?:the\s+)?"
                       r"((?:[A-Z][\w&.'’-]*\s+){1,4}?)(?:['’]s\s+)?(?:web\s?site|site|archives?|pages)\b")
_QUOTES_NOTE = Caseless(r"\b(?:correction|note|notice|clarification|update)\b[^.:]{0,60}\b(?:reads|read|says|said"
                        r"|states|stated)\s*:")
# A sentence that opens with a known name, the one a later "the agency" or "the company" refers back to.
_OPENING_NAME = re.compile(r"^\W*((?:The\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s+[a-z]")


_RU_MEDIA = {"газета", "газеты", "издание", "издания", "журнал", "телеканал", "агентство",
             "сайт"}
_QUOTED = re.compile(r"«([А-ЯЁA-Z][^«»]{1,40})»")


def _quoted_outlet(text: str) -> str:
    """The first short name a Russian text sets in «» (how it writes a newspaper's or a company's name), not an
    article of a code it sets so too («по статьям «Кража» и «Грабеж»»)."""
    statute, end = False, 0
    for m in _QUOTED.finditer(text):
        name, gap = m.group(1), text[max(end, m.start() - 40):m.start()]
        statute, end = bool(re.search(r"(?i:стать[яеиюй]|\bст\.)[^«»]*$", gap)) or statute and gap.strip(" ,") in (
            "и", ""), m.end()
        if len(name.split()) <= 3 and not re.search(r"[.,:;!?]", name) and not statute:
            return canonical(name)
    return ""


# Russian words that name a doer by its kind, and open a sentence in capitals only by their place: «Министр
# извинился», «Компания опровергла»; a person's kind takes a name as a person's, the others a name in «».
_RU_PERSON_KINDS = {"министр", "глава", "мэр", "губернатор", "директор", "гендиректор", "руководитель", "председатель",
                    "депутат", "сенатор", "пресс-секретарь", "президент", "основатель", "владелец"}
_RU_KINDS = _RU_PERSON_KINDS | {"компания", "авиакомпания", "ведомство", "министерство", "издание", "газета", "банк",
                                "биржа", "агентство", "телеканал", "журнал", "фирма", "клуб", "издательство", "сайт",
                                "холдинг", "корпорация", "концерн", "ритейлер", "оператор", "сервис", "платформа"}
_RU_KIND_OPENS = re.compile(r"^\W*([А-ЯЁ][а-яё-]+)\s+(?:[а-яё]|«)")


# What the name of a doer of a kind ends with: a newspaper's "Gazette", a company's "Inc".
_PAPERS = ("Gazette|Times|Post|Herald|Tribune|Journal|Chronicle|News|Mail|Express|Mirror|Telegraph|Standard|Courier"
           "|Ledger|Bugle|Daily|Weekly|Review|Observer|Record|Examiner|Inquirer|Dispatch|Register|Press|Sentinel")
_NAME_ENDS = {"newspaper": _PAPERS, "paper": _PAPERS, "publication": _PAPERS + "|Magazine", "tabloid": _PAPERS,
              "outlet": _PAPERS, "magazine": "Magazine|Weekly|Monthly|Review", "company": "Inc|Corp|Ltd|Group"
              "|Holdings|Company|Co|Industries|Foods|Motors|Energy|Mining|Telecom|Airlines|Airways|Pharma"
              "|Systems|Technologies", "firm": "Inc|Corp|Ltd|Group|Holdings|Partners|Company|Co|LLP|LLC",
              "airline": "Air|Airlines|Airways", "carrier": "Air|Airlines|Airways", "bank": "Bank|Bancorp"}


# A note's words closed by a newsroom named by its kind: "..., the newspaper said on Monday."
_SAID_BY_KIND = re.compile(r",\s*the\s+(newspaper|paper|publication|magazine|tabloid|outlet)\s+(?:said|says|added"
                           r"|wrote|acknowledged|admitted)\b[^,;]{0,30}$")


def _named(words: list[str]) -> list[str]:
    """The words of a name without the capitalised words that open a sentence before it ("The", "On")."""
    while words and words[0].casefold() in NOT_A_NAME:
        words = words[1:]
    return words


def kind_of(actor: str, sentence: str) -> str:
    """The common noun that names the doer by what it is ("the exchange", «Министр извинился»), or ""."""
    if actor and not re.search(r"[A-ZА-ЯЁ]", actor.split()[-1]) and actor.split()[-1].casefold() in _DOER:
        return actor.split()[-1].casefold()
    opening = _RU_KIND_OPENS.match(sentence) if not actor else None
    return opening.group(1).casefold() if opening and opening.group(1).casefold() in _RU_KINDS else ""


def named_before(noun: str, earlier: str) -> str:
    """The name the page gave earlier to a doer it now calls by its kind: "Pell Exchange" for "the exchange",
    "Larch Bank" for "the bank", «Министр транспорта Орлов» for «Министр», «компания «Пчела»» for «Компания»;
    the nearest before, else ""."""
    if not noun or noun in _PRONOUNS:
        return ""
    if re.match(r"[a-z]", noun):
        ends = _NAME_ENDS.get(noun, noun.capitalize())
        found = re.findall(rf"((?:[A-Z][\w&'’-]*[ \t]+){{1,3}}(?:{ends}))(?![\w-])", earlier)
        names = [" ".join(_named(n.split())) for n in found]
        names = [n for n in names if n.casefold() != noun]  # "The Exchange" names no exchange
    else:
        stem = noun[:-1] if noun[-1] in "аяоеиы" else noun
        person = noun in _RU_PERSON_KINDS
        name = r"[А-ЯЁ][а-яё-]+(?:\s+[А-ЯЁ][а-яё-]+){0,2}" if person else r"«[^«»]{2,60}»"
        found = re.findall(rf"(?<![а-яё])(?i:{stem})[а-яё]{{0,3}}[ \t]+(?:[а-яё-]+[ \t]+){{0,3}}?({name})", earlier)
        names = [n.strip("«»") for n in found]
    names = [n for n in names if n]
    return canonical(names[-1]) if names else ""


def open_quotation(text: str) -> bool:
    """Whether a quotation opened in `text` is still open at its end."""
    return text.count("“") > text.count("”") or text.count('"') % 2 == 1


# A sentence before a quotation, both in one piece: 'Lena Orrick replied on Facebook. "I deny ...," she wrote.'
_LEAD_SENTENCE = re.compile(r"^([^\"“”]{8,300}[.!?])\s+(?=[\"“])")
# A quotation's attribution by a pronoun: '"...," she wrote.', '"...," he said in a post.'
_PRONOUN_ATTRIBUTION = re.compile(r"[,\"”]\s*(he|she|they)\s+(?:said|says|wrote|writes|posted|tweeted|added)\b")


_NOTE_KINDS = {"correction", "clarification", "retraction", "apology", "editors_note", "update", "stands_by"}


def resolve(actor: str, kind: str, kinds: set[str], sentence: str, outlet: str, headline: dict[str, str],
            title: str = "", previous: str = "", after: str = "", still_open: bool = False, earlier: str = "") -> str:
    """The actor an event names, with a stand-in replaced by who the page says it is: the speaker of the quotation
    the previous sentence opened (a quotation that goes on), else the doer the headline names; a stand-in is a
    first-person act that fell to the outlet (a page quoting someone's "we"), a quotation no one is said to speak,
    or an actor that is no name at all."""
    if kind == "legal_action" and on_receiving_end(sentence, actor):
        return ""  # "Greyfield Bank is among the defendants named in the class action": sued, not suing
    if actor in ("he", "she", "they"):
        actor = previous_subject(previous, actor)  # 'Vell said: "I've spoken to him and he's apologised"': not Vell
    if kind == "stands_by" and actor and actor != outlet and actor not in KNOWN_NAMES:
        actor = publisher(actor, sentence, title) or actor  # the publication stands by its report, not its editor
    own = "" if actor == outlet else actor  # the outlet's name is a newsroom's, which the check would keep
    described = kind in ("correction", "clarification") and describes_the_piece(sentence, own)
    if described:
        actor = outlet  # "A story about the Harbor Bridge misstated its length": the bridge made no error
    if actor in ("", outlet) and kind in _NOTE_KINDS and (named := roundups.source(earlier, sentence, after)):
        return named  # a roundup's "Dale Post, May 2: We misstated ...": the Dale Post's note, not the roundup's
    if described:
        return actor  # whatever the entry quotes ("... a book by Ann Lee, “Title.”"), the piece's error is ours
    # a quotation, or a note the sentence quotes ("A Jan. 22 correction to the story reads: ..."), is someone's
    quoted = sentence.lstrip()[:1] in "\"“«‘" or bool(_QUOTES_NOTE.search(sentence))
    if actor == outlet and quoted and quote_speaker(previous):
        return quote_speaker(previous)  # '"Those are old reports," Lee said. "They are not true."'
    if actor == outlet and quoted and (who := previous_subject(*pronoun_attributed(earlier, previous))):
        return who  # 'Lee admitted it. "We hid it," he said. "We did not talk about it."': Lee's
    if actor == outlet and after and still_open:
        speaker = closing_speaker(after)  # '“No. We did not retract our story. Those are the facts,” CNN tweeted.'
        if speaker:
            return speaker
    intro = introduction(earlier) if actor == outlet and not quoted and (first_person(sentence) or kind in (
        "denial", "stands_by", "apology")) else None  # («... The report is false.»: what the speaker disputes)
    if intro:
        # a later sentence of a quotation its speaker introduced: 'Tam Reed wrote: "All are safe. We apologise."'
        who = subject(intro[0], intro[1], outlet)
        who = previous_subject(intro[2], intro[0]) if not who or who.casefold() in _PRONOUNS else who
        if who and who != outlet:
            return who
    lead = _LEAD_SENTENCE.match(sentence)  # a quotation that opens a sentence the splitter left joined to the last
    before = lead.group(1) if lead else previous
    if (quoted or lead) and actor in ("", outlet) and before:
        # a quotation its speaker was named for just before: 'Aron Vell wrote on X on Sunday: "We apologise ..."',
        # or a pronoun after it: '"I deny these claims," she wrote.' after a sentence about Senator Lena Orrick
        colon = INTRODUCED.search(before)  # "..., Aron Vell wrote on X on Sunday:"
        pronoun = _PRONOUN_ATTRIBUTION.search(sentence, lead.end(1) if lead else 0)
        who = subject(before, colon.start(1), outlet) if colon else previous_subject(
            before, pronoun.group(1)) if pronoun else ""
        if who and who != outlet:
            return who
    if actor == outlet and not quoted and previous and open_quotation(previous):
        # the quotation the previous sentence opened closes here with its attribution: '"Sorry. I was wrong and I
        # apologise," the singer Mira Lune wrote on X.': hers, not the page's
        speaker = closing_speaker(sentence)
        if speaker:
            return speaker
    stance = kind in ("denial", "stands_by", "apology")
    turn = transcript_speaker(earlier, sentence) if actor == outlet and stance else ""
    if turn:
        return turn  # 'TOM VELL: Like the rest, this was checked. We stand by it.': the speaker's, not the page's
    said = _SAID_BY_KIND.search(sentence) if actor == outlet and not quoted else None
    named = named_before(said.group(1).casefold(), earlier) if said else ""
    if named:
        return named  # "The report contained errors, the newspaper said" on a page that named the Harbor Gazette
    if actor == outlet and not first_person(sentence) and not quoted:
        return actor  # the outlet's own note ("This story has been updated") is the outlet's
    if actor != outlet and not stand_in(actor):
        return actor
    opening = _OPENING_NAME.match(sentence)
    named = canonical(opening.group(1)) if opening else ""
    if actor and actor != outlet and named in KNOWN_NAMES and opening and opening.end() < sentence.find(actor):
        return named  # "The Associated Press continued ... as the global news agency denied": the agency it named
    owner = _OWN_ITEM.search(sentence) if kind == "retraction" and not actor else None
    if owner and head(owner.group(1) or owner.group(2)):
        return head(owner.group(1) or owner.group(2))  # "the HarperCollins statement was removed": its owner did
    named = named_before(kind_of(actor if actor != outlet else "", sentence), earlier)
    if named and named != outlet:
        return named  # "Pell Exchange halted trading. The exchange apologised": the name given to the exchange
    # a first-person act takes only a doer the headline says acted: "We ..." on a page headed "The Guardian and me"
    # is the page's own
    # the name a headline opens with is often the one sued or fined: never the doer of a legal act by default
    opener = "" if actor == outlet and not quoted or kind == "legal_action" else title
    doer = headline_doer(kind, kinds, headline, opener)
    if kind == "legal_action" and kind_of(actor, sentence) in ("суд", "court") and not re.search(
            r"(?i:суд|court)", doer):
        return actor  # «... суд удовлетворил ходатайство» under «Прокуратура подала иск»: a court, not the claimant
    if re.match(r"\W*(?:he|she)\b", sentence, re.IGNORECASE) and re.search(r"\s(?:and|&)\s", doer):
        doer = ""  # "He has apologised" under "Blair and Blunkett Sheffield trip": one person, not the pair
    if doer and doer != outlet:
        return doer
    if kind != "legal_action" and re.search(r"[а-яё]", sentence) and (not actor or actor.casefold().split()[-1]
                                                                     in _RU_MEDIA):
        # "газета не намерена писать опровержение" under "... против газеты «Забайкальский рабочий»": a Russian text
        # sets the outlet's name in «», nearest first (not for a legal act: there «» names the one fined as often)
        return _quoted_outlet(sentence) or _quoted_outlet(previous) or _quoted_outlet(title) or actor
    return actor


_MEDIA_TAIL = re.compile(r"^(.*[A-ZА-ЯЁ][^\s]*)\s+(?:newspaper|paper|website|site|tabloid|broadcaster)$")


def tidy(actor: str) -> str:
    """An actor as an alert names it: a newspaper's or a site's name without the noun that describes it
    ("Independent newspaper" -> "Independent", "Mail website" -> "Mail")."""
    m = _MEDIA_TAIL.match(actor)
    return m.group(1) if m else actor
