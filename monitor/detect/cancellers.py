"""What cancels an act a rule matched (pure): the words around it, read as a clause.

A demand or call for the act ("expects an apology"), a refusal or negation ("did not apologise", "has not been
charged"), a modal, plan or threat ("may sue", "plans to sue", "prepared to apologise"), a condition or a
question, a generic subject or a habit ("journals retract papers when...", "newspapers often say they stand by
their reporting"), a definition ("a retraction is the withdrawal of..."), a template, or the word's other senses
("denied entry", "landing gear retracted"); a future or a governed infinitive ("подаст в суд") is tenses.py's. Each
predicate here takes a sentence's lemmas and the match's token positions; `frames.read` asks them in turn.
"""

from __future__ import annotations

import re
from itertools import takewhile

from monitor.detect import demands, reported, topics
from monitor.detect.caseless import Caseless
from monitor.detect.lemmas import Lemmas, Token
from monitor.detect.notation import Rule

BOUNDARY = {";", ":", ",", "(", ")", '"', "-", ".", "!", "?", "but", "while", "whereas", "although", "though",
             "however", "а", "но", "однако", "хотя", "|", "[", "]", "…"}
NEGATION = {"not", "never", "no", "neither", "nor", "without", "не", "ни", "нет", "без", "nobody", "nothing",
             "none", "hardly", "barely", "refuse", "decline", "отказаться", "отказываться", "unwilling", "fail"}
# Words that ask for the act rather than report it; some only with the word after them ("call for").
DEMAND = {"demand", "insist", "urge", "seek", "want", "expect", "await", "request", "require", "pressure", "lobby",
           "hope", "need", "owe", "deserve", "warrant", "merit", "demanding", "dare", "order", "требовать",
           "потребовать", "призвать", "призывать", "ждать", "ожидать", "добиваться", "добиться", "хотеть"}
DEMAND_PAIRS = {("call", "for"), ("call", "on"), ("press", "for"), ("ask", "for"), ("push", "for"), ("wait", "for"),
                 ("insist", "on"), ("ask", "to"), ("ask", "that"), ("press", "to"), ("urge", "to"), ("попросить", "о"),
                 ("просить", "о")}
MODAL = {"will", "would", "may", "might", "could", "should", "must", "shall", "can", "ought", "consider", "mull",
          "weigh", "contemplate", "threaten", "threat", "plan", "intend", "prepare", "propose", "possible",
          "potential", "possibly", "potentially", "hypothetical", "likely", "unlikely",
          "если", "бы", "будет", "может", "мочь", "собираться", "намерен",
          "намеренный", "намереваться", "планировать", "пригрозить", "грозить", "готовый", "готов", "должен",
          "должный", "потенциальный", "возможный", "угрожать", "пообещать", "обещать", "promise", "vow",
          "intention", "намерение", "угроза", "reserve", "возможность", "оставлять", "готовить", "готовиться"}
CONDITION = {"if", "unless", "whether", "whenever", "whichever", "lest", "until", "ли", "если"}
# Verbs after which "to <act>" reports an act that happened ("had to apologise", "was quick to deny").
_DONE_BEFORE_TO = {"have", "quick", "forced", "force", "compelled", "compel", "obliged", "oblige", "rush", "manage",
                   "hasten", "move", "go", "proceed", "agree", "decide", "first", "last", "swift", "fast", "hurry",
                   "try", "attempt",
                   "like", "wish", "happy", "glad", "pleased", "right", "able", "continue", "begin", "start", "0",
                   "million", "billion", "pay"}
_DONE_PHRASAL = {("step", "in"), ("step", "forward"), ("come", "forward"), ("come", "out"), ("go", "on"),
                 ("go", "ahead"), ("speak", "out"), ("weigh", "in")}  # "stepped in to deny", "went on to deny": done
