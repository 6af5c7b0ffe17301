"""TLS on loopback: both fetchers verify the server's certificate, and load the CA certificates they trust only
when an https URL is fetched (monitor/collect/fetch/base.py: a run of http feeds never pays for a bundle).

Each case runs in a fresh process, as the TLS context is one per process."""

from __future__ import annotations

import datetime as dt
import ipaddress
import os
import ssl
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from monitor.collect.fetch import BACKENDS
from monitor.demo.server import QuietHandler, QuietServer
from tests.support.loopback import LoopbackServer, Route
from tests.support.story import binance_feed

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parents[2]

FETCH_TWICE = """
import asyncio, sys
from monitor.collect.fetch import make_fetcher
from monitor.collect.fetch.base import tls_context

async def main():
    async with make_fetcher(http=sys.argv[1], timeout=5) as fetcher:
        plain = await fetcher.fetch(sys.argv[2])
        before = tls_context().cert_store_stats()["x509_ca"]
        try:
            outcome = str((await fetcher.fetch(sys.argv[3])).status)
        except Exception as exc:
            outcome = f"{type(exc).__name__}: {exc}"
    print(plain.status, before, tls_context().cert_store_stats()["x509_ca"], outcome, sep="|")

asyncio.run(main())
"""


def self_signed(folder: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 that signs itself (its own CA) and its key, as PEM files."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "storywatch test loopback")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(minutes=5))
            .not_valid_after(now + dt.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                           critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    cert_file, key_file = folder / "cert.pem", folder / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_file, key_file


class _Feed(QuietHandler):
    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        self.send_body(200, binance_feed(), "application/rss+xml; charset=utf-8")


@pytest.fixture
def https(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """An https server on loopback serving a feed at any path, and its certificate's file."""
    cert_file, key_file = self_signed(tmp_path)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_file, key_file)
    httpd = QuietServer(("127.0.0.1", 0), _Feed)
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    thread = threading.Thread(target=httpd.serve_forever, name="loopback-https", daemon=True)
    thread.start()
    try:
        yield f"https://127.0.0.1:{httpd.server_address[1]}/feed.xml", cert_file
    finally:
        httpd.shutdown()
        httpd.server_close()


def fetch_twice(http: str, plain_url: str, tls_url: str, **env: str) -> tuple[str, int, int, str]:
    """In a fresh process: fetch `plain_url`, then `tls_url`. Returns the first status, the CA certificates the
    TLS context held after it and after the second, and the second's status or error."""
    environ = {k: v for k, v in os.environ.items() if k not in ("SSL_CERT_FILE", "SSL_CERT_DIR")} | env
    done = subprocess.run([sys.executable, "-c", FETCH_TWICE, http, plain_url, tls_url], cwd=REPO, env=environ,
                          capture_output=True, text=True, check=True)
    status, before, after, outcome = done.stdout.strip().split("|", 3)
    return status, int(before), int(after), outcome


@pytest.mark.parametrize("http", BACKENDS)
def test_https_verifies_with_the_ca_loaded_at_the_first_https_fetch(server: LoopbackServer, https: tuple[str, Path],
                                                                     http: str) -> None:
    plain = server.route("/feed.xml", Route(binance_feed()))
    tls_url, cert_file = https
    status, before, after, outcome = fetch_twice(http, plain, tls_url, SSL_CERT_FILE=str(cert_file))
    assert status == "200" and outcome == "200"
    assert (before, after) == (0, 1)  # nothing loaded for http; the one trusted certificate for https


@pytest.mark.parametrize("http", BACKENDS)
def test_an_untrusted_certificate_is_refused(server: LoopbackServer, https: tuple[str, Path], http: str) -> None:
    plain = server.route("/feed.xml", Route(binance_feed()))
    status, before, after, outcome = fetch_twice(http, plain, https[0])  # certifi's bundle: not our test CA
    assert status == "200" and before == 0 and after > 50
    assert outcome.startswith("FetchError") and "certificate verify failed" in outcome.lower()
