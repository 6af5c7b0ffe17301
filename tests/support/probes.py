"""A generated probe grid for follow-up detection: each kind's canonical frames crossed with the variations any
reader takes in stride (who acts, tense and aspect, adverbs, what the act is about, where the attribution sits,
headlines, Russian counterparts), and next to them the negatives the corpus README names, generated the same way.

The sentences are made up here from small word lists; none is quoted from anywhere. A probe is
(text, kind, actor): `kind` None means the text states no follow-up at all; `actor`, when given, must be found
(case-insensitively, either way round) in the actor the event names.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import cycle

OUTLET = "The Example Times"


@dataclass(frozen=True)
class Probe:
    text: str
    kind: str | None  # the kind it must state; None: a negative
    actor: str | None = None
    title: bool = False  # the text is a headline (no body)
    forbid: str | None = None  # a negative that must not state this kind (None: no kind at all)


@dataclass(frozen=True)
class Subject:
    text: str  # as a sentence's subject
    plural: bool
    actor: str | None  # who the event must name (None: not checked)
    object: str  # as an object ("from Acme Corp", "for him to")
    possessive: str  # its / his / her / their / our

    @property
    def inner(self) -> str:
        """The subject inside a sentence ("will the Daily Bugle", "if we")."""
        lead = self.text.split()[0]
        return self.text[:1].lower() + self.text[1:] if lead in ("The", "We", "He", "She", "They", "A") else self.text


SUBJECTS = (
    Subject("Acme Corp", False, "Acme Corp", "Acme Corp", "its"),
    Subject("Jane Doe", False, "Jane Doe", "Jane Doe", "her"),
    Subject("The Daily Bugle", False, "Daily Bugle", "the Daily Bugle", "its"),
    Subject("The ministry", False, "ministry", "the ministry", "its"),
    Subject("We", True, OUTLET, "us", "our"),
    Subject("He", False, None, "him", "his"),
    Subject("She", False, None, "her", "her"),
    Subject("They", True, None, "them", "their"),
    Subject("A spokesperson for Acme Corp", False, "Acme Corp", "a spokesperson for Acme Corp", "its"),
    Subject("John Smith, the mayor,", False, "John Smith", "John Smith", "his"),
)
# Publishers only: standing by, correcting, clarifying and updating are an outlet's acts.
MEDIA = (
    Subject("The Daily Bugle", False, "Daily Bugle", "the Daily Bugle", "its"),
    Subject("We", True, OUTLET, "us", "our"),
    Subject("The newspaper", False, None, "the newspaper", "its"),
    Subject("The broadcaster", False, None, "the broadcaster", "its"),
    Subject("The magazine", False, None, "the magazine", "its"),
    Subject("Channel Nine", False, "Channel Nine", "Channel Nine", "its"),
)
ADVERBS = ("", "firmly ", "strongly ", "again ", "publicly ", "later ", "swiftly ")
WHEN = ("", " on Monday", " in a statement", " on Tuesday", " late on Friday", " this week")


def _cycle(values: tuple[str, ...]) -> cycle[str]:
    return cycle(values)


def conjugate(verb: tuple[str, str, str, str], subject: Subject, tense: str, adverb: str) -> str:
    """A verb (3sg, past, participle, -ing) in one tense for one subject, with an adverb where English puts it."""
    third, past, participle, ing = verb
    base = third[:-3] + "y" if third.endswith("ies") else third[:-2] if third.endswith(("shes", "ches", "sses")) \
        else third[:-1]
    have, be = ("have", "are") if subject.plural else ("has", "is")
    if subject.text == "We":
        be = "are"
    return {
        "present": f"{adverb}{base if subject.plural else third}",
        "past": f"{adverb}{past}",
        "perfect": f"{have} {adverb}{participle}",
        "progressive": f"{be} {adverb}{ing}",
        "since": f"{have} since {participle}",
    }[tense]


TENSES = ("present", "past", "perfect", "progressive", "since")


def crossed(frames: tuple[str, ...], verb: tuple[str, str, str, str], kind: str, objects: tuple[str, ...],
            subjects: tuple[Subject, ...] = SUBJECTS, tenses: tuple[str, ...] = TENSES) -> list[Probe]:
    """Every frame for every subject and tense; objects, adverbs and time phrases cycle through the grid."""
    out = []
    obj, adv, when = _cycle(objects), _cycle(ADVERBS), _cycle(WHEN)
    for frame in frames:
        for tense in tenses:
            for s in subjects:
                v = conjugate(verb, s, tense, next(adv))
                text = frame.format(S=s.text, V=v, O=next(obj).replace("{P}", s.possessive), W=next(when))
                out.append(Probe(text[:1].upper() + text[1:], kind, s.actor))
    return out


def negatives(frames: tuple[str, ...], objects: tuple[str, ...] = ("",), subjects: tuple[Subject, ...] = SUBJECTS,
              forbid: str | None = None) -> list[Probe]:
    """Negative frames for every subject ({S} subject, {s} inside a sentence, {B} object form, {P} possessive,
    {O} what it is about, {BE}/{DO}/{HAVE} agreeing with the subject)."""
    out = []
    obj = _cycle(objects)
    for frame in frames:
        for s in subjects:
            be, do, have = ("are", "do", "have") if s.plural else ("is", "does", "has")
            text = frame.format(S=s.text, s=s.inner, B=s.object, P=s.possessive, BE=be, DO=do, HAVE=have,
                                O=next(obj).replace("{P}", s.possessive))
            out.append(Probe(text[:1].upper() + text[1:], None, forbid=forbid))
    return out


_CURLY = str.maketrans({"'": "’"})


def typographic(probes: list[Probe]) -> list[Probe]:
    """Every fourth probe again as published text often sets it: curly apostrophes and quotation marks, and a
    headline in title case."""
    out = []
    for probe in probes[::4]:
        text = probe.text.translate(_CURLY)
        parts = text.split('"')
        text = "".join(p + ("“" if i % 2 == 0 else "”") for i, p in enumerate(parts[:-1])) + parts[-1]
        if probe.title:
            text = " ".join(w[:1].upper() + w[1:] for w in text.split())
        if text != probe.text:
            out.append(Probe(text, probe.kind, probe.actor, probe.title, probe.forbid))
    return out
