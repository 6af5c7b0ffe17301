"""Downloader middlewares: a User-Agent naming the operator's contact; Retry-After on 429 and 503 honoured.

Scrapy's RetryMiddleware retries 429/503 immediately, which a rate-limited server answers with another 429.
Here a response carrying Retry-After is retried after that wait when it is short enough
(STORYWATCH_RETRY_AFTER_MAX) and retries are left; otherwise it goes on to the spider's errback, which records
the reason and the wait (a tracked article's next visit honours it).
"""

from __future__ import annotations

import asyncio
from typing import Any

from scrapy import Request, signals
from scrapy.downloadermiddlewares.useragent import UserAgentMiddleware
from scrapy.http import Response

from monitor.clock import utcnow
from monitor.collect.fetch.base import DEFAULT_CONTACT, retry_after_seconds, user_agent


class ContactUserAgentMiddleware(UserAgentMiddleware):
    """storywatch's User-Agent with the operator's contact URL (STORYWATCH_CONTACT), read in from_crawler."""

    @classmethod
    def from_crawler(cls, crawler: Any) -> ContactUserAgentMiddleware:
        middleware = cls(user_agent(crawler.settings.get("STORYWATCH_CONTACT") or DEFAULT_CONTACT))
        crawler.signals.connect(middleware.spider_opened, signal=signals.spider_opened)
        return middleware


class RetryAfterMiddleware:
    def __init__(self, crawler: Any):
        self.stats = crawler.stats
        self.max_wait = crawler.settings.getfloat("STORYWATCH_RETRY_AFTER_MAX", 60)
        self.max_times = crawler.settings.getint("RETRY_TIMES", 2)

    @classmethod
    def from_crawler(cls, crawler: Any) -> RetryAfterMiddleware:
        return cls(crawler)

    async def process_response(self, request: Request, response: Response) -> Request | Response:
        value = response.headers.get("Retry-After")
        if response.status not in (429, 503) or not value:
            return response
        wait = retry_after_seconds(value.decode("latin-1"), utcnow())
        tries = int(request.meta.get("retry_after_times", 0))
        if wait is None or wait > self.max_wait or tries >= self.max_times:
            self.stats.inc_value("storywatch/retry_after/gave_up")
            request.meta["dont_retry"] = True  # an immediate retry would only meet the same answer
            return response
        self.stats.inc_value("storywatch/retry_after/waited")
        await asyncio.sleep(wait)
        retry = request.replace(dont_filter=True)
        retry.meta["retry_after_times"] = tries + 1
        return retry
