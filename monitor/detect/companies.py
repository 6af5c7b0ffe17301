"""How a business wire writes a company's name (pure): the words that belong to it though a rule for other names
would end it or skip it.

A company's legal suffix follows its possessive ("Tilley's Inc", "McGill's Corp"); a name may open with a digit
("4K Co."); "General" before one capitalised word names a company ("General Dynamo denied") where before a full name
it is a rank ("General Harlan Fisk"); and a trade that opens a sentence before the company's name describes it
("Insurer Bayfield Financial Inc", "Carmaker Vostra AG"), unless all that follows is a suffix ("Carrier Corp").
"""

from __future__ import annotations

import re

SUFFIXES = frozenset({"inc", "corp", "co", "ltd", "plc", "llc", "lp", "sa", "ag", "nv", "se", "ab", "asa", "spa",
                      "bhd", "pte", "gmbh", "oyj", "kk"})
# A name that opens with a digit: "4K Co.", "7Seas Ltd" (not "12", "1990s").
DIGIT_NAME = re.compile(r"\d+[A-Z][\w&-]*")
# A company's trade, capitalised by its place at the start of a sentence.
_TRADES = frozenset({"insurer", "reinsurer", "lender", "retailer", "carrier", "regulator", "publisher", "broadcaster",
                     "carmaker", "automaker", "drugmaker", "chipmaker", "steelmaker", "planemaker", "miner",
                     "manufacturer", "developer", "operator", "broker", "brokerage", "airline", "refiner",
                     "conglomerate", "producer", "supplier", "distributor", "investor", "utility", "grocer"})
# An institution whose name has "and" in it: "the Securities and Exchange Commission", "the Department of Health and
# Human Services", "Food and Drug Administration" (one doer, not "Exchange Commission" after a clause's "and").
_INSTITUTION = (r"(?:[A-Z][\w.&'-]*\s+){1,2}(?:Commission|Administration|Agency|Authority|Bureau|Board|Department"
                r"|Office|Services?|Foundation|Council|Committee)\b")
NAME_AND = rf"and(?!\s+{_INSTITUTION})"  # an "and" that may open a clause or a list
_IN_NAME = re.compile(_INSTITUTION)


def and_in_name(words: list[str], j: int) -> bool:
    """Whether words[j] is an "and" inside an institution's name, before the rest of that name."""
    return words[j] == "and" and _IN_NAME.match(" ".join(words[j + 1:j + 4]) + " ") is not None


def _word(word: str) -> str:
    return word.strip("«»\"“”'(),:;.").casefold()


def is_suffix(word: str) -> bool:
    """A company's legal form after its name: "Inc", "Co.", "Plc"."""
    return _word(word) in SUFFIXES


def names_company(words: list[str], i: int) -> bool:
    """"General" at `i` opens a company's name: one capitalised word follows it, not a person's full name."""
    nxt = words[i + 1:i + 3]
    return _word(words[i]) == "general" and bool(nxt) and nxt[0][:1].isupper() and not words[i].endswith(",") and (
        len(nxt) == 1 or not nxt[1][:1].isupper() or is_suffix(nxt[1]))


def describes(words: list[str], i: int) -> bool:
    """The word at `i` opens the phrase with the trade of the company named after it ("Insurer Bayfield ...")."""
    rest = words[i + 1:i + 4]
    return i == 0 and _word(words[i]) in _TRADES and bool(rest) and rest[0][:1].isupper() and not is_suffix(rest[0])


# What an organisation named for its cause is: "Center for Countering Digital Hate", "Department for Transport".
_FOR_NAMES = frozenset({"center", "centre", "institute", "campaign", "foundation", "commission", "council",
                        "committee", "office", "society", "alliance", "coalition", "fund", "league", "movement",
                        "trust", "association", "department", "agency", "bureau", "party", "organisation",
                        "organization"})


def joins_for(words: list[str], j: int) -> bool:
    """"for" at `j` goes on with the name of the organisation before it: "Institute for the Study of War"."""
    nxt = words[j + 1:j + 3]
    return 0 < j and _word(words[j]) == "for" and _word(words[j - 1]) in _FOR_NAMES and bool(nxt) and (
        nxt[0][:1].isupper() or _word(nxt[0]) == "the" and len(nxt) > 1 and nxt[1][:1].isupper())
