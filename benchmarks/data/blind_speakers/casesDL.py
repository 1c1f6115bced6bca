CASES = [
    (
        """RIVERTON, Ore. — Floodwaters from the swollen Callow River pushed into downtown Riverton on Tuesday, forcing hundreds of residents from their homes and cutting the small timber town off from the interstate for the second time in three years.

The river crested at 24.6 feet early Tuesday, nearly 7 feet above flood stage, according to the Callow Basin Forecast Center.

"We watched it come up the street one porch at a time," said Marla Ostrander, 61, who left her house on Fir Street with two dogs and a box of photographs. "By the time the sheriff's truck came by, the water was at the mailbox."

Mayor Dennis Halvorsen said the town's levee held along most of its length but was overtopped near the old mill site, where a temporary berm built after the 2021 flood "simply wasn't tall enough for this."

"I'm not going to stand here and say we did everything right," Halvorsen told reporters at the fire station, which has been turned into a shelter. "We built what we could afford. Now we have to have an honest conversation with the state about what this town actually needs."

About 340 people had registered at shelters by Tuesday evening, said Kayla Brandt, a spokeswoman for the Wallace County Emergency Management Office. No deaths were reported, though one man was treated for hypothermia after his pickup stalled on a flooded road, she said.

Hydrologists have warned for years that the Callow basin is receiving more of its winter precipitation as rain rather than snow. A 2022 study by the Pacific Slope Water Institute found that peak winter flows on the river had risen by about 18% since the 1980s.

"What used to sit in the mountains as snowpack until April is now coming down the channel in a few days," said Theo Vance, a hydrologist at the institute who was not involved in the town's flood planning. "Communities designed around the old river are living next to a different one."

Gov. Renata Albright declared a state of emergency for Wallace and two neighboring counties late Tuesday. In a statement, Albright said state crews would work to "restore access to isolated communities as quickly as the water allows."

At the shelter, retired logger Walt Kimura described hitching neighbors' cars to his tractor and dragging them to the high school parking lot as the water rose.

"I've been here since 1974, and I've seen this river get mean before," he said. "I always figured it would calm down and we'd clean up.

"This time I'm not so sure I want to clean up. I'm 79. Maybe the river's telling me something."

Forecasters expect the Callow to fall below flood stage by Thursday, but more rain is forecast for the weekend.""",
        [
            ("We watched it come up", "Marla Ostrander"),
            ("By the time the sheriff's", "Marla Ostrander"),
            ("simply wasn't tall enough for", "Dennis Halvorsen"),
            ("I'm not going to stand", "Dennis Halvorsen"),
            ("We built what we could", "Dennis Halvorsen"),
            ("What used to sit in", "Theo Vance"),
            ("Communities designed around the old", "Theo Vance"),
            ("restore access to isolated communities", "Renata Albright"),
            ("I've been here since 1974,", "Walt Kimura"),
            ("I always figured it would", "Walt Kimura"),
            ("This time I'm not so", "Walt Kimura"),
        ],
    ),
    (
        """By Tomas Ferreira-Lund

LISBON, Aug 14 - More than 1,200 firefighters battled a wildfire in central Portugal on Wednesday as strong winds drove flames towards villages in the hills above the town of Vale do Souto, authorities said.

The fire, which started on Monday afternoon, has burned about 9,000 hectares of pine and eucalyptus forest, according to the Forest Fire Coordination Service (SCIF). Two firefighters were hospitalised with burns and around 400 people were evacuated overnight.

"The next 24 hours are decisive," SCIF commander Rui Albergaria told a news conference in Vale do Souto. "If the wind turns as forecast, we will have fronts moving in two directions at once."

Albergaria said water-bombing aircraft had been grounded for several hours on Tuesday because of thick smoke, a delay he described as "costly but unavoidable".

Interior Minister Helena Carvalho Prates, who visited the command post on Wednesday morning, said the government would ask neighbouring countries for additional aircraft. In a post on social media, she wrote: "Our priority is human life. Property can be rebuilt."

Residents of Aldeia Nova, one of the villages evacuated overnight, described a chaotic departure.

"The sky was orange at two in the morning," said Filipa Neves, 47, a shop owner who drove her elderly parents to a sports hall in Vale do Souto. "We didn't take anything. My father kept asking about the goats."

Successive governments have promised to reduce the dominance of eucalyptus, a highly flammable species grown for the paper industry, but environmental groups say progress has been slow.

The conservation group Floresta Viva said in a statement that the fire showed "the same mistakes being repeated summer after summer" and called for a moratorium on new eucalyptus plantations.

A spokesperson for the Portuguese Pulp Producers' Federation said the industry managed its own land responsibly and that most large fires started on abandoned, unmanaged plots.

Ana Luisa Moura, a fire ecologist at the Mediterranean Climate Institute in Porto, said conditions this week had been extreme even by recent standards: "We are seeing fuel moisture levels in August that we used to associate with the very worst days of the decade."

Temperatures were forecast to exceed 40 degrees Celsius (104 Fahrenheit) in parts of the region on Thursday, with little relief expected before the weekend.

(Reporting by Tomas Ferreira-Lund; Editing by Gareth Holm)""",
        [
            ("The next 24 hours are", "Rui Albergaria"),
            ("If the wind turns as", "Rui Albergaria"),
            ("costly but unavoidable", "Rui Albergaria"),
            ("Our priority is human life.", "Helena Carvalho Prates"),
            ("The sky was orange at", "Filipa Neves"),
            ("We didn't take anything.", "Filipa Neves"),
            ("the same mistakes being repeated", "Floresta Viva"),
            ("We are seeing fuel moisture", "Ana Luisa Moura"),
        ],
    ),
    (
        """BONN, Germany — After two weeks of negotiations that ran deep into Saturday morning, delegates from nearly 140 countries agreed to a framework for cutting methane emissions from oil and gas operations, but stopped short of the binding targets that smaller and more vulnerable nations had demanded.

The agreement, reached at the fourth session of the Intergovernmental Methane Forum, asks countries to “pursue substantial reductions” in leaks and flaring by 2035 and to report their progress every two years. It sets no specific percentage goal and contains no penalties for countries that fall short.

“It is a floor, not a ceiling,” said Ingrid Solvang-Maier, the veteran Norwegian diplomat who chaired the talks, as the final gavel fell shortly after 4 a.m. “Every country that signed tonight has agreed to measure what it emits, and what gets measured can be cut.”

Not everyone was persuaded. Tevita Moala, the lead negotiator for the Alliance of Low-Lying States, a bloc of 31 island and coastal nations, called the outcome “a document written for the comfort of producers.”

“We came here asking for a number,” Mr. Moala said in an interview after the closing session. “We are leaving with a promise to write a report about a number. My grandchildren cannot live on a report.”

Delegates said the final hours had been consumed by a dispute over a single paragraph on flaring, the practice of burning off excess gas at wells. A coalition of major producing countries, organized as the Energy Security Dialogue, insisted on exemptions for safety and emergency operations.

In a statement, the Energy Security Dialogue said the framework “balances environmental ambition with the energy needs of billions of people” and praised the chair for “a pragmatic and inclusive process.”

Environmental groups were divided. Dr. Priya Raman-Holt, an atmospheric chemist who advises the nonprofit Clean Air Watch Network, said the reporting requirements could prove more significant than they appeared.

“Methane is unusual because we can now see it from space,” Dr. Raman-Holt said. “Once countries commit to publishing their numbers, satellites will tell us whether those numbers are honest.”

Others were blunter. The Youth Climate Assembly, whose members staged a silent protest outside the conference hall on Friday with banners reading “Leaks Are Lies,” described the deal in a statement as “a masterclass in delay.”

The forum’s next session is scheduled for 2027 in Nairobi, where delegates are expected to revisit numerical targets. Ms. Solvang-Maier said she was hopeful but realistic.

“Diplomacy moves at the speed of the slowest ship,” she said. “Our job is to make sure the convoy keeps moving.”""",
        [
            ("pursue substantial reductions", "Intergovernmental Methane Forum"),
            ("It is a floor, not", "Ingrid Solvang-Maier"),
            ("Every country that signed tonight", "Ingrid Solvang-Maier"),
            ("a document written for the", "Tevita Moala"),
            ("We came here asking for", "Tevita Moala"),
            ("balances environmental ambition with the", "Energy Security Dialogue"),
            ("a pragmatic and inclusive", "Energy Security Dialogue"),
            ("Methane is unusual because we", "Priya Raman-Holt"),
            ("Once countries commit to publishing", "Priya Raman-Holt"),
            ("a masterclass in delay.", "Youth Climate Assembly"),
            ("Diplomacy moves at the speed", "Ingrid Solvang-Maier"),
            ("Our job is to make", "Ingrid Solvang-Maier"),
        ],
    ),
    (
        """By Nadia Querubin
Staff Writer

Customers of Tri-Valley Power & Light could see their monthly bills rise by an average of $14 starting next summer under a rate request the utility filed Monday with the state Utility Review Board.

The company says the increase, which would raise about $312 million over three years, is needed to bury power lines in fire-prone canyons, replace aging wooden poles and pay for a backlog of storm repairs. In its filing, Tri-Valley said the investments were "essential to maintaining safe and reliable service in a climate that is changing faster than our infrastructure."

"Nobody likes to ask for more money, and we don't take it lightly," said Gregory Tansley, the utility's vice president for regulatory affairs, in an interview Tuesday. "But the alternative is a grid that wasn't built for 110-degree days and 60-mile-an-hour winds."

The request would be the company's third increase in four years. Consumer advocates said residents were already struggling.

Lorraine Baptiste, executive director of the Ratepayer Fairness Project, said the utility had "a habit of coming back to the well" while its parent company paid steady dividends to shareholders.

"Every one of these requests is framed as a safety emergency," Baptiste said. "At some point the board has to ask why the emergencies never end and the dividends never shrink."

State Sen. Miguel Arteaga, D-Linden, whose district includes several canyon communities where Tri-Valley has cut power during high winds, sent a letter to the board Tuesday asking it to hold public hearings in the affected areas.

"My constituents have sat in the dark for days at a time so that this company could avoid liability," Arteaga wrote. "They deserve to be heard in person, not through an online comment portal."

Tri-Valley shut off power to about 41,000 customers during five wind events last fall. The outages drew complaints from residents who rely on electric medical equipment, including Harold Pfeiffer, 78, of Coyote Bend, who uses an oxygen concentrator.

"The last time, I sat in my car with the engine running so I could plug the machine into the lighter," Pfeiffer said. "I'm not against fixing the lines. I'm against paying for it twice."

A spokesperson for the Utility Review Board said the board would review the request over the coming months and that a proposed decision was not expected before spring. Administrative law judges typically hold evidentiary hearings before any rate change is approved.

Tansley said the company was open to hearings in the canyon communities and would propose a discount program for low-income customers as part of the case.""",
        [
            ("essential to maintaining safe and", "Tri-Valley Power & Light"),
            ("Nobody likes to ask for", "Gregory Tansley"),
            ("But the alternative is a", "Gregory Tansley"),
            ("a habit of coming back", "Lorraine Baptiste"),
            ("Every one of these requests", "Lorraine Baptiste"),
            ("At some point the board", "Lorraine Baptiste"),
            ("My constituents have sat in", "Miguel Arteaga"),
            ("They deserve to be heard", "Miguel Arteaga"),
            ("The last time, I sat", "Harold Pfeiffer"),
            ("I'm not against fixing the", "Harold Pfeiffer"),
        ],
    ),
    (
        """Six climate activists who glued themselves to the gates of a gas terminal on the Essex coast have been spared jail after a judge said their actions, though unlawful, had been driven by “sincere and deeply held conviction”.

The members of Last Light, a direct action group that campaigns against new fossil fuel infrastructure, were each given 12-month community orders at Colbridge crown court on Thursday for causing a public nuisance during a 14-hour protest at the Harwick Point terminal in March.

Sentencing, Judge Eleanor Prewett said she accepted that none of the defendants had sought personal gain. “You are not the usual people who stand in that dock,” she told them. “But the law applies to people of good character exactly as it applies to everyone else, and a civilised society cannot allow each citizen to decide which laws bind them.”

She added that the disruption, which delayed fuel deliveries to several hundred petrol stations across the east of England, had been “significant and foreseeable”.

During the trial, Simon Gathercole KC, prosecuting, told the jury that the case was not about climate change. “Protest is a cherished right in this country,” he said. “Obstruction is not protest.”

The defendants, aged between 22 and 71, included a retired GP, Margaret Eddowes, who told jurors she had taken part because she had “run out of polite ways to be ignored”.

Speaking outside court, Eddowes said she had no regrets. “I have written to my MP eleven times,” she said. “I have signed petitions, I have marched, I have changed my boiler. At some point you have to put your body where your words are.”

The youngest defendant, Callum Achebe-Reid, a 22-year-old geography student, said: “Today a court has recognised our motives while punishing our methods. History will judge which of those matters more.”

Harwick Energy, which operates the terminal, said in a statement that it respected the right to peaceful protest but that the action had put “our staff, the defendants and the public at genuine risk”. The company said it had spent more than £400,000 on additional security since the spring.

Dr Yusuf Hallam, a lecturer in environmental law at Northmoor University, said the sentences fitted a wider pattern. Judges, he said, appeared “increasingly willing to weigh motive at sentencing, even where juries have convicted”, though he cautioned against reading too much into a single case.

Last Light said it would hold a rally outside the terminal next month.""",
        [
            ("sincere and deeply held conviction", "Eleanor Prewett"),
            ("You are not the usual", "Eleanor Prewett"),
            ("But the law applies to", "Eleanor Prewett"),
            ("significant and foreseeable", "Eleanor Prewett"),
            ("Protest is a cherished right", "Simon Gathercole"),
            ("Obstruction is not protest.", "Simon Gathercole"),
            ("run out of polite ways", "Margaret Eddowes"),
            ("I have written to my", "Margaret Eddowes"),
            ("I have signed petitions, I", "Margaret Eddowes"),
            ("Today a court has recognised", "Callum Achebe-Reid"),
            ("our staff, the defendants and", "Harwick Energy"),
            ("increasingly willing to weigh motive", "Yusuf Hallam"),
        ],
    ),
    (
        """Coral reefs across a broad swath of the western Indian Ocean lost nearly a third of their living coral cover in a single year, according to a study published Wednesday that researchers describe as among the fastest declines ever documented.

The study, which appears in the journal Marine Systems Letters, surveyed 212 reef sites after a prolonged marine heat wave. It found that average live coral cover fell from 38% to 26%.

"We went back to sites we had dived for fifteen years and simply didn't recognize them," said Dr. Amara Lindqvist-Oduya, a reef ecologist at the Coastal Ocean Research Institute in Mombasa and the study's lead author.

The researchers wrote that the heat wave had pushed water temperatures "well beyond the thresholds that even historically resilient reefs can tolerate," and warned that recovery would likely take more than a decade, even if similar events did not recur.

That is a big if, Lindqvist-Oduya said. Climate models project that marine heat waves in the region will become several times more frequent by mid-century under current emissions trends.

"Reefs can recover from a bad year," she said. "What they can't recover from is a bad year every other year."

Daniel Fairweather-Ng, a coral biologist at the Southern Reef Laboratory who was not involved in the research, said the survey was rigorous but that some reefs had shown surprising resilience.

"There are pockets in this data that give me real hope," he said in an email. "Some of the deeper reefs, and reefs with strong currents, barely bleached at all. Understanding why is the most important question in the field right now."

The findings arrive as governments in the region weigh how to protect reefs that support tourism and fisheries. In a report released last month, the Western Indian Ocean Fisheries Commission estimated that reef-dependent fisheries employ about 1.4 million people and warned that coral loss posed "a direct threat to food security for coastal households."

Lindqvist-Oduya's team is now testing whether heat-tolerant corals can be raised in nurseries and transplanted. Early results are promising, she said, but she was careful not to overstate them: "Restoration buys time. It does not substitute for cutting emissions."

Fishers have already noticed the change. Speaking by phone from the coastal village of Kiwayu Kati, fisherman Juma Mwakalinga said the reef where he has set traps since boyhood had turned "grey like ash" and that his catches had fallen by half.

"My father taught me where the fish sleep," he said. "Now they are sleeping somewhere else."

The study was funded by a consortium of regional universities and conservation trusts.""",
        [
            ("We went back to sites", "Amara Lindqvist-Oduya"),
            ("well beyond the thresholds that", "researchers"),
            ("Reefs can recover from a", "Amara Lindqvist-Oduya"),
            ("What they can't recover from", "Amara Lindqvist-Oduya"),
            ("There are pockets in this", "Daniel Fairweather-Ng"),
            ("Some of the deeper reefs,", "Daniel Fairweather-Ng"),
            ("a direct threat to food", "Western Indian Ocean Fisheries Commission"),
            ("Restoration buys time.", "Amara Lindqvist-Oduya"),
            ("grey like ash", "Juma Mwakalinga"),
            ("My father taught me where", "Juma Mwakalinga"),
            ("Now they are sleeping somewhere", "Juma Mwakalinga"),
        ],
    ),
    (
        """HUBBALLI: Farmers in three villages of Dharwad district have threatened to intensify their protest against a proposed 400-kV transmission line meant to evacuate power from a new solar park, alleging that the project has been pushed through without proper consultation or fair compensation.

The line, being built by the Deccan Green Transmission Corporation Ltd (DGTCL), will carry electricity from the 1,800-MW Gadag Sun Park to the state grid. According to company officials, nearly 60% of the tower foundations have been completed.

"They came with police and measuring tapes, not with papers," said Basavaraj Hiremath, a 54-year-old farmer from Kurdikeri village whose two-acre groundnut plot lies in the path of the line. "Nobody told us how much land we will lose or what we will get."

Farmers' leader Shantamma Patil of the Raitha Hitarakshana Vedike said the compensation offered, a one-time payment for each tower footprint, ignored the fall in value of land under the corridor. She said the farmers were "not against solar power" but would not allow "clean energy to be built on the backs of small farmers".

The protesters have blocked work at two tower sites since Monday.

DGTCL managing director Dr R Venkatesh Murthy said the company had followed all norms laid down for transmission projects. "Compensation has been paid as per the guidelines, and in many cases above them," he said. "We are open to talks, but the project is of strategic importance and cannot be delayed indefinitely."

He said any delay would leave the solar park's output stranded, adding that developers had already commissioned about 600 MW of capacity that could not be fully evacuated.

In a letter to the district deputy commissioner on Wednesday, the Vedike demanded a joint survey of affected land and a fresh assessment of compensation. "We request that no further work be undertaken until the concerns of affected families are addressed," the letter said.

Deputy commissioner Kavitha Raghunath said she had called a meeting of both sides on Saturday. "The aim is to find a solution acceptable to both the farmers and the company," she told reporters.

Energy analysts say such conflicts are becoming common as states race to meet renewable energy targets. Srinivas Kulkarni, a senior fellow at the Bengaluru-based Centre for Energy Transitions and Equity, said transmission had become "the weakest link in India's clean energy story".

"Land for solar parks is usually acquired in one go, but transmission lines cross hundreds of individual holdings," he said. "If the people who host that infrastructure feel cheated, every kilometre becomes a negotiation."

Work at the two blocked sites remained suspended on Thursday evening.""",
        [
            ("They came with police and", "Basavaraj Hiremath"),
            ("Nobody told us how much", "Basavaraj Hiremath"),
            ("not against solar power", "Shantamma Patil"),
            ("clean energy to be built", "Shantamma Patil"),
            ("Compensation has been paid as", "R Venkatesh Murthy"),
            ("We are open to talks,", "R Venkatesh Murthy"),
            ("We request that no further", "Raitha Hitarakshana Vedike"),
            ("The aim is to find", "Kavitha Raghunath"),
            ("the weakest link in India's", "Srinivas Kulkarni"),
            ("Land for solar parks is", "Srinivas Kulkarni"),
            ("If the people who host", "Srinivas Kulkarni"),
        ],
    ),
    (
        """MILLBROOK, Mass. — The City Council here voted 7-4 late Monday to prohibit natural gas hookups in most new buildings starting in 2027, making this former mill city of 48,000 the latest community to try to wean itself off fossil fuels one construction permit at a time.

The ordinance requires new homes and commercial buildings to use electric heat pumps for heating and cooling and bans gas stoves in new residential construction. Restaurants, hospitals and laboratories can apply for exemptions.

"This is about what we're building for the next fifty years, not the next five," said Councilor Deborah Castellano-Fisk, who sponsored the measure. "Every gas line we put in the ground today is a line somebody is going to have to pay to dig back up."

The vote followed nearly four hours of public comment in a packed council chamber. Supporters in green T-shirts lined the back wall, while several opponents held signs reading "My Kitchen, My Choice."

Councilor Frank Ianucci, who voted against the ordinance, said he supported cutting emissions but worried about costs for young families trying to buy their first homes.

"People in this room have been told for years that the future is electric, and maybe it is," Ianucci said. "But nobody has shown me who pays when the heat pump can't keep up in February and the electric bill is four hundred dollars."

"I've cooked on a flame for thirty-one years. You don't tell a chef what to cook with."

That was how Rosa Delgado-Burns, owner of the Harbor Street Diner, put it during the public comment period. Restaurants can seek exemptions, but Delgado-Burns said the process was "a maze designed to make people give up."

Eastbay Gas Company said in a written statement that it "shares the city's climate goals" but that the ordinance "removes choice from consumers and will raise costs for new construction." The company said it was reviewing its legal options. Similar measures elsewhere have drawn challenges from industry groups arguing that local governments lack authority to regulate appliances.

Mayor Anthony Rourke, who has 10 days to sign or veto the measure, said Tuesday that he would sign it. In an email to constituents, he wrote: "Millbrook has never been afraid to change how it works. The mills taught us that."

Millbrook Forward, a climate group that gathered more than 3,000 signatures in support of the ordinance, called the vote "a turning point for the city." Its lead organizer, Jasmine Okafor-Lee, 26, credited volunteers who had knocked on doors for two years.

"We didn't win this tonight. We won it on a thousand front porches," she said.

The ban would apply to building permits filed on or after Jan. 1, 2027.""",
        [
            ("This is about what we're", "Deborah Castellano-Fisk"),
            ("Every gas line we put", "Deborah Castellano-Fisk"),
            ("People in this room have", "Frank Ianucci"),
            ("But nobody has shown me", "Frank Ianucci"),
            ("I've cooked on a flame", "Rosa Delgado-Burns"),
            ("a maze designed to make", "Rosa Delgado-Burns"),
            ("shares the city's climate goals", "Eastbay Gas Company"),
            ("removes choice from consumers and", "Eastbay Gas Company"),
            ("Millbrook has never been afraid", "Anthony Rourke"),
            ("a turning point for the", "Millbrook Forward"),
            ("We didn't win this tonight.", "Jasmine Okafor-Lee"),
        ],
    ),
]
