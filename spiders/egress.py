"""The egress policy (monitor/egress.py) in Scrapy's downloader, for every spider and every request: start
URLs, sitemap entries, redirects, meta refreshes and robots.txt alike.

Two places, because Twisted connects to an IPv4 address in a URL without asking the resolver:
- `PolicyResolver` (DNS_RESOLVER) checks the address every name resolves to, at connect time: a name that
  resolves to an internal address (or does so only the second time: DNS rebinding) connects nowhere;
- `EgressMiddleware` (a downloader middleware, first in line) refuses a URL whose scheme is not http(s) or whose
  host is an address the policy refuses (in any spelling: 127.0.0.2, 2130706434, [::ffff:127.0.0.2]), and looks
  a name up once per crawl to say why, since Twisted reports a refusal at connect time as a failed lookup.
A refusal is an `EgressRefused` (an IgnoreRequest: never retried), which `PageSpider.failed` records with its
reason. Scrapy's data, ftp and s3 handlers are off, and its file handler reads only `scrapy check`'s corpus
(settings.py, contracts.py). Through an HTTP proxy the proxy resolves
names: the policy then sees only the URL's own host.
"""

from __future__ import annotations

import asyncio
import logging
import socket
from collections.abc import Sequence
from typing import Any
from urllib.parse import urlsplit

from scrapy import Request
from scrapy.exceptions import IgnoreRequest
from scrapy.resolver import CachingThreadedResolver
from scrapy.settings import BaseSettings
from twisted.internet.defer import Deferred
from twisted.internet.error import DNSLookupError

from monitor.egress import ENV, Egress, numeric_host
from monitor.errors import EgressError

from .contracts import is_corpus_file

log = logging.getLogger(__name__)


class EgressRefused(IgnoreRequest):
    """The egress policy refused a request; the message says why ("refused: 10.0.0.5 is a private address")."""


def egress_from_settings(settings: BaseSettings) -> Egress:
    """The policy from the STORYWATCH_ALLOW_NETWORKS setting (from the environment by default; a malformed
    entry stops the crawl, named)."""
    return Egress.from_text(settings.get("STORYWATCH_ALLOW_NETWORKS") or "", where=ENV)


class ResolvedToRefused(DNSLookupError):
    """A name resolved only to addresses the policy refuses: to Twisted, a lookup with no usable answer."""


class EgressMiddleware:
    def __init__(self, egress: Egress, stats: Any):
        self.egress = egress
        self.stats = stats
        self._names: dict[str, str | None] = {}  # host -> why it is refused (None: it is not), for this crawl

    @classmethod
    def from_crawler(cls, crawler: Any) -> EgressMiddleware:
        return cls(egress_from_settings(crawler.settings), crawler.stats)

    async def process_request(self, request: Request) -> None:
        if is_corpus_file(request):  # `scrapy check` reading the corpus (spiders/contracts.py)
            return
        try:
            self.egress.check_url(request.url)
            host = urlsplit(request.url).hostname or ""
            if numeric_host(host) is None:
                await self._check_name(host)
        except EgressError as exc:
            self.stats.inc_value("storywatch/egress/refused")
            raise EgressRefused(str(exc)) from None

    async def _check_name(self, host: str) -> None:
        if host not in self._names:
            try:
                infos = await asyncio.get_running_loop().getaddrinfo(host, None, type=socket.SOCK_STREAM)
            except OSError:
                self._names[host] = None  # the download names the lookup failure itself
            else:
                try:
                    self.egress.allowed_addresses(dict.fromkeys(str(i[4][0]) for i in infos))
                    self._names[host] = None
                except EgressError as exc:
                    self._names[host] = f"{exc} ({host} resolved to it)"
        why = self._names[host]
        if why is not None:
            raise EgressError(why)


class PolicyResolver(CachingThreadedResolver):
    """Scrapy's resolver, refusing a name whose address the policy refuses (checked on cache hits too)."""

    egress: Egress = Egress()

    @classmethod
    def from_crawler(cls, crawler: Any, reactor: Any) -> PolicyResolver:
        resolver = super().from_crawler(crawler, reactor)
        resolver.egress = egress_from_settings(crawler.settings)
        return resolver

    def getHostByName(self, name: str, timeout: Sequence[int] = ()) -> Deferred[str]:  # noqa: N802 (Twisted's)
        resolved = super().getHostByName(name, timeout)
        resolved.addCallback(self._check, name)
        return resolved

    def _check(self, address: str, name: str) -> str:
        why = self.egress.refusal(address)
        if why is not None:
            log.warning("%s (%s resolved to it at connect time)", why, name)
            raise ResolvedToRefused(name, why)
        return address
