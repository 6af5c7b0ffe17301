"""Ordinary news's other senses of a notice's words (pure): politics, policy and the economy as a wire reports them.

An economist who "dismissed the idea that the economy needed more stimulus" or a ministry that "completely
disagreed with the idea" rejects a thesis, not a report about itself; "he said he did not blame China" or "did not
vote for Moore" says what someone did not do, denying nothing (no denial). "What agencies charge was an influence
operation" alleges, "a charged exchange" is heated, "leading the charge" is leading; "federal law prohibits ...",
"the bill allows for criminal penalties", "the decree stipulates fines", "repeals a federal fine" are statutes, and
"charges were expected" is no act yet (no legal action). "Sorry, but this is years ago" is an interjection (no
apology). An agency that "backed up Ukraine's account" or troops told "we have to defend it" stand by no
publication (no stands-by); a president who "attempted to clear up confusion" clarifies no story of an outlet's (no
clarification). A judge who "denied the settlement" rules; "questioned its integrity", "few economists dispute
that", "a false solution", "it is incorrect to think that ..." deny no report; a lawyer who "did not contest the
facts" admits; "claims to the sea" are claims to land; "delay is the new denial" is a stance. A fee "charged at 25
bps", "is fine for most", fines in a provision, a fine asked for, a president's order, "a fresh appeal to", firms
"charged by Congress with" a mission, a duty "under federal law" are no legal act. `senses.not_this_kind` asks
`not_in_the_news`.
"""

from __future__ import annotations

import re

from monitor.detect import (
    business_law_senses,
    business_wire_senses,
    campaign_senses,
    crypto_senses,
    feature_senses,
    general_senses,
    office_senses,
    opinion_senses,
    phrase_senses,
    ru_article_senses,
    talk_senses,
    wire_senses,
)
from monitor.detect.lemmas import Lemmas, Sense
from monitor.detect.wordsets import SETS
from monitor.models import Event

# What a thesis is called when it is rejected: "dismissed the idea that ...", "rejected the notion that ...".
_THESES = {"idea", "notion"}
# What a thesis about the economy or a policy is about: "the idea that the economy needed another round".
_ECONOMY = {"economy", "economic", "crisis", "capitalism", "factor", "factors", "inflation", "growth", "recession",
            "stimulus", "rate", "rates", "price", "prices", "unemployment", "joblessness", "need", "needed", "needs",
            "charges", "cheaper", "costlier"}
# What someone says he did not do that denies nothing: "said he did not blame China", "did not vote for Moore",
# "she did not contest the facts" (an admission).
_NOT_DENIALS = {"blame", "vote", "contest", "challenge", "dispute"}
# Whose words a statute's are: "federal law prohibits ...", "the bill also allows for criminal penalties".
_STATUTES = {"law", "laws", "bill", "bills", "act", "decree", "statute", "statutes", "rule", "rules", "regulation",
             "regulations", "legislation", "code", "provision", "provisions", "constitution", "ordinance"}
_PROVIDES = {"prohibit", "allow", "permit", "stipulate", "require", "provide", "bar", "ban", "authorize", "mandate",
             "impose", "levy"}
# How "charged" reads as an adjective: "a charged exchange", "politically charged".
_ADJ_LEADS = {"a", "an", "the", "highly", "politically", "emotionally", "racially", "heavily", "so", "very", "more"}
_CHARGE_LINKS = {"with", "by", "for", "in", "over", "of", "on", "under", "after", "against", "and", ",", "."}
# What a publication is when a defence or a confirmation is a newsroom's: its piece, its people, its name.
_NEWSROOM = {"story", "stories", "report", "reports", "reporting", "article", "articles", "journalism", "coverage",
             "reporter", "reporters", "journalist", "journalists", "newspaper", "paper", "piece", "broadcast",
             "documentary", "segment", "headline", "editor", "editors", "newsroom", "column", "programme", "program",
             "times", "post", "journal", "bbc", "cnn", "reuters", "guardian", "bloomberg", "telegraph", "mail",
             "news", "magazine", "outlet", "network", "channel", "publication", "publisher", "book", "interview",
             "expose", "broadcaster", "station", "show"} | (set(SETS["SBOBJ"].split("|")) | set(SETS["STORY"].split(
                 "|"))) - {"account", "it", "they", "word", "claim", "characterization", "conclusion", "text"}
# What a newsroom defends as its own: "we defended our investigation", "backed its findings".
_OWN_WORK = {"our", "its", "their", "investigation", "investigations", "finding", "findings", "work", "staff",
             "exclusive", "analysis", "sources", "source", "decision"}
