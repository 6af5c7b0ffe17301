"""Site knowledge as data: per-outlet hints for the spiders, from seeds/sites/*.toml, validated on load.

A site names its domains and may give the selectors of its correction box, its news sitemaps and feeds, and
its archive sitemaps (indexes of sitemaps by month or year, which a backfill reads for past coverage), and
the query parameters that are tracking on its URLs (`tracking_params`) or that identify its pages although the
global list calls them tracking (`page_params`). Nothing about one outlet lives in code; a new outlet is a few
lines of TOML.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from monitor.errors import SeedError
from monitor.urls import DEFAULT_RULES, UrlRules

_KEYS = {"name", "domains", "note_selectors", "sitemaps", "feeds", "archive_sitemaps", "tracking_params",
         "page_params"}


@dataclass(frozen=True)
class Site:
    name: str
    domains: tuple[str, ...]
    note_selectors: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    feeds: tuple[str, ...] = ()
    archive_sitemaps: tuple[str, ...] = ()
    tracking_params: tuple[str, ...] = ()  # lower-cased
    page_params: tuple[str, ...] = ()


@dataclass(frozen=True)
class Sites:
    sites: tuple[Site, ...] = ()

    def url_rules(self) -> UrlRules:
        """The sites' own tracking parameters and exemptions, for monitor.urls."""
        drop = tuple((d, frozenset(s.tracking_params)) for s in self.sites if s.tracking_params for d in s.domains)
        keep = tuple((d, frozenset(s.page_params)) for s in self.sites if s.page_params for d in s.domains)
        return UrlRules(drop=drop, keep=keep) if drop or keep else DEFAULT_RULES

    def for_url(self, url: str) -> Site | None:
        """The site whose domain (or a parent domain of it) serves `url`."""
        host = (urlsplit(url).hostname or "").lower()
        for site in self.sites:
            if any(host == d or host.endswith("." + d) for d in site.domains):
                return site
        return None

    def named(self, names: set[str]) -> list[Site]:
        lowered = {n.casefold() for n in names}
        return [s for s in self.sites if s.name.casefold() in lowered]


def load_sites(seeds_dir: Path) -> Sites:
    """Every seeds_dir/sites/*.toml (none is fine). Raises SeedError naming the file and key."""
    folder = seeds_dir / "sites"
    if not folder.is_dir():
        return Sites()
    found: list[Site] = []
    for path in sorted(folder.glob("*.toml")):
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise SeedError(f"{path}: cannot read: {exc}") from exc
        except RecursionError:
            raise SeedError(f"{path}: not valid TOML: nested too deeply") from None
        unknown = set(data) - {"site"}
        if unknown:
            raise SeedError(f"{path}: key {sorted(unknown)[0]!r}: unknown key (allowed: site)")
        entries = data.get("site", [])
        if not isinstance(entries, list):
            raise SeedError(f"{path}: key 'site': expected an array of tables ([[site]])")
        found.extend(parse_site(entry, f"{path}: site[{i}]") for i, entry in enumerate(entries))
    return Sites(tuple(found))


def _strings(entry: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = entry.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise SeedError(f"{where}: key '{key}': expected a list of non-empty strings")
    return tuple(v.strip() for v in value)


def _check_selectors(selectors: tuple[str, ...], where: str) -> None:
    # cssselect (lxml's CSS) is loaded only for a site that has selectors: the poller reads this file too.
    from cssselect import GenericTranslator, SelectorError

    for selector in selectors:
        try:
            GenericTranslator().css_to_xpath(selector)
        except SelectorError as exc:
            raise SeedError(f"{where}: key 'note_selectors': {selector!r} is not a CSS selector: {exc}") from exc


def parse_site(entry: Any, where: str) -> Site:
    if not isinstance(entry, dict):
        raise SeedError(f"{where}: expected a table")
    for key in entry:
        if key not in _KEYS:
            raise SeedError(f"{where}: key {key!r}: unknown key (allowed: {', '.join(sorted(_KEYS))})")
    name = entry.get("name")
    if not isinstance(name, str) or not name.strip():
        raise SeedError(f"{where}: key 'name': required, a non-empty string")
    domains = tuple(d.lower().removeprefix("www.") for d in _strings(entry, "domains", where))
    if not domains:
        raise SeedError(f"{where}: key 'domains': required, at least one domain")
    selectors = _strings(entry, "note_selectors", where)
    if selectors:
        _check_selectors(selectors, where)
    urls = {key: _strings(entry, key, where) for key in ("sitemaps", "feeds", "archive_sitemaps")}
    for key, values in urls.items():
        for url in values:
            if not url.startswith(("http://", "https://")):
                raise SeedError(f"{where}: key '{key}': expected an http(s) URL: {url!r}")
    params = {key: tuple(p.lower() for p in _strings(entry, key, where)) for key in ("tracking_params", "page_params")}
    return Site(name=name.strip(), domains=domains, note_selectors=selectors, sitemaps=urls["sitemaps"],
                feeds=urls["feeds"], archive_sitemaps=urls["archive_sitemaps"], **params)
