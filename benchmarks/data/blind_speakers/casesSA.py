CASES = [
    (
        """Argentine league halts all fixtures after fan dies in clashes near stadium

BUENOS AIRES, March 9 (Reuters) - Argentina's professional football league suspended all weekend fixtures on Sunday after a supporter of Club Atletico Puerto Almagro died following clashes between rival fan groups near the Estadio Ramon Ferreyra, police and league officials said.

The 24-year-old man, who was not identified, was taken to hospital with head injuries on Saturday evening and died early on Sunday, the Buenos Aires provincial security ministry said in a statement.

"We cannot keep counting the dead and then play football the next weekend as if nothing happened," league president Horacio Benegas told reporters at the league's headquarters. "Everything stops until we know exactly what failed."

Benegas said the suspension would cover all divisions and that club presidents would meet on Tuesday to agree on what he called "a definitive end to the impunity of the barras", the organised groups of hardcore fans that dominate the terraces at many Argentine clubs.

Police said 31 people had been detained. A senior police officer, who asked not to be named because the investigation was ongoing, said members of two rival factions had arranged by phone to meet at a railway crossing about 800 metres from the ground.

"They were not coming to watch a match. They came with sticks and flares and they knew exactly where to go," the officer said.

Away supporters have been barred from most professional matches in Argentina for more than a decade, but fighting between factions of the same club and ambushes away from stadiums have continued.

Puerto Almagro said in a statement that it "deeply regrets" the death of a club member and would cooperate fully with prosecutors. The club's main supporters' group, known as "La Banda del Muelle", did not respond to requests for comment.

Provincial security minister Lucia Garmendia said in a radio interview that clubs shared responsibility for the violence. "The clubs know perfectly well who these people are. They give them tickets, they give them jobs, they give them buses," she said.

"Whoever finances violence is going to answer for it in court, and that includes directors who wear suits."

The second-division match between Puerto Almagro and Deportivo San Telmo del Sur had been due to kick off at 1530 local time (1830 GMT). It was called off about an hour before the start, with several hundred fans already inside the ground.

Players said they supported the stoppage but warned that suspensions alone had never solved the problem.

"We have stopped the football many times before and nothing changed," said Sergio Ledesma, secretary general of the Union of Professional Footballers. "In the end the players are the ones who pay, with unpaid wages and empty stadiums."

(Reporting by Martin Quiroga; Editing by Helen Pardoe)""",
        [
            ("We cannot keep counting the", "Horacio Benegas"),
            ("Everything stops until we know", "Horacio Benegas"),
            ("a definitive end to the", "Horacio Benegas"),
            ("They were not coming to", "senior police officer"),
            ("deeply regrets", "Club Atletico Puerto Almagro"),
            ("The clubs know perfectly well", "Lucia Garmendia"),
            ("Whoever finances violence is going", "Lucia Garmendia"),
            ("We have stopped the football", "Sergio Ledesma"),
            ("In the end the players", "Sergio Ledesma"),
        ],
    ),
    (
        """Brazilian referee suspended after derby penalty sparks uproar

By RENATA CAVALCANTI Associated Press

RIO DE JANEIRO (AP) — A Brazilian referee was suspended for 60 days on Wednesday after awarding a stoppage-time penalty that decided a state championship derby and prompted one club to threaten to withdraw from the competition.

Caio Menezes Albuquerque pointed to the spot in the 97th minute of Sunday's match between Esporte Clube Ribeirão Verde and Associação Atlética Vila Serrana after a video review of a challenge in the box. Vila Serrana converted the kick to win 2-1.

The Guanabara State Football Federation said in a statement that its refereeing committee had found "a clear error of interpretation" in the use of the video system and that Albuquerque would undergo "a period of technical reassessment and training" before returning to matches.

Ribeirão Verde president Wanderley Bastos Filho had demanded the suspension at a furious news conference on Monday, saying his club had been "robbed in front of 40,000 people."

"I'm not going to accept this in silence. If nothing is done, we will seriously consider not playing the rest of the championship," Bastos said. "Our fans deserve respect."

The federation did not address the threat directly. Its president, Otávio Rangel, told reporters on Wednesday that "no club is bigger than the championship" and that the governing body would not be "pressured by anyone."

Albuquerque, 38, who has refereed in the national league since 2016, did not comment. But the National Association of Football Referees defended him in a post on Instagram, saying he had received threats against his family after his phone number was leaked on social media.

"Disagreeing with a decision is legitimate. Threatening a professional and his children is a crime," the association wrote.

Vila Serrana coach Jorginho Paiva said he understood the anger but insisted the penalty was correct.

"There was contact, the VAR saw the contact and the referee made the decision. I don't know what else people want," Paiva said.

Police in Ribeirão Verde said they had opened an investigation into the threats. A police spokeswoman said two suspects had been identified but declined to give further details.

Brazilian football has been repeatedly shaken by disputes over video review since its introduction in the national league, and refereeing officials have promised to release audio of VAR conversations from controversial matches.

Sunday's game was the first meeting between the two clubs in the top division of the state championship in more than a decade. Ribeirão Verde, who are third in their group, host Vila Serrana again in the semifinals if both teams advance.

___

AP soccer: https://apnews.com/hub/soccer""",
        [
            ("a clear error of interpretation", "Guanabara State Football Federation"),
            ("a period of technical reassessment", "Guanabara State Football Federation"),
            ("robbed in front of 40,000", "Wanderley Bastos Filho"),
            ("I'm not going to accept", "Wanderley Bastos Filho"),
            ("Our fans deserve respect.", "Wanderley Bastos Filho"),
            ("no club is bigger than", "Otávio Rangel"),
            ("pressured by anyone.", "Otávio Rangel"),
            ("Disagreeing with a decision is", "National Association of Football Referees"),
            ("There was contact, the VAR", "Jorginho Paiva"),
        ],
    ),
    (
        """Colombian club chief banned for a year over threats to referee

Bogota (AFP) - The president of Colombian first division club Deportes Cañaverales was banned from all football activity for a year on Thursday after threatening a referee in the tunnel following a league match, the Colombian Football Disciplinary Tribunal said.

Hernán Darío Villalba, a 57-year-old businessman who has run the club from the southwestern city of Cañaverales since 2017, was also fined 80 million pesos (about $20,000), according to the ruling.

The tribunal described his conduct as "extremely serious and incompatible with the values of sport" and ordered the club to play its next two home matches behind closed doors.

The incident took place after a 1-1 draw with Atlético Montealegre on October 12, in which referee Andrés Felipe Ruano sent off two Cañaverales players and awarded the visitors a late penalty.

In his match report, cited in the ruling, Ruano wrote that Villalba "approached me with two bodyguards and told me I would not leave the city alive" before stewards intervened.

Villalba denied making any threat.

"I said things in the heat of the moment that I am not proud of, but I never threatened anyone's life," he told AFP by telephone. "I am going to appeal and I am going to clear my name."

The Association of Colombian Football Referees welcomed the decision but said in a statement it had come "far too late" and called on the league to introduce security escorts for match officials.

"For years referees in this country have worked with fear. We are insulted, pushed, followed back to our hotels," said association president Mauricio Ortegón. "Today at least there is a precedent."

Ortegón said at least 14 referees had formally reported threats this season, most of them after matches in smaller cities where, he said, officials often had to wait for hours inside stadiums before police could escort them out.

The case comes weeks after dozens of supporters invaded the pitch in Montealegre during a cup match and chased opposing players into the dressing room. Police arrested nine people.

A spokesman for Cañaverales said the club "respects but does not share" the tribunal's decision and that Villalba would remain its majority shareholder while the appeal is heard.

Colombian football has long struggled with violence linked to organised fan groups, known locally as "barras bravas", and authorities have repeatedly closed stands or banned visiting supporters in an effort to contain it.

bur-jm/fb""",
        [
            ("extremely serious and incompatible with", "Colombian Football Disciplinary Tribunal"),
            ("approached me with two bodyguards", "Andrés Felipe Ruano"),
            ("I said things in the", "Hernán Darío Villalba"),
            ("I am going to appeal", "Hernán Darío Villalba"),
            ("far too late", "Association of Colombian Football Referees"),
            ("For years referees in this", "Mauricio Ortegón"),
            ("Today at least there is", "Mauricio Ortegón"),
            ("respects but does not share", "spokesman"),
        ],
    ),
    (
        """Uruguay’s football federation elects outsider as president amid TV rights row

Tomás Echeverry in Montevideo

Uruguay’s football federation has elected a lawyer from the interior city of San Ramón del Yí as its president, ending a month of bitter campaigning in which clubs traded accusations over the sale of television rights and the influence of player agents.

Néstor Olivera Pons, 61, won 27 of 45 votes at an extraordinary congress on Monday night, defeating Ricardo Arismendi, a former treasurer of the Uruguayan Football Federation (FUF) who had been considered the favourite for most of the campaign.

Olivera, the first president in the federation’s history from a club outside Montevideo, promised during the campaign to “open the windows and let some air into a house that has been closed for too long”. In his acceptance speech he went further.

“The federation does not belong to three clubs or to two businessmen. It belongs to the boy who plays on a muddy pitch in Tacuarembó and dreams of wearing the sky-blue shirt,” he told delegates, as Washington “Pato” Ferreira, the former national team captain, applauded from the front row.

“We are going to publish every contract,” he added. “Every single one. If someone has something to hide, this is the moment to start worrying.”

Arismendi, who had the backing of the capital’s two biggest clubs, Deportivo Prado and Atlético Tres Cruces, conceded defeat but warned that the new leadership would “find out very quickly that promises are cheaper than stadiums”.

At the heart of the dispute is a 10-year deal signed last year with Celeste Media Group, which holds the broadcast rights to the domestic league. Smaller clubs have complained that the contract was negotiated behind closed doors and that its distribution formula leaves second-division teams unable to pay salaries.

In a statement on Tuesday, the company said it would “respect any decision taken by the legitimate authorities of Uruguayan football” but stressed that the contract was valid and had been approved by the previous executive committee.

Not everyone is convinced that the change at the top will transform what officials like to call the “family of football”.

“We have heard a lot of beautiful speeches in this building,” said Diego Martirena, president of the Uruguayan Professional Footballers’ Association. “I’ll judge him in a year, when we see whether the players in the second division are being paid on time.”

The national sports secretary, Mariela Duarte, said the government would “not interfere in the internal life of the federation” but would follow the audit of the television contract closely.

Olivera takes office next week. His first test will be the appointment of a new head of the refereeing commission, a post that has been vacant since June.""",
        [
            ("open the windows and let", "Néstor Olivera Pons"),
            ("The federation does not belong", "Néstor Olivera Pons"),
            ("We are going to publish", "Néstor Olivera Pons"),
            ("Every single one.", "Néstor Olivera Pons"),
            ("find out very quickly that", "Ricardo Arismendi"),
            ("respect any decision taken by", "Celeste Media Group"),
            ("We have heard a lot", "Diego Martirena"),
            ("I’ll judge him in a", "Diego Martirena"),
            ("not interfere in the internal", "Mariela Duarte"),
        ],
    ),
    (
        """Halcones de Valle Dorado sack Aldana after fans storm training ground

Halcones de Valle Dorado have dismissed manager Rubén Aldana less than 48 hours after around 200 supporters forced their way into the club’s training complex and confronted players over a run of nine matches without a win.

The club confirmed the decision in a statement on Tuesday, thanking Aldana for his “professionalism and commitment” and announcing that under-23 coach Efraín Solís would take charge on an interim basis.

Aldana, who led Halcones to the league title two years ago, told ESPN he had not been surprised.

“In football, results are everything, and ours haven’t been good enough. I accept that,” he said. “What I don’t accept is that people come into a training ground and put their hands on players. That can never be normal.”

Videos shared on social media on Sunday showed dozens of fans in club shirts climbing a perimeter fence and surrounding the squad on one of the practice pitches, with several shouting at captain Hugo Bermejo. At least two players were pushed before private security staff and police restored order.

Bermejo addressed the incident in a post on Instagram: “We understand the frustration, we feel it too. But our families were scared yesterday. Nobody deserves that.”

Sporting director Alfonso Treviño Lara said the club had filed a criminal complaint with state prosecutors and would ban anyone identified from the stadium.

“We have the images, we have the faces,” Treviño said at a news conference. “Those people are not fans of Halcones and they will never enter our stadium again.”

Asked whether the board had bowed to pressure from the supporters by firing Aldana, he replied: “No. The decision was taken on sporting grounds, and it had been under discussion for two weeks.”

A league spokesperson said officials were “in contact with the club and the authorities” and that further sanctions had not been ruled out, including the closure of the stadium’s north stand, where the club’s main supporters’ group is based.

Halcones sit 16th of 18 teams in the table with just one win in their last 12 league games, and the club’s board is under pressure after a summer in which it sold three starters to pay debts.

Solís, 41, a former Halcones midfielder, has never managed in the top flight. His first match in charge is at home to Club Deportivo Sierra Azul on Saturday, a game that will be played with increased security around the Estadio Cuauhtémoc Lira.""",
        [
            ("professionalism and commitment", "Halcones de Valle Dorado"),
            ("In football, results are everything,", "Rubén Aldana"),
            ("What I don’t accept is", "Rubén Aldana"),
            ("We understand the frustration, we", "Hugo Bermejo"),
            ("We have the images, we", "Alfonso Treviño Lara"),
            ("Those people are not fans", "Alfonso Treviño Lara"),
            ("No. The decision was taken", "Alfonso Treviño Lara"),
            ("in contact with the club", "spokesperson"),
        ],
    ),
    (
        """Chile to require facial recognition at stadiums after cup final riot

SANTIAGO, Nov 18 (Reuters) - Chile's government said on Monday that all first-division stadiums must install facial recognition cameras at their entry gates before the start of next season, five days after a cup final in the port city of San Esteban del Mar ended in a riot that injured 47 police officers.

The measure is the centrepiece of a security plan dubbed "Estadio Protegido" that Interior Minister Francisca Undurraga presented alongside police chiefs and officials from the Chilean Professional Football Association (ACFP).

"Families have to be able to go back to the stadium without fear. That is the only objective of this plan," Undurraga told a news conference at the government palace.

Wednesday's final between Union San Esteban and Deportes Cordillera was abandoned in the 71st minute after hundreds of fans invaded the pitch and part of a wooden stand was set on fire. Police made 112 arrests.

"What we saw on Wednesday was not a football problem, it was organised crime using football as a cover," Undurraga said.

Under the plan, clubs that fail to install the systems will play behind closed doors, and people on a national register of banned supporters will be stopped automatically at the turnstiles.

ACFP president Raimundo Cifuentes backed the plan but said clubs in smaller cities could not afford it without state help.

"We agree with the objective, but a club in the south that takes in 4 million pesos on a match day cannot spend 300 million on cameras," he told reporters after the presentation.

Camila Fuenzalida, director of the civil liberties group Observatorio de Libertades Ciudadanas, said the plan raised "serious questions about who stores the images, for how long and who can access them", and said her organisation would consider a legal challenge.

A government spokeswoman said the data would be held by the national police and deleted "after a reasonable period established by regulation", without giving details.

Supporters' groups reacted angrily. A member of Cordillera's largest supporters' group, who asked not to be identified for fear of being banned, said the measures punished ordinary fans.

"They always punish everybody for what 50 people do. The ones who burned the stand will find another way in, they always do," he said.

The ACFP's disciplinary tribunal is expected to rule on Thursday on sanctions against both clubs, which could include a points deduction and the loss of home matches.

Chilean authorities have announced several stadium security plans over the past 15 years, with mixed results. Attendance in the first division has fallen by around a fifth since 2019, according to league figures.

(Reporting by Valentina Reyes; Writing by Martin Quiroga; Editing by Toby Castellanos)""",
        [
            ("Families have to be able", "Francisca Undurraga"),
            ("What we saw on Wednesday", "Francisca Undurraga"),
            ("We agree with the objective,", "Raimundo Cifuentes"),
            ("serious questions about who stores", "Camila Fuenzalida"),
            ("after a reasonable period established", "spokeswoman"),
            ("They always punish everybody for", "member of Cordillera's largest supporters' group"),
        ],
    ),
    (
        """Peru's referees go on strike over unpaid fees, halting league

LIMA, Peru (AP) — Peru's top football league was halted this weekend after referees refused to officiate matches in protest over four months of unpaid fees and what their union called "systematic abandonment" by the country's football association.

The Peruvian Union of Football Referees announced the strike late Thursday after talks with the Peruvian Football Association broke down.

"The referees of Peru will not take the field until every sol owed to them has been paid," the union's statement said. "We have been patient. Patience has limits."

According to the union, the association owes about 2.3 million soles ($620,000) to roughly 180 referees and assistants, some of whom have not been paid since June.

Union secretary general Rosa Huamán, one of the first women to referee in Peru's top division, said many colleagues had taken second jobs to support their families.

"I know referees who drive taxis at night and then come to the stadium on Sunday to make decisions worth millions of dollars," Huamán said. "Then people ask why there are mistakes."

The association said in a statement Friday that it had already transferred part of the debt and blamed the delays on "an extraordinary situation" caused by a court order freezing several of its bank accounts.

Its president, Gustavo Lizárraga Vela, told a Lima radio station the strike was "illegal and irresponsible" and said the association would bring in referees from abroad if necessary.

"We are not going to let the championship be kidnapped by anyone," Lizárraga said.

All nine first-division games scheduled for Saturday and Sunday were postponed. Several teams had already traveled to away venues when the strike was confirmed.

Marcelo Gorosito, the Argentine coach of Deportivo Atlético Chachani, said players were caught in the middle.

"We trained all week, we traveled 14 hours by bus, and we found out at the hotel that there was no match. Nobody told us anything," he said.

An association official, who spoke on condition of anonymity because he was not authorized to discuss the negotiations, said a deal could be reached early next week.

"The money is there. The problem is the signatures," the official said.

The strike is the second by Peruvian referees in three years. In the previous stoppage, matches resumed after 10 days when the association agreed to a payment schedule that the union says was never fully honored.

The league leaders, Sport Ayacucho Unido, are four points clear with six rounds remaining, and clubs have warned that further delays could force the season to be extended into January.

___

AP soccer: https://apnews.com/hub/soccer""",
        [
            ("systematic abandonment", "Peruvian Union of Football Referees"),
            ("The referees of Peru will", "Peruvian Union of Football Referees"),
            ("We have been patient.", "Peruvian Union of Football Referees"),
            ("I know referees who drive", "Rosa Huamán"),
            ("Then people ask why there", "Rosa Huamán"),
            ("an extraordinary situation", "Peruvian Football Association"),
            ("illegal and irresponsible", "Gustavo Lizárraga Vela"),
            ("We are not going to", "Gustavo Lizárraga Vela"),
            ("We trained all week, we", "Marcelo Gorosito"),
            ("The money is there.", "association official"),
        ],
    ),
    (
        """Brazilian winger Thiago Rocha left in tears after racist abuse during Copa del Pacífico clash in Paraguay as his club demand 'exemplary punishment'

By DANIEL HARTLEY FOR MAILONLINE

Brazilian winger Thiago Rocha was left in tears on Wednesday night after being targeted with monkey chants during his side’s Copa del Pacífico match in Paraguay.

The 22-year-old Atlético Serrano forward reported the abuse to Ecuadorian referee Esteban Valdivieso, who halted the game for six minutes in the second half of the 1-1 draw with Club Sportivo Itacurubí in Ciudad del Lago.

Television footage appeared to show a home supporter making monkey gestures towards Rocha as he prepared to take a corner in front of the main stand.

Speaking to Brazilian television after the final whistle, a visibly emotional Rocha said: ‘I came here to play football. I’m tired of this. Every year it’s the same thing, the same gestures, the same noises, and then a fine and nothing changes.

‘I have a son who is three years old. I don’t want him to grow up and see this happen to him.’

Atlético Serrano said in a statement that they would file a formal complaint with the continental governing body, the Pan-American Club Football Union (UPCF), and called for ‘exemplary punishment’.

‘Racism is a crime, not a misunderstanding,’ the statement read. ‘We will not let our player stand alone.’

Itacurubí said they ‘repudiate any act of discrimination’ and would work with police to identify the supporter.

Club president Rodolfo Benítez Zarza told reporters: ‘If this person is one of our members, he will be expelled for life. That I promise.’

A UPCF spokesman confirmed that disciplinary proceedings had been opened. Under the confederation’s rules, clubs face a minimum fine of $100,000 (£79,000) for racist behaviour by their fans, and repeat offenders can be ordered to play behind closed doors.

Critics say the sanctions have done little to stamp out abuse, despite the UPCF’s high-profile ‘No al Racismo’ campaign, launched two seasons ago with a series of adverts featuring former players.

Serrano manager Luiz Carlos Dantas revealed he had considered taking his players off the pitch.

‘If Thiago had asked me, we would have left the pitch and I would have accepted whatever punishment came,’ he said. ‘He chose to stay and play. That says a lot about him.’

Local media reported that police in Ciudad del Lago had detained a 34-year-old man on Thursday morning in connection with the incident.

Rocha, who joined Serrano from a second-tier club in Minas Gerais last year, has scored seven goals in all competitions this season. The two sides meet again in Brazil in a fortnight.""",
        [
            ("exemplary punishment", "Atlético Serrano"),
            ("I came here to play", "Thiago Rocha"),
            ("I have a son who", "Thiago Rocha"),
            ("exemplary punishment", "Atlético Serrano"),
            ("Racism is a crime, not", "Atlético Serrano"),
            ("We will not let our", "Atlético Serrano"),
            ("repudiate any act of discrimination", "Club Sportivo Itacurubí"),
            ("If this person is one", "Rodolfo Benítez Zarza"),
            ("If Thiago had asked me,", "Luiz Carlos Dantas"),
            ("He chose to stay and", "Luiz Carlos Dantas"),
        ],
    ),
]
