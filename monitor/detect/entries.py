"""Corrections-column entries (pure): the shapes a newsroom's own correction takes without a marker phrase.

A column entry names the outlet's piece and then owns a fault in it: "As originally published, the story said
...", "Lena Park, not Lena Parks as we had it", "he is not a Labour peer as we suggested", "A story on the tram
line failed to say that ...", "The recipe ... omitted the sugar". Or it says what the piece said and then what is
so, in a second sentence or after a semicolon: "An article on Friday described the donation as a loan. It was a
gift." "A caption ... placed the lighthouse in Devon; it is in Cornwall." (`restated`).

The same words speak of other people's pieces in ordinary news ("A report by the auditors failed to mention ...",
"A story circulating on social media said ..."): `others_piece` tells them apart, for these shapes and for the
lexicon's other column rules.
"""

from __future__ import annotations

import functools
import re

from monitor.detect import context
from monitor.detect.lemmas import Lemmas
from monitor.detect.notation import Rule, rules
from monitor.detect.wordsets import SETS

_FAULT = "fail|neglect to ~1 mention|say|note|include|disclose|credit|report|state|explain|acknowledge"
_rules = functools.partial(rules, SETS)

ENTRY_RULES: tuple[Rule, ...] = tuple(
    _rules("correction", "note", 0.9,
           # "As originally published, the story said the vote was held in March"
           "^ as originally|first|initially|previously publish|post|print|write|report|run|air , the|this|our ~3"
           " {STORY} ~3 {SAYV}|{ERRV}|{ERRADV}",
           # "Lena Park, not Lena Parks as we had it", "not Marsh, as we had it in an editorial"
           "not|rather|instead ~~16 as we|i have it",
           # "he is not a Labour peer as we suggested" (no comma: "not workable, as we said" agrees with itself)
           "not ~8 as we|i say|suggest|state|report|write|describe|claim|imply|call|give",
           # "A story on the new tram line failed to say that ...", "The recipe for lemon cake omitted the sugar"
           "^ a|an|the|in|on ~4 {NEWS} ~~16 " + _FAULT,
           "^ a|an|the|in|on ~4 {NEWS} ~~16 omit|leave_out|left_out",
           # the same for any piece with its day: "A review on Sunday failed to mention", "Saturday's review omitted"
           "^ a|an|the ~3 {STORY} ~4 on|in|last|of ~3 {DATED} ~~12 " + _FAULT,
           "^ a|an|the ~3 {STORY} ~4 on|in|last|of ~3 {DATED} ~~12 omit|leave_out|left_out",
           "^ {DAY} 's ~3 {STORY} ~~16 " + _FAULT,
           # a piece and a long account of what it was about, then its fault: "An article on Friday about the board's
           # vote to close two branches after a year of losses gave an outdated title for its chairman"
           "^ a|an|the|this|in|on|our ~4 {STORY} ~~8 about ~~48 {ERRV}|incorrectly|wrongly|mistakenly|erroneously"
           "|inaccurately|incompletely",
           "^ a|an|the|this|in|on|our ~4 {STORY} ~~8 about ~~48 include|contain|carry|give|use|list|provide|make"
           "|attribute|offer|cite|assign|print|publish|show|state|report ~2 an|the? outdate|outdated|out-of-date"
           "|incorrect|wrong|erroneous|inaccurate",
           # "A picture caption on Saturday reversed the identifications of two officials"
           "^ a|an|the|this|in|on|our ~4 {STORY} ~~48 reverse|transpose|swap|switch ~2 the identification"
           "|name|caption|label",
           # "The drummer was misnamed as Rob Keane in our obituary of ...", "... in Monday's review"
           "be ~1 {ERRV}|misname ~~12 in|on our|this|these|yesterday|{DAY} 's? ~3 {STORY}|edition|pages",
           # a blog's own: "I originally wrote that the route climbs 3,000 feet", "In my post on the derby, I
           # mentioned the Rovers facing the Wolves, when it was actually the Wanderers"
           "^ we|i ~1 originally|initially|previously|mistakenly|first write|say|report|state|claim|suggest that",
           "^ in ~1 my|our|a|an|the|this ~4 {STORY} ~~20 when|where|whereas it|he|she|they|this|that be actually"
           "|in_fact",
           # "The word 'Hooray' was inadvertently inserted during editing of an article on Monday"
           "be ~1 inadvertently|accidentally|mistakenly ~1 insert|add|include|introduce|drop|delete|remove|cut ~~12"
           " {STORY}|editing|edit",
           # a piece kept with its errors fixed: "we have decided to keep the essay online, with all errors corrected"
           "{STORY} ~~16 with ~1 all|the|its|every|each ~1 error|errors|mistake|mistakes|inaccuracy|inaccuracies"
           " ~1 now? correct|fix|amend|mark",
           # an erratum's list: "The names of the following researchers ... should have been omitted from the list
           # of authors"
           "should have be ~2 omit|include|list|add|credit|remove ~2 from|in|on|among the ~1 list|byline|credits"
           " of author|authors|contributor|contributors",
           # the pieces named and then said, in so many words, to be wrong: "A story on Page D2 of the March 5 Sports
           # section and its web version (at this address/URL) were incorrect." (not "..., a spokesman said")
           "^ a|an|the ~3 {STORY} ~~30 be ~1 incorrect|inaccurate|wrong|erroneous|in_error .",
           # a picture changed and not said so: "A photograph with Friday's article was digitally altered, which was
           # not disclosed in the caption"
           "alter|manipulat*|doctor|retouch|photoshop*|edit|stage|composite ~~16 which|that|but|and ~1 be ~1 not"
           " ~1 disclose|note|mention|acknowledge|indicate|explain ~2 in|to ~2 the|its|our? credit|caption|captions"
           "|byline|reader|readers",
           ) +
    # a writer's or a dated piece, as a corrections log names it
    _rules("correction", "note", 0.95,
           # an update to correct with its time between: "This story was updated at 9:40 a.m. on Oct. 10 to correct"
           "{STORY}|{PART}|it ~3 be|have ~v3 update|change|edit|revise ~12 to correct|fix",
           # a named writer's piece: "Dana Kerr's column on Thursday misspelled the name of ..."
           "'s column|article|story|obituary|review|headline|caption|editorial|report|piece|profile|item|graphic|photo"
           "|chart|map ~~16 misspell|misstate|misidentify|misquote|misattribute|misname|misprint|misdate|miscaption"
           "|mislabel|misgender|incorrectly|wrongly|erroneously|mistakenly|inaccurately",
           # a corrections log's line on a dated piece and its writer: "In a May 9 newsletter, Sam Reed
           # misstated that ..." (not "In a March 3 speech, the minister misstated ...": a speech is no piece)
           "^ in|on a|an|the|our|last|this {MONTH} 0 !{SPOKEN} ~3 , ~5 misstate|misspell|misidentify|misquote"
           "|misattribute|misname|misgender|misprint|misdate|mislabel|miscaption|misreport|misdescribe|incorrectly"
           "|wrongly|erroneously|mistakenly|inaccurately",
           # a roundup's line that names the outlet and the day before its entry: "Hillside Courier, May 4: An
           # article on Friday misidentified the coach ..."
           "^ ~4 , {MONTH}|month 0 : a|an|the|this|in|on|our ~3 {STORY} ~~32 {ERRV}|incorrectly|wrongly|mistakenly"
           "|erroneously|inaccurately",
           "^ ~4 , {MONTH}|month 0 : ~4 be incorrectly|wrongly|erroneously|mistakenly ~1 {SAYV}|refer|identify|describe"
           "|call|name|list ~~10 in ~4 {STORY}",
           # someone named wrongly in a piece: "Ada Vance was wrongly referred to as a man in Friday's story"
           "be incorrectly|wrongly|erroneously|mistakenly ~1 refer|describe|call ~2 as ~~8 in ~4 {STORY}",
           # errors found in a piece: "In a review in the May 2 Food section, there were two spelling errors."
           "^ in a|an|the|our ~3 {STORY} ~~24 there be ~4 error|mistake|inaccuracy|misspelling",
           "^ ~4 , {MONTH}|month 0 : in a|an|the|our ~3 {STORY} ~~24 there be ~4 error|mistake|inaccuracy|misspelling",
           ) +
    # a newsroom that named the wrong one: "The Courier said it mistakenly identified the winner as Ben Ode
    # rather than Bo Ode"
    _rules("correction", "act", 0.85,
           "accidentally|mistakenly|wrongly|incorrectly|erroneously|inadvertently identify|name|describe|label"
           " ~~16 as ~~16 rather_than|instead_of",
           media=True))


