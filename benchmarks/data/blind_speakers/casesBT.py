CASES = [
    (
        """MAPLEWOOD — The Maplewood Unified School Board voted 5-2 late Tuesday to close two elementary schools at the end of the school year, capping a months-long fight over a consolidation proposal that district officials have branded “Right-Sizing Maplewood.”

The plan will shutter Cedar Hollow and Linden Park elementary schools and send about 640 students to three neighboring campuses. District leaders say enrollment has fallen nearly 18 percent since 2015, leaving many buildings half empty.

“We cannot keep heating and staffing buildings for children who are no longer there. Every dollar we spend on an empty classroom is a dollar we are not spending on a teacher,” Superintendent Renata Alvarez-Keene told the board before the vote.

Alvarez-Keene said the closures would save roughly $4.2 million a year, money she said would go toward reducing class sizes and restoring art and music positions cut during the pandemic.

Parents who packed the district’s boardroom were unconvinced. More than 40 people signed up to speak, and the meeting stretched past midnight.

Latisha Graves, whose two sons attend Cedar Hollow, said the district had treated families as “an afterthought in our own neighborhood” and ignored a petition signed by more than 1,100 residents.

“They made this decision a year ago and they have been pretending to listen ever since. My kids are going to be on a bus for forty minutes each way,” Graves said. “Nobody on that dais would accept that for their own children.”

Board President Thomas Whitcomb, who voted for the plan, acknowledged the anger in the room but said delaying the decision would only make the eventual cuts deeper.

“I don’t take any pleasure in this,” he said.

Whitcomb pointed to the district’s “Facilities Master Plan 2030,” a consultant’s report that projected enrollment would keep falling through the end of the decade.

The two dissenting votes came from trustees Maria Esposito and Dwayne Hutchins. Esposito said she supported consolidation in principle but believed families deserved at least another year to prepare.

The Maplewood Education Association, which represents the district’s roughly 900 teachers, said in a statement that it would hold the district to its promise that no teachers would lose their jobs. “Our members will be watching closely to make sure the savings reach the classroom,” the statement said.

Transition plans, including new bus routes and staff assignments, are expected to go before the board in March.""",
        [
            ("We cannot keep heating and", "Renata Alvarez-Keene"),
            ("an afterthought in our own", "Latisha Graves"),
            ("They made this decision a", "Latisha Graves"),
            ("Nobody on that dais would", "Latisha Graves"),
            ("I don’t take any pleasure", "Thomas Whitcomb"),
            ("Our members will be watching", "Maplewood Education Association"),
        ],
    ),
    (
        """HARTWELL — Several hundred students rallied outside the administration building at Hartwell State University on Thursday to protest a proposed 9 percent tuition increase, chanting and carrying signs that read “Students, Not Customers.”

The protest, organized by the Student Government Association and a coalition of campus groups, came a day before the university’s Board of Regents is scheduled to vote on the increase, which would raise in-state tuition to about $11,400 a year.

Priya Nandakumar, a senior and the student government president, addressed the crowd from the building’s front steps.

“Every year they tell us this is the last time, that the state will come through next session,” she said. “We have heard that promise since I was a freshman, and every year the bill lands on us.

“If the regents vote yes tomorrow, they should have to look us in the eye when they do it.”

University officials say the increase is needed to cover rising health-care costs for employees and a state appropriation that has stayed flat for three years.

In an email to students Wednesday night, Provost Leonard Fisk wrote that the administration had “exhausted every reasonable alternative available to us” before recommending the increase. He said the university would expand need-based aid so that students from families earning less than $60,000 a year would see no change in what they pay.

A university spokesperson said Thursday that the administration “respects the right of students to make their voices heard” and that no disciplinary action was planned against participants, as long as the protest remained peaceful.

The Faculty Senate passed a resolution last month asking the regents to delay any increase until after the legislative session. Its chair, Helen Oduya, a professor of sociology, said the vote reflected the faculty’s “deep unease with balancing the budget on the backs of students.”

Not everyone on campus sided with the protesters. Marcus Ebbing, a graduate student in engineering, watched the rally from the sidewalk. “Nobody likes paying more, but the alternative is cutting programs, and that hurts students too,” he said.

The regents meet at 10 a.m. Friday in the student union’s “Blue Room.” Nandakumar said students plan to fill every seat.""",
        [
            ("Every year they tell us", "Priya Nandakumar"),
            ("We have heard that promise", "Priya Nandakumar"),
            ("exhausted every reasonable alternative available", "Leonard Fisk"),
            ("respects the right of students", "university spokesperson"),
            ("deep unease with balancing the", "Helen Oduya"),
            ("Nobody likes paying more, but", "Marcus Ebbing"),
        ],
    ),
    (
        """RIVERTON — Members of the Riverton Federation of Teachers voted overwhelmingly Monday to authorize a strike, raising the prospect that classes for the city's 31,000 public school students could be halted as early as next month.

Ninety-four percent of members who cast ballots approved the authorization, union officials said. The vote does not mean a strike will happen, but it allows the union's executive board to call one if contract talks with Riverton Public Schools collapse.

"Nobody in this union wants to walk out of a classroom," said Denise Kowalczyk, the federation's president, at a news conference outside the union hall. "But our members have been working without a contract since August, and they have told us loud and clear that they are done waiting."

The two sides remain far apart on salaries and class sizes. The union is seeking raises of 7 percent in each of the next three years, along with hard caps on class size. The district has offered 3 percent a year and has resisted caps, arguing they would force it to hire teachers it cannot afford.

Superintendent Calvin Oyelaran said in a statement that the district's offer was fair and financially responsible and that he remained hopeful a deal could be reached at the bargaining table.

"We share the union's goals. What we do not have is a money tree behind the central office," Oyelaran said.

Kowalczyk dismissed that argument, noting that the district ended the last fiscal year with a surplus of more than $14 million. She said the district's latest proposal amounted to a pay cut once inflation was factored in.

Teachers at the news conference described mounting frustration. A veteran teacher at Jefferson Middle School, who asked not to be named because she feared retaliation, said she had 38 students in one of her eighth-grade math classes this year.

"I have kids sitting on the radiator because there aren't enough desks," she said.

Parents, for their part, are bracing for disruption. The Riverton Parent Council posted on its Facebook page that families should "start making backup child care plans now, just in case," while urging both sides to keep negotiating.

A state mediator is scheduled to meet with both sides Thursday. The union has planned a rally under the banner "Fair Contract Now" for Saturday afternoon at City Hall.""",
        [
            ("Nobody in this union wants", "Denise Kowalczyk"),
            ("But our members have been", "Denise Kowalczyk"),
            ("We share the union's goals", "Calvin Oyelaran"),
            ("I have kids sitting on", "veteran teacher at Jefferson Middle School"),
            ("start making backup child care", "Riverton Parent Council"),
        ],
    ),
    (
        """DELMONT COUNTY — A review committee has recommended that Delmont County Public Schools keep 11 of the 14 library books challenged by a parent group this fall, setting up a showdown at next week’s school board meeting.

The books were challenged in September by Delmont Parents for Transparency, which argued that they contained sexual content inappropriate for middle and high school students. Among the titles the committee voted to retain is “The Weight of Rivers,” a coming-of-age novel that has been among the most frequently challenged books in the state over the past two years.

The committee, made up of two librarians, two teachers, a principal and two parents, recommended moving the other three titles from middle school libraries to the high school collection.

“We read every page of every book. Our job was not to decide whether we personally liked them; it was to decide whether they have educational value for students, and the vast majority clearly do,” said Joanne Whitlock, a media specialist at Delmont High School who served on the committee.

Delmont Parents for Transparency said in a post on its website that the recommendation showed the district “cares more about protecting its librarians than protecting children.” The group’s founder, Karen Stoltz, said members would speak at the Dec. 12 board meeting and urged like-minded parents to attend.

“This isn’t about banning anything. Parents can buy whatever books they want for their own kids,” Stoltz said in a phone interview. “We’re just asking the school not to hand them to other people’s children.”

Under the district’s challenge policy, known as “Policy 6144,” the board has the final say and may accept, modify or reject the committee’s recommendations. Board Chair Sheila Brandt said she would read the full report before the meeting and encouraged residents to do the same. Board member Raymond Ochoa, who has said publicly that he supports removing the books, did not respond to requests for comment.

The Delmont Education Association, which represents the district’s teachers, urged the board to accept the committee’s findings, calling the review “exactly how this process is supposed to work.”""",
        [
            ("We read every page of", "Joanne Whitlock"),
            ("cares more about protecting its", "Delmont Parents for Transparency"),
            ("This isn’t about banning anything", "Karen Stoltz"),
            ("We’re just asking the school", "Karen Stoltz"),
            ("exactly how this process is", "Delmont Education Association"),
        ],
    ),
    (
        """LAKE CORWIN — Lake Corwin Area Schools Superintendent Dr. Harold Benning will resign at the end of January under a separation agreement approved Monday night by the Lake Corwin Board of Education, ending a four-year tenure that began with fanfare and closed amid questions about spending and management.

Benning, who arrived from Ohio in 2020 with a reputation as a “turnaround” leader, will receive $186,000, equal to about eight months of salary, under the agreement. The board approved it 6-1 after a closed session that lasted nearly three hours.

In a letter to staff sent shortly after the vote, Benning pointed to rising graduation rates and a new career and technical education center as accomplishments he was proud of. “Leading this district has been the honor of my professional life, and I leave knowing that Lake Corwin’s students are in good hands,” he wrote.

The board said in a brief statement that both sides had “mutually agreed that a change in leadership is in the best interest of our students” and thanked Benning for his service. It did not give a reason for the departure.

The agreement follows a state audit released in October that found the district had spent more than $400,000 on consulting contracts without required board approval. The audit, “Review of Procurement Practices: Lake Corwin Area Schools,” did not allege wrongdoing but faulted the district for weak oversight.

One board member, who spoke on the condition of anonymity because trustees agreed not to discuss personnel matters publicly, said trust between Benning and several trustees had “broken down well before the audit came out.”

Trustee Gloria Menendez, who cast the lone vote against the agreement, said she objected to the size of the payout. “Taxpayers are being asked to write a big check to a superintendent who is walking out the door. I couldn’t put my name to that,” she said.

Assistant Superintendent Keisha Danvers will serve as interim superintendent while the board conducts a national search. Board President Walter Haney said he hoped to have a permanent hire in place by July.""",
        [
            ("Leading this district has been", "Harold Benning"),
            ("mutually agreed that a change", "Lake Corwin Board of Education"),
            ("broken down well before the", "board member"),
            ("Taxpayers are being asked to", "Gloria Menendez"),
        ],
    ),
    (
        """Math scores for the state's eighth-graders fell for the third straight year, according to results released Wednesday by the State Department of Education, wiping out what remained of the gains made in the decade before the pandemic.

Just 29 percent of eighth-graders scored proficient or above in math on the spring Statewide Assessment of Learning, down from 31 percent last year and 38 percent in 2019. Reading scores were essentially flat, and fourth-grade math ticked up by one percentage point.

State Education Commissioner Philip Ansari called the eighth-grade results "sobering, and frankly unacceptable for a state with our resources." He pointed to the department's "Math Forward" initiative, a $22 million program launched last year that pays for instructional coaches in struggling middle schools, and said it was too early to judge whether it was working.

"We didn't get into this hole in one year, and we are not going to climb out of it in one year," Ansari said during a call with reporters.

Researchers outside the department were less patient. Elena Marchetti, a senior fellow at the Brookside Institute for Education Policy, said the state had ignored warning signs for years. Her organization's report last spring, "Falling Behind the Curve," found that more than a third of middle school math teachers in rural districts were teaching outside their certification area.

"You can't coach your way out of a teacher shortage. If the person in front of the room never trained to teach algebra, a coach who visits twice a month is not going to fix that," Marchetti said.

A spokeswoman for the Commonwealth Teachers Alliance, the state's largest teachers union, said the results reflected "years of underinvestment in the people who actually teach math" and called on lawmakers to fund higher salaries for math and science teachers.

Some districts bucked the trend. In Harlan Falls, where eighth-grade proficiency rose six points, Superintendent Roberto Quintanilla credited a decision to protect math time from pull-out programs and assemblies. He said the district would share its schedule with any school that asked.

District-level results are available on the department's "School Report Card" website.""",
        [
            ("sobering, and frankly unacceptable for", "Philip Ansari"),
            ("We didn't get into this", "Philip Ansari"),
            ("You can't coach your way", "Elena Marchetti"),
            ("years of underinvestment in the", "spokeswoman for the Commonwealth Teachers Alliance"),
        ],
    ),
    (
        """WESTBROOK — About 200 students at Westbrook High School walked out of class Friday morning to protest a new policy requiring them to lock their phones in magnetic pouches for the entire school day.

The policy, which the Westbrook School District rolled out in January under the slogan “Be Present, Be Here,” has drawn complaints from students who say they need their phones to coordinate rides, after-school jobs and family responsibilities. Students have taken to calling the pouches “phone jail.”

The walkout was organized by junior Aaliyah Brooks and a handful of friends through a group chat. Standing on the football bleachers with a borrowed bullhorn, Brooks told classmates the policy treated them “like suspects instead of students.”

“We’re not asking to be on TikTok during chemistry. We’re asking to be able to text our parents at lunch,” she said afterward.

Principal Gregory Tanaka said in an email to families that the walkout would be recorded as an unexcused absence but that no student would be suspended for taking part. Tanaka, who has led the school since 2019, wrote that teachers had reported fewer classroom distractions and hallway fights since the pouches were introduced.

Speaking to reporters outside the main office later in the day, he struck a more conciliatory tone. “I’ve heard them, and some of their points are fair. If there’s a better way to handle emergencies, we’ll look at it,” Tanaka said.

Not all parents are sympathetic to the protesters. Jennifer Albright, whose daughter is a sophomore, said the pouches were “the best thing to happen to that school in years.” She said her daughter had told her she was sleeping better and spending less time on social media.

The school board is scheduled to review the policy at its March 14 meeting. Brooks said she and other organizers plan to attend.""",
        [
            ("like suspects instead of students", "Aaliyah Brooks"),
            ("We’re not asking to be", "Aaliyah Brooks"),
            ("I’ve heard them, and some", "Gregory Tanaka"),
            ("the best thing to happen", "Jennifer Albright"),
        ],
    ),
    (
        """ASHFORD — Graduate student workers at Ashford University will stop grading final exams and papers beginning Monday unless the university agrees to a new contract, their union announced this week, a move that could delay grades for thousands of undergraduates.

The union, Graduate Workers of Ashford United, represents about 2,300 teaching and research assistants. Its members voted to unionize in 2022 and have been negotiating a first contract for nearly a year and a half.

In a post on social media Tuesday night, the union laid out its position: “Ashford has had seventeen months to bargain in good faith. Our members cannot pay rent with promises.”

At issue are stipends, which currently start at $31,500 a year, and health coverage for dependents. The union wants minimum stipends raised to $42,000; the university has offered $34,000, phased in over three years.

Daniel Reyes, a spokesman for Ashford University, said the university had put forward “a strong, competitive offer that reflects how much we value our graduate students.” Reyes said contingency plans were in place to make sure undergraduates received their grades on time, but he declined to describe them.

Tomás Villareal, a fifth-year doctoral student in chemistry who sits on the union’s bargaining committee, said members had not made the decision lightly.

“Most of us love teaching, and nobody wants to hurt undergrads. But the university’s own strategic plan, ‘Investing in Excellence,’ calls graduate students the backbone of research here. The backbone should be able to afford an apartment,” he said.

Undergraduates appeared divided. A senior majoring in economics, who asked that her name not be used because her teaching assistant is a union member, said she supported the graduate workers but was anxious about deadlines for graduate school applications.

“I need that transcript in January, so I really hope they figure this out,” she said.

The two sides are scheduled to return to the bargaining table Friday.""",
        [
            ("Ashford has had seventeen months", "Graduate Workers of Ashford United"),
            ("a strong, competitive offer that", "Daniel Reyes"),
            ("Most of us love teaching", "Tomás Villareal"),
            ("I need that transcript in", "senior majoring in economics"),
        ],
    ),
]
