"""A news wire's one- and two-sentence reports that share a notice's words, in our own words, each next to the true
follow-up that shares them: an aside "with apologies to" and an apology said to be owed beside apologies made, a prize
denied beside a report denied, an unpublished letter beside a column unpublished, a surge, an edition, a right to sue,
a match won and penalty points beside cases brought, an accusation of misleading, things done wrong and a deal ruled
out beside reports called false, and another trade's error or a person's own account beside a piece corrected."""

from __future__ import annotations

import pytest

from tests.detect import cases

pytestmark = pytest.mark.pure

CASES = [
    # apology: the writer's aside, and an apology someone else is said to owe
    ("With apologies to Denver and Utah, only two clubs in the division can win the title this season.", None),
    ("Bold prediction, with apologies to the fans in Leeds: the cup is going south again.", None),
    ("Frankly, the league owes the referees an apology.", None),
    ("The brewery returned the deposits with apologies to every customer affected.", "apology"),
    ("The brewery wrote to every customer with an apology for the delays.", "apology"),
    ('"I owe the voters an apology," the councillor said.', "apology"),
    ("We owe our readers an apology for the error.", "apology"),
    # denial: a result that withholds a prize
    ("The relay team was disqualified on Sunday, denying it a first Olympic gold medal since 1996.", None),
    ("The club denied it had paid the striker's agent.", "denial"),
    ("The ministry denied reports it had refused the team a visa.", "denial"),
    # retraction: "unpublished" before a noun is material never published
    ("Scholars found two unpublished letters in the archive.", None),
    ("The magazine printed an unpublished chapter from the late poet's notebooks.", None),
    ("The newspaper unpublished the column after complaints from readers.", "retraction"),
    ("The interview was unpublished on Tuesday after the singer's lawyers objected.", "retraction"),
    # legal_action: a surge in a match, an edition, a right, a match won, a sport's penalty points
    ("Valdez inspired an early charge by the visitors as they led in three of the four matches.", None),
    ("Harlow's eagle on the 16th sparked a final-round charge by Sweden.", None),
    ("Blame lies with the mayor's office, the weekly itself charges in its latest issue.", None),
    ("Arbitration clauses make customers give up their right to sue the bank.", None),
    ("The 2-1 win over Malta saw the Irish claim second place in the group.", None),
    ("The winger was suspended for two games and had 9 penalty points added to his licence.", None),
    ("Harlow was charged by police with dangerous driving.", "legal_action"),
    ("The prosecutor's office has issued charges against the former mayor.", "legal_action"),
    ("The tenants say they will exercise their right to sue, and filed a lawsuit on Monday.", "legal_action"),
    ("The band won its lawsuit against the label.", "legal_action"),
    ("Regulators imposed a penalty of 3 million euros on the carrier.", "legal_action"),
    # denial: an accusation of misleading, a judgement of how things are done, a deal ruled out
    ("An economist has charged that the agency is inflating figures and misleading investors about the deficit.", None),
    ("The club became a lesson in doing things right while its rivals were doing things wrong.", None),
    ("The largest shareholders told the bidder there was no basis for a deal.", None),
    ("The company said the report was misleading.", "denial"),
    ("The driver insisted he had done nothing wrong and said the claims were wrong.", "denial"),
    ("The minister said there was no basis for the claims.", "denial"),
    # correction: the judges' error, and a person's own account of why he left
    ("The skater believes she lost the bronze because of a scoring error by the judges.", None),
    ("The coach stirred a row after claiming that he had quit over a dispute with the chairman, and not as previously"
     " stated for family reasons.", None),
    ("Because of an editing error, the story gave the wrong date for the hearing.", "correction"),
    ("The bridge is 40 metres long, not 14 metres as previously stated.", "correction"),
]


@pytest.mark.parametrize(("text", "kind"), CASES)
def test_case(text: str, kind: str | None) -> None:
    cases.states(text, kind)