# What a judge denies or rejects that is no report: a ruling.
_RULINGS = {"settlement", "motion", "request", "petition", "bail", "appeal", "application"}
# What is questioned that is a person's character or a plan's sense, not a report.
_CHARACTER = {"integrity", "ethics", "motive", "motives", "wisdom", "legitimacy", "competence", "loyalty",
              "patriotism", "judgment", "judgement", "need", "value"}
# What "false" describes that is no report: "a false solution", "a false dawn".
_FALSE_THINGS = {"solution", "solutions", "dawn", "start", "economy", "choice", "dichotomy", "equivalence", "hope",
                 "hopes", "sense", "positive", "positives", "bottom", "breakout", "signal", "teeth", "god", "idol",
                 "prophet", "prophets", "modesty", "promise", "promises"}
_COURTS = {"court", "courts", "tribunal", "judge", "judges", "justices", "commission", "panel", "board", "ombudsman",
           "regulator", "supreme", "appeals", "appellate", "high"}
_TRIES = {"attempt", "attempted", "try", "tried", "seek", "sought", "move", "moved", "aim", "aimed"}


def _thesis_rejected(lem: Lemmas, first: int, last: int) -> bool:
    """A thesis about the economy or a policy rejected ("dismissed the notion that structural factors ...")."""
    toks = lem.tokens
    span = {t.lemma for t in toks[first:last + 1]}
    if not span & _THESES:
        return False
    after = [t.low for t in toks[last + 1:last + 11]]
    if "disagree" in span and after[:1] != ["that"]:
        return True  # "completely disagreed with the idea": a proposal opposed
    said = [t.low for t in toks[last + 2:last + 16]]
    if after[:1] == ["that"] and set(said) & {"would", "could", "will", "might", "can"} and not set(said[:4]) & {
            "had", "has", "was", "were", "did"}:
        return True  # "rejected the idea that letting viewers pick channels would lower bills": a forecast doubted
    return after[:1] == ["that"] and bool(set(after[1:8]) & _ECONOMY)


def _what_was_not_done(lem: Lemmas, first: int, last: int) -> bool:
    """ "said he does not blame China", "did not vote for Moore", "does not share that view": nothing denied."""
    toks = lem.tokens
    for i, t in enumerate(toks[first:last + 2], first):
        nxt = toks[i + 1:i + 4]
        if t.low in ("not", "n't", "never") and nxt and (nxt[0].lemma in _NOT_DENIALS or nxt[0].lemma == "share" and (
                "view" in {u.low for u in nxt[1:]})):
            return True  # "does not share that view": an opinion not held ("never shared user data" denies)
    return False


def _charge_alleged_or_heated(lem: Lemmas, first: int, last: int) -> bool:
    """ "what agencies charge was ...", "a charged exchange", "leading the charge": no charge brought."""
    toks = lem.tokens
    for i in range(first, last + 1):
        t = toks[i]
        if t.lemma != "charge":
            continue
        prev = toks[i - 1].low if i else ""
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t.low == "charged" and prev in _ADJ_LEADS and nxt is not None and nxt.low.isalpha() and (
                nxt.low not in _CHARGE_LINKS):
            return True  # "a charged exchange with the committee"
        if t.low == "charge" and nxt is not None and nxt.lemma == "be" and "what" in {
                u.low for u in toks[max(0, i - 7):i]}:
            return True  # "what U.S. intelligence agencies charge was a Russian influence operation"
        if t.low == "charged" and [u.low for u in toks[i + 1:i + 2]] == ["by"] and toks[i + 2:i + 3] and toks[
                i + 2].low in ("congress", "parliament", "lawmakers", "legislators", "law", "statute", "charter"):
            return True  # "companies charged by Congress with supporting housing": a mission
        if t.low == "charge" and prev in ("a", "the") and toks[i + 1:i + 3] and len(toks) > i + 2 and (
                toks[i + 1].low in ("he", "she", "they") or toks[i + 1].text[:1].isupper()) and (
                toks[i + 2].low.endswith("ed")):
            return True  # "including a charge Moore initiated sexual contact with a girl": an accusation's content
        if i >= 2 and [toks[i - 2].lemma, prev] == ["lead", "the"]:
            return True  # "Comcast is leading the charge by cable operators"
    return False


