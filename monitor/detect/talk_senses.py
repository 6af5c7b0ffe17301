"""Talk about follow-ups in general (pure): explainers, law notes and essays that name an act without anyone doing it.

"Public apologies have long been a fixture of sport" is a kind of act, "The Apology of Socrates" a work's title,
"the word apology" a word, "the common reaction to any mistake is an apology" the usual answer, and "an apology
is no defence to a defamation claim" a point of law (no apology); "Suing a broadcaster for libel is
possible but costly" weighs a suit, "has dropped his lawsuit" ends one, "a piece that mentions fraud cases filed
against the founder" names cases as a piece's topic, and "remedies include damages and a court-ordered retraction"
lists what a court may do (no legal action). `news_senses.not_in_the_news` asks its
`SENSES`.
"""

from __future__ import annotations

from monitor.detect.cancellers import quoted
from monitor.detect.lemmas import Lemmas, Senses

_NOUN_ACTS = {"apology", "apologies", "retraction", "retractions", "correction", "corrections"}
# What a bare plural of an act is said to be, as a kind: "Public apologies have long been a staple".
_GENERAL_VERBS = {"are", "have", "were", "can", "tend", "often", "rarely", "seldom", "remain", "seem", "usually",
                  "long", "always", "historically", "generally"}
# What makes an act the usual answer to any case: "The common reaction to any mistake is an apology".
_ANY = {"any", "every", "common", "usual", "typical", "natural", "normal", "standard", "customary"}
_BARE_LEADS = {"public", "formal", "political", "corporate", "official", "national", "state", "such", "most",
               "many", "some", "true", "real", "genuine", "empty", "these", "those", "celebrity"}
# What a point of law says an act is not: "no defence to an action for libel", "no bar to a claim".
_LAW_POINTS = {"defence", "defense", "bar", "excuse", "substitute", "answer", "shield"}
# A suit ended, not brought: "has dropped his lawsuit against the grocery chain".
_ENDED = {"drop", "withdraw", "abandon"}
_SUITS = {"lawsuit", "lawsuits", "suit", "suits", "case", "cases", "complaint", "complaints", "claim", "claims",
          "charges", "action", "petition"}
# What a piece does with cases it is about: "a story that mentions harassment cases filed against the company".
_MENTIONS = {"mention", "reference", "cite", "allude", "detail", "describe", "recount", "chronicle"}
_PIECES = {"story", "article", "report", "piece", "column", "book", "documentary", "film", "post", "episode"}
# What a list of a court's powers is called: "remedies include damages, an injunction and a court-ordered ...".
_REMEDIES = {"remedy", "remedies", "options", "sanctions", "penalties", "powers", "outcomes", "measures", "relief"}
_WEIGHED = {"possible", "difficult", "hard", "easy", "expensive", "costly", "risky", "rare", "tricky", "complex",
            "complicated", "daunting", "uncommon", "common", "unusual", "feasible", "an", "a", "not", "often",
            "rarely", "seldom", "never", "usually", "no"}


def _apology_as_a_kind(lem: Lemmas, first: int, last: int) -> bool:
    """A bare plural of apologies said to be something, a work's title, or a point of law about an apology."""
    toks = lem.tokens
    for i in range(first, min(last + 1, len(toks))):
        if toks[i].low not in _NOUN_ACTS:
            continue
        lead = [t.low for t in toks[:i] if t.low.isalpha()]
        nxt = [t.low for t in toks[i + 1:i + 3]]
        if toks[i].low.endswith("s") and set(lead) <= _BARE_LEADS and nxt[:1] and nxt[0] in _GENERAL_VERBS:
            return True  # "Public apologies have long been a staple of political life"
        if (toks[i].text[:1].isupper() and i or quoted(lem.text, toks[i].start)) and nxt[:1] == ["of"] and toks[
                i + 2:i + 3] and toks[i + 2].text[:1].isupper():
            return True  # "The Apology of Socrates", 'In "The apology of Socrates," Plato ...': a work's title
        if i and toks[i - 1].low in ("word", "term"):
            return True  # "used the word apology to indicate defense": the word, not an act
        if i > 1 and toks[i - 2].low in ("is", "was") and toks[i - 1].low in ("a", "an") and set(lead) & _ANY:
            return True  # "The common reaction to any mistake is an apology": the usual answer, none made
        ahead = [t.low for t in toks[i + 1:i + 12]]
        for j, w in enumerate(ahead[:-2]):
            if w in ("is", "was", "be") and ahead[j + 1] in ("no", "not") and (
                    set(ahead[j + 2:j + 4]) & _LAW_POINTS):
                return True  # "the making of an apology or an offer thereof is no defence to an action for libel"
    return False