# Verbs that make a noun act happen: "make an apology", "issue a correction".
_ISSUING = {"make", "issue", "offer", "give", "publish", "deliver", "extend", "run", "print", "post", "tender", "send",
            "air", "broadcast", "append", "add", "carry", "express", "draft", "write", "craft", "compose"}
# "would like to apologise", "we wish to clarify": performative, not hypothetical.
_PERFORMATIVE = {"like", "wish", "want", "happy", "glad", "pleased"}
_HABITUAL = {"often", "usually", "regularly", "typically", "generally", "routinely", "rarely", "commonly",
             "frequently", "seldom", "sometimes", "normally", "traditionally", "tend", "automatically", "обычно",
             "часто", "иногда", "нередко", "как правило"}
_GENERIC_HEADS = {"you", "one", "anyone", "someone", "anybody", "people", "publication", "newspaper", "journal",
                  "outlet", "paper", "editor", "company", "reporter", "journalist", "organization", "organisation",
                  "medium", "media", "defendant", "plaintiff", "person", "writer", "blogger", "publisher", "website",
                  "site", "newsroom", "scientist", "researcher", "author", "business", "brand", "firm", "politician",
                  "user", "party", "individual", "official"}
_QUANTIFIERS = {"many", "most", "some", "few", "all", "any", "every", "each", "several", "numerous", "other"}
# Kinds of an outlet's notes and stances: "famously ran a correction years ago", "in the past, outlets have stood by
# their reporting" are history; a denial or a lawsuit years ago is still one.
NOTE_KINDS = {"correction", "clarification", "retraction", "update", "editors_note", "stands_by"}
_CAUSATIVE = {"prompt", "force", "lead", "cause", "push", "compel", "oblige"}
_TEMPORAL = {"after", "before", "since", "following", "amid", "despite", "until", "после", "до", "несмотря"}
_NOUN_ACTS = {"denial", "apology", "retraction", "correction", "clarification", "lawsuit", "suit", "complaint",
              "charge", "fine", "penalty", "settlement", "опровержение", "извинение", "иск", "штраф", "update",
              "решение"}
_DEFINING_PASSIVES = {"used", "called", "defined", "known", "considered", "regarded", "described", "meant", "termed"}
DEFINING = {"be", "mean", "refer", "involve", "signify", "occur", "describe", "represent", "happen", "являться",
             "означать", "это"}
PRONOUNS = {"we", "i", "he", "she", "they", "it", "мы", "я", "он", "она", "они"}
_UNREAL_PREPOSITIONS = {"for", "of", "without", "from", "about", "than", "against", "like", "into", "instead",
                        "besides", "avoid", "consider", "risk", "stop", "keep", "off", "delay", "postpone"}
RELATIVES = {"that", "which", "who", "whom", "что", "который"}
_CLAUSE_OPENERS = {"if", "when", "whenever", "unless", "once", "that", "and", "but", "because", "as", "so", "until",
                   "before", "after", "while", "where", "should"}
# An episode recalled, not news: "years ago", "in the past", "famously".
HISTORY = Caseless(r"\b(?:years ago|decades? ago|a decade ago|in the past|back in (?:19|20)\d\d|famously"
                   r"|has a history"
                   r" of|historically|once (?:issued|ran|published|had to)|в прошлом|много лет назад"
                   r"|несколько лет назад|in (?:1[89]\d\d|19[0-8]\d)\b)")
_GENERIC_OPENING = Caseless(r"^\W*(?:when|whenever|if|unless|once)\s+(?:an?|you|we|outlets|newspapers|publications"
                            r"|journals|companies|people|someone|anyone|a\s+\w+)\b")
TEMPLATE = re.compile(r"\[(?:your |the |recipient'?s? |company |customer )?(?:name|date|company|title|address"
                       r"|amount|product|order|recipient|customer|x+|имя|дата)\]|<(?:name|date)>", re.IGNORECASE)