def _statute(lem: Lemmas, first: int) -> bool:
    """A law's provision or a repeal ("federal law prohibits", "the bill allows for", "repeals a federal fine")."""
    toks = lem.tokens
    lead = toks[max(0, first - 15):first]
    if any(t.low.startswith("repeal") for t in lead):
        return True  # "Repeals a federal fine", "the bill repeals a provision that levies a penalty"
    required = any(t.low == "required" for t in toks[first:first + 3])
    if required and (toks[0].text == "*" or any(t.low in _STATUTES for t in lead)):
        return True  # "under federal law, the commission was required to", "* CFTC is required to set limits"
    near = toks[max(0, first - 15):first + 3]  # "House OKs Bill Imposing Fines", "passed a bill levying fines"
    for i, t in enumerate(near):
        if t.low in _STATUTES:
            nxt = [u for u in near[i + 1:i + 3] if u.low not in ("also", "now", "already", "still")]
            if nxt and nxt[0].lemma in _PROVIDES and not nxt[0].low.endswith("ed"):
                return True
    return False


def _still_expected(lem: Lemmas, last: int) -> bool:
    """ "federal charges were expected in the case": no charge brought yet."""
    toks = lem.tokens
    ahead = [t.low for t in toks[last + 1:last + 3]]
    return toks[last].lemma in ("charge", "fine", "lawsuit", "suit") and ahead in (
        ["were", "expected"], ["are", "expected"], ["is", "expected"], ["was", "expected"])


def _interjection(lem: Lemmas, first: int) -> bool:
    """ "Sorry, but this is years ago": an objection's opening, no apology."""
    toks = lem.tokens
    return toks[first].low == "sorry" and [t.low for t in toks[first + 1:first + 3]] == [",", "but"]


def _no_newsroom(lem: Lemmas, first: int, last: int, kind: str) -> bool:
    """A defence or a clarification with no publication in the sentence ("backed up Ukraine's account")."""
    words = {t.low for t in lem.tokens} | {t.lemma for t in lem.tokens}
    if words & _NEWSROOM:
        return False
    span = {t.lemma for t in lem.tokens[first:last + 1]}
    if kind == "stands_by":
        ahead = {t.low for t in lem.tokens[first:last + 4]}
        backed_up = "back" in span and "up" in {t.low for t in lem.tokens[first:last + 1]}
        return (backed_up or "defend" in span) and not ahead & _OWN_WORK  # "defended our investigation" stays
    before = {t.low for t in lem.tokens[max(0, first - 4):first]}
    return "clear" in span and bool(before & _TRIES)  # "Trump attempted to clear up confusion over whether ..."


def _a_judges_reasons(lem: Lemmas, first: int) -> bool:
    """A judge's reasons ("said in his decision that the plaintiffs' claims were speculative"): a ruling's words,
    said before the denial's words; not a party's denial beside a ruling ("the exchange denied the allegations
    ahead of the judge's ruling")."""
    lows = [t.low for t in lem.tokens[:first]]
    words = set(lows)
    if any(lows[i:i + 3] in (["in", "his", w], ["in", "her", w]) for w in ("ruling", "decision", "opinion")
           for i in range(len(lows) - 2)):
        return True  # "In his ruling, Ware said there was a significant factual dispute"
    return bool(words & {"judge", "bench", "justice"}) and bool(words & {"decision", "ruling", "opinion"})


def _claims_to_territory(lem: Lemmas, last: int) -> bool:
    """ "contest China's sweeping claims to the sea": a claim to land, not an allegation."""
    ahead = [t.low for t in lem.tokens[last + 1:last + 3]]
    return lem.tokens[last].lemma == "claim" and ahead[:1] == ["to"] and ahead[1:] != [] and ahead[1] in {
        "the", "most", "part", "parts", "sovereignty", "territory", "islands", "land", "ownership", "all"}


def _denial_as_a_state(lem: Lemmas, first: int) -> bool:
    """ "delay is the new denial", "climate denial", "he is in denial", "to avoid denial" (a loan's)."""
    toks = lem.tokens
    if toks[first].low != "denial" or not first:
        return False
    return toks[first - 1].low in ("new", "climate", "science", "in", "avoid", "loan", "credit", "coverage")


def _not_a_penalty_imposed(lem: Lemmas, first: int, last: int) -> bool:
    """A fee "charged at 25 bps", "is fine for most", money set aside for fines, a fine asked for: no legal act."""
    toks = lem.tokens
    for i in range(first, last + 1):
        t = toks[i]
        prev = toks[i - 1].low if i else ""
        ahead = [u.text for u in toks[i + 1:i + 3]]
        if t.low == "charged" and ahead[:1] == ["at"] and any(c.isdigit() for c in "".join(ahead[1:])):
            return True  # "it is charged at 25 bps on each newly minted token"
        if t.lemma == "charge" and {u.low for u in toks[max(0, i - 3):i]} & {"bps", "%", "fee", "fees", "percent"}:
            return True  # "75 bps are charged to the liquidators"
        if t.low == "fine" and prev in ("is", "are", "was", "were", "be", "'s", "’s", "seems", "perfectly", "just"):
            return True  # "119% is fine for most of them"
        if t.lemma in ("fine", "penalty") and {u.lemma for u in toks[:i]} & {"provision", "aside", "deduct"}:
            return True  # "set aside $42 billion for clean-up costs, fines and compensation"
        if t.lemma in ("fine", "penalty") and {u.lemma for u in toks[max(0, i - 9):i]} & {"ask", "seek", "request"}:
            return True  # "they also asked for a 300,000 euro fine": sought, not imposed
    return False


