CASES = [
    (
        """Peru protesters block southern highways as anger over diesel price hike spreads

By Diego Salcedo

LIMA, March 14 (Reuters) - Thousands of protesters blocked highways across Peru's southern Altamira region on Thursday, demanding that the government reverse a diesel price increase that farmers and truckers say has pushed them to the brink.

Police fired tear gas to clear a bridge outside the city of San Benito de Quilla, where demonstrators had set tires alight, according to local broadcaster Radio Cumbre. At least 12 people were treated for injuries, the regional health office said.

"We are not criminals, we are people who cannot feed our families," said Teodoro Huamani, a leader of the Altamira Farmers' Federation, speaking by phone from a blockade. "The government raised the price of diesel overnight and did not ask anyone."

Energy and Mines Minister Rosalia Paredes told reporters in Lima the increase was needed to phase out subsidies that cost the state nearly $900 million last year, but said the government remained "open to dialogue with all sectors."

"We will not negotiate under pressure from roadblocks," Paredes said. "But our door is open, and we have invited the federation's leaders to Lima on Monday."

Huamani said the group would not travel to the capital. "If the minister wants to talk, she can come here and look at the empty markets," he said.

The National Confederation of Transport Workers (CONATRA) said in a statement that its members would join the strike from Friday, calling the price rise "an attack on the workers who move this country."

Protests over living costs have flared repeatedly in Peru's poorer southern highlands, where many residents say they have seen little benefit from the mining boom. Dozens of people have died in clashes with security forces during unrest in the region over the past decade.

"The government has very little political capital to spend," said Marisol Aquino, a political analyst at Lima-based consultancy Andes Riesgo. "Every week of blockades costs them more than the subsidy they are trying to save."

The Altamira corridor produces about a fifth of Peru's copper. Minera Cordillera Sur, which operates the region's largest mine, said production was continuing normally but that trucks carrying concentrate had been held up at several points. The company said it was "monitoring the situation closely" and was in contact with authorities.

A senior official at the Interior Ministry, who asked not to be named because he was not authorized to speak publicly, said police reinforcements were being flown to the region. "We have orders to keep the roads open, but also to avoid any deaths," the official said.

(Reporting by Diego Salcedo; Additional reporting by Ana Lucia Ccori in Cusco; Editing by Daniel Whitcombe)""",
        [
            ("We are not criminals, we", "Teodoro Huamani"),
            ("The government raised the price", "Teodoro Huamani"),
            ("open to dialogue with all", "Rosalia Paredes"),
            ("We will not negotiate under", "Rosalia Paredes"),
            ("But our door is open,", "Rosalia Paredes"),
            ("If the minister wants to", "Teodoro Huamani"),
            ("an attack on the workers", "National Confederation of Transport Workers"),
            ("The government has very little", "Marisol Aquino"),
            ("Every week of blockades costs", "Marisol Aquino"),
            ("monitoring the situation closely", "Minera Cordillera Sur"),
            ("We have orders to keep", "senior official at the Interior Ministry"),
        ],
    ),
    (
        """Indigenous marchers reach Colombia's capital after 9-day trek, demand land talks

By LAURA MEJÍA VARGAS Associated Press

BOGOTÁ, Colombia (AP) — Thousands of Indigenous people arrived in Colombia's capital Wednesday after a nine-day march from the southwestern department of Río Claro, filling the Plaza de Bolívar with flags and drums and demanding that the government honor land agreements signed more than a decade ago.

The marchers, many of them carrying the wooden staffs of the Indigenous Guard, say ranchers and sugar cane companies continue to occupy territory that the state promised to return to their reserves.

"We walked 500 kilometers because nobody in Bogotá answers our letters," said Aurelio Pechené, a spokesman for the Regional Indigenous Council of Río Claro, known as CRIRC. "Now they will have to look at us."

Pechené put the group's position plainly: "The land has been ours by title since colonial times. We are not asking for a favor."

Interior Minister Camila Restrepo Ochoa said the government would meet with the council's leaders Thursday morning. Speaking at a news conference, she said the administration had already purchased about 9,000 hectares for the reserves and was "committed to fulfilling every agreement."

"This government has not criminalized social protest and it will not," Restrepo said. "But we also ask that the mobilization remain peaceful."

A government official familiar with the negotiations, who spoke on condition of anonymity because he was not authorized to discuss them publicly, told The Associated Press that budget limits would make it difficult to meet the council's full demand of 40,000 hectares. "The will is there, but the money is not," the official said.

Among the marchers was Lucinda Yatacué, 62, who made the trip with her grandson. "My knees hurt, but he needs a future on that land," she said, resting on the steps of the cathedral.

The march has drawn criticism from cattle ranchers in Río Claro. Fernando Ibargüen Salas, president of the department's ranchers' federation, called it "a pressure tactic" and said farm occupations "cannot be rewarded with land titles."

"We are not against dialogue," Ibargüen said in an interview. "But the law has to apply to everyone.

"When a farm is occupied, the owner loses everything overnight, and the state does nothing."

Colombia's Constitutional Court has repeatedly ordered the state to protect Indigenous territories, but land restitution has moved slowly. The Ombudsman's Office said in a report last year that fewer than a third of the commitments made to Río Claro's communities had been fulfilled.

Police said the march had been peaceful and that no arrests had been made. Organizers said they planned to remain in the square until the talks produced what Pechené called "a signed and dated answer," and that more groups were expected to arrive from the Pacific coast over the weekend.""",
        [
            ("We walked 500 kilometers because", "Aurelio Pechené"),
            ("Now they will have to", "Aurelio Pechené"),
            ("The land has been ours", "Aurelio Pechené"),
            ("committed to fulfilling every agreement", "Camila Restrepo Ochoa"),
            ("This government has not criminalized", "Camila Restrepo Ochoa"),
            ("But we also ask that", "Camila Restrepo Ochoa"),
            ("The will is there, but", "government official familiar with the negotiations"),
            ("My knees hurt, but he", "Lucinda Yatacué"),
            ("a pressure tactic", "Fernando Ibargüen Salas"),
            ("cannot be rewarded with land", "Fernando Ibargüen Salas"),
            ("We are not against dialogue,", "Fernando Ibargüen Salas"),
            ("But the law has to", "Fernando Ibargüen Salas"),
            ("When a farm is occupied,", "Fernando Ibargüen Salas"),
            ("a signed and dated answer", "Aurelio Pechené"),
        ],
    ),
    (
        """Ecuador declares state of emergency in Amazon province after anti-mining protests

Quito (AFP) - Ecuador's government declared a 60-day state of emergency in the Amazonian province of Río Pindo on Monday, deploying troops after a week of protests against a copper mine that left one man dead and dozens injured.

President Ramiro Espinel announced the measure, which suspends the right of assembly and allows the military to support police, in a televised address late Sunday.

"We will not allow a minority to hold the country hostage," Espinel said. "Those who block roads and burn machinery will face the full weight of the law."

Indigenous groups said the decree was an attempt to crush legitimate opposition to the El Caracol mine, which is being developed by a Canadian-Chilean consortium in the foothills of the Andes.

"The state of emergency is a declaration of war against our communities," Nina Tuntuam, president of the Confederation of Amazonian Peoples of Ecuador (CPAE), told AFP by telephone. "We have defended this forest for centuries and we will not leave now."

A 34-year-old farmer, Wilson Chumpi, died on Thursday after being hit in the chest by a tear gas canister during clashes at a bridge near the town of Puerto Yanzatza, according to his family and the CPAE. The interior ministry said the circumstances of his death were under investigation.

Residents of Puerto Yanzatza described night-time raids by police in the days after the clashes.

"They came at night and broke down the doors," said one woman, who asked not to be named for fear of reprisals. "They took my son and nobody has told us where he is."

The Collective Rights Observatory, a Quito-based human rights group, said at least 43 people had been detained since the protests began and denounced what it called an "excessive and disproportionate use of force."

Ecuador's National Police said in a statement on X that officers had acted "within the framework of the law" and that 14 officers had been injured, two of them seriously.

Interior Minister Esteban Villacrés rejected accusations of abuse. "There is no persecution of anyone here. There are arrest warrants issued by judges," he told reporters in Quito.

The consortium, Cobre Andino, has said the project will create 2,500 jobs and has complied with all environmental requirements. In a statement, it said it "respects the right to peaceful protest" but condemned attacks on its installations.

Ecuador has a long history of Indigenous-led protest movements, which have helped topple three presidents since 1997.

Carla Mosquera, a sociologist at the Andean Institute of Social Studies, said the government was taking a risk.

"Espinel is betting that a hard line will play well in the cities," she said. "But every time a government has tried that with the Amazon, it has ended up at the negotiating table."

Talks between the government and the CPAE, mediated by the Catholic Church, are due to begin on Wednesday in the provincial capital, San Miguel de Pindo.""",
        [
            ("We will not allow a", "Ramiro Espinel"),
            ("Those who block roads and", "Ramiro Espinel"),
            ("The state of emergency is", "Nina Tuntuam"),
            ("We have defended this forest", "Nina Tuntuam"),
            ("They came at night and", "woman"),
            ("They took my son and", "woman"),
            ("excessive and disproportionate use of", "Collective Rights Observatory"),
            ("within the framework of the", "National Police"),
            ("There is no persecution of", "Esteban Villacrés"),
            ("respects the right to peaceful", "Cobre Andino"),
            ("Espinel is betting that a", "Carla Mosquera"),
            ("But every time a government", "Carla Mosquera"),
        ],
    ),
    (
        """Argentina Unions Paralyze Transport in Strike Against Spending Cuts

By Tomás Ferreyra

(Bloomberg) -- Argentina’s largest labor federations staged a 24-hour general strike on Wednesday that halted trains, buses and most domestic flights, in the biggest challenge yet to the government’s push to slash public spending.

Streets in central Buenos Aires were largely empty in the morning, and banks, public schools and many shops remained closed. Tens of thousands of people later marched to Congress, where lawmakers are debating a bill that would freeze public-sector wages and cut transfers to provinces.

“Today the country stopped because workers are tired of paying for a crisis they did not create,” Graciela Montaño, secretary general of the Federation of Argentine Workers, told the crowd from a stage outside Congress.

Montaño later said the strike had been “a total success” and warned the government of “a long winter of conflict” if the bill passes the Senate.

The government said the walkout was politically motivated. At his daily press briefing, presidential spokesman Julián Sosa Ferrari said the unions were defending “privileges, not workers.”

“This is a political strike organized by the same people who left the country bankrupt,” Sosa Ferrari said. “The program is not going to change. Argentines voted for order and that is what they are going to get.”

Economy Minister Ricardo Alvear Insúa estimated the strike cost the economy about $1 billion, a figure union leaders disputed.

A senior Economy Ministry official, who asked not to be identified because the discussions are private, said the government was nonetheless studying a one-time bonus for low-income retirees to ease pressure ahead of the Senate vote. “Nobody wants to look like they are giving in, but the numbers allow a small gesture,” the official said.

State-run airline Aerovías del Plata canceled 230 flights, affecting about 27,000 passengers. “We regret the inconvenience to our customers and will rebook them at no cost,” the airline said in a statement.

Investors have so far given the government the benefit of the doubt. Argentine dollar bonds were little changed on Wednesday, and the peso traded steady in the official market.

“Markets are looking at the Senate arithmetic, not at the streets,” said Lucía Berenguer, chief economist at Buenos Aires-based Cono Sur Capital. “As long as the government keeps the votes, a strike like this is noise.”

She added, however, that a prolonged wave of protests could “erode the political coalition that is holding the reform together.”

Police reported scattered incidents near Congress in the late afternoon, when a group of protesters threw stones at officers, who responded with water cannons. The Security Ministry said eight people were arrested.

—With assistance from Manuela Roth.""",
        [
            ("Today the country stopped because", "Graciela Montaño"),
            ("a total success", "Graciela Montaño"),
            ("a long winter of conflict", "Graciela Montaño"),
            ("privileges, not workers", "Julián Sosa Ferrari"),
            ("This is a political strike", "Julián Sosa Ferrari"),
            ("The program is not going", "Julián Sosa Ferrari"),
            ("Nobody wants to look like", "senior Economy Ministry official"),
            ("We regret the inconvenience to", "Aerovías del Plata"),
            ("Markets are looking at the", "Lucía Berenguer"),
            ("As long as the government", "Lucía Berenguer"),
            ("erode the political coalition that", "Lucía Berenguer"),
        ],
    ),
    (
        """Mothers of Mexico's missing march in Veracruz, demand forensic help after new graves found

By RAFAEL CONTRERAS Associated Press

XALAPA, Mexico (AP) — Hundreds of relatives of missing people marched through the Veracruz state capital Saturday carrying photographs of their sons and daughters, days after volunteer searchers found what they believe are at least 30 clandestine graves on a ranch outside the town of San Jerónimo Tecolutla.

The march, led by the search collective Madres en Búsqueda del Golfo, ended in front of the state government palace, where protesters pasted hundreds of "missing" posters on the walls and demanded that authorities send forensic teams to the site.

"We found the graves with our own hands, with sticks and shovels, because nobody else would look," said Evangelina Durán Ortiz, the group's founder, whose son Hugo disappeared in 2019 after being stopped at a police checkpoint. "Now we need the state to do its job and tell us who these people are."

Durán said the collective had waited five days for prosecutors to secure the ranch.

"Every day that passes, the rain and the animals destroy evidence," she said.

"We are not asking for anything extraordinary. We are asking for the law to be followed."

The Veracruz State Prosecutor's Office said in a statement that experts had been sent to the site Thursday and that the remains would be processed "with strict adherence to protocols." It did not say how many bodies had been recovered.

Federal Security Secretary Alfonso Treviño Garza, asked about the discovery at a news conference in Mexico City, said the federal government would provide support but that the investigation belonged to state authorities.

"We are in permanent communication with the prosecutor's office and we will provide whatever it needs," Treviño said.

More than 100,000 people are listed as missing in Mexico, according to the government's national registry, a number that relatives say undercounts the true scale. Search collectives, made up mostly of mothers, have become the main force locating clandestine graves in many states, often at great personal risk.

At least a dozen searchers have been killed in the past five years, according to the Mexico City-based Center for Human Rights Fray Tomás Olvera.

Among the marchers Saturday was Josefina Lara, 58, who has been looking for her daughter Mariela since 2021. She said she had received threats after posting photos of the ranch on social media.

"They told me to stop looking or I would end up in the ground with her," Lara said. "I'm still here. Where else would I go?"

A state police officer guarding the palace entrance, who did not give his name, said he understood the protesters' anger. "Any one of us could be on one of those posters," he said.""",
        [
            ("We found the graves with", "Evangelina Durán Ortiz"),
            ("Now we need the state", "Evangelina Durán Ortiz"),
            ("Every day that passes, the", "Evangelina Durán Ortiz"),
            ("We are not asking for", "Evangelina Durán Ortiz"),
            ("with strict adherence to protocols", "Veracruz State Prosecutor's Office"),
            ("We are in permanent communication", "Alfonso Treviño Garza"),
            ("They told me to stop", "Josefina Lara"),
            ("I'm still here. Where else", "Josefina Lara"),
            ("Any one of us could", "state police officer guarding the palace entrance"),
        ],
    ),
    (
        """Bolivia imposes curfew in eastern city after fuel protests turn violent

By Paola Arancibia

LA PAZ, Aug 5 (Reuters) - Bolivia's government imposed a nighttime curfew in the eastern city of San Ignacio de Moxeño on Tuesday after protesters angry over chronic fuel shortages set fire to a state energy company depot and clashed with police for a second straight day.

Long lines at gas stations have become a fixture of daily life in Bolivia, where a shortage of U.S. dollars has made it harder for the state to import the diesel and gasoline it sells at subsidized prices. Drivers have taken to calling the queues "the second job."

Government Minister Hernán Quiroga Salinas said the curfew, in force from 10 p.m. to 5 a.m., would remain in place "for as long as necessary to restore order." He said 37 people had been arrested.

"What happened yesterday was not a protest. It was a planned act of sabotage," Quiroga told a news conference in La Paz, adding that prosecutors were examining whether opposition politicians had financed the unrest.

Protest leaders rejected the accusation. Rubén Ayala, head of the San Ignacio civic committee, said residents were simply exhausted.

"People have been sleeping in their trucks for three days to buy 20 liters of diesel," Ayala told Reuters by phone. "The harvest is rotting in the fields. Nobody had to pay anyone to be angry."

State energy company Energía Boliviana del Estado (EBE) said in a statement that the fire had destroyed about 180,000 liters of fuel, and that deliveries to the region would resume "within 72 hours, subject to security conditions."

Mariela Suárez, director of the San Ignacio regional hospital, said staff had treated 26 people overnight, two of whom were in critical condition. "Most of them came in with rubber bullet wounds or smoke inhalation," she said.

Bolivia's central bank has burned through most of its liquid foreign reserves over the past three years defending the boliviano's fixed exchange rate and financing fuel imports. The government has ruled out a devaluation and says it is negotiating new credit lines with regional lenders.

"It's a vicious circle. Without dollars there is no fuel, and without fuel the economy that generates dollars stops," said Irene Quispe Mamani, an economist at La Paz-based research group Fundación Horizonte Andino.

She said the government was running out of options short of cutting subsidies, a step that would be politically explosive. "Every government that has touched fuel prices in Bolivia has faced a revolt," Quispe said.

A Western diplomat in La Paz, who spoke on condition of anonymity, said several governments had been approached for emergency financing. "The government is running out of dollars and running out of time," the diplomat said.

By Tuesday afternoon, soldiers were guarding the main gas stations in San Ignacio and most shops had reopened, witnesses said.

(Reporting by Paola Arancibia; Writing by Ignacio Ferrante; Editing by Rosalind Cheng)""",
        [
            ("for as long as necessary", "Hernán Quiroga Salinas"),
            ("What happened yesterday was not", "Hernán Quiroga Salinas"),
            ("People have been sleeping in", "Rubén Ayala"),
            ("The harvest is rotting in", "Rubén Ayala"),
            ("within 72 hours, subject to", "Energía Boliviana del Estado"),
            ("Most of them came in", "Mariela Suárez"),
            ("It's a vicious circle. Without", "Irene Quispe Mamani"),
            ("Every government that has touched", "Irene Quispe Mamani"),
            ("The government is running out", "Western diplomat in La Paz"),
        ],
    ),
    (
        """Honduran police clear protest camp over water privatization

Tegucigalpa (AFP) - Honduran riot police on Friday dismantled a protest camp outside Congress set up by residents of the northern city of San Marcos de Atlántida, who have spent three weeks demanding the repeal of a contract handing their water system to a private company.

Police officers removed dozens of tents and plastic shelters shortly before dawn and loaded protesters onto buses bound for the north, witnesses said. No injuries were reported.

"They pulled down our tents while we were sleeping, as if we were thieves," Reina Castellanos, a 45-year-old market vendor, told AFP. "We only came to ask Congress to listen to us."

The Security Ministry said in a statement that the operation was carried out "peacefully and in compliance with a court order" obtained by the congressional administration.

The 30-year concession, approved by Congress in June, grants the company Aguas del Norte the right to operate and charge for water and sewage services in San Marcos, a city of some 180,000 people where many neighborhoods receive running water only two days a week.

Opposition lawmaker Marco Tulio Banegas said the contract had been pushed through without consultation. "This concession was approved in the middle of the night without a single public hearing," he said. "The people of San Marcos found out from the newspapers."

Mayor Óscar Funes, who backed the deal, defended it in an interview with local radio station La Voz del Atlántico.

"Our municipality could not afford to repair the pipes. The company can," Funes said. "In three years, every house will have water 24 hours a day."

In a letter to the municipal council, seen by AFP, Aguas del Norte committed to "guarantee continuous service to 100 percent of households" by 2028 and said tariffs for the poorest families would be frozen for five years.

Critics are unconvinced. A report published last month by the Honduran Center for Water Studies (CEHA), titled "Water Is Not for Sale," found that tariffs rose by an average of 60 percent in three Central American cities that privatized water services over the past two decades.

"The poorest households will be forced to choose between water and food," the report warned.

The Catholic Church has also weighed in. In a Sunday homily, Bishop Ramón Euceda of San Marcos described water as "a gift of God, not a commodity," and urged lawmakers to "open their doors" to the protesters.

The dispute has become a test for the government, which came to office promising to expand public services. A presidential adviser, who asked not to be named, told AFP that the executive was considering a review of the contract. "Nobody here wants another conflict like the ones we saw in the past," the adviser said.

Protest leaders said they would return to the capital next week.""",
        [
            ("They pulled down our tents", "Reina Castellanos"),
            ("We only came to ask", "Reina Castellanos"),
            ("peacefully and in compliance with", "Security Ministry"),
            ("This concession was approved in", "Marco Tulio Banegas"),
            ("The people of San Marcos", "Marco Tulio Banegas"),
            ("Our municipality could not afford", "Óscar Funes"),
            ("In three years, every house", "Óscar Funes"),
            ("guarantee continuous service to 100", "Aguas del Norte"),
            ("The poorest households will be", "Honduran Center for Water Studies"),
            ("a gift of God, not", "Ramón Euceda"),
            ("open their doors", "Ramón Euceda"),
            ("Nobody here wants another conflict", "presidential adviser"),
        ],
    ),
    (
        """Brazil police raid that killed nine sparks protests in Salvador

By Camila Duarte and Felipe Brandao

SALVADOR, Brazil, Nov 12 (Reuters) - Hundreds of residents of a hillside neighborhood in the northeastern Brazilian city of Salvador blocked a major avenue on Tuesday and set fire to two buses, a day after a police raid left nine people dead.

Police in Bahia state said the operation in the Vila Esperança community, dubbed "Operation Safe Harbor," targeted a drug gang accused of a string of killings, and that officers had come under heavy fire.

Relatives of several of the dead said they had no links to crime.

"My brother was coming home from work with his backpack," said Jessica Nascimento, 27, standing outside the city morgue. "They shot him in front of the bakery and left him there for two hours."

Bahia Governor Rodrigo Mattos Leal defended the police in a video posted on social media on Tuesday.

"The police went in to arrest criminals and were received with rifle fire," Mattos said. "I will not apologize for confronting organized crime, and I will not abandon the officers who risk their lives every day."

The state Public Security Secretariat said in a statement that nine suspects had died in "confrontation" with police, and that seven rifles and several kilograms of cocaine had been seized. Two officers were wounded.

One officer who took part in the raid, speaking to Reuters on condition of anonymity because he was not authorized to talk to the press, described the scene: "It was a war. We were pinned down for almost an hour at the top of the stairs."

Residents gave a different account. A community leader, who asked that her name not be used for fear of retaliation, said officers had entered homes without warrants. "They came in shooting, and then they started asking who was who," she said.

The Bahia State Public Defender's Office said it would seek "an independent investigation, with the participation of the families," and asked prosecutors to preserve all body camera footage from the operation.

Federal Human Rights Minister Adriana Fontes wrote on X that the deaths were "a tragedy that cannot become routine" and said her ministry was sending a team to Salvador.

Bahia has in recent years recorded more killings by police than any other Brazilian state, according to the Sao Paulo-based Institute for Security and Citizenship.

"Operations like this one produce a lot of deaths and very little security," said Marcelo Antunes, a researcher at the institute. "The gang will have a new leader by next week."

By evening, military police had reopened the avenue, and the state transit authority said bus service to the area would remain suspended on Wednesday.

(Reporting by Camila Duarte in Salvador and Felipe Brandao in Sao Paulo; Editing by Martin Corliss)""",
        [
            ("My brother was coming home", "Jessica Nascimento"),
            ("They shot him in front", "Jessica Nascimento"),
            ("The police went in to", "Rodrigo Mattos Leal"),
            ("I will not apologize for", "Rodrigo Mattos Leal"),
            ("It was a war. We", "officer who took part in the raid"),
            ("They came in shooting, and", "community leader"),
            ("an independent investigation, with the", "Bahia State Public Defender's Office"),
            ("a tragedy that cannot become", "Adriana Fontes"),
            ("Operations like this one produce", "Marcelo Antunes"),
            ("The gang will have a", "Marcelo Antunes"),
        ],
    ),
]
