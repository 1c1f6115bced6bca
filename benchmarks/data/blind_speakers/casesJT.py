CASES = [
    (
        """Treasurer defends $4.2 billion regional housing fund as Coalition warns of ‘blowout’

By political reporter Jessamy Harcourt

Federal Treasurer Callum Brereton has defended the government’s $4.2 billion regional housing fund against Coalition claims the program is running over budget, saying every dollar spent had “put a roof over someone’s head”.

Speaking at Parliament House on Tuesday, Mr Brereton said figures released by the Department of Finance showed the fund had delivered 6,100 homes in its first 18 months, ahead of the target set in last year’s budget.

“We said we would build homes in the towns that have been left behind, and that is exactly what we are doing,” he told reporters.

“The Opposition can carp from the sidelines all they like. The people moving into these homes in Dubbo and Mildura and Emerald are not interested in their talking points.”

But shadow treasurer Annika Voss said the department’s own figures showed the average cost per dwelling had risen by almost a third since the program began.

“This is a budget blowout in the making, and the Treasurer knows it,” Ms Voss said.

“He can stand in front of a new house and cut a ribbon, but he cannot tell Australians what this is going to cost by the time it’s finished.”

The Finance figures, contained in a report titled “Regional Housing Acceleration: Interim Outcomes”, show the average cost per home rose from $512,000 to $674,000 between the 2022-23 and 2023-24 financial years.

The department attributed the increase to construction costs and “sustained pressure on trade labour in regional markets”, particularly for electricians and plumbers.

Terry Halloran, chief executive of the Regional Builders Association, said the cost increases were “not a surprise to anyone who has tried to get a sparky to Longreach”.

“The government’s target was always ambitious,” he said. “What we need now is a pipeline of apprentices, or the next tranche of homes will cost even more.”

The crossbench has also weighed in. Independent MP Dr Rosalind Tait, whose rural Victorian seat of Murrindal has received 140 homes under the fund, said she supported the program but wanted “far more transparency” about which projects were approved and why.

“Communities in my electorate have been told a site is coming and then heard nothing for a year,” Dr Tait said.

A spokeswoman for Housing Minister Deb Caruana said the minister would release a full list of approved projects “in the coming weeks”.

The Coalition has indicated it will pursue the issue at Senate estimates next month, with Ms Voss flagging questions about how individual sites were selected.""",
        [
            ("blowout", "Annika Voss"),
            ("put a roof over someone’s", "Callum Brereton"),
            ("We said we would build", "Callum Brereton"),
            ("The Opposition can carp from", "Callum Brereton"),
            ("This is a budget blowout", "Annika Voss"),
            ("He can stand in front", "Annika Voss"),
            ("sustained pressure on trade labour", "Department of Finance"),
            ("not a surprise to anyone", "Terry Halloran"),
            ("The government’s target was always", "Terry Halloran"),
            ("What we need now is", "Terry Halloran"),
            ("far more transparency", "Rosalind Tait"),
            ("Communities in my electorate have", "Rosalind Tait"),
            ("in the coming weeks", "spokeswoman"),
        ],
    ),
    (
        """Western Sydney metro opening pushed back to 2029, minister confirms

By Lachlan Meere

The opening of the Parramatta to Penrith metro line has been delayed by at least two years, Transport Minister Ellen Vukovic has confirmed, blaming geotechnical problems beneath the Nepean River and what she described as an “inherited mess” of contracts signed by the former government.

Ms Vukovic told budget estimates on Thursday that the line, originally due to open in 2027, would now begin carrying passengers “no earlier than the second half of 2029”.

“I’m not going to stand here and pretend this is good news. It isn’t,” she said. “But I would rather tell the people of western Sydney the truth now than give them another date that nobody believes.”

The minister said tunnelling contracts awarded in 2021 contained what she called “almost no protection for the taxpayer” if ground conditions turned out worse than expected, which they had.

Opposition transport spokesman Grant Alderton said the government had had three years to fix the contracts and could no longer blame its predecessors.

“This minister has been in the job for three years. At some point she has to own it,” Mr Alderton said. “Every time something goes wrong, it’s the last government’s fault. Commuters in Penrith don’t care whose fault it is. They want a train.”

The delay is expected to add about $1.8 billion to the project’s cost, according to documents tabled at the hearing, although Transport for NSW secretary Rhiannon Daley cautioned that the figure was “a working estimate, not a final number”.

Under questioning from Greens MP Cate Oyelaran, Ms Daley said the agency was in “active negotiations” with the tunnelling consortium, Westlink Tunnelling Partners, and would not comment further while those talks continued.

A spokesman for Westlink Tunnelling Partners said the consortium “remains committed to delivering a world-class project” and was working constructively with the state.

Penrith mayor Tony Barletta, whose council has spent years lobbying for the line, said the news was “a kick in the guts” for residents who already spend up to three hours a day commuting.

“We’ve had the sod-turnings, we’ve had the hi-vis photo ops, we’ve had the glossy brochures,” he said.

“What we haven’t had is a single metre of track we can actually use.”

The western Sydney line was announced in 2019 as part of a $26 billion rail package and was a centrepiece of the former government’s re-election campaign in the outer suburbs.

Premier Daniel Kostas is expected to face questions on the delay when parliament resumes next week. A spokeswoman for the Premier said he retained “full confidence” in the minister.""",
        [
            ("inherited mess", "Ellen Vukovic"),
            ("no earlier than the second", "Ellen Vukovic"),
            ("I’m not going to stand", "Ellen Vukovic"),
            ("But I would rather tell", "Ellen Vukovic"),
            ("almost no protection for the", "Ellen Vukovic"),
            ("This minister has been in", "Grant Alderton"),
            ("Every time something goes wrong,", "Grant Alderton"),
            ("a working estimate, not a", "Rhiannon Daley"),
            ("active negotiations", "Rhiannon Daley"),
            ("remains committed to delivering a", "spokesman"),
            ("a kick in the guts", "Tony Barletta"),
            ("We’ve had the sod-turnings, we’ve", "Tony Barletta"),
            ("What we haven’t had is", "Tony Barletta"),
            ("full confidence", "spokeswoman"),
        ],
    ),
    (
        """Digital identity agency knew of security flaw six weeks before data breach, Senate estimates told

Marcus Fairleigh
Political reporter

The federal agency that runs the government’s digital identity system was warned about a software flaw six weeks before hackers used it to access the records of more than 90,000 Australians, a Senate estimates hearing has been told.

The chief executive of the Digital Identity Agency, Priya Ramaswamy, told the finance and public administration committee on Wednesday that an internal security team had flagged the vulnerability in early March but that a fix was not applied until after the breach was detected on 19 April.

“With the benefit of hindsight, that patch should have been prioritised,” Ramaswamy said. “I accept that, and I apologise to every person whose information was exposed.”

Pressed by the Liberal senator Hamish Colquhoun on why the warning had not been escalated to her office, Ramaswamy said the flaw had been assessed at the time as “a moderate issue that did not meet the threshold for escalation”.

Colquhoun said the explanation was “simply not good enough”.

“Ninety thousand people have had their driver’s licence numbers and dates of birth put on the dark web,” he said. “And the answer from the agency is that somebody filled in a risk matrix wrong?”

The Greens senator Ines Baptiste asked whether the minister had been briefed on the vulnerability before the breach. A Department of Finance official, Gareth Lumb, took the question on notice.

The minister for government services, Leanne Forsythe, was not at the hearing. In a statement, a spokesperson for the minister said she was first informed of the breach “on the evening of 19 April” and had “immediately directed the agency to notify affected individuals”.

The spokesperson said an independent review, led by the former Victorian auditor-general Sandra Kealy, would report by the end of September.

A government source told Guardian Australia the minister had been “furious” when she learned of the six-week gap, and had asked for the timeline to be added to the review’s terms of reference.

Privacy advocates said the revelation raised broader questions about the expansion of the system, which the government wants to make available to banks, telcos and real estate agents from next year.

“The government is asking Australians to put more and more of their lives into this system,” said Nadia Sørensen, the chair of the Australian Privacy Alliance. “It can’t then turn around and say a known vulnerability was allowed to sit there for six weeks because of a spreadsheet.”

Sørensen said the alliance would make a submission to the review calling for the agency to be brought under the direct oversight of the information commissioner.

The hearing continues on Thursday, when officials from the Australian Signals Directorate are expected to appear.""",
        [
            ("With the benefit of hindsight,", "Priya Ramaswamy"),
            ("I accept that, and I", "Priya Ramaswamy"),
            ("a moderate issue that did", "Priya Ramaswamy"),
            ("simply not good enough", "Hamish Colquhoun"),
            ("Ninety thousand people have had", "Hamish Colquhoun"),
            ("And the answer from the", "Hamish Colquhoun"),
            ("on the evening of 19", "spokesperson"),
            ("immediately directed the agency to", "spokesperson"),
            ("furious", "government source"),
            ("The government is asking Australians", "Nadia Sørensen"),
            ("It can’t then turn around", "Nadia Sørensen"),
        ],
    ),
    (
        """LNP claims Mount Cressley as Labor vote slumps in by-election

Bridget Tarrant, State Political Reporter

The LNP has seized the Labor-held seat of Mount Cressley in a by-election that delivered a swing of almost 11 per cent against the government, a result Opposition Leader Graham Pettifer described as "a message the Premier cannot ignore".

With 78 per cent of the vote counted on Saturday night, LNP candidate and former local school principal Kerri-Ann Bolton held a two-party-preferred lead of 54.2 per cent to 45.8 per cent over Labor's Josh Marinelli.

Speaking to supporters at the Cressley Bowls Club, Ms Bolton said voters had told her "over and over again" that they felt forgotten by the government.

"People here are paying more for power, more for groceries and more for rent, and they've been waiting eight years for the hospital upgrade they were promised," she said.

"Tonight they've said enough is enough."

Mr Pettifer, who campaigned in the seat on 11 of the past 14 days, said the result should worry Labor MPs across Brisbane's northern suburbs.

"If Labor can lose Mount Cressley, Labor can lose anywhere," he said.

Premier Sharon Daintree conceded the loss in a brief statement shortly before 10pm, saying the government would "listen carefully" to the result.

"By-elections are always tough for governments, and this one was no exception," the statement said.

"I congratulate Ms Bolton and I thank Josh Marinelli for running a positive, grassroots campaign."

Labor sources said the party's internal polling had shown the seat slipping for weeks, with one senior campaign figure blaming "a perfect storm" of cost-of-living pressure and anger over the closure of the Cressley rail maintenance depot, which cost about 200 local jobs.

"We knew it was going to be close. We didn't think it would be this bad," the campaign figure said.

Griffith University political analyst Dr Helen Yarrow said the result was significant but cautioned against reading too much into it ahead of the state election.

"This is a big swing, but by-election swings are usually bigger than what you see at a general election," she said. "Labor will be worried, but I wouldn't be treating it as a guide to October."

The seat was vacated when former Labor MP Rob Kinsella resigned in June, citing family reasons. He had held it since 2015.

The Electoral Commission of Queensland said counting of postal votes would continue on Monday, with a formal declaration expected later in the week.""",
        [
            ("a message the Premier cannot", "Graham Pettifer"),
            ("over and over again", "Kerri-Ann Bolton"),
            ("People here are paying more", "Kerri-Ann Bolton"),
            ("Tonight they've said enough is", "Kerri-Ann Bolton"),
            ("If Labor can lose Mount", "Graham Pettifer"),
            ("listen carefully", "Sharon Daintree"),
            ("By-elections are always tough for", "Sharon Daintree"),
            ("I congratulate Ms Bolton and", "Sharon Daintree"),
            ("a perfect storm", "senior campaign figure"),
            ("We knew it was going", "senior campaign figure"),
            ("This is a big swing,", "Helen Yarrow"),
            ("Labor will be worried, but", "Helen Yarrow"),
        ],
    ),
    (
        """Health Minister under fire as emergency wait times hit record

By Sophie Lindqvist
State political reporter

Victoria’s emergency departments recorded their worst waiting times on record in the March quarter, with fewer than half of patients seen within the clinically recommended time at four major Melbourne hospitals, new data shows.

Figures published by the Victorian Agency for Health Information on Friday show just 58 per cent of emergency patients statewide were treated on time, down from 63 per cent a year earlier.

Health Minister Carmen Athanasiou said the system was under “enormous pressure” from a flu season that started early and from an ageing population, but insisted the government’s investment was beginning to pay off.

“Nobody is happy with these numbers, least of all me,” she said at a press conference at Maribyrnong Hospital.

“But we have opened 400 new beds in the past two years and we have another 250 coming online before the end of the year. That is real capacity, and it will make a difference.”

Opposition health spokeswoman Dr Fiona Mercer said the figures were “a disgrace” and accused the government of “spin over substance” after a decade in office.

Dr Anand Kohli, president of the Victorian Emergency Physicians Society, described a recent overnight shift at Maribyrnong in which he said about 30 patients were waiting in corridors and ambulances.

“I had a woman in her 80s who had been on a trolley for 19 hours. She’d had a fall, she was frightened, and there was nothing we could do for her except apologise,” he said.

“That is not unusual any more. That is a Tuesday. My colleagues are burning out and leaving, and every one who leaves makes it worse for the ones who stay.

“The government keeps talking about beds. Beds are not the problem. Staff are the problem.”

The Victorian Hospital Employees Federation said in a statement that nurses had been “sounding the alarm for years” and called for existing nurse-to-patient ratios in emergency departments to be properly enforced.

The federation is due to begin bargaining with the government on a new enterprise agreement next month.

Asked on Friday whether Ms Athanasiou retained his confidence, Premier Tom Ashworth said: “Absolutely. Carmen is one of the hardest-working ministers I’ve got, and she is across every one of these numbers.”

A senior government source said the figures were expected to improve in the June quarter once new wards at Maribyrnong and Dandenong opened, but conceded they would be “a problem for us” in the lead-up to the November election.

Ambulance ramping figures for the same period, also released on Friday, showed paramedics spent a combined 41,000 hours waiting outside emergency departments to hand over patients.""",
        [
            ("enormous pressure", "Carmen Athanasiou"),
            ("Nobody is happy with these", "Carmen Athanasiou"),
            ("But we have opened 400", "Carmen Athanasiou"),
            ("a disgrace", "Fiona Mercer"),
            ("spin over substance", "Fiona Mercer"),
            ("I had a woman in", "Anand Kohli"),
            ("That is not unusual any", "Anand Kohli"),
            ("The government keeps talking about", "Anand Kohli"),
            ("sounding the alarm for years", "Victorian Hospital Employees Federation"),
            ("Absolutely. Carmen is one of", "Tom Ashworth"),
            ("a problem for us", "senior government source"),
        ],
    ),
    (
        """Premier warns Canberra off GST carve-up as iron ore windfall swells WA coffers

Nick Barrow
State Political Editor

Premier Rhys Kavanagh has warned the Federal Government that any attempt to unwind WA's GST deal would leave it with "the fight of their life", as the State posted a $3.1 billion surplus on the back of soaring iron ore royalties.

Treasurer Alannah Crouch handed down the mid-year review on Thursday, revealing royalty income was $1.4 billion higher than forecast in the May Budget.

"This is a strong result, and it's a result that belongs to Western Australians," Ms Crouch said. "We are going to use it to pay down debt, build hospitals and give households a hand with their power bills."

But the windfall has reignited criticism from the eastern States, with NSW Treasurer Michael Fairbairn saying on Wednesday the GST floor arrangement was "costing the rest of the country billions".

Asked about the comments, Mr Kavanagh was blunt.

"The deal is the deal. It was legislated, it was agreed by every party in the Federal Parliament, and we are not going to apologise for it," he said.

"If anyone in Canberra thinks they can quietly chip away at it, they'll have the fight of their life on their hands."

A spokesman for the Federal Treasurer said the Government had "no plans" to change the arrangements.

Opposition Leader Libby Strachan said the surplus was "a product of Chinese steel demand, not good management".

"The Premier didn't dig that iron ore out of the ground," she said. "What matters is what the Government does with the money, and families in the outer suburbs are still waiting months for elective surgery."

The review came as Pilbara producer Coondarra Iron, the State's third-largest miner, told the ASX its September quarter shipments had risen 9 per cent.

The company said it remained "cautiously optimistic" about prices into next year but warned of "significant headwinds" from slowing construction in China's property sector.

"Royalties are the dividend the State gets from a very successful industry," said Paula Greaves, chief executive of the Resources Industry Council of WA.

"We'd just ask that the Government keeps some of it aside for the roads, ports and power lines that keep the industry competitive."

The mid-year review forecasts net debt to fall to $27.4 billion by June, while the iron ore price assumption has been lifted to $US92 a tonne.""",
        [
            ("the fight of their life", "Rhys Kavanagh"),
            ("This is a strong result,", "Alannah Crouch"),
            ("We are going to use", "Alannah Crouch"),
            ("costing the rest of the", "Michael Fairbairn"),
            ("The deal is the deal.", "Rhys Kavanagh"),
            ("If anyone in Canberra thinks", "Rhys Kavanagh"),
            ("no plans", "spokesman"),
            ("a product of Chinese steel", "Libby Strachan"),
            ("The Premier didn't dig that", "Libby Strachan"),
            ("What matters is what the", "Libby Strachan"),
            ("cautiously optimistic", "Coondarra Iron"),
            ("significant headwinds", "Coondarra Iron"),
            ("Royalties are the dividend the", "Paula Greaves"),
            ("We'd just ask that the", "Paula Greaves"),
        ],
    ),
    (
        """Opposition Leader shrugs off spill talk as party room meets

Tom Garside
(Australian Associated Press)

Opposition Leader Warwick Hennessy has dismissed reports he could face a leadership challenge before Christmas, insisting he has the "overwhelming support" of his colleagues.

Arriving at Parliament House on Tuesday morning, Mr Hennessy told reporters the speculation was "a creation of the Canberra bubble".

"I've got a job to do, and that's holding this government to account on cost of living, on energy and on housing," he said.

"I'm not going to spend my time counting numbers. I'm going to spend it talking to Australians."

The comments came after weekend newspaper reports suggested supporters of shadow foreign minister Claudia Renshaw had begun sounding out backbenchers.

One Liberal MP, who spoke on condition of anonymity, said there was "real unease" in the party room after a string of poor opinion polls.

"People aren't panicking, but they're looking at the numbers and they're asking questions," the MP said.

Another senior frontbencher described the reports as "mischief-making by people with too much time on their hands".

Ms Renshaw, speaking in Sydney, did not rule out a tilt at the leadership but said she supported Mr Hennessy.

"Warwick has my support. I'm focused on my portfolio," she said.

Asked directly whether she would ever contest the leadership, she replied: "I'm not going to engage in hypotheticals."

Prime Minister Adrian Falconer seized on the reports during question time, telling parliament the opposition was "more interested in fighting each other than fighting for Australians".

Nationals leader Brett Loughnan said his party's relationship with Mr Hennessy remained strong and the Coalition agreement was not in question.

The Liberal party room met for about 90 minutes on Tuesday morning. Several MPs said leadership was not raised.

Monash University political scientist Zoe Marchetti said leadership speculation tended to feed on itself, regardless of whether a challenge was being organised.

"Once the story is out there, every bad poll becomes a referendum on the leader," Professor Marchetti said.

Parliament rises for the year next week.""",
        [
            ("overwhelming support", "Warwick Hennessy"),
            ("a creation of the Canberra", "Warwick Hennessy"),
            ("I've got a job to", "Warwick Hennessy"),
            ("I'm not going to spend", "Warwick Hennessy"),
            ("real unease", "Liberal MP"),
            ("People aren't panicking, but they're", "Liberal MP"),
            ("mischief-making by people with too", "senior frontbencher"),
            ("Warwick has my support. I'm", "Claudia Renshaw"),
            ("I'm not going to engage", "Claudia Renshaw"),
            ("more interested in fighting each", "Adrian Falconer"),
            ("Once the story is out", "Zoe Marchetti"),
        ],
    ),
    (
        """Independent’s ultimatum puts Tasmanian Government on notice over salmon farm expansion

By Harriet Quill

The Tasmanian Government’s hold on power is under fresh pressure after independent MP Lorna Beckett threatened to back a no-confidence motion unless the Premier pauses a planned salmon farm expansion in Pelham Bay.

In a letter to Premier Stuart Rennick, obtained by the ABC, Ms Beckett said she had “lost faith” in the Government’s assurances about water quality in the bay and would not “sit quietly while a decision this big is rushed through”.

“I have supported this Government on supply and confidence in good faith for 14 months,” the letter said.

“That good faith is now close to exhausted.”

Mr Rennick, whose minority Liberal government holds 16 of the 35 seats in the House of Assembly, told reporters in Launceston he would meet Ms Beckett this week.

“I respect Lorna, I respect her community, and I’ll sit down with her and listen,” he said. “But I’m not going to run government by ultimatum.”

According to Primary Industries Minister Dean Fahey, the expansion had been subject to “the most rigorous environmental assessment in the state’s history”.

The company behind the proposal, Southern Ocean Aquaculture, said in a statement the expansion would create 120 jobs in the Huon and Far South region.

“We’ve listened to the community and we’ve made substantial changes to the proposal to address their concerns,” the statement said.

Labor Leader Neve Castellano said her party would “look very carefully” at any motion but stopped short of committing to support one.

Greens Leader Ruth Abernethy put it bluntly: “The Premier has a choice: he can listen to the people of Pelham Bay, or he can listen to the salmon industry.”

A senior Liberal figure, speaking on condition of anonymity, said the party was “not panicking” but acknowledged the numbers in the chamber were tight.

Political analyst Dr Kieran Walsh, from the University of Tasmania, said the stand-off was “the most serious test yet” for the Government since the last election.

“Minority government in Tasmania is always a negotiation, but this is the first time Ms Beckett has put something this specific in writing,” he said.

Residents of Pelham Bay have held weekly protests outside the township’s community hall since the expansion was approved in principle in March.

Parliament returns on Tuesday.""",
        [
            ("lost faith", "Lorna Beckett"),
            ("sit quietly while a decision", "Lorna Beckett"),
            ("I have supported this Government", "Lorna Beckett"),
            ("That good faith is now", "Lorna Beckett"),
            ("I respect Lorna, I respect", "Stuart Rennick"),
            ("But I’m not going to", "Stuart Rennick"),
            ("the most rigorous environmental assessment", "Dean Fahey"),
            ("We’ve listened to the community", "Southern Ocean Aquaculture"),
            ("look very carefully", "Neve Castellano"),
            ("The Premier has a choice:", "Ruth Abernethy"),
            ("not panicking", "senior Liberal figure"),
            ("the most serious test yet", "Kieran Walsh"),
            ("Minority government in Tasmania is", "Kieran Walsh"),
        ],
    ),
]
