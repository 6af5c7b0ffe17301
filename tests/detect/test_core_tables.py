"""The pure core, by tables of cases: URLs, relevance, follow-up detection, backoff."""

from __future__ import annotations

from datetime import timedelta

import pytest

from monitor.clock import backoff
from monitor.detect.followups import detect
from monitor.detect.query import match_watch
from monitor.models import Doc
from monitor.seeds import default_seeds_dir, load_watches
from monitor.urls import canonical_url

pytestmark = pytest.mark.pure


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        ("https://www.reuters.com/a/b/?utm_source=rss&utm_medium=x#frag", "https://reuters.com/a/b"),
        ("http://WWW.Example.COM:80/story?b=2&a=1", "http://example.com/story?a=1&b=2"),
        ("https://example.com/story/amp/", "https://example.com/story"),
        ("https://m.example.com/story?fbclid=abc&id=7", "https://example.com/story?id=7"),
        ("https://amp.example.co.uk/news/1.amp", "https://example.co.uk/news/1"),
        ("https://example.com:8443/x", "https://example.com:8443/x"),
        ("https://example.com", "https://example.com/"),
        ("tag:reuters.com,2022:newsml_L1", "tag:reuters.com,2022:newsml_L1"),
        ("  https://example.com/a//b  ", "https://example.com/a/b"),
    ],
)
def test_canonical_url(url: str, canonical: str) -> None:
    assert canonical_url(url) == canonical


@pytest.fixture(scope="module")
def watch():  # type: ignore[no-untyped-def]
    return load_watches(default_seeds_dir())[0]


@pytest.mark.parametrize(
    ("title", "body", "relevant"),
    [
        ("Binance denies sharing user data with Russia", "", True),
        ("Binance’s Russian unit and the FSB", "", True),
        ("Бинанс передавал данные Росфинмониторингу", "", True),
        ("Binance lists a new token", "Trading volumes rose.", False),
        ("Russia bans crypto mining", "Nothing about exchanges.", False),
        ("Exchange news", "Navalny's team said Binance did not share donor data.", True),
        ("Crypto weekly", "See https://www.reuters.com/technology/exclusive-how-crypto-giant-binance-built-ties-"
                          "russian-fsb-linked-agency-2022-04-22/ for the report.", True),
    ],
)
def test_relevance(watch, title: str, body: str, relevant: bool) -> None:  # type: ignore[no-untyped-def]
    match = match_watch(watch, Doc(title=title, body=body))
    assert (match is not None) == relevant
    if match:
        assert match.reason


