"""Whose note a roundup quotes (pure): a page that collects other newsrooms' corrections and apologies names each one's
source by a label ("Metro Ledger, March 2: A story ...", "Harbor Gazette:" on a line of its own), an introduction
("this one from the Valley Courier: ...", «Из сообщения редакции «Речной вестник»:») or a signature that closes the
paragraph ("... not Tuesday. The Dale Post."). The note's "we" and its agentless "A story misstated" are that
newsroom's, not the roundup's.
"""

from __future__ import annotations

import re

from monitor.detect.headings import MONTH
from monitor.detect.parties import canonical
from monitor.detect.publishers import MEDIA_NAMES

_WORD = r"[A-Z][\w.&'’/-]*"
_NAME = rf"(?:The\s+)?{_WORD}(?:[ \t]+(?:(?:of|and|&)[ \t]+)?{_WORD}){{0,5}}"
_RU_NAME = r"«[^«»\n]{2,40}»|[А-ЯЁA-Z][\w.&-]*(?:[ \t]+[А-ЯЁA-Z][\w.&-]*){0,3}"
_DAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_WHEN = rf"(?:(?i:{MONTH})\s+\d{{1,2}}\b|{_DAY}\b|\d{{1,2}}/\d{{1,2}}\b)[^:\n]{{0,12}}"
# "Metro Ledger, March 2: ...", "Harbor Gazette (UK): ...", "Harbor Gazette: ..." at the start of the note's line
_LABEL = re.compile(rf"^\W{{0,3}}(?P<name>{_NAME})(?P<when>,\s*{_WHEN}|\s*\([^()\n]{{1,40}}\))?:(?:\s|$)")
# a line that introduces the note below it: "From the Dale Post:", "A correction from Monday's Dale Post:"
_FROM = re.compile(rf"\b(?:[Ff]rom|by)\s+(?:the\s+)?(?:(?:{_DAY}|today|yesterday)['’]s\s+)?(?P<name>{_NAME})")
_RU_FROM = re.compile(rf"\b[Ии]з\s+(?:сообщения|заявления|обращения|письма|публикации|заметки|колонки|поправки)"
                      rf"\s+(?:[а-яё]+\s+)?(?P<name>{_RU_NAME})\s*:\s*$")
# "this entertaining Dale Post correction: ..."
_KIND_LABEL = re.compile(rf"(?P<name>{_NAME})['’]?s?\s+(?:correction|clarification|apology|retraction|note)\s*:")
_SIGNATURE = re.compile(rf"^(?P<name>{_NAME})(?:,\s*{_WORD}(?:\s+{_WORD}){{0,2}})?\.?$")
_NOT_NEWSROOM = {"update", "updated", "correction", "corrections", "clarification", "note", "apology", "retraction",
                 "erratum", "addendum", "upd", "statement", "disclosure", "editor's", "editor’s", "editors",
                 "photo", "caption", "headline", "editorial"}


def _newsroom(name: str, dated: bool = True) -> str:
    """The name as an actor, if it can be a newsroom's: a label's name needs a date or a newspaper's word."""
    words = name.replace("-", " ").split()
    if not words or {w.casefold().strip(".:") for w in words} & _NOT_NEWSROOM or len(name) > 4 and name.isupper():
        return ""  # "Update, May 2:", "LONDON, May 2:": a note's label or a dateline's place, no newsroom
    if not dated and not {w.casefold().strip(".") for w in words} & MEDIA_NAMES:
        return ""
    return canonical(name)


def _signature(after: str) -> str:
    """The newsroom a paragraph's last line names alone ("... not Tuesday. The Dale Post.")."""
    end = after.find("\n\n")
    if end < 0 and len(after) >= 300:
        return ""
    rest = after[:end] if end >= 0 else after
    last = re.split(r"(?<=[.!?])\s+", rest.strip())[-1] if rest.strip() else ""
    found = _SIGNATURE.match(" ".join(last.split())) if 2 < len(last) <= 50 else None
    return _newsroom(found.group("name"), dated=False) if found else ""


def source(earlier: str, sentence: str, after: str) -> str:
    """The newsroom a roundup names for the note this sentence belongs to, or ""."""
    start = earlier.rfind("\n") + 1
    short = len(earlier) - start <= 400  # (a page of one long line: the sentence alone)
    line = earlier[start:] + sentence if short else sentence
    label = _LABEL.match(line) if short else None
    if label and (who := _newsroom(label.group("name"), bool(label.group("when")))):
        return who
    opening = line.split(":", 1)[0] if ":" in line[:300] else ""
    if opening.count("“") > opening.count("”") or opening.count('"') % 2:
        opening = ""  # a colon inside a quoted title ("a book by Ann Lee, “Talk: A Study”"), not a label's
    if found := [*_FROM.finditer(opening)]:
        return _newsroom(found[-1].group("name"))
    kind = _KIND_LABEL.search(line[:len(opening) + 1]) if opening else None
    if kind and (who := _newsroom(kind.group("name"), False)):
        return who
    above = earlier[:start].rstrip().rsplit("\n", 1)[-1].strip()
    if above.endswith(":"):
        label = _LABEL.match(above) if len(above) <= 80 else None
        if label and label.end() >= len(above) and (who := _newsroom(label.group("name"), False)):
            return who
        found = [*_FROM.finditer(above)]
        if found and above[found[-1].end():].strip() == ":" and (who := _newsroom(found[-1].group("name"))):
            return who
        ru = _RU_FROM.search(above)
        if ru:
            return canonical(ru.group("name").strip("«»"))
    return _signature(after)
