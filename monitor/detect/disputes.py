"""What the parties to a story say and do about it, as lemma frames (pure): denials, stand-bys and legal actions.

The other half of the follow-up lexicon (`lexicon` holds the outlet's own notes: corrections, clarifications,
apologies, retractions, updates, editor's notes), in the same notation (`notation`) and word sets (`wordsets`),
with the same voices: `act` (cancelled by demands, refusals, modals and conditions), `stance` (someone calls a
claim false: only a negation or a condition cancels), `refusal` (a refusal that is itself the act).
"""

from __future__ import annotations

import functools

from monitor.detect.notation import Rule, rules
from monitor.detect.wordsets import SETS

_rules = functools.partial(rules, SETS)

DISPUTE_RULES: tuple[Rule, ...] = tuple(
    # --- denial: someone denies or disputes a report or allegation
    _rules("denial", "act", 0.88,
           "deny|refute|rebut|denial", "dispute ~5 {CLAIM}|accuracy|that|characterization|account|version|it|they",
           # the world's other verbs for it: "debunked the report", "quashed rumours of a merger", "poured cold water
           # on reports", "laughed off the claims", "scoffed at the report", "shot down the story"
           "debunk ~4 {CLAIM}|it|they", "reject ~2 its|the|their content",
           "quash|scotch|squash|scupper|dispel ~3 {CLAIM}|speculation|talk",
           "pour ~1 cold water on ~4 {CLAIM}|speculation|talk", "laugh off ~4 {CLAIM}|it|they",
           "scoff at ~4 {CLAIM}|it|suggestion", "shoot|shot down ~4 {CLAIM}",
           "reject|dismiss|rebuff|brush|slam|blast|decry|rubbish|repudiate|contest ~4 {CLAIM}|basis|merit",
           # "rejected it" (not "rejected the bill and now it must go through")
           "reject|dismiss|rebuff|brush|slam|blast|decry|rubbish|repudiate|contest ~1 it|they",
           "disagree ~3 with ~3 {CLAIM}|characterization|portrayal", "rebuttal",
           "не иметь ничто общий с ~1 действительность|реальность",
           "не иметь ~1 никакой|ни_малейший? отношение к", "не выдерживать ~1 критика",
           "be lie|lying about|when|in ~3 {CLAIM}|its|their|his|her|the",
           "reject|dismiss ~2 what ~3 term|call|describe",
           "откреститься|открещиваться|открестилась|открестился|открестились",
           "reject|dismiss|rebuff|brush ~10 as ~5 {FALSE}|{CLAIM}|hit_piece|politically|smear|attack|partisan"
           "|disgruntle|motivate",
           # a party faults a piece: "the firm said the article contained \"numerous factual errors\""
           "say|claim|argue|insist|complain|allege|contend|maintain ~~6 {STORY} ~~3 contain|include|be ~~5 error|errors"
           "|inaccuracy|inaccuracies|falsehood|falsehoods|mistake|mistakes|riddle",
           # a party says a piece misrepresented it: "Amazon says a Times story \"misrepresented\" the company"
           "say|claim|argue|insist|complain|allege|contend|maintain|accuse ~~12 {STORY}|{CLAIM}|documentary|programme"
           "|program|film|it|they ~~16"
           " misrepresent|mischaracterize|distort|twist|misconstrue|misquote|misportray|misinterpret",
           "отбросить|отметать|отмести ~3 обвинение|обвинения|утверждение|претензия|информация|слух",
           # "sought to clarify that the group has no link to him": a clarification that denies
           "clarify ~2 that ~~10 not|no|never|nothing|neither",
           # an outlet or its piece accused of lying (not "accused the government of lying over the war")
           "accuse ~3 {STORY}|newspaper|paper|publication|magazine|outlet|website|broadcaster|network|channel|editor"
           "|editors|publisher|agency|tabloid|newsroom|journalist|journalists|reporter|reporters|media|press|author"
           "|writer ~2 of ~2 smear|lie|fabricate|distort|misrepresent|mislead",
           # about a report or claim: "pushed back hard on the report" (not "pushed back against the firm's stance")
           "push back ~1 on|against ~5 {CLAIM}|{STORY}|portrayal|account|version|it|they|that",
           "hit back at|against", "contradict ~3 {CLAIM}",
           # "lashed out at \"false\" reports", "railed against the story" (not "lashed out at the referee")
           "lash_out|hit_out|rail at|against ~6 {CLAIM}|{STORY}|{FALSE}",
           # "said it was disappointed by the inaccurate report"
           "disappoint|disappointed|dismay|dismayed|frustrate|frustrated|upset|angry ~2 by|with|at|over ~3 {FALSE}"
           " ~1 {CLAIM}|{STORY}",
           # a verdict on a piece or a claim: "read the article and found it untrue", "found the claims baseless"
           "find ~3 it|they|them|{CLAIM}|{STORY} ~2 {FALSE}",
           # a long object before the verdict that closes the clause: "called recent reports in the Post that
           # Kushner had ... unsubstantiated."
           "call|label|brand|term|deem|dub ~3 {CLAIM} ~~40 {FALSE} .|,|;",
           "term|call|describe|brand|dismiss|label|characterize|decry|denounce|rubbish|dispute ~~30 as \"|'? {FALSE}",
           "call|label|brand|describe|term|characterize|dismiss|declare|deem|dub ~~16 {FALSE}|hit_piece|hit_job"
           "|hatchet_job|smear_job|burn_job|stitch-up",
           "take issue with ~4 {CLAIM}|characterization|portrayal|conclusion|finding|it|they",

           "опровергнуть|опровергать|отрицать|отвергнуть|отвергать|опровергаться|опровергнутый",
           "выступить|выступать ~2 с ~2 опровержение|опровержения",
           "назвать|называть ~~20 {RU_FALSE}", "назвать|называть|считать ~~6 не соответствующий действительность",
           "отрицательно ответить", "развеять|развеивать ~3 слух|миф|сомнение|домысел",
           "выразить|выражать ~2 несогласие", "считать|счесть ~6 {RU_FALSE}|необоснованный|некорректный|неправдивый") +
    _rules("denial", "stance", 0.85,
           "no ~2 truth|basis|foundation|merit|substance ~~2 to|in|for|at_all", "have no ~2 basis|foundation",
           # what a report said is not so: "There are no talks of any sort going on", «Никаких переговоров нет»,
           # "No such directive has been issued", «таких решений не принималось»
           "there be no ~3 talk|negotiation|bid|discussion",
           "no such ~3 have|be ~v2 issue|make|take|sign|adopt|publish|send|place|agree|receive",
           "никакой ~1 переговоры|предложение ~3 нет|не", "не вести ~1 переговоры",
           "такой|подобный ~2 решение|документ|указ|распоряжение ~3 не ~1 принимать|подписывать|издавать|приниматься",
           "^ нет , этот ~2 {RU_FALSE}",
           # "police confirmed that both these messages are fake"
           "message|post|photo|image|document|letter|screenshot ~3 be ~2 fake|false|fabricate|doctor|forge|photoshop",
           # 'the report from the Times citing people familiar with the situation is "false"'
           "{CLAIM} ~~16 be \" {FALSE}",
           "without any ~3 truth|basis", "не иметь ~3 основание|оснований",
           # "not a shred of truth in the claims", "bears no resemblance to the truth", "does not correspond to
           # reality"
           "not|no|without ~1 a|one|any? ~1 shred|scintilla|grain|iota|ounce|word|kernel ~1 of ~1 truth",
           "bear ~2 no ~2 resemblance ~2 to ~2 the? truth|reality|fact",
           "not ~1 correspond ~1 to ~2 reality|the_truth|the_fact",
           # "said it saw no evidence to support claims by hostile suitors that ..."
           "see|find|have no evidence ~2 to? support|substantiate|back ~4 {CLAIM}",
           # "Reports that the minister had been taken to hospital are 'top-level fake news'"
           "report|reports|claim|claims|allegation|allegations|rumor|rumors|rumour|rumours|suggestion|suggestions"
           " that ~~24 be ~~3 {FALSE}",
           "contrary to what ~4 report|say|claim|suggest|allege|write|state|publish",
           # "nothing could be further from the truth"; "the company is not in talks to sell the unit"
           "nothing ~2 could|can|be ~2 further|farther from the truth", "be not ~2 in ~2 talk|negotiation",
           "информация|сообщение|слух|новость|данные|утверждение|публикация ~~3 -|— ложь|фейк|неправда|вымысел"
           "|дезинформация|клевета",
           # "заявил, что это неправда"
           "что ~1 это|этот|весь_этот ~1 -|—? неправда|ложь|вранье|враньё|фейк|выдумка|клевета|вымысел",
           # «заявили, что это очередной вброс», «обвинения беспочвенны.»
           "что ~1 это|этот ~1 -|—? очередной|обычный|банальный|чистый|чистой ~1 {RU_FALSE}",
           "{RU_STORY}|информация|сведение|данные|обвинение|утверждение|слух ~1 {RU_FALSE} .|,|;|»|\"",
           # "the passenger's account does not reflect what happened"
           "not ~1 reflect ~2 what ~1 happen|occur \"|.|,|;",
           "contrary to ~3 {CLAIM}|speculation",
           # "Nor did we threaten layoffs, as was suggested"
           "nor|not|never ~~12 , as be|have ~1 suggest|allege|claim|imply",
           "absolutely|categorically|completely|totally|patently|entirely|wholly|demonstrably|flatly|blatantly"
           " ~2 false|untrue|baseless|groundless|unfounded|fabricate|fabricated|inaccurate|wrong|incorrect|fake",
           "{CLAIM}|lawsuit|suit|complaint|action ~4 be|remain ~3 {FALSE}|wrong|not_true|not_accurate|not_correct",
           "this|these|such|that|those ~1 baseless|groundless|unfounded|false|fabricated|fabricate|untrue|bogus"
           "|frivolous|meritless ~2 {CLAIM}",
           "say|state|insist|tell|maintain|add|write|reply|respond|counter ~8 be ~2 false|untrue|baseless"
           "|groundless|unfounded|fabricate|fabricated|inaccurate",
           "say|state|insist|tell|maintain|add|write|reply|respond|counter ~8 be ~2 not true|accurate|correct",
           "believe ~4 {CLAIM} ~2 to be ~2 {FALSE}",
           # "said a critical report about the company appeared to be 'unfounded, baseless'"; a headline's "says
           # report unfounded"
           "{CLAIM} ~~14 appear|seem to be \"|'? ~1 {FALSE}", "say ~4 {CLAIM} \"|'? ~1 {FALSE}",
           # "emphasized that there was 'certainly' no such document in the works"
           "say|stress|emphasize|emphasise|insist|add|maintain ~3 there be ~3 no such",
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
           "baseless|groundless|unfounded|unsubstantiated|fabricated|fabricate|bogus|spurious|meritless|frivolous|scurrilous"
           "|malicious ~3 {CLAIM}|lawsuit|suit|case|complaint",
           "{CLAIM} to the contrary",
           "outright|blatant|complete|total|absolute|flat|bald-face|barefaced ~1 lie|lies|fabrication|falsehood"
           "|falsehoods",
           "{CLAIM} that ~~20 be ~2 \"|'? not ~1 true|accurate|correct",
           "{CLAIM}|source|quote|quotes ~4 be ~2 make up|invent|fabricate|concoct",
           "^ это|этот ~2 {RU_FALSE}", "не соответствовать действительность",
           "{RU_STORY}|информация|сведение|данные|обвинение|утверждение ~3 быть|являться|оказаться ~1 {RU_FALSE}",
           "фейковый|фейк|голословный|лживый|клеветнический|необоснованный|безосновательный ~1 {RU_STORY}|информация"
           "|новость|публикация"
           "|данные|сведение|утверждение|обвинение|слух|материал",
           "содерж* ~6 ложь|вымысел|неправда|клевета|фейк|искажение") +
    # said in quotation marks only: "'It's a hoax,' said the spokeswoman" (in an outlet's own voice, "That was
    # incorrect." corrects)
    _rules("denial", "stance", 0.8,
           "^ it|this|that|these|those ~1 be ~2 a|an|complete|total|pure|utter|absolute|simply? {FALSE}",
           "^ this|that|it ~1 do? not|never happen|occur \"|,|.|!",
           "it|this|that ~1 be ~2 not ~1 true|accurate|correct",
           "^ this|that|it ~1 be ~2 not what ~1 happen|occur",
           # '"They are false," the spokesman said' (not "They're invariably inaccurate and cumbersome to use")
           "they|such ~1 be|remain ~3 {FALSE}|wrong", "they|such ~1 be|remain ~3 not true|accurate|correct",
           # '"There are multiple errors in this story including inaccurate information," the email states'
           "^ there be ~3 error|errors|inaccuracy|inaccuracies|falsehood|falsehoods ~2 in ~2 this|that|the|your"
           " {STORY}",
           quoted=True) +
    # A reported denial in the speaker's own terms: "said it had never shared user data" (weaker: it may deny
    # nothing that was alleged).
    _rules("denial", "act", 0.75,
           "say|insist|maintain|reiterate|stress|tell|assert ~3 that? it|he|she|they have|do? never|not !{UNDENIED}",
           # "He insisted he had done nothing wrong"
           "say|insist|maintain|reiterate|stress|assert ~3 that? it|he|she|they|we have|do? do nothing wrong|illegal"
           "|improper|untoward",
           "say|insist|maintain|reiterate|stress|assert ~3 that? the ~2 have|do? never !{UNDENIED}") +
    # --- stands by: a publisher stands by its reporting
    # a publisher's: "Reuters stands by its reporting" (not a union standing behind its members, a carmaker
    # confident it can make up the numbers, a side that defended magnificently)
    _rules("stands_by", "act", 0.9,
           # "Rolling Stone stood by the story": whoever stands by a piece of journalism is its publisher or author
           "stand|stick ~2 by|behind ~4 story|article|reporting|journalism|coverage|piece|investigation|documentary"
           "|broadcast|report|exclusive|expose|reportage|series|programme|segment|episode|podcast|column|editorial") +
    _rules("stands_by", "act", 0.9,
           "stand|stick ~2 by|behind it|they", "stand|stick ~2 by|behind|over ~4 {SBNOUN}",
           "we ~3 have|get ~2 the fact|facts right|straight",
           "remain|be ~2 confident ~4 {SBNOUN}|accuracy",
           "defend|defended ~4 {SBOBJ}|decision_to_publish",
           "confidence in ~5 {SBOBJ}", media=True) +
    _rules("stands_by", "act", 0.9,
           "mount|offer ~3 defence|defense of ~3 {SBOBJ}",
           # "defended the paper's right to publish the piece"
           "defend ~4 right|decision to publish|run|print|air|broadcast ~3 {SBNOUN}|it",
           "proud of ~3 {SBNOUN}", "support for ~2 our|the|its|their {SBOBJ}",
           "comply|complies|within|meet|met ~3 our|its|their? editorial ~1 guideline|guidelines|standard|standards"
           "|code",
           "proud ~2 we|that ~3 publish|run|air|broadcast|report",
           "back up ~3 {SBOBJ}", "defend ~4 the? accuracy|integrity|veracity|fairness",
           "not ~2 require|need|warrant ~3 correction|retraction|correct|retract",
           # a publisher's report of its own accuracy: "we have reported accurately on all developments"
           "we ~3 report|cover ~4 accurately|fairly|correctly|responsibly|truthfully|factually",
           "nothing in ~3 {STORY} ~4 need|require ~3 correct|correction", "insist|maintain ~6 public interest",
           "уверенный в ~1 правота", "придерживаться ~2 факт",
           # «редакция полностью уверена в своих источниках»
           "уверенный|уверен|уверена в ~1 свой ~1 источник|материал|публикация|журналист|расследование",
           # «отвечаем за каждое слово», «материал подготовлен в соответствии со всеми стандартами»
           "мы|редакция|издание|газета|журнал|журналист|автор|сми ~~8 отвечать за ~2 каждый ~1 слово",
           "{RU_STORY} ~4 подготовить|подготовленный|подготовлен ~4 в соответствие с|со ~3 стандарт|норма|правило",
           "confident ~4 of? ~2 successfully? defend",
           "insist|maintain ~~20 be ~2 still accurate|correct|true",
           "everything|all ~2 we ~2 publish|report|write|air|broadcast ~8 be ~2 true|accurate|correct|fair",
           "настаивать на ~1 достоверность|точность|правдивость", "уверенный в ~1 достоверность|точность",
           "считать ~4 {RU_STORY}|изложение|расследование ~~8 корректный|правильный|достоверный|точный|верный") +
    # a publisher calls its own reporting sound: "maintains its story is accurate", "said the report was
    # thoroughly sourced" (a claim about the reporting, said now: only a negation, a condition or a question cancels)
    _rules("stands_by", "stance", 0.9,
           "maintain|insist|assert ~5 {SBOBJ} have? be|was ~2 accurate|correct|true|fair|right|solid|sound|thorough"
           "|well",
           "our {STORY} ~2 do not|never ~4 imply|suggest|say|state|claim|allege|accuse",
           "be ~3 rigorously|thoroughly|carefully|properly|extensively|meticulously ~1 research|source|report"
           "|fact-check|vet|check|verify") +
    _rules("stands_by", "stance", 0.85,
           "be|been ~2 right \"|'? to publish|air|run|broadcast|screen|print|report|reveal|pursue|expose|investigate",
           "confidence in ~2 his|her|their|its|our|the integrity|professionalism|judgment|judgement|accuracy",
           # 'had "no doubt" about the accuracy of its report'; "its reporters had acted professionally throughout"
           "no doubt ~3 about|of|over|as_to ~2 the? accuracy|veracity|truth ~3 {SBOBJ}",
           "{SBNOUN} ~3 act|behave ~2 professionally|properly|responsibly|appropriately|ethically|fairly",
           "nothing ~2 to contradict|undermine|disprove|refute ~4 {SBOBJ}|essence|substance|thrust",
           # "said its journalists had followed all the proper procedures"
           "{SBNOUN} ~3 follow ~3 proper|correct|all|establish|editorial|usual|normal ~2 procedure|procedures"
           "|guideline|guidelines|process|protocol|protocols|standard|standards",
           # "said its story was based on multiple sources"; "the interview had been conducted properly"
           "say|insist|maintain|stress|add|reply|respond ~4 {SBOBJ} ~2 be ~2 base on ~4 source|sources|document"
           "|documents|record|records|interview|interviews|evidence",
           "{SBNOUN} ~3 be ~1 conduct|handle|report|produce|edit|research ~2 properly|fairly|responsibly|appropriately"
           "|correctly|thoroughly|rigorously",
           "conduct|carry_out|do|produce ~3 fair|thorough|rigorous|careful|balanced|balance|responsible|accurate"
           " ~4 {SBOBJ}|investigation",
           "say|state|add|reiterate|stress|tell ~6 {SBOBJ} have? be|was ~3 accurate|correct|true|truthful|fair|right"
           "|solid|sound|thorough|well-source|rigorous|balanced|balance|factual|robust|impartial|justify",
           # (what one believes or is sure of is a piece of journalism, not "it": "make sure it's the right fit")
           "believe|think|feel|convince|convinced|confident|sure ~6 {SBNOUN} have? be|was ~3 accurate|correct|true"
           "|truthful|fair|right|solid|sound|thorough|well-source|rigorous|balanced|balance|factual|robust|impartial|justify",
           # "The BBC rejected the complaint, saying its coverage was impartial"
           "reject|dismiss|rebuff ~3 complaint|complaints|criticism|criticisms ~~6 {SBOBJ}|journalism", media=True) +
    _rules("stands_by", "act", 0.85,
           "отстаивать|отстоять|защищать|защитить ~3 {RU_STORY}|расследование|репортаж|журналист|достоверность"
           "|правдивость", media=True) +
    # a publisher's refusal: "Reuters would not retract the story" (a person refusing to retract is not standing by
    # reporting)
    _rules("stands_by", "refusal", 0.8,
           "refuse|decline ~2 to retract|withdraw|unpublish|correct|take|back_down",
           "will|would|do not|never ~3 retract|withdraw|unpublish|back_down",
           "not ~2 make ~2 retraction", "not retract", "not back down",
           "no plan|intention ~2 retract|withdraw|correct|remove|unpublish",
           # "the story was in the public interest and would remain online"; "doubled down on its reporting"
           "{SBNOUN}|it ~~12 will|would ~2 remain|stay ~1 online|up|publish|available",
           "double down on ~3 {SBOBJ}",
           # "said it would not apologise for the article" (a piece of its own, not for a remark)
           "will|would|do not|never ~3 apologize|apologise ~2 for ~3 {SBNOUN}|publish|report|run|air|broadcast",
           # "No retraction is needed. No apology will be forthcoming."
           "no ~2 retraction|correction|apology ~3 be|will ~3 need|necessary|require|warrant|forthcoming|due",
           # "the paper said it had no regrets about publishing the photographs"
           "no regret|regrets about|over|for|at ~2 publish|run|print|air|broadcast|report",
           "не ~1 намеренный|собираться|будет|быть|намерен|намереваться|планировать ~1 отзывать|удалять|опровергать"
           "|исправлять|снимать ~2 {RU_STORY}",
           "не ~1 намеренный|собираться|будет|быть|намерен|намереваться|планировать ~2 писать|публиковать|давать"
           "|печатать ~2 опровержение|извинение", media=True) +
    # --- legal action: suits, complaints, charges, fines, settlements, orders
    _rules("legal_action", "act", 0.88,
           "sue|suing", "countersue",
           "file|lodge|bring|launch|initiate|submit|institute ~5 lawsuit|suit|complaint|claim|petition|case"
           "|action|writ|charge|proceeding|proceedings|counterclaim|counter-suit|countersuit|motion|appeal",
           # "issued a claim in the High Court" (not "issued a retraction of its claim")
           "issue ~4 indictment|indictments",
           "issue a|an|the|its|their|his|her|new? ~1 lawsuit|suit|claim|writ|proceeding|proceedings|summons|subpoena"
           "|indictment",
           "take|took ~2 legal ~1 action|proceeding|proceedings|step|steps",
           # "has begun legal proceedings against the paper" (not "began impeachment proceedings")
           "begin|start|commence|initiate ~3 legal|court|libel|defamation|civil|criminal ~1 action|proceeding"
           "|proceedings|case",
           "begin|start|commence ~3 litigation|arbitration",
           "lawsuit|suit|complaint|writ|petition|charge|proceeding|proceedings|case|claim ~5 be|have? ~v2 file|lodge"
           "|bring|launch|initiate|submit|issue|pursue",
           "hit|slap|serve ~2 with ~5 lawsuit|suit|fine|charge|charges|writ|subpoena|complaint",
           "attack|target|pursue|go_after ~~6 with ~2 a|an? lawsuit|suit|libel_suit",
           "filing of ~3 a|an|the? lawsuit|suit|complaint|claim|charge|petition",
           "unseal ~3 indictment|charge|complaint", "indictment ~2 charge",
           "impose|levy ~3 a|an? financial? penalty|fine",
           "lawsuit|suit|complaint|charge|charges ~2 against",
           "lawsuit|suit|case|claim|complaint|action|proceeding|proceedings ~3 file|bring|lodge by",
           "lawsuit|suit|complaint|petition|claim , file|lodge|bring",
           # damages won or sought, a jury's award: "accepted undisclosed damages", "recovered a jury award"
           "accept|receive|win|won|award|recover|obtain|seek ~4 damages", "jury ~2 award|verdict",
           # "was sanctioned by Ofcom", "settled with the regulator for $50 million"
           "sanction|penalise|penalize|discipline ~~4 by ~3 {AUTH}|press|media", "settle with ~3 {AUTH}",
           "{AUTH} ,? fine a|an|the|its|their|0", "{AUTH} ,? fine ~~24 0|£|$|€|₽|million|billion|for|over",
           "defend ~3 against ~3 charge|lawsuit|suit|indictment",
           "lawsuit|suit|case|claim , ~~10 , be|have ~v2 settle|dismiss|file|bring|lodge",
           "lawsuit|suit|case|claim|complaint ~3 be|have ~v2 settle|dismiss|uphold",
           "continue|pursue|press|drop|settle|win|won|lose ~3 the|a|his|her|its|their ~2 libel|defamation|civil"
           "|class-action? lawsuit|suit|case|claim|action",
           # a regulator's or court's finding: "Ofcom found that the programme breached the broadcasting code"
           "{AUTH} ~~4 find|rule|conclude|determine ~~8 breach|violate|contravene",
           # a prosecutor's or regulator's allegations, a verdict, a sentence, an arrest on charges
           "{PROSECUTOR} ~~6 allege|accuse", "jury|court|judge|tribunal ~~4 find ~~6 liable|guilty|responsible",
           "court|judge|tribunal|jury|arbitrator|regulator|watchdog|ombudsman ~3 rule|find|decide ~2 in favour"
           "|favor of",
           "be|get ~2 sentence ~2 to", "sentence he|her|they|{DET} ~3 to",
           "on ~2 charge|charges of", "censure|reprimand ~~4 by ~3 {AUTH}|press|media", "{AUTH} ~3 censure|reprimand",
           "приговорить|приговоренный|приговорен ~2 к", "суд ~3 арестовать|приговорить",
           "plaintiff|plaintiffs ~2 allege|claim|argue|contend",
           # what a filing says is a filing made: "The complaint alleges that the company ...", "the suit seeks"
           "the|a|this|that|their|his|her|its ~2 lawsuit|suit|complaint|indictment|petition ~2 allege|accuse|contend"
           "|charge|seek",
           "allege ~3 in ~2 a|the? lawsuit|complaint|suit|filing",
           "register ~3 fir", "uphold ~3 complaint|complaints|aspect",
           # a ruling: "the press regulator has found against the paper", "the court ruled against the broadcaster"
           "{AUTH} ~~4 find|rule ~1 against", "complaint of|by ~~8 against",
           "will|agree ~2 to? pay ~~10 to settle|resolve ~4 charge|charges|claim|claims|complaint|case|allegation"
           "|allegations|lawsuit|suit|probe|investigation|action",
           "lawsuit|suit|lawsuits|suits|complaint|complaints ~2 follow|result|ensue",
           "complaint|complaints ~3 make|lodge|file|submit|send to ~3 {AUTH}",
           "должный|должен|обязанный|обязан|must|have_to ~3 заплатить|выплатить|pay ~3 штраф|fine|penalty",
           "наложить|наложенный|наложен|назначить|выписать ~2 штраф",
           "{AUTH} ~6 issue|impose ~3 censure|reprimand|sanction|ban",
           # a warning is a regulator's or a court's act, not a council president's ("Tusk issued a warning")
           "{PROSECUTOR}|court|judge|tribunal|commission|ombudsman|роскомнадзор|фас|уфас ~6 issue ~3 warning",
           "class-action|class ~2 lawsuit|suit|action",
           "charge ~7 with|by", "be ~2 charge", "{AUTH} ~3 charge", "charge ~2 against",
           # "a convicted fraudster" names a past, not an act now
           "indict|arraign|prosecute", "!{DET} convict",
           "fine ~3 {AUTH}|for|over|by|after|0|million|billion|€|£|$|₽",
           "a|an|civil|criminal|record|hefty|0|million|billion|pay|impose|levy|issue|receive ~2 fine",
           # a penalty with money or a regulator's verb ("a €2 million penalty"; "a late penalty" is a football one)
           "civil|criminal|record|hefty|0|million|billion|pay|impose|levy|financial|monetary ~2 penalty",
           "fine|penalty of", "in fine|penalty",
           "settle ~4 charge|claim|lawsuit|suit|case|allegation|proceeding|proceedings|action|complaint|dispute",
           "reach ~6 settlement", "settlement with ~4 {AUTH}",
           "agree ~2 to pay ~~8 settle|fine|penalty|penalties|restitution|disgorgement",
           "order ~6 to pay|stop|cease|halt|remove|retract|withdraw|suspend|refund|publish|disgorge|delete|apologize"
           "|make|broadcast|air|correct", "name ~2 as ~2 a? defendant|defendants", "consent order",
           "{AUTH} ~3 receive ~3 complaint|complaints",
           "{AUTH} ~4 order", "take ~4 to court", "drag ~3 to court",
           "complain|complaint|complaints to|with ~3 {AUTH}|press|ipso|ofcom|regulator|office|ombudsman|council"
           "|commission|committee",
           # court orders sought or won: "won an injunction barring publication", "hauled into court by the regulator"
           "win|won|obtain|seek|secure|grant|issue ~3 injunction|injunctions|super-injunction|restrain_order"
           "|gag_order",
           "haul|drag ~3 into|before ~2 court|tribunal|judge|regulator",
           "enter|sign|approve|reach|file|accept|issue|agree ~4 consent judgment|judgement|decree",
           "serve|issue ~4 penalty_notice|summons",
           # a regulator's ban, ruling or order: "The ASA has banned two ads", "was found in breach of the code",
           # "has been told to broadcast a statement", "being required to pay $50 million"
           "{AUTH} ~3 ban ~4 ad|ads|advert|adverts|advertisement|advertisements|commercial|commercials|campaign",
           "ban ~2 by ~4 {AUTH}|authority", "be ~1 find ~2 in breach",
           "be|being ~1 tell|order|direct|require ~2 to ~1 broadcast|withdraw|remove|publish|pay|refund|air|print",
           "under the|a|an|this ~2 consent? order|decree|judgment|judgement ,",
           "face|facing ~4 charge|charges|indictment|count|counts|lawsuit|lawsuits|prosecution"
           "|libel_claim|defamation_claim|legal_action|legal_claim|class_action",
           "{AUTH} ~3 заблокировать|блокировать", "{AUTH} ~~8 признать ~~8 незаконный|ненадлежащий",
           "plead guilty|not", "cease-and-desist order", "cease and desist order|orders", "cessation order|orders",
           # "Ofcom has fined the BBC a record £400,000", "was penalised £896,100", "stung the firm for £60,000"
           "have ~v1 fine ~6 0|£|$|€|₽|million|billion|thousand",
           "penalise|penalize|penalised|penalized ~4 0|£|$|€|₽|million|billion|thousand",
           "sting|stung ~4 for 0|£|$|€|₽",
           # «привлекло к административной ответственности»: held liable by an authority
           "привлечь|привлекать|привлечить|привлечен ~~6 к ~1 административный|уголовный|дисциплинарный"
           " ответственность",
           # a case opened ("возбуждено уголовное дело"); an investigation alone is not yet a legal action
           "{AUTH} ~4 open|launch|begin|start|initiate ~3 case",
           "{AUTH} ~4 open|launch|begin|start|initiate ~3 proceeding|proceedings against",
           "judge|court ~3 dismiss|reject|throw|uphold|rule|order|award|grant|approve",
           "подать|подавать ~3 иск|жалоба|заявление|суд", "иск ~2 к|против", "исковый|исковой заявление",
           # «иск президента, который он направил против издания», «по жалобе в Общественную коллегию по жалобам»
           "иск ~~10 направить|предъявить|подать", "жалоба ~~5 в ~2 {AUTH}|коллегия|комиссия|совет|омбудсмен",
           # «Решением Арбитражного суда ... признаны не соответствующими действительности»
           "решение ~4 суд ~~12 признать|признанный|признан|обязать|взыскать|запретить|удовлетворить",
           "обратиться в ~2 суд|прокуратура|полиция|роскомнадзор|{AUTH}", "иск ~3 зарегистрировать|зарегистрированный",
           "предписывать|предписать ~3 прекратить|устранить", "заявление в ~2 следственный|полиция|прокуратура",
           "оштрафовать|оштрафован|оштрафованный|штрафовать",
           "штраф ~~16 размер|сумма|наложить|наложенный|обязать|обязанный",
           "выплатить|заплатить|наложить|назначить ~3 штраф", "возбудить|возбужденный ~3 дело",
           # a fine named before whoever imposed it, or contested: «штраф ..., назначенный ранее УФАС», «оспорить штраф»
           "штраф ~~10 назначить|наложить|выписанный", "оспорить|оспаривать|обжаловать ~4 штраф|постановление"
           "|предписание",
           "предъявить ~2 обвинение", "обвинение ,? ~2 предъявл*",
           "суд|мосгорсуд|горсуд|райсуд|облсуд|крайсуд ~2 обязать|постановить|оштрафовать|арестовать|взыскать"
           "|признать",
           "наказать|наказанный|наказать",
           "завести ~2 дело", "взыскать ~4 компенсация|штраф|ущерб",
           "удовлетворить ~3 иск|жалоба|требование|заявление", "суд ~4 удовлетворить|предписать",
           "дело ~~4 быть? возбудить|возбужденный|возбуждено", "дело ~3 быть? передать|передано ~2 в суд",
           "направить|передать ~3 дело ~3 в ~1 суд",
           "составить ~3 протокол", "фигурант ~3 дело", "суд ~~10 обязать", "решение ~3 вынести ~2 суд",
           "выдать|выданный|выдано ~3 предписание",
           "предписание о|об ~2 прекращение|устранение", "по|согласно решение ~2 суд|мосгорсуд|арбитраж|регулятор",
           "заседание|слушание ~3 по ~2 иск|дело", "иск ~~4 подать|поданный|подан|поданного") +
    # a regulator's demand is its order: "Роскомнадзор потребовал удалить", "the FCA required the firm to"
    _rules("legal_action", "act", 0.85,
           "{AUTH} ~3 потребовать|требовать|обязать|предписать|вынести|выписать",
           "{AUTH} ~5 предупредить|предостеречь",
           "{PROSECUTOR}|court|judge|tribunal|commission|ombudsman|regulator ~3 demand|require|direct|instruct ~4 to"
           "|that", request=True),
)
