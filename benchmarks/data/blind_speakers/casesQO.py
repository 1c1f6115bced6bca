CASES = [
    (
        """Kelbrook hospital trust declares critical incident

Patients have been urged to avoid A&E unless their condition is life-threatening after a hospital trust declared a critical incident.

Westmoor Hospitals NHS Trust said its two emergency departments, at Kelbrook General Hospital and Amblethorpe Royal Infirmary, had been under "extreme and sustained pressure" since the weekend.

More than 90 patients were waiting for a bed on Tuesday morning, and some ambulances had queued outside Kelbrook for more than six hours, the trust said.

Dr Hannah Okafor, the trust's chief medical officer, said staff were "working incredibly hard in very difficult circumstances".

"We have more patients who are medically fit to leave hospital than at any point this winter, but we cannot discharge them safely without care packages in place," she said.

"That means people coming through our front door are waiting far too long, and I want to apologise to every one of them."

Dr Okafor said the trust had opened an extra 18 beds and cancelled some non-urgent operations to free up staff.

Declaring a critical incident allows hospitals to call in extra staff and work with partners to speed up discharges.

Westmoor County Council, which is responsible for adult social care, said it was "doing everything possible" to find care home places and support for people in their own homes.

A council spokeswoman said: "We have brokered 40 additional care packages in the last week alone and our teams are working through the weekend."

One patient's daughter, who did not want to be named, told the BBC her 87-year-old father had spent 19 hours on a trolley in a corridor at Kelbrook.

"The nurses were lovely but they were run off their feet," she said. "He didn't get a proper bed until the next evening."

Northern Counties Ambulance Service said handover delays meant crews were unable to respond to calls in the community.

In a statement, the service said: "Every hour a crew spends waiting outside a hospital is an hour they are not available to answer 999 calls."

People with minor injuries are being asked to use NHS 111 or visit the minor injuries unit at Harlow Bridge Community Hospital, which is open from 08:00 to 20:00.

The trust said it would keep the situation "under constant review".""",
        [
            ("extreme and sustained pressure", "Westmoor Hospitals NHS Trust"),
            ("working incredibly hard in very", "Hannah Okafor"),
            ("We have more patients who", "Hannah Okafor"),
            ("That means people coming through", "Hannah Okafor"),
            ("doing everything possible", "Westmoor County Council"),
            ("We have brokered 40 additional", "spokeswoman"),
            ("The nurses were lovely but", "patient's daughter"),
            ("He didn't get a proper", "patient's daughter"),
            ("Every hour a crew spends", "Northern Counties Ambulance Service"),
            ("under constant review", "Westmoor Hospitals NHS Trust"),
        ],
    ),
    (
        """Council tax set to rise by 4.99 per cent as Harwick faces £14m gap

By Tom Ashworth, Local Democracy Reporting Service

Households in Harwick face a council tax rise of almost five per cent from April as the borough council tries to close a £14.2million hole in its budget.

Proposals published ahead of next week’s cabinet meeting also include cutting opening hours at four libraries, raising car parking charges in the town centre and ending the council’s funding for the Harwick Festival.

Council leader Cllr Janet Pryce said the authority had been left with “no good options” after years of rising demand for children’s services and adult social care.

“Nobody comes into local government wanting to cut library hours or put up parking charges,” she said. “But the law requires us to set a balanced budget, and the money simply isn’t there.

“More than 70p of every pound we spend now goes on looking after vulnerable children and adults. That is the right thing to do, but it leaves very little for everything else.”

Under the plans, a Band D property would pay £1,894.62 a year for the council’s share of the bill, an increase of £90.04. Police and fire precepts will be added on top.

The council is also proposing to draw £3.1m from its reserves, which finance director Martin Quayle has warned cannot continue indefinitely.

In a report to cabinet, Mr Quayle wrote that reserves were “at the lower end of what is prudent” and that using them to balance future budgets would “store up significant risk”.

Opposition leader Cllr Dev Sharma, who leads the Liberal Democrat group, said residents were being asked to “pay more and get less”.

He said: “This administration has had years to get a grip on its finances. Instead we have a last-minute raid on reserves and cuts to the very services that hold communities together.”

The proposals to reduce hours at Ferncliffe, Oakhill, Stanton Lacey and Bramley Road libraries would save around £310,000. Campaign group Friends of Harwick Libraries has launched a petition, “Keep Our Libraries Open”, which had gathered more than 2,000 signatures by Monday.

Its chairwoman, Sheila Dunmore, 71, said: “For a lot of older people the library is the only place they go all week where someone will talk to them. You can’t put a price on that.”

The budget will be discussed by cabinet on February 12 before going to full council for approval on February 26.""",
        [
            ("no good options", "Janet Pryce"),
            ("Nobody comes into local government", "Janet Pryce"),
            ("But the law requires us", "Janet Pryce"),
            ("More than 70p of every", "Janet Pryce"),
            ("at the lower end of", "Martin Quayle"),
            ("store up significant risk", "Martin Quayle"),
            ("pay more and get less", "Dev Sharma"),
            ("This administration has had years", "Dev Sharma"),
            ("For a lot of older", "Sheila Dunmore"),
        ],
    ),
    (
        """Appeal after pensioner seriously hurt in Dunmere hit-and-run

Police are appealing for witnesses after a 78-year-old man was seriously injured in a hit-and-run in Dunmere.

The pedestrian was struck by a dark-coloured hatchback on Coldharbour Lane at about 18:40 GMT on Thursday, Eastshire Police said.

He was taken to Saxmoor General Hospital, where he remains in a serious but stable condition.

The car did not stop and was last seen heading along the B1842 towards Lenham Cross.

Det Sgt Carl Whitlock, of the force's serious collision investigation unit, said: "This was a shocking incident in which an elderly man was left lying injured in the road.

"The driver will know what they have done, and I would urge them to do the right thing and come forward.

"We are also keen to hear from anyone who was in the area at the time, particularly drivers with dashcam footage."

The force said the car was likely to have damage to its front and nearside.

A woman who lives on Coldharbour Lane said residents had been complaining about speeding on the road "for years".

"It's a rat run at rush hour," she told the BBC. "Cars come round that bend far too fast and there's no pavement on one side."

Eastshire County Council said it had carried out a speed survey on the road last year and was "considering options" for traffic calming.

Local councillor Ruth Beddoes said she would be raising the issue at the next meeting of the highways committee.

"Something like this was always going to happen eventually," she said. "I just hope he makes a full recovery."

A 34-year-old man from Lenham Cross was arrested on suspicion of failing to stop after a collision and has been released on bail while inquiries continue, police said later on Friday.

Anyone with information is asked to call 101, quoting reference 411 of 14 November.""",
        [
            ("This was a shocking incident", "Carl Whitlock"),
            ("The driver will know what", "Carl Whitlock"),
            ("We are also keen to", "Carl Whitlock"),
            ("for years", "woman who lives on Coldharbour Lane"),
            ("It's a rat run at", "woman who lives on Coldharbour Lane"),
            ("considering options", "Eastshire County Council"),
            ("Something like this was always", "Ruth Beddoes"),
            ("I just hope he makes", "Ruth Beddoes"),
        ],
    ),
    (
        """Head ‘overjoyed’ as Ravensby school leaves special measures

By Laura Fenwick, Education Reporter

A primary school in Ravensby which was placed in special measures two years ago has been told it is no longer failing its pupils.

Ofsted inspectors who visited St Aidan’s CofE Primary School in October found that pupils were now ‘safe, happy and keen to learn’, and that leaders had ‘transformed’ the quality of teaching in reading and maths.

The 210-pupil school, in Mill Street, was rated inadequate in 2022 after inspectors found weaknesses in safeguarding and said too many children were leaving without being able to read fluently.

Headteacher Claire Mottram, who joined the school in January 2023, said she was ‘overjoyed’ by the findings.

‘When I walked through the door, morale was at rock bottom and parents had lost faith in us,’ she said.

‘The staff have worked tirelessly, the children have risen to every challenge, and the families have stuck with us. This report belongs to all of them.’

The report said that the school’s phonics programme was now ‘taught consistently well’ and that pupils who fell behind received ‘swift and effective’ support.

However, inspectors said attendance remained below the national average and that the school needed to do more to ensure disadvantaged pupils attended regularly.

Mrs Mottram said the school had appointed a family support worker and was running a breakfast club, funded by a local business, to encourage pupils to arrive on time.

The school joined the Northfell Learning Trust, a multi-academy trust of nine schools, in 2023 after an academy order was issued.

Trust chief executive Andrew Pilling said: ‘This is a fantastic outcome for the children of Ravensby. Claire and her team have shown what can be achieved with high expectations and the right support.’

Parent Jodie Harland, whose two sons attend the school, said the difference was ‘like night and day’.

‘Two years ago I was seriously thinking about moving them,’ she said. ‘Now my youngest can’t wait to get in the door in the morning.’

Ravensby ward councillor Peter Nwosu said the report was ‘brilliant news for the whole community’ and paid tribute to staff.""",
        [
            ("overjoyed", "Claire Mottram"),
            ("safe, happy and keen", "Ofsted"),
            ("transformed", "Ofsted"),
            ("overjoyed", "Claire Mottram"),
            ("When I walked through the", "Claire Mottram"),
            ("The staff have worked tirelessly,", "Claire Mottram"),
            ("taught consistently well", "Ofsted"),
            ("swift and effective", "Ofsted"),
            ("This is a fantastic outcome", "Andrew Pilling"),
            ("like night and day", "Jodie Harland"),
            ("Two years ago I was", "Jodie Harland"),
            ("Now my youngest can’t wait", "Jodie Harland"),
            ("brilliant news for the whole", "Peter Nwosu"),
        ],
    ),
    (
        """Births suspended at Castlebridge midwife-led unit due to staff shortages

By Emma Thwaite, Health Reporter

Expectant mothers have been told they will not be able to give birth at Castlebridge's midwife-led unit for at least three months because of a shortage of midwives.

Dales and Vale NHS Foundation Trust announced on Wednesday that births at the Wren Birth Centre would be "temporarily paused" from March 1, with women instead directed to the consultant-led unit at Aldermoor Hospital, 22 miles away.

Antenatal and postnatal appointments will continue at the centre.

According to the trust, 14 of the unit's 38 midwife posts are currently vacant and sickness rates among the remaining staff have been "higher than we would want".

Julia Brennan, director of midwifery at the trust, said: "This has not been an easy decision and I know it will be upsetting for families who were planning to have their baby at the Wren.

"But we have a duty to make sure every woman and every baby is cared for safely, and at the moment we cannot guarantee that we can staff the unit around the clock."

She said the trust was recruiting and had offered newly qualified midwives a £2,000 "golden hello" to join.

A midwife at the unit, who asked not to be named, told the Gazette staff had been raising concerns for more than a year.

"We've been running on goodwill for ages," she said. "People are exhausted. Some shifts there have been two of us covering the whole unit and the on-call rota has fallen apart."

Campaigners fear the suspension could become permanent. Castlebridge Birth Matters, which was formed in 2019 when the unit last faced closure, said the move amounted to "closure by the back door".

Spokeswoman Amy Leckie, who gave birth to her daughter at the centre in 2021, said: "Women in labour should not have to travel 45 minutes on winding country roads. We have heard 'temporary' before and we don't trust it."

Castlebridge and Upper Dale MP Richard Tolley said he had written to the trust's chief executive seeking assurances.

"I have been told in no uncertain terms that this is a short-term measure," he said. "I will be holding them to that."

The trust said it would review the position in May and update families "as soon as we are able".

A spokesman added that women already booked to give birth at the Wren would be contacted individually by their community midwife.""",
        [
            ("temporarily paused", "Dales and Vale NHS Foundation Trust"),
            ("higher than we would want", "Dales and Vale NHS Foundation Trust"),
            ("This has not been an", "Julia Brennan"),
            ("But we have a duty", "Julia Brennan"),
            ("We've been running on goodwill", "midwife at the unit"),
            ("People are exhausted. Some shifts", "midwife at the unit"),
            ("closure by the back door", "Castlebridge Birth Matters"),
            ("Women in labour should not", "Amy Leckie"),
            ("I have been told in", "Richard Tolley"),
            ("I will be holding them", "Richard Tolley"),
            ("as soon as we are", "Dales and Vale NHS Foundation Trust"),
        ],
    ),
    (
        """Mother's plea as search for missing Ardley teenager enters fifth day

The mother of a 15-year-old girl who has been missing for five days has urged her to "just pick up the phone".

Keira Lomax was last seen leaving her home in Ashdown Close, Ardley, at about 21:15 BST on Saturday.

Midshire Police said she was wearing a black puffer jacket, grey jogging bottoms and white trainers, and was carrying a small pink rucksack.

Officers believe she may have travelled to Hollinsford, where she has friends.

Her mother, Donna Lomax, said the family were "going out of our minds".

"Keira, if you are reading this, nobody is angry with you," she said in a statement released through the force.

"We love you so much and we just want to know you're safe. You don't have to come home straight away - just pick up the phone."

Insp Mark Devlin said officers were "increasingly concerned" for Keira's welfare because she had not taken her medication with her.

"Keira has not been in contact with anyone since Saturday night, which is out of character," he said.

"We have been carrying out extensive searches and speaking to her friends, but we need the public's help. If you have seen her, or if she is staying with you, please get in touch."

He said anyone who was helping Keira would "not be in trouble" if they came forward.

Officers have been checking CCTV at Ardley railway station and bus station and have spoken to more than 30 people, the force said.

Ardley Academy, where Keira is a Year 10 pupil, said in a message to parents that staff were "thinking of Keira and her family" and asked students not to share speculation on social media.

A neighbour, who did not want to be named, said: "She's a lovely girl, always says hello. The whole close has been out looking for her."

Anyone with information is asked to call 101, quoting log number 1123 of 21 September, or 999 if she is seen.""",
        [
            ("just pick up the phone", "Donna Lomax"),
            ("going out of our minds", "Donna Lomax"),
            ("Keira, if you are reading", "Donna Lomax"),
            ("We love you so much", "Donna Lomax"),
            ("increasingly concerned", "Mark Devlin"),
            ("Keira has not been in", "Mark Devlin"),
            ("We have been carrying out", "Mark Devlin"),
            ("not be in trouble", "Mark Devlin"),
            ("thinking of Keira and her", "Ardley Academy"),
            ("She's a lovely girl, always", "neighbour"),
        ],
    ),
    (
        """County council warns overspend on school transport could reach £19m

By Priya Chandran

Rising costs of taking children with special educational needs to school have pushed Northmoor County Council towards a projected £19 million overspend this year, councillors have been told.

A finance update presented to the council’s scrutiny committee on Thursday showed spending on home-to-school transport for pupils with SEND was running £8.7m over budget, with a further £6.4m overspend on children’s placements.

The council’s section 151 officer, Gareth Lumb, told the committee that the authority could not rely on reserves to cover the gap.

“If we were to use reserves at this rate for another two years, we would have nothing left,” he said. “We have to take action now, in-year, and some of that action will be uncomfortable.”

Measures already agreed include a freeze on non-essential recruitment and a review of all contracts worth more than £50,000.

The council said demand for education, health and care plans (EHCPs) had risen by 41 per cent in three years, while the number of specialist school places within the county had not kept pace, meaning many children had to be taxied to schools up to 40 miles away.

Cabinet member for children and families Cllr Helen Ogunsanya said the situation was “not of our making”.

She told reporters after the meeting: “Councils up and down the country are facing exactly the same pressures. The system for funding SEND is broken, and until the Government fixes it we are going to keep having these conversations.”

She said the council was opening 120 new specialist places over the next two years, which would reduce the need for long journeys.

But Labour group leader Cllr Simon Breckon accused the ruling administration of having “buried its head in the sand”.

“These figures did not appear overnight,” he said. “Officers have been warning about transport costs since 2022 and nothing was done.”

One senior council source said there was growing concern among officers that the authority could be forced to issue a section 114 notice – which effectively bans all new spending except on statutory services – if the position did not improve by the spring.

“Nobody wants to say it out loud, but it’s being talked about,” the source said.

Parents have also raised concerns. Kerry Mace, whose eight-year-old son travels 55 minutes each way to a specialist school in Brackenfield, said: “He is exhausted before the day has even started. We didn’t choose this, there just wasn’t anywhere closer.”

A spokesperson for Northmoor Parent Carer Forum said: “Families are being told there is no money while their children spend hours in taxis every week. Something has to give.”

The full council will consider a recovery plan in November.""",
        [
            ("If we were to use", "Gareth Lumb"),
            ("We have to take action", "Gareth Lumb"),
            ("not of our making", "Helen Ogunsanya"),
            ("Councils up and down the", "Helen Ogunsanya"),
            ("buried its head in the", "Simon Breckon"),
            ("These figures did not appear", "Simon Breckon"),
            ("Officers have been warning about", "Simon Breckon"),
            ("Nobody wants to say it", "senior council source"),
            ("He is exhausted before the", "Kerry Mace"),
            ("Families are being told there", "spokesperson"),
        ],
    ),
    (
        """Police warning after pensioners lose £60,000 to courier fraudsters

Police in Hexley are warning older residents to be on their guard after fraudsters posing as bank staff and police officers tricked four pensioners out of more than £60,000 in a fortnight.

In each case the victim received a phone call from someone claiming to be from their bank's fraud department or from a police station in London. They were told their account had been compromised and persuaded to withdraw cash or hand over their bank cards to a 'courier' who called at their home.

Detective Constable Sian Parry, of Wealdshire Police's economic crime unit, said the offenders were 'ruthless' and deliberately targeted people living alone.

'These are highly organised criminals who are very convincing on the phone,' she said. 'They will often know your name and address and sometimes even which bank you use.

'I want to be absolutely clear: your bank and the police will never ask you to withdraw money, hand over your card or give your PIN to anyone who comes to your door.'

One of the victims, an 84-year-old widow from the Carrick Hill area, lost £18,500 after being kept on the phone for almost three hours.

Her son, who asked not to be named to protect his mother's identity, said she had been 'absolutely devastated'.

'She's a sharp, independent woman and she's mortified that it happened to her,' he said. 'They kept her on the line so she couldn't call any of us. By the time she rang me it was all gone.'

The force said it had stepped up patrols and was working with banks in the town centre so that cashiers could spot customers making unusually large withdrawals. Two men were arrested in Carrick Hill last week and have been released under investigation, according to the force.

Bernard Hollis, chairman of the Hexley and District Older People's Forum, said many victims were too embarrassed to come forward.

'The shame people feel is what these criminals rely on,' he said. 'Nobody should feel foolish. These people do this for a living.'

Wealdshire Police said anyone who received a suspicious call should hang up, wait at least five minutes or use a different phone, and then call their bank on a number they know to be genuine.

Anyone with information about the offences is asked to contact the force on 101, quoting Operation Harrier.""",
        [
            ("ruthless", "Sian Parry"),
            ("These are highly organised criminals", "Sian Parry"),
            ("They will often know your", "Sian Parry"),
            ("I want to be absolutely", "Sian Parry"),
            ("absolutely devastated", "victim's son"),
            ("She's a sharp, independent woman", "victim's son"),
            ("They kept her on the", "victim's son"),
            ("The shame people feel is", "Bernard Hollis"),
            ("Nobody should feel foolish.", "Bernard Hollis"),
        ],
    ),
]
