CASES = [
    (
        """Nukuvala finance minister says climate fund cash 'stuck in paperwork'

Koro Tavita, RNZ Pacific Journalist

Nukuvala's finance minister says the small island nation has waited nearly three years for money it was promised from a multilateral climate fund, and much of it remains "stuck in paperwork".

Speaking to RNZ Pacific from the capital, Aleipata, Semisi Lauvao said the country was approved for a US$14 million coastal protection grant in 2021 but has so far received less than a quarter of it.

"We have done everything that was asked of us. We hired the consultants, we wrote the safeguards reports, and we rewrote them when they asked again," he said.

"Meanwhile the sea is coming into the taro pits in Fagatele and the seawall at the hospital is cracking. The water doesn't wait for a board meeting."

Mr Lauvao said small administrations like Nukuvala's were expected to meet the same reporting standards as much larger countries.

"We have a climate unit of four people. Four. They are writing documents for Washington and Seoul and Bonn when they should be out in the villages."

The Green Resilience Facility, which administers the grant, said in a statement that payments were tied to "agreed project milestones" and that it was working closely with the Nukuvala government.

"The Facility recognises the capacity constraints faced by small island developing states and has recently simplified its accreditation procedures," the statement said.

Dr Mereani Vuetasau, a climate finance researcher at the University of the Central Pacific, said Nukuvala's experience was "not unusual at all".

"Across the region we are seeing approval numbers go up, which donors like to announce, but the actual money arriving on the ground lags by years," she said.

She said Pacific governments had been pushing for direct access through their own national institutions rather than through international agencies acting as middlemen.

"Direct access is not a favour. It is the only way the smallest countries will get finance in time to make a difference."

The issue is expected to be raised when regional leaders meet in Port Malo next month.

Mr Lauvao said he would be taking a "very simple message" to the meeting: "Promises are not seawalls."

He said Nukuvala would also ask development partners to fund permanent climate finance positions inside small island ministries, rather than paying for short-term advisers who leave when a project ends.""",
        [
            ("stuck in paperwork", "Semisi Lauvao"),
            ("stuck in paperwork", "Semisi Lauvao"),
            ("We have done everything that", "Semisi Lauvao"),
            ("Meanwhile the sea is coming", "Semisi Lauvao"),
            ("We have a climate unit", "Semisi Lauvao"),
            ("agreed project milestones", "Green Resilience Facility"),
            ("The Facility recognises the capacity", "Green Resilience Facility"),
            ("not unusual at all", "Mereani Vuetasau"),
            ("Across the region we are", "Mereani Vuetasau"),
            ("Direct access is not a", "Mereani Vuetasau"),
            ("very simple message", "Semisi Lauvao"),
            ("Promises are not seawalls.", "Semisi Lauvao"),
        ],
    ),
    (
        """Pacific nations push tuna fleets to pay more as warming seas move fish

PORT MALO, Sefanua (AFP) - Pacific island nations will press foreign fishing fleets this week to pay more for access to some of the world's richest tuna grounds, officials said Monday, as warming seas push stocks into waters that few of the countries control.

Fisheries ministers from 11 island states are gathering in the Sefanuan capital for talks that delegates say could reshape the "vessel day" scheme, under which boats buy the right to fish in national waters for a set fee per day.

"The fish are moving and our economies are moving with them, whether we like it or not," Tevita Haloa, director-general of the Oceania Fisheries Secretariat, told AFP.

Scientific modelling commissioned by the secretariat suggests that as ocean temperatures rise, skipjack and yellowfin tuna will increasingly shift eastward, out of national exclusive economic zones and into the high seas, where regulation is weaker.

"If the tuna leave our zones, the licence revenue leaves with them. For some of our members that is 40 or 50 percent of government income," Haloa said.

Fleets from Asia, Europe and the United States fish the region, which supplies around half of the world's canned tuna.

The Distant Water Tuna Operators Association, which represents several of the largest fleets, said in a statement that it "supports sustainable management" of the fishery but warned that sharp fee rises could make some fishing trips "commercially unviable".

"Our members already pay among the highest access fees anywhere in the world, and they have invested heavily in observer coverage and monitoring," the association said.

A senior delegate from one of the smaller atoll nations, who asked not to be named because negotiations were ongoing, said the island bloc was "more united than the fleets think".

"They have been dividing us for 30 years, one bilateral deal at a time. That era is finished," the delegate said.

Environmental groups are urging ministers to go further and push for tougher rules on the high seas, where enforcement relies largely on the flag states of the vessels themselves.

"We are talking about a resource that is literally swimming out of reach of the people who depend on it," said Lisiate Manu, an oceans campaigner with Blue Pacific Watch.

"Nobody in Port Malo should pretend this is just a negotiation about price. It is about whether these countries have an economy in 30 years."

The talks are due to end Friday, with a joint communique expected.

lm/ds""",
        [
            ("The fish are moving and", "Tevita Haloa"),
            ("If the tuna leave our", "Tevita Haloa"),
            ("supports sustainable management", "Distant Water Tuna Operators Association"),
            ("commercially unviable", "Distant Water Tuna Operators Association"),
            ("Our members already pay among", "Distant Water Tuna Operators Association"),
            ("more united than the fleets", "senior delegate from one of the smaller atoll nations"),
            ("They have been dividing us", "senior delegate from one of the smaller atoll nations"),
            ("We are talking about a", "Lisiate Manu"),
            ("Nobody in Port Malo should", "Lisiate Manu"),
        ],
    ),
    (
        """‘We can’t adapt our way out of this’: Pacific leaders cool on Australia’s $500m climate package

Harriet Lim Pacific editor

Pacific leaders have given a lukewarm welcome to a $500m climate finance package announced by the Australian government, warning that money for seawalls and drought-resistant crops will count for little while Canberra continues to approve new coal and gas projects.

The minister for the Pacific, Daniel Harcourt, unveiled the five-year package in Port Malo on Tuesday, describing it as “the largest single investment in Pacific climate resilience in Australia’s history”.

“This is about listening to what our Pacific family has been telling us and backing it with real dollars,” Harcourt said. “It is grant money, not loans, and it will be delivered in partnership with Pacific governments.”

But the prime minister of Sefanua, Iosefa Taumalolo, said adaptation funding could not be separated from the question of emissions.

“We welcome every dollar. I want to be clear about that,” Taumalolo told Guardian Australia. “But we can’t adapt our way out of this. You cannot build a seawall high enough for three degrees of warming.”

He said Australia’s continued approval of fossil fuel projects sat “very uncomfortably” alongside its push to co-host a future UN climate summit with Pacific nations.

A spokesperson for Harcourt said the government’s domestic energy policies were “a matter for the Australian people” and that Australia was “on track” to meet its 2030 emissions target.

Dr Ana Folau, a senior fellow at the Tasman Policy Institute, said the package was significant but would be closely scrutinised.

“Five hundred million over five years is real money for small island budgets,” she said. “But Pacific governments have become very sophisticated at reading these announcements. They will be asking how much of it is new, how much is rebadged from the existing aid program, and how quickly it can actually be spent.”

Folau said the region’s leaders had been consistent about their priorities.

“They have said for a decade, in every forum available to them, that the number one threat to their security is climate change. Not geopolitics, not anyone else. Climate change.”

In Tafuna village on Sefanua’s north coast, where king tides now regularly flood the church grounds, the village chief, Fa’atonu Lemalu, said he had heard many announcements over the years.

“Every year someone comes and measures the water and takes photographs,” he said. “We are still waiting for the wall.”

Harcourt is due to travel on to Nukuvala and Kiriwai later this week, where he is expected to announce further funding for cyclone early warning systems.""",
        [
            ("We can’t adapt our way", "Iosefa Taumalolo"),
            ("the largest single investment in", "Daniel Harcourt"),
            ("This is about listening to", "Daniel Harcourt"),
            ("It is grant money, not", "Daniel Harcourt"),
            ("We welcome every dollar.", "Iosefa Taumalolo"),
            ("But we can’t adapt our", "Iosefa Taumalolo"),
            ("very uncomfortably", "Iosefa Taumalolo"),
            ("a matter for the Australian", "spokesperson"),
            ("on track", "spokesperson"),
            ("Five hundred million over five", "Ana Folau"),
            ("But Pacific governments have become", "Ana Folau"),
            ("They have said for a", "Ana Folau"),
            ("Every year someone comes and", "Fa’atonu Lemalu"),
            ("We are still waiting for", "Fa’atonu Lemalu"),
        ],
    ),
    (
        """Maraveti patrol boat seizes foreign longliner suspected of illegal fishing

By Pacific affairs reporter Liam Okoro

A foreign-flagged longliner has been detained by maritime police in the Maraveti Islands after it was allegedly caught fishing without a licence inside the country's exclusive economic zone.

The vessel, the Hai Feng 27, was boarded late on Saturday about 40 nautical miles north of Tenaru Atoll, according to the Ministry of Fisheries and Marine Resources.

According to the ministry, the crew "made no attempt to contact authorities" before entering Maraveti waters and had switched off the vessel's tracking system for more than two days.

Fisheries Minister Joseph Rikana said more than two tonnes of tuna and shark fin had been found on board.

"This is exactly the kind of activity that robs our people of their food and their income," Mr Rikana told the ABC.

"We are a small country with a very big ocean, and people think nobody is watching. Well, somebody was watching."

The longliner was first spotted by a surveillance aircraft flying under a regional aerial patrol program funded by Australia and New Zealand, before the patrol boat Tenaru Star was sent to intercept it.

A police officer involved in the boarding, who spoke on condition of anonymity because he was not authorised to speak to the media, said the crew of 18 had been "cooperative but surprised".

"They told us they thought they were in international waters. Their own GPS said otherwise," he said.

In a brief statement issued through its local agent, the Hai Feng Ocean Fishing Company said the vessel had experienced "navigational difficulties" and that it would "cooperate fully with the Maraveti authorities".

"The company has always respected the laws of Pacific island countries and takes these allegations seriously," the company said.

Pauline Aruhu, a maritime security analyst at the Coral Sea Strategic Centre, said detections were rising because surveillance had improved, not necessarily because illegal fishing was increasing.

"Ten years ago that boat would have been in and out and nobody would have known," she said.

But she cautioned that prosecutions remained a heavy burden for small states.

"Catching the vessel is the easy part. Then you have to hold the crew, feed them, find interpreters and run a court case that might go on for months," Ms Aruhu said.

"For a country with a handful of prosecutors, that's a huge ask."

The case is expected to go before the Kolomai Magistrates Court later this week.""",
        [
            ("made no attempt to contact", "Ministry of Fisheries and Marine Resources"),
            ("This is exactly the kind", "Joseph Rikana"),
            ("We are a small country", "Joseph Rikana"),
            ("cooperative but surprised", "police officer involved in the boarding"),
            ("They told us they thought", "police officer involved in the boarding"),
            ("navigational difficulties", "Hai Feng Ocean Fishing Company"),
            ("cooperate fully with the Maraveti", "Hai Feng Ocean Fishing Company"),
            ("The company has always respected", "Hai Feng Ocean Fishing Company"),
            ("Ten years ago that boat", "Pauline Aruhu"),
            ("Catching the vessel is the", "Pauline Aruhu"),
            ("For a country with a", "Pauline Aruhu"),
        ],
    ),
    (
        """Kiwi aid to help Tolava fishers go solar as fuel costs bite

By Rachel Whitmore

Fishing communities in Tolava will get solar-powered ice machines and electric outboard motors under a $12 million New Zealand aid package announced yesterday, as soaring diesel prices force many small-scale fishers off the water.

Associate Foreign Affairs Minister Grant Pettigrew announced the funding at the fish market in the Tolavan capital, Vaiola, where he said he had met fishers spending half of what they earned from each catch on fuel.

"That's not a business, that's a treadmill," Pettigrew said.

"What we're funding here is practical. It's ice so the catch doesn't spoil before it gets to market, it's motors that don't need diesel, and it's training so the maintenance is done locally, not by someone flown in from Auckland.

"And frankly, it's climate finance that people can actually see and touch."

Tolava's Minister for Fisheries, Viliami Fonua, put it more bluntly: "Our fishermen were going broke. Now they have a chance."

The programme will be run through the Tolava Fishers' Cooperative Society, which has about 600 members across the main island and the outer Ha'avai group.

The cooperative's chairwoman, Losana Kaufana, said members had been asking for help for years. She said the cooperative had lost "more than half" of its active boats since 2022, with many younger fishers leaving for seasonal work in New Zealand and Australia.

"When the young ones go, the knowledge goes with them. My father taught me where the fish are. Who is going to teach my grandson if there's nobody here?"

The Opposition's foreign affairs spokeswoman, Hana Te Rangi, said the announcement was "welcome but small" and accused the Government of quietly trimming New Zealand's overall climate finance budget.

"You can't cut the envelope by tens of millions and then hold a press conference for twelve," Te Rangi said.

A spokesman for Pettigrew said New Zealand's four-year climate finance commitment "remains on track" and that more than half of it would be spent in the Pacific.

The first ice machines are expected to be installed in Vaiola and two outer-island villages by March, with the electric motors to follow later in the year once local mechanics have been trained.""",
        [
            ("That's not a business, that's", "Grant Pettigrew"),
            ("What we're funding here is", "Grant Pettigrew"),
            ("And frankly, it's climate finance", "Grant Pettigrew"),
            ("Our fishermen were going broke.", "Viliami Fonua"),
            ("more than half", "Losana Kaufana"),
            ("When the young ones go,", "Losana Kaufana"),
            ("welcome but small", "Hana Te Rangi"),
            ("You can't cut the envelope", "Hana Te Rangi"),
            ("remains on track", "spokesman"),
        ],
    ),
    (
        """Loss and damage fund must reach villages: church leader

By SALOTE NAIVALU

PACIFIC church leaders have called for the new global loss and damage fund to deliver money directly to communities hit by cyclones and rising seas, rather than routing it through national treasuries.

Speaking at the opening of a three-day regional consultation in Savaira yesterday, Pacific Council of Churches general secretary Reverend Tomasi Kaloumaira said communities should not have to wait while governments "negotiate their grief".

"When a cyclone takes your house, your garden and your church in one night, you do not need a feasibility study. You need help that same week," said Rev Kaloumaira.

He said the Council's new report, "Tides of Loss: Voices from the Frontline", documented the experiences of 40 villages in six countries.

"We have heard mothers tell us that they moved their children's graves because the sea was taking them," he said.

"How do you put a number on that? How does a fund in Geneva measure that?"

In a statement released ahead of the meeting, the Council said the fund's early design "risks repeating the failures" of earlier climate finance mechanisms, which it said had favoured large projects run by consultants.

The consultation, part of the Council's "Our Ocean, Our Home" campaign, has brought together about 120 church workers, community leaders and government officials.

Permanent Secretary for Climate Change Dr Akanisi Rokotuiwai told reporters the Government supported community access but there had to be accountability.

"Nobody is against money going straight to communities," Dr Rokotuiwai said.

"But we also have an obligation to make sure funds are used well and that we can report back to the people who give them."

She said the ministry was developing a system that would allow village councils to apply directly for small grants, which she expected to be "up and running before the next cyclone season".

A youth delegate from Vanuakula Island, 22-year-old Mere Tabualevu, said young people were tired of waiting.

"We were born into this crisis. We did not make it," Ms Tabualevu said.

"All we are asking is that the people who did make it pay their share, and that the money actually arrives."

The consultation ends on Friday with a declaration that will be presented to regional leaders at their annual meeting.""",
        [
            ("negotiate their grief", "Tomasi Kaloumaira"),
            ("When a cyclone takes your", "Tomasi Kaloumaira"),
            ("We have heard mothers tell", "Tomasi Kaloumaira"),
            ("How do you put a", "Tomasi Kaloumaira"),
            ("risks repeating the failures", "Pacific Council of Churches"),
            ("Nobody is against money going", "Akanisi Rokotuiwai"),
            ("But we also have an", "Akanisi Rokotuiwai"),
            ("up and running before the", "Akanisi Rokotuiwai"),
            ("We were born into this", "Mere Tabualevu"),
            ("All we are asking is", "Mere Tabualevu"),
        ],
    ),
    (
        """Jobs at risk as tuna cannery weighs Pacific exit

Tom Brannigan
(Australian Associated Press)

An Australian-owned tuna cannery employing more than 900 people in the Maraveti Islands says it may close within a year, blaming dwindling local catches, soaring power costs and the loss of tariff-free access to a key export market.

Southern Seas Seafoods, which has operated the plant in the port town of Lauru since 1998, told the ASX on Wednesday it had begun a strategic review of the business.

"The board has concluded that the Lauru operation cannot continue in its current form without significant changes to its cost base," the company said.

Southern Seas chief executive Mark Delaney said the decision had not been taken lightly.

"We have been in Lauru for 26 years. Many of our staff are second-generation employees," Mr Delaney told AAP.

"But the reality is that the fish we used to land within a day's steam of the plant are now being caught hundreds of miles to the east, and our fuel and electricity bills have almost doubled."

The company said it was in talks with the Maraveti government over power subsidies and fishing access but declined to give details.

Maraveti Prime Minister Walter Tebasi said his government would "do everything possible" to keep the plant open, describing it as the country's largest private employer.

"Nine hundred jobs in Lauru is like ninety thousand jobs in Sydney. This is not a small thing for us," he told reporters in the capital, Kolomai.

A government official familiar with the talks said the company had asked for a "very substantial cut" in electricity tariffs, which the state-owned power utility "simply cannot afford" without donor support.

Most of the plant's workers are women, many of them from villages along the Lauru coast.

"Most of these workers are the only wage earner in their family," said Esther Ramoli, general secretary of the Maraveti Food and Allied Workers Union.

"If this plant closes, you will see children pulled out of school within weeks."

The Australian High Commission in Kolomai said it was "monitoring the situation closely" and remained in contact with both the company and the Maraveti government.

Southern Seas shares closed down 7.4 per cent at 38 cents.

AAP""",
        [
            ("The board has concluded that", "Southern Seas Seafoods"),
            ("We have been in Lauru", "Mark Delaney"),
            ("But the reality is that", "Mark Delaney"),
            ("do everything possible", "Walter Tebasi"),
            ("Nine hundred jobs in Lauru", "Walter Tebasi"),
            ("very substantial cut", "government official familiar with the talks"),
            ("simply cannot afford", "government official familiar with the talks"),
            ("Most of these workers are", "Esther Ramoli"),
            ("If this plant closes, you", "Esther Ramoli"),
            ("monitoring the situation closely", "Australian High Commission"),
        ],
    ),
    (
        """Atoll nation signs Pacific’s first ‘debt-for-nature’ swap to fund marine reserve

By Jessica Tran

Kiriwai has become the first Pacific atoll nation to sign a debt-for-nature swap, converting about $US40 million of its external debt into funding for a marine reserve covering almost a third of its waters.

Under the deal, brokered by the US-based conservation group Ocean Trust Partners, Kiriwai’s debt will be refinanced at a lower interest rate, with the savings channelled into an endowment for fisheries management and coastal protection.

Speaking at the signing ceremony in the capital, Bwainata, President Taneti Ioane called the agreement “a new kind of sovereignty” for a country whose total land area is smaller than many Sydney suburbs.

“For too long small countries like ours have been told that we are poor,” he said. “We are not poor. We own one of the richest oceans on Earth. What we have lacked is the tools to turn that ocean into security for our children.”

According to Ocean Trust Partners, the endowment is “structured to survive changes of government” and will be overseen by a board with a majority of Kiriwai members.

The group’s Pacific director, Sarah Whitlock, said the protected area would be policed using satellite monitoring and a new fleet of community ranger boats.

“This isn’t a paper park,” Whitlock said. “There is money locked in for rangers, for boats, for surveillance, for decades.”

Not everyone is convinced. Bauro Teititi, a former secretary of Kiriwai’s finance ministry, said he worried the deal handed too much influence to foreign organisations.

“When I was in the ministry, we learnt very quickly that whoever holds the purse also holds the pen,” Teititi said. “I hope our government has read the fine print.”

Local fishers, some of whom will lose access to traditional grounds inside the reserve’s no-take zone, were divided. One fisherman at the Bwainata lagoon market, who gave only his first name, Tekoa, said he had not been consulted.

“They had meetings in the hotel. Nobody came to the lagoon,” he said.

The Kiriwai Department of Fisheries said in a statement that “extensive consultations” had been held on every inhabited island and that traditional fishing within three nautical miles of shore would not be affected.

Dr Priya Raman, a development economist at the Lindsay Centre for Development Policy, said debt swaps were “no silver bullet” but could give small states breathing room.

“Kiriwai’s debt is manageable by global standards, but for a country this size every dollar of interest is a dollar not spent on a seawall or a clinic,” she said.

The deal still requires approval from Kiriwai’s parliament, which is expected to vote on it next month.""",
        [
            ("a new kind of sovereignty", "Taneti Ioane"),
            ("For too long small countries", "Taneti Ioane"),
            ("We are not poor.", "Taneti Ioane"),
            ("structured to survive changes of", "Ocean Trust Partners"),
            ("This isn’t a paper park,", "Sarah Whitlock"),
            ("There is money locked in", "Sarah Whitlock"),
            ("When I was in the", "Bauro Teititi"),
            ("I hope our government has", "Bauro Teititi"),
            ("They had meetings in the", "Tekoa"),
            ("extensive consultations", "Kiriwai Department of Fisheries"),
            ("no silver bullet", "Priya Raman"),
            ("Kiriwai’s debt is manageable by", "Priya Raman"),
        ],
    ),
]
