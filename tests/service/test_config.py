"""The service's configuration: validation, environment overrides, and its reference in docs/deploy.md."""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor.errors import ConfigError
from monitor.service.children import Supervisor
from monitor.service.config import load_config, parse_config, reference_table

pytestmark = pytest.mark.component

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("data", "message"), [
    ({"pol": {}}, "unknown section 'pol'"),
    ({"poll": {"intervall": 5}}, "unknown key 'intervall'"),
    ({"poll": {"interval": "5"}}, "[poll].interval: expected float"),
    ({"poll": {"interval": -1}}, "must not be negative"),
    ({"poll": {"concurrency": 2.5}}, "expected int"),
    ({"log": {"format": "xml"}}, "expected one of auto, json, text"),
    ({"service": {"strict": "yes"}}, "[service].strict: expected bool"),
    ({"crawl": [{"name": "nosuch", "cron": "0 * * * *"}]}, "no spider called 'nosuch'"),
    ({"bot": {"enabled": "maybe"}}, "expected one of auto, true, false"),
    ({"crawl": [{"name": "x"}]}, "missing key 'cron'"),
    ({"crawl": [{"name": "x", "cron": "* * *"}]}, "expected 5 fields"),
    ({"crawl": [{"name": "x", "cron": "0 9 * * 1-5"}]}, "weekdays by name"),
    ({"crawl": [{"name": "x", "cron": "61 * * * *"}]}, "cron '61 * * * *'"),
    ({"crawl": [{"name": "revisit", "cron": "0 * * * *"}, {"name": "revisit", "cron": "5 * * * *"}]},
     "scheduled twice"),
    ({"crawl": {"name": "x"}}, "array of tables"),
    ({"bot": {"command": "storywatch bot"}}, "a list of strings"),
    ({"backfill": [{"watch": "w", "from_day": "2022-04-01"}]}, "missing key 'to_day'"),
    ({"backfill": [{"watch": "w", "from_day": "April", "to_day": "2022-04-30"}]}, "from_day: expected a day"),
    ({"backfill": [{"watch": "w", "from_day": "2022-05-01", "to_day": "2022-04-30"}]}, "is before from_day"),
    ({"backfill": [{"watch": "w", "from_day": "2022-04-01", "to_day": "2022-04-30", "alert": "yes"}]},
     "expected one of true, false"),
    ({"backfill": [{"watch": "w", "from_day": "2022-04-01", "to_day": "2022-04-30", "cron": "* *"}]}, "5 fields"),
    ({"backfill": [{"watch": "w", "from_day": "2022-04-01", "to_day": "2022-04-30"}] * 2}, "configured twice"),
    ({"backfill": {"watch": "w"}}, "array of tables ([[backfill]])"),
])
def test_bad_configuration_names_the_key(data: dict, message: str) -> None:
    with pytest.raises(ConfigError) as err:
        parse_config(data, {}, where="x.toml")
    assert message in str(err.value) and "x.toml" in str(err.value)


def test_backfill_jobs(tmp_path: Path) -> None:
    path = tmp_path / "storywatch.toml"
    path.write_text('[[backfill]]\nwatch = "binance-russia-data"\nfrom_day = "2022-04-01"\nto_day = "2022-05-31"\n'
                    "alert = true\n", encoding="utf-8")
    job = load_config(path, {}).backfill[0]
    assert (job.watch, job.from_day, job.to_day, job.alert, job.cron) == (
        "binance-russia-data", "2022-04-01", "2022-05-31", "true", "")
    assert job.name == "backfill:binance-russia-data:2022-04-01..2022-05-31"


