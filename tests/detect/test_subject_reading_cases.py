"""Who acts, read from a general news sentence's subject, by tables of cases in our own words from five studies of
real articles, each next to neighbours that keep their actor: a role between a description and a name leaves the
name ("Retired hockey star Lars Orvik", "Actress Mira Dane"); an opening phrase of time or circumstance is no name
("Shortly after the vote, Senator Brandt denied"); a present or bare passive legal act names no doer in the one
charged, and an authority that says it was done did it; "Contrary to reports, X told ..." is X's; an aside of who
owns, leads or is based is set off, as is a market code in brackets ("Zephyr Labs (ZPH) denied"); a pronoun cut off
from its name by a dashed aside and a transcript's turn label name the speaker; after a subordinate clause a
pronoun continues, the main clause's subject acts; a list of people named after roles is its first; the page or
section a piece ran in ("a story on Page A3") and what it was about name no one; a passive whose words open with
"has been", or an act faced, jailed "on charges" or handed, names no doer in its subject; a nationality before a
noun or a role and name is neither the doer nor the name; a tie to a name ("X's closest ally") is not the name, a
name's group ("Acme shareholders") is the group; a claim "which the administration denies" or "denied by the
chancellor" is theirs to deny; an apology welcomed is not the welcomer's; a member named by the place or brief
they serve ("the Delmore senator", "Minister for Fisheries") is the member, not the place."""

from __future__ import annotations

import pytest

from monitor.detect.followups import detect
from monitor.models import Doc
from tests.detect import cases

pytestmark = pytest.mark.pure