NOT_MEAN = re.compile(r"\b(?:does|did|do)\s*(?:not|n['’]t)\s+(?:mean|imply|suggest)\b|\bне\s+(?:означает|значит)\b",
                       re.IGNORECASE)
MEAN_WORDS = {"mean", "imply", "suggest", "означать", "значить", "означает", "значит"}
# Every word HISTORY needs ("ago", "past", "famously", "history", "once", "back", a year): a cheap gate for it.
HISTORY_WORDS = {"ago", "past", "famously", "history", "historically", "once", "back", "0", "прошлое", "прошлый",
                  "прошлом", "назад"}
_IMPERATIVE = {"gather", "update", "correct", "apologize", "retract", "withdraw", "deny", "clarify", "admit",
               "acknowledge", "issue", "publish", "remove", "avoid", "always", "never", "do", "be", "make", "take",
               "explain", "note", "seek", "consider", "identify", "disclose", "label", "post", "fix", "tell", "say",
               "ensure", "use", "treat", "don't", "let", "edit", "click", "tap", "type", "enter", "select", "replace",
               "insert", "add", "delete", "drag", "upload", "paste", "copy"}


# What makes "to <act>" a judgement of the act, not one done: "difficult to win a defamation suit".
_HARD = {"difficult", "hard", "easy", "impossible", "tough", "costly", "expensive", "rare", "unusual", "unlikely"}
# Where one "took to" say something: "took to Twitter to deny the report".
_PLATFORMS = {"twitter", "facebook", "instagram", "x", "media", "airwave", "airwaves", "telegram", "weibo", "tiktok",
              "youtube", "linkedin", "threads", "truth", "radio", "television", "tv", "stage", "podium"}
# What undoes a legal action: refusing to undo it leaves it standing ("declined to dismiss a class action").
_UNDO = {"dismiss", "drop", "quash", "overturn", "throw", "strike", "block", "halt", "vacate", "reverse", "toss"}


def _undoing_refused(before: list[str]) -> bool:
    """Every negation in `before` refuses an undoing of the act: "declined to dismiss", "refused to drop"."""
    return all(w not in NEGATION or before[i + 1:i + 2] == ["to"] and before[i + 2:i + 3] and before[i + 2] in _UNDO
               for i, w in enumerate(before))


_SPANS = {"hour", "day", "week", "month", "year", "hours", "days", "weeks", "months", "years", "decade", "decades"}


def _insists_a_fact(before: list[str], kind: str = "") -> bool:
    """"insisted (that) it had ...", "insisted he was ...": an assertion of what was, not a demand for what should be
    ("insisted that the paper apologise", "insisted on a retraction")."""
    at = before.index("insist")
    rest = before[at + 1:at + 5]
    if rest[:1] == ["that"]:
        rest = rest[1:]
    if kind == "stands_by" and rest[:1] and rest[0] in PRONOUNS and len(rest) == 1:
        return True  # "insisting that it stands by its report": its own stance, said (the match opens on "stands")
    return len(rest) >= 2 and rest[0] in PRONOUNS and rest[1] in ("have", "be", "do", "never")


def _decided_against(words: list[str]) -> bool:
    """"decided against filing charges", "opted against a suit": the act chosen not to be done."""
    return any(a in ("decide", "opt", "elect") and b == "against" for a, b in zip(words, words[1:], strict=False))


