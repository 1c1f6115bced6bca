CASES = [
    (
        """Council trims police overtime in $412 million budget, sparing new recruit class

By Dana Whitcomb
Staff Writer

BRENTWOOD FALLS — The Brentwood Falls City Council voted 7-2 on Tuesday night to approve a $412 million general fund budget that cuts police overtime by $3.1 million but keeps a planned academy class of 40 recruits.

The vote followed nearly four hours of public comment, much of it from residents of the city's East Side who urged council members to shift money from policing to youth programs and mental health response.

"We heard you, and this budget reflects that we heard you," Council President Marisol Ortega said before the vote. "But we also heard from people who are waiting 40 minutes for an officer to show up after a break-in. Both things are true."

Police Chief Raymond Tully had warned last month that cutting the recruit class would leave the department with fewer than 600 sworn officers for the first time since 2009. On Tuesday, he called the overtime reduction "painful but manageable" and said the department would rely more on civilian staff for report-taking.

The chief told reporters after the meeting that overtime had been driven largely by staffing shortages on the overnight shift. "If we can get those 40 recruits through the academy and onto the street, the overtime number takes care of itself," he said.

Council member Devon Pruitt, one of the two no votes, argued the budget did too little to fund the city's pilot crisis response team, which sends social workers rather than officers to some 911 calls involving mental health.

"We are funding the pilot at the same level as last year while the calls keep going up," Pruitt said. "That's not a pilot anymore. That's a program we're pretending not to have."

The crisis team, which operates out of two fire stations, answered about 2,300 calls last year, according to a report from the city's Office of Budget and Management. The report said the team's average response time was "significantly lower" than that of patrol units for comparable calls.

The Fraternal Order of Police Lodge 14 said in a statement that the overtime cuts would "put more strain on officers who are already stretched thin." Lodge president Gary Kowalczyk did not respond to a request for comment Tuesday.

Mayor Lena Hartwell, who proposed the budget in May, praised the council's vote. In a written statement, she said the spending plan "keeps our neighborhoods safe while investing in the things that prevent crime in the first place."

Residents who spoke during the public comment period were divided. Shauna Bell, who lives in the Linden Park neighborhood, said her block had seen three shootings since January.

"I don't want fewer police. I want police who know my name," Bell said. "There's a difference."

The budget takes effect July 1.""",
        [
            ("We heard you, and this", "Marisol Ortega"),
            ("But we also heard from", "Marisol Ortega"),
            ("painful but manageable", "Raymond Tully"),
            ("If we can get those", "Raymond Tully"),
            ("We are funding the pilot", "Devon Pruitt"),
            ("That's not a pilot anymore.", "Devon Pruitt"),
            ("significantly lower", "Office of Budget and Management"),
            ("put more strain on officers", "Fraternal Order of Police Lodge 14"),
            ("keeps our neighborhoods safe while", "Lena Hartwell"),
            ("I don't want fewer police.", "Shauna Bell"),
            ("There's a difference.", "Shauna Bell"),
        ],
    ),
    (
        """Homicide clearance rate falls to 38%, lowest in a decade, data show

By Marcus Feeney | The Harborview Ledger

Detectives in Harborview solved fewer than four in 10 homicides last year, the lowest clearance rate in at least a decade, according to data the police department released Thursday.

The department closed 31 of 82 homicide cases in 2023, a rate of 38%. In 2014, detectives cleared 61% of killings, the data show.

Deputy Commissioner Alicia Brandt, who oversees the investigations bureau, said the drop reflected both a shortage of detectives and a growing reluctance among witnesses to come forward.

“We have cases where 20 people saw what happened, and not one of them will talk to us,” Brandt said at a news conference at police headquarters on Cabot Street. “That is not a knock on those witnesses. They are scared, and some of them have good reason to be.”

The homicide unit has 22 detectives, down from 31 in 2019, according to department figures. Each detective carried an average of six new cases last year, well above the four to five that national experts recommend.

Brandt said the department plans to move eight detectives from property crimes into the homicide unit by the fall and has asked the City Council for $1.8 million to expand its witness relocation fund.

Councilwoman Tamika Rowe, who chairs the council’s public safety committee, said she would support the request but wanted to see “real accountability” for how the money is spent.

“Families are burying their children and never getting an answer,” Rowe said. “I’ve sat with mothers who call the detective every week for two years. That’s not justice. That’s a waiting room.”

Dr. Leonard Asante, a criminologist at Harborview State University who studies clearance rates, said the decline tracked a national trend but was steeper than in most cities of similar size.

“When people believe that nobody gets caught, that becomes its own accelerant,” Asante said. “Retaliation fills the space that the justice system is supposed to occupy.”

A homicide detective who spoke on condition of anonymity because he was not authorized to speak to the press said morale in the unit was low. “Guys are working doubles and still losing cases because the lab takes nine months to turn around a gun,” the detective said.

The department’s crime lab had a backlog of roughly 1,400 firearms cases as of March, according to a report from the city’s Office of the Inspector General. The office called the backlog “a significant impediment to timely investigations.”

A spokeswoman for Mayor Victor Esposito said the administration was “committed to giving detectives the tools they need” and pointed to a new ballistics contract approved in January.

Marlene Ocasio, whose son Andre was fatally shot in the Fenwick section in 2021, said she has stopped calling.

“They were kind to me at first,” she said. “Now I just get voicemail.”""",
        [
            ("We have cases where 20", "Alicia Brandt"),
            ("That is not a knock", "Alicia Brandt"),
            ("real accountability", "Tamika Rowe"),
            ("Families are burying their children", "Tamika Rowe"),
            ("I’ve sat with mothers who", "Tamika Rowe"),
            ("When people believe that nobody", "Leonard Asante"),
            ("Retaliation fills the space that", "Leonard Asante"),
            ("Guys are working doubles and", "homicide detective"),
            ("a significant impediment to timely", "Office of the Inspector General"),
            ("committed to giving detectives the", "spokeswoman"),
            ("They were kind to me", "Marlene Ocasio"),
            ("Now I just get voicemail.", "Marlene Ocasio"),
        ],
    ),
    (
        """City weighs ending gunshot detection contract as costs climb

By Elena Rodriguez
Staff writer

SAN MARCELO — The San Marcelo Police Department's contract for an acoustic gunshot detection system is up for renewal next month, and a growing number of City Council members say they are not convinced the $2.4 million-a-year technology is worth the money.

The system, operated by California-based SoundGuard Analytics, covers about 11 square miles on the city's South and West sides.

An audit released last week by the Office of the City Auditor found that 71 percent of the alerts from January 2022 through December 2023 led officers to find no evidence of a gun-related crime. The audit recommended the council "require measurable performance benchmarks" before any renewal.

Police Chief Arturo Villanueva defended the system at a council briefing Wednesday, saying the numbers did not capture its full value.

"An alert that doesn't turn up a shell casing isn't a failure," Villanueva said. "Sometimes it means we got there and there was a victim we would never have known about. Sometimes it means somebody saw a patrol car roll up and decided not to do something else."

Villanueva said officers had located 46 gunshot victims in the coverage area after alerts in which no one called 911.

Council member Priya Natarajan was unmoved. She pointed to a separate analysis by the Texas Justice Research Collaborative, a nonprofit, that found no measurable change in shootings in the coverage area since the system was installed in 2019.

"Forty-six people is not nothing, and I'm not dismissing it," Natarajan said. "But for $2.4 million a year we could put violence interrupters on every one of those corners."

SoundGuard said in a statement that independent studies had shown its technology "saves lives and helps officers respond faster to gun violence." The company said it was willing to negotiate a shorter contract term.

Some residents who live in the coverage area said they want the sensors to stay. At a community meeting Monday at the Alameda Street recreation center, retired school custodian Hector Beltrán described hearing gunfire outside his home on a weeknight last year.

"I didn't call. Nobody on my street called," Beltrán said. "And the police came anyway. Four minutes. I timed it."

Others were skeptical. Jasmine Okafor, an organizer with the group Westside Neighbors for Safety, put it this way: "Every alert sends officers into our neighborhood expecting a gunfight. That changes how they treat whoever they find there."

The council's public safety committee is scheduled to take up the contract on May 14. Council member Rick Haddad, who chairs the committee, said he expected a close vote.

"I've gone back and forth on this," Haddad said. "I want to see the data broken down by district before I make up my mind.

"If it's working in some places and not others, maybe we shrink it instead of killing it."

The full council would vote in June.""",
        [
            ("require measurable performance benchmarks", "Office of the City Auditor"),
            ("An alert that doesn't turn", "Arturo Villanueva"),
            ("Sometimes it means we got", "Arturo Villanueva"),
            ("Forty-six people is not nothing", "Priya Natarajan"),
            ("But for $2.4 million a", "Priya Natarajan"),
            ("saves lives and helps officers", "SoundGuard Analytics"),
            ("I didn't call. Nobody on", "Hector Beltrán"),
            ("And the police came anyway.", "Hector Beltrán"),
            ("Every alert sends officers into", "Jasmine Okafor"),
            ("I've gone back and forth", "Rick Haddad"),
            ("I want to see the data", "Rick Haddad"),
            ("If it's working in some", "Rick Haddad"),
        ],
    ),
    (
        """911 callers in Cedar Bay waiting longer as dispatch center loses staff

CEDAR BAY, Wash. — People who call 911 in Cedar Bay are waiting on hold longer than at any point in the past five years, and the city’s emergency communications director says the problem will get worse before it gets better.

The median time to answer a 911 call rose to 19 seconds in the first three months of this year, up from 8 seconds in 2019, according to figures presented to the City Council’s Public Safety and Human Services Committee on Tuesday. The national standard calls for 90% of calls to be answered within 15 seconds.

“We are not meeting that standard, and I’m not going to stand here and pretend we are,” said Karen Lindqvist, director of the Cedar Bay Emergency Communications Center. “We have 61 funded positions for call-takers and dispatchers. We have 44 people.”

Lindqvist told the committee that trainees were quitting at high rates, with roughly half of new hires leaving before completing the yearlong training program.

“People are working 16-hour shifts and then being asked to come back eight hours later,” she said. “You cannot do that to someone who spends their whole day listening to the worst moments of other people’s lives.”

Delays in answering calls can add to overall police response times, which have also grown. Priority 1 calls, the most urgent, took an average of 9 minutes, 40 seconds from the time the call was received until an officer arrived last year, according to a police department report.

Interim Police Chief Samuel Okonkwo said the department was working with the communications center to divert more non-emergency calls to an online reporting system.

“If your car was broken into overnight and the suspect is long gone, you do not need to be on the phone with a 911 dispatcher,” Okonkwo told reporters after the meeting. “We need those lines open for the person who is being attacked right now.”

Committee Chair Rosalind Meyers said she would push to add $2.2 million to the center’s budget for signing bonuses and a pay increase for call-takers, whose starting wage is $27.40 an hour.

“Warehouses down the road pay close to that,” Meyers said. “We are asking people to do one of the hardest jobs in the city for the same money.”

The union representing the dispatchers, Public Service Employees Local 880, said in a letter to council members that the staffing shortage had created “a crisis of burnout that is putting callers at risk.”

Not everyone on the committee was ready to commit new money. Council member Brent Holloway said the city faces a projected $140 million deficit over the next two years and that every department was being asked to make cuts.

“I’m sympathetic to the dispatchers,” Holloway said. “But I haven’t seen a plan yet, just a number.”

The committee is expected to vote on the budget amendment next month.""",
        [
            ("We are not meeting that", "Karen Lindqvist"),
            ("We have 61 funded positions", "Karen Lindqvist"),
            ("People are working 16-hour shifts", "Karen Lindqvist"),
            ("You cannot do that to", "Karen Lindqvist"),
            ("If your car was broken", "Samuel Okonkwo"),
            ("We need those lines open", "Samuel Okonkwo"),
            ("Warehouses down the road pay", "Rosalind Meyers"),
            ("We are asking people to", "Rosalind Meyers"),
            ("a crisis of burnout that", "Public Service Employees Local 880"),
            ("I’m sympathetic to the dispatchers", "Brent Holloway"),
            ("But I haven’t seen a", "Brent Holloway"),
        ],
    ),
    (
        """Monitor: Lakeport police making progress on use-of-force reforms, but 'significant work remains'

By Jonah Albrecht
The Lakeport Sentinel

The independent monitor overseeing the Lakeport Police Department's federal consent decree said Monday that the department has made "meaningful progress" on how officers report and review use of force, but that it remains out of compliance on more than half of the agreement's requirements.

In her ninth semiannual report, titled "Building Durable Change," monitor Claudia Ferrante found the department in full compliance with 41 of the decree's 112 paragraphs, up from 29 a year ago. The report credited a revamped academy curriculum and a new early-warning system, known inside the department as "the dashboard," that flags officers with repeated complaints.

"The department is not the same department it was when this decree was entered," Ferrante wrote. "But significant work remains, particularly in supervision and in the investigation of misconduct complaints."

The consent decree was signed in 2019 after a U.S. Department of Justice investigation found a pattern of excessive force, including the use of Tasers on people who were already handcuffed. The city has spent about $38 million on compliance since then, according to the city's finance department.

At a hearing in federal court Monday afternoon, U.S. District Judge Harold Mbeki pressed city attorneys on the pace of reform in internal affairs, where the report found a backlog of 310 open complaints, some more than 18 months old.

"Eighteen months is not an investigation. It's an abandonment," Mbeki said from the bench.

Police Commissioner Denise Yarbrough acknowledged the backlog in an interview after the hearing and said the department had hired six civilian investigators to help clear it.

"I'm not going to make excuses for that number," Yarbrough said. "We own it. We also have a plan for it, and I'd ask people to judge us on whether we follow through."

Yarbrough pushed back on what she called a "checklist mentality" among some critics, arguing that compliance percentages do not capture changes in culture on the street.

The Rev. Clarence Whitfield, who leads the Lakeport Coalition for Police Accountability, said residents of the city's North End have not felt much difference.

"When I talk to young men on Garfield Avenue, they don't tell me things are better," Whitfield said. "They say the same things they said five years ago. So the report can say what it says."

The Lakeport Police Officers Association, the union representing rank-and-file officers, said in a statement that the report "confirms what our members have been saying: Lakeport officers are doing the work." The union has argued that the consent decree's reporting requirements pull officers off patrol.

City Solicitor Amanda Kessler told the judge the city expects to ask for termination of portions of the decree by the end of next year. Mbeki said he would consider such a request but added that he was "not in the business of declaring victory early."

The monitor's next report is due in January.""",
        [
            ("significant work remains", "Claudia Ferrante"),
            ("meaningful progress", "Claudia Ferrante"),
            ("The department is not the", "Claudia Ferrante"),
            ("But significant work remains, particularly", "Claudia Ferrante"),
            ("Eighteen months is not an", "Harold Mbeki"),
            ("I'm not going to make", "Denise Yarbrough"),
            ("We own it. We also", "Denise Yarbrough"),
            ("checklist mentality", "Denise Yarbrough"),
            ("When I talk to young", "Clarence Whitfield"),
            ("They say the same things", "Clarence Whitfield"),
            ("confirms what our members have", "Lakeport Police Officers Association"),
            ("not in the business of", "Harold Mbeki"),
        ],
    ),
    (
        """After weekend melee at Bayfront mall, council member proposes youth curfew

By Renee Castellanos

PORT ALDEN — A proposal to impose a 10 p.m. curfew on anyone under 17 in Port Alden’s downtown and waterfront districts drew sharp reactions Monday, three days after a fight involving dozens of teenagers at the Bayfront Commons mall ended with two people injured and five juveniles arrested.

Council member Wade Prescott, who represents the district that includes the mall, said he would introduce the ordinance at the council’s next meeting.

“Parents need to know where their kids are at 11 o’clock on a Saturday night, and if they don’t, the city is going to help them find out,” Prescott said at a news conference outside City Hall.

Under his proposal, officers who encounter minors in the curfew zone after 10 p.m. without a parent would take them to a “youth reception center” at a city recreation building, where parents would be called to pick them up.

Police Chief Dolores Whitaker stopped short of endorsing the plan. In a statement, the Port Alden Police Department said it would “enforce whatever ordinance the council passes” but noted that officers were already stretched thin on weekend nights.

A senior police official who was not authorized to speak publicly said commanders privately doubted a curfew would be enforceable with current staffing. “You’re talking about pulling six, eight officers off calls to babysit,” the official said. “Nobody upstairs thinks that’s realistic.”

Saturday’s fight began about 8:30 p.m. in the mall’s food court and spilled into the parking garage, according to a police incident report. A 15-year-old girl suffered a broken wrist and a security guard was treated for a head injury, police said.

Bayfront Commons is owned by Gulf Meridian Properties. The company said it would begin requiring anyone under 18 to be accompanied by an adult after 5 p.m. on Fridays and Saturdays starting this weekend. “The safety of our shoppers, tenants and employees is our highest priority,” the company said.

Youth advocates said a curfew would criminalize young people who have few other places to go. Latoya Grimes, executive director of the nonprofit Port Alden Youth Alliance, noted that the city closed three recreation centers during budget cuts in 2020 and has reopened only one.

“We took away the rec centers, we took away the summer jobs money, and now we’re surprised they’re at the mall?” Grimes said. “A curfew is a cheap answer to an expensive problem.”

The Gulf Coast Civil Liberties Project said in a letter to council members that the proposal raised “serious constitutional concerns,” citing court rulings that struck down juvenile curfews in other cities.

Mayor Andre Fontenot said he wanted to see the proposal before taking a position, but called the weekend’s violence “unacceptable.”

“I understand why people are frustrated. I’m frustrated,” Fontenot said. “But I want a solution that actually works, not one that just sounds good on the evening news.”""",
        [
            ("Parents need to know where", "Wade Prescott"),
            ("enforce whatever ordinance the council", "Port Alden Police Department"),
            ("You’re talking about pulling six", "senior police official"),
            ("Nobody upstairs thinks that’s realistic.", "senior police official"),
            ("The safety of our shoppers", "Gulf Meridian Properties"),
            ("We took away the rec", "Latoya Grimes"),
            ("A curfew is a cheap", "Latoya Grimes"),
            ("serious constitutional concerns", "Gulf Coast Civil Liberties Project"),
            ("unacceptable", "Andre Fontenot"),
            ("I understand why people are", "Andre Fontenot"),
            ("But I want a solution", "Andre Fontenot"),
        ],
    ),
    (
        """Police overtime ran $27 million over budget last year, controller finds

By Nathaniel Osei
STAFF WRITER

Riverton police spent $94.6 million on overtime in the last fiscal year, nearly $27 million more than the City Council budgeted, according to an audit released Wednesday by City Controller Janet Sobieski.

The audit found that a small number of officers accounted for a large share of the spending. The 50 highest earners collected an average of $96,000 each in overtime, and 11 officers more than doubled their base salaries.

"Overtime is not a side issue in this department. It is the budget," Sobieski said at a news conference in her office. "And right now nobody can tell me with confidence who approved a lot of these hours, or why."

The audit identified 1,900 overtime slips that lacked a supervisor's signature and 240 instances in which officers were recorded as working more than 20 hours in a single day. Sobieski said her office had referred some of those cases to the department's Internal Affairs Division but declined to say how many.

Police Commissioner Franklin Adeyemi said in a written response included in the audit that the department "accepts the majority of the controller's findings" and has begun rolling out an electronic timekeeping system to replace paper slips.

In an interview Wednesday afternoon, Adeyemi said most of the overtime stemmed from a shortage of about 800 officers and from court appearances, special events and investigations that could not wait.

"When a shooting happens at 3 in the afternoon and the shift ends at 4, the detective doesn't go home," he said. "That's overtime. I'm not going to apologize for that."

He added: "Where there's abuse, we will find it and we will deal with it. But I'd caution anyone against looking at one number and concluding the whole department is gaming the system."

Michael Tierney, president of the Riverton Police Benevolent Association, called the audit "a hit piece" and said officers were being forced to work extra shifts against their will.

"Ask any cop in this city whether they want to work 16 hours," Tierney said. "They don't. They're being ordered to."

The findings come as the City Council weighs Mayor Ruth Calloway's proposed $6.1 billion budget, which includes $1.04 billion for the Police Department. Council member Jorge Delgado, who chairs the finance committee, said he planned to hold hearings on overtime next month.

"We can't keep budgeting a number we know is fiction," Delgado said.

A spokesperson for Calloway said the mayor had "full confidence" in Adeyemi and would review the audit's recommendations.""",
        [
            ("Overtime is not a side", "Janet Sobieski"),
            ("And right now nobody can", "Janet Sobieski"),
            ("accepts the majority of the", "Franklin Adeyemi"),
            ("When a shooting happens at", "Franklin Adeyemi"),
            ("That's overtime. I'm not", "Franklin Adeyemi"),
            ("Where there's abuse, we will", "Franklin Adeyemi"),
            ("a hit piece", "Michael Tierney"),
            ("Ask any cop in this", "Michael Tierney"),
            ("They don't. They're being ordered", "Michael Tierney"),
            ("We can't keep budgeting a", "Jorge Delgado"),
            ("full confidence", "spokesperson"),
        ],
    ),
    (
        """Mayor proposes new ‘Department of Community Safety’ to take on non-police calls

By Kayla Brightwater

ALTO MESA, N.M. — Mayor Gilbert Archuleta on Thursday proposed creating a new city department that would send unarmed responders to calls involving homelessness, mental health crises and substance use, a move he said would free up police officers to focus on violent crime.

The Department of Community Safety would have a first-year budget of about $14 million and 120 employees, Archuleta said in his annual State of the City address.

“Our officers were never supposed to be social workers, medics and housing counselors all at once,” Archuleta said. “We asked them to be all of those things because we didn’t build anything else. Tonight I’m asking the council to build something else.”

Roughly a third of the calls Alto Mesa police answered last year involved no allegation of a crime, according to an analysis by the city’s Office of Performance and Accountability cited in the speech.

Police Chief Nora Baca said in an interview afterward that she supported the plan.

“I have officers spending half a shift waiting in an emergency room with someone in crisis,” Baca said. “That’s an officer who isn’t answering a burglary call or working a homicide.”

She said the department would keep responsibility for any call involving a weapon or a threat of violence.

“We’re not walking away from anything,” she said. “We’re handing off the things that other people can do better.”

Not all council members were ready to sign on. Council President Lorenzo Quintana said the city should first expand its existing mobile crisis teams, which are run in partnership with Tierra Blanca County.

“I don’t know that we need a whole new bureaucracy to do what two or three good programs are already doing,” Quintana said. “Show me why the current model can’t scale before you ask for 120 new positions.”

The Alto Mesa Police Officers’ Association said in a statement that it “welcomes any effort to get officers back to police work,” but warned that the new department must not be funded “by cutting the number of sworn officers on the street.”

The plan drew a more enthusiastic response from Marisela Chavez, a co-founder of the Alto Mesa Safe Streets Coalition, which has pushed for a civilian response program since 2020.

“For four years people told us this was a radical idea,” Chavez said. “Now the mayor is standing up and saying it at the State of the City.

“It was never radical. It was just overdue.”

One downtown business owner, who asked that her name not be used because she feared retaliation from people camping near her shop, said she was skeptical the new responders would have any more success than police.

“They’ll come, they’ll talk, and then they’ll leave,” she said. “And the same people will be in my doorway the next morning.”

The council is expected to take up the proposal as part of budget deliberations beginning in April.""",
        [
            ("Our officers were never supposed", "Gilbert Archuleta"),
            ("We asked them to be", "Gilbert Archuleta"),
            ("I have officers spending half", "Nora Baca"),
            ("That’s an officer who isn’t", "Nora Baca"),
            ("We’re not walking away from", "Nora Baca"),
            ("We’re handing off the things", "Nora Baca"),
            ("I don’t know that we", "Lorenzo Quintana"),
            ("Show me why the current", "Lorenzo Quintana"),
            ("welcomes any effort to get", "Alto Mesa Police Officers’ Association"),
            ("by cutting the number of", "Alto Mesa Police Officers’ Association"),
            ("For four years people told", "Marisela Chavez"),
            ("Now the mayor is standing", "Marisela Chavez"),
            ("It was never radical. It", "Marisela Chavez"),
            ("They’ll come, they’ll talk, and", "downtown business owner"),
            ("And the same people will", "downtown business owner"),
        ],
    ),
]
