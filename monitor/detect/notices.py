"""The outlet's other notes as lemma frames (pure): apologies, retractions, update advisories and editor's notes.

The second part of the outlet's own vocabulary (`lexicon` holds corrections and clarifications and composes RULES),
in the same notation (`notation`), word sets (`wordsets`) and voices.
"""

from __future__ import annotations

import functools

from monitor.detect.notation import Rule, rules
from monitor.detect.wordsets import SETS

_rules = functools.partial(rules, SETS)

NOTICE_RULES: tuple[Rule, ...] = tuple(
    # --- apology: anyone apologises
    _rules("apology", "act", 0.9,
           "apologize|apologise|apologising|apologizing", "say sorry", "^ sorry", "be ~2 sorry for|about|that|to|,|.|;",
           "be ~2 sorry and ~2 accept|take|apologize|regret|promise|vow|pledge|will|would",
           "^ we|i|we're|i'm ~2 be ~3 sorry",
           "^ apology .|!|,|:|-|to|for", "apology|apologies to|for", "^ with our|my? apology|apologies",
           # "a retraction notice and apology from the editors"
           "notice|note|statement|retraction|correction and|, ~1 apology|apologies from",
           "с ~1 извинение",
           "issue|offer|make|extend|publish|print|run|post|tender|give|deliver|express|send|owe|air|broadcast"
           " ~l3 apology",
           "apology|apologies ~4 be|have ~v3 send|issue|publish|make|offer|post|read|deliver|run|print|broadcast"
           "|air|headline|extend|tweet",
           "prompt|trigger|spark|draw|elicit|force ~3 an|a? apology", "sorry over", "be ~2 sorry \"|' '? for|about",
           # "released a new video to apologise"
           "release|post|publish|issue|share|upload|write|record|hold|make|go_on|take_to ~~12 to apologize",
           "release|post|publish|issue|share|upload|write|record|hold|make|go_on|take_to ~~12 to say sorry",
           "apology|apologies ~2 issue|offer|publish|make|post|send|print|broadcast by",
           # "the report was retracted, with apologies", "corrected it with an apology"
           "{RETOBJ} ~3 be|have ~v2 retract|withdraw|correct|remove|pull ,? with ~1 a? apology|apologies",
           "retract|withdraw|correct|remove|pull ~3 {RETOBJ} ,? with ~1 a? apology|apologies",
           # the act named by its noun: "his apology", "a public apology", "the apology came after"
           "a|an|the|his|her|its|their|'s|public|formal|full|unreserved|unequivocal|sincere|heartfelt|national"
           "|belated|write|personal|profuse|abject ~1 apology|apologies",
           "letter|gesture|statement|note|message|word of ~1 apology",
           "выступить ~2 с ~2 извинение",
           "come out with ~3 apology",
           "ask|beg|seek ~2 forgiveness", "beg ~2 pardon",
           "извиниться|извиняться", "извинить ~2 за|мы|я",
           "принести|приносить|выразить|выражать|принесший ~3 извинение",
           # the apology named by its noun: «опубликовало его извинение за неудачный заголовок», «свои извинения»
           "опубликовать|разместить|распространить|напечатать|обнародовать|зачитать ~3 извинение",
           "он|ее|они|свой|официальный|официальные|публичный|публичное ~1 извинение ~1 за",
           # «извинения принесены всем, кого задела шутка»
           "извинение ~2 быть? принесена|принесено|принесен|принесенный|принести",
           "просить|попросить ~4 прощение", "i|we ~2 express ~3 regret|remorse", "^ mea culpa",
           # regret for a wrong done ("expressed regret for his remarks", "regrets the inconvenience caused");
           # not a regret at another's decision ("expressed regret at the vote")
           "express|voice|convey|show ~3 remorse|contrition",
           # a regret made unconditional is an apology ("withdrew his remarks and expressed unconditional regret")
           "express|voice|convey|offer ~2 unconditional|unreserved|unqualify ~1 regret|regrets",
           "express|voice|convey ~3 regret|regrets for|over ~2 his|her|their|its|the|any|a|an ~3 remark|remarks"
           "|comment|comments|word|words|error|errors|mistake|mistakes|conduct|behaviour|behavior|offence|offense"
           "|hurt|distress|harm|pain|inconvenience|incident|post|tweet|joke|language|slur|outburst",
           # "I regret that I have caused any offence"
           "regret ~1 that? we|i|it ~1 have? cause ~3 offence|offense|distress|hurt|upset|harm|inconvenience"
           "|embarrassment|pain|anxiety",
           "regret ~2 the|any|this ~1 inconvenience|distress|offence|offense|hurt|upset|disruption|anxiety"
           "|embarrassment|pain|harm|delay|delays",
           # «сожалеет о доставленных неудобствах», «выразила сожаление в связи с задержками рейсов» (not a regret
           # at another's act: «сожалеет об отставке министра»)
           "сожалеть ~4 {RU_TROUBLE}", "выразить|выражать ~2 сожаление ~5 {RU_TROUBLE}") +
    # "please accept our sincere apologies": a first-person apology, whatever the words around it ask
    _rules("apology", "stance", 0.9, "my|our ~3 apology|apologies") +
    _rules("apology", "accepted", 0.85, "accept|welcome|acknowledge ~4 apology", "receive|get ~3 apology from",
           "приняться|принять ~2 извинение") +
    # --- retraction: a story, paper or statement withdrawn
    _rules("retraction", "act", 0.9,
           # (a profile only with "retract": a profile "removed" is as often a social-media account's)
           "retract ~~10 {RETOBJ}|profile|from", "^ we ~3 retract", "retract it|they",
           "profile ~~8 be|have ~v2 retract",
           # a piece named by its quoted title: 'This American Life retracts "The Factory Tour"'
           "retract \" ~~14 \"",
           "withdraw|pull|yank|unpublish|delete|scrub|redact|remove|expunge|erase|renounce ~4 {STORY}|paper|study"
           "|claim|allegation|suggestion|remark|word|words|statement|comment|episode|programme|program|documentary|film"
           "|misstatement|mis-statement|imputation|criticism"
           "|accusation|tweet|post|image|message|ad|ads|advert|commercial|advertorial|document",
           # "decided to withdraw from publication the comment piece", "pulled the ad from the airwaves"
           "withdraw|pull|remove|removal ~4 from ~2 publication|circulation|broadcast|broadcasts|air|airwave"
           "|website|sale",
           "cease|halt|stop|suspend ~2 distribution|publication|printing|sale ~1 of",
           # the act by its noun: "confirmed the removal of an article from its archive" (not "of a statue", nor a
           # definition's "a formal withdrawal of a published item")
           "the|its|their|his|her ~1 removal|withdrawal|deletion|takedown|take-down of ~2 {RETOBJ}",
           # «программа снята с эфира»
           "снять|снят|снятый|снимать ~3 с ~1 эфир|публикация",
           "withdraw|pull|unpublish|delete|scrub|redact|remove|expunge|erase|renounce it|they",
           # "spike" only as a verb with its object: "spiked the story" (not "an unprecedented spike - BBC News")
           "spike {DET} ~2 {RETOBJ}",
           "{RETNOUN} ~3 be|have ~v2 retract|withdraw|pull|remove|unpublish|delete|scrub|spike|redact|recall|erase"
           "|expunge"
           "|take_down|take_offline",
           # a pronoun is what was withdrawn only in the passive ("it has since been pulled"); "it has withdrawn
           # its objections", "they had pulled their savings" name the doer, and the object says what went
           "it|they ~3 be ~v2 retract|withdraw|pull|remove|unpublish|delete|scrub|spike|redact|erase|expunge"
           "|take_down|take_offline",
           "{RETOBJ} , ~~20 , be|have ~v2 retract|withdraw|pull|remove|unpublish|delete|scrub|take_down",
           "now-delete|since-delete|now-remove|since-remove|now-retract|since-retract|now-withdraw"
           "|since-withdraw|now-pull {RETOBJ}",
           "no long|longer ~2 stand|stick by|behind",
           "{RETOBJ} ~~14 before|after be ~1 take|remove|delete|pull|withdraw|retract|scrub",
           "with|its|their|his|her ~1 retraction",
           # "acknowledged in an on-air retraction", "ran a front-page retraction"
           "formal|full|public|publish|on-air|front-page|unequivocal|unreserved|write|print retraction",
           # the retraction as the news's subject: "This retraction marks the second in six months for the journal"
           "^ this|the|latest ~1 retraction ~2 mark|come|follow|bring|make|be_the",
           "retraction ~~4 be|have ~v2 headline|publish|issue|print|post|run|append|make",
           "take ~3 {RETOBJ} ~1 down|offline", "take down|offline ~3 {RETOBJ}",
           # "took the clip off the air", "dropped the segment from its evening bulletin"
           "take ~3 {RETOBJ} ~1 off ~2 air|site|website|internet|platform|shelf|shelve",
           "drop ~3 {RETOBJ} from ~3 {STORY}|lineup|schedule|broadcast|programme|program|website|site",
           # "The article is no longer available on the site"
           "{RETOBJ} ~3 be ~1 no ~1 long|longer ~1 available|online|accessible|live",
           "issue|publish|print|run|post|make ~l3 retraction", "apology|correction and|& ~2 retraction",
           # "the website no longer carries the story", "the video has been made private"
           "no long|longer ~1 carry|host|feature|display|show|publish ~3 {RETOBJ}",
           "{RETOBJ} ~3 be|have ~v2 make ~1 private|unavailable|inaccessible",
           # «Компания отозвала свое заявление»
           "отозвать|отзывать ~2 свой? ~1 заявление|слово|высказывание|обвинение",
           "retraction of ~4 {RETOBJ}|paper|study|story|splash|exclusive|claim|claims|allegation|allegations"
           "|remarks|statement|comments",
           "{RETOBJ}|it|this ~~12 and have ~v1 be ~1 remove|withdraw|retract|delete|unpublish|take_down",
           "{RETOBJ} ~~20 that|which be|have ~v2 retract|withdraw|pull|remove|unpublish|delete|take_down|take_offline",
           "remove ~2 from sale|shelve|circulation|print|publication", "recall ~3 book|issue|edition|copy|magazine",
           "^ retraction :", "удалить|убрать|снять|отозвать ~3 {RU_STORY}",
           "{RU_STORY} ~6 быть? удалить|удаленный|снять|снятый|снятой|отозвать|отозванный",
           # «сюжет убрали из эфира», «заметку убрали с сайта» (not a word taken out of a headline)
           "{RU_STORY} ~3 убрать|убранный|убран|убрана|убрано ~2 из|с ~2 эфир|сайт|лента|доступ|публикация|сетка"
           "|канал|страница",
           "{RU_STORY}|материал ~4 с ~2 сайт|страница ~2 исчезнуть|пропасть",
           # «Пост исчез из телеграм-канала», «Материал больше недоступен на сайте»
           "{RU_STORY}|материал ~2 исчезнуть|пропасть ~2 с|из ~3 сайт|канал|телеграм-канал|страница|лента|эфир",
           "{RU_STORY}|материал ~3 больше|большой|уже ~1 недоступный",
           "снять с публикация|сайт", "удалить с сайт",
           # «выпустил на своем сайте официальное опровержение публикации»: the outlet's own retraction notice
           "появиться|опубликовать|напечатать|разместить|выпустить ~4 опровержение",
           "отзыв ~3 статья|публикация|материал", "{RU_STORY} ~3 отзывать|отозвать",
           "аннулировать ~3 {RU_STORY}|сообщение",
           # a piece disowned or taken off the air, an ad removed, a statement taken back: «дезавуировал собственную
           # статью», «прекратить показ», «удалил рекламный макет», «отказался от своего заявления»
           "дезавуировать ~3 {RU_STORY}|статья|заявление|слово",
           "прекратить|прекращать ~2 показ|трансляция|вещание|демонстрация",
           "удалить|убрать|снять ~3 реклама|рекламный|макет|ролик|баннер|видеоролик|публикация",
           "отказаться|отказываться ~2 от ~2 свой? заявление|слово|утверждение|высказывание",
           "отзыв ~2 из ~4 журнал|журналов",
           "информация|новость|публикация|пост ~6 быть? удалить|удаленный|удален|удалена|удалено") +
    _rules("retraction", "act", 0.9, "kill ~3 {RETOBJ}", request=True) +
    # a wire agency's advisory that withdraws a story: "issued a kill notice for the story"
    _rules("retraction", "act", 0.85, "issue|send|move|circulate|put_out ~3 kill|elimination notice"
           "|advisory|alert") +
    # put out by mistake, so taken back: "the article was published in error", "this morning's email to some of our
    # employees was sent in error"
    # ("in_error": one slot with "by_mistake", not "in" before each of them)
    _rules("retraction", "note", 0.85,
           "{RETOBJ}|it|this|release ~~8 be ~v1 publish|post|print|run|air|issue|release ~2 in_error|by_mistake"
           "|prematurely|inadvertently",
           # "It was accidentally published and pulled", "the review was posted and then taken down"
           "{RETOBJ}|it|this ~~8 be ~v1 publish|post|print|air|release ~~6 and ~2 pull|remove|withdraw|delete"
           "|unpublish|retract|scrub|take_down|take_offline") +
    _rules("retraction", "act", 0.85,
           "email|e-mail|memo|newsletter|alert|message|letter ~~8 be ~v1 send|issue|distribute ~2 in_error"
           "|by_mistake|prematurely|inadvertently") +
    # "walked back its claim", "backed off that report"
    _rules("retraction", "act", 0.85, "walk back ~3 {RETOBJ}|claim|remark|comment|statement",
           "back off ~2 that|the|its|their|his|her ~2 report|story|claim|article") +
    # --- update: the story was updated with new material
    _rules("update", "note", 0.9,
           "{STORY} ~3 be|have ~v2 update|expand|revise|refresh",
           # a pronoun only in the passive: "It has been updated", not "It has also expanded credit to banks"
           "it|this ~3 be ~v2 update|expand|revise|refresh",
           # a dated note: "Updated on 6 June 2023 with the outcome", "Edited to add: ...", "This version adds ..."
           "^ update ~1 on|at 0|month|january|february|march|april|june|july|august|september|october|november"
           "|december ~5 with|to",
           "^ edit|update to add|include", "^ this version ~4 add|include|expand",
           # a note in a headline's words: "Article updated on 12 July to reflect ...", "Story updated at 3pm"
           "^ this? {STORY} update|expand|revise ~1 on|at|with|to|after",
           # "This article was originally published on 4 March and has been updated"
           "{STORY} ~~12 and have ~v1 be ~v1 update|expand|revise",
           "a|an update to ~2 the|this|our {STORY}|correction|note",
           "we ~3 update|expand|revise ~2 this|the|our {STORY}",
           # "Decrypt has updated this story with a statement from the exchange"
           "have ~v1 update|revise ~1 this {STORY} ~3 with|to",
           "add|append|post ~2 a|an? update|updates to ~3 {STORY}",
           "{RU_STORY} ~2 быть? обновить|дополнить|обновленный|дополненный|дополнен|обновлен|дополнена|обновлена"
           "|дополнено|обновлено",
           # "Новость дополняется": a breaking item that grows
           "^ {RU_STORY}|информация ~1 дополнять|обновлять|дополняться|обновляться") +
    # --- editor's note
    _rules("editors_note", "act", 0.9,
           "add|append|attach|publish|place|run|post|include|carry|insert|issue ~4 editor 's|'? note",
           "in a|an|the editor 's|'? note", "editor 's|'? note ~2 be|have ~v2 add|append|attach|publish|place",
           # a note quoted with its label: 'added the following: "Editor's Note: Readers are alerted ..."'
           "\" editor 's|'? note :",
           "a|an|the|its|their|subsequent|large|lengthy|online|this|that|new|with ~2 \"|'? editor 's|'? note|notes")
)
