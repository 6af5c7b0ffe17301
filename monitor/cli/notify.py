"""`storywatch notify add|list|remove|test` (operators' alert channels) and `storywatch deliver` (their worker).

A URL with an http(s) scheme is a storywatch webhook (signed JSON, docs/webhooks.md); any other is an
Apprise URL (mailto://, slack://, discord://, ntfy://, json://, ...). URLs and signing secrets are written to
the secrets file (`STORYWATCH_SECRETS`, 0600) or given as `env:NAME`; the archive keeps a masked label.
"""

from __future__ import annotations

import asyncio
import logging
import secrets as random_secrets
import signal
import sys
from datetime import timedelta
from typing import Any

import click

from monitor.archive.channels import (
    add_channel,
    channel_subscriber,
    enable_channel,
    get_channel,
    list_channels,
    remove_channel,
    update_channel,
)
from monitor.archive.db import Archive
from monitor.archive.subscribers import (
    APPRISE,
    WEBHOOK,
    filter_of,
    set_language,
    subscribe,
    subscriptions_with_filters,
)
from monitor.cli.context import Context, echo_json
from monitor.clock import utcnow
from monitor.deliver.render import LANGUAGES
from monitor.deliver.secrets import FILE, Redactor, Secrets, mask_url, secrets_path
from monitor.errors import ConfigError, DeliveryError
from monitor.models import AlertFilter, parse_confidence, parse_kinds, parse_outlets

DEFAULT_PACE = {APPRISE: 1.0, WEBHOOK: 0.2}


def describe(f: AlertFilter) -> str:
    """A filter in words, for listings."""
    parts = []
    if f.kinds is not None:
        parts.append("kinds " + ", ".join(sorted(f.kinds)))
    if f.outlets is not None:
        parts.append("outlets " + ", ".join(f.outlets))
    if f.min_confidence is not None:
        parts.append(f"confidence >= {f.min_confidence:g}")
    return "; ".join(parts) or "everything the watch alerts on"


def kind_of(url: str) -> str:
    return WEBHOOK if url.lower().startswith(("http://", "https://")) else APPRISE


def _secrets(obj: Context) -> Secrets:
    return Secrets(secrets_path(obj.db_path))


def _find(archive: Archive, store: Secrets, target: str) -> int | None:
    """A channel by id, or by its URL (compared with what the secrets resolve to)."""
    if target.isdigit():
        return int(target) if get_channel(archive, int(target)) else None
    wanted = store.literal(target) if target.startswith("env:") else target.strip()
    for channel in list_channels(archive):
        if channel["url_ref"] == target:
            return int(channel["id"])
        try:
            if store.resolve(channel["url_ref"], channel["id"], "url") == wanted:
                return int(channel["id"])
        except ConfigError:
            continue
    return None


@click.group("notify")
def notify() -> None:
    """Operators' alert channels besides Telegram: Apprise URLs (e-mail, Slack, Discord, Matrix, ntfy, ...) and
    signed storywatch webhooks; see docs/webhooks.md."""


@notify.command("add")
@click.argument("url")
@click.option("--watch", "watches", multiple=True, required=True, help="A watch to follow (repeat for several).")
@click.option("--kinds", default=None, help="Only these follow-up kinds, e.g. correction,retraction.")
@click.option("--outlets", default=None, help="Only follow-ups published by these outlets, e.g. Reuters,Bloomberg.")
@click.option("--min-confidence", default=None, help="Only follow-ups at least this confident (0 to 1).")
@click.option("--pace", type=click.FloatRange(min=0), default=None,
              help="Seconds between two notifications to this destination (default 1 for Apprise, 0.2 for webhooks).")
@click.option("--secret", default=None, help="Webhooks: the signing secret, or env:NAME to read it from the "
                                             "environment when sending (default: a new random one, shown once).")
@click.option("--language", type=click.Choice(LANGUAGES), default=None,
              help="Apprise: the language its notifications are written in (default English).")
