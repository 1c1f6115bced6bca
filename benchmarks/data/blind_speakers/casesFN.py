CASES = [
    (
        """Plans for 140 homes on edge of Aberdeenshire village thrown out after 300 objections

By Fiona Leckie

Controversial plans to build 140 homes on farmland near Kinbrachie have been rejected by councillors after a heated three-hour meeting.

Developer Strathdon Homes had sought permission to build a mix of family houses and flats on fields to the north of the village, with 25% set aside as affordable housing.

But members of the Garioch area committee voted seven to four against the scheme, despite planning officers recommending it for approval.

More than 300 objections were lodged, with residents raising concerns about flooding, traffic on the B9170 and pressure on the village primary school, which is already at capacity.

Speaking at the meeting, local councillor Moira Findlater said the village "simply cannot absorb" another development of that size.

"We have had 90 homes built here in the last six years and not one extra classroom, not one extra GP appointment," she said.

"People are not against housing. They are against housing that arrives with nothing else."

Kinbrachie Community Council chairman Alastair Dunnet told the committee that the field regularly flooded in winter.

He said: "I have photographs of that field under a foot of water going back to 2015. Anyone who tells you it is suitable for houses has not been there in January."

Planning officer Graeme Soutar told councillors the site had been allocated for housing in the local development plan and that Scottish Water and the council's flood team had raised no objection.

He warned that a refusal could be overturned on appeal, adding that the council would "struggle to defend" the decision before a Scottish Government reporter.

Strathdon Homes said it was "disappointed" with the outcome and would consider its options.

A spokesman for the firm said: "This site was identified by the council itself as suitable for new homes, and our proposals include a significant contribution to education and road improvements. We will now take time to review the decision."

Committee chairwoman Councillor Heather Mair said she understood the frustration on both sides.

"Nobody around this table takes a decision like this lightly," she said. "But the strength of feeling in Kinbrachie was impossible to ignore."

The developer has three months to lodge an appeal with the Scottish Government's planning and environmental appeals division (DPEA).""",
        [
            ("simply cannot absorb", "Moira Findlater"),
            ("We have had 90", "Moira Findlater"),
            ("People are not against", "Moira Findlater"),
            ("I have photographs of", "Alastair Dunnet"),
            ("struggle to defend", "Graeme Soutar"),
            ("disappointed", "Strathdon Homes"),
            ("This site was identified", "spokesman"),
            ("Nobody around this table", "Heather Mair"),
            ("But the strength of", "Heather Mair"),
        ],
    ),
    (
        """‘It will block out the sun’: Anger as 32-storey tower approved beside Victorian terraces

Residents say they feel ‘steamrollered’ after councillors backed the scheme by six votes to three

By Liam Tattersall, Local Democracy Reporting Service

Plans for a 32-storey tower of rented flats next to a row of Victorian terraces in Ardley Bridge have been approved, despite fierce opposition from neighbours.

Developer Calder Point Living will now press ahead with the 410-apartment block on the site of a former tyre depot off Mill Lane, which has stood empty since 2017.

Members of Medlock Council’s planning committee voted in favour on Thursday night (March 14) after more than two hours of debate, with neighbours packing the public gallery.

Jenny Morrow, who has lived on Canal Street for 22 years, told the committee the tower would “block out the sun” for much of the afternoon.

“We’ve seen the shadow studies,” she said. “From October to March my back garden will be in darkness by two o’clock. Nobody on that committee would accept that for their own home.”

Speaking after the vote, she said residents had been “steamrollered” by the process.

The scheme includes 41 affordable homes, a ground-floor café and a new public square, and the developer has agreed to pay £1.2m towards local schools and healthcare.

Daniel Okafor, development director at Calder Point Living, said the building would bring “much-needed homes” to the borough.

“This is a brownfield site that has been an eyesore for the best part of a decade,” he said.

“We have listened carefully to residents and reduced the height by four storeys since our first submission. We believe the finished building will be something Ardley Bridge can be proud of.”

Coun Sajid Rahman, executive member for housing, said the borough needed to build around 1,200 homes a year to keep pace with demand.

“We have more than 9,000 households on our waiting list,” he said. “We cannot say yes to new homes in principle and then no to every single application that comes in front of us.”

But Liberal Democrat councillor Ruth Havers, who voted against, said the decision set a “dangerous precedent” for the rest of the neighbourhood.

“Once one tower goes up, the next developer will simply point to it,” she said.

Work is expected to start early next year, with completion pencilled in for 2028.""",
        [
            ("It will block out", "Jenny Morrow"),
            ("steamrollered", "Jenny Morrow"),
            ("block out the sun", "Jenny Morrow"),
            ("We’ve seen the shadow", "Jenny Morrow"),
            ("From October to March", "Jenny Morrow"),
            ("steamrollered", "Jenny Morrow"),
            ("much-needed homes", "Daniel Okafor"),
            ("This is a brownfield", "Daniel Okafor"),
            ("We have listened carefully", "Daniel Okafor"),
            ("We have more than", "Sajid Rahman"),
            ("We cannot say yes", "Sajid Rahman"),
            ("dangerous precedent", "Ruth Havers"),
            ("Once one tower goes", "Ruth Havers"),
        ],
    ),
    (
        """Families in B&Bs as holiday lets squeeze rental market

By Tamsin Pengelly, BBC News, Devon

A council says it is spending more than £80,000 a week housing homeless families in bed and breakfasts and hotels as the supply of long-term rented homes dries up.

South Haldon District Council said 212 households were in temporary accommodation at the end of March, up from 74 three years ago.

The authority said the conversion of rented properties into holiday lets was "a major factor" in the rise.

Sarah Lumley, 34, has been living with her two children in a single room at a guest house in Brixcombe since January, after her landlord of eight years sold up.

"We've got one kettle, one microwave and a bathroom down the corridor," she said.

"My eldest is doing his GCSEs next year and he's revising on the bed. I'm not asking for anything fancy, just somewhere with a front door."

She said she had bid on more than 60 properties through the council's housing register without success.

Councillor Peter Garland, the council's portfolio holder for housing, described the situation as "the worst I have seen in 20 years in local government".

He told BBC Radio Devon: "Every week we are finding emergency rooms for families, and every week there are fewer landlords willing to let to them.

"When a two-bedroom cottage can earn three times as much on a holiday booking site in August, you can understand why owners make that choice. But the consequences land on our doorstep."

Mr Garland said the council was backing plans to require planning permission for new short-term lets and would consider a premium on second homes.

According to figures from the council, about one in six homes in the coastal ward of Brixcombe and Shute is now either a second home or a holiday let.

The South West Holiday Lets Association said its members were being unfairly blamed.

A spokeswoman said: "Holiday lets support thousands of jobs in cleaning, maintenance and hospitality across Devon. The housing shortage is the result of decades of too few homes being built, not of people running small tourism businesses."

A government spokesperson said councils had been given "record funding" to tackle homelessness, as well as new powers to give them "greater control" over short-term lets in their areas.""",
        [
            ("a major factor", "South Haldon District Council"),
            ("We've got one kettle,", "Sarah Lumley"),
            ("My eldest is doing", "Sarah Lumley"),
            ("the worst I have", "Peter Garland"),
            ("Every week we are", "Peter Garland"),
            ("When a two-bedroom cottage", "Peter Garland"),
            ("Holiday lets support thousands", "spokeswoman"),
            ("record funding", "spokesperson"),
            ("greater control", "spokesperson"),
        ],
    ),
    (
        """Tenants hit with 6.5 per cent rent rise as council blames repair backlog

Council tenants in North Strathallan will pay an average of £6.10 a week more in rent from April after councillors approved a 6.5 per cent increase.

The rise was agreed at a full council meeting on Thursday by 22 votes to 15, with the ruling SNP administration arguing it was needed to fund a £48 million programme of repairs to damp and mould-hit homes.

Opposition councillors and tenants' groups had called for the increase to be capped at 4 per cent.

Housing convener Councillor Lorna McBride said the authority had 'no realistic alternative'.

She told the meeting: 'I don't think anyone in this chamber wants to put up rents at a time when families are struggling. But I have been into homes in Carronbank where children are sleeping in rooms with black mould up the walls. We cannot fix that with good intentions.'

A council report presented to members stated that more than 1,100 homes had outstanding damp or condensation repairs, with the average wait for non-emergency work standing at 19 weeks.

Labour group leader Councillor Tom Dalgleish said tenants were being asked to 'pay twice' for the council's failure to maintain its stock.

'For years this administration underspent on repairs and now it's tenants who are expected to pick up the bill,' he said.

'Our amendment would have found the money through prudential borrowing, spread over 30 years, instead of loading it all on to people who are already choosing between heating and eating.'

Bernadette Quinn, secretary of the North Strathallan Tenants' Federation, said the consultation had been 'a box-ticking exercise'.

Only 640 tenants responded to the council's survey on rent options, out of more than 14,000 households.

'Most of our members didn't even know there was a consultation,' Ms Quinn said. 'The letters went out just before Christmas with a two-week deadline. That's not how you treat people you're supposed to be listening to.'

A council spokesperson said the survey had been promoted through social media, the tenants' newsletter and local housing offices.

They added: 'Every penny raised through rents is ring-fenced for council housing and will be reinvested in tenants' homes.'

Tenants receiving full housing benefit or the housing element of Universal Credit will have the increase covered in full, according to the council.""",
        [
            ("no realistic alternative", "Lorna McBride"),
            ("I don't think anyone", "Lorna McBride"),
            ("pay twice", "Tom Dalgleish"),
            ("For years this administration", "Tom Dalgleish"),
            ("Our amendment would have", "Tom Dalgleish"),
            ("a box-ticking exercise", "Bernadette Quinn"),
            ("Most of our members", "Bernadette Quinn"),
            ("The letters went out", "Bernadette Quinn"),
            ("Every penny raised through", "spokesperson"),
        ],
    ),
    (
        """Inspector overturns council refusal for 250 homes on green belt fields

Campaigners have vowed to fight on after a planning inspector granted permission for 250 homes on green belt fields at Scarthwaite, overturning a refusal by Calder Moor Council.

Developer Pennine Land Partnerships appealed after councillors rejected the scheme last February, against the advice of their own officers.

In a 46-page decision letter published on Tuesday, inspector Martin Hale concluded that the council could demonstrate only a 2.9-year supply of housing land, well short of the five years required by national policy.

He wrote that the shortfall was "substantial and persistent" and that the benefits of the scheme, including 75 affordable homes, "clearly outweigh" the harm to the green belt.

The decision has been met with dismay in the village, where the Save Scarthwaite Fields campaign collected more than 2,000 signatures against the plans.

Campaign spokesman Ian Brearley said: "We are gutted, frankly. We did everything that was asked of us. We turned up, we wrote letters, we spoke at every meeting, and in the end a man from Bristol who spent two days here has decided the future of our village."

He said the group was taking legal advice on whether to challenge the decision in the High Court.

Calder Moor Council's cabinet member for planning, Coun Anne Whitworth, said the ruling showed why the authority needed to get its new local plan adopted "as quickly as possible".

"Without an up-to-date plan and a five-year land supply, we are effectively at the mercy of the appeals system," she said. "That's not a position any council wants to be in."

The council now faces paying part of the developer's costs after the inspector found it had behaved "unreasonably" by refusing the application without evidence to back up its reasons on highway safety.

According to a report to councillors last year, titled "Planning Appeals Performance 2023", the authority has lost seven of its last nine major housing appeals.

Pennine Land Partnerships welcomed the decision. In a statement, the company said: "Scarthwaite is a sustainable location with good access to public transport, and this scheme will deliver much-needed family and affordable homes for local people."

It said it hoped to begin work on site in the autumn.

Ward councillor Gary Lumb (Ind), who spoke against the plans at the inquiry, said residents would feel "let down by the whole system" and urged the council to back any legal challenge.""",
        [
            ("substantial and persistent", "Martin Hale"),
            ("clearly outweigh", "Martin Hale"),
            ("We are gutted, frankly.", "Ian Brearley"),
            ("as quickly as possible", "Anne Whitworth"),
            ("Without an up-to-date plan", "Anne Whitworth"),
            ("That's not a position", "Anne Whitworth"),
            ("unreasonably", "Martin Hale"),
            ("Scarthwaite is a sustainable", "Pennine Land Partnerships"),
            ("let down by the", "Gary Lumb"),
        ],
    ),
    (
        """Council moves to seize derelict tenement after decade of complaints

A derelict tenement that neighbours say has blighted their street for more than ten years is set to be taken over by the council.

South Clyde Council's housing and regeneration committee has agreed to begin compulsory purchase proceedings for 14-18 Weaver Street in Auchenreoch, where eight flats have lain empty since 2013.

The four-storey sandstone block has been fenced off since part of its chimney stack collapsed into the back court in 2021. Neighbours say it has become a magnet for fly-tipping and vandalism.

Margaret Cullen, 71, who lives across the road, said she had written to the council "more times than I can count".

"You look out your window every morning and there it is, rotting," she said. "There were families in there when I moved in. Now it's pigeons and rats."

The flats are held by six different owners, two of whom the council has been unable to trace.

Councillor Euan Baird, convener of the committee, told reporters after the meeting that compulsory purchase was "a last resort, but the right one here".

"We've tried everything — letters, notices, enforcement," he said. "We've spent over £90,000 of public money keeping the building safe. Enough is enough."

He said the council aimed to refurbish the block and let the flats as social housing, potentially in partnership with a local housing association.

A report to the committee estimated the full cost of acquisition and refurbishment at £1.6 million, with part of that expected to come from the Scottish Government's empty homes fund.

However, one council source warned that the process could take years. "People hear compulsory purchase and think the bulldozers arrive next week," the source said. "Realistically you're looking at two years before anyone gets a key."

One of the owners, Ravinder Sandhu, said he had been trying to sell his flat for years but had been unable to because of the state of the rest of the building.

"I'm not the villain here," he said. "I've paid my share for every repair I've been asked to. I'll be glad to see the council take it on, as long as I'm paid a fair price."

Auchenreoch Community Council welcomed the decision, describing the tenement as "the worst eyesore in the town".""",
        [
            ("more times than I", "Margaret Cullen"),
            ("You look out your", "Margaret Cullen"),
            ("There were families in", "Margaret Cullen"),
            ("a last resort, but", "Euan Baird"),
            ("We've tried everything", "Euan Baird"),
            ("We've spent over £90,000", "Euan Baird"),
            ("People hear compulsory purchase", "council source"),
            ("Realistically you're looking at", "council source"),
            ("I'm not the villain", "Ravinder Sandhu"),
            ("I've paid my share", "Ravinder Sandhu"),
            ("the worst eyesore in", "Auchenreoch Community Council"),
        ],
    ),
    (
        """Residents vote to demolish and rebuild 1960s estate

By Chloe Barnard, Local Democracy Reporting Service

Tenants on the Northfield estate in Eastbridge have voted in favour of plans to knock down and rebuild their homes, clearing the way for one of the biggest regeneration schemes in the city’s history.

Of the 612 eligible residents who took part in the ballot, 71 per cent backed the proposals, according to the independent body which ran the vote.

The £310 million plan, drawn up by Eastbridge City Council and housing partner Westmoor Homes, would replace the estate’s 540 flats and maisonettes with around 1,150 new homes over 12 years.

All existing council tenants have been promised a new home on the estate at a social rent, with the same tenancy rights.

Council leader Helen Ashdown said the result was “a clear mandate” for change.

“These homes were built quickly and cheaply in the 1960s, and residents have been living with the consequences ever since — the leaks, the cold, the lifts that break down every other week,” she said.

“This is their decision, and I’m proud that we’ve done it this way. Nothing was going to happen to Northfield without the people who live here saying yes.”

But not everyone is convinced. Leaseholders, who own around 70 of the flats, have raised concerns that the compensation on offer will not be enough to buy a new home on the redeveloped estate.

Kevin Adebayo, who bought his two-bedroom flat under right to buy in 2004, said:

“The council is offering me market value plus 10 per cent. That’s about £165,000. The cheapest new flat on the plans is going to be north of £280,000.

“I’ve been told I can take a shared equity deal, but that means at 58 years old I’ll own part of a flat instead of all of one. I don’t call that a fair swap.”

A statement from the Northfield Leaseholders’ Group said members would be seeking “urgent talks” with the council about the offer.

Westmoor Homes chief executive Priya Nandra said the housing association was “absolutely committed” to making sure no resident was left worse off.

“We know that for leaseholders in particular this is a big and worrying change, and we want to sit down with every one of them individually,” she said.

According to the council, the first phase of 240 homes could be under construction by the end of 2026, subject to planning permission and government grant funding.

Holding a resident ballot was a condition of that funding bid.""",
        [
            ("a clear mandate", "Helen Ashdown"),
            ("These homes were built", "Helen Ashdown"),
            ("This is their decision,", "Helen Ashdown"),
            ("The council is offering", "Kevin Adebayo"),
            ("I’ve been told I", "Kevin Adebayo"),
            ("urgent talks", "Northfield Leaseholders’ Group"),
            ("absolutely committed", "Priya Nandra"),
            ("We know that for", "Priya Nandra"),
        ],
    ),
    (
        """Couple ordered to tear down £40,000 garden room after neighbour row

A couple have been told to demolish a £40,000 garden room built without planning permission after a two-year dispute with their neighbours.

Graham and Lesley Thornton built the timber-clad structure, which includes a hot tub and a bar, at the bottom of the garden of their home in Balcarrie's conservation area in 2022.

They applied for retrospective planning permission last year after a complaint, but the application was refused by officers, and Kinross and Ochil Council's local review body has now upheld that decision.

Councillor Derek Moffat, who chaired the review body, said the building, which sits on raised decking just over a metre from the boundary wall, was "overbearing" and "out of character" with the historic village.

An enforcement notice gives the couple six months to remove it and restore the garden.

Mr Thornton, 58, said the family were "devastated" and felt they had been singled out.

"We honestly didn't know we needed permission," he said. "The company that built it told us it was classed as a garden building and would be fine. There are sheds and summer houses all over this village.

"We've spent our savings on it. My wife has MS and the hot tub was recommended for her. Nobody from the council has ever come to see how we use it."

In a post on a village Facebook group, Mrs Thornton wrote that the couple had been "hounded" by "one or two people with nothing better to do".

A neighbour, who asked not to be named, said the dispute had never been personal.

"It's not about the hot tub," she said. "It's the music until one in the morning, the lights, the fact that it looks straight into three gardens. If we'd been asked, we'd have said so politely. We weren't asked."

Mr Moffat said members had visited the site before reaching their decision.

"We have a great deal of sympathy for the applicants' circumstances," he said, "but the planning system has to treat everyone the same. If we let this stand, it would be very hard to refuse the next one."

A Kinross and Ochil Council spokesman confirmed that the couple had a right of appeal to Scottish ministers against the enforcement notice.

The Thorntons said they were considering their options.""",
        [
            ("overbearing", "Derek Moffat"),
            ("out of character", "Derek Moffat"),
            ("devastated", "Graham Thornton"),
            ("We honestly didn't know", "Graham Thornton"),
            ("The company that built", "Graham Thornton"),
            ("We've spent our savings", "Graham Thornton"),
            ("hounded", "Lesley Thornton"),
            ("one or two people", "Lesley Thornton"),
            ("It's not about the", "neighbour"),
            ("It's the music until", "neighbour"),
            ("We have a great", "Derek Moffat"),
            ("but the planning system", "Derek Moffat"),
        ],
    ),
]
