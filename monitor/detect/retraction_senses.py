"""A retraction's words in other senses (pure): what is pulled, withdrawn, removed or killed that is no publication.

"Pulled out of the talks", "withdrawing from Iraq", "retracted the landing gear", "сняла все на видео", "the witness
withdrew her statement to police", "renounced all claims to the land", "pull the strings", "references removed from
the film" (a part cut, not the piece withdrawn), tokens burned "from circulation", "paper supply", deleted texts,
a tip's imperative. `senses.not_this_kind` asks `not_a_retraction`.
"""

from __future__ import annotations

from monitor.detect.legal_senses import DETERMINERS
from monitor.detect.lemmas import Lemmas
from monitor.detect.wordsets import SETS

EDITS = {"update", "edit", "amend", "change", "revise", "alter", "modify"}
PIECES = set(SETS["STORY"].split("|")) | {"film", "programme", "program", "episode", "documentary", "book", "album"}
_PULL_PARTICLES = {"out", "off", "back", "ahead", "up", "away", "through", "together", "over"}
_MECHANICAL = {"gear", "flap", "undercarriage", "claw", "landing", "wheel", "roof", "blade", "spyware", "malware",
               "virus", "pc", "recorder", "antivirus", "tape", "tapes"}
_INVESTIGATORS = {"police", "investigator", "investigators", "detective", "detectives", "prosecutor", "prosecutors",
                  "court", "officer", "officers", "fbi", "inquiry"}
_FILMING = {"фильм", "сериал", "кино", "клип", "ролик", "камера", "режиссер", "съемка"}
_PULL_VERBS = {"withdraw", "pull"}
# Records a firm must keep, and the words of keeping them: "deleted messages", "erased emails it had to preserve".
_RECORDS = {"messages", "emails", "e-mails", "records", "communications", "chats", "texts"}
_RECORD_KEEPING = {"keep", "preserve", "retain", "recordkeeping", "record-keeping", "investigation", "inquiry",
                   "archive"}
_REMOVALS = {"remove", "delete", "cut", "strip", "erase", "scrub", "excise"}
_RETOBJ = set(SETS["RETOBJ"].split("|")) - {"it", "them"}
_OUT_OF_PRINT = {"publication", "circulation", "broadcast", "broadcasts", "airwaves", "website", "sale"}
# Where something is removed from ("from the president's desk", "from their parents' care"), and what is itself
# taken down (a statue, a flag).
_PLACES = {"desk", "office", "care", "custody", "parents", "home", "museum", "premises"}
_FIXTURES = {"wall", "pole", "statue", "flag", "flagpole", "building"}
# Who removes other people's posts, videos and channels: a platform moderating, not a publisher withdrawing its own.
_PLATFORMS = {"youtube", "facebook", "instagram", "tiktok", "telegram", "twitter", "x", "meta", "reddit", "vk",
              "vkontakte", "вконтакте", "linkedin", "snapchat", "discord", "twitch", "threads", "bluesky", "google",
              "rumble", "moderator", "moderators", "platform", "platforms", "app"}
_OWN = {"its", "their", "our", "his", "her", "my"}
_TAKE_DOWN = _REMOVALS | _PULL_VERBS | {"take"}
_AUXILIARIES = {"has", "have", "had", "also", "then", "later", "since", "swiftly", "quickly", "reportedly"}
_LAWMAKING = {"bill", "law", "legislation", "draft", "agenda", "budget", "ballot", "treaty", "amendment"}
_PUBLISHERS = {"journal", "publisher", "newspaper", "outlet", "paper", "publication", "magazine", "site"}
_TALLIES = {"more", "over", "thousands", "hundreds", "dozens", "nearly", "almost", "record"}
_POSTS_MANNED = {"border", "guard", "military", "observation", "command", "trading", "sentry", "listening", "army",
                 "police", "checkpoint", "frontier"}
