"""Notes in an outlet's fixed forms (pure): headings, wire tags and advisories, read from the raw line.

"CORRECTION", "Correction, March 3:", "Editor's note" (with or without a colon, with a date), "Updated 9:15 p.m.
GMT", "UPDATE 2-", "[UPDATE]", "(Adds analyst quote, background)" and the same without brackets. A heading is
the outlet speaking about the page it heads. Boilerplate in the same shapes is not: "Last updated: 24/02/2020",
"Update date: ...", a bare date stamp, and a policy page's definitions ("Correction: used when we ...").
"""

from __future__ import annotations

import re
from dataclasses import replace

from monitor.models import Event

# The bases of an event a heading, a tag or an advisory states: the outlet's own words about its page, whoever the
# sentence quotes.
SOURCES = ("heading", "tag")


def kept(found: dict[str, Event], fixed: set[str], kind: str, evidence: str, who: str, whom: str, confidence: float,
         source: str) -> Event:
    """The event of `kind` a sentence states when a stronger one comes: where a heading, tag or advisory stated the
    note (`fixed`), that note with the new confidence, since the note is the outlet's whoever a reading names; else
    the new event."""
    if kind in fixed and kind in found and source not in SOURCES:
        return replace(found[kind], confidence=confidence)
    return Event(kind, evidence, who, whom, confidence, basis=source)
# Reuters-style headline tags (case-sensitive: they are capitals).
# "CORRECTED (OFFICIAL): ...", "CORRECTED-(OFFICIAL)-UPDATE 1-...": a correction the company made, in the chain.
_TAGS = re.compile(r"^\W*((?:(?:WITHDRAWN|REFILE|UPDATE\s*\d*|CORRECTED|CORRECTION|EXCLUSIVE|WRAPUP\s*\d*|RPT|INSIGHT"
                   r"|ANALYSIS|FACTBOX|\(OFFICIAL\)"
                   r"|TIMELINE|EXPLAINER|BREAKINGVIEWS|COLUMN|CORRECTED-UPDATE\s*\d*)(?:\s*[-:]\s*|\s+(?=\(OFFICIAL\))))+)")
_BRACKET_TAG = re.compile(r"^\W{0,3}[\[(]\s*(UPDATE[SD]?|CORRECTED|CORRECTION|CLARIFICATION|RETRACTED|WITHDRAWN)\s*"
                          r"(?:\d+\s*)?[\])]|[\[(]\s*(UPD(?:ATE[SD]?)?)\.?\s*\d{0,2}\s*[\])]\W*$",
                          re.IGNORECASE)  # "(Update3)", "(Upd.)", "[UPDATED]" closing a headline
_WITHDRAWN = re.compile(r"\b(?i:story withdrawn)\b|^\W*(?:WITHDRAWN|KILL|KILLED|ELIMINATE)\s*[-:]")
# Advisory verbs that open a wire note, bracketed or not ("(Company corrects margin target ...)": the figures the
# company gave were wrong, the story is corrected); in a bracket the story may be their subject ("(This story corrects
# ...)", "(The story was refiled to ...)").
_ADVISORY = re.compile(
    r"^[^\w(\[]{0,3}(?:\((?:Reuters|AP|AFP|Bloomberg|Рейтер)\)\s*[-–—]+\s*)?(?:eds?\s*:\s*)?(?P<br>[\(\[])?\s*(?:(?<=[(\[])company\s+)?"
    r"(?:(?<=[(\[])(?P<subj>(?:this|the)\s+(?:version\s+of\s+the\s+)?(?:story|article)\s+)"
    r"(?:(?:has|had)\s+been\s+|was\s+|is\s+)?)?"
    r"(?P<verb>corrects?|(?<=company )corrected|(?(subj)(?:refiled|corrected)|(?!))|correcting|fixes|fixing|amends"
    r"|removes|deletes|inserts|adds?"
    r"|adding|updates?|updating|recasts?|rewrites?|writethru|writes through|tops|changes|refiles?|refiling"
    r"|clarifies|clarifying|withdraws?|исправлен\w*|исправля\w*|добавлен\w*|добавля\w*|дополнен\w*|обновлен\w*"
    r"|уточн\w*)\b(?P<rest>[^.!?]*)", re.IGNORECASE)
