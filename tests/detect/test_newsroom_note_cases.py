"""Wording families found by a recall study of newsrooms' notes about their own pieces, in our own words.

Each positive sits next to negatives that share its words: a corrections log's dated line naming its writer, a
passage garbled in print, an erratum withdrawn, a newsroom's corrections column reported as published, a piece
modified or edited to cut words or to clarify, and a Russian outlet's own «опровержение».
"""

from __future__ import annotations

import pytest

from tests.detect import cases

pytestmark = pytest.mark.pure


@pytest.mark.parametrize(("text", "kind"), [
    # a corrections log's line on a dated piece and its writer
    ("In an Oct. 4 Sports Desk, Dana Whitlow misspelled the goalkeeper's surname.", "correction"),
    ("In a June 12 Travel column, Omar Felden misidentified the bridge at Lenton as a viaduct.", "correction"),
    ("In the March 3 Gardening, Lise Arkwright misstated the frost date for the northern counties.", "correction"),
    ("In a May 9 newsletter, Tom Ravel mistakenly described the fund as a charity. It is a trust.", "correction"),
    ("In a March 3 speech, the minister misstated the number of new nurses.", None),
    ("In a July 8 hearing, the coach misidentified the club's founder.", None),
    ("In March 2021, the council misspelled the street name on forty new signs.", None),
    # a passage garbled in print
    ("In the Oct. 2 feature on orchard grants, two paragraphs were garbled.", "correction"),
    ("The radio message from the ship was garbled, the coastguard said.", None),
    # an erratum or corrigendum withdrawn
    ("The erratum to the lattice study has been withdrawn at the authors' request.", "retraction"),
    ("The authors asked the journal to publish a corrigendum.", None),
    # a newsroom's corrections column reported as published
    ("The Courier has published its weekly roundup of corrections and clarifications.", "correction"),
    ("We looked back at the year's most memorable corrections.", None),
    ("The ministry has released a further round of corrections to the tax tables.", None),
    # another outlet's note quoted whole, with nothing said around it (a roundup of notes): the note; a note's
    # words inside a quote someone is said to have said are speech
    ("\"This story has been corrected to show that the vote was 5-4, not 6-3.\"", "correction"),
    ("“The Kelso Players have asked us to clarify that the director’s award was from 2019.”", "clarification"),
    ("«В первой версии заметки ошибочно указано, что мост открыт в 1990 году».", "correction"),
    ("\"The market has corrected enormously since spring,\" the fund manager said.", None),
    ("\"It would help to clarify several figures in the budget,\" the deputy minister told reporters.", None),
    # a note that a piece was modified or edited to cut words, or to clarify (an "updated to remove" stays an update)
    ("This story has been modified to remove quotes attributed to a ferry captain who did not speak to us.",
     "correction"),
    ("The review was edited to remove a sentence about the chef's family.", "correction"),
    ("This story was modified to clarify the source of the remarks about the tender.", "clarification"),
    ("The bill was modified to remove the clause on ferry fares.", None),
    ("The speech was edited to remove a paragraph about the budget, aides said.", None),
    # a Russian outlet's own retraction notice
    ("Телеканал «Прибой» выпустил на своем сайте опровержение статьи о заводе.", "retraction"),
    ("Завод потребовал от телеканала выпустить опровержение.", None),
])
def test_newsroom_note_families(text: str, kind: str | None) -> None:
    kinds = set(cases.kinds(text, outlet="The Daily Ledger"))
    if kind is None:
        assert not kinds & {"correction", "retraction", "clarification"}, kinds
    else:
        assert kind in kinds, kinds


@pytest.mark.parametrize(("text", "marked"), [
    # an "UPDATE:" in a post the page embeds is the poster's, up to the post's links and signature
    ("The vote is set for Friday. UPDATE: The agenda is out and the bill is still not on it https://t.co/Ab12Cd "
     "pic.twitter.com/Ef34Gh — Ana Lee (@analee_news) August 4, 2026 Where the talks stand.", False),
    ("Editor's note: the poll closed early. More soon — Ana Lee (@analee_news) March 3, 2026", False),
    # the page's own mark, with a post embedded further on or in the next paragraph
    ("UPDATE: This story has been updated with the company's reply.\n\nThe company's post read: We are on it "
     "pic.twitter.com/Ef34Gh — Acme (@acme) August 4, 2026", True),
    ("Update (3:15 p.m.): Adds the exchange's statement.", True),
])
def test_a_post_the_page_embeds_marks_no_update_of_the_page(text: str, marked: bool) -> None:
    kinds = set(cases.kinds(text, outlet="The Daily Ledger"))
    assert bool(kinds & {"update", "editors_note"}) == marked, kinds
