"""False-alarm families from two spent held-out halves (AG News 2004 wire items; published follow-up excerpts), in
our own words: each family next to the true follow-up worded nearby that must still be found (an aid appeal and a
court appeal, phone charges and criminal charges, a proposal rebuffed and a report rebuffed, talk about suing and a
suit filed)."""

from __future__ import annotations

import pytest

from tests.detect import cases

pytestmark = pytest.mark.pure


# (text, a kind that must be found, or None for no event at all)
CASES = [
    # an aid appeal, not a court's
    ("The Red Cross launched an appeal here for 45 million euros to feed families displaced by the cyclone.", None),
    ("The agency launched an appeal on Tuesday for $80 million to help drought victims in the north.", None),
    ("The carmaker launched an appeal on Monday against the $12 million verdict.", "legal_action"),
    ("The club lodged an appeal on Friday with the league's disciplinary panel.", "legal_action"),
    # fees run up, not charges brought
    ("Rogue diallers hijack modems and run up premium-rate phone charges by calling overseas numbers.", None),
    ("Customers were hit with overdraft charges by the bank.", None),
    ("Two executives were charged by federal prosecutors with securities fraud.", "legal_action"),
    ("The bank was charged by the regulator with misleading customers.", "legal_action"),
    # a probe opened after a regulator's accusation; people in general "who have been convicted"
    ("Federal prosecutors have opened an investigation into the lender, days after regulators accused it of hiding"
     " losses.", None),
    ("Regulators opened an investigation and accused the firm of hiding losses.", "legal_action"),
    ("The bishop said voting should be open to all citizens, including those who have been convicted of crimes.",
     None),
    ("The treasurer, who has been convicted of fraud, will be sentenced next month.", "legal_action"),
    # a bill that would impose fines
    ("Senate Passes Bill Imposing Fines on Robocallers", None),
    ("Parliament passed a bill levying fines on polluters.", None),
    ("Regulator Imposes Record Fine on Northbank", "legal_action"),
    ("The watchdog fined the bank $5 million under a law imposing strict limits.", "legal_action"),
    # talk about suing, a suit dropped, cases a story mentions, a court's powers listed
    ("Suing a broadcaster for libel is possible but presents real hurdles for a private citizen.", None),
    ("Suing your employer can be expensive and slow.", None),
    ("The landlord has dropped his lawsuit against the tenants' association.", None),
    ("The union has withdrawn its complaint against the company.", None),
    ("The landlord has filed a lawsuit against the tenants' association.", "legal_action"),
    ("Its lawyers tried to stop the weekly from running a story that mentions discrimination cases filed against the"
     " owner.", None),
    ("Remedies include damages, an injunction and a court ordered retraction.", None),
    # a person's or a plan's credibility attacked, not a report's
    ("The senator spent the debate challenging the governor's credibility on taxes and schools.", None),
    ("Now critics are questioning the expedition's credibility.", None),
    ("The ministry questioned the credibility of the newspaper's report.", "denial"),
    # blasts, the noun
    ("Three Blasts Reported in Northern Town", None),
    ("Two blasts reported near the embassy on Sunday.", None),
    ("Minister blasts report as fabrication", "denial"),
    ("The minister blasted the report as a fabrication.", "denial"),
    # a judgement not made; a proposal turned down; a forecast doubted
    ("The airline said it had not judged the warning to be credible but that the ministry had insisted.", None),
    ("The airline said the report was not true.", "denial"),
    ("Beijing has rebuffed suggestions by the envoy that it consider reopening the talks.", None),
    ("The ministry rejected suggestions that it delay the vote.", None),
    ("The ministry rebuffed suggestions that it had misled parliament.", "denial"),
    ("The company rejected suggestions that it had overcharged customers.", "denial"),
    ("Regulators rejected the idea that letting viewers pick their channels would cut monthly bills.", None),
    ("The ministry rejected the idea that it had misled parliament.", "denial"),
    # a company's terms clarified, not a story
    ("The software maker said it has clarified its licensing policies for multicore chips.", None),
    ("The province clarified its eligibility rules for the grant.", None),
    ("The paper said it has clarified its story about the licensing deal.", "clarification"),
    # products withdrawn from sale; a printed title withdrawn from sale
    ("The firm sold two apps which have now been withdrawn from sale.", None),
    ("The publisher withdrew the book from sale after complaints.", "retraction"),
    ("This title has been removed from sale and the remaining stock will be pulped.", "retraction"),
    ("The article has been withdrawn from the website.", "retraction"),
    # apologies as a kind, a work's title, a point of law
    ("Public apologies have long been a staple of political life.", None),
    ("Formal apologies are rare in diplomacy.", None),
    ("The Apology of Socrates is read in every first-year course.", None),
    ("As a general rule, the offer of an apology is no defence to a libel claim, though it may reduce damages.", None),
    ("Public apologies long been a way for brands to calm their critics.", None),
    ('In "The apology of Crito," the author used the word apology to mean a defence.', None),
    ("The usual answer to any blunder is an apology, the consultant said.", None),
    ("What the club issued on Monday was an apology to the fans.", "apology"),
    ("Apologies to readers: yesterday's crossword repeated Tuesday's grid.", "apology"),
    ("The available remedies include damages, like those the baker sought, or a court ordered retraction by the"
     " paper.", None),
    ("The council offered a public apology to the family.", "apology"),
    ("The minister made a public apology to the victims' families.", "apology"),
]

# (text, a kind that must be found, a kind that must not be)
NOT_THIS_KIND = [
    ("Mayor angrily rejects charges of collusion with developers", "denial", "legal_action"),
    ("The fund said the board had pushed the founder out -- a charge denied by the company.", "denial",
     "legal_action"),
    ("The pastor has dropped his lawsuit against the bakery and offered an apology for the hoax.", "apology",
     "legal_action"),
    ("He denied the charges brought by prosecutors last week.", "legal_action", ""),
    ("Search results tend to favour certain sites, a researcher said, a claim which Acme denies.", "denial",
     "stands_by"),
]


@pytest.mark.parametrize(("text", "kind"), CASES)
def test_case(text: str, kind: str | None) -> None:
    cases.states(text, kind)


@pytest.mark.parametrize(("text", "kind", "absent"), NOT_THIS_KIND)
def test_one_kind_and_not_the_other(text: str, kind: str, absent: str) -> None:
    found = cases.kinds(text)
    assert kind in found and absent not in found, found


@pytest.mark.parametrize(("body", "actor"), [
    ("Search results tend to favour certain sites, a researcher said, a claim which Acme denies.", "Acme"),
    ("The Sentinel reported the accusations, which Moore has denied.", "Moore"),
    # the commenting clause's subject, a name or a common noun, answers the claim, not the one who made it
    ("Critics say the levy hides a tax rise, a charge which the administration denies.", "administration"),
    ("Analysts say the fund is short of cash, something the board has denied.", "board"),
    ("Rivals say the firm overstated its sales, an accusation the firm denies.", "firm"),
    ("Economists warn of a gap in the budget, a claim denied by the treasurer.", "treasurer"),
    ("Lena Hart suggested that Omar Pike lied to win a lighter sentence, something Mr Pike denies.", "Pike"),
])
def test_a_relative_clause_names_its_own_denier(body: str, actor: str) -> None:
    assert cases.actor("", body, "denial") == actor
