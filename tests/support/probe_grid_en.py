"""The probe grid's English half: per kind, generated positives and the README's negatives (see `probes`)."""

from __future__ import annotations

from tests.support.probes import MEDIA, SUBJECTS, TENSES, Probe, Subject, crossed, negatives

PEOPLE = tuple(s for s in SUBJECTS if s.text not in ("We", "The Daily Bugle"))  # no publisher among them
NAMED = tuple(s for s in SUBJECTS if s.actor and s.text != "We")
WHATEVER = ("the report", "the story", "the claims", "the allegations", "the article", "the accusations")


def _quoted(lines: tuple[str, ...], kind: str, subjects: tuple[Subject, ...] = NAMED) -> list[Probe]:
    """Attribution before and after a quotation, and reported speech, for named speakers."""
    out = []
    for line in lines:
        for s in subjects:
            text = line.format(S=s.text, s=s.inner, P=s.possessive, IT="it" if s.possessive == "its"
                               else "he" if s.possessive == "his" else "she")
            out.append(Probe(text[:1].upper() + text[1:], kind, s.actor))
    return out


def _titles(lines: tuple[str, ...], kind: str) -> list[Probe]:
    return [Probe(line, kind, None, title=True) for line in lines]


def apology() -> list[Probe]:
    about = ("the outage", "the delays", "the error", "{P} remarks", "the story", "any distress caused",
             "the inconvenience", "the mistake", "the misleading headline")
    out = crossed(("{S} {V} for {O}{W}.",), ("apologises", "apologised", "apologised", "apologising"), "apology",
                  about)
    out += crossed(("{S} {V} to customers{W} for {O}.",), ("apologizes", "apologized", "apologized",
                                                           "apologizing"), "apology", about, tenses=TENSES[:3])
    out += crossed(("{S} {V} an apology for {O}{W}.",), ("issues", "issued", "issued", "issuing"), "apology", about,
                   tenses=("past", "perfect"))
    out += crossed(("{S} {V} a full apology to readers{W}.",), ("offers", "offered", "offered", "offering"),
                   "apology", about, tenses=("past", "perfect"))
    out += crossed(("{S} {V} sorry for {O}{W}.",), ("says", "said", "said", "saying"), "apology", about,
                   tenses=("past",))
    out += _quoted(('"We apologise unreservedly for the error," {S} said.',
                    '{S} said: "We are deeply sorry for what happened."',
                    '{S} said on Tuesday that {IT} was sorry for the confusion.',
                    '"I am sorry," said {S}.',
                    'In a statement, {S} apologised to everyone affected.'), "apology")
    out += [Probe("The service was down for most of the morning, and please accept our sincere apologies for the "
                  "inconvenience this has caused.", "apology", None),
            Probe("We would like to apologise to our readers for the error and any confusion it caused.", "apology",
                  None),
            Probe("Acme Corp's chief executive apologised on Monday for the delays.", "apology", "Acme")]
    out += _titles(("Acme Corp apologises for outage", "Jane Doe says sorry over remarks",
                    "Ministry apologises to families after data leak", "Daily Bugle issues apology over report"),
                   "apology")
    return out


def apology_negatives() -> list[Probe]:
    out = negatives(("The union demanded an apology from {B}.", "Critics called on {B} to apologise.",
                     "{S} refused to apologise for {O}.", "{S} {HAVE} not apologised for {O}.",
                     "{S} would not apologise.", "{S} will apologise only if the figures prove wrong.",
                     "{S} may apologise later.", "{S} should apologise for {O}, critics say.",
                     "{S} {BE} prepared to apologise.", "{S} {BE} expected to apologise.",
                     "Will {s} apologise?", "If {s} were to apologise, the dispute might end.",
                     "{S} declined to apologise.", "{S} {BE} under pressure to apologise."),
                    ("the remarks", "the outage", "the story"))
    out += [Probe(t, None) for t in ("Sorry, not sorry: the chef keeps his spicy menu.",
                                     "Apologies for absence were received from two members.",
                                     "We were so sorry to hear about your loss.",
                                     "Sorry, this page is not available.",
                                     "The art of the apology is harder than it looks.")]
    return out


