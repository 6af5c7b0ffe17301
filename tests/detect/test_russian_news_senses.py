"""Ordinary Russian news in our own words, where a follow-up's words serve another sense: each false-alarm shape
next to the true reading that shares its words (a perfective future, a fine as a rule or a proposal, a myth dispelled,
a thing that turned out fake, a video filmed somewhere, a channel gone off air)."""

from __future__ import annotations

import pytest

from monitor.detect.followups import detect
from monitor.models import Doc

pytestmark = pytest.mark.pure

CASES = [
    # a perfective future of an -ить verb is told before it happens, wherever it stands in the match
    ("Редакция удалит статью о застройщике.", None),
    ("Редакция удалила статью о застройщике.", "retraction"),
    ("Суд оштрафует перевозчика, если нарушения подтвердятся.", None),
    ("Суд оштрафовал перевозчика на 300 тысяч рублей.", "legal_action"),
    ("Певица откажется от своих слов о коллегах только после суда.", None),
    ("Певица отказалась от своих слов о коллегах.", "retraction"),
    # legal: a fine as a rule, a risk or a proposal; a plan or a wish; an alleged case; a designation's footnote
    ("За остановку на трамвайных путях водители получат штрафы в размере 5 тысяч рублей.", None),
    ("За остановку на трамвайных путях водители получили штрафы в размере 5 тысяч рублей.", "legal_action"),
    ("Минтранс предлагает ввести штраф в размере 40 тысяч рублей для таксистов.", None),
    ("Инспекция наложила на таксопарк штраф в размере 40 тысяч рублей.", "legal_action"),
    ("Центробанк хочет ограничить выдачу займов до зарплаты.", None),
    ("Центробанк ограничил выдачу займов микрокредитной компании.", "legal_action"),
    ("Прокуратура потребует через суд обязать застройщика снести пристройку.", None),
    ("Суд обязал застройщика снести пристройку.", "legal_action"),
    ("Звонившие рассказали пенсионерке о якобы возбуждённом на неё деле.", None),
    ("На пенсионерку возбудили дело о мошенничестве.", "legal_action"),
    ("Мошенники сообщили пенсионерке о якобы **возбуждённом деле** против неё.", None),
    ("__*компания признана экстремистской организацией в России.__", None),
    ("Арестован основатель клуба (движение признано в России экстремистским и запрещено).", None),
    ("Верховный суд признал движение экстремистским и запретил его.", "legal_action"),
    # criminal procedure: a remand, a measure of restraint, a standing charge, a conviction; not a condemnation or
    # an accusation made in public
    ("Районный суд заключил водителя под стражу на два месяца.", "legal_action"),
    ("Суд отправил в СИЗО директора управляющей компании «Ветла».", "legal_action"),
    ("Суд избрал блогеру меру пресечения в виде домашнего ареста.", "legal_action"),
    ("После допроса суд изберет блогеру меру пресечения.", None),
    # a court's ruling with its place or grounds before the verb; a suit told as going to court; a warrant
    ("Суд в Тарске по иску банка признал фермера банкротом.", "legal_action"),
    ("Районный суд в понедельник запретил застройщику рубить деревья в парке.", "legal_action"),
    ("Возврат денег магазин отклонил, и покупатель пошёл в суд.", "legal_action"),
    ("Покупатель пойдёт в суд, если магазин не вернёт деньги.", None),
    ("Международный трибунал и суд ООН в прошлом году выдали ордер на арест полевого командира.", "legal_action"),
    ("Бывший замминистра Орлов обвиняется в получении взятки.", "legal_action"),
    ("Двое бухгалтеров завода осуждены на шесть лет колонии.", "legal_action"),
    ("Министерство осудило обстрел жилых кварталов.", None),
    # a designation in brackets is the outlet's note, no one owning an error: the denial stands
    ("Певица Лесная (признана в РФ иноагентом) опровергла слухи о возвращении.", "denial"),
    ("Губернатор обвинил соседнюю область в срыве поставок.", None),
    # denial: a myth dispelled, a thing (no report) found fake, a term, evidence, an offer or a practice rejected
    ("В новом выпуске подкаста развеиваем мифы о сне.", None),
    ("Мэрия развеяла слухи о закрытии рынка.", "denial"),
    ("Позже выяснилось, что трейлер игры оказался фейком.", None),
    ("Позже выяснилось, что эта информация оказалась фейком.", "denial"),
    ("Модели страдают от так называемых галлюцинаций, когда выдают ложные ответы.", None),
    ("Пресс-секретарь назвал сообщения о проверке ложными.", "denial"),
    ("Министр заявил, что очередь на границе исчезла, что опровергалось видеосъёмкой.", None),
    ("Министр опроверг сообщения о очередях на границе.", "denial"),
    ("Фильм снят по повести, не имеющей никакого отношения к реальным событиям.", None),
    ("В компании заявили, что не имеют никакого отношения к утечке.", "denial"),
    ("Киев отвергает гарантии безопасности без членства в альянсе.", None),
    ("Киев отвергает обвинения в обстреле.", "denial"),
    ("Регулятор считает абсурдом, когда брокеры дают клиентам кредит на покупку акций.", None),
    ("Регулятор считает абсурдом сообщения о запрете брокерских счетов.", "denial"),
    ("Фонд займётся защитой граждан от фейковой информации.", None),
    ("Пресс-служба назвала публикацию фейковой информацией.", "denial"),
    ("Первый прототип, несмотря на громкую презентацию, оказался фальшивкой.", None),
    ("Информация, разошедшаяся по пабликам, оказалась фейком.", "denial"),
    # retraction: a video filmed at a time or place, a channel off the air
    ("Очевидцы уверяют, что видео снято в марте в Химках.", None),
    ("Видео снято с публикации по требованию правообладателя.", "retraction"),
    ("Во время мятежа государственное телевидение прекратило вещание.", None),
    ("Телеканал прекратил показ сериала после жалоб.", "retraction"),
    # words someone demands be published, quoted whole, next to words quoted as said
    ("Истица требует опубликовать следующее: «Сведения о ней ложны, приношу свои извинения».", None),
    ("Орлов потребовал извинений, но позже сам написал: «Приношу свои извинения за задержку».", "apology"),
    # «пост» as an office one is removed from, next to a post taken down
    ("Прошлой осенью вице-мэра Озерска сняли с поста по собственному желанию.", None),
    ("Директор фонда был снят с поста решением совета.", None),
    ("Вечером блогер Орла Бенн удалила пост о конкурсе.", "retraction"),
    # correction and clarification: a product's version, advice, someone else's error, the newsroom as the asker
    ("В первой версии Doom не было сетевой игры.", None),
    ("В первой версии статьи была указана неверная дата.", "correction"),
    ("В письме утверждается, что аккаунт заблокирован, но на самом деле это рассылка мошенников.", None),
    ("Ранее сообщалось, что мост закрыт, но на самом деле движение по нему открыто.", "correction"),
    ("Исправляй ошибки сразу и объясняй их причину.", None),
    ("Газета исправила ошибку в статье о выборах.", "correction"),
    ("Приносим извинения за допущенную ошибку в заголовке.", "correction"),
    ("В беседе с нами авторы петиции пояснили, что их подтолкнуло к ней.", None),
    ("Мы уточняем, что в заметке речь шла о другом заводе.", "clarification"),
    # apology: a company's regret for the trouble it caused its customers, not a regret at someone else's act
    ("Перевозчик сожалеет о доставленных пассажирам неудобствах.", "apology"),
    ("Авиакомпания выразила сожаление в связи с задержками вылетов.", "apology"),
    ("Мэр выразил сожаление по поводу отставки заместителя.", None),
    ("Председатель сожалеет, что реформа так и не прошла.", None),
    # legal: assets frozen by a court on a claimant's suit, not a court's power to freeze them
    ("Районный суд по иску банка «Ветла» наложил арест на счета застройщика.", "legal_action"),
    ("Счета застройщика арестованы по иску банка «Ветла».", "legal_action"),
    ("Суд вправе наложить арест на имущество должника.", None),
]


def test_someone_elses_error_apologised_for_is_an_apology_and_no_correction() -> None:
    text = "Сотрудники МФЦ принесли извинения за допущенную ошибку и выдали новый паспорт."
    assert {e.kind for e in detect(Doc(title="", body=text, outlet="Курьер"))} == {"apology"}


@pytest.mark.parametrize("line", ["🕹 [Adding Enemies](https://dev.example/adding-enemies)",
                                  "🕹 [Fixing Raycasting](https://dev.example/fixing-raycasting)"])
def test_a_markdown_links_text_is_no_advisory(line: str) -> None:
    assert not detect(Doc(title="", body=line, outlet="Курьер"))


@pytest.mark.parametrize(("text", "kind"), CASES)
def test_case(text: str, kind: str | None) -> None:
    kinds = {e.kind for e in detect(Doc(title="", body=text, outlet="Курьер"))}
    assert (kind in kinds) if kind else not kinds, (text, kinds)
