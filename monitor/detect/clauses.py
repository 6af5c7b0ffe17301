"""Clauses (pure): whose clause an act is in, when a clause opened by a pronoun comes before the act.

"The board said it would appeal, and he later apologized": the pronoun's clause runs to the act, and the doer is
the sentence's first subject. But "When the agency told Civic Audit that it had no records, Civic Audit filed a
suit": the pronoun's clause ends at the comma, and the name between that comma and the act is the main clause's
own subject, the doer (not the agency that opened the subordinate clause).
"""

from __future__ import annotations

import re
from collections.abc import Callable

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


# An aside that lists or describes, not a clause with a subject of its own: "– including the Fund for Roads –".
_ASIDE = re.compile(r"\s*(?:including|such as|like|among them|an?)\b", re.IGNORECASE)
# "she", "she falsely", "something he": a pronoun subject, after the thing it did something to.
_SUBJECT_PRONOUN = re.compile(r"\s*(?:(?:something|which|a claim|claims|an allegation|allegations)\s+)?"
                              r"(?:he|she|it|they)(?:\s+[a-z]+ly)?\s*$", re.IGNORECASE)


def dashed_antecedent(span: str, pieces: list[str], subject_of: Callable[[str], str]) -> str:
    """The doer a pronoun subject stands for when dashes cut the sentence into pieces and the pronoun opens the
    last: the subject of the nearest piece before it that is not an aside. "Though Dara Quill has funded the
    groups – including the Fund for Roads – since her nomination, she has denied ...": Dara Quill; "... and that
    Rosa Bly wore a costume – something she falsely denied": Rosa Bly."""
    if len(pieces) < 2 or not _SUBJECT_PRONOUN.match(span):
        return ""
    for piece in reversed(pieces[:-1]):
        if piece.strip() and not _ASIDE.match(piece):
            return subject_of(piece.rstrip() + " ")
    return ""


# Where a quotation's clause begins before an act in it: a comma or colon, a reporting verb, a conjunction.
_QUOTE_CLAUSE = re.compile(r"[:;,]|\b(?:says|said|that|because|but|and|so)\s")
# A clause whose verb the act shares: "Ivo Penn greeted him and [apologised]": its subject, the capitals it opens with.
_SHARED_SUBJECT = re.compile(r"^\s*((?:[A-Z][\w.&'’-]*\s+){1,4})[a-z][\w'’-]*\b[^,;:]*\s(?:and|but)\s+(?:\w+ly\s+)?$")


def quoted_clause(inner: str) -> str:
    """The words that open the clause of an act inside a quotation ('"I've spoken to him and he's [apologised]' ->
    "he's"), or the name a clause shares its verb with ('"The referee says Ivo Penn greeted him and [apologised]'
    -> "Ivo Penn")."""
    parts = re.split(r"[:;,]|\b(?:says|said|that|because)\s", inner)
    shared = _SHARED_SUBJECT.match(parts[-1])
    return shared.group(1).strip() if shared else _QUOTE_CLAUSE.split(inner)[-1].strip()


_RELATIVE = re.compile(r",?\s+(?:who|which|whose|that|который|которая|которые|которое)\b", re.IGNORECASE)
_AUXILIARIES = {"has", "have", "had", "is", "are", "was", "were", "also", "since", "later", "then", "again", "now",
               "always", "still"}
def before_relative(piece: str) -> str:
    """The subject phrase of an act in a relative clause that ends `piece`: the named antecedent where the clause
    opens with its subject after a comma ("Poland blamed Russia, which has denied": Russia), else the words before
    the clause ("The firm that has ...")."""
    relative = list(_RELATIVE.finditer(piece))
    if not relative or len(piece[relative[-1].end():].split()) > 4:
        return piece
    if named := relative_antecedent(piece, passive_too=True):
        return named
    return piece[: relative[-1].start()]


# A subject's role noun and a participle that qualifies it, with its object or infinitive: "A liquidator seeking to
# claw back funds (has sued)", "A group representing Acme's former clients (sued)", "The jury sitting in the county
# court (rejected)". Prepositions in -ing
# ("during", "according") qualify nothing, and a noun in -ing makes a compound ("the court hearing for ...").
_PARTICIPLE = re.compile(r"^\s*(?:The|A|An)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*(?=\s+(?!(?:during|according|regarding"
                         r"|concerning|following|pending|including|excluding|notwithstanding)\b)[a-z]+ing"
                         r"\s+(?:(?:to|the|a|an|its|their|his|her|in|on|over|at|under|with)\b|[A-Z]))")


