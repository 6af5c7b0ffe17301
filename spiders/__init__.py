"""storywatch's Scrapy project: news sitemaps, article pages and re-visits of tracked articles."""
