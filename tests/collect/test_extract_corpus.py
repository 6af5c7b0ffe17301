"""Extraction of the real corpus pages (titles and published times as each page's expected-metadata.json says,
metadata as complete as trafilatura's own) and of pages written like outlets write them."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from monitor.collect.extract import extract_page, is_note, parse_time
from monitor.errors import ExtractError
from tests.conftest import CORPUS
from tests.support.pages import NOTE, PARAGRAPHS, article_html

pytestmark = pytest.mark.pure

PAGES = sorted(p.name for p in (CORPUS / "pages").glob("readability-*"))


def _as_utc(value: str) -> datetime:
    when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return when if when.tzinfo else when.replace(tzinfo=UTC)


@pytest.mark.parametrize("name", PAGES)
def test_corpus_page_title_and_published(corpus: Path, name: str) -> None:
    folder = corpus / "pages" / name
    expected = json.loads((folder / "expected-metadata.json").read_text(encoding="utf-8"))
    page = extract_page((folder / "source.html").read_text(encoding="utf-8"), "http://127.0.0.1/x")
    assert page.title == expected["title"]
    if expected.get("publishedTime"):
        assert page.published is not None
        assert _as_utc(page.published) == _as_utc(expected["publishedTime"]).replace(microsecond=0)
    if expected.get("siteName"):
        assert page.outlet == expected["siteName"]
    assert len(page.text) > 1000, "the main text is extracted"


def test_corpus_has_pages(corpus: Path) -> None:
    assert len(PAGES) >= 8


def test_cnn_update_note_is_a_note_not_text(corpus: Path) -> None:
    html = (corpus / "pages" / "newspaper4k-cnn_002-updated-notice.html").read_text(encoding="utf-8")
    page = extract_page(html, "http://127.0.0.1/cnn")
    assert page.notes == ("This story has been updated with additional developments.",)
    assert "This story has been updated" not in page.text
    assert page.body.startswith("This story has been updated with additional developments.\n")
    assert page.byline == "Jeremy Herb, Lauren del Valle, Kara Scannell"
    assert page.published == "2023-11-06T20:03:00+00:00" and page.modified == "2023-11-06T21:48:04+00:00"


def test_ap_page_that_refreshes_itself_is_still_an_article(corpus: Path) -> None:
    html = (corpus / "pages" / "newspaper4k-ap_meta_refresh.html").read_text(encoding="utf-8")
    page = extract_page(html, "http://127.0.0.1/ap")
    assert page.refresh_url is None  # content="600": a reload, not a redirect
    assert page.text


def test_note_from_a_site_selector_and_from_its_voice() -> None:
    boxed = extract_page(article_html(PARAGRAPHS, note="We got the date wrong.", note_class="fix-box").decode(),
                         "http://127.0.0.1/a", note_selectors=(".fix-box",))
    assert boxed.notes == ("We got the date wrong.",)
    voiced = extract_page(article_html(PARAGRAPHS, note=NOTE).decode(), "http://127.0.0.1/a")
    assert voiced.notes == (NOTE,)
    assert voiced.body.splitlines()[0] == NOTE
    assert voiced.byline == "Angus Berwick, Tom Wilson" and voiced.outlet == "Reuters"


@pytest.mark.parametrize(("text", "note"), [
    ("This story has been updated with additional developments.", True),
    ("(Corrects paragraph 2 to show the meeting took place in April 2021)", True),
    ("Correction: An earlier version misspelled the name of the agency.", True),
    ("Editor's note: This article was first published in 2019.", True),
    ("An earlier version of this article misstated the date.", True),
    ("UPDATE 2-Binance denies report", True),
    ("Bitcoin entered a correction on Saturday.", False),
    ("The update to the app arrives next week.", False),
    ("Binance says it expects an apology from Reuters.", False),
])
def test_note_voice(text: str, note: bool) -> None:
    assert is_note(text) is note


@pytest.mark.parametrize(("raw", "expected"), [
    ("2019-01-03T07:00:02.000Z", "2019-01-03T07:00:02+00:00"),
    ("2015-07-24T05:36:09+01:00", "2015-07-24T04:36:09+00:00"),
    ("2019-04-28 06:01:07", "2019-04-28T06:01:07+00:00"),
    ("2023-11-06T20:03:00+0000", "2023-11-06T20:03:00+00:00"),
    ("yesterday", None),
    ("", None),
    (None, None),
])
def test_parse_time(raw: str | None, expected: str | None) -> None:
    assert parse_time(raw) == expected


def test_empty_and_broken_pages() -> None:
    with pytest.raises(ExtractError):
        extract_page("   ", "http://127.0.0.1/")
    broken = b"<html><head><meta charset='utf-8'><title>Caf\xe9 \xff\xfe</title></head><body><article><p>" + \
        b"Caf\xe9 owners in Vilnius said the \xc3 price of coffee rose again this week, the third rise. " * 5 + \
        b"</p></article></body></html>"
    page = extract_page(broken.decode("utf-8", "replace"), "http://127.0.0.1/b")
    assert page.title.startswith("Caf") and "Vilnius" in page.text


def test_xhtml_with_an_encoding_declaration() -> None:
    xhtml = ('<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><head>'
             "<title>Binance statement</title></head><body><article><p>"
             + "Binance said on Friday it had not shared client data with the Russian agency. " * 3
             + "</p></article></body></html>")
    page = extract_page(xhtml, "http://127.0.0.1/x")
    assert page.title == "Binance statement" and "client data" in page.text


def test_metadata_on_the_corpus_pages_is_as_complete_as_trafilaturas(corpus: Path) -> None:
    """A date wherever trafilatura finds one, no entity-escaped title, no URL byline, an author wherever
    trafilatura finds a person's name (bench/metadata_bench.py prints the figures)."""
    import trafilatura

    files = sorted((corpus / "pages").glob("*/source.html")) + sorted((corpus / "pages").glob("*.html"))
    assert len(files) >= 12
    for path in files:
        html = path.read_text(encoding="utf-8")
        page = extract_page(html, "http://127.0.0.1/x")
        # Without dateparser (extract.DATES): its first use costs seconds; the bench runs trafilatura's defaults.
        theirs = trafilatura.bare_extraction(html, url="http://127.0.0.1/x", with_metadata=True,
                                             date_extraction_params={"extensive_search": False})
        if theirs is not None and theirs.date:
            assert page.published is not None, path
        assert not re.search(r"&(#\d+|#x[0-9a-f]+|[a-z]+);", page.title, re.IGNORECASE), path
        assert not re.search(r"https?://|@", page.byline), path
        if theirs is not None and theirs.author and len(theirs.author.split(";")[0].split()) >= 2:
            assert page.byline, path