# What a column entry's own piece is named by: its day, month, page or section ("A Sunday article", "A Page 1
# story", "An article in the Business section").
_OURS = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July"
         r"|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Page|Front"
         r"|Section|Metro|Business|Sports?|Opinion|Op-Ed|Arts|Style|Travel|Food|Weekend|Magazine|Review|Books"
         r"|Money|City|World|National|Local|News|Editorial|Letters|Obituaries|Science|Health|Tech|Technology"
         r"|Culture|Life|Living|Home|Property|Motoring|Education|Features?|Comment|Politics|Our|This|That|Its"
         r"|Their|His|Her|Yesterday|Today|Last|Earlier|Previous|Original)\b")
# Another party's piece: "A report by the auditors", "an article published by a rival" (not "A review by Anne Lee",
# the outlet's own critic), "A story circulating on social media", "a post shared on Facebook", "a column in the
# Sun" (by a newspaper's name: the outlet's own name in its column is rare, and a roundup quoting another paper's
# column is not that paper's note).
_OTHERS = re.compile(
    r"^\W*(?:[\w'’,-]+\s+){0,3}?(?:stor(?:y|ies)|articles?|reports?|posts?|pieces?|columns?|reviews?|stud(?:y|ies)"
    r"|analys[ie]s|videos?|items?|claims?|tweets?|messages?)\s+"
    r"(?:(?:published|written|posted|issued|released|produced|commissioned|shared|circulated)\s+)?"
    r"(?:by|from)\s+(?:the|a|an)\s+(?!(?:paper|newspaper|magazine|newsroom|editors?|staff|writer)\b)[a-z]"
    r"|\b(?:circulat\w+|shared (?:on|online|widely)|going viral|went viral|social media|on (?:Facebook|Twitter|X"
    r"|TikTok|Telegram|Instagram|YouTube|WhatsApp|Reddit)|online forums?|message boards?|chain (?:e-?mail|message)s?)\b"
    r"|\b(?:in|by|from)\s+(?:the\s+)?(?:[A-Z][\w&'’-]*\s+){0,3}(?:Times|Post|Journal|Sun|Mail|Telegraph|Guardian"
    r"|Herald|Tribune|Chronicle|Gazette|Express|Mirror|Independent|Observer|Standard|Inquirer|Globe|Reuters"
    r"|Bloomberg|BBC|CNN|AP|AFP|Associated Press|Fox News|Sky News|Politico|Axios|Newsweek|Forbes)\b"
    # "A 2019 Vogue profile", "A CoinDesk article"; "An article in Le Monde" (not "A Page 1 article", "A Sunday
    # article", "An article in the Business section", "in Tuesday's paper"; nor a possessive, which may be the
    # outlet's own name: "The Ledger's story")
    r"|^\W*(?:An?|The)\s+(?:\d{4}\s+)?(?!" + _OURS + r")[A-Z][\w&.-]*\s+(?:[A-Z][\w&.-]*\s+){0,3}"
    r"(?:stor(?:y|ies)|articles?|reports?|profiles?|pieces?|editorials?|reviews?|interviews?|features?"
    r"|posts?|op-eds?)\b"
    # a column by a paper's name ("A Gazette column"; "The Garden Notes column" is the outlet's own, by its name)
    r"|^\W*(?:An?|The)\s+(?:[A-Z][\w&.-]*\s+){0,3}(?:Times|Post|Journal|Sun|Mail|Telegraph|Guardian|Herald|Tribune"
    r"|Chronicle|Gazette|Express|Mirror|Independent|Observer|Standard|Inquirer|Globe|Newsweek|Forbes)\s+columns?\b"
    r"|\b(?:stor(?:y|ies)|articles?|reports?|columns?|profiles?|pieces?|editorials?|reviews?|interviews?"
    r"|features?|posts?|op-eds?)\s+(?:(?:on|last)\s+\w+\s+)?in\s+(?:the\s+)?(?!" + _OURS + r")[A-Z][\w&'’.-]*"
    r"(?!['’]s|\s+(?:[A-Z][\w&'’.-]*\s+)?(?:section|pages|magazine|supplement|edition|column|guide|review))\b")


