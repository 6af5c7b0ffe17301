"""A word's other senses (pure): readings a rule matches that are not the act of its kind.

"Denied entry", "was denied bail", an insurer's "denied her claim", "the landing gear retracted", "Department of
Corrections", "sorry for your loss", "the art of the apology", a count ("1,200 corrections last year"), scare
quotes ("the 'apology'"), a noun act made hypothetical by what follows it ("a suit would face a high bar"), "the
editor noted", a witness's "statement to police". `frames.read` asks `not_this_kind` after the cancellers.
"""

from __future__ import annotations

import re

from monitor.detect.business_senses import not_in_business
from monitor.detect.cancellers import (
    _HABITUAL,
    _ISSUING,
    _NOUN_ACTS,
    BOUNDARY,
    DEMAND,
    DEMAND_PAIRS,
    PRONOUNS,
    RELATIVES,
    quoted,
)
from monitor.detect.denial_senses import not_a_denial
from monitor.detect.entries import not_our_entry
from monitor.detect.legal_senses import DETERMINERS, YEAR, not_legal
from monitor.detect.lemmas import Lemmas
from monitor.detect.market_senses import not_in_markets
from monitor.detect.news_senses import not_in_the_news
from monitor.detect.retraction_senses import EDITS as _EDITS
from monitor.detect.retraction_senses import not_a_retraction
from monitor.detect.ru_senses import not_in_russian_news
from monitor.detect.wordsets import SETS

# What a think-piece is about when an act is its topic: "the art of the apology", "the ethics of retraction".
_TOPICS = {"art", "science", "psychology", "anatomy", "politics", "power", "value", "history", "language", "etiquette",
           "ethics", "meaning", "nature", "rise", "culture", "importance", "economics", "theory", "rule", "rules",
           "guide", "lesson", "lessons", "age", "era", "limits", "problem", "logic"}
_COURSE = {"course", "mid-course", "midcourse", "trajectory", "orbit", "colour", "color", "vision", "posture", "gamma"}
_NEW_MATERIAL = {"latest", "new", "recent", "current", "additional", "further", "development", "developments"}
_PRISON = {"department", "officer", "correctional", "inmate", "prison", "jail", "facility"}
_CHROME = {"page", "comment", "browser", "javascript", "cookie", "login", "subscribe", "password", "0"}
_UNAVAILABLE = {"not", "no", "unavailable", "available", "close", "disable", "exist", "find", "load", "error"}
_NOT_REALLY = {"supposed", "so-called", "alleged", "mock", "fake", "sarcastic", "ironic", "non-apology", "pseudo"}
_GRIEF = {"loss", "passing", "bereavement", "death", "grief", "losses"}
_NEWS_VERBS = {"hear", "see", "learn", "read", "report", "say", "inform", "announce", "lose", "tell"}
_HEARSAY = {"report", "rumor", "rumour", "speculation", "claim", "allegation", "suggestion", "talk", "сообщение",
            "слух", "информация", "утверждение", "домысел"}
_IRONY = re.compile(r"\bsorry,?\s+(?:i'?m\s+|we'?re\s+)?not\s+sorry\b", re.IGNORECASE)
_ERRV = set(SETS["ERRV"].split("|"))
_RU_ERROR = re.compile(r"ошиб|невер|неправил|исправ|перепут|некоррект", re.IGNORECASE)
_TO_NO_ONE = re.compile(r"\s*to (?:nobody|no[- ]?one|none)\b(?! in particular)")


# Who stands by "their story" as a newsroom: "the magazine's editors are sticking by their story".
_NEWSROOM = {"editor", "editors", "newspaper", "paper", "magazine", "newsroom", "publisher", "broadcaster",
             "network", "reporter", "reporters", "journalist", "journalists", "tabloid", "outlet", "publication"}


def _quoted_word(lem: Lemmas, i: int) -> bool:
    """A single word in scare quotes: 'apology'."""
    return 0 < i < len(lem.tokens) - 1 and lem.tokens[i - 1].low in ("'", '"') and lem.tokens[i + 1].low in ("'", '"')


