"""A general paper's other senses of a notice's words (pure): sport, culture, technology, the courts and politics as a
broadsheet or a wire reports them day to day, with no follow-up in them.

"Fixed-line" and "fixed rates" are fixed, "security fixes were released" are patches (no correction); a user who
"removed the program" from a phone uninstalls it (no retraction); "we will show an increase" shows no programme (no
stands-by); a company that "has revised upwards its results" restates figures, not a story (no update). "The games were
rubbish" is an opinion of games, "stars denied Oscars" and "rejecting a junior post" go without a prize or a job, asylum
"claims were clearly unfounded" are applications, "the close contests" are matches, "malicious forms" of software are no
malicious claims, "no bids or offers for milo" is a market's quote, "a preposterous piece of legislation" is a law
opposed, and figures or a choice that "cast doubt on" or "quash" a story are no party's denial (no denial). "Fines of up
to $500,000", "call for a maximum fine", "a convicted fraudster", "that charge was denied", "recommend that the firm be
charged" and "where an offender is convicted, the court must ..." bring no case now (no legal action). From business and
technology news: "buy the correct version", "See the original version of this article on ...", "the name is misleading"
and a software update "correcting" a display or cases that "fixed the issue" (no correction); a scam that "has expanded
beyond Nigeria" (no update); a drug "that was withdrawn in 2004", a charger "pulled from sale" and stories "pulled from
news sources" (no retraction); "Sorry, I have nothing to say" (no apology); "the term adopted for misleading
information" and tools that "help refute" propaganda (no denial); "the charging case", "360 km on a charge", a battery
"kept charged", companies that "claim they will launch", "charged VAT", "a voluntary Chapter 11 petition", "a complaint
about discrimination against men" and a regulator that "receives 200,000 complaints each year" (no legal action).
`news_senses.not_in_the_news` asks its
`SENSES`.
"""

from __future__ import annotations

from monitor.detect.business_senses import PRICES
from monitor.detect.lemmas import Lemmas, Senses
from monitor.detect.wordsets import SETS

# What "fixed" describes as an adjective: "fixed-line telephony", "a fixed rate", "fixed costs".
_FIXED_THINGS = {"line", "lines", "rate", "rates", "price", "prices", "income", "term", "terms", "cost", "costs",
                 "asset", "assets", "odds", "fee", "fees", "date", "penalty", "charge", "charges", "amount", "sum",
                 "exchange", "wireless", "broadband", "telephony", "phone", "phones", "number", "position", "point",
                 "star", "stars", "idea", "ideas", "abode", "investment", "capital", "interest", "mortgage", "deposit"}
# What a user downloads and removes: software, not a publication.
_SOFTWARE = {"download", "install", "uninstall", "software", "computer", "pc", "pcs", "phone", "phones", "handset",
             "virus", "spyware", "malware", "adware", "browser", "toolbar", "desktop", "laptop", "smartphone",
             "smartphones", "program", "application", "app", "apps", "file", "hard"}
_REMOVED = {"program", "programs", "software", "app", "apps", "application", "it", "them", "they", "file", "files",
            "virus", "toolbar"}
_MODALS = {"will", "would", "can", "could", "should", "must", "may", "might", "to", "we", "i", "they", "you", "'ll"}
_SBNOUN = set(SETS["SBNOUN"].split("|"))
# What a company revises that is a figure, not a story: "revised upwards its results".
_FIGURES = {"upward", "upwards", "downward", "downwards", "up", "down", "result", "results", "earnings", "profit",
            "profits", "loss", "losses", "forecast", "forecasts", "guidance", "estimate", "estimates", "figure",
            "figures", "outlook", "target", "targets", "sale", "sales", "revenue", "revenues", "budget", "plan",
            "plans", "quarter"}
# What "denied" withholds as a prize, and what is turned down as a job.
_PRIZES = {"oscar", "oscars", "award", "awards", "prize", "prizes", "nomination", "nominations", "honour", "honours",
           "honor", "honors", "trophy", "accolade", "accolades", "bafta", "baftas", "grammy", "grammys", "emmy",
           "emmys", "glory", "triumph", "crown", "gold", "silver", "bronze"}
