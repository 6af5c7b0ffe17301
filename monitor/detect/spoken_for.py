"""The organisation a spokesperson speaks for, as the doer its statement calls by its kind (pure).

"A spokeswoman for Pelham Foods said the company was very sorry": the reported clause's "the company" is the one
the spokeswoman speaks for, not a doer the page must find elsewhere. Only a spokesperson's own organisation: in
"Regulators said the company had paid" or "The SEC said the firm agreed" the company is someone else.
"""

from __future__ import annotations

import re

from monitor.detect.coreference import stand_in
from monitor.detect.names import head

# the kinds an organisation calls itself by in its own statement
_SELF_KINDS = {"company", "firm", "group", "chain", "retailer", "supermarket", "business", "brand", "bank", "lender",
               "insurer", "airline", "carrier", "club", "network", "broadcaster", "channel", "newspaper", "paper",
               "magazine", "publication", "university", "school", "hospital", "trust", "charity", "council",
               "exchange", "platform", "startup", "maker", "manufacturer", "operator", "store", "restaurant"}
_KIND_AFTER = re.compile(r"\b(?:the|its)\s+(?:" + "|".join(sorted(_SELF_KINDS)) + r")\b", re.IGNORECASE)
_SPOKESPERSON_SAID = re.compile(r"^(?P<who>[^\"“”«»;]{0,80}?\bspokes(?:man|woman|person)\b[^\"“”«»;,]{0,60}?)\s+"
                                r"(?:said|says|told|tells|added|confirmed|stated)\b", re.IGNORECASE)


def spoken_for(sentence: str, start: int, who: str) -> str:
    """The actor `who` of an act at `start`, or the spokesperson's organisation when `who` is its kind (or no one,
    where the reported clause's subject is its kind: 'told the BBC that the chain is "very sorry"')."""
    words = who.split()
    if words and (words[-1].casefold() not in _SELF_KINDS or re.search(r"[A-ZА-ЯЁ]", who)):
        return who
    said = _SPOKESPERSON_SAID.match(sentence[:start])
    if not said or not words and not _KIND_AFTER.search(sentence, said.end(), start):
        return who
    org = head(said.group("who"))
    return org if org and not stand_in(org) and "spokes" not in org.casefold() else who
