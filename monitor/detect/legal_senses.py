"""The law's words in other senses (pure): "a fine drive", "in charge of", "a pretax charge against earnings",
"factory orders", "on penalties", a statute's maximum fine, a government's instructions, "pressing its case for", a
regulator's standing rule ("requires issuers to"). `senses.not_this_kind` asks `not_legal` of every legal-action
match.
"""

from __future__ import annotations

import re

from monitor.detect.lemmas import Lemmas
from monitor.detect.wordsets import SETS

YEAR = re.compile(r"^(?:19|20)\d\d$")
DETERMINERS = {"a", "an", "the", "its", "their", "his", "her", "our", "these", "those", "this", "that", "of", "in",
               "0", "two", "three", "some", "many", "all"}

# What a present-tense ruling waits on ("once the court rules"), and a ruling only possible ("the judge could order").
_AWAITED = {"once", "until", "when", "whether", "how", "if", "soon", "before", "unless"}
_MAYBE = {"can", "could", "may", "might", "would", "will"}
_FINE_ADJECTIVE = {"point", "points", "line", "print", "art", "arts", "example", "balance", "detail", "details",
                   "dining", "wine", "wines", "tuning", "tune", "job", "grain", "distinction", "condition", "mess",
                   "weather", "young", "old"}

# a statute's penalty, not one imposed: "влечет за собой штраф", "грозит штрафом", "punishable by a fine"
_STATUTE = {"влечь", "влечет", "повлечь", "грозить", "караться", "наказываться", "punishable", "liable", "set",
            "устанавливаться", "устанавливать", "установить", "определять", "предусматривать", "предусмотреть"}
# What a Russian «заявление» is about when it is no complaint: «о пропаже», «об увольнении», «о выдаче».
_PETITIONS = {"пропажа", "увольнение", "выдача", "прием", "отпуск", "регистрация", "отставка", "выход", "вступление"}
# A suit only announced: «подадут коллективный иск», «намерены подать».
_RU_PLANNED = {"подадут", "подаст", "подадим", "намерены", "намерен", "намерена", "собираются", "собирается",
               "планируют", "планирует", "хотят", "хочет", "готовят", "готовит", "грозят", "грозит", "пригрозил",
               "пригрозила", "пообещал", "пообещала", "решил", "решила", "решили", "решило"}

# What undoes charges: "the charges were vacated", "charges dropped".
_UNDONE = {"vacate", "drop", "dismiss", "quash", "overturn", "withdraw", "toss"}
# A charge that is money: "a pretax charge", "fixed charges", "the subscriber line charge".
_BOOKED = {"pretax", "pre-tax", "after-tax", "aftertax", "one-time", "special", "extraordinary", "non-recurring",
           "nonrecurring", "restructuring", "writedown", "write-down", "fixed", "line", "service", "finance",
           "interest", "roaming", "roam", "call", "usage", "overdraft", "delivery", "admission", "parking", "extra",
           "hidden",
           "mln", "million", "billion", "dlr", "dlrs"}
_RESULTS = {"earnings", "earning", "income", "profit", "profits", "result", "results", "operations", "reserves"}
_PRICES = {"rate", "rates", "price", "prices", "fee", "fees", "interest", "tariff", "tariffs"}
_BOOKINGS = {"factory", "new", "incoming", "durable", "durables", "export", "purchase", "unfilled", "manufacturing",
             "machine", "tool", "aircraft", "defense", "defence", "domestic", "foreign", "bulk", "advance"}
# Who gives orders that are administration, not enforcement, and what an enforcement order compels.
_ADMINISTRATION = {"ministry", "government", "department", "council", "authority", "authorities", "board", "police",
                   "administration", "official", "officials", "cabinet", "governor", "mayor", "agency"}
_LEGAL_CONTEXT = {"court", "judge", "lawsuit", "suit", "regulator", "sec", "ftc", "fca", "ofcom", "ipso", "watchdog",
                  "tribunal", "prosecutor", "prosecutors", "violation", "breach", "unlawful", "illegal", "ruling",
                  "litigation", "indictment", "complaint", "grand", "jury", "inquiry", "challenge",
                  "суд", "роскомнадзор", "прокуратура"}