def denial() -> list[Probe]:
    objects = ("the claims", "the allegations", "the report", "the story", "the accusations", "the article",
               "reports that {P} plans to sell the unit", "any wrongdoing", "the rumours", "claims of a data leak")
    out = crossed(("{S} {V} {O}{W}.",), ("denies", "denied", "denied", "denying"), "denial", objects)
    out += crossed(("{S} {V} {O}{W}.",), ("rejects", "rejected", "rejected", "rejecting"), "denial", objects[:7],
                   tenses=("present", "past", "perfect"))
    out += crossed(("{S} {V} {O}{W}.",), ("disputes", "disputed", "disputed", "disputing"), "denial",
                   ("the accuracy of the report", "the story", "the claims", "the findings"), tenses=("past",))
    out += crossed(("{S} {V} {O}{W}.",), ("refutes", "refuted", "refuted", "refuting"), "denial", objects[:6],
                   tenses=("past",))
    out += crossed(("{S} {V} {O} as false{W}.", "{S} {V} {O} as baseless."),
                   ("dismisses", "dismissed", "dismissed", "dismissing"), "denial", WHATEVER, tenses=("past",))
    out += crossed(("{S} {V} {O} completely false{W}.", "{S} {V} {O} misleading and untrue."),
                   ("calls", "called", "called", "calling"), "denial", WHATEVER, tenses=("past",))
    out += _quoted(('"These allegations are baseless," {S} said.', '"The story is simply not true," said {S}.',
                    '{S} said the report was "completely false".',
                    '{S} said on Tuesday that the claims were untrue.',
                    '"We categorically deny the claims," {S} said in a statement.',
                    '{S} said the allegations had no basis in fact.'), "denial")
    out += [Probe("The claims were denied by Acme Corp.", "denial", "Acme Corp"),
            Probe("The report has been denied by the ministry.", "denial", "ministry"),
            Probe("Aljazeera has rejected the US military's comments about its coverage.", "denial", "Aljazeera")]
    out += _titles(("Acme Corp denies report of merger talks", "Jane Doe rejects claims over expenses",
                    "Ministry dismisses allegations as fake", "Bank denies it will cut jobs"), "denial")
    return out


def denial_negatives() -> list[Probe]:
    out = negatives(("{S} declined to comment on {O}.", "{S} would neither confirm nor deny {O}.",
                     "{S} could not confirm {O}.", "{S} did not deny {O}.", "{S} {HAVE} not denied {O}.",
                     "{S} refused to deny {O}.", "Did {s} deny {O}?", "{S} may deny {O}.",
                     "{S} {BE} expected to deny {O}.", "{S} did not respond to questions about {O}."), WHATEVER)
    out += negatives(("{S} {BE} denied entry to the country.", "{S} was denied bail on Friday.",
                      "{S} was denied a visa.", "The court denied {P} motion to dismiss.",
                      "The insurer denied {P} claim for flood damage.", "The bank denied {P} loan application."),
                     subjects=PEOPLE)
    return out


def correction() -> list[Probe]:
    stories = ("article", "story", "report", "column", "caption", "graphic", "review")
    objects = ("the story", "the error", "the headline", "{P} report", "the figure", "the date in the article",
               "the spelling of her name", "{P} article", "the mistake")
    out = crossed(("{S} {V} {O}{W}.",), ("corrects", "corrected", "corrected", "correcting"), "correction", objects,
                  subjects=MEDIA, tenses=("past", "perfect", "since"))
    out += crossed(("{S} {V} a correction{W}.", "{S} {V} a correction to the story."),
                   ("issues", "issued", "issued", "issuing"), "correction", ("",), subjects=MEDIA,
                   tenses=("past", "perfect"))
    out += crossed(("{S} {V} a correction{W}.",), ("runs", "ran", "run", "running"), "correction", ("",),
                   subjects=MEDIA, tenses=("past", "perfect"))
    notes = []
    for story in stories:
        notes += [f"An earlier version of this {story} misstated the size of the fine.",
                  f"An earlier version of this {story} incorrectly said the bridge had closed.",
                  f"This {story} has been corrected to show the correct date.",
                  f"This {story} was corrected on March 3 to fix the spelling of a name.",
                  f"A {story} on Monday wrongly stated that the vote was delayed.",
                  f"A {story} in Sunday's edition misidentified the winner."]
    notes += ["We incorrectly reported that the mayor had resigned.", "We wrongly said the plant would close.",
              "Owing to an editing error, the date was given incorrectly.",
              "Because of a reporting error, the town was placed in the wrong county.",
              "Her name is Ana Ruiz, not Ana Ruis, as originally reported.",
              "The Daily Bugle regrets the error.", "We regret the error.",
              "The figures given in the article were wrong.",
              "We mistakenly left out a word in the third paragraph.",
              "The chart gave the wrong year for the merger."]
    out += [Probe(t, "correction", None) for t in notes]
    return out


