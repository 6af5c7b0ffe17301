"""A post a page embeds (pure): an X post's text runs on into its links ("pic.twitter.com/...") and its signature
("— Ana Lee (@analee) July 31, 2026"), so an "UPDATE:" or an "Editor's note:" inside it is the poster's mark on
the post, not the page's on its story."""

from __future__ import annotations

import re

_SIGNATURE = re.compile(r"pic\.twitter\.com/|\bhttps?://t\.co/|[-–—]\s*[^()\n]{1,60}\(@\w{1,30}\)\s+"
                        r"[A-Z][a-z]+\s+\d{1,2},\s+\d{4}")
# The marks a page puts on its own story: in an embedded post they mark the post.
PAGE_MARKS = frozenset({"update", "editors_note"})
_POST_LENGTH = 320  # an X post's text, and a little for its links


def embedded(text: str, start: int) -> bool:
    """Whether the sentence at `start` lies in an embedded post: its links or signature follow within a post's
    length, with no paragraph break between."""
    window = text[start:start + _POST_LENGTH]
    return _SIGNATURE.search(window.split("\n\n", 1)[0]) is not None