_COMPELLED = {"pay", "stop", "cease", "halt", "remove", "delete", "refund", "suspend", "comply", "withdraw", "correct",
              "publish", "block", "take", "disclose", "divest", "compensate", "reinstate", "retract",
              "apologize",
              "apologise", "shut", "closure", "removal", "blocking", "suspension", "payment", "restitution",
              "liquidation", "seizure", "arrest", "detention", "destroy", "forfeit", "recall", "unblock", "fine",
              "sell", "penalty", "ban", "takedown", "correction", "retraction", "apology", "refrain", "desist"}
_BARGAINING = {"dispute", "talks", "strike", "contract", "take-or-pay", "wage", "wages", "labor", "labour", "union",
               "unions", "conciliator", "negotiation", "negotiations", "bargaining"}
_LEGAL_ACTION_WORDS = {"legal", "court", "class", "class-action", "civil", "lawsuit", "suit", "against", "judge",
                       "file", "enforcement", "disciplinary", "regulatory", "libel", "defamation", "criminal"}
_RU_RANGE = {"максимальный", "предполагать", "предусматривать"}  # «предполагают максимальное наказание в виде штрафа»
_TASKS = {"ensuring", "testing", "elaborating", "thinking", "overseeing", "running", "managing", "developing",
          "looking", "finding", "drafting", "producing", "reviewing", "monitoring", "implementing", "coordinating",
          "leading", "organising", "organizing", "preparing", "protecting", "maintaining", "keeping", "setting",
          "writing", "delivering", "building", "handling", "supervising", "regulating", "administering", "promoting",
          "devising", "planning", "improving", "creating", "designing", "providing", "evaluating", "assessing",
          "examining", "studying", "exploring", "identifying", "analysing", "analyzing", "advising", "tackling",
          "helping", "overhauling", "reforming", "policing", "safeguarding", "drawing", "making",
          "investigating", "carrying", "enforcing", "conducting", "auditing", "probing", "reviving", "liquidating",
          "stopping", "preventing", "restoring", "rebuilding", "steering", "guiding", "curbing", "combating",
          "fighting", "negotiating", "vetting", "restructuring", "revamping", "shepherding", "integrating"}
# what one is charged with when tasked: "charged with the task of", "charged with a mission to" (not "charged
# with the murder of", "with a count of fraud")
_TASK_NOUNS = {"task", "job", "mission", "responsibility", "duty", "role", "remit", "brief", "work", "challenge",
               "goal", "aim", "oversight", "care", "running", "management", "development", "implementation"}
# What makes a "charged with" an offence whatever the verb: "running a Ponzi scheme", "an illegal operation".
OFFENCES = {"scheme", "ponzi", "fraud", "fraudulent", "ring", "racket", "cartel", "illegal", "illegally",
             "unlicensed", "unregistered", "sham", "bogus", "conspiracy", "bribe", "bribes", "kickback", "kickbacks"}
_ACCUSING = {"damning", "partisan", "baseless", "unfounded", "wild", "smear", "racism", "racist", "hypocrisy", "bias",
             "sexism"}
_RUNS = {"powerful", "surging", "late", "fierce", "bullocking", "barnstorming", "strong", "lung-bursting", "cavalry",
         "bayonet", "final", "determined"}
_FEES = {"remittance", "bank", "service", "roaming", "call", "calls", "parking", "delivery", "water", "congestion",
         "card", "transaction", "management", "user", "access", "booking", "handling", "network", "admission",
         "tuition", "landing", "shipping", "freight", "overdraft", "exit", "price", "prices", "dlrs", "cents", "fee",
         "fees", "per", "tariff", "tariffs", "premium", "premiums", "rent", "rents"}
_COSTS = {"restructuring", "costs", "accruals", "provision", "provisions", "writedown", "writedowns", "write-down",
          "write-downs", "depreciation", "amortization", "amortisation"}
# Who is one of a series already done to: "the fifth lender to be fined", "the only one to be charged".
_RANKED = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "latest",
           "only", "last", "biggest", "largest"}
