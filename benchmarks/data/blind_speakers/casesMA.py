CASES = [
    (
        """State budget plan leaves Allegheny Valley University facing $14 million gap

By Dana Kowalczyk
Staff writer

MARLOW SPRINGS — Allegheny Valley University will have to cut programs, delay hiring or raise tuition if the state budget proposal released Tuesday holds, university officials said this week.

The governor's plan keeps appropriations for the university flat at $86.2 million for the third straight year, even as costs for salaries, health insurance and utilities climb. University finance staff estimate the gap for next fiscal year at roughly $14 million.

"Flat funding is a cut. There's no other way to describe it," President Lorraine Okafor-Tate said in an interview Wednesday. "We have been absorbing these increases for three years, and we are out of places to absorb them."

Okafor-Tate said the university has already left 41 staff positions vacant and consolidated two colleges. She declined to say which academic programs could be on the table, saying only that the provost's office would bring recommendations to trustees in the spring.

State Rep. Gary Mishler, a Republican whose district includes part of Marlow Springs, said he would push for an amendment adding $5 million for the university.

"This campus is the largest employer in three counties," Mishler said. "When people talk about higher education funding as if it's a line item that only matters to professors, they're missing the point."

But the chair of the House Appropriations Committee, Rep. Dolores Keane, said the state faces competing demands from K-12 schools and Medicaid, and cautioned against expectations of a large increase. She said universities needed to show "they are serious about controlling their own costs" before lawmakers would add money.

The faculty union, the Allegheny Valley Association of Professors, said in a statement that it would oppose any plan to balance the budget through layoffs.

"Students did not create this shortfall, and faculty did not create it either," the statement said. "Cutting the people who teach is the fastest way to make a bad situation worse."

Students interviewed on campus Wednesday were mostly worried about tuition. In-state tuition rose 3 percent last year, to $9,840.

"I work 25 hours a week already," said Kayla Brandt, a junior nursing major from Elk Run. "If it goes up again, I honestly don't know."

The university's board of trustees meets March 14. Budget hearings in Harrisburg continue next week.""",
        [
            ("Flat funding is a cut.", "Lorraine Okafor-Tate"),
            ("We have been absorbing these", "Lorraine Okafor-Tate"),
            ("This campus is the largest", "Gary Mishler"),
            ("When people talk about higher", "Gary Mishler"),
            ("they are serious about controlling", "Dolores Keane"),
            ("Students did not create this", "Allegheny Valley Association of Professors"),
            ("Cutting the people who teach", "Allegheny Valley Association of Professors"),
            ("I work 25 hours a", "Kayla Brandt"),
            ("If it goes up again,", "Kayla Brandt"),
        ],
    ),
    (
        """Faculty at Cheswick College Authorize Strike as Contract Talks Stall

By Marisa Lunde

Non-tenure-track faculty members at Cheswick College, a private liberal arts institution in western Massachusetts, voted overwhelmingly last week to authorize a strike, the latest escalation in a contract dispute that has dragged on for more than a year.

Of the 212 eligible members of the Cheswick Contingent Faculty Union, 187 cast ballots, and 94 percent voted in favor, according to the union. The vote does not set a strike date, but it allows the bargaining committee to call one with 10 days’ notice.

“Nobody wants to walk out of a classroom in the middle of a semester,” said Theo Vargas-Lind, a lecturer in writing and a member of the union’s bargaining team. “But we have been working without a contract since last August, and the administration keeps offering raises that don’t cover inflation.”

The union is seeking a minimum of $7,500 per three-credit course, up from $5,200, along with multiyear appointments for lecturers who have taught at the college for six years or more. The college’s most recent proposal, according to union documents reviewed by this publication, would raise per-course pay to $5,800 over three years.

In an email to faculty and staff Thursday, Provost Helen Achterberg wrote that the college “values the contributions of every instructor” but faces “real and persistent financial constraints,” pointing to a 9 percent decline in first-year enrollment since 2019.

“We remain committed to reaching a fair agreement at the table,” Achterberg wrote. “A strike would harm students most of all, and we will take steps to ensure that their academic progress is protected.”

A college spokeswoman said contingency plans were being developed but declined to describe them.

Labor experts said the dispute reflects broader tensions at tuition-dependent colleges in the Northeast, where shrinking applicant pools have squeezed budgets just as adjunct and lecturer unions have grown more assertive.

“What you’re seeing at Cheswick is a pattern,” said Ruth Ann Polaski, director of the Center for Academic Labor Studies at Brennard University. “Institutions that relied on low-cost contingent labor for two decades are now negotiating with organized workforces that have better information and more leverage than they used to.”

Polaski noted that strikes by non-tenure-track faculty remain relatively rare and are usually short. Most, she said, end with agreements “somewhere in the middle,” though she cautioned that financially fragile colleges have less room to compromise.

Students have largely sided with the union. The student government passed a resolution of support last month, and several hundred students signed a petition urging the administration to return to the table.

Jonah Feld, a sophomore who organized the petition, said many students did not realize how many of their instructors were part-time. “My favorite professor last year was an adjunct,” he said. “I found out she was teaching at three different colleges to make rent.”

The next bargaining session is scheduled for Feb. 27.""",
        [
            ("Nobody wants to walk out", "Theo Vargas-Lind"),
            ("But we have been working", "Theo Vargas-Lind"),
            ("values the contributions of every", "Helen Achterberg"),
            ("real and persistent financial", "Helen Achterberg"),
            ("We remain committed to reaching", "Helen Achterberg"),
            ("A strike would harm students", "Helen Achterberg"),
            ("What you’re seeing at Cheswick", "Ruth Ann Polaski"),
            ("Institutions that relied on low-cost", "Ruth Ann Polaski"),
            ("somewhere in the middle", "Ruth Ann Polaski"),
            ("My favorite professor last year", "Jonah Feld"),
            ("I found out she was", "Jonah Feld"),
        ],
    ),
    (
        """Students face hearings after weeklong encampment at Lake Erie State

By Marcus Oyelaran, WRNE News

Twenty-three students at Lake Erie State University are scheduled to appear before a campus conduct board next month, after a weeklong encampment on the university's central quad ended early Saturday.

The students had set up about 30 tents on Founders Green to demand that the university disclose its investments and cut ties with several defense contractors. University police cleared the site shortly after 5 a.m. Saturday. No one was arrested, but the university says the students violated its policy on overnight structures.

In a message to campus, Vice President for Student Affairs Carl Whitacre said the university had given protesters "multiple opportunities" to relocate.

"We respect the right of students to protest, and we have protected that right throughout the week," Whitacre wrote. "What we cannot allow is the indefinite occupation of shared space that belongs to the entire campus community."

Protest organizers dispute that account. Amira Haddad, a senior studying political science, was one of the students who received a notice of a conduct hearing. She told WRNE the university never offered a meaningful alternative.

"They offered us a corner of a parking lot, between 9 and 5, with no tents," Haddad said. "That's not a place to protest. That's a place to be ignored."

Haddad said organizers had met twice with administrators during the week, including once with the university's chief financial officer. She said those meetings ended without any commitment on disclosure.

One faculty member, who attended one of those meetings and asked not to be named because she does not have tenure, described the talks as "polite but going nowhere."

The possible penalties range from a written warning to suspension. Several students said they were most worried about the effect on graduate school applications and on international students' visas.

The Lake Erie State chapter of the American Association of University Professors has asked the university to drop the charges. In a letter to President Nadine Corrigan, the chapter said the conduct process was being used "to punish political speech after the fact."

Corrigan has not commented publicly on the hearings. A university spokesman said Monday that the conduct process is confidential and that "every student will receive due process."

State Sen. Phil Baranski, whose district includes the campus, praised the administration for ending the encampment without arrests.

"It could have gone very differently, and we've seen that on other campuses," Baranski told reporters at an unrelated event in Ashtabula on Monday. "I think the university handled this about as well as anyone could."

The first hearings are scheduled for May 6.""",
        [
            ("multiple opportunities", "Carl Whitacre"),
            ("We respect the right of", "Carl Whitacre"),
            ("What we cannot allow is", "Carl Whitacre"),
            ("They offered us a corner", "Amira Haddad"),
            ("That's not a place to", "Amira Haddad"),
            ("polite but going nowhere.", "faculty member"),
            ("to punish political speech after", "Lake Erie State chapter of the American Association of University Professors"),
            ("every student will receive due", "spokesman"),
            ("It could have gone very", "Phil Baranski"),
            ("I think the university handled", "Phil Baranski"),
        ],
    ),
    (
        """When the Research Money Stops: A State Grant Freeze Leaves Labs in Limbo

By Priya Ramanathan

Gretchen Holloway learned that her lab’s funding had been frozen the way most of her colleagues did: through a two-paragraph email sent late on a Friday.

Holloway, an associate professor of chemical engineering at Wabash Plains University, in Linton Falls, Ind., had been counting on the second year of a $640,000 award from the Indiana Advanced Manufacturing Research Fund to pay three graduate students and a postdoctoral researcher. The email, sent by the fund, said all disbursements were “paused pending a comprehensive program review.”

“I have people whose rent depends on that money,” Holloway said. “I can cover them through April out of discretionary funds. After that, I honestly don’t know.”

The freeze, ordered in January by Gov. Randall Ostrow’s budget office, affects 112 active grants at 14 institutions, totaling about $48 million, according to an analysis by the Indiana Council of Research Universities. The council’s report, “Stalled at the Bench,” estimates that more than 300 graduate students and research staff members are paid at least in part from the frozen awards.

In a written response to questions, a spokeswoman for Ostrow said the review was intended to ensure that state money goes to projects with “clear and measurable economic return.” She described the freeze as “temporary and targeted” and said the review would be complete “within the current fiscal year.”

Research administrators say that timeline is little comfort.

“A fiscal year is an eternity for a grad student,” said Martin Szabo, vice president for research at Wabash Plains. “We can bridge some people for a few months. We can’t bridge an entire research portfolio, and we shouldn’t have to.”

Szabo said the university has set aside $1.2 million in emergency bridge funding, enough to cover roughly a third of the affected positions through the summer. Other institutions have taken similar steps, but smaller campuses have fewer reserves to draw on.

At Harlan Ridge College, a regional public campus with two frozen awards, the provost, Denise Whitcombe, said the college had no bridge fund at all.

“We’re being asked to demonstrate economic return on projects that are one year into a three-year plan,” she said. “You don’t judge a harvest in April.”

Some legislators have begun to push back. Sen. Lucia Ferrante, a Democrat from Linton Falls, has filed a bill requiring that any freeze of awarded research funds be approved by the State Budget Committee.

“These were competitive awards. People won them,” Ferrante said. “The state made a commitment, and universities hired people on the strength of that commitment.”

Holloway, meanwhile, has started telling prospective graduate students to weigh other offers carefully.

“That’s the part that keeps me up at night,” she said. “The damage isn’t just this year. It’s the people who decide not to come.”""",
        [
            ("paused pending a comprehensive program", "Indiana Advanced Manufacturing Research Fund"),
            ("I have people whose rent", "Gretchen Holloway"),
            ("I can cover them through", "Gretchen Holloway"),
            ("clear and measurable economic return.", "spokeswoman"),
            ("temporary and targeted", "spokeswoman"),
            ("within the current fiscal year.", "spokeswoman"),
            ("A fiscal year is an", "Martin Szabo"),
            ("We can bridge some people", "Martin Szabo"),
            ("We’re being asked to demonstrate", "Denise Whitcombe"),
            ("You don’t judge a harvest", "Denise Whitcombe"),
            ("These were competitive awards.", "Lucia Ferrante"),
            ("The state made a commitment,", "Lucia Ferrante"),
            ("That’s the part that keeps", "Gretchen Holloway"),
            ("The damage isn’t just this", "Gretchen Holloway"),
        ],
    ),
    (
        """Regents OK 4.5% tuition hike at High Plains State over student objections

GARRISON — The Board of Regents voted 6-3 Thursday to raise tuition and fees at High Plains State University by 4.5 percent next fall, the largest single increase at the school in more than a decade.

The vote came after nearly two hours of public comment, most of it from students who urged the board to look elsewhere for savings.

For a full-time Kansas resident, the increase adds about $420 a year, bringing tuition and mandatory fees to $9,760. Out-of-state students will pay about $1,100 more.

Regent Charles Dunleavy, who made the motion, said he did not take the decision lightly.

"Nobody on this board ran for this job to make college more expensive," Dunleavy said. "But we have deferred maintenance on buildings that are 60 years old, we have a state appropriation that hasn't kept pace, and we have an obligation to keep this institution standing for the next generation of students.

"If we don't act now, the increase we'll be looking at in two years is going to be a lot worse than this one."

Three regents voted no. Regent Teresa Olguin said the board had not done enough to explore alternatives, including cuts to administrative positions, which she said had grown faster than faculty positions over the past decade.

"We're asking 19-year-olds to make up a gap that we haven't even tried to close on our side," Olguin said.

Student body president Isaiah Redcloud presented the board with a petition he said had been signed by more than 2,300 students. He told regents that many of his classmates already work more than one job.

"I sat down with a freshman last week who sleeps in her car two nights a week because she can't afford the gas to drive home," Redcloud said. "That's who this lands on."

Several students in the audience held signs reading "Students, Not Revenue."

University President Andrea Lindqvist told the board the university would expand its need-based aid program to offset the increase for students with the greatest financial need. About $1.4 million of the new revenue will go to aid, according to a memo from the university's finance office.

Lindqvist said after the meeting that the increase was "not something any of us wanted" but called it "the responsible choice" given the state budget.

Kansas lawmakers approved a 1 percent increase in base funding for the state's regional universities this year, well below the 5 percent that university leaders had requested.

State Rep. Wendell Harms, R-Garrison, who sits on the House Higher Education Budget Committee, said in a phone interview Thursday evening that the Legislature "did what it could" with competing priorities.

"I understand the frustration," Harms said. "I'd just remind folks that the universities have reserves, too, and some of them are sitting on a fair amount of money."

The increase takes effect with the fall semester.""",
        [
            ("Nobody on this board ran", "Charles Dunleavy"),
            ("If we don't act now,", "Charles Dunleavy"),
            ("We're asking 19-year-olds to make", "Teresa Olguin"),
            ("I sat down with a", "Isaiah Redcloud"),
            ("That's who this lands", "Isaiah Redcloud"),
            ("not something any of us", "Andrea Lindqvist"),
            ("the responsible choice", "Andrea Lindqvist"),
            ("did what it could", "Wendell Harms"),
            ("I understand the frustration,", "Wendell Harms"),
            ("I'd just remind folks that", "Wendell Harms"),
        ],
    ),
    (
        """Piedmont Valley Community College to close rural Avery Gap campus

By Leah Comstock | Foothills Public Media

Piedmont Valley Community College will close its satellite campus in Avery Gap at the end of the spring semester, college officials announced Tuesday, citing years of declining enrollment and the cost of maintaining an aging building.

The Avery Gap center, which opened in 1994 in a former textile company office, enrolled 212 students last fall, down from more than 600 a decade ago. Most of its courses will move online or to the college's main campus in Harlowe, about 40 minutes away.

College President Wayne Pruitt said the decision came after a year-long review.

"We looked at every option we could think of, including moving to a smaller space and sharing a building with the county," Pruitt told Foothills Public Media. "In the end, we couldn't justify putting another $3 million into a facility that's running at a third of its capacity."

For some students, though, the 40-minute drive is the problem. Avery Gap is in one of the state's poorest counties, and public transit between the two towns is limited to a single county van route.

Shelby Greer is 34 and is studying to become a medical office assistant. She takes classes at the Avery Gap center in the evenings after her shift at a distribution warehouse.

"I can do some of it online, but not the labs," Greer said. "And if I'm driving to Harlowe and back three nights a week, that's gas money I don't have and time I'm not with my kids."

County Commissioner Roberta Tillman put it bluntly at a commission meeting Tuesday night: "When you take the college out of a town like this, you're telling people their future is somewhere else."

Tillman said the county had offered the college free space in its new government center but was told the offer came too late.

A college spokeswoman said the county's offer was considered but would have required renovations the college could not afford on that timeline. The college is exploring a partnership with the county library to offer proctored exams and tutoring in Avery Gap, she said.

Enrollment across the state's community college system has rebounded somewhat since the pandemic, but rural campuses have been slower to recover. A report from the system last year found that enrollment at rural satellite centers was still 18 percent below 2019 levels.

"It's a national story, not just a local one," said Dr. Evelyn Marsh, who studies rural higher education at Carolina Piedmont University. "The per-student cost of running a small site is high, and when state formulas reward headcount, the small sites lose."

Marsh said closures often have ripple effects. According to her research, adult enrollment in counties that lose a physical campus tends to drop, and "it rarely comes back."

Piedmont Valley's trustees are expected to formally approve the closure at their meeting next month.""",
        [
            ("We looked at every option", "Wayne Pruitt"),
            ("In the end, we couldn't", "Wayne Pruitt"),
            ("I can do some of", "Shelby Greer"),
            ("And if I'm driving to", "Shelby Greer"),
            ("When you take the college", "Roberta Tillman"),
            ("It's a national story, not", "Evelyn Marsh"),
            ("The per-student cost of running", "Evelyn Marsh"),
            ("it rarely comes back.", "Evelyn Marsh"),
        ],
    ),
    (
        """Accreditor Puts Bellmont College on Probation Over Finances

By Samuel Eckhart

Bellmont College, a private college of about 900 students in Fallon Creek, W.Va., has been placed on probation by its regional accreditor, which found that the institution had failed to demonstrate that it has sufficient financial resources to sustain its operations.

The Mid-Atlantic Commission on Collegiate Accreditation notified the college of its decision in a letter dated Nov. 18 and made public this week. The letter said Bellmont had not met the commission’s standard on financial stability and had “not provided sufficient evidence of a realistic plan to address recurring operating deficits.”

The commission also cited concerns about governance, noting that the college’s board had approved three consecutive budgets that relied on one-time transfers from its endowment. Bellmont’s endowment has fallen from about $41 million in 2018 to roughly $26 million, according to its most recent audited financial statements.

Probation is a public sanction but does not affect a college’s accreditation status or its students’ eligibility for federal financial aid. Bellmont has two years to come into compliance, the letter said.

In a statement, the college said it “takes the commission’s findings seriously” and had already begun carrying out a recovery plan.

“We have made difficult decisions over the last eighteen months, and we will make more,” Bellmont’s president, Raymond Achebe-Strand, said in an interview. “But this is an institution that has survived two world wars and a depression. I have every confidence that it will survive this.”

Achebe-Strand said the college had cut 14 positions, frozen salaries and put two underused residence halls up for sale. It is also in talks with at least one other institution about a possible partnership, he said, declining to name it.

Higher-education finance experts said Bellmont’s situation was typical of a growing number of small private colleges in rural areas.

“The math is brutal,” said Colleen Varga, a managing director at Northfield Higher Education Advisors, a consulting firm that works with small colleges. “You have fewer 18-year-olds, a tuition discount rate north of 60 percent, and fixed costs that don’t go down when enrollment does.”

Varga said probation is often “a turning point, in one direction or the other,” and that colleges that survive it usually do so by merging, affiliating or shrinking dramatically.

Faculty members at Bellmont said they had been warning the administration for years. One longtime professor, who spoke on the condition of anonymity because he feared retaliation, said the faculty senate had raised concerns about endowment draws as early as 2019.

“We were told it was temporary,” the professor said. “It was temporary for five years.”

The chair of the faculty senate, Lorena Whitfield, was more measured. “I think everyone now understands the scale of the problem,” she said. “What we need is a plan that faculty can actually see and believe in, and we haven’t had that yet.”

Bellmont must submit a monitoring report to the commission by next September.""",
        [
            ("not provided sufficient evidence of", "Mid-Atlantic Commission on Collegiate Accreditation"),
            ("takes the commission’s findings seriously", "Bellmont College"),
            ("We have made difficult decisions", "Raymond Achebe-Strand"),
            ("But this is an institution", "Raymond Achebe-Strand"),
            ("The math is brutal,", "Colleen Varga"),
            ("You have fewer 18-year-olds, a", "Colleen Varga"),
            ("a turning point, in one", "Colleen Varga"),
            ("We were told it was", "longtime professor"),
            ("It was temporary for five", "longtime professor"),
            ("I think everyone now understands", "Lorena Whitfield"),
            ("What we need is a", "Lorena Whitfield"),
        ],
    ),
    (
        """Cancelled talk at Northmoor sparks free-speech fight; dean calls decision 'a mistake'

By Elena Brzezinski

Northmoor University's decision to cancel a scheduled lecture by a conservative economist last week has set off a campus-wide argument over free speech, with at least one senior administrator now publicly breaking with the university's leadership.

The talk, by economist Douglas Pratt, was to have been held Thursday in Halvorsen Hall. It was cancelled Tuesday afternoon, two days after a student group circulated a petition calling Pratt's past writings on immigration "dehumanizing" and demanding that the event be called off.

In an email to the campus community Tuesday, the university said it had cancelled the event "out of an abundance of caution" because of "credible concerns about the ability to ensure the safety of all attendees." It did not describe those concerns.

On Friday, Margaret Oduya, dean of the College of Arts and Sciences, wrote in a letter published in the student newspaper that the cancellation was "a mistake, and one we should be honest about."

"A university that cannot host a speaker it disagrees with has lost track of what it is for," Oduya wrote. "I do not share Professor Pratt's views on immigration. I share even less the idea that our students need to be protected from hearing them."

Two administrators familiar with the decision, who were not authorized to speak publicly, said the cancellation was made by the president's office over the objections of the campus events staff.

"There was no specific threat. Nobody told us there was," one of the administrators said.

A university spokesperson declined to respond to that account, saying only that "safety assessments are not made public" and that the president "stands by the decision."

The student group that organized the petition, the Northmoor Immigrant Justice Coalition, said in a statement that it had never threatened anyone and had asked only that the university "not lend its name and its stage" to Pratt.

"We exercised our own free speech," the coalition's co-chair, Daniela Ruiz, said in an interview. "We wrote a petition. The university made its own decision, and it's not fair to put that on students."

The group that invited Pratt, the Northmoor Forum for Economic Liberty, is weighing whether to reschedule the talk off campus, said its president, senior Tyler Haskins.

"We followed every rule. We booked the room in September, we paid for security, and we got cancelled by email with 48 hours' notice," Haskins said. "If that's the standard, then any event can be shut down by anyone who doesn't like it."

Pratt, reached by phone, said he had spoken at dozens of campuses without incident. "I'm disappointed, not surprised," he said.

The faculty senate is scheduled to take up a resolution on the cancellation at its meeting Wednesday.""",
        [
            ("a mistake", "Margaret Oduya"),
            ("dehumanizing", "Northmoor Immigrant Justice Coalition"),
            ("out of an abundance of", "Northmoor University"),
            ("credible concerns about the ability", "Northmoor University"),
            ("a mistake, and one we", "Margaret Oduya"),
            ("A university that cannot host", "Margaret Oduya"),
            ("I do not share Professor", "Margaret Oduya"),
            ("There was no specific threat.", "administrator familiar with the decision"),
            ("safety assessments are not made", "spokesperson"),
            ("stands by the decision.", "spokesperson"),
            ("not lend its name and", "Northmoor Immigrant Justice Coalition"),
            ("We exercised our own free", "Daniela Ruiz"),
            ("We wrote a petition.", "Daniela Ruiz"),
            ("We followed every rule.", "Tyler Haskins"),
            ("If that's the standard, then", "Tyler Haskins"),
            ("I'm disappointed, not surprised,", "Douglas Pratt"),
        ],
    ),
]
