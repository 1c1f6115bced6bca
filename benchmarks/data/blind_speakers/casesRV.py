CASES = [
    (
        """Tribal council says winter ferry gap will strand elders in Kelsey Harbor

By Dana Whitlock, Southeast Public Radio

The Kelsey Harbor Tribal Council is asking the state to restore at least one winter ferry sailing a month to the small Southeast Alaska community, after a draft schedule released last week showed no ferry calls there between November and March.

Council president Rena Sitkoff said the gap would force elders to fly to medical appointments in Ketchikan at a time of year when floatplane flights are often grounded for days.

"We have people who need dialysis, we have people who need to see a dentist, and the floatplanes don't fly when it's blowing 40 knots," Sitkoff said. "The ferry is our road. Take it away for five months and you've closed the road."

The draft winter schedule, posted by the Alaska Department of Transportation and Public Facilities, drops service to several smaller ports while two of the system's mainline vessels are in overhaul. In a written statement, the department said the plan reflects "the vessels and crews we actually have available" and that public comments would be considered before a final schedule is released in August.

Department spokesperson Howard Blaylock said crew shortages remain the main constraint.

"We'd love to run more boats. We're hiring, we're training, but you can't sail a ship without a full crew," he said.

The council passed a resolution Tuesday night calling the draft schedule "a failure of the state's basic obligation to rural Alaskans" and asking the Legislature to fund additional crew positions.

About 70 people live in Kelsey Harbor year-round, most of them tribal citizens. The community has a small clinic staffed by a community health aide, a school with 11 students and a state dock built in 1987.

Lonnie Pestrikoff, who longlines for black cod out of Kelsey Harbor, told the council the cuts would hit the local economy as well as travel:

"Every fall I ship my product out on the ferry, and that's my whole winter income sitting in those freezer boxes. If the boat doesn't come, I'm paying a barge, and a barge costs me three times as much.

"Some guys just won't fish next year. That's what this comes down to."

Blaylock said the department is looking at whether a smaller day boat could make occasional stops at Kelsey Harbor and other villages on the schedule's gap list, but that no decision had been made.

The public comment period on the draft schedule closes July 15. Sitkoff said the council plans to send a delegation to Juneau before then.

"We'll sit in their lobby if we have to. They can tell us no to our faces," she said.""",
        [
            ("We have people who need", "Rena Sitkoff"),
            ("The ferry is our road.", "Rena Sitkoff"),
            ("the vessels and crews we", "Alaska Department of Transportation and Public Facilities"),
            ("We'd love to run more", "Howard Blaylock"),
            ("a failure of the state's", "Kelsey Harbor Tribal Council"),
            ("Every fall I ship my", "Lonnie Pestrikoff"),
            ("Some guys just won't fish", "Lonnie Pestrikoff"),
            ("We'll sit in their lobby", "Rena Sitkoff"),
        ],
    ),
    (
        """Smoke-choked First Nation asks for clean-air shelter as readings hit top of scale

Kwelmet First Nation chief says elders are sheltering in drafty homes with no filtration

Jordan Pelletier · CBC News · Posted: Aug 12

The chief of a small First Nation in B.C.'s southern Interior says her community urgently needs a clean-air shelter after more than a week of thick wildfire smoke settled into the valley where most members live.

Chief Marlene Tomah of the Kwelmet First Nation, about 60 kilometres northwest of Hadley Lake, says roughly 40 elders and a number of people with asthma have been riding out the smoke in older homes with no air filtration.

"People are coughing, kids are coughing, and we're being told to stay indoors in houses that leak like a basket," Tomah told CBC News on Monday. "Indoors isn't safe either when your house was built in 1974."

The Air Quality Health Index for the area sat at "10+," the highest level on the scale, for most of Sunday and Monday, according to Environment and Climate Change Canada.

The smoke is coming largely from the Breccia Creek wildfire, which the B.C. Wildfire Service estimates at 14,000 hectares. In an update Monday, the service said crews had made progress on the fire's northern flank, but warned that shifting winds "could push smoke back into the valley for several more days."

Fire information officer Jessa Brand said the shape of the valley is part of the problem.

"We're seeing a pretty strong inversion every morning," said Brand. "The smoke just sits there until the afternoon winds pick up."

Interior Health said in a statement it has handed out more than 60 portable air cleaners in affected communities, and it urged people to "limit strenuous outdoor activity and check on vulnerable family members and neighbours."

Coun. Wilfred Antoine, who runs the nation's emergency operations centre, says the band has asked Indigenous Services Canada for money to convert its community hall into a clean-air space with commercial filtration and a backup generator.

"We've got the building. What we don't have is the filtration, and we need a generator, because when the power goes out, the filters go out," Antoine said.

In an emailed statement, Indigenous Services Canada said it "is working closely with the Nation to assess the request" and that emergency funding is available for smoke-related costs.

One mother, who asked that her name not be used because she works for the band, said she drove her two children to stay with relatives in Kamloops on Saturday.

"I didn't want to split us up, but my youngest was wheezing all night," she said. "You don't sit there and listen to that."

Tomah says the nation has been raising the need for a clean-air building since the smoke seasons of 2017 and 2018.

"Every summer it's the same conversation. We shouldn't still be having it," she said.""",
        [
            ("People are coughing, kids are", "Marlene Tomah"),
            ("Indoors isn't safe either when", "Marlene Tomah"),
            ("could push smoke back into", "B.C. Wildfire Service"),
            ("We're seeing a pretty strong", "Jessa Brand"),
            ("The smoke just sits there", "Jessa Brand"),
            ("limit strenuous outdoor activity and", "Interior Health"),
            ("We've got the building.", "Wilfred Antoine"),
            ("is working closely with the", "Indigenous Services Canada"),
            ("I didn't want to split", "mother"),
            ("You don't sit there and", "mother"),
            ("Every summer it's the same", "Marlene Tomah"),
        ],
    ),
    (
        """State keeps Tanvik River closed to king salmon as run hits record low

By Eli Marchetti
Updated June 22

AKILUK — State fishery managers said Thursday they will keep the lower Tanvik River closed to king salmon fishing for at least two more weeks, after test nets near the river mouth caught fewer chinook than in any year since the counts began in 1989.

The closure applies to subsistence fishermen, who in most years rely on kings to fill smokehouses and freezers through the summer. Chum and sockeye salmon may still be harvested with 4-inch mesh gillnets during short openings announced over local radio, according to the Alaska Department of Fish and Game.

“We don’t make these decisions lightly. We know exactly what it means for families on this river,” said Corinne Aldana, the department’s Tanvik area management biologist. “But when the fish aren’t there, the fish aren’t there.”

Aldana said the test fishery had caught 212 kings through June 20, compared with a 10-year average of roughly 900 by that date.

The Tanvik River Inter-Tribal Fish Commission, which co-manages the in-season fishery with state and federal managers under a 2022 agreement, supported the closure. But in a statement released after the announcement, the commission said it was “tired of being the only ones asked to sacrifice” and called on federal regulators to tighten limits on chinook caught as bycatch in the Bering Sea pollock fishery.

Commission chair Walter Nanouk Sr. said people in his village had never gone a full summer without king salmon until the last several years.

“My grandfather fished this river, my father fished it, I fished it,” Nanouk said at a commission meeting Wednesday in Akiluk. “Now my grandkids ask me what a king tastes like. That’s not a joke. They ask me.”

The U.S. Fish and Wildlife Service, which manages subsistence fishing on federal waters within the Tanvik National Wildlife Refuge, concurred with the closure. A spokeswoman for the agency said the federal in-season manager “will continue to consult closely with tribes” before approving any openings.

The Bering Shelf Trawl Coalition, which represents several pollock companies, said in an email that its members had “reduced chinook bycatch by more than half over the past decade” and pointed to research linking the declines to warming ocean conditions.

Nanouk was unconvinced. “They always say it’s the ocean,” he said. “The ocean doesn’t have a net.”

In Akiluk on Thursday, Agnes Kanrilak, 71, was cutting chum on a plywood table outside her family’s smokehouse. She said she would dry what she could, but that chum does not replace kings for the winter.

“Chum is good, but it’s not the same,” she said. “My body knows the difference.”

Aldana said the department would reassess after the next pulse of fish enters the river.

“If we see a bump, we could look at a short opening,” she said. “I’m not promising that.”""",
        [
            ("We don’t make these decisions", "Corinne Aldana"),
            ("But when the fish aren’t", "Corinne Aldana"),
            ("tired of being the only", "Tanvik River Inter-Tribal Fish Commission"),
            ("My grandfather fished this river,", "Walter Nanouk Sr."),
            ("Now my grandkids ask me", "Walter Nanouk Sr."),
            ("will continue to consult closely", "spokeswoman"),
            ("reduced chinook bycatch by more", "Bering Shelf Trawl Coalition"),
            ("They always say it’s the", "Walter Nanouk Sr."),
            ("The ocean doesn’t have a", "Walter Nanouk Sr."),
            ("Chum is good, but it’s", "Agnes Kanrilak"),
            ("My body knows the difference.", "Agnes Kanrilak"),
            ("If we see a bump,", "Corinne Aldana"),
            ("I’m not promising that.", "Corinne Aldana"),
        ],
    ),
    (
        """Harlow Island ferry riders face weeks of one-boat service after engine failure

By Priya Nandakumar
Staff reporter

Commuters on the Harlow Island–Port Lathrop route should expect at least three weeks of one-boat service after one of the route's two vessels suffered an engine failure Sunday afternoon, Washington State Ferries said Monday.

The 144-car Sinclair was pulled from service after crew members reported heavy vibration in a propulsion engine during a midday crossing. Nobody was hurt.

In a service bulletin, the ferry system said repairs "will take a minimum of three weeks, and likely longer, depending on parts availability." The remaining boat on the route, the smaller Tahuya, will run a reduced schedule with about half the usual sailings.

Grant Ochoa, the ferry system's deputy chief of vessel operations, told reporters Monday that there is no spare vessel to send.

"I want to be straight with people: This is going to be hard," Ochoa said. "We don't have a relief boat sitting in a bay somewhere. Every boat we have is working."

The Harlow Island route carried about 1.9 million riders last year, according to state figures, many of them commuters to the shipyard and hospitals on the Kitsap side.

Mel Kavanagh, a respiratory therapist, said she left her house at 4:45 a.m. Monday and still missed the boat she needed to make her 7 a.m. shift.

"I sat in that line for two hours and watched the boat pull out full," Kavanagh said. "My manager was understanding today. I don't know how understanding she'll be in week three."

Island businesses are bracing for a hit in the middle of the summer tourist season. "Businesses here live and die on that boat," said Jeannie Ruiz-Holt, executive director of the Harlow Island Chamber of Commerce. "A Saturday with half the sailings is a Saturday with half the customers."

A crew member who spoke on condition of anonymity because he was not authorized to talk to the media said the Sinclair's engine had been "limping for months" and that crews had written up vibration problems as early as April.

Asked about that account, Ochoa said the agency would review the vessel's maintenance records. "If there were reports that weren't acted on, we'll find that out," he said.

State Rep. Carla Jessup, D-Harlow Island, said in a statement that the breakdown was "exactly what everyone who rides these boats has been predicting."

"The Legislature has known for a decade that this fleet was running on borrowed time," the statement said. "We can't keep patching 50-year-old engines and calling it a plan."

The ferry system's long-range plan, "Keeping the Sound Moving," calls for adding 16 hybrid-electric vessels by 2040, but the first of the new boats is not expected to enter service before 2029.

In the meantime, riders have taken to calling the crush for the early-morning sailings "the lottery." The ferry system is urging walk-on passengers to use the passenger-only water taxi, which will add four round trips a day starting Wednesday.""",
        [
            ("will take a minimum of", "Washington State Ferries"),
            ("I want to be straight", "Grant Ochoa"),
            ("We don't have a relief", "Grant Ochoa"),
            ("I sat in that line", "Mel Kavanagh"),
            ("My manager was understanding today.", "Mel Kavanagh"),
            ("Businesses here live and die", "Jeannie Ruiz-Holt"),
            ("A Saturday with half the", "Jeannie Ruiz-Holt"),
            ("limping for months", "crew member"),
            ("If there were reports that", "Grant Ochoa"),
            ("exactly what everyone who rides", "Carla Jessup"),
            ("The Legislature has known for", "Carla Jessup"),
            ("We can't keep patching 50-year-old", "Carla Jessup"),
        ],
    ),
    (
        """Central coast First Nations split over salmon farm transition plan

By Graeme Ostrander

PORT HADDON, B.C. — Two First Nations on B.C.'s central coast are at odds over Ottawa's plan to phase out open-net salmon farms, with one nation's elected council warning of lost jobs and a hereditary leader in the neighbouring nation calling the timeline far too slow.

The Tsaxwalis Nation Council sent a letter to the federal fisheries minister this week asking for a five-year extension to the licences of three farms operating in its territory near Port Haddon. The farms employ about 90 people, roughly a third of them Tsaxwalis members, according to the letter.

"These are not abstract jobs to us. They are our nephews and our cousins, and they are the reason some of our young families have been able to move home," the letter said.

Chief Councillor Randall Moody said the nation has no love for the industry's environmental record but wants a say in the pace of change.

"Nobody here is saying fish farms are perfect," Moody said in an interview. "What we're saying is don't close the door before there's another door to walk through."

Across the channel, Hereditary Chief Thomas Walkus of the Kitlatsa Nation says sea lice counts on juvenile pink and chum salmon migrating past the farms have been "off the charts" for three springs running.

"Our people have fished these inlets for ten thousand years. We're being asked to wait another five so a company in Norway can finish its depreciation schedule," Walkus said.

The three farms are operated by Northcoast Aquaculture Ltd., a subsidiary of a Norwegian seafood firm. In an emailed statement, the company said it "respects the rights and decisions of all First Nations" and is "committed to working with the Tsaxwalis Nation on a responsible transition."

The company said it has invested $14 million in closed-containment trials at a site near Port Haddon since 2021 and that results so far are "promising but not yet commercial."

Fisheries and Oceans Canada said in a statement that the transition plan was developed "in consultation with First Nations, industry and local governments" and that the department would review all requests it receives.

Moody said he has spoken with Walkus several times and that the disagreement between the nations is "a family argument, not a war."

Walkus agreed, to a point.

"Randall and I grew up on the same docks," he said. "But I'd rather our kids work at a hatchery or on a restoration crew than for a company that's going to leave anyway."

The farms' current federal licences expire next June.""",
        [
            ("These are not abstract jobs", "Tsaxwalis Nation Council"),
            ("Nobody here is saying fish", "Randall Moody"),
            ("What we're saying is don't", "Randall Moody"),
            ("off the charts", "Thomas Walkus"),
            ("Our people have fished these", "Thomas Walkus"),
            ("respects the rights and decisions", "Northcoast Aquaculture Ltd."),
            ("committed to working with the", "Northcoast Aquaculture Ltd."),
            ("promising but not yet commercial", "Northcoast Aquaculture Ltd."),
            ("in consultation with First Nations,", "Fisheries and Oceans Canada"),
            ("a family argument, not a", "Randall Moody"),
            ("Randall and I grew up", "Thomas Walkus"),
            ("But I'd rather our kids", "Thomas Walkus"),
        ],
    ),
    (
        """Chenatna tribal council calls its firefighters home as smoke settles over Interior villages

By Tom Akers

The Chenatna Village Council voted Monday to recall the two 16-person emergency firefighter crews it had sent to fires in Southcentral Alaska, saying the village needs its own people home as the nearby Sheep Hill fire grows and smoke settles over the upper Chenatna River valley.

First Chief Leona Silas said the council did not make the decision lightly.

“Those crews are our young men and women, and they’re good at what they do. We were proud to send them out,” Silas said Tuesday. “But we’ve got a fire 20 miles from the village and smoke so thick you can’t see the school from the store. We need them here.”

The Sheep Hill fire, started by lightning on June 28, had burned about 38,000 acres by Tuesday, according to the Alaska Interagency Coordination Center. It is burning in a “limited” management area, where fires are typically monitored rather than actively fought unless they threaten people or property.

The Alaska Division of Forestry and Fire Protection said in an update that crews were setting up sprinkler systems around Chenatna and two Native allotments along the river as a precaution, and that the fire “does not pose an immediate threat to the community at this time.”

Incident spokesman Kyle Borden said the bigger concern for residents right now is air quality rather than flames.

“The fire’s mostly creeping and smoldering on the east side, and that’s good news in terms of spread,” Borden said. “The flip side is that smoldering fires make a lot of smoke, and the valley traps it.”

The Alaska Department of Environmental Conservation extended an air quality advisory for the region through Friday, warning that particulate levels in low-lying areas would likely be “very unhealthy to hazardous, especially overnight and in the early morning.”

At the village clinic, community health aide Rosalie Pitka said she has seen a steady stream of elders with coughs and chest tightness.

“One of our elders came in yesterday and said, ‘I’ve lived through a lot of fire summers, but I’ve never tasted it like this,’” Pitka said.

Pitka said the clinic has handed out N95 masks and about two dozen portable air purifiers donated by the Interior Tribal Health Consortium.

Silas said the returning crews would clear brush around homes and check on elders who live alone.

A state fire manager who was not authorized to speak publicly said losing two experienced village crews in the middle of the season leaves “a real hole” on the fires they left, but that the agency understood the decision.

For Silas, the choice came down to priorities.

“We send our people out every summer to protect other people’s towns,” she said. “This summer, the fire came to us.”""",
        [
            ("Those crews are our young", "Leona Silas"),
            ("But we’ve got a fire", "Leona Silas"),
            ("does not pose an immediate", "Alaska Division of Forestry and Fire Protection"),
            ("The fire’s mostly creeping and", "Kyle Borden"),
            ("The flip side is that", "Kyle Borden"),
            ("very unhealthy to hazardous, especially", "Alaska Department of Environmental Conservation"),
            ("One of our elders came", "Rosalie Pitka"),
            ("I’ve lived through a lot", "elder"),
            ("a real hole", "state fire manager"),
            ("We send our people out", "Leona Silas"),
            ("This summer, the fire came", "Leona Silas"),
        ],
    ),
    (
        """Tribal fishers on the Columbia work through smoke and heat as fall chinook arrive

By Nadia Ferreira (OPB)

MARTEN POINT — The smoke was thick enough Tuesday morning that Delbert Tewee could barely see the far bank of the Columbia River from the wooden platform where he has dip-netted salmon for 40 years.

"You can taste it," Tewee said, pulling up an empty net. "But the fish don't care about the smoke, so we don't get to care either."

Tribal fishers are in the busiest stretch of the fall chinook season, when commercial gillnet openings and platform fishing draw families from across the region to in-lieu sites along the river. This year, that stretch has coincided with some of the worst air of the summer, as smoke from fires in the Cascades and central Oregon pours into the Gorge.

Air quality monitors in nearby towns recorded "unhealthy" levels for four straight days, according to the Oregon Department of Environmental Quality.

The Mid-Columbia Tribal Fisheries Commission, which represents fishers from four tribes, said Monday it had distributed masks and cooling supplies at 12 sites and was asking federal agencies to speed up long-promised improvements to housing and sanitation there. Fishers are "choosing between their health and their livelihood, and that is a choice no one should have to make," the commission said in a statement.

Many families camp at the sites in trailers and tents during the season. Several sites lack reliable electricity, which means no air conditioning or air filtration.

Sharon Yellowash, the commission's housing coordinator, put it plainly: "We have elders sleeping in tents in this smoke. Nobody in Portland would accept that for their grandmother."

The U.S. Army Corps of Engineers, which is responsible for building and maintaining the sites under a decades-old commitment to replace fishing places lost to dam construction, said in an email that it had "completed significant upgrades at several sites" in recent years and that additional projects are in design.

Fishers said the upgrades have been slow in coming. "They've been designing for 30 years," Tewee said.

Heat is adding to the strain. Water temperatures in the lower river reached 71 degrees last week, according to federal monitoring data, and biologists say warm water can stress migrating fish and slow their movement upstream.

Tewee's niece, Carla Tewee-Ramos, 23, who is home from college to help with the season, said she has started wearing an N95 on the platform.

"My uncle won't wear one. He says he's been breathing smoke since before I was born," she said, laughing. "I told him that's not the flex he thinks it is."

The next commercial opening is scheduled to begin Wednesday at 6 a.m. and run for 72 hours, according to the commission.

Tewee said he would be there. "Fish are running, I'm fishing. Smoke or no smoke," he said.""",
        [
            ("You can taste it,", "Delbert Tewee"),
            ("But the fish don't care", "Delbert Tewee"),
            ("choosing between their health and", "Mid-Columbia Tribal Fisheries Commission"),
            ("We have elders sleeping in", "Sharon Yellowash"),
            ("completed significant upgrades at several", "U.S. Army Corps of Engineers"),
            ("They've been designing for 30", "Delbert Tewee"),
            ("My uncle won't wear one.", "Carla Tewee-Ramos"),
            ("I told him that's not", "Carla Tewee-Ramos"),
            ("Fish are running, I'm fishing.", "Delbert Tewee"),
        ],
    ),
    (
        """Cancelled sailings leave potlatch guests stranded on the dock, Kinsail Island band says

By Megan Thiessen

Dozens of people travelling to a memorial potlatch in Kitwanlo Village on Kinsail Island were left on the dock in Prince Rupert this week after Northern Coast Ferries cancelled two sailings because of what the company described as “an unexpected crewing shortage.”

The Kitwanlo Band Council says more than 60 guests, including hereditary chiefs from three mainland communities and a dance group, were unable to reach the island for the two-day feast honouring the late Elder Violet Stanley-Moore.

“People had been planning this for a year. They had their regalia packed, their food packed, gifts to give away,” said Chief Councillor Gordon Ridley. “To have the boat cancelled the night before with a two-line email is disrespectful, plain and simple.”

In a statement, Northern Coast Ferries said it “sincerely regrets the disruption to customers” and noted that federal regulations do not allow a vessel to sail without its minimum certified crew.

Two crew members called in sick on Wednesday and replacements could not be flown in from Vancouver Island because of fog, the company said.

The company’s vice-president of operations, Alison Pratt, acknowledged the island has been hit hard. “We know Kinsail has had more than its share of cancellations this year, and we know the impact on the community is real,” Pratt said in an interview Thursday. “We’re bringing on a relief crew pool in the fall that should make a difference.”

According to figures compiled by the Kinsail Island Ferry Advisory Committee, the route has seen 23 cancelled or shortened sailings since January, compared with nine in all of last year. Committee chair Ben Lysyk said the numbers show “a pattern, not a run of bad luck.”

For the family, the potlatch went ahead with those who could make it. Stanley-Moore’s granddaughter, Tanya Stanley-Moore, said the family had to rearrange seating, songs and the order of speakers late into the night.

“My grandmother would have told us to carry on, so we carried on,” she said.

“But there were chiefs who were supposed to stand up and speak for her, and they were sitting in a ferry terminal. That hurts. That’s not something you get to redo.”

The area’s MLA, Peter Leung, posted on social media Thursday that he had “raised the cancellations directly with the company and with the ministry.”

Ridley said the band council will send a formal letter to the company and to the provincial transportation ministry asking for a guaranteed backup plan for cultural and ceremonial events.

The next scheduled sailing to Kinsail Island is Saturday morning.""",
        [
            ("an unexpected crewing shortage.", "Northern Coast Ferries"),
            ("People had been planning this", "Gordon Ridley"),
            ("To have the boat cancelled", "Gordon Ridley"),
            ("sincerely regrets the disruption to", "Northern Coast Ferries"),
            ("We know Kinsail has had", "Alison Pratt"),
            ("We’re bringing on a relief", "Alison Pratt"),
            ("a pattern, not a run", "Ben Lysyk"),
            ("My grandmother would have told", "Tanya Stanley-Moore"),
            ("But there were chiefs who", "Tanya Stanley-Moore"),
            ("raised the cancellations directly with", "Peter Leung"),
        ],
    ),
]
