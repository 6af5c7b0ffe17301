"""A denial's other senses (pure): "denied entry", an insurer's "denied her claim", "a price dispute", a try denied,
criticism of a policy, a proposal rejected, an error owned, "in denial", a price target rejected, a motion denied.
`senses.not_this_kind` asks `not_a_denial`.
"""

from __future__ import annotations

from monitor.detect.cancellers import _PREPOSITIONS, PRONOUNS
from monitor.detect.legal_senses import DETERMINERS
from monitor.detect.lemmas import Lemmas
from monitor.detect.phrase_senses import denies_doing
from monitor.detect.wordsets import SETS

# What "deny" may govern without being a denial of a report: access, a visa, bail, a request.
_DENIED_THINGS = {"entry", "access", "bail", "visa", "request", "permission", "application", "license", "licence",
                  "motion", "appeal", "petition", "boarding", "service", "credit", "coverage", "insurance",
                  "withdrawal", "deposit", "payout", "refund", "fund", "loan", "release", "parole", "treatment",
                  "admission", "entrance", "right", "benefit", "asylum", "citizenship", "passage",
                  "landing", "approval", "tenure", "promotion", "custody", "exemption", "waiver", "recognition",
                  "opportunity", "chance", "victory", "win", "title", "goal", "penalty", "place", "seat",
                  "advantage", "increase", "hike", "process", "relief", "majority", "legitimacy", "power", "lodging",
                  "housing", "accommodation", "rooms", "tickets", "seats"}
# What is rejected as a proposal, not denied as a report: "the company's final proposal was rejected".
_PROPOSALS = {"proposal", "plan", "offer", "bill", "idea", "bid", "amendment", "budget", "measure", "policy", "deal",
              "contract", "recommendation", "initiative", "demand", "summit", "request", "motion", "scheme", "reform"}
# A claim that is paid or refused rather than said: "the insurer denied her claim", "a denied benefits claim".
_PAYABLE = {"insurance", "insurer", "insured", "benefit", "compensation", "payout", "warranty", "refund",
            "reimbursement", "medicare", "medicaid", "unemployment", "disability", "pension", "asylum",
            "policyholder", "patent"}
_ABOUT_FAKES = {"за", "о", "об", "про", "против", "for", "about", "against", "spread", "spreading", "распространение"}
_FAKE_WORDS = {"фейковый", "фейк", "ложный", "недостоверный", "fake", "false"}
# What follows "dispute" as a noun: "a dispute has erupted after he claimed", "the dispute over the report".
_DISPUTE_NOUN = {"be", "have", "erupt", "arise", "over", "between", "among", "with", "continue", "escalate", "drag",
                 "centre", "center", "resolution", "break", "flare", "simmer"}
_ASKED = {"call", "demand", "request", "plea", "appeal", "offer", "bid", "proposal", "invitation", "application"}
_ADMISSION = {"acknowledge", "accept", "admit", "concede", "agree", "recognize", "realize", "find", "show", "prove",
              "conclude", "establish", "determine", "rule", "признать", "установить"}
# What follows a verb rather than an adjective: "that pushed back hard", "that rejected the claims".
_VERB_FOLLOWERS = {"back", "hard", "a", "an", "the", "it", "them", "his", "her", "its", "their", "as", "away", "off",
                   "down", "any", "all", "such", "these", "those", "out"}
# What opens the object of an active "denied" ("The fund denied the report"): the word before it is its subject,
# not a thing refused ("access denied").
_OBJECT_OPENERS = {"the", "a", "an", "any", "all", "that", "this", "these", "those", "it", "its", "their", "his",
                   "her", "claim", "report", "allegation", "wrongdoing", "rumor", "rumour", "story", "accusation"}
_REFLEXIVES = {"himself", "herself", "itself", "themselves", "oneself", "myself", "ourselves", "yourself"}
_PROSECUTORS = set(SETS["PROSECUTOR"].split("|"))
_DENIAL_VERBS = {"deny", "reject", "dismiss", "rebuff", "brush", "slam", "blast", "decry", "rubbish", "repudiate",
                 "contest", "dispute", "refute", "rebut"}
