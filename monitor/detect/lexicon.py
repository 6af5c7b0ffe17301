"""The follow-up vocabulary as lemma frames (pure): for each kind, the acts that state it.

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

from monitor.detect.notation import Rule, rules
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
           "regret ~2 the|this|these|that|our|any|an error|mistake|inaccuracy|omission|misstatement|oversight|lapse"
           "|confusion|misidentification|errors",
           "because|due|owe|owing|result|through ~2 a|an ~3 error|mistake|oversight|glitch",
           "{STORY}|{PART}|it ~4 be|have ~v3 correct|amend|fix",
           "{STORY}|{PART}|it ~3 be|have ~v3 update|change|edit|revise|alter|modify ~2 to correct|fix|reflect"
           "|show|say|acknowledge|state|identify|read",
           "^ a|an|the|this|in|on|our ~2 {STORY} ~16 {ERRV}|{ERRADV}",
           "^ a|an|the|this|our|in ~3 {STORY} ~6 incorrectly|wrongly|erroneously|mistakenly|inadvertently"
           "|inaccurately",
           "^ a|an|the|this|our|in ~3 {STORY} ~6 originally|initially|previously ~2 {SAYV}|{ERRV}",
           # the outlet's own piece found false: "The premise of Wednesday's editorial was patently false"
           "^ the|a|an? ~3 yesterday|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|our 's? {STORY}"
           " ~~10 be ~2 false|wrong|incorrect|inaccurate|misleading|untrue",
           "^ contrary to ~2 a|an|our {STORY} in|on",
           "^ we|i ~4 {ERRV}|incorrectly|wrongly|erroneously|mistakenly|inadvertently|inaccurately",
           "^ we ~3 regret ~1 {STORY}|{PART}|that|this|our|the|any|add*|publish*|print*|run*|use*|include*|omit*"
           "|say*|suggest*|state*|report*",
           "{PART} ~2 be ~4 incorrect|wrong|inaccurate|erroneous|misleading|mislead|misstate|misspell|omit",
           "{PART} ~2 be ~2 give|spell|state|report|print|render incorrectly|wrongly|erroneously",
           "{PART}|information|fact|detail ~1 give|state|report|print|cite|quote|publish|use ~4 be ~2 incorrect"
           "|wrong|inaccurate|erroneous|mistaken",
           "we ~4 learn|find|discover|realize|determine|establish|conclude ~2 that? ~3 {STORY}|part|parts|portion"
           "|section|element|elements ~~8 be|contain|include ~3 false|untrue|inaccurate|incorrect|wrong|misleading"
           "|error|errors|inaccuracies|mistake|mistakes|flawed|fabricated|fabricate",
           "we ~2 should not have ~2 publish|use|run|print|say|include|describe|call|refer|quote|name"
           "|identify|suggest|report|state|imply",
           "we|now ~3 accept|acknowledge|admit|concede ~4 {STORY}|statement|allegation|claim|it|this|information ~4 be"
           " ~3 false|untrue|inaccurate|incorrect|wrong|misleading|defamatory|unfounded|mislead",
           "below|above for ~2 correction|clarification",
           "{STORY}|we|it ~3 should have ~1 say|read|state|report|identify|note|name|be|include|attribute|credit"
           "|refer|describe|show|spell",
           ", not ~8 ,? as ~2 originally|previously|initially|earlier|incorrectly|wrongly|mistakenly|first",
           ", not ~8 ,? as ~2 we|it? report|state|publish|say|write|give|suggest|describe",
           "not ~8 as originally|initially|previously|first|erroneously|incorrectly|wrongly ~1 state|report|publish"
           "|say|write|give|suggest|describe|spell",
           "set the record straight",
           "corrected version|correction notice",
           "in a|an|the|our correction",
           # corrections-column lines: "A review on July 26 about “...,” by X, misidentified the region"
           "^ a|an|the|this|in|on|our ~3 {STORY} ~~32 {ERRV}|incorrectly|wrongly|mistakenly|erroneously"
           "|inaccurately|inadvertently",
           "it be ~1 {ERRADV} ~1 {SAYV}|assert|suggest|claim|imply",
           "be ~2 {ERRV}|misidentify ~6 in ~3 {STORY}",
           "be ~1 {ERRADV} ~1 {SAYV}|list|identify|describe|call|spell ~8 in ~3 {STORY}",
           "incorrect|inaccurate|erroneous|wrong {PART}|information|fact|detail|data ~3 appear",
           "incorrect|inaccurate|erroneous|wrong {PART}|information|fact|detail|data ~3 be ~2 publish|print|give"
           "|include",
           "^ a|an|the|this|our ~3 {STORY} ~~16 contain|include ~6 a|an? error|errors|mistake|inaccuracy|inaccuracies"
           "|misstatement"
           "|incorrect|inaccurate|misleading",
           "there be ~3 error|mistake|errors|inaccuracy|typo in ~5 {STORY}|{PART}|equation|table|figure",
           "mistake|error|errors|inaccuracy|typo|misspelling ~6 be|have ~v3 correct|fix|rectify|amend",
           "^ that|this ~1 be ~3 incorrect|wrong|inaccurate|erroneous|error|mistake",
           "^ we ~2 now ~2 understand|accept|acknowledge|recognize|know that",
           "^ a|an|the ~1 {STORY} in|on ~1 our ~4 {SAYV}|suggest|imply",
           "{STORY}|it ~3 contain|include ~3 incorrect|inaccurate|erroneous|wrong ~1 {PART}|fact|information|statement"
           "|detail",
           "{STORY}|it|this ~3 be ~2 publish|post|put|send|print|include ~4 by mistake|in_error",
           "{STORY} ~3 's correction", "по ~2 наш ошибка|невнимательность|вина",
           "we ~2 err|erred", "we|i be wrong .|,|;|!",
           "our|my ~1 incorrect|inaccurate|erroneous|false|mistaken|untrue|wrong ~1 {CLAIM}|allegation|statement"
           "|claim|suggestion|report|reporting", "here be our|my ~1 correction|clarification",
           "transpose ~3 {PART}|digit|number|name|figure",
           ) +
    _rules("correction", "act", 0.85,
           "issue|publish|run|print|append|add|post|carry|make|attach|air|broadcast|receive|include|banner|place"
           " ~l3 correction|corrections|erratum|corrigendum",
           "with ~3 correction|corrections",
           # an outlet's edits reported: "changed the headline", "made substantial edits to the story"
           "change|alter|amend|tweak|rewrite|reword ~3 the|its|their|a? headline|title|wording|language|caption"
           "|story|article|report|piece|post|text|graphic|photo|column",
           "make ~3 edit|edits|change|changes|alteration ~4 to ~3 {STORY}|headline|wording",
           "correction|corrections ~2 be|have ~v2 issue|publish|append|add|run|print|post",
           "correct|amend|fix ~3 the|its|their|his|her|our|that|this|a|an ~3 {STORY}|error|mistake|{PART}|statement",
           "correct|amend|fix ~2 {STORY}|error|mistake", "have ~2 correct|amend|fix them|it",
           "change|revise|rewrite|augment|alter ~2 the|its|their|a|one copy|paragraph|headline|lede|lead|language"
           "|wording",
           ) +
    # a publisher owns up to an error ("the paper acknowledged the error"; a senator admitting a mistake corrects
    # no story)
    _rules("correction", "act", 0.85,
           "own_up_to|acknowledge|admit|concede|recognize|accept ~3 error|errors|mistake|mistakes|inaccuracy"
           "|inaccuracies|blunder|slip|oversight",
           "misstate|misidentify|misspell|misspelt|misquote|misattribute|misreport|misname|misprint|mislabel"
           "|miscaption|mistranslate|misdate|misgender|misdescribe", media=True) +
    _rules("correction", "note", 0.9,
           "ошибочно|ошибочный|неверно|неверный|неправильно ~2 указать|указанный|сообщить|написать|назвать|утверждать"
           "|говориться|указываться|указывать|сообщаться|утверждаться|опубликовать",
           "в первоначальный|предыдущий|ранний|прежний|первый версия|редакция",
           "сообщаться|говориться|утверждаться|указываться|писаться ~~30 на сам дело",
           "{RU_STORY} ~2 быть? исправленный|исправить", "сожалеть ~2 ошибка|неточность") +
    _rules("correction", "act", 0.85, "допустить ~~5 неточность|ошибка|ошибку|оплошность",
           "допущенный ~2 неточность|ошибка|оплошность", "признать ~5 ошибка|неточность|оплошность",
           "исправить|поправить|править|скорректировать|исправлять ~4 {RU_STORY}|ошибка|заголовок|дата|баннер"
           "|опечатка|данные|неточность",
           "внести|внесенный|внесено|внесен|внесены ~2 исправление|правка|поправка",
           "содерж* ~3 недостоверный|неверный|ошибочный|ошибка|неточность",
           "изменить|заменить|переписать|поменять ~4 название|заголовок|статья|материал|текст|формулировка",
           "{RU_STORY} ~3 быть? переписа*|заменить|замененный|изменить|измененный") +
    # --- clarification: the outlet makes its own story clearer
    _rules("clarification", "note", 0.9,
           "^ we|i ~5 clarify|clarity",
           "we|i ~4 wish|like|happy|want|glad|pleased|should|must|would ~3 make ~3 clear",
           "happy|glad|pleased ~1 to clarify",
           "ask ~1 we|us to make ~3 clear", "should have be? make ~1 clear|plain",
           # a party's request the outlet prints: "X has asked us to point out", "we have been asked to clarify"
           "ask ~1 we|us to clarify|point_out|stress|emphasize|note|explain|state",
           "we ~2 have? be ~1 ask to clarify|point_out|make|stress|emphasize|note|explain|state",
           "{STORY}|it ~3 could|may|might ~v2 have be ~v1 read|take|understand|interpret|construe|see ~1 as|to ~2"
           " suggest|imply|mean|indicate",
           "we ~4 wish|like|want|happy ~2 to state|stress|emphasize|note ~1 clearly",
           "{STORY}|it ~3 be|have ~v2 clarify",
           "amend|update|edit|change|revise|rewrite|expand ~~8 to clarify",
           "amend|update|edit|change|revise|rewrite|expand ~~8 to make ~1 clear",
           "{STORY}|{PART} ~10 be ~2 unclear", "{STORY} ~6 do not make ~1 clear",
           "refer|describe ~3 imprecisely|loosely|ambiguously", "may have give ~3 impression",
           "not intend ~2 to suggest|imply|convey", "inference ~3 not intend", "give ~2 an incomplete account|picture",
           "мы|редакция ~4 уточнить|пояснить|прояснить|уточнять",
           "издание|газета|редакция|агентство|журнал|портал|телеканал ~~10 уточнив|пояснив",
           "редакция ~3 уточнять|уточнить|пояснить", "внести|внесенный|внесено|внесен ~2 уточнение",
           "{RU_STORY} ~2 быть? уточнить|уточненный") +
    _rules("clarification", "act", 0.85,
           "issue|publish|run|print|append|add|post|carry|attach|make|air|offer ~l3 clarification",
           "clarification ~2 be|have ~v2 issue|publish|append|add|run|print|post") +
    _rules("clarification", "act", 0.8, "clarify|clarity", media=True) +
    # --- apology: anyone apologises
    _rules("apology", "act", 0.9,
           "apologize|apologise|apologising|apologizing", "say sorry", "^ sorry", "be ~2 sorry for|about|that|to|,|.",
           "^ we|i|we're|i'm ~2 be ~3 sorry",
           "^ apology .|!|,|:|-|to|for", "apology|apologies to|for", "^ with our|my? apology|apologies",
           "с ~1 извинение",
           "issue|offer|make|extend|publish|print|run|post|tender|give|deliver|express|send|owe|air|broadcast"
           " ~l3 apology",
           "apology|apologies ~4 be|have ~v3 send|issue|publish|make|offer|post|read|deliver|run|print|broadcast"
           "|air|headline|extend|tweet",
           "prompt|trigger|spark|draw|elicit|force ~3 an|a? apology", "sorry over",
           "apology|apologies ~2 issue|offer|publish|make|post|send|print|broadcast by",
           # the act named by its noun: "his apology", "a public apology", "the apology came after"
           "a|an|the|his|her|its|their|'s|public|formal|full|unreserved|unequivocal|sincere|heartfelt|national"
           "|belated|written|personal|profuse|abject ~1 apology|apologies",
           "letter|gesture|statement|note|message|words of ~1 apology",
           "выступить ~2 с ~2 извинение",
           "come out with ~3 apology",
           "ask|beg|seek ~2 forgiveness|pardon",
           "извиниться|извиняться", "извинить ~2 за|нас|меня",
           "принести|приносить|выразить|выражать|принесший ~3 извинение",
           "просить|попросить ~4 прощение", "i|we ~2 express ~3 regret|remorse") +
    # "please accept our sincere apologies": a first-person apology, whatever the words around it ask
    _rules("apology", "stance", 0.9, "my|our ~3 apology|apologies") +
    _rules("apology", "accepted", 0.85, "accept|welcome|acknowledge ~4 apology", "receive|get ~3 apology from",
           "приняться|принять ~2 извинение") +
    # --- retraction: a story, paper or statement withdrawn
    _rules("retraction", "act", 0.9,
           "retract ~5 {RETOBJ}|from", "^ we ~3 retract", "retract it|them",
           "withdraw|pull|unpublish|delete|scrub|spike|redact|remove|expunge|erase|renounce ~4 {STORY}|paper|study"
           "|claim|allegation|suggestion|remark|word|words|statement|comment|episode|programme|program|documentary|film"
           "|accusation|tweet|post|image|it|them",
           "{RETOBJ} ~3 be|have ~v2 retract|withdraw|pull|remove|unpublish|delete|scrub|spike|redact|recall|erase"
           "|expunge"
           "|take_down|take_offline",
           "{RETOBJ} , ~~10 , be|have ~v2 retract|withdraw|pull|remove|unpublish|delete|scrub|take_down",
           "now-deleted|since-deleted|now-removed|since-removed|now-retracted|since-retracted|now-withdrawn"
           "|since-withdrawn|now-pulled {RETOBJ}",
           "no long|longer ~2 stand|stick by|behind",
           "{RETOBJ} ~~14 before|after be ~1 take|remove|delete|pull|withdraw|retract|scrub",
           "with|its|their|his|her ~1 retraction", "formal|full|public|published retraction",
           "retraction ~~4 be|have ~v2 headline|publish|issue|print|post|run|append",
           "take ~3 {RETOBJ} ~1 down|offline", "take down|offline ~3 {RETOBJ}",
           "issue|publish|print|run|post|make ~l3 retraction",
           "retraction of ~4 {RETOBJ}|paper|study|story",
           "remove ~2 from sale|shelves|circulation|print|publication", "recall ~3 book|issue|edition|copy|magazine",
           "^ retraction :", "удалить|убрать|снять|отозвать ~3 {RU_STORY}",
           "{RU_STORY} ~6 быть? удалить|удаленный|снять|снятый|снятой|отозвать|отозванный",
           "снять с публикация|сайт", "удалить с сайт",
           "появиться|опубликовать|напечатать|разместить ~3 опровержение",
           "отзыв ~3 статья|публикация|материал", "{RU_STORY} ~3 отзывать|отозвать",
           "аннулировать ~3 {RU_STORY}|сообщение",
           "информация|новость|публикация|пост ~6 быть? удалить|удаленный|удален|удалена|удалено") +
    _rules("retraction", "act", 0.9, "kill ~3 {RETOBJ}", request=True) +
    # --- update: the story was updated with new material
    _rules("update", "note", 0.9,
           "{STORY}|it|this ~3 be|have ~v2 update|expand|revise|refresh",
           "a|an update to ~2 the|this|our {STORY}|correction|note",
           "we ~3 update|expand|revise ~2 this|the|our {STORY}",
           "add|append|post ~2 a|an? update|updates to ~3 {STORY}",
           "{RU_STORY} ~2 быть? обновить|дополнить|обновленный|дополненный|дополнен|обновлен|дополнена|обновлена"
           "|дополнено|обновлено") +
    # --- editor's note
    _rules("editors_note", "act", 0.9,
           "add|append|attach|publish|place|run|post|include|carry|insert|issue ~4 editor 's|'? note",
           "in an|the editor 's|'? note", "editor 's|'? note ~2 be|have ~v2 add|append|attach|publish|place",
           "a|an|the|its|their|subsequent|large|lengthy|online|this|that|new|with ~2 \"|'? editor 's|'? note|notes") +
    # --- denial: someone denies or disputes a report or allegation
    _rules("denial", "act", 0.88,
           "deny|refute|rebut|denial", "dispute ~5 {CLAIM}|accuracy|that|characterization|account|version|it|them",
           "reject|dismiss|rebuff|brush|slam|blast|decry|rubbish|repudiate|contest ~6 {CLAIM}|it|them|basis|merit",
           "disagree ~3 with ~3 {CLAIM}|characterization|portrayal", "rebuttal",
           "не иметь ничего общего с ~1 действительность|реальность", "не выдерживать ~1 критика",
           "be lie|lying about|when|in ~3 {CLAIM}|its|their|his|her|the",
           "reject|dismiss|rebuff|brush ~4 as ~5 {FALSE}|{CLAIM}|hit_piece|politically|smear|attack",
           "accuse ~4 of ~2 smear|lie|fabricate|distort|misrepresent|mislead",
           "push back on|against", "hit back at|against", "contradict ~3 {CLAIM}",
           "call|label|brand|describe|term|characterize|dismiss|declare|deem|dub ~12 {FALSE}|hit_piece",

           "опровергнуть|опровергать|отрицать|отвергнуть|отвергать|опровергаться|опровергнутый",
           "выступить|выступать ~2 с ~2 опровержение|опровержения",
           "назвать|называть ~7 {RU_FALSE}",
           "отрицательно ответить", "развеять|развеивать ~3 слух|миф|сомнение|домысел",
           "выразить|выражать ~2 несогласие", "считать|счесть ~6 {RU_FALSE}|необоснованный|некорректный|неправдивый") +
    _rules("denial", "stance", 0.85,
           "no ~2 truth|basis|foundation|merit whatsoever? to|in|for|at_all", "have no ~2 basis|foundation",
           "without any ~3 truth|basis", "не иметь ~3 основание|оснований",
           "contrary to what ~4 report|say|claim|suggest|allege|write|state|publish",
           "contrary to ~3 {CLAIM}|speculation",
           "absolutely|categorically|completely|totally|patently|entirely|wholly|demonstrably|flatly|blatantly"
           " ~2 false|untrue|baseless|groundless|unfounded|fabricate|fabricated|inaccurate|wrong|incorrect|fake",
           "{CLAIM}|lawsuit|suit|complaint|action ~4 be|remain ~3 {FALSE}|wrong|not_true|not_accurate|not_correct",
           "they|such ~1 be|remain ~3 {FALSE}|wrong", "they|such ~1 be|remain ~3 not true|accurate|correct",
           "this|these|such|those ~1 baseless|groundless|unfounded|false|fabricated|untrue|bogus|frivolous|meritless"
           " ~2 {CLAIM}",
           "say|state|insist|tell|maintain|add|write|reply|respond|counter ~8 be ~2 false|untrue|baseless"
           "|groundless|unfounded|fabricate|fabricated|inaccurate",
           "say|state|insist|tell|maintain|add|write|reply|respond|counter ~8 be ~2 not true|accurate|correct",
           "believe ~4 {CLAIM} ~2 to be ~2 {FALSE}",
           # "allegations a military officer was involved in the poisoning was unfounded"
           "question|challenge|doubt|dispute|impugn ~4 the? accuracy|veracity|integrity|credibility|authenticity"
           "|truthfulness|reliability",
           "cast|throw|raise ~2 doubt|doubts on|over|about ~4 the? accuracy|veracity|authenticity|credibility|{CLAIM}",
           "the|your|their|its|his|her|this|our report|reports|reporting|story|article ~3 that ~~10 be ~2 {FALSE}"
           "|wrong|incorrect|not_true",
           "allegation|allegations|claim|claims|accusation|accusations|suggestion|suggestions|rumor|rumors|rumour"
           "|rumours|insinuation|comment|comments|remark|remarks|assertion|assertions ~~14 be ~2 {FALSE}",
           "{STORY}|it ~3 be ~2 fill|riddle|rife|litter ~2 with ~2 inaccuracy|error|falsehood|lie|innuendo"
           "|distortion|inaccuracies|errors|lies",
           "baseless|groundless|unfounded|unsubstantiated|fabricated|bogus|spurious|meritless|frivolous|scurrilous"
           "|malicious|slanderous|libelous|libellous ~3 {CLAIM}|lawsuit|suit|case|complaint|action",
           "{CLAIM} to the contrary",
           "{CLAIM}|source|quote|quotes ~4 be ~2 make up|invent|fabricate|concoct",
           "^ это|этот ~2 {RU_FALSE}", "не соответствовать действительность",
           "{RU_STORY}|информация|сведение|данные|обвинение|утверждение ~3 быть|являться|оказаться ~1 {RU_FALSE}",
           "фейковый|фейк|голословный|лживый|клеветнический|необоснованный|безосновательный ~1 сообщение|информация"
           "|новость|публикация"
           "|данные|сведение|утверждение|обвинение|слух|материал",
           "содерж* ~4 ложь|вымысел|неправда|клевета|фейк|искажение") +
    # said in quotation marks only: "'It's a hoax,' said the spokeswoman" (in an outlet's own voice, "That was
    # incorrect." corrects)
    _rules("denial", "stance", 0.8,
           "^ it|this|that|these|those ~1 be ~2 a|an|complete|total|pure|utter|absolute|simply? {FALSE}",
           "^ this|that|it ~1 do not|never happen|occur", quoted=True) +
    # A reported denial in the speaker's own terms: "said it had never shared user data" (weaker: it may deny
    # nothing that was alleged).
    _rules("denial", "act", 0.75,
           "say|insist|maintain|reiterate|stress|tell|assert ~3 that? it|he|she|they have|do? never|not !{UNDENIED}",
           "say|insist|maintain|reiterate|stress|assert ~3 that? the ~2 have|do? never !{UNDENIED}") +
    # --- stands by: a publisher stands by its reporting
    _rules("stands_by", "act", 0.9,
           "stand|stick ~2 by|behind ~4 {SBOBJ}",
           "remain|be ~2 confident ~4 {SBOBJ}|accuracy",
           "defend|defended ~4 {SBOBJ}|decision_to_publish",
           "mount|offer ~3 defence|defense of ~3 {SBOBJ}",
           "proud of ~3 {SBOBJ}", "proud ~2 we|that ~3 publish|run|air|broadcast|report",
           "back up ~3 {SBOBJ}", "defend ~4 the? accuracy|integrity|veracity|fairness",
           "confidence in ~5 {SBOBJ}", "not ~2 require|need|warrant ~3 correction|retraction|correct|retract",
           "nothing in ~3 {STORY} ~4 need|require ~3 correct|correction", "insist|maintain ~6 public interest",
           "уверенный в ~1 правота", "придерживаться ~2 факт",
           "confident ~4 of? ~2 successfully? defend",
           "everything|all ~2 we ~2 publish|report|write|air|broadcast ~8 be ~2 true|accurate|correct|fair",
           "настаивать на ~1 достоверность|точность|правдивость", "уверенный в ~1 достоверность|точность",
           "считать ~4 {RU_STORY}|изложение|расследование ~~8 корректный|правильный|достоверный|точный|верный") +
    # a publisher calls its own reporting sound: "maintains its story is accurate", "said the report was
    # thoroughly sourced" (a claim about the reporting, said now: only a negation, a condition or a question cancels)
    _rules("stands_by", "stance", 0.9,
           "maintain|insist|assert ~5 {SBOBJ} be|was ~2 accurate|correct|true|fair|right|solid|sound|thorough|well",
           "be ~3 rigorously|thoroughly|carefully|properly|extensively|meticulously ~1 research|source|report"
           "|fact-check|vet|check|verify") +
    _rules("stands_by", "stance", 0.85,
           "be|been ~2 right \"|'? to publish|air|run|broadcast|screen|print|report|reveal|pursue|expose|investigate",
           "confidence in ~2 his|her|their|its|our|the integrity|professionalism|judgment|judgement|accuracy",
           "nothing ~2 to contradict|undermine|disprove|refute ~4 {SBOBJ}|essence|substance|thrust",
           "conduct|carry_out|do|produce ~3 fair|thorough|rigorous|careful|balanced|responsible|accurate ~4 {SBOBJ}"
           "|investigation",
           "say|state|add|reiterate|stress|tell|believe|think|feel|convince|convinced|confident|sure ~6 {SBOBJ} be|was"
           " ~3 accurate|correct|true|truthful|fair|right"
           "|solid|sound|thorough|well-sourced|rigorous|balanced|factual|robust", media=True) +
    _rules("stands_by", "act", 0.85,
           "отстаивать|отстоять|защищать|защитить ~3 {RU_STORY}|расследование|репортаж|журналист|достоверность"
           "|правдивость", media=True) +
    # a publisher's refusal: "Reuters would not retract the story" (a person refusing to retract is not standing by
    # reporting)
    _rules("stands_by", "refusal", 0.8,
           "refuse|decline ~2 to retract|withdraw|unpublish|correct|take|back_down",
           "will|would|do not|never ~3 retract|withdraw|unpublish|back_down",
           "not ~2 make ~2 retraction", "not retract", "not back down", "no plan ~2 retract|withdraw",
           "не ~1 намеренный|собираться|будет|намерен|намереваться|планировать ~1 отзывать|удалять|опровергать"
           "|исправлять|снимать ~2 {RU_STORY}",
           "не ~1 намеренный|собираться|будет|намерен|намереваться|планировать ~2 писать|публиковать|давать|печатать"
           " ~2 опровержение|извинение", media=True) +
    # --- legal action: suits, complaints, charges, fines, settlements, orders
    _rules("legal_action", "act", 0.88,
           "sue|suing", "countersue",
           "file|lodge|bring|launch|initiate|submit|institute|issue ~5 lawsuit|suit|complaint|claim|petition|case"
           "|action|writ|charge|proceeding|proceedings|counterclaim|counter-suit|countersuit|motion|appeal",
           "lawsuit|suit|complaint|writ|petition|charge|proceeding|proceedings|case|claim ~5 be|have? ~v2 file|lodge"
           "|bring|launch|initiate|submit|issue|pursue",
           "hit|slap|serve ~2 with ~5 lawsuit|suit|fine|charges|writ|subpoena|complaint",
           "lawsuit|suit|complaint|charges ~2 against",
           "lawsuit|suit|case|claim|complaint ~3 file|filed|brought|lodged by",
           "lawsuit|suit|case|claim , ~~10 , be|have ~v2 settle|dismiss|file|bring|lodge",
           "lawsuit|suit|case|claim|complaint ~3 be|have ~v2 settle|dismiss|uphold",
           "continue|pursue|press|drop|settle|win|lose ~3 the|a|his|her|its|their ~2 libel|defamation|civil"
           "|class-action? lawsuit|suit",
           "plaintiff|plaintiffs ~2 allege|claim|argue|contend",
           "allege ~3 in ~2 a|the? lawsuit|complaint|suit|filing",
           "register ~3 fir", "uphold ~3 complaint|complaints|aspects", "complaint of|by ~~8 against",
           "will|agree ~2 to? pay ~~10 to settle|resolve ~4 charge|charges|claim|claims|complaint|case|allegation"
           "|allegations|lawsuit|suit|probe|investigation|action",
           "lawsuit|suit|lawsuits|suits|complaint|complaints ~2 follow|result|ensue",
           "complaint|complaints ~3 make|lodge|file|submit|send to ~3 {AUTH}",
           "должный|должен|обязанный|обязан|must|have_to ~3 заплатить|выплатить|pay ~3 штраф|fine|penalty",
           "наложить|наложенный|наложен|назначить|выписать ~2 штраф",
           "{AUTH} ~6 issue|impose ~3 censure|reprimand|sanction|warning|ban",
           "class-action|class ~2 lawsuit|suit|action",
           "charge ~7 with|by", "be ~2 charge", "{AUTH} ~3 charge", "charge ~2 against",
           "indict|arraign|prosecute|convict",
           "fine ~3 {AUTH}|for|over|by|after|0|million|billion|€|£|$|₽",
           "a|an|civil|criminal|record|hefty|0|million|billion|pay|impose|levy|face|issue|receive ~2 fine|penalty",
           "fine|penalty of", "in fine|penalty",
           "settle ~4 charge|claim|lawsuit|suit|case|allegation|proceeding|proceedings|action|complaint|dispute",
           "reach ~3 settlement", "agree ~2 to pay ~~8 settle|fine|penalty|penalties|restitution|disgorgement",
           "order ~6 to pay|stop|cease|halt|remove|retract|withdraw|suspend|refund|publish|disgorge|delete|apologize"
           "|make|broadcast|air|correct", "name ~2 as ~2 a? defendant|defendants", "consent order",
           "{AUTH} ~3 receive ~3 complaint|complaints",
           "{AUTH} ~4 order", "take ~4 to court", "drag ~3 to court",
           "complain|complaint|complaints to|with ~3 {AUTH}|press|ipso|ofcom|regulator|office|ombudsman|council"
           "|commission|committee",
           "plead guilty|not", "cease-and-desist order",
           "{AUTH} ~4 open|launch|begin|start|initiate ~3 investigation|probe|inquiry|case",
           "judge|court ~3 dismiss|reject|throw|uphold|rule|order|award|grant",
           "подать ~3 иск|жалоба|заявление|суд", "иск ~2 к|против", "исковый|исковой заявление",
           "обратиться в ~2 суд|прокуратура|полиция|роскомнадзор|{AUTH}", "иск ~3 зарегистрировать|зарегистрированный",
           "предписывать|предписать ~3 прекратить|устранить", "заявление в ~2 следственный|полиция|прокуратура",
           "оштрафовать|оштрафован|оштрафованный|штрафовать",
           "штраф ~~16 размер|сумма|наложить|наложенный|обязать|обязанный",
           "выплатить|заплатить|наложить|назначить ~3 штраф", "возбудить|возбужденный ~3 дело",
           "предъявить ~2 обвинение",
           "суд|мосгорсуд|горсуд|райсуд|облсуд|крайсуд ~2 обязать|постановить|оштрафовать|арестовать|взыскать",
           "наказать|наказанный|наказать",
           "завести ~2 дело", "взыскать ~4 компенсация|штраф|ущерб",
           "удовлетворить ~3 иск|жалоба|требование|заявление", "суд ~4 удовлетворить|предписать",
           "дело ~3 быть? возбудить|возбужденный|возбуждено", "дело ~3 быть? передать|передано ~2 в суд",
           "составить ~3 протокол", "по|согласно решение ~2 суд|мосгорсуд|арбитраж|регулятор",
           "заседание|слушание ~3 по ~2 иск|дело", "иск ~~4 подать|поданный|подан|поданного") +
    # a regulator's demand is its order: "Роскомнадзор потребовал удалить", "the FCA required the firm to"
    _rules("legal_action", "act", 0.85,
           "{AUTH} ~3 потребовать|требовать|обязать|предписать|вынести|выписать",
           "{AUTH} ~3 demand|require|direct|instruct ~4 to|that", request=True),
)
