"""Backfill: a story's history from web archives, news search and outlet sitemaps (`storywatch backfill`).

    windows.py  pure: date windows, archive sitemap periods, dated news searches, the job's cursor
    cdx.py      pure: the Wayback CDX API of the Internet Archive and of pywb: queries, answers, collapse
    botwall.py  pure: a challenge page served instead of the article
    pace.py     politeness: one request a second per host, Retry-After and backoff, dead hosts given up
    wayback.py  the archive client, over the poller's fetcher (STORYWATCH_WAYBACK_URL)
    robots.py   robots.txt for the outlets' pages it reads (as the spiders obey it)
    discover.py where past coverage is found: origins, news search, archive sitemaps, the archive's index
    store.py    a capture or a page into the archive, dated at its capture, in its place in time
    runner.py   the job: discover, then read each candidate's history; resumable, idempotent
    fallback.py the archive read instead of an outlet that refuses a tracked article's revisits
"""
