"""Article pages for tests, written like outlets write them (JSON-LD, OpenGraph, a note box)."""

from __future__ import annotations

import json
from html import escape

PARAGRAPHS = [
    "VILNIUS, April 22 (Reuters) - In April 2021, Russia's financial intelligence unit met in Moscow with the "
    "regional head of Binance, the world's largest crypto exchange.",
    "The meeting took place in March 2021, according to messages seen by Reuters, and the Russians wanted Binance "
    "to agree to hand over client data, including names and addresses, to help them fight crime.",
    "Binance said in a statement that it had not shared any user data with Rosfinmonitoring and that the claims "
    "were false.",
    "Its regional head, Gleb Kostarev, told an associate that the exchange had little choice in the matter.",
]
EDITED = PARAGRAPHS[1].replace("March 2021", "April 2021")
NOTE = "(Corrects paragraph 2 to show the meeting took place in April 2021, not March 2021)"
TITLE = "Special Report: How crypto giant Binance built ties to a Russian FSB-linked agency"


def article_html(paragraphs: list[str], *, note: str = "", note_class: str = "", title: str = TITLE,
                 canonical: str = "") -> bytes:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": "2022-04-22T10:00:00Z", "dateModified": "2022-04-22T10:00:00Z",
          "author": [{"@type": "Person", "name": "Angus Berwick"}, {"@type": "Person", "name": "Tom Wilson"}],
          "publisher": {"@type": "Organization", "name": "Reuters"}}
    link = f'<link rel="canonical" href="{escape(canonical)}">' if canonical else ""
    note_html = ""
    if note:
        note_html = f"<p><em>{escape(note)}</em></p>"
        if note_class:
            note_html = f'<div class="{note_class}">{escape(note)}</div>'
    body = "\n".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{escape(title)} | Reuters</title>
{link}<meta property="og:site_name" content="Reuters"><meta property="og:title" content="{escape(title)}">
<script type="application/ld+json">{json.dumps(ld)}</script></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<main><article><h1>{escape(title)}</h1><p class="byline">By Angus Berwick and Tom Wilson</p>
{note_html}
{body}
</article></main><footer>All quotes delayed a minimum of 15 minutes.</footer></body></html>""".encode()
