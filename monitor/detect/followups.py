"""Follow-up detection (pure): find corrections, apologies, denials and the rest in a document, with evidence.

The detector reads sentences and editor's notes, never bare keywords: "a market correction" and
"Binance expects an apology from Reuters" are not follow-ups (the patterns and guards live in `notices`).
Each event names its actor (who corrected, apologised, denied), its target where the sentence says it
(`parties`), and quotes the sentence itself as evidence. Given an earlier version of the article, only what
the new version adds is read, and a changed paragraph is quoted before and after.
"""

from __future__ import annotations

import difflib
import functools
import re

from monitor.detect import wording
from monitor.detect.parties import actor, canonical, first_known, in_quote, starts_with_pronoun, target
from monitor.detect.prefilter import Prefilter
from monitor.models import KINDS, Doc, Event

_SENTENCE = re.compile(r"(?<=[.!?])[\"'”’»)]*\s+(?=[\"'“‘«(]*[A-ZА-ЯЁ0-9(])|\n+")
_ABBREV = re.compile(r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Inc|Corp|Co|Ltd|No|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct"
                     r"|Nov|Dec|vs|Gov|Sen|Rep|Gen|Prof|U\.S|U\.K|т|г|им|ул)|\b[ap]\.m)\.$")
_MAX_EVIDENCE = 600
# Kinds a sentence's stronger reading absorbs: "updated to correct" is a correction, not also an update.
_ABSORBS = {"retraction": {"correction", "update", "clarification"}, "correction": {"update"},
            "clarification": {"update", "correction"}}


@functools.cache
def _prefilter() -> Prefilter:
    """Which rules can match a sentence at all, from the literals their patterns require (one pass, not ~50
    searches); built on first use (about 0.1 s: reading the patterns), not by every command that imports this."""
    return Prefilter([rule.pattern for rule in wording.RULES])


def sentences(text: str) -> list[str]:
    """Split text into sentences and lines (notes in brackets stay whole; "U.S." does not end a sentence)."""
    out: list[str] = []
    for piece in _SENTENCE.split(text):
        piece = piece.strip() if piece else ""
        if not piece:
            continue
        if out and _ABBREV.search(out[-1]) and "\n" not in out[-1]:
            out[-1] = f"{out[-1]} {piece}"
        else:
            out.append(piece)
    return out


def _clip(sentence: str) -> str:
    sentence = " ".join(sentence.split())
    return sentence if len(sentence) <= _MAX_EVIDENCE else sentence[: _MAX_EVIDENCE - 1].rstrip() + "…"


def _tag_events(sentence: str, outlet: str) -> list[tuple[str, float]]:
    """Reuters' headline tags (CORRECTED-, UPDATE 2-, REFILE-) and bracketed advisories ("(Adds comment ...)")."""
    found: list[tuple[str, float]] = []
    tags = wording.TAGS.match(sentence)
    if tags:
        chain = tags.group(1)
        if "CORRECTED" in chain:
            found.append(("correction", 0.9))
        elif "REFILE" in chain:
            found.append(("correction", 0.6))
        if re.search(r"UPDATE\s*\d", chain):
            found.append(("update", 0.85))
    advisory = wording.ADVISORY.match(sentence)
    if advisory:
        verb = advisory.group(1).casefold()
        kind = next((k for stem, k in wording.ADVISORY_KIND.items() if verb.startswith(stem)), "")
        if kind == "update" and re.search(r"\b(?:dropped|missing|omitted) (?:word|letter|line|text)|\btypo\b",
                                          sentence, re.IGNORECASE):
            kind = "correction"  # "(Adds dropped word 'not' in paragraph 3)" fixes an error
        if kind == "refile":
            kind = "update" if re.search(r"\bto (?:add|include)\b(?! (?:a )?(?:dropped|missing))", sentence,
                                         re.IGNORECASE) else "correction"
        if kind:
            found.append((kind, 0.95))
    return found


