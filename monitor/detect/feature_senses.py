"""Full articles' other senses of a notice's words (pure): the body of a political, court, celebrity or business
story, read sentence by sentence, where the words come up with no follow-up in them.

A class of people is no party: "a bill against tenants who sue landlords", "drivers who have been prosecuted for
it", "a lifetime ban for anyone who ...", "visitors are required to pay at the gate" and "those who have shown
remorse" name no suit, charge, order or apology. A price is no charge ("the club charging 40 a session"), and a
rival "charged with dodging the question" (or, by anyone but a prosecutor, police or a regulator, with any doing
that is no offence: "charged the governor with changing her story") is accused in a debate; "ordered him to stop
and then fired" is a halt shouted and "pressed the senator on his claims" a question (no legal action). Advice "to
wait a day and make apologies" and "Sorry to break it to you" apologise for nothing. "We learned from their
mistakes" owns no error (no correction). "Dismissing what it calls a landmark", "buyers rejecting them in favour of
hatchbacks", "has called the press dishonest", "has claimed the moon landing was staged", "the mayor's unfounded
claim that ..." (the writer's word) and "lashed out at his former partner after the pictures surfaced" deny no
report (no denial). "A launch scrubbed over a valve fault" and "taken by helicopter to the coast" withdraw nothing
(no retraction); "it has updated its menu" is no story updated (no update), and "a housing policy column" changed
nothing. `news_senses.not_in_the_news` asks its
`SENSES`.
"""

from __future__ import annotations

from monitor.detect.lemmas import Lemmas, Senses
from monitor.detect.wordsets import SETS

# Who a relative clause's class of people is when no one in particular: "anyone who", "those who".
_ANYONE = {"anyone", "anybody", "those", "people", "whoever", "everyone", "everybody", "someone", "others"}
# What makes a plural a particular group rather than a class: "the investors who sued", "two men who were charged".
_PARTICULAR = {"the", "these", "this", "that", "its", "his", "her", "their", "our", "my", "your", "'s", "both", "two",
               "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "0", "dozen", "dozens",
               "some", "most", "all", "many", "few"}
_AUXILIARIES = {"have", "has", "had", "'ve", "be", "been", "being", "are", "were", "was", "is", "ever", "since",
                "previously", "already", "also", "often", "now", "later", "subsequently", "not"}
# A plural whose bare use names a trade's or a place's people in general: "buyers are required to pay".
_PLURAL_EXCEPTIONS = {"news", "times", "always", "perhaps", "is", "was", "has", "its", "his", "this", "thus", "us",
                      "as", "yes", "less", "unless", "across", "access", "business", "congress", "press", "status",
                      "sources", "prosecutors", "officials", "authorities", "regulators", "police", "lawyers",
                      "attorneys", "investigators", "plaintiffs", "shareholders", "investors", "families", "victims"}
# What a rival is "charged with" in a debate: a way of arguing, not a crime.
_DEBATE_FAULTS = {"misrepresent", "misrepresenting", "distort", "distorting", "mislead", "misleading", "lie",
                  "lying", "exaggerate", "exaggerating", "flip-flop", "flip-flopping", "pander", "pandering",
                  "hypocrisy", "politicize", "politicizing", "politicise", "politicising", "smear", "smearing",
                  "ignore", "ignoring", "abandon", "abandoning", "betray", "betraying", "twist", "twisting",
                  "being", "playing", "failing", "fail", "neglect", "neglecting", "undermine", "undermining"}
