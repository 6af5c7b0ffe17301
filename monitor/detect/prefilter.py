"""Which sentences may state a follow-up (pure): one Aho-Corasick pass over each sentence for the written forms
of every rule's anchor words and of the heading words.

A rule matches only a sentence holding one of its anchor lemmas (`lexicon`), and a lemma comes only from the
written forms the lemma table gives it (`lemmas`): those forms, found as substrings of the folded sentence, are
a superset test, so skipping a sentence without any never changes a result (tests/detect/test_prefilter.py
compares detection with and without it). Heading and advisory words ("Adds", "Fixes", "Note") count only near a
line's start, where headings are read.
"""

from __future__ import annotations

import functools

import ahocorasick

from monitor.detect.lemmas import fold, forms_of
from monitor.detect.lexicon import RULES

# What a heading, a wire tag or an advisory needs (headings.py), all within a line's first characters.
HEADING_WORDS = (
    "note", "примечан", "редакц", "прим", "correct", "исправ", "поправк", "clarif", "уточн", "retract", "опроверж",
    "updat", "обновл", "дополн", "withdr", "kill", "eliminat", "fix", "amend", "remov", "delet", "insert", "add",
    "recast", "rewrit", "writethru", "writes through", "tops", "chang", "refil", "добав",
)
HEADING_REACH = 12  # characters before a heading word at the line's start: "*** (Corrects", "[UPDATE"
# Marks read anywhere in a line: a bracketed "(Upd.)" closing a headline, "STORY WITHDRAWN".
ANYWHERE_WORDS = ("(upd", "[upd", "story withdrawn", "прим. ред", "прим.ред", "(дополнено", "(обновлено", "updated")


def _reduce(literals: set[str]) -> set[str]:
    """Drop a literal that contains a shorter one: the shorter already finds every sentence it would."""
    out: set[str] = set()
    for lit in sorted(literals, key=len):
        if not any(short in lit for short in out):
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
    automaton = ahocorasick.Automaton()
    anchors = anchor_literals()
    for lit in anchors:
        automaton.add_word(lit, (len(lit), False))
    for lit in HEADING_WORDS:
        if lit not in anchors:
            automaton.add_word(lit, (len(lit), True))
    for lit in ANYWHERE_WORDS:
        automaton.add_word(lit, (len(lit), False))
    automaton.make_automaton()
    return automaton


def candidate(sentence: str) -> bool:
    """Whether any rule or heading may match the sentence."""
    for end, (size, heading_only) in _automaton().iter(fold(sentence)):
        if not heading_only or end - size + 1 <= HEADING_REACH:
            return True
    return False
