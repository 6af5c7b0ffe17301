"""Literals a regular expression cannot match without (pure): a prefilter that never changes a result.

`required(pattern)` reads the pattern's own syntax tree (the parser `re` compiles it with) and returns strings,
casefolded, of which every text the pattern matches must contain one, or None when no such set can be read
(the pattern then always runs). It is sound by construction: a literal run, a bracket of literal characters,
an optional part, an alternation are expanded exactly; a group or a repeat (at least once) requires what its
body requires; for a sequence the most selective of its required pieces is kept; anything else (character classes, `.`,
optional repeats, lookarounds) requires nothing. `re._parser` is CPython's internal parser: if a new Python
changed its tree, tests/test_triggers.py (soundness on real sentences, detect with and without) would fail.
`Prefilter` runs one Aho-Corasick pass over a casefolded text to tell which patterns may match it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from re import _constants as sre_c  # type: ignore[attr-defined]
from re import _parser as sre_p  # type: ignore[attr-defined]
from typing import Any

import ahocorasick

_CAP = 64  # most strings one piece of a pattern may expand to
_REPEATS = (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT)
# re's IGNORECASE matches "i" with "İ" (U+0130, whose casefold is "i" + U+0307) and with dotless "ı" (U+0131,
# whose upper case is "I"); casefold() alone keeps them apart. tests/test_triggers.py checks every character.
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i"})


def fold(text: str) -> str:
    """The text as the prefilter compares it: every character re's IGNORECASE equates folds to the same one."""
    return text.casefold() if text.isascii() else text.translate(_FOLD).casefold()


def _product(left: set[str] | None, right: set[str] | None) -> set[str] | None:
    if left is None or right is None or len(left) * len(right) > _CAP:
        return None
    return {a + b for a in left for b in right}


def _exact(items: Any) -> set[str] | None:
    """Every string `items` (a parsed sequence) can match, when they are few; else None."""
    out: set[str] | None = {""}
    for op, av in items:
        out = _product(out, _exact_item(op, av))
    return out


def _exact_item(op: Any, av: Any) -> set[str] | None:
    if op is sre_c.LITERAL:
        return {chr(av)}
    if op is sre_c.AT:  # \b, ^, $: zero width
        return {""}
    if op is sre_c.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is sre_c.LITERAL:
                chars.add(chr(value))
            elif kind is sre_c.RANGE and value[1] - value[0] < 16:
                chars.update(chr(c) for c in range(value[0], value[1] + 1))
            else:
                return None
        return chars
    if op is sre_c.SUBPATTERN:
        return _exact(av[-1])
    if op is sre_c.BRANCH:
        options = [_exact(branch) for branch in av[1]]
        return None if any(o is None for o in options) else set().union(*options)  # type: ignore[arg-type]
    if op in _REPEATS:
        low, high, body = av
        one = _exact(body)
        if one is not None and low == 0 and high == 1:
            return one | {""}
        if low == high and low <= 3:
            out: set[str] | None = {""}
            for _ in range(low):
                out = _product(out, one)
            return out
    return None


def _need(items: Any) -> set[str] | None:
    """Strings one of which every match of `items` contains, the most selective found; None if none."""
    pieces: list[set[str] | None] = []
    run: set[str] = {""}
    for op, av in items:
        one = _exact_item(op, av)
        joined = _product(run, one)
        if joined is not None:
            run = joined
            continue
        pieces.append(run)
        run = one if one is not None else {""}
        if one is None:
            pieces.append(_need_item(op, av))
    pieces.append(run)
    usable = [p for p in pieces if p and "" not in p]
    return max(usable, key=lambda p: (min(map(len, p)), -len(p))) if usable else None


def _need_item(op: Any, av: Any) -> set[str] | None:
    if op is sre_c.SUBPATTERN:
        return _need(av[-1])
    if op is sre_c.ATOMIC_GROUP:
        return _need(av)
    if op is sre_c.BRANCH:
        options = [_need(branch) for branch in av[1]]
        return None if any(o is None for o in options) else set().union(*options)  # type: ignore[arg-type]
    if op in _REPEATS and av[0] >= 1:
        return _need(av[2])
    return None


def required(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Casefolded strings one of which is in every text `pattern` matches, or None if none can be read."""
    need = _need(sre_p.parse(pattern.pattern, pattern.flags))
    if need is None:
        return None
    words = {fold(s) for s in need}  # "retraction" makes "a retraction" redundant
    return frozenset(w for w in words if not any(v != w and v in w for v in words))


class Prefilter:
    """Which of `patterns` can match a text: one casefolded Aho-Corasick pass instead of every search."""

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        self.always: frozenset[int] = frozenset()
        words: dict[str, set[int]] = {}
        for i, pattern in enumerate(patterns):
            need = required(pattern)
            if need is None:
                self.always |= {i}
            for word in need or ():
                words.setdefault(word, set()).add(i)
        self.words = {word: frozenset(ids) for word, ids in words.items()}
        self.automaton = ahocorasick.Automaton()
        for word, ids in self.words.items():
            self.automaton.add_word(word, ids)
        if words:
            self.automaton.make_automaton()

    def candidates(self, text: str) -> set[int]:
        """Indices of the patterns that may match `text` (a superset of those that do)."""
        found = set(self.always)
        if self.words:
            for _, ids in self.automaton.iter(fold(text)):
                found |= ids
        return found
