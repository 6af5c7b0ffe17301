"""One error hierarchy: the library raises these, the edges (CLI, bot, poller) convert them."""


class StorywatchError(Exception):
    """Base of every error storywatch raises on purpose. `exit_code` is what the command line exits with
    (README: 1 some sources or pages failed, 2 usage, 3 environment or archive error)."""

    exit_code = 1


class ArchiveError(StorywatchError):
    """The archive cannot be used as asked: missing, needing an upgrade, unreadable, damaged, not storywatch's,
    or made by a newer storywatch."""

    exit_code = 3


class SeedError(StorywatchError):
    """A seed (watch) file is missing, unreadable or invalid; the message names the file and key."""

    exit_code = 3


class FetchError(StorywatchError):
    """A source could not be fetched: network failure, bad status, oversized or refused body."""

    def __init__(self, message: str, *, status: int | None = None, retry_after: float | None = None):
        super().__init__(message)
        self.status = status
        self.retry_after = retry_after


class EgressError(FetchError):
    """The egress policy refused a destination (monitor/egress.py): a scheme other than http(s), or an address
    that is not global and not allowed. Never retried as a network error: the same URL meets the same refusal."""


class FeedError(StorywatchError):
    """A fetched body is not a usable feed (HTML page, empty document, unparseable XML)."""


class QueryError(StorywatchError):
    """A search query could not be run (bad syntax or an unknown filter)."""


class SearchTimeout(QueryError):
    """A search ran past its time budget and was stopped (monitor/archive/search.py)."""


class ConfigError(StorywatchError):
    """Configuration from the environment or command line is invalid."""

    exit_code = 2


class ExtractError(StorywatchError):
    """A fetched page has no article to extract (empty, not HTML, no text)."""


class LockedError(StorywatchError):
    """Another process holds one of the archive's locks (`storywatch run`'s, or a poll's): monitor/archive/locks.py."""

    exit_code = 3


class PartialFailure(StorywatchError):
    """Some sources or pages failed (every one of them, or any with --strict): exit 1 after the summary."""


class InputError(StorywatchError):
    """A line of input to `storywatch classify` or `evaluate` is not a usable JSON object."""


class NotAFeedError(FeedError):
    """An HTML page was served where a feed was expected; `alternates` lists the feeds it offers."""

    def __init__(self, message: str, *, alternates: list[str] | None = None):
        super().__init__(message)
        self.alternates = alternates or []


class FilterError(StorywatchError):
    """A subscriber's filter value is not valid; the message lists the valid ones. `key` and `values` let an
    edge say the same in another language (the bot's catalogue: filter_error.<key>)."""

    def __init__(self, message: str, *, key: str = "", **values: str):
        super().__init__(message)
        self.key = key
        self.values = values


class DeliveryError(StorywatchError):
    """A channel's destination refused or failed a notification; `permanent` when retrying cannot help."""

    def __init__(self, message: str, *, permanent: bool = False, retry_after: float | None = None):
        super().__init__(message)
        self.permanent = permanent
        self.retry_after = retry_after