def correction_negatives() -> list[Probe]:
    # a publisher that refuses to correct stands by its story: no correction, whatever else
    out = negatives(("{S} refused to correct {O}.",), WHATEVER, subjects=MEDIA, forbid="correction")
    out += negatives(("{S} {HAVE} not corrected {O}.",
                     "{S} will issue a correction if the figures prove wrong.", "{S} was asked to correct {O}.",
                     "Readers demanded a correction from {B}.", "Should {s} correct {O}?",
                     "{S} correctly predicted the result."), WHATEVER, subjects=MEDIA)
    out += [Probe(t, None) for t in (
        "Shares slid into a correction after the earnings miss.", "The index is now in correction territory.",
        "Oil prices saw a 10% correction last month.", "She spent ten years as a corrections officer.",
        "The party needs a course correction.",
        "Corrective lenses can fix the problem.", "A correction is a note appended to a story to fix an error.",
        "The answer was correct.", "Prices are correcting after last week's rally.")]
    out += [Probe("The Department of Corrections opened an inquiry into the prison.", None, forbid="correction")]
    return out


def retraction() -> list[Probe]:
    objects = ("the story", "the article", "the paper", "the study", "{P} remarks", "{P} statement", "the claim",
               "the tweet")
    out = crossed(("{S} {V} {O}{W}.",), ("retracts", "retracted", "retracted", "retracting"), "retraction", objects)
    out += crossed(("{S} {V} {O}{W}.",), ("withdraws", "withdrew", "withdrawn", "withdrawing"), "retraction",
                   ("the article", "the report", "{P} statement", "the paper"), tenses=("past", "perfect"))
    out += crossed(("{S} {V} {O}{W}.",), ("pulls", "pulled", "pulled", "pulling"), "retraction",
                   ("the article", "the episode", "the story", "the video"), subjects=MEDIA, tenses=("past", "perfect"))
    out += crossed(("{S} {V} down {O}{W}.", "{S} {V} {O} down."), ("takes", "took", "taken", "taking"), "retraction",
                   ("the article", "the post", "the story", "the video"), subjects=MEDIA, tenses=("past", "perfect"))
    out += crossed(("{S} {V} {O}{W}.",), ("deletes", "deleted", "deleted", "deleting"), "retraction",
                   ("the post", "the tweet", "the article"), tenses=("past", "perfect"))
    out += crossed(("{S} {V} a formal retraction{W}.",), ("publishes", "published", "published", "publishing"),
                   "retraction", ("",), subjects=MEDIA, tenses=("past", "perfect"))
    out += [Probe(t, "retraction", None) for t in (
        "This article has been withdrawn.", "The story has been retracted.", "The post was deleted on Monday.",
        "The report was taken down after complaints.", "The video has been removed from the website.",
        "The paper was retracted by the journal in May.", "The episode was pulled from the schedule.")]
    return out


def retraction_negatives() -> list[Probe]:
    out = negatives(("{S} {BE} under pressure to retract {O}.", "Critics urged {B} to retract {O}.",
                     "The group demanded a retraction from {B}.", "{S} refused to retract {O}.",
                     "{S} will not retract {O}.", "{S} may retract {O}.", "{S} promised to retract {O} but never did.",
                     "Will {s} retract {O}?"), ("the remarks", "the claim", "the statement"), subjects=PEOPLE)
    out += [Probe(t, None) for t in (
        "The pilot retracted the landing gear after take-off.", "The stadium has a retractable roof.",
        "Jane Doe withdrew from the race on Monday.", "He withdrew cash from the machine.",
        "Acme Corp pulled out of the deal.", "Police took down a smuggling ring.",
        "A retraction is the formal withdrawal of a published claim.")]
    return out


