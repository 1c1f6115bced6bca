CASES = [
    (
        """Peru protesters block copper corridor as talks with Andina Cobre stall

By Lucía Marroquín

LIMA, March 14 (Reuters) - Indigenous communities in Peru's southern Apurímac region blocked a key mining road for a sixth straight day on Thursday, halting shipments of copper concentrate from Andina Cobre's Huaccoto mine after talks with the government broke down late on Wednesday.

Community leaders say the company has failed to deliver on promises of jobs and water infrastructure made when the mine expanded in 2021, and they want the dirt road that crosses their farmland closed to trucks until a new agreement is signed.

"We are not against mining, we are against being lied to," said Rosendo Quispe Huamaní, president of the Chillihua peasant community, speaking by phone from the blockade. "Every day two hundred trucks pass through our pastures and we still drink water from the river."

Andina Cobre, a unit of Toronto-listed Meridian Copper Corp, said in a statement that it had "complied fully with every commitment" in its 2021 agreement and called on the government to restore free transit on the road.

"The blockade puts at risk the jobs of more than 3,000 workers and the contracts of dozens of local suppliers," the company said, adding that it would have to suspend operations within days if concentrate stocks at the site could not be moved.

Huaccoto produced about 180,000 tonnes of copper last year, roughly 7% of Peru's output, according to energy and mines ministry data.

Deputy Minister of Territorial Governance Fernando Ayala told reporters the government would send a new commission to the area on Friday. "The dialogue table has not failed. It has been paused," Ayala said. "We will not allow violence, but we will also not allow commitments to be ignored, by anyone."

A senior official at the energy and mines ministry, who asked not to be named because he was not authorized to speak publicly, said the government was weighing a state of emergency in three provinces if the road was not cleared by the weekend.

Such declarations have been used repeatedly along the corridor, where protests have periodically cut output at several large mines since 2016. Rights groups say they have led to clashes and deaths.

"A state of emergency only adds fuel to the fire," said Carmen Ttito, a lawyer with the Cusco-based rights group Red Andina de Derechos, which advises the communities. She said the government should instead guarantee an independent audit of the company's water commitments.

Peru is the world's third-largest copper producer, and the metal accounts for about a quarter of its exports. Copper prices hit a two-month high on Thursday, partly on supply concerns.

Shares of Meridian Copper fell 2.3% in Toronto.

(Reporting by Lucía Marroquín; Additional reporting by Diego Ortiz Calle; Editing by Richard Chang)""",
        [
            ("We are not against mining,", "Rosendo Quispe Huamaní"),
            ("Every day two hundred trucks", "Rosendo Quispe Huamaní"),
            ("complied fully with every commitment", "Andina Cobre"),
            ("The blockade puts at risk", "Andina Cobre"),
            ("The dialogue table has not", "Fernando Ayala"),
            ("We will not allow violence,", "Fernando Ayala"),
            ("A state of emergency only", "Carmen Ttito"),
        ],
    ),
    (
        """‘The river smells of diesel’: Ecuador’s Amazon communities sue over oil spill

Villagers say the state oil company failed to contain a pipeline rupture

Daniela Sáenz in San Pedro del Coca

Tue 9 Jul 2024

When Mirian Grefa went down to the Yanahurco river on the morning of 21 June, she found the water covered with a black, shining film. By the afternoon the fish had begun to float to the surface.

“The river smells of diesel, the children have sores on their legs, and nobody has come to tell us whether we can drink,” said Grefa, 43, a Kichwa mother of five from the community of Sinchi Warmi. “We have been living on rainwater for three weeks.”

Grefa is one of 211 plaintiffs in a lawsuit filed on Monday against Petroamazonía, Ecuador’s state oil company, and the environment ministry, accusing them of violating the constitutional rights of nature and the right to water after a rupture in the company’s Coca-Yanahurco secondary pipeline.

The company has said the spill, which it blames on a landslide caused by heavy rains, released about 1,200 barrels of crude, and that 90% of it has been recovered.

“What they call a recovery is men with buckets and absorbent pads,” said Andrés Tapuy, the president of the Federation of Kichwa Communities of the Upper Napo (Fecuan), which is backing the case. “The oil is in the sediment, it is in the flooded forest, and it will come back every time the river rises.”

In a statement to the Guardian, Petroamazonía said it had deployed “more than 300 technicians” to the area and was distributing drinking water to 14 communities. It said it “regrets the impact on neighbouring populations” and would compensate affected families “in accordance with the law”.

Environmental lawyers say the case could test the reach of Ecuador’s 2008 constitution, the first in the world to grant legal rights to nature. Courts have since ruled in favour of rivers and forests in several high-profile cases, but enforcement has lagged, and campaigners say parts of the northern Amazon have become a “sacrifice zone”.

“Ecuador has extraordinary laws on paper,” said Verónica Llerena, a lawyer at the Quito-based Amazon Rights Legal Clinic, who is representing the plaintiffs. “What it has never had is a state willing to make its own oil company obey them.”

Llerena said the lawsuit asks the court to order an independent study of the damage, a permanent health programme for the affected communities and the replacement of pipeline sections she described as “decades past their useful life”.

An official in the environment ministry, who spoke on condition of anonymity, said inspectors had been sent to the site but acknowledged that the ministry had “very limited capacity” in the region. “We have four inspectors for the whole province,” the official said.

For Grefa, the lawsuit is a last resort. “We have asked, we have marched, we have written letters,” she said. “Now we will see if the judges listen.”""",
        [
            ("The river smells of", "Mirian Grefa"),
            ("The river smells of diesel,", "Mirian Grefa"),
            ("We have been living on", "Mirian Grefa"),
            ("What they call a recovery", "Andrés Tapuy"),
            ("The oil is in the", "Andrés Tapuy"),
            ("more than 300 technicians", "Petroamazonía"),
            ("regrets the impact on neighbouring", "Petroamazonía"),
            ("in accordance with the law", "Petroamazonía"),
            ("Ecuador has extraordinary laws on", "Verónica Llerena"),
            ("What it has never had", "Verónica Llerena"),
            ("decades past their useful life", "Verónica Llerena"),
            ("very limited capacity", "official in the environment ministry"),
            ("We have four inspectors for", "official in the environment ministry"),
            ("We have asked, we have", "Mirian Grefa"),
            ("Now we will see if", "Mirian Grefa"),
        ],
    ),
    (
        """Indigenous groups in Chile's Atacama desert protest lithium expansion, citing water loss

By MARCELA VIDAL Associated Press

SAN PEDRO DE ATACAMA, Chile (AP) — Hundreds of Indigenous residents of Chile's Atacama desert blocked the main highway to the country's largest lithium operations on Tuesday, demanding that the government halt a planned expansion they say will dry out the salt flats where their families have grazed llamas and grown quinoa for centuries.

Protesters piled stones and burning tires across Route 23 near the village of Camar Alto, leaving a line of trucks carrying brine and chemicals stranded for several kilometers.

"They tell us lithium is the future. But for us there will be no future if there is no water," said Elena Cruz Anza, 61, a council member of the Atacameño community of Camar Alto, standing beside the barricade. "The lagoons where the flamingos used to nest are half what they were when I was a girl."

The protest comes two weeks after Chile's environmental review agency approved a plan by Litio del Norte S.A. to increase brine extraction from the Salar de Tilopozo by 40% over the next decade.

Litio del Norte said in an emailed statement that its expansion "uses the best available technology" and would return a portion of processed water to the basin. It said it has invested more than $30 million in community programs since 2018.

"We understand the concerns of the communities and we remain open to dialogue," Javier Montt, the company's vice president for sustainability, told The Associated Press. "But the data from our monitoring network show the aquifer is stable."

Residents and some scientists dispute that. Hydrologist Ana Luisa Bórquez, of the Universidad de Calama, said the company's monitoring wells were too few and too close to the extraction zone to detect long-term changes at the edges of the salt flat, where the lagoons are.

"The problem is not what we can measure today, it's what will happen in twenty years," Bórquez said. "By the time the lagoons disappear, it will be too late to do anything."

Chile holds the world's largest lithium reserves and is the second-largest producer after Australia. The government has made the metal, used in batteries for electric vehicles, central to its economic strategy.

Mining Minister Rodrigo Salas said Tuesday that the government respected the right to protest but that blocking roads was "not the way."

"This government has put Indigenous consultation at the heart of its lithium policy, and that will not change," Salas told reporters in Santiago. He said officials would meet with community leaders in Calama on Friday.

Police said no arrests were made. By late afternoon, protesters had opened one lane to allow ambulances and buses through, but said they would remain at the site.

"We will stay as long as we need to," Cruz said.

Associated Press writer Pablo Ferreyra in Santiago contributed to this report.""",
        [
            ("They tell us lithium is", "Elena Cruz Anza"),
            ("The lagoons where the flamingos", "Elena Cruz Anza"),
            ("uses the best available technology", "Litio del Norte S.A."),
            ("We understand the concerns of", "Javier Montt"),
            ("But the data from our", "Javier Montt"),
            ("The problem is not what", "Ana Luisa Bórquez"),
            ("By the time the lagoons", "Ana Luisa Bórquez"),
            ("not the way", "Rodrigo Salas"),
            ("This government has put Indigenous", "Rodrigo Salas"),
            ("We will stay as long", "Elena Cruz Anza"),
        ],
    ),
    (
        """Wildcat gold miners return to Karuwá land as mercury levels climb, study finds

by Renata Albuquerque on 18 April 2024

- A new study found mercury above the WHO reference limit in 58% of residents tested in three Karuwá villages.
- Mining scars along the Tapiraí River have grown by 310 hectares since January, satellite data show.
- Indigenous leaders say the miners returned as soon as enforcement teams left, and accuse local politicians of protecting the trade.

Nearly six in 10 people tested in three villages of the Karuwá Indigenous Territory in the Brazilian Amazon have mercury levels above safe limits, according to a study published this week, as illegal gold miners return to the area less than a year after a major federal operation to remove them.

The study, carried out by the Amazon Health Research Institute (IPSA) with support from the Karuwá Indigenous Association, analyzed hair samples from 197 people in the villages of Aldeia Nova, Sawré Ipi and Boca do Tapiraí. Children and women of childbearing age were among the most affected.

“These are levels that we associate with neurological damage, especially in children whose mothers were exposed during pregnancy,” Paulo Cezar Vasconcelos, the IPSA toxicologist who coordinated the study, told Mongabay in a phone interview. “We found children with difficulties walking and speaking. It is not possible to say yet that every case is caused by mercury, but the association is very strong.”

For Josué Tawé, a leader of the Karuwá Indigenous Association, the return of the miners was predictable.

“The operation lasted three months. The miners waited in the city, and when the helicopters left, they came back with more machines than before,” he said. “We are the ones who stay here, eating the fish.”

Tawé said the association had written to federal prosecutors reporting the return of dredges on at least 12 occasions since November. In one letter, seen by Mongabay, the association wrote that “the river has become a road for the miners again” and asked for a permanent base of federal agents in the territory.

A spokesperson for the federal police in Pará said in an email that the force “continues to act in the region” and that operations were planned “according to intelligence criteria,” without giving details.

The mayor of the nearby municipality of Itaúba do Norte, Edivaldo Pinheiro, has publicly defended legalizing mining on Indigenous land, arguing it would bring jobs and tax revenue to one of the poorest parts of the state. In a written response to Mongabay, Pinheiro said he “has never defended illegal activity” and supports “a regulated, responsible mining that includes the Indigenous people themselves.”

Vasconcelos said that even if the miners left tomorrow, the contamination would persist for decades.

“Telling people not to eat fish is not a solution,” he said. “Fish is their food, their culture. The solution is to get the mercury out of the river, and that starts with getting the miners out.”""",
        [
            ("These are levels that we", "Paulo Cezar Vasconcelos"),
            ("We found children with difficulties", "Paulo Cezar Vasconcelos"),
            ("The operation lasted three months.", "Josué Tawé"),
            ("We are the ones who", "Josué Tawé"),
            ("the river has become a", "Karuwá Indigenous Association"),
            ("continues to act in the", "spokesperson"),
            ("according to intelligence criteria,", "spokesperson"),
            ("has never defended illegal activity", "Edivaldo Pinheiro"),
            ("a regulated, responsible mining that", "Edivaldo Pinheiro"),
            ("Telling people not to eat", "Paulo Cezar Vasconcelos"),
            ("Fish is their food, their", "Paulo Cezar Vasconcelos"),
        ],
    ),
    (
        """Drought-hit Mexican farmers blockade gold mine over water

San Jerónimo de la Sierra, Mexico (AFP) — Dozens of farmers have camped for two weeks at the gates of a Canadian-owned gold mine in central Mexico, accusing it of draining the aquifer as the region endures its worst drought in decades.

The blockade at the Cerro Blanco open-pit mine, operated by Vancouver-based Sierra Plata Resources, has halted production since May 2, the company said.

"The wells in the village have dried up, but the mine keeps pumping day and night," said Heriberto Saucedo, 58, a bean and maize farmer, sitting under a tarpaulin with a dozen other men. "We are not leaving until someone from the government comes and measures the water."

The protesters, members of the local ejido — a communal landholding — say the mine uses millions of liters of water a day for its leaching operations, while families in San Jerónimo receive water by truck twice a week.

According to the national water authority, the aquifer beneath the valley has been classified as overexploited since 2015.

Sierra Plata said in a statement that it uses "mostly recycled water" and holds all the required permits. It said it had offered to drill two new wells for the community, an offer the ejido rejected.

"We share the concern of the communities about the drought, which affects all of us," the statement said. "Our operation has a water consumption that is a fraction of agricultural use in the region."

The company's country manager, Luis Ortega Bravo, told AFP the blockade was costing around $1.5 million a day and putting 900 direct jobs at risk.

"We have always been willing to talk, but not under pressure," he said.

Ejido president Guadalupe Reyna put it bluntly:

"They came here fifteen years ago and promised us that the mine would bring progress. The progress is that now we buy the water we used to take from our own wells.

"Our grandparents fought for this land. We are not going to let them turn it into a desert."

Mexico's environment ministry said it would send inspectors to review the mine's water permits, without giving a date.

An environment ministry official, speaking on condition of anonymity, told AFP that "all options are on the table," including a review of the concession.

Mining has become a flashpoint in several Mexican states as drought spreads, with communities from Sonora to Oaxaca challenging concessions in the courts and on the roads.

Back at the camp, the women take turns cooking beans and tortillas over a wood fire. Saucedo's wife, Rosa María Elizondo, said the families were prepared for a long stay.

"We will wait," she said. "We have nothing left to lose but the water."

bur-jm/dga""",
        [
            ("The wells in the village", "Heriberto Saucedo"),
            ("We are not leaving until", "Heriberto Saucedo"),
            ("mostly recycled water", "Sierra Plata Resources"),
            ("We share the concern of", "Sierra Plata Resources"),
            ("Our operation has a water", "Sierra Plata Resources"),
            ("We have always been willing", "Luis Ortega Bravo"),
            ("They came here fifteen years", "Guadalupe Reyna"),
            ("Our grandparents fought for this", "Guadalupe Reyna"),
            ("all options are on the", "environment ministry official"),
            ("We will wait,", "Rosa María Elizondo"),
            ("We have nothing left to", "Rosa María Elizondo"),
        ],
    ),
    (
        """Mapuche Protest Halts Drilling at Argentine Shale Block as Quake Fears Grow

By Sofía Lanusse

March 5, 2024 at 2:14 PM GMT-3

(Bloomberg) -- A Mapuche community in Argentina's Neuquén province blocked access to a shale oil block operated by Petrolera Austral SA for a third day, halting drilling in a dispute over small earthquakes that residents blame on fracking.

About 60 members of the Lof Kume Mapu community set up a camp on the only road into the Loma Alta Norte block on Monday, preventing two drilling rigs and fracking crews from reaching well pads, according to the company and provincial officials.

"Our houses have cracks in the walls. The ground shakes at night and the children wake up crying," Lonko Ariel Painemil, the community's leader, said by phone from the camp. "The companies say it is nature. We have lived here for generations and the earth never moved like this before the fracking."

Loma Alta Norte produces about 18,000 barrels of oil a day, roughly 4% of output from the Vaca Muerta formation, which has driven Argentina's crude production to its highest in more than two decades. A prolonged stoppage could delay Petrolera Austral's plan to double output from the block by 2026, according to people familiar with the matter, who asked not to be identified because the discussions are private.

Petrolera Austral said in a statement that its operations "comply with all provincial and national regulations" and that seismic monitoring has not established a link between its activity and the tremors. The company said it is "willing to keep dialoguing with all communities," but asked provincial authorities to guarantee access to the area.

Neuquén's energy secretary, Gustavo Ferrari, said the government would form a technical commission with seismologists to study the tremors.

"We're not going to stop the development of Vaca Muerta, which is the engine of the provincial economy," Ferrari said in an interview. "But we're also not going to ignore what the communities are telling us."

More than 400 tremors of magnitude 2 or higher have been recorded in the area since 2015, according to the Patagonian Seismic Network, a group of university researchers.

"The correlation in time and space between fluid injection and the seismicity is very clear," said Julieta Morán, a geophysicist who has studied the tremors for the network. She said operators should be required to publish injection data well by well.

Petrolera Austral's dollar bonds due 2031 fell 0.8 cent to 91.2 cents on the dollar on Tuesday, the lowest in a month.

Other producers are watching closely. "If this spreads to other blocks, it becomes a real problem for the whole basin," said an executive at a rival producer, who asked not to be named discussing a competitor's operations.

--With assistance from Jonathan Gilbert.

To contact the reporter on this story:
Sofía Lanusse in Buenos Aires""",
        [
            ("Our houses have cracks in", "Ariel Painemil"),
            ("The companies say it is", "Ariel Painemil"),
            ("comply with all provincial and", "Petrolera Austral SA"),
            ("willing to keep dialoguing with", "Petrolera Austral SA"),
            ("We're not going to stop", "Gustavo Ferrari"),
            ("But we're also not going", "Gustavo Ferrari"),
            ("The correlation in time and", "Julieta Morán"),
            ("If this spreads to other", "executive at a rival producer"),
        ],
    ),
    (
        """Panama mine protests: 'This contract is a surrender of our sovereignty'

By Natalia Ríos
BBC News, Panama City

Tens of thousands of people have marched through Panama City in the biggest protest yet against a contract that allows a foreign company to operate one of Central America's largest copper mines.

Demonstrators waving Panamanian flags filled the streets around the National Assembly on Friday, with teachers, construction workers and students joining environmental groups.

The contract, approved by lawmakers last month, gives Minera Istmo, a subsidiary of Canada's Northgate Copper, the right to run the Cerro Azulado open-pit mine for another 20 years, with an option to extend.

Opponents say it was rushed through without proper consultation and that the mine threatens forests and water sources in Colón province.

"This contract is a surrender of our sovereignty," said Itzel Camarena, a 34-year-old biology teacher who travelled from Penonomé to join the march.

"They are selling the forest, the water and the future of our children for a few years of royalties."

The government says the mine is vital for the economy. It accounts for about 5% of Panama's gross domestic product and employs thousands of people directly and indirectly.

In a televised address on Thursday, Commerce Minister Álvaro Batista defended the deal, saying it gave the state "ten times more" in annual payments than the previous arrangement.

"Closing the mine would be a catastrophe for thousands of families," he said. "This government negotiated the best possible contract for Panama."

Minera Istmo said in a statement that it "respects the right to peaceful protest" but warned that blockades of its port had prevented the arrival of fuel and supplies.

"If the situation continues, we will be forced to reduce operations," the statement added.

Police said 40 people had been arrested during the week's protests, and several officers were injured when a group of masked men threw stones at a police line near the assembly.

One police officer, who did not want to be named, told the BBC that many of his colleagues sympathised with the protesters.

"We also have children, we also drink this water," he said.

Environmental groups have filed lawsuits asking the Supreme Court to declare the contract unconstitutional. The court has said it will rule "as soon as possible".

Marcos Achurra, director of the Panamanian Centre for Environmental Advocacy, said the case would test whether the country's laws meant anything.

"The constitution says natural resources belong to the nation. Not to a government, not to a company," he said.""",
        [
            ("This contract is a surrender", "Itzel Camarena"),
            ("This contract is a surrender", "Itzel Camarena"),
            ("They are selling the forest,", "Itzel Camarena"),
            ("ten times more", "Álvaro Batista"),
            ("Closing the mine would be", "Álvaro Batista"),
            ("This government negotiated the best", "Álvaro Batista"),
            ("respects the right to peaceful", "Minera Istmo"),
            ("If the situation continues, we", "Minera Istmo"),
            ("We also have children, we", "police officer"),
            ("as soon as possible", "Supreme Court"),
            ("The constitution says natural resources", "Marcos Achurra"),
        ],
    ),
    (
        """Colombia's Wayuu fight coal giant's plan to divert desert stream

Indigenous communities say the diversion would leave them without water in one of Colombia's driest regions.

By Camilo Restrepo

Published On 22 Aug 2024

Riohacha, Colombia – For the Wayuu families who live along the Arroyo Jotomana, the seasonal stream is more than a source of water. It is where their ancestors are buried, where the goats drink in the dry months, and where, they say, the spirits of the land reside.

Now Carbones del Caribe, the company that operates the vast El Cardonal open-pit coal mine, wants to move an 8km (5-mile) stretch of the stream to reach an estimated 40 million tonnes of coal beneath its bed.

"If they move the stream, they are moving our life," Josefina Epiayú, a traditional authority of the Wayuu community of Uraichí, told Al Jazeera. "A stream is not a pipe that you can put anywhere you like."

Epiayú is among more than 30 Wayuu leaders who filed a legal challenge last month asking Colombia's Constitutional Court to suspend the project until a new prior consultation is carried out with all affected communities.

The company says the diversion has been approved by the national environmental licensing authority and that it will build a new channel with the same ecological functions as the original.

"The new channel was designed with the best international engineering and has been studied for more than five years," Carbones del Caribe said in a statement sent to Al Jazeera. "The project guarantees the continuity of the water flow for the communities."

The mine is one of the largest in Latin America and a major source of jobs and royalties in La Guajira, where, according to government figures, more than half of the population lives in poverty.

But opponents point to the company's diversion of another stream in 2017, which they say left several communities downstream without water.

"We have already seen what happens," said Luis Fernando Pushaina, of the Wayuu rights collective Akuaipa. "The old channel dried up and the new one only carries water when it rains. The company calls that a success."

Speaking at a forum in Bogotá on Tuesday, Vice-Minister of Environment Andrea Carvajal was blunt: "The era of diverting rivers to extract coal has to end. We cannot talk about an energy transition while we destroy the water of the most vulnerable communities."

A lawyer for the company, who spoke on condition of anonymity because the case is before the courts, said the firm was confident the permit would be upheld. "Every step of the consultation process was documented and validated by the authorities," the lawyer said.

The mineworkers' union Sintramicar warned in a statement that suspending the project would "put at risk thousands of jobs in a region that has no other industry".

"We are not asking for anything that is not ours," she said. "We only want the water to keep flowing where it has always flowed."

SOURCE: Al Jazeera""",
        [
            ("If they move the stream,", "Josefina Epiayú"),
            ("A stream is not a", "Josefina Epiayú"),
            ("The new channel was designed", "Carbones del Caribe"),
            ("The project guarantees the continuity", "Carbones del Caribe"),
            ("We have already seen what", "Luis Fernando Pushaina"),
            ("The old channel dried up", "Luis Fernando Pushaina"),
            ("The era of diverting rivers", "Andrea Carvajal"),
            ("Every step of the consultation", "lawyer for the company"),
            ("put at risk thousands of", "Sintramicar"),
            ("We are not asking for", "Josefina Epiayú"),
            ("We only want the water", "Josefina Epiayú"),
        ],
    ),
]