WHO_ACTS = [
    # -- a role, then the name: the person, not the words that describe them
    ("", "Retired hockey star Lars Orvik pleaded guilty on Tuesday to one count of fraud.", "legal_action",
     "Lars Orvik"),
    ("", "Former Blue Kite member Ola Rand said on Sunday that she is sorry for the hurt she caused.", "apology",
     "Ola Rand"),
    ("", "Actress Mira Dane is apologizing for a remark she made about the festival's jury.", "apology",
     "Mira Dane"),
    ("", "Guitarist Teo Varga apologized to the fans who waited three hours for the show.", "apology", "Teo Varga"),
    # -- an opening phrase of time or circumstance: the subject after its comma
    ("", "Shortly after the vote, Senator Ilse Brandt denied any part in the leak.", "denial", "Ilse Brandt"),
    ("", "Soon after the broadcast, the Harbor Gazette apologized to the family.", "apology", "Harbor Gazette"),
    ("", "Given the blackout rules, TV networks pulled the governor's address from the air.", "retraction",
     "TV networks"),
    ("", "Contrary to early reports, the Varnia Aviation Authority told the Ledger that the pilots did not send a "
     "distress call.", "denial", "Varnia Aviation Authority"),
    ("", "Unlike its rival, Pelham Oil denied the report outright.", "denial", "Pelham Oil"),
    # an aside of who owns or founded the doer, or where it is based, is set off like any other
    ("", "Corvo Textiles, owned by shipping heir Lars Vinter, denied it had moved its profits abroad.", "denial",
     "Corvo Textiles"),
    ("", "Pelham Oil, based in Bayport, denied the report on Monday.", "denial", "Pelham Oil"),
    ("", "The Harlow Fund, run by Ann Dale, denied the report.", "denial", "Harlow Fund"),
    ("", "The panel, chaired by Tom Vell, sued the agency.", "legal_action", ""),
    # -- a present passive: the one charged does not charge
    ("", "Orvik, 41, is charged with two counts of wire fraud.", "legal_action", ""),
    ("", "Tamsin Kell is charged with arson in the fire that destroyed the depot.", "legal_action", ""),
    ("", "Now he is on trial, facing 12 charges over the depot fire.", "legal_action", ""),
    # a headline's passive without its auxiliary: the one charged is no doer, nor the employer named with them
    ("", "Corvo trader charged with fraud over hidden losses", "legal_action", ""),
    # an authority acting in a clause of its own: the court, not the main clause's subject
    ("", "Pelham Oil scored a victory when a federal court ruled that the permit stands.", "legal_action",
     "federal court"),
    ("", "Shares of Corvo rose after a regional tribunal ordered the port to reopen.", "legal_action", "tribunal"),
    # an authority that says a passive act was done did it
    ("", "Prosecutors said Lars Orvik was being charged with arson.", "legal_action", "Prosecutors"),
    ("", "Ann Dale said Lars Orvik was being charged with arson.", "legal_action", ""),
    ("", "Pelham Oil was on Friday charged with fraud by the Varnia Securities Board.", "legal_action",
     "Varnia Securities Board"),
    # a passive after "that": the one named before it was charged, not charging; an active verb there is their own
    ("", "The district attorney announced on Monday that Dina Sorel had been charged with theft.", "legal_action", ""),
    ("", "The mayor said that Dina Sorel was indicted on two counts of arson.", "legal_action", ""),
    ("", "The county prosecutor said that Dina Sorel was indicted on two counts of arson.", "legal_action",
     "county prosecutor"),
    ("", "The county prosecutor announced that Dina Sorel had pleaded guilty to theft.", "legal_action", "Dina Sorel"),
    # a headline in capitals, or one whose participle has no object ("convicted of", "sentenced to"): a passive
    ("", "FORMER CLERK TO BE ARRAIGNED FOR THEFT OF TOWN FUNDS", "legal_action", ""),
    ("", "Former Pelham clerk convicted of stealing town funds", "legal_action", ""),
    ("", "NIGHT GUARD CONVICTED OF SETTING WAREHOUSE FIRE", "legal_action", ""),
    # an authority's noun that only says who was charged is no doer; an authority that charges is
    ("", "Police sergeant charged with assault after street fight", "legal_action", ""),
    ("", "Court Clerk Indicted For Taking Filing Fees", "legal_action", ""),
    ("", "NEWS RELEASE: Bayport Police Officer Charged After Faking a Crash Report", "legal_action", ""),
    ("", "Police charged two brothers with assault on Friday.", "legal_action", "Police"),
    # held or jailed "on charges of": the one held was charged, not charging
    ("", "A local trader was detained on Monday on charges of forging invoices.", "legal_action", ""),
    ("", "Teo Varga has been jailed for six years on charges of smuggling.", "legal_action", ""),
    ("", "Police arrested Teo Varga on charges of smuggling.", "legal_action", "Police"),
    # whom a speaker tells is no doer: the told clause's pronoun is the speaker, its name the one it names
    ("", "Pelham Oil told the Daily Ledger it had settled the suit with its former staff.", "legal_action",
     "Pelham Oil"),
    ("", "Corvo Textiles told Bayport Radio it denied every claim in the report.", "denial", "Corvo Textiles"),
    ("", "A spokeswoman told the Harbor Gazette the council had lodged a complaint with the ombudsman.",
     "legal_action", "council"),
    # an age before a place: the person described, not the place
    ("", "A 31-year-old Bayport man pleaded guilty on Monday to burglary.", "legal_action", "Bayport man"),
    ("", "A 52-year-old Tacoma woman is suing the county over the crash.", "legal_action", "Tacoma woman"),
    # an act the subject undergoes in other words: faced charges, jailed or arrested on charges, handed a fine
    ("", "On Monday Tam Reed faced blackmail charges in court.", "legal_action", ""),
    ("", "Tam Reed is a man facing a 40-count indictment.", "legal_action", ""),
    ("", "Varnian blogger Tam Reed has been jailed for six years on charges of spying.", "legal_action", ""),
    ("", "One of Varnia's richest men was arrested on Thursday on charges of fraud.", "legal_action", ""),
    ("", "Coach Tam Reed was handed the fine on Tuesday after remarks about a referee.", "legal_action", ""),
    # (who did it, where the sentence names them after "by")
    ("", "The row - which saw Kestrel TV fined a record $500,000 by federal regulators - went on.", "legal_action",
     "federal regulators"),
    ("", "Pursued since May by the Varnia Revenue Office on charges of fraud, Tam Reed fled abroad.", "legal_action",
     "Varnia Revenue Office"),
    # a passive whose act's words open with its auxiliary ("has been fined £2,000"): the one fined is no doer
    ("", "Coach Tomas Reyne has been fined £2,000 and banned from the touchline for a month.", "legal_action", ""),
    ("", "Folk singer Ida Marr has been fined 20,000 euros (£17,000) after a scuffle at a hotel.", "legal_action",
     ""),
    ("", "Velmont Bank has been fined £3m by the Harbour Conduct Authority.", "legal_action",
     "Harbour Conduct Authority"),
    # -- a nationality before the doer's noun, or before a role and a name: the noun, or the name
    ("", "Greek prosecutors have brought charges of fraud against the two coaches.", "legal_action",
     "Greek prosecutors"),
    # (a level of government that opens the sentence, so a capital, is no name: the group it qualifies)
    ("", "Federal prosecutors on Monday charged two former traders at Hollin Bank with fraud.", "legal_action",
     "Federal prosecutors"),
    ("", "State regulators fined the Tarn Valley utility $2 million over the outage.", "legal_action",
     "State regulators"),
    ("", "Federal Court fined Pellow Freight $80,000 for the misleading ads.", "legal_action", "Federal Court"),
    # -- a clause of authorities after "after" or "when": theirs, not the subject's employer or the one charged
    ("", "Former Varnia Police detective Ona Pell has been charged after prosecutors accused her of selling seized "
     "coins.", "legal_action", "prosecutors"),
    ("", "Token trader Lem Ashby was detained at the border after police charged him with fraud.", "legal_action",
     "police"),
    # -- a doer named by what it is, in the possessive before its act: the doer, without the "'s"
    ("", "The regulator's lawsuit against Zentro Labs has weighed on the token all year.", "legal_action",
     "regulator"),
    # -- a court named as where someone stood, before "and denied": the one there denies, not the court
    ("", "Ona Pell was charged at the Bayport Magistrates' Court and denied the charges.", "denial", "Ona Pell"),
    ("", "The Harbor Gazette was criticised by its readers and apologised on Monday.", "apology", "Harbor Gazette"),
    # -- an opening "aside from" phrase: the subject after its comma
    ("", "Aside from the news site, two music publishers have sued Quillsoft over the training data.", "legal_action",
     "two music publishers"),
    ("", "Apart from Hollin Bank, the Tarn Valley regulator fined Pellow Credit $3 million last year.", "legal_action",
     "Tarn Valley regulator"),
    ("", "And Canadian skater Ivo Penn has filed a lawsuit for libel against the magazine.", "legal_action",
     "Ivo Penn"),
    ("", "Another four Dutch bank executives have pleaded guilty to bribery charges.", "legal_action",
     "Dutch bank executives"),
    # (not a name that a nationality's noun is followed by in another phrase or after a verb)
    ("", "An Italian judge orders Lars Orvik to stand trial on charges of bribery.", "legal_action", "Italian judge"),
    # -- someone named by a tie to a name is not that name (the sentence names no one); a name's group is its own
    ("", "Minister Ada Quill's closest ally has denied that the budget holds a giveaway.", "denial", ""),
    ("", "A close associate of the jailed Corvo founder Lars Orvik has denied the fraud charges.", "denial", ""),
    ("", "Orvik ally denies charges", "denial", ""),
    # (nor is the owner of a paper the paper: "The owner of the Dale Post has sued a columnist")
    ("", "The owner of the Dale Post has filed a lawsuit against a former columnist.", "legal_action", ""),
    ("", "The owners of Pelham Mill denied the claims on Friday.", "denial", ""),
    ("", "Pelham Mill owner Orla Benn denied the claims on Friday.", "denial", "Orla Benn"),
    # counsel named by whose they are act for them, as "lawyers for X" do
    ("", "Tam Reed's lawyers started libel proceedings against the weekly.", "legal_action", "Tam Reed"),
    ("", "The Dale Post's solicitors rejected the complaint as groundless.", "denial", "Dale Post"),
    ("", "The case began after three Pelham Oil shareholders filed a complaint about the payments.", "legal_action",
     "Pelham Oil shareholders"),
    ("", "Corvo's shareholders are still seeking damages from the auditors.", "legal_action", "Corvo shareholders"),
    # -- a claim someone else denies in a relative clause or a participle: who denies it, not who made it
    ("", "Critics have accused the mayor of hiding the costs, a charge which the administration denies.", "denial",
     "administration"),
    ("", "Analysts say there is a £4bn gap in the accounts, a claim denied by the chancellor.", "denial",
     "chancellor"),
    ("", "The posters prompted accusations of bias, claims denied by the Harlow Party.", "denial", "Harlow Party"),
    # (also after an adverb or "that was", and a claim dismissed by someone who is no court is denied, not ruled on)
    ("", "Tam Reed said the vote had been rigged, an assertion swiftly denied by the electoral commission.", "denial",
     "electoral commission"),
    ("", "Tam Reed said the port had been sold, a claim that was dismissed by the harbour board.", "denial",
     "harbour board"),
    # -- a subject relative after a comma: the name it follows acts, not the sentence's first subject
    ("", "Vell Mining has blamed Corvo Freight, which has brushed off the accusations.", "denial", "Corvo Freight"),
    ("", "The court convicted Tam Reed, who denied every charge.", "denial", "Tam Reed"),
    # -- a second verb after "but" in a reported clause: the reported clause's subject, not the reporter
    ("", "Local papers reported that Tam Reed admitted the break-in but denied stealing anything.", "denial",
     "Tam Reed"),
    # -- a country's initials before a trade and a name; a firm's "and Co"; an organisation named "for" its cause
    ("", "The US drugmaker Pelham Labs has apologised for the shortage.", "apology", "Pelham Labs"),
    ("", "The jeweller Orvik and Co was forced to apologise for the advert.", "apology", "Orvik"),
    ("", "The Centre for Fair Housing has filed a complaint against the landlord.", "legal_action",
     "Centre for Fair Housing"),
    # -- an apology someone welcomed or accepted is not theirs: the one it names as its author, else no one
    ("", "Official Tom Vell welcomed the apology and said no one had pressed the striker to make it.", "apology", ""),
    ("", "Tom Vell welcomed Ivo Penn's apology.", "apology", "Ivo Penn"),
    ("", "Ivo Penn apologised to Tom Vell, who accepted the apology.", "apology", "Ivo Penn"),
    # (a possessive in the verb's object is no subject)
    ("", "Kell Mining has defended its workers, saying claims that they bribed officials were unfounded.", "denial",
     "Kell Mining"),
    # a passive's doer after "by" named by what it is: its noun, never a word that only qualifies it
    ("", "Pelham Oil was sued by a former employee in March.", "legal_action", ""),
    ("", "Pelham Oil was sued by a former regulator in March.", "legal_action", "former regulator"),
    # ... nor on a capitalised word that only qualifies a person ("a Varnian farmer"); a name's people stay its own
    ("", "The weekly was sued by a Varnian farmer who said the story had ruined him.", "legal_action",
     "Varnian farmer"),
    ("", "Pelham Oil was sued by Lenmark shareholders over the merger.", "legal_action", "Lenmark shareholders"),
    ("", "Pelham Oil was sued by Lenmark later that year.", "legal_action", "Lenmark"),
    # a spokesperson's statement that calls its own organisation by its kind names that organisation; an
    # authority's statement about "the company" does not
    ("", "A spokeswoman for Dunmore Bakeries said the chain had apologised to the customer.", "apology",
     "Dunmore Bakeries"),
    ("", "A spokesman for Kell Mining said the firm denied paying any official.", "denial", "Kell Mining"),
    ("", "Inspectors said the company had apologised to the families.", "apology", "company"),
    ("", "A spokesman for Dunmore Bakeries told a radio station that the chain was \"deeply sorry\" for the mix-up.",
     "apology", "Dunmore Bakeries"),
    ("", "A spokesman for the regulator said the company had apologised to the families.", "apology", "company"),
    # a name made into an adjective ("US-based") names no one alone; with an organisation's noun it is that body
    ("", "His Varnia-based lawyer denied the allegations on Tuesday.", "denial", ""),
    ("", "The Harbor-based exchange denied the report on Tuesday.", "denial", "Harbor-based exchange"),
    # a participle that qualifies the subject's noun holds no doer, whatever names it carries
    ("", "A liquidator seeking to claw back funds for Tam Reed's victims has sued Pelham Bank.", "legal_action", ""),
    ("", "A group representing Tam Reed's former clients has sued Pelham Bank.", "legal_action", "group"),
    # ... but those who speak for a name, as "a lawyer for" it: the name
    ("", "A lawyer representing Pelham Bank denied the allegations.", "denial", "Pelham Bank"),
    ("", "A spokeswoman representing the Harbor Gazette said the paper stands by its story.", "stands_by",
     "Harbor Gazette"),
    ("", "The banks including Pelham Bank denied the report.", "denial", "Pelham Bank"),
    # an adverb or a short date that opens a sentence says when or how, never who
    ("", "\"Service is back now! Thank you all for your patience and our apologies for the disruption,\" Zentro "
     "said in a post.", "apology", "Zentro"),
    ("", "\"Again, we are truly sorry for the delays.\"", "apology", ""),
    ("", "Oct. 4, 2019 · The owner of the Harbor Gazette has filed a lawsuit against a columnist.", "legal_action",
     ""),
    ("", "Официально компания опровергла слухи о продаже завода.", "denial", ""),
    ("", "Yet in a filing on Monday, Kell Mining flatly denied the report.", "denial", "Kell Mining"),
]

