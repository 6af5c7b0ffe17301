"""Lemmas from the compact table: simplemma's lemmas of the words the detector reads, without its dictionaries."""

from __future__ import annotations

import gc

import pytest

from monitor.detect import lemmas
from monitor.detect.lemmas import fold, lemma, lemma_set, read, vocabulary_built
from monitor.detect.vocabulary import words

pytestmark = pytest.mark.pure


def test_the_table_was_built_for_the_vocabulary_the_code_has() -> None:
    whole, prefixes = words()
    built, built_prefixes = vocabulary_built()
    missing = sorted(whole - built)
    assert not missing and prefixes == built_prefixes, (
        f"run `python tools/build_lemmas.py`: the lemma table lacks {missing[:20]}")


@pytest.mark.parametrize(("word", "expected"), [
    ("apologised", "apologize"), ("apologizing", "apologize"), ("stood", "stand"), ("denied", "deny"),
    ("retracted", "retract"), ("sued", "sue"), ("took", "take"), ("misspelt", "misspell"), ("denials", "denial"),
    ("извинился", "извиниться"), ("опровергла", "опровергнуть"), ("принёс", "принести"), ("удалили", "удалить"),
    ("оштрафована", "оштрафован"),  # no dictionary has it: a regular ending is dropped
    ("1,200", "0"), ("14.06.2017", "0"),  # a number or a date reads as one
    ("airline", "airline"), ("phonebox", "phonebox"),  # words the detector does not read stand as written
    ("fixed", "fix"), ("fixes", "fix"), ("fixing", "fix"), ("thinking", "think"), ("fantasies", "fantasy"),  # misfiled
    # a modal has no inflections: these are names and other words, never "will", "may", "can", "must"
    ("wills", "wills"), ("mayes", "mayes"), ("mays", "mays"), ("cannes", "cannes"), ("canned", "canned"),
    ("musts", "musts"), ("willed", "willed"), ("wo", "will"), ("ca", "can"), ("could", "could"),
    ("суть", "суть"), ("есть", "быть"),  # «суть спора» is the gist, not «быть»
])
def test_lemma(word: str, expected: str) -> None:
    assert lemma(fold(word)) == expected


def test_a_sentence_reads_as_a_padded_lemma_string() -> None:
    assert read("Reuters didn't apologise.").string == " reuters do not apologize . "
    assert read("UPDATE 2-Binance denies").string == " update 0 - binance deny "
    assert read("A Nov. 1 article misstated it.").string == " a nov 0 article misstate it . "
    assert read("Attorney General Lena Mayes sued.").string == " attorney general lena mayes sue . "


@pytest.mark.parametrize(("sentence", "expected"), [
    # a modal with a capital inside a sentence is a month or a name
    ("The suit was filed in May.", " the suit be file in month . "),
    ("It ran from 5 May 2021.", " it run from 0 month 0 . "),
    ("Premier Ida May apologised.", " premier ida May apologize . "),
    ("The singer Will Orr denied it.", " the singer Will orr deny it . "),
    ("Will Orr denied it.", " Will orr deny it . "),
    # and stays a modal where it is one
    ("The paper may retract it.", " the paper may retract it . "),
    ("Will the paper retract it?", " will the paper retract it ? "),
    ("May I add that we regret it.", " may i add that we regret it . "),
    ("Exchange May Face Fine Over Report", " exchange may face fine over report "),
    ("He said: May it never happen again.", " he say : may it never happen again . "),
    # a gerund with an object is the verb, the noun stays a noun
    ("They began by filing a lawsuit.", " they begin by file a lawsuit . "),
    ("After lodging their complaints, they waited.", " after lodge their complaint , they wait . "),
    ("It said so in a court filing.", " it say so in a court filing . "),
])
def test_a_word_whose_neighbours_decide_its_lemma(sentence: str, expected: str) -> None:
    assert read(sentence).string == expected


def _slot_words(notation: str) -> set[str]:
    from monitor.detect.wordsets import SETS

    out: set[str] = set()
    for word in notation.split():
        if word.startswith(("~", "!{", "^")):
            continue
        for alt in word.rstrip("?").split("|"):
            alts = SETS[alt[1:-1]].split("|") if alt.startswith("{") else [alt]
            out |= {part for a in alts if not a.endswith("*") for part in a.split("_")}
    return {w for w in out if w[:1].isalpha() and "'" not in w}


