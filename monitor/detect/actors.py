"""Who acts (pure): the subject of a follow-up's verb, read from the words before it.

The words before the act are cut to its clause, stripped of what is not the subject (an opening adverbial "On
March 12,", a dateline, auxiliaries and adverbs "has since", a relative "who had to"), and the subject's head
is kept: a known organisation ("a Reuters spokesperson" -> Reuters), else the last name in the phrase
("Kremlin spokesman Dmitry Peskov" -> Dmitry Peskov, titles dropped), else a short common phrase ("the
network"; the words themselves in names.py). A passive act names its doer after "by" (legal acts: claimants.py);
a quotation's speaker is read from its attribution ('"...," Goyal said', '"..."—Walmart spokesperson'); reported
speech is the reported subject's ("Nowak said officials apologized"); first person is the outlet, or whoever a
"<Name> statement" page is by, until coreference.py finds whom the page means.
"""

from __future__ import annotations

import re

from monitor.detect import clauses
from monitor.detect.attributions import closing_speaker as closing_speaker  # read where a quotation closes
from monitor.detect.attributions import quotation_speaker
from monitor.detect.attributions import quote_speaker as quote_speaker
from monitor.detect.caseless import Caseless
from monitor.detect.clauses import before_relative, clause_doer, dashed_antecedent, in_attribution, pronoun_clause_doer
from monitor.detect.companies import NAME_AND
from monitor.detect.listeners import past_listener
from monitor.detect.names import DOER_NOUNS, GROUPS, ORG_NOUNS, head
from monitor.detect.parties import CAP, KNOWN_NAMES, canonical, in_quote
from monitor.detect.parties import statement_owner as statement_owner  # read where a page's speaker is
from monitor.detect.passives import LEGAL_PARTICIPLE, ON_CHARGES, VERDICT_PARTICIPLE, doer_after_by, made_by
from monitor.detect.posts import brief_holder, described_person, office_of
from monitor.detect.rebuttals import rebutter
from monitor.detect.ru_cases import closes_unopened, dative_subject, genitive_name, unnamed_doer, without_aside
from monitor.detect.ru_cases import doer_after_verb as object_first_doer
from monitor.detect.tickers import without_codes

_LEAD = re.compile(
    r"^\s*(?:(?:[A-Z][A-Z .,]{2,40},\s*[A-Z][a-z]{1,5}\.?\s*[-–—]\s*)"  # a dateline: "WEST PALM BEACH, Fla. -"
    r"|(?-i:\([A-Z][A-Z .,]{2,40}\)\s*[-–—]+\s*)"  # a broadcaster's dateline: "(SAN ANTONIO) --"
    r"|(?:additionally|moreover|furthermore|in addition|besides|likewise|similarly|lastly|ultimately|accordingly"
    r"|consequently|unfortunately|sadly|notably|specifically|personally|(?:recall|note|remember) that)\b,?\s*"
    r"|(?:firstly|secondly|finally|nevertheless|nonetheless|however|meanwhile|then there'?s|then|so|well|also"
    r"|still|yet|earlier|later|clearly|indeed|instead|now|today|yesterday|separately|ранее|изначально|также|однако"
    r"|позже|затем|вчера|сегодня)\b,?\s*"
    r"|(?:(?:shortly|soon|just|long|even|only|right|hours|days|weeks|months|years)\s+)?"  # "Shortly after her death,"
    r"(?:on|in|inside|within|beyond|at|after|following|last|late|early|since|during|under|according to|given|unlike"
    r"|referring to|amid|despite|before|by|contrary to|without|throughout|across|among|upon|between|prior to|кроме"
    r"|aside from|apart from|other than"
    r"|with|as|в|на|после|по|помимо)\b(?:[^,]|,(?=\s*\d{4}\b)){0,90},(?:\s*about\b[^,]{0,60},)?\s*"  # "May 3, 2021,"
    r"|[A-Z]\w+ing\b[^,]{0,90},\s*"
    # a participle's phrase: "Reached on Friday, Vell denied", "Asked about the report, the bank said"
    r"|(?-i:[A-Z][a-z]{2,}ed)\s+(?:on|by|about|for|at|in|after|during|late|early|last|via|over|through|yesterday"
    r"|today|this|later|earlier)\b[^,]{0,80},\s*"
    r"|(?:между тем|напомним|отмечается|сообщается|кроме того|впоследствии|при этом|как сообщается)\b,?\s*"
    r"|[А-ЯЁ][а-яё]+(?:в|вшись)\b[^,]{0,90},\s*)", re.IGNORECASE)
