"""Who acts (pure): whether the subject of an act is a publisher, for the rules only a newsroom can state
("clarified its story", "would not retract"): a newsroom's word, the page's outlet, a newspaper's name, or a "we"
that is the newsroom's own and not someone's quoted one.
"""

from __future__ import annotations

import re

from monitor.detect.cancellers import _PREPOSITIONS, BOUNDARY, PRONOUNS, quoted
from monitor.detect.lemmas import Lemmas, Token
from monitor.detect.notation import Rule
from monitor.detect.passives import LEGAL_PARTICIPLE
from monitor.detect.wordsets import SETS

_MEDIA = set(SETS["MEDIA"].split("|"))
_STORY = frozenset(SETS["STORY"].split("|"))
# Words a newspaper's or a broadcaster's name is made of: "The Daily Bugle", "the Evening Standard", "Sky News".
MEDIA_NAMES = {"times", "post", "daily", "news", "herald", "tribune", "journal", "gazette", "chronicle", "telegraph",
                "mirror", "observer", "independent", "express", "standard", "courier", "inquirer", "examiner",
                "sentinel", "dispatch", "globe", "star", "sun", "mail", "record", "register", "bulletin", "review",
                "weekly", "magazine", "radio", "tv", "television", "broadcasting", "press", "media", "channel",
                "network", "newspaper", "gazeta", "вести", "новости", "газета", "правда", "известия", "ведомости"}


_RU_SAID = {"заявить", "заявлять", "сообщить", "сообщать", "сказать", "ответить", "отметить", "пояснить", "подчеркнуть",
            "подтвердить", "уверить", "заверить", "считать", "полагать", "настаивать", "указать", "указывать"}
_QUOTE_MARKS = {'"', "“", "«", "‘"}
_AUXILIARIES = {"be", "have", "do", "also", "then", "later", "now", "still", "since", "again"}
_SUBORDINATE_OPENERS = {"after", "before", "when", "because", "since", "while", "until", "once", "although"}


def quoted_speaker_not_media(lem: Lemmas, first: int, before: list[str]) -> bool:
    """A quoted "we" whose speaker, named after the quotation, is no newsroom: '"We apologise for the error," a
    spokeswoman for the council said' (not '"... we stand by it," a Reuters spokesperson said')."""
    start = max(0, first - len(before))
    we = [t for t in lem.tokens[start:first] if t.lemma in ("we", "i", "мы")]
    if not we or not all(quoted(lem.text, t.start) for t in we):
        return False
    closing = max(lem.text.rfind("”"), lem.text.rfind('"'), lem.text.rfind("»"))
    if closing <= lem.tokens[first].start or _newsroom_words(lem, closing):
        return False
    rest = {t.lemma for t in lem.tokens if t.start > closing}
    return not rest & _MEDIA and not any(t.low in MEDIA_NAMES for t in lem.tokens if t.start > closing)


# What only a newsroom's quoted "we" speaks of: its own reporting, its audience, its air.
_NEWSROOM_WORK = {"reporting", "coverage", "journalism", "newsroom", "reporters", "broadcast", "broadcasts",
                  "readers", "viewers", "listeners", "journalists", "story", "article"}


def _newsroom_we(lem: Lemmas, first: int, before: list[str]) -> bool:
    """A quoted "we" before an act that speaks as a newsroom: '"... our continued reporting ... we corrected the
    mistake on air," the statement added' (not a council's quoted "we")."""
    start = max(0, first - len(before))
    we = [t for t in lem.tokens[start:first] if t.lemma in ("we", "мы")]
    closing = max(lem.text.rfind("”"), lem.text.rfind('"'), lem.text.rfind("»"))
    return bool(we) and all(quoted(lem.text, t.start) for t in we) and closing > lem.tokens[first].start and (
        _newsroom_words(lem, closing))


