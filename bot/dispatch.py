"""The outbox dispatcher: drains due alerts to Telegram at Telegram's limits, never losing one.

Each message goes claim -> send -> mark: its alerts are claimed ('sending') in one short transaction just
before the request (messages launched at the same instant share it), and marked 'sent' with Telegram's
message id in a transaction of its own as soon as the reply arrives. If the process dies between Telegram
accepting a message and that commit, the alert is still 'sending' at the next start and is sent again: the
only duplicate window, measured per message here (`Window`) and bounded by the requests in flight at the
moment of death. The Bot API offers no idempotency key, so the window cannot be closed, only kept short:
the reply's transit back to us, PTB's parsing (~0.3 ms) and one UPDATE commit in WAL (~0.1 ms). Expected
duplicates per crash = send rate x that window. Everything else is retried until it is delivered or
settled (failed with Telegram's reason, or skipped because the chat blocked the bot).

Errors, as Telegram gives them: RetryAfter pauses every send for as long as told and retries; Forbidden
deactivates the subscriber; ChatMigrated moves the subscription to the new chat id and retries; BadRequest
marks the alert failed with the reason; network errors and 5xx back off exponentially. A chat with more
than `backlog_threshold` due alerts gets a digest instead of a flood, and subscribers who chose a daily
digest get theirs at `digest_hour` UTC: a digest lists every alert it covers, in as many messages as
Telegram's limit needs, and each alert is marked sent with the message that showed it.
"""

from __future__ import annotations

import asyncio
import heapq
import logging
import time
import warnings
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from telegram import Bot, LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
)
from telegram.warnings import PTBDeprecationWarning

from monitor.archive.alerts import (
    backlogged,
    claim,
    digest_due,
    due_instant,
    mark_failed,
    mark_sent_batch,
    pending_of,
    recover_claims,
    release,
)
from monitor.archive.backfill import history_due
from monitor.archive.db import Archive
from monitor.archive.records import AlertRow, HistoryAlert
from monitor.archive.subscribers import TELEGRAM, deactivate_subscriber, migrate_subscriber
from monitor.clock import backoff
from monitor.deliver.context import alert_context

from .format import history_parts, render_alert, render_digest
from .limits import Limits, Pacer
from .strings import chat_language, t

log = logging.getLogger(__name__)


def digest_boundary(now: datetime, hour: int) -> datetime:
    """The most recent daily digest time (at `hour` UTC) not after `now` (pure)."""
    today = now.replace(hour=hour, minute=0, second=0, microsecond=0)
    return today if today <= now else today - timedelta(days=1)


