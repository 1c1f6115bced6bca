CASES = [
    (
        """Chile indigenous groups threaten lithium road blockade over royalty share

By Camila Reyes

SANTIAGO, March 12 (Reuters) - Indigenous communities around northern Chile's Churcal salt flat said on Tuesday they would block access roads to two lithium operations next month unless the government and producers agree to raise the share of royalties paid to local groups, escalating a dispute that has simmered for more than a year.

The Council of Atacameño Peoples of Churcal, which represents 14 communities around the salt flat, said in a statement that current payments were "a fraction of what the water under our land is worth" and accused the state development agency of renegotiating contracts "behind our backs."

"We are not against lithium. We are against being the last ones asked," council president Rosa Quispe Mamani told Reuters by telephone from the village of San Bartolo de Churcal. "Our lagoons are drying and the flamingos are leaving. Nobody pays for that."

Quispe said the council would set a date for the blockade at an assembly on March 28.

Chile's Mining Ministry said it was open to dialogue. "The door is open, and it has always been open," Deputy Mining Minister Andrés Ferrada said at an industry event in Antofagasta, adding that a review of the community contribution mechanism was "on the table" for the second half of the year.

Litio Altiplano SpA, which produces about 30,000 tonnes of lithium carbonate equivalent a year from the salar, said it pays 3.5% of its sales to local communities under its current agreement, more than the law requires.

"We have been good neighbors for two decades and we will keep talking," the company said in an emailed response to questions. It did not comment on the threatened blockade.

A second operator, Salares del Norte, did not respond to a request for comment.

A person familiar with the negotiations, who asked not to be named because the talks are private, said the government was weighing a proposal to lift the community share to 5% of sales but faced resistance from the Finance Ministry.

"Nobody wants a repeat of 2019, when the trucks stood still for three weeks," the person said.

Chile is the world's second-largest lithium producer after Australia, and the salt flats of its northern Andes hold some of the richest brines anywhere. Lithium prices have fallen by more than two thirds from their 2022 peak, squeezing producers' margins just as communities press for a larger slice.

"A blockade of even two weeks would be noticeable in the spot market, because inventories in China are lower than people think," said Felipe Urrutia, a metals analyst at Santiago brokerage Cordillera Capital.

(Reporting by Camila Reyes; Additional reporting by Tomás Lagos in Antofagasta; Editing by Mark Hollis)""",
        [
            ("a fraction of what the", "Council of Atacameño Peoples of Churcal"),
            ("behind our backs", "Council of Atacameño Peoples of Churcal"),
            ("We are not against lithium.", "Rosa Quispe Mamani"),
            ("Our lagoons are drying and", "Rosa Quispe Mamani"),
            ("The door is open, and", "Andrés Ferrada"),
            ("on the table", "Andrés Ferrada"),
            ("We have been good neighbors", "Litio Altiplano SpA"),
            ("Nobody wants a repeat of", "person familiar with the negotiations"),
            ("A blockade of even two", "Felipe Urrutia"),
        ],
    ),
    (
        """Condor Andean halts Huallpa works as Apurímac blockade enters third week

Peru-focused copper developer says it cannot guarantee staff safety; communities want royalty trust revisited

By Daniel Marsh

LIMA – Condor Andean Copper has suspended early works at its Huallpa copper-molybdenum project in southern Peru after a road blockade by neighbouring communities entered its third week, the TSX-V-listed company said on Monday.

In a statement to the market, Condor said it had demobilised contractors from the site in the Apurímac region ‘as a precautionary measure’ and that it ‘remains committed to a negotiated solution with all parties’.

Chief executive Graham Whitlock told Mining Journal the company had no choice. ‘We cannot put our people on a road where trucks are being stopped and searched. The moment we have guarantees from the authorities, we will go back,’ he said.

‘This is a delay, not a cancellation. The resource has not gone anywhere.’

The blockade, on the unpaved road linking Huallpa to the regional capital, was set up on 3 June by residents of the Chuquibamba Alta and Santa Rosa de Pumaccasa communities, who say an agreement signed in 2021 to channel 2% of future net smelter returns into a development trust is no longer adequate.

Community president Teodoro Huamán Ccori said the trust’s board was dominated by company nominees. ‘They told us we would be partners. A partner has a vote, not a seat in the corner,’ he said by phone.

He added that residents also wanted an independent water study before any drilling resumed: ‘The springs above Pumaccasa have already changed. We want to know why.’

Peru’s Ministry of Energy and Mines said it had sent a high-level commission to the area and expected talks to begin this week. A ministry official, who declined to be named, said the government viewed the dispute as ‘solvable’ but warned that ‘nobody will negotiate under a blockade’.

Huallpa hosts an inferred resource of 780 million tonnes at 0.41% copper, according to a 2023 preliminary economic assessment, which outlined a 22-year open-pit operation with initial capex of US$1.9 billion. The company had planned to start a 40,000m drilling programme in July to upgrade the resource ahead of a pre-feasibility study.

Analysts said the delay would likely push that study into 2026. ‘The market has seen this film before in the southern corridor,’ said Lucía Paredes, mining analyst at Lima-based Andes Research Partners. ‘Investors will want to see a signed agreement, not just a lifted blockade.’

Condor shares fell 14% in Toronto on Monday to C$0.38, valuing the company at about C$96 million.

Southern Peru’s copper belt, which hosts some of the country’s largest mines, has long been a flashpoint for social conflict. The national ombudsman’s office registered 127 active mining-related conflicts in its latest monthly report.""",
        [
            ("as a precautionary measure", "Condor Andean Copper"),
            ("remains committed to a negotiated", "Condor Andean Copper"),
            ("We cannot put our people", "Graham Whitlock"),
            ("This is a delay, not", "Graham Whitlock"),
            ("They told us we would", "Teodoro Huamán Ccori"),
            ("The springs above Pumaccasa have", "Teodoro Huamán Ccori"),
            ("solvable", "ministry official"),
            ("nobody will negotiate under a", "ministry official"),
            ("The market has seen this", "Lucía Paredes"),
            ("Investors will want to see", "Lucía Paredes"),
        ],
    ),
    (
        """Bolivia lawmakers stall lithium deals as Potosí protests grow

La Paz (AFP) - Bolivian lawmakers on Thursday postponed for the third time a vote on two contracts that would allow foreign companies to extract lithium from the Llipina salt flat, as protesters in the southern Potosí region vowed to keep roads closed until the deals are scrapped.

The contracts, signed last year by state-owned Litio Nacional Boliviano (LNB), would give a Chinese-led consortium and a Russian firm the right to build plants using direct lithium extraction, a technology that separates the metal from brine without large evaporation ponds.

Opponents say the terms are too generous. Under the agreements, Bolivia would receive royalties of three percent of gross sales plus a share of profits that critics say could fall to zero if prices stay low.

"This is not a contract, it is a surrender," said Marcelo Choque, president of the Potosí Civic Committee, which has led a blockade of the main highway to the Chilean border since Monday. "Potosí gave silver to the world for 400 years and kept the poverty. We will not let it happen again with lithium."

Several hundred people marched through the city of Potosí on Thursday, carrying Bolivian flags and banners against the contracts.

LNB defended the deals. In a statement, the company said the technology would allow Bolivia to "finally move from promises to production" and that the contracts included "the strongest environmental safeguards in the region."

Hydrocarbons and Energy Minister Ramiro Tapia told reporters in La Paz that the government would not withdraw the contracts.

"We have listened, and we will keep listening, but Bolivia cannot wait another 15 years," Tapia said. "Every month we lose, Argentina and Chile sell more."

Opposition deputy Verónica Salazar, who chairs the lower house's natural resources committee, said her committee had received the full text of the contracts only last week.

"We have 400 pages and no water study," she said. "Nobody in this chamber is going to approve something they have not read."

According to an official in the legislature who asked not to be named, the ruling party lacks the votes to pass the contracts without support from at least a dozen opposition deputies, and no new date for the vote has been set.

Indigenous Quechua communities living near the salt flat have also raised concerns about water. Juana Flores, a leader from the community of San Pedro de Llipina, said residents had not been consulted as required by Bolivian law.

"They come with their engineers and their papers, but nobody asks us where our llamas will drink," she told AFP.

Bolivia is believed to hold some of the largest lithium resources in the world but has produced only small amounts after more than a decade of state-led efforts.

The blockade has left dozens of trucks stranded at the Puesto Chacha border crossing, according to the national road administration.""",
        [
            ("This is not a contract,", "Marcelo Choque"),
            ("Potosí gave silver to the", "Marcelo Choque"),
            ("finally move from promises to", "Litio Nacional Boliviano"),
            ("the strongest environmental safeguards in", "Litio Nacional Boliviano"),
            ("We have listened, and we", "Ramiro Tapia"),
            ("Every month we lose, Argentina", "Ramiro Tapia"),
            ("We have 400 pages and", "Verónica Salazar"),
            ("Nobody in this chamber is", "Verónica Salazar"),
            ("They come with their engineers", "Juana Flores"),
        ],
    ),
    (
        """Congo state miner demands bigger share from copper-cobalt partners - letter

By Pascal Mulenga

KINSHASA, Oct 3 (Reuters) - Democratic Republic of Congo's state miner SOMIKAS has written to its foreign joint-venture partners demanding that they renegotiate royalty and dividend terms by the end of the year, according to a letter seen by Reuters, in the latest push by Kinshasa to capture more value from its copper and cobalt boom.

The letter, dated Sept. 26 and addressed to the heads of seven joint ventures in the southern Lualaba and Haut-Katanga provinces, said the current agreements, most of them signed in the early 2000s, were "profoundly unbalanced."

"Our partners have recovered their investments many times over, while the Congolese people, who own these resources, receive crumbs," the letter said.

SOMIKAS - Société Minière du Katanga Sud - is asking for its stakes in the ventures to rise to at least 35% from between 17.5% and 25%, and for a separate royalty on sales of cobalt hydroxide on top of the state royalty.

Chief executive Jean-Pierre Kabongo Ilunga told reporters in Lubumbashi on Wednesday that the company was not seeking to expropriate anyone.

"We are not nationalising. We are asking for what is fair," he said. "When these contracts were signed, copper was at $1,800 a tonne and the country was at war. Today copper is above $9,000 and we are at peace in the south.

"A contract that was reasonable in 2005 is not reasonable today, and our partners know it."

Two of the partners contacted by Reuters declined to comment. A third, Canadian-listed Lomami Copper Corp, said it had received the letter and "will engage constructively with SOMIKAS and the government within the framework of our existing agreements."

A senior official at one of the joint ventures, who asked not to be named because he was not authorised to speak to the media, said the demands would deter investment.

"If you can reopen a contract every time the price goes up, what happens when it goes down? Nobody in Kinshasa is asking that question," the official said.

Mines Minister Clarisse Mwamba Tshala backed SOMIKAS, writing on X that the state "will no longer accept contracts that enrich others at the expense of the Congolese."

Congo is the world's largest producer of cobalt and Africa's top copper producer. Its 2018 mining code raised royalties on cobalt to 10% after the metal was declared a "strategic substance", a change foreign miners fought for months.

Eric Mbuyi, director of the Kinshasa-based Centre for Extractive Governance, said the move reflected pressure on public finances.

"The timing is not accidental," he said. "The government needs revenue before the budget is voted, and the state miners have become its instrument."

(Reporting by Pascal Mulenga; Additional reporting by Clément Tshibanda in Lubumbashi; Writing by Anna Krüger; Editing by Robert Dane)""",
        [
            ("profoundly unbalanced.", "Société Minière du Katanga Sud"),
            ("Our partners have recovered their", "Société Minière du Katanga Sud"),
            ("We are not nationalising. We", "Jean-Pierre Kabongo Ilunga"),
            ("When these contracts were signed,", "Jean-Pierre Kabongo Ilunga"),
            ("A contract that was reasonable", "Jean-Pierre Kabongo Ilunga"),
            ("will engage constructively with SOMIKAS", "Lomami Copper Corp"),
            ("If you can reopen a", "senior official at one of the joint ventures"),
            ("will no longer accept contracts", "Clarisse Mwamba Tshala"),
            ("The timing is not accidental,", "Eric Mbuyi"),
            ("The government needs revenue before", "Eric Mbuyi"),
        ],
    ),
    (
        """Peru Mining Lobby Warns Royalty Bill Would Stall $54 Billion of Projects

By Diego Villanueva

(Bloomberg) -- Peru's mining industry warned that a bill to raise royalties on copper producers when prices are high would put billions of dollars of planned investment at risk, as lawmakers prepare to debate the measure next week.

The proposal, sponsored by a group of lawmakers from southern regions, would add a windfall levy of as much as 12% of operating profit when copper trades above $4 a pound, with half the proceeds going directly to districts where mines operate.

"It sends exactly the wrong signal at exactly the wrong time," Cecilia Arbulú, president of the Peruvian Chamber of Mining Producers, told reporters in Lima on Tuesday. "Chile and Argentina are competing for the same capital. Investors will simply go elsewhere."

The chamber estimates that 46 projects worth $54 billion are in the pipeline, many of them in the southern copper belt where communities have long complained that they see little benefit from the mines on their doorstep.

The bill's main sponsor, Congressman Wilfredo Ccama, dismissed the warning as "the same speech they give every time someone asks them to share."

"When copper was at $2, they said they could not pay more. Now it is at $4.50 and they still cannot pay more," Ccama said in an interview. "At what price can they pay?"

Peru's Ministry of Economy and Finance said in a written response to questions that it was studying the proposal and would present its views to Congress's economic committee. Any change to the fiscal regime "must not undermine competitiveness or legal stability," the ministry said.

Copper futures have climbed about 18% this year on supply disruptions and demand from electric vehicles and power grids, swelling profits at Peru's largest mines.

"Markets are not pricing this in yet," said Mariana Goyburu, an analyst at Inca Securities in Lima. "If it passes in anything like its current form, you would see a re-rating of the Peruvian copper names."

An executive at one of the country's biggest copper miners, who asked not to be identified discussing internal plans, said the company had put a decision on a $2 billion expansion on hold pending the outcome of the vote.

In the Andean district of Llacuapampa, home to one of the largest open-pit copper mines in the south, mayor Efraín Condori said the bill did not go far enough.

"We have a mine that exports a billion dollars a year and our children study in schools without windows," he said by phone. "If the companies think this bill is unfair, let them come and see."

The bill needs 66 votes in the 130-seat Congress to pass. The largest party in the chamber has not said how it will vote.

--With assistance from Laura Benavides.

To contact the reporter on this story:
Diego Villanueva in Lima""",
        [
            ("It sends exactly the wrong", "Cecilia Arbulú"),
            ("Chile and Argentina are competing", "Cecilia Arbulú"),
            ("the same speech they give", "Wilfredo Ccama"),
            ("When copper was at $2,", "Wilfredo Ccama"),
            ("At what price can they", "Wilfredo Ccama"),
            ("must not undermine competitiveness or", "Ministry of Economy and Finance"),
            ("Markets are not pricing this", "Mariana Goyburu"),
            ("If it passes in anything", "Mariana Goyburu"),
            ("We have a mine that", "Efraín Condori"),
            ("If the companies think this", "Efraín Condori"),
        ],
    ),
    (
        """Union at Chile’s Cerro Blanco copper mine votes to strike as wage talks collapse

By: Natalia Fuentes

SANTIAGO (miningweekly.com) – Workers at Minera Cerro Blanco’s open-pit copper mine in Chile’s Atacama region have voted to strike after the company’s final wage offer fell short of their demands, the union said on Friday, raising the prospect of the first stoppage at the operation in nine years.

Some 94% of the 1 180 members of Sindicato de Trabajadores Cerro Blanco No 1 who took part in the ballot backed the strike.

Union president Héctor Araya said the company had refused to move on a bonus linked to the mine’s record output last year. “The company made more money than ever, and it wants to give us the same as always,” he told local broadcaster Radio Nuevo Norte. “That is not a negotiation; that is a notice.”

Under Chilean labour law, either party may request a five-day government mediation period before a strike takes effect. Araya said the union would enter mediation “in good faith” but was preparing for a stoppage from next Thursday.

Minera Cerro Blanco, which is 60%-owned by Japanese trading house Hoshino Metals and 40% by Canada’s Redcliff Resources, produced 212 000 t of copper in concentrate last year.

In a statement, the company said its offer was “among the most competitive in the Chilean mining industry” and included an average real wage increase of 4.2% and a signing bonus of 22-million pesos a worker.

“We regret the union’s decision and remain available to continue dialogue at any time,” the statement said, adding that contingency plans were in place to keep the concentrator running.

Atacama regional labour secretary Pamela Rojas Vidal said the ministry would convene both sides on Monday. “Our role is to make sure that the conversation does not break down,” she said.

Mining consultant Juan Carlos Gutiérrez, of Santiago-based GeoMinas Consultores, summed up the risk: “A two-week strike at Cerro Blanco is roughly 9 000 t of copper that never reaches the market, at a time when concentrate supply is already tight.”

The labour dispute comes as the company seeks environmental approval for its “Cerro Blanco 2030” expansion, which would extend the mine’s life by 15 years and lift throughput by about a third.

The Diaguita community of Quebrada Los Pircas, downstream of the mine, has filed objections with the environmental assessment service, arguing that the expansion’s water plan underestimates the impact on local aquifers.

“The water the mine wants for its expansion is the same water our goats drink,” community spokesperson Ana Campillay said.

Cerro Blanco is among a handful of Chilean mines whose collective agreements expire this year, with analysts watching closely for signs of wider labour unrest in the world’s top copper-producing country.""",
        [
            ("The company made more money", "Héctor Araya"),
            ("That is not a negotiation;", "Héctor Araya"),
            ("in good faith", "Héctor Araya"),
            ("among the most competitive in", "Minera Cerro Blanco"),
            ("We regret the union’s decision", "Minera Cerro Blanco"),
            ("Our role is to make", "Pamela Rojas Vidal"),
            ("A two-week strike at Cerro", "Juan Carlos Gutiérrez"),
            ("The water the mine wants", "Ana Campillay"),
        ],
    ),
    (
        """Police tear-gas artisanal miners at DR Congo lithium site

Kalemie (DR Congo) (AFP) - Police fired tear gas on Tuesday to disperse hundreds of artisanal miners protesting their eviction from a lithium concession in the Democratic Republic of Congo's southeastern Tanganyika province, witnesses and local officials said.

The miners, who have dug for tin ore and coltan on the site near the town of Kisanga-Mweru for years, say they were given three days to leave after the concession holder, Australian-listed Mweru Lithium, began building an access road and a workers' camp.

"They tell us the ground belongs to the company. But our fathers dug here before anyone knew what lithium was," said Albert Kasongo, 34, who said he had worked the pits since he was a teenager.

One protester was seriously injured, according to a local rights group, the Association for Justice and Development in Tanganyika (AJDT), which called the police response "disproportionate and unacceptable."

A police officer at the scene, who did not want to be named, told AFP that officers had been pelted with stones.

"We did not shoot anyone. We used gas because they were throwing stones at the vehicles," he said.

Tanganyika provincial governor Medard Kalunga Mutombo said the eviction was lawful but that the province would look for "a humane solution for the families."

"The state cannot allow anarchy on a concession that has been legally granted," Kalunga told journalists in Kalemie. "But we will not leave these families with nothing. We are asking the company to set aside a zone for artisanal mining."

In a statement to the Australian Securities Exchange, Mweru Lithium said it was "aware of reports of unrest" near the project and that none of its employees or contractors had been involved.

"Mweru Lithium does not direct or control the actions of the Congolese police," the statement said, adding that the company supported "a peaceful, negotiated relocation process" for the diggers.

Tens of thousands of people in southeastern DR Congo earn a living from artisanal mining, often in dangerous conditions, and evictions to make way for industrial projects have repeatedly sparked unrest.

The discovery of large hard-rock lithium deposits in Tanganyika has drawn a wave of foreign investors in recent years, as demand for the battery metal has surged with the growth of electric vehicles.

"Companies arrive with permits from Kinshasa, but the people who live here learn about it when the bulldozers come," said Gisele Ngoy, a coordinator at AJDT.

She said the group had asked the provincial assembly to suspend the eviction until a census of the miners was carried out.

Calm had returned to Kisanga-Mweru by Tuesday evening, a resident reached by telephone said, though several hundred miners remained camped near the entrance to the site.""",
        [
            ("They tell us the ground", "Albert Kasongo"),
            ("disproportionate and unacceptable.", "Association for Justice and Development in Tanganyika"),
            ("We did not shoot anyone.", "police officer at the scene"),
            ("a humane solution for the", "Medard Kalunga Mutombo"),
            ("The state cannot allow anarchy", "Medard Kalunga Mutombo"),
            ("But we will not leave", "Medard Kalunga Mutombo"),
            ("aware of reports of unrest", "Mweru Lithium"),
            ("Mweru Lithium does not direct", "Mweru Lithium"),
            ("a peaceful, negotiated relocation process", "Mweru Lithium"),
            ("Companies arrive with permits from", "Gisele Ngoy"),
        ],
    ),
    (
        """Peru grants first lithium exploitation permit as Puno communities cry foul

By Sofía Mendoza

Peru’s Ministry of Energy and Mines has granted the country’s first lithium exploitation permit to Andes Litio SAC for its Collpani project in the southern Puno region, the company announced on Wednesday, even as Aymara communities near the site insisted they had never been properly consulted.

Andes Litio, a subsidiary of Toronto-listed Altiplano Energy Metals, plans to produce 25,000 tonnes a year of battery-grade lithium carbonate from hard-rock deposits at Collpani, with first production targeted for 2028.

“This is a historic day for Peru and for Puno,” Altiplano chief executive Richard Havens said in a news release. “Peru now has the opportunity to become a meaningful supplier to the global battery supply chain.”

Havens said the company expected to pay about $80 million a year in taxes and royalties at full production, “a substantial part of which will stay in the region through the canon minero.”

But leaders of the Aymara community of Jilatamarca, whose grazing land lies within the project area, said they would file a legal challenge.

“They held two meetings in Spanish, in the town hall, during harvest time,” community leader Nazario Mamani Coaquira told MINING.COM. “They call that a consultation. We call it a trick.”

Mamani said residents were worried about dust and about the uranium that occurs alongside lithium in the deposit.

The ministry said in a statement that the permit followed “all procedures established by law” and that prior consultation had been carried out in 2022 under the supervision of the Culture Ministry. According to the ministry, the project will still require a separate environmental certification before construction can begin.

Puno regional governor Rufino Apaza Ticona struck a cautious tone. Speaking at a press conference in the city of Puno, he said he supported the project “as long as the people of Puno are not spectators of their own wealth.”

“We have seen what happened in other regions,” Apaza added. “The mines came, the trucks came, and twenty years later the roads are still dirt.”

A Lima-based mining lawyer who has advised on several lithium concessions, speaking on condition of anonymity, said the uranium question could delay the project further. “The regulatory framework for radioactive by-products simply doesn’t exist yet in Peru,” the lawyer said.

Altiplano shares jumped 21% in Toronto on Wednesday to C$1.12.

Peru, the world’s third-largest copper producer, has long been eyed as a potential new source of lithium, but the Collpani deposit has been held up for years by legal disputes over the concession and by questions over how to handle its radioactive content.

The company said it would begin a definitive feasibility study in the coming months and hoped to secure financing by the end of next year.""",
        [
            ("This is a historic day", "Richard Havens"),
            ("Peru now has the opportunity", "Richard Havens"),
            ("a substantial part of which", "Richard Havens"),
            ("They held two meetings in", "Nazario Mamani Coaquira"),
            ("They call that a consultation.", "Nazario Mamani Coaquira"),
            ("all procedures established by law", "Ministry of Energy and Mines"),
            ("as long as the people", "Rufino Apaza Ticona"),
            ("We have seen what happened", "Rufino Apaza Ticona"),
            ("The mines came, the trucks", "Rufino Apaza Ticona"),
            ("The regulatory framework for radioactive", "Lima-based mining lawyer"),
        ],
    ),
]