def others_piece(opening: str) -> bool:
    """Whether a sentence's opening (up to its fault or reporting verb) names somebody else's piece."""
    return bool(_OTHERS.search(opening))


# What a column entry's second half is: a short plain statement, not an attribution ("..., critics said").
_ATTRIBUTED = re.compile(r"\b(?:said|says|say|told|according|added|claimed|argued|insisted|believes?|thinks?)\b",
                         re.IGNORECASE)
_STOP = frozenset(
    "a an the of in on at to for by from with and or but as is are was were be been has have had do does did will "
    "would could should may might it its he his she her they their them this that these those there not no so also "
    "in fact actually which who whom".split())
_DESCRIBED = re.compile(r"\b(?:described|referred to|called|identified|listed|named|labell?ed|characteri[sz]ed"
                        r"|gave|credited)\b.{0,120}?\bas\s+(?:an?\s+|the\s+)?", re.IGNORECASE)
_IS_INSTEAD = re.compile(r"^\W*(?:He|She|It|They|This|That)\s+(?:is|was|are|were)\s+(?:not\s+)?(?:an?\s+|the\s+"
                         r"|its\s+|his\s+|her\s+|their\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}\s*\.?\s*$", re.IGNORECASE)
_NO_SUCH = re.compile(r"\bmade no such (?:claim|remark|statement|comment|promise|pledge|suggestion|threat)\b"
                      r"|^\W*(?:He|She|They)\s+(?:never|did not|didn['’]t)\s+(?:say|said|make|made)\s+(?:so|that|it)"
                      r"\s*\.?\s*$", re.IGNORECASE)
