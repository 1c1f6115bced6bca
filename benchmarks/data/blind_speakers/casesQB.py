CASES = [
    (
        """Carrow transit workers walk off job after talks collapse, leaving 200,000 riders stranded

CARROW, Ont. — Bus and light-rail service across Carrow ground to a halt early Monday after roughly 2,300 transit workers walked off the job, hours after last-ditch talks with the city's transit agency broke down.

The Transit Workers Union Local 418, which represents operators, mechanics and station staff at the Carrow Regional Transit Commission, said the two sides remained far apart on wages and scheduling.

"We did not want to be here this morning," Dana Kowalchuk, the local's president, told reporters outside the Eastgate garage shortly after 4 a.m. "Our members have been working split shifts and forced overtime for three years. They've had enough."

Kowalchuk said the commission's final offer of 2.5 per cent a year over four years fell short of inflation and did nothing to address what she called "a staffing crisis the commission created."

The commission said in a statement that its offer was "fair, responsible and in line with settlements elsewhere in the province" and that it had been prepared to keep bargaining through the night.

"We are disappointed that the union chose to withdraw services while there was still room to reach a deal," said Marisol Frenette, the commission's chief executive. "Our priority now is getting people back to the table."

Mayor Peter Lindqvist urged both sides to resume talks, saying the strike would hit students, shift workers and seniors hardest.

"Every day this goes on, somebody misses a shift or a medical appointment," Lindqvist said at city hall. "That's not acceptable to me and it shouldn't be acceptable to anyone at that table."

He said he had spoken with Ontario's labour minister but stopped short of calling for back-to-work legislation, which he described as "a last resort, not a first one."

At the Dundurn Street terminal, commuters scrambled for rides. Aiyana Whitford, a 19-year-old nursing student, said she had paid $38 for a ride-share to get to a morning lab.

"I can't do that every day," she said. "I don't have that kind of money."

The city has opened additional parking at three suburban park-and-ride lots and is asking employers to allow staff to work from home where possible.

Paratransit service for riders with disabilities will continue at reduced levels under an essential services agreement, the commission said.

Council is scheduled to meet in a special session Wednesday. Coun. Rachel Ostrowski, who chairs the transit committee, said she expected councillors to press staff for a contingency plan if the strike stretches into a second week.

"People need to know what happens next," she said.

The last transit strike in Carrow, in 2009, lasted 19 days.""",
        [
            ("We did not want to be", "Dana Kowalchuk"),
            ("Our members have been working", "Dana Kowalchuk"),
            ("a staffing crisis the commission", "Dana Kowalchuk"),
            ("fair, responsible and in line", "Carrow Regional Transit Commission"),
            ("We are disappointed that the", "Marisol Frenette"),
            ("Our priority now is getting", "Marisol Frenette"),
            ("Every day this goes on,", "Peter Lindqvist"),
            ("That's not acceptable to me", "Peter Lindqvist"),
            ("a last resort, not a", "Peter Lindqvist"),
            ("I can't do that every", "Aiyana Whitford"),
            ("I don't have that kind", "Aiyana Whitford"),
            ("People need to know what", "Rachel Ostrowski"),
        ],
    ),
    (
        """Fairhaven council approves 7.9-per-cent tax increase as police budget draws fire

By Jonathan Achterberg

FAIRHAVEN, ALTA.

After 14 hours of debate stretched over two days, Fairhaven city council approved a 2025 operating budget on Thursday night that will raise property taxes by 7.9 per cent, the largest single-year increase in the city’s history.

The $2.1-billion budget includes a $19-million increase for the Fairhaven Police Service, a figure that drew dozens of speakers to the council chamber and prompted a failed motion to freeze police spending at last year’s level.

Mayor Celeste Braithwaite, who campaigned two years ago on keeping tax hikes below inflation, acknowledged the increase would be painful for homeowners.

“I’m not going to stand here and pretend this is good news,” she said after the 9-4 vote. “But we inherited a decade of deferred maintenance, and the bill has come due.”

City finance staff say roughly half of the increase is tied to water and road infrastructure, with the rest driven by wage settlements, higher insurance premiums and the police budget.

Police Chief Arvind Mehra told council the additional money would fund 42 new officers, most of them assigned to a downtown patrol unit and a team focused on intimate-partner violence. He said calls for service had risen 18 per cent since 2021 while the force’s head count had stayed essentially flat.

“We are being asked to do more with the same, and at some point that stops working,” Chief Mehra said.

Councillor Tomasz Wierzbicki, who moved the freeze, argued that the city was spending more on policing while cutting grants to community agencies that deal with addiction and homelessness.

“We keep buying the most expensive tool in the box and wondering why the problem doesn’t go away,” he said.

His motion failed 8-5.

Several speakers during the public hearing on Wednesday echoed that view. Grace Nakamura-Bell, executive director of the Eastside Community Food Collective, told councillors the agency’s city grant had been cut by 12 per cent even as demand at its pantry had doubled. She said the budget sent “a clear message about who this council thinks is worth investing in.”

Others defended the increase. The Fairhaven Downtown Business Association said in a written submission that its members had reported a sharp rise in break-ins and that additional foot patrols would be “a welcome and long overdue step.”

The tax increase translates to about $264 a year for a typical single-family home assessed at $485,000, according to city figures.

Councillor Lorraine Dubé, who voted against the budget, said she worried about residents on fixed incomes.

“There are seniors in my ward who will look at that number and have to decide between their taxes and their groceries,” she said. “We owe them a better answer than that.”

The budget takes effect Jan. 1. Council will revisit the police budget in the spring, when the service presents its first quarterly report on the new hires.""",
        [
            ("I’m not going to stand", "Celeste Braithwaite"),
            ("But we inherited a decade", "Celeste Braithwaite"),
            ("We are being asked to", "Arvind Mehra"),
            ("We keep buying the most", "Tomasz Wierzbicki"),
            ("a clear message about who", "Grace Nakamura-Bell"),
            ("a welcome and long overdue", "Fairhaven Downtown Business Association"),
            ("There are seniors in my", "Lorraine Dubé"),
            ("We owe them a better", "Lorraine Dubé"),
        ],
    ),
    (
        """Watchdog clears Port Alder officer in Taser incident but questions training

Eric Lamontagne

A Port Alder police officer who used a Taser on a 61-year-old man during a wellness check last spring will not face charges, Nova Scotia's police watchdog has concluded, though its director says the case raises "serious questions" about how officers are trained to handle people in crisis.

In a report released Tuesday, the Police Conduct Review Agency found that the officer's use of force was legally justified because the man, who was holding a kitchen knife, had ignored repeated commands to drop it.

But the agency's director, Felicity Okonkwo-Marsh, wrote that the situation "escalated far more quickly than it needed to" and that there was no evidence the responding officers had considered waiting for the mobile mental health team, which was on shift at the time.

"The law asks whether the force was reasonable in the moment," Okonkwo-Marsh said in an interview. "It doesn't ask whether the moment itself could have been avoided. That second question matters too."

The man, who is not named in the report, was taken to hospital with minor injuries and later released. He was not charged.

According to the report, officers were called to an apartment on Beaton Street on April 14 after a relative said the man had stopped taking his medication and was threatening to harm himself. The Taser was deployed less than two minutes after officers entered the unit.

The man's sister, who spoke on condition her name not be used because she worries about her brother's privacy, said the family had asked specifically for the crisis team.

"We told them he was sick. We told them he wasn't dangerous to anyone but himself," she said. "They came in like it was a robbery."

Port Alder Regional Police said in a statement that it "accepts the findings" and is reviewing the agency's recommendations, which include requiring dispatchers to notify the mobile crisis team on all calls involving a person in mental health distress.

Deputy Chief Graham Tillotson said the service has already begun a pilot project that pairs a mental health clinician with officers on evening shifts in the north end.

"We've heard the criticism and we don't dismiss it," Tillotson told reporters at police headquarters. "Our officers are often the only ones available at 2 a.m. We want that to change as much as anyone."

The mobile crisis team, funded jointly by the province and the municipality, currently operates 12 hours a day. Advocates have been pushing for 24-hour coverage for several years.

Coun. Marcus Fairweather, who sits on the board of police commissioners, said he would ask the board to cost out round-the-clock coverage ahead of next year's budget.

"This is a cheap fix compared to what it costs when things go wrong," he said.

Okonkwo-Marsh's report also recommends that the service track how often officers request the crisis team and how often it is actually deployed, and publish the numbers annually.""",
        [
            ("serious questions", "Felicity Okonkwo-Marsh"),
            ("escalated far more quickly than", "Felicity Okonkwo-Marsh"),
            ("The law asks whether the", "Felicity Okonkwo-Marsh"),
            ("It doesn't ask whether the", "Felicity Okonkwo-Marsh"),
            ("We told them he was", "man's sister"),
            ("They came in like it", "man's sister"),
            ("accepts the findings", "Port Alder Regional Police"),
            ("We've heard the criticism and", "Graham Tillotson"),
            ("Our officers are often the", "Graham Tillotson"),
            ("This is a cheap fix", "Marcus Fairweather"),
        ],
    ),
    (
        """Valmont transit maintenance workers launch week of strikes; service cut outside rush hour

Catherine Beaulieu-Shaw

Buses in Valmont will run only during morning and evening rush hours for the next seven days after the union representing the transit authority's maintenance workers launched a strike Monday, the latest escalation in a contract dispute that has dragged on for more than two years.

The Syndicat des employés d'entretien du transport de Valmont represents about 1,100 mechanics, cleaners and technicians at the Société de transport de Valmont (STV).

Under an order from Quebec's labour tribunal, the STV must maintain full service from 6 to 9 a.m. and from 3 to 6:30 p.m. Outside those windows, no buses will run.

"We're not doing this to punish riders," union president Jean-François Ricard said in French at a news conference outside the Lapointe garage. "We're doing it because management has refused to talk seriously about outsourcing for two years."

The central issue, according to both sides, is the STV's plan to contract out some maintenance work on its electric bus fleet. The union says that would eliminate as many as 150 jobs over five years; the transit authority says no permanent employee would lose their position.

In an email, STV spokesperson Mélanie Gauvreau said the authority had "made significant concessions" at the table and called the strike "disproportionate and unnecessary."

"The STV remains available to negotiate at any time, including this week," she wrote.

Valmont Mayor Hélène Brisebois-Tran said the city, which funds roughly a third of the STV's operating budget, was not a party to the talks but was watching closely.

"I'm asking both sides to put riders first," she told reporters at city hall. "People who work evenings, people who work in restaurants and hospitals, they're the ones who pay for this."

Opposition leader Samir Haddad of Action Valmont said the mayor had "sat on her hands" for months while the dispute festered.

"She had a responsibility to bring people together long before we got to a strike," Haddad said.

At the Terminus Centre-Ville on Monday afternoon, the platforms were nearly empty. Roxanne Delisle, who works the dinner shift at a restaurant on Rue Principale, said she would walk 45 minutes home after her shift ends at 11 p.m.

"It's fine in September," she said. "Ask me again in November."

The strike is scheduled to end at midnight Sunday. The union has said further walkouts are possible if no agreement is reached by the end of October.

The STV's last collective agreement with its maintenance workers expired in January 2023.""",
        [
            ("We're not doing this to", "Jean-François Ricard"),
            ("We're doing it because management", "Jean-François Ricard"),
            ("made significant concessions", "Mélanie Gauvreau"),
            ("disproportionate and unnecessary.", "Mélanie Gauvreau"),
            ("The STV remains available to", "Mélanie Gauvreau"),
            ("I'm asking both sides to", "Hélène Brisebois-Tran"),
            ("People who work evenings, people", "Hélène Brisebois-Tran"),
            ("sat on her hands", "Samir Haddad"),
            ("She had a responsibility to", "Samir Haddad"),
            ("It's fine in September,", "Roxanne Delisle"),
            ("Ask me again in November.", "Roxanne Delisle"),
        ],
    ),
    (
        """Tidewater police board asks province to overrule council's budget cut

TIDEWATER, B.C. — The Tidewater Police Board has asked British Columbia's director of police services to overturn a city council decision that trimmed $6.4 million from the force's proposed budget, setting up a rare provincial showdown over municipal spending.

The board voted unanimously at a closed meeting Friday to file a formal appeal under the Police Act.

In a letter to council released Monday, the board said the cut would force the Tidewater Police Department to leave 31 vacant positions unfilled and close its community office in the Harbourview neighbourhood.

"The board cannot in good conscience approve a budget that it believes compromises public safety," the letter said.

Mayor Jenna Sokolowski said council had made "difficult choices across every department" and noted that the police budget was still rising by 4.1 per cent over last year.

"Nobody cut policing. We slowed the rate of growth, the same as we did for parks, libraries and fire," Sokolowski told reporters Monday. "I'd ask the board to respect that."

According to city figures, the police department accounts for about 23 per cent of Tidewater's $880-million operating budget, the largest single line item.

A senior city official, who spoke on condition of anonymity because they were not authorized to discuss the appeal, said staff had been preparing for the possibility for weeks.

"Nobody was surprised," the official said. "The question is whether Victoria wants to wade into this in an election year."

B.C.'s Ministry of Public Safety said in an email that it had received the appeal and that the director would review it "in accordance with the legislation."

The Tidewater Police Association, which represents rank-and-file officers, backed the board's appeal.

"Our members are already stretched thin on every shift," association president Kyle Desrosiers said in a statement. "Leaving 31 positions empty isn't a budget line. It's fewer officers answering calls."

Not everyone agreed. Imani Castellanos, a co-ordinator with the Tidewater Coalition for Community Safety, said the appeal showed the board "doesn't believe it answers to the people who pay the bills."

"Council was elected. The police board was appointed," she said. "That should count for something."

The director of police services has no fixed deadline to rule on the appeal. Until a decision is made, the department will operate under council's approved budget.""",
        [
            ("The board cannot in good", "Tidewater Police Board"),
            ("difficult choices across every department", "Jenna Sokolowski"),
            ("Nobody cut policing. We slowed", "Jenna Sokolowski"),
            ("I'd ask the board to", "Jenna Sokolowski"),
            ("Nobody was surprised,", "senior city official"),
            ("The question is whether Victoria", "senior city official"),
            ("in accordance with the legislation.", "Ministry of Public Safety"),
            ("Our members are already stretched", "Kyle Desrosiers"),
            ("Leaving 31 positions empty isn't", "Kyle Desrosiers"),
            ("doesn't believe it answers to", "Imani Castellanos"),
            ("Council was elected. The police", "Imani Castellanos"),
            ("That should count for something.", "Imani Castellanos"),
        ],
    ),
    (
        """Ashcombe budget chief proposes fare freeze, 5.4% tax hike in first draft

By Priya Ramdial, Staff Reporter

Ashcombe homeowners would see a 5.4 per cent property tax increase and transit riders would pay the same fares for a third straight year under a draft 2025 budget unveiled Tuesday by the city’s budget chief.

Coun. Desmond Oyelaran, who chairs the budget committee, said the plan tries to balance a $210-million shortfall against what he described as “real affordability pressure” on residents.

“We heard very clearly during consultations that people are stretched,” Oyelaran said at a news conference at city hall.

“So what we’ve tried to do is protect the services that people rely on most — transit, shelters, libraries — while being honest that those services cost money.

“There is no version of this budget where taxes don’t go up. Anybody who tells you otherwise is selling something.”

The draft includes $48 million in new money for the Ashcombe Transit Authority to restore service on 11 bus routes cut during the pandemic, and keeps the adult cash fare at $3.35.

It also relies on $62 million from the provincial and federal governments that has not been confirmed, a gap some councillors flagged immediately.

“This budget has a hole in it the size of a small hospital,” said Coun. Beverly Stroud-Acheson, a frequent critic of Mayor Nathan Gilchrist. “If Queen’s Park says no, what do we cut?”

Gilchrist, who under the province’s strong-mayor powers must table the final budget by Feb. 1, said he was “broadly supportive” of the draft but would make changes after public deputations next month.

“I want to see more on housing, and I want to see more on keeping our streets safe,” the mayor said.

The Ashcombe Police Service has asked for a 6.9 per cent increase, most of it to cover a salary settlement with the police association that was reached through arbitration last year. The draft budget includes the full amount.

A spokesperson for the police service said the force had “found efficiencies wherever possible” and that the bulk of the increase was beyond its control.

Advocates for transit riders welcomed the fare freeze but said the service restorations didn’t go far enough.

“Eleven routes is a start. There were 19 routes cut,” said Farah Qureshi of the rider group Ashcombe Moves. “People in the northeast are still waiting 30 minutes for a bus in January.”

Budget committee deputations begin Jan. 8. Council is expected to vote on the final budget in late February.""",
        [
            ("real affordability pressure", "Desmond Oyelaran"),
            ("We heard very clearly during", "Desmond Oyelaran"),
            ("So what we’ve tried to", "Desmond Oyelaran"),
            ("There is no version of", "Desmond Oyelaran"),
            ("This budget has a hole", "Beverly Stroud-Acheson"),
            ("If Queen’s Park says no,", "Beverly Stroud-Acheson"),
            ("broadly supportive", "Nathan Gilchrist"),
            ("I want to see more", "Nathan Gilchrist"),
            ("found efficiencies wherever possible", "spokesperson"),
            ("Eleven routes is a start.", "Farah Qureshi"),
            ("People in the northeast are", "Farah Qureshi"),
        ],
    ),
    (
        """Saskatchewan passes back-to-work bill ending 23-day Coldwater transit strike

COLDWATER, Sask. — Buses will be back on the streets of Coldwater by Thursday after the Saskatchewan legislature passed back-to-work legislation late Tuesday, ending a 23-day strike that stranded tens of thousands of riders in the province's third-largest city.

The bill, which passed 38-12, sends outstanding issues to binding arbitration and imposes fines of up to $10,000 a day on individuals who defy it.

Labour Minister Corinne Halvorsen said the government had waited as long as it responsibly could.

"Three weeks is a long time to tell a single mother she can't get to work, or a kid he can't get to school," Halvorsen said in the legislature before the vote. "We gave the parties every chance. They couldn't get there."

The Coldwater Transit Employees' Union, which represents 740 drivers and mechanics, called the legislation "an attack on the constitutional right to strike" and said it was consulting lawyers about a court challenge.

Union president Byron Lakefield put it bluntly: "This government just told every worker in Saskatchewan that their right to strike exists right up until it's inconvenient."

He said members would obey the law and return to work but warned that morale was "at rock bottom."

Opposition labour critic Nadia Frontenac said the government had "picked a side" from the start of the dispute.

"They never once called the city to the table and asked what it would take," she said. "They waited for the polls to turn and then brought in the hammer."

City of Coldwater officials said service would resume on a modified schedule Thursday morning, with full service expected by Monday. Fares will be waived for the first week, the city said.

Mayor Owen Thibodeau said in a statement that he was "relieved for riders" but acknowledged the strike had done "real damage" to the relationship between the city and its transit workers.

"We're going to have to rebuild trust, and that starts with how we treat people when they walk back through the door on Thursday," the statement said.

Businesses downtown said the strike had cut foot traffic noticeably. Tamsin Greaves, who owns a coffee shop across from the main bus terminal, said her sales had dropped by about a third.

"We get a lot of people coming off the bus in the morning. That just disappeared," she said.

The arbitrator is expected to be named within 10 days. The union's last contract expired in March 2024.""",
        [
            ("Three weeks is a long", "Corinne Halvorsen"),
            ("We gave the parties every", "Corinne Halvorsen"),
            ("an attack on the constitutional", "Coldwater Transit Employees' Union"),
            ("This government just told every", "Byron Lakefield"),
            ("at rock bottom.", "Byron Lakefield"),
            ("picked a side", "Nadia Frontenac"),
            ("They never once called the", "Nadia Frontenac"),
            ("They waited for the polls", "Nadia Frontenac"),
            ("relieved for riders", "Owen Thibodeau"),
            ("real damage", "Owen Thibodeau"),
            ("We're going to have to", "Owen Thibodeau"),
            ("We get a lot of", "Tamsin Greaves"),
        ],
    ),
    (
        """Corran police to equip all front-line officers with body cameras by 2026

Leah Nordstrom

Every front-line officer in Corran will wear a body-worn camera by the end of 2026 under a $14.8-million plan approved Monday by the city’s police commission.

The decision follows a two-year pilot project in the downtown and west divisions. An evaluation of the pilot by the Prairie Institute for Justice Studies, titled “Clear View: Body-Worn Camera Pilot Final Report,” found complaints against officers in the pilot divisions fell by 27 per cent compared with the rest of the city.

“The evidence from our own streets is pretty compelling,” Chief Sandra Whitecalf told the commission. “Cameras protect the public and they protect our members. Nobody in this building is afraid of that.”

According to the report, officers in the pilot activated their cameras in 91 per cent of incidents where policy required it, though it noted that compliance was “noticeably lower” during overnight shifts.

Commission chair Ravinder Gill-Mackenzie said the money would come from the police service’s existing capital budget and would not require a tax increase.

Coun. Oksana Petrenko, one of two councillors on the commission, supported the plan but said the service needed clear rules about when footage is released to the public.

“If the footage only comes out when it makes the police look good, we’ve defeated the purpose,” she said.

The service says footage will be released in cases of public interest, subject to privacy law and the needs of ongoing investigations. Whitecalf said a draft disclosure policy would come to the commission in the spring.

Civil liberties groups were cautious. In a letter to the commission, the Alberta Civil Liberties Network warned that cameras “cannot substitute for independent oversight” and raised concerns about facial recognition technology being applied to stored footage.

Whitecalf said the service has “no plans” to use facial recognition on body camera video.

Not all officers are enthusiastic. A patrol sergeant with more than 15 years on the force, who asked not to be named because officers are not permitted to speak to media without authorization, said some colleagues worried the footage would be used to second-guess split-second decisions.

“Everybody’s fine with it until the first time a clip of them goes viral without the 10 minutes that came before it,” the sergeant said.

The Corran Police Association said in a statement that it supports cameras in principle and would be “watching closely” how footage is used in disciplinary proceedings.

The rollout will begin with the north division in April.""",
        [
            ("The evidence from our own", "Sandra Whitecalf"),
            ("Cameras protect the public and", "Sandra Whitecalf"),
            ("noticeably lower", "Prairie Institute for Justice Studies"),
            ("If the footage only comes", "Oksana Petrenko"),
            ("cannot substitute for independent oversight", "Alberta Civil Liberties Network"),
            ("no plans", "Sandra Whitecalf"),
            ("Everybody’s fine with it until", "patrol sergeant"),
            ("watching closely", "Corran Police Association"),
        ],
    ),
]