KEEPS_ITS_ACTOR = [
    # a role word with no name after it, or a name a role word opens, stays as it was
    ("", "Nurse who caught the virus sues hospital group .", "legal_action", "Nurse"),
    ("", "Hollywood star Ann Vale apologized for the post.", "apology", "Ann Vale"),
    ("", "Star Tribune apologized for the headline.", "apology", "Star Tribune"),
    ("", "BBC chairman Gavyn Doyle apologized to viewers.", "apology", "Gavyn Doyle"),
    # a list of people named after their roles is its first
    ("", "Others, including singer Ola Rand and hockey star Lars Orvik, are still suing the paper.", "legal_action",
     "Ola Rand"),
    # the doer who charges is still the doer; an opening date is still no name
    ("", "Prosecutors charged Orvik with two counts of wire fraud.", "legal_action", "Prosecutors"),
    ("", "On Monday, the Harbor Gazette apologized to the family.", "apology", "Harbor Gazette"),
    ("", "Contrary to recent reports, Pelham Oil has never sold the field.", "denial", "Pelham Oil"),
]


# -- a market code in brackets after a name is set off like an aside ("Zephyr Labs (ZPH) denied")
TICKERS_SET_OFF = [
    ("Token issuer rejects claims", "Zephyr Labs (ZPH) has denied the report, saying its coin is no security.",
     "denial", "Zephyr Labs"),
    ("Exchange sues", "Quillpay (NASDAQ: QPY) sued the state regulator on Monday over its licence.", "legal_action",
     "Quillpay"),
    ("Exchange sues", "Quillpay (QPY 2.1%) sued the state regulator on Monday over its licence.", "legal_action",
     "Quillpay"),
    ("Board sues", "The Northland Securities Board (NSB) sued Quillpay on Monday.", "legal_action", "NSB"),
]

