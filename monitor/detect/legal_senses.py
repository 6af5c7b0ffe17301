"""The law's words in other senses (pure): "a fine drive", "in charge of", "a pretax charge against earnings",
"factory orders", "on penalties", a statute's maximum fine, a government's instructions. `senses.not_this_kind`
asks `not_legal` of every legal-action match.
"""

from __future__ import annotations

import re

from monitor.detect.lemmas import Lemmas
from monitor.detect.wordsets import SETS

YEAR = re.compile(r"^(?:19|20)\d\d$")
DETERMINERS = {"a", "an", "the", "its", "their", "his", "her", "our", "these", "those", "this", "that", "of", "in",
               "0", "two", "three", "some", "many", "all"}

_FINE_ADJECTIVE = {"point", "points", "line", "print", "art", "arts", "example", "balance", "detail", "details",
                   "dining", "wine", "wines", "tuning", "tune", "job", "grain", "distinction", "condition", "mess",
                   "weather", "young", "old"}

# a statute's penalty, not one imposed: "влечет за собой штраф", "грозит штрафом", "punishable by a fine"
_STATUTE = {"влечь", "влечет", "повлечь", "грозить", "караться", "наказываться", "punishable", "liable", "set"}

_PROSECUTING = {"attorney", "attorneys", "counsel", "lawyer", "lawyers", "authority", "authorities", "office",
                "barrister", "team", "agency"}

_SPOT_KICK = {"kick", "kicks", "shootout", "shoot-out", "spot", "area", "box", "try", "corner", "miss", "save"}

_MONEY = {"pay", "impose", "levy", "issue", "face", "hand", "slap", "receive", "million", "billion", "thousand",
          "pound", "dollar", "euro", "rouble", "ruble", "€", "£", "$", "₽", "рубль", "тысяча", "доллар", "евро",
          "fined", "penalty", "civil", "hefty",
          "record", "maximum", "штраф"} | set(SETS["AUTH"].split("|"))

def _priced(lem: Lemmas) -> bool:
    """Whether the sentence prices a fine or names who imposes it: a sum, a payer, an authority."""
    return any(t.lemma in _MONEY or t.low in _MONEY for t in lem.tokens)

def not_legal(lem: Lemmas, first: int, last: int) -> bool:
    """Words of the law in other senses: "in order to make sure", "a finer grained level", "settling disputes
    between Israel and Iran" (diplomacy, not a lawsuit settled), "a fine point", a statute's "punishable by a
    fine"."""
    for i in range(first, last + 1):
        tok = lem.tokens[i]
        if tok.low in ("finer", "finest"):
            return True
        if tok.lemma in ("convict", "sentence", "charge") and i and lem.tokens[i - 1].lemma in ("if", "unless", "once"):
            return True  # "faces ten years in prison if convicted": what may come, not what was done
        if tok.lemma == "sentence" and i and lem.tokens[i - 1].low in ("are", "is", "be", "get"):
            return True  # "citizens who are sentenced to imprisonment": how a system works, not a sentence passed
        if tok.low == "fine" and lem.tokens[i + 1:i + 2] and lem.tokens[i + 1].low in _FINE_ADJECTIVE:
            return True  # "a fine point that was changed": the adjective
        if tok.lemma in ("fine", "penalty", "штраф") and {t.lemma for t in lem.tokens[max(0, i - 4):i]} & _STATUTE:
            return True
        prev = lem.tokens[i - 1].lemma if i else ""
        nxt = lem.tokens[i + 1].low if i + 1 < len(lem.tokens) else ""
        if tok.lemma == "charge" and prev in ("in", "take"):
            return True  # "he was in charge of the side", "taking charge of": responsible, not accused
        if tok.lemma == "charge" and i == last and lem.tokens[first].lemma == "be" and (
                tok.low in ("charge", "charges") and prev in ("the", "a", "an", "these", "those", "its", "their")):
            return True  # "the difference is that the charges are quite low": a price, not a charge brought
        if tok.low == "charged" and nxt in ("less", "more", "extra", "down", "off", "forward", "towards", "through"):
            return True  # "charged less for using a phone abroad", "the clearance was charged down"
        if tok.lemma == "prosecute" and tok.low.endswith("ing") and nxt in _PROSECUTING:
            return True  # "Prosecuting attorney Carol Lam said": a title
        if tok.lemma == "order" and (prev in ("restore", "keep", "maintain", "law", "public", "restored", "kept",
                                              "maintained") or prev.startswith("restor")):
            return True  # "police restored order"
        if tok.lemma == "penalty" and (prev == "on" or nxt in _SPOT_KICK or YEAR.match(lem.tokens[max(0, i - 2)].low)
                                       or [t.low for t in lem.tokens[i + 1:i + 4]][1:] in (["their", "own"],
                                                                                          ["his", "own"])):
            return True  # "knocked out in 1991 on penalties", "awarded a penalty of their own": sport
        if tok.low == "fine" and not _priced(lem):
            return True  # "a fine drive", "he was fine for us": no sum, no authority, no one paying
        if tok.lemma == "plead" and prev == "who" and i > 2 and lem.tokens[i - 2].low.endswith("s") and (
                lem.tokens[i - 3].lemma not in DETERMINERS):
            return True  # "reduced sentences for murderers who pleaded guilty": a class, not a plea made
        if tok.lemma == "claim" and i == last and tok.low.endswith("ing"):
            return True  # "won the award after claiming his third crown"
        if tok.lemma in ("complaint", "lawsuit", "suit", "claim", "case") and "few" in [
                t.low for t in lem.tokens[max(0, i - 3):i]]:
            return True  # "the watchdog received very few complaints"
        if i == last and tok.lemma in ("issue", "file") and (tok.low.endswith("s") or prev in ("the", "a", "an")):
            return True  # "cases where usability issues go away", "complaints on the issue": nouns, not filed
        if tok.lemma == "order" and i and lem.tokens[i - 1].low == "in" and lem.tokens[i + 1:i + 2] and (
                lem.tokens[i + 1].low == "to"):
            return True
    return lem.tokens[last].lemma == "dispute" and lem.tokens[last + 1:last + 2] != () and (
        lem.tokens[last + 1].lemma in ("between", "among"))
