"""Sentences as lemmas (pure): one token list per sentence, and a lemma string the frame rules search.

Rules are written over lemmas, not surface words, so that tense, person and number of one act are one rule
("apologized", "apologises", "has been apologizing" all read `apologize`). The lemma string joins the tokens'
lemmas with single spaces and pads both ends, so a rule finds a word as " deny " without word-boundary
guesswork, and a match maps back to token positions by counting spaces. English and Russian words are
lemmatised by simplemma (its data ships inside the package; nothing is downloaded), each with its own language
by script; results are cached because a news vocabulary repeats.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import simplemma

# A hyphen after a number is a wire tag's ("UPDATE 2-Binance denies"), not a compound's: it splits.
_TOKEN = re.compile(r"\d+(?=-[^\W\d_])|\w+(?:[-'’]\w+)*|[^\w\s]", re.UNICODE)
_CYRILLIC = re.compile(r"[а-яё]")
# Contractions the rules read as words: "didn't" is "do not", "won't" is "will not", "she'd" is "she would".
_CONTRACTIONS = {"n't": "not", "'ll": "will", "'d": "would", "'re": "be", "'ve": "have", "'m": "be", "'s": "'s"}
_IRREGULAR_NOT = {"won't": "will", "can't": "can", "cannot": "can", "shan't": "shall", "ain't": "be"}
_STEMS = {"wo": "will", "ca": "can", "sha": "shall", "ai": "be", "damages": "damages", "lies": "lie", "'d": "would"}
# simplemma keeps British spellings apart; the lexicon is written once, in the -ize spelling.
_BRITISH = re.compile(r"(apologi|criti[cs]i|characteri|recogni|organi|reali|emphasi|summari|authori)s(e|ing|ed)$")
_QUOTES = str.maketrans({"“": '"', "”": '"', "«": '"', "»": '"', "„": '"', "‘": "'", "’": "'", "–": "-", "—": "-"})


@functools.lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """The lemma of one lower-case word (English or Russian by its script)."""
    if word.isdigit():
        return "0"
    lang = "ru" if _CYRILLIC.search(word) else "en"
    out = simplemma.lemmatize(word, lang=lang).casefold()
    if lang == "en":
        out = _BRITISH.sub(lambda m: m.group(1) + "z" + m.group(2), out)
        if out.endswith("ise") and out[:-3] + "ize" != out and word.startswith(("apolog", "critic", "character")):
            out = out[:-3] + "ize"
    return out.replace("ё", "е")


@dataclass(frozen=True)
class Token:
    text: str  # as written
    low: str  # lower case, quotes and dashes folded
    lemma: str
    start: int  # character offsets in the sentence
    end: int


@dataclass(frozen=True)
class Lemmas:
    """One sentence as tokens, and the padded lemma string " w1 w2 ... wn " the rules search."""

    text: str
    tokens: tuple[Token, ...]
    string: str

    def token_at(self, offset: int) -> int:
        """The index of the token a lemma-string offset falls in."""
        return self.string.count(" ", 0, offset + 1) - 1

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Character offsets in the sentence of the tokens a lemma-string match [start, end) covers."""
        first = self.token_at(start)
        last = max(first, self.token_at(max(start, end - 1)))
        if not self.tokens:
            return 0, 0
        first, last = min(first, len(self.tokens) - 1), min(last, len(self.tokens) - 1)
        return self.tokens[first].start, self.tokens[last].end


def _split(word: str, start: int) -> list[tuple[str, int]]:
    """A word and its clitics: "didn't" -> "did", "n't"; "Reuters's" -> "Reuters", "'s"."""
    low = word.translate(_QUOTES).casefold()
    if low in _IRREGULAR_NOT:
        cut = 3 if low == "cannot" else 2
        return [(word[:cut], start), (word[cut:], start + cut)]
    for clitic in ("n't", "'ll", "'d", "'re", "'ve", "'m", "'s"):
        if low.endswith(clitic) and len(low) > len(clitic):
            cut = len(word) - len(clitic)
            return [(word[:cut], start), (word[cut:], start + cut)]
    return [(word, start)]


def read(sentence: str) -> Lemmas:
    """Tokenise and lemmatise one sentence."""
    tokens: list[Token] = []
    for m in _TOKEN.finditer(sentence):
        for text, start in _split(m.group(0), m.start()):
            low = text.translate(_QUOTES).casefold()
            if low in _CONTRACTIONS:
                lem = _CONTRACTIONS[low]
            elif low in _IRREGULAR_NOT:
                lem = _IRREGULAR_NOT[low]
            elif low in _STEMS:
                lem = _STEMS[low]
            elif low[:1].isalnum():
                lem = lemma(low)
            else:
                lem = low
            tokens.append(Token(text, low, lem, start, start + len(text)))
    string = " " + " ".join(t.lemma for t in tokens) + " "
    return Lemmas(sentence, tuple(tokens), string)
