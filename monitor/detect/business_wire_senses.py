"""A business wire's other senses of a notice's words (pure): companies, courts and governments as a financial
news service reports them day to day, with no follow-up in them.

"Hundreds of land disputes", "labour disputes that hit the port" are quarrels named, not a report disputed; "joint
bonds are absolutely wrong" and "rejected the levy as completely wrong for the union" oppose a policy; "the jury
rejected the conspiracy claim" is a verdict, not a party's denial (no denial). "We need to clarify whether the two
firms will merge" asks a question, no story is clarified (no clarification). Insurance "for managers who get sued"
and "what civil and criminal penalties are available" name no case brought, nor do "30 percent of listed firms have been
defendants in suits" or a capitals line naming an analyst "TOM SUE, ANALYST, RBC:" (no legal action); "took down its
book value" writes a figure down (no retraction).
`news_senses.not_in_the_news` asks its `SENSES`.
"""

from __future__ import annotations

from monitor.detect.clauses import before_participle
from monitor.detect.lemmas import Lemmas, Senses

# What comes before "disputes" when it is the noun: a kind of quarrel, a count, a determiner.
_QUARRELS = {"labour", "labor", "trade", "land", "pay", "wage", "contract", "border", "territorial", "commercial",
             "industrial", "patent", "tax", "boundary", "workplace", "custody", "family", "property", "legal",
             "maritime", "water", "royalty", "billing", "pricing", "licensing", "ownership", "investor", "shareholder",
             "of", "the", "these", "those", "such", "many", "several", "numerous", "dozens", "hundreds", "other",
             "ongoing", "long-running", "bitter", "similar", "any", "no", "all", "two", "three", "their", "its"}
# A policy or an instrument that is opposed when it is called wrong: "joint bonds are absolutely wrong".
_POLICY_THINGS = {"bond", "bonds", "eurobond", "eurobonds", "tariff", "tariffs", "sanction", "sanctions", "cut",
                  "cuts", "hike", "hikes", "subsidy", "subsidies", "bailout", "bailouts", "stimulus", "measure",
                  "measures", "policy", "policies", "plan", "plans", "proposal", "proposals", "approach", "strategy",
                  "reform", "reforms", "tax", "taxes", "levy", "levies", "rule", "rules", "law", "laws", "bill", "ban",
                  "cap", "caps", "quota", "quotas", "idea", "ideas", "merger", "deal", "rescue", "austerity"}
_WRONGS = {"wrong", "incorrect", "mistaken", "misguided"}
# Who rejects a claim by deciding it: a court, not a party.
_DECIDERS = {"jury", "juries", "court", "courts", "judge", "judges", "justice", "justices", "tribunal", "arbitrator",
             "arbitrators", "panel", "magistrate", "jurors"}
# What follows the verb "disputes": its object ("disputes the figures", "disputes that ...").
_OBJECT_OPENERS = {"the", "a", "an", "that", "this", "these", "those", "its", "his", "her", "their", "our", "any",
                   "some", "it", "them", "claims", "reports", "allegations", "suggestions", "figures", "accounts"}
# A verb right after the noun "disputes": "franchise disputes said", "employee disputes say that".
_CLAUSE_VERBS = {"say", "says", "said", "are", "were", "have", "had", "remain", "remained", "continue", "involving",
                 "between", "among", "arising", "arise", "often", "usually", "typically", "rarely"}
_PREPOSITIONS = {"in", "of", "on", "over", "for", "with", "about", "from", "handle", "handles", "handled",
                 "handling", "settle", "settles", "settled", "settling", "resolve", "resolves", "resolved"}
_NOT_MODIFIERS = {"nobody", "no", "one", "who", "which", "that", "he", "she", "it", "they", "also", "still",
                  "strongly", "now", "fact", "turn", "response", "addition", "contrast", "court", "public"}
# What is withdrawn that is a plan, an offer or a policy, not a piece or a statement.
_PLANS = {"proposal", "proposals", "bid", "bids", "offer", "offers", "motion", "motions", "resolution",
          "resolutions", "application", "applications", "nomination", "candidacy", "funding", "stimulus",
          "troops", "forces", "guidance", "listing", "tender", "tenders", "petition", "amendment", "amendments"}
_POLICY_LEADS = {"support", "stimulus", "aid", "relief", "emergency", "lending", "rescue", "crisis", "liquidity",
                 "bond-buying", "asset-purchase", "government", "federal", "economic"}
