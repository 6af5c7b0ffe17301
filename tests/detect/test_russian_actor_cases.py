"""Who acts in Russian news, in our own words, by tables from four studies of real articles (Interfax business news,
Meduza investigations, Kazakh Russian-language news): a subject after an opener that takes no comma (an adverb, a
date, «В среду», «Через несколько часов»), a court named by lower-case adjectives, authorities named with a
country's abbreviation, a subject after «хотя», the author of a statement a quotation is «говорится в»; an act
whose doer the text leaves unnamed (an indefinite-personal plural «Против него возбудили дело», a short passive,
the one sentenced in the accusative «Зорина приговорили»); a passive's doer in the instrumental («возбуждено
следственным отделом МВД»); and the speaker a dash names after a quotation opened in an earlier sentence."""

from __future__ import annotations

import pytest

from tests.detect import cases

pytestmark = pytest.mark.pure

# (title, body, kind, actor)
SUBJECTS = [
    # an opener before the subject, without a comma: the court, not the country in the genitive nor the adverb
    ("", "Ранее Верховный суд РФ признал незаконным решение мэрии Озёрска.", "legal_action", "Верховный суд"),
    ("", "В среду Окружной суд США по вопросам торговли признал незаконной сделку фонда.", "legal_action",
     "Окружной суд"),
    ("", "28 мая Окружной суд США признал незаконной сделку фонда.", "legal_action", "Окружной суд"),
    ("", "Первоначально 12 апреля 2021 года ЦБ РФ подал иск в интересах банка «Заря».", "legal_action", "ЦБ РФ"),
    ("", "После двух жалоб суд 4 июня удовлетворил ходатайство о снятии ареста.", "legal_action", "суд"),
    ("", "В феврале 2019 года суд признал компанию «Ветла» банкротом.", "legal_action", "суд"),
    # an adverb before the court, the court's place after it: the court, named by its adjectives where it has them
    ("", "Затем суд в Нижнем Озерске оштрафовал блогера на 30 тысяч рублей.", "legal_action", "суд"),
    ("", "Всего же суд вынес приговоры девяти фигурантам.", "legal_action", "суд"),
    ("", "Поэтому Рожкова подала иск к издательству.", "legal_action", "Рожкова"),
    ("", "Гарнизонный военный суд в Тарске приговорил офицера к пяти годам.", "legal_action",
     "Гарнизонный военный суд"),
    # what opens the sentence before the court: a time ago, grounds, an exception set off by a comma
    ("", "Два года назад районный суд признал компанию «Ветла» банкротом.", "legal_action", "суд"),
    ("", "На основании показаний свидетелей суд признал Орлова виновным в краже.", "legal_action", "суд"),
    ("", "Кроме Орлова и Лесной, суд оштрафовал ещё трёх участников.", "legal_action", "суд"),
    ("", "Теперь пошли в суд с иском к управляющей компании.", "legal_action", ""),
    # a court named by lower-case adjectives inside a clause after «что»: the court, not the country
    ("", "Рынки выросли на новостях о том, что окружной суд Канады признал незаконными пошлины на сталь.",
     "legal_action", "суд"),
    # authorities named with a country's abbreviation, inside a reported clause
    ("", "Газеты писали, что власти КНР предписали местным банкам прекратить выдачу кредитов.", "legal_action",
     "власти КНР"),
    # the subject of the clause after «хотя», not the object of the clause before it
    ("", "Министр обвинил Перу в нарушении договора, хотя Лима эти обвинения отвергает.", "denial", "Лима"),
    # a court stays the court under a headline that names the claimant
    ("Прокуратура потребовала изъять акции завода «Ромашка»",
     "Прокуратура подала иск в январе. После двух заявлений суд 6 мая удовлетворил ходатайство о снятии ареста.",
     "legal_action", "Прокуратура"),
    # an object set first with a demonstrative or «всё» is no doer
    ("", "Эту новость позже опровергли.", "denial", ""),
    ("", "Всё, что пишут о ней в сети, певица назвала ложью.", "denial", ""),
    # a relative «где» clause or a «Помимо этого,» opener before an act that names no doer
    ("", "Блогера отвезли в суд, где его оштрафовали на 10 тысяч рублей.", "legal_action", ""),
    ("", "Помимо этого, против него возбуждены ещё два дела.", "legal_action", ""),
    # a remark in brackets after the name (a designation the outlet must print, an age): the name still acts
    ("", "Певица Анна Лесная (признана в РФ иноагентом) опровергла слухи о возвращении.", "denial", "Анна Лесная"),
    ("", "Блогера Орлова (внесен в реестр иноагентов) оштрафовали на 30 тысяч рублей.", "legal_action", ""),
    ("", "На музыканта Quillbox (иноагент) составили протокол.", "legal_action", ""),
    # the staff who act for an institution named in the genitive: the institution
    ("", "Сотрудники городской библиотеки принесли извинения читателям.", "apology", "городская библиотека"),
    ("", "Представители фирмы «Ветла» опровергли слухи о закрытии.", "denial", "Ветла"),
    ("", "Юристы районной администрации подали иск к подрядчику.", "legal_action", "районная администрация"),
    ("", "Сотрудники компании принесли извинения клиентам.", "apology", "компания"),  # «-ии» is «-ия», not «-ие»
    # an institution where it speaks, one capitalised word in «-ии» (a locative, not «whose» as after a noun)
    ("", "В Росгвардии опровергли сообщения о проверке.", "denial", "Росгвардия"),
    ("", "В Минтрансе опровергли слухи о новых тарифах.", "denial", "Минтранс"),
    # a quotation whose words «говорится в заявлении» of someone: the statement's author, not the page
    ("", "«Сведения о продаже завода не соответствуют действительности», - говорится в заявлении компании «Ветла».",
     "denial", "Ветла"),
    ("", "«Эти сведения не соответствуют действительности», — отмечается в сообщении пресс-службы банка.", "denial",
     "пресс-служба банка"),
    ("", "«Мы приносим извинения пассажирам», — говорится в заявлении авиакомпании.", "apology", "авиакомпания"),
    ("", "«Мы приносим извинения читателям», — говорится в заявлении издания.", "apology", "издание"),
    ("", "«Эти сведения не соответствуют действительности», — говорится в заявлении биржи.", "denial", "биржа"),
    # an apology told object first: its doer follows the verb, not the possessive that opens the sentence
    ("", "Свои извинения читателям принесла редакция журнала «Зенит».", "apology", "Зенит"),
    ("", "UPD: Свои извинения Ивану Орлову принес главный редактор Олег Пастухов.", "apology", "Олег Пастухов"),
    ("", "Редакция принесла свои извинения читателям.", "apology", "Вестник"),
]