def _page(ld: dict[str, object], meta: str = "", body: str = "") -> str:
    text = body or "<p>" + "Binance said on Friday it had not shared client data with the Russian agency. " * 4 + "</p>"
    return (f'<html><head><title>Fallback title</title>{meta}<script type="application/ld+json">{json.dumps(ld)}'
            f"</script></head><body><article>{text}</article></body></html>")


@pytest.mark.parametrize(("ld", "meta", "title", "byline"), [
    ({"@type": "NewsArticle", "headline": "Binance &#8211; the report &amp; the denial",
      "author": {"@type": "Person", "name": "Tom &#039;T&#039; Wilson"}}, "",
     "Binance \u2013 the report & the denial", "Tom 'T' Wilson"),
    ({"@type": "NewsArticle", "headline": "A story"},
     '<meta property="article:author" content="https://www.facebook.com/reuters">'
     '<meta name="author" content="Angus Berwick">', "A story", "Angus Berwick"),
    ({"@type": "NewsArticle", "headline": "A story"},
     '<meta property="article:author" content="https://www.facebook.com/reuters">', "A story", ""),
    ({"@type": "NewsArticle", "headline": "A story", "author": {"@type": "Person", "name": "desk@example.com"}},
     "", "A story", ""),
    ({"@type": "NewsArticle", "headline": "A story", "author": {"@type": "Person",
                                                               "name": "https://example.com/people/tom-wilson",
                                                               "givenName": "Tom", "familyName": "Wilson"}},
     "", "A story", "Tom Wilson"),
    ({"@type": "NewsArticle", "headline": "A story"}, '<meta name="byl" content="By Sandali Handagama">', "A story",
     "Sandali Handagama"),
])
def test_titles_decoded_and_bylines_that_name_people(ld: dict[str, object], meta: str, title: str,
                                                      byline: str) -> None:
    page = extract_page(_page(ld, meta), "http://127.0.0.1/x")
    assert (page.title, page.byline) == (title, byline)


def test_dates_from_htmldate_when_the_page_declares_none() -> None:
    body = ('<p class="date">Published <time datetime="2022-04-25">25 April 2022</time></p><p>'
            + "Binance said on Monday it had not shared client data with the Russian agency. " * 4 + "</p>")
    page = extract_page(_page({"@type": "NewsArticle", "headline": "A story"}, body=body), "http://127.0.0.1/x")
    assert page.published == "2022-04-25T00:00:00+00:00"
    declared = extract_page(_page({"@type": "NewsArticle", "headline": "A story",
                                   "datePublished": "2022-04-22T10:00:00Z"}, body=body), "http://127.0.0.1/x")
    assert declared.published == "2022-04-22T10:00:00+00:00"  # the page's own declaration comes first