_SPORT_PLAY = {"defending", "defence", "defense", "save", "saves", "tackle", "post", "bar", "crossbar", "keeper",
               "goalkeeper", "woodwork", "referee", "offside", "heroics", "brilliance", "block", "blocks"}
_OBJECT_PRONOUNS = {"him", "her", "them", "us", "me"}
# Whom a save or a rule denies: "the keeper denied the same player again", "denying people choice"
_DENIED_PEOPLE = {"player", "players", "striker", "strikers", "forward", "keeper", "goalkeeper", "side", "team",
                  "visitors", "hosts", "champions", "opponents", "people", "users", "customers", "voters", "fans",
                  "patients", "children", "citizens", "residents", "workers", "consumers", "gold", "silver",
                  "bronze", "medal", "olympic"} | _OBJECT_PRONOUNS
# what follows a name that is a clause's subject ("denied Mr Brown made that quote"), not a denied player
_CLAUSE_VERBS = {"was", "were", "is", "are", "had", "has", "have", "did", "does", "do", "would", "could", "will",
                 "made", "said", "knew", "told", "gave", "took", "paid", "met", "sought", "return", "move", "bid",
                 "deal", "talks", "link", "links", "exit", "approach", "interest", "offer", "'s", "’s"}
_OBJECT_ENDS = {",", "and", ".", "again", "with", "in", "at", "a", "an", "the", "his", "her", "their", "its", "from",
                "twice", "late", "!", "choice", "access", "victory", "gold"}
# what is refused rather than denied: «отверг возможность переговоров», «отвергло просьбу компании»
_RU_PROPOSALS = {"возможность", "предложение", "идея", "план", "инициатива", "проект", "законопроект", "просьба",
                 "сделка", "шаг", "заявка", "кандидатура", "требование", "условие", "предложенный"}
_RAISING = {"raise", "pose", "prompt", "spark", "fuel", "leave", "new", "fresh", "serious"}
# who spreads what a denial would call false: "perpetuated baseless accusations", "spreading fake news"
_SPREADING = {"perpetuate", "spread", "repeat", "push", "peddle", "circulate", "promote", "amplify",
              "fuel", "distribute", "распространять", "распространить"}
_CHAMBERS = {"house", "commons", "parliament", "mps", "lawmakers", "senate", "congress", "voters", "assembly",
             "legislature", "deputies", "senators"}
_CRITICISED = {"comment", "comments", "remark", "remarks", "approach", "policy", "decision", "move", "plan",
               "response", "handling", "treatment", "statement"}
_APPOSED_VERBS = {"said", "says", "was", "were", "had", "has", "is", "are", "did", "made", "told"}
_PROPOSED_FOR = {"suggestion", "suggestions", "idea", "ideas", "proposal", "proposals", "plan", "plans", "call",
                 "calls", "demand", "demands", "request", "requests"}
_SPORT_PRIZES = {"try", "goal", "victory", "win", "point", "chance", "opportunity", "title", "berth", "equaliser",
                 "equalizer", "winner", "century", "hat-trick"}
_REPORTISH = (set(SETS["CLAIM"].split("|")) | set(SETS["STORY"].split("|")) | {"it", "they", "this", "that"}) - {
    "comment", "remark", "statement", "word", "idea", "notion", "theory", "figure", "version", "media"}
_ANSWERABLE = _REPORTISH | set(SETS["MEDIA"].split("|")) - {"we", "i"} | {"critic", "critics", "journalist",
                                                                           "journalists", "media", "press"}
_PROPOSED = {"claim", "suggestion", "assertion", "argument", "contention", "idea", "notion", "proposal"}
# Words that criticise without calling anything untrue: said of a report they deny it, of a policy they do not.
_CRITICISM = {"irresponsible", "ridiculous", "outrageous", "preposterous", "absurd", "nonsense", "rubbish", "garbage",
              "junk"}
_FALSE_WORDS = set(SETS["FALSE"].split("|")) | {"fake", "bogus", "phony", "phoney"}
_REQUESTS = {"demand", "request", "application", "appeal", "petition", "bid", "permit", "motion", "proposal", "filing"}
# What a thing is hit with rather than a report dismissed with: "bots slam it around", "blasted them into orbit".
_PHYSICAL = {"around", "into", "onto", "against", "across", "through", "down", "up", "back", "hard", "repeatedly"}
# What a denialism denies, named before "denial": no report or allegation denied.
_DENIED_TRUTHS = {"climate", "change", "holocaust", "genocide", "science", "evolution", "covid", "vaccine", "virus",
                  "pandemic", "aids", "hiv", "grief", "reality"}
