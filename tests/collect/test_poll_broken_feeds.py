"""A poll over broken copies of real feeds, on loopback, records each failure on its own source."""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor.archive.db import Archive
from monitor.archive.sources import add_source, list_sources
from monitor.clock import utcnow
from monitor.collect.fetch import make_fetcher
from monitor.collect.poll import poll
from tests.collect.test_feed_robustness import FEEDS, needs_corpus
from tests.support.loopback import LoopbackServer, Route

pytestmark = pytest.mark.integration


@needs_corpus
def test_a_run_over_truncated_feeds_records_each_failure(server: LoopbackServer, tmp_path: Path) -> None:
    urls = {}
    for i, path in enumerate(FEEDS):
        data = path.read_bytes()
        for cut in (0.0, 0.1, 0.5):
            urls[server.route(f"/{i}-{cut}/{path.name}", Route(data[: int(len(data) * cut)]))] = cut
    with Archive(tmp_path / "a.db") as archive:
        now = utcnow()
        for url in urls:
            add_source(archive, url, now)
        summary = poll(archive, [], lambda: make_fetcher(timeout=5), utcnow)
        rows = list_sources(archive)
    assert len(summary.outcomes) == len(urls) == len(rows)
    by_url = {o.url: o for o in summary.outcomes}
    for row in rows:
        outcome = by_url[row["url"]]
        if outcome.status == "failed":
            assert row["last_error"] == outcome.error and row["consecutive_failures"] == 1
        else:
            assert row["last_error"] is None and row["last_entries"] == sum(
                outcome.counts[k] for k in ("new", "updated", "unchanged"))
        if urls[row["url"]] == 0.0:
            assert "empty body" in row["last_error"]
    assert any(o.status == "ok" and o.counts["new"] for o in summary.outcomes)  # half a feed still has entries
