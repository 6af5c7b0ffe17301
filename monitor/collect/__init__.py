"""Bytes in, documents out: fetching, feeds, sitemaps, pages, and the poll and crawl that store them."""
