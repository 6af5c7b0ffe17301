"""Feeds that moved for good. A source whose every redirect hop is permanent (301 or 308) is, after that same
answer has come for a day and on three polls at least, polled at its new address (`sources.fetch_url`): no
redirect on every poll, and the old address may go away. An http -> https move of the very same address is
taken at once. A redirect that stops or changes before then starts the count again, so a misconfigured or
hijacked server cannot move a source with one answer. The source keeps its identity (`url`, which the seeds
name and the operator types); `storywatch sources` shows where it is polled and a move still being watched.

`plan_move` is the policy (pure); `record_move` writes its outcome (the poller's writer, in its transaction).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import urlsplit

from monitor.archive.db import Archive
from monitor.archive.records import SourceRow
from monitor.archive.sources import adopt_move, watch_redirect
from monitor.clock import parse_iso

MOVE_AFTER = timedelta(hours=24)  # the same permanent redirect answered for this long ...
MOVE_AFTER_SEEN = 3  # ... and on this many polls at least


@dataclass(frozen=True)
class Move:
    pending: str | None  # the permanent redirect being watched (None: none)
    seen: int  # polls that answered it in a row
    since: datetime | None  # when it was first answered
    adopt: bool  # poll the source at `pending` from now on


def https_upgrade(old: str, new: str) -> bool:
    """The same address, only moved from http to https."""
    a, b = urlsplit(old), urlsplit(new)
    return a.scheme == "http" and b.scheme == "https" and (a.hostname, a.path, a.query) == (b.hostname, b.path, b.query)


def plan_move(polled: str, moved_to: str, *, pending: str | None, seen: int, since: datetime | None,
              now: datetime) -> Move:
    """What to do after a good answer to `polled`: `moved_to` is where its permanent redirects led ('' when
    the answer came without one, or through a temporary redirect)."""
    if not moved_to or moved_to == polled:
        return Move(None, 0, None, False)
    if moved_to != pending or since is None:
        pending, seen, since = moved_to, 0, now
    seen += 1
    adopt = https_upgrade(polled, moved_to) or (seen >= MOVE_AFTER_SEEN and now - since >= MOVE_AFTER)
    return Move(pending, seen, since, adopt)


def record_move(archive: Archive, source: SourceRow, moved_to: str, now: datetime) -> str | None:
    """Apply `plan_move` to a source after a good answer (inside the caller's transaction); returns the
    address the source is polled at from now on when it moved, else None."""
    polled = source.get("fetch_url") or source["url"]
    move = plan_move(polled, moved_to, pending=source.get("redirect_to"), seen=int(source.get("redirect_seen") or 0),
                     since=parse_iso(source.get("redirect_since")), now=now)
    if move.adopt and move.pending:
        adopt_move(archive, source["id"], move.pending)
        return move.pending
    if (move.pending, move.seen) != (source.get("redirect_to"), int(source.get("redirect_seen") or 0)):
        watch_redirect(archive, source["id"], move.pending, move.seen, move.since)
    return None
