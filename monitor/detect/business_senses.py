"""Business and court news's other senses of a notice's words (pure): what a company, a court or a market does.

A firm "is expanding its partnership" or "has updated its filings" (its own business, not this story updated); a
court that "dismissed claims over the remainder" (a ruling, not a denial); funds "withdrawn from the treasury",
an app or a feature removed, a drug recalled, books "scrubbed clean", pages redacted, documents seized by agents
(no publication withdrawn); "this policy is wrong", statistics revised or "approximately reversed", a software
fault corrected (no error in a piece); "the CLARITY Act" (a bill named, nothing clarified); "potential charges",
"prosecutors are preparing charges", "a fine had been expected", "the suit will be filed" (no act yet); a riot line
or a bull "charging", loans "charging higher rates", "charged with putting together a package", "in the case of",
claims filed with a trustee, a standing rule, a consumer warning (no legal act); voters who "rejected it", stocks
that "brushed off the news", a regulator that "does not view memecoins as securities", "a wrong signal", a
dispute settled, "rebuttal witnesses", "that figure is purely speculative", a prediction called misleading (no
denial); "barred from ever bringing an action" (no legal act). `senses.not_this_kind` asks `not_in_business`.
"""

from __future__ import annotations

from monitor.detect.legal_senses import OFFENCES
from monitor.detect.lemmas import Lemmas
from monitor.detect.wordsets import SETS

_STORY_WORDS = set(SETS["STORY"].split("|"))
_PIECE_LEMMAS = _STORY_WORDS | set(SETS["PART"].split("|")) | {
    "correction", "clarification", "note", "guide", "list", "live", "thread", "information", "detail", "comment",
    "response", "reaction", "context", "background", "material", "development", "image"}
# The words for a publication alone (STORY also holds "feature", "issue", "release", "listing", "book", "news"):
# what an update of this story or a withdrawal of a piece names.
_PUBLICATIONS = {"story", "article", "report", "post", "piece", "column", "blog", "newsletter", "video", "graphic",
                 "caption", "obituary", "review", "explainer", "editorial", "photo", "photograph", "picture", "tweet",
                 "podcast", "broadcast", "segment", "essay", "interview", "op-ed", "infographic", "bulletin",
                 "headline", "paper", "study", "letter", "edition", "version", "page", "entry", "live", "thread",
                 "paragraph", "sentence", "passage", "spelling", "quote", "correction", "note", "coverage", "stories",
                 "articles", "reports", "posts", "pieces", "videos", "tweets", "headlines", "papers", "studies"}
_PRIVATE = {"conversation", "chat", "chats", "dm", "dms", "screenshot", "attacker", "scammer", "scammers", "hacker",
            "telegram", "whatsapp", "signal", "inbox"}
_UPDATE_VERBS = {"update", "expand", "revise", "refresh"}
# What an object after "updated" may start with: "updated its S-1 filings", "expanding the partnership".
_OBJECT_STARTS = {"its", "their", "his", "her", "the", "a", "an", "our", "my", "your"}
_WHEN = {"day", "morning", "afternoon", "evening", "night", "week", "hour", "following", "next", "same", "time"}
# What is removed, withdrawn or pulled that is no publication: a product's parts, money, rules.
_NOT_PUBLISHED = {"feature", "features", "app", "apps", "application", "applications", "barrier", "barriers",
                  "button", "buttons", "option", "options", "tool", "tools", "function", "functionality", "pair",
                  "pairs", "fee", "fees", "limit", "limits", "restriction", "restrictions", "cap", "caps", "fund",
                  "funds", "money", "cash", "liquidity", "collateral", "deposit", "deposits", "troops", "staff",
                  "hurdle", "hurdles", "obstacle", "obstacles", "friction", "requirement", "requirements", "tariff",
                  "tariffs", "subsidy", "subsidies", "stake", "stakes", "asset", "assets", "product", "products"}
