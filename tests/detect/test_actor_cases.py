"""Who acts, by tables of cases in our own words: each cause of a wrong actor with the neighbours that must keep
theirs (the outlet's own note stays the outlet's; a name in the sentence beats the headline)."""

from __future__ import annotations

import pytest

from monitor.detect.coreference import stand_in, title_subject
from monitor.detect.followups import detect
from monitor.detect.names import head
from monitor.models import Doc
from tests.detect import cases

pytestmark = pytest.mark.pure


# A page quoting someone's "we", "I", "he", "the company": the headline names who.
HEADLINE_NAMES_THE_DOER = [
    ("Acme Apologises for Outage", '"We apologise to everyone whose orders were delayed this morning."', "apology",
     "Acme"),
    ("Northwind Rejects Claims About Its Lamb", '"These rumours are untrue and our food is safe," the statement said.',
     "denial", "Northwind"),
    ("Daily Bugle apologises for false slurs on councillor",
     "We now accept that this was wrong, and apologise to Ms Park for the distress caused.", "correction",
     "Daily Bugle"),
    ("Ravi Mehta apologises for red card", '"I let the team down. I apologise," he wrote.', "apology", "Ravi Mehta"),
    ("Harbour Police apologising for holiday post", "The post was removed by the evening after the backlash.",
     "retraction", "Harbour Police"),
    ("Kestrel News prints a retraction", "I am glad that the paper has made this correction.", "correction",
     "Kestrel News"),
    # no act in the headline: the name it opens with, for a sentence that names its doer only as "the company"
    ("Northwind Accuses Rival of Spreading Rumours", "The company disputed the rival's figures.", "denial",
     "Northwind"),
    ("Kestrel Media pays damages after false report", "The paper also retracted the claim about the mayor.",
     "retraction", "Kestrel Media"),
]
# Neighbours: the outlet's own notes, doers the sentence names itself, and a first-person act on a page whose
# headline states no act by anyone (the page's own "we").
KEEPS_ITS_ACTOR = [
    ("Acme apologises for outage", "This story has been updated with comment from the regulator.", "update",
     "Bugle Blog"),
    ("Acme apologises for outage", "Correction: an earlier version misstated the length of the outage.",
     "correction", "Bugle Blog"),
    ("Acme apologises for outage", "Globex also apologised to its customers on Tuesday.", "apology", "Globex"),
    ("Channel 9 denies doctoring footage", "Channel 4 has rejected claims that it doctored the footage.", "denial",
     "Channel 4"),
    ("Kestrel Media and me: a reader writes", "We apologise for the delay in answering letters.", "apology",
     "Bugle Blog"),
]


@pytest.mark.parametrize(("title", "body", "kind", "actor"), HEADLINE_NAMES_THE_DOER + KEEPS_ITS_ACTOR)
def test_the_headline_names_who_we_and_it_are(title: str, body: str, kind: str, actor: str) -> None:
    assert cases.actor(title, body, kind) == actor


@pytest.mark.parametrize(("actor", "stands_in"), [
    ("", True), ("it", True), ("publication", True), ("the news channel", True), ("British newspaper", True),
    ("pharmaceutical giant", True), ("Издание", True), ("Acme", False), ("Topeka Police", False),
    ("Channel 4", False), ("Reuters", False), ("Daily Bugle", False), ("Bugle Blog", False),
])
def test_a_stand_in_is_no_name(actor: str, stands_in: bool) -> None:
    assert stand_in(actor) is stands_in


@pytest.mark.parametrize(("title", "name"), [
    ("Northwind Accuses Rival of Spreading Rumours", "Northwind"), ("Kestrel Media pays damages", "Kestrel Media"),
    ("Board of Trustees Corrects Its Statement", "Board of Trustees"), ("Lumo Said It Was Sorry", "Lumo"),
    ("Report: Lumo denies", ""), ("After review, Lumo admits error", ""), ("Apology over late trains", ""),
    ("Reports suggesting the coach quit are false", ""), ("The Courier and Its Readers", ""),
    ("You’ve been fooled again", ""), ("Сомов опроверг слухи об отставке", "Сомов"),
    ("Статью удалили с сайта", ""), ("За что можно получить штраф", ""), ("В Северском районе опровергли", ""),
    ("Олег Сомов против газеты «Полдень»", ""), ("Первое дело о клевете", ""),
    # an object in the accusative before a plural verb with no subject: the one the act befell, not its doer
    ("Блогера Сомова оштрафовали за репост", ""), ("Экс-главу фонда заподозрили в подлоге", ""),
    ("Статью удалил сам автор", ""), ("ВКС нанесли удар по складу", "ВКС"), ("Орлова опровергла слухи", "Орлова"),
])
def test_the_name_a_headline_opens_with(title: str, name: str) -> None:
    assert title_subject(title) == name


