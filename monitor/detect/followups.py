"""Follow-up detection (pure): find corrections, apologies, denials and the rest in a document, with evidence.

A cheap prefilter (`prefilter`: one Aho-Corasick pass for the words any rule or heading needs) picks the sentences worth
reading; those are read as lemmas and frames (`frames`), and headings and wire notes in their fixed forms
(`headings`). The page decides too: a corrections policy or an ethics page states no follow-up, and a
corrections column makes its plain lines corrections (`context`). Each event names its actor and target
(`parties`), quotes its sentence as evidence, and carries a confidence calibrated on labelled real text
(`confidence`). Given an earlier version of the article, only sentences the new version adds are read, and a
changed paragraph is quoted before and after.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Literal

from monitor.detect import context, coreference, entries, headings, news_senses, parties, prefilter, publishers, skim
from monitor.detect.actors import speaker_of, statement_owner, subject
from monitor.detect.claimants import legal_actor, paid, undergoes
from monitor.detect.confidence import calibrate
from monitor.detect.embeds import PAGE_MARKS, embedded
from monitor.detect.frames import Reading, may_match, read
from monitor.detect.learned import Model, features, shipped
from monitor.detect.lemmas import Lemmas, lemma_set
from monitor.detect.lemmas import read as lemmatise
from monitor.detect.parties import KNOWN_NAMES, canonical, first_known, in_quote, starts_with_pronoun, target
from monitor.detect.revisions import changed_paragraphs
from monitor.detect.sentences import plain, spans
from monitor.detect.spoken_for import spoken_for
from monitor.detect.unsaid import unsaid
from monitor.models import KINDS, REVISION_KINDS, Doc, Event

_MAX_EVIDENCE = 600
# A weaker reading the stronger one of the same sentence absorbs: "updated to correct" is a correction.
_ABSORBS = {"correction": {"update"}, "clarification": {"update"}, "retraction": {"update"}}
_CONTRAST = re.compile(r",\s*not\b|\bnever\b|\bnot (?:the|a|an|in|on|at|as|his|her|its|their)\b|\bwas not\b"
                       r"|\bwere not\b|\bне (?:был\w*|в|на|из|с|тот|та|то|те)\b|\bа не\b|,\s*не\b"
                       r"|\bas (?:initially|originally|previously|first) (?:stated|reported|published|said|suggested)"
                       r"|\bonly threatened\b", re.IGNORECASE)
_AMENDED = re.compile(r"\bamended\b.{0,60}?\bto (clarify|make|include|add|incorporate|reflect (?:a|an|the) (?:response"
                      r"|comment|statement)|note (?:a|an|the) (?:response|comment|statement))", re.IGNORECASE)
_NOTE_CONTENT = re.compile(r"\bto (?:reflect|make (?:it )?clear|clarify|show|note|include|say) that\b", re.IGNORECASE)
_MENTION = re.compile(r"^\W*(?:that|this|the|such) (?:phrase|line|statement|quote|sentence|mantra|refrain|formula"
                      r"|response|boilerplate|words?|expression|cliche|cliché)\b(?!\s+(?:said|says|add))", re.I)
_FROM = re.compile(r"\bapolog\w*[\"'”’]?\s+from\s+(?:the\s+)?([A-ZА-ЯЁ][\w&.'’-]*(?:\s+[A-ZА-ЯЁ][\w&.'’-]*){0,3})")
_ACCEPTED = re.compile(r"\b(?:accept|welcom|acknowledg)\w*\s+(?:the\s+|an?\s+)?(?:(?P<by>[A-ZА-ЯЁ][\w&.'’-]*"
                       r"(?:\s+[A-ZА-ЯЁ][\w&.'’-]*){0,3})['’]s?\s+)?(?:\w+\s+){0,2}apolog")


def _clip(sentence: str) -> str:
    sentence = " ".join(sentence.split())
    return sentence if len(sentence) <= _MAX_EVIDENCE else sentence[: _MAX_EVIDENCE - 1].rstrip() + "…"


_PAYER = {"pay", "settle", "fine", "penalty", "agree", "damages", "штраф", "оштрафовать", "оштрафован",
          "оштрафованный", "выплатить", "заплатить", "обязанный", "наказанный", "reach", "in"}


# Acts whose subject pays (not "X fined Y", "X reached a settlement", where the subject may be the authority).
_PAYS = {"pay", "settle", "agree", "выплатить", "заплатить", "обязанный"}


def _who(sentence: str, reading: Reading, outlet: str, speaker: str, following: str) -> str:
    """The actor of one reading: the outlet (or a statement's author) for its own notes, else the subject."""
    if reading.voice == "accepted":
        by = _ACCEPTED.search(sentence) or _FROM.search(sentence)
        name = (by.group(1) if by.re is _FROM else by.group("by")) if by else ""
        return canonical(re.sub(r"['’]s?$", "", name or "").strip())
    if reading.kind == "legal_action":
        who = legal_actor(sentence, reading.start, reading.end, reading.anchor in _PAYER)
        if who or reading.anchor in _PAYS or paid(sentence, reading.start) or undergoes(sentence, reading.start):
            return who  # "RRD agreed to pay $2 million to settle the charges": the payer is no doer of the fine
    if reading.kind == "stands_by":
        named = _PUBLISHER.search(sentence[:reading.start])
        if named:
            return canonical(named.group(0))  # "BBC director general Mark Thompson defended ...": the publisher
    if reading.voice == "stance":
        return speaker_of(sentence, reading.start, outlet, speaker, following)  # who calls the claim false
    who = spoken_for(sentence, reading.start, subject(sentence, reading.start, outlet, speaker, following))
    if reading.kind == "legal_action" and who == (speaker or outlet) and not coreference.first_person(sentence):
        return ""  # «Решение суда оставлено без изменения»: a court the sentence does not name, never the page
    if reading.voice == "note" and who not in KNOWN_NAMES and who != outlet and not _is_media(who, sentence):
        return speaker or outlet  # "some of those lines were misleading": the outlet's own note
    if len(who.split()) > 5:
        return ""  # a headline fragment or a clause is never an actor
    return who


_MEDIA_WORDS = {"newspaper", "paper", "magazine", "broadcaster", "network", "channel", "station", "newsroom",
                "agency", "tabloid", "outlet", "publication", "times", "post", "news", "tv", "radio", "journal",
                "publisher", "publishers", "editor", "editors", "website", "daily", "weekly", "gazette", "herald",
                "tribune", "chronicle", "programme", "редакция", "издание", "газета", "журнал", "телеканал",
                "агентство"}
_MEDIA_NAMES = {"Reuters", "Bloomberg", "Associated Press", "The New York Times", "The Times", "The Guardian",
                "The Wall Street Journal", "Financial Times", "CoinDesk", "Cointelegraph", "The Block", "Decrypt",
                "BBC", "CNN", "Forbes", "Meduza", "Kommersant", "RBC", "Vedomosti", "TASS", "Interfax", "AFP",
                "The Washington Post", "CNBC", "Axios", "Politico", "The Information", "Fortune", "Al Jazeera",
                "Aljazeera", "Sky News", "NPR", "PBS", "ABC", "CBS", "NBC", "Fox News", "RT", "Deutsche Welle",
                "France 24", "Channel 4", "ITV", "Euronews", "The Economist", "Newsweek", "Time", "BuzzFeed News",
                "The Intercept", "ProPublica", "60 Minutes", "Panorama", "Dispatches", "Новая газета", "Медуза",
                "Коммерсант", "РБК", "Ведомости", "ТАСС", "Интерфакс", "Фонтанка", "Дождь", "Эхо Москвы"}


_PUBLISHER = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in sorted(_MEDIA_NAMES, key=len, reverse=True))
                        + r")(?!\w)")
