"""Who a passive names as its doer (pure): the name or the organisation after "by" ("was fined by the regulator",
"by prosecutors in Seoul", "by Acme chief executive Jane Roe"), and who made an act a participle reports ("The suit,
filed by Jane Roe"). Who was fined or sued did not fine or sue: `actors` and `claimants` ask here instead.
"""

from __future__ import annotations

import re

from monitor.detect.caseless import Caseless
from monitor.detect.names import DOER_NOUNS, NOT_A_NAME, ORG_NOUNS, TITLE_WORDS, WHEN, head
from monitor.detect.parties import CAP, canonical

# A legal act's participle, the verb of a headline's passive without its auxiliary ("Acme fined $12 million").
LEGAL_PARTICIPLE = r"(?:fined|sued|charged|indicted|sanctioned|censured|penali[sz]ed)"
# A verdict's participle, passive where no object follows it ("convicted of", "sentenced to").
VERDICT_PARTICIPLE = r"(?:convicted|sentenced|jailed|arraigned)\s+(?:of|to|for|on)\b"
# What one is held or jailed on: "(arrested) on fraud charges", "on two counts of", "on suspicion of": who it
# follows undergoes the act.
ON_CHARGES = re.compile(r"\s*on\s+(?:[\w-]+\s+){0,3}?(?:charges?|counts?|suspicion)\b", re.IGNORECASE)
# "by Acme Corp", "by influential climate scientist Jane Doe", "by three Phi Kappa Psi members"
_UNTIL_BY = r"(?:[^.;]|(?<=\d)\.(?=\d)){0,60}?"  # up to "by" in the clause; "$4.2 billion" is no full stop
_BY = re.compile(rf"^{_UNTIL_BY}\bby\s+(?:the\s+)?(?!(?:end|time|way|middle|start|close|beginning)\b)"
                 rf"(?:(?:(?!(?:on|in|at|after|before|over|for|with|during|since|from|to|as)\b)[a-z][\w-]*|\d[\d,]*)\s+)"
                 rf"{{0,3}}?(?!{WHEN})((?:{CAP})(?:\s+(?!{WHEN})(?:{CAP}|of|and|&)(?!\w))*)")
_BY_COMMON = re.compile(rf"^{_UNTIL_BY}\bby\s+(?:(?:the|a|an|its|their)\s+((?:[a-z][\w'’-]*\s+){{0,2}}[a-z][\w-]*)"
                        r"|(\d[\d,.]*\s+[a-z][\w-]*))\b")
# A group named without an article, and where it acts: "by prosecutors in Seoul", "by federal regulators".
_BY_GROUP = re.compile(rf"^{_UNTIL_BY}\bby\s+((?:federal\s+|state\s+|local\s+)?(?:prosecutors|regulators|authorities"
                       r"|officials|police|investigators)(?:\s+(?:in|of|from)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)"
                       r"{0,2})?)\b")
# The words after "by", up to what ends a noun phrase: "by Acme chief executive Jane Roe[ to all members]".
_BY_PHRASE = re.compile(rf"^{_UNTIL_BY}\bby\s+((?:(?!(?:to|for|in|on|at|after|over|with|who|that|and)\b)[^\s,.;:]+\s*)"
                        r"{1,7})")
# An act's noun, then who made it: "The suit, filed by Jane Roe", "the lawsuit filed in Ohio by three members",
# "The apology message was sent by Acme's chief executive".
_MADE_BY = Caseless(r"^\w+(?:\s+\w+){0,2},?\s+(?:(?:was|were|has been|had been|is|are|being)\s+)?"
                    r"(?:filed|brought|lodged|issued|sent|made|launched|submitted|signed|written|initiated|published|posted|offered|delivered"
                    r"|tweeted)\s+(?:[^,.;]{0,40}?\s)?by\s")
# A claim called false by whoever "by" names right after the verb: "a claim denied by the chancellor".
_DENIED_BY = Caseless(r"^(?:denied|rejected|dismissed|disputed|refuted)\s+by\s")
# An act's noun just before a participle the act's words start at: "the lawsuit [filed in Ohio by]".
# (also after "that was" or an adverb: "an assertion quickly denied by", "a claim that was dismissed by")
_ACT_NOUN_BEFORE = Caseless(r"\b(?:lawsuit|suit|complaint|claims?|case|petition|charges?|apology|statement|message"
                            r"|letter|note|denial|allegations?|accusations?|suggestions?|assertions?|reports?)\s*,?\s*"
                            r"(?:(?:that|which)\s+(?:was|were|has been|had been|is|are)\s+)?(?:[a-z]+ly\s+)?$")