# Who made the act, named after "by" (a participle after the act's noun, a passive with figures in between), and
# the neighbours where "by" names no doer.
NAMED_AFTER_BY = [
    ("The claim, filed by Maria Oduya, the former manager, was settled last week.", "legal_action", "Maria Oduya"),
    ("A judge threw out the lawsuit filed in Ohio by four Sigma Tau alumni.", "legal_action", "Sigma Tau"),
    ("In 2001, Vantor Labs was sued for $1.5 billion by 90,000 patients.", "legal_action", "90,000 patients"),
    ("The apology letter was sent by Northwind chief executive Ada Brook to all members.", "apology", "Ada Brook"),
    ("The report said the mayor backed the plan, which was later denied by the mayor's office.", "denial",
     "mayor's office"),
    ("A $1.6 billion lawsuit was filed by Harbor Voting Systems Friday morning.", "legal_action",
     "Harbor Voting Systems"),
    ("Kestrel Media was sued on Monday.", "legal_action", ""),  # a passive that names no doer names none
]


@pytest.mark.parametrize(("body", "kind", "actor"), NAMED_AFTER_BY)
def test_the_doer_named_after_by(body: str, kind: str, actor: str) -> None:
    assert cases.actor("", body, kind) == actor


# Headline fragments and possessives are never the doer; the name they qualify is.
NO_FRAGMENT = [
    ("Libel Suit Against The Courier Ends", "", "legal_action", ""),
    ("", "Britain's Morning Courier has apologised to the actor for the article.", "apology", "Morning Courier"),
    ("", "The Harbour Trust's Chief Officer issued a public apology to former residents.", "apology",
     "Harbour Trust"),
    ("", "Kenyan news website, The Ledger, on Friday, issued a statement apologising to its readers.", "apology",
     "Ledger"),
    ("", "The Boston Ledger has apologised to the family.", "apology", "Boston Ledger"),  # "...on Ledger" is no time
    ("", "Story corrected to show that the hearing is on Thursday.", "correction", "Bugle Blog"),  # the note's outlet
    ("", "Article amended to fix the spelling of the mayor's name.", "correction", "Bugle Blog"),
    # a headline's bare passive at its end: the one sued did not sue ("The union sued." in a body did)
    ("Harwood Dairies sued", "", "legal_action", ""),
    ("Harwood Dairies sues former auditor", "", "legal_action", "Harwood Dairies"),
    ("", "The union sued.", "legal_action", "union"),
    # a known party's name that is also a common word names it only capitalised
    ("", "The court appointed a guardian, who denied the report.", "denial", ""),
    ("", "The Guardian apologised for the error.", "apology", "The Guardian"),
    ("", "Суд взыскал с коммерсанта штраф в размере 80 тысяч рублей.", "legal_action", "Суд"),
    ("", "Задержанный на границе коммерсант опроверг обвинения.", "denial", ""),
]


@pytest.mark.parametrize(("title", "body", "kind", "actor"), NO_FRAGMENT)
def test_no_headline_fragment_or_possessive_is_the_doer(title: str, body: str, kind: str, actor: str) -> None:
    assert cases.actor(title, body, kind) == actor


def test_a_title_case_suit_names_its_target() -> None:
    [event] = detect(Doc(title="Defamation Lawsuit Filed Against Kestrel Media", body="", outlet="Bugle Blog"))
    assert (event.actor, event.target) == ("", "Kestrel Media")


