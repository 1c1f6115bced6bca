CASES = [
    (
        """Cedar Gap farmers still waiting on hurricane grants

Kereen Whyte/Staff Reporter

Six months after Hurricane Delphine flattened crops and tore roofs from homes across southern St Elizabeth, farmers in Cedar Gap say they have received little more than promises from the State.

"We plant back the scallion and the thyme with our own money, because we couldn't wait," said Everton Grizzle, a 54-year-old vegetable farmer who lost nearly four acres to the storm. "Nobody from the ministry come back since the day they take down our names."

Grizzle is one of an estimated 2,300 farmers in the parish who applied for the Government's $1.2-billion agricultural recovery grant, announced in the weeks after the Category Four system made landfall in October.

Up to last Friday, fewer than 800 had been paid, according to figures provided by the Southern Agricultural Development Agency (SADA), which is administering the programme.

SADA's parish manager, Lorraine Bent-Campbell, told The Gleaner that verification had been slowed by incomplete records.

"A lot of the farmers were not on the registry before the hurricane, so we have to go out and physically verify the acreage," she said. "We are not going to pay out public money without doing that, but I understand the frustration."

She said a second tranche of payments would be made "before the end of the month", and that extension officers had been reassigned from St Catherine and Manchester to clear the backlog.

The Opposition's spokesman on agriculture, Dwight Samuels-Reid, accused the Government of "playing politics with people's livelihoods".

"When it was time for the photo op, the ministers were here in their water boots," Samuels-Reid told a press briefing in Black River on Monday. "Now that the cameras are gone, the farmers are on their own."

He said he would table questions in Parliament next week on how many applicants had been rejected and why.

In a statement yesterday, the Ministry of Agriculture, Fisheries and Rural Development said it had "moved with unprecedented speed" and that more than $400 million had already been disbursed islandwide.

"The process has to be accountable. Every dollar must reach a real farmer with a real loss," the ministry said, adding that applicants could check their status at any SADA office.

Back in Cedar Gap, where many roofs are still covered with blue tarpaulin, Maxine Tulloch, who operates a small grocery shop at the square, said the delays were being felt well beyond the farms.

"Is the whole community feel it," she said. "When the farmers don't have money, nobody have money. Credit book full up."

Grizzle said he would keep planting.

"What else we going to do? Is farming we know," he said, before heading back to his plot.""",
        [
            ("We plant back the scallion", "Everton Grizzle"),
            ("Nobody from the ministry come", "Everton Grizzle"),
            ("A lot of the farmers", "Lorraine Bent-Campbell"),
            ("We are not going to", "Lorraine Bent-Campbell"),
            ("before the end of the", "Lorraine Bent-Campbell"),
            ("playing politics with people's livelihoods", "Dwight Samuels-Reid"),
            ("When it was time for", "Dwight Samuels-Reid"),
            ("Now that the cameras are", "Dwight Samuels-Reid"),
            ("moved with unprecedented speed", "Ministry of Agriculture, Fisheries and Rural Development"),
            ("The process has to be", "Ministry of Agriculture, Fisheries and Rural Development"),
            ("Is the whole community feel", "Maxine Tulloch"),
            ("When the farmers don't have", "Maxine Tulloch"),
            ("What else we going to", "Everton Grizzle"),
        ],
    ),
    (
        """Opposition walks out as Senate passes tourism levy

Shaliza Ramsaroop

Opposition senators walked out of the Upper House yesterday as the Government pressed ahead with a bill imposing a US$5 per night levy on guests at hotels, guesthouses and short-term rentals in Trinidad and Tobago.

Piloting the Tourism Development Levy Bill, Minister in the Ministry of Finance Kavita Boodram-Joseph said the money would be ring-fenced for destination marketing, beach facilities and the restoration of heritage sites.

"This is not a tax on Trinidadians and Tobagonians. This is a modest contribution from visitors who enjoy what we have to offer," she said.

Boodram-Joseph told the Senate the levy was expected to raise about $60 million a year and noted that similar charges were "standard practice" in Barbados, Jamaica and several Eastern Caribbean states.

But Opposition Senator Marcus Ghent said the bill had been rushed through without proper scrutiny.

"We received the amended bill at eleven o'clock last night," Ghent said. "How is any senator supposed to do their job under those conditions? This is contempt for the Parliament."

After Senate President Lystra Mohammed-Achong refused a motion to defer the debate to next week, Ghent and four other Opposition senators left the chamber.

The levy has also drawn criticism from Tobago. Jerome Alleyne-Frank, president of the Tobago Hotel and Guesthouse Association, said the island's tourism sector was still recovering from years of weak arrivals.

"Tobago is already an expensive destination to get to. Airlift is a problem, the sea bridge is a problem, and now this," he told the Guardian by phone from Crown Point.

He said the association had not been consulted "in any meaningful way" and accused Port-of-Spain of treating the island "like an afterthought".

Independent Senator Wendell Ramcharitar said he supported the principle of the levy but had concerns about how it would be collected from online rental platforms.

"If we are going to do this, let us do it properly," he said. "Otherwise the only people paying will be the registered hotels, and the informal sector walks away untouched."

A Ministry of Finance official, who asked not to be named because he was not authorised to speak to the media, said regulations covering short-term rentals were being drafted and would be "ready within weeks".

The bill was passed with 16 votes in favour, none against and five abstentions. It was approved by the House of Representatives last month and now goes to the President for assent.""",
        [
            ("This is not a tax", "Kavita Boodram-Joseph"),
            ("standard practice", "Kavita Boodram-Joseph"),
            ("We received the amended bill", "Marcus Ghent"),
            ("How is any senator supposed", "Marcus Ghent"),
            ("Tobago is already an expensive", "Jerome Alleyne-Frank"),
            ("in any meaningful way", "Jerome Alleyne-Frank"),
            ("like an afterthought", "Jerome Alleyne-Frank"),
            ("If we are going to", "Wendell Ramcharitar"),
            ("Otherwise the only people paying", "Wendell Ramcharitar"),
            ("ready within weeks", "Ministry of Finance official"),
        ],
    ),
    (
        """Hoteliers want more staff as arrivals climb

by DENISE HOLDER-BRATHWAITE

BARBADOS recorded its busiest January for long-stay visitors in more than a decade, but hoteliers are warning that a shortage of trained workers could undermine the island's reputation for service.

Figures released yesterday by the Barbados Visitor Development Corporation (BVDC) showed 71 400 long-stay arrivals for the month, an increase of 11 per cent over January last year. The United Kingdom remained the largest source market, followed by the United States and Canada.

Chief executive officer of the BVDC, Andre Clarke-Sealy, described the figures as "a vote of confidence in the destination".

"The investment in airlift out of the United Kingdom and the United States is paying off," Clarke-Sealy told a media briefing at the corporation's Warrens headquarters. "We now have daily service out of four new gateways and load factors are above 85 per cent."

However, president of the Barbados Hotel and Hospitality Association (BHHA), Sharon Gittens-Boyce, said members were struggling to fill positions in kitchens, housekeeping and maintenance.

"We have properties running at 90 per cent occupancy with 70 per cent of the staff they need," she said. "That is not sustainable. Sooner or later the guest is going to feel it."

Gittens-Boyce said some hotels had begun recruiting from St Vincent, Guyana and the Philippines, and called on Government to speed up the processing of work permits, which she said could take "anywhere from three to six months".

Minister of Labour Colin Bynoe-Straker said Government was "not opposed" to foreign recruitment but wanted Barbadians to be given the first opportunity.

"We cannot have a situation where our young people are told there are no jobs and then the industry goes overseas to hire," Bynoe-Straker said when contacted yesterday.

He pointed to the Hospitality Skills Initiative, a $4 million programme launched last year at the National Hospitality Training Centre in Wildey, which he said had placed 230 graduates in hotels and restaurants so far.

He added that the Immigration Department had been asked to prioritise applications from the tourism sector.

A housekeeping supervisor at a West Coast hotel, who did not want to be named, told the DAILY NATION that workers were under strain.

"Some days one girl doing 18 rooms. You can't do 18 rooms properly," she said. "People tired. And when people tired, mistakes happen."

The BHHA is expected to meet with the ministries of Labour and Tourism next week.""",
        [
            ("a vote of confidence in", "Andre Clarke-Sealy"),
            ("The investment in airlift out", "Andre Clarke-Sealy"),
            ("We now have daily service", "Andre Clarke-Sealy"),
            ("We have properties running at", "Sharon Gittens-Boyce"),
            ("That is not sustainable.", "Sharon Gittens-Boyce"),
            ("anywhere from three to six", "Sharon Gittens-Boyce"),
            ("not opposed", "Colin Bynoe-Straker"),
            ("We cannot have a situation", "Colin Bynoe-Straker"),
            ("Some days one girl doing", "housekeeping supervisor at a West Coast hotel"),
            ("People tired. And when people", "housekeeping supervisor at a West Coast hotel"),
        ],
    ),
    (
        """Marsh Point residents demand answers on clinic delay

By DEANDRA FERGUSON
Tribune Staff Reporter

RESIDENTS of Marsh Point, Abaco, say they are tired of travelling more than an hour for basic medical care, nearly two years after Hurricane Ivette destroyed the settlement's only clinic.

At a town meeting on Thursday night, several residents confronted officials from the National Recovery and Resilience Agency (NRRA), which is overseeing the $3.2m reconstruction project.

"My mother is 81 years old. Every time she need her pressure checked we have to find somebody with a truck to carry her to Marsh Harbour," said Lavern Cartwright, a retired teacher. "That is not right."

"They came here with the drawings, they put up the sign, and then nothing," said another resident, Philip Knowles. "The sign is the only thing they build."

NRRA managing director Terrance Munnings acknowledged the delays and blamed them on a dispute with the original contractor, whose contract was terminated in March.

"I'm not going to stand here and make excuses. The community has waited too long," Mr Munnings told the meeting. "What I can tell you is that a new contractor has been identified, and we expect to break ground again within the next 60 days."

He said the agency had withheld a portion of the payments due to the first contractor and was "pursuing all legal remedies" to recover the rest. He declined to name the company, citing the legal process.

Area MP Renee Sawyer-Pinder, who attended the meeting, said she had raised the matter in the House of Assembly "on at least three occasions" and had written to the Office of the Prime Minister.

"I will keep raising it until the doors of that clinic are open," she said.

In a statement yesterday, the Ministry of Health and Wellness said a mobile health unit staffed by a nurse and a visiting physician would serve Marsh Point twice weekly beginning next month.

"The ministry recognises the hardship faced by residents of Marsh Point and the surrounding settlements and remains committed to ensuring continuity of care," the statement said.

Residents were not convinced.

"Twice a week is better than nothing," Mrs Cartwright said after the meeting. "But we heard plenty promises already. We will believe it when we see it."

According to the NRRA, reconstruction of 14 other public buildings on Abaco damaged during the storm has been completed, including two schools and a police station. Five projects remain outstanding.""",
        [
            ("My mother is 81 years", "Lavern Cartwright"),
            ("That is not right.", "Lavern Cartwright"),
            ("They came here with the", "Philip Knowles"),
            ("The sign is the only", "Philip Knowles"),
            ("I'm not going to stand", "Terrance Munnings"),
            ("What I can tell you", "Terrance Munnings"),
            ("pursuing all legal remedies", "Terrance Munnings"),
            ("on at least three occasions", "Renee Sawyer-Pinder"),
            ("I will keep raising it", "Renee Sawyer-Pinder"),
            ("The ministry recognises the hardship", "Ministry of Health and Wellness"),
            ("Twice a week is better", "Lavern Cartwright"),
            ("But we heard plenty promises", "Lavern Cartwright"),
        ],
    ),
    (
        """Regional finance ministers press lenders on hurricane debt clauses

BRIDGETOWN, Barbados, Apr 3, CMC - Caribbean finance ministers on Wednesday renewed calls for international lenders to include so-called "hurricane clauses" in loan agreements, allowing small island states to suspend debt repayments after a major natural disaster.

Speaking at the opening of a two-day meeting of the Organisation of Caribbean Island States (OCIS) Council of Finance Ministers, Barbados' Minister of Finance and Economic Affairs, Ryan Harewood-Best, said the region could no longer afford to borrow on terms designed for larger economies.

"We are not asking for charity," Harewood-Best told delegates. "We are asking for a financial architecture that reflects the reality of where we live.

"When a Category Five hurricane wipes out 30 per cent of a country's GDP in a single night, it makes no sense for that country to be sending debt service payments to London or Washington the following month."

He said Barbados had already negotiated such clauses with several of its creditors and urged other member states to "make it a condition, not a request" in future negotiations.

OCIS Secretary General Dr Celestine Baptiste-Joseph said the region had lost an estimated US$14 billion to storms over the past decade, according to figures compiled by the secretariat.

"The science tells us these storms are getting stronger and wetter. Our fiscal tools have to keep pace," she said, adding that only four member states currently had contingent debt instruments in place.

In a statement issued after the opening session, the Atlantic Development Finance Corporation (ADFC) said it was "open to discussion" on expanding its disaster-related lending instruments, but cautioned that such clauses "carry costs that must be priced into lending".

Jamaica's State Minister in the Ministry of Finance, Natalie Forbes-Campbell, told CMC the island's experience following Hurricane Delphine last October had shown the value of pre-arranged financing.

"We had a catastrophe bond that paid out within weeks, and that made all the difference to our liquidity," she said. "Every country in this region needs that kind of buffer."

Trinidad and Tobago, represented at the meeting by Finance Minister Anderson Pierre, is expected to present a proposal for a regional contingency fund on Thursday.

The meeting ends Thursday with the adoption of a communique.

CMC/kr/2024""",
        [
            ("We are not asking for", "Ryan Harewood-Best"),
            ("We are asking for a", "Ryan Harewood-Best"),
            ("When a Category Five hurricane", "Ryan Harewood-Best"),
            ("make it a condition, not", "Ryan Harewood-Best"),
            ("The science tells us these", "Celestine Baptiste-Joseph"),
            ("open to discussion", "Atlantic Development Finance Corporation"),
            ("carry costs that must be", "Atlantic Development Finance Corporation"),
            ("We had a catastrophe bond", "Natalie Forbes-Campbell"),
            ("Every country in this region", "Natalie Forbes-Campbell"),
        ],
    ),
    (
        """‘We feel forgotten’: Flood victims in St Clement’s Village still waiting on aid

By Alicia Ramkissoon-Phillip

Three weeks after Tropical Storm Nadia dumped more than 250 millimetres of rain on south Trinidad in 24 hours, residents of St Clement’s Village are still shovelling mud out of their homes.

“We feel forgotten. Nobody came to see about us except the church,” said Savitri Rampersad, 62, standing in the doorway of the house she has lived in for 40 years. The water, she said, had reached “up to the light switch”.

Her neighbour, Kelvin Joseph-Mohan, lost his taxi when the nearby Cedar River burst its banks on the night of September 14.

“That car was my livelihood. Insurance telling me it’s an act of God, so they not paying,” he said. “How I supposed to feed three children?”

Southern Plains Regional Corporation chairman Haresh Boodoosingh said the corporation had distributed hampers and cleaning supplies to more than 600 households but conceded that resources were stretched.

“We are doing what we can with what we have. Our disaster management unit has six officers for the entire region,” Boodoosingh told the Express.

He said the corporation had written to the Ministry of Rural Development and Local Government two weeks ago requesting an additional $5 million, but had not received a response.

Asked about the request, a senior official in the ministry said the letter had been received and was “being processed”. The official, who was not authorised to speak publicly, said a Cabinet note on flood relief grants was expected “in short order”.

The issue spilled into the House of Representatives on Friday, when Opposition MP Nirmala Dookeran-Baptiste called on the Government to declare the area a disaster zone.

“These are taxpayers. These are citizens of this country. And they are being told to wait,” she said.

Responding, Minister of Rural Development and Local Government Curtis Noel-Phillip said a disaster declaration would not speed up relief and accused the Opposition of “grandstanding on the backs of flood victims”.

“The grants will be paid. The assessments are being done. I invite the member to come with me to St Clement’s and see the work for herself,” Noel-Phillip said.

According to the ministry, 1,140 households in south Trinidad have applied for the $10,000 flood relief grant. No payments have yet been made.

Back in the village, Rampersad was unmoved by the minister’s invitation.

“Let him come,” she said. “Let him come and smell this mud.”""",
        [
            ("We feel forgotten", "Savitri Rampersad"),
            ("We feel forgotten. Nobody came to", "Savitri Rampersad"),
            ("up to the light switch", "Savitri Rampersad"),
            ("That car was my livelihood.", "Kelvin Joseph-Mohan"),
            ("How I supposed to feed", "Kelvin Joseph-Mohan"),
            ("We are doing what we", "Haresh Boodoosingh"),
            ("being processed", "senior official in the ministry"),
            ("in short order", "senior official in the ministry"),
            ("These are taxpayers. These are", "Nirmala Dookeran-Baptiste"),
            ("grandstanding on the backs of", "Curtis Noel-Phillip"),
            ("The grants will be paid.", "Curtis Noel-Phillip"),
            ("Let him come,", "Savitri Rampersad"),
            ("Let him come and smell", "Savitri Rampersad"),
        ],
    ),
    (
        """Fishermen, environmentalists push back against Dolphin Bay hotel plan

BY JEVAUGHN MORGAN
Observer staff reporter

LUCEA, Hanover - A proposed 900-room all-inclusive resort at Dolphin Bay in western Hanover has drawn strong objections from fishermen and environmental groups, who say the development would destroy one of the last intact mangrove systems on the island's north-west coast.

The project, being undertaken by Spanish-Jamaican joint venture Coral Horizon Resorts Limited, received provisional approval from the Coastal Planning and Permits Agency (CPPA) last month, according to documents seen by the Jamaica Observer.

More than 200 people packed the Dolphin Bay Primary School on Tuesday evening for a public consultation that lasted nearly four hours.

Fisherman Clive Lindo, who has worked out of the bay for 35 years, put it plainly: "If them dig out the mangrove, the fish nursery gone. Then what we going to eat? Tourist?"

Executive director of the Hanover Environmental Trust, Dr Simone Ellis-Barnett, said the environmental impact assessment (EIA) submitted by the developer was "deeply flawed" and had ignored a hawksbill turtle nesting site at the eastern end of the beach.

"The EIA was done in the dry season, over a period of nine days. You cannot assess turtle nesting in nine days," she said. "We are asking the agency to withdraw the approval and require a fresh study."

In a statement, Coral Horizon said it had "complied fully with every requirement" of the permitting process and that the resort would create 1,400 permanent jobs when it opens.

"Coral Horizon is committed to responsible development that brings opportunity to the people of Hanover while protecting the natural environment," the company said.

The company's project director, Miguel Serrano-Vidal, told the meeting that 40 per cent of the mangrove on the 120-acre site would be preserved and that the developer would fund replanting at two other locations in the parish.

"We are not the enemy here," Serrano-Vidal said, drawing jeers from sections of the audience.

Councillor for the Dolphin Bay Division, Garfield Pusey, said he welcomed the investment but wanted guarantees for residents.

"Every time a hotel come, they promise the community jobs, and we end up with the gardener and the security guard jobs," Pusey told the Observer. "This time we want it in writing."

Several vendors who operate from a stretch of beach known locally as "Sandy Corner" also said they feared losing access once construction begins.

A CPPA spokesman said submissions would be accepted until May 15, and that no final decision would be made "until every objection has been properly reviewed".""",
        [
            ("If them dig out the", "Clive Lindo"),
            ("deeply flawed", "Simone Ellis-Barnett"),
            ("The EIA was done in", "Simone Ellis-Barnett"),
            ("We are asking the agency", "Simone Ellis-Barnett"),
            ("complied fully with every requirement", "Coral Horizon Resorts Limited"),
            ("Coral Horizon is committed to", "Coral Horizon Resorts Limited"),
            ("We are not the enemy", "Miguel Serrano-Vidal"),
            ("Every time a hotel come,", "Garfield Pusey"),
            ("This time we want it", "Garfield Pusey"),
            ("until every objection has been", "spokesman"),
        ],
    ),
    (
        """Bahamas raises cruise passenger tax; cruise lines warn of fewer calls

NASSAU, June 4 (Reuters) - The Bahamas will raise its departure tax for cruise passengers by $8 to $26 per person from January, Tourism Minister Ellison Rahming-Cooper said on Tuesday, as the government seeks to pay for repairs to ports damaged during last year's hurricane season.

The increase, announced as part of the government's budget for the fiscal year beginning July 1, is expected to raise about $70 million a year, according to Finance Ministry estimates.

"Our visitors are enjoying our islands, our beaches, our harbours. It is only fair that they help us maintain and rebuild them," Rahming-Cooper told reporters in Nassau.

The Cruise Operators Association of the Americas (COAA), which represents the major cruise lines operating in the region, said in a statement it was "disappointed" by the decision and had not been consulted.

"Decisions of this nature, taken without dialogue, risk making The Bahamas less competitive relative to other destinations in the region," the association said.

A senior executive at one of the large cruise operators, who spoke on condition of anonymity because the discussions were private, said at least two lines were reviewing their itineraries for 2026.

"Nobody wants to pull out of Nassau. But the numbers have to work," the executive said.

The Bahamas received 9.6 million cruise visitors last year, government data show, making it one of the busiest cruise destinations in the world. Cruise tourism accounts for a smaller share of visitor spending than stayover tourism, but supports thousands of vendors, tour operators and taxi drivers.

Opposition leader Damian Ferguson-Albury said the government had "balanced its books on the backs of Bahamian vendors" and called for the increase to be phased in over three years.

At a craft market near the cruise terminal in downtown Nassau, straw vendor Gloria Bethel-Hanna said she was worried.

"When the ships don't come, we don't eat," Bethel-Hanna, 58, said. "I hope they thought about that."

Kendrick Major, a senior fellow at the Nassau-based Caribbean Institute of Economic Studies, said the impact was likely to be limited.

"The cruise lines have threatened this before. The Bahamas is close to Florida, the ships can do a short itinerary cheaply, and that is not going to change because of eight dollars," he said.

The tax will also apply to passengers calling at privately owned cruise line islands in the country, the minister said.

(Reporting by Marcus Thompson in Nassau; Editing by Helen Carr)""",
        [
            ("Our visitors are enjoying our", "Ellison Rahming-Cooper"),
            ("disappointed", "Cruise Operators Association of the Americas"),
            ("Decisions of this nature, taken", "Cruise Operators Association of the Americas"),
            ("Nobody wants to pull out", "senior executive at one of the large cruise operators"),
            ("balanced its books on the", "Damian Ferguson-Albury"),
            ("When the ships don't come,", "Gloria Bethel-Hanna"),
            ("I hope they thought about", "Gloria Bethel-Hanna"),
            ("The cruise lines have threatened", "Kendrick Major"),
        ],
    ),
]
