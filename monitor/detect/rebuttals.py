"""Who answers a claim in a clause that comments on it (pure): "Critics say the plan hides costs, a charge which
the ministry denies", "..., something Tam Reed denies", "..., an accusation the board has rejected". The clause
hangs off the claim the sentence reports, so its own subject answers it, not the sentence's first subject (who
made the claim). A clause opened by "that" whose verb is passive reports what was done to its subject
("announced that Tam Reed was charged"): that subject did not act, and no doer is read here.
"""

from __future__ import annotations

import re

from monitor.detect.names import head
from monitor.detect.passives import doer_after_by

# What a commenting clause hangs on: a claim's noun after a comma, "something", or a bare "which".
_CLAIM = (r",\s+(?:(?:a|an|the)\s+(?:[a-z]+\s+){0,2}?(?:claims?|charges?|allegations?|accusations?|suggestions?"
          r"|assertions?|characteri[sz]ations?|criticisms?|reports?|view|idea|notion|account)"
          r"|something|which)\s+(?:(?:which|that)\s+)?")
# Its subject: a name ("Tam Reed", "Mr Reed", "The Acme Group") or a common noun phrase ("the administration").
_WORD = r"(?!(?:has|have|had|also|since|still|now|always)\b)[a-z]+"
_WHO = rf"((?:The\s+)?(?:[A-Z][\w&.'’-]*\s+){{0,3}}[A-Z][\w&.'’-]*|the\s+(?:{_WORD}\s+){{0,2}}{_WORD})"
_AUX = r"\s+(?:(?:has|have|had|also|since|still|now|always|\w+ly)\s+){0,3}$"
_COMMENTING = re.compile(_CLAIM + _WHO + _AUX)
# The claim's noun right before the act's participle: "..., a claim denied by the chancellor".
_CLAIM_THEN_BY = re.compile(_CLAIM.removesuffix(r"\s+(?:(?:which|that)\s+)?") + r"\s+$")
# A relative clause with a named subject of its own, without a comma: "a claim which Acme denies".
_WHICH_NAME = re.compile(r"\b(?:which|that)\s+((?:The\s+)?(?:[A-Z][\w&.'’-]*\s+){0,3}[A-Z][\w&.'’-]*)" + _AUX)
# A passive act: "was charged", "been fined", "is being sued".
_PASSIVE_ACT = re.compile(r"(?:(?:been|being|was|were|is|are|be)\s+){1,2}(?:(?:\w+ly|later|since|then|also|soon)\s+)"
                          r"{0,2}\w+(?:ed|en|wn)\b", re.IGNORECASE)


def rebutter(sentence: str, start: int) -> str:
    """The subject of a clause that comments on the sentence's claim, where the act at `start` is that clause's
    verb; else ""."""
    if _PASSIVE_ACT.match(sentence, start):
        return ""  # "said that Tam Reed was charged": done to Tam Reed, not by
    before = sentence[max(0, start - 160):start]
    by = re.match(r"\w+ed\s+by\s+(?:the\s+([a-z]+)\b)?", sentence[start:])
    if by and _CLAIM_THEN_BY.search(before):
        return doer_after_by(sentence[start:]) or by.group(1) or ""  # "..., a claim denied by the chancellor"
    found = _COMMENTING.search(before) or _WHICH_NAME.search(before)
    if not found or re.match(r"(?i:the\s+(?:same|other|latter|former)\b)", found.group(1)):
        return ""
    who = found.group(1)
    return head(who) or (re.sub(r"^the\s+", "", who) if who.startswith("the ") else "")
