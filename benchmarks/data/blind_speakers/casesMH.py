CASES = [
    (
        """Councillors approve 140 homes at Ledbrook despite hundreds of objections

By Tom Whitcombe, Local Democracy Reporter

PLANS for 140 new homes on farmland at the edge of Ledbrook have been approved despite more than 300 objections from residents.

Wyeside Council's planning committee voted seven to four on Wednesday to grant outline permission to Marcher Land Developments for the site off Brockhill Road.

Residents packed into the council chamber at Plough Lane to hear the debate, with several speaking against the scheme.

Ruth Apperley, who chairs the Ledbrook Residents' Association, told the committee the town's infrastructure was "already at breaking point".

"Our GP surgery has a three-week wait for a routine appointment, the primary school is full and the B4220 floods every winter," she said. "Adding another 140 households without a single extra doctor or classroom is simply not sustainable."

Ledbrook Town Council also objected. In a written submission, it said the development would "swamp the historic character" of the town and put further pressure on drainage.

But Guy Hallam, planning agent for the applicant, said the scheme would deliver much-needed affordable housing.

"Forty per cent of these homes will be affordable, which is well above what is required," Mr Hallam said. "There are young families in Ledbrook who cannot afford to stay in the town where they grew up. This development gives them that chance."

He added that the company would contribute £680,000 towards education and highways improvements through a section 106 agreement.

Council officers had recommended approval, noting that Wyeside cannot currently demonstrate a five-year supply of housing land. In those circumstances the so-called "tilted balance" applies, meaning permission should normally be granted unless the harm clearly outweighs the benefits.

Cllr Diane Pritchard (Independent, Ledbrook), whose ward includes the site, said she was "bitterly disappointed" by the decision.

"I've had residents in tears on the phone about this," she said. "People feel their views count for nothing."

Committee chairman Cllr Peter Oakes said members had to make decisions on planning grounds alone.

"We understand the strength of feeling, but we have to apply national policy, and if we refused this we would very likely lose at appeal and face costs," he said.

A reserved matters application setting out the detailed design is expected later this year.""",
        [
            ("already at breaking point", "Ruth Apperley"),
            ("Our GP surgery has", "Ruth Apperley"),
            ("Adding another 140 households", "Ruth Apperley"),
            ("swamp the historic character", "Ledbrook Town Council"),
            ("Forty per cent of these", "Guy Hallam"),
            ("There are young families in", "Guy Hallam"),
            ("bitterly disappointed", "Diane Pritchard"),
            ("I've had residents in tears", "Diane Pritchard"),
            ("People feel their views count", "Diane Pritchard"),
            ("We understand the strength of", "Peter Oakes"),
        ],
    ),
    (
        """Parents vow to fight on as council votes to shut village school

Campaigners say the decision will “rip the heart out” of the community

By Carys Lloyd

Parents have vowed to continue their fight to save a rural primary school near Llanhafren after councillors voted to close it next summer.

Teifi County Council’s cabinet agreed on Tuesday to shut Ysgol Bryngwyn, which has 31 pupils, in August 2025 and move the children to Ysgol Gynradd Llanhafren, four miles away.

The council says falling rolls and the cost of maintaining the 1890s building mean the school is no longer viable. Each empty place costs around £2,400 a year, according to a report presented to cabinet.

Cabinet member for education Cllr Meirion Pugh said it had been “one of the hardest decisions” he had faced in public life.

“I know how much Bryngwyn means to the families who use it and to the wider village,” he said. “But we have a duty to give every child in the county the best possible education, and a school where seven year groups are taught in two classes cannot offer the breadth of curriculum our children deserve.”

He said the council would provide free transport for all pupils and that Welsh-medium provision would be protected.

But Sioned Rees, chair of the Save Ysgol Bryngwyn group and mother of two pupils, said families felt “completely ignored”.

“More than 90 per cent of people who responded to the consultation opposed this,” she said outside County Hall in Aberhafren. “Nobody from cabinet has come to the school to see what we do here. They have made up their minds from a spreadsheet, and it will rip the heart out of Bryngwyn.”

She said young children would face a 25-minute journey each way on narrow lanes, adding: “In winter that road is treacherous. We are genuinely worried for their safety.”

The group says it is considering asking for the decision to be called in by the council’s scrutiny committee and has not ruled out a complaint to the Welsh Government.

Local councillor Elfed Morgan (Plaid Cymru, Bryngwyn and Cwmdu), who is not a cabinet member, spoke against the closure at the meeting.

“When the school goes, the young families go, and when the young families go, the village dies,” he told cabinet. “We have seen it happen in valley after valley.”

A council spokesperson said: “The council has considered all responses to the statutory consultation very carefully, along with the community impact assessment. We will work closely with both schools, staff and parents to ensure a smooth transition for every pupil.”

Any call-in request must be made within five working days.""",
        [
            ("rip the heart out", "campaigners"),
            ("one of the hardest decisions", "Meirion Pugh"),
            ("I know how much Bryngwyn", "Meirion Pugh"),
            ("But we have a duty", "Meirion Pugh"),
            ("completely ignored", "Sioned Rees"),
            ("More than 90 per cent", "Sioned Rees"),
            ("Nobody from cabinet has come", "Sioned Rees"),
            ("In winter that road is", "Sioned Rees"),
            ("When the school goes, the", "Elfed Morgan"),
            ("We have seen it happen", "Elfed Morgan"),
            ("The council has considered all", "spokesperson"),
        ],
    ),
    (
        """Bus cuts will leave town 'cut off', say passengers

Passengers in a border market town say they will be "cut off" from hospitals, colleges and jobs after an operator announced it is scrapping evening and Sunday buses.

Marchway Buses said the 553 service between Wemstow and Castlebridge would finish at 18:30 on weekdays from 1 September, with no Sunday journeys at all.

The company blamed falling passenger numbers, rising costs and the end of a council subsidy.

Pensioner Margaret Ellery, 78, who does not drive, uses the bus three times a week to visit her husband in a care home in Castlebridge.

"I go on a Sunday because that's when the grandchildren can come with me," she said. "Now I don't know how I'll get there. A taxi is £35 each way. I simply can't afford that."

Student Jack Barnett, 17, who travels to Castlebridge College, said the last bus home would leave before some of his classes finished.

"Some of us have got lessons till half five and then you've got to get across town to the bus station," he said. "If you miss it, that's it. There's nothing else."

In a statement, Marchway Buses said it had "explored every option" before making the changes.

"Passenger numbers on evening and Sunday journeys on the 553 have fallen by more than 40% since 2019, and the fare income no longer covers even the cost of the fuel," it said.

"Without ongoing financial support we are unable to keep running these journeys, and we are sorry for the inconvenience this will cause."

Wemstow is covered by Broadmarsh Council, which withdrew £210,000 of annual bus support in its February budget.

Councillor Andrew Leach, the council's cabinet member for transport, said the authority had faced "impossible choices".

"We have a legal duty to fund adult social care and children's services, and those budgets are under enormous pressure," he said.

"Nobody wanted to see these cuts, and we are talking to operators about whether a demand-responsive service could fill some of the gaps."

Wemstow Town Council chairwoman Helen Price said the town council was prepared to help.

"We can't fill a £200,000 hole on our own, but we would be willing to sit down with Broadmarsh and the operator and see what can be done," she said.

Opposition Liberal Democrat group leader Sarah Quayle described the cuts as "a false economy" and said people without cars would end up "stuck at home, lonely and unwell".

According to the Rural Transport Alliance, almost a quarter of bus routes in the region have been lost in the past decade.""",
        [
            ("cut off", "passengers"),
            ("cut off", "passengers"),
            ("I go on a Sunday", "Margaret Ellery"),
            ("Now I don't know how", "Margaret Ellery"),
            ("Some of us have got", "Jack Barnett"),
            ("If you miss it, that's", "Jack Barnett"),
            ("explored every option", "Marchway Buses"),
            ("Passenger numbers on evening and", "Marchway Buses"),
            ("Without ongoing financial support we", "Marchway Buses"),
            ("impossible choices", "Andrew Leach"),
            ("We have a legal duty", "Andrew Leach"),
            ("Nobody wanted to see these", "Andrew Leach"),
            ("We can't fill a £200,000", "Helen Price"),
            ("a false economy", "Sarah Quayle"),
            ("stuck at home, lonely and", "Sarah Quayle"),
        ],
    ),
    (
        """Town council meeting abandoned after row over market hall lease

By Nia Howells

A TOWN council meeting in Pencarreg was abandoned on Monday night after a heated row over the future of the town's Victorian market hall.

Members of Pencarreg Town Council had been due to discuss a proposal to lease the building to a private company, Hallmark Leisure Ltd, which wants to turn it into a food hall with a bar and live music venue.

But the meeting descended into chaos when around 60 members of the public began heckling, and mayor Cllr Gareth Bowen adjourned proceedings after less than 40 minutes.

Cllr Bowen later said he had 'no choice' but to stop the meeting.

'I have been on this council for 14 years and I have never seen anything like it,' he said. 'People are entitled to their views, and I absolutely respect the passion there is for the market hall, but council staff were being shouted at and that is not acceptable.'

Market traders, some of whom have held stalls in the hall for more than 30 years, fear they will be priced out under the new arrangement.

Butcher Alun Jenkins, whose family has traded in the hall since 1962, said: 'We've been told nothing. We found out about this from Facebook. If they turn it into a bar, where do we go?'

Another trader, who did not want to be named, said stallholders had been 'treated like an afterthought'.

Hallmark Leisure director Owen Prosser said the company wanted to work with existing traders.

'There's a real opportunity to bring the market hall back to life, seven days a week,' he said. 'Our plans include space for traditional stalls alongside the food offer. We are not here to push anyone out.'

Mr Prosser said the company would invest around £1.2million in repairs to the roof and heating, which the council says it cannot afford.

The building needs urgent work costing at least £900,000, and the council's reserves stand at just £140,000. Town clerk Rhian Matthews warned in a report to councillors that without investment the hall 'may have to close on safety grounds within two years'.

Opposition councillor Lowri Evans, who has called for the market hall to be transferred to a community trust, said the public had been shut out of the process.

'This has all been done behind closed doors,' she said. 'The people of Pencarreg own that building. They should decide its future, not a handful of councillors in a back room.'

The council said the meeting would be rescheduled and held at the larger Memorial Hall to accommodate members of the public.

A statement from the council said: 'No decision has been made on the future of the market hall. Any proposal will be subject to full public consultation.'""",
        [
            ("no choice", "Gareth Bowen"),
            ("I have been on this", "Gareth Bowen"),
            ("People are entitled to their", "Gareth Bowen"),
            ("We've been told nothing.", "Alun Jenkins"),
            ("treated like an afterthought", "trader"),
            ("There's a real opportunity to", "Owen Prosser"),
            ("Our plans include space for", "Owen Prosser"),
            ("may have to close on", "Rhian Matthews"),
            ("This has all been done", "Lowri Evans"),
            ("The people of Pencarreg own", "Lowri Evans"),
            ("No decision has been made", "Pencarreg Town Council"),
        ],
    ),
    (
        """Traders fear for high street as inspector allows Pricewell store

By Daniel Corbett

A discount supermarket will be built on the edge of Kingsmere after a government planning inspector overturned the district council’s decision to refuse it.

Pricewell applied last year to build a 1,900 square metre store with 120 parking spaces on the former Kingsmere Creamery site on Ludford Road.

South Marches District Council’s planning committee rejected the scheme in October, against the advice of its own officers, saying it would harm the vitality of the town centre.

But in a decision published on Friday, inspector Claire Dunning said the council had failed to provide evidence to support that claim.

In her report, Ms Dunning wrote that the store would “largely compete with existing out-of-centre foodstores” rather than with shops on the High Street, and that any impact on the town centre would be “not significant”.

She also awarded partial costs against the council, which could run to tens of thousands of pounds.

Pricewell welcomed the decision. “We are delighted that the inspector has recognised the benefits our new store will bring to Kingsmere, including around 40 new jobs and greater choice for local shoppers,” the company said.

It said it hoped to open the store by the end of next year.

Town centre traders reacted with dismay. Jenny Whitlow, who runs Whitlow’s Deli on Broad Street and chairs the Kingsmere Traders’ Association, told the Advertiser the decision was “a kick in the teeth”.

“We’ve already lost the bank, the post office has moved into the back of the newsagent and we’ve got six empty units,” she said. “Every pound that goes out to the edge of town is a pound that isn’t spent here.

“I’m not against Pricewell. People want cheap food, I understand that. But nobody from the inspectorate ever asked us what this would do to the town.”

Cllr Tom Harker, chairman of the district council’s planning committee, defended the original decision.

“Members took a view based on what they heard from residents and businesses, and I stand by that,” he said. “We will study the inspector’s report carefully, including what it says about costs.”

But Cllr Anne Verity, leader of the council’s Liberal Democrat group, said the authority had been warned.

“Officers told the committee in black and white that a refusal could not be defended at appeal,” she said. “Now taxpayers are going to foot the bill for a decision that was always going to be overturned.”

A spokeswoman for South Marches District Council said it was “too early” to say how much the council would have to pay.""",
        [
            ("largely compete with existing out-of-centre", "Claire Dunning"),
            ("not significant", "Claire Dunning"),
            ("We are delighted that the", "Pricewell"),
            ("a kick in the teeth", "Jenny Whitlow"),
            ("We’ve already lost the bank,", "Jenny Whitlow"),
            ("Every pound that goes out", "Jenny Whitlow"),
            ("I’m not against Pricewell.", "Jenny Whitlow"),
            ("Members took a view based", "Tom Harker"),
            ("We will study the inspector’s", "Tom Harker"),
            ("Officers told the committee in", "Anne Verity"),
            ("Now taxpayers are going to", "Anne Verity"),
            ("too early", "spokeswoman"),
        ],
    ),
    (
        """Bus station site to be sold for housing as council seeks to plug £8m gap

By Llinos Parry

A MARKET town's bus station is to close and the land sold for housing as a cash-strapped council looks to balance its books.

Members of Gwynant County Council's cabinet approved the disposal of the Caerfaen bus station site on Stryd y Farchnad on Thursday. Buses will instead stop at new shelters on Ffordd yr Orsaf from next spring.

The sale is expected to raise around £650,000, according to council estimates, and the site has been earmarked for up to 24 affordable flats.

Council leader Cllr Dewi Harries said the authority was facing "the most difficult financial position in its history".

"We have an £8.2m gap to close next year and we simply cannot afford to hold on to assets that cost us money to maintain," he told the meeting.

He said the bus station, built in 1974, needed new roofing, drainage and toilets at a cost of more than £300,000.

"Passengers will still have somewhere sheltered to wait, with real-time information screens, and the site will provide homes for local people, which this town badly needs," he added.

But bus users and some councillors questioned whether on-street stops would be safe or suitable.

Cllr Menna Wyn Lewis, who represents Caerfaen North, said: "Stryd y Farchnad isn't perfect, but it has toilets, it has a waiting room, and it's somewhere older people feel safe on a dark winter afternoon. Shelters on a busy main road are no substitute."

Mike Thorne, secretary of the Caerfaen and District Bus Users' Group, said the group had collected more than 1,100 signatures on a petition against the closure.

He said members were "angry but not surprised" and accused the council of treating bus passengers as "second-class citizens".

"Every time money is tight, it's the people who don't have cars who lose out," he said.

One senior council officer, speaking privately, said the bus station had been on a list of possible disposals "for years" and the only surprise was that it had survived this long.

Cambrian Link, which runs most services from the town, said it had been consulted on the plans.

"We'll work with the council to make sure the new stops are ready before the bus station closes, so that passengers aren't left without somewhere to wait," a Cambrian Link spokesman said.

The Welsh Government, which is preparing to bring bus services under a franchising model, said decisions over bus station sites were a matter for local authorities.""",
        [
            ("the most difficult financial position", "Dewi Harries"),
            ("We have an £8.2m gap", "Dewi Harries"),
            ("Passengers will still have somewhere", "Dewi Harries"),
            ("Stryd y Farchnad isn't perfect,", "Menna Wyn Lewis"),
            ("angry but not surprised", "Mike Thorne"),
            ("second-class citizens", "Mike Thorne"),
            ("Every time money is tight,", "Mike Thorne"),
            ("for years", "senior council officer"),
            ("We'll work with the council", "spokesman"),
        ],
    ),
    (
        """Parents' shock as trust announces Ashcombe primary will close in July

By Sophie Latimer

Parents at a primary school in Market Ashcombe have been told it will close at the end of the summer term, giving families less than five months to find new places for their children.

The Vale Learning Partnership, which runs Ashcombe Church of England Primary School and 11 other academies, announced the decision in a letter to parents on Friday afternoon.

The letter said the school had "not been financially sustainable for some time" and that pupil numbers had fallen from 186 in 2018 to 97 this year.

"The trustees have not taken this decision lightly," it continued. "We recognise the distress it will cause and we are committed to supporting every family to secure a place at a nearby school."

Parents gathered at the school gates on Monday morning, many still angry at the way the news was delivered.

Lucy Fairbrother, whose twin daughters are in Year 2, said: "We got a letter in the book bag at quarter past three on a Friday. No meeting, no warning, nothing. My girls came out of school happy and I had to tell them their school was closing."

Another parent, who asked not to be named because she works for the trust, said staff had been "kept in the dark until the last minute".

Headteacher Mark Delaney, who joined the school in September, said he understood parents' frustration.

"This is a school with a wonderful family feel and brilliant children, and I'm heartbroken," he told the Gazette. "My priority now is making sure the children have the best possible final months here, and that every one of them has a smooth move."

The nearest alternative schools are St Michael's in Ashcombe Magna, two miles away, and Westgate Primary in the town, which is understood to have around 20 spare places.

Rob Tandy, the county councillor for Ashcombe, said he had asked the trust's chief executive, Dr Helen Garside, to meet parents urgently.

"Academy trusts may not answer to the county council, but they do answer to this community," Mr Tandy said. "People deserve to hear directly from the people who made this decision."

Dr Garside said in a statement that she would attend a meeting for parents at the school next week.

"I fully appreciate the strength of feeling," she said. "I want to listen to families, answer their questions honestly and explain how we reached this point."

A Selwood County Council spokesperson said the authority would "do everything it can" to help families find places for September.""",
        [
            ("not been financially sustainable for", "Vale Learning Partnership"),
            ("The trustees have not taken", "Vale Learning Partnership"),
            ("We recognise the distress it", "Vale Learning Partnership"),
            ("We got a letter in", "Lucy Fairbrother"),
            ("kept in the dark until", "parent"),
            ("This is a school with", "Mark Delaney"),
            ("My priority now is making", "Mark Delaney"),
            ("Academy trusts may not answer", "Rob Tandy"),
            ("People deserve to hear directly", "Rob Tandy"),
            ("I fully appreciate the strength", "Helen Garside"),
            ("I want to listen to", "Helen Garside"),
            ("do everything it can", "spokesperson"),
        ],
    ),
    (
        """Free parking to end in Norbridge despite ‘Keep It Free’ campaign

By Harriet Mallory

FREE parking in Norbridge town centre will end in April after district councillors voted narrowly to introduce charges at three car parks.

The decision by Wold and Vale District Council’s cabinet, at a meeting on Tuesday that ran for more than four hours, means drivers will pay £1.20 for an hour and £4 for a full day at the Cattle Market, Church Lane and Mill Street car parks. The first 30 minutes will be free.

More than 4,000 people signed a petition organised by the ‘Keep It Free’ campaign, which was presented to the council before the vote.

Campaign organiser Sue Hendry, who runs a florist’s on Market Place, told the meeting that charges would be ‘the final nail in the coffin’ for independent shops.

‘People come to Norbridge rather than the big retail parks because it’s easy and it’s free,’ she said. ‘Take that away and they’ll go to Kelsham, where at least there’s a big supermarket.

‘We’re not asking for favours. We’re asking the council not to kill the goose that lays the golden egg.’

Cabinet member for finance Cllr Robert Ainsley said the council had to find £1.4m of savings and that Norbridge was one of only two towns in the district where parking was still free.

‘It is simply not fair that residents in Kelsham and Brampton pay to park while Norbridge does not, and all council tax payers across the district pick up the cost of maintaining these car parks,’ he said.

According to the council’s ‘Norbridge Car Parks Review’, published last month, the three car parks are used by an average of 1,150 vehicles a day. Charges are expected to raise around £180,000 a year.

Independent councillor Maggie Doyle, who represents Norbridge East, said the cabinet had ignored the outcome of its own consultation, in which 82 per cent of respondents opposed charges.

‘What was the point of asking people if you were going to do it anyway?’ she asked.

Conservative group leader Cllr Ian Bellamy said his group would ask for the decision to be called in, describing it as ‘a tax on the high street’.

The Norbridge Chamber of Trade said in a statement that its members were ‘deeply disappointed’ and would be seeking an urgent meeting with council leader Cllr Fiona Marsh.

Cllr Marsh said she was happy to meet traders. ‘My door is always open,’ she said. ‘We have listened, which is why we have introduced free half-hour parking and a lower rate for the first hour than officers originally proposed.’

The charges are due to come into force on April 1.""",
        [
            ("the final nail in the", "Sue Hendry"),
            ("People come to Norbridge rather", "Sue Hendry"),
            ("Take that away and they’ll", "Sue Hendry"),
            ("We’re not asking for favours.", "Sue Hendry"),
            ("It is simply not fair", "Robert Ainsley"),
            ("What was the point of", "Maggie Doyle"),
            ("a tax on the high", "Ian Bellamy"),
            ("deeply disappointed", "Norbridge Chamber of Trade"),
            ("My door is always open,", "Fiona Marsh"),
            ("We have listened, which is", "Fiona Marsh"),
        ],
    ),
]
