CASES = [
    (
        """Wrexford City agree club-record deal for Valmira forward Lindqvist-Arruda

Harriet Combermere

Wrexford City have agreed a club-record fee of £38m with Sporting Valmira for the forward Tobias Lindqvist-Arruda, and the 24-year-old is expected to complete a medical on Tuesday before signing a five-year contract.

The deal, which could rise to £42m with add-ons, ends a pursuit that began in January, when Valmira rejected two offers and their president, Armando Queirós Belchior, described City’s approach as “frankly disrespectful to a club of our history”.

The Portuguese club softened their stance after finishing fifth and missing out on continental football, and the player’s desire to move was an open secret in Valmira. Lindqvist-Arruda, who was born in Gothenburg to a Swedish mother and a Brazilian father, scored 23 goals in all competitions last season and is known to the club’s supporters as “O Viking”, the nickname stitched across a giant banner at his final home game.

Wrexford’s manager, Declan Moorcroft, has made little secret of his admiration. “Tobias is the kind of player who changes the temperature of a game,” he said at his press conference on Friday. “He can play off the left, he can play through the middle, and he presses like a madman. We have watched him for a long time.”

Asked whether the deal was finished, Moorcroft smiled: “Not until I see him in a tracksuit with our badge on it. I’ve been in football too long for that.”

In a statement on Sunday evening, Sporting Valmira confirmed they had “reached an agreement in principle” with Wrexford and thanked the player for “four seasons of commitment, goals and unforgettable nights”. The fee, the club said, was “the largest in our 112-year history”.

The player’s agent, Rui Saldanha-Morais, told the Lisbon sports daily Jornal do Relvado that his client had turned down interest from two other English clubs. “Tobias wanted a project, not just a salary,” Saldanha-Morais said. “Wrexford showed him a plan, and the manager called him personally four or five times. That made the difference.”

Negotiations were not straightforward. A source close to the talks described the final 48 hours as “tense but professional”, with a sell-on clause the main sticking point. Valmira are understood to have secured 15 per cent of any future profit.

Lindqvist-Arruda will be Wrexford’s fourth summer signing, after the goalkeeper Stellan Óskarsson-Breck, the centre-back Kofi Ampomah-Delacroix and the midfielder Jules Fonteneau-Lagarde. City’s chief executive, Priya Radlett-Vance, said last month that the club intended to “compete properly” this season, a phrase supporters have since adopted with some enthusiasm.

Wrexford open their campaign away to Thornbury Albion on 16 August.""",
        [
            ("frankly disrespectful to a club", "Armando Queirós Belchior"),
            ("Tobias is the kind of", "Declan Moorcroft"),
            ("He can play off the", "Declan Moorcroft"),
            ("Not until I see him", "Declan Moorcroft"),
            ("reached an agreement in principle", "Sporting Valmira"),
            ("four seasons of commitment, goals", "Sporting Valmira"),
            ("the largest in our 112-year", "Sporting Valmira"),
            ("Tobias wanted a project, not", "Rui Saldanha-Morais"),
            ("Wrexford showed him a plan,", "Rui Saldanha-Morais"),
            ("tense but professional", "source close to the talks"),
            ("compete properly", "Priya Radlett-Vance"),
        ],
    ),
    (
        """Benvegnù solos to summit win as Wijnbergen clings to lead

COL DU MARAIS-BLANC, France, July 9 - Italy's Ilario Benvegnù attacked alone 11 kilometres from the top of the final climb to win the eighth stage of the Critérium des Cimes on Wednesday, while Dutchman Sander Wijnbergen limited his losses to keep the leader's yellow jersey by 14 seconds.

Benvegnù, of the Caldera-Montbrun team, crossed the line 38 seconds ahead of Colombian Julián Arbeláez Quintero of Andino-Rexa. Wijnbergen finished fourth, 51 seconds down, after being left without team mates on the 9.4-km ascent.

"I told the team this morning that I would try today, even if I exploded," Benvegnù said. "When I looked back with five kilometres to go there was nobody, and I could not believe it."

The 27-year-old, nicknamed "il Gatto" for his light climbing style, said the victory ended two difficult seasons.

"I had a crash in the spring, then the operation on my knee, then months at home when I could not even ride a bike," he said. "There were days when I thought about stopping.

"This win is for my wife, and for the physiotherapist who never gave up on me."

Wijnbergen, who admitted he had "suffered like a dog" in the final kilometres, said he was not worried about his narrow advantage.

"I lost some seconds but I still have the jersey, and the time trial is on Saturday," the Team Polderveld rider said. "That's my terrain."

Polderveld sports director Marc-Olivier Thévenaz said the team had been caught out by a crash at the feed zone that brought down two of Wijnbergen's domestiques: "After that we were chasing all day. Sander did the maximum with what he had."

Arbeláez, who moved up to third overall, said through a team interpreter that he was "happy but not satisfied" with second place.

The race organiser, Société des Courses Alpines, said in a statement that three riders involved in the feed-zone crash had been taken to hospital in Briançon for checks and that "none of them is in a serious condition".

One of them, Belgian Joris Vanhaelewyn, has abandoned the race, his Stellaris Pro team said. A race doctor said Vanhaelewyn had suffered "a probable fracture of the left collarbone" and would be assessed further in Belgium.

Wijnbergen leads Benvegnù by 14 seconds overall, with Arbeláez third at 1:02. Thursday's ninth stage is a rolling 187-km run to Gap-Saint-Éloi that is expected to favour a breakaway.""",
        [
            ("I told the team this", "Ilario Benvegnù"),
            ("When I looked back with", "Ilario Benvegnù"),
            ("I had a crash in", "Ilario Benvegnù"),
            ("There were days when I", "Ilario Benvegnù"),
            ("suffered like a dog", "Sander Wijnbergen"),
            ("I lost some seconds but", "Sander Wijnbergen"),
            ("That's my terrain.", "Sander Wijnbergen"),
            ("After that we were chasing", "Marc-Olivier Thévenaz"),
            ("happy but not satisfied", "Julián Arbeláez Quintero"),
            ("none of them is in", "Société des Courses Alpines"),
            ("a probable fracture of the", "race doctor"),
        ],
    ),
    (
        """Pelliccioni fumes at officials as Monteverde lose derby in stoppage time

By Gregorio Lainé

Gianfranco Pelliccioni launched an extraordinary attack on the match officials after AC Monteverde were beaten 2-1 by US Calvasina in a bad-tempered ‘Derby della Nebbia’, claiming his side had been ‘robbed in front of forty thousand witnesses’.

The Monteverde boss was still furious more than an hour after the final whistle. He sat down in the press room, folded his arms and refused to take questions for almost a minute.

Then he spoke. ‘I have been in football for thirty years and I have never seen a penalty like that,’ he said. ‘The ball hits his shoulder. His shoulder! Everybody in the stadium saw it, the people at home saw it, my grandmother saw it. Only one man did not see it.’

The decision, given by referee Ottavio Scandellari after a lengthy VAR review in the fourth minute of stoppage time, allowed Calvasina striker Nnamdi Foscarini-Obi to score the winner from the spot after Monteverde had come from behind to equalise through Rafael Tomassini-Bueno.

Pelliccioni, 58, expects to be charged but said he would not stay silent. ‘If they want to punish me for telling the truth, they can punish me,’ he added. ‘I will pay. But somebody has to say it.’

Asked whether he was suggesting the officials had been biased, the former international midfielder paused before replying: ‘I did not say that. You said that. Write what I said.’

Calvasina coach Bruno Ettore Mazzocchi was more conciliatory. He described the penalty as ‘a decision that could go either way’ but insisted his team had deserved their win.

‘We created more chances, we had more of the ball in the second half and we kept going until the end,’ Mazzocchi said. ‘I understand how Gianfranco feels. I would feel the same.’

Late last night the Associazione Nazionale Ufficiali di Gara issued a statement saying it ‘deplored’ Pelliccioni’s remarks and that Scandellari had ‘applied the laws of the game correctly and with the support of the video assistant’.

Monteverde captain Elia Brambillasca was equally bitter in the mixed zone. ‘The dressing room is destroyed,’ he said. ‘We gave everything and we go home with nothing.’

The result leaves Monteverde seventh, five points adrift of the European places, with a trip to the league leaders next weekend. Calvasina climb to fourth.""",
        [
            ("robbed in front of forty", "Gianfranco Pelliccioni"),
            ("I have been in football", "Gianfranco Pelliccioni"),
            ("The ball hits his shoulder", "Gianfranco Pelliccioni"),
            ("If they want to punish", "Gianfranco Pelliccioni"),
            ("I will pay. But somebody", "Gianfranco Pelliccioni"),
            ("I did not say that.", "Gianfranco Pelliccioni"),
            ("a decision that could go", "Bruno Ettore Mazzocchi"),
            ("We created more chances, we", "Bruno Ettore Mazzocchi"),
            ("I understand how Gianfranco feels.", "Bruno Ettore Mazzocchi"),
            ("deplored", "Associazione Nazionale Ufficiali di Gara"),
            ("applied the laws of the", "Associazione Nazionale Ufficiali di Gara"),
            ("The dressing room is destroyed", "Elia Brambillasca"),
            ("We gave everything and we", "Elia Brambillasca"),
        ],
    ),
    (
        """Veldhoen leaves Stellaris for Orvalis-Brenner on three-year deal

Belgian classics specialist Maarten Veldhoen has signed a three-year contract with Orvalis-Brenner Racing, ending an eight-year spell at Stellaris Pro Cycling that brought him two victories at the Ronde van Zeeveld and a national road title.

The 29-year-old’s move had been widely expected since April, when Veldhoen publicly questioned the support he received at the cobbled races, saying he had felt “like a captain without a ship” in the finale of the Ronde.

Orvalis-Brenner announced the signing on Monday morning. “Maarten is one of the most complete riders in the peloton, and a natural leader,” general manager Tjerk Ommeren-Baas said in the team’s press release. “We have built a classics group around young talent, and we needed someone who knows how to win the big one. Maarten knows.”

Veldhoen used the same release to thank his former employer. “I leave Stellaris with a lot of gratitude,” he said. “They gave me my first contract when I was 21 and nobody else believed in me.”

In a longer letter to supporters, posted on his social media channels a few hours later, he was more candid.

“The last year was not easy,” he wrote. “There were moments when I felt I was not listened to, and I think both sides knew it was time for something new.

“I am not angry. I am excited. And I promise that the fire is still there.”

Stellaris Pro Cycling responded with a brief statement wishing Veldhoen “every success, except on the days he races against us”. The Belgian team added that it had “already identified” a successor as classics leader and would announce further signings “in the coming weeks”.

Stellaris sports director Wim Kerckhaert-Dujardin told the daily Het Zeeveldse Dagblad that the split had been amicable. “We had honest conversations,” Kerckhaert-Dujardin said. “Maarten wanted to be the only leader, and with the young riders we have coming through, we could not promise him that.”

The move cannot be formally registered until the end of the season. The regulations of the Fédération des Courses Continentales, the sport’s governing body, allow transfers to be announced from August 1 but state that new contracts “shall take effect no sooner than 1 January of the following season”.

Veldhoen, who finished fourth at the Ronde this year after a late puncture, is expected to race a reduced programme in the autumn before joining Orvalis-Brenner’s first training camp in December. The team, which won eleven races last season, will announce its full roster in October.""",
        [
            ("like a captain without a", "Maarten Veldhoen"),
            ("Maarten is one of the", "Tjerk Ommeren-Baas"),
            ("We have built a classics", "Tjerk Ommeren-Baas"),
            ("I leave Stellaris with a", "Maarten Veldhoen"),
            ("They gave me my first", "Maarten Veldhoen"),
            ("The last year was not", "Maarten Veldhoen"),
            ("There were moments when I", "Maarten Veldhoen"),
            ("every success, except on the", "Stellaris Pro Cycling"),
            ("already identified", "Stellaris Pro Cycling"),
            ("in the coming weeks", "Stellaris Pro Cycling"),
            ("We had honest conversations", "Wim Kerckhaert-Dujardin"),
            ("Maarten wanted to be the", "Wim Kerckhaert-Dujardin"),
            ("shall take effect no sooner", "Fédération des Courses Continentales"),
        ],
    ),
    (
        """Rheinwald stay top as Brettschneider header sinks Eichenbrück

EICHENBRÜCK, Germany — Lukas Brettschneider’s header two minutes from time gave FC Rheinwald 04 a 2-1 win at SV Eichenbrück on Saturday and kept the leaders three points clear with five matches remaining.

Eichenbrück had looked set for a deserved point after Piotr Zawadzki-Ley cancelled out Noah Feldkamp’s first-half opener with a low drive on the hour. But Brettschneider, the 22-year-old centre-back, rose highest to meet Feldkamp’s corner in the 88th minute, and Rheinwald held on through five minutes of stoppage time.

“It was not beautiful, but at this stage of the season nobody asks about beauty,” said Rheinwald coach Henning Aschenbrenner. “We suffered for long periods. The players kept their heads, and that is what teams who want to win something do.”

Earlier in the week Rheinwald’s sporting director, Ferdinand Wolkenstein-Raabe, had warned against complacency, insisting that “the title is not won in April”. After the final whistle, Wolkenstein-Raabe allowed himself a smile: “It is not won yet. But days like this help.”

Eichenbrück coach Ctibor Hanzelka said his side had been “naive” at set pieces and had paid the price.

“We spoke about it all week,” he said. “Their biggest threat is the corner, and we give them a corner because nobody communicates. It hurts, because the performance was good.”

Brettschneider, who had scored only once before in the league, was almost sheepish in the mixed zone. “I just closed my eyes and jumped,” he said with a grin. “Noah puts the ball in the perfect place. I only had to be there.”

Eichenbrück were forced into an early change when goalkeeper Jannik Oberhollenzer was knocked out in a collision with Feldkamp. A club spokesman said the 30-year-old had suffered “a suspected concussion” and would be kept in hospital overnight for observation.

Play was also halted for four minutes in the second half when home supporters threw tennis balls onto the pitch in protest at Friday-night kick-off times, beneath a banner reading “Football for the fans, not for television”.

The league operator, Profiliga GmbH, said in a statement that it “respects the right to protest” but that repeated stoppages “cannot become the norm”. It said it would examine the referee’s report before deciding whether to open proceedings against the home club.

Rheinwald host Borussia Kellerbach next Saturday. Eichenbrück, ninth, travel to Lindenhain.""",
        [
            ("It was not beautiful, but", "Henning Aschenbrenner"),
            ("We suffered for long periods.", "Henning Aschenbrenner"),
            ("the title is not won", "Ferdinand Wolkenstein-Raabe"),
            ("It is not won yet.", "Ferdinand Wolkenstein-Raabe"),
            ("naive", "Ctibor Hanzelka"),
            ("We spoke about it all", "Ctibor Hanzelka"),
            ("Their biggest threat is the", "Ctibor Hanzelka"),
            ("I just closed my eyes", "Lukas Brettschneider"),
            ("Noah puts the ball in", "Lukas Brettschneider"),
            ("a suspected concussion", "club spokesman"),
            ("respects the right to protest", "Profiliga GmbH"),
            ("cannot become the norm", "Profiliga GmbH"),
        ],
    ),
    (
        """Valdeolmillos faces long ban after referee details insults in match report

MADRID - Almenara midfielder Sergio Valdeolmillos Arrieta faces a suspension of up to twelve matches after the referee of Sunday's 1-1 draw against Unión Deportiva Salinar wrote in his official report that the player had insulted him "repeatedly and in a loud voice" after being sent off.

The report, made public on Monday by the Federación Peninsular de Fútbol, states that Valdeolmillos, 27, was shown a straight red card in the 71st minute for a late tackle on Salinar winger Tomás Iruretagoyena.

In the section reserved for other incidents, referee Íñigo Barrenetxea Sorli wrote that, once dismissed, the player addressed him "with insulting and contemptuous expressions towards my person" and "had to be held back by two team-mates" before leaving the pitch.

The federation's disciplinary code provides for bans of four to twelve matches for "insults or offences of a serious nature directed at the referee or his assistants". The Competition Committee is expected to rule on Wednesday.

Real Club Deportivo Almenara reacted within hours. In a statement on its website, the club said it "will present the appropriate allegations" before the committee and asked for "the video evidence to be reviewed in its entirety, including the images of the tackle".

At his press conference on Monday, Almenara coach Julen Aranbarri Etxeberria defended his player while stopping short of excusing him.

"Sergio is an emotional lad, he lives football with a lot of passion, and sometimes that passion goes too far," Aranbarri said. "I am not going to justify what happened afterwards. But I ask people to look at the tackle, because for me it is never a red card."

Valdeolmillos himself apologised on social media on Sunday night, writing that his reaction had been "unacceptable for a professional" and that he wanted to say sorry "to the referee, to my club and to the children who watch us every weekend".

Salinar coach Francisco Javier Olmedilla Ruano saw little room for debate. "The red is clear. After that, what he says to the referee is a matter for the committee, not for me," Olmedilla said.

A ban of more than eight matches would rule Valdeolmillos out for the rest of the season, a serious blow to an Almenara side sitting three points above the relegation places. The midfielder, known in the dressing room as "El Profe" for his habit of lecturing younger team-mates on tactics, has started 29 of the club's 31 league games.""",
        [
            ("repeatedly and in a loud", "Íñigo Barrenetxea Sorli"),
            ("with insulting and contemptuous expressions", "Íñigo Barrenetxea Sorli"),
            ("had to be held back", "Íñigo Barrenetxea Sorli"),
            ("insults or offences of a", "Federación Peninsular de Fútbol"),
            ("will present the appropriate allegations", "Real Club Deportivo Almenara"),
            ("the video evidence to be", "Real Club Deportivo Almenara"),
            ("Sergio is an emotional lad,", "Julen Aranbarri Etxeberria"),
            ("I am not going to", "Julen Aranbarri Etxeberria"),
            ("unacceptable for a professional", "Sergio Valdeolmillos Arrieta"),
            ("to the referee, to my", "Sergio Valdeolmillos Arrieta"),
            ("The red is clear. After", "Francisco Javier Olmedilla Ruano"),
        ],
    ),
    (
        """Tvedten-Ruud crashes out of Corsa dei Tre Mari as Arregi wins stage

From Ewan Strachan-Lyle, Passo della Vedretta

The Corsa dei Tre Mari lost its overwhelming favourite yesterday when Eirik Tvedten-Ruud crashed on the descent of the Forcella Lunga and was forced to abandon with a broken wrist, leaving the race wide open with nine stages to go.

Eñaut Arregi Lasa, a 25-year-old Basque climber, won the 14th stage from the day’s breakaway, while the Italian Davide Sbaraglini of Squadra Vesuvia inherited the race lead, 41 seconds ahead of the Dutchman Ruben Hoogeveen-Stam.

Tvedten-Ruud, who had led by more than two minutes, slid out on a wet left-hand bend roughly 30km from the finish, on the descent riders have taken to calling “the cheese grater”. He remounted briefly but climbed off a few hundred metres later, clutching his right arm.

In a statement issued by his Nordkapp Helix team in the evening, the team doctor, Sigrid Almås-Brekke, said X-rays at the hospital in Bolzano had revealed “a displaced fracture of the right scaphoid” and that the Norwegian would undergo surgery at home.

“Eirik was conscious and lucid throughout,” she said. “He is very disappointed, but his health comes first.”

Tvedten-Ruud later posted a photograph of his bandaged arm with a short message: “Not the way I wanted this to end. Thank you to everyone who stopped to help on the mountain. I will be back.”

His sports director, Anders Fjellstad-Moe, was less restrained. The descent, he said, was “dangerous, badly surfaced and wet in the shade”, and he questioned why the organisers had not neutralised the timing at the foot of it.

“We told the jury about this descent at the technical meeting,” Fjellstad-Moe said. “Nobody listened.”

The race director, Ruggero Castellani-Vio, defended the route. “Every descent in the mountains carries risk,” he told reporters at the finish. “The road was inspected yesterday and again this morning. I am sorry for Eirik, sincerely, but cycling is not played on a billiard table.”

Arregi, riding for the small Basque team Itsaso-Gorri, only learnt of the crash in the final kilometre. “I did not know anything until my director told me on the radio,” he said. “I am sorry for him. But today I also have to enjoy this, because victories of this kind do not come often.”

Sbaraglini, 31, said he had not wanted to take the lead “in this way, with Eirik on the ground”, and promised to defend it “with respect for the race and for him”.

Today’s 15th stage, 196km to Lago di Santa Ombra, includes three categorised climbs.""",
        [
            ("a displaced fracture of the", "Sigrid Almås-Brekke"),
            ("Eirik was conscious and lucid", "Sigrid Almås-Brekke"),
            ("He is very disappointed, but", "Sigrid Almås-Brekke"),
            ("Not the way I wanted", "Eirik Tvedten-Ruud"),
            ("dangerous, badly surfaced and wet", "Anders Fjellstad-Moe"),
            ("We told the jury about", "Anders Fjellstad-Moe"),
            ("Nobody listened.", "Anders Fjellstad-Moe"),
            ("Every descent in the mountains", "Ruggero Castellani-Vio"),
            ("The road was inspected yesterday", "Ruggero Castellani-Vio"),
            ("I did not know anything", "Eñaut Arregi Lasa"),
            ("I am sorry for him.", "Eñaut Arregi Lasa"),
            ("in this way, with Eirik", "Davide Sbaraglini"),
            ("with respect for the race", "Davide Sbaraglini"),
        ],
    ),
    (
        """Sainte-Claire sack Delorme-Vautrin after fifth straight defeat

SAINTE-CLAIRE, France — Olympique Sainte-Claire dismissed their head coach, Benoît Delorme-Vautrin, on Tuesday, two days after a 3-0 home defeat by Racing Club de Valmorin extended their losing run to five matches and left them 17th in the table.

The club said in a statement that it had taken the decision “with regret but with lucidity”, and thanked Delorme-Vautrin for “his work, his professionalism and his deep attachment to the club”. His assistant, Yannick Ouédraogo-Perrin, will take charge of the team on an interim basis.

Delorme-Vautrin, 49, arrived two and a half years ago and led the club known as “les Mouettes” back to the top flight in his first season, a campaign chronicled in the documentary series “Sainte-Claire, Année Zéro”. But this season has unravelled quickly, with just one win since the end of September.

The pressure had been building for weeks. On Sunday, supporters in the Tribune Nord unfurled a banner reading “Respect the shirt or leave”, and the players were jeered off at half-time.

The club’s president, Hélène Castagnède-Roux, told the regional daily Le Courrier du Littoral that dismissing the coach had been “the hardest decision of my presidency”.

“Benoît is an honest man and a good coach,” she said. “But results are results, and I have a responsibility to 400 employees and to a whole city. We could not wait any longer.”

Delorme-Vautrin, reached by telephone, said he was “disappointed but not surprised”. In a letter to supporters published by the same newspaper on Tuesday evening, he wrote: “I gave everything to this club for two and a half years. I leave with my head high and with the memory of a promotion that nobody will ever take away from us.”

Captain Cédric Lagarrigue-Tano was among several players to respond on social media. “Coach, thank you for everything,” he wrote. “We players are the first ones responsible.”

A person close to the board said the club had already held talks with two candidates and described the shortlist as “short and serious”. No appointment is expected before the weekend.

Speaking briefly to reporters at the training ground, Ouédraogo-Perrin said: “The players are hurt, and that is normal. My job this week is simple: give them back their confidence.”

Sainte-Claire visit AS Port-Verlaine on Saturday.""",
        [
            ("with regret but with lucidity", "Olympique Sainte-Claire"),
            ("his work, his professionalism and", "Olympique Sainte-Claire"),
            ("the hardest decision of my", "Hélène Castagnède-Roux"),
            ("Benoît is an honest man", "Hélène Castagnède-Roux"),
            ("But results are results, and", "Hélène Castagnède-Roux"),
            ("disappointed but not surprised", "Benoît Delorme-Vautrin"),
            ("I gave everything to this", "Benoît Delorme-Vautrin"),
            ("Coach, thank you for everything", "Cédric Lagarrigue-Tano"),
            ("We players are the first", "Cédric Lagarrigue-Tano"),
            ("short and serious", "person close to the board"),
            ("The players are hurt, and", "Yannick Ouédraogo-Perrin"),
        ],
    ),
]
