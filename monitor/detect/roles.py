"""Roles (pure): the common nouns that say what a person is before their name ("Retired NFL star Lars Orvik",
"former Blue Kite member Ola Rand", "Actress Mira Dane"), so the doer is the name after them, not the words before."""

from __future__ import annotations

import re

# A role written in lower case between a description and a name: the name after it is the person's.
ROLE_NOUNS = frozenset({
    "star", "member", "actress", "actor", "singer", "rapper", "musician", "guitarist", "drummer", "bassist",
    "vocalist", "frontman", "frontwoman", "songwriter", "singer-songwriter", "activist", "host", "anchor", "presenter",
    "comedian", "heiress", "heir", "veteran", "nurse", "teacher", "doctor", "author", "writer", "novelist",
    "producer", "designer", "athlete", "striker", "midfielder", "quarterback", "pitcher", "boxer", "golfer",
    "chef", "blogger", "journalist", "economist", "analyst", "scientist", "researcher", "professor", "businessman",
    "businesswoman", "billionaire", "tycoon", "mogul", "magnate", "entrepreneur", "investor", "politician",
    "lawmaker", "congressman", "congresswoman", "candidate", "co-founder", "cofounder", "creator", "co-creator",
    "celebrity", "aide", "adviser", "advisor", "strategist", "pastor", "priest", "bishop", "rabbi", "imam",
    "cleric", "filmmaker", "photographer", "artist", "whistleblower", "hacker", "widow", "wife", "husband",
    "son", "daughter", "mother", "father", "brother", "sister", "student", "footballer", "cricketer", "spokesman"})
# Roles that, capitalised at a sentence's start, are never the first word of a name ("Actress Mira Dane apologized"),
# unlike "Star" or "Host" that open newspapers' and companies' names.
OPENING_ROLES = frozenset({
    "actress", "actor", "singer", "rapper", "musician", "guitarist", "drummer", "bassist", "vocalist", "comedian",
    "activist", "nurse", "heiress", "novelist", "filmmaker", "businessman", "businesswoman", "billionaire",
    "lawmaker", "congressman", "congresswoman", "co-founder", "cofounder", "co-creator", "entrepreneur", "presenter",
    "footballer", "cricketer", "songwriter", "singer-songwriter", "frontman", "frontwoman", "whistleblower"})


# An age between the article and a place: "a 19-year-old Tacoma man" is read as "a Tacoma man".
_AGE_BEFORE_PLACE = re.compile(r"^((?:[Aa]n?|[Tt]he)\s+)\d{1,3}-year-old\s+(?=[A-Z])")


def without_role(phrase: str) -> str:
    """The phrase without a capitalised role that opens it before a name ("Actress Mira Dane" -> "Mira Dane"); a role
    alone or before a clause ("Nurse who caught the virus") is kept, as it is the only doer named. An age before a
    place goes too ("a 19-year-old Tacoma man" -> "a Tacoma man"), so the place is not read as the doer."""
    phrase = _AGE_BEFORE_PLACE.sub(r"\1", phrase)
    words = phrase.split(maxsplit=1)
    if len(words) == 2 and words[0].casefold() in OPENING_ROLES and words[1][:1].isupper():
        return words[1]
    return phrase