_ADVISORY_KIND = {
    "correct": "correction", "fix": "correction", "amend": "correction", "remov": "correction",
    "delet": "correction", "insert": "correction", "исправ": "correction", "add": "update", "updat": "update",
    "recast": "update", "rewrit": "update", "writethru": "update", "writes": "update", "top": "update",
    "chang": "update", "добав": "update", "дополн": "update", "обновл": "update", "clarif": "clarification",
    "уточн": "clarification", "withdraw": "retraction", "refil": "refile",
}
# What an unbracketed advisory adds or fixes: without brackets, "Adds" must be followed by wire vocabulary.
_ADVISORY_OBJECT = re.compile(
    r"\b(?:comments?|quotes?|details?|background|analysts?|byline|graphic|context|reaction|statement|shares?"
    r"|prices?|paragraphs?|para|new|more|further|links?|video|photos?|bullets?|figures?|numbers?|throughout"
    r"|headline|spelling|name|typo|dateline|date|title|reference|response|remarks|estimates|table|chart|factbox"
    r"|lead|results|closing|updates?|story|sourcing|attribution|wording|word|to show|to say|to reflect|to add"
    r"|to include|to remove|to fix|to correct|to clarify|in (?:the )?\w+ paragraph|комментари\w*|подробност\w*"
    r"|детал\w*|цитат\w*|заголов\w*|фамили\w*|им[яени]\w*|дат\w*|информаци\w*)\b", re.IGNORECASE)
_LABELS = (
    (r"editors?['’]?s?['’]? note|editorial note|ed\.? note|ed['’]s note|note from the editors?"
     r"|a note to (?:our )?readers"
     r"|примечание редакции|от редакции|прим\.\s*ред\.?|(?:a )?note (?:from|to) (?:the |our )?(?:editors?|readers)",
     "editors_note"),
    (r"corrections? (?:and|&) amplifications?|correction|corrected|corrective|исправление|исправлено|поправка",
     "correction"),
    (r"clarification|уточнение|уточнено", "clarification"),
    (r"retraction(?: notice)?|retracted|опровержение", "retraction"),
    (r"(?:(?:important|latest|breaking|new|final|further|additional|first|second|third|fourth|another) )?"
     r"(?:(?:this |the )?(?:story|article|post|page) )?"
     r"updated?|upd|обновлено|обновление|дополнено", "update"),
    (r"apolog(?:y|ies)|извинение", "apology"),
)
# A dateline may come first: "CAPE ELIZABETH, Maine — Update (8:10 p.m.):", "GRIFFIN, Georgia — Editor's note:",
# with a station's or agency's call sign: "SIOUX CITY, Iowa (KTIV) — UPDATE:".
_DATELINE = (r"(?:[A-ZА-ЯЁ][A-ZА-ЯЁ .'-]{2,40},(?:\s*[A-ZА-ЯЁ][\w.]{1,20}){0,2}(?:\s*\([A-Z][\w&. ]{1,15}\))?"
             r"\s*[-–—]+\s*)?")
# "A correction to ...": an article may open a note named by what it is about.
_NAMED_NOTE = r"(?:an?\s+(?=(?:correction|clarification)\s+(?:to|on|for|regarding|about)\b))?"
_LABEL = re.compile(r"^[\W_]{0,3}" + _DATELINE + r"[\W_]{0,3}" + _NAMED_NOTE + r"(?P<label>"
                    + "|".join(f"(?:{p})" for p, _ in _LABELS) + r")(?![\w-])", re.IGNORECASE)
# A title that is only labels: "A correction and an apology", "Correction and Apology", "Поправка".
_ONLY_LABELS = re.compile(r"^\W*(?:(?:a|an)\s+)?(?:correction|clarification|retraction|apology|editor['’]s note)"
                          r"(?:\s*(?:and|&|,)\s*(?:(?:a|an)\s+)?(?:correction|clarification|retraction|apology"
                          r"|editor['’]s note))*\W*$", re.IGNORECASE)
