"""Text helpers (pure): HTML fragments from feeds to plain text with paragraph breaks, the cleaning every
text from outside gets before it is stored, and texts as compared (identity_text).

Control characters and bidi overrides reach a terminal, a spreadsheet, an Atom feed and Telegram from whatever a
publisher writes: ESC and BEL drive a terminal, U+202E shows a reversed headline, and a C0 character makes XML
invalid. `clean_text` removes the C0 and C1 controls (tab and newline stay; the ones that separate words become
a space) and the bidi embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069), and keeps the marks
Persian, Arabic and Hebrew text needs: ZWNJ, ZWJ, LRM, RLM and ALM. `clean_url` percent-encodes the same
characters in a link, which keeps it pointing where it pointed.
"""

from __future__ import annotations

import html
import re
import unicodedata
from urllib.parse import quote

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
    text = clean_text(text)
    if "&" in text:
        text = html.unescape(text)
    if "<" in text:
        text = _TAG.sub(" ", text)
    return " ".join(unicodedata.normalize("NFC", text).split())


_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_SEPARATORS = "\x0b\x0c\r\x1c\x1d\x1e\x1f\x85"  # white space to str.split(): a space, so words stay apart
_CLEANING = {cp: (" " if chr(cp) in _SEPARATORS else None)
             for cp in [*range(0x00, 0x09), *range(0x0b, 0x20), *range(0x7f, 0xa0), *range(0x202a, 0x202f),
                        *range(0x2066, 0x206a)]}


def has_unsafe(text: str) -> bool:
    """Whether `clean_text` would change `text`."""
    return bool(text) and _UNSAFE.search(text) is not None


def clean_text(text: str) -> str:
    """`text` without control characters (but tab and newline) and bidi overrides; see the module docstring."""
    if not has_unsafe(text):
        return text
    return text.replace("\r\n", "\n").translate(_CLEANING)


def clean_url(url: str) -> str:
    """`url` with control characters and bidi overrides percent-encoded (a link's target is kept)."""
    if not has_unsafe(url):
        return url
    return _UNSAFE.sub(lambda m: quote(m.group(0), safe=""), url)
