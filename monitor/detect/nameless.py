"""Words that stand where a doer's name would and name no one (pure): a name made into an adjective ("His US-based
lawyer"), an adverb or a date that opens a sentence ("Again, we are sorry", "Oct. 4, 2019 · The owner ...")."""

from __future__ import annotations

import re

# A name made into an adjective, alone: "US-based", "Kremlin-backed" qualify a noun and name no one by themselves.
COMPOUND_ADJECTIVE = re.compile(r"\S+-(?:based|born|backed|owned|listed|led|run|headquartered|registered|funded"
                                r"|controlled|linked|affiliated|made)")
# An adverb or a date that opens a sentence, alone: it says when or how, never who.
NO_ONE = re.compile(r"(?:Again|Once again|Yet|Thus|Hence|Therefore"
                    r"|[A-Z][a-z]{3,}(?:ally|ously|ively|ently|antly|edly|fully|ately|icly)"
                    r"|[А-ЯЁ][а-яё]{3,}(?:ально|ично|енно|ельно)"
                    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?(?:\s+\d{1,2})?"
                    r"|(?:Janu|Febru)ary|April|June|July|(?:Septem|Octo|Novem|Decem)ber|August)")  # (not "May")


def names_no_one(named: str) -> bool:
    """Whether the words a subject reading took for a name name no one: "US-based", "Again", "Oct. 4"."""
    return bool(COMPOUND_ADJECTIVE.fullmatch(named) or NO_ONE.fullmatch(named))