def stands_by() -> list[Probe]:
    objects = ("{P} reporting", "the story", "{P} journalists", "the article", "{P} report", "{P} coverage",
               "{P} reporter", "{P} investigation")
    out = crossed(("{S} {V} by {O}{W}.", "{S} {V} behind {O}."), ("stands", "stood", "stood", "standing"),
                  "stands_by", objects, subjects=MEDIA)
    out += crossed(("{S} {V} {O}{W}.",), ("defends", "defended", "defended", "defending"), "stands_by",
                   objects + ("the documentary", "the expose", "the programme"), subjects=MEDIA)
    out += crossed(("{S} {V} to retract the story{W}.",), ("refuses", "refused", "refused", "refusing"), "stands_by",
                   ("",), subjects=MEDIA, tenses=("past", "perfect"))
    out += _quoted(('"We stand by our reporting," {S} said.', '{S} said {P} story was accurate and fair.',
                    '{S} said it would not retract the article.', '{S} maintains {P} report is accurate.',
                    '{S} insisted the article was thoroughly sourced.'),
                   "stands_by", subjects=tuple(s for s in MEDIA if s.text != "We"))
    out += [Probe("The BBC has defended the Panorama expose.", "stands_by", "BBC"),
            Probe("The paper defended its reporting as thoroughly sourced.", "stands_by", None)]
    return out


def stands_by_negatives() -> list[Probe]:
    out = negatives(("Will {s} stand by {P} story?", "{S} did not stand by {P} reporter.",
                     "Readers urged {B} to stand by {P} reporting.", "{S} should stand by {P} reporting.",
                     "{S} stood by {P} decision to close the print edition."), subjects=MEDIA)
    out += [Probe(t, None) for t in (
        "She stood by her husband throughout the trial.", "Newspapers often say they stand by their reporting.",
        "Stand by for more updates.", "The crew stood by as the ship docked.",
        "The exchange said it stands by its decision to stay in the market.")]
    out += [Probe("The Daily Bugle no longer stands by the story.", None, forbid="stands_by")]
    return out


def legal_action() -> list[Probe]:
    targets = ("the newspaper", "the broadcaster", "its former chief executive", "the city", "the website")
    out = crossed(("{S} {V} {O}{W}.",), ("sues", "sued", "sued", "suing"), "legal_action", targets)
    out += crossed(("{S} {V} a lawsuit against {O}{W}.", "{S} {V} a defamation suit against {O}.",
                    "{S} {V} a complaint with the press regulator about {O}."),
                   ("files", "filed", "filed", "filing"), "legal_action", targets, tenses=("past", "perfect"))
    out += crossed(("{S} {V} a libel claim against {O}{W}.",), ("brings", "brought", "brought", "bringing"),
                   "legal_action", targets, tenses=("past", "perfect"))
    out += crossed(("{S} {V} a complaint against {O} with the regulator{W}.",),
                   ("lodges", "lodged", "lodged", "lodging"), "legal_action", targets, tenses=("past",))
    for who in ("Acme Corp", "Jane Doe", "the exchange", "the newspaper"):
        out += [Probe(t.format(T=who, t=who[:1].upper() + who[1:]), "legal_action", None) for t in (
            "The regulator fined {T} $2 million.", "{t} was fined $5 million by the regulator.",
            "Prosecutors charged {T} with fraud.", "{t} was charged with fraud on Monday.",
            "{t} was indicted on charges of wire fraud.", "A court ordered {T} to pay damages.",
            "The regulator ordered {T} to stop selling the product.",
            "{t} agreed to pay a $3 million penalty to settle the charges.",
            "Dozens of suits were lodged against {T} last year.")]
    return out


