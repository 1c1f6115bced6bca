CASES = [
    (
        """Beef farmers vow to keep up pickets as factory price row deepens

Ciarán Moynihan

A farm leader has vowed that beef farmers picketing a meat processing plant in Co Roscommon will remain at the gates “for as long as it takes” after talks with the processor broke down last night.

About 60 farmers gathered outside Brennan Meats in Castlefinnan yesterday morning, with tractors lining the approach road and placards calling for a base price of €5.20/kg.

Leading the protest, Tom Gilhooly, chairman of the Midland Beef Producers Group, said farmers had been “pushed to the wall” by falling quotes over the past six weeks.

“We’re not here because we want to be. We’re here because there’s lads in this county who are losing money on every animal they sell,” he said.

“Input costs have gone through the roof – fertiliser, feed, diesel – and the factories are acting like none of that has happened.”

Mr Gilhooly said the group would not be moved by what he called “warm words and cold cheques”.

Brennan Meats said in a statement that it regretted the protest and that its prices reflected “the realities of a very difficult export market”.

“We value our suppliers and have always paid a competitive price relative to the wider market,” the statement said. “We remain open to constructive engagement with farm representatives.”

A senior figure in the meat industry, who did not wish to be named, told the Irish Independent that processors were under pressure from UK retailers. “Everybody thinks the factories are sitting on a pile of money. The margins are thinner than people realise,” the source said.

Local TD Máire Feeney (Ind) visited the picket and called on the Minister for Agriculture to intervene.

“The Minister can’t keep saying this is a commercial matter. When family farms are going to the wall, it’s a political matter,” she said.

A spokesperson for the Department of Agriculture said the Minister was “aware of the concerns” and that the beef market taskforce would meet next week.

Suckler farmer Bríd Nolan, who farms 80 acres outside Castlefinnan, said she had sold four bullocks last week and “barely covered the cost of the meal”.

“My father farmed this land and I’d like my son to farm it after me, but I honestly don’t know if there’ll be anything left for him,” she said.

Gardaí were present throughout the day and the protest passed off peacefully. A further round of talks has not yet been scheduled.""",
        [
            ("for as long as it", "Tom Gilhooly"),
            ("pushed to the wall", "Tom Gilhooly"),
            ("We’re not here because we", "Tom Gilhooly"),
            ("Input costs have gone through", "Tom Gilhooly"),
            ("warm words and cold cheques", "Tom Gilhooly"),
            ("the realities of a very", "Brennan Meats"),
            ("We value our suppliers and", "Brennan Meats"),
            ("We remain open to constructive", "Brennan Meats"),
            ("Everybody thinks the factories are", "senior figure in the meat industry"),
            ("The Minister can’t keep saying", "Máire Feeney"),
            ("aware of the concerns", "spokesperson"),
            ("barely covered the cost of", "Bríd Nolan"),
            ("My father farmed this land", "Bríd Nolan"),
        ],
    ),
    (
        """Councillors clash over rural housing rules in Co Mayo development plan

Aoife Kerrigan, Western Correspondent

Councillors in Co Mayo have voted to reject a key section of the county's draft development plan that would have restricted one-off housing in designated "areas under urban influence", setting up a potential confrontation with the Office of the Planning Regulator.

The motion, proposed by Cllr Seán Durkan (FF) and seconded by Cllr Nuala Byrne-Walsh (FG), was passed by 22 votes to seven at a special meeting of the council on Monday.

Mr Durkan told the meeting the restrictions would "empty out" parishes that were already struggling to keep their national schools and GAA clubs going.

"If a young couple can't build on their own family's land, where are they supposed to go? They'll go to Galway, or Dublin, or Sydney, and they won't come back," he said.

"We have been told for 20 years that rural Ireland matters. This is where we find out whether anyone meant it."

Ms Byrne-Walsh said the draft plan had been written "by people who have never had to drive 40 minutes to a maternity hospital".

However, the council's director of services for planning, Declan Ruane, warned members that the decision could leave the plan open to challenge. The variation was "not consistent with national planning policy", he said, and the council's executive had "a statutory obligation to advise members of that".

Green Party councillor Órla Hession, who voted against the motion, said one-off housing put pressure on water quality and on the cost of providing services.

"Nobody is saying no houses in the countryside. What we're saying is that we can't keep scattering houses along every road and then wonder why the bus doesn't come," she said.

The regulator's office said it would "examine the adopted plan in full" before deciding on any further steps. In a statement, it said it "recognises the particular pressures facing rural communities" but that development plans must be consistent with ministerial guidelines.

Outside the chamber, about 30 members of the Kiltullagh Rural Housing Action group welcomed the vote. One of them, Martin Cafferkey (27), said he had twice been refused permission to build on his father's holding near Carrowbeg.

"I'm working on the farm, I'm not going anywhere, and I still can't get permission to build a house on it. It makes no sense to me," he said.

A senior planner in another western local authority, speaking on condition of anonymity, said the episode reflected "a national conversation that nobody in Government wants to have".

The council's chief executive has 14 days to issue a formal report on the adopted plan.""",
        [
            ("empty out", "Seán Durkan"),
            ("If a young couple can't", "Seán Durkan"),
            ("We have been told for", "Seán Durkan"),
            ("by people who have never", "Nuala Byrne-Walsh"),
            ("not consistent with national planning", "Declan Ruane"),
            ("a statutory obligation to advise", "Declan Ruane"),
            ("Nobody is saying no houses", "Órla Hession"),
            ("examine the adopted plan in", "Office of the Planning Regulator"),
            ("recognises the particular pressures facing", "Office of the Planning Regulator"),
            ("I'm working on the farm", "Martin Cafferkey"),
            ("a national conversation that nobody", "senior planner in another western local authority"),
        ],
    ),
    (
        """Co-op holds March milk price as suppliers warn on margins

By Pádraig Lenihan

Glenmoher Dairies has held its base milk price for March supplies at 42c/l including VAT, a decision the co-op’s chairman described as ‘the best we could do in a market that is still finding its feet’.

In a letter to suppliers this week, the co-op said dairy commodity markets had shown ‘tentative signs of recovery’ since January but that returns from its butter and powder portfolio remained under pressure.

‘The board is conscious of the pressure on farm incomes coming into the main calving and breeding season,’ the letter said. ‘We will continue to review the price monthly and will pass on any improvement in returns as quickly as possible.’

The co-op also confirmed that its ‘Farm Futures’ sustainability bonus of 0.5c/l will continue to be paid on qualifying supplies.

Speaking to the Farmers Journal, chairman Michael Hanrahan said the board had looked ‘very seriously’ at an increase.

‘There was a strong feeling around the table that farmers needed something,’ he said. ‘But we have to be responsible. If we put up a price the market can’t support, we end up taking it back off them in two months, and that does more damage.’

Suppliers contacted by the Farmers Journal were critical. Ger Fitzgibbon, who milks 110 cows near Rathcurran, said the hold was ‘disappointing but not surprising’.

‘Every co-op is waiting for someone else to move first. Meanwhile our costs are locked in. I’ve a fertiliser bill there that I signed up to in the autumn and it doesn’t care what the milk price is,’ he said.

The dairy committee chair of the Irish Milk Producers’ Federation (IMPF), Siobhán Costigan, said co-ops had ‘more room than they are letting on’.

‘When we look at the returns index and at what’s being achieved on the spot market, there is a clear case for at least 1c/l. Farmers carried the co-ops through the downturn. It’s time for that to be recognised,’ she said.

A dairy adviser based in the region, who asked not to be named because of his work with several co-ops, said most spring-calving herds would be ‘running close to breakeven’ at current prices once higher interest costs were factored in.

Glenmoher, which processes about 520 million litres annually from 2,900 suppliers, will announce its April price in mid-May.""",
        [
            ("the best we could do", "Michael Hanrahan"),
            ("tentative signs of recovery", "Glenmoher Dairies"),
            ("The board is conscious of", "Glenmoher Dairies"),
            ("We will continue to review", "Glenmoher Dairies"),
            ("very seriously", "Michael Hanrahan"),
            ("There was a strong feeling", "Michael Hanrahan"),
            ("But we have to be", "Michael Hanrahan"),
            ("disappointing but not surprising", "Ger Fitzgibbon"),
            ("Every co-op is waiting for", "Ger Fitzgibbon"),
            ("more room than they are", "Siobhán Costigan"),
            ("When we look at the", "Siobhán Costigan"),
            ("running close to breakeven", "dairy adviser based in the region"),
        ],
    ),
    (
        """Anger in Co Leitrim town as last bank branch set to close

By Conor Reilly

Business owners in Lisnagree, Co Leitrim, have reacted with anger to a decision by Atlantic Community Bank to close the town's only bank branch in September.

The bank said the branch, which has operated on the town's Main Street since 1974, had seen a 60% fall in counter transactions over five years as customers moved to online and mobile banking.

"This was not a decision we took lightly," a spokeswoman for the bank said. "We will be writing to every customer affected and our teams will support anyone who needs help to move to other ways of banking."

She said customers would be able to carry out most everyday transactions at the local post office under an existing agreement.

But the chairperson of Lisnagree Chamber of Commerce, Fiona McGovern, said the closure would hit older people and small businesses hardest.

"We have a supermarket, two pubs, a hardware and a pharmacy on this street, and every one of them handles cash," Ms McGovern said. "Where are they supposed to lodge it? The nearest branch is now 35 kilometres away."

She added that the town had "done everything right" in recent years, opening a new enterprise hub and securing a greenway link that had brought visitors into the area.

Fianna Fáil councillor Pádraic Gilroy said he would raise the matter at the next meeting of Leitrim County Council and had written to the bank's chief executive.

"Rural towns are being hollowed out one service at a time. First it was the garda station, then the courthouse, and now the bank," he said.

Speaking on North West Radio this morning, pensioner Kathleen Rooney, 81, said she had banked at the branch "all my life".

"I don't do the phone banking. I wouldn't trust it, and I wouldn't know how. The girls in there know me by name," she said.

The Department of Finance said it was "not in a position to direct" banks on decisions about their branch networks, but that it expected the sector to engage meaningfully with affected communities.

Customers are due to receive letters from the bank from next week.""",
        [
            ("This was not a decision", "spokeswoman"),
            ("We will be writing to", "spokeswoman"),
            ("We have a supermarket, two", "Fiona McGovern"),
            ("Where are they supposed to", "Fiona McGovern"),
            ("done everything right", "Fiona McGovern"),
            ("Rural towns are being hollowed", "Pádraic Gilroy"),
            ("all my life", "Kathleen Rooney"),
            ("I don't do the phone", "Kathleen Rooney"),
            ("not in a position to", "Department of Finance"),
        ],
    ),
    (
        """‘Roads are like a lunar landscape’ – councillors demand action on potholes

By Eamon Daly

Councillors in the Ballycurraun Municipal District have called for an emergency allocation of funding for local roads after one of their number, Cllr Jimmy Cotter, described the damage as “the worst winter for road damage in living memory”.

At the monthly meeting of the district on Tuesday, Cllr Cotter (Ind) said some of the roads in the east of the district were now “like a lunar landscape”.

“I had a woman on to me last week who burst two tyres in the one evening on the road out to Gortnaclohy. Two tyres. That’s €300 she didn’t have,” he said.

“And it’s not just cars. We have milk lorries and school buses going over these roads every day. Somebody is going to get hurt.”

Cllr Mary Twomey (FG) supported the call and said the Local Improvement Scheme (LIS), which funds repairs to private lanes serving farms and homes, had a waiting list “as long as your arm”.

“There are people on that list since 2019. Some of them have died waiting,” she said.

Cllr Dónal Ó Súilleabháin (SF) said the council needed to be “honest with people” about what could realistically be done with the money available.

Responding, district engineer Kieran Madigan said the roads budget for the area was set by national allocations and that the district had received €4.1 million this year.

“We are not in a position to fix every road at once, and I wouldn’t want to give anyone the impression that we are,” he told the meeting. “What we can do is prioritise the roads with the heaviest traffic and the worst deterioration, and that’s what the programme does.”

Mr Madigan said crews had filled “in excess of 3,000 potholes” since January and that a further round of patching would begin in the coming weeks, weather permitting.

A council spokesman later confirmed that a submission for additional funding had been made to the Department of Transport and that a decision was expected “before the summer”.

Meanwhile, members of the Gortnaclohy Residents’ Association have started a petition under the banner “Fix Our Roads Now”, which had gathered more than 600 signatures by Wednesday evening.

Association secretary Noreen Kiely said: “We’re not asking for motorways. We just want to be able to drive to Mass without losing a wheel.”

The petition will be presented at the next full meeting of the county council.""",
        [
            ("Roads are like a lunar", "Jimmy Cotter"),
            ("the worst winter for road", "Jimmy Cotter"),
            ("like a lunar landscape", "Jimmy Cotter"),
            ("I had a woman on", "Jimmy Cotter"),
            ("And it’s not just cars.", "Jimmy Cotter"),
            ("as long as your arm", "Mary Twomey"),
            ("There are people on that", "Mary Twomey"),
            ("honest with people", "Dónal Ó Súilleabháin"),
            ("We are not in a", "Kieran Madigan"),
            ("What we can do is", "Kieran Madigan"),
            ("in excess of 3,000 potholes", "Kieran Madigan"),
            ("before the summer", "spokesman"),
            ("We’re not asking for motorways.", "Noreen Kiely"),
        ],
    ),
    (
        """Farmers in West Cork fear ‘hidden crisis’ as TB herd breakdowns double

Liam Twohig, Agriculture Correspondent

The number of herds restricted due to bovine TB in West Cork has almost doubled in a year, prompting farm leaders to warn of “a hidden crisis” that is taking a serious toll on the finances and mental health of farm families.

Figures from the Department of Agriculture show 214 herds in the region were under restriction at the end of last month, compared with 118 at the same point last year.

Noel Crowley, the animal health chair of the Cork Farmers’ Alliance, said families were “living from test to test”.

“You have a man who’s spent 30 years building up a pedigree herd, and in one afternoon he’s told half of them are reactors and have to go,” he said. “The compensation doesn’t come near the value of those animals, and it certainly doesn’t cover the years of breeding.

“People don’t talk about it in the mart. They don’t want the neighbours to know. That’s why I’m calling it a hidden crisis.”

Mr Crowley said the alliance wanted an independent review of the valuation system and faster payment of compensation.

Dairy farmer Eileen Harte, whose herd near Dromcarrig was restricted in October, said the six months since had been “the hardest of my life”.

“We couldn’t sell calves, so we had them on the place eating feed we hadn’t budgeted for. We were doing everything we were told and it still wasn’t enough,” she said.

In a statement, the Department said it was “acutely aware of the impact of TB breakdowns on farm families” and that its new eradication strategy included increased financial supports.

It said wildlife remained “a significant factor” in the spread of the disease in the area and that its badger vaccination programme was being expanded.

A veterinary practitioner in the region, who asked not to be identified, said the rise was partly due to more sensitive testing.

“We’re picking up more because we’re looking harder, which is a good thing in the long run, but it’s cold comfort to the farmer standing in the yard,” the vet said.

The alliance has scheduled a public meeting at Dromcarrig Community Hall for next Thursday evening. Its president, Jer O’Mahony, said: “We want every farmer who’s been through this to come along, and we want the Department to come and listen.”

Officials from the Department’s regional veterinary office have been invited to attend.""",
        [
            ("hidden crisis", "Noel Crowley"),
            ("a hidden crisis", "Noel Crowley"),
            ("living from test to test", "Noel Crowley"),
            ("You have a man who’s", "Noel Crowley"),
            ("The compensation doesn’t come near", "Noel Crowley"),
            ("People don’t talk about it", "Noel Crowley"),
            ("the hardest of my life", "Eileen Harte"),
            ("We couldn’t sell calves, so", "Eileen Harte"),
            ("acutely aware of the impact", "Department of Agriculture"),
            ("a significant factor", "Department of Agriculture"),
            ("We’re picking up more because", "veterinary practitioner in the region"),
            ("We want every farmer who’s", "Jer O’Mahony"),
        ],
    ),
    (
        """Minister: 'Nitrates derogation fight is far from over'

By Sinéad Delaney

The Minister for Agriculture, Colm Devaney, has said the Government will "use every lever available" to secure a renewal of Ireland's nitrates derogation.

Speaking at the annual general meeting of the Irish Grassland Farmers' Association (IGFA) in Co Laois on Friday evening (February 14), Minister Devaney said:

"I want to be very clear with farmers this evening. The fight for the derogation is far from over, and I will be making the case at every Council meeting in Brussels between now and the decision.

"But we have to be able to go to the Commission with evidence that water quality is improving. That means every farmer, every co-op and every advisor pulling in the same direction."

The minister acknowledged that many farmers felt "under siege" from environmental regulation, and said he understood "the frustration out there".

IGFA president Karen Brophy told the meeting that the derogation was "not a luxury" for intensive dairy farmers but "the difference between a viable farm and an unviable one" for thousands of families.

"If we lose the derogation, we are looking at herd reductions of up to 20% on some farms. That's not a number on a spreadsheet. That's jobs in the co-op, in the mart, in the local shop," she said.

Brophy, who farms in partnership with her husband near Ballyfinnane, said the association would launch a water quality campaign, titled "Farming for Clean Water", in the spring.

Meanwhile, the Clean Rivers Coalition said in a statement issued after the meeting that the derogation "cannot be the priority while rivers continue to fail".

"Farmers are not the enemy here, but pretending that stocking rates have nothing to do with nitrogen losses does nobody any favours," the statement said.

Asked whether he would accept a reduced derogation as a compromise, Devaney told reporters he would "not negotiate in public".

"We'll go in with the strongest case we can make and we'll see where we land," he said.

The European Commission is expected to make a decision on the derogation later this year.""",
        [
            ("Nitrates derogation fight is far", "Colm Devaney"),
            ("use every lever available", "Colm Devaney"),
            ("I want to be very", "Colm Devaney"),
            ("But we have to be", "Colm Devaney"),
            ("under siege", "Colm Devaney"),
            ("the frustration out there", "Colm Devaney"),
            ("not a luxury", "Karen Brophy"),
            ("the difference between a viable", "Karen Brophy"),
            ("If we lose the derogation,", "Karen Brophy"),
            ("cannot be the priority while", "Clean Rivers Coalition"),
            ("Farmers are not the enemy", "Clean Rivers Coalition"),
            ("not negotiate in public", "Colm Devaney"),
            ("We'll go in with the", "Colm Devaney"),
        ],
    ),
    (
        """Landowners dig in over greenway route through farmland

By Gráinne Tully

The Glenrath Landowners Group has said its members will not allow the Glenrath Valley Greenway to proceed across their land without "proper consultation", as Longford County Council prepares to lodge a compulsory purchase order (CPO).

The 24km route would link Ardcullen and Clonbrack, largely following a disused railway line, but about 6km would cross privately owned farmland where the old line was sold off in the 1960s.

According to the group, 31 landowners are affected, and "fewer than a handful" have agreed to the council's terms.

Group spokesman PJ Keogh, a beef farmer whose land would be split in two by the route, said farmers were not against the greenway "in principle".

"Nobody here is against tourism, and nobody is against people getting out walking and cycling. Some of us would use it ourselves," he said.

"But I have a yard on one side and my best grazing on the other. If they put a path down the middle of that, how am I supposed to move cattle? Who's liable if a cyclist gets hit by a bullock?

"The council came to us with a map and a price. That's not consultation. That's 'take it or leave it'."

Longford County Council said it had held "more than 60 individual meetings" with landowners since 2022 and had made changes to the route in response to concerns.

"The council remains committed to working with landowners to reach voluntary agreements wherever possible," a council statement said. "However, the council also has a responsibility to deliver a piece of public infrastructure that will bring significant economic benefit to the county."

A source close to the project said the CPO was "very much a last resort" but that funding deadlines meant the council "can't wait forever".

Cllr Teresa Mulvihill (FF), who represents the area, said she had "sympathy on both sides".

"This greenway could be transformative for Ardcullen. But it has to be done with the farmers, not to them," she said.

The CPO is expected to go before the planning appeals board later this year. Mr Keogh said the group had engaged a solicitor and would make a submission.""",
        [
            ("proper consultation", "Glenrath Landowners Group"),
            ("fewer than a handful", "Glenrath Landowners Group"),
            ("in principle", "PJ Keogh"),
            ("Nobody here is against tourism,", "PJ Keogh"),
            ("But I have a yard", "PJ Keogh"),
            ("The council came to us", "PJ Keogh"),
            ("more than 60 individual meetings", "Longford County Council"),
            ("The council remains committed to", "Longford County Council"),
            ("However, the council also has", "Longford County Council"),
            ("very much a last resort", "source close to the project"),
            ("can't wait forever", "source close to the project"),
            ("sympathy on both sides", "Teresa Mulvihill"),
            ("This greenway could be transformative", "Teresa Mulvihill"),
        ],
    ),
]