_SUBORDINATE = re.compile(rf"\b(?:even as|as|while|after|because|since|when|although|though|{NAME_AND}|but|so|а|но|и"
                          r"|хотя|поскольку|тогда как)\s+(?=(?:the\s+)?[A-ZА-ЯЁ])(?!(?:Co|Company|Sons)\b)")
_SPEECH = Caseless(r"\s+(?:said|says|told|tells|stated|states|insisted|insists|added|adds|wrote|writes|claimed"
                   r"|argued|argues|maintained|maintains|stressed|stresses|reiterated|reiterates"
                   r"|noted|announced|replied|responded|confirmed|заявил\w*|сообщил\w*|написал\w*|отметил\w*"
                   r"|добавил\w*|подчеркнул\w*|подчеркива\w+)\b"
                   r"(?:\s+(?:on\s+)?\w+day)?(?:\s+(?:that|it|they|he|she|its|что))?")
_AUX = re.compile(r"(?:(?:^|\s+)(?:has|have|had|was|were|is|are|am|be|will|would|did|does|also|later|then|quickly"
                  r"|publicly"
                  r"|continues? to|continued to|had to|has to|have to|would like to|like to|wish(?:es)? to|wants? to"
                  r"|(?:am|are|is|were|was) (?:very |so |truly |deeply )?(?:happy|glad|pleased|sorry) to|very|so|truly"
                  r"|formally|on \w+day|\w+day|today|yesterday|late \w+|earlier|subsequently|since|now|always"
                  r"|immediately|forcefully|strongly|vehemently|flatly|categorically|finally|first|swiftly|again"
                  r"|reportedly|officially|already|just|uже|уже|ранее|в очередной раз|sincerely|deeply"
                  r"|\d+ (?!(?:has|have|had|is|was|were|will|would)\b)\w+"  # "12 февраля", not "Channel 4 has"
                  r"|unequivocally|therefore|repeatedly|openly|herself|himself|itself|themselves|not|n't"
                  r"|(?-i:(?!(?:ally|family|assembly|monopoly)\b)[a-z][a-z-]+ly)))+\s*$",  # "firmly" (not "ally")
                  re.IGNORECASE)
_TITLES = re.compile(r"^(?:(?:former|president|prime minister|minister|senator|sen\.|rep\.|mr\.?|mrs\.?|ms\.?|dr\.?"
                     r"|sir|lord|judge|gov\.|governor|chief executive|ceo|chairman|secretary|spokesman|spokeswoman"
                     r"|spokesperson|general|gen\.)\s+)+", re.IGNORECASE)
_NAME = re.compile(rf"(?:{CAP})(?:\s+(?:{CAP}|of|de|von|van|&|and(?=\s+[A-Z][\w-]+\s+[A-Z])))*")
_RU_WE = re.compile(r"(?i:приносим|просим|приношу|прошу|извиняемся|извиняюсь|сожалеем|сожалею)\b")
_OUR_NEWSROOM = re.compile(r"^\s*(?:our|my)\s+(?:newspaper|paper|magazine|site|website|newsroom|station|channel"
                          r"|publication|programme|program|reporters?|editors?|team|journalists?)\s*$", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"^(?:(?:we|i)(?:'(?:d|m|re|ve|ll))?|our|my|мы|я|наш\w*|редакция|the editors|editors)$",
                           re.IGNORECASE)
PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are|be|get|got)\s+"
                      r"(?:(?:\w+ly|later|since|then|also|soon|swiftly)\s+){0,2}$", re.IGNORECASE)
_PASSIVE_ACT = re.compile(r"(?:(?:been|being|was|were|is|are)\s+){1,2}(?:(?:\w+ly|later|since|then|also|soon)\s+){0,2}"
                         r"\w+(?:ed|en|wn)\b", re.IGNORECASE)
