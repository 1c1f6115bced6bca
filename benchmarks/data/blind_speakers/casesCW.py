CASES = [
    (
        """TORONTO — Ontario's health minister says the province will spend $214 million over three years to keep overnight emergency departments open in small-town hospitals, a move critics called a belated response to a year of closures.

Health Minister Coralie Westbrook announced the funding Tuesday at a hospital in Lindsay, saying the money would be used to hire and retain nurses in 31 communities where emergency rooms shut their doors for at least one night last year.

"No family in this province should have to drive an hour in the middle of the night because the lights are off at their local ER," Westbrook told reporters. "That ends with this investment."

The money will flow through regional health networks starting in April, she said, with the first hires expected by the fall.

Opposition health critic Farid Oyelaran said the government had been warned repeatedly about staffing shortages and chose to ignore them.

"They let these emergency rooms go dark one by one, and now they want a ribbon-cutting," Oyelaran said at Queen's Park. "Nurses have been telling this minister for two years what they need. It isn't a press release."

He said the funding amounts to "a fraction of what was cut" from hospital budgets since 2019 and called for a legislated cap on the fees charged by private nursing agencies.

The Ontario Rural Hospitals Coalition, which represents 46 small and mid-sized hospitals, said in a statement that it welcomed the announcement but that "the details will matter more than the dollar figure."

"Our members need stable, multi-year base funding, not one-time grants that disappear when the headlines do," the statement said.

Dr. Anjali Pemberton, chief of staff at Kawartha Lakes Memorial Hospital, said her emergency department closed on 19 nights last year, mostly because it could not find nurses to cover overnight shifts.

"Every one of those nights, I worried about the person who would show up at a locked door," Pemberton said in an interview.

She said she was "cautiously hopeful" but wanted to see how the money would be divided among hospitals.

A spokesperson for the ministry said the allocation formula would be released next month after consultations with hospital administrators.

Westbrook also defended the government's record, noting that Ontario had added more than 12,000 nurses to its registry since 2021.

"We're not pretending the problem is solved," she said. "But we're moving, and we're moving faster than anyone else in the country."

The announcement comes two weeks before the legislature resumes sitting on Feb. 20.""",
        [
            ("No family in this province should", "Coralie Westbrook"),
            ("That ends with this investment.", "Coralie Westbrook"),
            ("They let these emergency rooms", "Farid Oyelaran"),
            ("Nurses have been telling this", "Farid Oyelaran"),
            ("a fraction of what was cut", "Farid Oyelaran"),
            ("the details will matter more", "Ontario Rural Hospitals Coalition"),
            ("Our members need stable, multi-year", "Ontario Rural Hospitals Coalition"),
            ("Every one of those nights,", "Anjali Pemberton"),
            ("cautiously hopeful", "Anjali Pemberton"),
            ("We're not pretending the problem", "Coralie Westbrook"),
            ("But we're moving, and we're", "Coralie Westbrook"),
        ],
    ),
    (
        """By Dana Kowalchuk

Winnipeg city council narrowly voted Thursday to put off a decision on a protected bike lane along Ellice Avenue, sending the $6.8-million project back to the public works committee for at least another six months.

The 9-7 vote came after more than three hours of debate in front of a packed gallery, where cyclists in reflective vests sat a few rows away from business owners holding signs that read “Save Our Parking.”

Mayor Gerald Tkachuk, who voted with the majority, said he supports safer cycling routes but was not convinced the city had done enough to consult the roughly 140 businesses along the corridor.

“I’ve had shop owners in my office in tears,” Tkachuk said after the vote. “They’re not against bikes. They’re against finding out from a newspaper that the parking in front of their store is going away.”

Coun. Elise Marchand (Daniel McIntyre), who chairs the public works committee and championed the project, called the delay “a gift to nobody.”

“We have done two rounds of open houses, an online survey that got 3,100 responses and door-to-door visits on every block,” Marchand said. “At some point, consultation becomes an excuse.”

She noted that a cyclist was seriously injured at the corner of Ellice and Arlington Street in August.

A report from the city’s Public Works Department, titled “Ellice Avenue Active Transportation Corridor: Phase 2,” estimated the lane would remove 212 on-street parking spaces and concluded that nearby side streets could absorb “most, but not all” of the displaced demand.

Coun. Ray Bouchard (St. Norbert-Seine River), who moved the deferral, put it bluntly: “This is not ready.”

He said the committee should come back with options that keep at least some parking, adding that merchants along Ellice had been treated as “an afterthought” throughout the process.

Karen Osei, who has run a bakery on Ellice for 17 years, said the vote gave her some breathing room.

“Half my customers are seniors who drive in from the suburbs,” she said. “If they can’t park, they don’t come.”

Outside city hall, Priya Lindqvist, a spokesperson for the advocacy group Spoke and Street Winnipeg, said the group was disappointed but would keep pushing.

“Six months is another construction season lost,” Lindqvist said. “Someone is going to get hurt in that time, and council will have to live with that.”

The project is expected to return to committee in April, with a final council vote possible before the end of June.""",
        [
            ("I’ve had shop owners in", "Gerald Tkachuk"),
            ("They’re not against bikes.", "Gerald Tkachuk"),
            ("a gift to nobody.", "Elise Marchand"),
            ("We have done two rounds", "Elise Marchand"),
            ("At some point, consultation becomes", "Elise Marchand"),
            ("most, but not all", "Public Works Department"),
            ("This is not ready.", "Ray Bouchard"),
            ("an afterthought", "Ray Bouchard"),
            ("Half my customers are seniors", "Karen Osei"),
            ("If they can’t park, they", "Karen Osei"),
            ("Six months is another construction", "Priya Lindqvist"),
            ("Someone is going to get", "Priya Lindqvist"),
        ],
    ),
    (
        """VANCOUVER — A B.C. Supreme Court judge has overturned a Fraser Valley council's decision to strip one of its members of her committee appointments, ruling that the process used against her was "fundamentally unfair."

In a written decision released Monday, Justice Miriam Holloway found that the City of Tallis Creek gave Coun. Bernadette Yu less than 24 hours' notice of the allegations against her and no chance to respond before council voted to sanction her last March.

"A councillor facing sanction is entitled to know the case against her and to answer it," Holloway wrote. "That did not happen here."

The sanctions followed a closed-door report by an outside investigator, who concluded that Yu had shared confidential information about a land purchase with a local newspaper. Yu has denied leaking anything.

The judge did not rule on whether the leak allegation was true, but said council appeared to have treated the investigator's findings as "a foregone conclusion" and noted that several councillors had publicly described Yu as guilty before the vote.

"The appearance of a closed mind on the part of the decision-maker is, in these circumstances, fatal," the ruling said.

Yu's lawyer, Colm Ferreira, said his client was relieved.

"She has spent a year with a cloud over her head for something she didn't do," Ferreira said in a phone interview. "Today a court said the city didn't play fair, and that matters."

Yu, who was first elected in 2018, said she hoped to return to the city's finance and planning committees as soon as possible.

"I ran to serve the people of Tallis Creek, not to spend my evenings reading legal bills," she said.

In a statement, the City of Tallis Creek said it "respects the court's decision" and was reviewing it with legal counsel.

Mayor Douglas Pennock declined an interview request. A spokesperson for the city said council would discuss the ruling at an in camera meeting next week.

The judge ordered the city to pay Yu's legal costs. Holloway also noted that nothing in her ruling prevents council from starting the process over, provided it follows "the basic requirements of procedural fairness."

The city has 30 days to file an appeal.""",
        [
            ("fundamentally unfair.", "Miriam Holloway"),
            ("A councillor facing sanction is", "Miriam Holloway"),
            ("That did not happen here.", "Miriam Holloway"),
            ("a foregone conclusion", "Miriam Holloway"),
            ("The appearance of a closed", "Miriam Holloway"),
            ("She has spent a year", "Colm Ferreira"),
            ("Today a court said the", "Colm Ferreira"),
            ("I ran to serve the", "Bernadette Yu"),
            ("respects the court's decision", "City of Tallis Creek"),
            ("the basic requirements of procedural", "Miriam Holloway"),
        ],
    ),
    (
        """REGINA — About 3,800 school bus drivers, educational assistants and custodians in Saskatchewan walked off the job Monday, halting bus service and forcing some schools in Regina and Saskatoon to cancel classes for students with complex needs.

The Prairie Education Support Workers Union, which represents the workers in 11 school divisions, said talks broke down late Sunday over wages and staffing levels in classrooms.

Union president Lorna Kapoor told reporters outside the legislature that members had not wanted to strike but had run out of options.

"Our educational assistants are working with three, four, five kids who need one-on-one support, and they're doing it for $19 an hour," Kapoor said. "These are people who love their jobs.

"We asked the government for a fair wage and a staffing ratio that keeps kids safe. What we got was a take-it-or-leave-it offer and a deadline."

Education Minister Darcy Lindgren said the province's offer of 9.5 per cent over four years was "fair and responsible" and urged the union to return to the bargaining table.

"I'm disappointed that families are paying the price for this," Lindgren said in a statement. "Our door remains open."

In a letter sent to parents Sunday night, the Wascana Valley School Division warned that bus routes would be cancelled "until further notice" and that students who rely on educational assistants might be asked to stay home.

"We recognize the hardship this places on families, particularly those whose children have significant support needs," the letter said.

Theresa Dubois said her 10-year-old son, who has autism, will be home for as long as the strike lasts. She and her partner both work shifts and have been trading days off with a neighbour.

"He doesn't understand why he can't go to school," she said. "His whole world is routine. I don't know how long we can do this."

Opposition education critic Malik Esterhazy said the government had "manufactured a crisis" by refusing to address classroom staffing in earlier rounds of bargaining, and called on the premier to appoint a mediator.

The two sides have not scheduled further talks. The union says picket lines will go up at 40 school division offices and bus depots across the province on Tuesday morning.""",
        [
            ("Our educational assistants are working", "Lorna Kapoor"),
            ("These are people who love", "Lorna Kapoor"),
            ("We asked the government for", "Lorna Kapoor"),
            ("fair and responsible", "Darcy Lindgren"),
            ("I'm disappointed that families are", "Darcy Lindgren"),
            ("Our door remains open.", "Darcy Lindgren"),
            ("until further notice", "Wascana Valley School Division"),
            ("We recognize the hardship this", "Wascana Valley School Division"),
            ("He doesn't understand why he", "Theresa Dubois"),
            ("His whole world is routine.", "Theresa Dubois"),
            ("manufactured a crisis", "Malik Esterhazy"),
        ],
    ),
    (
        """KATE VANDERMEER

CALGARY

Public health officials in southern Alberta have confirmed 14 cases of measles linked to a single elementary school in Lethbridge, prompting a warning that unvaccinated children could be kept home for up to three weeks.

Dr. Ingrid Solheim, lead medical officer of health for the Prairie South Health Authority, said Wednesday that all of the cases involve children between the ages of four and 11, and that none of them had received both doses of the measles, mumps and rubella vaccine.

“Measles is one of the most contagious diseases we know of,” Dr. Solheim said at a news conference. “If one child in a classroom has it, nine out of 10 unvaccinated children around them will get it.”

Two of the children have been admitted to hospital, she said. Neither is in intensive care.

The health authority issued an exclusion order on Tuesday covering about 60 students at Coaldale Road Elementary School who either have not been vaccinated or whose records could not be found. In a notice posted to its website, the authority said those students “must not attend school, child care or extracurricular activities” until Oct. 28 unless they receive a vaccine dose.

Dr. Solheim said clinics in Lethbridge would open for extended hours this week and that no appointment was needed. She called vaccination “the single most effective thing a parent can do right now.”

Health Minister Adriana Moretti said the province was sending extra public-health nurses to the region, but rejected suggestions from critics that vaccination rates had fallen on her watch.

“Routine immunization rates dipped everywhere during the pandemic, not just in Alberta,” Ms. Moretti said. “We are catching up, and this outbreak is a reminder of why that work matters.”

Provincial data show that about 78 per cent of seven-year-olds in the region were fully vaccinated against measles last year, well below the 95 per cent that experts say is needed to prevent outbreaks.

Jacob Hiebert, whose eight-year-old daughter is among the students excluded, said the family had delayed her second dose because of a scheduling mix-up and booked it as soon as they heard about the outbreak.

“We’re not anti-vaccine. We just fell behind, like a lot of people,” Mr. Hiebert said. “Now she’s home for three weeks, and I’m trying to figure out how to keep working.”

Principal Monique Ashdown wrote to families on Tuesday that teachers would send home printed work packages, and that the school was “doing everything we can to keep learning going.”

Dr. Solheim said more cases were likely over the next two weeks, given the virus’s incubation period.

“I would be surprised if this is the last case we see,” she said.

Anyone who develops a fever and rash is asked to call ahead before visiting a clinic or emergency department.""",
        [
            ("Measles is one of the", "Ingrid Solheim"),
            ("If one child in a", "Ingrid Solheim"),
            ("must not attend school, child", "Prairie South Health Authority"),
            ("the single most effective thing", "Ingrid Solheim"),
            ("Routine immunization rates dipped everywhere", "Adriana Moretti"),
            ("We are catching up, and", "Adriana Moretti"),
            ("We’re not anti-vaccine.", "Jacob Hiebert"),
            ("Now she’s home for three", "Jacob Hiebert"),
            ("doing everything we can to", "Monique Ashdown"),
            ("I would be surprised if", "Ingrid Solheim"),
        ],
    ),
    (
        """ST. JOHN'S, N.L. — Newfoundland and Labrador's aging ferry fleet left some island communities without service for as many as 41 days last year, the province's auditor general says in a report that calls the system's maintenance planning "reactive and largely undocumented."

In the report tabled Thursday in the House of Assembly, Auditor General Siobhan Tremblett found the province's 14 vessels had an average age of 31 years and that the Department of Transportation and Marine Services had no long-term plan to replace them.

"The department has been managing the fleet from one breakdown to the next," Tremblett wrote. "Without a capital plan, residents who depend on these vessels will continue to absorb the consequences."

She found that repair contracts worth $22 million had been awarded without competitive bidding over five years, and that in several cases the department could not produce records showing "what work was done, by whom, or why."

Transportation Minister Wendell Keats accepted all 11 of the report's recommendations, but said the government had already begun to address the problem.

"We inherited a fleet that was decades overdue for renewal," Keats told the House. "We have two new vessels under construction, and we'll have a full replacement plan by the end of the year."

Opposition members weren't satisfied. Trevor Ballam, the Opposition critic for transportation, held up a copy of the report during question period and had a short message for the minister: "Your department can't tell us where $22 million went."

He later told reporters that people in the province's island communities had been "left at the wharf" for too long.

On Bellhaven Island, population 620, the ferry was out of service for 41 days last year, forcing residents to charter private boats to get to medical appointments on the mainland.

Mayor Agnes Coombs said she wasn't surprised by the auditor general's findings.

"We've been saying this for years. Nobody listened until somebody put it in a report," Coombs said in an interview.

"When the boat is down, we can't get groceries, we can't get fuel, we can't get our sick people out. That's not an inconvenience. That's an emergency."

In a statement, the Department of Transportation and Marine Services said it had hired a fleet manager in January and would publish vessel maintenance schedules online "to improve transparency for the communities we serve."

Tremblett's office will follow up on the recommendations in two years.""",
        [
            ("reactive and largely undocumented.", "Siobhan Tremblett"),
            ("The department has been managing", "Siobhan Tremblett"),
            ("Without a capital plan, residents", "Siobhan Tremblett"),
            ("what work was done, by", "Siobhan Tremblett"),
            ("We inherited a fleet that", "Wendell Keats"),
            ("We have two new vessels", "Wendell Keats"),
            ("Your department can't tell us", "Trevor Ballam"),
            ("left at the wharf", "Trevor Ballam"),
            ("We've been saying this for", "Agnes Coombs"),
            ("When the boat is down,", "Agnes Coombs"),
            ("to improve transparency for the", "Department of Transportation and Marine Services"),
        ],
    ),
    (
        """By Marcus Lefebvre

A former City of Hamilton purchasing manager who steered $1.3 million in snow-clearing and landscaping contracts to a company secretly owned by his brother-in-law has been sentenced to three and a half years in prison.

Ontario Court Justice Rosalind Achterberg said Friday that Gordon Whitlock, 58, had “betrayed the trust of every taxpayer in this city” through a scheme that ran for nearly six years.

“This was not a momentary lapse. It was planned, it was repeated, and it was concealed,” Achterberg said as she delivered her sentence. “The only reason it ended is that he was caught.”

Whitlock pleaded guilty in June to one count of fraud over $5,000 and one count of breach of trust by a public officer. He was also ordered to pay $1.3 million in restitution.

Court heard that between 2016 and 2022, Whitlock approved 47 contracts for Escarpment Grounds Ltd., a company registered in the name of his wife’s brother, and in several cases altered bid documents to make sure it came in lowest. The scheme came to light after an anonymous tip to the city’s fraud and waste hotline.

Assistant Crown attorney Nadia Okonkwo had asked for five years, arguing that the length of the fraud and Whitlock’s senior position made it especially serious.

“He knew exactly where the controls were, because he was the control,” Okonkwo told the court.

Defence lawyer Ruben Castellano sought a conditional sentence to be served in the community, pointing to his client’s lack of a criminal record and a guilty plea that spared the city a lengthy trial. Outside court, Castellano said Whitlock had “accepted responsibility from day one” and would not appeal.

In a victim impact statement filed on behalf of the city, city manager Helena Vos wrote that the fraud had “damaged public confidence in the integrity of municipal procurement” and cost the city more than $400,000 in audits and legal fees.

“Our staff have had to answer for something most of them knew nothing about,” Vos wrote.

Given the chance to speak before sentencing, Whitlock stood and read briefly from a sheet of paper.

“I am ashamed of what I did, and I am sorry to my colleagues and to the people of Hamilton,” he said. “I have no excuse.”

Achterberg said she accepted that his remorse was genuine, but that a jail term was needed to deter others in positions of public trust.

“Those who handle public money must understand that the consequences of abusing that trust will be severe,” she said.

Whitlock was taken into custody in the courtroom. His brother-in-law, Darren Pyke, faces separate charges and is scheduled to appear in court next month.""",
        [
            ("betrayed the trust of every", "Rosalind Achterberg"),
            ("This was not a momentary", "Rosalind Achterberg"),
            ("The only reason it ended", "Rosalind Achterberg"),
            ("He knew exactly where the", "Nadia Okonkwo"),
            ("accepted responsibility from day one", "Ruben Castellano"),
            ("damaged public confidence in the", "Helena Vos"),
            ("Our staff have had to", "Helena Vos"),
            ("I am ashamed of what", "Gordon Whitlock"),
            ("I have no excuse.", "Gordon Whitlock"),
            ("Those who handle public money", "Rosalind Achterberg"),
        ],
    ),
    (
        """HALIFAX — Nova Scotia paramedics spent more than 52,000 hours waiting outside hospital emergency departments last year, according to a report released Monday by the union representing them, which says the delays are leaving communities without ambulance coverage.

The Maritime Paramedics' Union, which represents about 1,100 paramedics and dispatchers, analyzed dispatch data obtained through freedom-of-information requests. It found that on some evenings as many as 18 ambulances were parked outside Harbourview Regional Hospital, known to generations of Haligonians as "the Big H."

The report, titled "Parked: The Hidden Cost of Offload Delays," ends with a blunt conclusion: "The system is not short of ambulances. It is short of places to put patients."

Union president Shauna MacIsaac said paramedics are routinely stuck for an entire shift with a single patient.

"Our members are trained to save lives, and instead they're spending whole shifts in a hallway holding someone's IV bag," MacIsaac said at a news conference.

She said paramedics were "burning out at a rate we've never seen" and that 94 had left the service in the past two years.

Health Minister Raymond Thibodeau said the province had hired 40 nurses dedicated to taking over patients from paramedics at busy emergency departments, and that offload times had improved since the summer.

"We're seeing real progress, but I won't stand here and tell you the job is done," Thibodeau said. "One hour on a stretcher outside a hospital is too long."

A spokesperson for the Eastern Shore Health Authority, which runs the hospital, said in an email that staff were "working closely with paramedic services" and that a new intake area for ambulance patients would open in the spring.

Beverley Hatt of Musquodoboit Harbour said she waited nearly three hours for an ambulance in January after her husband, 79, fell and broke his hip.

"I kept calling and they kept telling me one was coming," Hatt said. "By the time they got here, he'd been on the kitchen floor for almost three hours."

Her husband has since recovered, she said, but she no longer trusts that help will arrive quickly.

The union is asking the province to set a legal limit of 30 minutes on offload times, similar to standards in place in several other provinces, and to publish offload data for each hospital every month.""",
        [
            ("The system is not short", "Maritime Paramedics' Union"),
            ("Our members are trained to", "Shauna MacIsaac"),
            ("burning out at a rate", "Shauna MacIsaac"),
            ("We're seeing real progress, but", "Raymond Thibodeau"),
            ("One hour on a stretcher", "Raymond Thibodeau"),
            ("working closely with paramedic services", "spokesperson for the Eastern Shore Health Authority"),
            ("I kept calling and they", "Beverley Hatt"),
            ("By the time they got", "Beverley Hatt"),
        ],
    ),
]
