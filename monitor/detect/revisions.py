"""Version diffs (pure): what a new version of an article removed, added and changed, paragraph by paragraph.

An alert quotes this: "removed: ...", "added: ...", "note that appeared: ...". Paragraphs are compared with
white space folded, so a re-wrapped line is not a change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any


def paragraphs(text: str) -> list[str]:
    """Non-empty lines of `text`, white space folded."""
    return [flat for line in text.splitlines() if (flat := " ".join(line.split()))]


@dataclass(frozen=True)
class VersionDiff:
    removed: tuple[str, ...] = ()
    added: tuple[str, ...] = ()
    changed: tuple[tuple[str, str], ...] = ()  # (before, after): a paragraph edited in place
    notes_added: tuple[str, ...] = ()
    notes_removed: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.removed or self.added or self.changed or self.notes_added or self.notes_removed)

    def as_json(self) -> dict[str, Any]:
        return {"removed": list(self.removed), "added": list(self.added),
                "changed": [{"before": b, "after": a} for b, a in self.changed],
                "notes_added": list(self.notes_added), "notes_removed": list(self.notes_removed)}


def _similar(a: str, b: str) -> bool:
    return SequenceMatcher(None, a, b, autojunk=False).ratio() >= 0.5


def diff_versions(old_text: str, new_text: str, old_notes: tuple[str, ...] | list[str] = (),
                  new_notes: tuple[str, ...] | list[str] = ()) -> VersionDiff:
    """The paragraph-level difference between two versions' texts, and the notes that appeared or went."""
    before, after = paragraphs(old_text), paragraphs(new_text)
    removed: list[str] = []
    added: list[str] = []
    changed: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, before, after, autojunk=False).get_opcodes():
        if op == "delete":
            removed.extend(before[i1:i2])
        elif op == "insert":
            added.extend(after[j1:j2])
        elif op == "replace":
            # Pair paragraphs edited in place, in order (a note inserted before an edited paragraph does not
            # hide the edit); what does not pair is removed or added outright.
            new_block, start = after[j1:j2], 0
            for old in before[i1:i2]:
                at = next((k for k in range(start, len(new_block)) if _similar(old, new_block[k])), None)
                if at is None:
                    removed.append(old)
                    continue
                added.extend(new_block[start:at])
                changed.append((old, new_block[at]))
                start = at + 1
            added.extend(new_block[start:])
    old_set = {" ".join(n.split()) for n in old_notes}
    new_set = {" ".join(n.split()) for n in new_notes}
    return VersionDiff(
        removed=tuple(removed), added=tuple(added), changed=tuple(changed),
        notes_added=tuple(n for n in (" ".join(x.split()) for x in new_notes) if n not in old_set),
        notes_removed=tuple(n for n in (" ".join(x.split()) for x in old_notes) if n not in new_set),
    )


_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def _sentences(text: str) -> list[str]:
    """Sentences, never across lines (a title and its summary are two)."""
    return [part for line in text.splitlines() for part in _SENTENCE.split(" ".join(line.split())) if part]


def changed_sentences(before: str, after: str) -> tuple[str, str] | None:
    """The first run of sentences that differs between two versions of a text, as (before, after), or None.

    What an alert quotes for a revision: "Before: ... After: ...". A sentence edited in place is preferred
    to one merely added (the added one is usually the note the alert already quotes): within the first
    replaced run, the most alike pair of sentences.
    """
    a, b = _sentences(before), _sentences(after)
    opcodes = [op for op in SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes() if op[0] != "equal"]
    for tag, i1, i2, j1, j2 in opcodes:
        if tag == "replace":
            pairs = ((x, y) for x in a[i1:i2] for y in b[j1:j2])
            return max(pairs, key=lambda pair: SequenceMatcher(a=pair[0], b=pair[1], autojunk=False).ratio())
    # Only sentences added (a note the alert already quotes) or only removed: a removal is still a change.
    removed = next(((i1, i2) for tag, i1, i2, _, _ in opcodes if tag == "delete"), None)
    return None if removed is None else (" ".join(a[removed[0]:removed[1]]), "")


def changed_paragraphs(before: str, after: str, notes: set[str]) -> list[tuple[str, str]]:
    """Paragraphs that a revision replaced, added or removed, as (before, after) pairs; the notes themselves
    (and paragraphs that are only a note) are not changes of the story's text."""
    old = paragraphs(before)
    new = [p for p in paragraphs(after) if p not in notes and not any(n in p and len(p) - len(n) < 20 for n in notes)]
    pairs: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        a, b = " ".join(old[i1:i2]), " ".join(new[j1:j2])
        if re.sub(r"\W+", "", a).casefold() != re.sub(r"\W+", "", b).casefold():
            pairs.append((a, b))
    return pairs