_DID_NOT_RETRACT = re.compile(r"\b(?:did|have|has|had)\s*(?:not|n['’]t|never)\s+(?:\w+\s+){0,2}?(?:retract|withdr[ae]w|"
                              r"unpublish|back\s?track|take\s+\w+\s+down|pull)", re.IGNORECASE)


# a newsroom denying someone else's story about it ("NBC denied the story yesterday") is not defending its own work
_DENIES_A_STORY = re.compile(r"\b(?:den(?:y|ies|ied|ying)|reject\w*|refut\w*|disput\w*)\s+(?:the|a|this|that|these"
                             r"|those)\s+(?:[\w-]+\s+){0,2}?(?:story|stories|report|reports|article|articles)\b"
                             # «назвало публикацию клеветой», «опровергло статью»: another's piece (not «свою»)
                             r"|\b(?:опроверг\w*|отверг\w*|назва\w*|называ\w*)\s+(?!сво)(?:[\w-]+\s+){0,2}?"
                             r"(?:публикаци|стать|материал|сообщени|новост|репортаж|сюжет)\w*", re.IGNORECASE)
# what a newsroom's denial must be about to defend its work ("The BBC denied it had lost a bidding war" is not)
_JOURNALISM = re.compile(r"\b(?:report\w*|stor(?:y|ies)|articles?|coverage|journalis\w+|broadcasts?|programmes?"
                         r"|documentar\w+|pieces?|claims?|allegations?|accusations?|complaints?|criticism|bias\w*"
                         r"|inaccura\w+|претензи\w+|обвинени\w+|материал\w*|стать\w+|публикаци\w+)\b", re.IGNORECASE)