# A new clause with its own subject, after a conjunction or a complementiser.
_NEW_CLAUSE = re.compile(rf"\b(?:{NAME_AND}|but|so|then|that|because|as|when|after|while|что|и|но|а)\s+"
                         r"((?:we|i|he|she|they|it|мы|я|он|она|они)\b|(?:the|a|an)\s+\w+|(?!(?:Co|Company|Sons)\b)"
                         rf"[A-ZА-ЯЁ]\w+|(?<!and )(?:{'|'.join(sorted(GROUPS))})\b)")  # (not "and Co"); "after police"
# A note named in an opening phrase: "In an editor's note, the Times said ...": the doer follows the comma.
_NOTE_OPENING = re.compile(r"^\s*(?:in|with)\s+(?:a|an|the|its|their)\s+[^,]{0,40},\s*$", re.IGNORECASE)


# A Russian short passive participle at the act: its subject is the act's target.
_RU_PASSIVE = re.compile(r"(?:оштрафован|наказан|привлечен|привлечён|осужден|осуждён|обвинен|обвинён)\w{0,2}\b", re.I)
# An appositive's closing dash, then the verb's auxiliaries: "Scientific Reports — a Springer title — has".
_DASH_END = re.compile(r"[-–—]\s*(?:(?:has|have|had|was|is|were|are|will|would|also|now|since)\s+)*$")
# A subject named by what it is, after a clause's comma: ", the media outlet [has added]".
_DESCRIBED_SUBJECT = re.compile(r"^\s*(?:the|a|an|its)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s*$")
# Someone acting through their agents: "Sophie Dahl, whose solicitors have [filed]", "Acme, whose lawyers [sued]".
_WHOSE = re.compile(r"((?:[A-Z][\w&.'’-]*\s+){0,3}[A-Z][\w&.'’-]*),\s+whose\s+(?:solicitors|lawyers|attorneys|counsel"
                    r"|representatives|agents)\s+(?:(?:have|has|had|also|then|later|since)\s+)*$")
# A second verb of the sentence's subject: "... and unreservedly apologises", "... and have corrected".
_AND_VERB = re.compile(r"\b(?:and|but|then|и|а затем)\s+(?:(?:has|have|had|also|then|later|since|\w+ly|ещё раз|еще раз"
                       r"|также|затем|потом|сразу|уже)\s+){0,3}$")  # («Орлов отверг ... и ещё раз извинился»)
# A second participle that shares a first clause's passive: "Garner was arrested on Friday and [charged]".
_PASSIVE_FIRST = re.compile(r"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?\w+(?:ed|en|wn)\b[^,;]{0,60}$", re.I)
_SHARED = re.compile(r"(?:charged|indicted|sued|fined|sentenced|convicted|prosecuted|jailed|booked|cited)\b"
                     r"(?!\s+(?:the|a|an|his|her|their|its|him|them|[A-Z]))")  # not "and sued the paper"
# A note that opens the sentence before its doer says what it says: "In an editor's note, the Times said ...".
_NOTE_FIRST = re.compile(r"^\s*(?:in|with)\s+(?:a|an|the|its|their)\s+$", re.IGNORECASE)
_SAID_AFTER_NOTE = re.compile(r"^[^,]{0,40},\s*(.{2,60}?)\s+(?:said|says|wrote|writes|noted|added|explained"
                              r"|acknowledged|admitted|stated)\b")
# A legal act's passive: "Acme fined $12.8 million", "Acme sued over ad", "Orla Benn has been fined" (not a doer).
_BARE_PASSIVE = re.compile(r"(?:(?:has|have|had)\s+been\s+)?" + LEGAL_PARTICIPLE + r"(?:\s+(?:[$£€]|\d[\d,.]*\s+"
                           r"(?:million|billion|thousand|pounds|dollars|euros|counts?)\b"
                           r"|(?:for|over|after|in|by|with|on)\b)|\s*$)|" + VERDICT_PARTICIPLE,  # no object: a passive
                           re.IGNORECASE)  # not "charged 25-year-old Jane Roe"; "Brightwell sued" ends a headline
# A gerund of saying, whose doer is the sentence's subject: "..., заявив, что иск не имеет оснований".
_SAYING_GERUND = re.compile(r",\s*(?:заявив|отметив|подчеркнув|сообщив|добавив|назвав|saying|adding|calling)\b",
                            re.IGNORECASE)
