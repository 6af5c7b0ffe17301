"""Helpers the tests share: loopback servers, a fake Bot API, story feeds and pages."""
