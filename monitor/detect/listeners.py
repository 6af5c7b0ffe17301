"""Who is told, not who acts (pure): "Acme told Reuters it had settled the suit", "Government sources told the BBC
they had reached a settlement", "A spokesman told the court the firm had filed a complaint". The one told comes
between "told" and the reported clause; the clause's own subject (a pronoun standing for the speaker, or a name)
is who did the act, never the listener.
"""

from __future__ import annotations

import re

# Whom a speaker tells: a name ("Reuters", "The Associated Press", "Ann Holt"), or a listener's common noun.
_LISTENER = re.compile(r"^\s*(?:(?:the|a|an)\s+)?(?:[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}|reporters?|journalists?"
                       r"|newspaper|paper|agency|court|jury|judge|tribunal|committee|hearing|investors|analysts"
                       r"|shareholders|lawmakers|parliament|senators|officials|police|staff)\s+(?=\S)")
_TELLING = re.compile(r"\b(?:told|tells)\b", re.IGNORECASE)


def past_listener(verb: str, rest: str) -> str:
    """The words after a verb of saying, without the listener a verb of telling names first ("told Reuters it had"
    -> "it had"); as they are after any other verb."""
    listener = _LISTENER.match(rest) if _TELLING.search(verb) else None
    return rest[listener.end():] if listener else rest