def cancelled_before(before: list[str], rule: Rule) -> str:
    """What governs the act from the words before it: a negation, a demand, a condition or a modal ("")."""
    if not before:
        return ""
    if _decided_against(before) or rule.kind != "denial" and reported.denied_act(before):
        return "negation"  # "decided against filing charges", "denied filing a lawsuit": not done
    words = set(before)
    if rule.voice != "refusal" and words & NEGATION and not (
            "not" in words and "only" in words) and not (  # "not only did they apologise"
            rule.kind == "legal_action" and _undoing_refused(before)):
        return "negation"
    demand = demands.asked(before, words & DEMAND, rule.kind)
    # "sought to clarify that ...", "sought to deny": a statement attempted is made (a suit sought is not filed)
    said = rule.kind not in ("legal_action", "retraction")
    if said and "seek" in demand and any(a == "seek" and b == "to" for a, b in zip(before, before[1:], strict=False)):
        demand.discard("seek")
    if demand <= {"want", "хотеть", "owe"} and demand and any(
            a in ("i", "we", "я", "мы") and b in ("want", "хотеть", "owe") for a, b in zip(before, before[1:],
                                                                                     strict=False)):
        demand = set()  # "I want to apologise", "хочу извиниться", "I owe him an apology": said, not asked
    if "insist" in demand and _insists_a_fact(before, rule.kind):
        demand.discard("insist")  # "insisted it had followed the rules and described the report as nonsense"
    if demand and all(any(before[j - 2:j] in (["feel", "the"], ["felt", "the"], ["see", "the"])
                          for j, w in enumerate(before) if w == d) for d in demand):
        demand = set()  # "felt the need to apologise": a reason it was done
    if not rule.request and (demand or set(zip(before, before[1:], strict=False)) & DEMAND_PAIRS):
        return "demand"
    if any(a == "let" and b in ("'s", "us") for a, b in zip(before, before[1:], strict=False)):
        return "demand"  # "Let's just apologise and move on": proposed, not done
    if words & CONDITION or before[-2:] == ["or", "else"] or "either" in words and "or" in words:
        return "condition"  # "either sign the declaration or else apologise to the nation": an ultimatum
    modal = words & MODAL
    if modal and rule.voice != "refusal":  # "would not make any retraction" is the refusal itself
        # "would like to apologise", "we wish to clarify", "I would like to offer you an apology": said now
        # ("I would like to sue them" is a wish: a lawsuit is filed, never said into being)
        if not (modal - {"would", "can"}) and rule.kind != "legal_action" and (
                before[-1] == "to" and len(before) >= 2 and before[-2] in _PERFORMATIVE
                                                or any(w in _PERFORMATIVE and before[j + 1:j + 2] == ["to"]
                                                       and set(before[:j]) & {"i", "we"}
                                                       for j, w in enumerate(before))):
            return ""
        if modal == {"бы"} and "хотеть" in words and words & {"я", "мы"} and rule.kind != "legal_action":
            return ""  # «Я хотел бы попросить прощения»: "I would like to apologise", said now
        return "modal"
    if before[-2:] == ["be", "to"] and before[-3:-2] not in (["response"], ["reaction"], ["answer"], ["reply"]):
        return "modal"  # "Acme is to sue the paper", "the council is to apologise": British future, not yet done
    while len(before) > 1 and (before[-1].endswith("ly") or before[-1] in ("always", "also", "then", "now")):
        before = before[:-1]  # "to always correct": the adverb splits the infinitive, not the clause
    if len(before) > 2 and before[-1] in _ISSUING and before[-2] == "to" and rule.anchors & _NOUN_ACTS:
        before = before[:-1]  # "was ordered to make an apology": the noun's verb is the infinitive
    if rule.anchors & _NOUN_ACTS and any(w == "to" and before[i - 1:i] and before[i - 1] in _HARD
                                         for i, w in enumerate(before[-6:], len(before) - 6) if i > 0):
        return "infinitive"  # "it is extremely difficult to win a defamation suit": how hard it is, not a suit
    if before[-3:-1] == ["far", "as"] or before[-4:-1] in (["felt", "the", "need"], ["feel", "the", "need"],
                                                            ["see", "the", "need"]):
        return ""  # "went so far as to remove the article", "felt the need to offer an apology": it was done
    if before[-1] == "to" and len(before) >= 3 and before[-2].endswith("ly") and before[-3] in _DONE_BEFORE_TO:
        before = [*before[:-2], "to"]  # "moved quickly to deny": the adverb splits the verb from its infinitive
    if before[-1] == "to" and set(before[-5:-2]) & {"take", "took"} and before[-2] in _PLATFORMS:
        return ""  # "took to Twitter to deny the report": the platform is where it was done
    if before[-1] == "to" and len(before) >= 2 and before[-2] not in _DONE_BEFORE_TO and before[-2] != "be" and (
            tuple(before[-3:-1]) not in _DONE_PHRASAL) and (
            "wait" not in before[-5:-1]) and not (said and before[-2] == "seek") and before[-2] != "only" and not (
            "take" in before[-7:-1] and set(before[-4:-1]) & _SPANS):
        # ("found, only to retract the claim": what happened next)
        # ("waited a week to print a correction", "took a week to retract the story": it was done, late)
        if set(before[-5:-1]) & _CAUSATIVE or set(before) & _PERFORMATIVE and set(before) & {"i", "we"}:
            return ""  # "prompted Meta to deny the story"; "we wish to apologise ... and to retract"
        if any(w == "use" and not (j and before[j - 1] == "to") for j, w in enumerate(before[:-1]) if j >= len(
                before) - 10):
            return ""  # "used much of its front page to publish an apology": the means of an act done
        return "infinitive"  # "refused to", "than to apologise": an infinitive that did not happen
    if before == ["to"]:
        return "infinitive"
    return ""


