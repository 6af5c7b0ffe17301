"""The two senders of operators' channels: Apprise (mailto, slack, discord, matrix, ntfy, json, ... 100+
services) and storywatch's signed webhook. Each turns one alert into one notification (Apprise also a digest of
several) and returns what the service answered, or raises DeliveryError (permanent when retrying cannot help).

Apprise is synchronous (requests): its calls run in a small thread pool so that one slow destination does
not hold the others. Webhooks POST with httpx and follow no redirects (a 3xx is a permanent error naming
the status, never the address). Every text that comes back passes through the channel's Redactor.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Protocol

import httpx

from monitor import __version__
from monitor.deliver.payload import ALERT_ID_HEADER, SIGNATURE_HEADER, encode, signature, webhook_payload
from monitor.deliver.render import alert_text, alert_title, language
from monitor.deliver.secrets import Redactor
from monitor.errors import DeliveryError

TRANSIENT_STATUS = {408, 425, 429}
_STATUS = re.compile(r"error=(\d{3})")


def permanent_status(status: int) -> bool:
    """A 3xx (no redirects are followed) or a 4xx other than 408/425/429: retrying the same request cannot help."""
    return 300 <= status < 500 and status not in TRANSIENT_STATUS


class Sender(Protocol):
    async def send(self, url: str, secret: str | None, alert: Mapping[str, Any], redact: Redactor) -> str:
        ...

    async def close(self) -> None:
        ...


class AppriseSender:
    """Notifies through Apprise; one parsed Apprise object per URL, reused."""

    def __init__(self, *, threads: int = 8, timeout: float = 15.0):
        import apprise  # imported by the worker only: it costs about 0.1 s

        self._apprise = apprise
        # Apprise logs through the "apprise" logger, at DEBUG with URLs: nothing of it reaches our handlers. Its
        # replies reach us through each result's own log entries (captured on that logger), redacted.
        quiet = logging.getLogger("apprise")
        quiet.propagate = False
        if not quiet.handlers:
            quiet.addHandler(logging.NullHandler())
        self._pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="apprise")
        self._objects: dict[str, Any] = {}
        self.timeout = timeout

    def valid(self, url: str) -> bool:
        """Whether Apprise understands this URL (a scheme it supports, the fields it needs)."""
        return bool(self._apprise.Apprise().add(url))

    def _notify(self, url: str, title: str, body: str) -> tuple[bool, str]:
        obj = self._objects.get(url)
        if obj is None:
            obj = self._apprise.Apprise()
            if not obj.add(url):
                return False, "permanent: Apprise does not understand this URL"
            self._objects[url] = obj
        result = obj.notify(body=body, title=title, body_format=self._apprise.NotifyFormat.TEXT,
                            log_level=logging.INFO)
        messages = [str(entry.message) for entry in result.logs()]
        return bool(result), "; ".join(messages[-3:]) or ("sent" if result else "failed (no reason given)")

    async def send(self, url: str, secret: str | None, alert: Mapping[str, Any], redact: Redactor) -> str:
        lang = language(alert.get("language"))
        return await self.notify(url, alert_title(alert, lang), alert_text(alert, lang), redact)

    async def notify(self, url: str, title: str, body: str, redact: Redactor) -> str:
        """One notification of any text (an alert, a digest of a backlog); the service's reply, redacted."""
        loop = asyncio.get_running_loop()
        ok, reply = await loop.run_in_executor(self._pool, self._notify, url, title, body)
        reply = redact(reply)
        if ok:
            return f"apprise: {reply}"[:500]
        status = _STATUS.search(reply)
        permanent = reply.startswith("permanent:") or (status is not None and permanent_status(int(status[1])))
        raise DeliveryError(f"apprise: {reply}"[:500], permanent=permanent)

    async def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)


class WebhookSender:
    """POSTs the signed JSON payload (monitor/deliver/payload.py); no redirects, a bounded wait."""

    def __init__(self, *, timeout: float = 10.0, clock: Callable[[], float] = time.time, connections: int = 32):
        self.clock = clock
        self._client = httpx.AsyncClient(
            follow_redirects=False, timeout=httpx.Timeout(timeout),
            limits=httpx.Limits(max_connections=connections, max_keepalive_connections=connections),
            headers={"User-Agent": f"storywatch/{__version__} (webhook)", "Content-Type": "application/json"})

    async def send(self, url: str, secret: str | None, alert: Mapping[str, Any], redact: Redactor) -> str:
        body = encode(webhook_payload(alert, test=bool(alert.get("test"))))
        headers = {ALERT_ID_HEADER: str(alert["alert_id"])}
        if secret:
            headers[SIGNATURE_HEADER] = signature(secret, body, int(self.clock()))
        try:
            response = await self._client.post(url, content=body, headers=headers)
        except httpx.HTTPError as exc:
            raise DeliveryError(redact(f"webhook: {type(exc).__name__}: {exc}")[:500]) from None
        text = redact(" ".join(response.text[:300].split()))
        status = response.status_code
        if 200 <= status < 300:
            return f"HTTP {status}" + (f": {text}" if text else "")
        if 300 <= status < 400:
            raise DeliveryError(f"HTTP {status}: the receiver redirects, and webhooks follow no redirects",
                                permanent=True)
        retry = response.headers.get("retry-after", "")
        raise DeliveryError(f"HTTP {status}" + (f": {text}" if text else ""), permanent=permanent_status(status),
                            retry_after=float(retry) if retry.isdigit() else None)

    async def close(self) -> None:
        await self._client.aclose()