_JOBS = {"post", "job", "role", "position", "seat", "peerage", "knighthood", "portfolio", "ministry", "chairmanship",
         "captaincy", "contract", "offer", "offers", "move", "transfer", "approach", "approaches"}
_JOB_LEADS = {"junior", "senior", "cabinet", "ministerial", "government", "top", "coaching", "managerial", "board",
              "frontbench", "front-bench", "shadow"}
# Claims that are applications or payments, not allegations: "asylum seekers whose claims were unfounded".
_APPLICATIONS = {"asylum", "insurance", "insurer", "benefit", "benefits", "compensation", "expense", "expenses",
                 "warranty", "refund", "pension", "disability", "welfare", "mileage"}
_DETERMINERS = {"the", "a", "an", "this", "these", "those", "their", "its", "his", "her", "our", "close", "tight"}
# What a law or a policy is called when it is opposed, not a report denied.
_POLICIES = {"legislation", "law", "laws", "bill", "policy", "policies", "rule", "rules", "regulation", "regulations",
             "tax", "taxes", "scheme", "plan", "plans", "proposal", "proposals", "idea", "decision", "ban", "levy"}
_FALSE_WORDS = set(SETS["FALSE"].split("|")) | {"preposterous", "absurd", "ridiculous", "nonsensical", "malicious",
                                                "frivolous", "bogus", "spurious", "scurrilous", "meritless"}
_CLAIMISH = set(SETS["CLAIM"].split("|")) | {"claims", "allegations", "accusations", "reports", "stories", "lawsuit",
                                              "suit", "case", "complaint", "and", "or", ",", "of", "to", "that", "in"}
# What casts doubt on a story without being anyone's denial: a figure, a result, a choice.
_FACTS = {"outturn", "figure", "figures", "data", "result", "results", "evidence", "study", "survey", "poll", "polls",
          "number", "numbers", "statistic", "statistics", "finding", "findings", "choice", "decision", "move",
          "announcement", "appointment", "performance", "growth", "rise", "fall", "record"}
_DOUBTS = {"doubt", "quash", "dispel", "scotch", "undermine", "contradict", "belie"}
_OPENERS = {"the", "this", "that", "these", "those", "his", "her", "its", "their", "a", "an", "'", '"', "“", "‘"}
# Whom "convicted" describes: "a convicted fraudster" (a past verdict named, no case brought now).
_CONVICTS = {"fraudster", "fraudsters", "murderer", "murderers", "killer", "killers", "felon", "felons", "criminal",
             "criminals", "rapist", "rapists", "paedophile", "paedophiles", "pedophile", "pedophiles", "terrorist",
             "terrorists", "offender", "offenders", "sex", "drug", "drugs", "bomber", "bombers", "burglar", "thief",
             "thieves", "spy", "spies", "prisoner", "prisoners", "inmate", "inmates", "criminal's", "child",
             "football", "hooligan", "hooligans", "arsonist", "fraud", "war", "killers'"}
_PROPOSING = {"recommend", "propose", "urge", "demand", "insist", "suggest", "ask", "want", "request", "call"}
_SEEKING = {"call", "push", "press", "argue", "campaign", "lobby", "propose", "recommend"}
_CONDITIONS = {"where", "if", "when", "whenever", "once", "unless"}
_RULES = {"must", "shall", "will", "would", "can", "may", "should"}
# Words before "correct" that make it an adjective: "buy the correct version", "the correct way to say it".
_ADJ_LEADS = {"the", "a", "an", "this", "that", "its", "their", "his", "her", "our", "your", "my", "most", "more"}
# What is withdrawn or pulled that is a product, not a publication: "a painkiller that was withdrawn in 2004" (not
# "product" itself: a publisher calls a book one).
_PRODUCTS = {"drug", "drugs", "painkiller", "painkillers", "medicine", "medicines", "medication", "vaccine", "pill",
             "pills", "device", "devices", "car", "cars", "model", "models", "toy", "toys",
             "food", "foods", "treatment", "implant", "implants", "charger", "chargers", "phone", "phones", "battery",
             "batteries", "app", "apps", "software", "program", "programs", "game", "games", "console", "consoles",
             "camera", "cameras", "laptop", "laptops", "handset", "handsets", "gadget", "gadgets"}
