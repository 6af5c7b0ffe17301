"""What makes two texts the same version and two detections the same event: the archive's identities, computed
over texts as compared (monitor.text.identity_text), so that reading a known text more literally (an entity
decoded, a "<tag>" word kept) is neither a new version nor a new event. Pure; the migrations that recompute
them (monitor/archive/rekey.py) use these very functions."""

from __future__ import annotations

import hashlib

from monitor.models import Event
from monitor.text import identity_text


def content_hash(title: str, summary: str, body: str) -> str:
    """A version's identity: its words as compared."""
    folded = "\x1f".join(identity_text(part) for part in (title, summary, body))
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


def event_key(watch: str, article_id: int, event: Event) -> str:
    """Two detections of the same statement in the same article for the same watch are one event (the
    statement compared as texts are, case folded)."""
    return evidence_key(watch, article_id, event.kind, event.evidence)


def evidence_key(watch: str, article_id: int, kind: str, evidence: str) -> str:
    """`event_key` from an event's stored parts (the migrations recompute it from rows)."""
    words = identity_text(evidence).casefold()
    return hashlib.sha256(f"{watch}\x1f{article_id}\x1f{kind}\x1f{words}".encode()).hexdigest()