def test_defaults_file_and_environment(tmp_path: Path) -> None:
    assert load_config(None, {}).poll.interval == 900.0
    path = tmp_path / "storywatch.toml"
    path.write_text('[poll]\ninterval = 60\n[bot]\nenabled = false\n[[crawl]]\nname = "news_sitemap"\n'
                    'cron = "*/30 * * * mon-fri"\n', encoding="utf-8")
    config = load_config(path, {"STORYWATCH_POLL_CONCURRENCY": "3", "STORYWATCH_LOG_LEVEL": "debug"})
    assert (config.poll.interval, config.poll.concurrency, config.bot.enabled) == (60.0, 3, "false")
    assert config.log.level == "DEBUG" and config.crawl[0].name == "news_sitemap"
    with pytest.raises(ConfigError, match="STORYWATCH_POLL_INTERVAL='soon': expected a number"):
        load_config(path, {"STORYWATCH_POLL_INTERVAL": "soon"})
    path.write_text("[poll\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(path, {})


def test_reference_in_the_docs_matches_the_code() -> None:
    doc = (REPO / "docs" / "deploy.md").read_text(encoding="utf-8")
    section = doc.split("<!-- config-reference:start -->\n", 1)[1].split("<!-- config-reference:end -->", 1)[0]
    assert section == reference_table(), "regenerate with: python -m monitor.service.config"


def test_the_documented_example_is_valid(tmp_path: Path) -> None:
    doc = (REPO / "docs" / "deploy.md").read_text(encoding="utf-8")
    example = doc.split("```toml\n", 1)[1].split("```", 1)[0]
    path = tmp_path / "example.toml"
    path.write_text(example, encoding="utf-8")
    assert [c.name for c in load_config(path, {}).crawl] == ["news_sitemap", "revisit"]


@pytest.mark.parametrize(("crashes", "delay"), [(1, 5.0), (2, 10.0), (3, 20.0), (7, 300.0), (50, 300.0)])
def test_restart_backoff_doubles_to_a_cap(crashes: int, delay: float) -> None:
    assert Supervisor(clock=lambda: 0.0, restart_base=5.0, restart_cap=300.0).delay(crashes) == delay


def test_run_check_validates_and_reports(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from monitor.cli.main import cli

    good = tmp_path / "good.toml"
    good.write_text('[poll]\ninterval = 60\n[[crawl]]\nname = "news_sitemap"\ncron = "*/30 * * * *"\n')
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "a.db"), "run", "--config", str(good), "--check"])
    assert result.exit_code == 0 and "poll every 60s; crawls: revisit (*/20 * * * *), news_sitemap (*/30 * * * *)" \
        ", article (after polls that match articles without their text)" in result.output
    bad = tmp_path / "bad.toml"
    bad.write_text('[poll]\ninterval = "often"\n')
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "a.db"), "run", "--config", str(bad), "--check"])
    assert result.exit_code == 2 and "bad.toml [poll].interval: expected float" in result.output
    nosuch = tmp_path / "nosuch.toml"
    nosuch.write_text('[[crawl]]\nname = "nosuch"\ncron = "*/30 * * * *"\n')
    result = CliRunner().invoke(cli, ["run", "--config", str(nosuch), "--check"])
    assert result.exit_code == 2
    assert "no spider called 'nosuch' (known: article, news_sitemap, revisit)" in result.output


def test_built_in_crawls_by_default_replaced_by_name_or_turned_off() -> None:
    default = parse_config({}, {})
    assert [(c.name, c.cron) for c in default.crawls()] == [("news_sitemap", "*/30 * * * *"),
                                                            ("revisit", "*/20 * * * *")]
    assert default.fetch_text and not default.service.strict
    mine = parse_config({"crawl": [{"name": "revisit", "cron": "0 * * * *"}]}, {"STORYWATCH_SERVICE_STRICT": "1"})
    assert [(c.name, c.cron) for c in mine.crawls()] == [("news_sitemap", "*/30 * * * *"), ("revisit", "0 * * * *")]
    assert mine.service.strict
    off = parse_config({"service": {"builtin_crawls": False}}, {})
    assert off.crawls() == () and not off.fetch_text