# What leaves circulation that is money, not a publication: "a burn removed 40 million tokens from circulation".
_MONEY = {"token", "tokens", "coin", "coins", "supply", "burn", "burned", "burnt", "banknote", "banknotes", "note",
          "notes", "bill", "bills", "currency", "share", "shares", "stablecoin", "stablecoins", "cash"}
# What follows a piece's word that makes it a modifier of another noun: "paper supply", "message flows".
_COMPOUND_HEADS = {"supply", "money", "wallet", "wallets", "hands", "trail", "gains", "losses", "profit", "profits",
                   "flow", "flows", "format", "formats", "queue", "queues", "layer", "protocol", "standard", "mill",
                   "trading", "volume", "size", "type", "types", "bus", "broker", "brokers", "board", "boards"}
_REPORTING = {"reveal", "say", "show", "find", "suggest", "claim", "note", "state", "indicate", "confirm", "allege",
              "disclose", "explain", "argue", "report", "add"}
_PULL_IDIOMS = {"strings", "string", "plug", "trigger", "punches", "rug", "weight", "lever", "levers", "switch",
                "rank", "stunt", "muscle", "hamstring", "calf", "groin"}


# What a remark's noun names when it modifies them: a part of a site ("the comments section", "the video player").
_PAGE_PARTS = {"section", "box", "thread", "feature", "field", "button", "option", "function", "player", "board",
               "tab", "widget", "moderation", "policy"}


