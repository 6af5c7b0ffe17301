"""Opinion's other senses of a dispute's words (pure): a politician's or a pundit's view, where nothing reported
is denied.

Criticism shrugged off ("brushed off criticism from donors", "took issue with comments his rival made") answers
an opinion, not a report or an allegation. A thesis built "on a lie" ("the whole policy is based on a lie that
...") calls an idea false, as "nothing could be further from the truth" does after "some may argue that ...": a
belief people hold, not a report. `news_senses.not_in_the_news` asks its
`SENSES`.
"""

from __future__ import annotations

from monitor.detect.lemmas import Lemmas, Senses

# What is shrugged off or taken issue with that is an opinion, not a report: "brushed off criticism".
_OPINIONS = {"criticism", "criticisms", "critique", "critiques", "comment", "comments", "remark", "remarks", "attack",
             "attacks", "jibe", "jibes", "barb", "barbs", "insult", "insults", "question", "questions", "concern",
             "concerns", "complaint", "complaints", "suggestion", "suggestions", "view", "views", "stance", "position",
             "positions", "policy", "policies", "plan", "plans", "proposal", "proposals", "idea", "ideas", "approach"}
_SHRUGS = {"brush", "shrug", "laugh", "take"}
# What a thesis rests on: "based on a lie", "built on a complete lie", "rooted in a lie".
_RESTS = {"base", "build", "found", "premise", "predicate", "root", "rest", "ground"}
# Who holds a belief in general: "some may argue", "many people think".
_HOLDERS = {"some", "many", "most", "people", "others", "you", "critics", "skeptics", "sceptics", "parents", "fans",
            "folks", "everyone", "anyone"}
_MODALS = {"may", "might", "could", "would", "will", "still", "even", "often", "also", "do", "be", "have"}
_BELIEFS = {"argue", "think", "believe", "assume", "feel", "suggest", "say", "insist", "claim", "fear", "reckon",
            "imagine", "suppose"}

# What a belief is called when it is answered: "nothing could be further from the truth", "that is a myth".
_UNTRUE = {"truth", "true", "untrue", "myth", "wrong", "false", "lie", "nonsense", "fiction", "fallacy"}


def _opinion_shrugged(lem: Lemmas, first: int, last: int) -> bool:
    """ "brushed off criticism", "took issue with comments his rival made": an opinion answered."""
    toks = lem.tokens
    if toks[first].lemma not in _SHRUGS or (toks[first].lemma == "take" and toks[first + 1].low != "issue"):
        return False
    heads = [t.low for t in toks[first + 1:last + 1] if t.low not in ("off", "issue", "with", "at")]
    return bool(heads) and heads[-1] in _OPINIONS and not any(t.low.endswith("'s") for t in toks[first:last])


def _a_lie_as_a_thesis(lem: Lemmas, first: int, last: int) -> bool:
    """ "It's based on a lie that ...", "built on a complete lie": a thesis called false, no report denied."""
    toks = lem.tokens
    for i in range(first, min(last + 1, len(toks))):
        if toks[i].lemma != "lie":
            continue
        before = [t for t in toks[max(0, i - 5):i] if t.low not in ("a", "an", "the", "one", "big", "complete",
                                                                      "total", "outright", "blatant", "absolute")]
        if len(before) >= 2 and before[-1].low in ("on", "upon", "in") and before[-2].lemma in _RESTS:
            return True
    return False


def _a_belief_answered(lem: Lemmas, first: int, last: int) -> bool:
    """ "While some may argue that ..., nothing could be further from the truth": a belief people hold."""
    if not {t.lemma for t in lem.tokens[first:last + 1]} & _UNTRUE:
        return False
    lows = [t.low for t in lem.tokens[max(0, first - 30):first]]
    lemmas = [t.lemma for t in lem.tokens[max(0, first - 30):first]]
    for j, w in enumerate(lows):
        if w in _HOLDERS:
            k = j + 1
            while k < len(lows) and lemmas[k] in _MODALS:
                k += 1
            if k < len(lows) and lemmas[k] in _BELIEFS:
                return True
    return False


# Opinion's other senses of a dispute's words: denials only.
SENSES: Senses = {"denial": (_opinion_shrugged, _a_lie_as_a_thesis, _a_belief_answered)}
