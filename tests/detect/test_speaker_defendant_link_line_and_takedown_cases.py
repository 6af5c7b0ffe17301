"""Who speaks a quoted post and who brings a suit, and what a page's link lines and moderators' removals state, by
tables of cases in our own words: a first-person quotation is its named speaker's, not the page's outlet, wherever
the speaker is named beside it (after it, in the sentence that introduces it, by a pronoun after a sentence naming
them, at the close of a quotation that began a sentence earlier); a suit's defendant is never its doer; a piece
removed from a named site is the site's owner's act; a line
opened by a link label ("Related:", "READ MORE:") is another story's headline; a platform taking down what others
posted, or an exchange delisting a token, retracts nothing; beside each, the neighbours that keep their act or
actor."""

from __future__ import annotations

import pytest

from tests.detect import cases

pytestmark = pytest.mark.pure

OUTLET = "The Daily Ledger"

WHO_ACTS = [
    # a quotation over two sentences, closed by its attribution
    ("", "\"I'm sorry. I was wrong and I apologise to my fans,\" the singer Tamsin Roe tweeted.", "apology",
     "Tamsin Roe"),
    ("", "“Our team made a mistake. We are sorry,” Brix Studios wrote on Instagram.", "apology", "Brix Studios"),
    ("", "\"This story is invented. We deny every word of it,\" Halden Energy said in a post on LinkedIn.", "denial",
     "Halden Energy"),
    # introduced by the sentence before, or attributed to a pronoun after a sentence naming the speaker
    ("", "Pellworth's founder Aron Vell wrote on X on Sunday:\n\"We apologise to every customer who was misled.\"",
     "apology", "Aron Vell"),
    ("", "On Sunday, Pellworth's founder Aron Vell posted a message on X. \"We apologise to every customer who was "
     "misled,\" he wrote.", "apology", "Aron Vell"),
    ("", "Senator Lena Orrick responded on Facebook. \"I deny these claims entirely,\" she wrote.", "denial",
     "Lena Orrick"),
    # neighbours: a speaker named beside the quotation keeps it
    ("", "\"I apologise unreservedly,\" Vell posted on LinkedIn on Sunday.", "apology", "Vell"),
    ("", "In a post on X, Aron Vell wrote: \"I apologise to every customer who was misled.\"", "apology",
     "Aron Vell"),
    ("", "\"We apologise,\" wrote Aron Vell, the founder of Pellworth. \"We got this badly wrong and we are sorry.\"",
     "apology", "Aron Vell"),
    ("", "\"I categorically deny ever taking money from the fund,\" Senator Lena Orrick said in a statement.",
     "denial", "Lena Orrick"),
    # a defendant, or one who faces or is hit with a suit, is not its doer
    ("", "Greyfield Bank is among the defendants named in the class action filed in Ohio.", "legal_action", ""),
    ("", "Greyfield Bank reported a loss on Monday. The bank had been named as a defendant, along with two of its "
     "former directors.", "legal_action", ""),
    ("", "Greyfield Bank is a defendant in a lawsuit brought by former employees.", "legal_action", ""),
    ("", "Greyfield Bank was hit with a class action on Tuesday.", "legal_action", ""),
    ("", "The Dale Post is defending itself against a libel lawsuit over a withdrawn column.", "legal_action", ""),
    ("", "The Dale Post responded to a councillor's defamation lawsuit against the paper.", "legal_action", ""),
    # (one who responds to a ruling by appealing is the doer of the appeal)
    ("", "The Dale Post responded to the ruling by filing an appeal.", "legal_action", "Dale Post"),
    ("", "Three Ohio students are facing charges after they spread doctored photos of their coach, police said.",
     "legal_action", ""),
    # neighbours: the plaintiff named keeps the act
    ("", "Greyfield Bank is one of five defendants in the suit filed by the pension fund.", "legal_action",
     "pension fund"),
    ("", "Greyfield Bank filed a lawsuit against its former auditor on Tuesday.", "legal_action", "Greyfield Bank"),
    ("", "Greyfield Bank sued its auditor, which is also a defendant in a separate suit.", "legal_action",
     "Greyfield Bank"),
    ("", "Investors sued Greyfield Bank and two of its former directors in federal court on Monday.", "legal_action",
     "Investors"),
    # a piece taken off a named site: the site's owner took it down; an unnamed site names no one
    ("", "Two of her columns were removed from the Harbor Gazette website last month.", "retraction", "Harbor Gazette"),
    ("", "The review was taken down from the Dale Post's site on Friday.", "retraction", "Dale Post"),
    ("", "The interview was removed from the website on Friday.", "retraction", ""),
]


