"""URLs of articles (pure): the archive's key for an article, and the link people are shown.

The key is w3lib's `canonicalize_url` (percent-encoding normalised so `café` == `caf%C3%A9`, dot segments
resolved, query sorted, fragment dropped) plus a small layer of storywatch's own: tracking parameters removed,
AMP and mobile variants folded into the article, `www.` dropped, no trailing slash. The scheme stays as
served: http and https of one address are matched by a second lookup (`other_scheme`), never by rewriting
the key. Query parameters that identify the page (`article.php?cid=123`) stay.

The link is the outlet's URL with only its tracking parameters removed: what alerts, search, exports and
Datasette show. The key is internal.

Which parameters are tracking is a short, conservative list; a site adds its own or exempts one of the list
in seeds/sites/*.toml (`tracking_params`, `page_params`), read into `UrlRules`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import SplitResult, unquote_plus, urlsplit, urlunsplit

# Query parameters that identify a click or a campaign, never a document (the analytics and ad platforms'
# own documented names). Kept short on purpose: a parameter wrongly listed merges two articles into one.
TRACKING_PARAMS = frozenset({
    "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "ttclid", "igshid",
    "li_fat_id", "mc_cid", "mc_eid", "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok", "oly_anon_id", "oly_enc_id",
    "vero_id", "wt_mc", "wt.mc_id", "wt_zmc", "itid", "smid", "smtyp", "ocid", "at_medium", "at_campaign",
    "guccounter", "guce_referrer", "guce_referrer_sig", "__twitter_impression", "ref_src", "ref_url", "sr_share",
})
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "matomo_")
# A query parameter that asks for the AMP rendering of the same article: dropped from the key (not the link).
_AMP_PARAMS = frozenset({"amp", "outputtype"})
_AMP_VALUES = frozenset({"", "1", "true", "amp"})
_HOST_PREFIXES = ("www.", "m.", "mobile.", "amp.")
_DEFAULT_PORTS = {"http": 80, "https": 443}
_AMP_PATH = re.compile(r"(/amp|/amp\.html|\.amp)/?$", re.IGNORECASE)
_AMP_PREFIX = re.compile(r"^/amp(?=/.)", re.IGNORECASE)
# Google's AMP cache: https://www-example-com.cdn.ampproject.org/c/s/www.example.com/path
_AMP_CACHE = re.compile(r"^/[cv]/(?:s/)?(.+)$")


def _domain_of(host: str) -> str:
    return host.lower().rstrip(".").removeprefix("www.")


@dataclass(frozen=True)
class UrlRules:
    """Which query parameters are tracking: the global list, and per-site additions (`drop`) and exemptions
    (`keep`), each a (domain, lower-cased names) pair; a domain covers its subdomains."""

    drop: tuple[tuple[str, frozenset[str]], ...] = ()
    keep: tuple[tuple[str, frozenset[str]], ...] = ()
    _memo: dict[str, str] = field(default_factory=dict, compare=False, hash=False, repr=False)

    def _site(self, pairs: tuple[tuple[str, frozenset[str]], ...], host: str) -> frozenset[str]:
        domain = _domain_of(host)
        found: set[str] = set()
        for site, names in pairs:
            if domain == site or domain.endswith("." + site):
                found |= names
        return frozenset(found)

    def tracking_for(self, host: str) -> tuple[frozenset[str], frozenset[str]]:
        """(extra tracking names, exempted names) for URLs of `host`."""
        return self._site(self.drop, host), self._site(self.keep, host)

    def __getstate__(self) -> dict[str, object]:  # sent to parser processes: the memo stays behind
        return {"drop": self.drop, "keep": self.keep}

    def __setstate__(self, state: dict[str, object]) -> None:
        object.__setattr__(self, "drop", state["drop"])
        object.__setattr__(self, "keep", state["keep"])
        object.__setattr__(self, "_memo", {})


DEFAULT_RULES = UrlRules()
_MEMO_MAX = 200_000


def _tracking(lowered: str, extra: frozenset[str], kept: frozenset[str]) -> bool:
    if lowered in kept:
        return False
    return lowered in TRACKING_PARAMS or lowered in extra or lowered.startswith(TRACKING_PREFIXES)


def _without_tracking(query: str, host: str, rules: UrlRules, *, amp: bool) -> str:
    """The query's `&`-separated pieces, as written, less the tracking ones (and the AMP markers with `amp`)."""
    if not query:
        return ""
    extra, kept = rules.tracking_for(host)
    pieces = []
    for piece in query.split("&"):
        if not piece:
            continue
        name, _, value = piece.partition("=")
        lowered = unquote_plus(name).strip().lower()
        if _tracking(lowered, extra, kept):
            continue
        if amp and lowered in _AMP_PARAMS and unquote_plus(value).strip().lower() in _AMP_VALUES:
            continue
        pieces.append(piece)
    return "&".join(pieces)


def canonical_url(url: str, rules: UrlRules = DEFAULT_RULES) -> str:
    """The archive's key for a URL (memoised per rules; idempotent: a key is its own key)."""
    memo = rules._memo
    got = memo.get(url)
    if got is None:
        got = _canonical(url, rules)
        if len(memo) >= _MEMO_MAX:
            memo.clear()
        memo[url] = got
        memo[got] = got
    return got