# Russian subjects: a suit's plaintiff (declined in the genitive), a passive's subject (the one fined, never the
# doer), a speaker before "что" or a gerund of saying, "Сам X", a list's first name.
RUSSIAN = [
    ("", "Городской суд удовлетворил иск бизнесмена Олега Сомова к «Вечерней газете» о защите чести.", "legal_action",
     "Олег Сомов"),
    ("", "Суд удовлетворил иск движения «Зелёный берег» к изданию «Полдень».", "legal_action", "Зелёный берег"),
    ("", "В райсуде прошло заседание по иску «Северной газеты» к «Полдню».", "legal_action", "Северная газета"),
    ("", "«Северный вестник» был оштрафован на 50 тысяч рублей.", "legal_action", ""),
    ("Суд оштрафовал «Северный вестник»", "«Северный вестник» оштрафован на 50 тысяч рублей.", "legal_action", "Суд"),
    ("", "Сомов отметил, что в министерстве читают эти статьи \"как очередные безосновательные обвинения\".",
     "denial", "Сомов"),
    ("", "Сам Сомов вскоре опроверг эту информацию.", "denial", "Сомов"),
    ("", "Представитель газеты Polar Times выразил позицию по иску, заявив, что иск не имеет под собой оснований.",
     "denial", "Polar Times"),
    ("", "Представитель ведомства заявил, что ГУВД и УВД округа подали иск к газете.", "legal_action", "ГУВД"),
    # a court or a committee named by its adjectives and noun, not the city in the genitive or the place
    ("", "Ленинский районный суд Самары принял к рассмотрению иск телеканала.", "legal_action",
     "Ленинский районный суд"),
    ("", "Мировой судебный участок в Твери оштрафовал издателя на 30 тысяч рублей.", "legal_action",
     "Мировой судебный участок"),
    ("", "Как сообщили газете в Комитете по печати, их специалисты уже исправили ошибку в брошюре.", "correction",
     "Комитет"),
]


@pytest.mark.parametrize(("title", "body", "kind", "actor"), RUSSIAN)
def test_russian_subjects(title: str, body: str, kind: str, actor: str) -> None:
    assert cases.actor(title, body, kind) == actor


def test_a_list_of_doers_names_its_first_and_a_possessive_after_and_does_not_join_it() -> None:
    assert cases.actor("", "Acme and Globex denied the report.", "denial") == "Acme"
    assert cases.actor("", "Shares fell as Acme denied the report.", "denial") == "Acme"
    assert cases.actor("", "Regulators met on Monday and Acme denied the report.", "denial") == "Acme"


# How a doer is written: an acronym set off after the name kept with it, a paper's
# name without "newspaper", first person in a "My apologies" headline never a name.
SPELLING = [
    ("", "The mayor was arraigned by the Anti-Graft Commission, AGC, on a 12-count charge.", "legal_action",
     "Anti-Graft Commission (AGC)"),
    ("Independent newspaper apologised to the minister", "“We apologise to the minister,” the British newspaper said.",
     "apology", "Independent"),
    ("My apologies…", "I’d like to apologize for the confusion about Tuesday's meeting.", "apology", "Bugle Blog"),
]


@pytest.mark.parametrize(("title", "body", "kind", "actor"), SPELLING)
def test_how_a_doer_is_written(title: str, body: str, kind: str, actor: str) -> None:
    assert cases.actor(title, body, kind) == actor


def test_a_quotation_that_goes_on_keeps_its_speaker() -> None:
    body = '"Those figures are from last year," Mayor Lee said. "They are simply not true."'
    assert cases.actor("", body, "denial") == "Lee"  # the title "Mayor" is not the name
    # a quotation no one is said to speak, under a headline that opens with a name: that name
    body = "A club statement read: ‘The player respects all faiths. ‘These stories are totally unfounded.’"
    assert cases.actor("Harbour United release statement on player", body, "denial") == "Harbour United"
    # and with nothing to go on it stays the page's
    assert cases.actor("", '"These stories are totally unfounded."', "denial") == "Bugle Blog"


# The sentence's subject for a second verb ("... and apologises"), a note that opens the sentence ("In an
# editor's note, the Courier said"), and a quotation whose words hold an apostrophe before its attribution.
SENTENCE_SUBJECT = [
    ("", "The Courier withdraws any suggestion that Ms Park was involved and unreservedly apologises to Ms Park.",
     "apology", "Courier"),
    ("", "I regret both errors and have corrected them in the web edition.", "correction", "Bugle Blog"),
    ("", "In an editor's note, the Courier said its reporters had found serious discrepancies in the account.",
     "editors_note", "Courier"),
    ("", "“I owe the family a sincere apology, and I don’t want anyone to think otherwise,” the sheriff says.",
     "apology", "sheriff"),
]