_AIMED = {"aimed", "designed", "meant", "intended", "introduced", "launched", "set"}
_OPEN = {"whether", "if", "how", "what", "who", "when", "where", "which", "why"}
# Whose being sued is a class's risk, not one case: "managers who get sued", "firms that are sued".
_CLASSES = {"executives", "managers", "directors", "officers", "companies", "firms", "people", "doctors", "banks",
            "employers", "employees", "lenders", "insurers", "businesses", "individuals", "those", "anyone"}
_HYPOTHETICAL = {"available", "possible", "potential", "applicable"}


def _quarrels(lem: Lemmas, first: int, last: int) -> bool:
    """ "dozens of labour disputes that hit the port": the noun, no report disputed ("Norvale disputes that ...")."""
    toks = lem.tokens
    return toks[first].low == "disputes" and first > 0 and toks[first - 1].low in _QUARRELS


def _quarrels_named(lem: Lemmas, first: int, last: int) -> bool:
    """ "lawyers for traders in employee disputes say ...", "those who handle franchise disputes said": the noun after
    a modifier, no report disputed ("the bank disputes the figures" has its object after it)."""
    toks = lem.tokens
    at = next((i for i in range(first, last + 1) if toks[i].low == "disputes"), -1)
    if at < 2:
        return False
    after = toks[at + 1].low if at + 1 < len(toks) else "."
    if after in _OBJECT_OPENERS:
        return False
    if after in _CLAUSE_VERBS:
        return True  # "franchise disputes said": "disputes" is the subject of the verb after it
    modifier = toks[at - 1]
    return toks[at - 2].low in _PREPOSITIONS and modifier.text[:1].islower() and modifier.low.isalpha() and (
        modifier.low not in _NOT_MODIFIERS)


def _at_each_other(lem: Lemmas, first: int, last: int) -> bool:
    """ "party leaders blasted each other at news conferences": a quarrel between them, no report rejected."""
    lows = [t.low for t in lem.tokens[first + 1:first + 3]]
    return lows in (["each", "other"], ["one", "another"])


def _a_plan_withdrawn(lem: Lemmas, first: int, last: int) -> bool:
    """ "the group had withdrawn a proposal to split the two roles", "withdrawing support programs too early": a
    plan, an offer or a policy taken back, no piece or statement retracted."""
    toks = lem.tokens
    at = next((i for i in range(first, last + 1) if toks[i].lemma in ("withdraw", "withdrawn", "pull")), -1)
    if at < 0:
        return False
    before = {t.low for t in toks[first:at]}
    if before & _PLANS:
        return True  # "the motion was withdrawn"
    for i in range(at + 1, min(len(toks), at + 5)):
        low = toks[i].low
        if low in _PLANS:
            return True
        if low in ("program", "programs", "programme", "programmes"):
            return toks[i - 1].low in _POLICY_LEADS or (i + 1 < len(toks) and toks[i + 1].low in _AIMED)
        if low not in _OBJECT_OPENERS and low not in _POLICY_LEADS:
            return False
    return False


def _a_job_title(lem: Lemmas, first: int, last: int) -> bool:
    """ "the bank changed Tobin's title and gave him more duties": a person's job title, no headline corrected."""
    toks = lem.tokens
    for i in range(max(first, 1), last + 1):
        if toks[i].low == "title":
            prev = toks[i - 1]
            if prev.low in ("his", "her", "job") or (prev.low == "'s" and i >= 2 and toks[i - 2].text[:1].isupper()):
                return True
    return False


def _a_policy_called_wrong(lem: Lemmas, first: int, last: int) -> bool:
    """ "Joint bonds are absolutely wrong", "rejected the levy as completely wrong for the union": a policy opposed."""
    toks = lem.tokens
    wrong = [i for i in range(first, last + 1) if toks[i].low in _WRONGS]
    if not wrong:
        return False
    i = wrong[-1]
    if [t.low for t in toks[i + 1:i + 2]] == ["for"]:
        return True  # "wrong for the currency union": unsuited, not untrue
    link = next((j for j in range(i - 1, max(-1, first - 5), -1) if toks[j].lemma == "be" or toks[j].low == "as"), -1)
    if link > 0 and toks[link].low == "as":  # "rejected joint bonds on Tuesday as wrong": the thing rejected
        return bool({t.low for t in toks[max(0, link - 5):link]} & _POLICY_THINGS)
    return link > 0 and toks[link - 1].low in _POLICY_THINGS


