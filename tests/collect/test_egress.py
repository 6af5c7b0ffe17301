"""The egress policy in the poller, discovery and both HTTP backends, against a hostile publisher on 127.0.0.1
whose links lead into an "intranet" on 127.0.0.2 (tests/support/publisher.py): the intranet gets no request and
its secret goes nowhere. Also the check at connect time: a name that resolves to a refused address, at once or
only on the second lookup (DNS rebinding)."""

from __future__ import annotations

import asyncio
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import aiohttp
import pytest

from monitor.archive.db import Archive
from monitor.archive.search import search_articles
from monitor.archive.sources import list_sources
from monitor.clock import utcnow
from monitor.collect.fetch import BACKENDS, make_fetcher
from monitor.collect.fetch.via_aiohttp import PolicyResolver
from monitor.collect.fetch.via_httpx import HttpxFetcher, PolicyBackend
from monitor.collect.poll import poll
from monitor.egress import Egress
from monitor.errors import EgressError
from monitor.seeds import load_watches
from tests.support.crawling import REPO, write_watch
from tests.support.publisher import SECRET, HostilePublisher, SecretServer

pytestmark = pytest.mark.integration


def dump(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


@pytest.mark.parametrize("http", BACKENDS)
def test_a_poll_follows_no_link_redirect_or_address_into_the_intranet(
        intranet: tuple[HostilePublisher, SecretServer], tmp_path: Path, http: str) -> None:
    publisher, secret = intranet
    feeds = [publisher.url("/feed.xml"), publisher.url("/redirect-feed.xml"),
             publisher.url("/mapped-redirect-feed.xml"), f"http://2130706434:{secret.port}/direct.xml"]
    sources = "".join(f'[[sources]]\nname = "s{i}"\nurl = "{u}"\n' for i, u in enumerate(feeds))
    seeds = write_watch(tmp_path / "seeds", sources=sources)
    watches = load_watches(seeds)
    db = tmp_path / "a.db"
    with Archive(db) as archive:
        summary = poll(archive, watches, lambda: make_fetcher(http=http, timeout=5), utcnow)
        rows = {r["url"]: r for r in list_sources(archive)}
        stored = archive.all("SELECT link FROM articles")
        assert search_articles(archive, SECRET) == []
        # Refused: recorded with the reason, disabled, not retried with backoff.
        assert summary.totals()["sources_failed"] == 3 and summary.totals()["sources_disabled"] == 3
        again = poll(archive, watches, lambda: make_fetcher(http=http, timeout=5), utcnow, include_not_due=True)
        assert len(again.outcomes) == 1, "a refused source is not polled again"
    assert secret.requests == []
    for url in feeds[1:]:
        assert not rows[url]["enabled"] and rows[url]["next_check"] is None
        assert rows[url]["last_error"].startswith("refused: ") and " is a loopback address" in rows[url]["last_error"]
        assert rows[url]["disabled_reason"] == rows[url]["last_error"]
        assert "not retried" in rows[url]["check_reason"]
    assert rows[feeds[3]]["last_error"] == "refused: 127.0.0.2 is a loopback address"
    assert rows[feeds[2]]["last_error"] == "refused: ::ffff:7f00:2 (127.0.0.2) is a loopback address"
    # The publisher's own feed is read; its items' links are stored as links, never fetched by a poll.
    assert rows[feeds[0]]["enabled"] and rows[feeds[0]]["last_error"] is None
    assert len(stored) == 8  # the http(s) links; file: and data: items are skipped by the feed reader
    assert SECRET not in dump(db)


def test_the_operator_may_allow_the_intranet(intranet: tuple[HostilePublisher, SecretServer], tmp_path: Path) -> None:
    """The control for the test above: allowed, the same feed is fetched (so the harness does reach 127.0.0.2)."""
    publisher, secret = intranet
    source = publisher.url("/redirect-feed.xml")
    seeds = write_watch(tmp_path / "seeds", sources=f'[[sources]]\nname = "x"\nurl = "{source}"\n')
    allowed = Egress.from_text("127.0.0.1/32,127.0.0.2/32")
    with Archive(tmp_path / "a.db") as archive:
        summary = poll(archive, load_watches(seeds), lambda: make_fetcher(timeout=5, egress=allowed), utcnow)
    assert summary.totals()["sources_ok"] == 1 and secret.requests == ["/feed.xml"]


def _storywatch(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "monitor", *args], cwd=REPO, capture_output=True, text=True,
                          timeout=60, env={**os.environ, "PYTHONPATH": str(REPO), **(env or {})})


def test_sources_add_discovers_no_internal_feed(intranet: tuple[HostilePublisher, SecretServer],
                                                tmp_path: Path) -> None:
    publisher, secret = intranet
    db = str(tmp_path / "a.db")
    offered = _storywatch("--db", db, "sources", "add", publisher.url("/offers.html"))
    assert offered.returncode == 1 and "Traceback" not in offered.stderr
    assert f"127.0.0.2:{secret.port}/feed.xml: refused: 127.0.0.2 is a loopback address" in offered.stderr
    direct = _storywatch("--db", db, "sources", "add", f"http://0x7f000002:{secret.port}/feed.xml")
    assert direct.returncode == 1 and "Error: refused: 127.0.0.2 is a loopback address" in direct.stderr
    assert secret.requests == []
    assert "0x7f000002" not in dump(tmp_path / "a.db")


