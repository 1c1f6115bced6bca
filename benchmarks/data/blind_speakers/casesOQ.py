CASES = [
    (
        """Portland fishers count losses after Hurricane Delphine

Kavon Whyte/Gleaner Writer

CRAB HILL, Portland: More than 40 fishing boats were either destroyed or swept out to sea when Hurricane Delphine skirted the island’s north-eastern coast on Tuesday night, leaving fishers in this east Portland community wondering how they will feed their families in the weeks ahead.

At the beach landing yesterday, Delroy McKenzie stood over the splintered hull of the canoe he had worked from for 17 years.

“Everything gone. The engine, the nets, the pots, everything,” said McKenzie, who is president of the Crab Hill Fishermen’s Cooperative. “Mi never see sea come up so high from Gilbert.”

McKenzie said the cooperative had counted 43 boats damaged beyond repair and estimated losses at close to $60 million.

Mayor of Port Antonio, Councillor Sharon Blagrove-Reid, who toured the area yesterday afternoon, said the Portland Municipal Corporation had opened two shelters and was distributing food packages and tarpaulins.

“We are not going to leave these people to fend for themselves,” Blagrove-Reid told The Gleaner. “The fishing industry is the backbone of this side of the parish, and the corporation will be making representation to central government for a proper relief package.”

But Opposition spokesman on agriculture and fisheries, Dr Norman Satchwell, accused the Government of being slow to respond, saying fishers in the parish had been “abandoned” for two hurricane seasons in a row.

“We had the same promises after the last storm, and up to now some of these men have not received a dollar,” Satchwell said in a release. “The minister must come to the House and tell the country what the plan is.”

Agriculture and Fisheries Minister Alton Brissett, in a statement yesterday evening, said a team from the National Fisheries Authority would begin assessments in the community today.

According to Brissett, the ministry has set aside an initial $25 million for the replacement of boats and gear. “Our first priority is to verify the losses so that help goes to the people who actually need it,” the statement said.

Meanwhile, the Roads and Works Authority said crews were clearing landslides which had blocked sections of the main road between Crab Hill and Belvue.

A senior engineer at the authority, who asked not to be named because he was not authorised to speak to the media, said at least three sections of the roadway had been undermined. “Some of those slopes are still moving. We can clear the debris today and tomorrow it come right back down,” he said.

For now, McKenzie says the men will try to fish from the few boats left. “We will share what we have. That is how we do it over here,” he said.""",
        [
            ("Everything gone. The engine,", "Delroy McKenzie"),
            ("Mi never see sea come", "Delroy McKenzie"),
            ("We are not going to", "Sharon Blagrove-Reid"),
            ("The fishing industry is the", "Sharon Blagrove-Reid"),
            ("abandoned", "Norman Satchwell"),
            ("We had the same promises", "Norman Satchwell"),
            ("The minister must come to", "Norman Satchwell"),
            ("Our first priority is to", "Alton Brissett"),
            ("Some of those slopes are", "senior engineer at the authority"),
            ("We will share what we", "Delroy McKenzie"),
        ],
    ),
    (
        """Arrivals up despite storm scare

by RONELLE GRIFFITH

LONG-STAY VISITOR arrivals to Barbados climbed by almost nine per cent in September, even as the island spent part of the month under a tropical storm watch, tourism officials say.

Figures released yesterday by the Barbados Tourism Development Corporation (BTDC) show 41,287 long-stay visitors arrived last month, up from 37,950 in the same period last year.

Speaking at a media briefing at the corporation's Warrens headquarters, chief executive officer Marcus Alleyne-Brathwaite said the numbers showed that the island's reputation as a safe destination during the hurricane season was paying off.

"We were very fortunate that Tropical Storm Imani passed well to the north of us, but I think the important thing is that we communicated clearly with our partners overseas," he said. "Airlines kept flying, hotels stayed open and visitors kept coming."

Alleyne-Brathwaite said the United Kingdom remained the largest source market, followed by the United States and Canada, while arrivals from within the Caribbean had fallen slightly.

He admitted, however, that the storm watch had cost some hotels business. "There were cancellations, particularly from the US market, in the two or three days when the storm was on the news every night. We would be foolish to pretend otherwise."

President of the Barbados Hospitality Association, Geraldine Waithe, said small properties on the south and west coasts had borne the brunt of those cancellations.

"The big resorts can absorb a few cancellations. For a 20-room guest house in Oistins, losing a week of bookings in the middle of the slow season is the difference between paying staff and not paying staff," Waithe told the DAILY NATION.

She said the association had written to the Ministry of Tourism asking for a meeting on what she called "practical support" for small hotels, including a temporary reduction in room taxes.

Minister of Tourism Kerwin Lashley, contacted last evening, said he had received the letter and would meet the association "within the next two weeks".

"We hear the concerns of the small operators and we take them seriously. But I want to be clear that the overall trend is a positive one," Lashley said.

At the Bridgetown cruise terminal yesterday, taxi operator Carlisle Jordan said the good news had yet to reach drivers.

"Them numbers is the airport. Down here we still waiting on the ships," he said. "Last winter I had days when I sit down here from seven in the morning and make one trip."

The BTDC said in its statistical bulletin that it expected more than 200 cruise calls during the coming winter season, which begins in November.""",
        [
            ("We were very fortunate that", "Marcus Alleyne-Brathwaite"),
            ("Airlines kept flying, hotels stayed", "Marcus Alleyne-Brathwaite"),
            ("There were cancellations, particularly from", "Marcus Alleyne-Brathwaite"),
            ("The big resorts can absorb", "Geraldine Waithe"),
            ("practical support", "Geraldine Waithe"),
            ("within the next two weeks", "Kerwin Lashley"),
            ("We hear the concerns of", "Kerwin Lashley"),
            ("Them numbers is the airport.", "Carlisle Jordan"),
            ("Last winter I had days", "Carlisle Jordan"),
        ],
    ),
    (
        """Councillors blast ministry over flood response

Rishi Ramkissoon

RESIDENTS of Kalicharan Trace in the Caparo Valley spent a second night on their roofs and in the upper floors of neighbours' homes yesterday, as floodwaters left behind by Tropical Storm Ferdinand refused to recede.

And the chairman of the Caparo Valley Regional Corporation, Sunil Debideen, is blaming the Ministry of Rural Development for what he described as a "slow and disorganised" response.

Speaking to reporters at the Kalicharan Trace community centre, Debideen said: "We called for the excavators on Sunday morning. It is now Tuesday and not one piece of equipment from the ministry has reached this area.

"The corporation has used its own two trucks and borrowed a backhoe from a private contractor. We cannot continue like this."

The ministry, in a statement issued last evening, said it had deployed "all available resources" to affected areas in central and south Trinidad and that heavy equipment was "en route" to the Caparo Valley.

"The ministry is aware of the challenges being faced by residents and is working closely with the National Emergency Management Agency and the regional corporations," the statement said.

Minister of Rural Development Vidya Ramsaran-Bhola did not respond to calls and WhatsApp messages yesterday.

Savitri Boodram, 64, who has lived on the trace for more than 40 years, said the water reached her waist inside her living room on Sunday night.

"I lose everything, the fridge, the stove, the bed. My grandson had to carry me out on his back," she said, fighting back tears. "Every year they come and promise to clean the drains and every year is the same thing."

Another resident, who did not want to be named, said he blamed the flooding on unregulated quarrying upstream. "Since they start digging up in the hills, the river does come down brown and fast. Nobody ent checking them," he said.

The Meteorological Service said in its 6 p.m. bulletin that a yellow level alert for heavy rainfall would remain in effect until midday today, warning of "street and flash flooding in areas prone to such events".

Debideen said the corporation would hold an emergency meeting this morning to discuss its response.

"If the ministry cannot help us, then let them say so, and we will go to the Prime Minister directly," he said.""",
        [
            ("slow and disorganised", "Sunil Debideen"),
            ("We called for the excavators", "Sunil Debideen"),
            ("The corporation has used its", "Sunil Debideen"),
            ("all available resources", "Ministry of Rural Development"),
            ("en route", "Ministry of Rural Development"),
            ("The ministry is aware of", "Ministry of Rural Development"),
            ("I lose everything, the fridge,", "Savitri Boodram"),
            ("Every year they come and", "Savitri Boodram"),
            ("Since they start digging up", "resident"),
            ("street and flash flooding in", "Meteorological Service"),
            ("If the ministry cannot help", "Sunil Debideen"),
        ],
    ),
    (
        """Govt pledges $12m for Calder Cay rebuild

JEVON FERGUSON
Staff Reporter

The government will spend at least $12 million to rebuild the airport terminal, clinic and government dock on North Calder Cay, which took a direct hit from Hurricane Gaston last week, Minister of Disaster Reconstruction Philip Rolle-Cartwright announced yesterday.

Speaking at a press conference at the Office of the Prime Minister, Rolle-Cartwright said contracts for debris removal had already been signed and that the island's airport would reopen to small aircraft by the end of the month.

"The people of North Calder Cay have been through a terrible ordeal, and I want them to know that they have not been forgotten," he said. "We are not talking about a Band-Aid. We are talking about building back stronger."

He said the new terminal would be built to withstand Category 5 winds.

Chief Councillor for North Calder Cay Eloise Knowles welcomed the announcement but said residents had heard similar promises before.

"I'm grateful, don't get me wrong," Knowles told The Nassau Guardian by phone. "But we still have people living under tarpaulin from the last storm. So I'll believe it when I see the bulldozers."

About 900 people live on the cay, most of whom depend on tourism, particularly the three bonefishing lodges and a small boutique resort on its western end.

The owner of one of those lodges, Cedric Pinder, said he had already lost bookings for the entire winter season.

"Our guests book a year in advance. They're coming from Florida, from Texas, from the UK. When they see pictures of the airport with no roof, they call and cancel," Pinder said.

He estimated damage to his property at more than $400,000, and said he was uncertain whether his insurance would cover the full amount.

The Ministry of Tourism, in a statement, said it was working with the lodges to "reassure international visitors" that the wider Bahamas remained open for business.

"The vast majority of our islands were untouched by Hurricane Gaston, and our hotels, marinas and attractions are welcoming guests as normal," the statement said.

Opposition spokesman on Family Island affairs Terrance Moxey said the government's response had been "too little, too late".

"This government was warned about the state of that dock two years ago. They did nothing. Now they want applause for fixing what they allowed to fall apart," Moxey said in a statement.

According to a senior official at the Disaster Response Authority, about 60 residents remain in the island's only shelter, at the primary school.

Rolle-Cartwright said Cabinet would consider a special economic recovery zone for the island at its meeting next week.""",
        [
            ("The people of North Calder", "Philip Rolle-Cartwright"),
            ("We are not talking about", "Philip Rolle-Cartwright"),
            ("I'm grateful, don't get me", "Eloise Knowles"),
            ("But we still have people", "Eloise Knowles"),
            ("Our guests book a year", "Cedric Pinder"),
            ("reassure international visitors", "Ministry of Tourism"),
            ("The vast majority of our", "Ministry of Tourism"),
            ("too little, too late", "Terrance Moxey"),
            ("This government was warned about", "Terrance Moxey"),
        ],
    ),
    (
        """Jamaica orders evacuations as Hurricane Teodoro nears

By DANIELLE MORGAN Associated Press

KINGSTON, Jamaica (AP) — Jamaican authorities ordered residents of low-lying coastal communities to leave their homes Sunday and closed the island's two international airports as Hurricane Teodoro strengthened into a Category 3 storm and churned toward the island's southern coast.

Local Government Minister Everton Shirley said more than 700 shelters had been opened across the island and urged people in flood-prone areas not to wait.

"Do not gamble with your life. Do not stay behind to watch your goats and your fowls. Property can be replaced," Shirley said in a televised address.

The storm was centered about 215 miles (345 kilometers) southeast of Kingston on Sunday afternoon, with maximum sustained winds of 120 mph (195 kph), according to the U.S. National Hurricane Center in Miami. It was moving west-northwest at 9 mph (15 kph).

Daniel Brenner, a hurricane specialist at the center, said further strengthening was likely before the storm reaches Jamaica late Monday.

"The waters in that part of the Caribbean are very warm, and there's not much wind shear to tear it apart," he said. "We're concerned about a life-threatening storm surge along the south coast and very heavy rainfall in the mountains."

Tourism officials said about 18,000 visitors were on the island, most of them in resort areas along the north coast.

Several all-inclusive resorts said they were moving guests into ballrooms and interior conference rooms. A front desk manager at one resort, who spoke on condition of anonymity because she was not authorized to talk to reporters, said guests had been told to stock up on water and stay indoors from Monday morning.

"Most of them are calm. Some of them are upset because they wanted to fly out today and there are no flights," she said.

Karen Whitfield, a 54-year-old tourist from Columbus, Ohio, said she and her husband had tried unsuccessfully to change their flights.

"We kept refreshing the airline app all night," she said. "At this point we're just going to ride it out and hope for the best."

In the fishing community of Coley Bay, west of Kingston, some residents said they would not leave.

"Every time they say evacuate, and then thieves come and take everything from the houses," said fisherman Winston Gayle, 61, as he hauled his boat onto higher ground. "I'm staying with my things."

Shirley said police and soldiers would patrol evacuated communities to prevent looting.

The island's power company, Jamaica Electric Supply Co., said it may shut down parts of the grid as a precaution once winds reach tropical-storm force.

"Customers should prepare for extended outages," the company said in a statement.

Teodoro is the fifth hurricane of the Atlantic season, which runs through Nov. 30.""",
        [
            ("Do not gamble with your", "Everton Shirley"),
            ("The waters in that part", "Daniel Brenner"),
            ("We're concerned about a life-threatening", "Daniel Brenner"),
            ("Most of them are calm.", "front desk manager at one resort"),
            ("We kept refreshing the airline", "Karen Whitfield"),
            ("At this point we're just", "Karen Whitfield"),
            ("Every time they say evacuate,", "Winston Gayle"),
            ("I'm staying with my things.", "Winston Gayle"),
            ("Customers should prepare for extended", "Jamaica Electric Supply Co."),
        ],
    ),
    (
        """Cruise operator skips Bahamas port after storm damage, dealing blow to island economy

NASSAU, Oct 14 (Reuters) - Meridian Cruise Holdings said on Monday it would divert its ships away from the Bahamian port of Salcombe until at least mid-December after Hurricane Hester damaged the town's cruise pier, a decision local officials said would cost the island millions of dollars in lost visitor spending.

The Miami-based company, which operates 14 ships under three brands, said engineers had found structural damage to the pier's pilings that made it unsafe for vessels to berth.

"The safety of our guests and crew is our highest priority, and we will not return to Salcombe until we are fully confident the pier can accommodate our ships," the company said in a statement.

Meridian said affected itineraries would call instead at other ports in the Bahamas and the western Caribbean, and that passengers would receive onboard credit of $50 per stateroom.

Tourism accounts for roughly half of the Bahamas' gross domestic product, and cruise passengers are a lifeline for smaller Family Island communities with few hotels.

Salcombe's town administrator, Rosalind Bethel-Neymour, said about 40 vendors, tour operators and taxi drivers relied almost entirely on the cruise calls, which brought an average of 3,000 passengers a week during the winter season.

"For a lot of families here, this is their whole income for the year," Bethel-Neymour told Reuters by telephone. "Three months without ships is devastating."

A source familiar with the matter said the government had been in talks with Meridian for several weeks about sharing the cost of repairs, estimated at about $8 million, but that no agreement had been reached.

"There is a disagreement about who is responsible for the pier's maintenance going forward," the source said, speaking on condition of anonymity because the talks were private.

The Bahamas Ports and Harbours Authority said in an emailed response to questions that repairs would begin "as soon as possible" and that it was committed to reopening the pier before the peak of the season.

Analysts said the diversion was unlikely to have a material impact on Meridian's earnings.

"Their ships are simply going to another port. For the company it's a scheduling issue. For Salcombe it's a crisis," said Leonard Kravitz, an analyst at Harborview Securities in New York.

Meridian shares were little changed at $23.41 in afternoon trading.

(Reporting by Andre Saunders in Nassau; Additional reporting by Maria Fuentes in Miami; Editing by Paul Oduya)""",
        [
            ("The safety of our guests", "Meridian Cruise Holdings"),
            ("For a lot of families", "Rosalind Bethel-Neymour"),
            ("Three months without ships is", "Rosalind Bethel-Neymour"),
            ("There is a disagreement about", "source familiar with the matter"),
            ("as soon as possible", "Bahamas Ports and Harbours Authority"),
            ("Their ships are simply going", "Leonard Kravitz"),
        ],
    ),
    (
        """Hoteliers: Ferry woes, storm fears hurting Tobago

JESSE GREENIDGE-ALFRED
Tobago Bureau

Tobago hoteliers say a combination of unreliable sea-bridge service and a string of tropical storm alerts has driven occupancy on the island to its lowest level since the pandemic.

At a news conference at the Crown Point office of the Tobago Hospitality Alliance yesterday, president Reynold Dillon said average occupancy for August and September had fallen to 38 per cent.

“Our members are hurting. Some properties have already sent home staff, and if something is not done before the winter season, more will follow,” Dillon said.

He said domestic visitors from Trinidad, who make up the bulk of the island’s guests during the hurricane season, had been put off by repeated cancellations of ferry sailings.

“When a family from Chaguanas books a weekend in Tobago and then the boat is cancelled twice, they are not coming back next month. They are going to Miami,” he said.

According to Dillon, at least four tropical weather alerts this season had also led to cancellations, although none of the systems brought significant damage to the island.

He was blunt about where responsibility lay: “The Assembly has been promising a tourism recovery plan for two years. We have seen consultations, we have seen photo opportunities, but we have not seen a plan.

“Meanwhile, the small hotels are borrowing money just to keep the lights on.”

Secretary of Tourism, Culture and Transportation in the Tobago House of Assembly, Nadia Cruickshank-James, rejected the criticism.

In a WhatsApp voice note to the Guardian, she said the Division of Tourism had spent more than $6 million on domestic marketing this year and that a draft recovery plan would go before the Executive Council “before the end of the year”.

“I understand the frustration of the hoteliers, but it is unfair to say nothing has been done. The ferry schedule is a matter for the port authority, not the Assembly,” Cruickshank-James said.

But Minority Leader in the Assembly Kelvin Toppin-Roberts said the secretary was “passing the buck”.

“Every time there is a problem in Tobago, the executive blames Port of Spain. The people of Tobago elected them to solve problems, not to make excuses,” he told reporters at the Assembly Legislature in Scarborough.

A spokesman for the Inter-Island Ferry Service said two of the three vessels on the route were undergoing scheduled maintenance and that normal service should resume “by mid-November”.

Dillon said the alliance would write to the Prime Minister if there was no improvement by the start of the Christmas season.""",
        [
            ("Our members are hurting. Some", "Reynold Dillon"),
            ("When a family from Chaguanas", "Reynold Dillon"),
            ("The Assembly has been promising", "Reynold Dillon"),
            ("Meanwhile, the small hotels are", "Reynold Dillon"),
            ("before the end of the year", "Nadia Cruickshank-James"),
            ("I understand the frustration of", "Nadia Cruickshank-James"),
            ("passing the buck", "Kelvin Toppin-Roberts"),
            ("Every time there is a", "Kelvin Toppin-Roberts"),
            ("by mid-November", "spokesman"),
        ],
    ),
    (
        """Opposition questions readiness of hurricane shelters

BRIDGETOWN, Barbados, Oct 3, CMC – The Opposition Democratic Alliance has questioned the state of the island's emergency shelters, saying that many of the buildings designated for use during a hurricane would not withstand a major storm.

Opposition Leader Dr Clement Springer, speaking during debate on the Emergency Management (Amendment) Bill in the House of Assembly on Tuesday, said an internal review had found that fewer than half of the island's 130 shelters met the required building standards.

"We are in the middle of the hurricane season, and the Government is asking this House to pass a bill about penalties and permits while our people have nowhere safe to go," Springer said.

"I have visited some of these shelters myself. Roofs leaking, no generators, no working toilets. In one school in St Lucy, the shutters have been nailed shut since the last storm because the hinges rusted off."

He said the review had been presented to the Government "more than a year ago" and that nothing had been done.

Springer also raised concerns about preparedness in the tourism sector, saying hotel workers "are always the last people anybody thinks about" when a storm approaches.

But Home Affairs Minister Lisa-Ann Forde dismissed the claims, telling legislators that the Opposition Leader was "playing politics with people's safety".

"Every designated shelter is inspected twice a year by the Ministry of Public Works. Where there are problems, they are fixed. Where they cannot be fixed in time, that building is removed from the list. It is as simple as that," Forde said.

She told the House that 14 shelters had been taken off the list this year and replaced by churches and community centres, and that the Government had spent Bds$3.2 million on shelter upgrades since January.

The minister said the amendments were intended to strengthen the authority of the Director of Emergency Management to order evacuations and to regulate price gouging after a disaster.

"When a storm passes, we cannot have people selling a case of water for $100. This bill gives us the teeth to deal with that," she said.

The Barbados Christian Council, whose member churches provide about a third of the island's shelter space, said in a statement on Wednesday that it supported the bill but wanted "clearer guidance" on who was responsible for supplying food and bedding to evacuees.

The bill was passed with amendments and now goes to the Senate.""",
        [
            ("We are in the middle", "Clement Springer"),
            ("I have visited some of", "Clement Springer"),
            ("more than a year ago", "Clement Springer"),
            ("are always the last people", "Clement Springer"),
            ("playing politics with people's safety", "Lisa-Ann Forde"),
            ("Every designated shelter is inspected", "Lisa-Ann Forde"),
            ("When a storm passes, we", "Lisa-Ann Forde"),
            ("clearer guidance", "Barbados Christian Council"),
        ],
    ),
]