def legal_action_negatives() -> list[Probe]:
    return negatives(("{S} threatened to sue the newspaper.", "{S} {BE} considering legal action.",
                      "{S} may sue the broadcaster.", "{S} plans to sue.", "{S} {HAVE} not been charged.",
                      "{S} was released without charge.", "If {s} sues, the case could take years.",
                      "Will {s} sue?", "{S} said a lawsuit would follow if the story stayed up.",
                      "{S} could face a lawsuit.", "{S} warned of legal action.", "{S} {HAVE} not filed a lawsuit."),
                     subjects=PEOPLE) + [Probe("A libel claim must show that the statement was false.", None)]


def clarification() -> list[Probe]:
    facts = ("the grant came from the council", "the figures were estimates", "the mayor was not at the meeting",
             "the study was not peer reviewed", "the company was not named in the lawsuit")
    out = []
    for fact in facts:
        out += [Probe(t.format(F=fact), "clarification", None) for t in (
            "We wish to clarify that {F}.", "We would like to clarify that {F}.",
            "We are happy to make clear that {F}.",
            "We should make clear that {F}.", "The article should have made clear that {F}.",
            "CLARIFICATION: {F}.", "Clarification (March 3): {F}.",
            "This story has been amended to clarify that {F}.")]
    out += crossed(("{S} {V} {O} on the grant{W}.", "{S} {V} the wording of the story."),
                   ("clarifies", "clarified", "clarified", "clarifying"), "clarification", ("{P} report",),
                   subjects=MEDIA,
                   tenses=("past", "perfect", "since"))
    out += crossed(("{S} {V} a clarification{W}.",), ("issues", "issued", "issued", "issuing"), "clarification",
                   ("",), subjects=MEDIA, tenses=("past", "perfect"))
    out += [Probe("CLARIFICATION", "clarification", None), Probe("Clarification", "clarification", None)]
    return out


def clarification_negatives() -> list[Probe]:
    out = [Probe(t, None, forbid="clarification") for t in (
        "The finance ministry clarified that bread stays exempt from the tax.",
        "The tax office clarified the new rules on Monday.", "Acme Corp clarified that it is not in talks.",
        "The radio station clarified that it will keep its evening news show.")]
    out += [Probe(t, None) for t in (
        "Melt the clarified butter in a pan.", "Readers asked for clarification.",
        "Acme Corp sought clarification from the regulator.", "The court will clarify the ruling next week.",
        "We need clarification on this point.", "Clarify your question before posting.")]
    return out


def update() -> list[Probe]:
    heads = ("Acme Corp shares fall after profit warning", "Storm cuts power to thousands",
             "Ministry unveils budget plan", "Jane Doe wins seat in by-election")
    out = []
    for h in heads:
        out += [Probe(t.format(H=h), "update", None, title=True) for t in (
            "UPDATE: {H}", "UPDATE 2-{H}", "UPDATE 1-{H}", "{H} (Update3)", "{H} (Update 2)", "{H} [UPDATED]",
            "{H} (Updated)")]
    out += [Probe(t, "update", None) for t in (
        "UPDATE:", "Updated 9:15 p.m. GMT", "Updated at 14:05 ET", "Updated: 10:42 a.m. EDT, March 3",
        "(Updates with comment from the union)", "(Adds analyst comment, background)", "Adds details, byline",
        "This story has been updated with comment from the union.",
        "This article was updated on March 3 to include a response from the company.",
        "We have updated this story with new figures.", "The story was updated to add a statement from police.",
        "Update (1233): The road has reopened.", "UPDATE, 4:15 p.m.: Police said the suspect was arrested.")]
    return out


def update_negatives() -> list[Probe]:
    return [Probe(t, None) for t in (
        "Last updated: 3 March 2021", "Updated: March 3, 2021", "Install the latest update to fix the bug.",
        "Update your app to fix the bug.", "We have updated our privacy policy.",
        "Our terms of service were updated on May 1.", "This page will be updated throughout the day.",
        "Stay updated with our newsletter.", "Analysts upgraded the stock to buy.",
        "Acme Corp updated its guidance for the year.")]


