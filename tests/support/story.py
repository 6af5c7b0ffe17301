"""Feeds for tests, written like the outlets write them."""

from __future__ import annotations

from html import escape
from pathlib import Path

REUTERS_LINK = "https://www.reuters.com/technology/binance-russia-2022-04-22/?utm_source=rss&utm_medium=feed"
REPORT_TITLE = "Special Report: How crypto giant Binance built ties to a Russian FSB-linked agency"
REPORT_BODY = (
    "VILNIUS, April 22 (Reuters) - In April 2021, Russia's financial intelligence unit met in Moscow with the "
    "regional head of Binance, the world's largest crypto exchange. The Russians wanted Binance to agree to hand "
    "over client data, including names and addresses, to help them fight crime."
)
CORRECTION_NOTE = "(Corrects paragraph 2 to show the meeting took place in April 2021, not March 2021)"

REPO = Path(__file__).resolve().parents[2]


def rss(items: list[dict[str, str]], title: str = "Reuters via news search") -> bytes:
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0"><channel>',
           f"<title>{escape(title)}</title><link>https://www.reuters.com/</link><description>test</description>"]
    for item in items:
        out.append("<item>")
        for key in ("title", "link", "guid", "pubDate"):
            if key in item:
                out.append(f"<{key}>{escape(item[key])}</{key}>")
        if "description" in item:
            out.append(f"<description><![CDATA[{item['description']}]]></description>")
        out.append("</item>")
    out.append("</channel></rss>")
    return "\n".join(out).encode("utf-8")


def binance_feed(corrected: bool = False) -> bytes:
    report = {
        "title": REPORT_TITLE, "link": REUTERS_LINK, "guid": "reuters-binance-1",
        "pubDate": "Fri, 22 Apr 2022 10:00:00 GMT",
        "description": (f"<p>{CORRECTION_NOTE}</p>" if corrected else "") + f"<p>{escape(REPORT_BODY)}</p>",
    }
    demand = {
        "title": "Binance says it expects an apology from Reuters over its report",
        "link": "https://cryptoblog.example/binance-reuters-apology", "guid": "blog-1",
        "pubDate": "Sat, 23 Apr 2022 09:00:00 GMT",
        "description": "<p>Binance has stated that they expect an apology from Reuters for publishing falsified "
                       "news about Russia.</p>",
    }
    market = {
        "title": "Bitcoin slides into market correction as Binance volumes fall",
        "link": "https://markets.example/bitcoin-correction", "guid": "mkt-1",
        "pubDate": "Sat, 23 Apr 2022 11:00:00 GMT",
        "description": "<p>Bitcoin entered a correction on Saturday. The correction deepened in Asia.</p>",
    }
    return rss([report, demand, market])


def write_seed(folder: Path, feed_urls: list[str]) -> Path:
    """A copy of the shipped Binance watch whose sources point at the loopback server."""
    text = (REPO / "seeds" / "binance-russia-data.toml").read_text(encoding="utf-8")
    head = text.split("[[sources]]", 1)[0]
    tail = "\n# The post that started" + text.split("# The post that started", 1)[1]
    sources = "".join(f'\n[[sources]]\nname = "feed {i}"\nurl = "{u}"\n' for i, u in enumerate(feed_urls))
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "binance-russia-data.toml").write_text(head + sources + tail, encoding="utf-8")
    return folder
