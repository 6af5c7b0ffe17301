"""Crypto news's other senses of a notice's words (pure): mining, markets and rule-making as a crypto outlet reports
them, with no follow-up in them.

"Locked in key ASIC orders" or "new ASIC miners" are mining chips, not Australia's regulator ordering anyone (no legal
action). A regulator, a rule or a guidance page that "clarified that stablecoins do not qualify as securities" or "the
new rules clarify token issuance" explains a rule; nobody's report is disputed and no newsroom clarifies its story (no
denial, no clarification). A token whose holders sit "in the belief-denial zone" is at a stage of a market cycle on
a chart (no denial). Court coverage accuses: "investors said the promoter's blatant lies paid for his yachts" names
someone's lies, and "told depositors every loan was secured, which regulators say was untrue" is a charge's content
(no denial). An upgrade that "took the redundant checks and removed it", wallets that "remove a barrier to entry", a
law called the TAKE IT DOWN Act withdraw no publication (no retraction). A treasury that "lifted sanctions" ends a
penalty, and a victim that "welcomes the pursuit of charges against the thieves" brings none (no legal action).
A firm "providing ongoing updates about the breach" or an agency that "hadn't published updates" gives news, no
story updated (no update); a call made "under false pretenses" calls nothing false (no denial).
`news_senses.not_in_the_news` asks its
`SENSES`.
"""

from __future__ import annotations

from monitor.detect.lemmas import Lemmas, Senses
from monitor.detect.wordsets import SETS

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


def _a_rule_explained(lem: Lemmas, first: int, last: int) -> bool:
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


# Who accuses when a defendant's words are called false: "which prosecutors say was false".
_ACCUSERS = {"prosecutor", "prosecutors", "regulator", "regulators", "authorities", "investigators", "plaintiffs",
             "sec", "doj", "cftc", "complaint", "indictment", "lawsuit", "suit", "filing", "liquidators", "trustee"}
# Whose lies a denial's words may name without denying anything (a publication's lies are denied).
_OWN_WORDS = set(SETS["STORY"].split("|")) | {"newspaper", "outlet", "magazine", "paper", "media", "press"}
# What a protocol or a product removes that is no publication: "remove a barrier to entry".
_OBSTACLES = {"barrier", "barriers", "hurdle", "hurdles", "obstacle", "obstacles", "friction", "bottleneck",
              "bottlenecks", "limit", "limits", "restriction", "restrictions", "requirement", "requirements", "need",
              "risk", "risks", "fee", "fees", "overhead", "step", "steps"}
# What removes when the subject is software: "the upgrade ... removed it".
_SOFTWARE = {"upgrade", "upgrades", "fork", "patch", "firmware", "protocol", "eip"}
# A penalty ended: "lifted sanctions", "eased sanctions", "sanctions relief".
_ENDED = {"lift", "lifted", "lifts", "lifting", "ease", "eased", "eases", "easing", "remove", "removed", "relief",
          "rescind", "rescinded", "revoke", "revoked", "delist", "delisted", "drop", "dropped", "end", "ended"}
# A charge wished for, not brought: "welcome law enforcement's pursuit of criminal charges against".
_WISHED = {"pursuit", "welcome", "welcomes", "welcomed", "support", "supports", "supported"}


def _someones_lies(lem: Lemmas, first: int, last: int) -> bool:
    """ "the founder's blatant lies funded his lifestyle": a party's lies named (an accusation), no report denied."""
    toks = lem.tokens
    i = first - 1
    while i >= 0 and toks[i].low in ('"', "'"):
        i -= 1
    if i < 0 or toks[first].low not in ("blatant", "outright", "bald-faced", "barefaced", "flat", "complete"):
        return False
    if toks[i].low == "'s":
        return i > 0 and toks[i - 1].low not in _OWN_WORDS
    return toks[i].low in ("his", "her", "their")


def _an_accusers_verdict(lem: Lemmas, first: int, last: int) -> bool:
    """ "... every loan was secured, which regulators say was untrue": a charge's content, no report denied."""
    toks = lem.tokens
    before = [t.low for t in toks[max(0, first - 3):first]]
    return "which" in before and (before[-1] in _ACCUSERS or toks[first].low in _ACCUSERS)


def _nothing_published_removed(lem: Lemmas, first: int, last: int) -> bool:
    """ "does remove a significant barrier to entry", "the upgrade ... removed it", "the TAKE IT DOWN Act": no
    publication withdrawn."""
    toks = lem.tokens
    if any(t.low in _OBSTACLES for t in toks[first:last + 1]):
        return True
    if last + 1 < len(toks) and toks[last + 1].text == "Act":
        return True
    if toks[first].lemma not in ("remove", "take") or not any(t.low in ("it", "they") for t in toks[first:last + 1]):
        return False
    return any(t.low in _SOFTWARE for t in toks[:first])  # what "it" is was said before: the software's work


def _penalty_ended_or_wished(lem: Lemmas, first: int, last: int) -> bool:
    """ "the Treasury lifted sanctions", "welcome the pursuit of criminal charges against": no legal act brought."""
    toks = lem.tokens
    for i in range(first, min(last + 1, len(toks))):
        if toks[i].lemma == "sanction" and any(t.low in _ENDED for t in toks[max(0, i - 2):i]):
            return True
        if toks[i].lemma == "charge" and any(t.low in _WISHED for t in toks[max(0, i - 5):i]):
            return True
    return False


# What comes before "updates" as a noun: news given, not a story updated ("providing ongoing updates").
_GIVEN = {"ongoing", "regular", "further", "frequent", "periodic", "providing", "provide", "provides", "published",
          "publish", "post", "posted", "posting", "share", "shared", "sharing", "give", "giving", "no", "any", "offer"}


def _updates_given(lem: Lemmas, first: int, last: int) -> bool:
    """ "providing ongoing updates about the breach", "hadn't published updates": news given, no story updated."""
    toks = lem.tokens
    return any(toks[i].low == "updates" and i > 0 and toks[i - 1].low in _GIVEN
               and not (i + 1 < len(toks) and toks[i + 1].low == "to")  # "posted updates to the article" stays
               for i in range(first, min(last + 1, len(toks))))


def _false_pretenses(lem: Lemmas, first: int, last: int) -> bool:
    """ "a video call ... to transfer funds under false pretenses": a deception, nothing called false."""
    toks = lem.tokens
    return any(toks[i].low == "false" and i + 1 < len(toks) and toks[i + 1].low in (
        "pretenses", "pretences", "pretense", "pretence", "pretext") for i in range(first, min(last + 1, len(toks))))


# Crypto news's other senses of a notice's words, by kind.
SENSES: Senses = {
    "legal_action": (_asic_hardware, _penalty_ended_or_wished),
    "denial": (_a_rule_explained, _a_cycle_stage, _someones_lies, _an_accusers_verdict, _false_pretenses),
    "retraction": (_nothing_published_removed,),
    "update": (_updates_given,),
    "clarification": (_a_rule_explained,),
}
