"""Plain data shared by every stage: watches (from seeds), articles as collected, documents to judge, and events."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime

from monitor.errors import FilterError
from monitor.text import clean_text, clean_url

# The fixed vocabulary of follow-up kinds, in the order alerts list them.
KINDS: tuple[str, ...] = (
    "correction",
    "apology",
    "retraction",
    "clarification",
    "update",
    "editors_note",
    "denial",
    "stands_by",
    "legal_action",
)

# The same in Russian (the bot's and the operators' channels' second language).
KIND_LABELS_RU: dict[str, str] = {
    "correction": "ИСПРАВЛЕНИЕ", "apology": "ИЗВИНЕНИЕ", "retraction": "ОТЗЫВ СТАТЬИ", "clarification": "УТОЧНЕНИЕ",
    "update": "ОБНОВЛЕНИЕ", "editors_note": "ПРИМЕЧАНИЕ РЕДАКЦИИ", "denial": "ОПРОВЕРЖЕНИЕ",
    "stands_by": "НАСТАИВАЕТ НА СВОЁМ", "legal_action": "СУДЕБНЫЙ ИСК",
}

# The kinds that tell of a change to the article itself: an alert of one quotes what the revision changed.
REVISION_KINDS = frozenset({"correction", "clarification", "update", "editors_note", "retraction"})

# How an alert labels each kind.
KIND_LABELS: dict[str, str] = {
    "correction": "CORRECTION",
    "apology": "APOLOGY",
    "retraction": "RETRACTION",
    "clarification": "CLARIFICATION",
    "update": "UPDATE",
    "editors_note": "EDITOR'S NOTE",
    "denial": "DENIAL",
    "stands_by": "STANDS BY",
    "legal_action": "LEGAL ACTION",
}


@dataclass(frozen=True)
class Near:
    """Two sets of terms that must occur close together: in one sentence (within=0) or within N words."""

    left: tuple[str, ...]
    right: tuple[str, ...]
    within: int = 0


@dataclass(frozen=True)
class Query:
    """A watch's boolean query.

    all_of: groups of alternatives; every group must be present (Binance | Бинанс).
    any_of: at least one of these must be present, when the list is not empty...
    near: ...or at least one of these proximity clauses holds (any_of and near are alternatives).
    none_of: none of these may be present.
    Terms are case-insensitive word prefixes ("russia" also finds "Russian"); a term with a space is a phrase;
    a term in double quotes ('"fsb"') must end where a word ends. Aliases are already expanded into the terms.
    """

    all_of: tuple[tuple[str, ...], ...] = ()
    any_of: tuple[str, ...] = ()
    none_of: tuple[str, ...] = ()
    near: tuple[Near, ...] = ()


@dataclass(frozen=True)
class Origin:
    """An article that started or shaped the story (the report, the company's response)."""

    role: str
    outlet: str
    title: str
    url: str
    published: date | None = None
    authors: tuple[str, ...] = ()


@dataclass(frozen=True)
class SourceSpec:
    """Somewhere to look for coverage: a feed to poll or a sitemap to crawl."""

    url: str
    name: str = ""
    outlet: str = ""
    type: str = "rss"


@dataclass(frozen=True)
class Watch:
    """A story to follow, loaded from one seeds/*.toml file."""

    name: str
    title: str
    description: str = ""
    started: date | None = None
    query: Query = field(default_factory=Query)
    origins: tuple[Origin, ...] = ()
    sources: tuple[SourceSpec, ...] = ()
    alert_kinds: frozenset[str] = frozenset(KINDS)
    min_confidence: float = 0.0  # an event alerts only at this confidence or above ...
    kind_confidence: tuple[tuple[str, float], ...] = ()  # ... or, for these kinds, at their own
    seed_text: str = ""
    seed_source: str = ""
    path: str = ""


    def threshold(self, kind: str) -> float:
        """The confidence an event of `kind` needs to alert (events below it are archived and shown, silently)."""
        return dict(self.kind_confidence).get(kind, self.min_confidence)

@dataclass(frozen=True)
class Doc:
    """One article's text as the matcher and the detector see it."""

    url: str = ""
    outlet: str = ""
    title: str = ""
    summary: str = ""
    body: str = ""
    published: datetime | None = None
    language: str = ""

    @property
    def text(self) -> str:
        return "\n".join(part for part in (self.title, self.summary, self.body) if part)


@dataclass(frozen=True)
class Match:
    """A watch found relevant to a document, with the reason in words."""

    watch: str
    reason: str


@dataclass(frozen=True)
class Event:
    """A follow-up found in a document: what kind, who did it, to whom, and the sentence that says so."""

    kind: str
    evidence: str
    actor: str = ""
    target: str = ""
    confidence: float = 1.0
    # From a revision: the paragraph as it read before and as it reads now (empty when not from a revision).
    before: str = ""
    after: str = ""
    # What read it ("heading", "tag", "note", "act", "stance", "title", "column", ...): its confidence's basis.
    basis: str = ""


@dataclass(frozen=True)
class Assessment:
    """What the pure core says about a text (monitor.detect.assess): plain data, made in the poller's parser
    processes and read by its writer, which so needs neither the matcher nor the detectors to unpickle it."""

    matches: tuple[Match, ...] = ()
    events: tuple[Event, ...] = ()


@dataclass(frozen=True)
class ArticleFields:
    """What a feed entry or a crawled page says about an article, as the archive stores it."""

    url: str  # canonical
    link: str
    title: str = ""
    summary: str = ""
    body: str = ""
    guid: str = ""
    outlet: str = ""
    authors: str = ""
    language: str = ""
    published: str | None = None
    updated: str | None = None

    def cleaned(self) -> ArticleFields:
        """The fields as they are stored: no control characters or bidi overrides (monitor/text.py). The link,
        which is shown, has them percent-encoded; the keys (the canonical URL, the GUID) are never shown and stay
        as they were, so an article keeps its identity."""
        return replace(self, link=clean_url(self.link), title=clean_text(self.title),
                       summary=clean_text(self.summary), body=clean_text(self.body), outlet=clean_text(self.outlet),
                       authors=clean_text(self.authors), language=clean_text(self.language))


@dataclass(frozen=True)
class AlertFilter:
    """What one subscription narrows a watch's alerts to. None: no narrowing on that axis.

    Filters narrow, never widen: the watch's `alert_kinds` and `min_confidence` are applied first (by the
    event's writer); an event then alerts this subscription when its kind is among `kinds`, its article's outlet
    among `outlets` (compared casefolded) and its confidence at least `min_confidence`.
    """

    kinds: frozenset[str] | None = None
    outlets: tuple[str, ...] | None = None
    min_confidence: float | None = None

    @property
    def narrows(self) -> bool:
        return self.kinds is not None or self.outlets is not None or self.min_confidence is not None

    def admits(self, kind: str, outlet: str, confidence: float) -> bool:
        if self.kinds is not None and kind not in self.kinds:
            return False
        if self.outlets is not None and outlet.strip().casefold() not in {o.casefold() for o in self.outlets}:
            return False
        return self.min_confidence is None or confidence >= self.min_confidence


MAX_OUTLETS = 20


def _items(text: str) -> list[str]:
    return [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]


def parse_kinds(text: str, allowed: frozenset[str] | set[str] = frozenset(KINDS)) -> frozenset[str]:
    """'correction,retraction' -> those kinds; any kind not in `allowed` (the watch's alert kinds) is refused
    with the list of valid ones, since it could never alert."""
    kinds = [k.casefold().replace("-", "_").replace(" ", "_") for k in _items(text)]
    valid = [k for k in KINDS if k in allowed]
    bad = [k for k in kinds if k not in allowed]
    if not kinds or bad:
        shown = "" if not bad else bad[0] if len(bad[0]) <= 40 else bad[0][:39] + "\u2026"  # echoed: kept short
        what = f"unknown kind {shown!r}" if bad else "no kind given"
        raise FilterError(f"{what}: valid kinds are {', '.join(valid)}", key="unknown_kind" if bad else "no_kind",
                          kind=shown if bad else "", valid=", ".join(valid))
    return frozenset(kinds)


def parse_outlets(text: str) -> tuple[str, ...]:
    """'Reuters, Bloomberg' -> ('Reuters', 'Bloomberg'): at most 20 names of at most 100 characters."""
    outlets = tuple(dict.fromkeys(" ".join(o.split()) for o in _items(text)))
    if not outlets:
        raise FilterError("no outlet given: name them separated by commas, for example Reuters,Bloomberg",
                          key="no_outlet")
    if len(outlets) > MAX_OUTLETS or any(len(o) > 100 for o in outlets):
        raise FilterError(f"at most {MAX_OUTLETS} outlets of at most 100 characters each", key="many_outlets",
                          most=str(MAX_OUTLETS))
    return outlets


def parse_confidence(text: str) -> float:
    """'0.8' (or '80%') -> 0.8; valid values are numbers from 0 to 1."""
    raw = text.strip()
    try:
        value = float(raw[:-1]) / 100 if raw.endswith("%") else float(raw)
    except ValueError:
        value = -1.0
    if not 0.0 <= value <= 1.0:
        raise FilterError("confidence must be a number from 0 to 1, for example 0.8", key="confidence")
    return value
