"""One follow-up republished by many outlets is one event and one alert that names the outlets."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from monitor.archive.db import Archive
from monitor.archive.subscribers import set_console_subscriber
from monitor.collect.ingest import ingest_article
from monitor.deliver.console import ConsoleSink, deliver_pending
from monitor.detect import syndication
from monitor.models import ArticleFields
from monitor.seeds import default_seeds_dir, load_watches

pytestmark = pytest.mark.component

T0 = datetime(2022, 4, 28, 9, 0, tzinfo=UTC)
NOTE = ("(Corrects paragraph 1 to give the full name of the Federal Financial Monitoring Service, not the "
        "Federal Financial Intelligence Service)")
BODY = ("Binance agreed to share client data with Rosfinmonitoring, Russia's financial intelligence agency, "
        "according to messages reviewed by Reuters.")


def _copy(outlet: str, slug: str, dateline: str) -> ArticleFields:
    link = f"https://{slug}.example/binance-russia"
    return ArticleFields(url=link, link=link, outlet=outlet, title="Binance built ties to a Russian FSB-linked agency",
                         body=f"{NOTE}\n{dateline} {BODY}")


def test_wire_correction_on_three_sites_is_one_alert(tmp_path: Path) -> None:
    watches = load_watches(default_seeds_dir())
    with Archive(tmp_path / "a.db") as archive:
        set_console_subscriber(archive, watches, T0, active=True)
        copies = [_copy("Reuters", "reuters", "VILNIUS, April 22 (Reuters) -"),
                  _copy("Yahoo Finance", "yahoo", "VILNIUS (Reuters) -"),
                  _copy("Investing.com", "investing", "(Reuters) -")]
        results = [ingest_article(archive, watches, f, T0 + timedelta(minutes=i)) for i, f in enumerate(copies)]
        assert [len(r.events) for r in results] == [1, 0, 0]
        assert archive.one("SELECT count(*) AS n FROM events WHERE kind = 'correction'")["n"] == 1
        sightings = archive.all("SELECT outlet FROM event_sightings ORDER BY outlet")
        assert [s["outlet"] for s in sightings] == ["Investing.com", "Reuters", "Yahoo Finance"]
        out = io.StringIO()
        assert deliver_pending(archive, ConsoleSink(out), lambda: T0 + timedelta(hours=1)) == 1
    text = out.getvalue()
    assert text.count("[CORRECTION]") == 1 and NOTE in text
    assert "Also carried by: Investing.com, Yahoo Finance" in text


def test_the_same_wording_weeks_later_is_news_again(tmp_path: Path) -> None:
    watches = load_watches(default_seeds_dir())
    with Archive(tmp_path / "a.db") as archive:
        first = ingest_article(archive, watches, _copy("Reuters", "reuters", "(Reuters) -"), T0)
        later = ingest_article(archive, watches, _copy("Yahoo Finance", "yahoo", "(Reuters) -"),
                               T0 + syndication.WINDOW + timedelta(days=1))
    assert len(first.events) == 1 and len(later.events) == 1


def test_short_generic_notes_from_two_outlets_stay_two_alerts(tmp_path: Path) -> None:
    watches = load_watches(default_seeds_dir())
    with Archive(tmp_path / "a.db") as archive:
        found = []
        for outlet in ("CoinDesk", "The Block"):
            link = f"https://{outlet.replace(' ', '').lower()}.example/binance-russia"
            fields = ArticleFields(url=link, link=link, outlet=outlet, title="Binance and Russia's Rosfinmonitoring",
                                   body=f"{BODY}\nWe regret the error.")
            found.append(len(ingest_article(archive, watches, fields, T0).events))
    assert found == [1, 1]


def test_a_revision_alert_quotes_before_and_after(tmp_path: Path) -> None:
    watches = load_watches(default_seeds_dir())
    link = "https://reuters.example/binance-russia"
    before = "Binance met Rosfinmonitoring, Russia's financial intelligence agency, in March 2021."
    after = "Binance met Rosfinmonitoring, Russia's financial intelligence agency, in April 2021."
    with Archive(tmp_path / "a.db") as archive:
        set_console_subscriber(archive, watches, T0, active=True)
        first = ArticleFields(url=link, link=link, outlet="Reuters", title="Binance and Russia", body=before)
        ingest_article(archive, watches, first, T0)
        fixed = ArticleFields(url=link, link=link, outlet="Reuters", title="Binance and Russia",
                              body=f"(Corrects date of meeting in paragraph 1)\n{after}")
        ingest_article(archive, watches, fixed, T0 + timedelta(hours=1))
        out = io.StringIO()
        deliver_pending(archive, ConsoleSink(out), lambda: T0 + timedelta(hours=2))
    text = out.getvalue()
    assert "[CORRECTION]" in text
    assert f"Before: {before}" in text and f"After:  {after}" in text
