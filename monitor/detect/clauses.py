"""Clauses (pure): whose clause an act is in, when a clause opened by a pronoun comes before the act.

"The board said it would appeal, and he later apologized": the pronoun's clause runs to the act, and the doer is
the sentence's first subject. But "When the agency told Civic Audit that it had no records, Civic Audit filed a
suit": the pronoun's clause ends at the comma, and the name between that comma and the act is the main clause's
own subject, the doer (not the agency that opened the subordinate clause).
"""

from __future__ import annotations

import re

# A name (or "the" and a name) alone between the last comma and the act: the main clause's subject.
_NAME_AFTER_COMMA = re.compile(r",\s*((?:the\s+)?[A-Z][\w.&'-]*(?:\s+(?:[A-Z][\w.&'-]*|of|for|and))*?)\s*$")
# The first subject of a sentence: the words before its first verb of having, being or saying, or its first comma.
_FIRST_SUBJECT_END = re.compile(r"\s+(?:has|have|had|was|were|is|are|said|says|told|tells)\b|,")


def pronoun_clause_doer(before: str, cut: str) -> str:
    """The subject phrase of an act whose last clause (`cut`, within `before`) opens with a pronoun: the name the
    main clause starts with after that clause's comma, else the sentence's first subject."""
    named = _NAME_AFTER_COMMA.search(cut)
    if named and not re.search(r"\b(?:and|or)\s*$", named.group(1)):
        return named.group(1)
    return _FIRST_SUBJECT_END.split(before)[0]
