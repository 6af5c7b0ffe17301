"""A real pywb (the open-source Wayback) on loopback, serving a WARC written with warcio.

pywb is not in the test extra: it pins werkzeug==3.1.7, pyOpenSSL<26.2 (so cryptography<48) and redis==2.10.6,
which would downgrade what Scrapy, Datasette and PTB run with here. Install it on its own and point the tests at
it: `python -m venv ~/.pywb && ~/.pywb/bin/pip install pywb`, then STORYWATCH_PYWB_BIN=~/.pywb/bin (or put its
`wayback` and `wb-manager` on PATH). Without it the pywb tests skip, saying so.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from io import BytesIO
from pathlib import Path

PYWB_ENV = "STORYWATCH_PYWB_BIN"
COLLECTION = "stories"


def pywb_bin() -> Path | None:
    """The folder holding pywb's `wayback` and `wb-manager`, or None when pywb is not installed."""
    configured = os.environ.get(PYWB_ENV, "").strip()
    if configured:
        folder = Path(configured).expanduser()
        return folder if (folder / "wayback").exists() and (folder / "wb-manager").exists() else None
    found = shutil.which("wayback")
    if found and shutil.which("wb-manager"):
        return Path(found).parent
    return None


SKIP_REASON = (f"pywb is not installed (it is not in the test extra: its pins would downgrade werkzeug, pyOpenSSL "
               f"and cryptography here): install it in a venv of its own and set {PYWB_ENV} to its bin folder")


@dataclass(frozen=True)
class Capture:
    url: str
    when: datetime
    html: bytes


def write_warc(path: Path, captures: Iterable[Capture]) -> None:
    """A gzipped WARC of HTTP 200 responses, each dated by its WARC-Date."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for capture in captures:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                capture.url, "response", payload=BytesIO(capture.html), http_headers=headers,
                warc_headers_dict={"WARC-Date": capture.when.strftime("%Y-%m-%dT%H:%M:%SZ")})
            writer.write_record(record)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Pywb:
    """`wb-manager init` + `wb-manager add` in a folder, then `wayback -p PORT -b 127.0.0.1` as a child process."""

    def __init__(self, folder: Path, warc: Path, *, bin_dir: Path):
        self.folder = folder
        self.bin = bin_dir
        for argv in (["wb-manager", "init", COLLECTION], ["wb-manager", "add", COLLECTION, str(warc)]):
            subprocess.run([str(bin_dir / argv[0]), *argv[1:]], cwd=folder, check=True, capture_output=True,
                           timeout=60)
        self.port = _free_port()
        self.log = (folder / "wayback.log").open("wb")
        self.proc = subprocess.Popen([str(bin_dir / "wayback"), "-p", str(self.port), "-b", "127.0.0.1"], cwd=folder,
                                     stdout=self.log, stderr=subprocess.STDOUT)
        self._wait()

    @property
    def address(self) -> str:
        """The collection's address: what STORYWATCH_WAYBACK_URL names for a pywb."""
        return f"http://127.0.0.1:{self.port}/{COLLECTION}"

    def _wait(self, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"pywb exited with {self.proc.returncode}: see {self.folder / 'wayback.log'}")
            try:
                with urllib.request.urlopen(f"{self.address}/cdx?url=example.com&output=json", timeout=2):
                    return
            except (urllib.error.URLError, OSError):
                time.sleep(0.2)
        raise RuntimeError("pywb did not answer within 30 s")

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=10)
        self.log.close()