@pytest.mark.parametrize(
    ("text", "kind", "actor", "target"),
    [
        ("(Corrects paragraph 5 to show Binance's statement was made on April 23)", "correction", "Reuters", ""),
        ("CORRECTED-Binance built ties to Russian agency", "correction", "Reuters", ""),
        ("This story has been corrected to show the meeting took place in 2021.", "correction", "Reuters", ""),
        ("An earlier version of this article misstated the date of the meeting.", "correction", "Reuters", ""),
        ("Reuters regrets the error.", "correction", "Reuters", ""),
        ("Correction: An earlier headline misnamed the agency.", "correction", "Reuters", ""),
        ("Reuters apologised to Binance for the tone of its report.", "apology", "Reuters", "Binance"),
        ("We apologise for the delay in publishing this report.", "apology", "Reuters", ""),
        ("STORY WITHDRAWN", "retraction", "Reuters", ""),
        ("Binance expects an apology from Reuters for the story.", None, "", ""),
        ("Binance said it expected an apology from Reuters.", None, "", ""),
        ("Binance refused to apologise for the statement.", None, "", ""),
        ("Bitcoin entered a market correction on Tuesday.", None, "", ""),
        ("Prices are correcting after the rally.", None, "", ""),
        ("Corrections and clarifications", None, "", ""),
        ("Reuters has not apologised.", None, "", ""),
        ("Binance denied the Reuters report on Monday.", "denial", "Binance", "Reuters"),
        # an unattributed stance is the page's own: its author (here the outlet) calls the claims false
        ("The claims made in the article are categorically false.", "denial", "Reuters", ""),
        ("A Reuters journalist was denied entry to Russia.", None, "", ""),
        ("Reuters said it stands by its reporting.", "stands_by", "Reuters", ""),
        ("“We stand by our reporting,” a Reuters spokesperson said.", "stands_by", "Reuters", ""),
        ("Binance sued Reuters for defamation.", "legal_action", "Binance", "Reuters"),
        ("Binance was sued by the SEC on Monday.", "legal_action", "SEC", "Binance"),
        ("Binance threatened to sue Reuters.", None, "", ""),
        ("(Adds Binance statement in paragraphs 6-8)", "update", "Reuters", ""),
        ("UPDATE (April 25, 2022, 15:40 UTC): Adds comment from a Binance spokesperson.", "update", "Reuters", ""),
        ("Updated 4:51 PM EDT, Mon April 25, 2022", "update", "Reuters", ""),
        ("DES MOINES, Iowa (WHO) — UPDATE: Police have named the driver.", "update", "Reuters", ""),
        ("This story has been updated with additional developments.", "update", "Reuters", ""),
        ("Clarification: An earlier version did not make clear that Binance disputes the account.", "clarification",
         "Reuters", ""),
        ("Editor's note: This story is part of our coverage of Binance.", "editors_note", "Reuters", ""),
        ("Редакция приносит извинения Binance за резкий тон заголовка.", "apology", "Reuters", ""),
        ("Binance потребовала извинений от Reuters.", None, "", ""),
        ("Binance опровергла сообщения Reuters.", "denial", "Binance", "Reuters"),
        ("В первоначальной версии материала ошибочно указывалось, что встреча была в Москве.", "correction",
         "Reuters", ""),
    ],
)
def test_detect(text: str, kind: str | None, actor: str, target: str) -> None:
    events = detect(Doc(body=text, outlet="Reuters"))
    if kind is None:
        assert events == []
        return
    assert [e.kind for e in events] == [kind]
    assert events[0].actor == actor and events[0].target == target
    assert events[0].evidence == text


def test_detect_only_new_sentences_of_a_revision() -> None:
    before = Doc(body="Binance met Rosfin. Reuters regrets the error.", outlet="Reuters")
    after = Doc(body="Binance met Rosfin in April. Reuters regrets the error.", outlet="Reuters")
    assert detect(after, before) == []
    added = Doc(body="(Corrects date of meeting)\nBinance met Rosfin in April. Reuters regrets the error.",
                outlet="Reuters")
    assert [e.kind for e in detect(added, after)] == ["correction"]


def test_revision_quotes_the_note_and_the_change() -> None:
    before = Doc(body="Binance met Rosfinmonitoring in March 2021.", outlet="Reuters")
    after = Doc(body="(Corrects paragraph 1 to show the meeting was in April)\n"
                     "Binance met Rosfinmonitoring in April 2021.", outlet="Reuters")
    [event] = detect(after, before)
    assert event.kind == "correction" and event.evidence.startswith("(Corrects paragraph 1")
    assert event.before == "Binance met Rosfinmonitoring in March 2021."
    assert event.after == "Binance met Rosfinmonitoring in April 2021."


@pytest.mark.parametrize(("attempts", "seconds"), [(1, 30), (2, 60), (3, 120), (20, 6 * 3600)])
def test_backoff(attempts: int, seconds: int) -> None:
    assert backoff(attempts) == timedelta(seconds=seconds)


def test_poll_and_crawl_detect_only_in_matched_articles_classify_in_every_input() -> None:
    """assess (what the poller's parser processes and ingest_article call) skips detection for an article of no
    watch; `storywatch classify` and `evaluate` (Classifier) detect in every input."""
    from monitor.detect.assess import assess
    from monitor.detect.classify import Classifier

    watches = load_watches(default_seeds_dir())
    unrelated = {"id": 1, "outlet": "Reuters", "title": "Oil prices", "body": "Reuters regrets the error."}
    related = {**unrelated, "title": "Binance and the FSB"}
    for obj, matched in ((unrelated, False), (related, True)):
        doc = Doc(outlet=obj["outlet"], title=obj["title"], body=obj["body"])
        got = assess(watches, doc)
        assert bool(got.matches) is matched and [e.kind for e in got.events] == (["correction"] if matched else [])
        assert [e["kind"] for e in Classifier(watches).classify(obj)["events"]] == ["correction"]