# Where money is withdrawn from: "withdrew them from the treasury".
_MONEY_PLACES = {"treasury", "account", "accounts", "wallet", "wallets", "bank", "banks", "exchange", "exchanges",
                 "pool", "pools", "vault", "vaults", "reserve", "reserves", "fund", "funds", "protocol", "contract",
                 "atm", "balance"}
_SEIZERS = {"agent", "agents", "raid", "raids", "searched", "seized", "investigators", "authorities"}
_REDACTED_PARTS = {"page", "pages", "portion", "portions", "name", "names", "section", "sections", "line", "lines",
                   "document", "documents", "record", "records", "total", "file", "files", "passage", "passages"}
# What is recalled that is a product: "the drug was recalled in Europe".
_PRODUCTS = {"drug", "drugs", "medicine", "medicines", "car", "cars", "vehicle", "vehicles", "product", "products",
             "device", "devices", "model", "models", "batch", "batches", "toy", "toys", "food", "pill", "pills",
             "airbag", "airbags", "tablet", "tablets", "unit", "units", "safety", "defect", "defects", "findings",
             "patients", "market", "markets", "shelves", "stores"}
_SEIZURE = {"operation", "seizure", "seized", "outage", "attack", "attacks", "hack", "hacked", "hackers", "ddos",
            "maintenance", "enforcement", "authorities", "police"}
# What a fault is in when it is a system's, not a piece's: "an integration error", "developers corrected the issue".
_SYSTEMS = {"integration", "software", "hardware", "coding", "code", "bug", "bugs", "glitch", "glitches", "issue",
            "issues", "vulnerability", "flaw", "flaws", "system", "systems", "network", "technical", "pointer",
            "checkpoint", "configuration", "server", "servers", "firmware", "smart", "contract", "rounding",
            "developers", "developer", "engineers", "patch", "exploit", "fallback", "oracle", "node", "nodes",
            "billing", "payroll", "database", "databases", "app", "apps", "algorithm", "calculator", "accounting",
            "earnings", "computer", "computers", "operator", "machine"}
# What an earlier figure was when it was held, not published: "in the pump, not the valve, as had been thought".
_HELD = {"believe", "think", "expect", "fear", "assume", "suppose", "suspect", "estimate", "forecast", "project",
         "plan", "schedule", "hope", "anticipate", "thought"}
# Words before a piece's name that make it a verb: "said it will report a weakness".
_VERB_MARKS = {"will", "would", "to", "may", "might", "could", "should", "must", "cannot", "can"}
# A piece's marks in a sentence about a reversal or a revision: "in an earlier version", "as originally reported".
_PIECE_MARKS = _PUBLICATIONS | {"version", "earlier", "previously", "incorrectly", "mistakenly", "erroneously",
                               "inadvertently", "error", "mistake", "graphic", "caption", "table", "chart", "editor"}
_STATISTICS = {"revise", "revision", "revised", "data", "output", "estimate", "estimates", "measure", "gdp",
               "payrolls", "statistics", "index", "reading", "domestic", "deficit", "inflation", "unemployment",
               "jobless"}
_APPROXIMATELY = {"approximately", "roughly", "largely", "partly", "broadly", "nearly", "almost", "more", "somewhat"}
# What marks a legal act as not yet done: "potential charges", "preparing charges", "studying fining".
_NOT_YET = {"potential", "possible", "prospective", "likely", "preparing", "studying", "studies", "considering",
            "weighing", "mulling", "planned", "planning", "expected"}