# Genres of "fiction" that are no charge of falsehood: "what he called interactive fan fiction".
_GENRES = {"fan", "science", "flash", "speculative", "historical", "literary", "crime", "climate", "interactive"}
# A forecast's words: "rejects claims that the coin could reach $100,000" refuses a price target, not a report.
_FORECAST_MOVES = {"reach", "hit", "top", "surge", "soar", "rally", "climb", "crash", "plunge", "tumble", "double",
                   "triple", "10x", "100x", "flip", "overtake"}
# What a false or fake thing may be that is said: "spread false narratives", "based on fake news".
_SAID = {"news", "narrative", "account", "picture", "impression", "information", "statement", "allegation",
         "rumor", "rumour", "propaganda", "accusation", "smear", "and", "or", "but", "nor", "claim"}
_REBUTTAL_STAGES = {"argument", "witness", "evidence", "case", "testimony", "comment", "period", "deadline", "brief",
                    "round", "phase", "window"}
_CHANCE = {"chance", "opportunity", "time", "room", "deny"}
_MOTIONS = {"trial", "retrial", "mistrial", "injunction", "stay", "rehearing", "continuance"}
_LITIGANTS = {"defendant", "defendants", "respondent", "respondents", "plaintiff", "plaintiffs"}


_AUXILIARIES = {"be", "have", "do", "will", "would", "can", "could", "may", "might", "shall", "should", "must"}
# What turns from an admission to a denial: "admitted the assault but denied intent to harm".
_TURNS = {"but", "though", "although", "yet", "while", "но", "однако"}
# A court named as where someone stands, not as who rules: "charged at the Bayport court and denied the charges".
_AT_COURT = {"in", "at", "before", "outside", "into", "в"}


def _object_head(after: list[str]) -> list[str]:
    """The words of a verb's object up to where a clause or a modifier starts: "denied him a visa", not "denied
    reports that its licence was revoked"."""
    out = []
    for word in after:
        if word in ("that", "of", "about", "over", "which", "who", ",", ".", "and", "as", "in", "to") or word in (
                _AUXILIARIES):
            break  # "denied the raid had taken place": a clause's verb ends the object (no place withheld)
        out.append(word)
    return out


def _denies_someone(lem: Lemmas, first: int) -> bool | None:
    """Whether "deny" at `first` withholds something from someone (True: "Martyn denied the England striker",
    "denied Damien Duff, ...", "denying people choice"), surely denies what a named person did (False: "denied Mr
    Yeo, his spokesman, said the plans stink"), or neither (None: the other senses decide)."""
    at = first + 1
    while at < len(lem.tokens) and lem.tokens[at].low in ("the", "a", "an", "same", "once", "again"):
        at += 1
    end = at
    while end < len(lem.tokens) and lem.tokens[end].text[:1].isupper() and lem.tokens[end].low not in (
            "i", "reports", "claims", "allegations") and lem.tokens[end].lemma not in _REPORTISH and end < at + 4:
        end += 1  # a name: "Damien Duff", "the England striker"
    people = next((j for j in range(end, min(end + 2, len(lem.tokens))) if lem.tokens[j].low in _DENIED_PEOPLE),
                  None)  # "the England striker", "the visiting striker"
    if people is not None and (lem.tokens[people].low not in _OBJECT_PRONOUNS or lem.tokens[
            people + 1:people + 2] and lem.tokens[people + 1].low[:1].isalpha()):
        end = people + 1  # (a pronoun only with a second object: "denying him a drink", not "denied them, saying")
    if end > at and end < len(lem.tokens) and lem.tokens[end].low == "," and any(
            t.low in _APPOSED_VERBS for t in lem.tokens[end + 1:end + 9]) and not any(
            t.low in ("while", "and", "but", "before", "after") for t in lem.tokens[end + 1:end + 9]):
        return False  # "denied Mr Yeo, his transport spokesman, said the plans stink": a clause's subject
    after_object = lem.tokens[end].low if end < len(lem.tokens) else "."
    if end > at and not any(t.lemma in _REPORTISH for t in lem.tokens[end:end + 3]) and (
            after_object not in _CLAUSE_VERBS and not after_object.endswith(("ed", "s", "'", "’"))
            or after_object in _OBJECT_ENDS):
        return True  # "Martyn denied the England striker", "denied Damien Duff, ...", "denying people choice"
    return None


