CASES = [
    (
        """Koval saves three match points to reach Charleston Open semifinals

CHARLESTON, S.C. (AP) — Daria Koval saved three match points in the second set and beat fourth-seeded Mariel Ostrander 3-6, 7-6 (9), 6-2 on Thursday night to reach the semifinals of the Charleston Open.

The 22-year-old Ukrainian, ranked 41st, trailed 5-4, 40-15 on Ostrander's serve before winning four straight points. She saved a third match point in the tiebreaker with a backhand passing shot down the line.

"Honestly, at 40-15 I was already thinking about my flight," Koval said with a laugh during her on-court interview. "Then I told myself, just make her play one more ball. She got a little tight, and I took my chance."

Ostrander, who won the title here two years ago, had 47 unforced errors and was broken five times. The American, who has been dealing with a sore right shoulder since the spring, left the court without waving to the crowd.

"I had it on my racket and I didn't finish it. That's on me," Ostrander told reporters afterward. "The shoulder is fine. I'm not going to use that as an excuse."

Her coach, Len Harbison, said the shoulder had been "about 90 percent" all week but that there had never been any question of pulling out.

Koval will face either second-seeded Ana Lucía Ferrante of Argentina or qualifier Tess Whitcombe in Saturday's semifinal. Their quarterfinal was suspended by rain at 4-4 in the first set and will resume Friday at noon.

Tournament director Gail Pruett said organizers were considering moving the remaining matches to earlier start times because thunderstorms are forecast over the weekend.

"We've got a lot of tennis to fit in and not a lot of dry sky," Pruett said. "Our priority is the players and the fans, in that order on the court and in the other order in the parking lot."

Earlier Thursday, sixth-seeded Nora Lindqvist of Sweden ended the run of 17-year-old wild card Cassidy Reyes with a 6-1, 6-4 win. Reyes, who grew up 20 minutes from the venue, had been the story of the week after upsetting two seeded players.

"She has a big future. Everybody can see it," Lindqvist said. "I just tried not to give her any rhythm."

Reyes said she would be back in class at her high school on Monday.

"My math teacher already texted me," she said. "So, yeah. Back to reality."

Lindqvist will meet top-seeded Hanna Brezina, who advanced when Sofia Maran retired with a left ankle injury while trailing 6-2, 2-0.""",
        [
            ("Honestly, at 40-15 I was", "Daria Koval"),
            ("Then I told myself, just", "Daria Koval"),
            ("I had it on my", "Mariel Ostrander"),
            ("The shoulder is fine.", "Mariel Ostrander"),
            ("about 90 percent", "Len Harbison"),
            ("We've got a lot of", "Gail Pruett"),
            ("Our priority is the players", "Gail Pruett"),
            ("She has a big future.", "Nora Lindqvist"),
            ("I just tried not to", "Nora Lindqvist"),
            ("My math teacher already texted", "Cassidy Reyes"),
            ("So, yeah. Back to", "Cassidy Reyes"),
        ],
    ),
    (
        """Golf-Brennan fires 64 to open three-shot lead at Lakeshore Classic

July 12 (Reuters) - Ireland's Conor Brennan fired an eight-under-par 64 on Friday to open up a three-shot lead at the halfway stage of the Lakeshore Classic, as defending champion Anders Holm withdrew with a back injury.

Brennan, 29, who is still searching for his first win on the tour, made nine birdies and a lone bogey at Pine Hollow Golf Club to reach 13-under 131, three clear of American Tyler Voss and South African Jaco Steyn.

"It was one of those days where the hole looked the size of a bucket," Brennan told reporters. "I drove it well, and when you're hitting fairways out here you can be aggressive with the irons."

The Dubliner holed putts of 30 and 25 feet on the back nine and said his switch to a longer putter two weeks ago had been "a bit of a gamble" that was now paying off.

Voss, who shot 65, said he was not concerned by the gap.

"Conor's playing great, but there's a lot of golf left," the 34-year-old said. "If the wind gets up over the weekend, this is a completely different golf course and anything can happen."

Steyn, who won twice last season, also carded a 65 despite a double-bogey at the par-four 14th.

Holm, the world number six, pulled out shortly before his 8:10 a.m. tee time.

"Anders felt discomfort in his lower back during his warm-up and, after consulting with medical staff, decided not to risk aggravating the injury," Northline Sports Management, which represents the Dane, said in a statement. "He expects to be fit for next month's major."

The cut fell at one-under, with 72 players advancing. Among those heading home was 51-year-old Greg Dunmore, a two-time winner of the event, who missed out by a shot after a bogey at the last.

"I'll go home, cut the grass and come back next year," Dunmore said. "I said that last year, too."

With thunderstorms forecast for Saturday afternoon, organizers moved third-round tee times forward by two hours and said players would go out in threesomes off both tees.

"The safety of players, volunteers and spectators remains our top priority," the Lakeshore Classic said in a statement.

(Reporting by Dan Whitfield in Kettle Falls, Wisconsin; Editing by Peter Ruddle)""",
        [
            ("It was one of those", "Conor Brennan"),
            ("I drove it well, and", "Conor Brennan"),
            ("a bit of a gamble", "Conor Brennan"),
            ("Conor's playing great, but", "Tyler Voss"),
            ("If the wind gets up", "Tyler Voss"),
            ("Anders felt discomfort in his", "Northline Sports Management"),
            ("He expects to be fit", "Northline Sports Management"),
            ("I'll go home, cut the", "Greg Dunmore"),
            ("I said that last year,", "Greg Dunmore"),
            ("The safety of players, volunteers", "Lakeshore Classic"),
        ],
    ),
    (
        """Okonjo smashes British 400m record as Harrowfield roars her home

Tom Ashby at Harrowfield Stadium

Jade Okonjo said she had “no idea it was that fast” after breaking the British women’s 400m record with 49.38sec at the Northgate Games on Sunday, taking almost two-tenths of a second off a mark that had stood for 17 years.

The 24-year-old, who trains a 20-minute drive from the stadium, went out hard in lane five and was clear of the field coming off the final bend, holding her form as Jamaica’s Tanisha Brooks closed in the home straight.

“I knew I was in shape but you never really know until the clock stops,” Okonjo said. “When I looked up and saw 49-something I just screamed. I think I frightened the poor steward.”

Her coach, Derek Malone, who has guided her since she was 14 at Harrowfield Harriers, said the record had been “a long time coming” and described her as “the toughest athlete I’ve ever worked with”.

“People forget she was nearly out of the sport three years ago,” Malone said. “She had the stress fracture, she lost her funding, she was stacking shelves overnight to pay for physio.

“To see her come through all that and do this in front of her own people – I’m not ashamed to say I had a little cry.”

Brooks, who finished second in 49.71sec, was gracious in defeat. “She ran a perfect race. I had nothing left for the last 50,” she said. “Tonight was her night.”

Okonjo’s time moves her to fourth on the world list this season and will add to talk that she could contend for a medal at the world championships in August. She was careful not to get carried away.

“It’s one race,” she said. “The people who win medals do it in the heat and the semi and the final, three days in a row. That’s the next step.”

Claire Rowntree, performance director at Athletics Britain, said: “Jade has shown incredible resilience. Tonight is a reward for the work she and Derek have put in when very few people were watching.”

There was less for the home crowd to cheer in the men’s 1500m, where the European indoor champion Ewan Castell faded to ninth after being boxed in on the last lap. Castell, who has been troubled by an achilles problem, described his race as “a bit of a mess” and said he would take a few days off before deciding on his schedule.

The meeting also saw the domestic debut of the new “shot clock” in the horizontal jumps, giving athletes 30 seconds to begin their attempts. Several grumbled privately, and the Olympic long jump finalist Priya Mensah wrote on social media that it felt “like doing an exam with someone tapping their watch”.""",
        [
            ("no idea it was that", "Jade Okonjo"),
            ("I knew I was in", "Jade Okonjo"),
            ("When I looked up and", "Jade Okonjo"),
            ("a long time coming", "Derek Malone"),
            ("the toughest athlete I’ve ever", "Derek Malone"),
            ("People forget she was nearly", "Derek Malone"),
            ("She had the stress fracture,", "Derek Malone"),
            ("To see her come through", "Derek Malone"),
            ("She ran a perfect race.", "Tanisha Brooks"),
            ("Tonight was her night.", "Tanisha Brooks"),
            ("It’s one race,", "Jade Okonjo"),
            ("The people who win medals", "Jade Okonjo"),
            ("Jade has shown incredible resilience.", "Claire Rowntree"),
            ("a bit of a mess", "Ewan Castell"),
            ("like doing an exam with", "Priya Mensah"),
        ],
    ),
    (
        """Dillon fumes as last-lap clash hands Carver maiden win

By Matt Kerrigan

Jake Carver has claimed his first race win in the national touring car championship, but Sunday's result at Wandong Park Raceway will be remembered for a last-lap clash that left series leader Brodie Dillon fuming and his team weighing a protest.

Dillon had led 41 of the 45 laps and appeared to be cruising to his fifth win of the season when Carver's Redline Performance teammate Liam Tran dived down the inside at the turn-six hairpin, making contact with the left-rear of Dillon's car and spinning him into the gravel.

Carver, who had been running third, swept past both to take the chequered flag by 1.8 seconds.

"That's not racing, that's bowling," Dillon said in pit lane, still wearing his balaclava. "He was never getting that move done without using me as a brake. Everyone saw it, and I reckon the stewards did too."

Tran, who crossed the line third, insisted it was "a racing incident" and said he had gone to Dillon's garage to apologise.

"I was committed on the brakes and he turned in a bit earlier than I expected," Tran said. "I'm not going out there to wreck anyone. I'll cop whatever comes."

What came was a 15-second post-race penalty, dropping the 23-year-old to 11th. The stewards found Tran "wholly or predominantly to blame" for the contact, according to the decision published an hour after the race.

For Carver, 26, the win came in his 88th start.

"It's a bittersweet one," he said. "You dream about your first win your whole life and you want it to be clean. I feel for Brodie, but I can only race what's in front of me."

Redline team principal Warren Holt backed both of his drivers.

"Our job is to put two cars up the front and fight for wins, and that's what we did," Holt said. "Liam's taken his penalty. We move on."

Dillon's team, Southern Cross Motorsport, was less willing to move on. In a statement issued on Sunday evening, the team said it was "deeply disappointed" by the outcome and would "review all available options", including a formal protest.

One senior figure in pit lane, who asked not to be named because of the series' rules on criticising officials, described the penalty as "soft for what it was".

"You take out the championship leader on the last lap and you still walk away with points," he said. "What does that teach the young blokes?"

Dillon still leads the championship by 64 points from Carver heading into the next round at Riverstone in three weeks.""",
        [
            ("That's not racing, that's bowling,", "Brodie Dillon"),
            ("He was never getting that", "Brodie Dillon"),
            ("a racing incident", "Liam Tran"),
            ("I was committed on the", "Liam Tran"),
            ("I'm not going out there", "Liam Tran"),
            ("wholly or predominantly to blame", "stewards"),
            ("It's a bittersweet one,", "Jake Carver"),
            ("You dream about your first", "Jake Carver"),
            ("Our job is to put", "Warren Holt"),
            ("Liam's taken his penalty.", "Warren Holt"),
            ("deeply disappointed", "Southern Cross Motorsport"),
            ("review all available options", "Southern Cross Motorsport"),
            ("soft for what it was", "senior figure in pit lane"),
            ("You take out the championship", "senior figure in pit lane"),
            ("What does that teach the", "senior figure in pit lane"),
        ],
    ),
    (
        """Marsh’s fairytale run ends in Beckford semi-finals

By Rachel Dunne
Sports reporter

ELLIE Marsh’s remarkable week at the Beckford Open came to an end in the semi-finals on Saturday – but the 19-year-old insists she will come back ‘stronger and smarter’ next summer.

The Thornleigh teenager, ranked outside the world’s top 600 at the start of the week, had stunned a packed Court One – known to members as ‘the Pit’ – by knocking out the second seed on Thursday.

But she could find no answer to the power of Czech left-hander Petra Halasova, who won 6-3, 6-2 in just under 80 minutes.

‘I’m gutted, obviously, but I can’t be too down on myself,’ said Marsh, who has been coached at Beckford Lawn Tennis Club since the age of seven.

‘She just didn’t give me anything. Every time I got a look at a second serve she hit the line. That’s the level I need to get to.

‘This week has shown me I can compete with these girls, though. A month ago I wouldn’t have believed that.’

Marsh’s prize money of £3,400 is the biggest cheque of her career, and she said it would make a real difference to her plans for the autumn.

She said: ‘It pays for flights and a couple of weeks on the road in Europe. That’s massive for me. Before this I was working out which tournaments I could drive to.’

Her coach Gary Pettit said the club was ‘incredibly proud’ of what she had achieved.

‘People see the results this week but they don’t see the hours,’ he said. ‘She’s out on those courts in January when it’s three degrees and we’re sweeping frost off the lines.’

Halasova, who will meet top seed Jenna Pruitt of the United States in today’s final, was full of praise for her opponent, saying Marsh had ‘a big future if she keeps working’.

Club chairman Alan Whitworth said the tournament had enjoyed record attendances, with more than 4,000 spectators coming through the gates over the week.

‘Ellie has captured the imagination of the whole town,’ he said. ‘We had people queuing at the gate who I’m fairly sure had never watched a tennis match in their lives.

‘The bar did quite well out of it too, I should add.’

Marsh will now take a week off before heading to an ITF event in Portugal later this month.""",
        [
            ("stronger and smarter", "Ellie Marsh"),
            ("I’m gutted, obviously, but I", "Ellie Marsh"),
            ("She just didn’t give me", "Ellie Marsh"),
            ("This week has shown me", "Ellie Marsh"),
            ("It pays for flights and", "Ellie Marsh"),
            ("incredibly proud", "Gary Pettit"),
            ("People see the results this", "Gary Pettit"),
            ("She’s out on those courts", "Gary Pettit"),
            ("a big future if she", "Petra Halasova"),
            ("Ellie has captured the imagination", "Alan Whitworth"),
            ("We had people queuing at", "Alan Whitworth"),
            ("The bar did quite well", "Alan Whitworth"),
        ],
    ),
    (
        """Harawira holds his nerve to win Kauri Coast Open

Ben Harawira has become the first New Zealander in nine years to win the Kauri Coast Open, holding off a late charge from Australian Mitch Donaghy to claim a one-shot victory at Pōhutu Bay yesterday.

The 27-year-old from Whangārei closed with a two-under 70 to finish at 15-under, rolling in a nervy four-foot par putt on the 18th as a gallery of several thousand held its breath.

“My hands were shaking. I’m not going to lie,” Harawira said. “I’ve watched this tournament since I was a kid, standing behind the ropes on 18 with my dad. To do it here, in front of my whānau, it doesn’t get any better than that.”

His father, Tama Harawira, who spent 22 years on the greenkeeping staff at Pōhutu Bay, described watching the final putt as “the longest five seconds of my life”.

Donaghy, who began the day five shots back, set the clubhouse target with a bogey-free 65 that included an eagle on the par-five 13th.

“I gave myself a chance, and that’s all you can ask,” Donaghy said. “Ben’s a class player, and he deserved it. I’ll be back next year to try and spoil the party.”

Harawira, known on tour as “Bunny” since his junior days, admitted he had been rattled by a three-putt bogey on the 16th that briefly dropped him into a tie for the lead.

But his caddie, Josh Pene, revealed the pair had argued over club selection on the par-three 17th.

“He wanted a seven, I said six. We went with his call and it finished 10 feet away, so I’ll be keeping my mouth shut for a while,” Pene said.

The win is worth $180,000 and earns Harawira a two-year exemption on the regional tour, as well as a start at two co-sanctioned events in Asia later in the year.

He said the money would go straight on the mortgage. “My partner’s already told me – no boat,” he said, laughing.

Tournament director Karen Moffat said crowd numbers were the highest in the event’s 41-year history.

“We had close to 30,000 people through the gates over four days, which is extraordinary for a town this size,” Moffat said. “Having a local boy in contention on Sunday made it something special.”

The event’s future beyond next year remains uncertain, with naming-rights sponsor Kowhai Energy yet to confirm a renewal. A Kowhai Energy spokeswoman said the company was “proud to have been part of a special week” and that discussions with organisers were continuing.""",
        [
            ("My hands were shaking. I’m", "Ben Harawira"),
            ("I’ve watched this tournament since", "Ben Harawira"),
            ("the longest five seconds of", "Tama Harawira"),
            ("I gave myself a chance,", "Mitch Donaghy"),
            ("Ben’s a class player, and", "Mitch Donaghy"),
            ("He wanted a seven, I", "Josh Pene"),
            ("My partner’s already told me", "Ben Harawira"),
            ("We had close to 30,000", "Karen Moffat"),
            ("Having a local boy in", "Karen Moffat"),
            ("proud to have been part", "spokeswoman"),
        ],
    ),
    (
        """Sehrawat sets meet record in javelin, Naik clocks PB in hurdles

Ranchi, Jun 14 (PTI) Haryana's Arvind Sehrawat produced a meet record throw of 84.62m to win the men's javelin gold while Maharashtra's Priya Naik clocked a personal best in the women's 100m hurdles on the second day of the National Inter-State Athletics Championships here on Saturday.

Sehrawat, 25, bettered the previous meet record of 83.90m with his fourth attempt and also breached the qualification standard for the Asian Championships.

"I was feeling good from the warm-up itself. The first three throws were not technically correct, but in the fourth one everything came together," Sehrawat told PTI.

"My coach told me to relax the shoulder and not think too much about the distance. My target this season is to cross 86 metres," he added.

Uttar Pradesh's Rohit Yadav took the silver with 79.15m while Punjab's Gurpreet Sandhu won the bronze with 77.80m.

In the women's 100m hurdles, Naik clocked 13.21 seconds, improving on her previous best of 13.34, to finish ahead of Odisha's Sasmita Behera (13.38) and Tamil Nadu's K Nandhini (13.45).

"I had a hamstring problem in April and I was not sure I would even compete here. So this timing is a big relief for me," said Naik, who trains in Pune.

Chief national coach Radhakrishnan Nair termed the performances "encouraging" ahead of next month's selection trials for the Asian Championships.

"Several athletes have shown they are peaking at the right time. The selection committee will take a final call after the meet," Nair said.

However, a senior federation official, who did not wish to be named, said the national body was "seriously concerned" about the number of top athletes who had skipped the championships citing injuries.

"Some of them are not injured. They simply do not want to compete before the trials. This cannot continue," the official said.

According to the organisers, more than 600 athletes from 28 states and union territories are taking part in the four-day event.

In the women's long jump, Kerala's Anjali Menon won the gold with a leap of 6.48m, while Karnataka's Shruthi Gowda took the silver with 6.31m.

"The wind was a bit tricky today. I am happy with the gold, but I was hoping to jump 6.60," Menon said.

In the men's 400m, Tamil Nadu's S Karthik won in 45.92 seconds, edging out Delhi's Aman Rawat by 0.07 seconds in a photo finish.

PTI SSC AH""",
        [
            ("I was feeling good from", "Arvind Sehrawat"),
            ("My coach told me to", "Arvind Sehrawat"),
            ("I had a hamstring problem", "Priya Naik"),
            ("encouraging", "Radhakrishnan Nair"),
            ("Several athletes have shown they", "Radhakrishnan Nair"),
            ("seriously concerned", "senior federation official"),
            ("Some of them are not", "senior federation official"),
            ("The wind was a bit", "Anjali Menon"),
        ],
    ),
    (
        """Makela takes Montana Verde win after Aas crashes out

Villacastro, Spain (AFP) - Finland's Eero Mäkelä won Rally Montaña Verde on Sunday after long-time leader Henrik Aas crashed out on the penultimate stage, handing the Nordkraft driver the lead in the world championship.

Mäkelä, nicknamed "the Professor" for his meticulous preparation, finished 38.4 seconds ahead of Belgium's Julien Dufour, with Spain's Marcos Ibarra third in front of a delighted home crowd.

"This is one of the hardest rallies I have done in my career," Mäkelä said at the finish in Villacastro. "The roads were so rough this morning, you were just trying to survive and keep the car in one piece."

Aas, who had led since Friday's opening stage, went off on a fast left-hand bend in the Sierra Alta stage, his Halvorsen car rolling several times down an embankment.

The Norwegian and his co-driver Jonas Berg climbed out unaided and were taken to hospital in nearby Santa Olalla for checks as a precaution, according to the organisers.

"Henrik and Jonas are both conscious and talking, and the first examinations show no serious injuries," Halvorsen Motorsport said in a statement. "The car is badly damaged and the team will assess whether it can be repaired for the next round."

A spokeswoman for the organisers said the stage had been halted for 45 minutes while the car was recovered and that the barrier at the corner would be reviewed.

"The marshals reacted very quickly, which is exactly what they are trained to do," she said.

Dufour, who started the final day 1min 12sec behind Aas, said he took no pleasure from gaining a place through his rival's misfortune.

"Nobody wants to see a crash like that. When we came through and saw the car on its roof, it was a horrible feeling," the Belgian told reporters. "The most important thing is that they are OK."

Ibarra, 24, became the first Spaniard in six years to finish on the podium of his home event and described the crowds on the final stage as "completely crazy".

"I could hear them over the engine," he said. "For a Spanish driver this is a dream."

Mäkelä, who now leads the drivers' standings by 11 points from Aas with four rounds remaining, said the lead meant "nothing yet" and expected his Norwegian rival to bounce back quickly.

"Henrik is the fastest driver in the championship at the moment, I have no doubt about that," he said. "I just hope he is fine and we can fight again in Romania."

The championship moves to the gravel roads of the Carpathian Rally in three weeks.

pm/jc""",
        [
            ("This is one of the", "Eero Mäkelä"),
            ("The roads were so rough", "Eero Mäkelä"),
            ("Henrik and Jonas are both", "Halvorsen Motorsport"),
            ("The car is badly damaged", "Halvorsen Motorsport"),
            ("The marshals reacted very quickly,", "spokeswoman"),
            ("Nobody wants to see a", "Julien Dufour"),
            ("The most important thing is", "Julien Dufour"),
            ("completely crazy", "Marcos Ibarra"),
            ("I could hear them over", "Marcos Ibarra"),
            ("For a Spanish driver this", "Marcos Ibarra"),
            ("nothing yet", "Eero Mäkelä"),
            ("Henrik is the fastest driver", "Eero Mäkelä"),
            ("I just hope he is", "Eero Mäkelä"),
        ],
    ),
]