_PREFIX = re.compile(r"^\W*(?:updated?|correction|clarification|editors?['’]?s?['’]? note|обновлено|исправлено"
                     r"|уточнение|от редакции|примечание редакции)\s*(?:\([^)]{0,60}\)|,\s*[^:]{3,40})?\s*[:\-–—]\s*",
                     re.IGNORECASE)
_MARKET = re.compile(r"\b(?:oil|stocks?|shares|prices?|bitcoin|ether|crypto|market|index|indices|nasdaq|dow|bonds?"
                     r"|yields?|drops?|falls?|fell|slides?|rall\w*|slump\w*|sell-?off|territory|deepens?)\b",
                     re.IGNORECASE)
_ERROR = re.compile(r"\b(?:error|incorrect\w*|misstat\w*|earlier version|previous version|wrong\w*|should have"
                    r"|mistaken\w*|inaccura\w*|misidentif\w*|misspell\w*|not\b)", re.IGNORECASE)


def _rule_readings(sentence: str, outlet: str, year: int | None) -> dict[str, Event]:
    found: dict[str, Event] = {}
    for i in sorted(_prefilter().candidates(sentence)):  # in the table's order: the first rule of a kind wins
        rule = wording.RULES[i]
        if rule.kind in found:
            continue
        m = rule.pattern.search(sentence)
        if not m:
            continue
        kind = rule.kind
        if wording.is_old(sentence, year, rule.voice):
            continue
        if rule.voice == "reported" and (wording.not_done(sentence, m.start()) or sentence.rstrip().endswith("?")):
            continue  # a demand, a refusal, a threat, or a question ("Binance sues Reuters?")
        if kind == "legal_action" and (wording.hypothetical_after(sentence, m.end())
                                       or re.match(r"sued for peace", sentence[m.start():], re.IGNORECASE)):
            continue
        if rule.voice == "note" and m.start() > 0 and in_quote(sentence, m.start()):
            continue  # a note quoted inside someone's sentence ("the guide says 'This story has been corrected'")
        if kind == "apology" and not wording.media_context(sentence):
            continue
        if kind == "denial" and wording.NOT_A_DENIAL.search(sentence):
            continue
        if kind == "update" and wording.is_timestamp(sentence):
            continue
        if kind == "correction" and rule.voice == "note":
            if re.match(r"^\W*correction\b", m.group(0), re.IGNORECASE) and _MARKET.search(sentence) and not (
                    _ERROR.search(sentence)):
                continue  # "Correction: Oil Drops Most Since March" is a market headline
            if re.search(r"\bamended\b", m.group(0), re.IGNORECASE):
                if re.search(r"\bto clarify\b", sentence, re.IGNORECASE):
                    kind = "clarification"
                elif re.search(r"\bto (?:include|add|reflect a|note a)\b(?![^.]{0,30}\b(?:correct|error))", sentence,
                               re.IGNORECASE):
                    kind = "update"
        if kind == "stands_by" and re.search(r"\b(?:it|them)$", m.group(0)) and not re.search(
                r"\b(?:reporting|report|story|article|journalism|coverage)\b", sentence, re.IGNORECASE):
            continue  # "we stand by it" is about a story only when the sentence says so
        if kind == "stands_by" and re.match(r"stand\b", m.group(0), re.IGNORECASE) and not re.search(
                r"\b(?:we|i|they|мы)\s+(?:\w+\s+)?$", sentence[:m.start()], re.IGNORECASE):
            continue  # "good editors stand by their reporters": a maxim, not a statement
        who = actor(sentence, m.start(), m.end(), "reported" if rule.voice != "note" else "note", outlet)
        if rule.voice == "accepted":
            by = m.groupdict().get("by")
            who = canonical(re.sub(r"['’]s?$", "", by.strip())) if by else ""
        if kind == "denial" and re.search(r"опроверж", m.group(0)) and who in (outlet, "Reuters"):
            kind = "retraction"
        if kind in found:
            continue
        found[kind] = Event(kind, _clip(sentence), who, target(kind, sentence, m.start(), m.end(), who),
                            rule.confidence)
    if any(e.actor == outlet and e.kind not in ("denial", "stands_by", "legal_action", "apology")
           for e in found.values()):
        # Inside an outlet's note, "Binance has said it did not share data" is the note's content, not news.
        for kind in ("denial", "stands_by", "legal_action"):
            found.pop(kind, None)
    return found


