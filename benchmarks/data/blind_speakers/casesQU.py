CASES = [
    (
        """Bolivia opposition candidate leads tight run-off count, ruling party cries foul

By Mariana Quispe and Daniel Ferreyra

LA PAZ, Oct 20 (Reuters) - Centrist challenger Rodrigo Salvatierra held a narrow lead in Bolivia's presidential run-off on Sunday with nearly 80% of votes counted, while the ruling party's candidate refused to concede and accused electoral authorities of "hiding ballots from the countryside."

Salvatierra, a 52-year-old former mayor of the eastern city of Villa Montero, had 51.3% of valid votes against 48.7% for former economy minister Gladys Mamani Condori, according to preliminary results published by the Supreme Electoral Tribunal.

"Bolivians have voted for change, and we will not let anyone steal that change at a desk," Salvatierra told cheering supporters from a hotel balcony in central La Paz. "We ask everyone to stay calm and to wait for every last vote."

Mamani, who campaigned on preserving fuel subsidies and state control of the lithium industry, told reporters at her party's headquarters that tally sheets from at least four highland provinces had not yet been uploaded to the system.

"The countryside has not been counted. When it is counted, this result will change," she said. "We will defend every vote, in the streets if necessary."

The tribunal said in a statement late on Sunday that the delay reflected "the logistical challenges of transporting electoral material from remote areas" and urged both campaigns to "respect the institutional process."

Its president, Hernán Vaca Guzmán, said the official count would likely conclude by Wednesday. "There is no hidden ballot box. Every tally sheet is photographed and published online for any citizen to check," Vaca said.

Observers from the Andean Electoral Observation Network said voting had been largely peaceful. A member of the observer mission, who asked not to be named because the group had not yet issued its preliminary report, described the pace of the count as "slow but not unusual for a country with Bolivia's geography."

Investors are likely to cheer a Salvatierra win. Bolivia's dollar bonds rallied last week as polls tightened, and analysts expect a new government to seek an external financing program to ease a chronic shortage of U.S. dollars that has left importers queuing at banks and drivers waiting hours for diesel.

"A Salvatierra victory would be read as a clear signal that fiscal adjustment is coming," said Lucía Benavides, Andean sovereign analyst at Cordillera Capital in New York. "But he will govern with a fragmented Congress, and that makes the first 100 days critical."

Turnout was about 86%, the tribunal said. Voting is mandatory in Bolivia.

(Reporting by Mariana Quispe in La Paz and Daniel Ferreyra in Buenos Aires; Editing by Paul Whitcombe)""",
        [
            ("hiding ballots from the countryside", "Gladys Mamani Condori"),
            ("Bolivians have voted for change,", "Rodrigo Salvatierra"),
            ("We ask everyone to stay", "Rodrigo Salvatierra"),
            ("The countryside has not been", "Gladys Mamani Condori"),
            ("We will defend every vote,", "Gladys Mamani Condori"),
            ("the logistical challenges of transporting", "Supreme Electoral Tribunal"),
            ("respect the institutional process.", "Supreme Electoral Tribunal"),
            ("There is no hidden ballot", "Hernán Vaca Guzmán"),
            ("slow but not unusual for", "member of the observer mission"),
            ("A Salvatierra victory would be", "Lucía Benavides"),
            ("But he will govern with", "Lucía Benavides"),
        ],
    ),
    (
        """Workers at Chile's Cerro Alto Copper Mine Vote to Strike Over Bonus

By Valentina Rojas Meza

(Bloomberg) -- Unionized workers at Cerro Alto, one of Chile's largest copper mines, voted to strike after rejecting the company's final wage offer, threatening output from a market where supplies are already tight.

About 94% of the roughly 2,300 members of the mine's main union backed the walkout, union president Jorge Saavedra said in a phone interview on Thursday. The strike could begin as early as Monday unless either side requests five days of government-mediated talks, a step allowed under Chilean labor law.

"The company had its best year in a decade and it is offering us crumbs," Saavedra said. "Our members are not asking for anything extraordinary. They are asking for a fair share of what they produced."

Minera Cerro Alto, which is majority-owned by Toronto-listed Austral Copper Corp., said in a statement that its offer included a signing bonus of 22 million pesos ($23,400) per worker and was "among the most competitive in the industry." The company said it would "use all available legal mechanisms" to keep operating, including requesting mediation.

"We remain open to dialogue," Andrea Fuenzalida, Cerro Alto's vice president for corporate affairs, said in an emailed response to questions. "Our priority is to reach an agreement that is sustainable both for the workers and for the long-term future of the operation."

Cerro Alto, located in the Atacama Desert near the town of Pozo Verde, produced 412,000 metric tons of copper last year, or about 8% of Chile's output. The mine has been hit by stoppages twice in the past five years, including a 38-day strike that ended with the company agreeing to a larger bonus.

Copper for three-month delivery rose as much as 1.2% on the London Metal Exchange after the vote, before paring gains.

"Any disruption at a mine of this size gets priced in quickly, because there's very little spare capacity in the system right now," said Tomás Herrera, a metals strategist at Quillota Partners in Santiago. He added that a stoppage of two weeks or less would probably be "absorbed by existing inventories at smelters," but that a prolonged strike could tighten the concentrate market into next year.

Labor Minister Carolina Ibáñez told Radio Andina that the government was following the negotiation closely and had spoken with both sides. Both the company and the union have "a responsibility to the region and to the country," she said.

Austral Copper shares fell 2.8% in Toronto on Thursday. The company has said it expects Cerro Alto to produce between 395,000 and 420,000 tons this year.""",
        [
            ("The company had its best", "Jorge Saavedra"),
            ("Our members are not asking", "Jorge Saavedra"),
            ("among the most competitive in", "Minera Cerro Alto"),
            ("use all available legal mechanisms", "Minera Cerro Alto"),
            ("We remain open to dialogue,", "Andrea Fuenzalida"),
            ("Our priority is to reach", "Andrea Fuenzalida"),
            ("Any disruption at a mine", "Tomás Herrera"),
            ("absorbed by existing inventories at", "Tomás Herrera"),
            ("a responsibility to the region", "Carolina Ibáñez"),
        ],
    ),
    (
        """Colombia central bank holds rate at 9.25% in split vote, surprising markets

By Julián Patiño

BOGOTA, March 28 (Reuters) - Colombia's central bank unexpectedly held its benchmark interest rate at 9.25% on Friday in a split decision, as policymakers weighed stubborn services inflation against a slowing economy.

Four of the seven board members voted to keep the rate unchanged, while three favored a 25-basis-point cut, bank governor Esteban Carvajal told a news conference after the meeting. Fourteen of 22 analysts polled by Reuters had expected a cut.

"The board considers that the balance of risks does not yet allow us to continue easing," Carvajal said. "Inflation expectations have moved in the wrong direction in recent months, and we have to be prudent."

Annual consumer price inflation stood at 5.6% in February, well above the bank's 3% target, with rents, utilities and restaurant prices rising faster than economists had forecast.

Finance Minister Ricardo Olaya, who sits on the board and has publicly pressed for lower borrowing costs, voted for a cut, Carvajal said. In a post on social media after the decision, Olaya wrote that the bank was "ignoring the signals of a cooling economy" and that households and small businesses would "pay the price of excessive caution."

In its statement, the central bank said the decision was consistent with "bringing inflation to the 3% target within the policy horizon" and noted that the government's fiscal position remained "a source of uncertainty for the inflation outlook."

Carvajal declined to say whether the pause would be extended. Asked whether the easing cycle was over, he said: "We are not in a position to give forward guidance. Each meeting will depend on the data."

Economists were divided on what comes next.

"This is a hawkish surprise, but we don't think it's the end of the easing cycle," said Camila Restrepo, chief economist at Banco Meridiano in Bogota. "We still see the rate at 8.25% by year-end, though the path is now clearly slower and more uncertain."

Another analyst, who spoke on condition of anonymity because his firm does not allow him to comment publicly on monetary policy, said the split vote reflected "growing political pressure on the board" ahead of next year's congressional and presidential elections.

The peso strengthened 0.8% against the dollar after the decision, while yields on local-currency government bonds due 2033 rose 12 basis points.

The board's next monetary policy meeting is scheduled for April 30.

(Reporting by Julián Patiño; Additional reporting by Sofía Lozano; Editing by Mark Henley)""",
        [
            ("The board considers that the", "Esteban Carvajal"),
            ("Inflation expectations have moved in", "Esteban Carvajal"),
            ("ignoring the signals of a", "Ricardo Olaya"),
            ("pay the price of excessive", "Ricardo Olaya"),
            ("bringing inflation to the 3%", "Colombia's central bank"),
            ("a source of uncertainty for", "Colombia's central bank"),
            ("We are not in a", "Esteban Carvajal"),
            ("This is a hawkish surprise,", "Camila Restrepo"),
            ("We still see the rate", "Camila Restrepo"),
            ("growing political pressure on the", "analyst"),
        ],
    ),
    (
        """Ecuador protesters block highways as fuel protests enter second week

By ANDRÉS CEVALLOS Associated Press

QUITO, Ecuador (AP) — Thousands of Indigenous protesters blocked highways across Ecuador’s central highlands on Monday as demonstrations against a sharp rise in diesel prices entered their second week, and the government said it was ready to talk but would not reverse the measure.

Police fired tear gas at demonstrators who tried to march toward the National Assembly in Quito, and at least 14 people were detained, according to the Interior Ministry. A human rights group said two protesters were hospitalized.

“We are not going to go home until the decree is repealed,” said Amaru Chicaiza, president of the Confederation of Highland Indigenous Peoples, which called the national strike. “Every time diesel goes up, it is the farmer who pays, the one who brings potatoes to the market, the one who drives the children to school.”

The government of President Mauricio Egas ended a subsidy this month that had kept diesel at about $1.75 a gallon, saying it cost the state more than $1 billion a year and mostly benefited smugglers and large companies.

Government spokeswoman Daniela Proaño told reporters the administration had offered cash transfers to 400,000 poor families to offset the increase.

“The door to dialogue is open. What we will not accept is violence and the blocking of roads that prevents food and medicine from reaching people,” she said.

In San Isidro de Pangua, a farming town about 90 kilometers (55 miles) south of the capital, protesters felled trees across the Pan-American Highway and set tires on fire. Truck driver Luis Tenorio, stuck in a line of vehicles for more than a day, said he supported the protesters’ demands but not their tactics.

“I understand them, diesel hurts me too,” Tenorio said. “But I have a load of milk that is going to spoil, and nobody is going to pay me for that.”

The Andean Human Rights Observatory said in a statement that security forces had used “disproportionate force against unarmed demonstrators” and called on the government to “guarantee the right to peaceful protest.”

Interior Minister Felipe Arboleda rejected the accusation. He told a local television channel that police had acted “with restraint and in strict compliance with protocols,” and said some protesters had attacked officers with rocks and fireworks.

Ecuador’s Indigenous movement has a long history of mass mobilizations over fuel prices, and previous protests have forced governments to back down or negotiate.

“This is the first big test for Egas,” said Santiago Naranjo, a political scientist at the Universidad Andina del Norte. “If the blockades spread to the coast and start to affect banana and shrimp exports, the pressure to negotiate will become very hard to resist.”""",
        [
            ("We are not going to", "Amaru Chicaiza"),
            ("Every time diesel goes up,", "Amaru Chicaiza"),
            ("The door to dialogue is", "Daniela Proaño"),
            ("I understand them, diesel hurts", "Luis Tenorio"),
            ("But I have a load", "Luis Tenorio"),
            ("disproportionate force against unarmed demonstrators", "Andean Human Rights Observatory"),
            ("guarantee the right to peaceful", "Andean Human Rights Observatory"),
            ("with restraint and in strict", "Felipe Arboleda"),
            ("This is the first big", "Santiago Naranjo"),
            ("If the blockades spread to", "Santiago Naranjo"),
        ],
    ),
    (
        """Argentina lithium project wins environmental permit despite Indigenous objections

By Lucinda Elías

BUENOS AIRES, June 12 (Reuters) - Altiplano Lithium Ltd said on Wednesday its Pozuelos Altos project in northern Argentina had received environmental approval from provincial authorities, clearing the way for construction of a $780 million plant that nearby Indigenous communities say threatens scarce water supplies.

The Sydney-listed company said the permit covered a first phase of 25,000 metric tons per year of battery-grade lithium carbonate and that it expected to make a final investment decision "before the end of the third quarter."

"This approval is the result of more than four years of technical studies and consultation with the communities of the basin," Chief Executive Martin Kessler said in a statement. "We are confident Pozuelos Altos will set a new standard for responsible lithium production in the region."

Leaders of six Kolla communities around the salt flat said they had not been properly consulted and would challenge the permit in court.

"They held meetings, yes, but meetings are not consultation," said Rosa Vilte, a spokeswoman for the communities, speaking by telephone from the village of Santa Rosa de los Pastos. "Nobody explained to us how much water they are going to take out of the salar, or what happens to our pastures and our animals when the water table drops.

"We are not against development. We are against being told about it afterwards."

Provincial Mining Secretary Julio Arancibia told Reuters the approval included "more than 80 conditions," among them continuous monitoring of groundwater levels, and that the province would suspend operations if agreed limits were exceeded.

"Nobody is going to dry up the Puna," Arancibia said. "The province has learned from other projects, and the controls this time are much stricter."

Argentina, which sits with Chile and Bolivia in the so-called "lithium triangle," has attracted billions of dollars in investment in recent years as automakers race to secure supplies of the battery metal. But projects have repeatedly run into opposition from communities that depend on the high-altitude wetlands for herding and small-scale farming.

An independent hydrologist who reviewed the company's environmental impact study at the request of the communities said its groundwater model "underestimates the connection between the brine and the freshwater aquifer." The hydrologist asked not to be identified for fear of losing consulting work with mining companies.

Altiplano said in its statement that its direct lithium extraction technology would return most of the processed brine to the salar, reducing water use compared with traditional evaporation ponds.

Shares of Altiplano rose 6.4% in Sydney on Thursday.

(Reporting by Lucinda Elías; Editing by Helen Marsh)""",
        [
            ("before the end of the", "Altiplano Lithium Ltd"),
            ("This approval is the result", "Martin Kessler"),
            ("We are confident Pozuelos Altos", "Martin Kessler"),
            ("They held meetings, yes, but", "Rosa Vilte"),
            ("Nobody explained to us how", "Rosa Vilte"),
            ("We are not against development.", "Rosa Vilte"),
            ("more than 80 conditions,", "Julio Arancibia"),
            ("Nobody is going to dry", "Julio Arancibia"),
            ("The province has learned from", "Julio Arancibia"),
            ("underestimates the connection between the", "independent hydrologist"),
        ],
    ),
    (
        """Both candidates claim victory in tense Honduras vote count

Tegucigalpa (AFP) - Both leading candidates in Honduras' presidential election claimed victory on Monday as a slow count of ballots fuelled tension in the Central American country, where disputed results have sparked deadly unrest in the past.

With 62 percent of polling stations counted, Oscar Membreño of the ruling National Renewal Party had 44.1 percent of the vote against 42.6 percent for opposition candidate Edwin Portillo Zelaya of the Liberty Front, according to the National Electoral Council (CNE).

Portillo, a 47-year-old television presenter turned politician, addressed supporters in Tegucigalpa shortly after midnight: "The numbers we have from our own tally sheets give us an irreversible advantage. We have won the presidency of Honduras."

Membreño hit back hours later on X. "Be patient. Results are not proclaimed by candidates on television, they are proclaimed by the CNE," he wrote.

The council's president, Ana Lucía Bográn, appealed for calm and said the count had slowed because of connection problems at some 1,200 polling stations in remote rural areas.

"We ask the political parties to refrain from declaring themselves winners until the official results are announced," Bográn told a news conference. "The council will not be pressured by anyone."

A notice on the CNE website said the vote transmission system was "functioning normally and securely" and that delays were due to "the verification of tally sheets with inconsistencies."

The Inter-American Democratic Forum, which deployed 80 observers across the country, said in a preliminary statement that the election had been "competitive and largely orderly" but warned against "premature declarations that could erode confidence in the process."

Outside the CNE's headquarters in the capital, several hundred opposition supporters gathered on Monday morning, some waving red flags and others banging pots.

"We're here to take care of the vote, because last time they stole it from us," said Marvin Zepeda, a 34-year-old taxi driver.

A senior official in Membreño's campaign, who asked not to be named, told AFP the party expected its lead to widen as votes from its strongholds in the west of the country were tallied.

"The rural vote is ours. Portillo is celebrating too early," the official said.

Honduras, one of the poorest and most violent countries in the Americas, also elected 128 members of Congress and nearly 300 mayors on Sunday. The winner of the presidential race will take office on January 27 for a four-year term.

Whoever wins will face a stagnant economy, high emigration to the United States and pressure to renew a financing agreement with the International Monetary Fund.

jt/md""",
        [
            ("The numbers we have from", "Edwin Portillo Zelaya"),
            ("Be patient. Results are not", "Oscar Membreño"),
            ("We ask the political parties", "Ana Lucía Bográn"),
            ("The council will not be", "Ana Lucía Bográn"),
            ("functioning normally and securely", "National Electoral Council"),
            ("the verification of tally sheets", "National Electoral Council"),
            ("competitive and largely orderly", "Inter-American Democratic Forum"),
            ("premature declarations that could erode", "Inter-American Democratic Forum"),
            ("We're here to take care", "Marvin Zepeda"),
            ("The rural vote is ours.", "senior official in Membreño's campaign"),
        ],
    ),
    (
        """Brazil Central Banker Says Rate Hikes Near End, Not Over Yet

By Felipe Marques Andrade and Carla Sá Teles

(Bloomberg) -- Brazil’s central bank is close to ending its cycle of interest-rate increases as inflation expectations start to ease, according to director Renata Cavalcanti, who said policymakers would nonetheless keep borrowing costs high “for as long as necessary.”

“We are approaching the end of the adjustment, but approaching the end is not the same as ending,” Cavalcanti, who oversees monetary policy at the bank, said in an interview in São Paulo on Tuesday. “The committee will need to see a more convincing decline in services inflation before it can talk about anything else.”

The bank raised its benchmark Selic rate by half a percentage point to 14.25% last month, its sixth straight increase, and signaled a smaller move at its next meeting in July. Economists surveyed by the central bank expect inflation of 5.1% this year, above the 4.5% upper limit of the target range.

Cavalcanti said the recent rally in the real had helped contain import prices, but she played down its role in the bank’s decisions. “The exchange rate is not a target. It is one of many variables that we follow,” she said.

Her comments come as the government steps up pressure on the central bank. The president’s chief of staff, Marcos Tavares Lins, said last week that rates were “strangling the productive sector” and that the bank should “look at the real economy and not only at spreadsheets.”

Asked about that criticism, Cavalcanti said: “Criticism is part of democracy. Our mandate is to bring inflation to the target, and that is what we will do.”

Two people familiar with the committee’s discussions, who asked not to be identified because the deliberations are private, said some members had argued at the last meeting for a smaller quarter-point increase. One of them said the debate had been “more balanced than the statement suggested.”

Swap rates on contracts due in January 2027 fell 8 basis points after the interview was published, while the real gained 0.4% against the dollar.

“The market read this as a clear signal that the terminal rate is 14.75% at most,” said Gustavo Pereira Nunes, chief economist at Horizonte Asset Management in São Paulo. “It’s the most explicit she has been since joining the board.”

Consumer prices rose 5.3% in the 12 months through May, according to the national statistics agency, with food and electricity costs driving much of the increase.""",
        [
            ("for as long as necessary.", "Renata Cavalcanti"),
            ("We are approaching the end", "Renata Cavalcanti"),
            ("The committee will need to", "Renata Cavalcanti"),
            ("The exchange rate is not", "Renata Cavalcanti"),
            ("strangling the productive sector", "Marcos Tavares Lins"),
            ("look at the real economy", "Marcos Tavares Lins"),
            ("Criticism is part of democracy.", "Renata Cavalcanti"),
            ("more balanced than the statement", "person familiar with the committee’s discussions"),
            ("The market read this as", "Gustavo Pereira Nunes"),
            ("It’s the most explicit she", "Gustavo Pereira Nunes"),
        ],
    ),
    (
        """Two killed as Peru police clash with protesters at Andean gold mine blockade

By Diego Lazarte

LIMA, Sept 4 (Reuters) - Two protesters were killed and at least 19 people injured, including eight police officers, when security forces tried to clear a blockade on the access road to the Huancapampa gold mine in Peru's southern Andes, the country's ombudsman's office said on Thursday.

Residents of several farming communities around the mine, operated by Compañía Minera Andina del Sur, have blocked the road for 23 days, demanding that the company fund a new irrigation reservoir and renegotiate land-use agreements signed in 2009.

The ombudsman's office said in a post on X that it "deeply regrets the loss of human life" and urged the government to open an "immediate and impartial investigation" into the deaths.

Interior Minister Walter Cárdenas Rubio told reporters in Lima that officers had been attacked with slingshots and explosives and had acted "in legitimate self-defense." He said the ministry had opened an internal inquiry.

"The police went in to restore free transit, as the law orders. They were met with dynamite," Cárdenas said. "Nobody wanted this outcome."

A resident of the community of Ccollpa, who asked not to be named for fear of reprisals, told Reuters by telephone that police had fired live rounds as people ran toward the hills. "They were shooting at us from the trucks. We had stones, they had rifles," he said.

A police officer in the regional capital, who was not authorized to speak to the media, said both men had died of gunshot wounds but that it was "too early to say where the shots came from."

The communities have called their protest "Water Before Gold," and painted the slogan on rocks along the road.

Compañía Minera Andina del Sur said it had suspended operations at Huancapampa as a precaution and evacuated non-essential staff.

"The company regrets the violence and reiterates its willingness to resume dialogue with the communities at a table convened by the national government," it said in a statement.

Isidro Huamaní, president of the Ccollpa peasant community and one of the organizers of the blockade, known locally as "El Tayta," said the deaths would not end the protest.

"Today we bury our brothers. Tomorrow we are back on the road," Huamaní said in a video posted on social media. "We have asked for a reservoir for fifteen years. Is that too much?"

Huancapampa produced about 180,000 ounces of gold last year, according to company filings. Social conflicts over water, land and the distribution of mining revenue are common in Peru, one of the world's largest producers of copper, gold and silver, and have repeatedly halted major operations.

(Reporting by Diego Lazarte; Editing by Helen Marsh)""",
        [
            ("deeply regrets the loss of", "ombudsman's office"),
            ("immediate and impartial investigation", "ombudsman's office"),
            ("in legitimate self-defense.", "Walter Cárdenas Rubio"),
            ("The police went in to", "Walter Cárdenas Rubio"),
            ("Nobody wanted this outcome.", "Walter Cárdenas Rubio"),
            ("They were shooting at us", "resident of the community of Ccollpa"),
            ("too early to say where", "police officer in the regional capital"),
            ("The company regrets the violence", "Compañía Minera Andina del Sur"),
            ("Today we bury our brothers.", "Isidro Huamaní"),
            ("We have asked for a", "Isidro Huamaní"),
        ],
    ),
]
