"""`storywatch backfill` at the edge: clean errors for bad input, --skip-done, the archive's address; `status`
lists the jobs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from monitor.archive import backfill as rows
from monitor.archive.db import Archive
from monitor.cli.main import cli
from monitor.clock import utcnow
from monitor.seeds import default_seeds_dir

pytestmark = pytest.mark.component

WATCH = "binance-russia-data"


def _run(db: Path, *args: str, env: dict[str, str] | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["--db", str(db), "--seeds", str(default_seeds_dir()), *args], env=env)
    return result.exit_code, result.output


@pytest.mark.parametrize(("args", "message"), [
    (["backfill", "no-such-story", "--from", "2022-04-01", "--to", "2022-04-30"], "no watch named 'no-such-story'"),
    (["backfill", WATCH, "--from", "2022-05-01", "--to", "2022-04-01"], "--to 2022-04-01 is before --from"),
    (["backfill", WATCH, "--from", "April"], "Invalid value for '--from'"),
    (["backfill", WATCH, "--from", "2022-04-01", "--archive", "web.archive.org"], "STORYWATCH_WAYBACK_URL: not an"),
])
def test_bad_input_is_a_clean_error(tmp_path: Path, args: list[str], message: str) -> None:
    code, out = _run(tmp_path / "a.db", *args)
    assert code != 0 and message in out and "Traceback" not in out


def test_a_done_job_is_skipped_and_status_lists_it(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    with Archive(db) as archive:
        job, how = rows.open_job(archive, WATCH, "2022-04-01", "2022-04-30", alert=False, now=utcnow())
        with archive.write():
            rows.finish_job(archive, job["id"], "done", {"candidates": 7, "versions": 9, "follow_ups": 7}, utcnow())
    assert how == "new"
    code, out = _run(db, "backfill", WATCH, "--from", "2022-04-01", "--to", "2022-04-30", "--skip-done")
    assert code == 0 and out.strip() == f"backfill {WATCH} 2022-04-01..2022-04-30: done already (job 1)"
    code, out = _run(db, "status")
    assert code == 0 and f"backfill 1 {WATCH} 2022-04-01..2022-04-30: done (pass 1" in out
    assert "7 candidates, 9 versions, 7 follow-ups" in out
    code, out = _run(db, "status", "--json")
    assert json.loads(out)["backfills"][0]["stats"]["versions"] == 9
