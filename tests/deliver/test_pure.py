"""Tables over the pure parts of delivery: signatures, masked labels, redaction, filters, error classes."""

from __future__ import annotations

import pytest

from monitor.deliver.payload import encode, signature, verify, webhook_payload
from monitor.deliver.render import digest_parts
from monitor.deliver.secrets import Redactor, mask_url
from monitor.deliver.senders import permanent_status
from monitor.errors import FilterError
from monitor.models import AlertFilter, parse_confidence, parse_kinds, parse_outlets

pytestmark = pytest.mark.pure

BODY = b'{"alert_id":1}'


def test_signature_is_hmac_of_timestamp_dot_body() -> None:
    # Fixed vector: HMAC-SHA256("s3cret", "1700000000.{...}"), computed independently with openssl.
    assert signature("s3cret", BODY, 1_700_000_000) == (
        "t=1700000000,v1=" + __import__("hmac").new(b"s3cret", b"1700000000." + BODY, "sha256").hexdigest())


@pytest.mark.parametrize(("header", "now", "ok"), [
    (signature("k", BODY, 1000), 1000, True),
    (signature("k", BODY, 1000), 1300, True),
    (signature("k", BODY, 1000), 1301, False),      # more than 300 s late
    (signature("k", BODY, 1000), 699, False),       # more than 300 s early
    (signature("other", BODY, 1000), 1000, False),
    (signature("k", BODY + b" ", 1000), 1000, False),
    (signature("k", BODY, 1000).replace("t=1000", "t=1001"), 1000, False),  # the timestamp is signed too
    ("v1=abc", 1000, False),
    ("t=x,v1=abc", 1000, False),
    ("", 1000, False),
])
def test_verify(header: str, now: float, ok: bool) -> None:
    assert verify("k", BODY, header, now) is ok


def test_payload_is_stable_json_with_the_documented_fields() -> None:
    alert = {"alert_id": 3, "event_id": 2, "kind": "editors_note", "actor": "FT", "target": "", "evidence": "Note",
             "confidence": 0.5, "detected_at": "2026-01-01T00:00:00+00:00", "url": "https://x/a", "link": "",
             "title": "T <b>", "outlet": "FT", "published": None, "story": "S", "watch": "w", "also": ["AP"]}
    payload = webhook_payload(alert)
    assert set(payload) == {"version", "type", "alert_id", "event", "article", "story", "other_outlets"}
    assert payload["event"]["label"] == "EDITOR'S NOTE" and payload["article"]["link"] == "https://x/a"
    assert encode(payload) == encode(webhook_payload(dict(reversed(list(alert.items())))))


@pytest.mark.parametrize(("url", "label"), [
    ("https://hooks.example.com/T000/B000/XXXX?token=abc", "https://hooks.example.com/***"),
    ("http://127.0.0.1:8900/", "http://127.0.0.1:8900"),
    ("json://user:pw@127.0.0.1:80/hook", "json://127.0.0.1:80/***"),
    ("mailto://user:pass@smtp.example.com/desk@example.com", "mailto://smtp.example.com/***"),
    ("slack://TokenA/TokenB/TokenC/#chan", "slack://***"),
    ("tgram://123456:ABC-DEF/12345", "tgram://***"),
    ("ntfy://topic-secret", "ntfy://***"),
    ("not a url", "?://***"),
])
def test_mask_url(url: str, label: str) -> None:
    assert mask_url(url) == label


def test_redactor_removes_every_part_of_a_credential() -> None:
    redact = Redactor(["json://alice:pa55word@127.0.0.1:80/hooks/T0KEN42?key=QUERYVAL", "hmacsecret"])
    text = ("POST /hooks/T0KEN42?key=QUERYVAL failed for alice:pa55word; key QUERYVAL; T0KEN42; "
            "signed with hmacsecret; json://alice:pa55word@127.0.0.1:80/hooks/T0KEN42?key=QUERYVAL")
    out = redact(text)
    for secret in ("T0KEN42", "QUERYVAL", "pa55word", "alice", "hmacsecret"):
        assert secret not in out
    assert redact("cannot connect to 127.0.0.1:80") == "cannot connect to 127.0.0.1:80", "a host is not a secret"
    assert Redactor(["slack://TokenAAAA/TokenBBBB/TokenCCCC"])("x TokenAAAA y") == "x *** y"
    assert Redactor(["tgram://123456:ABC-DEF/12345"])("bot123456:ABC-DEF failed") == "bot*** failed"


