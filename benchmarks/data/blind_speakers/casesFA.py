CASES = [
    (
        """Galle Warriors edge Kandy Royals in last-over thriller

By Ruwan Jayasekara

GALLE, March 14 - Galle Warriors kept their hopes of a top-two finish alive with a two-wicket win over Kandy Royals at the Dharmapala Grounds on Saturday, with tail-ender Chathura Malalgoda hitting the winning boundary off the penultimate ball.

Chasing 187 in their 50 overs on a slow, turning surface, the Warriors slumped to 121 for seven before Malalgoda and wicketkeeper Nuwan Samarakoon added 58 for the eighth wicket.

"We knew if we kept taking singles the pressure would shift to them," Samarakoon said after the match. "Chathura kept telling me to stay till the end. I told him he'd better do the same."

Warriors captain Dinesh Wickramaratne admitted his top order had let the side down for the third successive game.

"It's not acceptable at this level. We are getting starts and throwing them away," he said. "The bowlers have carried us all season, and today the lower order had to rescue us again."

Royals had earlier been bowled out for 186, with Warriors left-arm spinner Isuru Pathirage taking four for 29. Opener Kasun Herath top-scored with 64 but no other batter passed 30.

Herath, who also captains the Royals, said the defeat hurt but his side had "let them off the hook" in the final five overs.

"Two dropped catches, a missed run-out. You can't do that against a team fighting for a place in the final," Herath told reporters.

Royals coach Sunil Abeygunawardena was more blunt. He described the fielding as "the worst we have seen this season" and said the squad would be put through extra sessions before Wednesday's fixture in Matara.

The match was delayed by nearly an hour after overnight rain left patches of the outfield wet. An official of the Southern Province Cricket Association said the drainage at the venue had been "a concern for some time" and that the association had written to the municipal council about upgrades.

"The council has assured us the work will begin after the season," the official, who asked not to be named, said.

The association said in a statement that the remaining fixtures at the ground would go ahead as scheduled, subject to a pitch inspection on the morning of each game.

Warriors, now on 14 points, face leaders Colombo Harbour XI next weekend, while Royals drop to fifth.

Pathirage, named player of the match, said the Warriors were "not thinking about the table".

"We just want to win the next game. If we do that, the table will take care of itself," he said.""",
        [
            ("We knew if we kept", "Nuwan Samarakoon"),
            ("Chathura kept telling me to", "Nuwan Samarakoon"),
            ("It's not acceptable at this", "Dinesh Wickramaratne"),
            ("The bowlers have carried us", "Dinesh Wickramaratne"),
            ("let them off the hook", "Kasun Herath"),
            ("Two dropped catches, a missed", "Kasun Herath"),
            ("the worst we have seen", "Sunil Abeygunawardena"),
            ("a concern for some time", "official of the Southern Province Cricket Association"),
            ("The council has assured us", "official of the Southern Province Cricket Association"),
            ("not thinking about the table", "Isuru Pathirage"),
            ("We just want to win", "Isuru Pathirage"),
        ],
    ),
    (
        """Marlins hold nerve to reach Coral Cup semi-final

Timoci Vakaloloma

THE Cakaudrove Marlins are through to the Coral Cup semi-finals after a hard-fought 23-18 win over the Naitasiri Eels at Nalagi Park in Korovou yesterday.

The visitors trailed 13-5 at the break but two second-half tries from winger Semi Radrodro turned the match around in front of a crowd of about 3000.

Marlins coach Apisalome Tuilau said the message at halftime had been simple.

“We told the boys to stop playing in our own half. We were kicking the ball back to them and they were punishing us,” Tuilau said.

“Once we started holding the ball through the phases, the Eels got tired. Our forwards deserve a lot of credit for that.”

Radrodro, who was playing only his second game of the season after recovering from a hamstring injury, said he was thankful to be back on the field.

“I thank God first, and my teammates. The boys up front did all the work, I just had to finish,” the 24-year-old said.

The Eels led through a penalty try in the 19th minute and two penalty goals from flyhalf Netani Bola, and looked in control until the Marlins’ forwards began to dominate the scrums.

Eels captain Viliame Rokotuiloma said his side had “switched off” after the break.

“We can’t complain. They wanted it more in the second half,” Rokotuiloma said. “We have one more game to get things right, and we still have a chance if other results go our way.”

The match was marred by a second-half brawl that saw a player from each side sin-binned. Match commissioner Eroni Dakuwaqa confirmed both incidents would be reviewed by the judicial committee this week.

“Every incident on the field is recorded and will go through the proper process,” Dakuwaqa said.

The Fiji Provincial Rugby Union said in a statement last night that it was “disappointed” with crowd behaviour after the final whistle, when bottles were thrown onto the field near the players’ tunnel.

“The union will not tolerate behaviour that endangers players, officials and spectators. Host unions will be held responsible for security arrangements at their venues,” the statement said.

A Naitasiri union official said security officers had been deployed but “were simply outnumbered” when fans rushed to the fence.

The Marlins will meet the winner of tomorrow’s match between Lautoka City and the Rewa Delta in the semi-final next Saturday.""",
        [
            ("We told the boys to", "Apisalome Tuilau"),
            ("Once we started holding the", "Apisalome Tuilau"),
            ("I thank God first, and", "Semi Radrodro"),
            ("switched off", "Viliame Rokotuiloma"),
            ("We can’t complain. They wanted", "Viliame Rokotuiloma"),
            ("We have one more game", "Viliame Rokotuiloma"),
            ("Every incident on the field", "Eroni Dakuwaqa"),
            ("disappointed", "Fiji Provincial Rugby Union"),
            ("The union will not tolerate", "Fiji Provincial Rugby Union"),
            ("were simply outnumbered", "Naitasiri union official"),
        ],
    ),
    (
        """Queens thrash Tigresses as league resumes

By Chikondi Mwale

Blantyre Queens opened the second round of the Premier Netball League with a commanding 68-41 win over Mzuzu Tigresses at the Mpingwe Sports Complex on Sunday.

The Queens, who finished the first round unbeaten, led by 15 goals at half-time and never looked troubled as goal shooter Tamara Kachingwe converted 44 of her 49 attempts.

Queens coach Grace Mbewe-Phiri said the team had used the month-long break to work on their defensive rotation.

"In the first round we were winning games with our shooting. Now we want to win them with our defence as well," said Mbewe-Phiri. "The girls have worked very hard, and you could see today that we are reading the passes better."

Kachingwe, who is the league's leading scorer with 412 goals, played down talk of a national team recall.

"That is for the coaches to decide. My job is to score for my club, and I'm happy with how I am playing," she said.

Tigresses coach Lusungu Nyirenda blamed travel for her side's flat performance, saying the team had arrived in Blantyre at 2am after their bus broke down near Kasungu.

"The girls had maybe four hours of sleep. I'm not making excuses, the Queens are a very good side, but we were not ourselves," Nyirenda said.

She appealed to the league for help with transport costs, saying northern teams were "carrying a burden the southern teams don't have".

Malawi Netball Federation (MNF) general secretary Dorothy Banda said the federation was aware of the concerns and was in talks with a potential sponsor.

"We are hoping to announce a transport support package before the end of the month. We understand the challenges clubs from the north face," Banda said.

She, however, declined to name the sponsor, saying discussions were "at a sensitive stage".

In Sunday's other matches, Lilongwe Eagles beat Zomba Stars 55-49 while Kasungu Heat edged Mangochi Lakers 47-46 in a match decided by a goal in the last 10 seconds.

Eagles captain Chimwemwe Gondwe described the win as "a big statement" after the side lost both their first-round meetings with Zomba.

The league continues next weekend with the Queens travelling to Lilongwe to face the Eagles in what Mbewe-Phiri called "the real test of where we are".""",
        [
            ("In the first round we", "Grace Mbewe-Phiri"),
            ("The girls have worked very", "Grace Mbewe-Phiri"),
            ("That is for the coaches", "Tamara Kachingwe"),
            ("The girls had maybe four", "Lusungu Nyirenda"),
            ("carrying a burden the southern", "Lusungu Nyirenda"),
            ("We are hoping to announce", "Dorothy Banda"),
            ("at a sensitive stage", "Dorothy Banda"),
            ("a big statement", "Chimwemwe Gondwe"),
            ("the real test of where", "Grace Mbewe-Phiri"),
        ],
    ),
    (
        """Sialkot storm into final on back of Raza's century

By Our Staff Correspondent

LAHORE: Opener Hamza Raza struck a career-best 141 as Sialkot Region thrashed Multan Region by 84 runs in the second semi-final of the Inter-Region One-day Cup at the Model Town Cricket Ground on Tuesday.

Put in to bat on a green-tinged pitch, Sialkot were 38 for two in the 11th over before Raza and Usman Ghani (67) added 152 for the third wicket to set up a total of 312 for seven.

Multan's chase never got going. Fast bowler Adeel Khokhar removed both openers inside the first four overs and the side was bowled out for 228 in the 44th over, despite a fighting 88 from skipper Tariq Mehmood.

Speaking to reporters after the match, Raza said he had worked on his game against the short ball after being dropped from the side last season.

"I spent the whole off-season at the academy facing the bowling machine. People said I could not play pace, so I had to prove them wrong," the 23-year-old said.

"This hundred is for my father. He has been at every match since I was a boy and today he was in the stands again."

Sialkot coach Zafar Iqbal praised the partnership between Raza and Ghani, calling it "the innings of the tournament".

Mehmood, however, questioned the decision to start the match on time despite heavy overnight dew.

"The toss decided this match. Anyone batting first in those conditions was always going to struggle, and anyone bowling first was going to get help," he said. "We are not blaming anyone, but these things should be looked at."

The tournament's technical committee chairman, Sohail Akhtar Butt, rejected the criticism. He told this newspaper the umpires had inspected the pitch twice before the start and found it "perfectly fit for play".

"There was no reason to delay. Both captains were informed and nobody raised an objection at the time," Butt said.

The Punjab Cricket Association, which is hosting the final rounds, said in a statement that ticket sales for the final had crossed 8,000 and additional enclosures would be opened.

"The association expects a full house and has made arrangements with the city traffic police for parking and crowd management," the statement said.

Sialkot will meet Karachi Whites in Friday's final. The two sides met in the group stage, when Karachi won by three wickets.

Raza was asked whether that loss would play on the team's mind. His answer was short: "That was a different day. Friday is a new match."

Karachi beat Hyderabad Region by six wickets in the first semi-final on Monday.""",
        [
            ("I spent the whole off-season", "Hamza Raza"),
            ("This hundred is for my", "Hamza Raza"),
            ("the innings of the tournament", "Zafar Iqbal"),
            ("The toss decided this match.", "Tariq Mehmood"),
            ("We are not blaming anyone,", "Tariq Mehmood"),
            ("perfectly fit for play", "Sohail Akhtar Butt"),
            ("There was no reason to", "Sohail Akhtar Butt"),
            ("The association expects a full", "Punjab Cricket Association"),
            ("That was a different day.", "Hamza Raza"),
        ],
    ),
    (
        """Rhinos coach stands by young flyhalf after Eagles rout

Pieter van Wyk

George – Highveld Rhinos coach Johan Steenkamp has thrown his weight behind 20-year-old flyhalf Luthando Mgijima despite a bruising 45-12 defeat to the Garden Route Eagles at Kraaibosch Stadium on Saturday.

Mgijima, making his first start at provincial level, missed three of his four kicks at goal and was charged down twice as the Eagles ran in seven tries to go top of the Protea Shield log.

Speaking at the post-match press conference, Steenkamp said it would be “unfair and lazy” to single out the youngster.

“Luthando is going to be a very good player. Today was tough, but the whole team let him down. Our forwards went backwards all afternoon and he was getting the ball with three defenders in his face,” Steenkamp said.

“I’ve been coaching for a long time, and I can tell you the worst thing you can do to a young No 10 is drop him after one bad game. He will start again next week.

“We will look at the video, we will have honest conversations, and we will come back stronger. That’s all I can promise.”

Eagles captain and lock Francois du Plessis, who scored two of his side’s tries, said the home side had targeted the Rhinos’ lineout.

“We saw in their last two games that they struggle when you compete in the air. Our lineout caller did a great job, and once we had their ball, we could play on the front foot,” Du Plessis said.

Wing Sipho Ndlovu added a hat-trick for the hosts, taking his tally to nine tries in five matches.

Eagles coach Marius Botha was reluctant to get carried away.

“It’s a nice feeling to be on top, but it’s only round five. Ask me again in August,” he said with a smile.

The Rhinos also face an anxious wait over the fitness of hooker Tshepo Modise, who left the field in the first half with a suspected shoulder injury.

According to a team spokesperson, Modise will undergo a scan in Johannesburg on Monday.

“The medical team will assess him once the scan results are available, and we will give an update then,” the spokesperson said.

In a statement released on Sunday, the Protea Shield’s organising body, the Provincial Rugby Competitions Board, said it had cited Eagles prop Wian Coetzee for a high tackle in the 63rd minute.

The board said Coetzee would appear before a disciplinary hearing on Wednesday and was “free to play until the matter is concluded”.

The Rhinos host the Karoo Leopards in Pretoria next Saturday, while the Eagles travel to Kimberley.""",
        [
            ("unfair and lazy", "Johan Steenkamp"),
            ("Luthando is going to be", "Johan Steenkamp"),
            ("I’ve been coaching for a", "Johan Steenkamp"),
            ("We will look at the", "Johan Steenkamp"),
            ("We saw in their last", "Francois du Plessis"),
            ("It’s a nice feeling to", "Marius Botha"),
            ("The medical team will assess", "spokesperson"),
            ("free to play until the", "Provincial Rugby Competitions Board"),
        ],
    ),
    (
        """Samoa netballers eye podium finish at Oceania Cup

Samoa's national netball team says it is aiming for a top-three finish at next month's Oceania Netball Cup in Nuku'alofa after a two-week training camp in Apia.

The squad of 12, which includes five players based in New Zealand and Australia, completed its final session at the Vailele Indoor Centre on Friday.

Head coach Losana Fa'amausili told RNZ Pacific the camp had been the best preparation the team had had in years.

"For the first time we've had everyone together for two full weeks. Usually our overseas girls fly in a few days before a tournament and we are trying to build combinations on the run," she said.

"The connection between the mid-court and the shooters is much sharper now, and that is where games are won."

Samoa finished fifth at the last edition of the tournament, losing narrowly to Tonga in the playoff for fourth place.

Captain Ioana Leota, who plays for a club in Auckland, said the team had a point to prove.

"We let a lot of people down last time. We have spoken about that openly as a group and we don't want to feel like that again," Leota said.

The Samoa Netball Association's president, Masina Toleafoa, said funding from the government and a private sponsor had made the camp possible.

"Without that support, we simply could not have brought the overseas-based players home. We are very grateful," Toleafoa said.

But she warned the association's finances remained "stretched", with no guaranteed funding for a second camp before the Pacific Games. The association has launched its "Back Our Girls" fundraising campaign to help cover the cost.

A Ministry of Youth and Sports official said the government's contribution was part of a wider programme to support national teams, and that netball would be reviewed alongside rugby and athletics later in the year.

"Netball is one of the most popular sports among young women in Samoa, and it will be given fair consideration," the official said.

Fa'amausili said the players were also motivated by the chance to play in front of a large Pacific crowd in Tonga.

"There will be a lot of Samoans in the stands. Our people travel," she said, laughing.

Samoa open their campaign against Fiji on 14 July.""",
        [
            ("For the first time we've", "Losana Fa'amausili"),
            ("The connection between the mid-court", "Losana Fa'amausili"),
            ("We let a lot of", "Ioana Leota"),
            ("Without that support, we simply", "Masina Toleafoa"),
            ("stretched", "Masina Toleafoa"),
            ("Netball is one of the", "Ministry of Youth and Sports official"),
            ("There will be a lot", "Losana Fa'amausili"),
        ],
    ),
    (
        """Highlanders’ Mupfumira takes seven as Miners collapse

From a correspondent in Gweru

Seamer Tinashe Mupfumira produced the best figures of the domestic season on Thursday, taking seven for 31 as Eastern Highlanders bowled out Midlands Miners for 97 on the opening day of their four-day match at Mkoba Oval.

By the close, the Highlanders had reached 164 for three in reply, a lead of 67, with Brighton Chikwanha unbeaten on 72.

Mupfumira, 27, who is known to his teammates as ‘Tino’ and has been on the fringes of the national squad for two seasons, found steep bounce from a pitch that had been under covers for most of the week.

‘It was one of those days where everything went right,’ he said. ‘The ball was doing a bit off the seam early and I just tried to hit the top of off stump as often as I could. When you do that on a surface like this, you give yourself a chance.’

Asked whether the performance might bring a recall, he smiled. ‘I’ll leave that to the selectors. I just want to keep taking wickets.’

The Miners, who had chosen to bat, lost their first five wickets for 23 runs. Only Kudakwashe Moyo, with 41, offered sustained resistance.

Their coach, Farai Nyathi, did not hide his frustration. ‘We talk every week about leaving the ball outside off stump, and today we kept pushing at it,’ Nyathi said. ‘That is not the pitch, that is us. We have three days to put it right.’

The Highlanders’ captain, Simbarashe Dube, said he had been surprised the Miners chose to bat first. ‘We would have bowled. There was moisture in it and the overhead conditions helped,’ he said.

A selector, who did not want to be named because the squad for the upcoming tour has not been announced, said Mupfumira was ‘very much in the conversation’.

‘He has been consistent for two seasons now. Days like this make it hard to ignore him,’ the selector said.

The Cricket Union of Zimbabwe said on its website that the national squad for next month’s three-match series would be named next week, and that selectors would ‘consider all form across the domestic competitions’.

Play on the second day is scheduled to start half an hour early to make up for time lost to bad light on Thursday.""",
        [
            ("It was one of those", "Tinashe Mupfumira"),
            ("The ball was doing a", "Tinashe Mupfumira"),
            ("I’ll leave that to the", "Tinashe Mupfumira"),
            ("We talk every week about", "Farai Nyathi"),
            ("That is not the pitch,", "Farai Nyathi"),
            ("We would have bowled. There", "Simbarashe Dube"),
            ("very much in the conversation", "selector"),
            ("He has been consistent for", "selector"),
            ("consider all form across the", "Cricket Union of Zimbabwe"),
        ],
    ),
    (
        """Tonga coach names uncapped trio for Pacific Challenge

Nuku'alofa, Tonga

Tonga's new head coach Sione Vaipulu has named three uncapped players in a 30-man squad for next month's Pacific Challenge Series, including 19-year-old Vava'u-born centre Tevita Fifita.

The squad was announced at a press conference at the Tonga National Rugby Federation's headquarters in Nuku'alofa on Tuesday, where Vaipulu said he wanted to "build for the next World Cup cycle, not just the next match".

"We have a lot of talent at home that doesn't get seen because everyone is looking overseas. I want to change that," Vaipulu said.

"Tevita is raw, but he has something you can't coach. He runs hard lines, he tackles like a forward, and he's not scared of anybody."

Fifita, who plays for Hihifo club and has never played outside Tonga, said he only found out he had been selected when his uncle called him early that morning.

"I thought he was joking. I had to see it on the list myself before I believed it," Fifita said.

The other uncapped players are flanker Lisiate Kauhalalalo and hooker Paula Taufa, both of whom play club rugby in Japan.

The squad also includes veteran lock Sitani Lolohea, 34, who had announced his international retirement last year. Vaipulu said he had personally asked Lolohea to reconsider.

"Sitani brings leadership we need in a young squad. He said yes straight away, which tells you what playing for Tonga means to him," the coach said.

Federation chief executive Losaline Havili confirmed that several overseas-based players had not been released by their clubs because the tournament falls outside the official international window.

"We wrote to the clubs in January and some have said no. That is their right under the regulations, but it is disappointing for the players and for our fans," Havili said.

According to Havili, the federation has secured funding for a two-week camp in Auckland before the tournament through a grant from the Pacific Rugby Development Fund.

A senior player, who asked not to be identified, said the squad was also awaiting confirmation of match fees for the tournament.

"Last year we were told the money would come after the tour, and some of the boys are still waiting. We just want clarity before we get on the plane," the player said.

Havili said all outstanding payments from last year had been "settled in full" in March.

Tonga open their campaign against Samoa in Apia on 12 July.""",
        [
            ("build for the next World", "Sione Vaipulu"),
            ("We have a lot of", "Sione Vaipulu"),
            ("Tevita is raw, but he", "Sione Vaipulu"),
            ("I thought he was joking.", "Tevita Fifita"),
            ("Sitani brings leadership we need", "Sione Vaipulu"),
            ("We wrote to the clubs", "Losaline Havili"),
            ("Last year we were told", "senior player"),
            ("settled in full", "Losaline Havili"),
        ],
    ),
]
