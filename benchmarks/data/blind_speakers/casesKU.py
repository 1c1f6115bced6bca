CASES = [
    (
        """Board votes 4-3 to close Maple Grove Elementary at end of school year

By Karen Delacroix
Staff Writer

SPRINGVALE — The Springvale City Schools Board of Education voted 4-3 Tuesday night to close Maple Grove Elementary School at the end of the school year, ending months of debate over declining enrollment and a projected $2.1 million deficit.

The decision came after nearly three hours of public comment from parents, teachers and former students who packed the Springvale High School auditorium. Many wore green T-shirts reading "Save Maple Grove."

"This is the hardest vote I've taken in nine years on this board," said board President Linda Hartwell, who voted in favor of the closure. "But we cannot keep running five buildings for the number of students we have. The numbers simply don't work."

Enrollment at Maple Grove has fallen from 412 students in 2014 to 238 this fall, according to district figures. Superintendent Dr. Marcus Feeney told the board that closing the building would save about $780,000 a year in staffing, utilities and maintenance.

"We're not making this decision lightly, and we're not making it quickly," Feeney said. "We've looked at every option on the table."

Students at Maple Grove will be reassigned to Lincoln and Riverside elementary schools beginning in August. Feeney said the district would add two bus routes and that no teachers would lose their jobs, though some would be transferred.

Board member Tom Schuler, who voted against the plan, said the district had not done enough to consider alternatives such as redrawing attendance boundaries.

"We owe these families more than a spreadsheet," Schuler said.

Jenna Ortiz, whose two children attend Maple Grove, said she was worried about class sizes at Lincoln, which she called "already bursting at the seams."

"My kids walk to school right now," Ortiz said after the vote. "Next year they'll be on a bus for 40 minutes each way. Nobody on that board could tell me how that's better for them."

Members of the Springvale Education Association, the union representing the district's teachers, had asked the board to delay the vote until spring. Association President Gail Brandt said in a statement that the union was "disappointed but not surprised" by the outcome and would work with administrators on the transition.

The board also voted unanimously to form a committee to study future uses for the Maple Grove building, which opened in 1958. Hartwell said options could include selling the property or converting it to a district preschool center.

The closure is the second in Springvale in five years. Jefferson Elementary closed in 2019 and now houses the district's central offices.""",
        [
            ("This is the hardest vote", "Linda Hartwell"),
            ("But we cannot keep running", "Linda Hartwell"),
            ("We're not making this decision", "Marcus Feeney"),
            ("We've looked at every option", "Marcus Feeney"),
            ("We owe these families more", "Tom Schuler"),
            ("already bursting at the seams", "Jenna Ortiz"),
            ("My kids walk to school", "Jenna Ortiz"),
            ("Next year they'll be on", "Jenna Ortiz"),
            ("disappointed but not surprised", "Gail Brandt"),
        ],
    ),
    (
        """Norwood teachers authorize strike as contract talks stall

By Derek Mullins
Times-Ledger staff

NORWOOD TOWNSHIP — Teachers in the Norwood Area School District voted overwhelmingly Monday to authorize a strike, raising the possibility of a walkout as early as next month if the union and school board cannot reach a new contract.

The Norwood Area Education Association, which represents about 340 teachers, nurses and counselors, said 94 percent of members who cast ballots supported the authorization. The vote does not mean a strike will happen, union leaders stressed, but allows the bargaining team to call one with 48 hours’ notice, as required under state law.

“Nobody in this building wants to strike,” said Rachel Kowalczyk, a seventh-grade science teacher and president of the association. “We want to be in our classrooms with our kids. But we’ve been working without a contract since June, and our members have made it very clear they’ve run out of patience.”

The two sides have met 14 times since February. The main sticking points are salaries and health insurance contributions, according to both the union and the district.

The school board’s most recent offer includes raises of 2.5 percent a year over four years and would increase teachers’ share of health premiums from 8 percent to 12 percent. The union is seeking 4 percent annual raises and no change in premium contributions.

Kowalczyk said the district’s insurance proposal would wipe out most of the pay increase for younger teachers. “For a second-year teacher, that’s a raise on paper and a pay cut in real life,” she said.

School board President Harold Weems said the board had bargained in good faith and that its offer was “fair and responsible” given rising costs and a limited tax base.

“We have to balance what we pay our staff against what we ask our taxpayers to carry,” Weems said. “A 4 percent raise every year for four years would force us into a tax increase above the state index, and that’s not something this board is prepared to do.”

Superintendent Angela Rosario declined to comment on the negotiations, citing the ongoing talks. In a letter sent to families Monday evening, the district said schools would remain open and that it would “communicate any changes to the school calendar as soon as possible.”

Under Pennsylvania law, a strike cannot push the last day of school past June 15, and the state can order teachers back to work to ensure students receive 180 days of instruction.

Parents reached Monday were divided. Mark Tillotson, whose daughter is a junior at Norwood Area High School, said he supported the teachers but worried about the timing.

“She’s got AP exams and college applications this year,” Tillotson said. “I get why they’re doing it. I just hope they settle before it comes to that.”

A state mediator has been assigned to the case. The next bargaining session is scheduled for Oct. 22.""",
        [
            ("Nobody in this building wants", "Rachel Kowalczyk"),
            ("We want to be in", "Rachel Kowalczyk"),
            ("For a second-year teacher, that’s", "Rachel Kowalczyk"),
            ("fair and responsible", "Harold Weems"),
            ("We have to balance what", "Harold Weems"),
            ("A 4 percent raise every", "Harold Weems"),
            ("communicate any changes to the", "Norwood Area School District"),
            ("She’s got AP exams and", "Mark Tillotson"),
            ("I get why they’re doing", "Mark Tillotson"),
        ],
    ),
    (
        """Reading scores tick up, math stays flat in latest state test results

By Alyssa Brandvold
The Valley Courier

SALEM — Oregon students made modest gains in reading on last spring's statewide tests but showed little improvement in math, according to results released Thursday by the Oregon Department of Education.

Statewide, 43.6 percent of students in grades three through eight and 11 met or exceeded the state's reading standard, up from 42.1 percent the year before. In math, 31.2 percent met the standard, virtually unchanged from last year.

"We are seeing real progress in literacy, and that progress is the direct result of the work teachers are doing in classrooms every day," the department said in a statement accompanying the results. "At the same time, the math results tell us that we have a great deal of work ahead."

Department officials cautioned against comparing this year's results directly with those from before the pandemic, noting that participation rates among high school juniors remain below 85 percent in many districts.

In the Willamette Ridge School District, reading proficiency rose nearly four points to 47 percent, the largest gain among mid-sized districts in the region. Superintendent Craig Nakamura credited a new K-3 reading curriculum adopted two years ago that emphasizes phonics.

"We made a bet on the science of reading, and our teachers went all in on it," Nakamura said in an interview Thursday. "It's early, but these numbers suggest the bet is paying off."

Math scores in Willamette Ridge fell slightly, to 29 percent. Nakamura said the district planned to review its middle school math materials this year.

Not every district saw gains. In the neighboring Carver Falls School District, reading scores dropped two points and math scores fell three. District spokeswoman Denise Albers said the declines were "concerning" and that the district's board would hear a detailed presentation on the results at its Nov. 4 meeting.

Leaders of the Carver Falls Education Association, which represents the district's roughly 410 teachers, said the results reflected continuing staff shortages and large class sizes.

"You can't expect a teacher with 34 kids in a room to give every struggling reader the one-on-one time they need," said Teresa Fuentes-Hall, the association's president and a former fourth-grade teacher. "If lawmakers want these numbers to move, they have to fund smaller classes."

A spokesman for the state department said district-level results, including breakdowns by student group, would be posted on the agency's website by Friday. Asked about the math results, the spokesman said the department was "not satisfied" and would convene a math advisory panel this winter.

The department will release high school graduation rates in January.""",
        [
            ("We are seeing real progress", "Oregon Department of Education"),
            ("At the same time, the", "Oregon Department of Education"),
            ("We made a bet on", "Craig Nakamura"),
            ("It's early, but these numbers", "Craig Nakamura"),
            ("concerning", "Denise Albers"),
            ("You can't expect a teacher", "Teresa Fuentes-Hall"),
            ("If lawmakers want these numbers", "Teresa Fuentes-Hall"),
            ("not satisfied", "spokesman"),
        ],
    ),
    (
        """Parent challenges novel in Cedar Bluff High library; review committee to decide

By Megan Strand
Courier staff writer

CEDAR BLUFF — A parent’s complaint about a young adult novel in the Cedar Bluff High School library drew more than 60 people to Monday’s school board meeting, where speakers on both sides urged the board to act.

The book, “The Summer We Burned,” by novelist Carla Dunmore, follows two teenagers in rural Minnesota and includes several scenes of sexual content and drug use. Parent Shannon Reid filed a formal reconsideration request in September asking that it be removed from the library.

“I’m not trying to ban anything from anybody’s home,” Reid told the board. “I’m asking whether a public school should be handing this to a 14-year-old without a parent knowing about it.”

Reid said she believes the book may violate a state law passed in 2023 that restricts sexual content in school libraries. A local group, Cedar County Families for Transparency, said in a Facebook post before the meeting that the novel was “pornographic and has no place in a school.”

Under district policy, challenged materials are reviewed by a committee of two teachers, a librarian, an administrator and a parent, which makes a recommendation to the superintendent. The book remains on the shelf during the review.

Several students spoke in defense of the novel. Ava Lindqvist, a senior and president of the school’s book club, said the book had helped a friend who was struggling with her family’s addiction problems.

“Books like this are how some of us figure out we’re not the only ones,” Lindqvist said. “Taking it off the shelf doesn’t make those problems go away.”

Cedar Bluff teacher-librarian Paul Everhart, who has worked in the district for 22 years, said the library received four formal challenges last year, more than in the previous decade combined. He said the challenges were having “a chilling effect on what we’re willing to buy,” particularly for high school readers.

Superintendent Nora Vasquez-Bell said the district’s attorney was reviewing whether the novel falls under the state law.

“We’re going to follow the law and we’re going to follow our policy, in that order,” Vasquez-Bell said.

The board took no action Monday; district policy leaves the decision to the review committee. But board member Dale Prochaska said he expected the issue to come back.

“Whatever the committee decides, somebody in this room is going to be unhappy,” Prochaska said. “That’s the job.”

The committee is expected to meet twice in November and deliver its recommendation before winter break.""",
        [
            ("I’m not trying to ban", "Shannon Reid"),
            ("I’m asking whether a public", "Shannon Reid"),
            ("pornographic and has no place", "Cedar County Families for Transparency"),
            ("Books like this are how", "Ava Lindqvist"),
            ("Taking it off the shelf", "Ava Lindqvist"),
            ("a chilling effect on what", "Paul Everhart"),
            ("We’re going to follow the", "Nora Vasquez-Bell"),
            ("Whatever the committee decides, somebody", "Dale Prochaska"),
            ("That’s the job", "Dale Prochaska"),
        ],
    ),
    (
        """Kittredge teachers ratify three-year deal with 11% raises

By Jordan Pak
Herald staff

KITTREDGE, Wash. — Teachers in the Kittredge School District on Wednesday ratified a three-year contract that raises pay by a combined 11 percent and caps class sizes in kindergarten through third grade at 22 students, ending a months-long dispute that at one point brought hundreds of educators to a rally outside the district office.

The Kittredge Education Association said 87 percent of its members voted in favor of the agreement. The school board is expected to approve the contract at its meeting next Tuesday.

"This contract is a win for students, plain and simple," association President Luis Cardenas said in a news release. "Smaller classes in the early grades mean more attention for every kid, and competitive pay means we can keep good teachers in Kittredge instead of watching them leave for Bellingham or Everett."

The agreement gives teachers a 4.5 percent raise this year, followed by 3.5 percent and 3 percent in the next two years. A first-year teacher with a bachelor's degree will earn $61,400 under the new schedule, up from $56,900.

District officials said the deal would cost about $9.8 million over three years and would be paid for in part with reserves and an expected increase in state funding.

Superintendent Beverly Oduya told reporters after the vote that the district would need to make "careful choices" in the coming budget cycle but did not anticipate layoffs.

"I want to be honest with our community about this," Oduya said. "This contract is the right thing for our staff, and it is also a significant commitment.

"We will be looking at every line of our budget over the next several months. We'll be transparent about what we find, and we'll bring the public into those conversations before any decisions are made."

Negotiations had stalled in August over class sizes, with the district arguing that hard caps would require hiring as many as 18 new teachers. A compromise reached late last week allows the district to exceed the cap by up to two students if it pays affected teachers an overload stipend.

Some teachers said the deal did not go far enough. A special education teacher at Harlow Middle School, who asked not to be named because she was not authorized to speak for the union, said caseloads for special education staff were "still completely unmanageable" and were barely addressed in the agreement.

Others were simply relieved. "I'm just glad we can stop talking about bargaining and go back to talking about teaching," said Hannah Whitcomb, a second-grade teacher at Pine Hollow Elementary.

Board President Gregory Lindahl said in a statement that the board looked forward to approving the deal and thanked both bargaining teams for "long nights and good faith" during the talks.""",
        [
            ("This contract is a win", "Luis Cardenas"),
            ("Smaller classes in the early", "Luis Cardenas"),
            ("careful choices", "Beverly Oduya"),
            ("I want to be honest", "Beverly Oduya"),
            ("This contract is the right", "Beverly Oduya"),
            ("We will be looking at", "Beverly Oduya"),
            ("still completely unmanageable", "special education teacher at Harlow Middle School"),
            ("I'm just glad we can", "Hannah Whitcomb"),
            ("long nights and good faith", "Gregory Lindahl"),
        ],
    ),
    (
        """Pike Creek superintendent resigns amid board tension; interim named

By Terrence Hollis
Staff Writer

PIKE CREEK, Ga. — Pike Creek County Schools Superintendent Dr. Samuel Oyelaran resigned Thursday, less than two years into a four-year contract, following months of public disagreements with a majority of the county school board.

The board voted 5-2 in a called meeting to accept his resignation and approve a separation agreement. Under the agreement, Oyelaran will receive about $214,000, equal to one year of salary, according to a copy obtained by the Ledger.

Neither Oyelaran nor board members discussed the reasons for the departure during the brief public portion of the meeting, which followed nearly two hours in closed session.

In a letter to employees released by the district Thursday afternoon, Oyelaran said it had been “an honor to serve the students and families of Pike Creek” and that he was proud of the district’s gains in graduation rates.

“I leave knowing that this district is stronger than it was when I arrived,” he wrote. “I am confident the people in these schools will continue that work.”

Two people familiar with the board’s discussions, who spoke on condition of anonymity because personnel matters are confidential, said tensions had grown over the superintendent’s proposal to redraw middle school attendance zones and over the hiring of several central office administrators.

One board member had pushed for Oyelaran’s removal since the spring, according to one of the people. “It was never going to last,” that person said. “Everybody knew it was a matter of when.”

Board Chair Vivian Tolbert declined to elaborate on the reasons for the resignation.

“The board and Dr. Oyelaran mutually agreed that it was time for new leadership,” Tolbert said. “We thank him for his service, and we’re going to move forward.”

Board member Curtis Ambrose, one of the two votes against the agreement, was more direct. He said the board had “micromanaged” the superintendent from the start and that the payout was a waste of taxpayer money.

“We are paying a man $214,000 to go away because some people on this board couldn’t get along with him,” Ambrose said. “The public deserves better than that.”

The board named Deputy Superintendent Charlotte Beasley as interim superintendent. Beasley, a former principal of Pike Creek High School, has worked in the district for 26 years. The board said it would begin a national search in January.

Renee Caldwell, president of the Pike Creek Association of Educators, said teachers were worried about instability at the top of the district.

“Teachers are tired of the turnover,” Caldwell said. “This is our third superintendent in six years.”""",
        [
            ("an honor to serve the", "Samuel Oyelaran"),
            ("I leave knowing that this", "Samuel Oyelaran"),
            ("I am confident the people", "Samuel Oyelaran"),
            ("It was never going to", "person familiar with the board’s discussions"),
            ("Everybody knew it was a", "person familiar with the board’s discussions"),
            ("The board and Dr. Oyelaran", "Vivian Tolbert"),
            ("We thank him for his", "Vivian Tolbert"),
            ("micromanaged", "Curtis Ambrose"),
            ("We are paying a man", "Curtis Ambrose"),
            ("The public deserves better than", "Curtis Ambrose"),
            ("Teachers are tired of the", "Renee Caldwell"),
            ("This is our third superintendent", "Renee Caldwell"),
        ],
    ),
    (
        """State appoints conservator for Red Mesa ISD after years of failing ratings

By Elena Castaneda
Staff writer

RED MESA — The Texas Education Agency will appoint a conservator to oversee Red Mesa Independent School District after one of its campuses received a fifth consecutive failing rating, the agency announced Friday.

Hillcrest Middle School has received an F rating, or its earlier equivalent, "Improvement Required," for five straight years. The appointment is the first step in a process that could end with the state replacing the district's elected school board.

The conservator, former Lubbock-area superintendent Raymond Guerra, will have the authority to direct district actions and will attend all board meetings, according to a letter the agency sent to the district Thursday.

"The students at Hillcrest Middle School have waited long enough for the improvement they were promised," the letter said. "The agency is taking this step to ensure that the district's plans are carried out."

A spokeswoman for the agency said Friday that the appointment was "not a takeover" and that the elected board would remain in place for now.

Red Mesa Superintendent Dr. Felipe Arrellano told reporters outside the district's administration building that he welcomed the help but disagreed with the state's timeline.

"We have a turnaround plan in place at Hillcrest, and for the first time in years our reading numbers are moving in the right direction," Arrellano said. "I wish the state had given that plan one more year to work."

Board President Margaret Sandoval was blunter.

"Nobody in Austin has sat in our classrooms," Sandoval said. "They look at one number on a spreadsheet and decide our kids are failing. Our kids are not failing."

Oscar Villanueva, president of the Red Mesa Federation of Teachers, put it this way: "Teachers at Hillcrest have had four principals in five years. If the state wants to fix something, start there."

At a community meeting Friday evening in the Hillcrest cafeteria, several parents said they were less concerned about who runs the district than about what happens in their children's classrooms.

"I don't care if it's the state or the board or whoever," said Yolanda Pruitt, whose son is in eighth grade. "I just want him to be able to read at grade level when he gets to high school."

Guerra is expected to attend his first board meeting Oct. 16. Under state law, the education commissioner could later appoint a board of managers to replace the elected trustees if the campus does not improve.""",
        [
            ("The students at Hillcrest Middle", "Texas Education Agency"),
            ("The agency is taking this", "Texas Education Agency"),
            ("not a takeover", "spokeswoman"),
            ("We have a turnaround plan", "Felipe Arrellano"),
            ("I wish the state had", "Felipe Arrellano"),
            ("Nobody in Austin has sat", "Margaret Sandoval"),
            ("They look at one number", "Margaret Sandoval"),
            ("Teachers at Hillcrest have had", "Oscar Villanueva"),
            ("I don't care if it's", "Yolanda Pruitt"),
            ("I just want him to", "Yolanda Pruitt"),
        ],
    ),
    (
        """Union leader on Lakeshore vacancies: ‘We’re losing teachers faster than we can hire’

By Brianna Koski
Lakeshore Sentinel

LAKESHORE TOWNSHIP, Mich. — With three weeks left before the start of classes, Lakeshore Public Schools still has 23 open teaching positions, including seven in special education, according to figures the district presented to the Board of Education on Monday.

The vacancies are nearly double the number the district had at this point last year, and union leaders warned the board that many classrooms could open with long-term substitutes.

“We’re losing teachers faster than we can hire them,” said Dana Whitfield, president of the Lakeshore Education Association. “People are leaving for districts 20 minutes away that pay $6,000 more, and I can’t blame them.”

Whitfield said the association had warned administrators last spring that the district’s salary schedule was falling behind neighboring districts, and that its concerns were “brushed aside.”

Kevin Marsh, assistant superintendent for human resources, told the board the district had made 41 hires since June, more than in any summer in the past decade, but that resignations and retirements had outpaced them.

“We are recruiting harder than we ever have,” Marsh said. “We’ve been to job fairs in three states. The pool of candidates just isn’t what it was.”

The district said in a statement after the meeting that it was “committed to placing a qualified adult in every classroom on the first day” and would offer signing bonuses of $3,000 to special education teachers hired before Sept. 1.

Board Treasurer Alan Petrakis questioned whether the district could afford to raise salaries, noting that it expects to draw about $1.4 million from its fund balance this year. He said the board had to be “realistic about what we can and can’t do” without a millage increase.

A spokesperson for the Michigan Department of Education said the agency was “aware of staffing pressures in districts across the state” and pointed to state-funded programs that pay stipends to student teachers.

Parents at the meeting questioned how the shortages would affect students with disabilities. Erin Vandermolen, whose son has autism and attends Lakeshore Middle School, said she learned in July that his classroom would not have a certified teacher.

“He needs consistency more than anything,” she said. “A different sub every few weeks is the opposite of what he needs.”

Board President Jill Hartigan said the board would hold a work session on compensation before the end of the month.

“I hear the frustration,” Hartigan said. “I share it.”""",
        [
            ("We’re losing teachers faster than", "Dana Whitfield"),
            ("We’re losing teachers faster than", "Dana Whitfield"),
            ("People are leaving for districts", "Dana Whitfield"),
            ("brushed aside", "Dana Whitfield"),
            ("We are recruiting harder than", "Kevin Marsh"),
            ("We’ve been to job fairs", "Kevin Marsh"),
            ("committed to placing a qualified", "Lakeshore Public Schools"),
            ("realistic about what we can", "Alan Petrakis"),
            ("aware of staffing pressures in", "spokesperson"),
            ("He needs consistency more than", "Erin Vandermolen"),
            ("A different sub every few", "Erin Vandermolen"),
            ("I hear the frustration", "Jill Hartigan"),
            ("I share it", "Jill Hartigan"),
        ],
    ),
]
