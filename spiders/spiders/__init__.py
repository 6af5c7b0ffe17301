"""The spiders (one module per spider)."""
