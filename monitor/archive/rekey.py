"""Re-keying an archive's articles when the URL rules change (migration 0011_url_keys).

Until then an article's key forced https and dropped a long list of query parameters, some of which name the
page (`article.php?cid=123`). The new key (monitor.urls) keeps the scheme as served and those parameters, and
merges what the old one kept apart (`café` and `caf%C3%A9`, dot segments, the Washington Post's `itid`).

Each article's new key comes from its link (the URL as the outlet gave it) when the old key was made from
that link, else from the old key itself (a page's own canonical link, which the archive did not keep).
Articles whose new keys coincide are merged into the oldest: versions, matches, events (re-keyed to it),
sightings and the re-visit schedule move; no event or alert is created. Articles the old rules merged
wrongly cannot be split (their versions did not record where each was read): those that may hold several
pages are listed in `url_rekeys` with the others the migration touched.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, unquote_plus, urlencode, urlsplit, urlunsplit

from monitor.archive.identity import content_hash, event_key
from monitor.models import Event
from monitor.text import clean_url
from monitor.urls import UrlRules, amp_cache_inner, canonical_url, clean_link

# -- the key as releases before 0011_url_keys made it (frozen: it describes archives already written) --------
_OLD_EXACT = {
    "fbclid", "gclid", "dclid", "gclsrc", "msclkid", "yclid", "igshid", "mc_cid", "mc_eid", "ocid", "cmpid",
    "taid", "ref", "ref_src", "ref_url", "referrer", "guccounter", "guce_referrer", "guce_referrer_sig", "smid",
    "smtyp", "_ga", "_gl", "spm", "share", "src", "source", "via", "s_cid", "cid", "ito", "rss", "feed",
    "outputtype", "amp", "utm", "at_medium", "at_campaign", "mbid", "sr_share", "sh", "partner", "fr",
}
_OLD_PREFIXES = ("utm_", "pk_", "mtm_", "hmb_", "__twitter", "wt.", "at_", "icid", "int_", "_hs")
_OLD_HOST_PREFIXES = ("www.", "m.", "mobile.", "amp.")
_AMP_PATH = re.compile(r"(/amp|/amp\.html|\.amp)/?$", re.IGNORECASE)
_AMP_PREFIX = re.compile(r"^/amp(?=/.)", re.IGNORECASE)
_PERCENT = re.compile(r"%[0-9a-fA-F]{2}")


def old_tracking(name: str) -> bool:
    lowered = name.lower()
    return lowered in _OLD_EXACT or lowered.startswith(_OLD_PREFIXES)


def previous_key(url: str) -> str:
    """The key the previous releases gave `url` (always https, a long tracking list)."""
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
    inner = amp_cache_inner(host, parts)
    if inner is not None:
        return previous_key(inner)
    stripped = True
    while stripped:
        stripped = False
        for prefix in _OLD_HOST_PREFIXES:
            if host.startswith(prefix) and host.count(".") >= 2:
                host, stripped = host[len(prefix):], True
                break
    if port and port not in (80, 443):
        host = f"{host}:{port}"
    path = parts.path
    while True:
        shorter = _AMP_PREFIX.sub("", _AMP_PATH.sub("", re.sub(r"/{2,}", "/", path)))
        if len(shorter) > 1:
            shorter = shorter.rstrip("/")
        if shorter == path:
            break
        path = shorter
    path = _PERCENT.sub(lambda m: m.group(0).upper(), path or "/")
    query = sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not old_tracking(k))
    return urlunsplit(("https", host, path, urlencode(query), ""))


# -- the migration -----------------------------------------------------------------------------------------


@dataclass
class Rekeyed:
    """What re-keying did: keys changed, articles merged (gone -> kept), and those that may hold two pages."""

    changed: int = 0
    merged: list[tuple[int, int]] = field(default_factory=list)
    doubtful: list[int] = field(default_factory=list)


def new_key(url: str, link: str, rules: UrlRules) -> str:
    """An article's key under the new rules (see the module's docstring). A link holding characters that
    are cleaned now (a bidi override, say) is compared as the crawler spelled it too (percent-encoded): the
    previous releases keyed the feed's spelling and the page's apart, as two articles, which merge here."""
    if link.startswith(("http://", "https://")):
        for spelling in dict.fromkeys((link, clean_url(link))):
            if previous_key(spelling) == url:
                return canonical_url(spelling, rules)
    return canonical_url(url, rules)


def _dropped_before(link: str, rules: UrlRules) -> list[str]:
    """Query parameters of `link` that the old key dropped and the new one keeps: pages that differ only in
    them were stored as one article."""
    try:
        parts = urlsplit(link)
    except ValueError:
        return []
    host = parts.hostname or ""
    names = {unquote_plus(piece.partition("=")[0]) for piece in parts.query.split("&") if piece}
    kept = urlsplit(canonical_url(link, rules)).query
    kept_names = {unquote_plus(piece.partition("=")[0]).lower() for piece in kept.split("&") if piece}
    return sorted(n for n in names if old_tracking(n) and n.lower() in kept_names and host)


def rekey_articles(conn: sqlite3.Connection, rules: UrlRules) -> Rekeyed:
    """Give every article its new key and its tracking-free link; merge those whose keys coincide."""
    done = Rekeyed()
    rows = conn.execute("SELECT id, url, link, versions FROM articles ORDER BY id").fetchall()
    groups: dict[str, list[int]] = {}
    keys: dict[int, tuple[str, str, str]] = {}
    for article_id, url, link, versions in rows:
        key = new_key(url, link or "", rules)
        groups.setdefault(key, []).append(article_id)
        keys[article_id] = (url, key, clean_link(link, rules) if link else link)
        if versions > 1 and (params := _dropped_before(link or "", rules)):
            done.doubtful.append(article_id)
            conn.execute("INSERT INTO url_rekeys (article_id, old_url, new_url, note) VALUES (?, ?, ?, ?)",
                         (article_id, url, key, "may hold several pages (they differed only in "
                                                 f"{', '.join(params)}; the old key dropped it): cannot be split"))
    for ids in groups.values():
        for gone in ids[1:]:
            _merge(conn, gone, ids[0])
            done.merged.append((gone, ids[0]))
            old, key, _ = keys[gone]
            conn.execute("INSERT INTO url_rekeys (article_id, old_url, new_url, merged_into, note)"
                         " VALUES (?, ?, ?, ?, 'merged')", (gone, old, key, ids[0]))
    survivors = [ids[0] for ids in groups.values()]
    changed = [i for i in survivors if keys[i][0] != keys[i][1]]
    # Two steps: a new key may be another article's old one.
    conn.executemany("UPDATE articles SET url = ? WHERE id = ?", [(f"\x00rekey:{i}", i) for i in changed])
    conn.executemany("UPDATE articles SET url = ? WHERE id = ?", [(keys[i][1], i) for i in changed])
    conn.executemany("INSERT INTO url_rekeys (article_id, old_url, new_url, note) VALUES (?, ?, ?, 're-keyed')",
                     [(i, keys[i][0], keys[i][1]) for i in changed])
    conn.executemany("UPDATE articles SET link = ? WHERE id = ? AND link != ?",
                     [(keys[i][2], i, keys[i][2]) for i in survivors if keys[i][2]])
    done.changed = len(changed)
    return done


def _merge(conn: sqlite3.Connection, gone: int, kept: int) -> None:
    """Move everything of article `gone` onto article `kept` and delete `gone`; the text most recently seen
    becomes the article's current text, so the next poll finds it unchanged."""
    for version_id, digest in conn.execute("SELECT id, content_hash FROM article_versions WHERE article_id = ?",
                                           (gone,)).fetchall():
        same = conn.execute("SELECT id FROM article_versions WHERE article_id = ? AND content_hash = ?",
                            (kept, digest)).fetchone()
        if same is None:
            conn.execute("UPDATE article_versions SET article_id = ? WHERE id = ?", (kept, version_id))
        else:
            conn.execute("UPDATE events SET version_id = ? WHERE version_id = ?", (same[0], version_id))
            conn.execute("DELETE FROM article_versions WHERE id = ?", (version_id,))
    conn.execute("INSERT OR IGNORE INTO matches (article_id, watch, reason, matched_at)"
                 " SELECT ?, watch, reason, matched_at FROM matches WHERE article_id = ?", (kept, gone))
    conn.execute("DELETE FROM matches WHERE article_id = ?", (gone,))
    for event_id, old_key, watch, kind, evidence in conn.execute(
            "SELECT id, dedup_key, watch, kind, evidence FROM events WHERE article_id = ?", (gone,)).fetchall():
        key = event_key(watch, kept, Event(kind=kind, evidence=evidence))
        if conn.execute("SELECT 1 FROM events WHERE dedup_key = ?", (key,)).fetchone() is not None:
            # Already known on the article it joins (its alerts stay as history): a key nothing recomputes.
            key = hashlib.sha256(f"merged\x1f{old_key}".encode()).hexdigest()
        conn.execute("UPDATE events SET article_id = ?, dedup_key = ? WHERE id = ?", (kept, key, event_id))
    conn.execute("UPDATE OR IGNORE event_sightings SET article_id = ? WHERE article_id = ?", (kept, gone))
    conn.execute("DELETE FROM event_sightings WHERE article_id = ?", (gone,))
    if conn.execute("SELECT 1 FROM revisits WHERE article_id = ?", (kept,)).fetchone() is None:
        conn.execute("UPDATE revisits SET article_id = ? WHERE article_id = ?", (kept, gone))
    conn.execute("DELETE FROM revisits WHERE article_id = ?", (gone,))
    newer = conn.execute("SELECT g.title, g.summary, g.body, g.content_hash, g.notes, g.updated FROM articles g"
                         " JOIN articles k ON k.id = ? WHERE g.id = ? AND g.last_seen > k.last_seen",
                         (kept, gone)).fetchone()
    if newer is not None:
        conn.execute("UPDATE articles SET title = ?, summary = ?, body = ?, content_hash = ?, notes = ?,"
                     " updated = COALESCE(?, updated) WHERE id = ?", (*newer, kept))
    conn.execute(
        "UPDATE articles SET first_seen = min(first_seen, (SELECT first_seen FROM articles WHERE id = :gone)),"
        " last_seen = max(last_seen, (SELECT last_seen FROM articles WHERE id = :gone)),"
        " published = COALESCE(published, (SELECT published FROM articles WHERE id = :gone)),"
        " versions = (SELECT count(*) FROM article_versions WHERE article_id = :kept) WHERE id = :kept",
        {"gone": gone, "kept": kept})
    conn.execute("DELETE FROM articles WHERE id = ?", (gone,))


