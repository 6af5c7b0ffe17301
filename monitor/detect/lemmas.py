"""Sentences as lemmas (pure): one token list per sentence, and a lemma string the frame rules search.

Rules are written over lemmas, not surface words, so that tense, person and number of one act are one rule
("apologized", "apologises", "has been apologizing" all read `apologize`). The lemma string joins the tokens'
lemmas with single spaces and pads both ends, so a rule finds a word as " deny " without word-boundary
guesswork, and a match maps back to token positions by counting spaces.

The lemmas are simplemma's (English and Russian, each word by its script), read from `lemmas.json`: the forms of
the few thousand words the detector compares with, taken from simplemma's dictionaries by tools/build_lemmas.py.
A word the table does not hold is no form of those words and stands as it is written, unless it loses a regular
ending and leaves a known form (words no dictionary has: "deplatformed", "оштрафована", "Роскомнадзора"). So no
dictionary of a million forms is loaded at run time (seconds and a hundred megabytes in every parser process).
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from monitor.detect.neighbours import OTHER_LEMMAS, settle, unsettled

_TABLE = Path(__file__).with_name("lemmas.json")
# A hyphen after a number is a wire tag's ("UPDATE 2-Binance denies"), not a compound's: it splits.
# A web address is one word ("A seattlepi.com story"), not a sentence's end.
_TOKEN = re.compile(r"\d+(?:[.,/]\d+)+|\d+(?=-[^\W\d_])|[^\W_][\w-]*(?:\.[^\W_][\w-]*)*\.(?:com|org|net|ru|ua)\b"
                    r"|\w+(?:[-'’]\w+)*|[^\w\s]", re.UNICODE)
_CYRILLIC = re.compile(r"[а-яё]")
_NUMBER = re.compile(r"^\d[\d.,/:]*$")
# Contractions the rules read as words: "didn't" is "do not", "won't" is "will not", "she'd" is "she would".
_CONTRACTIONS = {"n't": "not", "'ll": "will", "'d": "would", "'re": "be", "'ve": "have", "'m": "be", "'s": "'s"}
_IRREGULAR_NOT = {"won't": "will", "can't": "can", "cannot": "can", "shan't": "shall", "ain't": "be"}
_STEMS = {"wo": "will", "ca": "can", "sha": "shall", "ai": "be", "damages": "damages", "lies": "lie", "'d": "would"}
# simplemma keeps British spellings apart; the lexicon is written once, in the -ize spelling.
_BRITISH = re.compile(r"(apologi|criti[cs]i|characteri|recogni|organi|reali|emphasi|summari|authori)s(e|ing|ed|ation)$")
_QUOTES = str.maketrans({"“": '"', "”": '"', "«": '"', "»": '"', "„": '"', "‘": "'", "’": "'", "–": "-", "—": "-",
                         "ё": "е"})
_SPECIAL = {**_STEMS, **_IRREGULAR_NOT, **_CONTRACTIONS, "nt": "nt", "t": "t"}
_SPLIT_WORDS = {"cannot"} | {w for w in ("cant", "dont", "didnt", "doesnt", "wont", "isnt", "wasnt", "arent",
                                          "werent", "hasnt", "havent", "hadnt", "couldnt", "wouldnt", "shouldnt")}
# Capitals that are a name, not the pronoun their lower case is: "the US military" is not "we military".
_CAPITALS = {"US": "usa"}
_PRONOUN_BE = {"it", "he", "she", "that", "there", "what", "who", "here", "where", "this"}
_BARE_NOT = {"cant", "dont", "didnt", "doesnt", "wont", "isnt", "wasnt", "arent", "werent", "hasnt", "havent",
             "hadnt", "couldnt", "wouldnt", "shouldnt"}
# A dot after these is an abbreviation's, not a sentence's: "Nov. 1 article", "Sen. Helms" read without it.
_ABBREVIATIONS = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mr", "mrs",
                  "ms", "dr", "st", "jr", "sr", "sen", "rep", "gov", "gen", "prof", "rev", "lt", "col", "capt", "sgt",
                  "inc", "corp", "co", "ltd", "no", "vs", "u.s", "u.k", "p", "pp", "ed", "fig", "vol"}


_QUOTE_PAIRS = tuple((chr(k), v) for k, v in _QUOTES.items())


def fold(word: str) -> str:
    """A word as the table keys it: lower case, quotes and dashes folded, ё as е."""
    low = word.casefold()
    if low.isascii():
        return low  # what is folded is not ASCII: nothing to do (str.translate costs ~40 ns a character)
    for char, plain in _QUOTE_PAIRS:
        low = low.replace(char, plain)
    return low


def language(word: str) -> str:
    return "ru" if _CYRILLIC.search(word) else "en"


# Forms whose dictionary lemma would make them another word to the rules: "worse" is not "wrong" ("things are
# getting worse" calls no claim false).
# (and "Denys Henderson" does not deny; «суть» is "the gist" in today's Russian, not a form of «быть»)
_OWN_LEMMA = {"worse", "denys", "суть"}
# simplemma's English dictionary files some regular verbs under a made-up "-e" lemma: "fixed", "fixes" and "fixing"
# read "fixe", so no rule about fixing an error ever saw them.
_MISFILED = {"fixe": "fix", "mixe": "mix", "guarde": "guard", "develope": "develop", "crafte": "craft",
             "deposite": "deposit", "chate": "chat", "formate": "format", "flipe": "flip", "jobe": "job",
             "thinke": "think", "fantasie": "fantasy", "determin": "determine"}


# A modal has no inflections: "Wills", "Mayes" and "Cannes" are names, "wills" and "canned" other words, never
# "will", "may" and "can" (which would read "Kris Mayes filed a suit" or "Ann Wills sued" as a modal).
_MODALS = {"may", "might", "will", "would", "can", "could", "shall", "should", "must", "ought"}


def normalise_lemma(word: str, raw: str) -> str:
    """simplemma's lemma of `word` as the rules spell it (-ize for -ise, е for ё, lower case)."""
    out = raw.casefold()
    if word.casefold() in _OWN_LEMMA or out in _MODALS and word.casefold().endswith(("s", "ed", "ing")):
        return word.casefold()
    if language(word) == "en":
        if out in _MISFILED and word.casefold() != out:
            return _MISFILED[out]
        if out.endswith("ll") and out[:-1].endswith(("bel", "cel", "nal", "del")):
            out = out[:-1]  # simplemma's "labell", "cancell", "signall", "modell": the British doubled l
        out = _BRITISH.sub(lambda m: m.group(1) + "z" + m.group(2), out)
        if out.endswith("ise") and out[:-3] + "ize" != out and word.startswith(("apolog", "critic", "character")):
            out = out[:-3] + "ize"
    return out.replace("ё", "е")


