"""Market codes set off after a name (pure): "Acme Inc ( ACME.N )", "Zephyr Labs (ZPH)", "Quillpay (NASDAQ: QPY)",
"Orbit (ORB 2.4%)". A name's code is not who acted: `without_codes` drops it, so "Zephyr Labs (ZPH) denied the
report" is Zephyr Labs's denial. A short form that spells the name's initials stays, since it is how the name goes
on to be called: "the Northland Securities Board (NSB) sued", "the U.S. Grain Board (GB)".
"""

from __future__ import annotations

import re

from monitor.detect.names import TICKERS

# "(ZPH)", "(NASDAQ: QPY)", "(ORB 2.4%)", "(ORB -0.3%)" right after a capitalised word.
_CODE = re.compile(r"(?<=\w)\s*\(\s*(?:(?:NASDAQ|NYSE|OTC|TSX|LSE|CRYPTO)\s*:\s*)?"
                   r"(?P<code>[A-Z][A-Z0-9]{1,5})(?:\s+[-+]?\d+(?:\.\d+)?%)?\s*\)")
_LINKS = {"of", "and", "for", "the", "&", "on", "in"}


def _initials(before: str) -> tuple[str, str]:
    """The initials of the capitalised run that ends `before`, with and without its small linking words."""
    words: list[str] = []
    for word in reversed(before.split()[-8:]):
        if word[:1].isupper() or word.casefold() in _LINKS and words:
            words.append(word)
        else:
            break
    while words and words[-1].casefold() in _LINKS:
        words.pop()
    words.reverse()
    every = "".join(w[0] for w in words).upper()
    return every, "".join(w[0] for w in words if w.casefold() not in _LINKS).upper()


def _drop(match: re.Match[str], text: str) -> str:
    last = text[:match.start()].split()[-1:]
    after = text[match.end():].lstrip()[:1]
    if not last or not last[0][:1].isupper() or after.isupper():
        return match.group(0)  # "in 2020 (UTC)", "laundering (AML)", a dateline "Riverton (WNN) Ada Quill": no code
    every, capitals = _initials(text[:match.start()])
    code = match.group("code")  # "the U.S. Securities and Exchange Commission (SEC)": the name's last initials
    return match.group(0) if len(capitals) >= 2 and (every.endswith(code) or capitals.endswith(code)) else ""


def without_codes(text: str) -> str:
    """`text` without the market codes set off after its names (an acronym of the name itself kept)."""
    text = TICKERS.sub("", text)
    return _CODE.sub(lambda m: _drop(m, text), text) if "(" in text else text
