CASES = [
    (
        """By Harriet Colquhoun
State Political Reporter

The Transport Minister has been accused of misleading parliament over a $312 million ferry maintenance contract, after documents tabled in the Legislative Assembly showed his office was warned about cost blowouts six months before he told the house the project was "on time and on budget".

Opposition transport spokeswoman Felicity Drummond-Hale used question time on Tuesday to read from an internal Harbour Transport Authority briefing note, dated March 14, which described the contract with shipbuilder Marlow Quay Engineering as "at significant risk of overrun".

"The minister stood in this chamber in September and looked members in the eye," Ms Drummond-Hale said. "He either did not read the briefing his own department gave him, or he read it and chose to say something else. Neither is acceptable."

Transport Minister Gavin Pruett rejected the claim, telling the house the briefing reflected "a worst-case scenario that has not eventuated".

"I stand by every word I have said about this contract," Mr Pruett said. "The vessels are being serviced, the commuters of Parramatta and the lower harbour are being served, and the member opposite is chasing shadows."

But the briefing note, obtained through a call for papers by the upper house, goes further. It says authority officers had "formally advised the minister's office" that two of the six vessels would be out of service for at least eight weeks longer than scheduled.

A spokesman for the Harbour Transport Authority said in a statement that the authority "continues to work closely with the contractor" and that revised timelines would be published "in due course".

Crossbench MP Terence Walcott, who chairs the Public Accountability Committee, said he would write to the minister seeking an explanation.

"If there's a discrepancy between what the house was told and what the department knew, that is a matter for the committee," he said. "I'm not going to prejudge it, but I'm not going to let it slide either."

Mr Walcott later told reporters outside Parliament House that the committee could call Mr Pruett's chief of staff, Olivia Brandt, to give evidence as early as next month.

Marlow Quay Engineering managing director Stuart Kincaid declined to comment on the briefing, but said the company had "met every obligation under the contract as varied".

The Premier's office referred questions to the minister.

Mr Pruett is expected to face further questions when parliament sits again on Thursday.""",
        [
            ("on time and on budget", "Gavin Pruett"),
            ("at significant risk of overrun", "Harbour Transport Authority"),
            ("The minister stood in this", "Felicity Drummond-Hale"),
            ("He either did not read", "Felicity Drummond-Hale"),
            ("a worst-case scenario that has", "Gavin Pruett"),
            ("I stand by every word", "Gavin Pruett"),
            ("The vessels are being serviced,", "Gavin Pruett"),
            ("formally advised the minister's office", "Harbour Transport Authority"),
            ("continues to work closely with", "spokesman for the Harbour Transport Authority"),
            ("in due course", "spokesman for the Harbour Transport Authority"),
            ("If there's a discrepancy between", "Terence Walcott"),
            ("I'm not going to prejudge", "Terence Walcott"),
            ("met every obligation under the", "Stuart Kincaid"),
        ],
    ),
    (
        """Ruby Tamatea, Local Democracy Reporter

Ratepayers in the Waitoa Coast district face an average rates rise of 14.2 per cent after councillors voted narrowly to fund a $48 million upgrade of the ageing Pākihi wastewater plant.

The Waitoa Coast District Council voted 6–5 on Wednesday to adopt its annual plan, despite receiving more than 1900 submissions, most of them opposing the increase.

Mayor Brendon Hollis said the council had “run out of road”.

“We have deferred this work for three terms. Every year we kick the can, the pipes get older and the bill gets bigger,” Hollis said.

“I don’t like asking people for more money. Nobody around this table does. But the alternative is raw sewage in the estuary, and I’m not prepared to put my name to that.”

Councillor Mereana Pōtae, who voted against, said the decision would hit fixed-income households hardest.

“There are pensioners in Kōwhai Street who have told me they will have to choose between their rates and their heating,” she said. “This council has stopped listening.”

Pōtae moved an amendment to spread the increase over three years, which was lost 5–6.

A report to the meeting by the council’s infrastructure manager, Priya Ranganathan, warned that delaying the upgrade further could expose the council to enforcement action, noting the plant had breached its resource consent conditions “on at least 11 occasions” in the past two years.

Te Awa Nui Regional Council compliance manager Graham Oduya confirmed in a written response that an abatement notice had been considered, and said the regional council “would not hesitate to act” if the breaches continued.

Waitoa Coast Ratepayers’ Association chairman Dennis Farquhar said the group was considering seeking a judicial review of the decision.

“Councillors were told in black and white by their own community that this was unaffordable,” Farquhar said. “They’ve chosen to ignore it.”

The association has also written to the council’s chief executive, Anneke Vos, asking for a full breakdown of consultancy costs on the project. Vos said she had received the letter and would respond “within the statutory timeframes”.

Hollis said he understood the anger in the community.

“People are entitled to be furious. I’d be furious. But I’d rather be voted out for fixing the pipes than re-elected for ignoring them.”

The new rates take effect from July 1.""",
        [
            ("run out of road", "Brendon Hollis"),
            ("We have deferred this work", "Brendon Hollis"),
            ("I don’t like asking people", "Brendon Hollis"),
            ("There are pensioners in Kōwhai", "Mereana Pōtae"),
            ("This council has stopped listening.", "Mereana Pōtae"),
            ("on at least 11 occasions", "Priya Ranganathan"),
            ("would not hesitate to act", "Graham Oduya"),
            ("Councillors were told in black", "Dennis Farquhar"),
            ("They’ve chosen to ignore it.", "Dennis Farquhar"),
            ("within the statutory timeframes", "Anneke Vos"),
            ("People are entitled to be", "Brendon Hollis"),
        ],
    ),
    (
        """A Ballarat accountant who stole more than $1.3 million from a children's charity to feed a gambling habit has been jailed for six years.

Rodney Ashcombe Pemberton, 58, pleaded guilty in the County Court to 47 charges of obtaining property by deception over a seven-year period while he was honorary treasurer of the Little Wattle Foundation.

Sentencing him on Friday, Judge Catherine Moorfield said Pemberton had exploited "a position of the highest trust" and that his offending was "calculated, sustained and utterly selfish".

"You took money that had been raised by volunteers selling raffle tickets and running sausage sizzles, money that was meant for sick children and their families," Judge Moorfield said.

"You then lost almost all of it on poker machines and online betting. The harm is not measured only in dollars."

The court heard Pemberton transferred funds from the foundation's accounts into the business account of his own consultancy, disguising the payments as fees for professional services in annual reports presented to the board.

The fraud was uncovered in 2022 when a new board member, Sandra Oyelaran, queried discrepancies in the accounts.

In a victim impact statement read to the court, the foundation's chair, Beverley Tanaka, said the organisation had been forced to suspend its respite program for six months.

"We had to ring families and tell them we could no longer pay for their weekend away," the statement said. "Some of those families had not had a break in years. Rodney sat in those meetings and knew exactly what we were going through."

Defence barrister Julian Fairweather SC told an earlier plea hearing his client was "profoundly ashamed" and had sought treatment for a gambling disorder since his arrest.

Mr Fairweather said Pemberton had sold his home and repaid about $210,000.

Judge Moorfield accepted Pemberton's remorse was genuine but said general deterrence had to be given significant weight.

"Those who volunteer to manage the finances of charitable organisations must understand that the courts will treat breaches of that trust with the utmost seriousness," she said.

Pemberton must serve four years before he is eligible for parole.

Outside court, Ms Tanaka said the foundation was relieved the case was over.

"It's never going to bring the money back, but today the community has been heard," she said.

In a statement, the Little Wattle Foundation said it had since introduced "independent dual-signatory controls" on all transactions and had engaged an external auditor.""",
        [
            ("a position of the highest trust", "Catherine Moorfield"),
            ("calculated, sustained and utterly selfish", "Catherine Moorfield"),
            ("You took money that had", "Catherine Moorfield"),
            ("You then lost almost all", "Catherine Moorfield"),
            ("We had to ring families", "Beverley Tanaka"),
            ("Some of those families had", "Beverley Tanaka"),
            ("profoundly ashamed", "Julian Fairweather"),
            ("Those who volunteer to manage", "Catherine Moorfield"),
            ("It's never going to bring", "Beverley Tanaka"),
            ("independent dual-signatory controls", "Little Wattle Foundation"),
        ],
    ),
    (
        """SYDNEY, AAP

The Eastern Seaboard Rugby League has stripped the Wollondilly Wolves of eight competition points and fined the club $250,000 for salary cap breaches stretching back three seasons.

ESRL chief executive Martin Delahunty announced the sanctions on Monday, saying an integrity unit investigation had uncovered undisclosed payments totalling more than $410,000 to five players.

"This was not an administrative oversight," Delahunty told reporters at the league's headquarters. "It was a deliberate scheme to get around the cap, and it involved people at the most senior levels of the club."

The investigation found the payments had been routed through a landscaping company owned by a club sponsor and disguised as invoices for ground maintenance.

Former Wolves football manager Darren Sheehy has been banned from holding any role in the competition for five years. Club chairman Peter Atkinson-Lowe has not been sanctioned, but the league said in its breach notice that the board had "failed in its duty to ensure appropriate oversight".

The Wolves, who sat fourth on the ladder, drop to 10th and out of the finals positions.

In a statement issued through the club, Atkinson-Lowe said the board accepted the findings "with deep regret".

"The board was not aware of these arrangements, but we accept that it is our job to be aware," the statement read. "We apologise to our members, our sponsors and to the other clubs in the competition."

Sheehy, who has 14 days to appeal, could not be reached for comment. His lawyer, Anita Kourakis, said her client "strongly disputes a number of the findings" and was considering his options.

Rugby League Professionals' Association chief executive Lachlan Mbeki said the five players had cooperated fully with the investigation and would not face sanctions.

"These are young men who were told by people they trusted that everything was above board," Mbeki said. "They've been honest with the investigators and they shouldn't be punished for the conduct of administrators."

Rival coaches were less forgiving. Camden Haven Cobras coach Rick Tolhurst said the eight-point deduction was "a slap on the wrist".

"Where's the deterrent? They've had three years of a stronger roster than they were entitled to," Tolhurst said on radio station 2XB.

Delahunty rejected that criticism, saying the penalty was the heaviest imposed by the league in its 31-year history.

"Anyone who thinks this is lenient should ask the Wolves' members how they feel this morning," he said.

The Wolves play the Cobras at Campbelltown on Saturday.""",
        [
            ("This was not an administrative", "Martin Delahunty"),
            ("It was a deliberate scheme", "Martin Delahunty"),
            ("failed in its duty to", "Eastern Seaboard Rugby League"),
            ("with deep regret", "Peter Atkinson-Lowe"),
            ("The board was not aware", "Peter Atkinson-Lowe"),
            ("We apologise to our members,", "Peter Atkinson-Lowe"),
            ("strongly disputes a number of", "Anita Kourakis"),
            ("These are young men who", "Lachlan Mbeki"),
            ("They've been honest with the", "Lachlan Mbeki"),
            ("a slap on the wrist", "Rick Tolhurst"),
            ("Where's the deterrent? They've had", "Rick Tolhurst"),
            ("Anyone who thinks this is", "Martin Delahunty"),
        ],
    ),
    (
        """BRISBANE

Thousands of Queensland public hospital nurses will walk off the job for 24 hours next week after pay talks with the state government collapsed on Thursday night.

The Queensland Nurses and Carers Union confirmed the strike – the first statewide nursing stoppage in more than a decade – would begin at 7am on Tuesday, with emergency departments and intensive care units staffed at minimum safe levels.

Union secretary Kerryn Abernethy said members had been left with no choice after the government refused to move from its offer of 3 per cent a year over four years.

“Our members have been patient. They’ve been more than patient,” Ms Abernethy said. “They got this state through a pandemic, they’ve worked double shifts, they’ve missed their kids’ birthdays, and this is the thanks they get.”

The union is seeking 5.5 per cent a year and enforceable nurse-to-patient ratios in regional hospitals.

Health Minister Rachel Vandenberg said she was “deeply disappointed” by the decision, describing the government’s offer as “fair, responsible and affordable”.

“I would urge the union to come back to the table,” Ms Vandenberg said. “Strike action doesn’t help patients, it doesn’t help nurses, and it doesn’t bring us any closer to an agreement.”

In a letter sent to members on Thursday night and seen by this masthead, Ms Abernethy wrote that the government’s negotiators had “walked away from ratios altogether” in the final session.

“I want every member to understand that this was not a decision taken lightly,” the letter said. “But we will not accept an agreement that leaves rural wards dangerously understaffed.”

A spokeswoman for the Moreton Coast Hospital and Health Service said elective surgery scheduled for Tuesday would be postponed and affected patients would be contacted directly.

She said the health service had “robust contingency plans” in place.

Opposition health spokesman Brett Lindqvist said the strike was “entirely avoidable”.

“This government has had eighteen months to sort this out and it has sat on its hands,” Mr Lindqvist said.

The government could seek orders from the industrial commission to halt the action, but Ms Vandenberg would not say whether that option was being considered.

“I’m not going to speculate on legal strategy,” she said.

Union delegates will meet on Monday to finalise arrangements for the stoppage.""",
        [
            ("Our members have been patient.", "Kerryn Abernethy"),
            ("They got this state through", "Kerryn Abernethy"),
            ("deeply disappointed", "Rachel Vandenberg"),
            ("fair, responsible and affordable", "Rachel Vandenberg"),
            ("I would urge the union", "Rachel Vandenberg"),
            ("Strike action doesn’t help patients,", "Rachel Vandenberg"),
            ("walked away from ratios altogether", "Kerryn Abernethy"),
            ("I want every member to", "Kerryn Abernethy"),
            ("But we will not accept", "Kerryn Abernethy"),
            ("robust contingency plans", "spokeswoman for the Moreton Coast Hospital and Health Service"),
            ("entirely avoidable", "Brett Lindqvist"),
            ("This government has had eighteen", "Brett Lindqvist"),
            ("I’m not going to speculate", "Rachel Vandenberg"),
        ],
    ),
    (
        """PERTH

Western Australia's top education bureaucrat has admitted the department still does not know how many of its school buildings contain deteriorating asbestos, telling a parliamentary committee an audit promised two years ago remains incomplete.

Appearing before a Legislative Council estimates hearing on Wednesday, Department of Schools and Learning director-general Dr Helena Markovic said the audit had been delayed by "a shortage of qualified assessors, particularly in the regions".

"I'm not going to sit here and pretend we are where we should be," Dr Markovic told the committee. "We are not. We have completed 61 per cent of sites and I expect the remainder to be done by the end of the financial year."

Opposition MLC Simon Garrity-Webb asked why parents had not been told.

"If my child's classroom had a crumbling asbestos ceiling, I would want to know," Mr Garrity-Webb said. "Why hasn't the department written to every school community?"

Dr Markovic said schools with confirmed risks had been notified and that there was "no evidence of any student or staff exposure" at any site.

WA Teachers and Educators Federation president Lorraine Quaife, who watched the hearing from the public gallery, said she was "gobsmacked" by the admission.

"Teachers have been raising this for years. We've sent letters, we've lodged hazard reports, and we've been told again and again that it's in hand," she said. "Clearly, it is not in hand."

The federation later released a 2023 letter from the department's then deputy director-general, Owen Barnicott, in which he assured the union the audit would be "finalised by the end of the 2023 school year".

Education Minister Troy Fenwick said in a statement he had asked the department to "prioritise the remaining regional sites" and would provide an update to parliament within a month.

"The safety of students and staff is non-negotiable," the statement said.

Committee chair Jessamy Orr, a crossbench MLC, said the committee would seek further written answers from the department.

She told reporters the department's explanation was "not good enough" and that Dr Markovic would be "recalled if necessary".

The hearing continues on Thursday, when the Department of Schools and Learning's finance officers are due to appear.""",
        [
            ("a shortage of qualified assessors,", "Helena Markovic"),
            ("I'm not going to sit", "Helena Markovic"),
            ("We are not. We have", "Helena Markovic"),
            ("If my child's classroom had", "Simon Garrity-Webb"),
            ("Why hasn't the department written", "Simon Garrity-Webb"),
            ("no evidence of any student", "Helena Markovic"),
            ("gobsmacked", "Lorraine Quaife"),
            ("Teachers have been raising this", "Lorraine Quaife"),
            ("Clearly, it is not in hand.", "Lorraine Quaife"),
            ("finalised by the end of", "Owen Barnicott"),
            ("prioritise the remaining regional sites", "Troy Fenwick"),
            ("The safety of students and", "Troy Fenwick"),
            ("not good enough", "Jessamy Orr"),
            ("recalled if necessary", "Jessamy Orr"),
        ],
    ),
    (
        """INVERCARGILL

A Southland meat processor has been ordered to pay more than $86,000 after the Employment Court found it punished four workers for taking part in union action.

In a decision released yesterday, Judge Miriama Faulkner found Hokonui Valley Meats Ltd cut the workers’ rostered hours in the weeks after they joined a two-day strike in 2023, and that the company’s explanation for the cuts was “not credible”.

“The timing speaks for itself,” the judge wrote. “Each of the four employees had their hours reduced within a fortnight of the strike. No other employee on the boning room floor was similarly affected.”

She ordered the company to pay $62,400 in lost wages and compensation to the workers, and a $24,000 penalty, half of which will go to the Southern Meat and Processing Workers Union.

The company had argued the reductions reflected a downturn in export orders. Its operations manager, Craig Pennefather, told the court at a hearing in March that rosters were “driven by the chillers, not by who’s in the union”.

But Judge Faulkner said Pennefather’s evidence was “inconsistent with the company’s own production records”, which showed throughput at the plant had increased over the period.

Union organiser Sione Latu said the decision sent a clear message to employers across the region.

“Workers have a legal right to join a union and take lawful strike action without being punished for it,” Latu said. “These four members stood up for themselves and the court has backed them.”

One of the workers, who asked not to be named, said the loss of hours had forced him to move his family in with relatives.

“We were down to three days a week. You can’t pay rent on three days,” he said. “I’m just glad someone finally listened.”

In a brief statement, Hokonui Valley Meats said it “respects the court’s decision” and was reviewing the judgment with its lawyers. It did not say whether it would seek to appeal.

The company employs about 340 people at its plant near Gore, making it one of the largest employers in eastern Southland.""",
        [
            ("not credible", "Miriama Faulkner"),
            ("The timing speaks for itself", "Miriama Faulkner"),
            ("Each of the four employees", "Miriama Faulkner"),
            ("driven by the chillers, not", "Craig Pennefather"),
            ("inconsistent with the company’s own", "Miriama Faulkner"),
            ("Workers have a legal right", "Sione Latu"),
            ("These four members stood up", "Sione Latu"),
            ("We were down to three", "worker"),
            ("I’m just glad someone finally", "worker"),
            ("respects the court’s decision", "Hokonui Valley Meats Ltd"),
        ],
    ),
    (
        """By Declan Morrow

HOBART

A Derwent Heights councillor has been formally reprimanded after publicly insulting a ratepayer on social media.

A report by the Tasmanian Local Government Standards Panel, tabled at Monday night's council meeting, found Cr Tobias Renwick breached the councillor code of conduct by failing to treat a member of the public "with respect and courtesy" in a Facebook post last October.

The post, which has since been deleted, responded to a resident who had complained about the council's handling of a kerbside green waste trial. In it, Cr Renwick described the resident as "a professional whinger who has never contributed a thing to this community".

The panel found the comment was "personal, disparaging and entirely unnecessary", and that Cr Renwick's initial refusal to apologise had "aggravated the breach". It recommended he be reprimanded and complete training in the use of social media.

The complainant, retired schoolteacher Margaret Stanhope, 71, said she felt vindicated.

"I've lived in this municipality for forty years and I've never had a councillor speak to me like that," Mrs Stanhope said. "All I did was ask why my green bin hadn't been collected for five weeks."

At Monday's meeting, Cr Renwick read a prepared statement in which he accepted the finding but maintained his frustration with "a small number of people who use social media to bully staff".

"I accept that my choice of words fell short of what's expected of an elected member, and for that I apologise to Mrs Stanhope," he said. "But I won't apologise for standing up for council workers."

Mayor Gail Prentiss said the matter was now closed.

"Councillors are human. They get things wrong," Cr Prentiss said. "What matters is that the process worked."

The council voted 7-2 to accept the panel's recommendations. Cr Ewan Strachan, who voted against, said a reprimand was "toothless".

"If a staff member had written that about a customer, they'd be out the door," he said.

The green waste trial is due to be reviewed by the council in August.""",
        [
            ("with respect and courtesy", "Tasmanian Local Government Standards Panel"),
            ("a professional whinger who has", "Tobias Renwick"),
            ("personal, disparaging and entirely unnecessary", "Tasmanian Local Government Standards Panel"),
            ("aggravated the breach", "Tasmanian Local Government Standards Panel"),
            ("I've lived in this municipality", "Margaret Stanhope"),
            ("All I did was ask", "Margaret Stanhope"),
            ("a small number of people", "Tobias Renwick"),
            ("I accept that my choice", "Tobias Renwick"),
            ("But I won't apologise for", "Tobias Renwick"),
            ("Councillors are human. They get", "Gail Prentiss"),
            ("What matters is that the", "Gail Prentiss"),
            ("toothless", "Ewan Strachan"),
            ("If a staff member had", "Ewan Strachan"),
        ],
    ),
]
