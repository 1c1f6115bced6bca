CASES = [
    (
        """Pensioner lay on kitchen floor for nine hours waiting for ambulance

By Kirsty Menzies, Health Correspondent

AN 87-year-old woman who fell in her kitchen in North Lanarkshire lay on the floor for almost nine hours before an ambulance arrived, as new figures revealed the scale of delays facing patients in the west of Scotland.

The woman’s daughter, Moira Dunleavy, said her mother had been “frightened and freezing” by the time paramedics reached her home in Auchenkirk in the early hours of Sunday.

“We called at ten past six in the evening and we were told someone would be with us as soon as possible,” she said. “We phoned back four times. Each time they were very kind, but there was simply nobody to send.

“When they finally got here the crew apologised to her. They’d been stuck outside the hospital for most of their shift.”

Data from the Scottish Ambulance Service, obtained by the Scottish Liberal Democrats under freedom of information legislation, show the median response time for “amber” calls in the NHS Clydeside area rose to 58 minutes last year, up from 41 minutes two years earlier.

Scottish Liberal Democrat health spokesman Ross Galbraith said the figures were “a damning verdict on a system that has been left to buckle”.

“Behind every one of these numbers is someone lying on a floor, in pain, wondering if anyone is coming,” he said. “Ministers cannot keep pointing to winter pressures when this is happening in the middle of summer.”

Handover delays at hospital front doors remain the main cause. Crews at Calderbank General Hospital and Kirkshaws Royal Infirmary spent a combined 14,600 hours waiting to hand over patients last year, according to separate figures published by Public Health Scotland.

A Scottish Ambulance Service spokeswoman said: “We are sorry for the distress caused to this patient and her family, and we would encourage them to get in touch with us directly so we can look into what happened.

“Our staff continue to work extremely hard in very challenging circumstances, and we are working closely with health boards to reduce turnaround times so crews can get back on the road more quickly.”

NHS Clydeside said it had opened an additional 24 beds at Calderbank to ease pressure on its emergency department. Judith Carrick, the board’s director of acute services, said staff were “doing everything they can” to release ambulances quickly.

“Our emergency departments are seeing record numbers of people, many of them very unwell, and we know some patients are waiting far too long,” she said.

Health Secretary Neil Auld said the Scottish Government had invested £32 million in ambulance recruitment this year and that response times for the most serious calls were “among the best in the UK”.

He added: “I absolutely recognise that there are people waiting too long, and that is not acceptable to me.”

Ms Dunleavy said her mother was recovering at home but was now “too scared to be on her own”.""",
        [
            ("frightened and freezing", "Moira Dunleavy"),
            ("We called at ten past", "Moira Dunleavy"),
            ("We phoned back four times.", "Moira Dunleavy"),
            ("When they finally got here", "Moira Dunleavy"),
            ("a damning verdict on a", "Ross Galbraith"),
            ("Behind every one of these", "Ross Galbraith"),
            ("Ministers cannot keep pointing to", "Ross Galbraith"),
            ("We are sorry for the", "spokeswoman"),
            ("Our staff continue to work", "spokeswoman"),
            ("doing everything they can", "Judith Carrick"),
            ("Our emergency departments are seeing", "Judith Carrick"),
            ("among the best in the", "Neil Auld"),
            ("I absolutely recognise that there", "Neil Auld"),
            ("too scared to be on", "Moira Dunleavy"),
        ],
    ),
    (
        """Grandmother (81) spent two nights on trolley in hospital corridor, says son

By Lauren Quigley

The son of an 81-year-old Co Tyrone woman who spent more than 40 hours on a trolley in a hospital corridor has said she was “treated like a parcel left in a hallway”.

Bridget McAleer, from the Altnamore area, was taken to the emergency department at Ardmoyle Hospital on Thursday evening with a suspected stroke. She was not moved to a ward until Saturday lunchtime.

Her son Declan McAleer said staff had been “nothing short of heroic” but were working in impossible conditions.

“There were people lying on trolleys the whole length of the corridor, head to toe,” he told the Belfast Telegraph. “My mother couldn’t get a wash. She couldn’t sleep with the lights and the noise. One nurse told me she hadn’t had a break in nine hours.

“I’m not blaming a single person who works there. I’m blaming whoever has let it get to this.”

Latest figures from the Department of Health show that almost 1,200 patients waited more than 12 hours in emergency departments across Northern Ireland in the last week of January.

At Ardmoyle alone, 214 patients waited longer than 12 hours — the worst weekly figure for the hospital since records began in their current form.

Dr Shauna Rafferty, vice-chair of the Royal College of Emergency Medicine in Northern Ireland, said corridor care had become “normalised in a way that should shame all of us”.

“We are seeing patients come to harm. That is not a prediction, it is happening now,” she said.

The Western and Tyrone Health and Social Care Trust, which runs Ardmoyle, said it could not comment on individual cases but apologised to any patient whose experience had “fallen short”.

In a statement, the trust said: “Our emergency department continues to experience extreme and sustained pressure, with a high number of patients awaiting admission to a bed.

“We would like to thank our staff for their continued dedication, and we would ask the public to consider all options available to them, including their GP and local pharmacist, before attending.”

A Department of Health spokesman said the Health Minister was “acutely aware” of the pressures facing hospitals, adding that the department was working with trusts to improve patient flow and expand care in the community.

Local MLA Ciarán Devlin said he had raised Mrs McAleer’s case directly with the minister.

“What happened to Mrs McAleer is happening to someone every single night,” he said. “We need beds, we need staff in social care, and we need them yesterday.”

Mr McAleer said his mother was now “comfortable but exhausted” on a ward and was expected to remain in hospital for at least another week.""",
        [
            ("treated like a parcel left", "Declan McAleer"),
            ("nothing short of heroic", "Declan McAleer"),
            ("There were people lying on", "Declan McAleer"),
            ("My mother couldn’t get a", "Declan McAleer"),
            ("I’m not blaming a single", "Declan McAleer"),
            ("normalised in a way that", "Shauna Rafferty"),
            ("We are seeing patients come", "Shauna Rafferty"),
            ("fallen short", "Western and Tyrone Health and Social Care Trust"),
            ("Our emergency department continues to", "Western and Tyrone Health and Social Care Trust"),
            ("We would like to thank", "Western and Tyrone Health and Social Care Trust"),
            ("acutely aware", "spokesman"),
            ("What happened to Mrs McAleer", "Ciarán Devlin"),
            ("We need beds, we need", "Ciarán Devlin"),
            ("comfortable but exhausted", "Declan McAleer"),
        ],
    ),
    (
        """Hiqa finds patients 'at risk of harm' in overcrowded Kilcoran emergency department

Niamh Corrigan, Health Correspondent

Patients at the emergency department of Kilcoran University Hospital were "at risk of harm" because of severe overcrowding, with some waiting more than 30 hours for a bed, according to an inspection report published on Thursday.

Inspectors from the Health Information and Quality Authority (Hiqa) found 71 patients in a department designed for 32 during an unannounced visit in March. Of these, 44 were admitted patients waiting for a bed on a ward.

The report said the department was "operating well beyond its safe capacity" and that staff were unable to guarantee patients' privacy and dignity. Some patients were being cared for on chairs in a corridor beside the ambulance entrance, it found.

"Inspectors observed a frail older patient who had been in the department for over 26 hours receiving personal care behind a portable screen in a public thoroughfare," the report said.

Hiqa acknowledged that staff were "committed and caring" and that the hospital had introduced a number of measures since a previous inspection in 2022, including a new acute medical assessment unit.

The Irish Nurses and Midwives Organisation (INMO) said its trolley count recorded 58 patients without a bed at Kilcoran on Tuesday, the second-highest figure in the country.

Gráinne Loftus, the INMO's industrial relations officer for the west, said members were "exhausted and demoralised".

"Nurses in Kilcoran are being asked to do the impossible, shift after shift," she said. "They are going home knowing they could not give patients the care they trained to give. That is a moral injury, and it is driving people out of the profession."

A senior consultant at the hospital, who did not wish to be named, said the problem did not start in the emergency department.

"The ED is the symptom. We have patients upstairs who are medically fit to leave and nowhere to send them, because there are no home-care packages and no nursing-home beds in the region," the consultant said.

In a statement, HSE West and North West said it accepted the report's findings and had drawn up a compliance plan.

"Addressing overcrowding at Kilcoran is a priority for the region, and significant investment is being made in additional capacity," the statement said.

It said 40 additional beds would open at the hospital by the end of next year, with a further 60-bed ward block at the planning stage.

Independent TD Martin Durkan said the report should be "a wake-up call" for Government, but noted that similar warnings had been issued before.

"I've lost count of the number of times we've been told that new beds are on the way," he told The Irish Times. "People in this county are entitled to the same standard of care as anyone in Dublin."

Hiqa said it would carry out a follow-up inspection of the hospital within six months.""",
        [
            ("at risk of harm", "Health Information and Quality Authority"),
            ("at risk of harm", "Health Information and Quality Authority"),
            ("operating well beyond its safe", "Health Information and Quality Authority"),
            ("Inspectors observed a frail older", "Health Information and Quality Authority"),
            ("committed and caring", "Health Information and Quality Authority"),
            ("exhausted and demoralised", "Gráinne Loftus"),
            ("Nurses in Kilcoran are being", "Gráinne Loftus"),
            ("They are going home knowing", "Gráinne Loftus"),
            ("The ED is the symptom.", "senior consultant at the hospital"),
            ("Addressing overcrowding at Kilcoran is", "HSE West and North West"),
            ("a wake-up call", "Martin Durkan"),
            ("I've lost count of the", "Martin Durkan"),
            ("People in this county are", "Martin Durkan"),
        ],
    ),
    (
        """Wester Ross community demands answers after man waits nearly three hours for ambulance

By Shona Mackenzie

A Wester Ross community council has demanded an urgent meeting with ambulance chiefs after a man with a suspected heart attack waited almost three hours for help.

The 64-year-old crofter, who has asked not to be named, was eventually taken to hospital in Inverness, where he is understood to be in a stable condition.

Dalnacraig and District Community Council chairwoman Fiona MacRae said the village’s only ambulance had been sent to cover calls in the city, more than 70 miles away, leaving the area without cover for most of the day.

She said: “This is not the first time and I am afraid it won’t be the last.

“People here accept that living where we do means help can take a bit longer. What we will not accept is our ambulance being used to plug gaps in Inverness while our own folk are left lying waiting.”

According to the community council, the area has been left without local ambulance cover on at least 19 occasions since January.

Ms MacRae said the man’s wife had been talked through what to do by a call handler while the couple waited, and praised staff at the control centre for their calm.

A retained firefighter from the area, who asked not to be identified, said crews had been called out several times this year to help patients while they waited for an ambulance.

“We’re not paramedics. We do what we can, but we shouldn’t be the ones holding somebody’s hand for two hours,” he said.

Highlands and Islands MSP Catriona Sutherland has written to the chief executive of the Scottish Ambulance Service calling for a review of how rural vehicles are deployed.

She said: “The practice of pulling rural ambulances into Inverness to cover demand is leaving whole communities exposed.

“I’ve heard from constituents right along the west coast who feel they have simply been forgotten about, and they are right to be angry.”

A spokesman for the Scottish Ambulance Service said: “We would like to apologise to the patient for the length of time he waited. We prioritise our response based on clinical need, to make sure we get to our most seriously ill and injured patients first.

“On this occasion, our nearest available resource was dispatched as soon as it became available. We’d welcome the opportunity to meet with the community council to discuss their concerns.”

The service said it had recruited 11 additional paramedics and technicians for the north region this year and that a new community first responder scheme was being set up in Dalnacraig.""",
        [
            ("This is not the first", "Fiona MacRae"),
            ("People here accept that living", "Fiona MacRae"),
            ("We’re not paramedics. We do", "retained firefighter from the area"),
            ("The practice of pulling rural", "Catriona Sutherland"),
            ("I’ve heard from constituents right", "Catriona Sutherland"),
            ("We would like to apologise", "spokesman"),
            ("On this occasion, our nearest", "spokesman"),
        ],
    ),
    (
        """Private ambulances drafted in as crews wait up to six hours outside hospital

By Seán Kiely, Health Correspondent

Private ambulance crews have been drafted in to cover emergency calls in North Cork after National Ambulance Service (NAS) vehicles were left queuing for up to six hours outside the emergency department at South Munster University Hospital.

Figures seen by the Irish Examiner show that on one afternoon last week, nine ambulances were waiting to offload patients at the same time, leaving large parts of the county without emergency cover.

Paramedic Eoin Hartigan, a shop steward with the Allied Health and Emergency Workers’ Union, said crews had been “stacked up in the car park like taxis” while calls went unanswered.

“You’re sitting there with a patient in the back, you can hear the radio going, and there’s a cardiac arrest 20 minutes up the road with nobody to send,” he said. “It is soul-destroying.”

He said some crews had gone through an entire 12-hour shift having attended only two calls.

Clonmore Medical Transport, a Limerick-based firm, has been contracted by the HSE to provide two emergency vehicles and crews for an initial period of three months. The company said its staff were “fully trained to pre-hospital emergency care standards” and would be dispatched through the national control centre.

Speaking to reporters at the opening of a primary care centre in Kilbarron, Minister of State for Public Health Deirdre Fahy said she did not want to see patients left waiting in the back of ambulances.

“Nobody wants to see ambulances sitting outside hospitals for hours on end,” she said. “The use of private providers is a temporary measure to make sure that people in North Cork get a response when they need one.”

Ms Fahy said 36 extra beds would open at the hospital before Christmas.

According to the NAS, average ambulance handover times at South Munster University Hospital were 71 minutes in October, against a target of 20 minutes.

In a statement, the National Ambulance Service said: “NAS continues to work with hospital colleagues to release ambulance crews as quickly as possible. Additional capacity has been put in place in the region to maintain cover during periods of high demand.”

Therese Buckley, chief operations officer at South Munster University Hospital, said the emergency department had seen a 14% increase in attendances among people aged over 75 this year.

“These are very sick people, and many of them need to be admitted,” Ms Buckley said. “We are doing everything we can to move patients out of the department and free up ambulances, but our wards are full too.”

Mr Hartigan said the union would be seeking a meeting with HSE management next week.

“Bringing in private operators is a sticking plaster. What we need is hospitals with enough beds to take the patients we bring them,” he said.""",
        [
            ("stacked up in the car", "Eoin Hartigan"),
            ("You’re sitting there with a", "Eoin Hartigan"),
            ("It is soul-destroying.", "Eoin Hartigan"),
            ("fully trained to pre-hospital emergency", "Clonmore Medical Transport"),
            ("Nobody wants to see ambulances", "Deirdre Fahy"),
            ("The use of private providers", "Deirdre Fahy"),
            ("NAS continues to work with", "National Ambulance Service"),
            ("These are very sick people,", "Therese Buckley"),
            ("We are doing everything we", "Therese Buckley"),
            ("Bringing in private operators is", "Eoin Hartigan"),
        ],
    ),
    (
        """Health board chief warns A&E waits will get worse before they improve

Alasdair Brodie, Health Correspondent

The chief executive of one of Scotland's health boards has warned that waiting times in accident and emergency are likely to worsen this winter, as it emerged that fewer than half of patients at its main hospital were seen within four hours last month.

Dr Helen Rennie told a meeting of the NHS Strathallan board yesterday that the organisation was facing "the most difficult set of circumstances I have seen in 30 years in the health service".

Just 47.2 per cent of patients attending the emergency department at Strathallan Royal Infirmary were admitted, transferred or discharged within four hours in September, against a national target of 95 per cent.

"I'm not going to stand here and pretend that things are going to get better in the next few months, because I don't believe they will," Dr Rennie said.

"We have more than 90 people in our hospitals today who are fit to go home but who are waiting for a care package or a care home place. That is the equivalent of three full wards."

A paper presented to the board estimated that delayed discharges had cost the organisation £11.4 million in the last financial year, and warned that its financial position was "not sustainable without significant service redesign".

The meeting also heard that senior doctors in the emergency department had written to managers raising concerns about patient safety. In the letter, seen by The Scotsman and signed by 14 emergency medicine consultants, the doctors said they were "increasingly fearful" that a patient would die as a result of delays.

"Corridor care has become routine rather than exceptional," the letter said. "We are no longer able to assure ourselves that patients in the department are safe."

Board chairman Ian Pettigrew said the letter had been "taken extremely seriously" and that a meeting had been arranged with the clinicians involved.

Scottish Conservative health spokesman Graeme Lockhart said: "When senior doctors are putting in writing that they fear for their patients' lives, the Health Secretary has to sit up and listen.

"These figures are not a blip. They are the result of years of poor workforce planning by this SNP Government."

A Scottish Government spokesperson said: "We are providing NHS Strathallan with an additional £3.8m this year to support unscheduled care, and we expect the board to use that funding to reduce delays.

"While A&E performance in Scotland has consistently outperformed the rest of the UK, we know some patients are waiting too long, and we are sorry to anyone who has had a poor experience."

NHS Strathallan is due to publish its winter plan next month.""",
        [
            ("the most difficult set of", "Helen Rennie"),
            ("I'm not going to stand", "Helen Rennie"),
            ("We have more than 90", "Helen Rennie"),
            ("not sustainable without significant service", "NHS Strathallan"),
            ("increasingly fearful", "emergency medicine consultants"),
            ("Corridor care has become routine", "emergency medicine consultants"),
            ("We are no longer able", "emergency medicine consultants"),
            ("taken extremely seriously", "Ian Pettigrew"),
            ("When senior doctors are putting", "Graeme Lockhart"),
            ("These figures are not a", "Graeme Lockhart"),
            ("We are providing NHS Strathallan", "spokesperson"),
            ("While A&E performance in Scotland", "spokesperson"),
        ],
    ),
    (
        """Man (72) waited more than two hours for ambulance, inquest told

By Áine McGurk

A Co Down man who collapsed at his home waited more than two hours for an ambulance and died shortly after reaching hospital, an inquest has heard.

Francis 'Frankie' Mulholland (72), a retired postman from Tullyvarragh, was found on the floor of his living room by his wife Eileen Mulholland on the evening of November 14 2022.

Giving evidence at Belfast Coroner's Court yesterday, Mrs Mulholland said she dialled 999 at 7.42pm.

"He was grey and he was struggling to breathe. I kept telling him they were coming, that they'd be here any minute," she told the hearing.

"I rang back twice. The second time the woman said there were no ambulances in the area at all. I just sat on the floor beside him and held on to him."

The court heard the nearest available ambulance was dispatched from more than 25 miles away and arrived at 9.51pm.

Paramedic Conor Rooney, who was part of the crew, said they had come directly from Mourne Area Hospital.

"We had been sitting outside the emergency department for just under four hours waiting to hand over a patient," Mr Rooney said. "As soon as we were released, we were sent straight to Mr Mulholland."

Asked by the coroner whether an earlier response might have changed the outcome, he replied: "I can't say for certain. But with a cardiac presentation, every minute matters."

Mr Mulholland was pronounced dead at Mourne Area Hospital at 11.20pm. A post-mortem examination found he died from a heart attack.

Dr Niall Gormley, a consultant cardiologist who prepared an independent report for the court, said that had Mr Mulholland reached hospital within an hour of the first 999 call, his chances of survival would have been "significantly higher, though not guaranteed".

Gareth Minford, assistant director of operations at the Northern Ireland Ambulance Service, accepted that the response had been "well outside" what the service would expect.

He told the inquest that on the night in question, 17 of the 28 emergency ambulances covering the south and east of the region had been held at hospitals waiting to hand over patients.

"That is a system problem, not an ambulance service problem," he said. "Our crews want to be out responding. They do not want to be sitting in car parks."

Coroner Anne Devenney said she would deliver her findings next month and would consider whether to issue a report aimed at preventing future deaths.

Addressing the family, she said: "I am very sorry for your loss. It is clear from everything I have heard today that Mr Mulholland was very much loved."

Speaking outside court, the family's solicitor, Kevin Trainor, said: "The Mulholland family have waited a long time for answers. They hope that what they heard today leads to real change, so that no other family has to go through what they went through."

The inquest was adjourned until February 6.""",
        [
            ("He was grey and he", "Eileen Mulholland"),
            ("I rang back twice. The", "Eileen Mulholland"),
            ("We had been sitting outside", "Conor Rooney"),
            ("As soon as we were", "Conor Rooney"),
            ("I can't say for certain.", "Conor Rooney"),
            ("significantly higher, though not guaranteed", "Niall Gormley"),
            ("well outside", "Gareth Minford"),
            ("That is a system problem,", "Gareth Minford"),
            ("Our crews want to be", "Gareth Minford"),
            ("I am very sorry for", "Anne Devenney"),
            ("The Mulholland family have waited", "Kevin Trainor"),
        ],
    ),
    (
        """Thousands march against plan to end night-time emergency care at Offaly hospital

Ciarán Hession, Ireland Health Correspondent

More than 4,000 people marched through Clonmoylan, Co Offaly, yesterday in protest at proposals to close the town’s hospital emergency department overnight.

The plans, contained in a draft review of acute services in the midlands commissioned by the Health Service Executive (HSE), would see the emergency department at St Kieran’s General Hospital open only between 8am and 8pm. Patients arriving by ambulance overnight would be taken to regional hospitals up to 50km away.

The draft, titled ‘Right Care, Right Place’, states that the department ‘does not see sufficient volumes of critically ill patients to maintain the skills of senior staff’ and recommends that it be converted into a 12-hour injury unit.

Siobhán Egan, a retired nurse who chairs the Save St Kieran’s campaign, told the crowd gathered outside the hospital gates that the community would not accept the change.

‘They tell us this is about safety. Taking the emergency department away from 90,000 people at night is not safety, it’s a gamble with people’s lives,’ she said.

‘My own father would not be alive today if this hospital hadn’t been open at three o’clock in the morning.’

St Kieran’s is one of a number of so-called ‘model 2’ hospitals whose emergency departments have long been the subject of debate among health planners.

A senior HSE manager in the region, who asked not to be named, said the plan was ‘not a done deal’ but acknowledged that recruitment difficulties meant the current rota was ‘hanging by a thread’.

Dr Tomás Whelan, a consultant in emergency medicine at the hospital, said locum doctors were filling eight of the department’s 14 non-consultant posts.

‘We have an excellent team here, but we cannot run a safe 24-hour service on goodwill and agency staff indefinitely,’ he said. ‘Something has to give, and I would rather we made that decision in a planned way than have it made for us by a crisis.’

Aoife Kinnarney, a Fianna Fáil TD for the constituency who walked at the front of the march, told reporters she had spoken to the health minister on Friday.

‘I have made it very clear to the minister that I cannot support any proposal that leaves this county without a 24-hour emergency department,’ she said.

The Department of Health said that no decision had been taken. ‘The minister will consider the final report carefully, and any changes to services will be subject to full public consultation,’ a spokeswoman said.

The HSE said the review was ‘at an early stage’ and that submissions from the public would be invited in the new year.""",
        [
            ("does not see sufficient volumes", "Health Service Executive"),
            ("They tell us this is", "Siobhán Egan"),
            ("My own father would not", "Siobhán Egan"),
            ("not a done deal", "senior HSE manager in the region"),
            ("hanging by a thread", "senior HSE manager in the region"),
            ("We have an excellent team", "Tomás Whelan"),
            ("Something has to give, and", "Tomás Whelan"),
            ("I have made it very", "Aoife Kinnarney"),
            ("The minister will consider the", "spokeswoman"),
            ("at an early stage", "Health Service Executive"),
        ],
    ),
]
