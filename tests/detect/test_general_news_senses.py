"""A general paper's ordinary sentences that share a notice's words, in our own words, each next to the true follow-up
that shares them: fixed-line telephony and released fixes beside a fixed story, a program removed from a phone
beside a story removed, "we will show" beside a show stood by, a company's revised results beside an updated story,
"Changes to the rules" beside a wire advisory, and, for denials and legal actions, prizes, jobs, asylum claims,
matches, software, market quotes, laws, figures, caps on fines, calls for fines, past verdicts, accusations and
proposals beside the real denial or case."""

from __future__ import annotations

import pytest

from tests.detect import cases

pytestmark = pytest.mark.pure


# (text, a kind that must be found, or None for no event at all)
CASES = [
    # correction: "fixed" as an adjective and "fixes" as patches are no error put right
    ("In most of Asia the growth is in mobile, while in Canada it is fixed line.", None),
    ("Three more security fixes were also released on Tuesday.", None),
    ("The story has since been fixed to give the right date.", "correction"),
    # correction: a government's corrections to a draft law are lawmaking (p33's report), a paper's to its story not
    ("The ministry has published a list of corrections to the draft bill.", None),
    ("The agency issued corrections to its draft guidance on Friday.", None),
    ("The paper ran a correction to the bill story on Tuesday.", "correction"),
    # someone's claim of an error, told in an interview, is not the outlet's note
    ("In a July 8 interview, the coach said the referee misidentified the player.", None),
    ("In a July 8 story, we misidentified the player.", "correction"),
    # retraction: software removed from a phone or a computer is no publication withdrawn
    ("The maker has told owners how to remove the program and get the handset working again.", None),
    ("The analyst downloaded the toolbar last week but has since removed it.", None),
    ("The broadcaster removed the programme from its website after complaints.", "retraction"),
    # stands_by: "show" as a verb after a modal
    ("I am sure that we will show a healthy rise in sales next year.", None),
    ("We are confident in our show and the people who made it.", "stands_by"),
    # update: a company's figures revised, and "Changes to ..." opening an ordinary sentence
    ("Harlow Mills said that after an audit it has revised upwards its 2003 full year results.", None),
    ("Changes to the way the index is compiled explain part of the rise, economists said.", None),
    ("This story has been updated with comment from the ministry.", "update"),
    # denial: a thing called rubbish, a prize or a job withheld, applications refused, matches, software, quotes
    ("The early consoles were rubbish but they taught me to code.", None),
    ("The minister rubbished the report as fiction.", "denial"),
    ("Welsh actors denied top Baftas", None),
    ("The actor denied the report that he had quit the series.", "denial"),
    ("She later turned down a junior post in the new cabinet.", None),
    ("The rules would speed the removal of migrants whose asylum claims were plainly unfounded.", None),
    ("The spokesman said the claims were unfounded.", "denial"),
    ("A former champion cast doubt on the sprinter's injury claims.", "denial"),
    ("Good teams are the ones that win the tight contests week after week.", None),
    ("The worst kinds of malicious code record every password that people type.", None),
    ("The firm called the lawsuit malicious and said it would fight it.", "denial"),
    ("There were no bids or offers for sorghum.", None),
    ("\"It is an absurd piece of legislation,\" the airline's chief said.", None),
    ("The club said the report was absurd.", "denial"),
    ("This result was far above forecasts and casts doubt on the gloomy stories about the economy.", None),
    ("Her move to the safe seat quashes speculation that she would fight the minister.", None),
    ("The coach cast doubt on the striker's claims that he had been injured.", "denial"),
    # legal_action: a cap, a call, a past verdict named, an accusation denied, a proposal, a statute
    ("Fines of up to $250,000 could be imposed on stations each time.", None),
    ("The regulator fined the station $250,000 for the broadcast.", "legal_action"),
    ("A senator is expected to call for a maximum $2 million fine for repeat offences.", None),
    ("The panel was split over Ellis Crane, a 61-year-old convicted fraudster.", None),
    ("Ellis Crane was convicted of fraud in March.", "legal_action"),
    ("That charge was rejected by the home secretary, who called it a smear.", "denial"),
    ("The agency's staff plan to recommend that the utility be charged with fraud.", None),
    ("The agency charged the utility with fraud on Monday.", "legal_action"),
    ("\"Where a driver is convicted of a second offence, the court must impose a ban.\"", None),
    # legal_action: what a prosecutor's office does day to day, a kind of crime, beside a case brought against one
    ("The county's fraud unit investigates and prosecutes organised retail theft and shoplifting rings.", None),
    ("Ms Dale now prosecutes arson cases and other serious felonies in the harbour district.", None),
    ("A new grant lets the office keep prosecuting drink-driving crimes for two more years.", None),
    ("The district attorney's office is prosecuting the harbour master for arson.", "legal_action"),
    ("Prosecutors decided to prosecute two wardens over the escape.", "legal_action"),
]


@pytest.mark.parametrize(("text", "kind"), CASES)
def test_case(text: str, kind: str | None) -> None:
    kinds = cases.kinds(text)
    assert kind in kinds if kind else kinds == [], kinds


def test_a_charge_denied_is_no_charge_brought() -> None:
    assert "legal_action" not in cases.kinds("That charge was rejected by the home secretary, who called it a smear.")
