"""Cleaning text from outside (monitor/text.py) as a table: controls and bidi overrides go, the marks that
Persian, Arabic and Hebrew need stay, and cleaning twice changes nothing."""

from __future__ import annotations

import pytest

from monitor.archive.identity import content_hash
from monitor.models import ArticleFields
from monitor.text import clean_text, clean_url, has_unsafe

pytestmark = pytest.mark.pure


@pytest.mark.parametrize(("raw", "clean"), [
    ("plain text", "plain text"),
    ("tab\tand\nnewline stay", "tab\tand\nnewline stay"),
    ("\x1b[31mred\x1b[0m alert\x07", "[31mred[0m alert"),  # ESC and BEL: no terminal control
    ("null\x00byte", "nullbyte"),
    ("C1 \x9b31m CSI and \x80\x9f", "C1 31m CSI and "),
    ("DEL\x7f", "DEL"),
    ("invoice\u202efdp.exe", "invoicefdp.exe"),  # RIGHT-TO-LEFT OVERRIDE
    ("\u202aLRE\u202c \u202bRLE\u202c \u202dLRO\u202c", "LRE RLE LRO"),
    ("\u2066isolate\u2069 \u2067rtl\u2069 \u2068first\u2069", "isolate rtl first"),
    ("words\x0bapart\x0cstill\x1cseparated\x85here", "words apart still separated here"),
    ("windows\r\nline\rends", "windows\nline ends"),
    ("\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645", "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"),  # ZWNJ
    ("\u05e9\u05dc\u05d5\u05dd\u200f 2022 \u200e", "\u05e9\u05dc\u05d5\u05dd\u200f 2022 \u200e"),  # RLM, LRM
    ("\u0627\u0644\u0639\u0631\u0628\u064a\u0629\u061c 2022", "\u0627\u0644\u0639\u0631\u0628\u064a\u0629\u061c 2022"),
    ("emoji \U0001f468\u200d\U0001f4bb", "emoji \U0001f468\u200d\U0001f4bb"),  # ZWJ
])
def test_clean_text(raw: str, clean: str) -> None:
    assert clean_text(raw) == clean
    assert clean_text(clean) == clean and not has_unsafe(clean)


@pytest.mark.parametrize(("raw", "clean"), [
    ("https://news.example/a\u202eb?q=\x1b", "https://news.example/a%E2%80%AEb?q=%1B"),
    ("https://news.example/caf\u00e9", "https://news.example/caf\u00e9"),
])
def test_clean_url_keeps_the_target(raw: str, clean: str) -> None:
    assert clean_url(raw) == clean and clean_url(clean) == clean


def test_separators_keep_the_content_hash() -> None:
    """Characters str.split() counts as white space become a space: the hash of such a text does not move."""
    raw = ArticleFields(url="u", link="l", title="a\x1cb", summary="c\x85d", body="e\x0bf\r\ng")
    clean = raw.cleaned()
    assert content_hash(raw.title, raw.summary, raw.body) == content_hash(clean.title, clean.summary, clean.body)
