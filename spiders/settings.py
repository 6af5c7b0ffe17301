"""Scrapy settings for storywatch: polite by default (robots.txt, AutoThrottle, one request per domain at once).

storywatch's own settings (read in from_crawler, overridable with -s KEY=VALUE):
STORYWATCH_DB (the archive), STORYWATCH_SEEDS (watches and seeds/sites/), STORYWATCH_CONTACT (the URL in the
User-Agent; also from the environment), STORYWATCH_NOW (an ISO time standing in for the clock, for tests),
STORYWATCH_MAX_AGE_DAYS (how recent a sitemap entry must be), STORYWATCH_RETRY_AFTER_MAX (the longest
Retry-After waited for in a crawl), STORYWATCH_RUN_ID (the runs row to record into, when `storywatch crawl`
started it), STORYWATCH_WAYBACK_URL (the web archive a page refused twice is read from), STORYWATCH_ALLOW_NETWORKS
(networks besides global addresses that fetches may reach, comma-separated CIDRs; also from the environment:
spiders/egress.py).
"""

import os

from monitor.collect.fetch.base import DEFAULT_CONTACT, user_agent

BOT_NAME = "storywatch"
SPIDER_MODULES = ["spiders.spiders"]
NEWSPIDER_MODULE = "spiders.spiders"

STORYWATCH_DB = os.environ.get("STORYWATCH_DB", "storywatch.db")
STORYWATCH_SEEDS = os.environ.get("STORYWATCH_SEEDS", "")
STORYWATCH_CONTACT = os.environ.get("STORYWATCH_CONTACT", DEFAULT_CONTACT)
STORYWATCH_NOW = ""
STORYWATCH_MAX_AGE_DAYS = 3
STORYWATCH_RETRY_AFTER_MAX = 60
STORYWATCH_RUN_ID = 0
# The web archive a refused revisit is read from (monitor/collect/backfill/fallback.py); empty: the environment's
# STORYWATCH_WAYBACK_URL, else the Internet Archive.
STORYWATCH_WAYBACK_URL = ""
STORYWATCH_ALLOW_NETWORKS = os.environ.get("STORYWATCH_ALLOW_NETWORKS", "")

# The egress policy (spiders/egress.py): every address connected to is checked, and only http(s) is fetched.
DNS_RESOLVER = "spiders.egress.PolicyResolver"
# file: only for `scrapy check`'s own corpus pages (spiders/contracts.py), never for a URL a page or sitemap gives.
DOWNLOAD_HANDLERS = {"file": "spiders.contracts.CorpusFileHandler", "data": None, "ftp": None, "s3": None}

USER_AGENT = user_agent(STORYWATCH_CONTACT)
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 1
DOWNLOAD_DELAY = 1
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1
AUTOTHROTTLE_MAX_DELAY = 60
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
RETRY_TIMES = 2

ITEM_PIPELINES = {"spiders.pipelines.ArchivePipeline": 300}
DOWNLOADER_MIDDLEWARES = {
    "spiders.egress.EgressMiddleware": 10,  # before robots.txt and the offsite check: a refused URL asks nothing
    "scrapy.downloadermiddlewares.useragent.UserAgentMiddleware": None,
    "spiders.middlewares.ContactUserAgentMiddleware": 500,
    "spiders.middlewares.RetryAfterMiddleware": 560,
}
EXTENSIONS = {"spiders.extensions.RunRecorder": 500}
SPIDER_CONTRACTS = {"spiders.contracts.CorpusContract": 5, "spiders.contracts.NonEmptyContract": 20}
METAREFRESH_MAXDELAY = 30  # a page that reloads itself every few minutes (AP's 600 s) is not a redirect
REDIRECT_MAX_TIMES = 5

# The development cache (DummyPolicy keeps responses forever): turn on with -s HTTPCACHE_ENABLED=1.
HTTPCACHE_ENABLED = False
HTTPCACHE_DIR = "httpcache"

FEED_EXPORT_ENCODING = "utf-8"
TELNETCONSOLE_ENABLED = False
# Scrapy 2.19 opens a code-executing control server on loopback for every crawl; unattended crawls need none.
REMOTE_CONTROL_ENABLED = False
LOG_LEVEL = "INFO"
