"""Denials, stand-bys and legal actions as companies, newsrooms, regulators and court reporters word them, in our own
words: each wording family next to the near misses that share its words (a denied visa, "standing by for", a
threatened suit, a law's fines, a court refusing a motion, someone "removed from her post"); a defendant who
protests innocence is the denier."""

from __future__ import annotations

import pytest

from tests.detect import cases

pytestmark = pytest.mark.pure


# (text, a kind that must be found, or None for no event at all)
CASES = [
    # a party's reply to a report: what the story rests on, scrutiny, a picture painted, "not the case", "at no point"
    ("The agency said the article was based on a misunderstanding of an old memo.", "denial"),
    ("Pelham Foods said the report was based on outdated figures.", "denial"),
    ("The club said the claims did not stand up to scrutiny.", "denial"),
    ("The airline said the programme painted a one-sided picture of its safety record.", "denial"),
    ("The council said the paper's claims were \"simply not the case\".", "denial"),
    ("\"That is simply not the case,\" a spokeswoman for the insurer said.", "denial"),
    ("\"At no time did we hide losses from our auditors,\" the chief executive said.", "denial"),
    ("The mayor's office said reports of a budget hole were exaggerated.", "denial"),
    ("Contrary to what was reported last week, Dunmore Logistics has never bid for the port contract.", "denial"),
    # pushing back on a suit disputes its allegations (not pushing back against a threat of one)
    ("Quillsoft pushed back on the trade-secret lawsuit in a long blog post on Monday.", "denial"),
    ("The union pushed back against the lawsuit threat.", None),
    # a phrasal verb before the infinitive tells it was done: "stepped in to", "went on to", "came forward to"
    ("The ministry stepped in to deny the report on Friday.", "denial"),
    ("The chairman went on to deny that the bank had hidden losses.", "denial"),
    ("The director came forward to apologise for the remarks.", "apology"),
    ("The ministry was asked to step in to deny the report.", None),
    # what the report said may hold a modal or a negation of its own: the report's, not the stance's
    ("Vestra said a media report that it would cut 2,000 jobs was \"inaccurate\".", "denial"),
    ("The ministry said claims that it had not paid the contractor were false.", "denial"),
    ("Harlow Mining said reports suggesting it could sell the smelter were untrue.", "denial"),
    # an event's place denied, not a place withheld; an admission that turns ("but") to a denial
    ("The army denied the raid had taken place.", "denial"),
    ("Tam Reed admitted the break-in but denied intending to hurt anyone.", "denial"),
    ("The late goal denied the visitors a place in the final.", None),
    # a verdict no one in the sentence gives, on no piece or claim, is the writer's description; negated, no denial
    ("A reader asked whether she could sue. Some of the remarks are defamatory.", None),
    ("Slander refers to spoken statements that are false and damaging.", None),
    ("The tribunal found that the allegations were not defamatory.", None),
    ("Orla Benn said the allegations were false.", "denial"),
    ("Her article is irresponsible and, in places, plainly untrue.", "denial"),
    # ... and a denialism, reality denied, a thing slammed into another: no report or claim denied
    ("The senator is mocked abroad for his climate change denial and his coal subsidies.", None),
    ("Critics say the governor continues to deny reality on the flooding.", None),
    ("Two lorries slammed into the barrier as everything on the road was swept aside.", None),
    ("The app will now label false or misleading posts from candidates.", None),
    ("The mayor labelled the leaflet false.", "denial"),
    # ... and the same words saying no such thing
    ("The plan was based on figures from the census.", None),
    ("The bridge did not stand up to the storm.", None),
    ("She painted a vivid picture of life on the island.", None),
    ("It is not the case that every bank will raise its rates.", None),
    ("The minister said a report that the plan would be scrapped may be inaccurate.", None),
    ("At no point did we consider moving the final to another city.", None),
    ("At no point did I think we would lose the match.", None),
    ("The consulate denied her visa application for a second time.", None),
    ("The insurer denied the claim for storm damage to the barn.", None),
    ("The court denied the exchange's motion to dismiss the case.", None),
    # a newsroom's own review and its confidence in its work
    ("The magazine said it had looked into the complaint and found no errors in the story.", "stands_by"),
    ("\"We have every confidence in the rigour of our journalism,\" a spokesman for the paper said.", "stands_by"),
    ("The network said it was satisfied the documentary was accurate and fair.", "stands_by"),
    # the subject before "and" is the newsroom: "reviewed the footage and was satisfied ..."
    ("The channel said it had reviewed the recording and was satisfied that its report was accurate.", "stands_by"),
    ("The referee watched the replay and was satisfied that the goal was fair.", None),
    # ... and "standing by", a guidance stood by, a quoted phrase discussed
    ("Lifeboat crews were standing by for more storms overnight.", None),
    ("The central bank said it stands by its guidance that rates will stay on hold.", None),
    ("The professor argued that \"we stand by our story\" has become an empty phrase.", None),
    ("The mantra \"we stand by our reporting\" no longer reassures readers, she wrote.", None),
    # enforcement as regulators' releases and crypto news word it
    ("OFAC announced a $2.4 million settlement with the wallet provider over transfers to sanctioned regions.",
     "legal_action"),
    ("Regulators in Hong Kong revoked the broker's licence on Monday.", "legal_action"),
    ("The payments firm was stripped of its licence after the audit.", "legal_action"),
    ("The Treasury sanctioned two exchanges for laundering ransomware proceeds.", "legal_action"),
    ("The lender entered into a deferred prosecution agreement with the Justice Department.", "legal_action"),
    ("The developer was extradited to South Korea on fraud charges.", "legal_action"),
    ("The bank will pay a $7 million penalty under an agreement with the SEC.", "legal_action"),
    # ... and what is no act yet, or no act of the law
    ("The company will pay $7 million under an agreement with the software maker.", None),
    ("The startup revoked the licence of a reseller that broke its terms.", None),
    ("The new law sets fines of up to 4% of annual turnover for companies that break the rules.", None),
    ("The businessman threatened to sue the magazine over the claims.", None),
    # a sports body's charge or fine, British style, next to a crowd charged by police and a task given
    ("Kestrel and Pelham have been charged by the Football Association over crowd trouble at their match.",
     "legal_action"),
    ("Coach Tam Reed is furious after being fined by the national federation for his comments.", "legal_action"),
    ("Riot police charged the crowd outside the stadium.", None),
    # British "is to": what someone will do, not what they did; a reply that was to deny did deny
    ("Tam Reed is to sue the magazine for libel.", None),
    ("The council is to apologise to residents over the flooding.", None),
    ("Their response was to deny the report outright.", "denial"),
    ("The administrator charged with liquidating the firm's assets failed to find a buyer.", None),
    # a deed denied: the words after the gerund are what the deed is about, not a request or a benefit refused
    ("Dunmore Motors denied drawing up an offer for the truck maker.", "denial"),
    ("The shipyard has long denied receiving unlawful subsidies.", "denial"),
    ("Tam Reed said Dunmore Motors had denied planning a bid.", "denial"),
    ("The council denied the request for a hearing.", None),
    ("The agency denied benefits to the family.", None),
    # a standing denial in a non-restrictive relative clause, in the present
    ("Counsel for Tam Reed, who denies all wrongdoing, told reporters an appeal would follow.", "denial"),
    ("Pelham Bank, which denies the allegations, said it would fight the suit.", "denial"),
    ("Officials who deny permits are criticised.", None),
    # a modal in a clause joined after the act's own clause is that clause's
    ("Kestrel Exchange said the claims were baseless and the bourse would fight them in court.", "denial"),
    ("A libel suit by the bourse would face a high bar.", None),
    # the market's demand and a subject's own errand ask for nothing
    ("The mill cited weak demand for the layoffs and denies that it broke its pledges.", "denial"),
    ("A liquidator seeking to claw back funds for the scheme's victims has sued Pelham Bank.", "legal_action"),
    ("The family wants to sue the magazine.", None),
    ("Readers demanded that the paper apologise.", None),
    # a bank's name is no bank fee; one of a series fined is fined
    ("The regulator charged Pelham Bank with fraud on Tuesday.", "legal_action"),
    ("In May, state regulators charged the regional bank with mortgage fraud.", "legal_action"),
    ("The bank charged customers with overdraft fees of $35.", None),
    ("Pelham Bank became the third broker to be fined over the trading scandal.", "legal_action"),
    ("The ruling could lead other countries to allow the state to be sued.", None),
    # money paid in a settlement with someone: a case ended
    ("Vell Capital paid $88 million in a settlement with the housing regulator in March.", "legal_action"),
    ("Pelham Bank paid $55 million in 2011, in the biggest settlement resulting from the inquiry into the funds.",
     "legal_action"),
    ("Acme agreed to pay $10 million for the land, in a deal that settles the question of ownership.", None),
    ("Customers paid $5 in a settlement fee at closing.", None),
]