# Names and nothing else, as a list's items are: "CNN, the Wall Street Journal", "ГУВД".
_NAMES_ONLY = re.compile(r"\s*(?:(?:the\s+)?[A-ZА-ЯЁ][\w&.'’-]*[\s,]*){1,6}")
_SAID_BEFORE = re.compile(r"\b(?:said|says|say|told|tells|added|adds|wrote|writes|stated|states|insisted|insists"
                          r"|continued|continues"
                         r"|declared|replied|responded|tweeted|posted|noted|stressed|заявил\w*|сказал\w*|написал\w*"
                         r"|сообщил\w*|отметил\w*|подчеркнул\w*|добавил\w*|подчеркива\w+)\b")


_REPORTING = re.compile(r"^(\S+(?:\s+\S+){0,3}?)\s+\w+\s*,?\s+(?:что|that)\s*$", re.IGNORECASE)
_TRAILING_TIME = re.compile(r",?\s*(?<!\w)(?:on|in|at|late|early)\s+(?:\w+day|\w+ \d{1,2}|the \w+|\w+)\s*,?\s*$"
                            r"|,?\s*(?:today|yesterday|\w+day)\s*,\s*$")
# A descriptor, then a name set off by commas: "Indian news website, The Wire,"
_DESCRIBED_NAME = re.compile(r"^\s*((?:[A-Za-z][\w-]*\s+){0,4}[a-z][\w-]*)\s*,\s*((?:The\s+)?[A-Z][\w.&'-]*"
                             r"(?:\s+[A-Z][\w.&'-]*){0,3})\s*,?\s*$")
