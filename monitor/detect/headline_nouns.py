"""A sentence-case headline's first words (pure): "Oasis star fined", "Tory candidate quits" open with a common noun
their first word qualifies, not with a name and its verb; "Labour deny claims" and "Dell committee says" do open with
the name that acts (a plural verb; someone inside the organisation speaking for it).
"""

from __future__ import annotations

import re

from monitor.detect.names import DOER_NOUNS, ORG_NOUNS, ROLE_NOUNS, TITLE_VERBS, TITLE_WORDS

# Someone inside the organisation a headline opens with, who speaks or acts for it: "Dell committee says" is Dell's.
_INSIDE = {"manager", "director", "committee", "board", "executive", "executives", "chief", "boss", "policymaker",
           "official", "officials", "spokesman", "spokeswoman", "spokesperson", "chairman", "head", "leader", "unit",
           "arm", "lawyer", "lawyers"}


def qualified_noun(first: str, two: list[str], not_nouns: set[str]) -> str | None:
    """The doer a headline names when the lower-case word after its capitalised `first` word is the noun `first`
    qualifies, the next word being the verb: "Oasis star" ("Oasis star fined"), "" ("Acme user sues": no doer's
    noun); None where that word is the headline's own verb or one of `not_nouns`."""
    noun, verb = ([w.strip("\"“”«»'’:,") for w in two] + ["", ""])[:2]
    low = noun.casefold()
    if not noun[:1].islower() or not verb[:1].islower() or low in not_nouns | _INSIDE or re.search(
            r"(?:[^s]s|ed|(?<!^al)ly|ing)$", low) or {low + "s", low + "es", low[:-1] + "ies"} & TITLE_VERBS:
        return None  # "Labour deny claims", "Acme hits back": the subject's own verb (a plural one is a verb's form)
    if verb not in TITLE_VERBS and not re.search(r"(?:[^s]s|ed)$", verb):
        return None
    return f"{first} {low}" if low in TITLE_WORDS | ROLE_NOUNS | DOER_NOUNS | ORG_NOUNS else ""


def modifies_only(word: str, following: list[str], verbs: set[str]) -> bool:
    """Whether a headline's name only modifies the noun `word` after it, the verb coming later: "Budget row grows",
    "Iraq advice claim sparks new row", "Acme bid 'blocked' by court" (not "Harbour United release statement")."""
    if word in verbs | _INSIDE or word.endswith(("s", "ed")) or {word + "s", word + "es", word[:-1] + "ies"} & verbs:
        return False  # "BOJ policymaker warns", "Dell committee says", "Valmont deny claims": its agent, or its verb
    return any(re.match(r"[a-z][a-z-]*(?:s|ed)$", w.strip("'’‘\"“”:,")) for w in following)
