"""Story threads: syndicated copies of one follow-up collapse into one event listing the outlets."""

from __future__ import annotations

from datetime import UTC, datetime

from monitor.detect.followups import detect
from monitor.detect.syndication import Sighting, build_thread, collapse, fingerprint
from monitor.models import Doc, Match

NOTE = "(Corrects paragraph 5 to show Binance's statement was made on April 23)"


def _at(hour: int) -> datetime:
    return datetime(2022, 4, 25, hour, tzinfo=UTC)


def test_wire_correction_on_many_sites_is_one_event() -> None:
    copies = [
        ("Reuters", f"{NOTE}\nLONDON, April 25 (Reuters) - Binance said ...", 9),
        ("Yahoo Finance", NOTE, 10),
        ("MarketScreener", f"{NOTE} (Reporting by Tom Wilson)", 11),
        ("Investing.com", NOTE.replace("April 23", "April 23,"), 12),
    ]
    sightings = []
    for outlet, text, hour in copies:
        [event] = detect(Doc(body=text, outlet=outlet))
        sightings.append(Sighting(event, outlet, f"https://{outlet.lower().replace(' ', '')}.example/x", _at(hour)))
    denial = detect(Doc(body="Binance denied the Reuters report.", outlet="CoinDesk"))[0]
    sightings.append(Sighting(denial, "CoinDesk", "https://coindesk.example/y", _at(8)))
    groups = collapse(sightings)
    assert [g.event.kind for g in groups] == ["denial", "correction"]
    assert groups[1].outlets == ["Reuters", "Yahoo Finance", "MarketScreener", "Investing.com"]
    assert groups[1].first_seen == _at(9) and groups[1].copies == 4


def test_different_corrections_stay_apart() -> None:
    a = detect(Doc(body="(Corrects paragraph 5 to show the meeting was in April)", outlet="Reuters"))[0]
    b = detect(Doc(body="(Corrects spelling of Kostarev's name in headline)", outlet="Reuters"))[0]
    assert fingerprint(a) != fingerprint(b)
    assert len(collapse([Sighting(a, "Reuters"), Sighting(b, "Reuters")])) == 2


def test_build_thread() -> None:
    origin = Doc(url="https://reuters.com/o", outlet="Reuters", title="Report")
    follow = Doc(url="https://coindesk.example/f", outlet="CoinDesk", body="Binance denied the report.")
    thread = build_thread("w", [(origin, Match("w", "is an origin article"), []),
                                (follow, Match("w", "terms: binance"), detect(follow)),
                                (follow, Match("other", "terms: x"), detect(follow))])
    assert thread.origins == ["https://reuters.com/o"]
    assert thread.coverage == {"Reuters": 1, "CoinDesk": 1}
    assert [f.event.kind for f in thread.follow_ups] == ["denial"]
