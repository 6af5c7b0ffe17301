"""Page context (pure): what kind of page a text is on, read from its title and its opening.

A corrections policy, an ethics code, a help or FAQ page, a glossary or a "what is" explainer defines the
words of follow-ups without following anything up: it states no event. A news headline may share a policy page's
words ("Singer settles privacy claim against tabloid"): only the page's own names for itself count. A corrections
column ("Corrections and clarifications", "For the record") is the opposite: its plain lines are corrections even
without a marker phrase ("A graphic on Page 1 was unclear ...", "Actually, only five of the 19 ...").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from monitor.detect import link_lines
from monitor.detect.caseless import Caseless
from monitor.detect.sentences import spans

_POLICY = Caseless(
    r"\b(?:(?:corrections?|editorial|privacy|ethics|ethical|unpublishing|retractions?|cookie|comments?|complaints?"
    r"|our|accuracy|fact-?check(?:ing)?|verification|sourcing|updates?|removal|takedown)\s+polic(?:y|ies)|^\W*polic(?:y|ies)"
    r"|code of (?:ethics|conduct|practice)|ethics (?:code|guide|policy|week|handbook)|guidelines"
    r"|editorial standards|our standards|principles|faqs?|help cent(?:er|re)|how to|how we|what (?:is|are) an?\b"
    r"|what (?:is|are) (?:the )?(?:corrections?|retractions?|clarifications?|editor'?s notes?|libel|defamation)"
    r"|what (?:does|do|is|are)\b.{0,40}\bmean\b"
    r"|definition|glossary|terms of|privacy (?:notice|statement|cent(?:er|re)|settings)|disclaimer|about us"
    r"|style ?guide|handbook|template|sample letter"
    r"|политика|правила|кодекс|что такое|как (?:написать|составить|подать)|образец)\b"
    r"|^\W*(?:help|ethics)\b|\bhelp\W*$",
    # a word of each alternative above (the Russian ones never match ASCII text, the only text this skips)
    needs=("polic", "code", "ethic", "guideline", "standard", "principle", "faq", "help", "how", "what", "definition",
           "glossary", "terms", "privacy", "disclaimer", "about", "style", "handbook", "template", "sample"))
# A headline that tells of a piece judged against a code ("Complies with editorial guidelines: Acme TV", "Regulator
# says show breached broadcasting code") is news; a page named for the code is the code.
_JUDGED = re.compile(r"\b(?:compl(?:y|ies|ied)(?: fully)? with|(?:met|meets?|breach(?:es|ed)?|broke|broken"
                     r"|violat(?:es|ed)|flout(?:s|ed)))\s+(?:\w+['’]?\s+){0,3}?(?:guidelines|standards|code|principles"
                     r"|polic(?:y|ies))\b", re.IGNORECASE)
_COLUMN = re.compile(r"^\W*(?:corrections?|clarifications?|corrections? (?:and|&) (?:clarifications?|amplifications?)"
                     r"|for the record|errata|исправления|поправки)\W*$", re.IGNORECASE)
COLUMN_CUE = re.compile(r"\b(?:in fact|actually|not|incorrect\w*|wrong\w*|misstat\w*|should have|erroneous\w*"
                        r"|mistaken\w*|misidentif\w*|misspel\w*|misquot\w*|omitted|left out|unclear|make clear"
                        r"|made clear|на самом деле"
                        r"|ошибочно|неверно)\b", re.IGNORECASE)
UNCLEAR = re.compile(r"\b(?:unclear|clarif\w*|make clear|made clear|уточн\w*)\b", re.IGNORECASE)


# A corrections line in two sentences: what a piece said ("MISREPORTED"), then what is so: "In fact, ..."
IN_FACT = re.compile(r"^\W*(?:(?:He|She|It|They|This|That|The \w+(?: \w+)?)\s+(?:is|was|are|were|did|does|has|had)\s+)?"
                     r"(?:in fact|actually|in reality|we have been asked to (?:point out|make clear|clarify)"
                     r"|the (?:correct|actual|right)"
                     r" (?:figure|number|name|date|amount) (?:is|was)|на самом деле|в действительности)\b",
                     re.IGNORECASE)
PIECES = (r"story|article|column|headline|caption|item|graphic|review|editorial|obituary|piece|profile|chart"
           r"|photo caption|brief|feature|interview|pages|section|listing|listings|recipe|map|table|photograph"
           r"|picture|subheading")


_MONTH = (r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?")
# A log's entry: what one dated or pointed-at piece got wrong ("In a March 3 story, we misstated ...", "An earlier
# version of this story said ...", "We mistakenly reported ...", "This post incorrectly stated ...", 'In the article
# "Rail link delayed" (14 April, p. 12), two figures were transposed'). A policy states what it does with any piece.
_ENTRY = re.compile(r"\b(?:(?:an?|the) (?:earlier|previous|prior|original) version of this"
                    r"|(?:in|on) (?:an?|the|our|this|\w+['’]s) (?:" + _MONTH + r" \d{1,2}|\d{1,2} " + _MONTH
                    + r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day['’]?s?)\b"
                    r"|in the (?:\w+ )?(?:" + PIECES + r")\s*[\"“‘]"
                    r"|(?:this|the|our) (?:\w+ )?(?:" + PIECES + r"|post|segment|report|episode)\b[^.;:]{0,80}?\b"
                    r"(?:incorrectly|mistakenly|erroneously|wrongly|inaccurately|initially|originally)"
                    r"|we (?:incorrectly|mistakenly|erroneously|wrongly|inaccurately|inadvertently)"
                    r"|(?:were|was) (?:garbled|transposed|reversed|misattributed)\b)",
                    re.IGNORECASE)
# ... but not one a policy quotes as its example, nor a rule about any piece
_EXAMPLE = re.compile(r"\b(?:for example|for instance|e\.g\.|such as|would read|might read|typical|sample|like this"
                      r"|template)\b|\breads?\s*[:\"“]|^\W*(?:when|if|whenever)\b", re.IGNORECASE)
# What a page of rules says about corrections in general: "A clarification is not the same as a correction",
# "Corrections are appended ...", "When we make a mistake, we ...".
_DEFINES = re.compile(r"^\W*(?:(?:an?|the) )?(?:corrections?|clarifications?|retractions?|updates?|errat(?:a|um)"
                      r"|editor['’]?s notes?|apolog(?:y|ies))\s+(?:is|are|differs?|means?|refers?)\b", re.IGNORECASE)
_RULE = re.compile(r"\b(?:(?:should|must|will|shall|may)(?! have)|policy|does not include|do not include|we aim"
                   r"|we strive|is to|are to)\b|^\W*(?:when|if|whenever)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Page:
    policy: bool = False  # defines follow-ups: states none
    column: bool = False  # a corrections column: its lines correct
    rules_from: int = -1  # where the body starts on a page whose definitions (and with `rules`, rules) are skipped
    rules: bool = False  # titled as a policy, it lists entries too: its rules are skipped, its entries read

    def kept(self, text: str, cuts: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The sentences to read: not a link line and the headline it promotes ("Related: ..."); on a page of
        rules and entries, not the rules."""
        cuts = link_lines.without_link_lines(text, cuts)
        if self.rules_from < 0:
            return cuts
        rule = _RULE if self.rules else _DEFINES
        return [(a, b) for a, b in cuts if a < self.rules_from or _entry(text[a:b]) or not (
            _DEFINES.match(text[a:b]) or rule.search(text[a:b]))]


