"""Case-insensitive patterns, fast on ASCII text (pure).

re.IGNORECASE makes the engine fold every character it compares and turns off its literal fast paths, so a
pattern of many alternatives runs about twice as slowly. An ASCII text lowered keeps its length, its word
boundaries and its character classes, so a case-sensitive copy of a pattern written in lower case finds the same
matches in it, at the same offsets. Any other text (Russian) keeps the case-insensitive pattern: Unicode case
folding has equivalences that lowering does not make (ᲀ and в, ſ and s).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator


def _lower_case_only(pattern: str) -> bool:
    """Whether the pattern's own letters are all lower case (escapes such as \\W, \\S and \\b aside)."""
    return not any(c.isupper() for c in re.sub(r"\\.", "", pattern))


class Caseless:
    """A pattern matched without regard to case. Its matches on ASCII text are the lowered text's: use their
    offsets, or fold what a group captured; never show a group's text as written."""

    def __init__(self, pattern: str, flags: int = 0, needs: tuple[str, ...] = ()):
        """`needs`, if given: lower-case ASCII words one of which every match holds (`search` then skips an
        ASCII text without any: a pattern of many alternatives costs far more than a few `in` tests)."""
        if not _lower_case_only(pattern):
            raise ValueError(f"a caseless pattern is written in lower case: {pattern[:60]!r}")
        self.lower = re.compile(pattern, flags)
        self.anycase = re.compile(pattern, flags | re.IGNORECASE)
        self.pattern = pattern
        self.needs = needs

    def _pick(self, text: str) -> tuple[re.Pattern[str], str]:
        return (self.lower, text.lower()) if text.isascii() else (self.anycase, text)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        pattern, text = self._pick(text)
        if self.needs and pattern is self.lower and not any(word in text for word in self.needs):
            return None
        return pattern.search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        pattern, text = self._pick(text)
        return pattern.match(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        pattern, text = self._pick(text)
        return pattern.finditer(text, pos, endpos)

    def remove(self, text: str, count: int = 0) -> str:
        """`text` without the matches (the first `count` of them, if given): re.sub with "", on the text as
        written."""
        pattern, folded = self._pick(text)
        if pattern is self.anycase:
            return pattern.sub("", text, count)
        out: list[str] = []
        at = 0
        for n, m in enumerate(pattern.finditer(folded), 1):
            out.append(text[at:m.start()])
            at = m.end()
            if n == count:
                break
        out.append(text[at:])
        return "".join(out)