def _untrue_after(lem: Lemmas, i: int) -> bool:
    """"не соответствующими действительности": the court's finding (untrue), not a negation of the act; and the
    words of «ни на чем не основанная ложь» (baseless)."""
    words = [t.lemma for t in lem.tokens[max(0, i - 3):i + 5]]
    at = min(i, 3)
    if any(words[at - k:at - k + 4] == ["ни", "на", "что", "не"] and words[at - k + 4:at - k + 5]
           and words[at - k + 4].startswith(("основан", "обоснован")) for k in (0, 3)):
        return True
    return [t.lemma for t in lem.tokens[i + 1:i + 3]] in (["соответствующий", "действительность"],
                                                          ["соответствовать", "действительность"])


def inside_cancel(lem: Lemmas, first: int, last: int, rule: Rule) -> bool:
    """Negation between the first and last matched words ("is not sorry", "did not make any retraction")."""
    if rule.voice == "refusal":
        return False
    told = reported.content(lem, first, last) if rule.voice == "stance" else range(0)  # the report's own words
    about = topics.topic(lem, first, last, rule)  # what the piece was about: "An article about X that did not Y"
    inner = {t.lemma for i, t in enumerate(lem.tokens[first:last + 1], first)
             if not (t.lemma in ("не", "ни") and _untrue_after(lem, i)) and i not in told and i not in about}
    literal = set(rule.name.replace("|", " ").replace("_", " ").split())
    cancels = {"not", "never", "no", "не", "ни"}
    if rule.voice in ("act", "stance"):
        cancels |= {"may", "might", "could", "would", "should", "must", "need", "бы", "мочь"}  # "the court may uphold"
    if rule.voice in ("stance", "act") and any(
            t.lemma in ("if", "unless", "when", "whenever") and lem.tokens[i + 1].lemma in PRONOUNS
            for i, t in enumerate(lem.tokens[first:last], first)):
        return True  # "stand by their reporting even when they are wrong": a clause of condition inside the match
    if rule.voice == "act" and _decided_against([t.lemma for t in lem.tokens[first:last + 1]]):
        return True
    if rule.voice == "act":
        cancels |= {"without", "threat", "threaten"}  # "with or without an apology", "lawsuit threat against"
        # a plan, not the act: "prosecutors consider charges", "the regulator weighs a fine"
        cancels |= {"consider", "mull", "weigh", "contemplate", "plan", "intend", "propose", "expect", "возможность",
                    "намерение", "планировать", "собираться", "намереваться", "рассматривать", "рассмотреть"}
    return bool((inner & cancels) - literal)


