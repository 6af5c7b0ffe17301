"""A business wire's legal words in other senses (pure): what courts, regulators and lenders do day to day in a
financial news service's full articles, with no party's denial and no case brought in them.

"Brandt dismissed Corvel's lawsuit after concluding ...", "he dismissed a number of other claims" are a judge's
rulings, not a party's denial (a party dismisses claims "as baseless" or claims "that ..."). "Nearing agreement on a
fine", "even if regulators imposed fines", "unclear whether the agency will ... impose any fines" are fines not (yet)
imposed; "the commission's enforcement sanctions authority", "a state ban that forbids him from ...", "agencies which
prosecute more companies" and "whereby a company is charged but ..." are powers, rules and descriptions; iron-ore
"fines" are a product, loan "penalties for early refinancings" a contract's terms, "the commissions charged by
brokers" a price and players that support "audio files" hold documents nobody files (no legal action).
`news_senses.not_in_the_news` asks its `SENSES`.
"""

from __future__ import annotations

from monitor.detect.lemmas import Lemmas, Senses

# What a court dismisses that a party does not: a suit, its counts, parts of the claims in it.
_SUITS = {"lawsuit", "lawsuits", "suit", "suits", "case", "complaint", "complaints", "counts", "indictment",
          "petition", "appeal", "appeals"}
_SHARES = {"part", "parts", "portion", "portions", "most", "several", "other", "remaining", "number", "variety",
           "rest", "half", "majority", "bulk", "two", "three", "four", "five", "six", "dozen"}
_STOPS = {"as", "that", ",", ".", ";", ":", "saying", "calling", "which", "in"}
_RULINGS = {"ruling", "finding", "concluding", "holding", "determining", "citing"}
# Who speaks of a penalty still being agreed: "nearing agreement on a fine", "in talks over a penalty".
_PENDING = {"nearing", "near", "close", "closer", "talks", "negotiating", "negotiate", "negotiations", "discussing",
            "verge", "weighing", "considering"}
_OPENINGS = {"whether", "unless"}
# What a power or a regime is: "sanctions authority", "sanctions powers", "a sanctions law".
_POWERS = {"authority", "authorities", "power", "powers", "regime", "regimes", "law", "laws", "legislation",
           "rules", "policy", "policies", "tool", "tools", "process", "procedures"}
# A verb of a standing rule: "a ban that forbids him", "a bar which prevents them".
_RULE_VERBS = {"forbids", "prohibits", "bars", "prevents", "stops", "keeps", "restricts", "blocks", "limits"}
_LEGAL_VERBS = {"prosecute", "sue", "fine", "indict", "sanction", "penalise", "penalize", "charge"}
_GENERIC_OPENERS = {"whereby", "where", "when", "once", "if", "whenever"}
# What "fines" are in mining: ore too fine to be lump, sold by the tonne.
_ORE = {"ore", "iron", "coal", "blend", "lump", "concentrate", "concentrates", "pellet", "pellets", "sinter", "tonne",
        "tonnes", "dmtu", "grade", "high-grade", "low-grade", "magnetite", "hematite"}
# What a loan or a contract charges a penalty for.
_TERMS = {"refinancing", "refinancings", "prepayment", "prepayments", "prepay", "repayment", "repayments", "early",
          "withdrawal", "withdrawals", "cancellation", "cancellations", "termination", "redemption", "surrender",
          "breakage", "overdraft"}
# What is charged as a price: "the commissions charged by brokers", "fees charged to savers".
_PRICES = {"commissions", "fees", "rates", "prices", "premiums", "interest", "tolls", "tariffs", "rents", "surcharges",
           "royalties", "dues", "markups", "spreads"}

# Who rules on a claim: "the claim was dismissed by the high court", "by Mr Justice Roe".
_BENCH = {"court", "judge", "judges", "justice", "justices", "tribunal", "panel", "jury", "magistrate", "magistrates",
          "ombudsman", "arbitrator", "arbitration", "regulator", "commission", "lord", "lords", "bench"}

# What a claim is for when it is a benefit's: "claims for jobless benefits", "unemployment claims".
_BENEFITS = {"jobless", "unemployment", "benefit", "benefits", "welfare", "disability", "pension"}

# What comes before "files" the noun: a kind of file or its owner ("music files", "its files").
_FILE_KINDS = {"mp3", "audio", "music", "video", "data", "digital", "pdf", "computer", "electronic", "log", "media",
               "image", "photo", "text", "its", "their", "his", "her", "our", "these", "those", "personnel", "secret"}


