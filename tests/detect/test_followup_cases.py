"""Follow-up detection by tables of cases in our own words, and measured on the shared real-world corpus.

Each kind has positives next to the negatives that share its words. The corpus test reads
../shared/corpus/followups/items.jsonl at test time (third-party excerpts stay out of the repository) and fails
when the dev split's micro precision or recall drops more than 0.02 below the ratchet stored for that corpus
file's sha256 in tests/detect/followups_ratchet.json; a corpus with a new hash re-baselines (the test prints the
figures to store) instead of failing.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest

from monitor.detect.classify import Classifier, read_jsonl
from monitor.detect.evaluate import score
from monitor.detect.followups import detect
from monitor.models import Doc
from tests.conftest import CORPUS as SHARED

pytestmark = pytest.mark.pure

CORPUS = SHARED / "followups" / "items.jsonl"
RATCHET = Path(__file__).with_name("followups_ratchet.json")
SEED = Path(__file__).resolve().parents[2].parent / "shared" / "seed-article.txt"

CASES = [
    # correction: the outlet fixes its own published work (and the words' other senses)
    ("The piece we ran on Monday misspelled the mayor's surname.", "correction"),
    ("A chart in yesterday's edition gave the wrong year for the merger.", "correction"),
    ("Owing to an editing error, the town was placed in the wrong county.", "correction"),
    ("An earlier version of this report misstated the size of the fine.", "correction"),
    ("The Daily Bugle regrets the error.", "correction"),
    ("Her name is Ana Ruiz, not Ana Ruis as originally published.", "correction"),
    ("A profile on May 4 about “Rivers, Roads and the Long Way Home,” by Tom Ellery, misidentified his publisher.",
     "correction"),
    ("It was wrongly stated that the bridge closed in June.", "correction"),
    ("The couple were misidentified in a story in the Sunday edition.", "correction"),
    ("Inaccurate figures appeared in Tuesday's business pages.", "correction"),
    ("The broadcaster aired an on-air correction, an apology and a clarification the next evening.",
     "correction apology clarification"),
    ("В первоначальной версии статьи ошибочно указывалось, что сделка закрыта.", "correction"),
    ("По нашей ошибке в подписи к снимку перепутаны фамилии.", "correction"),
    ("Shares slid into a correction after the earnings miss.", None),
    ("She spent ten years as a corrections officer.", None),
    ("In 1950 the paper famously ran a correction about its weather forecast.", None),
    ("The goal of the surgery is to correct your vision.", None),
    ("Prices are correcting after last week's rally.", None),
    ("Курс акций скорректировался после отчёта.", None),
    # apology: anyone apologises, in any form
    ("The carrier's chief executive apologised on Friday for the cancellations.", "apology"),
    ("We deeply apologise for the distress the column caused.", "apology"),
    ("The minister said sorry to the families.", "apology"),
    ("Please accept our sincere apologies for the late delivery.", "apology"),
    ("The club issued a formal apology to its supporters.", "apology"),
    ("I want to apologise to everyone who was hurt by my words.", "apology"),
    ("Компания принесла извинения клиентам за сбой.", "apology"),
    ("Актриса извинилась перед зрителями за сорванный спектакль.", "apology"),
    ("The council demanded an apology from the broadcaster.", None),
    ("The senator refused to apologise for the remark.", None),
    ("He said he would apologise only if the footage was shown to be accurate.", None),
    ("Sorry, not sorry: the chef stands by his spicy menu.", None),
    ("Apologies for absence were received from two members.", None),
    ("We were so sorry to hear about your father's passing.", None),
    ("Sorry, this page is not available right now.", None),
    ("A supposed apology that blames the victim is no apology.", None),
    ("Депутат потребовал от блогера извиниться.", None),
    ("Извините, это не просьба о прощении.", None),
    # retraction: a story, paper or statement withdrawn
    ("The journal has retracted the 2019 study after finding duplicated images.", "retraction"),
    ("This article has been withdrawn at the request of the authors.", "retraction"),
    ("The magazine quietly took the interview down on Tuesday.", "retraction"),
    ("The post, which drew hundreds of complaints, was deleted within the hour.", "retraction"),
    ("We no longer stand by the column and have removed it.", "retraction"),
    ("Редакция удалила материал с сайта.", "retraction"),
    ("Институт отозвал три статьи из своего журнала.", "retraction"),
    ("The pilot retracted the landing gear after take-off.", None),
    ("The editor was urged to retract the column.", None),
    ("A retraction is the formal withdrawal of a published claim.", None),
    ("Комиссия рекомендовала отозвать статьи.", None),
    # clarification: the outlet makes its own story clearer
    ("CLARIFICATION", "clarification"),
    ("We wish to clarify that the charity's grant came from the council.", "clarification"),
    ("The article should have made clear that the figures were estimates.", "clarification"),
    ("The finance ministry clarified that bread stays exempt from the tax.", None),
    # update: the story was updated with new material
    ("Updated 9:15 p.m. GMT", "update"),
    ("Adds analyst quote, background", "update"),
    ("This story has been updated with comment from the union.", "update"),
    ("CAPE HARBOR, Maine — UPDATE (7:40 p.m.): The road has reopened.", "update"),
    ("Новость дополнена комментарием пресс-службы.", "update"),
    ("Last updated: 3 March 2021", None),
    ("Install the latest software update to fix the bug.", None),
    ("This page will be updated throughout the day.", None),
    # editor's note
    ("Editor's note, March 3: this report draws on leaked documents.", "editors_note"),
    ("Editor's Note", "editors_note"),
    ("The paper added a lengthy editor's note to the column on Friday.", "editors_note"),
    ("Publisher's note: our offices close for the holidays.", None),
    # denial: someone denies or disputes a report or allegation
    ("The ministry disputed the accuracy of the story.", "denial"),
    ("The firm called the piece misleading and untrue.", "denial"),
    ("Contrary to the report, the bank said it had no plans to sell the unit.", "denial"),
    ("The mining company rubbished the claims as baseless.", "denial"),
    ("“That is a complete fabrication,” the spokeswoman said.", "denial"),
    ("Пресс-служба назвала публикацию ложной.", "denial"),
    ("В компании опровергли сообщения о продаже завода.", "denial"),
    ("The journalist was denied entry at the border.", None),
    ("The spokesman declined to comment on the report.", None),
    ("A spokeswoman would neither confirm nor deny the account.", None),
    ("The firm settled without admitting or denying the allegations.", None),
    ("Это не означает, что мы опровергаем сообщение.", None),
    # stands by: a publisher stands by its reporting
    ("The broadcaster stands behind its journalists' work.", "stands_by"),
    ("The paper defended its reporting as thoroughly sourced.", "stands_by"),
    ("The network said the documentary was rigorously researched.", "stands_by"),
    ("Newspapers often say they stand by their reporting.", None),
    ("She stood by her husband throughout the trial.", None),
    ("The exchange said it stands by its decision to stay in the market.", None),
    # legal action: suits, complaints, charges, fines, settlements, orders
    ("The regulator fined the exchange $4 million for lax controls.", "legal_action"),
    ("Dozens of suits were lodged against the carmaker last year.", "legal_action"),
    ("Prosecutors indicted the founder on charges of wire fraud.", "legal_action"),
    ("The lawsuit, filed by two former employees, was settled in March.", "legal_action"),
    ("Компания подала иск к изданию о защите деловой репутации.", "legal_action"),
    ("Суд оштрафовал редакцию на 50 тысяч рублей.", "legal_action"),
    ("The company threatened to sue the newspaper.", None),
    ("A libel claim must show that the statement was false.", None),
    ("He has not been charged with any crime.", None),
    ("He was released without charge on Sunday.", None),
    ("Певица подаст в суд на телеканал.", None),
]

# Narrative wording of corrections, denials, stand-bys and legal actions (no notice shape), each next to the
# same words in a sense that states nothing.
NARRATIVE = [
    ("The Herald wrongly reported on Monday that the council had approved the plan.", "correction"),
    ("The witness wrongly identified the driver, police said.", None),
    ("Maria Lopez's column on Sunday misspelled the name of the festival's founder.", "correction"),
    ("A story in Tuesday's sports section should have mentioned that the race was shortened.", "correction"),
    ("The correct figure should have been 3,400.", "correction"),
    ("Pick the correct answer from the list below.", None),
    ("Her obituary needed a correction the following week.", "correction"),
    ("In our profile of the mayor, we said she grew up in Leeds. In fact, she grew up in York.", "correction"),
    ("В исправленной версии материала фамилия указана верно.", "correction"),
    ("Следует читать: «12 миллионов рублей».", "correction"),
    ("Представители издания признали, что опубликованные сведения не соответствуют действительности.", "correction"),
    ("That is why we print corrections.", None),
    ("We all make mistakes.", None),
    ("The site has a published corrections policy.", None),
    ("The company said the documentary misrepresented its safety record.", "denial"),
    ("The minister dismissed the leaked memo's account of the meeting as politically motivated.", "denial"),
    ("The spokesman pushed back hard on the report.", "denial"),
    ("Мэр отмел все обвинения в свой адрес.", "denial"),
    ('"It was not true," the actor said of the story.', "denial"),
    ("It was not true that the shop opened on Sundays, the guide explained.", None),
    ("Our article does not suggest that the charity misused funds.", "stands_by"),
    ("The club has stuck by its view that it did nothing wrong.", None),
    ("The watchdog, the state's privacy regulator, fined the app maker for lax security.", "legal_action"),
    ("The clinic board is fine with the new rules.", None),
    ("The singer accepted substantial damages from the magazine.", "legal_action"),
    ("A jury awarded the teacher $1.2 million.", "legal_action"),
    ("His lawsuit, filed in federal court on Friday, names three publishers.", "legal_action"),
    ("It was a libel action brought by the former mayor.", "legal_action"),
    ("The lender reached a $25-million settlement with state regulators.", "legal_action"),
    ("The club defended itself against the lawsuit in court.", "legal_action"),
    ("Фонд подает в суд на телеканал.", "legal_action"),
    ("Роскомнадзор в очередной раз предупредил издание.", "legal_action"),
    ("I would like to sue the airline over my lost bags.", None),
    ("A class action is a lawsuit filed on behalf of many people.", None),
    ("I have asked that the paper clarify its article.", None),
    ("Retracted papers are not removed from the record but marked.", None),
    ("The Herald erroneously reported that the singer won the lottery in 1982.", "correction"),
    ("That was the point of the corrections column when the paper launched it back in 1983.", None),
    ("The office released a statement that pushed back hard against the story.", "denial"),
    ("The rejected version of the plan was never published.", None),
    ("Компания отвергает обвинения, предъявленные ей в суде.", "denial legal_action"),
    ("The company said a story about its warehouses, published in a Sunday magazine last month, misrepresented the"
     " working conditions there.", "denial"),
    ("In some editions of Sunday's paper, a headline gave the wrong score.", "correction"),
    ("Her segment on Friday was a correction to an interview that aired on Tuesday.", "correction"),
    ("Write that this is a formal demand for retraction of the statement.", None),
    ("The paper waited a month to print a correction.", "correction"),
    ("An update to the correction: the council has since confirmed the figure.", "correction"),
    ("The firm said the short seller's report was intentionally misleading.", "denial"),
    ("The Gazette ran a Page 1 correction on Sunday.", "correction"),
    ("We published 1,200 corrections last year.", None),
    ("The reporter omitted to mention that the mayor had declined the invitation.", "correction"),
    ("The critics failed to mention the cost.", None),
    ("An article on Monday about the school board omitted a reporting credit.", "correction"),
    ("The report omitted the risks, the union said.", None),
    ("The group sought to clarify that it has no link to the suspect.", "denial"),
    ("The ministry sought to clarify the new tax rules.", None),
    ("The senator is seeking to sue the paper.", None),
    ("Материал с сайта издания исчез через час после публикации.", "retraction"),
    ("В ближайшем номере будет опубликовано опровержение.", None),
    ("В газете было опубликовано опровержение.", "retraction"),
    ("Редакция удалила статью, которая будет проверена.", "retraction"),
    ("The company called the article a hit job.", "denial"),
    ("The bank took issue with the report's conclusions.", "denial"),
    ("The critic took issue with the casting.", None),
    ("The name of the choir's director was misspelled.", "correction"),
    ("Her name is often misspelled by fans.", None),
    ("The spokesman disputed the newspaper's characterisation of the talks.", "denial"),
    ("A complaint was filed with the press council over the report.", "legal_action"),
    ("A complaint is a formal statement to a court.", None),
    ("The company agreed to a settlement with the regulator.", "legal_action"),
    # the same words in ordinary news, read from real feeds: a noun, a plan, a stance, a trend
    ("A pricing dispute has broken out after the supplier claimed it was owed more.", None),
    ("The landlord disputed the tenant's account of the flood.", "denial"),
    ("Regulators consider fines over the billing errors", None),
    ("Regulators fined the utility over the billing errors", "legal_action"),
    ("Farmers are pushing back against the ministry's plan to cut subsidies.", None),
    ("The mayor pushed back against the newspaper's claims about the contract.", "denial"),
    ("Burglaries see a sharp spike - City Gazette News", None),
    ("The editor spiked the column after the lawyers read it.", "retraction"),
    ("The envoy is known for settling disputes between neighbouring states.", None),
    ("The insurer settled the lawsuit brought by the drivers.", "legal_action"),
    ("The survey works at a finer level of detail than the census.", None),
    ("The regulator imposed a fine of 2 million euros.", "legal_action"),
    ("The unions met in order to make sure the talks went ahead.", None),
    ("It is worth recalling that the bridge was built in 1902.", None),
    ("The firm pulled out of the merger talks.", None),
    ("Nothing could be further from the truth, the bank said of the report.", "denial"),
    ("The carmaker said it is not in talks to sell its truck unit.", "denial"),
    ("В пресс-службе заявили, что эта информация - ложь.", "denial"),
    ("The press regulator has found against the magazine.", "legal_action"),
    ("The senator said apologising would be a sign of weakness.", None),
    ("The probe fired its engines for a course correction on Tuesday.", None),
    ("A column on our website misconstrued remarks by the mayor.", "correction"),
    ("The newspaper may print a retraction, admitting and correcting the error.", None),
    ("The editor wrote back within the hour, admitting and correcting the error.", "correction"),
    ("The striker missed a late penalty.", None),
    ("The watchdog imposed a 3 million pound penalty on the bank.", "legal_action"),
    ("The coach was in charge of the club for six years.", None),
    ("The coach was charged with misconduct by the league.", "legal_action"),
    ("I erred in parts of my column about the zoning vote.", "correction"),
    ("We err on the side of caution with storm warnings.", None),
    ("The minister withdrew the imputation against the auditor.", "retraction"),
    ("I was plainly wrong about the tunnel, and I admit it.", None),
    ("Second Update: The ferry service resumed at noon.", "update"),
    ("Last Sunday's travel feature overstated the length of the coastal path.", "correction"),
    ("Stocks rose on Tuesday's open after the report.", None),
    ("The ferry captain was not, as we said, a former naval officer.", "correction"),
    ("We got the name of the winning horse wrong in Saturday's edition.", "correction"),
    ("The radio station acknowledged that its bulletin had contained several errors.", "correction"),
    ("The chess champion expressed remorse after the outburst.", "apology"),
    ("The rail operator said it regretted the disruption to commuters.", "apology"),
    ("The European Union expressed regret at the vote to leave.", None),
    ("The hotel chain has begun legal proceedings against the travel website.", "legal_action"),
    ("Lawmakers began impeachment proceedings against the governor.", None),
    ("The book's publisher said it would not withdraw the memoir.", "stands_by"),
    ("The union acknowledged a fine point in the ruling.", None),
    ("Spreading such claims is punishable by a fine of up to 5,000 euros.", None),
    ("Распространение таких сведений влечет за собой штраф.", None),
    ("The envoy called the articles inaccurate, describing the reports as containing false information.", "denial"),
    ("The caption implied that the mayor, pictured at the fair, was sorry for the delay.", None),
    ("Typographical errors are corrected within a day of being reported.", None),
    ("The errors are corrected in the online version.", "correction"),
    ("An apology in such disputes is a rare thing.", None),
    ("Clarification: (noun) the act of making something easier to understand.", None),
    ("When a broadcaster answers complaints by saying “We stand by our journalism,” it rarely explains why.", None),
    ("The network denied the story, saying its anchor had never been approached.", "denial"),
    ("The journal posted a statement and apology from the authors.", "apology"),
    ("This retraction is the third for the laboratory this year.", "retraction"),
    ("The radio network admitted it had made a mistake in the bulletin.", "correction"),
    ("The channel conceded that the segment had been misleading.", "correction"),
    ("A spokeswoman said there was \"no truth whatsoever\" to the report.", "denial"),
    ("The airline said the article contained \"several factual errors\".", "denial"),
    ("The press regulator found that the tabloid had breached the code on privacy.", "legal_action"),
    ("The magazine said it had no intention of withdrawing the profile.", "stands_by"),
    ("The senator said she had no intention of apologizing.", None),
    ("Updated with reaction from the players' union.", "update"),
    ("Updated with new cameras, the phone costs more.", None),
    ("This column first ran on 2 May and has since been updated.", "update"),
    ("The regulator alleges that the broker hid losses from clients.", "legal_action"),
    ("Prosecutors accused the trader of rigging the benchmark.", "legal_action"),
    ("The mayor accused the paper of lying about the budget.", "denial"),
    ("A jury found the tabloid liable for libel.", "legal_action"),
    ("The tribunal ruled in favour of the dismissed reporter.", "legal_action"),
    ("The board decided in favour of the new stadium.", None),
    ("The founder was sentenced to eight years in prison.", "legal_action"),
    ("Inmates who are sentenced to long terms may study.", None),
    ("The sentence to be read aloud was short.", None),
    ("He faces up to five years in prison if convicted.", None),
    ("Police detained the blogger on charges of fraud.", "legal_action"),
    ("The broadcaster was censured by the media regulator.", "legal_action"),
    ("The government was lifting sanctions on the port.", None),
    ("The driver insisted he had done nothing wrong.", "denial"),
    ("Представитель компании заявил, что это неправда.", "denial"),
    ("Блогера приговорили к двум годам колонии.", "legal_action"),
    ("Mea culpa: the headline went too far.", "apology"),
    ("The newspaper said it had no regrets about printing the letters.", "stands_by"),
    ("The singer said she had no regrets about her career.", None),
    ("The review erred in saying the tour starts in March.", "correction"),
    ("A photo caption on Friday reversed the names of the two coaches.", "correction"),
    ("Information in a story about the ferry timetable was incorrect.", "correction"),
    ("The channel apologised after an on-screen graphic misidentified the minister.", "apology"),
    ("The reforms tackle a difficult issue but critics claim they go too far.", None),
    ("The firm issued a writ against the magazine.", "legal_action"),
    ("The minister rejected calls for the publication of the report.", None),
    ("The minister said it was wrong to put the two countries under the same embargo.", None),
    ("It was wrong to suggest that the council had approved the plan.", "correction"),
    ("The rules offer a way out of a hard issue, but some members argue the position is still unclear.", None),
    ("A chart on Page 3 of Monday's edition was unclear about the dates.", "clarification"),
    ("Either publish the documents or else apologise to the voters, the commission told him.", None),
    ("Either the minister resigns or he apologises to parliament, the opposition said.", None),
    ("It is quite correct to say that the river floods each spring.", None),
    ("The page has been updated to reflect the latest figures.", "update"),
    ("The report raises questions about the integrity of the tender.", None),
    ("Changes in the level of reporting make the years hard to compare.", None),
    ("Voters whose names were removed from the rolls after they moved complained.", None),
    ("The Courier erred in reporting that the library would shut in June.", "correction"),
    ("The coach erred in judgment when he picked the injured striker, the chairman said.", None),
    ("Contrary to what was said in our newsletter, the market will open on Sunday.", "correction"),
    ("The time of the recital was wrong in Tuesday's listings.", "correction"),
    ("The time on the receipt was wrong in two places, the inspector found.", None),
    ("The network rejected the complaints, saying the documentary was impartial.", "stands_by"),
    ("The council rejected the complaint from residents, saying the new road was justified.", None),
    ('"That is simply not what happened," the spokesman said of the article.', "denial"),
    ('"That is not what the statute says," the judge said.', None),
    ("Broadcasters often claim they stand by their journalism even when it is wrong.", None),
    ("The allegations, when examined, were baseless, the company said.", "denial"),
    ("The editors note that the letters were written in 1920.", None),
    ("Editor's note: the interview was edited for length.", "editors_note"),
    ("The administration imposed sanctions on two shipping firms.", None),
    ("The regulator imposed sanctions on the broadcaster over the programme.", "legal_action"),
    ("We are sorry for the mistake in Thursday's review.", "correction apology"),
    ("The magazine apologised to Ms Ode for our error.", "correction apology"),
    ("The ferry operator apologised for the error that sent the boat to the wrong port.", "apology"),
    ("We apologise for the mistake on your invoice.", "apology"),
    ("Приносим извинения за ошибку в подписи к фотографии в статье.", "correction apology"),
    ("Магазин извинился перед покупателями за ошибку в ценниках.", "apology"),
    ("Мы ошиблись, указав неверную дату концерта.", "correction"),
    ("Суд может обязать газету опубликовать опровержение.", None),
    ("Суд признал сведения не соответствующими действительности и обязал газету опубликовать опровержение.",
     "legal_action"),
    ("В редакции заявили, что не намерены снимать статью.", "stands_by"),
    ("(This clarifies that the bus service is run by the school.)", "clarification"),
    ("This clarifies nothing about the minister's plans, critics said.", None),
    ("The singer said: \"I regret that I have caused any hurt to my fans.\"", "apology"),
    ("I regret that I could not attend the ceremony.", None),
    ('"Rivers of gold" (Business, March 3) misstated the mine\'s output.', "correction"),
    ('"Rivers of gold" (Business, March 3) is the first of three pieces on mining.', None),
    ("I had, by mistake, used the figure for the previous quarter.", "correction"),
    ("I had, by mistake, locked myself out of the house.", None),
    ("As in a previous version, we say the bridge opened in 1931.", "correction"),
    ("She is Dr Ann Lee, not Mrs Ann Lee, as she has been described in earlier reports.", "correction"),
    ("Sales rose, not fell, as analysts had expected.", None),
    ("Компания допустила досадную описку в пресс-релизе.", "correction"),
    ("Министр назвал слухи о своей скорой отставке, которые обсуждают в соцсетях уже неделю, чепухой.", "denial"),
    ("Материал дополняется.", "update"),
    ("The firm said the short seller's report appeared to be 'baseless and misleading'.", "denial"),
    ("The ministry stressed that there was no such plan under discussion.", "denial"),
    ("The actor called the profile a 'stitch-up'.", "denial"),
    ("He posted that the suspect had been caught, only to retract the claim an hour later.", "retraction"),
    ("The union's request for a pay rise was denied by the board.", None),
    ("We apologise to all readers who saw the wrong page, and will reprint it once the press is fixed.", "apology"),
    ("We apologise to Ms Grey and her family for the error.", "correction apology"),
    ('"We apologise for the error," a spokeswoman for the council said.', "apology"),
    ("The column (Weekend, June 2) failed to credit the photographer.", "correction"),
    ("The ministry's report failed to acknowledge the cost of the scheme.", None),
    # ordinary news that uses the words (a precision study on real articles)
    ('"Prices are getting worse, not better," the economist said.', None),
    ("The old phones are invariably inaccurate and awkward to use.", None),
    ('"They are false and we will prove it," the spokeswoman said of the claims.', "denial"),
    ("A computer worm called Zotob is spreading through unpatched machines with malicious code.", None),
    ("The minister called the report malicious.", "denial"),
    ("Relatives of the victims of the blasts said the film should wait until the trial ends.", None),
    ("The deal came a week after a price dispute cut gas supplies to the region.", None),
    ("A last-ditch tackle denied the visitors a certain try.", None),
    ("The home side were denied by some heroic defending in the final minute.", None),
    ("The senator denied the party was trying to hide its leader.", "denial"),
    ("The mayor described the parking ban as ridiculous.", None),
    ("The mayor described the newspaper's report as ridiculous.", "denial"),
    ("The union said the minister's comments were irresponsible.", None),
    ("Ministers rejected the claim by campaigners that there should be a legal presumption of access.", None),
    ("Peers rejected the bill and now it must return to the Commons.", None),
    ("The club rejected it outright.", "denial"),
    ("Campaigners unveiled a poster accusing the government of lying over the war.", None),
    ("The minister accused the newspaper of lying about his expenses.", "denial"),
    ("The carmaker said it was confident it could make up the lost output.", None),
    ("The union said it stood firmly behind the journalists in the dispute.", None),
    ("The magazine stood by the story despite the criticism.", "stands_by"),
    ("They defended superbly and deserved the draw.", None),
    ("The historian's clarity about his own society gave him an outsider's eyes.", None),
    ("The striker scored with a fine volley after a fine move down the left.", None),
    ("The keeper said he was fine for Saturday's match.", None),
    ("The regulator fined the bank for failing to report suspicious trades.", "legal_action"),
    ("The company faces a fine of up to 4% of its turnover.", None),
    ("The regulator handed the company a fine of 4% of its turnover.", "legal_action"),
    ("They went out in 1998 on penalties in the quarter-final.", None),
    ("The hosts were awarded a penalty of their own on the halfway line.", None),
    ("The exchange agreed to pay a civil penalty of $4 million.", "legal_action"),
    ("The difference is that the charges are quite low.", None),
    ("A man is facing charges of fraud after the raid.", "legal_action"),
    ("Customers could end up being charged less for calls abroad.", None),
    ("Older people are increasingly taking charge of their own security.", None),
    ("Police restored order after the protest.", None),
    ('Prosecuting attorney Ann Cole said: "Bribery is criminal conduct."', None),
    ("MPs criticised the rules allowing reduced sentences for burglars who pleaded guilty.", None),
    ("The two men who pleaded guilty were sentenced on Friday.", "legal_action"),
    ("She won the award after claiming her third national title.", None),
    ('The watchdog said it had received "very few complaints" about the advert.', None),
    ("There are a small number of cases where these issues go away.", None),
    ("Whichever way the court rules, the losing side will appeal.", None),
    ("Teachers avoid trips for fear of being sued if a pupil is hurt.", None),
    ("The firm denied reports that it was withdrawing completely from the market.", "denial"),
    ("The director removed the scene from the film after complaints.", None),
    ("The book has been removed from sale in all territories.", "retraction"),
    ('"It needs to be removed from the shelves," the parent said.', None),
    ("The assembly passed a motion asking him to apologise and withdraw his comments.", None),
    ("The software lets users find and remove spyware programs.", None),
    ("Recorded programmes are automatically deleted after a day.", None),
    ("Those are some of the mistakes found under the old system.", None),
    ('"We made a lot of mistakes in the second half," the coach said.', None),
    ("The minister said it was wrong to suggest the two men were rivals.", None),
    ('"We regret the inconvenience," the company said of the recall.', "apology"),
    ("The department said it had revised down its estimate of jobs created.", None),
    ("It was unclear whether the witness would testify.", None),
    ('Mr Blair said: "Let\'s just apologise and move on."', None),
    ("He tells them that if they don't confess they will get life.", None),
    ("The funds will grow this year, said chairman-elect Denys Holt.", None),
    ("The audit will cover the calendar year instead of the nine months, as previously announced.", None),
    ("The final was played on Sunday instead of Saturday, as previously reported.", "correction"),
    ("The bank bought a stake to rebuild public confidence in it.", None),
    ("The ministry launched an investigation into the firm's accounts.", None),
    ("Prosecutors opened a criminal case against the editor.", "legal_action"),
    ("He said he did not favor banning takeovers.", None),
    # ordinary newswire (a second precision study, on Reuters stories)
    ("The retailer will take a 20 mln dlr pretax charge against earnings in the first quarter.", None),
    ("Interest rates charged by banks on credit cards remain high.", None),
    ("The union has charged that the rival bid is unfairly subsidised.", None),
    ("The indictment charged that he lied to the grand jury.", "legal_action"),
    ("The department said new factory orders fell 4.0 pct in January.", None),
    ("The authorities ordered government offices closed until Wednesday.", None),
    ("Coastguard officials ordered fishermen to return to port before the storm.", None),
    ("The regulator ordered the broadcaster to pay a penalty for the segment.", "legal_action"),
    ("He faces a maximum five years in jail and a fine if convicted.", None),
    ("The watchdog fined the firm the maximum of 500,000 pounds.", "legal_action"),
    ("A conciliator was appointed to help settle the wage dispute.", None),
    ("The firm reached a final settlement of the litigation with the doctors' union.", "legal_action"),
    ("We will initiate the actions necessary to move production elsewhere.", None),
    ("In this case a great deal of criminal energy has been brought into play.", None),
    ("The commission said imposing the ban would encourage unleaded fuel.", None),
    ("The company's final contract proposal was unanimously rejected by the union.", None),
    ("The minister rejected reports that the plan to sell the unit had been dropped.", "denial"),
    ("The settlement dismisses all charges except conspiracy.", None),
    ("Analysts called it a false breakout on the weekly charts.", None),
    ("Economists said the figures were distorted by the sale of gold coins.", None),
    ("State regulators denied the utility a rate hike on Tuesday.", None),
    ('"We sincerely regret this outcome," the carmaker said.', None),
    ("We regret the error in Tuesday's listing.", "correction"),
    ("The suit said the papers failed to disclose the bank's interest in the deal.", None),
    ("Rumours that the figure had been overstated by a statistical error moved the market.", None),
    ("The company said it changed its reporting period to end in December.", None),
    ("The institute is revising its growth forecast to a fall of 0.5 pct.", None),
    ("The White House said it was withdrawing the nomination.", None),
    ("The magazine said it was withdrawing the story.", "retraction"),
    ('"I am sure it is right to err on the side of caution," the governor said.', None),
    # online news of the 2010s-20s (a third precision study, on CNN stories)
    ("This story has been updated to reflect the minister's statement.", "update"),
    ("This story has been updated to correct the spelling of the village.", "correction"),
    ("A gunman shot six officers, killing three of them.", None),
    ("The agency is killing the story after the source recanted.", "retraction"),
    ("The rescuers linked hands to reach the victims and pull them out.", None),
    ("Against all forecasts, the city pulled it off.", None),
    ("She triggered the exit by pulling the pin on article 50.", None),
    ("The rebels claimed to have withdrawn from the town.", None),
    ("He rejected the idea, floated by his rival, of cancelling all student debt.", None),
    ("He rejected the idea that the two parties appeal to the same voters.", "denial"),
    ("The ministry has hit back at its neighbour after the naval exercise.", None),
    ("The minister hit back at the report, calling it a smear.", "denial"),
    ("If the exit poll is right, the election denies Theresa May her majority.", None),
    ("The mayor described the senator's remarks as old and ridiculous.", None),
    ("All three cases were brought to their attention by tips from the public.", None),
    ("Travellers were hit with eye-watering roaming charges.", None),
    ("The country is about to charge headfirst into a crisis.", None),
    ("Her recently claimed title of grandmother brings her pride.", None),
    ("The law lets the governor pardon people convicted under segregation ordinances.", None),
    ("Prosecutors have signalled a greater willingness to bring murder charges against dealers.", None),
    ("The senator led the charge for a public apology.", None),
    ('"I am sorry for all those candidates who lost their seats," the leader said.', None),
    ("Could it be that he misread the welcome?", None),
    ("The agency said it was revising the authorizations for two treatments.", None),
    ("Our annual fixed charges were reduced by 200 million dollars.", None),
    ("The charges on cargo handled by dockers will be cut to 3 dollars a ton.", None),
    ("The anticipated charge against first quarter earnings will not be deductible.", None),
    ("The criminal charges against the trader resulted from a stock deal.", "legal_action"),
    ("Other suits are expected to be brought.", None),
    ("The institute is revising its fiscal 1987 gross domestic product forecast.", None),
    # more ordinary news (studies of US news of 2023 and of Russian news of 2023-24)
    ("Prosecutors are weighing whether to charge him, potentially indicting him this spring.", None),
    ("For the record, research suggests the drink is fine for most people.", None),
    ("I just pull them in when I need them.", None),
    ("The influencer was called out for using fake lashes in an advert.", None),
    ("The prosecution completed its rebuttal argument on Friday.", None),
    ("Мы вывозим всё на экспорт (через Россию. — Прим. ред.).", None),
    ("Примечание редакции: материал обновлен после ответа министерства.", "update editors_note"),
    ("С этим столкнулась Ирина (имя изменено), студентка из Казани.", None),
    ("В законопроект была внесена поправка об уроках труда.", None),
    ("В статью внесена поправка: фамилия судьи указана верно.", "correction"),
    ("Девушка сняла всё на видео.", None),
    ("Редакция сняла материал с публикации.", "retraction"),
    ("Мать подала заявление о пропаже сына.", None),
    ("Мать подала заявление в полицию о мошенничестве.", "legal_action"),
    ("Пассажиры подадут коллективный иск против авиакомпании.", None),
    ("За нарушение устанавливается штраф в размере 5 тысяч рублей.", None),
    ("Суд оштрафовал компанию на 5 тысяч рублей.", "legal_action"),
    ("Премьер отверг возможность переговоров с оппозицией.", None),
]


@pytest.mark.parametrize(("text", "kind"), CASES + NARRATIVE)
def test_case(text: str, kind: str | None) -> None:
    kinds = [e.kind for e in detect(Doc(body=text, outlet="The Daily Bugle"))]
    assert kinds == (kind.split() if kind else []), kinds


@pytest.mark.parametrize(("title", "body"), [
    ("Corrections policy", "Correction: used when we fix an error of fact in a published story."),
    ("Our ethics code", "We will issue a retraction when a story cannot be stood up."),
    ("Privacy notice", "We may update this notice; the date above shows when we last did."),
])
def test_policy_pages_state_no_follow_up(title: str, body: str) -> None:
    assert detect(Doc(title=title, body=body, outlet="Bugle")) == []


@pytest.mark.parametrize("title", ["Singer settles privacy claim against tabloid", "Actor wins privacy damages"])
def test_a_news_headline_with_a_policy_word_is_not_a_policy_page(title: str) -> None:
    doc = Doc(title=title, body="She filed a lawsuit against the tabloid in March.", outlet="Bugle")
    assert "legal_action" in [e.kind for e in detect(doc)]


def test_corrections_column_lines_are_corrections() -> None:
    doc = Doc(title="Corrections and clarifications", body="Actually, the bridge opened in 1932.", outlet="Bugle")
    assert [e.kind for e in detect(doc)] == ["correction"]


def test_actor_is_the_subject_and_never_a_headline_fragment() -> None:
    [event] = detect(Doc(body="On Tuesday, Acme Corp denied the report.", outlet="Bugle"))
    assert event.actor == "Acme Corp"
    events = detect(Doc(title="Stocks Slide As Acme Denies Merger Talk Amid Market Rout Today", body="", outlet="B"))
    assert all(len(e.actor.split()) <= 5 for e in events)


def test_seed_post_is_a_denial_and_not_an_apology() -> None:
    if not SEED.exists():
        pytest.skip(f"seed article not found at {SEED}")
    kinds = {e.kind for e in detect(Doc(body=SEED.read_text(encoding="utf-8"), outlet="Seed blog"))}
    assert "denial" in kinds and "apology" not in kinds


def test_confidence_is_a_probability() -> None:
    for text, _kind in CASES:
        for event in detect(Doc(body=text, outlet="Bugle")):
            assert 0.0 < event.confidence <= 1.0


def test_shared_corpus_dev_split_holds_its_ratchet() -> None:
    if not CORPUS.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"the shared follow-up corpus is missing at {CORPUS}")
        pytest.skip(f"the shared follow-up corpus is not at {CORPUS}; it is read at test time, never copied")
    digest = hashlib.sha256(CORPUS.read_bytes()).hexdigest()
    classifier = Classifier([])
    lines = [line for line in CORPUS.read_text(encoding="utf-8").splitlines()
             if line.strip() and json.loads(line).get("split") == "dev"]
    report = score((w, o, classifier.classify(o, w)) for w, o in read_jsonl(lines, "corpus"))
    got = {"precision": round(report.events.precision, 3), "recall": round(report.events.recall, 3)}
    stored = json.loads(RATCHET.read_text(encoding="utf-8")) if RATCHET.exists() else {}
    if digest not in stored:
        print(f"new corpus {digest}: dev micro {got}; store it in {RATCHET.name} to ratchet")
        return
    for name, floor in stored[digest].items():
        assert got[name] >= floor - 0.02, (name, got, stored[digest], report.errors[:20])


def test_confidence_is_calibrated_per_kind_and_basis() -> None:
    from monitor.detect.confidence import calibrate, shrunk

    assert shrunk(0, 0, 0.7) == 0.7 and shrunk(40, 40, 0.5) > 0.95  # no evidence keeps the prior; evidence moves it
    assert 0.0 < calibrate("denial", "stance", 0.85) <= 1.0
    events = detect(Doc(body="CORRECTION: An earlier version of this story misstated the date.", outlet="Bugle"))
    assert [e.basis for e in events] == ["heading"]