_IRREGULAR_PAST = {"made", "took", "ran", "gave", "brought", "sent", "wrote", "said", "told", "withdrew", "stood",
                   "paid", "put", "kept", "drew", "won", "lost", "sought", "struck", "threw", "spoke", "began", "came"}


def _told_in_past(lem: Lemmas, start: int, end: int) -> bool:
    """Whether the words in [start, end) carry a verb in the past tense ("made", "filed", "were")."""
    return any(t.low in _IRREGULAR_PAST or t.low in ("was", "were", "did", "had")
               or t.low.endswith("ed") and t.low != t.lemma for t in lem.tokens[max(0, start):end])


def _partitive(before: list[str]) -> bool:
    """"All of the images", "some of its articles": a quantity of definite things, not a class."""
    return any(a in _QUANTIFIERS and b == "of" and c in ("the", "its", "their", "these", "those", "his", "her", "our")
               for a, b, c in zip(before, before[1:], before[2:], strict=False))


def generic_you(before: list[str]) -> bool:
    """"If you apologise ...", "you retract when ...": the act's subject is a generic "you" (not "we want you to
    know that we are sorry", where "you" is an object and "we" the subject)."""
    subjects = [j for j, w in enumerate(before) if w in PRONOUNS or w == "you"]
    if not subjects or before[subjects[-1]] != "you":
        return False
    at = subjects[-1]
    return at == 0 or before[at - 1] in _CLAUSE_OPENERS  # "offer you an apology": "you" is the object


def generic(lem: Lemmas, first: int, before: list[str], subject_first: bool = False) -> bool:
    """A habit or a class, not an act: "journals retract papers when...", "publications issue corrections"."""
    if (set(before) | {t.lemma for t in lem.tokens[first:first + 4]}) & _HABITUAL:
        return True  # "journals often retract", "they routinely deny" (not "when babies were routinely taken")
    if any(w in _QUANTIFIERS for w in before[:2]) and not any(w in ("the", "its", "their") for w in before[:1]) and (
            not _partitive(before)) and not _told_in_past(lem, first - len(before), first + 3):
        return True  # "many journals retract papers" (not "several groups made complaints": that happened)
    opener = lem.tokens[first - len(before) - 1].lemma if first - len(before) > 0 else ""
    if opener in ("when", "whenever", "if") and _present(lem.tokens[first]) and (
            {t.low for t in lem.tokens[first + 1:first + 12]} & {"you", "your"}):
        return True  # "When the SEC brings an enforcement action against you, ...": what happens to anyone
    if first == 0 or subject_first:
        return False  # a rule that opens with its subject ("regulator Ofcom received") has no verb here
    verb = lem.tokens[first]
    if lem.tokens[first - 1].lemma in ("which", "that", "who") and _present(verb) and verb.low != verb.lemma and not (
            verb.lemma == "deny" and first > 1 and lem.tokens[first - 2].low == ","):
        return True  # "a correction, which corrects factual errors": what a thing does ("Benn, who denies it": a stand)
    # A bare plural or indefinite role noun right before a present-tense verb.
    prev = [t for t in lem.tokens[max(0, first - 3):first] if t.lemma not in ("also", "still", "now", "then")]
    if not prev:
        return False
    head = prev[-1]
    verb = lem.tokens[first]
    present = verb.low == verb.lemma or verb.low in ("say", "issue", "retract", "deny")
    if head.lemma in _GENERIC_HEADS and present and (head.low != head.lemma or head.lemma in ("you", "people")):
        return True
    if head.lemma in ("they", "we") and present and verb.low == verb.lemma and {
            t.lemma for t in lem.tokens[first + 1:first + 8]} & {"when", "whenever", "once"}:
        return True  # "They issue clarifications when the facts aren't printed clearly": a habit
    return False


