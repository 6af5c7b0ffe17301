"""A hostile HTTP server on loopback: every way a feed host can hurt a poller, one path each.

/silent never answers; /drip sends a byte every 0.2 s forever; /huge streams 50 MB without a Content-Length;
/bomb is a gzip body that inflates to 200 MB; /loop redirects to itself; /ftp redirects to ftp://;
/429 and /503 ask to retry later; /charset declares UTF-8 and sends windows-1252; /laughs is a billion-laughs
document. `sent[path]` counts the body bytes the server managed to write before the client hung up.
"""

from __future__ import annotations

import threading
import zlib
from collections import Counter
from functools import lru_cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

BOMB_INFLATED = 200 * 1024 * 1024
HUGE = 50 * 1024 * 1024


@lru_cache(maxsize=1)
def gzip_bomb(size: int = BOMB_INFLATED) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = b"\0" * (1024 * 1024)
    parts = [packer.compress(block) for _ in range(size // len(block))]
    return b"".join(parts) + packer.flush()


def billion_laughs(levels: int = 9) -> bytes:
    ents = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "' + (f"&lol{i - 1};" if i > 1 else "&lol;") * 10 + '">' for i in range(1, levels + 1))
    return (f'<?xml version="1.0"?><!DOCTYPE rss [{ents}]><rss version="2.0"><channel><title>laughs</title>'
            f"<item><title>&lol{levels};</title><link>http://laughs.example/a</link></item></channel></rss>").encode()


WINDOWS_1252_FEED = (
    '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Caf\u00e9 news</title>'
    "<item><title>R\u00e9sum\u00e9 of the caf\u00e9 affair \u2013 \u201cquoted\u201d</title>"
    "<link>https://cafe.example/a</link><guid>cafe-1</guid></item></channel></rss>"
).encode("windows-1252")


class HostileServer:
    def __init__(self) -> None:
        self.stop_event = threading.Event()
        self.sent: Counter[str] = Counter()
        self.hits: Counter[str] = Counter()
        self.bomb = gzip_bomb()
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802
                path = self.path.split("?", 1)[0]
                owner.hits[path] += 1
                handler = getattr(self, "route_" + path.strip("/").replace("-", "_"), None)
                if handler is None:
                    self.reply(404, b"no", "text/plain")
                else:
                    try:
                        handler()
                    except (BrokenPipeError, ConnectionResetError):
                        pass  # the poller hung up, as it should

            def reply(self, status: int, body: bytes, ctype: str, **headers: str) -> None:
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                for key, value in headers.items():
                    self.send_header(key.replace("_", "-"), value)
                self.end_headers()
                self.wfile.write(body)
                owner.sent[self.path] += len(body)

            def route_silent(self) -> None:
                owner.stop_event.wait(30)

            def route_drip(self) -> None:
                self.send_response(200)
                self.send_header("Content-Type", "application/rss+xml")
                self.send_header("Content-Length", "100000")
                self.end_headers()
                self.wfile.write(b"<")
                while not owner.stop_event.wait(0.2):
                    self.wfile.write(b" ")
                    self.wfile.flush()
                    owner.sent[self.path] += 1

            def route_huge(self) -> None:
                self.send_response(200)
                self.send_header("Content-Type", "application/rss+xml")
                self.send_header("Connection", "close")
                self.end_headers()
                self.close_connection = True
                chunk = b"<rss>" + b"x" * (64 * 1024 - 5)
                while owner.sent[self.path] < HUGE and not owner.stop_event.is_set():
                    self.wfile.write(chunk)
                    owner.sent[self.path] += len(chunk)

            def route_bomb(self) -> None:
                self.reply(200, owner.bomb, "application/rss+xml", Content_Encoding="gzip")

            def route_loop(self) -> None:
                self.reply(302, b"", "text/plain", Location="/loop")

            def route_ftp(self) -> None:
                self.reply(301, b"", "text/plain", Location="ftp://127.0.0.1/feed.xml")

            def route_429(self) -> None:
                self.reply(429, b"slow down", "text/plain", Retry_After="3600")

            def route_503(self) -> None:
                self.reply(503, b"busy", "text/plain", Retry_After="Wed, 21 Oct 2037 07:28:00 GMT")

            def route_charset(self) -> None:
                self.reply(200, WINDOWS_1252_FEED, "application/rss+xml; charset=utf-8")

            def route_laughs(self) -> None:
                self.reply(200, billion_laughs(), "application/rss+xml")

        class Server(ThreadingHTTPServer):
            def handle_error(self, request: object, client_address: object) -> None:
                pass  # clients hanging up mid-attack is the point

        self.httpd = Server(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def start(self) -> HostileServer:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.stop_event.set()
        self.httpd.shutdown()
        self.httpd.server_close()

    def url(self, path: str) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}{path}"
