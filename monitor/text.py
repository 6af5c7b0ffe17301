"""Text helpers (pure): HTML fragments from feeds to plain text with paragraph breaks."""

from __future__ import annotations

import html
import re

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
