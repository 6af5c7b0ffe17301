"""A hostile publisher and the intranet it aims at, both on loopback.

`SecretServer` stands for the operator's internal network: it listens on 127.0.0.2, which the tests' egress
policy does not allow (conftest: 127.0.0.1/32 only), serves a page, a feed and a robots.txt that carry `SECRET`,
and logs every request it gets. `HostilePublisher` is an ordinary site on 127.0.0.1 whose feed items, news
sitemap entries, redirects, meta refreshes and offered feeds all point at the secret server in every spelling
of its address, and at file: and data: URLs. A test points storywatch at the publisher and then looks for the
secret: in the secret server's log (no request at all, robots.txt included), the archive, the alerts, /search.
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from html import escape
from http.server import ThreadingHTTPServer

from monitor.demo.server import QuietHandler, QuietServer, start_server
from tests.support.pages import PARAGRAPHS, article_html
from tests.support.story import rss

SECRET = "hunter2-intranet-password"
SECRET_PAGE = article_html([f"The intranet database password is {SECRET}.", *PARAGRAPHS],
                           title=f"Intranet: Binance Russia credentials {SECRET}")
HTML = "text/html; charset=utf-8"


class SecretServer:
    """The intranet, on 127.0.0.2: answers everything with the secret, and remembers who asked."""

    def __init__(self, host: str = "127.0.0.2") -> None:
        self.requests: list[str] = []
        owner = self

        class Handler(QuietHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
                owner.requests.append(self.path)
                if self.path.endswith(".xml"):
                    items = [{"title": f"Binance Russia {SECRET}", "link": f"http://{host}/{SECRET}",
                              "description": f"<p>{SECRET}</p>"}]
                    self.send_body(200, rss(items, title=SECRET), "application/rss+xml")
                else:
                    self.send_body(200, SECRET_PAGE, HTML)

        self.httpd: ThreadingHTTPServer
        self.httpd = QuietServer((host, 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, name="secret", daemon=True)
        self.thread.start()

    @property
    def port(self) -> int:
        return int(self.httpd.server_address[1])

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def internal_urls(port: int, path: str) -> list[str]:
    """The secret server's `path` in every spelling of 127.0.0.2 a C library accepts."""
    return [f"http://127.0.0.2:{port}{path}", f"http://2130706434:{port}{path}-decimal",
            f"http://0x7f000002:{port}{path}-hex", f"http://0177.0.0.2:{port}{path}-octal",
            f"http://127.2:{port}{path}-short", f"http://[::ffff:127.0.0.2]:{port}{path}-mapped"]


FOREIGN_SCHEMES = ["file:///etc/passwd", f"data:text/html,<title>Binance Russia</title><p>{SECRET}</p>"]


class HostilePublisher:
    """A site on 127.0.0.1 whose every link leads into the secret server."""

    def __init__(self, secret: SecretServer) -> None:
        self.secret = secret
        self.requests: list[str] = []
        owner = self
        self.httpd, self.thread = start_server(self._handler(owner), name="publisher")

    @staticmethod
    def _handler(owner: HostilePublisher) -> type[QuietHandler]:
        class Handler(QuietHandler):
            def do_GET(self) -> None:  # noqa: N802
                owner.requests.append(self.path)
                route = owner.routes().get(self.path.split("?", 1)[0])
                if route is None:
                    self.send_body(404, b"not found", "text/plain")
                    return
                status, body, ctype, headers = route
                self.send_body(status, body, ctype, headers)

        return Handler

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def links(self) -> list[str]:
        """Where the publisher's items point: the intranet directly, through a redirect, through a meta refresh,
        and other schemes."""
        port = self.secret.port
        return [*internal_urls(port, "/item"), self.url("/redirect"), self.url("/refresh"), *FOREIGN_SCHEMES]

    def routes(self) -> dict[str, tuple[int, bytes, str, dict[str, str]]]:
        port = self.secret.port
        now = datetime.now(UTC)
        items = [{"title": f"Binance and Russia: report {i}", "link": link, "guid": f"hostile-{i}",
                  "pubDate": now.strftime("%a, %d %b %Y %H:%M:%S GMT"),
                  "description": "<p>Binance and Russia's financial intelligence unit, a report.</p>"}
                 for i, link in enumerate(self.links())]
        entries = "".join(
            f"<url><loc>{escape(link)}</loc><news:news><news:publication><news:name>Hostile</news:name>"
            f"<news:language>en</news:language></news:publication><news:publication_date>{now.isoformat()}"
            f"</news:publication_date><news:title>Binance Russia report {i}</news:title></news:news></url>"
            for i, link in enumerate(self.links()))
        sitemap = ('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
                   ' xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">' + entries + "</urlset>").encode()
        internal = f"http://127.0.0.2:{port}"
        offers = (f'<!doctype html><html><head><link rel="alternate" type="application/rss+xml" '
                  f'href="{internal}/feed.xml"></head><body>news</body></html>').encode()
        refresh = (f'<!doctype html><html><head><meta http-equiv="refresh" content="0; url={internal}/refreshed">'
                   "</head><body>moved</body></html>").encode()
        return {
            "/feed.xml": (200, rss(items, title="Hostile news"), "application/rss+xml", {}),
            "/redirect-feed.xml": (302, b"", "text/plain", {"Location": f"{internal}/feed.xml"}),
            "/mapped-redirect-feed.xml": (301, b"", "text/plain",
                                          {"Location": f"http://[::ffff:127.0.0.2]:{port}/feed.xml"}),
            "/sitemap.xml": (200, sitemap, "application/xml", {}),
            "/offers.html": (200, offers, HTML, {}),
            "/redirect": (302, b"", "text/plain", {"Location": f"{internal}/redirected"}),
            "/refresh": (200, refresh, HTML, {}),
        }

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
