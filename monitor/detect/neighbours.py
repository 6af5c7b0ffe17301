"""A word's lemma as its neighbours decide it (pure): the table gives each word one lemma; a few words take another
from the words beside them. "I'd made an error" is "had" made, not "would"; a modal written with a capital inside a
sentence is a month or a name ("filed in May", "Theresa May apologised"); a gerund that takes an object is the verb
("by filing a lawsuit"), not the noun ("in a court filing"). `lemmas.read` calls `settle` on every sentence."""

from __future__ import annotations

import re
from typing import Any

# The tokens of `lemmas.Token` (a NamedTuple of text, low, lemma, start, end; typed loosely here, as lemmas imports
# this module and not the other way round).
Token = Any

_PARTICIPLE = re.compile(r"(?:ed|en|made|done|been|had|said|told|sent|put|set|got|left|lost|paid|found|brought|thought"
                         r"|bought|caught|taught|sought|heard|held|kept|meant|read|run|cut|hit|let|shut|spent|stood|won)$")
_CAPITAL_MODALS = {"May", "Will", "Can"}
# What puts a month before it: "in May", "since May", "last May", "by early May".
_BEFORE_A_MONTH = {"in", "since", "by", "until", "till", "through", "last", "next", "early", "late", "mid", "of",
                   "from", "during", "before", "after", "this", "that", "each", "every", "between", "and", "or", "to"}
# Gerunds the table files as nouns ("a filing"), and what follows them when they are the verb: "filing a lawsuit",
# "lodging their complaints".
_GERUNDS = {"filing": "file", "lodging": "lodge"}
_OBJECTS = {"a", "an", "the", "its", "their", "his", "her", "our", "my", "your", "suit", "suits", "lawsuit", "lawsuits",
            "complaint", "complaints", "charges", "appeal", "appeals", "papers", "criminal", "civil", "defamation",
            "libel", "class-action", "federal", "separate"}


# The lemmas `settle` may give a word (by its lower case) besides the table's: `lemmas.lemma_set`, the gate that
# reads no neighbours, counts them too, so it never says no rule can match where the reading would find one.
OTHER_LEMMAS = {"'d": ("have",), "may": ("month",), **{gerund: (verb,) for gerund, verb in _GERUNDS.items()}}


def unsettled(sentence: str) -> bool:
    """Whether `settle` may change a lemma of the sentence: without these words it leaves every token as it is."""
    return "'d" in sentence or "’d" in sentence or "May" in sentence or "Will" in sentence or "Can" in sentence or (
        "filing" in sentence or "lodging" in sentence)


def settle(tokens: list[Token], sentence: str) -> None:
    """Give the words whose lemma their neighbours decide that lemma, in place."""
    _had(tokens, sentence)
    _capital_modals(tokens, sentence)
    if "filing" in sentence or "lodging" in sentence:
        for i, tok in enumerate(tokens[:-1]):
            if tok[1] in _GERUNDS and tokens[i + 1][1] in _OBJECTS:
                tokens[i] = tok._replace(lemma=_GERUNDS[tok[1]])


def _had(tokens: list[Token], sentence: str) -> None:
    """ "I'd made an editing error": "'d" before a past participle is "had", not "would"."""
    if "'d" in sentence or "’d" in sentence:
        for i in range(len(tokens) - 1):
            if tokens[i][1] == "'d" and _PARTICIPLE.search(tokens[i + 1][1]):
                tokens[i] = tokens[i]._replace(lemma="have")


def _capital_modals(tokens: list[Token], sentence: str) -> None:
    """A modal written with a capital inside a sentence is a month or a name: "filed in May", "on 5 May 2021" (read
    as "month"), "Theresa May apologised", "actor Will Hale denied" (read as the name, which no rule or canceller
    holds); so is one that opens a sentence before another capitalised word ("Will Hale denied it", not "Will
    the paper retract it?"). A headline in title case ("Exchange May Face Fine") keeps its modals."""
    if "May" not in sentence and "Will" not in sentence and "Can" not in sentence:
        return  # (a look at the text is cheaper than one at every token)
    longer = [t[0] for t in tokens[1:] if len(t[0]) > 3 and t[0][:1].isalpha()]
    if longer and all(w[:1].isupper() for w in longer):
        return  # title case: every word but the short ones has its capital
    for i, tok in enumerate(tokens):
        if tok[0] not in _CAPITAL_MODALS:
            continue
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if tok[0] == "May" and (i and (tokens[i - 1][2] == "0" or tokens[i - 1][1] in _BEFORE_A_MONTH)
                                or nxt is not None and nxt[2] == "0"):
            tokens[i] = tok._replace(lemma="month")
        elif i and tokens[i - 1][0][:1].isalnum() or not i and nxt is not None and nxt[0][:1].isupper() and (
                nxt[0] != "I" and not sentence.rstrip().endswith("?")):
            tokens[i] = tok._replace(lemma=tok[0])