_PLACE = re.compile(r"\b(in|at|on|of|from|to|since|by)\s+([A-Z][\w'’-]+|\d[\d,.]*%?)")
_WHERE = re.compile(r"^\W*(?:He|She|It|They)\s+(?:is|was|are|were)\s+(?:in|at|on|near)\s+[\w'’ -]+\.?\s*$",
                    re.IGNORECASE)  # "it is in Cornwall"
_WORD = re.compile(r"[A-Za-z][\w'’-]*|\d[\d,.]*%?")
_OPENERS = frozenset({"he", "she", "it", "they", "its", "his", "her", "their", "the", "this", "that"})


def _stem(word: str) -> str:
    word = word.casefold().strip(".,")
    for end in ("ing", "ed", "es", "s"):
        if word.endswith(end) and len(word) - len(end) >= 3:
            return word[: -len(end)]
    return word


def restated(previous: str, said: str, fact: str) -> bool:
    """Whether `fact` states what is so against what a piece `said` (the words of `previous` after its reporting
    verb): "...
    described the donation as a loan." + "It was a gift."; "... said the ferry would end in June." + "It will end
    in September."; "... placed the lighthouse in Devon" + "it is in Cornwall"; "... said she had called it
    reckless." + "She made no such remark." (not "It was the highest level since 2010.")."""
    words = _WORD.findall(fact)
    if not words or len(words) > 12 or "?" in fact or _ATTRIBUTED.search(fact):
        return False
    if _NO_SUCH.search(fact):
        return True
    claimed = {_stem(w) for w in _WORD.findall(said)}
    if words[0].casefold() not in _OPENERS and _stem(words[0]) not in claimed:
        return False  # it opens with what the piece spoke of
    if _DESCRIBED.search(previous) and _IS_INSTEAD.match(fact):
        return True  # "described her as a Danish novelist. She is Norwegian."
    if len(words) > 8:
        return False  # what is so, said short ("It has since been extended twice after a £2m refit" is news)
    content = {_stem(w) for w in words[1:] if w.casefold() not in _STOP}
    shared = bool(content & {_stem(w) for w in _WORD.findall(said)})
    places = {(p.casefold(), v) for p, v in _PLACE.findall(said)}
    for prep, value in _PLACE.findall(fact):
        if any(p == prep.casefold() and v != value and v[:1].isdigit() == value[:1].isdigit() for p, v in places) and (
                shared or _WHERE.match(fact)):
            return True  # "born in Dublin" against "born in Cork", "in Devon" against "it is in Cornwall"
    numbers = [w for w in _WORD.findall(said) if w[:1].isdigit()]
    if len(words) <= 6 and any(w[:1].isdigit() and w not in numbers for w in words) and numbers:
        return True  # "... the tickets were listed as $20." + "They cost $25."
    return shared and bool(content - claimed)


_SCHOOL = frozenset({"teacher", "tutor", "examiner", "marker", "pupil", "student", "lecturer", "professor"})
# What an omission is for, when it is meant: "omitted the sugar, which makes it suitable for diabetics".
_MEANT = frozenset({"suitable", "so", "order", "keep", "suit", "make", "allow", "avoid", "deliberately",
                    "intentionally", "purpose", "choose", "chose", "opt"})