def _hypothetical_after(lem: Lemmas, last: int) -> bool:
    """"a defamation suit by Binance would face a high bar": a modal right after the act, in its clause."""
    toks = lem.tokens[last + 1:last + 12]
    for at, tok in enumerate(toks):
        if tok.lemma in BOUNDARY or tok.lemma in RELATIVES or tok.lemma in PRONOUNS | {"you"} or tok.low == "and" and (
                {t.low for t in toks[:at]} & {"is", "are", "was", "were"}):
            return False  # another clause's: "speculation that X might", "the suit was void and the firm would fight"
        if tok.lemma in ("would", "could", "might", "may", "threat", "threaten", "угроза", "мочь", "может", "бы",
                         "likely", "unlikely", "possible", "probable", "loom"):
            return True  # "a defamation suit would face a high bar", "the lawsuit threat fizzled", "is likely"
    return False


def not_this_kind(lem: Lemmas, first: int, last: int, kind: str, before: list[str]) -> bool:
    """Kind-specific senses that are not the act: "denied entry", "was denied bail", "its own article"."""
    tok = lem.tokens[first]
    clause = [t.lemma for t in lem.tokens[last + 1:last + 7]]
    if kind == "denial" and not_a_denial(lem, first, last, before) or not_in_markets(lem, first, last, kind):
        return True
    if not_in_business(lem, first, last, kind, before) or not_in_russian_news(lem, first, last, kind) or (
            not_in_the_news(lem, first, last, kind)):
        return True
    if tok.lemma in _NOUN_ACTS and {"call", "know", "term", "dub"} & set(before[-8:]) and "be" in before[-8:]:
        return True  # "it is called a Glomar denial": a name for a kind of act
    nouns = [i for i in range(first, last + 1) if lem.tokens[i].lemma in _NOUN_ACTS]
    for i in nouns:
        lead = [t.lemma for t in lem.tokens[max(0, i - 3):i] if t.lemma not in ("a", "an", "the", "public")]
        if lead[-2:-1] and lead[-1] == "of" and lead[-2] in _TOPICS:
            return True  # "the art of the apology", "the politics of retraction": a topic, not an act
    if kind == "clarification" and tok.lemma == "clarify" and "that" in clause[:4] and (
            clause[clause.index("that") + 1:][:1] in (["it"], ["they"], ["he"], ["she"])):
        return True  # "NPR clarified that it will keep live interviews": its own plans, not its story
    if kind == "editors_note" and any(t.lemma == "note" and t.low not in ("note", "notes")
                                      for t in lem.tokens[first:last + 1]):
        return True  # "the editor noted that ...": a verb, not a note
    if kind == "clarification" and tok.low == "clarity" and not (first and lem.tokens[first - 1].low == "to"):
        return True  # "Thackeray's clarity" (the noun; "we would like to clarity [sic]" is the verb mistyped)
    if kind == "editors_note" and any(t.low in ("note", "notes") and i and lem.tokens[i - 1].low == "editors"
                                      and lem.tokens[i + 1:i + 2] and lem.tokens[i + 1].low == "that"
                                      for i, t in enumerate(lem.tokens[first:last + 2], first)):
        return True  # "the editors note that the essay dates from 1998": the verb again
    if kind == "legal_action" and any(t.low == "sanctions" for t in lem.tokens[first:last + 1]) and any(
            t.lemma in _STATES for t in lem.tokens[max(0, first - 3):last + 1]):
        # "the government imposed sanctions on three banks", "the war sanctions placed on them by global authorities":
        # foreign policy, not a case brought
        return True
    if kind == "legal_action" and any(t.lemma in _NOUN_ACTS for t in lem.tokens[first:last + 1]) and (
            _hypothetical_after(lem, last)):
        return True
    if kind == "clarification" and lem.tokens[-1].low == "?":
        return True  # "could it be he misread the welcome ...?": a question, not a piece found unclear
    noun = next((i for i in range(first, last + 1) if lem.tokens[i].lemma in ("apology", "apologies")), None)
    if kind == "apology" and noun is not None and "for" in [t.lemma for t in lem.tokens[max(0, noun - 4):noun]] and {
            t.lemma for t in lem.tokens[max(0, noun - 7):noun]} & {"charge", "campaign", "push", "call", "pressure"}:
        return True  # "led the charge for a public apology": demanded, not made
    if kind == "apology" and _TO_NO_ONE.match(lem.text, lem.tokens[last].end):
        return True  # "apologised to nobody", "to no one" (not "to nobody in particular", "to no fewer than six")
    if kind == "correction" and any(t.lemma in ("имя", "фамилия", "название") for t in lem.tokens[first:last + 1]) and (
            "(" in lem.text[max(0, lem.tokens[first].start - 25):lem.tokens[first].start + 1] or not _RU_ERROR.search(
                lem.text) and {t.lemma for t in lem.tokens[first:last + 1]} & {"изменить", "измененный"}):
        # "Ирина (имя изменено)", «Имена героев изменены»: names changed to protect people, not an error fixed
        return True
    if kind == "correction" and "поправка" in {t.lemma for t in lem.tokens[first:last + 1]} and {
            t.lemma for t in lem.tokens} & _LAWMAKING:
        return True  # "в законопроект внесена поправка": an amendment to a bill
    if kind == "retraction" and not_a_retraction(lem, first, last, before):
        return True
    if _conjoined_demand(lem, first):
        return True  # "a motion asking him to apologise and withdraw his comments": both asked, neither done
    if kind in ("legal_action", "denial") and {t.lemma for t in lem.tokens[max(0, first - 4):first]} & _FEARS:
        return True  # "for fear of being sued", "the fear of frivolous lawsuits": what is feared, not done
    if kind == "correction" and lem.tokens[last].low in ("wrong", "incorrect", "inaccurate", "erroneous") and (
            lem.tokens[last - 1].low in ("is", "are") and not {t.lemma for t in lem.tokens[:last]} & _OWN_MARKS):
        return True  # '"The reporting is wrong," the Pentagon said': a party's verdict now, not the outlet's note
    if kind == "correction" and tok.lemma == "change" and [t.low for t in lem.tokens[first + 1:first + 3]][:1] in (
            ["his"], ["her"], ["their"]) and {t.lemma for t in lem.tokens[first + 2:first + 4]} & {"story", "account"}:
        return True  # "only to change his story later": a person's account, not a piece
    if kind == "correction" and any(t.lemma == "correction" and {u.low for u in lem.tokens[i + 1:i + 5]} & _MARKETS
                                    for i, t in enumerate(lem.tokens[first:last + 1], first)):
        return True  # "a continuing correction in the housing market"
    if kind == "correction" and lem.tokens[last].low in ("incorrect", "wrong", "false", "misleading") and (
            [t.low for t in lem.tokens[last + 1:last + 2]] == ["impression"]):
        return True  # "may have left the incorrect impression that ...": a clarification's words, not an error
    if kind == "apology" and any(t.lemma in ("apology", "apologies") and [u.low for u in lem.tokens[i + 1:i + 2]] == [
            "tour"] for i, t in enumerate(lem.tokens[first:last + 1], first)):
        return True  # "Trump's almost apology tour": a name for a trip, not an apology
    if kind == "apology" and [t.low for t in lem.tokens[max(0, first - 2):first]] == ["having", "to"]:
        return True  # "tired of having to apologize for being ...": what one resents doing, not an apology made
    if kind == "apology" and tok.low == "sorry" and first == 0 and [t.low for t in lem.tokens[1:2]] == [","] and (
            lem.tokens[2:3] and lem.tokens[2].low not in ("i", "we", "for", "that", "to")):
        return True  # "Sorry, teens: ...", "Sorry, your selfies didn't make the cut": a shrug, not an apology
    if kind == "correction" and any(
            t.low in ("rounding", "sampling") and [u.lemma for u in lem.tokens[i + 1:i + 2]] == ["error"]
            or t.low == "margin" and [u.low for u in lem.tokens[i + 1:i + 3]] == ["of", "error"]
            or t.lemma == "error" and [u.low for u in lem.tokens[i + 1:i + 2]] in (["estimate"], ["margin"])
            for i, t in enumerate(lem.tokens)):
        return True  # "That is a rounding error": a trifle
    if kind == "correction" and tok.lemma == "that" and first <= 1 and lem.text.lstrip()[:1] in "\"“‘'`":
        return True  # '"That was a real mistake," the senator said': a speaker's own, not the outlet's note
    if kind == "correction" and tok.lemma in ("fix", "correct") and [
            t.low for t in lem.tokens[first + 1:first + 2]] in (["his"], ["her"], ["their"], ["based"]):
        return True  # "sought to fix his relationship with the board", "absolutely correct based on the data"
    if kind == "apology" and {t.low for t in lem.tokens[max(0, first - 4):first]} & {"seen", "viewed", "read",
                                                                                    "interpreted", "tantamount"}:
        return True  # "a move seen as an apology": a reading of an act, not an apology made
    if kind == "correction" and tok.lemma == "fix" and first and tok.text[:1].isupper():
        return True  # "the 5-Minute Fix newsletter": a name
    if kind == "apology" and any(t.lemma in ("apology", "apologies") and {
            u.lemma for u in lem.tokens[i + 1:i + 4]} & {"want", "demand", "seek", "deserve", "expect", "owe"}
            for i, t in enumerate(lem.tokens[first:last + 1], first)):
        return True  # "the apology she wants from Trump is not forthcoming": asked for, not made
    if kind == "apology" and lem.tokens[first].start and lem.text[lem.tokens[first].start - 1] in "\"“‘'" and (
            lem.text[lem.tokens[first].end:lem.tokens[first].end + 1] in ("\"", "”", "’", "'")):
        return True  # 'criticized Obama for "apologizing" for America': the word held at arm's length
    if kind == "stands_by" and any(t.low in ("her", "his", "their", "my") and lem.tokens[i + 1:i + 2] and (
            lem.tokens[i + 1].low in ("story", "account", "version", "claim", "claims", "allegation", "allegations"))
            for i, t in enumerate(lem.tokens[first:last + 1], first)) and not (
            {t.lemma for t in lem.tokens[max(0, first - 4):first]} & _NEWSROOM):
        return True  # "she is standing by her story": her account ("the magazine's editors are sticking by their
        # story" is a newsroom's)
    if kind == "correction" and tok.lemma == "there" and quoted(lem.text, tok.start):
        return True  # '"There are multiple errors in this story," the email states': a party's charge, not a note
    if kind == "correction" and tok.lemma in ("that", "this") and "of" in [t.lemma for t in lem.tokens[first:last + 1]]:
        return True  # "those are some of the mistakes found under the current system": a description
    if kind == "correction" and tok.lemma in ("we", "i") and {"mistake", "error"} & (matched := {
            t.lemma for t in lem.tokens[first:last + 1]}) and "make" in matched and not {
            t.lemma for t in lem.tokens} & _PUBLISHED:
        return True  # "we made a lot of mistakes in the second half": a team's, with nothing published in sight
    if kind == "correction" and tok.lemma == "it" and {t.lemma for t in lem.tokens[max(0, first - 3):first]} & {
            "say", "argue", "insist", "tell", "add"}:
        return True  # "the minister said it was wrong to suggest ...": his rebuttal, not the outlet's note
    if kind == "correction" and lem.tokens[last].lemma in ("the", "this", "that", "any", "our") and (
            lem.tokens[first:first + 3] and "regret" in [t.lemma for t in lem.tokens[first:last]]) and (
            lem.tokens[last + 1:last + 2] and lem.tokens[last + 1].lemma not in _REGRETTED_ERRORS):
        return True  # "We regret the inconvenience", "we sincerely regret this outcome": no error owned
    if kind in ("correction", "clarification") and set(before) & _FILINGS and set(before) & {
            "say", "allege", "claim", "charge", "contend"}:
        return True  # "The suit said the papers failed to disclose ...": what a lawsuit alleges, not a note
    if kind == "correction" and set(before) & {"rumour", "rumor", "rumours", "rumors", "speculation"}:
        return True  # "Rumours the figure had been overstated by a statistical error": hearsay about data
    if kind == "correction" and any(t.low == "reporting" and lem.tokens[i + 1:i + 2] and (
            lem.tokens[i + 1].lemma in _REPORTING_HEADS) for i, t in enumerate(lem.tokens[first:last + 2], first)):
        return True  # "the company changed its reporting period|method": accounts, not a story
    if kind == "update" and lem.tokens[last].lemma in ("revise", "update") and (
            set(_until_to(lem, last + 1, last + 10)) & _ESTIMATES
            or [t.lemma for t in lem.tokens[last + 1:last + 3]] == ["to", "0"]):
        return True  # "revised its estimate of the shortage", "the study can be updated to 1985 levels": data
    if kind == "stands_by" and lem.tokens[last].lemma == "right" and lem.tokens[last + 1:last + 2] and (
            lem.tokens[last + 1].low == "to"):
        return True  # "I am sure it is right to err on the side of prudence": a course judged, not a story
    if kind == "update" and lem.tokens[last].lemma in ("revise", "update") and lem.tokens[last + 1:last + 2] and (
            lem.tokens[last + 1].low in ("down", "up", "downward", "upward")):
        return True  # "it had revised down the jobs gains": a statistic revised, not a story updated
    if kind == "clarification" and lem.tokens[last].lemma == "unclear" and lem.tokens[last + 1:last + 2] and (
            lem.tokens[last + 1].lemma in ("whether", "if", "how", "why", "what", "when", "who", "where", "which")):
        return True  # "it was unclear whether the prosecution could": uncertainty, not a piece found unclear
    if kind == "legal_action" and not_legal(lem, first, last):
        return True
    if kind == "legal_action" and "without" in [t.lemma for t in lem.tokens[max(0, first - 1):last + 1]]:
        return True  # "released without charge"
    if kind == "legal_action" and set(before[-4:]) & _HEARSAY and set(before[-3:]) & {"of", "about", "that", "об",
                                                                                      "о", "что"}:
        return True  # "reports of a lawsuit", "сообщения об иске": what is said, not what was done
    if kind == "correction" and lem.tokens[last].low == "correct" and lem.tokens[last - 1].lemma != "to" and not (
            [t.lemma for t in lem.tokens[last - 3:last]] == ["which", "be", "not"]):
        return True  # "it's quite correct to say": the adjective, not "the story has been corrected"
    following = {t.low for t in lem.tokens[last + 1:last + 4]}
    if kind == "correction" and lem.tokens[last].lemma == "reflect" and (following & _NEW_MATERIAL or {
            t.lemma for t in lem.tokens[last + 1:last + 7]} & _NEWS_ITEMS):
        return True  # "updated to reflect the latest information": an update with news, not a corrected error
    if kind == "correction" and lem.tokens[last].lemma == "err" and [t.low for t in lem.tokens[last + 1:last + 4]] == [
            "on", "the", "side"]:
        return True  # "we err on the side of caution": a habit of prudence, not an error owned
    if kind == "correction" and tok.lemma in _EDITS and clause and lem.tokens[first + 1].lemma in ("in", "of"):
        return True  # "changes in the level of reporting": the noun, not "changed the headline"
    if kind == "correction" and any(t.lemma == "correction" and lem.tokens[i - 1].lemma in _COURSE
                                    for i, t in enumerate(lem.tokens[first:last + 1], first) if i):
        return True  # "a trajectory correction manoeuvre", "a course correction": steering, not an error fixed
    if tok.low.endswith("ing") and lem.tokens[last + 1:last + 2] and lem.tokens[last + 1].lemma in (
            "would", "could", "might", "will"):
        return True  # "apologising would be a sign of weakness": the act as a subject, thought of, not done
    if kind == "correction" and lem.tokens[last].low.endswith("ing") and lem.tokens[last - 1].low in ("of", "for"):
        return True  # "after the ministry accused the agency of miscalculating": an accusation, not a piece's error
    near = lem.tokens[max(0, first - 3):last + 3]
    if kind == "correction" and {t.lemma for t in near} & _PRISON and any(t.low.startswith("correct") for t in near):
        return True  # "Department of Corrections", "correctional officers" (not "the Justice Department misstated")
    ahead = lem.tokens[max(0, first - 20):first]
    if any(t.lemma in _IMPLYING and any(u.lemma == "that" for u in ahead[j + 1:j + 3]) and not any(
            u.lemma in (".", ";", ":", "!", "?") for u in ahead[j + 1:]) for j, t in enumerate(ahead)):
        return True  # "the headline implied that he was sorry for the incident": a reading of a text, not an act
    inner = [t.lemma for t in lem.tokens[first:last + 1]]
    if any(b == "that" and (a in DEMAND or (a, b) in DEMAND_PAIRS) for a, b in zip(inner, inner[1:], strict=False)):
        return True  # "I have asked that the paper clarify its article" (not "asked to point out"): a request
    if kind == "correction" and _habit_or_kind(lem, first, last):
        return True
    if kind == "correction" and (_claimed(lem, first, last) or not_our_entry(lem, first, last)):
        return True
    if kind == "correction" and tok.lemma in ("we", "i") and any(
            t.lemma in _ERRV and t.low != "mistaken" and lem.tokens[i - 1].lemma in ("be", "get")
            for i, t in enumerate(lem.tokens)
            if first < i <= last):
        return True  # "I was misquoted in the paper's article": the error was done to us, not by us
    if kind in ("correction", "clarification") and any(t.low == "your" and not quoted(lem.text, t.start)
                                                       for t in lem.tokens):
        return True  # "two factual errors in your Tuesday report": a reader's letter, not the outlet's note
    nouns = [i for i in range(first, last + 1) if lem.tokens[i].lemma in _NOUN_ACTS]
    if kind in ("correction", "clarification", "apology") and any(
            i and (lem.tokens[i - 1].lemma == "0" and not YEAR.match(lem.tokens[i - 1].low)
                   and not (i > 1 and lem.tokens[i - 2].lemma in ("page", "p", "section", "no", "number", "a"))
                   or lem.tokens[i - 1].low in ("dozens", "hundreds", "thousands", "many", "numerous"))
            for i in nouns):
        return True  # "we published 1,200 corrections last year": a count, not an act ("in 2014 apologised" is, and
        # so is "a Page 1 correction")
    if tok.lemma in _NOUN_ACTS or lem.tokens[last].lemma in _NOUN_ACTS:
        noun = last if lem.tokens[last].lemma in _NOUN_ACTS else first
        if lem.tokens[max(0, noun - 1)].low in _NOT_REALLY or _quoted_word(lem, noun) and not (
                set(before[-3:]) | {t.lemma for t in lem.tokens[max(0, noun - 4):noun]}) & _ISSUING:
            return True  # "a supposed apology", "the 'apology'": named, not made (though "issued a 'clarification'" is)
        if _hypothetical_after(lem, noun):
            return True  # "an apology on the front page would be more appropriate"
    if kind == "apology":
        if before and before[-1] in ("be", "being", "get") and tok.low.endswith("ed") and (
                lem.tokens[first - 1].low != "'s"):  # "he's apologised" has apologised
            return True  # "the person being apologized to"
        if _IRONY.search(lem.text):
            return True
        for i in range(first, min(last + 1, len(lem.tokens))):
            word, nxt = lem.tokens[i].lemma, [t.lemma for t in lem.tokens[i + 1:i + 3]]
            if word == "sorry" and nxt[:1] == ["to"] and nxt[1:] and nxt[1] in _NEWS_VERBS:
                return True  # "sorry to hear of her passing": sympathy, not an apology
            grief = [t.lemma for t in lem.tokens[i + 1:i + 5]]
            if word == "sorry" and grief[:1] in (["for"], ["about"]) and set(grief[1:]) & _GRIEF:
                return True  # "sorry for your loss": condolence
            said = [t.low for t in lem.tokens[i + 1:i + 4]]
            if word == "sorry" and said[:1] == ["for"] and (said[1:2] in (["you"], ["him"], ["her"], ["them"])
                                                            or said[1:3] in (["all", "those"], ["those", "who"])):
                return True  # "I'm sorry for all those candidates who weren't successful": sympathy
            words = {t.lemma for t in lem.tokens}
            if word == "sorry" and words & _CHROME and words & _UNAVAILABLE:
                return True  # "Sorry, this page isn't available", "Sorry, comments are closed": a site's chrome
            if word in ("apology", "apologies") and nxt in (["for", "absence"], ["for", "lateness"]):
                return True  # meeting minutes: "Apologies for absence were received from ..."
    return False