# What a publisher sells that may be withdrawn from sale as a retraction: "the issue was withdrawn from sale", a
# "product removed from sale" whose stock "will be pulped".
_PRINTED = {"book", "books", "issue", "issues", "edition", "editions", "magazine", "magazines", "newspaper", "paper",
            "novel", "memoir", "biography", "title", "titles", "copies", "copy", "comic", "guide", "album", "report",
            "publisher", "publishers", "journal", "volume", "print", "printing", "cover", "pulp", "pulped", "reprint"}
_MARKETS = {"market", "markets", "sale", "sales", "shelves", "shelf", "stores", "store", "shops"}
# Where items are pulled from when they are gathered, not taken down: "stories pulled from news sources".
_SOURCES = {"source", "sources", "feed", "feeds", "database", "databases", "archive", "archives", "data", "wire",
            "wires", "outlet", "outlets", "publisher", "publishers", "partner", "partners"}
# What a refusal to talk is about: "Sorry, I don't have anything to say", "sorry, but I can't comment".
_TALK = {"say", "comment", "discuss", "answer", "add", "share", "talk", "speak", "help"}
# Charging as power: "the charging case", "kept charged", "fast charging".
_CHARGERS = {"case", "cable", "cables", "port", "ports", "station", "stations", "pad", "pads", "dock", "point",
             "points", "time", "times", "speed", "speeds", "spot", "mat", "stand", "brick", "adapter", "cord",
             "network", "networks", "infrastructure", "connector", "technology", "standard", "circuit"}
_POWER_LEADS = {"wireless", "fast", "quick", "rapid", "inductive", "battery", "ev", "electric", "fully", "solar"}
# How often a regulator receives something, as a statistic: "receives 200,000 complaints each year".
_EVERY = {"each", "every", "per", "a"}
_SPANS = {"year", "month", "week", "day", "quarter"}


_SAYING = {"said", "says", "told", "tells", "claimed", "claims", "argued", "insisted", "alleged", "complained"}
_PIECES = {"story", "article", "report", "piece", "column", "editorial", "item", "post"}
# Documents a government or a regulator amends: "published corrections to the draft bill" is lawmaking.
_DRAFTS = {"draft", "bill", "bills", "guidance", "regulation", "regulations", "rules", "law", "legislation",
           "proposal", "guidelines", "decree", "code", "directive", "amendment", "budget", "treaty"}


def _correction_sense(lem: Lemmas, first: int, last: int) -> bool:
    """ "it is fixed line", "fixed rates", "four other important fixes were also released": no error put right."""
    toks = lem.tokens
    if toks[last].lemma.startswith("mis") and any(
            toks[i].low in _SAYING and toks[i - 1].lemma not in ("we", "i", "it", *_PIECES)
            for i in range(first + 1, last)):
        return True  # "In a July 8 interview, the coach said the referee misidentified him": his claim, not our error
    for i in range(first, last + 1):
        if toks[i].low in ("correction", "corrections") and [t.low for t in toks[i + 1:i + 2]] in (["to"], ["of"]):
            j = i + 2 + (toks[i + 2].low in ("the", "its", "a", "their", "this") if i + 2 < len(toks) else 0)
            head = [t.low for t in toks[j:j + 3] if t.low in _DRAFTS]
            if head and not {t.lemma for t in toks[j:j + 4]} & _PIECES:
                return True  # "the ministry published corrections to the draft bill": a text of law amended
    for i in range(first, last + 1):
        t = toks[i]
        nxt = toks[i + 1].low if i + 1 < len(toks) else ""
        if t.low in ("fixed", "fixed-line") and (nxt in _FIXED_THINGS or t.low == "fixed-line"):
            return True
        if t.low == "fixes" and (nxt in ("were", "are", "was", "have", "has", "will", "include", "for") or i and (
                toks[i - 1].low in ("security", "bug", "other", "important", "critical", "software", "quick"))):
            return True  # the noun: patches released, not a story fixed
        if t.low == "correct" and i and toks[i - 1].low in _ADJ_LEADS and not {
                u.lemma for u in toks[i + 2:i + 4]} & {"be", "should", "would", "have", "read", "is"}:
            return True  # "buy the correct version", "the correct way to say it" ("the correct figure is ...": a fix)
    if {t.lemma for t in toks[max(0, first - 6):first]} & {"software", "firmware", "patch", "bug"}:
        return True  # "released a software update correcting the signal indicator": code fixed, not a story
    lows = [t.low for t in toks[first:last + 1]]
    if toks[first].lemma == "fix" and lows[-2:] in (["the", "issue"], ["the", "issues"], ["this", "issue"]) and not {
            t.low for t in toks} & {"magazine", "edition", "print", "printed", "copies", "newspaper", "journal"}:
        return True  # "bumpers that covered the antenna and fixed the issue": a problem solved, no edition put right
    if {"name", "title"} & set(lows) and {"is", "are"} & set(lows) and lows[-1] in ("misleading", "mislead"):
        return True  # "the name is misleading": an opinion of a name now, not a line put right
    if toks[first].low == "original" and {t.lemma for t in toks[max(0, first - 3):first]} & {"see", "read", "view"}:
        return True  # "See the original version of this article on BGR.com": a syndication credit
    return False


