"""Bot walls (pure): a page that answers 200 with a challenge instead of the article.

Outlets behind DataDome, Cloudflare, PerimeterX or Akamai answer a crawler with a challenge page; stored as a
version, it would read as the article being rewritten into "Please enable JS". `bot_wall` names the wall
from markers these services put in every challenge page (their script hosts and ids); the generic wordings
("verify you are human") count only in a short document, where no article can be.
"""

from __future__ import annotations

import re

_MARKERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("datadome", re.compile(r"captcha-delivery\.com|window\.ddjskey|\bdatadome\b", re.IGNORECASE)),
    ("cloudflare", re.compile(r"/cdn-cgi/challenge-platform/|cf_chl_opt|cf-browser-verification"
                              r"|<title>\s*(?:just a moment\.\.\.|attention required! \| cloudflare)\s*</title>",
                              re.IGNORECASE)),
    ("perimeterx", re.compile(r"px-captcha|_pxAppId|captcha\.px-cdn\.net", re.IGNORECASE)),
    ("akamai", re.compile(r"<title>\s*access denied\s*</title>[\s\S]{0,2000}reference\s*#", re.IGNORECASE)),
)
_GENERIC = re.compile(r"verify (?:that )?you are (?:a )?human|are you a robot\?|unusual traffic from your"
                      r"|please enable (?:js|javascript) and disable any ad ?blocker", re.IGNORECASE)
SHORT = 20_000  # characters: a challenge page is small; an article page with its scripts is not


def bot_wall(html: str) -> str | None:
    """The name of the bot wall this page is ('datadome', 'cloudflare', ...), or None for an ordinary page."""
    head = html[:100_000]
    for name, pattern in _MARKERS:
        if pattern.search(head) and (len(html) < 4 * SHORT or name != "datadome"):
            return name
    if len(html) < SHORT and _GENERIC.search(head):
        return "challenge"
    return None
