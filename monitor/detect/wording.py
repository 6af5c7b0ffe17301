"""The follow-up vocabulary as patterns (pure): how outlets word corrections, updates, denials and the rest.

Two voices. A *note* is written in an outlet's fixed voice ("(Corrects paragraph 5 ...)", "This story has been
corrected to show", "Editor's note:", "UPDATE (April 23):"); its actor is the outlet that published it. A
*reported* statement says that someone did something ("Binance denied the report", "Reuters said it stands by
its reporting"); its actor is the sentence's subject. Guards then drop what only looks like a follow-up:
demands for and refusals of an apology, threats of a lawsuit, "was denied entry", a market correction (no
pattern matches a bare "correction"), boilerplate such as "Corrections and clarifications" or "Updated 10:21 GMT".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

I = re.IGNORECASE  # noqa: E741 - a local shorthand for pattern tables

_STORY = (r"(?:story|article|report|post|piece|item|column|headline|blog post|newsletter|text|video|graphic|caption"
          r"|version|update|obituary|review|analysis|explainer|live blog|page)")
_RU_STORY = r"(?:стать[яюеи]|материал[ае]?|текст[ае]?|новост[ьи]|публикаци[яюи]|заметк[аеу])"
_DATE = (r"(?:\s+(?:[A-Za-zА-Яа-я]{3,9}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2} [A-Za-zА-Яа-я]{3,9}\.? \d{4}"
         r"|\d{1,2}/\d{1,2}/\d{2,4}))")
_MEDIA_OBJ = (r"(?:report|reports|reporting|article|articles|story|stories|claims?|allegations?|accusations?"
              r"|assertions?|suggestions?|characteri[sz]ations?|account|findings|piece|coverage|rumou?rs?)")


@dataclass(frozen=True)
class Rule:
    kind: str
    pattern: re.Pattern[str]
    confidence: float
    # 'note' (the outlet speaks), 'reported' (someone named did it), 'refusal' (refused to undo it) or 'accepted'
    # (someone accepted the actor's apology)
    voice: str


def _r(kind: str, pattern: str, confidence: float, voice: str, flags: int = I) -> Rule:
    return Rule(kind, re.compile(pattern, flags | re.UNICODE), confidence, voice)


# Reuters headline tags: CORRECTED-, UPDATE 2-, REFILE-, STORY WITHDRAWN (case-sensitive: they are capitals).
TAGS = re.compile(r"^\W*((?:(?:REFILE|UPDATE\s*\d*|CORRECTED|EXCLUSIVE|WRAPUP\s*\d*|RPT|INSIGHT|ANALYSIS|FACTBOX"
                  r"|TIMELINE|EXPLAINER|BREAKINGVIEWS|COLUMN|CORRECTED-UPDATE\s*\d*)\s*[-:]\s*)+)")
# Advisory lines in brackets: "(Corrects ...)", "(Adds comment ...)", "(Clarifies ...)", "(Withdraws ...)".
ADVISORY = re.compile(
    r"^\W{0,3}[\(\[]\s*(corrects?|correcting|corrected|fixes|fixing|amends|removes|deletes|inserts|adds?|adding"
    r"|updates?|updating|updated|recasts?|rewrites?|writethru|changes|refiles?|refiling|clarifies|clarifying"
    r"|withdraws?|исправлен\w*|исправля\w*|добавлен\w*|добавля\w*|дополнен\w*|обновлен\w*|уточн\w*)\b",
    I)
ADVISORY_KIND = {
    "correct": "correction", "fix": "correction", "amend": "correction", "remov": "correction",
    "delet": "correction", "insert": "correction", "исправ": "correction", "add": "update", "updat": "update",
    "recast": "update", "rewrit": "update", "writethru": "update", "chang": "update", "добав": "update",
    "дополн": "update", "обновл": "update", "clarif": "clarification", "уточн": "clarification",
    "withdraw": "retraction", "refil": "refile",
}

RULES: tuple[Rule, ...] = (
    # --- retraction
    _r("retraction", r"\bSTORY WITHDRAWN\b|^\W*WITHDRAWN\s*[-:]", 0.97, "note"),
    _r("retraction", r"^\W*retraction(?: notice| statement)?\s*(?:\([^)]{0,40}\)\s*)?[:\-–—]\s*\S"
                     r"|^\W*we (?:hereby )?retract\b", 0.95, "note"),
    _r("retraction", rf"\b(?:this|the|our) (?:original |earlier |previous |above |following )?{_STORY}"
                     r" (?:has been|was|have been|had been|is being) (?:retracted"
                     r"|withdrawn|removed|taken down|unpublished|deleted|pulled)\b", 0.95, "note"),
    _r("retraction", rf"\b(?:is|are|am) withdrawing (?:this|the|its|our) (?:\w+ )?{_STORY}"
                     rf"|\bwe (?:have |has )?(?:retracted|withdrawn|withdrew|removed|unpublished|taken down|deleted"
                     rf"|pulled) (?:the|this|that|our) (?:\w+ )?{_STORY}", 0.95, "note"),
    _r("retraction", r"\b(?:retract(?:ed|s|ing)?|withdr(?:ew|awn|aws?)|pull(?:ed|s)|unpublish(?:ed|es)|took down"
                     r"|takes down|taken down|delete[sd]|remove[sd]) (?:(?:its|the|their|his|her|that|this|a) )?"
                     r"(?:\w+[-\s]){0,3}(?:story|article"
                     r"|report|post|piece|tweet|claims?|allegations?|paper|study)\b"
                     r"|\bretract(?:ed|s|ing)? (?:its|his|her|their|that|this|the) (?:\w+ )?(?:statement|remarks"
                     r"|comments|accusations?)\b", 0.8, "reported"),
    _r("retraction", r"\b(?:issued|published|ran|printed) an? (?:full |formal |public )?retraction\b"
                     r"|\bretraction (?:was|has been) (?:issued|published)", 0.85, "reported"),
    _r("retraction", rf"\b{_RU_STORY} (?:был[аио]? )?(?:снят[аоы]?|удал[её]н[аоы]?|отозван[аоы]?)\b"
                     rf"|\bсня(?:л|ла|ли|ло) {_RU_STORY} с (?:публикации|сайта)"
                     rf"|\b(?:удалил|отозвал)[аио]? (?:свою |свой )?{_RU_STORY}|\bсня\w* с публикации", 0.9,
       "reported"),
    # --- correction
    _r("correction", r"^\W*correction\s*(?:\([^)]{0,40}\)\s*)?[:\-–—]\s*\S|^\W*correction\s*,\s*[^:]{3,40}:"
                     rf"|^\W*correction{_DATE}\s*[:\-–—]\s*\S"
                     r"|^\W*corrections? (?:&|and) amplifications?\s*[:\-–—]\s*\S",
       0.95, "note"),
    _r("correction", r"^\W*(?:an?|the) (?:article|report|story|headline|picture caption|caption|obituary|review|chart"
                     r"|map|graphic|column|essay|news analysis|editorial|post|picture) (?:on|in|about|last|published"
                     r"|from)\b[^.]{0,160}?\b(?:misstated|misidentified|misspelled|misquoted|misattributed|misreported"
                     r"|referred incorrectly|erroneously|incorrectly|wrongly|omitted|gave the wrong|gave an incorrect)"
                     r"|\b(?:story|article|report) published\b[^.]{0,120}\b(?:erroneously|incorrectly|wrongly"
                     r"|mistakenly) (?:reported|stated|said|described|identified)"
                     r"|\b(?:the )?(?:story|article|headline|report) should have (?:said|stated|reported|identified)"
                     r"|\bin an? (?:earlier|previous) version,? we\b"
                     r"|^\W*\(?\s*this (?:story|article|version) (?:corrects|clarifies|fixes)\b", 0.9, "note"),
    _r("correction", r"^\W*corrected\s*[:\-–—]\s*\S", 0.85, "note"),
    _r("correction", rf"\b(?:this|the|our) (?:original |earlier |previous |above |following )?{_STORY}"
                     r" (?:has been|was|have been|had been|is being|has since been)"
                     r" (?:corrected|amended|edited to correct|updated to correct|changed to correct"
                     r"|revised to correct)\b", 0.95, "note"),
    _r("correction", rf"\b(?:an|the|a) (?:earlier|previous|original|prior) (?:version|headline|draft|edition)"
                     rf" of this {_STORY}", 0.95, "note"),
    _r("correction", r"^\W*(?:an?|the) (?:earlier|previous|original) (?:version|headline)\b[^.]{0,40}?"
                     r"\b(?:misstated|incorrectly|wrongly|erroneously|misidentified|misspelled|misquoted"
                     r"|mischaracteri[sz]ed|misattributed|misreported|inaccurately|omitted)", 0.95, "note"),
    _r("correction", rf"\b(?:this|the) {_STORY} (?:previously|originally|incorrectly|erroneously|wrongly|mistakenly)"
                     r" (?:stated|said|reported|misstated|identified|described|referred|gave|named|attributed)",
       0.9, "note"),
    _r("correction", r"\b(?:because of|due to|owing to) an? (?:editing|reporting|production|transcription"
                     r"|translation|editorial|typographical) error\b", 0.95, "note"),
    _r("correction", r"\bregrets? the (?:error|errors|mistake|inaccuracy|omission|misstatement)\b", 0.95, "note"),
    _r("correction", r"^\W*(?:corrects?|fixes|amends) (?:the |a )?(?:typo|spelling|name|headline|paragraph|title"
                     r"|figure|date|amount|number"
                     r"|day|year|attribution|quote|description|reference|byline|dateline|caption|\w+ paragraph"
                     r"|in (?:the )?(?:\w+ )?paragraph|to (?:show|say|reflect|remove))", 0.95, "note"),
    _r("correction", r"\b(?:corrected|amended|fixed|corrects|amends|fixes) (?:(?:its|the|their|his|her|that|this) )?"
                     r"(?:\w+[-\s]){0,3}(?:story"
                     r"|article|report|reporting|headline|piece|post|tweet)\b", 0.8, "reported"),
    _r("correction", r"\b(?:issu|publish|ran|runs|append|add|print|post)(?:e|es|s|ed)? (?:an? )?"
                     r"(?:(?!no\b|any\b)\w+ )?correction\b"
                     r"|\bcorrection (?:was|has been) (?:issued|published|appended|added)", 0.8, "reported"),
    _r("correction", r"^\W*(?:исправлено|исправление|поправка)\s*(?:\([^)]{0,40}\)\s*|[^:.!?]{0,30})?[:\-–—]\s*\S"
                     rf"|\bв {_RU_STORY} (?:были )?внесены (?:исправления|правки)"
                     rf"|\b{_RU_STORY} (?:был[аио]? )?исправлен[аоы]?\b"
                     r"|\bв (?:первоначальной|предыдущей|ранней|прежней|первой) (?:версии|редакции)"
                     r"|\bранее в (?:статье|материале|тексте|новости|заметке) (?:ошибочно|неверно|неправильно)"
                     r"|\b(?:ошибочно|неверно) (?:указывалось|говорилось|утверждалось|сообщалось|было указано)"
                     r"|\bсожале(?:ет|ем) об (?:ошибке|неточности)", 0.95, "note"),
    _r("correction", rf"\b(?:исправил|скорректировал)[аио]? (?:свою |свой |свои )?{_RU_STORY}"
                     r"|\bопубликовал[аио]? (?:исправление|поправку)", 0.8, "reported"),
    # --- clarification
    _r("clarification", r"^\W*clarification\s*(?:\([^)]{0,40}\)\s*)?[:\-–—]\s*\S"
                        rf"|^\W*clarification{_DATE}\s*[:\-–—]\s*\S", 0.95, "note"),
    _r("clarification", rf"\b(?:this|the|our) {_STORY} (?:has been|was|have been) clarified\b"
                        r"|\b(?:has been|was|been|were) (?:amended|updated|edited|changed|revised) to (?:clarify"
                        r"|make (?:it )?clear|better reflect|more accurately (?:reflect|describe))", 0.95, "note"),
    _r("clarification", r"^\W*we (?:would like to |wish to |want to )?clarify\b"
                        r"|^\W*(?:уточнение|уточнено)\s*[:\-–—]\s*\S|\bредакция (?:хотела бы )?уточня(?:ет|ть)"
                        r"|\bв (?:материал|статью|текст) внесены уточнения"
                        rf"|\b{_RU_STORY} (?:был[аио]? )?уточн[её]н", 0.9, "note"),
    _r("clarification", r"\b(?:issu|publish|ran|runs|append|add|post)(?:e|es|s|ed)? (?:an? )?clarification\b", 0.8,
       "reported"),
    # --- update
    _r("update", r"^\W*updated?(?!\s*\d+\s*-)\s*(?:\d+\s*)?(?:\([^)]{1,60}\)|,\s*[^:]{1,40})?\s*[:\-–—]\s*\S",
       0.9, "note"),
    _r("update", rf"\bwe(?: have|['’]ve)? (?:updated|expanded|revised) (?:this|the|our) {_STORY}\b"
                 rf"|\b(?:this|the|our) {_STORY} (?:has been|was|have been|had been) (?:updated|expanded|revised)\b",
       0.95, "note"),
    _r("update", r"^\W*(?:updates?|updated) (?:with|to (?:add|include|reflect|note|show))\b"
                 r"|^\W*(?:(?:story|article|post|this story|this article) )?updated?(?!\s*\d+\s*-)\b.{0,60}?"
                 r"\b(?:with|to (?:include|add|reflect))\b"
                 r"|^\W*(?:it|this) (?:has been|was) updated (?:to (?:include|add|reflect)|with)\b"
                 r"|^\W*(?:adds|adding) (?:comments?|details|background|quotes?|statement|response|reaction|context"
                 r"|byline|analysts?|shares|graphic|new|more|further|paragraphs?)\b", 0.9, "note"),
    _r("update", r"^\W*(?:обновлено|дополнено|обновление)\s*(?:\([^)]{1,40}\)|[^:.!?]{0,30})?\s*[:\-–—]\s*\S"
                 rf"|\b{_RU_STORY} (?:был[аио]? )?(?:обновл[её]н|дополнен)[аоы]?\b"
                 r"|\bв (?:материал|статью|текст|новость) (?:были )?(?:добавлен\w*|внесены изменения)", 0.9, "note"),
    # --- editor's note
    _r("editors_note", r"^\W*(?:editorial note|ed\.? note)\s*[:\-–—]"
                       r"|^\W*editors?['’]?s?['’]? note\b\s*(?:\([^)]*\)|,\s*[^:]{3,40})?\s*[:\-–—.]"
                       r"|^\W*(?:a )?note (?:from|to) (?:the |our )?(?:editors?|readers)\s*[:\-–—]"
                       r"|^\W*(?:примечание редакции|от редакции|прим\.?\s*ред\.?)\s*[:\-–—.]", 0.95, "note"),
    _r("editors_note", r"\b(?:add|append|attach|publish|plac|ran|runs|post)(?:e|es|s|ed)? (?:an? )?"
                       r"editor['’]?s['’]? note"
                       r"|\ban? editor['’]?s['’]? note (?:was |has been )?(?:added|appended|attached|published)"
                       r"|\bin an? editor['’]?s['’]? note\b", 0.85, "reported"),
    # --- apology
    _r("apology", r"\bapologi[sz](?:e|es|ed|ing)\b|\b(?:offer|issu|publish|mak|made|extend|print|post|tender)"
                  r"(?:e|es|s|ed|ing)? (?:an? |its |his |her |their |our )?(?:(?:formal|full|public|unreserved|sincere"
                  r"|unequivocal)\s+)*apolog(?:y|ies)\b"
                  r"|\bwe(?: are|['’]re) (?:deeply |truly |very )?sorry\b|\bsaid sorry\b|^\W*sorry\W*$"
                  r"|\b(?:our|my) (?:sincere |deepest |unreserved )?apologies\b|^\W*apology\s*[:\-–—]"
                  r"|\b(?:was|is|were|are|am) (?:deeply |truly |very )?sorry (?:for|about|that)\b", 0.85,
       "reported"),
    _r("apology", r"\baccept(?:s|ed|ing)? (?P<by>[\w'’]+['’]s?\s)?(?:\w+ )?apolog(?:y|ies)\b", 0.85, "accepted"),
    _r("apology", r"\bприн(?:ос|ёс|ес)\w*\s+(?:свои\s+)?(?:\w+\s+)?извинени|\bизвинил(?:ся|ась|ось|ись)\b"
                  r"|\bизвиня(?:ется|емся|ются)\b|\bпрос(?:им|ит) прощения|\bпопросил[аио]? прощения", 0.85,
       "reported"),
    # --- denial
    _r("denial", r"\b(?:den(?:y|ies|ied|ying)|refut(?:e|es|ed|ing)|rebut(?:s|ted|ting)?)\b", 0.85, "reported"),
    _r("denial", rf"\b(?:reject|dismiss|disput|rebuff|push(?:ed|es|ing)? back (?:on|against)|hit(?:s|ting)? back"
                 r" (?:at|against)|slam(?:s|med)?|blast(?:s|ed)?)\w* (?:the |these |those "
                 r"|such |all |any |as |its |reuters['’]? |[\w']+['’]s )?"
                 rf"(?:[\w'’‘“”\"-]+\s){{0,2}}{_MEDIA_OBJ}\b", 0.85,
       "reported"),
    _r("denial", r"\b(?:categorically|completely|totally|patently|entirely|wholly|absolutely|demonstrably|simply"
                 r"|flatly) (?:false|untrue|wrong|inaccurate|baseless|unfounded|fabricated|incorrect)\b"
                 r"|\bno truth (?:to|in)\b|\b(?:full of|riddled with|contain(?:s|ed|ing)?) ['‘“\"]?(?:\w+ ){0,2}"
                 r"(?:inaccuracies|errors|falsehoods|misrepresentations|untruths)", 0.85, "reported"),
    _r("denial", rf"\b(?:said|says|told|called|insisted|maintained|described|calling|saying|describing)\b[^.]{{0,100}}"
                 rf"\b{_MEDIA_OBJ} (?:[\w,]+ ){{0,4}}(?:is|are|was|were|as)? ?['‘“\"]?(?:\w+ )?"
                 r"(?:false|untrue|baseless|unfounded"
                 r"|inaccurate|misleading|fabricated|defamatory|wrong|not true|without (?:any )?(?:basis|merit"
                 r"|foundation))\b", 0.8, "reported"),
    _r("denial", r"\b(?:said|says|insisted|maintained|stated|told)\b[^.]{0,40}\b(?:never|did not|didn't|has not"
                 r"|had not|does not|doesn't|hasn't)\b[^.]{0,20}\b(?:(?:share|shared|provide|provided|hand(?:ed)? over"
                 r"|give|gave|pass(?:ed)?|leak(?:ed)?|disclose[d]?)\b[^.]{0,30}\b(?:data|information|details)"
                 r"|(?:met|meet|cooperated|co-operated|worked) with (?:\w+ ){0,3}(?:officials|authorities|agency"
                 r"|agencies|intelligence|services|regulators|government))",
       0.75, "reported"),
    _r("denial", r"\bопроверг(?:ла|ли|ло|ает|ают|нул[аи]?)?\b|\bотрица(?:ет|ют|л|ла|ли|ло)\b"
                 r"|\bотверг(?:ла|ли|ло|ает|ают)?\b[^.]{0,30}(?:обвинени|утверждени|информаци|сообщени|публикаци)"
                 r"|\bназвал[аио]?\b[^.]{0,40}(?:ложн|ложью|фейк|недостоверн|клевет|необоснованн)"
                 r"|\bне соответству(?:ет|ют) действительности\b|\bопубликовал[аио]? опровержение", 0.85, "reported"),
    # --- stands by
    _r("stands_by", r"\b(?:stands?|stood|standing) (?:firmly |fully |squarely |solidly )?(?:by|behind) (?:its|our"
                    r"|the|his|her|their|this|that) (?:\w+[-\s]){0,2}(?:reporting|report|reports|story|stories"
                    r"|article|articles|journalism|coverage|findings|reporters|journalists|piece|investigation"
                    r"|account)\b|\b(?:stands?|stood) by (?:the accuracy of|every word)", 0.95, "reported"),
    _r("stands_by", r"\b(?:stands?|stood) (?:firmly |fully )?(?:by|behind) (?:it|them)\b", 0.85,
       "reported"),
    _r("stands_by", r"\bdefend(?:s|ed|ing)? (?:its|our|the|their) (?:\w+ )?(?:reporting|story|report|article"
                    r"|journalism|coverage|reporters|journalists)\b", 0.85, "reported"),
    _r("stands_by", r"\b(?:remains?|is|are|was) (?:fully |entirely )?confident (?:in|of) (?:the accuracy of )?(?:its"
                    r"|our|the) (?:reporting|report|story|article|journalism|coverage)", 0.9, "reported"),
    _r("stands_by", r"\b(?:declined|refused|refuses|declines) to (?:retract|withdraw|correct|take down) (?:the|its"
                    r"|their|our) (?:\w+ )?(?:story|report|article|reporting)", 0.75, "reported"),
    _r("stands_by", r"\b(?:would|will|does|did) not (?:retract|withdraw|take down|unpublish) (?:the|its|their|our)"
                    r" (?:\w+ )?(?:story|report|article|reporting)|\bno plans to (?:retract|withdraw) (?:the|its)"
                    r" (?:\w+ )?(?:story|report|article)|\bwon['’]t (?:retract|withdraw) (?:the|its|our)",
       0.8, "refusal"),
    _r("stands_by", r"\bнастаива(?:ет|ют|л|ла|ли) на (?:достоверности|точности|правдивости) "
                    r"|\bпридержива(?:ется|ются) (?:своей|своих) (?:версии|публикации|материала|данных)"
                    r"|\bуверен[аоы]? в (?:достоверности|точности)"
                    r"|\bне (?:намерен[аоы]?|собирается|будет) (?:отзывать|удалять|исправлять|опровергать) "
                    rf"{_RU_STORY}",
       0.9, "reported"),
    # --- legal action

    _r("legal_action", r"\b(?:took|takes|taken|taking|take|dragged|drags) (?:[\w'’]+ ){1,3}to court\b"
                       r"|\b(?:lodged|lodges|submitted|submits|filed|files) (?:a |an )?(?:formal |official )?complaint"
                       r"|\bcomplained to (?:the )?(?:\w+ ){0,3}(?:regulator|ipso|ofcom|court|watchdog)\b", 0.85,
       "reported"),
    _r("legal_action", r"\b(?:sued|sues|suing)\b"
                       r"|\bfil(?:ed|es|ing) (?:a |an )?(?:[\w-]+ ){0,3}(?:lawsuit|suit|complaint|claim"
                       r"|petition|case|charges|motion)\b|\b(?:lawsuit|suit|charges) against\b"
                       r"|\b(?:lawsuit|suit|complaint|legal action|legal proceedings"
                       r"|proceedings|claim|case) (?:was |has been |had been )?(?:filed|lodged|brought|launched"
                       r"|initiated)\b", 0.9, "reported"),
    _r("legal_action", r"\b(?:took|taken|take|takes|taking|launched|launches|initiated|began|commenced|brought"
                       r"|brings|bring|started) (?:legal action|legal proceedings|(?:court |criminal |civil )?"
                       r"proceedings|an? (?:[\w-]+ ){0,2}(?:lawsuit|suit|case|claim|action))\b"
                       r"|\b(?:fined|fines|fining)\b|\bimposed an? (?:[\w$.,]+ ){0,4}(?:fine|penalty)"
                       r"|\b(?:brought|filed|pressed|laid) (?:criminal |civil )?charges\b|\bpleaded guilty\b"
                       r"|\b(?:charged|charges|indicted|indicts) (?:[\w.,'’-]+ ){0,5}with\b|\bordered to pay\b"
                       r"|\b(?:defamation|libel) (?:suit|lawsuit|claim|case|action|proceedings|complaint)"
                       r"|\b(?:faces?|facing|hit with|slapped with|named in) (?:a |an )?(?:[\w-]+ ){0,3}(?:lawsuit"
                       r"|class action|complaint|charges|fine|penalty)\b"
                       r"|\b(?:opened|launched|began|started|initiated) an? (?:[\w-]+ ){0,2}(?:investigation|probe"
                       r"|inquiry)\b|\bsettled (?:a|the|its) (?:[\w-]+ ){0,2}(?:lawsuit|suit|case|charges|claims)",
       0.85, "reported"),
    _r("legal_action", r"\b(?:charged|indicted|sued|fined) (?:[A-Z][\w.'’-]+|him|her|them)", 0.85, "reported",
       flags=0),
    _r("legal_action", r"\bподал[аио]? (?:\w+ ){0,2}(?:иск|в суд|жалоб|заявление в (?:полицию|прокуратуру|суд))"
                       r"|\bиск (?:к|против)\b|\bобратил(?:ся|ась|ось|ись) в (?:суд|прокуратуру|полицию)"
                       r"|\bоштрафовал[аио]?\b|\bштраф\w* в размере|\bвозбудил[аио]? (?:\w+ ){0,2}дело"
                       r"|\bпредъявил[аио]? (?:\w+ )?обвинени|\bсуд (?:обязал|постановил|оштрафовал|арестовал)"
                       r"|\bзав[её]л[аио]? (?:\w+ )?дело", 0.85, "reported"),
)

# Words before a trigger, in its clause, that turn it into a demand, a refusal, a threat or a hypothesis.
NOT_DONE = re.compile(
    r"\b(?:expect(?:s|ed|ing)?|demand(?:s|ed|ing)?|want(?:s|ed)?|call(?:s|ed|ing)? (?:for|on)|urg(?:e|es|ed|ing)"
    r"|press(?:es|ed|ing)?|seek(?:s|ing)?|sought|ask(?:s|ed|ing)?|request(?:s|ed|ing)?|await(?:s|ed|ing)?"
    r"|insist(?:s|ed)? on|owe(?:s|d)?|should|must|ought|needs? to|has yet to|have yet to|refus(?:e|es|ed|ing)"
    r"|declin(?:e|es|ed|ing)|no need|never|not|no|without|no plans|threat(?:en|ens|ened|ening)?"
    r"|consider(?:s|ed|ing)?|mull(?:s|ed|ing)?|weigh(?:s|ed|ing)?|may|might|could|would|will|plans? to"
    r"|planning to|intends? to|whether|if|unless|reserves? the right|warn(?:s|ed)? (?:of|that)|possible|potential"
    r"|neither|nor|confirm or|when|whenever|declined to say|ultimatum|readiness|ready to|prepared to|wait(?:s|ing)? for"
    r"|требу\w*|потребова\w*|жд[её]т|ждут|ожида\w*|призва\w*|призыва\w*|пригрози\w*|грози\w*|намерен\w*"
    r"|может|могут|мог\w*|будет|собира\w*|отказа\w*|отказыва\w*|не|ни|нет|без|если|хочет|хотят|добива\w*)\b"
    r"|\bне\s|n't\b",
    re.IGNORECASE | re.UNICODE)
_CLAUSE_CUT = re.compile(r"[;:,“”\"«»]|\b(?:but|while|whereas|although|and then|after|а|но)\b", re.IGNORECASE)

# "was denied entry", "denial-of-service": the verb, not a follow-up.
NOT_A_DENIAL = re.compile(
    r"\b(?:was|were|been|being|is|are|be|get|got)\s+denied\b(?!\s+by)"
    r"|\bden(?:y|ies|ied|ying) (?:[\w'’]+ ){0,4}(?:access|entry|bail|visas?|requests?|permission|applications?"
    r"|licen[cs]es?|motions?|appeals?|petitions?|boarding|service|credit|coverage|insurance|them|him|her|users"
    r"|customers|withdrawals?|deposits?|payouts?|refunds?|funds|loans?|claims? for)\b"
    r"|\bden(?:y|ies|ied|ying) (?:the |a |an )?[\w'’-]+(?: [\w'’-]+){0,2} (?:a|an|any) "
    r"|\bden(?:y|ies|ied|ying) (?:nothing|himself|herself|themselves|itself)\b"
    r"|\bdenial[- ]of[- ]service\b|\bdeniability\b|\bin denial\b"
    r"|\bconfirm (?:n)?or deny\b|\bdeny or confirm\b|\bни подтвердил\w*,? ни опроверг|\bне (?:стал[аио]? )?опроверг"
    r"|\bне отрица|\bthe court denied\b|\bjudge denied\b",
    re.IGNORECASE | re.UNICODE)

# An apology follows up a story when it is about what was published or said, not a delayed flight.
MEDIA_CONTEXT = re.compile(
    r"\b(?:error|errors|mistake|mistakes|inaccura\w*|incorrect\w*|misstat\w*|wrong\w*|false\w*|report\w*|articles?"
    r"|stor(?:y|ies)|coverage|publication|published|headline|piece|post|tweet|broadcast|readers|claims?"
    r"|allegations?|accusations?|remarks|misleading|defamat\w*|libel\w*|misquot\w*|quote\w*"
    r"|ошибк\w*|неточн\w*|публикаци\w*|стать\w*|материал\w*|сообщени\w*|заголов\w*|новост\w*|читател\w*"
    r"|утверждени\w*|обвинени\w*|клевет\w*)\b",
    re.IGNORECASE | re.UNICODE)
_SAID_IN = re.compile(r"\b(?:in|on|via|through) an? (?:\w+ ){0,2}(?:statement|post|tweet|video|interview|letter|blog"
                      r"|address|message|call)\b|\bin (?:a )?post on \w+", re.IGNORECASE)

# A sentence that recalls an old episode ("years ago", "in the past") is history, not news.
OLD_TIMES = re.compile(
    r"\b(?:years? ago|decades? ago|a decade|in the past|back in|famously|has a history of|historically"
    r"|once (?:issued|ran|published|had to)|в прошлом|много лет назад|несколько лет назад)\b",
    re.IGNORECASE | re.UNICODE)
_YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")

# Timestamps that every page carries: "Updated 10:21 GMT", "Last updated: 23 April 2022", "Обновлено 25.04.2022".
_TIMESTAMP_HEAD = re.compile(r"^\W*(?:last\s+)?(?:updated?|обновлено|дополнено)\s*(?:on|at|в)?\s*[:\-–—]?\s*",
                             re.IGNORECASE)
_TIMESTAMP_TOKEN = re.compile(
    r"[\d:.,/\-]+|a\.?m\.?|p\.?m\.?|[ap]m|gmt|utc|bst|est|edt|cet|cest|msk|et|pt|mon\w*|tue\w*|wed\w*|thu\w*|fri\w*"
    r"|sat\w*|sun\w*|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*"
    r"|(?:янв|фев|мар|апр|ма[йя]|июн|июл|авг|сен|окт|ноя|дек)[а-яё]*\.?|в|г\.?|года?|мск",
    re.IGNORECASE)


def is_timestamp(sentence: str) -> bool:
    """True for a bare "Updated <date/time>" line (boilerplate), false for a note that says what changed."""
    head = _TIMESTAMP_HEAD.match(sentence)
    if not head:
        return False
    return all(_TIMESTAMP_TOKEN.fullmatch(token.strip(",.()")) or not token.strip(",.()")
               for token in sentence[head.end():].split())


def not_done(sentence: str, start: int) -> bool:
    """True when the words before position `start`, in the same clause, make the act a demand or a refusal."""
    before = sentence[max(0, start - 80):start].replace("’", "'")
    cuts = list(_CLAUSE_CUT.finditer(before))
    if cuts:
        before = before[cuts[-1].end():]
    return bool(NOT_DONE.search(before))


_HYPOTHETICAL = re.compile(r"^[^,;.]{0,60}?\b(?:would|could|might|may)\b", re.IGNORECASE)


def hypothetical_after(sentence: str, end: int) -> bool:
    """'a defamation suit by Binance would face a high bar': the act is imagined, not done."""
    return bool(_HYPOTHETICAL.match(sentence[end:]))


def media_context(sentence: str) -> bool:
    """Whether an apology is about something published or said (a bare "Sorry." under a note is the outlet's)."""
    if len(sentence.split()) <= 3 or re.match(r"^[\s(\[]*we (?:\w+ )?apologi[sz]e\b", sentence, re.IGNORECASE):
        return True
    return bool(MEDIA_CONTEXT.search(_SAID_IN.sub(" ", sentence)))


def is_old(sentence: str, year: int | None, voice: str = "reported") -> bool:
    """The sentence recalls an earlier episode: a cue word, or (for a reported act) a year before the article's.

    A note's own dates are about the facts it fixes ("took place in April 2021, not May 2021"), never a cue.
    """
    if OLD_TIMES.search(sentence):
        return True
    return voice == "reported" and year is not None and any(int(y) < year for y in _YEAR.findall(sentence))
