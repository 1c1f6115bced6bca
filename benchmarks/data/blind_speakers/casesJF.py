CASES = [
    (
        """Kenyan port backlog grows as customs system outage enters fourth day

By Duncan Mwaura

MWACHANDE, Kenya, March 4 (Reuters) - More than 2,300 containers were stuck at Kenya's port of Mwachande on Tuesday as a failure of the customs clearance system entered its fourth day, shipping agents said, with importers warning that storage charges were mounting.

The outage has knocked out the electronic single window that clearing agents use to lodge declarations and pay duties, forcing customs officers at the port to process a limited number of entries by hand.

"We are clearing maybe one in ten of what we would clear on a normal day," said Halima Odhiambo, chairwoman of the Coast Freight Agents Association. "Every hour a container sits in the yard, somebody is paying for it, and at the end of the day it is the consumer."

The Kenya Revenue and Customs Service, which runs the system, said in a statement that engineers had traced the problem to a failed database upgrade and expected full service to be restored "within the next 48 hours".

"Manual processing has been prioritised for perishables, pharmaceuticals and relief cargo," the statement said.

Two customs officials at the port, who asked not to be named because they were not authorised to speak to the media, said the backlog of unprocessed declarations had passed 9,000 by Monday evening.

"People are sleeping in the office," one of them said. "The paper forms are there, but we do not have enough hands."

Mwachande handles most of the imports for Kenya, Uganda, Rwanda, South Sudan and eastern Congo, and disruptions there ripple quickly along the northern transport corridor. Truckers at the inland container depot at Kiboko said they had been waiting since Saturday for release orders.

Shipping line Meridian Ocean Lines told customers in a notice that it would waive some demurrage charges for boxes affected by the outage but warned that vessel schedules could slip.

"We are monitoring the situation closely and will adjust berthing windows as required," the company said.

Peter Kamau Njiru, the port's general manager for operations, told reporters on Monday that cargo handling itself was unaffected and that ships continued to be worked. But he acknowledged that the yard was filling up.

"The cranes are moving. The problem is the gate," he said.

Importers of fresh produce and cooking oil said any delay beyond this week would push up prices ahead of the Ramadan season, when demand rises.

(Reporting by Duncan Mwaura; Editing by Clara Whitfield)""",
        [
            ("We are clearing maybe one", "Halima Odhiambo"),
            ("Every hour a container sits", "Halima Odhiambo"),
            ("within the next 48 hours", "Kenya Revenue and Customs Service"),
            ("Manual processing has been prioritised", "Kenya Revenue and Customs Service"),
            ("People are sleeping in the", "customs official at the port"),
            ("The paper forms are there,", "customs official at the port"),
            ("We are monitoring the situation", "Meridian Ocean Lines"),
            ("The cranes are moving.", "Peter Kamau Njiru"),
        ],
    ),
    (
        """Traders cry foul as crackdown on sugar smuggling chokes Namboko border

By JACOB WEKESA

Small-scale traders at the Namboko border post have accused security agencies of harassment following a week-long crackdown on sugar smuggling that has seen more than 40 people arrested and at least 600 bags of the commodity impounded.

The operation, dubbed “Operation Funga Njia”, was launched last Monday by a multi-agency team drawn from the police, customs and the National Standards Board.

Namboko County Commissioner Esther Chelangat said the crackdown would continue until the “panya routes” used to sneak goods across the border had been sealed.

“We have people bringing in sugar on bicycles and motorbikes through the farms at night, evading duty and putting the health of Kenyans at risk because nobody knows where this sugar has been stored,” Ms Chelangat said on Friday.

She added that some of the impounded sugar had been found repackaged in bags bearing the labels of local millers.

“This is not small business. These are cartels who are using young people as couriers,” she said.

But traders at Namboko market said the operation had gone beyond targeting smugglers and was now hurting residents who cross the border daily to buy household goods.

Mr Bonface Opiyo, a retailer, said officers had confiscated 10kg of sugar he had bought for his shop in Lukwanga, the neighbouring town across the border.

“I had a receipt. I showed them the receipt. They still took it and told me to go and explain at the station,” Mr Opiyo said.

Ms Jane Nafula, who chairs the Namboko Cross-Border Traders Association, said women traders had been the most affected.

“Our members are mothers who feed their families from this trade. We are not against the law, but the law should not be used to frighten us,” she said.

She called on the government to simplify the clearance of small consignments, arguing that the simplified trade regime under the East African Community was “only working on paper”.

A senior customs officer at the border, who declined to be named as he is not allowed to speak to the press, said traders carrying goods within the limits of the simplified regime had nothing to fear.

“If you declare, you pay what you are supposed to pay and you go. The ones running are the ones with something to hide,” the officer said.

Sugar prices in the area have risen by about Sh20 a kilogramme since the crackdown began, according to a survey by the Nation.

Namboko Central MP Fredrick Wanyama urged the agencies to “go for the big fish” and spare hawkers.

“We have seen lorries of sugar passing through this border at night under escort. Those are the people the government should be arresting,” Mr Wanyama said.""",
        [
            ("We have people bringing in", "Esther Chelangat"),
            ("This is not small business.", "Esther Chelangat"),
            ("I had a receipt.", "Bonface Opiyo"),
            ("Our members are mothers who", "Jane Nafula"),
            ("only working on paper", "Jane Nafula"),
            ("If you declare, you pay", "senior customs officer at the border"),
            ("go for the big fish", "Fredrick Wanyama"),
            ("We have seen lorries of", "Fredrick Wanyama"),
        ],
    ),
    (
        """Tanzania: Customs Seize Dhow Loaded With Untaxed Cigarettes Off Kigombe Coast

Dar es Salaam. Customs officers backed by the marine police have intercepted a wooden dhow carrying 1,200 cartons of cigarettes and 300 bags of sugar suspected to have been smuggled from a neighbouring island, in an operation off the Kigombe coast in Ruvu Kusini District.

Six crew members were arrested when the vessel was boarded at around 3am on Sunday, about four nautical miles from the shore, according to the Tanzania Revenue and Customs Authority (TRCA).

Speaking to reporters at the Kigombe landing site yesterday, the TRCA commissioner for customs, Mr Abdallah Mussa Kitwana, said the goods had an estimated value of Sh180 million and would have cost the government about Sh64 million in unpaid taxes.

"These smugglers use small landing sites along the coast where there are no customs officers. They wait for darkness and for high tide, then they offload quickly into waiting vehicles," he said.

"We have now increased patrols with our partners in the marine police and we are working with village leaders, because the people living along the coast see these boats before we do.

"Anyone who gives information that leads to a seizure will be rewarded in accordance with the law."

Mr Kitwana said the cigarettes bore no tax stamps and some carried health warnings in a foreign language, contrary to the Tobacco Products Regulations.

The Kigombe village chairman, Mr Hamisi Said Mbaruku, said residents had for years reported suspicious night-time landings.

"Sometimes you see lorries at the beach at 2am. Everybody knows it is not fish they are carrying," he told The Citizen.

A fisherman at the landing site, who asked not to be named for fear of reprisals, said some boat owners were paid to ferry goods from larger vessels anchored offshore.

"For one trip you can get what you earn from fishing in a whole month. That is why young people accept," he said.

The regional police commander, Senior Assistant Commissioner of Police Joyce Lyimo, said the suspects would be arraigned once investigations were complete.

Economists have warned that smuggling of consumer goods along the Indian Ocean coastline undermines local manufacturers. In its latest report, "Leakages at the Coast", the Centre for Trade Policy Research, a Dar es Salaam-based think tank, estimated that the country loses more than Sh300 billion annually through illicit trade along the shoreline.

"The cost is not only the lost revenue. It is the jobs in local factories that cannot compete with goods that pay no tax," the centre's executive director, Dr Neema Mwakasege, said.""",
        [
            ("These smugglers use small landing", "Abdallah Mussa Kitwana"),
            ("We have now increased patrols", "Abdallah Mussa Kitwana"),
            ("Anyone who gives information that", "Abdallah Mussa Kitwana"),
            ("Sometimes you see lorries at", "Hamisi Said Mbaruku"),
            ("For one trip you can", "fisherman at the landing site"),
            ("The cost is not only", "Neema Mwakasege"),
        ],
    ),
    (
        """Contraband fuel, electronics seized along Addis-Djibouti corridor as customs tightens checks

Addis Abeba – The Federal Customs and Revenue Commission said it had seized contraband goods worth more than 212 million birr over the past two months along the corridor linking the capital to Djibouti.

The seized items include fuel, electronics, clothing, cigarettes and ammunition, the commission said in a statement released on Wednesday, adding that 74 suspects had been detained and 38 vehicles impounded.

According to the statement, most of the seizures were made at checkpoints around Adele Gota and the Kulmiye junction, where traffic from the port splits towards the eastern towns.

"Contraband trade is not only a revenue problem; it is a threat to the national economy and to the security of the country," the statement read.

Speaking to Addis Standard, Tesfaye Gebremedhin, director of enforcement at the commission's eastern branch, said smugglers were increasingly hiding goods inside legitimate transit cargo.

"In the past, contraband came on camels and Isuzu trucks through the desert routes. Now we find electronics packed behind bags of fertilizer in containers that have been cleared at the port," he said. He added that the commission had begun deploying mobile scanners at two checkpoints and planned to add three more before the end of the fiscal year.

Fuel smuggling in the opposite direction remains a major concern. Because of government subsidies, fuel in Ethiopia sells below prices in neighbouring countries, making it attractive to traffickers who move it across the border in jerrycans, officials say.

A truck driver who regularly plies the route, who requested anonymity, said the additional checks had lengthened journeys considerably.

"A trip that took two days now takes four. At every checkpoint they open the container, and sometimes they ask for something small to let you pass," the driver said.

Traders in Adele Gota offered a different explanation for the persistence of the illegal trade. Meron Alemu, who sells household goods at the town's main market, put it bluntly: "People smuggle because the legal way is too expensive and too slow. If the tax was fair, many would choose the legal way."

Economists have long argued that high tariffs on consumer goods and the shortage of foreign currency have fuelled informal cross-border trade. A study published last year by the Horn Economic Policy Institute described the eastern corridor as "a parallel economy that feeds half the region".

Abdi Hassan Yusuf, a lecturer in economics at Gode Valley University, said enforcement alone would not end the practice.

"You can catch trucks every day, but as long as the price difference is there, someone will take the risk," he said.""",
        [
            ("Contraband trade is not only", "Federal Customs and Revenue Commission"),
            ("In the past, contraband came", "Tesfaye Gebremedhin"),
            ("A trip that took two", "truck driver who regularly plies the route"),
            ("People smuggle because the legal", "Meron Alemu"),
            ("a parallel economy that feeds", "Horn Economic Policy Institute"),
            ("You can catch trucks every", "Abdi Hassan Yusuf"),
        ],
    ),
    (
        """Somalia: Officials order probe after charcoal ship leaves Bandar Warsame despite export ban

MOGADISHU - Somalia's Ministry of Ports and Marine Transport has ordered an investigation into how a cargo vessel loaded with charcoal sailed from the southern port of Bandar Warsame last week in apparent violation of a national and international ban on the trade.

The ship, the MV Al-Noor Star, left the port on Thursday night carrying an estimated 30,000 sacks of charcoal bound for a Gulf destination, port workers and local elders told Garowe Online.

Ports Minister Faisal Mohamed Guled said those responsible would face the full force of the law.

"Whoever allowed that ship to leave will be held accountable, whether they are port officials, security forces or businessmen," Guled told reporters in Mogadishu on Sunday. "The charcoal ban is not optional. It is the law of this country and it protects our environment."

The Bandar Warsame port director, Ahmed Ali Barre, denied that his staff had cleared the shipment, saying the vessel's documents "showed nothing about charcoal" and listed only livestock feed and empty containers.

"We inspected what was declared. If something was loaded at night from small boats after our people left, that is a matter for the security agencies," Barre said in a phone interview.

The export of charcoal from Somalia has been banned for more than a decade. According to UN monitors, the trade has long been a source of revenue for armed groups, which tax trucks moving the commodity from the interior to the coast.

An elder in a village near the port, who spoke on condition of anonymity for security reasons, said trucks had been bringing charcoal to the port for weeks before the ship sailed.

"Every night we heard trucks. Everybody in the town knew what was happening. The question is who was paid," the elder said.

The Somali Green Coast Initiative, a Mogadishu-based environmental group, said in a statement that the incident showed "the ban exists only on paper in some ports".

"Every sack that leaves our shores is a tree that will not grow back. The rangelands are turning into desert," the group said, calling on the federal government and member states to share intelligence on exporters and buyers.

Officials in the ministry said a team of investigators had been dispatched to Bandar Warsame and that the port's harbour master had been suspended pending the outcome of the inquiry.

Somalia has in recent years stepped up efforts to curb the trade, burning stockpiles seized at ports and checkpoints, but traders say demand from abroad remains high and the profits large enough to justify the risk.""",
        [
            ("Whoever allowed that ship to", "Faisal Mohamed Guled"),
            ("The charcoal ban is not", "Faisal Mohamed Guled"),
            ("showed nothing about charcoal", "Ahmed Ali Barre"),
            ("We inspected what was declared.", "Ahmed Ali Barre"),
            ("Every night we heard trucks.", "elder in a village near the port"),
            ("the ban exists only on", "Somali Green Coast Initiative"),
            ("Every sack that leaves our", "Somali Green Coast Initiative"),
        ],
    ),
    (
        """Fuel smugglers using lake islands 'to beat tax' - revenue body

By ISAAC MUGISHA

Kampala. Smugglers are increasingly using islands on Lake Victoria to bring untaxed fuel into the country, the National Revenue Service (NRS) has said, warning that the practice is costing the Treasury billions of shillings every year.

In a report tabled before Parliament's Committee on Finance on Tuesday, the revenue body said at least 14 landing sites on the Lwanyonyi islands had become transit points for fuel brought in by boat "to beat tax and evade the enforcement teams stationed on the main roads".

Mr Ronald Ssekandi, the NRS assistant commissioner for enforcement, told the committee that the smugglers buy fuel in bulk across the lake and ferry it to the islands before distributing it to the mainland.

"They move at night in boats fitted with big engines. Each boat can carry up to 40 jerrycans, and by morning the fuel is already in petrol stations on the mainland, mixed with legitimate stock," Mr Ssekandi said.

"We have impounded 23 boats since July, but for every boat we get, there are others we do not see. The lake is wide and our marine unit has only three vessels."

He said the authority lost an estimated Shs41 billion in fuel duty over the last financial year.

Ms Proscovia Nakato, the committee chairperson, questioned why the smuggling had persisted despite the authority's knowledge of the routes.

"How is it that the revenue authority knows these landing sites by name, and yet the smuggling continues? Somebody is protecting these people," she said.

The marine police spokesperson, who declined to be named because he was not authorised to speak on the matter, said the unit was constrained by shortages of fuel and manpower.

"We also need fuel to chase fuel smugglers. Sometimes the boats are there but they cannot move," the spokesperson said.

At Nkombwe landing site, residents said the trade had become the main source of income for young men on the islands after fish stocks declined.

"Fishing is dead here. The fish are few and the fisheries officers burn our nets. What else can a young man do?" said Mr Gerald Mutebi, a boat operator.

According to the Petroleum Retailers Association of Uganda, smuggled fuel sells about Shs500 cheaper per litre than taxed fuel, which the association said had pushed some licensed dealers in lakeside districts "to the edge of closure".

The NRS report recommends the creation of a joint enforcement unit with the marine police and the purchase of at least five additional patrol boats in the next financial year.""",
        [
            ("to beat tax", "National Revenue Service"),
            ("to beat tax and evade", "National Revenue Service"),
            ("They move at night in", "Ronald Ssekandi"),
            ("We have impounded 23 boats", "Ronald Ssekandi"),
            ("How is it that the", "Proscovia Nakato"),
            ("We also need fuel to", "spokesperson"),
            ("Fishing is dead here.", "Gerald Mutebi"),
            ("to the edge of closure", "Petroleum Retailers Association of Uganda"),
        ],
    ),
    (
        """Truckers count losses as delays pile up at Nyakagezi border post

By MOSES KIPTOO, The EastAfrican

Transporters on the central corridor are losing up to $400 per truck for every day spent at the Nyakagezi One-Stop Border Post, where clearance times have more than doubled since the start of the year, according to a regional truckers’ lobby.

The Central Corridor Truck Owners Association (CCTOA) says trucks heading to Kigali and Bujumbura now spend an average of 52 hours at the border, compared with 20 hours last year, blaming staff shortages, frequent system downtime and duplicate inspections by agencies on both sides.

“The whole idea of a one-stop border post was that you stop once. Today you stop once on paper and three times in practice,” said Emmanuel Habimana, the association’s secretary-general.

He said drivers were also being asked to present documents that had already been uploaded to the regional electronic cargo tracking system.

“Every agency wants its own copy, its own stamp and its own queue,” he added.

Officials on the Tanzanian side attribute the delays to a surge in volumes. In a written response to The EastAfrican, the Tanzania Customs and Excise Department said cargo passing through the border had grown by 31 percent in the first quarter.

“Additional officers have been deployed and the border now operates 24 hours a day,” the department said.

A Rwandan official familiar with the matter, who asked not to be named, said power outages on the Tanzanian side often knocked the shared system offline. “When their system is down, ours is useless, because we work from the same screen,” the official said.

The East African Community Secretariat’s latest report on non-tariff barriers, “Time Release at Border Crossings”, lists Nyakagezi among five crossings in the region where clearance times worsened last year.

Speaking at a regional trade meeting last week, the EAC deputy secretary-general in charge of customs and trade, Dr Grace Atieno Were, said partner states had agreed to harmonise inspections at shared border posts.

“We have agreed that joint verification must be the rule and not the exception. Partner states will report progress at the next sectoral council,” she said.

For importers, the cost is counted in lost business. Jean-Claude Uwimana, a Kigali-based importer of cement and steel, said: “My customers don’t care why the truck is late. They just cancel the order. We are losing contracts to suppliers who bring goods through other routes.”

Transport analysts say the delays threaten to erode the central corridor’s gains against rival routes, which have invested heavily in new border facilities.

Mr Habimana warned that some of the association’s members were already considering diverting their fleets to the northern corridor “if nothing changes by the end of the quarter”.""",
        [
            ("The whole idea of a", "Emmanuel Habimana"),
            ("Every agency wants its own", "Emmanuel Habimana"),
            ("Additional officers have been deployed", "Tanzania Customs and Excise Department"),
            ("When their system is down,", "Rwandan official familiar with the matter"),
            ("We have agreed that joint", "Grace Atieno Were"),
            ("My customers don’t care why", "Jean-Claude Uwimana"),
            ("if nothing changes by the", "Emmanuel Habimana"),
        ],
    ),
    (
        """S.Sudan traders decry 'roadblock economy' on vital import route

LOKIRI GATE, South Sudan (AFP) - Lined up for nearly two kilometres in the midday heat, the trucks carrying flour, fuel and cooking oil into South Sudan from Uganda move a few metres every hour.

By the time they reach Juba, about 190 kilometres to the north, drivers say they will have stopped at more than 30 checkpoints, many of them manned by men in uniform demanding cash.

"At each one they ask for 5,000 pounds, 10,000 pounds. Sometimes they want fuel from your tank," said Okello Charles Obura, a Ugandan driver who has plied the route for 11 years.

"If you refuse, they keep you there until night, and at night the road is not safe."

South Sudan relies almost entirely on imports for its food and manufactured goods, most of which come through the single crossing at Lokiri Gate.

The informal levies, which traders say have multiplied since last year, are pushing up prices in a country where millions of people face hunger, according to the United Nations.

A report published in May by the Juba-based Centre for Trade and Governance Studies counted 41 checkpoints on the road and estimated that a single truck paid the equivalent of $780 in unofficial fees per trip, feeding what locals call the "roadblock economy".

"These payments are not recorded anywhere. They do not reach the treasury, but they end up in the price of every bag of maize flour in Juba," the report said.

Trade minister Mary Akech Deng told reporters in Juba last week that the government had ordered the removal of all "unauthorised checkpoints" on the highway.

"Only customs, immigration and the traffic police are allowed on the road. Anyone else collecting money is a criminal," she said.

But at a roadblock just outside the town of Kajo-Lobu, AFP saw soldiers stopping vehicles and collecting cash from drivers. A soldier at the checkpoint, who declined to give his name, said his unit had not been paid for five months.

"We also have families. What do you want us to eat?" he said, before waving a truck through.

Women traders who cross the border on foot with smaller loads say they face harassment as well.

Nyibol Garang, who sells tomatoes and onions in a Juba market, said she now paid more in fees on each trip than she earned in profit.

"Sometimes I go home with nothing. The money I made is left on the road," she told AFP.

Uganda's Ministry of Trade and Regional Integration said in a statement that it had raised the matter with Juba and expected "a lasting solution" soon.""",
        [
            ("At each one they ask", "Okello Charles Obura"),
            ("If you refuse, they keep", "Okello Charles Obura"),
            ("These payments are not recorded", "Centre for Trade and Governance Studies"),
            ("unauthorised checkpoints", "Mary Akech Deng"),
            ("Only customs, immigration and the", "Mary Akech Deng"),
            ("We also have families.", "soldier at the checkpoint"),
            ("Sometimes I go home with", "Nyibol Garang"),
            ("a lasting solution", "Ministry of Trade and Regional Integration"),
        ],
    ),
]
