"""Which sentences may state a follow-up (pure): one Aho-Corasick pass over each sentence for the written forms
of every rule's anchor words and of the heading words.

A rule matches only a sentence holding one of its anchor lemmas (`lexicon`), and a lemma comes only from the
written forms the lemma table gives it (`lemmas`): those forms, found as substrings of the folded sentence, are
a superset test, so skipping a sentence without any never changes a result (tests/detect/test_prefilter.py
compares detection with and without it). Heading and advisory words ("Adds", "Fixes", "Note") count only near a
line's start (after a dateline, if one opens the line), where headings are read; the same pass says whether a
heading can be there at all, so that a plain sentence skips the heading patterns.

Detection itself gates the rules with the exact test (`frames.may_match` over the sentence's lemma set), which
costs about what this pass does and rejects three times as many sentences on story-dense news (many anchors'
forms are short substrings: "led" in "called", "not" in "note"); it asks here only whether a heading may be in
the line (`marked`). The literal pass (`scan`) still gates the learned stage, which reads beyond the rules' slots.
"""

from __future__ import annotations

import functools
import re

import ahocorasick

from monitor.detect.lemmas import fold, forms_of
from monitor.detect.lexicon import RULES

# What a heading, a wire tag or an advisory needs (headings.py), all within a line's first characters.
HEADING_WORDS = (
    "note", "примечан", "редакц", "прим", "correct", "исправ", "поправк", "clarif", "уточн", "retract", "опроверж",
    "updat", "upd", "обновл", "дополн", "withdr", "kill", "eliminat", "fix", "amend", "remov", "delet", "insert",
    "add", "recast", "rewrit", "writethru", "writes through", "tops", "chang", "refil", "добав", "apolog", "извин",
)
HEADING_REACH = 12  # characters before a heading word at the line's start: "*** (Corrects", "[UPDATE"
DATELINE_REACH = 64  # the same after a dateline: "CAPE ELIZABETH, Maine — Update (8:10 p.m.):"
_DATELINE = re.compile(r"^\W{0,3}[A-ZА-ЯЁ][A-ZА-ЯЁ .'-]{2,40},")
# Marks read anywhere in a line: a bracketed "(Upd.)" closing a headline, "STORY WITHDRAWN", "— Прим. ред.",
# "Published ... updated 1:20 PM".
ANYWHERE_WORDS = ("(upd", "[upd", "story withdrawn", "прим. ред", "прим.ред", "(дополнено", "(обновлено", "updated",
                  "(ed", "(editor", "[editor", "[correct", "(correct", "[clarif", "(clarif", "(this story",
                  "(the story", "(refile")
_ANCHOR, _HEADING, _ANYWHERE = 1, 2, 4


def _reduce(literals: set[str]) -> set[str]:
    """Drop a literal that contains a shorter one: the shorter already finds every sentence it would."""
    out: set[str] = set()
    for lit in sorted(literals, key=len):
        if not any(lit[i:j] in out for i in range(len(lit)) for j in range(i + 1, len(lit) + 1)):
            out.add(lit)
    return out


def anchor_literals() -> set[str]:
    """The written forms of every rule's anchor lemmas, reduced."""
    found: set[str] = set()
    for rule in RULES:
        for anchor in rule.anchors:
            found |= forms_of(anchor)
    return _reduce({f for f in found if f})


@functools.cache
def _automaton() -> ahocorasick.Automaton:
    flags: dict[str, int] = {}
    for lit in anchor_literals():
        flags[lit] = flags.get(lit, 0) | _ANCHOR
    for lit in HEADING_WORDS:
        flags[lit] = flags.get(lit, 0) | _HEADING
    for lit in ANYWHERE_WORDS:
        flags[lit] = flags.get(lit, 0) | _ANYWHERE
    automaton = ahocorasick.Automaton()
    for lit, flag in flags.items():
        automaton.add_word(lit, (len(lit), flag))
    automaton.make_automaton()
    return automaton


@functools.cache
def _marks() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for flag, words in ((_HEADING, HEADING_WORDS), (_ANYWHERE, ANYWHERE_WORDS)):
        for lit in words:
            automaton.add_word(lit, (len(lit), flag))
    automaton.make_automaton()
    return automaton


def marked(sentence: str) -> bool:
    """Whether a heading, a wire tag or an advisory may be in the sentence (`scan`'s second answer)."""
    reach = -1
    for end, (size, flag) in _marks().iter(fold(sentence)):
        if flag & _ANYWHERE:
            return True
        if reach < 0:
            reach = DATELINE_REACH if _DATELINE.match(sentence) else HEADING_REACH
        if end - size + 1 <= reach:
            return True
    return False


def scan(sentence: str) -> tuple[bool, bool]:
    """(whether any rule or heading may match the sentence, whether a heading or a tag may)."""
    reach = -1  # how far into the line a heading word counts: read at the first heading word, if any
    candidate = False
    for end, (size, flag) in _automaton().iter(fold(sentence)):
        if flag & _ANYWHERE:
            return True, True
        if flag & _HEADING:
            if reach < 0:
                reach = DATELINE_REACH if _DATELINE.match(sentence) else HEADING_REACH
            if end - size + 1 <= reach:
                return True, True
        candidate = candidate or bool(flag & _ANCHOR)
    return candidate, False


def candidate(sentence: str) -> bool:
    """Whether any rule or heading may match the sentence."""
    return scan(sentence)[0]
