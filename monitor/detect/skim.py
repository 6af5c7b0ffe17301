"""Whether any rule matches a sentence (pure), asked before the sentence is read as tokens.

A sentence whose lemmas fill every slot of some rule still matches no rule's pattern more often than not where
a feed repeats a story's words (a topic line, "court", "report", "fine" in a list): `frames.read` would make its
tokens, then find nothing. Its lemma string alone (`lemmas.lemma_string`) and the patterns of the rules its words
allow say so first; a sentence with a match is read as before.
"""

from __future__ import annotations

import re

from monitor.detect.frames import rules_for
from monitor.detect.lemmas import lemma_string
from monitor.detect.lexicon import RULES


def matching(sentence: str) -> dict[int, re.Match[str]] | None:
    """The rules (by index, in order) whose patterns match the sentence's lemma string, each with its first match;
    None where that cannot be told without reading the sentence as tokens."""
    string = lemma_string(sentence)
    if string is None:
        return None
    return {i: m for i in rules_for(set(string.split())) if (m := RULES[i].pattern.search(string))}
