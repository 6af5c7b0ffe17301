"""Feeds that moved for good: a permanent redirect answered for a day (three polls at least) moves where the
source is polled; temporary redirects, a redirect that changes or stops, and one answer never do; an
http -> https move of the same address is taken at once. Both HTTP backends report permanent chains alike."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path

import pytest
from click.testing import CliRunner

from monitor.archive.db import Archive
from monitor.archive.sources import add_source
from monitor.cli.main import cli
from monitor.collect.fetch import BACKENDS, make_fetcher
from monitor.collect.moves import MOVE_AFTER, plan_move
from monitor.collect.poll import poll
from tests.support.loopback import LoopbackServer, Route
from tests.support.story import binance_feed

pytestmark = pytest.mark.integration

T0 = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)
OLD, NEW = "https://old.example/feed", "https://new.example/rss"


def test_the_policy_waits_a_day_and_three_polls() -> None:
    move = plan_move(OLD, NEW, pending=None, seen=0, since=None, now=T0)
    assert (move.pending, move.seen, move.adopt) == (NEW, 1, False)
    move = plan_move(OLD, NEW, pending=NEW, seen=1, since=T0, now=T0 + timedelta(hours=1))
    assert (move.seen, move.adopt) == (2, False)
    move = plan_move(OLD, NEW, pending=NEW, seen=2, since=T0, now=T0 + timedelta(hours=2))
    assert (move.seen, move.adopt) == (3, False), "three polls within the hour are not a day"
    assert plan_move(OLD, NEW, pending=NEW, seen=3, since=T0, now=T0 + MOVE_AFTER).adopt
    assert not plan_move(OLD, NEW, pending=NEW, seen=1, since=T0, now=T0 + 2 * MOVE_AFTER).adopt, "one poll a day"
    changed = plan_move(OLD, "https://elsewhere.example/rss", pending=NEW, seen=5, since=T0, now=T0 + 2 * MOVE_AFTER)
    assert (changed.pending, changed.seen, changed.since, changed.adopt) == (
        "https://elsewhere.example/rss", 1, T0 + 2 * MOVE_AFTER, False)
    stopped = plan_move(OLD, "", pending=NEW, seen=5, since=T0, now=T0 + 2 * MOVE_AFTER)
    assert (stopped.pending, stopped.seen, stopped.adopt) == (None, 0, False)
    assert plan_move("http://old.example/feed?x=1", "https://old.example/feed?x=1", pending=None, seen=0,
                     since=None, now=T0).adopt, "an https upgrade of the same address is taken at once"
    assert not plan_move("http://old.example/feed", "https://old.example/other", pending=None, seen=0, since=None,
                         now=T0).adopt


@pytest.mark.parametrize("http", BACKENDS)
@pytest.mark.parametrize(("hops", "permanent"), [((301,), True), ((308, 301), True), ((301, 302), False),
                                                 ((307,), False), ((), False)])
async def test_both_backends_report_only_all_permanent_chains(server: LoopbackServer, http: str,
                                                             hops: tuple[int, ...], permanent: bool) -> None:
    final = server.route("/feed.xml", Route(binance_feed()))
    for i, status in enumerate(hops):
        target = f"/hop{i + 1}" if i + 1 < len(hops) else final
        server.route(f"/hop{i}", Route(status=status, conditional=False, headers={"Location": target}))
    start = server.url("/hop0") if hops else final
    async with make_fetcher(http=http, timeout=5) as fetcher:
        got = await fetcher.fetch(start)
    assert got.url == final
    assert got.moved_to == (final if permanent else "")


def test_a_source_moves_after_a_day_of_301s_and_is_polled_there(server: LoopbackServer, tmp_path: Path) -> None:
    new = server.route("/new.xml", Route(binance_feed()))
    old = server.route("/old.xml", Route(status=301, conditional=False, headers={"Location": new}))
    temporary = server.route("/temp.xml", Route(status=302, conditional=False, headers={"Location": new}))
    archive = Archive(tmp_path / "a.db")
    with archive.write():
        add_source(archive, old, T0)
        add_source(archive, temporary, T0)

    def poll_at(when: datetime) -> dict[str, str]:
        summary = poll(archive, [], partial(make_fetcher, timeout=5), lambda: when, include_not_due=True,
                       parse_workers=0)
        assert all(o.status in ("ok", "not_modified") for o in summary.outcomes), summary.outcomes
        return {o.url: o.moved_to for o in summary.outcomes}

    assert poll_at(T0) == {old: "", temporary: ""}
    assert poll_at(T0 + timedelta(hours=12)) == {old: "", temporary: ""}
    row = archive.one("SELECT * FROM sources WHERE url = ?", (old,))
    assert (row["redirect_to"], row["redirect_seen"], row["fetch_url"]) == (new, 2, None)
    code = CliRunner().invoke(cli, ["--db", str(tmp_path / "a.db"), "--seeds", str(tmp_path), "sources"])
    assert f"permanently redirected to {new} (2 polls since" in code.stdout

    assert poll_at(T0 + timedelta(hours=25)) == {old: new, temporary: ""}
    row = archive.one("SELECT * FROM sources WHERE url = ?", (old,))
    assert (row["url"], row["fetch_url"], row["redirect_to"]) == (old, new, None), "same source, new address"
    assert archive.one("SELECT fetch_url FROM sources WHERE url = ?", (temporary,))["fetch_url"] is None

    server.requests.clear()
    poll_at(T0 + timedelta(hours=26))
    asked = [path for path, _ in server.requests]
    assert "/old.xml" not in asked and asked.count("/new.xml") == 2  # the moved source, and the 302's target
    assert archive.one("SELECT count(*) AS n FROM articles")["n"] == 3, "the same articles, no duplicates"
    code = CliRunner().invoke(cli, ["--db", str(tmp_path / "a.db"), "--seeds", str(tmp_path), "sources"])
    assert f"moved for good: polled at {new}" in code.stdout
    archive.close()
