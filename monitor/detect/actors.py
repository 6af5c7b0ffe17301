"""Who acts (pure): the subject of a follow-up's verb, read from the words before it.

The words before the act are cut to its clause, stripped of what is not the subject (an opening adverbial "On
March 12,", a dateline, auxiliaries and adverbs "has since", a relative "who had to"), and the subject's head
is kept: a known organisation ("a Reuters spokesperson" -> Reuters), else the last name in the phrase
("Kremlin spokesman Dmitry Peskov" -> Dmitry Peskov, titles dropped), else a short common phrase ("the
network"). A passive act names its doer after "by"; a fine, a settlement or a payment is the act of the
authority the sentence names; a quotation's speaker is read from its attribution ('"...," Goyal said',
'"..."—Walmart spokesperson'); first person is the outlet, or whoever a "<Name> statement" page is by.
"""

from __future__ import annotations

import re

from monitor.detect.parties import _KNOWN_RE, KNOWN, canonical, in_quote

_AUTHORITIES = {"SEC", "DOJ", "FCA", "CFTC", "FSB", "Rosfinmonitoring"}
_LEAD = re.compile(
    r"^\s*(?:(?:[A-Z][A-Z .,]{2,40},\s*[A-Z][a-z]{1,5}\.?\s*[-–—]\s*)"  # a dateline: "WEST PALM BEACH, Fla. -"
    r"|(?:firstly|secondly|finally|nevertheless|nonetheless|however|meanwhile|then there'?s|then|so|well|also"
    r"|still|earlier|later|clearly|indeed|instead|now|today|yesterday|separately|ранее|изначально|также|однако"
    r"|позже|затем|вчера|сегодня)\b,?\s*"
    r"|(?:on|in|at|after|following|last|since|during|under|according to|referring to|amid|despite|before|by"
    r"|with|as|в|на|после|по)\b[^,]{0,90},\s*"
    r"|[A-Z]\w+ing\b[^,]{0,90},\s*)", re.IGNORECASE)
_SUBORDINATE = re.compile(r"\b(?:even as|as|while|after|because|since|when|although|though|and|but|so|а|но|и)\s+"
                          r"(?=(?:the\s+)?[A-ZА-ЯЁ])")
_RELATIVE = re.compile(r",?\s+(?:who|which|whose|that|который|которая|которые|которое)\b", re.IGNORECASE)
_SPEECH = re.compile(r"\s+(?:said|says|told|tells|stated|states|insisted|added|wrote|claimed|argued|maintained"
                     r"|noted|announced|replied|responded|confirmed|заявил\w*|сообщил\w*|написал\w*|отметил\w*"
                     r"|добавил\w*)\b(?:\s+(?:on\s+)?\w+day)?(?:\s+(?:that|it|they|he|she|its|что))?", re.IGNORECASE)
_AUX = re.compile(r"(?:(?:^|\s+)(?:has|have|had|was|were|is|are|am|be|will|would|did|does|also|later|then|quickly"
                  r"|publicly"
                  r"|continues? to|continued to|had to|has to|have to|would like to|wish(?:es)? to|wants? to"
                  r"|(?:am|are|is|were|was) (?:very |so |truly |deeply )?(?:happy|glad|pleased|sorry) to|very|so|truly"
                  r"|formally|on \w+day|\w+day|today|yesterday|late \w+|earlier|subsequently|since|now|always"
                  r"|immediately|forcefully|strongly|vehemently|flatly|categorically|finally|first|swiftly|again"
                  r"|reportedly|officially|already|just|uже|уже|ранее|в очередной раз|\d+ \w+|sincerely|deeply"
                  r"|unequivocally|therefore|repeatedly|openly|herself|himself|itself|themselves|not|n't))+\s*$",
                  re.IGNORECASE)
