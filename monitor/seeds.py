"""Load and validate story watches from seeds/*.toml.

Validation is strict: an unknown key, a wrong type or a missing required key raises SeedError naming the
file and the key, so an operator's typo never silently drops a source or a query term.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from monitor.errors import SeedError
from monitor.models import KINDS, Near, Origin, Query, SourceSpec, Watch

SOURCE_TYPES = ("rss", "sitemap", "page")
_TOP_KEYS = {"title", "description", "started", "query", "origins", "sources", "alert_kinds", "min_confidence",
             "seed_article"}


# A watch's name is its file's stem and travels in commands, Telegram buttons (64 bytes of callback data) and URLs.
SLUG = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])?")
SLUG_RULE = "lower-case letters, digits and hyphens, at most 48 characters, starting and ending with a letter or digit"


def shipped_seeds_dir() -> Path:
    """The watches shipped inside the package (package data, present in every install)."""
    return Path(__file__).resolve().parent / "shipped" / "seeds"


def default_seeds_dir(cwd: Path | None = None) -> Path:
    """`./seeds` when that folder exists (the operator's own watches), else the shipped ones."""
    local = (cwd or Path.cwd()) / "seeds"
    return local if local.is_dir() else shipped_seeds_dir()


def check_slug(name: str, where: str = "") -> str:
    """`name` when it is a valid watch name; SeedError otherwise."""
    if not SLUG.fullmatch(name):
        raise SeedError(f"{where or name}: watch names are slugs ({SLUG_RULE}): {name!r} is not one")
    return name


@dataclass(frozen=True)
class Loaded:
    """A seeds folder as read: the valid watches, and the files skipped with their error."""

    watches: list[Watch]
    errors: dict[str, str] = field(default_factory=dict)  # watch name (the file's stem) -> why it was skipped

    @property
    def names(self) -> set[str]:
        return {w.name for w in self.watches}


def load_folder(directory: Path) -> Loaded:
    """Every *.toml in `directory`: the valid ones, and each invalid one's error (one broken file never stops
    the others). Raises SeedError only when the folder itself is missing."""
    if not directory.is_dir():
        raise SeedError(f"{directory}: seeds folder not found")
    watches, errors = [], {}
    for path in sorted(directory.glob("*.toml")):
        try:
            watches.append(load_watch(path))
        except SeedError as exc:
            errors[path.stem] = str(exc)
    return Loaded(watches, errors)


def load_watches(directory: Path) -> list[Watch]:
    """Every *.toml in `directory`, validated, sorted by name. Raises SeedError on the first bad file."""
    loaded = load_folder(directory)
    if loaded.errors:
        raise SeedError(next(iter(loaded.errors.values())))
    return loaded.watches


def folder_signature(directory: Path) -> tuple[object, ...]:
    """What changes when a watch file is added, removed or edited: the folder's and the files' mtimes and sizes."""
    try:
        entries = [(p.name, st.st_mtime_ns, st.st_size) for p in sorted(directory.glob("*.toml"))
                   if (st := p.stat())]
        return (directory.stat().st_mtime_ns, tuple(entries))
    except OSError:
        return ("missing",)


class WatchFolder:
    """A seeds folder kept current: `current()` reloads it when its files changed (or after `invalidate()`,
    which a SIGHUP handler calls), so a long-running process follows edits without a restart."""

    def __init__(self, directory: Path):
        self.directory = directory
        self._signature: tuple[object, ...] | None = None
        self._loaded = Loaded([])

    def invalidate(self) -> None:
        self._signature = None

    def changed(self) -> bool:
        return self._signature != folder_signature(self.directory)

    def current(self) -> Loaded:
        signature = folder_signature(self.directory)
        if signature != self._signature:
            self._loaded = load_folder(self.directory)
            self._signature = signature
        return self._loaded


def load_watch(path: Path) -> Watch:
    """One watch file; its name is the file's stem."""
    check_slug(path.stem, str(path))
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise SeedError(f"{path}: cannot read: {exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise SeedError(f"{path}: not valid TOML: {exc}") from exc
    except RecursionError:
        raise SeedError(f"{path}: not valid TOML: nested too deeply") from None
    return parse_watch(path.stem, data, str(path))


def parse_watch(name: str, data: dict[str, Any], where: str) -> Watch:
    """Validate a parsed TOML document into a Watch; `where` names the file in errors."""
    v = _Validator(where)
    v.keys(data, _TOP_KEYS, "")
    title = v.req(data, "title", str, "")
    query = _query(v, v.opt(data, "query", dict, "", {}))
    origins = tuple(_origin(v, o, f"origins[{i}]") for i, o in enumerate(v.opt(data, "origins", list, "", [])))
    sources = tuple(_source(v, s, f"sources[{i}]") for i, s in enumerate(v.opt(data, "sources", list, "", [])))
    kinds = v.str_list(data, "alert_kinds", "", list(KINDS))
    for kind in kinds:
        if kind not in KINDS:
            raise SeedError(f"{where}: key 'alert_kinds': unknown kind {kind!r} (known: {', '.join(KINDS)})")
    min_confidence, kind_confidence = _confidence(v, data.get("min_confidence", 0.0))
    seed = v.opt(data, "seed_article", dict, "", {})
    v.keys(seed, {"source", "text"}, "seed_article")
    if not (query.all_of or query.any_of or query.near):
        raise SeedError(f"{where}: key 'query': needs at least one of 'all_of', 'any_of' or 'near'")
    return Watch(
        name=name,
        title=title,
        description=v.opt(data, "description", str, "", ""),
        started=v.opt(data, "started", date, "", None),
        query=query,
        origins=origins,
        sources=sources,
        alert_kinds=frozenset(kinds),
        min_confidence=min_confidence,
        kind_confidence=kind_confidence,
        seed_text=v.opt(seed, "text", str, "seed_article", ""),
        seed_source=v.opt(seed, "source", str, "seed_article", ""),
        path=where,
    )


def _query(v: _Validator, q: dict[str, Any]) -> Query:
    v.keys(q, {"all_of", "any_of", "none_of", "near", "aliases"}, "query")
    aliases = _aliases(v, v.opt(q, "aliases", dict, "query", {}))

    def expand(terms: list[str]) -> tuple[str, ...]:
        out: list[str] = []
        for term in terms:
            for t in (term, *aliases.get(term.strip('"').casefold(), ())):
                if t not in out:
                    out.append(t)
        return tuple(out)

    groups = v.opt(q, "all_of", list, "query", [])
    all_of: list[tuple[str, ...]] = []
    for i, group in enumerate(groups):
        terms = [group] if isinstance(group, str) else group
        if not isinstance(terms, list) or not terms or not all(isinstance(t, str) and t.strip() for t in terms):
            raise SeedError(f"{v.where}: key 'query.all_of[{i}]': expected a term or a list of terms")
        all_of.append(expand([t.strip() for t in terms]))
    near: list[Near] = []
    for i, clause in enumerate(v.opt(q, "near", list, "query", [])):
        at = f"query.near[{i}]"
        if not isinstance(clause, dict):
            raise SeedError(f"{v.where}: key '{at}': expected a table")
        v.keys(clause, {"left", "right", "within", "sentence"}, at)
        within = v.opt(clause, "within", int, at, 0, check=_non_negative)
        if v.opt(clause, "sentence", bool, at, within == 0) and "within" in clause:
            raise SeedError(f"{v.where}: key '{at}.within': give either 'within' (words) or 'sentence = true'")
        left, right = v.req(clause, "left", list, at), v.req(clause, "right", list, at)
        for side, terms in (("left", left), ("right", right)):
            if not terms or not all(isinstance(t, str) and t.strip() for t in terms):
                raise SeedError(f"{v.where}: key '{at}.{side}': expected a non-empty list of terms")
        near.append(Near(expand([t.strip() for t in left]), expand([t.strip() for t in right]), within))
    return Query(
        all_of=tuple(all_of),
        any_of=expand(v.str_list(q, "any_of", "query", [])),
        none_of=expand(v.str_list(q, "none_of", "query", [])),
        near=tuple(near),
    )


def _aliases(v: _Validator, table: dict[str, Any]) -> dict[str, tuple[str, ...]]:
    """`[query.aliases] binance = ["Бинанс"]`: wherever the term binance appears, its aliases count too."""
    out: dict[str, tuple[str, ...]] = {}
    for name, spellings in table.items():
        if not isinstance(spellings, list) or not spellings or not all(
            isinstance(t, str) and t.strip() for t in spellings
        ):
            raise SeedError(f"{v.where}: key 'query.aliases.{name}': expected a non-empty list of terms")
        out[name.strip('"').casefold()] = tuple(t.strip() for t in spellings)
    return out


def _confidence(v: _Validator, value: Any) -> tuple[float, tuple[tuple[str, float], ...]]:
    """`min_confidence = 0.7` (every kind), or a table of kinds with an optional `default`:
    `[min_confidence]` `default = 0.5` `denial = 0.8`."""
    def number(x: Any, key: str) -> float:
        if isinstance(x, bool) or not isinstance(x, int | float) or not 0.0 <= x <= 1.0:
            raise SeedError(f"{v.where}: key '{key}': expected a number from 0 to 1, got {x!r}")
        return float(x)

    if not isinstance(value, dict):
        return number(value, "min_confidence"), ()
    unknown = sorted(set(value) - set(KINDS) - {"default"})
    if unknown:
        raise SeedError(f"{v.where}: key 'min_confidence.{unknown[0]}': not a kind "
                        f"(known: default, {', '.join(KINDS)})")
    per_kind = tuple((k, number(x, f"min_confidence.{k}")) for k, x in value.items() if k != "default")
    return number(value.get("default", 0.0), "min_confidence.default"), per_kind


def _non_negative(value: int) -> str | None:
    return None if value >= 0 else "expected a number of words, 0 or more"


def _origin(v: _Validator, o: Any, at: str) -> Origin:
    if not isinstance(o, dict):
        raise SeedError(f"{v.where}: key '{at}': expected a table")
    v.keys(o, {"role", "outlet", "title", "url", "published", "authors"}, at)
    return Origin(
        role=v.opt(o, "role", str, at, "report"),
        outlet=v.req(o, "outlet", str, at),
        title=v.req(o, "title", str, at),
        url=v.req(o, "url", str, at, check=_is_http),
        published=v.opt(o, "published", date, at, None),
        authors=tuple(v.str_list(o, "authors", at, [])),
    )


def _source(v: _Validator, s: Any, at: str) -> SourceSpec:
    if not isinstance(s, dict):
        raise SeedError(f"{v.where}: key '{at}': expected a table")
    v.keys(s, {"name", "url", "outlet", "type"}, at)
    kind = v.opt(s, "type", str, at, "rss")
    if kind not in SOURCE_TYPES:
        raise SeedError(f"{v.where}: key '{at}.type': {kind!r} is not one of {', '.join(SOURCE_TYPES)}")
    return SourceSpec(
        url=v.req(s, "url", str, at, check=_is_http),
        name=v.opt(s, "name", str, at, ""),
        outlet=v.opt(s, "outlet", str, at, ""),
        type=kind,
    )


def _is_http(value: str) -> str | None:
    return None if value.startswith(("http://", "https://")) else "expected an http(s) URL"


class _Validator:
    """Small helpers that raise SeedError with the file and the dotted key."""

    def __init__(self, where: str):
        self.where = where

    def _key(self, at: str, key: str) -> str:
        return f"{at}.{key}" if at else key

    def keys(self, data: dict[str, Any], allowed: set[str], at: str) -> None:
        for key in data:
            if key not in allowed:
                raise SeedError(
                    f"{self.where}: key '{self._key(at, key)}': unknown key (allowed: {', '.join(sorted(allowed))})"
                )

    def req(self, data: dict[str, Any], key: str, typ: type, at: str,
            check: Callable[[Any], str | None] | None = None) -> Any:
        if key not in data:
            raise SeedError(f"{self.where}: key '{self._key(at, key)}': required")
        return self.opt(data, key, typ, at, None, check)

    def opt(self, data: dict[str, Any], key: str, typ: type, at: str, default: Any,
            check: Callable[[Any], str | None] | None = None) -> Any:
        if key not in data:
            return default
        value = data[key]
        # TOML datetimes are dates too; a date key accepts only a plain date.
        if not isinstance(value, typ) or (typ is date and type(value) is not date) or isinstance(value, bool) != (
            typ is bool
        ):
            raise SeedError(
                f"{self.where}: key '{self._key(at, key)}': expected {typ.__name__}, got {type(value).__name__}"
            )
        problem = check(value) if check else None
        if problem:
            raise SeedError(f"{self.where}: key '{self._key(at, key)}': {problem}: {value!r}")
        return value

    def str_list(self, data: dict[str, Any], key: str, at: str, default: list[str]) -> list[str]:
        value = self.opt(data, key, list, at, default)
        if not all(isinstance(item, str) and item.strip() for item in value):
            raise SeedError(f"{self.where}: key '{self._key(at, key)}': expected a list of non-empty strings")
        return [item.strip() for item in value]
