"""The follow-up vocabulary as lemma frames (pure): for each kind, the acts that state it.

This module holds the outlet's corrections and clarifications; `notices` its other notes (apologies, retractions,
updates, editor's notes); `disputes` what the parties to a story do about it (denials, stand-bys, legal actions).
RULES is all three, in that order.

A rule is a short pattern over a sentence's lemma string (see `lemmas`), written in the notation of `notation`
so that the table stays readable, with the word sets of `wordsets` for its {NAME} slots.
Each rule names its kind, its voice and a strength (a prior, later calibrated):
  note     - the outlet speaks of its own text ("an earlier version of this story misstated");
  act      - someone did it ("Binance denied the report"): demands, refusals, modals and conditions cancel it;
  stance   - someone calls a claim false ("the allegations are baseless"): only a negation or condition cancels;
  refusal  - a refusal that is itself the act ("would not retract the story" stands by it);
  accepted - someone accepted the actor's apology ("Reuters accepted Binance's apology").
`media` marks rules whose subject must be a publisher or "we" (a ministry that "clarified" a rule has not
clarified a story). `request` marks rules worded as requests by nature (an AP kill notice "asks" to kill).
"""

from __future__ import annotations

import functools

from monitor.detect.disputes import DISPUTE_RULES
from monitor.detect.entries import ENTRY_RULES
from monitor.detect.notation import Rule, rules
from monitor.detect.notices import NOTICE_RULES
from monitor.detect.wordsets import SETS

_rules = functools.partial(rules, SETS)