_AUXILIARIES = {"is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "may"}
_COURTS = {"judge", "court", "courts", "justice", "ruling", "decision", "decisions", "appellate", "appeals", "jury",
           "panel", "tribunal", "agreement", "settlement", "prejudice", "sued", "lawsuit", "lawsuits", "complaint"}
_DISMISSED = {"claim", "claims", "allegation", "allegations", "count", "counts", "charge", "charges", "suit",
              "lawsuit", "case", "complaint", "portion", "part", "much", "most", "some"}


_CHARGERS = {"riot", "protesters", "protester", "crowd", "crowds", "cavalry", "bull", "bulls", "bear",
             "bears", "troops", "horses", "horse", "rhino", "elephant", "batons", "demonstrators"}
_CHARGED_WITH = {"court", "prosecutor", "prosecutors", "fraud", "guilty", "criminal", "count", "counts", "indictment",
                 "murder", "assault", "under", "section", "arrested", "arrest", "custody", "offence", "offense",
                 "accused", "association", "federation", "fa", "disciplinary", "misconduct", "breach", "breaches"}
# What a seller charges, as a price: "charges a 2% fee", "I was charged VAT", "has been charging royalties".
PRICES = {"rate", "rates", "fee", "fees", "interest", "price", "prices", "premium", "premiums", "percent", "commission",
          "commissions", "$", "%", "£", "€", "tariff", "tariffs", "toll", "tolls", "rent", "vat", "tax", "taxes",
          "surcharge", "surcharges", "dollars", "pounds", "euros", "cents", "pence", "customers", "consumers", "users",
          "passengers", "extra", "royalty", "royalties", "subscription", "subscriptions", "admission", "postage",
          "dues", "markup", "markups", "shipping"}
_TASKS = {"put", "oversee", "lead", "draft", "develop", "build", "review", "manage", "coordinate", "find", "devise",
          "implement", "prepare", "design", "write", "organise", "organize", "craft", "rebuild", "reform", "steer",
          "negotiate", "evaluate", "assess", "supervise", "monitor", "ensure", "run", "set", "come", "draw", "map"}
# What claims are paid from rather than pressed in court: "customers who filed claims with the trustee".
_PAYOUTS = {"trustee", "trustees", "voucher", "vouchers", "refund", "refunds", "reimbursement", "insurer",
            "insurers", "policyholders", "administrator", "liquidator", "liquidators", "rebate", "rebates"}
# Who rejects by a vote, or what is rejected that is put to a vote: "voters rejected it in 2009".
_VOTERS = {"voters", "electorate", "lawmakers", "legislators", "parliament", "senate", "congress", "shareholders",
           "stockholders", "members", "delegates", "treaty", "referendum", "bill", "motion", "ballot"}
# What brushes off news without denying it: "stocks mostly brushed off the bearish news".
_MARKETS = {"stocks", "markets", "market", "investors", "shares", "traders", "indexes", "indices", "index", "bonds",
            "equities", "dollar", "futures", "prices", "bitcoin", "crypto", "stock", "investor", "share", "trader",
            "bond", "equity", "price"}
_FORECASTS = {"figure", "figures", "number", "numbers", "estimate", "estimates", "forecast", "target", "price",
              "projection", "prediction", "hype", "valuation", "scenario", "outlook", "idea", "investment", "bet",
              "asset", "thesis", "pick"}
_VIEWS = {"view", "consider", "regard", "deem", "see", "treat", "classify"}
# What a "wrong" course or signal is: "a wrong signal", "the wrong direction".
_COURSES = {"signal", "signals", "direction", "message", "way", "track", "path", "turn", "moment", "time", "approach",
            "side", "hands", "foot", "places", "place", "trees", "tree", "end"}


def _update_of_business(lem: Lemmas, first: int, last: int) -> bool:
    """"is expanding its partnership", "has updated its S-1 filings", "the ecosystem is expanding": a firm's
    business updated or growing, where a notice says a story "has been updated" (to include, with, at 4 pm)."""
    toks = lem.tokens
    for i in range(first, min(last + 1, len(toks))):
        if toks[i].lemma not in _UPDATE_VERBS:
            continue
        ahead = [t for t in toks[i + 1:i + 8] if not t.low.endswith("ly")]
        heads = {t.lemma for t in ahead[:5]} | {t.low for t in ahead[:5]}
        if heads & _PUBLICATIONS:
            return False  # "we are updating this story", "has updated the headline"
        if toks[i].low.endswith("ing") and not (ahead and ahead[0].low in ("to", "with")):
            return True  # "it has been expanding its line of phones", "the ecosystem is expanding"
        if ahead and ahead[0].low in _OBJECT_STARTS and not heads & _WHEN:
            return True  # "Grayscale has updated its S-1 filings", "said it had updated its position"
    return False


def _not_withdrawn(lem: Lemmas, first: int, last: int, before: list[str]) -> bool:
    """A retraction's words said of a product, money, rules, evidence or a drug: nothing published withdrawn."""
    toks = lem.tokens
    span = {t.lemma for t in toks[first:last + 1]}
    ahead = [t.low for t in toks[first + 1:last + 6]]
    whole = {t.low for t in toks}
    pieces = {w for j, w in enumerate(ahead[:5]) if w in _PUBLICATIONS and ahead[j + 1:j + 2] != [] and (
        ahead[j + 1] not in _NOT_PUBLISHED)}  # "removing entry barriers": a modifier, not a blog entry
    if set(ahead[:5]) & _NOT_PUBLISHED and not pieces:
        return True  # "removed a new Google Earth feature", "by removing entry barriers", "removed it and similar apps"
    if "from" in ahead and set(ahead[ahead.index("from") + 1:ahead.index("from") + 4]) & _MONEY_PLACES:
        return True  # "maliciously withdrew them from the treasury": money, not a statement
    after = [t.low for t in toks[last + 1:last + 5]]
    if "from" in after[:2] and set(after) & _MONEY_PLACES:
        return True
    if "circulation" in after and (whole & {"burn", "burned", "burnt", "supply", "token", "tokens", "coins"} or any(
            t.lemma == "0" for t in toks)):
        return True  # "permanently removing them from circulation": a burn
    if set(before[-8:]) & _SEIZERS and span & {"remove", "take", "seize"}:
        return True  # "agents searched and removed documents": evidence seized
    if "redact" in span and set(ahead) & _REDACTED_PARTS:
        return True  # "the FDIC has redacted a total of 53 pages": parts blacked out of a release
    if any(t.lemma == "recall" and not t.low.endswith("ed") for t in toks[first:last + 1]):
        return True  # "later recalls in a magazine that": remembers
    if span & {"message", "email"} and whole & _PRIVATE and not whole & _PUBLICATIONS:
        return True  # "screenshot his conversation before the messages were deleted": private messages
    if ("book" in span or "books" in ahead[:5]) and "clean" in after[:2] + ahead[:6]:
        return True  # "scrubbing their books clean": accounts cleaned
    if "recall" in span and (whole & _PRODUCTS or after[:1] == ["in"] and toks[last + 2:last + 3] and toks[
            last + 2].text[:1].isupper()):
        return True  # "it was recalled in Europe following those findings": a drug recalled
    if {t.low for t in toks[first:last + 2]} & {"offline"} and whole & _SEIZURE:
        return True  # "taken offline in a U.S.-led operation": an exchange seized, not a piece pulled
    return False


def _not_an_error_of_ours(lem: Lemmas, first: int, last: int) -> bool:
    """A correction's words about a policy, a statistic or a system: "This policy is wrong", "the Fed revised its
    measure ... not 0.5 percent as originally reported", "the figure was approximately reversed", "an integration
    error", "developers corrected the issue"."""
    toks = lem.tokens
    tok = toks[first]
    lows = {t.low for t in toks}
    nouns = {t.low for i, t in enumerate(toks) if t.low in _PUBLICATIONS and not (i and toks[i - 1].low in _VERB_MARKS)}
    nxt = toks[first + 1] if first + 1 < len(toks) else None
    if tok.lemma in ("this", "that") and nxt is not None and nxt.low.isalpha() and nxt.lemma not in (
            _PIECE_LEMMAS | {"be", "have", "was", "is"}) and nxt.low not in ("is", "was", "'s"):
        return True  # "This policy is wrong": a policy judged, not a piece
    span = {t.lemma for t in toks[first:last + 1]}
    if span & {"reverse", "swap", "switch"} and {t.low for t in toks[first:last + 1]} & _APPROXIMATELY and not (
            lows & _PIECE_MARKS):
        return True  # "on the Nasdaq the figure was approximately reversed": a market's statistic
    if {t.lemma for t in toks} & {"revise", "revision"} and lows & _STATISTICS and not nouns and not (
            lows & (_PIECE_MARKS - _PUBLICATIONS - {"error", "mistake"})):
        return True  # "the Fed revised its measure ... not 0.5 percent as originally reported": data revised
    window = {t.low for t in toks[max(0, first - 3):last + 6]}  # "corrected the error in its billing system"
    if window & _SYSTEMS - {"issue", "issues"} and not nouns and span & {"error", "mistake", "correct", "fix", "bug",
                                                                      "glitch", "oversight"}:
        return True  # "because of an integration error", "due to a computer glitch": a system's fault
    after = toks[last + 1:last + 3]
    if "as" in span and ({t.lemma for t in after} | {t.low for t in after}) & _HELD:
        return True  # "in the valve, not the pump, as had been previously thought": a belief revised, not a piece
    return False


def _not_yet(lem: Lemmas, first: int, last: int) -> bool:
    """A legal act named as possible, planned or expected: "faces an array of potential charges", "prosecutors are
    preparing charges", "was studying fining Vodafone", "a fine had been expected", "the lawsuit will be filed"."""
    toks = lem.tokens
    near = {t.low for t in toks[max(0, first - 3):last + 1]}
    if near & _NOT_YET:
        return True
    after = [t.low for t in toks[last + 1:last + 15]]
    clause = after[:next((j for j, w in enumerate(after) if w in (",", "which", "who", ";") or w == "and" and (
        after[j + 1:j + 2] and after[j + 1] in _AUXILIARIES)), len(after))]  # "pleaded not guilty and is expected"
    if {("been", "expected"), ("is", "expected"), ("was", "expected"), ("been", "discussed")} & set(
            zip(clause, clause[1:], strict=False)):
        return True  # "a fine of the order of $450 million had been expected", "a fine ... has been discussed"
    if clause[:3] in (["that", "will", "be"], ["which", "will", "be"]) or clause[:4] == ["that", "would", "be"]:
        return True  # "an array of cases that will be brought"
    lead3 = [t.low for t in toks[max(0, first - 4):last + 1]]
    if "due" in lead3 and lead3[lead3.index("due") - 1:lead3.index("due")] in (["is"], ["are"], ["was"]):
        return True  # "a Dutch court is due to rule in early July"
    lead = [t.low for t in toks[max(0, first - 3):first]] + [t.low for t in toks[first:last + 1]]
    if "will" in lead and "be" in lead[lead.index("will"):]:
        return True  # "the lawsuit will be filed in federal court"
    return False


def _barred(lem: Lemmas, first: int) -> bool:
    """"barred from ever bringing an enforcement action": a right taken away by a statute, no act brought."""
    lead = [t.lemma for t in lem.tokens[max(0, first - 4):first]]
    return "from" in lead and bool(set(lead[:lead.index("from")]) & {
        "bar", "prohibit", "ban", "prevent", "preclude", "block", "stop", "forbid"})


def _not_a_legal_act(lem: Lemmas, first: int, last: int) -> bool:
    """A legal act's words in business news's other senses: a crowd or a bull charging, loans "charging higher
    rates", "in the case of", "demand from our clients", claims filed with a trustee or for vouchers, a standing
    rule ("currently requires foreign trading firms to"), a consumer warning, "charged with putting together"."""
    toks = lem.tokens
    lows = {t.low for t in toks}
    for i in range(first, min(last + 1, len(toks))):
        tok = toks[i]
        nxt = [t.low for t in toks[i + 1:i + 5]]
        if tok.lemma == "charge" and lows & _CHARGERS and not lows & _CHARGED_WITH and nxt[:1] not in (
                ["with"], ["for"], ["of"], ["over"]):
            return True  # "police occasionally launching charges to disperse them", "the bull is charging"
        if tok.lemma == "charge" and set(nxt) & PRICES and not {"with", "of", "over"} & set(nxt[:2]):
            return True  # "loans charging higher rates", "charges a 2% fee": a price asked
        if tok.lemma == "charge" and nxt[:1] == ["with"] and toks[i + 2:i + 3] and toks[i + 2].low.endswith(
                "ing") and toks[i + 2].lemma in _TASKS and not {t.low for t in toks[i + 2:i + 9]} & OFFENCES:
            return True  # "who has been charged with putting together a package": a task given
        if tok.lemma == "case" and i > 1 and [t.low for t in toks[i - 2:i]] == ["in", "the"] and nxt[:1] == ["of"]:
            return True  # "in the case of marketable debt": as for, not a lawsuit
        if tok.lemma == "demand" and nxt[:1] in (["from"], ["for"]):
            return True  # "support demand from our institutional clients": a market's demand
        if tok.lemma == "claim" and lows & _PAYOUTS and not lows & _COURTS:
            return True  # "customers who filed claims", "dealers submitted claims for vouchers": payouts
        if tok.low in ("requires", "require") and "to" in nxt and any(
                w.endswith("s") and w.isalpha() for w in nxt[:nxt.index("to")]):
            return True  # "the SEC currently requires foreign trading firms to comply": a standing rule
        if tok.lemma == "warning" and (nxt[:1] in (["over"], ["about"], ["that"], ["against"], ["on"]) or (
                toks[i - 1].low in ("urgent", "stern", "public", "consumer") if i else False)):
            return True  # "issues urgent warning over romance scams": an alert to the public, not an order
    return False


def _not_denying(lem: Lemmas, first: int, last: int, before: list[str]) -> bool:
    """A denial's words for a vote, a market's mood, a regulator's view or a wrong course: "voters rejected it",
    "stocks brushed off the bearish news", "does not view memecoins as securities", "a completely wrong signal",
    "heading in the wrong direction", "no basis to conclude", "last year's dispute that halved its sales"."""
    toks = lem.tokens
    span = {t.lemma for t in toks[first:last + 1]}
    if span & {"reject", "vote"} and (set(before[-6:]) & _VOTERS or {t.low for t in toks} & {"treaty", "referendum"}):
        return True
    if span & {"brush", "shrug", "dismiss", "ignore"} and set(before[-4:]) & _MARKETS:
        return True  # "stocks mostly brushed off the bearish news": a market unmoved, nothing denied
    if "dispute" in span and {t.lemma for t in toks[max(0, first - 5):first]} & {"settle", "resolve", "end"}:
        return True  # "Nike and StockX settle NFT trademark dispute": a case ended
    if "rebuttal" in span and [t.low for t in toks[last + 1:last + 2]] in (["expert"], ["witness"], ["witnesses"], [
            "testimony"], ["evidence"], ["brief"]):
        return True  # "a string of rebuttal expert witnesses": a trial's order of witnesses
    if span & _VIEWS and span & {"not", "no", "never"} and "as" in [t.low for t in toks[last + 1:last + 5]]:
        return True  # "says it does not view memecoins as securities": a regulator's reading of a rule
    if toks[last].low in ("wrong", "false") and toks[last + 1:last + 2] and toks[last + 1].low.isalpha() and (
            toks[last + 1].low in _COURSES):
        return True  # "would send a completely wrong signal", "heading in the wrong direction"
    if any(t.low == "wrong" and toks[i + 1:i + 2] and toks[i + 1].low in _COURSES
           for i, t in enumerate(toks[max(0, first - 2):last + 2], max(0, first - 2))):
        return True
    near = {t.lemma for t in toks[first:last + 2]} | {t.low for t in toks[first:last + 2]}
    if "speculative" in near and near & _FORECASTS:
        return True  # "that figure is purely speculative", "not merely speculative hype": hedging, nothing denied
    if span & {"prediction", "forecast", "projection", "target"}:
        return True  # "called the prediction misleading": a forecast doubted, not a report denied
    words = {t.low for t in toks}
    if span & {"it", "they"} and words & {"hit", "reach", "top", "surpass"} and "$" in words and words & {
            "will", "won't", "could", "can"}:
        return True  # "he dismissed it outright: the coin will not hit $100,000": a price target
    if any(t.low == "basis" and [u.low for u in toks[i + 1:i + 2]] == ["to"] for i, t in enumerate(
            toks[first:last + 2], first)):
        return True  # "there's no basis to conclude they are changing": no reason, nothing denied
    if "dispute" in span and any(t.low in ("'s", "’s") for t in toks[max(0, first - 2):first]) and (
            [t.low for t in toks[last + 1:last + 2]] == ["that"] or toks[last].low == "that"):
        return True  # "last year's dispute that halved its sales": a quarrel, not a report disputed
    return False


def _court_dismissal(lem: Lemmas, first: int, last: int) -> bool:
    """"Lungstrum dismissed claims on two-thirds of these", "the appellate division dismissed two legal claims",
    "dismissed allegations of common law fraud", "an agreement that dismisses all claims": a court's or the parties'
    act in a case, not a report denied (a party "dismissed the claims as baseless" still denies)."""
    toks = lem.tokens
    span = [t.low for t in toks[first:last + 1]]
    if not any(t.lemma == "dismiss" for t in toks[first:last + 1]):
        return False
    after = [t.low for t in toks[last + 1:last + 8]]
    if "as" in after or "that" in after[:1] or "as" in span:
        return False  # "dismissed the claims as baseless", "dismissed claims that": a party's denial
    if not set(span) & _DISMISSED:
        return False
    if {t.lemma for t in toks[max(0, first - 8):first]} & _PARTIES:
        return False  # "the exchange dismissed the allegations in the SEC's lawsuit": a party's denial
    words = {t.low for t in toks} | {t.lemma for t in toks}
    return bool(words & _COURTS)


# Who dismisses claims as a party to them, not as their judge: "the company dismissed the claims in the suit".
_PARTIES = {"company", "firm", "exchange", "bank", "group", "spokesman", "spokeswoman", "spokesperson",
            "representative", "lawyer", "attorney", "ceo", "executive", "founder", "defendant", "platform",
            "ministry", "government", "kremlin", "official", "he", "she", "they", "we", "it", "i", "statement",
            "spokespeople", "chief", "owner", "operator", "publisher", "newspaper", "broadcaster", "agency"}


def not_in_business(lem: Lemmas, first: int, last: int, kind: str, before: list[str]) -> bool:
    """Whether a match is one of business and court news's other senses of a notice's words."""
    if kind == "update":
        return _update_of_business(lem, first, last)
    if kind == "retraction":
        return _not_withdrawn(lem, first, last, before)
    if kind == "correction":
        return _not_an_error_of_ours(lem, first, last)
    if kind == "legal_action":
        return _not_yet(lem, first, last) or _not_a_legal_act(lem, first, last) or _barred(lem, first)
    if kind == "denial":
        return _court_dismissal(lem, first, last) or _not_denying(lem, first, last, before)
    if kind == "clarification":
        return any(t.low == "clarity" and (lem.tokens[i + 1:i + 2] and lem.tokens[i + 1].text in ("Act", "Bill")
                                           or _clarity_had(lem, i))
                   for i, t in enumerate(lem.tokens[first:last + 1], first))  # "the CLARITY Act": a bill's name
    return False


# Verbs whose object "clarity" is had or wanted, not given: "we got clarity in that case", "we are seeking clarity".
_HAVE_CLARITY = {"get", "gain", "receive", "need", "want", "seek", "lack", "await", "have", "find"}


def _clarity_had(lem: Lemmas, i: int) -> bool:
    """Whether "clarity" at `i` is the object of a verb of having or wanting it ("we also got clarity", "we are
    seeking further clarity"): clearness someone gets, no story of ours made clearer."""
    k = i - 1
    while k >= 0 and i - k <= 3 and lem.tokens[k].low in ("some", "more", "further", "any", "real", "much", "full"):
        k -= 1
    return k >= 0 and lem.tokens[k].lemma in _HAVE_CLARITY
