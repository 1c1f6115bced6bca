CASES = [
    (
        """Ramirez's walk-off homer in 10th lifts Ironmen past Copperheads 5-4

COLUMBUS, Ohio (AP) — Tomas Ramirez hit a two-run homer with one out in the bottom of the 10th inning, lifting the Columbus Ironmen to a 5-4 win over the Nashville Copperheads on Tuesday night and snapping a four-game losing streak.

Nashville had gone ahead 4-3 in the top of the 10th when Desmond Achebe's sacrifice fly to deep right scored automatic runner Luis Carrasco. Ramirez answered against Wade Kessler (2-3), driving a full-count slider over the wall in left-center for his 14th homer of the season.

"I was just trying to get something in the air," Ramirez said. "He'd been getting me with that slider all night. Two strikes, I figured he'd go back to it, and he left one up."

Eli Markowitz (5-1) allowed an unearned run in the 10th for the win.

Columbus starter Noah Lindqvist gave up three runs and seven hits over six innings, striking out eight. The Ironmen tied it 3-all in the eighth when Nashville shortstop Benji Ocampo misplayed Trey Vasquez's two-out grounder, allowing Jalen Brooks to score from second.

Columbus manager Dale Pruitt said the clubhouse had been "a little tight" during the skid, which included three one-run losses.

"Nobody's panicking in there, but you could feel it," Pruitt said. "Guys were pressing. Tonight they just played, and that's usually what happens when you just play."

Kessler, who had retired the first four batters he faced, said he had no regrets about the pitch selection.

"I'd throw it again," he said. "It was a good slider. He put a better swing on it. That's the game."

Nashville manager Rick Oduya was more pointed about the eighth inning.

"You can't give a team like that extra outs late," Oduya said. "We did, and we paid for it."

The Copperheads have lost six of eight.

TRAINER'S ROOM

Copperheads: RHP Marcus Bell (strained left oblique) is expected to begin a rehab assignment with Triple-A Birmingham this weekend, Oduya said.

Ironmen: OF Chris Navarro (bruised left wrist) was out of the lineup for the second straight game but was available off the bench. Pruitt said he expects Navarro to return Thursday.

UP NEXT

Copperheads RHP Garrett Fenn (6-4, 3.71 ERA) faces Ironmen LHP Sam Okada (4-5, 4.10) on Wednesday night.""",
        [
            ("I was just trying to", "Tomas Ramirez"),
            ("He'd been getting me with", "Tomas Ramirez"),
            ("a little tight", "Dale Pruitt"),
            ("Nobody's panicking in there, but", "Dale Pruitt"),
            ("Guys were pressing. Tonight they", "Dale Pruitt"),
            ("I'd throw it again,", "Wade Kessler"),
            ("It was a good slider.", "Wade Kessler"),
            ("You can't give a team", "Rick Oduya"),
            ("We did, and we paid", "Rick Oduya"),
        ],
    ),
    (
        """Current lock up Okafor with five-year, $212 million extension

By Renee Castellanos
Staff writer

Darius Okafor isn’t going anywhere.

The Louisville Current and their All-Star forward agreed Monday to a five-year, $212 million contract extension, ending months of speculation that the franchise’s best player might test free agency next summer.

The team announced the deal in a statement that called Okafor “the heartbeat of this organization on and off the floor” and said the extension includes a player option for the 2030-31 season.

“Darius made it clear from the day he got here that he wanted to build something in Louisville,” general manager Patrice Whitfield said at a news conference at the team’s practice facility downtown. “We wanted to make it just as clear that we’re building it around him.”

Okafor, 26, averaged 27.4 points, 8.1 rebounds and 5.6 assists last season, earning his second straight All-Star selection and a spot on the All-League second team. Known to fans as “The Professor” for his habit of dissecting defenses from the elbow, he has spent all six of his professional seasons with the Current.

Seated next to Whitfield and wearing a team hoodie, Okafor said the decision ultimately came down to family.

“My daughter was born here. My mom moved here two years ago. At some point you look around and you realize you’re already home,” he said.

He acknowledged the outside interest was hard to ignore. “I’d be lying if I said I never thought about it,” Okafor said. “But every time I did, I kept coming back to that locker room and those guys.”

The talks were not always smooth. A person familiar with the negotiations, who spoke on condition of anonymity because the person was not authorized to discuss them publicly, said the two sides had been “a couple of years apart” on the length of the deal as recently as early September.

Okafor’s agent, Bernard Sloane of Apex Sports Group, described the final week as “a lot of phone calls and not a lot of sleep.”

Coach Lenny Tran, whose own contract runs through next season, said the extension gives the organization a kind of certainty it has rarely had.

“He’s the guy who makes everybody else in that gym better,” Tran said. “That’s what you’re paying for. The points are the points.”

The Current went 44-38 last season and lost in five games in the first round of the playoffs. Whitfield said the team would stay below the luxury tax this season but hinted that more moves could come before training camp opens Sept. 30.

“We’re not done,” Whitfield said.""",
        [
            ("the heartbeat of this organization", "Louisville Current"),
            ("Darius made it clear from", "Patrice Whitfield"),
            ("We wanted to make it", "Patrice Whitfield"),
            ("My daughter was born here.", "Darius Okafor"),
            ("I’d be lying if I", "Darius Okafor"),
            ("But every time I did,", "Darius Okafor"),
            ("a couple of years apart", "person familiar with the negotiations"),
            ("a lot of phone calls", "Bernard Sloane"),
            ("He’s the guy who makes", "Lenny Tran"),
            ("That’s what you’re paying for.", "Lenny Tran"),
            ("We’re not done,", "Patrice Whitfield"),
        ],
    ),
    (
        """Forge lose Laaksonen for up to six weeks

By Graham Pelletier

The Hamilton Forge will have to find a way to win without the goaltender who has carried them for most of the season.

Head coach Brent Mulroney confirmed after Thursday’s practice at Bayfront Centre that Mikko Laaksonen will miss four to six weeks with a lower-body injury suffered late in the third period of Tuesday’s 3-2 overtime loss to the Halifax Privateers.

Laaksonen, 29, was hurt when Halifax centre Kyle Brannigan crashed into him at the edge of the crease with just under four minutes left. He stayed in the game but did not take part in either of the team’s skates this week and was seen leaving the rink Wednesday on crutches.

Mulroney didn’t sugarcoat it: “It’s a big loss. Mikko’s been our best player for two months, and you don’t replace that with one guy.

“What you do is you tighten up in front of whoever’s back there. We’ve been leaning on him way too much, and sooner or later that was going to catch up with us. Now it’s on the skaters.”

Laaksonen is 17-8-3 with a .921 save percentage and two shutouts. Without him, the job falls to Dawson Pike, a 24-year-old from Brandon, Man., who has made just nine career starts.

“I’ve been waiting for a chance like this, just not this way,” Pike said. “You never want it to come because your buddy’s hurt. But I’m ready.”

The Forge also recalled goaltender Anton Reyes from their minor-league affiliate in Kitchener. In a news release, general manager Sheila Dorval said Reyes “has earned this opportunity with his consistency” and would back up Pike starting Saturday at home against Ottawa.

Captain Luc Thibodeau said the defence has to take more responsibility.

“We’ve got to be better in our own end, period,” said Thibodeau, who logged 26 minutes Tuesday. “We give up way too many looks from the slot. Mikko bailed us out a lot. Now we have to bail out Dawson.”

Laaksonen was not made available to reporters, but he posted a brief message on Instagram on Thursday afternoon.

“Tough break. Be back before you know it,” he wrote.

The Forge, who sit two points out of a playoff spot, have lost three of their last four. Mulroney said the team would not look outside the organization for help in goal, at least for now.

“We like what we have,” he said. “We’ll see where we are in a couple of weeks.”""",
        [
            ("It’s a big loss.", "Brent Mulroney"),
            ("What you do is you", "Brent Mulroney"),
            ("I’ve been waiting for a", "Dawson Pike"),
            ("You never want it to", "Dawson Pike"),
            ("has earned this opportunity with", "Sheila Dorval"),
            ("We’ve got to be better", "Luc Thibodeau"),
            ("We give up way too", "Luc Thibodeau"),
            ("Tough break. Be back before", "Mikko Laaksonen"),
            ("We like what we have,", "Brent Mulroney"),
            ("We’ll see where we are", "Brent Mulroney"),
        ],
    ),
    (
        """Sentinels fire manager Gil Sanderson after 21-38 start

SALT LAKE CITY (AP) — The Salt Lake Sentinels fired manager Gil Sanderson on Sunday, less than two years after hiring him to lead a rebuilding club that has instead sunk to the bottom of the standings.

Bench coach Hector Villanueva was named interim manager and will run the team for the rest of the season, the club said.

The Sentinels are 21-38, the worst record in the majors, and have lost 11 of their last 13, including a three-game home sweep by Sacramento that ended Saturday.

"This was an extremely difficult decision," Carla Whitmore, the team's president of baseball operations, said in a statement. "Gil is a terrific baseball man and an even better person. But we reached a point where we felt a different voice was needed in that clubhouse."

Whitmore met with reporters at Wasatch Field before Sunday's series finale against Tacoma and took a share of the blame.

"I'm not going to stand up here and tell you that the roster we gave him was good enough," she said. "It wasn't. That's on me as much as anyone."

She said the team's problems were not "on one person" but that at some point results had to be "part of the conversation."

Sanderson, 58, went 97-124 with Salt Lake after 14 seasons as a coach with three organizations. The Sentinels' pitching staff has the highest ERA in baseball at 5.38, and the club's top two starters, Ben Kowalski and Rafael Ortiz, are both on the injured list.

Sanderson did not immediately respond to a message seeking comment. In a brief statement released through the team, he thanked the players and coaches and said he was "proud of the fight in that clubhouse, even when the results weren't there."

Several players said they felt responsible.

"It's on us," outfielder Corey Dunlap told reporters. "He didn't strike out with the bases loaded. He didn't walk guys. We did."

Villanueva, 46, has been with the organization for nine seasons, including four as manager of Triple-A Provo.

"Gil gave me my first job in this game at the big-league level, so today's not a happy day for me," Villanueva said. "But there's a lot of season left, and these guys deserve somebody who's going to show up every day and fight for them."

The club said a search for a permanent manager would begin after the season.""",
        [
            ("This was an extremely difficult", "Carla Whitmore"),
            ("Gil is a terrific baseball", "Carla Whitmore"),
            ("I'm not going to stand", "Carla Whitmore"),
            ("It wasn't. That's on me", "Carla Whitmore"),
            ("on one person", "Carla Whitmore"),
            ("part of the conversation.", "Carla Whitmore"),
            ("proud of the fight in", "Gil Sanderson"),
            ("It's on us,", "Corey Dunlap"),
            ("He didn't strike out with", "Corey Dunlap"),
            ("Gil gave me my first", "Hector Villanueva"),
            ("But there's a lot of", "Hector Villanueva"),
        ],
    ),
    (
        """‘We just ran out of gas’: Cardinals’ season ends in overtime

By Kyle Amundsen

CLEVELAND — For 40 minutes, Millbrook State did almost everything it needed to do. The five minutes after that were a different story.

Tri-Rivers outscored the Cardinals 14-4 in overtime Friday night to pull away for an 81-71 win in the Great Lakes Athletic Conference tournament semifinals at Lakefront Arena, ending Millbrook State’s season one game short of its first title-game appearance since 2009.

“We just ran out of gas,” Millbrook State coach Marcus Feeney said. “I’m not going to make excuses. We played three games in three days with seven guys, and you could see it in the legs in overtime. But I wouldn’t trade this group for anybody.”

The Cardinals (19-14), the tournament’s No. 7 seed, had knocked off No. 2 seed Eastbrook on Thursday behind the relentless full-court pressure Feeney’s players call “Havoc.” It worked again for most of Friday. Tri-Rivers committed 19 turnovers in regulation, and Millbrook State led 64-58 with 2:40 left.

Then Tri-Rivers guard DeShawn Pollard hit back-to-back 3-pointers, and freshman center Terrence Mayo fouled out with 41 seconds to go. Pollard’s driving layup with 6 seconds left tied it at 67 and sent the game to overtime.

Senior guard Andre Whitlow, who finished with 22 points in his final college game, said the huddle before overtime was calm.

“Coach looked at us and said, ‘Nobody in this building believes in you but us,’ and I think we believed him,” Whitlow said. “We just couldn’t make shots.”

Millbrook State went 1 of 9 from the field in the extra period.

Mayo, who had 14 points and 11 rebounds before fouling out, sat at his locker with a towel over his head long after the game.

“I put that on me,” he said quietly. “I’ve got to be smarter. I can’t leave my guys out there like that.”

Tri-Rivers (24-8) will face top-seeded Northfield in Saturday’s championship game, with an automatic NCAA Tournament bid on the line.

Tri-Rivers coach Janelle Ortega praised Millbrook State’s effort.

“Hats off to them,” Ortega said. “They made us earn every single possession. Nobody wanted to see that press again on Saturday, I’ll tell you that.”

Pollard led all scorers with 27 points.

Feeney, in his fourth season, said he expects most of the roster back next year, with only Whitlow and reserve forward Caleb Sorensen out of eligibility. He called Whitlow “the best leader I’ve coached, period.”""",
        [
            ("We just ran out of", "Marcus Feeney"),
            ("We just ran out of", "Marcus Feeney"),
            ("I’m not going to make", "Marcus Feeney"),
            ("Coach looked at us and", "Andre Whitlow"),
            ("Nobody in this building believes", "Marcus Feeney"),
            ("We just couldn’t make shots.", "Andre Whitlow"),
            ("I put that on me,", "Terrence Mayo"),
            ("I’ve got to be smarter.", "Terrence Mayo"),
            ("Hats off to them,", "Janelle Ortega"),
            ("They made us earn every", "Janelle Ortega"),
            ("the best leader I’ve coached,", "Marcus Feeney"),
        ],
    ),
    (
        """Voyageurs add veteran defenceman Kasperov in deal with Spokane

REGINA — The Regina Voyageurs have added a veteran presence to their blue line ahead of a playoff push.

The Voyageurs acquired defenceman Pavel Kasperov from the Spokane Timberwolves on Friday in exchange for forward prospect Nolan Braithwaite and a 2026 second-round pick. Spokane will retain 25 per cent of Kasperov's $4.1-million salary, which expires at the end of the season.

"We've been looking for a right-shot guy who can kill penalties and move the puck for a while now," Voyageurs general manager Russ Edelman told reporters on a video call. "Pavel checks both of those boxes, and he's been through a long playoff run before. That matters in April and May."

Kasperov, 32, has three goals and 17 assists in 54 games this season and averages just over 21 minutes a night. He played in the final with Spokane two seasons ago.

Reached at the Spokane airport as he waited for a flight to Saskatchewan, Kasperov said the past few hours had been a blur.

"It's a little bit crazy, you know, you have two hours to pack the house," he said. "But it's exciting. They're a team that's going for it, and at this point in my career that's what you want."

His agent, Daniel Brightman, said in a text message to The Canadian Press that his client was "thrilled to get a real shot at a Cup."

Braithwaite, 20, was Regina's third-round pick in 2023 and has 31 goals in 48 games with the Lethbridge Riders of the Western Hockey League this season.

Timberwolves general manager Joanne Petrakis said in a statement that Braithwaite "has a chance to be a big part of what we're building here."

Regina holds the second wild-card spot in the Western Conference, three points ahead of Calgary.

Voyageurs head coach Stan Kowalchuk said Kasperov would likely start on the second pairing alongside rookie Ethan Marchand and see time on the penalty kill right away.

"He's a pro's pro," Kowalchuk said. "He's not going to wow you every shift, but you always know what you're getting."

Edelman added that he was not necessarily finished dealing before Monday's 3 p.m. ET trade deadline.

"We'll keep working the phones," he said. "If there's something that makes sense, we'll look at it. If not, I like this group."

Kasperov is expected to join the team in time for Saturday's home game against Winnipeg.""",
        [
            ("We've been looking for a", "Russ Edelman"),
            ("Pavel checks both of those", "Russ Edelman"),
            ("It's a little bit crazy,", "Pavel Kasperov"),
            ("But it's exciting.", "Pavel Kasperov"),
            ("thrilled to get a real", "Daniel Brightman"),
            ("has a chance to be", "Joanne Petrakis"),
            ("He's a pro's pro,", "Stan Kowalchuk"),
            ("He's not going to wow", "Stan Kowalchuk"),
            ("We'll keep working the phones,", "Russ Edelman"),
            ("If there's something that makes", "Russ Edelman"),
        ],
    ),
    (
        """Council approves $48M for new Bandits ballpark in 5-2 vote

By Megan Thorsby

After more than four hours of public testimony, the Riverton City Council voted 5-2 late Tuesday to approve $48 million in bonds for a new downtown ballpark for the minor-league Riverton Bandits, clearing the way for construction to begin next spring.

The 6,500-seat stadium, planned for a vacant rail yard along Mill Street, would replace 62-year-old Hollis Field, which the team's owners have said no longer meets the facility standards required for affiliated clubs. Under the agreement, the team would pay $22 million of the $70 million project cost and sign a 30-year lease.

"This is about a lot more than baseball," said Councilmember Ray Delgado, who represents the district that includes the site. "This is about 400 construction jobs, it's about a neighborhood that's been waiting 20 years for somebody to invest in it, and it's about keeping something this city loves."

Councilmember Linda Haugen, who voted no along with Councilmember Paul Ostrowski, said she supported keeping the team but not the terms.

"I'm not against baseball. I'm against writing a check this size when we can't fill potholes on the east side," Haugen said. "The risk here is all on the taxpayers, and the upside is mostly on the owners."

A report by the city's Office of Budget and Policy released last month estimated the ballpark would generate "roughly $6.2 million a year in new economic activity," though it cautioned that some of that spending would likely shift from other local businesses.

Dozens of residents addressed the council before the vote. Members of the opposition group behind the "Not On Our Dime" campaign wore red shirts and held signs in the back of the chamber. One longtime season-ticket holder told the council that Hollis Field's restrooms were "an embarrassment to this city."

Bandits president Curtis Abernathy, who sat in the front row for the entire meeting, said afterward that the team had "heard the concerns loud and clear" and would hold quarterly public meetings during construction.

"We've been in this community for 31 years, and we intend to be here for 31 more," Abernathy said. "Tonight's vote makes that possible."

A spokeswoman for Mayor Teresa Okonkwo said the mayor "intends to sign the measure this week" and views the ballpark as "the cornerstone of everything we're trying to do downtown."

Construction is expected to take about 22 months, meaning the Bandits would play at least two more seasons at Hollis Field.""",
        [
            ("This is about a lot", "Ray Delgado"),
            ("This is about 400 construction", "Ray Delgado"),
            ("I'm not against baseball. I'm", "Linda Haugen"),
            ("The risk here is all", "Linda Haugen"),
            ("roughly $6.2 million a year", "Office of Budget and Policy"),
            ("an embarrassment to this city.", "longtime season-ticket holder"),
            ("heard the concerns loud and", "Curtis Abernathy"),
            ("We've been in this community", "Curtis Abernathy"),
            ("Tonight's vote makes that possible.", "Curtis Abernathy"),
            ("intends to sign the measure", "spokeswoman"),
            ("the cornerstone of everything we're", "spokeswoman"),
        ],
    ),
    (
        """Bellamy passes Monroe as Crowns’ career scoring leader in rout of Portland

By Jordan Ellery

CHARLOTTE — The game stopped with 3:12 left in the second quarter, and for a moment Tasha Bellamy didn’t understand why.

Then the video board above center court flashed her name and a number — 4,813 — and the sellout crowd of 9,104 at Queen City Arena rose to its feet. Bellamy’s pull-up jumper from the left elbow had just moved her past Keisha Monroe as the Charlotte Crowns’ career scoring leader.

Bellamy finished with 26 points and nine rebounds as the Crowns beat the Portland Firs 92-74 on Sunday afternoon for their fifth straight win.

“Honestly, I didn’t know until they stopped the game,” Bellamy said. “I was just running back on defense. Then I saw my mom crying in the front row and I lost it a little bit.”

Monroe, who set the record over 10 seasons and now works as an analyst on the team’s radio broadcasts, was on the call when it happened.

“I told her a long time ago that record wasn’t going to last,” Monroe said on the air. “I’m just glad I got to be in the building for it.”

Bellamy, 30, is in her eighth season with Charlotte, which drafted her ninth overall out of Appalachian Tech. She needed 19 points entering the game.

Coach Vivian Ashcroft said the milestone reflected Bellamy’s durability as much as her scoring. Bellamy has missed four games in eight seasons, according to the team.

“Tash has been the same person since the day she walked in here as a rookie,” Ashcroft said. “She’s the first one in, she’s the last one out, she’s never once asked for a night off. The record is nice. The consistency is the story.”

Point guard Simone Achterberg had 11 assists, several of them on Bellamy baskets in the first half.

“We wanted to get her there early so we could all just relax and play,” she said, laughing. “We’re not subtle.”

Portland (9-14) trailed by 21 at halftime and never got closer than 13 the rest of the way. Firs coach Gary Whitsett said his team “let go of the rope” after the stoppage and never recovered.

“That’s a special moment for them, and they deserve it,” Whitsett said. “But we’re a professional team. We can’t let the other team’s celebration become our excuse.”

Charlotte (16-7) hosts Minnesota on Wednesday.""",
        [
            ("Honestly, I didn’t know until", "Tasha Bellamy"),
            ("I was just running back", "Tasha Bellamy"),
            ("I told her a long", "Keisha Monroe"),
            ("I’m just glad I got", "Keisha Monroe"),
            ("Tash has been the same", "Vivian Ashcroft"),
            ("She’s the first one in,", "Vivian Ashcroft"),
            ("We wanted to get her", "Simone Achterberg"),
            ("We’re not subtle.", "Simone Achterberg"),
            ("let go of the rope", "Gary Whitsett"),
            ("That’s a special moment for", "Gary Whitsett"),
            ("But we’re a professional team.", "Gary Whitsett"),
        ],
    ),
]
