"""Corrections-column entries in the shapes real columns use, in our own words, next to ordinary news in the same
shapes: what a piece said and then what is so (in two sentences or across a semicolon), 'as originally
published', 'not X as we had it', a newsroom piece that 'failed to say' or 'omitted', and other parties' pieces,
data and habits that share the words."""

from __future__ import annotations

import pytest

from monitor.detect.followups import detect
from monitor.models import Doc

pytestmark = pytest.mark.pure

CASES = [
    # what the piece said, then what is so
    ("An article on Tuesday described the grant as a loan. It was a donation.", "correction"),
    ("A story on Friday said the pool would reopen in May. It will reopen in August.", "correction"),
    ("A column on Sunday said Derby is west of Stoke. Derby is east of Stoke.", "correction"),
    ("The weekend homes column reported that the actor bought the farm in 2012. He bought it in 2004.", "correction"),
    ("An opinion piece on Monday said the poet was born in Hull. She was born in Wakefield.", "correction"),
    ("In last Sunday's arts pages we referred to Mia Holm as a Swedish painter. She is Danish.", "correction"),
    ("An interview on Saturday described the driver as the team's owner. He is its manager.", "correction"),
    ("A feature on Friday said the mayor had called the budget reckless. She made no such remark.", "correction"),
    ("In Monday's column, the fare was listed as $4. It costs $5.", "correction"),
    ("We said the abbey was built in 1120. It was built in 1210.", "correction"),
    ("A report on the survey said the figures came from the ministry. They were in fact gathered by a charity.",
     "correction"),
    ("A caption in the travel section placed the castle in Fife; it is in Perthshire.", "correction"),
    ("As originally published, the article said the match was played in June; it was played in July.",
     "correction"),
    # what the piece was about holds a negation or a title's abbreviation, not the error's
    ("An article on Monday about nurses urging that the old title not be used misstated the name of their union.",
     "correction"),
    ("An article on June 3 about Maj. Orla Benn's transfer misstated the size of her unit.", "correction"),
    ("An article on Monday about a trial did not misstate the verdict.", None),
    ("An article on Monday about a trial did not include an outdated figure.", None),
    # a long account of the topic, with a department, a demand or a suit in it, before the entry's verb
    ("An article on Friday about a warning from the State Department that the rulers of a small island are running out"
     " of time to disband a private army gave an outdated title for Orla Benn.", "correction"),
    ("An article on Wednesday about the mayor's plan to seek a third term as mayor of the city included an outdated"
     " estimate of the city's budget gap.", "correction"),
    ("An article on Monday about some of the region's biggest donors pausing their gifts because of what they see as"
     " a party's drift and their fears of payback referred incompletely to the Acme Fund's aims.", "correction"),
    ("An article on Tuesday about the senator urging her colleagues to end the feud between two factions of the"
     " party referred imprecisely to the date of the vote.", "clarification"),
    ("An article on Tuesday about the new mood at the Interior Department misidentified the official named in a memo.",
     "correction"),
    ("The memo went out two days after the ministry accused Acme Ratings of miscalculating the debt.", None),
    ("An article on Thursday misstated how often the harbour festival is held.", "correction"),
    ("An article on Monday about a new case against Acme Motors over a 2019 crash made an incorrect distinction about"
     " the trial.", "correction"),
    ("A picture caption with an article on Saturday about the port's plan to dredge the channel reversed the"
     " identifications of two officials.", "correction"),
    ("A column on Monday implied that the council had approved the bypass. In fact, the vote has not been held.",
     "correction"),
    # a term a glossary defines by the act
    ("Unpublishing means taking a story down from the site.", None),
    ("Retracting means withdrawing a story after it has run.", None),
    # ordinary news in those shapes
    ("A column in the Sunday Herald said the minister was born in Perth. He was born in Dundee.", None),
    ("A 2021 Vogue interview said the model grew up in Hull. She now lives in Paris.", None),
    ("A profile of the chef said he trained in Lyon. He now cooks in London.", None),
    ("An article in Die Zeit said the talks would resume in May. They resumed in June.", None),
    ("A Decrypt article on Monday said the coin would list in March. It listed in April.", None),
    ("A story circulating on social media said the dam had burst. It had not.", None),
    ("A report on Monday said prices rose 4% in May. It was the steepest rise since 2011.", None),
    ("The article said the hall was built in 1890. It has since been extended twice after a fire.", None),
    ("We said last year that the scheme would fail. It did.", None),
    ("The story of the castle began in Fife; it is now a hotel in Perthshire.", None),
    # as we had it, as we suggested
    ("The new conductor is Ida Berg, not Ida Borg as we had it in a review on Monday.", "correction"),
    ("He is not a Liberal Democrat peer as we suggested in a profile on Friday.", "correction"),
    ("The levy is not workable, as we said in an editorial on Monday.", None),
    ("The recovery is not as strong as we hoped.", None),
    ("The squad is not as strong as we have been told.", None),
    ("As originally planned, the arena would have held 40,000 fans.", None),
    ("As originally published in 1890, the novel ran to three volumes.", None),
    # a newsroom piece that failed to say or omitted
    ("A story on the new ring road failed to say that the scheme is two years late.", "correction"),
    ("The recipe for plum crumble omitted the butter.", "correction"),
    ("A review on Sunday failed to mention that the play transfers to Bristol.", "correction"),
    ("The drummer was misnamed as Joe Platt in our obituary of the singer Ray Dunn.", "correction"),
    ("The word \"Yes!\" was inadvertently inserted during editing of an article on Tuesday about the port.",
     "correction"),
    ("A review by Ann Kerr of the new ballet on Sunday misstated the composer's name.", "correction"),
    ("An article on the vote in Ohio misstated the turnout.", "correction"),
    ("A story on shared ownership misstated the deposit required.", "correction"),
    ("The regulator's statement failed to mention the fine.", None),
    ("A report by the inspectors on Monday failed to mention the backlog.", None),
    ("A study by the university failed to mention its funding.", None),
    ("The recipe omitted the salt, which makes it suitable for a low-sodium diet.", None),
    ("The feature film omitted the last chapter of the novel.", None),
    ("The map omitted the disputed islands, prompting protests.", None),
    ("Files were accidentally deleted from the server during maintenance.", None),
    ("The striker was mistakenly included in the squad list for the match.", None),
    # a blog's own entries
    ("I originally wrote that the ferry takes two hours; it takes three.", "correction"),
    ("In my post on the final, I mentioned the Hornets beating the Bees, when it was actually the Wasps.",
     "correction"),
    ("In an earlier post I said the bakery had shut. I was wrong: it has moved to Quay Street.", "correction"),
    ("The Friday gossip column included a quote attributed to the actor. The quote was actually from a spoof site.",
     "correction"),
    ("I originally wrote this song for my sister's wedding.", None),
    ("The quote was actually from her third album, not her second, the critic noted.", None),
    # a party's own figures and a newsroom's habits
    ("The ministry said its figures had been corrected after a data error.", None),
    ("The agency said its data had been corrected after an error.", None),
    ("The firm said it had restated its results to correct an accounting error.", None),
    ("Our corrections policy explains how we correct errors in our journalism.", None),
    ("When a story is changed, we issue a correction explaining why.", None),
    ("When we realised the caption was wrong, we issued a correction.", "correction"),
    ("Corrections are appended to the foot of each article.", None),
    ("The tutor corrected the essay and handed it back.", None),
    ("The magazine corrected the essay online after readers complained.", "correction"),
    ("The paper said its report had been corrected.", "correction"),
    ("The feature has been updated to correct errors in the original version.", "correction"),
]


@pytest.mark.parametrize(("text", "kind"), CASES)
def test_case(text: str, kind: str | None) -> None:
    kinds = [e.kind for e in detect(Doc(body=text, outlet="The Daily Bugle"))]
    assert kind in kinds if kind else kinds == [], kinds


def test_a_two_sentence_entry_quotes_both_sentences() -> None:
    [event] = detect(Doc(body="An article on Tuesday described the grant as a loan. It was a donation.",
                         outlet="The Daily Bugle"))
    assert event.evidence == "An article on Tuesday described the grant as a loan. It was a donation."
    assert event.actor == "The Daily Bugle"
