"""Story threads (pure): one story's coverage grouped, and syndicated copies of one follow-up collapsed.

The same wire correction republished by twenty sites is one event seen twenty times. `fingerprint` keys an
event by its kind and its evidence with the site-specific parts removed (dateline, credit line, case,
punctuation); `collapse` groups sightings whose fingerprints are equal or whose evidence overlaps heavily
(word-trigram Jaccard), keeping the earliest sighting as the event and listing every outlet that carried it.
`build_thread` lays out a story for one watch: its origin articles, its coverage by outlet, and its
follow-ups, collapsed.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from monitor.models import KINDS, Doc, Event, Match

# "LONDON, April 22 (Reuters) -", "NEW YORK (AP) —", "(Bloomberg) --": the part each copy words its own way.
_DATELINE = re.compile(r"^\s*(?:[A-ZА-Я][A-ZА-Я .,'-]{1,40},?\s*(?:[A-Z][a-z]{2,8}\.? \d{1,2}\s*)?)?"
                       r"\(\s*[\w .&-]{2,30}\)\s*[-–—]+\s*")
_CREDIT = re.compile(r"\((?:reporting|writing|editing|additional reporting)\b[^)]*\)|\(\s*[\w .&-]{2,30}\s*\)",
                     re.IGNORECASE)
_NON_WORD = re.compile(r"[^\w]+")
# Word-trigram overlap above which two pieces of evidence are one follow-up worded twice.
SIMILAR = 0.75


def normalised_evidence(evidence: str) -> str:
    text = _CREDIT.sub(" ", _DATELINE.sub("", evidence))
    return " ".join(_NON_WORD.sub(" ", text.casefold()).split())


def fingerprint(event: Event) -> str:
    """A key equal for the same follow-up wherever it is republished."""
    return hashlib.sha256(f"{event.kind}\x1f{normalised_evidence(event.evidence)}".encode()).hexdigest()[:32]


def _when(moment: datetime | None) -> float:
    """A sort key: earlier first, unknown times last."""
    return moment.timestamp() if moment else float("inf")


def _trigrams(text: str) -> set[tuple[str, ...]]:
    words = text.split()
    return {tuple(words[i:i + 3]) for i in range(max(1, len(words) - 2))}


def similarity(a: str, b: str) -> float:
    """Word-trigram Jaccard similarity of two normalised evidence texts (0..1)."""
    ta, tb = _trigrams(a), _trigrams(b)
    return len(ta & tb) / len(ta | tb) if ta and tb else float(a == b)


@dataclass(frozen=True)
class Sighting:
    """One event as seen in one article."""

    event: Event
    outlet: str
    url: str = ""
    published: datetime | None = None


@dataclass
class Collapsed:
    """One follow-up, with every outlet and URL that carried it (earliest first)."""

    key: str
    event: Event
    first_seen: datetime | None
    outlets: list[str] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)

    @property
    def copies(self) -> int:
        return len(self.urls) or len(self.outlets)


def collapse(sightings: Iterable[Sighting], threshold: float = SIMILAR) -> list[Collapsed]:
    """Group sightings of the same follow-up; the result is ordered by first sighting."""
    ordered = sorted(sightings, key=lambda s: (_when(s.published), s.url))
    groups: list[tuple[Collapsed, str]] = []
    by_key: dict[str, int] = {}
    for s in ordered:
        key = fingerprint(s.event)
        text = normalised_evidence(s.event.evidence)
        index = by_key.get(key)
        if index is None:
            index = next((i for i, (g, t) in enumerate(groups)
                          if g.event.kind == s.event.kind and similarity(t, text) >= threshold), None)
        if index is None:
            groups.append((Collapsed(key, s.event, s.published), text))
            index = len(groups) - 1
        by_key[key] = index
        group = groups[index][0]
        if s.outlet and s.outlet not in group.outlets:
            group.outlets.append(s.outlet)
        if s.url and s.url not in group.urls:
            group.urls.append(s.url)
    return [g for g, _ in groups]


@dataclass
class Thread:
    """A story's coverage for one watch: where it started, who covered it, and what followed."""

    watch: str
    origins: list[str] = field(default_factory=list)
    coverage: dict[str, int] = field(default_factory=dict)
    follow_ups: list[Collapsed] = field(default_factory=list)


def build_thread(watch: str, items: Iterable[tuple[Doc, Match, list[Event]]]) -> Thread:
    """Lay out one watch's story from (document, its match, its events) triples."""
    thread = Thread(watch)
    sightings: list[Sighting] = []
    for doc, match, events in items:
        if match.watch != watch:
            continue
        if match.reason == "is an origin article":
            thread.origins.append(doc.url)
        thread.coverage[doc.outlet] = thread.coverage.get(doc.outlet, 0) + 1
        sightings.extend(Sighting(e, doc.outlet, doc.url, doc.published) for e in events)
    thread.follow_ups = sorted(collapse(sightings), key=lambda c: (KINDS.index(c.event.kind), _when(c.first_seen)))
    return thread