def test_every_word_a_rule_names_is_one_a_sentence_can_read() -> None:
    """A rule compares lemmas: a word it spells in a form no sentence reads ("pleased", "aspects", "ничего")
    can never match, unless the rule lists the lemma too."""
    from monitor.detect.lemmas import _table
    from monitor.detect.lexicon import RULES

    lemmas_of_forms = set(_table()[0].values())
    dead = set()
    for rule in RULES:
        words = _slot_words(rule.name)
        for word in words:
            read_as = read(word).string.strip()
            if read_as != word and read_as not in words and word not in lemmas_of_forms:
                dead.add(f"{word} -> {read_as} ({rule.kind})")
    assert not dead, sorted(dead)


@pytest.mark.parametrize("sentence", [
    "Reuters didn't apologise.", "We did nt apologise.", "did NT say", "it 's wrong", "Mr . Smith said.",
    "Acme Inc. . It said", "A Nov. 1 article", "He said: “it’s false”", "UPDATE 2-Binance denies", "cannot, won't",
    "Она извинилась. Ё-моё", "U.S. officials at 9 a.m. Sen. Smith", "x nt nt didnt it's", "Straße ﬁne İstanbul",
    "They hadn t been charged", "t. I can t, T",
])
def test_reading_run_by_run_equals_reading_word_by_word(sentence: str) -> None:
    from monitor.detect.lemmas import _read_words, lemma_set, lemma_string

    assert read(sentence) == _read_words(sentence)
    assert set(read(sentence).string.split()) <= lemma_set(sentence)
    assert lemma_string(sentence) in (None, read(sentence).string)


@pytest.mark.parametrize(("sentence", "made"), [
    ("Dr. Orla Benn of Kestrel Corp. apologised to readers.", True),  # abbreviations' dots dropped mid-sentence
    ("The board moved the listing to the U.S.", True),  # and the last one kept
    ("Kestrel Ltd. . The paper corrected it.", True),
    ("The court fined Kestrel Ltd.", True),
    ("Acme Inc", True),
    ("  Spaces  before and after  ", True),
    ("«Редакция приносит извинения» — сказал он.", True),
    ("We'd corrected the caption.", False),  # a lemma the neighbours decide: read as tokens
    ("Filed in May, the suit was dropped.", False),
    ("They began by filing a suit.", False),
    ("Reuters did nt apologise.", False),  # a clitic read by the word in the run before
])
def test_a_lemma_string_made_without_tokens_is_the_reading_s(sentence: str, made: bool) -> None:
    from monitor.detect.lemmas import lemma_string

    string = lemma_string(sentence)
    assert (string is not None) == made
    assert string in (None, read(sentence).string)


def test_fold_equals_casefold_and_the_quote_table() -> None:
    from monitor.detect.lemmas import _QUOTES

    for text in ("“Quoted” «ёлка» — ‘x’ – „y“", "ASCII Only", "Straße ﬁne İ", ""):
        assert fold(text) == text.casefold().translate(_QUOTES)


def test_every_module_of_senses_is_scanned_for_words() -> None:
    """A module of senses or cancellers holds words the lemma table must know: a new one is scanned too."""
    import pkgutil

    import monitor.detect
    from monitor.detect.vocabulary import SCANNED

    wanted = {m.name for m in pkgutil.iter_modules(monitor.detect.__path__)
              if m.name.endswith("senses") or m.name in ("cancellers", "publishers", "frames", "followups")}
    assert wanted <= {m.__name__.rsplit(".", 1)[1] for m in SCANNED}


def test_the_parser_processes_preload_no_rule_compiled() -> None:
    """Rules compile on first use, in the parser processes too: their forkserver imports the parsing side only, since
    compiling every rule there would hold back every worker it forks, while a feed's entries need the few rules their
    words allow."""
    import subprocess
    import sys

    from monitor.collect import parse_pool

    code = ("import importlib, sys; [importlib.import_module(m) for m in sys.argv[1:]]; "
            "from monitor.detect.lexicon import RULES; print(sum('pattern' in vars(r) for r in RULES), len(RULES))")
    done = subprocess.run([sys.executable, "-c", code, *parse_pool.PRELOAD], capture_output=True, text=True,
                          check=True)
    compiled, rules = (int(n) for n in done.stdout.split())
    assert compiled == 0 and rules > 100


def test_the_lemma_set_cache_leaves_the_collector_nothing_to_walk() -> None:
    assert lemma_set("Acme Corp disputed the report on Tuesday.") >= {"acme", "dispute", "report", "tuesday"}
    gc.collect()
    assert lemmas._CHUNK_LEMMAS and not any(gc.is_tracked(v) for v in lemmas._CHUNK_LEMMAS.values())
