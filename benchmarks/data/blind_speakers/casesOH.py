CASES = [
    (
        """Chile's Cerro Alto copper mine workers begin strike after wage talks collapse

By Tomás Ferrer

SANTIAGO, March 12 (Reuters) - Workers at the Cerro Alto copper mine in northern Chile walked off the job on Wednesday after wage talks with operator Minera Andina del Norte broke down, the union said, threatening output at one of the country's mid-sized producers.

Sindicato No. 1 de Trabajadores Cerro Alto, which represents about 1,400 of the mine's 2,100 permanent workers, said members had rejected the company's final offer of a 3.5% real wage increase and a one-off bonus of 14 million pesos ($14,900) per worker.

"The company has had record profits for two years and it wants us to accept crumbs," union president Héctor Villagrán told reporters outside the mine's gate in the Antofagasta region. "We are not going back until there is a serious proposal on the table."

Minera Andina del Norte said in a statement that it had activated contingency plans to keep operations running with contractors and supervisory staff, and that its offer was "among the most competitive in the industry."

"We regret the union's decision and remain open to dialogue within the legal framework," the company said.

Cerro Alto produced around 142,000 tonnes of copper in concentrate last year, according to company filings, or roughly 2.5% of Chile's total output.

A government-mediated process led by the regional labour inspectorate failed on Tuesday evening after five days of talks. Labour Minister Carolina Ossandón said the ministry would continue to offer its good offices to both sides.

"A prolonged stoppage is in nobody's interest, not the workers', not the company's and not the country's," Ossandón said in Santiago.

Analysts said the immediate impact on global supply would be limited but that the dispute added to a string of labour tensions at Chilean mines as contracts come up for renewal this year.

"The market is already tight in concentrates, so any disruption in Chile gets noticed," said Valentina Reyes, a metals analyst at Banco Pacífico in Santiago. She said she expected the company to be able to sustain about half of normal output for two to three weeks using contractors.

Copper prices on the London Metal Exchange rose 0.8% to $9,412 a tonne by 1430 GMT, partly on news of the strike.

A union official who asked not to be named because he was not authorised to speak to the media said workers were also angry about changes to shift patterns introduced last year, which he described as "a hidden pay cut."

Chilean law allows companies to hire replacement workers only under limited conditions, and the union said it would file a complaint with the labour inspectorate if the company brought in outside staff to perform striking workers' tasks.

(Reporting by Tomás Ferrer; Editing by Mark Ellison)""",
        [
            ("The company has had record", "Héctor Villagrán"),
            ("We are not going back", "Héctor Villagrán"),
            ("among the most competitive in", "Minera Andina del Norte"),
            ("We regret the union's decision", "Minera Andina del Norte"),
            ("A prolonged stoppage is in", "Carolina Ossandón"),
            ("The market is already tight", "Valentina Reyes"),
            ("a hidden pay cut.", "union official"),
        ],
    ),
    (
        """Peru Copper Mine Halts Shipments as Protesters Block Key Road

By Lucía Paredes

(Bloomberg) -- A Peruvian copper mine owned by Compañía Minera Huaylla has suspended concentrate shipments after residents of nearby farming communities blocked the highway it uses to reach the coast, the latest flare-up along the country's so-called mining corridor.

Protesters from Chumbivilcas province in Cusco set up roadblocks on Monday demanding a bigger share of royalties and compensation for dust they say is damaging pasture land, according to local authorities. About 40 trucks are stranded along the route, the company said in an emailed statement.

"Our operations continue at the site, but we have been unable to move product for three days," Huaylla said. "We call on the authorities to restore free transit and guarantee the safety of our workers and contractors."

Peru is one of the world's biggest copper producers, and mining accounts for about 60% of its exports.

Community leader Marcelino Quispe said residents had been promised a development fund in 2021 that never materialized. "They sign agreements and then they forget about us," Quispe said by phone from the town of Llusco. "We are not against mining. We are against being lied to."

Energy and Mines Minister Raúl Benavides Zapata said on Wednesday that a government commission would travel to the area by the weekend to set up a dialogue table. He urged protesters to lift the blockade "as a gesture of good faith" while talks get under way.

The Huaylla mine produced about 95,000 tons of copper last year. A prolonged halt in shipments could force the company to cut production once on-site storage fills up, said a person familiar with the company's operations who asked not to be identified because the information is private. The facility can hold about two weeks of concentrate, the person said.

Blockades have cost Peru's mining industry hundreds of millions of dollars in recent years, and disputes over water, land and the distribution of tax revenue have delayed several large projects in the southern Andes.

"Social conflict is the biggest single risk to Peru's production outlook, more than geology or prices," said Andrés Malca, a Lima-based partner at consultancy Andes Riesgo. "Every year we see the same pattern, and every year the state arrives late."

Peru's ombudsman's office registered 214 active social conflicts in its latest monthly report, about two-thirds of them linked to mining.

Shares of Huaylla's parent, Grupo Cordillera SAA, fell 2.3% in Lima trading on Wednesday, the biggest drop in six weeks.

-- With assistance from Marco Ibáñez""",
        [
            ("Our operations continue at the", "Compañía Minera Huaylla"),
            ("We call on the authorities", "Compañía Minera Huaylla"),
            ("They sign agreements and then", "Marcelino Quispe"),
            ("We are not against mining.", "Marcelino Quispe"),
            ("as a gesture of good", "Raúl Benavides Zapata"),
            ("Social conflict is the biggest", "Andrés Malca"),
            ("Every year we see the", "Andrés Malca"),
        ],
    ),
    (
        """Colombian oil workers threaten strike over exploration freeze

Union warns of job losses as Bogotá pushes ahead with energy transition

Juliana Restrepo in Bogotá

Colombia’s largest oil workers’ union has threatened to strike at fields operated by state-controlled Hidrocarburos del Llano, escalating a dispute over the government’s refusal to sign new exploration contracts.

The Unión Sindical de Trabajadores Petroleros, which has about 9,000 members, said on Tuesday that it would hold a vote on industrial action next month unless the government presented a plan to protect jobs in the producing regions of Meta and Casanare.

‘We support the energy transition, but not a transition that leaves oil workers and their towns to fend for themselves,’ said Edwin Cárdenas, the union’s president. ‘Without new exploration, the fields decline, and when the fields decline the jobs go with them.’

The dispute highlights the tension between the government’s pledge to phase out fossil fuels and the country’s dependence on crude, which still accounts for about a third of its exports.

Alejandra Solórzano, the mines and energy minister, rejected the union’s claims, saying that existing contracts would allow the industry to operate ‘for many years to come’ and that the government was investing in retraining programmes in oil regions.

‘Nobody is going to switch off the oil industry overnight,’ she told the Financial Times. ‘What we are saying is that the country cannot bet its future on a resource that is running out and that is heating the planet.’

Executives at Hidrocarburos del Llano, which produces about 60 per cent of the country’s crude, have been more cautious in public. In a letter to shareholders last month, the company said it would ‘continue to evaluate’ opportunities in gas and offshore exploration within the framework set by its majority owner.

Privately, however, one senior executive said the company was losing engineers to competitors in neighbouring countries. ‘The best people are leaving for Guyana and Brazil,’ he said. ‘You cannot rebuild that capacity in a year.’

Analysts say a strike would have limited immediate effect on output, since the company can operate many fields with management staff, but could disrupt supply to the Río Claro refinery, which processes most of the crude from the eastern plains.

‘The real risk is not a few days of lost production,’ said Mauricio Lleras, head of Andean research at Vértice Capital in Bogotá. ‘It is the signal it sends to investors about how governable the sector is.’

The peso weakened 0.6 per cent against the dollar on Tuesday.

Colombia’s crude production has hovered around 780,000 barrels a day for the past two years, below the roughly 880,000 b/d recorded before the pandemic.""",
        [
            ("We support the energy transition,", "Edwin Cárdenas"),
            ("Without new exploration, the fields", "Edwin Cárdenas"),
            ("for many years to come", "Alejandra Solórzano"),
            ("Nobody is going to switch", "Alejandra Solórzano"),
            ("What we are saying is", "Alejandra Solórzano"),
            ("continue to evaluate", "Hidrocarburos del Llano"),
            ("The best people are leaving", "senior executive"),
            ("You cannot rebuild that capacity", "senior executive"),
            ("The real risk is not", "Mauricio Lleras"),
            ("It is the signal it", "Mauricio Lleras"),
        ],
    ),
    (
        """Thousands of informal gold miners march in Lima, demand extension of permits

By GABRIELA ROJAS Associated Press

LIMA, Peru (AP) — Thousands of small-scale gold miners marched through downtown Lima on Thursday, blocking traffic and clashing briefly with police as they demanded that Congress extend a temporary registry that allows them to operate while they seek formal permits.

The miners, many of whom traveled by bus from the southern regions of Arequipa, Puno and Ayacucho, gathered outside Congress chanting and setting off firecrackers. Police used tear gas to disperse a group that tried to break through a barricade, and at least six officers and 11 protesters were injured, according to the Interior Ministry.

"We are not criminals. We are workers who feed our families with our hands," said Fortunato Mamani, 52, who said he has worked in a small gold mine in the Nazca area for more than two decades. "If they close the registry, they are telling 80,000 families to starve."

The registry, created more than a decade ago as a temporary measure, is set to expire at the end of the month. Critics say it has become a permanent shield for illegal operations linked to organized crime, mercury pollution and deforestation in the Amazon.

Environmental groups urged lawmakers to let it lapse. "Every extension has been a gift to the illegal gold economy," said Rocío Salazar, director of the Lima-based nonprofit Amazonía Viva. "The state keeps promising formalization and keeps delivering nothing."

Lawmaker Jorge Huamán, who heads the congressional energy and mines committee, told reporters that a bill to extend the registry by another year would be debated next week. He said the proposal would include "stricter controls" and a requirement that miners show progress toward formal permits.

Prime Minister Ernesto Cavero said the executive branch would not oppose a short extension but would not accept "an indefinite amnesty."

Formal mining companies have long complained that informal operators invade their concessions. The Peruvian Mining Producers Association said in a statement that another extension "rewards those who break the law and punishes those who follow it."

"We have seen our concessions invaded, our workers threatened and our property destroyed," the association said.

Informal and illegal mining produces roughly a quarter of Peru's gold, according to government estimates, and much of it is exported through front companies that mix it with legally mined metal.

By late afternoon, most of the protesters had returned to a camp set up in a park near the city center. Mamani said they would stay "as long as it takes."

"We slept on the street last night and we will sleep here again," he said.""",
        [
            ("We are not criminals. We", "Fortunato Mamani"),
            ("If they close the registry,", "Fortunato Mamani"),
            ("Every extension has been a", "Rocío Salazar"),
            ("The state keeps promising formalization", "Rocío Salazar"),
            ("stricter controls", "Jorge Huamán"),
            ("an indefinite amnesty.", "Ernesto Cavero"),
            ("rewards those who break the", "Peruvian Mining Producers Association"),
            ("We have seen our concessions", "Peruvian Mining Producers Association"),
            ("as long as it takes.", "Fortunato Mamani"),
            ("We slept on the street", "Fortunato Mamani"),
        ],
    ),
    (
        """Cobrechile contractors stage road blockades as bonus row escalates

Contract workers at Chilean state copper producer Cobrechile blocked access roads to the company's Las Tórtolas smelter and one of its mining divisions on Monday, demanding a share of an end-of-conflict bonus paid to permanent staff.

The Confederación de Trabajadores Contratistas del Cobre (CTCC), which says it represents some 30,000 subcontracted workers, set up barricades of burning tyres at dawn near the smelter in the Valparaíso region and on the access road to the El Peñón division, according to police and union officials.

In a video posted on social media, CTCC president Juan Carlos Meza laid out the group's position:

"For years the contract workers have done the hardest and most dangerous jobs in this company, and every time there is a bonus for the permanent staff, we are left out. This time we are not going to accept it.

"We are asking for something very simple: equal recognition for equal work. If Cobrechile wants to talk, it knows where to find us."

Cobrechile said that operations at the smelter were continuing "with some restrictions" and that it had asked police to clear the roads.

"The company does not negotiate collective agreements with contractors' employees, who are hired by third-party firms," a Cobrechile spokesperson said. "We call on the contractor companies and their workers to resolve their differences through the appropriate channels."

The spokesperson added that the blockade was putting at risk "the safety of the people who live in the area and of our own workers."

The dispute comes at a sensitive time for Cobrechile, whose output fell for a fifth consecutive year in 2023 as it struggles with ageing deposits, cost overruns and delays at its major expansion projects.

Mining Minister Felipe Araya told a local radio station that the government was monitoring the situation and called for calm. "Protest is legitimate, but blocking roads and putting lives at risk is not," Araya said. He did not say whether the government would intervene in the bonus dispute.

A similar blockade in 2019 lasted nine days and ended with contractor firms agreeing to pay a one-off bonus, which the company partly financed, according to people familiar with the deal.

Gonzalo Pizarro, a labour relations specialist at the Universidad del Norte Grande, said the dispute reflected a deeper problem in the industry's reliance on outsourcing. According to Pizarro, contractors now make up about two thirds of the workforce at large Chilean mines, but "their working conditions are still treated as somebody else's problem."

"As long as the bonus system rewards only permanent staff, you are going to see these conflicts come back every time there is a collective negotiation," he said.""",
        [
            ("For years the contract workers", "Juan Carlos Meza"),
            ("We are asking for something", "Juan Carlos Meza"),
            ("with some restrictions", "Cobrechile"),
            ("The company does not negotiate", "spokesperson"),
            ("We call on the contractor", "spokesperson"),
            ("the safety of the people", "spokesperson"),
            ("Protest is legitimate, but blocking", "Felipe Araya"),
            ("their working conditions are still", "Gonzalo Pizarro"),
            ("As long as the bonus", "Gonzalo Pizarro"),
        ],
    ),
    (
        """Colombian coal miner Carbones del Cesar declares force majeure as strike enters third week

BOGOTA, June 4 (Reuters) - Colombian coal producer Carbones del Cesar SA declared force majeure on some export contracts on Tuesday as a strike at its La Esperanza open-pit mine entered its third week with no sign of a deal, the company said.

About 3,200 workers represented by the Sintraloma union have been on strike since May 14 demanding a 9% wage increase, above the company's offer of 5.8%, as well as improvements to health coverage for workers exposed to coal dust.

"Given the duration of the stoppage and the lack of progress in negotiations, we have had no option but to notify customers that certain shipments cannot be fulfilled," Carbones del Cesar said in a statement. It did not say how many cargoes were affected.

Two traders familiar with the matter said at least four Panamax cargoes bound for Europe and Turkey in June had been cancelled or deferred.

La Esperanza produced 14.6 million tonnes of thermal coal last year, making it one of Colombia's largest mines, according to the company. It exports almost all of its output through a private port near Santa Marta.

Sintraloma president Wilmer Ospino said the company had refused to negotiate in good faith.

"They prefer to lose millions of dollars in sales rather than recognize that our members are getting sick," Ospino told Reuters in a phone interview. He said at least 120 workers had been diagnosed with respiratory illnesses in the past five years, a figure the company disputes.

Carbones del Cesar said its occupational health data showed rates "in line with international standards for open-pit mining" and that it had offered to commission an independent study.

The labour ministry has called both sides to a meeting in Bogota on Thursday. Deputy Labour Minister Nelson Arrieta said the government's priority was "to protect the jobs and the rights of workers" while avoiding lasting damage to the region's economy.

"When the mine stops, everything stops. The shops, the restaurants, the transport," said Yolanda Bolaño, who runs a hardware store in the nearby town of Los Robles. "We are all waiting."

Coal is Colombia's second-largest export after oil, though demand from Europe has fallen as countries cut back on coal-fired power generation.

Carlos Echeverri, an energy analyst at brokerage Bursátil Andina in Medellín, said a prolonged strike could shave about 1.5 million tonnes from Colombia's exports this year. "The timing is bad for the company, because prices have already been weak," he said.

(Reporting by Daniel Ortiz; Editing by Sarah Whitcombe)""",
        [
            ("Given the duration of the", "Carbones del Cesar SA"),
            ("They prefer to lose millions", "Wilmer Ospino"),
            ("in line with international standards", "Carbones del Cesar SA"),
            ("to protect the jobs and", "Nelson Arrieta"),
            ("When the mine stops, everything", "Yolanda Bolaño"),
            ("We are all waiting.", "Yolanda Bolaño"),
            ("The timing is bad for", "Carlos Echeverri"),
        ],
    ),
    (
        """Peru's Oil Pipeline Shut Again as Amazon Communities Occupy Pumping Station

By Ana María Torres

LIMA—Peru's main crude-oil pipeline has been shut for a second time this year after members of indigenous communities in the northern Amazon occupied a pumping station, demanding cleanup of past spills and a seat in talks over the future of a nearby oil block.

State-owned oil company PetroAndino SA said late Sunday that it had halted pumping along the northern section of the 1,100-kilometer Oleoducto Norandino after about 300 people entered Station 5 near the Marañón River on Saturday. No injuries were reported, the company said.

"We have suspended operations as a preventive measure to protect the integrity of the people at the station and of the environment," PetroAndino said in a statement. The company said it was "open to dialogue" but that the occupation was illegal.

The protesters, organized by the Federation of Indigenous Communities of the Lower Marañón, known as Fecibam, say oil from at least a dozen spills since 2014 still contaminates rivers they rely on for fishing and drinking water.

"Our children are drinking oil," said Wilder Sangama, president of Fecibam, in a phone interview from the station. "For ten years they have come with promises, with engineers, with papers. The oil is still in the river."

Mr. Sangama said the group would leave only when officials from the environment and energy ministries came to the area to sign what he called "a binding agreement with dates and money."

The shutdown adds to troubles at PetroAndino, which has received repeated government capital injections to service debt taken on to upgrade its Punta Negra refinery on the northern coast.

The pipeline carries crude from Amazon fields operated by several private companies, including Block 62 operator Selva Energy Corp., a Calgary-based company. Selva said in a regulatory filing that it had reduced output to about 4,000 barrels a day from 11,500 because it couldn't ship its crude.

"Every day the pipeline is down costs us and costs the Peruvian state in royalties," Selva Chief Executive Graham Whitlock said. "We need a durable solution, not another temporary truce."

A government official involved in the talks said a high-level delegation would fly to the region this week. "There is will on both sides, but the demands on remediation involve very large sums," the official said, speaking on condition of anonymity because negotiations were ongoing.

Peru's oil production has fallen to around 40,000 barrels a day, less than a third of levels in the 1980s, as investment has dried up amid social conflict, legal uncertainty and the pipeline's frequent outages.""",
        [
            ("We have suspended operations as", "PetroAndino SA"),
            ("open to dialogue", "PetroAndino SA"),
            ("Our children are drinking oil,", "Wilder Sangama"),
            ("For ten years they have", "Wilder Sangama"),
            ("a binding agreement with dates", "Wilder Sangama"),
            ("Every day the pipeline is", "Graham Whitlock"),
            ("We need a durable solution,", "Graham Whitlock"),
            ("There is will on both", "government official involved in the talks"),
        ],
    ),
    (
        """Peru zinc miner reaches deal with union, ending 12-day strike

LIMA — Minera Cumbre Pasco SAA said on Friday it had reached a three-year collective agreement with workers at its Yanamina underground zinc mine, ending a 12-day strike that had cut the company’s output of zinc and lead concentrates by about a third.

Under the deal, workers will receive a 6% salary increase in the first year and 4.5% in each of the following two years, plus a signing bonus of 9,000 soles (about $2,400), according to a copy of the agreement seen by reporters. The company had initially offered 3%.

“This agreement reflects the maturity of both parties and our shared commitment to the long-term future of Yanamina,” chief executive Ricardo Alvarado said in a statement. “We are now focused on a safe and orderly restart.”

The company said production would return to normal levels within ten days.

The union, the Sindicato Único de Trabajadores Mineros de Yanamina, called the agreement “a victory for every family in Huaricancha”, the mining town of about 12,000 people that sits beside the mine in the Pasco region.

Union secretary general Elmer Condori put it this way at an assembly on Thursday night, according to a recording shared with reporters:

“Twelve days ago they told us there was no more money. Twelve days ago they said the price of zinc would not allow it.

“Today we have shown that when workers are united, the money appears.”

Not all members were satisfied. A miner who has worked at Yanamina for 15 years, and who asked not to be identified for fear of reprisals, said many of his colleagues had wanted the union to hold out for improvements to underground ventilation. “The salary is fine, but we are still breathing the same air,” he said.

The company said ventilation upgrades worth $18mn were already under way as part of its investment plan for this year.

Labour Minister Daniel Urquizo welcomed the deal, saying on his ministry’s social media account that it showed “dialogue produces results”.

Analysts said the strike highlighted the pressure on the country’s mid-sized miners, many of which operate older, deeper underground mines with rising costs.

“Peruvian mid-tier producers are squeezed between higher wages, higher energy costs and zinc prices that are well below their 2022 peak,” said Sofía Benavente, head of mining research at Lima brokerage Inversiones Altamar. “Deals like this are manageable, but margins are getting thin.”

Shares of Cumbre Pasco rose 4.1% on the Lima stock exchange.""",
        [
            ("This agreement reflects the maturity", "Ricardo Alvarado"),
            ("We are now focused on", "Ricardo Alvarado"),
            ("a victory for every family", "Sindicato Único de Trabajadores Mineros de Yanamina"),
            ("Twelve days ago they told", "Elmer Condori"),
            ("Today we have shown that", "Elmer Condori"),
            ("The salary is fine, but", "miner"),
            ("dialogue produces results", "Daniel Urquizo"),
            ("Peruvian mid-tier producers are squeezed", "Sofía Benavente"),
            ("Deals like this are manageable,", "Sofía Benavente"),
        ],
    ),
]
