CASES = [
    (
        """Gulf port volumes jump as carriers reroute cargo around Red Sea

By Hala Mansour

DUBAI, March 12 (Reuters) - Container throughput at the United Arab Emirates' Ras Hamra port rose 18% in the first two months of the year as shipping lines diverted cargo away from the Red Sea and made greater use of Gulf hubs for regional distribution, its operator said on Tuesday.

Gulf Gateway Ports, which runs the terminal under a 30-year concession, handled 1.42 million twenty-foot equivalent units (TEUs) in January and February, up from 1.2 million a year earlier.

"We are seeing customers who used to land cargo in Jeddah now bringing it into the Gulf and trucking it overland," Chief Executive Saeed al-Marri told reporters at an industry conference in Dubai. "That is not a temporary shift for everyone. Some of them have rebuilt their whole network."

Al-Marri said the company would bring forward the opening of a fourth berth at the terminal to the third quarter from early next year, adding that demand for yard space had been "well above anything we modelled."

Attacks on merchant vessels in the southern Red Sea have forced most large container lines to send ships around Africa's Cape of Good Hope, adding roughly 10 to 14 days to Asia-Europe voyages and scrambling schedules across the Middle East.

Analysts said the gains for Gulf ports came with risks. Yard congestion had pushed average container dwell times at Ras Hamra to more than six days in February, according to data from consultancy Tidewater Analytics.

"Volumes are up, but so is the pressure on landside infrastructure," said Priya Raghunathan, a senior analyst at Tidewater. "If trucking capacity into Saudi Arabia does not keep pace, the queue simply moves from the quay to the border."

A Saudi customs official, who declined to be named because he was not authorised to speak to the media, said the Al Sarab land crossing was handling about 40% more trucks a day than a year ago.

"We have added shifts, but the lanes are what they are," he said.

Gulf Gateway Ports has also signed a memorandum of understanding with a regional trucking firm to run dedicated shuttle services between the terminal and inland depots, though it gave no financial details.

Shares in Gulf Gateway Ports, which is listed in Abu Dhabi, rose 2.3% on Tuesday, outpacing a 0.4% gain in the broader index.

(Reporting by Hala Mansour; Editing by Tom Ashby)""",
        [
            ("We are seeing customers who", "Saeed al-Marri"),
            ("That is not a temporary", "Saeed al-Marri"),
            ("well above anything we", "Saeed al-Marri"),
            ("Volumes are up, but so", "Priya Raghunathan"),
            ("If trucking capacity into Saudi", "Priya Raghunathan"),
            ("We have added shifts, but", "Saudi customs official"),
        ],
    ),
    (
        """Singapore grants first methanol bunkering licences as green fuel demand builds

Lim Wei Ting

SINGAPORE'S port regulator has awarded its first licences for methanol bunkering to three suppliers, a move the industry says will help the world's largest refuelling hub hold its position as shipowners switch to cleaner fuels.

The Maritime Port Board (MPB) said on Wednesday (Jun 4) that Straits Energy Marine, Kallang Bunker Services and a joint venture between Norwegian shipowner Fjelstad Tankers and local trader Hock Seng Petroleum would be allowed to supply methanol to vessels in port waters from January.

The licences run for five years. In a statement, the MPB said the suppliers had been chosen for “their safety track record, operational readiness and ability to secure green methanol at scale”.

Demand is still small. Fewer than 300 methanol-capable ships are in service worldwide, although about four times that number are on order, according to classification society figures.

Ong Kah Meng, chief executive of Straits Energy Marine, said the company had signed supply agreements with two container lines and expected its first delivery “within weeks, not months” of the licence taking effect.

“The question for owners has never been whether Singapore would offer methanol, but when, and at what price,” he said. “We think we can narrow the premium to conventional fuel faster than people expect.”

Not everyone is convinced. A bunker trader at a European commodity house, who asked not to be named, said the availability of green methanol – produced from biomass or captured carbon – remained “the real bottleneck”, and that most early deliveries were likely to be grey methanol made from natural gas.

“You can licence as many barges as you like,” the trader said. “If the molecules are not there, the ships will keep burning VLSFO.”

Minister of State for Transport Farah Iskandar, speaking at a maritime forum at Marina Bay on Wednesday evening, said Singapore would “not be a bystander” in the energy transition.

“Our port has adapted before – from coal to oil, from high-sulphur to low-sulphur fuel,” she said. “We intend to adapt again, and to do it first.”

She added that the MPB would review the licensing framework in 2027 and could admit more suppliers if demand grew faster than expected.

Singapore sold a record 54.9 million tonnes of marine fuel last year, port data show, of which alternative fuels such as LNG and biofuel blends made up less than 2 per cent.""",
        [
            ("their safety track record, operational", "Maritime Port Board"),
            ("within weeks, not months", "Ong Kah Meng"),
            ("The question for owners has", "Ong Kah Meng"),
            ("We think we can narrow", "Ong Kah Meng"),
            ("the real bottleneck", "bunker trader at a European commodity house"),
            ("You can licence as many", "bunker trader at a European commodity house"),
            ("If the molecules are not", "bunker trader at a European commodity house"),
            ("not be a bystander", "Farah Iskandar"),
            ("Our port has adapted before", "Farah Iskandar"),
            ("We intend to adapt again,", "Farah Iskandar"),
        ],
    ),
    (
        """Westermaas strike threatens to spill into peak season

James Whitcombe, London

DOCKWORKERS at the Dutch port of Westermaas walked off the job for 24 hours on Monday, the third stoppage in a month, as talks over automation and pay stalled and carriers began warning of cargo diversions to neighbouring hubs.

The Havenbond union said about 1,800 members had joined the action at the port’s four container terminals, bringing vessel operations almost to a standstill.

Union negotiator Marieke de Wolf said the terminal operators were ‘using automation as a stick’ to hold down wage increases.

‘Nobody in this port is against new technology,’ she told a rally outside the Delta Quay Terminals gate. ‘What we are against is a plan that replaces 400 jobs and offers people a brochure about retraining.

‘If the employers want peace before the summer, they know where to find us.’

Delta Quay, the largest of the port’s terminal operators, said in a statement that its offer included a 4.5% pay rise over two years and ‘no compulsory redundancies’ linked to its automated stacking project.

‘We regret that the union has chosen to disrupt customers again rather than return to the table,’ the company said.

Carriers are losing patience. Two of the three major alliances have already skipped Westermaas calls on some Asia-north Europe loops this month, discharging instead at rival ports in Belgium and Germany.

A senior operations manager at one Asian carrier said the line had contingency plans to move all its Westermaas volumes for the peak season if the dispute dragged on.

‘We cannot build a network around a port where we don’t know whether the cranes will be working on Thursday,’ he said.

Shippers are also feeling the strain. Henrik Vos, director of the Benelux Shippers’ Forum, said importers faced demurrage and detention bills that were ‘completely out of proportion’ to the disruption, and that carriers had so far refused to waive charges.

According to Mr Vos, some members had seen containers sit for more than nine days at the terminals. He called on the port authority to intervene.

Port of Westermaas Authority chief executive Annelies Bakker said the authority was ‘not a party to the negotiations’ but was in contact with both sides.

‘Our role is to keep the port attractive, and every day of disruption makes that harder,’ she said.

Volumes at Westermaas fell 6.2% year on year in the first quarter, figures published last week showed, while its two largest competitors both reported growth.

Further strikes are planned for 14 and 21 May, and the union has said it will consider an overtime ban from June if no new offer is made.""",
        [
            ("using automation as a stick", "Marieke de Wolf"),
            ("Nobody in this port is", "Marieke de Wolf"),
            ("What we are against is", "Marieke de Wolf"),
            ("If the employers want peace", "Marieke de Wolf"),
            ("no compulsory redundancies", "Delta Quay Terminals"),
            ("We regret that the union", "Delta Quay Terminals"),
            ("We cannot build a network", "senior operations manager at one Asian carrier"),
            ("completely out of proportion", "Henrik Vos"),
            ("not a party to the negotiations", "Annelies Bakker"),
            ("Our role is to keep", "Annelies Bakker"),
        ],
    ),
    (
        """Bahrain's Awal Maritime returns to the yards with MR tanker quartet

Grant Holloway
March 3, 2025

Bahrain-based Awal Maritime has ordered four 50,000 dwt product tankers at China's Zhoushan Huarong Shipyard, its first newbuilding contract in almost a decade.

The ships are due for delivery between the fourth quarter of 2027 and mid-2028. Brokers put the price at around $47.5m per ship, and the deal includes options for two more units. All four vessels will be methanol-ready, with space reserved on deck for future fuel tanks.

Awal Maritime chairman Khalid Bin Rashid Al Dosari explained the thinking behind the order in a release: "The MR fleet is ageing quickly, and refinery expansions in the Gulf and India are going to need modern tonnage. We would rather be early than late."

The company currently controls 11 product tankers with an average age of 16 years, according to data from Maritime Intelligence Group.

Awal's chief commercial officer, Nadia Fakhro, said the company had looked hard at the secondhand market but found prices "simply too high for ships that would need replacing in five years". She added that the options would be declared "if the market gives us a reason" before the end of next year.

Not everyone is convinced the timing is right. "Newbuilding prices for MRs are close to their 2008 highs, so it's a bold call," said Tom Ashcroft, head of tanker research at London-based Halvard Shipbroking. "But Gulf owners have been underinvested in this segment for a long time, and the charterers know it."

Product tanker earnings have eased from last year's peaks but remain well above the 10-year average, with MRs fetching around $28,000 per day on the spot market last week. Analysts have warned that much of the so-called "Red Sea premium" could unwind quickly if tanker traffic returns to the Suez Canal route.

The MR orderbook now stands at about 12% of the existing fleet, the highest level since 2010, although more than a fifth of the trading fleet is over 20 years old and will face tougher vetting from oil majors in the coming years.

Awal is the third Gulf owner to order MRs this year, following contracts placed by a Saudi and an Emirati owner in January. Zhoushan Huarong has now taken orders for 14 product tankers since the start of the year and is understood to be offering berths no earlier than late 2027.""",
        [
            ("The MR fleet is ageing", "Khalid Bin Rashid Al Dosari"),
            ("simply too high for ships", "Nadia Fakhro"),
            ("if the market gives us", "Nadia Fakhro"),
            ("Newbuilding prices for MRs are", "Tom Ashcroft"),
            ("But Gulf owners have been", "Tom Ashcroft"),
        ],
    ),
    (
        """Singapore congestion eases, but carriers warn of knock-on delays in north Europe

Ng Siew Ling, Senior Editor | Jun 18, 2025

Vessel waiting times at Singapore have fallen sharply from their late-May peak, but carriers and forwarders warn that the bunching of ships caused by weeks of congestion at the Asian transshipment hub will hit northern European ports through July and August.

Average berthing delays for container ships at Singapore fell to about 2.1 days in the week ended June 15, down from almost six days at the end of May, according to data from port analytics firm Portwatch Asia.

“The worst is behind us in Singapore, but the ships that were stuck there are now arriving in Europe at the same time,” said Lars Engström, head of ocean freight for northern Europe at forwarder Nordlink Logistics. “That means bunching, and bunching means yard congestion in Westermaas and Kielbruck just as peak season starts.”

Engström had a blunt message for shippers: “Book early, and don’t assume your free time will cover the delays.”

Straits Port Holdings, which operates the bulk of Singapore’s container berths, said in an emailed statement that it had reopened older berths at its Tanjong Rimau terminal, recalled staff from leave and was handling more than 800,000 TEU a week. The company said it was “working around the clock with shipping lines” to clear the remaining backlog and expected waiting times to return to normal by early July.

According to Deepa Menon, chief analyst at Portwatch Asia, the congestion was less a failure of the port than a symptom of longer routings around the Cape of Good Hope, which have tied up capacity and thrown carrier schedules into disarray.

“This is a capacity problem disguised as a congestion problem,” Menon said. “When ships arrive days off schedule, every hub on the route has to absorb the shock.”

Schedule reliability on Asia–north Europe services fell to 48 percent in May, the lowest in 18 months, Portwatch Asia data show.

Carriers have responded by omitting port calls and inserting extra loaders. A spokeswoman for Nordvik Line said the carrier had added two extra sailings from Singapore this month and was “monitoring terminal conditions in Europe daily.”

Some European terminal operators say they are better prepared than in 2021, when a similar wave of delayed ships overwhelmed yards. Jens Thorvaldsen, chief operating officer of Kielbruck Container Terminal, said the terminal had extended gate hours and agreed with carriers to cap the time import boxes could stay on the quay.

“We learned our lesson four years ago,” he said. “But no terminal can handle three weeks’ worth of ships arriving in one week without some pain.”

Spot rates have started to react. The average spot rate from Asia to north Europe rose 9 percent last week to $3,940 per FEU, the third consecutive weekly increase, and several carriers have filed peak season surcharges effective July 1.""",
        [
            ("The worst is behind us", "Lars Engström"),
            ("That means bunching, and bunching", "Lars Engström"),
            ("Book early, and don’t assume", "Lars Engström"),
            ("working around the clock with", "Straits Port Holdings"),
            ("This is a capacity problem", "Deepa Menon"),
            ("When ships arrive days off", "Deepa Menon"),
            ("monitoring terminal conditions in Europe", "spokeswoman"),
            ("We learned our lesson four", "Jens Thorvaldsen"),
            ("But no terminal can handle", "Jens Thorvaldsen"),
        ],
    ),
    (
        """UAE-Oman freight rail link to cut port transit times to under four hours

Rashid Al Hammadi
Abu Dhabi

A freight railway linking the UAE port of Ras Hamra with Oman's Sur Al Bahr port will start carrying containers by the end of next year, cutting transit times between the two to less than four hours, the project's developer said on Monday.

Hajar Rail Company, a joint venture between the two countries' national rail operators, said tunnelling through the Hajar Mountains was 80 per cent complete and that the first trial trains would run in the third quarter of next year.

"This line changes the geography of the region's trade," said Dr Amal Al Suwaidi, chief executive of Hajar Rail, at a signing ceremony in Abu Dhabi. "A container that arrives at Sur Al Bahr in the morning can be in a warehouse in Ras Hamra before lunch."

Each train will carry up to 270 containers, Dr Al Suwaidi said, and the company expects to run eight freight services a day in each direction once the line is fully operational.

In a statement, Hajar Rail said the 303-kilometre line had been designed "to the highest international standards of safety and sustainability" and would remove about 300 trucks a day from the mountain roads between the two countries.

At the ceremony, the company signed agreements with three logistics companies to use the line, including Dubai-based Falcon Freight Solutions.

Its managing director, Vikram Sethi, said the company would shift "a large share" of its road freight between the UAE and Oman to rail within two years.

"Trucks will always have a role for the last mile, but for the long haul across the mountains, rail is cheaper, safer and cleaner," Mr Sethi said.

Oman's Undersecretary for Transport, Salim Al Harthy, said the railway would "open the interior" of both countries to investment and help Sur Al Bahr compete for transshipment cargo that currently bypasses the Sultanate.

Officials on both sides have presented the project as a way to make Gulf supply chains more resilient at a time when disruption in the Red Sea has pushed shipping lines to rethink their regional networks.

Not everyone in the industry is sure the line will win business quickly. An executive at a Dubai freight forwarder, who asked not to be identified because his company is negotiating with Hajar Rail, said pricing would decide whether shippers made the switch.

"If rail is priced like trucking, people will use it. If it is priced like a showcase, they won't," the executive said.

Hajar Rail has not disclosed its tariffs, but said it would publish a rate card in the first half of next year.""",
        [
            ("This line changes the geography", "Amal Al Suwaidi"),
            ("A container that arrives at", "Amal Al Suwaidi"),
            ("to the highest international standards", "Hajar Rail Company"),
            ("a large share", "Vikram Sethi"),
            ("Trucks will always have a", "Vikram Sethi"),
            ("open the interior", "Salim Al Harthy"),
            ("If rail is priced like", "executive at a Dubai freight forwarder"),
        ],
    ),
    (
        """Early ice closes northern Baltic ports as icebreakers struggle to keep up

By Sanna Lindqvist

HAUKIVIK, Finland — Thick sea ice arriving weeks earlier than usual has forced the closure of two small ports in the northern Gulf of Bothnia and left dozens of cargo ships waiting for icebreaker escorts, Finnish and Swedish maritime authorities said Thursday.

The Finnish Winter Navigation Agency said ice up to 60 centimeters (2 feet) thick had formed off the coast of Haukivik and neighboring Raahela, where traffic restrictions normally take effect in late January.

"We haven't seen conditions like this in December for more than 15 years," said Mikko Aaltonen, the agency's head of icebreaking operations. "The ice came fast, and it came with strong northerly winds that pack it against the coast."

Aaltonen said all five of Finland's state icebreakers were now in service, two weeks ahead of schedule, and that the agency had asked Sweden to lend additional vessels under a bilateral agreement.

Forty-one ships were waiting for assistance Thursday morning, according to the agency's online traffic map. Most were carrying timber, steel and paper products, which make up a large share of exports from the region.

The closures have hit Haukivik's steel mill, which ships most of its output by sea. Plant manager Tuula Rantanen said the mill had enough storage for about 10 days of production.

"After that we have to start making hard choices," she said. "Rail can take some of it, but not all."

In Sweden, the Swedish Sea Traffic Board said in a statement that its icebreakers were assisting Finnish traffic "as far as our own needs allow," and that priority would go to vessels carrying fuel and food.

Transport Minister Ville Korhonen told reporters in Helsinki that the government would consider funding a new icebreaker earlier than planned.

"This winter is a reminder that our foreign trade depends on a handful of ships," Korhonen said. "We cannot afford to let that fleet age any further."

Shipowners say the cost of winter navigation is rising. Ships calling at northern ports in winter must meet minimum hull-strength and engine-power standards, and many older vessels are barred once restrictions take effect.

Erik Sundqvist, managing director of the Bothnian Shipowners' Association, said many smaller operators were choosing not to serve the northern ports at all in winter. Older, lower-powered ships were "simply not allowed in," he said, and newer ice-classed tonnage was expensive to charter.

"The fairway is only as open as the weakest ship in the convoy," Sundqvist said.

Forecasters expect temperatures to stay well below freezing through the end of next week.""",
        [
            ("We haven't seen conditions like", "Mikko Aaltonen"),
            ("The ice came fast, and", "Mikko Aaltonen"),
            ("After that we have to", "Tuula Rantanen"),
            ("Rail can take some of", "Tuula Rantanen"),
            ("as far as our own", "Swedish Sea Traffic Board"),
            ("This winter is a reminder", "Ville Korhonen"),
            ("We cannot afford to let", "Ville Korhonen"),
            ("simply not allowed in,", "Erik Sundqvist"),
            ("The fairway is only as", "Erik Sundqvist"),
        ],
    ),
    (
        """Elderly suezmax detained off UAE as authorities probe ship-to-ship transfers

Daniel Kerr, London

A 20-year-old suezmax tanker has been detained at an anchorage off the UAE's east coast amid an investigation into suspected ship-to-ship transfers of sanctioned crude, according to two people familiar with the matter.

The 158,000-dwt Aurora Crest (built 2005) was boarded by coastguard officers at the Ras Sahil anchorage on Friday, the people said. The ship is flagged in Comoros and registered to a single-ship company in the Marshall Islands, Seabright Navigation Inc.

The UAE's Federal Maritime Security Authority said in a brief statement that a vessel had been “held for inspection in accordance with UAE law and international obligations”. It did not name the ship or say how long it would be held.

One person with knowledge of the detention said inspectors were examining the tanker's AIS records, which show a gap of about 11 days in March.

“The transponder went dark in the Gulf of Oman and came back on with the ship fully laden,” the person said. “There is no innocent explanation that fits that pattern.”

The Aurora Crest is one of several hundred elderly tankers that analysts count as part of the so-called “shadow fleet”, which has grown rapidly since Western governments tightened sanctions on oil exports from several producing countries.

Dubai-based Coralis Ship Management, which manages the vessel, did not respond to requests for comment. But a letter from Coralis to the ship's charterer, seen by this newspaper, describes the detention as “a routine port state control matter” and says the manager expects the vessel “to be released within days”.

Lawyers say enforcement in the region is tightening.

“Detentions in the Gulf used to be rare, but the political mood has shifted,” said Caroline Hartley, a partner at London law firm Penrose Whitlock. “Flag states and coastal states are under real pressure to show they are doing something about the shadow fleet.”

Hartley said owners of ageing tankers were increasingly finding that their P&I cover was “the first thing to go” once a ship appeared on a watch list, leaving them unable to trade with mainstream charterers.

A Dubai-based shipbroker said the detention had already had a chilling effect on the market for older suezmaxes.

“Nobody wants to touch these ships now,” the broker said. “Even the traders who used to fix them quietly are asking for a fresh vetting report.”

Secondhand values for 20-year-old suezmaxes have fallen by about 15% since January, according to broker estimates, with several sales failing at the inspection stage.

The Aurora Crest's 23 crew members, mostly from South Asia, remain on board.""",
        [
            ("held for inspection in accordance", "Federal Maritime Security Authority"),
            ("The transponder went dark in", "person with knowledge of the detention"),
            ("There is no innocent explanation", "person with knowledge of the detention"),
            ("a routine port state control", "Coralis Ship Management"),
            ("to be released within days", "Coralis Ship Management"),
            ("Detentions in the Gulf used", "Caroline Hartley"),
            ("Flag states and coastal states", "Caroline Hartley"),
            ("the first thing to go", "Caroline Hartley"),
            ("Nobody wants to touch these", "Dubai-based shipbroker"),
            ("Even the traders who used", "Dubai-based shipbroker"),
        ],
    ),
]
