CASES = [
    (
        """Whitfield throws 3 TDs, Marauders rally past Cyclones 27-24

By GREG HALVORSEN
Sports Writer

GRANGER FALLS, Iowa — Devin Whitfield threw three touchdown passes, including a 19-yarder to Marcus Oyelaran with 41 seconds left, and the Granger Falls Marauders rallied from a 14-point fourth-quarter deficit to beat the Tri-City Cyclones 27-24 on Sunday.

Whitfield finished 26 of 38 for 311 yards and no interceptions as the Marauders (6-3) won their fourth straight game.

"We've been in that spot before, and nobody on the sideline blinked," Whitfield said. "The line gave me time, and Marcus did the rest."

Oyelaran, a second-year receiver who had dropped a potential touchdown in the first half, beat cornerback Tavion Reece on a double move for the winner.

"I owed them one," Oyelaran said. "I told Devin on the sideline to come back to me. I was going to make it right."

Tri-City (4-5) led 24-10 after Kendall Brooks' 2-yard run early in the fourth quarter. Whitfield answered with an eight-play, 75-yard drive capped by a 12-yard pass to tight end Sam Delacroix, and Ramon Ibarra's 46-yard field goal made it 24-20 with 5:12 left.

Cyclones coach Lyle Patterson said his team "got conservative at exactly the wrong time" and took responsibility for the play calling on the final series, when Tri-City ran three times and punted.

"That's on me," Patterson said. "We had a chance to put it away, and I didn't give our guys a chance to do it."

Brooks ran for 104 yards on 22 carries. Cyclones quarterback Nate Sorensen was 18 of 29 for 202 yards with a touchdown and an interception.

Marauders coach Dwayne Kessler praised his defense, which held Tri-City to 31 yards in the fourth quarter after giving up 248 in the first half.

"They got tired of hearing about the first half," Kessler said.

Whitfield's 12-yard touchdown to Delacroix came on fourth-and-3, a call Kessler said he made without consulting anyone on the headset.

INJURIES

Cyclones: LB Arturo Mendes left in the second quarter with a knee injury and did not return. Patterson said Mendes would have an MRI on Monday.

Marauders: S Jaylen Pruitt (hamstring) was inactive for the second straight week.

UP NEXT

Cyclones: Host Bay County on Sunday.

Marauders: At Capitol City on Nov. 14.""",
        [
            ("We've been in that spot", "Devin Whitfield"),
            ("The line gave me time,", "Devin Whitfield"),
            ("I owed them one,", "Marcus Oyelaran"),
            ("I told Devin on the", "Marcus Oyelaran"),
            ("got conservative at exactly the", "Lyle Patterson"),
            ("That's on me,", "Lyle Patterson"),
            ("We had a chance to", "Lyle Patterson"),
            ("They got tired of hearing", "Dwayne Kessler"),
        ],
    ),
    (
        """Bellmont State fires Ray Cottrell after nine seasons

By Alicia Fenwright
Staff writer

Bellmont State fired men’s basketball coach Ray Cottrell on Tuesday, ending a nine-year tenure that included two NCAA Tournament appearances but just one winning season in the last four.

Athletic director Sharon Whitlock informed Cottrell of the decision Tuesday morning, according to a person familiar with the meeting who was not authorized to speak publicly. The Bobcats finished 13-19 and lost to Eastfield in the first round of the Great Plains Conference tournament last week.

“This was a difficult decision, and it was not one we reached quickly,” Whitlock said in a statement released by the university. “Ray has represented Bellmont State with integrity, and our student-athletes have thrived academically under his leadership. But we believe the program needs a new direction.”

Cottrell, 56, went 148-139 at Bellmont State. He led the Bobcats to the NCAA Tournament in 2017 and 2019, winning a first-round game as a No. 12 seed in 2019, the program’s first tournament victory since 1988.

He has three years remaining on a contract that pays him about $1.1 million annually. The school will owe him roughly $2.4 million in buyout payments, a university spokesman said.

Reached by phone Tuesday afternoon, Cottrell said he was “disappointed but not surprised.”

“I love these kids and I love this place,” he said. “I wish we’d won more games the last couple of years. That’s the business. I’ve got no hard feelings toward Sharon or anybody else.”

Senior guard Terrence Mabry, the team’s leading scorer at 17.4 points per game, posted on social media that Cottrell had “changed my life on and off the floor.”

Whitlock is scheduled to speak with reporters Wednesday. The school said a national search would begin immediately and that assistant coach Derrick Vallejo would oversee the program in the interim.

Among the candidates expected to draw interest, according to two people with knowledge of the search, are Northern Plains coach Kyle Brandstetter and former Bobcats star Jalen Okafor, now an assistant at a Big Ten school.

Attendance at Hollister Arena has dropped in each of the last three seasons, averaging 4,812 this year in a building that seats 9,200. Several boosters had grown frustrated, one longtime donor said.

“People were patient for a long time,” said the donor, who asked not to be named because of his relationship with the athletic department. “You can only sell hope so many years in a row.”

Cottrell’s departure is the third coaching change in the Great Plains this month. Eastfield and Corliss both fired their coaches after the regular season.""",
        [
            ("This was a difficult decision,", "Sharon Whitlock"),
            ("Ray has represented Bellmont State", "Sharon Whitlock"),
            ("disappointed but not surprised.", "Ray Cottrell"),
            ("I love these kids and", "Ray Cottrell"),
            ("changed my life on and", "Terrence Mabry"),
            ("People were patient for a", "longtime donor"),
            ("You can only sell hope", "longtime donor"),
        ],
    ),
    (
        """Ace Harlan to IL with forearm tightness; Pilots hopeful it's minor

By Corey Lindqvist

SAN MARCOS BAY -- The Pilots placed right-hander Wes Harlan on the 15-day injured list Friday with right forearm tightness, a move manager Gil Santangelo called precautionary but one that nonetheless sent a ripple through a clubhouse that has leaned on its ace all season.

Harlan, 29, left Thursday's start against Sacramento after throwing just 38 pitches in two innings. His fastball velocity dipped from an average of 96.1 mph in the first inning to 93.4 in the second, according to the club's tracking data.

An MRI taken Thursday night showed no structural damage to the ulnar collateral ligament, the club said.

"That was the first thing we wanted to rule out, and thankfully we did," Santangelo said before Friday's series opener against Portland. "Wes is a guy who'll tell you he's fine when he's not, so we're going to be careful here. There's no reason to push it in June.

"We want him for September and October. That's the priority."

Harlan is 8-2 with a 2.41 ERA in 14 starts and leads the league with 112 strikeouts. He was named the league's Pitcher of the Month for May.

Speaking at his locker, Harlan said he first felt something "a little off" while warming up in the bullpen but believed he could pitch through it.

"In hindsight, probably should have said something earlier," he said. "But I'm glad it's nothing serious. I'll do what the trainers tell me and get back out there."

Head athletic trainer Maribel Ocasio will oversee a throwing program that Santangelo said could begin as soon as next week. The earliest Harlan can return is June 22.

To fill Harlan's roster spot, the Pilots recalled left-hander Tyson Burkhalter from Triple-A Reno Falls. Burkhalter, 24, has a 3.18 ERA in 12 starts this season and could make his Major League debut in Harlan's rotation slot on Tuesday.

"He's earned it," Santangelo said. "He's been our best starter in Triple-A for two months. We'll see what he's got."

General manager Priya Ramaswamy said the club was not yet considering a trade for rotation help but acknowledged the timing was not ideal.

"We're always looking at ways to get better," Ramaswamy said. "Nothing about today changes how we're approaching the Deadline. If Wes is back in three weeks, we feel great about where we are."

The Pilots entered Friday a game and a half ahead of Denver in the division.

Catcher Luis Anaya, who caught Harlan on Thursday, said the right-hander's stuff "just wasn't jumping" in the second inning.

"You could see it," Anaya said. "He's a competitor. He didn't want to come out. But it was the right call.\"""",
        [
            ("That was the first thing", "Gil Santangelo"),
            ("Wes is a guy who'll", "Gil Santangelo"),
            ("We want him for September", "Gil Santangelo"),
            ("a little off", "Wes Harlan"),
            ("In hindsight, probably should have", "Wes Harlan"),
            ("But I'm glad it's nothing", "Wes Harlan"),
            ("He's earned it,", "Gil Santangelo"),
            ("He's been our best starter", "Gil Santangelo"),
            ("We're always looking at ways", "Priya Ramaswamy"),
            ("Nothing about today changes how", "Priya Ramaswamy"),
            ("just wasn't jumping", "Luis Anaya"),
            ("You could see it,", "Luis Anaya"),
            ("He's a competitor.", "Luis Anaya"),
        ],
    ),
    (
        """Holdout over: Thibodeaux, Sentinels agree on 4-year, $112 million extension

By Marcus Delgado
The Riverton Courier

RIVERTON, Tenn. — The standoff lasted 23 days. It ended with a handshake in a hallway outside the Riverton Sentinels' weight room.

Defensive end Andre "Big Cat" Thibodeaux agreed Wednesday to a four-year contract extension worth $112 million, including $74 million guaranteed, ending a holdout that had kept the two-time All-Pro out of training camp since late July.

The deal makes Thibodeaux, 27, the highest-paid non-quarterback in franchise history. He is expected to practice Thursday.

"I never wanted to be anywhere else," Thibodeaux told reporters after signing. "People were saying I wanted out, that I was trying to force a trade. That was never it. I just wanted to be paid like what I am."

Thibodeaux led the league with 17½ sacks last season and has 51 in five seasons since the Sentinels drafted him in the first round out of Gulf Coast State.

Sentinels general manager Howard Pinkney said negotiations picked up over the weekend after both sides agreed to move away from a structure the team had proposed in June.

"There were some tough days, and there were some days where I wasn't sure we'd get there," Pinkney said. "But Andre is a cornerstone. You don't let those guys walk."

Thibodeaux's agent, Leonard Faircloth, said in a statement that his client was "thrilled to be staying home" and thanked owner Margaret Vollmer for "stepping in at the right moment."

According to two people with knowledge of the talks, Vollmer met with Thibodeaux and Faircloth on Monday at the team's facility, a meeting that both sides came to regard as the turning point.

The holdout had cost Thibodeaux roughly $1.1 million in fines, which the team is expected to waive as part of the agreement. A team spokeswoman declined to comment on the fines, saying only that "all matters have been resolved to both parties' satisfaction."

Teammates were quick to celebrate. Linebacker Cole Brannigan, who had been among the most vocal in calling for a deal, said he texted Thibodeaux "about 40 emojis" when the news broke.

"We're a different defense with him," Brannigan said. "Everybody in this building knows it. Now we can go to work."

Coach Tom Rydell was more measured. Asked whether Thibodeaux would play in the Sentinels' preseason finale Aug. 24, Rydell said the team would "take it day by day."

"He's been working out, and he looks like he's in shape," Rydell said. "But there's a difference between being in shape and being in football shape. We'll be smart."

The Sentinels open the regular season Sept. 8 at home against Birmingham.""",
        [
            ("I never wanted to be", "Andre Thibodeaux"),
            ("People were saying I wanted", "Andre Thibodeaux"),
            ("There were some tough days,", "Howard Pinkney"),
            ("But Andre is a cornerstone.", "Howard Pinkney"),
            ("thrilled to be staying home", "Leonard Faircloth"),
            ("stepping in at the right", "Leonard Faircloth"),
            ("all matters have been resolved", "spokeswoman"),
            ("about 40 emojis", "Cole Brannigan"),
            ("We're a different defense with", "Cole Brannigan"),
            ("take it day by day.", "Tom Rydell"),
            ("He's been working out, and", "Tom Rydell"),
            ("But there's a difference between", "Tom Rydell"),
        ],
    ),
    (
        """Okonjo scores 41, Tempest hold off Blaze in overtime

By Renee Castellanos
Associated Sports Wire

MERIDIAN, Ind. — Chidi Okonjo has heard the question all season: Can the Meridian Tempest win when it matters?

On Saturday night, he answered it the only way he knew how.

Okonjo scored 41 points, including seven in overtime, and the Tempest beat the Lakeport Blaze 128-122 to take a 3-2 lead in their first-round playoff series. Game 6 is Monday in Lakeport.

“I don’t think about the noise,” Okonjo said. “I think about the next possession. That’s all this is — one possession, then the next one.”

Okonjo was 15 of 27 from the field and added nine rebounds and six assists. Guard Ty Whitaker added 22 points, and reserve Bo Lindgren hit four 3-pointers in the fourth quarter.

Lakeport forced overtime when Darnell Keyes banked in a 30-footer at the buzzer, a shot Tempest coach Mike Aranda called “the kind of thing that makes you want to throw up.”

Aranda had a simple message for his team in the huddle before the extra period: “Forget it. We’re still the better team. Go prove it.”

They did. Okonjo opened overtime with a step-back 3 and a driving layup, and Meridian never trailed again.

Keyes led Lakeport with 35 points. Reggie Tolliver had 24 points and 14 rebounds but fouled out with 1:48 left in overtime.

Blaze coach Samantha Ortiz-Beck was blunt afterward.

“We had our chances,” she said. “We turned it over 19 times. You can’t do that on the road in the playoffs against a player like that. He made plays, and we didn’t.”

Ortiz-Beck also took issue with a late foul call on Tolliver, saying she would “let the league look at it” rather than comment further.

The Tempest, who finished fourth in the conference, have not won a playoff series since 2011. A sellout crowd of 18,204 stood for most of the final five minutes.

“This building was shaking,” Whitaker said. “I’ve played here four years and I’ve never felt anything like that.”

Okonjo, who signed a five-year extension last summer, was asked whether Saturday was the best game of his career.

“Ask me after we win the series,” he said.

Game 6 tips off at 7:30 p.m. Eastern.""",
        [
            ("I don’t think about the", "Chidi Okonjo"),
            ("I think about the next", "Chidi Okonjo"),
            ("the kind of thing that", "Mike Aranda"),
            ("Forget it. We’re still the", "Mike Aranda"),
            ("We had our chances,", "Samantha Ortiz-Beck"),
            ("We turned it over 19", "Samantha Ortiz-Beck"),
            ("let the league look at", "Samantha Ortiz-Beck"),
            ("This building was shaking,", "Ty Whitaker"),
            ("I’ve played here four years", "Ty Whitaker"),
            ("Ask me after we win", "Chidi Okonjo"),
        ],
    ),
    (
        """Riverhawks, county reach deal on $410 million ballpark

By Tom Kowalczyk
Staff Writer

CEDAR BLUFF, Mo. — The Cedar Bluff Riverhawks and Harlan County officials reached a tentative agreement Monday on a new downtown ballpark, a deal that would keep the team in the city through at least 2055 and end more than two years of sometimes bitter negotiations.

Under the terms, the county would contribute $185 million toward the $410 million stadium, funded largely through an extension of an existing hotel and rental-car tax. The team would cover the remaining cost and any overruns, the Riverhawks said in a statement.

"Today is about certainty," team chairman Franklin Oduya said at a news conference at the site, a former rail yard along Water Street. "Our fans deserve to know that the Riverhawks are going to be here for their kids and their grandkids. That's what this agreement does."

The county commission is expected to vote on the deal April 9. Three of the five commissioners have said publicly they support it.

Commissioner Lorraine Haskett, who has opposed public financing for the stadium, said she remained unconvinced.

"I'm glad we're not losing the team," Haskett said. "I'm not glad about the price tag. Every dollar we put into a ballpark is a dollar we're not putting into roads or schools, and nobody has shown me a study that says otherwise."

An independent analysis commissioned by the county last year, titled "Play Ball: Economic Impacts of a Downtown Stadium," projected the ballpark would generate $38 million in annual economic activity. Critics have questioned those figures, noting that most economists find little net benefit from publicly financed stadiums.

County Executive Darnell Whitcomb called the agreement "the best deal any community in this country has gotten on a stadium in 20 years."

"We pushed hard, and they pushed back hard," Whitcomb said. "Where we ended up protects taxpayers. The team is on the hook for overruns. That was non-negotiable for us."

The Riverhawks have played at Millbrook Field since 1971. The team had explored relocation options, including talks with officials in two other states, according to a person briefed on those discussions who spoke on condition of anonymity because the talks were private.

Oduya declined to say whether those talks had been serious.

"We're here," he said. "Let's talk about what we're building."

The proposed 34,000-seat ballpark would include a retractable roof, a public plaza and about 600 residential units on adjacent land. Construction could begin in early 2026, with a target opening date of Opening Day 2029.

Longtime season-ticket holder Bev Marchetti, who attended Monday's announcement wearing a 1985 championship jersey, said she was relieved.

"I was worried we'd end up like some of these other towns," she said. "Now I just hope I live long enough to see a game there."

The Riverhawks open their season March 27 at home against Fort Calloway.""",
        [
            ("Today is about certainty,", "Franklin Oduya"),
            ("Our fans deserve to know", "Franklin Oduya"),
            ("I'm glad we're not losing", "Lorraine Haskett"),
            ("I'm not glad about the", "Lorraine Haskett"),
            ("the best deal any community", "Darnell Whitcomb"),
            ("We pushed hard, and they", "Darnell Whitcomb"),
            ("Where we ended up protects", "Darnell Whitcomb"),
            ("We're here,", "Franklin Oduya"),
            ("Let's talk about what we're", "Franklin Oduya"),
            ("I was worried we'd end", "Bev Marchetti"),
            ("Now I just hope I", "Bev Marchetti"),
        ],
    ),
    (
        """Hollins suspended 4 games; QB says 'I let my teammates down'

By Jenna Albright
Sports Reporter

WESTBROOK, Ala. — Southern Delta quarterback Caleb Hollins will miss the first four games of the season after the Mid-South Athletic Conference found he violated rules on accepting impermissible benefits, the conference announced Thursday.

Hollins, a junior who threw for 3,214 yards and 27 touchdowns last season, accepted about $8,400 in cash and the use of a vehicle from a booster during the 2023 season, according to the conference's findings. The booster, who was not named, has been disassociated from the program.

In a statement, the conference said Hollins "cooperated fully" with investigators and that the penalty reflected "both the seriousness of the violation and the student-athlete's candor throughout the process."

Hollins addressed reporters briefly Thursday afternoon at the Southern Delta football complex, reading from a prepared statement and declining to take questions.

"I made a mistake, and I own it," he said. "I let my teammates down, I let my coaches down, and I let my family down. I'm going to spend every day between now and my return earning back their trust."

Coach Randall Pruett, entering his sixth season at Southern Delta, said he learned of the investigation in March and had been "in constant contact" with university compliance officials since.

"Caleb's a good young man who made a bad decision," Pruett said. "We're not going to throw him away over it. But there are consequences, and he understands that better than anybody."

Sophomore Micah Dunleavy, who appeared in five games last season as a backup, is expected to start the opener Aug. 31 against Coastal Plains. Pruett stopped short of naming Dunleavy the starter, saying only that the team would "let the competition play out in camp."

The university also self-imposed a reduction of two scholarships over the next two years and a $50,000 fine, the school said. Athletic director Lionel Brackett said in a written statement that Southern Delta "will not tolerate conduct that compromises the integrity of our program."

A university official with knowledge of the case, who spoke on condition of anonymity because personnel matters are confidential, said the school's compliance office had flagged the booster's relationship with several players as early as last November.

"Nobody was trying to hide anything once it came out," the official said. "The question was how far it went, and it didn't go past Caleb."

Southern Delta went 9-4 last season and was picked to finish second in the conference's preseason media poll. Hollins is eligible to return Sept. 28 against Tri-Valley.

Several teammates expressed support on social media. Wide receiver Dontrell Amos wrote: "Family. We ride with 7."

Hollins wears No. 7.""",
        [
            ("I let my teammates down", "Caleb Hollins"),
            ("cooperated fully", "Mid-South Athletic Conference"),
            ("both the seriousness of the", "Mid-South Athletic Conference"),
            ("I made a mistake, and", "Caleb Hollins"),
            ("I let my teammates down,", "Caleb Hollins"),
            ("in constant contact", "Randall Pruett"),
            ("Caleb's a good young man", "Randall Pruett"),
            ("We're not going to throw", "Randall Pruett"),
            ("let the competition play out", "Randall Pruett"),
            ("will not tolerate conduct that", "Lionel Brackett"),
            ("Nobody was trying to hide", "university official with knowledge of the case"),
            ("The question was how far", "university official with knowledge of the case"),
            ("Family. We ride with 7.", "Dontrell Amos"),
        ],
    ),
    (
        """Lady Hornets end 31-year drought with Class 4A state title

By Derek Sommerfeld
dsommerfeld@valleytribune.com

CARSON RIDGE — For 31 years, the banner hung alone in the rafters of the Pinecrest High gym: 1994 Class 4A state champions.

It has company now.

Junior guard Kiara Washburn scored 24 points and Pinecrest held off top-seeded St. Ambrose 58-54 on Saturday at Hollings Arena to win the program’s second state title and first since its coach was a player on that 1994 team.

“I’ve been waiting for this since I was 16 years old,” Pinecrest coach Danielle Ruiz said, her voice breaking as players in white jerseys cut down the net behind her. “I wanted these girls to feel what we felt. I just didn’t know it would feel even better from this side.”

Ruiz, then Danielle Marsh, was a sophomore reserve on the 1994 squad. She took over the program in 2015, inheriting a team that had won six games the previous season.

The Lady Hornets (29-3) trailed 41-36 after three quarters before going on a 12-2 run, keyed by back-to-back 3-pointers from senior Tess Obermeyer.

“Coach told us at the end of the third that we were playing scared,” Obermeyer said. “She said, play like we’ve got nothing to lose. So that’s what we did.”

St. Ambrose (30-2) had one last chance, down three with 9 seconds left, but Jordyn Pelletier’s 3-point attempt from the corner hit the back of the rim, and Washburn grabbed the rebound and made two free throws to seal it.

Pelletier, a Division I signee who finished with 19 points, was in tears afterward.

“They just wanted it a little more in the fourth,” she said. “I’m proud of my team. We had a great year. It just hurts right now.”

St. Ambrose coach Walt Brenneman credited Pinecrest’s defense, which held the Crusaders without a field goal for nearly six minutes of the fourth quarter.

“They switched everything, and we didn’t handle it,” Brenneman said. “That’s a well-coached team. Danielle’s done a heck of a job over there.”

Washburn, who also had eight rebounds and five steals, was named the tournament’s most valuable player. She said she had been thinking about the 1994 banner since middle school.

“Every time we had practice, you’d look up and see it,” Washburn said. “Coach never talked about it much. She didn’t have to.

“We knew what it meant to her.”

Several members of the 1994 team sat behind the Pinecrest bench. One of them, former center Angela Duquette, said the group had started a text chain before the tournament.

“We’ve been living and dying with every game,” Duquette said. “Danielle was always the one cheering loudest from the end of the bench. Now look at her.”

Pinecrest will hold a celebration Monday at 6 p.m. in the school gym.""",
        [
            ("I’ve been waiting for this", "Danielle Ruiz"),
            ("I wanted these girls to", "Danielle Ruiz"),
            ("Coach told us at the", "Tess Obermeyer"),
            ("She said, play like we’ve", "Tess Obermeyer"),
            ("They just wanted it a", "Jordyn Pelletier"),
            ("I’m proud of my team.", "Jordyn Pelletier"),
            ("They switched everything, and we", "Walt Brenneman"),
            ("That’s a well-coached team.", "Walt Brenneman"),
            ("Every time we had practice,", "Kiara Washburn"),
            ("Coach never talked about it", "Kiara Washburn"),
            ("We knew what it meant", "Kiara Washburn"),
            ("We’ve been living and dying", "Angela Duquette"),
            ("Danielle was always the one", "Angela Duquette"),
        ],
    ),
]