def made_by(sentence: str, start: int) -> str:
    """Who made the act whose words start at `start`, where a participle names them after "by"."""
    rest = sentence[start:]
    if _MADE_BY.match(rest) or _ACT_NOUN_BEFORE.search(sentence[:start]) and (
            _MADE_BY.match("suit " + rest) or _DENIED_BY.match(rest)):
        return doer_after_by(rest)
    return ""


# A person or people named by what they are, after a capitalised word that only qualifies them ("by a Dutch
# businessman", "by a Catholic priest", "by Acme shareholders"); not those who speak for an organisation ("by an
# Acme spokesman": Acme), nor a word of time ("by Acme later").
_PERSON = re.compile(r"[a-z]+(?:man|men|woman|women|ist|ists|er|ers|or|ors|ant|ants|ee|ees)|priests?"
                     r"|famil(?:y|ies)|couples?|parents?|residents?|students?|patients?")
_NOT_PERSON = ORG_NOUNS | {"later", "earlier", "over", "under", "after", "never", "ever", "either", "whether",
                           "together", "rather", "further", "other", "another", "per", "or", "nor", "for", "matter",
                           "order", "number", "sector", "manner", "lawyer", "attorney", "adviser", "advisor",
                           "counsel", "representative", "agent", "spokesperson"}
# Title words that only qualify the noun after them: "by a former employee" names no "former".
_ONLY_BEFORE = {"former", "then", "late", "acting"}
# An office named after its state or city: "by the New York attorney general".
_OFFICE = re.compile(r"\s+((?:attorney|solicitor|inspector|auditor|surgeon|postmaster)[- ]general"
                     r"|(?:district |state |u\.s\. )?attorney|prosecutors?|regulators?|officials?)\b")


def doer_after_by(rest: str) -> str:
    """The doer a passive names after "by": a name ("by Acme Corp"), else an organisation's common noun ("by the
    ministry")."""
    phrase = _BY_PHRASE.match(rest)
    titled = head(phrase.group(1)) if phrase and re.search(r"\b(?:chief|executive|ceo|president|spokes\w+|director"
                                                            r"|editor|head|chair\w*|minister|secretary)\b",
                                                            phrase.group(1), re.IGNORECASE) else ""
    if titled:
        return titled  # "by Acme chief executive Jane Roe": the person
    by = _BY.match(rest)
    if by and by.group(1).casefold() not in NOT_A_NAME:
        noun = re.match(r"\s+([a-z]+)\b", rest[by.end():])
        if re.search(r"['’]s$", by.group(1)) and noun and noun.group(1) in ORG_NOUNS | DOER_NOUNS:
            return f"{by.group(1)} {noun.group(1)}"  # "by the MP's office"
        if noun and noun.group(1) in ("journalist", "reporter", "correspondent", "columnist", "writer"):
            return f"{by.group(1)} {noun.group(1)}"  # "by the Guardian journalist": a journalist, not the paper
        if noun and " " not in by.group(1) and _PERSON.fullmatch(noun.group(1)) and noun.group(1) not in _NOT_PERSON:
            return f"{by.group(1)} {noun.group(1)}"  # "by a Dutch businessman": no "Dutch"
        office = _OFFICE.match(rest[by.end():])
        if office:
            return f"{by.group(1)} {office.group(1)}"  # "by the New York attorney general": the office, not the state
        acronym = re.match(r",\s+([A-ZА-ЯЁ]{2,6}),", rest[by.end():])
        if acronym:
            return f"{canonical(by.group(1))} ({acronym.group(1)})"  # "by the Economic ... Commission, EFCC,"
        return canonical(re.sub(r"(?:\s+(?:of|and|&))+$", "", by.group(1)))  # "by the Tarn Board and the state"
    group = _BY_GROUP.match(rest)
    if group:
        return group.group(1)  # "by prosecutors in Seoul"
    common = _BY_COMMON.match(rest)
    if common and common.group(2):
        return common.group(2)  # "by 170,000 customers"
    words = common.group(1).split() if common else []
    if words[:1] in (["group"], ["coalition"], ["consortium"]) and words[1:2] == ["of"] and len(words) == 3:
        return " ".join(words)  # "by a group of shareholders": the shareholders, not any "group"
    while words and (words[-1] not in ORG_NOUNS | DOER_NOUNS | TITLE_WORDS or words[-1] in _ONLY_BEFORE):
        words.pop()  # "by a company spokesperson as 'false'": the phrase up to its doer's noun (not "by a former")
    return " ".join(words)
