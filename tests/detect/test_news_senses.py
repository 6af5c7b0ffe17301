"""Ordinary news's other senses of a notice's words (news_senses): each negative fired before the sense was added,
and its neighbouring positive still fires."""

from __future__ import annotations

import pytest

from monitor.detect.followups import detect
from monitor.models import Doc

pytestmark = pytest.mark.pure

CASES = [
    # a thesis about the economy rejected; a denial about oneself stays one
    ("The governor dismissed the idea that the economy needed a further rate cut.", None),
    ("The lender dismissed the idea that it had misled its depositors.", "denial"),
    ("An analyst disputed the notion that lower prices would lift demand this year.", None),
    ("The trader disputed the notion that his fund had moved the copper market.", "denial"),
    ("The finance ministry said it completely disagreed with the idea.", None),
    ("The finance ministry said it completely disagreed with the characterization.", "denial"),
    # what someone did not do, no denial
    ("The senator smiled when the mayor said he did not blame the unions for the strike.", None),
    ("The mayor denied that he had taken money from the developer.", "denial"),
    ("The governor said she did not vote for the incumbent in the primary.", None),
    ("The strategist stressed that he does not share that view of interest rates.", None),
    ("The exchange says it never shared user data with the tax authorities.", "denial"),
    # "charge" alleged, heated or led
    ("Both sides deny what the inspectors charge was a deliberate cover-up.", "denial"),
    ("The hearing turned tense, triggering a charged exchange with the committee chair.", None),
    ("The hearing ended after the witness was charged with contempt.", "legal_action"),
    ("The retailer is leading the charge by discount chains into online groceries.", None),
    # statutes and a repeal
    ("Federal law prohibits anyone from selling a rifle to someone who has been convicted of a felony.", None),
    ("The bill also allows for criminal penalties against repeat offenders.", None),
    ("Regulators imposed criminal penalties on two repeat offenders last week.", "legal_action"),
    ("HEALTH PLAN: Repeals a federal fine imposed on people without coverage.", None),
    # no charge brought yet
    ("The newspaper said the coach had been told criminal charges were expected soon.", None),
    ("The coach has pleaded not guilty and is expected to stand trial in March.", "legal_action"),
    # an interjection
    ("\"Sorry, but that meeting happened long before he joined the team,\" the aide said.", None),
    ("\"Sorry for the delay in getting the refunds out,\" the airline said.", "apology"),
    # no publication defended or clarified
    ("The coast guard backed up the fishermen's account of the collision.", None),
    ("The newspaper backed up its reporter's account of the interview.", "stands_by"),
    ("\"We certainly have to defend it,\" he said, handing out medals to the troops.", None),
    ("The prime minister attempted to clear up confusion over whether the border would close.", None),
    # an admission, a claim to land, a judge's reasons, denial as a stance
    ("The claimant's lawyer said in court that he did not contest the facts of the case.", None),
    ("The claimant's lawyer said he did not sexually harass anyone.", "denial"),
    ("Neighbouring states contest Beijing's sweeping claims to the sea.", None),
    ("Neighbouring states contest Beijing's claims that its coast guard acted lawfully.", "denial"),
    ("The judge, appointed to the bench in 2010, said in his decision that the plaintiffs' claims were speculative.",
     "legal_action"),
    ("The company said the plaintiffs' claims were speculative.", "denial legal_action"),
    ("Delay is the new denial, campaigners say, and it has slowed the response.", None),
    ("The envoy issued a denial on Tuesday.", "denial"),
    # a fee, "fine" meaning all right, money set aside, a fine asked for, a president's order, a statute's duty
    ("At present, it is charged at 30 bps on each newly minted token.", None),
    ("Most creditors just want their $ back, so 110% is fine for nearly all of them.", None),
    ("The regulator imposed a fine of $5 million.", "legal_action"),
    ("The oil company has already set aside $40 billion for clean-up costs, fines and compensation for the spill.",
     None),
    ("Prosecutors also asked for a 300,000 euro ($408,000) fine and confiscation of 600,000 euros from the auditor.",
     None),
    ("The court imposed a 200,000 euro fine on the auditor.", "legal_action"),
    ("She spoke out against the president's order to halt arrivals from several countries.", None),
    ("A regulator's order to halt the sales was upheld.", "legal_action"),
    ("The group had argued that under federal law, the commission was required to conduct a privacy-impact "
     "assessment before gathering personal data.", None),
    ("Under the settlement, the commission was required to conduct a privacy-impact assessment before gathering "
     "personal data.", "legal_action"),
    ("The Senate bill repeals a provision of the health law that levies a penalty on people without coverage.", None),
    # a person's character, a consensus, a false remedy, a basis for an act, a thesis called incorrect, a judge's
    # ruling; a report denied stays a denial
    ("Critics have stepped up their attacks on the bureau and questioned its integrity.", None),
    ("With Beijing seen buying some $1 billion in dollars each day to keep the yuan stable, few U.S. economists "
     "dispute that China is manipulating its currency.", None),
    ("Few of the bank's critics dispute that it acted lawfully, but the bank still denied that it had misled "
     "investors.", "denial"),
    ('The central banker described jointly issued bonds on Friday as a "false solution."', None),
    ("He can only dismiss the prosecutor for good cause, and he told lawmakers he sees no legitimate basis for doing "
     "so.", None),
    ("The bank contends in court papers that its rival is withholding deposits without any legitimate basis.", None),
    ("The bank said there was no legitimate basis for the allegations.", "denial"),
    ('"It is incorrect to think that blanket limits will enable governments to control prices," the minister said.',
     None),
    ('In his ruling, the judge said there was a "significant factual dispute" over whether the information shared '
     "had influenced the design.", None),
    ("The same day Hale denied the settlement, the agency chairwoman asked lawmakers for larger penalties.", None),
    ("The company denied the report that its chief had resigned.", "denial"),
    # a plea, a mission from Congress; a court appeal and a criminal charge stay legal actions
    ("The president denounced the strikes, saying dozens of missiles had been launched and issuing a fresh appeal to "
     "strengthen air defences.", None),
    ("The company filed an appeal to the Supreme Court on Monday.", "legal_action"),
    ("Both lenders are shareholder-owned companies charged by Congress with supporting housing by keeping credit "
     "flowing.", None),
    ("Both lenders were charged by prosecutors with defrauding investors.", "legal_action"),
    # a newsroom that only reports a denial stands by nothing; one that rejects claims about its work does
    ("Reuters has not independently verified the accusations, which the senator has denied.", "denial"),
    ("Reuters said the claims about its reporting were false.", "denial stands_by"),
    ('In 2003, he told The Daily Bugle the articles were "totally untrue."', "denial"),
    ('In 2003, The Daily Bugle said the claims about its articles were "totally untrue."', "denial stands_by"),
    # a charge that is an accusation's content; a criminal charge stays a legal action
    ("He has denied the allegations, including a charge he initiated sexual contact with a teenage girl.", "denial"),
    ("He faces a charge of assault after the fight.", "legal_action"),
]


@pytest.mark.parametrize(("text", "kind"), CASES)
def test_news_sense(text: str, kind: str | None) -> None:
    kinds = [e.kind for e in detect(Doc(body=text, outlet="The Daily Bugle"))]
    assert kinds == (kind.split() if kind else []), kinds
