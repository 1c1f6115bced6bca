CASES = [
    (
        """Rate rise of 4.8 per cent approved after heated Warrumbine council debate

Kirsty Halloran

Warrumbine Shire ratepayers will pay an extra 4.8 per cent on their general rates from July after councillors voted 5-4 in favour of the increase at Wednesday night's ordinary meeting.

The decision came after almost two hours of debate, with several councillors warning the rise would hit farming families already doing it tough after two failed winter crops.

Mayor Graham Pettigrew said the council had "no realistic alternative" if it wanted to keep the shire's road network in working order.

"We have 1,400 kilometres of unsealed roads and a grader fleet that is older than some of our staff," Cr Pettigrew said.

"Every year we defer maintenance, the bill gets bigger. I'm not going to hand the next council a mess they can't clean up."

Cr Leanne Mulholland, who voted against the motion, said the timing could not have been worse.

"People out at Coonabri and Tallowa are hand-feeding stock at the moment," she said. "To ask them to find another couple of hundred dollars for their rates notice is, frankly, out of touch."

Cr Mulholland moved an amendment to limit the rise to 2.5 per cent, which was lost 4-5.

General manager Stephen Arkwright told the meeting the lower figure would leave a hole of about $610,000 in the 2025-26 budget.

"That money doesn't come from nowhere," Mr Arkwright said. "It would come out of the capital works program, and the first thing to go would be the reseal of Tallowa Road."

Deputy mayor Con Vlahos said he had "agonised" over the vote but believed the council had been "kicking the can down the road for too long".

Councillor Robert "Bob" Treloar said he had taken more than 40 phone calls from ratepayers in the past week.

"Not one of them told me they could afford it," Cr Treloar said. "But most of them also told me the roads are a disgrace. That's the bind we're in."

The increase is the maximum allowed under the rate peg set by the state's pricing regulator and will add about $95 a year to the average residential bill and about $310 to the average farmland assessment.

A statement issued after the meeting by the Warrumbine branch of NSW Farmers said the decision showed "little understanding of what is happening on the ground" and called on the council to review its spending on administration.

Mr Arkwright said ratepayers facing difficulty should contact the council "sooner rather than later" to discuss a payment plan under its financial hardship policy.

The budget will go on public exhibition for 28 days from Monday.""",
        [
            ("no realistic alternative", "Graham Pettigrew"),
            ("We have 1,400 kilometres of", "Graham Pettigrew"),
            ("Every year we defer maintenance,", "Graham Pettigrew"),
            ("People out at Coonabri and", "Leanne Mulholland"),
            ("To ask them to find", "Leanne Mulholland"),
            ("That money doesn't come from", "Stephen Arkwright"),
            ("It would come out of", "Stephen Arkwright"),
            ("agonised", "Con Vlahos"),
            ("kicking the can down the", "Con Vlahos"),
            ("Not one of them told", "Robert Treloar"),
            ("But most of them also", "Robert Treloar"),
            ("little understanding of what is", "Warrumbine branch of NSW Farmers"),
            ("sooner rather than later", "Stephen Arkwright"),
        ],
    ),
    (
        """Drought package welcomed, but graziers say help must reach the paddock faster

Tom Rensburg

YARROWIN, Qld

Graziers around Yarrowin in Queensland’s central west have welcomed a new $38 million drought assistance package but warn the money must reach properties before the winter feed gap hits.

The state government announced the package on Tuesday. It includes freight subsidies for fodder and water, rebates for emergency water infrastructure and three extra rural financial counsellors for the region.

Yarrowin grazier Margaret Coote, who runs 2,200 head of cattle on “Belah Park” north of town, said she had already sold more than a third of her herd.

“We’ve had 140 millimetres since last March. That’s not a drought, that’s a desert,” Mrs Coote said.

“The freight subsidy is good news, but last time it took four months for the paperwork to come through. By then a lot of people had already made the decision to sell.”

Agriculture Minister Dale Ferrier said the package had been designed with “less red tape than previous rounds”.

“We’ve listened to producers who told us the old system was too slow,” Mr Ferrier told reporters in Brisbane.

“Applications will be online from next week and we expect the first payments to flow within 30 days of an application being approved.”

Central West Graziers Association president Ian Lutwyche said the announcement was “a step in the right direction”.

“It’s the most help we’ve seen in a while, and credit where it’s due,” he said. “But there are families out here who have been hand-feeding for 18 months. They needed this at Christmas.”

The Bureau of Meteorology’s latest outlook gives much of the central west less than a 30 per cent chance of exceeding median rainfall over the next three months.

Rural financial counsellor Jenny Pham said demand for appointments in the region had doubled since January.

“People are coming in later than they should, usually when the bank has already rung them,” she said. “I’d say to anyone who is worried: pick up the phone now. It’s free and it’s confidential.”

A spokeswoman for the Department of Primary Industries said eligibility criteria would be published on Monday and the department was “working as quickly as possible” to have staff on the ground.

Mrs Coote said she hoped to hang on to her breeders “for as long as the bank lets me”.

“After that, I honestly don’t know,” she said.""",
        [
            ("We’ve had 140 millimetres since", "Margaret Coote"),
            ("The freight subsidy is good", "Margaret Coote"),
            ("less red tape than previous", "Dale Ferrier"),
            ("We’ve listened to producers who", "Dale Ferrier"),
            ("Applications will be online from", "Dale Ferrier"),
            ("a step in the right", "Ian Lutwyche"),
            ("It’s the most help we’ve", "Ian Lutwyche"),
            ("But there are families out", "Ian Lutwyche"),
            ("People are coming in later", "Jenny Pham"),
            ("I’d say to anyone who", "Jenny Pham"),
            ("working as quickly as possible", "spokeswoman"),
            ("for as long as the", "Margaret Coote"),
            ("After that, I honestly don’t", "Margaret Coote"),
        ],
    ),
    (
        """'You could have killed someone': magistrate's warning to P-plater

A young Kandoorie man who was clocked at 152km/h on the Wandilla Road with three friends in his car has lost his licence for 12 months.

Jayden Moss, 19, of Kurrajong Street, pleaded guilty in Kandoorie Local Court on Monday to exceeding the speed limit by more than 45km/h and to breaching his provisional licence conditions by carrying more than one passenger under 21 after 11pm.

Police facts tendered to the court said Moss was detected by highway patrol officers about 12.40am on Saturday, April 5, travelling east towards town in a 100km/h zone.

When he was pulled over, Moss told officers he was "just trying to get everyone home before it got too late", the facts said.

His solicitor, Angus Fairweather, said his client was "genuinely remorseful" and had since completed a traffic offender program.

"He works as a farmhand for his uncle at Bindaree Creek and relies on his licence to get to the property, which is 40 kilometres out of town," Mr Fairweather said.

"He understands what he did was stupid. He's not here to make excuses."

Police prosecutor Sergeant Amanda Tully said the speed was "at the very top end" of the range and the number of passengers in the car was an aggravating feature.

Magistrate Helen Karras said she had seen too many young people from the district "end up as a cross on the side of the road".

"You had three lives in your hands as well as your own," Magistrate Karras told Moss.

"I hear every week in this court about how important a licence is in the country, and I accept that. But the reason we have these rules for P-platers is because of what happens on roads like the Wandilla Road at night.

"You could have killed someone. You are lucky to be standing here."

Moss was fined $1,200 and disqualified from driving for 12 months. A conviction was recorded.

He declined to comment as he left court with his mother.

The Wandilla Road has been the scene of four fatal crashes since 2019, three of them involving drivers under 25.""",
        [
            ("You could have killed someone", "Helen Karras"),
            ("just trying to get everyone", "Jayden Moss"),
            ("genuinely remorseful", "Angus Fairweather"),
            ("He works as a farmhand", "Angus Fairweather"),
            ("He understands what he did", "Angus Fairweather"),
            ("at the very top end", "Amanda Tully"),
            ("end up as a cross", "Helen Karras"),
            ("You had three lives in", "Helen Karras"),
            ("I hear every week in", "Helen Karras"),
            ("You could have killed someone.", "Helen Karras"),
        ],
    ),
    (
        """Growers face long haul as Merrigal grain site stays shut

Merrigal district growers face a round trip of up to 180 kilometres to deliver grain this harvest after Southern Bulk Handling confirmed it would not open its Merrigal receival site.

The company said in a statement on Thursday that falling volumes through the site and the cost of upgrading its ageing storage had made it "no longer commercially viable" to operate.

"Over the past five seasons, Merrigal has received on average less than 40 per cent of its licensed capacity," the statement said. "We understand this decision will be disappointing for local growers, and we will be working with them on alternative delivery arrangements."

The company said growers could deliver to its Tarrawong and Boolba sites, which would have extended opening hours during peak harvest.

But Merrigal farmer Andrew Kemsley, who crops about 3,000 hectares of wheat, barley and canola with his brother, said the decision would add thousands of dollars to his freight bill.

"We've been delivering to Merrigal since my grandfather's time," Mr Kemsley said. "Now I'm going to have trucks doing a three-hour round trip in the middle of harvest, when every hour counts."

He said growers had been given "about five minutes' notice" of the closure.

Merrigal Progress Association secretary Wendy Sallis said the silos were "the heart of the town" and losing them would hurt the pub, the general store and the school.

"When the silos are running, the town's full. Truck drivers eat here, they fuel up here," she said.

"You take that away and what have you got left? We're already down to one teacher at the school."

Riverina Grain Growers Council chair Phil Denholm said the closure was part of a wider trend that was "shifting costs from the big handlers onto the farm gate".

"Every time a site closes, the growers wear it," Mr Denholm said.

"We'd like to see the company sit down with the community and look at whether there's a way to keep Merrigal open, at least as an overflow site in big years."

A spokesman for Southern Bulk Handling said the company remained "open to conversations" with growers about future seasons, but the decision was final for this harvest.

Member for Lachlan Plains Sue Whitcombe said she had written to the company's chief executive and would "go in to bat" for the district.

Harvest in the Merrigal area is expected to start in the last week of October, with early estimates pointing to an average crop after good falls in August.""",
        [
            ("no longer commercially viable", "Southern Bulk Handling"),
            ("Over the past five seasons,", "Southern Bulk Handling"),
            ("We understand this decision will", "Southern Bulk Handling"),
            ("We've been delivering to Merrigal", "Andrew Kemsley"),
            ("Now I'm going to have", "Andrew Kemsley"),
            ("about five minutes' notice", "Andrew Kemsley"),
            ("the heart of the town", "Wendy Sallis"),
            ("When the silos are running,", "Wendy Sallis"),
            ("You take that away and", "Wendy Sallis"),
            ("shifting costs from the big", "Phil Denholm"),
            ("Every time a site closes,", "Phil Denholm"),
            ("We'd like to see the", "Phil Denholm"),
            ("open to conversations", "spokesman"),
            ("go in to bat", "Sue Whitcombe"),
        ],
    ),
    (
        """Farmer fined $6000 after sheep left to starve

By Rachel O’Dwyer

A Tenby Creek farmer has been fined $6000 and banned from owning more than 50 sheep for five years after dozens of animals were found dead or dying on his property last winter.

Desmond Gerald Haig, 63, pleaded guilty in Wirramul Magistrates’ Court on Tuesday to four charges of animal cruelty.

The court heard inspectors from the Department of Agriculture and Rural Resources found 34 dead sheep and more than 80 in poor body condition at the property in July last year, with no feed in the paddocks and a dam that had been allowed to dry out.

One inspector described the scene in a statement tendered to the court as “among the worst I have attended in the district”.

Haig’s lawyer, Priya Raman, said her client had been caring for his wife, who was seriously ill, and had “simply lost track” of what was happening in the back paddocks.

“This is not a man who doesn’t care about animals. He has run sheep on that country for more than 40 years,” Ms Raman said.

“Last winter he was driving to Melbourne three times a week for his wife’s treatment. Something had to give, and sadly it was the stock.”

She said Haig had since sold all but a few dozen ewes and had arranged for a neighbour to check on them every day.

Magistrate Trevor Lindqvist said he accepted Haig had been under “enormous personal strain”, but the law placed a clear obligation on anyone who kept livestock.

“Animals can’t go and find their own feed when the paddock is bare, and they can’t ask for help,” Mr Lindqvist said.

“If you can’t look after them, you have a responsibility to get someone who can, or to sell them. There were options here and none of them were taken.”

Haig was also ordered to pay $2400 in costs. No conviction was recorded.

According to the department, inspectors investigated 212 livestock welfare complaints in the western region last financial year, with dry conditions a factor in “a significant number” of cases.

“There is no shame in asking for support, and there are services available for farmers who are struggling to feed stock,” a department statement said.

Haig left court without speaking to the media.""",
        [
            ("among the worst I have", "inspector"),
            ("simply lost track", "Priya Raman"),
            ("This is not a man", "Priya Raman"),
            ("Last winter he was driving", "Priya Raman"),
            ("enormous personal strain", "Trevor Lindqvist"),
            ("Animals can’t go and find", "Trevor Lindqvist"),
            ("If you can’t look after", "Trevor Lindqvist"),
            ("a significant number", "Department of Agriculture and Rural Resources"),
            ("There is no shame in", "Department of Agriculture and Rural Resources"),
        ],
    ),
    (
        """Minnamoor faces tough water restrictions as weir drops below 20pc

Residents of Minnamoor will be limited to 120 litres per person per day from Monday after Coolibah Shire Council moved the town to level 5 water restrictions at a special meeting on Thursday.

The Minnamoor Weir, the town's main water supply, was at 18 per cent capacity this week, with council engineers estimating it could run dry by October without significant inflows.

Mayor Karen Doolan said the decision was "not one any of us wanted to make".

"But the numbers are the numbers," she said. "If we don't act now, we'll be carting water into town by Christmas, and that costs millions."

Under level 5, the use of sprinklers and hoses on gardens is banned, car washing is permitted only at commercial premises using recycled water, and the town pool will close a month early.

Cr Doolan said the council would also install a temporary bore at the showground to supplement supply and had applied to the state government for emergency funding.

Director of infrastructure services Mark Toohey told the meeting the town's daily consumption had fallen from about 2.1 megalitres to 1.6 megalitres since level 3 restrictions came in.

"The community has done a great job, but we need to get it closer to 1.2," Mr Toohey said.

Not all councillors were convinced the timing was right. Cr Garry Oates said businesses including the local nursery and the motel had not been consulted.

"I support restrictions. I'm not stupid, I can see the weir," Cr Oates said. "What I don't support is finding out on Thursday that your livelihood changes on Monday."

A council source, who asked not to be named because they were not authorised to speak publicly, said staff had warned councillors as early as February that level 5 restrictions were likely, but a decision had been "pushed back twice".

Minnamoor Nursery owner Lisa Tran said she would be forced to let one of her two casual staff go.

"I've got $30,000 worth of stock out the back that needs water," Ms Tran said. "I'll do what I have to do, but I want to know what help is there for people like me."

Cr Doolan said the council would meet affected businesses next week and would consider exemptions "on a case-by-case basis".

The Bureau of Meteorology is forecasting below-average rainfall for the region through winter.""",
        [
            ("not one any of us", "Karen Doolan"),
            ("But the numbers are the", "Karen Doolan"),
            ("If we don't act now,", "Karen Doolan"),
            ("The community has done a", "Mark Toohey"),
            ("I support restrictions. I'm not", "Garry Oates"),
            ("What I don't support is", "Garry Oates"),
            ("pushed back twice", "council source"),
            ("I've got $30,000 worth of", "Lisa Tran"),
            ("I'll do what I have", "Lisa Tran"),
            ("on a case-by-case basis", "Karen Doolan"),
        ],
    ),
    (
        """'It gives people hope': 60-truck hay convoy rolls into Gundawarra

By Holly Brennan

More than 60 trucks loaded with donated hay rolled into Gundawarra on Saturday morning, bringing nearly 3,000 bales to drought-affected farmers across the district.

The convoy, organised by volunteer group Bales for the Backcountry, set off from the Hunter on Thursday and picked up loads along the way.

Convoy organiser Darren Whitfield, a truck driver from Singleton, said the response from donors and drivers had been overwhelming.

"We put the call out six weeks ago and we thought we'd get maybe 20 trucks," Mr Whitfield said. "We've had blokes ring up from Victoria, from South Australia, asking where we want them.

"This isn't about the hay, really. Well, it is - the hay keeps the stock alive. But it's about these people knowing somebody out there is thinking of them."

Gundawarra farmer Rosalind McInnes, who runs sheep and cattle on 1,800 hectares south of town with her husband Neil, was among about 110 families to receive hay.

"It gives people hope," she said, "and out here at the moment, hope is in pretty short supply."

Her husband put it more bluntly: "Without this, we'd be shooting stock by June."

The couple has been hand-feeding since last spring and has cut its breeding flock by almost half.

Volunteers from the Gundawarra Show Society were up before dawn to cook breakfast for the drivers at the showground, and society president Marg Fitzsimmons said the town had "come out in force".

"We cooked 400 sausages and I think we ran out of bread twice," Mrs Fitzsimmons said, laughing.

One driver, who had travelled more than 900 kilometres from Gippsland, said he had taken two days of annual leave to make the trip.

"My old man was on the land. I know what it's like when it doesn't rain," he said.

Federal Member for Darling Plains Craig Mabbott, who met the convoy, said it showed "the best of country Australia".

"Nobody's pretending a hay run fixes a drought," Mr Mabbott told reporters.

"The government is looking at what more can be done on freight and on water infrastructure, and I'll have more to say on that in coming weeks."

Mr Whitfield said the group was already planning a second run to the district before the end of winter.""",
        [
            ("It gives people hope", "Rosalind McInnes"),
            ("We put the call out", "Darren Whitfield"),
            ("We've had blokes ring up", "Darren Whitfield"),
            ("This isn't about the hay,", "Darren Whitfield"),
            ("It gives people hope,", "Rosalind McInnes"),
            ("and out here at the", "Rosalind McInnes"),
            ("Without this, we'd be shooting", "Neil McInnes"),
            ("come out in force", "Marg Fitzsimmons"),
            ("We cooked 400 sausages and", "Marg Fitzsimmons"),
            ("My old man was on", "driver"),
            ("the best of country Australia", "Craig Mabbott"),
            ("Nobody's pretending a hay run", "Craig Mabbott"),
            ("The government is looking at", "Craig Mabbott"),
        ],
    ),
    (
        """Council knocks back Kelvale solar farm against officer advice

Nick Carmody

Tamarvale Council has rejected a proposal for a 120-megawatt solar farm on farmland near Kelvale, going against the advice of its own planning staff.

Councillors voted 6-3 at Monday night's meeting to refuse the development application from Sunreach Energy, which planned to install about 240,000 panels across 280 hectares of grazing land on the Kelvale Road.

A report by senior planner Fiona Gladwell had recommended approval subject to 41 conditions, finding the project "generally consistent" with the planning scheme.

But more than 90 representations were received, most of them objections, and about 50 residents packed the public gallery.

Deputy mayor Tony Brereton, who moved the motion to refuse, said the site was "some of the best grazing country in the municipality".

"Once it's covered in panels, it's gone for a generation," Cr Brereton said.

"We are not against renewables. But there is plenty of marginal land in this state that would suit a project like this far better."

Cr Anita Sokolov said she was concerned about the volume of construction traffic on a narrow road used by school buses, and about what she called "an industrial landscape in the middle of a farming valley".

Mayor Ross Vinnicombe, who voted against the refusal, warned the decision could be overturned on appeal.

"I understand the strength of feeling in the room tonight," Mayor Vinnicombe said. "But we are a planning authority, and we have to make decisions on planning grounds. My fear is that we've just handed this to the tribunal and the ratepayers will pick up the legal bill."

Kelvale farmer Julie Haddow, who organised a petition against the project, said residents were "absolutely thrilled".

"We've been fighting this for 14 months," she said. "People said we couldn't win against a big company. Well, tonight we did."

Sunreach Energy said it was "disappointed" by the decision and would review its options, including an appeal to the state planning tribunal.

"The project would have delivered around 200 construction jobs and a community benefit fund of $150,000 a year for the life of the project," the company said in a statement.

"We remain committed to working with the Kelvale community."

Sunreach has 30 days to lodge an appeal.""",
        [
            ("generally consistent", "Fiona Gladwell"),
            ("some of the best grazing", "Tony Brereton"),
            ("Once it's covered in panels,", "Tony Brereton"),
            ("We are not against renewables.", "Tony Brereton"),
            ("an industrial landscape in the", "Anita Sokolov"),
            ("I understand the strength of", "Ross Vinnicombe"),
            ("But we are a planning", "Ross Vinnicombe"),
            ("absolutely thrilled", "Julie Haddow"),
            ("We've been fighting this for", "Julie Haddow"),
            ("People said we couldn't win", "Julie Haddow"),
            ("disappointed", "Sunreach Energy"),
            ("The project would have delivered", "Sunreach Energy"),
            ("We remain committed to working", "Sunreach Energy"),
        ],
    ),
]
