"""Deliver due alerts from the outbox to a sink, marking each one sent only after the sink took it.

A crash after the sink took a message and before it was marked sent repeats that one message on restart
(at-least-once, a window of one message); a crash anywhere else repeats nothing and loses nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any, Protocol, TextIO

from monitor.archive.alerts import due_alerts, mark_sent
from monitor.archive.db import Archive
from monitor.archive.subscribers import CONSOLE
from monitor.deliver.context import alert_context
from monitor.deliver.render import alert_text


class Sink(Protocol):
    channel: str

    def send(self, alert: Mapping[str, Any]) -> str:
        """Deliver one alert; return the message id."""
        ...


class ConsoleSink:
    """Prints alerts to a text stream (stdout by default): the delivery used when no Telegram token is set."""

    channel = CONSOLE

    def __init__(self, stream: TextIO):
        self.stream = stream
        self.count = 0

    def send(self, alert: Mapping[str, Any]) -> str:
        self.count += 1
        self.stream.write(alert_text(alert) + "\n\n")
        self.stream.flush()
        return f"console-{alert['alert_id']}"


def deliver_pending(archive: Archive, sink: Sink, clock: Callable[[], datetime], *, limit: int = 1000) -> int:
    """Send every due alert of the sink's channel; returns how many were sent."""
    sent = 0
    for alert in due_alerts(archive, sink.channel, clock(), limit=limit):
        message_id = sink.send(alert_context(archive, alert))
        mark_sent(archive, alert["alert_id"], message_id, clock())
        sent += 1
    return sent
