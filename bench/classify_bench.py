"""Relevance at archive scale: 100,000 articles x 100 watches, prefiltered vs one regex set per watch.

    python bench/classify_bench.py [--articles 100000] [--watches 100] [--corpus ../shared/corpus] [--pages]
    python bench/classify_bench.py --process [--articles 20000]

Articles are the real items of the captured feeds in the shared corpus (title + summary + content as the
archive stores them) plus the labelled follow-ups set, cycled to the requested count. Watches are the shipped
seed plus generated watches in the same shape (an entity with aliases, topic terms, a proximity clause).
Prints articles per second for:
  naive     - every watch's regular expressions on every article (one compiled query per watch);
  matcher   - one Aho-Corasick pass picks candidate watches, only those run their expressions;
  +detect   - matcher, then follow-up detection on the matched articles (what ingest does).
Both relevance paths must agree on every article; the script checks and says so.

With --process it measures `storywatch classify` as users run it, a whole process reading JSON Lines on stdin:
story-dense input (every article about the shipped seed story, as a busy story's feeds are), cycled to the
requested count, written to a file first; the time is the process's wall clock from start to exit (imports,
JSON in and out, matching against the shipped watches, follow-up detection). It also reports detection alone
in this process on the same articles.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import feedparser

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from monitor.detect.followups import detect  # noqa: E402
from monitor.detect.query import Matcher, compile_watch, match_compiled, normalise  # noqa: E402
from monitor.models import Doc, Near, Query, Watch  # noqa: E402
from monitor.seeds import default_seeds_dir, load_watches  # noqa: E402
from monitor.text import html_to_text  # noqa: E402

ENTITIES = [
    ("coinbase", ["coinbase global"]), ("kraken", ["payward"]), ("tether", ["usdt"]), ("ftx", ["alameda"]),
    ("ripple", ['"xrp"']), ("circle", ["usdc"]), ("okx", ["okex"]), ("bybit", []), ("kucoin", []),
    ("gemini", ["winklevoss"]), ("blackrock", ['"ibit"']), ("microstrategy", ["saylor"]), ("celsius", []),
    ("terraform", ["do kwon", '"luna"']), ("opensea", []), ("uniswap", []), ("solana", ['"sol"']),
    ("ethereum", ["ether", "vitalik"]), ("bitcoin", ['"btc"']), ("grayscale", ["gbtc"]), ("huobi", ["htx"]),
    ("bitfinex", []), ("robinhood", []), ("paypal", ["pyusd"]), ("nvidia", []), ("openai", ["chatgpt"]),
    ("tesla", ["musk"]), ("meta", ["facebook", "zuckerberg"]), ("telegram", ['"ton"', "durov"]),
    ("yandex", ["яндекс"]), ("sberbank", ["сбер"]), ("gazprom", ["газпром"]), ("rosneft", ["роснефть"]),
    ("bank of england", []), ("federal reserve", ['"fed"']), ("ecb", ["european central bank"]),
    ("sec", ["securities and exchange commission", "gensler"]), ("cftc", []), ("fca", ["financial conduct"]),
    ("interpol", []), ("europol", []), ("chainalysis", []), ("elliptic", []), ("tornado cash", []),
    ("lazarus", ["north korea"]), ("garantex", []), ("suex", []), ("hydra", ["гидра"]), ("wikileaks", []),
    ("guardian", []),
]
TOPICS = [
    ["sanction", "ofac", "санкц"], ["lawsuit", "sued", "court", "суд"], ["hack", "exploit", "breach", "взлом"],
    ["launder", "отмыва"], ["layoff", "job cuts", "сокращен"], ["etf", "fund"], ["ban", "запрет"],
    ["licen", "registration", "лиценз"], ["russia", "росси", "moscow"], ["iran", "north korea"],
]


def make_watches(count: int) -> list[Watch]:
    watches = load_watches(default_seeds_dir())
    i = 0
    while len(watches) < count:
        name, aliases = ENTITIES[i % len(ENTITIES)]
        topic = TOPICS[(i // len(ENTITIES) + i) % len(TOPICS)]
        entity = (name, *aliases)
        watches.append(Watch(name=f"w{i:03d}-{name.replace(' ', '-')}", title=f"{name} and {topic[0]}",
                             query=Query(all_of=(entity,), any_of=tuple(topic[1:]),
                                         near=(Near(entity, (topic[0],), 20),))))
        i += 1
    return watches[:count]


def load_articles(corpus: Path, pages: bool = False) -> list[Doc]:
    docs: list[Doc] = []
    if pages:
        for path in sorted((corpus / "pages").rglob("*.html")):
            docs.append(Doc(url="", outlet=path.parent.name, body=html_to_text(path.read_text(errors="replace"))))
    for path in sorted((corpus / "feeds").glob("*")):
        if path.is_dir():
            continue
        parsed = feedparser.parse(path.read_bytes(), sanitize_html=False, resolve_relative_uris=False)
        for e in parsed.entries:
            content = " ".join(c.get("value", "") for c in e.get("content", []))
            docs.append(Doc(url=e.get("link", ""), outlet=parsed.feed.get("title", ""), title=e.get("title", ""),
                            summary=html_to_text(e.get("summary", "")), body=html_to_text(content)))
    labelled = REPO / "tests" / "data" / "followups.jsonl"
    for line in labelled.read_text(encoding="utf-8").splitlines():
        o = json.loads(line)
        docs.append(Doc(url=o.get("url", ""), outlet=o["outlet"], title=o["title"], summary=o.get("summary", ""),
                        body=o["body"]))
    return docs


def story_dense(count: int) -> list[dict[str, object]]:
    """Classify inputs about the seed story: the labelled set's items that match a shipped watch, cycled."""
    watches = load_watches(default_seeds_dir())
    matcher = Matcher(watches)
    base = []
    for line in (REPO / "tests" / "data" / "followups.jsonl").read_text(encoding="utf-8").splitlines():
        o = json.loads(line)
        doc = Doc(url=o.get("url", ""), outlet=o["outlet"], title=o["title"], summary=o.get("summary", ""),
                  body=o["body"])
        if matcher.match(doc):
            base.append({k: o[k] for k in ("outlet", "title", "summary", "body", "published") if k in o})
    return [dict(base[i % len(base)], id=i) for i in range(count)]


