"""What the case tables ask of the detector: the kinds a text states, and who the first event of a kind names."""

from __future__ import annotations

from monitor.detect.followups import detect
from monitor.models import Doc


def kinds(text: str, title: str = "", outlet: str = "The Daily Bugle") -> list[str]:
    """The kinds of the events the detector finds in `text` (under `title`), in its order."""
    return [e.kind for e in detect(Doc(title=title, body=text, outlet=outlet))]


def actor(title: str, body: str, kind: str, outlet: str = "Bugle Blog") -> str:
    """The actor of the first event of `kind` on a page (the case must state one)."""
    events = [e for e in detect(Doc(title=title, body=body, outlet=outlet)) if e.kind == kind]
    assert events, (title, body, kind)
    return events[0].actor


def states(text: str, kind: str | None, title: str = "", outlet: str = "The Daily Bugle") -> None:
    """The text states `kind` (among any others), or, where `kind` is None, no event at all."""
    found = kinds(text, title, outlet)
    assert (kind in found) if kind else found == [], found


def finds(text: str, kind: str, found: bool, title: str = "", outlet: str = "The Daily Bugle") -> None:
    """Whether the text states `kind` is `found` (other kinds aside)."""
    got = kinds(text, title, outlet)
    assert (kind in got) is found, got
