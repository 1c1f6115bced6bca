CASES = [
    (
        """Soccer-Real Navarra Sport posts record loss as stadium costs bite

By Daniel Ferrer

PAMPLONA, Spain, Oct 14 (Reuters) - Real Navarra Sport reported a record net loss of 61.4 million euros ($66.8 million) for the 2023-24 season on Monday, blaming spiralling construction costs at its new Estadio del Arga and a fall in broadcasting income after a mid-table finish.

The La Liga club said in its annual accounts that revenue fell 9% to 118 million euros, while net debt rose to 212 million euros, most of it linked to a loan from a consortium of regional banks used to fund the stadium.

"We are not hiding from these numbers. They are bad, and they are our responsibility," chief executive Inigo Zabaleta told reporters at the club's training complex in Berriozar.

"But the stadium is an asset for the next 50 years, not a cost for one season," he added.

The club said in a statement that it remained "fully solvent and able to meet all of its obligations", and that it would present a new business plan to shareholders at its general meeting in December.

Zabaleta said the club would need to raise around 25 million euros from player sales before the end of the January transfer window to stay within the league's spending limits, and did not rule out selling captain and Spain under-21 midfielder Aitor Lekuona.

"Nobody is untouchable when you are in this situation. That is the reality of football in Spain today," he said.

A source close to the board said talks had already taken place with at least two Premier League clubs over Lekuona, 21, who has a release clause of 80 million euros. "There is interest, serious interest, but nothing at the level of the clause," the source said.

Construction of the 38,000-seat Estadio del Arga, which replaced the club's 1960s ground on the same site, ran 14 months late and ended up costing 196 million euros against an initial budget of 140 million.

Marta Iribarren, a sports finance analyst at Madrid-based consultancy Quorum Deportivo, said the club had been "caught at the worst possible moment" by rising material and energy prices.

"Stadium projects that were signed off in 2019 and 2020 were priced in a different world," Iribarren said. "The clubs that are in trouble now are the ones that did not have a cushion of player sales or a wealthy owner behind them."

Supporters' group Pena Irrintzi, which has organised protests against the board since the summer, called for Zabaleta and club president Javier Mendiluce to resign.

"They promised us a stadium that would pay for itself. Now they are talking about selling our best player to pay the bank," the group said on its website.

Navarra are 14th in La Liga with nine points from nine matches.

($1 = 0.9190 euros)

(Reporting by Daniel Ferrer; Editing by Helen Marsh)
""",
        [
            ("We are not hiding from", "Inigo Zabaleta"),
            ("But the stadium is an", "Inigo Zabaleta"),
            ("fully solvent and able to", "Real Navarra Sport"),
            ("Nobody is untouchable when you", "Inigo Zabaleta"),
            ("There is interest, serious interest", "source close to the board"),
            ("caught at the worst possible", "Marta Iribarren"),
            ("Stadium projects that were signed", "Marta Iribarren"),
            ("The clubs that are in", "Marta Iribarren"),
            ("They promised us a stadium", "Pena Irrintzi"),
        ],
    ),
    (
        """Fans march against Portuguese club's planned sale to US fund

By TERESA MOURA
Associated Press

LISBON, Portugal (AP) — Thousands of supporters of Portuguese club Futebol Clube Marinhense marched through the center of Vila Marinha on Sunday to protest the planned sale of a majority stake in the club to a U.S. investment fund, letting off flares outside the stadium.

The Public Security Police said about 6,000 people took part in the march from the town hall to the Estadio Dr. Fausto Lemos, where the Primeira Liga team was due to play later in the day. Two people were detained after a window at the club shop was smashed, police said.

"The demonstration was peaceful for almost all of its route," the police said in a statement. "The intervention of officers was limited to a small group at the end."

Marinhense's board agreed last month to sell 70% of the club's professional soccer company to New York-based Harbor Ridge Capital for a reported 48 million euros ($52 million), in a deal that must be approved by members at a general assembly on Nov. 9.

"This club belongs to the people of this town, not to a fund in New York that can't find us on a map," said Carla Pestana, a 43-year-old nurse who has had a season ticket for 25 years. "My grandfather helped build that stand with his own hands."

Club president Rui Albergaria, who was elected in 2021, has defended the deal as the only way to clear debts of about 90 million euros that have led to months of late wages for players and staff.

In a message published on the club's website on Saturday, Albergaria wrote that he understood "the emotion of our members" but that the alternative was "insolvency, relegation and perhaps the disappearance of the club."

"I did not come here to sell Marinhense. I came here to save it," he wrote. "The numbers do not lie, even if some people prefer not to look at them."

The supporters' group that organized the march, Marinhenses Unidos, said the board had not shown members the full terms of the agreement and accused Albergaria of rushing the vote.

"We are not against investment. We are against secrecy," the group's spokesman, Tiago Bernardes, said through a megaphone as the march reached the stadium. "Show us the contract, and then we will vote."

Harbor Ridge Capital said in an emailed statement that it was "committed to respecting the history and identity" of the club and planned to invest in its youth academy and stadium.

"We understand that change can be difficult for supporters, and we look forward to meeting with them," the statement said.

Vila Marinha Mayor Helena Vasconcelos, whose municipality owns the land under the stadium, told local radio station Radio Costa Azul that she would not approve any change of use of the site without "absolute guarantees that the team stays here."

Marinhense are 11th in the 18-team league.
""",
        [
            ("The demonstration was peaceful for", "Public Security Police"),
            ("The intervention of officers was", "Public Security Police"),
            ("This club belongs to the", "Carla Pestana"),
            ("My grandfather helped build that", "Carla Pestana"),
            ("the emotion of our members", "Rui Albergaria"),
            ("insolvency, relegation and perhaps the", "Rui Albergaria"),
            ("I did not come here", "Rui Albergaria"),
            ("The numbers do not lie,", "Rui Albergaria"),
            ("We are not against investment.", "Tiago Bernardes"),
            ("Show us the contract, and", "Tiago Bernardes"),
            ("committed to respecting the history", "Harbor Ridge Capital"),
            ("We understand that change can", "Harbor Ridge Capital"),
            ("absolute guarantees that the team", "Helena Vasconcelos"),
        ],
    ),
    (
        """Trevalle stadium plan approved after 11-hour council debate

Club says work to start in 2025, fans split over move out of town

(ANSA) - TREVALLE, JULY 18 - Trevalle city council on Thursday gave the green light to AC Trevalle's plan for a new 32,000-seat stadium on the outskirts of the Veneto city after an 11-hour debate that ran into the early hours.

The project, valued at some 260 million euros, will see the Serie A club leave the Stadio Comunale Angelo Rizzardi, its home since 1931, for a site next to the A4 motorway that will also include a hotel, a shopping centre and offices.

The motion passed by 21 votes to 12, with two abstentions.

"This is a historic day for Trevalle and for sport in our region," said Mayor Federica Lanzoni after the vote. "We have waited almost 20 years for a decision, and tonight we finally have one".

AC Trevalle president Massimo Dal Bo', whose family has owned the club since 2008, thanked councillors and said the club hoped to start work "in the first half of 2025" and to play its first game at the new ground in the 2028-29 season.

"The new stadium is not a luxury, it is a necessity," Dal Bo' said. "Without it we cannot compete with the big clubs on revenues, and without revenues we cannot compete on the pitch".

The Comunale, which is owned by the city, currently generates around nine million euros a year in matchday income for the club, less than a third of what the Dal Bo' family expects from the new venue.

Opposition councillors said the agreement gave too much to the club and too little to the city.

"We are giving away public land to build a shopping centre with a football pitch attached," said Greens councillor Paolo Venturin, who voted against. He said the party would ask the regional administrative court, TAR Veneto, to review the decision.

Supporters are also divided. The Curva Sud ultras group "Brigata Rossoblu'" said in a statement posted outside the Comunale that the old stadium was "the heart of the city and of our history".

"You can move the team but you cannot move the memories," the statement said.

Other fan groups, including the official supporters' federation, backed the plan. "If we want to see Trevalle in Europe again we need a modern stadium, it's that simple," federation president Giorgio Sartor told ANSA.

The city will keep ownership of the Comunale, which it plans to turn into a public park with a smaller arena for youth and women's football.

In a note, the council said the redevelopment would "give back to the neighbourhood a green space it has been asking for since the 1990s".

ALL RIGHTS RESERVED (C) Copyright ANSA
""",
        [
            ("This is a historic day", "Federica Lanzoni"),
            ("We have waited almost 20", "Federica Lanzoni"),
            ("in the first half of", "Massimo Dal Bo'"),
            ("The new stadium is not", "Massimo Dal Bo'"),
            ("Without it we cannot compete", "Massimo Dal Bo'"),
            ("We are giving away public", "Paolo Venturin"),
            ("the heart of the city", "Brigata Rossoblu'"),
            ("You can move the team", "Brigata Rossoblu'"),
            ("If we want to see", "Giorgio Sartor"),
            ("give back to the neighbourhood", "Trevalle city council"),
        ],
    ),
    (
        """Nico Balaguer: Why Alhambra are ready to listen to offers – and who is watching

By Marta Quintero and Daniel Whitcombe

CD Alhambra have opened the door to selling Nico Balaguer this summer, with at least three Premier League clubs monitoring the 20-year-old winger and the Granada club facing a shortfall of around €30million (£25.7m; $32.5m) in next season’s budget.

Balaguer, who came through Alhambra’s academy and has scored nine La Liga goals this season, has a release clause of €60m. Alhambra do not expect anyone to pay it in full, but are prepared to negotiate for a fee above €40m, according to sources with knowledge of the club’s thinking, who, like others in this article, spoke anonymously to protect relationships.

“We don’t want to sell him, but we’re not in a position to say no to everything,” one senior figure at the club said. “If the right offer comes, we have to listen. That’s the reality for a club like ours.”

The financial picture explains why. Alhambra’s wage bill has almost doubled since promotion in 2022, and the club took on a €45m loan last year to fund the first phase of the redevelopment of the Estadio de la Vega, which is due to increase capacity from 19,000 to 28,000 by 2027.

Balaguer’s agent, Ernesto Villalba, has spoken to two Premier League clubs, and a third has sent scouts to each of Alhambra’s last four home matches.

Villalba would not discuss specific clubs when contacted by The Athletic, but said: “Nico is calm. He is happy in Granada, and he will only leave for a project where he is going to play, not to sit on the bench in England.”

Alhambra head coach Raúl Menéndez was asked about the player’s future at his pre-match press conference on Friday and said he was “not worried at all” by the speculation.

“Nico is 20 years old, he is playing every week, he is the best version of himself right now,” Menéndez said.

“Of course I want him to stay. Every coach wants to keep his best players. But I have been in football long enough to know that these decisions are not always taken by the coach.”

There is some scepticism elsewhere about the valuation. An executive at one Premier League club that has studied Balaguer closely described him as “talented but not yet a €50m player”, adding that his defensive work would need to improve for him to succeed in England.

Balaguer himself has said little publicly. After last weekend’s 2-1 win, he told reporters in the mixed zone that he was “only thinking about finishing the season well” with Alhambra.

Sporting director Ana Ruiz-Larrea struck a similar tone at a supporters’ forum last month, telling fans that the club “will never sell for the sake of selling”. But she also said the board had a duty to be “responsible with the club’s future”, a line widely read as preparing the ground for a sale.
""",
        [
            ("We don’t want to sell", "senior figure at the club"),
            ("If the right offer comes,", "senior figure at the club"),
            ("Nico is calm. He is", "Ernesto Villalba"),
            ("not worried at all", "Raúl Menéndez"),
            ("Nico is 20 years old,", "Raúl Menéndez"),
            ("Of course I want him", "Raúl Menéndez"),
            ("talented but not yet a", "executive at one Premier League club"),
            ("only thinking about finishing the", "Nico Balaguer"),
            ("will never sell for the", "Ana Ruiz-Larrea"),
            ("responsible with the club’s future", "Ana Ruiz-Larrea"),
        ],
    ),
    (
        """Salento Calcio sign Portugal striker Tomás Gouveia for club-record fee

Serie A side Salento Calcio have signed Portugal forward Tomás Gouveia from CD Alvorada for a club-record fee of 22m euros (£18.8m).

The 24-year-old, who scored 19 goals in the Primeira Liga last season, has agreed a five-year contract with the option of a further year.

"I spoke with the coach many times before making my decision and he convinced me that this is the right place for me," Gouveia told the club's website.

"Italian football is tactical and demanding, and I think it will make me a more complete striker."

Salento, who finished 12th last season, had two bids rejected earlier in the window before an agreement was reached on Tuesday. Alvorada will also receive 15% of any future transfer fee.

Alvorada president Fernando Lacerda said the money would allow the Leiria club to "finish the renovation of our training centre without borrowing a single euro".

"Tomás is a son of this club and it hurts to see him go," Lacerda said in a statement. "But we have to think about Alvorada in 10 years, not only about next Saturday."

The deal ends a saga that has run for most of the summer. Salento sporting director Enrico Palmisano described Alvorada's original asking price of 30m euros as "out of the market" in an interview with local newspaper Il Corriere del Tacco last month.

Speaking at the club's training ground on Wednesday, Palmisano said: "Negotiations were long but always respectful. Both clubs wanted the deal - it was only a question of finding the right number."

Head coach Stefano Ruggeri, who worked with Gouveia for two seasons at Alvorada before moving to Italy in 2023, said last week that he wanted "a number nine who can score 15 goals" and that the club had "only one name" at the top of its list.

Salento's main supporters' group, Curva Nord Salento, welcomed the signing on social media, writing: "Finally a real striker. Welcome home, Tomás."

Gouveia, who completed a medical on Monday, could make his debut in Sunday's home game.
""",
        [
            ("I spoke with the coach", "Tomás Gouveia"),
            ("Italian football is tactical and", "Tomás Gouveia"),
            ("finish the renovation of our", "Fernando Lacerda"),
            ("Tomás is a son of", "Fernando Lacerda"),
            ("But we have to think", "Fernando Lacerda"),
            ("out of the market", "Enrico Palmisano"),
            ("Negotiations were long but always", "Enrico Palmisano"),
            ("a number nine who can", "Stefano Ruggeri"),
            ("only one name", "Stefano Ruggeri"),
            ("Finally a real striker.", "Curva Nord Salento"),
        ],
    ),
    (
        """Portuguese police raid Estrela do Tejo in transfer fraud probe

Lisbon (AFP) - Portuguese police on Tuesday searched the headquarters and stadium of top-flight club Sport Clube Estrela do Tejo as part of an investigation into suspected tax fraud and money laundering linked to player transfers, prosecutors said.

The Public Prosecutor's Office said in a statement that 34 searches had been carried out in Lisbon, Setubal and Porto, including at the homes of several club directors and two football agents, and that the inquiry concerned transfers "carried out between 2019 and 2023 involving sums of more than 40 million euros".

"There are strong indications that part of the amounts paid in commissions was returned to club officials through companies based abroad," the statement said.

No arrests have been made, it added.

Estrela confirmed the searches in a short statement on its website, saying it was "cooperating fully with the authorities" and was "confident that the investigation will demonstrate the legality of all operations carried out".

Club president Armando Sequeira, a former member of parliament who has led the Lisbon club since 2017, told reporters outside the stadium that he had "nothing to hide".

"I have been in football for 30 years. They can look at every contract, every invoice, every email," he said. "What I will not accept is that the name of Estrela is dragged through the mud before anyone has been charged with anything."

The investigation comes at a difficult time for Estrela, which reported a loss of 27 million euros last season and was barred by FIFA in January from registering new players until it settles debts with two foreign clubs over unpaid transfer instalments.

A lawyer for one of the agents told AFP on condition of anonymity that his client had "done nothing more than any agent does in any transfer in Europe".

The club's biggest supporters' group, Juventude Estrelista, demanded "total transparency, starting today" from the board and announced a protest outside the stadium before Sunday's home match.

"We have been asking questions about these transfers for two years and nobody answered. Maybe now someone will," the group's leader Bruno Casimiro told AFP.

Portuguese football has been shaken by a series of judicial investigations in recent years into transfers, match-fixing and the financing of clubs, several of which are still before the courts.

jbr/dhw
""",
        [
            ("carried out between 2019 and", "Public Prosecutor's Office"),
            ("There are strong indications that", "Public Prosecutor's Office"),
            ("cooperating fully with the authorities", "Sport Clube Estrela do Tejo"),
            ("confident that the investigation will", "Sport Clube Estrela do Tejo"),
            ("nothing to hide", "Armando Sequeira"),
            ("I have been in football", "Armando Sequeira"),
            ("What I will not accept", "Armando Sequeira"),
            ("done nothing more than any", "lawyer for one of the agents"),
            ("total transparency, starting today", "Juventude Estrelista"),
            ("We have been asking questions", "Bruno Casimiro"),
        ],
    ),
    (
        """Ferrante: 'Tiberina promised me a different transfer window'

By Football Italia staff

Tiberina Coach Marco Ferrante admits "this is not the market we discussed in May" and warns that "you cannot keep selling your best players and expect to improve."

The Verdeblu sold captain Emanuele Pirrone to a Saudi Pro League club for €35m and centre-back Jonas Hedlund to the Bundesliga for €18m this summer, bringing in three players on loan and one permanent signing, 19-year-old Uruguayan midfielder Facundo Olivera.

The club's latest accounts showed a loss of €48m for the 2023-24 financial year, and President Roberto Santacroce said in July that sales were necessary to comply with UEFA's squad cost rules.

"I'll be honest, because I've always been honest with the fans," Ferrante told reporters at his pre-match press conference ahead of Sunday's derby. "Tiberina promised me a different transfer window, I won't hide that.

"When I signed my contract in May, we spoke about a team that would fight for Europe. We spoke about keeping the spine of the team. Today the spine has gone.

"I'm not saying I want to leave. I'm saying that the President and I need to sit down and understand where we are going."

Asked whether he expected further arrivals before Friday's deadline, he replied: "The sporting director is working, I know that. But the names I asked for in June are still the same names, and none of them has arrived."

Santacroce responded hours later in an interview with Radio Tevere Sport.

"Marco has every right to say what he thinks, but the club has to balance the books," the President said. "Nobody sold Pirrone for fun. Without that sale, we would have had problems registering the squad in January."

He added that the club's planned new stadium at Ponte Galeria "is proceeding as planned" and would transform the club's revenues "within four or five years".

According to Il Corriere Tiberino, relations between Ferrante and sporting director Fabio Lattanzi have deteriorated in recent weeks, but a source close to the dressing room told the newspaper the squad were "behind the Coach, one hundred per cent".

Tiberina have four points from their opening three Serie A games.
""",
        [
            ("Tiberina promised me a different", "Marco Ferrante"),
            ("this is not the market", "Marco Ferrante"),
            ("you cannot keep selling your", "Marco Ferrante"),
            ("I'll be honest, because I've", "Marco Ferrante"),
            ("Tiberina promised me a different", "Marco Ferrante"),
            ("When I signed my contract", "Marco Ferrante"),
            ("I'm not saying I want", "Marco Ferrante"),
            ("The sporting director is working,", "Marco Ferrante"),
            ("Marco has every right to", "Roberto Santacroce"),
            ("Nobody sold Pirrone for fun.", "Roberto Santacroce"),
            ("is proceeding as planned", "Roberto Santacroce"),
            ("within four or five years", "Roberto Santacroce"),
            ("behind the Coach, one hundred", "source close to the dressing room"),
        ],
    ),
    (
        """‘They’re pricing out the people who built this club’: Mediterráneo fans stage walkout

Thousands leave the Estadio de la Marina in the 19th minute in protest at season-ticket rises and a naming-rights deal

Clara Ibarguren in Castellnou del Mar

For 18 minutes on Saturday evening, the Estadio de la Marina was as loud as it has been all season. Then, as the clock ticked into the 19th minute – a nod to the year the club was founded, 1919 – around 9,000 supporters stood, turned their backs on the pitch and walked out, leaving whole sections of the ground empty as Real Club Deportivo Mediterráneo slipped to a 2-0 home defeat.

The protest, organised by the supporters’ platform Marea Blanquiazul, was the biggest yet in a dispute over the club’s decision to raise season-ticket prices by an average of 38% and to sell the naming rights to its 1923 stadium to a Dubai-based logistics company.

“They’re pricing out the people who built this club,” said Montse Ferrer, 61, who has held a season ticket since 1979 and left with her son and granddaughter. “My father brought me here. I brought my son. I don’t know if I’ll be able to bring her next year.”

Marea Blanquiazul’s spokesman, Pau Llorens, said the walkout was “just the beginning”. “We’re not going to stop coming, because this is our club, not theirs,” he said. “But we’ll keep leaving in the 19th minute until somebody in the offices listens to us.”

The club insist the increases are unavoidable. In a statement released before kick-off, Mediterráneo said the rises would help fund its “Horizonte 2030” plan to renovate the stadium, and that 40% of season-ticket holders would face increases of less than 10%.

“The club understands the concerns of its members and remains open to dialogue,” the statement said. “But we also have a responsibility to ensure that Mediterráneo can compete at the highest level for many years to come.”

The naming-rights deal, worth a reported €6m a season, was “a last resort”, according to one board member. Supporters fear the club is being reshaped around “premium” customers.

Much of the anger is directed at the chief executive, Alejandro Soriano-Vidal, a former investment banker appointed last year by majority shareholder Grupo Levantia.

Speaking after the match, Soriano-Vidal said he respected the protest but that the club had been “living beyond its means for a decade”.

“I didn’t come here to make friends. I came here to make sure this club still exists in 10 years,” he said. “Some of the people protesting today will thank us when they see the stadium finished.”

Núria Camps, the city’s deputy mayor for sport, told the Guardian that the council would “not sign off on anything without hearing from the supporters”.

“The stadium is part of this city’s identity, not just a business asset,” she said.

Marea Blanquiazul say the walkouts will continue at every home game until the club agrees to freeze prices.
""",
        [
            ("They’re pricing out the people", "Montse Ferrer"),
            ("They’re pricing out the people", "Montse Ferrer"),
            ("My father brought me here.", "Montse Ferrer"),
            ("just the beginning", "Pau Llorens"),
            ("We’re not going to stop", "Pau Llorens"),
            ("But we’ll keep leaving in", "Pau Llorens"),
            ("The club understands the concerns", "Real Club Deportivo Mediterráneo"),
            ("But we also have a", "Real Club Deportivo Mediterráneo"),
            ("a last resort", "board member"),
            ("living beyond its means for", "Alejandro Soriano-Vidal"),
            ("I didn’t come here to", "Alejandro Soriano-Vidal"),
            ("Some of the people protesting", "Alejandro Soriano-Vidal"),
            ("not sign off on anything", "Núria Camps"),
            ("The stadium is part of", "Núria Camps"),
        ],
    ),
]
