from __future__ import annotations

from pathlib import Path

import pytest

from monitor.errors import SeedError
from monitor.seeds import default_seeds_dir, load_watch, load_watches

pytestmark = pytest.mark.pure


def test_shipped_seed_is_the_binance_story() -> None:
    [watch] = load_watches(default_seeds_dir())
    assert watch.name == "binance-russia-data"
    assert any("FSB-linked agency" in o.title and o.outlet == "Reuters" for o in watch.origins)
    assert any(o.title == "Binance & Russia: Openness, Transparency and Honesty" for o in watch.origins)
    outlets = {s.outlet for s in watch.sources}
    assert {"CoinDesk", "Cointelegraph", "The Block", "Decrypt", "The Guardian", "BBC", "Meduza", "Reuters",
            "Binance"} <= outlets
    assert "бинанс" in watch.query.all_of[0]
    assert {"росфинмониторинг", "фсб"} <= set(watch.query.any_of)
    assert "expect an apology from Reuters" in watch.seed_text.replace("\n", " ")


GOOD = 'title = "t"\n[query]\nany_of = ["x"]\n'


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ('title = "t"\ntitel = "typo"\n[query]\nany_of = ["x"]\n', "titel"),
        ('title = 5\n[query]\nany_of = ["x"]\n', "title"),
        ('[query]\nany_of = ["x"]\n', "title"),
        ('title = "t"\n[query]\nany_of = "x"\n', "query.any_of"),
        ('title = "t"\n[query]\nany_off = ["x"]\n', "query.any_off"),
        ('title = "t"\n[query]\n', "query"),
        ('alert_kinds = ["correction", "gossip"]\n' + GOOD, "alert_kinds"),
        (GOOD + 'alert_kinds = ["correction"]\n', "query.alert_kinds"),  # TOML: it belongs to [query] here
        (GOOD + '[[sources]]\nurl = "ftp://x"\n', "sources[0].url"),
        (GOOD + '[[sources]]\nurl = "https://x.example/feed"\ntype = "podcast"\n', "sources[0].type"),
        (GOOD + '[[sources]]\nname = "no url"\n', "sources[0].url"),
        (GOOD + '[[origins]]\noutlet = "R"\ntitle = "T"\nurl = "https://r.example"\npublished = "2022-04-22"\n',
         "origins[0].published"),
        ('title = "t"\n[query]\nall_of = [[]]\n', "query.all_of[0]"),
        ('title = "t\n', ""),
    ],
)
def test_bad_seed_names_file_and_key(tmp_path: Path, text: str, key: str) -> None:
    path = tmp_path / "story.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SeedError) as err:
        load_watch(path)
    message = str(err.value)
    assert str(path) in message
    assert f"key '{key}'" in message if key else "not valid TOML" in message


def test_good_minimal_seed(tmp_path: Path) -> None:
    path = tmp_path / "story.toml"
    path.write_text(GOOD, encoding="utf-8")
    watch = load_watch(path)
    assert watch.name == "story" and watch.query.any_of == ("x",)


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(SeedError, match="not found"):
        load_watches(tmp_path / "nope")