# -- a pronoun cut off from its name by a dashed aside, and a transcript's turn label, name the speaker
ACROSS_ASIDES = [
    # -- a pronoun after a dashed aside: the subject before the aside
    ("", "Though his budget nominee Dara Quill has funded groups that back the toll plan – including Tom Vell's "
         "Fund for Better Roads – since her nomination, she has denied she supports the plan.", "denial",
     "Dara Quill"),
    ("", "The panel argued with Ivo Marsh, and he answered by noting that Rosa Bly had worn a mascot costume at "
         "the gala – something she falsely denied.", "denial", "Rosa Bly"),
    ("", "Pia Lund voted for the sale – a vote that cost the town $3 million – and she later "
         "apologized to residents.", "apology", "Pia Lund"),
    ("", "Kell Mining posted the figures in March – a month before the audit – and it has since retracted "
         "them.", "retraction", "Kell Mining"),
]

TRANSCRIPT_TURNS = [
    ("", "ANNA REY: You once worked for the senator. Did she press you?\n\nTOM VELL: Like everything in the "
         "report, Anna, this was handled with care. The report is meticulously fact-checked, we had long talks "
         "with everyone in it, and it's extremely fair to her.", "stands_by", "Tom Vell"),
    ("", "HOST: Welcome back. MARA QUILL: Those claims are false and I have never met the man.", "denial",
     "Mara Quill"),
]

