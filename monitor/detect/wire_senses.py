"""A news wire's day-to-day senses of a notice's words (pure): sport, the courts, business and world news as the
wires and web outlets report them in one or two sentences, with no follow-up in them.

"With apologies to Leeds, there are only two real contenders this season" is an aside, and "the league owes the city an
apology" an opinion of what is due (no apology); a result "denying her a world title" withholds a prize
(no denial); "an unpublished portion of the interview" was never published (no retraction); "a late charge by
the visitors" is a surge in a match, "the weekly itself charges in its new edition" accuses in an edition,
"their right to sue" is a right, "the 2-1 win over Norway saw the hosts claim first place" is a match won and "nine
penalty points" are a sport's (no legal action); a critic who "has charged that the board is misleading
investors" accuses, rivals "doing things wrong" are judged, and "no basis for a deal" is a deal ruled out (no denial);
"because of a scoring error" is the judges' fault and "claiming that he had resigned ..., and not as previously
stated for personal reasons" is a person's own account (no correction). "Run up roaming charges" are
fees, "a charge disputed by the company" and "rejects charges of favouritism" accusations answered, "opened an
investigation, days after regulators accused" a probe's background and "those who have been convicted" people in
general (no legal action); "challenging the senator's credibility" attacks a person, "Three Blasts Heard" are explosions
and "rebuffed suggestions that it consider a merger" turns a proposal down (no denial); "clarified its
licensing policies" clarifies a company's terms (no clarification). `news_senses.not_in_the_news` asks its
`SENSES`.
"""

from __future__ import annotations

from monitor.detect.lemmas import Lemmas, Senses

_PUNCTUATION = {",", "-", "--", "—", "–", ":", ";", "(", "."}
_PERSONS = {"i", "we", "he", "she", "it", "they", "you", "who"}
_ADVERBS = {"really", "still", "also", "surely", "certainly", "probably", "now", "truly", "frankly", "clearly"}
# What a result or a ruling withholds when it "denies" a side something: "denying her a world title".
_WITHHELD = {"medal", "medals", "gold", "silver", "bronze", "title", "titles", "victory", "win", "place", "spot",
             "berth", "crown", "championship", "trophy", "cup", "pennant", "shutout", "hat-trick", "century", "point",
             "points", "podium", "record", "majority", "promotion"}
_CLAUSE_VERBS = {"had", "has", "have", "was", "were", "is", "are", "would", "could", "will", "did", "took", "taken"}
_OBJECTS = {"it", "him", "her", "them", "us", "me", "the", "a", "an", "his", "their", "its", "our", "first",
            "second", "third", "fourth", "olympic", "world", "deserved", "late", "famous", "maiden", "record"}
_BEFORE_NOUN = {"a", "an", "the", "its", "his", "her", "their", "our", "two", "three", "several", "many", "some",
                "previously", "yet", "still", "hitherto", "new", "rare", "other", "'s", "of"}
_AFTER_VERB = {"by", "from", "after", "on", "in", "at", "following", "because", "when", "and", ".", ",", "last",
               "yesterday", "today", "this", "earlier"}
# What a side mounts in a match when it makes a "charge": "a late charge by the visitors".
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
    """ "With apologies to Leeds, ...": an aside; "the league owes the city an apology": what is due, not said."""
    toks = lem.tokens
    for i in range(first, last + 1):
        low = toks[i].low
        if low in ("apologies", "apology") and [t.low for t in toks[i + 1:i + 2]] == ["to"]:
            w = i - 1 if i and toks[i - 1].low == "with" else i - 2 if i > 1 and toks[i - 2].low == "with" and (
                toks[i - 1].low in ("due", "all", "my", "our", "sincere")) else -1
            after = next((t.low for t in toks[i + 2:i + 9] if t.low in _PUNCTUATION), "")
            if w == 0 or w > 0 and toks[w - 1].low in _PUNCTUATION and after in (",", ":", ";", "—", "–", "--"):
                # "With apologies to the coach, look no further": the writer's aside, with the sentence going on
                # after it ("the post was withdrawn, with apologies to the organisers." ends on the apology)
                return True
        if toks[i].lemma == "owe" and i == first:
            j = i - 1
            while j >= 0 and toks[j].low in _ADVERBS:
                j -= 1
            if j >= 0 and toks[j].low not in _PERSONS and toks[j].low.isalpha():
                return True  # "the league owes the city an apology" ("I owe you an apology" is one)
    return False


