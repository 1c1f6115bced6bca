CASES = [
    (
        """Marlow County school board votes 4-3 to close Pinecrest Elementary

By Danielle Okafor

Published: Feb. 12, 2024 at 10:41 PM CST

MARLOW COUNTY, Okla. (KTVR) - After more than three hours of public comment, the Marlow County Public Schools board voted 4-3 Monday night to close Pinecrest Elementary at the end of the school year.

The decision means about 210 students will be moved to Westfield Elementary and Harlan Creek Elementary starting in August. District leaders say the 61-year-old building needs an estimated $6.8 million in repairs, including a new roof and HVAC system.

"We did not come to this lightly," said board president Gary Whitcomb. "Every one of us has a connection to that building. But I can't in good conscience ask taxpayers to pour millions into a school that's running at half capacity."

Superintendent Dr. Renee Castillo told the board that enrollment at Pinecrest has dropped from 390 students in 2015 to 214 this year.

"The numbers are the numbers," Castillo said. "What we owe these kids is a good building and a full classroom of peers, and we can give them that at Westfield."

Parents who packed the Marlow High School cafeteria disagreed. More than 40 people signed up to speak, and nearly all of them asked the board to keep the school open.

Tasha Brennan, whose two children attend Pinecrest, said the closure would add nearly 30 minutes to her son's bus ride.

"He's only seven years old," Brennan said. "He already gets on the bus at 6:50 in the morning. You're telling me he's going to be on there until almost eight?"

Another parent, Luis Arredondo, questioned the repair estimate, calling it "a number somebody pulled out of thin air" and asking the district to get a second opinion.

Board member Karen Stiles, who voted against the closure, said the board moved too quickly.

"I think we owed this community one more year," Stiles said. "We could have looked at a bond. We could have looked at grants. We didn't do any of that."

Board members Tom Yancey and Shelby Dorn also voted no.

According to the district, teachers and staff at Pinecrest will be offered positions at other schools in the district. A transition committee made up of parents and staff will meet for the first time in March.

The district said in a statement after the meeting that it "understands the deep emotions surrounding this decision" and will hold an open house at Westfield Elementary this spring for incoming families.

Castillo said the district will also look at what to do with the Pinecrest building, which sits on about eight acres along Route 9.

"Nothing is off the table," she said.""",
        [
            ("We did not come to", "Gary Whitcomb"),
            ("Every one of us has", "Gary Whitcomb"),
            ("The numbers are the numbers,", "Renee Castillo"),
            ("What we owe these kids", "Renee Castillo"),
            ("He's only seven years old,", "Tasha Brennan"),
            ("He already gets on the", "Tasha Brennan"),
            ("a number somebody pulled out", "Luis Arredondo"),
            ("I think we owed this", "Karen Stiles"),
            ("We could have looked at", "Karen Stiles"),
            ("understands the deep emotions surrounding", "Marlow County Public Schools"),
            ("Nothing is off the table,", "Renee Castillo"),
        ],
    ),
    (
        """'It sounded like a freight train': NWS confirms EF-2 tornado hit Dalton Springs

Published: Apr. 3, 2024 at 6:27 PM EDT | Updated: 9 hours ago

DALTON SPRINGS, Ky. (WKBT) - The National Weather Service has confirmed that an EF-2 tornado with peak winds of 125 mph touched down just outside Dalton Springs late Tuesday night, tearing roofs off homes and snapping trees along a path roughly six miles long.

Survey crews from the NWS office in Louisville spent Wednesday walking neighborhoods on the city's east side. In a preliminary report, the agency said the tornado was on the ground for about 11 minutes and reached a maximum width of 300 yards.

No deaths were reported. Hardin-Mercer County Emergency Management said three people were treated for minor injuries at Dalton Springs Regional Medical Center and released.

Marcy Tolliver was in her kitchen on Locust Ridge Road when the power went out.

"It sounded like a freight train coming right through the living room," Tolliver said. "I grabbed the dog and got in the bathtub, and I just prayed."

When she came out, the back half of her roof was gone. Her neighbor's detached garage was sitting in her yard.

"I've lived here 34 years and I've never seen anything like it," she said.

Emergency management director Wade Pruitt said at least 47 homes were damaged, nine of them severely. Two businesses along U.S. 31E, including a farm supply store, also took significant damage.

"We're still in the assessment phase," Pruitt told reporters at a Wednesday afternoon briefing. "Those numbers are going to go up, I'd expect, once we get into some of the more rural areas."

Pruitt asked people to stay off Locust Ridge Road and Copper Mill Lane while crews clear debris and restore power lines.

Bluegrass Rural Electric Cooperative said around 2,100 customers were still without power Wednesday evening. The company said it expected to restore service to "the vast majority" of them by late Thursday.

Mayor Dennis Haley declared a local state of emergency Wednesday morning, a step that allows the city to request state assistance.

"Dalton Springs takes care of its own, and we're already seeing that," Haley said in a statement. "I've watched neighbors with chainsaws out before the sun came up. That's who we are."

The American Red Cross opened a shelter at First Baptist Church on Main Street. Volunteers said about a dozen people stayed there overnight.

Meteorologist Jenna Ruiz with the WKBT First Alert Weather Team said the storm that produced the tornado developed quickly along a line moving in from southern Indiana.

"This was one of those cells that spun up fast," Ruiz said. "The warning went out about nine minutes before touchdown, and that lead time absolutely mattered."

Anyone who needs help with cleanup can call the county's storm line at 270-555-0142.""",
        [
            ("It sounded like a freight", "Marcy Tolliver"),
            ("It sounded like a freight", "Marcy Tolliver"),
            ("I grabbed the dog and", "Marcy Tolliver"),
            ("I've lived here 34 years", "Marcy Tolliver"),
            ("We're still in the assessment", "Wade Pruitt"),
            ("Those numbers are going to", "Wade Pruitt"),
            ("the vast majority", "Bluegrass Rural Electric Cooperative"),
            ("Dalton Springs takes care of", "Dennis Haley"),
            ("I've watched neighbors with chainsaws", "Dennis Haley"),
            ("This was one of those", "Jenna Ruiz"),
            ("The warning went out about", "Jenna Ruiz"),
        ],
    ),
    (
        """Dunleavy after loss to Northern Prairie State: ‘We didn’t deserve to win’

By Colby Hartman

Published: Oct. 12, 2024 at 11:02 PM CDT

ASHFORD, S.D. (KDNR) — Dakota Plains head coach Ray Dunleavy didn’t mince words after the Thunderbirds’ 31-17 home loss to Northern Prairie State on Saturday.

“We didn’t deserve to win that football game,” Dunleavy said in his postgame press conference. “We turned it over three times, we had 11 penalties, and we couldn’t get off the field on third down. You’re not beating anybody in this league playing like that, let alone a top-10 team.”

The loss drops Dakota Plains to 3-3 overall and 1-2 in the Great Prairie Football Conference.

The Thunderbirds trailed just 14-10 at halftime before back-to-back turnovers early in the third quarter flipped the game. Quarterback Jace Lindqvist threw an interception on the first drive of the half, and running back Deon Whitfield fumbled at the Dakota Plains 22 two possessions later. The Huskies scored touchdowns after both.

Lindqvist, a junior from Sioux Falls, finished 19 of 33 for 224 yards with one touchdown and two interceptions. He took responsibility for the momentum swing.

“That first pick is on me,” Lindqvist said. “I saw the safety rotate late and I tried to fit it in there anyway. That’s a throw I can’t make.”

Dunleavy was asked whether he had considered making a change at quarterback. He said no.

“Jace is our guy,” he said. “He’s a competitor. He’ll watch the film tomorrow and he’ll be harder on himself than I’ll ever be.”

Defensively, the Thunderbirds allowed 412 total yards, including 228 on the ground. Linebacker Micah Brandt, who led the team with 11 tackles, said the defense “got out-physicaled up front” after halftime.

“They just leaned on us,” Brandt said. “Give them credit. They ran the same two or three plays and we didn’t have an answer. That’s got to change starting Monday.”

One bright spot: freshman wide receiver Tyrese Oduya caught six passes for 97 yards and his first career touchdown, a 41-yard catch-and-run in the second quarter. Dunleavy called him “a guy who’s going to be a special player in this conference for a long time.”

Attendance at Thunderbird Field was announced at 9,412, the second-largest crowd of the season.

Dakota Plains travels to Western Prairie on Saturday. Kickoff is set for 2 p.m. Central.

“We’ve got six games left,” Dunleavy said. “Nobody in that locker room is quitting. I can promise you that.”""",
        [
            ("We didn’t deserve to win", "Ray Dunleavy"),
            ("We didn’t deserve to win", "Ray Dunleavy"),
            ("We turned it over three", "Ray Dunleavy"),
            ("That first pick is on", "Jace Lindqvist"),
            ("I saw the safety rotate", "Jace Lindqvist"),
            ("Jace is our guy,", "Ray Dunleavy"),
            ("He’s a competitor. He’ll watch", "Ray Dunleavy"),
            ("got out-physicaled up front", "Micah Brandt"),
            ("They just leaned on us,", "Micah Brandt"),
            ("Give them credit. They ran", "Micah Brandt"),
            ("a guy who’s going to", "Ray Dunleavy"),
            ("We’ve got six games left,", "Ray Dunleavy"),
            ("Nobody in that locker room", "Ray Dunleavy"),
        ],
    ),
    (
        """Tidewater State's leading scorer Malik Townsend enters transfer portal

By Sarah Klein

Published: Mar. 27, 2024 at 5:18 PM EDT

PORT HAVEN, Va. (WTDN) - Tidewater State guard Malik Townsend, the Mariners' leading scorer and a first-team all-conference pick, has entered the NCAA transfer portal, he announced Wednesday.

Townsend, a junior from Richmond, averaged 18.9 points and 4.2 assists this season as Tidewater State went 21-12 and reached the semifinals of the Atlantic Shore Conference tournament.

In a post on Instagram, Townsend thanked coaches, teammates and fans.

"Port Haven will always be home for me," he wrote. "Y'all took a chance on a kid nobody was recruiting and I'll never forget that. But after a lot of prayer and talks with my family, I feel like it's time for a new chapter."

The move was not a complete surprise. A person familiar with the situation told WTDN that several high-major programs had reached out to Townsend's camp in recent weeks. The person spoke on condition of anonymity because they were not authorized to discuss the matter publicly.

"Everybody knew this was a possibility," the person said. "When you put up the numbers he put up, people notice."

Head coach Bryan Kessler said in a statement released by the athletic department that the program supports Townsend's decision.

"Malik gave everything he had to this program for three years," Kessler said. "He's a big reason we've been able to build what we've built here. We wish him nothing but the best, and he'll always be a Mariner."

Townsend is the third Tidewater State player to enter the portal since the season ended, joining forward Chris Abernathy and backup point guard Jalen Moody.

Athletic director Linda Faircloth acknowledged the challenge of keeping players in the era of name, image and likeness deals and unlimited transfers.

"It's the landscape we're in," Faircloth said Wednesday afternoon. "We're not going to be able to outbid everybody. What we can offer is development, a great education and a coach who's going to put you in a position to succeed. Malik is proof of that."

Faircloth said the school's NIL collective, the Mariner Alliance, has raised more than $400,000 since launching last fall, and she expects that number to grow.

Kessler will have to replace more than 40 percent of the team's scoring. The Mariners return senior center Obi Nwankwo and sophomore guard Tre Latham, who came on strong late in the season, averaging 13 points over the final 10 games.

Fans on social media were split, with some wishing Townsend well and others frustrated to see another homegrown star leave.

The spring transfer window closes April 30.""",
        [
            ("Port Haven will always be", "Malik Townsend"),
            ("Y'all took a chance on", "Malik Townsend"),
            ("Everybody knew this was a", "person familiar with the situation"),
            ("When you put up the", "person familiar with the situation"),
            ("Malik gave everything he had", "Bryan Kessler"),
            ("He's a big reason we've", "Bryan Kessler"),
            ("It's the landscape we're in,", "Linda Faircloth"),
            ("We're not going to be", "Linda Faircloth"),
        ],
    ),
    (
        """Granite Valley school board adopts new library book review policy

By Marcus Bell

Updated: Sep. 19, 2023 at 6:45 AM MDT

GRANITE VALLEY, Idaho (KIDV) — After months of debate, the Granite Valley School District board of trustees on Monday approved a new policy that changes how parents can challenge books in school libraries.

The policy, approved 3-2, creates a districtwide review committee of teachers, librarians and parents. Any book that is formally challenged will stay on shelves while the committee reviews it, but parents will be able to opt their own children out of checking out specific titles.

Trustee Rachel Ambrose, who drafted much of the policy, said the goal was to give families a voice without pulling books districtwide.

“Parents have a right to know what their kids are reading and to make choices for their own family,” Ambrose said. “What they don’t have is the right to make that choice for everybody else’s family.”

The debate began last spring when a parent filed a complaint about the young adult novel “The Weight of Small Things,” which is available at Granite Valley High School. The book was briefly removed while administrators reviewed it, then returned to shelves in May.

Trustee Doug Hensley, who voted against the policy, said it doesn’t go far enough.

“We’re asking parents to play whack-a-mole,” Hensley said. “They have to find the book, file the form, wait for a committee. Meanwhile the book’s still sitting there.”

He pushed for a movie-style rating system instead, an idea the majority rejected.

Nearly 30 people spoke during public comment. Among them was Evelyn Marsh, a retired librarian who worked at Granite Valley Middle School for 22 years. She told trustees:

“I have seen every kind of book challenge you can imagine. A parent once asked me to pull a dictionary. The process you’re voting on tonight is fair, it’s transparent, and it respects parents.

“Please don’t let the loudest voices in this room decide what every child in this district gets to read.”

Another speaker, parent Kyle Dempsey, said he still had concerns about what he called “adult content dressed up as young adult fiction,” but said the policy was “a step in the right direction.”

Superintendent Alan Whitaker said district staff would begin training librarians on the new procedures next month. According to a district summary of the policy, the review committee must issue a decision within 45 school days of receiving a challenge.

“Our librarians are professionals, and this policy trusts them to do their jobs,” Whitaker said after the meeting. “It also gives parents a clear path when they have a concern. I think that’s the balance the board was looking for.”

The Gem State Library Alliance, which sent a letter to trustees in August, said it was pleased with the outcome. The letter had urged the board to keep challenged books available during review, warning that removing them first “sends the message that accusation equals guilt.”

The policy takes effect Oct. 1.""",
        [
            ("Parents have a right to", "Rachel Ambrose"),
            ("What they don’t have is", "Rachel Ambrose"),
            ("We’re asking parents to play", "Doug Hensley"),
            ("They have to find the", "Doug Hensley"),
            ("I have seen every kind", "Evelyn Marsh"),
            ("Please don’t let the loudest", "Evelyn Marsh"),
            ("adult content dressed up as", "Kyle Dempsey"),
            ("a step in the right", "Kyle Dempsey"),
            ("Our librarians are professionals, and", "Alan Whitaker"),
            ("It also gives parents a", "Alan Whitaker"),
            ("sends the message that accusation", "Gem State Library Alliance"),
        ],
    ),
    (
        """Flash flooding damages Harmon State baseball stadium, forces dorm evacuation

Published: Mar. 10, 2024 at 4:55 PM EDT

HARMON, W.Va. (WCRT) - Cleanup is underway at Harmon State University after flash flooding early Sunday sent water from Little Tygart Creek across the lower part of campus, damaging the baseball stadium and forcing dozens of students out of a residence hall.

The National Weather Service said parts of Barlow County received more than four inches of rain in under three hours. The creek crested at 14.2 feet around 3 a.m., nearly five feet above flood stage, according to a river gauge near the campus.

University spokesperson Kendra Holloway said 68 students living on the first floor of Ridgeview Hall were moved to other buildings overnight as a precaution. No one was hurt.

"Our residence life staff were knocking on doors at 1:30 in the morning," Holloway said. "Everybody was out within about 40 minutes. The students were incredibly patient, and we're grateful for that."

The hardest-hit facility was Corbin Field, home of the Harmon State baseball team. Photos posted by the team on social media showed the infield buried under several inches of mud and the home dugout partially submerged.

Head baseball coach Travis McCaskey said the damage was worse than what the field saw during flooding in 2016.

"I walked out there this morning and honestly I just stood there for a minute," McCaskey said. "The turf in the outfield might be salvageable. The infield dirt is gone. The batting cages are gone. The pitching machines were sitting in two feet of water."

McCaskey said players showed up on their own Sunday afternoon with shovels and wheelbarrows.

"Nobody asked them to," he said. "That tells you everything about this group."

The Bobcats were scheduled to open their home schedule Friday against Shepherd Valley. The university said in a statement Sunday evening that the three-game series will be moved to Shepherd Valley's campus, and that Harmon State will host the teams' series next season instead.

"Our facilities staff are assessing the damage and working with our insurance carrier," the statement said. "We will share a timeline for repairs as soon as we have one."

Athletic director Paul Riggleman estimated repairs to Corbin Field could top $750,000 but cautioned that it was "way too early" for a firm figure.

Barlow County Office of Emergency Management director Sandra Kiefer said several roads near campus, including parts of Creekside Drive and Route 20, remained closed Sunday because of mud and debris. Crews were also checking a culvert under College Avenue that may have been undermined.

"If you see water over the road, don't drive through it," Kiefer said. "We say it every time, and every time somebody tries it anyway."

Students who need assistance can contact the Harmon State Dean of Students office.""",
        [
            ("Our residence life staff were", "Kendra Holloway"),
            ("Everybody was out within about", "Kendra Holloway"),
            ("I walked out there this", "Travis McCaskey"),
            ("The turf in the outfield", "Travis McCaskey"),
            ("Nobody asked them to,", "Travis McCaskey"),
            ("That tells you everything about", "Travis McCaskey"),
            ("Our facilities staff are assessing", "Harmon State University"),
            ("We will share a timeline", "Harmon State University"),
            ("way too early", "Paul Riggleman"),
            ("If you see water over", "Sandra Kiefer"),
            ("We say it every time,", "Sandra Kiefer"),
        ],
    ),
    (
        """Storm rips roof off Cooper Bend High gym; board approves emergency repairs

By Alyssa Tran

Published: Jun. 3, 2024 at 7:12 PM CDT

COOPER BEND, Texas (KLBX) — The Cooper Bend ISD board of trustees held an emergency meeting Monday to approve repairs at Cooper Bend High School after straight-line winds tore a large section of roof off the school’s main gymnasium over the weekend.

The storm rolled through the area just before midnight Saturday with winds the National Weather Service estimated at 80 to 90 mph. The agency’s damage survey found no evidence of a tornado, meteorologists said.

Superintendent Dr. Carla Benavides told trustees the damage includes a roughly 4,000-square-foot hole in the gym roof, water damage to the hardwood floor and bleachers, and broken windows in the adjacent field house.

“When I walked in Sunday morning, you could see sky where the scoreboard used to be,” Benavides said. “It was a gut punch. That gym is the heart of this campus.”

Trustees voted unanimously to waive the district’s normal bidding process and authorize up to $1.2 million for emergency repairs, which Benavides said would largely be covered by insurance.

Board president Ray Solis said the board wanted to move quickly so the building would be ready by fall.

“We have volleyball starting in August, we have basketball right behind it, we have graduation events,” Solis said. “We don’t have the luxury of waiting around.”

The district said summer school classes, which were scheduled to begin June 10 at the high school, will be moved to Cooper Bend Middle School. No other district buildings had major damage, according to a district news release.

Head volleyball coach Amanda Pruett was among the staff who helped haul equipment out of the gym Sunday.

“The girls kept texting me asking if they could come help,” Pruett said. “I told them to stay home and stay safe, but that’s the kind of kids we have here.”

Across town, residents were still cleaning up fallen limbs and damaged fences. Central Plains Electric reported more than 6,000 outages in the area at the height of the storm.

Jimmy Hardesty, who lives two blocks from the high school, said a pecan tree that had stood in his yard since the 1950s came down across his driveway.

“My granddaddy planted that tree,” Hardesty said. “I heard it go, and I knew exactly what it was.”

Cooper Bend Fire Chief Luis Moreno said crews responded to 37 calls between midnight and 6 a.m. Sunday, mostly for downed power lines and trees on homes. He urged residents to treat any downed line as live and to call 911.

The National Weather Service said in its survey that the damage was consistent with “a long swath of intense straight-line winds from a bowing line of storms.”

Trustees will receive an update on repair progress at their regular June 17 meeting.""",
        [
            ("When I walked in Sunday", "Carla Benavides"),
            ("It was a gut punch.", "Carla Benavides"),
            ("We have volleyball starting in", "Ray Solis"),
            ("We don’t have the luxury", "Ray Solis"),
            ("The girls kept texting me", "Amanda Pruett"),
            ("I told them to stay", "Amanda Pruett"),
            ("My granddaddy planted that tree,", "Jimmy Hardesty"),
            ("I heard it go, and", "Jimmy Hardesty"),
            ("a long swath of intense", "National Weather Service"),
        ],
    ),
    (
        """Delta Highlands softball clinches first conference title since 2009

By Trey Whitman

Published: May. 5, 2024 at 9:48 PM CDT

CLARKSTON, Miss. (WDLX) - For the first time in 15 years, the Delta Highlands softball team is a conference champion.

The Lady Lions beat Gulf Coast Christian 5-2 on Sunday afternoon at Lion Softball Complex to win the series and clinch the Southern Delta Conference regular-season title. Delta Highlands (38-14, 19-5 SDC) will be the top seed in next week's conference tournament in Meridian.

Senior pitcher Kaylee Dufrene, known to teammates as "The Closer," allowed two runs on five hits over seven innings and struck out nine. She got the final out on a ground ball back to the circle and tossed it to first before being mobbed by teammates.

"I've been dreaming about that moment since I got here," Dufrene told reporters after the game, still holding the ball. "We've had some really good teams that came up short. To be the ones that finally got it done, I don't even have words right now."

Head coach Tammy Brouillette, in her sixth season, was doused with a cooler of water during the on-field celebration.

"These kids earned every bit of this," Brouillette said. "We lost four of our first six conference games and people were writing us off. They didn't flinch. They just kept showing up."

Delta Highlands broke open a 2-2 game in the fifth inning when sophomore shortstop Ana Villarreal lined a bases-clearing double to the left-center gap. Villarreal finished 2-for-3 with three RBIs.

"She threw me a changeup the at-bat before and I was way out in front," Villarreal said. "I was just looking for something I could drive this time. I got it."

Brouillette, who played at Delta Highlands in the late 1990s, called the title "the most fun I've ever had in this sport, playing or coaching."

The team's last conference championship in 2009 came under longtime coach Earline Mabry, who was in attendance Sunday. Brouillette said Mabry called her the night before to wish the team luck.

Athletic director Greg Tolbert said in a statement that the university was "incredibly proud of these young women."

"Coach Brouillette has built a program that reflects everything we want Delta Highlands athletics to be," Tolbert said. "This championship is a credit to her, her staff and a group of student-athletes who never stopped believing."

The Lady Lions will likely learn their first-round tournament opponent Monday. The tournament winner earns the conference's automatic bid to the NCAA Division II tournament.

Brouillette said the team would enjoy the night before turning its attention to the postseason.

"We're going to celebrate tonight," she said. "Tomorrow, we go back to work."

The SDC tournament begins Thursday.""",
        [
            ("I've been dreaming about that", "Kaylee Dufrene"),
            ("We've had some really good", "Kaylee Dufrene"),
            ("These kids earned every bit", "Tammy Brouillette"),
            ("We lost four of our", "Tammy Brouillette"),
            ("She threw me a changeup", "Ana Villarreal"),
            ("I was just looking for", "Ana Villarreal"),
            ("the most fun I've ever", "Tammy Brouillette"),
            ("incredibly proud of these young", "Greg Tolbert"),
            ("Coach Brouillette has built a", "Greg Tolbert"),
            ("This championship is a credit", "Greg Tolbert"),
            ("We're going to celebrate tonight,", "Tammy Brouillette"),
            ("Tomorrow, we go back to", "Tammy Brouillette"),
        ],
    ),
]
