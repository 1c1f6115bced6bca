CASES = [
    (
        """Marrow Creek school board votes to close Fernhill Elementary

By Dana Whitcomb
The Columbia Gorge Sentinel

MARROW CREEK — The Marrow Creek School District board voted 4-1 Tuesday night to close Fernhill Elementary School at the end of the school year, ending months of debate over declining enrollment and a projected $3.2 million budget shortfall.

About 150 parents, teachers and students packed the Marrow Creek High School cafeteria for the meeting, which ran past 11 p.m. Many wore the school's green and gold, and more than 40 people signed up to speak during public comment.

"We did not come to this decision lightly," board chair Linda Okafor said before the vote. "Every option in front of us tonight hurts somebody. This one hurts the fewest people for the longest amount of time."

Enrollment at Fernhill has fallen from 412 students in 2015 to 231 this fall, according to district figures. Superintendent Mark Delacroix told the board that keeping the 1950s-era building open would require about $1.8 million in roof and seismic repairs over the next five years.

"We are heating classrooms that have no students in them," Delacroix said. "That is money that is not going to reading specialists, it is not going to counselors, and it is not going to smaller class sizes."

Fernhill students will be split between Alder Street Elementary and Bayside Elementary beginning in September. The district has promised to provide bus service to both schools and to keep Fernhill's teachers employed within the district.

Director Sam Reyes cast the lone vote against the closure. He said the district had not done enough to consider alternatives, such as leasing part of the building to a preschool provider, and called the timeline "rushed and unfair to families who found out about this in January."

Parents who spoke during public comment described the school as the heart of the neighborhood on the city's east side, where many families do not own cars.

"My kids can walk to Fernhill. They can't walk to Alder Street," said Teresa Montoya, whose two children attend the school. "You're telling me my second-grader is going to be on a bus for 40 minutes every morning."

Another parent, Josh Lindqvist, urged the board to delay the vote until after a bond measure goes to voters in May.

"Give the community a chance to step up," he said. "If the bond fails, close it then. But don't close it before we even get to try."

Okafor said the board would form an advisory committee of parents and staff to plan the transition and to decide what to do with the building. She said the district has no plans to sell the property.

The Marrow Creek Education Association, which represents the district's teachers, said in a statement that it was "disappointed but not surprised" by the decision and would work to ensure that no teachers lose their jobs.

Delacroix said the closure is expected to save the district about $950,000 a year.""",
        [
            ("We did not come to", "Linda Okafor"),
            ("Every option in front of", "Linda Okafor"),
            ("We are heating classrooms that", "Mark Delacroix"),
            ("That is money that is", "Mark Delacroix"),
            ("rushed and unfair to families", "Sam Reyes"),
            ("My kids can walk to", "Teresa Montoya"),
            ("You're telling me my second-grader", "Teresa Montoya"),
            ("Give the community a chance", "Josh Lindqvist"),
            ("If the bond fails, close", "Josh Lindqvist"),
            ("disappointed but not surprised", "Marrow Creek Education Association"),
        ],
    ),
    (
        """Man shot by deputies after standoff near Orchard Prairie identified

By Kelsey Armitage

A 47-year-old man shot and killed by Kettle County sheriff’s deputies early Sunday after an hourslong standoff has been identified as Darren W. Halvorsen of Loon Valley, authorities said Monday.

Halvorsen was shot shortly after 3 a.m. outside a home in the 1400 block of North Pell Road, according to a news release from the Kettle County Sheriff’s Office. Deputies had been called to the home around 10:30 p.m. Saturday after a woman reported that Halvorsen had threatened her with a handgun and would not let her leave, the release said.

The woman was able to get out of the house about an hour later, and deputies spent the next several hours trying to persuade Halvorsen to come out, Sheriff Ray Ostrander told reporters at a news conference Monday afternoon.

“Our negotiators were on the phone with him for the better part of four hours,” Ostrander said. “They did everything they could to bring this to a peaceful end.”

Ostrander said Halvorsen eventually walked out the front door holding a handgun and raised it toward deputies positioned near an armored vehicle. Two deputies fired, he said. Halvorsen was pronounced dead at the scene.

No deputies were injured. The two deputies, whose names have not been released, have been placed on paid administrative leave, which is standard practice, the sheriff’s office said.

The shooting is being investigated by the Inland Regional Independent Investigative Team, a multi-agency group that reviews police use of deadly force under state law. Detective Sgt. Marisol Ferrante of the Riverside City Police Department, who is leading the team, said investigators were still interviewing witnesses and reviewing video from deputies’ body cameras.

“It is very early,” Ferrante said. “We will follow the evidence wherever it leads, and we’ll release what we can when we can.”

Court records show Halvorsen had been convicted of fourth-degree assault in 2019 and was subject to a protection order that barred him from possessing firearms.

A neighbor who asked not to be named because she feared retaliation said she had heard “a lot of yelling” from the house for several weeks before the shooting.

“I’d called about it twice,” the neighbor said. “I kept thinking something bad was going to happen over there.”

Halvorsen’s sister, Bethany Kroll, said in a phone interview that her brother had struggled with depression and alcohol for years and had recently lost his job at a lumber mill.

“He was not a monster,” Kroll said. “He was sick, and he needed help, and he didn’t get it. I just want people to know that he was loved.”

Ostrander said the sheriff’s office would release body camera footage once the independent team gives its approval, which typically takes several weeks.""",
        [
            ("Our negotiators were on the", "Ray Ostrander"),
            ("They did everything they could", "Ray Ostrander"),
            ("It is very early", "Marisol Ferrante"),
            ("We will follow the evidence", "Marisol Ferrante"),
            ("a lot of yelling", "neighbor"),
            ("I’d called about it twice", "neighbor"),
            ("I kept thinking something bad", "neighbor"),
            ("He was not a monster", "Bethany Kroll"),
            ("He was sick, and he", "Bethany Kroll"),
        ],
    ),
    (
        """Tamarack County supervisors approve stricter defensible-space rules

By Aaron Pettigrew, Staff Writer

SAN ELIGIO — Property owners in unincorporated Tamarack County will face fines of up to $500 if they fail to clear dry brush and dead vegetation around their homes under an ordinance approved Tuesday by the Board of Supervisors.

The board voted 3-2 to adopt the ordinance, which requires owners of parcels in high and very high fire hazard severity zones to maintain 100 feet of defensible space and to remove vegetation within five feet of structures by June 1 each year. Supervisors Elena Marquez-Holt, Derek Sundquist and Wanda Pike voted in favor; Supervisors Tom Brannigan and Ruth Ochoa-Lang voted against.

County Fire Chief Gareth Olmsted told supervisors that inspectors found more than 2,300 properties out of compliance last summer, most of them in the Pine Hollow and Cedar Flat areas that burned in the 2021 Bramble Fire.

"We have been asking nicely for a long time," Olmsted said. "Asking nicely has not gotten us where we need to be."

Under the ordinance, owners will receive a written warning and 30 days to correct problems before any fine is issued. Residents over 65 and residents with disabilities who cannot afford clearance work can apply for help through a county grant program funded with $400,000 in state money.

Marquez-Holt, whose district includes much of the burn area, said she had heard from constituents who lost homes in 2021 because a neighbor's property was overgrown.

"This is not about government telling people what to do with their land," she said. "Fire doesn't stop at the property line. What you do on your parcel decides whether your neighbor's house is standing in the morning."

Brannigan said he supported the goal but worried the rules would fall hardest on older, fixed-income residents in the county's rural eastern end.

"I've got constituents who are 80 years old living on Social Security," Brannigan said. "They are not going to be able to hire a crew to clear two acres, and a $500 fine is a month of groceries."

Ochoa-Lang raised similar concerns and asked staff to return in six months with a report on how many fines had been issued and where.

The Tamarack County Farm Bureau opposed the ordinance in a letter to the board, arguing that it "places an unfunded mandate on landowners who are already struggling with insurance cancellations and rising costs." The Tamarack Fire Safe Council, a volunteer group, supported it.

Public comment was split. Jim Carraway, a Cedar Flat resident who lost his home in the Bramble Fire, put it bluntly: "I did everything right, and my house burned anyway because the lot next door was a tinderbox. Enforce it."

The ordinance takes effect in 30 days. County staff said the first round of inspections will begin in April.""",
        [
            ("We have been asking nicely", "Gareth Olmsted"),
            ("Asking nicely has not gotten", "Gareth Olmsted"),
            ("This is not about government", "Elena Marquez-Holt"),
            ("Fire doesn't stop at the", "Elena Marquez-Holt"),
            ("I've got constituents who are", "Tom Brannigan"),
            ("They are not going to", "Tom Brannigan"),
            ("places an unfunded mandate on", "Tamarack County Farm Bureau"),
            ("I did everything right, and", "Jim Carraway"),
        ],
    ),
    (
        """Cedar Sound teachers vote to authorize strike

By Priya Ramanathan | Cedar Sound Reporter

Teachers in the Cedar Sound School District voted overwhelmingly Wednesday to authorize a strike if a contract agreement is not reached before the first day of school on Sept. 3.

Of the roughly 640 members of the Cedar Sound Education Association who cast ballots, 94% voted in favor of the authorization, union president Kathleen Morrow-Tate announced outside Sound View Middle School, where the vote was held.

“Nobody in that room wants to strike,” Morrow-Tate said. “Our members want to be in their classrooms on Sept. 3. But they are tired of being told there’s no money for the things that matter to kids.”

The union and district have been negotiating since May. The main sticking points are class sizes, caseloads for special education staff and pay, according to bargaining updates posted by both sides.

The union is asking for a 7% raise in the first year of a three-year contract. The district has offered 3.5%, citing declining enrollment and the end of federal pandemic relief money.

In a statement Wednesday evening, the district said it “respects the right of our educators to make their voices heard” and remains committed to reaching a fair agreement.

“We share the same goal: a contract that supports our staff and keeps our budget sustainable for the long term,” the statement said. “We will be at the table as often as it takes.”

A district spokeswoman said two more bargaining sessions are scheduled for next week and declined to comment on contingency plans.

Special education teacher Luis Barrientos, who has taught at Harbor Heights Elementary for 11 years, said his caseload has grown from 18 students to 29 since 2020.

“I spend more time on paperwork than I do with kids,” Barrientos said. “I have students who are supposed to get 30 minutes a day with me and they are getting 15, because there is only one of me.

“Parents deserve to know that. That’s what this fight is about.”

Some parents said they support teachers but worry about the effect of a strike on families who rely on school for child care and meals.

“I’m with the teachers, I really am,” said Angela Whitford, whose children are in third and sixth grade. “But if school doesn’t start, I don’t know what I’m going to do. I work at 7 in the morning.”

School board president Gregory Insley said in an email that the board has directed its bargaining team to “explore every possible avenue” to avoid a strike.

State law does not explicitly give public school teachers the right to strike, but teachers in several districts have walked out in recent years, and districts have at times sought court injunctions to force them back to work.

Morrow-Tate said the union would hold a rally at the district office before next Tuesday’s school board meeting.""",
        [
            ("Nobody in that room wants", "Kathleen Morrow-Tate"),
            ("Our members want to be", "Kathleen Morrow-Tate"),
            ("respects the right of our", "Cedar Sound School District"),
            ("We share the same goal:", "Cedar Sound School District"),
            ("We will be at the", "Cedar Sound School District"),
            ("I spend more time on", "Luis Barrientos"),
            ("I have students who are", "Luis Barrientos"),
            ("Parents deserve to know that.", "Luis Barrientos"),
            ("I’m with the teachers, I", "Angela Whitford"),
            ("But if school doesn’t start,", "Angela Whitford"),
            ("explore every possible avenue", "Gregory Insley"),
        ],
    ),
    (
        """Vista Lomas police chief defends response times as catalytic converter thefts climb

By Marcus Feld
Jan. 18, 2024

Vista Lomas Police Chief Andrea Villaseñor told a packed community meeting Wednesday night that her department is stretched thin but is making progress against a wave of catalytic converter thefts that has frustrated residents in the city's flatlands neighborhoods.

Reports of catalytic converter thefts rose 62% last year, to 418 cases, according to data the department presented at the meeting at the Harriet Tubman Community Center. Arrests were made in 37 of them.

"I hear you, and I'm not going to stand up here and tell you that's good enough," Villaseñor said. "It's not."

Several residents said they had waited hours for an officer to respond to a theft in progress, or had been told to file a report online.

"They sawed it off in my driveway at 2 in the afternoon. My neighbor called 911 while it was happening," said Denise Oyelaran, who lives on Pacheco Street. "Nobody came. Not that day, not the next day."

Villaseñor said the department has 142 sworn officers, about 30 fewer than it is budgeted for, and that officers are prioritizing calls involving violence or threats to safety. Property crimes in progress are supposed to get an officer, she said, but she acknowledged that "it doesn't always happen the way it should."

The chief said the department has assigned two detectives to the Mission Shore Regional Auto Theft Task Force, and that a city ordinance making it illegal to possess a detached catalytic converter without proof of ownership has given officers another tool. Officers have cited 11 people under the ordinance since it took effect in September.

Councilmember Ravi Shankaran, who organized the meeting, said the city needs to look at hiring incentives to fill vacancies.

"We cannot ask the officers we have to keep working double shifts," Shankaran said. "That's how you burn people out and lose them to other departments."

Not everyone at the meeting agreed. Members of the Vista Lomas Community Safety Coalition, a group that has pushed for shifting some police funding to violence prevention programs, said more officers would not solve the problem.

"You can't arrest your way out of this," said the group's co-director, Jamal Whitaker-Bey. "These are organized rings selling to scrap yards. Go after the buyers."

A police official who was not authorized to speak publicly said the department had in fact been "looking hard at a handful of scrap dealers" in the region for months but had not yet sought charges.

Villaseñor told reporters after the meeting that she expects the department's next class of 14 recruits to graduate from the academy in May.

"That will help," she said. "But it's going to take us a couple of years to get back to full staffing, and I want to be honest with people about that.\"""",
        [
            ("I hear you, and I'm", "Andrea Villaseñor"),
            ("It's not.", "Andrea Villaseñor"),
            ("They sawed it off in", "Denise Oyelaran"),
            ("Nobody came. Not that day,", "Denise Oyelaran"),
            ("it doesn't always happen the", "Andrea Villaseñor"),
            ("We cannot ask the officers", "Ravi Shankaran"),
            ("That's how you burn people", "Ravi Shankaran"),
            ("You can't arrest your way", "Jamal Whitaker-Bey"),
            ("These are organized rings selling", "Jamal Whitaker-Bey"),
            ("looking hard at a handful", "police official"),
            ("That will help", "Andrea Villaseñor"),
            ("But it's going to take", "Andrea Villaseñor"),
        ],
    ),
    (
        """Alder County commissioners weigh jail levy for November ballot

By Corinne Haskett
The Alder Valley Times

ALDER CITY, Wash. — Alder County commissioners will decide this summer whether to ask voters to approve a property tax levy to replace the county's 48-year-old jail, which the sheriff says is unsafe for inmates and staff.

The proposed 20-year levy would raise an estimated $96 million to build a 220-bed facility on county-owned land near the fairgrounds. It would cost the owner of a $400,000 home about $168 a year, according to figures prepared by the county's finance department.

Commissioners heard a presentation on the proposal Monday from Sheriff Dolores Tranh and Halvard & Price Architects, the consulting firm that studied the existing jail last year. The study, titled "Alder County Detention Needs Assessment," found that the building's plumbing, electrical and locking systems are at or past the end of their useful life.

"We have doors that do not lock reliably. We have cells where the toilets back up into the next cell," Tranh told commissioners. "We have a medical unit that is a converted storage closet.

"I would not ask taxpayers for this if I thought we could patch our way through another 10 years. We can't."

Tranh said two inmates have died in the jail since 2021, one from a drug overdose and one by suicide, and that poor sight lines in the building's older wings make it difficult for corrections officers to monitor people at risk.

Commissioner Phil Amundsen said he accepts that the jail needs to be replaced but questioned whether the county could build something smaller.

"Two hundred and twenty beds is a lot of beds for a county of 90,000 people," Amundsen said. "I want to see the numbers on that before I put it in front of voters."

According to the assessment, the jail's average daily population was 141 last year, but the jail was forced to release people early on 38 occasions because of crowding in certain housing units.

Commissioner Naomi Fairbanks said she wanted any plan to include space for mental health and addiction treatment.

"A huge share of the people in that jail are there because of a behavioral health crisis," Fairbanks said. "If we're going to spend $96 million, I want it to be a building that helps people get better, not just a bigger warehouse."

The Alder Justice Alliance, a local advocacy group, said in written comments submitted to the board that the county should "invest in diversion before it invests in concrete."

Commission Chair Bill Osterhout said the board would hold a public hearing on June 12 and vote on whether to place the measure on the ballot by early August, the deadline for the November election.

"This is the biggest decision this board will make in a long time," Osterhout said. "We want people to come and tell us what they think.\"""",
        [
            ("We have doors that do", "Dolores Tranh"),
            ("We have a medical unit", "Dolores Tranh"),
            ("I would not ask taxpayers", "Dolores Tranh"),
            ("Two hundred and twenty beds", "Phil Amundsen"),
            ("I want to see the", "Phil Amundsen"),
            ("A huge share of the", "Naomi Fairbanks"),
            ("If we're going to spend", "Naomi Fairbanks"),
            ("invest in diversion before it", "Alder Justice Alliance"),
            ("This is the biggest decision", "Bill Osterhout"),
            ("We want people to come", "Bill Osterhout"),
        ],
    ),
    (
        """Redwood Bluff High’s new phone pouches get mixed reviews in first month

By Talia Nakamura, Coastline Community News

PORT HALLORAN — A month into the school year, the lockable pouches that now swallow students’ phones at Redwood Bluff High School have become a fact of life — and, depending on whom you ask, either a relief or an insult.

Under a policy adopted by the Halloran Unified School District board in June, students must place their phones in magnetically sealed fabric pouches when they arrive in the morning. The pouches stay with the students but can be opened only at unlocking stations near the exits at the end of the day.

Principal Renée Castellanos said teachers have noticed a difference already.

“Kids are talking to each other at lunch again,” Castellanos said. “I walked through the quad last week and I heard people laughing. That sounds small, but it wasn’t happening last year.”

She said disciplinary referrals related to phones have dropped from 96 in the first month of last school year to 11 this year.

The district’s website describes the program as a way to “protect instructional time and support student mental health.” The pouches cost the district about $28,000, paid for with a state grant.

Not all students are convinced. Senior Marcus Oduya, the student body president, said many students feel the rule treats them like children.

“We’re 17, 18 years old. Some of us have jobs, some of us take care of younger siblings,” Oduya said. “If my little brother’s school calls, I need to be able to pick up.”

Oduya said student government has asked the administration to consider allowing phones at lunch for seniors, a proposal Castellanos said she is willing to discuss.

Parents have been split as well. At a September board meeting, several raised what they called the “lockdown problem” — the worry that students would be unable to reach their families in an emergency.

Superintendent Howard Lindgren said in an interview that the district consulted with the Halloran County Sheriff’s Office before adopting the policy.

“In an active emergency, the last thing law enforcement wants is 1,200 kids on their phones flooding the cell network and giving away their locations,” Lindgren said. “Staff have radios and phones. Parents will be notified through our alert system.”

Julie Brandvold, whose daughter is a sophomore, said she was skeptical at first but has come around.

“She comes home and actually tells me about her day,” Brandvold said. “I don’t know if it’s the pouch, but I’ll take it.”

Sophomore Kaitlyn Reyes-Moore, 15, said students have already found workarounds, including carrying a second, older phone or handing over empty “decoy” cases.

“Everybody knows somebody who has a burner,” she said, laughing. “But honestly, most people just deal with it.”

The district plans to survey students, parents and staff about the policy in December, according to Lindgren.""",
        [
            ("Kids are talking to each", "Renée Castellanos"),
            ("I walked through the quad", "Renée Castellanos"),
            ("protect instructional time and support", "Halloran Unified School District"),
            ("We’re 17, 18 years old.", "Marcus Oduya"),
            ("If my little brother’s school", "Marcus Oduya"),
            ("In an active emergency, the", "Howard Lindgren"),
            ("Staff have radios and phones.", "Howard Lindgren"),
            ("She comes home and actually", "Julie Brandvold"),
            ("I don’t know if it’s", "Julie Brandvold"),
            ("Everybody knows somebody who has", "Kaitlyn Reyes-Moore"),
            ("But honestly, most people just", "Kaitlyn Reyes-Moore"),
        ],
    ),
    (
        """Sheriff's deputies to return to Klamath Ridge schools under new agreement

By Noel Abernathy
Southern Oregon Ledger

JUNIPER FALLS, Ore. — Sheriff's deputies will be stationed at three Klamath Ridge School District campuses this fall for the first time since 2020, after the school board on Thursday approved a revised agreement with the Coyle County Sheriff's Office.

The board voted 5-2 to approve the two-year contract, which places one school resource officer each at Juniper Falls High School, Klamath Ridge High School and Sagebrush Middle School. The district will pay $210,000 a year toward the officers' salaries, with the sheriff's office covering the rest.

The district ended its previous school resource officer program in the summer of 2020, amid nationwide protests over policing. Since then, board members said, a series of incidents — including a fight at a Juniper Falls High football game last October that sent two students to the hospital — led many parents to ask for officers to return.

Board chair Monica Etheridge said the new agreement includes limits that were not part of the old one. Deputies will not be involved in routine school discipline, such as dress code violations or tardiness, and will receive training in adolescent development and de-escalation, she said.

"This is not the same program we had before," Etheridge said. "We listened to the concerns, and we wrote those concerns into the contract."

The agreement also requires the sheriff's office to give the board quarterly data on arrests and citations at schools, broken down by race, disability status and grade.

Board members Rosa Delgado-Finch and Aaron Teague voted no. Delgado-Finch said she worried the presence of armed officers would make some students, particularly students of color and students with disabilities, feel less safe.

"I have heard from students who told me, point blank, that they will not feel comfortable walking past a deputy every morning," she said. "Their voices matter in this, too."

Coyle County Sheriff Brent Lasko said in a statement that his deputies are "committed to being mentors and a positive presence, not enforcers."

"Our goal is to build relationships with students long before anything goes wrong," the statement said.

A sheriff's office spokesman said the three deputies selected for the positions "all raised their hands for this" and have children in the district's schools.

Students were divided at the meeting. Juniper Falls High junior Caleb Nguyen-Ward told the board he supported the plan: "After what happened at the game, a lot of people were scared to go to anything at school at night."

Sagebrush Middle School parent Heather Morales said she wanted to see the data before making up her mind.

"Show me in a year that kids aren't getting arrested for stuff that used to get you sent to the principal's office," Morales said, "and I'll be a believer."

The deputies are expected to begin work Sept. 5.""",
        [
            ("This is not the same", "Monica Etheridge"),
            ("We listened to the concerns,", "Monica Etheridge"),
            ("I have heard from students", "Rosa Delgado-Finch"),
            ("Their voices matter in this,", "Rosa Delgado-Finch"),
            ("committed to being mentors and", "Brent Lasko"),
            ("Our goal is to build", "Brent Lasko"),
            ("all raised their hands for", "spokesman"),
            ("After what happened at the", "Caleb Nguyen-Ward"),
            ("Show me in a year", "Heather Morales"),
            ("and I'll be a believer.", "Heather Morales"),
        ],
    ),
]
