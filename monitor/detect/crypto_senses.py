"""Crypto news's other senses of a notice's words (pure): mining, markets and rule-making as a crypto outlet reports
them, with no follow-up in them.

"Locked in key ASIC orders" or "new ASIC miners" are mining chips, not Australia's regulator ordering anyone (no legal
action). A regulator, a rule or a guidance page that "clarified that stablecoins do not qualify as securities" or "the
new rules clarify token issuance" explains a rule; nobody's report is disputed and no newsroom clarifies its story (no
denial, no clarification). A token whose holders sit "in the belief-denial zone" is at a stage of a market cycle on
a chart (no denial). `news_senses.not_in_the_news` asks `in_crypto_news`.
"""

from __future__ import annotations

from monitor.detect.lemmas import Lemmas

# What an ASIC is when it is bought, shipped or run: a mining chip ("ASIC orders", "ASIC miners", "ASIC fleet").
_HARDWARE = {"order", "orders", "miner", "miners", "mining", "chip", "chips", "machine", "machines", "rig", "rigs",
             "hardware", "fleet", "fleets", "device", "devices", "unit", "units", "maker", "makers", "manufacturer",
             "manufacturers", "supply", "shipment", "shipments", "delivery", "deliveries", "purchase", "purchases",
             "efficiency", "model", "models", "server", "servers"}
# Who explains a rule when it "clarifies": a rule-maker or a rule, not a party answering a report.
_RULE_MAKERS = {"regulator", "regulators", "rule", "rules", "law", "laws", "guidance", "guideline", "guidelines",
                "framework", "regulation", "regulations", "legislation", "bill", "statute", "amendment", "amendments",
                "circular", "faq", "faqs", "page", "handbook", "regime", "standard", "standards", "policy", "ministry",
                "treasury", "agency", "watchdog", "supervisor"}
_SKIPS = {"also", "further", "now", "have", "has", "had", "which", "that", "later", "recently", "since", "then",
          "updated", "update", "new", "latest", "revised", "support", "help", "official", "'s", "its"}
# Where a market-cycle chart puts holders: "the belief-denial zone", "the denial phase".
_CYCLE = {"zone", "phase", "stage", "territory", "band", "region"}


def _asic_hardware(lem: Lemmas, first: int, last: int) -> bool:
    """ "locked in key ASIC orders", "its new ASIC miners": mining chips, not the Australian regulator."""
    toks = lem.tokens
    for i in range(max(0, first - 1), min(last + 1, len(toks))):
        if toks[i].low in ("asic", "asics") and i + 1 < len(toks) and (
                toks[i + 1].low in _HARDWARE or toks[i + 1].low == "-" and i + 2 < len(toks)
                and toks[i + 2].low in ("based", "powered")):
            return True
    return False


def _a_rule_explained(lem: Lemmas, first: int) -> bool:
    """ "the regulator clarified that stablecoins do not qualify", "the updated rules clarify issuance": a rule
    explained, no report answered."""
    toks = lem.tokens
    if toks[first].lemma not in ("clarify", "clarity"):
        return False
    i = first - 1
    while i >= 0 and first - i <= 4 and toks[i].low in _SKIPS:
        i -= 1
    return i >= 0 and first - i <= 4 and toks[i].low in _RULE_MAKERS


def _a_cycle_stage(lem: Lemmas, first: int, last: int) -> bool:
    """ "NUPL has moved into the belief-denial zone": a stage on a market-cycle chart."""
    toks = lem.tokens
    for i in range(first, min(last + 1, len(toks))):
        if toks[i].low == "denial":
            nxt = next((t.low for t in toks[i + 1:i + 3] if t.low not in ("'", "\u2019", '"', "\u201d")), "")
            if nxt in _CYCLE:
                return True
    return False


def in_crypto_news(lem: Lemmas, first: int, last: int, kind: str) -> bool:
    """Whether a match is one of crypto news's other senses of a notice's words."""
    if kind == "legal_action":
        return _asic_hardware(lem, first, last)
    if kind == "denial":
        return _a_rule_explained(lem, first) or _a_cycle_stage(lem, first, last)
    if kind == "clarification":
        return _a_rule_explained(lem, first)
    return False
