CASES = [
    (
        """Chile lithium tender for northern salt flat draws five bidders, ministry says

By Tomás Herrera

SANTIAGO, March 12 (Reuters) - Five companies have submitted offers for the right to develop lithium in the Salar de Chuquilla salt flat in Chile's northern Antofagasta region, the mining ministry said on Tuesday, as the government pushes ahead with plans to open more of the country's vast reserves to private investment.

The bidders include two Chinese firms, a South Korean battery materials maker, a Canadian junior miner and a consortium led by local conglomerate Grupo Andalién, according to a list published on the ministry's website.

"The level of interest confirms that Chile remains a reliable destination for long-term investment in critical minerals," Mining Minister Carolina Fuenzalida told reporters at the presidential palace. "We want partners who bring capital, technology and a real commitment to the communities of the north."

Chile, the world's second-largest lithium producer after Australia, has sought to boost output under a national strategy that gives state-run companies a controlling stake in projects deemed strategic while leaving smaller deposits open to private players.

Chuquilla is not considered strategic, meaning the winning bidder could hold a majority stake. Fuenzalida said the ministry expected to name the winner "before the end of the second quarter" and that the contract would include royalty payments linked to lithium prices.

Analysts said turnout was better than expected given a slump in lithium prices, which have fallen by more than two-thirds from their 2022 peak as supply from new mines outpaced demand from electric vehicle makers.

"Five bids in this market is a decent result," said Marcela Ortúzar, a mining analyst at Santiago brokerage Valdivia Capital. "Nobody is building a project on today's prices, though. These are bets on the end of the decade."

Indigenous Atacameño communities living near the salt flat have raised concerns about the impact of brine extraction on scarce water supplies in one of the driest places on earth. The Council of Atacameño Peoples of Chuquilla said in a statement it had not been properly consulted and would "use every legal avenue available" to defend its rights.

A ministry official, who asked not to be named because the process was ongoing, said formal consultation with the communities would take place once a preferred bidder had been selected, as required under Chilean law.

Grupo Andalién declined to comment. Canada's Puna Lithium Corp said in an emailed statement it was "pleased to be part of a competitive process" but gave no details of its offer.

Shares in Chilean lithium producers were little changed on Tuesday.

(Reporting by Tomás Herrera; Additional reporting by Daniela Rojas; Editing by Mark Potter)""",
        [
            ("The level of interest confirms", "Carolina Fuenzalida"),
            ("We want partners who bring", "Carolina Fuenzalida"),
            ("before the end of the", "Carolina Fuenzalida"),
            ("Five bids in this market", "Marcela Ortúzar"),
            ("Nobody is building a project", "Marcela Ortúzar"),
            ("use every legal avenue available", "Council of Atacameño Peoples of Chuquilla"),
            ("pleased to be part of", "Puna Lithium Corp"),
        ],
    ),
    (
        """Peru Copper Mine Halts Shipments as Protesters Block Key Road

By Andrea Quispe and Jonathan Mears

(Bloomberg) -- Minera Huancaraju SA halted copper concentrate shipments from its mine in southern Peru after community protesters blocked the highway used to truck the metal to the coast, the latest disruption in one of the world's top producers of the metal.

The blockade on the road linking the Apurímac highlands to the Pacific coast entered its sixth day on Wednesday, according to the company, which said about 40,000 tons of concentrate had piled up at the mine site. Production is continuing for now, but the operation could be forced to slow output if the road stays closed into next week, according to two people familiar with the matter, who asked not to be identified because the information isn't public.

"We have always been open to dialogue, but we cannot negotiate under pressure," Chief Executive Officer Raúl Benavides Tapia said in an interview in Lima. "Every day the road is closed, the region loses tax revenue, and the workers lose too."

Residents of Antaqocha province say heavy truck traffic has cracked the walls of their adobe homes and coated pastures with dust. They're demanding compensation and a larger share of the mine's profits. Community leader Felícitas Huamaní Condori said people had tried for years to get the company's attention through official channels.

"They only come to talk when we stand in the road," Huamaní said by phone. "We are not against mining. We are against being ignored."

Peru's Ministry of Energy and Mines said in a statement it had sent a delegation to the area to broker talks and urged both sides to "prioritize peace and respect for the rule of law." Prime Minister Gustavo Arana told reporters on Tuesday that the government would not declare a state of emergency "at this stage of the dialogue."

Social conflict has long weighed on Peru's mining industry, which accounts for about 60% of the country's exports. The national ombudsman's office counted 142 active social conflicts in its latest monthly report, more than half of them related to mining.

The disruption adds to supply concerns in a tight copper market. Benchmark prices on the London Metal Exchange rose as much as 0.8% on Wednesday.

"Peru is a chronic source of supply disruption, and the market has learned to price that in," said Helen Carruthers, a metals strategist at Harrow Street Research in London. "What's different this time is that the outage risk coincides with very low inventories."

Huancaraju, which is controlled by Mexican miner Grupo Sierra Madre, produced about 310,000 tons of copper last year, making it one of Peru's five largest operations. Grupo Sierra Madre shares fell 1.9% in Mexico City.

--With assistance from Lucía Paredes.""",
        [
            ("We have always been open", "Raúl Benavides Tapia"),
            ("Every day the road is", "Raúl Benavides Tapia"),
            ("They only come to talk", "Felícitas Huamaní Condori"),
            ("We are not against mining.", "Felícitas Huamaní Condori"),
            ("prioritize peace and respect for", "Ministry of Energy and Mines"),
            ("at this stage of the", "Gustavo Arana"),
            ("Peru is a chronic source", "Helen Carruthers"),
            ("What's different this time is", "Helen Carruthers"),
        ],
    ),
    (
        """Argentina’s shale output hits record but pipelines struggle to keep up

Producers in Vaca Muerta warn bottlenecks threaten the country’s energy export ambitions

Ciaran Whitfield in Buenos Aires

Oil output from Argentina’s Vaca Muerta shale formation has hit a record high, but producers warn that a shortage of pipeline capacity risks choking the growth the government is counting on to rebuild the country’s depleted foreign currency reserves.

Production from the formation in Neuquén province reached 512,000 barrels a day in August, according to provincial data, up almost a quarter on a year earlier. Gas output has also climbed, though it remains limited by a lack of export infrastructure.

“We are producing faster than we can build the pipes to take it out,” said Esteban Lagomarsino, chief executive of Petrolera del Comahue, one of the largest independent operators in the basin. “If the midstream does not catch up, the next two years will be about flaring gas and trucking crude, and nobody wants that.”

The government has made energy exports central to its economic programme, betting that oil and gas sales abroad can generate a trade surplus large enough to end years of currency crises. Argentina posted its first energy trade surplus in more than a decade last year.

Ramiro Etchegaray, the energy secretary, told the Financial Times the state would not finance new pipelines itself but would offer long-term regulatory stability to private builders.

“The era of the state building everything is over,” he said. “What we offer is stable rules for 30 years. That is worth more than any subsidy.”

A group of operators led by Petrolera del Comahue has formed a consortium to build a 440km oil pipeline from the basin to a new deepwater export terminal at Caleta Sarmiento on the Atlantic coast. The $2.8bn project is due to start operations in late 2027.

Executives said financing remained the main obstacle. One senior banker involved in the project said international lenders were still wary after years of capital controls and sudden policy shifts. “Everyone likes the geology. Nobody has forgotten the cepo,” he said, referring to the currency restrictions that trapped companies’ dividends in the country.

The boom has transformed Neuquén’s finances, with royalties now accounting for more than half of provincial revenue — what local officials call the “Vaca Muerta effect”. But it has also strained housing, roads and public services in oilfield towns such as Los Chihuidos Sur, where the population has more than tripled in a decade.

Adriana Sosa Cáceres, Neuquén’s governor, said the province wanted “a fair share of the wealth that leaves through those pipes”, and called on the national government to fund road and hospital projects in the oilfield.

Some analysts doubt the pace can be sustained. Lucas Ferreyra, an energy economist at Buenos Aires consultancy Meseta Energía, cautioned that shale wells decline quickly. “You have to keep drilling just to stand still,” he said. “The record is impressive, but the question is what happens when international prices fall.”""",
        [
            ("We are producing faster than", "Esteban Lagomarsino"),
            ("If the midstream does not", "Esteban Lagomarsino"),
            ("The era of the state", "Ramiro Etchegaray"),
            ("What we offer is stable", "Ramiro Etchegaray"),
            ("Everyone likes the geology.", "senior banker involved in the project"),
            ("a fair share of the", "Adriana Sosa Cáceres"),
            ("You have to keep drilling", "Lucas Ferreyra"),
            ("The record is impressive, but", "Lucas Ferreyra"),
        ],
    ),
    (
        """Mexico’s state lithium company signs first exploration deal, but doubts remain

By María Elena Soto
Associated Press

MEXICO CITY (AP) — Mexico’s state lithium company signed its first exploration agreement Thursday, more than two years after the government nationalized the battery metal and promised it would fuel a homegrown electric vehicle industry.

The National Lithium Company, known by its Spanish acronym Conalit, will work with the Technological University of the Sonoran Desert to drill test wells near the town of San Ignacio de la Sierra in northern Sonora state and to develop a method for extracting lithium from clay, a process that has not yet been done at commercial scale anywhere in the world.

“This is the first step, not the last,” Conalit director Héctor Villaseñor Ruiz said at a signing ceremony in Hermosillo, the state capital. “Mexico’s lithium belongs to the Mexican people, and now we are going to show that Mexicans can develop it.”

Villaseñor said the university would receive 180 million pesos (about $10 million) over three years and that first results were expected in 2026. He did not say when Mexico might begin producing lithium.

Mexico has no lithium production. In 2023, the government canceled concessions held by a foreign-backed venture in the same area, a decision the company is challenging in international arbitration.

Critics say the government has moved slowly and lacks the technical expertise to go it alone. Gabriela Montaño, a geologist who advised the Economy Department on mining policy until 2021, called Thursday’s agreement “a modest step in the right direction” but warned against raising expectations.

“Nobody in the world knows yet how to get lithium out of clay profitably,” Montaño said. “You need billions of dollars and many years of pilot tests. A university partnership is fine, but it is not an industry.”

“The risk is that we spend a decade talking about sovereignty while Chile and Argentina take the market,” she added.

In San Ignacio de la Sierra, a ranching town of about 1,400 people, residents have mixed feelings about the sudden attention.

“We have heard about lithium for years, and nothing has changed here,” said Ramón Encinas, 62, who runs a hardware store on the town’s main square. “If they bring jobs, good. If they bring trucks and take our water, that is another story.”

The Economy Department said in a statement that the project would meet “the highest environmental standards” and that Indigenous and rural communities would be consulted before any extraction begins.

Conalit, created by decree in 2022, has a budget this year of about 250 million pesos, a fraction of what private companies typically spend developing a single mine.""",
        [
            ("This is the first step", "Héctor Villaseñor Ruiz"),
            ("Mexico’s lithium belongs to the", "Héctor Villaseñor Ruiz"),
            ("a modest step in the", "Gabriela Montaño"),
            ("Nobody in the world knows", "Gabriela Montaño"),
            ("You need billions of dollars", "Gabriela Montaño"),
            ("The risk is that we", "Gabriela Montaño"),
            ("We have heard about lithium", "Ramón Encinas"),
            ("If they bring jobs, good.", "Ramón Encinas"),
            ("the highest environmental standards", "Economy Department"),
        ],
    ),
    (
        """Los Aromos cuts copper guidance as grades disappoint at Quebradilla

By Rachel Pemberton

Chilean copper miner Minera Los Aromos has lowered its 2025 production forecast to 265,000-280,000t, from 290,000-305,000t previously, after ore grades at its Quebradilla open pit in the Coquimbo region came in below the mine plan for a second consecutive quarter.

The Santiago-listed company reported second-quarter output of 63,400t of copper in concentrate and cathode, down 11% year on year, with head grades averaging 0.51% Cu against a planned 0.58%.

On a conference call with analysts, chief executive Ignacio Larraín Vial said the shortfall reflected ‘a more complex geology than our block model anticipated’ in the southern phase of the pit.

‘We are not hiding from this. The model overestimated grade continuity in phase five, and we have already re-drilled the area at much tighter spacing,’ he said.

‘The good news is that the metal is there. It is simply being delivered later than we planned, and the back end of the mine plan is stronger as a result.’

Larraín said the company was bringing forward mining in the higher-grade northern phase and expected grades to recover from the first quarter of 2026.

Chief financial officer Paula Echeverría told analysts that C1 cash costs were now expected at US$2.35-2.50/lb, up from US$2.10-2.25/lb, partly because of higher diesel and sulphuric acid prices. The company kept its capital expenditure guidance of US$720 million unchanged, including US$190 million for the tailings dam raise at Quebradilla.

Shares in Los Aromos fell 6.2% in Santiago on the day.

Analysts were broadly unsurprised. Felipe Bravo of local broker Andes Securities wrote in a note to clients: ‘The market had already priced in some grade risk after Q1, but a second miss undermines confidence in the reserve model. We move to neutral.’

Another analyst, who covers the stock for a European bank and asked not to be named, said the company had ‘a credibility problem, not a resource problem’.

The company is also negotiating a new collective agreement with its largest union, whose current contract expires in October. Union president Jaime Tapia Olivares said members were ‘not willing to pay for the company’s planning mistakes’ and would seek a signing bonus in line with recent settlements elsewhere in the Chilean industry.

Los Aromos said in its results statement that the negotiations were taking place ‘in a constructive climate’ and that it did not expect any disruption to operations.""",
        [
            ("a more complex geology than", "Ignacio Larraín Vial"),
            ("We are not hiding from", "Ignacio Larraín Vial"),
            ("The good news is that", "Ignacio Larraín Vial"),
            ("The market had already priced", "Felipe Bravo"),
            ("a credibility problem, not a", "analyst who covers the stock for a European bank"),
            ("not willing to pay for", "Jaime Tapia Olivares"),
            ("in a constructive climate", "Minera Los Aromos"),
        ],
    ),
    (
        """Peru declares emergency after deadly clash with illegal gold miners

Lima (AFP) - Peru's government declared a 60-day state of emergency in a remote Amazon province on Monday after clashes between police and illegal gold miners left two officers dead and at least 11 people injured, officials said.

The violence broke out on Saturday when police raided informal mining camps along the Yanamayu river in the southeastern Madre de Dios region, part of an operation dubbed "Amazonía Limpia" aimed at dismantling dredges and seizing mercury.

"The state will not surrender a single hectare of the Amazon to criminal organizations," Interior Minister Walter Cárdenas Ríos told a press conference in Lima. "Those who attacked our police officers will be found and punished, whoever they are and whoever is financing them.

"We are going to stay in Madre de Dios for as long as necessary."

According to the interior ministry, some 300 miners armed with shotguns and homemade explosives ambushed a patrol of 40 officers as it withdrew from the area with seized equipment. Fourteen people were arrested.

The emergency decree, published in the official gazette, suspends some constitutional rights, including freedom of assembly, and allows the armed forces to support police in the province of Alto Yanamayu.

The Regional Federation of Small-Scale Miners of Madre de Dios, which represents thousands of informal miners trying to legalize their operations, denied that its members were involved and accused police of using "disproportionate force."

"We are not criminals. We are workers who have been waiting 12 years for the state to give us our permits," the federation's president, Eusebio Mamani Ccori, told AFP by phone.

Peru is Latin America's largest gold producer. Analysts estimate that illegal and informal mining accounts for about a fifth of the country's output, much of it smuggled out through neighbouring countries.

In Madre de Dios alone, illegal mining has destroyed more than 100,000 hectares of rainforest over the past two decades. The Andean Amazon Monitoring Project, an independent research group, warned in a report last month that "mercury contamination in fish has reached levels that pose a serious risk to public health," particularly for Indigenous communities that depend on the river for food.

In the nearby town of Puerto Yanamayu, fear has kept many people indoors since the weekend.

"Here the law is whoever has the dredge. The police come for a day and then they leave, and we stay," said a local resident, who asked not to be named for fear of reprisals.

Illegal mining has expanded rapidly across the Andean region in recent years as gold prices have climbed to record highs.""",
        [
            ("The state will not surrender", "Walter Cárdenas Ríos"),
            ("Those who attacked our police", "Walter Cárdenas Ríos"),
            ("We are going to stay", "Walter Cárdenas Ríos"),
            ("disproportionate force", "Regional Federation of Small-Scale Miners of Madre de Dios"),
            ("We are not criminals.", "Eusebio Mamani Ccori"),
            ("mercury contamination in fish has", "Andean Amazon Monitoring Project"),
            ("Here the law is whoever", "local resident"),
        ],
    ),
    (
        """EXCLUSIVE-Mexican pipeline operator seeks $1.2 bln to expand gas link to Pacific -sources

By Diego Ferrán

MEXICO CITY, June 3 (Reuters) - Mexican pipeline operator Gasoductos del Pacífico is in talks with banks to raise about $1.2 billion to expand a natural gas line that would supply a planned liquefied natural gas (LNG) export terminal on the country's Pacific coast, three sources familiar with the matter told Reuters.

The financing would fund the doubling of capacity on the company's 680-kilometer (423-mile) pipeline, which carries gas imported from Texas through the states of Chihuahua and Sinaloa to the port of Bahía Escondida, according to an investor presentation seen by Reuters.

The presentation said the expansion would be completed in 2028 "subject to obtaining environmental authorizations" and would raise capacity to 2.2 billion cubic feet per day.

The company has hired two international banks and a Mexican lender to lead the deal, which could be launched as early as next month, two of the sources said. They asked not to be named because the talks are private.

"The demand is there, the customers are signed. The question is how quickly the permits come through," said one of the sources, a banker involved in the deal.

Gasoductos del Pacífico said in an emailed statement that it "continuously evaluates financing alternatives" to support its growth, but declined to comment on specific talks.

Mexico imports about 70% of the natural gas it consumes, almost all of it by pipeline from the United States. Several companies have proposed LNG plants on the Pacific coast to ship U.S. gas to Asian buyers, avoiding the Panama Canal.

An official at Mexico's Energy Ministry said the government supported the expansion as part of its plan to bring gas to industrial parks in the country's northwest. "We see the Pacific as a strategic corridor for natural gas, both for exports and for our own development," the official said, asking not to be identified because they were not authorized to speak publicly.

The project faces local opposition. A fishing cooperative in Bahía Escondida has filed a legal challenge against the terminal, arguing it would damage shrimp breeding grounds.

"Nobody asked us," said Aurelio Beltrán Osuna, head of the Bahía Escondida Fishing Cooperative. "They talk about billions of dollars, but the bay is the only thing we have."

According to Claudia Ibarrola, a partner at Mexico City-based consultancy Enerlatam Consultores, regulatory risk is the main concern for lenders. "Mexico has changed its energy rules three times in ten years," she said. "Lenders remember that."

($1 = 18.45 Mexican pesos)

(Reporting by Diego Ferrán; Editing by Rosalind Keane)""",
        [
            ("subject to obtaining environmental authorizations", "Gasoductos del Pacífico"),
            ("The demand is there, the", "banker involved in the deal"),
            ("continuously evaluates financing alternatives", "Gasoductos del Pacífico"),
            ("We see the Pacific as", "official at Mexico's Energy Ministry"),
            ("Nobody asked us,", "Aurelio Beltrán Osuna"),
            ("They talk about billions of", "Aurelio Beltrán Osuna"),
            ("Mexico has changed its energy", "Claudia Ibarrola"),
            ("Lenders remember that.", "Claudia Ibarrola"),
        ],
    ),
    (
        """Catamarca lithium expansion puts water back at centre of legal fight

By Julián Ocampo Ferrari

Residents of a high-altitude community in Catamarca province have filed a legal challenge against the expansion of a lithium project in the nearby Salar de Tolar Chico, arguing that the provincial government approved it without an adequate study of its impact on the region’s scarce water.

The project, operated by Litio Puneño SA, a joint venture between Australian-listed Altiplano Resources and a provincial state company, plans to triple its output of lithium carbonate to 30,000 tonnes a year by 2028, taking advantage of the tax and customs benefits of the national incentive regime for large investments.

The lawsuit, filed on Monday before a federal court in San Fernando del Valle de Catamarca, was brought by the Indigenous Community of Villa Laguna Blanca together with an association of environmental lawyers.

The community’s lawyer, Mariela Cruz Vilte, put it bluntly: “They approved an expansion that will pump more brine in one year than the original project did in five, and they did it on the basis of a hydrological study from 2017.”

“The vega where our animals graze is already drying up,” said Nicasio Gutiérrez, a llama herder and community elder, referring to the high-altitude wetlands that sustain livestock in the Puna. “My father grazed here, and his father before him. We want to know if my grandchildren will be able to.”

Litio Puneño rejected the claims. In a statement, the company said its water use was “continuously monitored” by provincial authorities and that the expansion would rely on a new direct lithium extraction (DLE) plant that reinjects processed brine into the salt flat.

“The new technology reduces freshwater consumption per tonne of product by more than 60 percent compared with conventional evaporation ponds,” the statement said.

Provincial Mining Minister Rodolfo Sarquís Ahumada defended the approval, telling local broadcaster Radio Valle Viejo that the province had followed “every step that the law requires”.

“Catamarca cannot say no to the jobs and royalties that lithium brings,” he said. “But we are also not going to allow anyone to dry out the Puna. Both things are possible.”

Argentina, part of the so-called “lithium triangle” with Chile and Bolivia, has become one of the world’s fastest-growing producers of the battery metal, with more than a dozen projects under construction in Catamarca, Salta and Jujuy.

Gonzalo Pereyra Leiva, executive director of the Argentine Lithium Producers’ Association, said the legal challenge fit a broader pattern. “Every project that gets close to construction ends up in court,” he said in a written response to questions. “That is not a sign of a healthy system. It is a sign that the rules are not clear to anyone.”

A court official said the judge was expected to decide within weeks whether to grant an injunction suspending the works.""",
        [
            ("They approved an expansion that", "Mariela Cruz Vilte"),
            ("The vega where our animals", "Nicasio Gutiérrez"),
            ("My father grazed here, and", "Nicasio Gutiérrez"),
            ("continuously monitored", "Litio Puneño SA"),
            ("The new technology reduces freshwater", "Litio Puneño SA"),
            ("every step that the law", "Rodolfo Sarquís Ahumada"),
            ("Catamarca cannot say no to", "Rodolfo Sarquís Ahumada"),
            ("But we are also not", "Rodolfo Sarquís Ahumada"),
            ("Every project that gets close", "Gonzalo Pereyra Leiva"),
            ("That is not a sign", "Gonzalo Pereyra Leiva"),
        ],
    ),
]
