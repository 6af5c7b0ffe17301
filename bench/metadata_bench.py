"""Page metadata on the real corpus pages: storywatch's extraction beside trafilatura's own metadata.

For every page in ../shared/corpus/pages/ (the readability ones carry expected-metadata.json: title, byline,
published time) it prints what each found, then the tallies: publication dates found (and on the expected
day), titles equal to the expected one, titles left entity-escaped, authors found (and naming the expected
byline), bylines that are URLs or e-mail addresses, and the time per page.

    python bench/metadata_bench.py            # this tree
    PYTHONPATH=/path/to/other/tree python bench/metadata_bench.py --only-storywatch   # another release's figures
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

import trafilatura

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.append(str(REPO))  # after PYTHONPATH: another tree given there is measured instead

from monitor.collect.extract import extract_page  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpus" / "pages"
_ESCAPED = re.compile(r"&(?:#\d+|#x[0-9a-f]+|[a-z]+);", re.IGNORECASE)
_URL_OR_EMAIL = re.compile(r"https?://|www\.|\S+@\S+\.\w+", re.IGNORECASE)


def pages() -> list[tuple[str, str, dict[str, str | None]]]:
    found = []
    for folder in sorted(p for p in CORPUS.iterdir() if p.is_dir()):
        expected = json.loads((folder / "expected-metadata.json").read_text(encoding="utf-8"))
        found.append((folder.name, (folder / "source.html").read_text(encoding="utf-8"), expected))
    for path in sorted(CORPUS.glob("*.html")):
        found.append((path.stem, path.read_text(encoding="utf-8"), {}))
    return found


def _name(text: str | None) -> str:
    return re.sub(r"^by\s+", "", " ".join((text or "").split()), flags=re.IGNORECASE).casefold()


def _named(row: dict[str, object]) -> bool:
    return _name(str(row["expected_byline"])) in _name(str(row["author"] or ""))


def tally(rows: list[dict[str, object]], label: str) -> dict[str, object]:
    with_date = [r for r in rows if r["expected_date"]]
    with_byline = [r for r in rows if r["expected_byline"]]
    with_title = [r for r in rows if r["expected_title"]]
    return {
        "extractor": label, "pages": len(rows),
        "dates found": sum(1 for r in rows if r["date"]),
        "dates on the expected day": f"{sum(1 for r in with_date if str(r['date'])[:10] == r['expected_date'])}"
                                     f"/{len(with_date)}",
        "titles as expected": f"{sum(1 for r in with_title if r['title'] == r['expected_title'])}/{len(with_title)}",
        "entity-escaped titles": sum(1 for r in rows if _ESCAPED.search(str(r["title"] or ""))),
        "authors found": sum(1 for r in rows if r["author"]),
        "authors naming the expected byline": f"{sum(1 for r in with_byline if _named(r))}/{len(with_byline)}",
        "URL or e-mail bylines": sum(1 for r in rows if _URL_OR_EMAIL.search(str(r["author"] or ""))),
        "CPU ms per page": round(sum(float(r["ms"]) for r in rows) / max(1, len(rows)), 1),  # type: ignore[arg-type]
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only-storywatch", action="store_true")
    args = parser.parse_args()
    ours: list[dict[str, object]] = []
    theirs: list[dict[str, object]] = []
    corpus = pages()
    extract_page(corpus[0][1], "http://127.0.0.1/warm-up")  # first-call imports are not a page's cost
    for name, html, expected in corpus:
        base = {"page": name, "expected_title": expected.get("title"), "expected_byline": expected.get("byline"),
                "expected_date": (expected.get("publishedTime") or "")[:10] or None}
        started = time.process_time()
        page = extract_page(html, "http://127.0.0.1/x")
        ours.append({**base, "date": page.published, "title": page.title, "author": page.byline,
                     "ms": (time.process_time() - started) * 1000})
        if not args.only_storywatch:
            started = time.process_time()
            meta = trafilatura.bare_extraction(html, url="http://127.0.0.1/x", with_metadata=True)
            theirs.append({**base, "date": getattr(meta, "date", None), "title": getattr(meta, "title", None),
                           "author": getattr(meta, "author", None), "ms": (time.process_time() - started) * 1000})
    print(f"{'page':<40} {'storywatch date':<26} {'storywatch author':<40}")
    for row in ours:
        print(f"{row['page']:<40} {str(row['date']):<26} {str(row['author'])[:40]:<40}")
    print()
    for result in [tally(ours, "storywatch")] + ([tally(theirs, "trafilatura 2.3 metadata")] if theirs else []):
        print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
