"""`storywatch run` with a [[backfill]] job: the service runs `storywatch backfill` as a child until it is done."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from monitor.demo.site import DemoSite
from tests.service.test_service import Run, wait_for
from tests.support.backfill import archive_url, seeds_for, story

pytestmark = pytest.mark.integration


@pytest.fixture
def site() -> Iterator[DemoSite]:
    with DemoSite(story()) as demo:
        demo.show(len(demo.story.stages) - 1)
        yield demo


def test_the_service_runs_a_backfill_job_once_until_done(site: DemoSite, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STORYWATCH_WAYBACK_URL", archive_url(site))
    monkeypatch.setenv("STORYWATCH_BACKFILL_PACE", "0")
    seeds = seeds_for(site, tmp_path / "seeds")
    run = Run(tmp_path, seeds, '[poll]\ninterval = 3600\n[log]\nformat = "json"\n[[backfill]]\n'
                               'watch = "binance-russia-data"\nfrom_day = "2022-04-01"\nto_day = "2022-04-30"\n')
    try:
        wait_for(lambda: run.rows("SELECT status FROM backfill_jobs") == [("done",)], "the backfill to finish", 60)
        wait_for(lambda: run.rows("SELECT state FROM service_state WHERE name LIKE 'backfill:%'") == [("done",)],
                 "the service to see its child done", 20)
    finally:
        assert run.stop() == 0
    assert run.rows("SELECT count(*) FROM version_sources WHERE source = 'archive'")[0][0] >= 9
    assert run.rows("SELECT count(*) FROM alerts a JOIN backfilled_events b ON b.event_id = a.event_id") == [(0,)]
    # Run again: the job is done, the child says so and reads nothing.
    again = Run(tmp_path, seeds, run.cfg.read_text(), name="again")
    try:
        wait_for(lambda: any(r.get("msg") == "child finished" and "backfill:" in str(r.get("child"))
                             for r in again.logs()), "the child to finish", 30)
    finally:
        assert again.stop() == 0
    assert run.rows("SELECT passes FROM backfill_jobs") == [(1,)]