def _defined_after(tokens: tuple[Token, ...], last: int) -> bool:
    """Whether an indefinite noun phrase ending at `last` is the subject of "is a|an|the ...", perhaps after a
    prepositional phrase ("a lawsuit in such cases is a last resort")."""
    i = last + 1
    if tokens[i:i + 1] and tokens[i].lemma in ("in", "of", "for", "from", "on", "at", "to"):
        i += 1
        while i < min(len(tokens), last + 8) and tokens[i].text.isalpha() and tokens[i].low not in ("is", "are"):
            i += 1
    return i + 1 < len(tokens) and tokens[i].low in ("is", "are") and tokens[i + 1].lemma in ("a", "an", "the")


def definition(lem: Lemmas, first: int, last: int) -> bool:
    """"A retraction is the withdrawal of ...": a noun act that opens the sentence and is then defined; "A
    shareholder lawsuit is a legal action initiated by ...": an indefinite subject defined as a kind of thing."""
    tokens = lem.tokens
    cut = max((i + 1 for i, t in enumerate(tokens[:last]) if t.low == ","), default=0)  # "In law, a retraction is"
    if tokens[cut:cut + 1] and tokens[cut].lemma in ("a", "an"):
        for i in range(cut + 2, min(cut + 5, len(tokens) - 1)):
            if tokens[i].low in ("is", "are", "means") and tokens[i + 1].lemma in ("a", "an", "the", "when", "what"):
                if all(t.text.islower() and t.text.isalpha() for t in tokens[cut + 1:i]) and first <= i + 8:
                    return True
                break
    if lem.tokens[first].lemma in ("a", "an") and _defined_after(tokens, last):
        return True  # "an Editors' Note in a scientific journal is a critical tool": a kind of thing described
    verb = {t.lemma for t in takewhile(lambda t: t.lemma.isalpha() and t.low != "how", tokens[last + 1:last + 4])}
    if any(t.lemma in ("a", "an") for t in tokens[max(0, first - 1):last]) and verb & _HABITUAL:
        return True  # "a correction notice will often appear in a box": what any such note does, not one
    if tokens[1:2] and tokens[1].low == "means" and (tokens[0].lemma in _NOUN_ACTS or tokens[0].low.endswith("ing")):
        return True  # "Unpublishing means the removal of a story": a term defined by the act
    lead = [t.lemma for t in lem.tokens[:first] if t.lemma.isalnum()]
    if len(lead) > 1 or (lead and lead[0] not in ("a", "an", "the")) or lem.tokens[first].lemma not in _NOUN_ACTS:
        return False
    following = [t for t in lem.tokens[first + 1:first + 10] if t.lemma not in ("(", ")")]
    after = [t.lemma for t in following]
    if after[:1] == ["of"]:  # "Retraction of an article is ..."
        after = after[after.index("be"):] if "be" in after[:6] else after
    if after[:1] == ["be"] and len(following) > 1 and (following[1].low.endswith("ed") or following[1].low in (
            "brought", "made", "taken", "given", "sent", "won", "lost", "paid", "held", "sought")) and (
            following[1].low not in _DEFINING_PASSIVES):
        return False  # "A complaint was filed with the council", "The lawsuit was pursued": an act, not a definition
    return bool(after) and after[0] in DEFINING and any(w in ("a", "an", "the", "when", "what") for w in after)


