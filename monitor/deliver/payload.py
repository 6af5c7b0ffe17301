"""What a webhook receives, and how it knows the sender (pure). Documented in docs/webhooks.md.

The body is JSON (UTF-8, sorted keys). The header `X-Storywatch-Signature: t=<unix seconds>,v1=<hex>` carries
HMAC-SHA256(secret, "<t>.<body>"): the timestamp is signed too, so a receiver that refuses a signature more
than 300 s old cannot be fed a replayed request. Delivery is at least once (a sender killed between the
receiver's answer and its own commit sends again): `alert_id` is the idempotency key.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Mapping
from typing import Any

from monitor.deliver.render import label

SIGNATURE_HEADER = "X-Storywatch-Signature"
ALERT_ID_HEADER = "X-Storywatch-Alert-Id"
TOLERANCE_S = 300
VERSION = 1


def webhook_payload(alert: Mapping[str, Any], *, test: bool = False) -> dict[str, Any]:
    """The JSON document for one alert (an `alert_context` row)."""
    kind = str(alert["kind"])
    return {
        "version": VERSION,
        "type": "test" if test else "alert",
        "alert_id": int(alert["alert_id"]),
        "event": {
            "id": int(alert["event_id"]),
            "kind": kind,
            "label": label(kind),
            "actor": alert.get("actor") or "",
            "target": alert.get("target") or "",
            "evidence": alert.get("evidence") or "",
            "confidence": float(alert.get("confidence") or 0.0),
            "detected_at": alert.get("detected_at"),
            "before": alert.get("before"),
            "after": alert.get("after"),
        },
        "article": {
            "title": alert.get("title") or "",
            "link": alert.get("link") or alert.get("url") or "",
            "canonical_url": alert.get("url") or "",
            "outlet": alert.get("outlet") or "",
            "published": alert.get("published"),
        },
        "story": {"watch": alert.get("watch") or "", "title": alert.get("story") or ""},
        "other_outlets": list(alert.get("also") or []),
    }


def encode(payload: Mapping[str, Any]) -> bytes:
    return json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def signature(secret: str, body: bytes, timestamp: int) -> str:
    """The header value for a body sent at `timestamp` (unix seconds)."""
    mac = hmac.new(secret.encode("utf-8"), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    return f"t={timestamp},v1={mac}"


def verify(secret: str, body: bytes, header: str, now: float, tolerance: int = TOLERANCE_S) -> bool:
    """A receiver's check: a v1 signature of this body by this secret, made within `tolerance` seconds of `now`."""
    fields: dict[str, list[str]] = {}
    for part in header.split(","):
        key, _, value = part.strip().partition("=")
        fields.setdefault(key, []).append(value)
    try:
        timestamp = int(fields.get("t", [""])[0])
    except ValueError:
        return False
    if abs(now - timestamp) > tolerance:
        return False
    expected = signature(secret, body, timestamp).partition("v1=")[2]
    return any(hmac.compare_digest(expected, given) for given in fields.get("v1", []))
