"""The receiver example in docs/webhooks.md, run as written against the real webhook sender: it accepts a
signed alert, refuses a wrong secret, and refuses a signature more than 300 s old."""

from __future__ import annotations

import re
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from monitor.deliver.secrets import Redactor
from monitor.deliver.senders import WebhookSender
from monitor.errors import DeliveryError

pytestmark = pytest.mark.integration

DOC = Path(__file__).resolve().parents[2] / "docs" / "webhooks.md"
SECRET = "the signing secret notify add printed"
ALERT: dict[str, Any] = {"alert_id": 41, "event_id": 7, "kind": "denial", "actor": "Binance", "target": "Reuters",
                         "evidence": "Binance denied the report.", "confidence": 0.9, "detected_at": None,
                         "url": "https://r.example/a", "link": "https://r.example/a", "title": "Binance denies",
                         "outlet": "Reuters", "published": None, "story": "Binance", "watch": "binance",
                         "also": []}


@pytest.fixture
def receiver() -> Any:
    code = re.search(r"```python\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)
    assert code is not None
    namespace: dict[str, Any] = {"__name__": "webhook_doc"}
    exec(compile(code[1], str(DOC), "exec"), namespace)  # the example as published
    server = namespace["HTTPServer"](("127.0.0.1", 0), namespace["Receiver"])
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server, namespace["seen"]
    finally:
        server.shutdown()
        server.server_close()


async def post(server: Any, secret: str, *, skew: float = 0.0) -> str:
    sender = WebhookSender(clock=lambda: time.time() + skew)
    try:
        return await sender.send(f"http://127.0.0.1:{server.server_address[1]}/hook", secret, ALERT, Redactor([secret]))
    finally:
        await sender.close()


async def test_the_documented_receiver_accepts_a_signed_alert_once(receiver: Any) -> None:
    server, seen = receiver
    assert await post(server, SECRET) == "HTTP 204"
    assert await post(server, SECRET) == "HTTP 204", "a repeat is acknowledged"
    assert seen == {41}, "and handled once (the alert id is the idempotency key)"


# Stale: 10 s beyond the 300 s tolerance, not 1 s: the header's timestamp is whole seconds (truncated) and the
# receiver's clock runs on while the request travels, so a 301 s skew can arrive as 300 s on a slow machine.
@pytest.mark.parametrize(("secret", "skew"), [("not the secret", 0.0), (SECRET, -310.0), (SECRET, 310.0)])
async def test_the_documented_receiver_refuses_a_wrong_or_stale_signature(receiver: Any, secret: str,
                                                                          skew: float) -> None:
    server, seen = receiver
    with pytest.raises(DeliveryError) as refused:
        await post(server, secret, skew=skew)
    assert str(refused.value) == "HTTP 401" and refused.value.permanent and seen == set()


async def test_within_the_tolerance_is_accepted(receiver: Any) -> None:
    server, _ = receiver
    assert await post(server, SECRET, skew=-290.0) == "HTTP 204"