_PRACTICE = {"law", "laws", "rule", "rules", "statute", "statutes", "lawyer", "lawyers", "attorney", "attorneys",
             "firm", "firms", "practice", "reform", "waiver", "waivers", "litigation"}
_AUXILIARIES = {"was", "were", "been", "be", "is", "are", "being", "got", "get", "gets", "not", "later", "then",
                "also", "since", "subsequently", "eventually", "finally", "recently", "wrongly", "jury", "court"}
_RU_AUTHORITIES = {"суд", "прокуратура", "мвд", "полиция", "штраф", "арест", "срок", "закон", "фас", "уфас",
                   "роскомнадзор", "ск", "приговор", "судья", "административный", "уголовный"}
_PROSECUTING = {"attorney", "attorneys", "counsel", "lawyer", "lawyers", "authority", "authorities", "office",
                "barrister", "team", "agency"}

# Who argues a case rather than brings one: "pressing its case for", "made the case for".
_ADVOCATING = {"press", "make", "state", "argue", "plead", "lay", "build", "strengthen", "bolster", "present", "put"}
_CLAIMS_FOR = {"damages", "damage", "compensation", "defamation", "libel", "negligence", "fraud", "breach",
               "infringement", "misrepresentation", "restitution", "unfair", "wrongful", "discrimination", "trial",
               "hearing", "review", "appeal", "arbitration", "prosecution", "defence", "defense", "plaintiff"}
_DONE_TO = {"prosecute", "sue", "charge", "fine", "indict", "convict", "sanction", "punish"}
_ESCAPED = {"of", "from", "avoid", "avoided", "avoids", "avoiding", "escape", "escaped", "evade", "evaded", "risk"}
# Whom a regulator's standing rule binds: "requires issuers to", "requires all firms to".
_REGULATED = {"all", "every", "any", "each", "firms", "companies", "exchanges", "issuers", "platforms", "providers",
              "banks", "brokers", "businesses", "operators", "funds", "entities", "institutions", "applicants"}
_NOT_PLURALS = {"us", "its", "his", "this", "thus", "news", "business", "press", "status", "always", "is"}
_SPOT_KICK = {"kick", "kicks", "shootout", "shoot-out", "spot", "area", "box", "try", "corner", "miss", "save"}

# What prices a fine or names who imposes it (a sum, a payer, an authority): "a fine" without one is the adjective.
_MONEY = {"pay", "impose", "levy", "issue", "face", "hand", "slap", "receive", "million", "billion", "thousand",
          "pound", "dollar", "euro", "rouble", "ruble", "€", "£", "$", "₽", "рубль", "тысяча", "доллар", "евро",
          "fined", "penalty", "civil", "hefty",
          "maximum", "штраф"} | set(SETS["AUTH"].split("|"))


def _accused_with(lem: Lemmas, at: int) -> bool:
    """ "charged the bank with fraud", "charged Acme Bank and two traders with": the party charged, then "with" and
    what it is accused of, so that a fee's word in the party's name ("bank") is no price asked."""
    ahead = [t.low for t in lem.tokens[at + 1:at + 9]]
    if "with" not in ahead:
        return False
    return not set(ahead[:ahead.index("with")]) & _PRICES


def _tasked(lem: Lemmas, at: int) -> bool:
    """Whether what follows "charged with" at token `at` is a task, not an offence ("turning around sales", not
    "running a Ponzi scheme" or "turning over client data")."""
    words = [t.low for t in lem.tokens[at:at + 2]]
    if words[:2] == ["turning", "around"]:
        return True
    if {t.low for t in lem.tokens[at:at + 7]} & OFFENCES:
        return False
    return bool(words) and (words[0] in _TASKS or words[0] in ("the", "a", "an") and words[1:] != [] and (
        words[1] in _TASK_NOUNS or words[1] in _TASKS))


# A public petition's words; a figurative indictment's adjectives; what makes "convicted" a person's past.
_SIGNED = {"signature", "signatures", "signed", "signatory", "signatories", "online", "change.org"}
_SCATHING = {"damning", "scathing", "stinging", "devastating", "withering", "searing", "sad", "terrible", "brutal"}
_ONCE = {"previously", "once", "twice", "already", "formerly", "wrongly", "wrongfully", "never"}
# What opens a noun phrase in which "alleged" qualifies the noun ("over alleged fraud", "the alleged theft").
_BEFORE_A_NOUN = {"over", "for", "of", "into", "about", "the", "its", "their", "his", "her", "an", "any", "on", "with",
                  "against", "and", "or"}
