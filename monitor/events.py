"""Follow-up detection (pure): find corrections, apologies and retractions in a document, with the evidence.

The detector reads sentences and editor's notes, never bare keywords: "a market correction" and
"Binance expects an apology from Reuters" are not follow-ups. Each event names its actor (who corrected or
apologised), its target where the sentence says it, and quotes the sentence itself as evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .models import Doc, Event

_SENTENCE = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]*[A-ZА-Я0-9(])|\n+")
_MAX_EVIDENCE = 600


def sentences(text: str) -> list[str]:
    """Split text into sentences and lines (notes in brackets stay whole)."""
    return [s.strip() for s in _SENTENCE.split(text) if s and s.strip()]


@dataclass(frozen=True)
class _Rule:
    kind: str
    pattern: re.Pattern[str]
    confidence: float


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE | re.UNICODE)


_RETRACTION = (
    r"\bSTORY WITHDRAWN\b"
    r"|\b(?:has|have) (?:been )?(?:retracted|withdrawn) (?:the|this|its|our) (?:story|article|report)"
    r"|\b(?:this|the) (?:story|article|report) (?:has been|was) (?:retracted|withdrawn)\b"
    r"|\bретракци|\bотозвал[аи]? (?:статью|материал)"
)
_CORRECTION = (
    r"^\s*\(?\s*(?:corrects?|correcting)\b[^)]{3,300}\)?"
    r"|^\s*CORRECTED[-:\s]|^\s*REFILE[-:\s]?[^a-z]*?CORRECTED"
    r"|\b(?:this|the|an earlier version of this) (?:story|article|report|post)"
    r" (?:has been|was|is) (?:corrected|amended)\b"
    r"|\ban earlier version of this (?:story|article|report|post)\b[^.]{0,200}"
    r"\b(?:misstated|incorrectly|wrongly|erroneously|misidentified|misspelled|should have)"
    r"|\bregrets? the error\b|^\s*correction\s*[:\-–—]\s*\S"
    r"|\bэтот материал был исправлен|\bв (?:первоначальной|предыдущей) версии (?:статьи|материала)"
)
_APOLOGY = (
    r"\b(?:apologi[sz](?:e|es|ed|ing)|offered (?:an|its|his|her|their) apolog(?:y|ies)"
    r"|issued (?:an|a formal|a public) apolog(?:y|ies)|we are sorry for"
    r"|приносит извинения|принес(?:ла|ли)? извинения|извинил(?:ся|ась|ись))"
)
_RULES: tuple[_Rule, ...] = (
    # Retractions first: a withdrawn story is not merely corrected.
    _Rule("retraction", _rx(_RETRACTION), 0.95),
    _Rule("correction", _rx(_CORRECTION), 0.95),
    _Rule("apology", _rx(_APOLOGY), 0.85),
)

# Sentences that mention an apology without anyone apologising.
_NOT_AN_APOLOGY = _rx(
    r"\b(?:expect(?:s|ed|ing)?|demand(?:s|ed|ing)?|want(?:s|ed)?|call(?:s|ed)? for|seek(?:s|ing)?|sought|"
    r"ask(?:s|ed|ing)? for|request(?:s|ed)?|await(?:s|ed|ing)?|insist(?:s|ed)? on|owe(?:s|d)?)\b[^.]{0,40}"
    r"\bapolog|\b(?:refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing)|no need|never|not|won't|will not|did not|didn't|"
    r"has not|hasn't|have not|haven't|without)\b[^.]{0,30}\bapologi|\bno apolog|\bwithout (?:an )?apolog|"
    r"\bтребу\w* извинени|\bждёт извинени|\bждет извинени|\bожида\w* извинени"
)
# A sentence that merely reports an old correction elsewhere ("in 2019 the paper corrected ...") is not a notice;
# notices are written in a fixed voice, which the correction patterns above require.
_ACTOR_BEFORE = re.compile(
    r"((?:[A-Z][\w&.'’-]*)(?:\s+(?:[A-Z][\w&.'’-]*|of|de|&))*)\s+(?:has\s+|have\s+|had\s+)?"
    r"(?:publicly\s+|formally\s+)?(?:apologi[sz]|offered|issued|retracted|withdrew|corrected)"
)
_TARGET_AFTER = re.compile(r"\bapologi[sz]\w*\s+to\s+((?:[A-Z][\w&.'’-]*)(?:\s+[A-Z][\w&.'’-]*)*)")
_FIRST_PERSON = re.compile(r"^\s*(?:we|i)\b", re.IGNORECASE)


def _clip(sentence: str) -> str:
    sentence = " ".join(sentence.split())
    return sentence if len(sentence) <= _MAX_EVIDENCE else sentence[: _MAX_EVIDENCE - 1].rstrip() + "…"


def _actor(kind: str, sentence: str, outlet: str) -> str:
    if kind in ("correction",):
        return outlet
    if _FIRST_PERSON.match(sentence):
        return outlet
    found = _ACTOR_BEFORE.search(sentence)
    if found:
        return found.group(1).strip()
    return outlet


def _target(sentence: str) -> str:
    found = _TARGET_AFTER.search(sentence)
    return found.group(1).strip() if found else ""


def detect(doc: Doc, previous: Doc | None = None) -> list[Event]:
    """The follow-up events `doc` states, one per (kind, sentence), in text order.

    With `previous` (an earlier version of the same article), only sentences that the new version adds are
    read, so a note carried over from an earlier version is not announced again.
    """
    seen_before = {" ".join(s.split()) for s in sentences(previous.text)} if previous else set()
    events: list[Event] = []
    found: set[tuple[str, str]] = set()
    for sentence in sentences(doc.text):
        flat = " ".join(sentence.split())
        if flat in seen_before:
            continue
        for rule in _RULES:
            if not rule.pattern.search(sentence):
                continue
            if rule.kind == "apology" and _NOT_AN_APOLOGY.search(sentence):
                continue
            key = (rule.kind, flat)
            if key in found:
                continue
            found.add(key)
            events.append(
                Event(
                    kind=rule.kind,
                    evidence=_clip(sentence),
                    actor=_actor(rule.kind, sentence, doc.outlet),
                    target=_target(sentence) if rule.kind == "apology" else "",
                    confidence=rule.confidence,
                )
            )
            break
    return events
