"""What a newsroom's piece was about, inside a corrections entry (pure): "An article on Friday about doctors urging
that a word not be used misstated ...". The words there are the topic's: a negation or a department in them says
nothing of the error, which the entry's own verb, with its auxiliaries, tells."""

from __future__ import annotations

from monitor.detect.entries import others_piece
from monitor.detect.lemmas import Lemmas
from monitor.detect.notation import Rule
from monitor.detect.wordsets import SETS

_PIECE_WORDS = frozenset(SETS["STORY"].split("|"))
# what an entry says its piece did: "misstated", "referred imprecisely", "gave", "incorrectly"
_ENTRY_VERBS = frozenset("|".join((SETS["ERRV"], SETS["SAYV"], SETS["ERRADV"])).split("|"))
_NOT_ACTS = frozenset({"a", "the", "about"})  # the slots of the piece's opening ("An article on Friday about")
# the act's own auxiliaries, just before it: "An article about the vote did not misstate ..."
_OWN_AUX = frozenset({"not", "never", "do", "have", "be", "also", "then", "later", "since"})


def topic(lem: Lemmas, first: int, last: int, rule: Rule) -> range:
    """The tokens of a note rule's match, from `first` to `last`, that tell what its piece was about: from an "about"
    after a piece word up to the act's own words (the first of the rule's other slots, each found nearest `last`) and
    their auxiliaries; empty where there is none."""
    toks = lem.tokens
    if rule.voice != "note" or last - first < 8:
        return range(0)
    for at in range(first + 1, last):
        if toks[at].low == "about" and _PIECE_WORDS.intersection(t.lemma for t in toks[max(first, at - 6):at]):
            if others_piece(lem.text[:toks[at].start]):
                return range(0)  # "A story circulating online about ...": someone else's piece, which the rule reads
            acts = [slot for slot in rule.slots if not slot & _NOT_ACTS and len(slot & _PIECE_WORDS) * 2 < len(slot)]
            end = min((next((i for i in range(last, at, -1) if toks[i].lemma in slot), last) for slot in acts),
                      default=last)
            while end - 1 > at and toks[end - 1].lemma in _OWN_AUX:
                end -= 1
            return range(at, end)
    return range(0)


def act_start(lem: Lemmas, first: int, last: int, rule: Rule) -> int:
    """Where a match's act opens: after the topic of its piece where it tells one, else `first`."""
    about = topic(lem, first, last, rule)
    return about.stop if about else first


def own_words(lem: Lemmas, at: int, act: int, nearest: list[str]) -> list[str] | None:
    """At token `at`, an "about" after the piece that opens the sentence ("An article on Friday about leaders urging
    ..."): what the entry's verb at token `act` keeps of `nearest` (its clause's lemmas after `at`, nearest first),
    its own auxiliaries only; None elsewhere ("asked the paper to retract the story about its deals and to publish
    a correction"; "An article about the mayor urging residents to sue ...": the suit is the topic's)."""
    toks = lem.tokens
    if at > 12 or toks[at].low != "about" or toks[act].lemma not in _ENTRY_VERBS or toks[0].lemma not in (
            "a", "the", "this", "our", "because") or not _PIECE_WORDS.intersection(
            t.lemma for t in toks[max(0, at - 6):at]):
        return None
    kept = 0
    while kept < len(nearest) and nearest[kept] in _OWN_AUX:
        kept += 1
    return nearest[:kept]