def _an_executive_order(lem: Lemmas, first: int, last: int) -> bool:
    """ "Trump's order to halt arrivals", "the Jan. 27 order by the president": a president's order, no regulator's."""
    toks = lem.tokens
    if not any(t.lemma == "order" for t in toks[first:last + 1]):
        return False
    lead = {t.low for t in toks[max(0, first - 3):first]}
    after = [t.low for t in toks[last + 1:last + 4]]
    return bool(lead & {"executive", "president", "presidential", "trump"}) or after == ["by", "the", "president"]


def _not_a_report_disputed(lem: Lemmas, first: int, last: int) -> bool:
    """A ruling or a person's character, not a report: "Rakoff denied the settlement", "questioned its integrity",
    "few economists dispute that", "a false solution", "no legitimate basis for doing so", "it is incorrect to
    think that blanket limits will control prices"."""
    toks = lem.tokens
    span = {t.lemma for t in toks[first:last + 1]}
    ahead = [t for t in toks[last + 1:last + 6] if t.low not in ("a", "an", "the", "its", "his", "her", "their")]
    nouns = {t.lemma for t in ahead[:3]}
    if "reject" in span and nouns & _RULINGS or "deny" in span and ahead[:1] and ahead[0].lemma in _RULINGS:
        return True  # a judge who "denied the settlement" or "rejected the motion" ("denied considering a bid")
    if "question" in span and ({t.lemma for t in toks[first:last + 4]} & _CHARACTER):
        return True
    lead = range(max(1, first - 7), first)
    if span & {"dispute", "doubt", "deny"} and any(
            toks[j].low == "nobody" or toks[j].low == "few" and toks[j - 1].low != "a" for j in lead):
        return True
    falses = [i for i in range(first, last + 3) if i < len(toks) and toks[i].low == "false"]
    if any(toks[i + 1:i + 2] and toks[i + 1].low in _FALSE_THINGS for i in falses):
        return True
    basis = next((i for i in range(first, last + 1) if toks[i].low == "basis"), None)
    if basis is not None and ([t.low for t in toks[basis + 1:basis + 2]] == ["for"] and toks[basis + 2:basis + 3] and (
            toks[basis + 2].low == "doing") or "without" in {t.low for t in toks[max(0, basis - 3):basis]}):
        return True  # "sees no legitimate basis for doing so", "withholding deposits without any legitimate basis"
    after = [t.low for t in toks[last + 1:last + 12]]
    return span & {"incorrect", "wrong"} != set() and after[:2] in (["to", "think"], ["to", "assume"], [
        "to", "believe"]) and bool(set(after) & _ECONOMY | set(after) & {"limits", "governments", "policy"})


_WHEN_WHERE = {"here", "there", "today", "yesterday", "tonight", "now", "again", "jointly", "formally", "officially"}
_DAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def _a_plea_for_help(lem: Lemmas, first: int, last: int) -> bool:
    """ "issuing a fresh appeal to beef up air defences", "an appeal for calm": a plea, no court appeal."""
    toks = lem.tokens
    for i in range(first, last + 1):
        if toks[i].low not in ("appeal", "appeals"):
            continue
        if i and toks[i - 1].low in ("fresh", "urgent", "emotional", "impassioned", "public", "renewed", "direct"):
            return True
        j = i + 1
        while j < len(toks) and (toks[j].low in _WHEN_WHERE or toks[j].low in ("on", "in") and j + 1 < len(toks) and (
                toks[j + 1].low in _DAYS or toks[j + 1].text[:1].isupper())):
            j += 1 if toks[j].low in _WHEN_WHERE else 2  # "launched an appeal here for", "on Tuesday for"
        nxt = [t.low for t in toks[j:j + 4]]
        if nxt[:1] == ["for"] and not set(nxt) & {"retrial", "review", "leave", "rehearing"}:
            return True
        if nxt[:1] == ["to"] and not set(nxt) & _COURTS and nxt[1:2] != ["overturn"]:
            return True
    return False


