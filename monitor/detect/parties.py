"""Who did it, to whom (pure): the actor and target of a follow-up, read from its sentence.

Known organisations are named the way alerts should show them ("a Reuters spokesperson" -> Reuters,
"Рейтер" -> Reuters); anyone else is the capitalised name nearest the verb. A quotation's speaker is read from
its attribution ('"We stand by our reporting," a Reuters spokesperson said').
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from urllib.parse import urlsplit

from monitor.detect.caseless import Caseless

# Spelling found in text -> the name an alert shows. Longer spellings first so "The Block" wins over "Block".
KNOWN: dict[str, str] = {
    "reuters": "Reuters", "рейтер": "Reuters", "рейтерс": "Reuters", "bloomberg": "Bloomberg",
    "associated press": "Associated Press", "the ap": "Associated Press", "ap": "Associated Press",
    "new york times": "The New York Times",
    "nyt": "The New York Times", "the times": "The Times", "guardian": "The Guardian",
    "wall street journal": "The Wall Street Journal", "wsj": "The Wall Street Journal",
    "financial times": "Financial Times", "coindesk": "CoinDesk", "cointelegraph": "Cointelegraph",
    "the block": "The Block", "decrypt": "Decrypt", "bbc": "BBC", "cnn": "CNN", "forbes": "Forbes",
    "meduza": "Meduza", "медуза": "Meduza", "binance": "Binance", "бинанс": "Binance",
    "securities and exchange commission": "SEC", "sec": "SEC", "cftc": "CFTC", "justice department": "DOJ",
    "department of justice": "DOJ", "doj": "DOJ", "fca": "FCA", "rosfinmonitoring": "Rosfinmonitoring",
    "росфинмониторинг": "Rosfinmonitoring", "fsb": "FSB", "фсб": "FSB", "kommersant": "Kommersant",
    "коммерсант": "Kommersant", "рбк": "RBC", "rbc": "RBC", "ведомости": "Vedomosti", "vedomosti": "Vedomosti",
    "тасс": "TASS", "tass": "TASS", "интерфакс": "Interfax", "interfax": "Interfax", "afp": "AFP",
    "washington post": "The Washington Post", "cnbc": "CNBC", "axios": "Axios", "politico": "Politico",
    "the information": "The Information", "fortune": "Fortune", "tether": "Tether", "coinbase": "Coinbase",
}
KNOWN_NAMES = frozenset(KNOWN.values())  # every known party's name as alerts write it
_AUTHORITY_NAMES = {"SEC", "DOJ", "FTC", "FCA", "CFTC", "FSB", "Rosfinmonitoring"}
# Known names that are also common words: they name the party only capitalised («коммерсанта» is a businessman's,
# "a legal guardian" no newspaper, "fortune" luck).
_COMMON_WORDS = {"guardian", "fortune", "decrypt", "tether", "the block", "the information", "the times", "sec", "ap",
                 "the ap", "коммерсант", "медуза", "ведомости"}


class _Known(Caseless):
    """The known parties' names, matched without regard to case, except that a name that is also a common word
    must be capitalised (its first word after "the")."""

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        for m in super().finditer(text, pos, endpos):
            key = m.group(1).casefold()
            if key in _COMMON_WORDS and not text[m.start() + (4 if key.startswith("the ") else 0)].isupper():
                continue
            yield m

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return next(self.finditer(text, pos, endpos), None)


_KNOWN_RE = _Known(
    r"(?<!\w)(" + "|".join(re.escape(k) for k in sorted(KNOWN, key=len, reverse=True)) + r")(?:['’]s?|ом|а|у|е)?(?!\w)")
CAP = r"[A-ZА-ЯЁ][\w&.'’-]*"  # a capitalised word (a name's, in English or Russian)
_NAME = re.compile(rf"{CAP}(?:\s+(?:{CAP}|of|de|von|van|&))*")
_NOT_NAMES = {
    "the", "a", "an", "in", "on", "at", "however", "also", "but", "and", "earlier", "later", "last", "this",
    "that", "it", "its", "he", "she", "they", "we", "i", "on tuesday", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december", "in a", "after", "before", "when", "while",
    "meanwhile", "according", "separately", "still", "yet", "then", "so", "now", "today", "yesterday", "ceo",
    "update", "correction", "editor's note", "clarification", "note", "exclusive", "said", "in april",
    "в", "на", "по", "однако", "также", "ранее", "как", "это", "он", "она", "они", "мы",
}
_SPEECH = Caseless(r"\b(?:said|says|told|stated|insisted|added|wrote|claimed|argued|maintained|noted|announced"
                   r"|заявил\w*|сообщил\w*|написал\w*|отметил\w*|добавил\w*)\b")
_FIRST_PERSON = re.compile(r"(?:^|[\s“\"«(])(?:we|i|our|мы|наш\w*|редакция|the editors)\b", re.IGNORECASE)
_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are|get|got)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_AUX = re.compile(r"(?:\s+(?:has|have|had|was|were|is|are|will|would|did|does|also|later|then|quickly|publicly"
                  r"|formally|on \w+day|today|yesterday|late \w+|earlier|subsequently))+\s*$", re.IGNORECASE)
_QUOTE_OPEN = "“\"«"
_QUOTE_CHARS = set("“\"«”»‘’")
_SINGLE_OPEN = re.compile(r"(?<!\w)'(?=\w)")
_SINGLE_CLOSE = re.compile(r"(?<=[\w.,!?])'(?!\w)")
_ATTRIBUTION = re.compile(r"[”\"»'’]\s*,?\s*(?:(?:said|says|added|wrote|told \w+)\s+)?(?P<who>[^.”\"“]{2,80}?)"
                          r"(?:\s+(?:said|says|added|wrote|told|заявил\w*|сообщил\w*)\b|[.,]|$)", re.IGNORECASE)
_BY = re.compile(rf"^\S*\s+(?:\w+\s+){{0,3}}by\s+(?:the\s+)?({_NAME.pattern})")
_TO = re.compile(r"\b(?:apologi[sz]\w*|apolog(?:y|ies)|sorry)\b[^.]{0,20}?\bto\s+((?:the |its |our |his |her )?"
                 r"[\w&.'’-]+(?:\s+[\w&.'’-]+){0,3}?)(?=\s+(?:for|over|after|about|on|in|who|that|and|but|because"
                 r"|when|if|as|,)\b|[.,;]|$)"
                 r"|\bизвин\w*\s+(?:\w+\s+)?перед\s+([\w-]+(?:\s+[А-ЯA-Z][\w-]+)?)", re.IGNORECASE)
_OBJECT_AFTER = re.compile(rf"^\s*(?:(?i:against|to)\s+)?(?:(?i:the)\s+)?({_NAME.pattern})")  # "Filed Against Acme"
_AGAINST = re.compile(rf"(?<!\w)(?:against|versus|into|к|против)\s+(?:the\s+|[а-яё]+\s+)?"
                      rf"(«[^»]{{2,40}}»|{_NAME.pattern})")  # "к изданию «Полдень»"


def canonical(name: str) -> str:
    """A known organisation's alert name, or the name as written without a leading article."""
    found = _KNOWN_RE.search(name)
    if found:
        return KNOWN[found.group(1).casefold()]
    return re.sub(r"^(?:the|a|an)\s+", "", name.strip(" ,.'’\"“”«»"), flags=re.IGNORECASE)