def background(lem: Lemmas, first: int, before: list[str]) -> bool:
    """A noun act inside a time phrase is the background of the news ("four years after the company's denials");
    a gerund after a preposition of purpose, manner or negation is not an act that happened ("a procedure for
    correcting", "instead of apologising", "intimidate me into retracting"); after "after" or "before" it is."""
    tok = lem.tokens[first]
    lead = [t.lemma for t in lem.tokens[max(0, first - 5):first]]
    lead = lead[len(lead) - lead[::-1].index(","):] if "," in lead else lead  # "after an inquiry, fined": past it
    if "following" in lead and lead[lead.index("following") - 1:lead.index("following")] == ["the"]:
        lead.remove("following")  # "the following complaint": an adjective
    if tok.lemma in _NOUN_ACTS and set(lead) & _TEMPORAL and not tok.low.endswith("ed"):
        return True  # (not the verb: "furious after being fined by the federation" was fined)
    if tok.low.endswith("ing") and before and before[-1] in ("after", "before", "upon"):
        # "after pleading guilty" happened, unless the sentence asks whether it did
        return bool({t.lemma for t in lem.tokens[:first]} & CONDITION)
    det = 1 if first and lem.tokens[first - 1].lemma in ("a", "an", "the", "its", "their") and tok.lemma not in (
        "a", "an", "the") else 0  # "held off lodging a complaint with the tribunal": the match starts at its noun
    if (det or tok.lemma in ("a", "an", "the")) and len(before) >= 2 + det and lem.tokens[
            first - 1 - det].low.endswith("ing") and before[-2 - det] in _UNREAL_PREPOSITIONS | {"to"}:
        return True  # "stops short of giving an apology", "to crafting a clear apology": a gerund's object
    return tok.low.endswith("ing") and bool(before) and before[-1] in _UNREAL_PREPOSITIONS


def imperative(lem: Lemmas, first: int) -> bool:
    """Advice, not news: the clause the act is in opens with a bare verb ("Update your app", "Apologise when
    you are wrong"). A heading's word before a colon ("Note to readers:", "UPDATE 2-") is not a verb."""
    start = 0
    for i in range(first - 1, -1, -1):
        if lem.tokens[i].low in (":", "|", ".", "!", "?", ";"):
            start = i + 1
            break
    lead = next((i for i in range(start, first + 1) if lem.tokens[i].text[:1].isalpha()), None)
    if lead is None or lead + 1 >= len(lem.tokens):
        return False
    tok, nxt = lem.tokens[lead], lem.tokens[lead + 1]
    return (tok.text[:1].isupper() and not tok.text.isupper() and tok.low == tok.lemma and tok.lemma in _IMPERATIVE
            and nxt.low not in ("to", "'s", ":", "-", "of", "from", "and", "by") and (tok.low, nxt.low) != ("note",
                                                                                                       "that"))


def quoted(text: str, pos: int) -> bool:
    """Whether `pos` lies inside quotation marks (straight or curly, opened before it)."""
    before = text[:pos]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”") or before.count("«") > before.count(
        "»") or before.count("‘") > before.count("’")


_PRESENT_FORMS = {"is", "are", "am", "has", "have", "does", "do", "can", "may", "must", "should", "'s", "'re"}
_PAST_FORMS = {"was", "were", "had", "did", "could", "would"}


def generic_opening(lem: Lemmas) -> bool:
    """"When a story is materially wrong, it should be corrected": a rule or a habit, stated in the present. "Once
    we realised our mistake, we deleted the tweet" is a story in the past."""
    if not _GENERIC_OPENING.match(lem.text):
        return False
    opening = list(takewhile(lambda tok: tok.low not in (",", ";", ":"), lem.tokens[1:]))
    if any(t.low in _PAST_FORMS or (t.low.endswith("ed") and t.lemma != t.low and not (
            i and opening[i - 1].low in ("is", "are"))) for i, t in enumerate(opening)):
        return False  # (but "When a story is changed, we issue a correction": a rule in the present passive)
    return any(t.low in _PRESENT_FORMS or _present(t) and t.low != t.lemma for t in opening)


def _present(tok: Token) -> bool:
    """An English verb in the present ("issues", "retract"): what a habit or a rule is stated in."""
    return tok.low in (tok.lemma, tok.lemma + "s", tok.lemma + "es") or tok.low == tok.lemma[:-1] + "ies"


_PREPOSITIONS = {"on", "about", "in", "of", "for", "to", "with", "against", "at", "from", "into", "over", "by", "о",
                 "об", "в", "на", "про", "для", "от"}
