"""A backfill's digest as Telegram HTML (pure): one heading, every follow-up once, no message over 4096."""

from __future__ import annotations

import pytest

from bot.format import MAX_MESSAGE, history_parts, tg_len

pytestmark = pytest.mark.pure


def _alert(n: int, evidence: str = "Reuters corrected the name of the agency.") -> dict[str, object]:
    return {"alert_id": n, "kind": "correction", "story": "Binance and Russia", "watch": "w", "outlet": "Reuters",
            "title": f"Report {n} <b>", "link": f"https://www.reuters.com/{n}", "evidence": evidence,
            "detected_at": "2022-04-28T16:00:00+00:00"}


@pytest.mark.parametrize("count", [1, 3, 40, 400])
def test_history_is_split_at_telegrams_limit_and_carries_every_alert_once(count: int) -> None:
    alerts = [_alert(n, "word " * (n % 50)) for n in range(count)]
    parts = history_parts(alerts, "2022-04-01")
    assert all(tg_len(text) <= MAX_MESSAGE for text, _ in parts)
    assert sorted(i for _, held in parts for i in held) == list(range(count))
    heading = f"History of Binance and Russia: {count} follow-up{'s' if count > 1 else ''} since 2022-04-01"
    assert all(text.startswith(f"<b>{heading}</b>") for text, _ in parts)
    assert (len(parts) > 1) == all("(part " in text for text, _ in parts)
    assert "<b>\"" not in parts[0][0] and "Report 0 &lt;b&gt;" in parts[0][0]  # outside text is escaped


def test_one_huge_follow_up_still_fits() -> None:
    (text, held), = history_parts([_alert(1, "x" * 20_000)], "2022-04-01")
    assert tg_len(text) <= MAX_MESSAGE and held == [0]