def _newsroom_words(lem: Lemmas, closing: int) -> bool:
    """Whether a quotation (ending at `closing`) speaks as a newsroom: "our reporting", "our viewers", "on air"."""
    inside = [t for t in lem.tokens if t.start < closing]
    return any(t.low in ("our", "my") and inside[i + 1:i + 2] and inside[i + 1].low in _NEWSROOM_WORK
               or t.low == "on" and inside[i + 1:i + 2] and inside[i + 1].low == "air"
               or t.low == "on-air" for i, t in enumerate(inside))


_SAYING = {"say", "tell", "add", "write", "insist", "reply", "respond", "state", "заявить", "сказать", "написать",
           "добавить", "ответить", "сообщить", "подчеркнуть"}


def _said_after_quote(lem: Lemmas, first: int, outlet_words: frozenset[str]) -> bool:
    """Whether a quotation that opens the sentence with the act is followed by a publisher saying it: '"We stand by
    the story," the newspaper said', «"Опровергать не будем", — заявили в редакции»."""
    tokens = lem.tokens
    if not (first and tokens[0].text in _QUOTE_MARKS):
        return False
    close = next((i for i in range(first + 1, len(tokens)) if tokens[i].text in ('"', "”", "»", "’")), None)
    if close is None:
        return False
    # (the speaker may be named with an apposition: '"...," the paper's lawyer, Ann Vale, wrote in a letter')
    after = [t.lemma for t in tokens[close + 1:close + 14] if t.lemma[:1].isalnum()]
    said = next((j for j, w in enumerate(after) if w in _SAYING), None)
    if said is None:
        return False
    speaker = set(after[:said] + after[said + 1:said + 4])
    return bool(speaker & (_MEDIA | outlet_words))


def _with_clause_before(lem: Lemmas, start: int, before: list[str], reach: int) -> tuple[list[str], int]:
    """`before` with the clause that ends at the token before `start` (a comma, a quotation mark, "and") put in
    front of it, up to `reach` tokens back or a boundary; and where that clause starts."""
    opening = start - 1
    while opening > 0 and opening > start - reach and lem.tokens[opening - 1].lemma not in BOUNDARY:
        opening -= 1
    return [t.lemma for t in lem.tokens[opening:start - 1]] + before, opening


def media_subject(lem: Lemmas, first: int, before: list[str], outlet_words: frozenset[str]) -> bool:
    """Whether the clause before an act names a publisher: a newsroom's word ("the newspaper", "we"), the page's
    outlet, or a capitalised name made of a newspaper's words ("The Daily Bugle said it would not retract")."""
    start = max(0, first - len(before))
    if before[:1] in (["что"], ["that"]) and start > 1 and lem.tokens[start - 1].low == ",":
        # "Редакция заявила, что не намерена удалять статью": the subject is the reporting clause's
        before, start = _with_clause_before(lem, start, before, 10)
    if start > 1 and lem.tokens[start - 1].text in _QUOTE_MARKS and (before[:1] == [] or before[0] != "that"):
        # 'The Times said it "stands by every word"': the quotation's speaker is the clause before its mark
        before, start = _with_clause_before(lem, start, before, 10)
    if start > 1 and lem.tokens[start - 1].low in ("and", "but") and before and set(before) <= _AUXILIARIES:
        # "said it had reviewed the footage and was satisfied that ...": the verb's subject is the one before "and"
        before, start = _with_clause_before(lem, start, before, 16)
    if not before and _said_after_quote(lem, first, outlet_words):
        return True  # '"No retraction is needed," the newspaper said': the speaker named after the quotation
    cut = max((j for j, w in enumerate(before) if w in _SUBORDINATE_OPENERS), default=-1)
    if 0 <= cut < len(before) - 1:
        before = before[cut + 1:]  # "the network apologised after a graphic misidentified him": the graphic did it
    # a newsroom's word is the subject, not a preposition's object ("an article on newspapers and democracy")
    # ("В издании заявили, что ...": the outlet said, as Russian words it)
    subjects = {w for j, w in enumerate(before) if not (j and before[j - 1] in _PREPOSITIONS) or (
        before[j - 1] == "в" and before[j + 1:j + 2] and before[j + 1] in _RU_SAID)}
    if subjects & (_MEDIA | outlet_words):
        return True
    tokens = lem.tokens
    return any(tokens[i].text[:1].isupper() and tokens[i].low in MEDIA_NAMES and not (
        i and tokens[i - 1].lemma in _PREPOSITIONS) for i in range(start, first))


