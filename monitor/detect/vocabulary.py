"""The words the detector reads (pure): every lemma a rule, a word set or a canceller compares against.

The lemma table (`lemmas.json`, written by tools/build_lemmas.py from simplemma's dictionaries) holds the
inflected forms of exactly these words, so that reading a sentence needs no 100 MB dictionary at run time; a test
checks that the table was built for the vocabulary the code now has.
"""

from __future__ import annotations

from types import ModuleType

from monitor.detect import (
    business_law_senses,
    business_senses,
    business_wire_senses,
    campaign_senses,
    cancellers,
    crypto_senses,
    denial_senses,
    feature_senses,
    followups,
    frames,
    general_senses,
    legal_senses,
    lexicon,
    market_senses,
    news_senses,
    office_senses,
    opinion_senses,
    phrase_senses,
    publishers,
    retraction_senses,
    ru_article_senses,
    ru_senses,
    senses,
    talk_senses,
    tenses,
    wire_senses,
)


def _strings(value: object) -> set[str]:
    if isinstance(value, str):
        return {value}
    if isinstance(value, (set, frozenset, tuple, list)):
        return set().union(*(_strings(v) for v in value)) if value else set()
    if isinstance(value, dict):
        return _strings(tuple(value)) | _strings(tuple(value.values()))
    return set()


# The modules whose word sets the lemma table must hold (the rules' words come from lexicon.RULES and SETS).
SCANNED = (business_senses, ru_senses, cancellers, publishers, senses, denial_senses, legal_senses,
           retraction_senses, market_senses, news_senses, general_senses, wire_senses, feature_senses, talk_senses,
           ru_article_senses, opinion_senses, crypto_senses, business_wire_senses, business_law_senses, campaign_senses,
           phrase_senses, frames, followups, tenses, office_senses)


def _module_words(module: ModuleType) -> set[str]:
    """The words in a module's word sets (module-level sets, frozensets and dicts of strings)."""
    out: set[str] = set()
    for name, value in vars(module).items():
        if name.lstrip("_")[:1].isupper() and name.isupper() and isinstance(value, (set, frozenset, dict)):
            out |= _strings(value)
    return out


def words() -> tuple[frozenset[str], frozenset[str]]:
    """(whole words, prefixes) the detector compares lemmas with: `x*` notation words are prefixes."""
    found: set[str] = set()
    for notation in [r.name for r in lexicon.RULES] + list(lexicon.SETS.values()):
        for word in notation.replace("|", " ").replace("_", " ").split():
            found.add(word.strip("?^"))
    for module in SCANNED:
        found |= _module_words(module)
    found |= {w for s in lexicon.SETS.values() for w in s.split("|")}
    found = {w for part in found for w in part.replace("_", " ").split() if w and not w.startswith(("~", "{", "!{"))}
    prefixes = {w[:-1] for w in found if w.endswith("*")}
    whole = {w for w in found if not w.endswith("*") and any(c.isalpha() for c in w)}
    return frozenset(whole), frozenset(prefixes)