# A newsroom that only reports a denial: "Reuters has not independently verified the accusations, which Moore has
# denied", "he told Reuters the articles were totally untrue".
_UNVERIFIED = re.compile(r"\b(?:has|have|had|could|was|were)\s+not\s+(?:been\s+able\s+to\s+)?(?:independently\s+)?"
                         r"(?:verif|confirm)\w*", re.IGNORECASE)


def own(sentence: str, found: dict[str, Event]) -> bool:
    """Whether a news organisation named in a denial denies for itself, rather than only reporting the denial (it
    could not verify the claims, or was told they were untrue): only its own denial stands by its work."""
    if _UNVERIFIED.search(sentence):
        return False
    actor = found["denial"].actor if "denial" in found else ""
    return not actor or re.search(r"\b(?:told|telling|tells)\s+(?:the\s+)?" + re.escape(actor) + r"\b",
                                  sentence) is None


_PERIODS = {"minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "morning",
            "evening", "night", "year", "quarter", "time", "час", "день", "неделю", "месяц", "минут", "минуту"}
_RECURRING = {"daily", "hourly", "weekly", "monthly", "nightly", "continuously", "constantly", "periodically",
              "ежедневно", "еженедельно", "ежемесячно", "постоянно", "регулярно"}


def _recurring(lem: Lemmas, last: int) -> bool:
    """An update said to recur: "updated every hour", "refreshed daily", «обновляется каждый час»: how a page
    works, not a note."""
    after = [t.low for t in lem.tokens[last + 1:last + 5]]
    if set(after[:2]) & _RECURRING:
        return True
    return any(w in ("every", "each", "каждый", "каждую", "каждые", "раз") and (
        set(after[i + 1:i + 3]) & _PERIODS) for i, w in enumerate(after[:3]))


# Each field's other senses of a notice's words (a general paper's, a news wire's, talk about follow-ups, features,
# Russian full articles, opinion, crypto news, a business wire and its law), merged by kind once: a match asks
# only its own kind's.
_FIELDS = (general_senses, wire_senses, talk_senses, feature_senses, ru_article_senses, opinion_senses, crypto_senses,
           business_wire_senses, business_law_senses, campaign_senses, phrase_senses, office_senses)
_BY_KIND: dict[str, tuple[Sense, ...]] = {
    kind: tuple(sense for field in _FIELDS for sense in field.SENSES.get(kind, ()))
    for kind in {kind for field in _FIELDS for kind in field.SENSES}}


def not_in_the_news(lem: Lemmas, first: int, last: int, kind: str) -> bool:
    """Whether a match is one of ordinary news's other senses of a notice's words."""
    if any(sense(lem, first, last) for sense in _BY_KIND.get(kind, ())):
        return True
    if kind == "denial":
        return _thesis_rejected(lem, first, last) or _what_was_not_done(lem, first, last) or _a_judges_reasons(
            lem, first) or _claims_to_territory(lem, last) or _denial_as_a_state(lem, first) or _not_a_report_disputed(
            lem, first, last)
    if kind == "legal_action":
        return _charge_alleged_or_heated(lem, first, last) or _statute(lem, first) or _still_expected(
            lem, last) or _not_a_penalty_imposed(lem, first, last) or _an_executive_order(
            lem, first, last) or _a_plea_for_help(lem, first, last)
    if kind == "apology":
        return _interjection(lem, first)
    if kind == "update":  # "The map is updated every hour", "prices are refreshed daily": how a page works
        return _recurring(lem, last)
    if kind in ("stands_by", "clarification"):
        return _no_newsroom(lem, first, last, kind)
    return False


# A quotation named as words, not said: 'argued that "we stand by our reporting" has become an empty phrase', 'the
# mantra "we stand by our story"' (not 'said in a statement: "We stand by our story"').
_NAMED_QUOTE = re.compile(r"\b(?:phrase|words|mantra|refrain|formula|boilerplate|expression|cliche|cliché|catchphrase"
                          r"|slogan)\s*,?\s*[\"“‘][^\"”’]{3,80}[\"”’]|[\"“‘][^\"”’]{3,80}[\"”’]\s*,?\s*(?:has|have|had)?"
                          r"\s*(?:become|became|is|was|remains|been)\s+(?:\w+\s+){0,3}?(?:phrase|cliche|cliché|mantra"
                          r"|refrain|formula|boilerplate|expression|catchphrase|slogan|shorthand|non-denial)\b",
                          re.IGNORECASE)


def names_a_quote(sentence: str) -> bool:
    """Whether a sentence names a quotation as a phrase rather than quoting someone who says it."""
    return _NAMED_QUOTE.search(sentence) is not None