def _names(span: str) -> list[tuple[int, str]]:
    """Known organisations and capitalised names in `span`, with positions, in order."""
    out: list[tuple[int, str]] = []
    taken: list[range] = []
    for m in _KNOWN_RE.finditer(span):
        out.append((m.start(), KNOWN[m.group(1).casefold()]))
        taken.append(range(m.start(), m.end()))
    for m in _NAME.finditer(span):
        if any(m.start() in r for r in taken):
            continue
        words = m.group(0).strip()
        while words and words.split()[0].casefold() in _NOT_NAMES:
            words = " ".join(words.split()[1:])
        if words and words.casefold() not in _NOT_NAMES:
            out.append((m.start(), words.rstrip(".,'’")))
    return sorted(out)


def _is_passive(sentence: str, start: int) -> bool:
    """'Binance was sued', 'were fined': an auxiliary, then a past participle at the trigger."""
    return bool(_PASSIVE.search(sentence[:start]) and re.match(r"\w+(?:ed|en|wn)\b", sentence[start:]))


def in_quote(sentence: str, pos: int) -> bool:
    """Whether position `pos` of the sentence lies inside quotation marks."""
    before = sentence[:pos]
    if "'" not in sentence and not _QUOTE_CHARS & set(before):
        return False  # no quotation mark before it: the common case, answered without counting
    opened = sum(before.count(q) for q in _QUOTE_OPEN) - before.count("”") - before.count("»")
    if ("“" in before or "«" in before) and opened > 0:
        return True
    if before.count('"') % 2 == 1 or before.count("‘") > before.count("’"):
        return True
    # Straight single quotes: an opening one starts a word, a closing one ends it ("Binance's" is neither).
    opens = sum(1 for m in _SINGLE_OPEN.finditer(sentence) if m.start() < pos)
    return opens > sum(1 for m in _SINGLE_CLOSE.finditer(sentence) if m.start() < pos)


_WHOLE_QUOTE = re.compile(r"^\s*[\"“«‘](?:[^\"“”«»‘’]|(?<=\w)’(?=\w))+[\"”»’]?[\s.!?]*$")  # (an apostrophe inside)


