"""Deliver due alerts from the outbox to a sink, marking each one sent only after the sink took it.

A crash after the sink took a message and before it was marked sent repeats that one message on restart
(at-least-once, a window of one message); a crash anywhere else repeats nothing and loses nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import Any, Protocol, TextIO

from monitor.archive.alerts import due_alerts, mark_sent
from monitor.archive.backfill import history_due
from monitor.archive.db import Archive
from monitor.archive.records import HistoryAlert
from monitor.archive.subscribers import CONSOLE
from monitor.deliver.context import alert_context
from monitor.deliver.render import alert_text, history_text


class Sink(Protocol):
    channel: str

    def send(self, alert: Mapping[str, Any]) -> str:
        """Deliver one alert; return the message id."""
        ...

    def send_history(self, alerts: Sequence[Mapping[str, Any]], since: str) -> str:
        """Deliver a backfill's follow-ups to one subscriber as one digest; return the (first) message id."""
        ...


def history_groups(alerts: list[HistoryAlert]) -> list[list[HistoryAlert]]:
    """Due history alerts (ordered by subscriber and job) cut into one group per subscriber and job: a digest each."""
    groups: list[list[HistoryAlert]] = []
    for alert in alerts:
        if groups and (groups[-1][0]["subscriber_id"], groups[-1][0]["job_id"]) == (alert["subscriber_id"],
                                                                                    alert["job_id"]):
            groups[-1].append(alert)
        else:
            groups.append([alert])
    return groups


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

    def send_history(self, alerts: Sequence[Mapping[str, Any]], since: str) -> str:
        self.count += 1
        self.stream.write(history_text(alerts, since) + "\n\n")
        self.stream.flush()
        return f"console-history-{alerts[0]['alert_id']}"


def deliver_history(archive: Archive, sink: Sink, clock: Callable[[], datetime]) -> int:
    """The follow-ups a backfill found and was asked to alert on: one digest per subscriber and job, never one
    message per follow-up. Returns how many digests were printed."""
    sent = 0
    for group in history_groups(history_due(archive, sink.channel, clock())):
        message_id = sink.send_history(group, group[0]["day_from"])
        for alert in group:
            mark_sent(archive, alert["alert_id"], message_id, clock())
        sent += 1
    return sent


def deliver_pending(archive: Archive, sink: Sink, clock: Callable[[], datetime], *, limit: int = 1000) -> int:
    """Send every due alert of the sink's channel (a backfill's first, as digests); returns how many were sent."""
    sent = deliver_history(archive, sink, clock)
    for alert in due_alerts(archive, sink.channel, clock(), limit=limit):
        message_id = sink.send(alert_context(archive, alert))
        mark_sent(archive, alert["alert_id"], message_id, clock())
        sent += 1
    return sent
