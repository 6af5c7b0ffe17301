"""The follow-up lexicon's word sets (pure): what each {NAME} slot of a rule stands for, as lemmas.

A set names a class the rules share: the words for a published piece (STORY) or a part of one (PART), for a
claim (CLAIM) and what a retraction or a stand-by is about (RETOBJ, SBOBJ), for calling something false (FALSE,
RU_FALSE), for a newsroom (MEDIA), for an error (ERRV, ERRADV), for what a piece said (SAYV), and for an authority
(AUTH). Cancellers read some of them too (a newsroom subject, an error verb).
"""

from __future__ import annotations

SETS: dict[str, str] = {
    "STORY": "story|article|report|post|piece|item|column|headline|blog|newsletter|text|video|graphic|caption"
             "|version|obituary|review|analysis|explainer|page|editorial|photo|photograph|picture|chart|map|tweet"
             "|podcast|broadcast|segment|paper|study|essay|coverage|interview|feature|profile|quote|reporting|news"
             "|letter|edition|issue|story's|commentary|op-ed|table|graph|infographic|listing|entry|release|book|bulletin"
             "|preview|recipe|announcement|brief|briefs|roundup|calendar",
    "PART": "line|sentence|paragraph|passage|figure|number|date|name|spelling|title|statistic|percentage|amount"
            "|age|quotation|byline|dateline|reference|description|photo|picture|caption|headline|quote|word|spell",
    "CLAIM": "claim|allegation|accusation|report|story|article|assertion|suggestion|characterization|rumor|rumour"
             "|speculation|charge|finding|account|piece|coverage|news|publication|information|statement|figure"
             "|insinuation|reporting|assertion|headline|post|tweet|version|narrative|theory|notion|idea|media|reports"
             "|matter|thing|everything|comment|remark|criticism|lie|lies",
    "RETOBJ": "story|article|report|post|piece|item|column|blog|video|graphic|paper|study|review|tweet|podcast"
              "|corrigendum|erratum"
              "|retweet|repost|segment|interview|cartoon|broadcast|advert|advertisement"
              "|claim|allegation|accusation|statement|remark|comment|assertion|editorial|essay|letter|finding"
              "|image|photo|photograph|headline|book|issue|edition|episode|segment|broadcast|publication|content"
              "|material|preprint|manuscript|analysis|op-ed|interview|it|they|thread|clip|remark|message|entry"
              "|ad|ads|commercial|advertorial|document|announcement|press_release",
    "SBOBJ": "report|reporting|story|article|journalism|coverage|finding|reporter|journalist|piece|investigation"
             "|account|work|staff|source|editor|newsroom|writer|correspondent|it|they|word"
             "|claim|characterization|conclusion|report's|analysis|broadcast|documentary|segment|headline|exclusive"
             "|series|programme|program|film|show|episode|podcast|interview|editorial|column|photo|cover|expose|exposé"
             "|reportage",
    "FALSE": "false|untrue|baseless|groundless|unfounded|fabricate|fabricated|fabrication|inaccurate|incorrect"
             "|misleading|mislead|defamatory|fake|fiction|fictional|fantasy|nonsense|lie|rubbish|absurd|ridiculous"
             "|unsubstantiated|hoax|erroneous|bogus|spurious|slanderous|libelous|libellous|irresponsible"
             "|speculative|unverified|distorted|distort|malicious|preposterous|outrageous|categorically|blatantly|patently"
             "|fud|exaggerated|exaggerate|overblow"
             "|without_merit|without_basis|without_foundation|concocted|concoct|devoid_of"
             "|made-up|garbage|junk|smear|propaganda|misinformation|disinformation|inaccuracy|falsehood"
             "|mischaracterization|distortion|sensationalism|figment|hogwash|canard|baloney|claptrap|drivel|tosh"
             "|poppycock|balderdash|twaddle|codswallop|bunkum|fairy_tale|fairytale|pure_invention|complete_invention"
             "|total_invention",
    "MEDIA": "we|i|newspaper|paper|publication|magazine|outlet|site|website|broadcaster|network|station|channel"
             "|editor|editors|publisher|agency|tabloid|newsroom|programme|blog|blogger|writer"
             "|reporter|author|guardian|telegraph|mirror|herald|editor-in-chief|ombudsman"
             "|tribune|journal|gazette|chronicle|reuters|ap|bloomberg|bbc|cnn|fox|nbc|abc|cbs|npr|afp|newsweek"
             "|politico|axios|buzzfeed|vice|wired|economist|forbes|fortune|cnbc|coindesk|cointelegraph|decrypt"
             "|редакция|издание|газета|журнал|агентство|сайт|канал|телеканал|портал|мы|сми|издательство",
    "ERRV": "misstate|misidentify|misspell|misspelt|misquote|misattribute|misreport|misname|misprint|mislabel"
            "|miscaption|mistranslate|misdate|mischaracterize|misrepresent|misplace|misrender|misgender|mistake"
            "|misinterpret|misconstrue|mishear|misdescribe|misquoted|misspelled|misstated|misidentified|misnamed|misuse"
            "|overstate|understate|miscalculate|miscount|conflate",
    "DET": "a|an|the|this|that|his|her|its|their|our|one",
    # the pieces only a newsroom publishes (not "report", "review", "study": a government or a company writes them
    # too), which a corrections-column entry may name without its date
    "NEWS": "story|article|column|caption|obituary|editorial|recipe|op-ed|subheading|subheadline|standfirst"
            "|crossword",
    # what dates a piece: "A review on Sunday", "An article last week", "on page 5", "in the May issue"
    "DATED": "yesterday|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april"
             "|may|june|july|august|september|october|november|december|page|week|weekend|edition|issue",
    # a piece named by its day: "Yesterday's front page story", "Monday's editorial", "last week's review"
    # what a dated occasion may be that is no published piece: "In a March 3 speech, ..."
    "SPOKEN": "speech|interview|statement|address|hearing|meeting|testimony|letter|call|debate|filing|briefing"
              "|session|remark|remarks|conversation|podcast|appearance|rally|lecture|sermon|court|vote|ruling",
    "MONTH": "january|february|march|april|may|june|july|august|september|october|november|december",
    "DAY": "yesterday|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|last|sunday's|saturday's",
    "ERRADV": "incorrectly|wrongly|erroneously|mistakenly|inaccurately|inadvertently|falsely|wrong|incorrect"
              "|inaccurate|erroneous",
    "SAYV": "say|state|report|describe|refer|give|include|identify|show|suggest|contain|name|omit|call|use|quote"
            "|attribute|list|put|spell|place|imply|claim|assert|credit|caption|picture|date|locate|characterize|indicate",
    # trouble a company causes its customers, in the forms the lemma table leaves as written
    "RU_TROUBLE": "неудобство|неудобства|неудобств|неудобствах|задержка|задержки|задержку|задержек|задержках"
                  "|задержками|сбой|сбоя|сбои|сбое|сбоях|сбоем",
    "RU_STORY": "статья|материал|текст|новость|публикация|заметка|сюжет|пост|заголовок|интервью|видео|сообщение"
                "|фамилия|имя",
    "RU_FALSE": "недостоверный|ложный|ложь|фейк|фейковый|клевета|клеветнический|слух|бессмыслица|вымысел|утка"
                "|неправда|выдумка|чушь|провокация|дезинформация|абсурд|бред|необоснованный|беспочвенный"
                "|голословный|домысел|спекуляция|фальшивка|фальсификация|инсинуация|несостоятельный|безосновательный"
                "|лживый|неправдивый|сфальсифицированный|вброс|ерунда|чепуха|вздор|нелепость|вранье|враньё"
                "|проплатить|надуманный",
    # What "said it had not ..." may go on with without denying anything ("said it had not received", "did not
    # know", "had not decided").
    "UNDENIED": "hurt|help|matter|work|happen|go|come|seem|appear|look|end|stop|last|apply|exist|know|expect|judge"
                "|experience|experienced|suffer|deem|rate|reflect|belong|display|endorse|aim|fit|necessarily"
                "|sufficiently|adequately"
                "|favor|favour|support|oppose|regard|consider|rule|realize|realise|like|leave|object"
                "|think|believe|receive|hear|see|want|plan|intend|comment|respond|return|decide|yet|immediately"
                "|specify|say|disclose|identify|elaborate|confirm|provide|release|reveal|explain|be|have|do"
                "|make|get|find|notice|sure|aware|able|ready|need|take|give|mean|understand|recall|remember"
                "|seek|anticipate|foresee|reach|agree|use|review|read|ask|request|contact|learn|discuss"
                "|consider|determine|set|change|affect|impact|always|feel|care|mind|like|wish|hope|rule|exclude"
                "|answer|publicly|formally|officially|fully|previously|directly|specifically|personally"
                "|necessarily|pay|file|seen|heard|apologize|apologise|retract|correct|deny|dispute|suffer|lose"
                "|sell|buy|sign|complete|finish|start|begin|open|close|launch|announce|report|tell|speak|talk"
                "|meet|thought|detect|listen|deliver|deserve|regret|live|really|actually|necessarily",
    # who brings charges or civil claims as a regulator or prosecutor: their allegations are a complaint's
    "PROSECUTOR": "regulator|watchdog|sec|ftc|fca|cftc|doj|finra|bafin|esma|prosecutor|prosecution|attorney|ofcom",
    "AUTH": "court|judge|regulator|commission|authority|agency|watchdog|tribunal|sec|ftc|fca|cftc|doj|ofcom|ipso"
            "|ofac|fincen|cfpb|nydfs|finma|asic|sebi"
            "|ombudsman|мосгорсуд|горсуд|райсуд|облсуд|крайсуд|арбитраж|верховный"
            "|prosecutor|police|government|ministry|department|fsa|finra|bafin|esma|council|board|inspector"
            "|pcc|bsa|asa|суд|судья|роскомнадзор|фас|уфас|прокуратура|мвд|цб|ск|ведомство|генпрокуратура|регулятор",
    # the public an authority cautions, as no party to a case: "investors received a warning from the regulator"
    "PUBLIC": "investor|consumer|customer|user|public|trader|saver|household|resident|people|client|holder|shopper"
              "|citizen|parent|motorist|traveller|traveler|passenger|borrower|patient",
}
# What is withdrawn, or stood by, without the pronouns that may be the doer or open another clause ("it has
# withdrawn its objections", "stuck by its view that it ..."): the sets above less "it" and "they".
for _pronounless, _of in (("RETNOUN", "RETOBJ"), ("SBNOUN", "SBOBJ")):
    SETS[_pronounless] = "|".join(dict.fromkeys(w for w in SETS[_of].split("|") if w not in ("it", "they")))
# What a newsroom is proud of when it stands by its journalism: not "work" or "staff" alone, whose pride anyone
# takes ("we're proud of the work we've done here", a consultant says).
SETS["PRIDE"] = "|".join(w for w in SETS["SBNOUN"].split("|") if w not in ("work", "staff"))
