"""Someone a subject names by a relation to a name (pure): "the chancellor's closest ally", "a close associate of the
former Acme boss", "the former star of a TV drama", "the owner of the Gazette", "its members" are not the name they
relate to; "two Acme shareholders", "Acme's shareholders" are that name's group, not the name; "Acme ally" is no one
named.
"""

from __future__ import annotations

import re

# A person known by a tie to someone or something named, not by speaking for it.
_TIE_WORDS = ("ally", "allies", "associate", "associates", "friend", "friends", "relative", "relatives", "wife",
              "husband", "son", "daughter", "mother", "father", "brother", "sister", "girlfriend", "boyfriend",
              "ex-wife", "ex-husband", "ex-girlfriend", "ex-boyfriend", "colleague", "colleagues", "rival", "rivals",
              "opponent", "opponents", "critic", "critics", "neighbour", "neighbours", "neighbor", "neighbors", "star",
              "artist", "businessman", "businessmen", "mogul", "owner", "owners", "proprietor", "proprietors")
_TIES = "|".join(_TIE_WORDS) + r"|former \w+"
# A group known by the name it holds a stake in, follows or belongs to: the name's group.
_GROUP_WORDS = ("shareholders", "investors", "fans", "supporters", "members", "customers", "employees", "workers",
                "victims")
_GROUPS = "|".join(_GROUP_WORDS)
_TAIL = r"(?:\s+(?:is|are|was|were|has|have|had|also|still|now|later|since|then))*$"
# "Brown's closest ally", "Acme's shareholders", "but its members": the possessor, then the tie or the group, as the
# phrase's last subject (not an object: "Acme has defended its employees").
_OWNED = re.compile(rf"(?:^|[,;]\s+|\b(?:[Bb]ut|while|though|although)\s+)(?:(?:[Oo]ne|[Ss]ome|[Mm]any) of\s+)?"
                    rf"(?:(?P<name>(?:[A-Z][\w&.-]*\s+){{0,3}}[A-Z][\w&.-]*)['’]s?|(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er))\s+"
                    rf"(?:[a-z][\w-]*\s+){{0,2}}?(?:(?P<group>{_GROUPS})|{_TIES}){_TAIL}")
# "A close associate of the former Acme boss", "The 71-year-old former star of a TV drama", "An artist critical of".
_OF = re.compile(rf"^(?:(?:an?|the|one|two|three|four|five|some|several|\d+)\s+)?(?:[a-z\d][\w-]*\s+){{0,3}}?"
                 rf"(?:{_TIES}|{_GROUPS})\s+(?:of|critical of|close to)\s", re.IGNORECASE)
# "two Acme shareholders", "Acme ally": a name, then its group or a tie to it, as the phrase's last subject.
_NAMED_GROUP = re.compile(rf"(?:^|[,;]\s+|\b(?:[Bb]ut|after|when|because|before|while|since)\s+)"
                          rf"(?:(?:an?|the|one|two|three|four|five|some|several|\d+)\s+)?"
                          rf"(?P<name>(?:(?!(?:The|A|An|But|And|So|Yet|Or)\s)[A-Z][\w&.-]*\s+){{1,5}})(?:(?P<group>{_GROUPS})"
                          rf"|{_TIES}){_TAIL}")


# The words a relation ends or opens with, for a quick look before the patterns above are tried.
_RELATION_WORDS = frozenset(_TIE_WORDS + _GROUP_WORDS)
_AUX = frozenset(("is", "are", "was", "were", "has", "have", "had", "also", "still", "now", "later", "since", "then"))


def _worth_reading(words: list[str]) -> bool:
    """Whether a relation's word ends the phrase (before auxiliaries) or is among its first five words."""
    words = [w.strip(",;:.\"'’") for w in words]
    last = next((w for w in reversed(words) if w not in _AUX), "")
    return last in _RELATION_WORDS or "former" in words or any(w in _RELATION_WORDS for w in words[:5])


def related(phrase: str) -> str | None:
    """The doer a subject phrase names by a relation: "" for someone tied to a name but not named ("the chancellor's
    closest ally"), the name and its group ("Acme shareholders"); None where the phrase names no one so."""
    words = phrase.casefold().split()
    if len(words) < 2 or not _worth_reading(words):
        return None
    owned = _OWNED.search(phrase)
    if owned:
        return f"{owned.group('name')} {owned.group('group')}" if owned.group("name") and owned.group("group") else ""
    if _OF.match(phrase):
        return ""
    group = _NAMED_GROUP.search(phrase)
    if group:
        return f"{group.group('name').strip()} {group.group('group')}" if group.group("group") else ""
    return None
