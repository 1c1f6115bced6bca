CASES = [
    (
        """Hollesford council tax to rise by 4.99 per cent as leader warns of "toughest budget in a generation"

By Daniel Okafor, Local Democracy Reporter

Households in Hollesford will pay almost £100 more a year in council tax from April after councillors approved a 4.99 per cent rise at a heated budget meeting.

The increase, agreed by 28 votes to 19 at Hollesford Borough Council's full council meeting on Tuesday night (February 25), means a Band D property will pay £2,087.41 once the county council, police and fire precepts are added.

Council leader Cllr Margaret Ashworth said the authority had been left with "no realistic alternative" after demand for temporary accommodation and homelessness support outstripped its funding.

"This is the toughest budget in a generation, and I won't pretend otherwise," she told the chamber. "We have found £6.2 million of savings over the past two years. There is simply no more fat to trim."

She added that the council had lobbied ministers for a fairer settlement but that "the cheque has not arrived".

The budget includes cuts to grass-cutting on verges, the closure of the Wickham Road recycling centre on Wednesdays and a 20p rise in the hourly charge at the borough's 14 car parks.

Opposition leader Cllr Tom Fairbrother, who heads the Liberal Democrat group, said residents were being asked to "pay more for less".

"People in Wickham St Peter are going to open their bills in March and ask what on earth they are getting for their money," he said. "The bins are collected late, the potholes are getting worse and now the tip is shutting for a day a week."

Cllr Fairbrother's group put forward an amendment to keep the recycling centre open by dipping into reserves, but it was defeated.

The council's section 151 officer, Priya Raman, warned members that general reserves had already fallen to £4.1 million, a level she described as "at the lower end of what I would consider prudent".

Independent councillor Gerald Pike, who represents Hollesford Quay, abstained. He said afterwards that he understood the pressures but felt the parking rise would "hammer the town centre".

"Traders on the high street are hanging on by their fingernails," Cllr Pike said. "Another 20p an hour might not sound much, but it is the difference between someone popping into town or driving out to the retail park."

A council spokesperson said the parking charges remained "among the lowest in the county" and that the extra income would be spent on maintaining the car parks.

Council tax bills will be sent out in early March.""",
        [
            ("toughest budget in a generation", "Margaret Ashworth"),
            ("no realistic alternative", "Margaret Ashworth"),
            ("This is the toughest budget", "Margaret Ashworth"),
            ("We have found £6.2 million", "Margaret Ashworth"),
            ("the cheque has not arrived", "Margaret Ashworth"),
            ("pay more for less", "Tom Fairbrother"),
            ("People in Wickham St Peter", "Tom Fairbrother"),
            ("The bins are collected late", "Tom Fairbrother"),
            ("at the lower end of", "Priya Raman"),
            ("hammer the town centre", "Gerald Pike"),
            ("Traders on the high street", "Gerald Pike"),
            ("Another 20p an hour might", "Gerald Pike"),
            ("among the lowest in the", "spokesperson"),
        ],
    ),
    (
        """Plans for 340 homes on green belt near Stanbridge refused after three-hour meeting

By Helen Marsh

Controversial plans to build 340 homes on green belt land on the edge of Stanbridge have been thrown out by councillors, to cheers from a packed public gallery.

Greyfield Land Partnerships Ltd had sought outline planning permission for the homes, a two-form entry primary school and a new junction on the A507 on 38 acres of farmland off Bramble Lane.

Rendham District Council’s planning officers had recommended the scheme for approval, arguing that the council’s failure to show a five-year supply of housing land meant the “tilted balance” applied in favour of development.

But members of the planning control committee voted eight to three against the application on Thursday evening (March 6), citing harm to the green belt, traffic on the A507 and pressure on the town’s GP surgeries.

More than 1,100 objections were lodged, and the Save Bramble Fields campaign group collected a further 2,400 signatures on a petition.

Speaking at the meeting, the group’s chairman, Keith Lowther, told councillors: “This is not a question of nimbyism. Nobody in this room is against new homes. We are against the wrong homes in the wrong place, on fields that flood every winter.”

He said afterwards that residents were “over the moon” but warned that the fight was “probably not over yet”.

Ward councillor Sunita Bhatt (Con, Stanbridge East) said the surgery on Market Street already had a three-week wait for routine appointments.

“I have residents who ring at 8am and are told there is nothing left by 8.15,” she said. “Add another 800 or so people and the system simply falls over.”

Planning officer Mark Deacon told the committee that the NHS integrated care board had requested a contribution of £420,000 towards healthcare, which the developer had agreed to pay.

He cautioned members that a refusal could be “difficult to defend at appeal” given the council’s housing land supply position, which currently stands at 3.1 years.

Committee chairman Cllr Robert Yeats said members had listened carefully to that advice. “We are not blind to the risk of an appeal,” he said. “But we have to make a planning judgement, and the majority of this committee has judged that the harm outweighs the benefits.”

In a statement issued after the vote, Greyfield Land Partnerships said it was “disappointed by the decision” and would “carefully consider our options, including an appeal to the Planning Inspectorate”.

“Rendham needs new homes, and particularly affordable homes, with more than 2,000 households on the council’s waiting list,” the company said. “Our scheme would have delivered 136 affordable homes and a new school for the town.”

The developer has six months to lodge an appeal.""",
        [
            ("This is not a question", "Keith Lowther"),
            ("over the moon", "Keith Lowther"),
            ("probably not over yet", "Keith Lowther"),
            ("I have residents who ring", "Sunita Bhatt"),
            ("Add another 800 or so", "Sunita Bhatt"),
            ("difficult to defend at appeal", "Mark Deacon"),
            ("We are not blind to", "Robert Yeats"),
            ("But we have to make", "Robert Yeats"),
            ("disappointed by the decision", "Greyfield Land Partnerships Ltd"),
            ("carefully consider our options", "Greyfield Land Partnerships Ltd"),
            ("Rendham needs new homes", "Greyfield Land Partnerships Ltd"),
            ("Our scheme would have delivered", "Greyfield Land Partnerships Ltd"),
        ],
    ),
    (
        """'We have been ignored from start to finish': Brenthurst scraps Elm Park low traffic neighbourhood

By Aisha Rahman, Local Democracy Reporting Service

A controversial low traffic neighbourhood in Elm Park is to be scrapped after 18 months, Brenthurst Council has confirmed.

The scheme, which used planters and camera-enforced "modal filters" to stop through traffic on nine residential streets, will be removed by the end of May following a consultation in which 64 per cent of respondents said they wanted it to go.

Cabinet member for environment and transport Cllr Joanna Whitlock announced the decision at a cabinet meeting on Monday night (April 14).

"We said at the outset that this was a trial and that we would listen, and we have listened," she said. "The data shows air quality on the streets inside the scheme improved, but we cannot ignore the displacement of traffic onto Station Road and Cranmore Avenue, and we cannot ignore the strength of feeling."

Cllr Whitlock said the council would now develop "a more targeted package of measures", including school streets outside four primary schools and more pedestrian crossings.

The decision was welcomed by Cranmore Avenue resident Denise Holloway, 58, who set up the Open Elm Park group last year and gathered more than 3,000 signatures against the scheme.

She said: "We have been ignored from start to finish. I run a childminding business and what used to be a five-minute drive to the school became 25 minutes. Nobody asked us."

One shopkeeper on Station Road, who did not want to be named, said trade had "dropped off a cliff" since the filters went in.

But Brenthurst Cycling Campaign coordinator Femi Adeyemi said the council had "caved in to a noisy minority".

"Children were walking and cycling to school on these streets for the first time in decades," he said. "Now the rat-runners will be back, and it will only take one serious collision for people to ask why this was thrown away."

Opposition group leader Cllr Adrian Pell, whose Conservative group has called for the scheme to be scrapped since it launched, said the U-turn had come "far too late in the day".

He said: "This has cost taxpayers more than £400,000 in planters, cameras, signs and consultants, and now we are going to pay again to take it all out. Someone has to answer for that."

According to a council report, removing the scheme will cost around £85,000. Cameras in the zone issued more than 31,000 penalty charge notices during the trial.

The report concluded that the low traffic neighbourhood had "not secured the level of community support needed to make it permanent", and recommended that lessons be applied to any future schemes in the borough.

The planters are expected to be removed in phases from early May.""",
        [
            ("We have been ignored from", "Denise Holloway"),
            ("We said at the outset", "Joanna Whitlock"),
            ("The data shows air quality", "Joanna Whitlock"),
            ("a more targeted package of", "Joanna Whitlock"),
            ("We have been ignored from", "Denise Holloway"),
            ("dropped off a cliff", "shopkeeper on Station Road"),
            ("caved in to a noisy", "Femi Adeyemi"),
            ("Children were walking and cycling", "Femi Adeyemi"),
            ("Now the rat-runners will be", "Femi Adeyemi"),
            ("far too late in the", "Adrian Pell"),
            ("This has cost taxpayers more", "Adrian Pell"),
            ("not secured the level of", "Brenthurst Council"),
        ],
    ),
    (
        """Easterby Borough Council issues section 114 notice over £19m budget gap

By Sam Whitcombe
Local Democracy Reporting Service

Easterby Borough Council has issued a section 114 notice, banning all new non-essential spending after admitting it cannot balance its books.

The authority's chief finance officer, Andrew Kettering, issued the notice on Friday after concluding that the council faced a £19.4 million shortfall in the current financial year, largely as a result of losses on its commercial property portfolio.

In his report to councillors, Mr Kettering said the council's spending was 'likely to exceed the resources available to it' and that there was 'no credible plan' to close the gap without outside help.

The notice means that only statutory services, such as bin collections, homelessness support and planning, and existing contracts can be paid for until councillors agree a way forward.

Between 2017 and 2020 the council borrowed more than £210 million to buy shopping centres, office blocks and a distribution warehouse, with the rental income intended to help fund services. Several major tenants have since left, and the value of the portfolio has fallen by more than a third.

Council leader Cllr Lorraine Dyer, whose Labour group took control in May 2023, blamed the previous administration.

'We inherited a financial time bomb, and on Friday it went off,' she said. 'The people who signed off these deals are no longer in this building, but the residents of Easterby are going to be paying for their decisions for decades.'

She said the council would now apply to the Government for what is known as 'exceptional financial support', which would allow it to borrow or sell assets to cover day-to-day costs.

Former leader Cllr Nigel Brabham, who now leads the Conservative opposition, rejected that account. He said the investments had been 'scrutinised at every stage' and approved with cross-party support.

'It is convenient for Cllr Dyer to point the finger backwards,' he said. 'But this administration has had nearly two years to get a grip, and it has sat on its hands while the problems got worse.'

One senior officer, speaking on condition of anonymity, said the warning signs had been visible 'for at least three years' and that concerns raised internally had been 'brushed aside by successive leaderships'.

'Staff are frightened,' said Karen Oduya, branch secretary of Easterby Unison. 'Many of them have been through two restructures already, and now they are reading in the papers that their council is bust.'

A spokesperson for the Ministry of Housing, Communities and Local Government said: 'We are aware of the situation at Easterby and are in close contact with the council. We will set out next steps in due course.'

Councillors must meet within 21 days to consider the notice. An extraordinary meeting has been pencilled in for Thursday, March 20.""",
        [
            ("likely to exceed the resources", "Andrew Kettering"),
            ("no credible plan", "Andrew Kettering"),
            ("We inherited a financial time", "Lorraine Dyer"),
            ("The people who signed off", "Lorraine Dyer"),
            ("scrutinised at every stage", "Nigel Brabham"),
            ("It is convenient for Cllr", "Nigel Brabham"),
            ("But this administration has had", "Nigel Brabham"),
            ("for at least three years", "senior officer"),
            ("brushed aside by successive leaderships", "senior officer"),
            ("Staff are frightened", "Karen Oduya"),
            ("Many of them have been", "Karen Oduya"),
            ("We are aware of the", "spokesperson"),
        ],
    ),
    (
        """Brixmouth seafront toilets to close as town council rejects £1 takeover offer

By Tom Rowe

Public toilets on Brixmouth seafront will close at the end of September after the district council said it could no longer afford to run them.

South Teign District Council says the blocks at Harbour Parade and Cliff Road cost £38,000 a year to clean and maintain. It has offered to hand both to Brixmouth Town Council for a nominal £1.

But town councillors this week voted unanimously to turn down the offer, saying they would need to raise their share of council tax by almost 15 per cent to cover the running costs and an estimated £60,000 of repairs.

Town mayor Cllr Ruth Penhaligon said: ‘We are being handed a bill with a bow on it and told it’s a gift. A town of 9,000 people cannot pick up the district’s responsibilities every time the district runs short of money.

‘That said, nobody wants to see visitors wandering around the harbour looking for somewhere to go. Our door remains open and we will keep talking.’

In a statement, South Teign District Council said it had ‘no option but to review discretionary services’ in the face of a £2.3 million budget gap next year.

‘We recognise how important public toilets are to residents and visitors, and we would much rather see them kept open by a local partner than closed altogether,’ the statement said.

The council added that the toilets at the Brixmouth Road car park, around half a mile from the harbour, would stay open.

Business owners on the seafront fear they will bear the brunt.

‘Every summer we get a queue of people at the door asking to use ours,’ said Jim Tregear, who runs the Gull’s Rest café on Harbour Parade. ‘I don’t mind, but I’ve got one toilet, four staff and a dishwasher to run. It’s not a public service.’

The Devon Bowel Support Network has written to the district council urging a rethink. Its letter warns that the closure would leave people with conditions such as Crohn’s disease and colitis ‘unable to leave the house with confidence’.

Retired nurse Pamela Stott, 71, who walks on the seafront most mornings, said she already plans her route around toilets.

‘At my age you don’t go anywhere without knowing where the nearest one is,’ she said. ‘Take these away and a lot of older people will simply stop coming down here.’

District councillor Mike Haddon (Lib Dem, Brixmouth), who sits on both councils, said he was ‘deeply frustrated by the stand-off’ and hoped a compromise, possibly involving local businesses sponsoring the facilities, could still be found before the autumn.""",
        [
            ("We are being handed a", "Ruth Penhaligon"),
            ("That said, nobody wants to", "Ruth Penhaligon"),
            ("no option but to review", "South Teign District Council"),
            ("We recognise how important public", "South Teign District Council"),
            ("Every summer we get a", "Jim Tregear"),
            ("I don’t mind, but I’ve", "Jim Tregear"),
            ("unable to leave the house", "Devon Bowel Support Network"),
            ("At my age you don’t", "Pamela Stott"),
            ("Take these away and a", "Pamela Stott"),
            ("deeply frustrated by the stand-off", "Mike Haddon"),
        ],
    ),
    (
        """Five libraries could close under Hallerton Council cost-cutting plans

Five of Hallerton's 14 libraries could close or be handed to volunteers under proposals to save £1.2 million a year.

Under the plans, published ahead of a cabinet meeting next Wednesday, libraries at Westmoor, Fellside, Bank Top, Ravensdale and Norton Green would shut unless community groups come forward to run them.

The council's remaining nine libraries would have their opening hours cut, with most closing on Mondays.

According to the cabinet report, visits to the five libraries have fallen by an average of 41 per cent since 2015, and the buildings need repairs costing an estimated £870,000.

The report describes the current network as "not sustainable in its current form" and says a "smaller but stronger" library service would be better placed to survive.

Cabinet member for culture and communities Cllr David Ngata told reporters at a briefing on Thursday that no decisions had yet been made.

"I love libraries. I grew up in Fellside library, so this is not something any of us want to do," he said. "But we have lost £90 million from our budget since 2010, and we have to protect the services that keep people safe."

He said the council would offer "a package of support" to any community group prepared to take on a building, including a one-off grant of up to £15,000 and free access to the library computer system.

Campaigners have already begun organising. Sarah Lindqvist, who runs a weekly rhyme time group at Bank Top library, said: "For a lot of the parents who come here, this is the only warm, free place they can go with a toddler. Volunteers are wonderful, but you cannot run a library on goodwill forever."

One library worker, who asked not to be named, said staff had learned about the plans "from Facebook, the same as everyone else".

Liberal Democrat group leader Cllr Fiona McAllister said the proposals were "a false economy" and that her party would table an alternative budget.

"Every time a library closes, the costs turn up somewhere else - in loneliness, in children starting school behind, in people who cannot get online to claim benefits," she said.

Ms McAllister added that the council had spent more than £300,000 on consultants for its town centre masterplan last year. "If there is money for glossy brochures, there is money to keep the lights on in Westmoor library," she said.

A public consultation will run for 12 weeks from March 3 if the cabinet approves the plans. Residents can take part online or by picking up a paper form from any library.""",
        [
            ("not sustainable in its current", "Hallerton Council"),
            ("smaller but stronger", "Hallerton Council"),
            ("I love libraries. I grew", "David Ngata"),
            ("But we have lost £90", "David Ngata"),
            ("a package of support", "David Ngata"),
            ("For a lot of the", "Sarah Lindqvist"),
            ("from Facebook, the same as", "library worker"),
            ("a false economy", "Fiona McAllister"),
            ("Every time a library closes,", "Fiona McAllister"),
            ("If there is money for", "Fiona McAllister"),
        ],
    ),
    (
        """Councillor who told objectors to “move somewhere else then” breached code, panel rules

By Claire Donnelly

A Weald Hill district councillor breached the authority’s code of conduct with a Facebook post telling residents objecting to a new car park to “move somewhere else then”, a standards panel has ruled.

Cllr Janet Copley, who represents Hartwell Common ward, wrote the post in October after a public meeting about plans to turn part of Hartwell Common recreation ground into a 60-space car park.

The post, which was later deleted, read: “If you don’t like change, nobody is forcing you to live here. Move somewhere else then and let the rest of us get on with it.”

Three residents lodged formal complaints, with one complainant describing the post as “arrogant, rude and frankly bullying”.

An investigation was carried out by Hugh Brannigan, an independent solicitor appointed by Weald Hill District Council. His report, considered by the standards sub-committee on Tuesday, found Cllr Copley had failed to treat members of the public “with respect and courtesy” and that her post was “likely to discourage residents from engaging with the democratic process”.

“Councillors are entitled to hold strong views and to express them robustly,” Mr Brannigan wrote. “What they are not entitled to do is tell the people they represent that they are unwelcome in their own town.”

Cllr Copley attended the hearing and apologised. She told the panel: “I was tired and frustrated and I wrote something stupid. I took it down within the hour, but I accept that is not the point.”

She said she had since received “hundreds of abusive messages” as a result of the row and had considered standing down.

The sub-committee, chaired by Cllr Michael Orme, ruled that she should make a public apology at the next full council meeting and undertake training on the use of social media. Councils have no power to suspend or fine elected members.

Cllr Orme said: “We have taken into account Cllr Copley’s apology, which we accept is sincere. But this was a serious lapse, and residents are entitled to expect better.”

Hartwell Common Residents’ Association, which organised the original public meeting, welcomed the ruling.

“We hope this draws a line under an unpleasant episode, and that the council now listens properly to our concerns about the car park,” a statement from the association said.

A council spokeswoman said the car park application would be “determined on its planning merits” and was expected to go before the planning committee in the summer.""",
        [
            ("move somewhere else then", "Janet Copley"),
            ("move somewhere else then", "Janet Copley"),
            ("If you don’t like change,", "Janet Copley"),
            ("arrogant, rude and frankly bullying", "complainant"),
            ("with respect and courtesy", "Hugh Brannigan"),
            ("likely to discourage residents from", "Hugh Brannigan"),
            ("Councillors are entitled to hold", "Hugh Brannigan"),
            ("What they are not entitled", "Hugh Brannigan"),
            ("I was tired and frustrated", "Janet Copley"),
            ("hundreds of abusive messages", "Janet Copley"),
            ("We have taken into account", "Michael Orme"),
            ("We hope this draws a", "Hartwell Common Residents’ Association"),
            ("determined on its planning merits", "spokeswoman"),
        ],
    ),
    (
        """Traders fear for future as Kirkholme market hall £14m revamp approved

By Gary Whiteley

A £14 million plan to transform Kirkholme's Victorian market hall into a food hall and events space has been approved, despite warnings from traders that many of them will not survive the move.

Kirkholme Council's cabinet gave the go-ahead on Wednesday for the scheme, which is being part-funded by an £8.5 million grant from the Government's Towns Fund.

The Grade II listed hall, which opened in 1878, will close in January for around 18 months. Its 42 traders will be offered space in a temporary market on the Albion Street car park.

Cllr Shazia Mahmood, cabinet member for regeneration, said the hall had been "slowly dying for twenty years" and described the plans as "a once-in-a-generation opportunity".

She said: "Anyone who walks through the market hall on a Tuesday afternoon can see the problem. Half the stalls are empty, the roof leaks and the heating bill is eye-watering.

"We want to keep the traders who are there, and we want them to be part of what comes next. But if we do nothing, there won't be a market hall to argue about in ten years' time."

But the chairman of the Kirkholme Market Traders' Association, Brian Sutcliffe, who has run a cheese stall in the hall for 31 years, said many traders felt "written off by the town hall".

"Moving to a car park in the middle of winter, with no proper heating and no passing trade, is going to finish some of us off," he said. "A lot of the people in here are in their sixties. They are not going to start again."

According to a survey carried out by the association, 17 of the 42 traders said they were unlikely to return when the hall reopens.

Rents in the refurbished hall are expected to be higher, although the council has promised a two-year discount for returning traders.

Fishmonger Lisa Kaye, 44, whose family has traded at the hall since the 1950s, said: "My grandad stood on this pitch. I want to come back. But nobody has told us what the rent will be, and you can't plan a business on promises."

Hospitality operator Foundry Markets Ltd, which will run the food hall under a 15-year lease, said it wanted to work with existing traders.

"Traditional market traders are the heart of any great market hall, and we have no interest in creating a soulless food court," the firm said in a statement.

Conservative councillor Peter Hollis, whose ward includes the town centre, said he supported investment in the hall but that the council had "put the cart before the horse".

"The council should have sorted out the temporary market, the rents and the support package first, and then asked traders to sign up," he said.

A council spokesperson said detailed discussions with traders about the temporary market would begin next month.""",
        [
            ("slowly dying for twenty years", "Shazia Mahmood"),
            ("a once-in-a-generation opportunity", "Shazia Mahmood"),
            ("Anyone who walks through the", "Shazia Mahmood"),
            ("We want to keep the", "Shazia Mahmood"),
            ("written off by the town", "Brian Sutcliffe"),
            ("Moving to a car park", "Brian Sutcliffe"),
            ("A lot of the people", "Brian Sutcliffe"),
            ("My grandad stood on this", "Lisa Kaye"),
            ("Traditional market traders are the", "Foundry Markets Ltd"),
            ("put the cart before the", "Peter Hollis"),
            ("The council should have sorted", "Peter Hollis"),
        ],
    ),
]
