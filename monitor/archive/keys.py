"""The archive's identities (pure): a version's content hash and an event's key. One place, because the
schema's migrations recompute them (monitor/archive/schema.py) exactly as the writers compute them."""

from __future__ import annotations

import hashlib


def content_hash(title: str, summary: str, body: str) -> str:
    """A version's identity: its words, white space folded."""
    folded = "\x1f".join(" ".join(part.split()) for part in (title, summary, body))
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


def event_key(watch: str, article_id: int, kind: str, evidence: str) -> str:
    """Two detections of the same statement in the same article for the same watch are one event."""
    words = " ".join(evidence.casefold().split())
    return hashlib.sha256(f"{watch}\x1f{article_id}\x1f{kind}\x1f{words}".encode()).hexdigest()
