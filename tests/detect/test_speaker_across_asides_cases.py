"""Who acts when the subject of the act is a pronoun cut off from its name by an aside set off with dashes, by
tables of cases in our own words: the pronoun opening the last piece stands for the subject of the nearest piece
before it that is not a list or a description ("Though Dara Quill has backed the groups – including the Fund for
Roads – since her nomination, she has denied ...": Dara Quill, not no one), next to neighbours that keep their
actor (a name after the dashes, an aside that names the doer's owner, a pronoun after a comma). A transcript's
turn ("TOM VELL: ...") names the speaker of a stance in it, not the page; a heading in capitals names no one."""

from __future__ import annotations

import pytest

from tests.detect import cases

pytestmark = pytest.mark.pure

WHO_ACTS = [
    # -- a pronoun after a dashed aside: the subject before the aside
    ("", "Though his budget nominee Dara Quill has funded groups that back the toll plan – including Tom Vell's "
         "Fund for Better Roads – since her nomination, she has denied she supports the plan.", "denial",
     "Dara Quill"),
    ("", "The panel argued with Ivo Marsh, and he answered by noting that Rosa Bly had worn a mascot costume at "
         "the gala – something she falsely denied.", "denial", "Rosa Bly"),
    ("", "Pia Lund voted for the sale – a vote that cost the town $3 million – and she later "
         "apologized to residents.", "apology", "Pia Lund"),
    ("", "Kell Mining posted the figures in March – a month before the audit – and it has since retracted "
         "them.", "retraction", "Kell Mining"),
]

TRANSCRIPT_TURNS = [
    ("", "ANNA REY: You once worked for the senator. Did she press you?\n\nTOM VELL: Like everything in the "
         "report, Anna, this was handled with care. The report is meticulously fact-checked, we had long talks "
         "with everyone in it, and it's extremely fair to her.", "stands_by", "Tom Vell"),
    ("", "HOST: Welcome back. MARA QUILL: Those claims are false and I have never met the man.", "denial",
     "Mara Quill"),
]

KEEPS_ITS_ACTOR = [
    ("", "EDITOR'S NOTE: The report is meticulously fact-checked, we had long talks with everyone in it, and "
         "it's extremely fair to her.", "stands_by", "The Daily Ledger"),
    # -- a name after the dashes, an appositive that describes the doer, a pronoun after a comma
    ("", "The mayor – a former banker – has since apologized for the remark.", "apology", "The mayor"),
    ("", "The Harbor Gazette – a Rell Media title – has retracted the column.", "retraction", "Harbor Gazette"),
    ("", "Though Dara Quill has funded groups that back the toll plan, she has denied she supports the plan.",
     "denial", "Dara Quill"),
    ("", "The talks stalled in May – after the vote – and Senator Ilse Brandt denied any part in the leak.",
     "denial", "Ilse Brandt"),
]


@pytest.mark.parametrize(("title", "body", "kind", "who"), WHO_ACTS + TRANSCRIPT_TURNS + KEEPS_ITS_ACTOR)
def test_the_actor_is_the_doer(title: str, body: str, kind: str, who: str) -> None:
    assert cases.actor(title, body, kind, outlet="The Daily Ledger") == who
