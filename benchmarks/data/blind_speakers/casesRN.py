CASES = [
    (
        """Youth detention officer admits he skipped cell checks on night Jayden Marsh died

By Kirsty Holloway

A youth detention officer has told a coronial inquest he did not carry out mandatory overnight checks on a 16-year-old boy who was later found unresponsive in his cell at a Queensland detention centre.

Jayden Marsh died in hospital on August 14, 2022, two days after he was found in his cell at the Wattle Creek Youth Detention Centre, west of Brisbane.

Giving evidence at the Coroners Court in Brisbane on Tuesday, officer Craig Pendlebury said he had been responsible for 14 young people on the night and had "fallen behind" on his rounds.

"I'm not going to sit here and make excuses," Mr Pendlebury said.

"I should have looked through that hatch and I didn't. I've had to live with that every day since."

Counsel assisting the coroner, Rebecca Tanaka, asked Mr Pendlebury whether he had recorded checks in the observation log that he had not in fact completed.

"Yes, I did," he replied.

"So the log for that night is false?" Ms Tanaka asked.

"Parts of it, yes."

The inquest heard CCTV footage showed no officer approached Jayden's cell door between 11:40pm and 2:52am.

Mr Pendlebury told the court staff shortages at the centre were "constant" and that officers routinely worked double shifts.

Under cross-examination by Peter Vlahos, the barrister representing the Department of Youth Justice, Mr Pendlebury agreed he had completed training on the observation policy six months before Jayden's death.

Jayden's mother, Tanya Marsh, sat in the front row of the court with other family members throughout the morning's evidence.

Outside court, she said the family had waited almost two years for answers.

"We sent our boy there to be kept safe, and nobody even looked at him," Ms Marsh said.

"We just want the truth to come out so this doesn't happen to another family."

In a statement, the Department of Youth Justice said it had "implemented significant reforms" to its observation procedures since 2022, including electronic check-in devices at each cell.

"The department continues to cooperate fully with the coroner and it would be inappropriate to comment further while the inquest is underway," the statement said.

Coroner Helen Dwyer is expected to hear from 23 witnesses over the two-week inquest.

The inquest continues.""",
        [
            ("fallen behind", "Craig Pendlebury"),
            ("I'm not going to sit", "Craig Pendlebury"),
            ("I should have looked through", "Craig Pendlebury"),
            ("Yes, I did,", "Craig Pendlebury"),
            ("So the log for that", "Rebecca Tanaka"),
            ("Parts of it, yes.", "Craig Pendlebury"),
            ("constant", "Craig Pendlebury"),
            ("We sent our boy there", "Tanya Marsh"),
            ("We just want the truth", "Tanya Marsh"),
            ("implemented significant reforms", "Department of Youth Justice"),
            ("The department continues to cooperate", "Department of Youth Justice"),
        ],
    ),
    (
        """Mental health trust board ‘knew of ligature risks for years’, inquiry hears

Counsel to the Hallam Vale inquiry says senior managers were repeatedly warned about unsafe wards before patient deaths

Daniel Osei
Wed 12 Mar 2025 15.02 GMT

Senior managers at an NHS mental health trust “knew of ligature risks for years” but failed to act before a series of patient deaths, the lead lawyer for a statutory inquiry has said.

Opening the second phase of the Hallam Vale inquiry in Leeds on Wednesday, Imogen Castellane KC, lead counsel to the inquiry, said board papers showed that concerns about fixtures on three inpatient wards had been raised at least 11 times between 2014 and 2019.

“These were not isolated warnings buried in obscure documents,” she said. “They were set out in reports that went to the trust board, that board members read, and that in several cases board members discussed.”

The inquiry, chaired by the retired judge Dame Alison Ferrier, is examining the deaths of 41 patients who died while in the care of the South Pennine Partnership NHS foundation trust, or within three months of discharge, between 2012 and 2021.

Castellane said the inquiry would hear from former chief executives, ward staff and families of those who died. “The families have waited a very long time,” she said. “Many of them have told us they feel they were not listened to when it mattered most.”

Among those expected to give evidence is Graham Whitlock, whose 19-year-old daughter, Ellie, died on Moorside ward in 2018. Speaking outside the hearing, Whitlock said he had attended “meeting after meeting” with the trust after her death.

“Every time, they told us lessons had been learned,” he said. “Then another family would be sitting where we had sat. I want someone to explain to me, under oath, why nothing changed.”

The trust’s current chief executive, Priya Raman, who joined in 2022, said in a statement that the organisation was “deeply sorry” for the failings identified so far.

“We are committed to being open with the inquiry and with families,” she said. “We have replaced fixtures across all of our inpatient units and overhauled how risks are escalated to the board.”

A former non-executive director, who asked not to be named because they are due to give evidence, said the board had been given “reassurance after reassurance” by executives that work was in hand.

The Department of Health and Social Care said it would “carefully consider” any recommendations.

Ferrier has said she aims to publish her final report by the end of 2026. Hearings continue.""",
        [
            ("knew of ligature risks for", "Imogen Castellane"),
            ("knew of ligature risks for", "Imogen Castellane"),
            ("These were not isolated warnings", "Imogen Castellane"),
            ("They were set out in", "Imogen Castellane"),
            ("The families have waited a", "Imogen Castellane"),
            ("Many of them have told", "Imogen Castellane"),
            ("meeting after meeting", "Graham Whitlock"),
            ("Every time, they told us", "Graham Whitlock"),
            ("Then another family would be", "Graham Whitlock"),
            ("deeply sorry", "Priya Raman"),
            ("We are committed to being", "Priya Raman"),
            ("We have replaced fixtures across", "Priya Raman"),
            ("reassurance after reassurance", "former non-executive director"),
            ("carefully consider", "Department of Health and Social Care"),
        ],
    ),
    (
        """Inquest hears ventilation alarm was switched off hours before miner's death near Timmins

Coroner's jury will make recommendations after hearing from 18 witnesses

Jessica Tremblay · CBC News · Posted: Oct 08, 2024

A ventilation alarm at a northern Ontario gold mine had been switched off for nearly five hours before a 34-year-old worker collapsed underground, a coroner's inquest heard Monday.

Marc-André Giroux died on Nov. 3, 2021, after being overcome by what investigators later determined was a buildup of carbon monoxide on the 1,200-metre level of the Red Pine Mine, about 60 kilometres northeast of Timmins, Ont.

The mandatory inquest, presided over by Dr. Simone Achterberg, began Monday in Timmins and is scheduled to run for two weeks.

Shift supervisor Darren Kowalchuk testified that the alarm had been "going off constantly" that week because of a faulty sensor, and that a maintenance worker had disabled it on the morning of Giroux's death while waiting for a replacement part.

"We'd been told the sensor was bad. Everybody knew it was bad," Kowalchuk told the five-person jury. "In hindsight, nobody should have been down there without it working."

Asked by coroner's counsel Andrew Feeney whether anyone had carried handheld gas detectors that shift, Kowalchuk said he "couldn't say for sure."

According to an Ontario Ministry of Labour report filed as an exhibit, two of the four handheld detectors assigned to the crew had expired calibration dates.

Giroux's partner, Nathalie Béland, attended the first day of the inquest with the couple's two young children.

"He loved that job. He talked about the guys on his crew like they were family," she told CBC News during a break in the proceedings. "But he also told me more than once that things weren't right down there."

Béland said she hoped the jury's recommendations would lead to stricter rules on when workers can be sent underground.

The mine's owner, Northshield Resources Ltd., pleaded guilty in 2023 to two charges under the Occupational Health and Safety Act and was fined $450,000.

In an emailed statement, the company said it "deeply regrets" Giroux's death and has since installed redundant gas monitoring on all active levels of the mine.

"Safety is our first priority and we are participating fully in the inquest," the statement said.

A representative of the union local that represents workers at the mine is expected to testify later this week.

Inquest juries in Ontario cannot make findings of legal responsibility but can make recommendations aimed at preventing similar deaths.""",
        [
            ("going off constantly", "Darren Kowalchuk"),
            ("We'd been told the sensor", "Darren Kowalchuk"),
            ("In hindsight, nobody should have", "Darren Kowalchuk"),
            ("couldn't say for sure.", "Darren Kowalchuk"),
            ("He loved that job.", "Nathalie Béland"),
            ("But he also told me", "Nathalie Béland"),
            ("deeply regrets", "Northshield Resources Ltd."),
            ("Safety is our first priority", "Northshield Resources Ltd."),
        ],
    ),
    (
        """Former health minister says he was ‘never told’ of ambulance crisis

By Liam Fitzgerald
Updated March 5, 2025 — 6.47pm

A former NSW health minister has told a special commission of inquiry he was “never told” paramedics were warning of a looming collapse in ambulance response times in western Sydney, despite internal briefs showing the concerns reached his office at least four times.

Giving evidence on Wednesday, Anthony Giannopoulos, who was health minister from 2017 until 2021, said he had no recollection of the briefings tendered to the inquiry, which is examining the deaths of 14 patients who waited more than an hour for an ambulance.

“I want to be very clear: if I had been told that people were dying because ambulances weren’t arriving, I would have acted,” Giannopoulos said.

Counsel assisting, Sophie Raddatz, SC, took him to a 2019 ministerial brief prepared by NSW Ambulance and headed “Urgent – Western Sector Capacity”, which warned that the region was operating “well beyond safe thresholds” on most nights.

“Your signature is on the bottom of this page, Mr Giannopoulos,” Raddatz said. “Do you accept that you read it?”

“I accept that I signed it,” he replied. “I signed hundreds of these documents every week. I can’t tell you that I read every line.”

Commissioner Jennifer Lacey interjected to ask whether that was an acceptable practice for a minister.

“In an ideal world, no,” Giannopoulos said. “But that is the reality of the job.”

The Health Services Union’s NSW secretary, Kieran Doyle, who watched the hearing from the public gallery, said the evidence was “astonishing”.

“Our members were screaming from the rooftops about this,” Doyle told reporters outside the hearing. “To hear that the minister signed off on these briefs without reading them is an insult to every family who lost someone.”

Among those families is that of Lorraine Batistich, 71, who died at her home in Mount Druitt in July 2020 after waiting 97 minutes for an ambulance. Her son, Steven Batistich, said the family had hoped for an apology.

“We didn’t get one today,” he said. “Maybe we’ll get one when the report comes out.”

A spokeswoman for the current Health Minister said the government had accepted all interim recommendations of the inquiry and had funded 500 additional paramedic positions.

The inquiry will hand down its final report in August.""",
        [
            ("never told", "Anthony Giannopoulos"),
            ("never told", "Anthony Giannopoulos"),
            ("I want to be very", "Anthony Giannopoulos"),
            ("well beyond safe thresholds", "NSW Ambulance"),
            ("Your signature is on the", "Sophie Raddatz"),
            ("Do you accept that you", "Sophie Raddatz"),
            ("I accept that I signed", "Anthony Giannopoulos"),
            ("I signed hundreds of these", "Anthony Giannopoulos"),
            ("In an ideal world, no,", "Anthony Giannopoulos"),
            ("But that is the reality", "Anthony Giannopoulos"),
            ("astonishing", "Kieran Doyle"),
            ("Our members were screaming from", "Kieran Doyle"),
            ("To hear that the minister", "Kieran Doyle"),
            ("We didn’t get one today,", "Steven Batistich"),
            ("Maybe we’ll get one when", "Steven Batistich"),
        ],
    ),
    (
        """Student died after halls staff 'missed chances' to call ambulance

A 19-year-old student died of sepsis after staff at her university halls of residence "missed chances" to call an ambulance, a coroner has ruled.

Megan Trelawney, from Truro in Cornwall, was found unresponsive in her room at Castlegate Hall in Bristol on 9 February 2024.

An inquest at Avon Coroner's Court heard she had reported feeling unwell to a residential assistant two days earlier and that a friend had raised concerns with the halls' night reception.

Recording a narrative conclusion, senior coroner Dominic Hargreaves said there had been "a failure to recognise how seriously ill Megan was".

"Had an ambulance been called on the evening of 8 February, it is more likely than not that Megan would have survived," he said.

He said staff had "missed chances" to escalate her care, and that the university's welfare policy at the time was "confusing and, in places, contradictory".

The inquest heard Ms Trelawney's friend, Aisha Rahman, went to the reception desk shortly after 22:00 GMT on 8 February.

In a written statement read to the court, Ms Rahman said: "I told them she couldn't really speak properly and she was shaking. They said they would check on her in the morning."

A night porter, who was not named in court, told the inquest he had not been trained to recognise the signs of sepsis and had "no idea" it was an emergency.

Severnside University, which runs Castlegate Hall, said it had since introduced mandatory medical awareness training for all residential staff.

Speaking after the hearing, Megan's mother, Claire Trelawney, said: "Megan was bright, funny and fiercely independent. She went to university full of excitement about her future.

"We trusted that if she was unwell, the people around her would get her help. That didn't happen, and we will never understand why."

She paid tribute to paramedics and hospital staff who "did everything they could" when Megan was eventually taken to hospital.

In a statement, a university spokesperson said: "Our thoughts remain with Megan's family and friends. We fully accept the coroner's findings and have made significant changes to ensure this can never happen again."

Mr Hargreaves said he would be issuing a prevention of future deaths report to the university.""",
        [
            ("missed chances", "Dominic Hargreaves"),
            ("missed chances", "Dominic Hargreaves"),
            ("a failure to recognise how", "Dominic Hargreaves"),
            ("Had an ambulance been called", "Dominic Hargreaves"),
            ("missed chances", "Dominic Hargreaves"),
            ("confusing and, in places, contradictory", "Dominic Hargreaves"),
            ("I told them she couldn't", "Aisha Rahman"),
            ("no idea", "night porter"),
            ("Megan was bright, funny and", "Claire Trelawney"),
            ("We trusted that if she", "Claire Trelawney"),
            ("did everything they could", "Claire Trelawney"),
            ("Our thoughts remain with Megan's", "spokesperson"),
        ],
    ),
    (
        """Engineer warned of corrosion on collapsed Fraser Valley rail bridge two years earlier, inquiry hears

MARIANNE CHO
VANCOUVER
PUBLISHED NOVEMBER 19, 2024

An engineer who inspected a rail bridge in B.C.’s Fraser Valley two years before it collapsed under a freight train told a public inquiry on Tuesday that she had flagged severe corrosion on its main supports and recommended load restrictions that were never put in place.

Oksana Lindqvist, a structural engineer with the consulting firm Harlow Pacific Engineering, testified that her 2020 report rated two of the bridge’s steel piers as being in “poor to critical” condition.

“I put it in bold on the first page,” Ms. Lindqvist said. “I don’t know how I could have made it any clearer.”

The Commission of Inquiry into the Silverhope Creek Bridge Collapse was established by the federal government after a 42-car Cascade Northern Railway freight train plunged into the creek near Hope, B.C., on March 2, 2022, killing two crew members and spilling about 300,000 litres of crude oil. The commission is led by former Court of Appeal justice Raymond Tsang.

Commission counsel Jean-Philippe Arsenault asked Ms. Lindqvist what response she received after submitting the report to the railway.

“An e-mail acknowledging receipt,” she said. “That was it.”

Cascade Northern’s former vice-president of engineering, Brent Hollister, is scheduled to testify next week. In documents filed with the commission, the railway said it had “prioritized” repairs to the bridge for its 2022 capital program and that the collapse occurred “before that work could be completed.”

Lawyers for the railway questioned Ms. Lindqvist about whether her recommendations were binding. She acknowledged they were not.

“It’s advice,” she said. “But it’s advice from the people you hired to tell you whether your bridge is safe.”

The families of the two crew members killed, conductor Luke Fontaine and locomotive engineer Gurpreet Sandhu, have standing at the inquiry.

Harjit Sandhu, Mr. Sandhu’s older brother, said outside the hearing that the testimony was difficult to hear.

“For two years, we were told this was something nobody could have predicted,” he said. “Today we learned somebody did predict it. She wrote it down.”

Transport Canada, which oversees the safety of federally regulated railways, has also faced questions about its inspections of the bridge. A Transport Canada official, speaking on background because they were not authorized to comment while the inquiry is under way, said the department had “no record” of receiving Ms. Lindqvist’s report.

Justice Tsang is expected to deliver his report in late 2025.""",
        [
            ("poor to critical", "Oksana Lindqvist"),
            ("I put it in bold", "Oksana Lindqvist"),
            ("I don’t know how I", "Oksana Lindqvist"),
            ("An e-mail acknowledging receipt,", "Oksana Lindqvist"),
            ("That was it.", "Oksana Lindqvist"),
            ("prioritized", "Cascade Northern Railway"),
            ("before that work could be", "Cascade Northern Railway"),
            ("It’s advice,", "Oksana Lindqvist"),
            ("But it’s advice from the", "Oksana Lindqvist"),
            ("For two years, we were", "Harjit Sandhu"),
            ("Today we learned somebody did", "Harjit Sandhu"),
            ("no record", "Transport Canada official"),
        ],
    ),
    (
        """Fishing boat sinking that killed three men was preventable, sheriff rules

By Fraser McAllister

The deaths of three fishermen whose boat capsized off the Aberdeenshire coast could have been avoided if the vessel had been properly stability-tested after major modifications, a sheriff has ruled.

The Morven Star, a 17-metre scallop dredger, sank around 12 miles east of Peterhead on 22 January 2021. Skipper Alasdair Buchan, 52, deckhand Tomasz Wiśniewski, 29, and engineer Callum Reid, 37, died. A fourth crewman, Jamie Cowie, was rescued from a liferaft after almost six hours in the water.

In his determination following a fatal accident inquiry at Aberdeen Sheriff Court, Sheriff Kenneth Lorimer said the installation of a heavier crane and a second dredging gantry in 2019 had "significantly reduced" the boat's ability to recover from a roll.

"The vessel went to sea in a condition which was, in my judgment, unsafe," he wrote. "No stability assessment was carried out following those alterations, and no one with responsibility for the vessel appears to have considered whether one was required."

He made four recommendations, including that the maritime regulator should require fresh stability checks whenever a fishing vessel's deck equipment is significantly altered.

The inquiry heard evidence last year from Mr Cowie, who described the moment the boat went over.

"There was no warning. She just kept going over and didn't come back," he told the inquiry. "I was in the water before I knew what was happening."

Procurator fiscal Elaine Dunbar, who led the inquiry for the Crown, had told the hearing that the deaths were "a tragedy that did not need to happen".

Mr Buchan's widow, Morag Buchan, welcomed the determination but said it had taken "far too long".

"Four years is a long time to wait to be told what we already knew in our hearts," she said in a statement issued through the family's solicitors. "Alasdair loved the sea, but he trusted that the boat was safe. It wasn't."

A spokesman for the vessel's owners, North Deveron Fishing Ltd, said the company "accepts the sheriff's findings in full".

"Our thoughts have been with the families of Alasdair, Tomasz and Callum every day since the sinking," he added.

Ian Mair, chief executive of the North East Fishermen's Association, said the recommendations were "long overdue" and urged ministers to act on them quickly.

The inquiry, which sat for 11 days, also heard that the boat's emergency beacon had activated correctly and that the coastguard response was not a factor in the deaths.""",
        [
            ("significantly reduced", "Kenneth Lorimer"),
            ("The vessel went to sea", "Kenneth Lorimer"),
            ("No stability assessment was carried", "Kenneth Lorimer"),
            ("There was no warning.", "Jamie Cowie"),
            ("I was in the water", "Jamie Cowie"),
            ("a tragedy that did not", "Elaine Dunbar"),
            ("far too long", "Morag Buchan"),
            ("Four years is a long", "Morag Buchan"),
            ("Alasdair loved the sea, but", "Morag Buchan"),
            ("accepts the sheriff's findings in", "spokesman"),
            ("Our thoughts have been with", "spokesman"),
            ("long overdue", "Ian Mair"),
        ],
    ),
    (
        """Remote housing contractors paid millions for homes 'that were never finished', royal commission told

By Sarah Kendrick

Contractors were paid more than $38 million for homes "that were never finished" in a dozen remote Northern Territory communities, the royal commission into remote housing has been told.

In her opening address in Darwin on Monday, senior counsel assisting Natalie Farquharson SC told commissioners the inquiry would examine how the money was spent and who signed off on the payments.

"This royal commission will hear evidence that families were promised new homes, that those homes were paid for, and that in many cases they were never delivered," Ms Farquharson said.

"In some communities, concrete slabs have sat empty for six years. In others, houses were handed over without working plumbing, without power, and without doors."

The Royal Commission into Remote Housing Delivery was established last year following a damning audit of the Territory's housing construction program.

It is chaired by former Federal Court judge Anthony Reece, who is sitting alongside commissioner Dr Celia Ward.

The first witness, Kenny Lee, a traditional owner from the community of Amarra Springs, 300 kilometres south-east of Katherine, told the commission 23 people were living in a three-bedroom house in his community.

"We've got old people sleeping on the verandah. We've got kids who can't do homework because there's nowhere to sit," he said.

"They came and poured the slabs and we were happy. We thought, finally. Then they left and they never came back."

Mr Lee said community members had written to the department "again and again" asking when the work would resume.

According to documents tendered to the commission, one Darwin-based contractor, Top End Modular Builders, received full payment for 41 homes in 2019 and 2020, of which only nine were completed.

Top End Modular Builders director Glen Ashby said in a letter to the commission that the company had been "unable to complete the works due to circumstances outside our control", including wet season access and supply delays.

A spokeswoman for the Department of Territory Housing said it "welcomes the scrutiny" of the royal commission and had referred several contracts to police.

A senior public servant, who spoke on the condition of anonymity, told the ABC the department had been "warned repeatedly" that its oversight of contractors was inadequate.

Chief commissioner Anthony Reece said hearings would travel to several remote communities over the coming months.

"It is important that we hear from people where they live, not just in a courtroom in Darwin," he said.

The hearings continue on Tuesday.""",
        [
            ("that were never finished", "Natalie Farquharson"),
            ("that were never finished", "Natalie Farquharson"),
            ("This royal commission will hear", "Natalie Farquharson"),
            ("In some communities, concrete slabs", "Natalie Farquharson"),
            ("We've got old people sleeping", "Kenny Lee"),
            ("They came and poured the", "Kenny Lee"),
            ("again and again", "Kenny Lee"),
            ("unable to complete the works", "Glen Ashby"),
            ("welcomes the scrutiny", "spokeswoman"),
            ("warned repeatedly", "senior public servant"),
            ("It is important that we", "Anthony Reece"),
        ],
    ),
]