def editors_note() -> list[Probe]:
    out = [Probe(t, "editors_note", None) for t in (
        "Editor's note: this report draws on leaked documents.", "Editor's Note", "EDITOR'S NOTE",
        "EDITOR'S NOTE: The author is a former adviser to the campaign.",
        "Editor's note (March 3, 2021): the figures have since been revised.",
        "Editors' note: names have been changed.", "Editor's note — this piece contains strong language.",
        "An editor's note was added to the story.", "In an editor's note, the Daily Bugle said the piece fell short.",
        "Editor's note, March 3: the interview has been condensed.", "EDITOR'S NOTE (5 p.m.): The vote was delayed.",
        "Editor's Note: This story was first published in 2019.", "Note from the editor: we have removed a photo.",
        "A note to readers: this column reflects the author's views.",
        "An editor's note now sits at the top of the article.",
        "In an editor's note published on Friday, the magazine said the account could not be verified.")]
    out += crossed(("{S} {V} an editor's note to the article{W}.",), ("appends", "appended", "appended", "appending"),
                   "editors_note", ("",), subjects=MEDIA, tenses=("past", "perfect"))
    return out


def editors_note_negatives() -> list[Probe]:
    return [Probe(t, None) for t in (
        "Publisher's note: our offices close for the holidays.", "This article originally appeared in The Planet.",
        "A note on sources: we spoke to six people.", "The editor noted that sales had fallen.",
        "Note: prices may vary.", "Editor's choice: the best phones of the year.")]


GRID = {
    "apology": (apology, apology_negatives), "denial": (denial, denial_negatives),
    "correction": (correction, correction_negatives), "retraction": (retraction, retraction_negatives),
    "stands_by": (stands_by, stands_by_negatives), "legal_action": (legal_action, legal_action_negatives),
    "clarification": (clarification, clarification_negatives), "update": (update, update_negatives),
    "editors_note": (editors_note, editors_note_negatives),
}