# What only the law charges a person with, as a verb: "charged him with laundering money" (not "charged his rival
# with shifting his positions": a debate's fault, where no prosecutor, police force or regulator charges).
_OFFENCES = {"defraud", "launder", "possess", "speed", "drive", "murder", "kill", "steal", "assault", "obstruct",
             "conspire", "traffic", "misuse", "bribe", "violate", "breach", "sell", "distribute", "manufacture",
             "attempt", "aid", "abet", "harass", "stalk", "threaten", "kidnap", "impersonate", "file", "tamper",
             "evade", "smuggle", "embezzle", "misappropriate", "import", "export", "operate", "cause", "endanger",
             "resist", "damage", "supply", "deal", "trade", "make", "defame", "commit", "rape", "abuse", "forge",
             "falsify", "hack", "access", "obtain", "receive", "solicit", "incite", "fund", "finance", "support",
             "participate", "organize", "organise", "join", "leak", "spy", "conceal", "destroy", "burn", "rob",
             "burgle", "shoot", "stab", "beat", "injure", "trespass", "carry", "transport", "hold", "use", "produce",
             "grow", "wound", "attack", "defy", "intimidate", "extort", "blackmail", "cheat", "scam", "swindle",
             "poach", "pollute", "dump", "discharge", "run", "market", "advertise", "employ", "hire", "withhold",
             "hide", "submit", "engage", "act", "provide", "pay", "accept", "take", "sexually", "illegally",
             "unlawfully", "fraudulently", "knowingly", "wilfully", "willfully", "recklessly", "dangerously",
             "careless", "driving", "possession", "insider", "spread", "publish", "post", "share", "disseminate",
             "insult", "offend", "disrespect", "undermine", "inciting", "plot", "plan", "help", "assist", "murdering",
             "allow", "permit", "fail", "neglect", "mislead", "lie", "misrepresent", "overcharge", "overbill", "bill",
             "charge", "claim", "collect", "divert", "transfer", "move", "send", "wire", "buy", "acquire", "own",
             "keep", "store", "hoard"}
_CHARGERS = set(SETS["AUTH"].split("|")) | set(SETS["PROSECUTOR"].split("|")) | {
    "police", "fbi", "authorities", "authority", "officials", "state", "jury", "da", "cops", "feds", "investigators",
    "sheriff", "troopers", "officers", "crown", "cps", "irs", "justice", "prosecutors", "regulators", "prosecutors'",
    "federal", "county", "district", "attorney-general", "government", "military", "army", "junta", "regime",
    "kremlin", "beijing", "moscow", "tehran", "iran", "china", "russia", "egypt", "turkey", "saudi", "police's"}
_PRICES = {"0", "$", "£", "€", "¥", "a", "an", "per", "extra", "more", "less", "nothing", "fees", "fee", "customers",
           "users", "buyers", "tenants", "landlords", "residents", "visitors", "passengers", "patients", "students"}
_UNITS = {"a", "an", "per", "each", "pounds", "dollars", "euros", "cents", "pence", "percent", "%", "million",
          "billion", "for", "to", "on"}
_ADVISES = {"advise", "urge", "tell", "ask", "encourage", "want", "press", "persuade", "beg", "implore", "suggest",
            "recommend", "pressure", "convince", "expect"}
_SORRY_IDIOMS = {"be", "tell", "say", "hear", "report", "break", "learn", "see", "bother", "interrupt"}
_OTHERS = {"their", "his", "her", "your", "other", "others'", "someone's"}
_ERRORS = {"mistake", "mistakes", "error", "errors", "blunder", "blunders"}
_RELATIVES = {"what", "which", "whatever"}
# Whom a side is said to call fake as a whole: the press, not a report.
_THE_PRESS = {"media", "medium", "press", "journalists", "reporters", "newspapers", "networks", "news", "pundits",
              "critics", "elites", "pollsters", "polls"}
# What a report or an allegation is called when a claim is about one: "claimed that the reports were false".
_REPORTS = {"report", "reports", "story", "stories", "article", "claim", "claims", "allegation", "allegations",
            "accusation", "accusations", "rumour", "rumours", "rumor", "rumors", "reporting", "coverage", "it", "they",
            "this", "that", "these", "suggestion", "suggestions", "charge", "charges", "account", "accounts", "dossier",
            "book", "interview", "video", "photo", "photos", "picture", "pictures", "tweet", "post", "leak", "leaks"}
_VERBAL_CLAIM = {"claimed", "claiming"}
_HAVE = {"have", "has", "had", "'ve", "who", "also", "previously", "repeatedly", "falsely", "once", "often"}
_WRITERS_ADJECTIVES = {"baseless", "groundless", "unfounded", "unsubstantiated", "bogus", "spurious", "false",
                       "debunked", "discredited", "unproven", "fabricated"}
