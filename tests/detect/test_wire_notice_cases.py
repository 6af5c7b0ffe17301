"""A business wire marks its follow-ups on the story itself, in our own words: a label over the headline
("CORRECTION: ...", "Corrected: ...", "CORRECTED (OFFICIAL): ..."), an advisory run on into the story in an old format
("(Adds CEO comments)  By Ann Lee  OSLO ... (Reuters) - ..."), and the company's own correction ("(Company corrects
...)"); next to them the market's "Correction: Oil drops ..." and "(corrected for inflation)". And the articles'
other sentences in a notice's words: a book value taken down, a share of all firms that have been sued, a capitals
line naming an analyst "SUE", a refusal "to take part", each beside the true follow-up that shares the words."""

from __future__ import annotations

import pytest

from tests.detect import cases

pytestmark = pytest.mark.pure

_STORY = ("Norvale ASA, the No. 2 Nordic shipper, posted a smaller-than-expected first-quarter loss on Tuesday as "
          "higher freight rates partly offset rising fuel costs, and its shares rose 3 percent in early trade while "
          "analysts said the outlook for the sector was still cloudy.")

# (title, body, kind or None): a headline's label marks the whole story
TITLES = [
    ("CORRECTION: Norvale sees print sales up 3-5 pct", _STORY, "correction"),
    ("CORRECTION: Dollar slips vs yen on trade worries", _STORY, "correction"),
    ("Corrected: Halbert Foods quarterly profit rises", _STORY, "correction"),
    ("Corrected: Oil steady at $71", _STORY, "correction"),
    ("CORRECTED (OFFICIAL): Kessler Motors Q2 beats forecasts", _STORY, "correction"),
    ("CORRECTED-(OFFICIAL)-UPDATE 1-Small fire put out at Dunmore refinery", _STORY, "update"),
    ("Correction: Oil drops most since March", _STORY, None),
    ("Correction: Stocks slide into correction territory", _STORY, None),
    ("Norvale shares fall in a market correction", _STORY, None),
]

CASES = [
    # an advisory run on into the story: the note is what the bracket holds
    ("(Adds CEO comments)      By  Ann Lee       OSLO, March 3 (Reuters) - " + _STORY, "update"),
    ("(Corrects spelling of chief executive's name in second paragraph)   By  Ann Lee   OSLO, March 3 (Reuters) - "
     + _STORY, "correction"),
    ("(Additional reporting by Ann Lee in Oslo)", None),
    # the company's own correction, carried by the wire
    ("(Company corrects margin targets to 11-12 percent for fiscal 2009; removes reference to other targets in quote)",
     "correction"),
    ("(Company corrected closing date from third quarter to fourth)", "correction"),
    ("(corrected for inflation)", None),
    ("(corrected for seasonal swings, output rose 2 percent)", None),
    ("The company corrected its forecast.", None),
    # retraction: a value written down, not a piece taken down
    ("Kessler took down its book value by $410 million on Tuesday.", None),
    ("Kessler took down the story from its website on Tuesday.", "retraction"),
    # legal_action: a share of many, not a case brought now
    ("About 30 percent of listed firms have been defendants in class-action suits, according to a study.", None),
    ("A quarter of all cases handled by the tribunal have been brought against Norvia.", None),
    ("Thirty percent of the shareholders filed a class-action suit against Halbert on Monday.", "legal_action"),
    ("Shareholders sued the directors of Halbert Bank on Monday.", "legal_action"),
    # legal_action: a capitals line naming who comments, not "sue"
    ('KAREN SUE, ECONOMIST, HALBERT BANK: "Payrolls were stronger than expected."', None),
    ('TOM SUE, ANALYST, RBC: "The margins look healthy."', None),
    ("NORVALE WORKERS SUE OVER PENSION CUTS", "legal_action"),
    # stands_by: refusing to take part, not to take a story down
    ('"We refuse to take part in the summit merely to drink tea," the finance minister said.', None),
    ('"We refuse to take part in that panel," the editor said.', None),
    ("The newspaper refused to take the story down.", "stands_by"),
    ("The newspaper declined to retract the article.", "stands_by"),
    # the wire's note with the story as its subject, and one set after the credit line or a closing quote
    ("(This story corrects paragraph 2 to show the plant closed in May, not June)", "correction"),
    ("(The story has been refiled to correct the third paragraph to say the fund, not the bank, paid the fee.)",
     "correction"),
    ('(This story was refiled to restore the dropped word "no" in the fourth paragraph)', "correction"),
    ("(This story is refiled to add comment from the union)", "update"),
    ("(This story was refiled to clarify that the survey was made by a market research firm)", "clarification"),
    ('(This story was refiled to add the dropped word "fund" in the headline)', "correction"),
    ("(Reporting by Ann Lee; Editing by Tom Fell) (This story corrects the spelling of the chief executive's name)",
     "correction"),
    ('"Margins will recover next year," he said. "It is only a matter of time" (The story corrects the second '
     "paragraph to say sales rose, not fell.)", "correction"),
    ("(Reporting by Ann Lee; Editing by Tom Fell)", None),
    ('He called the merger "done" (the story was first reported by a trade weekly).', None),
    ("The panel said the story corrected the record on the merger.", None),
]


@pytest.mark.parametrize(("title", "body", "kind"), TITLES)
def test_title(title: str, body: str, kind: str | None) -> None:
    cases.states(body, kind, title=title)


@pytest.mark.parametrize(("text", "kind"), CASES)
def test_case(text: str, kind: str | None) -> None:
    cases.states(text, kind)


# A wire's note is the wire's, whoever the quote before it belongs to.
@pytest.mark.parametrize("body", [
    '"Margins will recover," said Ann Lee of Halbert Bank. "It is only a matter of time" (The story corrects the '
    "second paragraph to say sales rose, not fell.)",
    "(Reporting by Ann Lee; Editing by Tom Fell) (This story was refiled to correct the date of the vote)",
])
def test_note_actor(body: str) -> None:
    assert cases.actor("", body, "correction", outlet="Wire") == "Wire"
