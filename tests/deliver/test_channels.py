"""Operators' channels end to end: `storywatch notify add`, then the real worker sends through real Apprise
(json://, ntfy://, mailto:// to a local SMTP server) and the signed webhook to loopback receivers."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from monitor.archive.alerts import outbox_counts
from monitor.archive.channels import list_channels
from monitor.archive.db import Archive
from monitor.cli.main import cli
from monitor.deliver.payload import ALERT_ID_HEADER, SIGNATURE_HEADER, verify
from monitor.deliver.secrets import Secrets
from monitor.deliver.worker import Worker
from monitor.seeds import default_seeds_dir, load_watches
from tests.support.botkit import add_events
from tests.support.receivers import Receivers, Script, SMTPReceiver

pytestmark = pytest.mark.integration

WATCH = "binance-russia-data"
START = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now


@dataclass
class Env:
    db: Path
    secrets: Path
    rx: Receivers
    clock: Clock
    batches: int = 0

    def cli(self, *args: str) -> str:
        result = CliRunner().invoke(cli, ["--db", str(self.db), *args], env={"STORYWATCH_SECRETS": str(self.secrets)})
        assert result.exit_code == 0, result.output
        return result.output

    def add(self, url: str, *options: str) -> tuple[int, str]:
        out = self.cli("notify", "add", url, "--watch", WATCH, *options)
        secret = re.search(r"signing secret .*: (\S+)$", out, re.M)
        return int(out.split()[1].rstrip(":")), secret[1] if secret else ""

    def events(self, n: int) -> list[int]:
        self.batches += 1
        with Archive(self.db) as archive:
            return add_events(archive, load_watches(default_seeds_dir())[0], n, self.clock(),
                              title=f"Reuters corrects report {self.batches}")

    def worker(self, archive: Archive, **options: Any) -> Worker:
        return Worker(archive, Secrets(self.secrets), self.clock, **{"paced": False, "retry_base": timedelta(0),
                                                                     **options})

    async def drain(self, passes: int = 5, **options: Any) -> Worker:
        with Archive(self.db) as archive:
            worker = self.worker(archive, **options)
            try:
                for _ in range(passes):
                    await worker.drain_once()
                    self.clock.now += timedelta(minutes=5)
            finally:
                await worker.close()
        return worker

    def counts(self) -> dict[str, int]:
        with Archive(self.db) as archive:
            return outbox_counts(archive)


@pytest.fixture
def env(tmp_path: Path) -> Iterator[Env]:
    rx = Receivers().start()
    try:
        yield Env(tmp_path / "a.db", tmp_path / "secrets.json", rx, Clock())
    finally:
        rx.stop()


async def test_every_kind_of_channel_gets_each_alert_once(env: Env) -> None:
    smtp = SMTPReceiver().start()
    try:
        env.add(env.rx.url("/json/hook", "json"))
        env.add(f"ntfy://127.0.0.1:{env.rx.port}/desk-topic")
        env.add(f"mailto://127.0.0.1:{smtp.port}/desk@example.com?from=storywatch@example.com&secure=no")
        _, secret = env.add(env.rx.url("/webhook"))
        assert secret, "a webhook gets a signing secret, shown once"
        env.events(2)
        assert env.counts() == {"pending": 8}
        await env.drain()
        assert env.counts() == {"sent": 8}
    finally:
        smtp.stop()
    apprise_json = [r.json() for r in env.rx.at("/json/hook")]
    assert [m["title"] for m in apprise_json] == ["[CORRECTION] " + load_watches(default_seeds_dir())[0].title] * 2
    assert ["paragraph 0" in apprise_json[0]["message"], "paragraph 1" in apprise_json[1]["message"]] == [True, True]
    ntfy = [r.json() for r in env.rx.received if r.path == "/"]
    assert [m["topic"] for m in ntfy] == ["desk-topic"] * 2 and "paragraph 0" in ntfy[0]["message"]
    assert len(smtp.messages) == 2 and smtp.messages[0].rcpt_tos == ["desk@example.com"]
    assert b"Subject: [CORRECTION]" in smtp.messages[0].content
    hooks = env.rx.at("/webhook")
    assert len(hooks) == 2
    with Archive(env.db) as archive:
        rows = archive.all("SELECT a.id, a.message_id, s.channel FROM alerts a JOIN subscribers s"
                           " ON s.id = a.subscriber_id ORDER BY a.id")
    webhook_ids = [r["id"] for r in rows if r["channel"] == "webhook"]
    for hook, alert_id in zip(hooks, webhook_ids, strict=True):
        assert verify(secret, hook.body, hook.headers[SIGNATURE_HEADER.lower()], time.time())
        assert not verify(secret + "x", hook.body, hook.headers[SIGNATURE_HEADER.lower()], time.time())
        payload = hook.json()
        assert payload["alert_id"] == alert_id == int(hook.headers[ALERT_ID_HEADER.lower()])
        assert payload["event"]["kind"] == "correction" and payload["article"]["outlet"] == "Reuters"
        assert payload["story"]["watch"] == WATCH and payload["article"]["link"].startswith("https://")
    assert {r["message_id"].split(":")[0] for r in rows} == {"apprise", "HTTP 200"}, "marked with the reply"


async def test_a_receiver_that_fails_then_recovers_gets_the_alert_once(env: Env) -> None:
    env.rx.script("/flaky", Script(first=[500, 503], then=200))
    env.add(env.rx.url("/flaky"))
    env.events(2)
    worker = await env.drain(passes=6)
    bodies = [r.json()["alert_id"] for r in env.rx.at("/flaky")]
    assert len(bodies) == 4 and bodies[0] == bodies[1] == bodies[2] != bodies[3], "retried in order"
    assert env.counts() == {"sent": 2} and worker.stats.retried == 2
    with Archive(env.db) as archive:
        first = archive.one("SELECT attempts, message_id FROM alerts ORDER BY id LIMIT 1")
        (channel,) = list_channels(archive)
    assert first == {"attempts": 3, "message_id": 'HTTP 200: {"ok": true}'}
    assert channel["consecutive_failures"] == 0 and channel["enabled"] == 1


async def test_exponential_backoff_holds_the_destination(env: Env) -> None:
    env.rx.script("/slow", Script(first=[503], then=200))
    env.add(env.rx.url("/slow"))
    env.events(1)
    with Archive(env.db) as archive:
        worker = env.worker(archive, retry_base=timedelta(seconds=30))
        await worker.drain_once()
        await worker.drain_once()
        assert len(env.rx.at("/slow")) == 1, "nothing before the retry time"
        env.clock.now += timedelta(seconds=31)
        await worker.drain_once()
        await worker.close()
    assert len(env.rx.at("/slow")) == 2 and env.counts() == {"sent": 1}


async def test_a_destination_that_always_fails_is_disabled_with_its_reason(env: Env) -> None:
    env.rx.script("/down", Script(then=500, body=b"upstream exploded"))
    env.rx.script("/gone", Script(then=404, body=b"no such hook"))
    env.rx.script("/moved", Script(then=302, headers={"Location": env.rx.url("/elsewhere")}))
    env.add(env.rx.url("/down"))
    env.add(env.rx.url("/gone"))
    env.add(env.rx.url("/moved"))
    env.events(2)
    await env.drain(passes=6, disable_after=3)
    assert len(env.rx.at("/down")) == 3 and len(env.rx.at("/gone")) == 1 and len(env.rx.at("/moved")) == 1
    assert env.rx.at("/elsewhere") == [], "webhooks follow no redirects"
    assert env.counts() == {"failed": 6}
    listing = env.cli("notify", "list")
    assert "DISABLED" in listing and "3 failures in a row; the last: HTTP 500: upstream exploded" in listing
    assert "HTTP 404: no such hook" in listing and "follow no redirects" in listing
    env.events(1)
    assert env.counts() == {"failed": 6}, "a disabled channel gets no new alert rows"
    env.add(env.rx.url("/gone"))  # added again: enabled again
    env.events(1)
    assert env.counts() == {"failed": 6, "pending": 1}


async def test_each_destination_is_paced(env: Env) -> None:
    env.add(env.rx.url("/paced"), "--pace", "0.3")
    env.add(env.rx.url("/other"), "--pace", "0.3")
    env.events(3)
    with Archive(env.db) as archive:
        worker = env.worker(archive, paced=True)
        while await worker.drain_once():
            pass
        await worker.close()
    for path in ("/paced", "/other"):
        times = [r.at for r in env.rx.at(path)]
        assert len(times) == 3 and all(b - a >= 0.29 for a, b in zip(times, times[1:], strict=False)), path
    assert abs(env.rx.at("/paced")[0].at - env.rx.at("/other")[0].at) < 0.25, "destinations do not wait for each other"


async def test_a_backlog_reaches_an_apprise_channel_as_digests_and_a_webhook_alert_by_alert(env: Env) -> None:
    """A flood (30 follow-ups at once) over the backlog threshold: the Apprise destination gets a few digests
    holding every alert once, in order; the webhook still gets one signed request per alert."""
    env.add(env.rx.url("/json/desk", "json"))
    env.add(env.rx.url("/hook"))
    env.add(env.rx.url("/json/quiet", "json"))
    env.events(30)
    worker = await env.drain(passes=3, backlog=10)
    assert env.counts() == {"sent": 90} and worker.stats.digests >= 2
    digests = [r.json() for r in env.rx.at("/json/desk")]
    assert 2 <= len(digests) < 30 and all(len(d["message"]) <= 3500 for d in digests)
    assert digests[0]["title"].startswith("30 follow-ups in ") and "(1 of " in digests[0]["title"]
    quoted = [int(n) for d in digests for n in re.findall(r"paragraph (\d+) of the report", d["message"])]
    assert quoted == list(range(30)), "every alert once, in order"
    assert len(env.rx.at("/hook")) == 30 and len(env.rx.at("/json/quiet")) == len(digests)
    with Archive(env.db) as archive:
        replies = archive.all("SELECT a.message_id, count(*) AS n FROM alerts a JOIN subscribers s"
                              " ON s.id = a.subscriber_id WHERE s.chat_id = 1 GROUP BY a.message_id")
    assert sum(r["n"] for r in replies) == 30 and all(r["message_id"].startswith("apprise") for r in replies)
    env.events(3)  # under the threshold again: alert by alert
    await env.drain(passes=2, backlog=10)
    assert len(env.rx.at("/json/desk")) == len(digests) + 3


async def test_a_channel_added_in_russian_reads_in_russian(env: Env) -> None:
    env.add(env.rx.url("/json/ru", "json"), "--language", "ru")
    env.add(env.rx.url("/json/en", "json"))
    assert "in Russian" in env.cli("notify", "list") and json.loads(env.cli("notify", "list", "--json"))[0][
        "language"] == "ru"
    env.events(1)
    await env.drain(passes=2)
    (ru,), (en,) = [r.json() for r in env.rx.at("/json/ru")], [r.json() for r in env.rx.at("/json/en")]
    assert ru["title"].startswith("[ИСПРАВЛЕНИЕ] ") and "Кто: Reuters" in ru["message"]
    assert en["title"].startswith("[CORRECTION] ") and "By Reuters:" in en["message"]
    env.events(12)  # a backlog: digests, in the channel's language
    await env.drain(passes=3, backlog=10)
    digest = env.rx.at("/json/ru")[1].json()
    assert digest["title"].startswith("12 откликов в сюжете ") and "[ИСПРАВЛЕНИЕ]" in digest["message"]
    assert env.rx.at("/json/en")[1].json()["title"].startswith("12 follow-ups in ")


async def test_a_digest_that_fails_retries_whole_and_loses_nothing(env: Env) -> None:
    env.rx.script("/json/flaky", Script(first=[503], then=200))
    env.add(env.rx.url("/json/flaky", "json"))
    env.events(12)
    worker = await env.drain(passes=4, backlog=10)
    got = [r.json()["message"] for r in env.rx.at("/json/flaky")]
    assert worker.stats.retried == 1 and env.counts() == {"sent": 12}
    assert got[0] == got[1], "the failed digest is sent again whole"
    assert sorted(int(n) for m in got[1:] for n in re.findall(r"paragraph (\d+) of", m)) == list(range(12))


async def test_filters_narrow_what_a_channel_receives(env: Env) -> None:
    env.add(env.rx.url("/corrections"), "--kinds", "correction,retraction")
    env.add(env.rx.url("/denials"), "--kinds", "denial")
    env.add(env.rx.url("/bloomberg"), "--outlets", "Bloomberg")
    env.add(env.rx.url("/reuters"), "--outlets", "reuters", "--min-confidence", "0.5")
    env.events(1)  # a Reuters correction, confidence 1.0
    with Archive(env.db) as archive:
        rows = archive.all("SELECT s.chat_id FROM alerts a JOIN subscribers s ON s.id = a.subscriber_id")
    assert len(rows) == 2, "filtered-out subscribers get no alert row"
    await env.drain()
    assert [bool(env.rx.at(p)) for p in ("/corrections", "/denials", "/bloomberg", "/reuters")] == [
        True, False, False, True]
    listing = json.loads(env.cli("notify", "list", "--json"))
    assert listing[0]["follows"] == [{"watch": WATCH, "filter": "kinds correction, retraction"}]
    assert listing[3]["follows"][0]["filter"] == "outlets reuters; confidence >= 0.5"


def test_bad_filters_and_urls_are_refused_with_the_valid_values(env: Env) -> None:
    result = CliRunner().invoke(cli, ["--db", str(env.db), "notify", "add", env.rx.url("/x"), "--watch", WATCH,
                                      "--kinds", "corection"], env={"STORYWATCH_SECRETS": str(env.secrets)})
    assert result.exit_code == 1 and "valid kinds are correction, apology" in result.output
    result = CliRunner().invoke(cli, ["--db", str(env.db), "notify", "add", "nosuch://secret-thing", "--watch",
                                      WATCH], env={"STORYWATCH_SECRETS": str(env.secrets)})
    assert result.exit_code == 1 and "Apprise does not understand nosuch://***" in result.output
    assert "secret-thing" not in result.output


def test_notify_test_prints_the_answer_and_remove_forgets(env: Env) -> None:
    channel, _ = env.add(env.rx.url("/hook"))
    out = env.cli("notify", "test", str(channel))
    assert 'answered: HTTP 200: {"ok": true}' in out
    (probe,) = env.rx.at("/hook")
    assert probe.json()["type"] == "test" and SIGNATURE_HEADER.lower() in probe.headers
    out = env.cli("notify", "test", env.rx.url("/json/x", "json"))
    assert "answered: apprise:" in out and len(env.rx.at("/json/x")) == 1
    env.rx.script("/broken", Script(then=500))
    result = CliRunner().invoke(cli, ["--db", str(env.db), "notify", "test", env.rx.url("/broken")],
                                env={"STORYWATCH_SECRETS": str(env.secrets)})
    assert result.exit_code == 1 and "refused the test: HTTP 500" in result.output
    env.events(1)
    assert "1 undelivered alerts skipped" in env.cli("notify", "remove", str(channel))
    assert "no channels" in env.cli("notify", "list")
    assert json.loads(env.secrets.read_text())["channels"] == {}
