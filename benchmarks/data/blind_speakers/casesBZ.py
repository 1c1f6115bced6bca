CASES = [
    (
        """Ashbury Rovers 2 Kelmont City 1

Tom Harker at Castlegate Park

Declan Moorcroft insisted his Ashbury Rovers side had “earned the right to dream” after a stoppage-time winner from the substitute Kofi Adjei-Mensah lifted them to within three points of the summit.

City had looked set for a share of the spoils when Ruben Salazar cancelled out Jamie Threlfall’s first-half opener with a deflected drive on 71 minutes, but Adjei-Mensah, on the pitch for barely 10 minutes, rose above Callum Breck to head home Threlfall’s corner in the 93rd minute and send Castlegate Park into raptures.

“I said to the lads at half-time that this is the sort of game that tells you who you are,” Moorcroft said. “We were second best for 20 minutes after their goal, no question, but we didn’t go under. That’s character, and you can’t coach it.”

The Rovers manager reserved special praise for Adjei-Mensah, a £1.2m signing from the second tier in the summer who had started only one league match.

“Kofi’s been patient, he’s trained like a demon and he’s been desperate for a moment like that,” he added. “I’m delighted for him. He’ll probably want a new contract now.”

Threlfall had given the hosts a deserved lead after 27 minutes, cutting inside from the left and curling beyond Pavel Nemec, and Rovers should have been further ahead before the break when Owen Tarrant struck the bar from eight yards.

Kelmont improved markedly after the interval and Salazar’s equaliser, which took a wicked deflection off Marcus Eddowes, was no more than they merited. Breck then forced a fine save from the Rovers goalkeeper, Sam Whitcombe, before the late drama.

Annika Strand, the City manager, described the defeat as “a kick in the teeth” and was scathing about her side’s set-piece defending.

“We’ve worked on that all week,” said Strand, whose side have now gone four games without a win. “You can’t switch off in the 93rd minute. It’s not about tactics, it’s about wanting to win your header more than the other man, and today we didn’t.”

She also questioned the amount of stoppage time, suggesting the referee, Gareth Pollard, had “found minutes from somewhere” after the fourth official signalled only four.

Asked whether Rovers could sustain a title challenge, Moorcroft was careful not to get carried away. “Ask me in April,” he said with a smile. “What I will say is that nobody in that dressing room is frightened any more.”

Adjei-Mensah, speaking to the club’s in-house channel, said simply: “I’ve waited a long time for that. I just attacked the ball and closed my eyes.”""",
        [
            ("earned the right to dream", "Declan Moorcroft"),
            ("I said to the lads", "Declan Moorcroft"),
            ("We were second best for", "Declan Moorcroft"),
            ("Kofi’s been patient, he’s trained", "Declan Moorcroft"),
            ("I’m delighted for him", "Declan Moorcroft"),
            ("a kick in the teeth", "Annika Strand"),
            ("We’ve worked on that all", "Annika Strand"),
            ("You can’t switch off in", "Annika Strand"),
            ("found minutes from somewhere", "Annika Strand"),
            ("Ask me in April", "Declan Moorcroft"),
            ("What I will say is", "Declan Moorcroft"),
            ("I’ve waited a long time", "Kofi Adjei-Mensah"),
        ],
    ),
    (
        """Okafor century puts Harrowdale on brink of Redgate Trophy

NETHERBY, Sept 9 - Harrowdale moved to the brink of their first Redgate Trophy title in 19 years after Chinedu Okafor's unbeaten 142 left Northmarsh facing an innings defeat on the third day at Queen's Meadow.

Northmarsh, bowled out for 187 in their first innings on Monday, closed on 96 for five following on, still 171 runs adrift of making Harrowdale bat again, with captain Rhys Penberthy unbeaten on 41.

Okafor, 23, batted for almost six hours and struck 17 fours and two sixes, sharing a stand of 154 for the sixth wicket with wicketkeeper Hamish Dunlevy as Harrowdale piled up 454.

"It's the best I've batted, probably," Okafor said at the close. "The pitch flattened out this morning, and once I got through the new ball I felt like I could just keep going. Hamish kept telling me to take it session by session, and that's what we did."

Dunlevy, who made 71, was more forthright. "He's the best young batter in the country and it's not close," he said. "People will be talking about him for a different shirt soon, and they should be."

Northmarsh's attack toiled on a surface that offered little after the first morning. Seamer Ethan Gillow, who took four for 103, conceded the visitors had been "outplayed in every department" and said the dressing room was "hurting".

"We talked about coming here and making a statement, and we've done the opposite," Gillow said. "But there's still two days left. If Rhys bats all day tomorrow, who knows."

Left-arm spinner Vikram Dasgupta did the damage late in the day, removing Tobias Lane and Connor Mabey in the space of three balls to leave Northmarsh reeling.

Harrowdale head coach Moira Kinsella said afterwards that she had "not allowed anyone to mention the title" in the dressing room this week.

"There's a job to finish and we've all seen enough cricket to know nothing is done until it's done," Kinsella said. "But I'm incredibly proud. This group has been through a lot."

In a statement issued during the tea interval, Northmarsh County Cricket Club said opening batter Danny Ruddock had been "stood down from selection pending a medical assessment" after being struck on the helmet while fielding at short leg on Monday. The club added that Ruddock was "in good spirits" and would be replaced under the competition's concussion substitute regulations.

Harrowdale need victory here and two bonus points from their final match against Cresswick next week to seal the title, should second-placed Lowmoor Vale win both their remaining fixtures.""",
        [
            ("It's the best I've batted", "Chinedu Okafor"),
            ("The pitch flattened out this", "Chinedu Okafor"),
            ("He's the best young batter", "Hamish Dunlevy"),
            ("People will be talking about", "Hamish Dunlevy"),
            ("outplayed in every department", "Ethan Gillow"),
            ("hurting", "Ethan Gillow"),
            ("We talked about coming here", "Ethan Gillow"),
            ("But there's still two days", "Ethan Gillow"),
            ("not allowed anyone to mention", "Moira Kinsella"),
            ("There's a job to finish", "Moira Kinsella"),
            ("But I'm incredibly proud", "Moira Kinsella"),
            ("stood down from selection pending", "Northmarsh County Cricket Club"),
            ("in good spirits", "Northmarsh County Cricket Club"),
        ],
    ),
    (
        """Penhallow 24 Carrick Bay 31

Gwen Trewartha at Roskear Road

Carrick Bay kept their play-off hopes alive with a bonus-point victory at Roskear Road, where two tries from wing Tevita Fonoti in the final quarter finally broke Penhallow’s stubborn resistance.

The home side, who led 17-13 at the break through tries from hooker Jago Pascoe and centre Ben Ashworth-Lyle, were undone by a ten-minute spell in which Fonoti twice finished sweeping moves down the right touchline.

Carrick Bay’s director of rugby, Aled Prydderch, was full of praise for his side’s composure.

‘At half-time there was no panic,’ he said. ‘We knew if we kept the ball through the phases they would tire, because they’d made something like 120 tackles in the first half.

‘Tevita is a finisher – you give him half a yard and he’s gone. But the work that went into those tries, the carries from the forwards, the clear-outs, that’s what pleases me most.

‘We’ve made life hard for ourselves this season, but we’re still in the hunt and nobody will want to play us.’

Penhallow head coach Morwenna Hocking was left to rue a yellow card shown to lock Fraser Quill for a deliberate knock-on shortly after the interval, a period in which Carrick Bay scored 11 unanswered points.

She described referee Iolo Baines’s decision as ‘harsh but probably correct’, before adding: ‘We gave them a sniff and good sides take it. We’ve got to be smarter than that.’

Penhallow captain Kit Pendarves, who will miss next week’s trip to Westerhaven after failing a head injury assessment, said his side had ‘let a big one slip’.

‘It’s frustrating because for 50 minutes we were the better side,’ Pendarves said. ‘But the league doesn’t give you points for 50 minutes.’

Carrick Bay fly-half Rhodri Glanmor kicked 11 points, including a monster penalty from inside his own half, and Hocking conceded the visitors’ No 10 had ‘controlled the game beautifully’ after the break.

Fonoti, who now has nine tries in 11 appearances, grinned when asked about the ‘Tongan Express’ nickname the club’s supporters have given him. ‘I like it,’ he said. ‘But the boys call me other things.’

Penhallow remain sixth, six points adrift of the play-off places, while Carrick Bay climb to fourth ahead of their home meeting with leaders Trelowen Vale.""",
        [
            ("At half-time there was no", "Aled Prydderch"),
            ("We knew if we kept", "Aled Prydderch"),
            ("Tevita is a finisher", "Aled Prydderch"),
            ("We’ve made life hard for", "Aled Prydderch"),
            ("harsh but probably correct", "Morwenna Hocking"),
            ("We gave them a sniff", "Morwenna Hocking"),
            ("let a big one slip", "Kit Pendarves"),
            ("It’s frustrating because for 50", "Kit Pendarves"),
            ("But the league doesn’t give", "Kit Pendarves"),
            ("controlled the game beautifully", "Morwenna Hocking"),
            ("I like it", "Tevita Fonoti"),
            ("But the boys call me", "Tevita Fonoti"),
        ],
    ),
    (
        """Holloway plays down Galbraith row ahead of Brennock derby

By Priya Mehandru
Chief Football Correspondent

Brennock United manager Stuart Holloway has dismissed talk of a rift with striker Andrej Galbraith, insisting the pair have "cleared the air" after the forward's furious reaction to being substituted last weekend.

Galbraith, the club's top scorer with 14 goals, was seen remonstrating with the dugout and kicking a water bottle when he was replaced with 20 minutes remaining of the 1-1 draw with Dunmere Athletic.

Speaking at the club's Haddon Lane training ground on Thursday ahead of Sunday's derby against Brennock Albion, Holloway said: "Andrej's a competitor. I'd be more worried if he walked off smiling. We had a conversation on Monday, man to man, and that's the end of it as far as I'm concerned."

Asked whether the striker would face disciplinary action, Holloway replied: "No. Next question."

The 52-year-old, who has faced growing criticism from supporters after a run of one win in six matches, admitted the pressure had intensified but said he was "not reading the papers" and would not be distracted by noise from outside the club.

"I've been in this game long enough to know how it works," he said. "You win on Sunday and you're a genius, you lose and you're finished. I don't buy either."

He confirmed that centre-back Elijah Osei-Bonsu would miss the derby with a hamstring strain and that goalkeeper Ruairi Clancy was a doubt with a shoulder problem, describing the latter as "50-50 at best".

Across the city, Albion head coach Lena Vukovic said she expected a "ferocious" atmosphere at the Foundry Ground and warned her players against being swept up in the occasion.

"Derbies are won by the team that keeps its head," Vukovic told reporters. "We respect United, we respect their supporters, but we're going there to win."

Vukovic's side sit four points above their neighbours and are unbeaten in the last five meetings, a run Albion supporters have marked with a banner reading "Five and Counting" at recent home games.

When Holloway was told of the banner, he smiled. "They can count," he said. "Let's see if they can count to six."

The derby carries added significance for United's academy graduate Theo Marlowe, 19, who is expected to make his first league start. Holloway described the midfielder as "fearless" and said he had "no hesitation" in throwing him in.

United confirmed in a statement on Wednesday that the away allocation had been cut to 1,500 following "a number of serious incidents" at last season's fixture, a decision Albion called "regrettable" in their own response.""",
        [
            ("cleared the air", "Stuart Holloway"),
            ("Andrej's a competitor. I'd be", "Stuart Holloway"),
            ("No. Next question.", "Stuart Holloway"),
            ("not reading the papers", "Stuart Holloway"),
            ("I've been in this game", "Stuart Holloway"),
            ("You win on Sunday and", "Stuart Holloway"),
            ("50-50 at best", "Stuart Holloway"),
            ("ferocious", "Lena Vukovic"),
            ("Derbies are won by the", "Lena Vukovic"),
            ("We respect United, we respect", "Lena Vukovic"),
            ("They can count", "Stuart Holloway"),
            ("Let's see if they can", "Stuart Holloway"),
            ("fearless", "Stuart Holloway"),
            ("no hesitation", "Stuart Holloway"),
            ("a number of serious incidents", "Brennock United"),
            ("regrettable", "Brennock Albion"),
        ],
    ),
    (
        """Kelmont City agree club-record £38m fee for Ribamar winger Teixeira

Kelmont City have agreed a club-record fee of £38m with Atlético Ribamar for the Portuguese winger Vasco Teixeira, with the 22-year-old expected to undergo a medical on Tuesday.

The deal, which includes a further £6m in performance-related add-ons, would comfortably surpass the £24m City paid for Ilya Marchetti two summers ago and represents a statement of intent from a club who have struggled for goals this season.

In a filing to the Portuguese securities regulator on Sunday evening, Ribamar confirmed they had “reached an agreement in principle” with Kelmont for the “definitive transfer of the player’s federative and economic rights”, subject to the completion of medical tests and the signing of personal terms.

Teixeira’s agent, Mauro Benvenuto, said personal terms would be “a formality” and that his client was “very happy” with the move.

“He has dreamed of playing in this league since he was a boy,” Benvenuto told reporters outside Ribamar’s training complex. “City showed they wanted him more than anyone. That matters to a young player.”

Kelmont said only that talks were “at an advanced stage” and that “no further comment will be made until the process is complete”.

A source close to the negotiations said Teixeira had rejected approaches from two other clubs in recent weeks. “Vasco only wanted City,” the source said. “Once he had spoken to the manager, that was it. Nobody else was in the conversation.”

That manager, Annika Strand, declined to discuss the deal at her pre-match press conference on Friday but made little secret of her wish to strengthen.

“I don’t talk about players at other clubs,” she said. “What I will say is that we need more quality in the wide areas, and the board know that. They’ve been brilliant with me.”

Teixeira scored 11 goals and provided nine assists in all competitions last season, earning a first senior international call-up in March. His release clause was understood to be £50m.

Ribamar coach Artur Mendonça admitted he was “sad to lose a special player” but said the fee was “impossible to refuse for a club like ours”, adding that the money would be reinvested in the squad and the club’s academy.

Teixeira appeared to bid farewell on social media on Sunday night, writing: “Obrigado Ribamar. You gave me everything. I will never forget.”

City, who sit 11th, are also expected to move for a centre-back before the window closes on 1 September, with Gallowmere defender Rory Stanmore among those under consideration.""",
        [
            ("reached an agreement in principle", "Atlético Ribamar"),
            ("definitive transfer of the player’s", "Atlético Ribamar"),
            ("a formality", "Mauro Benvenuto"),
            ("very happy", "Mauro Benvenuto"),
            ("He has dreamed of playing", "Mauro Benvenuto"),
            ("City showed they wanted him", "Mauro Benvenuto"),
            ("at an advanced stage", "Kelmont City"),
            ("no further comment will be", "Kelmont City"),
            ("Vasco only wanted City", "source close to the negotiations"),
            ("Once he had spoken to", "source close to the negotiations"),
            ("I don’t talk about players", "Annika Strand"),
            ("What I will say is", "Annika Strand"),
            ("sad to lose a special", "Artur Mendonça"),
            ("impossible to refuse for a", "Artur Mendonça"),
            ("Obrigado Ribamar. You gave me", "Vasco Teixeira"),
        ],
    ),
    (
        """Westerley strip Alcott of captaincy after dressing-room row

LANSDOWNE BRIDGE, June 3 (Courier Sports) - Westerley have stripped Jonah Alcott of the captaincy and suspended him for the remainder of the Crowther Cup group stage following what the club described as "a serious breach of team protocols" during last week's defeat at Ferncliffe.

In a statement released on Tuesday morning, Westerley County Cricket Club said its board had conducted "a thorough and fair process" and that Alcott, 31, had been given every opportunity to respond to the findings.

"The board does not take decisions of this nature lightly," the statement read. "Jonah has given outstanding service to this club, but the standards we expect of our captain apply without exception."

Alcott's solicitors, Hallam & Crewe, described the sanction as "disproportionate and procedurally flawed" in a letter to the club seen by Courier Sports, and said their client "categorically denies" directing abusive language at a member of the coaching staff.

"Our client was not shown the witness statements on which the board relied, and was given less than 48 hours to respond," the letter said. "We reserve all of our client's rights in this matter."

Club chairman Bernard Oyelaran, speaking at a hastily arranged press conference at the Lansdowne Bridge ground, declined to go into detail.

"I'm not going to relitigate it in front of the cameras," Oyelaran said. "There was an incident, it was investigated properly, and a decision has been made. If Jonah wants to appeal, we'll respect that."

Asked whether Alcott, who has scored more than 9,000 runs for the club across all formats, had a future at Westerley, the chairman said: "That's a question for another day."

Wicketkeeper Sunil Warnapala, named interim captain, said he was "honoured but not happy about the circumstances".

"Jonah's a mate, and this is a tough time for everyone," Warnapala said. "My job now is to keep this group together and try to get us through to the knockouts."

The Professional Players' Guild said in a brief statement that it was "supporting Jonah and his family" and had "concerns about the process followed", but would make no further comment while an appeal was being considered.

One Westerley player, speaking on condition of anonymity, said the dressing room had been "split down the middle" by the decision and that several senior players had asked to meet the board.

Westerley sit third in the South Group, two points behind leaders Ambleside, with three matches remaining. They host Kirkwell on Friday.""",
        [
            ("a serious breach of team protocols", "Westerley County Cricket Club"),
            ("a thorough and fair process", "Westerley County Cricket Club"),
            ("The board does not take", "Westerley County Cricket Club"),
            ("Jonah has given outstanding service", "Westerley County Cricket Club"),
            ("disproportionate and procedurally flawed", "Hallam & Crewe"),
            ("categorically denies", "Hallam & Crewe"),
            ("Our client was not shown", "Hallam & Crewe"),
            ("We reserve all of our", "Hallam & Crewe"),
            ("I'm not going to relitigate", "Bernard Oyelaran"),
            ("There was an incident, it", "Bernard Oyelaran"),
            ("That's a question for another", "Bernard Oyelaran"),
            ("honoured but not happy about", "Sunil Warnapala"),
            ("Jonah's a mate, and this", "Sunil Warnapala"),
            ("My job now is to", "Sunil Warnapala"),
            ("supporting Jonah and his family", "Professional Players' Guild"),
            ("concerns about the process followed", "Professional Players' Guild"),
            ("split down the middle", "Westerley player"),
        ],
    ),
    (
        """Marchbank banned for six weeks over tackle that broke Renshaw-Ellis’s cheekbone

Glenmorran lock Cormac Marchbank will miss the rest of the Northern Shield pool stage after being banned for six weeks for a high tackle that left Ashgrove Corsairs scrum-half Toby Renshaw-Ellis with a fractured cheekbone.

The 28-year-old was shown a red card in the 54th minute of Saturday’s match at Kilbride Road, which Ashgrove went on to win 27-19.

In its written decision, published on Wednesday, the Judicial Standards Panel said there had been “direct contact with the head” and that the degree of danger was “at the upper end of the scale”.

The panel found that Marchbank had been “upright and made no attempt to lower his body height” and set a mid-range entry point of six weeks. It declined to apply full mitigation for his previously clean record, noting: “The player’s acknowledgement of wrongdoing came late and was, in the panel’s view, qualified.”

Marchbank, who had contested the charge, said in a statement released through Glenmorran: “I accept the panel’s decision, although I am disappointed. I would never set out to hurt a fellow player and I have been in touch with Toby to wish him a speedy recovery.”

Glenmorran head coach Fergus Abernethy said the club would “take time to digest the findings” before deciding whether to appeal.

“Cormac’s devastated,” Abernethy said. “He’s not a dirty player – anyone who knows the game knows that. But we understand the direction the sport is going on head contact, and we support it.”

He added that the club had “real concerns” about consistency, pointing to a similar incident involving an Ashgrove forward earlier in the season that went unpunished.

Ashgrove’s director of rugby, Kenji Hollis, said Renshaw-Ellis had undergone surgery on Monday night and would be out for “at least eight weeks”.

“Toby’s in good spirits, all things considered,” Hollis said. “He’s a tough lad and he’ll be back. We’ll look after him.”

Asked about Marchbank’s apology, Hollis was measured: “It’s the right thing to do. I don’t think there was malice in it, but the outcome is what it is, and the outcome is a broken face.”

The Northern Rugby Union, which oversees the competition, said in a separate statement that it “fully supports the work of the independent judiciary” and that player welfare “remains the union’s highest priority”.

Marchbank will be available again for Glenmorran’s league fixture against Dunross on 14 December, subject to completing a tackle technique programme.""",
        [
            ("direct contact with the head", "Judicial Standards Panel"),
            ("at the upper end of", "Judicial Standards Panel"),
            ("upright and made no attempt", "Judicial Standards Panel"),
            ("The player’s acknowledgement of wrongdoing", "Judicial Standards Panel"),
            ("I accept the panel’s decision", "Cormac Marchbank"),
            ("take time to digest the", "Fergus Abernethy"),
            ("Cormac’s devastated", "Fergus Abernethy"),
            ("He’s not a dirty player", "Fergus Abernethy"),
            ("real concerns", "Fergus Abernethy"),
            ("at least eight weeks", "Kenji Hollis"),
            ("Toby’s in good spirits, all", "Kenji Hollis"),
            ("He’s a tough lad and", "Kenji Hollis"),
            ("It’s the right thing to", "Kenji Hollis"),
            ("fully supports the work of", "Northern Rugby Union"),
            ("remains the union’s highest priority", "Northern Rugby Union"),
        ],
    ),
    (
        """Lindqvist double hands Wrenfield first Challenge Shield

ELDERMOUTH, May 18 (Meridian Wire) - Substitute Freya Lindqvist scored twice in extra time as Wrenfield beat holders Castlemere 3-1 to win the Women's Challenge Shield for the first time, in front of a record crowd of 41,206 at Eldermouth Stadium on Sunday.

Castlemere captain Imogen Achterberg gave the holders a 34th-minute lead with a glancing header from a corner, and Wrenfield needed a scrambled equaliser from Ngozi Eze seven minutes from the end of normal time to take the final into an extra half-hour.

Lindqvist, introduced in the 78th minute, struck in the 97th minute with a low shot across goalkeeper Hanne Stolberg and sealed the win in the 112th with a curling effort from 25 yards that drew gasps from the crowd.

"I came on and I just thought, this is my moment," said Lindqvist, who returned from a cruciate ligament injury only in March. "Eleven months ago I couldn't walk properly. To do this, in front of all these people, I don't have the words."

Wrenfield manager Carys Mountford, who took charge two years ago with the club in the second tier, said the victory was "the proudest day of my career".

"We were on the ropes for the first hour," Mountford said. "Castlemere are the best team in the country and for long periods they showed it.

"But the girls never stopped believing. When Freya came on I told her to go and change the game, and she did exactly that. I'll be reminding her of it for years."

Castlemere coach Pieter Vandersloot said his players had "nothing left" in extra time after a punishing run of fixtures, but was gracious in defeat, describing Lindqvist's second goal as "worthy of any final, anywhere".

"We lost to a very good team today and we have to accept that," he said. "We will look at ourselves, not at the referee or the schedule."

Achterberg, who was in tears at the final whistle, spoke briefly to reporters. "It hurts," the Castlemere captain said. "We'll come back stronger. That's all I can say right now."

The competition's organisers, the Challenge Shield Organising Committee, said in a statement after the match that the attendance was "a landmark for the women's game" and confirmed that next season's final would again be held at Eldermouth.""",
        [
            ("I came on and I", "Freya Lindqvist"),
            ("Eleven months ago I couldn't", "Freya Lindqvist"),
            ("the proudest day of my", "Carys Mountford"),
            ("We were on the ropes", "Carys Mountford"),
            ("Castlemere are the best team", "Carys Mountford"),
            ("But the girls never stopped", "Carys Mountford"),
            ("nothing left", "Pieter Vandersloot"),
            ("worthy of any final, anywhere", "Pieter Vandersloot"),
            ("We lost to a very", "Pieter Vandersloot"),
            ("We will look at ourselves", "Pieter Vandersloot"),
            ("It hurts", "Imogen Achterberg"),
            ("We'll come back stronger. That's", "Imogen Achterberg"),
            ("a landmark for the women's", "Challenge Shield Organising Committee"),
        ],
    ),
]
