CASES = [
    (
        """Whitacre throws 3 TDs as Northern Plains State rallies past Coulter 31-27

CEDAR FORKS, S.D. — Jalen Whitacre threw three touchdown passes, including a 22-yarder to Marcus Tillery with 41 seconds left, and Northern Plains State rallied to beat Coulter 31-27 on Saturday.

Whitacre finished 24 of 35 for 312 yards for the Bison (5-2, 3-1 Prairie Athletic Conference), who trailed 27-17 early in the fourth quarter.

"We've been in that spot before, and nobody on the sideline panicked," Whitacre said. "The line gave me time on that last drive, and Marcus just made a play."

Tillery caught seven passes for 118 yards. On the winning score, he broke off his route when Whitacre was flushed to his left and found a seam in the back of the end zone.

"I saw him rolling and I just kept working," Tillery said. "That's something we practice every Thursday."

Coulter (3-4, 1-3) had taken the lead on Desmond Avery's 64-yard run midway through the third quarter and added a 31-yard field goal from Nate Kowalczyk early in the fourth. Avery ran for 146 yards on 21 carries.

Coulter coach Ray Lindqvist said his defense "played hard for 59 minutes" but could not get off the field when it mattered.

"You give a quarterback like that two chances at the end, he's going to make you pay," Lindqvist said. "We had a couple of guys in the wrong spot on the last one. That's on me."

Northern Plains State coach Tom Brekke credited his defense for forcing a three-and-out on Coulter's final possession before the winning drive.

"That stop is the game," Brekke said. "People will remember the throw, but our guys up front had to win that series first."

THE TAKEAWAY

Coulter: The Cougars have now lost three games by a touchdown or less. Their running game is among the best in the conference, but the passing attack managed just 131 yards.

Northern Plains State: Whitacre has thrown for at least 250 yards in five straight games, and the Bison remain one game behind league-leading Holloway.

INJURY REPORT

Bison linebacker Isaiah Grunwald left in the second quarter with what Brekke described as "a lower-body thing" and did not return. Brekke said after the game he considered Grunwald "day-to-day."

UP NEXT

Coulter: Hosts Redwater State next Saturday.

Northern Plains State: At Holloway next Saturday.""",
        [
            ("We've been in that spot", "Jalen Whitacre"),
            ("The line gave me time", "Jalen Whitacre"),
            ("I saw him rolling and", "Marcus Tillery"),
            ("That's something we practice every", "Marcus Tillery"),
            ("played hard for 59 minutes", "Ray Lindqvist"),
            ("You give a quarterback like", "Ray Lindqvist"),
            ("We had a couple of", "Ray Lindqvist"),
            ("That stop is the game,", "Tom Brekke"),
            ("People will remember the throw,", "Tom Brekke"),
            ("a lower-body thing", "Tom Brekke"),
            ("day-to-day.", "Tom Brekke"),
        ],
    ),
    (
        """Mill Valley falls to Eastbrook in Class 3A state semifinal

By Kayla Morrow
Staff Writer

TERRE HAUTE — For three quarters Saturday, the Mill Valley girls basketball team looked every bit like a team that belonged in a state semifinal.

The fourth quarter belonged to Eastbrook.

The Chargers outscored Mill Valley 21-6 over the final eight minutes to pull away for a 54-41 win at Pruitt Fieldhouse, ending the Hornets’ best season in more than two decades.

Mill Valley (24-5) got 17 points from senior guard Addison Kreider, who hit four 3-pointers in the first half.

“It just stings,” Kreider said, her eyes still red 20 minutes after the final horn. “We worked so hard to get here, and I really thought this was our year. But I’m proud of every one of these girls.”

Mill Valley coach Dana Hutchins said the Hornets “ran out of gas” after a week in which the flu worked its way through the roster.

“We had three kids who were sick on Wednesday and Thursday, and I’m not going to use that as an excuse, because Eastbrook is a really good team,” Hutchins said. “But you could see it in our legs in the fourth quarter. We just couldn’t get stops.

“I told them in the locker room that nobody gets to take this season away from them. Twenty-four wins. A sectional and a regional title. That’s a lot to be proud of.”

Eastbrook (26-3) will face Jasper Central in next Saturday’s championship game. Junior forward Tamsin Oyelaran led the Chargers with 21 points and 11 rebounds.

“We knew they were going to come out hot,” Oyelaran said. “Coach kept telling us at halftime to stay patient, that the game would come to us.”

Eastbrook coach Gary Pfeiffer called the fourth quarter “the best eight minutes we’ve played all year.”

Mill Valley led 35-33 entering the fourth after Kreider banked in a 3-pointer at the buzzer. But Eastbrook opened the quarter with a 10-0 run, capped by two free throws from Oyelaran, and the Hornets never got closer than six the rest of the way.

Senior Brynn Castellano added 10 points for Mill Valley, which was making its first state semifinal appearance since 1998. Castellano, Kreider and fellow senior Ellie Daugherty will graduate this spring.

Hutchins, who has coached the Hornets for 14 seasons, said she hoped the run would leave a mark on the younger players in the program.

“Our seventh and eighth graders were in the stands today,” she said. “They saw what this looks like. That’s how you build something.”""",
        [
            ("It just stings,", "Addison Kreider"),
            ("We worked so hard to", "Addison Kreider"),
            ("ran out of gas", "Dana Hutchins"),
            ("We had three kids who", "Dana Hutchins"),
            ("But you could see it", "Dana Hutchins"),
            ("I told them in the", "Dana Hutchins"),
            ("We knew they were going", "Tamsin Oyelaran"),
            ("Coach kept telling us at", "Tamsin Oyelaran"),
            ("the best eight minutes we’ve", "Gary Pfeiffer"),
            ("Our seventh and eighth graders", "Dana Hutchins"),
            ("They saw what this looks", "Dana Hutchins"),
        ],
    ),
    (
        """Wendover State athletic director resigns amid budget review

By Priya Raman
The Courier

Mark Feldkamp, athletic director at Wendover State University for the past seven years, resigned Monday, less than a month after an internal audit found the department had overspent its budget by $4.2 million over two fiscal years.

The university announced the resignation in a brief statement that thanked Feldkamp for "his years of dedicated service to our student-athletes" and said a national search for his replacement would begin immediately.

"Mark has been a tireless advocate for Wendover State athletics, and we are grateful for his leadership," university President Elaine Marchetti said in the statement. "At the same time, we owe it to our students and the taxpayers of this state to put the department on sound financial footing."

Feldkamp did not respond to messages Monday. In a letter to department staff obtained by The Courier, he wrote that he was leaving "with a full heart" and was "confident the department's best days are ahead."

The audit, conducted by the university's Office of Internal Audit and released Sept. 14, found that athletics exceeded its approved budget in both the 2022-23 and 2023-24 fiscal years, largely because of travel costs, facility upgrades and a $1.1 million buyout of former football coach Rick Dunleavy's contract. The report described the department's internal controls as "inadequate to ensure compliance with university spending policies."

Two members of the Board of Regents said last week that they had lost confidence in Feldkamp's management. Regent Carl Oyama told The Courier that the board had been "blindsided" by the size of the overruns.

"We approve a budget, and we expect that budget to be followed," Oyama said. "That didn't happen, and nobody told us until the auditors did."

A person familiar with the board's discussions, who spoke on condition of anonymity because the deliberations were private, said Feldkamp had been given the option to resign or be fired. "It was made clear to him that this was the end of the road," the person said.

Feldkamp's tenure included some of the most successful seasons in school history. The volleyball team reached the NCAA regional semifinals twice, and the men's basketball team won the Mountain Frontier Conference tournament in 2022. He also oversaw the $38 million renovation of Harlan Field House, which reopened last year.

Senior associate athletic director Monique Delacroix-Hale will serve as interim athletic director, the university said. Delacroix-Hale joined the department in 2016.

In a message to athletes Monday evening, Delacroix-Hale wrote that "nothing about your day-to-day experience will change" and urged them to "keep focusing on your classes and your competition."

Volleyball coach Sandra Kimura, whose team is 14-3 this season, said the news had not come as a surprise to coaches.

"There's been a cloud over the building for a few weeks," Kimura said. "We'll keep doing our jobs. The kids deserve that."

Marchetti said the university expects to name a permanent athletic director by spring.""",
        [
            ("his years of dedicated service", "Wendover State University"),
            ("Mark has been a tireless", "Elaine Marchetti"),
            ("At the same time, we", "Elaine Marchetti"),
            ("with a full heart", "Mark Feldkamp"),
            ("confident the department's best days", "Mark Feldkamp"),
            ("inadequate to ensure compliance with", "Office of Internal Audit"),
            ("blindsided", "Carl Oyama"),
            ("We approve a budget, and", "Carl Oyama"),
            ("That didn't happen, and nobody", "Carl Oyama"),
            ("It was made clear to", "person familiar with the board's discussions"),
            ("nothing about your day-to-day experience", "Monique Delacroix-Hale"),
            ("keep focusing on your classes", "Monique Delacroix-Hale"),
            ("There's been a cloud over", "Sandra Kimura"),
            ("We'll keep doing our jobs.", "Sandra Kimura"),
        ],
    ),
    (
        """Harmon County holds off Pike Valley in rivalry game

By JESSE TALLMAN
Sports Editor

LORAINE — There was no trophy at stake Friday night, just a year's worth of bragging rights. For the Harmon County Panthers, that was plenty.

Senior safety Caleb Okafor intercepted a pass at the goal line with 1:12 left, and the Panthers held on for a 21-17 win over Pike Valley at Dobbs Memorial Stadium, snapping a four-game losing streak in the series.

"I've been waiting four years for this one," Okafor said as students poured onto the field around him. "My brother never beat them. My cousin never beat them. I wasn't going to let it happen again."

Pike Valley (4-3) had driven from its own 20 to the Harmon County 6 on its final possession. On second-and-goal, quarterback Trey Mabry rolled right and tried to hit tight end Landon Sewell in the corner, but Okafor jumped the route.

Harmon County coach Bill Ostrander said he had seen Mabry make the same throw on film.

"We talked about it all week: if he gets outside, he's looking for the tight end," Ostrander said. "Caleb read it perfectly. That's a senior who's watched a lot of film."

The Panthers (5-2) built a 14-3 halftime lead behind sophomore running back DeShawn Pruitt, who ran for 134 yards and both first-half touchdowns. Pike Valley answered with two third-quarter scores, including a 48-yard touchdown pass from Mabry to Sewell, before Harmon County quarterback Nolan Reichert scored on a 3-yard keeper early in the fourth quarter.

Mabry finished 14 of 23 for 211 yards but was sacked four times, twice by junior defensive end Colby Wirth.

Pike Valley coach Greg Tannehill said his team had "every chance" to win.

"We moved the ball, we had it where we wanted it, and we didn't finish," Tannehill said. "Credit to them. Their kid made a great play."

Asked afterward what he told his team in the locker room, Ostrander kept it short: "Enjoy it tonight. We've got Westfield next week."

Pruitt, who moved to the district from Kentucky over the summer, said he had heard about the rivalry "from the first day of two-a-days."

"Everybody told me this was the game," he said. "Now I get it."

Harmon County visits Westfield next Friday. Pike Valley hosts Eldon.""",
        [
            ("I've been waiting four years", "Caleb Okafor"),
            ("My brother never beat them.", "Caleb Okafor"),
            ("We talked about it all", "Bill Ostrander"),
            ("Caleb read it perfectly.", "Bill Ostrander"),
            ("every chance", "Greg Tannehill"),
            ("We moved the ball, we", "Greg Tannehill"),
            ("Credit to them.", "Greg Tannehill"),
            ("Enjoy it tonight. We've got", "Bill Ostrander"),
            ("from the first day of", "DeShawn Pruitt"),
            ("Everybody told me this was", "DeShawn Pruitt"),
            ("Now I get it.", "DeShawn Pruitt"),
        ],
    ),
    (
        """Guard Tyrese Hollins enters transfer portal after two seasons with Cardinals

By Megan O’Rourke, Sports Editor

Starting point guard Tyrese Hollins will enter the NCAA transfer portal, he announced Tuesday, ending a two-year run at Briar Hill University that included an All-Atlantic Metro Conference second-team selection this season.

In a post on Instagram, Hollins thanked his coaches, his teammates and “the best student section in the country.”

“Briar Hill gave me a chance when a lot of schools didn’t,” Hollins wrote. “This decision was not easy, but I believe it’s the right one for me and my family. I will always be a Cardinal.”

Hollins averaged 14.6 points and 5.1 assists per game as a sophomore, leading the Cardinals to an 18-14 record and a first-round exit in the conference tournament. His departure leaves Briar Hill without its top two scorers from this season; senior forward Malik Essien is out of eligibility.

Head coach Dave Corrigan said in a statement released by the athletic department that the program “respects Tyrese’s decision and wishes him nothing but the best.”

“Tyrese poured everything he had into this program for two years,” Corrigan said in the statement. “He’s a great young man, and he’ll be successful wherever he goes.”

Hollins is the third Briar Hill player to enter the portal since the season ended March 9, joining freshman guard Eli Rasmussen and redshirt sophomore center Omari Blake.

According to the recruiting site HoopsWire, Hollins has already heard from at least six high-major programs. The site ranked him 41st among available players and described him as “one of the most coveted true point guards” in this year’s class.

Students reacted with a mix of disappointment and understanding.

“It’s tough, because he was the reason a lot of us went to games,” said junior Alana Petrosyan, a member of the Red Zone student section. “But you can’t blame him. Everybody’s doing it now.”

Junior forward Kendrick Moss, who is expected to return next season, told reporters after a team workout Wednesday that the remaining players had not been caught off guard.

“We knew there was a chance,” Moss said. “That’s just college basketball now. You’ve got to be ready to play with whoever’s in the locker room.”

Corrigan, who has two years remaining on his contract, is expected to add at least two transfers of his own this spring. A team spokesman said the coaching staff would not comment on specific recruits, citing NCAA rules, but said the program was “actively evaluating” players in the portal.

The Cardinals open next season in November at the Gulf Shores Classic. The transfer window for Division I men’s basketball closes April 22.""",
        [
            ("the best student section in", "Tyrese Hollins"),
            ("Briar Hill gave me a", "Tyrese Hollins"),
            ("This decision was not easy,", "Tyrese Hollins"),
            ("respects Tyrese’s decision and wishes", "Dave Corrigan"),
            ("Tyrese poured everything he had", "Dave Corrigan"),
            ("He’s a great young man,", "Dave Corrigan"),
            ("one of the most coveted", "HoopsWire"),
            ("It’s tough, because he was", "Alana Petrosyan"),
            ("But you can’t blame him.", "Alana Petrosyan"),
            ("We knew there was a", "Kendrick Moss"),
            ("That’s just college basketball now.", "Kendrick Moss"),
            ("actively evaluating", "spokesman"),
        ],
    ),
    (
        """Girls flag football approved as sanctioned high school sport

By Lena Whitford

COLUMBUS GROVE — Girls flag football will become a fully sanctioned high school sport beginning with the 2026 fall season, after the Prairie State High School Activities Association's board of directors voted 11-2 on Thursday to add it to the association's championship lineup.

The vote caps a two-year pilot program in which 38 schools fielded teams, many of them with help from local booster clubs and a youth sports foundation that paid for uniforms and flags.

"This is a great day for girls in our state," association executive director Ronald Fitzhugh said after the meeting. "The pilot showed us there is real interest, and not just in the big schools. We had teams from communities of 800 people."

Under the plan approved Thursday, schools will play a regular season in the fall and a state tournament in late October. The association will not split schools into classes in the first year, according to a memo the association distributed to board members, which said the question would be "revisited once participation numbers are established."

At Alder Creek High School, one of the pilot schools, coach Tasha Brumfield said her players had been checking their phones all afternoon waiting for the result.

"They were texting me, 'Did it pass? Did it pass?'" Brumfield said. "When I told them, it was just screaming. A lot of these girls have never played a sport before, and now they're going to get a chance to play for a state title."

Junior quarterback Maya Estrada-Lund said she had played flag football with her brothers in the backyard for years before the pilot began.

"I never thought it'd be a real thing at school," she said. "Now people come to our games. My dad paints his face."

Not everyone on the board was convinced. Board member Phil Garrity, superintendent of the Westmore school district and one of the two no votes, said he worried about the cost to small districts already struggling to find officials and transportation.

"I'm not against girls playing football. I want to be clear about that," Garrity said. "But we have schools that can't field a JV volleyball team right now because they don't have a bus driver. Adding another fall sport has real costs."

Fitzhugh said the association would seek grants to help schools with start-up costs and would hold clinics for officials this spring and summer. Schools must notify the association by Feb. 1, 2026, if they intend to field a team.

Brumfield said she expects Alder Creek to have "at least 40 girls" out for the team next fall.""",
        [
            ("This is a great day", "Ronald Fitzhugh"),
            ("The pilot showed us there", "Ronald Fitzhugh"),
            ("revisited once participation numbers are", "Prairie State High School Activities Association"),
            ("They were texting me,", "Tasha Brumfield"),
            ("Did it pass?", "players"),
            ("When I told them, it", "Tasha Brumfield"),
            ("I never thought it'd be", "Maya Estrada-Lund"),
            ("Now people come to our", "Maya Estrada-Lund"),
            ("I'm not against girls playing", "Phil Garrity"),
            ("But we have schools that", "Phil Garrity"),
            ("at least 40 girls", "Tasha Brumfield"),
        ],
    ),
    (
        """Lakeshore Tech introduces Vic Santangelo as football coach: ‘We’re going to be tough’

HOLLISTER BAY, Mich. — Vic Santangelo waited 23 years for his first head coaching job. On Monday, standing at a podium inside Lakeshore Tech’s indoor practice facility, he didn’t waste much time telling people what kind of team he wants.

“We’re going to be tough. We’re going to be physical. We’re going to be the team nobody wants to play in November,” Santangelo said at his introductory news conference. “That’s not a slogan. That’s a standard.

“I’ve been in a lot of rooms as an assistant where the head coach talked about culture. I’ve seen what works and what doesn’t. What works is accountability, every single day.”

Santangelo, 46, spent the past four seasons as defensive coordinator at Ridgemont University, where his defenses ranked in the top 20 nationally in total defense three times. He replaces Jim Kessler, who was fired Nov. 25 after going 19-37 in five seasons.

Lakeshore Tech athletic director Renee Abernathy said Santangelo stood out among more than 40 candidates, a list the school said was narrowed to five finalists.

“Every person I talked to about Vic said the same thing: he’s a teacher, and his players love playing for him,” Abernathy said. “When we sat down with him, we understood why.”

Santangelo agreed to a five-year contract worth $2.1 million annually, Lakeshore Technological University said in a news release that called the hire “a new chapter for Mariners football.” The deal includes a $400,000 increase in the pool for assistant coaches, according to terms released by the school.

Several Lakeshore Tech players attended the news conference. Senior linebacker Andre Whitfield, who has one year of eligibility remaining, said he planned to stay.

“He told us he’s going to coach us hard and he’s going to be honest with us,” Whitfield said. “That’s all you can ask for.”

Santangelo said he would begin calling recruits Monday night and hoped to have most of his staff in place before the early signing period. He said he intends to keep at least two of Kessler’s assistants but declined to name them.

Asked about the Mariners’ struggles — they have not had a winning season since 2016 — Santangelo told reporters he was not interested in the past.

“I can’t do anything about what happened before I got here,” he said. “I can control how we practice tomorrow.”

Kessler, reached by phone, said he wished Santangelo well and called Lakeshore Tech “a place where you can win.”""",
        [
            ("We’re going to be tough", "Vic Santangelo"),
            ("We’re going to be tough.", "Vic Santangelo"),
            ("That’s not a slogan.", "Vic Santangelo"),
            ("I’ve been in a lot", "Vic Santangelo"),
            ("Every person I talked to", "Renee Abernathy"),
            ("When we sat down with", "Renee Abernathy"),
            ("a new chapter for Mariners", "Lakeshore Technological University"),
            ("He told us he’s going", "Andre Whitfield"),
            ("That’s all you can ask", "Andre Whitfield"),
            ("I can’t do anything about", "Vic Santangelo"),
            ("I can control how we", "Vic Santangelo"),
            ("a place where you can", "Jim Kessler"),
        ],
    ),
    (
        """After 38 years, Harriet 'Hattie' Lindgren blows her last whistle

By Tom Vasquez

GRANITE FALLS — When Harriet Lindgren started coaching volleyball at Granite Falls High School in 1987, the team practiced in a gym with no air conditioning, a leaky roof and wooden bleachers that students called "the Rattler" because of the noise they made whenever anyone stood up.

Thirty-eight seasons, 712 wins and four state championships later, Lindgren is retiring. Her final match, a five-set loss to Cold Spring in the Section 4AA semifinals last Thursday, ended with players from both teams lining up to hug her.

"I didn't plan on crying, and I cried anyway," Lindgren said Monday, sitting in the same cramped office she has used since the Reagan administration. "You spend that long doing something, it becomes who you are."

Lindgren, 64, has more wins than any volleyball coach in state history, according to records kept by the state high school league.

She grew up on a dairy farm outside Millbrook and played volleyball and basketball at Northwoods State. She took the Granite Falls job at 26, she said, because "nobody else applied."

Her former players describe a coach who was demanding but never unkind.

"She'd make us run lines until we couldn't feel our legs, and then she'd drive you home if your ride didn't show up," said Kristin Aasen, who played for Lindgren from 1994 to 1997 and now coaches at Pine Hollow. "She knew every girl's parents, every girl's little brother. She knew when something was wrong at home before you said a word."

Aasen's daughter is a senior on this year's team.

Athletic director Dan Moorhouse said the school board will vote in January on naming the gym floor after Lindgren.

"There was never any question," Moorhouse said. "Hattie is Granite Falls volleyball. You can't separate the two."

At a ceremony before her final home match, Moorhouse read a letter from Lindgren's first team captain, Jeanette Ruud Solberg, who now lives in Arizona.

"You taught us that losing a point isn't the same as losing," Solberg wrote. "I've used that every day of my life."

Lindgren said she doesn't have big plans for retirement. She and her husband, Walt, want to spend more time with their five grandchildren, and she might, she admitted, show up at a practice or two.

"Not to coach. Just to watch," she said. Then she laughed. "Well, maybe to coach a little."

The school has not named her successor. Moorhouse said he hopes to have a new coach in place by spring.""",
        [
            ("I didn't plan on crying,", "Harriet Lindgren"),
            ("You spend that long doing", "Harriet Lindgren"),
            ("nobody else applied.", "Harriet Lindgren"),
            ("She'd make us run lines", "Kristin Aasen"),
            ("She knew every girl's parents,", "Kristin Aasen"),
            ("There was never any question,", "Dan Moorhouse"),
            ("Hattie is Granite Falls volleyball.", "Dan Moorhouse"),
            ("You taught us that losing", "Jeanette Ruud Solberg"),
            ("I've used that every day", "Jeanette Ruud Solberg"),
            ("Not to coach. Just to", "Harriet Lindgren"),
            ("Well, maybe to coach a", "Harriet Lindgren"),
        ],
    ),
]
