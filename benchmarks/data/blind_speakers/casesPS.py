CASES = [
    (
        """Suez transits recover slowly as insurers hold Red Sea premiums high

By Hany Mostafa and Clara Whitcombe

CAIRO/LONDON, Feb 18 (Reuters) - Vessel transits through the Suez Canal rose for a third straight month in January but remained well below levels seen before attacks on merchant shipping in the Red Sea, the canal's operator said on Tuesday, as insurers warned that war-risk premiums were unlikely to fall soon.

A total of 1,104 ships used the waterway last month, up from 962 in December, according to figures published by the canal authority. That compares with more than 2,000 a month at the start of 2023.

"The direction is clear, but the pace is not what we would like," Adel Fathy, a spokesman for the authority, told reporters in Ismailia. "Every carrier that comes back brings two or three others with it."

Fathy said the authority would extend discounts of up to 15% on transit fees for container ships of more than 130,000 gross tonnes until the end of June.

Egypt's government has said the canal lost about $7 billion in revenue last year as major container lines diverted vessels around the Cape of Good Hope, adding roughly 10 days to voyages between Asia and northern Europe.

Underwriters in London said the recent calm had not yet translated into cheaper cover. Rates for a seven-day transit remain at around 0.7% of a vessel's hull value, compared with 0.05% before the crisis, two brokers said.

"Nobody wants to be the first to cut and then pay out on a total loss," said one senior marine underwriter, who declined to be named because he was not authorised to speak to the media.

Mark Delaney, head of marine at broker Harrowgate Risk Partners, said owners of bulk carriers and tankers were more willing to return than container lines, whose networks depend on predictable weekly rotations.

"A liner network is a chain. If one link is uncertain, you re-route the whole chain," he said. "Tramp owners decide voyage by voyage."

Container line Meridian Orient Shipping said in a statement it had "no immediate plans" to restore its Asia-Mediterranean loop via the canal but was reviewing the situation weekly.

Analysts at Coastline Intelligence said the cost of diversion had been partly absorbed by a surplus of new vessels delivered over the past two years, which gave carriers spare capacity to cover longer routes.

"The orderbook gave the lines a cushion," said Coastline analyst Priya Raman. "That cushion is getting thinner as demand picks up."

(Reporting by Hany Mostafa in Cairo and Clara Whitcombe in London; Editing by David Orr)""",
        [
            ("The direction is clear, but", "Adel Fathy"),
            ("Every carrier that comes back", "Adel Fathy"),
            ("Nobody wants to be the", "senior marine underwriter"),
            ("A liner network is a", "Mark Delaney"),
            ("Tramp owners decide voyage by", "Mark Delaney"),
            ("no immediate plans", "Meridian Orient Shipping"),
            ("The orderbook gave the lines", "Priya Raman"),
            ("That cushion is getting thinner", "Priya Raman"),
        ],
    ),
    (
        """Greek owner Kallergis Maritime bets on eco-kamsarmaxes despite softer market

Nikos Andreou, Athens

Piraeus-based Kallergis Maritime has ordered four 82,000-dwt kamsarmax bulkers at a Chinese yard, betting that tighter emissions rules will reward modern tonnage even as dry bulk rates soften.

The family-controlled company, led by second-generation owner Stavros Kallergis, signed for the ships at Zhoushan Haixin Shipbuilding at about $35m each, according to brokers familiar with the deal.

Deliveries are scheduled between the second half of 2027 and the first half of 2028.

“We are not trying to time the market,” Kallergis told TradeWinds at the company’s offices in Glyfada. “Our charterers ask us about carbon intensity on every fixture now. Ten years from now, a ship that cannot answer that question will be a ship nobody wants.”

The order takes the Kallergis fleet to 23 vessels, with an average age that the company says will fall from 12 years to below nine once the newbuildings arrive.

Kallergis, 44, took over day-to-day management from his father Ioannis in 2019. He described the older man as “a very cautious buyer, sometimes too cautious”, but said the two still discussed every major decision.

“He asked me one question about this order: who pays if the market turns? I had to have an answer,” Kallergis said.

The company has secured financing for 60% of the contract price from a Greek bank and said the remainder would come from its own cash.

Brokers in Piraeus said the deal reflected a wider pattern among mid-sized Greek owners, who held back from ordering during the high-price period of the past three years.

“The big names ordered early. The middle tier waited, and now they are running out of time to renew,” one Piraeus sale-and-purchase broker said.

Eleni Papadaki, research director at Athens consultancy Aegean Freight Analytics, said kamsarmax earnings had fallen about 18% since the start of the year, to around $12,500 per day.

“On pure numbers, this is not an exciting moment to order,” she said. “But owners who think in 20-year cycles are looking at something different. They see the regulatory curve, not the freight curve.”

She added that Chinese yards were offering “reasonably flexible” payment terms to win business from Greek clients, who account for a large share of the global bulker orderbook.

Kallergis said the company would consider dual-fuel designs for its next round of orders, but that the technology was not yet mature enough for tramp dry bulk trades.

“Methanol is a good story. Ammonia is a good story,” he said. “But I have to bunker the ship in Brazil and in Indonesia, not in a press release.”""",
        [
            ("We are not trying to", "Stavros Kallergis"),
            ("Our charterers ask us about", "Stavros Kallergis"),
            ("a very cautious buyer, sometimes", "Stavros Kallergis"),
            ("He asked me one question", "Stavros Kallergis"),
            ("The big names ordered early.", "Piraeus sale-and-purchase broker"),
            ("On pure numbers, this is", "Eleni Papadaki"),
            ("But owners who think in", "Eleni Papadaki"),
            ("reasonably flexible", "Eleni Papadaki"),
            ("Methanol is a good story.", "Stavros Kallergis"),
            ("But I have to bunker", "Stavros Kallergis"),
        ],
    ),
    (
        """Unpaid for months, crew of abandoned tanker wait off Singapore for a way home

By JOANNE LIM Associated Press

SINGAPORE (AP) — For seven months, the 19 men aboard the tanker Marlena Star have watched the skyline of Singapore from an anchorage a few kilometers offshore, unable to go ashore and, they say, unpaid since last summer.

The 2004-built product tanker, owned by a company registered in the United Arab Emirates, has been at anchor since its owner stopped paying for fuel, food and wages in July, according to crew members and a seafarers' charity that has been supplying the ship.

"We are eating rice and lentils, and the generator runs four hours a day," the ship's chief engineer, Ramil Dizon, said in a phone interview. "Some of the young ones have not spoken to their families for weeks because there is no internet."

Dizon, 52, from the central Philippine province of Iloilo, said the crew was owed a combined $410,000. The men come from the Philippines, India and Myanmar. Several have contracts that expired months ago, but they cannot leave the ship without a replacement crew or a court order.

"If we walk off, we lose any claim to the money," he said. "So we stay. That is the trap."

The ship's registered owner, Seastream Ventures FZE, did not respond to emails and phone calls seeking comment. A manager at a Mumbai crewing agency that supplied some of the sailors said the agency had had "no connection" with the vessel since March, then ended the call.

Singapore's Maritime Port Board said in a statement that it had arranged deliveries of fresh water and provisions and was working with the flag state and the ship's insurer "to ensure the well-being of the crew and their safe repatriation."

Abandonment cases have risen sharply over the past five years, driven in part by older tankers changing hands to little-known owners, some of them involved in trades that skirt Western sanctions, according to the Maritime Crew Welfare Network, a charity that tracks such cases. It recorded 312 abandoned vessels worldwide last year, more than double the figure for 2020.

"These are not accidents. The business model of some of these owners depends on walking away when a ship stops making money," said Meera Pillai, the network's director.

The Rev. Daniel Koh, a port chaplain with the Harbour Light Seafarers' Centre, has made the launch trip out to the tanker every second week since September, bringing phone cards, medicine and fruit.

"The men are strong, but I can see it in their faces now," Koh said. "The waiting is worse than the hunger."

Dizon said the crew had begun keeping a calendar on the bridge, crossing off each day.

"My daughter graduated in December," he said. "I watched a video of it three days later, on the captain's phone. That is how I attended."

Seafarers' unions in Manila say they are pressing the Philippine government to help fly the men home.""",
        [
            ("We are eating rice and", "Ramil Dizon"),
            ("Some of the young ones", "Ramil Dizon"),
            ("If we walk off, we", "Ramil Dizon"),
            ("So we stay. That is", "Ramil Dizon"),
            ("no connection", "manager at a Mumbai crewing agency"),
            ("to ensure the well-being of", "Maritime Port Board"),
            ("These are not accidents. The", "Meera Pillai"),
            ("The men are strong, but", "Daniel Koh"),
            ("The waiting is worse than", "Daniel Koh"),
            ("My daughter graduated in December,", "Ramil Dizon"),
            ("I watched a video of", "Ramil Dizon"),
        ],
    ),
    (
        """Strike at Greek box terminal leaves feeders waiting as talks stall

By Tom Pritchard

Feeder operators in the eastern Mediterranean are re-routing cargo after a 48-hour strike at Nea Kalamaki container terminal stretched into a fifth day, with the union and the terminal’s operator blaming each other for the deadlock.

Hellas Gateway Terminals, which runs the facility under a 35-year concession, said yesterday vessel waiting times had reached four days and that three mainline calls had been cancelled this week.

The dispute centres on manning levels for a new fleet of automated stacking cranes due to enter service this summer. The Nea Kalamaki Dockworkers’ Association argues the plan would cut 140 jobs over three years.

Its general secretary, Yiannis Mavridis, told The Loadstar the company had ‘broken every promise made at the time of the concession’.

‘We were told automation would mean more volume and more jobs. What we have seen is more volume and fewer people,’ he said. ‘Our members are not against new machines. They are against being treated as a cost line.

‘If the company puts a guarantee on paper – no compulsory redundancies – we can be back at work tomorrow morning.’

The terminal said in a statement it had offered ‘a comprehensive package of retraining and voluntary retirement’ and accused the union of ‘holding the regional supply chain hostage’.

Chief executive Ludovic Marchand said the company remained ‘open to dialogue at any hour’, but added: ‘We cannot run a 2025 terminal with a 1995 staffing model. Our competitors in Turkey and Egypt are not standing still.’

Feeder operators said the knock-on effects were already spreading. A spokesperson for Cyprus-based Levant Feeder Lines said it had shifted two weekly services to alternative ports and that shippers should expect delays of up to a week on Aegean and Black Sea connections.

‘We have boxes for Thessaloniki and Constanta sitting on the wrong side of the problem,’ the spokesperson said.

One Athens forwarder, who asked not to be named, said customers were paying to truck urgent containers in from other ports. ‘It is costing them €900 to €1,200 a box extra, and nobody knows who will pay that in the end,’ he said.

Greece’s shipping ministry has invited both sides to mediation on Monday. ‘A prolonged stoppage at a strategic port serves nobody,’ a ministry official said.

Nea Kalamaki handled some 1.1m teu last year, much of it transhipment cargo for the Aegean, the Black Sea and the Adriatic, making it one of the fastest-growing hubs in the region.

Katerina Vlachou, an analyst at Piraeus-based consultancy BlueWake Research, said the terminal’s growth had been built on reliability, and that a long dispute could undo it.

‘The longer this goes on, the more cargo learns to go elsewhere – and cargo has a long memory,’ she said.""",
        [
            ("broken every promise made at", "Yiannis Mavridis"),
            ("We were told automation would", "Yiannis Mavridis"),
            ("Our members are not against", "Yiannis Mavridis"),
            ("If the company puts a", "Yiannis Mavridis"),
            ("a comprehensive package of retraining", "Hellas Gateway Terminals"),
            ("holding the regional supply chain", "Hellas Gateway Terminals"),
            ("open to dialogue at any", "Ludovic Marchand"),
            ("We cannot run a 2025", "Ludovic Marchand"),
            ("We have boxes for Thessaloniki", "spokesperson"),
            ("It is costing them €900", "Athens forwarder"),
            ("A prolonged stoppage at a", "ministry official"),
            ("The longer this goes on,", "Katerina Vlachou"),
        ],
    ),
    (
        """Egypt's canal towns count the cost as ships stay away

Ismailia (Egypt) (AFP) - On a quiet stretch of the canal bank outside Ismailia, Mahmoud Saber used to watch a convoy of ships glide past his warehouse every morning. Now, he says, he can sometimes count them on his two hands.

"Before, I had 14 men working for me. Today I have five, and I pay them from my savings," said the 58-year-old ship chandler, who for three decades has supplied passing vessels with fresh food, cigarettes and spare parts.

Saber is one of thousands of people in Ismailia, Port Said and Suez whose livelihoods depend on traffic through the waterway, which fell sharply after attacks on merchant ships in the Red Sea began in late 2023.

Canal revenue, a key source of foreign currency for Egypt, dropped by more than half last year, according to official figures.

At a small fishing harbour nearby, boatman Hassan Abdel-Ghani sat mending a rope on his launch, which he uses to run mooring lines between ships and the bank.

"The big ships are our bread. When they go around Africa, they take our bread with them," he told AFP.

The 41-year-old father of four said he had taken a second job driving a microbus in the evenings. His earnings from the boat, he said, had fallen to "almost nothing in some weeks".

An official at the Ismailia governorate, speaking on condition of anonymity because he was not authorised to talk to the press, said local authorities had launched a small loan programme for affected workers, but acknowledged it was "not enough to replace what was lost".

Economists say the damage extends well beyond the canal zone.

"The canal is not just a revenue line in the budget. It is a dollar pipeline at a time when Egypt badly needs dollars," said Dina Soliman, an economist at the Cairo-based Nile Institute for Economic Studies.

Soliman said a full recovery would depend on "sustained security, not a few calm weeks", since shipping lines had shown they would wait for months of stability before committing their networks again.

In recent weeks some bulk carriers and tankers have returned, and the canal authority has offered fee rebates to lure back the big container lines.

Back at his warehouse, Saber pointed at stacks of unopened cartons of tinned tomatoes and engine filters.

"I ordered these two years ago for ships that never came," he said. "I keep them. One day, God willing, they will come," he added, before pulling the metal shutter down for the afternoon.""",
        [
            ("Before, I had 14 men", "Mahmoud Saber"),
            ("The big ships are our", "Hassan Abdel-Ghani"),
            ("almost nothing in some weeks", "Hassan Abdel-Ghani"),
            ("not enough to replace what", "official at the Ismailia governorate"),
            ("The canal is not just", "Dina Soliman"),
            ("sustained security, not a few", "Dina Soliman"),
            ("I ordered these two years", "Mahmoud Saber"),
            ("I keep them. One day,", "Mahmoud Saber"),
        ],
    ),
    (
        """Singapore awards first methanol bunkering licences

Singapore’s Maritime Port Board has granted its first full licences for methanol bunker supply to two companies, as the port prepares for a growing fleet of dual-fuel ships calling at the world’s largest refuelling hub.

The licences, which take effect from 1 April, go to Straitsline Energy and Pulau Green Fuels, a joint venture between a local tanker operator and a Japanese trading house. Both firms have supplied methanol under a pilot scheme since 2023, completing a combined 41 deliveries.

“Methanol is no longer an experiment for us,” said Lim Kok Hoon, the board’s assistant chief executive for industry development, at a briefing on Thursday. “We expect demand to increase several-fold over the next five years, and we want a market that is competitive, transparent and safe from the first tonne.”

The board said in its announcement that licensees would have to meet standards on custody transfer, crew training and emissions reporting, including documentation of the “well-to-wake” carbon intensity of the fuel supplied.

According to board figures, Singapore sold 54.9m tonnes of marine fuels last year, of which alternative fuels including LNG, biofuel blends and methanol accounted for about 1.3m tonnes.

Industry executives welcomed the move but warned that the supply of green methanol – produced from biomass or renewable electricity – remained thin.

“The licences solve the delivery side. The production side is still the bottleneck,” said Arjun Menon, chief commercial officer of Straitsline Energy. “Most of what the world can make today is grey methanol from natural gas, and that does not help owners with their emissions targets.”

Menon said Straitsline had signed offtake agreements with producers in China and Egypt and would take delivery of a second methanol-ready bunker tanker in the third quarter.

A Singapore-based fuel buyer at a major European container line said the company’s dual-fuel ships were still burning conventional fuel on most voyages. “We are paying for the capability, not yet using it,” the buyer said, asking not to be identified because supply contracts are confidential.

Pulau Green Fuels said in a statement it would “scale up in step with our customers’ needs” and had no plans to build dedicated storage before 2027.

Some analysts see a risk of Singapore losing ground to rival hubs in the Middle East and China if it moves too slowly. Mr Lim dismissed that concern.

He said: “Ports that want to be first will make announcements. We would rather be right. Shipowners come to Singapore because the fuel is what it says it is.”

Sarah Goh, a senior consultant at maritime advisory Kestrel Marine, said the licensing framework was likely to be copied elsewhere. “Singapore writes the rulebook, then everyone else borrows it,” she said.""",
        [
            ("Methanol is no longer an", "Lim Kok Hoon"),
            ("We expect demand to increase", "Lim Kok Hoon"),
            ("The licences solve the delivery", "Arjun Menon"),
            ("Most of what the world", "Arjun Menon"),
            ("We are paying for the", "Singapore-based fuel buyer at a major European container line"),
            ("scale up in step with", "Pulau Green Fuels"),
            ("Ports that want to be", "Lim Kok Hoon"),
            ("Singapore writes the rulebook, then", "Sarah Goh"),
        ],
    ),
    (
        """Greek ferry crews walk out at start of tourist season

By Angeliki Kouri

ATHENS, June 24 (Reuters) - Greek ferries stayed tied up in port on Tuesday as seafarers began a 48-hour strike over pay and crewing levels, stranding thousands of travellers at the start of the summer tourist season.

The Hellenic Merchant Crews Federation (HMCF), which represents deck and engine-room ratings, said the stoppage covered all passenger and car ferry sailings from the ports of Piraeus, Rafina and Lavrio.

"Our members work 14-hour days in the high season for wages that have not kept up with a single price on the islands," the federation said in a statement.

Its president, Dimitris Kontos, told reporters outside the union's headquarters in Piraeus that crews had been "patient for three years" while operators posted record passenger numbers.

"We are not doing this against the passengers. We are doing this so that there are still Greek crews on these ships in ten years," he said.

Shipping Minister Andreas Lymperis called the strike "disproportionate" and urged the union to return to talks on a new collective agreement, which expired in March.

"The door of the ministry is open. It has always been open," Lymperis said in an interview with a private television channel. "But you do not close the islands in June to make a point."

The Coastal Passenger Lines Association, which represents ferry operators, said the union's demand for a 12% pay rise would "threaten the viability of routes to smaller islands that already run at a loss".

At Piraeus, long queues formed at ticket offices as travellers sought refunds or tried to rebook. Some families slept on benches in the passenger terminal after arriving on late flights.

"We have two nights paid for on Paros and no way to get there," said Laura Bennett, a British tourist travelling with her two teenage sons. "Nobody told us anything until we got to the gate."

A port police officer at the main gate said about 40 departures had been cancelled by mid-morning.

"Everything is tied up. Only the ships with exemptions for medical cargo are moving," the officer said.

Under Greek law, unions must ensure a minimum service on some routes. The federation said supply ships serving remote islands and vessels carrying patients would be allowed to sail.

Tourism accounts for about a fifth of Greece's economy, and the sector is expecting another record year. The Hellenic Hoteliers' Forum, an industry group, said the strike "sends the worst possible message to visitors" and called on the government to mediate.

The federation has threatened further action in July if no agreement is reached.

(Reporting by Angeliki Kouri; Editing by Mark Potter)""",
        [
            ("Our members work 14-hour days", "Hellenic Merchant Crews Federation"),
            ("patient for three years", "Dimitris Kontos"),
            ("We are not doing this", "Dimitris Kontos"),
            ("disproportionate", "Andreas Lymperis"),
            ("The door of the ministry", "Andreas Lymperis"),
            ("But you do not close", "Andreas Lymperis"),
            ("threaten the viability of routes", "Coastal Passenger Lines Association"),
            ("We have two nights paid", "Laura Bennett"),
            ("Nobody told us anything until", "Laura Bennett"),
            ("Everything is tied up. Only", "port police officer"),
            ("sends the worst possible message", "Hellenic Hoteliers' Forum"),
        ],
    ),
    (
        """Singapore yard density eases but carriers warn of schedule knock-ons

Singapore’s container terminals have brought yard utilisation back below 85% after three months of congestion, but carriers say the ripple effects of Red Sea diversions will keep Asian transhipment hubs under pressure well into the second half of the year.

Port operator Lion City Terminals said berth waiting times had fallen to an average of 1.2 days in May, down from a peak of 4.5 days in February, after it reactivated older berths at its Keppel Point facility and extended working hours for yard crews.

“We have taken out most of the backlog,” said Lion City Terminals chief operating officer Kenneth Ong. “But let me be candid about the structure of the problem.

“When ships go around the Cape, they arrive in bunches. A service that used to give us one ship a week now gives us nothing for ten days and then three ships in 48 hours. No terminal in the world is designed for that pattern.

“Our job is to absorb the bunching so that it does not pass down the line to the feeder network.”

Lloyd’s List understands that at least two alliance carriers have asked the operator for guaranteed berthing windows on their Asia-North Europe loops from the third quarter, a request that one carrier executive described as part of “a permanent game of catch-up”.

Pacifica Container Line said in a customer advisory that it would omit Singapore on one of its Asia-Mediterranean services for two weeks “to recover schedule integrity”, with cargo moved to a relay at Port Klang.

Schedule reliability across the main east-west trades stood at 54.2% in April, according to Horizon Liner Analytics, little changed from March but well below the 70%-plus levels seen before the diversions.

Lars Eriksen, chief executive of Horizon, wrote in a note to clients: “Reliability has stopped falling, which is not the same thing as recovering. As long as the Cape routing stays, the network has less slack than it did, and every typhoon or labour dispute shows up in the numbers.”

Transhipment volumes through Singapore rose 7.8% year on year in the first four months, as carriers used the hub to re-sort cargo that would previously have been relayed at ports in the Red Sea and the eastern Mediterranean.

That gain may not last. Some carriers are testing limited returns through the Suez Canal, and Egyptian officials have offered fee rebates to speed the process.

“The day the big alliances come back through the canal, the bunching problem reverses – and Singapore gives back some of the volume it gained,” said Nadia Hamdan, a Cairo-based port consultant who advises terminal investors on the Red Sea coast.

Lion City Terminals said it expected full-year throughput to grow regardless, citing new intra-Asia services.""",
        [
            ("We have taken out most", "Kenneth Ong"),
            ("But let me be candid", "Kenneth Ong"),
            ("When ships go around the", "Kenneth Ong"),
            ("Our job is to absorb", "Kenneth Ong"),
            ("a permanent game of catch-up", "carrier executive"),
            ("to recover schedule integrity", "Pacifica Container Line"),
            ("Reliability has stopped falling, which", "Lars Eriksen"),
            ("The day the big alliances", "Nadia Hamdan"),
        ],
    ),
]
