"""What a prosecutor's office does day to day (pure): "the unit investigates and prosecutes organised retail
theft", "works with police to enforce and prosecute gun crimes", "a grant to continue prosecuting drink-driving
cases", "she prosecutes hate crimes and general felonies". The verb's object is a kind of crime, case or offender,
so no one is charged (no legal action); "is prosecuting the case", "prosecuted Tam Reed" name one.
`news_senses.not_in_the_news` asks its `SENSES`.
"""

from __future__ import annotations

from monitor.detect.lemmas import Lemmas, Senses

# A kind of crime or of those who commit it, as an office's daily work: no one case.
_KINDS = {"crime", "crimes", "offence", "offences", "offense", "offenses", "offenders", "criminals", "cases",
          "felonies", "misdemeanors", "misdemeanours", "murders", "homicides", "theft", "thefts", "fraud", "frauds",
          "violence", "violations", "perpetrators", "wrongdoers", "abusers", "traffickers", "dealers", "gangs",
          "corruption", "shoplifters", "polluters", "scammers"}
# What makes the object one case or one party: an article, a pronoun, a possessive.
_ONE = {"the", "this", "that", "a", "an", "his", "her", "him", "them", "its", "their", "it", "those", "anyone",
        "everyone"}


def _a_kind_of_crime(lem: Lemmas, first: int, last: int) -> bool:
    """ "prosecutes organised retail theft", "prosecuting numerous murders": an office's work, not a case."""
    toks = lem.tokens
    for i in range(first, last + 1):
        if toks[i].lemma != "prosecute" or toks[i].low == "prosecuted":
            continue
        for tok in toks[i + 1:i + 5]:
            if tok.low in _KINDS:
                return True
            if tok.low in _ONE or not tok.text[:1].isalnum() or tok.text[:1].isupper():
                return False
    return False


SENSES: Senses = {"legal_action": (_a_kind_of_crime,)}