_NEWSROOM_HEADS = {"руководство", "редакция", "редакции", "главред", "главный"}
_NEWSROOM = re.compile(r"^\W*(?:(?:руководство|главный редактор|главред)\s+)?(?:редакци\w*|the editors|our newsroom"
                       r"|the newsroom)\b", re.IGNORECASE)


def _is_media(actor: str, sentence: str, outlet: str = "") -> bool:
    """Whether an actor the sentence names is a news organisation: a known one, or a name or phrase with a
    newsroom's word in it."""
    if (actor == outlet or not actor or actor.split()[0].casefold() in _NEWSROOM_HEADS) and _NEWSROOM.search(
            sentence[:80]):
        return True  # "Редакция считает претензии необоснованными", "The editors reject ...": the page's newsroom
    at = sentence.casefold().find(actor.casefold()) if actor else -1
    if at < 0 or at > 60:
        return False  # the newsroom opens the sentence as its subject, not a name further on
    if actor in _MEDIA_NAMES:
        return True
    words = {w.casefold().strip("'’.,«»\"") for w in actor.split()}
    return bool(words & _MEDIA_WORDS)


def _sentence_events(sentence: str, outlet: str, title: bool, following: str, speaker: str = "",
                     model: Model | None = None, marked: bool = True, quick: bool = True,
                     ruled: bool | None = None) -> dict[str, Event]:
    """Every follow-up one sentence states, at most one per kind (the strongest); `model`, when given, adds the
    kinds its words make likely enough and drops readings they make unlikely. Without a model, a sentence whose
    words fill no rule's slots is not read as tokens and frames (`quick`; the prefilter's oracle turns it off)."""
    found: dict[str, Event] = {}
    if ruled is None:
        ruled = model is not None or not quick or may_match(lemma_set(sentence))
    if not (ruled or marked):
        return found  # no heading and no rule can be here
    fixed: set[str] = set()  # kinds stated by a heading or a wire note, which no reading absorbs
    clipped = _clip(sentence)

    def add(kind: str, who: str, whom: str, strength: float, source: str) -> None:
        confidence = calibrate(kind, source, strength)
        if kind not in found or confidence > found[kind].confidence:
            found[kind] = headings.kept(found, fixed, kind, clipped, who, whom, confidence, source)
        if source in headings.SOURCES:
            fixed.add(kind)

    head = headings.heading(sentence) if marked else None
    # Under a "Clarification" heading, "an earlier version did not make clear" clarifies; under "Correction" it
    # corrects: the heading names the note's kind.
    sibling = {"correction": "clarification", "clarification": "correction"}.get(head[0]) if head else None
    if head and not (head[2] > 0 and in_quote(sentence, 0)):
        inner = headings.tags(sentence[head[2]:]) if head[0] == "update" else []
        for kind, strength in inner or [(head[0], head[1])]:
            add(kind, outlet, "", strength, "heading")  # "UPDATE (Aug. 12): Corrects the date" is a correction
    for kind in headings.only_labels(sentence) if marked else ():
        add(kind, outlet, "", 0.9, "heading")  # "A correction and an apology": the line names its notes
    for kind, strength in headings.tags(sentence) if marked else ():
        add(kind, outlet, "", strength, "tag" if title and headings.wire_tag(sentence) else "heading")
    cancelled: list[tuple[str, str]] = []
    matched = skim.matching(sentence) if ruled and model is None else None  # the rules to try (None: all allowed)
    lem = lemmatise(sentence) if ruled and (matched is None or matched) else None
    readings = read(lem, outlet, cancelled, matched) if lem is not None else []
    if any(not r.aside for r in readings):
        # "stands by its reporting, after amending a detail": an act in a time phrase is the news's background
        readings = [r for r in readings if not r.aside]
    notes = {r.kind for r in readings if r.voice == "note"}
    stances = {r.kind for r in readings if r.voice == "stance"}
    ranked: dict[str, list[tuple[float, int, Reading]]] = {}  # each kind's readings, strongest first
    for order, reading in enumerate(readings):
        if reading.voice == "note" and reading.start > 0 and in_quote(sentence, reading.start) and not title and not (
                _NOTE_QUOTED.search(sentence[:reading.start]) or parties.quoted_whole(sentence)):
            continue  # a note quoted in someone's sentence (not one it says is a note, "this note:", nor quoted whole)
        if reading.voice == "note" and reading.kind == sibling or unsaid(plain(sentence), reading, speaker, following):
            continue  # "Some of the comments are defamatory": a verdict no one here gives
        strength = calibrate(reading.kind, "title" if title else reading.voice, reading.strength)
        ranked.setdefault(reading.kind, []).append((-strength, order, reading))
    for kind, candidates in ranked.items():
        top = min(candidates, key=lambda c: c[:2])[2]  # "X welcomed the apology": the apology welcomed is not X's
        candidates.sort(key=lambda c: (not (c[2].voice == "accepted" and c[2].start <= top.start < c[2].end), *c[:2]))
        reading = candidates[0][2]
        who = _who(plain(sentence), reading, outlet, speaker, following)
        for _, _, other in candidates[1:3] if reading.voice != "accepted" else ():
            if who or other.strength < reading.strength:
                break
            # "issued an apology for ...": where the strongest rule's words name no doer, an equally strong one may
            who = _who(plain(sentence), other, outlet, speaker, following)
        whom = target(kind, sentence, reading.start, reading.end, who)
        add(kind, who, whom, reading.strength, "title" if title else reading.voice)
    purpose = _AMENDED.search(sentence) if "correction" in found and "correction" not in fixed else None
    if purpose:
        # "amended to clarify ..." is a clarification, "amended to include a response" an update
        del found["correction"]
        add("clarification" if purpose.group(1).casefold() in ("clarify", "make") else "update", outlet, "", 0.9,
            "note")
    if found.keys() & {"correction", "clarification", "update", "editors_note"} and found.keys() & {
            "denial", "stands_by", "legal_action"} and _NOTE_CONTENT.search(sentence):
        for kind in ("denial", "stands_by", "legal_action"):
            found.pop(kind, None)  # "amended to reflect that Binance denies ...": the note's content, not news
    if "clarification" in found and "correction" not in found and _CONTRAST.search(sentence):
        add("correction", found["clarification"].actor, "", 0.8, "note")  # "we wish to make clear X was not Y"
    for strong, weak in _ABSORBS.items():
        if strong in found:
            for kind in (weak & found.keys()) - fixed:
                if found[kind].confidence <= found[strong].confidence + 0.1:
                    del found[kind]
    if "denial" in found and "correction" in found and "correction" in notes and "denial" in stances:
        del found["denial"]  # "an article in our October edition contained a statement that is misleading"
    if "stands_by" in found and "denial" not in found and "refusal" in {r.voice for r in readings} and (
            _DID_NOT_RETRACT.search(sentence)):
        # "We did not retract or backtrack on our story": the outlet denies a claim that it retracted
        found["denial"] = replace(found["stands_by"], kind="denial", confidence=calibrate("denial", "newsroom", 0.8),
                                  basis="newsroom")
    if "denial" in found and "stands_by" not in found and _is_media(found["denial"].actor, sentence, outlet) and (
            not _DENIES_A_STORY.search(sentence)) and _JOURNALISM.search(sentence) and news_senses.own(sentence, found):
        # a newsroom rejecting claims about its own journalism stands by it
        denial = found["denial"]
        found["stands_by"] = replace(denial, kind="stands_by", confidence=calibrate("stands_by", "newsroom", 0.8),
                                     basis="newsroom")
    if model is not None and lem is not None:
        _second_stage(model, lem, readings, cancelled, found, fixed, add, outlet, speaker, following)
    if found.keys() & {"stands_by", "denial", "apology"} and (_MENTION.match(following)
                                                              or news_senses.names_a_quote(sentence)):
        for kind in ("stands_by", "denial", "apology"):
            found.pop(kind, None)  # "'We stand by our reporting.' That phrase is a go-to ...": quoted, not said
    return found


