CASES = [
    (
        """Train drivers' strike to go ahead after talks collapse

By Gareth Llewellyn
BBC Wales transport correspondent

Passengers in south Wales face a week of disruption after last-ditch talks between train drivers and Cambrian Valleys Railway broke down without agreement.

Members of the Footplate and Traincrew Union (FTU) will walk out on Tuesday and Thursday, with an overtime ban in place for the rest of the week.

The operator said it expected to run "a very limited service" on strike days, with no trains at all on the Rhoswen and Aberllyn branch lines.

The dispute centres on pay and on changes to rostering which the union says would see drivers working longer shifts at shorter notice.

The FTU's Welsh organiser, Rhian Mostyn, said members had been left with "no option" after the company refused to improve its offer of 3.5%.

"Nobody wants to strike, least of all drivers who will lose a day's pay," she said. "But we've been talking for eleven months and the company has not moved an inch on rostering.

"Our members are being asked to work longer shifts with less notice, and that is simply not safe."

Cambrian Valleys Railway's managing director, Owen Pritchard, said the offer was "fair and affordable" and urged the union to put it to its members.

"We have tabled an offer that would see drivers' pay rise by more than £2,000 over two years, at a time when the railway is still carrying fewer passengers than before the pandemic," Mr Pritchard said.

"I would simply ask the union to let its members have their say."

The company said tickets for strike days would be accepted on the following day or could be refunded without a fee.

The Welsh government's deputy minister for transport, Elin Bowen-Rees, said she was "deeply disappointed" by the breakdown in talks and urged both sides to make use of the independent conciliation service.

Dafydd Harcombe, who chairs the Valleys Rail Users' Association, told BBC Wales commuters had "had enough".

"People in Aberllyn have put up with cancelled trains all winter and now they're being told there will be no trains at all," he said.

"It's always the same people who suffer - shift workers, students, people who can't afford to drive."

A further round of talks has not yet been scheduled. Cambrian Valleys Railway is advising passengers to check its website before travelling.""",
        [
            ("a very limited service", "Cambrian Valleys Railway"),
            ("no option", "Rhian Mostyn"),
            ("Nobody wants to strike, least", "Rhian Mostyn"),
            ("But we've been talking for", "Rhian Mostyn"),
            ("Our members are being asked", "Rhian Mostyn"),
            ("fair and affordable", "Owen Pritchard"),
            ("We have tabled an offer", "Owen Pritchard"),
            ("I would simply ask the", "Owen Pritchard"),
            ("deeply disappointed", "Elin Bowen-Rees"),
            ("had enough", "Dafydd Harcombe"),
            ("People in Aberllyn have put", "Dafydd Harcombe"),
            ("It's always the same people", "Dafydd Harcombe"),
        ],
    ),
    (
        """Rail fares in England to rise by 4.6% in March, ministers confirm

Joanna Whitcombe
Transport correspondent

Regulated rail fares in England will rise by 4.6% from March, the government has confirmed, in a move campaigners described as “another kick in the teeth” for passengers already struggling with unreliable services.

The increase, which covers season tickets and most off-peak returns, is below last July’s retail prices index figure of 5.2%, which has traditionally been used to set the cap.

The rail minister, Alistair Crane, said the decision struck “the right balance between passengers and taxpayers”.

“We have deliberately held the rise below inflation for the third year running,” he said. “Every pound that doesn’t come from the fare box has to come from taxpayers, many of whom never set foot on a train.”

But the change means an annual season ticket from Wickhurst, one of the busiest commuter towns in the south-east, will cost more than £6,600 for the first time, an increase of almost £300.

Bettina Oyelaran, the director of the campaign group Fair Fares Now, said: “Passengers are being asked to pay more for a service that is getting worse. On some routes one train in six was cancelled last autumn. Nobody would accept that from any other business.”

Her group’s report, “Standing Room Only: The True Cost of Commuting”, published last month, found that a full-time worker in Wickhurst now spends about 14% of their take-home pay on rail travel.

Marcus Delaney, the general secretary of the Rail and Transport Staff Association (RTSA), said the increase amounted to “a tax on working people” and accused ministers of “pricing people off the trains and on to congested roads”.

The Rail Operators’ Council, which represents train companies, said in a statement that fares income was “vital to sustaining investment” and that its members were “working flat out” to improve punctuality.

The shadow transport secretary, Priya Mandal, said ministers were asking passengers to pay for the government’s own failures.

“This government has presided over the worst performance on the railways for a decade, and now it wants passengers to foot the bill,” she said.

A senior industry figure, who asked not to be named, said the Treasury had initially pushed for a rise “in line with inflation, full stop” before transport ministers intervened. An executive at one operator described the final figure as “the least bad option” in a difficult spending round.

Fares in Scotland and Wales are set separately by the devolved governments. The new fares in England take effect on 2 March.""",
        [
            ("another kick in the teeth", "campaigners"),
            ("the right balance between passengers", "Alistair Crane"),
            ("We have deliberately held the", "Alistair Crane"),
            ("Every pound that doesn’t come", "Alistair Crane"),
            ("Passengers are being asked to", "Bettina Oyelaran"),
            ("a tax on working people", "Marcus Delaney"),
            ("pricing people off the trains", "Marcus Delaney"),
            ("vital to sustaining investment", "Rail Operators’ Council"),
            ("working flat out", "Rail Operators’ Council"),
            ("This government has presided over", "Priya Mandal"),
            ("in line with inflation, full", "senior industry figure"),
            ("the least bad option", "executive at one operator"),
        ],
    ),
    (
        """Rail workers to ballot for industrial action over pay and ticket offices

By Conor Fahy, Transport Correspondent

Around 2,300 staff at Rail Éireann are to be balloted for industrial action, including strike action, in a dispute over pay and the company's plans to close ticket offices at 19 stations.

The Irish Transport Workers' Alliance (ITWA) and the Railway Clerical Union (RCU) confirmed this afternoon that ballot papers will be issued to members next week, with the result expected before the end of the month.

ITWA divisional organiser Declan Furlong said staff had "run out of patience" after more than a year of talks.

"Our members kept this country moving through the pandemic, through storms and through years of underinvestment," Mr Furlong said.

"They were told that would be recognised. Instead they have been offered a pay deal that doesn't keep pace with the cost of living and a plan to take staff out of stations."

RCU general secretary Siobhán Kearns told reporters the ticket office closures would leave older and disabled passengers "stranded".

"If you are visually impaired and you arrive at Ballymorris station to find nobody there and a machine on the wall, what are you supposed to do?" she asked.

In a statement, Rail Éireann said it was "disappointed" that the unions had decided to ballot while engagement was ongoing.

"Rail Éireann remains committed to a negotiated outcome. The company has made a pay offer consistent with national public pay policy and has given clear commitments that no staff member will be compelled to leave the company," the statement said.

It added that assistance would remain available at all stations "through a combination of staffed help points and mobile customer teams".

The Minister of State with responsibility for public transport, Fiachra Dooley, said he believed there was "a deal to be done".

"I would urge both sides to get back around the table and to avoid a situation where commuters are caught in the middle," he said.

However, a senior Government source said there was "no more money in the pot" beyond what had already been offered, and warned that any improved deal would have to be funded through "changes to work practices".

Any industrial action would require seven days' notice. The last all-out stoppage on the rail network took place almost a decade ago and lasted three days.""",
        [
            ("run out of patience", "Declan Furlong"),
            ("Our members kept this country", "Declan Furlong"),
            ("They were told that would", "Declan Furlong"),
            ("stranded", "Siobhán Kearns"),
            ("If you are visually impaired", "Siobhán Kearns"),
            ("disappointed", "Rail Éireann"),
            ("Rail Éireann remains committed to", "Rail Éireann"),
            ("through a combination of staffed", "Rail Éireann"),
            ("a deal to be done", "Fiachra Dooley"),
            ("I would urge both sides", "Fiachra Dooley"),
            ("no more money in the", "senior Government source"),
            ("changes to work practices", "senior Government source"),
        ],
    ),
    (
        """Commuter misery as guards’ strike cripples rail network – and union boss warns walkouts could run ‘well into the summer’

By TOM ASHWORTH, TRANSPORT EDITOR

Hundreds of thousands of commuters faced chaos yesterday as a strike by guards brought one of Britain’s busiest rail networks to a near standstill.

Only one in five trains ran on Southdown Coastal Railway routes, with stations from Bexford to Saltmarsh Bay deserted and platforms at Kingsmere Junction packed with stranded passengers.

The walkout by members of the Rail Guards and Transport Union (RGTU) is the ninth in a bitter row over plans to let drivers open and close train doors – which the union claims will put passengers at risk.

Last night RGTU general secretary Terry Haldane said his members were ‘not going to be bullied’ and warned the strikes could continue ‘well into the summer’.

He told the Mail: ‘This is about whether there is a second safety-critical member of staff on every train. We won’t trade that away for a bonus payment.

‘If the company wants this to end, it knows exactly what it has to do.’

Commuters said they were being ‘held hostage’ by a union that had lost touch with ordinary working people.

Nurse Kelly Ambrose, 34, who travels from Saltmarsh Bay to Kingsmere General Hospital, said: ‘I’ve had to get a taxi three times this month just to get to my shift. That’s £60 a time. Who is going to pay me back for that?’

Accountant Rajesh Malhotra, 51, added: ‘It’s the same story every few weeks. You can’t plan anything – you just have to hope.’

Southdown Coastal Railway, which wants to introduce so-called ‘guard-optional’ trains on its busiest routes, insisted no jobs would be lost.

A spokesman said: ‘We are sorry for the disruption our customers have faced today. Our drivers already operate doors safely on more than half of the network, and we have guaranteed that every guard keeps their job and their salary.’

The company told passengers to ‘only travel if absolutely necessary’ during a second walkout planned for Thursday.

Transport Secretary Helen Margrave branded the action ‘utterly unjustified’ and said ministers would press ahead with laws forcing unions to run a minimum service during strikes.

‘The union leadership is putting politics before passengers, and it is ordinary families who pay the price,’ she said.

One senior rail executive said privately the dispute had already cost the operator ‘north of £40million’ in lost ticket sales.""",
        [
            ("well into the summer", "Terry Haldane"),
            ("not going to be bullied", "Terry Haldane"),
            ("well into the summer", "Terry Haldane"),
            ("This is about whether there", "Terry Haldane"),
            ("If the company wants this", "Terry Haldane"),
            ("held hostage", "commuters"),
            ("I’ve had to get a", "Kelly Ambrose"),
            ("It’s the same story every", "Rajesh Malhotra"),
            ("We are sorry for the", "spokesman"),
            ("only travel if absolutely necessary", "Southdown Coastal Railway"),
            ("utterly unjustified", "Helen Margrave"),
            ("The union leadership is putting", "Helen Margrave"),
            ("north of £40million", "senior rail executive"),
        ],
    ),
    (
        """Saltire Trains owner threatens legal action over loss of franchise

By Iain Buchanan
Transport Correspondent

The owner of Saltire Trains has threatened to take ministers to court after being told its contract to run Scotland’s main rail network will not be extended beyond next spring.

Dunmore Transport Group, which has held the franchise since 2016, said the decision to bring services into public ownership was “flawed” and “driven by politics rather than performance”.

In a letter to Transport Secretary Morag Lennie, seen by The Herald, the company’s chief executive Graham Tulloch said it had “no alternative but to reserve its legal position”.

The letter continues: “We have met or exceeded every punctuality target set for us in the last three years. To strip the contract from an operator with that record sends a chilling signal to anyone considering investing in Scotland’s railways.”

Ms Lennie announced on Tuesday that a new publicly owned company, Saltire Rail Ltd, would take over the running of around 2,000 daily services from April.

Speaking in the chamber at Holyrood, she said a public operator would be able to “reinvest every penny” in better services and lower fares.

“This is not about ideology. It is about building a railway that puts passengers first, and whose profits stay in Scotland,” she told MSPs.

She added: “We have looked very carefully at the options available to us and we have taken detailed legal advice. I am confident the decision is robust.

“The transition will be seamless for passengers. Staff will transfer on their existing terms and conditions, and tickets bought before the changeover will remain valid.”

Rail unions, which have campaigned for nationalisation for more than a decade, welcomed the move. Kirsty Mair, Scottish organiser for the Scottish Rail Staff Union, said her members had “waited a long time for this day”.

Opposition transport spokesman Alasdair Grieve warned that taxpayers could be left facing a “multimillion-pound legal bill” if Dunmore’s challenge succeeded.

“The minister has rushed this through without a proper business case, and now we learn the operator is lawyering up. Who is going to pay for that? Not the Government, that’s for sure,” he said.

One industry insider said Dunmore was unlikely to win in court but was “playing for a bigger compensation cheque”.

A Scottish Government spokeswoman said: “We do not comment on potential legal proceedings. Ministers remain confident that the decision was taken properly and lawfully.”

Shares in Dunmore Transport Group closed 3% lower yesterday.""",
        [
            ("flawed", "Dunmore Transport Group"),
            ("driven by politics rather than", "Dunmore Transport Group"),
            ("no alternative but to reserve", "Graham Tulloch"),
            ("We have met or exceeded", "Graham Tulloch"),
            ("reinvest every penny", "Morag Lennie"),
            ("This is not about ideology.", "Morag Lennie"),
            ("We have looked very carefully", "Morag Lennie"),
            ("The transition will be seamless", "Morag Lennie"),
            ("waited a long time for", "Kirsty Mair"),
            ("multimillion-pound legal bill", "Alasdair Grieve"),
            ("The minister has rushed this", "Alasdair Grieve"),
            ("playing for a bigger compensation", "industry insider"),
            ("We do not comment on", "spokeswoman"),
        ],
    ),
    (
        """Pennine Express stripped of rail contract after 'unacceptable' cancellations

By Mark Ellison, business reporter

The government is to take over the running of Pennine Express after the operator was stripped of its contract following months of cancellations and overcrowding.

Transport Secretary Richard Okafor said passengers across the north of England had endured "unacceptable" levels of disruption and that the company had been given "every chance" to turn things around.

Speaking to reporters at Brackendale station, he said: "Enough is enough. Passengers in the north deserve a railway they can rely on, and frankly they haven't had one."

"From 1 June, services will be run by the government's operator of last resort. Nothing changes for passengers - tickets will still be valid and trains will run to the same timetable," he added.

Pennine Express, which is owned by Arden Holdings, said it was "deeply disappointed" and blamed much of the disruption on a shortage of drivers "caused by industrial action beyond our control".

"Over the past year we have recruited 140 new drivers and introduced a more resilient timetable," the company said.

"We believe we were on the road to recovery, and we are proud of colleagues who have worked tirelessly for our customers throughout."

Figures published last month showed almost one in 10 Pennine Express services was cancelled in the four weeks to 4 March, the worst record of any operator in the country.

The mayor of Aireside, Janet Holroyd, who has long campaigned for the contract to be removed, said the decision was "long overdue".

"Today is a good day for everyone who has stood on a freezing platform waiting for a train that never came," she wrote on social media.

According to a senior Whitehall source, ministers had been "drawing up contingency plans since Christmas" amid concern that the operator's performance was getting worse.

The Footplate and Traincrew Union said it would "seek urgent assurances" that jobs and conditions would be protected under public ownership.

At Brackendale, passengers were sceptical that a change of owner would make much difference.

Student Amira Haddad, 20, told Sky News: "I'll believe it when I see it. It can't really get any worse, can it?"

Around 5,000 staff are expected to transfer to the new operator.""",
        [
            ("unacceptable", "Richard Okafor"),
            ("unacceptable", "Richard Okafor"),
            ("every chance", "Richard Okafor"),
            ("Enough is enough. Passengers in", "Richard Okafor"),
            ("From 1 June, services will", "Richard Okafor"),
            ("deeply disappointed", "Pennine Express"),
            ("caused by industrial action beyond", "Pennine Express"),
            ("Over the past year we", "Pennine Express"),
            ("We believe we were on", "Pennine Express"),
            ("long overdue", "Janet Holroyd"),
            ("Today is a good day", "Janet Holroyd"),
            ("drawing up contingency plans since", "senior Whitehall source"),
            ("seek urgent assurances", "Footplate and Traincrew Union"),
            ("I'll believe it when I", "Amira Haddad"),
        ],
    ),
    (
        """Intercity rail fares to rise by up to 9pc as commuter prices cut

Niamh Gallagher

Rail passengers on intercity routes face fare increases of up to 9pc from next month, while commuters around the capital will see prices fall.

The Transport Authority of Ireland (TAI) said the changes, set out in its annual “Fares Determination” document, were part of “a wider rebalancing of fares across the network”.

A single adult ticket between Carrickmoyle and the capital will rise from €38.50 to €41.90, while a monthly commuter ticket from Kilbrennan will fall by almost €20.

TAI chief executive Gráinne Moloney said the authority had “tried to protect those who rely on public transport every day”.

“Commuter fares are falling, and the vast majority of passengers will pay the same or less,” Ms Moloney said. “Where fares are going up, they are going up on routes where we have added significant extra capacity.”

But Independent TD Martin Quealy said the increases were “a slap in the face for rural Ireland”.

“People in the west already have fewer trains, older stations and longer journeys. Now they’re being told to pay more for the privilege,” he said.

Eoin Tierney, of the passenger group Commuter Voice Ireland, said it “broadly welcomed” the cuts for commuters but was “alarmed” at the scale of the intercity increases.

“There’s a risk that people who have only recently got out of their cars will go straight back into them,” he said. “That’s the opposite of what climate policy is supposed to achieve.”

A spokesperson for Rail Éireann said: “Customers with existing annual tickets will not be affected until their renewal date. New fares will apply from March 1.”

A senior departmental source said the Minister for Transport had been “fully briefed” on the proposals and had raised no objection.

Opposition parties are expected to raise the issue in the Dáil this week.""",
        [
            ("a wider rebalancing of fares", "Transport Authority of Ireland"),
            ("tried to protect those who", "Gráinne Moloney"),
            ("Commuter fares are falling, and", "Gráinne Moloney"),
            ("Where fares are going up,", "Gráinne Moloney"),
            ("a slap in the face", "Martin Quealy"),
            ("People in the west already", "Martin Quealy"),
            ("broadly welcomed", "Eoin Tierney"),
            ("alarmed", "Eoin Tierney"),
            ("There’s a risk that people", "Eoin Tierney"),
            ("That’s the opposite of what", "Eoin Tierney"),
            ("Customers with existing annual tickets", "spokesperson"),
            ("fully briefed", "senior departmental source"),
        ],
    ),
    (
        """Halworth seeks £180mn compensation over loss of rail franchise

Philip Stanhope, Transport Correspondent

Halworth Group, the bus and rail operator, is seeking more than £180mn in compensation from the government after its eastern England rail franchise was terminated early, in the latest sign of tension between ministers and the private companies that run Britain’s trains.

The group said on Tuesday it had started formal dispute proceedings under its contract, arguing that the government had “failed to honour” a revenue-sharing mechanism agreed during the pandemic.

Sandra Whitlock, Halworth’s chief executive, told analysts the company had been “left carrying risks that were never ours to carry”.

“We entered into these arrangements in good faith,” she said. “The contract is clear about what happens in these circumstances and we expect it to be honoured in full.”

Shares in Halworth fell 6 per cent to 212p in morning trading before recovering some of their losses.

The Fenland & Coast franchise, which carried about 70mn passengers a year before the pandemic, was brought under public control in October after ministers declined to exercise an option to extend it. According to Halworth’s most recent annual report, the contract had been “a significant contributor to group cash flow” in previous years.

A government spokesperson said: “We will robustly defend the taxpayer’s position. The contract was terminated in line with its terms and any claim will be assessed on that basis.”

One person familiar with the negotiations said the government’s most recent offer had been “well below £50mn”, and that talks broke down after officials refused to accept Halworth’s calculation of lost revenue.

Jonathan Reeve, transport analyst at Marlowe Barnes, said the move to a formal dispute was a surprise.

“The market had assumed this would be settled quietly. The fact it is now going to a formal process suggests the two sides are a long way apart,” he said. “We would not expect any resolution before the next financial year.”

The dispute comes as ministers prepare to move more operators into public ownership as their contracts expire. Halworth’s remaining rail business, a joint venture running services in the Midlands, has a contract due to end in 2027.

The Rail and Transport Staff Association, the largest rail union, said the row showed that “the franchise model is broken beyond repair” and called on ministers to “refuse to hand over a single penny”.

Halworth said it remained “open to a negotiated settlement” but would pursue the claim “through every available route” if necessary.""",
        [
            ("failed to honour", "Halworth Group"),
            ("left carrying risks that were", "Sandra Whitlock"),
            ("We entered into these arrangements", "Sandra Whitlock"),
            ("The contract is clear about", "Sandra Whitlock"),
            ("a significant contributor to group", "Halworth Group"),
            ("We will robustly defend the", "spokesperson"),
            ("well below £50mn", "person familiar with the negotiations"),
            ("The market had assumed this", "Jonathan Reeve"),
            ("We would not expect any", "Jonathan Reeve"),
            ("the franchise model is broken", "Rail and Transport Staff Association"),
            ("refuse to hand over a", "Rail and Transport Staff Association"),
            ("open to a negotiated settlement", "Halworth Group"),
            ("through every available route", "Halworth Group"),
        ],
    ),
]