def _uninstalled(lem: Lemmas, first: int, last: int) -> bool:
    """ "help them remove the program", "downloaded the product but has since removed it": software removed."""
    span = [t.low for t in lem.tokens[first:last + 1]]
    if not set(span) & _REMOVED or not {t.lemma for t in lem.tokens[first:last + 1]} & {"remove", "delete", "erase"}:
        return False
    words = {t.lemma for t in lem.tokens} | {t.low[:-2] for t in lem.tokens if t.low.endswith("ed")}
    return bool(words & _SOFTWARE - {"program", "it"} or "program" in span and {
        t.low for t in lem.tokens} & {"phone", "phones", "computer", "computers", "pc", "pcs", "machine", "machines"})


def _a_product_or_a_source(lem: Lemmas, first: int, last: int) -> bool:
    """ "its painkiller that was withdrawn in 2004", "pulled from sale", "stories pulled from news sources": a product
    taken off the market or items gathered, no publication withdrawn."""
    toks = lem.tokens
    lows = [t.low for t in toks]
    for i in range(first, last + 1):
        if toks[i].lemma not in ("withdraw", "pull", "remove", "recall"):
            continue
        after = lows[i + 1:i + 7]
        if after[:1] == ["from"] and (set(after[1:]) & _SOURCES or set(after[1:]) & _MARKETS and (
                set(lows) & _PRODUCTS or not set(lows) & _PRINTED)):
            return True
        rel = max((j for j in range(max(0, i - 4), i) if lows[j] in ("that", "which")), default=-1)
        if rel > 0 and lows[rel - 1] in _PRODUCTS:
            return True
    return False


def _no_comment(lem: Lemmas, first: int, last: int) -> bool:
    """ "Sorry, I don't have anything to say about this", "I'm sorry, but I can't comment": a refusal, said politely."""
    toks = lem.tokens
    if toks[first].low != "sorry":
        return False
    after = [t.lemma for t in toks[first + 1:first + 10]]
    return bool({"not", "no", "nothing", "cannot"} & set(after)) and bool(_TALK & set(after))


def _verb_for_a_programme(lem: Lemmas, first: int, last: int) -> bool:
    """ "I am confident that we will show a meaningful increase": the verb "show", no programme stood by."""
    toks = lem.tokens
    nouns = [i for i in range(first, last + 1) if toks[i].lemma in _SBNOUN]
    return bool(nouns) and all(i and toks[i - 1].low in _MODALS for i in nouns)


def _figures_revised(lem: Lemmas, first: int, last: int) -> bool:
    """ "it has revised upwards its 1986 results": a company's figures, not a story updated; "it has expanded beyond
    Nigeria": a thing grown."""
    toks = lem.tokens
    if toks[last].lemma == "expand" and [t.low for t in toks[last + 1:last + 2]] in (
            ["beyond"], ["into"], ["across"], ["to"], ["in"], ["its"], ["their"]):
        return True
    if toks[first].low not in ("it", "they") or not any(t.lemma in ("revise", "update") for t in toks[first:last + 1]):
        return False
    if any(t.lemma == "be" for t in toks[first:last + 1]):
        return False  # "It has been updated to include the latest casualty figures": the piece, updated
    return bool({t.low for t in toks[last + 1:last + 8]} & _FIGURES)


