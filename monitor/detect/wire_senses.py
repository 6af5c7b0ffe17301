"""A news wire's day-to-day senses of a notice's words (pure): sport, the courts, business and world news as the
wires and web outlets report them in one or two sentences, with no follow-up in them.

"With apologies to Arizona, there are only two teams in the West" is an aside, and "the world owes Athens an
apology" an opinion of what is due (no apology); a result "denying it an Olympic gold medal" withholds a prize
(no denial); "an unpublished portion of the interview" was never published (no retraction); "an early charge by
holders Europe" is a surge in a match, "the magazine itself charges in its latest issue" accuses in an edition,
"their right to sue" is a right, "the 4-3 win over Belarus saw the Italians claim top spot" is a match won and "12
penalty points" are a sport's (no legal action); a critic who "has charged that the agency is misleading the
public" accuses, rivals "doing things wrong" are judged, and "no basis for a deal" is a deal ruled out (no denial);
"because of a scoring error" is the judges' fault and "claiming that he had resigned ..., and not as previously
stated for personal reasons" is a person's own account (no correction). `news_senses.not_in_the_news` asks
`in_wire_news`.
"""

from __future__ import annotations

from monitor.detect.lemmas import Lemmas

_PUNCTUATION = {",", "-", "--", "—", "–", ":", ";", "(", "."}
_PERSONS = {"i", "we", "he", "she", "it", "they", "you", "who"}
_ADVERBS = {"really", "still", "also", "surely", "certainly", "probably", "now", "truly", "frankly", "clearly"}
# What a result or a ruling withholds when it "denies" a side something: "denying it an Olympic gold medal".
_WITHHELD = {"medal", "medals", "gold", "silver", "bronze", "title", "titles", "victory", "win", "place", "spot",
             "berth", "crown", "championship", "trophy", "cup", "pennant", "shutout", "hat-trick", "century", "point",
             "points", "podium", "record", "majority", "promotion"}
_OBJECTS = {"it", "him", "her", "them", "us", "me", "the", "a", "an", "his", "their", "its", "our", "first",
            "second", "third", "fourth", "olympic", "world", "deserved", "late", "famous", "maiden", "record"}
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
# Whom a progressive "misleading" misleads: an accusation against a body, not a report called misleading.
_MISLED = {"the", "its", "their", "his", "her", "our", "investors", "consumers", "voters", "people", "customers",
           "shareholders", "patients", "readers", "viewers", "americans", "britons", "congress", "parliament",
           "lawmakers", "regulators", "users", "taxpayers", "fans", "parents", "doctors", "everyone", "us", "you"}
_DONE = {"things", "everything", "something", "it", "stuff", "much", "them", "lot"}  # "doing things wrong"
_FALSE_VERBS = {"misleading", "distorting", "fabricating", "exaggerating", "misrepresenting"}
# What "no basis for" a deal rules out: a deal, not a claim.
_DEALS = {"deal", "deals", "agreement", "agreements", "talks", "merger", "takeover", "bid", "offer", "negotiation",
          "negotiations", "compromise", "optimism", "hope", "hopes", "cooperation", "co-operation", "partnership",
          "alliance", "discussion", "discussions", "transaction", "tie-up", "pact", "treaty", "union", "settlement",
          "ceasefire", "truce", "coalition"}
_DEAL_LEADS = {"a", "an", "the", "any", "further", "new", "such", "continued", "fresh", "real"}
# Whose fault an error is in sport, medicine or flight: "because of a scoring error by the judges".
_OTHER_ERRORS = {"scoring", "refereeing", "umpiring", "judging", "officiating", "timing", "pilot", "navigational",
                 "navigation", "medical", "surgical", "dosing", "fielding", "goalkeeping", "defensive", "unforced",
                 "tactical", "handling", "driver", "crew", "dispatch", "rounding", "voting", "counting", "tabulation",
                 "ballot"}
# A person's own account, in whose words a "not as previously stated" stands: "after claiming that he had resigned".
_ACCOUNT_VERBS = {"claim", "claiming", "insist", "insisting", "reveal", "revealing", "admit", "admitting", "allege",
                  "alleging", "maintain", "maintaining", "argue", "arguing", "explain", "explaining", "disclose",
                  "disclosing", "confirm", "confirming"}
_PIECES = {"article", "story", "report", "version", "column", "editorial", "headline", "caption", "we", "our",
           "editor", "editors", "graphic", "page", "edition", "item", "post", "piece", "photo"}