def _no_suit_now(lem: Lemmas, first: int, last: int) -> bool:
    """A suit weighed ("Suing a newspaper ... is possible"), ended ("dropped his lawsuit"), a piece's topic ("a story
    that mentions cases filed against"), or a court's powers listed ("remedies include ... a court-ordered ...")."""
    toks = lem.tokens
    lows = [t.low for t in toks]
    opening = next((i for i, t in enumerate(toks) if t.low.isalpha()), -1)
    if first == opening and lows[first] in ("suing", "prosecuting", "litigating"):
        verb = next((j for j in range(first + 1, min(len(toks), first + 12)) if lows[j] in ("is", "can", "may")), None)
        if verb is not None and "," not in lows[first:verb] and set(lows[verb + 1:verb + 4]) & _WEIGHED:
            return True  # "Suing a newspaper for defamation is possible but presents distinct challenges"
    for i in range(max(0, first - 3), min(last + 1, len(toks))):
        if toks[i].lemma in _ENDED and any(t.low in _SUITS for t in toks[i + 1:i + 4]):
            return True  # "has dropped his lawsuit against the grocery chain": a suit ended
    for j in range(max(0, first - 6), first):
        if toks[j].lemma in _MENTIONS and j >= 2 and lows[j - 1] in ("that", "which") and lows[j - 2] in _PIECES:
            return True  # "a story that references sexual harassment cases filed against the company"
    for j in range(max(0, first - 20), first):
        if lows[j] in _REMEDIES and lows[j + 1:j + 2] and lows[j + 1] in ("include", "includes", "are", "range"):
            return True  # "Remedies include damages, an injunction and a court ordered retraction"
    return False


def _a_title(lem: Lemmas, first: int, last: int) -> bool:
    """"Regret the Error is a weekly roundup of corrections": the words as a blog's or a column's name (each word
    capitalised, the first no sentence's opening word alone), not an error owned."""
    words = [t for t in lem.tokens[first:last + 1] if t.low.isalpha()]
    if first == 0 and words and words[0].lemma == "regret" and lem.tokens[last + 1:last + 2] and (
            lem.tokens[last + 1].low in ("is", "was")):
        return True  # "Regret the error is a daily compilation": the phrase as the subject, a name
    return len(words) >= 3 and words[-1].low in ("error", "errors", "mistake", "mistakes") and all(
        t.text[:1].isupper() for t in words if t.low not in ("the", "a", "an", "of", "our", "this"))


def _for_any(lem: Lemmas, first: int, last: int) -> bool:
    """"For any retracted paper, the reason for the retraction will be stated in the notice": a policy for every
    case, not a paper withdrawn."""
    opening = [t.low for t in lem.tokens[:first + 1] if t.low.isalpha()][:3]
    # (not "In any event, the paper printed a full retraction": a turn of phrase, then the act)
    return opening[:1] in (["for"], ["in"]) and opening[1:2] in (["any"], ["every"], ["each"], ["all"]) and (
        opening[2:3] not in (["event"], ["case"]))


def _no_such_notice(lem: Lemmas, first: int, last: int) -> bool:
    """"no such correction has issued": a notice that has not come, not a report denied."""
    return any(t.low == "such" and lem.tokens[i + 1:i + 2] and lem.tokens[i + 1].lemma in _NOUN_ACTS | {
        "clarification", "erratum", "notice", "apology"} for i, t in enumerate(lem.tokens[first:last + 1], first))


# Talk about such acts in general, with none done, by kind.
SENSES: Senses = {
    "apology": (_apology_as_a_kind,),
    "legal_action": (_no_suit_now,),
    "correction": (_a_title,),
    "retraction": (_for_any,),
    "denial": (_no_such_notice,),
}
