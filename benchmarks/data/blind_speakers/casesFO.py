CASES = [
    (
        """Regional towns to lose overnight police under NSW restructure, union warns

By state political reporter Hannah Corrigan

Posted Tue 14 May

Police in at least 11 regional New South Wales towns will no longer staff their stations overnight under a restructure to be rolled out from July, the Police Association of NSW says.

The association's president, Damien Kerslake, said members in the Central West and New England regions had been told on Monday that overnight shifts would be consolidated into larger "hub" stations.

"What this means in practice is that if you live in Bellgarra or Tooley Creek and something goes wrong at 2am, the nearest car could be an hour away," Mr Kerslake said.

"Our members are already stretched. They are the ones who will have to explain this to the community."

Police Minister Rachel Dunmore rejected the claim that towns would be left without cover, telling ABC Radio Sydney the changes were about "putting officers where the calls are".

"No station is closing. No officer is losing their job," Ms Dunmore said.

"What we are doing is making sure that general duties police are on the road when people need them, not sitting behind a counter in an empty building at three in the morning."

A NSW Police Force spokesperson said the model had been trialled in the state's south-west for 18 months and response times had "remained stable or improved".

The Opposition's police spokesman, Gareth Ellery, said the government had not consulted local councils.

"The minister can call it whatever she likes, but people in these towns know what it looks like when a light goes off at the station," he said.

Bellgarra Shire mayor Lorraine Petchey said council had learned of the changes through social media.

"We have been asking for a meeting with the local area commander since March," Cr Petchey said. "We found out from a Facebook post."

She said the town's nearest 24-hour station would be at Marrowbrook, 74 kilometres away.

According to figures released under freedom of information laws last year, Bellgarra station received an average of four calls for assistance between midnight and 6am each week.

Mr Kerslake said the association would seek an urgent meeting with the Commissioner.

"We're not against reform," he said. "We're against reform that's done to people instead of with them."

The restructure is expected to be detailed in budget estimates hearings next month.""",
        [
            ("What this means in practice", "Damien Kerslake"),
            ("Our members are already stretched.", "Damien Kerslake"),
            ("putting officers where the calls", "Rachel Dunmore"),
            ("No station is closing.", "Rachel Dunmore"),
            ("What we are doing is", "Rachel Dunmore"),
            ("remained stable or improved", "spokesperson"),
            ("The minister can call it", "Gareth Ellery"),
            ("We have been asking for", "Lorraine Petchey"),
            ("We found out from a", "Lorraine Petchey"),
            ("We're not against reform,", "Damien Kerslake"),
            ("We're against reform that's done", "Damien Kerslake"),
        ],
    ),
    (
        """Paramedics waited more than three hours in hospital corridor as patient’s condition worsened, inquest told

By Marcus Hollingsworth

May 21, 2024 — 6.42pm

A paramedic who spent more than three hours with an elderly patient in a hospital corridor in Melbourne’s outer east has told a coronial inquest she “felt helpless” as the man’s breathing deteriorated.

Kenneth Aldous, 81, died at Ferntree Valley Hospital in August 2022, about nine hours after he was taken there by ambulance with a suspected chest infection.

Advanced life support paramedic Simone Ruckert told the Coroners Court on Tuesday that she and her partner had been unable to hand Aldous over to emergency department staff because every cubicle was full.

“We were told there was no bed and no nurse available to take handover,” she said. “We were the third crew in the corridor at that point. By the time I finished, there were six.”

Ruckert said she raised concerns with a triage nurse twice, and that Aldous’ oxygen levels had dropped noticeably by the second hour.

“I felt helpless. I had a patient who needed a doctor and I was standing there with him in a hallway.”

Counsel assisting the coroner, Jonathan Peel, asked whether she had considered escalating the matter to the hospital’s after-hours manager.

“I did, and I was told that everyone was aware,” Ruckert replied.

The inquest heard that on the night Aldous was admitted, 14 ambulances were waiting outside the hospital and the wider region had no available crews for about 40 minutes.

In a written statement tendered to the court, Ferntree Valley Health’s chief operating officer, Anita Basrur, said the hospital had been operating at “well above” its funded capacity throughout that winter.

“Our staff worked extraordinarily hard under conditions that no health service would choose,” the statement said. “We accept that Mr Aldous’ care was delayed and we extend our deepest sympathies to his family.”

Aldous’ daughter, Fiona Aldous-Grant, told reporters outside court that the family wanted answers rather than apologies.

“Dad worked his whole life and paid his taxes, and he spent his last conscious hours on a trolley in a corridor,” she said. “Somebody has to be responsible for that.”

Ambulance Victoria said it would not comment while the inquest was under way.

A spokeswoman for Health Minister Priya Navaratnam said the government had invested in new emergency department beds and a hospital handover program that had “cut the time crews spend waiting”.

The inquest, before Coroner Elise Fairbairn, continues.""",
        [
            ("felt helpless", "Simone Ruckert"),
            ("We were told there was", "Simone Ruckert"),
            ("We were the third crew", "Simone Ruckert"),
            ("I felt helpless. I had", "Simone Ruckert"),
            ("I did, and I was", "Simone Ruckert"),
            ("well above", "Anita Basrur"),
            ("Our staff worked extraordinarily hard", "Anita Basrur"),
            ("We accept that Mr Aldous’", "Anita Basrur"),
            ("Dad worked his whole life", "Fiona Aldous-Grant"),
            ("Somebody has to be responsible", "Fiona Aldous-Grant"),
            ("cut the time crews spend", "spokeswoman"),
        ],
    ),
    (
        """Residents told to leave now as Merrigal River heads for major flood peak

Jess Tranter

Residents of low-lying streets in Kallandra have been told to evacuate immediately as the Merrigal River approaches a peak forecast to rival the 2011 floods.

The Bureau of Meteorology said the river was expected to reach 9.4m at the Kallandra bridge gauge by early Thursday, above the major flood level of 8.5m.

Local Disaster Management Group chair and Kallandra Regional Council mayor Tony Vescio said about 340 homes were at risk of having water over the floor.

"This is not a wait-and-see situation," Cr Vescio said.

"If you are in Lower Bridge St, Wattle Cres or anywhere in the Riverside estate, you need to pack up your medications, your pets and your important papers and go now. Don't wait for someone to knock on the door."

An evacuation centre has been opened at the Kallandra Showgrounds pavilion, with the Red Cross and local volunteers on site.

Queensland Fire and Emergency Services Acting Inspector Brooke Hallinan said swiftwater rescue crews had carried out four rescues since Tuesday night, including a man who drove his ute into floodwater on the Old Mill Rd crossing.

"He was lucky," she said. "The water was moving very quickly and it was well over the bonnet by the time crews got to him.

"We say it every single time, and we'll keep saying it: if it's flooded, forget it."

Police have closed the Kallandra bridge and the western approach to town, and a section of the highway south of Yeltons Creek remains cut.

Senior Sergeant Darren Maskell, officer in charge of Kallandra police station, said officers would be doorknocking in the evacuation zone through the night.

He said some residents had told police they intended to stay no matter what.

"We can't force anyone out of their home, but we want people to understand that once the water comes up, we may not be able to get to them," Sen-Sgt Maskell said.

Lower Bridge St resident Margaret Donohue, 74, who has lived in her house since 1981, said she was packing for the third time in 13 years.

"You never get used to it," Mrs Donohue said. "My son's coming with the trailer at four and we'll take what we can."

Emergency Services Minister Carl Whitfield, who is expected to visit the town on Friday, said disaster recovery funding had been activated for the region.

"The people of Kallandra have been through this before and they know how to look after each other, but they won't be doing it alone," Mr Whitfield said in a statement.

The bureau said further rain was expected in the upper catchment on Friday, which could cause a second, smaller rise.

Residents can find evacuation information on the council's disaster dashboard or by calling 13 QGOV.""",
        [
            ("This is not a wait-and-see", "Tony Vescio"),
            ("If you are in Lower", "Tony Vescio"),
            ("He was lucky,", "Brooke Hallinan"),
            ("The water was moving very", "Brooke Hallinan"),
            ("We say it every single", "Brooke Hallinan"),
            ("We can't force anyone out", "Darren Maskell"),
            ("You never get used to", "Margaret Donohue"),
            ("My son's coming with the", "Margaret Donohue"),
            ("The people of Kallandra have", "Carl Whitfield"),
        ],
    ),
    (
        """Police union rejects 3 per cent pay offer as officers weigh work bans

Josh Trembath, State Political Reporter

WA police officers have overwhelmingly rejected the State Government's latest pay offer, setting up a showdown with Premier Natalie Corbould weeks out from the State Budget.

The WA Police Union said 91 per cent of members who voted had knocked back the offer of a 3 per cent annual increase over three years, along with a one-off $2000 cost-of-living payment.

Union president Craig Ormsby said the result sent "a clear message" to the Government.

"Our members are not greedy people. They are people who have watched the cost of rent, groceries and fuel go through the roof while they work nights, weekends and Christmas Day," he said.

"Three per cent doesn't cut it, and the Premier knows it doesn't cut it."

Mr Ormsby would not rule out industrial action, saying members would be consulted over "a range of options" in the coming fortnight.

Under WA law, police officers cannot strike, but the union has previously floated bans such as refusing to issue traffic infringements for minor offences.

Ms Corbould told reporters at Parliament House on Wednesday the offer was "fair and responsible" and in line with what had been given to nurses and teachers.

"I have enormous respect for our police officers, and I know the job they do is tough," she said. "But we have a wages policy for a reason, and that reason is that every dollar we spend on one group comes from somewhere else."

Police Minister Aaron Tzannes said the Government remained "at the table".

Opposition police spokeswoman Deb Halloran accused the Government of taking police for granted.

"This is a Government that has been happy to stand next to police officers at every press conference for six years," Ms Halloran said.

"When it comes to actually paying them, suddenly the cupboard is bare."

A senior government source said the Expenditure Review Committee had not discussed any improvement to the offer and was unlikely to do so before the Budget.

"There's no appetite to reopen the wages policy for one union," the source said. "If it happens for police, it happens for everyone."

The union is expected to write to members next week outlining possible actions.

WA Police declined to comment, saying pay negotiations were a matter for the Government and the union.""",
        [
            ("a clear message", "Craig Ormsby"),
            ("Our members are not greedy", "Craig Ormsby"),
            ("Three per cent doesn't cut", "Craig Ormsby"),
            ("a range of options", "Craig Ormsby"),
            ("fair and responsible", "Natalie Corbould"),
            ("I have enormous respect for", "Natalie Corbould"),
            ("But we have a wages", "Natalie Corbould"),
            ("at the table", "Aaron Tzannes"),
            ("This is a Government that", "Deb Halloran"),
            ("When it comes to actually", "Deb Halloran"),
            ("There's no appetite to reopen", "senior government source"),
            ("If it happens for police,", "senior government source"),
        ],
    ),
    (
        """Volunteer brigades ‘running on fumes’ ahead of fire season, association warns

By Callum Reddy

Updated October 3 2024 - 5:30am, first published 5:00am

More than a third of Tasmania’s volunteer fire brigades are operating below the minimum crew numbers recommended for a bushfire response, according to a survey by the volunteers’ peak body.

The Tasmanian Volunteer Firefighters Association surveyed 143 brigades across the state in August, and found 52 had fewer than eight active members able to attend a fire call during business hours.

Association chief executive Warren Pettit said the findings confirmed what brigade captains had been saying for years.

“We are running on fumes in some parts of the state,” Mr Pettit said.

“You’ve got brigades in the north-east and on the West Coast where the same four or five people turn out to everything – car crashes, burn-offs that get away, structure fires. Those people are tired, and a lot of them are in their sixties.”

The report, titled “Holding the Line”, recommends the state government fund a paid volunteer support officer in each of the Tasmania Fire Service’s three regions and reimburse employers who release volunteers for daytime callouts.

Scottsdale-based brigade captain Noelene Harwick, who has been a volunteer for 31 years, said recruiting younger members was getting harder.

“The young ones move away for work, or they work in Launceston and they’re not here during the day,” Ms Harwick said.

“I’m not complaining, I love it. But when the pager goes off at 2pm on a Tuesday, I’m never sure who’s going to be standing at the shed.”

A Tasmania Fire Service spokesman said the service valued its almost 5000 volunteers and was “actively working” on recruitment and retention.

“TFS has launched a number of initiatives over the past two years, including flexible membership roles and a dedicated recruitment campaign,” the spokesman said.

Police, Fire and Emergency Management Minister Ros Kellerman said she had not yet read the report but would “look at it carefully”.

“Our volunteers are the backbone of our fire response and I’m always open to ideas from them about how we can better support them,” she said.

Labor’s emergency services spokesman, Dean Faulds, said the survey should be “a wake-up call”.

“We’re heading into what forecasters are telling us is likely to be an above-average fire season, and the government is telling us it hasn’t read the report,” Mr Faulds said.

The Bureau of Meteorology’s seasonal outlook, released last month, shows above-normal fire potential for parts of the state’s east and south-east.""",
        [
            ("running on fumes", "Warren Pettit"),
            ("We are running on fumes", "Warren Pettit"),
            ("You’ve got brigades in the", "Warren Pettit"),
            ("The young ones move away", "Noelene Harwick"),
            ("I’m not complaining, I love", "Noelene Harwick"),
            ("actively working", "spokesman"),
            ("TFS has launched a number", "spokesman"),
            ("look at it carefully", "Ros Kellerman"),
            ("Our volunteers are the backbone", "Ros Kellerman"),
            ("a wake-up call", "Dean Faulds"),
            ("We’re heading into what forecasters", "Dean Faulds"),
        ],
    ),
    (
        """Triple zero outage left 400 callers unanswered, inquiry hears

By Alexandra Mortlock

June 12, 2024 — 7.15pm

More than 400 calls to triple zero went unanswered during a four-hour system failure in March, including a call from a woman whose husband was in cardiac arrest, a parliamentary inquiry has heard.

The head of NSW Emergency Communications, Stuart Lindqvist, told the upper house inquiry on Wednesday that a faulty software update to the agency’s call-routing platform had caused calls from parts of western Sydney and the Hunter to drop out before they reached an operator.

“It should not have happened, and I want to say plainly to the people who could not get through that I am sorry,” Lindqvist said.

He said the update had been tested, but not under the load conditions experienced that evening.

Greens MP and committee chair Imogen Sayers asked why it had taken 40 minutes for the agency to notify police and ambulance that calls were failing.

Lindqvist said staff had initially believed the problem was confined to one telecommunications carrier. “In hindsight, the escalation should have been faster,” he said.

The committee was told one of the unanswered callers was Yvonne Baptiste, of Rooty Hill, whose husband collapsed at home shortly after 8pm. A neighbour eventually drove to the local fire station for help. Her husband, Joseph, survived but spent 11 days in hospital.

In a letter to the committee, Baptiste wrote: “I rang six times. Every time it rang out or went silent. I was doing CPR on my husband with one hand and holding the phone with the other.”

According to the agency’s own incident review, tabled at the hearing, the fault affected about 38 per cent of calls in the affected area between 7.52pm and 11.58pm.

Opposition emergency services spokesman Tom Verhoeven said the government had been warned about the platform’s reliability in 2022.

“This was not a bolt from the blue,” he said. “The minister had a briefing note on her desk two years ago that said the system was ageing and needed investment.”

Emergency Services Minister Carolyn Adeyemi was not called to give evidence. In a statement, Adeyemi said the government had commissioned an independent review and had “accepted every recommendation made to date”.

A senior emergency services official, who spoke on condition of anonymity because they were not authorised to comment, said operators had been “screaming into the void” for hours.

“People on the floor knew something was wrong well before anyone upstairs did,” the official said.

The inquiry will hold further hearings in Newcastle next month.""",
        [
            ("It should not have happened,", "Stuart Lindqvist"),
            ("In hindsight, the escalation should", "Stuart Lindqvist"),
            ("I rang six times. Every", "Yvonne Baptiste"),
            ("This was not a bolt", "Tom Verhoeven"),
            ("The minister had a briefing", "Tom Verhoeven"),
            ("accepted every recommendation made to", "Carolyn Adeyemi"),
            ("screaming into the void", "senior emergency services official"),
            ("People on the floor knew", "senior emergency services official"),
        ],
    ),
    (
        """Snap curfew for Kurrindi youths after night of break-ins

Kieran Doolan

A three-night youth curfew has been imposed on the central Australian town of Kurrindi after a spate of break-ins and a car being set alight outside the town's only supermarket.

Chief Minister Shane Margetts announced the curfew on Thursday, saying police had asked for the powers after more than 20 reported break-ins in a week.

"I'm not going to stand by while families in Kurrindi are too scared to sleep," Mr Margetts said.

"This is a short, sharp measure. It's not the whole answer and I'm not pretending it is, but the community needs a circuit-breaker."

Under the declaration, anyone under 18 found in the town centre between 10pm and 6am without a parent or guardian can be taken home or to a safe place by police.

NT Police Assistant Commissioner Rhys Ganley said extra officers had been flown in from Alice Springs and Darwin.

"Our focus is on getting kids off the street and home safe, not on locking anybody up," he said.

He said two teenagers, aged 14 and 15, had been arrested over the car fire and would appear in youth court.

The manager of the Kurrindi supermarket, who asked not to be named, said staff had been shaken.

"We've had the windows smashed three times this year. The girls on the night shift don't want to come in any more," she said.

Not everyone welcomed the move. Central Desert Aboriginal Legal Service chief executive Marlene Corbett said curfews had been tried before and "didn't touch the causes".

"Where are these kids supposed to go? Half of them don't have a safe place at home, and that's the reality nobody in Darwin wants to talk about," she said.

"Put the money into youth workers and a night patrol and you'll see a difference."

The Kurrindi Community Council said in a statement it supported the curfew "as a temporary step" but wanted a say in what came next.

"Our elders have been asking for a youth centre for years. We want the government to sit down with us, not just send more police," the statement said.

Opposition Leader Brendan Kyte said the curfew was "too little, too late".

The curfew is due to end at 6am Monday, with police to review whether it should be extended.""",
        [
            ("I'm not going to stand", "Shane Margetts"),
            ("This is a short, sharp", "Shane Margetts"),
            ("Our focus is on getting", "Rhys Ganley"),
            ("We've had the windows smashed", "manager of the Kurrindi supermarket"),
            ("didn't touch the causes", "Marlene Corbett"),
            ("Where are these kids supposed", "Marlene Corbett"),
            ("Put the money into youth", "Marlene Corbett"),
            ("as a temporary step", "Kurrindi Community Council"),
            ("Our elders have been asking", "Kurrindi Community Council"),
            ("too little, too late", "Brendan Kyte"),
        ],
    ),
    (
        """Commissioner backs officers over King William St protest arrests

Sophie Marchetti

SA Police Commissioner Gavin Treloar has defended officers who arrested 23 people during a climate protest that blocked a city intersection for almost two hours on Monday, saying protesters had been warned “repeatedly” to move.

Footage circulated on social media shows officers carrying protesters off the road and one woman being pushed to the ground near the corner of King William and Flinders streets.

Speaking to reporters at police headquarters on Tuesday, Commissioner Treloar said he had watched the footage and was satisfied officers had acted appropriately.

“People have every right to protest in this state, and we will always facilitate peaceful protest,” he said.

“What they don’t have the right to do is sit in the middle of one of the busiest intersections in Adelaide in peak hour and stop ambulances getting through.

“Our officers gave them every opportunity to move. They chose not to.”

He said an ambulance travelling to a priority call had been forced to divert during the blockade, although SA Ambulance Service said the delay had not affected the patient’s outcome.

The incident involving the woman would be reviewed by the Ethical and Professional Standards Branch “as a matter of course”, he said.

The group behind the protest, Climate Emergency Adelaide, said in a post on its website that the arrests were “heavy-handed and designed to intimidate”.

A spokeswoman for the group, Jasmine Okoro, 26, who was among those arrested, said the protest had been peaceful.

“We sat down, we linked arms and we sang. That’s it,” Ms Okoro said. “If that’s what it takes for police to start throwing people around, everyone in this state should be worried.”

Attorney-General Michael Hanlon said the government would not be revisiting laws passed last year that increased the maximum fine for obstructing a public place to $50,000.

“The laws are working as they were intended,” Mr Hanlon said.

Civil Liberties Council of South Australia president Rosalind Meere said the laws had “a chilling effect” on legitimate protest.

“You don’t have to agree with these young people to be concerned that peaceful protest is being treated like a serious crime,” she said.

Those arrested were bailed to appear in the Adelaide Magistrates Court next month.""",
        [
            ("repeatedly", "Gavin Treloar"),
            ("People have every right to", "Gavin Treloar"),
            ("What they don’t have the", "Gavin Treloar"),
            ("Our officers gave them every", "Gavin Treloar"),
            ("as a matter of course", "Gavin Treloar"),
            ("heavy-handed and designed to intimidate", "Climate Emergency Adelaide"),
            ("We sat down, we linked", "Jasmine Okoro"),
            ("If that’s what it takes", "Jasmine Okoro"),
            ("The laws are working as", "Michael Hanlon"),
            ("a chilling effect", "Rosalind Meere"),
            ("You don’t have to agree", "Rosalind Meere"),
        ],
    ),
]