def before_participle(piece: str) -> str:
    """The subject phrase without the participle clause that qualifies its role noun, so that a name inside the
    clause ("seeking to claw back funds for Acme's clients") is not read as the doer."""
    found = _PARTICIPLE.match(piece)
    if not found or _FOR_WHOM.search(found.group(0)) and re.match(r"\s+(?:representing|acting)\b", piece[found.end():]):
        return piece  # "A lawyer representing Acme": who speaks for Acme, as "a lawyer for Acme" (names.head)
    return found.group(0)


_FOR_WHOM = re.compile(r"\b(?:lawyers?|attorneys?|solicitors?|counsel|spokes(?:man|woman|person|people)"
                       r"|representatives?)$")


# A report of what someone did, before the clause that did it: "Outlets reported that Reed admitted it".
_REPORTED_THAT = re.compile(r"\b(?:said|says|reported|reports|told\s+\w+|claimed|claims|stated|wrote|alleged|alleges"
                            r"|confirmed|found|heard)\s+that\s+")


def reported_at(text: str) -> int:
    """Where the clause a report verb's "that" opens starts, where `text` reports one ("Outlets reported that Reed
    admitted his part": at "Reed"), else 0."""
    found = list(_REPORTED_THAT.finditer(text))
    return found[-1].end() if found else 0


# A clause a preposition opens with a gerund, before the main clause: "Before suing Acme, the SEC offered a deal".
_FRONTED = re.compile(r"(?:^|[,;]|\bthat)\s*(?i:before|after|upon|on|while|since|by|without|when)\s+$")
# The main clause's subject after that clause's comma: a name, or "the" and a noun.
_NAMED = r"(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+(?:[A-Z][\w.&'’-]*|of|and|for|&))*"
_MAIN_SUBJECT = re.compile(rf"[^,]{{0,150}}?,\s*({_NAMED}|the\s+[a-z]+)\s+[a-z]+\b")
# A name a relative clause that does the act is about: "lost a case to Bravo Corp, which sued over the refusal",
# "Poland blamed Russia, which has denied it". Where the clause's own act is read (clause_doer), only an active
# verb's auxiliaries: "Orla Benn, who was convicted" underwent it.
def _which_did(auxiliaries: set[str]) -> re.Pattern[str]:
    return re.compile(rf"({_NAMED})\s*,\s*(?:who|which)(?:\s+(?:{'|'.join(sorted(auxiliaries))}|\w+ly))*\s*$")


_WHICH_DID = _which_did({"has", "have", "had", "also", "later", "then"})
_WHICH_WAS = _which_did(_AUXILIARIES)


def relative_antecedent(before: str, passive_too: bool = False) -> str:
    """The name a relative clause that ends `before` opens on ("a case to Bravo Corp, which has"), else ""; with
    `passive_too`, also before a passive's auxiliary ("Russia, which was")."""
    antecedent = (_WHICH_WAS if passive_too else _WHICH_DID).search(before[-120:])
    return antecedent.group(1) if antecedent else ""


# A reporting verb set off between commas after what it reports: "Acme, the SEC alleges, sold ...".
_ASIDE_VERB = re.compile(r"(?i:allege|claim|contend|argue|charge|say|assert)[sd]?\s*,")
_ASIDE_SAYER = re.compile(r"\S[^,]*,\s*((?:the\s+)?[^,]{2,50}?)\s*$")


def clause_doer(before: str, after: str) -> str:
    """Who does an act that its own clause gives a doer to, apart from the sentence's first subject: an act in a
    fronted gerund's clause ("After filing the suit in June, the regulator ...") is the main clause's subject's;
    a relative clause's ("a case to Bravo Corp, which sued") is the name it follows; a reporting verb set off by
    commas ("Acme, prosecutors allege, laundered") is the words' between them."""
    tail = before[-60:]  # each form ends within a few words of the act
    if re.match(r"(?!being\b)\w+ing\b", after) and _FRONTED.search(tail):
        main = _MAIN_SUBJECT.match(after)
        return main.group(1) if main else ""
    if ("who" in tail or "which" in tail) and (antecedent := relative_antecedent(before)):
        return antecedent
    if _ASIDE_VERB.match(after):
        aside = _ASIDE_SAYER.search(before[-120:])
        return aside.group(1) if aside else ""
    return ""


# A document a sentence cites for what it says: "..., according to a criminal complaint filed in federal court".
_ACCORDING_TO = re.compile(r"\baccording to (?:a|an|the)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def in_attribution(before: str, after: str) -> bool:
    """Whether the act is a document the sentence is attributed to, with no doer after "by": the sentence's own
    subject ("X met the boy in Ohio, according to a complaint filed in court") did not file it."""
    return "according to" in before[-50:].casefold() and _ACCORDING_TO.search(before[-50:]) is not None and re.match(
        r"[^,.;]{0,40}\bby\s", after) is None
