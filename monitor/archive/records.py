"""The archive's rows as types: what each query returns, column by column, so that mypy sees a renamed column
before a user does. Rows are plain dicts at run time (`TypedDict`), as sqlite3 and sqlite-utils give them."""

from __future__ import annotations

from typing import TypedDict


class SourceRow(TypedDict):
    id: int
    url: str
    name: str
    outlet: str
    type: str
    origin: str
    enabled: int
    disabled_reason: str | None
    etag: str | None
    last_modified: str | None
    added_at: str
    last_checked: str | None
    last_ok: str | None
    last_status: int | None
    last_error: str | None
    consecutive_failures: int
    next_check: str | None
    interval_s: int | None
    feed_ttl: int | None
    check_reason: str | None
    last_warning: str | None
    last_entries: int | None
    disabled_at: str | None
    body_hash: str | None
    fetch_url: str | None
    redirect_to: str | None
    redirect_seen: int
    redirect_since: str | None


class ArticleRow(TypedDict):
    id: int
    url: str
    link: str
    guid: str | None
    source_id: int | None
    title: str
    summary: str
    body: str
    outlet: str
    authors: str
    language: str
    published: str | None
    updated: str | None
    first_seen: str
    last_seen: str
    content_hash: str
    versions: int
    notes: str  # a JSON list of the page's notes
    feed_hash: str | None  # what a feed's entry last gave of it (monitor.archive.articles.READ_HASH)
    page_hash: str | None  # what its page last gave


class SubscriberRow(TypedDict):
    id: int
    channel: str
    chat_id: str
    name: str
    chat_type: str
    active: int
    muted_until: str | None
    digest: int
    created_at: str
    language: str | None
    language_seen: str | None


class SubscriptionRow(TypedDict):
    subscriber_id: int
    watch: str
    kinds: str | None  # JSON list
    outlets: str | None  # JSON list
    min_confidence: float | None
    created_at: str


class ChannelRow(TypedDict):
    """An operator's alert channel (Apprise URL or webhook): never the credential, only where to find it."""

    id: int
    kind: str
    label: str
    url_ref: str
    secret_ref: str | None
    pace_s: float
    enabled: int
    disabled_at: str | None
    disabled_reason: str | None
    consecutive_failures: int
    retry_at: str | None
    last_ok: str | None
    last_error: str | None
    sent: int
    created_at: str


class AlertRow(TypedDict):
    """A due alert with everything rendering it needs: the subscriber, the event and its article."""

    alert_id: int
    attempts: int
    created_at: str
    subscriber_id: int
    chat_id: str
    chat_type: str
    language: str | None
    language_seen: str | None
    event_id: int
    kind: str
    actor: str
    target: str
    story: str
    evidence: str
    watch: str
    confidence: float
    detected_at: str
    version_id: int | None
    article_id: int
    url: str
    link: str
    title: str
    outlet: str
    published: str | None


class AlertListing(TypedDict):
    """A row of `storywatch alerts`."""

    id: int
    status: str
    attempts: int
    created_at: str
    sent_at: str | None
    message_id: str | None
    last_error: str | None
    channel: str
    chat_id: str
    kind: str
    watch: str
    actor: str
    evidence: str
    outlet: str
    title: str
    link: str


class LatestEvent(TypedDict):
    event_id: int
    kind: str
    actor: str
    target: str
    story: str
    evidence: str
    watch: str
    detected_at: str
    url: str
    link: str
    title: str
    outlet: str


class RecentEvent(TypedDict):
    """An earlier event of a watch that a new one may repeat (syndication)."""

    id: int
    evidence: str
    fingerprint: str | None
    actor: str


class RevisitRow(TypedDict):
    article_id: int
    link: str
    first_seen: str
    next_visit: str | None
    step: int
    visits: int
    changes: int
    etag: str | None
    last_modified: str | None
    last_visit: str | None
    last_status: int | None
    last_error: str | None


class DueRevisit(TypedDict):
    article_id: int
    link: str
    etag: str | None
    last_modified: str | None
    outlet: str


class RunRow(TypedDict):
    id: int
    kind: str
    started_at: str
    finished_at: str | None
    status: str
    stats: str  # JSON
    error: str | None


class ServiceStateRow(TypedDict):
    name: str
    kind: str
    state: str
    pid: int | None
    schedule: str
    next_fire: str | None
    last_fire: str | None
    last_exit: int | None
    restarts: int
    detail: str
    updated_at: str


class SearchHit(TypedDict):
    id: int
    url: str  # the archive's key (internal)
    link: str  # the outlet's URL, tracking parameters removed: what people are shown
    title: str
    outlet: str
    published: str | None
    first_seen: str
    summary: str
    score: float | None  # bm25: lower is better; None without words
    snippet: str  # matched words between search.MARK_START and MARK_END
    kinds: list[str]  # the follow-up kinds found in the article


class VersionSeen(TypedDict):
    seen_at: str  # for a version read from an archive: when the capture was taken
    via: str
    title: str
    source: str  # 'outlet' or 'archive'
    captured_at: str | None
    archive: str  # the archive's address ('' for the outlet)


class VersionRow(TypedDict):
    """One version of an article (a row of article_versions)."""

    id: int
    article_id: int
    seen_at: str
    via: str  # 'feed', 'page' or 'archive'
    url: str | None  # where it was read (None: stored before versions recorded it)
    title: str
    summary: str
    body: str
    content_hash: str
    notes: str  # JSON list
    diff: str | None  # JSON (monitor.detect.revisions.VersionDiff.as_json), None when not stored


class ArticleFollowUp(TypedDict):
    id: int
    watch: str
    kind: str
    actor: str
    target: str
    evidence: str
    detected_at: str
    version_id: int | None


class ArticleMatch(TypedDict):
    watch: str
    reason: str
    matched_at: str


class FollowUpSeen(TypedDict):
    kind: str
    actor: str
    target: str
    evidence: str
    confidence: float
    detected_at: str
    backfilled: int  # 1: found in history by a backfill (no alert of its own)


class CarriedSeen(TypedDict):
    """A follow-up an article carried that another article had brought first (a sighting of its event)."""
    kind: str
    actor: str
    first_id: int  # the article it was found in first
    first_outlet: str
    seen_at: str


class TimelineRow(TypedDict):
    id: int
    date: str
    published: str | None
    first_seen: str
    outlet: str
    title: str
    link: str
    versions: int
    reason: str
    versions_seen: list[VersionSeen]
    follow_ups: list[FollowUpSeen]
    carried: list[CarriedSeen]


class FollowUpRow(TypedDict):
    id: int
    dedup_key: str
    watch: str
    story: str
    kind: str
    actor: str
    target: str
    evidence: str
    confidence: float
    detected_at: str
    outlet: str
    title: str
    link: str
    article_id: int
    published: str | None


class VersionText(TypedDict):
    """One stored version of an article, with what judging it needs (`storywatch rematch`)."""

    id: int
    article_id: int
    seen_at: str
    title: str
    summary: str
    body: str


class BackfillJob(TypedDict):
    id: int
    watch: str
    day_from: str
    day_to: str
    alert: int
    status: str
    passes: int
    cursor: str  # JSON, monitor/collect/backfill/windows.Cursor
    stats: str  # JSON
    errors: str  # JSON: source -> error
    started_at: str
    updated_at: str
    finished_at: str | None


class BackfillCandidate(TypedDict):
    job_id: int
    seq: int
    url: str
    found_by: str
    title: str
    published: str | None
    outcome: str | None


class HistoryAlert(AlertRow):
    """A due alert of a follow-up found in history, with the backfill job that found it."""

    job_id: int
    day_from: str