def _second_stage(model: Model, lem: Lemmas, readings: list[Reading], cancelled: list[tuple[str, str]],
                  found: dict[str, Event], fixed: set[str], add: Callable[[str, str, str, float, str], None],
                  outlet: str, speaker: str, following: str) -> None:
    """The learned stage's say: add what the words make likely, drop readings they make unlikely (never a
    heading's or a wire tag's)."""
    probs = model.probabilities(features(lem, readings, cancelled, fixed))
    for k, kind in enumerate(model.kinds):
        p = probs[kind]
        if kind in found and kind not in fixed and p < model.veto[k]:
            del found[kind]
        elif kind not in found and p >= model.add[k]:
            at = lem.tokens[model.strongest(kind, lem)].start if lem.tokens else 0
            who = subject(lem.text, at, outlet, speaker, following)
            add(kind, who if len(who.split()) <= 5 else "", target(kind, lem.text, at, at, who), p, "model")


def _same_doer(one: str, other: str) -> bool:
    """Whether two names of an act's doer name the same one: equal, or one within the other ("Regulator",
    "Lithuanian regulator")."""
    a, b = one.casefold(), other.casefold()
    return bool(a and b) and (a in b or b in a)


def _headline_keeps(event: Event, body: str, outlet: str) -> bool:
    """Whether an act read in the headline belongs to the text under it.

    A wire tag ("CORRECTED-", "UPDATE 2-") is the outlet's own mark on the story and always counts. Otherwise a
    headline restates its story: its act counts when there is no body, or when the body speaks of the same
    actor; a headline whose actor the text never names is about another part of the page.
    """
    if not body.strip():
        return True
    if event.actor == outlet or not (event.actor or event.kind == "legal_action"):
        return False  # (a legal act's headline with no doer: the one it befell must be in the text)
    return publishers.named_in(event.actor or publishers.befallen(event.evidence), body)


