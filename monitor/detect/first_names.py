"""A first name that is also a verb, as a sentence opens with it (pure): "Sue Halloran has four grandchildren" is
about a person, "Sue Council Over Flooding" a headline's call to sue."""

from __future__ import annotations

from monitor.detect.lemmas import Lemmas


def a_first_name(lem: Lemmas, i: int) -> bool:
    """ "Sue Halloran has four grandchildren", "Sue, 60, pauses", "Sue spends her days": a first name opening a
    sentence, before a surname, a comma or a verb's third person (not a headline's "Sue Council Over Flooding")."""
    toks = lem.tokens
    nxt = toks[i + 1].text if i + 1 < len(toks) else ""
    if nxt == "," or nxt[:1].islower() and (nxt.endswith(("s", "ed")) or nxt in _PAST):
        return True
    # (a second capitalised word before a comma ends a name too: a letter signed "Sue Todd Sutton, London")
    return i + 2 < len(toks) and nxt[:1].isupper() and nxt[1:2].islower() and (
        toks[i + 2].text[:1].islower() or toks[i + 2].text in (",", "'s", "'") or toks[i + 2].text[:1].isupper()
        and toks[i + 3:i + 4] != [] and toks[i + 3].text == ",")


_PAST = {"said", "told", "felt", "knew", "thought", "went", "came", "had", "did", "was", "took", "gave", "made",
         "got", "found", "kept", "left", "sat", "stood", "saw", "heard", "began", "wrote", "spent", "would", "will",
         "can", "could", "might", "may", "must", "should"}
