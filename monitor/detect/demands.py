"""Which words of asking before an act really ask for it (pure): the cancellers' demand, narrowed.

A demand's word before an act governs it only when the act is what is asked for ("a letter ordering a retraction":
asked; "ordered to pay a fine": the legal act itself; "under a court order, the paper retracted": done). Two shapes
in business copy are not: a subject's modifier with its own errand ("A liquidator seeking to claw back funds has
sued the broker": the suit is filed; what is sought is the funds), and the market's noun ("cited weak demand for
the layoffs and denies that it broke its pledges": demand for goods, no one asked to deny anything).
"""

from __future__ import annotations

# What qualifies a market's demand for goods: "weak demand", "strong consumer demand", "falling demand".
_MARKET_DEMAND = {"weak", "weaken", "strong", "slow", "soft", "sluggish", "robust", "consumer", "global", "domestic",
                  "fall", "rise", "low", "high", "tepid", "poor", "brisk", "slack", "lacklustre", "lackluster",
                  "export", "customer", "oil", "energy", "steel", "market", "seasonal", "underlie", "pent-up"}
_AUXILIARY = {"have", "be"}


def asked(before: list[str], demand: set[str], kind: str = "") -> set[str]:
    """The words of `demand` (lemmas found in `before`, the act's clause up to it) that ask for the act."""
    if not demand:
        return demand
    kept = set(demand)
    for j, word in enumerate(before):
        if word not in demand:
            continue
        if word == "demand" and j and before[j - 1] in _MARKET_DEMAND:
            kept.discard(word)  # "weak demand": the market's
        elif word == "order" and (kind == "legal_action" or before[j - 1:j] in (["in"], ["under"]) or (
                before[j + 1:j + 2] in ([], [","], [";"]))):
            kept.discard(word)  # "ordered to pay a fine" is the act itself; "in order to", "under a court order, ..."
        elif before[j + 1:j + 2] == ["to"] and j + 2 < len(before) - 1 and before[j + 2] not in _AUXILIARY and (
                before[-1] in _AUXILIARY):
            kept.discard(word)  # "a liquidator seeking to claw back funds ... has sued": the subject's own errand
    return kept
