"""Set phrases and page furniture that hold a notice's words (pure): idioms of speech, and the text a news page
wraps round an article, with no follow-up in them.

An event "free of charge" costs nothing, a product's "use cases" are its uses (a new chain "brings about new use
cases"), regulators who "get their houses in order" tidy up, and one who "brought up the case" mentions it (no legal
action). "Ask forgiveness, not permission" is a maxim (no apology). A speaker who finds a rule "refreshing" refreshes
no story (no update). A page's "Remove Ad" button beside "Advertisement" withdraws no publication (no retraction). A
judge who "denied the agency's motion" or "denied its bid to appeal", a commission's "denial of the listing", and a
rehearing sought "(denied by the board)" are requests turned down: a ruling or a refusal, nobody's report disputed (no
denial; the ruling itself is read as legal action by its own rules).
`news_senses.not_in_the_news` asks its `SENSES`.
"""

from __future__ import annotations

from monitor.detect.lemmas import Lemmas, Senses

# What a court or an authority turns down when it "denies" one: a request, not a report.
_REQUESTS = {"motion", "motions", "appeal", "appeals", "request", "requests", "application", "applications", "bid",
             "bids", "petition", "petitions", "ability", "listing", "listings", "approval", "bail", "permit",
             "permits", "license", "licence", "licenses", "licences", "exemption", "waiver", "entry", "visa",
             "rehearing"}
# What a party denies that says a denial is one: a report or a claim, said before any request word.
_REPORTS = {"report", "reports", "claim", "claims", "allegation", "allegations", "rumour", "rumours", "rumor",
            "rumors", "story", "stories", "suggestion", "suggestions", "that", "accusation", "accusations"}
# What an ad button says beside the word for withdrawing: page furniture.
_ADS = {"ad", "ads", "advert", "adverts", "advertisement", "advertisements"}


def _idiom_not_a_case(lem: Lemmas, first: int, last: int) -> bool:
    """ "free of charge", "new use cases", "get their houses in order": no legal act."""
    toks = lem.tokens
    for i in range(first, min(last + 1, len(toks))):
        low = toks[i].low
        if low == "charge" and i >= 2 and toks[i - 1].low == "of" and toks[i - 2].low == "free":
            return True
        if low in ("case", "cases") and i >= 1 and toks[i - 1].low == "use":
            return True
        if low == "order" and i >= 2 and toks[i - 1].low == "in" and toks[i - 2].low in ("house", "houses", "affairs"):
            return True
        if toks[i].lemma == "bring" and i + 1 < len(toks) and toks[i + 1].low == "up":
            return True  # "she brought up the case again": mentioned, not brought
    return False


def _forgiveness_not_permission(lem: Lemmas, first: int, last: int) -> bool:
    """ "ask forgiveness, not permission" as a way of doing business: a maxim, nobody's apology."""
    toks = lem.tokens
    return any(t.low == "forgiveness" and any(u.low == "permission" for u in toks[i + 1:i + 6])
               for i, t in enumerate(toks[first:last + 2], first))


def _refreshing(lem: Lemmas, first: int, last: int) -> bool:
    """ "It's refreshing to see the agency ...": a speaker's relief, no story refreshed."""
    return any(t.low == "refreshing" for t in lem.tokens[first:last + 1])


def _ad_button(lem: Lemmas, first: int, last: int) -> bool:
    """ "Story continues below Advertisement Remove Ad": a page's ad button, nothing withdrawn."""
    toks = lem.tokens
    return any(toks[i].lemma == "remove" and i + 1 < len(toks) and toks[i + 1].low in _ADS
               for i in range(first, min(last + 1, len(toks))))


def denies_doing(lem: Lemmas, at: int) -> bool:
    """Whether the verb "deny" at `at` takes a deed ("denied planning an offer", "has long denied receiving
    subsidies"): the words after the gerund are what the deed is about, not what is refused ("an offer")."""
    nxt = lem.tokens[at + 1:at + 2]
    return lem.tokens[at].lemma == "deny" and bool(nxt) and nxt[0].low.endswith("ing") and nxt[0].lemma != nxt[0].low


def _a_request_refused(lem: Lemmas, first: int, last: int) -> bool:
    """ "Torres denied the agency's motion", "the commission's denial of listing the trust": a request turned down."""
    toks = lem.tokens
    for i in range(first, min(last + 1, len(toks))):
        if toks[i].lemma not in ("deny", "denial") or denies_doing(lem, i):
            continue
        if toks[i].low == "denied" and i and toks[i - 1].low in ("(", "was", "were", "been") and any(
                t.low in _REQUESTS or t.lemma == "request" for t in toks[max(0, i - 5):i - 1]):
            return True  # "sought a rehearing (denied by the commission)": the request turned down
        for t in toks[i + 1:i + 7]:
            if t.low in _REPORTS:
                break  # "denied a report that it had bid": the report is what is denied
            if t.low in _REQUESTS:
                return True
    return False


SENSES: Senses = {
    "legal_action": (_idiom_not_a_case,),
    "apology": (_forgiveness_not_permission,),
    "update": (_refreshing,),
    "retraction": (_ad_button,),
    "denial": (_a_request_refused,),
}