def _aside_or_due(lem: Lemmas, first: int, last: int) -> bool:
    """ "With apologies to Arizona, ...": an aside; "the world owes Athens an apology": what is due, not said."""
    toks = lem.tokens
    for i in range(first, last + 1):
        low = toks[i].low
        if low in ("apologies", "apology") and [t.low for t in toks[i + 1:i + 2]] == ["to"]:
            w = i - 1 if i and toks[i - 1].low == "with" else i - 2 if i > 1 and toks[i - 2].low == "with" and (
                toks[i - 1].low in ("due", "all", "my", "our", "sincere")) else -1
            after = next((t.low for t in toks[i + 2:i + 9] if t.low in _PUNCTUATION), "")
            if w == 0 or w > 0 and toks[w - 1].low in _PUNCTUATION and after in (",", ":", ";", "—", "–", "--"):
                # "With apologies to Michael Vick, look no further": the writer's aside, with the sentence going on
                # after it ("the post was withdrawn, with apologies to the organisers." ends on the apology)
                return True
        if toks[i].lemma == "owe" and i == first:
            j = i - 1
            while j >= 0 and toks[j].low in _ADVERBS:
                j -= 1
            if j >= 0 and toks[j].low not in _PERSONS and toks[j].low.isalpha():
                return True  # "the world owes Athens an apology" ("I owe you an apology" is one)
    return False


def _prize_withheld(lem: Lemmas, first: int, last: int) -> bool:
    """ "beaten by Argentina, denying it an Olympic gold medal": a prize withheld, no report denied."""
    toks = lem.tokens
    if toks[first].lemma != "deny":
        return False
    after = [t.low for t in toks[last + 1:last + 6]]
    if not after or after[0] not in _OBJECTS and not toks[last + 1].text[:1].isupper():
        return False
    for j, w in enumerate(after):
        if w in _WITHHELD:
            return all(a in _OBJECTS or a.isalpha() and a not in ("that", "reports", "claims", "allegations")
                       for a in after[:j])
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


def _not_a_denial(lem: Lemmas, first: int, last: int) -> bool:
    """An accusation of misleading, a judgement of how things are done, a deal ruled out."""
    toks = lem.tokens
    lows = [t.low for t in toks]
    end = lows[last]
    if end in _FALSE_VERBS and lows[last + 1:last + 2] and lows[last + 1] in _MISLED:
        return True  # "is subverting science and misleading the public": an accusation, no report called false
    if end == "wrong" and last > 1 and toks[last - 2].lemma == "do" and lows[last - 1] in _DONE:
        return True  # "everyone else was doing things wrong": how things are done
    for j in range(first, min(last + 1, len(lows) - 1)):
        if lows[j] in ("basis", "foundation", "grounds") and lows[j + 1] == "for":
            nxt = [w for w in lows[j + 2:j + 5] if w not in _DEAL_LEADS]
            return bool(nxt) and nxt[0] in _DEALS  # "there was no basis for a deal": a deal ruled out
    return False


def _not_our_error(lem: Lemmas, first: int, last: int) -> bool:
    """ "because of a scoring error by the judges": another trade's error; "after claiming that he had resigned ...
    and not as previously stated": a person's own account, no piece put right."""
    toks = lem.tokens
    lows = [t.low for t in toks]
    if any(lows[j] in _OTHER_ERRORS and toks[j + 1].lemma in ("error", "mistake", "blunder")
           for j in range(first, min(last, len(toks) - 1))):
        return True
    if lows[first] == "not" and not set(lows) & _PIECES:
        before = lows[max(0, first - 30):first]
        return any(w in _ACCOUNT_VERBS and before[j + 1:j + 2] == ["that"] for j, w in enumerate(before))
    return False


def in_wire_news(lem: Lemmas, first: int, last: int, kind: str) -> bool:
    """Whether a match is one of a news wire's day-to-day senses of a notice's words."""
    if kind == "apology":
        return _aside_or_due(lem, first, last)
    if kind == "denial":
        return _prize_withheld(lem, first, last) or _not_a_denial(lem, first, last)
    if kind == "retraction":
        return _never_published(lem, first, last)
    if kind == "legal_action":
        return _not_a_case(lem, first, last)
    if kind == "correction":
        return _not_our_error(lem, first, last)
    return False