# What one argues against rather than denies: «отрицает необходимость», «отрицает возможность» (not «отрицает факт
# встречи», a denial).
_RU_DENIED_IDEAS = {"необходимость", "возможность", "значение", "роль", "существование", "важность", "целесообразность"}


def not_a_denial(lem: Lemmas, first: int, last: int, before: list[str]) -> bool:
    """Whether a denial rule's match is another sense of its words."""
    tok = lem.tokens[first]
    after = [t.lemma for t in lem.tokens[last + 1:last + 6]]
    if tok.lemma == "accuse" and set(before) & _PROSECUTORS:
        return True  # "regulators accused the firm of misleading investors": a charge (a legal act), not a denial
    if tok.lemma == "deny" and "be" in [t.lemma for t in lem.tokens[max(0, first - 3):first]] \
            and {t.lemma for t in lem.tokens[max(0, first - 20):first]} & _REQUESTS:
        return True  # "one of the demands ... was flatly denied by the university": a request refused
    prev = lem.tokens[first - 1].lemma if first else ""
    if tok.lemma == "отрицать" and after[:1] and after[0] in _RU_DENIED_IDEAS:
        return True  # «отрицается необходимость упразднения»: an idea argued against, not a report denied
    if prev in _ABOUT_FAKES and tok.lemma in _FAKE_WORDS:
        return True  # "punished for fake news", "наказанным за фейковые новости": a charge's subject, not a denial
    asked = {t.lemma for t in lem.tokens[first + 1:first + 4]} & _ASKED
    if tok.lemma in ("reject", "dismiss", "rebuff", "brush") and asked:
        return True  # "rejected calls for the publication of the report": a demand refused, not a claim denied
    if before[-2:] in (["i", "be"], ["we", "be"]) and not {t.lemma for t in lem.tokens[first:last + 1]} & {
            "not", "never"}:
        return True  # "I was flatly wrong, and admit it": owning an error, not calling a report false
    if tok.lemma == "question" and (prev in _RAISING or first > 1 and lem.tokens[first - 2].lemma in _RAISING):
        return True  # "it raises questions about the integrity of the process": doubt voiced, not a denial
    if tok.lemma == "dispute" and first + 1 < len(lem.tokens) and lem.tokens[first + 1].lemma in _DISPUTE_NOUN:
        return True  # the noun: "a governance dispute has erupted after a delegate claimed ..."
    if tok.lemma in _DENIAL_VERBS and prev in ("a", "an", "the", "this", "these", "those", "its", "their", "price",
                                               "legal", "public", "bitter", "long-running", "pay", "trade",
                                               "regional", "territorial", "border", "political", "internal"):
        return True  # the noun: "the blasts said", "a price dispute that threatened the economy"
    if tok.low == "called" and first + 1 < len(lem.tokens) and lem.tokens[first + 1].text[:1].isupper() and (
            prev[:1].isalpha() and prev not in PRONOUNS and {"a", "an"} & {
                t.lemma for t in lem.tokens[max(0, first - 4):first]}):
        return True  # "a Windows virus called Bofra": a name given, not a claim called false
    next_words = [t.low for t in lem.tokens[last + 1:last + 6]]
    if tok.lemma == "deny" and (next_words[:1] == ["by"] and set(next_words[1:5]) & _SPORT_PLAY
                                or set(next_words) & _SPORT_PRIZES):
        return True  # "denied by some desperate defending", "denied the visitors a certain try": a score prevented
    matched = {t.lemma for t in lem.tokens[first:last + 1]}
    if matched & _CRITICISM and not matched & _REPORTISH:
        return True  # "described the ban as ridiculous", "his comments were irresponsible": criticism of a policy
        # or a remark, not a report called untrue ("called the report ridiculous", "called it nonsense" deny)
    claim_at = next((i for i in range(first, last + 1) if lem.tokens[i].lemma in _PROPOSED), None)
    if claim_at is not None and "that" in [t.lemma for t in lem.tokens[claim_at + 1:claim_at + 8]] and {
            t.lemma for t in lem.tokens[claim_at + 1:claim_at + 16]} & {"should", "ought", "must"}:
        return True  # "rejected the claim ... that there should be a legal presumption": a proposal, not a report
    if tok.lemma == "deny" and after[:1] and after[0] in _REFLEXIVES:
        return True  # "denied himself a second term": went without, no report denied
    if tok.lemma in ("deny", "denial") and (prev in _DENIED_THINGS and not (tok.lemma == "deny" and after[:1] and (
            after[0] in _OBJECT_OPENERS)) or set(after[:3]) & _DENIED_THINGS and not denies_doing(lem, first)
                                             or after[:1] in (["letter"], ["rate"], ["code"], ["law"], ["order"])
                                             or set(after[:5]) & {"right", "rights"}):
        return True  # "access denied", "claim denial", "the denial of a petition", "a denial letter"
    if tok.lemma == "denial" and any(t.lemma in ("for", "of") and {u.lemma for u in lem.tokens[j + 1:j + 4]} & (
            _DENIED_THINGS) for j, t in enumerate(lem.tokens[last + 1:last + 10], last + 1)):
        return True  # "a denial by the utility commission for a rate increase"
    within = [t.lemma for t in lem.tokens[first + 1:last + 1]] + after
    head = _object_head(within)[:5]
    proposal = next((j for j, w in enumerate(head) if w in _PROPOSALS), None)
    if proposal is not None and within[proposal + 1:proposal + 2] == ["that"]:
        proposal = None  # "rejected the idea that the two parties appeal to the same voters": a claim denied
    if tok.lemma in ("reject", "dismiss", "rebuff") and (proposal is not None or "be" in (
            before[-3:]) and set(before[-10:]) & _PROPOSALS):
        return True  # "rejected the proposal", "the final proposal was unanimously rejected": a proposal refused
    if tok.lemma in ("отвергнуть", "отвергать", "отклонить", "отклонять") and set(after[:4]) & _RU_PROPOSALS:
        return True  # «отверг возможность переговоров»: a proposal refused, not a report denied
    if tok.lemma == "deny" and not tok.low.endswith("al") and (someone := _denies_someone(lem, first)) is not None:
        return someone  # a save or a rule that withholds, or a clause about a named person that surely denies
    if tok.lemma == "denial" and prev == "of" and first > 1 and lem.tokens[first - 2].low == "state":
        return True  # "a state of denial": refusing to see, not denying a report
    if tok.low == "called" and prev == "," and lem.tokens[first + 1:first + 2] and lem.tokens[first + 1].lemma not in (
            DETERMINERS | _REPORTISH | {"him", "her", "them", "on", "for"}):
        return True  # "networks of computers, called bot nets, used by malicious hackers": a name given
    if matched & {"integrity", "credibility", "reliability"} and any(
            t.lemma in ("integrity", "credibility", "reliability")
            and [u.low for u in lem.tokens[j + 1:j + 2]] == ["of"]
            and not {u.lemma for u in lem.tokens[j + 2:j + 6]} & _REPORTISH
            for j, t in enumerate(lem.tokens[first:last + 1], first)):
        return True  # "impugn the integrity of U.S. intelligence officials": people attacked, not a report denied
    if len(matched) == 2 and matched & {"фейковый", "фейк"} and "новость" in matched and not {
            t.lemma for t in lem.tokens[max(0, first - 2):first]} & {
            "этот", "такой", "данный", "очередной"}:
        return True  # «Фейковые новости» as a topic or a law's name, not a report called fake
    if {t.lemma for t in lem.tokens[max(0, first - 3):first]} & _SPREADING:
        return True  # "has repeatedly perpetuated baseless accusations", "spreading fake news": accusing, not denying
    if tok.lemma in ("reject", "dismiss") and set(before) & _CHAMBERS and not {
            t.lemma for t in lem.tokens[first + 1:first + 5]} & (_REPORTISH - {"it", "they", "this", "that"}):
        return True  # "after the House of Commons rejected it in each vote": a deal voted down, not a claim denied
    if tok.lemma in ("slam", "blast", "decry") and {t.low for t in lem.tokens[first + 1:first + 4]} & _CRITICISED:
        return True  # "She slams comments by Turkey's President": criticism of remarks, not a report denied
    if tok.lemma == "dismiss" and lem.tokens[first + 1:first + 2] and lem.tokens[first + 1].text[:1].isupper() and (
            lem.tokens[first + 1].lemma not in _REPORTISH) and not any(
                t.low in ("'s", "’s", "'", "’") or t.lemma in _REPORTISH for t in lem.tokens[first + 2:first + 5]):
        return True  # "many dismissed Sutton as a fringe figure": a person belittled, not a claim denied
    if tok.lemma == "call" and (prev in ("what", "you", "so") or "what" in [
            t.low for t in lem.tokens[max(0, first - 7):first]] and prev == "we"):
        return True  # "what you call fake news and we call propaganda": naming, not calling a report false
    if {"if", "then"} <= {t.low for t in lem.tokens[:first]}:
        return True  # "If the delegation goes home, then there's no negotiation": a condition's outcome
    if tok.lemma == "question" and prev in ("a", "the") and after[:1] == ["of"]:
        return True  # "It's a question of the integrity of the person": a matter, not doubt cast
    if tok.lemma in ("rebut", "rebuttal") and after[:1] == ["of"] and {t.low for t in lem.tokens[last + 2:last + 8]} & (
            _PROPOSED_FOR):
        return True  # "an outright rebuttal of all Brazilian demands": demands refused
    if tok.lemma in ("reject", "dismiss", "rebuff", "rebut", "rebuttal") and any(
            t.low in _PROPOSED_FOR and lem.tokens[j + 1:j + 2] and lem.tokens[j + 1].low in ("for", "of")
            or t.low in _PROPOSED_FOR and j == first + 2 and lem.tokens[first + 1].low in ("that", "this", "the")
            and [u.low for u in lem.tokens[j + 1:j + 2]] != ["that"]
            for j, t in enumerate(lem.tokens[first + 1:first + 5], first + 1)):
        return True  # "rejected suggestions for negotiations", "rejected that idea", "a rebuttal of all demands"
    if tok.lemma == "dismiss" and lem.tokens[first + 1:first + 2] and lem.tokens[first + 1].low in (
            "them", "him", "her", "staff", "workers", "employees") and "as" not in [
                t.low for t in lem.tokens[first + 2:first + 5]]:
        return True  # "an obvious action is to dismiss them": fired, not a claim denied
    nxt = [t.low for t in lem.tokens[first + 1:first + 7]]
    if tok.lemma in ("slam", "blast") and (before[-1:] in (["be"], ["get"]) and nxt[:1] == ["for"] or nxt[:1] == [
            "by"] and "for" in nxt):
        return True  # "the account was slammed for ...", "Columnist blasted by readers for piece": criticised
    if tok.lemma == "call" and lem.tokens[first + 1:first + 2] and lem.tokens[first + 1].low == "out":
        return True  # "was called out for possibly using fake eyelashes": criticised, not a claim called false
    if tok.low == "rebuttal" and (after[:1] and after[0] in _REBUTTAL_STAGES or _CHANCE & set(before[-4:])):
        return True  # "its rebuttal argument", "a deadline for rebuttal comments", "no chance for a rebuttal": a stage
    target = []
    for t in lem.tokens[last + 1:last + 6]:
        if t.low in ("with", "in", "after", "by", "on", "via", "using"):
            break  # "hits back at trolls with emotional tweets": the tweets answer, the trolls are answered
        target.append(t.lemma)
    if tok.lemma == "hit" and not set(target) & _ANSWERABLE:
        return True  # "China has hit back at the UK": a counter-attack, not a report denied
    name_end = last + 1
    while name_end < len(lem.tokens) and lem.tokens[name_end].text[:1].isupper() and name_end < last + 4:
        name_end += 1
    if tok.lemma == "deny" and name_end > last + 1 and lem.tokens[name_end:name_end + 1] and (
            lem.tokens[name_end].lemma in ("her", "his", "their", "its")):
        return True  # "the election denies Theresa May her majority": deprives
    matched_words = {t.lemma for t in lem.tokens[first:last + 1]}
    if matched_words & {"irresponsible", "ridiculous", "outrageous"} and not matched_words & (
            _REPORTISH - {"it", "they", "this", "that"}):
        return True  # "described them as aged and ridiculous": contempt for remarks, not a report denied
    if tok.lemma == "dismiss" and "charge" in [t.lemma for t in lem.tokens[first:last + 1]] + after[:4]:
        return True  # "the settlement dismisses all charges": a case ended, not a report denied
    if lem.tokens[last].low in ("false", "fake", "bogus") and lem.tokens[last - 1].low in ("a", "an") and (
            lem.tokens[last + 1:last + 2] and lem.tokens[last + 1].low.isalpha()
            and lem.tokens[last + 1].lemma not in _REPORTISH | {"and", "or", "but"}):
        return True  # "analysts called it a false breakout": the adjective of another noun
    if lem.tokens[last].lemma == "distort" and after[:1] == ["by"]:
        return True  # "the figures were distorted by the sale of gold coins": a statistic skewed
    if tok.lemma in ("deny", "denial") and (prev == "claim" or "claim" in after[:4]) and (
            {t.lemma for t in lem.tokens} & _PAYABLE):
        return True  # "the insurer denied her claim for flood damage": a claim paid or not, not an allegation
    if tok.low.endswith("ed") and (prev in ("the", "a", "an", "this", "that", "its", "their", "his", "her",
                                            "our", "earlier") or prev in _PREPOSITIONS or prev == "," and first > 1
                                   and lem.tokens[first - 2].lemma in ("earlier", "early", "original", "previous",
                                                                       "first")):
        next_tok = lem.tokens[first + 1] if first + 1 < len(lem.tokens) else None
        if not (prev in ("that", "this") and next_tok is not None and (
                next_tok.lemma in _PREPOSITIONS | _VERB_FOLLOWERS or next_tok.low.endswith("ly"))):
            return True  # "the earlier, rejected version": an adjective ("a statement that pushed back": a verb)
    if tok.lemma == "deny":
        if before and before[-1] in ("be", "get") and after[:1] != ["by"] and not tok.low.endswith("ing"):
            return True  # "was denied pretrial release"
        if set(_object_head(after)) & _DENIED_THINGS and not denies_doing(lem, first) or after[:1] in (
                ["them"], ["him"], ["her"], ["us"], ["me"]):
            return True
        if before[-2:] in (["confirm", "or"], ["confirm", "nor"], ["admit", "or"], ["admit", "nor"]) or (
                after[:2] in (["or", "confirm"], ["or", "admit"])):
            return True  # "neither confirms nor denies", "without admitting or denying the allegations"
    negated_claim = {t.lemma for t in lem.tokens[first:last + 1]} & {"no", "not", "never", "не"}
    # (a short passive «признан иноагентом» is a designation the outlet notes, no one owning an error)
    since = max(0, first - 20)
    since = next((j + 1 for j in range(first - 1, since - 1, -1) if lem.tokens[j].low in _TURNS), since)
    owned = {t.lemma for t in lem.tokens[since:first] if not t.low.startswith("признан")}
    if owned & {"admit", "concede", "признать", "признавать"}:
        return True  # "признали, что сведения не соответствуют действительности": owning an error, not denying
    lead = [t.lemma for t in lem.tokens[max(0, first - 8):first]]
    if "for" in lead and set(lead[:lead.index("for")]) & {"apologize", "apologise", "apology", "apologies", "sorry"}:
        return True  # "apologized for untrue stories by one of its reporters": owning them, not denying them
    courts = {w for i, w in enumerate(before) if w in ("judge", "court", "tribunal", "суд") and not (
        set(before[max(0, i - 6):i]) & _AT_COURT)}  # "представитель ведомства в суде опроверг": said in court
    turn = max((i + 1 for i, w in enumerate(before) if w in _TURNS), default=0)
    admitting = owned & _ADMISSION if "признать" in before else set(before[turn:]) & _ADMISSION
    if "rule" in admitting and all(before[i - 1:i] in (["the"], ["its"], ["their"], ["all"], ["our"], ["these"])
                                   for i, w in enumerate(before) if w == "rule"):
        admitting.discard("rule")  # "insisted it had followed the rules and described the report as nonsense"
    if admitting | courts and not negated_claim:
        # "we acknowledge this statement is untrue" admits; "confirms there was no basis for it" denies
        return True
    if "own" in after or "own" in [t.lemma for t in lem.tokens[first:last + 1]]:
        return True
    return _other_senses(lem, first, last, before)


