"""Financial and crypto news' other senses (pure): a notice's words about prices, results and feeds, not a piece.

"a deeper correction toward $2,900" (a price falling back), "moves that change reported earnings" (accounts), "in
plain words, any dip is reversed" (an idiom, not words of a piece), "stands out by offering" (excels), "these funds
have expanded access" (funds, not the story), a feed's footer ("The post <headline> appeared first on <site>") and
an editor's note that a site runs on every article about who chose its summary. `senses.not_this_kind` asks
`not_in_markets`.
"""

from __future__ import annotations

from monitor.detect.lemmas import Lemmas
from monitor.detect.wordsets import SETS

_PIECE_WORDS = set(SETS["STORY"].split("|")) | {"error", "mistake", "misstate", "misidentify", "misspell", "misquote",
                                                 "editor", "newsroom", "reporter", "publish", "print"}
_PARTS = set(SETS["PART"].split("|"))
# What a sentence about prices speaks of: "a correction to $120", "brief price corrections", "bullish momentum".
_PRICE_WORDS = {"price", "prices", "trading", "trade", "traded", "rally", "rallies", "support", "resistance", "bullish",
                "bearish", "bull", "bulls", "bear", "bears", "dip", "dips", "pullback", "pullbacks", "consolidation",
                "sell-off", "selloff", "slump", "surge", "breakout", "uptrend", "downtrend", "all-time", "momentum",
                "volatility", "%", "$"}
_ISSUED = {"issue", "publish", "append", "run", "print", "post", "add", "make", "carry", "attach"}
# How a price move is told: "a deeper correction", "brief corrections", "a healthy correction".
_MOVE_WORDS = {"deeper", "deep", "healthy", "heavy", "sharp", "short-term", "brief", "minor", "mild", "steep",
               "modest", "further", "price", "technical", "natural", "temporary", "significant", "wider"}
# What "reported" qualifies in accounts: "reported earnings", "reported revenue".
_ACCOUNTS = {"results", "earnings", "revenue", "revenues", "profit", "profits", "income", "sales", "figures",
             "numbers", "losses", "growth", "margins", "eps"}
_IDIOM_WORDS = {"other", "simple", "plain", "short", "few", "layman's", "laymen's"}
# What a piece's defence may be said of: "the story was thoroughly sourced", "every claim was carefully checked".
_REPORTED = {"it", "this", "that", "which", "reporting", "journalism", "coverage", "fact", "claim", "allegation",
             "detail", "information", "everything", "all", "quote", "source", "investigation", "account", "we",
             "documentary", "film", "programme", "program", "episode", "book", "series", "broadcast", "podcast"}
_CARE = {"rigorously", "thoroughly", "carefully", "properly", "extensively", "meticulously"}
_SUMMARIES = {"summary", "bullets", "bullet", "takeaways", "highlights"}
_CHOSEN = {"choose", "select", "write", "generate", "produce", "pick", "prepare", "create"}


def _price_correction(lem: Lemmas, first: int, last: int) -> bool:
    """A correction of prices: the noun told as a move ("a deeper correction", "brief price corrections") or
    priced ("a correction to $120"), or the verb said of what trades, in a sentence with no piece in it."""
    words = {t.low for t in lem.tokens} | {t.lemma for t in lem.tokens}
    for i in range(first, last + 1):
        if lem.tokens[i].lemma in ("correction", "corrections") and _priced(lem, i):
            return True  # "resulting in a correction to $0.1650" beside "chart by TradingView": a price target
    if words & _PIECE_WORDS:
        return False
    for i in range(first, last + 1):
        tok = lem.tokens[i]
        if tok.lemma in ("correction", "corrections") and not {
                t.lemma for t in lem.tokens[max(0, i - 4):i]} & _ISSUED and (
                i and lem.tokens[i - 1].low in _MOVE_WORDS
                or [t.low for t in lem.tokens[i + 1:i + 3]][:2] in (["to", "$"], ["of", "$"])
                or lem.tokens[i + 1:i + 3] and lem.tokens[i + 1].low in ("to", "of", "toward", "towards")
                and lem.tokens[i + 2].lemma == "0"
                or words & _PRICE_WORDS):
            return True  # "amid brief price corrections", "a correction to $120 is the bears' target"
        if tok.lemma in ("correct", "fix") and tok.low.endswith("ed") and len(words & _PRICE_WORDS) >= 1 and any(
                t.low.startswith("$") or t.lemma == "0" for t in lem.tokens):
            return True  # "the coin was corrected and fell back to $0.31": a price fell back
    return False


def _priced(lem: Lemmas, i: int) -> bool:
    """A correction given a price: "a correction to $0.1650", "a correction toward $2,900" (no notice is priced)."""
    nxt = [t.low for t in lem.tokens[i + 1:i + 3]]
    if len(nxt) < 2 or nxt[0] not in ("to", "toward", "towards", "into", "below"):
        return False
    return nxt[1].startswith("$") or lem.tokens[i + 2].lemma == "0" and any(
        t.low in ("$", "%", "percent", "usd", "level", "levels", "support", "zone") for t in lem.tokens[i + 3:i + 5])


def not_in_markets(lem: Lemmas, first: int, last: int, kind: str) -> bool:
    """Whether a match is one of financial news' other senses of a notice's words."""
    toks = lem.tokens
    span = toks[first:last + 1]
    if any(t.text == "post" and i and toks[i - 1].text == "The" for i, t in enumerate(span, first)) and (
            "appeared first on" in lem.text):
        return True  # "... a market fix The post <headline> appeared first on <site>": a feed's footer
    if kind == "correction" and _price_correction(lem, first, last):
        return True
    if kind == "correction" and any(t.low == "reported" and toks[i + 1:i + 2] and toks[i + 1].low in _ACCOUNTS
                                    for i, t in enumerate(span, first)):
        return True  # "exchange-rate moves that change reported earnings": accounts, not a report
    if kind == "correction" and any(t.low == "words" and i > 1 and toks[i - 1].low in _IDIOM_WORDS
                                    and toks[i - 2].low == "in" for i, t in enumerate(span, first)):
        return True  # "in plain words, any dip is quickly reversed": an idiom, not a piece's words
    if kind == "stands_by" and any(t.lemma == "stand" and [u.low for u in toks[i + 1:i + 2]] == ["out"]
                                   for i, t in enumerate(span, first)):
        return True  # "the exchange stands out by offering deep coverage": excels, not defends a story
    if kind == "stands_by" and first and toks[first].lemma == "be" and {t.low for t in span} & _CARE and toks[
            first - 1].lemma not in _PIECE_WORDS | _PARTS | _REPORTED:
        return True  # "once the patches are in place and thoroughly verified": patches, not a piece
    if kind == "update" and toks[first].lemma == "this" and toks[first + 1:first + 2] and (
            toks[first + 1].lemma.isalpha() and toks[first + 1].lemma not in _PIECE_WORDS | _PARTS | {
                "be", "have", "page", "version", "entry", "guide", "list", "piece", "live", "blog", "thread"}):
        return True  # "these funds have expanded access to the token": the funds, not this story
    if kind == "editors_note" and {t.low for t in toks} & _SUMMARIES and {t.lemma for t in toks} & _CHOSEN:
        return True  # "Editor's note: the key takeaways were selected by our editors": a line on every article
    return False
