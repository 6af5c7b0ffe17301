"""Whose words a sentence inside a longer quotation is (pure).

A statement quoted over several sentences names its speaker once, where it opens: 'Tam Reed wrote on X: "All
guests are safe. We apologise to everyone."', 'He said: 'It was no scam. I am deeply sorry.'' (British pages
quote in single marks), «Орлов заявил: «Мы проверили. Это не соответствует действительности»». A first-person act,
or a denial, in a later sentence of it is the speaker's, not the page's.
"""

from __future__ import annotations

import re

from monitor.detect.caseless import Caseless
from monitor.detect.sentences import spans

# What introduces a quotation that follows a colon: "Tam Reed wrote on X:", "... to apologise, saying it was:".
INTRODUCED = Caseless(r"\s(said|says|wrote|writes|posted|tweeted|added|stated|saying|told [\w ]{2,30}?"
                       r"|сказал\w*|заявил\w*|написал\w*|добавил\w*|отметил\w*|ответил\w*|пояснил\w*|подчеркнул\w*)\b"
                       r"[^.:\"“”«]{0,40}:\s*$")
_DOUBLE = frozenset('"“”')
_SINGLE = frozenset("'‘’")


def _opening(paragraph: str) -> int:
    """Where the quotation still open at the end of `paragraph` opens, or -1. Double marks pair in turn; a single
    mark opens after a space, colon or bracket before a letter, and closes after a word before no letter (an
    apostrophe inside a word does neither)."""
    double = single = -1
    for i, c in enumerate(paragraph):
        if c in _DOUBLE:
            double = -1 if double >= 0 else i
        elif c in "«»":
            double = i if c == "«" else -1  # (guillemets open and close by their shape)
        elif c in _SINGLE:
            before, after = paragraph[i - 1:i], paragraph[i + 1:i + 2]
            if (not before or before in " :(\u00a0") and after.isalnum():
                single = i
            elif before and not before.isspace() and not after.isalnum():
                single = -1
    return max(double, single)


def introduction(earlier: str) -> tuple[str, int, str] | None:
    """Where a quotation still open at the end of `earlier` (the page up to a sentence) opened after a colon in an
    earlier sentence of the same paragraph: that sentence up to the quotation, the position of the verb that
    introduced it ("wrote", "saying"), and the sentence before it (for a pronoun's referent); else None."""
    paragraph = earlier[earlier.rfind("\n") + 1:]
    at = _opening(paragraph)
    pieces = spans(paragraph[:at]) if at > 0 else []
    if not pieces:
        return None
    a = pieces[-1][0]
    said = INTRODUCED.search(paragraph, a, at)
    if not said:
        return None
    before = paragraph[pieces[-2][0]:pieces[-2][1]] if len(pieces) > 1 else ""
    return paragraph[a:at], said.start(1) - a, before


# A transcript's turn: a speaker's name in capitals and a colon where a line or a sentence starts ("TOM VELL: We
# checked every line."); a heading in capitals ("EDITOR'S NOTE:", "BREAKING NEWS:") names no one.
_TURN = re.compile(r"(?:^|\n|[.!?\"”]\s+|\s\s)([A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){1,3}):\s+(?=[A-Z\"“])")
_HEADING_WORDS = {"NOTE", "EDITOR'S", "EDITOR’S", "UPDATE", "UPDATED", "CORRECTION", "CLARIFICATION", "BREAKING",
                  "NEWS", "WATCH", "READ", "MORE", "RELATED", "ALERT", "LIVE", "VIDEO", "PHOTOS", "EXCLUSIVE",
                  "THE", "OF", "AND", "FOR", "TO", "IN", "ON"}


def transcript_speaker(earlier: str, sentence: str = "") -> str:
    """Whose turn a sentence is in on a page that prints a transcript: the last name in capitals that opened a turn
    with a colon in the text before it (up to about two paragraphs back) or at the sentence's start, in ordinary
    case: "Tom Vell" after "TOM VELL: Like the rest of the report, this was checked."; else ""."""
    turns = list(_TURN.finditer(earlier[-1500:])) + [t for t in [_TURN.match(sentence.lstrip())] if t]
    if not turns or set(turns[-1].group(1).split()) & _HEADING_WORDS:
        return ""
    return " ".join(w.capitalize() for w in turns[-1].group(1).split())


# A quotation that opens a sentence and closes with a pronoun's attribution: '"We did not disclose it," he said.'
_PRONOUN_CLOSES = re.compile(r"^[\"“‘'][^\"”’]{2,400}[,.!?]\s*[\"”’]\s*(he|she)\s+(?:said|says|added|told|insisted)\b",
                             re.IGNORECASE)


def pronoun_attributed(earlier: str, previous: str) -> tuple[str, str]:
    """The sentence before `previous` (which ends `earlier`) and the pronoun `previous` attributes its quotation to
    ('... Tam Reed admitted it. "We hid it," he said.'), where it does; else two empty strings."""
    said = _PRONOUN_CLOSES.match(previous)
    if not said or not earlier.rstrip().endswith(previous.strip()):
        return "", ""
    rest = earlier.rstrip()[:len(earlier.rstrip()) - len(previous.strip())]
    cuts = spans(rest[-600:])
    return (rest[-600:][cuts[-1][0]:cuts[-1][1]] if cuts else ""), said.group(1).casefold()
