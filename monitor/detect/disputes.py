"""What the parties to a story say and do about it, as lemma frames (pure): denials, stand-bys and legal actions.

The other half of the follow-up lexicon (`lexicon` holds the outlet's own notes: corrections, clarifications,
apologies, retractions, updates, editor's notes), in the same notation (`notation`) and word sets (`wordsets`),
with the same voices: `act` (cancelled by demands, refusals, modals and conditions), `stance` (someone calls a
claim false: only a negation or a condition cancels), `refusal` (a refusal that is itself the act). The legal
actions are in `legal`.
"""

from __future__ import annotations

import functools

from monitor.detect.legal import LEGAL_RULES
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
           # the passive, with its doer after "by": "a claim that was dismissed by the ministry"
           "{CLAIM} ~2 be ~v1 reject|dismiss|rebuff|repudiate by",
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
           # about a report or claim: "pushed back hard on the report" (not "pushed back against the firm's stance"),
           # or a suit's allegations: "pushed back on the trade-secret lawsuit"
           "push back ~1 on|against ~5 {CLAIM}|{STORY}|portrayal|account|version|it|they|that|lawsuit|suit|complaint",
           "hit back at|against", "contradict ~3 {CLAIM}",
           # "lashed out at \"false\" reports", "railed against the story" (not "lashed out at the referee")
           "lash_out|hit_out|rail at|against ~6 {CLAIM}|{STORY}|{FALSE}",
           # "said it was disappointed by the inaccurate report"
           "disappoint|disappointed|dismay|dismayed|frustrate|frustrated|upset|angry ~2 by|with|at|over ~3 {FALSE}"
           " ~1 {CLAIM}|{STORY}",
           # a verdict on a piece or a claim: "read the article and found it untrue", "found the claims baseless"
           "find ~3 it|they|them|{CLAIM}|{STORY} ~2 {FALSE}",
           # "found the allegations \"deeply flawed\"", "called the report fundamentally flawed"
           "find|call|deem|describe|label ~3 {CLAIM}|{STORY} ~~3 flaw",
           # "accused it of containing \"made up\" information": the story, disputed by whom it is about
           "{STORY} ~~20 accuse ~1 it of contain|include|carry ~~3 false|fabricate|make_up|invent|inaccurate",
           "accuse ~2 {STORY} of contain|include|carry ~~3 false|fabricate|make_up|invent|inaccurate",
           # a long object before the verdict that closes the clause: "called recent reports in the Post that
           # Kushner had ... unsubstantiated."
           "call|label|brand|term|deem|dub ~3 {CLAIM} ~~40 {FALSE} .|,|;",
           # the verdict as a negation, often graded: 'called the report "100 percent not true"'
           "call|label|brand|term|deem|dub ~3 {CLAIM} ~~4 not_true|not_accurate|not_correct",
           "term|call|describe|brand|dismiss|label|characterize|decry|denounce|rubbish|dispute ~~30 as \"|'? {FALSE}",
           "call|label|brand|describe|term|characterize|dismiss|declare|deem|dub ~~16 {FALSE}|hit_piece|hit_job"
           "|hatchet_job|smear_job|burn_job|stitch-up",
           "take issue with ~4 {CLAIM}|characterization|portrayal|conclusion|finding|it|they",

           "опровергнуть|опровергать|отрицать|отвергнуть|отвергать|опровергаться|опровергнутый",
           "выступить|выступать ~2 с ~2 опровержение|опровержения",
           "назвать|называть ~~20 {RU_FALSE}", "назвать|называть|считать ~~6 не соответствующий действительность",
           # a piece called commissioned (a paid hit piece): «назвал статью заказной»
           "назвать|называть ~3 {RU_STORY} ~2 заказной|заказный",
           "отрицательно ответить", "развеять|развеивать ~3 слух|миф|сомнение|домысел",
           "выразить|выражать ~2 несогласие", "считать|счесть ~6 {RU_FALSE}|необоснованный|некорректный|неправдивый",
           # a defendant's own word, done by the sentence's subject: "she has consistently protested her innocence"
           "maintain|proclaim|protest|assert ~2 his|her|their|its innocence") +
    _rules("denial", "stance", 0.85,
           "no ~2 truth|basis|foundation|merit|substance ~~2 to|in|for|at_all", "have no ~2 basis|foundation",
           # a party's word on the case against it: "we are confident this lawsuit lacks merit"
           "{CLAIM}|lawsuit|suit|complaint|case|charge|charges ~3 lack|lacks ~2 merit|basis|foundation|substance",
           # figures said to be made up («цифры взяты с потолка»); «не с потолка» is a newsroom's stand (below)
           "взять|брать ~1 с потолок",
           # a defendant's lawyer's word on the charges: "his lawyer said his client is innocent"
           "say|insist|maintain|stress|tell ~3 his|her|their|our|my client be ~1 innocent|blameless",
           # what a report said is not so: "There are no talks of any sort going on", «Никаких переговоров нет»,
           # "No such directive has been issued", «таких решений не принималось»
           "there be no ~3 talk|negotiation|bid|discussion",
           "no such ~3 have|be ~v2 issue|make|take|sign|adopt|publish|send|place|agree|receive",
           "никакой ~1 переговоры|предложение ~3 нет|не", "не вести ~1 переговоры",
           # «никаких переговоров ... ни с кем не вело и не ведет»
           "никакой ~1 переговоры ~~10 не|ни ~3 вести|вестись|проводить",
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
           # «материал Forbes - это откровенная ложь»
           "{RU_STORY}|информация|сообщение|данные|утверждение ~2 -|— этот ~2 ложь|фейк|неправда|вымысел|клевета",
           # "заявил, что это неправда"
           "что ~1 это|этот|весь_этот ~1 -|—? неправда|ложь|вранье|враньё|фейк|выдумка|клевета|вымысел",
           # «заявили, что это очередной вброс», «обвинения беспочвенны.»
           "что ~1 это|этот ~1 -|—? очередной|обычный|банальный|чистый|чистой ~1 {RU_FALSE}",
           "{RU_STORY}|информация|сведение|данные|обвинение|утверждение|слух ~1 {RU_FALSE} .|,|;|»|\"",
           # "the passenger's account does not reflect what happened"
           "not ~1 reflect ~2 what ~1 happen|occur \"|.|,|;",
           "contrary to ~3 {CLAIM}|speculation",
           # a party's reply to a report: "said the story was based on a misreading of a draft", "the claims do not
           # stand up to scrutiny", "the article paints a misleading picture", 'the claims were "simply not the case"'
           "say|claim|argue|insist|maintain|contend|add|counter|respond|reply|write ~~8 {STORY}|{CLAIM}|it|they ~4"
           " be ~2 base on ~4 misread|misreading|misunderstanding|misinterpretation|misconception"
           "|speculation|hearsay|rumour|rumor|gossip|falsehood|assumption|assumptions|outdate|outdated|incomplete|flaw|false|inaccurate"
           "|erroneous|faulty|selective|unverified|misinformation",
           "{CLAIM}|it|they|this|these|that|accusation|accusations|allegation|allegations ~~8 not|never|fail ~2 to?"
           " stand|hold up ~2 to? ~1 scrutiny|examination|inspection",
           "say|claim|argue|insist|complain|contend|maintain|write|add ~~12 {STORY}|{CLAIM}|it|they|documentary"
           "|programme|program ~3 paint|paints|painted ~3 a|an? ~2 {FALSE}|one-side|skew|distorted|incomplete"
           "|partial|selective|unfair ~2 picture|portrait",
           "{CLAIM} ~~14 be ~2 \"|'? ~1 simply|just|certainly|absolutely|clearly|categorically|plainly? ~1 not the"
           " case",
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
           # "the report does not reflect reality", "the claims do not correspond to the facts"
           "{CLAIM} ~4 not ~2 reflect|correspond ~3 reality|fact|facts|truth",
           "{CLAIM}|source|quote|quotes ~4 be ~2 make up|invent|fabricate|concoct",
           "^ это|этот ~2 {RU_FALSE}", "не соответствовать действительность",
           # «в компании заявили, что публикация содержит ряд неточностей»: a party's verdict on the piece
           # (or «в материале содержится недостоверная информация», the reflexive)
           "заявить|заявлять|сказать|утверждать|считать ~~3 что ~2 {RU_STORY}|информация ~3 содержать|содержаться ~3"
           " неточность"
           "|ошибка|недостоверный|ложный|искажение",
           # a headline's dash: «Binance: статья Reuters — ложь»
           "{RU_STORY}|информация|сообщение|обвинение|утверждение ~3 - ~1 {RU_FALSE}",
           # «сообщения о его отставке являются слухами», «информация оказалась фейковой»
           "являться|оказаться ~1 {RU_FALSE}|выдуманный|вымышленный",
           # «не в таком масштабе, как писали некоторые СМИ»
           "не ~6 , как ~1 писать|сообщать|утверждать ~2 сми|издание|газета|журналист|некоторый",
           "{RU_STORY}|информация|сведение|данные|обвинение|утверждение ~3 быть|являться|оказаться ~1 {RU_FALSE}",
           "фейковый|фейк|голословный|лживый|клеветнический|необоснованный|безосновательный ~1 {RU_STORY}|информация"
           "|новость|публикация"
           "|данные|сведение|утверждение|обвинение|слух|материал",
           "содерж* ~6 ложь|вымысел|неправда|клевета|фейк|искажение",
           # «ни на чем не основанные обвинения» (baseless)
           "ни на что не основан*|обоснован* ~1 ложь|обвинение|утверждение|информация|сведение|данные|слух"
           "|измышление|домысел|претензия|выпад|нападка|заявление",
           # a party faults a piece: "the firm said the article contained \"numerous factual errors\"", "according to
           # the exchange, the report contained several errors" (the speaker named by `speaker_of`)
           "say|claim|argue|insist|complain|allege|contend|maintain ~~6 {STORY} ~~3 contain|include|be ~~5 error|errors"
           "|inaccuracy|inaccuracies|falsehood|falsehoods|mistake|mistakes|riddle",
           "^ accord to ~~8 , ~3 {STORY} ~~3 contain|include|have ~~5 error|errors|inaccuracy|inaccuracies"
           "|falsehood|falsehoods|mistake|mistakes") +
    # said in quotation marks only: "'It's a hoax,' said the spokeswoman" (in an outlet's own voice, "That was
    # incorrect." corrects)
    _rules("denial", "stance", 0.8,
           "^ it|this|that|these|those ~1 be ~2 a|an|complete|total|pure|utter|absolute|simply? {FALSE}",
           "^ this|that|it ~1 do? not|never happen|occur \"|,|.|!",
           "it|this|that ~1 be ~2 not ~1 true|accurate|correct",
           "^ this|that|it ~1 be ~2 not what ~1 happen|occur",
           # '"They are false," the spokesman said' (not "They're invariably inaccurate and cumbersome to use")
           "they|such ~1 be|remain ~3 {FALSE}|wrong", "they|such ~1 be|remain ~3 not true|accurate|correct",
           # '"That is simply not the case," the spokesman said' (not "it is not the case that ...")
           "this|that|it ~1 be ~2 simply|just|certainly|absolutely|clearly|categorically|plainly? ~1 not the case"
           " \"|,|.|!",
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
           "say|insist|maintain|reiterate|stress|assert ~3 that? the ~2 have|do? never !{UNDENIED}",
           # '"At no point did we mislead investors," the founder said'
           "^ at no point|time|stage do|have|be we|i|it|he|she|they ever? !{UNDENIED}") +
    # --- stands by: a publisher stands by its reporting
    # a publisher's: "Reuters stands by its reporting" (not a union standing behind its members, a carmaker
    # confident it can make up the numbers, a side that defended magnificently)
    _rules("stands_by", "act", 0.9,
           # "Rolling Stone stood by the story": whoever stands by a piece of journalism is its publisher or author
           "stand|stick ~2 by|behind ~4 story|article|reporting|journalism|coverage|piece|investigation|documentary"
           "|broadcast|report|exclusive|expose|reportage|series|programme|segment|episode|podcast|column|editorial",
           # "AMI has stood its ground, arguing that the messages it published are not false"
           "stand|hold ~1 its|their ground ~~16 publish|publication|{SBNOUN}") +
    _rules("stands_by", "act", 0.9,
           "stand|stick ~2 by|behind it|they", "stand|stick ~2 by|behind|over ~4 {SBNOUN}",
           "we ~3 have|get ~2 the fact|facts right|straight",
           "remain|be ~2 confident ~4 {SBNOUN}|accuracy",
           "defend|defended ~4 {SBOBJ}|decision_to_publish",
           "confidence in ~5 {SBOBJ}",
           # a newsroom's own review: "reviewed the complaint and found no error in the article"
           "find ~2 no ~2 factual? error|errors|inaccuracy|inaccuracies|mistake|mistakes|fault ~2 in|with ~3 {SBNOUN}"
           "|{STORY}|it", media=True) +
    _rules("stands_by", "act", 0.9,
           "mount|offer ~3 defence|defense of ~3 {SBOBJ}",
           # "defended the paper's right to publish the piece"
           "defend ~4 right|decision to publish|run|print|air|broadcast ~3 {SBNOUN}|it",
           "proud of ~3 {PRIDE}", "support for ~2 our|the|its|their {SBOBJ}",
           "comply|complies|within|meet|met ~3 our|its|their? editorial ~1 guideline|guidelines|standard|standards"
           "|code",
           "proud ~2 we|that ~3 publish|run|air|broadcast|report",
           "back up ~3 {SBOBJ}", "defend ~4 the? accuracy|integrity|veracity|fairness",
           "not ~2 require|need|warrant ~3 correction|retraction|correct|retract",
           # a publisher's report of its own accuracy: "we have reported accurately on all developments"
           "we ~3 report|cover ~4 accurately|fairly|correctly|responsibly|truthfully|factually",
           "nothing in ~3 {STORY} ~4 need|require ~3 correct|correction", "insist|maintain ~6 public interest",
           "уверенный в ~1 правота", "придерживаться ~2 факт",
           # «мы придерживаемся изложенной нами версии»; «подготовлен в соответствии с редакционными стандартами»,
           # "made in line with our editorial guidelines"
           "придерживаться ~3 изложенный|изложенной|изложенную|опубликовать ~2 версия",
           "в соответствие с ~2 редакционный ~1 стандарт|принцип|правило",
           "in accordance|line with ~2 our|its|the|their? editorial ~1 guideline|guidelines|standard|standards|code",
           # «редакция полностью уверена в своих источниках»
           "уверенный|уверен|уверена в ~1 свой ~1 источник|материал|публикация|журналист|расследование",
           # «отвечаем за каждое слово», «материал подготовлен в соответствии со всеми стандартами»
           "мы|редакция|издание|газета|журнал|журналист|автор|сми ~~8 отвечать за ~2 каждый ~1 слово",
           "{RU_STORY} ~4 подготовить|подготовленный|подготовлен ~4 в соответствие с|со ~3 стандарт|норма|правило",
           "confident ~4 of? ~2 successfully? defend",
           "insist|maintain ~~20 be ~2 still accurate|correct|true",
           "everything|all ~2 we ~2 publish|report|write|air|broadcast ~8 be ~2 true|accurate|correct|fair",
           "настаивать на ~1 достоверность|точность|правдивость", "уверенный в ~1 достоверность|точность",
           # «редакция стоит на своём», «"Мы стоим на своём", — заявил главный редактор» (a newsroom named, since
           # anyone's «мы» stands on its own ground; «свой|свое» leaves the verb the anchor the actor is read before)
           "редакция|издание|газета|журнал|телеканал|агентство|портал|журналист|автор|главред ~4 стоять|стоить"
           " на ~1 свой|свое",
           "редакция|издание|газета|журнал|телеканал|агентство|портал|журналист|автор|главред ~4 остаться|оставаться"
           " на|при ~1 свой|свое",
           "стоять|остаться|оставаться на|при ~1 свой ~~8 \" ,? -? заявить|сказать|сообщить|подчеркнуть|добавить"
           "|ответить|написать ~3 главный? редактор|главред|редакция|издание|газета|журнал|телеканал|агентство",
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
           "confidence in ~2 his|her|their|its|our|the integrity|professionalism|judgment|judgement|accuracy|rigour"
           "|rigor|fairness|thoroughness|robustness",
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
           "believe|think|feel|convince|convinced|confident|sure|satisfy|satisfied ~6 {SBNOUN} have? be|was ~3 accurate"
           "|correct|true|truthful|fair|right|solid|sound|thorough|well-source|rigorous|balanced|balance|factual|robust|impartial|justify",
           # "we are satisfied with our reporting on this matter"; 'the "documentary fully complies with our editorial
           # guidelines"' (not "satisfied with our defending")
           "satisfied|satisfy|happy|comfortable|content with ~2 our|its|the|their ~2 {SBNOUN}",
           "{SBNOUN} ~3 comply|complies|conform|accord with ~3 our|its|the|their ~2 editorial|journalistic ~1 guideline"
           "|guidelines|standard|standards|code|policy|policies|value",
           # "The BBC rejected the complaint, saying its coverage was impartial"
           "reject|dismiss|rebuff ~3 complaint|complaints|criticism|criticisms ~~6 {SBOBJ}|journalism",
           # «все изложенные в статье факты подтверждены документами», «факты в расследовании проверены»
           "{RU_STORY}|расследование|репортаж ~2 факт ~3 быть? подтвердить|подтвержденный|подтвержден|подтверждены"
           "|проверить|проверенный|проверен|проверены",
           "факт ~3 {RU_STORY}|расследование|репортаж ~3 быть? подтвердить|подтвержденный|подтвержден|подтверждены"
           "|проверить|проверенный|проверен|проверены",
           # nothing made up: «информацию мы взяли не с потолка», «редакция не выдумала ни одного факта»
           "взять|брать ~2 не с потолок", "не выдумать|придумать ~1 ни ~1 один|одного|единый|единого ~1 факт|слово"
           "|цифра|деталь", media=True) +
    _rules("stands_by", "act", 0.85,
           "отстаивать|отстоять|защищать|защитить ~3 {RU_STORY}|расследование|репортаж|журналист|достоверность"
           "|правдивость", media=True) +
    # a publisher's refusal: "Reuters would not retract the story" (a person refusing to retract is not standing by
    # reporting)
    _rules("stands_by", "refusal", 0.8,
           # ("refused to take the story down", not "we refuse to take part in the talks")
           "refuse|decline ~2 to retract|withdraw|unpublish|correct|back_down", "refuse|decline ~2 to take ~3 down",
           "will|would|do not|never ~3 retract|withdraw|unpublish|back_down",
           "not ~2 make ~2 retraction", "not retract", "not back down",
           "no plan|intention ~2 retract|withdraw|correct|remove|unpublish",
           # «агентство отказалось удалять материал», «не стало отзывать публикацию»
           "отказаться|отказываться ~2 удалять|удалить|отзывать|отозвать|снимать|снять|опровергать ~3 {RU_STORY}"
           "|расследование|репортаж",
           "не ~1 стать|собираться ~1 удалять|отзывать|снимать|опровергать ~3 {RU_STORY}|расследование|репортаж",
           # «отказалось публиковать опровержение», «не видит оснований для опровержения», «удалять её не будут»
           "отказаться|отказываться ~2 публиковать|опубликовать|печатать|напечатать|давать|дать|размещать|разместить"
           " ~2 опровержение|извинение",
           "не ~2 видеть|находить|усматривать ~2 основание|повод|причина ~2 для ~1 опровержение|удаление|извинение"
           "|исправление|снятие|отзыв",
           "удалять|отзывать|снимать|опровергать|исправлять ~3 не ~1 быть|собираться|намерен|намеренный|стать"
           "|планировать",
           "{RU_STORY}|расследование|репортаж ~2 удаленный|отозвать|отозван|отозвана|отозвано|снять|снятой не быть",
           # "the story was in the public interest and would remain online"; "doubled down on its reporting"
           "{SBNOUN}|it ~~12 will|would ~2 remain|stay ~1 online|up|publish|available",
           "double down on ~3 {SBOBJ}",
           # "said it would not apologise for the article" (a piece of its own, not for a remark)
           "will|would|do not|never ~3 apologize|apologise ~2 for ~3 {SBNOUN}|publish|report|run|air|broadcast",
           # "No retraction is needed. No apology will be forthcoming."
           "no ~2 retraction|correction|apology ~3 be|will ~3 need|necessary|require|warrant|forthcoming|due",
           # 'vowed that it would not be "cowed" by critics of its reporting' (a newsroom's: a mayor's is no stand-by)
           "will|would|do not|never ~1 be ~1 \"|'? cowed|cow|intimidated|intimidate|bullied|bully|silenced|silence"
           "|deterred|deter|muzzle",
           # "the paper said it had no regrets about publishing the photographs"
           "no regret|regrets about|over|for|at ~2 publish|run|print|air|broadcast|report",
           "не ~1 намеренный|собираться|будет|быть|намерен|намереваться|планировать ~1 отзывать|удалять|опровергать"
           "|исправлять|снимать ~2 {RU_STORY}",
           "не ~1 намеренный|собираться|будет|быть|намерен|намереваться|планировать ~2 писать|публиковать|давать"
           "|печатать ~2 опровержение|извинение",
           # «газета не намерена извиняться за публикацию» (a piece of its own, not a remark)
           "не ~1 намеренный|собираться|намерен|намереваться|планировать|стать ~1 извиняться|извиниться ~2 за ~2"
           " {RU_STORY}|расследование|репортаж|публиковать|публикация", media=True)
) + LEGAL_RULES