_VERDICT_VERBS = {"say", "argue", "claim", "complain", "write", "charge", "contend", "allege", "insist", "believe",
                  "tell", "state", "add", "maintain"}
# What may follow the verb of an attribution that closes a sentence: "said in a statement", "said on Tuesday".
_ATTRIBUTION_TAIL = {"in", "on", "at", "to", "via", "through", "a", "an", "the", "its", "their", "his", "her",
                     "statement", "email", "e-mail", "letter", "post", "tweet", "response", "reply", "interview",
                     "filing", "note", "reporter", "journalist", "tuesday", "monday", "wednesday", "thursday", "friday",
                     "saturday", "sunday", "today", "yesterday", "late", "last", "week", "earlier", "later"}
_POSSESSIVES = {"its", "our", "their", "his", "her", "my"}
# Who, named by what it is, gives a verdict on a piece within a correction's words: "..., the company said the
# report ...".
_PARTIES = {"company", "firm", "bank", "exchange", "group", "ministry", "government", "spokesman", "spokeswoman",
            "spokesperson", "official", "officials", "lawyer", "lawyers", "platform", "club", "council"}


def _a_party(words: list[Token], outlet_words: frozenset[str]) -> bool:
    """Whether the words naming who gives a verdict name someone and no newsroom ("the company", "a spokesman for
    the bank"; not "the newspaper", "a Reuters spokesperson")."""
    folded = {t.lemma for t in words} | {t.low for t in words}
    return bool(words) and len(words) <= 8 and not folded & (_MEDIA | outlet_words) and not any(
        t.low in MEDIA_NAMES for t in words)


def others_verdict(lem: Lemmas, rule: Rule, first: int, last: int, before: list[str],
                   outlet_words: frozenset[str]) -> str:
    """Why a correction's words are a party's verdict: "verdict" for a piece called wrong by someone who is no
    newsroom (their denial), "not-media" where what they call wrong is no piece ("Acme said the minister misstated
    the figures") or where an "according to" rule's party is a newsroom; else ""."""
    if rule.name.startswith("^ accord to"):
        return "" if _party_verdict(lem, first, last, before, outlet_words) else "not-media"
    if rule.kind != "correction" or rule.voice not in ("note", "act") or _newsroom_we(lem, first, before) or not (
            _party_verdict(lem, first, last, before, outlet_words)):
        return ""
    return "verdict" if rule.voice == "note" or _STORY & set(before) else "not-media"


_CLAUSE_LEADS = frozenset({"whose", "who", "whom", "which", "that", "where", "when", "while"})
_ACT_PLACES = frozenset({"before", "after", "against", "for", "with", "over", "into", "under", "about", "at", "to"})


