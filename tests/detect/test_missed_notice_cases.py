"""Wording families that real published follow-ups showed missed (p20's half B, measured once and then spent), in
our own words: each family next to the near misses that share its words and must stay silent for that kind."""

from __future__ import annotations

import pytest

from tests.detect import cases

pytestmark = pytest.mark.pure


# (text, kind, whether that kind must be found)
CASES = [
    # a corrections-column entry that names the pieces and says only that they were wrong
    ("Marta Green has not been appointed head coach of the Rovers. A story on Page C3 of the June 4 Sports section "
     "was incorrect.", "correction", True),
    ("A ledgerdaily.com story with this address/link and a story on Page B2 of the May 3 edition were incorrect.",
     "correction", True),
    ("A report by the auditors said the figures were incorrect, the minister told parliament.", "correction", False),
    ("A story circulating on social media about the closure was wrong.", "correction", False),
    # a picture altered, and the caption did not say so
    ("A picture on Page B4 of Tuesday's Metro section showing the harbour festival was digitally altered, which was "
     "not disclosed in the caption.", "correction", True),
    ("An image accompanying Sunday's article on the river clean-up had been digitally manipulated, which was not "
     "noted in the credit.", "correction", True),
    ("A photograph released by the palace was digitally altered, experts said.", "correction", False),
    ("The campaign's image was doctored, which was not disclosed in its leaflets.", "correction", False),
    ("The photo was edited to remove the red-eye before it was printed.", "correction", False),
    # a newsroom's quoted statement that it corrected the mistake, its speaker named only as "the statement"
    ("\"After more reporting we found the figure was wrong and we corrected the mistake on air and online,\" the "
     "statement said.", "correction", True),
    ("\"Our reporters checked again, and we corrected it in our broadcast that evening,\" the statement added.",
     "correction", True),
    ("\"We found the fault and we corrected the mistake within an hour,\" the statement from the water company "
     "said.", "correction", False),
    ("\"We corrected the mistake in the billing system,\" a spokeswoman for the utility said.", "correction", False),
    # a stand-by worded as a refusal, its speaker named after the quotation with an apposition
    ("\"No retraction is needed,\" the newspaper's lawyer, Ann Vale, wrote in a letter.", "stands_by", True),
    ("\"No correction is warranted,\" the paper's counsel, Tom Reyes, replied on Friday.", "stands_by", True),
    ("No apology was offered by the minister.", "stands_by", False),
    ("\"No retraction is needed,\" the minister's adviser, Ann Vale, said of his remarks.", "stands_by", False),
    # put out by mistake and taken back, in a second clause
    ("It was accidentally published and pulled as our editors checked the facts.", "retraction", True),
    ("The review was posted by mistake and removed within the hour.", "retraction", True),
    ("The match report was published prematurely, before the final whistle.", "retraction", True),
    ("The report was published and praised by the minister.", "retraction", False),
    ("The report was published in March and the minister resigned.", "retraction", False),
    # a piece retracted under its quoted title (a pingback's line)
    ("Pingback: The Evening Hour retracts \"Inside the Riverside Factory\" | Notes from Elm Street", "retraction",
     True),
    ("The senator refused to retract \"a single word\" of the speech.", "retraction", False),
    ("The cat retracts its claws when it sleeps.", "retraction", False),
    # a Russian apology named by its noun
    ("Издание опубликовало его извинение за неудачную подпись к фото.", "apology", True),
    ("Газета напечатала официальные извинения за ошибочную фотографию.", "apology", True),
    ("Депутат потребовал опубликовать извинение за заголовок.", "apology", False),
    ("Он ждет ее извинений за опоздание.", "apology", False),
    # a Russian denial worded «ни на чем не основанная ложь» (baseless), even inside a threat to sue
    ("Компания пригрозила подать в суд на газету, статья которой «содержит ни на чем не основанную ложь».", "denial",
     True),
    ("Банк заявил, что публикация содержит ни на чем не основанные обвинения.", "denial", True),
    ("Компания пригрозила подать в суд на газету.", "legal_action", False),
    ("Доклад содержит ни на чем не основанные прогнозы роста.", "denial", False),
    # a newsroom that accepts what its piece should have mentioned clarifies it
    ("The Gazette accepts that Ms Ward's role in the campaign should have been explicitly mentioned.", "clarification",
     True),
    ("The newspaper accepts that the donor's link to the charity should have been made clear.", "clarification",
     True),
    ("The minister accepts that the risks should have been explicitly mentioned to patients.", "clarification",
     False),
    ("The council accepts that the residents should have been consulted.", "clarification", False),
    # a profile retracted (not a social-media profile removed); a paper's authors correcting its data
    ("The magazine retracted its profile of the chef after former staff disputed it.", "retraction", True),
    ("The profile of the founder was retracted last week.", "retraction", True),
    ("Her profile was removed from the dating app.", "retraction", False),
    ("The company removed his profile from its staff page after he left.", "retraction", False),
    ("The authors of the study have corrected the data in the supplementary table.", "correction", True),
    ("The authors corrected for age and income in their model.", "correction", False),
    ("The authors of the law have corrected course after protests.", "correction", False),
    # an act done by its means: "used its front page to publish an apology"
    ("The Evening Ledger used most of its front page on Sunday to publish a full apology to the singer.", "apology",
     True),
    ("The station used its evening bulletin to retract the report about the mayor.", "retraction", True),
    ("The paper wanted to use its front page to publish an apology, but the lawyers objected.", "apology", False),
    ("The paper will use its front page to publish an apology.", "apology", False),
    # a newsroom that will not be cowed by its critics stands by its work (dev's fu-0057, a miss)
    ("The publisher of the Harbour Gazette vowed on Monday that it would not be \"cowed\" by critics of the paper's "
     "coverage of the strike.", "stands_by", True),
    ("The newspaper said it would not be intimidated by the lawsuit.", "stands_by", True),
    ("The mayor said he would not be intimidated by protesters.", "stands_by", False),
    ("Residents said they would not be bullied into selling their homes.", "stands_by", False),
]


