"""Find the feed behind a URL: the URL itself when it is a feed, else the feeds its HTML page offers
(<link rel="alternate" type="application/rss+xml|atom+xml">), tried in the page's order."""

from __future__ import annotations

from dataclasses import dataclass

from monitor.collect.feeds import ParsedFeed, parse_feed
from monitor.collect.fetch import Fetcher
from monitor.errors import FeedError, FetchError, NotAFeedError


@dataclass(frozen=True)
class Discovered:
    url: str  # the feed's URL (after redirects)
    feed: ParsedFeed
    via: str = ""  # the page it was found on, when the given URL was a page


async def discover_feed(fetcher: Fetcher, url: str, *, max_candidates: int = 5) -> Discovered:
    """The feed at or behind `url`. Raises FetchError or FeedError (naming what was tried)."""
    got = await fetcher.fetch(url)
    try:
        return Discovered(got.url, parse_feed(got.body, url=got.url, content_type=got.headers.get("content-type", "")))
    except NotAFeedError as exc:
        candidates = exc.alternates[:max_candidates]
        if not candidates:
            raise FeedError(f"{url} is an HTML page that offers no feed (no <link rel=\"alternate\">)") from exc
    problems = []
    for candidate in candidates:
        try:
            found = await fetcher.fetch(candidate)
            parsed = parse_feed(found.body, url=found.url, content_type=found.headers.get("content-type", ""))
        except (FeedError, FetchError) as exc:  # a page may offer feeds the egress policy refuses, or dead ones
            problems.append(f"{candidate}: {exc}")
            continue
        return Discovered(found.url, parsed, via=got.url)
    raise FeedError(f"{url} offers feeds, but none could be used: " + "; ".join(problems))
