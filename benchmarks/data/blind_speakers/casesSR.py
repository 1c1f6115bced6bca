CASES = [
    (
        """Hartley’s unbeaten century drags Northdale to two-wicket win over Somerleigh

Tom Pemberton at Castlegate Road

There are days when county cricket produces the kind of drama that makes a near-empty ground feel full, and the final afternoon at Castlegate Road was one of them. Northdale, set 287 on a pitch that had offered sharp turn since the third day, got there with two wickets and 11 balls to spare, thanks almost entirely to an unbeaten 124 from their captain, Ben Hartley.

Hartley came in at 41 for three and watched four partners come and go before Josh Ellery, the No 9, dug in alongside him for an hour and a half. Their stand of 97 turned the match.

“I’m not sure I’ve enjoyed a hundred more,” Hartley said afterwards, still in his pads. “The ball was spitting out of the rough and Somerleigh bowled really well at us. Josh was outstanding. He kept telling me to stop looking at the scoreboard, which is probably the first time a tail-ender has given me advice I actually listened to.”

Ellery, 21 and playing only his fourth first-class match, finished on 38 from 141 balls. He described the partnership as “the longest 90 minutes of my life” and said he had simply tried to “get forward and smother everything”.

For Somerleigh, the defeat leaves them bottom of Division Two with one win from seven matches. Their head coach, Martin Doyle, did not hide his frustration. Three catches went down in the slips on the final day, two of them off the luckless off-spinner Amir Shah, who finished with six for 88.

“We created enough to win the game twice over,” Doyle said. “You can’t keep giving a player of Ben’s quality second and third lives. That’s not a criticism of effort – the lads are gutted in there – but at this level the margins are tiny and we’re on the wrong side of them far too often.”

He added that the club would look closely at its fielding preparation before next week’s trip to Ravensholme. “It’s not something we can fix with a speech,” he said. “It’s hours on the catching cradle, and that starts tomorrow morning.”

Shah, whose match figures of 10 for 151 were the best of his career, was more philosophical. Asked whether he felt hard done by, the 26-year-old smiled: “That’s cricket. I’ll take the ten wickets and try to forget the rest by Thursday.”

Northdale climb to third, 14 points behind the leaders, Ashbury. Their director of cricket, Graham Lowe, said the result showed what the squad could do when senior players took responsibility, and called Hartley’s innings “a captain’s knock in every sense”.

Hartley, who has been linked with a move to a Division One side, declined to be drawn on his future. “I’m here, I’m captain, and we’ve got a promotion push on,” he said. “That’s all I’m thinking about.”
""",
        [
            ("I’m not sure I’ve enjoyed", "Ben Hartley"),
            ("The ball was spitting out", "Ben Hartley"),
            ("the longest 90 minutes of", "Josh Ellery"),
            ("get forward and smother everything", "Josh Ellery"),
            ("We created enough to win", "Martin Doyle"),
            ("You can’t keep giving a", "Martin Doyle"),
            ("It’s not something we can", "Martin Doyle"),
            ("It’s hours on the catching", "Martin Doyle"),
            ("That’s cricket. I’ll take", "Amir Shah"),
            ("a captain’s knock in every", "Graham Lowe"),
            ("I’m here, I’m captain, and", "Ben Hartley"),
            ("That’s all I’m thinking", "Ben Hartley"),
        ],
    ),
    (
        """Chargers eye top-two finish as Royals look to arrest slide

Pune

Konkan Chargers captain Rohan Deshpande believes his side have "only played one good half" of the tournament so far, despite sitting second on the points table going into Saturday's fixture against Deccan Royals at the Sahyadri Cricket Ground.

The Chargers have won five of their seven matches, but three of those wins have come in last-over finishes, and Deshpande was candid about the batting order's struggles through the middle overs.

"We've been getting away with it a little bit," Deshpande said at the pre-match press conference on Friday. "Between overs seven and 15 we have not scored at the rate we want. The bowlers have bailed us out three or four times, and you can't rely on that when the knockouts come."

He confirmed that left-arm seamer Aakash Pawar, who missed the last game with a side strain, had come through a bowling session on Thursday and was "ninety per cent likely" to play.

The Royals, who began the season with three straight wins, have lost their last four and are in danger of dropping out of the playoff places. Their head coach, Suresh Iyengar, admitted the dressing room had been "a bit quiet" after Tuesday's nine-wicket hammering by the Malabar Tuskers, but insisted there was no panic.

"Four losses in a row is not nice, I won't pretend otherwise," Iyengar said. "But if you look at the games, we were in a winning position in two of them. It's about finishing. We've had long conversations as a group and I think the boys know exactly what is required."

Iyengar also backed opener Kunal Mehra, who has 61 runs in seven innings. "Kunal is our match-winner. He's one knock away, and I'd rather have him failing at the top than anyone else succeeding there."

The Royals captain, Abhishek Rane, did not attend the press conference. A team official said he had been rested from media duties after "a long week", and vice-captain Nitin Salve spoke in his place.

Salve said the squad had been studying footage of the Chargers' death bowling. "They have good variations but they are predictable with the fields," he said. "If we keep wickets in hand till the 16th over, we back ourselves against anyone."

The pitch at Sahyadri has produced an average first-innings score of 172 this season, and dew is expected to play a part in the evening game. According to the ground's curator, Vilas Jadhav, the surface has "a good covering of grass" and should offer something to the seamers early on.

Both captains are likely to want to chase. Deshpande said as much: "If we win the toss, I don't think it's a difficult decision."

The match starts at 7.30pm local time.
""",
        [
            ("only played one good half", "Rohan Deshpande"),
            ("We've been getting away with", "Rohan Deshpande"),
            ("Between overs seven and 15", "Rohan Deshpande"),
            ("ninety per cent likely", "Rohan Deshpande"),
            ("a bit quiet", "Suresh Iyengar"),
            ("Four losses in a row", "Suresh Iyengar"),
            ("But if you look at", "Suresh Iyengar"),
            ("Kunal is our match-winner.", "Suresh Iyengar"),
            ("a long week", "team official"),
            ("They have good variations but", "Nitin Salve"),
            ("If we keep wickets in", "Nitin Salve"),
            ("a good covering of grass", "Vilas Jadhav"),
            ("If we win the toss,", "Rohan Deshpande"),
        ],
    ),
    (
        """Carrigmore hold their nerve to edge Ballyross at Kilbraney Park

Gerry Nolan at Kilbraney Park

Carrigmore 23 Ballyross 20

A penalty from replacement out-half Cian Moriarty two minutes from time gave Carrigmore a first win at Kilbraney Park in six seasons and lifted them into the top four of Division 1A.

It was scarcely deserved on the balance of play. Ballyross led 20-13 with a quarter of an hour remaining and had dominated the scrum for long spells, but two yellow cards in the final quarter – for prop Darragh Kiely and captain Eoin Hanratty – left them exposed, and Carrigmore’s maul did the rest.

“I’m not going to stand here and say we were the better team, because we weren’t,” Carrigmore head coach Paul Tierney said. “Ballyross bullied us up front for 50 minutes. But the lads never stopped believing and when we got the numbers advantage we were clinical. That’s the bit I’m proud of.

“Cian coming on and kicking that with his first real involvement – he’s 19 – tells you a lot about the character in that group.”

Moriarty, who was only told he would be on the bench on Friday evening, said he had tried not to think about the scoreboard. “I just went through my routine,” he said. “Same as I do at training every Tuesday night. I didn’t look at the posts until I’d picked my spot.”

Ballyross director of rugby Declan Fahy was less forthcoming. Asked about the second sin-binning, for a high tackle that looked to have been softened by a dip from the ball carrier, he said only that he would “look at it again during the week” and would not be commenting on the referee.

Pressed further, Fahy conceded his side had been the authors of their own downfall. “We were in control and we let it slip. Discipline cost us. You can’t go down to 13 for four minutes against a side with a maul like theirs and expect to come out the other end. That’s on us, not on anyone else.”

Hanratty, whose late tackle on Carrigmore scrum-half Liam Brosnan drew the second card, was said by a club official to be “devastated” in the dressing room afterwards.

The result leaves Ballyross sixth, two points outside the play-off places, with three rounds remaining. They travel to leaders St Fintan’s next weekend.

Tierney was asked whether his side could now consider themselves genuine contenders. He laughed. “Ask me in three weeks,” he said. “We’ll enjoy tonight and be back in on Tuesday. That’s as far as I’m looking.”

Scorers – Carrigmore: Tries: Brosnan, Quinlan. Cons: Walsh 2. Pens: Walsh 2, Moriarty. Ballyross: Tries: Kiely, Hanratty. Cons: Gleeson 2. Pens: Gleeson 2.
""",
        [
            ("I’m not going to stand", "Paul Tierney"),
            ("Ballyross bullied us up front", "Paul Tierney"),
            ("Cian coming on and kicking", "Paul Tierney"),
            ("I just went through my", "Cian Moriarty"),
            ("Same as I do at", "Cian Moriarty"),
            ("look at it again during", "Declan Fahy"),
            ("We were in control and", "Declan Fahy"),
            ("devastated", "club official"),
            ("Ask me in three weeks", "Paul Tierney"),
            ("We’ll enjoy tonight and be", "Paul Tierney"),
        ],
    ),
    (
        """Kaimai name unchanged side for semifinal as Tupou shakes off ankle scare

By Sam Whitaker

Kaimai coach Hamish Rowe has named an unchanged starting side for Saturday's semifinal against Whitestone at Harbourside Park, with first-five Sione Tupou passed fit after an ankle scare at training on Tuesday.

Tupou rolled the ankle during a contact session and was taken off for ice, prompting a nervous 24 hours in the Kaimai camp. Scans on Wednesday showed no structural damage.

"It was a bit of a heart-in-mouth moment, to be honest," Rowe told reporters at the team naming on Thursday. "Sione's been the heartbeat of what we've done this year. But he's trained fully today, he's moving well and the medical staff are comfortable. We wouldn't be picking him if there was any doubt."

Tupou has kicked 112 points this season, the most in the competition, and his combination with halfback Jordan Heke has been central to a side that finished the round robin in second place.

Captain and No 8 Ethan Parata said the group had spent the week focusing on their own game rather than the opposition.

"We know what Whitestone bring - they're big, they'll want to slow it down and squeeze us at set piece," he said. "If we let them dictate the tempo, we're in trouble. We've got to play at our speed."

Whitestone, who beat Kaimai 27-24 in round six, will be without lock Mitchell Brandt, who was cited after last weekend's quarterfinal and has accepted a two-week suspension.

In a statement, the Whitestone Rugby Union said it was "disappointed" with the outcome but would not appeal.

"Mitchell has accepted the decision and the team has moved on," the statement said. "We have every confidence in the depth of our locking stocks."

Whitestone coach Dean Fairbrother, speaking on local radio earlier in the week, said the loss of Brandt was "a blow, no question" but described his replacement, 20-year-old Taine Rewiti, as "a player with a big future who has earned this".

Fairbrother was also quick to play down the significance of the round-six win. "That was two months ago. Both teams have changed a lot since then," he said.

Kickoff is at 7.05pm. The winner will host the final next weekend against either Manawa Coast or Awatea, who meet in the other semifinal on Sunday afternoon.
""",
        [
            ("It was a bit of a", "Hamish Rowe"),
            ("Sione's been the heartbeat of", "Hamish Rowe"),
            ("We know what Whitestone bring", "Ethan Parata"),
            ("If we let them dictate", "Ethan Parata"),
            ("disappointed", "Whitestone Rugby Union"),
            ("Mitchell has accepted the decision", "Whitestone Rugby Union"),
            ("We have every confidence in", "Whitestone Rugby Union"),
            ("a blow, no question", "Dean Fairbrother"),
            ("a player with a big", "Dean Fairbrother"),
            ("That was two months ago.", "Dean Fairbrother"),
        ],
    ),
    (
        """Rhinos stun Buffaloes with late Botha try

Potchefstroom - A last-gasp try from wing Pieter Botha handed the Vaal Rhinos a 31-28 win over the Bushveld Buffaloes at Mooirivier Stadium on Saturday, ending the visitors' unbeaten run in the competition.

The Buffaloes looked to have done enough when flyhalf Riaan Steyn slotted a 76th-minute penalty to put them three points ahead, but Rhinos centre Thabo Mokoena broke two tackles from a lineout on halfway and found Botha on the outside for the winner.

"That's the best try I've ever scored, and I only ran about five metres," Botha said with a grin. "All the credit goes to Thabo. He did the hard work, I just had to catch it and fall over."

Rhinos coach Willem Nel said his team had shown "real bottle" after trailing 21-10 at half-time.

"At the break I didn't have to say much," Nel told reporters. "The players knew. We were too passive at the breakdown and we were giving them cheap penalties. We sorted that out and the momentum swung."

Nel added that he was concerned about a knee injury to lock Johan Fourie, who was helped from the field in the 55th minute. "It doesn't look great. We'll know more after the scan on Monday."

Buffaloes captain Sipho Dlamini did not look for excuses.

"We switched off for one phase and got punished. That's the game," he said. "We've been winning tight matches all season, so maybe this was coming. We'll take it on the chin."

His coach, Andries van Wyk, was more pointed about the officiating, saying there were "two or three calls at the breakdown" he would be raising with the match commissioner.

"I'm not going to blame the referee for the result," Van Wyk said. "But we want consistency. When the same thing happens at both ends of the field, it should be blown the same way."

The Buffaloes remain top of the log on 26 points, four clear of the Rhinos.

According to a statement from the Bushveld Rugby Union on Sunday, Steyn will undergo a concussion assessment after taking a knock to the head in the final minute and is "being managed in line with return-to-play protocols".

The Rhinos host the Highlands Hawks next weekend, while the Buffaloes are away to the Karoo Leopards.
""",
        [
            ("That's the best try I've", "Pieter Botha"),
            ("All the credit goes to", "Pieter Botha"),
            ("real bottle", "Willem Nel"),
            ("At the break I didn't", "Willem Nel"),
            ("The players knew.", "Willem Nel"),
            ("It doesn't look great.", "Willem Nel"),
            ("We switched off for one", "Sipho Dlamini"),
            ("We've been winning tight matches", "Sipho Dlamini"),
            ("two or three calls at", "Andries van Wyk"),
            ("I'm not going to blame", "Andries van Wyk"),
            ("But we want consistency.", "Andries van Wyk"),
            ("being managed in line with", "Bushveld Rugby Union"),
        ],
    ),
    (
        """Eastbrook end 19-year drought as Mahoney spins Port Marlow out

By Kate Forsyth

Eastbrook have won their first first-grade premiership since 2006, bowling out Port Marlow for 164 on the second day of the grand final at Riverside Oval to win by 87 runs.

Leg-spinner Callum Mahoney, 34 and in what he has hinted will be his final season, took 6-41, including the key wicket of Port Marlow captain Dylan Short for 58 just after tea.

Mahoney, known around the club as “Mutt”, was mobbed by teammates when the final wicket fell, a top edge from No. 11 Ravi Patel that was held by wicketkeeper Josh Trinh.

“I’ve been at this club since I was 12,” Mahoney said. “My old man played here, my brother played here. We’ve lost three grand finals in that time, and I was starting to think it just wasn’t meant to be. To be out there at the end is – I don’t really have the words.”

Asked if this was his last game, he was non-committal: “Ask me after a few beers. Probably. Maybe not.”

Eastbrook captain Sam Kovac, who made 72 in the first innings to help his side to 251, paid tribute to the veteran.

“Mutt’s carried our bowling attack for about a decade,” Kovac said. “There wasn’t anyone in that dressing room who didn’t want it for him more than they wanted it for themselves.”

Port Marlow had been favourites after finishing on top of the ladder, but their batting never recovered after losing three wickets for 11 runs before lunch. Short said the side had been “outplayed, pure and simple”.

“We didn’t adapt well enough,” he told reporters. “Once the ball started gripping we went into our shells a bit and let Callum dictate. Credit to him. He bowled beautifully.

“It hurts now, but this is a young group and a lot of these blokes will be better for it.”

According to Eastbrook president Maree Collins, about 2000 people attended across the two days, the biggest crowd at the ground for a club fixture in more than a decade. She said the club planned to hold a function for past players next month to “share this with everyone who put in the hard yards before us”.

Eastbrook coach Tony Sheridan kept his remarks brief. “Proud of them. Really proud,” he said, before being doused with a bucket of iced water by his players.
""",
        [
            ("I’ve been at this club", "Callum Mahoney"),
            ("My old man played here,", "Callum Mahoney"),
            ("Ask me after a few", "Callum Mahoney"),
            ("Mutt’s carried our bowling attack", "Sam Kovac"),
            ("There wasn’t anyone in that", "Sam Kovac"),
            ("outplayed, pure and simple", "Dylan Short"),
            ("We didn’t adapt well enough", "Dylan Short"),
            ("Once the ball started gripping", "Dylan Short"),
            ("It hurts now, but this", "Dylan Short"),
            ("share this with everyone who", "Maree Collins"),
            ("Proud of them. Really proud", "Tony Sheridan"),
        ],
    ),
    (
        """Holmbridge coach hails ‘massive’ win as promotion hopes stay alive

By Rachel Dunn, Sports Reporter

HOLMBRIDGE head coach Steve Marsden praised his side’s ‘never-say-die attitude’ after they came from 17 points down to beat Castleton 29-24 at Mill Lane on Saturday.

The result keeps Holmbridge second in Regional One North West, two points behind leaders Ashworth Park with four games remaining.

Castleton raced into a 17-0 lead inside 25 minutes, with centre Kieran Lomax crossing twice, and Marsden admitted he had feared the worst.

‘I’m not going to lie, at 17-nil I was worried,’ he said. ‘We were off the pace, we were missing tackles and Castleton were taking every chance they got.

‘But we got a try back just before half-time through Danny and that changed the mood completely. At the break the message was simple – stay patient, keep the ball, and trust the fitness work we’ve put in since August.

‘It’s a massive win. Results like that can define a season.’

Holmbridge’s fightback began when flanker Danny Whitworth powered over from a lineout drive on 38 minutes. Second-half tries from winger Ollie Brennan and scrum-half Matt Tranter turned the game, and although Castleton briefly regained the lead through a converted try from hooker Sean Ainscough, two penalties from full-back Jack Pearce in the last ten minutes sealed it. Pearce finished with 14 points.

Castleton director of rugby Neil Garside said his side had ‘lost the plot’ after the break.

‘We were excellent for 30 minutes and then we stopped doing the things that got us ahead,’ he said. ‘Holmbridge deserve credit because they kept going, but we’re hugely disappointed with ourselves.’

Castleton RFC confirmed in a post on social media that Lomax had been taken to hospital as a precaution with a suspected shoulder injury.

‘Kieran is in good spirits and we’ll update supporters when we know more,’ the post said.

Holmbridge captain Tom Fielding, who was making his 150th first-team appearance, said the second half was ‘the best 40 minutes we’ve played all season’.

‘The boys were brilliant,’ he added. ‘Now we need to go to Ashworth Park and do it again. If we win there, it’s in our hands.’

Holmbridge travel to Ashworth Park on Saturday (3pm).
""",
        [
            ("massive", "Steve Marsden"),
            ("never-say-die attitude", "Steve Marsden"),
            ("I’m not going to lie,", "Steve Marsden"),
            ("We were off the pace,", "Steve Marsden"),
            ("But we got a try", "Steve Marsden"),
            ("It’s a massive win.", "Steve Marsden"),
            ("lost the plot", "Neil Garside"),
            ("We were excellent for 30", "Neil Garside"),
            ("Holmbridge deserve credit because they", "Neil Garside"),
            ("Kieran is in good spirits", "Castleton RFC"),
            ("the best 40 minutes we’ve", "Tom Fielding"),
            ("The boys were brilliant", "Tom Fielding"),
            ("Now we need to go", "Tom Fielding"),
        ],
    ),
    (
        """Falcons' Charles hits back at critics with match-winning ton

WINDWARD Falcons captain Keron Charles answered his critics in the most emphatic way yesterday, stroking an unbeaten 141 to steer his side to a six-wicket victory over the Leeward Sentinels on the final day of their four-day match at Grenville Park.

Chasing 302, the Falcons had slipped to 88 for four before Charles and wicketkeeper-batsman Devon Alleyne put on an unbroken 214 for the fifth wicket. Alleyne finished on 87 not out.

Charles, who had managed just 43 runs in his previous five innings, had come under fire on social media and from some former players, with one ex-Test player describing his recent batting on radio as "lazy and careless".

"People are entitled to their opinions," Charles said at the post-match press conference. "I know what I'm capable of and so does the dressing room. I didn't feel I had to prove anything to anybody outside, but I'm happy I could deliver for the team today."

He said the partnership with Alleyne had been built on "simple things - rotate the strike, punish the bad ball".

"Devon was superb. When he came in, the ball was still doing a bit and he just absorbed the pressure. That allowed me to play my game," Charles said.

The Falcons' so-called "run-a-ball" approach to fourth-innings chases, introduced by head coach Ricardo Forde at the start of the season, had come in for criticism after defeats in the opening two rounds. Forde said the result vindicated the team's thinking.

"We are not going to go into our shells and bat for a draw. That's not who we want to be," Forde said. "Some days it will backfire. Today it didn't, and the guys showed they can do it against a very good attack."

Sentinels captain Shamar Browne said his bowlers had been "flat" on the final day and accepted responsibility for delaying the second new ball.

"In hindsight, maybe we left it a bit late," he admitted. "The old ball wasn't doing anything and they got set. That's on me as captain."

The victory lifts the Falcons to second in the standings, behind the Northern Kestrels.

Charles' return to form will be welcomed by regional selectors, who are due to name a squad for next month's home series. A selector, who asked not to be named, told this newspaper that the captain had "never been out of the conversation".

In a statement last evening, the Regional Cricket Board said the squad would be announced "on or before the 14th" and that fitness assessments on several players were ongoing.
""",
        [
            ("lazy and careless", "ex-Test player"),
            ("People are entitled to their", "Keron Charles"),
            ("I know what I'm capable", "Keron Charles"),
            ("simple things - rotate the", "Keron Charles"),
            ("Devon was superb. When he", "Keron Charles"),
            ("We are not going to", "Ricardo Forde"),
            ("Some days it will backfire.", "Ricardo Forde"),
            ("flat", "Shamar Browne"),
            ("In hindsight, maybe we left", "Shamar Browne"),
            ("The old ball wasn't doing", "Shamar Browne"),
            ("never been out of the", "selector"),
            ("on or before the 14th", "Regional Cricket Board"),
        ],
    ),
]