ASIDES_KEEP_ACTOR = [
    ("", "EDITOR'S NOTE: The report is meticulously fact-checked, we had long talks with everyone in it, and "
         "it's extremely fair to her.", "stands_by", "The Daily Ledger"),
    # -- a name after the dashes, an appositive that describes the doer, a pronoun after a comma
    ("", "The mayor – a former banker – has since apologized for the remark.", "apology", "The mayor"),
    ("", "The Harbor Gazette – a Rell Media title – has retracted the column.", "retraction", "Harbor Gazette"),
    ("", "Though Dara Quill has funded groups that back the toll plan, she has denied she supports the plan.",
     "denial", "Dara Quill"),
    ("", "The talks stalled in May – after the vote – and Senator Ilse Brandt denied any part in the leak.",
     "denial", "Ilse Brandt"),
]

# -- the main clause's subject after a subordinate clause that a pronoun continues
AFTER_A_PRONOUN_CLAUSE = [
    # the main clause's own subject, after a subordinate clause that a pronoun continues
    ("", "When the county clerk told Open Ledger Project that it held no records, Open Ledger Project filed a lawsuit.",
     "legal_action", "Open Ledger Project"),
    ("", "After the utility said that it would not release the audit, the Harlow Tenants Union sued the company.",
     "legal_action", "Harlow Tenants Union"),
    ("", "Because the mayor insisted that he had done nothing wrong, Edda Morrow filed a complaint in court.",
     "legal_action", "Edda Morrow"),
    # no name after the comma: the pronoun's clause still belongs to the sentence's first subject
    ("", "Corvel Bank said it was wrong and it has apologised to the customers.", "apology", "Corvel Bank"),
    ("", "The Marlow Courier admitted the figures were wrong, and it has since corrected the article.", "correction",
     "Marlow Courier"),
]