def _denial_sense(lem: Lemmas, first: int, last: int) -> bool:
    toks = lem.tokens
    tok = toks[first]
    prev = toks[first - 1].lemma if first else ""
    after = [t.low for t in toks[last + 1:last + 5]]
    span = [t.low for t in toks[first:last + 1]]
    if tok.lemma in ("call", "label", "brand", "term", "describe") and prev in ("the", "a", "an", "this", "that"):
        return True  # "the term adopted in the 1980s for misleading information": the noun, nothing called false
    if tok.lemma in ("refute", "rebut") and prev == "help":
        return True  # "tools to help refute recruitment messages": a tool's purpose, no report disputed
    if tok.lemma == "rubbish" and prev == "be":
        return True  # "games were rubbish": an opinion of a thing, not a report called untrue
    if tok.lemma == "deny" and set(after[:3]) & _PRIZES:
        return True  # "British stars denied major Oscars": a prize withheld
    held = [t.low for t in toks[first + 1:last + 5]]
    if tok.lemma in ("reject", "turn", "decline", "rebuff") and any(
            w in _JOBS and (j == 0 or held[j - 1] in _JOB_LEADS | {"a", "the", "his", "her"}) for j, w in
            enumerate(held[:3])) and not set(held) & {"that", "report", "reports", "claim", "claims"}:
        return True  # "later rejecting a junior post in Callaghan's administration": a job turned down
    if "claims" in span or "claim" in span:
        at = span.index("claims") if "claims" in span else span.index("claim")
        if {t.lemma for t in toks[max(0, first + at - 6):first + at]} & _APPLICATIONS:
            return True  # "asylum seekers whose claims were clearly unfounded": applications refused
    if tok.lemma == "contest" and (prev in _DETERMINERS or first > 1 and toks[first - 2].low in _DETERMINERS and (
            prev.isalpha())):
        return True  # "win the close contests": matches, not a claim contested
    falses = [i for i in range(first, last + 1) if toks[i].low in _FALSE_WORDS]
    for i in falses:
        nxt = toks[i + 1].low if i + 1 < len(toks) else ""
        if nxt in ("piece", "bit") and [t.low for t in toks[i + 2:i + 3]] == ["of"]:
            nxt = toks[i + 3].low if i + 3 < len(toks) else ""
        if nxt in _POLICIES or nxt.isalpha() and nxt not in _CLAIMISH and toks[i].low in (
                "malicious", "frivolous", "bogus", "spurious") and i < last:
            return True  # "a preposterous piece of legislation", "the most malicious forms steal ...": another noun
    if "bid" in {t.lemma for t in toks[first:last + 1]} and {"offer", "offers"} & {t.low for t in toks}:
        return True  # "there were no bids or offers for milo": a market's quote, no takeover talk denied
    if set(span) & _DOUBTS or {t.lemma for t in toks[first:last + 1]} & _DOUBTS:
        start = max((j + 1 for j in range(first) if toks[j].low in (":", '"', "“", ";")), default=0)
        lead = [t.low for t in toks[start:first] if t.low not in _OPENERS]
        return bool(lead[:1]) and lead[0] in _FACTS  # "This outturn ... cast doubt on the scare stories"
    return False


def _power(lem: Lemmas, i: int) -> bool:
    """ "the charging case", "fast charging", "kept charged by the engine", "keep the phone charged": power."""
    toks = lem.tokens
    lows = [t.low for t in toks]
    if lows[i + 1:i + 2] and lows[i + 1] in _CHARGERS or i and lows[i - 1] in _POWER_LEADS:
        return True
    if "on" in lows[max(0, i - 3):i] and {"a", "one", "single", "full"} & set(lows[max(0, i - 2):i]) and (
            lows[i + 1:i + 2] not in (["of"], ["that"], ["over"])):
        return True  # "will run 360 kilometres on a charge" (not "arrested on a charge of fraud")
    nxt = lows[i + 1] if i + 1 < len(lows) else ""
    return lows[i] == "charged" and nxt not in ("with", "him", "her", "them", "over", "in", "for") and any(
        t.lemma in ("keep", "stay") for t in toks[max(0, i - 4):i])


