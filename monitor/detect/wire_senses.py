"""A news wire's day-to-day senses of a notice's words (pure): sport, the courts, business and world news as the
wires and web outlets report them in one or two sentences, with no follow-up in them.

"With apologies to Arizona, there are only two teams in the West" is an aside, and "the world owes Athens an
apology" an opinion of what is due (no apology); "an unpublished portion of the interview" was never published (no
retraction); "an early charge by holders Europe" is a surge in a match, "the magazine itself charges in its latest
issue" accuses in an edition, "their right to sue" is a right, "the 4-3 win over Belarus saw the Italians claim top
spot" is a match won and "12 penalty points" are a sport's (no legal action). `news_senses.not_in_the_news` asks
`in_wire_news`.
"""

from __future__ import annotations

from monitor.detect.lemmas import Lemmas

_PUNCTUATION = {",", "-", "--", "—", "–", ":", ";", "(", "."}
_PERSONS = {"i", "we", "he", "she", "it", "they", "you", "who"}
_ADVERBS = {"really", "still", "also", "surely", "certainly", "probably", "now", "truly", "frankly", "clearly"}
_BEFORE_NOUN = {"a", "an", "the", "its", "his", "her", "their", "our", "two", "three", "several", "many", "some",
                "previously", "yet", "still", "hitherto", "new", "rare", "other", "'s", "of"}
_AFTER_VERB = {"by", "from", "after", "on", "in", "at", "following", "because", "when", "and", ".", ",", "last",
               "yesterday", "today", "this", "earlier"}
# What a side mounts in a match when it makes a "charge": "an early charge by holders Europe".
_SURGES = {"early", "late", "final", "final-round", "last-round", "closing", "strong", "furious", "fierce", "spirited",
           "gallant", "brave", "dramatic", "title", "second-half", "fourth-quarter", "back-nine", "last-lap", "sunday",
           "weekend", "late-race", "late-season"}
_MOUNT = {"inspire", "inspired", "lead", "led", "mount", "mounted", "spark", "sparked", "spearhead", "spearheaded"}
_EDITION_LEADS = {"latest", "current", "next", "new", "special", "last", "this", "that", "its", "their", "the", "an",
                  "a", "week", "month", "'s", "weekend"}
_RIGHTS = {"right", "rights", "ability", "power", "freedom", "option", "standing", "entitlement", "permission"}
_MATCH_WORDS = {"over", "against", "at", "in"}
# A sport's penalties: "12 penalty points", "a penalty kick", "the penalty spot".
_SPORT_PENALTIES = {"point", "points", "kick", "kicks", "shootout", "shoot-out", "spot", "area", "box", "minute",
                    "minutes", "corner", "corners", "stroke", "strokes", "try", "tries", "goal", "goals", "save",
                    "taker", "takers", "yard", "yards", "lap", "laps", "shot", "shots", "miss"}


def _aside_or_due(lem: Lemmas, first: int, last: int) -> bool:
    """ "With apologies to Arizona, ...": an aside; "the world owes Athens an apology": what is due, not said."""
    toks = lem.tokens
    for i in range(first, last + 1):
        low = toks[i].low
        if low in ("apologies", "apology") and [t.low for t in toks[i + 1:i + 2]] == ["to"]:
            w = i - 1 if i and toks[i - 1].low == "with" else i - 2 if i > 1 and toks[i - 2].low == "with" and (
                toks[i - 1].low in ("due", "all", "my", "our", "sincere")) else -1
            if w == 0 or w > 0 and toks[w - 1].low in _PUNCTUATION:
                return True  # "With apologies to Michael Vick, look no further": the writer's aside
        if toks[i].lemma == "owe" and i == first:
            j = i - 1
            while j >= 0 and toks[j].low in _ADVERBS:
                j -= 1
            if j >= 0 and toks[j].low not in _PERSONS and toks[j].low.isalpha():
                return True  # "the world owes Athens an apology" ("I owe you an apology" is one)
    return False


def _never_published(lem: Lemmas, first: int, last: int) -> bool:
    """ "posted an unpublished portion from its interview": material never published, nothing taken down."""
    toks = lem.tokens
    for i in range(first, last + 1):
        if toks[i].low != "unpublished" or not i:
            continue
        nxt = toks[i + 1].low if i + 1 < len(toks) else "."
        if toks[i - 1].low in _BEFORE_NOUN and nxt not in _AFTER_VERB and nxt.isalpha():
            return True
    return False


def _not_a_case(lem: Lemmas, first: int, last: int) -> bool:
    """A surge in a match, an accusation in an edition, a right to sue, a match won, a sport's penalty points."""
    toks = lem.tokens
    lows = [t.low for t in toks]
    for i in range(first, last + 1):
        low = lows[i]
        if low in ("charge", "charges") and toks[i].lemma == "charge":
            nxt = lows[i + 1] if i + 1 < len(lows) else ""
            lead = set(lows[max(0, i - 3):i])
            if nxt not in ("of", "against", "that", "with", "over", "on", "for") and (
                    lead & _SURGES or lead & _MOUNT and lows[i - 1] in _SURGES | {"a", "the", "an"}):
                return True  # "inspired an early charge by holders Europe": a surge in a match
        if low == "issue" and i and lows[i - 1] in _EDITION_LEADS and "charge" in {
                t.lemma for t in toks[max(0, first):i]}:
            return True  # "the magazine itself charges in its latest issue": an edition, nothing issued
        if toks[i].lemma == "sue" and i > 1 and lows[i - 1] == "to" and lows[i - 2] in _RIGHTS:
            return True  # "give up their right to sue": a right, no suit filed
        if low in ("win", "wins") and i and (lows[i - 1] in ("the", "a", "its", "their", "'s") or any(
                c.isdigit() for c in lows[i - 1])) and lows[i + 1:i + 2] and lows[i + 1] in _MATCH_WORDS:
            return True  # "the 4-3 win over Belarus saw the Italians claim top spot": a match won
        if toks[i].lemma == "penalty" and lows[i + 1:i + 2] and lows[i + 1] in _SPORT_PENALTIES:
            return True  # "had 12 penalty points added to his record": a sport's penalty
    return False


def in_wire_news(lem: Lemmas, first: int, last: int, kind: str) -> bool:
    """Whether a match is one of a news wire's day-to-day senses of a notice's words."""
    if kind == "apology":
        return _aside_or_due(lem, first, last)
    if kind == "retraction":
        return _never_published(lem, first, last)
    if kind == "legal_action":
        return _not_a_case(lem, first, last)
    return False
