CASES = [
    (
        """By Marisa Olvanek, Staff Writer

HOLLISTER FALLS — The Granger County Board of Education voted 5-2 Tuesday night to close Westbrook Elementary School at the end of the academic year, ending a months-long fight that drew hundreds of parents to a packed meeting at the district's central office.

The decision, which district officials say will save about $1.4 million a year, follows a facilities review that found the 71-year-old building needs more than $9 million in repairs to its roof, boilers and plumbing.

"We are not closing a school because we want to," board President Dolores Kemmerling said before the vote. "We are closing it because the alternative is asking children to learn in a building that is failing around them."

Parents, many wearing green T-shirts reading "Keep Westbrook Whole," lined up for more than two hours of public comment.

Tamsin Achebe-Ruiz, whose two children attend Westbrook, told board members the district had known about the building's problems for a decade and "chose to look away until it was cheap to give up."

"You had the reports in 2015. You had them again in 2019," she said. "Nobody in this room gets to act surprised now."

Superintendent Carl Wendroth defended the timeline, saying the district had applied twice for state renovation grants and was turned down both times.

Under the plan approved Tuesday, Westbrook's roughly 310 students will be split between Hartwell Elementary and Linden Park Elementary. The district will run two additional bus routes and keep Westbrook's teachers on staff, Wendroth said.

Board member Evan Trossel, who voted against the closure along with board member Priya Venkataram, said the district had not done enough to study the effect on Linden Park, which is already near capacity.

"We're moving kids into portable classrooms and calling it a solution," Trossel said. "I can't support that."

The Granger County Education Association, which represents the district's teachers, said in a statement that it was "deeply disappointed" by the vote but would work to ensure a smooth transition for students and staff.

"Our members will be there for these children in September, wherever they are," the statement said.

Kemmerling said the board would hold a community meeting next month on how the Westbrook site might be used. Some parents have floated turning it into a community center, an idea Wendroth called "worth a serious look" if the money can be found.

The closure takes effect June 30.""",
        [
            ("We are not closing a", "Dolores Kemmerling"),
            ("We are closing it because", "Dolores Kemmerling"),
            ("chose to look away until", "Tamsin Achebe-Ruiz"),
            ("You had the reports in", "Tamsin Achebe-Ruiz"),
            ("Nobody in this room gets", "Tamsin Achebe-Ruiz"),
            ("We're moving kids into portable", "Evan Trossel"),
            ("I can't support that.", "Evan Trossel"),
            ("deeply disappointed", "Granger County Education Association"),
            ("Our members will be there", "Granger County Education Association"),
            ("worth a serious look", "Carl Wendroth"),
        ],
    ),
    (
        """Harriet Colquhoun, Education Correspondent

Teachers in England will be asked whether they are prepared to strike after the country's second-largest classroom union rejected the government's pay offer as “an insult to a profession on its knees”.

The National Federation of Classroom Teachers (NFCT) said its executive had voted unanimously to open a formal ballot in February, raising the prospect of walkouts in schools before the summer exams.

The education secretary, Rosalind Ashgrove, announced last week that teachers would receive a 2.8% rise from September, below the 4.5% recommended by the independent pay review body. She said the figure reflected “the hard choices any responsible government has to make”.

Speaking at the union's headquarters in London on Thursday, the NFCT general secretary, Declan Murtagh, said members had “run out of patience”.

“We have teachers leaving in their second and third years because they cannot afford the rent,” he said. “We have heads advertising maths posts three, four, five times and getting nobody.

“The secretary of state knows this. Her own department's figures show it. And still she comes to us with an offer that is, in real terms, another pay cut.”

A government spokesperson said the offer was “fair and fully funded” and urged the union to “put children first” by calling off the ballot.

“Pupils have already lost too much learning in recent years,” the spokesperson added. “Strike action would only add to the disruption families have faced.”

Mr Murtagh dismissed the suggestion that the union was acting against pupils' interests, saying it was “the empty classroom, not the picket line” that posed the greatest threat to children's education.

The ballot will run for six weeks. Under current law, at least half of eligible members must vote for any result to be valid.

Headteachers' leaders have urged both sides to return to talks. Sunita Barrowclough, president of the Association of School and College Heads, said in a letter to Ms Ashgrove on Wednesday that schools were “caught in the middle of a dispute they did not start and cannot afford”.

She wrote: “I would ask you to meet the unions without preconditions before this goes any further. Every week of uncertainty makes it harder to keep good teachers in the classroom.”

The NFCT's last national strike, in 2019, closed or partly closed about a third of schools in England for two days.""",
        [
            ("an insult to a profession", "National Federation of Classroom Teachers"),
            ("the hard choices any responsible", "Rosalind Ashgrove"),
            ("run out of patience", "Declan Murtagh"),
            ("We have teachers leaving in", "Declan Murtagh"),
            ("We have heads advertising maths", "Declan Murtagh"),
            ("fair and fully funded", "government spokesperson"),
            ("put children first", "government spokesperson"),
            ("Pupils have already lost too", "government spokesperson"),
            ("Strike action would only add", "government spokesperson"),
            ("the empty classroom, not the", "Declan Murtagh"),
            ("caught in the middle of", "Sunita Barrowclough"),
            ("I would ask you to", "Sunita Barrowclough"),
        ],
    ),
    (
        """The University of Eastmoor's governing council has approved a plan to cut about 240 jobs over two years, despite a last-minute appeal from staff and students who rallied outside the council chambers on Monday.

The restructure, which the university says is needed to close a $68 million budget gap, will merge the faculties of arts and social sciences and end the standalone School of Music.

Vice-Chancellor Professor Gerald Okonkwo-Lane said the decision had been "agonising" but the university could not keep running deficits.

"International student numbers have not recovered the way anyone predicted, and we have to live within our means," Professor Okonkwo-Lane said.

"I understand the anger. I would be angry too. But doing nothing would put far more jobs at risk in three years' time."

About 300 people gathered on the lawns outside the Chancellery, some holding placards reading "Cut Bonuses, Not Courses".

The National Tertiary Staff Alliance's Eastmoor branch president, Dr Fiona Hadlee, told the crowd the council had "rubber-stamped" a plan that staff had never been properly consulted on.

"They gave us a 40-page proposal and ten working days to respond," Dr Hadlee said. "That's not consultation, that's a courtesy email."

The union has lodged a formal dispute under the university's enterprise agreement and says it will consider industrial action if compulsory redundancies go ahead.

Student union president Ravi Dassanayake said music students had been told to transfer to a partner institution or finish their degrees through a "teach-out" arrangement.

"Some of these students moved interstate for this program," Mr Dassanayake said. "Now they're being told it won't exist by the time they graduate."

In a statement after the meeting, the university said all affected students would be "supported to complete their qualification" and that voluntary redundancies would be offered before any forced job losses.

The state's Minister for Higher Education, Margaret Tunstall-Reid, said she was concerned by the scale of the cuts and had asked the university for a briefing.

"Universities are independent institutions, but they are also public institutions," Ms Tunstall-Reid said. "The community deserves to know how these decisions are being made."

The first redundancy notices are expected to be issued in March.""",
        [
            ("agonising", "Gerald Okonkwo-Lane"),
            ("International student numbers have not", "Gerald Okonkwo-Lane"),
            ("I understand the anger.", "Gerald Okonkwo-Lane"),
            ("rubber-stamped", "Fiona Hadlee"),
            ("They gave us a 40-page", "Fiona Hadlee"),
            ("That's not consultation, that's a", "Fiona Hadlee"),
            ("Some of these students moved", "Ravi Dassanayake"),
            ("Now they're being told it", "Ravi Dassanayake"),
            ("supported to complete their qualification", "University of Eastmoor"),
            ("Universities are independent institutions, but", "Margaret Tunstall-Reid"),
            ("The community deserves to know", "Margaret Tunstall-Reid"),
        ],
    ),
    (
        """Staff Reporter

BENGALURU: Students of Kaveri State University on Friday continued their boycott of classes for the fourth day, demanding the withdrawal of a 35% hike in tuition and examination fees announced by the university's syndicate last month.

Around 600 students gathered in front of the administrative block, raising slogans against the university administration. The protest was led by the Kaveri University Students' Federation (KUSF).

Speaking to reporters, KUSF president Meghana Shetty said the hike would force many students from rural families to drop out. "Most of us are first-generation learners. Our parents are farmers and daily-wage workers. Where will they find ₹18,000 more every year?" she asked.

Vice-Chancellor H.R. Nagendrappa, in a statement, said the revision was "unavoidable" as the State government had not increased the university's block grant for six years. "The university has been meeting salary and pension commitments from its own reserves, which are now exhausted," the statement said.

He added that students from economically weaker sections would be eligible for a full fee waiver under a new scheme, and that applications would be accepted till the end of the month.

Higher Education Minister S. Lakshminarayana told presspersons in Mysuru that the government was "in touch with the university" and would find a solution "within a week".

"We will not allow any deserving student to discontinue education because of fees. I have asked the Vice-Chancellor to hold the revision in abeyance till we discuss the matter," he said.

However, the Minister did not commit to an increase in the block grant, which has remained at ₹96 crore since 2019.

The Kaveri University Teachers' Association also extended support to the students. In a letter to the Chancellor, its secretary Dr. Arvind Kulkarni wrote that the fee hike was "a symptom of the chronic underfunding of public universities" and urged the government to release pending grants of ₹142 crore.

Several guest faculty members, who have not been paid for three months, joined the protest in the afternoon.

Ms. Shetty said the boycott would continue till the syndicate formally withdrew the circular. "A verbal assurance from the Minister is not enough. We want it in writing," she said.

The syndicate is scheduled to meet on Tuesday.""",
        [
            ("Most of us are first-generation", "Meghana Shetty"),
            ("unavoidable", "H.R. Nagendrappa"),
            ("The university has been meeting", "H.R. Nagendrappa"),
            ("in touch with the university", "S. Lakshminarayana"),
            ("within a week", "S. Lakshminarayana"),
            ("We will not allow any", "S. Lakshminarayana"),
            ("a symptom of the chronic", "Arvind Kulkarni"),
            ("A verbal assurance from the", "Meghana Shetty"),
        ],
    ),
    (
        """WINNIPEG — Manitoba's education minister says the province will not take over a Winnipeg-area school division that ran up an unexpected $3.2-million deficit, but she has ordered an independent review of its finances.

Education Minister Corinne Lafrenière announced the review Wednesday, a day after the Red Aspen School Division board of trustees admitted it had underestimated the cost of special education staffing for a second straight year.

"I want parents in Red Aspen to know that their kids' classrooms are not going to be the ones paying for this," Lafrenière told reporters at the legislature. "But I also want answers, and I want them quickly."

The review will be carried out by a former provincial auditor, Desmond Falk, who is to report back by the end of May.

In a report released Tuesday, titled "Sustaining Student Services," division staff wrote that demand for educational assistants had grown by 22 per cent in two years and that the division had "consistently relied on optimistic projections" when setting its budgets.

Board chair Gurpreet Sandhu said trustees take full responsibility.

"We made decisions with the best information we had, and in hindsight that information wasn't good enough," Sandhu said in an interview. "We owe this community an apology, and they have it."

Not everyone is satisfied. Trustee Hélène Boisvert, who voted against the last two budgets, said the board had been warned.

"I raised this in 2023. I raised it again last spring," she said. "I was told I was being alarmist."

The Red Aspen Teachers' Association warned that any cuts to educational assistants would fall hardest on students with disabilities. Its president, Owen MacQuarrie, put it bluntly: "You cannot balance a budget on the backs of the kids who need the most help."

Parent Lisa Tremblay-Okafor, whose son has autism, said she had been told his assistant's hours could be cut in the fall.

"Nobody has been able to tell me what that means for him," she said.

Lafrenière said no decisions on staffing would be made until Falk's review is complete.""",
        [
            ("I want parents in Red", "Corinne Lafrenière"),
            ("But I also want answers,", "Corinne Lafrenière"),
            ("consistently relied on optimistic projections", "Red Aspen School Division"),
            ("We made decisions with the", "Gurpreet Sandhu"),
            ("We owe this community an", "Gurpreet Sandhu"),
            ("I raised this in 2023.", "Hélène Boisvert"),
            ("I was told I was", "Hélène Boisvert"),
            ("You cannot balance a budget", "Owen MacQuarrie"),
            ("Nobody has been able to", "Lisa Tremblay-Okafor"),
        ],
    ),
    (
        """Ciarán Moylett, Education Editor

Delegates at the annual conference of the Post-Primary Teachers' Federation (PTF) have voted to ballot members on industrial action over plans to have teachers assess their own students for the Leaving Certificate.

The motion, passed overwhelmingly in Killarney on Tuesday, instructs the union's executive to hold a ballot “at the earliest possible date” if the proposal is not withdrawn.

Moving the motion, Pádraig Ó Conghaile, a teacher of Irish and history in Co Galway, said the plan would “fundamentally change the relationship between teacher and student”.

“At the moment, when a student sits across from me, I am their advocate,” he told delegates. “The minute I am the one deciding their grade, I become something else. Parents will lobby. Students will be under pressure. And teachers in small towns, where everybody knows everybody, will carry that.”

PTF general secretary Bríd Carrigan said the union supported reform of the senior cycle but not “on the cheap”.

She said teachers had been offered “no additional time, no additional pay and no protection” for the new assessment work, and that schools were already struggling to fill vacancies in subjects such as physics and home economics.

Addressing the conference on Wednesday, Minister for Education Gráinne Fennelly said she had “heard the concerns loud and clear” but insisted the reform would go ahead.

“Our students deserve an exam system that measures more than what they can remember on one morning in June,” she said. “I am not going to walk away from that.”

Ms Fennelly was heckled at several points during her address, and a number of delegates held up placards reading “Advocates, Not Assessors”.

She later told reporters that external moderation would be built into the system and that no teacher would be “left on their own” to defend a grade.

The union's executive will meet next month to set a date for the ballot. A spokesman for the National Parents' Forum for Post-Primary Schools said parents wanted “certainty, not another standoff”.""",
        [
            ("at the earliest possible date", "Post-Primary Teachers' Federation"),
            ("fundamentally change the relationship between", "Pádraig Ó Conghaile"),
            ("At the moment, when a", "Pádraig Ó Conghaile"),
            ("The minute I am the", "Pádraig Ó Conghaile"),
            ("on the cheap", "Bríd Carrigan"),
            ("no additional time, no additional", "Bríd Carrigan"),
            ("heard the concerns loud and", "Gráinne Fennelly"),
            ("Our students deserve an exam", "Gráinne Fennelly"),
            ("I am not going to", "Gráinne Fennelly"),
            ("left on their own", "Gráinne Fennelly"),
            ("certainty, not another standoff", "spokesman for the National Parents' Forum for Post-Primary Schools"),
        ],
    ),
    (
        """By Daniel Brisco

The faculty senate at Marrow Valley State University voted 41-9 on Thursday to express no confidence in President Lorraine Haddix, citing a series of program cuts that professors say were made without meaningful faculty input.

The vote is symbolic — the senate has no power to remove a president — but it adds pressure on the university's Board of Regents, which is scheduled to review Haddix's contract in April.

"This is not a decision any of us took lightly," said Ahmed Sutterfield, a professor of chemistry and chair of the faculty senate. "But when you eliminate six majors over a winter break and tell us by email, you have made shared governance a fiction."

The cuts, announced in January, eliminated undergraduate majors in German, French, philosophy, geology, physics education and music performance. Haddix said at the time that the programs had graduated an average of fewer than five students a year.

In an email to faculty and staff sent hours after the vote, Haddix wrote that she "respected the senate's right to express its views" but stood by the decisions.

"Marrow Valley cannot be all things to all people," she wrote. "Our responsibility is to the students who are here now and to the ones we hope to enroll, and that means investing where demand is growing."

The Board of Regents chair, Wendell Pruitt, issued a brief statement saying the board "continues to support President Haddix" and would "consider the senate's resolution alongside all other relevant information."

Students have been divided. The student government association passed a resolution last month supporting the faculty, but some students in growing programs such as nursing and computer science said the cuts were overdue.

"I get why people are upset, but my nursing classes are capped at 30 and there's a waitlist of 200," said Kayla Brennaman, a junior from Fort Hollis.

Jonah Leclerc, a senior majoring in philosophy, said students in his program had been told they would be able to finish their degrees but that several required courses had already been dropped from next year's schedule.

"They keep saying we'll be taken care of," Leclerc said. "Nobody can tell me what that actually means."

The faculty senate is expected to take up a separate resolution on program review procedures at its next meeting, on March 14.""",
        [
            ("This is not a decision", "Ahmed Sutterfield"),
            ("But when you eliminate six", "Ahmed Sutterfield"),
            ("respected the senate's right to", "Lorraine Haddix"),
            ("Marrow Valley cannot be all", "Lorraine Haddix"),
            ("Our responsibility is to the", "Lorraine Haddix"),
            ("continues to support President Haddix", "Wendell Pruitt"),
            ("consider the senate's resolution alongside", "Wendell Pruitt"),
            ("I get why people are", "Kayla Brennaman"),
            ("They keep saying we'll be", "Jonah Leclerc"),
            ("Nobody can tell me what", "Jonah Leclerc"),
        ],
    ),
    (
        """By Thandeka Mbele-Ferreira

Parents at Nqabeni High School outside Mthatha have vowed to keep their children out of class until the provincial education department delivers on a two-year-old promise to replace the school's collapsing prefabricated classrooms.

About 1 100 learners have been affected since Monday, when the school governing body (SGB) called a meeting and parents resolved to withdraw their children.

SGB chairperson Nomvula Dyantyi said the decision had not been easy. “We know what it means for a child to miss school, especially the matrics,” she said. “But we cannot keep sending them into classrooms where the roof is held up with poles. One day it will fall, and then who will answer?”

In February 2023, the department wrote to the SGB confirming that the school had been placed on its infrastructure priority list and that construction of a new block would begin “in the 2023/24 financial year”.

No work has started.

Education MEC Lwazi Mkhontwana, who visited the school on Wednesday, apologised to parents and blamed the delays on a contractor whose appointment had been cancelled.

“I am not going to stand here and make excuses. The department has let this community down,” Mkhontwana said.

He promised that mobile classrooms would be delivered “within 14 days” and that a new contractor would be on site before the end of the year.

Some parents were unconvinced. “We have heard these promises before,” said a mother of two learners, who asked not to be named. “Politicians come when there are cameras.”

The provincial branch of the United Educators' Congress said in a statement that teachers at the school had been “teaching under constant fear” and called for an audit of all prefabricated structures in the province.

“Nqabeni is not an isolated case. There are hundreds of schools in this province where learners are at risk every single day,” the union's provincial secretary, Siphiwo Ndamase, said.

Matric learner Ayanda Qwabe, 18, said he was worried about his final examinations. “I want to study engineering next year. Every day at home is a day I am behind,” he said.

Dyantyi said parents would meet again once the mobile classrooms arrived.""",
        [
            ("We know what it means", "Nomvula Dyantyi"),
            ("But we cannot keep sending", "Nomvula Dyantyi"),
            ("in the 2023/24 financial year", "provincial education department"),
            ("I am not going to", "Lwazi Mkhontwana"),
            ("within 14 days", "Lwazi Mkhontwana"),
            ("We have heard these promises", "mother of two learners"),
            ("Politicians come when there are", "mother of two learners"),
            ("teaching under constant fear", "United Educators' Congress"),
            ("Nqabeni is not an isolated", "Siphiwo Ndamase"),
            ("I want to study engineering", "Ayanda Qwabe"),
        ],
    ),
]