def _how_often(after: list[str]) -> bool:
    """ "each year", "a month", "annually" in the words after a count: a rate, not one event."""
    if {"annually", "yearly"} & set(after):
        return True
    return any(w in _EVERY and after[j + 1:j + 2] and after[j + 1] in _SPANS and after[j + 2:j + 3] != ["ago"]
               for j, w in enumerate(after))


def _legal_sense(lem: Lemmas, first: int, last: int) -> bool:
    toks = lem.tokens
    lows = [t.low for t in toks]
    for i in range(max(0, first - 2), last + 1):
        t = toks[i]
        if t.lemma in ("fine", "penalty") and lows[i + 1:i + 3] in (["of", "up"], ["up", "to"]):
            return True  # "fines of up to $500,000 could be imposed": a cap, not a penalty imposed
        if t.lemma in ("fine", "penalty") and any(
                toks[j].lemma in _SEEKING and lows[j + 1:j + 2] == ["for"] for j in range(max(0, i - 14), i)):
            return True  # "is set to call for a maximum $3 million fine": sought, not imposed
        if t.low == "convicted" and lows[i + 1:i + 2] and lows[i + 1] in _CONVICTS:
            return True  # "a 59-year-old convicted fraudster": a past verdict named, no case brought now
        if t.low == "charge" and i and lows[i - 1] in ("that", "this", "the") and lows[i + 1:i + 2] in (
                ["was"], ["is"], ["has"]) and {u.lemma for u in toks[i + 2:i + 5]} & {"deny", "reject", "dismiss"}:
            return True  # "That charge was denied by Mr Mandelson": an accusation, no charge brought
        if t.low == "be" and i and lows[i - 1] not in _MODALS | {"not", "n't", "never", "also"} and {
                u.lemma for u in toks[max(0, i - 20):i]} & _PROPOSING and "that" in lows[max(0, i - 20):i]:
            return True  # "plans to recommend that the supply system be charged": proposed, not done
    for i in range(first, last + 1):
        if toks[i].lemma == "charge" and _power(lem, i):
            return True  # "the charging case", "kept charged by the engine": power, not a charge brought
        if lows[i] == "charged" and lows[i + 1:i + 2] and lows[i + 1] in PRICES:
            return True  # "I was charged VAT", "charged customers extra": a price, not a charge brought
        if toks[i].lemma == "petition" and {"chapter", "bankruptcy", "insolvency"} & set(lows[max(0, i - 4):i]) and (
                "involuntary" not in lows[max(0, i - 4):i] and "against" not in lows[i + 1:i + 3]):
            return True  # "filed a voluntary Chapter 11 petition": a debtor's own filing, no case against anyone
        if toks[i].lemma == "complaint" and lows[i + 1:i + 2] == ["about"] and "against" in lows[i + 2:last + 1]:
            return True  # "a complaint about discrimination against men": what the complaint is about
        if toks[i].lemma == "complaint" and (_how_often(lows[i + 1:i + 12]) or any(
                w == "from" and toks[j + 1].lemma == "0" for j, w in enumerate(lows[i + 1:i + 8], i + 1)
                if j + 1 < len(toks))):
            return True  # "receives 200,000 complaints each year", "complaints ... from 145,881 Americans": a count
        if lows[i] in ("claim", "claims") and lows[i + 1:i + 2] and lows[i + 1] in (
                "they", "he", "she", "it", "we", "to") and i == first:
            return True  # "Both companies claim they will launch flights": the verb, no claim lodged
    start = max((j + 1 for j in range(first) if lows[j] in ('"', "“", "'")), default=0)
    present = {"is", "are"} & set(lows[max(0, first - 1):last])
    if lows[start:start + 1] and lows[start] in _CONDITIONS and present and set(lows[last + 1:]) & _RULES:
        return True  # "Where an offender is convicted of murder, the court must pass a life sentence": a statute
    return False


# A general paper's other senses of a notice's words, by kind.
SENSES: Senses = {
    "correction": (_correction_sense,),
    "retraction": (_uninstalled, _a_product_or_a_source),
    "apology": (_no_comment,),
    "stands_by": (_verb_for_a_programme,),
    "update": (_figures_revised,),
    "denial": (_denial_sense,),
    "legal_action": (_legal_sense,),
}