@click.pass_obj
def add(obj: Context, url: str, watches: tuple[str, ...], kinds: str | None, outlets: str | None,
        min_confidence: str | None, pace: float | None, secret: str | None, language: str | None) -> None:
    """Send a watch's alerts to URL: an http(s) URL gets signed webhooks, any other is an Apprise URL. Give the
    URL as env:NAME to keep it in the environment; otherwise it is stored in the secrets file (0600)."""
    store = _secrets(obj)
    real = store.literal(url)
    kind = kind_of(real)
    if kind == APPRISE:
        from monitor.deliver.senders import AppriseSender

        if not AppriseSender(threads=1).valid(real):
            raise click.ClickException(f"Apprise does not understand {mask_url(real)}: see its list of services "
                                       "(mailto://, slack://, discord://, ntfy://, json://, ...)")
    by_name = {w.name: w for w in obj.watches()}
    chosen = []
    for name in watches:
        if name not in by_name:
            raise click.ClickException(f"no watch called {name!r}; known: {', '.join(sorted(by_name))}")
        watch = by_name[name]
        chosen.append((watch, AlertFilter(
            kinds=parse_kinds(kinds, watch.alert_kinds) if kinds else None,
            outlets=parse_outlets(outlets) if outlets else None,
            min_confidence=parse_confidence(min_confidence) if min_confidence else None)))
    shown_secret = None
    with obj.archive() as archive:
        channel_id = _find(archive, store, url)
        if channel_id is None:
            secret_ref = None
            if kind == WEBHOOK:
                secret_ref = secret if secret and secret.startswith("env:") else FILE
                if secret_ref == FILE:
                    shown_secret = None if secret else random_secrets.token_urlsafe(32)
            channel_id = add_channel(archive, kind, mask_url(real), url if url.startswith("env:") else FILE,
                                     secret_ref, DEFAULT_PACE[kind] if pace is None else pace, utcnow())
            values = {} if url.startswith("env:") else {"url": real}
            if kind == WEBHOOK and secret_ref == FILE:
                values["secret"] = secret or shown_secret or ""
            if values:
                store.put(channel_id, **values)
        else:
            enable_channel(archive, channel_id)
            update_channel(archive, channel_id, pace_s=pace)
        sid = channel_subscriber(archive, channel_id)
        if language is not None:
            set_language(archive, sid, language)
        for watch, alert_filter in chosen:
            subscribe(archive, sid, watch.name, utcnow(), alert_filter)
        row = get_channel(archive, channel_id)
    assert row is not None
    click.echo(f"channel {channel_id}: {kind} {row['label']} (pace {row['pace_s']:g} s)")
    for watch, alert_filter in chosen:
        click.echo(f"  follows {watch.name}: {describe(alert_filter)}")
    if shown_secret:
        click.echo(f"  signing secret (shown once; kept in {store.path}): {shown_secret}")


@notify.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_obj
def list_cmd(obj: Context, as_json: bool) -> None:
    """The channels: masked label, state (and why a disabled one stopped), filters, delivery counts."""
    with obj.archive() as archive:
        rows: list[dict[str, Any]] = []
        for channel in list_channels(archive):
            follows = [{"watch": s["watch"], "filter": describe(filter_of(s))}
                       for s in subscriptions_with_filters(archive, channel["subscriber_id"])]
            rows.append({**channel, "follows": follows})
    if as_json:
        echo_json(rows)
        return
    if not rows:
        click.echo("no channels: alerts go to Telegram (with a token) or the console; see `storywatch notify add`")
    for r in rows:
        state = "enabled" if r["enabled"] else f"DISABLED since {r['disabled_at']}: {r['disabled_reason']}"
        click.echo(f"{r['id']:>3} {r['kind']:<7} {r['label']}  {state}")
        written = "; in Russian" if r["language"] == "ru" else ""
        click.echo(f"    pace {r['pace_s']:g} s{written}; delivered {r['delivered']}, pending {r['pending']}, "
                   f"failed {r['failed']}; last ok {r['last_ok'] or 'never'}")
        if r["enabled"] and r["last_error"] and r["consecutive_failures"]:
            click.echo(f"    failing x{r['consecutive_failures']} (next try {r['retry_at']}): {r['last_error']}")
        for f in r["follows"]:
            click.echo(f"    follows {f['watch']}: {f['filter']}")


@notify.command("remove")
@click.argument("target")
@click.pass_obj
def remove(obj: Context, target: str) -> None:
    """Forget a channel (by its id from `notify list`, or its URL); its undelivered alerts are skipped."""
    store = _secrets(obj)
    with obj.archive() as archive:
        channel_id = _find(archive, store, target)
        if channel_id is None:
            raise click.ClickException(f"no channel {mask_url(target) if '://' in target else target}: "
                                       "see `storywatch notify list`")
        skipped = remove_channel(archive, channel_id)
    store.remove(channel_id)
    click.echo(f"channel {channel_id} removed; {skipped} undelivered alerts skipped")


