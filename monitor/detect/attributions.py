"""Who speaks a quotation (pure): the attribution after it closes ('"We stand by it," the paper said', «...», —
said X, '"..." is a statement from the ministry'), in the sentence or the next.
"""

from __future__ import annotations

import re

from monitor.detect.names import head
from monitor.detect.parties import in_quote
from monitor.detect.posts import office_of

_DASH_ATTRIBUTION = re.compile(r"[”\"»]\s*,?\s*[-–—]+\s*(?P<who>[^.”\"“]{2,80}?)\.?\s*$")  # «...», — said X.
_FROM_ATTRIBUTION = re.compile(r"[”\"»]\s*(?:is|was)\b[^.]{0,60}\b(?:quote|statement|response|word)s?\s+from\s+"
                               r"(?:the\s+)?(?P<who>[^.,;]{2,60})", re.IGNORECASE)
_ATTRIBUTION = re.compile(r"[”\"»'’](?!\w)\s*,?\s*(?:(?:said|says|added|wrote|told \w+)\s+)?(?P<who>[^.”\"“]{2,80}?)"
                          r"(?:\s+(?:said|says|added|wrote|told|заявил\w*|сообщил\w*)\b|[.,]|$)", re.IGNORECASE)
# What makes the words after a quotation its attribution: a verb of saying near them, not just any name
# ('"totally refutes" false claims by Morton Klein' names no speaker).
_ATTRIBUTED = re.compile(r"\b(?:said|says|added|adds|wrote|writes|told|tells|stated|insisted|tweeted|posted|replied"
                         r"|according to|заявил\w*|сообщил\w*|сказал\w*|написал\w*)\b", re.IGNORECASE)

# Dots that end no sentence: initials ("U.S.") and titles ("Rep.", "Sen.").
_ABBREVIATION = re.compile(r"\b(?:[A-Z]\.){2,}|\b(?:Rep|Sen|Gov|Dr|Mr|Mrs|Ms|Lt|Gen|Col|Capt|Sgt|St|Jr|Prof)\.")


def quotation_speaker(sentence: str, start: int, following: str = "") -> str:
    """Who speaks a quotation the act sits in (its attribution may close the next sentence)."""
    inside = in_quote(sentence, start)
    for text in (sentence[start:], following):
        text = _ABBREVIATION.sub(lambda m: m.group(0).replace(".", "\u2024"), text)  # "a U.S. official", "Rep. Jones"
        for pattern in (_DASH_ATTRIBUTION, _FROM_ATTRIBUTION, _ATTRIBUTION):
            m = pattern.search(text)
            if m and m.group("who").strip() and (pattern is not _ATTRIBUTION or inside and (
                    _ATTRIBUTED.search(text, m.start(), m.end() + 60))):
                return office_of(who := m.group("who").replace("\u2024", ".")) or head(who, first=True)
    return ""


def quote_speaker(sentence: str) -> str:
    """Who speaks the quotation a sentence opens with ('"Those reports are old," Lee said.'), for a quotation that
    goes on in the next sentence without naming its speaker again."""
    return quotation_speaker(sentence, 1) if sentence[:1] in "\"“«‘'" else ""


def closing_speaker(after: str) -> str:
    """Who speaks a quotation still open, from the attribution after it closes a sentence or two later ('We stand
    by our reporting. Those are the facts," CNN's public relations team tweeted.')."""
    return quotation_speaker("“" + after, 1, "")
