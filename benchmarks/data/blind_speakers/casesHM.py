CASES = [
    (
        """Southland farmers say nitrate deadline unworkable

By Hamish Crowther

Southland dairy farmers say a regional council plan to cap nitrogen losses by 2030 will force some of them off the land, as submissions on the proposal closed yesterday.

Environment Southland's proposed plan change would require farms in the Waihopai and Makarewa catchments to cut nitrogen leaching by up to 35%.

Federated Farmers Southland dairy chairwoman Kirsty Meldrum said the timeframe ignored the cost of building effluent storage and wintering barns.

"We're not arguing about the science. We're arguing about whether a family farm can find $1.2 million in six years when the bank is already nervous," she said.

"Some of these people have been milking on the same block for four generations. You don't walk away from that lightly, but some of them will."

Mrs Meldrum said the federation would ask the council for a staged approach, with the first reduction target set at 15%.

Environment Southland chief executive Graeme Tully said the council had extended consultation by a month and had received more than 1400 submissions.

"We've heard very clearly that people are worried about cost, and we will take that into account," Mr Tully said.

However, the council was bound by the national policy statement on freshwater and could not simply push the deadline out, he said.

Waihopai Catchment Group co-ordinator Rewi Pomare, whose group includes both farmers and hapu representatives, said water quality in the lower river had been "going backwards for thirty years".

"The eels tell you. There used to be tuna in every drain along here, and now you're lucky to see one in a season."

Mr Pomare said some farmers in the group had already cut leaching by 20% through lower stocking rates and catch crops, and the results so far were "encouraging, not miraculous".

A Makarewa sheep and beef farmer, who asked not to be named because he is in a dispute with the council over a resource consent, said the rules had been written "by people who have never wintered stock on clay".

Council staff will now summarise the submissions for a hearings panel. Hearings on the plan change are expected to begin in March, with a decision due before the end of next year.""",
        [
            ("We're not arguing about the", "Kirsty Meldrum"),
            ("Some of these people have", "Kirsty Meldrum"),
            ("We've heard very clearly that", "Graeme Tully"),
            ("going backwards for thirty years", "Rewi Pomare"),
            ("The eels tell you.", "Rewi Pomare"),
            ("encouraging, not miraculous", "Rewi Pomare"),
            ("by people who have never", "Makarewa sheep and beef farmer"),
        ],
    ),
    (
        """Suckler farmers warn of exodus as beef price gap widens

Declan Furlong

More than 400 farmers packed the Abbey Hotel in Ballyfarnagh, Co Roscommon on Tuesday night to demand action on the gap between Irish and British factory prices, with the group behind the meeting warning that the suckler herd in the west is “being bled dry by the factories”.

The meeting was called by the Western Suckler Farmers Group, which was set up last spring after a series of protests outside meat plants in Roscommon and Longford.

Chairman Pádraig Ó Fearghail told the crowd that suckler farmers were being asked to carry the cost of climate targets while processors continued to post record profits.

“We are producing the best beef in Europe off grass, and we are being paid like we should apologise for it,” he said. “A man with 30 cows in this county is working for nothing. Less than nothing, when you count the hours.”

He said the group would be seeking a meeting with the Minister for Agriculture within the month and would not rule out further protests at factory gates.

Independent TD for Roscommon-Galway Michael Tansey, who addressed the meeting, said the suckler carbon efficiency scheme was “a sticking plaster on a broken leg”.

“The payment per cow has not moved in line with inflation, the paperwork has doubled, and young farmers are looking at this and saying, why would I bother?” Deputy Tansey said.

In a statement, the Irish Meat Processors Council said prices were “determined by market returns” and that Irish processors had paid above the EU average for steers for most of the past year.

“Processors have no interest in a smaller herd. A sustainable supply of quality cattle is in everybody’s interest,” the statement said.

Several farmers who spoke from the floor said they had already reduced cow numbers. Mary Gilligan, who farms 45 acres near Strokestown with her husband, said the couple had sold a third of their herd in the autumn.

“We kept the best of them. But my son is 24 and he’s in Perth, and he’s not coming home to this,” she said.

Others called for a floor price for weanlings and for the marts to be given a greater role in price reporting.

A Department spokeswoman said the Minister was “always open to engagement with farm organisations” and noted that €260 million had been allocated to the beef sector under the current CAP Strategic Plan.

The group is due to meet again in Longford next month.""",
        [
            ("being bled dry by the", "Pádraig Ó Fearghail"),
            ("We are producing the best", "Pádraig Ó Fearghail"),
            ("A man with 30 cows", "Pádraig Ó Fearghail"),
            ("a sticking plaster on a", "Michael Tansey"),
            ("The payment per cow has", "Michael Tansey"),
            ("determined by market returns", "Irish Meat Processors Council"),
            ("Processors have no interest in", "Irish Meat Processors Council"),
            ("We kept the best of", "Mary Gilligan"),
            ("always open to engagement with", "spokeswoman"),
        ],
    ),
    (
        """Crayfish catch cut 'a kick in the guts' for coastal towns

Commercial and recreational crayfish catches off the Hawke's Bay and Wairarapa coast will be cut by 40 per cent from April 1, Oceans and Fisheries Minister Tamsin Whitcombe announced on Friday.

The decision follows a stock assessment that found numbers of legal-sized rock lobster in the fishery had fallen to about a quarter of their unfished level.

"The stock has been in decline for a decade and we cannot keep fishing it as if nothing has changed," Whitcombe said.

Mahia-based fisher Dougal Ransley, who has held quota in the fishery for 26 years, said the cut would put at least two of the coast's remaining boats out of business.

"It's a kick in the guts. We told them five years ago there was a problem and offered to take a voluntary cut, and nobody wanted to know," Ransley said.

"Now they turn around and do it all in one hit, and it's the little operators who wear it."

Te Matau Seafoods, which processes and exports most of the region's live crayfish to China, said it would review staffing at its Napier factory.

"This decision will have a direct impact on our workforce and on the families who depend on it," the company said in a statement. "We support rebuilding the fishery, but a phased reduction would have given the industry time to adjust."

Wairoa kaumatua Hemi Tawhiri said customary fishers had been noticing fewer and smaller crayfish for years.

"Our people have been saying it at every hui. The koura aren't there like they were," he said. "If this is what it takes to bring them back for our mokopuna, then so be it."

Coastal Anglers Trust spokesman Barry Lusk said cutting the daily bag limit for recreational fishers from six to three was "a fair share of the pain", but the trust wanted cameras on every commercial vessel working the coast.

Whitcombe said the decision would be reviewed in two years. Asked whether compensation would be offered to quota holders, she told reporters: "That's not on the table at this stage. What's on the table is a fishery that still exists in ten years."

One Napier-based quota broker, who did not want to be named, said the value of crayfish quota in the area had "fallen off a cliff" in the weeks before the announcement.""",
        [
            ("a kick in the guts", "Dougal Ransley"),
            ("The stock has been in", "Tamsin Whitcombe"),
            ("It's a kick in the", "Dougal Ransley"),
            ("Now they turn around and", "Dougal Ransley"),
            ("This decision will have a", "Te Matau Seafoods"),
            ("We support rebuilding the fishery,", "Te Matau Seafoods"),
            ("Our people have been saying", "Hemi Tawhiri"),
            ("If this is what it", "Hemi Tawhiri"),
            ("a fair share of the", "Barry Lusk"),
            ("That's not on the table", "Tamsin Whitcombe"),
            ("fallen off a cliff", "Napier-based quota broker"),
        ],
    ),
    (
        """Councillors back mussel growers in licence row

Donegal County Council has backed a motion calling on the Department of Marine and Rural Affairs to fast-track the renewal of aquaculture licences in Inver Beg Bay, where some growers have been waiting more than eight years for a decision.

The motion was tabled at Monday’s meeting of the Glenties Municipal District by Cllr Seamus Boyle (FF), who said the delays were ‘strangling the life out of’ small family businesses along the coast.

‘We have people down there who have put their whole lives into this. They’re farming mussels the way their fathers did, and they’re being told to wait, wait and wait again,’ Cllr Boyle said.

‘If a farmer on land was left eight years without knowing whether he could keep his farm, there would be tractors on O’Connell Street.’

Seconding the motion, Cllr Nora McGinley (SF) said she had been contacted by a grower who had been refused a loan by his bank because his licence was still awaiting renewal.

‘That’s the reality of it. You can’t plan, you can’t invest, you can’t get credit,’ she told the meeting.

Cllr Martin Devenney (Ind) said the issue went beyond aquaculture and reflected ‘a complete disconnect’ between Dublin and coastal communities.

In a response read into the record, the Department said the licensing backlog had been reduced by 60 per cent since 2019 and that applications in Inver Beg Bay were ‘being progressed as a priority’.

‘The Department recognises the importance of the aquaculture sector to coastal communities in Donegal and is committed to processing all outstanding applications in line with its legal obligations,’ the response said.

Outside the meeting, mussel grower Caitríona Gallagher, whose family has operated rafts in the bay since 1987, said she welcomed the councillors’ support but was ‘not holding my breath’.

‘We’ve had motions before. We’ve had TDs down on the pier with their photographers. What we need is a piece of paper with a stamp on it,’ she said.

She said three of the seven family operations in the bay had already sold up or stopped seeding new lines.

A local fisheries officer, who asked not to be named, said staff shortages in the licensing section were ‘the real bottleneck’ and that files were ‘sitting on desks for months’ waiting for sign-off.

The motion will now be forwarded to the Minister and to all Donegal Oireachtas members.""",
        [
            ("strangling the life out of", "Seamus Boyle"),
            ("We have people down there", "Seamus Boyle"),
            ("If a farmer on land", "Seamus Boyle"),
            ("That’s the reality of it.", "Nora McGinley"),
            ("a complete disconnect", "Martin Devenney"),
            ("being progressed as a priority", "Department of Marine and Rural Affairs"),
            ("The Department recognises the importance", "Department of Marine and Rural Affairs"),
            ("not holding my breath", "Caitríona Gallagher"),
            ("We’ve had motions before.", "Caitríona Gallagher"),
            ("the real bottleneck", "local fisheries officer"),
            ("sitting on desks for months", "local fisheries officer"),
        ],
    ),
    (
        """Carbon farming sales spark rural backlash

By Annabel Kerr

Rural communities in northern Wairarapa are pushing back against the sale of sheep and beef farms to carbon forestry investors, with a local farmer group saying whole valleys are being "locked up in pine".

At least 11 farms totalling more than 9000 hectares in the Pukemoana and Whakarongo valleys have been sold for conversion to permanent exotic forest in the past three years, according to figures compiled by the Eastern Hill Country Farmers Network.

The network has launched a "Keep Farms Farming" campaign and is calling on the Government to restrict whole-farm conversions to pine on productive land.

Network chair Lachie Barraclough, who farms 1200ha near Pukemoana, said the effect on the community was already visible.

"When a farm goes into pines, you lose a family, you lose kids at the school, you lose a shearing gang's work and you lose the bloke who comes to do the fencing," he said.

"The trees don't buy groceries in Masterton."

Barraclough said he was not opposed to forestry and had planted his own steeper gullies in natives.

Registered valuer Sonya Pettigrew said carbon buyers were paying between $8000 and $12,000 a hectare for hill country, well above what farmer buyers could afford.

"It's simple economics. A farmer buying land has to make it pay with stock. A carbon investor is looking at NZUs at current prices and the numbers just look better," she said.

Kahurangi Carbon Partners, which has bought three of the properties, said it was "proud to be contributing to New Zealand's climate targets".

"We manage our forests to the highest environmental standards and we employ local contractors wherever possible," chief executive Marcus Reid-Hollis said in a written response to questions.

A spokesman for Agriculture Minister Gavin Sutter said the Government was "looking closely at options to limit whole-farm conversions" and expected to announce decisions later this year.

Pukemoana School principal Rachel Ngata said the school roll had dropped from 34 to 19 in three years.

"We've had four families leave since the start of last year, and in every case the farm was sold for trees. At some point you have to ask whether there'll be a school here at all."

The network will hold a public meeting at the Pukemoana hall on Thursday evening.""",
        [
            ("locked up in pine", "Eastern Hill Country Farmers Network"),
            ("When a farm goes into", "Lachie Barraclough"),
            ("The trees don't buy groceries", "Lachie Barraclough"),
            ("It's simple economics. A farmer", "Sonya Pettigrew"),
            ("proud to be contributing to", "Kahurangi Carbon Partners"),
            ("We manage our forests to", "Marcus Reid-Hollis"),
            ("looking closely at options to", "spokesman"),
            ("We've had four families leave", "Rachel Ngata"),
        ],
    ),
    (
        """Dairy farmers brace for cut to nitrates limit

Eileen Cotter, Farming Correspondent

Dairy farmers in north Cork say they face culling cows or renting land at prices they cannot afford after confirmation that the stocking limit under the nitrates derogation will fall from 250kg to 220kg of organic nitrogen per hectare across much of the county.

The change, which takes effect from January 1, will affect about 1,800 farms in Cork alone, according to the Munster Dairy Farmers’ Association.

Donal Buckley, who milks 140 cows on 58 hectares near Knockbrack, told this newspaper he would have to cut his herd by about 20 cows or find more land.

“There’s no land to be had around here. Anything that comes up for rent is going at €500 an acre, and you’re bidding against fellas who are in the same boat as yourself,” he said.

“If I cull 20 cows, that’s 20 cows’ worth of income gone, but the repayments on the parlour don’t drop by a cent.”

Association president Gerard Twomey said the cut was “the result of failures elsewhere being loaded onto farmers” and called for water quality to be assessed at catchment level rather than across whole counties.

Addressing members in Mallow on Thursday night, Mr Twomey said:

“We have farmers in this province who have done everything asked of them. They have fenced off rivers, they have moved to low-emission slurry spreading, they have cut their fertiliser.

“And now they are being told that because a river 40 miles away has not improved, they must cull cows.

“That is not how you bring people with you. That is how you lose them.”

A spokesman for the Department of Agriculture and Food said Ireland was “one of only a handful of member states” to have kept a derogation at all, and that losing it entirely would have had “far more serious consequences for the sector”.

“The Department will continue to work with farmers and advisers to support them through this transition, including through the targeted advisory programme,” he said.

Agricultural consultant Niamh Fitzgerald, who works with about 60 dairy clients in the Duhallow area, said the mood among farmers was the worst she had seen in 15 years.

“People aren’t panicking, but they’re doing the sums, and the sums aren’t good,” she said. “The ones I’m most worried about are the young lads who expanded five or six years ago on the back of advice that the derogation was safe.”

She said some clients were looking at exporting slurry to tillage farms or rearing fewer replacements as a way to stay under the limit without selling cows.

One co-op board member, speaking on condition of anonymity, said processors were “quietly very concerned” about the effect on milk supply next year.""",
        [
            ("There’s no land to be", "Donal Buckley"),
            ("If I cull 20 cows,", "Donal Buckley"),
            ("the result of failures elsewhere", "Gerard Twomey"),
            ("We have farmers in this", "Gerard Twomey"),
            ("And now they are being", "Gerard Twomey"),
            ("That is not how you", "Gerard Twomey"),
            ("one of only a handful", "spokesman"),
            ("far more serious consequences for", "spokesman"),
            ("The Department will continue to", "spokesman"),
            ("People aren’t panicking, but they’re", "Niamh Fitzgerald"),
            ("The ones I’m most worried", "Niamh Fitzgerald"),
            ("quietly very concerned", "co-op board member"),
        ],
    ),
    (
        """Rural roads repair bill leaves ratepayers facing big rates hike

By Mereana Walker

Rural ratepayers in the Hikurangi Coast district could face rates rises of up to 18 per cent as the council struggles to fund repairs to more than 200 kilometres of storm-damaged roads.

A report to Tuesday's council meeting put the district's outstanding roading repair bill at $142 million, of which the council expects central government to fund about 60 per cent.

Mayor Trish Kemara said the council had "run out of road", in every sense.

"We have farmers who have been driving stock trucks on a single lane with a slip hanging over it for two years. We have school buses doing a 40-minute detour. That's not acceptable, and we know it," Kemara said.

But the mayor said the council could not close the funding gap without either a large rates rise or more help from Wellington.

"Our ratepayer base is small and it's largely rural. You cannot ask 9000 ratepayers to fix what is essentially a national problem."

According to the report, 31 roads in the district remain under restricted access, including Pokai Rd, the only route out for about 25 farms in the upper Tawhero valley.

Upper Tawhero sheep and beef farmer Colin Maaka said the road had cost his business tens of thousands of dollars in extra freight.

"The stock truck companies won't send their big units up there now, so we're paying for two trips instead of one. The fertiliser truck won't come at all," he said.

Maaka said neighbours had discussed fixing part of the road themselves "because we're sick of waiting", but had been told by council staff that liability and consent issues made that impossible.

Councillor Bruce Henare, who holds the rural ward seat, told the meeting the council needed to be "honest with people about what can and can't be done this year".

"I'd rather we told them now that some of these roads won't be fully open until 2027 than keep making promises we can't keep," he said.

A spokesperson for Transport Minister Neville Ashby said the Government had committed more than $1 billion to storm recovery on the East Coast and would "continue to work closely with councils on their priorities".

One council engineer, who spoke on condition of anonymity because staff are not permitted to talk to media, said several of the worst slips were "still moving, some of them by a metre a month" and that some roads might need to be rebuilt on new alignments.

Submissions on the draft annual plan open next month.""",
        [
            ("run out of road", "Trish Kemara"),
            ("We have farmers who have", "Trish Kemara"),
            ("Our ratepayer base is small", "Trish Kemara"),
            ("The stock truck companies won't", "Colin Maaka"),
            ("because we're sick of waiting", "Colin Maaka"),
            ("honest with people about what", "Bruce Henare"),
            ("I'd rather we told them", "Bruce Henare"),
            ("continue to work closely with", "spokesperson"),
            ("still moving, some of them", "council engineer"),
        ],
    ),
    (
        """TB outbreak: Monaghan farmers demand answers on wildlife controls

Farmers in north Monaghan have called for an urgent review of wildlife controls after a cluster of bovine TB breakdowns left more than 30 herds locked up in the run-in to the spring sales.

Speaking to reporters after a public meeting in Carrickmorris on Wednesday night, local farmer Brendan McAree, whose 90-cow suckler herd has been restricted since November, said the situation was "the worst anyone around here can remember".

"I've been farming this land for 32 years and I've had two breakdowns in all that time. Now I've had two in three years, and the fella across the road has had three," McAree said.

"You do everything right. You keep your boundaries double-fenced, you do your biosecurity, and it still comes in. Nobody can tell us where it's coming from."

The meeting was organised by the Oriel Farmers' Association, which represents about 600 beef and dairy farmers in Monaghan and south Armagh.

The association's animal health chairman, Fergal Treanor, said the group wanted the Department to carry out a full wildlife survey in the affected townlands and to speed up its badger vaccination programme.

"We are not looking for anything radical. We are looking for the Department to do what it said it would do under its own TB strategy," Treanor said.

He also criticised delays in compensation, saying some farmers had been waiting "up to four months" for reactor payments.

According to Department figures, herd incidence in Co Monaghan rose to 7.1% last year, compared with a national figure of 4.8%.

In a statement, the Department of Agriculture and Rural Affairs said it was "acutely aware of the impact of TB breakdowns on farm families" and that additional resources had been deployed to the region.

"A dedicated epidemiological investigation is under way in the affected area, and wildlife surveys have been scheduled for the coming weeks," the statement said. "The Department would urge all farmers to engage fully with their private veterinary practitioners."

Local vet Aoife Duffy, who runs a mixed practice in the area, said the human cost of the outbreak was being overlooked.

"There's a lot of stress out there. I've had farmers in tears in the crush," she said. "When a herd goes down, it's not just the cattle. It's the mart plans, the cashflow, everything."

A senior figure at one of the county's marts, who asked not to be named, said numbers at the spring sales were down "by a good third" on last year, with restricted herds unable to trade.

Local TD Niall Carolan (FF) said he would raise the matter with the Minister "at the earliest opportunity" when the Dáil returns.""",
        [
            ("the worst anyone around here", "Brendan McAree"),
            ("I've been farming this land", "Brendan McAree"),
            ("You do everything right.", "Brendan McAree"),
            ("We are not looking for", "Fergal Treanor"),
            ("up to four months", "Fergal Treanor"),
            ("acutely aware of the impact", "Department of Agriculture and Rural Affairs"),
            ("A dedicated epidemiological investigation is", "Department of Agriculture and Rural Affairs"),
            ("The Department would urge all", "Department of Agriculture and Rural Affairs"),
            ("There's a lot of stress", "Aoife Duffy"),
            ("When a herd goes down,", "Aoife Duffy"),
            ("by a good third", "senior figure at one of the county's marts"),
            ("at the earliest opportunity", "Niall Carolan"),
        ],
    ),
]
