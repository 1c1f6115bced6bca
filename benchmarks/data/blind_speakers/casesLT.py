CASES = [
    (
        """Soccer-Valmont fined, north stand shut after flares halt derby

PARIS, March 4 (Reuters) - Ligue 1 side Olympique de Valmont were fined 40,000 euros and ordered to play two home games with their north stand closed after flares thrown onto the pitch halted Sunday's derby against Stade Rivemontais for 22 minutes, the disciplinary commission of the Ligue Nationale de Football (LNF) said on Wednesday.

Referee Julien Castagnet took the players off in the 61st minute when at least a dozen flares landed around the Rivemont goal, one of them striking a steward.

"The scenes witnessed on Sunday are unacceptable and put the safety of players, officials and staff at risk," the commission said in a statement, adding that a suspended sanction of one match behind closed doors would be enforced if there was any repeat before the end of the season.

Valmont said they would appeal.

"We condemn the actions of a small minority without reservation, but we consider the sanction disproportionate given the measures the club has already taken," club president Bernard Aubusson told reporters at the club's training ground.

Aubusson said 14 supporters had been identified from CCTV footage and handed stadium bans, and that the club had "fully cooperated with police" since Sunday evening.

Rivemont coach Patrice Delorme, whose side were leading 1-0 when play was halted and went on to win 2-1, said his players had been "badly shaken by what they saw".

"When you see a steward lying on the ground with his jacket on fire, football stops mattering," Delorme said. "I'm glad the league has acted, but I hope this is the last time we have to talk about this."

The steward, a 34-year-old volunteer, was treated in hospital for burns to his forearm and released on Monday, according to the regional prefecture.

The sanction comes amid a broader crackdown on pyrotechnics in French stadiums. Interior ministry figures published last month showed 212 incidents involving flares in the first half of the season, up from 164 a year earlier.

A league source said the commission had also considered closing the entire stadium.

"There was a real debate. The only reason it didn't go further is that the club identified the people responsible very quickly," the source said.

Valmont, ninth in the table, host Girondins de Saint-Aubin on Saturday.

(Reporting by Camille Roux; Editing by Tom Harlow)""",
        [
            ("The scenes witnessed on Sunday", "disciplinary commission of the Ligue Nationale de Football"),
            ("We condemn the actions of", "Bernard Aubusson"),
            ("fully cooperated with police", "Bernard Aubusson"),
            ("badly shaken by what they", "Patrice Delorme"),
            ("When you see a steward", "Patrice Delorme"),
            ("I'm glad the league has", "Patrice Delorme"),
            ("There was a real debate.", "league source"),
        ],
    ),
    (
        """Ferrandi: 'Castellana must stop apologising'

Virtus Castellana coach Massimiliano Ferrandi insists his side "must stop apologising for existing" in Serie A ahead of Sunday's trip to Monteverro.

Castellana, promoted last summer for the first time in 41 years, sit 16th in the table, three points above the drop zone after a run of one win in seven games.

"I've heard a lot of talk this week about how we are the small club, the happy guests, how nobody expects anything from us," Ferrandi told a press conference at the Centro Sportivo San Rocco.

"That mentality is a trap. If we go to Monteverro thinking a draw is a gift, we will lose. We need to go there and play as if we belong, because we do."

The tactician was more cautious on the fitness of captain Davide Lunardi, who missed last week's 2-2 draw with Pro Lissone due to a thigh strain.

"Davide trained with the group yesterday and again this morning. He wants to play, I want him to play, but the doctors will have the last word. We'll decide tomorrow."

Monteverro have won five of their last six at home and boast the second-best attack in the division with 38 goals.

"They score a lot of goals, they press high and at home the crowd is like a 12th man. But every team has weaknesses, and we've studied theirs," the coach continued.

Ferrandi was also asked about reports in Tuesday's newspapers linking him with a summer move to a bigger club.

"My contract runs to 2026 and I have never asked to leave. Anyone who says otherwise is writing fiction," he replied.

Castellana director of sport Gianluca Pezzotti had already told Radio Manica Sport earlier in the week that the club was "completely calm about the situation".

"Massimiliano is our coach today and he will be our coach next season. There is nothing to discuss," Pezzotti added.

Ferrandi also confirmed that January signing Tomás Echeverría is available after serving a one-match suspension, while goalkeeper Nicola Bertozzi remains sidelined with a broken finger.

Monteverro-Castellana kicks off at 15.00 CET on Sunday.""",
        [
            ("Castellana must stop apologising", "Massimiliano Ferrandi"),
            ("must stop apologising for existing", "Massimiliano Ferrandi"),
            ("I've heard a lot of", "Massimiliano Ferrandi"),
            ("That mentality is a trap.", "Massimiliano Ferrandi"),
            ("Davide trained with the group", "Massimiliano Ferrandi"),
            ("They score a lot of", "Massimiliano Ferrandi"),
            ("My contract runs to 2026", "Massimiliano Ferrandi"),
            ("completely calm about the situation", "Gianluca Pezzotti"),
            ("Massimiliano is our coach today", "Gianluca Pezzotti"),
        ],
    ),
    (
        """Italian amateur referees threaten strike after assault on teenage official

Rome (AFP) – Italy’s amateur referees threatened on Tuesday to down whistles across the country next month after a 17-year-old official was punched by a player during a youth match near Naples, the latest in a string of attacks on match officials.

The Associazione Nazionale Direttori di Gara (ANDG), which represents some 28,000 referees and assistants below the professional level, said its members would refuse to take charge of any fixtures on the weekend of April 12-13 unless the authorities introduced tougher sanctions.

“We are no longer willing to send boys and girls onto pitches where they risk being beaten,” ANDG president Carla Benedetti told AFP. “Every weekend I receive reports of insults, threats, spitting. Now we have a child in hospital.”

The referee, whose name was not released, suffered a fractured cheekbone when he was struck after showing a red card in an under-19 match in Casalnuovo on Sunday, according to local police. The player, 18, has been identified and reported to prosecutors, a police spokesman said.

Benedetti said the association wanted lifetime bans for players who assault officials, and for clubs to be docked points when their supporters are involved.

“Fines don’t work. A club pays 500 euros and the next Sunday nothing has changed,” she said.

The regional amateur committee for Campania, which organises the competition, said in a statement it had suspended the player “as a precaution” and opened disciplinary proceedings against his club, ASD Virtus Casalnuovo.

“What happened is a disgrace to our sport and to the thousands of volunteers who give up their weekends for it,” the committee said.

The club’s president, Salvatore Iannuzzi, apologised to the referee and his family.

“We are ashamed. This boy does not represent us, and he will not play for us again,” Iannuzzi told local broadcaster Canale Vesuvio.

According to ANDG figures, 611 assaults on referees were recorded in Italian amateur football last season, 97 of which required hospital treatment. Around one in five new referees gives up within the first two years, the association says.

Undersecretary for sport Lorenzo Vitale said he would meet representatives of the referees “in the coming days”.

“The state will not look the other way when a boy is beaten for doing his job,” he wrote on X.

A similar strike threat in 2019 was called off at the last minute after the federation agreed to a package of measures, including a dedicated reporting line for officials, which Benedetti described on Tuesday as “a promise left on paper”.""",
        [
            ("We are no longer willing", "Carla Benedetti"),
            ("Every weekend I receive reports", "Carla Benedetti"),
            ("Fines don’t work. A club", "Carla Benedetti"),
            ("as a precaution", "regional amateur committee for Campania"),
            ("What happened is a disgrace", "regional amateur committee for Campania"),
            ("We are ashamed. This boy", "Salvatore Iannuzzi"),
            ("in the coming days", "Lorenzo Vitale"),
            ("The state will not look", "Lorenzo Vitale"),
            ("a promise left on paper", "Carla Benedetti"),
        ],
    ),
    (
        """Bellerive takeover: US consortium completes purchase of Ligue 2 club

Ligue 2 side Racing Club de Bellerive have been bought by a US-based investment group led by Chicago businessman Travis Koenig.

Koenig's Lakeshore Sports Partners has acquired an 87% stake from the Mercadier family, who have owned the Normandy club since 1978.

The remaining 13% stays with the supporters' association Les Amis du Racing, which will keep a seat on the board.

"This is a club with incredible history and an incredible community, and our job is to respect both," Koenig said.

"We are not here to turn Bellerive into something it isn't. We are here to give it the resources to get back to Ligue 1 and stay there."

Bellerive were relegated in 2021 and are seventh in the second tier, four points off the promotion play-off places.

The deal, reported to be worth about 35m euros (£30m), was cleared by French football's financial regulator last week.

Outgoing owner Henri Mercadier, 74, who succeeded his father as president in 1996, described the sale as "the hardest decision of my life".

"But football has changed. A family cannot compete any more with the budgets we see today, and I did not want the club to fall further because of my pride," he told regional newspaper Le Courrier de l'Orne.

Not all supporters are convinced. Yannick Lebrun, a spokesman for the Kop Nord fan group, said the new owners would be judged "on actions, not on PowerPoint presentations".

"We have seen what happens at other clubs when the Americans arrive. Ticket prices go up and the history gets sold off in the club shop. We hope we're wrong," Lebrun told BBC Sport.

Koenig, whose group also holds minority stakes in clubs in Portugal and Denmark, said manager Arnaud Vasseur would remain in charge and that a new training centre was a priority.

"Arnaud has done a great job with limited means. He has my full support, and I told him that the first day we met," he added.

In a statement, Les Amis du Racing said they had "secured firm guarantees on the name, the colours and the Stade Marcel-Huet", and that any future sale of the ground would require the association's consent.

Bellerive host Chamonde on Saturday in Koenig's first match as owner.""",
        [
            ("This is a club with", "Travis Koenig"),
            ("We are not here to", "Travis Koenig"),
            ("the hardest decision of my", "Henri Mercadier"),
            ("But football has changed.", "Henri Mercadier"),
            ("on actions, not on PowerPoint", "Yannick Lebrun"),
            ("We have seen what happens", "Yannick Lebrun"),
            ("Arnaud has done a great", "Travis Koenig"),
            ("secured firm guarantees on the", "Les Amis du Racing"),
        ],
    ),
    (
        """Italian club threatens to leave historic stadium after council rejects rebuild

CASTELFORTE, Italy (AP) — Serie A club Pro Castelforte threatened Thursday to leave the stadium it has played in for almost a century after the city council rejected its plan to rebuild the crumbling venue.

The council voted 19-14 late Wednesday against the project, which would have demolished most of the 1927 Stadio Aurelio Bracci and replaced it with a 32,000-capacity arena with a hotel and shopping center attached.

"We have spent four years and more than 6 million euros on designs, studies and consultations," Pro Castelforte CEO Federico Malaspina said. "Yesterday the city told us it doesn't want a modern stadium. We will draw our conclusions."

The club said in a statement that it would now "seriously evaluate every alternative," including building a new ground in the neighboring town of San Donnino, where officials have offered land near the highway.

Mayor Giulia Ranieri, who had backed a smaller renovation, said the council could not approve a plan that "turns a protected monument into a shopping mall."

"Nobody wants Pro Castelforte to leave. But the Bracci belongs to this city, not only to the club, and there are rules about what can be done to a listed building," Ranieri told The Associated Press.

The stadium's main stand, with its arched brick facade, was placed under heritage protection in 2008.

Fans have been divided. About 2,000 supporters marched to city hall on Saturday in favor of the project, while a petition to preserve the Bracci gathered more than 11,000 signatures.

Italian stadiums are among the oldest in Europe's major leagues, with an average age of more than 60 years, and only a handful are owned by the clubs that play in them.

"Every year we fall further behind," said Renzo Gatti, a sports economist at the University of Castelforte. "Clubs in England and Germany earn three or four times as much on match days. Without new stadiums, Italian football cannot close that gap."

Malaspina said the club's board would decide on its next steps within 60 days.

San Donnino Mayor Paolo Venturelli was quick to make his pitch. "We are ready to welcome them tomorrow," he said. "We have the land, we have the road connections and we have a population that would be proud to host a Serie A club."

The council's decision can be appealed to the regional administrative court, but the club has not said whether it will do so.""",
        [
            ("We have spent four years", "Federico Malaspina"),
            ("Yesterday the city told us", "Federico Malaspina"),
            ("seriously evaluate every alternative", "Pro Castelforte"),
            ("turns a protected monument into", "Giulia Ranieri"),
            ("Nobody wants Pro Castelforte to", "Giulia Ranieri"),
            ("Every year we fall further", "Renzo Gatti"),
            ("Clubs in England and Germany", "Renzo Gatti"),
            ("We are ready to welcome", "Paolo Venturelli"),
            ("We have the land, we", "Paolo Venturelli"),
        ],
    ),
    (
        """Saint-Aubin sack Morel after Coupe de France humiliation

By Richard Halloran

Girondins de Saint-Aubin have sacked head coach Fabrice Morel less than 48 hours after their Coupe de France exit at the hands of fourth-tier US Pontmartin.

The Ligue 1 club confirmed the decision in a brief statement on Monday morning, thanking Morel for his 'commitment, professionalism and dedication' during 18 months in charge.

'The results of recent weeks are not in line with the ambitions of the club, and the board has decided that a change is necessary to relaunch the season,' the statement added.

Saint-Aubin, who sit 13th in Ligue 1, were beaten 2-1 after extra time in Pontmartin on Saturday night, a result president Olivier Dantec said had left him 'ashamed for our supporters'.

'I won't lie to you, I was ashamed for our supporters, who travelled 400 kilometres in the rain to see that,' Dantec told local radio station Radio Estuaire on Sunday.

'We had 68 per cent of possession against amateurs and we created nothing. Nothing. That is not acceptable for a club of this size.'

Morel, 52, had insisted after the game that he would not resign. 'I am not someone who runs away. I'm responsible, I accept that, but I want to fix this,' he said.

He won just four of his last 17 matches in all competitions, and Saint-Aubin have gone out of both domestic cups before the quarter-finals for a second successive season.

A source at the club said the decision had been taken at a board meeting on Sunday afternoon.

'Frankly, the dressing room had stopped listening. Some of the senior players went to the president directly,' the source said.

Assistant coach Laurent Pichon will take charge of Saturday's league match against Valmont. Dantec said the club hoped to appoint a permanent successor quickly.

'There are two or three names on the list,' he said. 'We want someone who knows Ligue 1 and who can start immediately. I hope to have a name by the end of the week.'

Former Saint-Aubin midfielder Yoann Sarrazin, who has been coaching in Belgium, is understood to be among the candidates.

At Pontmartin, whose squad includes a postman, a plumber and two PE teachers, the celebrations continued into Sunday. Coach Mickaël Ferreira, who previously worked under Morel at youth level, struck a sympathetic note.

'For a club like ours, it's the night of a lifetime. But I feel for Fabrice. I know what this job is,' Ferreira said.""",
        [
            ("commitment, professionalism and dedication", "Girondins de Saint-Aubin"),
            ("The results of recent weeks", "Girondins de Saint-Aubin"),
            ("ashamed for our supporters", "Olivier Dantec"),
            ("I won't lie to you", "Olivier Dantec"),
            ("We had 68 per cent", "Olivier Dantec"),
            ("I am not someone who", "Fabrice Morel"),
            ("Frankly, the dressing room had", "source at the club"),
            ("There are two or three", "Olivier Dantec"),
            ("We want someone who knows", "Olivier Dantec"),
            ("For a club like ours", "Mickaël Ferreira"),
        ],
    ),
    (
        """Football: Top-flight clubs split over TV rights offer

Vote postponed as smaller sides demand bigger share

(ANSA) - MILAN, NOV 14 - Clubs in Italy's top flight on Thursday postponed a vote on a 4.1-billion-euro domestic broadcasting deal after a split emerged between the biggest teams and a group of smaller sides over how the money should be shared.

The assembly of the Lega Italiana Professionisti (LIP) met for more than five hours at its Milan headquarters without reaching agreement on a joint offer from streaming platform StadioPlay and pay-TV operator Tivù Sport Plus.

"It was a long and at times heated meeting, but I am confident we will find a solution that respects everyone," LIP president Ettore Vannucci told reporters as he left.

"The offer on the table is a good one - in the current market, probably the best we could get. Nobody wants to lose it".

Under the current distribution model, 50% of revenue is shared equally, 30% according to results and 20% based on audience figures.

Eight clubs want the equal share raised to 60%, arguing that the existing formula locks in the advantage of the richest teams.

In a letter sent to Vannucci on Wednesday and seen by ANSA, Atletico Valdarno president Marco Sgarbi, who is leading the group, said the current system "condemns two-thirds of the league to permanent irrelevance".

"Without a fairer distribution, the gap between the top and the bottom will only grow, and the championship will lose its value for everyone, including the big clubs," Sgarbi wrote.

Speaking to ANSA after the meeting, he insisted the group was not seeking a confrontation.

"We are not against the big clubs. We are for the survival of the league, which is something different," he said.

The larger clubs, which draw the biggest television audiences, have so far rejected any change.

A source close to one of them said: "They want to be paid for results they don't get. Nobody forced them to spend what they spend on wages".

Under league rules, the deal requires the approval of at least 14 of the 20 clubs.

StadioPlay said in a statement that its offer was "valid until December 15 and not open to renegotiation", adding that it remained "confident in a positive outcome".

Vannucci said a new assembly had been called for November 28.

"There is time, but not much. I will be speaking to all the presidents individually in the coming days," he said.""",
        [
            ("It was a long and", "Ettore Vannucci"),
            ("The offer on the table", "Ettore Vannucci"),
            ("condemns two-thirds of the league", "Marco Sgarbi"),
            ("Without a fairer distribution, the", "Marco Sgarbi"),
            ("We are not against the", "Marco Sgarbi"),
            ("They want to be paid", "source close to one of the larger clubs"),
            ("valid until December 15 and", "StadioPlay"),
            ("confident in a positive outcome", "StadioPlay"),
            ("There is time, but not", "Ettore Vannucci"),
        ],
    ),
    (
        """Montclar women's squad refuse to train over unpaid wages

By Hélène Dufresne

MONTCLAR, France - Players at FC Montclar, who lead France's top women's division, refused to train on Tuesday in protest at two months of unpaid wages, casting doubt over Saturday's top-of-the-table match against Olympique Sainte-Foy.

The 24-strong squad gathered at the club's training centre on the edge of the city but did not change into kit, and instead read a statement to waiting journalists.

"We love this club and we have given everything for it, but we cannot keep working without being paid," captain Élodie Marchand said, reading from a sheet of paper. "Some of us can no longer pay our rent."

Marchand, a 31-year-old defender capped 48 times by France, said several players had borrowed money from their families and that the squad had so far received "only promises, never dates".

The club, whose men's team plays in the third tier, is owned by property developer Gérard Salvat. One of his companies was placed under a court-supervised safeguard procedure in January, according to commercial court filings.

A club spokeswoman said the wages would be paid "before the end of the month" and described the strike as "regrettable at a time when the team is fighting for the title".

"The club has always honoured its commitments and will continue to do so. Mr Salvat is personally involved in finding a solution," she said.

The players' union, the Union Nationale des Footballeuses (UNF), said it had alerted the league's financial control body. Its general secretary, Nadia Berrada, called the situation "sadly typical of the sector".

"Women's football in France has grown enormously in ten years - the crowds, the television, the national team. But the economic model hasn't followed. Clubs create women's sections for their image and then treat them as a cost to be cut," Berrada said.

She added: "We are asking the federation for one simple thing: a minimum salary guarantee for every player in the top division, backed by a fund the clubs pay into."

An official at the Division Féminine Nationale (DFN), which runs the league, said on condition of anonymity that it was "following the situation closely" and would decide by Thursday whether Saturday's match could go ahead.

Sainte-Foy coach Stéphanie Rouvière offered her support to the Montclar players. "The players are right to stand up. I hope they get their money and I hope we play on Saturday, in that order," she told reporters.

A crowd of more than 9,000 is expected at the Stade des Tanneurs for the match, a record for a women's league game at the ground.""",
        [
            ("We love this club and", "Élodie Marchand"),
            ("Some of us can no", "Élodie Marchand"),
            ("only promises, never dates", "Élodie Marchand"),
            ("before the end of the month", "spokeswoman"),
            ("regrettable at a time when", "spokeswoman"),
            ("The club has always honoured", "spokeswoman"),
            ("sadly typical of the sector", "Nadia Berrada"),
            ("Women's football in France has", "Nadia Berrada"),
            ("We are asking the federation", "Nadia Berrada"),
            ("following the situation closely", "official at the Division Féminine Nationale"),
            ("The players are right to", "Stéphanie Rouvière"),
        ],
    ),
]
