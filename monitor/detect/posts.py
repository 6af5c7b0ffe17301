"""Who a post names (pure): a person named after the description of their post ("The head of Corvex's Peru unit,
Anton Vell, apologized" is Anton Vell's act, not the unit's, the company's or the place's), and a public office
named by the place it serves ("the attorney general of Kansas", "the Kansas attorney general" are the office, not the
state)."""

from __future__ import annotations

import re
from collections.abc import Callable

from monitor.detect.names import TITLE_WORDS

# A description with a post in it, then a person's name set off by commas, ending the subject.
_POST_THEN_NAME = re.compile(r"^\s*(?P<post>(?:[\w.&'’-]+\s+){0,7}[\w.&'’-]+?)\s*,\s*"
                             r"(?P<who>[A-Z][\w'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w'’-]+){1,2})\s*,?\s*$")
# A public office, then "of" and the place it serves.
_OFFICE = (r"(?:(?:deputy|acting|former|state)\s+)?(?:(?:attorney|solicitor|inspector|auditor|surgeon)[- ]general"
           r"|governor|mayor|treasurer|comptroller|secretary of state|district attorney|sheriff)")
# A member named by the place or the brief they serve ("Ohio senator", "Louisiana Rep.", "the Olympics minister"):
# the member, not the state or the games.
_MEMBER = (r"(?:congress(?:wo)?man|senator|sen\.|rep\.|representative|lawmaker|legislator|minister|mp|premier"
           r"|council(?:lor|man|woman)|assembly(?:wo)?man)")
_PLACE = r"(?-i:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})"
# A public office and the place it serves, before it ("the Kansas attorney general") or after "of".
_OFFICE_OF = re.compile(rf"^\s*(?:(?:but|and|yet|so),?\s+)?(?:the\s+)?"
                        rf"(?:(?P<office>{_OFFICE})\s+of\s+(?:the\s+)?(?P<place>{_PLACE})"
                        rf"|(?P<placed>{_PLACE}\s+{_OFFICE}"
                        rf"|(?!(?:the|a|an|this|that|his|her|its|their|our)\s){_PLACE}\s+{_MEMBER}))\s*,?\s*$",
                        re.IGNORECASE)


# A minister named by the brief in capitals after "for" or "of" ("Minister for Information"), perhaps with a name
# after it ("Minister for Science and Technology Orla Benn"): the name, else the post, never a word of the brief.
_PORTFOLIO = re.compile(r"^\s*(?:[Tt]he\s+)?(?P<post>(?:[A-Z][a-z]+\s+){0,2}?(?:Minister|Secretary|Commissioner)"
                        r"\s+(?:of|for)\s+(?:the\s+)?[A-Z][a-z]+(?:\s+(?:and|&)\s+[A-Z][a-z]+|\s+[A-Z][a-z]+)?)"
                        r"(?:\s+(?P<who>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}))?\s*,?\s*$")


def described_person(piece: str) -> str:
    """The person a subject names after a description of their post, or ""."""
    found = _POST_THEN_NAME.match(piece)
    if not found:
        return ""
    post = {w.strip(",'’s").casefold() for w in found.group("post").split()}
    return found.group("who") if post & TITLE_WORDS else ""


def office_of(piece: str) -> str:
    """The office a subject names by the place it serves ("the attorney general of Kansas", "the Ohio senator"), or
    ""."""
    found = _OFFICE_OF.match(piece)
    if not found:
        return ""
    return found.group("placed") or f"{found.group('office')} of {found.group('place')}"


def brief_holder(before: str, cleaned: Callable[[str], str]) -> str:
    """Who the subject that ends `before` names by a minister's brief: the name after it, else the post ("Minister
    for Information"), or "". `cleaned` takes the leading and trailing words off that last phrase."""
    if "Minister" not in before and "Secretary" not in before and "Commissioner" not in before:
        return ""  # (most subjects: nothing to split)
    brief = _PORTFOLIO.match(cleaned(re.split(r"[;:(]|\s[-–—]\s", before)[-1]))
    return (brief.group("who") or brief.group("post")) if brief else ""
