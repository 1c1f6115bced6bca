CASES = [
    (
        """Harlow school board cuts $412,000 from budget, spares music program

By Megan Tolland, Staff Writer

HARLOW, Vt. — The Harlow Union School Board voted 5-2 Tuesday night to trim $412,000 from its proposed fiscal 2026 budget, but stopped short of eliminating the elementary music program that more than 80 parents had turned out to defend.

The revised $18.7 million spending plan will go to voters at town meeting in March. It represents a 4.1 percent increase over the current year, down from the 6.3 percent increase the board presented in December.

"We heard you, and we went back and looked at every line," board Chair Ellen Marchetti told the crowd in the Harlow Middle School gymnasium. "This is not the budget any of us wanted, but it's one I think the town can support."

Most of the savings come from leaving two paraeducator positions unfilled, delaying the replacement of the high school's roof by a year and reducing the district's share of a regional transportation contract, according to Superintendent Raymond Quill.

Quill said the roof, which has leaked into at least three classrooms since October, is "a problem we're going to pay for one way or another." He told board members that patch repairs would cost roughly $38,000 this spring.

The music program, which employs one full-time teacher who splits her week among the district's three elementary schools, had been on a list of possible cuts circulated last month. That list prompted a petition signed by more than 600 residents.

Parent Joanna Bickford, whose two children attend Calder Brook Elementary, was among about two dozen people who spoke during public comment.

"My daughter doesn't have a lot of places where she feels like she's good at something," Bickford said. "Music class is one of them. You cut that, and you're telling kids like her that they don't count."

Not everyone in the room agreed. Resident Tom Alessi, a retired dairy farmer, said property owners on fixed incomes had "reached the end of the rope."

"I've got nothing against music," Alessi said. "But my tax bill went up $900 last year, and nobody on this board has told me what they're doing about it."

Board members David Orr and Linnea Shaw cast the dissenting votes. Orr said he would have preferred a budget at or below a 3 percent increase.

"We keep kicking things down the road and calling it savings," Orr said. "At some point the road ends."

Shaw said she voted no because she opposed delaying the roof work.

The board will hold an informational hearing on the budget Feb. 24 at 6:30 p.m. at the middle school. Australian ballot voting is scheduled for March 4.""",
        [
            ("We heard you, and we", "Ellen Marchetti"),
            ("This is not the budget", "Ellen Marchetti"),
            ("a problem we're going to", "Raymond Quill"),
            ("My daughter doesn't have a", "Joanna Bickford"),
            ("Music class is one of", "Joanna Bickford"),
            ("reached the end of the", "Tom Alessi"),
            ("I've got nothing against music,", "Tom Alessi"),
            ("But my tax bill went", "Tom Alessi"),
            ("We keep kicking things down", "David Orr"),
            ("At some point the road", "David Orr"),
        ],
    ),
    (
        """Kingsford police chief placed on leave pending state review

By Owen Farrelly

KINGSFORD — Kingsford Police Chief Martin Deluca has been placed on paid administrative leave while the state Attorney General’s office reviews a January arrest in which a 19-year-old man was injured, village officials confirmed Thursday.

The Kingsford Village Board announced the decision in a brief statement released shortly after 4 p.m.

“The Village Board takes its responsibility to the public seriously, and we believe this step is necessary to preserve confidence in the review process,” the statement said. “No conclusions should be drawn about the outcome.”

Lt. Anthony Reyes, a 15-year veteran of the department, will serve as acting chief, according to the statement.

The arrest happened Jan. 11 outside a convenience store on Route 9W. According to a notice of claim filed by the man’s family, officers pulled him from a car after a traffic stop and took him to the ground, breaking his collarbone. The man, whose name has not been released, was charged with resisting arrest and obstructing governmental administration. Those charges were later dismissed.

Deluca was not one of the officers at the scene. But a village employee familiar with the matter, who spoke on condition of anonymity because personnel matters are confidential, said the review is focused in part on how the department handled the use-of-force paperwork afterward.

“There are questions about what was written down and when,” the employee said.

Deluca’s attorney, Sandra Pike of Newburgh, said her client “welcomes any review” and expects to return to work.

“Chief Deluca has served this village for 22 years without a single sustained complaint,” Pike said in a phone interview. “He’s cooperating fully. We’re confident the facts will speak for themselves.”

The family’s lawyer, Gregory Amadi, told reporters outside Village Hall on Thursday evening that the leave was “a first step, not a finish line.”

“This young man went to buy a sandwich and ended up in the emergency room,” Amadi said. “His mother wants answers, and so do a lot of people in this community.”

A spokesperson for the Attorney General’s office declined to comment, citing a policy of not discussing pending reviews.

Kingsford, a village of about 6,000 residents, has a 17-member police department. Trustees are expected to discuss the matter in executive session at their Feb. 10 meeting.

Trustee Paul Wendt, who has called for an independent audit of the department’s policies, said Thursday he supported the leave but wanted the board to go further.

“Putting one person on leave doesn’t fix a system,” Wendt said. “We need to see the reports, the body camera footage, all of it.”""",
        [
            ("The Village Board takes its", "Kingsford Village Board"),
            ("No conclusions should be drawn", "Kingsford Village Board"),
            ("There are questions about what", "village employee familiar with the matter"),
            ("welcomes any review", "Sandra Pike"),
            ("Chief Deluca has served this", "Sandra Pike"),
            ("He’s cooperating fully. We’re confident", "Sandra Pike"),
            ("a first step, not a", "Gregory Amadi"),
            ("This young man went to", "Gregory Amadi"),
            ("His mother wants answers, and", "Gregory Amadi"),
            ("Putting one person on leave", "Paul Wendt"),
            ("We need to see the", "Paul Wendt"),
        ],
    ),
    (
        """Townsend Falls Town Meeting Rejects Zoning Change For Route 2A Solar Array

TOWNSEND FALLS, MA — After nearly three hours of debate, voters at Monday's special town meeting narrowly rejected a zoning bylaw amendment that would have cleared the way for a 14-acre solar array off Route 2A.

The article needed a two-thirds majority to pass. It received 212 votes in favor and 131 against, falling 17 votes short, according to Town Moderator Frances Oyelaran.

The proposal, brought by Boston-based developer Greenfield Summit Energy, would have created a solar overlay district on land now zoned for rural residential use. The company had offered the town a payment in lieu of taxes estimated at $110,000 a year for 20 years.

Select Board Chair Richard Lamontagne urged residents to support the measure, calling it "the single largest new revenue source this town has seen in a decade."

Opponents, many of them abutters on Wheelock Road, said the array would require cutting mature forest and could send runoff into Pearl Brook, a cold-water stream that feeds the town's reservoir.

Conservation Commission member Alice Furtado put it bluntly: "You don't get to clear-cut fourteen acres of forest and call it green energy."

Judith Sokol, who has lived on Wheelock Road for 31 years, read from a prepared statement.

"When we bought our house, we were told this land would stay wooded," she said. "We understand the town needs revenue. We understand the state wants more solar. But there are already-cleared parcels in this town, including the old gravel pit on Depot Street, that would be better suited.

"I'm asking my neighbors to send this back and make the developer look harder."

Kevin Tran, a project manager for Greenfield Summit Energy, told the meeting the company had studied the gravel pit site and found it too small and too far from three-phase power.

"We looked at it seriously," Tran said. "The economics just don't work there."

The Planning Board had voted 3-2 to recommend the amendment. The Finance Committee took no position.

In a statement Tuesday, Greenfield Summit Energy said it was "disappointed but not discouraged" and would "continue conversations with town leaders about a path forward."

Lamontagne said after the meeting that the Select Board would not bring the article back before the annual town meeting in May.

"Town meeting spoke," he said. "We respect that."

Voters at the special town meeting also approved $85,000 for a powered stretcher system for the fire department's ambulance and $40,000 for engineering work on the Center School roof. Both articles passed by wide margins on voice votes.""",
        [
            ("the single largest new revenue", "Richard Lamontagne"),
            ("You don't get to clear-cut", "Alice Furtado"),
            ("When we bought our house,", "Judith Sokol"),
            ("We understand the town needs", "Judith Sokol"),
            ("I'm asking my neighbors to", "Judith Sokol"),
            ("We looked at it seriously,", "Kevin Tran"),
            ("The economics just don't work", "Kevin Tran"),
            ("disappointed but not discouraged", "Greenfield Summit Energy"),
            ("continue conversations with town leaders", "Greenfield Summit Energy"),
            ("Town meeting spoke,", "Richard Lamontagne"),
            ("We respect that.", "Richard Lamontagne"),
        ],
    ),
    (
        """Two dogs die in Millbrook house fire; family of four escapes

By Carla Desjardins
Monitor staff

A Millbrook family of four escaped uninjured early Sunday when fire tore through their two-story home on Pine Ridge Road, but two of the family’s dogs died, fire officials said.

Crews were called at 3:42 a.m. after a neighbor saw flames coming from the garage, according to Millbrook Fire Chief Steven Ouellette. The first engine arrived about seven minutes later to find the garage fully involved and fire spreading into the attached house.

“By the time we got there, the garage roof was already coming down,” Ouellette said at the scene Sunday morning. “The crews made an aggressive interior attack, but conditions deteriorated quickly and we had to pull them out and go defensive.”

Firefighters from East Tilford, Sanborn and Gilchrist Falls assisted under mutual aid. The fire was declared under control at about 5:30 a.m.

The homeowner, Brian Lessard, said a smoke alarm in the upstairs hallway woke his wife.

“She screamed, and I just grabbed the kids,” Lessard told the Monitor on Sunday afternoon, standing at the end of his driveway. “We didn’t even have shoes on. I went back for the dogs and I couldn’t get past the kitchen.”

He said the family had lived in the house for nine years.

The cause remains under investigation by the New Hampshire State Fire Marshal’s Office. In a written statement, the office said the fire “does not appear suspicious at this time” and that investigators were examining “an electrical source in the area of the garage.”

One firefighter suffered a minor hand injury and was treated at the scene, Ouellette said.

Neighbor Patricia Gauvin, who called 911, said she got up to use the bathroom and noticed an orange glow through the window.

“At first I thought somebody left a light on in the garage,” Gauvin said. “Then I saw the smoke.”

Ouellette used the fire to remind residents to check their smoke alarms, noting that the Lessards’ working alarm “absolutely saved four lives this morning.”

“I can’t say it enough,” he said. “Test them once a month, change the batteries twice a year. It’s the cheapest insurance you’ll ever buy.”

The American Red Cross is helping the family with temporary housing. A neighbor has organized an online fundraiser, which had raised more than $14,000 by Sunday evening.""",
        [
            ("By the time we got", "Steven Ouellette"),
            ("The crews made an aggressive", "Steven Ouellette"),
            ("She screamed, and I just", "Brian Lessard"),
            ("We didn’t even have shoes", "Brian Lessard"),
            ("does not appear suspicious at", "New Hampshire State Fire Marshal’s Office"),
            ("an electrical source in the", "New Hampshire State Fire Marshal’s Office"),
            ("At first I thought somebody", "Patricia Gauvin"),
            ("Then I saw the smoke.", "Patricia Gauvin"),
            ("absolutely saved four lives this", "Steven Ouellette"),
            ("I can’t say it enough,", "Steven Ouellette"),
            ("Test them once a month,", "Steven Ouellette"),
        ],
    ),
    (
        """Pemberton School Committee names interim superintendent after Lavoie resignation

PEMBERTON, Maine — The Pemberton School Committee on Wednesday appointed longtime assistant superintendent Nora Blaisdell as interim superintendent, two weeks after Superintendent Mark Lavoie abruptly resigned amid a dispute with the committee over school start times.

The committee voted 6-1 to approve a contract with Blaisdell running through June 30, 2026. She will be paid $158,000 a year, prorated.

Blaisdell, 54, has worked in the district for 23 years, first as a science teacher at Pemberton High School and later as principal of Harbor View Middle School.

"I know this community, and I know what our teachers and students have been through this year," Blaisdell said after the vote. "My job right now is to steady the ship."

Lavoie submitted his resignation in a two-paragraph letter to committee Chair Robert Thibodeau on Jan. 14. In the letter, which the Press Herald obtained through a public records request, Lavoie wrote that he could "no longer effectively lead a district whose governing body does not share my priorities."

He did not mention start times directly. But the resignation came three days after the committee voted 4-3 to scrap his plan to push the high school's first bell from 7:25 a.m. to 8:30 a.m., a change Lavoie had championed since he was hired in 2022, citing research on adolescent sleep.

Lavoie did not respond to messages seeking comment this week.

Thibodeau said the committee was grateful for Lavoie's service and that the disagreement over start times was "an honest policy difference, nothing more."

"We're a volunteer board that answers to voters, and the voters told us loud and clear that the bus and athletics costs were too high," Thibodeau said.

Committee member Sarah Kowalczyk, who cast the lone vote against Blaisdell's appointment, said she had nothing against Blaisdell but believed the committee should have opened the position to outside applicants.

"We owe it to the public to run a real process, even for an interim," she said.

Derek Fenn, president of the Pemberton Education Association, said teachers were "relieved to have someone in the job who actually knows our buildings."

A high school teacher, who asked not to be named because she was not authorized to speak for the union, said morale had been low since the fall.

"People are tired of reading about the central office in the paper," the teacher said. "We just want to teach."

A district spokeswoman said in an email Thursday that the committee plans to begin a national search for a permanent superintendent this spring, with the goal of having someone in place by July 2026, and that the process would include "several opportunities for public input."

The committee's next regular meeting is Feb. 5 at 7 p.m. in the Pemberton High School library.""",
        [
            ("I know this community, and", "Nora Blaisdell"),
            ("My job right now is", "Nora Blaisdell"),
            ("no longer effectively lead a", "Mark Lavoie"),
            ("an honest policy difference, nothing", "Robert Thibodeau"),
            ("We're a volunteer board that", "Robert Thibodeau"),
            ("We owe it to the", "Sarah Kowalczyk"),
            ("relieved to have someone in", "Derek Fenn"),
            ("People are tired of reading", "high school teacher"),
            ("We just want to teach.", "high school teacher"),
            ("several opportunities for public input.", "spokeswoman"),
        ],
    ),
    (
        """Greenhaven Police To Get Body Cameras By Summer: 'It Protects Everybody'

GREENHAVEN, NY — Every Greenhaven police officer on patrol will wear a body camera by July under a five-year, $1.2 million contract the Town Board approved Tuesday night.

The board voted 4-1 to approve the agreement with Sentinel Vision Systems, which covers 48 cameras, docking stations, cloud storage for footage and software the department will use to redact video before it is released to the public.

Police Chief Dominic Ferrante, who asked the board to fund the program in his 2025 budget request, said the cameras will benefit officers as much as residents.

"It protects everybody — the officer, the public, the department," Ferrante said. "When there's a complaint, we'll be able to pull the video and see exactly what happened instead of relying on two different versions of the story."

Greenhaven is one of the last departments of its size in the county without body cameras, according to the Greenhaven Police Benevolent Association, which supported the purchase.

PBA President Kyle Marchand said in a statement that officers "welcome the transparency" and had been consulted on the department's draft policy governing when cameras must be turned on.

Town Supervisor Angela Ruiz-Brennan said the town would pay for the first year with a $310,000 state grant and cover the rest through the operating budget.

"This is a public safety investment, plain and simple," Ruiz-Brennan said.

Councilman Frank DiSalvo cast the lone no vote. He said he supports body cameras in principle but objected to long-term storage costs, which he said would grow as the department accumulates footage.

"Nobody up here has been able to tell me what this costs in year six," DiSalvo said. "I'm not going to sign the town up for a bill we can't see."

Several residents spoke in favor during public comment. Marisol Vega, a member of the Greenhaven Community Coalition, said the group had been pushing for cameras since 2020.

"It took five years, but we got here," Vega said.

Under the draft policy, officers will be required to activate cameras during traffic stops, calls for service and any encounter that turns confrontational. Footage will be kept for at least 90 days, and longer when it is tied to an arrest or a complaint.

The Greenhaven Police Department said in a news release Wednesday that the draft policy will be posted on the town website for 30 days of public comment, and that it expects to begin training officers "in late spring, with full deployment by July 1."

Sentinel Vision Systems, based in Arlington, Va., supplies cameras to more than 200 police agencies nationwide.""",
        [
            ("It Protects Everybody", "Dominic Ferrante"),
            ("It protects everybody — the officer,", "Dominic Ferrante"),
            ("When there's a complaint, we'll", "Dominic Ferrante"),
            ("welcome the transparency", "Kyle Marchand"),
            ("This is a public safety", "Angela Ruiz-Brennan"),
            ("Nobody up here has been", "Frank DiSalvo"),
            ("I'm not going to sign", "Frank DiSalvo"),
            ("It took five years, but", "Marisol Vega"),
            ("in late spring, with full", "Greenhaven Police Department"),
        ],
    ),
    (
        """With volunteer ranks thinning, Ashby Hollow fire department asks voters for paid daytime crew

ASHBY HOLLOW — For most of its 94-year history, the Ashby Hollow Volunteer Fire Department has answered every call with neighbors: farmers, mechanics, a school bus driver, the occasional schoolteacher. Increasingly, though, there is no one to answer.

The department responded to 412 calls last year, up from 286 in 2015. Over the same period, its active roster has dropped from 31 members to 17, and only five of them are reliably available on weekdays, according to Chief Gary Brousseau.

“Between 7 in the morning and 5 at night, some days I’ve got two guys,” Brousseau said during a tour of the station on Main Street last week. “You can’t put a truck on the road with two guys. Not safely.”

At Town Meeting on March 4, voters will be asked to approve $186,000 to hire two full-time firefighter/EMTs who would staff the station from 6 a.m. to 6 p.m. on weekdays. If approved, the article would add roughly 9 cents to the town’s tax rate, according to Town Administrator Lisa Venn.

The department laid out its case in its annual report, printed in this year’s town report. “The current model is not sustainable,” the report states. “Without daytime staffing, response times will continue to increase, and at some point a call will go unanswered.”

Brousseau said that has nearly happened twice in the past year. In September, a crew from neighboring Corliss took 19 minutes to reach a car crash on Route 12 because no Ashby Hollow members were available.

The Select Board voted 2-1 to put the article on the warning. Board member Howard Leclair, who voted against it, said he worried the request was “the first step toward a full-time department this town can’t afford.”

“Once you hire two, you’ll be back next year asking for four,” Leclair said. “I’ve watched it happen in other towns.”

Brousseau disputed that. He said the department has no plans to go fully paid and that a daytime crew would let volunteers focus on nights and weekends, when more of them are around.

A longtime volunteer firefighter, who asked that his name not be used because he did not want to appear to be lobbying voters, said the strain on the remaining members is real.

“You miss your kid’s game, you leave work in the middle of the day, your boss gets sick of it,” he said. “Guys burn out. Then they quit.”

Venn said the town has applied for a federal SAFER grant, which could cover part of the salaries for three years, but will not know whether it was successful until the fall.

An informational meeting is set for Feb. 26 at 7 p.m. at the Ashby Hollow Town Hall. The department will also hold an open house at the station Saturday, March 1, from 10 a.m. to 2 p.m.

“Come see the trucks, meet the people,” Brousseau said. “Then make up your mind.”""",
        [
            ("Between 7 in the morning", "Gary Brousseau"),
            ("You can’t put a truck", "Gary Brousseau"),
            ("The current model is not", "Ashby Hollow Volunteer Fire Department"),
            ("Without daytime staffing, response times", "Ashby Hollow Volunteer Fire Department"),
            ("the first step toward a", "Howard Leclair"),
            ("Once you hire two, you’ll", "Howard Leclair"),
            ("I’ve watched it happen in", "Howard Leclair"),
            ("You miss your kid’s game,", "longtime volunteer firefighter"),
            ("Guys burn out. Then they", "longtime volunteer firefighter"),
            ("Come see the trucks, meet", "Gary Brousseau"),
            ("Then make up your mind.", "Gary Brousseau"),
        ],
    ),
    (
        """Teen charged after threat prompts lockdown at Marlow High School

By Jason Whitfield

MARLOW, N.Y. — A 15-year-old student was charged Thursday with making a terroristic threat after a post on social media prompted a two-hour lockdown at Marlow High School, according to New York State Police.

The student, whose name was not released because of his age, was taken into custody at his home in the town of Marlow around 1:30 p.m., police said. The case was referred to Family Court.

The post, shared in a student group chat shortly before 9 a.m., referenced a shooting at the school and included a photo of what appeared to be a handgun, police said. The weapon in the photo was later determined to be an airsoft pistol.

State Police spokesperson Trooper Melissa Grady said investigators found no evidence the student had access to a real firearm.

"We take every one of these seriously, regardless of what the student says afterward about joking," Grady said. "There's no such thing as a joke when it comes to threatening a school."

In a news release, State Police said the investigation was "active and ongoing" and asked anyone with information to contact the Marlow barracks.

Marlow Central School District Superintendent Dr. Alan Przybylski said in a letter sent to families Thursday afternoon that classes would resume on a normal schedule Friday, with additional police at the high school.

"I want to thank our students and staff, who followed our lockdown procedures exactly as they have practiced," Przybylski wrote. "I also want to thank the student who saw the post and reported it to an adult right away. That is exactly what we ask of our kids."

Students were kept in classrooms from about 9:10 a.m. until 11:15 a.m., when the lockdown was lifted, district officials said. Parents who gathered outside the school were directed to the Marlow Town Hall parking lot, about a quarter mile away, where students were later released to them.

Kerry Lindqvist, whose son is a junior, said she learned of the lockdown from a text message he sent at 9:14 a.m.

"My stomach just dropped," Lindqvist said as she waited outside Town Hall. "You hear about these things on the news every week. You never think it's going to be your school."

Marlow Police Chief Ben Okafor told reporters at a midday news conference that his officers and State Police had responded "within minutes" and searched the building room by room as a precaution.

"At no time was anyone in the building in danger," Okafor said.

School board President Diane Kessler said the board would review the district's response at its next meeting, Feb. 12, and would discuss whether to restore a school resource officer at the high school, a position cut in the 2020 budget.

"That conversation was going to happen anyway," Kessler said. "This just moves it up."

The board meets at 7 p.m. in the district office on Academy Street.""",
        [
            ("We take every one of", "Melissa Grady"),
            ("There's no such thing as", "Melissa Grady"),
            ("active and ongoing", "New York State Police"),
            ("I want to thank our", "Alan Przybylski"),
            ("I also want to thank", "Alan Przybylski"),
            ("My stomach just dropped,", "Kerry Lindqvist"),
            ("You hear about these things", "Kerry Lindqvist"),
            ("within minutes", "Ben Okafor"),
            ("At no time was anyone", "Ben Okafor"),
            ("That conversation was going to", "Diane Kessler"),
            ("This just moves it up.", "Diane Kessler"),
        ],
    ),
]