def not_a_retraction(lem: Lemmas, first: int, last: int, before: list[str]) -> bool:
    """Whether a retraction rule's match is another sense of its words."""
    tok = lem.tokens[first]
    clause = [t.lemma for t in lem.tokens[last + 1:last + 7]]
    if clause[:1] and clause[0] in _PAGE_PARTS and lem.tokens[last].lemma in ("comment", "post", "message", "video"):
        return True  # "removed the comments section from this page": a part of the site, not a piece or a remark
    if tok.lemma == "retraction" and clause[:1] in (["a"], ["an"]) and {"withdrawal", "notice"} & set(clause[1:4]):
        return True  # "Retraction: a formal withdrawal of a piece of content": a glossary's gloss
    if any(t.lemma in ("снять", "снимать") for t in lem.tokens[first:last + 1]) and (
            "на" in [t.lemma for t in lem.tokens[first:last + 1]] or {t.lemma for t in lem.tokens} & _FILMING):
        return True  # "сняла все на видео", "снять фильм": filmed, not taken down
    if any(t.lemma in _PULL_VERBS and not t.low.endswith(("n", "ed")) and next(
            (u.low for u in lem.tokens[i + 1:i + 4] if not u.low.endswith("ly")), "") in ("from", "out")
            for i, t in enumerate(lem.tokens[first:last + 1], first)) and not {
            t.low for t in lem.tokens[first:last + 3]} & _OUT_OF_PRINT:
        return True  # "reports it was withdrawing completely from Iraq": pulling out, not pulling a story
    if tok.lemma in _REMOVALS and any(
            t.low == "from" and {u.lemma for u in lem.tokens[i + 1:i + 4]} & PIECES
            for i, t in enumerate(lem.tokens[first + 1:last + 2], first + 1)):
        return True  # "references removed from the film": a part cut from a piece, not the piece withdrawn
    window = [t.low for t in lem.tokens[first:last + 7]]
    if set(window) & _FIXTURES or any(w in _PLACES and "from" in window[:i] for i, w in enumerate(window)):
        return True  # "removing papers from the president's desk", "children removed from their parents' care"
    if _moderated(lem, first, last):
        return True
    if any(t.low == "from" and lem.tokens[i + 1:i + 3] and {u.low for u in lem.tokens[i + 1:i + 3]} & _LAWMAKING
           for i, t in enumerate(lem.tokens[first:last + 3], first)):
        return True  # "the claims were removed from the bill": a draft law amended, not a statement withdrawn
    if first == 1 and lem.tokens[0].lemma in _PUBLISHERS and lem.tokens[0].low != lem.tokens[0].lemma and {
            t.low for t in lem.tokens[2:5]} & _TALLIES:
        return True  # "Journals retracted more than 10,000 papers last year": a class's tally, not one retraction
    if any(t.low == "redacted" and (i and lem.tokens[i - 1].low in DETERMINERS or [
            u.low for u in lem.tokens[i + 1:i + 2]] in (["version"], ["copy"], ["form"], ["document"], ["name"]))
            for i, t in enumerate(lem.tokens[first:last + 1], first)):
        return True  # "the release of a redacted version of the report": blacked out, not withdrawn
    if "all" in {t.low for t in lem.tokens[first:last + 1]} and {t.lemma for t in lem.tokens[first:last + 2]} & {
            "message", "email", "data", "file", "record"}:
        return True  # "permanently erasing all the messages": data wiped, not a publication withdrawn
    if any(t.lemma == "post" and i and lem.tokens[i - 1].low in _POSTS_MANNED for i, t in enumerate(
            lem.tokens[first:last + 1], first)):
        return True  # "border posts and watch towers were taken down": a post that is a place
    if [t.low for t in lem.tokens[last + 1:last + 3]] in (["from", "his"], ["from", "her"], ["from", "their"]) and [
            t.lemma for t in lem.tokens[last + 3:last + 4]] in (["post"], ["job"], ["position"], ["role"]):
        return True  # "she was removed from her post": someone ousted from a job, not a piece withdrawn
    if any(t.low in ("поста", "постов") and lem.tokens[i - 1].low in ("с", "со") for i, t in enumerate(
            lem.tokens[first + 1:last + 1], first + 1)):
        return True  # «министра сняли с поста»: ousted from an office, not a post taken down («удалил пост»)
    if any(t.lemma == "claim" and lem.tokens[i + 1:i + 2] and lem.tokens[i + 1].low in (
            "to", "on", "over") for i, t in enumerate(lem.tokens[first:last + 2], first)):
        return True  # "which has renounced all claims to the land": a title given up, not a statement
    if tok.lemma in ("it", "they", "he", "she", "we") and lem.tokens[last].low.endswith(
            "ing") and not {t.lemma for t in lem.tokens[last + 1:last + 5]} & PIECES:
        return True  # "announced it was withdrawing the nomination", "were withdrawing troops": not a piece
    if lem.tokens[last].lemma == "statement" and (
            clause[:1] == ["to"] and set(clause[1:3]) & _INVESTIGATORS or set(before[-3:]) & {"witness", "victim"}):
        return True  # "the witness withdrew her statement to police": evidence, not a publication
    if _not_a_piece(lem, first, last):
        return True
    if any(t.lemma in _REPORTING and [u.low for u in lem.tokens[i + 1:i + 2]] == ["that"]
           for i, t in enumerate(lem.tokens[first + 1:last], first + 1)):
        return True  # "a report revealed that the maker has removed the file": the piece tells, is not removed
    if "circulation" in {t.low for t in lem.tokens[first:last + 1]} and {t.low for t in lem.tokens} & _MONEY:
        return True  # "a burn removed 40 million tokens from circulation": supply cut, not a publication
    if lem.tokens[last + 1:last + 2] and lem.tokens[last + 1].low in _COMPOUND_HEADS:
        return True  # "miners pull part of that paper supply", "removes gaps in message flows": another noun
    if any(t.low == "texts" or t.low == "text" and [u.low for u in lem.tokens[i + 1:i + 2]] in (["messages"], [
            "message"]) for i, t in enumerate(lem.tokens[first:last + 2], first)):
        return True  # "looking into the minister's deleted texts": private messages, not a publication
    if {t.low for t in lem.tokens[first:last + 3]} & _RECORDS and {t.lemma for t in lem.tokens} & _RECORD_KEEPING:
        return True  # "fined over the deletion of staff messages it had to keep": records, not a publication
    if tok.lemma in _REMOVALS | _PULL_VERBS | {"unpublish", "redact", "expunge", "take", "kill"} and (
            tok.low == tok.lemma and (first == 0 or lem.tokens[first - 1].low in (":", "tip", "tips"))):
        return True  # "Pull tip: scrub old product pages for phrases": advice to a reader, not an act reported
    if {t.lemma for t in lem.tokens} & _MECHANICAL:
        return True  # "retracted the landing gear": a machine, not a publication
    if any(t.lemma == "pull" and lem.tokens[i + 1].lemma in _PULL_PARTICLES
                                    for i, t in enumerate(lem.tokens[first:last + 1], first)
                                    if i + 1 < len(lem.tokens)):
        return True  # "pulled out of the talks", "how they've been pulled off": another verb than pulling a story
    if any(t.lemma == "pull" and {u.low for u in lem.tokens[i + 1:i + 3]} & _PULL_IDIOMS
                                    for i, t in enumerate(lem.tokens[first:last + 1], first)):
        return True  # "it is them who pull the strings", "pulled the plug on the project"
    if lem.tokens[last].lemma == "recall" and not lem.tokens[last].low.endswith("ed"):
        return True  # "it's worth recalling that": remembering (a story "was recalled" is withdrawn)
    if tok.low == "retracted" and first + 1 < len(lem.tokens) and (
            lem.tokens[first + 1].lemma in _RETOBJ) and (
            first == 0 or lem.tokens[first - 1].lemma in DETERMINERS):
        return True  # "Retracted articles are marked as retracted", "the retracted paper": an adjective
    if any(a.lemma in EDITS and b.lemma == "to"
                                    for a, b in zip(lem.tokens[first:last], lem.tokens[first + 1:last], strict=False)):
        return True  # "the story was updated to remove a reference": an edit, not a retraction
    return False