@pytest.mark.parametrize(("title", "body", "kind", "actor"), SENTENCE_SUBJECT)
def test_the_sentence_subject(title: str, body: str, kind: str, actor: str) -> None:
    assert cases.actor(title, body, kind) == actor


# Words that only look like names: an appositive between dashes names the owner, not the doer; a date's number
# is not part of a name; a Russian sentence's capitalised common word ("Сотрудники", "Власти") names no one.
NOT_NAMES = [
    ("", "Open Letters — a Harbour Press title — has retracted a paper that copied a thesis.", "retraction",
     "Open Letters"),
    ("", "Сотрудники издательства уже принесли свои извинения читателям.", "apology", "издательство"),  # (its staff)
    ("", "Компания Northwind принесла извинения пользователям.", "apology", "Northwind"),
    ("", "Первый канал принес извинения зрителям.", "apology", "Первый канал"),
    # an opening adverb, a broadcaster's dateline and the patient of a passive act are no doers
    ("", "Moreover, I want to apologize to the family for the distress caused.", "apology", "Bugle Blog"),
    ("", "(LAKE CITY) -- Two guards have been charged over the escape.", "legal_action", ""),
    ("", "(LAKE CITY) -- The county prosecutor charged two guards over the escape.", "legal_action",
     "county prosecutor"),
]


@pytest.mark.parametrize(("title", "body", "kind", "actor"), NOT_NAMES)
def test_words_that_only_look_like_names(title: str, body: str, kind: str, actor: str) -> None:
    assert cases.actor(title, body, kind) == actor


def test_a_dates_number_is_not_part_of_a_name() -> None:
    text = "Невский районный суд Северска 12 февраля зарегистрировал исковое заявление о защите чести."
    actor = cases.actor("", text, "legal_action")
    assert "12" not in actor
    assert cases.actor("", "Channel 5 has rejected claims that it staged the footage.", "denial") == "Channel 5"


# A headline's or a sentence's words that are no name: a title-case verb ends a name ("Northwind Backtracks on"),
# a gerund with its object opens no name ("Regretting the error"), initials and titles keep their dots in an
# attribution ("a U.S. official"), a Russian title's genitive organisation is not the person's name.
@pytest.mark.parametrize(("phrase", "name"), [
    ("Northwind Backtracks on Rival ", "Northwind"), ("Regretting the ", ""), ("Boeing ", "Boeing"),
    ("a U.S. trade official", "U.S. trade official"), ("a Reuters spokesperson", "Reuters"),
    ("пресс-секретарь Минфина Олег Сомов", "Олег Сомов"), ("гендиректор «Полдня» Иван Петров", "Иван Петров"),
    ("глава Northwind Анна Белова", "Анна Белова"), ("пресс-секретарь Анна Белова", "Анна Белова"),
])
def test_the_name_in_a_phrase(phrase: str, name: str) -> None:
    assert head(phrase) == name


def test_an_attribution_reads_past_initials_and_titles() -> None:
    assert cases.actor("", '"We believe this report is unfounded," a U.S. trade official said.', "denial") == (
        "U.S. trade official")
    assert cases.actor("", '"These claims are baseless," tweeted Rep. Ann Holt.', "denial") == "Ann Holt"


@pytest.mark.parametrize("title", ["Showing posts with label correction", "Regretting the error",
                                   "Finally a Retraction", "Can a newspaper print a story that is wrong?"])
def test_a_headline_that_opens_with_no_name_names_no_one(title: str) -> None:
    assert title_subject(title) == ""
    assert cases.actor(title, "We add an editor's note at the top of the story.", "editors_note") == "Bugle Blog"


# Reported speech: "Y said X apologised" is X's act, "Y tells Z he apologised" is Y's; a name set off by an
# appositive is the doer, not the employer the appositive names.
REPORTED = [
    ("", "Her husband, Tom Reyes, said officials apologized to him and will fix the plaque.", "apology", "officials"),
    ("", "Acme said Globex had apologised to its customers.", "apology", "Globex"),
    ("", "Acme said it apologised to its customers.", "apology", "Acme"),
    ("", "Ann Holt, Washington bureau chief for The Courier, tells us she apologized to the mayor.", "apology",
     "Ann Holt"),
    ("", "In fact, when the Courier added the new editor's note to the story, readers noticed.", "editors_note",
     "Courier"),
]