def _contrast_note(previous: str, sentence: str, outlet: str, previous_words: set[str] | None = None) -> Event | None:
    """A correction told as what a piece said and then what is so (`entries.told_entry`): the entry is its
    evidence."""
    told = entries.told_entry(previous, sentence, previous_words)
    if not told:
        return None
    return Event("correction", _clip(told), outlet, "", calibrate("correction", "column", 0.8), basis="column")


# A sentence about the claim just told: «Это не так», "That is not true".
_WHAT_IS_SO = re.compile(r"\W*(?:это|этот|эти|данная|данное|that|this|it)\b", re.IGNORECASE)
_RULE_LINE = re.compile(r"\b(?:should|must|will|shall|may|policy|does not include|do not include|we aim|we strive"
                        r"|is to|are to)\b|^\W*(?:when|if|whenever)\b", re.IGNORECASE)
# What introduces a note quoted whole: 'included this note: "An earlier version ..."'.
_NOTE_QUOTED = re.compile(r"\b(?:note|notice|correction|clarification|editor['’]?s note|addendum|reads|read)\s*:?\s*"
                          r"[\"“«‘']\s*$", re.IGNORECASE)


def _column(doc: Doc, cuts: list[tuple[int, int]], seen_before: set[str]) -> list[Event]:
    """A corrections column's plain lines: a contrast ("in fact", "not", "should have") makes each a notice."""
    for a, b in cuts[1 if doc.title else 0:]:
        sentence = doc.text[a:b]
        if _RULE_LINE.search(sentence):
            continue  # "When a story is wrong, it should be corrected": a page about corrections, not one
        if " ".join(sentence.split()) not in seen_before and context.COLUMN_CUE.search(sentence):
            kind = "clarification" if context.UNCLEAR.search(sentence) else "correction"
            return [Event(kind, _clip(sentence), doc.outlet, "", calibrate(kind, "column", 0.75), basis="column")]
    return []


