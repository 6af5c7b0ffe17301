"""The bot's pure core by tables: flood-limit arithmetic, HTML alerts within 4096 characters, argument parsing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser

import pytest

from bot.commands import parse_duration, parse_operators, parse_switch
from bot.dispatch import digest_boundary
from bot.format import (
    MAX_MESSAGE,
    changed_sentences,
    render_alert,
    render_digest,
    search_item,
    snippet_html,
    split_messages,
    tg_len,
)
from bot.limits import Limits, Pacer, SlidingWindow

pytestmark = pytest.mark.pure

ALLOWED_TAGS = {"b", "i", "a", "blockquote", "code"}


class TagChecker(HTMLParser):
    """Fails on a tag Telegram's HTML mode does not know, or one left open or closed twice."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        assert tag in ALLOWED_TAGS, tag
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack.pop() == tag, tag

    def handle_data(self, data: str) -> None:
        self.text += data


def check_html(text: str) -> str:
    checker = TagChecker()
    checker.feed(text)
    checker.close()
    assert not checker.stack, checker.stack
    return checker.text


def alert(**fields: str) -> dict[str, str]:
    base = {"kind": "correction", "story": "Binance and Russia", "outlet": "Reuters", "title": "Reuters corrects",
            "link": "https://www.reuters.com/x?a=1&b=2", "url": "https://www.reuters.com/x", "actor": "Reuters",
            "target": "", "evidence": "We corrected the date of the meeting.", "watch": "binance"}
    return {**base, **fields}


HOSTILE = [
    {"title": "<script>alert('x')</script> & <b>bold</b>", "outlet": "<i>Evil</i> & Co"},
    {"title": "T" * 10_000, "evidence": "quote " * 5000},
    {"evidence": "&" * 10_000, "story": "<" * 3000, "outlet": ">" * 3000, "title": '"' * 3000, "actor": "&" * 500},
    {"title": "Binance \U0001f680\U0001f680 " * 800, "evidence": "\U0001f4a5" * 4000},
    {"title": "\u05d1\u05d9\u05e0\u05d0\u05e0\u05e1 \u202e\u0645\u0631\u062d\u0628\u0627\u202c",
     "evidence": "\u200f\u0645\u0631\u062d\u0628\u0627 " * 2000},
    {"link": 'javascript:alert(1)"><b>', "url": ""},
    {"link": "https://x.example/" + "a&" * 3000},
]


@pytest.mark.parametrize("fields", HOSTILE, ids=[f"hostile{i}" for i in range(len(HOSTILE))])
def test_hostile_alerts_fit_escape_and_never_cut_a_tag(fields: dict[str, str]) -> None:
    text = render_alert(alert(**fields))
    assert tg_len(text) <= MAX_MESSAGE
    visible = check_html(text)
    assert "CORRECTION" in visible
    assert "<script>" not in text and "javascript:" not in text.split("href=")[-1][:20]


def test_alert_has_every_part() -> None:
    text = render_alert(alert(before="It met in March.", after="It met in April.", also=["AP", "AFP"],
                              target="Binance", kind="editors_note"))
    visible = check_html(text)
    for part in ("EDITOR'S NOTE", "Binance and Russia", "Reuters", "Reuters corrects", "We corrected the date",
                 "Before:", "It met in March.", "After:", "It met in April.", "Also carried by: AP, AFP",
                 "(to Binance)"):
        assert part in visible, part
    assert '<a href="https://www.reuters.com/x?a=1&amp;b=2">' in text


def test_a_digest_shows_every_alert_within_the_limit() -> None:
    alerts = [alert(alert_id=i, title=f"t{i}" * 50, evidence=f"e{i} " * 100, kind=("correction", "denial")[i % 2],
                    story=("Story B", "Story A")[i % 3 == 0]) for i in range(200)]
    parts = render_digest(alerts, "Backlog")
    assert len(parts) > 5 and all(tg_len(text) <= MAX_MESSAGE for text, _ in parts)
    shown = [i for _, ids in parts for i in ids]
    assert sorted(shown) == list(range(200)), "every alert in exactly one message"
    for n, (text, ids) in enumerate(parts):
        visible = check_html(text)
        assert visible.startswith(f"Backlog ({n + 1}/{len(parts)}): 200 follow-ups on Story A, Story B")
        assert all(f"e{i} e{i}" in visible for i in ids), "each message shows the alerts it marks"
    everything = " ".join(check_html(text) for text, _ in parts)
    titles = [everything.index(f"{story} \u00b7 {kind} (") for story in ("Story A", "Story B")
              for kind in ("CORRECTION", "DENIAL")]
    assert titles == sorted(titles), "grouped by story, then kind"
    assert any("(continued)" in check_html(text) for text, _ in parts[1:]), "a group spanning two messages"
    assert "more" not in " ".join(t for t, _ in parts)


