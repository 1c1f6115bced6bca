CASES = [
    (
        """Hospital declares critical incident as A&E demand soars

By Hannah Pryce, BBC News, Yorkshire

A hospital trust has declared a critical incident after its emergency department came under what it described as "extreme and sustained pressure" over the weekend.

Calder Moor Hospitals NHS Foundation Trust said more than 40 patients were waiting for a bed at Halbrook General Hospital on Sunday evening, with some having spent more than 24 hours in the department.

Patients have been asked to attend A&E only if their condition is serious or life-threatening.

Dr Rachel Okafor, the trust's chief medical officer, said staff were "working incredibly hard in very difficult circumstances".

"We have seen a significant rise in the number of very unwell patients, many of them older people with respiratory illnesses, and at the same time we have been unable to discharge patients who are medically fit to go home," she said.

"I would ask the public to help us by using NHS 111, their local pharmacy or their GP where it is appropriate to do so."

The trust said about 90 of its beds were occupied by patients who no longer needed hospital care but were waiting for support packages or places in care homes.

One patient's daughter, who asked not to be named, told the BBC her 84-year-old father had waited 19 hours on a trolley in a corridor.

"He was frightened and confused, and nobody could tell us when he would get a bed," she said. "The nurses were lovely but they were clearly run off their feet."

Kirkdale Council, which is responsible for adult social care in the area, said it was working with the hospital to speed up discharges.

A council spokesperson said: "We are commissioning additional home care hours this week and our teams are working seven days a week alongside hospital staff to get people home safely."

Local MP Graham Sutcliffe said the situation was "completely unacceptable" and called on ministers to provide emergency funding for the region.

"My constituents are being let down, and so are the staff who are doing everything they can to hold this system together," he said.

NHS England said it was "supporting the trust" and that critical incidents were a recognised way for organisations to access extra help during periods of high demand.""",
        [
            ("extreme and sustained pressure", "Calder Moor Hospitals NHS Foundation Trust"),
            ("working incredibly hard in very", "Rachel Okafor"),
            ("We have seen a significant", "Rachel Okafor"),
            ("I would ask the public", "Rachel Okafor"),
            ("He was frightened and confused,", "patient's daughter"),
            ("The nurses were lovely but", "patient's daughter"),
            ("We are commissioning additional home", "spokesperson"),
            ("completely unacceptable", "Graham Sutcliffe"),
            ("My constituents are being let", "Graham Sutcliffe"),
            ("supporting the trust", "NHS England"),
        ],
    ),
    (
        """GP leaders warn of ‘quiet collapse’ as practices hand back NHS contracts

Analysis shows 94 surgeries closed or merged in two years

Sarah Marwood Health policy editor

More than 90 GP practices in England have closed or handed back their NHS contracts in the past two years, in what doctors’ leaders have called the “quiet collapse” of family medicine in parts of the country.

Analysis by the Society of Practice Partners, which represents GPs who own and run surgeries, found that 94 practices had either shut outright or been absorbed into larger groups since April 2023, affecting more than 480,000 patients.

Dr Miriam Castell, who chairs the society, said: “What we are seeing is not a dramatic event that makes the evening news. It is a quiet collapse, one surgery at a time, and patients often only find out when a letter lands on the doormat.”

She said many partners were approaching retirement and younger GPs were increasingly unwilling to take on the financial risk of owning a practice.

“Being a partner used to be the job everyone aspired to,” Castell said. “Now I meet trainees who tell me they would rather be salaried or work as locums than take on a building, a lease and a payroll in a system where funding has not kept pace with demand.”

Among the closures was Beckside Surgery in Harrowfield, Lincolnshire, which shut in March after its last two partners retired and no one could be found to take over. Its 7,400 patients were dispersed among three neighbouring practices, the nearest of which is nine miles away.

Jean Adeyemi, 71, who had been registered at Beckside for more than 30 years, said she now relied on a neighbour to drive her to appointments. “There’s one bus in the morning and one back in the afternoon,” she said. “If your appointment is at the wrong time, you just don’t go.”

NHS Fenland and Wolds Integrated Care Board, which commissions GP services in the area, said it had consulted patients before the closure and had given the receiving practices funding to take on extra staff. Its priority, it said, had been to “make sure nobody was left without a GP”.

Campaigners said the figures understated the problem, because mergers often led to branch surgeries closing with little notice. Gareth Lomax, director of the charity Patient Voice England, said: “On paper the practice still exists. In reality the doors in your village have shut and you are being told to phone a hub 30 miles away.”

A Department of Health and Social Care spokesperson said: “We inherited a broken NHS, but we are fixing the front door. We have given GP practices an extra £889m this year, cut red tape and recruited more than 1,500 additional GPs so patients can get care when they need it.”

The department added that it would set out plans to support rural practices “in the coming months”.""",
        [
            ("quiet collapse", "Miriam Castell"),
            ("quiet collapse", "Miriam Castell"),
            ("What we are seeing is", "Miriam Castell"),
            ("Being a partner used to", "Miriam Castell"),
            ("Now I meet trainees who", "Miriam Castell"),
            ("There’s one bus in the", "Jean Adeyemi"),
            ("If your appointment is at", "Jean Adeyemi"),
            ("make sure nobody was left", "NHS Fenland and Wolds Integrated Care Board"),
            ("On paper the practice still", "Gareth Lomax"),
            ("We inherited a broken NHS,", "spokesperson"),
            ("in the coming months", "Department of Health and Social Care"),
        ],
    ),
    (
        """Grandfather lay on kitchen floor for almost 11 hours waiting for ambulance, inquest hears

By Ffion Rees-Jenkins

An 82-year-old man who fell at his home lay on his kitchen floor for almost 11 hours before an ambulance arrived, an inquest has heard.

Emrys Hopkins, a retired colliery electrician from Cwm Gwenlais, died at Llwyncelyn General Hospital four days after the fall in January last year.

The inquest in Pontypridd heard that his wife, Megan Hopkins, first dialled 999 at 9.42pm after finding him unable to get up, and rang back four more times during the night.

In a statement read to the court, Mrs Hopkins said: "Every time I phoned they were kind, but they kept saying there was nobody to send. I put a pillow under his head and a blanket over him and I sat on the floor with him all night.

"He kept apologising to me. He said he was sorry for being a nuisance. I will never forget that."

A call handler, who gave evidence from behind a screen, said Mr Hopkins's call had been classed as an "amber" call, meaning he was not judged to be in immediate danger of dying.

"We had more than 90 calls waiting across the region that night and no crews free to send," she told the hearing.

Paramedic Lowri Bevan, who attended, said Mr Hopkins was very cold and had developed pressure sores by the time her crew reached him at 8.31am. She said: "Had we got to him earlier, I think his outlook would have been very different. But that night we simply weren't available."

Dr Aled Pritchard, a consultant geriatrician at Llwyncelyn, said the long lie had caused rhabdomyolysis, a condition in which damaged muscle releases proteins into the bloodstream that can injure the kidneys.

Asked by the coroner whether Mr Hopkins would have survived had he been reached sooner, Dr Pritchard said it was "more likely than not".

Recording a narrative conclusion, assistant coroner Siân Mathias said Mr Hopkins had died of an acute kidney injury following a fall, "contributed to by a prolonged delay in the arrival of an ambulance".

She said she would be writing to the Welsh Government and the health board about delays in handing over patients at hospitals, which she called "a systemic problem that has persisted for far too long".

In a statement, Morgannwg Valleys University Health Board said: "We offer our sincere condolences to Mr Hopkins's family. We recognise that waits for an ambulance are unacceptable when our emergency departments are under pressure, and we are working hard to improve the flow of patients through our hospitals."

A Welsh Government spokesman said: "Our thoughts are with Mr Hopkins's family. We will respond to the coroner's report in full once we have received it."

Speaking outside the hearing, his granddaughter Carys Hopkins-Webb said the family wanted to make sure "no other family has to go through what we went through".""",
        [
            ("Every time I phoned they", "Megan Hopkins"),
            ("He kept apologising to me.", "Megan Hopkins"),
            ("We had more than 90", "call handler"),
            ("Had we got to him", "Lowri Bevan"),
            ("more likely than not", "Aled Pritchard"),
            ("contributed to by a prolonged", "Siân Mathias"),
            ("a systemic problem that has", "Siân Mathias"),
            ("We offer our sincere condolences", "Morgannwg Valleys University Health Board"),
            ("Our thoughts are with Mr", "spokesman"),
            ("no other family has to", "Carys Hopkins-Webb"),
        ],
    ),
    (
        """Care homes closing at rate of more than one a week

Councils’ fees fail to cover costs of looking after elderly residents, providers warn

Eleanor Whitcombe, Social Affairs Correspondent

Care homes for older people in England are closing at a rate of more than one a week, with providers warning that the fees paid by councils no longer cover the cost of looking after residents.

A report titled “Running on Empty”, published today by the Independent Care Providers Forum, found that 61 homes closed in the first six months of the year, with the loss of about 2,100 beds.

It says that many councils pay between £150 and £200 a week less per resident than it costs to provide care, leaving homes to make up the difference by charging people who fund themselves more — a system the report describes as “unfair and unsustainable”.

Nigel Ashdown, the forum’s chief executive, said: “These are not bad homes. Many of them are rated good by the regulator and are much loved by the people who live in them. They are closing because the sums simply do not add up.”

Mr Ashdown said small family-run homes in rural areas were most at risk. “When a home in a market town closes, there is often nowhere else within 20 or 30 miles,” he said. “People are being moved away from husbands, wives and friends in the last years of their lives.”

Among the homes to close this year was Meadowcroft House in Ashcombe St Giles, Herefordshire, which had 28 residents. Patricia Renshaw, whose mother, Dorothy, 93, had lived there for six years, said the family was given eight weeks’ notice.

“Mum has dementia and the staff there were her world,” Mrs Renshaw said. “The move has been devastating for her. She keeps asking when she can go home.”

The home’s owner, Richard Penhale, said he had kept it open at a loss for two years. “I could not keep subsidising the council out of my own pocket,” he said.

Wyeside Council said that it had raised its fee rates by 7 per cent this year, “well above inflation”, and was working with families to find suitable new placements.

The closures are also likely to add to so-called “bed blocking” in hospitals, where patients who are fit to be discharged cannot leave because there is no care available for them.

Councillor Helen Brace, adult social care spokeswoman for the Shire Authorities Association, said councils were “being asked to do the impossible”.

“Demand rises every year, the people we support have ever more complex needs, and our budgets have simply not kept up,” she said.

Ministers have promised a cross-party commission on adult social care, but its final recommendations are not expected until 2028. One government source said: “Nobody pretends the current position is sustainable. But there is no quick fix, and councils have had real-terms increases in their funding.”""",
        [
            ("unfair and unsustainable", "Independent Care Providers Forum"),
            ("These are not bad homes.", "Nigel Ashdown"),
            ("When a home in a", "Nigel Ashdown"),
            ("People are being moved away", "Nigel Ashdown"),
            ("Mum has dementia and the", "Patricia Renshaw"),
            ("The move has been devastating", "Patricia Renshaw"),
            ("I could not keep subsidising", "Richard Penhale"),
            ("well above inflation", "Wyeside Council"),
            ("being asked to do the", "Helen Brace"),
            ("Demand rises every year, the", "Helen Brace"),
            ("Nobody pretends the current position", "government source"),
        ],
    ),
    (
        """Maternity unit at Irwell Valley Hospital rated 'inadequate' as inspectors find women left alone in labour

By Liam Doherty

A maternity unit in Greater Manchester has been rated inadequate by the health watchdog after inspectors found women were being left without a midwife during labour.

The Care Quality Commission (CQC) downgraded the service at Irwell Valley Hospital in Ramsworth from "requires improvement" to "inadequate" following an unannounced inspection in March.

In a report published today, the CQC said there were "not always enough midwives with the right skills and experience" to keep women and babies safe. It also found that a culture had developed in which some staff felt "unable to raise concerns without fear of being blamed".

Inspectors noted that on several occasions the unit's only dedicated obstetric theatre was unavailable because it was being used for planned caesarean sections, and that checks on emergency equipment had been missed on 11 days in a single month.

Fiona Mallinder, CQC deputy director of operations in the North, said: "We found a team of committed staff who were working under huge pressure, and who told us they were exhausted. But women using this service have a right to expect safe care, and on too many occasions that was not what they received."

Jenna Whitworth, 29, from Hollinsend, gave birth to her son at the unit last autumn. She told the Evening Post: "I was left on my own for nearly two hours when I was in established labour. I pressed the buzzer again and again and nobody came.

"When a midwife finally arrived she was really apologetic. She said there were three women in active labour and only two of them on the ward. It's not the staff's fault, but it shouldn't be like that."

Northern Pennine Healthcare NHS Trust, which runs the hospital, said it accepted the findings in full.

Angela Brierley, the trust's chief nurse, said: "I want to apologise to every woman and family who has not received the standard of care they deserve.

"We have already recruited 24 additional midwives, who will be in post by the autumn, and we have introduced a new escalation process so staff can get senior support immediately when the unit is busy."

She said the trust had made "significant progress" since the inspection and had invited the CQC to return.

Ramsworth North MP Priya Chaudhry said she had written to the health secretary asking for urgent support for the unit.

"Expectant mums in Ramsworth deserve to feel safe when they walk through those doors, and right now too many of them don't," she said.

The unit remains open, and the trust said women booked to give birth there should continue to attend their appointments as normal.""",
        [
            ("not always enough midwives with", "Care Quality Commission"),
            ("unable to raise concerns without", "Care Quality Commission"),
            ("We found a team of", "Fiona Mallinder"),
            ("I was left on my", "Jenna Whitworth"),
            ("When a midwife finally arrived", "Jenna Whitworth"),
            ("I want to apologise to", "Angela Brierley"),
            ("We have already recruited 24", "Angela Brierley"),
            ("significant progress", "Angela Brierley"),
            ("Expectant mums in Ramsworth deserve", "Priya Chaudhry"),
        ],
    ),
    (
        """Hospital trust apologises after 12,000 follow-up letters never sent

By Tom Ashcroft, PA Health Correspondent

A hospital trust has apologised after an IT fault meant almost 12,000 patients were never sent letters inviting them to follow-up appointments, including some waiting for the results of cancer tests.

South Mercia Teaching Hospitals NHS Trust, which runs hospitals in Kingsmere and Bredon Vale, said the problem began when it switched to a new electronic patient record system last November.

Letters generated by the system were placed in a digital queue that was never sent to the printers, and the error was only discovered in June when a GP queried why a patient had not been seen.

In a statement, the trust said it was "deeply sorry" and that every affected patient had now been contacted. A clinical review has so far identified 14 patients who "may have come to harm" as a result of the delay, two of them seriously, it added.

Chief executive Dr Simon Arkwright told the PA news agency: "This should never have happened. We let patients down and I take full responsibility for that.

"Every patient affected has now been contacted, every record has been reviewed by a clinician, and we have commissioned an independent investigation so we understand exactly how this was missed for so long."

But one senior consultant at the trust, who asked not to be named, said concerns about the new system had been raised "repeatedly" before it went live.

"We were told the problems were teething issues and would be sorted out," the consultant said.

"Clinicians were flagging that patients weren't turning up to appointments they'd never been told about. Nobody joined the dots."

Margaret Ellery, 66, from Bredon Vale, waited four months longer than planned for a follow-up after a breast biopsy.

"I assumed no news was good news," she said. "When the hospital finally rang me I'd had a lump for the best part of a year. I'm one of the lucky ones - it was caught in time - but I'm angry, and I want to know that it won't happen to anyone else."

Derek Oyelaran, chairman of the Mercia Patient Forum, said the trust must be "completely transparent" with patients and publish the findings of the investigation in full.

The Care Quality Commission said it was aware of the incident and was "monitoring the trust closely".

The trust said it had introduced daily checks to make sure all letters were being sent, and had set up a dedicated helpline for worried patients.""",
        [
            ("deeply sorry", "South Mercia Teaching Hospitals NHS Trust"),
            ("may have come to harm", "South Mercia Teaching Hospitals NHS Trust"),
            ("This should never have happened.", "Simon Arkwright"),
            ("Every patient affected has now", "Simon Arkwright"),
            ("repeatedly", "senior consultant at the trust"),
            ("We were told the problems", "senior consultant at the trust"),
            ("Clinicians were flagging that patients", "senior consultant at the trust"),
            ("I assumed no news was", "Margaret Ellery"),
            ("When the hospital finally rang", "Margaret Ellery"),
            ("completely transparent", "Derek Oyelaran"),
            ("monitoring the trust closely", "Care Quality Commission"),
        ],
    ),
    (
        """Care workers 'paying to go to work' as fuel costs bite, union warns

By Gwenllian Parry

Home care workers in rural north Wales are "paying to go to work" because mileage payments have failed to keep pace with the cost of running a car, a union has warned.

The Care and Support Workers' Union says some of its members employed by agencies commissioned by Dyffryn Alun County Council are driving more than 150 miles a week between clients, often on narrow lanes, but are reimbursed at rates unchanged since 2019.

Regional organiser Dafydd Elis Roberts said: "These are people who get up at six in the morning to help someone out of bed, washed and dressed, and are still out at ten at night doing the last calls. They are doing some of the most important work in our communities and they are out of pocket for it."

He said the union wanted a minimum mileage rate of 45p a mile and for staff to be paid for the time spent travelling between visits, something he said many agencies did "only partially or not at all".

One care worker from Llanbedr Alun, who did not want to be named for fear of losing shifts, said: "Last month I sat down and worked it out, and after fuel I was earning less than £8 an hour for part of the day. I love the job and I love my clients, but I can't keep doing it."

Another, Sioned Pugh, 43, from Rhos-y-waen, handed in her notice in May after 11 years in the job.

"It broke my heart telling my ladies I was leaving," she said. "One of them cried. But my car needed £900 of work and there was no way I could find that sort of money."

The shortage of carers is also being felt in hospitals. Clwyd Coast University Health Board said last month that around 120 patients in its hospitals were well enough to leave but were waiting for a package of care at home.

Heulwen Home Care, one of the largest providers in the county, said it had raised its mileage rate to 35p in April. "We would like to pay more, and we will as soon as our contract allows it," the company said.

A Dyffryn Alun County Council spokesperson said: "We greatly value the work of care staff across the county. Mileage rates are set by individual providers, but we have increased the fees we pay to agencies by 9.5 per cent this year and we are reviewing how rural travel is reflected in our contracts."

Councillor Eirlys Vaughan, cabinet member for social services, said the council was "doing everything it can within a very tight budget" but that funding from Cardiff Bay "has not matched the scale of need".

The Welsh Government said it was funding the Real Living Wage for social care workers and "continues to work with councils and providers on recruitment and retention".""",
        [
            ("paying to go to work", "Care and Support Workers' Union"),
            ("paying to go to work", "Care and Support Workers' Union"),
            ("These are people who get", "Dafydd Elis Roberts"),
            ("only partially or not at", "Dafydd Elis Roberts"),
            ("Last month I sat down", "care worker from Llanbedr Alun"),
            ("It broke my heart telling", "Sioned Pugh"),
            ("One of them cried.", "Sioned Pugh"),
            ("We would like to pay", "Heulwen Home Care"),
            ("We greatly value the work", "spokesperson"),
            ("doing everything it can within", "Eirlys Vaughan"),
            ("has not matched the scale", "Eirlys Vaughan"),
            ("continues to work with councils", "Welsh Government"),
        ],
    ),
    (
        """Fury as GP surgery tells patients they can discuss only ONE health problem per appointment

• Notices at Somerset practice tell patients with more concerns to 'book another appointment'
• Surgery insists policy is needed to keep consultations 'safe and manageable'

By JAMES HOLBROOK, HEALTH REPORTER

A GP surgery has sparked fury by telling patients they can discuss only one health problem each time they see a doctor.

Laminated notices put up in the waiting room and consulting rooms at Orchard Lane Medical Practice in Chedcombe, Somerset, read: “To keep appointments safe, please raise ONE problem only. If you have other concerns, please book another appointment.”

The same message has been added to the practice’s website and to text messages confirming appointments.

Critics say the so-called “one problem rule” is spreading across England as surgeries struggle to cope with soaring demand, leaving elderly patients with several conditions facing weeks of extra waits.

Patients vented their anger on a local Facebook group, with one writing: “So I wait three weeks to see a doctor and then have to wait another three for my second problem? Madness.”

Pensioner Brian Tolley, 78, who has diabetes and heart failure, said: “At my age nothing comes on its own. My feet, my heart, my sugar levels – they’re all connected. How am I supposed to pick one?”

“It feels like we’re being rationed,” he added. “I’ve paid in all my life and now I’m made to feel like a nuisance.”

Rachel Dunmore, of the campaign group Patients Before Paperwork, said the policy was “the thin end of the wedge” and warned that serious illnesses could be missed if patients held back symptoms.

The surgery said the policy was needed to keep consultations “safe and manageable”.

In a statement, the practice said: “Our GPs have ten-minute appointments and are seeing more patients than ever before. Trying to deal with several complex problems in that time is not safe for patients or for our clinicians.

“We will always deal with anything urgent on the day, and our doctors will use their judgement. This is not about turning anybody away.”

One senior GP, who sits on a national committee representing family doctors, told the Mail that such notices were becoming “increasingly common” because practices were paid the same however complex their appointments were.

Last night a Government spokesman said: “Patients should be able to get the care they need from their GP. We are giving practices more funding and cutting bureaucracy so doctors can spend more time with the people who need them most.”

The practice said it would review the wording of its notices.""",
        [
            ("book another appointment", "Orchard Lane Medical Practice"),
            ("safe and manageable", "Orchard Lane Medical Practice"),
            ("To keep appointments safe, please", "Orchard Lane Medical Practice"),
            ("So I wait three weeks", "patient"),
            ("At my age nothing comes", "Brian Tolley"),
            ("It feels like we’re being", "Brian Tolley"),
            ("I’ve paid in all my", "Brian Tolley"),
            ("the thin end of the", "Rachel Dunmore"),
            ("safe and manageable", "Orchard Lane Medical Practice"),
            ("Our GPs have ten-minute appointments", "Orchard Lane Medical Practice"),
            ("We will always deal with", "Orchard Lane Medical Practice"),
            ("increasingly common", "senior GP"),
            ("Patients should be able to", "spokesman"),
        ],
    ),
]
