"""Terms in normalised text (pure): what the watch-query engine (monitor/detect/query.py) asks of a position.

Folding (case, curly apostrophes, no-break spaces, ё, soft hyphens), where a term that starts at a hit ends (a
phrase's words joined by spaces or hyphens, a quoted term ending where a word ends), whether two positions are
in one sentence and how many words lie between them: plain string work on the positions the automaton found,
no regular expression over the whole text.
"""

from __future__ import annotations

import re

# What outlets vary on that must not change a decision: curly apostrophes, no-break spaces, ё, soft hyphens.
_FOLD = (("\u2019", "'"), ("\u2018", "'"), ("\u02bc", "'"), ("\u00a0", " "), ("ё", "е"), ("\u00ad", ""))
_SENTENCE_PUNCT = ".!?"
_WORD = re.compile(r"\w+")


def normalise(text: str) -> str:
    """Fold case and the characters outlets vary on (curly apostrophes, no-break spaces, ё, soft hyphens)."""
    text = text.casefold()
    for char, replacement in _FOLD:  # str.replace per character present: several times faster than translate
        if char in text:
            text = text.replace(char, replacement)
    return text


def bare_term(term: str) -> tuple[str, bool]:
    """The term without quotes, and whether it was quoted (must end at a word's end)."""
    t = term.strip()
    exact = len(t) > 2 and t[0] == t[-1] == '"'
    return (t[1:-1] if exact else t), exact


def is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def phrase_end(text: str, i: int, rest: tuple[str, ...], exact: bool) -> int:
    """Where a term ends whose first word ends at `i`: its other words each follow one or more spaces or hyphens
    and, quoted, it ends where a word ends; -1 when it does not match there. Like the regular expression
    `w1[\\s-]+w2...`, the longest run of separators is tried first (it decides where the match ends)."""
    if not rest:
        return -1 if exact and i < len(text) and is_word(text[i]) else i
    if i >= len(text) or not (text[i].isspace() or text[i] == "-"):
        return -1
    j = i
    while j < len(text) and (text[j].isspace() or text[j] == "-"):
        j += 1
    word = rest[0]
    # The next word starts after at least one separator; inside the run only if it starts with a separator.
    starts = range(j, i, -1) if word[0].isspace() or word[0] == "-" else (j,) if j > i else ()
    for k in starts:
        if text.startswith(word, k):
            end = phrase_end(text, k + len(word), rest[1:], exact)
            if end >= 0:
                return end
    return -1


def same_sentence(text: str, a: int, b: int) -> bool:
    """Whether positions a <= b are in one sentence: no line break, and no run of . ! ? followed by a space,
    between them."""
    if "\n" in text[a:b]:
        return False
    for punct in _SENTENCE_PUNCT:
        k = text.find(punct, a, b)
        while k != -1:
            if k + 1 < len(text) and text[k + 1].isspace():
                return False
            k = text.find(punct, k + 1, b)
    return True


def within_words(text: str, a: int, b: int, n: int) -> bool:
    """Whether at most `n` words start after position a and at or before b (a <= b): a near clause's distance.
    The words are counted on the span between the two hits only, and no further than n + 1."""
    if (b - a + 1) // 2 <= n:  # a word start needs a character before it that is not a word's: no more fit
        return True
    allowed = n + (1 if is_word(text[a]) and is_word(text[a + 1]) else 0)  # a run continuing a's word
    for count, _ in enumerate(_WORD.finditer(text, a + 1, b + 1), 1):
        if count > allowed:
            return False
    return True