@pytest.mark.parametrize(("text", "kind", "found"), CASES)
def test_case(text: str, kind: str, found: bool) -> None:
    cases.finds(text, kind, found)


# (title, body, kind, whether that kind must be found): a headline's act by a publisher counts where the text under
# it opens with that publisher named by what it is
TITLED = [
    ("Редакция Evening Post извинилась за карту без подписи", "Редакция газеты признала ошибку в опубликованной карте:",
     "apology", True),
    ("Evening Post apologises for cartoon", "The paper admitted the cartoon had caused offence.", "apology", True),
    # a page headed "Update: <topic>" is an update on it (not a software update, nor a bracketed tag over a story)
    ("Update: Riverside road closure", "Police have reopened the road after the crash was cleared.", "update", True),
    ("UPDATE: Missing hiker found", "The hiker was found safe on Sunday morning.", "update", True),
    ("Software update: new features", "The app now supports dark mode.", "update", False),
    ("Update your browser", "Your browser is out of date.", "update", False),
    ("[UPDATE] Brewer fined over misleading labels", "The regulator fined the brewer $2 million on Monday.", "update",
     False),
    ("Evening Post apologises for cartoon", "Shares in the printing company fell 4% on Tuesday.", "apology", False),
    ("Evening Post Stands By Harbour Report", "\"Those are stories in the newspaper,\" the mayor said. \"They are not "
     "true.\"", "stands_by", False),
]


@pytest.mark.parametrize(("title", "body", "kind", "found"), TITLED)
def test_titled_case(title: str, body: str, kind: str, found: bool) -> None:
    cases.finds(body, kind, found, title=title)


def test_the_headline_names_who_apologised() -> None:
    assert cases.actor("Evening Post apologises for cartoon", "The paper admitted the cartoon had caused offence.",
                       "apology", outlet="Press Roundup") == "Evening Post"