def _test_alert() -> dict[str, Any]:
    return {"alert_id": 0, "event_id": 0, "kind": "correction", "actor": "storywatch", "target": "",
            "story": "storywatch test notification", "watch": "test", "confidence": 1.0,
            "evidence": "This is a test notification from storywatch: the channel works.", "detected_at": None,
            "url": "https://example.org/storywatch-test", "link": "https://example.org/storywatch-test",
            "title": "Test notification", "outlet": "storywatch", "published": None, "also": [], "test": True}


@notify.command("test")
@click.argument("target")
@click.pass_obj
def test_cmd(obj: Context, target: str) -> None:
    """Send a test notification now to TARGET (a channel id, or any URL) and print what the service answered."""
    store = _secrets(obj)
    url, secret = None, None
    with obj.archive() as archive:
        channel_id = _find(archive, store, target)
        if channel_id is not None:
            row = get_channel(archive, channel_id)
            assert row is not None
            url = store.resolve(row["url_ref"], channel_id, "url")
            if row["kind"] == WEBHOOK and row["secret_ref"]:
                secret = store.resolve(row["secret_ref"], channel_id, "secret")
    if url is None:
        url = store.literal(target)
    from monitor.deliver.senders import AppriseSender, WebhookSender

    redact = Redactor([url, *([secret] if secret else [])])

    async def send() -> str:
        sender = WebhookSender() if kind_of(url) == WEBHOOK else AppriseSender(threads=1)
        try:
            return await sender.send(url, secret, _test_alert(), redact)
        finally:
            await sender.close()

    try:
        reply = asyncio.run(send())
    except DeliveryError as exc:
        raise click.ClickException(f"{mask_url(url)} refused the test: {redact(str(exc))}") from None
    click.echo(f"{mask_url(url)} answered: {reply}")


class RedactingFormatter(logging.Formatter):
    """Every log line passes the worker's Redactor: a credential never reaches the log."""

    def __init__(self, redact: Redactor):
        super().__init__("%(asctime)s %(levelname)s %(name)s: %(message)s")
        self.redact = redact

    def format(self, record: logging.LogRecord) -> str:
        return self.redact(super().format(record))


@click.command("deliver")
@click.option("--once", is_flag=True, help="Deliver what is due now, then exit.")
@click.option("--interval", default=1.0, show_default=True, help="Seconds between outbox checks when idle.")
@click.option("--no-limits", is_flag=True, help="Ignore every channel's pace (benchmarks, receivers you own).")
@click.option("--concurrency", default=16, show_default=True, help="Notifications in flight at most.")
@click.option("--retry-base", default=30.0, show_default=True, help="First retry delay after a failure (s); doubles.")
@click.option("--disable-after", default=8, show_default=True,
              help="Disable a channel after this many failures in a row.")
@click.option("--backlog", default=10, show_default=True, type=click.IntRange(min=0),
              help="More alerts than this due for one Apprise destination go as digests (0: never).")
@click.option("--log-level", default="INFO", show_default=True)
@click.pass_obj
def deliver(obj: Context, once: bool, interval: float, no_limits: bool, concurrency: int, retry_base: float,
            disable_after: int, backlog: int, log_level: str) -> None:
    """Deliver the outbox to Apprise and webhook channels (`storywatch run` starts it when channels exist): each
    alert claimed, sent, marked with the service's reply; retried with backoff; SIGTERM stops it cleanly."""
    from monitor.deliver.worker import Worker

    store = _secrets(obj)
    store.known()  # refuse a secrets file others can read before anything else
    archive = obj.archive()
    archive.relax_sync()  # as the bot: a killed process loses no commit
    worker = Worker(archive, store, utcnow, concurrency=concurrency, paced=not no_limits,
                    retry_base=timedelta(seconds=retry_base), disable_after=disable_after, backlog=backlog)
    worker.redactor.add(*store.known())
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(RedactingFormatter(worker.redactor))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(log_level.upper())
    for noisy in ("httpx", "httpcore"):
        logging.getLogger(noisy).setLevel(logging.WARNING)

    async def main() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(signum, stop.set)
        try:
            if once:
                worker.recover()
                while await worker.drain_once():
                    pass
            else:
                await worker.run(stop, interval=interval)
        finally:
            await worker.close()

    try:
        asyncio.run(main())
    finally:
        archive.close()
    s = worker.stats
    logging.getLogger("storywatch.deliver").info(
        "stopped: %d notifications sent (%d alerts, %d digests), %d retried, %d failed, %d channels disabled,"
        " %d recovered claims", s.sent, s.alerts, s.digests, s.retried, s.failed, s.disabled, s.recovered)