@pytest.mark.parametrize(("text", "kind"), CASES)
def test_case(text: str, kind: str | None) -> None:
    kinds = cases.kinds(text)
    assert kind in kinds if kind else kinds == [], kinds


# The same words must not read as another kind: a settlement "without admitting or denying" denies nothing, a
# company quoted rebutting a report makes no correction of ours.
@pytest.mark.parametrize(("text", "kind", "not_kind"), [
    # an act someone denies doing is not done (the denial stands): "denied making an apology", "denied filing"
    ("The minister denied making an apology to the union.", "denial", "apology"),
    ("The club denied having issued a correction.", "denial", "correction"),
    ("The firm denied filing a lawsuit against the blogger.", "denial", "legal_action"),
    ("The fund settled the charges without admitting or denying the regulator's findings.", "legal_action", "denial"),
    ("In a post headed \"The facts\", Corvid Exchange said the Ledger's report misrepresents its reserves.", "denial",
     "correction"),
    # a claim a judge dismissed is ruled on, not denied; one a party dismissed is denied, not ruled on
    ("The charges against the trader were dismissed by an investigating judge.", "legal_action", "denial"),
    ("Tam Reed said the mill would close, a claim that was dismissed by Vell Textiles.", "denial", "legal_action"),
    # a person removed from a job is no piece withdrawn
    ("Pelham Bank denied Ms Vell's claims and said she was removed from her post over the losses.", "denial",
     "retraction"),
])
def test_not_another_kind(text: str, kind: str, not_kind: str) -> None:
    kinds = cases.kinds(text)
    assert kind in kinds and not_kind not in kinds, kinds