SUBJECTS_KEPT = [
    ("", "В Минфине опровергли сообщения о новом налоге.", "denial", "Минфин"),
    ("", "В Кремле опровергли слухи об отставке министра.", "denial", "Кремль"),
    ("", "В Офисе уполномоченного Озерской области опровергли слухи.", "denial", "Офис уполномоченного Озерской"),
    ("", "Арбитражный суд Москвы взыскал с компании «Ветла» 3 млн рублей.", "legal_action", "Арбитражный суд"),
]

# a place in the locative beside the subject says where, not who: before a subject in lower case, after a noun
PLACES = [
    ("", "В Тарске суд оштрафовал владельца кафе на 30 тысяч рублей.", "legal_action", "суд"),
    ("", "Суд в Тарске арестовал бывшего мэра города.", "legal_action", "Суд"),
    ("", "Суд в Нижнем Озерске оштрафовал компанию «Ветла».", "legal_action", "Суд"),
    ("", "Посольство Озерии в Тарске опровергло сообщения о закрытии.", "denial", "Посольство Озерии"),
    # a post's pictograph glued to the first word: the word still names the doer
    ("", "❗️Суд в Тарске оштрафовал компанию «Ветла» на миллион рублей.", "legal_action", "Суд"),
    ("", "⚡️Минтранс опроверг сообщения о подорожании проезда.", "denial", "Минтранс"),
]

