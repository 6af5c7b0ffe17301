"""What every rendering of an alert adds to its row: what the revision changed, and who else carried it."""

from __future__ import annotations

from monitor.archive.articles import revision
from monitor.archive.db import Archive
from monitor.archive.events import other_outlets
from monitor.archive.records import AlertRow
from monitor.detect.revisions import changed_sentences
from monitor.models import REVISION_KINDS


class AlertContext(AlertRow, total=False):
    before: str  # the changed sentence as it read before the revision that carried the follow-up
    after: str  # ... and as it reads now ('' when removed)
    also: list[str]  # other outlets that carried it


def alert_context(archive: Archive, alert: AlertRow) -> AlertContext:
    """The alert row with the revision's changed sentences (before/after) when the event tells of a change to the
    article and came from a new version (a denial read from a page that replaced its feed item quotes no change),
    and the other outlets that carried the follow-up."""
    fields = AlertContext(**alert)  # type: ignore[typeddict-item]
    versions = revision(archive, alert["version_id"]) if alert["kind"] in REVISION_KINDS else None
    if versions is not None:
        changed = changed_sentences(*versions)
        if changed is not None:
            fields["before"], fields["after"] = changed
    fields["also"] = other_outlets(archive, int(alert["article_id"]), int(alert["event_id"]))
    return fields