def quoted_whole(sentence: str) -> bool:
    """Whether the sentence is one quotation with nothing said around it (a roundup quoting another outlet's note:
    '"An earlier version of this story misstated the date."'), not a quote someone is said to have said."""
    return _WHOLE_QUOTE.match(sentence) is not None


def actor(sentence: str, start: int, end: int, voice: str, outlet: str) -> str:
    """Who did what the trigger at sentence[start:end] says."""
    if voice == "note":
        return outlet
    if in_quote(sentence, start):
        found = _ATTRIBUTION.search(sentence, end)
        if found:
            names = _names(found.group("who"))
            if names:
                return names[0][1]
            who = canonical(found.group("who"))
            if who and len(who.split()) <= 4:
                return who
        if _FIRST_PERSON.search(sentence[:start]):
            return outlet
    by = _BY.match(sentence[end:])
    if by and not re.match(r"^\S*\s+(?:\w+\s+){0,3}by\s+(?:the\s+)?(?:end|time|way)\b", sentence[end:]):
        return canonical(by.group(1))
    before = sentence[:start]
    if _is_passive(sentence, start):
        return ""  # "Coinbase leadership were sued": the doer is not named
    speech = _SPEECH.search(before)
    span = before[: speech.start()] if speech else before
    known = [m for m in _KNOWN_RE.finditer(span)]
    if known:
        return KNOWN[known[0].group(1).casefold()]
    if _FIRST_PERSON.search(span):
        return outlet
    subject = _AUX.sub("", span.strip(" ,;:-–—")).strip()
    subject = re.sub(r"^(?:the|a|an)\s+", "", subject, flags=re.IGNORECASE)
    words = len(subject.split())
    if subject and (subject[0].isupper() and words <= 5 or words <= 3) and not _FIRST_PERSON.match(subject) and (
            subject.casefold() not in _NOT_NAMES and not re.search(r"[\"“”«»(]", subject)):
        return subject
    names = _names(span)
    if names:
        return names[0][1]
    if _FIRST_PERSON.search(before) or not before.strip():
        return outlet
    return ""


_SAYS = re.compile(r"\s+(?:said|says|told|tells|announced|confirmed)\b")  # "Prosecutors said Vell was charged"


def target(kind: str, sentence: str, start: int, end: int, who: str) -> str:
    """To whom, or about whose story, where the sentence says it."""
    if kind == "apology":
        found = _TO.search(sentence, max(0, start - 5))
        if found:
            return canonical(found.group(1) or found.group(2) or "")
        return ""
    if kind == "legal_action":
        if _is_passive(sentence, start):  # the one it befell: the first name before it, not one that says it was
            return next((name for at, name in _names(sentence[:start])
                         if not _SAYS.match(sentence, max(at, sentence.find(name, at)) + len(name))), "")
        against = _AGAINST.search(sentence, start)
        if against:
            return canonical(against.group(1))
        obj = _OBJECT_AFTER.match(sentence[end:])
        if obj:
            name = canonical(obj.group(1))
            return "" if name.casefold() in _NOT_NAMES else name
        return ""
    if kind in ("denial", "stands_by", "retraction"):
        for _, name in _names(sentence):
            if name != who and name in KNOWN_NAMES and name not in _AUTHORITY_NAMES:
                return name
    return ""


_PRONOUN = re.compile(r"^\W*(?:it|he|she|they|the (?:company|exchange|firm|agency|outlet|newspaper|paper|group|bank)"
                      r"|она|он|они|компания|биржа)\b", re.IGNORECASE)


def first_known(sentence: str) -> str:
    """The first known organisation a sentence names, for resolving "It denied ..." in the next one."""
    found = _KNOWN_RE.search(sentence)
    return KNOWN[found.group(1).casefold()] if found else ""


def starts_with_pronoun(sentence: str) -> bool:
    return bool(_PRONOUN.match(sentence))


def outlet_from_url(url: str) -> str:
    """An outlet's name from its site: reuters.com -> Reuters, an unknown site -> its host name."""
    host = urlsplit(url).hostname or ""
    host = re.sub(r"^(?:www|m|amp|mobile)\.", "", host)
    for part in host.split("."):
        if part in KNOWN:
            return KNOWN[part]
    return host


_STATEMENT_OWNER = re.compile(r"^\s*(?P<who>[A-Z][\w&.'’-]*(?:[\s-]+[A-Z][\w&.'’-]*){0,3})['’]?s?\s+(?:official\s+)?"
                              r"(?:statement|response|press release|open letter|letter)\b")


def statement_owner(title: str) -> str:
    """The organisation a page's title says the statement is from ("ABS-CBN statement regarding ...")."""
    return canonical(m.group("who")) if (m := _STATEMENT_OWNER.match(title)) else ""
