"""Legal actions as lemma frames (pure): suits, complaints, charges, fines, settlements, a regulator's or court's
orders, in English and Russian. The last part of `disputes` (what the parties to a story do about it), in the same
notation (`notation`), word sets (`wordsets`) and voices.
"""

from __future__ import annotations

import functools

from monitor.detect.notation import Rule, rules
from monitor.detect.wordsets import SETS

_rules = functools.partial(rules, SETS)

LEGAL_RULES: tuple[Rule, ...] = tuple(
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
           # the authority's short name in brackets: "The Harbour Conduct Authority (HCA) fined Mr Ode £9,000"
           "{AUTH} ( ~2 ) fine ~~24 0|£|$|€|₽|million|billion|for|over",
           "defend ~3 against ~3 charge|lawsuit|suit|indictment",
           "lawsuit|suit|case|claim , ~~10 , be|have ~v2 settle|dismiss|file|bring|lodge",
           "lawsuit|suit|case|claim|complaint ~3 be|have ~v2 settle|dismiss|uphold",
           "continue|pursue|press|settle|win|won|lose ~3 the|a|his|her|its|their ~2 libel|defamation|civil"
           "|class-action? lawsuit|suit|case|claim|action",
           # a regulator's or court's finding: "Ofcom found that the programme breached the broadcasting code"
           "{AUTH} ~~4 find|rule|conclude|determine ~~8 breach|violate|contravene",
           # a prosecutor's or regulator's allegations, a verdict, a sentence, an arrest on charges
           "{PROSECUTOR} ~~6 allege|accuse", "jury|court|judge|tribunal ~~4 find ~~6 liable|guilty|responsible",
           "court|judge|tribunal|jury|arbitrator|regulator|watchdog|ombudsman ~3 rule|find|decide ~2 in favour"
           "|favor of",
           "be|get ~2 sentence ~2 to", "sentence he|her|they|{DET} ~3 to", "{AUTH}|jury ~3 sentence ~4 to",
           # the British verb of a sentence: "was jailed for six years", "magistrates jailed him"
           "be|get ~v2 jail ~3 for|over|after|until", "{AUTH}|magistrate|jury ~5 jail",
           # "launched a legal challenge against the tax", "won a legal challenge to the fees"
           "launch|file|lodge|bring|mount|win|won|lose ~3 legal|court ~1 challenge",
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
           # received from one: "the bank received a formal warning from the regulator" (not the public cautioned)
           "!{PUBLIC} receive|get ~3 warning|reprimand|censure ~3 from ~2 {PROSECUTOR}|{AUTH}",
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
           "pay ~~8 in ~3 settlement|settlements with|over|result|resolve",
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
           # a regulator's or court's ban on a party: "the regulator banned the company from operating"
           "{AUTH} ~3 ban|bar ~4 from operate|trade|trading|offer|sell|publish|broadcast|broadcasting|provide|serve"
           "|serving|work|act|acting|run|advertising|marketing"
           "|advertise|issue|market|accept|onboard|practise|practice|deal|conduct|solicit|raise|manage|use",
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
           # enforcement as regulators' releases word it: "OFAC announced a $3.1 million settlement with", "regulators
           # revoked the firm's licence", "stripped of its licence", "the Treasury sanctioned the mixer", "entered into
           # a deferred prosecution agreement", "was extradited to face charges", "will pay a penalty under an
           # agreement with the Justice Department"
           "{AUTH} ~~6 announce|reach|enter|approve|sign|finalize ~~6 settlement|settlements",
           "{AUTH} ~~8 revoke|revoked|suspend|cancel|withdraw|pull ~4 licence|license|registration|authorization"
           "|authorisation|permit|charter",
           "licence|license|registration|authorization|authorisation ~4 be|have ~v2 revoke|revoked|suspend|cancel"
           "|withdraw|pull ~~4 by ~3 {AUTH}",
           "strip ~3 of ~3 its|their|his|her|a? ~1 banking|operating|broadcasting|trading? ~1 licence|license"
           "|registration|authorization|authorisation",
           "{AUTH}|treasury ~3 sanction|sanctioned|blacklist|blacklisted", "treasury ~3 impose|levy ~3 sanction",
           "enter|reach|sign|strike|accept|agree ~4 defer_prosecution|deferred_prosecution|non-prosecution|plea"
           " ~1 agreement|deal|bargain",
           "under ~2 defer_prosecution|deferred_prosecution|non-prosecution ~1 agreement",
           "be|get ~2 extradite|extradited",
           "will|agree ~2 to? pay ~~12 under ~3 agreement|settlement|deal ~2 with ~4 {AUTH}|{PROSECUTOR}",
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
           # «возбудил в отношении главреда газеты уголовное дело»
           "возбудить|возбужденный в отношение ~6 дело",
           # a fine named before whoever imposed it, or contested: «штраф ..., назначенный ранее УФАС», «оспорить штраф»
           "штраф ~~10 назначить|наложить|выписанный", "оспорить|оспаривать|обжаловать ~4 штраф|постановление"
           "|предписание",
           "предъявить ~2 обвинение", "обвинение ,? ~2 предъявл*",
           # a court's remand, a standing charge, a conviction: «суд заключил под стражу», «избрал меру пресечения»,
           # «обвиняется по статье», «осуждены на девять лет» (not «МИД осудил удары»: a condemnation)
           "суд ~3 заключить ~3 под стража", "суд ~3 отправить|поместил* ~2 в ~1 сизый|изолятор",  # («СИЗО» reads so)
           "суд ~4 избрать ~3 мера пресечение", "обвиняться ~1 в|по",
           "осудить|осужденный ~3 на|к ~3 0|год|срок|пожизненн*",
           "суд|мосгорсуд|горсуд|райсуд|облсуд|крайсуд ~2 обязать|постановить|оштрафовать|арестовать|взыскать"
           "|признать",
           # a court's ruling told with its place or its grounds first: «Суд в Москве по заявлению банка признал»
           "суд|мосгорсуд|горсуд|райсуд|облсуд|крайсуд ~6 признать|запретить|назначить|депортировать|обязать"
           "|взыскать|арестовать|лишить",
           "наказать|наказанный|наказать", "пойти|обращаться ~1 в суд", "выдать ~3 ордер на ~1 арест",
           # an asset frozen on a claimant's suit: «суд по иску фирмы наложил арест на акции», «акции арестованы по
           # иску», «по иску банка арестовали счета»
           "суд ~~10 наложить ~2 арест", "арестовать ~6 по ~1 иск|решение|требование", "по ~1 иск ~~8 арестовать",
           "завести ~2 дело", "взыскать ~4 компенсация|штраф|ущерб",
           # a regulator's demand sent, an official warning, a licence revoked, a court-approved settlement, a party
           # declared undesirable, a complaint sent to prosecutors, a suit's own words, cases won, a removal on demand
           "{AUTH}|ведомство|генпрокуратура ~3 направить|направлять|прислать ~6 требование|предписание|предупреждение",
           "поступить ~3 требование ~2 {AUTH}|генпрокуратура|ведомство",
           "{AUTH} ~~5 вынести|выносить ~6 предупреждение",
           "получить ~3 предупреждение|предписание ~3 от? ~2 {AUTH}|ведомство",
           "отозвать|аннулировать ~4 лицензия", "лишить ~~14 лицензия",
           # a regulator's takeover, a ruling upheld: «ввёл временную администрацию», «оставил в силе решение»
           "ввести ~2 временный ~1 администрация",
           # «ЦБ ограничил банку операции», «Роскомнадзор ограничил доступ» (a regulator's or court's, not a ministry's
           # policy)
           "цб|центробанк|банк_россия|роскомнадзор|ркн|фас|уфас|роспотребнадзор|регулятор|суд ~3 ограничить"
           "|приостановить ~4 проведение|операция|деятельность|работа|доступ|лицензия|выдача|привлечение",
           "суд|кассация|апелляция|инстанция|коллегия|{AUTH} ~3 оставить ~2 в_сила|без_изменение",
           "решение|постановление ~2 суд|арбитраж ~~6 оставить|оставленный|оставлен|оставлено ~2 в_сила|без_изменение",
           "приговор ~~6 оставить|оставленный|оставлен|оставлено ~2 в_сила|без_изменение",
           "утвердить|заключить ~2 мировой соглашение",
           "признать ~6 нежелательный|экстремистский ~1 организация",
           "направить|подать ~3 в ~1 генпрокуратура|прокуратура|роскомнадзор|ск ~3 письмо|обращение|жалоба|заявление",
           "истец ~~8 иск", "выиграть ~3 дело|иск|суд|процесс",
           "по требование|предписание|просьба ~2 {AUTH}|ведомство|генпрокуратура|регулятор",
           "удовлетворить ~3 иск|жалоба|требование|заявление", "суд ~4 удовлетворить|предписать",
           "дело ~~4 быть? возбудить|возбужденный|возбуждено", "дело ~3 быть? передать|передано ~2 в суд",
           # an indictment sent to court: «прокуратура направила дело в суд»
           "направить|передать ~4 дело ~4 в ~2 суд",
           # a suit taken up by a court; the central bank's warning
           "принять ~2 к ~1 рассмотрение|производство ~3 иск|жалоба|заявление",
           "банк россия ~3 предупредить|предписать|потребовать|обязать|оштрафовать",
           "составить ~3 протокол", "фигурант ~3 дело", "суд ~~10 обязать", "решение ~3 вынести ~2 суд",
           "выдать|выданный|выдано ~3 предписание",
           "предписание о|об ~2 прекращение|устранение", "по|согласно решение ~2 суд|мосгорсуд|арбитраж|регулятор",
           "заседание|слушание ~3 по ~2 иск|дело", "иск ~~4 подать|поданный|подан|поданного") +
    # a regulator's demand is its order: "Роскомнадзор потребовал удалить", "the FCA required the firm to"
    _rules("legal_action", "act", 0.85,
           "{AUTH} ~3 потребовать|требовать|обязать|предписать|вынести|выписать",
           # a federal service's order: «Антимонопольная служба обязала МТС перечислить в бюджет ...»
           "служба|инспекция|надзор ~3 обязать|обязала|предписать|предписала",
           "{AUTH} ~5 предупредить|предостеречь",
           "{PROSECUTOR}|court|judge|tribunal|commission|ombudsman|regulator ~3 demand|require|direct|instruct ~4 to"
           "|that", request=True),
)