def rehash(conn: sqlite3.Connection) -> int:
    """Recompute every article's and version's content hash (monitor.archive.identity.content_hash); a
    version whose new hash another version of its article already has keeps its old one (history)."""
    changed = 0
    for table in ("articles", "article_versions"):
        rows = conn.execute(f"SELECT id, title, summary, body, content_hash FROM {table}").fetchall()
        for row_id, title, summary, body, old in rows:
            new = content_hash(title, summary, body)
            if new != old:
                changed += conn.execute(f"UPDATE OR IGNORE {table} SET content_hash = ? WHERE id = ?",
                                        (new, row_id)).rowcount
    return changed


def rekey_events(conn: sqlite3.Connection) -> int:
    """Recompute every event's key (its evidence compared as monitor.text.identity_text compares texts); an
    event whose new key another event already has keeps its old one."""
    changed = 0
    rows = conn.execute("SELECT id, dedup_key, watch, article_id, kind, evidence FROM events").fetchall()
    for event_id, old, watch, article_id, kind, evidence in rows:
        new = event_key(watch, article_id, Event(kind=kind, evidence=evidence))
        if new != old:
            changed += conn.execute("UPDATE OR IGNORE events SET dedup_key = ? WHERE id = ?",
                                    (new, event_id)).rowcount
    return changed
