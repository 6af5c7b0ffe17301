"""URL canonicalisation (pure): one article, one key, whatever tracking, AMP or mobile variant linked to it."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# Query parameters that identify a click, not a document.
_TRACKING_EXACT = {
    "fbclid", "gclid", "dclid", "gclsrc", "msclkid", "yclid", "igshid", "mc_cid", "mc_eid", "ocid", "cmpid",
    "taid", "ref", "ref_src", "ref_url", "referrer", "guccounter", "guce_referrer", "guce_referrer_sig", "smid",
    "smtyp", "_ga", "_gl", "spm", "share", "src", "source", "via", "s_cid", "cid", "ito", "rss", "feed",
    "outputtype", "amp", "utm", "at_medium", "at_campaign", "mbid", "sr_share", "sh", "partner", "fr",
}
_TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hmb_", "__twitter", "wt.", "at_", "icid", "int_", "_hs")
_HOST_PREFIXES = ("www.", "m.", "mobile.", "amp.")
_AMP_PATH = re.compile(r"(/amp|/amp\.html|\.amp)/?$", re.IGNORECASE)
_AMP_PREFIX = re.compile(r"^/amp(?=/.)", re.IGNORECASE)
# Google's AMP cache: https://www-example-com.cdn.ampproject.org/c/s/www.example.com/path
_AMP_CACHE = re.compile(r"^/[cv]/(?:s/)?(.+)$")
_PERCENT = re.compile(r"%[0-9a-fA-F]{2}")


def is_tracking_param(name: str) -> bool:
    lowered = name.lower()
    return lowered in _TRACKING_EXACT or lowered.startswith(_TRACKING_PREFIXES)


_MEMO: dict[str, str] = {}  # canonical_url is pure and called several times per article (storing, matching)
_MEMO_MAX = 200_000


def canonical_url(url: str) -> str:
    """The archive's key for a URL (memoised); see _canonical."""
    got = _MEMO.get(url)
    if got is None:
        got = _canonical(url)
        if len(_MEMO) >= _MEMO_MAX:
            _MEMO.clear()
        _MEMO[url] = got
        _MEMO[got] = got  # idempotent: the key itself comes back (matching a stored article passes its key)
    return got


def remember_canonical(url: str) -> None:
    """Record that `url` is its own canonical form: canonical_url is idempotent, so a process that received
    canonical_url(x) from another (a parser process) need not recompute it."""
    if len(_MEMO) >= _MEMO_MAX:
        _MEMO.clear()
    _MEMO[url] = url


def _canonical(url: str) -> str:
    """The archive's key for a URL: lower-case scheme and host without www/m/amp, no default port,
    no fragment, no tracking parameters, sorted query, no AMP suffix, no trailing slash.

    Non-http(s) strings (a bare GUID, say) are returned stripped and otherwise untouched.
    """
    url = url.strip()
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return url
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.hostname:
        return url
    host = parts.hostname.lower().rstrip(".")
    if host.endswith(".cdn.ampproject.org"):
        inner = _AMP_CACHE.match(parts.path)
        if inner and "." in inner.group(1).split("/", 1)[0]:
            secure = parts.path.startswith(("/c/s/", "/v/s/"))
            rest = inner.group(1) + (f"?{parts.query}" if parts.query else "")
            return _canonical(("https://" if secure else "http://") + rest)
    stripped = True
    while stripped:  # www.m.example.com -> example.com: to a fixed point, so canonical_url is idempotent
        stripped = False
        for prefix in _HOST_PREFIXES:
            if host.startswith(prefix) and host.count(".") >= 2:
                host, stripped = host[len(prefix):], True
                break
    if port and port not in (80, 443):  # the key is always https, so neither default port survives
        host = f"{host}:{port}"
    path = parts.path
    while True:  # /x/amp/amp/, /amp/amp/x: strip to a fixed point
        shorter = _AMP_PREFIX.sub("", _AMP_PATH.sub("", re.sub(r"/{2,}", "/", path)))
        if len(shorter) > 1:
            shorter = shorter.rstrip("/")
        if shorter == path:
            break
        path = shorter
    path = _PERCENT.sub(lambda m: m.group(0).upper(), path or "/")
    query = sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not is_tracking_param(k))
    # http and https name the same article; the key uses https.
    return urlunsplit(("https", host, path, urlencode(query), ""))