# A verb of making a statement, right before the act it carries: "issued a statement apologising".
_ISSUED = re.compile(r"\s(?:has\s+|have\s+|had\s+)?(?:issued|published|released|posted|put out|sent)\s+"
                     r"(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_PRONOUN_SAID = re.compile(r"[”\"»]\s*,?\s*(?:he|she|they|it)\s+(?:said|says|told|tells|added|wrote|insisted)\b"
                           r"|\b(?:it|he|she|they)\s+(?:said|says|added|wrote|continued)\s*:\s*[“\"«]", re.IGNORECASE)


def _quoted_subject(sentence: str, start: int) -> str:
    """A name that opens a quotation's clause as the subject of the act in it ('"Reuters has retracted the story,"
    said Smith'), or a third person's pronoun ('"... and he's [apologised]"'); "" for first person or a long one."""
    opened = max(sentence.rfind(q, 0, start) for q in '"“«')
    inner = _strip_aux(clauses.quoted_clause(sentence[opened + 1:start]) if opened >= 0 else "").strip()
    if not inner or len(inner.split()) > 4 or _FIRST_PERSON.match(inner) or re.match(r"(?i:he|she|they)\b", inner) \
            or not re.search(r"[A-ZА-ЯЁ]", inner):
        return re.sub(r"['’]s$", "", inner).casefold() if re.fullmatch(r"(?i:he|she|they)(?:['’]s)?", inner) else ""
    if re.match(r"^\d+\s+[A-Z]", inner):
        return inner  # "60 Minutes"
    return head(inner)


def _said_before(sentence: str, start: int, outlet: str, speaker: str) -> str:
    """The subject of a speech verb before the quotation an act sits in ('Acme said: "We are sorry"', 'Acme said
    the report was "false"'); "" when none precedes the quotation."""
    opened = max(sentence.rfind(q, 0, start) for q in '"“«')
    said = list(_SAID_BEFORE.finditer(sentence, 0, max(opened, 0)))
    if opened <= 0 or not said:
        return ""
    return subject(sentence[:said[-1].start()] + " ", said[-1].start(), outlet, speaker)


def _sayer_before(sentence: str, start: int, outlet: str, speaker: str) -> str:
    """The subject of the last speech verb before `start` outside any quotation, "" when there is none."""
    said = [m for m in _SPEECH.finditer(sentence, 0, start) if not in_quote(sentence, m.start() + 1)]
    return subject(sentence, said[-1].start() + 1, outlet, speaker) if said else ""


def speaker_of(sentence: str, start: int, outlet: str, speaker: str = "", following: str = "") -> str:
    """Who says a claim is false: a quotation's speaker, the subject of "said", else the page's author."""
    according = _ACCORDING.match(sentence)
    if according and (according.end() > start > according.start(1)):
        according = None  # the act inside the attribution's own words
    if according and head(according.group(1)):
        # 'According to the company, the report is "untrue"', «По словам Пескова, ...» (Песков)
        return genitive_name(head(according.group(1))) if according.group(0)[:3].casefold() == "по " else head(
            according.group(1))
    if in_quote(sentence, start) or closes_unopened(sentence, start):  # («... Это слухи», - заявил Исаев.)
        # (a word in scare quotes after "said" is the sayer's: "Binance said the story contained 'numerous errors'")
        return (quotation_speaker(sentence, start, following) or _said_before(sentence, start, outlet, speaker)
                or _sayer_before(sentence, start, outlet, speaker) or speaker or outlet)
    contrary = _CONTRARY.match(sentence)
    if contrary and start < contrary.end() and head(contrary.group("who")):
        return head(contrary.group("who"))  # "Contrary to recent reports, Acme has never ...": Acme says so
    if contrary and start < contrary.end() and _FIRST_PERSON.match(contrary.group("who")):
        return speaker or outlet
    closing = _CLOSING_ATTRIBUTION.search(sentence, start)
    if closing and head(closing.group("who") or closing.group("after"), first=True):
        return head(closing.group("who") or closing.group("after"), first=True)  # "The report is wrong, Acme said."
    said = list(_SPEECH.finditer(sentence))
    if said:
        return subject(sentence, said[0].start() + 1, outlet, speaker)
    gerund = _SAYING_GERUND.search(sentence)
    if gerund:
        return head(sentence[:gerund.start()].split(",")[0]) or speaker or outlet  # "X выразил позицию, заявив, что"
    return speaker or outlet


def _strip_aux(piece: str) -> str:
    """The piece without the auxiliaries and adverbs that end it ("has since", "quickly"): they sit in its last
    words, so only those are searched (an anchored-at-the-end pattern is slow on a long piece)."""
    head, tail = piece[:-80], piece[-80:]
    return head + _AUX.sub("", tail)


_QUOTE_THEN_DASH = re.compile(r"[”\"»]\s*[-–—]")


def _closes_before_dash(rest: str, following: str) -> bool:
    """Whether a closing quotation mark and then a dash come after the act (an attribution: '..." - Acme'); a text
    without a closing mark is answered without joining and searching it."""
    if not any(mark in rest or mark in following for mark in "”\"»"):
        return False
    return _QUOTE_THEN_DASH.search(rest + " " + following) is not None


# An attribution that closes the sentence after a comma: "..., Acme said on Tuesday.", "..., said a spokesman."
_CLOSING_ATTRIBUTION = re.compile(r",\s*(?:(?P<who>[^,;:\"“”«»]{2,60}?)\s+(?:said|says|told|tells|added|wrote|insisted"
                                  r"|maintained|argued|claimed|stated)\b[^,;:\"“”]{0,40}"
                                  r"|(?:said|says|added|wrote|(?:заявил|сообщил|сказал|отметил|пояснил|подчеркнул)"
                                  r"[аои]?)\s+(?P<after>[^;:\"“”«»]{2,80}?)(?:,\s*(?:передает|передаёт|пишет|сообщает)"
                                  r"\s[^,;]{2,60})?)[.!]?\s*$")  # «..., заявил мэр Орлов, передает «Вестник»»
# The verb of a first clause whose subject does a second act too: "The paper's editor [apologised] and retracted".
_FIRST_VERB = re.compile(r"^\s*(?:the\s+|a\s+|an\s+|our\s+)?(?:[\w.&'’-]+\s+){1,5}?"
                         r"(?:on\s+\w+day\s+)?((?:has\s+|have\s+|had\s+)?"
                         r"(?:[a-z]+ed|withdrew|took|ran|wrote|put|issued|sent|made|denies|apologi[sz]es|corrects"
                         r"|retracts|withdraws|says|said|(?![а-яё]+тел[иья]\b)[а-яё]{3,}(?:[аяеиуыо]л[аои]?(?:сь|ся)?|рг(?:л[аи])?))\b)")
# What sets itself off between a subject and its verb: an appositive ("Gemini, the exchange founded by ..., denied")
# or an aside ("The exchange, in a statement on Tuesday, denied", "The company, through a spokesman, denied").
_SET_OFF = re.compile(r"(?<=[\w.)])\s*,\s*(?:(?:the|a|an|its|which|who|whose|[а-яё]+(?:вш|ющ|ащ|ящ|ущ)(?:ий|ая|ее|ие))"
                      r"\s[^,;:\"“”]{2,120}|(?:in|through|via|on|at|after|following|under|with|without|speaking"
                      r"|according to|like|as|owned|founded|based|led|headed|chaired|run)\s[^,;:\"“”]{2,60}),"
                      r"(?P<aux>(?:\s*(?:has|have|had|was|were|is|also|later|then|since|\w+ly))*)\s*$", re.IGNORECASE)
# Who a sentence that opens "Contrary to ..." has say what is so: the subject after the comma.
_CONTRARY = re.compile(r"^\W*contrary to [^,]{2,80},\s*(?P<who>(?:(?!\s(?:said|says|told|tells)\s)[^,;:\"“”]){1,60}?)"
                       r"\s+(?:has|have|had|is|are|was|were"
                       r"|did|does|do|will|would|never|not|did not|remains?|continues?)\b", re.IGNORECASE)
# A dateline that opens a wire story: a place, then the outlet in brackets ("Riverton (CNN) ", "OSLO (Reuters) - "),
# or the bracket alone, glued to the first word as scraped pages keep it ("(CNN)Senator Ada Quill denied").
_DATELINE = re.compile(r"^\s*(?:[A-Z][\w.'’-]*(?:,?\s+[A-Z][\w.'’-]*){0,3})?\s*\(([^()]{2,30})\)\s*(?:[-–—]+\s*)?"
                       r"|^\s*[A-Z]{3,}(?:[ ,]+[A-Z]{3,}){0,2}\s+[-–—]+\s+")  # (or a place alone once its code is cut)
# Who a sentence's claim is attributed to before it is made: "According to the company, ...", «По словам Пескова, ...».
_ACCORDING = re.compile(r"^\s*(?:according to|по словам|по мнению|по заявлению)\s+([^,]{2,60}),", re.IGNORECASE)


def subject(sentence: str, start: int, outlet: str, speaker: str = "", following: str = "") -> str:
    """The doer of the act that starts at character `start`; `speaker` stands for first person if given."""
    sentence = sentence.replace("’", "'")
    inside = in_quote(sentence, start)
    quoted = quotation_speaker(sentence, start, following) if inside or _closes_before_dash(sentence[start:],
                                                                                   following[:200]) else ""
    if inside:
        named = _quoted_subject(sentence, start)
        if named:
            return named  # '"60 Minutes stands by its story," said Fager': the quotation names the doer
    if not quoted and inside:
        if _PRONOUN_SAID.search(sentence, start) or _PRONOUN_SAID.search(sentence, 0, start):
            return ""  # '"I apologised," he told the paper': the speaker is named elsewhere, not the outlet
        quoted = _said_before(sentence, start, outlet, speaker)
    if quoted:
        return quoted
    if _RU_PASSIVE.match(sentence[start:]) or _BARE_PASSIVE.match(sentence[start:]):
        return doer_after_by(sentence[start:])  # "«Фонбет» был оштрафован", "Acme fined $12 million": who was fined
    if unnamed_doer(sentence[:start], sentence[start:]) or in_attribution(sentence[:start], sentence[start:]):
        return ""  # «Против него возбудили дело», «В Москве возбуждено дело»: the text names no doer
    if made := made_by(sentence, start):
        return made  # "The apology message was sent by Acme's chief executive"
    answering = rebutter(sentence, start)
    if answering:
        return answering  # "..., a claim which Acme denies": the commenting clause's own subject
    if aside := clause_doer(sentence[:start], sentence[start:]):
        return head(aside)  # "Before suing X, the SEC offered", "X, the SEC alleges, sold": the clause's own doer
    before = _SET_OFF.sub(r" \g<aux> ", without_codes(sentence[:start]), count=1)  # "Acme Inc ( ACME.N ) won"
    if _RU_WE.match(sentence, start):
        return speaker or outlet  # «Имя было изменено ошибочно, приносим извинения»: the verb's ending is "we"
    if late := head(object_first_doer(sentence[:start], sentence[start:])):
        return late  # «Свои извинения читателям принесла редакция журнала «Зенит»»: the doer follows the verb
    dative = dative_subject(before) if "ришлось" in before or "риходит" in before else None
    if dative is not None:
        return speaker or outlet if dative in ("я", "мы") else head(dative)  # «Компаниям пришлось извиняться»
    according = _ACCORDING.match(before)
    if according and head(according.group(1)):
        return head(according.group(1))  # "According to the company, the report is untrue": the company says so
    and_verb = _AND_VERB.search(before)
    if and_verb:
        at = clauses.reported_at(before[:and_verb.start()])  # "Outlets reported that Reed admitted it but denied"
        first_clause = _DATELINE.sub(lambda m: " " * len(m.group(0)), before[at:and_verb.start()], count=1)
        if (passive := _PASSIVE_FIRST.search(first_clause)) and _SHARED.match(sentence, start):
            return doer_after_by(sentence[start:])  # "Garner was arrested and charged": who was charged did not
        if _FIRST_PERSON.match(first_clause.split()[0].strip("\"“”") if first_clause.split() else ""):
            return speaker or outlet
        verb = _FIRST_VERB.search(first_clause)
        if verb and (first_doer := subject(before, at + verb.start(1), outlet, speaker, following)):
            return first_doer  # "The newspaper's owner corrected the story and apologised": whoever did the first
        if passive and " to " not in passive.group(0):  # "She was charged at a court and denied it": she denies
            return subject(before[:at + passive.start()], at + passive.start(), outlet, speaker, following)
        first_name = re.match(r"^\s*((?:[A-Z][\w.&'-]*\s+){1,5})[a-z]", first_clause)
        if first_name and head(first_name.group(1)) and not first_name.group(1).rstrip().endswith("'s"):
            return head(first_name.group(1))
        doer = re.match(r"^\s*(?:the|a|an)\s+([a-z]+)\s", first_clause, re.IGNORECASE)
        if doer and doer.group(1).casefold() in DOER_NOUNS | ORG_NOUNS:
            return doer.group(1)  # "The newspaper corrected the article and apologised": the newspaper did both
    whose = _WHOSE.search(before)
    if whose and head(whose.group(1)):
        return head(whose.group(1))  # "Sophie Dahl, whose solicitors have filed a writ": for her, not them
    note_said = _SAID_AFTER_NOTE.match(sentence[start:]) if _NOTE_FIRST.match(before) else None
    if note_said and head(note_said.group(1)):
        return head(note_said.group(1))  # "In an editor's note, the Times said ..."
    if re.match(r"^\s*\w+ing\b", sentence[start:]) and re.search(r",\s*$", before):
        before = re.split(r",", before)[0]  # "Trent Lott rejected calls ..., apologizing again": the sentence's subject
        lead = re.match(r"^\s*((?:[A-Z][\w.&'-]*\s+){1,5})[a-z]", _LEAD.sub("", before, count=1))  # not "Now he's"
        if lead:
            return head(lead.group(1))
    issued = _ISSUED.search(before)
    if issued:
        before = before[:issued.start()]  # "The Wire, on Thursday, issued a statement apologising": who issued it
    opening = _NOTE_OPENING.match(before)
    if opening:
        rest = re.split(r"\s+(?:said|says|has|have|had|was|is|added|issued|published|ran)\b", sentence[opening.end():])
        return head(rest[0]) or speaker or outlet
    if brief := brief_holder(before, lambda tail: _TRAILING_TIME.sub("", _LEAD.sub("", tail, count=1))):
        return brief  # "Minister for Science and Technology Orla Benn": not cut at its "for" or "and"
    clause = list(_NEW_CLAUSE.finditer(before))
    if clause:
        cut = before[clause[-1].start(1):]  # "... and we apologise", "tells Gawker that the publication stands"
        opened = clause[-2].start(1) if len(clause) > 1 else 0
        if before[clause[-1].start():clause[-1].start(1)].strip().casefold() in ("and", "и") and _NAMES_ONLY.fullmatch(
                before[opened:clause[-1].start()]) and not re.match(r"(?i:its|their|his|her|our|my)\b", cut):
            cut = before[opened:]  # "ГУВД и УВД округа подали иск", "CNN and the Journal issued": a list of doers
        if re.match(r"(?:he|she|it|they|он|она|они)\b", cut, re.IGNORECASE):
            return head(pronoun_clause_doer(before, cut))  # not the subordinate clause's subject: clauses.py
        before = cut
    if PASSIVE.search(before) and re.match(r"\w+(?i:ed|en|wn|t)\b", sentence[start:]) or _PASSIVE_ACT.match(
            sentence[start:]) or ON_CHARGES.match(sentence[start:]) and _PASSIVE_FIRST.search(before):
        return doer_after_by(sentence[start:])  # "Four men have been charged", "was jailed on charges of": not a doer
    dateline = _DATELINE.match(before)
    if dateline and before[dateline.end():].strip() and (
            not dateline.group(1) or head(dateline.group(1)) in KNOWN_NAMES or dateline.group(1) == outlet):
        before = before[dateline.end():]  # "Riverton (CNN) Mayor Ada Quill denied": the mayor, not the wire
    pieces = [p for p in re.split(r"[;:(\[]|\)\s*-{2,}|\s[-–—]\s|[“\"«]", without_aside(before))]
    span = ""
    for piece in reversed(pieces):
        for _ in range(3):
            shorter = _LEAD.sub("", piece, count=1)
            if shorter == piece:
                break  # nothing led it: nor will anything at the next turn
            piece = shorter
        parts = _SUBORDINATE.split(piece)
        joined = piece[:len(piece) - len(parts[-1])]
        listed = len(parts) > 1 and _NAMES_ONLY.fullmatch(parts[-2]) and re.search(r"\b(?:and|и)\s+$", joined)
        piece = parts[-1] if parts[-1].strip() and not listed else piece  # "ГУВД и УВД ... подали": the first named
        piece = _strip_aux(piece)
        said = list(_SPEECH.finditer(piece))
        if said and not piece[said[-1].end():].strip(" ,"):
            piece = piece[: said[-1].start()]
        elif said and len((told := past_listener(said[-1].group(0), piece[said[-1].end():])).split()) <= 4 and not (
                re.search(r"[,;\"“”'‘’«»]", told)):
            told = told.strip()  # "Nowak said officials apologized", "Acme told Reuters it": whom the report names
            if re.match(r"(?:\S+\s+)?(?:he|she|it|they|we|i|он|она|они|мы)\b", told, re.IGNORECASE):
                piece = piece[: said[-1].start()]  # "Baquet tells E&P he apologized": the speaker himself
            elif head(told):
                piece = told  # not "the Post added the new [editor's note]": an object, no one's report
        reporting = _REPORTING.match(piece)
        if reporting:
            piece = reporting.group(1)  # "Мы признали, что допустили": the reporting clause's subject
        piece = clauses.before_participle(before_relative(piece))  # "Poland blamed Russia, which has denied it"
        piece = _strip_aux(_TRAILING_TIME.sub("", piece))
        if re.match(r"^\s*(?:an?|one of)\s", piece) and piece is not pieces[0] and _DASH_END.search(before):
            continue  # "Scientific Reports — a Springer Nature title — has retracted": the appositive names the owner
        described = _DESCRIBED_NAME.match(piece)
        if described and set(described.group(1).casefold().split()) & ORG_NOUNS:
            return canonical(described.group(2))  # "Indian news website, The Wire, issued"
        if person := described_person(piece):
            return person  # "The head of Corvex's Peru unit, Anton Vell, apologized"
        last = piece.rsplit(",", 1)[-1]
        if "," in piece and _DESCRIBED_SUBJECT.match(last) and last.split()[-1].casefold() in DOER_NOUNS | ORG_NOUNS:
            piece = last  # "Just weeks after a lawsuit was filed against X ..., the media outlet has added"
        if piece.strip(" ,") and not re.match(r"^\s*(?:an?|the)\s+[a-z]", piece) or piece is pieces[0]:
            span = piece
            break
        if piece.strip(" ,"):
            span = piece
            break
    if _FIRST_PERSON.match(span.strip(" ,\"“”")) or _OUR_NEWSROOM.match(span) or not span.strip() and (
            before.strip() == "" or speaker):
        return speaker or outlet
    return office_of(span) or head(span) or dashed_antecedent(span, pieces, lambda p: subject(p, len(p), outlet))
