CASES = [
    (
        """Court quashes permission for west Clare wind farm

A High Court judge has quashed planning permission for a 14-turbine wind farm in west Clare after finding that the planning appeals body failed to properly assess its impact on a protected population of hen harriers.

Mr Justice Eoghan Tierney said the inspector’s report on the Knockanore Ridge development contained “a gap which no amount of subsequent reasoning could fill”.

The challenge was brought by Cairde Shliabh Callain, a local environmental group, and two residents of Mullagh, Tomás Kerins and Bríd Nic Conmara, against the National Planning Appeals Board. The developer, Westwind Atlantic Energy Ltd, was a notice party to the proceedings.

The board granted permission for the €68 million project in 2022, overruling its own inspector on a number of points but adopting her conclusions on the likely effects on birdlife.

In a reserved judgment delivered on Friday, the judge said the board had accepted the developer’s survey evidence “without any apparent interrogation”, even though that evidence had been gathered over a single winter season and did not cover the main roosting sites identified in earlier surveys by the county’s biodiversity officer.

“The obligation on a competent authority is not discharged by reciting that a screening exercise took place,” he said. “It must be able to show, on the face of the record, that it engaged with the evidence before it and reached a conclusion that can withstand scrutiny.”

Counsel for the board, Nuala Greaney SC, had argued at the hearing in November that the inspector’s report should be read “as a whole and with a degree of benevolence”, and that any deficiencies were cured by the board’s own direction.

Mr Justice Tierney said he could not accept that submission.

“Benevolence has its place, but it cannot supply what is simply absent,” he said.

He also rejected an argument by the developer that the applicants lacked standing because Mr Kerins had not made a submission at the original planning stage.

In a statement, Cairde Shliabh Callain said it was “delighted and relieved” by the outcome.

Ms Nic Conmara, who chairs the group, said: “This was never about opposing renewable energy. It was about making sure the law is applied to everyone, including the people who want to build on our hillsides.”

Westwind Atlantic Energy said it was “studying the judgment carefully” and would consider its options, including a fresh application to the board.

The board said it did not comment on individual cases. The question of costs will be dealt with next month.""",
        [
            ("a gap which no amount", "Eoghan Tierney"),
            ("without any apparent interrogation", "Eoghan Tierney"),
            ("The obligation on a competent", "Eoghan Tierney"),
            ("It must be able to", "Eoghan Tierney"),
            ("as a whole and with", "Nuala Greaney"),
            ("Benevolence has its place, but", "Eoghan Tierney"),
            ("delighted and relieved", "Cairde Shliabh Callain"),
            ("This was never about opposing", "Bríd Nic Conmara"),
            ("studying the judgment carefully", "Westwind Atlantic Energy Ltd"),
        ],
    ),
    (
        """Care home manager fined after resident left for hours in soiled bed

By Kirsty Urquhart

A Highland care home manager has been fined £4,000 after admitting she failed to protect an elderly resident who was left lying in a soiled bed for more than nine hours.

Janet McAlister, 58, of Drumnadrochit, appeared at Inverness Sheriff Court yesterday and pleaded guilty to wilfully neglecting the 84-year-old woman at Strathglass House care home in March last year.

The court heard the pensioner, who has dementia and cannot be named for legal reasons, was found by a relief carer shortly after 7am.

Fiscal depute Andrew Munro said: "The carer found the resident in a state of considerable distress. She had been calling out for assistance for some time, and her call button had been placed on a chest of drawers out of her reach."

Mr Munro said staffing records showed only two carers had been on duty overnight for 31 residents, a level he described as "wholly inadequate for a home of that size".

He told the court that McAlister had drawn up the rota herself.

Defence solicitor Lorna Baird said her client had raised concerns about staffing repeatedly with the home's owners, Glenaffric Care Group.

"Mrs McAlister is not a callous woman, and she is not a careless one," Ms Baird said. "She wrote to her employers on no fewer than four occasions warning them that something like this could happen."

The solicitor read from one of the emails, dated January last year, in which McAlister told the company: "I cannot keep this home safe with the staff I have been given. I am asking you, again, for help before somebody gets hurt."

Ms Baird said her client had since lost her job and had been referred to the care regulator.

Sheriff Gordon Rennie said he accepted McAlister had been "let down by those above her", but that she had been the person in charge on the night.

"You held the position of manager, and with that position came responsibility," he told her. "The woman in your care was entitled to expect better, whatever pressures you were under."

He said that, but for her early plea and previous good character, he would have considered a custodial sentence.

A spokesman for Glenaffric Care Group said: "We have co-operated fully with the authorities throughout and have since made significant investment in staffing at Strathglass House. We are deeply sorry for the distress caused to the resident and her family."

McAlister was given six months to pay the fine.""",
        [
            ("The carer found the resident", "Andrew Munro"),
            ("wholly inadequate for a home", "Andrew Munro"),
            ("Mrs McAlister is not a", "Lorna Baird"),
            ("She wrote to her employers", "Lorna Baird"),
            ("I cannot keep this home", "Janet McAlister"),
            ("let down by those above", "Gordon Rennie"),
            ("You held the position of", "Gordon Rennie"),
            ("The woman in your care", "Gordon Rennie"),
            ("We have co-operated fully with", "spokesman for Glenaffric Care Group"),
        ],
    ),
    (
        """Record 138 patients on trolleys at Limerick hospital

Niamh Culhane, Health Correspondent

A record 138 patients were waiting on trolleys at St Fintan’s University Hospital in Limerick yesterday morning, as the country’s largest nursing union warned that conditions in its emergency department had become “unsafe for patients and staff alike”.

Figures compiled by the union, the Irish Nursing and Midwifery Alliance (INMA), show the hospital accounted for almost a quarter of all patients on trolleys nationally.

INMA general secretary Caitríona Fahy said the situation was “entirely predictable and entirely preventable”.

“Our members have been raising the alarm since last summer,” she said. “They are being asked to care for people in corridors, in waiting areas, in spaces that were never designed for clinical care. Elderly patients are spending two and three nights on a trolley. That is not acceptable in a modern health service.”

Ms Fahy said the union’s executive would meet next week to consider a ballot for industrial action.

In a letter sent to hospital management last week and seen by this newspaper, the Emergency Medicine Consultants Committee at the hospital warned that “avoidable harm is now occurring on a daily basis”.

The letter continues: “We can no longer provide assurance that patients attending this department will receive timely, safe care. We ask that management escalate this matter to the highest level without delay.”

The Shannon Acute Hospitals Group, which runs the hospital, said it “fully acknowledges” the pressure on the department.

“Our staff are working exceptionally hard in very difficult circumstances, and we apologise to any patient who has experienced a long wait,” a spokeswoman said. She said 40 additional beds would open on the site by the end of March.

Minister for Health Ruairí Devane, speaking in Ennis, said he had asked officials for “an urgent report” on the hospital.

“I’m not going to stand here and pretend that what is happening in Limerick is okay. It isn’t,” Mr Devane said. “But we have put record funding into the mid-west, and I want to see that money making a real difference on the ground.”

The Opposition’s health spokeswoman, Deirdre Kinsella TD, said the Minister’s response was “a shrug dressed up as a plan”.

She said: “He has been in office for two years. Reports are not beds, and patients in Limerick cannot be treated in a press release.”

The INMA will publish updated trolley figures tomorrow morning.""",
        [
            ("unsafe for patients and staff", "Irish Nursing and Midwifery Alliance"),
            ("entirely predictable and entirely preventable", "Caitríona Fahy"),
            ("Our members have been raising", "Caitríona Fahy"),
            ("They are being asked to", "Caitríona Fahy"),
            ("avoidable harm is now occurring", "Emergency Medicine Consultants Committee"),
            ("We can no longer provide", "Emergency Medicine Consultants Committee"),
            ("fully acknowledges", "Shannon Acute Hospitals Group"),
            ("Our staff are working exceptionally", "spokeswoman for the Shannon Acute Hospitals Group"),
            ("an urgent report", "Ruairí Devane"),
            ("I’m not going to stand", "Ruairí Devane"),
            ("But we have put record", "Ruairí Devane"),
            ("a shrug dressed up as", "Deirdre Kinsella"),
            ("He has been in office", "Deirdre Kinsella"),
        ],
    ),
    (
        """Island ferry costs double to £410m as watchdog criticises oversight

By Stuart Pattison, Scottish Political Editor

Islands MSP Rhona Sinclair has accused Transport Secretary Alasdair Gillies of "sleepwalking into a second ferry fiasco" after a spending watchdog found the cost of two new vessels for the Western Isles had more than doubled.

A report by the Public Finance Scrutiny Office found the contract for MV Eilean Mòr and MV Eilean Beag, ordered in 2019 at a combined price of £196 million, is now expected to cost £410m, with the first vessel not due in service until 2027.

The report states: "The absence of a fixed-price contract, combined with repeated design changes requested after construction had begun, exposed the public purse to risk that was neither quantified nor reported to ministers in a timely manner."

It also found that officials at the procurement agency, Scottish Marine Assets, had been "overly reliant on assurances" from the shipyard about progress.

Ms Sinclair, the MSP for Argyll Coast, raised the findings at First Minister's Questions.

"Islanders have waited six years for these boats," she said. "They have watched their lifeline services collapse, they have watched businesses close, and now they learn the bill has doubled. When is somebody in this Government going to take responsibility?"

First Minister Euan Calder said the report made "difficult reading" but insisted lessons had been learned.

He told MSPs: "I am not going to pretend that this project has gone as anyone would have wished. But these vessels will be delivered, and they will serve island communities for decades to come."

In a statement issued after the session, Mr Gillies said he had instructed Scottish Marine Assets to respond to each of the report's 11 recommendations within 28 days.

"Where there have been failings, they will be addressed, and I will update Parliament in full," he said.

On South Uist, Peigi Morrison, who chairs the South Uist Ferry Users' Forum, said people had "heard it all before".

"Every time we ask, we are told the boats are nearly ready," she said. "We'll believe it when we see them tied up at Lochboisdale."

The shipyard has been approached for comment.""",
        [
            ("sleepwalking into a second ferry", "Rhona Sinclair"),
            ("The absence of a fixed-price", "Public Finance Scrutiny Office"),
            ("overly reliant on assurances", "Public Finance Scrutiny Office"),
            ("Islanders have waited six years", "Rhona Sinclair"),
            ("They have watched their lifeline", "Rhona Sinclair"),
            ("difficult reading", "Euan Calder"),
            ("I am not going to", "Euan Calder"),
            ("Where there have been failings", "Alasdair Gillies"),
            ("heard it all before", "Peigi Morrison"),
            ("Every time we ask, we", "Peigi Morrison"),
            ("We'll believe it when we", "Peigi Morrison"),
        ],
    ),
    (
        """Kilbrannagh pay parking plan put on hold for six months

Plans to introduce pay parking on Kilbrannagh's Main Street have been deferred for six months after councillors warned the scheme could damage what remains of the town's retail trade.

The proposal, brought forward by the council executive, would have seen charges of €1 per hour introduced on Main Street, The Diamond and Chapel Road from September, with permits available to residents.

Speaking at the monthly meeting of Kilbrannagh Municipal District on Tuesday, Cllr Séamus McGlinchey said he had been contacted by "dozens" of traders since the plan went on public display.

"I have never seen a reaction like it," he said. "People are genuinely frightened. We have lost the bank, we have lost the post office counter, we have lost two pubs in the last three years. If you make it harder for people to park, they'll drive to Letterkenny and they won't come back.

"I'm not saying there isn't a problem with all-day parking. There is. But this isn't the way to solve it."

Cllr Gráinne Doherty said she supported the principle of managing parking in the town centre but described the public consultation as "a box-ticking exercise" that had been held over the summer when many people were away.

Area manager Declan Boyle said the executive had only brought forward the proposal at the request of members.

"This came from a notice of motion in this chamber two years ago," Mr Boyle told the meeting. "Members asked us to look at the turnover of spaces on Main Street, and that's what we've done. We're not trying to close anybody's shop."

In a written submission, Kilbrannagh Chamber of Commerce said that while it welcomed "any measure that frees up spaces for shoppers", it believed a free two-hour disc parking system should be trialled first.

Cathaoirleach Cllr Columba Gallen proposed the six-month deferral, which was agreed without a vote.

"Let's take the six months, talk to the traders properly, and come back with something everyone can live with," he said.

Cllr McGlinchey said afterwards he was "relieved" but that the town still needed "a proper plan, not just meters".""",
        [
            ("dozens", "Séamus McGlinchey"),
            ("I have never seen a", "Séamus McGlinchey"),
            ("I'm not saying there isn't", "Séamus McGlinchey"),
            ("a box-ticking exercise", "Gráinne Doherty"),
            ("This came from a notice", "Declan Boyle"),
            ("Members asked us to look", "Declan Boyle"),
            ("any measure that frees up", "Kilbrannagh Chamber of Commerce"),
            ("Let's take the six months", "Columba Gallen"),
            ("relieved", "Séamus McGlinchey"),
            ("a proper plan, not just", "Séamus McGlinchey"),
        ],
    ),
    (
        """Hundreds of jobs at risk as Strathmorven Council sets out £38m cuts

Up to 400 jobs could go at Strathmorven Council under budget proposals that would also see three swimming pools close and school crossing patrollers scrapped across the region.

The local authority faces a £38 million funding gap over the next two years, according to a report to be considered by councillors next week.

In the report, the council’s director of finance, Graham Tait, warns that “there are no longer any easy choices available to this authority”.

He writes: “After more than a decade of sustained pressure on budgets, the council has exhausted most of the efficiency savings open to it. The options set out in this paper will have a direct and visible impact on services that residents value.”

Council leader Fiona Drummond said the administration had been dealt “an impossible hand”.

“Nobody came into local government to close swimming pools,” she said. “But we have a legal duty to set a balanced budget, and the money simply isn’t there.”

Cllr Drummond said she would write to ministers this week demanding a “fair funding settlement” for councils.

Opposition group leader Ewan Baxter described the proposals as “a counsel of despair”.

“This administration has had years to reform how this council works, and instead it is reaching for the easiest targets – children’s safety and community leisure,” he said.

Moira Kerr, regional organiser for the Scottish Public Sector Workers’ Union, said its members were “angry and anxious” about the plans.

She added: “We will be meeting the council next week, and we will fight every single compulsory redundancy.”

The proposals have also drawn criticism from parents. In a letter to councillors, the parent council at Glenbrae Primary School said the loss of its crossing patroller would put children “in real danger” on the busy A-road outside the school gates.

“Our children cross a road used by heavy goods vehicles every morning,” the letter states. “We are asking you, please, not to wait for a tragedy before you think again.”

The budget will be set at a full council meeting on 27 February.""",
        [
            ("there are no longer any", "Graham Tait"),
            ("After more than a decade", "Graham Tait"),
            ("an impossible hand", "Fiona Drummond"),
            ("Nobody came into local government", "Fiona Drummond"),
            ("But we have a legal", "Fiona Drummond"),
            ("fair funding settlement", "Fiona Drummond"),
            ("a counsel of despair", "Ewan Baxter"),
            ("This administration has had years", "Ewan Baxter"),
            ("angry and anxious", "Moira Kerr"),
            ("We will be meeting the", "Moira Kerr"),
            ("in real danger", "parent council at Glenbrae Primary School"),
            ("Our children cross a road", "parent council at Glenbrae Primary School"),
            ("We are asking you, please", "parent council at Glenbrae Primary School"),
        ],
    ),
    (
        """Fisherman was not wearing lifejacket when swept overboard, inquest told

A young fisherman who drowned off the Kerry coast last year was not wearing a lifejacket when he was swept from the deck of his boat in heavy seas, an inquest has heard.

Tadhg Ó Conchúir (34), from Baile an Fheirtéaraigh, died on October 9 after falling from the 12-metre vessel Réalt na Mara about three nautical miles north-west of the Blasket Islands.

The inquest in Tralee heard evidence from the boat's skipper, Colm Ó Loingsigh, who said conditions had deteriorated quickly in the early afternoon.

"We were hauling the last of the pots when a big sea came over the starboard side," he said. "Tadhg was there one second and gone the next. I threw the ring to him straight away and he got a hand to it, but he couldn't hold on."

Mr Ó Loingsigh said he and a deckhand searched for almost 40 minutes before a lifeboat crew recovered Mr Ó Conchúir from the water. He was pronounced dead at the pier in Dingle.

The skipper told the coroner he would "never forgive" himself for not insisting that his crew wore their flotation devices.

Pathologist Dr Aisling Varley said the cause of death was drowning. She told the inquest that cold-water shock "would have significantly reduced his ability to stay afloat" within the first few minutes.

A report by the Marine Accident Review Unit, read into the record, found that the crew had been issued with personal flotation devices but that these were "routinely not worn during hauling operations because crew members found them cumbersome".

The report said: "This practice is widespread in the inshore fleet and reflects a culture in which the risk of entering the water is consistently underestimated."

Coroner Dr Fionnbarr Crowe returned a verdict of accidental death and extended his sympathies to the family.

"This is a tragedy that has devastated a family and a small community," he said.

He urged all fishermen to wear lifejackets on deck: "I know they can be awkward, and I know that men who have fished all their lives don't like being told what to do. But the sea does not give second chances."

In a statement read outside the courthouse by their solicitor, Mr Ó Conchúir's family said: "Tadhg was a gentle, funny, hard-working man who loved the sea and loved his family even more.

"If one person puts on a lifejacket because of what happened to him, then something good will have come from this."

Mr Ó Conchúir is survived by his parents, two sisters and his partner.""",
        [
            ("We were hauling the last", "Colm Ó Loingsigh"),
            ("Tadhg was there one second", "Colm Ó Loingsigh"),
            ("never forgive", "Colm Ó Loingsigh"),
            ("would have significantly reduced his", "Aisling Varley"),
            ("routinely not worn during hauling", "Marine Accident Review Unit"),
            ("This practice is widespread in", "Marine Accident Review Unit"),
            ("This is a tragedy that", "Fionnbarr Crowe"),
            ("I know they can be", "Fionnbarr Crowe"),
            ("Tadhg was a gentle, funny", "family of Tadhg Ó Conchúir"),
            ("If one person puts on", "family of Tadhg Ó Conchúir"),
        ],
    ),
    (
        """Inspectors raise ‘serious concerns’ over patient care at Ayrshire hospital

A surprise inspection at Ardmore General Hospital found patients left without food or water for long periods, medicines stored in unlocked cupboards and a ward where staff told inspectors they felt “unable to speak up”.

The Scottish Healthcare Inspectorate visited the hospital over three days in November. Its report, published today, identifies 14 areas for improvement and two requirements that must be met within weeks.

Inspectors wrote: “On two wards we observed patients who had not been offered a drink for several hours. On one occasion a patient asked an inspector for water because nobody had been round since breakfast.”

The report said staffing levels on Ward 7, a medical ward for older people, were “frequently below the planned establishment” and that agency nurses were not always given an induction before starting a shift.

NHS Carrick and Clyde chief executive Lesley Cranston said the health board accepted the findings in full.

“I want to apologise unreservedly to any patient, or family member, who has been let down by the care they received at Ardmore,” she said. “That is not the standard we expect, and it is not the standard our staff want to deliver.”

She said an improvement plan was already under way and that 60 nurses had been recruited since the inspection.

Margaret Dunlop, whose 87-year-old father was a patient on Ward 7 last autumn, said the report “came as no surprise”.

“My dad was left sitting in the same chair for hours,” she said. “When I complained, the nurse just looked at me and said, ‘I’ve got 14 patients, what do you want me to do?’ I didn’t blame her. I blamed the people who put her in that position.”

Kenneth Gilfillan, the MSP for Ayr Coast, said he would raise the report at Holyrood.

“These findings are damning,” he said. “Ministers cannot keep telling us the health service is coping when inspectors are finding patients who can’t get a glass of water.”

The inspectorate will return to the hospital within six months to check on progress.""",
        [
            ("serious concerns", "Scottish Healthcare Inspectorate"),
            ("unable to speak up", "staff"),
            ("On two wards we observed", "Scottish Healthcare Inspectorate"),
            ("frequently below the planned establishment", "Scottish Healthcare Inspectorate"),
            ("I want to apologise unreservedly", "Lesley Cranston"),
            ("That is not the standard", "Lesley Cranston"),
            ("came as no surprise", "Margaret Dunlop"),
            ("My dad was left sitting", "Margaret Dunlop"),
            ("When I complained, the nurse", "Margaret Dunlop"),
            ("I’ve got 14 patients, what", "nurse"),
            ("These findings are damning", "Kenneth Gilfillan"),
            ("Ministers cannot keep telling us", "Kenneth Gilfillan"),
        ],
    ),
]