def _prize_withheld(lem: Lemmas, first: int, last: int) -> bool:
    """ "beaten by Argentina, denying her a world title": a prize withheld, no report denied."""
    toks = lem.tokens
    if toks[first].lemma != "deny":
        return False
    after = [t.low for t in toks[last + 1:last + 6]]
    if not after or after[0] not in _OBJECTS and not toks[last + 1].text[:1].isupper():
        return False
    for j, w in enumerate(after):
        if w in _WITHHELD:
            # (a clause's verb before it: "denied the raid had taken place" denies that it did)
            return all(a in _OBJECTS or a.isalpha() and a not in ("that", "reports", "claims", "allegations")
                       and a not in _CLAUSE_VERBS for a in after[:j])
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
                return True  # "inspired a late charge by the visitors": a surge in a match
        if low == "issue" and i and lows[i - 1] in _EDITION_LEADS and "charge" in {
                t.lemma for t in toks[max(0, first):i]}:
            return True  # "the weekly itself charges in its new edition": an edition, nothing issued
        if toks[i].lemma == "sue" and i > 1 and lows[i - 1] == "to" and lows[i - 2] in _RIGHTS:
            return True  # "give up their right to sue": a right, no suit filed
        if low in ("win", "wins") and i and (lows[i - 1] in ("the", "a", "its", "their", "'s") or any(
                c.isdigit() for c in lows[i - 1])) and lows[i + 1:i + 2] and lows[i + 1] in _MATCH_WORDS:
            return True  # "the 2-1 win over Norway saw the hosts claim first place": a match won
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


# What a fee is for when "charges" are run up or paid: "run up long-distance phone charges".
_FEE_LEADS = {"phone", "call", "calling", "roaming", "bank", "banking", "overdraft", "service", "delivery", "hidden",
              "late", "data", "parking", "congestion", "electricity", "water", "card", "credit-card", "long-distance",
              "premium-rate", "fuel", "interchange", "transaction", "handling", "booking", "baggage", "cancellation",
              "exit", "network", "termination", "energy", "utility", "heating", "mobile", "usage"}
_RUN_UP = {"run", "rack", "incur", "pay", "waive", "refund", "cut", "slash", "raise", "hike", "scrap", "cap"}
# Verbs by which a "charge" is an accusation answered: "a charge disputed by the company", "rejects charges of".
_ANSWERED = {"dispute", "deny", "reject", "contest", "rebut", "refute", "dismiss", "rebuff", "repudiate", "brush"}
# What a charge answered was still brought by: "denied the charges brought by the SEC".
_BROUGHT = {"bring", "file", "lay", "press", "level"}
# Who "those who have been convicted" are: people in general, whom a right or a rule concerns.
_ANYONE = {"those", "people", "anyone", "anybody", "everyone", "everybody", "someone", "persons", "citizens",
           "voters", "individuals", "adults", "americans", "britons", "candidates", "applicants", "workers"}
_TIME_LINKS = {"after", "since", "following", "amid"}
_OPENED = {"open", "launch", "begin", "start", "announce"}
_PROBES = {"investigation", "probe", "inquiry", "enquiry", "review"}
_WHO_LINKS = {"who", "that", "have", "has", "be", "been", "already", "ever", "previously", "once", "since", "being"}


def _not_a_case_brought(lem: Lemmas, first: int, last: int) -> bool:
    """A fee run up, an accusation answered, a probe opened after a regulator's accusation, people in general who
    have been convicted: no case brought."""
    toks = lem.tokens
    lows = [t.low for t in toks]
    for i in range(first, last + 1):
        if toks[i].lemma == "charge" and lows[i] in ("charges", "charge"):
            lead = lows[max(0, i - 3):i]
            if lead[-1:] and lead[-1] in _FEE_LEADS or {toks[j].lemma for j in range(max(0, i - 4), i)} & _RUN_UP:
                return True  # "run up long-distance phone charges by ...": fees, no charge brought
            after = [t.lemma for t in toks[i + 1:i + 8]]
            answered_after = toks[i + 1:i + 2] and toks[i + 1].lemma in _ANSWERED and lows[i + 2:i + 3] == ["by"]
            answered_before = any(toks[j].lemma in _ANSWERED for j in range(max(0, i - 3), i))
            if (answered_after or answered_before) and not set(after) & _BROUGHT:
                return True  # "-- a charge disputed by the company", "rejects charges of favouritism"
        if toks[i].lemma in ("accuse", "allege") and set(lows[max(0, first - 3):first]) & _TIME_LINKS and any(
                toks[j].lemma in _OPENED and set(lows[j + 1:j + 4]) & _PROBES for j in range(max(0, first - 30),
                                                                                             first)):
            return True  # "prosecutors opened an investigation, days after regulators accused": a probe's background
        if toks[i].lemma == "convict" and i:
            j = i - 1
            while j >= 0 and lows[j] in _WHO_LINKS:
                j -= 1
            if j >= 0 and j < i - 1 and lows[j] in _ANYONE:
                return True  # "the right to vote, including those who have been convicted of crimes"
    return False


