CASES = [
    (
        """Patients waited 19 hours in A&E at Inverbrae hospital, figures show

Nearly 400 patients waited more than 12 hours in the emergency department at Inverbrae Royal Infirmary last month, new figures have shown.

Public Health Scotland data shows just 58% of patients at the hospital were seen within four hours in the week ending 14 January, against a national target of 95%.

The longest single wait recorded during the month was 19 hours.

NHS Strathallan, which runs the hospital, said it had experienced "exceptional demand" over the festive period, with a sharp rise in flu admissions putting pressure on beds.

Dr Fiona Calder, the board's medical director, said: "I want to apologise to every patient who has waited longer than they should have. That is not the standard of care we want to deliver.

"Our staff have been working incredibly hard in very difficult circumstances and I'm enormously grateful to them."

She said the board had opened 24 additional beds at the site and was working with Strathallan Council to reduce the number of patients whose discharge from hospital had been delayed.

About 90 beds at the infirmary are currently occupied by people who are medically fit to leave but are waiting for a care package or a place in a care home.

Scottish Labour's health spokeswoman, Morag Lindsay, described the figures as "a scandal".

"Behind every one of these numbers is a patient, often elderly and frail, lying on a trolley in a corridor," she said.

"The health secretary has been warned time and again that this was coming, and he has failed to act."

Dr Alan Rennie, vice-chairman of the Scottish Association of Emergency Doctors, said long waits were "associated with avoidable deaths".

"These are not just numbers on a spreadsheet," he told BBC Scotland. "We know that for every 72 patients who spend eight to 12 hours in an emergency department, one will come to harm that could have been prevented."

A Scottish government spokeswoman said: "We recognise the pressure emergency departments are under, particularly during winter, and we are providing an additional £12m to NHS Strathallan this year to support urgent and unscheduled care.

"We expect all health boards to do everything they can to reduce long waits and delayed discharge."

NHS Strathallan said it expected pressure on the hospital to ease as flu cases fell over the coming weeks.""",
        [
            ("exceptional demand", "NHS Strathallan"),
            ("I want to apologise to", "Fiona Calder"),
            ("Our staff have been working", "Fiona Calder"),
            ("a scandal", "Morag Lindsay"),
            ("Behind every one of these", "Morag Lindsay"),
            ("The health secretary has been", "Morag Lindsay"),
            ("associated with avoidable deaths", "Alan Rennie"),
            ("These are not just numbers", "Alan Rennie"),
            ("We know that for every", "Alan Rennie"),
            ("We recognise the pressure emergency", "spokeswoman"),
            ("We expect all health boards", "spokeswoman"),
        ],
    ),
    (
        """Village left without a GP as doctors hand back surgery contract

By Kirsty Munro
Health Correspondent

MORE than 3,200 patients in a rural Perthshire community could face a 25-mile round trip to see a doctor after the partners at their local surgery announced they were handing back their contract to the health board.

Glenaskin Medical Practice told patients in a letter this week that years of recruitment difficulties and rising running costs had left the surgery “no longer sustainable”.

“We have tried everything we can to keep the practice going, and it is with enormous sadness that we have reached this decision,” the letter said. “We have advertised for a third partner four times in the last two years and have not had a single applicant.”

The practice, which also serves outlying farms and the neighbouring village of Kilmory Bridge, will transfer to NHS Tayvale on April 1. The board said patients would continue to be seen in the existing building in the short term, but it has not given any guarantee beyond the summer.

Dr Euan Sharp, one of the two partners, who has worked in the village for 22 years, said the decision had been “the hardest of my career”.

He added: “People think of general practice as a nine-to-five job. Out here, you are the doctor for the whole community – you know the families, you go out to the farms, you’re there at the end of life. I don’t think anyone in government understands what is being lost.”

Councillor Ailsa Drummond, who represents the area on Tayvale Council, said a public meeting would be held in the village hall next Thursday.

“The anger in the community is palpable,” she said. “We have older residents who don’t drive, and the bus to Inverbrae runs twice a day. How are they supposed to get to their appointments?”

NHS Tayvale is understood to have approached a private provider, Medicall Scotland, about running the service, but the company said it was “not in a position” to take on the contract at present.

Dr Callum Reid, chairman of the Scottish General Practitioners’ Association, said the closure was “part of a pattern” across rural Scotland.

According to the association, 31 practices have handed back their contracts since 2019.

“Every one of those is a community that has lost its family doctor,” Dr Reid said. “The share of NHS funding going to general practice has fallen year on year, and until that is reversed we will keep seeing stories like this one.”

In a statement, NHS Tayvale said: “We understand this news will be worrying for patients. We want to reassure them that they do not need to take any action. They will remain registered with the practice, which will continue to provide services.”

A Scottish Government spokesman said there were now record numbers of GPs working in Scotland and that ministers remained committed to recruiting 800 more by 2027.""",
        [
            ("no longer sustainable", "Glenaskin Medical Practice"),
            ("We have tried everything we", "Glenaskin Medical Practice"),
            ("We have advertised for a", "Glenaskin Medical Practice"),
            ("the hardest of my career", "Euan Sharp"),
            ("People think of general practice", "Euan Sharp"),
            ("The anger in the community", "Ailsa Drummond"),
            ("We have older residents who", "Ailsa Drummond"),
            ("not in a position", "Medicall Scotland"),
            ("part of a pattern", "Callum Reid"),
            ("Every one of those is", "Callum Reid"),
            ("The share of NHS funding", "Callum Reid"),
            ("We understand this news will", "NHS Tayvale"),
        ],
    ),
    (
        """Thousands of NHS workers in Wales to be balloted on strike over pay

By Gareth Pryce

Thousands of NHS workers in Wales are to be balloted on strike action after rejecting the Welsh Government's latest pay offer.

Allied Health Cymru, which represents around 14,000 physiotherapists, radiographers, paramedics and healthcare support workers, said 81% of members who took part in a consultative vote had rejected the 4% award.

Its Wales secretary, Rhian Lloyd-Evans, said the offer "simply does not touch the sides" after more than a decade of real-terms pay cuts.

"Our members have kept the health service going through the pandemic and through winter after winter of record demand," she said. "They are exhausted, they are leaving, and they are telling us very clearly that enough is enough.

"Nobody goes into this profession wanting to take strike action. But when the alternative is watching experienced colleagues walk out of the door for better-paid jobs in supermarkets, people feel they have no choice."

The formal ballot will open on 3 March and close on 14 April. Under trade union law, at least half of eligible members must vote for the result to be valid.

One healthcare support worker at Ysbyty Bryn Aur in Llanelwyn, who did not want to be named, told WalesOnline she had taken a second job in a care home to cover her rent and bills.

"I'm doing 60 hours some weeks," she said. "I love my job and I love my patients, but I can't keep doing this. Something has to give."

A Welsh Government spokesperson said: "We value the hard work of NHS staff in Wales enormously. We have accepted the independent pay review body's recommendations in full and, for some staff groups, have gone further than in England."

The spokesperson added that the funding settlement from the UK Government had been "the most difficult since devolution" and urged the union to return to talks.

Tom Pritchard, the Welsh Conservatives' shadow health secretary, said the prospect of industrial action was "deeply worrying for patients" already facing the longest waiting lists in the UK.

Plaid Cymru's health spokesperson, Delyth Price, called on ministers to "get round the table now, not when the picket lines are already up".

The Welsh NHS Employers Forum, which represents the country's seven health boards and three NHS trusts, said contingency planning was under way.

"Health boards will work closely with trade unions to make sure patient safety is maintained during any industrial action," the forum said.

Allied Health Cymru said it would announce the result of the ballot within a week of it closing.""",
        [
            ("simply does not touch the", "Rhian Lloyd-Evans"),
            ("Our members have kept the", "Rhian Lloyd-Evans"),
            ("They are exhausted, they are", "Rhian Lloyd-Evans"),
            ("Nobody goes into this profession", "Rhian Lloyd-Evans"),
            ("I'm doing 60 hours some", "healthcare support worker at Ysbyty Bryn Aur in Llanelwyn"),
            ("I love my job and", "healthcare support worker at Ysbyty Bryn Aur in Llanelwyn"),
            ("We value the hard work", "spokesperson"),
            ("the most difficult since devolution", "spokesperson"),
            ("deeply worrying for patients", "Tom Pritchard"),
            ("get round the table now", "Delyth Price"),
            ("Health boards will work closely", "Welsh NHS Employers Forum"),
        ],
    ),
    (
        """Ambulance crews 'stuck outside hospital for whole shifts'

Ambulance crews are spending entire 12-hour shifts waiting outside a west Wales hospital to hand over patients, a paramedic has said.

More than 2,100 hours were lost to handover delays outside Ysbyty Cefn Coed in Llanfedw in October alone, according to figures from the Welsh Ambulance Service.

One paramedic, who spoke to BBC Wales on condition of anonymity, said crews were "stuck outside hospital for whole shifts" while 999 calls in the community went unanswered.

"You start your shift, you take one patient in and that's it - you're in the queue," they said.

"I've sat in the back of the ambulance with the same patient for nine hours. You're giving them their meals, you're helping them to the toilet. That's not what an ambulance is for."

The average handover at the hospital took three hours and 40 minutes in October, against a target of 15 minutes.

Elin Hughes, from Cwmderi, said her 87-year-old father Dafydd waited almost 19 hours after a fall at his home in November.

"Dad fell at 10 o'clock at night and the ambulance didn't come until half past four the next afternoon," she said.

"Then he spent another six hours in the ambulance outside A&E. I just kept thinking, what if that's it? What if this is how he ends up?"

Mrs Hughes said she did not blame the crew, who she described as "kind and apologetic the whole way through".

Dyfed Vale University Health Board said it was "extremely sorry" for the delays some patients had experienced.

"Our emergency department is regularly caring for more than double the number of patients it was designed for," a statement said.

"We are opening a new same-day emergency care unit in the spring, which we expect to significantly reduce pressure at the front door."

Mark Pendry, director of operations at the Welsh Ambulance Service, said: "Every hour an ambulance spends outside a hospital is an hour it is not available to respond to someone in the community who may be seriously ill.

"We are working with the health board on a number of measures, including cohorting patients so that one crew can look after several at once and release colleagues back on the road."

Carys Wyn Roberts, the Plaid Cymru MS for Dyfed Vale, said she had raised the issue "repeatedly" with the health secretary and accused the Welsh Government of "managing decline".

The Welsh Government said it had set health boards a target of eliminating handover delays of more than four hours and had provided £3m for extra ambulance offload capacity across Wales.""",
        [
            ("stuck outside hospital for whole", "paramedic"),
            ("stuck outside hospital for whole", "paramedic"),
            ("You start your shift, you", "paramedic"),
            ("I've sat in the back", "paramedic"),
            ("Dad fell at 10 o'clock", "Elin Hughes"),
            ("Then he spent another six", "Elin Hughes"),
            ("kind and apologetic the whole", "Elin Hughes"),
            ("extremely sorry", "Dyfed Vale University Health Board"),
            ("Our emergency department is regularly", "Dyfed Vale University Health Board"),
            ("We are opening a new", "Dyfed Vale University Health Board"),
            ("Every hour an ambulance spends", "Mark Pendry"),
            ("We are working with the", "Mark Pendry"),
            ("repeatedly", "Carys Wyn Roberts"),
            ("managing decline", "Carys Wyn Roberts"),
        ],
    ),
    (
        """Out-of-hours GP service 'on its knees' as shifts go unfilled

By Lisa McCreesh

A GP out-of-hours service covering tens of thousands of people in the west of Northern Ireland is "on its knees", a senior doctor has warned.

Dr Niamh McAleer, who chairs the Western GP Forum, said more than half of the shifts at the Drumcraig out-of-hours centre went unfilled last month, leaving a single doctor to cover an area stretching from the Sperrins to the border.

"On some nights there is one GP on duty for a population of more than 100,000 people," she told the Belfast Telegraph.

"That's not safe for patients and it's not safe for the doctor. We are asking colleagues to do the impossible, and many of them have simply stopped doing out-of-hours sessions because they are burnt out."

According to figures obtained by this newspaper, 212 of the 390 GP shifts at the centre in December were left vacant.

Claire Devlin, a mother of three from Drumcraig, said she was advised to drive her two-year-old son 40 miles to be seen in the early hours of the morning after he developed a high temperature and a rash.

"I was sitting in the car at one in the morning with a sick child in the back, trying to work out whether I should just go straight to A&E," Ms Devlin said.

"You shouldn't have to make that kind of decision on your own."

The Northwest Health and Social Care Trust, which manages the service, said it was doing "everything possible" to fill gaps in the rota.

A spokesman for the trust said: "We would like to thank the GPs and nursing staff who continue to provide this vital service, often at short notice. Patients who are seriously ill should always call 999 or attend their nearest emergency department."

Sinn Féin MLA Órla Keaveney said rural communities were being "treated as second-class citizens" when it came to urgent care.

"People in Drumcraig pay the same taxes as people in Belfast and they deserve the same access to a doctor at night," she said.

A Department of Health spokesperson said: "The department recognises the significant pressures facing GP out-of-hours services. Additional funding has been made available this winter to increase the hourly rates paid to GPs working in the service."

Dr McAleer said higher pay would help but was "a sticking plaster".

"Until we have enough GPs in Northern Ireland full stop, out-of-hours will always be the first thing to fall over," she said.""",
        [
            ("on its knees", "Niamh McAleer"),
            ("on its knees", "Niamh McAleer"),
            ("On some nights there is", "Niamh McAleer"),
            ("That's not safe for patients", "Niamh McAleer"),
            ("I was sitting in the", "Claire Devlin"),
            ("You shouldn't have to make", "Claire Devlin"),
            ("everything possible", "Northwest Health and Social Care Trust"),
            ("We would like to thank", "spokesman"),
            ("treated as second-class citizens", "Órla Keaveney"),
            ("People in Drumcraig pay the", "Órla Keaveney"),
            ("The department recognises the significant", "spokesperson"),
            ("a sticking plaster", "Niamh McAleer"),
            ("Until we have enough GPs", "Niamh McAleer"),
        ],
    ),
    (
        """Health unions announce strike dates as pay talks collapse

Thousands of health workers across Northern Ireland will walk out for 24 hours next month after talks with the Department of Health over pay broke down.

The Nursing and Midwifery Union (NMU) and the Health Service Staff Association (HSSA) confirmed yesterday that members in all five health trusts will strike on March 12.

Bernadette Quinn, the NMU’s director for Northern Ireland, said the decision had not been taken lightly.

“Our members do not want to be standing on picket lines,” she said. “They want to be on the wards, caring for patients. But they have been left with no option by a department that has offered them nothing but warm words.

“Nurses here are now paid less than colleagues in England, Scotland and Wales for doing exactly the same job. That gap is driving people out of the profession and out of Northern Ireland altogether.”

Ms Quinn said emergency and critical care cover would be maintained throughout the strike.

The HSSA’s regional officer, Gerard Lavery, told reporters outside Stormont that members were “furious” at being asked to wait another year for a pay rise.

“People are going to food banks,” he said. “Porters, cleaners, healthcare assistants – the people who keep our hospitals running – are going to food banks. That should shame everybody up on that hill.”

Health Minister Alan McCready said he was “deeply disappointed” by the announcement and urged both unions to “step back from the brink”.

“I have been clear that I want to make a fair pay award, but I cannot spend money that I do not have,” Mr McCready said.

“Without additional funding from the Treasury, any award this year would have to come directly from front-line services, and that would mean longer waiting lists.”

A department official, speaking on condition of anonymity, said the strike could lead to the cancellation of “several thousand outpatient appointments and a significant number of planned operations”.

Trusts have been asked to draw up contingency plans and patients will be contacted directly if their appointments are affected.

Doreen Agnew, chairwoman of the Northern Ireland Patients’ Forum, said patients were “caught in the middle” of the dispute.

“Many of the people we speak to have already been waiting years for treatment,” she said. “Every cancelled appointment pushes them further back down the queue, and nobody seems to be talking about them.”

The strike is due to begin at 8am on March 12 and will last for 24 hours.""",
        [
            ("Our members do not want", "Bernadette Quinn"),
            ("They want to be on", "Bernadette Quinn"),
            ("Nurses here are now paid", "Bernadette Quinn"),
            ("furious", "Gerard Lavery"),
            ("People are going to food", "Gerard Lavery"),
            ("Porters, cleaners, healthcare assistants", "Gerard Lavery"),
            ("deeply disappointed", "Alan McCready"),
            ("step back from the brink", "Alan McCready"),
            ("I have been clear that", "Alan McCready"),
            ("Without additional funding from the", "Alan McCready"),
            ("several thousand outpatient appointments and", "department official"),
            ("caught in the middle", "Doreen Agnew"),
            ("Many of the people we", "Doreen Agnew"),
            ("Every cancelled appointment pushes them", "Doreen Agnew"),
        ],
    ),
    (
        """Fury as Ronsay maternity unit downgraded to midwife-led service

By Iain Morrison

Expectant mothers on Ronsay will have to travel to the mainland to give birth under plans approved by health chiefs yesterday.

The board of NHS Outer Isles voted to end consultant-led births at Ronsay Community Hospital in Port Ardmore, following the recommendations of a review, "Safe and Sustainable Maternity Care", published in the autumn.

Under the changes, only women judged to have "low-risk" pregnancies will be able to deliver on the island. All others will be expected to relocate to Inverness at 38 weeks.

The decision was met with anger by members of the "Born on Ronsay" campaign, who packed the public gallery at the meeting in Port Ardmore.

Campaign organiser Kirsteen MacLeod said: "Today the board has told every family on this island that their children matter less than children born in Glasgow or Inverness.

"Women in labour will be putting themselves on a ferry or a plane in the middle of a Hebridean winter. Somebody is going to get hurt, and the board will have to live with that."

NHS Outer Isles chief executive Graham Fowlie told the meeting the board had been left with "no choice" after repeated attempts to recruit obstetricians had failed.

"For the last 18 months we have had one obstetrician on the island covering 24 hours a day, seven days a week, supported by locums," he said.

"That is not a model that anyone believes is safe, and we cannot ask one person to carry that level of risk indefinitely."

Mr Fowlie said the board would pay for accommodation in Inverness for women and their partners in the final weeks of pregnancy, and that a dedicated air transfer service would remain on standby for emergencies.

A spokeswoman for the Scottish Midwives' Association said: "Midwife-led units provide safe, high-quality care for women with straightforward pregnancies. What matters now is that the women who do have to travel are properly supported, financially and emotionally."

Highlands and Islands MSP Donald Matheson said he would ask the health secretary to call in the decision.

"This is a fragile community and decisions like this one are exactly what drives young families away," he said. "If you can't have your baby on the island, why would you stay?"

Ferry operator Island Link Ferries said it was "working closely" with the health board to ensure pregnant women could travel safely.

"Where a medical emergency arises on board, our crews will always prioritise the safety of the passenger involved," the company said.

The changes are expected to come into effect in June.""",
        [
            ("Today the board has told", "Kirsteen MacLeod"),
            ("Women in labour will be", "Kirsteen MacLeod"),
            ("no choice", "Graham Fowlie"),
            ("For the last 18 months", "Graham Fowlie"),
            ("That is not a model", "Graham Fowlie"),
            ("Midwife-led units provide safe, high-quality", "spokeswoman"),
            ("This is a fragile community", "Donald Matheson"),
            ("If you can't have your", "Donald Matheson"),
            ("working closely", "Island Link Ferries"),
            ("Where a medical emergency arises", "Island Link Ferries"),
        ],
    ),
    (
        """Patients waiting up to eight years for hip and knee operations

Some patients in Northern Ireland are waiting up to eight years for a hip or knee replacement, according to a new report from the health watchdog.

The Northern Ireland Care Standards Authority said waiting times for orthopaedic surgery were "the worst in the United Kingdom by a considerable distance".

Its report, "Waiting for Care", found that more than 21,000 people were on orthopaedic waiting lists at the end of September, with almost half waiting longer than four years.

The authority's chief executive, Dr Paul Kearney, said: "Behind these figures are people living in constant pain, who have lost their mobility, their independence and in many cases their livelihoods."

According to the authority, clearing the backlog would require "an additional 9,000 operations a year for at least five years".

Margaret Conlon, 68, from Lisnacree in County Down, has been on the waiting list for a knee replacement since 2017.

"Some days I can't get up the stairs, so I sleep downstairs on the sofa now," she told BBC News NI.

"I was a classroom assistant and I had to give up work because I couldn't stand for long enough. I've paid into the health service all my life and I feel like I've been forgotten about."

Mrs Conlon said she had looked into paying for the operation privately, but had been quoted £15,000 - "money I just don't have".

One senior orthopaedic surgeon at a Belfast hospital, who asked not to be named, said theatre time was repeatedly lost to emergency pressures.

"We cancel operations every week because there are no beds," the surgeon said.

"Patients are getting frailer while they wait, and by the time we get to some of them they are no longer fit for surgery. That's the part that keeps me up at night."

Dr Ruth Galbraith, chair of the Ulster Medical Association, said the report should be "a wake-up call for everyone in government".

The Department of Health said in a statement: "Tackling waiting lists is a priority for the minister. However, the scale of the challenge means that sustained, recurrent investment will be required over a number of years."

It said three regional day procedure centres had carried out more than 6,000 operations in the past year.""",
        [
            ("the worst in the United", "Northern Ireland Care Standards Authority"),
            ("Behind these figures are people", "Paul Kearney"),
            ("an additional 9,000 operations a", "Northern Ireland Care Standards Authority"),
            ("Some days I can't get", "Margaret Conlon"),
            ("I was a classroom assistant", "Margaret Conlon"),
            ("money I just don't have", "Margaret Conlon"),
            ("We cancel operations every week", "senior orthopaedic surgeon at a Belfast hospital"),
            ("Patients are getting frailer while", "senior orthopaedic surgeon at a Belfast hospital"),
            ("a wake-up call for everyone", "Ruth Galbraith"),
            ("Tackling waiting lists is a", "Department of Health"),
        ],
    ),
]