@pytest.mark.parametrize(("body", "kind", "actor"), [
    ("The politician sued the broadcaster for libel over the documentary.", "legal_action", "politician"),
    ("The actress is suing the tabloid over its story about her divorce.", "legal_action", "actress"),
    ("The watchdog opened enforcement proceedings against the insurer.", "legal_action", "watchdog"),
    ("Regulators in Hong Kong revoked the broker's licence on Monday.", "legal_action", "Regulators"),
    ("The Treasury sanctioned two exchanges for laundering ransomware proceeds.", "legal_action", "Treasury"),
    ("The embassy issued a statement calling the report \"pure invention\".", "denial", "embassy"),
    ("Contrary to recent reports, Dunmore Logistics has never bid for the port contract.", "denial",
     "Dunmore Logistics"),
    ("Contrary to what some sites claimed, we have never sold reader data.", "denial", "Bugle Blog"),
    # "Under a consent order with ...": an opening phrase names no doer
    ("Under a consent order with the state regulator, the lender will refund $3 million.", "legal_action", ""),
    # a regulator named with "The" before an irregular past ("upheld", "found") is the name, not name and verb
    ("The Varnia Advertising Standards Authority upheld complaints against the advert.", "legal_action",
     "Varnia Advertising Standards Authority"),
    # a defendant who protests or maintains innocence is the one denying, not the page
    ("Tam Reed has consistently protested his innocence.", "denial", "Tam Reed"),
    ("Tam Reed, who has always maintained his innocence, was jailed on Friday.", "denial", "Tam Reed"),
    ("Counsel for Tam Reed, who denies all wrongdoing, told reporters an appeal would follow.", "denial",
     "Tam Reed"),
    ("The regulator charged Pelham Bank with fraud on Tuesday.", "legal_action", "regulator"),
    # the statement that goes on in the next sentence is the same statement, not a phrase quoted and discussed
    ("A Kestrel club spokesperson denied Tam Reed made the remark. The statement added: \"It was said by someone "
     "else.\"", "denial", "Kestrel club"),
])
def test_actor(body: str, kind: str, actor: str) -> None:
    assert cases.actor("", body, kind) == actor
