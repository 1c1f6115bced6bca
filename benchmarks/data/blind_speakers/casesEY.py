CASES = [
    (
        """Council OKs 12% water rate hike after heated debate

By Dana Kreutzer
Staff Writer

HOLLIS CREEK — Residents of Hollis Creek will pay more for water starting in July after the city council voted 4-1 Monday night to approve a 12% rate increase, the first in nearly a decade.

The increase will add about $6.40 to the average household's monthly bill, according to figures presented by City Administrator Greg Tollefson. The money will go toward replacing a 1950s-era water main under Second Street and paying down debt on the treatment plant built in 2011.

"Nobody up here wants to raise rates," Tollefson told the council. "But we've been putting off this main for 15 years, and it's not going to fix itself."

Council member Ruth Ann Haverkamp cast the lone dissenting vote. She said she supported the project but believed the increase should be phased in over three years.

"We have a lot of people on fixed incomes in this town," Haverkamp said. "Twelve percent at once is a hard pill for them to swallow."

About 30 people attended the meeting at the community center, and several spoke during public comment. Lyle Brandt, who has lived on Second Street for 41 years, said he has seen the street dug up "more times than I can count" because of breaks in the old line.

"Fix it right and fix it once," Brandt said. "I'd rather pay a little more than have brown water coming out of my tap every spring."

Others were less convinced. Marcia Oldenkamp, a retired teacher, questioned whether the city had looked for state or federal grants before turning to ratepayers.

Tollefson said the city applied for a state community development grant last year but was turned down. He said staff would apply again this fall and that any grant money would be used to reduce future increases.

Mayor Dennis Wiebe, who votes only to break ties, said after the meeting that he understood residents' frustration.

"It's never a popular decision," Wiebe said. "But the council did its homework, and I think they made the responsible call."

Under the ordinance, the base monthly charge will rise from $18 to $20.25, and the per-gallon rate will increase by a similar percentage. Commercial customers will see the same increase.

The council will hold a second reading of the ordinance at its May 12 meeting. Construction on the Second Street main is expected to begin in late summer, Tollefson said, and will require the street to be closed between Main and Elm for about six weeks.

Residents with questions can call City Hall at 555-0142.""",
        [
            ("Nobody up here wants to", "Greg Tollefson"),
            ("But we've been putting off", "Greg Tollefson"),
            ("We have a lot of", "Ruth Ann Haverkamp"),
            ("Twelve percent at once is", "Ruth Ann Haverkamp"),
            ("more times than I can", "Lyle Brandt"),
            ("Fix it right and fix", "Lyle Brandt"),
            ("I'd rather pay a little", "Lyle Brandt"),
            ("It's never a popular decision,", "Dennis Wiebe"),
            ("But the council did its", "Dennis Wiebe"),
        ],
    ),
    (
        """Fiscal court split over jail costs as inmate numbers climb

By Shelby Renfro
The Tolliver County Ledger

Tolliver County’s jail is on pace to run more than $400,000 over budget this fiscal year, and magistrates disagreed sharply Tuesday over how to cover the shortfall.

Jailer Ronnie Pruitt told the fiscal court that the jail’s average daily population has grown from 118 to 163 since July, driven largely by drug arrests and a backlog of cases waiting to go to trial in circuit court.

“We’re feeding, housing and providing medical care for 45 more people a day than we budgeted for,” Pruitt said. “That money has to come from somewhere.”

Judge-Executive Carla Jean Moberly proposed moving $250,000 from the county’s road fund and covering the remainder from a reserve account. She said the county had no other practical option before the end of the fiscal year in June.

Magistrate Dwight Slone objected, saying road money was promised to residents in his district, where several gravel roads washed out during spring flooding.

“I’ve got people who can’t get a school bus down their road,” Slone said. “I’m not going to go back and tell them we spent their blacktop on the jail.”

Magistrate Phyllis Eversole said she shared Slone’s concerns but called the jail a “legal obligation” the county could not ignore. Under state law, counties are responsible for housing inmates held on local charges.

“We don’t get to pick and choose on this one,” Eversole said.

After nearly an hour of discussion, the court voted 3-2 to table the measure until its next meeting so the county treasurer could present alternatives. Slone and Magistrate Harold “Buddy” Caudill voted against tabling, with Caudill saying he wanted the issue settled that night.

Moberly said after the meeting that she was disappointed but hopeful.

“Nobody likes where we are,” she said. “But I’d rather take two more weeks and get everybody on board than ram something through.”

The jail also houses state inmates under a contract with the Kentucky Department of Corrections, which pays the county a per-diem rate for each one. Pruitt said that revenue has helped, but that the state rate “hasn’t kept up with what it actually costs us to keep somebody.”

A spokesperson for the Kentucky Department of Corrections said in an email that per-diem rates are set by the General Assembly and that the department “continues to work with county jails to address capacity and cost concerns.”

Commonwealth’s Attorney Mark Lykins, whose office prosecutes felony cases in the county, said the trial backlog dates to the pandemic and is slowly improving. He said his office has added a part-time prosecutor.

The fiscal court’s next regular meeting is May 20 at 6 p.m. at the courthouse annex.""",
        [
            ("We’re feeding, housing and providing", "Ronnie Pruitt"),
            ("That money has to come", "Ronnie Pruitt"),
            ("I’ve got people who can’t", "Dwight Slone"),
            ("I’m not going to go", "Dwight Slone"),
            ("legal obligation", "Phyllis Eversole"),
            ("We don’t get to pick", "Phyllis Eversole"),
            ("Nobody likes where we are,", "Carla Jean Moberly"),
            ("But I’d rather take two", "Carla Jean Moberly"),
            ("hasn’t kept up with what", "Ronnie Pruitt"),
            ("continues to work with county", "spokesperson"),
        ],
    ),
    (
        """Board names interim as permanent superintendent

By Terrell Hughes
Staff Writer

The Coosa Ridge County Board of Education voted unanimously Thursday to name Dr. Angela Merriweather as the district's next superintendent, removing the "interim" from the title she has held since January.

Merriweather, 51, has worked in the district for 24 years as a science teacher, assistant principal at Coosa Ridge High School and, most recently, assistant superintendent for curriculum. She replaces Dr. Wayne Pickens, who retired in December after eight years in the job.

Board President Larry Dean Whitfield said the board received 17 applications from five states but kept coming back to the candidate already in the building.

"She knows every school, every principal and most of the bus drivers by name," Whitfield said. "We talked to some very qualified people, but none of them knew Coosa Ridge the way Dr. Merriweather does."

Merriweather's contract runs three years at an annual salary of $148,500, according to documents provided by the board. The search was conducted with help from the state school boards association, which screened applicants at no cost to the district.

Speaking to a crowd of teachers and parents that filled the central office board room, Merriweather thanked the board and said her first priority would be teacher retention. The district began the school year with 22 vacancies, most in special education and secondary math.

"We can build all the buildings we want, but if we don't have a qualified teacher in front of every child, none of it matters," she said.

She also said she plans to hold "listening sessions" at each of the county's nine schools before the end of the semester.

Teachers in the audience applauded when the vote was announced. Kimberly Oakes, a fourth-grade teacher at Ridgeview Elementary and president of the local education association, said Merriweather had earned the trust of classroom teachers.

"When she was assistant principal, she was the one who'd come cover your class so you could go to the bathroom," Oakes said with a laugh. "People remember that."

Board member Jimmy Sewell, who had pushed for a national search last fall, said he was satisfied with the process.

"I wanted to make sure we looked at everybody, and we did," Sewell said. "At the end of the day, the best person was right here."

Merriweather takes over a district of about 5,200 students that received a B on the most recent state report card. The district is also in the early stages of planning a new career technical center, funded in part by a quarter-cent sales tax voters approved in 2022.

The board will hold a community reception for Merriweather on March 14 at 5 p.m. in the Coosa Ridge High School cafeteria.""",
        [
            ("She knows every school, every", "Larry Dean Whitfield"),
            ("We talked to some very", "Larry Dean Whitfield"),
            ("We can build all the", "Angela Merriweather"),
            ("When she was assistant principal,", "Kimberly Oakes"),
            ("People remember that.", "Kimberly Oakes"),
            ("I wanted to make sure", "Jimmy Sewell"),
            ("At the end of the", "Jimmy Sewell"),
        ],
    ),
    (
        """Library asks voters for first new levy in 20 years

By Megan Stoltzfus
Reporter

WEST MALLORY — The Mallory Township Public Library will ask voters in November to approve a 1-mill levy, the library’s first request for new money since 2004.

The library board voted Wednesday to place the issue on the ballot. If approved, the five-year levy would raise about $310,000 a year and cost the owner of a $100,000 home about $35 annually, according to the Marlow County Auditor’s Office.

Library Director Janet Kowalczyk said state funding, which makes up about 60% of the library’s budget, has been flat for years while costs for utilities, insurance and digital materials have climbed.

“We’ve done everything we can to stretch a dollar,” Kowalczyk said. “We cut hours on Sundays, we left two positions unfilled, and we’ve put off repairs on the roof. We’re at the point where the next step is cutting services people really depend on.”

Board President Tom Hershberger put it more bluntly: “Without this levy, we’re looking at closing one day a week.”

The library, housed in a 1912 Carnegie building on Main Street, recorded more than 84,000 visits last year, according to its annual report. Its children’s summer reading program drew 640 participants, a record.

Kowalczyk said the money would also pay for a long-delayed accessibility project, including an elevator to the second floor, which currently can only be reached by stairs.

“We have patrons who have been coming here for 50 years who can’t get upstairs to the local history room anymore,” she said. “Some of them donated the very photographs that are hanging up there.

“That’s not right, and it’s something we’ve wanted to fix for a long time. An elevator isn’t a luxury in a public building. It’s the law, and it’s the right thing to do.”

Not everyone supports the request. Gary Lindeman, a township trustee who said he was speaking only for himself, said many residents are already struggling with higher property valuations after the county’s reappraisal last year.

“I love the library. My kids grew up in that building,” Lindeman said. “But people just got hit with a big jump in their tax bills, and now we’re asking them for more.”

The Marlow County Taxpayers Association, a local group that has opposed several school levies, said in a statement that it had not yet taken a position but would “review the library’s finances carefully” before November.

Kowalczyk said the library would hold open houses in September to answer questions about the levy. Residents can also find information on the library’s website.

The library board meets the second Wednesday of each month at 6:30 p.m.""",
        [
            ("We’ve done everything we can", "Janet Kowalczyk"),
            ("We cut hours on Sundays,", "Janet Kowalczyk"),
            ("Without this levy, we’re looking", "Tom Hershberger"),
            ("We have patrons who have", "Janet Kowalczyk"),
            ("Some of them donated the", "Janet Kowalczyk"),
            ("That’s not right, and it’s", "Janet Kowalczyk"),
            ("I love the library. My", "Gary Lindeman"),
            ("But people just got hit", "Gary Lindeman"),
            ("review the library’s finances carefully", "Marlow County Taxpayers Association"),
        ],
    ),
    (
        """Flood-damaged roads could take a year to fix, commissioners say

CALDER, Mo. — Wyeth County commissioners said Monday it could be a year or more before all of the county roads damaged in last month's flooding are fully repaired, even with help from federal disaster funds.

Presiding Commissioner Earl Janssen told reporters after the commission's weekly meeting that crews have reopened 31 of the 47 roads closed after the April 18 storm, which dropped more than 8 inches of rain on parts of the county in less than a day.

"We've got the easy ones done," Janssen said. "What's left are the bridges and the low-water crossings, and those are going to take engineering, permits and a lot of money."

The county's preliminary damage estimate stands at $3.2 million, according to Emergency Management Director Kelli Sowers. That figure does not include damage to private property or to state highways.

Sowers said the county has submitted its documentation to the state and is waiting to learn whether the disaster will qualify for federal public assistance. If it does, the federal government would typically cover 75% of eligible repair costs.

"The paperwork is a marathon, not a sprint," Sowers said. "Every culvert, every load of rock, every hour of overtime — we have to be able to show it."

Western District Commissioner Rob Feltner said residents along County Road 214, where a bridge over Little Piney Creek washed out, are facing a 20-mile detour to reach town.

"I hear from them every day, and I don't blame them one bit," Feltner said. "Some of those folks have kids in school and jobs in Calder. That detour is costing them real money in gas."

Feltner said the commission is looking at installing a temporary crossing while a permanent bridge is designed. A county road department employee familiar with the site, who asked not to be named because he was not authorized to speak for the department, said the creek bed had shifted "at least 30 feet" during the flood, complicating any fix.

Eastern District Commissioner Linda Rackers urged patience.

"Our road crews have been working 12-hour days since the water went down," she said. "They're doing everything they can with what we've got."

The commission also voted to extend a local disaster declaration through June 30, which allows the county to bypass some bidding requirements for emergency repairs.

Residents can report road damage by calling the Wyeth County Road and Bridge Department at 555-0190. A list of closed roads is posted on the county's Facebook page and updated daily, Janssen said.""",
        [
            ("We've got the easy ones", "Earl Janssen"),
            ("What's left are the bridges", "Earl Janssen"),
            ("The paperwork is a marathon,", "Kelli Sowers"),
            ("Every culvert, every load of", "Kelli Sowers"),
            ("I hear from them every", "Rob Feltner"),
            ("Some of those folks have", "Rob Feltner"),
            ("at least 30 feet", "county road department employee"),
            ("Our road crews have been", "Linda Rackers"),
            ("They're doing everything they can", "Linda Rackers"),
        ],
    ),
    (
        """Police chief resigns amid state investigation

By Jordan Ledbetter
Herald-Courier staff

BRIAR GAP, Tenn. — Briar Gap Police Chief Steven Culpepper resigned Friday, less than two weeks after state investigators confirmed they were looking into the department’s handling of seized property.

Culpepper, who had led the 14-officer department since 2017, submitted a one-paragraph letter to Mayor Debra Hollins on Friday morning. The town released the letter Friday afternoon.

“After much prayer and discussion with my family, I have decided it is in the best interest of the department and the community for me to step aside,” the letter read. “I am proud of the work the men and women of this department do every day.”

The letter did not mention the investigation. Culpepper did not return calls seeking comment Friday.

Hollins said in a brief statement that she had accepted the resignation and that Lt. Marcus Womack would serve as interim chief.

“The Town of Briar Gap remains committed to transparency and to cooperating fully with state investigators,” the statement said. “Our officers continue to serve this community with professionalism, and residents should expect no interruption in police services.”

A spokeswoman for the Tennessee Bureau of Investigation confirmed Friday that the agency’s inquiry remains open but declined to say what it involves or whether anyone is suspected of wrongdoing.

Two town employees with knowledge of the matter, who spoke on condition of anonymity because they were not authorized to discuss it, said the investigation centers on cash and firearms seized during drug arrests that could not be accounted for during an audit last fall. One of them described the property room as “a mess for years, long before anybody started asking questions.”

Alderman Curtis Brantley, who has been critical of the department’s budget in the past, said he was not surprised by the resignation.

“I think it was the right decision, and I think it was probably overdue,” Brantley said. “But I want to be careful. Nobody has been charged with anything, and folks deserve due process.”

Others defended the outgoing chief. Peggy Sue Tidwell, who owns a diner across the street from the police station, said Culpepper was a regular who knew most of the town by name.

“He’s been good to this town,” Tidwell said. “Whatever happened, I hope people remember that too.”

Womack, a 19-year veteran of the department, said Friday evening that his focus would be on keeping officers on the street.

“We’ve got good people here,” he said. “My job right now is to make sure they can do their jobs without distraction.”

The Board of Mayor and Aldermen is expected to discuss the chief’s position at its regular meeting June 10. Hollins said the town has not decided whether to conduct a national search.""",
        [
            ("After much prayer and discussion", "Steven Culpepper"),
            ("I am proud of the", "Steven Culpepper"),
            ("The Town of Briar Gap", "Debra Hollins"),
            ("Our officers continue to serve", "Debra Hollins"),
            ("a mess for years, long", "town employee"),
            ("I think it was the", "Curtis Brantley"),
            ("But I want to be", "Curtis Brantley"),
            ("He’s been good to this", "Peggy Sue Tidwell"),
            ("Whatever happened, I hope people", "Peggy Sue Tidwell"),
            ("We’ve got good people here,", "Marcus Womack"),
            ("My job right now is", "Marcus Womack"),
        ],
    ),
    (
        """Mayor: Plant closure 'a gut punch' for Linwood

By Brad Vanderhoek
Linwood Daily Journal

LINWOOD, Ind. — Kessler Precision Components will close its Linwood plant by the end of the year, eliminating about 260 jobs in a town of fewer than 7,000 people, the company announced Wednesday.

In a statement, the Michigan-based auto parts supplier said it would consolidate production at facilities in Tennessee and Mexico in an effort "to better align our manufacturing footprint with customer demand."

"This decision was not made lightly and is in no way a reflection of the dedication of our Linwood team," the company said. "We are committed to treating affected employees with respect and will provide severance and transition assistance."

Employees were told of the closure during a series of meetings at the plant Wednesday morning. Production will wind down in phases beginning in September, according to a notice the company filed with the state.

Mayor Rhonda Stuckey said she learned of the decision about an hour before workers did.

"It's a gut punch," Stuckey said. "Kessler has been here since 1978. There are families in this town where three generations have worked in that plant."

Stuckey said the city would work with the county economic development office to market the 180,000-square-foot building to other manufacturers. She noted the site has rail access and sits less than 5 miles from Interstate 69.

"It's a good building with good bones, and we have a trained workforce that's about to be available," she said. "We're going to be aggressive about this."

Dale Hinshaw, president of United Auto Workers Local 2291, which represents about 190 of the plant's hourly workers, said the union would press the company for better severance terms.

"These people kept that plant running through COVID, through the chip shortage, through everything," Hinshaw said. "The least the company can do is make sure they walk out the door with something to show for it."

He said the union had been told during contract negotiations two years ago that the plant's future was secure. A company spokesman did not respond to a question about those talks.

Outside the plant gate Wednesday afternoon, workers leaving first shift described a somber mood inside. One machine operator with 22 years at the plant, who asked that her name not be used because she still works for the company, said many co-workers were in tears.

"Nobody's talking about anything else," she said. "A lot of us don't know how to do anything but this."

Jeff Amstutz, 34, said he had been at the plant for 11 years and planned to look for work in Fort Wayne or Muncie.

"I've got a mortgage and two kids," Amstutz said. "I can't wait around to see who buys the building."

The regional workforce office will hold an information session for affected workers May 8 at the Linwood Community Center, Stuckey said.""",
        [
            ("a gut punch", "Rhonda Stuckey"),
            ("to better align our manufacturing", "Kessler Precision Components"),
            ("This decision was not made", "Kessler Precision Components"),
            ("We are committed to treating", "Kessler Precision Components"),
            ("It's a gut punch,", "Rhonda Stuckey"),
            ("Kessler has been here since", "Rhonda Stuckey"),
            ("It's a good building with", "Rhonda Stuckey"),
            ("We're going to be aggressive", "Rhonda Stuckey"),
            ("These people kept that plant", "Dale Hinshaw"),
            ("The least the company can", "Dale Hinshaw"),
            ("Nobody's talking about anything else,", "machine operator"),
            ("A lot of us don't", "machine operator"),
            ("I've got a mortgage and", "Jeff Amstutz"),
            ("I can't wait around to", "Jeff Amstutz"),
        ],
    ),
    (
        """Aldermen accept $750,000 grant for downtown sidewalks

By LaToya Brinson
Staff Writer

MAGNOLIA SPRINGS — The Magnolia Springs Board of Aldermen on Tuesday accepted a $750,000 grant that will pay for new sidewalks, lighting and drainage along four blocks of Front Street, a project city leaders have been chasing for nearly five years.

The money comes through a state program for small-town downtowns, and the city must provide a 20% match, or about $150,000, according to City Clerk Bettye Lofton. Aldermen voted 5-0 to take the match from the city’s capital improvements fund.

Mayor Harold Pittman called the grant “the best news this downtown has had in 20 years.”

“When I was a boy, you couldn’t find a parking spot on Front Street on a Saturday,” Pittman said. “We’re not going to bring all of that back with a sidewalk. But you have to start somewhere, and people don’t want to walk on broken concrete in the dark.”

In a letter to the city announcing the award, the program’s director, Andrea Whitlock, wrote that Magnolia Springs’ application stood out because of “strong local partnerships and a clear plan for long-term maintenance.”

The application was prepared with help from the Magnolia Springs Main Street Association, a volunteer group of business owners. Its president, Carol Ann Beasley, owns a gift shop on Front Street and said merchants had lobbied for the improvements for years.

“We’ve had customers trip on those sidewalks. We’ve had a lady break her wrist,” Beasley said. “So for us, this isn’t about looking pretty. It’s about people feeling safe coming downtown.”

Ward 3 Alderman Willie Grant Jr. supported the grant but raised concerns about whether other parts of town would see similar investment.

“I’m for this, I voted for it, and I’ll keep voting for it,” Grant said. “But I represent people on the north side who have no sidewalks at all. Not broken sidewalks — none. I want to make sure we don’t forget about them.”

Pittman said the city is preparing a separate application for a federal transportation grant that would cover sidewalks along Hargrove Road on the north side.

Work on Front Street is expected to begin in early spring and take about six months, according to the city engineer’s office. Lofton said businesses will remain open during construction and the city will work with the contractor to keep at least one side of the street accessible at all times.

The board also approved a resolution proclaiming October as Hometown Pride Month and heard a report from Police Chief Tommy Ray Baggett, who said vehicle break-ins have dropped since the department added a night patrol downtown.

“Having a car down there after dark makes a difference,” Baggett said.

The next regular meeting of the Board of Aldermen is Oct. 15 at 6 p.m. at City Hall.""",
        [
            ("the best news this downtown", "Harold Pittman"),
            ("When I was a boy,", "Harold Pittman"),
            ("We’re not going to bring", "Harold Pittman"),
            ("strong local partnerships and a", "Andrea Whitlock"),
            ("We’ve had customers trip on", "Carol Ann Beasley"),
            ("So for us, this isn’t", "Carol Ann Beasley"),
            ("I’m for this, I voted", "Willie Grant Jr."),
            ("But I represent people on", "Willie Grant Jr."),
            ("Having a car down there", "Tommy Ray Baggett"),
        ],
    ),
]
