"""Wording families that real published text showed missed (p35's tuning half A), in our own words: corrections-log
lines that a roundup opens with the outlet and the day (and whose note a roundup quotes: the newsroom its label,
introduction or signature names), people named wrongly in a piece, errors found in a piece, a newsroom that named
the wrong one; fines by an authority named with its short form in brackets, Russian criminal
cases opened «в отношении» someone; a defendant's innocence maintained; and words their neighbours decide (names
and the month read as modals, a gerund with an object, benefit claims). Each family sits next to the near misses
that share its words and must stay silent for that kind."""

from __future__ import annotations

import pytest

from tests.detect import cases

pytestmark = pytest.mark.pure

CASES = [
    # a roundup's line: the outlet and the day, then the column's entry
    ("Hillside Courier, May 4: An article on Friday about the harbour tender misidentified the council's lawyer.",
     "correction", True),
    ("Valley Record, June 12: Tomas Brill was incorrectly referred to as a woman in Sunday's Arts section story.",
     "correction", True),
    ("Lakeside Post, Oct. 3: In a review in the Sept. 28 Food section, there were several spelling errors.",
     "correction", True),
    ("Senator Pike, March 3: Ada Vance was wrongly referred to as a liar in the debate.", "correction", False),
    ("Coach Ferris, April 9: The referee misidentified the player who fouled.", "correction", False),
    # someone named wrongly in a piece, and errors found in one
    ("Ada Vance was wrongly referred to as a man in Friday's story.", "correction", True),
    ("In a profile on the new dean, there were two misspellings of her name.", "correction", True),
    ("In a speech on Monday, there were several errors, critics said.", "correction", False),
    # a newsroom that named the wrong one
    ("The Courier said it mistakenly identified the winner as Ben Ode rather than Bo Ode.", "correction", True),
    ("The coach said the referee mistakenly identified him as the captain rather than the goalkeeper.", "correction",
     False),
    # an authority named, then its short form in brackets, then the fine
    ("The Harbour Conduct Authority (HCA) fined Mr Lem Ode £9,000 for breaching its rules.", "legal_action", True),
    ("The Harbour Conduct Authority (HCA) fines firms that breach its rules.", "legal_action", False),
    # a Russian criminal case opened against someone named in between
    ("Следственный комитет возбудил в отношении редактора газеты «Заря» уголовное дело.", "legal_action", True),
    ("Следственный комитет отказался возбуждать уголовное дело в отношении редактора.", "legal_action", False),
    # a suit decided on, not filed; charges undone, not brought
    ("Глава холдинга решил подать в суд на газету «Заря».", "legal_action", False),
    ("Владелец холдинга подал в суд на газету «Заря».", "legal_action", True),
    ("The paper named the mayor whose bribery charges were vacated by the appeals court.", "legal_action", False),
    ("Prosecutors charged the mayor with bribery on Monday.", "legal_action", True),
    # a defendant's innocence maintained, by him or his lawyer
    ("Lena Ruiz, the lawyer for the former treasurer, said that her client was innocent.", "denial", True),
    ("The former treasurer has maintained his innocence since his arrest.", "denial", True),
    ("The jury must decide whether his client is innocent.", "denial", False),
    ("If her client is innocent, she said, the court will see it.", "denial", False),
    # words their neighbours decide: a surname like an inflected modal ("Mayes", "Wills", "Cannes"), a name that is
    # one ("Ida May", "Will Orr") and the month ("in May") are no modal, the act stands
    ("Attorney General Lena Mayes filed a lawsuit against the lender on Monday.", "legal_action", True),
    ("Rhea Wills sued the magazine over the profile.", "legal_action", True),
    ("Councillor Tom Cannes apologised for the remarks.", "apology", True),
    ("Lena Mayes may file a lawsuit against the lender.", "legal_action", False),
    ("Rhea Wills will sue the magazine if it does not pull the profile.", "legal_action", False),
    ("Premier Ida May apologised to the families on Monday.", "apology", True),
    ("Will Orr, the club's owner, apologised to fans.", "apology", True),
    ("The watchdog fined the broker in May.", "legal_action", True),
    ("The suit was filed in May, when it said damages would exceed $5 million.", "legal_action", True),
    ("The watchdog may fine the broker in June.", "legal_action", False),
    ("Will the club apologise to fans?", "apology", False),
    # a gerund that takes an object is the act: "by filing a lawsuit"
    ("The state prosecutors opened their first joint case by filing a lawsuit in federal court against a call centre.",
     "legal_action", True),
    ("Its filing with the securities regulator showed wider losses.", "legal_action", False),
    ("The trade bloc has so far held off lodging a complaint with the tariff tribunal.", "legal_action", False),
    ("The union delayed filing its lawsuit until the talks ended.", "legal_action", False),
    ("The number of people filing new claims for jobless benefits fell last week.", "legal_action", False),
    ("More workers filed claims for unemployment benefits in March.", "legal_action", False),
    ("Savers filed claims against the lender over the lost deposits.", "legal_action", True),
]


# whose note a roundup quotes: the newsroom its label, its introduction or its closing signature names, not the
# roundup's page; a note's own label ("Update, May 4:"), a dateline's place or a heading ("Fashion note:") is none
SOURCES = [
    ("Hillside Courier, May 4: An article on Friday about the harbour tender misidentified the council's lawyer.",
     "correction", "Hillside Courier"),
    ("Dale Weekly, June 3 issue: We have withdrawn our story about the mayor's villa.", "retraction", "Dale Weekly"),
    ("Harbor Gazette:\nA story on Wednesday gave the wrong time for the ferry. It leaves at 9 a.m.", "correction",
     "Harbor Gazette"),
    ("A correction from Monday's Valley Herald:\n\nAn article on the flower show misspelled the winner's name.",
     "correction", "Valley Herald"),
    ("Some, like this one from the Lakeside Times, are hard to beat: A review on Sunday incorrectly spelled the poet's "
     "name.", "correction", "Lakeside Times"),
    ("In an earlier column, the blog pointed out this Metro Herald correction: \"In Monday's Food section, Ada Vance's "
     "column incorrectly called the goat a sheep.\"", "correction", "Metro Herald"),
    ("Last week's column misidentified the museum's director. She is Ada Vance, not Ada Vane. The Dale Post.\n\n"
     "More next week.", "correction", "Dale Post"),
    ("Из сообщения телеканала «Восток»:\nПриносим извинения зрителям за ошибку в сюжете.", "apology", "Восток"),
    ("Update, May 4: We have corrected the spelling of the lawyer's name.", "correction", "Press Roundup"),
    ("HARTFIELD, May 4: We regret the error in Friday's story about the dam.", "correction", "Press Roundup"),
    ("Fashion note: Because of a reporting error, the obituary misdescribed the teacher's coat.", "correction",
     "Press Roundup"),
    ("Editorial note: The Bugle asked the council for comment. We regret the error.", "correction", "Press Roundup"),
    ("We misstated the museum director's name on Friday. She is Ada Vance, not Ada Vane. Tickets cost $5.",
     "correction", "Press Roundup"),
]


@pytest.mark.parametrize("text,kind,actor", SOURCES)
def test_roundup_source(text: str, kind: str, actor: str) -> None:
    assert cases.actor("", text, kind, outlet="Press Roundup") == actor


@pytest.mark.parametrize("text,kind,found", CASES)
def test_kind(text: str, kind: str, found: bool) -> None:
    cases.finds(text, kind, found)