# What a correction noun may name besides a correction made: "a corrections policy", "the correction process".
_ADJUNCT_HEADS = {"policy", "policies", "process", "column", "columns", "page", "desk", "log", "rate", "procedure",
                  "form", "request", "requests", "guideline", "guidelines", "system", "section", "practice", "standard"}


def _habit_or_kind(lem: Lemmas, first: int, last: int) -> bool:
    """A correction named as a kind of thing or a habit, not one made: "a published corrections policy", "In
    published corrections, ...", "That's why we print corrections" (a bare plural after a present verb), "We all
    make mistakes", "her name is often misspelled"."""
    tokens = lem.tokens
    if {t.lemma for t in tokens[first:last + 1]} & _HABITUAL:
        return True  # "her name is often misspelled": a habit of the world, not an error owned
    for i in range(max(0, first - 6), last):
        if tokens[i].low in ("errors", "mistakes", "inaccuracies", "corrections", "clarifications") and any(
                t.low == "are" for t in tokens[i + 1:i + 4]) and not (
                i and (tokens[i - 1].lemma in DETERMINERS or tokens[i - 1].lemma[:1].isdigit())):
            return True  # "Material factual errors are corrected within 24 hours", "Corrections are appended to the
            # foot of the article": a policy (not "the errors are")
    for i in range(first, min(last + 1, len(tokens))):
        tok = tokens[i]
        if tok.lemma in ("correction", "corrections") and i + 1 < len(tokens) and tokens[i + 1].low in _ADJUNCT_HEADS:
            return True
        if tok.low == "published" and i and tokens[i - 1].lemma in DETERMINERS:
            return True  # "in published corrections": an adjective, not the act
        if tok.low == "corrections" and i > first and tokens[i - 1].lemma in _ISSUING and (
                tokens[i - 1].low in (tokens[i - 1].lemma, tokens[i - 1].lemma + "s")):
            return True  # "we print corrections", "the paper posts corrections in its Sunday sections"
        if tok.low == "make" and {t.lemma for t in tokens[i + 1:i + 3]} & {"mistake", "error"} and (
                tokens[i + 1].lemma not in ("a", "an", "this", "that", "the")):
            return True  # "we all make mistakes": a truth about people, not an error owned
    return False