def _party_verdict(lem: Lemmas, first: int, last: int, before: list[str], outlet_words: frozenset[str]) -> bool:
    """A piece called wrong by someone who is no newsroom, named after it ("The report had the wrong focus, critics
    said", '"The story is full of mistakes," a spokesman for the bank said in a statement'), before it
    ("According to the company, the report misstated ...") or as the subject of a verb of saying ("Acme said the
    report incorrectly states ..."): a party's view, not the outlet's note ("..., the newspaper said" is one)."""
    tokens = lem.tokens
    words = [t for t in tokens if t.lemma[:1].isalnum()]
    if len(words) > 3 and words[0].low == "according" and words[1].low == "to":
        comma = next((i for i in range(2, min(len(tokens), 14)) if tokens[i].text == ","), None)
        if comma is not None:
            return _a_party([t for t in tokens[2:comma] if t.lemma[:1].isalnum()], outlet_words)
    for comma in (i for i in range(last + 1, len(tokens)) if tokens[i].text == ","):
        tail = [t for t in tokens[comma + 1:] if t.lemma[:1].isalnum()]
        verb = next((j for j, t in enumerate(tail) if t.lemma in _VERDICT_VERBS and t.text[:1].islower()), None)
        if verb is None or not 1 < len(tail) <= 12 or tail[0].low in _CLAUSE_LEADS:
            continue  # "..., whose biography she wrote": a relative clause, no attribution
        rest = tail[verb + 1:]
        if verb == 0 and rest[:1] and rest[0].low in _ACT_PLACES:
            continue  # "..., Ann Holt, argued before the court": what a name in the piece did, not who says so
        if verb == 0:
            return _a_party(rest, outlet_words)  # "..., said Ann Holt, the mayor's spokeswoman"
        if len(rest) <= 6 and all(t.lemma in _ATTRIBUTION_TAIL or t.low in _ATTRIBUTION_TAIL or not t.low.isalpha()
                                  or t.text[:1].isupper() for t in rest):
            return _a_party(tail[:verb], outlet_words)  # "..., the firm said in a statement"
    inside = next((j for j in range(last - 1, first, -1) if tokens[j].lemma in ("say", "claim", "argue", "insist")
                   and tokens[j - 1].text[:1].isalpha()), None)
    if inside is not None:
        # "In a blog post titled ..., Velora said the Herald's report mischaracterizes ...": said within the match
        clause = next((i for i in range(inside - 1, first - 1, -1) if tokens[i].text in (",", ";", ":")), first - 1)
        speaker = [t for t in tokens[clause + 1:inside] if t.lemma[:1].isalnum()]
        named = bool(speaker) and (speaker[-1].text[:1].isupper() or speaker[-1].lemma in _PARTIES)
        if named and not {t.lemma for t in speaker} & (_STORY | PRONOUNS | {"what", "which", "be"}) and _a_party(
                speaker, outlet_words):
            return True
    said = max((j for j, w in enumerate(before) if w in _VERDICT_VERBS), default=-1)
    if said > 0 and not set(before[said + 1:]) & (_POSSESSIVES | PRONOUNS):
        start = first - len(before)
        speaker = [t for t in tokens[start:start + said] if t.lemma[:1].isalnum()]
        return speaker[0].lemma not in ("we", "i") and _a_party(speaker, outlet_words)
    return False


# A text that opens with its publisher named by what it is, as its subject: "The paper admitted ...", «Редакция
# газеты признала ...» (not "Those are reports in the newspaper").
_NEWSROOM_NAMED = re.compile(r"^\W*(?:the (?:news)?paper|the magazine|the broadcaster|the tabloid|редакция|газета"
                             r"|издание)(?!\w)", re.IGNORECASE)


# A headline's legal act told in the passive: the words before it name the one it befell ("Company Executives Charged
# with Fraud"), whom the text under it must speak of for the headline to be its story's.
_BEFALLEN = re.compile(rf"\s+(?i:{LEGAL_PARTICIPLE})\b")


def befallen(headline: str) -> str:
    """The words before a headline's passive legal act, or ""."""
    cut = _BEFALLEN.search(headline)
    return re.sub(r"^\W*\[[^\]]*\]", "", headline[:cut.start()]) if cut else ""  # (not its "[UPDATE]" tag)


def named_in(actor: str, body: str) -> bool:
    """Whether the text under a headline names the headline act's actor: by a word of its name, or, for a
    publisher ("The Times apologises for map"), by what it is as the text's opening subject ("The paper admitted
    the error", «Редакция газеты признала ошибку»)."""
    folded = body.casefold()
    if any(word[:5].casefold() in folded for word in re.findall(r"\w{4,}", actor)):
        return True
    return any(w.casefold() in MEDIA_NAMES for w in re.findall(r"\w+", actor)) and bool(
        _NEWSROOM_NAMED.search(body))