_POSSESSORS = {"'s", "his", "her", "their", "its"}
_CAUSES = {"due", "because", "amid", "after", "following", "when", "since", "as"}
# What is taken somewhere, not taken down: "taken by helicopter to the coast", "taken to hospital".
_MOVED = {"to", "by", "into", "aboard", "onto", "across", "through", "home", "inside", "outside"}
_LAUNCHES = {"launch", "launches", "liftoff", "lift-off", "flight", "mission", "attempt", "countdown", "test",
             "spacewalk", "game", "match", "race", "rocket"}
# What a firm updates that is no story: its products, its app, its forecast.
_PRODUCTS = {"product", "products", "offering", "offerings", "app", "apps", "software", "feature", "features",
             "service", "services", "platform", "lineup", "line-up", "menu", "fleet", "firmware", "design", "logo",
             "look", "interface", "system", "systems", "forecast", "forecasts", "outlook", "guidance", "device",
             "devices", "model", "models", "range", "catalogue", "catalog", "website", "site", "algorithm", "prices",
             "pricing", "terms", "policy", "policies", "rules", "maps", "map", "browser", "phone", "phones", "car",
             "cars", "vehicle", "vehicles", "brand", "strategy", "plan", "plans", "lineups"}


def _a_class_of_people(lem: Lemmas, first: int, last: int) -> bool:
    """ "women who sue employers", "Americans who have been prosecuted", "anyone who removed", "buyers are
    required to pay": a relative clause's or a bare plural's class of people, no party to an act."""
    toks = lem.tokens
    lows = [t.low for t in toks]
    if _for_anyone(lows, last):
        return True
    i = first - 1
    while i >= 0 and lows[i] in _AUXILIARIES:
        i -= 1
    if i >= 0 and lows[i] == "who":
        i -= 1
    elif toks[first].lemma != "be" or i != first - 1:
        return False
    elif i >= 3 and lows[i - 1] in ("the", "a") and lows[i - 2] in ("in", "at", "of", "on", "from"):
        i -= 3  # "tenants in the tower are required to pay"
    if i < 0:
        return False
    head = lows[i]
    if head in _ANYONE:
        return True
    if toks[i].text[:1].isupper() and i > 0:
        plural = head.endswith(("ans", "ons", "ers", "ists"))
    else:
        plural = head in ("women", "men", "children") or (
            head.endswith("s") and len(head) > 3 and head not in _PLURAL_EXCEPTIONS)
    lead = lows[i - 1] if i else ""
    return plural and lead not in _PARTICULAR and not lead.endswith("'s")


def _for_anyone(lows: list[str], last: int) -> bool:
    """ "imposed a lifetime ban for anyone who ...": a penalty for a class, as a law sets it."""
    after = lows[last + 1:last + 6]
    return any(w == "for" and after[j + 1:j + 3] in (["anyone", "who"], ["those", "who"], ["people", "who"],
                                                     ["anybody", "who"], ["whoever"]) for j, w in enumerate(after))


def _not_a_case(lem: Lemmas, first: int, last: int) -> bool:
    """A class of people, a price charged, or a rival charged in a debate: no legal act."""
    toks = lem.tokens
    if _a_class_of_people(lem, first, last):
        return True
    if _a_command_or_a_question(lem, first, last):
        return True
    for i in range(first, min(last + 1, len(toks))):
        if toks[i].lemma != "charge":
            continue
        nxt = list(toks[i + 1:i + 3])
        price = nxt[:1] and (nxt[0].low in _PRICES and nxt[0].low not in ("a", "an", "0") or nxt[0].lemma == "0" and (
            len(nxt) > 1 and nxt[1].low in _UNITS))  # not "charged 3 men"
        fee = [t.low for t in nxt] in (["a", "fee"], ["a", "premium"], ["a", "price"], ["a", "commission"])
        if toks[i].low in ("charging", "charges", "charge") and (price or fee):
            return True  # "charging 750 a time", "charges customers more"
        after = [t.lemma for t in toks[i + 1:last + 4]]
        if "with" in after:
            verb = [w for w in after[after.index("with") + 1:] if not w.endswith("ly")][:1]
            if verb and verb[0] in _DEBATE_FAULTS:
                return True  # "She charged her rival with constantly changing his story"
            if _a_rivals_charge(lem, i):
                return True
    return False


