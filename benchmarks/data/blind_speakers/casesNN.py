CASES = [
    (
        """Highland A&E patients waited up to 19 hours, figures show

By Morag Lindsay
BBC Scotland, Highlands and Islands

Some patients at a Highland hospital waited more than 19 hours in its emergency department last month, new figures have revealed.

Data obtained by the Scottish Liberal Democrats shows 212 people spent more than 12 hours at Invercarron General Hospital's A&E in January, against a target of four hours.

NHS Highland said the hospital had faced "exceptional pressure" over the winter, with high numbers of delayed discharges and staff absence.

The party's health spokesman, Euan McAllister MSP, said the figures were "a disgrace" and called on the Scottish government to intervene.

"Behind every one of these numbers is a frail person lying on a trolley in a corridor," he said.

"Staff are doing heroic work, but they have been left to firefight for years and it cannot go on."

Fiona Cattanach, 71, from Achnacarn, said her husband had waited 16 hours for a bed after a fall at home in December.

She told BBC Scotland: "He was on a trolley all night under the lights. Nobody was unkind - the nurses were run off their feet - but you wouldn't treat an animal like that."

NHS Highland's director of acute services, Dr Ian Ferrier, said the board apologised to anyone who had experienced a long wait.

"We recognise that some patients have waited far longer than they should, and I am sorry for that," he said.

He said about 60 beds across the region were occupied by patients who were medically fit to leave but who were waiting for a care package or a care home place.

"When we can't get people home, we can't get people in through the front door. It really is as simple as that."

The board said it had opened 14 additional surge beds at Invercarron in January and was recruiting 30 more healthcare support workers.

A Scottish government spokesperson said £12m had been allocated to reduce delayed discharge in the Highlands this year.

"We expect NHS Highland to use every lever available to improve performance, and the health secretary will be meeting the board's chair next week," the spokesperson added.""",
        [
            ("exceptional pressure", "NHS Highland"),
            ("a disgrace", "Euan McAllister"),
            ("Behind every one of these", "Euan McAllister"),
            ("Staff are doing heroic work", "Euan McAllister"),
            ("He was on a trolley", "Fiona Cattanach"),
            ("We recognise that some patients", "Ian Ferrier"),
            ("When we can't get people", "Ian Ferrier"),
            ("We expect NHS Highland to", "spokesperson"),
        ],
    ),
    (
        """Council backs £38m cuts package as libraries face closure

By Alasdair Rennie
Local Government Correspondent

SIX libraries and two leisure centres are set to close after councillors in West Clyde approved one of the deepest cuts packages in the local authority’s history.

The SNP-led administration’s budget, passed by 22 votes to 19 at a heated meeting in Port Callan on Thursday, will also see council tax rise by 8 per cent and around 240 posts lost over two years.

Council leader Gillian Moffat said the authority had been left with “no good options” after years of real-terms reductions in its funding settlement.

“Nobody came into local politics to close libraries,” she told the chamber. “But we have a legal duty to set a balanced budget, and every single alternative put to us today would have meant deeper cuts to social work or to schools.

“I would ask those who are shouting loudest this afternoon to show us where else the money comes from.”

Labour group leader Councillor Tom Brannigan accused the administration of “hiding behind Holyrood” and said communities in the east of the authority had been “hit hardest, again”.

He told reporters outside the chamber: “Millbrae library is the only warm, free space for a mile in any direction. Closing it is a choice, and it is the wrong one.”

Before the meeting, around 150 protesters from the “Hands Off Our Libraries” campaign gathered outside the council headquarters.

Campaign organiser Denise Fairlie, a retired teacher, said the group would now consider a legal challenge.

“We handed in a petition with more than 11,000 signatures and I don’t think a single councillor on the administration side read it,” she said. “This isn’t over.”

A report by the council’s director of finance, Ross Kerrigan, warned that reserves were at a “critically low level” and that the authority would still face a funding gap of £21m in 2026/27 even after the cuts.

The council said the job losses would be made through voluntary redundancy “as far as possible”, but Lorraine Quigley, secretary of the council’s largest trade union branch, said members were “angry and frightened”.

A spokesman for the Scottish Government said councils were receiving record funding of more than £14 billion this year.

“Local authorities are independent bodies responsible for managing their own budgets, including decisions on local services,” he said.""",
        [
            ("no good options", "Gillian Moffat"),
            ("Nobody came into local politics", "Gillian Moffat"),
            ("But we have a legal", "Gillian Moffat"),
            ("I would ask those who", "Gillian Moffat"),
            ("hiding behind Holyrood", "Tom Brannigan"),
            ("hit hardest, again", "Tom Brannigan"),
            ("Millbrae library is the only", "Tom Brannigan"),
            ("We handed in a petition", "Denise Fairlie"),
            ("This isn’t over.", "Denise Fairlie"),
            ("critically low level", "Ross Kerrigan"),
            ("as far as possible", "West Clyde Council"),
            ("angry and frightened", "Lorraine Quigley"),
            ("Local authorities are independent bodies", "spokesman"),
        ],
    ),
    (
        """Parents vow to fight plans to mothball village school with just nine pupils

By Kirsty Ogilvie

Parents in a north-east village have vowed to fight plans to mothball their primary school, which has just nine pupils on its roll.

Buchan Council's education committee will next week be asked to approve a consultation on temporarily suspending education at Glenkindrie School from August.

The remaining pupils would be taken by bus to Strathlene Primary, eight miles away.

A council report says the school, built in 1874, needs £640,000 of repairs to its roof and heating system and has struggled to recruit a permanent head teacher for three years.

It states: "Officers do not consider that the current arrangements provide a sustainable learning environment, either educationally or financially."

But parent council chairwoman Lynsey Duguid said the village would "lose its heart" if the school shut.

"Mothballing is just closure by the back door, and everyone in Glenkindrie knows it," said the mother-of-two.

"Once a school shuts its doors, families with young children stop moving here. Then the shop goes, then the hall. We've watched it happen in glens all over the north-east."

She said parents had been given less than a fortnight's notice of the committee report and had first learned of it through social media.

Local councillor Jim Sangster, who represents the Upper Buchan ward, said he had "real sympathy" with families but accepted the school faced difficulties.

He added: "I will be asking officers to set out exactly what would have to happen for the school to reopen, because if mothballing is genuinely temporary, the community deserves a clear route back."

North East Conservative MSP Hamish Rattray has written to the council's chief executive describing the handling of the proposal as "shambolic".

A Buchan Council spokeswoman said no decision had yet been taken.

She said: "Any proposal would be subject to full statutory consultation, and we would encourage parents, pupils and the wider community to take part and make their views known."

The education committee meets on Tuesday.""",
        [
            ("Officers do not consider that", "Buchan Council"),
            ("lose its heart", "Lynsey Duguid"),
            ("Mothballing is just closure by", "Lynsey Duguid"),
            ("Once a school shuts its", "Lynsey Duguid"),
            ("real sympathy", "Jim Sangster"),
            ("I will be asking officers", "Jim Sangster"),
            ("shambolic", "Hamish Rattray"),
            ("Any proposal would be subject", "spokeswoman"),
        ],
    ),
    (
        """Birth centre to shut for at least six months because of midwife shortages

Women due to give birth in the upper Aran Valley will face a journey of more than 20 miles after a health board confirmed its only midwife-led unit in the area will close for at least six months.

Glamorgan Valleys University Health Board said the birth centre at Ysbyty Cwm Aran in Tonyfelin would stop offering births from March 3 because it did not have enough midwives to staff it safely.

In a statement, the health board said: "The safety of mothers and babies must always be our first priority. We have not taken this decision lightly, and we understand how disappointing it will be for families who had planned to give birth locally."

Around 140 women a year give birth at the unit. They will now be offered care at the Royal Morgannwg Hospital in Pontcaerau, which has a consultant-led obstetric unit.

The health board's director of midwifery, Sian Prosser, said 11 of the unit's 27 midwife posts were currently vacant.

"We've recruited a cohort of newly qualified midwives who will join us in the autumn, and our intention is absolutely to reopen the birth centre once they're in post," she said.

Antenatal and postnatal appointments will continue at Ysbyty Cwm Aran, the board said.

But Rhian Beddoe, who gave birth to her second child at the centre last year, said the news was "heartbreaking".

"It's such a calm, lovely place and the midwives were incredible," the 29-year-old said. "Now you've got women in labour having to drive down the valley on a road that floods every winter. There's no decent bus at night. What happens if somebody doesn't make it?"

Plaid Cymru Senedd member for the area Delyth Morse said the unit had been closed temporarily twice in the last four years.

"Temporary closures have a habit of becoming permanent ones," she said. "People in the valley have heard all the reassurances before, and they've stopped believing them."

A petition calling on the board to reverse the decision had gathered more than 3,000 signatures by Thursday evening.

A Welsh Government spokesperson said: "Health boards are responsible for planning and delivering maternity services safely for their populations. We expect the health board to engage fully with local families and to set out a clear timetable for reopening the unit.\"""",
        [
            ("The safety of mothers and", "Glamorgan Valleys University Health Board"),
            ("We've recruited a cohort of", "Sian Prosser"),
            ("heartbreaking", "Rhian Beddoe"),
            ("It's such a calm, lovely", "Rhian Beddoe"),
            ("Now you've got women in", "Rhian Beddoe"),
            ("Temporary closures have a habit", "Delyth Morse"),
            ("People in the valley have", "Delyth Morse"),
            ("Health boards are responsible for", "spokesperson"),
        ],
    ),
    (
        """Council tax to rise by 9.5% in Dyfnant

Householders in Dyfnant will see their council tax bills rise by 9.5% from April after councillors narrowly approved the authority's budget.

The increase, which adds about £165 a year to a typical Band D bill, was passed by 31 votes to 28 at a meeting of Dyfnant County Council in Llanwyddan on Wednesday.

The council said it faced a £24.6m shortfall, driven largely by rising demand for social care and the cost of school transport.

According to a council report, its reserves are "at their lowest level for a decade".

Council leader Gareth Penry, of the Independent group, described it as "the hardest budget this council has ever had to set".

"I know that for many families this will be a difficult increase on top of everything else they are paying for," he said.

"But the alternative was to cut into services that the most vulnerable people in this county rely on every single day, and I was not prepared to do that."

The budget also includes the closure of seven public toilets, less frequent grass cutting and a 5% reduction in funding for the county's museums.

Plaid Cymru councillor Non Griffiths said the rise would "push families who are already struggling over the edge".

Speaking to BBC Radio Cymru, she said the administration had failed to find enough savings in its own back office. "They've asked residents to pay more for less, again," she said.

Last month a letter signed by 40 head teachers in the county warned that schools were "at breaking point" after several years of reduced budgets.

The final budget protects delegated school budgets from cuts in the coming year, although they will not rise in line with inflation.

In Llanwyddan town centre on Thursday morning, shoppers were largely resigned to the news.

Malcolm Pritchard, 74, from Cwmhelyg, said: "It goes up every year and the bins get emptied less."

"I'm not sure what we're paying for any more, to be honest," he added.

Bills for the new financial year will be sent to households in March.""",
        [
            ("at their lowest level for", "Dyfnant County Council"),
            ("the hardest budget this council", "Gareth Penry"),
            ("I know that for many", "Gareth Penry"),
            ("But the alternative was to", "Gareth Penry"),
            ("push families who are already", "Non Griffiths"),
            ("They've asked residents to pay", "Non Griffiths"),
            ("at breaking point", "head teachers in the county"),
            ("It goes up every year", "Malcolm Pritchard"),
            ("I'm not sure what we're", "Malcolm Pritchard"),
        ],
    ),
    (
        """Anger as village GP surgery set to close leaving 4,100 patients to find new doctor

Hundreds of people packed a village hall to voice their anger over plans to close the only GP surgery serving a string of coastal communities.

Meddygfa Bryn Eithin in Porth Elian will close on June 30 after its two remaining partners handed their contract back to North West Wales University Health Board.

The health board said it had been unable to find another practice willing to take on the contract, and patients would instead be shared between surgeries in Llanfeirian and Rhosfawr.

At a public meeting on Monday night, retired fisherman Emyr Hughes, 81, said he would face a 14-mile round trip to see a doctor.

"I don't drive any more and the bus goes twice a day if you're lucky," he told the meeting. "They'll tell you to ring at eight in the morning, and by five past eight there's nothing left. I'll just not bother, and that's what worries me."

The practice's senior partner, Dr Anwen Roberts, said in a letter to patients that the decision had been taken "with great sadness".

"Despite repeated attempts over more than two years, we have been unable to recruit a single salaried GP to the practice," the letter said.

"We are both now working hours which we do not believe are safe, for ourselves or for our patients."

The health board's assistant director of primary care, Gareth Wyn Owen, told the meeting the board was "actively exploring" whether a branch surgery could be kept open in the village one or two days a week.

"I want to be honest with people tonight: I can't promise you that a doctor will be based in Porth Elian after June," he said. "What I can promise is that nobody will be left without a GP."

His comments were met with heckling from parts of the hall, with one woman shouting: "You said that about the pharmacy!"

The village lost its pharmacy in 2022, and its bank branch closed two years earlier.

County councillor Menna Parry-Hughes said the surgery's closure would be "the final straw" for many older residents.

A health board spokesperson later said: "We will write to every patient directly well before the practice closes, explaining which surgery they have been allocated to. Patients do not need to do anything at this stage.\"""",
        [
            ("I don't drive any more", "Emyr Hughes"),
            ("They'll tell you to ring", "Emyr Hughes"),
            ("with great sadness", "Anwen Roberts"),
            ("Despite repeated attempts over more", "Anwen Roberts"),
            ("We are both now working", "Anwen Roberts"),
            ("actively exploring", "Gareth Wyn Owen"),
            ("I want to be honest", "Gareth Wyn Owen"),
            ("What I can promise is", "Gareth Wyn Owen"),
            ("You said that about the", "woman"),
            ("the final straw", "Menna Parry-Hughes"),
            ("We will write to every", "spokesperson"),
        ],
    ),
    (
        """Council apologises as pothole repair backlog hits 9,000

By Neil Drummond

A Scottish council has apologised to residents after it emerged that more than 9,000 reported potholes are waiting to be repaired, the highest figure on record.

Figures released to The Scotsman under freedom of information legislation show Kinross and Ochil Council had a backlog of 9,216 potholes at the end of January, up from 5,400 a year earlier.

An independent review commissioned by the council last year, titled “Fixing the Foundations”, found the authority’s roads maintenance budget had fallen by 31 per cent in real terms since 2014.

The council’s environment convener, Councillor Shona Baird, said she was “genuinely sorry” for the disruption caused to drivers, cyclists and bus passengers.

“Residents are right to be frustrated. I drive on these roads too,” she said. “Our crews are out every day, but the freeze-thaw cycle this winter has been brutal and we are simply running to stand still.”

Ms Baird said an extra £2.5 million had been set aside for road repairs in the coming financial year, including a new “find and fix” squad which will repair smaller defects on the spot rather than logging them for later.

Derek Ainslie, chairman of Ochil Wheelers cycling club, said one of its members had broken his collarbone after hitting a pothole on the Glendevon road in November.

“It is only a matter of time before someone is killed,” Mr Ainslie said. “We’ve been reporting the same holes for months. Some of them have been painted round so many times they look like modern art.”

Conservative councillor Graeme Nicol said the SNP administration had “taken its eye off the ball”, adding that the council had paid out £186,000 in compensation for vehicle damage over the past three years.

According to the council’s own performance figures, only 41 per cent of category two defects were repaired within the target of five working days last year.

A council spokesman said: “Dangerous defects are always prioritised and made safe within 24 hours. We would encourage anyone who spots a pothole to report it through our website or app so that it can be assessed.”""",
        [
            ("genuinely sorry", "Shona Baird"),
            ("Residents are right to be", "Shona Baird"),
            ("Our crews are out every", "Shona Baird"),
            ("It is only a matter", "Derek Ainslie"),
            ("We’ve been reporting the same", "Derek Ainslie"),
            ("taken its eye off the", "Graeme Nicol"),
            ("Dangerous defects are always prioritised", "spokesman"),
        ],
    ),
    (
        """Islanders ‘let down’ as Cairnsay hospital beds shut for summer

By Catriona MacKinnon

Inpatient beds at Cairnsay’s only hospital are to close for three months this summer because of a shortage of nursing staff, health chiefs have confirmed.

The six-bed ward at Cairnsay Memorial Hospital in Port Mhairi will close from June 9 until at least September 1, with patients who need admission transferred to the mainland by ferry or air ambulance.

The Lorne and Islands Health and Social Care Partnership said the minor injuries unit and the out-of-hours GP service on the island would not be affected.

In a statement, the partnership said: ‘We have explored every possible option, including agency and bank staff, but we cannot safely staff the ward at night over the summer period. This is a temporary measure and we are committed to reopening the beds as soon as possible.’

The news has been met with dismay on the island, where the hospital was built by public subscription in 1928.

Cairnsay Community Council chairman Angus Munro said islanders felt ‘let down and ignored’.

‘We were told in the spring that the staffing position was improving,’ he said. ‘Now we learn, through a press release, that the ward is closing in the busiest three months of the year, when the population of the island more than doubles.

‘If you’re elderly and you need a bed, you’ll be sent away on a ferry that breaks down every second week, to a hospital where your family can’t visit you without a two-day trip.’

One nurse at the hospital, who asked not to be named, told the Chronicle the decision had been ‘coming for months’.

‘Staff have been begging for help since last year,’ she said. ‘We’ve had people working 60-hour weeks to keep the ward open, and they’re exhausted.’

Highlands and Islands MSP Ruaridh Maclean said he would raise the closure with the health secretary, describing it as ‘utterly unacceptable’ for a community with no road link to the mainland.

The partnership’s chief officer, Elaine Strachan, is due to attend a public meeting in Port Mhairi village hall on May 22.

‘I absolutely understand the strength of feeling on Cairnsay, and I want to hear directly from the community about how we can best support them over the summer,’ she said.""",
        [
            ("let down", "Angus Munro"),
            ("We have explored every possible", "Lorne and Islands Health and Social Care Partnership"),
            ("let down and ignored", "Angus Munro"),
            ("We were told in the", "Angus Munro"),
            ("Now we learn, through a", "Angus Munro"),
            ("If you’re elderly and you", "Angus Munro"),
            ("coming for months", "nurse at the hospital"),
            ("Staff have been begging for", "nurse at the hospital"),
            ("We’ve had people working 60-hour", "nurse at the hospital"),
            ("utterly unacceptable", "Ruaridh Maclean"),
            ("I absolutely understand the strength", "Elaine Strachan"),
        ],
    ),
]
