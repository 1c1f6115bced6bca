CASES = [
    (
        """Thunderhawks fire coach Dale Pruitt after 4-13 season

By MARCUS ELLERBY
AP Pro Football Writer

LOUISVILLE, Ky. (AP) — The Louisville Thunderhawks fired coach Dale Pruitt on Monday, one day after a 27-10 loss to Memphis closed out a 4-13 season and extended the franchise's playoff drought to seven years.

Owner Gretchen Vail said in a statement that the decision "was not made lightly" and thanked Pruitt for "three years of tireless work on behalf of this organization."

"We have fallen short of the standard our fans deserve, and that responsibility starts at the top," Vail said. "I include myself in that. We will conduct a thorough search, and we will get this right."

Pruitt, 58, went 15-36 in three seasons. He was hired in 2022 after nine years as a defensive coordinator with two other clubs and was credited with rebuilding a defense that had ranked last in the league in points allowed. The offense never followed, finishing in the bottom five in scoring in each of his seasons.

General manager Tom Okafor will remain in his role, the team said. Okafor told reporters at the team's training facility that he had spoken with Pruitt early Monday morning.

"Dale is a good football coach and a better man," Okafor said. "This is the hardest part of the job. But the results are the results."

The Thunderhawks lost their final six games, including a 41-3 defeat at Birmingham in which quarterback Devin Saylor was benched at halftime. Saylor, the No. 6 overall pick in 2023, threw 14 interceptions and was sacked 52 times, most in the league.

Asked whether Saylor would be the starter next season, Okafor said: "Devin is our quarterback. We believe in him. The next coach will believe in him, too."

Pruitt did not respond to a message seeking comment. In his final news conference Sunday, he said he had "no regrets about how we went about it" and that he expected to learn his fate "like everybody else, probably on Twitter."

Players were emptying their lockers when the news broke. Veteran linebacker Ray Castellano, a team captain, said the roster had let Pruitt down.

"You can put it on the coach, but we're the ones out there missing tackles," Castellano said. "He never lost the locker room. Not once."

Louisville is the fourth team to make a coaching change since the regular season ended. The Thunderhawks hold the No. 3 pick in April's draft and are expected to interview at least six candidates, beginning with both coordinators from the Birmingham staff.""",
        [
            ("was not made lightly", "Gretchen Vail"),
            ("three years of tireless work", "Gretchen Vail"),
            ("We have fallen short of", "Gretchen Vail"),
            ("I include myself in that.", "Gretchen Vail"),
            ("Dale is a good football", "Tom Okafor"),
            ("This is the hardest part", "Tom Okafor"),
            ("Devin is our quarterback.", "Tom Okafor"),
            ("no regrets about how we", "Dale Pruitt"),
            ("like everybody else, probably on", "Dale Pruitt"),
            ("You can put it on", "Ray Castellano"),
            ("He never lost the locker", "Ray Castellano"),
        ],
    ),
    (
        """Surge agree to trade All-Star guard Marcus Tillery to Generals

Adrian Vasquez
Senior NBA Writer

The Tampa Bay Surge have agreed to trade four-time All-Star guard Marcus Tillery to the Richmond Generals for a package that includes forward Jalen Brooks-Whitaker and three unprotected first-round picks, league sources said Wednesday.

Tillery, 29, asked for a trade in December after the Surge fell to 11-22 and fired coach Lyle Hennessey, according to a person familiar with the discussions. Tampa Bay had spent several weeks gauging interest from at least five teams before the talks with Richmond intensified over the weekend.

“Marcus wanted to be somewhere he could compete for a title right now,” one league executive involved in the talks said. “Tampa understood that. Once Richmond put the third pick on the table, it moved quickly.”

The deal is expected to be finalized Thursday pending physicals, the executive said.

Tillery is averaging 27.4 points and 6.8 assists this season and was named to the All-NBA second team last spring. He has two years remaining on a five-year, $215 million contract, with a player option for a third.

Generals president of basketball operations Noreen Hadley declined to comment, citing league rules that bar discussion of a trade before it is official. But speaking to reporters before Tuesday’s game against Nashville, coach Pete Moravec said the franchise was “not in the business of waiting around.”

“We’ve got a group that’s hungry and a building that’s loud,” Moravec said. “If there’s a chance to get better, you look at it. You’d be crazy not to.”

Brooks-Whitaker, 23, is averaging 16.2 points and 8.1 rebounds in his second season. He learned of the trade from his agent, Sam Feld, shortly before the Generals’ shootaround on Wednesday morning.

“He’s grateful to Richmond, and he’s excited for a fresh start,” Feld said in a text message. “Tampa’s getting a kid who’s going to be a star.”

The Surge are now expected to enter a full rebuild and could look to move veteran center Bo Kessler before next month’s trade deadline. Interim coach Darnell Price said after Tuesday’s loss that the team had been “in limbo for a month” and that players were eager for clarity.

“It’s been hard on everybody, not just Marcus,” Price said. “Guys see the stuff on their phones. You can’t pretend it isn’t there.”

The Generals (22-11) are second in the Eastern Conference, a game and a half behind Nashville. They have not won a playoff series since 2016.""",
        [
            ("Marcus wanted to be somewhere", "league executive involved in the talks"),
            ("Tampa understood that. Once Richmond", "league executive involved in the talks"),
            ("not in the business of", "Pete Moravec"),
            ("We’ve got a group that’s", "Pete Moravec"),
            ("If there’s a chance to", "Pete Moravec"),
            ("He’s grateful to Richmond, and", "Sam Feld"),
            ("Tampa’s getting a kid who’s", "Sam Feld"),
            ("in limbo for a month", "Darnell Price"),
            ("It’s been hard on everybody,", "Darnell Price"),
            ("Guys see the stuff on", "Darnell Price"),
        ],
    ),
    (
        """NFL suspends Blizzard receiver Terrence Gould six games under personal conduct policy

By Hannah Lindqvist
Staff writer

The NFL suspended Des Moines Blizzard wide receiver Terrence Gould for six games without pay on Friday, concluding a five-month investigation into an altercation at a Scottsdale, Ariz., nightclub last March.

The league said in a statement that Gould's conduct "fell well short of what is expected of those who represent the NFL" and that he would be eligible to return to the active roster after Week 7.

"The personal conduct policy applies to everyone in this league, regardless of stature," the statement said. "Mr. Gould has cooperated with the investigation and has accepted responsibility."

Gould, 27, was arrested after police said he struck a bouncer who had asked him to leave the club. Charges of assault and disorderly conduct were later reduced to a single misdemeanor, to which he pleaded no contest in June.

The NFL Players Association said it was reviewing the decision and had not ruled out an appeal. "We believe this discipline is excessive and inconsistent with prior cases," the union said.

Gould addressed the suspension in a post on social media Friday afternoon, writing that he was "embarrassed" and had "let down my teammates, my family and the city of Des Moines."

"I'm not going to make excuses," he wrote. "I've been in counseling since April and I'm going to keep doing the work."

Blizzard coach Ron Haverkamp, speaking before practice, said the team had been preparing for a suspension "for a while now" and would not rush to add a receiver.

"We knew this was coming at some point. We just didn't know the number," Haverkamp said. "T.G. has been great in the building. He's been honest with us. We'll support him, and we'll be ready to go without him."

A person with knowledge of the negotiations, who spoke on condition of anonymity because the talks were private, said the league had initially sought a 10-game ban before settling on six.

Gould caught 88 passes for 1,214 yards and nine touchdowns last season, his first after signing a four-year, $96 million extension. The suspension will cost him roughly $2.9 million in salary, according to figures provided by the team.

Quarterback Eli Brandt said the offense would lean more heavily on second-year receiver Kwame Addo and tight end Luke Voss during Gould's absence.

"Nobody replaces a guy like T.G.," Brandt said. "But Kwame's ready. He's been ready."

The Blizzard open the season Sept. 7 at home against Louisville.""",
        [
            ("fell well short of what", "NFL"),
            ("The personal conduct policy applies", "NFL"),
            ("Mr. Gould has cooperated with", "NFL"),
            ("We believe this discipline is", "NFL Players Association"),
            ("embarrassed", "Terrence Gould"),
            ("let down my teammates, my", "Terrence Gould"),
            ("I'm not going to make", "Terrence Gould"),
            ("I've been in counseling since", "Terrence Gould"),
            ("for a while now", "Ron Haverkamp"),
            ("We knew this was coming", "Ron Haverkamp"),
            ("T.G. has been great in", "Ron Haverkamp"),
            ("Nobody replaces a guy like", "Eli Brandt"),
            ("But Kwame's ready. He's been", "Eli Brandt"),
        ],
    ),
    (
        """Sound rally past Roadrunners behind Ibeh’s 41 points

NASHVILLE, Tenn. — Chidi Ibeh scored 41 points, including 17 in the fourth quarter, and the Nashville Sound erased a 19-point deficit to beat the Albuquerque Roadrunners 118-112 on Saturday night.

Ibeh shot 15 of 24 from the field and 8 of 9 from the free-throw line, and added nine rebounds and six assists. Nashville (34-20) won its fifth straight game and moved within a game of third place in the conference.

Albuquerque (27-28) led 88-69 late in the third quarter after a 14-0 run keyed by guard Tavon Reese, who finished with 29 points and 11 assists. The Roadrunners scored just 24 points after that.

Sound coach Miriam Delacroix said she considered calling a timeout during the run but wanted to see how her team responded.

“Sometimes you’ve got to let them figure it out,” Delacroix said. “They’re grown men. They know when they’re getting punked.”

Ibeh, who missed three games last week with a sprained left ankle, said the injury had not bothered him.

“Ankle’s fine. I’m fine,” he said. “I just felt like they were taking us lightly after that run, and I wasn’t going to let that happen in our building.”

Reserve center Oskar Lindahl added 14 points and 12 rebounds, and his block on Reese with 1:04 left preserved a four-point lead. Delacroix called it “the play of the night.”

Reese was blunt afterward:

“We stopped playing. That’s it. You can talk about schemes and rotations all you want, but we stopped moving the ball, stopped getting back, stopped talking. That’s on us, that’s on me as a leader.

“We’ve got to grow up. This is the time of year where every game matters, and we keep doing this.”

Roadrunners coach Alan Whitcomb said his team committed 11 turnovers in the fourth quarter, “which is just unacceptable at this level,” and that Nashville had scored 16 points off them.

Albuquerque has lost four of five and fell a game behind Richmond for the final play-in spot.

TIP-INS

Roadrunners: F Desmond Achebe (hamstring) missed his third straight game. ... Albuquerque was 6 of 29 from 3-point range.

Sound: Lindahl has grabbed at least 10 rebounds in six straight games. ... Nashville improved to 20-7 at home.

UP NEXT

Roadrunners: Visit Richmond on Tuesday night.

Sound: Host Tampa Bay on Monday night.""",
        [
            ("Sometimes you’ve got to let", "Miriam Delacroix"),
            ("They’re grown men. They know", "Miriam Delacroix"),
            ("Ankle’s fine. I’m fine,", "Chidi Ibeh"),
            ("I just felt like they", "Chidi Ibeh"),
            ("the play of the night.", "Miriam Delacroix"),
            ("We stopped playing. That’s it.", "Tavon Reese"),
            ("We’ve got to grow up.", "Tavon Reese"),
            ("which is just unacceptable at", "Alan Whitcomb"),
        ],
    ),
    (
        """Council backs $850 million stadium deal with Marshals

By Luis Ortega-Baird
Staff Writer

The San Antonio City Council voted 7-4 late Thursday to approve an $850 million public financing package for a new domed stadium for the San Antonio Marshals, ending nearly two years of negotiations and clearing the way for construction to begin next spring on the city's East Side.

The vote came after more than six hours of public comment, much of it opposed. Mayor Celia Arredondo, who negotiated the deal, called it "a generational investment" and said the stadium would anchor a broader redevelopment of the area around the old rail yards.

"This is not a gift to a billionaire. This is a partnership with guardrails," Arredondo said before the vote. "The team is on the hook for cost overruns, the team is on the hook for maintenance, and the team is staying in San Antonio for 35 years."

The Marshals will contribute $1.4 billion toward the estimated $2.3 billion project, according to the term sheet. The club also agreed to pay $4 million a year into a community benefits fund and to reserve a share of construction jobs for residents of surrounding ZIP codes.

Councilman Rudy Ybarra, who voted no, said the city was "writing a blank check with somebody else's name on it."

"Every economist who has looked at these deals says the same thing," Ybarra said. "The money doesn't come back. We've got streets on the South Side that flood every time it rains."

Marshals owner Whitney Calloway did not attend the meeting. In a statement, the team said it was "grateful to the council and to the people of San Antonio" and that the stadium would be "a home that every fan can be proud of."

A team spokeswoman said the Marshals expect the stadium to open for the 2030 season and intend to pursue a Super Bowl soon after. "That's the goal, and we're not shy about it," she said.

The Marshals have played at the city-owned Alamo Plaza Stadium since 1998. Calloway, who bought the team in 2019, had said publicly that the building was outdated and had met with officials in at least two other cities, which council members acknowledged had weighed on the negotiations.

Some residents who live near the site said they feared being priced out. Gloria Tenorio, 67, who has lived on Dakota Street for four decades, told the council her rent had already gone up twice this year.

"They say 'revitalization,'" Tenorio said. "I hear 'you're next.'"

The financing still requires approval from Bexar County commissioners, who are expected to take it up next month.""",
        [
            ("a generational investment", "Celia Arredondo"),
            ("This is not a gift", "Celia Arredondo"),
            ("The team is on the", "Celia Arredondo"),
            ("writing a blank check with", "Rudy Ybarra"),
            ("Every economist who has looked", "Rudy Ybarra"),
            ("The money doesn't come back.", "Rudy Ybarra"),
            ("grateful to the council and", "San Antonio Marshals"),
            ("a home that every fan", "San Antonio Marshals"),
            ("That's the goal, and we're", "spokeswoman"),
            ("They say 'revitalization,'", "Gloria Tenorio"),
            ("I hear 'you're next.'", "Gloria Tenorio"),
        ],
    ),
    (
        """NBA fines Generals’ Moravec $35,000 for criticizing officials

NEW YORK — The NBA fined Richmond Generals coach Pete Moravec $35,000 on Thursday for public criticism of the officiating after his team’s 109-107 loss to the Albuquerque Roadrunners.

The fine was announced by Kiara Dunmore, the league’s executive vice president of basketball operations. In a statement, the league said Moravec’s remarks “questioned the integrity of the game officials” and violated rules on public comments about officiating.

Moravec, speaking after Tuesday’s game, said the crew had “decided the outcome” and called the final two minutes “the worst officiated stretch of basketball I’ve seen in 20 years.”

“I’ll take the fine. I’ll write the check,” he said then. “Somebody has to say it. Our guys played their hearts out and they got robbed.”

The league’s “Last Two Minute Report,” released Wednesday, found that officials made two incorrect calls in the final 1:12, including a missed foul on Richmond forward Darius Kimbrough on a drive with 4.6 seconds left. The report found the remaining calls and non-calls in that span were correct.

Moravec had little to add on Thursday. “I said what I said,” he told reporters before practice. “I’m not going to add to it.”

A spokesman for the National Basketball Referees Association said in an emailed statement that officials “welcome accountability” but that “personal attacks have no place in this sport.”

Generals guard Antoine Pettaway said players appreciated their coach standing up for them.

“He had our back. That’s all you want from a coach,” Pettaway said. “We’ll chip in if he needs it,” he added, laughing.

It is the second fine this season for Moravec, who was docked $20,000 in November for confronting an official in a hallway after a loss at Nashville. He was also ejected twice last season.

The league has handed out more than $1.2 million in fines to coaches and players for criticizing officials this season, according to league figures, already surpassing last season’s total. Commissioner’s office officials have said they intend to review how the “Last Two Minute Report” is presented after complaints from several teams.

Richmond (24-13) remains second in the Eastern Conference. The Generals host Tampa Bay on Friday.""",
        [
            ("questioned the integrity of the", "NBA"),
            ("decided the outcome", "Pete Moravec"),
            ("the worst officiated stretch of", "Pete Moravec"),
            ("I’ll take the fine. I’ll", "Pete Moravec"),
            ("Somebody has to say it.", "Pete Moravec"),
            ("I said what I said,", "Pete Moravec"),
            ("I’m not going to add", "Pete Moravec"),
            ("welcome accountability", "spokesman"),
            ("personal attacks have no place", "spokesman"),
            ("He had our back. That’s", "Antoine Pettaway"),
            ("We’ll chip in if he", "Antoine Pettaway"),
        ],
    ),
    (
        """Blizzard rookie Ozuna takes long road from small-school star to first-round pick

By Carla Jessup
Staff Writer

DES MOINES, Iowa — Nate Ozuna had never been on an airplane until his junior year of college. On Friday, two days after the Des Moines Blizzard made him the 14th overall pick in the NFL draft, the offensive tackle stepped off one at the regional airport and into a crowd of cameras.

"It's a little overwhelming, honestly," Ozuna said at his introductory news conference, still wearing the team cap he was handed on draft night. "Three years ago I was stocking shelves at my uncle's hardware store in Las Cruces. Now I'm here."

Ozuna, 6-foot-6 and 318 pounds, played at Western Mesa State, a Division II school in New Mexico that had never had a player drafted in the first round. He started 44 games at left tackle and did not allow a sack as a senior, according to the school.

His college coach, Bill Terrazas, said NFL scouts began showing up at practice two seasons ago, sometimes three or four at a time.

"At first I thought they were there for somebody on the other team," Terrazas said in a phone interview. "Then they kept coming back. By last fall, I had to put out extra chairs."

He said Ozuna's work ethic set him apart.

"He'd be in the weight room at 5:30 in the morning, before the strength coach. I'd have to kick him out so the custodians could mop.

"People ask me if he can handle the jump in competition. I tell them he's been handling harder things than football his whole life."

Blizzard general manager Stacy Albrecht said the team had Ozuna rated as the best tackle in the draft and was surprised he was still available at No. 14. Some analysts had projected him as a second-round pick, citing questions about his level of competition.

"We don't draft the school, we draft the player," Albrecht said. "We watched every snap. We brought him in for a visit. He checked every box."

Ozuna is expected to compete with veteran Marcus Dyal for the starting job at right tackle. Coach Ron Haverkamp said nothing would be handed to the rookie but that he "wouldn't bet against him."

Ozuna said he had heard the criticism.

"Yeah, I've seen it. Small school, can't play with the big boys, all that," he said. "That's fine. I'll let the tape talk."

Ozuna and the rest of the Blizzard's draft class report for rookie minicamp on May 9.""",
        [
            ("It's a little overwhelming, honestly,", "Nate Ozuna"),
            ("Three years ago I was", "Nate Ozuna"),
            ("At first I thought they", "Bill Terrazas"),
            ("Then they kept coming back.", "Bill Terrazas"),
            ("He'd be in the weight", "Bill Terrazas"),
            ("People ask me if he", "Bill Terrazas"),
            ("We don't draft the school,", "Stacy Albrecht"),
            ("We watched every snap.", "Stacy Albrecht"),
            ("wouldn't bet against him.", "Ron Haverkamp"),
            ("Yeah, I've seen it. Small", "Nate Ozuna"),
            ("That's fine. I'll let the", "Nate Ozuna"),
        ],
    ),
    (
        """Sound's Ibeh to miss 4-6 weeks with ankle injury; coach says it's 'next man up'

By TRACY HOLLOWAY
Staff Writer

NASHVILLE, Tenn. — Nashville Sound star Chidi Ibeh will miss four to six weeks with a high ankle sprain, the team announced Tuesday, a blow to a club that had climbed into third place in the Western Conference.

Ibeh was hurt in the second quarter of Monday's 102-96 win over Tampa Bay when he landed on the foot of Surge center Bo Kessler while contesting a rebound. He left the arena on crutches.

An MRI on Tuesday morning confirmed the sprain, the team said in a statement, adding that Ibeh would be "re-evaluated in four weeks" and that surgery was not expected.

Coach Miriam Delacroix said she spoke with Ibeh after the exam and found him "in good spirits, all things considered."

"You don't replace 29 a night. You just don't," Delacroix told reporters before practice. "But we've got guys who have been waiting for a chance. It's next man up. That's not a cliche for us, that's the reality."

Ibeh, who is averaging 29.1 points, had already missed three games this season with a sprain to the same ankle. A person familiar with his medical history, who was not authorized to speak publicly, said the team's training staff had been concerned that the ankle had not fully healed when he returned.

Asked about that, Delacroix said she would "leave the medical stuff to the medical people."

Second-year guard Rashad Quarles is expected to move into the starting lineup. Quarles has averaged 11.4 points in 16 career starts.

"I've been ready," Quarles said. "Nobody wants it to happen like this. Chidi's our guy. But when your name gets called, you go."

Ibeh posted a short video on Instagram on Tuesday afternoon from the team's practice facility, his left foot in a walking boot. "I'll be back before y'all know it," he said in the clip.

Nashville went 2-1 without Ibeh earlier this season. The Sound play seven of their next 10 games on the road, beginning Thursday at Albuquerque.""",
        [
            ("next man up", "Miriam Delacroix"),
            ("re-evaluated in four weeks", "Nashville Sound"),
            ("in good spirits, all things", "Miriam Delacroix"),
            ("You don't replace 29 a", "Miriam Delacroix"),
            ("But we've got guys who", "Miriam Delacroix"),
            ("leave the medical stuff to", "Miriam Delacroix"),
            ("I've been ready,", "Rashad Quarles"),
            ("Nobody wants it to happen", "Rashad Quarles"),
            ("I'll be back before y'all", "Chidi Ibeh"),
        ],
    ),
]
