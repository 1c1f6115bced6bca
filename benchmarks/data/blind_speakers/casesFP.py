CASES = [
    (
        """Record number of patients on trolleys at University Hospital Carrigmore

Eithne Mulcahy, Southern Correspondent

A record 112 patients were waiting on trolleys at University Hospital Carrigmore on Tuesday morning, according to figures compiled by the Irish Nursing and Midwifery Federation (INMF), as the hospital group appealed to the public to attend the emergency department only in genuine emergencies.

The figure is the highest recorded at any hospital in the State since the federation began its daily count in 2006. Some 41 of those patients had been waiting more than 24 hours for a bed, the union said.

Siobhán Kearney, the INMF’s industrial relations officer for the southern region, said staff at the hospital were “working in conditions that nobody should have to work in”.

“We have patients in corridors, patients in the day ward, patients in every space that can hold a trolley,” she said. “Our members are telling us they cannot provide the care they were trained to provide. That is not a complaint about effort – they are giving everything they have – it is a complaint about capacity.”

Ms Kearney said the union had raised concerns about staffing levels at the hospital on at least six occasions since January.

“Every time we are told there is a plan. We are still waiting to see it.”

In a statement, South West Hospitals Group said the emergency department had seen “unprecedented demand” over the bank holiday weekend, with 368 attendances on Monday alone.

“The hospital has opened all available surge capacity and additional ward rounds are taking place to facilitate discharges,” the statement said. “We regret that some patients are experiencing long waits and we apologise to them and their families.”

The group said elective procedures scheduled for Wednesday and Thursday had been postponed, and patients affected would be contacted directly.

Local TD Michael Ó Dálaigh (Independent) said the situation was “a scandal that has been years in the making”.

Speaking in the Dáil, Mr Ó Dálaigh said a promised 96-bed modular ward block at the hospital had been “announced three times and built zero times”.

“I was on the phone last night to a woman whose 89-year-old father spent two nights on a trolley beside a fire exit,” he said. “She asked me what she was supposed to do. I didn’t have an answer for her.”

Minister of State for Public Health Gráinne Fitzmaurice said the Government was “acutely aware” of pressures at the hospital. She told the Dáil that funding for the ward block had been approved and that construction would begin “before the end of this year”.

A spokesman for the Health Service Executive said a senior team would visit the hospital later this week to review patient flow and discharge arrangements.""",
        [
            ("working in conditions that nobody", "Siobhán Kearney"),
            ("We have patients in corridors,", "Siobhán Kearney"),
            ("Our members are telling us", "Siobhán Kearney"),
            ("Every time we are told", "Siobhán Kearney"),
            ("unprecedented demand", "South West Hospitals Group"),
            ("The hospital has opened all", "South West Hospitals Group"),
            ("We regret that some patients", "South West Hospitals Group"),
            ("a scandal that has been", "Michael Ó Dálaigh"),
            ("announced three times and built", "Michael Ó Dálaigh"),
            ("I was on the phone", "Michael Ó Dálaigh"),
            ("She asked me what she", "Michael Ó Dálaigh"),
            ("acutely aware", "Gráinne Fitzmaurice"),
            ("before the end of this", "Gráinne Fitzmaurice"),
        ],
    ),
    (
        """Hundreds of patients recalled after scan review at County Antrim hospital

By Ciarán McAleer, BBC News NI health correspondent

More than 400 patients are to be recalled after a review found problems with how some CT scans were reported at a County Antrim hospital.

The Northern Glens Health and Social Care Trust said an internal audit had identified "discrepancies" in reports completed by a locum consultant radiologist at Glenravel Area Hospital between March 2022 and August 2023.

The consultant no longer works for the trust and has been referred to the medical regulator.

In a statement, the trust's medical director, Dr Helen Quigley, said the majority of patients were not expected to have come to harm.

"I want to reassure patients that this recall is a precaution," she said.

"We are contacting everyone affected by letter this week and a dedicated helpline has been set up. I understand this will be a worrying time for patients and their families and I am sorry for that."

Dr Quigley said the review had so far found 14 cases where a "significant finding" had been missed, and those patients had already been contacted by a consultant.

Gerard Bradley, 58, from Ballymena, was one of the patients who received a letter on Monday.

He told BBC News NI he had a scan in 2022 after complaining of abdominal pain and was told it was clear.

"Now I'm being told somebody might have got it wrong," he said.

"I've spent two years thinking I was fine. Nobody has told me what they think they missed, and I've been left in the dark all weekend wondering."

Patient advocacy group Voice for Patients NI said the trust needed to be "fully transparent" about what had happened.

Its chair, Rosemary Agnew, said: "Patients in Northern Ireland have been through recall after recall. Every time we hear that lessons will be learned.

"We want to know what checks were in place on this doctor's work and why it took more than a year for anybody to notice."

A Department of Health spokesperson said the health minister had been briefed and had asked the trust for "a full account" of how the issue arose.

Sinn Féin MLA Niamh Corrigan said the recall was "deeply concerning" and she would be raising it at Stormont's health committee.

The trust's helpline is open from 09:00 to 17:00 BST, Monday to Friday.""",
        [
            ("discrepancies", "Northern Glens Health and Social Care Trust"),
            ("I want to reassure patients", "Helen Quigley"),
            ("We are contacting everyone affected", "Helen Quigley"),
            ("significant finding", "Helen Quigley"),
            ("Now I'm being told somebody", "Gerard Bradley"),
            ("I've spent two years thinking", "Gerard Bradley"),
            ("fully transparent", "Voice for Patients NI"),
            ("Patients in Northern Ireland have", "Rosemary Agnew"),
            ("We want to know what", "Rosemary Agnew"),
            ("a full account", "spokesperson"),
            ("deeply concerning", "Niamh Corrigan"),
        ],
    ),
    (
        """Baby died after ‘missed opportunities’ at Midlands maternity unit, coroner rules

Inquest hears midwives at Kingsmere General hospital failed to escalate concerns about fetal heart rate during labour

Harriet Lowe Health correspondent

A newborn baby girl died after a series of “missed opportunities” by staff at a Midlands maternity unit, a coroner has ruled.

Isla Marsh died three days after she was born at Kingsmere General hospital in Staffordshire in February last year, having suffered a severe brain injury caused by a lack of oxygen during labour.

Recording a narrative conclusion, the area coroner for South Staffordshire, Andrew Pemberton, said there had been “a failure to recognise and act upon” an abnormal fetal heart rate trace for more than two hours.

“Had Isla been delivered earlier, on the balance of probabilities she would have survived,” he said.

He added that midwives had been “stretched across too many women” on the night in question, and that the unit’s escalation policy had “not been followed, and in some respects was not understood”.

The inquest heard that the labour ward was operating with three midwives fewer than its planned staffing level, and that the coordinating midwife was also caring for two women in labour.

Isla’s mother, Jade Marsh, said in a statement read outside the court by the family’s solicitor that she had been “ignored” when she raised concerns.

“We told them something was wrong. We were told to stay calm and that everything was normal,” the statement said. “It was not normal. Our daughter should be here with us today.

“We don’t want any other family to go through what we have been through. The trust must now prove that it has changed, not just say it.”

Claire Oduya, chief nurse at Kingsmere and District Hospitals NHS foundation trust, said: “We are deeply sorry for the failings in Isla’s care and for the pain her family have suffered.

“Since Isla’s death we have recruited 38 additional midwives, appointed a fetal monitoring lead and changed how concerns are escalated on the labour ward,” she said. “We know that words will not bring Isla back.”

The trust said the changes formed part of its “Safer Births Together” improvement programme, launched last autumn.

A midwife who worked at the unit at the time, who asked not to be named, told the Guardian: “Everyone knew the labour ward was unsafe at night. We filled in incident forms every shift. Nothing happened.”

Pemberton said he would issue a prevention of future deaths report to the trust and to the Department of Health and Social Care, raising concerns about midwife staffing levels and the training of staff in interpreting fetal heart monitoring.""",
        [
            ("missed opportunities", "Andrew Pemberton"),
            ("missed opportunities", "Andrew Pemberton"),
            ("a failure to recognise and", "Andrew Pemberton"),
            ("Had Isla been delivered earlier,", "Andrew Pemberton"),
            ("stretched across too many women", "Andrew Pemberton"),
            ("not been followed, and in", "Andrew Pemberton"),
            ("ignored", "Jade Marsh"),
            ("We told them something was", "Jade Marsh"),
            ("It was not normal.", "Jade Marsh"),
            ("We don’t want any other", "Jade Marsh"),
            ("We are deeply sorry for", "Claire Oduya"),
            ("Since Isla’s death we have", "Claire Oduya"),
            ("We know that words will", "Claire Oduya"),
            ("Everyone knew the labour ward", "midwife who worked at the unit at the time"),
        ],
    ),
    (
        """Campaigners warn lives at risk as island hospital's minor injuries unit closes overnight

By Alasdair Munro
Health Correspondent

CAMPAIGNERS on the Isle of Carradale have warned that lives will be put at risk after health chiefs confirmed the island's only minor injuries unit will close overnight from next month.

NHS Clyde Coast said the unit at Port Ardmore Community Hospital would operate between 8am and 8pm from March 3 because it had been unable to recruit enough advanced nurse practitioners to staff night shifts safely.

Patients needing urgent care outside those hours will be advised to call NHS 24 or, in an emergency, 999. The nearest 24-hour emergency department is on the mainland, a ferry crossing and 40-minute drive away.

Morag MacInnes, who chairs the Save Port Ardmore Hospital group, said islanders had been "told, not consulted".

"There's no ferry after half nine at night," she said. "So when somebody falls off a ladder or a child has a fit at two in the morning, what happens? The answer is they wait for a helicopter or they wait for the lifeboat. That's not a health service, that's a lottery."

She added: "We were promised a public meeting before any decision was made. That meeting never happened."

The group has collected more than 2,100 signatures on a petition – around two-thirds of the island's adult population.

Dr Euan Lennox, the board's associate medical director for primary and community care, said the decision had "not been taken lightly".

"Our overriding priority has to be safety," he said. "Running a unit overnight with a single practitioner, with no back-up and nobody to cover sickness, is not safe for patients or for staff. We have tried very hard to recruit and we will keep trying."

Dr Lennox said the board hoped to restore 24-hour cover "as soon as we are in a position to do so" and that the change would be reviewed after six months.

Local MSP Katrina Boyle said the closure was "the latest chapter in a long story of rural Scotland being left behind".

"Islanders pay the same taxes and they deserve the same access to care," she said. "I will be asking the Health Secretary to intervene."

A Scottish Government spokeswoman said: "Decisions on the delivery of local services are a matter for health boards. We expect NHS Clyde Coast to engage fully with the community on the future of services at Port Ardmore and to keep the position under close review."

The board is due to hold a drop-in session for islanders at Port Ardmore village hall next Thursday.""",
        [
            ("told, not consulted", "Morag MacInnes"),
            ("There's no ferry after half", "Morag MacInnes"),
            ("So when somebody falls off", "Morag MacInnes"),
            ("We were promised a public", "Morag MacInnes"),
            ("not been taken lightly", "Euan Lennox"),
            ("Our overriding priority has to", "Euan Lennox"),
            ("Running a unit overnight with", "Euan Lennox"),
            ("as soon as we are", "Euan Lennox"),
            ("the latest chapter in a", "Katrina Boyle"),
            ("Islanders pay the same taxes", "Katrina Boyle"),
            ("I will be asking the", "Katrina Boyle"),
            ("Decisions on the delivery of", "spokeswoman"),
        ],
    ),
    (
        """Family of woman who died after 18-hour emergency department wait call for inquiry

A Co Galway family has called for an independent inquiry into the death of their mother, after a review found "significant deficits" in her care during an 18-hour wait in the emergency department of St Brendan's University Hospital.

Bernadette Keane, 79, from near Athenry, was brought to the hospital by ambulance in January 2023 with chest pain and breathlessness.

She was triaged as category two, meaning she should have been seen by a doctor within ten minutes, but was not assessed by a doctor for more than four hours. She died on a trolley in a corridor of the emergency department the following morning.

A systems analysis review carried out by the West and North West Hospitals Group found that staff had been managing 74 patients in a department designed for 35, and that Mrs Keane's observations had not been repeated at the required intervals.

It concluded that her deterioration "was not recognised in a timely manner" and that this was "likely to have contributed" to her death.

Her daughter, Áine Keane Fahy, told RTÉ News that the family had waited almost two years for answers.

"My mother sat on a plastic chair for the first six hours because there wasn't even a trolley for her," she said. "She never complained. She kept telling me to go home, that the nurses were busy.

"We were told at the time that she got the care she needed. Now we know that's not true."

Ms Keane Fahy said the family did not blame individual nurses and doctors, who she said were "doing their best in an impossible situation", but said responsibility lay "with the people who let the department get that way".

"We want a public, independent inquiry. Not another internal review," she said.

In a statement, the hospital group said it accepted the findings in full and extended its "sincere apologies" to Mrs Keane's family.

"All 11 recommendations of the review are being implemented, and a number have already been completed, including the introduction of a dedicated nurse to monitor patients waiting in corridor areas," the statement said.

The group's chief clinical director, Professor Declan Furey, told RTÉ's Morning Ireland that overcrowding "remains a serious risk to patient safety" at the hospital and across the region.

"I'm not going to sit here and tell you that the problem is solved, because it isn't," he said. "We have more people coming through the door every year and we do not have the beds to put them in."

He said a new 60-bed ward was due to open at St Brendan's next spring.

The Department of Health said the Minister for Health would be willing to meet the family.""",
        [
            ("significant deficits", "West and North West Hospitals Group"),
            ("was not recognised in a", "West and North West Hospitals Group"),
            ("likely to have contributed", "West and North West Hospitals Group"),
            ("My mother sat on a", "Áine Keane Fahy"),
            ("She never complained. She kept", "Áine Keane Fahy"),
            ("We were told at the", "Áine Keane Fahy"),
            ("doing their best in an", "Áine Keane Fahy"),
            ("with the people who let", "Áine Keane Fahy"),
            ("We want a public, independent", "Áine Keane Fahy"),
            ("sincere apologies", "West and North West Hospitals Group"),
            ("All 11 recommendations of the", "West and North West Hospitals Group"),
            ("remains a serious risk to", "Declan Furey"),
            ("I'm not going to sit", "Declan Furey"),
            ("We have more people coming", "Declan Furey"),
        ],
    ),
    (
        """Pensioner, 88, with broken hip lay on kitchen floor for 19 hours waiting for ambulance

By Rhodri Pugh

An 88-year-old man with a broken hip lay on his kitchen floor for 19 hours waiting for an ambulance, his family has said.

Emrys Vaughan, a retired colliery electrician from Glyncoed, fell at around 4pm on a Sunday and was unable to get up. A neighbour found him and dialled 999, but an ambulance did not arrive until 11am the following day.

His granddaughter, Catrin Vaughan-Hughes, said the family had been told repeatedly that an ambulance was "on its way".

"We rang back five times," she told WalesOnline. "Every time they asked the same questions, was he breathing, was he bleeding, and every time they said there was nothing they could do to speed it up. We were told not to move him, so we put a pillow under his head and a blanket over him and sat with him on the floor all night.

"He's a proud man. He kept apologising for being a nuisance. He was cold and in agony and he was apologising to us."

Mr Vaughan underwent surgery at Ysbyty Cwm Hyfryd two days later and remains in hospital.

According to figures published last week, ambulance crews in the region lost more than 21,000 hours in October waiting outside emergency departments to hand patients over to hospital staff.

On the night Mr Vaughan fell, 23 ambulances were queued outside Ysbyty Cwm Hyfryd, according to a senior paramedic. The paramedic, who did not wish to be named, said: "You've got crews sitting outside for a whole shift with one patient while the calls stack up in the community. We know there are people lying on floors. It's soul-destroying."

Lowri Prosser, assistant director of operations at the Welsh Ambulance Service, said: "We're deeply sorry that Mr Vaughan waited so long for help, and we'd like to apologise to him and his family. This is not the level of service we want to provide.

"Our crews were ready to respond, but were unable to because they were held outside hospitals. Handover delays remain the single biggest factor in our ability to reach patients quickly."

Glamorgan Valleys University Health Board said in a statement it was "working hard" to release ambulances more quickly, including through a new "rapid release" area next to the emergency department which opened last month.

Plaid Cymru Senedd Member Sioned Pritchard said Mr Vaughan's case was "heartbreaking but sadly not unusual".

"I get emails every week from families in exactly this situation," she said. "The Welsh Government has run out of excuses."

A Welsh Government spokesperson said: "We expect health boards to ensure patients are handed over from ambulances within the target time, so crews can respond to people waiting in the community. We have provided additional funding this winter to improve patient flow through hospitals.\"""",
        [
            ("on its way", "Catrin Vaughan-Hughes"),
            ("We rang back five times,", "Catrin Vaughan-Hughes"),
            ("Every time they asked the", "Catrin Vaughan-Hughes"),
            ("He's a proud man.", "Catrin Vaughan-Hughes"),
            ("You've got crews sitting outside", "senior paramedic"),
            ("We're deeply sorry that Mr", "Lowri Prosser"),
            ("Our crews were ready to", "Lowri Prosser"),
            ("working hard", "Glamorgan Valleys University Health Board"),
            ("heartbreaking but sadly not unusual", "Sioned Pritchard"),
            ("I get emails every week", "Sioned Pritchard"),
            ("The Welsh Government has run", "Sioned Pritchard"),
            ("We expect health boards to", "spokesperson"),
        ],
    ),
    (
        """Children waiting up to two years for mental health assessment in Kerry, documents show

Niamh Ó Súilleabháin, Health Correspondent

Children referred to mental health services in North Kerry are waiting up to two years for a first appointment, with HSE South West warning in an internal document that the service is "not in a position to guarantee safe care".

The risk register, seen by the Irish Examiner, rates the situation in the North Kerry Child and Adolescent Mental Health Service (Camhs) as high risk and says there is a "real possibility" that a child could come to serious harm while waiting to be seen.

"Demand continues to significantly outstrip capacity," the document states. "Vacancies at consultant and clinical nurse specialist level have not been filled despite repeated recruitment campaigns."

The register shows that 412 children were on the waiting list at the end of last month, 96 of whom had been waiting more than a year.

One consultant child psychiatrist in the region, who did not want to be named, said staff were "firefighting".

"We're seeing children only when they reach crisis point, and by then you're dealing with self-harm, you're dealing with kids who've stopped going to school," the consultant said. "That's not what this service was set up to do."

Deirdre Lynch, whose 14-year-old son was referred to the service by their GP in September 2022, said the family heard nothing for 16 months.

"You ring and you're told he's on the list. That's it. Nobody can tell you where he is on the list or how long more," Ms Lynch said.

"In the end we paid privately, €180 a session, because we were afraid of what would happen if we waited. Not every family can do that."

Sinn Féin's spokesperson on mental health, Conor Hanafin TD, said the figures were "shocking but not surprising". He said he would raise the documents with the Minister of State for Mental Health "at the first opportunity".

In a statement, HSE South West said it "acknowledges that waiting times in North Kerry Camhs are longer than we would want".

"A waiting list initiative is under way and additional sessional staff have been engaged. All referrals are clinically triaged on receipt and urgent cases are seen as a priority," the statement said.

It added that two consultant posts had been advertised and that interviews would take place next month.""",
        [
            ("not in a position to", "HSE South West"),
            ("real possibility", "HSE South West"),
            ("Demand continues to significantly outstrip", "HSE South West"),
            ("Vacancies at consultant and clinical", "HSE South West"),
            ("firefighting", "consultant child psychiatrist in the region"),
            ("We're seeing children only when", "consultant child psychiatrist in the region"),
            ("That's not what this service", "consultant child psychiatrist in the region"),
            ("You ring and you're told", "Deirdre Lynch"),
            ("In the end we paid", "Deirdre Lynch"),
            ("shocking but not surprising", "Conor Hanafin"),
            ("at the first opportunity", "Conor Hanafin"),
            ("acknowledges that waiting times in", "HSE South West"),
            ("A waiting list initiative is", "HSE South West"),
        ],
    ),
    (
        """Grandmother, 71, had healthy kidney removed in 'never event' blunder: 'I came out with nothing'

By Sophie Baldwin, Health Reporter

A grandmother had her healthy kidney removed by mistake after surgeons confused her scans with those of another patient, an investigation has found.

Patricia Holroyd, 71, now needs dialysis three times a week after the error at Ridgeway General Hospital in West Yorkshire.

The blunder has been classed as a 'never event' - an incident so serious it should never happen in the NHS.

Mrs Holroyd, a retired school secretary from near Wakefield, had been admitted for the removal of a small tumour on her left kidney. Instead, surgeons removed her right kidney, which was healthy.

The tumour was discovered still in place on a scan three weeks later.

'I went in to have a tumour taken out and I came out with nothing,' she told the Mail. 'I trusted them completely. Now my whole life revolves around a machine.'

The trust's serious incident report, seen by the Mail, found that another patient's imaging had been left open on a screen in theatre and that safety checks carried out before the operation were 'rushed and incomplete'.

It said staff had 'not challenged' the discrepancy between the consent form and the images because of 'time pressures on the list'.

Her son, Mark Holroyd, 44, said the family had learned the full details only from a letter.

He said: 'Nobody came to tell us face to face. We had to read it in black and white at the kitchen table. Mum was in bits.'

Julian Reade, of the charity Patients First UK, said: 'Wrong-site surgery is entirely preventable. The checks exist precisely to stop this happening, and they only work if staff have the time and confidence to use them properly.'

Ridgeway Hospitals NHS Trust's medical director, Dr Sanjay Mehta, said: 'We are truly sorry for the harm we have caused Mrs Holroyd and her family.

'We have fully investigated what happened and have made changes to the way imaging is displayed and checked in theatre. We will continue to support Mrs Holroyd in every way we can.'

The Mail understands the surgeon involved has been removed from operating lists while a further review is carried out.

Mrs Holroyd's solicitor, Rebecca Thornton, said her client was 'determined that no other patient goes through this' and confirmed a claim had been lodged against the trust.""",
        [
            ("I came out with nothing", "Patricia Holroyd"),
            ("I went in to have", "Patricia Holroyd"),
            ("I trusted them completely. Now", "Patricia Holroyd"),
            ("rushed and incomplete", "Ridgeway Hospitals NHS Trust"),
            ("not challenged", "Ridgeway Hospitals NHS Trust"),
            ("time pressures on the list", "Ridgeway Hospitals NHS Trust"),
            ("Nobody came to tell us", "Mark Holroyd"),
            ("Wrong-site surgery is entirely preventable.", "Julian Reade"),
            ("We are truly sorry for", "Sanjay Mehta"),
            ("We have fully investigated what", "Sanjay Mehta"),
            ("determined that no other patient", "Rebecca Thornton"),
        ],
    ),
]