# -- the page or section a piece ran in, and what it was about, name no doer: a corrections entry about "a story on
# Page A3" or "a story about the Harbor Bridge" is the paper's; a piece that ran in another newsroom is that one's
PAGE_PLACES = [
    ("", "A story on Thursday about the Harbor Bridge misstated its length.", "correction", "The Daily Ledger"),
    ("", "A Sept. 21 item in the Metro Notes column about a florist incorrectly reported her age.", "correction",
     "The Daily Ledger"),
    ("", "An article in the Dale Post on Monday misstated the result of the vote.", "correction", "Dale Post"),
    ("", "A story on Page A3 on Monday misstated the name of the harbour master.", "correction", "The Daily Ledger"),
    ("", "A Page 1 caption on Tuesday misidentified the goalkeeper.", "correction", "The Daily Ledger"),
    ("", "An article on page B2 on Sunday misspelled the name of the florist.", "correction", "The Daily Ledger"),
    ("", "A story in Section C on Friday misstated the price of the tickets.", "correction", "The Daily Ledger"),
    # a long account of what the piece was about: its names, its "by" and "from", a possessive, an editing error
    ("", "An article on Monday about the appeal heard by the Supreme Court misspelled the surname of a judge.",
     "correction", "The Daily Ledger"),
    ("", "An article on Friday about two new phones from Acme Labs misstated the name of its design chief.",
     "correction", "The Daily Ledger"),
    ("", "An article on Sunday about Orla Benn’s team and its access to the port records misidentified a clerk.",
     "correction", "The Daily Ledger"),
    ("", "A review on Page 12 this weekend about the painter Orla Benn misstates the year of her first show.",
     "correction", "The Daily Ledger"),
    ("", "Because of an editing error, an article on Tuesday about a striker's move to the Acme Rovers misspelled his"
     " surname.", "correction", "The Daily Ledger"),
    ("", "An article on Monday about the mayor urging residents to sue the utility misstated her age.", "correction",
     "The Daily Ledger"),
    # a name in the error, in a clause after it or in what is so is no party's verdict on the piece
    ("", "An obituary on Monday about the poet Orla Benn referred incorrectly to the novelist Ida Crane, whose letters"
     " she edited.", "correction", "The Daily Ledger"),
    ("", "A picture caption with an article on Sunday misidentifies a model; he is Ned Rowe at Acme Models, not Tom"
     " Hale at State Lane Agency.", "correction", "The Daily Ledger"),
    ("", "An article on Tuesday about Senator Orla Benn misstated which case her husband, Ned Benn, argued before the"
     " Supreme Court.", "correction", "The Daily Ledger"),
    ("", "An article on Tuesday about the Acme Agency's new mission referred imprecisely to the views of a think tank.",
     "clarification", "The Daily Ledger"),
    # a colon inside a quoted title is no roundup's label: the book's author is not the newsroom that erred
    ("", "An obituary on Sunday about Orla Benn, a linguist, referred incorrectly to a book by Ida Crane, “Talk: A"
     " Field Guide.”", "correction", "The Daily Ledger"),
    # a column whose name is a page's keeps it
    ("", "Page Six apologised to the actor for the item about his wedding.", "apology", "Page Six"),
]