_STORY = set(SETS["STORY"].split("|"))
_SAYERS = {"say", "claim", "allege", "complain", "argue", "insist", "contend", "accuse", "maintain", "charge"}
_ASKING = {"ask", "urge", "call", "demand", "want", "tell", "request", "press", "pressure", "implore"}


def _conjoined_demand(lem: Lemmas, first: int) -> bool:
    """"asking him to apologise and withdraw": the second infinitive of a request shares the request."""
    if first < 3 or lem.tokens[first - 1].lemma not in ("and", "or"):
        return False
    to = next((i for i in range(first - 2, max(-1, first - 14), -1) if lem.tokens[i].low == "to"
               and not any(t.low in (".", ";", "!", "?") for t in lem.tokens[i:first])), None)
    return to is not None and bool({t.lemma for t in lem.tokens[max(0, to - 4):to]} & _ASKING)


_FEARS = {"fear", "afraid", "risk", "threat", "danger", "prospect", "spectre", "specter", "worry", "worried",
          "willingness", "readiness"}
_PUBLISHED = set(SETS["STORY"].split("|")) | set(SETS["PART"].split("|")) | {"publish", "print", "report", "air"}
_LAWMAKING = {"законопроект", "закон", "госдума", "дума", "кодекс", "конституция", "депутат", "бюджет", "парламент"}
_NEWS_ITEMS = {"statement", "comment", "comments", "response", "remarks", "decision", "announcement", "news",
               "result", "results", "development", "developments", "reaction", "vote", "ruling", "outcome", "event"}