def _not_a_piece(lem: Lemmas, first: int, last: int) -> bool:
    """A retraction's words about something else: people killed, a treaty's "article 50", rescuers who "pull them
    out", "Rio pulled it off", "claimed to have withdrawn"."""
    toks = lem.tokens
    for i in range(first, last + 1):
        tok, nxt = toks[i], [t.lemma for t in toks[i + 1:i + 4]]
        if tok.lemma == "kill" and not set(nxt) & PIECES and nxt[:1] not in (["notice"], ["advisory"]):
            return True  # "killing three of them", "This was a killing" (an AP "kill" names the story it kills)
        if tok.lemma == "article" and nxt[:1] == ["0"]:
            return True  # "pulling the pin on article 50": a treaty's article
        if tok.lemma == "pull" and nxt[:2] and nxt[0] in ("it", "they", "he", "she") and nxt[1] in _PULL_PARTICLES | {
                "in"}:
            return True  # "pull them out", "Rio pulled it off"
        if tok.low.endswith("ed") and tok.lemma in ("claim", "suggest", "allege") and i == first:
            return True  # "the Russians claimed to have withdrawn": the verb, not a claim withdrawn
    return False


def _moderated(lem: Lemmas, first: int, last: int) -> bool:
    """ "YouTube removed the videos", "the platform pulled hundreds of posts", "the posts were deleted by Meta": a
    platform moderating what others posted, not a publisher withdrawing its own piece ("Meta deleted its blog post"
    is one)."""
    toks = lem.tokens
    verb = next((i for i in range(first, last + 1) if toks[i].lemma in _TAKE_DOWN), None)
    if verb is None or verb + 1 < len(toks) and toks[verb + 1].low in _OWN:
        return False
    lead = [t.low for t in toks[max(0, first - 4):first]]
    while lead and lead[-1] not in _PLATFORMS and (lead[-1].endswith("ly") or lead[-1] in _AUXILIARIES):
        lead.pop()  # "YouTube has since removed", "X quickly deleted"
    if verb == first and lead and lead[-1] in _PLATFORMS:
        return True
    after = [t.low for t in toks[last + 1:last + 4]]
    return after[:1] == ["by"] and bool(set(after[1:3]) & _PLATFORMS)  # "the posts were deleted by Facebook"
