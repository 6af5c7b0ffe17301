"""The egress policy (monitor/egress.py) as tables: which addresses are refused, how hosts are read, and the
operator's allow-list."""

from __future__ import annotations

import pytest

from monitor.egress import Egress, kind, numeric_host, parse_networks
from monitor.errors import ConfigError, EgressError

pytestmark = pytest.mark.pure

STRICT = Egress()


@pytest.mark.parametrize(("address", "expected"), [
    ("127.0.0.1", "loopback"), ("127.0.0.2", "loopback"), ("::1", "loopback"),
    ("10.0.0.5", "private"), ("172.16.3.4", "private"), ("192.168.1.1", "private"), ("fd00::1", "private"),
    ("169.254.169.254", "link-local"), ("fe80::1", "link-local"),
    ("100.64.0.1", "shared (carrier-grade NAT)"), ("100.127.255.254", "shared (carrier-grade NAT)"),
    ("224.0.0.1", "multicast"), ("ff02::1", "multicast"),
    ("240.0.0.1", "reserved"), ("255.255.255.255", "reserved"),
    ("0.0.0.0", "unspecified"), ("0.1.2.3", "unspecified"), ("::", "unspecified"),
    ("192.0.2.1", "private"), ("198.18.0.1", "private"),  # documentation and benchmarking ranges
    ("::ffff:127.0.0.2", "loopback"), ("::ffff:10.1.2.3", "private"),  # IPv4-mapped IPv6, unwrapped
    ("64:ff9b::a00:1", "private"), ("2002:7f00:1::", "loopback"),  # NAT64 and 6to4 carry IPv4 too
    ("8.8.8.8", None), ("2606:4700:4700::1111", None), ("100.128.0.1", None), ("::ffff:8.8.8.8", None),
])
def test_kinds_of_addresses(address: str, expected: str | None) -> None:
    assert kind(numeric_host(address)) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(("host", "address"), [
    ("127.0.0.2", "127.0.0.2"), ("2130706434", "127.0.0.2"), ("0x7f000002", "127.0.0.2"),
    ("0177.0.0.2", "127.0.0.2"), ("127.2", "127.0.0.2"), ("0x7f.0.0.2", "127.0.0.2"),
    ("[::ffff:127.0.0.2]", "::ffff:7f00:2"), ("::ffff:7f00:2", "::ffff:7f00:2"), ("fe80::1%eth0", "fe80::1"),
    ("example.com", None), ("localhost", None), ("cafe.example", None), ("deadbeef", None), ("", None),
])
def test_numeric_hosts_in_every_form_the_c_library_accepts(host: str, address: str | None) -> None:
    found = numeric_host(host)
    assert (str(found) if found is not None else None) == address


@pytest.mark.parametrize(("url", "message"), [
    ("http://10.0.0.5/admin", "refused: 10.0.0.5 is a private address"),
    ("http://2130706434:8080/secret", "refused: 127.0.0.2 is a loopback address"),
    ("http://[::ffff:127.0.0.2]/x", "refused: ::ffff:7f00:2 (127.0.0.2) is a loopback address"),
    ("http://169.254.169.254/latest/meta-data/", "refused: 169.254.169.254 is a link-local address"),
    ("http://100.64.1.1/", "refused: 100.64.1.1 is a shared (carrier-grade NAT) address"),
    ("http://0.0.0.0:8000/", "refused: 0.0.0.0 is an unspecified address"),
    ("file:///etc/passwd", "refused: only http(s) URLs can be fetched, not 'file:///etc/passwd'"),
    ("data:text/html,<p>secret</p>", "refused: only http(s) URLs can be fetched"),
    ("ftp://8.8.8.8/feed.xml", "refused: only http(s) URLs can be fetched"),
    ("http:///nohost", "refused: no host"),
    ("http://[::1/", "refused: invalid URL"),
])
def test_refused_urls_say_why(url: str, message: str) -> None:
    with pytest.raises(EgressError) as caught:
        STRICT.check_url(url)
    assert str(caught.value).startswith(message)


@pytest.mark.parametrize("url", ["https://www.reuters.com/world/", "http://8.8.8.8/feed", "HTTPS://Example.COM/x",
                                 "http://localhost:8080/"])  # a name is checked once resolved, not here
def test_global_addresses_and_names_pass_the_url_check(url: str) -> None:
    STRICT.check_url(url)


def test_the_allow_list_admits_exactly_its_networks() -> None:
    egress = Egress.from_text("127.0.0.1/32, 10.0.0.0/8")
    assert egress.refusal("127.0.0.1") is None and egress.refusal("10.200.0.1") is None
    assert egress.refusal("::ffff:127.0.0.1") is None  # the same address, wrapped
    assert egress.refusal("127.0.0.2") == "refused: 127.0.0.2 is a loopback address"
    assert egress.refusal("192.168.0.1") == "refused: 192.168.0.1 is a private address"
    assert egress.allowed_addresses(["127.0.0.2", "10.1.1.1", "8.8.8.8"]) == ["10.1.1.1", "8.8.8.8"]
    with pytest.raises(EgressError, match="127.0.0.2 is a loopback"):
        egress.allowed_addresses(["127.0.0.2", "192.168.1.1"])
    assert egress.as_text() == "127.0.0.1/32,10.0.0.0/8"
    assert Egress.from_environment({"STORYWATCH_ALLOW_NETWORKS": egress.as_text()}) == egress
    assert Egress.from_environment({}) == STRICT


@pytest.mark.parametrize(("text", "bad"), [("10.0.0.0/8,banana", "'banana'"), ("10.0.0.1/8", "'10.0.0.1/8'"),
                                           ("127.0.0.1/33", "'127.0.0.1/33'"), ("fc00::/7, ::1/200", "'::1/200'")])
def test_a_malformed_allow_list_names_its_entry(text: str, bad: str) -> None:
    with pytest.raises(ConfigError) as caught:
        parse_networks(text)
    assert str(caught.value).startswith(f"STORYWATCH_ALLOW_NETWORKS: {bad} is not a network")
