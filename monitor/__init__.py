"""storywatch's core. Read this first: the whole flow, one direction, and where each step lives.

    seeds/*.toml ──seeds.py──► Watch (models.py)
         │
         ├─► poll.py: fetch.py (aiohttp|httpx) ─► parsers.py (worker processes: feeds.py, where plain
         │     RSS 2.0 is read by fastrss.py with feedparser's rules, the rest by feedparser; prepare.py
         │     matches and judges) ─► one writer thread (feedwrites.py; moves.py: moved feeds) ───┐
         └─► spiders/ (Scrapy, `storywatch crawl`): extract.py (page ─► text, notes) ─► pages.py ─┤
                                                                                             ▼
                 ingest.py: store.py upserts the article or a new version (SQLite, schema.py migrations)
                            rules.py  matches watches (Aho-Corasick prefilter, reasons)
                            events.py detects follow-ups (notices.py wording, parties.py actor/target)
                            outbox.py records each event and its alert rows in the same transaction
                            (threads.py collapses a follow-up republished elsewhere into one event)
                                                                                             ▼
                 delivery: deliver.py ─► the console (no token)   bot/dispatch.py ─► Telegram (token)

The archive is the only contract between processes: the poller, the crawler, the bot and the service
(service.py, `storywatch run`) read and write tables, never each other's memory. The pure core (urls, rules,
events, notices, parties, threads, diff, revisit, schedule, extract, render) takes data and returns data;
I/O sits at the edges (fetch, store, the CLI modules cli*.py, bot/). Analysts read the archive with
archive_query.py and export.py (`storywatch search | timeline | export | serve`); the offline replay of the
seed story is demo.py.
"""

__version__ = "0.1.0"
