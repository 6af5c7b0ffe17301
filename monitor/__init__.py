"""storywatch's core: seeds, archive, polling, matching, follow-up detection and the alert outbox.

The flow, one direction:

    seeds.load_watches  ->  feeds.fetch/parse  ->  ingest.ingest_entries  ->  store (SQLite)
                                                      |  rules.match_watch, events.detect
                                                      v
                                       store.record_event + outbox rows (one transaction)
                                                      v
                                 deliver.deliver_pending -> a Sink (console or Telegram)

The archive is the only contract between processes (poller, crawler, bot).
"""

__version__ = "0.1.0"
