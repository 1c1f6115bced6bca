CASES = [
    (
        """Opposition presses Ontario government over overnight ER closures at rural hospitals

By Jordan Pelletier

TORONTO — Ontario's opposition parties hammered the Progressive Conservative government in question period Tuesday over a string of overnight emergency department closures at small-town hospitals, with NDP Leader Danielle Okafor accusing the province of "managing decline" in rural health care.

The emergency department at Wyecombe District Hospital, the only one within an hour's drive for many residents of the surrounding township, has closed overnight 11 times since January because it could not find enough nurses to staff its shifts.

"People in this community are being told to drive 45 minutes in the middle of the night when their child can't breathe," Okafor said. "That is not a health-care system. That is a lottery."

Health Minister Priya Mehta-Collins said the closures were temporary and tied to staffing shortages that are "being felt in every province in this country."

"We are not closing hospitals. We have never closed a hospital," Mehta-Collins told the legislature. "What we are doing is working with each hospital board to make sure that when a shift cannot be filled, patients are safely redirected."

She said the government had added 2,300 nurses to the system since 2022 and pointed to a locum program that pays physicians to cover emergency shifts in rural communities.

Liberal health critic Anthony Ferreira said the locum program had been "oversubscribed and underfunded" from the start.

Outside the chamber, Ferreira told reporters that hospital administrators in his riding had been calling his office every week. "They are begging for a long-term plan, and what they get is a press release every six months," he said.

The Wyecombe hospital said in a statement that its emergency department would close from 7 p.m. to 7 a.m. on at least nine more nights in March.

"This decision was not made lightly," the statement said. "Our staff have been working extraordinary hours to keep our doors open, and we cannot safely staff the department on these nights."

Dr. Helen Marchetti, chair of the Ontario Rural Physicians Network, said unplanned closures have become routine.

"Five years ago, an unplanned closure was front-page news," she said in an interview. "Now it barely makes the local paper."

According to the network, at least 14 Ontario emergency departments had one or more unplanned closures in the past year, most of them in communities of fewer than 20,000 people.

Premier Glen Ashworth, asked about the closures at an unrelated announcement in the Greater Toronto Area, said his government would "never apologize" for its record on health spending.

"We've put more money into health care than any government in the history of this province, period," Ashworth said.""",
        [
            ("managing decline", "Danielle Okafor"),
            ("People in this community are", "Danielle Okafor"),
            ("That is not a health-care", "Danielle Okafor"),
            ("being felt in every province", "Priya Mehta-Collins"),
            ("We are not closing hospitals.", "Priya Mehta-Collins"),
            ("What we are doing is", "Priya Mehta-Collins"),
            ("oversubscribed and underfunded", "Anthony Ferreira"),
            ("They are begging for a", "Anthony Ferreira"),
            ("This decision was not made", "Wyecombe District Hospital"),
            ("Our staff have been working", "Wyecombe District Hospital"),
            ("Five years ago, an unplanned", "Helen Marchetti"),
            ("Now it barely makes the", "Helen Marchetti"),
            ("never apologize", "Glen Ashworth"),
            ("We've put more money into", "Glen Ashworth"),
        ],
    ),
    (
        """Quebec surgery backlog climbs to more than 18,000 patients waiting over a year

Catherine Boisvert

QUEBEC — More than 18,000 Quebecers have been waiting longer than a year for surgery, according to figures released Wednesday by the province's health agency, a number Liberal health critic Sophie Tremblay-Roy called "a scandal hiding in plain sight."

The data, posted on the website of the Agence québécoise des soins et services (AQSS), show 18,340 patients had been on a surgical wait list for more than 12 months as of Feb. 1, up from 16,910 in September.

Health Minister Étienne Lavallée acknowledged the numbers were "not where we want them to be," but insisted the trend would reverse before the end of the year.

"We have added operating-room hours in Montérégie, in the Laurentides, in the Quebec City region. These results take time to show up in the statistics," Lavallée told reporters at the National Assembly. "I am asking Quebecers for a bit more patience."

Tremblay-Roy, who represents the Montreal riding of Rivière-des-Prairies-Est, said patience had run out.

"Last week I met a woman who has been waiting 22 months for a hip replacement. She can no longer climb the stairs to her own bedroom. She sleeps on the couch.

"This government promised that no one would wait more than a year. Instead, we have thousands more people waiting than when that promise was made."

In a statement, the AQSS said orthopedic and ophthalmology cases account for nearly 60 per cent of patients waiting beyond the one-year mark, and that a shortage of specialized nursing staff "continues to limit the number of operating rooms that can be opened simultaneously."

An orthopedic surgeon at a hospital in the Montreal area, who asked not to be named because staff are not authorized to speak publicly, described operating rooms sitting idle on weekday afternoons.

"The rooms are there and the surgeons are there," the surgeon said. "What we don't have is the team around us — the nurses, the respiratory therapists, the people who clean and sterilize between cases."

Dr. Nadia Chérif, president of the Association des chirurgiens du Québec, said in an interview that private clinics under contract with the province had helped at the margins but could not fix a staffing problem in the public system.

"You cannot rent your way out of a labour shortage," she said.

Gilles Ouellet, 71, of Saint-Hippolyte-du-Lac, has been waiting since November 2022 for knee surgery. He said he has stopped calling the hospital for updates.

"Every time, they tell me I'm on the list. I know I'm on the list," he said. "I'd like to know when I'm getting off it."

The AQSS is expected to publish its next wait-list update in May.""",
        [
            ("a scandal hiding in plain", "Sophie Tremblay-Roy"),
            ("not where we want them", "Étienne Lavallée"),
            ("We have added operating-room hours", "Étienne Lavallée"),
            ("I am asking Quebecers for", "Étienne Lavallée"),
            ("Last week I met a", "Sophie Tremblay-Roy"),
            ("This government promised that no", "Sophie Tremblay-Roy"),
            ("continues to limit the number", "Agence québécoise des soins et services"),
            ("The rooms are there and", "orthopedic surgeon at a hospital in the Montreal area"),
            ("What we don't have is", "orthopedic surgeon at a hospital in the Montreal area"),
            ("You cannot rent your way", "Nadia Chérif"),
            ("Every time, they tell me", "Gilles Ouellet"),
            ("I'd like to know when", "Gilles Ouellet"),
        ],
    ),
    (
        """B.C. budget forecasts $8.1-billion deficit as health spending climbs

Devon Mackenzie

VICTORIA — British Columbia is forecasting an $8.1-billion deficit for the coming fiscal year, with health care taking nearly half of all new spending in a budget Finance Minister Karen Lindqvist described as “a plan for tough times.”

The budget, titled “Steady Hands, Strong Services,” projects total spending of $94.6 billion, including $32.8 billion for the Ministry of Health — an increase of 6.4 per cent over last year.

“We could have balanced this budget by cutting surgeries and closing beds. We chose not to,” Lindqvist told the legislature on Tuesday afternoon. “British Columbians have told us very clearly what they expect, and they expect a health-care system that is there when they need it.”

The province expects to return to balance in 2028-29, three years later than forecast last spring, Lindqvist said. Taxpayer-supported debt is projected to reach $141 billion by then.

The budget commits $1.2 billion over three years to hire and train health workers, including 600 new nursing seats at post-secondary institutions, and $410 million to open two new urgent and primary care centres in the Fraser Valley and on northern Vancouver Island.

Opposition finance critic Trevor Haldane called the deficit “reckless” and said the government had no credible plan to get spending under control.

“This is a government that has run out of ideas and is now running out of money,” Haldane said. “Families in this province are balancing their budgets every month. They’re asking why their government can’t.”

Colin Ashby, chief economist at the Pacific Institute for Fiscal Studies, said the deficit was larger than most private-sector forecasters had expected, but the province’s credit rating was not in immediate danger.

“The bigger concern is the structural piece,” Ashby said. “Health spending is growing faster than revenue year after year, and nothing in this budget changes that trajectory.”

Health-care unions gave the budget a cautious welcome. In a statement, the Health Sciences Workers’ Federation of B.C. said the training money was “a step in the right direction” but warned it would be years before new graduates reached hospital floors.

“Our members are exhausted now,” federation president Marisol Cortez said in the statement. “They can’t wait until 2028.”

Outside the chamber, Premier Nathan Beaulieu defended the timeline. Asked whether the province risked a credit downgrade, he said he was “not losing sleep over it.”

“I’d rather explain a deficit to a rating agency than explain to a family why their mother waited 14 hours in a hallway,” Beaulieu said.""",
        [
            ("a plan for tough times.", "Karen Lindqvist"),
            ("We could have balanced this", "Karen Lindqvist"),
            ("British Columbians have told us", "Karen Lindqvist"),
            ("reckless", "Trevor Haldane"),
            ("This is a government that", "Trevor Haldane"),
            ("Families in this province are", "Trevor Haldane"),
            ("The bigger concern is the", "Colin Ashby"),
            ("Health spending is growing faster", "Colin Ashby"),
            ("a step in the right", "Health Sciences Workers’ Federation of B.C."),
            ("Our members are exhausted now,", "Marisol Cortez"),
            ("They can’t wait until 2028.", "Marisol Cortez"),
            ("not losing sleep over it.", "Nathan Beaulieu"),
            ("I’d rather explain a deficit", "Nathan Beaulieu"),
        ],
    ),
    (
        """Ribstone Valley residents rally to save hospital's labour and delivery unit

Kelsey Dunford

Several hundred people packed the community hall in Ribstone Valley on Thursday night to protest a plan to suspend labour and delivery services at the town's hospital.

Alberta Hospital Services, the provincial agency responsible for acute care, announced last week that obstetrical services at Ribstone Valley Health Centre would be paused "for a minimum of six months" starting April 1, citing the departure of two of the hospital's three family physicians who deliver babies.

Mayor Doug Fennimore told the crowd the town had been given no warning.

"We found out the same way you did — from a news release," Fennimore said, drawing loud applause. "Nobody from Edmonton picked up the phone. Nobody asked us what this means for a young family in this town."

The nearest hospital offering labour and delivery is in Hollister, about 85 kilometres away.

Jenna Koskinen, who is 31 weeks pregnant with her second child, said she has already started planning to stay with relatives near Hollister in the weeks before her due date.

"With my first, I went from the first contraction to holding him in under three hours," she said. "If that happens again, I'm having this baby on the side of the highway."

A spokeswoman for Alberta Hospital Services said in an email that the agency recognized the decision was "difficult for the community" and that recruitment was under way.

"Patient safety is our first priority. We cannot safely offer obstetrical care without adequate physician coverage, and we are actively working to recruit replacement physicians so services can resume as quickly as possible," the spokeswoman said.

Local MLA Curtis Braun, a member of the governing caucus, said he had raised the issue directly with Health Minister Brenda Voss.

"I've been very clear with the minister that a six-month pause cannot become a permanent closure," Braun said in an interview Friday. "I've seen that happen in other communities, and I won't let it happen here."

Voss's office did not respond to a request for comment.

Dr. Owen Leclair, one of the departing physicians, said he and a colleague had covered obstetrics on call for close to a decade with little backup.

"It's not about the money. It's about being on call every second night for years," Leclair said. "We brought forward proposals to share the load with neighbouring communities in 2021 and again in 2023. They went nowhere."

The Alberta Rural Physicians Collective, which represents about 400 doctors, said in a statement Friday that at least six rural hospitals in the province had reduced or suspended obstetrical services since 2020.

Rally organizer Tanya Whitehorse said residents plan to take their concerns to the legislature. "We're not going away," she said. "This is a town of 4,000 people, and every one of them was born somewhere."

A meeting between town council and Alberta Hospital Services officials is scheduled for next week.""",
        [
            ("for a minimum of six", "Alberta Hospital Services"),
            ("We found out the same", "Doug Fennimore"),
            ("Nobody from Edmonton picked up", "Doug Fennimore"),
            ("With my first, I went", "Jenna Koskinen"),
            ("If that happens again, I'm", "Jenna Koskinen"),
            ("difficult for the community", "spokeswoman"),
            ("Patient safety is our first", "spokeswoman"),
            ("I've been very clear with", "Curtis Braun"),
            ("I've seen that happen in", "Curtis Braun"),
            ("It's not about the money.", "Owen Leclair"),
            ("We brought forward proposals to", "Owen Leclair"),
            ("We're not going away,", "Tanya Whitehorse"),
            ("This is a town of", "Tanya Whitehorse"),
        ],
    ),
    (
        """Ontario ER patients waiting longer than ever for a bed, health watchdog finds

By Amrita Basu, Queen's Park Bureau

Admitted patients in Ontario emergency departments waited an average of 21.4 hours for an inpatient bed last year, the longest wait on record, according to a report released Monday by the province's independent health-care watchdog.

The report from the Ontario Patient Care Review Office, titled "Stuck at the Front Door," found that roughly one in 10 admitted patients waited more than 40 hours, often on stretchers in hallways or in converted storage rooms.

"Prolonged emergency department boarding is not an inconvenience; it is associated with higher rates of in-hospital death, longer lengths of stay and worse outcomes for older adults," the report said.

The office's chief reviewer, Dr. Samuel Adeyemi, told reporters at Queen's Park that the numbers reflect a system "running at or above capacity every single day."

"Hospitals were designed on the assumption that occupancy would sit around 85 per cent," Adeyemi said. "Many of the hospitals we looked at are at 110, 115 per cent for months at a time. There is no slack left."

He said the biggest driver of the backlog was the number of patients occupying hospital beds while waiting for long-term care or home care — known in the system as "alternate level of care" patients. The report counted more than 5,600 such patients on an average day.

Health Minister Priya Mehta-Collins was not available for an interview. Her spokesperson, Liam Ouellette, said in an email that the government "welcomes the report" and was already acting on many of its findings.

Ouellette pointed to a list of measures: "We are building 30,000 new long-term care beds, we have expanded home care funding by $1 billion, and we have funded 3,500 new hospital beds since 2018."

At Lakeshore Regional Health Centre in Brantwood, president and CEO Ruth Kapoor said her hospital had opened an unfunded "surge" unit in a former cafeteria to get patients out of the hallways.

"We're not proud of it, but it's better than having someone lie in a hallway for two days," Kapoor said. "What I need is a predictable funding model that recognizes the patients we are actually seeing, not the ones we saw in 2015."

Marjorie Fenwick, 83, spent 38 hours on a stretcher at Lakeshore in January after a fall at home, according to her daughter, Claire Fenwick.

"My mother kept apologizing to the nurses for being in the way," Claire Fenwick said. "She had a broken hip and she was apologizing."

NDP health critic Marcus Lindo said the report should be "a wake-up call" for the government.

"It's the fourth wake-up call in four years," Lindo said. "At some point you have to ask whether anyone is actually getting up."

The report makes 17 recommendations, including a provincewide target for the time admitted patients spend in emergency departments and quarterly public reporting by every hospital.""",
        [
            ("Prolonged emergency department boarding is", "Ontario Patient Care Review Office"),
            ("running at or above capacity", "Samuel Adeyemi"),
            ("Hospitals were designed on the", "Samuel Adeyemi"),
            ("Many of the hospitals we", "Samuel Adeyemi"),
            ("welcomes the report", "Liam Ouellette"),
            ("We are building 30,000 new", "Liam Ouellette"),
            ("We're not proud of it,", "Ruth Kapoor"),
            ("What I need is a", "Ruth Kapoor"),
            ("My mother kept apologizing to", "Claire Fenwick"),
            ("She had a broken hip", "Claire Fenwick"),
            ("a wake-up call", "Marcus Lindo"),
            ("It's the fourth wake-up call", "Marcus Lindo"),
            ("At some point you have", "Marcus Lindo"),
        ],
    ),
    (
        """Quebec budget projects $11-billion deficit, promises more money for health care

Simon Gagnon

Quebec's finance minister tabled a budget Tuesday forecasting an $11-billion deficit, the largest in the province's history outside the pandemic years, while promising to increase health spending by 4.2 per cent.

Julien Desrosiers said the province had little choice but to run a deficit in the face of slowing economic growth and uncertainty over trade with the United States, and that cutting spending now would "make a difficult situation worse."

"We are not going to balance the budget on the backs of patients or students," Desrosiers told reporters in the budget lock-up. "That would be irresponsible."

Health and social services spending will rise to $63.8 billion. The budget also sets aside $780 million over five years for a plan to shorten emergency-room stays, which the government has branded "Urgences 24."

The government now says it will return to balance in 2029-30, one year later than planned.

Premier François Bélanger, speaking in French at the National Assembly, said the budget showed his government "chose people over numbers."

"Quebecers are worried. They see the news from Washington, they see their grocery bills," Bélanger said. "This budget tells them: we will protect your services."

Official Opposition finance critic Louise Paradis said the government had lost control of public finances.

"Six years ago this government inherited a surplus. Today it is presenting the largest deficit in the history of Quebec," Paradis said. "And waiting times in emergency rooms are longer than when they arrived."

The Regroupement des employeurs du Québec said in a news release that it was "deeply concerned" by the size of the deficit and the absence of "a credible path back to balance."

Chantal Poirier, president of the Centrale des travailleurs de la santé, which represents about 70,000 health workers, said the 4.2 per cent increase would barely cover rising costs.

"When you take out inflation and the aging of the population, there is almost nothing left for improvements," Poirier said. "The government is calling this an investment. For our members, it is standing still."

A senior official in the Finance Department, speaking on background during the lock-up, said the government expects growth in health spending to slow to about three per cent a year after 2026. "That is going to require choices," the official said, without elaborating.""",
        [
            ("make a difficult situation worse.", "Julien Desrosiers"),
            ("We are not going to", "Julien Desrosiers"),
            ("That would be irresponsible.", "Julien Desrosiers"),
            ("chose people over numbers.", "François Bélanger"),
            ("Quebecers are worried. They see", "François Bélanger"),
            ("This budget tells them: we", "François Bélanger"),
            ("Six years ago this government", "Louise Paradis"),
            ("And waiting times in emergency", "Louise Paradis"),
            ("deeply concerned", "Regroupement des employeurs du Québec"),
            ("a credible path back to", "Regroupement des employeurs du Québec"),
            ("When you take out inflation", "Chantal Poirier"),
            ("The government is calling this", "Chantal Poirier"),
            ("That is going to require", "senior official in the Finance Department"),
        ],
    ),
    (
        """B.C. nurses vote 94 per cent in favour of strike action

Rachel Tanaka

Nurses in British Columbia have voted overwhelmingly in favour of strike action, their union announced Wednesday, raising the prospect of job action at hospitals across the province this spring.

The B.C. Nurses’ Federation said 94 per cent of members who cast ballots supported a strike mandate, on a turnout of 78 per cent. The federation represents about 48,000 registered nurses, licensed practical nurses and psychiatric nurses.

“This is the strongest mandate our members have ever given us,” federation president Angela Whitford said at a news conference in Burnaby. “Nurses are not asking for the moon. We are asking for safe staffing ratios that are enforced, not just announced.”

Whitford said the province’s 2023 promise to introduce minimum nurse-to-patient ratios had been rolled out unevenly, with some hospitals still routinely scheduling one nurse for eight or more medical patients on night shifts.

“We have nurses who go home after a 12-hour shift and cry in the car,” she said.

“They are not crying because the work is hard. They are crying because they know they could not give their patients the care they deserved.”

Talks between the federation and the Provincial Health Employers Council broke off on Feb. 20 after 11 months of bargaining. The council, which bargains on behalf of the province’s health authorities, said in a statement that it remained “committed to reaching a fair agreement at the table” and that its most recent offer included wage increases of 12 per cent over three years.

Under B.C. law, essential service levels must be set by the Labour Relations Board before any strike can begin, meaning emergency departments, intensive care units and other critical services would remain staffed.

Health Minister Harjit Grewal said he was “disappointed but not surprised” by the result.

“I have enormous respect for nurses. They have carried this system through some incredibly difficult years,” Grewal told reporters at the legislature in Victoria. “The best place to resolve this is at the bargaining table, and that is where my focus is.”

A senior official in the Health Ministry, who was not authorized to speak publicly about the negotiations, said the two sides remained far apart on how the ratios would be enforced rather than on wages. “The money is the easy part,” the official said.

Patient advocates urged both sides to avoid disruption. Denise Halvorsen, executive director of the Patient Voices Society of B.C., said patients already waiting for surgery were anxious.

“People have had their procedures postponed once already, during the pandemic,” Halvorsen said. “The idea of going through that again is frightening.”

No strike date has been set. The union must give 72 hours’ notice before any job action.""",
        [
            ("This is the strongest mandate", "Angela Whitford"),
            ("Nurses are not asking for", "Angela Whitford"),
            ("We have nurses who go", "Angela Whitford"),
            ("They are not crying because", "Angela Whitford"),
            ("committed to reaching a fair", "Provincial Health Employers Council"),
            ("disappointed but not surprised", "Harjit Grewal"),
            ("I have enormous respect for", "Harjit Grewal"),
            ("The best place to resolve", "Harjit Grewal"),
            ("The money is the easy", "senior official in the Health Ministry"),
            ("People have had their procedures", "Denise Halvorsen"),
            ("The idea of going through", "Denise Halvorsen"),
        ],
    ),
    (
        """NDP demands audit of private surgical contracts as Alberta health bill passes second reading

Mitchell Rourke

EDMONTON — Alberta's Opposition NDP called Monday for an independent audit of the province's contracts with private surgical clinics, as a government bill that would expand the clinics' role passed second reading in the legislature.

Bill 14, the Surgical Access Improvement Act, would allow the clinics, known in government documents as "CSFs," to perform a wider range of procedures, including some hip and knee replacements that now require an overnight hospital stay.

NDP health critic Aman Dhaliwal said the government had not shown that the clinics were shortening wait times or saving money.

"The minister keeps telling us this is about patients," Dhaliwal said during debate. "If that's true, show us the numbers. Show us what each procedure costs in a private clinic compared to a public hospital.

"Albertans deserve to know where their money is going."

Health Minister Brenda Voss rejected the call, saying the province already publishes wait-time data every quarter and that contract details are "commercially sensitive."

"The members opposite have an ideological problem with anyone who isn't a government employee doing surgery," Voss told the house. "We have a problem with Albertans waiting in pain."

Voss said chartered facilities performed more than 61,000 publicly funded surgeries last year, about 21 per cent of the provincial total.

But a report published last fall by the Prairie Health Policy Institute found that costs for some orthopedic procedures were on average 18 per cent higher at contracted clinics than in public hospitals. According to the report, the province "has not established a consistent method for comparing costs across public and contracted settings."

Dr. Lauren Metcalfe, an anesthesiologist in Red Deer and a past president of the Alberta Society of Anesthesia Providers, said the clinics draw staff from the same limited pool as public hospitals.

"Every nurse who moves to a clinic is a nurse who isn't in a public operating room," Metcalfe said. "It's not magic. It's the same people in a different building."

Premier Dale Kershaw, at an unrelated event in southern Alberta, dismissed the audit demand as "political theatre."

"Alberta has one of the shortest wait lists for hip and knee surgery in the country because we were willing to try something different," Kershaw said.

Westridge Surgical Partners, which operates four chartered facilities in Calgary and Edmonton, said in an emailed statement that it would "welcome any review" of its contracts.

"We are proud of the work our teams do and confident in the value we deliver to Alberta taxpayers," the company said.

The bill is expected to pass third reading before the spring sitting ends May 8.""",
        [
            ("The minister keeps telling us", "Aman Dhaliwal"),
            ("If that's true, show us", "Aman Dhaliwal"),
            ("Albertans deserve to know where", "Aman Dhaliwal"),
            ("commercially sensitive.", "Brenda Voss"),
            ("The members opposite have an", "Brenda Voss"),
            ("We have a problem with", "Brenda Voss"),
            ("has not established a consistent", "Prairie Health Policy Institute"),
            ("Every nurse who moves to", "Lauren Metcalfe"),
            ("It's not magic. It's the", "Lauren Metcalfe"),
            ("political theatre.", "Dale Kershaw"),
            ("Alberta has one of the", "Dale Kershaw"),
            ("welcome any review", "Westridge Surgical Partners"),
            ("We are proud of the", "Westridge Surgical Partners"),
        ],
    ),
]