def _entry(sentence: str) -> bool:
    return bool(_ENTRY.search(sentence)) and not _EXAMPLE.search(sentence)


def page(title: str, text: str) -> Page:
    """The page's kind, from its title (the one place a policy page or a column names itself); a page titled as a
    policy that lists concrete entries ("Corrections Policy" over "In a March 3 story, we misstated ...") is a log
    whose entries count, its rules skipped."""
    title = title.strip()
    if not title:
        return Page()
    column = bool(_COLUMN.match(title))
    if _POLICY.search(title) and not _JUDGED.search(title):
        start = text.find(title) + len(title) if title in text else 0
        if not any(_entry(text[a:b]) for a, b in spans(text[start:])):
            return Page(policy=True, column=column)
        return Page(column=column, rules_from=start, rules=True)
    return Page(column=column, rules_from=len(title) if column else -1)


def _misreported(pieces: str) -> re.Pattern[str]:
    return re.compile(r"^\W*(?:[^.:;]{1,40}:\s*)?"  # a column entry's heading: "Chocolate standards: A photo ..."
                      r"(?:an?|the|our|this|(?:in|on) (?:an?|our|the|this|(?:last )?\w+['’]s))\s+"
                      r"(?:[\w.,'’-]+\s+){0,4}?(?:" + pieces + r")\b.{0,200}?\b(?:said|stated|reported|described"
                      r"|referred to|gave|listed|identified|called|quoted|put|suggested|misstated|placed|located|showed"
                      r"|dated|credited|attributed|named|spelled|wrote|claimed|implied|indicated)\b", re.IGNORECASE)


MISREPORTED = _misreported(PIECES + "|report|letter")
# what only a newsroom's piece said (not "A report on Monday said ...", which is anyone's): a second sentence that
# restates it otherwise corrects it (`entries.restated`)
NEWSROOM_SAID = _misreported(PIECES)
WE_SAID = re.compile(r"^\W*(?:(?:in|on) [^.;:]{3,40}?,?\s+)?we (?:said|reported|stated|wrote|described|referred to"
                     r"|called|gave|listed|put)\b", re.IGNORECASE)  # "We said the museum was founded in 1901."


# ... or what is so, said short: "He has not." "It has 30." "She is Mary Roe." (not "It has since grown.")
SHORT_FACT = re.compile(r"^(?:That|This|It) (?:is|was) (?:not (?:the case|so|true|correct|accurate)|incorrect|untrue"
                        r"|wrong)\s*\.?$"  # "In an article on Saturday, we said ... . That is not the case."
                        r"|^(?:He|She|It|They|(?:His|Her|Its|Their) (?:\w+ )?name)\s+(?:is|are|was|were|has|have|had"
                        r"|did|does|do)(?:\s+not|n['’]t|\s+never)?(?:(?:\s+[a-z]+){1,3}(?=\s+[A-Z0-9]))?"
                        r"(?:\s+[A-Z0-9][\w.,'’%-]*){0,4}\s*\.?$")
