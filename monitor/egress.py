"""Where storywatch may connect when a publisher tells it to fetch something (pure decisions, no I/O).

Feeds, sitemaps and pages name the URLs storywatch fetches next: item links, redirects, meta refreshes,
sitemap entries, the feed a page offers. Left alone, a publisher could point them at the operator's own
network (a metadata service, an admin page, a database's HTTP port) and read the answer back from the
archive. So every fetch goes through one policy: http and https only, and the address actually connected
to must be global, unless the operator allowed its network (`STORYWATCH_ALLOW_NETWORKS`, `[fetch]
allow_networks`). The clients apply it at connect time, to the resolved address (monitor/collect/fetch,
spiders/egress.py): a name that resolves differently the second time (DNS rebinding), decimal, octal or
hex forms (2130706433, 0177.0.0.1, 0x7f000001) and IPv4 wrapped in IPv6 all meet the same check.
Alert destinations the operator configures (the Bot API, webhooks) are the operator's choice, not a
publisher's, and do not go through it.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

from monitor.errors import ConfigError, EgressError

ENV = "STORYWATCH_ALLOW_NETWORKS"
SCHEMES = ("http", "https")

Address = ipaddress.IPv4Address | ipaddress.IPv6Address
Network = ipaddress.IPv4Network | ipaddress.IPv6Network

_SHARED = ipaddress.ip_network("100.64.0.0/10")  # carrier-grade NAT: not global, not "private" to ipaddress
_THIS_NETWORK = ipaddress.ip_network("0.0.0.0/8")  # 0.x.x.x reaches the local host on Linux
_NAT64 = ipaddress.ip_network("64:ff9b::/96")  # the well-known NAT64 prefix carries an IPv4 address


def parse_networks(text: str, *, where: str = ENV) -> tuple[Network, ...]:
    """Comma-separated CIDRs (or single addresses) as networks. Raises ConfigError naming the bad entry."""
    return tuple(parse_network(entry, where=where) for entry in text.split(",") if entry.strip())


def parse_network(entry: str, *, where: str = ENV) -> Network:
    try:
        return ipaddress.ip_network(entry.strip(), strict=True)
    except ValueError as exc:
        raise ConfigError(f"{where}: {entry.strip()!r} is not a network in CIDR form (such as 10.0.0.0/8 or "
                          f"192.168.1.5/32): {exc}") from exc


def embedded_ipv4(address: Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 one carries and would reach: IPv4-mapped (::ffff:a.b.c.d), NAT64 (64:ff9b::/96),
    6to4 (2002::/16). None for a plain address."""
    if isinstance(address, ipaddress.IPv4Address):
        return None
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address in _NAT64:
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return address.sixtofour


def kind(address: Address) -> str | None:
    """What kind of non-global address this is ('loopback', 'private', ...), or None for a global one."""
    inner = embedded_ipv4(address)
    if inner is not None:
        return kind(inner) if inner != address else None
    if address.is_unspecified or address in _THIS_NETWORK:
        return "unspecified"
    if address.is_loopback:
        return "loopback"
    if address.is_link_local:
        return "link-local"
    if address.is_multicast:
        return "multicast"
    if address in _SHARED:
        return "shared (carrier-grade NAT)"
    if address.is_reserved:
        return "reserved"
    if address.is_private:
        return "private"
    if not address.is_global:
        return "special-purpose"
    return None


def numeric_host(host: str) -> Address | None:
    """The address a URL's host names without DNS, in every form a C library accepts (127.0.0.1, 2130706433,
    0x7f.1, 0177.0.0.1, 127.1, [::ffff:127.0.0.1]), or None when the host is a name."""
    host = host.strip().strip("[]")
    if not host:
        return None
    try:
        return ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        pass
    if all(c in "0123456789abcdefxABCDEFX." for c in host) and any(c.isdigit() for c in host):
        try:
            return ipaddress.IPv4Address(socket.inet_aton(host))
        except OSError:
            return None
    return None


@dataclass(frozen=True)
class Egress:
    """The policy: global addresses, plus the networks the operator allowed."""

    allowed: tuple[Network, ...] = ()

    @classmethod
    def from_text(cls, text: str, *, where: str = ENV) -> Egress:
        return cls(parse_networks(text, where=where))

    @classmethod
    def from_environment(cls, environ: Mapping[str, str]) -> Egress:
        """The policy STORYWATCH_ALLOW_NETWORKS sets (ConfigError naming a malformed entry)."""
        return cls.from_text(environ.get(ENV, ""))

    def adding(self, networks: Iterable[Network]) -> Egress:
        return Egress(tuple(dict.fromkeys([*self.allowed, *networks])))

    def as_text(self) -> str:
        """The allow-list as STORYWATCH_ALLOW_NETWORKS spells it (to hand to a child process)."""
        return ",".join(str(n) for n in self.allowed)

    def is_allowed(self, address: Address) -> bool:
        inner = embedded_ipv4(address)
        return any(address in n or (inner is not None and inner in n) for n in self.allowed)

    def refusal(self, address: Address | str) -> str | None:
        """Why connecting to `address` is refused ("refused: 10.0.0.5 is a private address"), or None."""
        if isinstance(address, str):
            address = ipaddress.ip_address(address.split("%", 1)[0])
        what = kind(address)
        if what is None or self.is_allowed(address):
            return None
        inner = embedded_ipv4(address)
        shown = f"{address} ({inner})" if inner is not None else str(address)
        article = "an" if what[0] in "aeiou" else "a"
        return f"refused: {shown} is {article} {what} address"

    def check_address(self, address: Address | str) -> None:
        """Raise EgressError unless connecting to `address` is allowed."""
        why = self.refusal(address)
        if why is not None:
            raise EgressError(why)

    def check_url(self, url: str) -> None:
        """What can be said before connecting: the scheme, and the address when the host is one.
        A name is checked when it is resolved, by the client (see the module docstring)."""
        try:
            parts = urlsplit(url)
            host = parts.hostname
        except ValueError as exc:  # e.g. "Invalid IPv6 URL"
            raise EgressError(f"refused: invalid URL: {exc}: {url[:200]!r}") from exc
        if parts.scheme.lower() not in SCHEMES:
            raise EgressError(f"refused: only http(s) URLs can be fetched, not {url[:200]!r}")
        if not host:
            raise EgressError(f"refused: no host in {url[:200]!r}")
        address = numeric_host(host)
        if address is not None:
            self.check_address(address)

    def allowed_addresses(self, addresses: Iterable[str]) -> list[str]:
        """The resolved addresses that may be connected to, in order; EgressError naming the first refusal
        when none may. (A name with one global and one internal address connects only to the global one.)"""
        kept, first = [], None
        for text in addresses:
            why = self.refusal(text)
            if why is None:
                kept.append(text)
            elif first is None:
                first = why
        if not kept:
            raise EgressError(first or "refused: the name resolved to no address")
        return kept
