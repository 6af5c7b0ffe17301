"""Verdicts on a claim that no one in the sentence gives (pure).

A denial read from a verdict ("the claims are false") needs someone who gives it. When the sentence names no
speaker, quotes no one and does not speak as "we", the page is no one's statement and the verdict is not on a
piece or a claim, it is the writer's own description, not a party's denial: an adviser's answer ("a few of these
remarks are defamatory"), a definition ("slander means spoken words that are false"). (A verdict on a piece, "her
column is plainly untrue", on the page of the party it is about, is that party's reply.) A verdict negated ("the
claims were not defamatory") denies nothing either way.
"""

from __future__ import annotations

import re

from monitor.detect.actors import speaker_of
from monitor.detect.coreference import first_person
from monitor.detect.frames import Reading
from monitor.detect.parties import in_quote
from monitor.detect.wordsets import SETS

_NOBODY = "\x00"  # what speaker_of falls back to here when no one says it
_FALSE = frozenset(SETS["FALSE"].split("|")) | {"wrong"}
_JUDGED = frozenset(SETS["STORY"].split("|")) | {
    "claim", "allegation", "accusation", "rumour", "rumor", "lawsuit", "suit", "complaint", "charge", "case"}
# a Russian piece or claim by its stem, in any case: «сведения», «информацию», «публикации»
_RU_JUDGED = ("сведен", "информац", "данн", "сообщен", "слух", "утвержден", "обвинен", "стать", "материал",
              "новост", "публикац", "заметк", "сюжет")
_WORD = re.compile(r"\w+")
_NOT = re.compile(r"\b(?:not|never)\s+(?:\w+\s+)?(\w+)", re.IGNORECASE)


def unsaid(sentence: str, reading: Reading, speaker: str, following: str) -> bool:
    """Whether a reading is a denial's verdict that is no one's: said by no one, or negated."""
    if reading.voice != "stance" or reading.kind != "denial":
        return False
    start, end = reading.start, reading.end
    if any(m.group(1).casefold() in _FALSE for m in _NOT.finditer(sentence, start, end)):
        return True  # "ruled that the claims were not defamatory"
    if not _FALSE.intersection(_WORD.findall(sentence[start:end].casefold())):
        return False  # "No such order has been issued by the ministry": no verdict, a statement of fact
    if speaker or first_person(sentence) or in_quote(sentence, start) or _closes_a_quote(sentence, start) or (
            _judges_a_piece(sentence[max(0, start - 40):end + 30])):
        return False
    return speaker_of(sentence, start, _NOBODY, "", following) == _NOBODY


def _judges_a_piece(span: str) -> bool:
    """Whether the verdict or the words around it name a piece or a claim ("the Gazette's story is wrong",
    «Эти сведения не соответствуют действительности»)."""
    for word in _WORD.findall(span.casefold()):
        singular = (word[:-1], word[:-3] + "y") if word.endswith("s") else ()
        if word in _JUDGED or word.startswith(_RU_JUDGED) or any(w in _JUDGED for w in singular):
            return True
    return False


def _closes_a_quote(sentence: str, start: int) -> bool:
    """Whether the verdict goes on a quotation opened in an earlier sentence («... Эти сведения неверны».)."""
    rest = sentence[start:]
    return ("»" in rest and "«" not in sentence) or ("”" in rest and "“" not in sentence) or (
        sentence.count('"') % 2 == 1)