UNNAMED = [
    # a season or a time of day opens the sentence: the subject after it, not the adverb
    ("", "Весной 2021 года Олег Сомов подал на журналиста иск о защите чести.", "legal_action", "Олег Сомов"),
    ("", "Осенью 2019 года Анна Крылова подала в суд на управляющую компанию.", "legal_action", "Анна Крылова"),
    ("", "Вечером 3 мая Марина Лесная опровергла сведения о своей отставке.", "denial", "Марина Лесная"),
    # an indefinite-personal plural: the target, the recipient or a place named before it did nothing
    ("", "Против директора завода «Сокол» завели уголовное дело о растрате.", "legal_action", ""),
    ("", "Ивану Грачеву предъявили обвинение в мошенничестве.", "legal_action", ""),
    ("", "В марте против Петра Зорина возбудили уголовное дело.", "legal_action", ""),
    # an opener of several lower-case words before the recipient («Через несколько часов», «В начале мая»)
    ("", "Через несколько часов Ивану Грачеву предъявили обвинение во взятке.", "legal_action", ""),
    ("", "В начале мая против Петра Зорина возбудили уголовное дело.", "legal_action", ""),
    ("", "Он уехал из России в Чехию после того, как на него возбудили дело.", "legal_action", ""),
    ("", "Компанию «Ветла» оштрафовали на 100 тысяч рублей.", "legal_action", ""),
    # a short passive without its doer: who is named before it underwent it
    ("", "В Казани возбуждено уголовное дело о мошенничестве с квартирами.", "legal_action", ""),
    ("", "В отношении издания «Вестник» составлен протокол об административном правонарушении.", "legal_action", ""),
    ("", "Сейчас дело передано в суд.", "legal_action", ""),
    # an aside between the subject and its verb
    ("", "Карпов в разговоре с журналистами отверг обвинения в подкупе.", "denial", "Карпов"),
    ("", "Зотова в интервью «Вестнику» опровергла слухи о продаже компании.", "denial", "Зотова"),
    # a participle's clause set off by commas: the subject before it, not a name inside it
    ("", "Суд, рассматривавший иск компании «Ветла», оштрафовал Орлова на пять тысяч рублей.", "legal_action", "Суд"),
    # neighbours that keep their doers: a subject before a plural verb, a singular subject, an active court
    ("", "Против него следователи возбудили уголовное дело.", "legal_action", ""),
    ("", "Следственный комитет возбудил уголовное дело против Зорина.", "legal_action", "Следственный комитет"),
    ("", "Акционеры подали иск к Зорину.", "legal_action", "Акционеры"),
    ("", "Суд оштрафовал компанию «Ветла» на 100 тысяч рублей.", "legal_action", "Суд"),
    ("", "Вчера Анна Крылова подала иск к издательству.", "legal_action", "Анна Крылова"),
]

PASSIVE_DOERS = [
    # a passive's doer in the instrumental, read in the nominative
    ("", "Уголовное дело по факту растраты возбуждено следственным отделом МВД Тарского района.", "legal_action",
     "Следственный отдел МВД Тарского района"),
    ("", "В связи с этим инспекцией составлен протокол об административном правонарушении.", "legal_action",
     "Инспекция"),
    ("", "Дело о мошенничестве возбуждено Следственным комитетом России.", "legal_action",
     "Следственный комитет России"),
    ("", "Дело возбуждено УМВД по Озерску в марте.", "legal_action", "УМВД"),
    # a passive that names no doer, or one the instrumental is not: still no one
    ("", "Против директора завода возбуждено уголовное дело.", "legal_action", ""),
    ("", "Уголовное дело возбуждено в связи с этим нарушением.", "legal_action", ""),
    # a plural noun shaped like a participle («органы») is none: «органы КНБ» are not the passive's doer
    ("", "По какой статье возбуждено дело, знают органы КНБ.", "legal_action", ""),
    # the one sentenced in the accusative before a plural verb with no subject: no doer named
    ("", "Зорина приговорили к четырем годам колонии, его помощник получил условный срок.", "legal_action", ""),
    ("", "В мае бывшего мэра Озерска Тимура Рахимова признали виновным в растрате и приговорили к девяти годам.",
     "legal_action", ""),
    ("", "Саломатину оштрафовали на 40 тысяч рублей.", "legal_action", ""),
    ("", "В июне экс-главу Тарского района Николая Бекова признали виновным и приговорили к пяти годам.",
     "legal_action", ""),
    # a plural subject in the nominative still acts
    ("", "Следователи возбудили дело против директора завода.", "legal_action", "Следователи"),
    # the one sentenced, named with a soft-stem noun, in the plural, by a pronoun or with a clause set off by commas
    ("", "Заместителя мэра Игоря Сомова приговорили к шести годам.", "legal_action", ""),
    ("", "Организаторов фестиваля «Ветла» оштрафовали на 200 тысяч рублей.", "legal_action", ""),
    ("", "Разработчиков приложения Quillbox заочно оштрафовали.", "legal_action", ""),
    ("", "Его приговорили к трем годам условно.", "legal_action", ""),
    ("", "Их оштрафовали за шум после полуночи.", "legal_action", ""),
    ("", "Тимура Рахимова, которого задержали в мае, приговорили к пяти годам.", "legal_action", ""),
    ("", "Ольгу Лесную, обвиняемую в растрате, приговорили к штрафу.", "legal_action", ""),
    # the object with a number's comma after it, a preposition's phrase or a genitive in it, an age before it,
    # or a chain of plural verbs after it: still no doer named
    ("", "Певца Орлова лишили прав на 1,5 года и оштрафовали на 30 тысяч рублей.", "legal_action", ""),
    ("", "Блогершу из Тарска приговорили к двум годам.", "legal_action", ""),
    ("", "Бывшего чиновника областной Думы приговорили к пяти годам.", "legal_action", ""),
    ("", "44-летнего Петра Зорина оштрафовали на 20 тысяч рублей.", "legal_action", ""),
    ("", "Её вызвали на допрос, отвезли в Тарск и предъявили обвинение.", "legal_action", ""),
    # the one a case is against, after «на»: no doer named
    ("", "На бывшего директора школы Петра Зорина возбудили уголовное дело.", "legal_action", ""),
    # the one charged («обвиняется») or convicted did nothing
    ("", "Бывший замминистра Орлов обвиняется в получении взятки.", "legal_action", ""),
    ("", "Двое бухгалтеров завода осуждены на шесть лет колонии.", "legal_action", ""),
    # a place alone before a plural legal verb names no doer (where «В Кремле опровергли» names who spoke)
    ("", "В Тарске возбудили уголовное дело о мошенничестве.", "legal_action", ""),
    # a plural subject set off by a clause still acts
    ("", "Жильцы дома, недовольные ремонтом, подали иск к управляющей компании.", "legal_action", "Жильцы"),
    # a second verb after «и» shares the first one's subject, not a name in the clause between them
    ("", "Орлов отверг слова Лесной, что он её обманул, и ещё раз извинился перед ней.", "apology", "Орлов"),
    ("", "Полицейские изъяли у фирмы «Ветла» документы и возбудили уголовное дело.", "legal_action", "Полицейские"),
    ("", "В разговоре с Петровым представители фирмы «Ветла» вели себя грубо и опровергли его слова.", "denial",
     "Ветла"),
    # a quotation opened in the sentence before closes here; the dash names its speaker, not the page
    ("", "«Мы не собираемся продавать банк. Это слухи, которые не имеют под собой никаких оснований», - заявил "
         "Рустам Исаев.", "denial", "Рустам Исаев"),
]

