"""A real HTTP server on loopback for tests: serves routes you set, with ETag / Last-Modified and 304s."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from monitor.demo.server import QuietHandler, etag_of, start_server


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = "application/rss+xml; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    conditional: bool = True  # answer 304 to a matching If-None-Match / If-Modified-Since
    delay: float = 0.0
    then: Route | None = None  # answer once, then this (a 429 before the answer, say)


class LoopbackServer:
    """`server.route('/feed.xml', Route(...))`, then fetch `server.url('/feed.xml')`. Logs every request."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.fallback: Route | None = None  # what any other path answers (404 when None)
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.times: list[float] = []  # time.monotonic() of each request, in order
        owner = self

        class Handler(QuietHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
                owner.requests.append((self.path, dict(self.headers)))
                owner.times.append(time.monotonic())
                route = owner.routes.get(self.path, owner.fallback)
                if route is None:
                    self.send_body(404, b"not found", "text/plain")
                    return
                if route.then is not None:
                    owner.routes[self.path] = route.then
                if route.delay:
                    time.sleep(route.delay)
                headers = {"Last-Modified": "Fri, 22 Apr 2022 12:00:00 GMT", **route.headers}
                if route.conditional:
                    self.send_conditional(route.body, route.content_type, headers, status=route.status)
                else:
                    self.send_body(route.status, route.body, route.content_type, {"ETag": etag_of(route.body),
                                                                                   **headers})

        self.httpd, self.thread = start_server(Handler, name="test-loopback")

    def start(self) -> LoopbackServer:
        return self  # serving since construction; kept so fixtures read `LoopbackServer().start()`

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    @property
    def base(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, path: str) -> str:
        return self.base + path

    def route(self, path: str, route: Route) -> str:
        self.routes[path] = route
        return self.url(path)
