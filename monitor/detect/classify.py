"""The classify contract (pure): one JSON object in, one verdict out, for `storywatch classify` and `evaluate`.

In:  {"id": ..., "url", "outlet", "title", "summary", "body", "published", "previous": {title, summary, body}}
     (every field but id optional).
Out: {"id": ..., "watches": [names], "events": [{"kind", "actor", "target", "evidence", "confidence"}]}
Kinds come only from models.KINDS; lists are empty when nothing applies. Keep this shape stable.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

from monitor.detect.caseless import Caseless
from monitor.detect.followups import detect
from monitor.detect.parties import outlet_from_url
from monitor.detect.query import Matcher
from monitor.errors import InputError
from monitor.models import Doc, Watch
from monitor.text import html_to_text

_TEXT_FIELDS = ("url", "outlet", "title", "summary", "body")


_MARKUP = Caseless(r"</?(?:p|div|br|span|a|em|strong|b|i|li|ul|ol|h[1-6]|blockquote|figure|section)\b[^>]*>")


def _text(obj: dict[str, Any], key: str, where: str) -> str:
    value = obj.get(key)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise InputError(f"{where}: '{key}' must be a string, got {type(value).__name__}")
    # Bodies copied from pages or feeds may still be HTML: read them as the archive stores them, as text.
    return html_to_text(value) if key != "url" and "<" in value and _MARKUP.search(value) else value


def _published(value: Any, where: str) -> datetime | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise InputError(f"{where}: 'published' must be an ISO date string")
    try:
        when = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        try:
            when = parsedate_to_datetime(value)  # feeds' RFC 822 dates: "Fri, 22 Apr 2022 10:00:00 GMT"
        except (TypeError, ValueError):
            # The date only sharpens the "is this old news?" check; a date in another format leaves it out.
            return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def to_docs(obj: dict[str, Any], where: str = "input") -> tuple[Doc, Doc | None]:
    """The document an input object describes, and its earlier version when `previous` is given."""
    fields = {key: _text(obj, key, where) for key in _TEXT_FIELDS}
    if not fields["outlet"] and fields["url"]:
        fields["outlet"] = outlet_from_url(fields["url"])
    doc = Doc(**fields, published=_published(obj.get("published"), where))
    prev = obj.get("previous")
    if prev in (None, {}):
        return doc, None
    if not isinstance(prev, dict):
        raise InputError(f"{where}: 'previous' must be an object with title, summary, body")
    before = Doc(url=doc.url, outlet=doc.outlet, published=doc.published,
                 **{key: _text(prev, key, f"{where}: previous") for key in ("title", "summary", "body")})
    return doc, before


class Classifier:
    """The watches compiled once; `classify` judges one input object."""

    def __init__(self, watches: list[Watch]):
        self.matcher = Matcher(tuple(watches))

    def classify(self, obj: dict[str, Any], where: str = "input") -> dict[str, Any]:
        doc, before = to_docs(obj, where)
        return {
            "id": obj.get("id"),
            "watches": [m.watch for m in self.matcher.match(doc)],
            "events": [
                {"kind": e.kind, "actor": e.actor, "target": e.target, "evidence": e.evidence,
                 "confidence": round(max(0.0, min(1.0, e.confidence)), 3)}
                for e in detect(doc, before)
            ],
        }


def read_jsonl(lines: Iterable[str], name: str = "stdin", first: int = 1) -> Iterator[tuple[str, dict[str, Any]]]:
    """(where, object) for each non-blank line; a line that is not a JSON object with an id raises InputError.
    `first` is the number of the first line (for a batch cut from a longer input)."""
    for number, line in enumerate(lines, first):
        if not line.strip():
            continue
        where = f"{name} line {number}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{where}: not valid JSON: {exc.msg}") from exc
        except RecursionError:
            raise InputError(f"{where}: not valid JSON: nested too deeply") from None
        if not isinstance(obj, dict) or "id" not in obj:
            raise InputError(f"{where}: expected a JSON object with an 'id'")
        yield where, obj


def classify_batch(classifier: Classifier, lines: list[str], first: int, name: str = "stdin") -> list[str]:
    """The output lines of a batch of input lines whose first is line number `first`."""
    return [json.dumps(classifier.classify(obj, where), ensure_ascii=False)
            for where, obj in read_jsonl(lines, name, first)]