# From a study of Russian-language news on several sites (a court case abroad, airline strikes, a pipeline):
UNDERGONE = [
    # a legal act told as a long participle or a reflexive passive of the one who underwent it: not that one's act
    ("", "Журналистка Орла Бенн, приговорённая к трём годам, однако позже оправданная Верховным судом, освобождена "
         "из колонии.", "legal_action", "Верховный суд"),
    ("", "Орла Бенн стала первой блогершей, приговорённой к сроку за репост.", "legal_action", ""),
    ("", "Пётр Зорин обвинялся в растрате.", "legal_action", ""),
    # a court's own act before the participle keeps the court
    ("", "Суд Тарска оправдал журналистку, приговорённую ранее к штрафу.", "legal_action", "Суд Тарска"),
    # the one charged in the dative (a noun's «-е», a pronoun) before a plural verb with no subject
    ("", "Журналистке предъявили обвинение в клевете.", "legal_action", ""),
    ("", "Полиция доставила журналистку в отдел, где ей предъявили обвинения.", "legal_action", ""),
    # a place and the suit an asset was frozen on, before a plural verb with no subject: no doer named
    ("", "В Озерии по иску фирмы «Ветла» арестовали счета застройщика.", "legal_action", ""),
    ("", "В Тарске оправдали журналистку, приговорённую к штрафу за репост.", "legal_action", ""),
    # whose report the sentence retells opens it: the subject after it acts
    ("", "Как сообщало агентство «Вестник-Инфо», в 2012 году власти Озерии оштрафовали Орлу Бенн.", "legal_action",
     "власти Озерии"),
    # a country in the genitive after an authority or an institution's staff: whose, not who
    ("", "Представитель министерства финансов Озерии опроверг слухи о девальвации.", "denial",
     "министерство финансов Озерии"),
    ("", "Власти Озерии отвергли обвинения в цензуре.", "denial", "Власти Озерии"),
    # an object in the reflexive possessive set first: never the doer
    ("", "Свою вину журналистка отрицала.", "denial", ""),
    # a quotation in the first person whose dash names the place that spoke: that place, not the page
    ("", "«Приносим извинения всем пассажирам», — заявили в пресс-службе перевозчика.", "apology",
     "пресс-служба перевозчика"),
    ("", "«Мы сожалеем о задержках рейсов», — сообщили в авиакомпании.", "apology", "авиакомпания"),
    # a photo credit or a link card's web address run into the text: the subject after it acts, not the agency
    ("", "Ведомство ответило на запрос Фото: Ян Сид / ТАСС Глава ведомства Орла Бенн опровергла сведения об утечке.",
     "denial", "Орла Бенн"),
    ("", "Суд продлил арест. vestnik.group Компания «Ветла» опровергла сведения о банкротстве.", "denial", "Ветла"),
    # an institution named by its adjectives where it speaks: read in the nominative, not dropped as a place
    ("", "При этом в Следственном комитете Озерии эти сведения отрицают.", "denial", "Следственный комитет Озерии"),
    ("", "В Генеральной прокуратуре назвали сообщения об обысках ложными.", "denial", "Генеральная прокуратура"),
    ("", "В Белом доме опровергли слухи об отставке советника.", "denial", "Белый дом"),
    ("", "Проверка длилась год. При этом в ведомстве это отрицают.", "denial", "ведомство"),
    ("", "В Нижнем Озерске суд оштрафовал блогера на 30 тысяч рублей.", "legal_action", "суд"),
    # a claim called untrue, its speaker named after the comma by a verb of saying (the wire's credit after it aside)
    ("", "Слухи о закрытии завода не соответствуют действительности, заявил мэр Озерска Ян Сид.", "denial", "Ян Сид"),
    ("", "Сведения об обысках не соответствуют действительности, сообщили в пресс-службе полиции.", "denial",
     "пресс-служба полиции"),
    ("", "Опасения дефолта не имеют оснований, заявила на брифинге глава банка Орла Бенн, передает «Вестник».",
     "denial", "Орла Бенн"),
    # a personal pronoun is the subject after a phrase that names others: never a name in that phrase
    ("", "Позднее после разговора с советником Яном Сидом она удалила пост о министре.", "retraction", ""),
    ("Блогер Орла Бенн удалила пост о министре", "После звонка от Яна Сида она удалила пост о министре.", "retraction",
     "Орла Бенн"),
    # a possessive pronoun opens the subject: never the doer; the one it names after a kin or staff noun is
    ("", "Ее адвокат опроверг сообщения о задержании клиентки.", "denial", ""),
    ("", "Их юрист отверг обвинения в подлоге.", "denial", ""),
    ("", "Его дочь Орла и секретарь опровергли слухи о болезни писателя.", "denial", "Орла"),
    ("", "Ее представитель Ян Сид назвал эти сведения ложными.", "denial", "Ян Сид"),
    # neighbours kept: a surname in «-ова» after a title, a court's own name
    ("", "Министр Захарова опровергла слухи об отставке.", "denial", "Захарова"),
    ("", "Суд Тарска арестовал счета компании «Ветла».", "legal_action", "Суд Тарска"),
]