_PEOPLE = {"people", "person", "them", "three", "two", "victim", "victims", "civilian", "civilians", "cop", "cops",
           "officer", "officers", "man", "men", "woman", "women", "child", "children"}


def _until_to(lem: Lemmas, start: int, end: int) -> list[str]:
    """The lemmas from `start` up to "to" or "with": "revised its GDP forecast", not "updated to reflect the
    figures"."""
    out = []
    for t in lem.tokens[start:end]:
        if t.lemma in ("to", "with"):
            break
        out.append(t.lemma)
    return out


_MARKETS = {"market", "markets", "prices", "stocks", "shares", "equities", "housing", "property", "bonds", "oil"}
_OWN_MARKS = {"our", "this", "we", "my", "i", "yesterday", "today", "monday", "tuesday", "wednesday", "thursday",
              "friday", "saturday", "sunday"}
_REGRETTED_ERRORS = set(SETS["STORY"].split("|")) | set(SETS["PART"].split("|")) | {
    "error", "errors", "mistake", "mistakes", "inaccuracy", "inaccuracies", "misstatement", "omission", "oversight",
    "lapse", "confusion", "misidentification", "publication", "inclusion", "impression", "misunderstanding",
    "wording", "use", "misspelling", "typo", "misquote", "inaccurate", "incorrect", "erroneous", "wrong", "0"}
