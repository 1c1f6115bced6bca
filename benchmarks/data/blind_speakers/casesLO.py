CASES = [
    (
        """Nurses at Calderbrook hospitals to strike for 48 hours next week

By Joanne Pickering, Health Reporter

Nurses at Calderbrook Royal Infirmary and Moorside General Hospital will walk out for 48 hours from next Tuesday after talks over staffing levels and pay banding collapsed.

The Union of Health and Care Nurses (UHCN) said more than 900 of its members at Calder Valley Hospitals NHS Foundation Trust would take part in the action, with only emergency and critical care services staffed during the walkout.

Regional organiser Denise Hartley said the decision had not been taken lightly. "Nobody goes into nursing wanting to stand on a picket line," she said. "But our members have been working short-staffed shift after shift, and they have been told for two years that things will get better. They haven't."

She added that healthcare assistants who had been "doing the job of a band 5 nurse on band 2 pay" were owed years of back pay, and said the trust's latest offer was "nowhere near enough to put this right".

The trust's chief nurse, Andrew Holroyd, said patients should continue to attend appointments unless they had been contacted.

"We respect our colleagues' right to take industrial action and we remain committed to reaching an agreement," he said. "Our priority is keeping patients safe, and we have detailed plans in place to do that."

The trust said around 1,400 outpatient appointments and 60 planned operations were likely to be rescheduled. In a statement, it said: "Anyone whose appointment is affected will be contacted directly. If you have not heard from us, please attend as normal."

Calderbrook South MP Rachel Okafor said she had written to the health secretary urging ministers to intervene.

"These nurses are not asking for the moon. They are asking to be paid for the work they already do," Ms Okafor said.

Margaret Sykes, 71, who chairs the Calder Patients' Forum and has been treated at the infirmary for a heart condition, said she supported the nurses but was worried about the knock-on effect on waiting lists.

"I've nothing but admiration for the nurses. But I do worry about the people waiting for operations who've already waited a long time," she said.

Picket lines are expected outside both hospitals from 7am on Tuesday. The UHCN said further dates could be announced if no progress was made.
""",
        [
            ("Nobody goes into nursing wanting", "Denise Hartley"),
            ("But our members have been", "Denise Hartley"),
            ("doing the job of a", "Denise Hartley"),
            ("nowhere near enough to put", "Denise Hartley"),
            ("We respect our colleagues' right", "Andrew Holroyd"),
            ("Our priority is keeping patients", "Andrew Holroyd"),
            ("Anyone whose appointment is affected", "Calder Valley Hospitals NHS Foundation Trust"),
            ("These nurses are not asking", "Rachel Okafor"),
            ("I've nothing but admiration for", "Margaret Sykes"),
        ],
    ),
    (
        """Nurses at Ardmullan General Hospital to begin work-to-rule over overcrowding

Ciarán Moloney, Health Correspondent

Nurses at Ardmullan General Hospital in Co Meath are to begin a work-to-rule next month after members of the Irish Nursing and Midwifery Federation (INMF) voted overwhelmingly for industrial action over chronic overcrowding in the hospital's emergency department.

The union said 94 per cent of members who took part in the ballot supported the action, which will involve nurses refusing to carry out non-nursing duties, including clerical work and portering, from March 3rd.

INMF general secretary Siobhán Kearney said the result reflected "a workforce at the end of its tether".

"Our members in Ardmullan have been caring for patients on trolleys in corridors, in the waiting room, in some cases in the ambulance bay," Ms Kearney said. "That is not safe for patients and it is not safe for nurses. We have raised it at every level and nothing has changed."

Figures compiled by the union show 61 patients were waiting on trolleys at the hospital on Tuesday morning, the highest number for any hospital in the State outside Dublin.

The union's industrial relations officer for the northeast, Pádraig Ó Dálaigh, told this newspaper that management had promised 40 additional nursing posts last year, of which "fewer than half have actually been filled".

"The recruitment embargo might be officially gone, but on the ground it is still very much there," he said.

In a statement, the Boyne Valley Hospitals Group, which manages Ardmullan, said it was "disappointed that the union has chosen this course of action" and remained open to further talks.

"Significant investment has been made in Ardmullan over the past three years, including the opening of a 24-bed modular ward in November," the statement said. "The group will continue to engage with the INMF and all staff representatives to address the concerns raised."

Minister for Health Declan Furlong told the Dáil on Wednesday that overcrowding at the hospital was "completely unacceptable for patients and staff alike" and that he had asked officials for a report within a fortnight.

Independent TD for Meath West Noreen Gaffney said the situation had been building for years.

"I have constituents in their eighties who have spent two nights on a trolley in that hospital. Nobody should accept that as normal," she said.

The work-to-rule is due to begin at 8am on March 3rd unless agreement is reached in the meantime.
""",
        [
            ("a workforce at the end", "Siobhán Kearney"),
            ("Our members in Ardmullan have", "Siobhán Kearney"),
            ("That is not safe for", "Siobhán Kearney"),
            ("fewer than half have actually", "Pádraig Ó Dálaigh"),
            ("The recruitment embargo might be", "Pádraig Ó Dálaigh"),
            ("disappointed that the union has", "Boyne Valley Hospitals Group"),
            ("Significant investment has been made", "Boyne Valley Hospitals Group"),
            ("The group will continue to", "Boyne Valley Hospitals Group"),
            ("completely unacceptable for patients and", "Declan Furlong"),
            ("I have constituents in their", "Noreen Gaffney"),
        ],
    ),
    (
        """Nurses at Wattle Creek Base Hospital walk off the job as pay dispute escalates

By Hamish Doyle

Hundreds of nurses and midwives at Wattle Creek Base Hospital in the state's Central West walked off the job for 24 hours this morning, joining colleagues at 12 other regional hospitals in the latest escalation of a long-running pay dispute with the NSW government.

Members of the NSW Nursing Staff Federation gathered outside the hospital's main entrance from 7:00am, carrying placards calling for mandated nurse-to-patient ratios.

Federation branch delegate Kirsten Mahoney, a registered nurse of 18 years, said staff were leaving for better-paid jobs interstate.

"We've lost six nurses from our emergency department since Christmas, and four of them have gone across the border to Queensland, where they're getting paid thousands more for the same work," Ms Mahoney said.

"The people who are left are exhausted. We're doing double shifts because there's nobody to hand over to."

The federation is seeking a 15 per cent pay rise over two years and the introduction of ratios in all public hospitals. The government has offered 3.5 per cent a year.

Federation general secretary Bronwyn Ellery told local radio the government's offer was "an insult to every nurse who worked through the pandemic".

"They called us heroes. Now they want us to take a real pay cut," she said.

A spokeswoman for Health Minister Gareth Pollard said the government had "made a fair offer within a difficult budget environment" and urged the federation to return to negotiations.

"Every nurse in this state deserves to be paid fairly, and we have already delivered the largest pay increase in more than a decade," the spokeswoman said.

The Central West Local Health District said elective surgery had been postponed at Wattle Creek for the day, but emergency departments would remain open.

"Life-preserving services will be maintained throughout the action, and we thank staff and patients for their cooperation," a district spokesperson said.

Outside the hospital, local resident Doug Farrelly, whose wife was admitted last week, said he backed the nurses.

"They've been run off their feet in there. I don't know how they do it," he said.

The federation has flagged further stoppages next month if the government does not improve its offer.
""",
        [
            ("We've lost six nurses from", "Kirsten Mahoney"),
            ("The people who are left", "Kirsten Mahoney"),
            ("an insult to every nurse", "Bronwyn Ellery"),
            ("They called us heroes", "Bronwyn Ellery"),
            ("made a fair offer within", "spokeswoman"),
            ("Every nurse in this state", "spokeswoman"),
            ("Life-preserving services will be maintained", "spokesperson"),
            ("They've been run off their", "Doug Farrelly"),
        ],
    ),
    (
        """'I was left on a trolley for 41 hours': Grandmother, 84, tells of A&E ordeal as nurses warn wards are 'at breaking point'

By Sophie Grant, Health Reporter

An 84-year-old grandmother with a broken hip spent 41 hours on a trolley in a hospital corridor before a bed became available, her family has revealed.

Edna Whitworth, a retired school cook from Kirkby Marsh, was taken to Westhaven General Hospital by ambulance after falling at home on a Saturday evening.

She was not moved to a ward until the early hours of Monday morning – by which time, her daughter Karen Platt said, she had been given 'barely a sip of water' and had not been helped to the toilet for hours.

Speaking from her hospital bed, Mrs Whitworth said: 'I was left on a trolley for 41 hours with people coming and going all around me. The nurses were lovely, they really were, but they were run ragged. One of them was nearly in tears.

'I kept thinking, if this is how they treat an old woman with a broken hip, God help everybody else.'

Mrs Platt, 56, said she had made a formal complaint to the hospital.

'Mum's a proud woman and she's never made a fuss in her life,' she said. 'To see her lying there in a gown in a corridor with no dignity at all was heartbreaking.'

The case comes as Linda Carver, North West secretary of the Union of Health and Care Nurses, warned that wards across the region were 'at breaking point'.

Figures published last week showed more than 1,200 patients in the North West waited over 12 hours in A&E in January.

Ms Carver said: 'What happened to Mrs Whitworth is a disgrace, but it is not unusual. Our members tell us every single day that they are caring for patients in places that were never meant for patient care.

'Corridor care has become normalised, and the Government has to take responsibility for that.'

A spokesman for Westhaven Hospitals NHS Trust said: 'We apologise unreservedly to Mrs Whitworth and her family. This is not the standard of care we expect to provide. We are experiencing exceptionally high demand and are working hard to improve the flow of patients through the hospital.'

The trust said it had opened 30 extra 'escalation' beds this winter and was recruiting more than 100 nurses.

Mrs Whitworth is expected to be discharged to a rehabilitation unit later this week.
""",
        [
            ("I was left on a", "Edna Whitworth"),
            ("at breaking point", "Linda Carver"),
            ("barely a sip of water", "Karen Platt"),
            ("I was left on a", "Edna Whitworth"),
            ("I kept thinking, if this", "Edna Whitworth"),
            ("Mum's a proud woman and", "Karen Platt"),
            ("To see her lying there", "Karen Platt"),
            ("at breaking point", "Linda Carver"),
            ("What happened to Mrs Whitworth", "Linda Carver"),
            ("Corridor care has become normalised,", "Linda Carver"),
            ("We apologise unreservedly to Mrs", "spokesman"),
        ],
    ),
    (
        """Hospital cleaners and orderlies to strike at three Melbourne private hospitals

By Priya Raman

Cleaners, orderlies and kitchen staff at three private hospitals in Melbourne’s east will stop work for four hours on Thursday in a dispute over pay and rostering, the first strike at the hospitals in more than a decade.

The Hospital and Allied Workers Union said about 450 workers employed by Meridian Health Group at Lyndhurst Private, Kerrigan Park Private and St Aidan’s Private hospitals would take part.

Union secretary Marco Petrakis said workers earned as little as $26 an hour and were routinely asked to cover two wards on a single shift.

“These are the people who make sure the theatre is clean before your surgery and your meals turn up hot,” Petrakis said. “Without them, the hospital doesn’t run. And Meridian is treating them like they’re disposable.”

Meridian, which reported an underlying profit of $84 million last financial year, said it had offered a 9 per cent increase over three years.

“We value every member of our hospital teams and have put forward an offer that is fair, sustainable and in line with the broader sector,” a Meridian spokeswoman said. “We are disappointed the union has chosen to take industrial action while negotiations are continuing in good faith.”

The company said contingency plans were in place and no elective surgery would be cancelled.

One orderly at Kerrigan Park Private, who asked not to be named for fear of losing shifts, said staff had been “stretched to the point where corners get cut”.

“You’re meant to have two of you to move a heavy patient. Half the time there’s one,” the orderly said. “It’s not good for us and it’s not good for the patients.”

Associate Professor Helen Marsh, an industrial relations expert at Eastbridge University, said private hospital operators were caught between rising wage costs and pressure from health insurers.

“The margins in private hospitals have been squeezed hard since the pandemic, and the people at the bottom of the pay scale are the ones who feel it first,” she said.

Marsh said the dispute could spread. According to the union, workers at two other Meridian sites in regional Victoria are due to vote on protected industrial action next month.

Talks between the two sides are scheduled to resume on Monday.
""",
        [
            ("These are the people who", "Marco Petrakis"),
            ("Without them, the hospital doesn’t", "Marco Petrakis"),
            ("We value every member of", "spokeswoman"),
            ("We are disappointed the union", "spokeswoman"),
            ("stretched to the point where", "orderly at Kerrigan Park Private"),
            ("You’re meant to have two", "orderly at Kerrigan Park Private"),
            ("It’s not good for us", "orderly at Kerrigan Park Private"),
            ("The margins in private hospitals", "Helen Marsh"),
        ],
    ),
    (
        """Kilcolman hospital support staff to ballot on strike action

By Eoin Tierney

Healthcare assistants, porters and catering staff at University Hospital Kilcolman are to be balloted for industrial action in a row over the hospital's failure to fill more than 70 vacant posts.

The Health and Support Workers' Union (HSWU) confirmed this week that ballot papers will be issued to around 380 members at the hospital on Monday, with the result expected before the end of the month.

HSWU sector organiser Gráinne Flood told this newspaper that staff had reached 'the end of the road' after months of talks with hospital management.

'We have porters covering the work of three people on nights. We have healthcare assistants being pulled from one ward to another four or five times in a shift,' Ms Flood said.

'People are burning out and leaving, and the posts aren't being filled because there's a cap on numbers coming down from above. Our members have been patient, but patience runs out.'

The hospital, which serves a population of around 400,000 across three counties, has regularly topped the national 'Trolley Watch' count this winter.

On Tuesday, 74 patients were on trolleys in the emergency department and elsewhere in the hospital, according to the Irish Nursing and Midwifery Federation.

A spokesperson for the Southern Hospitals Group said management 'values the contribution of all support staff' and was 'actively recruiting for all approved posts'.

'The group has approved 42 new support posts for UHK this year, and recruitment campaigns are under way,' the spokesperson said. 'We would urge the HSWU to continue engaging with management at local level.'

Cllr Tom Brosnan said he had raised staffing at the hospital at the last meeting of the Regional Health Forum and would do so again.

'Every family in this county has a story about that emergency department,' he said. 'The staff are doing their best in impossible conditions, and they deserve better than to be told to wait again.'

If the ballot is passed, the union must give three weeks' notice of any action.
""",
        [
            ("the end of the road", "Gráinne Flood"),
            ("We have porters covering the", "Gráinne Flood"),
            ("People are burning out and", "Gráinne Flood"),
            ("values the contribution of all", "spokesperson"),
            ("actively recruiting for all approved", "spokesperson"),
            ("The group has approved 42", "spokesperson"),
            ("We would urge the HSWU", "spokesperson"),
            ("Every family in this county", "Tom Brosnan"),
            ("The staff are doing their", "Tom Brosnan"),
        ],
    ),
    (
        """Nurses in Wales reject pay offer and vote to strike

Nurses in Wales have voted to reject a pay offer from the Welsh government and back strike action, the Federation of Nurses in Wales (FNW) has said.

Of the members who voted, 78% rejected the offer of a 4.5% rise, on a turnout of 58%.

The union said strikes could begin in early April, affecting hospitals and community services in all seven health boards.

Helen Rees-Morgan, director of the FNW, said: "Nurses in Wales have sent a clear message. They will not accept another real-terms pay cut while they watch colleagues leave for agency work or for jobs across the border.

"Nobody wants to strike, but the Welsh government has left our members with no choice."

Ffion Davies, who has worked as a neonatal nurse at Ysbyty Cwm Aeron in Llanaeron for 12 years, said she voted to strike "with a heavy heart".

"I love my job, I really do. But I've got friends who've left nursing to work in supermarkets because the money's better and the stress is less," she said.

In a statement, the Welsh government said the offer was "the best we can make within the budget available to us".

Health Secretary Owain Pritchard told the Senedd: "We value our nurses enormously and I recognise the strength of feeling. My door remains open, but I have to be honest - there is no more money in the pot without cuts elsewhere in the NHS."

The Welsh Conservatives' health spokesman, Gethin Lloyd, accused ministers of "sleepwalking into a strike that could have been avoided".

Dyfed Valleys University Health Board said it would work with the union to agree which services would be exempt from any action.

What happens next?

The union must give health boards two weeks' notice of any strike dates.

Talks with the Welsh government are expected to continue in the meantime, but the FNW said it would need a "substantially improved" offer before it would put any new proposal to members.
""",
        [
            ("Nurses in Wales have sent", "Helen Rees-Morgan"),
            ("Nobody wants to strike, but", "Helen Rees-Morgan"),
            ("with a heavy heart", "Ffion Davies"),
            ("I love my job, I", "Ffion Davies"),
            ("the best we can make", "Welsh government"),
            ("We value our nurses enormously", "Owain Pritchard"),
            ("sleepwalking into a strike that", "Gethin Lloyd"),
            ("substantially improved", "Federation of Nurses in Wales"),
        ],
    ),
    (
        """Nurse vacancies in England hit record high, leaked figures show

Unions say review shows NHS is losing experienced staff faster than it can replace them

Maya Lindqvist, Health policy editor

The number of unfilled nursing posts in hospitals in England has reached a record high of more than 48,000, according to leaked figures.

The data, compiled for an internal workforce review titled “Closing the Gap: Nursing Supply 2024-2029”, shows vacancy rates above 12% in several regions, with the sharpest rises in mental health and community nursing.

One senior NHS official who has seen the review said the figures were “worse than anyone at the top of the organisation was expecting”.

“The assumption was that international recruitment would plug the hole. It hasn’t, and a lot of those nurses are now moving on to Australia and Canada,” the official said.

The figures come as the Union of Health and Care Nurses prepares to announce the result of a national consultative ballot on pay. Its general secretary, Carol Adeyemi, said the vacancy numbers were “a damning indictment” of a decade of workforce planning.

“For years ministers have told us there are more nurses than ever. That may be true on paper, but demand has outstripped supply by a mile, and every unfilled post means a nurse on a ward doing the work of two,” she said.

“If the government won’t come to the table on pay and safe staffing, our members are ready to take action this summer.”

The chief executive of a large acute trust in the Midlands, speaking on condition of anonymity, said the trust was spending more than £2m a month on agency nurses.

“We are paying through the nose for agency cover because we can’t recruit substantive staff. It is the worst of both worlds,” they said.

A government spokesperson said: “We do not comment on leaked documents. There are more than 30,000 more nurses working in the NHS than five years ago, and our long-term workforce plan will train record numbers of new nurses and midwives.”

The Federation of NHS Trusts, which represents hospital, ambulance and mental health trusts, said in a briefing to MPs last month that staff shortages were “the single greatest risk to patient safety this year”.

The workforce review is expected to be published in the autumn.
""",
        [
            ("worse than anyone at the", "senior NHS official"),
            ("The assumption was that international", "senior NHS official"),
            ("a damning indictment", "Carol Adeyemi"),
            ("For years ministers have told", "Carol Adeyemi"),
            ("If the government won’t come", "Carol Adeyemi"),
            ("We are paying through the", "chief executive of a large acute trust in the Midlands"),
            ("We do not comment on", "spokesperson"),
            ("the single greatest risk to", "Federation of NHS Trusts"),
        ],
    ),
]