def _readings(sentence: str, outlet: str, year: int | None) -> list[Event]:
    """Every follow-up this sentence states, strongest reading first."""
    found = _rule_readings(sentence, outlet, year)
    prefix = _PREFIX.match(sentence)
    if prefix and prefix.end() < len(sentence):
        # "UPDATE (Aug. 12): Corrects the date ..." and "Editor's note: This article has been retracted" say two
        # things: the heading, and what the note itself does.
        for kind, event in _rule_readings(sentence[prefix.end():], outlet, year).items():
            found.setdefault(kind, Event(kind, _clip(sentence), event.actor, event.target, event.confidence))
        for kind, confidence in _tag_events(sentence[prefix.end():], outlet):
            found.setdefault(kind, Event(kind, _clip(sentence), outlet, "", confidence))
    for strong, weak in _ABSORBS.items():
        if strong in found:
            for kind in weak:
                if kind in found and found[kind].confidence <= found[strong].confidence:
                    del found[kind]
    for kind, confidence in _tag_events(sentence, outlet):
        found.setdefault(kind, Event(kind, _clip(sentence), outlet, "", confidence))
    return sorted(found.values(), key=lambda e: KINDS.index(e.kind))


def _paragraphs(doc: Doc) -> list[str]:
    return [" ".join(p.split()) for p in doc.text.split("\n") if p.strip()]


def _changes(before: Doc, after: Doc, notes: set[str]) -> list[tuple[str, str]]:
    """Paragraphs that a revision replaced, added or removed, as (before, after) pairs; the notes themselves
    (and paragraphs that are only a note) are not changes of the story's text."""
    old = _paragraphs(before)
    new = [p for p in _paragraphs(after) if p not in notes and not any(n in p and len(p) - len(n) < 20 for n in notes)]
    pairs: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        a, b = " ".join(old[i1:i2]), " ".join(new[j1:j2])
        if re.sub(r"\W+", "", a).casefold() != re.sub(r"\W+", "", b).casefold():
            pairs.append((a, b))
    return pairs


def detect(doc: Doc, previous: Doc | None = None) -> list[Event]:
    """The follow-up events `doc` states, in text order, one per kind and actor.

    With `previous` (an earlier version of the same article), only sentences that the new version adds are
    read, so a note carried over from an earlier version is not announced again; a note that a revision adds
    carries the paragraph it changed, before and after. A silent edit (no note) is not an event: outlets
    fix typos all day, and subscribers must trust every alert.
    """
    seen_before = {" ".join(s.split()) for s in sentences(previous.text)} if previous else set()
    year = doc.published.year if doc.published else None
    events: list[Event] = []
    taken: dict[tuple[str, str], int] = {}
    last_org = ""
    for sentence in sentences(doc.text):
        org, last_org = last_org, first_known(sentence) or last_org
        if " ".join(sentence.split()) in seen_before:
            continue
        for event in _readings(sentence, doc.outlet, year):
            if org and event.actor != doc.outlet and starts_with_pronoun(sentence):
                event = Event(event.kind, event.evidence, org, event.target, event.confidence)
            key = (event.kind, event.actor)
            if key not in taken:
                taken[key] = len(events)
                events.append(event)
            elif event.confidence > events[taken[key]].confidence:
                # A headline tag (CORRECTED-) gives way to the advisory that says what was corrected.
                events[taken[key]] = event
    if previous is None or not events:
        return events
    changes = _changes(previous, doc, {e.evidence for e in events})
    if not changes:
        return events
    before, after = changes[0]
    return [Event(e.kind, e.evidence, e.actor, e.target, e.confidence, before, after)
            if e.kind in ("correction", "clarification", "update", "editors_note", "retraction") else e
            for e in events]
