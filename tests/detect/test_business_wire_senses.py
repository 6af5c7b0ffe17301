"""A business wire's full articles share a notice's words in other senses, in our own words, each next to the true
follow-up that shares them: a manager "charged with" a task beside a broker charged with a crime, labour disputes
beside a report disputed, rivals blasting each other beside a report blasted, a proposal withdrawn beside an
article withdrawn, a person's job title changed beside a headline changed, a policy called wrong beside a report
called wrong, a jury's verdict beside a party's rejection, a question to clarify beside a story clarified, a class's
risk of being sued and penalties that are available beside suits and penalties brought, and a wire's capitals
subheading beside its update advisory."""

from __future__ import annotations

import pytest

from tests.detect import cases

pytestmark = pytest.mark.pure

CASES = [
    # legal_action: "charged with" a task, not an offence
    ("She was charged with reviving flat sales at the chain's older outlets.", None),
    ("State lottery officials, who are charged with keeping operators honest, opened a review.", None),
    ("Port regulators, who are charged with stopping carriers from bringing in untaxed fuel, met on Monday.", None),
    ("The new finance chief was charged with the task of cutting costs by a fifth.", None),
    ("He was charged with defrauding two pension funds of $4 million.", "legal_action"),
    ("The former fund manager was charged with running a $30 million Ponzi scheme.", "legal_action"),
    ("She was charged with turning over customer data to a rival in exchange for cash.", "legal_action"),
    ("The former treasurer had been charged with accepting bribes from a paving contractor.", "legal_action"),
    # legal_action: a class's risk and the penalties the law allows, not a case brought
    ("Insurance covers defense costs for managers who get sued over business decisions.", None),
    ("Investors are still studying what civil and criminal penalties are available.", None),
    ("Executives at the lender were sued by shareholders in May.", "legal_action"),
    ("Two directors who were sued by the pension fund settled in March.", "legal_action"),
    ("The regulator imposed civil penalties of $2 million on the broker.", "legal_action"),
    ("Three pension funds sued the bank last month over the losses.", "legal_action"),
    # denial: "disputes" the noun
    ("The strike is one of dozens of labour disputes that have hit the port this year.", None),
    ("The governor has tried to settle hundreds of land disputes in the province.", None),
    ("Trade disputes between the two blocs have weighed on exporters.", None),
    ("Norvale disputes the figures in the audit, a spokeswoman said.", "denial"),
    ("The bank disputes the allegations and will fight them in court, a spokesman said.", "denial"),
    ("Orlen also disputes that it owes the tax authority any money.", "denial"),
    ("Lawyers who represent brokers in employee disputes say that such contracts rarely fail.", None),
    ("Attorneys who handle franchise disputes said the ruling would change little.", None),
    ("Mediators in neighbour disputes say such cases have doubled.", None),
    ("Harlan Bank disputes the figures in the audit.", "denial"),
    ("The union disputes the company's account of the talks.", "denial"),
    # denial: a quarrel between them, a state of things, not a report denied
    ("As party leaders blasted each other in news conferences, two senators met to work out a compromise.", None),
    ("The minister blasted the report as a fabrication.", "denial"),
    ("Although Marlow said she has not experienced any supply shortages, her members are watching prices.", None),
    ("Marlow said she has not been approached by any buyer, contrary to the report.", "denial"),
    # denial: a policy called wrong, not a report
    ('"Joint bonds are absolutely wrong," the minister told lawmakers.', None),
    ("The finance minister rejected common bonds as completely wrong for the currency union.", None),
    ('The chancellor rejected joint bonds on Tuesday as "absolutely wrong" and urged a slower path.', None),
    ('The ministry rejected the magazine\'s report on Tuesday as "absolutely wrong".', "denial"),
    ("The minister said the report that he would resign was completely wrong.", "denial"),
    ("A spokesman said the newspaper's report was completely wrong.", "denial"),
    ("The plan described in the report is completely wrong, the company said.", "denial"),
    # retraction: a plan or a policy taken back, not a piece or a statement
    ("A shareholder group said it had withdrawn a proposal to split the chairman and chief executive roles.", None),
    ("The treasury chief warned that withdrawing programs aimed at the crisis too early would hurt.", None),
    ("The magazine withdrew the article after the mayor complained.", "retraction"),
    ("Velmont withdrew its claim that the rival's drug was unsafe.", "retraction"),
    ("The broadcaster withdrew the programme after viewers complained.", "retraction"),
    # correction: a person's job title changed, not a headline
    ("Harlan Bank changed Tobin's title in March and gave his role more duties.", None),
    ("The paper changed the headline after readers complained.", "correction"),
    ("We have changed the story's title to reflect the new figures.", "correction"),
    # clarification: a question to settle, not a story clarified
    ('"We need to clarify now whether the two firms will merge or go their own way," the premier said.', None),
    ("The two sides must clarify whether the plant will stay open.", None),
    ("This story was changed to clarify that both firms will invest in the venture.", "clarification"),
    ("We want to clarify that the fund was not a client of the firm.", "clarification"),
    # update: a wire's capitals subheading, not an advisory
    ("CHANGES IN MOOD Orders for machine tools in March lifted hopes that factory spending would pick up.", None),
    ("(Adds analyst comment, closing share price)", "update"),
    ("(Updates with closing share prices)", "update"),
]

# A court rejects a claim by deciding it: the case may be a legal act, but no party denies anything.
VERDICTS = [
    ('"It is clear that the jury rejected the ten-year conspiracy claim," the company\'s lawyer said.', False),
    ("The court rejected the claim and ordered the insurer to pay $3 million.", False),
    ("The jury sitting in the county court in Bayport rejected allegations by plaintiffs that the fees were unfair.",
     False),  # the court's name, then where it sits: still the jury decides
    ("Halvorsen rejected the claim that he had misled investors.", True),
    ("The carrier denied that any talks with the union had taken place.", True),
]


@pytest.mark.parametrize(("text", "kind"), CASES)
def test_case(text: str, kind: str | None) -> None:
    cases.states(text, kind)


@pytest.mark.parametrize(("text", "found"), VERDICTS)
def test_verdict_is_no_denial(text: str, found: bool) -> None:
    cases.finds(text, "denial", found)