def detect(doc: Doc, previous: Doc | None = None, *, every_sentence: bool = False,
           model: Model | Literal["shipped"] | None = "shipped") -> list[Event]:
    """The follow-up events `doc` states, in text order, one per kind and actor.

    With `previous` (an earlier version of the same article), only sentences that the new version adds are
    read, so a note carried over from an earlier version is not announced again; a note that a revision adds
    carries the paragraph it changed, before and after. A silent edit (no note) is not an event: outlets
    fix typos all day, and subscribers must trust every alert. `every_sentence` reads sentences the prefilter
    would skip (the results are the same; tests compare them). `model` is the learned second stage: the shipped
    one, another (training tools), or None for the rules alone; it reads only the prefilter's sentences.
    """
    stage = shipped() if model == "shipped" else model
    text = doc.text
    page = context.page(doc.title, text)
    if page.policy:
        return []
    seen_before = {" ".join(s.split()) for s in previous.text.split("\n")} if previous else set()
    if previous:
        seen_before |= {" ".join(previous.text[a:b].split()) for a, b in spans(previous.text)}
    title_end = len(doc.title)
    headline_actors: dict[str, str] = {}
    speaker = statement_owner(doc.title)
    events: list[Event] = []
    taken: dict[tuple[str, str], int] = {}
    cuts = page.kept(text, spans(text))
    title_clip = _clip(doc.title)
    before_words: set[str] | None = None  # the previous sentence's lemmas, where the gate below read them
    noted = -2  # the last sentence that holds the outlet's own correction
    for index, (a, b) in enumerate(cuts):
        sentence = text[a:b]
        before = text[cuts[index - 1][0]:cuts[index - 1][1]] if index else ""
        if stage is None and not every_sentence:
            # the rules' own gate (the lemmas fill some rule's slots) is exact; a heading may stand without it
            marked = prefilter.marked(sentence)
            lemmas = lemma_set(sentence)
            ruled: bool | None = may_match(lemmas)
            candidate, words = bool(ruled), lemmas
        else:
            (candidate, marked), ruled = prefilter.scan(sentence), None
            words = None
        contrast = _contrast_note(before, sentence, doc.outlet, before_words)
        before_words = words
        if not (every_sentence or page.column or candidate or marked or contrast):
            continue
        if seen_before and " ".join(sentence.split()) in seen_before:
            continue
        following = text[cuts[index + 1][0]:cuts[index + 1][1]] if index + 1 < len(cuts) else ""
        in_title = bool(title_end) and a < title_end
        # Reading every sentence (the prefilter's oracle in tests) reads headings and tags everywhere too.
        found = _sentence_events(sentence, doc.outlet, in_title, following, speaker, stage if candidate else None,
                                 marked or every_sentence, not every_sentence, ruled)
        found = {k: e for k, e in found.items() if k not in PAGE_MARKS or not embedded(text, a)}  # a post's "UPDATE:"
        if contrast and "correction" not in found:
            found["correction"] = contrast
        if "denial" in found and noted == index - 1 and _WHAT_IS_SO.match(sentence):
            # «В статье говорилось, что ... . Это не соответствует действительности.»: the outlet's note goes on to
            # say what is so; it denies nothing
            del found["denial"]
        if "correction" in found and found["correction"].actor in ("", doc.outlet):
            noted = index
        if in_title:
            headline_actors = {k: e.actor for k, e in found.items() if e.actor and e.actor != doc.outlet}
            if "legal_action" in found and found["legal_action"].target:
                headline_actors[coreference.SUED] = found["legal_action"].target
            # A wire tag ("CORRECTED-", "UPDATE 2-") or "Update: <topic>" marks the story; any other headline restates
            # its text (a page headed "Editor's Note" may hold an apology): its acts count where the text backs them.
            tagged = headings.title_kinds(sentence)
            found = {k: e for k, e in found.items() if e.kind in tagged
                     or _headline_keeps(e, text[title_end:], doc.outlet)}
        org = first_known(before) if found and index and starts_with_pronoun(sentence) else ""
        referent = coreference.previous_subject(before, sentence) if found and index else ""
        quotation = bool(found) and not in_title and coreference.open_quotation(text[title_end:b])
        for event in sorted(found.values(), key=lambda e: KINDS.index(e.kind)):
            actor = event.actor
            if referent and coreference.stands_for(actor, event.kind, sentence):
                actor = referent  # "Acme was contacted. It denied the report.": the one the sentence before names
            elif org and actor != doc.outlet:
                actor = org
            elif not in_title:
                # "«Фонбет» был оштрафован", a quoted "We apologise" under "Acme apologises": the headline names who
                actor = coreference.resolve(actor, event.kind, set(found), sentence, doc.outlet, headline_actors,
                                            doc.title, before, text[b:b + 300], quotation, text[:a])
            actor = coreference.tidy(actor)
            if actor != event.actor:
                event = replace(event, actor=actor)
            key = (event.kind, event.actor)
            if key not in taken:
                taken[key] = len(events)
                events.append(event)
            elif event.confidence > events[taken[key]].confidence or (
                    not in_title and events[taken[key]].evidence == title_clip):
                # the body's own note says more than the headline that restates it: it is the evidence
                old = events[taken[key]]
                events[taken[key]] = replace(event, confidence=max(event.confidence, old.confidence))
    headline = [e for e in events if e.evidence == title_clip] if doc.title else []
    body = [e for e in events if e not in headline]
    # a headline restates its story: last, and not at all where the text tells the same act of the same doer
    # ("Regulator fines exchange" over "The Lithuanian regulator fined ...")
    events = body + [e for e in headline if not any(b.kind == e.kind and _same_doer(b.actor, e.actor) for b in body)]
    if not events and page.column:
        events = _column(doc, cuts, seen_before)
    if previous is None or not events:
        return events
    changes = changed_paragraphs(previous.text, doc.text, {e.evidence for e in events})
    if not changes:
        return events
    before, after = changes[0]
    return [replace(e, before=before, after=after)
            if e.kind in REVISION_KINDS else e
            for e in events]