def _a_judges_dismissal(lem: Lemmas, first: int, last: int) -> bool:
    """ "Brandt dismissed Corvel's lawsuit after concluding ...", "he dismissed a number of other claims": a ruling
    (a party dismisses claims "as baseless", or claims "that ...")."""
    toks = lem.tokens
    at = next((i for i in range(first, last + 1) if toks[i].lemma == "dismiss"), -1)
    if at < 0:
        return False
    if toks[at + 1:at + 2] and toks[at + 1].low == "by" and {t.lemma for t in toks[at + 2:at + 6]} & _BENCH:
        return True  # "the accusations were dismissed by an investigating judge": a ruling
    window = []
    stop = ""
    for tok in toks[at + 1:at + 10]:
        if tok.low in _STOPS:
            stop = tok.low
            break
        window.append(tok.low)
    if stop in ("as", "that", "saying", "calling"):
        return False
    rest = [t.low for t in toks[at + 1 + len(window):at + 4 + len(window)]]
    if rest[:2] == [",", "ruling"] or ("after" in rest[:2] and set(rest) & _RULINGS):
        return True  # "dismissed the suit, ruling that ...", "dismissed the suit after concluding ..."
    if set(window) & _SUITS:
        return True
    claims = next((i for i, w in enumerate(window) if w in ("claims", "claim", "allegations")), -1)
    if claims < 0:
        return False
    return bool(set(window[:claims]) & _SHARES) or window[claims + 1:claims + 2] in (["brought"], ["filed"])


def _not_imposed(lem: Lemmas, first: int, last: int) -> bool:
    """ "nearing agreement on a fine", "even if regulators imposed fines", "whether the agency will ... impose any
    fines": a penalty talked of, none imposed."""
    toks = lem.tokens
    at = next((i for i in range(first, last + 1) if toks[i].lemma in ("fine", "penalty", "impose", "levy")), -1)
    if at < 0:
        return False
    lows = [t.low for t in toks[max(0, at - 14):at]]
    if set(lows[-6:]) & _PENDING and "agreed" not in lows[-6:]:
        return True
    for i, low in enumerate(lows):
        if low in _OPENINGS or (low == "if" and i and lows[i - 1] == "even") or (
                low == "less" and i and lows[i - 1] == "much"):
            return ";" not in lows[i:]
    return False


def _a_power_or_rule(lem: Lemmas, first: int, last: int) -> bool:
    """ "the commission's enforcement sanctions authority", "a state ban that forbids him from ...", "agencies, which
    prosecute far more companies", "whereby a company is charged but ...": powers, rules and how things work."""
    toks = lem.tokens
    n = len(toks)
    for i in range(first, last + 1):
        tok = toks[i]
        if tok.lemma == "sanction" and ((i + 1 < n and toks[i + 1].low in _POWERS) or toks[i - 1].low == "enforcement"):
            return True
        if tok.low in ("ban", "bar") and i + 2 < n and toks[i + 1].low in ("that", "which") and (
                toks[i + 2].low in _RULE_VERBS):
            return True
        if tok.lemma in _LEGAL_VERBS and tok.low == tok.lemma and i and toks[i - 1].low in ("which", "who"):
            return True  # "agencies, which prosecute far more companies": what they do, not a case
        if tok.lemma == "charge" and i >= 2 and toks[i - 1].low in ("is", "are") and (
                {t.low for t in toks[max(0, i - 4):i - 1]} & {"a", "an"}) and (
                {t.low for t in toks[max(0, i - 6):i - 1]} & _GENERIC_OPENERS):
            return True  # "whereby a company is charged but the prosecution is suspended"
    return False


def _another_sense(lem: Lemmas, first: int, last: int) -> bool:
    """Iron-ore "fines" (a product), loan "penalties for early refinancings" (a term), "commissions charged by
    brokerages" (a price), "workers filing new claims for jobless benefits" (a benefit asked for)."""
    toks = lem.tokens
    for i in range(first, last + 1):
        tok = toks[i]
        if tok.lemma == "claim" and {t.low for t in toks[max(0, i - 2):i + 5]} & _BENEFITS:
            return True
        if tok.low == "fines" and {t.low for t in toks[max(0, i - 3):i + 7]} & _ORE:
            return True
        if tok.lemma == "penalty" and {t.low for t in toks[max(0, i - 2):i + 4]} & _TERMS:
            return True
        if tok.low == "charged" and i and toks[i - 1].low in _PRICES:
            return True
        if tok.low == "files" and i and toks[i - 1].low in _FILE_KINDS:
            return True  # "players that support audio files vulnerable to claims": documents, nobody files
        if tok.lemma == "dismiss" and toks[i + 1:i + 2] and toks[i + 1].low == "by" and toks[first].lemma in (
                "claim", "claims") and not {t.lemma for t in toks[i + 2:i + 7]} & _BENCH:
            return True  # "a claim that was dismissed by the ministry": a party's denial, no court's ruling
    return False


# A business wire's legal words in other senses, by kind.
SENSES: Senses = {"denial": (_a_judges_dismissal,),
                  "legal_action": (_not_imposed, _a_power_or_rule, _another_sense)}