# a newsroom that speaks of its own figures (not "the agency", "the network", "the site": a statistics agency, a
# telecoms network, a company's site)
_MEDIA = frozenset(SETS["MEDIA"].split("|")) - {"agency", "network", "site", "website", "station", "channel",
                                                "programme", "author", "publication", "writer"}
_OWN_DATA = frozenset(SETS["STORY"].split("|")) | frozenset(SETS["PART"].split("|")) | {"figures", "data"}


def not_our_entry(lem: Lemmas, first: int, last: int) -> bool:
    """A column entry's words said of another party's piece ("A report by the auditors failed to mention ...",
    "A story circulating online said ..."), of a party's own data ("The ministry said its figures had been
    corrected"), of a habit ("how we correct errors") or of an omission meant ("The recipe omitted the sugar, which
    makes it suitable for diabetics")."""
    toks = lem.tokens
    if first <= 1 and others_piece(lem.text[:toks[last].start]):
        return True
    said = next((i for i, t in enumerate(toks[:last]) if t.lemma in ("say", "announce", "state", "explain")), -1)
    if 0 < said < last and toks[0].lemma in ("the", "a", "an") and toks[1].text[:1].islower() and (
            toks[1].lemma not in _MEDIA) and any(t.low in ("its", "their") and toks[i + 1].lemma in _OWN_DATA
                                                 for i, t in enumerate(toks[said:last], said)):
        return True  # "The ministry said its figures had been corrected": its own statistics, not our piece
    if any(t.low in ("correct", "fix", "amend") and toks[i - 1].low in ("we", "they", "i") and toks[i + 1:i + 2]
           and toks[i + 1].low in ("errors", "mistakes", "inaccuracies") for i, t in enumerate(toks[first:last + 1],
                                                                                            first) if i):
        return True  # "how we correct errors in our journalism": a habit, not an error fixed
    if toks[first].lemma in ("correct", "mark") and {t.lemma for t in toks[:first]} & _SCHOOL:
        return True  # "The teacher corrected the essay": school work marked, not a piece
    return lem.tokens[last].lemma == "omit" and bool({t.lemma for t in lem.tokens[last + 1:]} & _MEANT)


def told_otherwise(previous: str, sentence: str, joined: str = " ") -> str:
    """A correction told as what a piece said ("A story on Oct. 29 said exports totalled $23 million.") and then
    what is so ("In fact, they totalled $304 million.", "It was a gift."): the two sentences, joined, or "".
    Another party's piece ("A story circulating online said ...") is not the outlet's to correct."""
    fact = sentence.strip()
    said = context.MISREPORTED.match(previous)
    if said and others_piece(said.group(0)):
        return ""
    if not (said and (context.IN_FACT.match(fact) or context.SHORT_FACT.match(fact))):
        own = context.NEWSROOM_SAID.match(previous) or context.WE_SAID.match(previous)
        if own and others_piece(own.group(0)):
            return ""
        if not (own and restated(previous, previous[own.end():], fact[:1].upper() + fact[1:])):
            return ""
    return previous + joined + sentence


# What the sentence before a two-sentence entry must name, as lemmas: a piece, or "we".
_TOLD_WORDS = frozenset("we report letter story article column headline caption item graphic review editorial "
                        "obituary piece profile chart photo brief feature interview page section listing recipe map "
                        "table photograph picture subheading".split())


def told_entry(previous: str, sentence: str, previous_words: set[str] | None = None) -> str:
    """A correction told as what a piece said and then what is so, in two sentences or in the halves of one: the
    entry, or "". `previous_words`, the previous sentence's lemmas when known, spares the patterns for a sentence
    that names no piece (most do not: this is asked of every sentence)."""
    if previous and sentence[:1].isupper() and (previous_words is None or not previous_words.isdisjoint(_TOLD_WORDS)):
        told = told_otherwise(previous, sentence)
        if told:
            return told
    return halves(sentence) if ";" in sentence else ""


def halves(sentence: str) -> str:
    """"A caption ... placed the lighthouse in Devon; it is in Cornwall.": a column entry in one sentence."""
    cut = sentence.find(";")
    if cut < 0 or sentence[:1].islower():
        return ""
    return sentence if told_otherwise(sentence[:cut], sentence[cut + 1:]) else ""
