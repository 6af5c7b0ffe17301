"""Text helpers (pure): HTML fragments from feeds to plain text with paragraph breaks; texts as compared."""

from __future__ import annotations

import html
import re
import unicodedata

_BLOCK = re.compile(
    r"<\s*(?:br|/p|/div|/li|/h[1-6]|/blockquote|/tr)\s*/?\s*>|<\s*(?:p|div|li|h[1-6]|blockquote)\b[^>]*>", re.IGNORECASE
)
_DROP = re.compile(r"<\s*(script|style|noscript)\b.*?<\s*/\s*\1\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]{0,2000}>")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment: tags dropped, entities decoded, one paragraph per line."""
    if not fragment:
        return ""
    if "<" not in fragment and "&" not in fragment:
        return "\n".join(line.strip() for line in fragment.splitlines() if line.strip())
    text = _DROP.sub(" ", fragment)
    text = _BLOCK.sub("\n", text)
    text = _TAG.sub(" ", text)
    text = html.unescape(text)
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def identity_text(text: str) -> str:
    """A text as compared for identity (content hashes, event keys): entities decoded, anything tag-like
    dropped, Unicode composed, white space folded. So a title that a new reading keeps more literally
    ("History of the <blink> tag" where one stripped "<blink>", "–" where one kept "&#8211;") is the same text."""
    if "&" in text:
        text = html.unescape(text)
    if "<" in text:
        text = _TAG.sub(" ", text)
    return " ".join(unicodedata.normalize("NFC", text).split())