# -- an institution whose name has "and" in it is one doer, and a judge named only by a court's words is the judge
NAMES_WITH_AND = [
    ("", "Last month, the Securities and Exchange Commission filed nine charges against Quillpay.", "legal_action",
     "SEC"),
    ("", "Quillpay was named by the U.S. SEC (Securities and Exchange Commission) in its suit against Zephyr Labs.",
     "legal_action", "SEC"),
    ("", "On Friday, the Food and Drug Administration sued Pelham Labs over its labels.", "legal_action",
     "Food and Drug Administration"),
    ("", "In May, a U.S. District Judge granted Zephyr Labs a partial win, ruling that its sales were lawful.",
     "legal_action", "U.S. District Judge"),
    ("", "A Delaware Bankruptcy Judge approved the exchange's request to sell its tokens.", "legal_action",
     "Delaware Bankruptcy Judge"),
    # a name after the judge's words is the judge's
    ("", "U.S. District Judge Ada Vell ruled that the tokens were not securities.", "legal_action", "Ada Vell"),
]

# -- a clause with its own doer: a fronted gerund's act is the main clause's subject's, a relative clause's act the
# name it follows, and a reporting verb set off by commas is the words' between them
OWN_CLAUSE_DOERS = [
    ("", "Before suing Quillpay, the regulator offered the firm a settlement.", "legal_action", "regulator"),
    ("", "Ada Vell noted that after filing its lawsuit in June, the SEC widened the case.", "legal_action", "SEC"),
    ("", "The paper was criticised by Lars Orvik, who later sued it over the column.", "legal_action", "Lars Orvik"),
    # a month that dates a notice is no one: the newsroom corrected its story
    ("", "This story was updated on Nov. 4 to correct the size of the fund.", "correction", "The Daily Ledger"),
    # ... but a relative clause in the passive underwent its act: the court that acted stays the doer
    ("", "The appeals court rejected a similar plea by former mayor Orla Benn, who was convicted in 2019 on bribery "
     "charges.", "legal_action", "appeals court"),
    ("", "Quillpay, the SEC alleges, sold unregistered securities to retail buyers.", "legal_action", "SEC"),
    ("", "Zephyr Labs, prosecutors allege, moved the stolen funds through a mixer.", "legal_action", "prosecutors"),
    # no clause of its own: the sentence's subject
    ("", "Ada Vell said the SEC had sued Quillpay before the token launched.", "legal_action", "SEC"),
    ("", "The SEC alleges that Quillpay sold unregistered securities.", "legal_action", "SEC"),
    # a document the sentence is attributed to, a plea after a charge, a class action: no one the words name filed
    ("", "Teo Vell met the buyer in Ohio twice, according to a criminal complaint filed in federal court.",
     "legal_action", ""),
    ("", "Teo Vell met the buyer twice, according to a complaint filed by the SEC.", "legal_action", "SEC"),
    ("", "Ada Vell's younger brother Teo was charged in 2021 with fraud and pleaded guilty a year later.",
     "legal_action", ""),
    ("", "Class action suits against exchanges have been filed in three states this year.", "legal_action", ""),
    # a counted or plural group named by what it is: the group
    ("", "The two regulators have sued a dozen token issuers since the spring.", "legal_action", "two regulators"),
    ("", "The lenders deny any wrongdoing in their court filings.", "denial", "lenders"),
    ("", "A group of lenders sued Pelham Funds on Friday over the loans.", "legal_action", "group of lenders"),
]