def test_split_messages_keeps_order_and_repeats_group_titles() -> None:
    groups = [("<b>G1</b>", [("x" * 1000, 1), ("y" * 1000, 2), ("z" * 1000, 3)]), ("<b>G2</b>", [("w" * 10, 4)])]
    parts = split_messages(lambda p, n: f"H {p}/{n}", groups, limit=2100)
    assert [ids for _, ids in parts] == [[1, 2], [3, 4]]
    assert parts[1][0] == "H 2/2\n\n<b>G1</b> (continued)\n\n" + "z" * 1000 + "\n\n<b>G2</b>\n\n" + "w" * 10
    assert split_messages(lambda p, n: "H", []) == []
    assert [ids for _, ids in split_messages(lambda p, n: "H", [("<b>G</b>", [("a", 1)])])] == [[1]]


def test_changed_sentences() -> None:
    before = "Binance met Rosfin. The meeting was in March 2021. Nothing else."
    after = "Binance met Rosfin. The meeting was in April 2021. Nothing else."
    assert changed_sentences(before, after) == ("The meeting was in March 2021.", "The meeting was in April 2021.")
    assert changed_sentences(before, before) is None


def spans_ok(times: list[float], count: int, window: float) -> bool:
    return all(b - a >= window - 1e-9 for a, b in zip(times, times[count:], strict=False))


def test_pacer_overall_rate_is_even_and_windowed() -> None:
    pacer = Pacer(Limits(overall_per_s=30, margin=0.04))
    t, times = 0.0, []
    for i in range(300):
        t = pacer.earliest(f"chat{i}", "private", t)
        pacer.record(f"chat{i}", "private", t)
        times.append(t)
    assert spans_ok(times, 30, 1.04), "never 31 sends within 1.04 s"
    assert min(b - a for a, b in zip(times, times[1:], strict=False)) >= 0.9 * 1.04 / 30 - 1e-9, "no bursts"
    assert (len(times) - 1) / (times[-1] - times[0]) == pytest.approx(30 / 1.04, rel=0.01)


def test_pacer_per_chat_and_group_window() -> None:
    limits = Limits(overall_per_s=1000, per_chat_s=1.0, group_per_window=3, group_window_s=10.0, margin=0.0)
    pacer = Pacer(limits)
    sends = []
    t = 0.0
    for _ in range(5):
        t = pacer.earliest("-1", "group", t)
        pacer.record("-1", "group", t)
        sends.append(t)
    assert sends == pytest.approx([0.0, 1.0, 2.0, 10.0, 11.0])
    assert pacer.chat_ready("7", "private") == 0.0  # another chat is not held by the group's limits
    assert pacer.earliest("7", "private", 11.0) == pytest.approx(11.0009)  # only by the overall gap
    pacer.pause(50.0)
    assert pacer.earliest("7", "private", 12.0) == 50.0


def test_margin_stretches_intervals() -> None:
    limits = Limits(margin=0.02)
    assert limits.overall_interval == pytest.approx(1.02 / 30)
    assert limits.overall_window == (30, pytest.approx(1.02))
    assert limits.chat_interval == pytest.approx(1.02)
    assert Limits.lifted().overall_interval == 0.0 and Limits.lifted().overall_window == (0, 0.0)
    assert Limits(overall_per_s=150, margin=0.0).overall_window == (150, pytest.approx(1.0))
    assert Limits(overall_per_s=0.5, margin=0.0).overall_window == (1, pytest.approx(2.0))


def test_sliding_window() -> None:
    window = SlidingWindow(2, 60.0)
    assert window.allow(1, 0.0) == (True, 0.0)
    assert window.allow(1, 1.0) == (True, 0.0)
    allowed, wait = window.allow(1, 2.0)
    assert not allowed and wait == pytest.approx(58.0)
    assert window.allow(2, 2.0)[0]
    assert window.allow(1, 60.5)[0]


@pytest.mark.parametrize(("text", "expected"), [
    ("30m", timedelta(minutes=30)), ("2h", timedelta(hours=2)), ("1 day", timedelta(days=1)),
    ("2w", timedelta(weeks=2)), ("90d", timedelta(days=30)), ("off", timedelta(0)), ("0", timedelta(0)),
    ("soon", None), ("", None), ("-1h", None), ("0h", None), ("1.5h", None), ("3x", None),
])
def test_parse_duration(text: str, expected: timedelta | None) -> None:
    assert parse_duration(text) == expected


