"""Write monitor/detect/lemmas.json: the inflected forms of every word the detector reads, from simplemma.

    python tools/build_lemmas.py

simplemma's dictionaries (about 180,000 English and 1.4 million Russian forms) take a second or two and some
hundred megabytes to load; the detector compares lemmas with a few thousand words only. This keeps, for each of
those words, every dictionary form whose lemma it is, the words' own lemmas where they are themselves inflected
forms, and every dictionary form that the run-time ending rule (`lemmas.fallback`) would read wrongly, so that
`monitor.detect.lemmas` gives simplemma's lemma for every dictionary word that matters. Run it after adding words
to the lexicon or to a word set: tests/detect/test_lemmas.py fails until the table matches the vocabulary.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import simplemma
from simplemma.strategies.dictionaries import DefaultDictionaryFactory

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from monitor.detect import lemmas  # noqa: E402
from monitor.detect.vocabulary import words  # noqa: E402

# Pieces of words simplemma's dictionary files as words: clitics, and the halves of "wanna", "gonna", "gotta" and
# "don't" ("wan" read "want", "ta" "to", "don" "do"), which are names or other words when written alone ("Wan Li
# apologized" is no demand; "Don Avery denied" no "do"). So is "hes", which made the surname "Hess" read "he".
_FRAGMENTS = {"nt", "m", "t", "s", "d", "ll", "re", "ve", "em", "im", "ur", "u", "r", "n", "wan", "gon", "na", "ta",
              "don", "hes"}


def _true(word: str, lang: str) -> str:
    """simplemma's lemma as the rules spell it."""
    return lemmas.fold(lemmas.normalise_lemma(word, simplemma.lemmatize(word, lang=lang)))


def main() -> None:
    whole, prefixes = words()
    factory = DefaultDictionaryFactory()
    table: dict[str, str] = {}
    known_all: set[str] = set(whole)
    for lang in ("en", "ru"):
        known = {w for w in whole if lemmas.language(w) == lang}
        targets = known | {_true(w, lang) for w in known}
        known_all |= targets
        forms = {key.decode() if isinstance(key, bytes) else key for key in factory.get_dictionary(lang)._dict}
        truth: dict[str, str] = {}
        # in a fixed order (plain lower case first), so that where two written forms fold alike ("решённый",
        # "решенный") the same one names the lemma on every run: a set's order changes with the hash seed
        for form in sorted(forms | known, key=lambda f: (f != f.casefold(), f)):
            low = lemmas.fold(form)
            if low in _FRAGMENTS or ("'" in low and low not in known):
                continue  # clitic fragments ("nt", "m", "'t") read as "not" and "be" would only blur the prefilter
            if low and " " not in low and lemmas.language(low) == lang and low not in truth:
                truth[low] = _true(form.casefold(), lang)
        for low, true in truth.items():
            if true in targets or low in known or true.startswith(tuple(prefixes)):
                table[low] = true
        frozen = frozenset(known_all)
        for _ in range(2):  # dictionary words the ending rule would misread keep their own lemma
            for low, true in truth.items():
                if low not in table and lemmas.fallback(low, table, frozen) not in (low, true):
                    table[low] = true
    by_lemma: dict[str, list[str]] = {}
    for form, lem in sorted(table.items()):
        by_lemma.setdefault(lem, []).append(form)
    out = REPO / "monitor" / "detect" / "lemmas.json"
    out.write_text(json.dumps({"about": "forms of the words monitor/detect reads, from simplemma's dictionaries; "
                                        "written by tools/build_lemmas.py",
                               "vocabulary": sorted(known_all), "prefixes": sorted(prefixes), "lemmas": by_lemma},
                              ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {out}: {len(whole)} words, {len(table)} forms, {out.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