def process(count: int) -> None:
    items = story_dense(count)
    docs = [Doc(outlet=str(o["outlet"]), title=str(o["title"]), summary=str(o.get("summary", "")), body=str(o["body"]))
            for o in items]
    chars = sum(len(d.text) for d in docs) / len(docs)
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        f.write("".join(json.dumps(o, ensure_ascii=False) + "\n" for o in items))
        path = f.name
    start = time.perf_counter()
    with open(path, encoding="utf-8") as stdin:
        run = subprocess.run([sys.executable, "-m", "monitor", "classify"], cwd=REPO, stdin=stdin,
                             capture_output=True, check=True)
    wall = time.perf_counter() - start
    Path(path).unlink()
    out = [json.loads(line) for line in run.stdout.decode().splitlines()]
    matched = sum(1 for o in out if o["watches"])
    events = sum(len(o["events"]) for o in out)
    start = time.perf_counter()
    for d in docs:
        detect(d)
    alone = time.perf_counter() - start
    print(f"{count} story-dense articles ({chars:.0f} characters each on average; {matched} matched a watch, "
          f"{events} events)")
    print(f"storywatch classify, whole process  {wall:7.2f} s  {count / wall:9,.0f} articles/s")
    print(f"detection alone, in process         {alone:7.2f} s  {count / alone:9,.0f} articles/s")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--watches", type=int, default=100)
    ap.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    ap.add_argument("--pages", action="store_true", help="also cycle the corpus's full article pages (long texts)")
    ap.add_argument("--process", action="store_true", help="time `storywatch classify` as a whole process")
    args = ap.parse_args()
    if args.process:
        process(args.articles)
        return
    base = load_articles(args.corpus, args.pages)
    docs = [base[i % len(base)] for i in range(args.articles)]
    watches = make_watches(args.watches)
    chars = sum(len(d.text) for d in docs) / len(docs)
    print(f"{len(docs)} articles ({len(base)} distinct real items, {chars:.0f} characters each on average), "
          f"{len(watches)} watches")

    compiled = [compile_watch(w) for w in watches]
    start = time.perf_counter()
    naive = []
    for d in docs:
        text = normalise(d.text)
        naive.append([m.watch for cw in compiled if (m := match_compiled(cw, d, text)) is not None])
    t_naive = time.perf_counter() - start

    matcher = Matcher(watches)
    start = time.perf_counter()
    fast = [[m.watch for m in matcher.match(d)] for d in docs]
    t_fast = time.perf_counter() - start

    start = time.perf_counter()
    events = 0
    for d in docs:
        if matcher.match(d):
            events += len(detect(d))
    t_detect = time.perf_counter() - start

    agree = naive == fast
    matched = sum(1 for m in fast if m)
    print(f"naive    {t_naive:7.2f} s  {len(docs) / t_naive:9,.0f} articles/s")
    print(f"matcher  {t_fast:7.2f} s  {len(docs) / t_fast:9,.0f} articles/s  ({t_naive / t_fast:.1f}x)")
    print(f"+detect  {t_detect:7.2f} s  {len(docs) / t_detect:9,.0f} articles/s  "
          f"({matched} articles matched a watch, {events} events)")
    print("relevance identical on every article" if agree else "MISMATCH between naive and matcher")
    if not agree:
        sys.exit(1)


if __name__ == "__main__":
    main()