def _other_senses(lem: Lemmas, first: int, last: int, before: list[str]) -> bool:
    """More of a denial's words in other senses, as crypto and business news use them."""
    tok, toks = lem.tokens[first], lem.tokens
    if tok.lemma == "denial" and (before[-1:] == ["in"] or before[-2:] in (["than", "a"], ["than", "an"]) or (
            before[-1:] == ["than"])):
        return True  # "traders were in denial about valuations", "more of a pause than a denial": no report denied
    after = [t.low for t in toks[last + 1:last + 4]]
    if tok.lemma == "deny" and after[:1] in (["a"], ["an"]) and set(after[1:3]) & _MOTIONS:
        return True  # "she denied a new trial", "denied an injunction": a motion refused, as "denied bail"
    if tok.lemma in ("slam", "blast") and (toks[last].low in ("it", "them") and toks[last + 1:last + 2] and (
            toks[last + 1].low in _PHYSICAL) or toks[first + 1:first + 2] and toks[first + 1].low in _PHYSICAL):
        return True  # "trading bots slam it around", "cars slammed into the wall": struck, not a report dismissed
    if tok.lemma in ("label", "flag", "call") and toks[first + 1:first + 2] and toks[first + 1].low in (
            _FALSE_WORDS) and toks[first + 2:first + 3] and (toks[first + 2].low in ("or", "and")
                                                              or toks[first + 2].low.endswith("s")):
        return True  # "began to label false or misleading posts": a policy on falsehoods, no report denied
    if tok.lemma in ("deny", "denial") and (first and toks[first - 1].low in _DENIED_TRUTHS or toks[
            first + 1:first + 2] and toks[first + 1].low == "reality"):
        return True  # "his climate change denial", "Holocaust denial content", "continues to deny reality": a stance
    if any(t.low == "fiction" and i and toks[i - 1].low in _GENRES for i, t in enumerate(toks[first:last + 1], first)):
        return True  # "called the chatbot scenes interactive fan fiction": a genre, not a claim called false
    fiction = next((i for i in range(first + 2, last + 1) if toks[i].low == "fiction" and toks[i - 1].low == "of"
                    and toks[i - 2].low in ("work", "piece")), None)
    if fiction is not None and not {t.lemma for t in toks[first + 1:fiction - 2]} & _REPORTISH:
        return True  # "called the novel a work of fiction of rare power": a book's kind, not a report called false
    false_at = last if toks[last].lemma in _FALSE_WORDS and last != fiction else None
    if false_at and toks[false_at - 1].low in _PREPOSITIONS and toks[false_at + 1:false_at + 2] and (
            toks[false_at + 1].low.isalpha() and toks[false_at + 1].lemma not in _REPORTISH | _SAID | _PREPOSITIONS):
        return True  # "payments backed by fake invoices": the adjective of another noun, not a report called false
    if tok.lemma == "dismiss" and any(t.lemma in ("claim", "charge", "count") and toks[i + 1:i + 2] and (
            toks[i + 1].low == "against") and {u.low for u in toks[i + 2:i + 6]} & _LITIGANTS
            for i, t in enumerate(toks[first:last + 1], first)):
        return True  # "McCormick also dismissed two claims against the defendants": a court's ruling
    claim = next((i for i in range(first, last + 1) if toks[i].lemma in ("claim", "prediction", "forecast")), None)
    if claim is not None and [t.low for t in toks[claim + 1:claim + 2]] == ["that"]:
        clause = [t.lemma for t in toks[claim + 2:claim + 14]]
        if {"could", "would", "will", "might", "may"} & set(clause) and set(clause) & _FORECAST_MOVES and any(
                t.low.startswith("$") or t.lemma == "0" for t in toks[claim + 2:claim + 16]):
            return True  # "rejects claims that the coin could reach $100,000": a price target, not a report
    return False
