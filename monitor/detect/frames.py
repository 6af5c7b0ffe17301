"""A sentence read as frames (pure): who acts, the act, what it is about, and what cancels it.

Each rule of the lexicon that matches a sentence's lemma string is one candidate act. The words before it, in
its clause, may cancel it: a demand or call for it ("expects an apology"), a refusal or negation ("did not
apologise", "has not been charged"), a modal, plan or threat ("may sue", "plans to sue", "prepared to
apologise"), a condition or a question, a generic subject ("journals retract papers when...", "newspapers often
say they stand by their reporting"), a definition ("a retraction is the withdrawal of..."), or an act that is
only the background of another ("after the company's denials made headline news"). What is left is a Reading:
the kind, the rule's voice and strength, and where in the sentence the act is, for the actor.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from monitor.detect.cancellers import (
    _ISSUING,
    BOUNDARY,
    CONDITION,
    DEFINING,
    DEMAND,
    DEMAND_PAIRS,
    HISTORY,
    HISTORY_WORDS,
    MEAN_WORDS,
    MODAL,
    NEGATION,
    NOT_MEAN,
    NOTE_KINDS,
    PRONOUNS,
    RELATIVES,
    TEMPLATE,
    background,
    cancelled_before,
    definition,
    generic,
    generic_opening,
    generic_you,
    imperative,
    inside_cancel,
    quoted,
)
from monitor.detect.caseless import Caseless
from monitor.detect.first_names import a_first_name
from monitor.detect.lemmas import Lemmas, Token
from monitor.detect.lexicon import RULES
from monitor.detect.names import DOER_NOUNS
from monitor.detect.notation import Rule
from monitor.detect.publishers import media_subject, others_verdict, quoted_speaker_not_media
from monitor.detect.senses import not_this_kind
from monitor.detect.tenses import unreal_form
from monitor.detect.topics import act_start, own_words


@dataclass(frozen=True)
class Reading:
    """One act a sentence states: its kind, how it is voiced, its prior strength, and where it is."""

    kind: str
    voice: str
    strength: float
    start: int  # character offsets of the matched words in the sentence
    end: int
    rule: str
    first: int  # token index where the match starts
    anchor: str = ""  # the lemma that carries the act
    aside: bool = False  # in a time phrase ("after amending a detail"): it happened, as the background of the news


_NOTE_MODALS = {"will", "would", "may", "might", "could", "shall", "should", "must"}


# The outlet's own pieces, as the subject of a corrections-column entry ("The article (Magazine, Nov 29) failed to
# acknowledge ..."); not a report or a study, which may be anyone's.
_OWN_PIECES = {"article", "story", "piece", "column", "headline", "caption", "obituary", "editorial", "graphic", "item"}


def _own_voice(lem: Lemmas, first: int, before: list[str], rule: Rule) -> bool:
    """A media rule's subject in the rule itself or in the column's form: "We apologise to Mr Dorff for the error."
    (the newsroom's "we", not a bank's quoted one), "The article (Magazine, Nov 29) failed to acknowledge"."""
    tok = lem.tokens[first]
    if not before and tok.lemma in ("we", "i"):
        return not quoted(lem.text, tok.start)
    opening = [t.lemma for t in lem.tokens[:first] if t.lemma[:1].isalpha()][:2]
    return rule.kind == "correction" and len(opening) == 2 and opening[0] in ("the", "a", "this", "our") and (
        opening[1] in _OWN_PIECES)


def _modals(lem: Lemmas, first: int, last: int, rule: Rule) -> set[str]:
    """Modal verbs inside a match that its rule does not spell out ("it should be corrected"; not the month in
    "schools to end year May 6")."""
    verb_group = lem.tokens[max(first, last - 3):last + 1]  # not another clause's: "a standard that would see"
    return {t.lemma for t in verb_group if t.text.islower()} & _NOTE_MODALS - set(rule.name.replace("|", " ").split())
# Russian first-person verbs that drop their pronoun: "хочу извиниться", "просим прощения".
_RU_FIRST_PERSON = {"хочу", "хотим", "хотел", "хотела", "хотели", "хотелось", "прошу", "просим", "считаю", "считаем"}
_SUBORDINATORS = {"and", "but", "so", "then", "after", "before", "when", "since", "because", "as", "while", "once",
                  "until", "although", "though", "и", "а", "но", "после", "когда", "поскольку", "потому"}
_SUBJECT_OPENERS = PRONOUNS | {"the", "this", "these", "its", "their", "his", "her", "our", "i"}
_FINITE_AUX = {"have", "has", "had", "was", "were", "is", "are", "did", "does"}


def _clause_before(lem: Lemmas, first: int, limit: int = 14) -> list[str]:
    """Lemmas of the words before token `first` in its clause, nearest last (at most `limit`).

    A clause ends at punctuation, at a conjunction that opens a new subject ("... and we apologise", "days after
    it took down"), and before an embedded clause that ends at "and" ("withdraws any suggestion that he could be
    likened to ... and apologises": "could" is the embedded clause's, not the apology's) unless a demand governs
    that clause ("demanded that the paper correct the story and apologise").
    """
    out: list[str] = []
    cut_and = -1
    participle_at = -1  # where a participle's comma was passed: no negation before it is the participle's
    window = lem.tokens[max(0, first - 40):first]
    skip_to = len(window)
    for at in range(len(window) - 1, -1, -1):
        if at >= skip_to:
            continue  # inside an appositive
        tok = window[at]
        if tok.low == "," and (opening := _appositive(window, at)) is not None:
            skip_to = opening  # "If John Smith, the mayor, were to apologise": the clause goes on past it
            continue
        if tok.low == "," and _same_predicate(window[at + 1] if at + 1 < len(window) else lem.tokens[first],
                                              lem.tokens[first], out):
            if lem.tokens[first].low.endswith("ing") and participle_at < 0:
                participle_at = len(out)
            continue
        if tok.lemma in BOUNDARY or tok.low in BOUNDARY:
            break
        if tok.low == "about" and (own := own_words(lem, max(0, first - 40) + at, first, out)) is not None:
            return own[::-1]  # "An article about leaders urging that ... referred imprecisely": the topic's words
        if out and out[-1] == "that" and tok.lemma in ("and", "but"):
            out.pop()  # "... had never met them and that the report was misleading": a clause of its own
            break
        if (tok.lemma in _SUBORDINATORS or tok.lemma in CONDITION) and out and out[-1] in _SUBJECT_OPENERS:
            if tok.lemma in CONDITION:
                out.append(tok.lemma)  # "until he pleads guilty": the clause is the condition's
            break  # "... should not have been made and we apologise": a new clause with its own subject
        if tok.lemma in ("and", "but") and out and out[-1] in ("have", "be", "do") and (
                lem.tokens[first - len(out)].low in _FINITE_AUX):
            break  # "no longer stand by the column and have removed it": a new finite predicate
        if tok.lemma in ("and", "but") and cut_and < 0:
            cut_and = len(out)
        if tok.lemma in RELATIVES and cut_and >= 0:
            governor = [t.lemma for t in lem.tokens[max(0, first - 41):first]]
            at = len(governor) - len(out) - 1
            if not set(governor[max(0, at - 3):at]) & (DEMAND | MODAL):
                out = out[:cut_and]
                break
        out.append(tok.lemma)
        if tok.low in _RU_FIRST_PERSON:
            out.append("я")  # "Хочу ещё раз принести извинения": the verb's ending is its subject
        if len(out) >= 24:
            break
    if participle_at >= 0:
        # "insisted he had never met them, contradicting the report", "called for an apology, accusing the paper":
        # the participle carries the sentence's modal ("may print a retraction, admitting the error"), not the
        # negation or the demand of the verb before it
        out = out[:participle_at] + [w for w in out[participle_at:] if w not in _NOT_CARRIED]
    return out[::-1][-limit:]


_NOT_CARRIED = NEGATION | DEMAND | {a for a, _ in DEMAND_PAIRS}
_LISTED_ACTS = _ISSUING | {"take", "remove", "delete", "pull", "retract", "withdraw", "correct", "apologise",
                            "apologize", "clarify", "amend"}


def _same_predicate(after_comma: Token, act: Token, out: list[str]) -> bool:
    """Whether the act after a comma shares the predicate before it, so what governs that governs the act too:
    a participle of its own ("the paper may print a retraction, admitting and correcting the error") or the next
    bare verb of a list ("demanded that I take it down, issue a retraction, and issue an apology")."""
    if after_comma.low.endswith("ing") and act.low.endswith("ing") and set(out) <= {after_comma.lemma, "and", "or"}:
        return True
    return set(out) <= {"and", "or"} and act.low == act.lemma and act.lemma in _LISTED_ACTS


_APPOSITIVE_LEADS = {"the", "a", "an", "its", "his", "her", "their", "our", "who", "which", "whose", "also"}
_ASIDE_LEADS = {"in", "through", "via", "on", "after", "following", "under", "at", "with"}
_NOT_IN_APPOSITIVE = {"be", "have", "do", "say", "will", "would", "can", "could", "should", "may", "might", "not",
                      "and", "but", "if", "when", "because", "then"}


def _appositive(window: tuple[Token, ...], close: int) -> int | None:
    """Where an appositive ends at the comma `close` ("John Smith, the mayor, ...", "Acme, 45, ..."): the index of
    its opening comma, when the words between are a short phrase after a name; else None."""
    for at in range(close - 1, max(-1, close - 7), -1):
        if window[at].low == ",":
            inner = window[at + 1:close]
            lead = inner[0] if inner else None
            named = at > 0 and window[at - 1].text[:1].isupper() and window[at - 1].text[:1].isalpha()
            doer = at > 1 and window[at - 1].lemma in DOER_NOUNS and window[at - 2].lemma in ("the", "a", "an", "its")
            if lead is None or not (named or doer) or {t.lemma for t in inner} & _NOT_IN_APPOSITIVE:
                return None
            if lead.lemma in _APPOSITIVE_LEADS or lead.lemma == "0" or lead.text[:1].isupper() or (
                    lead.lemma in _ASIDE_LEADS):
                return at  # "John Smith, the mayor,", "The regulator, after a two-year inquiry,"
            return None
        if not window[at].text[:1].isalnum():
            return None
    return None


@functools.cache
def _by_anchor() -> dict[str, tuple[tuple[int, tuple[frozenset[str], ...]], ...]]:
    """For each anchor lemma, the rules it anchors, each with its other required slots (the smallest first)."""
    index: dict[str, list[tuple[int, tuple[frozenset[str], ...]]]] = {}
    for i, rule in enumerate(RULES):
        others = tuple(sorted((slot for slot in rule.slots if slot != rule.anchors), key=len))
        for anchor in rule.anchors:
            index.setdefault(anchor, []).append((i, others))
    return {anchor: tuple(rules) for anchor, rules in index.items()}


@functools.cache
def _anchor_words() -> frozenset[str]:
    return frozenset(_by_anchor())


def rules_for(words: set[str]) -> list[int]:
    """The rules that may match a sentence holding these lemmas: a token fills each of their required slots."""
    index = _by_anchor()
    found: set[int] = set()
    for w in words & _anchor_words():
        for i, others in index[w]:
            for slot in others:
                if slot.isdisjoint(words):
                    break
            else:
                found.add(i)
    return sorted(found)


@functools.cache
def _slots_by_anchor() -> dict[str, tuple[tuple[frozenset[str], ...], ...]]:
    """For each anchor lemma, its rules' other required slots, each set once, the fewest slots first."""
    return {anchor: tuple(sorted({others for _, others in rules}, key=len)) for anchor, rules in _by_anchor().items()}


def may_match(words: set[str]) -> bool:
    """Whether any rule may match a sentence whose lemmas are among `words` (a superset is fine: it only says
    yes more often). Most sentences ask, and most are answered no: the loops are written out."""
    index = _slots_by_anchor()
    for w in words & _anchor_words():
        for others in index[w]:
            for slot in others:
                if slot.isdisjoint(words):
                    break
            else:
                return True
    return False


@functools.cache
def _outlet_words(outlet: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in outlet.split() if len(w) > 3 and w.casefold() not in DEFINING)


@dataclass(frozen=True)
class _Sentence:
    """What holds for the whole sentence an act is read in."""

    question: bool
    history: int  # where the first cue of a remembered episode starts ("years ago", "in 1998"), or -1
    generic_opening: bool
    outlet_words: frozenset[str]


# words quoted as what anyone says in a case: "when an outlet responds to criticism by saying “We stand by our story,”"
_SAID_WHEN = Caseless(r"\b(?:when|whenever|if|every time|each time)\b[^.;!?“”\"]{0,100}\b(?:say|says|saying|said"
                      r"|respond\w*|repl(?:y|ies|ying|ied))\W{0,4}[“\"«‘]\s*(?:\w+\W+){0,4}$")


def _why_not(lem: Lemmas, rule: Rule, first: int, last: int, before: list[str], ctx: _Sentence) -> str:
    """Why a rule's match states no act here: the canceller's name, or "" when it stands."""
    if rule.quoted and not quoted(lem.text, lem.tokens[first].start):
        return "unquoted"
    if rule.voice != "note" and _SAID_WHEN.search(lem.text[:lem.tokens[first].start]):
        return "generic"
    if rule.voice == "stance":
        # "will defend against this baseless lawsuit": calling a claim false is said now, whatever follows
        if ctx.question:
            return "question"
        if set(before) & NEGATION or inside_cancel(lem, first, last, rule):
            return "negation"
        opener = lem.tokens[first - len(before) - 1].lemma if first - len(before) > 0 else ""
        if set(before) & CONDITION or "when" in (*before, opener) and any(
                t.low in ("is", "are") for t in lem.tokens[first:last + 1]):
            return "condition"  # "... when the request is properly sourced": a condition, not a claim made
        if ctx.generic_opening or ctx.history >= 0:
            return "generic"  # "a story was completely wrong 14 years ago": remembered, not said now
    elif rule.voice != "note" or rule.kind in ("clarification", "correction") and before[:1] != ["we"]:
        if ctx.question and rule.voice != "note":
            return "question"
        reason = cancelled_before(before, rule) or ("negation" if inside_cancel(lem, first, last, rule) else "")
        if reason:
            return reason
        if rule.voice != "note" and (_remembered(lem, first, ctx.history) and rule.kind in NOTE_KINDS
                                     or ctx.generic_opening):
            return "generic"
        if rule.voice == "note" and (ctx.generic_opening or _modals(lem, first, last, rule)):
            return "modal"  # "When a story is wrong, it should be corrected": a rule, not a note
        if rule.voice == "act" and unreal_form(lem, first, last):
            return "unreal"  # "подаст в суд" (will sue), "принести извинения" governed elsewhere
        if rule.voice == "act" and generic_you(before) or rule.voice != "note" and generic(
                lem, first, before, rule.subject_first):
            return "generic"
        if rule.voice != "note" and background(lem, first, before):
            return "background"
        if rule.voice != "note" and imperative(lem, first):
            return "imperative"
    elif set(before) & (MODAL | NEGATION) - {"can", "without"} or ctx.generic_opening or _modals(
            lem, first, last, rule):
        return "modal"  # "this page will be updated throughout the day", "it should be corrected"
    if rule.voice == "refusal" and not {"we", "i", "мы"} & set(before) and any(
            t.low in ("did", "had") and lem.tokens[i + 1:i + 2] and lem.tokens[i + 1].lemma in ("not", "never")
            for i, t in enumerate(lem.tokens[max(0, first - 2):last + 1], max(0, first - 2))):
        return "past"  # "The Times did not retract the article": a past fact told by others, not a stand taken
    if not_this_kind(lem, first, last, rule.kind, before) and (  # a sense the piece's topic alone shows is not one
            (at := act_start(lem, first, last, rule)) == first or not_this_kind(lem, at, last, rule.kind, before)):
        return "sense"
    if definition(lem, first, last):
        return "definition"
    verdict = others_verdict(lem, rule, first, last, before, ctx.outlet_words)
    if verdict:
        return verdict  # "The report had the wrong focus, critics said": a party's view of the piece
    if rule.media and not (media_subject(lem, first, before, ctx.outlet_words) or _own_voice(lem, first, before, rule)):
        return "not-media"
    if rule.media and rule.kind == "correction" and quoted_speaker_not_media(lem, first, before):
        return "not-media"
    if rule.media and rule.kind == "correction" and before[-1:] in (["be"], ["get"]):
        return "passive"  # "the article I was misquoted in": the publisher's subject suffered the error
    return ""


# What opens a question that takes the act as done: "Why did the paper retract it?" (not "Did it retract it?", nor
# a headline's "Binance files lawsuit?").
_PRESUPPOSING = {"why", "how", "when", "where", "who", "what", "почему", "зачем", "как", "когда", "кто"}


def _asks(lem: Lemmas) -> bool:
    """Whether a sentence that ends in a question mark asks whether the act happened, rather than why or how it
    did."""
    words = [t.lemma for t in lem.tokens if t.lemma[:1].isalnum()]
    while words and words[0] in ("and", "but", "so", "then", "now", "и", "а", "но", "так"):
        words = words[1:]
    return not words or words[0] not in _PRESUPPOSING or words[1:2] == ["if"]


def _remembered(lem: Lemmas, first: int, cue: int) -> bool:
    """Whether a history cue dates the act: before it ("In 1998 the paper ran a correction"), or after it in the
    same clause ("launched back in 1983"); not inside what the act reported ("reported that he won in 1982")."""
    if cue < 0:
        return False
    at = lem.tokens[first].start
    return cue < at or not any(t.lemma in ("that", "что") and at <= t.start < cue for t in lem.tokens[first:])


def read(lem: Lemmas, outlet: str = "", cancelled: list[tuple[str, str]] | None = None,
         rules: dict[int, re.Match[str]] | None = None) -> list[Reading]:
    """Every uncancelled act the sentence states (several per kind possible), in rule order. Only the rules
    whose required slots the sentence's lemmas fill are tried (or `rules`, where the caller found which match and
    where first, in the same lemma string). `cancelled` collects (kind, canceller) for the rest."""
    out: list[Reading] = []
    text = lem.text
    if ("[" in text or "<" in text) and TEMPLATE.search(text):
        return []  # "apologize for the late arrival of your order on [date]": a template, not an act
    words = set(lem.string.split())
    tried = rules_for(words) if rules is None else list(rules)
    if not tried:
        return out
    denied_frame = NOT_MEAN.search(text) if words & MEAN_WORDS else None
    history = HISTORY.search(text) if words & HISTORY_WORDS else None
    ctx = _Sentence(question=text.rstrip().rstrip('"”’»\')').endswith("?") and _asks(lem),
                    history=history.start() if history else -1,
                    generic_opening=generic_opening(lem),
                    outlet_words=_outlet_words(outlet))
    clauses: dict[int, list[str]] = {}  # the clause before each match start, read once
    for i in tried:
        rule = RULES[i]
        pattern, pos, found = rule.pattern, 0, rules.get(i) if rules else None
        while (m := found or pattern.search(lem.string, pos)) is not None:
            found = None
            # after a match that stands, go on after it (as finditer would); after one read in another sense, from
            # its next word, so that a match it overlapped still counts ("called it 'concerning' ... by disputing
            # the judgments as false": the first reading is no denial, the second is)
            pos = m.start() + 1
            first, last = lem.token_at(m.start() + 1), lem.token_at(m.end() - 1)
            if first >= len(lem.tokens):
                continue
            while first < last and not lem.tokens[first].lemma[:1].isalnum():
                first += 1  # a rule anchored at the start skips the quotes and numbers that open the line
            if lem.tokens[first].text == "Sue" and (first > 0 or a_first_name(lem, first)):
                continue  # a name
            before = clauses.get(first)
            if before is None:
                before = clauses[first] = _clause_before(lem, first)
            reason = _why_not(lem, rule, first, last, before, ctx)
            if not reason and denied_frame and denied_frame.end() <= lem.tokens[first].start:
                reason = "negation"  # "this does not mean that we deny the report"
            if reason == "verdict":  # a party that calls a piece wrong disputes it: its denial (`speaker_of` names it)
                out.append(Reading("denial", "stance", 0.85, *lem.span(m.start() + 1, m.end()), rule.name, first))
                reason = "not-media"
            if reason:
                if cancelled is not None:
                    cancelled.append((rule.kind, reason))
                if reason != "sense":
                    pos = m.end()  # a demand, a negation, a modal governs what the match holds: all of it
                continue
            start, end = lem.span(m.start() + 1, m.end())
            anchor = next((t for t in lem.tokens[first:last + 1] if rule.anchors and t.lemma in rule.anchors), None)
            if anchor is not None and rule.voice != "note" and rule.subject_first and not (
                    rule.kind == "legal_action" and rule.name.startswith("{AUTH}")):
                start = anchor.start  # the actor is read before the act's own word ("The SEC charged")
            tok = lem.tokens[first]
            aside = tok.low.endswith("ing") and bool(before) and before[-1] in ("after", "before", "upon")
            out.append(Reading(rule.kind, rule.voice, rule.strength, start, end, rule.name, first,
                               anchor.lemma if anchor else "", aside))
            pos = m.end()
    return out
