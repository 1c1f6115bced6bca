CASES = [
    (
        """Trolley numbers at Kilbarron hospital hit record as patients told to stay away

Niamh Corcoran, Health Correspondent

Patients at St Colman’s University Hospital in Kilbarron waited up to 40 hours for a bed this week, as overcrowding at the Co Tipperary hospital reached its worst level since a daily trolley count began in 2006.

Figures compiled by the Irish Nurses and Allied Staff Union showed 94 patients on trolleys at the hospital on Tuesday morning, 31 of them aged over 75.

“This is not a winter surge any more; it is the normal state of affairs,” said Gráinne Moylan, the union’s industrial relations officer for the region. “Our members are caring for patients in corridors, in the waiting room and in spaces that were never designed for clinical care.”

Ms Moylan said staff had told her of elderly patients “sitting upright in plastic chairs overnight” because there was no trolley free.

The South Midlands Hospital Group, which runs St Colman’s, urged the public to consider alternatives such as their GP or a local injury unit before attending the emergency department.

“We apologise sincerely to any patient who has experienced a long wait,” a spokeswoman for the group said. “The hospital is experiencing exceptionally high attendances, with a significant number of frail older people requiring admission.”

She said 22 additional beds would open at the hospital by the end of next month, and that a new acute medical assessment unit was due to be completed in the spring.

Dr Ciarán Hynes, a consultant in emergency medicine at St Colman’s, told The Irish Times the additional beds were welcome but “nowhere near enough” for a hospital serving a population of more than 380,000.

“We have been promised capacity for years,” he said. “Every time a new ward opens, it is full within a week, because the demand was already there, hidden in the corridors.”

He said the hospital’s difficulties were compounded by a shortage of nursing home places and home-care packages in the region, which meant about 40 patients who were medically fit to leave were still occupying beds.

Local TD Declan Furlong said he had raised the situation with the Minister for Health in the Dáil and would seek a meeting with hospital management.

“People in this county are paying the price for a decade of under-investment,” he said. “I have families contacting my office every day about elderly parents left on trolleys. It is degrading, and it has to stop.”

A spokesman for the Department of Health said the Minister was “acutely aware of the pressures” at St Colman’s and that funding had been approved for a 60-bed ward block on the site, with planning permission expected next year.""",
        [
            ("This is not a winter surge", "Gráinne Moylan"),
            ("Our members are caring for", "Gráinne Moylan"),
            ("sitting upright in plastic chairs", "Gráinne Moylan"),
            ("We apologise sincerely to any", "spokeswoman"),
            ("The hospital is experiencing exceptionally", "spokeswoman"),
            ("nowhere near enough", "Ciarán Hynes"),
            ("We have been promised capacity", "Ciarán Hynes"),
            ("Every time a new ward", "Ciarán Hynes"),
            ("People in this county are", "Declan Furlong"),
            ("I have families contacting my", "Declan Furlong"),
            ("acutely aware of the pressures", "spokesman"),
        ],
    ),
    (
        """Fermanagh town left without a GP as last practice hands back contract

By Ruairí McElhinney

Around 6,500 patients in the Co Fermanagh town of Drumcallan face an anxious wait to find a new family doctor after the town’s only GP practice said it would hand back its contract at the end of March.

The partners at Erne View Medical Practice said in a letter to patients that they had been unable to recruit a single new GP in more than two years despite repeated advertising.

‘It is with deep regret that we have reached this decision,’ the letter said. ‘We have tried every avenue open to us, but the workload on the remaining doctors has become unsafe for them and, ultimately, for you.’

Dr Maeve Cassidy, who has worked at the practice for 19 years, told the Belfast Telegraph she was ‘heartbroken for our patients’.

‘Some of these families I have looked after for three generations,’ she said. ‘But I am 61, my two colleagues have already retired and we cannot find anyone to replace them. I am not prepared to put patients at risk by carrying on alone.’

In a statement, the Primary Care Commissioning Unit, which oversees GP contracts in Northern Ireland, said it was ‘working urgently with local practices’ to secure continuity of care for patients.

‘Patients do not need to take any action at this time,’ the statement added. ‘We will write to every registered patient well before the contract ends to explain the arrangements.’

Practices in the nearby villages of Killyree and Tullymore are already operating with closed lists, according to local councillor Siobhán Maguire.

‘People are terrified,’ the independent councillor said. ‘I’ve had pensioners on the phone in tears asking who will renew their prescriptions. There is no practice within 15 miles with space to take them.’

Cllr Maguire called on the Health Minister to ‘stop treating rural general practice as an afterthought’.

Dr Peadar Lavery, chair of the Northern Ireland GP Federation, said Drumcallan ‘will not be the last’.

‘We warned two years ago that practices west of the Bann were on a knife edge,’ Dr Lavery said. ‘Since then, 11 practices across Northern Ireland have handed back contracts. Without a proper workforce plan, more towns will wake up to find they have no doctor.’

He said the federation had repeatedly asked for a dedicated rural support scheme, similar to arrangements in Scotland, to help single-handed and two-partner practices share out-of-hours and administrative burdens.

A Department of Health spokesman said the Minister had ‘made general practice a priority’ and pointed to an increase in the number of GP training places to 121 a year.""",
        [
            ("It is with deep regret", "Erne View Medical Practice"),
            ("We have tried every avenue", "Erne View Medical Practice"),
            ("heartbroken for our patients", "Maeve Cassidy"),
            ("Some of these families I", "Maeve Cassidy"),
            ("But I am 61, my", "Maeve Cassidy"),
            ("working urgently with local practices", "Primary Care Commissioning Unit"),
            ("Patients do not need to", "Primary Care Commissioning Unit"),
            ("We will write to every", "Primary Care Commissioning Unit"),
            ("People are terrified", "Siobhán Maguire"),
            ("I’ve had pensioners on the", "Siobhán Maguire"),
            ("stop treating rural general practice", "Siobhán Maguire"),
            ("will not be the last", "Peadar Lavery"),
            ("We warned two years ago", "Peadar Lavery"),
            ("Since then, 11 practices across", "Peadar Lavery"),
            ("made general practice a priority", "spokesman"),
        ],
    ),
    (
        """Health board apologises after pensioner spent 26 hours in ambulance outside A&E

By Rhys Llewellyn

A health board has apologised to the family of an 86-year-old man who spent almost 26 hours in the back of an ambulance outside a west Wales hospital before he was admitted.

Emrys Pugh, a retired farmer from Penrhiw-fach, near Lampeter, was taken to Ysbyty Glan Teifi in January with a suspected broken hip after falling in his kitchen.

His daughter, Carys Pugh-Jenkins, said the family had been "appalled and frightened" by what happened.

"Dad is a proud, private man and he was lying there in pain, unable to get to a toilet, for the best part of a day," she said. "The paramedics were wonderful. They did everything they could. But they were stuck in a queue of ambulances with nowhere to take him.

"We are not blaming the staff. We are blaming a system that has been allowed to get this bad."

Mr Pugh, who had surgery two days after he was admitted and is now recovering at home, said he "wouldn't wish it on anyone".

Bro Teifi University Health Board said it had written to the family to apologise.

In a statement, Dr Alun Prosser, the health board's executive medical director, said: "I am deeply sorry for the experience Mr Pugh and his family had, which fell well below the standard we expect.

"Our emergency department was under extreme pressure that weekend, with more than 30 patients awaiting a bed elsewhere in the hospital. We are reviewing the circumstances of Mr Pugh's care in full and will share the findings with his family."

Figures published last month showed only 41% of patients at Ysbyty Glan Teifi's emergency department were seen within four hours, against a target of 95%. More than 600 ambulance handovers at the hospital took longer than an hour in December alone.

Hefin Rowlands, the Member of the Senedd for the area, said the case was "a symptom of a health board in crisis".

"I have raised handover delays at Glan Teifi with ministers more times than I can count," he said. "Every hour an ambulance spends parked outside that hospital is an hour it is not available to someone having a heart attack or a stroke in a village 30 miles away."

A senior nurse at the hospital, who asked not to be named, said staff were "exhausted and demoralised" after a winter in which the department had rarely dropped below full capacity.

"Some nights we have more patients in ambulances outside than we have in the department itself," she said.""",
        [
            ("appalled and frightened", "Carys Pugh-Jenkins"),
            ("Dad is a proud, private", "Carys Pugh-Jenkins"),
            ("The paramedics were wonderful", "Carys Pugh-Jenkins"),
            ("We are not blaming the", "Carys Pugh-Jenkins"),
            ("wouldn't wish it on anyone", "Emrys Pugh"),
            ("I am deeply sorry for", "Alun Prosser"),
            ("Our emergency department was under", "Alun Prosser"),
            ("a symptom of a health", "Hefin Rowlands"),
            ("I have raised handover delays", "Hefin Rowlands"),
            ("Every hour an ambulance spends", "Hefin Rowlands"),
            ("exhausted and demoralised", "senior nurse at the hospital"),
            ("Some nights we have more", "senior nurse at the hospital"),
        ],
    ),
    (
        """West Cork village faces losing its only GP as doctor retires with no successor

Eoin Tuohy

A West Cork community of about 2,000 people is facing the loss of its only doctor after a third attempt to find a successor for its retiring GP failed.

Dr Finbarr Coakley, who has served Ballinacarrig and the surrounding townlands for 34 years, will retire at the end of June. The post was advertised in 2022, 2023 and again this year under the rural practice support scheme, but attracted no suitable applicants.

“I held on an extra two years because I didn’t want to walk away and leave people with nothing,” Dr Coakley told the Irish Examiner. “But I’m 71 now. There comes a point where you have to think about your own health.”

He said many of his patients were elderly, lived alone, and had no means of travelling to the nearest alternative practice, a 40-minute drive away in Glengarrah.

Ballinacarrig Community Council has launched a “Keep Our Doctor” campaign and has offered a newly renovated surgery building rent-free to any GP willing to take on the practice.

“We have a surgery, we have a house for a doctor, we have a community that will welcome them with open arms,” said Bríd O’Sullivan-Hurley, chair of the council. “What we don’t have is anyone in Dublin who seems to care.”

Ms O’Sullivan-Hurley said the community felt “completely abandoned” by health planners, and that more than 1,100 people had signed a petition in the past fortnight.

According to Dr Sinéad Forde, a spokeswoman for the Irish Association of Rural General Practitioners, about one in five GPs in rural Munster is over 60, and the association estimates that 700 more GPs will be needed nationally within five years.

“Young doctors are not turning their backs on rural practice because they don’t like the countryside,” she said. “They are turning their backs on it because it means working alone, on call, with no cover and with a level of financial risk that just doesn’t exist in a group practice in a city.”

In a statement, the South West Community Health Area said it was “actively exploring all options” to maintain GP services in Ballinacarrig, including a locum arrangement and a possible link with a practice in Glengarrah.

“We fully appreciate the concerns of the local community,” the statement said. “We would encourage any interested GP to make contact with our primary care unit directly.”

Outside the surgery on Main Street yesterday, one long-standing patient, a woman in her 80s who did not want to be named, said: “He’s been our doctor since my children were small. I don’t know what we’ll do.”""",
        [
            ("I held on an extra", "Finbarr Coakley"),
            ("But I’m 71 now", "Finbarr Coakley"),
            ("We have a surgery, we", "Bríd O’Sullivan-Hurley"),
            ("What we don’t have is", "Bríd O’Sullivan-Hurley"),
            ("completely abandoned", "Bríd O’Sullivan-Hurley"),
            ("Young doctors are not turning", "Sinéad Forde"),
            ("They are turning their backs", "Sinéad Forde"),
            ("actively exploring all options", "South West Community Health Area"),
            ("We fully appreciate the concerns", "South West Community Health Area"),
            ("We would encourage any interested", "South West Community Health Area"),
            ("He’s been our doctor since", "long-standing patient"),
        ],
    ),
    (
        """Patients waiting more than seven years for hip surgery, figures show

Some patients in Northern Ireland are waiting more than seven years for routine hip and knee replacements, new figures have shown.

The data, obtained by BBC News NI through a freedom of information request, shows the longest wait for a first orthopaedic outpatient appointment at the Mid Ulster Health and Social Care Trust is now 312 weeks.

Once patients are seen, they face a further wait for surgery which can run to several years.

Eamon Devlin, from Derrybrack in County Tyrone, was placed on the waiting list for a hip replacement in 2017.

"I was told it would be two years, maybe three," he said. "I've now been waiting longer than I worked in my last job."

Mr Devlin, a former lorry driver, now relies on a walking frame and strong painkillers, and has had to give up driving.

"Some days I can't get up the stairs. My wife sleeps downstairs with me now because I can't manage the bedroom. You feel like you've been forgotten about."

The trust said it "deeply regrets the length of time" patients are waiting.

In a statement, it said: "Demand for orthopaedic services continues to significantly outstrip our capacity. We are maximising the use of our theatres, including additional weekend sessions, and we are working with the Department of Health on regional solutions."

Mr Colm Rafferty, a consultant orthopaedic surgeon and president of the Ulster Orthopaedic Surgeons' Association, told BBC News NI that Northern Ireland had "the worst waiting times in the UK, by a distance".

"We have the surgeons, we have the skills, but we don't have the beds or the theatre staff to use them," he said.

"Every year that a patient waits, their joint deteriorates further, they lose muscle, they put on weight, and the operation becomes harder and riskier when it finally comes."

The chair of Stormont's health committee, Roisín McAleer MLA, said the figures were "nothing short of a disgrace" and called for a dedicated regional centre for day-case orthopaedic surgery.

The Department of Health said it had invested in elective care centres and that waiting lists would be reduced over the coming years.

"Tackling waiting lists is a key priority for the minister," a department spokesperson said.

"The department recognises the distress that long waits cause to patients and their families," the spokesperson added.""",
        [
            ("I was told it would", "Eamon Devlin"),
            ("I've now been waiting longer", "Eamon Devlin"),
            ("Some days I can't get", "Eamon Devlin"),
            ("deeply regrets the length of", "Mid Ulster Health and Social Care Trust"),
            ("Demand for orthopaedic services continues", "Mid Ulster Health and Social Care Trust"),
            ("the worst waiting times in", "Colm Rafferty"),
            ("We have the surgeons, we", "Colm Rafferty"),
            ("Every year that a patient", "Colm Rafferty"),
            ("nothing short of a disgrace", "Roisín McAleer"),
            ("Tackling waiting lists is a", "spokesperson"),
            ("The department recognises the distress", "spokesperson"),
        ],
    ),
    (
        """Hundreds march against plans to downgrade Llyn maternity unit

More than 800 people marched through Llanfair Dwyfor on Saturday in protest at health board proposals to downgrade the town's consultant-led maternity unit.

Campaigners from the Save Our Births group walked from the town square to the gates of Ysbyty Dwyfor, carrying banners and pushing prams.

Eryri University Health Board is consulting on plans to turn the unit into a midwife-led "birth centre", which would mean women with complications being transferred to Ysbyty Gwynant, more than 40 miles away.

Campaign organiser Lowri Ellis-Hughes, a mother of three, addressed the crowd outside the hospital.

"If this goes ahead, women in labour will face a journey of more than an hour on roads that are closed half the winter," she said. "We are not being dramatic. Someone will lose a baby, or worse."

She said the health board's public consultation had been "a box-ticking exercise from day one" and accused officials of treating the change as a foregone conclusion.

In a statement issued on Friday, the health board's executive director of nursing and midwifery, Sioned Beddoe, said patient safety was "the only consideration".

"Over the past 18 months we have had to suspend consultant-led births at Ysbyty Dwyfor on 47 occasions because we could not safely staff the rota," she said. "That is not a sustainable position, and it is not fair on the women who are transferred at short notice.

"We want to hear from as many people as possible before any decision is made, and no decision has yet been taken."

The local Member of the Senedd, Elin Tudur-Parry, who marched at the front of the protest, told the rally: "This health board has lost the trust of the people of Llyn. It needs to take these proposals off the table, today."

The consultation closes on March 14 and the board is expected to make a decision in the summer.

A midwife at the unit, who did not want to be named, told the Daily Post staff had been "left in limbo for months" about their future.

"We love this unit. Half of us were born in it," she said. "But we've been told nothing about what happens to our jobs if it changes."

The health board said staff would be fully consulted on any changes.""",
        [
            ("If this goes ahead, women", "Lowri Ellis-Hughes"),
            ("We are not being dramatic", "Lowri Ellis-Hughes"),
            ("a box-ticking exercise from day", "Lowri Ellis-Hughes"),
            ("the only consideration", "Sioned Beddoe"),
            ("Over the past 18 months", "Sioned Beddoe"),
            ("That is not a sustainable", "Sioned Beddoe"),
            ("We want to hear from", "Sioned Beddoe"),
            ("This health board has lost", "Elin Tudur-Parry"),
            ("left in limbo for months", "midwife at the unit"),
            ("We love this unit", "midwife at the unit"),
            ("But we've been told nothing", "midwife at the unit"),
        ],
    ),
    (
        """One in five hospital consultant posts unfilled or filled temporarily, report finds

Aoife Brennock

Almost one in five permanent hospital consultant posts in the State are either vacant or filled on a temporary basis, according to a new report from the group representing senior hospital doctors.

The report, "Empty Chairs: The Consultant Workforce Crisis", published today by the Irish Hospital Consultants Forum, found that 612 of 3,340 approved posts were not filled by a permanent specialist.

According to the report, the worst-affected specialties are psychiatry, emergency medicine and radiology, and vacancy rates are "consistently highest in hospitals outside the main cities".

The forum's president, Prof Dermot Gilligan, said the figures showed "a health service running on empty".

"We are training excellent doctors in this country and then watching them board planes to Perth and Toronto," he said.

"When they are asked why they are not coming home, the answers are the same every time: the working conditions, the lack of beds and theatre access, and the fact that they can see they would be spending their careers firefighting."

Prof Gilligan said the report had been sent to the Minister for Health ahead of the Budget. He warned that cutting agency spending without first filling permanent posts would be "a false economy that ends up costing more".

One consultant physician at a hospital in the midlands, who spoke on condition of anonymity, said a service covering 200,000 people was being run by "two consultants and a rota of locums held together with goodwill".

"I have worked 80-hour weeks for most of the last year. I love the job, but nobody can keep that up," the consultant said.

The Department of Health said the number of consultants employed in public hospitals had risen by 26pc since 2019, and rejected the suggestion that the service was in crisis.

"Ireland now has more consultants per head of population than at any point in the history of the State," the department said, adding that new recruitment campaigns were under way for several hard-to-fill specialties.

Independent TD Mairéad Coonan, a member of the Oireachtas health committee, said the figures should be a wake-up call for Government.

"These are not just numbers on a page. Behind every vacant post is a waiting list that is getting longer, and a patient somewhere who is getting sicker," she said.""",
        [
            ("consistently highest in hospitals outside", "Irish Hospital Consultants Forum"),
            ("a health service running on", "Dermot Gilligan"),
            ("We are training excellent doctors", "Dermot Gilligan"),
            ("When they are asked why", "Dermot Gilligan"),
            ("a false economy that ends", "Dermot Gilligan"),
            ("two consultants and a rota", "consultant physician at a hospital in the midlands"),
            ("I have worked 80-hour weeks", "consultant physician at a hospital in the midlands"),
            ("Ireland now has more consultants", "Department of Health"),
            ("These are not just numbers", "Mairéad Coonan"),
        ],
    ),
    (
        """Out-of-hours GP service had no doctor on 14 nights, councillors told

The out-of-hours GP service covering the north west operated without a single doctor on duty on 14 nights over the past three months, a council committee has heard.

Managers from Foyle Urgent Care, which runs the service on behalf of the North West Health and Social Care Trust, appeared before Foyle and Sperrin District Council's health and communities committee on Tuesday evening.

The service's clinical lead, Dr Orla Breslin, told members it needed at least four GPs on a weekend night shift, but 'on a good night we have two'.

'We fill the gaps with nurse practitioners and paramedics, and they do a fantastic job, but there are things only a doctor can do,' she said.

'On those nights, the most urgent calls go straight to the emergency department at Foyleview Hospital, which is already under huge pressure. That's the reality.'

Dr Breslin said the hourly rate the service could offer GPs was 'simply no longer competitive' with neighbouring areas, including across the border in Donegal, where some shifts were paying almost double.

Councillor Padraig Doherty asked whether any patient had come to harm as a result of the gaps in cover.

Dr Breslin said she was 'not aware of any serious incident' directly linked to the shortages, but admitted the service was 'operating with far less margin for error than any of us would like'.

Speaking afterwards, Cllr Doherty said: 'People ring that number at two in the morning because their child has a temperature of 40 or their father is struggling for breath. They deserve to know there's a doctor at the end of the line.'

Alderman Jennifer Ashe said the committee had heard similar warnings before.

'It's not good enough to come here every six months and tell us it's getting worse,' she said. 'We need to see a plan.'

A spokeswoman for the North West Health and Social Care Trust said out-of-hours services across Northern Ireland were facing 'significant and sustained' challenges in filling GP shifts.

'The Trust continues to work closely with Foyle Urgent Care to support the service, including through enhanced rates for hard-to-fill shifts over holiday periods,' she said.

'We would remind the public that in a life-threatening emergency they should always dial 999.'""",
        [
            ("on a good night we", "Orla Breslin"),
            ("We fill the gaps with", "Orla Breslin"),
            ("On those nights, the most", "Orla Breslin"),
            ("simply no longer competitive", "Orla Breslin"),
            ("not aware of any serious", "Orla Breslin"),
            ("operating with far less margin", "Orla Breslin"),
            ("People ring that number at", "Padraig Doherty"),
            ("It's not good enough to", "Jennifer Ashe"),
            ("We need to see a", "Jennifer Ashe"),
            ("significant and sustained", "spokeswoman"),
            ("The Trust continues to work", "spokeswoman"),
            ("We would remind the public", "spokeswoman"),
        ],
    ),
]
