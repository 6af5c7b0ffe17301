"""Syndication (pure): is a new follow-up a republished copy of one already recorded?

The same wire correction republished by twenty sites is one event seen twenty times. `fingerprint` keys an
event by its kind and its evidence with the site-specific parts removed (dateline, credit line, case,
punctuation); `same_follow_up` finds, among a watch's recent events of the same kind, the one whose
fingerprint is equal or whose evidence overlaps heavily (word-trigram Jaccard). The ingest records such a
copy as a sighting of that event, so subscribers get one alert listing every outlet that carried it.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping
from datetime import timedelta

from monitor.models import Event

# "LONDON, April 22 (Reuters) -", "NEW YORK (AP) —", "(Bloomberg) --": the part each copy words its own way.
_DATELINE = re.compile(r"^\s*(?:[A-ZА-Я][A-ZА-Я .,'-]{1,40},?\s*(?:[A-Z][a-z]{2,8}\.? \d{1,2}\s*)?)?"
                       r"\(\s*[\w .&-]{2,30}\)\s*[-–—]+\s*")
_CREDIT = re.compile(r"\((?:reporting|writing|editing|additional reporting)\b[^)]*\)|\(\s*[\w .&-]{2,30}\s*\)",
                     re.IGNORECASE)
_NON_WORD = re.compile(r"[^\w]+")
# Word-trigram overlap above which two pieces of evidence are one follow-up worded twice.
SIMILAR = 0.75
# How long a follow-up republished elsewhere counts as a copy of the first sighting rather than news.
WINDOW = timedelta(days=14)
# Short generic notes ("We regret the error.") are too common to say two outlets carried the same one.
MIN_WORDS = 8


def normalised_evidence(evidence: str) -> str:
    text = _CREDIT.sub(" ", _DATELINE.sub("", evidence))
    return " ".join(_NON_WORD.sub(" ", text.casefold()).split())


def fingerprint(event: Event) -> str:
    """A key equal for the same follow-up wherever it is republished."""
    return hashlib.sha256(f"{event.kind}\x1f{normalised_evidence(event.evidence)}".encode()).hexdigest()[:32]


def _trigrams(text: str) -> set[tuple[str, ...]]:
    words = text.split()
    return {tuple(words[i:i + 3]) for i in range(max(1, len(words) - 2))}


def similarity(a: str, b: str) -> float:
    """Word-trigram Jaccard similarity of two normalised evidence texts (0..1)."""
    ta, tb = _trigrams(a), _trigrams(b)
    return len(ta & tb) / len(ta | tb) if ta and tb else float(a == b)


# How a follow-up was read, when it is someone reporting another's act ("Reuters amended its report", in
# The Block) rather than the actor's own notice ("(Corrects paragraph 1 ...)", a heading, a column).
REPORTED = frozenset({"act", "stance"})


def worth_comparing(event: Event, outlet: str = "") -> bool:
    """Whether the recorded events should be read: the evidence is long enough for two copies of it to mean one
    follow-up, or it is an outlet's report of someone else's act (one already recorded by that actor is the same
    follow-up)."""
    return len(normalised_evidence(event.evidence).split()) >= MIN_WORDS or _reported(event, outlet)


def _reported(event: Event, outlet: str) -> bool:
    """An outlet reporting another's act: read as an act or a stance, the actor named, and not the outlet itself
    (Binance's own post saying it denies is Binance's denial, not a report of one)."""
    actor = event.actor.strip().casefold()
    return event.basis in REPORTED and bool(actor) and bool(outlet) and actor != outlet.strip().casefold()


def same_follow_up(event: Event, recorded: Iterable[Mapping[str, object]], outlet: str = "") -> int | None:
    """The id of the recorded event (rows with id, evidence, fingerprint, actor; same watch and kind, newest
    first) that `event` repeats, if any: a republished copy (the same evidence), or another outlet's report of
    an act already recorded by the same actor (The Block saying Reuters amended its report, after Reuters' own
    correction note: one correction, carried by two outlets)."""
    if not worth_comparing(event, outlet):
        return None
    mine, words = fingerprint(event), normalised_evidence(event.evidence)
    actor = event.actor.strip().casefold() if _reported(event, outlet) else ""
    long_enough = len(words.split()) >= MIN_WORDS
    for row in recorded:
        if long_enough and (row["fingerprint"] == mine
                            or similarity(words, normalised_evidence(str(row["evidence"]))) >= SIMILAR):
            return int(str(row["id"]))
        if actor and str(row.get("actor") or "").strip().casefold() == actor:
            return int(str(row["id"]))
    return None
