CASES = [
    (
        """Boil water notice extended for Pukehinau as council admits plant ‘not fit for purpose’

Jess Whitcombe

More than 1800 residents of Pukehinau will have to keep boiling their drinking water for at least another three weeks after E. coli was again detected in the town’s supply.

Awatea District Council issued the notice on March 4 after routine testing picked up the bacteria at the township’s reservoir on Kōura Rd. It had hoped to lift the notice by Friday.

Council infrastructure group manager Darren Pohatu said on Wednesday that repeat samples taken over the weekend had come back positive.

“We’re not going to take any chances with people’s health. Until we have three consecutive clear results, the notice stays,” Pohatu said.

He conceded the town’s treatment plant, built in 1974, was “not fit for purpose” and had been flagged for replacement in the council’s long-term plan for nearly a decade.

“The honest answer is that the money has been deferred, year after year, because there were always other pressures. That’s on us as a council.”

Mayor Helen Tuari said she had asked staff to bring a report to the next full council meeting on whether the $6.2 million upgrade could be brought forward.

“I know people are frustrated, and they have every right to be. Nobody should have to boil the jug to brush their kids’ teeth in 2024,” she said.

A medical officer of health with the regional public health service said there had been no confirmed cases of illness linked to the supply, but urged residents to “be vigilant” for symptoms such as diarrhoea and stomach cramps, particularly in young children and older people.

Mere Hākopa, who runs the Riverside Cafe on Main St, said the notice had already cost her business hundreds of dollars in bottled water and ice.

“We’ve had to buy in everything – water for the coffee machine, ice, the lot. Customers are understanding, but it adds up fast.”

Retired shearer Graham Stott, 71, said he had lived in Pukehinau for 40 years and had “never seen it this bad”.

“Every few years there’s a scare, and every time they say they’ll fix it. I’ll believe it when I see the diggers.”

The council is handing out free bottled water at the Pukehinau Memorial Hall between 9am and 5pm daily, and has asked residents to check on elderly neighbours.

Updates will be posted on the council’s website and Facebook page.""",
        [
            ("not fit for purpose", "Darren Pohatu"),
            ("We’re not going to take", "Darren Pohatu"),
            ("not fit for purpose", "Darren Pohatu"),
            ("The honest answer is that", "Darren Pohatu"),
            ("I know people are frustrated,", "Helen Tuari"),
            ("be vigilant", "medical officer of health with the regional public health service"),
            ("We’ve had to buy in", "Mere Hākopa"),
            ("never seen it this bad", "Graham Stott"),
            ("Every few years there’s a", "Graham Stott"),
        ],
    ),
    (
        """Rural community cut off for third week as slip repairs stall on Tūhara Valley Rd

By Tom Arkwright

Families in the remote Tūhara Valley say they are running low on patience - and supplies - as a massive slip on the only road in and out remains unrepaired nearly three weeks after torrential rain.

About 60 households have relied on a rough farm track across private land since the slip took out a 40m section of Tūhara Valley Rd on June 11.

Local farmer and school board chairwoman Anika Rowe said the track was “barely passable” in a four-wheel-drive ute and impossible for the school bus.

“We’ve got kids who haven’t been to school in three weeks. We’ve got elderly people who can’t get to their doctor.

“Every day we ring the council and every day we get the same answer. It’s not good enough.”

Pūriri Coast District Council’s roading manager, Phil Carrington, said geotechnical engineers had found the slip was still moving, making it unsafe to send in heavy machinery.

“We understand the frustration, and we’d love to be in there tomorrow. But if we put a digger on that face and it goes again, we could lose the machine and potentially a life,” Carrington said.

He said a temporary one-lane bypass further up the hillside was being designed and could be open “within a fortnight” if the weather held.

Pūriri Coast Mayor Stuart Benning told the Herald the council had applied to central government for emergency works funding but had yet to hear back.

“Our ratepayer base is small and our roading network is huge. We simply cannot fund repairs on this scale on our own,” Benning said.

“This is the fourth major weather event we’ve had in two years. Something has to change in the way these costs are shared between councils and the Government.”

According to a council update issued on Friday, a further 23 slips have been recorded across the district’s rural road network since the June storm, with repair costs estimated at $14 million.

A Civil Defence spokesman said a helicopter was on standby in case of a medical emergency in the valley, and food parcels had been flown in to two households last week.

Rowe said residents had also started organising their own supply runs, with a neighbour’s quad bike and trailer ferrying groceries, medication and stock feed along the track twice a week.

“People are pulling together, that’s what we do out here. But we shouldn’t have to, not in this day and age.”""",
        [
            ("barely passable", "Anika Rowe"),
            ("We’ve got kids who haven’t", "Anika Rowe"),
            ("Every day we ring the", "Anika Rowe"),
            ("We understand the frustration, and", "Phil Carrington"),
            ("within a fortnight", "Phil Carrington"),
            ("Our ratepayer base is small", "Stuart Benning"),
            ("This is the fourth major", "Stuart Benning"),
            ("People are pulling together, that’s", "Anika Rowe"),
        ],
    ),
    (
        """Regional council's nitrate limits 'unworkable', say farmers

Farmers in the upper Waitoru catchment say proposed limits on nitrogen leaching will force some of them off the land, but freshwater advocates say the rules do not go far enough.

Rangiwhero Regional Council has released a draft freshwater plan change for public consultation, which would cap nitrogen losses from farms in the catchment at levels about 30 percent lower than current averages by 2035.

Waitoru Catchment Farmers Group chair Bruce McAlister told RNZ the limits were "unworkable" for dairy farms on the free-draining soils around Kererū Flat.

"We've done a lot already - riparian planting, fencing, effluent upgrades. Some of these farms have spent half a million dollars. What's being asked now is basically a change of land use, and the council hasn't costed what that means for the district."

He said the group would make a submission asking the council to push the deadline out to 2045.

But Sophie Tane-Harris, a spokesperson for the community group Save Our Waitoru, said the river could not wait another two decades.

"Kids can't swim at the Domain swimming hole most summers. There are toxic algae warnings every January. Pushing the deadline out just means another generation grows up with a river they can't touch," she said.

Tane-Harris said the draft was "a step in the right direction", but the group would push for interim targets so progress could be measured before 2035.

Regional council chair Lyn Ormsby said the plan was the result of three years of work with farmers, iwi and community groups and was "genuinely a starting point".

"Nobody is going to get everything they want out of this plan. What we're trying to do is find a path that restores the river without hollowing out the rural economy," Ormsby said.

In a written statement, Te Poari o Waitoru, the co-governance committee for the river, said the health of the water "must come first" and it would be seeking stronger protections for the river's springs and tributaries.

The council's science manager, Dr Amit Desai, said monitoring showed nitrate concentrations at the lower Waitoru site had roughly doubled since 1995.

"The trend is clear and it's consistent. Without intervention we would expect it to keep climbing for some years yet, because of the lag time in groundwater."

Submissions close on 14 August. Hearings are expected early next year.""",
        [
            ("unworkable", "Bruce McAlister"),
            ("unworkable", "Bruce McAlister"),
            ("We've done a lot already", "Bruce McAlister"),
            ("Kids can't swim at the", "Sophie Tane-Harris"),
            ("a step in the right", "Sophie Tane-Harris"),
            ("genuinely a starting point", "Lyn Ormsby"),
            ("Nobody is going to get", "Lyn Ormsby"),
            ("must come first", "Te Poari o Waitoru"),
            ("The trend is clear and", "Amit Desai"),
        ],
    ),
    (
        """Ratepayers face 14.8% rise as wastewater costs bite

By Kerry Blackwood

Pomahaka district ratepayers are facing an average rates rise of 14.8% next year, driven largely by the cost of upgrading ageing wastewater plants to meet tougher consent conditions.

The figure was revealed at a council meeting in Glenmorven yesterday, where councillors voted 7-4 to consult on the draft long-term plan.

Mayor Rob Findlater said the increase was "not something any of us wanted to put our names to".

"But the reality is we've got treatment plants in Glenmorven and Kelso Junction discharging into rivers under consents that expire in 2026.

"The regional council has made it very clear it won't be rolling those over on the same terms, and the fines for non-compliance would cost ratepayers far more in the long run."

Cr Janine Moody, who voted against consulting on the draft, said the council had not done enough to find savings before turning to ratepayers.

"We've got pensioners in this district on fixed incomes who are already choosing between heating and eating. I don't accept that every line in this budget is essential."

Ms Moody said she wanted staff to look at deferring the planned $3.4 million upgrade of the Glenmorven library and service centre.

Chief executive Paul Gearing said staff had already cut $2.1 million from the draft budget, and further savings would mean reducing levels of service.

"There is no fat left in this. If councillors want to cut more, they'll need to tell us which services the community is willing to go without," Mr Gearing said.

According to council documents, wastewater spending accounts for almost half of the proposed rise, with the remainder split between roading, insurance and inflation.

The average residential ratepayer in Glenmorven would pay about $412 more a year, while rural ratepayers would face increases of between 9% and 12%, depending on their property's capital value.

Pomahaka Ratepayers' Association spokesman Neville Ruddock said members would be "out in force" at consultation meetings.

"People understand the pipes need doing. What they don't understand is why this has all landed at once, when councils have known about these consents for 20 years."

Mr Findlater said he would welcome that.

"I'd much rather have a full hall and a robust conversation than have people find out about this when their rates bill lands in the letterbox."

Consultation opens on March 18. Public drop-in sessions will be held in Glenmorven, Kelso Junction and Ruru Flat.""",
        [
            ("not something any of us", "Rob Findlater"),
            ("But the reality is we've", "Rob Findlater"),
            ("The regional council has made", "Rob Findlater"),
            ("We've got pensioners in this", "Janine Moody"),
            ("There is no fat left", "Paul Gearing"),
            ("out in force", "Neville Ruddock"),
            ("People understand the pipes need", "Neville Ruddock"),
            ("I'd much rather have a", "Rob Findlater"),
        ],
    ),
    (
        """Council votes to rip out Kaitawa cycleway barriers after shop owners’ outcry

Concrete barriers separating cyclists from traffic on a 600-metre stretch of Kaitawa’s main street will be removed, after Rimu Harbour city councillors narrowly voted to scrap the design just 18 months after it was installed.

The $1.9m protected cycleway on Kaitawa Rd was funded partly by central government and was hailed at its opening as a model for suburban centres across the region.

But on Thursday councillors voted 8-7 to replace the barriers with painted lanes and restore 34 car parks, following a petition signed by more than 2000 people and sustained lobbying from local retailers.

Councillor Marcus Tewhata, who moved the motion, said the council had “got it wrong” on Kaitawa Rd.

“We didn’t listen properly to the people who actually work on that street. Foot traffic is down, parking is impossible, and some of these businesses won’t survive another year like the last one.”

Kaitawa Business Association chairwoman Priya Nand said retailers were “relieved”.

“We were never against cyclists. We were against a design that was imposed on us with about three weeks’ notice,” Nand said.

Cycling advocates reacted with fury. Dan Feltham, of the Bikes on Rimu advocacy group, told reporters outside the council chamber the decision was “short-sighted and frankly dangerous”.

“The data the council’s own officers put in front of them shows cycling numbers on that road have tripled. Someone is going to get hurt when those barriers come out, and councillors will have to live with that.”

Officers had recommended keeping the barriers. Their report to councillors found “no clear evidence” that the cycleway had caused a fall in retail spending, noting similar declines in suburbs without any new cycling infrastructure.

Mayor Andrea Kingi, who voted against the motion, said she was disappointed by the outcome.

“We’ve spent public money building this and now we’re going to spend more public money pulling it out. I don’t think that’s a result anyone should be proud of,” she said.

Kingi said she would not seek to have the decision revisited, but wanted a full safety audit once the new layout was in place.

It is not yet clear whether the council will have to repay any of the central government funding. A council statement said officers were seeking advice on that question, and that removal work would begin in the new year and be carried out “in stages to minimise disruption” to businesses.

The work is expected to cost about $420,000.""",
        [
            ("got it wrong", "Marcus Tewhata"),
            ("We didn’t listen properly to", "Marcus Tewhata"),
            ("relieved", "Priya Nand"),
            ("We were never against cyclists.", "Priya Nand"),
            ("short-sighted and frankly dangerous", "Dan Feltham"),
            ("The data the council’s own", "Dan Feltham"),
            ("no clear evidence", "Rimu Harbour City Council"),
            ("We’ve spent public money building", "Andrea Kingi"),
            ("in stages to minimise disruption", "Rimu Harbour City Council"),
        ],
    ),
    (
        """Kōrimako Beach homeowners told council won’t fund new seawall

By Leah Fordyce

Owners of about 40 beachfront homes at Kōrimako Beach have been told the district council will not pay for a new seawall, with a draft coastal strategy instead flagging “managed retreat” for the most at-risk stretch of coast.

The draft Kōrimako Coastal Adaptation Strategy, released by Tāwhiti District Council last week, identifies 17 properties on The Esplanade as being at high risk from erosion and inundation within 30 years.

Esplanade Residents’ Group spokeswoman Carol Henare said owners felt “abandoned”.

“Some of these families have been here three generations. We’ve paid our rates for decades on the understanding that the council would protect the road and the services, and now we’re being told to start thinking about moving. It’s just staggering.”

She said residents were prepared to contribute to the cost of a rock revetment, estimated at between $8 million and $11m, through a targeted rate.

Tāwhiti District Council strategic planning manager Hamish O’Rourke said the draft was based on the best available science and no decisions had yet been made.

“We know this is really hard for people. But we’d be doing the community a disservice if we pretended that a wall alone was going to hold back the sea for the next hundred years,” O’Rourke said.

According to the strategy, a seawall would be likely to shift erosion on to neighbouring stretches of beach and would need to be rebuilt or raised at least twice before 2100.

A council staff member, who asked not to be named because they were not authorised to speak to media, said there was concern internally that the council could be exposed to legal action whichever option it chose.

“Whatever we do, someone’s going to end up in court. That’s the honest truth of it.”

Dr Ruth Fairbairn, a coastal scientist with consultancy Tidewater Geoscience, which prepared technical reports for the strategy, described Kōrimako as “a textbook case”.

“The beach has been retreating at around half a metre a year since the 1970s, and that rate is accelerating. The question isn’t whether the sea comes in, it’s when and how we respond.”

Henare said residents had engaged their own coastal engineer to review the council’s findings.

“We’re not scientists and we’re not pretending to be. But we want someone independent to look at this before anyone starts talking about people losing their homes.”

Community drop-in sessions will be held at the Kōrimako Surf Club on Saturday and the following Wednesday evening. Feedback on the draft strategy closes on November 29.""",
        [
            ("abandoned", "Carol Henare"),
            ("Some of these families have", "Carol Henare"),
            ("We know this is really", "Hamish O’Rourke"),
            ("Whatever we do, someone’s going", "council staff member"),
            ("a textbook case", "Ruth Fairbairn"),
            ("The beach has been retreating", "Ruth Fairbairn"),
            ("We’re not scientists and we’re", "Carol Henare"),
        ],
    ),
    (
        """Water company admits leak backlog has passed 2500 as summer restrictions loom

A council-owned water company says its backlog of unrepaired leaks has climbed past 2500, and residents should prepare for sprinkler bans as early as next month.

Kahu Water, which runs the drinking water, wastewater and stormwater networks for Kahu City and two neighbouring district councils, estimates it is losing about 40 percent of the treated water it produces through leaking pipes.

In a statement on Tuesday, the company said it had more crews in the field than at any time in its history and was "prioritising the biggest ones first".

Chief executive Gareth Lomas told Morning Report the backlog was the result of decades of under-investment in the network.

"We're fixing more leaks than we ever have - about 300 a month - but new ones are popping up faster than we can get to them. The pipes are simply at the end of their life.

"We need something like $1.2 billion over the next decade just to stand still. That's the scale of it."

Lomas said water use was already tracking close to what the treatment plants could supply, and a hot, dry summer would put the network under serious pressure.

Kahu City councillor Teresa Mahuika, who chairs the council's infrastructure committee, said she had run out of patience.

"Residents are ringing me about the same leak on their street for six months. They're being told to take shorter showers while clean water runs down the gutter. You can understand why people are angry."

Mahuika said she would be asking the company to publish a weekly online dashboard showing every reported leak and how long it had been waiting for repair.

Linda Park, who lives in the suburb of Te Wharau, put it simply: "If they can't fix a leak that's been running for five months, why should I turn off my hose?"

The company acknowledged that frustration but urged households to cut back now.

"Water restrictions are a last resort, but every litre people save over the next few weeks makes a total sprinkler ban less likely," the company said.

Level 1 restrictions, which limit garden watering to alternate days, are expected to come into force on 1 December.

An update on the leak backlog is due to go to the councils' joint water committee next week.""",
        [
            ("prioritising the biggest ones first", "Kahu Water"),
            ("We're fixing more leaks than", "Gareth Lomas"),
            ("We need something like $1.2", "Gareth Lomas"),
            ("Residents are ringing me about", "Teresa Mahuika"),
            ("If they can't fix a", "Linda Park"),
            ("Water restrictions are a last", "Kahu Water"),
        ],
    ),
    (
        """Farmer fined $96,000 for draining protected wetland

A dairy farmer who dug drains through part of a protected peat wetland to create more pasture has been fined $96,000.

Colin James Dunstan, 58, and his company Dunstan Pastoral Ltd were sentenced in the Ōrongo District Court on Monday after earlier pleading guilty to charges under the Resource Management Act laid by Ngāhere Regional Council.

The court heard that in late 2022 Dunstan used a hired excavator to dig about 1.2km of drains through a 6.5-hectare wetland on his property off Kōtuku Rd, lowering the water table and killing much of the native vegetation, including several uncommon plant species.

In his sentencing notes, Judge Andrew Leckie said the offending was “at the more serious end of the spectrum”.

“Peat wetlands of this kind have been reduced to a tiny fraction of their former extent. What remains is irreplaceable on any human timescale, and the law protects it for good reason.”

The judge said Dunstan had been “at the very least reckless”, as he had been told by council officers two years earlier that the area was a natural wetland and could not be drained without consent.

A council ecologist who assessed the site told the court it could take “decades, if not centuries” for the peat to recover, even if the drains were blocked.

Defence lawyer Sarah McCaw said her client accepted responsibility and had already begun working with an ecologist to block the drains and replant the site.

“Mr Dunstan is a third-generation farmer who has been under enormous financial pressure. That doesn’t excuse what happened, but he is genuinely remorseful and committed to putting it right,” McCaw told the court.

The judge gave a discount for the guilty plea and the remediation work already under way, but said a substantial fine was needed to deter others.

Outside court, Ngāhere Regional Council regulatory manager Kiri Waaka said the sentence sent a clear message to landowners.

“Wetlands are some of the most important ecosystems we have in this region, and we’ve lost more than 90 per cent of them. When people destroy what’s left, we will take them to court.”

She said the council had brought 11 prosecutions for wetland destruction in the past five years, and urged farmers unsure of the rules to contact council staff before starting any drainage work.

Dunstan declined to comment as he left the court.""",
        [
            ("at the more serious end", "Andrew Leckie"),
            ("Peat wetlands of this kind", "Andrew Leckie"),
            ("at the very least reckless", "Andrew Leckie"),
            ("decades, if not centuries", "council ecologist who assessed the site"),
            ("Mr Dunstan is a third-generation", "Sarah McCaw"),
            ("Wetlands are some of the", "Kiri Waaka"),
        ],
    ),
]
