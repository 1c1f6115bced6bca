CASES = [
    (
        """Encampment on Harlow Quad enters second week as administrators weigh next steps

By Priya Ramaswamy, Staff Writer

Tents remained pitched on Harlow Quad Monday morning as a student-led encampment calling on Bellmont University to divest from weapons manufacturers entered its eighth day, with organizers saying they had no plans to leave before commencement.

About 40 tents now cover the northern half of the quad, up from 12 when the protest began last Sunday. Organizers with Bellmont Students for Divestment said more than 200 students have slept at the site at least one night.

"We're not going anywhere until the university puts a real offer on the table," said Marisol Echeverría, a junior studying political science and one of the group's lead negotiators. "We've asked for a meeting with the trustees three times. Three times we've been told to wait."

University spokesperson Daniel Okafor said in an email Sunday that administrators had met with student representatives twice and "remain committed to dialogue," but that the encampment violates the university's policy on overnight use of campus grounds.

"The university respects the right of students to protest, and we have been patient," Okafor wrote. "That patience is not unlimited, and the safety of our community has to come first."

Dean of Students Rebecca Lindqvist sent a campuswide email Friday warning that students who remain at the encampment after a yet-to-be-announced deadline could face disciplinary action, including suspension. The email did not say whether police would be called.

Some students said the warning had only hardened their resolve.

"Honestly, the email brought more people out here," said Theo Brandt, a sophomore who said he had spent four nights on the quad. "People saw it as a threat."

Not everyone on campus supports the protest. Aaron Feldstein, president of the Bellmont College Republicans, said the encampment had made the quad "basically unusable" for other students and accused administrators of applying the rules unevenly.

"If any other group had done this, they'd have been cleared out on day one," Feldstein said.

Faculty have also weighed in. An open letter from Bellmont Faculty for Justice, signed by 87 professors and posted online Thursday, urged the administration to "refrain from any use of police force against students exercising their right to peaceful assembly." A smaller group of professors circulated a counter-letter arguing the university should enforce its policies consistently.

Professor Lionel Haddad, who chairs the Faculty Senate, told the Meridian that the senate would hold an emergency session Wednesday.

"There is a lot of anxiety among faculty about how this ends," Haddad said. "Nobody wants to see what happened at other campuses happen here."

The Board of Trustees is scheduled to meet May 2. A trustee who spoke on condition of anonymity because board deliberations are private said divestment "is not on the agenda, and I don't expect it to be."

Echeverría said that if that held true, the encampment would likely grow.
""",
        [
            ("We're not going anywhere", "Marisol Echeverría"),
            ("We've asked for a meeting", "Marisol Echeverría"),
            ("remain committed to dialogue,", "Daniel Okafor"),
            ("The university respects the right", "Daniel Okafor"),
            ("That patience is not unlimited,", "Daniel Okafor"),
            ("Honestly, the email brought more", "Theo Brandt"),
            ("People saw it as a", "Theo Brandt"),
            ("basically unusable", "Aaron Feldstein"),
            ("If any other group had", "Aaron Feldstein"),
            ("refrain from any use of", "Bellmont Faculty for Justice"),
            ("There is a lot of", "Lionel Haddad"),
            ("Nobody wants to see what", "Lionel Haddad"),
            ("is not on the agenda,", "trustee"),
        ],
    ),
    (
        """Indirect-Cost Cap Leaves Midwestern Research Universities Scrambling

By Joel Marchetti

Research universities across the Midwest are freezing hiring, pausing graduate admissions and drawing down reserves after a federal proposal to cap reimbursement for indirect research costs at 15 percent, a move administrators say would blow holes of tens of millions of dollars in their budgets.

At Great Lakes State University, which received roughly $410 million in federal research awards last year, officials estimate the cap would cost the institution about $62 million annually. The university announced last week that it would admit 30 percent fewer doctoral students in the biomedical sciences this fall.

“We are not in a position to make commitments to students for five or six years of funding when we don’t know what the next six months look like,” said Hannah Voss, Great Lakes State’s vice president for research. “That is the painful reality.”

Indirect costs—sometimes called facilities and administrative costs—cover expenses such as laboratory maintenance, utilities, hazardous-waste disposal and compliance staff. Universities negotiate their rates with the federal government, and many research-intensive institutions have rates above 50 percent.

Supporters of the cap argue those rates subsidize bloated administrations. Representative Curtis Maddox, an Indiana Republican who sponsored a House bill that would write the cap into law, said universities had “spent decades padding their administrative payrolls on the backs of the taxpayer.”

“Every dollar that goes to a compliance office is a dollar that doesn’t go to a cancer researcher,” Maddox told reporters at a Capitol Hill news conference Tuesday.

Research administrators dispute that framing. Terrence Gould, executive director of the Council of Research Universities of the Midwest, a consortium of 14 institutions, said the costs covered by indirect rates are “not optional extras.”

“You cannot run a cryo-electron microscope in a building without electricity,” Gould said. “Someone has to pay for that, and if the federal government won’t, the money comes out of tuition, or out of state appropriations, or the research simply doesn’t happen.”

The consortium released an analysis Monday, titled “The Real Cost of Discovery,” estimating that its members would lose a combined $740 million a year under the cap.

Some faculty members say the uncertainty is already driving talent away. Dr. Ifeoma Adeyemi, an associate professor of immunology at Lakeshore University in Milwaukee, said two postdoctoral researchers in her lab had accepted positions in Europe this spring.

“They told me, very politely, that they couldn’t plan a life around this,” she said. “I don’t blame them.”

A senior administrator at another public university in the region, who requested anonymity because the institution had not finalized its budget, said the university was considering closing at least two research centers. “Nothing is off the table,” the administrator said.

Voss said Great Lakes State would lobby its congressional delegation but was preparing for the worst.

“Hope is not a budget strategy,” she said.
""",
        [
            ("We are not in a position", "Hannah Voss"),
            ("That is the painful", "Hannah Voss"),
            ("spent decades padding their administrative", "Curtis Maddox"),
            ("Every dollar that goes to", "Curtis Maddox"),
            ("not optional extras.", "Terrence Gould"),
            ("You cannot run a cryo-electron", "Terrence Gould"),
            ("Someone has to pay for", "Terrence Gould"),
            ("They told me, very politely,", "Ifeoma Adeyemi"),
            ("I don’t blame them.", "Ifeoma Adeyemi"),
            ("Nothing is off the table,", "senior administrator at another public university in the region"),
            ("Hope is not a budget", "Hannah Voss"),
        ],
    ),
    (
        """Cap on international students forces Northbridge College to cut 40 programs

NORTHBRIDGE, Ont. — Northbridge College will suspend 40 programs and lay off as many as 180 staff over the next year, the college said Tuesday, blaming a sharp drop in international enrolment following federal limits on study permits.

In a statement posted to its website, the college said international applications had fallen by 58 per cent since the cap was introduced, leaving a projected $46-million hole in its operating budget.

“These are decisions no one at Northbridge wanted to make,” the statement said. “But the financial reality facing Ontario colleges has changed fundamentally, and we must change with it.”

The suspended programs include business analytics, hospitality management and supply chain management, most of which drew heavily on students from India, Nigeria and the Philippines.

College president Sandra Kowalchuk told reporters at a news conference on campus that no current students would be forced to leave mid-program.

“If you are enrolled with us today, you will finish your credential with us,” Kowalchuk said. “That’s a promise.”

But she acknowledged the cuts would ripple well beyond the college. Northbridge’s international students spend an estimated $120 million a year in the city on rent, food and transit, according to a 2023 study commissioned by the local chamber of commerce.

Mayor Gerald Thibodeau called the announcement “a gut punch” for the city and said he would press Queen’s Park and Ottawa for transition funding.

“We were told to grow, and we grew,” Thibodeau said in an interview. “Now the rules have changed overnight and it’s communities like ours left holding the bag.”

The union representing faculty at the college said it had not been consulted before the announcement.

“We found out about these layoffs the same way the public did — from a press release,” said Amanjot Sidhu, president of Local 412 of the College Educators’ Union of Ontario.

Students on campus Tuesday were anxious. Chiamaka Obi, 23, a second-year supply chain student from Lagos, said she worried the value of her diploma would fall if the program disappeared.

“Employers might look at my diploma and think it came from a program that failed,” Obi said. “I paid a lot of money for this.”

A spokesperson for the federal immigration minister said in an email that the cap was intended to “restore integrity” to the international student program, and that provinces are responsible for funding their own post-secondary institutions.

The province has said it provided $1.3 billion in stabilization funding to colleges and universities last year. Kowalchuk said that money had softened the blow but could not replace lost tuition revenue.

The college’s board of governors will vote on the final list of program suspensions next month.
""",
        [
            ("These are decisions no one", "Northbridge College"),
            ("But the financial reality facing", "Northbridge College"),
            ("If you are enrolled with", "Sandra Kowalchuk"),
            ("That’s a promise.", "Sandra Kowalchuk"),
            ("a gut punch", "Gerald Thibodeau"),
            ("We were told to grow,", "Gerald Thibodeau"),
            ("Now the rules have changed", "Gerald Thibodeau"),
            ("We found out about these", "Amanjot Sidhu"),
            ("Employers might look at my", "Chiamaka Obi"),
            ("I paid a lot of", "Chiamaka Obi"),
            ("restore integrity", "spokesperson"),
        ],
    ),
    (
        """Ashford College Drops Legacy Preferences in Admissions

By Renée Castellanos

Ashford College, a selective liberal-arts institution in western Massachusetts, will no longer give an admissions advantage to the children and grandchildren of alumni, its president announced Wednesday, joining a growing list of private colleges that have abandoned the practice.

The change takes effect with applicants for the fall 2026 entering class. Ashford will also end preferences for the children of donors, according to a letter President Martin Oyelaran sent to alumni.

"Admission to Ashford should be earned by what a student has done and what they might do, not by who their parents are," Oyelaran wrote. "We believe this decision reflects our values, and we recognize that some in our community will disagree with it."

Legacy applicants made up about 11 percent of Ashford's most recent first-year class, the college said, and were admitted at roughly twice the rate of the overall pool.

In an interview, Oyelaran said the decision followed two years of study by a working group of faculty members and trustees, whose final report, "Opening the Gates," recommended the change.

"This wasn't a reaction to headlines," he said. "We looked at our own data, and the data told us that the preference was doing real work in shaping the class, and not in the direction we want."

Advocates for ending legacy preferences welcomed the move but said it was overdue. Kendra Whitfield, director of policy at the Equal Access Project, a nonprofit group that tracks admissions practices, said Ashford had been "one of the holdouts among its peers."

"Every college that makes this change makes it harder for the rest to justify keeping it," Whitfield said.

Not all alumni were pleased. Several posted objections in a private online alumni group, and the president of the Ashford Alumni Association, Douglas Penhallow, said its board had not been consulted before the announcement.

"Many of our members feel that multigenerational families are part of what makes Ashford special," Penhallow said in a statement. "We would have appreciated the chance to be part of this conversation."

Penhallow said he did not expect a significant drop in alumni giving but that "time will tell."

Research on how ending legacy preferences affects fund-raising is limited. Jonah Reyes-Whitman, an economist who studies higher-education finance at the Brennan Policy Institute, said the evidence so far is reassuring but thin.

"The fear that giving will collapse has not really been borne out at the places that have done this," he said, "but the sample is small, and those are mostly very wealthy institutions."

Ashford's dean of admissions, Felicia Amankwah, said her office would step up recruitment in rural and low-income communities across New England. "We want to find the students who never imagined Ashford was for them," Amankwah said.
""",
        [
            ("Admission to Ashford should be", "Martin Oyelaran"),
            ("We believe this decision reflects", "Martin Oyelaran"),
            ("This wasn't a reaction to", "Martin Oyelaran"),
            ("We looked at our own", "Martin Oyelaran"),
            ("one of the holdouts among", "Kendra Whitfield"),
            ("Every college that makes this", "Kendra Whitfield"),
            ("Many of our members feel", "Douglas Penhallow"),
            ("We would have appreciated the", "Douglas Penhallow"),
            ("time will tell.", "Douglas Penhallow"),
            ("The fear that giving will", "Jonah Reyes-Whitman"),
            ("but the sample is small,", "Jonah Reyes-Whitman"),
            ("We want to find the", "Felicia Amankwah"),
        ],
    ),
    (
        """Law society's event with controversial columnist cancelled after security fee dispute

By Mathieu Laroche, News Editor

A planned talk by columnist Graham Teller at the University of Eastmount's Faculty of Law was called off last week after the university told the student group hosting it that it would have to pay nearly $9,000 in security fees, a decision the group says amounts to censorship.

The Eastmount Free Inquiry Society had booked a lecture hall for the March 14 event, titled "Speech in an Age of Outrage." Teller, a columnist for a national newspaper who has written critically about gender identity policies in schools, was to speak for 45 minutes and take questions.

In an email to the society's executive obtained by the Courier, the university's Department of Campus Safety said the event had been assessed as "high risk" based on "credible indications of significant planned disruption," and that the society would be responsible for the cost of eight additional officers.

"We're a student club with a budget of about $1,200 a year," said Ishaan Mehra, the society's president and a second-year law student. "Telling us to find nine thousand dollars is the same as telling us no."

Mehra said the society had asked the university to cover or waive the costs, and was refused.

University spokesperson Carolyn Dufresne said in a statement that the fee was set under a policy that "applies equally to all events, regardless of the views of the speaker."

"The university is committed to freedom of expression, and it is also committed to the safety of everyone on campus," the statement read. "Those commitments are not in conflict."

Some students had organized against the event. A group calling itself Eastmount Against Hate circulated a petition, signed by more than 600 people, asking the faculty to cancel the talk. Jordan Achebe-Ross, a third-year gender studies student and one of the group's organizers, denied that anyone had planned to disrupt it.

"We were planning a peaceful counter-event in the building next door. That's it," Achebe-Ross said. "We're not going to apologize for saying his views hurt people on this campus."

Achebe-Ross said the group was "relieved" the talk was not going ahead, but had never asked for security fees to be imposed.

The cancellation drew criticism from outside the university. The Canadian Council for Open Campuses, an advocacy group, wrote to Eastmount's president on Friday arguing that the security fee policy "creates a heckler's veto."

Anne-Sophie Bélanger, a constitutional law professor who serves as the society's faculty adviser, said she had asked the dean to intervene.

"Whether you like Teller or not, and I'm not a fan, the question is who gets to decide what students hear," she said.

The dean of law, Richard Okonkwo, did not respond to a request for comment by press time.

Mehra said the society is now looking into holding the event at an off-campus venue later in the semester.
""",
        [
            ("high risk", "Department of Campus Safety"),
            ("credible indications of significant planned", "Department of Campus Safety"),
            ("We're a student club with", "Ishaan Mehra"),
            ("Telling us to find nine", "Ishaan Mehra"),
            ("applies equally to all events,", "Carolyn Dufresne"),
            ("The university is committed to", "Carolyn Dufresne"),
            ("Those commitments are not in", "Carolyn Dufresne"),
            ("We were planning a peaceful", "Jordan Achebe-Ross"),
            ("We're not going to apologize", "Jordan Achebe-Ross"),
            ("relieved", "Jordan Achebe-Ross"),
            ("creates a heckler's veto.", "Canadian Council for Open Campuses"),
            ("Whether you like Teller or", "Anne-Sophie Bélanger"),
        ],
    ),
    (
        """Regents approve 6% tuition increase as students chant outside meeting

By Marcus Delgado

GLEN HAVEN — Over the chants of about 150 students packed into the hallway outside, the University of Tamarack Board of Regents voted 7-2 on Thursday to raise in-state tuition by 6% next fall, the largest single-year increase in more than a decade.

The increase will bring annual tuition and fees for in-state undergraduates at the flagship campus to about $13,480. Out-of-state tuition will rise 8%.

Regents said the increase was unavoidable after lawmakers approved a higher-education budget this spring that was essentially flat, while costs for salaries, health insurance and utilities kept climbing.

“Nobody on this board takes pleasure in this vote,” Regent Patricia Olmstead, the board’s chair, said before the roll call. “But the alternative is cutting faculty and cutting classes, and that would hurt students far more than this increase will.”

The two dissenting votes came from Regent Howard Ng and the board’s student regent, Deja Fairbanks, a senior studying nursing.

“I talk to students every day who are working two jobs and still coming up short,” Fairbanks said during the meeting. “Six percent isn’t an abstraction for them. It’s rent. It’s groceries.”

Ng said the board should have pushed harder for the Legislature to reopen the budget.

The protest was organized by the Tamarack Student Action Coalition, which said in a statement that the regents had “chosen the easiest path at the expense of the students with the least.” Campus police said no arrests were made.

Coalition member Luis Ortega-Baca, a junior majoring in economics, said he has already taken out $21,000 in loans.

“Every time they raise it, they tell us it’s the last time,” he said. “We don’t believe them anymore.”

University President Alan Whitcombe said the university would expand its need-based aid program so that students from families earning under $65,000 a year would not pay more. About 4,100 students would qualify, he said.

“We heard students loud and clear,” Whitcombe told reporters after the meeting. “For our lowest-income students, this increase will be fully covered.”

State Sen. Carla Benavides, a Democrat who chairs the Senate Education Committee, said in a phone interview that she would push for additional money next session but warned that the state’s budget outlook was “not rosy.”

“I understand why the regents did what they did,” Benavides said. “I just wish we hadn’t put them in that position.”

The new rates take effect with the fall semester.
""",
        [
            ("Nobody on this board takes", "Patricia Olmstead"),
            ("But the alternative is cutting", "Patricia Olmstead"),
            ("I talk to students every", "Deja Fairbanks"),
            ("Six percent isn’t an abstraction", "Deja Fairbanks"),
            ("chosen the easiest path at", "Tamarack Student Action Coalition"),
            ("Every time they raise it,", "Luis Ortega-Baca"),
            ("We don’t believe them anymore.", "Luis Ortega-Baca"),
            ("We heard students loud and", "Alan Whitcombe"),
            ("For our lowest-income students, this", "Alan Whitcombe"),
            ("not rosy.", "Carla Benavides"),
            ("I understand why the regents", "Carla Benavides"),
            ("I just wish we hadn’t", "Carla Benavides"),
        ],
    ),
    (
        """Graduate workers at Stanhope University walk off the job over funding floor

By Hélène Ducharme

About 2,300 teaching assistants and graduate research assistants at Stanhope University in Port Alder, B.C., went on strike Monday after talks with the university broke down over the weekend, cancelling tutorials and labs in the final weeks of the winter term.

The workers, represented by the Graduate Employees’ Union of Stanhope, are seeking a guaranteed minimum funding package of $32,000 a year for PhD students, up from about $24,500, which union leaders say falls well below the cost of living in the region.

“Our members are doing the teaching that this university depends on, and many of them cannot afford to live within an hour of campus,” said Nadia Kostopoulos, the union’s chief negotiator and a fifth-year PhD candidate in chemistry. “We did not want to strike. The university left us with no other option.”

Picket lines went up at the university’s three main entrances at 7 a.m. Ms. Kostopoulos said members would picket daily until a deal is reached.

In a message to the campus community Sunday night, Stanhope provost Elaine Marchand said the university had offered a 12-per-cent increase over three years, which she described as “fair, responsible and among the strongest offers in the sector.”

“We recognize the pressures graduate students face, particularly around housing,” Dr. Marchand wrote. “But the university is operating under a provincial funding framework that has not kept pace with inflation, and we cannot commit to increases we have no means to sustain.

“We remain ready to return to the table at any time.”

Undergraduates are caught in the middle. The university said courses would continue “to the extent possible” and that faculty members would be asked to adjust assessments where needed.

Some professors have said they will not cross picket lines. The Stanhope University Faculty Association, which is not on strike, issued a statement expressing “solidarity with our graduate colleagues” and reminding members they are not obliged to take on work normally performed by striking employees.

Sophie Tran, a third-year biology student, said two of her labs had already been cancelled.

“I support them, I really do, but I’m also worried about my grades,” Ms. Tran said. “Nobody’s told us what happens to the lab component of our final mark.”

Graduate student funding has become a flashpoint at Canadian universities in recent years as rents have climbed in university towns. Brendan O’Halloran, a researcher at the University of the Fraser Coast who studies academic labour, said the Stanhope dispute reflects a wider problem.

“Graduate stipends in Canada were designed for a world where a room in a shared house cost a few hundred dollars a month,” he said. “That world is gone, and the funding models haven’t caught up.”

No new talks have been scheduled, according to the union.
""",
        [
            ("Our members are doing the", "Nadia Kostopoulos"),
            ("We did not want to", "Nadia Kostopoulos"),
            ("fair, responsible and among the", "Elaine Marchand"),
            ("We recognize the pressures graduate", "Elaine Marchand"),
            ("But the university is operating", "Elaine Marchand"),
            ("We remain ready to return", "Elaine Marchand"),
            ("to the extent possible", "Stanhope University"),
            ("solidarity with our graduate colleagues", "Stanhope University Faculty Association"),
            ("I support them, I really", "Sophie Tran"),
            ("Nobody’s told us what happens", "Sophie Tran"),
            ("Graduate stipends in Canada were", "Brendan O’Halloran"),
            ("That world is gone, and", "Brendan O’Halloran"),
        ],
    ),
    (
        """University opens misconduct inquiry into psychology professor's published studies

By Kaitlyn Brooks and Omar Haddadin, Senior Staff Writers

Carver State University has opened a formal research misconduct investigation into Professor Julian Marsh, a social psychologist whose studies on willpower and decision-making have been widely cited, after outside researchers flagged apparent irregularities in data from at least four of his papers.

The investigation was confirmed Tuesday by Vice Provost for Research Integrity Denise Albright.

"Following an initial inquiry, the university has determined that the allegations warrant a full investigation under our research misconduct policy," Albright said in a statement to the Chronicle. "The opening of an investigation is not a finding of wrongdoing."

The allegations were first raised in January in a blog post by Pieter van Dalen, a methodologist at a Dutch university, and two co-authors, who reanalyzed publicly posted datasets from Marsh's lab. Van Dalen reported that several datasets contained blocks of rows that appeared to have been duplicated and altered, a pattern he called "very difficult to explain by chance."

Marsh, who has taught at Carver since 2009, has denied wrongdoing. In an email to the Chronicle, he said he was "confident that a fair process will show that I have done nothing improper."

"I have cooperated fully with the university and will continue to do so," Marsh wrote. "I have asked my co-authors to be patient while this plays out, and I am grateful for the many colleagues who have reached out with support."

Marsh's attorney, Stephen Kaplowitz, said the errors identified in the blog post were "clerical in nature" and had been introduced by a former research assistant.

One of the papers has already been flagged. The Journal of Behavioral Decision Research issued an expression of concern last month about a 2018 study co-authored by Marsh. The journal's editor, Ruth Engel, wrote in the notice that the editors had "been unable to verify the integrity of the underlying data."

A graduate student who worked in Marsh's lab between 2019 and 2022, and who asked not to be named for fear of professional retaliation, said students in the lab rarely handled raw data.

"Everything came to us already cleaned," the student said. "We never saw where it came from. At the time I didn't think that was strange."

The case has rattled the psychology department. Department chair Monica Strand sent an email to graduate students Monday acknowledging the strain. She wrote: "I know this is a difficult moment for many of you, particularly those whose own work builds on studies now under review."

Under the university's policy, the investigation committee has 120 days to issue its findings, though extensions are common. According to the policy, possible sanctions range from a letter of reprimand to termination.
""",
        [
            ("Following an initial inquiry, the", "Denise Albright"),
            ("The opening of an investigation", "Denise Albright"),
            ("very difficult to explain by", "Pieter van Dalen"),
            ("confident that a fair process", "Julian Marsh"),
            ("I have cooperated fully with", "Julian Marsh"),
            ("I have asked my co-authors", "Julian Marsh"),
            ("clerical in nature", "Stephen Kaplowitz"),
            ("been unable to verify the", "Ruth Engel"),
            ("Everything came to us already", "graduate student who worked in Marsh's lab between 2019 and 2022"),
            ("We never saw where it", "graduate student who worked in Marsh's lab between 2019 and 2022"),
            ("I know this is a", "Monica Strand"),
        ],
    ),
]
