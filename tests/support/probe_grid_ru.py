"""The probe grid's Russian half: per kind, generated positives and negatives (see `probes`).

A subject carries its grammatical gender (m, f, n, plural p, or we), and each verb its past forms by gender
and its present forms, so that every sentence agrees as a Russian reader expects.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import cycle

from tests.support.probes import OUTLET, Probe


@dataclass(frozen=True)
class Ru:
    text: str
    gender: str  # m | f | n | p | we
    actor: str | None


SUBJECTS = (Ru("Иван Петров", "m", "Иван Петров"), Ru("Анна Смирнова", "f", "Анна Смирнова"),
            Ru("«Ромашка»", "f", "Ромашка"), Ru("Министерство", "n", None), Ru("Мы", "we", OUTLET),
            Ru("Он", "m", None), Ru("Она", "f", None), Ru("Власти", "p", None), Ru("Компания", "f", None))
MEDIA = (Ru("Редакция", "f", None), Ru("Издание", "n", None), Ru("Мы", "we", OUTLET), Ru("Газета", "f", None),
         Ru("«Вестник»", "m", "Вестник"))
PEOPLE = tuple(s for s in SUBJECTS if s.gender != "we")


def _past(forms: str, s: Ru) -> str:
    """Past forms written "m|f|n|p"; "we" takes the plural."""
    m, f, n, p = forms.split("|")
    return {"m": m, "f": f, "n": n, "p": p, "we": p}[s.gender]


def _present(forms: str, s: Ru) -> str:
    """Present forms written "third singular|third plural|we"."""
    sg, pl, we = forms.split("|")
    return {"p": pl, "we": we}.get(s.gender, sg)


def crossed(frames: tuple[str, ...], past: str, present: str | None, kind: str, objects: tuple[str, ...],
            subjects: tuple[Ru, ...] = SUBJECTS) -> list[Probe]:
    out = []
    obj = cycle(objects)
    for frame in frames:
        for s in subjects:
            for verb in (_past(past, s),) + ((_present(present, s),) if present else ()):
                out.append(Probe(frame.format(S=s.text, V=verb, O=next(obj)), kind, s.actor))
    return out


def negatives(frames: tuple[str, ...], subjects: tuple[Ru, ...] = PEOPLE, forbid: str | None = None,
              **forms: str) -> list[Probe]:
    """Frames with {S} and any named past forms ({DEMANDED} from DEMANDED="потребовал|потребовала|...")."""
    out = []
    for frame in frames:
        for s in subjects:
            words = {name: _past(f, s) for name, f in forms.items()}
            out.append(Probe(frame.format(S=s.text, **words), None, forbid=forbid))
    return out


def apology() -> list[Probe]:
    about = ("за сбой", "за ошибку в статье", "перед читателями", "перед клиентами за задержку", "за свои слова",
             "за неудобства")
    out = crossed(("{S} {V} {O}.",), "извинился|извинилась|извинилось|извинились",
                  "извиняется|извиняются|извиняемся", "apology", about)
    out += crossed(("{S} {V} {O}.",), "принес извинения|принесла извинения|принесло извинения|принесли извинения",
                   "приносит извинения|приносят извинения|приносим извинения", "apology", about)
    out += crossed(("{S} {V} у читателей.",), "попросил прощения|попросила прощения|попросило прощения"
                   "|попросили прощения", "просит прощения|просят прощения|просим прощения", "apology", ("",))
    out += [Probe("Компания принесла свои извинения пользователям.", "apology"),
            Probe("«Мы приносим извинения за доставленные неудобства», — сказал Иван Петров.", "apology",
                  "Иван Петров")]
    return out


def apology_negatives() -> list[Probe]:
    return negatives(("{S} {DEMANDED} извинений от издания.", "{S} {REFUSED} извиняться.",
                      "{S} не {BECAME} извиняться.", "{S} не {APOLOGISED}.", "Извинится ли {S}?"),
                     DEMANDED="потребовал|потребовала|потребовало|потребовали",
                     REFUSED="отказался|отказалась|отказалось|отказались", BECAME="стал|стала|стало|стали",
                     APOLOGISED="извинился|извинилась|извинилось|извинились") + [
        Probe("Иван Петров извинится, если факты подтвердятся.", None),
        Probe("Анна Смирнова может извиниться позже.", None)]


def denial() -> list[Probe]:
    objects = ("сообщения о продаже завода", "эту информацию", "публикацию", "слухи об отставке", "обвинения",
               "данные СМИ")
    out = crossed(("{S} {V} {O}.",), "опроверг|опровергла|опровергло|опровергли",
                  "опровергает|опровергают|опровергаем", "denial", objects)
    out += crossed(("{S} {V} {O}.",), "отверг|отвергла|отвергло|отвергли", "отвергает|отвергают|отвергаем", "denial",
                   ("обвинения", "эти обвинения", "претензии издания"))
    out += crossed(("{S} {V} {O}.",), "назвал|назвала|назвало|назвали", "называет|называют|называем", "denial",
                   ("эту информацию ложью", "публикацию фейком", "сообщения недостоверными", "статью клеветой"))
    out += crossed(("{S} {V}, что информация не соответствует действительности.",),
                   "заявил|заявила|заявило|заявили", None, "denial", ("",))
    out += [Probe("В компании опровергли сообщения о банкротстве.", "denial"),
            Probe("Пресс-служба назвала публикацию ложной.", "denial")]
    return out


def denial_negatives() -> list[Probe]:
    return negatives(("{S} {REFUSED} от комментариев.", "{S} не {BECAME} опровергать сообщения.",
                      "{S} не {DENIED} эту информацию."),
                     REFUSED="отказался|отказалась|отказалось|отказались", BECAME="стал|стала|стало|стали",
                     DENIED="опроверг|опровергла|опровергло|опровергли")


def correction() -> list[Probe]:
    out = crossed(("{S} {V} {O}.",), "исправил|исправила|исправило|исправили", None, "correction",
                  ("ошибку в статье", "заголовок", "дату в материале", "неточность в тексте"), subjects=MEDIA)
    out += crossed(("{S} {V}, что допустили неточность.",), "признал|признала|признало|признали", None, "correction",
                   ("",), subjects=MEDIA)
    out += [Probe(t, "correction") for t in (
        "В первоначальной версии статьи ошибочно указывалось, что сделка закрыта.", "В статье неверно указана дата.",
        "Материал исправлен.", "В текст внесены исправления.", "По нашей ошибке в подписи перепутаны фамилии.",
        "Статья была исправлена.")]
    return out


def correction_negatives() -> list[Probe]:
    return [Probe(t, None) for t in ("Курс акций скорректировался после отчёта.", "Рынок ушёл в коррекцию.",
                                     "Он отбывал срок в исправительной колонии.")]


def retraction() -> list[Probe]:
    out = crossed(("{S} {V} {O}.",), "удалил|удалила|удалило|удалили", None, "retraction",
                  ("статью", "материал", "публикацию", "пост", "видео"))
    out += crossed(("{S} {V} {O}.",), "отозвал|отозвала|отозвало|отозвали", None, "retraction",
                   ("статью", "публикацию"), subjects=MEDIA)
    out += crossed(("{S} {V} материал с публикации.",), "снял|сняла|сняло|сняли", None, "retraction", ("",),
                   subjects=MEDIA)
    out += [Probe(t, "retraction") for t in ("Статья была удалена.", "Материал удалён с сайта.",
                                             "Публикация снята с сайта.", "Видео было удалено.")]
    return out


def retraction_negatives() -> list[Probe]:
    return negatives(("{S} {DEMANDED} удалить статью.", "{S} {REFUSED} удалять пост."),
                     DEMANDED="потребовал|потребовала|потребовало|потребовали",
                     REFUSED="отказался|отказалась|отказалось|отказались")


def stands_by() -> list[Probe]:
    out = crossed(("{S} {V}, что не намерена удалять статью.",), "заявила|заявила|заявила|заявила", None,
                  "stands_by", ("",), subjects=(MEDIA[0], MEDIA[3]))
    out += [Probe(t, "stands_by") for t in (
        "Редакция настаивает на достоверности материала.", "Издание уверено в точности публикации.",
        "Редакция отстаивает свой материал.", "Газета не собирается удалять публикацию.")]
    return out


def legal_action() -> list[Probe]:
    out = crossed(("{S} {V} к изданию.", "{S} {V} против телеканала."), "подал иск|подала иск|подало иск|подали иск",
                  None, "legal_action", ("",))
    out += crossed(("{S} {V}.",), "обратился в суд|обратилась в суд|обратилось в суд|обратились в суд", None,
                   "legal_action", ("",))
    out += [Probe(t, "legal_action") for t in (
        "Суд оштрафовал редакцию на 50 тысяч рублей.", "Издание оштрафовали на 100 тысяч рублей.",
        "Против блогера возбудили уголовное дело.", "Прокуратура предъявила директору обвинение.",
        "Суд обязал компанию выплатить компенсацию.", "Роскомнадзор оштрафовал сайт.")]
    return out


def legal_action_negatives() -> list[Probe]:
    return negatives(("{S} {THREATENED} подать в суд.", "{S} не {FILED} иск."),
                     THREATENED="пригрозил|пригрозила|пригрозило|пригрозили",
                     FILED="подавал|подавала|подавало|подавали") + [
        Probe("Певица подаст в суд на телеканал.", None), Probe("Компания намерена подать иск.", None)]


def clarification() -> list[Probe]:
    return [Probe(t, "clarification") for t in ("Редакция уточняет, что сделка не закрыта.",
                                                "Мы уточняем, что цифры были предварительными.",
                                                "В материал внесено уточнение.")]


def update() -> list[Probe]:
    return [Probe(t, "update") for t in ("Обновлено в 14:00: полиция задержала подозреваемого.",
                                         "Новость дополнена комментарием пресс-службы.",
                                         "Министерство представило бюджет (дополнено)", "Материал обновлен.")]


def update_negatives() -> list[Probe]:
    return [Probe(t, None) for t in ("Обновлено: 12.03.2021", "Обновите приложение до последней версии.")]


def editors_note() -> list[Probe]:
    return [Probe(t, "editors_note") for t in ("Примечание редакции: имена изменены.",
                                               "От редакции: материал основан на документах суда.")]


GRID = {
    "apology": (apology, apology_negatives), "denial": (denial, denial_negatives),
    "correction": (correction, correction_negatives), "retraction": (retraction, retraction_negatives),
    "stands_by": (stands_by, list), "legal_action": (legal_action, legal_action_negatives),
    "clarification": (clarification, list), "update": (update, update_negatives), "editors_note": (editors_note, list),
}


HARD = {
    "apology": ("Хочу ещё раз принести извинения жителям.", "Прошу у вас прощения.",
                "Материал был удалён с извинениями.",
                "Прошу лично у вас прощения.", "Приносим извинения за допущенную оплошность."),
    "denial": ("Компания выступила с опровержением.", "«Это утка», — заявил пресс-секретарь.",
               "Представитель заявил, что иск не имеет под собой оснований.",
               "Эти утверждения не имеют под собой никаких оснований."),
    "stands_by": ("Редакция считает претензии к материалу необоснованными.",
                  "Редакция продолжит настойчиво придерживаться фактов."),
    "legal_action": ("Мосгорсуд обязал издание удалить статью.", "Арбитражный суд обязал компанию выплатить штраф.",
                     "Согласно решению суда, издание обязано удалить статью."),
    "correction": ("Материал был переписан.", "Мы допустили, к сожалению, серьёзную ошибку.",
                   "Приносим извинения за допущенную оплошность.",
                   "В статье сообщалось, что мост закрыт, но на самом деле он открыт."),
    "clarification": ("Позднее издание заменило статью, уточнив, что испытание ещё не началось.",),
}


def hard() -> list[Probe]:
    return [Probe(t, kind) for kind, lines in HARD.items() for t in lines]


HARD_NEGATIVES = (("По решению суда у издания может быть отозвана лицензия.", "legal_action"),
                  ("Блогер был наказан за фейковые новости.", "denial"))


def hard_negatives() -> list[Probe]:
    return [Probe(t, None, forbid=forbid) for t, forbid in HARD_NEGATIVES]
