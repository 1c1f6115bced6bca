CASES = [
    (
        """Halvorsen snatches Lisbon pole after stewards throw out Varela protest

By Tomas Ekberg

LISBON, June 14 (Reuters) - Norway's Erik Halvorsen claimed pole position for the Portuguese Grand Prix on Saturday after race stewards rejected a protest from rival team Varela Racing over the legality of his car's rear wing.

Halvorsen, driving for Brannock Motorsport, lapped the Alverca Street Circuit in one minute 21.406 seconds, edging Varela's Luca Bertinetti by 0.087 seconds in a final qualifying session interrupted by two red flags.

"It was messy, but the car came alive when it mattered," Halvorsen told reporters. "After everything that happened this morning, I'm just happy we can talk about driving again."

Varela had lodged the protest before final practice, arguing that the upper flap on Brannock's rear wing flexed beyond permitted limits at high speed. The Portuguese Grand Prix stewards said in a decision published two hours before qualifying that the part had passed all load tests and that Varela had "not presented evidence sufficient to establish a breach" of the technical regulations.

Varela team principal Dominique Faure said he accepted the ruling but was not finished with the matter.

"We respect the stewards, we respect the process," Faure said. "But we have footage that we think speaks for itself, and we will share it with the federation before the next race."

Asked whether the team would appeal, the Frenchman said it was "too early to say" and that any decision would be taken with the team's owners in Turin.

Brannock boss Helen Achterberg was dismissive. "If you spend your weekend looking at other people's cars, you don't spend it on your own," she said. "Our wing is legal. It was legal in March, it was legal last month and it is legal here."

Bertinetti, who has won two of the last three races, said he expected a close fight into Turn One, where the track narrows sharply at the end of a 900-metre straight.

"Erik will be quick off the line, he always is," the Italian said. "But this is a long race and the tyres will decide it, not the first corner."

The International Motor Racing Federation (IMRF) said in a statement that it was aware of Varela's concerns and would "continue to monitor flexible bodywork across all teams" as part of its routine checks.

A senior engineer at one of the midfield teams, speaking on condition of anonymity because he was not authorised to comment, said several outfits had been watching the dispute closely. "Everybody has a flexible something," he said. "The question is only who gets caught."

Third on the grid was Halvorsen's team mate Rafael Quintana, with Varela's Kenji Moritaka fourth after a spin at the final chicane cost him his last flying lap.

Sunday's 58-lap race starts at 1300 GMT.

(Reporting by Tomas Ekberg; Editing by Ken Ferris)""",
        [
            ("It was messy, but the", "Erik Halvorsen"),
            ("After everything that happened this", "Erik Halvorsen"),
            ("not presented evidence sufficient to", "Portuguese Grand Prix stewards"),
            ("We respect the stewards, we", "Dominique Faure"),
            ("But we have footage that", "Dominique Faure"),
            ("too early to say", "Dominique Faure"),
            ("If you spend your weekend", "Helen Achterberg"),
            ("Our wing is legal. It", "Helen Achterberg"),
            ("Erik will be quick off", "Luca Bertinetti"),
            ("But this is a long", "Luca Bertinetti"),
            ("continue to monitor flexible bodywork", "International Motor Racing Federation"),
            ("Everybody has a flexible something,", "senior engineer at one of the midfield teams"),
            ("The question is only who", "senior engineer at one of the midfield teams"),
        ],
    ),
    (
        """Kovac rallies past Doumbia to reach Riviera Open final

By MARGARET LOWELL
AP Tennis Writer

NICE, France (AP) — Ana Kovac saved three match points and came back to beat Awa Doumbia 4-6, 7-6 (9), 6-3 on Friday to reach the final of the Riviera Open, her first in nearly two years.

The 27-year-old Croatian, who dropped out of the top 100 last season after surgery on her right wrist, broke serve five times and finished with 41 winners in a match lasting two hours, 51 minutes.

"Honestly, at 5-6 in the second I was already thinking about my flight home," Kovac said. "Then I told myself: just make her play one more ball. That's all I did for an hour."

Doumbia, the fourth seed, had three match points in the tiebreaker, the last of them on her own serve at 9-8, but sent a backhand long.

The Frenchwoman, playing in front of a home crowd, said afterward she had felt pain in her left thigh since the second set and had taken painkillers before the third.

"I don't want to make excuses. She played better on the big points," Doumbia said. "But I couldn't push off on that leg, and against someone like Ana you can't play at 70 percent."

She said she would have the injury examined Saturday and was "not sure at all" whether she would be fit for next week's event in Hamburg.

Kovac's coach, Dario Lisac, who has worked with her since she was 14, said the comeback had been harder than either of them let on.

"There were mornings she could not hold a fork," Lisac said. "People see a final. I see eleven months of rehab in a small gym in Split."

In Saturday's final, Kovac will face either top-seeded Ingrid Solberg of Norway or Czech qualifier Tereza Hruba, who were to meet in the late semifinal.

The match was briefly suspended midway through the third set when a spectator fell ill in the stands. The Women's Professional Tennis Association said the fan received medical attention and was taken to a hospital "as a precaution," adding that the person was conscious and responsive.

Kovac, asked about the delay, said it had helped her. Her reply: "I got to sit down for ten minutes. At my age, I'll take that."

Tournament director Philippe Arnaud said ticket sales for the final had already passed last year's total.

"Whoever plays, we will have a full house," he said.""",
        [
            ("Honestly, at 5-6 in the", "Ana Kovac"),
            ("Then I told myself: just", "Ana Kovac"),
            ("I don't want to make", "Awa Doumbia"),
            ("But I couldn't push off", "Awa Doumbia"),
            ("not sure at all", "Awa Doumbia"),
            ("There were mornings she could", "Dario Lisac"),
            ("People see a final. I", "Dario Lisac"),
            ("as a precaution,", "Women's Professional Tennis Association"),
            ("I got to sit down", "Ana Kovac"),
            ("Whoever plays, we will have", "Philippe Arnaud"),
        ],
    ),
    (
        """Rennie hits out at slow-play penalty as Lindqvist takes Kinloch lead

Ewan Shaw at Kinloch

Callum Rennie accused tournament officials of “making an example” of him after a one-shot slow-play penalty on the 14th hole dropped him out of a share of the lead at the Kinloch Links Championship on Friday.

The 31-year-old Scot, who began the second round two shots clear, was timed on three occasions by the same referee and was penalised after exceeding the 50-second limit for a second time. He signed for a 71 that left him at seven under, two behind the Swede Jonas Lindqvist, whose bogey-free 66 was the best round of the day in a stiffening westerly wind.

“I’ve no complaints about the rule,” Rennie said. “I’ve complaints about how it was applied. We were in a group of three, the group in front had a lost ball, and we were the only ones who were put on the clock. You draw your own conclusions.

“I’m not saying anybody had it in for me. But when you’ve got the lead in your home event and they single you out on a day like this, it doesn’t feel great.”

The European Golf Tour rejected the suggestion. In a statement issued in the evening, it said the group had fallen “well out of position” after the 11th hole and that the timing procedure “was applied in accordance with the tour’s pace-of-play policy, which is the same for every player in the field”.

The chief referee, Marianne Corbett, told reporters that officials had warned the group twice before the clock was started. “Every player was told, and every player was timed,” she said. “Callum was the only one to exceed the limit twice. It’s not personal; it’s arithmetic.”

Rennie’s playing partners were less forthcoming. Asked about the episode, the Australian Tom Whitlock said only that it had been “a strange afternoon” before heading to the range. The third member of the group, the Dane Mikkel Holm, declined to comment.

Lindqvist, who won the Nordic Masters in June, said he had barely noticed what was happening elsewhere. “I was fighting my own battle with the wind,” he said. “Honestly, I hit it better yesterday and scored worse. Golf is a stupid game sometimes.”

The penalty will revive a debate that has rumbled on since the tour introduced its stricter timing regime in the spring. One senior player, who asked not to be named, said there was growing frustration in the locker room. “Everyone wants faster golf until it’s them on the clock,” he said. “But the referees have to be consistent, and right now a lot of us don’t think they are.”

Rennie, for his part, insisted the row would not distract him over the weekend. “I’ll sleep on it, have a bowl of porridge and go again,” he said. “Two shots is nothing round here.”""",
        [
            ("making an example", "Callum Rennie"),
            ("I’ve no complaints about the", "Callum Rennie"),
            ("I’ve complaints about how it", "Callum Rennie"),
            ("I’m not saying anybody had", "Callum Rennie"),
            ("well out of position", "European Golf Tour"),
            ("was applied in accordance with", "European Golf Tour"),
            ("Every player was told, and", "Marianne Corbett"),
            ("Callum was the only one", "Marianne Corbett"),
            ("a strange afternoon", "Tom Whitlock"),
            ("I was fighting my own", "Jonas Lindqvist"),
            ("Honestly, I hit it better", "Jonas Lindqvist"),
            ("Everyone wants faster golf until", "senior player"),
            ("But the referees have to", "senior player"),
            ("I’ll sleep on it, have", "Callum Rennie"),
            ("Two shots is nothing round", "Callum Rennie"),
        ],
    ),
    (
        """Delacroix cleared to race at Cedar Ridge; Pruett Racing fined for unsafe release

By Jenna Marsh

Marcus Delacroix will start Sunday's Cedar Ridge 300 after being cleared by the American Open Wheel Series medical team on Saturday morning, less than 18 hours after a crash in practice that sent his car into the Turn 3 SAFER barrier at an estimated 212 mph.

Delacroix, 24, spent Friday night at Mercy Valley Hospital in Dayton for observation. He was released shortly after 7 a.m. and passed a concussion evaluation at the track's infield care center, according to series medical director Dr. Alan Whitfield.

"Marcus checked every box," Whitfield said. "We ran him through the full protocol twice, once last night and once this morning, and there is nothing that gives us any reason to hold him out."

Data from the car's accident recorder showed a peak impact of 64 G, Whitfield said, calling the barrier and the car's safety cell "the reason we are having a routine conversation today and not a very different one."

Delacroix, who drives the No. 17 car for Pruett Racing, said he was sore but eager to get back in.

"My neck is a bit stiff and my pride's a bit bruised, but that's it," Delacroix said. "I want to thank the safety crew. They were at the car before I'd even figured out where I was."

He said the crash was caused by a sudden loss of rear grip as he turned in. "I didn't do anything different from the lap before," he said. "It just snapped. We'll look at the data, but I don't think it was me."

Separately, the series fined Pruett Racing $25,000 and docked the team 10 entrant points for an unsafe release during Friday's pit-stop practice, in which the team's second car, the No. 71, was sent out into the path of a crew member from Hollings Motorsports. The crew member was not injured.

In a bulletin issued Saturday, the series said the release "created an unacceptable risk to personnel in pit lane" and warned that further violations would lead to "more significant penalties, up to and including suspension of team personnel."

Team owner Gil Pruett said he would not contest the penalty. "We got it wrong. Simple as that," he said. "I've spoken to the Hollings guys and apologized to their crew member personally, and we've retrained the people involved."

A Hollings Motorsports spokeswoman said the team considered the matter closed.

Not everyone in the paddock thought the fine went far enough. One veteran crew chief, who asked not to be identified because he was not authorized to speak publicly, said: "Twenty-five grand is a rounding error for a team like that. If somebody had gotten hurt, we'd be having a very different talk."

Delacroix will start 14th. The race is scheduled to go green at 3:40 p.m. ET.""",
        [
            ("Marcus checked every box,", "Alan Whitfield"),
            ("We ran him through the", "Alan Whitfield"),
            ("the reason we are having", "Alan Whitfield"),
            ("My neck is a bit", "Marcus Delacroix"),
            ("I want to thank the", "Marcus Delacroix"),
            ("I didn't do anything different", "Marcus Delacroix"),
            ("It just snapped. We'll look", "Marcus Delacroix"),
            ("created an unacceptable risk to", "American Open Wheel Series"),
            ("more significant penalties, up to", "American Open Wheel Series"),
            ("We got it wrong. Simple", "Gil Pruett"),
            ("I've spoken to the Hollings", "Gil Pruett"),
            ("Twenty-five grand is a rounding", "veteran crew chief"),
        ],
    ),
    (
        """Fenwick hits back after Nations Cup snub as captain defends selection

By Harriet Cole, Tennis Correspondent

Britain’s highest-ranked man, Oliver Fenwick, has accused the national team captain of ‘moving the goalposts’ after he was left out of the squad for next month’s Nations Cup tie against Argentina in Glasgow.

Fenwick, the world No 38, was overlooked in favour of Jamie Oduya, Will Haddon and the 19-year-old Sam Pryce, who has climbed almost 200 places in the rankings this year on the back of three Challenger titles.

Posting on social media on Tuesday night, Fenwick wrote: ‘I was told in June that if I was fit and playing I’d be picked. I’m fit, I’m playing, and I found out from a press release. That’s all I’ll say.’

It was not all he had to say. Speaking after his first-round win in Winchester on Wednesday, the 26-year-old went further. ‘Nobody from the team has rung me,’ he said. ‘Not the captain, not the performance director, nobody. I’ve played for my country eleven times. I think I deserved a phone call.’

The captain, Neil Ashworth, insisted the decision had been made on form on indoor hard courts, the surface chosen for the tie, and that Fenwick had been informed before the announcement.

‘I completely understand Ollie’s frustration, and I’d feel exactly the same,’ Ashworth said. ‘But I have to pick the team I think gives us the best chance of winning in Glasgow, and I left him a voicemail on Monday evening before anything went public.

‘These are the hardest calls a captain makes. They’re never personal.’

The British Tennis Association said in a statement that selection was ‘entirely a matter for the captain’ and that it ‘fully supports Neil and the squad he has chosen’. It added that Fenwick remained ‘a valued member of the wider team’.

The row is the latest strain in a relationship between Fenwick and the governing body that has been uneasy since he left its national academy coaching programme two years ago. A source close to the player said he believed the omission was linked to that decision. ‘He’s been paying for that ever since,’ the source said. ‘Everyone knows it, nobody will say it.’

A senior BTA official dismissed the claim as ‘simply not true’, pointing out that Fenwick had been selected for three ties since leaving the programme.

Pryce, who would make his debut if picked for Friday’s singles, said he felt for his compatriot. ‘Ollie’s been a hero of mine since I was a kid,’ he said. ‘I didn’t ask for any of this. I just want to help the team.’

Argentina, who beat Britain in the semi-finals two years ago, will be led by the world No 11 Tomás Ibarra.""",
        [
            ("moving the goalposts", "Oliver Fenwick"),
            ("I was told in June", "Oliver Fenwick"),
            ("Nobody from the team has", "Oliver Fenwick"),
            ("Not the captain, not the", "Oliver Fenwick"),
            ("I completely understand Ollie’s frustration,", "Neil Ashworth"),
            ("But I have to pick", "Neil Ashworth"),
            ("These are the hardest calls", "Neil Ashworth"),
            ("entirely a matter for the", "British Tennis Association"),
            ("fully supports Neil and the", "British Tennis Association"),
            ("a valued member of the", "British Tennis Association"),
            ("He’s been paying for that", "source close to the player"),
            ("Everyone knows it, nobody will", "source close to the player"),
            ("simply not true", "senior BTA official"),
            ("Ollie’s been a hero of", "Sam Pryce"),
            ("I didn’t ask for any", "Sam Pryce"),
        ],
    ),
    (
        """Voss tells players: Apex League talks put tour cards at risk

By Daniel Reyes

PALMETTO SHORES, S.C. — North American Golf Tour commissioner Richard Voss has warned members that anyone who signs with the proposed Apex Golf League faces suspension, escalating a standoff that has hung over this week's Harbour Pointe Classic.

In a two-page memo sent to players Tuesday night and obtained by the Coastal Courier, Voss wrote that the tour's regulations "have not changed and will not change" and that participation in unsanctioned events "will be met with the full range of disciplinary measures available to the tour."

"Our members are free to make their own choices," the memo said. "They are not free to make those choices without consequences."

The Apex Golf League, backed by a consortium of private investors, has said it plans to stage 12 events next season with $20 million purses and guaranteed appearance fees for its biggest names.

Voss spoke briefly with reporters outside the Harbour Pointe clubhouse Wednesday. Asked whether he feared losing top players, he said: "I fear nothing about this tour. We've been here for 60 years. We'll be here for 60 more."

World No. 6 Brandon Kessler, who confirmed last month that he had met with Apex executives, said the memo had not changed his thinking.

"I've read it. I get it. It's a negotiating tactic, and that's fine," Kessler said after his pro-am round. "I'm 34 years old and I've got three kids. I'd be crazy not to listen."

Kessler said he had not signed anything and expected to make a decision "by the end of the summer."

Others were less sympathetic. Two-time major winner Luke Hartigan, a member of the tour's player advisory council, said players considering the move should "be honest about why they're going."

"Nobody's going over there because of the format," Hartigan said. "It's the money. Just say it's the money and we can all move on."

An Apex spokesman said in an email that the league had "enormous respect for the tour's history" but believed "players deserve a choice about where and how often they compete." He declined to say how many players had signed preliminary agreements.

According to two player agents who spoke on condition of anonymity because the negotiations are private, at least four players from the top 50 have received written offers. One of the agents said the tour's threat had "made people nervous, but not as nervous as Richard thinks."

The Harbour Pointe Classic begins Thursday. Kessler tees off at 8:12 a.m. alongside Hartigan and defending champion Cole Brantley.""",
        [
            ("have not changed and will", "Richard Voss"),
            ("will be met with the", "Richard Voss"),
            ("Our members are free to", "Richard Voss"),
            ("They are not free to", "Richard Voss"),
            ("I fear nothing about this", "Richard Voss"),
            ("I've read it. I get", "Brandon Kessler"),
            ("I'm 34 years old and", "Brandon Kessler"),
            ("by the end of the", "Brandon Kessler"),
            ("be honest about why they're", "Luke Hartigan"),
            ("Nobody's going over there because", "Luke Hartigan"),
            ("It's the money. Just say", "Luke Hartigan"),
            ("enormous respect for the tour's", "spokesman"),
            ("players deserve a choice about", "spokesman"),
            ("made people nervous, but not", "player agent"),
        ],
    ),
    (
        """Moreno ruled out of Montalban Grand Prix after practice crash

MONTALBAN, Spain, Sept 20 (AFP) - Championship leader Javier Moreno will miss Sunday's Montalban motorcycle Grand Prix after breaking his left collarbone in a heavy fall during Friday practice, his Serrano Factory Racing team said.

The 26-year-old Spaniard lost the front of his bike at the fast Turn 9 left-hander and was thrown over the handlebars, sliding into the gravel trap at high speed. He walked to the ambulance unaided but was taken to the circuit medical centre and later to hospital in Teruel for scans.

"Javier has a displaced fracture of the left clavicle and will undergo surgery tomorrow in Barcelona," the team said in a statement. "His condition is otherwise good and he is in good spirits."

"It is a very hard blow, for him and for all of us," team manager Carla Benedetti told AFP. "But the championship is long and Javier is a fighter. We will be ready to welcome him back when the doctors say so."

Moreno, who leads Italian Matteo Zanetti by 31 points with five races remaining, posted a short message on social media from his hospital bed. "Not the news I wanted. Back soon, stronger," he wrote.

The championship's medical director, Ignacio Salvat, said the rider had been "lucky in his misfortune".

"The impact was very violent. From what we saw on the data, he was doing around 190 kilometres an hour when he lost the front," Salvat told reporters. "A collarbone is painful, but it could have been much worse."

Salvat added that a return for the next round in Portugal in two weeks was "possible but not guaranteed", depending on how the operation went.

Zanetti, who topped the timesheets on Friday afternoon, said he took no satisfaction from his rival's misfortune. "Nobody wants to win like this," the Italian said. "I sent him a message. I hope he comes back quickly, because I want to beat him on the track."

The crash reignited criticism of the run-off area at Turn 9, which several riders have described as too narrow since the circuit was resurfaced last winter. Four riders have fallen there this weekend.

Velocitas Sports, the championship's commercial rights holder, said the track had been approved by the sport's governing body in July and met all safety requirements. The company said it would nonetheless "review the incident together with the riders' safety commission" before Saturday's sessions.

One rider, speaking on condition of anonymity, was more blunt: "We said in July this corner was dangerous. Nobody listened. Now the leader is in hospital."

Serrano will not replace Moreno this weekend, the team said.

bur/pm""",
        [
            ("Javier has a displaced fracture", "Serrano Factory Racing"),
            ("His condition is otherwise good", "Serrano Factory Racing"),
            ("It is a very hard", "Carla Benedetti"),
            ("But the championship is long", "Carla Benedetti"),
            ("Not the news I wanted.", "Javier Moreno"),
            ("lucky in his misfortune", "Ignacio Salvat"),
            ("The impact was very violent.", "Ignacio Salvat"),
            ("A collarbone is painful, but", "Ignacio Salvat"),
            ("possible but not guaranteed", "Ignacio Salvat"),
            ("Nobody wants to win like", "Matteo Zanetti"),
            ("I sent him a message.", "Matteo Zanetti"),
            ("review the incident together with", "Velocitas Sports"),
            ("We said in July this", "rider"),
        ],
    ),
    (
        """Players question heat policy after ballkid collapses at Swan River International

By Mitchell Grant

A teenage ballkid has been taken to hospital and play was suspended for almost three hours at the Swan River International in Perth, as temperatures on court topped 44 degrees Celsius and players questioned why matches had not been stopped earlier.

The 15-year-old collapsed at the back of Court 3 during the second set of a men's second-round match shortly after 2:00pm on Tuesday. She was treated by tournament medical staff before being taken to hospital by ambulance.

In a statement, the Australian Tennis Federation said the girl was “in a stable condition and recovering well” and that her family had been informed immediately.

Play on outdoor courts was suspended at 2:40pm, when the tournament's wet bulb globe temperature reading reached the threshold of 32.5 set out in the federation's extreme heat policy.

Australian Jack Thorburn, who was on court when the ballkid fell ill, said officials had been too slow to act.

“We'd been telling the umpire for half an hour that it was dangerous,” Thorburn said. “It's not just about us. We're the ones getting paid. Those kids are out there in long sleeves, running flat out, and nobody's checking on them.”

His opponent, Belgian Arnaud Peeters, agreed. “I have played in heat in many places, but this was something else,” he said. “The ball was bouncing like a rocket and you could feel your shoes melting.”

Tournament director Kerry Watson defended the response, saying the heat policy had been applied “exactly as written”.

“The policy is based on medical advice, and it's based on measurement, not on how people feel,” Ms Watson told reporters. “The moment we hit the threshold, we stopped play. That said, what happened to that young girl is upsetting for all of us, and we'll look at everything.”

Ms Watson said ballkids worked 45-minute rotations with access to ice towels and water at every change of ends, and that their shifts would be cut to 30 minutes for the rest of the week.

The episode has revived calls for the federation to lower its threshold. Dr Priya Menon, a sports physician at the Western Institute of Sport Science, said the current figure was “too generous for a Perth summer”.

“By the time you hit 32.5, you're already in territory where young people and less acclimatised adults are at real risk,” she said. “I'd like to see a lower number for ballkids and officials, who don't get to choose when they come off.”

A federation spokeswoman said the policy was reviewed every year and that feedback from this week would be “taken into account”.

Play resumed at 5:30pm. Thorburn won 6-4, 3-6, 7-5 and will face fifth seed Mateo Rinaldi in the quarter-finals on Thursday.""",
        [
            ("in a stable condition and", "Australian Tennis Federation"),
            ("We'd been telling the umpire", "Jack Thorburn"),
            ("It's not just about us.", "Jack Thorburn"),
            ("I have played in heat", "Arnaud Peeters"),
            ("The ball was bouncing like", "Arnaud Peeters"),
            ("exactly as written", "Kerry Watson"),
            ("The policy is based on", "Kerry Watson"),
            ("The moment we hit the", "Kerry Watson"),
            ("too generous for a Perth", "Priya Menon"),
            ("By the time you hit", "Priya Menon"),
            ("I'd like to see a", "Priya Menon"),
            ("taken into account", "spokeswoman"),
        ],
    ),
]