@pytest.mark.parametrize(("title", "body", "kind", "actor"), REPORTED)
def test_reported_speech(title: str, body: str, kind: str, actor: str) -> None:
    assert cases.actor(title, body, kind) == actor


# A publication stands by its reporting: the editor who speaks for it names it ("Courier executive editor Ann
# Holt said"), or the headline does ("Ledger's Editor Explains ..."); a speaker who names no publication stays.
STANDS_BY = [
    ("", '"Everything we published was accurate," Courier executive editor Ann Holt said.', "Courier"),
    ("Ledger's Editor Explains Why It Published the Memo", '"We stand by our reporting," Brooks told a reporter.',
     "Ledger"),
    ("", '"We stand by our reporting," Brooks told a reporter.', "Brooks"),
    ("", "A Reuters spokesperson said the agency stands by its reporting.", "Reuters"),
]


@pytest.mark.parametrize(("title", "body", "actor"), STANDS_BY)
def test_a_publication_stands_by_its_reporting(title: str, body: str, actor: str) -> None:
    assert cases.actor(title, body, "stands_by") == actor


# Who acts in a fine or a settlement: the authority, never the one who pays (named or not), and never the subject
# of a headline's passive ("Acme fined $5 million").
FINES = [
    ("", "Kestrel Media agreed to pay $2.1 million to settle the charges.", "legal_action", ""),
    ("", "The Trade Commission reached a settlement that includes a $3 million fine against the firm.",
     "legal_action", "Trade Commission"),
    ("", "Regulators fined Kestrel Media $5 million for the adverts.", "legal_action", "Regulators"),
    ("", "Kestrel Media fined $5 million over misleading adverts.", "legal_action", ""),
    ("", "Kestrel Media sued over adverts by rival Globex.", "legal_action", "Globex"),
    ("", "Days later, the Justice Department charged 25-year-old Ann Holt with leaking a report.", "legal_action",
     "DOJ"),
    # a fine or penalty the subject pays, whatever made it pay
    ("", "Kestrel Media was forced to cut its forecast and pay a $40m fine after the audit.", "legal_action", ""),
    ("", "Last year the lender paid a £90,000 penalty for mis-selling loans.", "legal_action", ""),
    # a settlement paid to an authority the sentence names is the authority's
    ("", "Kestrel Bank paid $4 million in a settlement with the SEC over staff chats.", "legal_action", "SEC"),
    # ... but not where another pays at the subject's bidding or in a clause of its own
    ("", "In 2019, Varnia authorities reached a deal for Kestrel Media to pay a fine of $3 million.", "legal_action",
     "Varnia authorities"),
    ("", "Prosecutors settled with Kestrel Media, which paid $3 million in fines for the adverts.", "legal_action",
     "Prosecutors"),
]


@pytest.mark.parametrize(("title", "body", "kind", "actor"), FINES)
def test_who_fines(title: str, body: str, kind: str, actor: str) -> None:
    assert cases.actor(title, body, kind) == actor


def test_a_description_refers_back_to_the_known_name_the_sentence_opens_with() -> None:
    body = "Reuters kept up its dispute with a watchdog this week as the news agency denied reports of censorship."
    assert cases.actor("", body, "denial") == "Reuters"
    # a note the sentence quotes is someone else's: the headline's doer, not the page's
    body = "A correction to the original story reads: Earlier versions of this story misstated his age."
    assert cases.actor("Courier Issues Correction On Profile", body, "correction") == "Courier"


@pytest.mark.parametrize(("body", "target"), [
    ("Officials apologized to him and plan to correct the plaque.", "him"),
    ("Acme apologised to its customers for the outage.", "its customers"),
    ("Acme apologised to customers, saying the outage was over.", "customers"),
])
def test_an_apology_is_to_whom_it_names(body: str, target: str) -> None:
    [event] = detect(Doc(body=body, outlet="Bugle Blog"))
    assert event.target == target


def test_a_russian_text_names_its_outlet_in_guillemets() -> None:
    body = "Между тем, газета не намерена писать опровержение, считают в редакции."
    assert cases.actor("Олег Сомов против газеты «Вечерний звон»", body, "stands_by") == "Вечерний звон"
    # not for a legal act: there «» names the one fined as often as the one who fines
    assert cases.actor("Суд рассмотрел дело «Вечернего звона»", "«Вечерний звон» оштрафован на 50 тысяч рублей.",
                  "legal_action") == ""