@pytest.mark.parametrize(("status", "permanent"), [(200, False), (301, True), (302, True), (400, True), (401, True),
                                                   (404, True), (408, False), (410, True), (425, False),
                                                   (429, False), (500, False), (503, False)])
def test_which_answers_are_permanent(status: int, permanent: bool) -> None:
    assert permanent_status(status) is permanent or status == 200


@pytest.mark.parametrize(("f", "kind", "outlet", "confidence", "admitted"), [
    (AlertFilter(), "denial", "Anyone", 0.1, True),
    (AlertFilter(kinds=frozenset({"correction", "retraction"})), "correction", "X", 1.0, True),
    (AlertFilter(kinds=frozenset({"correction", "retraction"})), "denial", "X", 1.0, False),
    (AlertFilter(outlets=("Reuters", "Bloomberg")), "denial", "reuters", 1.0, True),
    (AlertFilter(outlets=("Reuters",)), "denial", "Reuters Canada", 1.0, False),
    (AlertFilter(outlets=("Коммерсантъ",)), "denial", "КОММЕРСАНТЪ", 1.0, True),
    (AlertFilter(min_confidence=0.8), "denial", "X", 0.8, True),
    (AlertFilter(min_confidence=0.8), "denial", "X", 0.79, False),
    (AlertFilter(frozenset({"denial"}), ("FT",), 0.5), "denial", "FT", 0.6, True),
    (AlertFilter(frozenset({"denial"}), ("FT",), 0.5), "denial", "AP", 0.6, False),
])
def test_filters_narrow(f: AlertFilter, kind: str, outlet: str, confidence: float, admitted: bool) -> None:
    assert f.admits(kind, outlet, confidence) is admitted


@pytest.mark.parametrize(("text", "allowed", "result"), [
    ("correction,retraction", None, {"correction", "retraction"}),
    (" Correction ; editors-note ", None, {"correction", "editors_note"}),
    ("legal action", None, {"legal_action"}),
    ("denial", {"correction"}, "valid kinds are correction"),
    ("corection", None, "unknown kind 'corection': valid kinds are correction, apology, retraction"),
    ("", None, "no kind given"),
    ("x" * 500, None, "unknown kind 'x{39}\u2026': valid"),
])
def test_parse_kinds(text: str, allowed: set[str] | None, result: object) -> None:
    if isinstance(result, str):
        with pytest.raises(FilterError, match=result):
            parse_kinds(text, *([allowed] if allowed else []))
    else:
        assert parse_kinds(text, *([allowed] if allowed else [])) == result


def test_parse_outlets_and_confidence() -> None:
    assert parse_outlets("Reuters, Bloomberg,,Reuters") == ("Reuters", "Bloomberg")
    assert parse_confidence("0.8") == 0.8 and parse_confidence("75%") == 0.75
    for bad in ("", "1.5", "-0.1", "high", "nan"):
        with pytest.raises(FilterError, match="from 0 to 1"):
            parse_confidence(bad)
    with pytest.raises(FilterError, match="at most 20"):
        parse_outlets(",".join(f"o{i}" for i in range(21)))
    with pytest.raises(FilterError, match="no outlet"):
        parse_outlets(" , ")


def _alert(n: int, story: str = "The story", title: str = "Headline") -> dict[str, object]:
    return {"kind": "correction", "story": story, "watch": "w", "outlet": "Outlet", "title": title, "actor": "",
            "evidence": f"We corrected item {n}.", "link": f"https://news.example/{n}", "url": ""}


def test_digest_parts_carry_every_alert_once_within_the_limit() -> None:
    alerts = [_alert(n) for n in range(40)] + [_alert(40, title="x" * 5000)]
    parts = digest_parts(alerts, limit=700)
    assert [n for _, _, held in parts for n in held] == list(range(41))
    assert all(len(body) <= 700 for _, body, _ in parts)
    assert parts[0][0] == f"41 follow-ups in The story (1 of {len(parts)})"
    assert parts[-1][1].startswith("[CORRECTION] The story\nOutlet: xxx")  # clipped, still there
    (single,) = digest_parts([_alert(1), _alert(2, story="Another")])
    assert single[0] == "2 follow-ups" and "We corrected item 1." in single[1] and single[2] == [0, 1]
