"""Business and court news's other senses of a notice's words (pure): what a company, a court or a market does.

A firm "is expanding its partnership" or "has updated its filings" (its own business, not this story updated); a
court that "dismissed claims over the remainder" (a ruling, not a denial); funds "withdrawn from the treasury",
an app or a feature removed, a drug recalled, books "scrubbed clean", pages redacted, documents seized by agents
(no publication withdrawn); "this policy is wrong", statistics revised or "approximately reversed", a software
fault corrected (no error in a piece); "the CLARITY Act" (a bill named, nothing clarified); "potential charges",
"prosecutors are preparing charges", "a fine had been expected", "the suit will be filed" (no act yet).
`senses.not_this_kind` asks `not_in_business`.
"""

from __future__ import annotations

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
            "developers", "developer", "engineers", "patch", "exploit", "fallback", "oracle", "node", "nodes"}
# A piece's marks in a sentence about a reversal or a revision: "in an earlier version", "as originally reported".
_PIECE_MARKS = _PUBLICATIONS | {"version", "earlier", "previously", "incorrectly", "mistakenly", "erroneously",
                               "inadvertently", "error", "mistake", "graphic", "caption", "table", "chart", "editor"}
_STATISTICS = {"revise", "revision", "revised", "data", "output", "estimate", "estimates", "measure", "gdp",
               "payrolls", "statistics", "index", "reading"}
_APPROXIMATELY = {"approximately", "roughly", "largely", "partly", "broadly", "nearly", "almost", "more", "somewhat"}
# What marks a legal act as not yet done: "potential charges", "preparing charges", "studying fining".
_NOT_YET = {"potential", "possible", "prospective", "likely", "preparing", "studying", "studies", "considering",
            "weighing", "mulling", "planned", "planning", "expected"}
_COURTS = {"judge", "court", "courts", "justice", "ruling", "decision", "decisions", "appellate", "appeals", "jury",
           "panel", "tribunal", "agreement", "settlement", "prejudice", "sued", "lawsuit", "lawsuits", "complaint"}
_DISMISSED = {"claim", "claims", "allegation", "allegations", "count", "counts", "charge", "charges", "suit",
              "lawsuit", "case", "complaint", "portion", "part", "much", "most", "some"}


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
    nouns = {t.low for t in toks if t.low in _PUBLICATIONS}
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
    window = {t.low for t in toks[max(0, first - 3):last + 4]}
    if window & _SYSTEMS - {"issue", "issues"} and not nouns and span & {"error", "mistake", "correct", "fix", "bug"}:
        return True  # "because of an integration error", "developers corrected the issue": a system's fault
    return False


def _not_yet(lem: Lemmas, first: int, last: int) -> bool:
    """A legal act named as possible, planned or expected: "faces an array of potential charges", "prosecutors are
    preparing charges", "was studying fining Vodafone", "a fine had been expected", "the lawsuit will be filed"."""
    toks = lem.tokens
    near = {t.low for t in toks[max(0, first - 3):last + 1]}
    if near & _NOT_YET:
        return True
    after = [t.low for t in toks[last + 1:last + 9]]
    after = after[:next((j for j, w in enumerate(after) if w in (",", "which", "that", "who", "and")), len(after))]
    if {("been", "expected"), ("is", "expected"), ("was", "expected"), ("been", "discussed")} & set(
            zip(after, after[1:], strict=False)):
        return True  # "a fine of the order of $450 million had been expected"
    lead = [t.low for t in toks[max(0, first - 3):first]] + [t.low for t in toks[first:last + 1]]
    if "will" in lead and "be" in lead and toks[last].low.endswith("ed"):
        return True  # "the lawsuit will be filed in federal court"
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
    words = {t.low for t in toks} | {t.lemma for t in toks}
    return bool(words & _COURTS)


def not_in_business(lem: Lemmas, first: int, last: int, kind: str, before: list[str]) -> bool:
    """Whether a match is one of business and court news's other senses of a notice's words."""
    if kind == "update":
        return _update_of_business(lem, first, last)
    if kind == "retraction":
        return _not_withdrawn(lem, first, last, before)
    if kind == "correction":
        return _not_an_error_of_ours(lem, first, last)
    if kind == "legal_action":
        return _not_yet(lem, first, last)
    if kind == "denial":
        return _court_dismissal(lem, first, last)
    if kind == "clarification":
        return any(t.low == "clarity" and lem.tokens[i + 1:i + 2] and lem.tokens[i + 1].text in ("Act", "Bill")
                   for i, t in enumerate(lem.tokens[first:last + 1], first))  # "the CLARITY Act": a bill's name
    return False
