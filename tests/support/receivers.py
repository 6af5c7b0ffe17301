"""Loopback receivers for alert channels: an HTTP server that records every POST (JSON webhooks, Apprise's
json:// and ntfy://) and answers as scripted per path, and a local SMTP server (aiosmtpd) for mailto://.

Run alone (for benchmarks): `python -m tests.support.receivers` prints `PORT <n>` and serves
`GET /_stats` (count and first/last monotonic receive times per path prefix) until killed.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    body: bytes
    at: float

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class Script:
    """How a path answers: the statuses of the first requests in order, then `then` for ever."""

    first: list[int] = field(default_factory=list)
    then: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b'{"ok": true}'


class Receivers:
    """`rx = Receivers().start()`; `rx.url('/hook')`; `rx.script('/bad', Script(then=500))`; `rx.at('/hook')`."""

    def __init__(self) -> None:
        self.received: list[Received] = []
        self.scripts: dict[str, Script] = {}
        self.lock = threading.Lock()
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802
                body = json.dumps(owner.stats()).encode()
                self._answer(200, body, {})

            def do_POST(self) -> None:  # noqa: N802
                length = int(self.headers.get("content-length") or 0)
                body = self.rfile.read(length)
                if len(body) < length:
                    return  # the sender died mid-request: nothing was delivered
                path = self.path
                with owner.lock:
                    owner.received.append(Received(path, {k.lower(): v for k, v in self.headers.items()}, body,
                                                   time.monotonic()))
                    script = next((s for p, s in owner.scripts.items() if path.startswith(p)), None)
                    status = (script.first.pop(0) if script and script.first else script.then if script else 200)
                self._answer(status, script.body if script else b'{"ok": true}', script.headers if script else {})

            def _answer(self, status: int, body: bytes, headers: dict[str, str]) -> None:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                for key, value in headers.items():
                    self.send_header(key, value)
                self.end_headers()
                self.wfile.write(body)

        class Server(ThreadingHTTPServer):
            daemon_threads = True
            request_queue_size = 256  # many senders connect at once (socketserver's default backlog is 5)

            def handle_error(self, request: object, client_address: object) -> None:
                pass  # a sender killed mid-answer (the kill tests do it on purpose)

        self.httpd = Server(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, name="receivers", daemon=True)

    def start(self) -> Receivers:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    @property
    def port(self) -> int:
        return int(self.httpd.server_address[1])

    def url(self, path: str, scheme: str = "http") -> str:
        return f"{scheme}://127.0.0.1:{self.port}{path}"

    def script(self, path: str, script: Script) -> None:
        with self.lock:
            self.scripts[path] = script

    def at(self, prefix: str) -> list[Received]:
        with self.lock:
            return [r for r in self.received if r.path.startswith(prefix)]

    def stats(self) -> dict[str, Any]:
        with self.lock:
            out: dict[str, Any] = {}
            for r in self.received:
                key = "/" + r.path.strip("/").split("/")[0]
                entry = out.setdefault(key, {"count": 0, "first": r.at, "last": r.at})
                entry["count"] += 1
                entry["first"], entry["last"] = min(entry["first"], r.at), max(entry["last"], r.at)
            return out


class SMTPReceiver:
    """A local SMTP server (aiosmtpd) that keeps every message it is handed."""

    def __init__(self) -> None:
        from aiosmtpd.controller import Controller

        self.messages: list[Any] = []
        owner = self

        class Handler:
            async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
                owner.messages.append(envelope)
                return "250 Message accepted for delivery"

        with socket.socket() as probe:  # aiosmtpd connects to its own port to check it started: port 0 cannot work
            probe.bind(("127.0.0.1", 0))
            self._port = int(probe.getsockname()[1])
        self.controller = Controller(Handler(), hostname="127.0.0.1", port=self._port)

    def start(self) -> SMTPReceiver:
        self.controller.start()
        return self

    def stop(self) -> None:
        self.controller.stop()

    @property
    def port(self) -> int:
        return self._port


def main() -> None:
    rx = Receivers().start()
    print(f"PORT {rx.port}", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        rx.stop()


if __name__ == "__main__":
    main()