# Wording families real pages use beyond the canonical frames (performatives, idioms, nominal forms, admissions,
# two-sentence notes): written here in our own words, one line per family member.
HARD = {
    "apology": (
        "We want you to know that we are truly sorry for the delays.",
        "I would like to offer you now a full and unreserved apology.",
        "We would like to extend our sincere apologies to everyone affected.",
        "With apologies, the corrected map appears on page 4.",
        "Please accept our sincere apologies for any trouble you may have had with the app.",
        "The mayor felt the need to offer an apology to residents.",
        "The coach was forced to apologise for the outburst.",
        "We are sorry for any confusion these errors may have caused.",
        "I express deep regret and withdraw my words.",
    ),
    "denial": (
        "Acme Corp said there was no truth whatsoever in the report.",
        "Acme Corp said the reporting that it had hidden losses was wrong.",
        "Contrary to what the tabloid claimed, the singer is alive and well.",
        "The ministry has repeatedly questioned the documentary's accuracy.",
        "Acme Corp challenged the accuracy of the story.",
        "The company rejected the lies about its finances.",
        "Acme Corp said the allegations were devoid of fact.",
        "Acme Corp cast doubt on the accuracy of the report.",
        '"The remarks attributed to the minister are baseless and devoid of fact," the ministry said.',
        "The company says the short seller is lying about its accounts.",
        "The network will vigorously defend against this baseless lawsuit.",
    ),
    "stands_by": (
        "The Daily Bugle said it was right to publish the photographs.",
        "The broadcaster said it had been right to air the programme.",
        "We believe our reporting was accurate and fair.",
        "We have complete confidence in the integrity of our reporter.",
        "The Daily Bugle refused to back down.",
        "The broadcaster said it had conducted a fair and thorough investigation.",
        "We remain convinced that the story was accurate.",
        'The broadcaster said it was "right" to air the film.',
        "We have every confidence in her integrity.",
        '"To date we have found nothing to contradict the substance of our story," the editors wrote.',
    ),
    "legal_action": (
        "Acme Corp will pay $2 million to settle the regulator's charges.",
        "Acme Corp will pay a $5 million penalty to resolve the case.",
        "A lawsuit followed in March.",
        "Jane Doe made a series of complaints to the press regulator about the broadcast.",
        "Media regulator Ofcom received 150 complaints about the broadcast.",
        "A complaint by Jane Doe against the Daily Bugle was rejected by the press council.",
        "The Moscow City Court ordered the newspaper to remove the article.",
        "Several groups made complaints to the broadcasting ombudsman.",
        "The network was ordered to make an on-air correction.",
        "The lawsuit was pursued to clear her name.",
        "The paper was hit with a $10 million lawsuit.",
        "Complaint of Jane Doe, Springfield, against the editor of the Daily Bugle.",
    ),
    "retraction": (
        "The paper even went so far as to remove the article from its website.",
        "Why did the broadcaster delete the video?",
        "Why have they expunged the column from their archive?",
        "The entry has since been erased from the site.",
        "The column was expunged from the archive.",
        "The images were removed from the website after the complaint.",
        "All of the photos were removed from the site after the complaint.",
    ),
    "correction": (
        "The paper managed to misspell the name of the governor.",
        "Unemployment rose to 4.9 percent [correction: 4.6 percent] in May.",
        "A report on May 2 said the plant employed 300 people. In fact, it employs 3,000.",
        "Upon review, we found that parts of the story were inaccurate.",
        "We have since learned that the article contained errors.",
        "The magazine owned up to the mistake.",
        "The paper acknowledged the error in a note on Friday.",
        "The newspaper admitted its mistake.",
        "The Daily Bugle corrected its statement on Tuesday.",
        "We rewrote a paragraph to remove a misattributed quote.",
        "We should not have published the photograph without permission.",
        "The Daily Bugle misspelled the mayor's name on Friday.",
        "We would also like to make clear that the man had never, in fact, been arrested.",
        "I posted earlier that the bridge had closed, but I was wrong.",
        "A correction to a story about the harbour plan",
        'The revised story carried this note: "An earlier version of this article misstated the date."',
        "We unreservedly retract our incorrect allegation.",
        "With my apologies to all, here is my correction.",
        "Corrective to a story about the harbour plan",
        "An article on Monday said the fund held $2 million. We have been asked to point out that it held $3 million.",
    ),
    "clarification": (
        "Acme Corp has asked us to make it clear that the figures were estimates.",
        "We have been asked to point out that the charity was not involved.",
        "The university asks us to clarify that the researcher is not related to the family.",
        "We are happy to make the position clear.",
        "Our report could have been read to suggest that the mayor knew of the plan.",
        "The newspaper issued a 'clarification' on the story.",
        "Our story could also have been read to imply that the charity broke the law.",
        'Clarification on "The harbour plan"',
        "We apologise to the trust and are happy to clarify the matter.",
        'The police asked us to make clear that, contrary to the headline "Your town is unsafe", the figures were for '
        "the county.",
    ),
    "update": (
        "We have added updates to the story to reflect new statements.",
        "The magazine added an update to the article on Friday.",
        "The site posted updates to the article in order to reflect new statements.",
        'The page simply reads "Updated at 9:40 a.m."',
    ),
    "editors_note": (
        "This editor's note was added on Friday.",
        "The Daily Bugle issued an editor's note on its coverage.",
        "The column stays online with an editor's note explaining the error.",
        "The paper ran a new editor's note at the top of the story.",
    ),
}
HARD_NEGATIVES = (
    ("If you are wrong, apologising is a sign of strength.", None),
    ("I am so sorry for your loss.", None),
    ("The broadcaster was ordered to make an on-air apology.", "apology"),
    ("Did the broadcaster delete the video?", None),
    ("The senator admitted his mistake.", None),
    ("We believe the new parking policy is fair.", None),
    ("The council was right to close the road.", None),
    ("Developing story: this article will be updated.", None),
    ("The network was told to air an apology over the film, which was broadcast last year.", "apology"),
    ("I was misquoted in the Daily Bugle's article.", "correction"),
    ("Once we saw our mistake, we deleted the post.", "correction"),
    ("The radio station admitted that its ratings had fallen.", None),
    ("It is easy to write a decent apology when you know what to say.", None),
    ("[updated 16.03.2020]", None),
    ("It is called a Glomar denial when officials neither confirm nor deny.", "denial"),
    ("He was fined for spreading false news.", "denial"),
)


def hard() -> list[Probe]:
    return [Probe(t, kind) for kind, lines in HARD.items() for t in lines]


def hard_negatives() -> list[Probe]:
    return [Probe(t, None, forbid=forbid) for t, forbid in HARD_NEGATIVES]