@pytest.mark.parametrize(("title", "body", "kind", "who"), WHO_ACTS)
def test_who_acts(title: str, body: str, kind: str, who: str) -> None:
    assert cases.actor(title, body, kind, OUTLET) == who


# A link label opening a line makes the rest another story's headline; the same news told by the page counts.
LINK_LINES = [
    ("Related: Three exchanges hit with lawsuits over outage", None),
    ("READ MORE: Carmaker apologises for recall delays", None),
    ("See also: Airline denies report it will cut routes", None),
    ("Most read: Regulator fines broadcaster over phone-in contest", None),
    ("Also read: Newspaper retracts story about mayor's home", None),
    ("Recommended: Hospital apologises to families after data leak", None),
    ("More on this: Festival organisers sued by ticket holders", None),
    ("• Related: Three exchanges hit with lawsuits over outage", None),
    ("Читайте также: Банк подал иск против бывшего директора", None),
    ("ЧИТАЙТЕ ТАКЖЕ: Компания извинилась перед клиентами", None),
    ("По теме: Министерство опровергло сообщения о закрытии завода", None),
    ("Ferrow Motors cut its prices on Friday.\nRead more: Carmaker apologises for recall delays", None),
    # the label alone on its line: the next line is the other story's headline
    ("Ferrow Motors cut its prices on Friday.\nRelated:\nCarmaker apologises for recall delays", None),
    ("Ferrow Motors cut its prices on Friday.\nREAD MORE\nThree exchanges hit with lawsuits over outage", None),
    ("Завод возобновил работу.\nЧитайте также:\nМинистерство опровергло сообщения о закрытии завода", None),
    # neighbours: the page's own news, with or without a link line beside it
    ("The carmaker apologised for the recall delays on Friday, its chief executive said.", "apology"),
    ("Three exchanges were hit with lawsuits on Monday over the outage.", "legal_action"),
    ("Related to the outage, the operator apologised to customers on Monday.", "apology"),
    ("The operator apologised to customers on Monday.\nRelated: Three exchanges hit with lawsuits over outage",
     "apology"),
    ("Банк подал иск против бывшего директора, сообщила пресс-служба.", "legal_action"),
    ("Related:\nThree exchanges hit with lawsuits over outage\nThe operator apologised to customers on Monday.",
     "apology"),
    ("Read more about the outage.\nThe operator apologised to customers on Monday.", "apology"),
]


@pytest.mark.parametrize(("text", "kind"), LINK_LINES)
def test_link_lines(text: str, kind: str | None) -> None:
    cases.states(text, kind)


# A platform or its moderators removing what others posted is moderation; a publisher's own piece taken down, a
# retraction. An exchange delisting a token withdraws no publication either.
TAKEN_DOWN = [
    ("Telegram took down 30 channels that spread the hoax.", None),
    ("YouTube removed the videos after complaints from viewers.", None),
    ("The platform pulled hundreds of posts promoting the fake cure.", None),
    ("X removed the post for breaching its rules on synthetic media.", None),
    ("YouTube has since removed the video, which had drawn two million views.", None),
    ("The posts were deleted by Facebook after the fact-checkers flagged them.", None),
    ("TikTok quickly removed the clip from its app.", None),
    ("Kraken removed the token from its listings on Wednesday.", None),
    ("The exchange pulled support for three coins after the regulator's warning.", None),
    ("Binance will delist the token next week.", None),
    ("Kraken pulled the token from its platform after the regulator's warning.", None),
    ("The statue was taken down on Sunday.", None),
    # neighbours: a publisher's own piece, or one's own post, taken down
    ("The Daily Ledger took down the article after the mayor's office complained.", "retraction"),
    ("The newspaper pulled the column and apologised to readers.", "retraction"),
    ("Meta deleted its blog post claiming the outage was over.", "retraction"),
    ("The senator deleted the tweet after a backlash.", "retraction"),
    ("The broadcaster removed the video from YouTube after viewers pointed out the error.", "retraction"),
    ("The crypto news site withdrew its report that the exchange would delist the token.", "retraction"),
    ("Kraken deleted its post announcing the listing after users spotted errors.", "retraction"),
]


@pytest.mark.parametrize(("text", "kind"), TAKEN_DOWN)
def test_taken_down(text: str, kind: str | None) -> None:
    cases.states(text, kind)