# "Correction to the by-elections report", "Clarification on ...", "Поправка к № 11": a note about a named piece
# ("A correction on Page 2 may set the record straight" says what a correction can do: no note).
_MAY = re.compile(r"\b(?:may|might|can|could|would|should|must|cannot|can't)\b", re.IGNORECASE)
_ABOUT = re.compile(r"^\s*(?:to|on|for|regarding|about|re:?|к|по)\s+\S", re.IGNORECASE)
_LABEL_KINDS = [(re.compile(p, re.IGNORECASE), k) for p, k in _LABELS]
MONTH = (r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|(?:янв|фев|мар|апр|ма[йя]|июн|июл|авг"
          r"|сен|окт|ноя|дек)[а-яё]*")
_ZONES = r"gmt|utc|bst|est|edt|et|pt|pdt|pst|cet|cest|msk|мск|ist|jst|aest|aedt|cst|cdt|mst|mdt|hst|sast|eat|wat|wib"
_TIME = re.compile(rf"\b\d{{1,2}}[:.]\d{{2}}(?!\.?\d|/)\s*(?:[ap]\.?m\.?)?|\b\d{{1,2}}\s*[ap]\.?m\.?|\b(?:{_ZONES})\b"
                   r"|\(\d{3,4}\)", re.IGNORECASE)
# What may stand between a label and its separator: a number, a date, a time, a bracket.
_STAMP = re.compile(
    rf"^(?:\s*(?:\d{{1,2}}[:.]\d{{2}}(?!\.?\d|/)(?:\s*[ap]\.?m\.?)?|\d{{1,4}}(?:[/.\-]\d{{1,4}}){{0,2}}(?:st|nd|rd|th)?|#\d+|no\.?\s*\d+"
    rf"|\([^)]{{0,40}}\)|{MONTH}|[ap]\.?m\.?"
    rf"|[ap]m|{_ZONES}|on|at|в|г\.?"
    r"|года?|mon\w*|tue\w*|wed\w*|thu\w*|fri\w*|sat\w*|sun\w*|,))*", re.IGNORECASE)
# A stamp that dates the note: a year, or a day and a month.
_DATED = re.compile(rf"\b(?:1[89]|20)\d\d\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}|{MONTH}\s+\d{{1,2}}\b",
                    re.IGNORECASE)
_SEPARATOR = re.compile(r"^\s*(?:[:\-–—|.]+|$)")
_BOILERPLATE = re.compile(r"^\W*(?:last|most recently|date|page|site|policy|terms|privacy)\b", re.IGNORECASE)
# A policy page's definition of a label: "Correction: used when we fix an error of fact".
# "Updated with analyst comment in paragraph 6": a wire advisory naming what was added, with no time stamp
_ADDED = re.compile(r"\s*with (?:[\w-]+ ){0,3}(?:comments?|details?|quotes?|reaction|background|statements?|information"
                    r"|figures|context|reporting|responses?)\b", re.IGNORECASE)
_DEFINITION = re.compile(r"^\W*(?:(?:is|are) (?:used|issued|added|published|appended)|used|issued|added|appended"
                         r"|when|whenever|if|refers? to|means|(?:an?|the) (?:correction|clarification|retraction"
                         r"|update|editor['’]s note) (?:is|will)|we (?:will|use|issue|add|append|publish|note)\b"
                         # a dictionary's entry: "Clarification: (noun) the action of making ..."
                         r"|\(?(?:noun|verb|n|v)\.?\)\s"
                         # a glossary's gloss: "Retraction: a formal withdrawal of a piece of content"
                         r"|an?\s+(?:formal\s+|public\s+|published\s+)?(?:withdrawal|notice|amendment)\s+(?:of|to|that)\b)",
                         re.IGNORECASE)
_MARKET = re.compile(r"\b(?:oil|stocks?|shares|prices?|bitcoin|ether|crypto|market|index|indices|nasdaq|dow|bonds?"
                     r"|yields?|drops?|falls?|fell|slides?|rall\w*|slump\w*|sell-?off|territory|deepens?)\b",
                     re.IGNORECASE)

# A note that every article of a site carries, on how its summary was made, not on this story.
_STANDING_NOTE = re.compile(r"\b(?:summary|bullets?|key (?:points|takeaways)|takeaways|highlights)\b[^.]{0,60}?"
                            r"\b(?:were|was|are|is|have been|has been) (?:chosen|selected|picked|written|generated"
                            r"|produced|prepared)\b", re.IGNORECASE)


def _label_kind(label: str) -> str:
    return next(kind for pattern, kind in _LABEL_KINDS if pattern.fullmatch(label.strip()))


def only_labels(line: str) -> list[str]:
    """The kinds a line made only of labels names ("A correction and an apology"); else none."""
    if not _ONLY_LABELS.match(line):
        return []
    return [_label_kind(w) for w in re.findall(r"correction|clarification|retraction|apology|editor['’]s note", line,
                                                re.IGNORECASE)]


def heading(line: str) -> tuple[str, float, int] | None:
    """(kind, strength, where its content starts) when the line opens with a labelled note; else None."""
    m = _LABEL.match(line)
    if not m:
        return None
    kind = _label_kind(m.group("label"))
    after = line[m.end():]
    stamp = _STAMP.match(after)
    stamped = after[: stamp.end()] if stamp else ""
    rest = after[stamp.end():] if stamp else after
    sep = _SEPARATOR.match(rest) or (re.match(r"^\s*(?=with\b|to (?:add|include|reflect|note)\b)", rest)
                                     if kind == "update" and (_TIME.search(stamped) or _ADDED.match(rest)) else None)
    if not sep and kind != "update" and _DATED.search(stamped) and m.group("label")[:1].isupper():
        # "Editor's Note 12 May 2023 This article ...": a dated heading run into its note (the page's line break lost)
        sep = re.match(r"^\s+(?=[A-ZА-ЯЁ«\"“])", rest)
    if not sep and kind not in ("update", "apology") and (_ABOUT.match(rest) or _ABOUT.match(after)) and (
            m.group("label")[:1].isupper() or line.lstrip()[:2] in ("A ", "An")) and not _MAY.search(rest):
        sep = re.match(r"^", rest)  # "Correction to ... report": the whole line names the note
    if _BOILERPLATE.match(after) or kind == "update" and re.match(r"^[\s:]*(?:date|on)\b", after, re.IGNORECASE) and (
            not _TIME.search(after)) and not _ADDED.match(rest):  # ("Updated on June 3 with a response from ...")
        return None
    if not sep:
        # "Correction April 28, 2022" then a new line: a heading only when the stamp is there and it ends the line.
        return None
    content = rest[sep.end():].strip()
    label = m.group("label")
    if kind == "update" and not content.strip(" .") and not _TIME.search(stamped) and not (
            label.casefold() in ("update", "new update", "latest update") and not stamped.strip()
            and rest.lstrip().startswith(":") and label[:1].isupper()):
        # "Updated: March 3, 2021" or "Update" alone: a date stamp, not an advisory; "UPDATE:" alone heads the
        # paragraph under it
        return None
    if kind == "update" and content and not _TIME.search(stamped) and re.fullmatch(r"[\d\s:./,\-]*", content):
        return None
    dated = _STAMP.match(content) if kind == "update" and label.casefold().startswith("updated") else None
    if dated and re.search(r"\d", dated.group()) and not _TIME.search(stamped + dated.group()):
        return None  # "Published: 2025-08-01 | Updated: 2025-10-01 | Author: ...": a dateline's date, no advisory
    if kind == "update" and content and _STAMP.fullmatch(content.strip(" .")) and not _TIME.search(content + stamped):
        return None
    if not content.strip(" .") and kind != "update":
        # A bare label line: "CLARIFICATION", "Editor's Note". A plural or lower-case "corrections" is a link.
        if not (label.isupper() or label.istitle() or label[:1].isupper()) or label.casefold().endswith("s"):
            return None
    if content and _DEFINITION.match(content):
        return None
    if kind == "editors_note" and _STANDING_NOTE.search(content):
        return None  # "Editor's Note: the key takeaways were selected by our editors": a line on every article
    if kind == "correction" and label.casefold() != "corrected" and _MARKET.search(content) and not re.search(
            r"\b(?:error|incorrect\w*|misstat\w*|earlier version|previous version|wrong\w*|should have|not)\b",
            content, re.IGNORECASE):
        return None  # "Correction: Oil Drops Most Since March" is a market headline
    return kind, 0.95, line.find(content) if content else len(line)


# A dateline of a page that was revised: "Published: Nov. 30, 2006 10:40 AM ET updated 1:20 PM", "By Staff
# Updated March 16, 2023 10:04AM".
_STAMPED_UPDATE = re.compile(r"^\W*(?:published|posted|by\b[^.|]{1,60}?)\b[^|]{0,60}?\bupdated\b\s*:?\s*"
                             r"(?P<when>.{0,40})", re.IGNORECASE)
# An English "(Editor's note: ...)" inside a line; not the Russian gloss "(через Россию. — Прим. ред.)", which
# explains a word in a quotation (none of 23 in a sample of Russian news was a note about the story).
_EDITORS_ASIDE = re.compile(r"\(\s*(?:ed\.?|editor['’]s)\s*note\b", re.IGNORECASE)
# A note set inside a line, in brackets with a colon: "4.9% [correction: 4.6%]", "(Clarification: ...)".
_INLINE_LABEL = re.compile(r"[(\[]\s*(corrected|correction|clarification|update|updated|editor['’]?s['’]? note)\s*:",
                           re.IGNORECASE)
_QUOTED_STAMP = re.compile(r"[\"“‘']\s*updated\s*(?:at\s*)?\d{1,2}[:.]\d{2}(?!\.?\d|/)", re.IGNORECASE)
_CLOSING_TAG = re.compile(r"[(\[]\s*(?:дополнено|обновлено|updated)\s*[)\]]\W*$", re.IGNORECASE)


def tags(line: str) -> list[tuple[str, float]]:
    """Wire tags (CORRECTED-, UPDATE 2-, REFILE-, [UPDATE], STORY WITHDRAWN) and advisories ("(Adds comment)")."""
    found: list[tuple[str, float]] = []
    stamped = _STAMPED_UPDATE.match(line)
    if stamped and _TIME.search(stamped.group("when")) or _CLOSING_TAG.search(line):
        found.append(("update", 0.85))
    if _EDITORS_ASIDE.search(line):
        found.append(("editors_note", 0.85))  # "(Editor's note: the interview was edited for length.)"
    if _QUOTED_STAMP.search(line):
        found.append(("update", 0.8))  # 'the article simply reads "Updated at 8:45 p.m."'
    inline = _INLINE_LABEL.search(line)
    if inline:
        found.append((_label_kind(inline.group(1)), 0.85))
    chain = _TAGS.match(line)
    if chain:
        if "WITHDRAWN" in chain.group(1):
            found.append(("retraction", 0.95))
        if "CORRECT" in chain.group(1):
            found.append(("correction", 0.9))
        if re.search(r"UPDATE\s*\d", chain.group(1)):
            found.append(("update", 0.85))
    bracket = _BRACKET_TAG.search(line)
    if bracket:
        word = (bracket.group(1) or bracket.group(2)).casefold()
        found.append(("update" if word.startswith("upd") else "retraction" if word in ("retracted", "withdrawn")
                      else "clarification" if word == "clarification" else "correction", 0.85))
    if _WITHDRAWN.search(line):
        found.append(("retraction", 0.95))
    advisory = _ADVISORY.match(line)
    if advisory and advisory.group("br"):
        # an old wire format runs the whole story on in the advisory's line: "(Adds CEO comment)  By Ann Lee  OSLO
        # (Reuters) - ...": the note is what the bracket holds
        close = line.find(")" if advisory.group("br") == "(" else "]", advisory.end("verb"))
        note = line[:close + 1] if close > 0 else line
    else:
        note = line
    if advisory and len(note.split()) <= 40:
        verb, rest = advisory.group("verb").casefold(), advisory.group("rest")
        kind = next((k for stem, k in _ADVISORY_KIND.items() if verb.startswith(stem)), "")
        if not advisory.group("br") and (not _ADVISORY_OBJECT.search(rest) or len(line.split()) > 20
                                         or not re.search(r"(?:s|through)$", verb)
                                         or not advisory.group("verb")[:1].isupper()
                                         or re.match(r"\s+(?i:to|in|of|for|on)\s+(?!(?:add|include|show|say|reflect"
                                                     r"|remove|fix|correct|clarify|update)\b)", rest)):
            kind = ""  # unbracketed: "Adds analyst quote, background", not "adds that ..." or "Changes to the rules"
        if advisory.group("br") == "[" and re.search(r"\]\((?:https?:|/)", line):
            kind = ""  # "[Adding Enemies](https://...)": a Markdown link's text, no bracketed advisory
        if kind == "update" and re.search(r"\b(?:dropped|missing|omitted) (?:word|letter|line|text)|\btypo\b", note,
                                          re.IGNORECASE):
            kind = "correction"  # "(Adds dropped word 'not' in paragraph 3)" fixes an error
        if kind == "refile":  # what the refile does: "(Refiles to add ...)", "... to clarify ...", else it fixes
            kind = "update" if re.search(r"\bto (?:add|include)\b(?! (?:a |the )?(?:dropped|missing))", note,
                                         re.IGNORECASE) else "clarification" if re.search(
                r"\bto clarify\b", note, re.IGNORECASE) else "correction"
        if kind:
            found.append((kind, 0.95 if advisory.group("br") else 0.85))
    return found


def wire_tag(line: str) -> bool:
    """A headline that opens with a wire tag chain ("CORRECTED-UPDATE 1-...")."""
    return bool(_TAGS.match(line))


def stated_kinds(line: str) -> set[str]:
    """The kinds a line states in fixed forms: its heading, the labels it is made of, its tags and advisories."""
    head = heading(line)
    return ({head[0]} if head else set()) | set(only_labels(line)) | {kind for kind, _ in tags(line)}


def tag_kinds(line: str) -> set[str]:
    """The kinds a headline's wire tag chain states (CORRECTED- a correction, UPDATE 2- an update)."""
    chain = _TAGS.match(line)
    if not chain:
        return set()
    return ({"correction"} if "CORRECT" in chain.group(1) else set()) | (
        {"update"} if re.search(r"UPDATE\s*\d", chain.group(1)) else set()) | (
        {"retraction"} if "WITHDRAWN" in chain.group(1) else set())


# A headline that opens "Update:" and names its topic ("Update: Glenfield incident"): the page is an update on it.
_UPDATE_TITLE = re.compile(r"^\W{0,3}update\s*:\s*\w", re.IGNORECASE)
# "Corrected: Acme profit rises", "Correction: Acme to shut plant": a wire's corrected story, the label over its
# headline (a market's "Correction: Oil drops most since May" is refused by `heading`).
_CORRECTED_TITLE = re.compile(r"^\W{0,3}correct(?:ed|ion)\s*:\s*\w", re.IGNORECASE)


def title_kinds(line: str) -> set[str]:
    """The kinds a headline marks its whole page with: its wire tag chain's (`tag_kinds`), and an "Update:" or
    "Corrected:" heading over a topic (not a bracketed "[UPDATE]" tag, which marks a note in the text, nor "Software
    update: ...")."""
    head = heading(line) if _UPDATE_TITLE.match(line) or _CORRECTED_TITLE.match(line) else None
    return tag_kinds(line) | ({head[0]} if head and head[0] in ("update", "correction") else set())