def _a_verdict(lem: Lemmas, first: int, last: int) -> bool:
    """ "the jury rejected the ten-year conspiracy claim": a court decides; no party denies."""
    toks = lem.tokens
    if toks[first].lemma not in ("reject", "dismiss"):
        return False
    lead = [t.low for t in toks[max(0, first - 3):first] if t.low not in ("also", "later", "then", "unanimously")]
    if lead and lead[-1] in _DECIDERS:
        return True
    qualified = before_participle(lem.text[:toks[first].start])  # "The jury sitting in the county court rejected"
    return qualified != lem.text[:toks[first].start] and qualified.split()[-1].casefold() in _DECIDERS


def _a_question_to_settle(lem: Lemmas, first: int, last: int) -> bool:
    """ "We need to clarify now whether the firms will merge": an open question, no story clarified."""
    toks = lem.tokens
    at = next((i for i in range(first, last + 1) if toks[i].lemma in ("clarify", "clarity")), -1)
    if at < 0:
        return False
    after = [t.low for t in toks[at + 1:at + 4] if t.low not in ("now", "first", "soon", "quickly", "on", "about")]
    return bool(after) and after[0] in _OPEN


def _a_class_at_risk(lem: Lemmas, first: int, last: int) -> bool:
    """ "covers managers who get sued over decisions", "what penalties are available": no case brought."""
    toks = lem.tokens
    lows = [t.low for t in toks]
    for i in range(first, last + 1):
        if lows[i] == "sued" and i >= 3 and lows[i - 1] in ("get", "are", "be") and lows[i - 2] in ("who", "that") and (
                lows[i - 3] in _CLASSES):
            return True
        if toks[i].lemma == "penalty" and ("what" in lows[max(0, i - 5):i] or set(lows[i + 1:i + 6]) & _HYPOTHETICAL):
            return True  # "what civil and criminal penalties and remedies are available"
    return False


# A share of a population: "about 30 percent of listed firms have been defendants in suits".
_SHARES = {"percent", "per", "%", "quarter", "quarters", "third", "thirds", "half", "fraction", "proportion",
           "majority", "minority", "share", "one-third", "one-quarter"}
_POPULATION = _CLASSES | {"all", "cases", "suits", "lawsuits", "claims", "defendants", "plaintiffs"}
# What an analyst's line in a wire's list of comments names after the speaker: "TOM SUE, ANALYST, RBC:".
_JOBS = {"ANALYST", "ECONOMIST", "STRATEGIST", "CHIEF", "SENIOR", "HEAD", "PRESIDENT", "DIRECTOR", "PARTNER", "CEO",
         "CFO", "MANAGER", "PORTFOLIO", "MANAGING", "VICE", "FUND", "RESEARCH", "TRADER", "CHAIRMAN"}


def _a_share_of_a_population(lem: Lemmas, first: int, last: int) -> bool:
    """ "about 30 percent of listed firms have been defendants in class-action suits", "a quarter of all cases the
    body handles were brought against Norvia": a statistic about many, no case brought now."""
    lows = [t.low for t in lem.tokens]
    for i in range(max(0, first - 14), first):
        if lows[i] in _SHARES and lows[i + 1:i + 2] == ["of"] and set(lows[i + 2:i + 12]) & _POPULATION:
            return True
    return False


def _a_speaker_named_sue(lem: Lemmas, first: int, last: int) -> bool:
    """ "KAREN SUE, ECONOMIST, HALBERT BANK:": a wire's capitals line naming who comments, not a suit."""
    toks = lem.tokens
    if toks[first].text != "SUE" or first == 0 or not toks[first - 1].text.isalpha() or (
            not toks[first - 1].text.isupper()) or [t.text for t in toks[first + 1:first + 2]] != [","]:
        return False
    return bool({t.text for t in toks[first + 2:first + 5]} & _JOBS)


def _a_value_written_down(lem: Lemmas, first: int, last: int) -> bool:
    """ "Norvale took down its book value by $300 million": an accounting write-down, no piece taken down."""
    lows = [t.low for t in lem.tokens]
    return lows[last] in ("book", "books") and lows[last + 1:last + 2] in (["value"], ["values"], ["valuation"])


# A business wire's other senses, by kind (more in `business_law_senses`: a court's dismissal, powers, prices).
SENSES: Senses = {"denial": (_quarrels, _a_policy_called_wrong, _a_verdict, _quarrels_named, _at_each_other),
                  "clarification": (_a_question_to_settle,),
                  "retraction": (_a_plan_withdrawn, _a_value_written_down),
                  "correction": (_a_job_title,),
                  "legal_action": (_a_class_at_risk, _a_share_of_a_population, _a_speaker_named_sue)}
