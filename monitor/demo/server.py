"""A small loopback HTTP/1.1 server with conditional GET, for the demo's news site (and the tests' servers).

Serving is real HTTP on 127.0.0.1 so that the poller and the spiders run against it exactly as against the
world: ETag / If-None-Match answered with 304, keep-alive, Content-Length.
"""

from __future__ import annotations

import hashlib
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def etag_of(body: bytes) -> str:
    return '"' + hashlib.sha1(body).hexdigest()[:16] + '"'


class QuietHandler(BaseHTTPRequestHandler):
    """No access log; `send_body` and `send_conditional` for handlers to answer with."""

    protocol_version = "HTTP/1.1"

    def log_message(self, *args: object) -> None:  # the caller narrates; no access log on screen
        pass

    def send_body(self, status: int, body: bytes, ctype: str, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        if status != 304:
            self.wfile.write(body)

    def send_conditional(self, body: bytes, ctype: str, headers: dict[str, str] | None = None, *,
                         status: int = 200) -> None:
        """Answer with the body and its ETag, or 304 when the client already has it."""
        headers = {"ETag": etag_of(body), **(headers or {})}
        if status == 200 and self.headers.get("If-None-Match") == headers["ETag"]:
            self.send_body(304, b"", ctype, headers)
        else:
            self.send_body(status, body, ctype, headers)


class QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that hangs up early (as the poller does on an error status) is not news


def start_server(handler: type[BaseHTTPRequestHandler], *, port: int = 0, name: str = "loopback-http"
                 ) -> tuple[QuietServer, threading.Thread]:
    """A server on 127.0.0.1 (any free port by default), serving from a daemon thread."""
    server = QuietServer(("127.0.0.1", port), handler)
    thread = threading.Thread(target=server.serve_forever, name=name, daemon=True)
    thread.start()
    return server, thread
