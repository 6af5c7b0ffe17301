"""Relevance at archive scale: the one watch-query engine against the naive per-watch regex loop, sparse and dense.

    python bench/classify_bench.py [--articles 20000] [--watches 100] [--mix sparse,dense] [--naive 2000]
                                   [--corpus ../shared/corpus] [--pages] [--no-process]

Articles are the real items of the captured feeds in the shared corpus (title + summary + content as the
archive stores them) plus the labelled follow-ups set, cycled to the requested count:
  sparse - as they are (about a third match the shipped watch: the labelled set, 320 of the 540 items, is
           mostly about its story; of the 220 feed items a handful);
  dense  - every one names the story's entities: sentences about Binance, Russia, the FSB, Rosfinmonitoring,
           client data, Reuters (English and Russian, a different mix per article) are spliced into its title,
           first lines or last lines, so every clause of the shipped watch runs: any_of, the near clauses (some
           pairs in one sentence, some within 20 words, some too far apart), none_of.
Watches: the shipped seed alone, and with generated watches in the same shape (an entity with aliases, topic
terms, a proximity clause) up to --watches. Printed per mix and watch count, articles per second of:
  naive   - tests/detect/reference_query.py: every watch, one regular expression per term (on the first
            --naive articles: it is slow), which is also the reference the engine must agree with;
  engine  - monitor.detect.query.Matcher: one Aho-Corasick pass, clauses decided on positions;
  +detect - the engine, then follow-up detection on the matched articles (what ingest does), shipped watch.
Then (unless --no-process) `storywatch classify` as a whole process (`python -m monitor classify`, start-up
included) on --articles dense articles, with the in-process pipeline split into matching and detection.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import feedparser

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from monitor.detect.classify import Classifier, read_jsonl, to_docs  # noqa: E402
from monitor.detect.followups import detect  # noqa: E402
from monitor.detect.query import Matcher  # noqa: E402
from monitor.models import Doc, Near, Query, Watch  # noqa: E402
from monitor.seeds import default_seeds_dir, load_watches  # noqa: E402
from monitor.text import html_to_text  # noqa: E402
from tests.detect.reference_query import reference_match_all  # noqa: E402

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
# Sentences about the shipped story; each dense article gets two of them (chosen by its index).
STORY = [
    "Binance said it had never shared client data with Russia's financial intelligence agency.",
    "Changpeng Zhao, Binance's chief executive, met regulators in Moscow in 2021, people familiar said.",
    "Binance denied the Reuters report, which said the agency has ties to the FSB.",
    "A Binance spokesperson said Rosfinmonitoring had asked for information on the exchange's users.",
    "Бинанс заявил, что не передавал данные пользователей Росфинмониторингу и ФСБ.",
    "The exchange Binance restricted some accounts. Officials in Russia did not comment.",
    "Binance expanded its European business this year, with new licences in France and Italy.",
    "Russia's central bank again proposed a ban on cryptocurrency trading and mining on Friday.",
    "Binance expects an apology from Reuters for the story, it said in a blog post.",
    "Reuters said it stands by its reporting on Binance and Russian authorities.",
    "Sanctions on Russia led Binance to limit services, the Financial Stability Board noted.",
    "Binance’s head of Eastern Europe, Gleb Kostarev, left the company, the exchange said.",
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


def densify(doc: Doc, i: int) -> Doc:
    """The article with two story sentences spliced in: into the title, the first lines or the last lines."""
    first, second = STORY[i % len(STORY)], STORY[(i * 7 + 3) % len(STORY)]
    lines = (doc.body or doc.summary).split("\n")
    where = i % 3
    if where == 0:
        return Doc(url=doc.url, outlet=doc.outlet, title=f"{doc.title}: {first}", summary=doc.summary,
                   body="\n".join([*lines, second]))
    if where == 1:
        return Doc(url=doc.url, outlet=doc.outlet, title=doc.title, summary=doc.summary,
                   body="\n".join([f"{first} {lines[0]}", second, *lines[1:]]))
    return Doc(url=doc.url, outlet=doc.outlet, title=doc.title, summary=doc.summary,
               body="\n".join([*lines[:-1], f"{lines[-1]} {first} {second}"]))


def articles(base: list[Doc], count: int, mix: str) -> list[Doc]:
    docs = [base[i % len(base)] for i in range(count)]
    return [densify(d, i) for i, d in enumerate(docs)] if mix == "dense" else docs


def rate(count: int, seconds: float) -> str:
    return f"{seconds:7.2f} s  {count / seconds:9,.0f} articles/s  ({seconds / count * 1e6:6.1f} us each)"


def relevance(docs: list[Doc], watches: list[Watch], naive_count: int) -> tuple[bool, int]:
    """Print the naive loop's and the engine's rates; returns (they agree, articles matched)."""
    subset = docs[:naive_count]
    start = time.perf_counter()
    naive = [reference_match_all(watches, d) for d in subset]
    t_naive = time.perf_counter() - start
    matcher = Matcher(watches)
    start = time.perf_counter()
    fast = [matcher.match(d) for d in docs]
    t_fast = time.perf_counter() - start
    print(f"    naive   {rate(len(subset), t_naive)}  (first {len(subset)} articles)")
    print(f"    engine  {rate(len(docs), t_fast)}  "
          f"({(t_naive / len(subset)) / (t_fast / len(docs)):.0f}x the naive loop)")
    return naive == fast[:len(subset)], sum(1 for m in fast if m)


def with_detection(docs: list[Doc], watches: list[Watch]) -> None:
    matcher = Matcher(watches)
    start = time.perf_counter()
    matched = events = 0
    for d in docs:
        if matcher.match(d):
            matched += 1
            events += len(detect(d))
    took = time.perf_counter() - start
    print(f"    +detect {rate(len(docs), took)}  ({matched} matched, {events} events; "
          f"detection about {took / max(matched, 1) * 1e3:.2f} ms per matched article, matching included)")


def as_json_line(doc: Doc, i: int) -> str:
    return json.dumps({"id": i, "url": doc.url, "outlet": doc.outlet, "title": doc.title, "summary": doc.summary,
                       "body": doc.body}, ensure_ascii=False)


def classify_process(docs: list[Doc]) -> None:
    """`storywatch classify` on the dense articles as a whole process, and its pipeline split in-process."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "dense.jsonl"
        path.write_text("\n".join(as_json_line(d, i) for i, d in enumerate(docs)) + "\n", encoding="utf-8")
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        with path.open("rb") as stdin:
            start = time.perf_counter()
            done = subprocess.run([sys.executable, "-m", "monitor", "classify"], stdin=stdin, capture_output=True,
                                  cwd=REPO, env=env, check=True)
            took = time.perf_counter() - start
        out = done.stdout.decode().splitlines()
        matched = sum(1 for line in out if json.loads(line)["watches"])
        print(f"  `python -m monitor classify`, whole process: {rate(len(docs), took)}  "
              f"({len(out)} lines out, {matched} matched)")
        lines = path.read_text(encoding="utf-8").splitlines()
    watches = load_watches(default_seeds_dir())
    classifier = Classifier(watches)
    start = time.perf_counter()
    for where, obj in read_jsonl(lines, "bench"):
        doc, _ = to_docs(obj, where)
        json.dumps({"id": obj.get("id"), "watches": [m.watch for m in classifier.matcher.match(doc)], "events": []})
    t_match = time.perf_counter() - start
    start = time.perf_counter()
    for where, obj in read_jsonl(lines, "bench"):
        json.dumps(classifier.classify(obj, where))
    t_all = time.perf_counter() - start
    print(f"  in process: read + match + write      {rate(len(docs), t_match)}")
    print(f"  in process: read + match + detect + write {rate(len(docs), t_all)}  "
          f"(detection {(t_all - t_match) / len(docs) * 1e6:.0f} us per article)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=20_000)
    ap.add_argument("--watches", type=int, default=100)
    ap.add_argument("--mix", default="sparse,dense", help="sparse, dense or both")
    ap.add_argument("--naive", type=int, default=2_000, help="articles the naive loop judges (it is slow)")
    ap.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    ap.add_argument("--pages", action="store_true", help="also cycle the corpus's full article pages (long texts)")
    ap.add_argument("--no-process", action="store_true", help="skip `storywatch classify` as a whole process")
    args = ap.parse_args()
    base = load_articles(args.corpus, args.pages)
    shipped, many = make_watches(1), make_watches(args.watches)
    print(f"{len(base)} distinct real items cycled to {args.articles}; load {os.getloadavg()[0]:.2f} "
          f"on {os.cpu_count()} CPUs")
    agree = True
    for mix in args.mix.split(","):
        docs = articles(base, args.articles, mix)
        chars = sum(len(d.text) for d in docs) / len(docs)
        print(f"{mix}: {len(docs)} articles, {chars:.0f} characters each on average")
        for label, watches in (("the shipped watch", shipped), (f"{len(many)} watches", many)):
            print(f"  {label}:")
            same, matched = relevance(docs, watches, args.naive)
            agree &= same
            print(f"    {matched} articles matched a watch; engine and naive loop "
                  f"{'agree on every article' if same else 'DISAGREE'}")
        with_detection(docs, shipped)
    if not args.no_process:
        classify_process(articles(base, args.articles, "dense"))
    if not agree:
        sys.exit(1)


if __name__ == "__main__":
    main()