# -- a member named by the place or brief they serve is the member ("the Delmore senator"), a minister named by a
# brief in capitals is the name after it or the post (not a word of the brief), and a wire's dateline whose code
# was cut ("OSLO - ") is no doer of the second verb after "and"
MEMBERS_AND_BRIEFS = [
    ("", "Delmore congressman apologizes for slur", "apology", "Delmore congressman"),
    ("", "The Olympics minister denied the report on Monday.", "denial", "Olympics minister"),
    ("", "\"We got it wrong and we are sorry,\" the Delmore senator said.", "apology", "Delmore senator"),
    ("", "Minister for Science and Technology Orla Benn on Thursday denied the report.", "denial", "Orla Benn"),
    ("", "The Minister for Fisheries denied the report.", "denial", "Minister for Fisheries"),
    ("", "OSLO - Norwegian referee Tomas Reyne on Sunday admitted that he had erred and apologised for the penalty.",
     "apology", "Tomas Reyne"),
    ("", "OSLO (AFP) - Norwegian referee Tomas Reyne on Sunday admitted that he had erred and apologised.", "apology",
     "Tomas Reyne"),
    # (the article before a role alone is no place: "The senator" stays as it was read)
    ("", "The senator denied the report.", "denial", "senator"),
    # -- a follow-up's own plural in a roundup's headline, or "See" opening an example, names no one
    ("Corrections round up", "It apologised to the family on Monday.", "apology", ""),
    ("Apologies of the week", "It apologised to the family on Monday.", "apology", ""),
    ("", "See, for example, the apology ad that Acme Air took out after the storm.", "apology", ""),
    ("Harbor Gazette in the dock", "It apologised to the family on Monday.", "apology", "Harbor Gazette"),
]


@pytest.mark.parametrize(("title", "body", "kind", "who"), OWN_CLAUSE_DOERS + NAMES_WITH_AND + WHO_ACTS
                         + KEEPS_ITS_ACTOR + TICKERS_SET_OFF + ACROSS_ASIDES + TRANSCRIPT_TURNS + ASIDES_KEEP_ACTOR
                         + AFTER_A_PRONOUN_CLAUSE + PAGE_PLACES + MEMBERS_AND_BRIEFS)
def test_the_actor_is_the_doer(title: str, body: str, kind: str, who: str) -> None:
    assert cases.actor(title, body, kind, outlet="The Daily Ledger") == who


@pytest.mark.parametrize(("body", "whom"), [
    ("Prosecutors said Lars Orvik was being charged with arson.", "Lars Orvik"),
    ("The Varnia Securities Board said on Tuesday that Pelham Oil had been fined $2 million.", "Pelham Oil"),
    ("Lars Orvik was charged with arson, prosecutors said.", "Lars Orvik"),
])
def test_the_one_a_passive_befell_is_not_who_says_so(body: str, whom: str) -> None:
    events = [e for e in detect(Doc(title="", body=body, outlet="Bugle Blog")) if e.kind == "legal_action"]
    assert events and events[0].target == whom, events


@pytest.mark.parametrize(("title", "body", "kept"), [
    # a headline's legal act in the passive names no doer: it counts where the text speaks of the one it befell
    ("Pelham Executives Charged with Fraud", "The two former Pelham executives left the group in May.", True),
    ("Pelham Executives Charged with Fraud", "Shares of the group fell 4 percent on Monday.", False),
])
def test_a_passive_headline_counts_where_the_text_backs_it(title: str, body: str, kept: bool) -> None:
    found = [e for e in detect(Doc(title=title, body=body, outlet="Bugle Blog")) if e.kind == "legal_action"]
    assert bool(found) is kept, found
