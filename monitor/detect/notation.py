"""The rule notation of the follow-up lexicon (pure): a short pattern over a sentence's lemma string.

Words separated by spaces; `a|b` alternatives; `x*` a prefix; `x?` an optional word; `a_b` two words in a row
(inside alternatives); `{NAME}` one of the lexicon's word sets; `!{NAME}` one word not in the set; `^` the
sentence's start (after punctuation); and gaps: `~N` up to N other words, `~~N` the same across punctuation
(`~N` stops at it), `~lN` up to N words and, across one comma, a list's next item ("issued a retraction, a
correction and an apology"), `~vN` up to N adverbs or auxiliaries (no article or preposition: "has since been
corrected", not "is a procedure for correcting"). A rule also records its anchors (the most selective required
slot, which the prefilter and the rule index look for) and whether it opens with its subject.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    kind: str
    voice: str  # note | act | refusal | accepted
    strength: float
    source: str  # the lemma-string regular expression (`pattern` compiles it when the rule is first tried)
    media: bool = False  # the subject must be a publisher or first person
    request: bool = False  # worded as a request by nature: demand words do not cancel it
    name: str = ""
    anchors: frozenset[str] = frozenset()  # lemmas one of which a sentence needs for the rule to match
    subject_first: bool = False  # the match opens with its subject ("The SEC charged", "the story was corrected")
    quoted: bool = False  # counts only inside quotation marks
    slots: tuple[frozenset[str], ...] = ()  # every required slot's lemmas (the anchors are one of them)

    @functools.cached_property
    def pattern(self) -> re.Pattern[str]:
        """The compiled rule: compiled on first use, since a run tries only the rules its sentences' words
        allow (compiling all of them at import would cost most of the detector's start-up)."""
        return re.compile(self.source)


_COMMON = {"be", "have", "the", "a", "an", "to", "of", "by", "this", "that", "it", "in", "on", "for", "with", "as",
           "not", "do", "we", "i", "our", "its", "their", "his", "her", "from", "and", "or", ",", "в", "на", "с", "и",
           "быть", "не", "at", "against", "about", "they", "them", "such", "no", "us", "say", "tell", "по", "о",
           "об", "к", "за", "от", "до", "из", "у", "что", "как", "это"}


def _required(notation: str, sets: dict[str, str]) -> list[list[str]]:
    """A rule's required word slots, each as the lemmas that fill it (a two-word alternative by its first word):
    every sentence the rule matches holds a token of each. Optional words, gaps, negated sets and prefixes
    (`x*`) are left out."""
    out: list[list[str]] = []
    for word in notation.split():
        if word == "^" or word.startswith(("~", "!{")) or (word.endswith("?") and len(word) > 1):
            continue
        alts = [w.split("_")[0] for part in word.split("|")
                for w in (sets[part[1:-1]].split("|") if part.startswith("{") else [part])]
        if not any(a.endswith("*") for a in alts):
            out.append(alts)
    return out


def _anchors(notation: str, sets: dict[str, str]) -> frozenset[str]:
    """The most selective required slot of a rule, as lemmas: one of them is in every sentence the rule
    matches, so a sentence without any is not tried, and the prefilter looks for their written forms."""
    best: list[str] | None = None
    cost = 0.0
    for alts in _required(notation, sets):
        here = len(set(alts)) + 1000 * sum(a in _COMMON for a in alts) + 2000 * sum(not a[:1].isalnum() for a in alts)
        if best is None or here < cost:
            best, cost = alts, here
    if not best:
        raise ValueError(f"rule {notation!r} has no required literal slot")
    return frozenset(best)


# A noun of the STORY set read as a verb ("the network issued a formal apology", "posts the figures") is
# followed by an article: such a word does not fill the slot.
_NOUN_ONLY = "(?! (?:a|an|the|its|their|his|her|our) )"


def _slot(word: str, sets: dict[str, str]) -> str:
    optional = word.endswith("?") and len(word) > 1
    word = word[:-1] if optional else word
    words = [w for part in word.split("|") for w in (sets[part[1:-1]].split("|") if part.startswith("{") else [part])]
    alts = "|".join(re.escape(a[:-1]) + r"\S*" if a.endswith("*") else re.escape(a).replace("_", " ")
                    for a in dict.fromkeys(words))
    noun = _NOUN_ONLY if "{STORY}" in word else ""
    return f"(?:(?:{alts}){noun} )?" if optional else f"(?:{alts}){noun} "


_NOT_VERBAL = ("(?:a|an|the|this|that|these|those|its|their|his|her|our|my|your|for|of|to|in|on|at|with|by|from"
               "|as|about|into|over|after|before|and|or|procedure|process|way|policy)")


def rule_source(notation: str, sets: dict[str, str]) -> str:
    """The lemma-string regular expression of a rule in the notation, uncompiled."""
    out = " "
    for word in notation.split():
        if word == "^":
            out = r"^ (?:[^\w\s]+ |\d+ )*"
        elif word.startswith("!{"):
            out += rf"(?!(?:{sets[word[2:-1]]}) )(?!{_NOT_VERBAL} )[^\W\d]\S* "
        elif word.startswith("~l"):
            n = int(word[2:])
            out += rf"(?:[^\s,;:.!?()]+ ){{0,{n}}}(?:, (?:a|an|the|its|their|his|her) (?:[^\s,;:.!?()]+ ){{0,{n}}})?"
        elif word.startswith("~v"):
            out += rf"(?:(?!{_NOT_VERBAL} )[^\s,;:.!?()]+ ){{0,{int(word[2:])}}}?"
        elif word.startswith("~~"):
            out += rf"(?:\S+ ){{0,{int(word[2:])}}}?"
        elif word.startswith("~"):
            out += rf"(?:[^\s,;:.!?()]+ ){{0,{int(word[1:])}}}?"
        else:
            out += _slot(word, sets)
    return out[:-1] + r"(?= )"


def compile_rule(notation: str, sets: dict[str, str]) -> re.Pattern[str]:
    """A lemma-string regular expression from the rule notation."""
    return re.compile(rule_source(notation, sets))


# Words that open a rule as its subject or a noun phrase rather than as the act's verb.
_SUBJECT_LEADS = {"lawsuit", "suit", "complaint", "writ", "petition", "charge", "proceeding", "proceedings", "case",
                  "claim", "correction", "corrections", "clarification", "judge", "court", "суд", "иск", "штраф",
                  "they", "such", "this", "these", "those", "fine", "penalty", "a", "an", "civil", "criminal",
                  "record", "hefty", "0", "million", "billion", "in", "libel", "substantial", "class-action", "class",
                  "исковый", "исковой", "редакция", "action", "it", "информация", "сведение", "данные", "обвинение",
                  "утверждение"}


def _subject_first(notation: str) -> bool:
    lead = next(w for w in notation.split() if w != "^")
    return "{" in lead or bool(set(lead.rstrip("?").split("|")) & _SUBJECT_LEADS)


def rules(sets: dict[str, str], kind: str, voice: str, strength: float, *notations: str, media: bool = False,
          request: bool = False, quoted: bool = False) -> list[Rule]:
    """Rules of one kind, voice and strength, in the notation, with `sets` for its {NAME} slots."""
    return [Rule(kind, voice, strength, rule_source(n, sets), media, request, n, _anchors(n, sets),
                 _subject_first(n), quoted, tuple(frozenset(alts) for alts in _required(n, sets)))
            for n in notations]
