CASES = [
    (
        """Norfolk Ridge board votes to close 2 rural elementary schools

Megan Tran · CBC News · Posted: Mar 12, 2024 10:14 PM EDT

Trustees with the Norfolk Ridge District School Board voted 7-4 on Tuesday night to close Millbrook Public School and Ashby Creek Public School at the end of June, ending a year-long accommodation review that drew hundreds of parents to public meetings.

Students from both schools will be bused to a newly expanded elementary school in Tillsbury, about 20 kilometres away.

“This is not the decision any of us wanted to make,” said board chair Donna Kerrigan after the vote. “But we cannot keep heating half-empty buildings while we cut special education staff in our larger schools.”

The board says enrolment at the two schools has fallen below 55 per cent of capacity, and that keeping both open would cost roughly $4.2 million over five years in deferred repairs to roofs, boilers and ventilation systems.

Parents who filled the gallery at the board’s Delhaven offices booed when the result was read out.

Jen Albright, whose two children attend Millbrook, said the ride to Tillsbury would add close to an hour to her kids’ day.

“My six-year-old is going to be on a bus before the sun comes up in December,” she told CBC News. “Nobody who voted for this had to explain it to their own kid.”

Albright helped organize a parent group called “Save Our Rural Schools,” which collected more than 2,300 signatures opposing the closures.

Trustee Raj Mehta, who represents the township and voted against the motion, said staff had “rushed a process that should have taken two years” and never seriously considered sharing the buildings with other community users.

“We had a public library branch and a licensed daycare operator interested in leasing space at Ashby Creek,” Mehta said. “Those conversations never got past a first meeting.”

Superintendent of facilities Curtis Vandermeer told trustees the leasing proposals would have covered “less than a fifth” of the yearly cost of running the school.

In a statement, the Ministry of Education said school closure decisions “rest with locally elected trustees” and that boards are expected to follow the province’s pupil accommodation review guidelines.

Kerrigan said staff will begin holding transition meetings with families in April, including visits to the Tillsbury school for students and parents.

“We owe these kids a soft landing,” she said. “That part we can control.”""",
        [
            ("This is not the decision", "Donna Kerrigan"),
            ("But we cannot keep heating", "Donna Kerrigan"),
            ("My six-year-old is going to", "Jen Albright"),
            ("Nobody who voted for this", "Jen Albright"),
            ("rushed a process that should", "Raj Mehta"),
            ("We had a public library", "Raj Mehta"),
            ("Those conversations never got past", "Raj Mehta"),
            ("less than a fifth", "Curtis Vandermeer"),
            ("rest with locally elected trustees", "Ministry of Education"),
            ("We owe these kids a", "Donna Kerrigan"),
            ("That part we can control", "Donna Kerrigan"),
        ],
    ),
    (
        """Teachers say specialists pulled to cover classes as substitute shortage deepens in Kettle Highlands

Union files grievance alleging district is breaching class-composition language

Daniel Ferreira
Published Feb 26, 2024

Teachers in the Kettle Highlands school district say specialist staff are being pulled away from their own work almost daily to cover for absent colleagues because the district can't find enough substitutes.

The Kettle Highlands Teachers' Association filed a policy grievance last week alleging School District 77 has breached class-size and composition language in its collective agreement — language restored to B.C. contracts after teachers' 2016 win at the Supreme Court of Canada.

"We are seeing prep time disappear, we are seeing learning support teachers turned into full-time subs, and the kids who need the most help are the ones losing out," association president Carla Nyberg said in an interview Monday.

Nyberg said the union tracked 1,140 instances between September and February in which a specialist teacher was reassigned to cover a class.

"That's not an occasional shortfall," she said. "That's a staffing model."

Superintendent Glen Okafor acknowledged the district has struggled to recruit teachers teaching on call, particularly for its smaller schools in the north end of the valley.

"We're competing with the Lower Mainland and with Alberta for the same pool of people, and frankly we're losing some of those competitions," Okafor said.

"I don't think anybody disputes that there's a problem. Where we disagree is on what the collective agreement requires us to do about it."

The district has offered $2,500 signing bonuses to new teachers teaching on call who agree to work in rural schools, and has started recruiting at teacher education programs in Ontario and the Maritimes, he said.

One learning support teacher at a Harlow Falls elementary school, who asked not to be named because she feared repercussions from her employer, said she had not met with most of the students on her caseload in "close to three weeks."

"I have a binder of IEPs sitting on my desk and I'm teaching Grade 4 math," she said.

"He had a good routine in the fall. Now he doesn't know who is going to be in the room when he walks in," said Amrit Sandhu, whose nine-year-old son has autism and receives support at Harlow Falls Elementary.

In a statement, the Ministry of Education and Child Care said the province has funded "more than 7,000 new teaching positions" across B.C. since 2017, and that "staffing decisions are made by individual school districts."

The grievance will be heard by an arbitrator unless the two sides reach a settlement. No hearing date has been set.

Nyberg said teachers are not looking for a fight.

"We want the same thing the district wants, which is a qualified adult in every room," she said. "We just don't think it should come out of the hide of kids with designations."

The district's board of education meets next on March 12.""",
        [
            ("We are seeing prep time", "Carla Nyberg"),
            ("That's not an occasional shortfall", "Carla Nyberg"),
            ("That's a staffing model", "Carla Nyberg"),
            ("We're competing with the Lower", "Glen Okafor"),
            ("I don't think anybody disputes", "Glen Okafor"),
            ("close to three weeks", "learning support teacher at a Harlow Falls elementary school"),
            ("I have a binder of", "learning support teacher at a Harlow Falls elementary school"),
            ("He had a good routine", "Amrit Sandhu"),
            ("more than 7,000 new teaching", "Ministry of Education and Child Care"),
            ("staffing decisions are made by", "Ministry of Education and Child Care"),
            ("We want the same thing", "Carla Nyberg"),
            ("We just don't think it", "Carla Nyberg"),
        ],
    ),
    (
        """Aspen Hills trustee censured over social media posts about teacher

Leah Moroz
Published Oct 19, 2023

The board of Aspen Hills School Division voted Wednesday to formally censure trustee Wade Lindqvist over a series of social media posts that the board says breached its code of conduct.

The motion, which passed 5-1, removes Lindqvist from all board committees until the end of the school year and requires him to complete governance training at his own expense. Lindqvist did not vote.

According to a report by Calgary lawyer Miriam Osei, who was hired by the board to investigate a complaint, Lindqvist's posts about a Grade 9 health teacher at Lac Verdure Composite High School "created a reasonable apprehension" that staff would face public ridicule for delivering the approved provincial curriculum.

Board chair Sheila Barrington said the decision was "not about anyone's politics."

"Trustees are entitled to their opinions. They are entitled to disagree with the curriculum and to say so publicly," Barrington told reporters after the meeting. "What they are not entitled to do is single out an employee who has no ability to respond."

Lindqvist, a farmer and former 4-H leader first elected in 2021, said in a written response submitted to the board that he would not apologize.

"I was elected to ask questions about what our kids are being taught, and I will keep asking them," he wrote. "If that gets me kicked off a committee, so be it."

He has maintained that he never named the teacher. Osei's report found that one of the posts included a photo of a classroom door on which the teacher's name was visible.

Tamara Quist, president of the Alberta Teachers' Association local that represents Aspen Hills teachers, said the posts had left the teacher "afraid to walk into her own school" for several weeks last spring.

"Our members need to know their employer has their back when something like this happens," Quist said. "Tonight, I think they got that message."

Several parents spoke in support of Lindqvist during the public comment portion of the meeting. One father, who declined to give his name to reporters afterward, told trustees the board was "punishing a man for doing the job we elected him to do."

Alberta's Education Act gives boards limited tools to discipline trustees, and censure is among the most serious sanctions available short of a court application.

A spokesperson for Alberta Education said the ministry "expects all trustees to conduct themselves professionally" but does not intervene in matters of board governance.

Lindqvist's removal from committees takes effect immediately. The board's next regular meeting is scheduled for Nov. 15.""",
        [
            ("created a reasonable apprehension", "Miriam Osei"),
            ("not about anyone's politics", "Sheila Barrington"),
            ("Trustees are entitled to their", "Sheila Barrington"),
            ("What they are not entitled", "Sheila Barrington"),
            ("I was elected to ask", "Wade Lindqvist"),
            ("If that gets me kicked", "Wade Lindqvist"),
            ("afraid to walk into her", "Tamara Quist"),
            ("Our members need to know", "Tamara Quist"),
            ("Tonight, I think they got", "Tamara Quist"),
            ("punishing a man for doing", "father"),
            ("expects all trustees to conduct", "spokesperson"),
        ],
    ),
    (
        """Salish Coast school district proposes cutting elementary band to close $6M gap

Parents say band program is ‘the reason some kids come to school’

Rhiannon Clarke · CBC News · Posted: Apr 03, 2024 7:00 AM PDT

The Salish Coast school district is proposing to eliminate its elementary band program and cut more than 20 education assistant positions as it tries to close a projected $6.1-million shortfall in next year’s budget.

The draft budget, presented to trustees Tuesday evening, would save about $780,000 by ending band instruction for grades 6 and 7 at 14 elementary schools.

Secretary-treasurer Alan Whitcombe told trustees the district had already drawn down most of its reserves.

“We’ve been balancing the last two budgets with one-time money,” he said. “There isn’t any left to use. Every option in front of you tonight is going to hurt somebody.”

Whitcombe said rising costs for benefits, utilities and student transportation had outpaced provincial funding increases, and that enrolment in the district’s rural schools continued to decline.

Nearly 200 people attended the meeting, many of them carrying instrument cases.

Grade 7 student Maya Oduya, who plays trombone, told trustees she was nervous about starting middle school until she joined band.

“I didn’t really have friends in Grade 5. Band is where I found my people,” she said.

Her mother, Lisa Oduya, said the program is “the reason some kids come to school” in the first place.

The Coastal Support Staff Union, which represents the district’s education assistants, said in a statement that the proposed cuts would leave students with disabilities without the support they are entitled to.

“These are not numbers on a spreadsheet,” the statement said. “These are the people who help a child with complex needs get safely through recess.”

Trustee Helen Marchetti said she would not support the band cut and urged the board to write to the province instead.

“I’ve sat at this table for nine years, and every spring we have the same conversation about which good thing we’re going to stop doing,” Marchetti said.

“At some point we have to stop pretending this is a local problem. It’s a funding formula problem, and the people who can fix it are in Victoria.

“I’d rather send them a deficit budget and an explanation than cut band.”

B.C. school boards are required by law to pass balanced budgets. The Ministry of Education and Child Care said in an emailed statement that operating funding for the district has increased every year since 2021.

Trustees will vote on the final budget on April 23. The public can submit feedback through an online survey until April 16.""",
        [
            ("the reason some kids come", "Lisa Oduya"),
            ("We’ve been balancing the last", "Alan Whitcombe"),
            ("There isn’t any left to", "Alan Whitcombe"),
            ("I didn’t really have friends", "Maya Oduya"),
            ("the reason some kids come", "Lisa Oduya"),
            ("These are not numbers on", "Coastal Support Staff Union"),
            ("These are the people who", "Coastal Support Staff Union"),
            ("I’ve sat at this table", "Helen Marchetti"),
            ("At some point we have", "Helen Marchetti"),
            ("I’d rather send them a", "Helen Marchetti"),
        ],
    ),
    (
        """Education workers at St. Lawrence Highlands Catholic board vote 91% in favour of strike mandate

Custodians, EAs and early childhood educators could be in a legal strike position by late November

By Kieran Walsh
Published Nov 02, 2023

Roughly 1,400 support workers at the St. Lawrence Highlands Catholic District School Board have voted 91 per cent in favour of a strike mandate, their union announced Thursday.

The Ontario Educational Services Union, which represents custodians, educational assistants, early childhood educators and office staff at the board, said 84 per cent of eligible members cast ballots over three days of voting.

"Our members are not looking to walk off the job," said Brenda Lalonde, president of the union's Local 22. "But they are done being told that there is no money for more staff while the workload keeps climbing."

Lalonde said the key issues are wages, which she said have not kept pace with inflation, and staffing levels for educational assistants, who she said are increasingly assigned to three or four high-needs students at once.

"You can't keep a kid safe who bolts from the classroom when you're also responsible for two other children who need help eating lunch," she said.

A strike vote does not mean a strike is imminent. The union would first need to request a "no board" report from the provincial conciliator, after which it would be in a legal strike position 17 days later.

Director of education Michael Tessier said in a letter sent to families Thursday afternoon that the board "remains committed to reaching a fair agreement at the table."

"Our priority is keeping schools open and students learning," Tessier wrote. "We will communicate with families well in advance of any change to school operations."

Board chair Anne-Marie Dubé declined to discuss the specifics of bargaining, citing confidentiality, saying only that trustees were "hopeful that both sides can find common ground."

A Kingsbridge mother of a student with autism, who asked that her name not be used to protect her son's privacy, said she supports the workers but worries about losing child care during a walkout.

"Those EAs are the only reason my son has made it through Grade 2," she said. "I just don't know what I do with him if the doors close."

Isabel Carreiro, a spokesperson for the education minister, said the government "encourages all parties to remain at the table and reach a deal that keeps students in class."

Bargaining between the union and the board is scheduled to resume Nov. 9.""",
        [
            ("Our members are not looking", "Brenda Lalonde"),
            ("But they are done being", "Brenda Lalonde"),
            ("You can't keep a kid", "Brenda Lalonde"),
            ("remains committed to reaching a", "Michael Tessier"),
            ("Our priority is keeping schools", "Michael Tessier"),
            ("We will communicate with families", "Michael Tessier"),
            ("hopeful that both sides can", "Anne-Marie Dubé"),
            ("Those EAs are the only", "Kingsbridge mother of a student with autism"),
            ("I just don't know what", "Kingsbridge mother of a student with autism"),
            ("encourages all parties to remain", "Isabel Carreiro"),
        ],
    ),
    (
        """Elkhorn Springs parents told kindergarten students may be bused out of town as new school sits unfunded

Jordan Sinclair · CBC News · Posted: Jan 18, 2024 5:00 AM MST

Parents in the fast-growing town of Elkhorn Springs, west of Calgary, have been told that some kindergarten students may have to be bused to a neighbouring community this fall because the town’s two elementary schools are full.

Bow Foothills Public Schools informed families this week that it will cap kindergarten enrolment at Ridgeview Elementary and Elkhorn Springs School for the 2024-25 school year.

In a letter to parents, superintendent Karen Holtby wrote: “We recognize how difficult this news is. No family chooses a neighbourhood expecting their five-year-old to ride a bus for 40 minutes each way.”

The division has asked the province for money to build a new kindergarten-to-Grade 6 school in the town’s Westbrook subdivision every year since 2019, according to board documents. The project has never made the province’s approved capital list.

Board chair Tom Ashdown said the division has added six modular classrooms in the past two years and has run out of room on both sites to add more.

“We’ve literally put portables where the playground used to be,” Ashdown said in an interview. “There is no more land. There is no more trick we can pull.”

Elkhorn Springs Mayor Patricia Nwosu said the town set aside a school site in Westbrook more than a decade ago.

“The land is there. It’s serviced. It’s been sitting empty with a sign on it since 2012,” Nwosu said, adding that residents feel they have been “left at the back of the line.”

Parent Devin Castellanos, who moved to Elkhorn Springs from Calgary in 2022, said his daughter is due to start kindergarten in September.

“We bought this house because there was a school you could walk to,” he said. “Now we’re being told she might end up in a town we’ve never even been to.”

Alberta Infrastructure said in a statement that capital decisions are based on “a rigorous, evidence-based prioritization process” that weighs enrolment pressure, building condition and community growth.

The statement said the Westbrook project “will be considered alongside other requests from across the province” when the next capital plan is released with the provincial budget in February.

Holtby said the division will hold an information session for affected families on Jan. 30 at Ridgeview Elementary. Families who have already registered will be notified of their placement by the end of March.""",
        [
            ("We recognize how difficult this", "Karen Holtby"),
            ("We’ve literally put portables where", "Tom Ashdown"),
            ("There is no more land", "Tom Ashdown"),
            ("The land is there.", "Patricia Nwosu"),
            ("left at the back of", "Patricia Nwosu"),
            ("We bought this house because", "Devin Castellanos"),
            ("Now we’re being told she", "Devin Castellanos"),
            ("a rigorous, evidence-based prioritization process", "Alberta Infrastructure"),
            ("will be considered alongside other", "Alberta Infrastructure"),
        ],
    ),
    (
        """Tamarack Valley school district scraps first-come, first-served French immersion registration

By Shauna Pettigrew

Parents will no longer have to camp outside the Tamarack Valley school board office to get their children into French immersion kindergarten.

Trustees with School District 94 (Tamarack Valley) voted 6-1 Tuesday to replace the district's first-come, first-served registration system with a random draw, starting with registration for September 2025.

Under the new system, families will have a two-week window in January to apply online. Siblings of current immersion students will still get priority, with the remaining spots assigned by lottery.

"Nobody should have to choose between their job and their kid's education because they can't sleep on a sidewalk for a night," board chair Gurpreet Dhaliwal said after the vote.

This January, the first parents arrived outside the district office on Birchwood Avenue shortly after 2 p.m. the day before registration opened. By morning, the line stretched around the block.

Natalie Fournier was fourth in line. She brought a folding chair, a sleeping bag and, she said, "way too much coffee."

"It was minus eight. There were people there with babies in strollers," Fournier said. "I got a spot, and I still think it was a terrible way to do it."

The district received 212 applications for 117 immersion kindergarten spots this year, according to a staff report presented to the board.

The French Immersion Families Society, a parent group that has lobbied the district for three years, called the decision "a small step in the right direction" in a post on its website, but said the real problem is a shortage of spaces.

"A fairer line is still a line," the post said. "Until the district adds more immersion classes, hundreds of families will keep getting turned away."

Trustee Lorne Bakker, the lone vote against, argued a lottery could separate neighbourhood friends and send children to dual-track schools on the other side of town.

"At least with the lineup, parents knew what they had to do to get in. A lottery takes the control away from families completely," Bakker said.

A district spokesperson said staff are studying whether to open a fourth dual-track school, but that any expansion depends on "being able to hire qualified French teachers, which is the hardest thing we do."

Details of the new registration process will be posted on the district's website in the fall.""",
        [
            ("Nobody should have to choose", "Gurpreet Dhaliwal"),
            ("way too much coffee", "Natalie Fournier"),
            ("It was minus eight", "Natalie Fournier"),
            ("I got a spot, and", "Natalie Fournier"),
            ("a small step in the", "French Immersion Families Society"),
            ("A fairer line is still", "French Immersion Families Society"),
            ("Until the district adds more", "French Immersion Families Society"),
            ("At least with the lineup", "Lorne Bakker"),
            ("being able to hire qualified", "spokesperson"),
        ],
    ),
    (
        """Ontario tables bill giving education minister new powers over school boards

Trustees say legislation would ‘hollow out local democracy’

Samira Haddad · CBC News · Posted: May 07, 2024 4:32 PM EDT

The Ontario government introduced legislation Tuesday that would give the education minister sweeping new powers to direct school boards, including the ability to cap trustee honoraria, set spending priorities and appoint a supervisor to any board that runs a deficit two years in a row.

Education Minister Paul Hargreave told reporters at Queen’s Park that the bill is about making sure money reaches classrooms.

“Parents don’t care about board politics. They care about whether their kid can read by Grade 3,” Hargreave said. “Too many boards have lost sight of that.”

Asked whether any particular board was being targeted, Hargreave said he would not “speculate about individual boards” but noted that several had run deficits in recent years.

The bill follows a provincial review, titled “Accountability in Ontario’s School Boards,” that recommended clearer reporting on how boards spend money outside the classroom.

In a news release, the Ministry of Education said the legislation would “put students first by making every board answerable for results.”

Cathy Lindgren, president of the Ontario Association of Public School Trustees, said the bill would “hollow out local democracy in this province.”

“We heard about this bill the same way parents did, on the news this morning. Nobody from the ministry picked up the phone,” she said.

“Trustees are elected by the same people who elect MPPs,” Lindgren said. “If the minister can overrule us whenever he likes, voters are entitled to ask what they’re electing us for.

“Nobody is saying boards are perfect. But the answer to a bad decision by a local board is the next local election, not a supervisor sent from Toronto.”

The Ontario Public Educators’ Federation, which represents about 60,000 teachers and education workers, said in a statement that the government was “picking a fight with trustees to distract from its own cuts.”

NDP education critic Marisol Benitez raised the bill during question period.

“This government has underfunded boards for six years and now wants to punish them for running out of money,” she said.

A senior official in the minister’s office, speaking on background, said the supervisor powers were “a last resort, not a first step,” and that the government expects the bill to pass before the legislature rises in June.

The province last placed boards under supervision more than two decades ago.""",
        [
            ("hollow out local democracy", "Cathy Lindgren"),
            ("Parents don’t care about board", "Paul Hargreave"),
            ("Too many boards have lost", "Paul Hargreave"),
            ("speculate about individual boards", "Paul Hargreave"),
            ("put students first by making", "Ministry of Education"),
            ("hollow out local democracy in", "Cathy Lindgren"),
            ("We heard about this bill", "Cathy Lindgren"),
            ("Trustees are elected by the", "Cathy Lindgren"),
            ("If the minister can overrule", "Cathy Lindgren"),
            ("Nobody is saying boards are", "Cathy Lindgren"),
            ("picking a fight with trustees", "Ontario Public Educators’ Federation"),
            ("This government has underfunded boards", "Marisol Benitez"),
            ("a last resort, not a", "senior official in the minister’s office"),
        ],
    ),
]