# Regular endings an unknown word may lose: English inflections, Russian case, gender and reflexive endings.
_ENDINGS = {
    "en": (("ies", "y"), ("ied", "y"), ("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("es", ""), ("s", ""),
           ("d", "")),
    "ru": tuple((e, "") for e in ("ами", "ями", "ого", "его", "ому", "ему", "ых", "их", "ся", "сь", "ом", "ем", "ой",
                                  "ей", "ам", "ям", "ах", "ях", "ов", "ев", "ий", "ый", "ая", "ое", "ые", "ую", "а",
                                  "я", "у", "ю", "е", "ы", "и")),
}


def fallback(word: str, forms: dict[str, str], known: frozenset[str]) -> str:
    """A word the table does not hold, without a regular ending when that leaves a known form or word
    ("deplatformed", "оштрафована", "Роскомнадзора"); else the word itself."""
    lang = language(word)
    for ending, repl in _ENDINGS[lang]:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[: -len(ending)] + repl
            if forms.get(stem, stem) in _MODALS:
                continue
            if stem in forms:
                return forms[stem]
            if stem in known:
                return stem
            if lang == "en" and not repl and len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in known:
                return stem[:-1]  # "spammed" -> "spam"
    return word


@functools.cache
def _table() -> tuple[dict[str, str], frozenset[str]]:
    data = json.loads(_TABLE.read_text(encoding="utf-8"))
    forms = {form: lem for lem, fs in data["lemmas"].items() for form in fs}
    return forms, frozenset(forms.values()) | frozenset(data["vocabulary"])


@functools.cache
def _inverse() -> dict[str, frozenset[str]]:
    forms, _ = _table()
    out: dict[str, set[str]] = {}
    for form, lem in forms.items():
        out.setdefault(lem, set()).add(form)
    for table in (_CONTRACTIONS, _IRREGULAR_NOT, _STEMS):
        for form, lem in table.items():
            out.setdefault(lem, set()).add(form)
    return {lem: frozenset(fs) for lem, fs in out.items()}


def forms_of(lem: str) -> set[str]:
    """Every written (folded) form, or start of one, that reads as lemma `lem`: its table forms, itself (the
    ending rule only adds endings to a known form) and what the English rule makes of "-y" and "-e" words."""
    out = set(_inverse().get(lem, ())) | {lem}
    if lem == "0":
        return set("0123456789")
    if language(lem) == "en" and lem[-1:] == "y":
        out.add(lem[:-1] + "ie")  # what the ending rule reads as "deny": "denied", "denies"
    elif language(lem) == "en" and lem[-1:] == "e":
        out |= {lem[:-1] + "ing", lem[:-1] + "ed"}  # "fined", "filing"
    return out


def vocabulary_built() -> tuple[frozenset[str], frozenset[str]]:
    """(words, prefixes) the lemma table was built for."""
    data = json.loads(_TABLE.read_text(encoding="utf-8"))
    return frozenset(data["vocabulary"]), frozenset(data["prefixes"])


_SEEN: dict[str, str] = {}  # lemmas already read: a news vocabulary repeats


def lemma(word: str) -> str:
    """The lemma of one folded word (English or Russian by its script)."""
    found = _SEEN.get(word)
    if found is not None:
        return found
    if word[:1].isdigit() and _NUMBER.match(word):
        found = "0"  # 2021, 1,200, 14.06.2017: any number or date reads as one
    else:
        forms, known = _table()
        found = forms.get(word)
        if found is None:
            found = word if word in _OWN_LEMMA else fallback(word, forms, known)
    if len(_SEEN) < 200_000:
        _SEEN[word] = found
    return found


class Token(NamedTuple):  # a tuple: made for every word of every sentence read
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


# One sense of a match's words that is not the act (`first` and `last`: the match's tokens). Each field's senses
# module gives a table of them by kind, `SENSES`; `news_senses.not_in_the_news` asks the ones of the match's kind.
Sense = Callable[[Lemmas, int, int], bool]
Senses = dict[str, tuple[Sense, ...]]


def _split(word: str, start: int) -> list[tuple[str, int]]:
    """A word and its clitics: "didn't" -> "did", "n't"; "Reuters's" -> "Reuters", "'s"."""
    low = fold(word)
    if low in _IRREGULAR_NOT:
        cut = 3 if low == "cannot" else 2
        return [(word[:cut], start), (word[cut:], start + cut)]
    for clitic in ("n't", "'ll", "'d", "'re", "'ve", "'m", "'s"):
        if low.endswith(clitic) and len(low) > len(clitic):
            cut = len(word) - len(clitic)
            return [(word[:cut], start), (word[cut:], start + cut)]
    if low in _BARE_NOT:  # "cant", "didnt": contractions typed without the apostrophe
        cut = len(word) - 2
        return [(word[:cut], start), (word[cut:], start + cut)]
    return [(word, start)]


_WORDS: dict[str, tuple[str, str, str] | None] = {}  # a word as written -> (it, folded, lemma); None: it splits
_UNSEEN = ("", "", "")
_new_token = tuple.__new__  # Token(...) without the named tuple's Python-level constructor: once per word read


def _word(word: str) -> tuple[str, str, str] | None:
    """A plain word, its folded form and its lemma (None for a word that splits into clitics or reads in
    context)."""
    low = fold(word)
    if "'" in low or low in _SPLIT_WORDS or low in _SPECIAL:
        return None
    if word in _CAPITALS:
        return word, low, _CAPITALS[word]
    if "." in low and low[:1].isalpha():
        return word, low, low.replace(".", "-")  # a web address: one word the rules' gaps may pass over
    return word, low, (lemma(low) if low[:1].isalnum() else low)


_CHUNK = re.compile(r"\S+")
_CACHED = 100_000  # runs each cache below holds at most
# A run of non-space characters -> its tokens as read() makes them (offsets in the run; dots all kept). No token
# holds a space, and a clitic's reading looks only at its own word, so a run reads alike wherever it stands.
_CHUNK_TOKENS: dict[str, tuple[tuple[str, str, str, int, int], ...] | None] = {}
# a run of non-space characters -> its tokens' lemmas (a tuple of strings: the collector stops tracking it)
_CHUNK_LEMMAS: dict[str, tuple[str, ...]] = {}


def _known(word: str) -> tuple[str, str, str] | None:
    """`_word`, remembered (for at most 200,000 distinct words)."""
    info = _WORDS.get(word, _UNSEEN)
    if info is _UNSEEN:
        info = _word(word)
        if len(_WORDS) < 200_000:
            _WORDS[word] = info
    return info


def _word_tokens(word: str, start: int, prev: str | None) -> list[tuple[str, str, str, int, int]] | None:
    """A word's tokens as (text, folded, lemma, start, end). A clitic reads by the token before it: `prev` is that
    token's folded form, "" at the start of the sentence, None where it lies in another run (then the answer is
    None: the run cannot be read alone)."""
    info = _known(word)
    if info is not None:
        return [(*info, start, start + len(word))]
    out: list[tuple[str, str, str, int, int]] = []
    for text, at in _split(word, start):
        low = fold(text)
        lem = _SPECIAL.get(low) or _SEEN.get(low)
        if lem is None:
            lem = lemma(low) if low[:1].isalnum() else low
        elif low in ("'s", "nt", "t"):
            before = out[-1][1] if out else prev
            if before is None:
                return None
            if low == "t" and before + "t" in _BARE_NOT:
                lem = "not"  # "hadn t been charged": a scrape that lost the apostrophe
            if low == "'s" and before in _PRONOUN_BE:
                lem = "be"  # "it's retracted", "that's false": "is", not a possessive
            elif low == "nt" and before and before + "nt" in _BARE_NOT:
                lem = "not"
        out.append((text, low, lem, at, at + len(text)))
    return out


def _chunk_tokens(chunk: str) -> tuple[tuple[str, str, str, int, int], ...] | None:
    """The run's tokens; None when one reads by a word in another run (a lone "nt" after "did")."""
    out: list[tuple[str, str, str, int, int]] = []
    for m in _TOKEN.finditer(chunk):
        parts = _word_tokens(m[0], m.start(), out[-1][1] if out else None)
        if parts is None:
            return None
        out += parts
    return tuple(out)


_MISSING = ()


def _tokens_of(chunk: str) -> tuple[tuple[str, str, str, int, int], ...] | None:
    parts = _CHUNK_TOKENS.get(chunk, _MISSING)
    if parts is _MISSING:
        parts = _chunk_tokens(chunk)
        if len(_CHUNK_TOKENS) < _CACHED:
            _CHUNK_TOKENS[chunk] = parts
    return parts


def lemma_set(sentence: str) -> set[str]:
    """The lemmas `read` gives the sentence (and an abbreviation's dot, which it drops), without offsets or
    Token objects: enough to tell that no rule can match, at a fraction of the cost of reading the sentence."""
    out: set[str] = set()
    cache = _CHUNK_LEMMAS
    for chunk in sentence.split():
        lemmas = cache.get(chunk)
        if lemmas is None:
            parts = _tokens_of(chunk)
            if parts is None:
                return set(_read_words(sentence).string.split())
            lemmas = tuple({t[2] for t in parts} | {alt for t in parts for alt in OTHER_LEMMAS.get(t[1], ())})
            if len(cache) < _CACHED:
                cache[chunk] = lemmas
        out.update(lemmas)
    return out


def read(sentence: str) -> Lemmas:
    """Tokenise and lemmatise one sentence (run by run of non-space characters, each run's tokens read once)."""
    tokens: list[Token] = []
    end_of_text = len(sentence.rstrip())
    for m in _CHUNK.finditer(sentence):
        parts = _tokens_of(m[0])
        if parts is None:
            return _read_words(sentence)
        base = m.start()
        for text, low, lem, start, end in parts:
            if text == "." and tokens and tokens[-1][1] in _ABBREVIATIONS and base + end < end_of_text:
                continue  # "Nov. 1 article": an abbreviation's dot
            tokens.append(_new_token(Token, (text, low, lem, base + start, base + end)))
    settle(tokens, sentence)
    string = " " + " ".join([t[2] for t in tokens]) + " "
    return Lemmas(sentence, tuple(tokens), string)


# A run with no "." token -> its lemmas spaced and its last token's folded form (None: it has a dot or no token).
_SPACED: dict[str, tuple[str, str] | None] = {}
_UNSPACED = ("", "")


def lemma_string(sentence: str) -> str | None:
    """`read(sentence).string` without making its tokens; None where the sentence must be read for it (a lemma its
    neighbours decide, a word read by one in another run)."""
    if unsettled(sentence):
        return None
    lemmas: list[str] = []
    low_before = ""  # the folded form of the last token kept
    end_of_text = len(sentence.rstrip())
    for m in _CHUNK.finditer(sentence):
        spaced = _SPACED.get(m[0], _UNSPACED)
        if spaced is _UNSPACED:
            parts = _tokens_of(m[0])
            if parts is None:
                return None
            spaced = (" ".join([t[2] for t in parts]), parts[-1][1]) if parts and all(
                t[0] != "." for t in parts) else None
            if len(_SPACED) < _CACHED:
                _SPACED[m[0]] = spaced
        if spaced is not None:
            lemmas.append(spaced[0])
            low_before = spaced[1]
            continue
        base = m.start()
        for text, low, lem, _, end in _tokens_of(m[0]) or ():
            if text == "." and lemmas and low_before in _ABBREVIATIONS and base + end < end_of_text:
                continue  # as `read` drops it
            lemmas.append(lem)
            low_before = low
    return " " + " ".join(lemmas) + " "


def _read_words(sentence: str) -> Lemmas:
    """`read`, word by word: for a sentence where a word reads by one in another run."""
    tokens: list[Token] = []
    end_of_text = len(sentence.rstrip())
    for m in _TOKEN.finditer(sentence):
        word = m[0]
        start = m.start()
        if word == "." and tokens and tokens[-1][1] in _ABBREVIATIONS and start + 1 < end_of_text:
            continue
        parts = _word_tokens(word, start, tokens[-1].low if tokens else "") or ()
        if word in ("t", "T") and parts and parts[0][2] == "not":
            stem = tokens[-1].low[:-1]  # "hadn" is "had": its lemma as "hadn't" would give it
            tokens[-1] = tokens[-1]._replace(lemma=_SPECIAL.get(stem) or lemma(stem))
        for part in parts:
            tokens.append(_new_token(Token, part))
    settle(tokens, sentence)
    string = " " + " ".join([t[2] for t in tokens]) + " "
    return Lemmas(sentence, tuple(tokens), string)