def test_the_one_a_headline_says_was_sued_is_the_one_who_denies() -> None:
    body = 'The drug maker says the legal action is "without merit" and vows to defend itself.'
    assert cases.actor("Regulator sues Vantor Labs over delays", body, "denial") == "Vantor Labs"


@pytest.mark.parametrize(("body", "actor"), [
    ("Another complaint comes from Ann Holt, whose solicitors have filed a High Court writ over the column.",
     "Ann Holt"),
    ("Globex, whose lawyers sued the paper in May, declined to comment.", "Globex"),
])
def test_someone_acting_through_their_lawyers_is_the_doer(body: str, actor: str) -> None:
    assert cases.actor("", body, "legal_action") == actor


@pytest.mark.parametrize(("phrase", "name"), [
    ("Lumo on Friday obliquely referred to the Courier story", "Lumo"),  # a subject, then its time: not an adjective
    ("Prestigious medical journal The Ledger", "Ledger"),  # an adjective opening a description: the name after it
])
def test_a_one_word_subject_or_an_opening_adjective(phrase: str, name: str) -> None:
    assert head(phrase) == name


def test_a_time_phrase_opening_the_sentence_is_not_its_subject() -> None:
    assert cases.actor("", "Late last week, however, the Courier corrected the story.", "correction") == "Courier"


@pytest.mark.parametrize(("body", "actor"), [
    ("By Tuesday, the Northwind statement was removed from the club's website.", "Northwind"),
    ("The post in question has since been removed.", ""),  # no owner named: no one
])
def test_what_was_taken_down_names_its_owner(body: str, actor: str) -> None:
    assert cases.actor("", body, "retraction") == actor


# The subject after a long opening clause ("..., the media outlet has added"), a journalist named after "by", the
# nearest outlet a Russian text sets in «», and a genitive place that is no one's name.
MORE = [
    # a word in scare quotes after "said" is the sayer's, not a quotation the outlet speaks
    ("", "Acme said the Courier's story contained 'several errors' about its plant.", "denial", "Acme"),
    ("", "The ministry said the report was 'riddled with mistakes'.", "denial", "ministry"),
    ("Courier Finally Adds Editor's Note To Story",
     "Weeks after a lawsuit was filed against the Courier over its report on the students, the media outlet has "
     "finally added an editor's note to the story.", "editors_note", "Courier"),
    ("", "His role was swiftly denied by the Courier journalist who broke the story.", "denial", "Courier journalist"),
    # the outlet as the text declines it ("«Полдня»": no dictionary here to give "Полдень")
    ("«Зелёный берег» судится с «Полднем»", "Главный редактор «Полдня» выступил в суде. Журналист твердо уверен "
     "в своей правоте.", "stands_by", "Полдня"),
]


@pytest.mark.parametrize(("title", "body", "kind", "actor"), MORE)
def test_more_subjects(title: str, body: str, kind: str, actor: str) -> None:
    assert cases.actor(title, body, kind) == actor


@pytest.mark.parametrize("phrase", ["пресс-секретарь президента России", "мэрия Москвы"])
def test_a_genitive_place_is_no_name(phrase: str) -> None:
    assert head(phrase) == ""


@pytest.mark.parametrize(("body", "actor"), [
    ("2. Complaint of Shri Anil Rao, Pune against the editor, Daily Lamp.", "Anil Rao"),
    ("The executive, arrested last year over wire fraud, has been indicted by a federal grand jury in Ohio.",
     "federal grand jury"),
])
def test_who_complains_and_who_indicts(body: str, actor: str) -> None:
    assert cases.actor("", body, "legal_action") == actor


def test_a_quotation_over_several_sentences_is_its_closing_speakers() -> None:
    body = ("“No, that is wrong. We did not retract our story. We stand by our reporting. Those are the facts,” "
            "the Courier’s press office tweeted.")
    events = detect(Doc(body=body, outlet="Bugle Blog"))
    assert {e.kind: e.actor for e in events} == {"denial": "Courier", "stands_by": "Courier"}
    # a closed quotation leaves the page's own "we" the page's
    text = 'We stand by our reporting. "The facts are clear," Ann Holt said.'
    assert cases.actor("", text, "stands_by") == "Bugle Blog"
