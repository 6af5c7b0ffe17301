"""The poller's only door to the network: one Fetcher interface, an aiohttp and an httpx backend."""