RULES: tuple[Rule, ...] = tuple(
    # --- correction: the outlet fixes an error in its own published work
    _rules("correction", "note", 0.95,
           "earlier|early|previous|original|prior|initial|first version|headline|draft|edition|iteration|caption"
           " of this|the|our|that {STORY}",
           "^ in|on? a|an|the|this? earlier|early|previous|original|prior|initial version|headline|draft|caption ~10"
           " {SAYV}"
           "|{ERRV}"
           "|{ERRADV}",
           "regret ~2 the|this|these|that|our|any|a|an error|mistake|inaccuracy|omission|misstatement|oversight|lapse"
           "|confusion|misidentification|errors",
           "because|due|owe|owing|result|through ~2 a|an ~3 error|mistake|oversight|glitch",
           "{STORY}|{PART}|it ~4 be|have ~v3 correct|amend|fix",
           "^ this? {STORY} correct|amend ~1 to|on|at|after",  # in a headline's words: "Story corrected to show"
           "{STORY}|{PART}|it ~3 be|have ~v3 update|change|edit|revise|alter|modify ~2 to correct|fix|reflect"
           "|show|say|acknowledge|state|identify|read",
           # "This story was modified to remove quotes attributed to ...": a cut (an "updated to remove" is an update)
           "{STORY}|it ~3 be|have ~v3 edit|alter|modify ~2 to remove|delete|cut|drop|strike ~3 claim|mention|sentence"
           "|line|passage|paragraph|quote|allegation|statement|word|assertion|suggestion",
           "^ a|an|the|this|in|on|our ~2 {STORY} ~16 {ERRV}|{ERRADV}",
           "^ {DAY}|the ~1 's ~3 {STORY} ~16 {ERRV}|{ERRADV}",
           "^ a|an|the|this|our|in ~3 {STORY} ~6 incorrectly|wrongly|erroneously|mistakenly|inadvertently"
           "|inaccurately",
           "^ a|an|the|this|our|in ~3 {STORY} ~6 originally|initially|previously ~2 {SAYV}|{ERRV}",
           # the outlet's own piece found false: "The premise of Wednesday's editorial was patently false"
           "^ the|a|an? ~5 yesterday|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|our 's? {STORY}"
           " ~~10 be ~2 false|wrong|incorrect|inaccurate|untrue|mislead",
           "^ contrary to ~2 a|an|our {STORY} in|on",
           # a column's entry owning a fault without an error verb: "included an outdated entry", "should not have been
           # published", "We were wrong to say ...", "Our story failed to mention ..."
           "^ a|an|the|our|this|in|on ~6 {STORY} ~10 include|contain|carry|give|use|run ~2 an? outdate|out-of-date",
           "{STORY}|it|this ~10 should not have be ~v1 publish|print|run|air|post|include",
           "^ we|i ~2 be ~2 wrong|incorrect|mistake to say|report|suggest|state|write|claim|describe|call|imply",
           "^ our|this ~2 {STORY} ~10 fail|neglect to mention|note|say|include|disclose|state|credit|make",
           # a column's entry opening with the piece's quoted title: '"A bum steer" (News, Jan. 12) miscalculated'
           "^ \" ~12 \" ( ~~12 ) ~3 {ERRV}|{ERRADV}",
           # "I had, by mistake, written in the earlier figure"
           "^ we|i ~~3 by mistake|in_error ~~3 write|print|publish|include|report|say|state|give|use|put|add",
           # "as in a previous Web version, we say ...": the piece's own words owned as earlier ones
           "as in a|the ~1 previous|early|original|prior ~2 version , we|it ~2 {SAYV}|write",
           # "not Mr Herbert of Bedfordshire, as he has been described in these annals"
           "not ~8 , as he|she|it|they ~1 have ~1 be ~3 describe|report|state|call|name|refer|identify",
           # "Contrary to what was stated in our article, the museum is open on Mondays"
           "^ contrary to what ~4 in|by our {STORY}",
           # "The date of the concert was wrong in Wednesday's listings"
           "{PART}|time|location|address|day|score|price ~5 be ~2 incorrect|wrong|inaccurate|misspell|misstate ~2 in"
           " ~4 {STORY}|edition|listings",
           "^ we|i ~4 {ERRV}|incorrectly|wrongly|erroneously|mistakenly|inadvertently|inaccurately",
           # "Mr Dale was not, as we said, a member of the council"
           "not , as we ~2 say|report|state|write|suggest|describe|give|claim|imply|have",
           # "we got the date of the election wrong in Monday's edition"
           "^ we|i ~2 get ~6 wrong ~~6 {STORY}|edition|caption|headline|coverage|column",
           "{STORY}|edition ~~10 we|i ~2 get ~6 wrong",
           # "The article erred in saying the vote was unanimous"
           "{STORY} ~3 err in|by ~2 {SAYV}|say*|stat*|report*|describ*|suggest*|call*|omit*|includ*|identif*",
           # "A picture caption reversed the identities of two council members"
           "{STORY}|{PART} ~~12 reverse|switch|swap|transpose|confuse|mix_up ~3 identity|identities|name|names|caption"
           "|captions|photo|photos|photograph|photographs|picture|pictures",
           # "Information in an article on the election results was incorrect"
           "^ information|figure|figures|detail|details|date|data ~1 in ~3 {STORY} ~~12 be ~2 incorrect|wrong"
           "|inaccurate|erroneous|misstate",
           # "I erred in some of my reporting here"
           "we|i ~2 err in ~3 {STORY}|reporting|report|coverage|column|account",
           # "an editorial error led to us wrongly stating that ..."
           "we|us ~1 incorrectly|wrongly|erroneously|mistakenly|inaccurately ~1 {SAYV}",
           # "it was brought to our attention that one of the funders had been omitted"
           "bring|come to our|my attention ~~24 omit|{ERRV}|incorrectly|wrongly|erroneously|mistakenly|error"
           "|mistake|inaccurate|incorrect",
           "{PART}|section|sentence|paragraph|caption|line|acknowledgement|acknowledgment|acknowledgements"
           "|acknowledgments ~3 should|now read ~2 as follow|:",
           # a corrections-column line opening with the piece's quoted title: "\"A bum steer\" (News, Jan. 12)
           # miscalculated ..."
           "^ \" ~~30 \" ~~12 {ERRV}|incorrectly|wrongly|erroneously|mistakenly|inaccurately",
           # "A serious error was made in the February 28 article", "some mistakes were made in compiling the estimate"
           "error|errors|mistake|mistakes ~3 be ~v1 make ~2 in ~5 {STORY}|publication|edition|issue|estimate|compile"
           "|table|figure|calculation|release|{PART}",
           "a|an|the|this|our edit|editorial|production|typographical|transcription|layout|copyedit|copy-edit"
           "|sub-edit|subedit error|mistake|glitch",
           "^ we ~3 make ~3 the? following? error|errors|mistake|mistakes ~2 in",
           "^ a|an|the|this|our|yesterday|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|last 's? ~3"
           " {STORY} ~~16 have ~3 a|an|some|several|two|three? error|errors|mistake|mistakes|inaccuracy|inaccuracies",
           "^ a|an|the ~3 {STORY} ~~30 should have ~1 say|read|state|report|identify|note|name|be|include",
           "^ in ~3 {STORY}|version ~~16 there be ~2 error|errors|mistake|mistakes|inaccuracy|inaccuracies",
           # "There was quite an error in yesterday's e-mail", "There were two errors in Monday's story"
           "^ there be ~3 error|errors|mistake|mistakes|inaccuracy|inaccuracies ~2 in ~4 {STORY}|email|e-mail"
           "|newsletter|edition",
           # what the piece should have said, and what it wrongly said: "There should have been 7.5g salt, not 75g"
           "should have ~1 be|read|say|state ~~12 , not",
           # ("instead of Tuesday, as previously reported"; not a plan changed "as previously announced")
           "instead of ~~12 as ~2 report|state|publish|say|give|write",
           # "worth $5bn, rather than $50bn as originally published"
           "rather than ~~12 as ~2 originally|initially|previously|first|incorrectly|wrongly|mistakenly|erroneously ~1"
           " report|state|publish|say|write|give|print",
           # what an edit took out of the piece: "An incorrect reference to ... has been removed from this article",
           # "A sentence implying ... has been removed" (not "a reference to it was removed from the bill")
           "^ a|an|the ~3 incorrect|erroneous|inaccurate|mistake|mislead|wrong ~3 {PART}|statement|claim"
           " ~~20 have|be ~2 remove|delete|cut|strike",
           "^ a|an|the sentence|paragraph|passage|line|reference ~~20 have be ~v2 remove|delete|cut|strike",
           "{PART}|statement|claim ~~20 have|be ~2 remove|delete|cut|strike ~2 from this|the {STORY}",
           # "the school board article printed in the November 24 edition was in error"
           "^ a|an|the|this|our|that ~3 {STORY} ~~20 be in error",
           # "the photo caption incorrectly referred to", "members who were incorrectly identified as"
           "{STORY}|{PART} ~2 incorrectly|wrongly|erroneously|mistakenly ~1 {SAYV}|refer",
           "be incorrectly|wrongly|erroneously|mistakenly ~1 identify|list|describe|name|label|credit|attribute"
           "|spell|caption|quote|report",
           "we ~6 clarify|note|acknowledge|point_out ~~16 contain|include ~3 a|an? error|errors|mistake|inaccuracy"
           "|inaccuracies",
           "^ we ~3 regret ~1 {STORY}|{PART}|that|this|our|the|any|add*|publish*|print*|run*|use*|include*|omit*"
           "|say*|suggest*|state*|report*",
           "{PART} ~2 be ~4 incorrect|wrong|inaccurate|erroneous|misleading|mislead|misstate|misspell|omit",
           "{PART} ~6 be ~1 misspell|misstate|misidentify|misattribute|misquote|misprint|misdate|mislabel|garble"
           "|garbled",
           "{PART} ~2 be ~2 give|spell|state|report|print|render incorrectly|wrongly|erroneously",
           "{PART}|information|fact|detail ~1 give|state|report|print|cite|quote|publish|use ~4 be ~2 incorrect"
           "|wrong|inaccurate|erroneous|mistaken|mistake",
           "we ~4 learn|find|discover|realize|determine|establish|conclude ~2 that? ~3 {STORY}|part|parts|portion"
           "|section|element|elements ~~8 be|contain|include ~3 false|untrue|inaccurate|incorrect|wrong|misleading"
           "|mislead|error|errors|inaccuracies|inaccuracy|mistake|mistakes|flawed|flaw|fabricated|fabricate",
           "we ~2 should not have ~2 publish|use|run|print|say|include|describe|call|refer|quote|name"
           "|identify|suggest|report|state|imply",
           "we|now ~3 accept|acknowledge|admit|concede ~4 {STORY}|statement|allegation|claim|it|this|information ~4 be"
           " ~3 false|untrue|inaccurate|incorrect|wrong|misleading|defamatory|unfounded|mislead",
           "below|above for ~2 correction|clarification",
           "{STORY}|we ~3 should have ~1 say|read|state|report|identify|note|name|be|include|attribute|credit"
           "|refer|describe|show|spell",
           # (not "It should have been Joy Division": anyone's "it should have been")
           "it ~3 should have ~1 say|read|state|report|identify|name|attribute|credit|refer|describe|spell",
           "{STORY} ~8 should have ~1 indicate|mention|add|say|read|state|note|include|identify|report",
           # what the piece should have given: "the correct number should have been 1,400", "the correct figure is"
           "the correct ~1 {PART}|figure|total|year|score|time|location|address|spelling ~2 be|should",
           ", not ~8 ,? as ~2 originally|previously|initially|early|incorrectly|wrongly|mistakenly|first",
           ", not ~~12 ,? as we|it|be|have|previously|originally|first|early ~1 report|state|publish|say|write|give"
           "|suggest|describe",
           "not ~8 as originally|initially|previously|first|erroneously|incorrectly|wrongly ~1 state|report|publish"
           "|say|write|give|suggest|describe|spell",
           "set the record straight", "^ correction append",
           # "We have removed a reference to the FSB from this article"; "The headline of this article was changed on
           # 2 May to more accurately reflect its content"
           "^ we ~3 remove|delete|cut ~6 {PART}|statement|claim ~~10 from this {STORY}",
           "^ the headline|title ~3 of? this? {STORY}? ~2 be|have ~v2 change|amend|alter|update|edit ~~10 to ~3 reflect"
           "|correct|clarify|remove",
           # "We got the wrong dope from CBS", "We blew it.", "we got any part of our story wrong", "the wrong team was
           # credited with the sweep", a wire's "SUBS 3rd graf ... to CORRECT", «в публикации было неточное описание»
           "^ we|i ~1 get ~2 the wrong", "^ we|i blow it", "get ~2 any|some|part|parts ~3 of ~2 our|the {STORY} wrong",
           "the wrong ~1 team|person|name|photo|picture|player|man|woman|date|score|city|town ~3 be ~1 credit|identify"
           "|name|list|picture|show|give|use",
           "have a|one ~1 correction to make", "sub|subs ~8 to ~1 correct|fix",
           "в ~2 {RU_STORY}|публикация ~4 быть|содержаться ~3 неточный|ошибочный|неверный",
           # an omission or a mix-up in a piece: "was inadvertently omitted from Tuesday's article", "Monday's
           # article confused Sweden with Switzerland", "the figures in the table were reversed"
           "be ~2 omit|left_out ~2 from ~4 {STORY}|edition",
           "{STORY} ~3 confuse|mix_up ~~8 with",
           "{PART}|figures|names|photos|captions|label ~~12 be ~1 reverse|transpose|swap|switch|mislabel",
           # a piece's results or times swapped: "a sports article on Sunday reversed the finishing times"
           "^ a|an|the|this|in|on|our ~4 {STORY} ~~16 reverse|switch|swap|transpose ~4 {PART}|time|score|result|order"
           "|position|figure|place",
           # a corrections column's reference to its own piece, dated in brackets, then what it said: "An obituary of
           # the painter John Reed (22 March) said he was born in Leeds" (not "A report (PDF) said", "The study
           # (2019) said")
           "^ a|an|the|our|in ~4 {STORY} ~~10 ( ~~5 january|february|march|april|month|june|july|august|september"
           "|october|november|december ~~5 ) ~~14 {SAYV}|describe|refer|omit|{ERRV}",
           # a piece's words, then what is so: "The article described him as a former minister; he is in fact ..."
           "^ a|an|the|our|this|in|on ~4 {STORY} ~~16 {SAYV}|describe|identify ~~24 in_fact|actually",
           "^ in some|early|late|later edition|copy of",
           "update|addendum|follow-up to ~2 the|a|an|its|our|this correction",
           "correction notice",
           "in a|an|the|our correction",
           # corrections-column lines: "A review on July 26 about “...,” by X, misidentified the region"
           "^ a|an|the|this|in|on|our ~3 {STORY} ~~32 {ERRV}|incorrectly|wrongly|mistakenly|erroneously"
           "|inaccurately|inadvertently",
           "^ a|an|the|this|in|on|our ~3 {STORY} ~~32 the wrong ~1 place|order|photo|photograph|picture|image|name"
           "|date|caption|person|year|day|time|figure|number|location|address|man|woman|map|chart|graphic|headline",
           # what a piece said, not any act: "it was wrong to suggest that" (not "it was wrong to put China under")
           "it be ~1 {ERRADV} ~1 to? say|state|report|describe|suggest|assert|claim|imply|write|call|refer|identify"
           "|name|attribute|characterize|quote",
           "^ a|an|the|this|in|on|our ~3 {STORY} ~~32 omit|leave_out|left_out ~4 credit|byline|name|reference|mention"
           "|attribution|word|line|sentence|paragraph|figure|date",
           "be ~2 {ERRV}|misidentify ~6 in ~3 {STORY}",
           # a piece named by its day: "Monday's obituary for Jane Ortiz omitted one of her daughters"
           "^ {DAY}|the ~1 's ~3 {STORY} ~~32 omit|leave_out|left_out",
           # what the piece gave wrong: "the wedding announcement listed the wrong church"
           "{STORY} ~~6 give|list|show|use|print|carry|publish|include|state|report|cite|name ~2 the|a|an wrong"
           "|incorrect",
           # the adverb after its verb: "The name of the founder was spelled incorrectly in yesterday's preview"
           "be ~1 {SAYV}|list|identify|describe|call|spell ~1 {ERRADV} ~8 in ~3 {STORY}",
           "be ~1 {ERRADV}|improperly ~1 {SAYV}|list|identify|describe|call|spell ~8 in ~3 {STORY}",
           # "Contrary to the impression given by the headline on Monday's column, ..."
           "^ contrary to the|a? impression|suggestion|implication ~~8 {STORY}",
           "^ we|i stand correct",
           # "The audio of this story says that ..., which is not correct."
           "this|our ~2 {STORY} ~3 {SAYV} ~~24 , which be not ~1 correct|true|accurate|so",
           # "we said he is the adviser, when we should have said he is the former adviser"
           "when|where we|i should have {SAYV}|write|mention|make",
           "incorrect|inaccurate|erroneous|wrong {PART}|information|fact|detail|data ~3 appear",
           "incorrect|inaccurate|erroneous|wrong {PART}|information|fact|detail|data ~3 be ~2 publish|print|give"
           "|include",
           "^ a|an|the|this|our ~3 {STORY} ~~16 contain|include ~6 a|an? error|errors|mistake|inaccuracy|inaccuracies"
           "|misstatement"
           "|incorrect|inaccurate|misleading|mislead",
           "there be ~3 error|mistake|errors|inaccuracy|typo in ~5 {STORY}|{PART}|equation|table|figure",
           "mistake|error|errors|inaccuracy|typo|misspelling|fact|facts ~6 be|have ~v3 correct|fix|rectify|amend",
           "^ that|this ~1 be ~3 incorrect|wrong|inaccurate|erroneous|error|mistake",
           "^ we ~2 now ~2 understand|accept|acknowledge|recognize that",
           "^ a|an|the ~1 {STORY} in|on ~1 our ~4 {SAYV}|suggest|imply",
           "{STORY}|it ~3 contain|include ~3 incorrect|inaccurate|erroneous|wrong ~1 {PART}|fact|information|statement"
           "|detail",
           "{STORY}|it|this ~3 be ~2 publish|post|put|send|print|include ~4 by mistake|in_error",
           "{STORY} ~3 's correction", "по ~2 наш ошибка|невнимательность|вина",
           "по ~1 вина|ошибка|недосмотр ~1 редакция",
           "ошибка ~3 быть ~1 обнаружить|обнаруженный|обнаружена",
           "we ~2 err|erred", "we|i be wrong .|,|;|!|:", "^ мы|я ~1 ошибиться|ошибаться",
           "our|my ~1 incorrect|inaccurate|erroneous|false|mistaken|mistake|untrue|wrong ~1 {CLAIM}|allegation"
           "|statement|claim|suggestion|report|reporting", "here be our|my ~1 correction|clarification",
           "transpose ~3 {PART}|digit|number|name|figure",
           # "updated the piece to remove an erroneous reference to ..."
           "to|and|, remove|delete|strike|cut ~2 a|an|the|one|two? erroneous|incorrect|inaccurate|mistake ~1 reference"
           "|statement|sentence|line|quote|quotation|figure|mention|description|paragraph|passage|claim",
           ) +
    _rules("correction", "act", 0.85,
           "issue|publish|run|print|append|add|post|carry|make|attach|air|broadcast|receive|include|banner|place"
           "|announce|prepare|draft|write|put_together ~l3 correction|corrections|erratum|corrigendum",
           # a correction as an outcome: "the mix-up led to a correction that changed the article's title"
           "lead to|prompt|force|trigger ~2 a|an ~2 correction|erratum|corrigendum",
           "with ~3 correction|corrections",
           # an outlet's edits reported: "changed the headline", "made substantial edits to the story"
           "change|alter|amend|tweak|rewrite|reword ~3 the|its|their|a? headline|title|wording|language|caption"
           "|story|article|report|piece|post|text|graphic|photo|column",
           "make ~3 edit|edits|change|changes|alteration ~4 to ~3 {STORY}|headline|wording",
           # "quietly edited the story to remove the claim"
           "edit|amend|change|alter|modify ~4 {STORY}|it ~3 to remove|delete|cut|drop|strike ~3 claim|reference|mention"
           "|sentence|line|passage|paragraph|quote|allegation|statement|word|name|assertion|suggestion",
           "correction|corrections ~2 be|have ~v2 issue|publish|append|add|run|print|post",
           # ("Authors of the paper have corrected the data underlying one of its figures")
           "correct|amend|fix ~3 the|its|their|his|her|our|that|this|a|an ~3 {STORY}|error|mistake|{PART}|statement"
           "|data",
           "correct|amend|fix ~2 {STORY}|error|mistake", "have ~2 correct|amend|fix they|it",
           "change|revise|rewrite|augment|alter ~2 the|its|their|a|one copy|paragraph|headline|lede|lead|language"
           "|wording",
           ) +
    # a publisher owns up to an error ("the paper acknowledged the error"; a senator admitting a mistake corrects
    # no story)
    _rules("correction", "act", 0.85,
           "own_up_to|acknowledge|admit|concede|recognize|accept ~5 error|errors|mistake|mistakes|inaccuracy"
           "|inaccuracies|blunder|slip|oversight",
           "acknowledge|admit|concede|accept ~2 that? its|their|the|our|his|her ~2 {STORY} ~3 have|be? ~v1 be ~2"
           " inaccurate|incorrect|wrong|false|mislead|flaw|erroneous|mistake|untrue",
           # "acknowledged that its report had contained inaccuracies", "conceded that the piece got facts wrong"
           "acknowledge|admit|concede|recognize|accept ~2 that? its|their|the|our|his|her ~2 {STORY} ~3 have|be? ~v1"
           " contain|include|carry|get ~3 error|errors|mistake|mistakes|inaccuracy|inaccuracies|misstatement"
           "|misstatements|wrong",
           "misstate|misidentify|misspell|misspelt|misquote|misattribute|misreport|misname|misprint|mislabel"
           "|miscaption|mistranslate|misdate|misgender|misdescribe",
           # an omission owned: "the reporter omitted to indicate that ...", "the paper failed to mention"
           "omit|fail|neglect to ~1 indicate|mention|note|state|say|include|disclose|credit|attribute|report"
           "|acknowledge|cite",
           # "The Herald erroneously reported that ...", "the paper wrongly identified"
           "erroneously|incorrectly|wrongly|mistakenly|inaccurately ~1 report|state|say|identify|describe|list|give"
           "|call|refer|attribute|spell|name|print|quote|credit|label|date|publish",
           # "The Herald erred in reporting that the school would close"
           "err in|by ~2 {SAYV}|report*|say*|stat*|describ*|suggest*|identif*|publish*|print*|claim*|writ*",
           # "The newspaper later corrected it." (a newsroom's or our own: "He corrected it in the draft" is not)
           "correct|amend it|they",
           media=True) +
    # an apology for an error in a published piece owns the error: "we apologise for the error in the headline",
    # «приносим извинения за ошибку в заголовке», «за допущенную неточность» (an airline's apology for an error
    # that stranded passengers corrects nothing)
    # a newsroom's corrections column reported as published: "The Guardian has released its regular roundup of ..."
    _rules("correction", "act", 0.85,
           "publish|release|issue|run ~3 roundup|column ~2 of ~2 correction|corrections",
           "publish|release|issue|run ~3 round|batch|list ~2 of ~2 correction|corrections and|& clarification"
           "|clarifications",
           media=True) +
    _rules("correction", "act", 0.85,
           "apologize|apologise|apology|apologies|sorry|regret ~6 for ~3 error|errors|mistake"
           "|mistakes|inaccuracy|inaccuracies ~2 in|on ~3 {STORY}|edition|headline|caption",
           "извинение|извиниться|извиняться|прощение ~4 за ~1 ошибка|ошибки|неточность|неточности ~2 в ~2 {RU_STORY}"
           "|подпись",
           "извинение|извиниться|извиняться|прощение ~4 за ~1 допущенный ~1 ошибка|неточность") +
    _rules("correction", "act", 0.85,
           "apologize|apologise|apology|apologies|sorry ~6 for ~1 our|my error|errors|mistake|mistakes|inaccuracy"
           "|inaccuracies",
           # "issued a statement to apologize for untrue stories by one of its reporters"
           "apologize|apologise|apology|apologies|sorry ~6 for ~3 untrue|false|inaccurate|fabricate|erroneous"
           "|incorrect|mislead ~2 {STORY}|claim|information",
           "issue|release|publish|post|make ~~12 to apologize|apologise ~2 for ~3 untrue|false|inaccurate|fabricate"
           "|erroneous|incorrect|mislead ~2 {STORY}",
           # "apologize to the readers who saw my misspelling of the chancellor's name"
           "apologize|apologise|apology|apologies|sorry ~~14 my|our|the misspelling|misquotation|misidentification"
           "|misattribution|misprint|typo",
           # a newsroom's "We apologise to Mr Dorff for the error." (a bank's quoted "we" is not a newsroom's)
           "^ we ~2 apologize|apologise ~6 for ~1 the|this|that error|errors|mistake|mistakes|inaccuracy|inaccuracies"
           "|omission .",
           # a newsroom's apology for an error, whatever its shape: "we wish to apologize to our readers for this
           # mistake", "issued an on-air apology for mistakenly running tape of a different congressman", «телеканал
           # извинился за техническую ошибку» (an airline's apology for an error corrects no story: media only)
           "apologize|apologise|apology|apologies|sorry ~~8 for ~3 this|the|that|a|an|any|our|my ~1 mistake|error"
           "|errors|mistakes|inaccuracy|carelessness|typo|oversight|misstatement|blunder",
           "apologize|apologise|apology|apologies|sorry ~~8 for ~1 mistakenly|wrongly|inaccurately|incorrectly"
           "|erroneously",
           "извинение|извиниться|извиняться ~~6 за ~2 ошибка|неточность|оплошность|невнимательность|опечатка",
           media=True) +
    _rules("correction", "act", 0.8, "{STORY} ~3 need|require|warrant ~2 a|an? correction",
           "be a|an ~2 correction to|of ~2 a|an|the|its|our|their|his|her") +
    _rules("correction", "note", 0.9,
           "ошибочно|ошибочный|неверно|неверный|неправильно|неправильный ~2 указать|указанный|сообщить|написать"
           "|показать"
           "|показанный|показан|изображен|изобразить|обозначить|обозначен|отметить|назван|названный"
           "|назвать|утверждать|говориться|указываться|указывать|сообщаться|утверждаться|опубликовать",
           "в первоначальный|предыдущий|ранний|прежний|первый версия|редакция",
           "сообщаться|говориться|утверждаться|указываться|писаться ~~30 на сам дело",
           # «Первоначально в новости говорилось, что ...; это не так»: what the piece said, then that it is not so
           "первоначально|изначально|ранее ~2 {RU_STORY} ~3 говориться|сообщаться|утверждаться|указываться|писаться"
           "|указать|написать|сказать ~~30 не_так|сам_дело|действительность",
           "{RU_STORY} ~2 быть? исправленный|исправить", "сожалеть ~2 ошибка|неточность",
           "надо|следует|следовать|нужно|нужный ~1 быть? читать",
           "в новый|исправленный|обновленный|обновить версия ~2 {RU_STORY}|материал") +
    # a text changed by a newsroom, not a law's («изменен и сам текст документа»)
    _rules("correction", "act", 0.85,
           "изменить|заменить|переписать|поменять ~4 название|заголовок|статья|материал|текст|формулировка",
           media=True) +
    _rules("correction", "act", 0.85, "допустить ~~5 неточность|ошибка|ошибку|оплошность|описка|опечатка",
           "допущенный ~2 неточность|ошибка|оплошность|описка|опечатка", "признать ~5 ошибка|неточность|оплошность",
           "признать|признавать ~2 справедливость|обоснованность ~2 претензия|замечание|критика",
           "признать|признаться ~3 что ~~12 {RU_STORY} ~~8 быть|являться ~1 ложный|фейковый|недостоверный|ошибочный",
           "исправить|поправить|править|скорректировать|исправлять ~4 {RU_STORY}|ошибка|заголовок|дата|баннер"
           "|опечатка|данные|неточность",
           "внести|внесенный|внесено|внесен|внесены ~2 исправление|правка|поправка",
           # «в статье была перепутана дата», «перепутали подписи к снимкам»
           "в ~2 {RU_STORY}|подпись|заголовок|публикация ~6 перепутать|перепутаны|перепутана|перепутаный|перепутано"
           "|перепутан ~3 дата|фамилия|имя|подпись|снимок|фото|фотография|цифра|данные|название|год|возраст|сумма|адрес"
           "|должность",
           "содерж* ~5 недостоверный|неверный|ошибочный|ошибка|неточность",
           "признать|признавать ~~24 не соответствовать действительность",
           "{RU_STORY} ~3 быть? переписа*|заменить|замененный|изменить|измененный",
           # «повторно показана в эфире с исправленным названием»
           "с исправленный ~1 название|заголовок|подпись|титр|текст|фамилия") +
    # --- clarification: the outlet makes its own story clearer
    _rules("clarification", "note", 0.9,
           "^ clarification append",
           "^ we|i ~5 clarify|clarity", "^ to clarify ,|:",
           "we|i ~4 wish|like|happy|want|glad|please|should|must|would ~3 make ~3 clear",
           "happy|glad|please ~1 to clarify",
           "ask ~1 we|us to make ~3 clear", "should have be? make ~1 clear|plain",
           # a party's request the outlet prints: "X has asked us to point out", "we have been asked to clarify"
           "ask ~1 we|us to clarify|point_out|stress|emphasize|note|explain|state",
           "we ~2 have? be ~1 ask to clarify|point_out|make|stress|emphasize|note|explain|state",
           "{STORY}|it ~3 could|may|might ~v2 have be ~v1 read|take|understand|interpret|construe|see ~1 as|to ~2"
           " suggest|imply|mean|indicate",
           "we ~4 wish|like|want|happy ~2 to state|stress|emphasize|note ~1 clearly",
           "{STORY}|it ~3 be|have ~v2 clarify",
           "amend|update|edit|change|revise|rewrite|expand|modify ~~8 to clarify",
           "amend|update|edit|change|revise|rewrite|expand ~~8 to make ~1 clear",
           "^ ~3 {STORY}|{PART} ~10 be ~2 unclear", "{STORY} ~6 do not make ~1 clear",
           "{STORY} ~~12 need|require|warrant|merit ~2 a|an|some|further? clarification",
           "clear up ~3 misconception|misconceptions|confusion|misunderstanding|misunderstandings",
           "^ to clarify ~3 {STORY}|item",
           "would|like|wish|want ~2 to clarify ~4 {STORY}|aspect|point|statement|report|item|reference|part",
           "could|may|might ~2 lead|cause|leave ~2 reader|some|people|viewer ~3 to? ~3 false|wrong|mistake"
           "|incorrect|mislead? inference|impression|conclusion",
           "our|the|this|that {STORY}|editorial ~3 lack|lacked|omit ~3 context",
           "could|may|might ~2 be|have ~2 misunderstand|misunderstood|misconstrue|misinterpret|misread",
           "refer|describe ~3 imprecisely|loosely|ambiguously",
           "may|might|could ~1 have? give|leave|left|create ~3 impression",
           # "We have a clarification to make about our story"
           "have a|one ~1 clarification to make",
           "not intend ~2 to suggest|imply|convey|conclude|state|say|accuse", "inference ~3 not intend",
           "give ~2 a|an incomplete account|picture",
           "мы|редакция ~4 уточнить|пояснить|прояснить|уточнять",
           "издание|газета|редакция|агентство|журнал|портал|телеканал ~~10 уточнив|пояснив|пояснить",
           "редакция ~3 уточнять|уточнить|пояснить|поясняет|пояснять", "внести|внесенный|внесено|внесен ~2 уточнение",
           "{RU_STORY} ~2 быть? уточнить|уточненный",
           # a wire's note speaking of itself: "(This clarifies that a total of 19 were injured)"
           "^ this ~1 clarify that|a|the") +
    # a wire's "Clients ... are asked to use the following clarification" (a request by nature)
    _rules("clarification", "note", 0.9, "ask ~2 to use the following ~1 clarification", request=True) +
    _rules("correction", "note", 0.9, "ask ~2 to use the following ~1 correction", request=True) +
    _rules("clarification", "act", 0.85,
           "issue|publish|run|print|append|add|post|carry|attach|make|air|offer ~l3 clarification",
           "clarification ~2 be|have ~v2 issue|publish|append|add|run|print|post") +
    # a newsroom owns an omission: "The Guardian accepts that his membership of the party should have been
    # explicitly mentioned" (a minister who accepts that risks should have been mentioned clarifies no story)
    _rules("clarification", "act", 0.85,
           "accept|acknowledge|concede|recognize|agree ~~16 should have be ~2 mention|state|disclose|note|make_clear"
           "|explain|point_out|declare", media=True) +
    # "for clarity, we have ..." (not "Thackeray's clarity")
    _rules("clarification", "act", 0.8, "clarify|clarity", "for|of ~2 clarity", media=True) +
    list(ENTRY_RULES) +
    list(NOTICE_RULES) +
    list(DISPUTE_RULES)
)