def _credibility_of_a_person(lem: Lemmas, first: int, last: int) -> bool:
    """ "doubting the senator's credibility", "questioning the project's credibility": a person's or a plan's
    standing attacked; not a report's ("the credibility of the report", "its credibility")."""
    toks = lem.tokens
    at = next((i for i in range(first, last + 1) if toks[i].low in ("credibility", "integrity")), None)
    if at is None:
        return False
    owner = ""
    if at >= 2 and toks[at - 1].low in ("'s", "’s"):
        owner = toks[at - 2].low
    elif [t.low for t in toks[at + 1:at + 2]] == ["of"]:
        nouns = [t for t in toks[at + 2:at + 7] if t.low not in ("the", "a", "an", "his", "her", "their", "its")]
        owner = next((nouns[k - 1].low for k, t in enumerate(nouns) if k and not t.low.isalpha()), nouns[-1].low
                     if nouns else "")
        if len(nouns) > 1 and nouns[1].low in ("'s", "’s"):
            owner = nouns[2].low if len(nouns) > 2 else owner
    return bool(owner) and owner.isalpha() and owner not in _REPORTS and owner not in _PERSONS


_REPORTS = _PIECES | {"claim", "claims", "allegation", "allegations", "account", "accounts", "testimony",
                      "evidence", "data", "figures", "survey", "poll", "study", "findings", "document", "documents",
                      "dossier", "source", "sources", "witness", "witnesses", "statement", "statements", "reporting",
                      "stories", "reports", "articles", "report", "newspaper", "paper", "magazine", "network",
                      "broadcast", "documentary", "coverage", "journalism", "interview", "book", "memo", "leak"}
_NOUN_LEADS = {"a", "an", "the", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twin",
               "several", "multiple", "bomb", "car", "powerful", "deadly", "fresh", "new", "more", "series", "of",
               "huge", "massive", "loud", "small", "separate", "coordinated", "simultaneous", "gas", "mine"}


def _a_blast(lem: Lemmas, first: int, last: int) -> bool:
    """ "Three Blasts Heard in Spain": explosions, the noun; not a minister who "blasts reports"."""
    toks = lem.tokens
    if toks[first].lemma != "blast" or toks[first].low not in ("blasts", "blast"):
        return False
    prev = toks[first - 1].low if first else ""
    return prev in _NOUN_LEADS or any(c.isdigit() for c in prev)


# What a proposal asks one to do, in the mandative: "suggestions that it consider accepting talks".
_ASKED_SUBJECTS = {"it", "he", "she", "they", "we", "the"}


def _a_proposal_turned_down(lem: Lemmas, first: int, last: int) -> bool:
    """ "rebuffed suggestions by Powell that it consider accepting the offer", "rejected suggestions that it delay
    the vote": a proposal turned down (the verb after its subject is bare or "should"), no report disputed."""
    toks = lem.tokens
    if toks[last].low not in ("suggestion", "suggestions", "proposal", "proposals", "call", "calls"):
        return False
    that = next((j for j in range(last + 1, min(len(toks), last + 12)) if toks[j].low == "that"), None)
    if that is None or that + 2 >= len(toks) or toks[last + 1].low not in ("that", "by", "from"):
        return False
    subject, verb = toks[that + 1], toks[that + 2]
    if verb.low in ("should", "must", "ought"):
        return True
    return subject.low in ("it", "he", "she") and verb.low == verb.lemma and verb.low.isalpha() and verb.low not in (
        "be", "have", "do", "never", "not", "had", "was", "did", "is", "has", "would", "could", "will")


# What a company clarifies that is its own terms, not a story: "clarified its software licensing policies".
_TERMS = {"policy", "policies", "rule", "rules", "terms", "guidelines", "guidance", "licensing", "pricing", "procedure",
          "procedures", "requirements", "regulations", "criteria", "eligibility", "conditions", "plans", "strategy"}


def _terms_clarified(lem: Lemmas, first: int, last: int) -> bool:
    """ "Microsoft said it has clarified its software licensing policies": a company's terms, no story put right."""
    toks = lem.tokens
    at = next((i for i in range(first, last + 1) if toks[i].lemma == "clarify"), None)
    return at is not None and any(t.low in _TERMS for t in toks[at + 1:at + 5])


# A news wire's day-to-day senses of a notice's words, by kind.
SENSES: Senses = {
    "apology": (_aside_or_due,),
    "denial": (_prize_withheld, _not_a_denial, _credibility_of_a_person, _a_blast, _a_proposal_turned_down),
    "retraction": (_never_published,),
    "legal_action": (_not_a_case, _not_a_case_brought),
    "correction": (_not_our_error,),
    "clarification": (_terms_clarified,),
}
