CASES = [
    (
        """Istmeño Canal cuts daily transits as drought drains reservoir

By Lucía Barrantes

PUERTO ALMIRANTE, March 12 - The authority that runs the Istmeño Canal will cut the number of daily transit slots to 27 from 32 starting next week and lower the maximum draft for the largest ships, after the driest February on record left its main reservoir well below normal levels.

"We are managing the water we have, not the water we would like to have," canal administrator Rodrigo Saldívar told reporters on Tuesday. "Every transit uses millions of litres of fresh water, and right now each one counts."

Lake Corrales, which feeds the locks, stood at 24.1 metres on Monday, about 1.8 metres below the five-year average for the date, according to figures published by the Istmeño Canal Authority.

The authority said in a statement that the restrictions would be reviewed every two weeks and that existing bookings would be honoured "as far as operationally possible." The maximum draft for neopanamax-size vessels will fall to 13.4 metres from 14.0 metres, forcing many container ships and bulk carriers to sail partly loaded.

Shipping lines said the cuts would add cost and delay on routes linking Asia with the U.S. East Coast. A spokeswoman for Nordvik Line said the carrier was studying whether to send some services via alternative routes. "We have contingency plans, and we will use them if the queue keeps growing," she said.

Waiting times for vessels without reservations have already risen to around nine days for northbound ships, according to Tavera Maritime Agency, a ship agent in Puerto Almirante.

"The bigger worry is for LPG carriers and bulkers, which often don't book in advance," said Héctor Quirós, a senior analyst at the agency. "They are the ones paying for the auction slots, and those prices are already climbing."

Two shipbrokers, who asked not to be named because they were not authorised to speak to the media, said one slot at last week's auction sold for more than $1.2 million. "That number would have been unthinkable two years ago," one of them said.

Saldívar said the authority had no plans for now to raise tolls but did not rule out changes later in the year. Asked whether the government would fund a long-delayed second reservoir on the Río Ventura, he said the project was "a question for the Cabinet, not for me this afternoon."

The canal handles about 4% of global seaborne trade, and transit revenue accounts for nearly a fifth of government income. The finance ministry has already trimmed its growth forecast for the year to 3.1% from 3.8%, citing lower canal traffic.

Meteorologists expect the rainy season to begin in May, though the national weather service warned last month that a weak El Niño pattern could delay it.

(Reporting by Lucía Barrantes; Editing by Mark Hollis)""",
        [
            ("We are managing the water", "Rodrigo Saldívar"),
            ("Every transit uses millions of", "Rodrigo Saldívar"),
            ("as far as operationally possible", "Istmeño Canal Authority"),
            ("We have contingency plans, and", "spokeswoman"),
            ("The bigger worry is for", "Héctor Quirós"),
            ("They are the ones paying", "Héctor Quirós"),
            ("That number would have been", "shipbroker"),
            ("a question for the Cabinet,", "Rodrigo Saldívar"),
        ],
    ),
    (
        """Vellemund box terminals brace for second week of strike

Tom Ashcroft, Europe Correspondent

Container lines calling at Vellemund are diverting cargo to neighbouring hubs as a dockworkers’ strike at the port’s two largest terminals heads into its second week with no talks scheduled.

Members of the HVB transport union walked out on May 3 after negotiations with the Vellemund Port Employers’ Association over a new collective agreement broke down. The union is seeking an 8.5% pay rise and guarantees over the roll-out of automated straddle carriers at the Oostkade terminal.

Union negotiator Marieke Dijkhuis said members would stay out “for as long as it takes” to secure written commitments on jobs.

“Automation is not the enemy, but automation without any agreement on who keeps their job is something we cannot accept,” she said. “The employers have known our position since January.

“If they want the cranes moving again, they know where to find us.”

The employers’ association said in a statement that its offer of 5% over two years was “fair and in line with the wider sector” and accused the union of “holding the port’s customers hostage”.

Oostkade Container Terminal said about 40,000 teu was sitting in its yard, roughly twice normal levels, and that it had stopped accepting export boxes for vessels due after May 14. Reefer plugs are being prioritised for perishable cargo, the company said.

At least three Asia-Europe services have already omitted Vellemund from their rotations, according to Harbourline Analytics, which put the average waiting time at anchor at 3.4 days, up from less than a day before the strike.

Jens Kallström, head of northern Europe operations at Baltora Shipping, said the carrier had moved two of its loops to Brenhafen, 180km to the east, for at least the next fortnight.

“We cannot leave ships sitting at anchor for days on end while schedules fall apart across the whole network,” Mr Kallström said. “Our customers need certainty, and right now Vellemund cannot give them that.”

Brenhafen’s port authority said it had opened an overflow stacking area and extended gate hours to cope with the additional volumes.

Forwarders warn the disruption will outlast the strike. One forwarder based in the port, who asked not to be named, said: “Even if everyone went back tomorrow, you are looking at two or three weeks before the yard is anything like normal.”

Regional economy minister Pieter Vermeulen urged both sides to return to the table. “Nobody wins from a closed port,” he told reporters on Friday, adding that the provincial government was ready to appoint a mediator “if both parties ask for one”.

The HVB said it would hold a members’ meeting on Monday to decide whether to extend the action to the port’s smaller bulk and ro-ro terminals.""",
        [
            ("for as long as it", "Marieke Dijkhuis"),
            ("Automation is not the enemy,", "Marieke Dijkhuis"),
            ("The employers have known our", "Marieke Dijkhuis"),
            ("If they want the cranes", "Marieke Dijkhuis"),
            ("fair and in line with", "Vellemund Port Employers’ Association"),
            ("holding the port’s customers hostage", "Vellemund Port Employers’ Association"),
            ("We cannot leave ships sitting", "Jens Kallström"),
            ("Our customers need certainty, and", "Jens Kallström"),
            ("Even if everyone went back", "forwarder based in the port"),
            ("Nobody wins from a closed", "Pieter Vermeulen"),
            ("if both parties ask for", "Pieter Vermeulen"),
        ],
    ),
    (
        """Aegeon Tankers books record quarter as longer voyages lift earnings

Eleni Markou, Athens

Aegeon Tankers has posted the strongest quarterly result in its 19-year history, with chief executive Nikos Stavridakis telling investors the product tanker market still has "a lot of road left" despite a wave of newbuilding orders.

The Athens-based owner of 46 LR2 and MR tankers reported net income of $148.3m for the three months to 30 June, up from $91.7m a year earlier, on revenue of $312m. Time-charter equivalent earnings for its LR2 fleet averaged $52,400 per day, against $38,900 in the same quarter last year.

"We have been in this business a long time, and I cannot remember a market where ton-miles did so much of the work," Stavridakis said on a conference call on Thursday. "Cargoes are not growing that fast. The ships are simply sailing much further."

He pointed to refinery closures in Europe and new capacity in the Middle East and India, which have pushed diesel and jet fuel on to longer routes.

Asked about the orderbook, which has climbed to about 16% of the existing LR2 fleet, Stavridakis was dismissive: "Half of those ships will replace tonnage that should already be at the scrapyard. We are not worried."

Chief financial officer Dimitra Lykou said the company would pay a quarterly dividend of $1.10 per share and had repaid $85m of debt during the quarter, leaving it with net leverage of 22%.

"Our priority is to return cash to shareholders while keeping the balance sheet in a position where we can act quickly if good second-hand tonnage becomes available," she said.

Aegeon said it had fixed three of its LR2s on one-year time charters to an unnamed oil major at an average of $45,000 per day, giving it 38% forward cover for the second half.

Not everyone shares the owner's optimism. Christos Vagianos, head of research at Piraeus shipbroker Kallisti Shipbrokers, said in a note to clients that the MR segment looked "vulnerable" next year as deliveries accelerate.

"The LR2 story is strong, but the MR market is where most of the ordering has been, and that is where we would expect rates to soften first," Vagianos wrote.

Shares in Aegeon, which is listed in New York, rose 4.2% to $38.60 in early trading.

Stavridakis also said the company had "no intention" of ordering newbuildings at current prices, which he described as "disconnected from any sensible residual value".

"If prices come down by 15% or 20%, we will talk. Until then, we will buy ships on the water," he said.""",
        [
            ("a lot of road left", "Nikos Stavridakis"),
            ("We have been in this", "Nikos Stavridakis"),
            ("Cargoes are not growing that", "Nikos Stavridakis"),
            ("Half of those ships will", "Nikos Stavridakis"),
            ("Our priority is to return", "Dimitra Lykou"),
            ("vulnerable", "Christos Vagianos"),
            ("The LR2 story is strong,", "Christos Vagianos"),
            ("no intention", "Nikos Stavridakis"),
            ("disconnected from any sensible residual", "Nikos Stavridakis"),
            ("If prices come down by", "Nikos Stavridakis"),
        ],
    ),
    (
        """Tanjung Seri opens first phase of automated megaport

Southeast Asia's newest deepwater container hub opened its gates on Monday, with the first phase of the Tanjung Seri Gateway terminal on the west coast of Peninsular Malaysia receiving a 16,000 teu vessel on its maiden call.

The first phase, with 1.6km of quay and 14 remote-controlled ship-to-shore cranes, gives the port an annual capacity of 5m teu. Three further phases are planned, which would take total capacity to around 20m teu by the middle of the next decade.

Transport Minister Lim Wei Han, who attended the opening ceremony, called the terminal "a statement of intent" for the country's ambitions in transhipment.

"For too long we have watched cargo that is produced here, and consumed here, being handled somewhere else," Lim said. "Tanjung Seri changes that."

The terminal is operated by Seri Gateway Terminals, a joint venture between state-linked port group Pelabuhan Nusantara Holdings and Hong Kong-based Harbourfront Ports International, which holds a 40% stake.

Azman Rahimi, chief executive of Seri Gateway Terminals, said automated yard cranes and an AI-based berth planning system would allow the terminal to turn around the largest container ships in under 36 hours.

"We designed this terminal around the ships that will be calling in 2040, not the ships calling today," Azman told reporters after the ceremony. "That is why we went to 18 metres alongside from day one."

Harbourfront Ports International said in a statement that it expected the terminal to reach 60% utilisation in its first full year, supported by "firm commitments" from two of the three major east-west alliances.

Industry observers say winning cargo from established hubs along the Strait of Malacca will not be easy.

"Transhipment is a very price-sensitive, very relationship-driven business," said Sunita Ramaswamy, a director at Kestrel Maritime Research in Singapore. "Lines do not move volumes just because a terminal is new and shiny. They move for rates, for reliability and for feeder connectivity, and Tanjung Seri still has to prove all three."

A senior official at one of the region's established terminal operators, speaking on condition of anonymity, said incentives offered to lines at Tanjung Seri amounted to a discount of up to 30% on standard handling tariffs. "Nobody can make money at those prices for long," the official said.

Azman rejected that characterisation, saying introductory rates were "commercially normal for any new facility" and would be phased out over three years.

Construction of the second phase, which will add a further 1.4km of quay and eight cranes, is scheduled to begin in the first quarter of next year.""",
        [
            ("a statement of intent", "Lim Wei Han"),
            ("For too long we have", "Lim Wei Han"),
            ("Tanjung Seri changes that.", "Lim Wei Han"),
            ("We designed this terminal around", "Azman Rahimi"),
            ("That is why we went", "Azman Rahimi"),
            ("firm commitments", "Harbourfront Ports International"),
            ("Transhipment is a very price-sensitive,", "Sunita Ramaswamy"),
            ("Lines do not move volumes", "Sunita Ramaswamy"),
            ("Nobody can make money at", "senior official at one of the region's established terminal operators"),
            ("commercially normal for any new", "Azman Rahimi"),
        ],
    ),
    (
        """Pirates kidnap eight crew from tanker in Gulf of Guinea

PORTO CABRAL, Oct 8 - Pirates boarded a product tanker about 140 nautical miles offshore in the Gulf of Guinea on Tuesday and kidnapped eight of its 21 crew members, the vessel's manager and regional naval authorities said, in the most serious attack in the area this year.

The Marisol Star, a 50,000-tonne Marshall Islands-flagged tanker, was sailing in ballast towards the port of Santa Luzia when about a dozen armed men approached in a speedboat shortly before dawn.

"The pirates were on board for approximately three hours," Cyprus-based manager Halvorsen Ship Management said in a statement. "The remaining crew retreated to the citadel and raised the alarm, and they are safe."

The company said the kidnapped seafarers included the master and the chief engineer, and that it was "in contact with the families of all those affected".

Commander Eduardo Nzinga, a spokesman for the Joint Maritime Operations Centre in Porto Cabral, said a patrol vessel reached the tanker around midday.

"By the time our ship arrived, the attackers had already left with the hostages. We are searching the creeks and the coastline with support from the air," he told reporters.

Nzinga said the tanker had been drifting outside the zone covered by the centre's regular patrols while waiting for a berth.

The Maritime Risk Reporting Centre, which monitors piracy worldwide, said it had recorded 19 incidents in the Gulf of Guinea in the first nine months of the year, up from 14 a year earlier, and warned that gangs were "again operating further from shore".

"This is a worrying sign," said Anders Lindqvist, the centre's director. "After two relatively quiet years there was a sense that the problem had been solved. It clearly has not."

Kidnappings in the region typically end with ransom payments after weeks or months of negotiation, though companies rarely disclose figures. A senior security consultant who has worked on several cases said gangs were "testing the water again" after a fall in deployments by foreign navies.

Seafarers' groups demanded more protection. "Crews are being sent into these waters as if nothing has changed," said Grace Adomako, general secretary of the West African Seafarers' Union. "Shipowners and governments owe them better than that."

The attack comes weeks after shipowners' associations warned that a reduction in patrols could reverse the progress made since the peak of attacks earlier this decade.""",
        [
            ("The pirates were on board", "Halvorsen Ship Management"),
            ("The remaining crew retreated to", "Halvorsen Ship Management"),
            ("in contact with the families", "Halvorsen Ship Management"),
            ("By the time our ship", "Eduardo Nzinga"),
            ("again operating further from shore", "Maritime Risk Reporting Centre"),
            ("This is a worrying sign,", "Anders Lindqvist"),
            ("After two relatively quiet years", "Anders Lindqvist"),
            ("testing the water again", "senior security consultant who has worked on several cases"),
            ("Crews are being sent into", "Grace Adomako"),
            ("Shipowners and governments owe them", "Grace Adomako"),
        ],
    ),
    (
        """Ferry port expansion approved despite residents’ objections

By Rachel Dunmore

Plans for a £240m expansion of Saltmarsh Haven’s ferry and ro-ro terminal have been approved by councillors, despite more than 600 objections from residents concerned about lorry traffic and night-time noise.

East Wealdshire District Council’s planning committee voted seven to three on Tuesday night in favour of the scheme, which will add two new linkspan berths, a 14-hectare lorry park and a border control post.

Port owner Haven Ports Group says the expansion will create about 450 jobs and allow it to handle up to 1.2 million freight units a year, roughly double current volumes.

Chief executive Simon Pryce said: ‘This is the biggest investment in the port for more than half a century. It means more routes to the Continent, more jobs for local people and less pressure on the congested southern crossings.’

He added that the company had listened to residents and made ‘significant changes’ to the original plans, including a 4m acoustic barrier along the western boundary and a ban on lorries using Marsh Lane between 11pm and 6am.

But campaigners said the measures did not go far enough. Helen Oduya, chair of the Saltmarsh Haven Residents’ Association, told the meeting: ‘We are not against the port. We are against 1,500 extra lorries a day thundering past homes and a primary school.’

Mrs Oduya said the association would consider asking the Secretary of State to call in the decision.

One resident of Marsh Lane, who has lived opposite the port gates for 30 years, said: ‘They say the barrier will stop the noise. I’ll believe it when I can sleep with the window open.’

Council leader Cllr Graham Whitlock said the committee had weighed the concerns carefully. ‘No decision like this is ever easy,’ he said. ‘But the economic case was overwhelming, and the conditions we have attached are among the toughest this council has ever imposed.’

The Freight Hauliers’ Alliance welcomed the decision. A spokesman said: ‘Drivers have been parking on verges and in lay-bys for years because there is nowhere else to go. A proper lorry park is long overdue.’

Work is expected to start next spring, with the first new berth due to open within three years.""",
        [
            ("This is the biggest investment", "Simon Pryce"),
            ("significant changes", "Simon Pryce"),
            ("We are not against the", "Helen Oduya"),
            ("They say the barrier will", "resident of Marsh Lane"),
            ("No decision like this is", "Graham Whitlock"),
            ("But the economic case was", "Graham Whitlock"),
            ("Drivers have been parking on", "spokesman"),
        ],
    ),
    (
        """Kisanga port clears backlog as new operator takes over container terminal

By Amina Odhiambo

Ship waiting times at the Port of Kisanga have fallen to their lowest level in three years, six months after a foreign operator took over management of the East African port’s main container terminal under a 30-year concession.

Vessels bound for the container terminal waited an average of 1.8 days at anchor in June, down from 6.5 days in January, according to figures released by the Kisanga Ports Authority on Wednesday. Truck turnaround times at the terminal gates have also halved, to about five hours.

“The numbers speak for themselves,” the authority’s managing director, Baraka Mwakilema, told a press conference. “Six months ago, shipping lines were charging congestion surcharges to come here. Today, two of them have removed those surcharges completely.”

The terminal has been run since January by Coastline Terminals Africa, a subsidiary of Gulf-based Al Rayan Maritime Group. The company said it had so far invested $85 million in new rubber-tyred gantry cranes and a terminal operating system, and had retrained about 900 dockworkers.

Hamid Al-Suwaidi, managing director of Coastline Terminals Africa, said further gains were possible. “We are not yet where we want to be. When the two new quay cranes arrive in September, we expect productivity to improve by another 20 percent,” he said.

The concession was controversial when it was signed last year, with opposition politicians and the Dock Workers’ Union warning that it would lead to job losses and hand a strategic asset to a foreign company.

The union’s secretary general, Peter Onyango, said on Wednesday that no permanent staff had been laid off, but that about 300 casual workers had not had their contracts renewed. “Efficiency is good, but it must not be built on the backs of casual workers who have served this port for years,” he said.

The Regional Shippers’ Council said in a statement that importers in landlocked neighbouring countries were already seeing faster clearance, but that port charges remained “among the highest on the continent”. It urged the authority to pass on efficiency gains through lower tariffs.

Outside the terminal gates, a truck driver who hauls containers to the inland border post said the difference was noticeable. “Before, I would sleep two nights in the queue. Now I am in and out the same day,” he said.

Transport Minister Esther Kamau said the government planned to offer the port’s second, smaller terminal to private operators before the end of the year. “We have seen what is possible, and we want the same results across the whole port,” she said.""",
        [
            ("The numbers speak for themselves,", "Baraka Mwakilema"),
            ("Six months ago, shipping lines", "Baraka Mwakilema"),
            ("We are not yet where", "Hamid Al-Suwaidi"),
            ("Efficiency is good, but it", "Peter Onyango"),
            ("among the highest on the", "Regional Shippers’ Council"),
            ("Before, I would sleep two", "truck driver who hauls containers to the inland border post"),
            ("We have seen what is", "Esther Kamau"),
        ],
    ),
    (
        """Grounded bulker blocks Nordholm Canal as dozens of ships queue

RENDSHAVEN, Germany, Nov 21 - A 190-metre bulk carrier ran aground in the Nordholm Canal early on Thursday, blocking one of the world's busiest artificial waterways and leaving more than 40 vessels waiting at both ends, the canal's operator said.

The Liberian-flagged Stella Voyager, loaded with about 32,000 tonnes of fertiliser, lost steering at around 4:15 a.m. near kilometre 62 and drifted into the southern bank, according to the Federal Waterways and Shipping Directorate, which runs the canal.

"The vessel is lying diagonally across the fairway, so at the moment nothing can pass in either direction," directorate spokeswoman Katrin Behrendt said. "Our priority is to make sure there is no damage to the hull and no pollution."

She said divers had found no sign of a breach and that none of the 22 crew had been injured.

Two tugs tried to refloat the ship at high water on Thursday afternoon without success. Van Rijck Towage and Salvage has been contracted and is bringing in two more powerful tugs from the coast.

"She is sitting quite firmly in soft mud at the bow, which is actually good news for the hull but makes it harder to pull her off," said Maarten van Rijck, the company's managing director. "If we need to lighten her, that adds at least two days."

A canal pilot familiar with that stretch of the waterway, who was not on duty at the time, said crosswinds had been gusting at more than 30 knots overnight. "With a light wind you have no problems there, but in a gale a loss of steering gives you seconds, not minutes," he said.

The ship's manager, Kyma Bulk Management, said in a statement that it was "cooperating fully with the authorities" and that the cause of the steering failure was under investigation.

The canal is used by about 80 vessels a day, many of them feeder container ships and small tankers serving Baltic ports. Ships that cannot wait face a detour of roughly 250 nautical miles around the peninsula, adding about a day to voyage times.

Ulrike Sommerfeld, managing director of the Association of Baltic Shipowners, said operators were "watching the tide tables very closely" before deciding whether to reroute.

"A day's delay is annoying. Three or four days and you start to see missed connections in every Baltic port," she said.

Sommerfeld also renewed the association's call for faster modernisation of the canal's locks and the widening of its eastern section, which she said had been "talked about for twenty years and built for about five minutes."

Behrendt said the directorate hoped to reopen the canal by Saturday "at the earliest" but that the timing would depend on the weather.""",
        [
            ("The vessel is lying diagonally", "Katrin Behrendt"),
            ("Our priority is to make", "Katrin Behrendt"),
            ("She is sitting quite firmly", "Maarten van Rijck"),
            ("If we need to lighten", "Maarten van Rijck"),
            ("With a light wind you", "canal pilot familiar with that stretch of the waterway"),
            ("cooperating fully with the authorities", "Kyma Bulk Management"),
            ("watching the tide tables very", "Ulrike Sommerfeld"),
            ("A day's delay is annoying.", "Ulrike Sommerfeld"),
            ("talked about for twenty years", "Ulrike Sommerfeld"),
            ("at the earliest", "Katrin Behrendt"),
        ],
    ),
]