def test_a_malformed_allow_list_stops_start_up_naming_the_entry(tmp_path: Path) -> None:
    done = _storywatch("--db", str(tmp_path / "a.db"), "poll",
                       env={"STORYWATCH_ALLOW_NETWORKS": "127.0.0.1/32,10.0.0/8"})
    assert done.returncode == 2 and "Traceback" not in done.stderr  # a configuration error (README's table)
    assert "STORYWATCH_ALLOW_NETWORKS: '10.0.0/8' is not a network" in done.stderr
    config = tmp_path / "s.toml"
    config.write_text('[fetch]\nallow_networks = ["10.0.0.0/8", "intranet"]\n', encoding="utf-8")
    checked = _storywatch("--db", str(tmp_path / "a.db"), "run", "--config", str(config), "--check")
    assert checked.returncode == 2 and "[fetch] allow_networks: 'intranet' is not a network" in checked.stderr
    config.write_text('[fetch]\nallow_networks = ["10.0.0.0/8"]\n', encoding="utf-8")
    checked = _storywatch("--db", str(tmp_path / "a.db"), "run", "--config", str(config), "--check")
    assert checked.returncode == 0 and "fetches reach global addresses and 127.0.0.1/32,10.0.0.0/8" in checked.stdout


# -- the check at connect time: the address resolved is the address connected to ----------------------------


class Rebinding(aiohttp.abc.AbstractResolver):
    """A DNS server an attacker controls: the first answer is allowed, every later one is the intranet."""

    def __init__(self) -> None:
        self.answers = ["127.0.0.1"]

    async def resolve(self, host: str, port: int = 0, family: int = 0) -> list[aiohttp.abc.ResolveResult]:
        address = self.answers.pop(0) if len(self.answers) > 0 else "127.0.0.2"
        return [{"hostname": host, "host": address, "port": port, "family": 2, "proto": 0, "flags": 0}]

    async def close(self) -> None:
        pass


@pytest.fixture
def same_port_twice() -> Iterator[tuple[int, SecretServer, SecretServer]]:
    """A public server on 127.0.0.1 and the intranet on 127.0.0.2, on the same port."""
    public = SecretServer("127.0.0.1")
    try:
        secret = _bind_same_port(public.port)
    except OSError:
        public.stop()
        pytest.skip("could not bind 127.0.0.2 on the same port")
    try:
        yield public.port, public, secret
    finally:
        public.stop()
        secret.stop()


def _bind_same_port(port: int) -> SecretServer:
    from monitor.demo.server import QuietServer

    secret = SecretServer()
    handler = secret.httpd.RequestHandlerClass
    secret.stop()
    secret.httpd = QuietServer(("127.0.0.2", port), handler)
    import threading

    threading.Thread(target=secret.httpd.serve_forever, daemon=True).start()
    return secret


async def test_aiohttp_checks_the_address_it_connects_to(same_port_twice: tuple[int, SecretServer, SecretServer]
                                                         ) -> None:
    port, public, secret = same_port_twice
    egress = Egress.from_text("127.0.0.1/32")
    connector = aiohttp.TCPConnector(resolver=PolicyResolver(egress, Rebinding()), use_dns_cache=False,
                                     force_close=True)
    async with aiohttp.ClientSession(connector=connector) as session:
        async with session.get(f"http://rebind.example:{port}/page") as first:
            assert first.status == 200
        with pytest.raises(EgressError, match="refused: 127.0.0.2 is a loopback address"):
            await session.get(f"http://rebind.example:{port}/page")
    assert public.requests == ["/page"] and secret.requests == []


async def test_httpx_checks_the_address_it_connects_to(same_port_twice: tuple[int, SecretServer, SecretServer]
                                                       ) -> None:
    port, public, secret = same_port_twice
    answers = ["127.0.0.1"]

    class RebindingBackend(PolicyBackend):
        async def _addresses(self, host: str, port: int, timeout: float | None) -> list[str]:
            return [answers.pop(0) if answers else "127.0.0.2"]

    async with HttpxFetcher(timeout=5, egress=Egress.from_text("127.0.0.1/32")) as fetcher:
        fetcher.client._transport._pool._network_backend = RebindingBackend(fetcher.egress)  # type: ignore[attr-defined]
        assert (await fetcher.fetch(f"http://rebind.example:{port}/page")).status == 200
        fetcher.client._transport._pool._connections.clear()  # type: ignore[attr-defined]  # a new connection
        with pytest.raises(EgressError, match="refused: 127.0.0.2 is a loopback address"):
            await fetcher.fetch(f"http://rebind.example:{port}/again")
    assert public.requests == ["/page"] and secret.requests == []


@pytest.mark.parametrize("http", BACKENDS)
async def test_a_name_is_checked_once_resolved(same_port_twice: tuple[int, SecretServer, SecretServer],
                                               http: str) -> None:
    """`localhost` passes the URL check (it is a name) and is refused once it resolves to 127.0.0.1."""
    port, public, _ = same_port_twice
    async with make_fetcher(http=http, timeout=5, egress=Egress()) as fetcher:
        with pytest.raises(EgressError, match=r"refused: (127\.0\.0\.1|::1) is a loopback address"):
            await fetcher.fetch(f"http://localhost:{port}/page")
    assert public.requests == []


def test_the_refusal_is_not_a_network_error_to_retry() -> None:
    async def go() -> None:
        async with make_fetcher(timeout=5, egress=Egress()) as fetcher:
            await fetcher.fetch("http://127.0.0.1:9/feed.xml")

    with pytest.raises(EgressError) as caught:
        asyncio.run(go())
    assert caught.value.status is None and caught.value.retry_after is None