@pytest.mark.parametrize(("title", "body", "kind", "actor"),
                         SUBJECTS + SUBJECTS_KEPT + PLACES + UNNAMED + PASSIVE_DOERS + UNDERGONE)
def test_russian_actor(title: str, body: str, kind: str, actor: str) -> None:
    assert cases.actor(title, body, kind, outlet="Вестник") == actor


KINDS = [
    ("Уголовное дело по факту растраты возбуждено следственным отделом МВД Тарского района.", "legal_action"),
    ("Зорина приговорили к четырем годам колонии.", "legal_action"),
    ("Протокол встречи составлен секретарем комиссии.", None),
    ("Отчет подготовлен отделом аналитики банка.", None),
]


@pytest.mark.parametrize(("text", "kind"), KINDS)
def test_kind(text: str, kind: str | None) -> None:
    cases.states(text, kind)


def test_court_after_claimant_headline() -> None:
    events = cases.kinds("После двух заявлений суд 6 мая удовлетворил ходатайство о снятии ареста.",
                         title="Прокуратура потребовала изъять акции завода «Ромашка»", outlet="Интерфакс")
    assert "legal_action" in events


def test_statute_in_guillemets_is_no_name() -> None:
    body = ("Против водителя возбудили дело по статьям «Хулиганство» и «Угроза убийством». "
            "Сам водитель все обвинения отрицает.")
    assert cases.actor("", body, "denial", outlet="Вестник") == ""
    assert cases.actor("", "Газета «Север» вышла в срок. Издание опровергло слухи.", "denial", outlet="Вестник") == (
        "Север")
