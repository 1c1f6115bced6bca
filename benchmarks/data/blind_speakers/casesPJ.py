CASES = [
    (
        """Hartwell voters approve $6.2 million school budget on second try

By Emily Sandoval, Staff Writer

HARTWELL — After rejecting the first proposal by 41 votes in March, Hartwell residents approved a revised $6.2 million school budget Tuesday, 512 to 388, ending a two-month standoff that had school officials weighing cuts to the district's after-school program.

The revised budget is about $140,000 lower than the version voters turned down at town meeting. Most of the savings came from delaying the replacement of the Hartwell Elementary School boiler and leaving a vacant paraprofessional position unfilled.

"We heard people loud and clear in March," said school board chair Donna Lacasse. "Taxes are a real burden for a lot of families in this town, and we went back through the budget line by line."

Lacasse said the board would revisit the boiler next year. "It's not going away," she said. "We're buying time, that's all."

Superintendent Mark Feeney of the Upper Valley Supervisory Union told the Chronicle the district had hoped to avoid touching classroom staffing and was largely able to do so. The after-school program, which serves about 60 children, will continue, he said, though fees will rise by $5 a week.

Not everyone was satisfied. Ray Goodrich, a dairy farmer who spoke against the budget at a public hearing last week, said the cuts were "window dressing" and that the underlying increase was still too steep for people on fixed incomes.

"They took out the boiler, which they're going to put right back in next year, and called it a cut," Goodrich said after voting at the town office. "That's not a cut. That's a postponement."

The tax rate impact remains uncertain because the state has not finalized its education property tax yields, according to Town Clerk Sheila Brunelle. Brunelle said turnout was about 38 percent of registered voters, high for a budget revote.

Parents who had organized to support the budget gathered outside the town office after polls closed. Jenna Morrissey, who has two children at the elementary school, said she was relieved.

"I understand people are stretched," she said. "But if this had failed again we were looking at losing a teacher, and that's the kids who pay for it."

Under state law, the district would have had to keep operating on a temporary budget if voters had rejected the proposal a second time. Feeney said that scenario would have forced the board to borrow to cover operating costs through the summer.

The school board's next meeting is May 14 at 6:30 p.m. in the elementary school library.""",
        [
            ("We heard people loud and", "Donna Lacasse"),
            ("Taxes are a real burden", "Donna Lacasse"),
            ("It's not going away,", "Donna Lacasse"),
            ("We're buying time, that's all.", "Donna Lacasse"),
            ("window dressing", "Ray Goodrich"),
            ("They took out the boiler,", "Ray Goodrich"),
            ("That's not a cut.", "Ray Goodrich"),
            ("I understand people are stretched,", "Jenna Morrissey"),
            ("But if this had failed", "Jenna Morrissey"),
        ],
    ),
    (
        """Ex-fire company treasurer gets jail time for theft

By Daniel Okafor
dokafor@northcountrydaily.com

MILLBROOK FALLS — A former treasurer of the Millbrook Falls Volunteer Fire Company was sentenced Thursday to six months in the county jail and five years of probation for stealing more than $87,000 from the company over four years.

Gary L. Pettibone, 54, of Route 11, pleaded guilty in February to third-degree grand larceny, a felony. Kittredge County Court Judge Helen M. Voss also ordered him to pay full restitution, of which he has already repaid about $22,000.

Prosecutors said Pettibone wrote checks to himself from the company's operating account and used its debit card for personal expenses, including groceries, gas and payments on a snowmobile. The thefts came to light in 2023 when a new company president requested bank statements ahead of an audit.

"This is not a victimless crime," Assistant District Attorney Carla Rios told the court. "That money was raised a dollar at a time, at chicken barbecues and pancake breakfasts, by people who give up their weekends to protect their neighbors."

Rios had asked for a sentence of one to three years in state prison. Defense attorney Thomas J. Keane argued for probation alone, saying his client had begun repaying the money before he was charged and had no prior record.

"Mr. Pettibone has been humiliated in the only community he has ever known," Keane said. "He has lost his standing, his friends and his place in the company he served for 30 years. He is not going to do this again."

Pettibone, speaking briefly, apologized to the fire company's members, several of whom sat in the second row of the courtroom.

"I let you all down," he said, his voice breaking. "I don't have an excuse. I'm going to pay back every cent."

Voss said she had weighed his lack of a criminal history against what she called "a sustained and deliberate breach of trust."

"This was not one bad decision," the judge said. "This was a decision you made again and again, month after month, for four years."

Fire company President Alan Birdsall said outside the courthouse that members were "satisfied that there's some accountability." The company has since adopted a policy requiring two signatures on any check and a monthly review of statements by its board.

"We had gotten too comfortable," Birdsall said. "Everybody trusted everybody. That's a small-town thing, and it's a good thing, but it can't be how you run the books."

Birdsall said the theft had forced the company to postpone the purchase of new turnout gear. The company has received about $15,000 in donations from residents since the case became public, he said.""",
        [
            ("This is not a victimless crime,", "Carla Rios"),
            ("That money was raised a", "Carla Rios"),
            ("Mr. Pettibone has been humiliated", "Thomas J. Keane"),
            ("He has lost his standing,", "Thomas J. Keane"),
            ("I let you all down,", "Gary L. Pettibone"),
            ("I don't have an excuse.", "Gary L. Pettibone"),
            ("a sustained and deliberate breach", "Helen M. Voss"),
            ("This was not one bad", "Helen M. Voss"),
            ("This was a decision you", "Helen M. Voss"),
            ("satisfied that there's some accountability.", "Alan Birdsall"),
            ("We had gotten too comfortable,", "Alan Birdsall"),
            ("Everybody trusted everybody. That's a", "Alan Birdsall"),
        ],
    ),
    (
        """Planning Board delays vote on Route 9 dollar store

By Kathleen Ames

WEST ASHBY — The Planning Board on Monday postponed a decision on a proposed 10,640-square-foot discount store on Route 9 after more than two hours of public comment, most of it opposed.

The board voted 4-1 to continue the public hearing to June 3, giving the developer, Granite Ridge Retail Partners of Nashua, N.H., time to respond to questions about stormwater runoff and lighting.

Board Chairman Philip Oduya said the board needed more information before it could act. “We are not here to decide whether people like dollar stores,” he said. “We are here to decide whether this application meets our bylaw. Right now I’m not sure it does, on drainage especially.”

The site, a 2.3-acre lot across from the former Ashby Grange hall, sits in the town’s highway business district, where retail is allowed by right subject to site plan review. That limits the board’s authority, town planner Lisa Wentworth reminded the audience.

“The board cannot deny this on the basis of the use itself,” Wentworth said. “It can impose conditions, it can require changes to the plan, but the zoning says retail is permitted there.”

Residents packed the Town Hall auditorium, and more than 30 signed up to speak. Several said the store would compete with Hadley’s Market, a family-owned grocery that has operated in the village center since 1948.

“Hadley’s carried half this town on credit during the mill closing,” said Barbara Ellery of Old County Road. “You want to tell me a chain store from out of state is going to do that?”

Others raised concerns about traffic at the intersection of Route 9 and Depot Street, where a 2021 crash killed a local teenager. Resident Tom Varney, a retired state trooper, called the intersection “an accident waiting to happen, again.”

A handful of speakers supported the project. Denise Pratt, who lives in the northern part of town, said she drives 25 minutes to shop for basics.

“I know everybody loves Hadley’s. I love Hadley’s,” Pratt said. “But I’m on a fixed income and I can’t always afford to shop there. I’m not ashamed to say it.”

Matthew Cortland, an engineer representing the developer, said the company had already reduced the building’s footprint and agreed to plant a buffer of evergreens along the abutting property. He said the stormwater design meets state standards and that a revised traffic study would be submitted before the next meeting.

“We want to be a good neighbor here,” Cortland said. “We’ve made changes at every step, and we’ll keep doing that.”

Board member Sarah Kinnear cast the lone vote against continuing the hearing, saying she was prepared to vote on conditions that night. She said afterward she did not want to drag the process out “for months with the same arguments.”

The hearing resumes June 3 at 7 p.m. at Town Hall.""",
        [
            ("We are not here to", "Philip Oduya"),
            ("We are here to decide", "Philip Oduya"),
            ("The board cannot deny this", "Lisa Wentworth"),
            ("It can impose conditions, it", "Lisa Wentworth"),
            ("Hadley’s carried half this town", "Barbara Ellery"),
            ("You want to tell me", "Barbara Ellery"),
            ("an accident waiting to happen,", "Tom Varney"),
            ("I know everybody loves Hadley’s.", "Denise Pratt"),
            ("But I’m on a fixed", "Denise Pratt"),
            ("We want to be a", "Matthew Cortland"),
            ("We’ve made changes at every", "Matthew Cortland"),
            ("for months with the same", "Sarah Kinnear"),
        ],
    ),
    (
        """Village board votes to disband police department

By Rebecca Hollis
Times-Sentinel Staff Writer

ELDRIDGE — The Village Board voted 3-2 Wednesday night to dissolve the Eldridge Police Department at the end of the year and contract with the Marlow County Sheriff's Office for patrols, a move trustees said would save taxpayers about $310,000 annually.

The decision, reached after a contentious 90-minute meeting in the firehouse, ends more than a century of village policing. The department has five full-time officers and two part-timers.

Mayor Richard Aldana, who voted with the majority, said the village could no longer afford to keep its own department as costs for insurance, training and equipment climbed.

"Nobody up here wanted to do this," Aldana said. "But I have to look at the numbers, and the numbers don't lie. We were looking at a 14 percent tax increase next year to keep the department as it is."

Under a feasibility study prepared for the village by the Mohawk Valley Municipal Consortium, the sheriff's contract would provide 16 hours of dedicated patrol coverage daily, with deputies answering calls from elsewhere in the county at other times. The study said the arrangement would produce "comparable response times for priority calls" but acknowledged that residents would likely see fewer officers on foot in the business district.

Trustee Janet Kowalczyk, who voted no, said the study underestimated what the village would lose.

"When your kid's bike gets stolen, you call Eldridge PD and somebody who knows your family shows up," she said. "A deputy coming from 20 miles away is not going to know who lives where."

The Eldridge Police Benevolent Association, which represents the department's officers, said in a statement that it was "deeply disappointed" by the vote and was reviewing its legal options under the officers' contract.

"Our members have served this community with pride," the statement said. "They deserved more than a rushed decision made in a single summer."

Marlow County Sheriff Douglas Thibault said his office would offer jobs to any of the village officers who met county hiring standards. Two have already applied, he said.

"We'll be ready on Jan. 1," Thibault told reporters after the meeting. "These are good officers and I'd be happy to have them."

More than 100 residents attended, many of them wearing blue ribbons in support of the department. One woman, who declined to give her name, shouted at trustees as they cast their votes: "You'll regret this."

Trustee Paul Hendricks, who also voted against the plan, urged the board to put the question to voters. Village Attorney Mary Beth Sorrentino said she was reviewing whether the resolution was subject to a permissive referendum, which residents could force by petition.

Hendricks said he expected a petition drive to begin within days.

"People in this village are not going to let this go quietly," he said.""",
        [
            ("Nobody up here wanted to", "Richard Aldana"),
            ("But I have to look", "Richard Aldana"),
            ("comparable response times for priority", "Mohawk Valley Municipal Consortium"),
            ("When your kid's bike gets", "Janet Kowalczyk"),
            ("A deputy coming from 20", "Janet Kowalczyk"),
            ("deeply disappointed", "Eldridge Police Benevolent Association"),
            ("Our members have served this", "Eldridge Police Benevolent Association"),
            ("They deserved more than a", "Eldridge Police Benevolent Association"),
            ("We'll be ready on Jan.", "Douglas Thibault"),
            ("These are good officers and", "Douglas Thibault"),
            ("You'll regret this.", "woman"),
            ("People in this village are", "Paul Hendricks"),
        ],
    ),
    (
        """Budget panel calls school cuts 'unavoidable' as deliberative session nears

By Kevin Lessard

ASHCOMBE — The Ashcombe Budget Committee voted 7-2 Tuesday to recommend a school budget $412,000 below the amount requested by the School Board, setting up a likely floor fight at next month's deliberative session.

The committee's recommended figure of $18.9 million would require the district to eliminate roughly five positions, according to Superintendent Andrea Paquette, who said the district would likely look first at retirements and a middle school reading specialist.

Budget Committee Chairman Walter Grigsby called the reduction "unavoidable" given the rise in the town's tax rate last year, which he said hit older residents especially hard.

"We've got people in this town who've lived here 50 years and are now looking at whether they can stay," Grigsby said. "I'm not willing to tell them the school budget goes up 6 percent again and they just have to eat it."

Paquette disputed the committee's assumptions, saying it had underestimated special education costs, which are driven by federal and state requirements the district cannot control.

"You can't budget special education on wishful thinking," she said. "If a child moves into town in October with significant needs, we are legally obligated to serve that child. That money has to come from somewhere."

School Board Chairwoman Linda Marchetti said the board would present its own, higher figure at the deliberative session and ask voters to amend the committee's number upward. Under the town's SB2 form of government, voters at the session can amend the budget before it goes to the March ballot.

"We'll make our case," Marchetti said. "Ultimately it's the voters' decision, and that's how it should be."

Two committee members, Carol Whitfield and Samuel Ortiz, voted against the reduced figure. Whitfield said the committee had "moved the goalposts" by setting a target before reviewing the district's line items, and Ortiz warned that cutting staff would push class sizes at the middle school above 25 students in some grades.

One committee member who supported the cut, speaking on condition of anonymity because the committee had agreed to let Grigsby speak for the majority, said members were also frustrated that the district had not provided detailed enrollment projections until last week.

"We asked for those numbers in October," the member said. "We got them three days before the vote."

A district spokeswoman said the projections had been delayed by a change in the state's reporting system and were shared "as soon as they were available."

The deliberative session is scheduled for Feb. 7 at 9 a.m. in the Ashcombe High School gymnasium. A snow date has been set for Feb. 8.""",
        [
            ("unavoidable", "Walter Grigsby"),
            ("unavoidable", "Walter Grigsby"),
            ("We've got people in this", "Walter Grigsby"),
            ("I'm not willing to tell", "Walter Grigsby"),
            ("You can't budget special education", "Andrea Paquette"),
            ("If a child moves into", "Andrea Paquette"),
            ("We'll make our case,", "Linda Marchetti"),
            ("Ultimately it's the voters' decision,", "Linda Marchetti"),
            ("moved the goalposts", "Carol Whitfield"),
            ("We asked for those numbers", "committee member"),
            ("We got them three days", "committee member"),
            ("as soon as they were", "spokeswoman"),
        ],
    ),
    (
        """Voters back new fire truck, reject recreation director at annual town meeting

By Claire Dubois

ALDER BROOK — About 180 residents filled the Alder Brook Consolidated School gym Saturday for the annual town meeting, approving a $685,000 fire truck after lengthy debate but rejecting a proposal to hire the town’s first part-time recreation director.

The meeting, moderated for the 22nd year by former state Rep. Harold Greenleaf, ran just over five hours, with a break for the bean supper served by the Alder Brook Grange.

The fire truck, which will replace a 1998 pumper that failed its pump test last fall, drew the most discussion. Fire Chief Nathan Crowell told voters the department had been relying on mutual aid from neighboring towns for some calls.

“I’m not going to stand up here and scare anybody,” Crowell said. “But when that truck goes down, and it will, we are the ones who show up at your house last instead of first.”

Several residents questioned the price and asked whether a used truck would suffice. Select Board Chair Frances Libby said the board had looked at used trucks for more than a year and found nothing in the price range that would pass inspection. The truck will be financed over 10 years through a bond, with the first payment due in 2026.

The article passed on a hand count, 121 to 54.

The recreation director proposal, which would have cost about $28,000 a year including benefits, failed on a voice vote after several speakers said volunteers had long run the town’s youth programs without pay.

Lorraine Hatch, who coached girls’ basketball in town for 19 years, spoke against the position, though she said she understood why it had been proposed.

“Nobody’s volunteering anymore. I know that. I’m 71 and I’m still running the concession stand,” she said. “But paying somebody isn’t going to fix that. People have to step up.

“If we hire somebody, everybody else is going to sit back and figure it’s that person’s job now.”

Supporters, including several young parents, said the town risked losing families without better programs. Kyle Bouchard, who moved to town three years ago, put it plainly: “My kids have nothing to do in the summer unless I drive them 40 minutes to the Y in Farnsworth.”

Voters also approved a $1.9 million municipal budget, an increase of about 3 percent, and passed without debate an ordinance restricting the use of fireworks after 10 p.m.

Town Manager Jill Arsenault said in an interview after the meeting that the budget was “about as lean as we can make it without cutting services.”

Greenleaf, closing the meeting shortly after 3 p.m., thanked voters for their patience. “This is democracy,” he said. “It’s slow and it’s loud and it runs long, and I wouldn’t trade it.”""",
        [
            ("I’m not going to stand", "Nathan Crowell"),
            ("But when that truck goes", "Nathan Crowell"),
            ("Nobody’s volunteering anymore. I know", "Lorraine Hatch"),
            ("But paying somebody isn’t going", "Lorraine Hatch"),
            ("If we hire somebody, everybody", "Lorraine Hatch"),
            ("My kids have nothing to", "Kyle Bouchard"),
            ("about as lean as we", "Jill Arsenault"),
            ("This is democracy,", "Harold Greenleaf"),
            ("It’s slow and it’s loud", "Harold Greenleaf"),
        ],
    ),
    (
        """Judge annuls town's approval of Cold Spring Road gravel mine

By Nicholas Ferrante

EAST DRAYTON — A state Supreme Court justice has annulled the East Drayton Planning Board's approval of a 40-acre gravel mine on Cold Spring Road, ruling that the board failed to adequately examine the project's effect on neighbors' wells.

Justice Margaret O. Lindqvist, in a 22-page decision issued Friday, sent the application back to the board for further environmental review. The ruling is a victory for a group of about 20 residents, organized as Friends of Cold Spring Road, who sued the board and the applicant, Tri-County Aggregates LLC, last summer.

"The record before the court contains no meaningful analysis of groundwater impacts," Lindqvist wrote. "The board accepted the applicant's conclusions without question, despite the submission of contrary expert evidence by petitioners."

Rebecca Lund, a Kingsford attorney who represents the residents, said her clients were "thrilled and relieved."

"These are people whose drinking water comes out of the ground under their houses," Lund said in a phone interview Monday. "All they ever asked for was for the town to actually study what blasting and excavation would do to that water. Now it will have to."

Tri-County Aggregates said it was reviewing the decision and had not decided whether to appeal.

"We remain confident that this project is safe and that it complies with all state and local requirements," the company said in a statement posted on its website. "We have operated in this region for more than 40 years and have always been a responsible neighbor."

Planning Board Chairman Edward Kasprzak declined to comment on the ruling, referring questions to the town attorney, Joseph Mancuso. Mancuso said the board would meet with counsel in executive session later this month to discuss its options.

"The board acted in good faith on the record it had," Mancuso said. "The court has now told us it wants more, and we'll take that seriously."

The mine proposal has divided the rural town of about 2,300 since it was first submitted in 2022. Supporters have pointed to the jobs it would bring and the roughly $60,000 a year the town would receive under a host community agreement. Opponents have raised concerns about truck traffic, dust and noise as well as water.

Diane Mulvaney, whose family has lived on Cold Spring Road since the 1950s and who is a named petitioner in the suit, said neighbors had spent more than $35,000 on legal fees and hydrogeologist reports.

"We had bake sales. We passed the hat at church," she said. "We're not rich people. We just didn't think we should have to find out our well went dry after the fact."

A town official who asked not to be identified because the board has not yet met on the matter said it was "likely but not certain" that the board would order a full environmental impact statement.""",
        [
            ("The record before the court", "Margaret O. Lindqvist"),
            ("The board accepted the applicant's", "Margaret O. Lindqvist"),
            ("thrilled and relieved.", "Rebecca Lund"),
            ("These are people whose drinking", "Rebecca Lund"),
            ("All they ever asked for", "Rebecca Lund"),
            ("We remain confident that this", "Tri-County Aggregates LLC"),
            ("We have operated in this", "Tri-County Aggregates LLC"),
            ("The board acted in good", "Joseph Mancuso"),
            ("The court has now told", "Joseph Mancuso"),
            ("We had bake sales. We", "Diane Mulvaney"),
            ("We're not rich people. We", "Diane Mulvaney"),
            ("likely but not certain", "town official"),
        ],
    ),
    (
        """Hollister superintendent resigns amid dispute with board

By Mariah Kendrick
Staff Writer

HOLLISTER, Vt. — Superintendent Gregory Ashworth of the Green Hollow Unified School District will resign effective June 30, ending a three-year tenure marked by friction with the district's board over hiring, budgets and the proposed closure of the Dunham Village School.

The board accepted Ashworth's resignation 6-1 at a special meeting Tuesday night that lasted less than 15 minutes. No reason was given publicly, and board members went into executive session immediately afterward.

In a letter to staff sent Wednesday morning and obtained by the Herald, Ashworth wrote that he had reached "a fundamental disagreement with the board about the role of the superintendent."

"I have always believed that a superintendent's job is to give the board honest advice, even when that advice is unwelcome," he wrote. "I no longer believe I can do that job effectively here."

The letter did not mention any specific dispute. But Ashworth and the board clashed publicly last fall over his recommendation to close Dunham Village School, which has fewer than 40 students, and merge it with the larger Hollister Elementary. The board rejected the plan after parents in Dunham organized in opposition.

Board Chairwoman Kristen Albee told reporters after the meeting that the board was grateful for Ashworth's service and wished him well.

"Dr. Ashworth has worked hard for this district, and there is no question he cares about kids," Albee said. "Sometimes a board and a superintendent see things differently, and it's better for everyone to recognize that."

Asked whether the board had asked Ashworth to resign, Albee said she could not discuss personnel matters.

Board member Eli Drummond cast the lone vote against accepting the resignation. He said in an interview Wednesday that he had voted no to "send a message" that the board was losing a capable leader.

"We have had four superintendents in nine years," Drummond said. "At some point we have to ask ourselves whether the problem is the superintendents."

Several teachers, speaking on condition that they not be named because they feared retaliation, said staff morale had been low for months. One veteran teacher at Hollister Elementary described the atmosphere in the central office as "walking on eggshells."

The district will post the position this spring and expects to name an interim superintendent by July 1, according to a statement from the Green Hollow Unified School District. The statement said the board would "seek input from staff, families and community members throughout the search process."

Ashworth, who came to the district from a principal's post in New Hampshire, did not respond to a request for comment Wednesday.

Dunham parent Amy Rutledge, who helped lead the effort to keep the village school open, said she took no pleasure in the resignation.

"This isn't a win for anybody," she said. "We just wanted our school. Now we're going to be starting over with somebody new, and who knows what they'll want to do."
""",
        [
            ("a fundamental disagreement with the", "Gregory Ashworth"),
            ("I have always believed that", "Gregory Ashworth"),
            ("I no longer believe I", "Gregory Ashworth"),
            ("Dr. Ashworth has worked hard", "Kristen Albee"),
            ("Sometimes a board and a", "Kristen Albee"),
            ("send a message", "Eli Drummond"),
            ("We have had four superintendents", "Eli Drummond"),
            ("At some point we have", "Eli Drummond"),
            ("walking on eggshells.", "veteran teacher at Hollister Elementary"),
            ("seek input from staff, families", "Green Hollow Unified School District"),
            ("This isn't a win for", "Amy Rutledge"),
            ("We just wanted our school.", "Amy Rutledge"),
        ],
    ),
]
