CASES = [
    (
        """Kilbrannagh hold their nerve to end 11-year wait

Declan Rourke

Kilbrannagh Gaels 1-14 Drumcarra 0-15

A late goal from substitute Ciarán Tuohy sent Kilbrannagh Gaels into their first county senior football final in 11 years at a wind-battered Páirc an Chaisleáin yesterday, and left Drumcarra to rue a second half in which they kicked eight wides.

With the sides level at 0-14 apiece and the clock showing 62 minutes, Tuohy gathered a breaking ball on the edge of the square, turned his marker and drilled low past Drumcarra goalkeeper Eoin Gavigan. Drumcarra's Shane Dolan pointed a free in reply, but the final whistle sounded before the favourites could work another chance.

Kilbrannagh manager Fergal Moran admitted afterwards that his side had "ridden our luck" for long spells, particularly in a first half in which Drumcarra dominated possession but went in only two points ahead.

"We were second to every breaking ball in the first half, and that's not like us," said Moran. "But the lads never stopped believing, and when you have a bench like ours you always feel there's something in it."

Tuohy, who only returned from a hamstring injury a fortnight ago, was typically understated. "I just put the head down and hit it," the 19-year-old said. "To be honest, I didn't see it go in. I only knew from the roar."

For Drumcarra, the defeat will sting. They had been installed as favourites after dismantling the champions in the quarter-final, and for 40 minutes they looked every bit the better side, with Dolan and wing-forward Cathal Breen kicking five points between them from play.

Asked whether a number of late frees awarded against his side had changed the game, Drumcarra manager Pádraig Hession was blunt: "I'm not going to talk about the referee. We lost it ourselves, and we'll have to live with that all winter."

Hession said he was proud of a young panel and described the mood in the dressing room as "gutted, but not broken".

There was a further blow for the beaten side when Dolan limped off in stoppage time. In a statement last night, Drumcarra Gaelic Football Club said its captain had "sustained a knock to the knee" and would be assessed by the club's medical team this week.

Kilbrannagh will meet either Lisnagarvey Rovers or St Fintan's in the final on October 19th.

Scorers – Kilbrannagh Gaels: C Tuohy 1-1, R Mulcahy 0-5 (4f), D Egan 0-3, P Sheehy 0-2, T Keaveney, B Nolan, J Hurley 0-1 each. Drumcarra: S Dolan 0-6 (4f), C Breen 0-3, E Conlon 0-2, M Quigley, K Fahy, L Ward, A Ryan 0-1 each.""",
        [
            ("ridden our luck", "Fergal Moran"),
            ("We were second to every", "Fergal Moran"),
            ("But the lads never stopped", "Fergal Moran"),
            ("I just put the head", "Ciarán Tuohy"),
            ("To be honest, I didn't", "Ciarán Tuohy"),
            ("I'm not going to talk", "Pádraig Hession"),
            ("gutted, but not broken", "Pádraig Hession"),
            ("sustained a knock to the knee", "Drumcarra Gaelic Football Club"),
        ],
    ),
    (
        """Glenmore hang on as Ardcath fall agonisingly short

Niamh Cassidy

Glenmore 2-19 Ardcath 3-15

There are days when a hurling team wins on craft, and days when it wins on stubbornness alone. Glenmore’s one-point victory over Ardcath in Saturday’s provincial intermediate club semi-final at Ballyroe Park belonged firmly in the second category.

Trailing by seven points early in the second half, Glenmore clawed their way back with 1-6 without reply, the goal a scrambled effort from full-forward Darragh Kinsella, and then survived a frantic finish in which Ardcath’s Tomás Ó Riada dropped a 70-metre free short with the last puck of the game.

Ardcath, who had come through what many had labelled the “group of death”, looked home and hosed when Ó Riada rifled his second goal to the net on 36 minutes. Instead, they managed just three points in the final half-hour.

“We were in trouble at half-time, there’s no point pretending otherwise,” Glenmore manager Liam Heffernan said.

“I said very little in the dressing room. The players knew themselves what was wrong. We were standing off them, we were letting their half-backs drive out with the ball, and you can’t do that against a team like Ardcath.

“The second half was about honesty more than anything. I’m not sure we hurled any better, but we worked harder, and sometimes that’s enough.”

Corner-back Jack Phelan, named man of the match for a second-half display in which he held Ardcath’s dangerous Niall Furlong scoreless from play, could barely stand afterwards. “My legs are gone,” he laughed. “Ask me tomorrow.”

Ardcath manager Seosamh Durkan insisted that his free-taker had nothing to apologise for. “Tomás has won us more matches than I can count,” he said. “He’ll be fine.”

Durkan was less forgiving of the fixture-makers, pointing out that his players had been asked to play three matches in 15 days, a schedule he described as “a joke, frankly”.

The Eastern Provincial Council said last night that the schedule had been “agreed with all participating clubs in February” and that no objection had been received at the time.

Glenmore face Rathcoole Emmets in the final at the same venue in a fortnight.

Scorers – Glenmore: D Kinsella 1-3, M Tracey 0-7 (5f, 1 ’65), K Ahearne 1-1, J Phelan 0-2, S Costello 0-2, P Dunne, R Walsh, C Tobin, E Byrne 0-1 each. Ardcath: T Ó Riada 2-8 (0-6f), N Furlong 1-1, B Ryan 0-3, F Mooney 0-2, L Kiely 0-1.""",
        [
            ("We were in trouble at", "Liam Heffernan"),
            ("I said very little in", "Liam Heffernan"),
            ("The second half was about", "Liam Heffernan"),
            ("My legs are gone", "Jack Phelan"),
            ("Ask me tomorrow.", "Jack Phelan"),
            ("Tomás has won us more", "Seosamh Durkan"),
            ("He’ll be fine.", "Seosamh Durkan"),
            ("a joke, frankly", "Seosamh Durkan"),
            ("agreed with all participating clubs", "Eastern Provincial Council"),
        ],
    ),
    (
        """Copper Lantern glows for Lisle as Ashworth times it to perfection

Thornbury

Copper Lantern justified strong support in the £60,000 Thornbury Gold Cup Handicap Chase on Saturday, with Ben Ashworth conjuring a late run up the stands’ rail to deny Midnight Tariff by a neck and hand Harriet Lisle the biggest success of her training career.

The eight-year-old, sent off the 7-2 favourite, was detached in rear for much of the three-mile-two-furlong contest and still had only two behind him jumping four out. But Ashworth, motionless until the elbow, switched his mount off the heels of the weakening Galway Pilgrim and produced him with a withering run to collar Dale Pritchard’s mount in the final strides.

For Lisle, who trains 14 horses from a converted dairy farm near Ledbury, it was vindication of a patient approach with a gelding who has tested everyone at the yard.

“He’s never been the most straightforward,” Lisle said. “At home he’ll jump a fence like a hunter one day and then refuse to leave the yard the next. We’ve spent two seasons trying to work out what makes him tick.

“Ben just sat and sat on him today, and that’s the key. If you fight him, you lose him.”

Ashworth, 24, completing a double on the card, said the gelding had “taken a blow” turning for home but had “found another gear” once he saw daylight between the final two fences.

There was a nervous wait before the result was confirmed. The Thornbury stewards held an enquiry into possible interference after Copper Lantern edged left on the run-in, brushing Midnight Tariff, but their report was unequivocal: “Having viewed the recordings and heard the evidence, the stewards were satisfied that the interference had not improved the winner’s placing and allowed the result to stand.”

Pritchard, who had also lodged an objection, felt hard done by. “I’m not saying we’d have won,” he said, “but we were entitled to the chance to find out.”

Copper Lantern runs in the colours of the Foxglove Partnership, a 20-strong syndicate made up largely of retired postal workers from Kidderminster, several of whom were in tears in the winner’s enclosure.

“We had a whip-round for the entry fee,” admitted the syndicate’s manager, Reg Tolley. “Now we’ll need a whip-round for the champagne.”

Bookmakers reacted swiftly, with Halford Bet cutting the winner to 14-1 from 25-1 for next spring’s Grand Marlow Chase. “He’s the type of horse who stays all day and keeps finding,” a Halford Bet spokesman said. “Marlow will suit him down to the ground.”

Lisle was in no hurry to commit. She plans to give the gelding a short break before deciding on his next target.""",
        [
            ("He’s never been the most", "Harriet Lisle"),
            ("Ben just sat and sat", "Harriet Lisle"),
            ("taken a blow", "Ben Ashworth"),
            ("found another gear", "Ben Ashworth"),
            ("Having viewed the recordings and", "Thornbury stewards"),
            ("I’m not saying we’d have", "Dale Pritchard"),
            ("but we were entitled to", "Dale Pritchard"),
            ("We had a whip-round for", "Reg Tolley"),
            ("Now we’ll need a whip-round", "Reg Tolley"),
            ("He’s the type of horse", "Halford Bet spokesman"),
            ("Marlow will suit him down", "Halford Bet spokesman"),
        ],
    ),
    (
        """Flynns share family triumph as Rathmoyle Rebel strikes

Brian Costigan

Ballinderry

There was barely a dry eye in the winner's enclosure at Ballinderry yesterday when Rathmoyle Rebel, trained by Tadhg Flynn and ridden by his son, Mr Rory Flynn, swooped late to land the Ballinderry Festival Champion Bumper at odds of 16-1.

The Co Offaly handler keeps just six horses at his yard outside Clara, and Rathmoyle Rebel, a five-year-old gelding he bought as a foal for €3,200, was having only his second start.

Settled towards the rear of the 22-runner field, the son of Kilcash Prince made smooth progress on the outside turning in and quickened clear inside the final furlong to beat the well-backed Emerald Sentinel by two and a half lengths.

"I've been coming to this meeting since I was in short trousers," said Flynn senior, who rode point-to-point winners in the 1990s before taking out a licence. "To have a winner here, and for Rory to ride it, I don't think I'll ever top that. I'm not sure I want to."

The 20-year-old amateur, who is in his third year of an agricultural science degree, was rather more composed. Rory Flynn said his instructions had been "to sit and suffer and not panic", adding: "Dad told me if I hit the front before the furlong pole he'd sell the horse. So I waited."

Emerald Sentinel's trainer, Gemma Rowan, was philosophical in defeat. "You'd begrudge it to nobody else," she said. "That's what this meeting is all about."

The afternoon was overshadowed by a heavy fall in the opening maiden hurdle, in which Kilmacow Lass came down at the second-last and her rider, Aidan Corcoran, lay motionless for several minutes as screens were erected.

Dr Sinéad Carty, the senior medical officer at the track, said later that Corcoran had been "conscious and talking" when he was taken by ambulance to hospital in Tullamore.

"He's sore, and he'll be kept in overnight for observation, but we're reasonably happy with him," Dr Carty said.

The Irish Turf Standards Authority confirmed that Kilmacow Lass had been "examined by the veterinary officer and found to be sound" and had walked back to the stables.

The festival continues today with the Ballinderry Plate, for which the Co Kildare-trained Strand Piper is a warm favourite.""",
        [
            ("I've been coming to this", "Tadhg Flynn"),
            ("To have a winner here,", "Tadhg Flynn"),
            ("to sit and suffer and", "Rory Flynn"),
            ("Dad told me if I", "Rory Flynn"),
            ("You'd begrudge it to nobody", "Gemma Rowan"),
            ("That's what this meeting is", "Gemma Rowan"),
            ("conscious and talking", "Sinéad Carty"),
            ("He's sore, and he'll be", "Sinéad Carty"),
            ("examined by the veterinary officer", "Irish Turf Standards Authority"),
        ],
    ),
    (
        """Mercer stops Wierzbicki to seize title in front of home crowd

From Alan Brennock, Belfast

Kyle “The Foundry Kid” Mercer fulfilled a promise made to his late grandfather when he stopped Poland’s Tomasz Wierzbicki in the eighth round at the Harbour Arena on Saturday night to win the vacant British and Irish Boxing Union super-lightweight title.

The 27-year-old from east Belfast, whose rise from a shipyard apprenticeship to the fringes of world level was chronicled in last year’s documentary “Sparks from the Foundry”, survived a heavy knockdown in the fourth round before taking over in the second half of the fight.

A sustained assault against the ropes in the eighth, capped by a left hook to the body that folded Wierzbicki in half, prompted referee Colin Darragh to step in at 2min 41sec, with the visitor protesting.

Mercer, his left eye almost closed, summed it up simply: “I told everyone I’d do it in front of my own people, and I did.”

He was candid about the moment the fight almost slipped away. “He hit me with a right hand in the fourth that I felt in my toes,” he admitted. “Fair play to him. He came to fight, and he made me dig deeper than I’ve ever had to dig.”

Wierzbicki’s camp were less gracious. Speaking through an interpreter, his trainer, Marek Sadowski, described the stoppage as “premature” and insisted his fighter had been “fully in control of his senses” when Darragh intervened.

Wierzbicki, who had been ahead on one of the three judges’ scorecards, left the arena without speaking to reporters.

The British and Irish Boxing Union later issued a statement backing its official, saying Darragh had “acted correctly and in the interests of boxer safety” and that no formal complaint had been lodged.

Promoter Gerry Lannigan, who has guided Mercer since his professional debut, was already looking ahead. “I’ve already had two phone calls tonight, and one of them was from America,” Lannigan said. “Kyle’s earned the right to pick and choose now. He’s not fighting anyone for peanuts.”

Mercer, for his part, had other priorities. Asked what came next, he pointed to a banner in the stands bearing his grandfather’s name and the words “Never Take a Backward Step”.

“First, I’m going to visit my granda’s grave tomorrow,” he said. “Then we’ll talk about America.”""",
        [
            ("I told everyone I’d do", "Kyle Mercer"),
            ("He hit me with a", "Kyle Mercer"),
            ("Fair play to him.", "Kyle Mercer"),
            ("premature", "Marek Sadowski"),
            ("fully in control of his senses", "Marek Sadowski"),
            ("acted correctly and in the", "British and Irish Boxing Union"),
            ("I’ve already had two phone", "Gerry Lannigan"),
            ("Kyle’s earned the right to", "Gerry Lannigan"),
            ("First, I’m going to visit", "Kyle Mercer"),
            ("Then we’ll talk about America.", "Kyle Mercer"),
        ],
    ),
    (
        """Gilmartin calls time on a career that changed Irish boxing

Orla Keating

Two-time European champion Róisín Gilmartin has announced her retirement from boxing at the age of 31, bringing down the curtain on a career that yielded 14 national titles and made her one of the most recognisable faces in Irish sport.

In a letter posted on her social media accounts last night, the Tullyvale lightweight, known to a generation of young fans as "The Tullyvale Tornado", wrote that she had "given everything to this sport and it has given everything back".

"There comes a point where your body tells you what your heart doesn't want to hear," the letter continued. "Mine has been telling me for a while now. I'm finally listening."

Gilmartin, who underwent surgery on her right shoulder last spring, had been expected to target one more major championship before stepping away. She lost a split decision in her comeback bout in September, and those closest to her say the decision had been weighing on her since.

At St Colman's Boxing Club in Tullyvale this morning, where a hand-painted sign reading "Thank You Róisín" had been hung over the door, her coach of 22 years, Dermot Vaughan, struggled to contain his emotions.

Vaughan said: "She walked in here at nine years of age, a skinny little thing with her brother's gloves on, and told me she was going to be a champion. I laughed. I'm not laughing now."

He added: "Nobody ever outworked her. Nobody. Not in this club, not in this country."

The Irish Ring Sports Federation described Gilmartin as "a trailblazer for women's boxing in this country" and said it hoped she would remain involved in the sport "in whatever capacity suits her".

Among the tributes was one from Scotland's Kirsty Lomond, who beat Gilmartin in the 2019 European final before losing the rematch a year later. "Best I ever shared a ring with," Lomond wrote. "The rest of us can breathe easy now."

Her mother, Bríd Gilmartin, told local radio station Tullyvale FM that the family was "so proud, and a little bit relieved".

Gilmartin, who qualified as a primary school teacher in 2020, is expected to take up a coaching role with the national underage squad in the new year.""",
        [
            ("given everything to this sport", "Róisín Gilmartin"),
            ("There comes a point where", "Róisín Gilmartin"),
            ("Mine has been telling me", "Róisín Gilmartin"),
            ("She walked in here at", "Dermot Vaughan"),
            ("Nobody ever outworked her.", "Dermot Vaughan"),
            ("a trailblazer for women's boxing", "Irish Ring Sports Federation"),
            ("in whatever capacity suits her", "Irish Ring Sports Federation"),
            ("Best I ever shared a", "Kirsty Lomond"),
            ("The rest of us can", "Kirsty Lomond"),
            ("so proud, and a little", "Bríd Gilmartin"),
        ],
    ),
    (
        """Strachan revels in the calm to take command at Carrickmore

From James Thewlis, Carrickmore Links

Euan Strachan has weathered plenty of storms in his career, but on a day when the real thing finally arrived at Carrickmore Links, the Scot was already safely in the clubhouse with a two-shot lead in the Northern Counties Open.

Strachan, 29, carded a bogey-free 65, seven under par, to move to 11 under at the halfway stage, two clear of England’s Callum Rees-Whitby and three ahead of a group of four including the Welshman Gareth Prys-Owen.

The Aberdonian holed from 40 feet for eagle at the par-five 3rd and added five birdies, the pick of them a delicate chip-in at the 16th, the brutal par four known locally as “the Widow’s Walk”.

“It’s the kind of day you dream about,” Strachan said. “The putter felt like an extension of my arm. Everything I looked at went in.”

It has not always been so. Strachan lost his card two seasons ago after a run of 11 missed cuts and admitted he had come close to walking away from the game.

“I’ve had a tough couple of years,” he said. “I was playing qualifiers in places I couldn’t pronounce, sleeping in the car some weeks, wondering what I was doing.

“So days like this, you don’t take them for granted. You enjoy them, and then you go and do it again tomorrow.”

His caddie, Malcolm Dunnet, a former greenkeeper from Nairn, was more succinct: “Fairways and greens. That’s the whole secret.”

Rees-Whitby, the first-round leader, described his 72 as “a scrappy, horrible grind” but insisted he was “nowhere near out of it” with 36 holes to play.

The afternoon wave were not so fortunate. Play was suspended at 3.12pm when a band of thunderstorms rolled in off the Irish Sea, and 31 players were unable to complete their rounds before darkness.

In a statement, the Northern Counties Golf Alliance said the suspension had been necessary “due to the risk of lightning in the vicinity of the course” and confirmed that the second round would resume at 7.30am today, with the cut to follow.

Not everyone was impressed with the handling of the delay. One player, who asked not to be named, said the decision to send the field back out for just 20 minutes before a second suspension had been “a bit of a shambles”.

Strachan, tucked up in his hotel, will not tee off until the early afternoon.""",
        [
            ("It’s the kind of day", "Euan Strachan"),
            ("The putter felt like an", "Euan Strachan"),
            ("I’ve had a tough couple", "Euan Strachan"),
            ("So days like this, you", "Euan Strachan"),
            ("Fairways and greens.", "Malcolm Dunnet"),
            ("a scrappy, horrible grind", "Callum Rees-Whitby"),
            ("nowhere near out of it", "Callum Rees-Whitby"),
            ("due to the risk of", "Northern Counties Golf Alliance"),
            ("a bit of a shambles", "player"),
        ],
    ),
    (
        """Nagle, 15, storms to Cashel Shield by six shots

Dunmore Strand

Fifteen-year-old Ellen Nagle from Knockanore Golf Club became the youngest winner of the Cashel Shield in its 62-year history yesterday, closing with a three-under-par 69 to finish six shots clear of the field at Dunmore Strand.

Nagle, who had been drawn among the "dawn patrol" starters at 7.40am in the first round, began the final day with a two-shot lead over defending champion Kate Lyster. She made birdies at the 2nd, 5th and 9th to turn in 33 and was never seriously threatened thereafter on a links left largely unprotected by the wind that had battered the opening two rounds.

"I honestly didn't look at a leaderboard all day," said Nagle, who sits her Junior Certificate exams next summer. "My mam told me not to, so I didn't. I only found out I'd won when the girls came over and started spraying me with water."

Lyster, who finished on level par after a closing 73, was gracious. "She was just better than all of us," she said. "She'll be winning a lot more of these."

Noel Garvey, the Knockanore club professional who has coached Nagle since she was eight, said she had "the best short game I've seen in a junior, male or female" and predicted she would be playing for Ireland "sooner than people think".

Knockanore, a nine-hole parkland club with fewer than 300 members, lost part of its course to flooding for much of last winter, and its junior section has come through what one committee member called "a lean few years".

In a letter to members last night, club president Dr Aoife Brennan wrote: "Ellen's achievement is a source of enormous pride to everyone at Knockanore, and a reminder of what investment in junior golf can deliver."

Dr Brennan added that the committee would "consider how best to mark the occasion" at its next meeting.

The Leinster Girls' Golf Committee said the entry of 84 was "the strongest in the championship's history", with players travelling from as far as Donegal and Kerry.

Nagle's prize includes an invitation to the Atlantic Junior Invitational in Portugal next spring, although she admitted she would first have to clear it with her school principal.""",
        [
            ("I honestly didn't look at", "Ellen Nagle"),
            ("My mam told me not", "Ellen Nagle"),
            ("She was just better than", "Kate Lyster"),
            ("She'll be winning a lot", "Kate Lyster"),
            ("the best short game I've", "Noel Garvey"),
            ("sooner than people think", "Noel Garvey"),
            ("a lean few years", "committee member"),
            ("Ellen's achievement is a source", "Aoife Brennan"),
            ("consider how best to mark", "Aoife Brennan"),
            ("the strongest in the championship's", "Leinster Girls' Golf Committee"),
        ],
    ),
]
