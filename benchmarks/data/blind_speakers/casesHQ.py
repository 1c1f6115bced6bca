CASES = [
    (
        """Harcourt holds off Pryce to claim maiden Saloon Championship win at Castlemoor

By Declan Ferris, PA

Owen Harcourt claimed his first victory in the National Saloon Championship after holding off a late charge from reigning champion Gethin Pryce in a dramatic final race at Castlemoor on Sunday.

The 23-year-old from Shrewsbury, driving for the Kestrel Motorsport team, crossed the line just 0.214 seconds ahead of Pryce after the Welshman had closed a two-second gap over the final four laps.

"I could see him in the mirrors getting bigger and bigger every lap, and to be honest I was just trying not to look," Harcourt said.

"The tyres were completely gone by the end. I've been dreaming about this since I was racing karts at Little Brinton, so to do it here in front of my family means everything."

Pryce, who now trails championship leader Marcus Adeyemi by 19 points with three rounds remaining, said he had "nothing left to give" by the final corner.

"We got the strategy right, I think, but we just ran out of laps," the Vantage Racing driver told reporters. "Fair play to Owen, he didn't put a wheel wrong."

Adeyemi endured a difficult afternoon, finishing ninth after contact with Stuart Lyle at the tight hairpin known as "the Kettle" on the opening lap left his Brockley Autosport car with damaged steering.

Race stewards reviewed the incident and took no further action, describing it in a bulletin as "a racing incident with no driver predominantly to blame".

Adeyemi was less forgiving. "I'd left him plenty of room and he's just driven into the side of me," he said. "It's frustrating, but the points gap is still healthy and we go to Tarnby next, where we've been quick all year."

Lyle, for his part, insisted the contact was accidental. Asked about Adeyemi's comments, the Scot said: "I'll speak to Marcus privately. I'm not going to have a row in the media about it."

Kestrel team principal Rachel Dunmore said the win justified the decision to hand Harcourt a full-time seat at the start of the year.

"There were people in the paddock who told us he was too raw," she said. "He's shown today he can handle the pressure, and I think he's only going to get better."

The championship resumes at Tarnby Park on September 14.""",
        [
            ("I could see him in", "Owen Harcourt"),
            ("The tyres were completely gone", "Owen Harcourt"),
            ("nothing left to give", "Gethin Pryce"),
            ("We got the strategy right,", "Gethin Pryce"),
            ("Fair play to Owen, he", "Gethin Pryce"),
            ("a racing incident with no", "race stewards"),
            ("I'd left him plenty of", "Marcus Adeyemi"),
            ("It's frustrating, but the points", "Marcus Adeyemi"),
            ("I'll speak to Marcus privately.", "Stuart Lyle"),
            ("There were people in the", "Rachel Dunmore"),
            ("He's shown today he can", "Rachel Dunmore"),
        ],
    ),
    (
        """Brennan vows to ‘silence the doubters’ in Castlebar homecoming

Seán Kilbride

Ciarán Brennan insists he has never felt sharper as he prepares to top the bill in front of a home crowd at the Royal Theatre in Castlebar on Saturday night.

The 29-year-old Mayo super-lightweight, whose only professional defeat came on a split decision in Belfast last October, faces unbeaten Englishman Danny Royce for the vacant Celtic Boxing Union title.

“People have written me off since Belfast, and that’s fine,” Brennan said at yesterday’s final press conference in the Riverside Hotel. “I’ve heard it all — that I’m too old, that my hands are gone. I’m going to silence the doubters on Saturday and there’ll be no need for the judges this time.”

Brennan, who still works part-time as a plasterer, has been in camp in Dublin under veteran trainer Mick Gaughan for ten weeks.

Gaughan described his fighter as “the fittest I’ve ever had him” and said the Belfast loss had been “the making of him”.

“He was going through the motions a bit before that fight,” Gaughan said. “He’d won 14 on the spin and I think he believed his own press. That night woke him up.

“Since then he’s been first in the gym every morning. I’ve had to send him home some days.”

Royce (22-0, 11 KOs), from Doncaster, was unfazed by the prospect of facing Brennan in his own backyard.

“I’ve boxed away from home before and it doesn’t bother me,” he said. “Once the bell goes it’s just two lads in a ring. The crowd don’t throw punches.”

His promoter, Lee Whitcombe of Redline Boxing, was more pointed, claiming the Irish camp had been “playing games” over the choice of gloves for the contest.

“We agreed on one brand weeks ago and then on Tuesday we’re told it’s changed,” Whitcombe said. “It’s been sorted now, but it tells you they’re nervous.”

A spokeswoman for Western Promotions, which is staging the event, said the issue had been “a simple misunderstanding” and that both camps had since signed off on the equipment.

Tickets for the nine-fight card sold out within four hours of going on sale in June, according to the promoters, and the bout will be shown live on the Ringside Ireland streaming service.

It will be the first professional show in the town in almost two decades, and local councillors have backed calls for it to become an annual event.""",
        [
            ("silence the doubters", "Ciarán Brennan"),
            ("People have written me off", "Ciarán Brennan"),
            ("I’ve heard it all", "Ciarán Brennan"),
            ("the fittest I’ve ever had", "Mick Gaughan"),
            ("the making of him", "Mick Gaughan"),
            ("He was going through the", "Mick Gaughan"),
            ("Since then he’s been first", "Mick Gaughan"),
            ("I’ve boxed away from home", "Danny Royce"),
            ("Once the bell goes it’s", "Danny Royce"),
            ("playing games", "Lee Whitcombe"),
            ("We agreed on one brand", "Lee Whitcombe"),
            ("It’s been sorted now, but", "Lee Whitcombe"),
            ("a simple misunderstanding", "spokeswoman"),
        ],
    ),
    (
        """Outsider Quiet Arrangement stuns Bellbrook Cup field

By Jess Talbot, AAP

Outsider Quiet Arrangement has handed Mirrabool trainer Kerry-Anne Holt the biggest win of her career, storming home from near last to take the $500,000 Bellbrook Cup at Yarralee Park.

Sent out at $31, the five-year-old gelding was ridden by apprentice Jayden Moult, who was having just his third ride in a Group Three race.

Moult, 19, waited until the 200m before angling into the clear and collared the favourite Copper Sovereign in the final strides to win by a long neck, with Harbour Charm a length away third.

"I couldn't believe it when he kept finding," Moult said. "Kerry-Anne told me to be patient and not panic if we were back, so I just sat there and prayed the gaps would come."

Holt, who trains a team of 14 horses from a property outside Mirrabool, said she had nearly scratched the gelding earlier in the week after he pulled up sore from a gallop.

"We had the vet out on Tuesday and it was touch and go," she said.

"He's an old-fashioned stayer, he just needed a bit of luck and a true tempo. It's a big day for a small stable like ours."

Copper Sovereign's trainer Graham Pellow was philosophical about the defeat, saying the stallion had "done everything right bar the last fifty metres".

"He'll go to the spring now and we'll look at the Ashgrove Stakes," Pellow told AAP.

Stewards questioned Copper Sovereign's rider Luke Varga over his use of the whip in the straight but took no action after viewing the footage.

A Northern Racing Authority statement said Varga had "remained within the permitted number of strikes prior to the 100m" and that no breach of the rules had occurred.

The win was a costly one for punters, with Copper Sovereign having been heavily backed from $3.60 into $2.80 on the morning of the race.

An on-course bookmaker said the result had been "a good one for the ring", with very little money for the winner after the early markets.

The meeting attracted a crowd of 11,400, the club said, its biggest since 2019.

Yarralee Turf Club chief executive Andrew Szabo said: "We've put a lot of work into making the Cup a proper family day and it's paying off."

The club's next feature meeting is the Winter Carnival in July.""",
        [
            ("I couldn't believe it when", "Jayden Moult"),
            ("Kerry-Anne told me to be", "Jayden Moult"),
            ("We had the vet out", "Kerry-Anne Holt"),
            ("He's an old-fashioned stayer, he", "Kerry-Anne Holt"),
            ("done everything right bar the", "Graham Pellow"),
            ("He'll go to the spring", "Graham Pellow"),
            ("remained within the permitted number", "Northern Racing Authority"),
            ("a good one for the", "on-course bookmaker"),
            ("We've put a lot of", "Andrew Szabo"),
        ],
    ),
    (
        """Ballycorrig Stages Rally abandoned after car leaves road near spectator area

The Ballycorrig Stages Rally was abandoned on Sunday afternoon after a competing car left the road on the fourth special stage and came to rest close to an area where spectators had gathered.

No spectators were injured, but the driver and co-driver of the car, a Ford Fiesta competing in the national class, were taken to Midwest Regional Hospital as a precaution.

The organisers, Shannonside Motor Club, said in a statement that the decision to halt the event had been taken "in the interests of safety and out of respect for the crew involved".

"The clerk of the course, in consultation with the event safety officer and the Irish Rally Federation steward, determined that the remaining stages could not be run," the statement said.

Gardaí said the crew, a man in his 30s and a man in his 20s, were conscious and talking when they were taken from the scene. A Garda spokesman said there was "no indication of any third-party involvement" and that the matter would be reviewed by the sport's governing body.

One spectator, who asked not to be named, said the car had "just kept going straight" at a fast left-hand bend about two kilometres into the stage.

"It went through the ditch and over a wall. People were standing a good bit back from there, thank God, because the marshals had moved them on earlier," he said.

Niall Garvey, who was leading the event by 14.2 seconds in his Škoda Fabia before the stoppage, said results were "the last thing on anyone's mind".

"You never want to see a day end like this," Garvey said. "The marshals and the medical crews were on the scene within a minute or two, and that's a credit to the club. We're all just hoping the lads are okay."

Clerk of the course Bríd Lenihan later told reporters that the spectator area in question had been "reviewed and approved" at the pre-event inspection on Saturday.

"We'll co-operate fully with any review, as we always would," she said. "Every year the safety plan for this event gets tighter, and we'll learn from whatever comes out of today."

The rally, which counts towards the Western Clubmen's Championship, attracted 87 entries. It is not yet known whether championship points will be awarded.""",
        [
            ("in the interests of safety", "Shannonside Motor Club"),
            ("The clerk of the course,", "Shannonside Motor Club"),
            ("no indication of any third-party", "spokesman"),
            ("just kept going straight", "spectator"),
            ("It went through the ditch", "spectator"),
            ("the last thing on anyone's", "Niall Garvey"),
            ("You never want to see", "Niall Garvey"),
            ("The marshals and the medical", "Niall Garvey"),
            ("reviewed and approved", "Bríd Lenihan"),
            ("We'll co-operate fully with any", "Bríd Lenihan"),
            ("Every year the safety plan", "Bríd Lenihan"),
        ],
    ),
    (
        """Marsh retains British title after brutal war with Kinsella

Gareth Aldous

Jordan Marsh retained his British middleweight title with a 10th-round stoppage of Liam Kinsella at the Ironworks Arena in Bramhurst on Saturday night, but admitted afterwards that the challenger had pushed him harder than anyone in his career.

Marsh, 27, who fights under the nickname ‘The Bramhurst Hammer’, was cut over the left eye in the third round and appeared to be trailing on at least one scorecard before a right hand dropped Kinsella midway through the ninth. Referee Phil Dawes waved the contest off 40 seconds into the next round after a flurry against the ropes.

‘He’s the toughest man I’ve been in with, no question,’ Marsh said in the ring. ‘I thought I had him in the fifth and he just walked through it. I’ve got nothing but respect for him and his team.’

Kinsella, a 31-year-old from Luton, made no complaint about the stoppage, though he admitted he had been ‘a bit surprised’ by its timing.

‘I was still throwing back, but the ref’s job is to look after fighters and I won’t moan about it,’ he said. ‘I’ll go home, see my kids, and have a think about what comes next.’

Kinsella was later taken to hospital for precautionary checks. A statement from his management company, Northgate Sports, said: ‘Liam is in good spirits and has been talking to his family. The scans are purely routine.’

Marsh’s promoter, Frank Delahaye of Crown Ring Promotions, said he would now push for a European title shot before the end of the year.

‘Jordan’s done everything asked of him at domestic level,’ Delahaye said. ‘He’s made two defences, he’s fought the best available, and he deserves a crack at the next level. We’ll be talking to the European champion’s people this week.’

Not everyone at ringside was convinced Marsh is ready. One veteran trainer, who did not wish to be named, said the champion had been ‘far too easy to hit’ for the first half of the fight, adding: ‘If he does that against a proper European-level operator, he’ll get found out.’

On the undercard, Bramhurst heavyweight prospect Kwame Addo moved to 9-0 with a second-round stoppage of Croatian journeyman Ivo Petrak.

Addo, who sold more than 600 tickets for his first appearance on a major bill, said: ‘I want to be busy. Four or five fights next year and then we’ll see where we are.’""",
        [
            ("He’s the toughest man I’ve", "Jordan Marsh"),
            ("a bit surprised", "Liam Kinsella"),
            ("I was still throwing back,", "Liam Kinsella"),
            ("I’ll go home, see my", "Liam Kinsella"),
            ("Liam is in good spirits", "Northgate Sports"),
            ("Jordan’s done everything asked of", "Frank Delahaye"),
            ("He’s made two defences, he’s", "Frank Delahaye"),
            ("far too easy to hit", "veteran trainer"),
            ("If he does that against", "veteran trainer"),
            ("I want to be busy.", "Kwame Addo"),
        ],
    ),
    (
        """Champion jockey Fenwick handed 10-day ban for careless riding at Aldbury

By Helen Crowther, PA

Champion jockey Tom Fenwick will miss the opening days of the Kingsmead Festival after being handed a 10-day suspension for careless riding at Aldbury on Thursday.

Fenwick, 34, was found to have allowed his mount Silver Lantern to drift right-handed in the closing stages of the two-mile handicap hurdle, hampering the runner-up Brodie's Choice, ridden by Aoife Clancy.

The placings were left unaltered, but the stewards ruled that Fenwick had "failed to take sufficient corrective action" and referred the case to a disciplinary panel of the Horseracing Standards Authority (HSA) because of his previous record.

Fenwick, who has already served two careless riding bans this season, said he was "gutted" by the decision and was considering an appeal.

"I thought I'd done enough to keep him straight," he said. "He's a horse who hangs when he's tired and I had my stick in the correct hand. I'll sit down with my agent and we'll look at the footage again before we decide anything."

His agent, Mark Bellamy, said the length of the ban was "hard to understand" given the interference had not affected the result.

In a statement, the HSA said: "The panel took into account Mr Fenwick's previous record, which includes two suspensions for similar offences in the past six months. It considered that an increased penalty was appropriate in the circumstances."

Clancy, who finished a length and a quarter behind on Brodie's Choice, said she had lost "a bit of momentum" but did not believe she would have won.

"I'd have been closer, maybe, but the winner was the best horse on the day," the Irish rider said.

Silver Lantern's trainer, Jennifer Oakes, said the suspension was "a blow" ahead of the festival, where Fenwick had been booked for several of her runners, including leading fancy Hightown Rebel.

"Tom knows the horses better than anyone and it's not ideal, but we'll find someone," Oakes said. "Whoever gets the ride on Hightown Rebel is getting a good spin."

One figure close to the Oakes yard said the ride would go to "whoever's free and fit on the day", with at least two senior jockeys understood to have been approached.

Fenwick has 48 hours to lodge an appeal.""",
        [
            ("failed to take sufficient corrective", "stewards"),
            ("gutted", "Tom Fenwick"),
            ("I thought I'd done enough", "Tom Fenwick"),
            ("He's a horse who hangs", "Tom Fenwick"),
            ("hard to understand", "Mark Bellamy"),
            ("The panel took into account", "Horseracing Standards Authority"),
            ("a bit of momentum", "Aoife Clancy"),
            ("I'd have been closer, maybe,", "Aoife Clancy"),
            ("a blow", "Jennifer Oakes"),
            ("Tom knows the horses better", "Jennifer Oakes"),
            ("Whoever gets the ride on", "Jennifer Oakes"),
            ("whoever's free and fit on", "figure close to the Oakes yard"),
        ],
    ),
    (
        """Nolan's Dromore Lad lands Kilbarron Plate for GAA club syndicate

Dromore Lad gave trainer Eamon Nolan a first festival winner in 11 years when landing the €150,000 Kilbarron Plate at Clonmoyle yesterday, much to the delight of the 22-strong syndicate that owns him.

Ridden by Cathal Breen, the seven-year-old travelled strongly throughout and quickened clear after the second-last to beat the Denise Harte-trained Moonlit Bay by three and a half lengths.

'It's been a long wait,' Nolan said in the winner's enclosure. 'We've had plenty of seconds and thirds here over the years, and you start to wonder will it ever happen. This lad deserved it. He's been knocking on the door all season.'

Nolan, who trains 30 horses at Killeagh Cross, bought the gelding as an unraced three-year-old for €11,000.

The syndicate, made up mostly of members of the local GAA club, each paid €500 for a share.

Syndicate manager Siobhán Dwyer said the celebrations would go on 'for as long as the barman lets us'.

'Half of these lads had never been to a race meeting before they bought into him,' she said. 'Now they're ringing Eamon every morning to ask how he ate his breakfast.'

Breen, completing a double on the day, said the horse had 'travelled like a dream'.

'I was worried the ground might be a bit quick for him but he loved it,' he said. 'Once I gave him a squeeze after the second-last, he was gone.'

According to the bookmakers, Dromore Lad was heavily backed on course, having been as big as 14/1 in the morning before being sent off the 6/1 joint-favourite. One course bookmaker said the syndicate had 'taken a few quid off us', adding that the ring had been 'hammered' on the race.

Harte, whose Moonlit Bay was staying on well at the finish, said she had no excuses. 'He ran his race. The winner was just better on the day and fair play to Eamon,' she said.

Nolan said Dromore Lad could now be aimed at a valuable handicap hurdle at Leopardstown over Christmas, but was reluctant to look too far ahead.

'We'll not get carried away,' he added. 'He'll get a break and we'll see what the handicapper does to him.'""",
        [
            ("It's been a long wait,", "Eamon Nolan"),
            ("We've had plenty of seconds", "Eamon Nolan"),
            ("for as long as the", "Siobhán Dwyer"),
            ("Half of these lads had", "Siobhán Dwyer"),
            ("Now they're ringing Eamon every", "Siobhán Dwyer"),
            ("travelled like a dream", "Cathal Breen"),
            ("I was worried the ground", "Cathal Breen"),
            ("Once I gave him a", "Cathal Breen"),
            ("taken a few quid off", "course bookmaker"),
            ("hammered", "course bookmaker"),
            ("He ran his race.", "Denise Harte"),
            ("We'll not get carried away,", "Eamon Nolan"),
            ("He'll get a break and", "Eamon Nolan"),
        ],
    ),
    (
        """Boxer Tane Rawiri banned for 18 months after failed drug test

By Mick Ferraro

Gold Coast super-middleweight Tane Rawiri has been banned from boxing for 18 months after testing positive for a prohibited diuretic following his national title win in March.

The Queensland Combat Sports Commission announced the suspension on Thursday, saying Rawiri’s urine sample, collected after his unanimous points victory over Brad Kellerman at the Southport Pavilion, had returned an adverse finding.

“The commission has a zero-tolerance approach to the use of prohibited substances, which can mask other drugs and give an athlete an unfair advantage in making weight,” the commission said in a statement.

Rawiri has also been stripped of the Australian title, which will be declared vacant.

In a statement released through his lawyer, the 26-year-old said he was “devastated” and maintained he had never knowingly taken a banned substance.

“I have always been a clean fighter and I’ve been tested many times throughout my amateur and professional career,” Rawiri said.

“I believe the substance came from a contaminated supplement and I’m working with my legal team to prove that. I won’t be giving up.”

His trainer, Vince Lattouf, told AAP the ban was “way over the top” for what he described as an honest mistake.

“This is a kid who doesn’t even drink,” Lattouf said. “He’s been at my gym since he was 12 and I’d stake my life on him. We’ll be appealing, no doubt about that.”

Kellerman, who lost the fight on scores of 97-93, 96-94 and 96-94, said he took no satisfaction from the news but wanted the result of the bout looked at.

“It’s not nice for anyone, but rules are rules,” Kellerman said from his Brisbane home. “I’ve lost a national title fight to a bloke who’s now been suspended. I’d like that looked at.”

A commission spokesman said the result would be reviewed “as a separate matter” once any appeal had been heard.

Australian National Boxing Federation president Carol Nguyen-Baker said the case was a reminder to fighters to check everything they put into their bodies.

She said: “Every positive test hurts the sport, but it also shows the testing system is working. We’d urge every boxer to talk to their doctor before taking any supplement.”

Rawiri has 21 days to lodge an appeal.""",
        [
            ("The commission has a zero-tolerance", "Queensland Combat Sports Commission"),
            ("devastated", "Tane Rawiri"),
            ("I have always been a", "Tane Rawiri"),
            ("I believe the substance came", "Tane Rawiri"),
            ("way over the top", "Vince Lattouf"),
            ("This is a kid who", "Vince Lattouf"),
            ("He’s been at my gym", "Vince Lattouf"),
            ("It’s not nice for anyone,", "Brad Kellerman"),
            ("I’ve lost a national title", "Brad Kellerman"),
            ("as a separate matter", "spokesman"),
            ("Every positive test hurts the", "Carol Nguyen-Baker"),
        ],
    ),
]
