"""storywatch's core. Read this first: the whole flow, one direction, one package per stage.

    seeds/*.toml ─► Watch (models.py, seeds.py)
         │
         ├─► collect/poll.py: fetch/ (aiohttp | httpx) ─► parse_pool.py (worker processes: feeds.py, plain RSS 2.0
         │     by fastrss.py with feedparser's rules; prepare.py judges each entry with detect/) ─► one writer
         │     thread: ingest.py ──────────────────────────────────────────────────────────────────────────┐
         ├─► spiders/ (Scrapy, `storywatch crawl`): collect/extract.py ─► collect/pages.py ─► ingest.py ───┤
         └─► collect/backfill/ (`storywatch backfill`): web archives (CDX), news search, archive sitemaps ─►
               backfill/store.py: versions dated at their captures, in their place in time ─► ingest.py ───┤
                                                                                                         ▼
             detect/   pure: query.py matches watches (terms.py); followups.py finds follow-ups: prefilter.py picks the
                       sentences, lemmas.py reads them (lemmas.json), frames.py asks lexicon.py's, notices.py's and
                       disputes.py's, legal.py's and entries.py's rules (notation.py, wordsets.py) what they state,
                       cancellers.py, tenses.py, publishers.py and senses.py (with the *_senses.py of each field)
                       what does not count; headings.py and context.py read notes and pages; actors.py, names.py,
                       passives.py, claimants.py, coreference.py and parties.py name who and whom; confidence.py
                       calibrates (calibration.json), learned.py scores a trained second stage when one ships;
                       syndication.py says when one is a republished copy or a report of an act already known,
                       revisions.py diffs;
                       caseless.py runs their case-insensitive patterns on ASCII text lowered (the fast way)
             archive/  the SQLite file, the only contract between processes: all SQL, one module per table
                       group (sources, articles, events + alerts: the transactional outbox, subscribers, ...)
             deliver/  what an alert says (render.py, context.py; digests for a backlog) and the console sink;
                       deliver/worker.py sends to Apprise and webhook channels; bot/ sends to Telegram

The vocabulary every stage shares (models, errors, clock, text, urls, seeds, sites, and egress: where a fetch
may connect) imports nothing below it; detect/ and archive/ import only the vocabulary; collect/ and deliver/
use both; service/ (`storywatch run`), demo/ and cli/ sit on top. Time is passed in (clock.py); errors are one
hierarchy (errors.py).
"""

__version__ = "0.1.0"
