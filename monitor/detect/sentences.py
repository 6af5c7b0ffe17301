"""Sentences and lines with their offsets (pure): what the detector reads one at a time."""

from __future__ import annotations

import re

# A sentence ends at a full stop before a capital, at a line break, and at a " | " that lays out a page's line.
# Every end opens with one of [.!?…\s], written first so that the engine skips to such a character instead of
# trying each alternative at every position (the lookbehinds then say which alternative the character opens).
_END = re.compile(r"[.!?…\s](?:(?<=[.!?…])[\"'”’»)\]]*(?=\s+[\"'“‘«(\[*•]*[A-ZА-ЯЁ0-9(\[*•])|(?<=\n)\n*|(?<=\s)\|\s)")
# The same for a text without a "|" (nearly every one): only [.!?…\n] can open an end, and spaces are skipped too.
_END_NO_BAR = re.compile(r"[.!?…\n](?:(?<=[.!?…])[\"'”’»)\]]*(?=\s+[\"'“‘«(\[*•]*[A-ZА-ЯЁ0-9(\[*•])|(?<=\n)\n*)")
_ABBREV = re.compile(r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Inc|Corp|Co|Ltd|No|(?i:jan|feb|mar|apr|aug|sept|sep|oct"
                     r"|nov|dec)|vs?|Gov|Sen|Rep|Gen|Prof|Rev|Lt|Col|Capt|Sgt|Maj|Adm|Cmdr|Brig|Cpl|Pvt|Mt|Ft|U\.S|U\.K|т|г|им|ул|см|стр|пос|пр|обл)"
                     r"|\b[ap]\.m)\.$")


# "... opened in the U.S. The filing came ...": initials that end a sentence before a word no name opens with.
_ENDS_AFTER_INITIALS = re.compile(r"\b(?:U\.S|U\.K|U\.N|E\.U)\.\s+(?:The|It|He|She|They|We|This|That|These|Those|But"
                                  r"|And|However|There|His|Her|Its|Their|Our|I)\s")


def _soft_wrap(text: str, end: int, start: int) -> bool:
    """Whether the single line break between a line ending at `end` and one starting at `start` wraps one sentence
    (the line goes on in lower case after no full stop, colon or closing mark), as pages set in fixed-width lines
    and pasted statements do."""
    return text.count("\n", end, start) == 1 and text[start].islower() and (text[end - 1].isalnum()
                                                                           or text[end - 1] == ",")


def _abbreviated(text: str, start: int, end: int) -> bool:
    """Whether the sentence text[start:end] ends in an abbreviation's dot. Only its last characters are searched
    (the longest abbreviation is five); a sentence starts after a space, so a word boundary there reads alike."""
    return text[end - 1] == "." and _ABBREV.search(text, max(start, end - _ABBREV_REACH), end) is not None


_ABBREV_REACH = 8
# A corrections column's entry under its heading: "Ferry fares — An article on Monday misstated ...". The heading
# (a few words, a dash) is a line of its own, so that the entry opens its sentence as entries do.
_HEADING = re.compile(r"(?:[\w'’.&-]+ ){0,5}[\w'’.&-]+(?P<dash> [—–] )(?=(?:An?|The|In|On) [a-zA-Z])")


def _headed(text: str, a: int, b: int) -> list[tuple[int, int]]:
    found = _HEADING.match(text, a, b)
    if found is None:
        return [(a, b)]
    return [(a, found.start("dash")), (found.end(), b)]


# A wire story's subheading run into the sentence after it, the page having lost its line break: "BLAME GAME Two
# agencies denied ...". Two or more words in capitals, before a capitalised word in lower case; a word of five
# letters or more, or three words, so that a firm's letters ("HSBC USA Inc said", "US SEC Chairman Ann Roe") and a
# dateline's town ("PORT ELMER, Ohio (Wire) -") stay.
_SUBHEAD = re.compile(r"(?P<head>[A-Z][A-Z'&.,-]*(?: [A-Z][A-Z'&.,-]*)+) (?=[A-Z][a-z])")


def _subheaded(text: str, a: int, b: int) -> list[tuple[int, int]]:
    found = _SUBHEAD.match(text, a, b)
    if found is None:
        return [(a, b)]
    words = found["head"].split()
    if len(words) > 2 and len(words[-1]) < 4:
        words.pop()  # "... DENIES CLAIM JP Morgan said": a firm's letters open the sentence
    if words[-1].endswith(",") or len(words) < 3 and max(sum(c.isalpha() for c in w) for w in words) < 5:
        return [(a, b)]  # "AUBURN HILLS, Michigan (Reuters) -": a dateline
    cut = a + len(" ".join(words))
    return [(a, cut), (cut + 1, b)]


# Two sentences run together where a page lost the space between its paragraphs: "the vote.Orla Benn denied",
# 'lately."The actor', "(Photo: Wire)Kestrel Bank says". A full stop after two small letters or digits ("Sen.",
# "U.S." and "e.g." stay whole, as do "Shopfinder.com" and "6.24am"), or a closing bracket, before a capital and a
# small letter.
_RUN_ON = re.compile(r"[.!?)](?:(?<=[a-zа-яё0-9]{2}[.!?])|(?<=\)))(?=[\"'“”‘’\ufffd]?(?:[A-ZА-ЯЁ][a-zа-яё]|[AIЯ] ))")
_MARKS = frozenset("\"'“”‘’")
# "www.BennTimes.com", "Shopfinder.Com", «Правда.Ру»: a web address or a name made of one, no sentence after it
_ADDRESS = re.compile(r"(?:[\w-]+\.[a-z]{2,}|(?i:com|net|org|ru|ру|рф|io|uk|info|biz|ua|kz|tv))\b")


def _run_on(text: str) -> list[tuple[int, int, bool]]:
    """Where `text` runs one sentence into the next with no space. A quotation mark after the stop closes a
    quotation where the line has opened one ('lately."The'), else it opens the next sentence's ('otherwise."If')."""
    cuts = []
    marks, seen = 0, 0  # quotation marks on the line before `seen` (an apostrophe inside a word is none)
    for found in _RUN_ON.finditer(text):
        cut = found.end()
        if _ADDRESS.match(text, cut):
            continue
        if text[cut] == "\ufffd":
            cut += 1  # a mark the page's encoding lost ("2004.\ufffdMr Benn"): it ends the sentence before
        elif text[cut] in _MARKS:
            line = text.rfind("\n", 0, cut) + 1
            if line > seen:
                marks, seen = 0, line
            marks += sum(1 for i in range(seen, cut) if text[i] in _MARKS
                         and not (text[i - 1:i].isalnum() and text[i + 1:i + 2].isalnum()))
            seen = cut
            if marks % 2:
                cut += 1
        cuts.append((cut, cut, False))
    return cuts


# A page's note on its own changes run into the sentence before it, the page having lost the line break or bullet
# between them: "... on 21 October This article was amended on 29 August to reflect that ..." (a word before it, not
# a heading's colon: "Correction: This story has been corrected").
_OWN_NOTE = re.compile(r"This (?:article|story|piece|report) (?:was|has been) (?:amended|updated|corrected)\b")


def _own_notes(text: str) -> list[tuple[int, int, bool]]:
    return [(m.start(), m.start(), False) for m in _OWN_NOTE.finditer(text)
            if m.start() > 1 and text[m.start() - 1] == " " and text[m.start() - 2].isalnum()]


# A photo's credit set inside a Russian page's running text, where the scraped page lost the caption's own line:
# "... the lead's last words (Фото: Орла Бенн / Вестник) Суд оштрафовал ...", or the same without brackets,
# "... the lead Фото: Орла Бенн / Вестник Суд оштрафовал ...". The credit is no sentence's part: the sentence before
# ends at it, the next opens after it. Without brackets, the credit's source ends after its last " / ": one word in
# Latin letters or in capitals («ТАСС», "Getty Images", «РИА Новости»), else nothing tells where it ends and only the
# sentence before is cut off.
_CREDIT = re.compile(r"(\(?)Фото: ")
_CREDIT_SOURCE = re.compile(r"(?:[A-Z][\w.&-]*|[А-ЯЁ]{2,}(?: Новости)?)(?: [A-Z][\w.&-]*)*(?= [«\"]?[А-ЯЁ0-9])")
# A web address standing between a page's paragraphs, the trace of a link's card: "... в мае. vestnik.group Суд ...",
# after a stop or after the card's rubric ("Политика vestnik.group Суд"), never inside a sentence ("по данным
# vestnik.ru Минфин").
_LINK_CARD = re.compile(r" [a-z][a-z0-9-]*\.[a-z]{2,6}(?= [«\"]?[A-ZА-ЯЁ])")


def _credits(text: str) -> list[tuple[int, int, bool]]:
    cuts = []
    for found in _CREDIT.finditer(text):
        cuts.append((found.start(), found.start(), False))
        if found.group(1):
            close = text.find(")", found.end(), found.end() + 160)
            if close > 0:
                cuts.append((close + 1, close + 1, False))
            continue
        line = text[found.end():found.end() + 120]
        slash = line.rfind(" / ", 0, line.find("\n") % 121)
        source = _CREDIT_SOURCE.match(line, slash + 3) if slash > 0 else None
        if source is not None:
            cuts.append((found.end() + source.end(), found.end() + source.end(), False))
    return cuts


def _link_cards(text: str) -> list[tuple[int, int, bool]]:
    cuts = []
    for found in _LINK_CARD.finditer(text):
        before = text.rfind(" ", 0, found.start()) + 1  # a stop, or a rubric's word ("Политика rbc.group Суд")
        if text[found.start() - 1] in ".!?…»\"" or text[before:before + 1].isupper():
            cuts += [(found.start(), found.start(), False), (found.end(), found.end(), False)]
    return cuts


# A wire's note set after the story's last words with no full stop between: "(Editing by Ann Lee) (This story
# corrects ...)", '... online," he said. "It is time" (The story corrects ...)', "($1 = 0.77 euros) (Corrects ...)".
# It opens a sentence of its own: the quotation or the credit before it is not its.
_WIRE_NOTE = re.compile(r"[)\"”]\s+(\((?:(?:This|The) (?:story|article) |(?:Corrects|Refiles|Refiled|Updates|Adds)\b))")


def _wire_notes(text: str) -> list[tuple[int, int, bool]]:
    return [(m.start(1), m.start(1), False) for m in _WIRE_NOTE.finditer(text)]


def spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence or line of `text`, stripped; "U.S." and "Mr." do not end a sentence."""
    out: list[tuple[int, int]] = []
    pos = 0
    ends = _END if "|" in text else _END_NO_BAR
    cuts = [(m.start(), m.end(), "\n" in m.group(0)) for m in ends.finditer(text)]
    run_on = _run_on(text)
    if "This " in text:
        run_on += _own_notes(text)
    if not text.isascii():
        run_on += _link_cards(text)
        if "Фото: " in text:
            run_on += _credits(text)
    if " (" in text:
        run_on += _wire_notes(text)
    if run_on:
        cuts = sorted(cuts + run_on)
    cuts.append((len(text), len(text), True))
    dashed = "—" in text or "–" in text  # a column entry's heading (`_headed`) needs its dash
    for start, end, newline in cuts:
        piece_end = start if newline else end
        a, b = pos, piece_end
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            if out and _abbreviated(text, *out[-1]) and "\n" not in text[out[-1][1]:a] and not (
                    _ENDS_AFTER_INITIALS.search(text, max(0, out[-1][1] - 5), a + 12)):
                out[-1] = (out[-1][0], b)
            elif out and _soft_wrap(text, out[-1][1], a):
                out[-1] = (out[-1][0], b)  # a line wrapped inside a sentence: "views on libel\nlaw attributed"
            else:
                pieces = _subheaded(text, a, b)
                out.extend([piece for a2, b2 in pieces for piece in _headed(text, a2, b2)] if dashed else pieces)
        pos = end
    return out


# Pictographs, flags and the joiners that shape them, and a post's bold or italic marks, one character at a time:
# «❗️Суд», «⚡️Минфин», «**Зорина** приговорили», «__врачи__».
_PICTOGRAPH = re.compile("[\u2190-\u21ff\u2300-\u27bf\u2b00-\u2bff\ufe0f\u200d\u20e3\U0001f000-\U0001faff]"
                         r"|\*(?=\*)|(?<=\*)\*|_(?=_)|(?<=_)_")


def plain(sentence: str) -> str:
    """The sentence with each pictograph a space, its offsets kept: a name glued to an emoji («❗️Суд») reads as a
    word, not as a symbol's tail."""
    return _PICTOGRAPH.sub(" ", sentence) if not sentence.isascii() else sentence