_FILINGS = {"suit", "lawsuit", "complaint", "plaintiff", "plaintiffs", "petition", "filing", "indictment"}
_REPORTING_HEADS = {"method", "methods", "period", "periods", "practice", "practices", "requirement", "requirements",
                    "standard", "standards", "date", "basis", "currency", "year", "segment", "segments", "system",
                    "structure", "policy", "cycle", "unit", "units", "line", "lines", "format"}
_ESTIMATES = {"estimate", "estimates", "forecast", "forecasts", "figure", "figures", "data", "outlook", "guidance",
              "projection", "projections", "target", "targets", "view", "level", "levels", "gdp", "growth", "number",
              "numbers", "statistic", "statistics", "count", "tally", "authorization", "authorizations", "rule",
              "rules", "guideline", "guidelines", "label"}
_STATES = {"government", "ministry", "department", "council", "administration",  # not a regulator or a court
           "war", "global", "international", "western", "economic", "trade", "eu", "us", "u.s.", "un"}
_IMPLYING = {"imply", "insinuate", "intimate"}
_DESCRIBERS = {"describe", "call", "characterize", "characterise", "brand", "label", "dismiss", "portray"}


_OWNING_BEFORE_SAYING = (["should", "have"], ["wrong", "to"], ["incorrect", "to"], ["mistake", "to"])


def _claimed(lem: Lemmas, first: int, last: int) -> bool:
    """"The company said a story ... misrepresented it": the error is another party's claim about the piece (a
    denial), not the outlet's note; the reporting verb comes before the piece it speaks of."""
    if {t.lemma for t in lem.tokens[max(0, first - 4):first]} & _DESCRIBERS:
        return True  # "describing Western media reports as containing incorrect information": a denial's words
    for i, tok in enumerate(lem.tokens[first:last + 1], first):
        if tok.lemma in _STORY:
            return False
        if tok.lemma in _SAYERS and not (lem.tokens[i - 1].lemma in ("we", "be")
                                         and lem.tokens[i - 2].lemma in ("as", "what")) and (
                [t.lemma for t in lem.tokens[i - 2:i]] not in _OWNING_BEFORE_SAYING):
            return True  # (but "not, as we said, a member", "contrary to what was said in our", "we were wrong to
            # say": the outlet's words)
    return False