_TITLES = re.compile(r"^(?:(?:former|president|prime minister|minister|senator|sen\.|rep\.|mr\.?|mrs\.?|ms\.?|dr\.?"
                     r"|sir|lord|judge|gov\.|governor|chief executive|ceo|chairman|secretary|spokesman|spokeswoman"
                     r"|spokesperson|general|gen\.)\s+)+", re.IGNORECASE)
_CAP = r"[A-ZА-ЯЁ][\w&.'’-]*"
_NAME = re.compile(rf"(?:{_CAP})(?:\s+(?:{_CAP}|of|de|von|van|&|and(?=\s+[A-Z][\w-]+\s+[A-Z])))*")
_COMMON_LEAD = {"the", "a", "an", "this", "that", "it", "its", "in", "on", "at", "but", "and", "however", "he", "she",
                "they", "we", "i", "our", "their", "his", "her", "first", "then", "there", "as", "so", "for", "please",
                "it's", "there's"}
_FIRST_PERSON = re.compile(r"^(?:we|i|our|my|мы|я|наш\w*|редакция|the editors|editors)$", re.IGNORECASE)
_BY = re.compile(rf"^[^.;]{{0,60}}?\bby\s+(?:the\s+)?((?:{_CAP})(?:\s+(?:{_CAP}|of|and|&))*)")
_TO_NAME = re.compile(rf"^[^.;]{{0,80}}?\bto\s+((?:{_CAP})(?:\s+(?:{_CAP}))*)")
_DASH_ATTRIBUTION = re.compile(r"[”\"»]\s*[-–—]+\s*(?P<who>[^.”\"“]{2,80})$")
_FROM_ATTRIBUTION = re.compile(r"[”\"»]\s*(?:is|was)\b[^.]{0,60}\b(?:quote|statement|response|word)s?\s+from\s+"
                               r"(?:the\s+)?(?P<who>[^.,;]{2,60})", re.IGNORECASE)
_ATTRIBUTION = re.compile(r"[”\"»'’]\s*,?\s*(?:(?:said|says|added|wrote|told \w+)\s+)?(?P<who>[^.”\"“]{2,80}?)"
                          r"(?:\s+(?:said|says|added|wrote|told|заявил\w*|сообщил\w*)\b|[.,]|$)", re.IGNORECASE)
_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are|be|get|got)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_STATEMENT_OWNER = re.compile(r"^\s*(?P<who>[A-Z][\w&.'’-]*(?:[\s-]+[A-Z][\w&.'’-]*){0,3})['’]?s?\s+(?:official\s+)?"
                              r"(?:statement|response|press release|open letter|letter)\b")


def statement_owner(title: str) -> str:
    """The organisation a page's title says the statement is from ("ABS-CBN statement regarding ...")."""
    m = _STATEMENT_OWNER.match(title)
    return canonical(m.group("who")) if m else ""


def _head(phrase: str, first: bool = False) -> str:
    """A short subject phrase as it stands, else a known organisation, else a name, from a subject phrase."""
    phrase = re.sub(r"^(?:the|a|an)\b\s*", "", phrase.strip(" ,;:-–—\"“”'’«»()*"), flags=re.IGNORECASE)
    if not phrase or phrase.casefold() in _COMMON_LEAD:
        return ""
    known = [m for m in _KNOWN_RE.finditer(phrase)]
    if known:
        return KNOWN[known[0].group(1).casefold()]
    if len(phrase.split()) <= 4 and not first and not re.search(r"[,;]", phrase):
        return _TITLES.sub("", phrase).strip(" .,'’") or phrase
    names: list[str] = []
    runs = list(_NAME.finditer(phrase))
    for m in runs:
        words = m.group(0).split()
        while words and words[0].casefold() in _COMMON_LEAD:
            words = words[1:]
        name = _TITLES.sub("", " ".join(words)).strip(" .,'’")
        if name:
            names.append(name)
    if names:
        coordinated = len(runs) > 1 and re.search(r",|\band\b", phrase[runs[0].end():runs[1].start()])
        return names[0] if first or coordinated else names[-1]
    words = phrase.split()
    return " ".join(words) if 0 < len(words) <= 3 else ""