def test_parse_switch_and_operators() -> None:
    assert parse_switch("ON") is True and parse_switch("off") is False and parse_switch("maybe") is None
    assert parse_operators("1, 2 3") == frozenset({1, 2, 3}) and parse_operators("") == frozenset()
    with pytest.raises(ValueError):
        parse_operators("12,abc")


def test_digest_boundary() -> None:
    at = datetime(2026, 1, 2, 9, 30, tzinfo=UTC)
    assert digest_boundary(at, 8) == datetime(2026, 1, 2, 8, tzinfo=UTC)
    assert digest_boundary(at, 10) == datetime(2026, 1, 1, 10, tzinfo=UTC)


def test_pacer_catches_up_lateness_but_never_bursts_after_a_stall() -> None:
    pacer = Pacer(Limits(overall_per_s=30, margin=0.04))
    t, times = 0.0, []
    for i in range(600):
        t = pacer.earliest(f"c{i}", "private", t) + 0.003  # every wake-up 3 ms late
        if i == 300:
            t += 0.5  # a stall
        pacer.record(f"c{i}", "private", t)
        times.append(t)
    rate = (len(times) - 1) / (times[-1] - times[0] - 0.5)
    assert rate == pytest.approx(30 / 1.04, rel=0.02), "lateness does not add up"
    assert spans_ok(times, 30, 1.04), "no 31 sends within 1.04 s, stall or not"


def test_the_log_formatter_redacts_the_token_even_in_tracebacks() -> None:
    import logging

    from monitor.cli.bot import RedactingFormatter

    formatter = RedactingFormatter("123:abc", "%(message)s")
    try:
        raise RuntimeError("POST https://api.telegram.org/bot123:abc/sendMessage failed")
    except RuntimeError:
        import sys

        record = logging.LogRecord("x", logging.ERROR, __file__, 1, "calling %s", ("bot123:abc",), sys.exc_info())
    text = formatter.format(record)
    assert "123:abc" not in text and "bot<token>/sendMessage" in text and "calling bot<token>" in text


def test_restamp_moves_a_reserved_send_to_when_it_really_left() -> None:
    pacer = Pacer(Limits(overall_per_s=2, per_chat_s=1.0, group_per_window=2, group_window_s=10.0, margin=0.0))
    pacer.record("-1", "group", 0.0)
    pacer.record("-1", "group", 0.6)
    pacer.restamp("-1", "group", 0.0, 0.3)  # the first send was held up 300 ms by a slow commit
    assert pacer.overall_ready() == pytest.approx(1.3)  # 2 per second, counted from when they left
    assert pacer.chat_ready("-1", "group") == pytest.approx(10.3)
    pacer.restamp("-1", "group", 0.6, 0.5)  # never earlier
    assert pacer.chat_ready("-1", "group") == pytest.approx(10.3)


def test_search_results_bold_the_matched_words_and_escape_the_rest() -> None:
    snippet = "\u2026the agency wanted \x02Binance\x03 to <b>hand</b> over & \x02data\x03\u2026"
    assert snippet_html(snippet) == ("\u2026the agency wanted <b>Binance</b> to &lt;b&gt;hand&lt;/b&gt; over &amp; "
                                     "<b>data</b>\u2026")
    short = snippet_html("word " * 100 + "\x02Binance\x03", 40)
    assert tg_len(short) <= 41 and "<b>" not in short and short.endswith("\u2026")
    item = search_item({"id": 12, "published": "2022-04-22T10:00:00+00:00", "outlet": "Reuters <wire>",
                        "title": "A <i>title</i>", "link": "https://r.example/a?x=1&y=2", "kinds": ["correction"],
                        "snippet": "\x02Binance\x03 denies"})
    assert item == ('#12 2022-04-22 Reuters &lt;wire&gt;: <a href="https://r.example/a?x=1&amp;y=2">A &lt;i&gt;title'
                    '&lt;/i&gt;</a> \u00b7 <b>CORRECTION</b>\n<i><b>Binance</b> denies</i>')


@pytest.mark.parametrize("fields", HOSTILE, ids=[f"hostile{i}" for i in range(len(HOSTILE))])
def test_hostile_digests_stay_balanced_and_within_the_limit(fields: dict[str, str]) -> None:
    parts = render_digest([{**alert(**fields), "alert_id": i} for i in range(30)], "Backlog <b>")
    assert sorted(i for _, ids in parts for i in ids) == list(range(30))
    for text, _ in parts:
        assert tg_len(text) <= MAX_MESSAGE
        check_html(text)
