CASES = [
    (
        """MONZA, Italy (Reuters) - Dutchman Lucas Verhaegen held off a late charge from team mate Tomasz Wielgos to win the Lombardy Grand Prix for Ardenza on Sunday, ending a run of seven races without a victory for the Milan-based team.

Verhaegen, who started second on the grid, took the lead when pole-sitter Rafael Ochoa-Brandt of Kestrel Racing locked his front tyres into the first chicane on the opening lap and ran wide across the run-off area.

"I saw the gap and I just went for it," Verhaegen told reporters after climbing from his car. "After that it was about managing the tyres, and honestly the last ten laps felt like a hundred."

Wielgos, 23, closed to within seven tenths of a second on the final lap but could not find a way past on the long run down to the Parabolica.

"He was quick, I was quicker at the end, but Monza is hard to pass when you're in the dirty air," said the Pole, who finished second for the third time this season. "Still, a one-two for the team here, in front of these people - I'll take that."

Ochoa-Brandt recovered to finish fourth despite a five-second penalty for leaving the track and gaining an advantage, a decision Kestrel team principal Hannelore Just described as "harsh but probably correct".

In their written decision the stewards said the Argentine had "failed to rejoin the track in a safe manner and retained a position gained" by cutting the chicane, and that the penalty was in line with previous cases.

Britain's Oliver Pennock completed the podium for Halvorsen after gambling on a one-stop strategy that left him struggling for grip in the closing stages.

Ardenza team boss Marco Dellacqua said the result vindicated a difficult summer in which the team brought three upgrade packages in five races, two of which were later abandoned.

"We have been criticised, and some of it was fair," he said. "But the factory never stopped believing, and today the people in Milan who worked every weekend in August got their answer."

Verhaegen now trails championship leader Ochoa-Brandt by 18 points with six races remaining, while Ardenza moved to within 31 points of Kestrel in the constructors' standings.

"It's not over. Eighteen points is one bad weekend for him and one good one for me," Verhaegen added.

The next round is in Singapore in two weeks.""",
        [
            ("I saw the gap and", "Lucas Verhaegen"),
            ("After that it was about", "Lucas Verhaegen"),
            ("He was quick, I was", "Tomasz Wielgos"),
            ("Still, a one-two for the", "Tomasz Wielgos"),
            ("harsh but probably correct", "Hannelore Just"),
            ("failed to rejoin the track", "stewards"),
            ("We have been criticised, and", "Marco Dellacqua"),
            ("But the factory never stopped", "Marco Dellacqua"),
            ("It's not over. Eighteen points", "Lucas Verhaegen"),
        ],
    ),
    (
        """By Simon Achterberg, Tennis Correspondent, at Ashford Park

Nadia Varenko has dismissed talk of retirement as “noise from people who have never held a racket for a living” after the former world No 2 was knocked out in the second round of the Ashford Park Championships yesterday.

The 33-year-old lost 6-4, 3-6, 7-5 to the American qualifier Brianna Scholl on Court Three, squandering a break in the deciding set in front of a crowd that had queued since breakfast to see her.

Asked whether this would be her final season, Varenko paused before answering: “I have heard this question every year since I was 29. Every year I say the same thing. When I decide, you will be the first to know - well, maybe the second, after my mother.”

She admitted that the ankle injury which kept her out of the clay-court season was “still there, a little”, but insisted she would not use it as an excuse for the defeat.

“She played better on the big points. That is the whole story,” she said. “I had chances at 5-4 in the third and I did not take them. At this level, if you do not take them, you go home.”

Scholl, who is ranked 187th and had never previously won a main-draw match on grass, could barely contain her emotion.

“I grew up watching her on television,” said the 20-year-old from Tampa. “To beat her on this court is something I will remember for the rest of my life.”

Her coach, Dale Ferreira, revealed that Scholl had been close to quitting the tour last spring because of the cost of travelling between events.

“We were counting every dollar,” he said. “There were weeks when she was sleeping on friends' sofas and stringing her own rackets in hotel corridors.”

The match was not without controversy. Varenko was given a time violation while serving at 5-5 in the final set and argued at length with the umpire, Karin Holt, at the changeover.

The All-Counties Lawn Tennis Club, which stages the tournament, later said in a statement that the umpire had “acted entirely within the rules” and that the shot clock had been operating normally.

Varenko, whose next scheduled event is in Toronto next month, said only that she would “rest, see the physio, and then we will see” before leaving the interview room to warm applause from the assembled press.""",
        [
            ("noise from people who have", "Nadia Varenko"),
            ("I have heard this question", "Nadia Varenko"),
            ("still there, a little", "Nadia Varenko"),
            ("She played better on the", "Nadia Varenko"),
            ("I had chances at 5-4", "Nadia Varenko"),
            ("I grew up watching her", "Brianna Scholl"),
            ("To beat her on this", "Brianna Scholl"),
            ("We were counting every dollar", "Dale Ferreira"),
            ("There were weeks when she", "Dale Ferreira"),
            ("acted entirely within the rules", "All-Counties Lawn Tennis Club"),
            ("rest, see the physio, and", "Nadia Varenko"),
        ],
    ),
    (
        """LAUSANNE, Switzerland (AP) — Olympic rowing silver medalist Henrik Soldal was banned for four years on Thursday after an independent panel rejected his claim that a banned stimulant entered his system through a contaminated supplement.

The three-member panel of the Sports Integrity Tribunal said in its 62-page decision that Soldal's explanation was "plausible in theory but unsupported by any credible evidence."

The 27-year-old Norwegian tested positive at a World Cup regatta last May. He has argued since the case became public that a pre-workout powder bought online was to blame, but the batch he said he used was never recovered or tested.

"The athlete bears the burden of establishing, on the balance of probability, how the substance entered his body," the decision said. "He has not discharged that burden."

The panel also considered testimony from a toxicologist called by the defense, Dr. Paulina Ostrowski, who said the concentration found in Soldal's urine was consistent with accidental ingestion. The panel described her evidence as "of limited assistance" because she had not examined the product itself.

Soldal's lawyer, Margit Haugen-Lind, said her client was "devastated" and was considering a further appeal to a civil court.

"Henrik has never knowingly taken a prohibited substance in his life," Haugen-Lind said in a telephone interview. "The panel accepted that the supplement batch was never tested. How can an athlete prove a negative?"

The Global Rowing Federation, which brought the case, welcomed the ruling.

"Clean athletes deserve to know that the rules are applied consistently, whatever the medal count or the reputation of the individual involved," the federation said in a statement.

A federation official, speaking on condition of anonymity because he was not authorized to discuss the case publicly, said the ruling should serve as a warning to athletes who buy supplements without independent certification.

"This was never about one rower. It was about the supplement market, and how little control athletes really have over what goes into their bodies," the official said.

The ban is backdated to the date of the positive test, which means Soldal will miss the next Olympics. His results since the sample was collected, including a European title in the men's pair, have been annulled.

His longtime crewmate Anders Vikestad told a Norwegian newspaper he was "heartbroken for Henrik and for the whole boat," and said the crew had not yet decided whether to continue without him.""",
        [
            ("plausible in theory but unsupported", "Sports Integrity Tribunal"),
            ("The athlete bears the burden", "Sports Integrity Tribunal"),
            ("He has not discharged that", "Sports Integrity Tribunal"),
            ("of limited assistance", "Sports Integrity Tribunal"),
            ("devastated", "Margit Haugen-Lind"),
            ("Henrik has never knowingly taken", "Margit Haugen-Lind"),
            ("The panel accepted that the", "Margit Haugen-Lind"),
            ("Clean athletes deserve to know", "Global Rowing Federation"),
            ("This was never about one", "federation official"),
            ("heartbroken for Henrik and for", "Anders Vikestad"),
        ],
    ),
    (
        """Lucerne (Switzerland) (AFP) - Britain's Amara Okonkwo-Reid ran the fastest 400m hurdles in the world this year on Friday, clocking 52.41sec at the Seeblick Athletics Gala to beat Olympic champion Jolien De Smet into second place.

Okonkwo-Reid, 24, trailed the Belgian over the first seven barriers before producing a devastating finish on the home straight, where De Smet clipped the ninth hurdle and lost her rhythm.

"I knew coming off the last bend that I had something left," the Briton said. "My coach told me before the race: trust the stride pattern. For once, I did."

De Smet, who had been unbeaten this season, was gracious in defeat: "She deserved it. Tonight she was the better athlete and I have no excuses. The hurdle was my fault, not the track's."

In the men's pole vault, Sweden's Sven Ekdahl cleared 6.02m at his second attempt, the highest jump of his career, before three failures at 6.10m.

Ekdahl, 29, said he had "finally found the right poles" after switching manufacturers during the winter, a decision that cost him most of the indoor season.

"People don't understand how much the pole matters," he explained. "It's like changing the engine in a car halfway through a season. You need months before you trust it.

"Tonight I trusted it. Next time, maybe 6.10."

The men's 100m went to American Darnell Whitcombe in 9.91sec, but the winner was unhappy with the start, describing the starter's handling of the race as "a joke, honestly," and complaining that the field had been held in the set position "for what felt like five seconds".

The Seeblick Athletics Gala organising committee later said in a statement that the start had been "within normal parameters" and had been reviewed by the technical delegate.

Meeting director Urs Bachmann, who took over the event three years ago when it was on the brink of losing its place on the international calendar, said the night had exceeded all expectations.

"We sold out two weeks ago. For a city of this size, that tells you something about how much people here love this sport," he told AFP.

Elsewhere, Ethiopia's Tsehay Abera won the women's 3,000m in a meeting record of 8:24.17, while Jamaica's Corey Blackwood took the men's 200m in 19.88sec.

The circuit moves on to Stockholm next week, where Okonkwo-Reid and De Smet are expected to meet again.""",
        [
            ("I knew coming off the", "Amara Okonkwo-Reid"),
            ("My coach told me before", "Amara Okonkwo-Reid"),
            ("She deserved it. Tonight she", "Jolien De Smet"),
            ("finally found the right poles", "Sven Ekdahl"),
            ("People don't understand how much", "Sven Ekdahl"),
            ("It's like changing the engine", "Sven Ekdahl"),
            ("Tonight I trusted it. Next", "Sven Ekdahl"),
            ("a joke, honestly", "Darnell Whitcombe"),
            ("for what felt like five", "Darnell Whitcombe"),
            ("within normal parameters", "Seeblick Athletics Gala organising committee"),
            ("We sold out two weeks", "Urs Bachmann"),
        ],
    ),
    (
        """TORONTO — Backstroker Chloé Lavigne-Marsh says she was "blindsided" by her omission from the Olympic swimming team, and her lawyer has written to the selection committee demanding that the decision be reversed.

Lavigne-Marsh, 21, finished second in the women's 200-metre backstroke at the national trials last month but was left off the team announced Tuesday by the Canadian Aquatic Sports Council in favour of Paige Dunmore, who finished third but swam a faster time at a qualifying meet in March.

In a letter dated June 14 and seen by reporters, lawyer Graham Oduya argued that the council had "applied criteria that were never published to athletes in advance."

"Ms. Lavigne-Marsh trained for four years on the understanding that a top-two finish at trials would secure her place," the letter states. "That understanding was reasonable, and it was shared by every coach in the country."

The letter gives the council until Friday to respond before the swimmer files a formal appeal.

Council high-performance director Ruth Sandoval defended the selection on Wednesday morning.

"Our criteria have always allowed for discretion where an athlete's times show a stronger medal prospect," Sandoval said. "This was not an easy call, and we do not take it lightly."

Later on Wednesday the council said in a brief statement that it would "respond to the correspondence through the appropriate channels" and would make no further comment.

Speaking to reporters outside her training pool in Mississauga, Lavigne-Marsh fought back tears as she described learning of the decision in a phone call from a team official.

"I did everything they asked. I touched the wall second. I don't know what else I could have done," she said.

Dunmore did not respond to requests for comment. Her coach, Viktor Halloran, said Dunmore "feels terrible for Chloé" but had earned her place through consistent results over the season.

The dispute has exposed tensions within the national program only weeks before the team departs for a pre-Games training camp. One national-team coach, who asked not to be named because of the ongoing dispute, said the decision had left the squad "divided down the middle."

Several former Olympians have also weighed in on social media, with some calling for the council to publish its full selection documents.

The Olympic swimming competition begins in seven weeks.""",
        [
            ("blindsided", "Chloé Lavigne-Marsh"),
            ("applied criteria that were never", "Graham Oduya"),
            ("Ms. Lavigne-Marsh trained for four", "Graham Oduya"),
            ("That understanding was reasonable, and", "Graham Oduya"),
            ("Our criteria have always allowed", "Ruth Sandoval"),
            ("This was not an easy", "Ruth Sandoval"),
            ("respond to the correspondence through", "Canadian Aquatic Sports Council"),
            ("I did everything they asked", "Chloé Lavigne-Marsh"),
            ("feels terrible for Chloé", "Viktor Halloran"),
            ("divided down the middle.", "national-team coach"),
        ],
    ),
    (
        """Kalle Rautanen's hopes of a first Rally of the Borders win ended in a ditch on Saturday's penultimate stage, handing Citadel Motorsport's Mathieu Brousseau a 24.6-second lead going into the final day.

Rautanen, who had led since the opening stage on Friday morning, ran wide on a fast left-hander eight kilometres into the Glenmuir test and slid into a drainage ditch. Spectators helped push the car back onto the road, but the Finn lost more than three minutes and dropped to sixth overall.

"It was my mistake, 100 per cent," said Rautanen at the stage end. "The notes were right, the car was perfect, I just carried too much speed over the crest. I'm sorry for the team."

His co-driver Ieuan Pritchard added: "We were pushing because we had to. Mathieu was taking time off us everywhere on the fast stuff, and you can't win a rally by sitting back."

Brousseau, who has not won since last season's opening round, refused to be drawn into celebrations.

"Twenty-four seconds sounds like a lot, but tomorrow's stages are muddy and anything can happen," the Frenchman said. "I will drive clean. No heroics."

Behind him, a tight fight for the final podium place saw Vortex Rally Team's Siddharth Rao edge ahead of Gwen Talbot-Rhys by just 1.8s, despite a fine imposed on his team earlier in the day.

The stewards had fined Vortex 5,000 euros after Rao was caught speeding on a public road section between service and the first stage of the morning loop. Their decision read: "The competitor exceeded the speed limit in the service road section by 14 km/h. The penalty takes into account that this is a first offence."

Vortex team boss Pieter van Haaren called the incident "an honest mistake by a tired driver" and confirmed that the team would not appeal.

The championship promoter, Apex Rally Series, said in a statement that weekend spectator numbers had been "the highest in the event's history," with an estimated 60,000 fans lining the forest stages.

Sunday's final leg consists of four stages totalling 71km, including two runs through the Powerstage at Craigend, where bonus points are on offer to the five fastest crews.

Brousseau's win would move him to within nine points of the championship lead.""",
        [
            ("It was my mistake, 100", "Kalle Rautanen"),
            ("The notes were right, the", "Kalle Rautanen"),
            ("We were pushing because we", "Ieuan Pritchard"),
            ("Twenty-four seconds sounds like a", "Mathieu Brousseau"),
            ("I will drive clean. No", "Mathieu Brousseau"),
            ("The competitor exceeded the speed", "stewards"),
            ("an honest mistake by a", "Pieter van Haaren"),
            ("the highest in the event's", "Apex Rally Series"),
        ],
    ),
    (
        """PERTH, Australia (Reuters) - Jakob Brenninger saved three championship points before beating Dorian Vasquez-Hale 4-6 7-6(5) 7-5 in the Coral Coast Open final on Sunday, claiming the biggest title of his career after almost three hours in searing heat.

The 25-year-old Austrian trailed 5-6 0-40 in the second set but reeled off five straight points to force a tiebreak, which he won with a backhand pass down the line.

"Honestly, at 5-6, 0-40, I was already thinking about my speech for the runner-up," Brenninger joked during the trophy ceremony, drawing laughter from the crowd.

In his post-match news conference he was more reflective about how the match had turned.

"I told myself, one point at a time. It sounds like a cliche but that's all you can do when you are that close to losing.

"Then he missed a forehand he makes 99 times out of 100, and suddenly the whole match changed."

Vasquez-Hale, seeded fourth, had dominated the opening set with his serve and struck 14 aces over the course of the match.

"I had it on my racket," he said. "Three times. That's going to hurt for a while, but I'll be back here next year."

The American took a medical timeout for treatment on his right shoulder early in the third set but said afterwards that the shoulder was "fine, no problem" and that he expected to play next week.

Play was suspended for 40 minutes in the afternoon after temperatures on court passed 40 degrees Celsius, triggering the tour's extreme heat policy for the second time this week.

"The health of players, officials and ball kids is our first priority, and the policy was applied exactly as designed," the Professional Tennis Association said in a statement.

Brenninger's coach, Walter Steinhauer, who has worked with him since he was a junior in Graz, said the comeback summed up his player.

"He never gives up. That's the first thing I noticed when he was 12 years old and still the thing I admire most," Steinhauer said.

The win lifts Brenninger to a career-high 11th in the world rankings.""",
        [
            ("Honestly, at 5-6, 0-40", "Jakob Brenninger"),
            ("I told myself, one point", "Jakob Brenninger"),
            ("Then he missed a forehand", "Jakob Brenninger"),
            ("I had it on my", "Dorian Vasquez-Hale"),
            ("Three times. That's going to", "Dorian Vasquez-Hale"),
            ("fine, no problem", "Dorian Vasquez-Hale"),
            ("The health of players, officials", "Professional Tennis Association"),
            ("He never gives up. That's", "Walter Steinhauer"),
        ],
    ),
    (
        """The world 1500m bronze medallist Esther Kimaru-Lang has been provisionally suspended after testing positive for the blood-booster EPO, the Independent Integrity Commission for Athletics announced on Tuesday.

The commission said the sample had been collected out of competition at the athlete's training base in the Rift Valley in April, and that she had been notified of the result last week.

In a statement, the commission said: “The athlete has the right to request analysis of the B sample and to a full hearing before the disciplinary tribunal. No further comment will be made while proceedings are ongoing.”

Kimaru-Lang, 26, responded within hours in a post on social media. “I have never cheated and I never will. I will fight this with everything I have,” she wrote, adding that she had asked her family and fans to wait for the process to run its course.

Her agent, Dr Hendrik Vollmerhaus, said the athlete had been “completely shocked” by the news and had already requested that the B sample be analysed.

“We are gathering her medical records, including treatment she received at a clinic in Eldoret in March,” he told reporters. “We will not speculate until we have the full documentation package from the laboratory.”

The case is the latest in a string of positive tests among distance runners in east Africa. The commission’s head, Prof Margaret Ainslie-Boateng, said last month that out-of-competition testing in the region had been “significantly increased” and that further cases were likely.

A senior official at the national federation, who did not wish to be named, said: “Every case like this damages the hundreds of clean athletes in this country who train honestly and earn very little.”

Kimaru-Lang won bronze at last year’s world championships in a personal best, ahead of Britain’s Lucy Tremlow, who finished fourth by three hundredths of a second.

Tremlow said she had “mixed feelings” about the news. “If it is proven, then I was robbed of a medal moment I can never get back,” she said. “But I don’t want to judge anyone before the process is finished. That would not be fair to her.”

If the finding is upheld, Kimaru-Lang faces a ban of up to four years and the loss of her results dating back to the collection of the sample, though her world championship bronze would not be affected as it was won before the test.

Her provisional suspension means she will miss the Nordic Games Classic meeting in Oslo next month, where she had been due to open her outdoor season.""",
        [
            ("The athlete has the right", "Independent Integrity Commission for Athletics"),
            ("I have never cheated and", "Esther Kimaru-Lang"),
            ("completely shocked", "Hendrik Vollmerhaus"),
            ("We are gathering her medical", "Hendrik Vollmerhaus"),
            ("We will not speculate until", "Hendrik Vollmerhaus"),
            ("significantly increased", "Margaret Ainslie-Boateng"),
            ("Every case like this damages", "senior official at the national federation"),
            ("mixed feelings", "Lucy Tremlow"),
            ("If it is proven, then", "Lucy Tremlow"),
            ("But I don’t want to", "Lucy Tremlow"),
        ],
    ),
]
