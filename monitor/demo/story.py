"""The demo's script (pure): load monitor/demo/story.toml, validate it, and say what the site shows at each stage.

The story is data: outlets, articles, revisions and stages. `published_at(story, n)` gives every article as
the site shows it after stage n (revisions applied), which the site renders and the demo narrates.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from monitor.errors import ConfigError

FORMATS = ("arc", "wordpress", "news-search")


def default_story_path() -> Path:
    return Path(__file__).resolve().parent / "story.toml"


@dataclass(frozen=True)
class Outlet:
    key: str
    name: str
    format: str
    feed: str
    home: str
    utc_offset: str = "+0000"
    sitemap: str = ""
    sitemap_index: str = ""


@dataclass(frozen=True)
class Article:
    id: str
    outlet: str
    path: str
    title: str
    published: datetime
    summary: str
    paragraphs: tuple[str, ...]
    authors: tuple[str, ...] = ()
    section: str = ""
    updated: datetime | None = None
    revision: str = ""  # the id of the revision it shows, if any


@dataclass(frozen=True)
class Revision:
    id: str
    of: str
    updated: datetime
    prepend: str = ""
    append: str = ""
    edits: tuple[tuple[str, str], ...] = ()  # (old words, new words) replaced in the paragraphs


@dataclass(frozen=True)
class Stage:
    date: date
    headline: str
    publish: tuple[str, ...]


@dataclass(frozen=True)
class Story:
    watch: str
    crawl: tuple[str, ...]
    outlets: tuple[Outlet, ...]
    articles: tuple[Article, ...]
    revisions: tuple[Revision, ...]
    stages: tuple[Stage, ...]

    def outlet(self, key: str) -> Outlet:
        return next(o for o in self.outlets if o.key == key)


def _paragraphs(text: str) -> tuple[str, ...]:
    return tuple(" ".join(block.split()) for block in text.split("\n\n") if block.strip())


def _utc(value: Any, where: str) -> datetime:
    if not isinstance(value, datetime):
        raise ConfigError(f"{where}: expected a date-time such as 2022-04-22T10:00:00Z, got {value!r}")
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _take(table: dict[str, Any], where: str, required: set[str], optional: set[str]) -> dict[str, Any]:
    unknown = set(table) - required - optional
    if unknown:
        raise ConfigError(f"{where}: unknown key {sorted(unknown)[0]!r}")
    missing = required - set(table)
    if missing:
        raise ConfigError(f"{where}: missing key {sorted(missing)[0]!r}")
    return table


def load_story(path: Path | None = None, *, seed_text: Callable[[str], str] | None = None) -> Story:
    """Read and check the script. `seed_text(watch)` fills articles that say `body_from = "seed_article"`."""
    path = path or default_story_path()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the demo story: {exc}") from exc
    _take(data, str(path), {"watch", "outlets", "articles", "stages"}, {"crawl", "revisions"})
    outlets = []
    for i, o in enumerate(data["outlets"]):
        _take(o, f"{path}: outlets[{i}]", {"key", "name", "format", "feed", "home"},
              {"utc_offset", "sitemap", "sitemap_index"})
        if o["format"] not in FORMATS:
            raise ConfigError(f"{path}: outlets[{i}].format must be one of {', '.join(FORMATS)}")
        outlets.append(Outlet(**o))
    keys = {o.key for o in outlets}
    articles = []
    for i, a in enumerate(data["articles"]):
        where = f"{path}: articles[{i}]"
        _take(a, where, {"id", "outlet", "path", "title", "published", "summary"},
              {"authors", "section", "body", "body_from"})
        if a["outlet"] not in keys:
            raise ConfigError(f"{where}: unknown outlet {a['outlet']!r}")
        if a.get("body_from", "") not in ("", "seed_article"):
            raise ConfigError(f"{where}: body_from can only be 'seed_article'")
        body = a.get("body", "")
        if a.get("body_from") == "seed_article":
            body = seed_text(data["watch"]) if seed_text else ""
        if not body.strip():
            raise ConfigError(f"{where}: the article has no body")
        articles.append(Article(id=a["id"], outlet=a["outlet"], path=a["path"], title=a["title"],
                                published=_utc(a["published"], where), summary=a["summary"],
                                paragraphs=_paragraphs(body), authors=tuple(a.get("authors", ())),
                                section=a.get("section", "")))
    ids = {a.id for a in articles}
    revisions = []
    for i, r in enumerate(data.get("revisions", [])):
        where = f"{path}: revisions[{i}]"
        _take(r, where, {"id", "of", "updated"}, {"prepend", "append", "edits"})
        edits = r.get("edits", [])
        if not all(isinstance(e, list) and len(e) == 2 and all(isinstance(w, str) for w in e) for e in edits):
            raise ConfigError(f"{where}: edits must be a list of [old, new] pairs of strings")
        if r["of"] not in ids:
            raise ConfigError(f"{where}: revises unknown article {r['of']!r}")
        revisions.append(Revision(id=r["id"], of=r["of"], updated=_utc(r["updated"], where),
                                  prepend=r.get("prepend", ""), append=r.get("append", ""),
                                  edits=tuple((old, new) for old, new in edits)))
    known = ids | {r.id for r in revisions}
    stages = []
    for i, s in enumerate(data["stages"]):
        _take(s, f"{path}: stages[{i}]", {"date", "headline", "publish"}, set())
        for item in s["publish"]:
            if item not in known:
                raise ConfigError(f"{path}: stages[{i}] publishes unknown article or revision {item!r}")
        stages.append(Stage(date=s["date"], headline=s["headline"], publish=tuple(s["publish"])))
    return Story(watch=data["watch"], crawl=tuple(data.get("crawl", ())), outlets=tuple(outlets),
                 articles=tuple(articles), revisions=tuple(revisions), stages=tuple(stages))


def _revise(article: Article, revision: Revision) -> Article:
    paragraphs = article.paragraphs
    for old, new in revision.edits:
        if not any(old in p for p in paragraphs):
            raise ConfigError(f"revision {revision.id}: {old!r} is not in {article.id}")
        paragraphs = tuple(p.replace(old, new) for p in paragraphs)
    if revision.prepend:
        paragraphs = (revision.prepend, *paragraphs)
    if revision.append:
        paragraphs = (*paragraphs, revision.append)
    return replace(article, paragraphs=paragraphs, updated=revision.updated, revision=revision.id)


def published_at(story: Story, stage: int) -> dict[str, Article]:
    """Every article the site shows after stages 0..stage (inclusive), by article id, revisions applied."""
    by_id = {a.id: a for a in story.articles}
    revisions = {r.id: r for r in story.revisions}
    shown: dict[str, Article] = {}
    for s in story.stages[: stage + 1]:
        for item in s.publish:
            if item in by_id:
                shown[item] = by_id[item]
            else:
                revision = revisions[item]
                shown[revision.of] = _revise(shown.get(revision.of, by_id[revision.of]), revision)
    return shown
