CASES = [
    (
        """Hollister State tabs Pruitt as next football coach

By Marcus Ellery
The Hollister Ledger

HOLLISTER, Ore. — Hollister State reached into its own past Tuesday, hiring former Lumberjacks linebacker Dana Pruitt to take over a football program that has won nine games over the last three seasons.

Pruitt, 44, spent the past four years as defensive coordinator at Northern Idaho Tech, where his units ranked in the top 20 nationally in total defense twice. He signed a five-year contract worth $1.65 million annually, according to a term sheet released by the university.

"This place gave me everything I have," Pruitt said at an introductory news conference at Gerald Fenn Fieldhouse. "I met my wife here. I learned how to work here. I'm not coming back to be a caretaker. I'm coming back to win the Cascade Athletic Conference."

Athletic director Renee Castellano said the search drew more than 60 applicants and that Pruitt was the first of three finalists to interview on campus.

"By the end of the first hour, I knew," Castellano said. "He had a plan for recruiting the Portland suburbs, he had a plan for the weight room and he had a plan for his first 100 days. Frankly, he had a plan for my plan."

Pruitt replaces Gary Lindqvist, who was fired Nov. 19 after going 3-8 in his sixth season. Lindqvist's buyout of roughly $900,000 will be paid out over two years, the university said.

Several current players attended the news conference in their green practice jerseys. Senior safety Tevin Oduya called the hire "a jolt" for a locker room that had grown used to losing.

"You can tell he played here," Oduya said. "He knows what it's like to walk across that quad on a Sunday after you lost by 30."

Pruitt said he would retain at least two members of Lindqvist's staff, including offensive line coach Bo Harnish, and would name a defensive coordinator "in the next week or so." He declined to say whether he would call defensive plays himself.

Asked about the program's attendance, which dipped below 11,000 per game this fall for the first time since 2009, Pruitt didn't hesitate: "People in this town will show up for a team that plays hard. That's on me. That's not on them."

University President Alan Whitcomb, who sat in the front row, told reporters after the event that the athletic department's fundraising arm had already secured commitments for a new football operations building, though he would not give a figure.

"We're not going to ask Dana to do this with one hand tied behind his back," Whitcomb said.

Pruitt is expected to be on the road recruiting by Thursday. The early signing period opens Dec. 18.""",
        [
            ("This place gave me everything", "Dana Pruitt"),
            ("I met my wife here.", "Dana Pruitt"),
            ("By the end of the", "Renee Castellano"),
            ("He had a plan for", "Renee Castellano"),
            ("a jolt", "Tevin Oduya"),
            ("You can tell he played", "Tevin Oduya"),
            ("He knows what it's like", "Tevin Oduya"),
            ("in the next week or", "Dana Pruitt"),
            ("People in this town will", "Dana Pruitt"),
            ("We're not going to ask", "Alan Whitcomb"),
        ],
    ),
    (
        """Marlowe guard Jalen Brisco out indefinitely with broken foot

By Courtney Haldane
Jan. 14, 2025

Marlowe's best shot at a first NCAA Tournament bid in 11 years took a serious hit Monday.

Junior guard Jalen Brisco, the Foxes' leading scorer at 17.8 points per game, has a fracture in his right foot and will be out indefinitely, coach Terry Vandermeer announced after practice. Brisco was injured in the second half of Saturday's 71-66 win over Eastfield and had surgery Monday morning in Kansas City, according to a person familiar with the situation who was not authorized to speak publicly.

"He's going to be fine long term, and that's what matters most," Vandermeer said. "But I'm not going to stand up here and pretend it doesn't hurt. It hurts. He's our guy."

The person familiar with the situation said the typical recovery timeline for the procedure is eight to 10 weeks, which would put a return in range of the Heartland Conference tournament in mid-March. Vandermeer would not commit to any timeline, saying only that the team would "let the doctors be the doctors."

Brisco, a transfer from Pell Valley Community College, had scored in double figures in all 16 of Marlowe's games. He posted on social media Monday night from his hospital bed, writing, "Minor setback. Be back before y'all know it."

Marlowe (13-3, 4-1 Heartland) is in a three-way tie for first place with Eastfield and Crane State. The Foxes host Wyandotte on Wednesday.

Vandermeer said sophomore Deshawn Peal would move into the starting lineup and that freshman Kellen Moritz would see more minutes at point guard.

"Deshawn has been waiting for this," Vandermeer said. "Nobody in our program works harder. Now we find out what he's got."

Peal, who is averaging 6.1 points in 18 minutes per game, said the team talked about Brisco's injury as a group Sunday night.

"We're not going to use it as an excuse," Peal said. "J.B. would be mad at us if we did."

Senior forward Aaron Tull put it more bluntly. "Everybody's got to give a little more," he said. "Me included. I've been soft on the glass."

The Marlowe University athletic department said in a statement that Brisco "underwent a successful procedure" and that the school would provide updates "as appropriate." The statement did not specify the type of fracture.

The Foxes were receiving votes in the latest AP poll and are projected as a No. 12 seed in several bracket forecasts.""",
        [
            ("He's going to be fine", "Terry Vandermeer"),
            ("But I'm not going to", "Terry Vandermeer"),
            ("let the doctors be the", "Terry Vandermeer"),
            ("Minor setback. Be back before", "Jalen Brisco"),
            ("Deshawn has been waiting for", "Terry Vandermeer"),
            ("Nobody in our program works", "Terry Vandermeer"),
            ("We're not going to use", "Deshawn Peal"),
            ("J.B. would be mad at", "Deshawn Peal"),
            ("Everybody's got to give a", "Aaron Tull"),
            ("Me included. I've been soft", "Aaron Tull"),
            ("underwent a successful procedure", "Marlowe University athletic department"),
            ("as appropriate.", "Marlowe University athletic department"),
        ],
    ),
    (
        """Athletics to cut men’s swimming, women’s rowing amid $4.2 million deficit

By Priya Ramaswamy, Sports Editor
The Daily Crestline

Crestline University will eliminate its men’s swimming and diving and women’s rowing programs at the end of the spring semester, Athletic Director Howard Beasley announced Thursday in an email to athletes and staff.

The cuts affect 58 athletes and six coaches. Beasley wrote in the email that the department faces a projected $4.2 million shortfall for the coming fiscal year, driven by rising travel costs, conference realignment and the university’s decision to cap its annual subsidy to athletics.

“No one who works in this building got into this business to end somebody’s college career,” Beasley wrote. “This is the most painful decision I have made in 22 years in athletics administration.”

Athletes said they learned of the decision in a 15-minute meeting Thursday morning, less than an hour before the email went out.

“They didn’t take a single question,” said Morgan Tillery, a junior rower from Spokane. “We sat down, they read from a piece of paper and then they left. Half of us were still in our practice gear.”

The university will honor scholarships for affected athletes who choose to remain at Crestline through graduation, according to a frequently asked questions page posted on the athletics website. Athletes who want to transfer will be free to do so immediately, the page says.

Men’s swimming coach Lars Eklund, who has led the program since 2011, said he was informed Wednesday night.

“I’m proud of these guys, and I’ll fight to help every one of them land somewhere,” Eklund said. “But the timing is brutal. Most rosters for next year are already full.”

Faculty Senate Chair Ruth Okonkwo-Daly said the senate had not been consulted and would take up a resolution at its March 6 meeting asking the administration to delay the cuts for one year. She called the process “opaque from start to finish.”

A university spokeswoman said in a statement that the decision was “made after careful review of every available option” and that the administration had briefed the Board of Trustees in January.

Crestline will continue to sponsor 16 varsity sports, the minimum the NCAA requires of schools in the Football Bowl Subdivision.

Alumni of the swimming program have already started an online fundraiser, which had collected more than $140,000 by Friday afternoon. Grant Wexley, a 2009 graduate and former team captain who organized the effort, said the group hopes to show the administration that the program can pay its own way.

“We’re not asking for a handout,” Wexley said. “We’re asking for a chance to pay for it ourselves.”

Beasley did not respond to a request for comment from The Daily Crestline on Friday.""",
        [
            ("No one who works in", "Howard Beasley"),
            ("This is the most painful", "Howard Beasley"),
            ("They didn’t take a single", "Morgan Tillery"),
            ("We sat down, they read", "Morgan Tillery"),
            ("I’m proud of these guys,", "Lars Eklund"),
            ("But the timing is brutal.", "Lars Eklund"),
            ("opaque from start to finish.", "Ruth Okonkwo-Daly"),
            ("made after careful review of", "spokeswoman"),
            ("We’re not asking for a", "Grant Wexley"),
            ("We’re asking for a chance", "Grant Wexley"),
        ],
    ),
    (
        """Gold Line Collective pauses NIL payments to Carver State athletes

By Eli Marchetti
Feb. 3, 2025

The main name, image and likeness collective backing Carver State athletes has suspended monthly payments to more than 40 football and men's basketball players, the organization confirmed Monday.

In a letter sent to athletes and their representatives Friday evening and obtained by this site, the Gold Line Collective said it had "experienced a significant decline in recurring donor commitments" since the end of the football season and would not make February payments "until further notice."

"We recognize the hardship this creates for student-athletes who have relied on these agreements, and we deeply regret it," the letter said. "We are working with our board and with university partners to restore full funding as quickly as possible."

The collective, which operates independently of the university, was founded in 2022 by a group of Carver State alumni led by Wichita-area car dealer Bruce Hammond. Hammond did not return phone and text messages Monday.

Two agents who represent Carver State football players said their clients had been owed between $2,500 and $8,000 a month under their deals. One of them, who spoke on condition of anonymity to protect his clients' relationship with the coaching staff, said several players had already asked him about their options in the spring transfer window, which opens in April.

"These kids signed leases based on these numbers," the agent said. "Some of them are sending money home. You can't just turn off the faucet with a two-paragraph letter."

Carver State athletic director Linda Stroud said in a statement that the university "is not a party" to the collective's contracts but has been "in close contact" with Gold Line leadership since late last week.

"Our department is committed to supporting every one of our student-athletes through this, including access to financial counseling and our academic and mental health resources," Stroud said.

Football coach Rick Delahunt, whose team went 8-5 and won the Frontier Bowl, was asked about the collective's finances at a youth clinic Saturday, a day after the letter went out.

"I've heard some things, and I'm not going to get into rumors," Delahunt told reporters. "What I'll say is that our guys are going to be taken care of, and that's a priority for everybody in this building."

A member of the collective's board, who asked not to be named because the discussions are private, said the board would meet Feb. 10 and that "all options are on the table," including a merger with a smaller collective that supports the school's Olympic sports.

The pause comes as schools across the country prepare to begin sharing revenue directly with athletes under a proposed legal settlement, a shift that several collective leaders have said is already making some donors hesitant to keep giving.

Gold Line raised more than $6 million in 2023, according to figures it published on its website at the time.""",
        [
            ("experienced a significant decline in", "Gold Line Collective"),
            ("until further notice.", "Gold Line Collective"),
            ("We recognize the hardship this", "Gold Line Collective"),
            ("We are working with our", "Gold Line Collective"),
            ("These kids signed leases based", "agent"),
            ("Some of them are sending", "agent"),
            ("is not a party", "Linda Stroud"),
            ("in close contact", "Linda Stroud"),
            ("Our department is committed to", "Linda Stroud"),
            ("I've heard some things, and", "Rick Delahunt"),
            ("What I'll say is that", "Rick Delahunt"),
            ("all options are on the", "member of the collective's board"),
        ],
    ),
    (
        """Westbrook falls to Harlan in NCAA second round on penalty kicks

By Jenna Sorensen
Westbrook Courier-Times

WESTBROOK, Wis. — For 110 minutes, nobody could separate Westbrook and Harlan. In the end, it came down to a goalkeeper's guess.

Harlan's Sofia Lindahl dove to her right to stop Westbrook senior Kayla Brandt's attempt in the fifth round of penalty kicks Sunday, and the visiting Herons advanced to the NCAA Tournament's round of 16 with a 0-0 (4-3 PK) win before a record crowd of 3,412 at Olson Field.

It was the final game for Brandt, a four-time all-conference pick who finishes as the program's career leader in assists.

"I'd take that kick again a hundred times," Brandt said, her eyes red. "I picked my spot. She guessed right. That's soccer."

Westbrook coach Mary Ellen Costa said she told Brandt the same thing on the field.

"Kayla has given this program four years of everything she has, and one kick doesn't change a single thing about what she means to us," Costa said.

"When I took this job," she added, "we were playing in front of 200 people and most of them were parents. Tonight we had 3,400 and the student section was chanting for 40 minutes before kickoff. That's what these seniors built.

"I'm heartbroken for them. I'm also incredibly proud."

Westbrook (15-4-3) had the better of the chances in regulation, outshooting Harlan 14-7, but Lindahl made six saves, including a diving stop on freshman Ana Ruelas in the 78th minute.

"She was the difference," Harlan coach Devin Oakes said of Lindahl. "We didn't play our best game, and we know that. She kept us in it."

Lindahl, a graduate transfer, said she had studied video of Westbrook's penalty takers on the bus ride from the airport. She said she noticed Brandt "likes to open her hips" on spot kicks but would not say whether that factored into her dive.

"Some secrets you keep," Lindahl said with a smile.

Westbrook athletic director Paul Greer said the department would consider bidding to host future NCAA early-round games after Sunday's turnout.

"The atmosphere tonight proved we can do this," Greer said.

The Herons (17-3-2) will face the winner of Monday's match between Dunmore and Kessling in the round of 16 on Friday.""",
        [
            ("I'd take that kick again", "Kayla Brandt"),
            ("I picked my spot. She", "Kayla Brandt"),
            ("Kayla has given this program", "Mary Ellen Costa"),
            ("When I took this job,", "Mary Ellen Costa"),
            ("we were playing in front", "Mary Ellen Costa"),
            ("I'm heartbroken for them. I'm", "Mary Ellen Costa"),
            ("She was the difference,", "Devin Oakes"),
            ("We didn't play our best", "Devin Oakes"),
            ("likes to open her hips", "Sofia Lindahl"),
            ("Some secrets you keep,", "Sofia Lindahl"),
            ("The atmosphere tonight proved we", "Paul Greer"),
        ],
    ),
    (
        """Former gymnasts file federal Title IX complaint against Alder Falls

By Nathan Kowalczyk
The Alder Falls Daily Star

Nine former Alder Falls University gymnasts have filed a complaint with the U.S. Department of Education's Office for Civil Rights alleging the school has violated Title IX by providing the women's gymnastics team with inferior facilities, medical care and travel compared with its men's programs.

The 34-page complaint, filed Monday and reviewed by the Star, describes a practice gym with a leaking roof, a shared athletic trainer who was often unavailable during evening workouts and bus trips of up to nine hours to meets that men's teams of similar size reach by charter flight.

"We were told over and over that the money wasn't there," former team captain Hannah Voss, one of the complainants, said in an interview Tuesday. "Then we'd watch the baseball team load up for the airport."

Voss, who graduated in May, said the group decided to file after the university did not respond to a letter they sent to the athletic department in August.

An attorney for the gymnasts, Carla Jimenez-Boyd of the Denver firm Boyd & Strand, said the complaint seeks an investigation and changes to how the department allocates resources, not money.

"This isn't about a payday," Jimenez-Boyd said. "These women want the next group of gymnasts at Alder Falls to have what the law says they're entitled to."

The university said in a statement that it "takes its obligations under Title IX seriously" and had not yet received formal notice of the complaint from federal officials.

"Alder Falls Athletics has made significant investments in women's sports over the past five years, and we are confident a review will reflect that," the statement said.

A senior athletic department official, speaking on condition of anonymity because the official was not authorized to discuss the matter, said the gymnastics facility was scheduled for renovation in 2026 and that plans had been "in motion well before any of this came up." The official acknowledged that the team had been without a dedicated trainer for much of last season after a staff departure.

Gymnastics coach Lori Brandvold, in her 14th season, declined to comment through a department spokesman.

Federal officials typically take several months to decide whether to open an investigation, and cases that are opened can take a year or more to resolve.

Current gymnasts were not among the complainants. One current team member, who asked not to be named because she feared retaliation, said conditions had improved "a little" this fall but that the roof still leaked during heavy rain.

"We put buckets out," she said. "Everybody knows where the buckets go."

Alder Falls opens its season Jan. 10 at home against Pinecrest.""",
        [
            ("We were told over and", "Hannah Voss"),
            ("Then we'd watch the baseball", "Hannah Voss"),
            ("This isn't about a payday,", "Carla Jimenez-Boyd"),
            ("These women want the next", "Carla Jimenez-Boyd"),
            ("takes its obligations under Title", "Alder Falls University"),
            ("Alder Falls Athletics has made", "Alder Falls University"),
            ("in motion well before any", "senior athletic department official"),
            ("a little", "current team member"),
            ("We put buckets out,", "current team member"),
            ("Everybody knows where the buckets", "current team member"),
        ],
    ),
    (
        """After 31 seasons, Tidewater baseball coach Hal Brannigan to retire

By Sam Whitfield
Coastal Virginia Sports Report

PORT ALMA, Va. — Hal Brannigan has coached more than 1,700 games at Tidewater College, won 1,046 of them and, by his own estimate, raked the infield at Dockside Park "about 10,000 times."

The 67-year-old announced Wednesday that the 2025 season will be his last.

Brannigan, who took over the Mariners in 1994 after eight seasons as an assistant, told his players before an afternoon practice and then met with reporters in the clubhouse. He read from a single handwritten page:

"I've been lucky. I've been lucky to coach kids who cared, lucky to work for people who let me be myself, and lucky to have a wife who understood that from February to June she was basically a single parent.

"I want to go out the right way. That means no farewell tour and no rocking chairs at home plate. We've got a team that can win the conference, and that's the only thing I want anybody in this room focused on."

Then he folded the paper, tucked it in his back pocket and asked if anyone had questions about the weekend rotation.

Brannigan's teams have made 11 NCAA Tournament appearances, most recently in 2021, and won 14 regular-season conference titles. More than 40 of his former players have been drafted, including longtime big-league reliever Chris Okafor.

Athletic director Simone Gaither called Brannigan "the standard for what a Tidewater coach should be" and said a national search for his successor would begin after the season.

Associate head coach Will Dyson, who played for Brannigan from 2003 to 2006 and is widely considered a leading candidate for the job, said he found out along with the rest of the team.

"He didn't give me a heads-up, which is exactly like him," Dyson said. "He didn't want this to be about anybody but the players."

Okafor, reached by phone in Arizona, said Brannigan cut him as a walk-on freshman before giving him a second tryout the following fall.

"He told me I threw hard and had no idea where it was going, which was true," Okafor said. "Everything I have in this game goes back to that second chance."

Asked what he planned to do with his time next summer, Brannigan kept it short: "Fish. Badly."

The Mariners open the season Feb. 14 at home against Bayport.""",
        [
            ("about 10,000 times.", "Hal Brannigan"),
            ("I've been lucky. I've been", "Hal Brannigan"),
            ("I want to go out", "Hal Brannigan"),
            ("the standard for what a", "Simone Gaither"),
            ("He didn't give me a", "Will Dyson"),
            ("He didn't want this to", "Will Dyson"),
            ("He told me I threw", "Chris Okafor"),
            ("Everything I have in this", "Chris Okafor"),
            ("Fish. Badly.", "Hal Brannigan"),
        ],
    ),
    (
        """Regents OK $310M Kessler Arena overhaul; one calls it ‘a gamble’

By Alicia Montoya
The Mesilla Falls Tribune

MESILLA FALLS, N.M. — The Rio Seco University Board of Regents voted 6-1 on Friday to approve a $310 million renovation of Kessler Arena, the 52-year-old home of the Coyotes’ basketball and volleyball teams, clearing the way for construction to begin after the 2025-26 season.

The project will be paid for through a mix of bonds backed by athletics revenue, private gifts and a new $95-per-semester student facilities fee.

Athletic Director Marcus Ybarra told regents the arena’s mechanical systems were “on borrowed time” and that the department had spent $2.3 million on emergency repairs over the past three years.

“We are not asking to build a palace,” Ybarra said. “We are asking to keep a building open that thousands of people in this region walk into every winter.”

The lone no vote came from Regent Delia Sandoval, a retired banker from Albuquerque, who questioned whether ticket and premium seating revenue projections prepared by an outside consultant were realistic.

“I hope I’m wrong. I would love to be wrong,” Sandoval said. “But this is a gamble, and if the numbers don’t come in, it’s the students and the state who will be left holding the bill.”

The plan includes 24 suites, a club level, a new video board and an expanded practice gym. Seating capacity would drop from 14,800 to about 12,500.

Associated Students of Rio Seco President Jordan Thibodeaux spoke against the new fee during public comment, calling it “a tax on students who can’t afford the seats being built.”

Men’s basketball coach Curtis Lang, who attended the meeting, said the building’s condition comes up with nearly every recruit who visits.

“They walk in and they see the history, and they love that,” Lang said. “Then they see the locker room.”

Board Chair Evelyn Marsh said the regents had pushed the administration to reduce the fee from an originally proposed $140 per semester and to guarantee students a set allotment of free tickets to every home game.

“This is a better plan than the one we saw in September,” Marsh said. “Is it perfect? No. But doing nothing is the most expensive option on the table.”

University officials said fundraising has secured $68 million in gifts and pledges, including a $25 million commitment from the Kessler Family Foundation, whose namesake the arena has honored since 1973. In a statement, the foundation said it was “proud to help write the next chapter of a building our family has loved for five decades.”

The university expects to issue the bonds this spring. The Coyotes will play the 2026-27 basketball season at the Doña Ana Events Center while work is underway.""",
        [
            ("a gamble", "Delia Sandoval"),
            ("on borrowed time", "Marcus Ybarra"),
            ("We are not asking to", "Marcus Ybarra"),
            ("We are asking to keep", "Marcus Ybarra"),
            ("I hope I’m wrong. I", "Delia Sandoval"),
            ("But this is a gamble,", "Delia Sandoval"),
            ("a tax on students who", "Jordan Thibodeaux"),
            ("They walk in and they", "Curtis Lang"),
            ("Then they see the locker", "Curtis Lang"),
            ("This is a better plan", "Evelyn Marsh"),
            ("Is it perfect? No. But", "Evelyn Marsh"),
            ("proud to help write the", "Kessler Family Foundation"),
        ],
    ),
]