def remember_canonical(url: str, rules: UrlRules = DEFAULT_RULES) -> None:
    """Record that `url` is its own key: a process that received canonical_url(x) from another (a parser
    process) need not recompute it."""
    if len(rules._memo) >= _MEMO_MAX:
        rules._memo.clear()
    rules._memo[url] = url


# A URL w3lib would leave as it is but for the case of its scheme and host, its query's order and its fragment:
# ASCII letters, digits and the characters w3lib keeps in a path (not ';': path parameters are split off); a
# query of unreserved characters. Most feed links are; they skip canonicalize_url (about 40 us a URL), and get
# what it would give (tests/collect/test_urls.py holds the two equal).
_PLAIN = re.compile(r"(?P<scheme>https?)://(?P<host>[A-Za-z0-9.-]+)(?P<port>:\d{1,5})?"
                    r"(?P<path>/[A-Za-z0-9._~!$'()*+,=:@/-]*)?(?:\?(?P<query>[A-Za-z0-9._~=&-]*))?(?:#.*)?",
                    re.IGNORECASE | re.DOTALL)
_DOT_SEGMENT = re.compile(r"/\.\.?(?:/|$)")
_SLASHES = re.compile(r"/{2,}")


def plain_canonical(url: str) -> str | None:
    """What w3lib's canonicalize_url gives for a plain URL (see _PLAIN), or None for any other."""
    found = _PLAIN.fullmatch(url)
    if found is None or (found["path"] and _DOT_SEGMENT.search(found["path"])):
        return None
    pairs = sorted(piece.partition("=")[::2] for piece in (found["query"] or "").split("&") if piece)
    query = "&".join(f"{k}={v}" for k, v in pairs)
    return (f"{found['scheme'].lower()}://{found['host'].lower()}{found['port'] or ''}{found['path'] or '/'}"
            f"{'?' + query if query else ''}")


def _w3lib_canonical(url: str) -> str:
    # w3lib (with urllib.request, http.client and email under it) is loaded for the first URL that is not plain:
    # a poll whose feeds all answer 304 canonicalises nothing.
    from w3lib.url import canonicalize_url

    return canonicalize_url(url)


def amp_cache_inner(host: str, parts: SplitResult) -> str | None:
    """The publisher's URL inside a Google AMP cache URL ("https://x-com.cdn.ampproject.org/c/s/x.com/a"), or None."""
    if not host.endswith(".cdn.ampproject.org"):
        return None
    inner = _AMP_CACHE.match(parts.path)
    if not inner or "." not in inner.group(1).split("/", 1)[0]:
        return None
    secure = parts.path.startswith(("/c/s/", "/v/s/"))
    return ("https://" if secure else "http://") + inner.group(1) + (f"?{parts.query}" if parts.query else "")


def _canonical(url: str, rules: UrlRules) -> str:
    """See the module's docstring. Strings that are not http(s) URLs (a bare GUID) come back stripped."""
    url = url.strip()
    if not url[:8].lower().startswith(("http://", "https://")):
        return url
    try:
        parts = urlsplit(url)
        _ = parts.port  # raises ValueError on a bad port
    except ValueError:
        return url
    scheme = parts.scheme.lower()
    if not parts.hostname:
        return url
    host = parts.hostname.lower().rstrip(".")
    inner = amp_cache_inner(host, parts)
    if inner is not None:
        return _canonical(inner, rules)
    try:
        parts = urlsplit(plain_canonical(url) or _w3lib_canonical(url))
        port = parts.port
    except ValueError:
        return url
    host = (parts.hostname or host).rstrip(".")
    stripped = True
    while stripped:  # www.m.example.com -> example.com: to a fixed point, so the key is its own key
        stripped = False
        for prefix in _HOST_PREFIXES:
            if host.startswith(prefix) and host.count(".") >= 2:
                host, stripped = host[len(prefix):], True
                break
    if port and port != _DEFAULT_PORTS[scheme]:
        host = f"{host}:{port}"
    path = parts.path
    while True:  # /x/amp/amp/, /amp/amp/x: strip to a fixed point
        shorter = _SLASHES.sub("/", path)
        if "amp" in shorter.lower():
            shorter = _AMP_PREFIX.sub("", _AMP_PATH.sub("", shorter))
        if len(shorter) > 1:
            shorter = shorter.rstrip("/")
        if shorter == path:
            break
        path = shorter
    query = _without_tracking(parts.query, host, rules, amp=True)
    return urlunsplit((scheme, host, path or "/", query, ""))


def clean_link(url: str, rules: UrlRules = DEFAULT_RULES) -> str:
    """The outlet's URL as people are shown it: as given, less its tracking parameters."""
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    if parts.scheme.lower() not in _DEFAULT_PORTS or not parts.query:
        return url
    query = _without_tracking(parts.query, parts.hostname or "", rules, amp=False)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, query, parts.fragment))


def page_identity(url: str, rules: UrlRules = DEFAULT_RULES) -> str:
    """The key without its scheme: equal for the http and https addresses of one article (for comparing
    URLs, never for storing)."""
    key = canonical_url(url, rules)
    for scheme in ("https://", "http://"):
        if key.startswith(scheme):
            return key[len(scheme):]
    return key


def other_scheme(key: str) -> str | None:
    """The same key over the other scheme (http <-> https): the second lookup that matches an article
    whichever way it was served. None for a key that is not an http(s) URL."""
    for this, that in (("https://", "http://"), ("http://", "https://")):
        if key.startswith(this):
            return that + key[len(this):]
    return None
