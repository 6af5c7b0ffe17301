"""`storywatch deliver`: drains the outbox to operators' channels (Apprise URLs and signed webhooks).

The same discipline as the bot's Telegram dispatcher: each alert is claimed ('sending') in its own short
transaction just before its request, and marked 'sent' with the service's reply as soon as it arrives. A
process killed between the two leaves the alert 'sending'; the next start puts it back to pending and sends
it again (at least once: the webhook's `alert_id` lets a receiver drop the repeat; `recover()` counts them).

One notification in flight per destination, in order, at most one per `pace_s` seconds (the channel's pace,
1 s by default; `paced=False` lifts it); destinations are served concurrently. More than `backlog` alerts due
for one Apprise destination (a flood, or a channel back after an outage) go as digests, as many alerts in each
notification as fit, none left out; a webhook gets each alert alone (its receiver keys on `alert_id`).
A failure retries the alert with exponential backoff (the service's Retry-After when longer), and the
destination waits with it; a permanent answer (a 4xx, a redirect, a URL Apprise rejects, a missing
credential) or `disable_after` failures in a row disable the channel with the reason, which `storywatch
notify list` shows.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from monitor.archive.alerts import claim, due_in_order, mark_sent_batch, recover_claims, release
from monitor.archive.channels import channel_failed, channel_sent, channels_by_id, disable_channel
from monitor.archive.db import Archive
from monitor.archive.records import AlertRow, ChannelRow
from monitor.archive.subscribers import APPRISE, OPERATOR_CHANNELS, WEBHOOK
from monitor.clock import backoff
from monitor.deliver.context import alert_context
from monitor.deliver.render import digest_parts, language
from monitor.deliver.secrets import Redactor, Secrets
from monitor.deliver.senders import AppriseSender, Sender, WebhookSender
from monitor.errors import ConfigError, DeliveryError

log = logging.getLogger("storywatch.deliver")


@dataclass
class WorkerStats:
    sent: int = 0  # notifications, as the bot's DrainStats counts messages
    alerts: int = 0  # alerts they carried
    retried: int = 0
    failed: int = 0
    disabled: int = 0
    recovered: int = 0
    digests: int = 0  # notifications that carried several alerts
    by_kind: dict[str, int] = field(default_factory=dict)
    first_sent: float | None = None
    last_sent: float | None = None


class Worker:
    """Built once in `storywatch deliver` (or a test); `drain_once()` is one pass over what is due."""

    def __init__(self, archive: Archive, secrets: Secrets, clock: Callable[[], datetime], *,
                 monotonic: Callable[[], float] = time.monotonic, senders: Mapping[str, Sender] | None = None,
                 concurrency: int = 16, paced: bool = True, retry_base: timedelta = timedelta(seconds=30),
                 retry_cap: timedelta = timedelta(hours=1), disable_after: int = 8, max_pass_s: float = 10.0,
                 batch: int = 5000, channels: Sequence[str] = OPERATOR_CHANNELS, backlog: int = 10):
        self.archive = archive
        self.secrets = secrets
        self.clock = clock
        self.mono = monotonic
        self._senders: dict[str, Sender] = dict(senders or {})
        self.concurrency = concurrency
        self.paced = paced
        self.retry_base = retry_base
        self.retry_cap = retry_cap
        self.disable_after = disable_after
        self.max_pass_s = max_pass_s
        self.batch = batch
        self.channels = tuple(channels)
        self.backlog = backlog  # 0: never digest
        self.stats = WorkerStats()
        self._last: dict[int, float] = {}
        self._contexts: dict[int, Mapping[str, Any]] = {}
        self.redactor = Redactor()

    def sender(self, kind: str) -> Sender:
        if kind not in self._senders:
            self._senders[kind] = AppriseSender(threads=self.concurrency) if kind == APPRISE else WebhookSender(
                connections=self.concurrency)
        return self._senders[kind]

    def recover(self) -> int:
        """At start-up: alerts a killed worker left in flight go back to pending (possible duplicates)."""
        n = recover_claims(self.archive, self.clock(), self.channels)
        self.stats.recovered += n
        if n:
            log.warning("%d alerts were in flight when the worker last stopped; sending them again", n)
        return n

    def _context(self, alert: AlertRow) -> Mapping[str, Any]:
        """What rendering needs, computed once per event (a fan-out sends one event to every channel)."""
        event_id = int(alert["event_id"])
        found = self._contexts.get(event_id)
        if found is None:
            if len(self._contexts) > 2000:
                self._contexts.clear()
            found = self._contexts[event_id] = dict(alert_context(self.archive, alert))
        return {**found, "alert_id": alert["alert_id"], "subscriber_id": alert["subscriber_id"],
                "language": alert.get("language")}

    async def drain_once(self) -> int:
        """Send what is due, each destination in order at its pace, for at most `max_pass_s`; returns how many
        notifications went out."""
        rows = due_in_order(self.archive, self.channels, self.clock(), limit=self.batch)
        if not rows:
            return 0
        queues: dict[int, list[AlertRow]] = {}
        for row in rows:
            queues.setdefault(int(row["chat_id"]), []).append(row)
        channels = channels_by_id(self.archive, list(queues))
        gate = asyncio.Semaphore(self.concurrency)
        deadline = self.mono() + self.max_pass_s
        before = self.stats.sent
        results = await asyncio.gather(*(self._drain_channel(channels[cid], queue, gate, deadline)
                                         for cid, queue in queues.items() if cid in channels), return_exceptions=True)
        errors = [r for r in results if isinstance(r, BaseException)]
        if errors:
            raise errors[0]
        sent = self.stats.sent - before
        log.info("outbox pass: %d notifications sent to %d destinations (%d digests so far)", sent, len(queues),
                 self.stats.digests)
        return sent

    def _units(self, channel: ChannelRow, queue: list[AlertRow]) -> list[tuple[list[AlertRow], str, str]]:
        """What goes in each notification: one alert each, or for a backlogged Apprise destination digests with
        their title and text ("30 follow-ups in <story> (1 of 2)"); ("", "") for a single alert."""
        if channel["kind"] != APPRISE or not self.backlog or len(queue) <= self.backlog:
            return [([alert], "", "") for alert in queue]
        parts = digest_parts([self._context(a) for a in queue], lang=language(queue[0].get("language")))
        return [([queue[n] for n in held], title, body) for title, body, held in parts]

    async def _drain_channel(self, channel: ChannelRow, queue: list[AlertRow], gate: asyncio.Semaphore,
                             deadline: float) -> None:
        for unit, title, body in self._units(channel, queue):
            if self.paced:
                wait = self._last.get(channel["id"], -1e18) + float(channel["pace_s"]) - self.mono()
                if wait > 0:
                    if self.mono() + wait > deadline:
                        return
                    await asyncio.sleep(wait)
            if self.mono() > deadline:
                return
            async with gate:
                delivered = await self._deliver(channel, unit, title, body)
            # The pace runs from the answer: the next request leaves `pace_s` after this one arrived, whatever
            # the transit took, so the destination never sees two closer together.
            self._last[channel["id"]] = self.mono()
            if not delivered:
                return  # a retry later: the destination's next alerts wait for it, keeping their order

    def _credentials(self, channel: ChannelRow) -> tuple[str, str | None]:
        url = self.secrets.resolve(channel["url_ref"], channel["id"], "url")
        secret = (self.secrets.resolve(channel["secret_ref"], channel["id"], "secret")
                  if channel["kind"] == WEBHOOK and channel["secret_ref"] else None)
        self.redactor.add(url, *([secret] if secret else []))
        return url, secret

    async def _deliver(self, channel: ChannelRow, alerts: list[AlertRow], title: str = "", body: str = "") -> bool:
        """Claim, send, mark one notification (one alert, or a digest of several); returns False when it goes
        back to wait (or the channel stopped)."""
        claimed = claim(self.archive, [int(a["alert_id"]) for a in alerts])
        if not claimed:
            return True  # settled or taken meanwhile
        taken = set(claimed)
        held = [a for a in alerts if int(a["alert_id"]) in taken]
        cid = int(channel["id"])
        try:
            url, secret = self._credentials(channel)
        except ConfigError as exc:
            self._disable(channel, str(exc))
            return False
        redact = Redactor([url, *([secret] if secret else [])])
        try:
            sender = self.sender(channel["kind"])
            if len(held) == 1:
                reply = await sender.send(url, secret, self._context(held[0]), redact)
            elif isinstance(sender, AppriseSender):  # a digest: `_units` makes them for Apprise destinations only
                if len(held) < len(alerts):  # some were settled meanwhile: the digest of the rest
                    ((_, body, _),) = digest_parts([self._context(a) for a in held], limit=1 << 30,
                                                   lang=language(held[0].get("language")))
                reply = await sender.notify(url, title, body, redact)
            else:
                raise RuntimeError(f"{channel['kind']} channels take one alert per notification")
        except DeliveryError as exc:
            reason = redact(str(exc))
            if exc.permanent:
                self._disable(channel, reason)
                return False
            now = self.clock()
            failures = int(channel["consecutive_failures"]) + 1
            if failures >= self.disable_after:
                self._disable(channel, f"{failures} failures in a row; the last: {reason}")
                return False
            delay = backoff(failures, base=self.retry_base, cap=self.retry_cap)
            if exc.retry_after:
                delay = max(delay, timedelta(seconds=min(exc.retry_after, self.retry_cap.total_seconds())))
            release(self.archive, claimed, reason, now, delay)
            channel["consecutive_failures"] = channel_failed(self.archive, cid, reason, now, now + delay)
            self.stats.retried += 1
            log.info("channel %d (%s): attempt failed, retry in %.0f s: %s", cid, channel["label"],
                     delay.total_seconds(), reason)
            return False
        except Exception:
            release(self.archive, claimed, "unexpected error while sending", self.clock(), self.retry_base)
            raise
        now = self.clock()
        mark_sent_batch(self.archive, [(claimed, reply)], now)
        channel_sent(self.archive, cid, now)
        at = self.mono()
        self.stats.sent += 1
        self.stats.alerts += len(claimed)
        if len(claimed) > 1:
            self.stats.digests += 1
        self.stats.by_kind[channel["kind"]] = self.stats.by_kind.get(channel["kind"], 0) + 1
        self.stats.first_sent = at if self.stats.first_sent is None else self.stats.first_sent
        self.stats.last_sent = at
        return True

    def _disable(self, channel: ChannelRow, reason: str) -> None:
        failed = disable_channel(self.archive, int(channel["id"]), reason, self.clock())
        self.stats.disabled += 1
        self.stats.failed += failed
        log.warning("channel %d (%s) disabled: %s; %d undelivered alerts failed", channel["id"], channel["label"],
                    reason, failed)

    async def run(self, stop: asyncio.Event, *, interval: float = 1.0) -> None:
        """Drain until `stop` is set: at once again while there is work, else after `interval` seconds."""
        self.recover()
        while not stop.is_set():
            sent = await self.drain_once()
            if not sent:
                try:
                    await asyncio.wait_for(stop.wait(), interval)
                except TimeoutError:
                    pass

    async def close(self) -> None:
        for sender in self._senders.values():
            await sender.close()