def _a_command_or_a_question(lem: Lemmas, first: int, last: int) -> bool:
    """ "The guards ordered him to stop and then fired" (a halt, with nothing to stop doing), "pressed the senator on
    his claims that ..." (questioned about a claim, not pressing one in court)."""
    toks = lem.tokens
    lows = [t.low for t in toks]
    for i in range(first, min(last + 1, len(toks))):
        if toks[i].lemma in ("stop", "halt") and i and lows[i - 1] == "to" and (
                i + 1 >= len(toks) or lows[i + 1] in (".", ",", ";", "!", "and", "but", "or", '"', "'")):
            return True
        if toks[i].lemma == "press" and any(w in ("on", "about", "over") for w in lows[i + 1:last]):
            return True
    return False


def _a_rivals_charge(lem: Lemmas, i: int) -> bool:
    """ "Dalton charged Pruitt with changing his positions", "the mayor charged the council with dragging its feet":
    someone not a prosecutor, police force or regulator charges a party with doing what is no offence."""
    toks = lem.tokens
    if toks[i].low not in ("charged", "charges", "charging") or i + 2 >= len(toks) or toks[i + 1].low == "with":
        return False
    back = [t for t in toks[max(0, i - 8):i] if not t.low.endswith("ly")]
    if back and back[-1].lemma in ("be", "get", "have"):
        return False  # "he was charged with": the law's passive
    if any(t.low in _CHARGERS or t.lemma in _CHARGERS for t in toks[max(0, i - 8):i]):
        return False
    w = next((j for j in range(i + 2, min(i + 8, len(toks))) if toks[j].low == "with"), None)
    if w is None:
        return False
    verb = next((t for t in toks[w + 1:w + 4] if not t.low.endswith("ly")), None)
    return verb is not None and verb.low.endswith("ing") and verb.lemma not in _OFFENCES and verb.low not in _OFFENCES


def _not_an_apology(lem: Lemmas, first: int, last: int) -> bool:
    """Advice to apologise, "Sorry to break it to you", or a class "who have shown remorse"."""
    toks = lem.tokens
    if toks[first].low == "sorry" and [t.lemma for t in toks[first + 1:first + 3]][:1] == ["to"] and (
            [t.lemma for t in toks[first + 2:first + 3]] and toks[first + 2].lemma in _SORRY_IDIOMS and (
            first == 0 or toks[first - 1].low in (",", ":", '"', "'", "oh", "well"))):
        return True
    before = [t.lemma for t in toks[max(0, first - 10):first]]
    if "to" in before and "that" not in before[len(before) - before[::-1].index("to"):]:
        head = before[:len(before) - before[::-1].index("to") - 1][-3:]
        if any(w in _ADVISES and head[j + 1:j + 2] != ["to"] for j, w in enumerate(head[:-1])):
            return True  # "I advised her to wait a day and make apologies" (not "I want to apologise")
    return _a_class_of_people(lem, first, last)


