"""Who acts (pure): whether the subject of an act is a publisher, for the rules only a newsroom can state
("clarified its story", "would not retract"): a newsroom's word, the page's outlet, a newspaper's name, or a "we"
that is the newsroom's own and not someone's quoted one.
"""

from __future__ import annotations

from monitor.detect.cancellers import _PREPOSITIONS, BOUNDARY, quoted
from monitor.detect.lemmas import Lemmas
from monitor.detect.wordsets import SETS

_MEDIA = set(SETS["MEDIA"].split("|"))
# Words a newspaper's or a broadcaster's name is made of: "The Daily Bugle", "the Evening Standard", "Sky News".
_MEDIA_NAMES = {"times", "post", "daily", "news", "herald", "tribune", "journal", "gazette", "chronicle", "telegraph",
                "mirror", "observer", "independent", "express", "standard", "courier", "inquirer", "examiner",
                "sentinel", "dispatch", "globe", "star", "sun", "mail", "record", "register", "bulletin", "review",
                "weekly", "magazine", "radio", "tv", "television", "broadcasting", "press", "media", "channel",
                "network", "newspaper", "gazeta", "вести", "новости", "газета", "правда", "известия", "ведомости"}


_RU_SAID = {"заявить", "заявлять", "сообщить", "сообщать", "сказать", "ответить", "отметить", "пояснить", "подчеркнуть",
            "подтвердить", "уверить", "заверить"}
_QUOTE_MARKS = {'"', "“", "«", "‘"}
_SUBORDINATE_OPENERS = {"after", "before", "when", "because", "since", "while", "until", "once", "although"}


def quoted_speaker_not_media(lem: Lemmas, first: int, before: list[str]) -> bool:
    """A quoted "we" whose speaker, named after the quotation, is no newsroom: '"We apologise for the error," a
    spokeswoman for the council said' (not '"... we stand by it," a Reuters spokesperson said')."""
    start = max(0, first - len(before))
    we = [t for t in lem.tokens[start:first] if t.lemma in ("we", "i", "мы")]
    if not we or not all(quoted(lem.text, t.start) for t in we):
        return False
    closing = max(lem.text.rfind("”"), lem.text.rfind('"'), lem.text.rfind("»"))
    if closing <= lem.tokens[first].start:
        return False
    rest = {t.lemma for t in lem.tokens if t.start > closing}
    return not rest & _MEDIA and not any(t.low in _MEDIA_NAMES for t in lem.tokens if t.start > closing)


_SAYING = {"say", "tell", "add", "write", "insist", "reply", "respond", "state", "заявить", "сказать", "написать",
           "добавить", "ответить", "сообщить", "подчеркнуть"}


def _said_after_quote(lem: Lemmas, first: int, outlet_words: frozenset[str]) -> bool:
    """Whether a quotation that opens the sentence with the act is followed by a publisher saying it: '"We stand by
    the story," the newspaper said', «"Опровергать не будем", — заявили в редакции»."""
    tokens = lem.tokens
    if not (first and tokens[0].text in _QUOTE_MARKS):
        return False
    close = next((i for i in range(first + 1, len(tokens)) if tokens[i].text in ('"', "”", "»", "’")), None)
    if close is None:
        return False
    after = [t.lemma for t in tokens[close + 1:close + 8] if t.lemma[:1].isalnum()]
    said = next((j for j, w in enumerate(after) if w in _SAYING), None)
    if said is None:
        return False
    speaker = set(after[:said] + after[said + 1:said + 4])
    return bool(speaker & (_MEDIA | outlet_words))


def media_subject(lem: Lemmas, first: int, before: list[str], outlet_words: frozenset[str]) -> bool:
    """Whether the clause before an act names a publisher: a newsroom's word ("the newspaper", "we"), the page's
    outlet, or a capitalised name made of a newspaper's words ("The Daily Bugle said it would not retract")."""
    start = max(0, first - len(before))
    if before[:1] in (["что"], ["that"]) and start > 1 and lem.tokens[start - 1].low == ",":
        # "Редакция заявила, что не намерена удалять статью": the subject is the reporting clause's
        opening = start - 1
        while opening > 0 and opening > start - 10 and lem.tokens[opening - 1].lemma not in BOUNDARY:
            opening -= 1
        before = [t.lemma for t in lem.tokens[opening:start - 1]] + before
        start = opening
    if start > 1 and lem.tokens[start - 1].text in _QUOTE_MARKS and (before[:1] == [] or before[0] != "that"):
        # 'The Times said it "stands by every word"': the quotation's speaker is the clause before its mark
        opening = start - 1
        while opening > 0 and opening > start - 10 and lem.tokens[opening - 1].lemma not in BOUNDARY:
            opening -= 1
        before = [t.lemma for t in lem.tokens[opening:start - 1]] + before
        start = opening
    if not before and _said_after_quote(lem, first, outlet_words):
        return True  # '"No retraction is needed," the newspaper said': the speaker named after the quotation
    cut = max((j for j, w in enumerate(before) if w in _SUBORDINATE_OPENERS), default=-1)
    if 0 <= cut < len(before) - 1:
        before = before[cut + 1:]  # "the network apologised after a graphic misidentified him": the graphic did it
    # a newsroom's word is the subject, not a preposition's object ("an article on newspapers and democracy")
    # ("В издании заявили, что ...": the outlet said, as Russian words it)
    subjects = {w for j, w in enumerate(before) if not (j and before[j - 1] in _PREPOSITIONS) or (
        before[j - 1] == "в" and before[j + 1:j + 2] and before[j + 1] in _RU_SAID)}
    if subjects & (_MEDIA | outlet_words):
        return True
    tokens = lem.tokens
    return any(tokens[i].text[:1].isupper() and tokens[i].low in _MEDIA_NAMES and not (
        i and tokens[i - 1].lemma in _PREPOSITIONS) for i in range(start, first))


_VERDICT_VERBS = {"say", "argue", "claim", "complain", "write", "charge", "contend", "allege", "insist", "believe"}


def others_verdict(lem: Lemmas, last: int) -> bool:
    """A piece called wrong by someone named after it who is no newsroom: "The report had the wrong focus, critics
    said" (a party's view, not the outlet's note; "... misstated the date, the newspaper said" is one)."""
    comma = next((i for i in range(last + 1, min(last + 7, len(lem.tokens))) if lem.tokens[i].text == ","), None)
    if comma is None:
        return False
    tail = [t for t in lem.tokens[comma + 1:] if t.lemma[:1].isalnum()]
    if not 1 < len(tail) <= 5:
        return False
    if tail[-1].lemma not in _VERDICT_VERBS and not (len(tail) > 2 and tail[0].lemma in _VERDICT_VERBS):
        return False
    words = {t.lemma for t in tail} | {t.low for t in tail}
    return not words & _MEDIA and not any(t.low in _MEDIA_NAMES for t in tail)
