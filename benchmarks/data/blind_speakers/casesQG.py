CASES = [
    (
        """Saskatchewan bill would let province override city zoning to fast-track housing

REGINA — Saskatchewan's government introduced legislation Tuesday that would let the province override municipal zoning rules to speed up housing construction, a move critics say strips local councils of their authority.

Municipal Affairs Minister Darren Kowalchuk told the legislature the bill is needed because too many projects sit for months in local approval processes.

"We have families in this province who can't find a place to live, and we have builders who are ready to go," Kowalchuk said. "What we don't have is time."

The proposed Housing Acceleration Act would allow the minister to designate "priority housing sites" and approve them directly, bypassing council votes on rezoning and public hearings.

Kowalchuk said the power would be used sparingly and only after talks with the affected municipality.

"This is not about running roughshod over anybody," he told reporters after question period. "It's one tool in the toolbox, and I'd expect we'd use it a handful of times a year, if that."

Premier Scott Hallberg, who made housing a centrepiece of last fall's throne speech, said Monday the province would "not wait on process while people are living in their cars."

Opposition housing critic Meera Lachance said the bill was drafted without input from the cities and towns that would be affected.

"The minister is asking for a blank cheque," Lachance said. "Nobody from the municipal sector saw this before it landed on our desks this morning, and that should worry everyone in this chamber, on both sides."

She said the legislation also contains no requirement that homes built on priority sites be affordable.

The Prairie Municipal Alliance, which represents about 140 towns, cities and rural municipalities, said in a statement it had asked for an urgent meeting with the minister.

"Municipalities are not the obstacle here," the statement said. "Our members have approved more housing units in the last two years than in any comparable period in the past decade. The real bottlenecks are labour shortages, interest rates and the cost of materials."

Glen Friesen, the alliance's president and the mayor of Carrow Lake, said residents deserve a say in what gets built next to them.

"When you take away the public hearing, you take away the one place where a senior on a fixed income can stand up and be heard," Friesen said in an interview.

According to provincial figures, housing starts in Saskatchewan fell about 12 per cent last year, even as the population grew at its fastest pace in more than a century.

The government holds a comfortable majority, and the bill is expected to pass before the legislature rises in May.""",
        [
            ("We have families in this", "Darren Kowalchuk"),
            ("What we don't have is", "Darren Kowalchuk"),
            ("This is not about running", "Darren Kowalchuk"),
            ("It's one tool in the", "Darren Kowalchuk"),
            ("not wait on process while", "Scott Hallberg"),
            ("The minister is asking for", "Meera Lachance"),
            ("Nobody from the municipal sector", "Meera Lachance"),
            ("Municipalities are not the obstacle", "Prairie Municipal Alliance"),
            ("Our members have approved more", "Prairie Municipal Alliance"),
            ("When you take away the", "Glen Friesen"),
        ],
    ),
    (
        """Wildfire forces evacuation of northern B.C. town as winds push flames past highway

By Jenna Morrow, The Canadian Press

MCCREADY LAKE, B.C. — About 2,400 residents of a northern British Columbia town were ordered from their homes Saturday night after a wildfire burning to the west jumped a highway and pushed toward the community's outskirts.

The Peace-Stikine Regional District issued the evacuation order shortly after 9 p.m., telling residents to "leave immediately and follow the direction of the RCMP" and head south to Dawson Falls, where a reception centre was set up at the community arena.

Lauren Beauchesne, a fire information officer with the Northern Fire Centre, said the Kettle Ridge fire had grown to about 18,000 hectares by Sunday morning, nearly double its size a day earlier.

"We saw extreme fire behaviour yesterday afternoon, with the fire crowning and spotting well ahead of the main front," Beauchesne said at a briefing. "Crews did everything they could, but when you've got winds gusting to 50 kilometres an hour, there's only so much you can do from the ground."

She said no homes were known to have been lost, but officials "can't rule anything out" over the next 48 hours. More than 140 firefighters, nine helicopters and several heavy equipment crews were assigned to the blaze.

Resident Curtis Whitford said he had about 20 minutes to pack.

"You could see the glow over the ridge from my driveway," said Whitford, who drove to Dawson Falls with his wife, their two children and the family dog. "We grabbed the photo albums, the kids' medication, and that was about it."

Regional district chair Annette Paquin told reporters the evacuation went "as smoothly as you could hope for" given the short notice, though some people on the town's west side reported long lineups at the only gas station still open.

An RCMP officer at a checkpoint south of town, who was not authorized to speak publicly, said several people had tried to drive back in overnight to collect belongings.

"We turned around at least a dozen vehicles," the officer said. "People want their stuff, I get it. But it's not safe up there right now."

The Northern Fire Centre said in an online update that cooler temperatures were expected by midweek, but warned that "dry lightning remains a concern across the northeast" and that new starts were likely.

The province's emergency management ministry said evacuees who register at the reception centre will be eligible for up to 14 days of food and lodging support.

Beauchesne urged people in neighbouring communities under an evacuation alert to be ready to leave on short notice.

"Have your bag packed, know where your pets are, fill up your tank," she said. "If the order comes, we won't be able to give you much warning."

The next fire update is expected Monday morning.""",
        [
            ("leave immediately and follow the", "Peace-Stikine Regional District"),
            ("We saw extreme fire behaviour", "Lauren Beauchesne"),
            ("Crews did everything they could", "Lauren Beauchesne"),
            ("can't rule anything out", "Lauren Beauchesne"),
            ("You could see the glow", "Curtis Whitford"),
            ("We grabbed the photo albums", "Curtis Whitford"),
            ("as smoothly as you could", "Annette Paquin"),
            ("We turned around at least", "RCMP officer at a checkpoint south of town"),
            ("People want their stuff, I", "RCMP officer at a checkpoint south of town"),
            ("dry lightning remains a concern", "Northern Fire Centre"),
            ("Have your bag packed, know", "Lauren Beauchesne"),
            ("If the order comes, we", "Lauren Beauchesne"),
        ],
    ),
    (
        """Manitoba First Nation signs $412M settlement over land flooded by hydro project

WINNIPEG — A northern Manitoba First Nation has signed a $412-million settlement with the federal government over reserve land flooded by a hydroelectric project more than 50 years ago.

Chief Raymond Moosomin of Kisikaw Lake Cree Nation said the agreement, signed Thursday at a ceremony in the community's school gymnasium, closes a chapter that has shaped the lives of three generations.

"Our grandparents watched the water come up over the graves, over the trapline cabins, over the places where they picked medicines," Moosomin said. "Nobody asked them. Nobody even told them properly.

"Today doesn't bring any of that back. But it means our children will grow up knowing that somebody finally admitted it was wrong."

The settlement, ratified by 87 per cent of voting members in a community referendum last month, includes compensation for lost land and livelihoods and the addition of about 9,000 hectares to the reserve.

Crown-Indigenous Relations Minister Catherine Aubin, who attended the signing, said in a statement that the deal "reflects a shared commitment to righting historical wrongs through negotiation rather than litigation."

"Canada acknowledges the harm caused to the people of Kisikaw Lake, and we are grateful for the patience and persistence of the community's leadership over many years," Aubin said.

The First Nation filed its claim in 1994. According to the band, the flooding destroyed the community's commercial fishery and forced dozens of families to relocate to higher ground with little notice.

Coun. Janine Flett, who led the negotiating team for the past eight years, said the money will be placed in a trust governed by a board that includes elders and youth representatives.

"We've seen what happens when money comes in and there's no plan," she said. "This time the community decided together how it will be spent, and the trust protects it for the ones who aren't born yet."

The utility that built the dam, the Northern Manitoba Power Authority, is not a party to the settlement. A spokeswoman for the Crown corporation said it was "not in a position to comment on an agreement between the federal government and the First Nation," but noted the authority has separate compensation agreements with several other communities in the region.

Elder Harold Spence, 81, was among the residents forced to move when the water rose in 1971.

"I told my wife I would wait for this day," Spence said in Cree, through an interpreter. "She didn't get to see it. So I'm seeing it for her."

Moosomin said the community plans to use part of the money to build a new health centre and a cultural camp on the shore of the reservoir, near the site of the old village.

"People say the water took everything. It didn't take who we are," he said.""",
        [
            ("Our grandparents watched the water", "Raymond Moosomin"),
            ("Nobody asked them. Nobody even", "Raymond Moosomin"),
            ("Today doesn't bring any of", "Raymond Moosomin"),
            ("reflects a shared commitment to", "Catherine Aubin"),
            ("Canada acknowledges the harm caused", "Catherine Aubin"),
            ("We've seen what happens when", "Janine Flett"),
            ("This time the community decided", "Janine Flett"),
            ("not in a position to", "spokeswoman"),
            ("I told my wife I", "Harold Spence"),
            ("She didn't get to see", "Harold Spence"),
            ("People say the water took", "Raymond Moosomin"),
        ],
    ),
    (
        """Warehouse workers at Edmonton grocery distributor walk off job after talks collapse

EDMONTON — More than 600 workers at a grocery distribution centre that supplies stores across northern Alberta walked off the job early Monday after contract talks broke down over wages and scheduling.

Members of the Canadian Allied Workers Union Local 418 set up picket lines outside the Northgate Foods warehouse in the city's northeast shortly after 6 a.m.

Local president Dana Rusnak said the union had been bargaining for nearly nine months and members were tired of waiting.

"Our people kept the shelves full through the pandemic, through the floods, through every supply crunch this province has had," Rusnak said on the picket line. "They were called heroes. Now they're being told a two per cent raise is the best the company can do."

The union says wages at the warehouse have fallen about 11 per cent behind inflation since the last agreement was signed in 2021. It is seeking increases of 18 per cent over four years and limits on mandatory overtime.

Northgate Foods said in a statement it had tabled "a fair and competitive offer" that included wage increases, improved benefits and a signing bonus.

"We are disappointed that the union has chosen to strike rather than continue talks," the company said. "Our priority is ensuring that communities across Alberta continue to receive the food and essential products they rely on."

The company said it had contingency plans in place but would not say whether it intends to bring in replacement workers, which Alberta law does not prohibit during a legal strike.

Forklift operator Tomasz Wilk, who has worked at the warehouse for 14 years, said proposed scheduling changes were the breaking point for many members.

"They want to be able to call us in on a day's notice, any shift, any day of the week," said Wilk, 46. "I've got two kids in hockey. You can't live like that."

Grocers in smaller communities could feel the effects within days.

The owner of an independent grocery store in Pembina Crossing, about 150 kilometres north of Edmonton, said his Tuesday delivery had already been cancelled. "If this goes more than a week, we're going to have empty shelves in produce and dairy," said the owner, who asked not to be named because he relies on Northgate as his main supplier.

Alberta Labour Minister Brent Halvorsen said the government was monitoring the situation but had no plans to intervene.

"Both sides need to get back to the table," Halvorsen told reporters at the legislature. "That's where this gets solved, not in my office."

No new talks had been scheduled as of Monday afternoon. Rusnak said the union was ready to return to bargaining at any time: "The phone is on. We're waiting for it to ring."

The last strike at the warehouse, in 2014, lasted 23 days.""",
        [
            ("Our people kept the shelves", "Dana Rusnak"),
            ("They were called heroes. Now", "Dana Rusnak"),
            ("a fair and competitive offer", "Northgate Foods"),
            ("We are disappointed that the", "Northgate Foods"),
            ("Our priority is ensuring that", "Northgate Foods"),
            ("They want to be able", "Tomasz Wilk"),
            ("I've got two kids in", "Tomasz Wilk"),
            ("If this goes more than", "owner of an independent grocery store in Pembina Crossing"),
            ("Both sides need to get", "Brent Halvorsen"),
            ("That's where this gets solved", "Brent Halvorsen"),
            ("The phone is on. We're", "Dana Rusnak"),
        ],
    ),
    (
        """N.S. Opposition accuses government of 'managing decline' as rural ER closures climb

HALIFAX — Nova Scotia's Opposition leader accused the government Wednesday of "managing the decline of rural health care" after new figures showed emergency departments at the province's smaller hospitals were closed for a combined 19,000 hours last year.

The figures, released Tuesday in the Health Department's annual report, "Accountability in Emergency Care," show closures rose about 30 per cent from the year before, with the longest disruptions in Inverary County and along the Fundy shore.

During question period, Opposition Leader Colleen MacIsaac read from a letter she said she had received from a woman in Port Lorne whose husband suffered a heart attack on a night when the local emergency room was closed. The woman wrote that the couple drove 70 minutes to the nearest open hospital "with him grey in the passenger seat and me praying out loud the whole way."

"The premier promised to fix health care. Those were his words, not mine," MacIsaac said. "Six years later, people in rural Nova Scotia are being told to get in the car and hope for the best."

Health Minister Nadine Corkum said the government has recruited more than 400 doctors since taking office and is opening collaborative care clinics in several rural communities.

"We are not hiding from these numbers," Corkum said. "One closure is one too many. But there are more family physicians practising in this province today than at any point in its history, and that did not happen by accident."

Speaking to reporters after question period, Corkum said the closures were "overwhelmingly about overnight nurse staffing, not doctors," and that the province was expanding incentives for nurses who commit to rural postings.

NDP health critic Aaron Delorey said the government's reliance on private agency nurses was "a very expensive Band-Aid." According to the report, the province spent $96 million on agency staffing last year, up from $61 million the year before.

Janet Crowell, president of the Atlantic Registered Nurses' Federation, said nurses were leaving rural hospitals because of "burnout, mandatory overtime and the sense that nobody is listening."

"You can offer a signing bonus, and that's fine, but if the nurse shows up and she's the only RN on the floor for 12 hours, she's going to leave," Crowell said in an interview. "Then you're back where you started, minus the bonus."

A physician at one of the affected hospitals, who spoke on condition of anonymity because staff have been told not to speak with reporters, described the situation as fragile.

"Some nights it's one nurse and me for the whole department," the physician said. "We're one sick call away from a closure, every single night."

The legislature's health committee is scheduled to hear from department officials on the report next week.""",
        [
            ("managing decline", "Colleen MacIsaac"),
            ("managing the decline of rural", "Colleen MacIsaac"),
            ("with him grey in the", "woman in Port Lorne"),
            ("The premier promised to fix", "Colleen MacIsaac"),
            ("Six years later, people in", "Colleen MacIsaac"),
            ("We are not hiding from", "Nadine Corkum"),
            ("One closure is one too", "Nadine Corkum"),
            ("overwhelmingly about overnight nurse staffing", "Nadine Corkum"),
            ("a very expensive Band-Aid", "Aaron Delorey"),
            ("burnout, mandatory overtime and the", "Janet Crowell"),
            ("You can offer a signing", "Janet Crowell"),
            ("Then you're back where you", "Janet Crowell"),
            ("Some nights it's one nurse", "physician at one of the affected hospitals"),
            ("We're one sick call away", "physician at one of the affected hospitals"),
        ],
    ),
    (
        """Residents return to fire-scarred Alberta town as evacuation order lifted

By Marc-André Thibodeau, The Canadian Press

WHITEMUD FLATS, Alta. — Residents of this northern Alberta town began returning home Thursday, nearly three weeks after a wildfire forced all 3,100 people to flee, though dozens will come back to find nothing left.

Municipal officials say 41 homes and two businesses were destroyed when the fire swept through the town's southern edge on May 14. Most of the community, including the hospital, the school and the downtown core, was spared.

Mayor Colin Haugen stood at the checkpoint on the highway into town as the first vehicles rolled in shortly after 8 a.m.

"This is a day a lot of us weren't sure we'd see," Haugen said, his voice breaking. "I want to thank every firefighter, every heavy equipment operator, every volunteer who kept this town standing.

"To the families who lost their homes: you are not alone, and you are not going to be forgotten once the cameras leave. We're going to rebuild this together."

The Town of Whitemud Flats said in a notice on its website that residents should "expect to see smoke and fire crews in the area for several weeks" and avoid the burned-out neighbourhoods, which remain closed. A boil-water advisory is still in effect for the south end of town, according to the regional health authority.

Priya Dhaliwal and her husband found their house intact, but their garage and a neighbour's home across the street had been reduced to ash.

"It's a weird feeling. You're so relieved, and then you look across the road and it's just gone," she said. "They've been our neighbours for 11 years. Their kids grew up with ours."

The fire, which has burned about 60,000 hectares, was classified Wednesday as "being held," meaning it is not expected to grow beyond its current boundaries under forecast conditions.

Wildfire information officer Travis Gendron said about 200 firefighters would remain on the blaze for the foreseeable future.

"There's still a lot of heat in the ground, especially in the muskeg," he said. "People are going to see smoke. That's normal. What we need them to do is call it in if they see open flame."

A preliminary estimate from the Western Insurance Council puts insured losses at about $180 million. Deborah Lunn, the council's vice-president for the Prairies, urged homeowners to document damage before starting cleanup.

"Take pictures of everything before you touch anything, and call your insurer before you throw anything out," Lunn said in a statement.

Premier Janice Ostrander said in a social media post that the province "will be there for Whitemud Flats for as long as it takes," and announced a one-time payment of $1,250 per adult for evacuees, with $500 for each dependent child.

Haugen said a community barbecue is planned for Saturday in the arena parking lot.""",
        [
            ("This is a day a", "Colin Haugen"),
            ("I want to thank every", "Colin Haugen"),
            ("To the families who lost", "Colin Haugen"),
            ("expect to see smoke and", "Town of Whitemud Flats"),
            ("It's a weird feeling. You're", "Priya Dhaliwal"),
            ("They've been our neighbours for", "Priya Dhaliwal"),
            ("There's still a lot of", "Travis Gendron"),
            ("People are going to see", "Travis Gendron"),
            ("Take pictures of everything before", "Deborah Lunn"),
            ("will be there for Whitemud", "Janice Ostrander"),
        ],
    ),
    (
        """B.C., Kwisxten First Nation sign deal giving nation shared say over logging

VICTORIA — The British Columbia government and a First Nation in the province's southern Interior have signed an agreement giving the nation joint decision-making authority over forestry in its traditional territory, the first deal of its kind in the region.

The agreement with Kwisxten First Nation, announced Friday, covers about 480,000 hectares around the Sillaway River valley. Under the deal, new cutting permits in the territory will need approval from both the province and the nation, and a joint committee will set targets for old-growth protection and watershed health.

Chief Marlene Sampson said the agreement recognizes what her people have been saying for generations.

"For a hundred years, decisions about our land were made in offices in Victoria and in boardrooms in Vancouver," Sampson said at a signing ceremony at the legislature. "From today, they'll be made with us at the table, and in some cases, by us."

Forests Minister Derek Lindqvist said the deal is consistent with the province's obligations under its Declaration on the Rights of Indigenous Peoples Act.

"This is what reconciliation looks like when it moves from words on paper to how we actually manage the land," Lindqvist said.

Speaking to reporters afterward, he said the agreement "does not create a veto" for either party, but sets out a process for resolving disagreements through a joint panel.

"If we can't agree, we keep talking. That's the point," he said.

Cascade Interior Timber Ltd., which holds the largest forest licence in the area, said in a statement it "supports the principle of shared decision-making" but needs certainty about how much timber it will be able to harvest.

"Our mills and the 600 people who work in them depend on a predictable supply of fibre," the statement said. "We look forward to working with the nation and the province to make sure this agreement delivers that certainty."

Ross Palmer, executive director of the Interior Forest Contractors Association, said his members were "cautiously optimistic" but worried about delays while the new committee gets up and running.

"Our guys have been through the pine beetle, the fires, the mill closures," Palmer said. "What they can't survive is another two years of nobody being able to get a permit approved."

Opposition forestry critic Shauna Reimer said the government had not explained what happens if the joint panel cannot reach a decision.

"Rural communities deserve to know what happens when the two sides disagree," Reimer said in a statement. "Right now, the answer seems to be: nobody knows."

According to the province, the committee will begin reviewing permit applications in September. The agreement also includes $14 million over five years for the nation to hire and train its own forestry staff.

Sampson said she hopes that money will bring young people home.

"We want our young people out on the land with the GPS and the cruising tape, not just watching the trucks go by," she said.""",
        [
            ("For a hundred years, decisions", "Marlene Sampson"),
            ("From today, they'll be made", "Marlene Sampson"),
            ("This is what reconciliation looks", "Derek Lindqvist"),
            ("does not create a veto", "Derek Lindqvist"),
            ("If we can't agree, we", "Derek Lindqvist"),
            ("supports the principle of shared", "Cascade Interior Timber Ltd."),
            ("Our mills and the 600", "Cascade Interior Timber Ltd."),
            ("We look forward to working", "Cascade Interior Timber Ltd."),
            ("cautiously optimistic", "Ross Palmer"),
            ("Our guys have been through", "Ross Palmer"),
            ("What they can't survive is", "Ross Palmer"),
            ("Rural communities deserve to know", "Shauna Reimer"),
            ("Right now, the answer seems", "Shauna Reimer"),
            ("We want our young people", "Marlene Sampson"),
        ],
    ),
    (
        """Ottawa poised to step in to end New Brunswick port lockout, official says

By Kelsey Ouellette, The Canadian Press

OTTAWA — The federal government is preparing to use its powers under the Canada Labour Code to end a lockout that has shut down the Port of Kestrel Harbour, N.B., for nine days, according to a senior government official.

The official, who was not authorized to discuss the matter publicly, said Labour Minister Sylvie Arseneau could make an announcement as early as Tuesday.

"The minister has been very clear that her patience is not unlimited," the official said. "Every day this goes on, it's costing farmers, manufacturers and exporters right across Atlantic Canada."

The Kestrel Harbour Marine Employers' Association locked out about 750 longshore workers on June 3 after members of the Atlantic Longshore Workers' Union Local 1187 voted down the association's final offer. The main sticking points are automation at the port's container terminal and pension contributions.

Union president Gilles Comeau said any move to force the two sides into binding arbitration would reward the employers.

"If the government steps in, it's telling every employer in this country that they can lock out their workers and wait for Ottawa to bail them out," Comeau told reporters outside the union hall in Kestrel Harbour.

"We will challenge it, in every forum available to us. Our members are not going to be the ones who pay for this."

Asked about the dispute in the House of Commons on Monday, Arseneau said "all options are on the table" and urged both sides to keep talking with the help of federal mediators.

"We respect collective bargaining. But we also have a responsibility to the Canadian economy, and we are going to meet it," she said.

The employers' association said in a statement that it had "bargained in good faith for more than 14 months" and would accept arbitration if the government ordered it.

"We regret the disruption this dispute has caused to our customers and to the communities that depend on this port," the statement said.

According to the port authority, at least 60 vessels have been diverted to other ports in Atlantic Canada and the northeastern United States since the lockout began.

Exporters say the effects are already being felt. Heather Lundy, president of the Atlantic Provinces Exporters' Council, put it bluntly: "There are blueberries sitting in refrigerated containers on that dock right now that are never going to be sold. That's money gone, and it's not coming back."

This would be the third time in two years that Ottawa has intervened to end a work stoppage at a federally regulated port or railway.""",
        [
            ("The minister has been very", "senior government official"),
            ("Every day this goes on,", "senior government official"),
            ("If the government steps in,", "Gilles Comeau"),
            ("We will challenge it, in", "Gilles Comeau"),
            ("all options are on the", "Sylvie Arseneau"),
            ("We respect collective bargaining. But", "Sylvie Arseneau"),
            ("bargained in good faith for", "Kestrel Harbour Marine Employers' Association"),
            ("We regret the disruption this", "Kestrel Harbour Marine Employers' Association"),
            ("There are blueberries sitting in", "Heather Lundy"),
        ],
    ),
]
