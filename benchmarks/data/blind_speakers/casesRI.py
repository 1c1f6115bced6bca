CASES = [
    (
        """Ohio district votes to close two elementary schools amid enrollment slide

BELLHAVEN, Ohio (AP) — The Bellhaven City Schools board voted 4-1 on Tuesday night to close two elementary schools at the end of the academic year, a move Superintendent Marcus Oyelaran said was necessary to stave off a projected $6.2 million deficit.

The decision came after nearly three hours of public comment in a packed middle school auditorium, where parents, teachers and several students urged the board to delay the vote.

"Nobody who sits up here wanted to do this," Oyelaran told the board before the vote. "But we have buildings designed for 5,400 children and we are educating just over 3,900. The math does not work, and it has not worked for some time."

Enrollment in the district has fallen about 22% since 2014, according to state data, driven by a declining birth rate, the expansion of charter schools and families leaving for neighboring suburbs.

Under the plan, students at Garfield Elementary and Linwood Park Elementary will be reassigned to three other buildings next fall. District officials estimate the closures will save roughly $2.8 million a year in staffing, utilities and maintenance.

Board member Denise Karras, who cast the lone dissenting vote, said the district had not done enough to consult families in the affected neighborhoods, both of which are predominantly Black and low-income.

"We are asking the families with the least to give up the most," Karras said. "I'm not convinced we've looked at every alternative."

Several parents echoed that concern. Tamika Reese, whose two children attend Linwood Park, said the school was "the one stable thing" in her neighborhood.

"My kids walk to school. Next year they're going to be on a bus for 40 minutes each way," Reese said after the meeting. "Nobody on that board has explained to me how that's better for them."

The Bellhaven Education Association, which represents about 310 teachers, has said it will work to ensure no teachers lose their jobs as a result of the closures. Union president Gary Lindqvist said he had been assured by district leaders that staff reductions would be handled through retirements and attrition.

"We're going to hold them to that," Lindqvist said.

Oyelaran said the district would form a transition committee of parents and staff from both schools and would offer tours of the receiving buildings in the spring. He did not rule out further closures, saying the board would review its facilities plan again in two years.

Bellhaven is one of dozens of Ohio districts grappling with shrinking enrollment. A report released last year by the Ohio Education Finance Council found that nearly a third of the state's urban districts were operating buildings at less than 70% capacity.""",
        [
            ("Nobody who sits up here", "Marcus Oyelaran"),
            ("But we have buildings designed", "Marcus Oyelaran"),
            ("We are asking the families", "Denise Karras"),
            ("I'm not convinced we've looked", "Denise Karras"),
            ("the one stable thing", "Tamika Reese"),
            ("My kids walk to school.", "Tamika Reese"),
            ("Nobody on that board has", "Tamika Reese"),
            ("We're going to hold them", "Gary Lindqvist"),
        ],
    ),
    (
        """Ontario elementary teachers vote 94% in favour of strike mandate

Priya Ramdial · CBC News

Members of the union representing Ontario's public elementary teachers have voted overwhelmingly in favour of strike action if necessary, setting the stage for possible job action this fall.

The Elementary Teachers' Alliance of Ontario (ETAO) announced Thursday that 94 per cent of members who cast ballots supported a strike mandate. The union represents about 81,000 teachers, occasional teachers and education professionals across the province.

"This vote sends a clear message to the government that our members are united," ETAO president Colleen Marchetti told reporters at a news conference in Toronto. "Class sizes, violence in classrooms and real wage increases are not things we're prepared to walk away from."

Marchetti said a strike was "a last resort" and that the union's bargaining team would return to the table next week.

Contract talks between the union, the province and the school boards' bargaining association have been underway since last spring. The previous collective agreement expired Aug. 31.

Education Minister Daniel Okafor said in a statement that the government remained "committed to reaching a deal that keeps students in class."

"Parents want certainty. They don't want their children caught in the middle," the statement said. "We urge the union to stay at the table and bargain in good faith."

Marchetti bristled at that characterization.

"We have been at the table for eleven months," she said. "If anyone is not bargaining in good faith, it isn't us."

A strike mandate does not mean a walkout is imminent. Under provincial labour law, the union must first request conciliation and then wait for a no-board report before it can legally strike — a process that can take several weeks.

Union members said the vote reflected frustration that has been building for years. Sandeep Gill, who teaches Grade 4 in Brampton, said he has 29 students in his class, several with special needs, and only part-time support from an educational assistant.

"Some days I feel like I'm doing crowd control more than teaching," Gill said. "I love this job. But something has to change."

For parents, the prospect of disrupted classes brings back memories of the rotating strikes of 2020. Rachel Dunphy, co-chair of the parent council at a Hamilton elementary school, said families were anxious.

"We support the teachers, most of us do, but people are also worried about child care and about their kids falling behind again," Dunphy said in an interview. "We just went through years of disruption."

The Ontario Public School Boards' Association said it was "hopeful" an agreement could be reached without any interruption to classes.

Talks are scheduled to resume Tuesday.""",
        [
            ("This vote sends a clear", "Colleen Marchetti"),
            ("Class sizes, violence in classrooms", "Colleen Marchetti"),
            ("a last resort", "Colleen Marchetti"),
            ("committed to reaching a deal", "Daniel Okafor"),
            ("Parents want certainty.", "Daniel Okafor"),
            ("We urge the union to", "Daniel Okafor"),
            ("We have been at the", "Colleen Marchetti"),
            ("If anyone is not bargaining", "Colleen Marchetti"),
            ("Some days I feel like", "Sandeep Gill"),
            ("I love this job.", "Sandeep Gill"),
            ("We support the teachers, most", "Rachel Dunphy"),
            ("We just went through years", "Rachel Dunphy"),
            ("hopeful", "Ontario Public School Boards' Association"),
        ],
    ),
    (
        """Parents push back as Pinecrest district weighs deep cuts to bus routes

By Hannah Voss
Staff writer

Dozens of parents packed the Pinecrest School District board meeting Monday to protest a plan that would eliminate nearly a third of the district’s bus routes next fall, arguing the change will leave young children walking along busy roads without sidewalks.

The proposal, presented by district transportation director Luis Arredondo, would expand the “walk zone” — the distance within which students are not eligible for bus service — from one mile to 1.75 miles for elementary students and to 2.5 miles for middle and high school students.

District officials say the change would save about $1.1 million annually and ease a persistent driver shortage. Pinecrest currently has 11 unfilled driver positions, according to Arredondo.

“We are running routes with substitute drivers, with mechanics, with office staff who have their CDL,” Arredondo told the board. “That is not sustainable, and it isn’t fair to the families who are waiting at the stop for a bus that shows up 25 minutes late.”

Parents were not persuaded.

Jenna Whitcomb, who lives off County Road 14 east of town, said her 7-year-old son would be expected to walk nearly a mile and a half on a two-lane road with a 50 mph speed limit.

“There is no shoulder. There are no crosswalks. In the winter it’s dark at 7:15,” Whitcomb said. “I would like someone on this board to walk that road with me one morning.”

Others said the change would force them to choose between work and getting their children to school. Marco Delgado, a father of three who works early shifts at a distribution center, called the plan “a tax on working families.”

“I can’t drive them. My wife can’t drive them. So what do we do?” he asked the board.

Superintendent Karen Ostrowski said after the meeting that the district had heard the concerns and would study whether some routes could be preserved based on safety rather than distance alone.

“I think tonight was important,” Ostrowski said. “Parents identified some specific roads that we need to take a much closer look at, and we will.”

She noted that state law requires districts to provide transportation only for students with disabilities and said many Colorado districts have already moved to longer walk zones.

Board President Tom Gallegos said the board would not vote on the proposal until its March 10 meeting at the earliest. The district also plans to hold two community listening sessions next month.

Some students spoke, too. Avery Lindholm, a junior at Pinecrest High School, said the bus was the only way many of her classmates could get to school.

“If they cut our route, some kids just won’t come,” she said. “It’s not that they don’t care. They just won’t have a way.”""",
        [
            ("We are running routes with", "Luis Arredondo"),
            ("That is not sustainable, and", "Luis Arredondo"),
            ("There is no shoulder.", "Jenna Whitcomb"),
            ("I would like someone on", "Jenna Whitcomb"),
            ("a tax on working", "Marco Delgado"),
            ("I can’t drive them.", "Marco Delgado"),
            ("I think tonight was important,", "Karen Ostrowski"),
            ("Parents identified some specific roads", "Karen Ostrowski"),
            ("If they cut our route,", "Avery Lindholm"),
            ("It’s not that they don’t", "Avery Lindholm"),
        ],
    ),
    (
        """B.C. students walk out over all-day phone lockup at high school

By Tessa Larkin
The Canadian Press

CEDAR FLATS, B.C. — Several hundred students at a Fraser Valley high school walked out of class Wednesday to protest a new policy requiring them to lock their cellphones in magnetic pouches from the first bell to the last.

The walkout at Cedar Flats Secondary School lasted about 45 minutes. Students gathered on the school's front field, chanting and holding signs, before most returned to class.

B.C. restricted cellphone use during instructional time in public schools last year, but the Fraser Ridge School District went further this fall, requiring students at three of its secondary schools to keep phones sealed in pouches during lunch and breaks as well.

Grade 12 student Jasmine Toor, one of the organizers, said students understood why phones were restricted in class, but argued the all-day rule went too far.

"We're not asking to be on TikTok during math," Toor said. "We're asking to be able to text our parents at lunch, or call someone if there's an emergency. That's not unreasonable."

Several students said they were concerned about safety, pointing to a lockdown at a nearby school last spring during which students used their phones to let families know they were safe.

Principal Derek Haldane said in an email to parents Wednesday afternoon that the school respected students' right to express their views, but that students who did not return to class would be marked absent.

"The pouch pilot was introduced after extensive consultation with staff and our parent advisory council," Haldane wrote. "Early feedback from teachers has been very positive."

The district's superintendent, Anita Birchall, said in an interview that teachers had reported fewer conflicts in hallways and more students socializing at lunch since the pilot began in September.

"We're seeing kids actually talking to each other in the cafeteria again," Birchall said. "That matters."

She said the district would review the pilot in January and would include students in that review. Office phones are available to students at all times, she said, and parents can reach their children through the front office.

Not all parents are on board. Ravinder Sahota, whose daughter is in Grade 10, said she supports limits in class but worries about the lunchtime rules.

"I want to be able to reach my kid," Sahota said. "Going through the front office in an emergency is not a plan."

The local teachers' association said it had not taken a formal position on the pilot. A teacher at the school, who asked not to be named because she was not authorized to speak publicly, said most staff welcomed the change.

"It's the quietest September I've had in 15 years," the teacher said. "But I get why the kids are upset. It happened to them, not with them."

Toor said organizers planned to present a petition with more than 600 signatures to the school board at its next meeting.""",
        [
            ("We're not asking to be", "Jasmine Toor"),
            ("We're asking to be able", "Jasmine Toor"),
            ("The pouch pilot was introduced", "Derek Haldane"),
            ("Early feedback from teachers has", "Derek Haldane"),
            ("We're seeing kids actually talking", "Anita Birchall"),
            ("That matters.", "Anita Birchall"),
            ("I want to be able", "Ravinder Sahota"),
            ("Going through the front office", "Ravinder Sahota"),
            ("It's the quietest September I've", "teacher at the school"),
            ("But I get why the", "teacher at the school"),
        ],
    ),
    (
        """Ridgeford teachers would get 7% raise under tentative deal reached after months of tense talks

By Owen Mercer

Teachers in Ridgeford Community Schools would receive a 7% raise next year under a tentative agreement reached late Thursday, ending months of contentious negotiations that drew hundreds of educators to school board meetings this fall.

The two-year deal, which still must be ratified by members of the Ridgeford Education Association and approved by the school board, would raise the starting teacher salary from $44,500 to $48,000 — among the highest in the region — and add two days of paid planning time before the start of each semester.

“This is a contract that respects the work our teachers do every single day,” said Lorraine Hutchins, president of the Ridgeford Education Association, which represents about 740 teachers. “It’s not everything we asked for. But it’s a real step forward.”

The district had initially offered a 3.5% raise, arguing that state funding increases would not cover more. The union had sought 9%.

Superintendent Wendell Park said the district was able to find additional money in part by delaying several facility projects and by shifting some costs to federal grants.

“We listened. Our board listened,” Park said in a statement. “Keeping great teachers in Ridgeford classrooms is the single most important thing we can do for our students.”

Negotiations had grown heated in recent months. In October, more than 300 teachers wearing red shirts filled the board room and spilled into the hallway, and several told board members they were considering leaving for neighboring districts that pay more.

Indiana law prohibits teachers from striking, and bargaining is limited largely to wages and wage-related benefits.

Jeremy Altman, a high school chemistry teacher who spoke at several board meetings, said the deal would help, but that morale remained fragile.

“People are tired,” Altman said. “A raise helps with the grocery bill. It doesn’t fix the fact that we’ve lost 14 teachers at the high school since last June.”

District data shows Ridgeford hired 96 new teachers this school year, about 13% of its teaching staff. The district still had 11 open positions as of this week, according to a spokesperson.

Board member Alicia Brandt said she expected the board to approve the deal at its Dec. 9 meeting. She described the negotiations as “difficult but honest.”

“I think both sides came in wanting the same thing, which is to keep good people here,” Brandt said.

Union members are expected to vote on the agreement next week. Hutchins said she was confident it would pass.

Some parents who had attended board meetings in support of teachers said they were relieved. Monique Ferris, whose children attend Ridgeford elementary and middle schools, said she hoped the deal would slow turnover.

“My daughter had three different math teachers last year,” Ferris said. “You can’t learn like that.”""",
        [
            ("This is a contract that", "Lorraine Hutchins"),
            ("It’s not everything we asked", "Lorraine Hutchins"),
            ("We listened. Our board listened,", "Wendell Park"),
            ("Keeping great teachers in Ridgeford", "Wendell Park"),
            ("People are tired,", "Jeremy Altman"),
            ("A raise helps with the", "Jeremy Altman"),
            ("difficult but honest.", "Alicia Brandt"),
            ("I think both sides came", "Alicia Brandt"),
            ("My daughter had three different", "Monique Ferris"),
            ("You can’t learn like that.", "Monique Ferris"),
        ],
    ),
    (
        """Alberta school boards say new funding formula falls short as enrolment surges

CAROLINE WHITFIELD
EDMONTON

Alberta's largest school boards say a revised provincial funding formula announced this week will leave them scrambling to cope with record enrolment, with one board chair warning that class sizes in some schools could climb above 35 students.

Education Minister Gordon Lyle unveiled the changes on Tuesday, saying the province would add $412-million over three years to help boards build capacity and hire staff. The new formula will shift more funding toward enrolment growth and away from what the government calls "legacy grants" tied to older programs.

"We are making historic investments in Alberta's classrooms," Mr. Lyle told reporters at the legislature. "Every new student who walks through the door will be funded. That's a commitment no government before us has made."

But trustees say the money does not keep pace with the number of families moving to the province. The Parkland Valley Public School Division, one of the fastest-growing boards in Alberta, added 3,100 students this fall alone, according to board figures.

Parkland Valley board chair Naomi Fehr said the division would have to build the equivalent of four new schools a year to keep up.

"The announcement is welcome, and I don't want to be ungracious about it," Ms. Fehr said in an interview. "But when you do the math per student, once you account for inflation, we are behind where we were five years ago.

"We have Grade 2 classrooms with 31 children in them. We have high schools running classes in the library and the gym. That isn't a funding increase. That's a holding pattern."

The Alberta Teachers' Guild, which represents the province's roughly 48,000 public school teachers, said the formula did nothing to address the growing number of students with learning disabilities, behavioural needs or limited English.

"Teachers are telling us they are at a breaking point," guild president Raymond Achebe said in a statement. "A formula that counts heads does not count the needs behind those heads."

Mr. Lyle rejected the suggestion that the government had ignored those pressures, noting the province funded 1,000 new educational assistant positions last year.

"I hear that criticism, and I'd simply point to the numbers," he said.

Opposition education critic Farah Qureshi said the government was "moving money around and calling it new."

Some parents say they are already seeing the effects. Lisa Bergstrom, whose son is in a Grade 5 class of 33 students in south Edmonton, said his teacher had told her there were days she could not get to every child.

"She's wonderful, she really is," Ms. Bergstrom said. "But she told me at parent-teacher interviews that she's just trying to keep her head above water. As a parent, that's hard to hear."

The province is expected to table its budget in late February. Boards will receive their individual allocations in the spring.""",
        [
            ("We are making historic investments", "Gordon Lyle"),
            ("Every new student who walks", "Gordon Lyle"),
            ("The announcement is welcome, and", "Naomi Fehr"),
            ("But when you do the", "Naomi Fehr"),
            ("We have Grade 2 classrooms", "Naomi Fehr"),
            ("Teachers are telling us they", "Raymond Achebe"),
            ("A formula that counts heads", "Raymond Achebe"),
            ("I hear that criticism, and", "Gordon Lyle"),
            ("moving money around and calling", "Farah Qureshi"),
            ("She's wonderful, she really is,", "Lisa Bergstrom"),
            ("But she told me at", "Lisa Bergstrom"),
        ],
    ),
    (
        """Brazos Creek ISD superintendent resigns amid audit of district spending

By Kendra Olsen, KXBR News

BRAZOS CREEK, Texas — The superintendent of Brazos Creek Independent School District has resigned, days after a state-ordered audit raised questions about nearly $900,000 in no-bid contracts, the district announced Friday.

Dr. Clifford Ames submitted his resignation Thursday evening, according to a statement from the Brazos Creek ISD Board of Trustees.

"The board has accepted Dr. Ames' resignation, effective immediately," the statement said. "We remain committed to full transparency and will cooperate completely with state investigators as their review continues."

The board named Deputy Superintendent Yolanda Briseño as interim superintendent.

Ames, who had led the district of about 11,000 students since 2019, did not respond to requests for comment Friday. In a brief letter to staff obtained by KXBR, he wrote that he was stepping down "to allow the district to move forward without distraction."

"I am proud of what we have accomplished together for the children of Brazos Creek," the letter said.

The audit, released last week, found that the district awarded several contracts for technology consulting and facility maintenance without competitive bidding between 2021 and 2023, in apparent violation of state purchasing rules. Two of the contracts went to a firm whose registered agent is a relative of a former district administrator, according to the report.

A person familiar with the audit, who was not authorized to discuss it publicly, told KXBR that investigators had also requested emails from Ames' district account.

"They want to know who signed off and who knew what," the person said.

Trustee Hector Villanueva, who called for an independent investigation in the spring, said he was relieved but cautioned that the district's problems ran deeper.

"This didn't happen because of one person, and it won't be fixed by one resignation," Villanueva said. "We need to rebuild how this district does business, top to bottom."

Dana Whitlow, president of the Brazos Creek Educators Alliance, said teachers had been told for years that there was no money for raises or classroom supplies.

"Our teachers are buying their own paper. Our counselors have caseloads of 600 kids," Whitlow said. "And now we find out money was going out the door to contracts nobody can explain? People are angry, and they have a right to be."

Parents in the pickup line at Oak Hollow Elementary on Friday afternoon had mixed reactions.

"I just want to know my kids' school is being run right," said Brianna Castillo, whose two sons attend the school. "Whoever's in charge, just be honest with us."

Briseño, a 22-year veteran of the district, told reporters outside the administration building that her priority was "stability for our students and staff."

"Our classrooms are going to keep running on Monday like they always do," she said. "That's my promise to our families."

The board said it expects to begin a search for a permanent superintendent early next year.""",
        [
            ("The board has accepted Dr.", "Brazos Creek ISD Board of Trustees"),
            ("We remain committed to full", "Brazos Creek ISD Board of Trustees"),
            ("to allow the district to", "Clifford Ames"),
            ("I am proud of what", "Clifford Ames"),
            ("They want to know who", "person familiar with the audit"),
            ("This didn't happen because of", "Hector Villanueva"),
            ("We need to rebuild how", "Hector Villanueva"),
            ("Our teachers are buying their", "Dana Whitlow"),
            ("And now we find out", "Dana Whitlow"),
            ("I just want to know", "Brianna Castillo"),
            ("Whoever's in charge, just be", "Brianna Castillo"),
            ("stability for our students and", "Yolanda Briseño"),
            ("Our classrooms are going to", "Yolanda Briseño"),
            ("That's my promise to our", "Yolanda Briseño"),
        ],
    ),
    (
        """‘Hungry kids can’t learn’: Manitoba school division rolls out free lunch for every student

By Marc Thibodeau

STONEBRIDGE, Man. — Every student in the Red Aspen School Division will be offered a free hot lunch starting in January, the division announced Monday, making it one of the first in Manitoba to offer universal meals at every school.

The program, which will cost an estimated $4.3 million a year, will be funded through a mix of provincial nutrition grants, a federal school food program and local donations, according to the division.

“Hungry kids can’t learn. It’s really that simple,” superintendent Joanne Kasprick said at a news conference at Whitmore Elementary School, where the division has run a pilot program since last fall. “We saw it in our pilot. Attendance went up. Office referrals went down. Teachers told us kids were more settled in the afternoon.”

The pilot served about 450 students at two schools. Kasprick said participation was high across all grades, including at the high school level, where staff had worried students might be reluctant to line up for a free meal.

“When it’s for everyone, there’s no stigma,” she said. “Nobody knows whose family is struggling and whose isn’t. That was the point.”

Food bank use in the region has nearly doubled since 2021, according to Harvest Table Stonebridge, which runs the community’s main food bank.

Parents at the announcement welcomed the news. Shauna Redcloud, whose three children attend Whitmore, said the pilot had made mornings easier for her family.

“There were weeks where I was choosing between packing lunches and paying the hydro bill,” she said. “I’m not embarrassed to say that anymore, because I know I’m not the only one.”

The Red Aspen Teachers’ Association said in a statement that it supported the expansion but urged the division to make sure the program did not add to teachers’ workloads.

“Teachers are already stretched thin,” the statement said. “Lunch supervision and meal distribution need to be properly staffed, not added to the list of things teachers are expected to absorb.”

Kasprick said the division would hire about 35 part-time food service workers and that teachers would not be asked to serve meals.

Not everyone is convinced the division should be in the meal business. Trustee Wayne Pelletier, who voted against the expansion in December, said he supports feeding students in need but questioned whether universal meals were the best use of limited dollars.

“I have families in my ward who can well afford to pack a lunch,” Pelletier said. “I’d rather see that money targeted to the kids who need it most, and the rest go into classrooms.”

Students, for their part, offered a more straightforward review. Grade 6 student Elias Moreau said the Tuesday chili was his favourite.

“It’s better than what I’d bring,” he said, grinning. “Don’t tell my mom.”

The division says menus will be developed with a registered dietitian and will include halal and vegetarian options at every school.""",
        [
            ("Hungry kids can’t learn", "Joanne Kasprick"),
            ("Hungry kids can’t learn.", "Joanne Kasprick"),
            ("We saw it in our", "Joanne Kasprick"),
            ("When it’s for everyone, there’s", "Joanne Kasprick"),
            ("Nobody knows whose family is", "Joanne Kasprick"),
            ("There were weeks where I", "Shauna Redcloud"),
            ("I’m not embarrassed to say", "Shauna Redcloud"),
            ("Teachers are already stretched thin", "Red Aspen Teachers’ Association"),
            ("Lunch supervision and meal distribution", "Red Aspen Teachers’ Association"),
            ("I have families in my", "Wayne Pelletier"),
            ("I’d rather see that money", "Wayne Pelletier"),
            ("It’s better than what I’d", "Elias Moreau"),
            ("Don’t tell my mom.", "Elias Moreau"),
        ],
    ),
]