def _speaker(sentence: str, start: int, following: str = "") -> str:
    """Who speaks a quotation the act sits in (its attribution may close the next sentence)."""
    for text, at in ((sentence, start), (following, 0)):
        for pattern in (_DASH_ATTRIBUTION, _FROM_ATTRIBUTION, _ATTRIBUTION):
            m = pattern.search(text, at)
            if m and m.group("who").strip() and (pattern is not _ATTRIBUTION or in_quote(sentence, start)):
                return _head(m.group("who"), first=True)
    return ""


def speaker_of(sentence: str, start: int, outlet: str, speaker: str = "", following: str = "") -> str:
    """Who says a claim is false: a quotation's speaker, the subject of "said", else the page's author."""
    if in_quote(sentence, start):
        return _speaker(sentence, start, following) or speaker or outlet
    said = list(_SPEECH.finditer(sentence))
    if said:
        return subject(sentence, said[0].start() + 1, outlet, speaker)
    return speaker or outlet


def subject(sentence: str, start: int, outlet: str, speaker: str = "", following: str = "") -> str:
    """The doer of the act that starts at character `start`; `speaker` stands for first person if given."""
    quoted = _speaker(sentence, start, following) if in_quote(sentence, start) or re.search(
        r"[”\"»]\s*[-–—]", sentence[start:] + " " + following[:200]) else ""
    if quoted:
        return quoted
    before = sentence[:start]
    if _PASSIVE.search(before) and re.match(r"\w+(?:ed|en|wn|t)\b", sentence[start:]):
        by = _BY.match(sentence[start:])
        return canonical(by.group(1)) if by else ""
    pieces = [p for p in re.split(r"[;:(\[]|\s[-–—]\s|[“\"«]", before)]
    span = ""
    for piece in reversed(pieces):
        for _ in range(3):
            piece = _LEAD.sub("", piece, count=1)
        parts = _SUBORDINATE.split(piece)
        piece = parts[-1] if parts[-1].strip() else piece
        piece = _AUX.sub("", piece)
        said = list(_SPEECH.finditer(piece))
        if said and not piece[said[-1].end():].strip(" ,"):
            piece = piece[: said[-1].start()]
        relative = list(_RELATIVE.finditer(piece))
        if relative and len(piece[relative[-1].end():].split()) <= 4:
            piece = piece[: relative[-1].start()]
        piece = _AUX.sub("", piece)
        if piece.strip(" ,") and not re.match(r"^\s*(?:an?|the)\s+[a-z]", piece) or piece is pieces[0]:
            span = piece
            break
        if piece.strip(" ,"):
            span = piece
            break
    if _FIRST_PERSON.match(span.strip(" ,\"“”")) or not span.strip() and (before.strip() == "" or speaker):
        return speaker or outlet
    return _head(span)


def legal_actor(sentence: str, start: int, end: int, payer: bool) -> str:
    """The party behind a legal act: the doer after "by", the authority a fine or settlement names, the one
    damages were paid to."""
    if payer and re.search(r"\bdamages\b", sentence):
        to = _TO_NAME.match(sentence[start:]) or _TO_NAME.match(sentence[max(0, start - 80):])
        if to:
            return canonical(to.group(1))
    by = _BY.match(sentence[start:])
    if by and _PASSIVE.search(sentence[:start]) or by and re.match(r"^\s*\w+\s+by\b", sentence[start:]):
        return canonical(by.group(1))
    if payer:
        for m in _KNOWN_RE.finditer(sentence):
            if KNOWN[m.group(1).casefold()] in _AUTHORITIES:
                return KNOWN[m.group(1).casefold()]
        authority = re.search(r"\b(?:ФАС|FTC|FCA|SEC|CFTC|Роскомнадзор\w*|[A-ZА-ЯЁ][\w-]+ (?:суд|court|Court))\b",
                              sentence)
        if authority:
            return authority.group(0)
    return ""
