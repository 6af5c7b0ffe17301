"""storywatch's Datasette plugin (loaded with `--plugins-dir`): cells a person can read, and private tables
that no query reads.

- Dates as "2022-04-22 10:00" (UTC) instead of raw ISO-8601; JSON lists (kinds, watches, notes) as "a, b";
  a version's diff as its notes and changed paragraphs; hashes cut to 8 characters. Every rendered cell is at
  most TRUNCATE characters, like the cells Datasette renders itself (truncate_cells_html).
- The tables named in the plugin's `private_tables` (the subscribers' chat ids) read as NULL through an SQLite
  authorizer, whatever SQL is written; their pages are also hidden and forbidden by the metadata.
"""

from __future__ import annotations

import json
import re
import sqlite3
from typing import Any

from datasette import hookimpl

PLUGIN = "storywatch_datasette"
TRUNCATE = 200
_ISO = re.compile(r"^(\d{4}-\d\d-\d\d)T(\d\d:\d\d)(?::\d\d(?:\.\d+)?)?(?:\+00:00|Z)?$")
_LISTS = {"kinds", "watches", "follow_ups", "notes"}
_HASHES = {"content_hash", "dedup_key", "fingerprint", "body_hash"}


def _cut(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= TRUNCATE else text[: TRUNCATE - 1] + "\u2026"


def _diff_text(value: str) -> str | None:
    try:
        diff = json.loads(value)
    except ValueError:
        return None
    if not isinstance(diff, dict):
        return None
    parts = [f"note added: {n}" for n in diff.get("notes_added", [])]
    parts += [f"changed: {c.get('before', '')} \u2192 {c.get('after', '')}" for c in diff.get("changed", [])]
    parts += [f"removed: {p}" for p in diff.get("removed", [])]
    parts += [f"added: {p}" for p in diff.get("added", [])]
    parts += [f"note removed: {n}" for n in diff.get("notes_removed", [])]
    return "; ".join(parts) or "no change in the text"


def readable(column: str, value: Any) -> str | None:
    """How a cell reads, or None to leave it to Datasette."""
    if not isinstance(value, str):
        return None
    if column in _HASHES and len(value) > 12:
        return value[:8] + "\u2026"
    if column == "diff":
        text = _diff_text(value)
        return None if text is None else _cut(text)
    if column in _LISTS and value.startswith("["):
        try:
            items = json.loads(value)
        except ValueError:
            return None
        if isinstance(items, list):
            return _cut(", ".join(str(i) for i in items)) or "\u00a0"
    found = _ISO.match(value)
    if found:
        return f"{found.group(1)} {found.group(2)}"
    return None


@hookimpl
def render_cell(value: Any, column: str, table: str | None, database: str, datasette: Any) -> str | None:
    return readable(column, value)


def _private(datasette: Any, database: str) -> frozenset[str]:
    config = datasette.plugin_config(PLUGIN, database=database) or {}
    return frozenset(str(t).lower() for t in config.get("private_tables", []))


@hookimpl
def prepare_connection(conn: sqlite3.Connection, database: str, datasette: Any) -> None:
    private = _private(datasette, database)
    if not private:
        return

    def authorize(action: int, arg1: str | None, arg2: str | None, dbname: str | None, source: str | None) -> int:
        if action == sqlite3.SQLITE_READ and (arg1 or "").lower() in private:
            return sqlite3.SQLITE_IGNORE  # the column reads as NULL
        return sqlite3.SQLITE_OK

    conn.set_authorizer(authorize)
