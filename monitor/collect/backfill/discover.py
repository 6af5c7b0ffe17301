"""Where a story's past coverage is found: the candidates a backfill reads.

Four kinds of task, planned in a fixed order (the cursor counts through them): the watch's origin articles
and the articles it already tracks; its news-search feeds asked for one window of days at a time; the archive
sitemaps of the outlets it names (indexes by month or year: only the sitemaps whose period meets the range
are read); and, per outlet domain, the archive's index of URLs captured in the range whose address names one
of the story's terms. The watch's prefilter (`monitor.collect.sitemaps.can_match`: a title, keywords or
address naming a query term) is applied before anything is fetched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from monitor.clock import iso, parse_iso
from monitor.collect.backfill.cdx import distinct_urls
from monitor.collect.backfill.pace import PoliteFetcher
from monitor.collect.backfill.wayback import Wayback
from monitor.collect.backfill.windows import dated_search, in_range, is_news_search, overlaps, sitemap_period, windows
from monitor.collect.feeds import parse_feed
from monitor.collect.sitemaps import SitemapEntry, can_match, parse_sitemap
from monitor.models import Watch
from monitor.sites import Sites

ORIGINS, NEWS_SEARCH, SITEMAP, CDX_PREFIX = "origins", "news-search", "sitemap", "cdx-prefix"
SEARCH_WINDOW_DAYS = 7  # a news search answers at most about 100 items: ask a week at a time
PREFIX_WINDOW_DAYS = 31


@dataclass(frozen=True)
class Task:
    kind: str
    url: str  # what is asked: a feed, a sitemap index, a domain ('' for the origins)
    start: date
    end: date
    source: str  # how errors name it

    @property
    def label(self) -> str:
        return f"{self.kind} {self.url}".strip()


@dataclass(frozen=True)
class Candidate:
    url: str
    found_by: str
    title: str = ""
    published: str | None = None

    def row(self) -> tuple[str, str, str, str | None]:
        return self.url, self.found_by, self.title, self.published


def plan(watch: Watch, sites: Sites, start: date, end: date) -> list[Task]:
    """The discovery tasks of a job, always in the same order (the cursor is an index into them)."""
    tasks = [Task(ORIGINS, "", start, end, "origins")]
    for source in watch.sources:
        if is_news_search(source.url):
            for first, last in windows(start, end, SEARCH_WINDOW_DAYS):
                tasks.append(Task(NEWS_SEARCH, dated_search(source.url, first, last), first, last,
                                  f"news search {source.name or source.url}"))
    outlets = {s.outlet for s in watch.sources if s.outlet} | {o.outlet for o in watch.origins}
    named = sites.named(outlets)
    for site in named:
        for index in site.archive_sitemaps:
            tasks.append(Task(SITEMAP, index, start, end, f"archive sitemap {index}"))
    for site in named:
        for domain in site.domains:
            for first, last in windows(start, end, PREFIX_WINDOW_DAYS):
                tasks.append(Task(CDX_PREFIX, domain, first, last, f"archive index of {domain}"))
    return tasks


def slug_terms(watch: Watch) -> list[str]:
    """The query's terms as they appear in addresses (lower case, words joined by hyphens), ASCII ones only."""
    terms = [t for group in watch.query.all_of for t in group] + list(watch.query.any_of)
    out: list[str] = []
    for term in terms:
        slug = re.sub(r"[^a-z0-9]+", "-", term.strip('"').casefold()).strip("-")
        if slug and slug.isascii() and len(slug) >= 3 and slug not in out:
            out.append(slug)
    return out


def url_filter(watch: Watch) -> str:
    """A regular expression over captured addresses naming one of the story's terms (the archive filters)."""
    terms = slug_terms(watch)
    return f".*({'|'.join(re.escape(t) for t in terms)}).*" if terms else ""


def _dated(when: datetime | None) -> str | None:
    return iso(when) if when is not None else None


async def news_search(http: PoliteFetcher, task: Task, watch: Watch) -> list[Candidate]:
    """A news search's answer for one window: its items dated in the window that can belong to the story."""
    fetched = await http.get(task.url)
    feed = parse_feed(fetched.body, url=fetched.url, content_type=fetched.headers.get("content-type", ""))
    found = []
    for entry in feed.entries:
        when = entry.published or entry.updated
        if when is not None and not in_range(when, task.start, task.end):
            continue  # a search that ignored the dates asked for
        if can_match(SitemapEntry(loc=entry.link, title=entry.title), [watch]):
            found.append(Candidate(entry.link, NEWS_SEARCH, entry.title, _dated(when)))
    return found


def _entry_in_range(entry: SitemapEntry, start: date, end: date, period: tuple[date, date] | None) -> bool:
    if entry.published:
        return in_range(parse_iso(entry.published), start, end)
    if period is not None and start <= period[0] and period[1] <= end:
        return True  # a month's sitemap inside the range: every page in it was published then
    when = entry.when
    return when is None or when.date() >= start  # a page modified before the range was not published in it


async def archive_sitemaps(http: PoliteFetcher, task: Task, watch: Watch) -> list[Candidate]:
    """An archive sitemap index's sitemaps that cover the range, and their pages in the range that can match."""
    fetched = await http.get(task.url)
    index = parse_sitemap(fetched.body)
    sitemaps: list[tuple[str, tuple[date, date] | None]] = [(task.url, None)] if index.kind == "urlset" else []
    for child in index.children:
        period = sitemap_period(child.loc)
        if period is not None and not overlaps(period, task.start, task.end):
            continue
        if period is None and child.when is not None and child.when.date() < task.start:
            continue
        sitemaps.append((child.loc, period))
    found = []
    for loc, period in sitemaps:
        body = fetched.body if loc == task.url else (await http.get(loc)).body
        for entry in parse_sitemap(body).entries:
            if _entry_in_range(entry, task.start, task.end, period) and can_match(entry, [watch]):
                found.append(Candidate(entry.loc, SITEMAP, entry.title, entry.published))
    return found


async def site_index(wayback: Wayback, task: Task, watch: Watch, resume_key: str) -> tuple[list[Candidate], str]:
    """One page of the archive's URLs under a domain in the window whose address names the story's terms."""
    page = await wayback.site_urls(task.url, task.start, task.end, url_filter=url_filter(watch),
                                   resume_key=resume_key)
    found = []
    for capture in distinct_urls(page.captures):
        if can_match(SitemapEntry(loc=capture.url), [watch]):
            found.append(Candidate(capture.url, CDX_PREFIX, "", None))
    return found, page.resume_key