def _not_a_denial(lem: Lemmas, first: int, last: int) -> bool:
    """A relative "what it sees as", a preference, the press called fake, a thesis claimed false, the writer's own
    adjective, or a lashing out at a person."""
    toks = lem.tokens
    lows = [t.low for t in toks]
    span = lows[first:last + 1]
    if any(w in ("it", "they") and j and span[j - 1] in _RELATIVES for j, w in enumerate(span)):
        return True  # "dismissing what it sees as an artificial milestone"
    if lows[last + 1:last + 4] in (["in", "favor", "of"], ["in", "favour", "of"]):
        return True  # "buyers rejecting them in favor of hatchbacks"
    if toks[first].lemma == "call":
        obj = [w for w in lows[first + 1:first + 5] if w not in ("the", "a", "mainstream", "news", "american")]
        if (obj[:1] and obj[0] in _THE_PRESS or lows[first + 1:first + 3] == ["the", "news"]) and obj[1:2] not in (
                ["report"], ["reports"], ["story"], ["stories"], ["article"], ["articles"], ["account"]):
            return True  # "has called the media 'fake'" (not "called a mainstream media report a work of fiction")
    for i in range(first, last + 1):
        if toks[i].lemma == "claim" and (lows[i] in _VERBAL_CLAIM or i and lows[i - 1] in _HAVE):
            told: list[str] = []
            for j in range(i + 1 + (lows[i + 1:i + 2] == ["that"]), last + 1):
                if toks[j].lemma == "be" and told:
                    break
                told.append(lows[j])
            if told and not set(told) & _REPORTS:
                return True  # "has claimed the moon landing was staged": a thesis, no report
    if lows[first] in _WRITERS_ADJECTIVES and first and lows[first - 1] in _POSSESSORS:
        return True  # "the mayor's unfounded claim that ...": the writer's word for a claim
    if toks[first].lemma in ("lash", "hit", "rail") and any(w in _CAUSES for w in span[2:]):
        return True  # "lashed out at his former partner after the pictures surfaced"
    return False


def _not_a_withdrawal(lem: Lemmas, first: int, last: int) -> bool:
    """ "taken by helicopter to the coast", "the launch was scrubbed over a valve fault"."""
    toks = lem.tokens
    for i in range(first, last + 1):
        if toks[i].lemma == "take" and [t.low for t in toks[i + 1:i + 2]] and toks[i + 1].low in _MOVED:
            return True
        if toks[i].lemma == "scrub" and (any(t.low in _CAUSES for t in toks[i + 1:last + 1]) or any(
                t.low in _LAUNCHES for t in toks[max(0, i - 4):i])):
            return True
    return False


def _not_our_error(lem: Lemmas, first: int, last: int) -> bool:
    """ "We learned nothing from their mistakes": another's error."""
    lows = [t.low for t in lem.tokens]
    return any(lows[i] in _ERRORS and i and lows[i - 1] in _OTHERS for i in range(first, last + 1))


def _a_product_updated(lem: Lemmas, first: int, last: int) -> bool:
    """ "it has updated its menu": a firm's products, no story."""
    toks = lem.tokens
    for i in range(first, min(last + 1, len(toks))):
        if toks[i].lemma in ("update", "revise", "refresh", "expand"):
            obj = [t.low for t in toks[i + 1:i + 4] if t.low not in ("its", "their", "the", "his", "her", "a")]
            return bool(obj[:2] and set(obj[:2]) & _PRODUCTS)
    return False


# Nouns that make "change" a noun after them: "a climate change column", "a rule change piece".
_CHANGED_THINGS = {"climate", "policy", "rule", "regime", "sea", "name", "price", "rate", "law", "gender", "career",
                   "lifestyle", "diet", "game", "leadership", "management", "personnel", "venue", "schedule", "format",
                   "weather", "temperature", "behaviour", "behavior", "culture", "system", "tax", "time", "oil", "gear",
                   "scene", "mood", "kit", "costume", "line-up", "lineup", "boundary", "land-use", "ownership"}


def _a_noun_change(lem: Lemmas, first: int, last: int) -> bool:
    """ "Times columnist blasted for climate change piece": "climate change" is a noun, no story changed."""
    toks = lem.tokens
    return any(toks[i].low == "change" and i and toks[i - 1].low in _CHANGED_THINGS
               for i in range(first, min(last + 1, len(toks))))


# A full article's other senses of a notice's words, by kind.
SENSES: Senses = {
    "legal_action": (_not_a_case,),
    "apology": (_not_an_apology,),
    "denial": (_not_a_denial, _not_our_error),
    "retraction": (_not_a_withdrawal,),
    "correction": (_not_our_error, _a_noun_change),
    "update": (_a_product_updated,),
}
