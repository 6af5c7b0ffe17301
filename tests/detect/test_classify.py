"""Follow-up classification and relevance, measured: the labelled set, the CLI contract, real pages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from monitor.detect.classify import Classifier, read_jsonl
from monitor.detect.evaluate import score
from monitor.detect.followups import detect
from monitor.detect.query import Matcher, match_all, match_watch
from monitor.models import KINDS, Doc
from monitor.seeds import default_seeds_dir, load_watch, load_watches
from monitor.text import html_to_text

pytestmark = pytest.mark.pure

REPO = Path(__file__).resolve().parents[2]
LABELLED = REPO / "tests" / "data" / "followups.jsonl"


def _items() -> list[dict]:  # type: ignore[type-arg]
    return [json.loads(line) for line in LABELLED.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_labelled_set_is_big_and_hard() -> None:
    items = _items()
    assert len(items) >= 200
    assert sum(1 for i in items if i["id"].startswith(("n", "x")) or not i["expected_kinds"]) >= len(items) / 3
    assert {k for i in items for k in i["expected_kinds"]} == set(KINDS)


def test_labelled_set_meets_the_goal() -> None:
    classifier = Classifier(load_watches(default_seeds_dir()))
    with LABELLED.open(encoding="utf-8") as lines:
        report = score((w, o, classifier.classify(o, w)) for w, o in read_jsonl(lines, "labelled"))
    for kind, tally in report.kinds.items():
        assert tally.precision >= 0.97 and tally.recall >= 0.95, (kind, tally, report.errors)
    assert report.relevance.f1 >= 0.95, report.errors


def test_matcher_agrees_with_match_watch() -> None:
    watches = load_watches(default_seeds_dir())
    matcher = Matcher(watches)
    for item in _items():
        doc = Doc(url=item.get("url", ""), title=item["title"], summary=item.get("summary", ""), body=item["body"])
        assert [m.watch for m in matcher.match(doc)] == [w.name for w in watches if match_watch(w, doc)], item["id"]


def test_match_all_gives_match_watch_results_with_their_reasons() -> None:
    watches = load_watches(default_seeds_dir())
    for item in _items():
        doc = Doc(url=item.get("url", ""), title=item["title"], summary=item.get("summary", ""), body=item["body"])
        assert match_all(watches, doc) == [m for w in watches if (m := match_watch(w, doc))], item["id"]


@pytest.mark.parametrize(
    ("page", "kinds"),
    [
        ("pages/newspaper4k-cnn_002-updated-notice.html", ["legal_action", "update"]),  # "AG is suing Trump"
        ("pages/newspaper4k-ap_meta_refresh.html", ["denial"]),  # "Pakistan denies the allegations"; footer ignored
        ("pages/readability-nytimes-1/source.html", []),
        ("pages/readability-guardian-1/source.html", []),  # "Complaints & corrections"
        # a president's apology: an apology, whatever it is about (whether it belongs to a story is the watch's call)
        ("pages/readability-schema-org-context-object/source.html", ["apology"]),
    ],
)
def test_real_pages(corpus: Path, page: str, kinds: list[str]) -> None:
    text = html_to_text((corpus / page).read_text(encoding="utf-8", errors="replace"))
    assert sorted({e.kind for e in detect(Doc(body=text, outlet="Outlet"))}) == kinds


def test_seed_near_and_aliases(tmp_path: Path) -> None:
    path = tmp_path / "s.toml"
    path.write_text('title = "t"\n[query]\nall_of = ["acme"]\nnear = [{ left = ["acme"], right = ["moscow"], '
                    'within = 3 }]\n[query.aliases]\nacme = ["акме"]\n', encoding="utf-8")
    watch = load_watch(path)
    assert watch.query.all_of == (("acme", "акме"),)
    assert match_watch(watch, Doc(body="Акме opened in Moscow."))
    assert not match_watch(watch, Doc(body="Acme opened a big new shiny office far from Moscow."))
