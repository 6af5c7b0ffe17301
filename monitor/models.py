"""Plain data shared by every stage: watches (from seeds), articles as collected, documents to judge, and events."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

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
    seed_text: str = ""
    seed_source: str = ""
    path: str = ""


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
