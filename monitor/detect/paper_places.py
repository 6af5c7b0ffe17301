"""Where in a paper a piece ran (pure): "on Page A3", "a Page 1 caption", "in Section B", "on page one of Tuesday's
paper". Such a place is part of the piece's description and names no one, though it is capitalised like a name.
"""

from __future__ import annotations

import re

_PLACE = re.compile(r"(?:\b(?:on|in)\s+(?:the\s+)?)?\b(?:(?i:pages?)\s+(?:[A-Z]?\d{1,3}[A-Z]?|[Oo]ne)"
                    r"|(?:Section|Sec\.)\s+[A-Z]\d?)(?![\w-])")


def without_page(phrase: str) -> str:
    """The phrase without the page or section a piece ran in: "A story on Page A3 Monday" -> "A story Monday"."""
    return " ".join(_PLACE.sub(" ", phrase).split()) if re.search(r"(?i:page|sec)", phrase) else phrase