# An inquiry opened over what is alleged is the authority's act ("prosecutors opened a probe into alleged fraud").
_INQUIRIES = {"investigate", "investigation", "probe", "inquiry", "enquiry", "investigating", "probing"}


def not_legal(lem: Lemmas, first: int, last: int) -> bool:
    """Words of the law in other senses: "in order to make sure", "a finer grained level", "settling disputes
    between Israel and Iran" (diplomacy, not a lawsuit settled), "a fine point", a statute's "punishable by a
    fine"."""
    words = {t.lemma for t in lem.tokens} | {t.low for t in lem.tokens}
    pairs = set(zip([t.low for t in lem.tokens], [t.low for t in lem.tokens[1:]], strict=False))
    following = {t.low for t in lem.tokens[last + 1:last + 4]}
    if "only" in following and following & {"if", "when"}:
        return True  # "Rape charges are brought only if it was enforced with violence": when they are, not one
    modal = any(t.low in ("will", "would", "could", "might") for t in lem.tokens[first:last + 1])
    ahead = [t.low for t in lem.tokens[max(0, first - 10):first]]
    if any(w.startswith("speciali") or w in ("expertise", "expert", "experts") for w in ahead[-6:]) and (
            lem.tokens[first].low.endswith(("s", "ion"))):
        return True  # "a firm that specialises in class actions": a line of work, not a case brought
    if "whether" in ahead and not {".", ";", "!", "?"} & set(ahead[ahead.index("whether"):]):
        return True  # "would consider whether people like him were prosecuted for real crimes": a question weighed
    upto = ahead + [lem.tokens[first].low]
    if any(w in ("how", "как") and upto[j + 1:j + 2] and (upto[j + 1] == "to" or w == "как" and upto[j + 1].endswith(
            ("ть", "ти", "чь"))) for j, w in enumerate(upto)):
        return True  # "how to file a complaint with the regulator", «как подать иск к СМИ»: an instruction, not an act
    toks = lem.tokens
    if toks[last].low == "alleged" and last > first and toks[last - 1].low in _BEFORE_A_NOUN and last + 1 < len(
            toks) and toks[last + 1].low.isalpha() and toks[last + 1].low != "that" and not words & _INQUIRIES:
        return True  # "scrutiny by the SEC over alleged violations": a word for what is said, no one alleging it
    for i in range(first, last + 1):
        tok = lem.tokens[i]
        if tok.low in ("finer", "finest"):
            return True
        if tok.lemma == "petition" and words & _SIGNED:
            return True  # "a petition against the plan that has 250,000 signatures": a public one, not a court's
        if tok.lemma == "indictment" and i and lem.tokens[i - 1].low in _SCATHING:
            return True  # "issued a damning indictment of the invasion": a verdict of opinion, no charge
        if tok.low == "convicted" and i and lem.tokens[i - 1].low in _ONCE and lem.tokens[i + 1:i + 2] and (
                lem.tokens[i + 1].low.isalpha() and lem.tokens[i + 1].low not in ("of", "for", "in", "on", "by")):
            return True  # "two previously convicted citizens": a past the noun carries, no verdict now
        if tok.lemma in ("convict", "sentence", "charge") and i and lem.tokens[i - 1].lemma in ("if", "unless", "once"):
            return True  # "faces ten years in prison if convicted": what may come, not what was done
        if tok.low in ("rules", "order") and i > first and (_AWAITED & {
                t.low for t in lem.tokens[max(0, first - 3):first]} or _MAYBE & {t.low for t in lem.tokens[first:i]}):
            return True  # "once the court rules", "the judge can make such an order": a ruling awaited or possible
        if tok.lemma == "sentence" and i and lem.tokens[i - 1].low in ("are", "is", "be", "get"):
            return True  # "citizens who are sentenced to imprisonment": how a system works, not a sentence passed
        if tok.low == "fine" and lem.tokens[i + 1:i + 2] and lem.tokens[i + 1].low in _FINE_ADJECTIVE:
            return True  # "a fine point that was changed": the adjective
        if tok.lemma == "заявление" and lem.tokens[i + 1:i + 3] and lem.tokens[i + 1].low in ("о", "об") and (
                lem.tokens[i + 2].lemma in _PETITIONS):
            return True  # «подала заявление о пропаже», «заявление об увольнении»: not a complaint
        if tok.lemma in ("иск", "жалоба", "заявление", "суд") and {
                t.low for t in lem.tokens[max(0, i - 4):i]} & _RU_PLANNED:
            return True  # «пассажиры подадут коллективный иск», «решил подать в суд»: announced, not filed
        if tok.lemma == "charge" and {t.lemma for t in lem.tokens[i + 1:i + 4]} & _UNDONE:
            return True  # "whose charges were vacated by the court", "charges were dropped": undone, not brought
        if tok.lemma in ("fine", "penalty", "штраф") and {t.lemma for t in lem.tokens[max(0, i - 4):i]} & _STATUTE:
            return True
        prev = lem.tokens[i - 1].lemma if i else ""
        nxt = lem.tokens[i + 1].low if i + 1 < len(lem.tokens) else ""
        if tok.lemma == "charge" and prev in ("in", "take"):
            return True  # "he was in charge of the side", "taking charge of": responsible, not accused
        if tok.lemma == "charge" and i == last and lem.tokens[first].lemma == "be" and (
                tok.low in ("charge", "charges") and prev in ("the", "a", "an", "these", "those", "its", "their")):
            return True  # "the difference is that the charges are quite low": a price, not a charge brought
        if tok.low == "charged" and nxt in ("less", "more", "extra", "down", "off", "forward", "towards", "through"):
            return True  # "charged less for using a phone abroad", "the clearance was charged down"
        if tok.lemma == "prosecute" and tok.low.endswith("ing") and nxt in _PROSECUTING:
            return True  # "Prosecuting attorney Carol Lam said": a title
        if tok.lemma == "order" and (prev in ("restore", "keep", "maintain", "law", "public", "restored", "kept",
                                              "maintained") or prev.startswith("restor")):
            return True  # "police restored order"
        if tok.lemma == "penalty" and (prev == "on" or nxt in _SPOT_KICK or YEAR.match(lem.tokens[max(0, i - 2)].low)
                                       or [t.low for t in lem.tokens[i + 1:i + 4]][1:] in (["their", "own"],
                                                                                          ["his", "own"])):
            return True  # "knocked out in 1991 on penalties", "awarded a penalty of their own": sport
        if tok.lemma in ("fine", "penalty", "штраф") and "face" in {t.lemma for t in lem.tokens[max(0, i - 6):i]}:
            return True  # "is facing an antitrust fine from the Commission": one that may come, not one imposed
        if tok.lemma == "штраф" and ("до" in [t.low for t in lem.tokens[i + 1:i + 4]] or {
                t.lemma for t in lem.tokens[max(0, i - 4):i]} & _RU_RANGE):
            return True  # «максимальное наказание в виде штрафа», «выплатить штраф до 100 тыс.»: a statute's range
        if tok.low == "делам" and prev == "по":
            return True  # «комиссия по делам ЖКХ»: affairs, not cases
        if tok.low == "fine" and prev == "have":
            return True  # "she has fine taste": "has fined" is the verb
        if tok.lemma == "sting" and nxt == "by":
            return True  # "stung by criticism": hurt, not fined
        if tok.low == "fine" and not words & _MONEY or tok.low == "fines" and prev not in DETERMINERS and not (
                words & _MONEY or words & _LEGAL_CONTEXT):
            return True  # "a fine drive", "he was fine for us", "fines for lateness" in a list: no sum, no authority
        if tok.lemma == "plead" and prev == "who" and i > 2 and lem.tokens[i - 2].low.endswith("s") and (
                lem.tokens[i - 3].lemma not in DETERMINERS):
            return True  # "reduced sentences for murderers who pleaded guilty": a class, not a plea made
        if tok.lemma == "claim" and i == last and tok.low.endswith("ing"):
            return True  # "won the award after claiming his third crown"
        if tok.lemma in ("complaint", "lawsuit", "suit", "claim", "case") and "few" in [
                t.low for t in lem.tokens[max(0, i - 3):i]]:
            return True  # "the watchdog received very few complaints"
        if i == last and tok.lemma in ("issue", "file") and (tok.low.endswith("s") or prev in ("the", "a", "an")):
            return True  # "cases where usability issues go away", "complaints on the issue": nouns, not filed
        if tok.lemma == "order" and i and lem.tokens[i - 1].low == "in" and lem.tokens[i + 1:i + 2] and (
                lem.tokens[i + 1].low == "to"):
            return True
        booked = prev in _BOOKED or bool(i) and lem.tokens[i - 1].low in _BOOKED  # ("fixed" reads as "fixe")
        if tok.lemma == "charge" and (booked or nxt == "that" and not words & _LEGAL_CONTEXT
                                      or nxt == "against" and {t.low for t in lem.tokens[i + 2:i + 6]} & _RESULTS
                                      or tok.low == "charges" and nxt == "on" or {
                                          t.lemma for t in lem.tokens[max(0, i - 3):i]} & _PRICES):
            return True  # "a pretax charge against earnings", "rates charged by banks", "it has charged that": money
            # or an allegation, not a charge brought
        if tok.low == "orders" and (prev in _BOOKINGS or words & {"pct", "percent", "%"}):
            return True  # "factory orders fell 4.0 pct": business, not a court's
        if tok.lemma in ("order", "instruct", "direct", "require") and i > first and lem.tokens[first].lemma in (
                _ADMINISTRATION) and not words & _LEGAL_CONTEXT and not {
                t.lemma for t in lem.tokens[i + 1:i + 9]} & _COMPELLED:
            return True  # "the authorities ordered government offices closed", "ordered fishermen to return to port"
        if tok.lemma in ("fine", "penalty") and (words & {"maximum"} or ("up", "to") in pairs) and words & {
                "face", "limit", "convict", "prison", "jail"}:
            return True  # "faces a maximum five years in jail and a fine": the statute's, not imposed
        if tok.lemma in ("settle", "settlement") and words & _BARGAINING and not words & _LEGAL_CONTEXT:
            return True  # "a conciliator was appointed to help settle the dispute", "take-or-pay settlements"
        if tok.lemma == "action" and not words & _LEGAL_ACTION_WORDS:
            return True  # "we will initiate the actions necessary to place the product elsewhere"
        if tok.lemma == "case" and prev in ("this", "that", "any", "which", "each", "either", "such") and i > 1 and (
                lem.tokens[i - 2].low == "in"):
            return True  # "In this case a degree of criminal energy was brought into play"
        if tok.lemma == "bring" and [t.lemma for t in lem.tokens[i + 1:i + 5]][:1] == ["to"] and "attention" in [
                t.lemma for t in lem.tokens[i + 1:i + 5]]:
            return True  # "all three cases were brought to their attention"
        if tok.lemma == "charge" and nxt in ("headfirst", "into", "ahead", "forward", "towards", "toward"):
            return True  # "the mayhem the UK is about to charge headfirst into"
        if tok.lemma == "claim" and nxt in ("title", "crown", "prize", "victory", "record", "seat", "medal", "win"):
            return True  # "her recently claimed title of grandmother"
        if tok.lemma in ("convict", "sentence", "charge") and prev in ("people", "those", "anyone", "persons",
                                                                         "individuals", "someone"):
            return True  # "allows the governor to pardon people convicted of ...": a class
        if tok.lemma == "charge" and (nxt == "with" and _tasked(lem, i + 2) or (
                nxt == "by" and any(t.low == "with" and _tasked(lem, j + 1)
                                    for j, t in enumerate(lem.tokens[i + 2:i + 6], i + 2)))):
            return True  # "a researcher charged with testing the game": tasked, not accused
        if tok.lemma == "charge" and ({t.low for t in lem.tokens[max(0, i - 3):i]} & _ACCUSING or nxt == "lobbed" or (
                tok.low == "charged" and nxt == "as" and [t.low for t in lem.tokens[i + 2:i + 3]] in (
                    ["he"], ["she"], ["they"]))):
            return True  # "damning charges against Jackson", "the big charges lobbed", "Rubio charged as he campaigned"
        if tok.lemma == "petition" and (prev in ("online", "e-petition", "web") or nxt == "drive"):
            return True  # "launched an online petition", "a petition drive": signatures gathered, not a filing
        if tok.low == "charged" and prev in ("politically", "emotionally", "highly", "racially", "sexually", "very",
                                             "so", "too", "more", "most"):
            return True  # "very charged politically", "a politically charged case": the adjective
        if tok.lemma == "charge" and prev in _RUNS:
            return True  # "a powerful charge from flanker Jason White": a run in rugby
        if tok.low in ("charges", "charging", "charge", "charged") and (prev in _FEES or {
                t.low for t in lem.tokens[i + 1:i + 6]} & _FEES and not _accused_with(lem, i)
                or {t.low for t in lem.tokens[i + 1:i + 12]} & _COSTS):
            return True  # "remittance charges dropped", "charging its official price", "charges ... for restructuring"
        if tok.lemma in ("fine", "penalty", "sue", "lawsuit", "charge") and {
                t.low for t in lem.tokens[max(0, i - 4):i]} & {"powers", "power", "ability", "able"}:
            return True  # "They already have powers to hand out fines": what they may do, not what they did
        if modal and tok.lemma in ("rule", "find", "decide", "order", "fine"):
            return True  # "optimistic that the judges will rule in favour": a ruling hoped for
        if tok.lemma in ("sue", "charge", "fine", "prosecute", "indict") and prev == "be" and i > 1 and (
                lem.tokens[i - 2].low == "to") and not {t.low for t in lem.tokens[max(0, i - 6):i - 2]} & _RANKED:
            return True  # "could lead other countries to allow the U.S. to be sued": what may follow (not "the fifth
            # bank to be fined": one of a series, done)
        if tok.lemma in ("class", "class-action", "action") and {t.low for t in lem.tokens[i + 1:i + 3]} & _PRACTICE:
            return True  # "class action laws are defined in Rule 23": the law of such suits, not one filed
        if tok.low == "convicted" and i > first and {t.low for t in lem.tokens[max(0, i - 4):i]} & {"a", "an"} and (
                lem.tokens[i - 1].low.isalpha() and lem.tokens[i - 1].low not in _AUXILIARIES):
            return True  # "an article about a former player convicted of rape": who he is, not a verdict now
        if tok.lemma in ("наказать", "наказанный") and not words & _RU_AUTHORITIES and nxt != "за":
            return True  # «виновные строго наказаны»: an editor's discipline, not a court's penalty
        if tok.lemma == "case" and nxt == "for" and {t.lemma for t in lem.tokens[max(0, i - 4):i]} & (
                _ADVOCATING) and not {t.lemma for t in lem.tokens[i + 2:i + 5]} & (_CLAIMS_FOR | _MONEY):
            return True  # "is pressing its case for faster payments", "makes the case for": an argument, not a suit
        if tok.lemma in _DONE_TO and i > 1 and lem.tokens[i - 1].low == "being" and lem.tokens[i - 2].low in _ESCAPED:
            return True  # "lets fraudsters wriggle out of being prosecuted": what they escape, not what was done
        if tok.low in ("requires", "require") and i + 1 < len(lem.tokens) and (
                lem.tokens[i + 1].low in _REGULATED or lem.tokens[i + 1].low.endswith("s")
                and lem.tokens[i + 1].low[:1].isalpha() and lem.tokens[i + 1].low not in _NOT_PLURALS):
            return True  # "the watchdog requires ETNs to be listed on an exchange": a standing rule, not an order
        if tok.low.endswith("ing") and {t.lemma for t in lem.tokens[last + 1:last + 6]} & {"would", "could", "might"}:
            return True  # "imposing the ban would encourage ...": the act weighed, not done
    return lem.tokens[last].lemma == "dispute" and lem.tokens[last + 1:last + 2] != () and (
        lem.tokens[last + 1].lemma in ("between", "among"))