def retry_after(exc: RetryAfter) -> timedelta:
    """RetryAfter's wait as a timedelta (PTB 22 returns seconds unless PTB_TIMEDELTA is set, and warns)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value = exc.retry_after
    return value if isinstance(value, timedelta) else timedelta(seconds=float(value))


@dataclass
class Item:
    """One message to send: the alerts it carries (one, or a digest's many) and its text."""

    subscriber_id: int
    chat_id: str
    chat_type: str
    alert_ids: list[int]
    attempts: int
    text: str
    digest: bool = False


@dataclass
class Window:
    """Seconds from Telegram's reply to the commit that records it: where a kill makes a duplicate."""

    count: int = 0
    total: float = 0.0
    worst: float = 0.0
    request_total: float = 0.0
    recent: deque[tuple[int, float]] = field(default_factory=lambda: deque(maxlen=20_000))

    def add(self, request: float, commit: float, message_id: int = 0, committed_at: float = 0.0) -> None:
        """One message: request duration, reply-to-commit duration, and (for benchmarks) when it was committed."""
        self.recent.append((message_id, committed_at))
        self.count += 1
        self.total += commit
        self.worst = max(self.worst, commit)
        self.request_total += request

    def line(self) -> str:
        if not self.count:
            return "no messages yet"
        return (f"reply-to-commit mean {self.total / self.count * 1e3:.3f} ms, worst {self.worst * 1e3:.3f} ms;"
                f" request mean {self.request_total / self.count * 1e3:.2f} ms over {self.count} messages")


@dataclass
class DrainStats:
    sent: int = 0
    alerts: int = 0
    digests: int = 0
    failed: int = 0
    retried: int = 0
    flood_waits: int = 0
    deactivated: int = 0
    migrated: int = 0
    network_errors: int = 0
    by_error: dict[str, int] = field(default_factory=dict)


class Dispatcher:
    """Built once in the bot builder; `drain_once()` is called by the JobQueue."""

    def __init__(self, archive: Archive, bot: Bot, *, limits: Limits,
                 clock: Callable[[], datetime], monotonic: Callable[[], float] = time.monotonic,
                 concurrency: int = 16, batch: int = 500, max_pass_s: float = 10.0, backlog_threshold: int = 10,
                 digest_hour: int = 8, retry_base: timedelta = timedelta(seconds=2)):
        self.archive = archive
        self.bot = bot
        self.pacer = Pacer(limits)
        self.clock = clock
        self.mono = monotonic
        self.concurrency = concurrency
        self.batch = batch
        self.max_pass_s = max_pass_s
        self.backlog_threshold = backlog_threshold
        self.digest_hour = digest_hour
        self.retry_base = retry_base
        self.stats = DrainStats()
        self.window = Window()
        self._texts: dict[tuple[int, str], str] = {}
        self._network_failures = 0

    def recover(self) -> int:
        """At start-up: alerts a killed process left in flight go back to pending (possible duplicates)."""
        n = recover_claims(self.archive, self.clock())
        if n:
            log.warning("%d alerts were in flight when the bot last stopped; sending them again", n)
        return n

    # -- what to send ------------------------------------------------------------------------------------

    def _alert_text(self, alert: AlertRow) -> str:
        """An alert's HTML in the chat's language, rendered once per event and language (a fan-out sends the same
        text to every subscriber)."""
        lang = chat_language(alert["language"], alert["language_seen"])
        key = (int(alert["event_id"]), lang)
        text = self._texts.get(key)
        if text is None:
            fields = alert_context(self.archive, alert)
            if len(self._texts) > 2000:
                self._texts.clear()
            text = self._texts[key] = render_alert(fields, lang)
        return text

    def _digest_items(self, alerts: list[AlertRow], heading: str) -> list[Item]:
        """A digest as one message per part (render_digest splits at Telegram's limit): each part carries the
        alerts it shows, so each is marked sent only with the message that showed it. The parts go to the chat
        in order at its pace; if one is held back (a flood wait, a network error), the later ones wait too and
        their alerts stay pending. `heading`: a key of bot/strings.py (digest.daily, digest.backlog)."""
        first = alerts[0]
        lang = chat_language(first["language"], first["language_seen"])
        attempts = {int(a["alert_id"]): int(a["attempts"]) for a in alerts}
        return [Item(int(first["subscriber_id"]), str(first["chat_id"]), str(first["chat_type"]), ids,
                     max(attempts[i] for i in ids), text, digest=True)
                for text, ids in render_digest(alerts, t(lang, heading), lang)]

    def _history_items(self, now: datetime) -> list[Item]:
        """A finished backfill's follow-ups (run with --alert): one digest per subscriber and job, in as many
        messages as Telegram's limit takes, never one message per follow-up."""
        groups: dict[tuple[int, int], list[HistoryAlert]] = {}
        for alert in history_due(self.archive, TELEGRAM, now):
            groups.setdefault((int(alert["subscriber_id"]), int(alert["job_id"])), []).append(alert)
        items = []
        for alerts in groups.values():
            first = alerts[0]
            lang = chat_language(first["language"], first["language_seen"])
            for text, held in history_parts(alerts, str(first["day_from"]), lang):
                items.append(Item(int(first["subscriber_id"]), str(first["chat_id"]), str(first["chat_type"]),
                                  [int(alerts[n]["alert_id"]) for n in held],
                                  max(int(alerts[n]["attempts"]) for n in held), text, digest=True))
        return items

    def plan(self, now: datetime) -> list[Item]:
        """The messages due now: backfill histories, daily digests, backlog digests, then single alerts, oldest
        first. An alert goes in one message only (a history's are never sent again singly)."""
        items = self._history_items(now)
        planned = {alert_id for item in items for alert_id in item.alert_ids}
        boundary = digest_boundary(now, self.digest_hour)
        for subscriber_id in digest_due(self.archive, now, boundary, channel=TELEGRAM):
            alerts = [a for a in pending_of(self.archive, subscriber_id, now, created_before=boundary)
                      if a["alert_id"] not in planned]
            if alerts:
                items += self._digest_items(alerts, "digest.daily")
        flooded = backlogged(self.archive, now, self.backlog_threshold, channel=TELEGRAM)
        for subscriber_id in flooded:
            alerts = [a for a in pending_of(self.archive, subscriber_id, now) if a["alert_id"] not in planned]
            if alerts:
                items += self._digest_items(alerts, "digest.backlog")
        for alert in due_instant(self.archive, now, limit=self.batch, channel=TELEGRAM):
            if int(alert["subscriber_id"]) in flooded or alert["alert_id"] in planned:
                continue
            items.append(Item(int(alert["subscriber_id"]), str(alert["chat_id"]), str(alert["chat_type"]),
                              [int(alert["alert_id"])], int(alert["attempts"]), self._alert_text(alert)))
        return items

    # -- sending -----------------------------------------------------------------------------------------

    async def drain_once(self) -> int:
        """One pass over what is due; returns the number of messages sent. Bounded in time (`max_pass_s`)."""
        items = self.plan(self.clock())
        if not items:
            return 0
        sent_before = self.stats.sent
        await self._pace(items)
        self.pacer.prune(self.mono())
        sent = self.stats.sent - sent_before
        log.info("outbox pass: %d messages sent of %d planned; %s", sent, len(items), self.window.line())
        return sent

    async def _pace(self, items: list[Item]) -> None:
        """Send items as fast as the limits allow: chats in turn; one request in flight per chat, in order.

        The items that may go at the same moment are claimed together in one transaction (one item when
        paced at Telegram's limits; up to `concurrency` when the limits are lifted).
        """
        queues: dict[str, deque[Item]] = {}
        for item in items:
            queues.setdefault(item.chat_id, deque()).append(item)
        heap = [(self.pacer.chat_ready(chat, q[0].chat_type), n, chat) for n, (chat, q) in enumerate(queues.items())]
        heapq.heapify(heap)
        seq = len(heap)
        tasks: set[asyncio.Task[bool]] = set()
        errors: list[BaseException] = []
        deadline = self.mono() + self.max_pass_s

        def done(chat: str, task: asyncio.Task[bool]) -> None:
            nonlocal seq
            tasks.discard(task)
            queue = queues[chat]
            error = None if task.cancelled() else task.exception()
            if error is not None:
                errors.append(error)
            if task.cancelled() or error is not None or not task.result():
                queue.clear()  # a retry later: the chat's next alerts wait for it, keeping their order
            if queue:
                heapq.heappush(heap, (self.pacer.chat_ready(chat, queue[0].chat_type), seq, chat))
                seq += 1

        while (heap or tasks) and self.mono() < deadline:
            launch: list[tuple[Item, float]] = []
            wait = 0.0
            while heap and len(tasks) + len(launch) < self.concurrency:
                ready, _, chat = heap[0]
                queue = queues[chat]
                now = self.mono()
                current = self.pacer.chat_ready(chat, queue[0].chat_type)
                if current > ready + 1e-9:  # a pause or a flood wait moved it: take its turn later
                    heapq.heapreplace(heap, (current, seq, chat))
                    seq += 1
                    continue
                wait = self.pacer.earliest(chat, queue[0].chat_type, now) - now
                if wait > 0:
                    break
                heapq.heappop(heap)
                item = queue.popleft()
                self.pacer.record(chat, item.chat_type, now)
                launch.append((item, now))
            if launch:
                claimed = set(claim(self.archive, [i for item, _ in launch for i in item.alert_ids]))
                for item, reserved in launch:
                    task = asyncio.create_task(self._send(item, [i for i in item.alert_ids if i in claimed], reserved))
                    tasks.add(task)
                    task.add_done_callback(lambda t, chat=item.chat_id: done(chat, t))  # type: ignore[misc]
                await asyncio.sleep(0)
            elif tasks:
                await asyncio.wait(tasks, timeout=wait if wait > 0 else None, return_when=asyncio.FIRST_COMPLETED)
            elif wait > 0:
                await asyncio.sleep(wait)
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)
        if errors:
            raise errors[0]  # after every other send of the pass has settled; the JobQueue reports it

    def _mark_sent(self, claimed: list[int], message_id: int, replied: float, started: float) -> None:
        """Commit the message as sent at once: the commit closes the duplicate window (one UPDATE, WAL)."""
        mark_sent_batch(self.archive, [(claimed, str(message_id))], self.clock())
        committed = self.mono()
        self.window.add(replied - started, committed - replied, message_id, committed)

    async def _send(self, item: Item, claimed: list[int], reserved: float) -> bool:
        """Send one claimed message and mark it; settle its alerts according to Telegram's answer.

        Returns False when the alerts go back to wait (a retry), so the chat's later alerts wait too.
        """
        started = self.mono()
        self.pacer.restamp(item.chat_id, item.chat_type, reserved, started)
        if not claimed:
            return True
        try:
            message = await self.bot.send_message(int(item.chat_id), item.text, parse_mode=ParseMode.HTML,
                                                  link_preview_options=LinkPreviewOptions(is_disabled=True))
        except RetryAfter as exc:
            retry = retry_after(exc)
            self.pacer.pause(self.mono() + retry.total_seconds())
            release(self.archive, claimed, f"flood wait {retry.total_seconds():g}s", self.clock(), retry,
                           count_attempt=False)
            self._count("RetryAfter", retried=True)
            self.stats.flood_waits += 1
            return False
        except ChatMigrated as exc:
            target = migrate_subscriber(self.archive, item.subscriber_id, str(exc.new_chat_id), self.clock())
            release(self.archive, claimed, f"chat migrated to {exc.new_chat_id}", self.clock(), timedelta(0),
                           count_attempt=False)
            self.pacer.forget(item.chat_id)
            self.stats.migrated += 1
            self._count("ChatMigrated", retried=True)
            log.info("chat %s migrated to %s (subscriber %d)", item.chat_id, exc.new_chat_id, target)
            return False
        except Forbidden as exc:
            n = deactivate_subscriber(self.archive, item.subscriber_id, f"Forbidden: {exc.message}")
            self.stats.deactivated += 1
            self._count("Forbidden")
            log.info("subscriber %d deactivated (%s); %d alerts skipped", item.subscriber_id, exc.message, n)
        except BadRequest as exc:
            for alert_id in claimed:
                mark_failed(self.archive, alert_id, f"BadRequest: {exc.message}", self.clock())
            self.stats.failed += len(claimed)
            self._count("BadRequest")
        except InvalidToken:
            release(self.archive, claimed, "invalid token", self.clock(), timedelta(0), count_attempt=False)
            raise
        except (NetworkError, TelegramError) as exc:
            self._network_failures += 1
            pause = backoff(self._network_failures, base=timedelta(seconds=0.5), cap=timedelta(seconds=30))
            self.pacer.pause(self.mono() + pause.total_seconds())
            delay = backoff(item.attempts + 1, base=self.retry_base, cap=timedelta(minutes=15))
            release(self.archive, claimed, f"{type(exc).__name__}: {exc.message}", self.clock(), delay)
            self.stats.network_errors += 1
            self._count(type(exc).__name__, retried=True)
            return False
        except Exception:
            # Not an answer from Telegram (a bug, or a library warning turned error): free the claim, re-raise.
            release(self.archive, claimed, "unexpected error while sending", self.clock(), self.retry_base)
            raise
        else:
            self._mark_sent(claimed, message.message_id, self.mono(), started)
            self._network_failures = 0
            self.stats.sent += 1
            self.stats.alerts += len(claimed)
            if item.digest:
                self.stats.digests += 1
        return True

    def _count(self, name: str, *, retried: bool = False) -> None:
        self.stats.by_error[name] = self.stats.by_error.get(name, 0) + 1
        if retried:
            self.stats.retried += 1
