CASES = [
    (
        """Hillcrest farmers still waiting on relief cash six weeks after Tobias

Kimberley Ashman/Staff Reporter

HILLCREST, St Thomas — Six weeks after Hurricane Tobias flattened banana walks and plantain fields across eastern St Thomas, dozens of small farmers in this hillside district say they have yet to receive a dollar of the $400 million in relief announced by the Government.

"We fill out the forms three times. Three times," said Delroy Pinnock, 58, who lost nearly four acres of banana and a coop housing 300 broilers. "Every time the officer come, them say the list gone to Kingston. Nobody can tell we where Kingston put it."

Pinnock, who has farmed the same land since he was a teenager, said he has borrowed from relatives to replant part of his holding but cannot afford fertiliser.

His neighbour, Marcia Lindo, said the delay was pushing younger farmers out of agriculture altogether. "My son gone to work construction in Morant Bay. Him say him not waiting on no Government," she told The Gleaner.

Agriculture Minister Everton Hylton-Brown, speaking at a post-Cabinet press briefing on Wednesday, acknowledged that payments had been slower than expected but insisted the process was "on track" and that the first cheques would be issued before the end of the month.

"We had to verify more than 11,000 applications, and we had to make sure that the money goes to genuine farmers and not to people who discovered farming the day after the hurricane," Hylton-Brown said.

He added that the Rural Agricultural Development Authority (RADA) had deployed an additional 40 extension officers to the eastern parishes.

But Opposition spokesman on agriculture Dr Neville Chambers described the minister's explanation as "a familiar excuse".

"Every hurricane season we hear the same thing about verification. The farmers in St Thomas cannot eat verification," Chambers said in a statement. "The Government needs to publish the list of beneficiaries and the timeline, parish by parish, so people know where they stand."

A senior RADA officer in the parish, who asked not to be named because he was not authorised to speak to the media, said staff had been working weekends to clear the backlog.

"The officers are doing their best, but the system is paper-based. One missing signature and the file goes back to the bottom of the pile," the officer said.

Meanwhile, the St Thomas Municipal Corporation has begun clearing farm roads in Hillcrest and neighbouring Cedar Valley. Mayor Lorna Whyte-Campbell said the corporation had received $35 million from the Ministry of Local Government for the work.

"We are prioritising the roads that lead to the farms, because if the farmers cannot get their produce out, then the replanting means nothing," she said.

Pinnock, for his part, remains sceptical. "Promise is a comfort to a fool," he said, quoting an old Jamaican proverb. "I will believe it when the cheque reach."
""",
        [
            ("We fill out the forms", "Delroy Pinnock"),
            ("Every time the officer come,", "Delroy Pinnock"),
            ("My son gone to work", "Marcia Lindo"),
            ("on track", "Everton Hylton-Brown"),
            ("We had to verify more", "Everton Hylton-Brown"),
            ("a familiar excuse", "Neville Chambers"),
            ("Every hurricane season we hear", "Neville Chambers"),
            ("The Government needs to publish", "Neville Chambers"),
            ("The officers are doing their", "senior RADA officer in the parish"),
            ("We are prioritising the roads", "Lorna Whyte-Campbell"),
            ("Promise is a comfort to", "Delroy Pinnock"),
            ("I will believe it when", "Delroy Pinnock"),
        ],
    ),
    (
        """Opposition slams resilience levy

by Renée Clarke-Hinds

Opposition Leader Carlisle Forde has accused Government of “taxing Barbadians twice for the same storm”, as debate opened in the House of Assembly yesterday on a proposed two per cent climate resilience levy on hotel room rates and commercial electricity bills.

Leading off the debate, Minister of Finance and Economic Affairs Dr Annette Bourne-Gittens said the levy was expected to raise about $48 million a year, which would be ring-fenced in a new National Resilience Fund to rebuild coastal defences, retrofit schools as hurricane shelters and bury power lines in vulnerable parishes.

“We are a small island facing a big ocean,” Bourne-Gittens told the chamber. “After what we saw in St Lucy and St Andrew last October, nobody in this House can stand up and say that business as usual is an option.”

She said the levy would not apply to residential electricity customers or to guesthouses with fewer than ten rooms.

“I want to be very clear: no householder in Barbados will pay one cent of this levy on their light bill,” she said.

But Forde said the measure would inevitably be passed on to consumers “in every single price tag” and questioned why Government had not drawn on the $120 million in catastrophe insurance payouts received after the storm.

“Where is that money? The people of St Lucy are still sleeping under tarpaulins, and now the Minister comes to ask for more,” Forde said. “This is not resilience. This is a revenue grab dressed up in a life jacket.”

In a statement issued shortly after the debate began, the Barbados Hospitality Council said it supported “the principle of resilience funding” but warned that the timing, at the start of the winter tourist season, was “unfortunate”.

“Our members have already published rates for the coming season. Absorbing an additional charge at this stage will hit small and medium-sized properties hardest,” the council said.

Government backbencher Desmond Yearwood, who represents St Lucy, said many of his constituents were still waiting for roofs to be replaced almost a year after the storm.

“I am not going to apologise for asking those who can afford it to help those who lost everything,” Yearwood said. “My constituents do not need speeches. They need galvanise and they need it now.”

Debate continues today.
""",
        [
            ("taxing Barbadians twice for the", "Carlisle Forde"),
            ("We are a small island", "Annette Bourne-Gittens"),
            ("After what we saw in", "Annette Bourne-Gittens"),
            ("I want to be very", "Annette Bourne-Gittens"),
            ("in every single price tag", "Carlisle Forde"),
            ("Where is that money?", "Carlisle Forde"),
            ("This is not resilience.", "Carlisle Forde"),
            ("the principle of resilience funding", "Barbados Hospitality Council"),
            ("unfortunate", "Barbados Hospitality Council"),
            ("Our members have already published", "Barbados Hospitality Council"),
            ("I am not going to", "Desmond Yearwood"),
            ("My constituents do not need", "Desmond Yearwood"),
        ],
    ),
    (
        """Barrackpore residents block road over flooding

KEVON BALDEO

ANGRY residents of Ramjattan Trace, Barrackpore, blocked the road with burning debris and old appliances yesterday morning, saying they had been left to "fend for themselves" four days after Tropical Storm Oriel dumped more than 150 millimetres of rain on south Trinidad.

Police were called to the scene around 6.30 a.m. and the road was reopened shortly after 9 a.m., after the councillor for the area, Anil Maharaj-Baptiste, met with the protesters.

Resident Shirley Ramkissoon, 63, said floodwaters had entered her home for the third time this year. "Everything gone. The fridge, the beds, my grandchildren school books. We calling the corporation since Saturday and nobody come," she said, standing in ankle-deep mud in her living room.

Another resident, who gave his name only as Ricky, said the drains along the trace had not been cleaned "in years".

"When it rain, all the water from the new housing development up the hill coming straight down here. Is not a natural disaster, is a man-made disaster," he said.

Maharaj-Baptiste told the Express the South Oropouche Regional Corporation had been starved of funds.

"I have been writing the ministry since February for the money to desilt these watercourses. I have the letters to prove it," he said. "The corporation has two excavators for the entire region, and one of them is down."

Contacted yesterday, Minister of Rural Development and Local Government Sherwin Gopaul-Alexander said he was not aware of any outstanding request from the corporation.

He said $12 million had been allocated to regional corporations for emergency drain clearing ahead of the rainy season and that each corporation had "a duty to account" for its share.

In a statement yesterday, the National Disaster Response Agency (NDRA) said it had distributed more than 2,000 hampers, mattresses and cleaning kits across south and central Trinidad since the storm. The agency said it was aware of the situation in Barrackpore and had dispatched a team to the area.

"Persons who have been affected by flooding are asked to contact the disaster management unit of their regional corporation, which will conduct assessments and forward them to the agency," the statement said.

Barrackpore West MP Vashti Ramnarine-Cox, who visited the area in the afternoon, put it bluntly: "This community has been flooded four times in 14 months. At what point does the Government admit that what it is doing is not working?"

She said she intended to raise the matter in Parliament when the House sits on Friday.
""",
        [
            ("fend for themselves", "residents"),
            ("Everything gone. The fridge,", "Shirley Ramkissoon"),
            ("in years", "Ricky"),
            ("When it rain, all the", "Ricky"),
            ("I have been writing the", "Anil Maharaj-Baptiste"),
            ("The corporation has two excavators", "Anil Maharaj-Baptiste"),
            ("a duty to account", "Sherwin Gopaul-Alexander"),
            ("Persons who have been affected", "National Disaster Response Agency"),
            ("This community has been flooded", "Vashti Ramnarine-Cox"),
        ],
    ),
    (
        """Hundreds still in tents as PM promises modular homes for Abaco

By TAMIKA FERGUSON
Tribune Staff Reporter

PRIME Minister Dr Cedric Munnings yesterday pledged that the first 150 modular homes for hurricane-displaced families in Abaco would be in place "before the next storm season", as residents of the hardest-hit communities said they were losing patience.

Speaking at a press conference at the Office of the Prime Minister, Dr Munnings said contracts had been signed with two Bahamian firms and a Canadian supplier, and that site preparation had already begun in Cooper's Bight and Sandy Creek.

"I know that people are tired. I know that families have been living in tents and in the shells of their homes for far too long, and I will not pretend otherwise," he said.

"But I also know that if we had rushed this, if we had put up the cheapest structures we could find, we would be back here after the next hurricane doing it all over again. These homes are rated for Category Five winds, and they are being built to last.

"The Bahamian people deserve nothing less."

The Prime Minister said each home would cost about $68,000 and that the programme would be funded through a combination of a regional development bank loan and private donations.

Opposition Leader Kendrick Saunders said the announcement was "too little and far too late".

"This is the third time this administration has announced houses for Abaco. The people of Cooper's Bight have seen three press conferences and zero houses," Mr Saunders said in a statement.

In Cooper's Bight, where some 200 people are still living in tents provided by international relief agencies, residents greeted the news with scepticism.

"We hear plenty talk," said Eunice McIntosh, a 71-year-old retired schoolteacher who shares a tent with her daughter and two grandsons. "When the rain come at night, we have to hold up the tent with a broom so it don't cave in. I will believe them homes when I sleep in one."

Chief councillor for the district, Percival Rolle, said the community was grateful for the commitment but wanted local workers to be hired for the construction.

"Our young men here know construction. They built half of Marsh Harbour. Give them the work," he told The Tribune.

An official at the Ministry of Housing, speaking on condition of anonymity, said the ministry was still finalising a list of eligible families and that "some tough decisions" would have to be made about households that had already received insurance payouts.
""",
        [
            ("before the next storm season", "Cedric Munnings"),
            ("I know that people are", "Cedric Munnings"),
            ("But I also know that", "Cedric Munnings"),
            ("The Bahamian people deserve nothing", "Cedric Munnings"),
            ("too little and far too", "Kendrick Saunders"),
            ("This is the third time", "Kendrick Saunders"),
            ("We hear plenty talk,", "Eunice McIntosh"),
            ("When the rain come at", "Eunice McIntosh"),
            ("Our young men here know", "Percival Rolle"),
            ("some tough decisions", "official at the Ministry of Housing"),
        ],
    ),
    (
        """Watchdog probes $1.8b hurricane clean-up contracts

BY DEVON REID
Senior staff reporter

THE Office of the Public Procurement Monitor (OPPM) has launched an investigation into $1.8 billion in debris-removal contracts awarded in St Elizabeth and Westmoreland in the weeks after Hurricane Tobias, the Jamaica Observer has learnt.

In a letter dated November 4 and seen by the Observer, Procurement Monitor Andrea Lewin-Gayle informed the permanent secretary in the Ministry of Local Government that her office had received "several complaints" regarding the award of emergency contracts without competitive tender.

"The Office is particularly concerned that a significant proportion of the contracts appear to have been awarded to entities registered after the hurricane made landfall," the letter said.

According to documents obtained by the Observer, at least 14 of the 37 contractors engaged by the two municipal corporations were incorporated between August 20 and September 15.

One of the largest contracts, valued at $212 million, went to Westline Haulage and Equipment Limited, a company incorporated on August 28.

Westline Haulage, in a response to questions from the Observer, said it had "nothing to hide".

"Westline was established specifically to respond to the national emergency, with equipment and personnel drawn from our directors' existing businesses. All work was certified by the corporation's engineers before a single dollar was paid," the company said.

Local Government Minister Howard Spence-Thompson told reporters at Gordon House on Tuesday that he welcomed the probe.

"I have nothing to fear from any investigation. In fact, I invite it," Spence-Thompson said. "When a hurricane hits and there are trees across every road in St Elizabeth, you do not have the luxury of a six-week tender process. People needed to get to hospital."

But Opposition spokesman on local government Mikael Barnes said the minister's defence did not hold up.

"Emergency procurement is not a licence to hand out money to friends," Barnes said. "The rules allow for speed. They do not allow for secrecy."

A senior official in one of the municipal corporations, who spoke to the Observer on condition of anonymity, said councillors had been "leaning on" technical staff to approve invoices quickly.

"Nobody put a gun to anybody head, but the message was clear — sign it and move on," the official said.

The OPPM declined to comment further, saying the investigation was ongoing.
""",
        [
            ("several complaints", "Andrea Lewin-Gayle"),
            ("The Office is particularly concerned", "Andrea Lewin-Gayle"),
            ("nothing to hide", "Westline Haulage and Equipment Limited"),
            ("Westline was established specifically to", "Westline Haulage and Equipment Limited"),
            ("I have nothing to fear", "Howard Spence-Thompson"),
            ("When a hurricane hits and", "Howard Spence-Thompson"),
            ("Emergency procurement is not a", "Mikael Barnes"),
            ("The rules allow for speed.", "Mikael Barnes"),
            ("leaning on", "senior official in one of the municipal corporations"),
            ("Nobody put a gun to", "senior official in one of the municipal corporations"),
        ],
    ),
    (
        """Chief Secretary: 'Tobago will not be forgotten'

JANELLE DE FREITAS

TOBAGO House of Assembly (THA) Chief Secretary Marlon Dillon-Yorke has promised fisherfolk in eastern Tobago that they will be compensated for boats and engines lost when Tropical Storm Oriel destroyed the fishing facility at Merchant's Bay last week.

Speaking at a community meeting at the Merchant's Bay Multipurpose Facility on Saturday night, Dillon-Yorke said the THA had set aside $6.5 million for an emergency fisheries support programme, with the first payments expected within three weeks.

"I have said it before and I will say it again: Tobago will not be forgotten, and the fisherfolk of the east will not be forgotten," Dillon-Yorke told the gathering of about 150 people. "You fed this island through covid. Now it is our turn to stand with you."

He said officers from the assembly's Division of Food Security and Natural Resources would begin assessments on Monday.

The storm surge destroyed the Merchant's Bay jetty and damaged or sank at least 23 pirogues.

President of the Merchant's Bay Fisherfolk Association Clyde Thomas, known in the village as "Bones", said many members had been without income for almost a month.

"A pirogue is not a luxury. It is a man's whole livelihood," Thomas said. "Some of these fellas have children writing CSEC next year and they don't know how they going to pay for lessons."

He welcomed the commitment but said fishermen had "heard promises before".

In a voice note circulated to the media on Sunday, Minority Leader Wendell Jack said the $6.5 million was "a drop in the bucket".

"The damage assessment done by the assembly's own engineers put losses in the fisheries sector at over $20 million. So what happens to the other $14 million?" Jack asked.

The THA's Division of Infrastructure and Public Utilities said in a release that a contractor would begin removing debris from the Merchant's Bay beach this week, and that work on a replacement jetty "will commence as soon as funding is identified".

At the back of the hall, one fisherman, who did not want to be named, was less optimistic: "Is three weeks they say. Watch and see if is three months."
""",
        [
            ("Tobago will not be forgotten", "Marlon Dillon-Yorke"),
            ("I have said it before", "Marlon Dillon-Yorke"),
            ("You fed this island through", "Marlon Dillon-Yorke"),
            ("A pirogue is not a", "Clyde Thomas"),
            ("Some of these fellas have", "Clyde Thomas"),
            ("heard promises before", "Clyde Thomas"),
            ("a drop in the bucket", "Wendell Jack"),
            ("The damage assessment done by", "Wendell Jack"),
            ("will commence as soon as", "Division of Infrastructure and Public Utilities"),
            ("Is three weeks they say.", "fisherman"),
        ],
    ),
    (
        """Leaders push for ‘hurricane clauses’ in loan deals

BY TRACEY-ANN WORRELL

Caribbean heads of government meeting in Bridgetown yesterday called on international lenders to write so-called hurricane clauses into all new loan agreements, allowing small island states to suspend debt payments for up to two years after a major storm.

The call came in a communiqué issued at the close of a two-day special session of the Organisation of Caribbean Island States (OCIS), held at the Garrison Conference Centre.

“The region cannot continue to borrow to rebuild, only to be forced to borrow again to service the debt on what was destroyed,” the communiqué said.

Host and chairman of the session, Prime Minister Jonathan Greaves-Holder, told reporters at the closing press conference that the proposal was “not a request for charity”.

“We are asking for contracts that reflect reality. A lender in London or Washington builds the risk of a hurricane into the interest rate it charges us. All we are saying is: build it into the repayment terms as well,” Greaves-Holder said.

Trinidad and Tobago’s Finance Minister Nigel Balgobin struck a more cautious note, saying the clauses could make borrowing more expensive for some countries.

“There is no free lunch in the capital markets. If you ask the lender to carry more risk, the lender will want to be paid for it,” he said. “That is a conversation we have to have with our eyes open.”

Dr Marguerite Lashley, president of the Antilles Development Bank, said the bank had already included such clauses in 11 loans since 2021 and that “the sky has not fallen”.

“Our experience is that the clauses cost very little to include and they buy governments critical breathing space at the moment they need it most,” Lashley said.

Not everyone was convinced that the summit would change much. A senior diplomat from one of the Eastern Caribbean delegations, who asked not to be identified, described the communiqué as “a good document that will sit in a good drawer”.

“Everybody agrees in Bridgetown. The question is whether anybody in the boardrooms is listening,” the diplomat said.

Leaders are expected to take the proposal to the annual meetings of the international financial institutions in Washington next month.
""",
        [
            ("The region cannot continue to", "Organisation of Caribbean Island States"),
            ("not a request for charity", "Jonathan Greaves-Holder"),
            ("We are asking for contracts", "Jonathan Greaves-Holder"),
            ("There is no free lunch", "Nigel Balgobin"),
            ("That is a conversation we", "Nigel Balgobin"),
            ("the sky has not fallen", "Marguerite Lashley"),
            ("Our experience is that the", "Marguerite Lashley"),
            ("a good document that will", "senior diplomat from one of the Eastern Caribbean delegations"),
            ("Everybody agrees in Bridgetown.", "senior diplomat from one of the Eastern Caribbean delegations"),
        ],
    ),
    (
        """Freeport residents fume as power outages drag on

DIONNE KNOWLES
Guardian Staff Reporter

FREEPORT, Grand Bahama — More than two weeks after Hurricane Tobias brushed past Grand Bahama, about 4,000 customers in east Freeport and the eastern settlements remained without electricity yesterday, and residents and business owners say their patience has run out.

"We are cooking on a coal pot like it is 1950," said Lavern Bethel, who runs a small grocery in Seagrape Estates. "I lost two freezers of stock. Who is going to pay me for that? Not the power company."

The Northern Bahamas Electric Company (NBEC) said in a statement that crews had restored power to 87 percent of customers and that the remaining outages were concentrated in areas where damage to poles and transmission lines required what it called "a complete rebuild from the ground up".

"We understand the frustration of our customers and we thank them for their patience. Our crews, supported by linemen from Florida and the Turks and Caicos Islands, are working 16-hour shifts," the company said.

A spokeswoman for the company, reached by The Nassau Guardian, said NBEC expected to restore power to "the vast majority" of remaining customers by the end of next week, but could not give a date for the East End settlements.

"East End is a different story. In some places we are literally setting new poles in solid rock," she said.

Minister for Grand Bahama Philip Cartwright-Pinder told reporters on Monday that he had met with the company's executives and "made it very clear" that the pace of restoration was unacceptable.

"The Government is not the power company, but the Government is not going to stand by while people in East End sit in the dark," he said.

East Grand Bahama MP Shantell Russell, whose constituency includes the settlements still without power, said residents were "being treated like second-class citizens".

"If this was Cable Beach, if this was Lyford Cay, the lights would have been on in three days," Russell said.

She called on the government to review the company's franchise agreement when Parliament resumes.

Back in Seagrape Estates, Bethel said she had started selling ice from a generator-powered freezer borrowed from her brother.

"You have to make do," she said. "That's the Grand Bahama way. But making do is getting old."
""",
        [
            ("We are cooking on a", "Lavern Bethel"),
            ("I lost two freezers of", "Lavern Bethel"),
            ("a complete rebuild from the", "Northern Bahamas Electric Company"),
            ("We understand the frustration of", "Northern Bahamas Electric Company"),
            ("the vast majority", "spokeswoman"),
            ("East End is a different", "spokeswoman"),
            ("made it very clear", "Philip Cartwright-Pinder"),
            ("The Government is not the", "Philip Cartwright-Pinder"),
            ("being treated like second-class citizens", "Shantell Russell"),
            ("If this was Cable Beach,", "Shantell Russell"),
            ("You have to make do,", "Lavern Bethel"),
            ("That's the Grand Bahama way.", "Lavern Bethel"),
        ],
    ),
]
