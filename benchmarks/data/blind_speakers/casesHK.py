CASES = [
    (
        """Nakheel Air orders 30 widebody jets as Gulf carriers race for long-haul traffic

By Karim Nassar

RAS SAFRA, March 12 (Reuters) - Nakheel Air, the state-owned carrier of the Gulf emirate of Ras Safra, said on Tuesday it had ordered 30 widebody jets worth about $9.6 billion at list prices, as it bets on further growth in transit traffic between Europe and Asia.

The airline signed the deal with planemaker Aerostar at the Ras Safra Airshow, with deliveries due to begin in 2028. Industry sources said the carrier had secured a substantial discount, as is customary for large orders.

"This order is about the next decade, not the next quarter," Chief Executive Faisal Al-Mansouri told reporters after the signing. "We see demand on the Asia corridors growing faster than any of the forecasts we were shown two years ago."

Al-Mansouri said the airline would use the new aircraft to add frequencies to secondary cities in India and Southeast Asia and to replace older jets that were "burning too much fuel for the money they bring in."

Nakheel Air, which flew 21 million passengers last year, has been expanding at Ras Safra International Airport, where a new terminal is due to open in 2027. The airport operator, Ras Safra Airports Company, said in a statement the terminal would lift annual capacity to 45 million passengers and would be "ready to receive the first flights in the third quarter of 2027."

Gulf carriers have kept placing large orders despite delivery delays at both major planemakers that have left many airlines short of capacity.

"Everybody wants lift, and nobody can get it fast enough," said Omar Haddad, an aviation analyst at Levant Capital. "The Gulf airlines have the balance sheets to hold delivery slots that others can't afford to keep."

Aerostar's chief commercial officer, Helene Marchetti, said the order underlined "the strength of the long-haul market" and that the company was working with suppliers to raise production rates.

A person familiar with the negotiations said Nakheel Air had also taken options on a further 15 aircraft. The airline declined to comment on the options.

"We will announce what we announce when it's ready," Al-Mansouri said when asked about them.

Nakheel Air reported a net profit of $520 million for last year, up from $310 million a year earlier, on record passenger numbers and strong cargo revenue. The airline has said it plans to roughly double its fleet to around 160 aircraft by the middle of the next decade.

(Reporting by Karim Nassar; Editing by Tom Ashdown)""",
        [
            ("This order is about the next", "Faisal Al-Mansouri"),
            ("We see demand on the Asia", "Faisal Al-Mansouri"),
            ("burning too much fuel for", "Faisal Al-Mansouri"),
            ("ready to receive the first", "Ras Safra Airports Company"),
            ("Everybody wants lift, and nobody", "Omar Haddad"),
            ("The Gulf airlines have the", "Omar Haddad"),
            ("the strength of the long-haul", "Helene Marchetti"),
            ("We will announce what we", "Faisal Al-Mansouri"),
        ],
    ),
    (
        """AnatoliaJet to open 14 routes from Akçaköy as Turkish summer bookings climb

By Deniz Aral

Turkish low-cost carrier AnatoliaJet will base six more aircraft at Akçaköy Airport this summer and open 14 new international routes, betting that demand for the Aegean coast from Germany, the UK and the Gulf will hold up despite sharply higher hotel prices.

The expansion, announced on Wednesday, will make Akçaköy the airline’s second-largest base after its hub at Boğazkent, with 22 aircraft stationed there at the peak of the season.

Chief commercial officer Selin Korkmaz said the new routes had been chosen after the airline analysed search data from its own website and from the tour operators it works with.

“We are not guessing any more,” Korkmaz told Routes Weekly. “We can see where people are looking, when they are looking and how much they are willing to pay. The routes we are opening are the ones where the demand was already sitting there.”

Among the new destinations are four German cities, two in Poland and three in the Gulf, with introductory one-way fares starting at €39.

Korkmaz acknowledged that the carrier faced pressure on costs. Fuel, airport charges and salaries had all risen, she said, and AnatoliaJet had raised pilot pay twice in twelve months to stop captains leaving for Gulf airlines.

“It is the biggest issue in the industry right now,” she said. “If you don’t have the captains, you don’t have the airline.”

Akçaköy Airport, which is run by a consortium led by Ege Altyapı Holding, handled 7.4 million passengers last year and expects to pass 9 million this year. Its general manager, Murat Yıldırım, said work on a new remote apron and an enlarged security hall would be finished before the first of the new flights in May.

Yıldırım said:

“We have been preparing for this for two years. The new apron gives us eleven more stands, and the security hall has been rebuilt so that we can process 2,400 passengers an hour at peak.

“What we cannot control is the airspace. That is a matter for the state authorities, and we are in close contact with them every week.”

Not everyone in the region shares the airline’s optimism. The Aegean Hoteliers Association said in a report last month that room rates had risen by an average of 38 percent in lira terms over the year, and warned that some European tour operators were “looking seriously at cheaper alternatives elsewhere in the Mediterranean.”

Korkmaz dismissed the concern. “Our customers are price-sensitive, but they are not leaving,” she said, adding that forward bookings for July and August on AnatoliaJet’s existing Akçaköy routes were running 17 percent ahead of last year.

The airline, which operates a fleet of 71 narrowbody aircraft, is due to take delivery of nine new jets before the end of the year.""",
        [
            ("We are not guessing any", "Selin Korkmaz"),
            ("We can see where people", "Selin Korkmaz"),
            ("It is the biggest issue", "Selin Korkmaz"),
            ("If you don’t have the", "Selin Korkmaz"),
            ("We have been preparing for", "Murat Yıldırım"),
            ("What we cannot control is", "Murat Yıldırım"),
            ("looking seriously at cheaper alternatives", "Aegean Hoteliers Association"),
            ("Our customers are price-sensitive, but", "Selin Korkmaz"),
        ],
    ),
    (
        """Pulau Seri arrivals top pre-pandemic levels as Chinese tour groups return

By Farah Liyana

SERI BAYU - International arrivals to the resort island of Pulau Seri rose 23 per cent year on year in the first half, surpassing pre-pandemic levels for the first time, according to figures released by the Pulau Seri Tourism Board on Monday.

The board said 1.42 million foreign visitors arrived between January and June, led by travellers from mainland China, South Korea and Australia. Group tours from China, which had been slow to resume, accounted for almost a third of the increase.

"We have waited a long time to say this number out loud," said the board's chairman, Datuk Azman Rahim. "But we are not going to celebrate too early. The hotels are full in the peak weeks and half-empty in the monsoon months, and that is the problem we must solve next."

Azman said the board would spend RM40 million over two years marketing the island as a year-round destination, with a focus on diving, wellness retreats and meetings and incentive travel.

Airlines have been adding seats. Budget carrier SkyMerah will launch daily flights to Pulau Seri from three Chinese cities in October, and its chief executive, Vincent Lau, said he expected load factors above 85 per cent on the new routes.

"Pulau Seri sells itself in the Chinese market now," Lau said. "Two years ago we had to explain where it was."

Not everyone is celebrating. Residents of the island's north coast have complained about traffic jams and water shortages during the peak season, and a local councillor, Rosnah Ismail, said the state had "built hotels faster than it built pipes."

"Nobody here is against tourism," she said. "We are against running out of water in August."

A senior official at the state water authority, who asked not to be named because he was not authorised to speak to the media, said a new treatment plant would not be ready before 2027. "Until then, we are managing, not solving," the official said.

Hotel occupancy across the island averaged 74 per cent in the first half, according to the Pulau Seri Hotel Association, which said average room rates were up 11 per cent on the same period last year. Its president, Daniel Teoh, said several international chains were in talks over new properties on the island's quieter east coast.

"The investors are back, and they are asking the right questions about infrastructure," Teoh said. "That is a healthy sign."

The tourism board expects full-year arrivals of about 2.9 million, compared with 2.6 million in the last full year before the pandemic.""",
        [
            ("We have waited a long time", "Azman Rahim"),
            ("But we are not going to", "Azman Rahim"),
            ("Pulau Seri sells itself in", "Vincent Lau"),
            ("Two years ago we had", "Vincent Lau"),
            ("built hotels faster than it", "Rosnah Ismail"),
            ("Nobody here is against tourism,", "Rosnah Ismail"),
            ("We are against running out", "Rosnah Ismail"),
            ("Until then, we are managing,", "senior official at the state water authority"),
            ("The investors are back, and", "Daniel Teoh"),
            ("That is a healthy sign.", "Daniel Teoh"),
        ],
    ),
    (
        """Al Waha International Airport and Biovia Systems Launch Region’s First Fully Biometric Transit Corridor

AL WAHA, May 6, 2025 /GulfWire/ -- Al Waha International Airport (AWIA), operated by Al Waha Airports Holding, today announced the launch of a fully biometric transit corridor developed with Biovia Systems, a Singapore-based provider of identity technology. The corridor allows connecting passengers to move from arrival gate to departure gate without presenting a boarding pass or passport.

The system, which went live on 1 May in Concourse B, uses facial recognition at five touchpoints, including transfer security, lounge access and boarding. Early results show average connection processing times falling from 14 minutes to under five, according to the airport.

“Transfer passengers are the heart of our business, and every minute we give back to them matters,” said Eng. Khalid Bin Saeed Al Harthy, Chief Executive Officer of Al Waha Airports Holding. “This corridor is the first step in a programme that will make the entire airport biometric by 2027.”

Mr. Al Harthy added that passenger data would be handled “in full compliance with national data protection regulations” and deleted within 24 hours of departure.

Priya Natarajan, Chief Executive Officer of Biovia Systems, said: “Al Waha has been an exceptional partner. Their team understood from day one that the technology only works if the passenger experience is designed around it, not the other way round.”

She added: “We see strong interest from airports across the Gulf and Asia in replicating this model, and Al Waha will be the reference site for all of them.”

Participation is voluntary. Passengers can enrol at self-service kiosks in the arrivals area or in advance through the app of launch airline partner Waha Air, which said more than 60 per cent of eligible transfer passengers had opted in during the first week of operation.

“The uptake has exceeded our expectations, particularly among frequent flyers,” said Captain Yousef Al Balushi, Chief Operating Officer of Waha Air. “We plan to extend biometric boarding to all of our departures from Al Waha by the end of the year.”

The corridor forms part of AWIA’s USD 1.3 billion Vision 2030 expansion programme, which also includes a new cargo village and the refurbishment of Concourse A.

About Al Waha Airports Holding

Al Waha Airports Holding owns and operates Al Waha International Airport and two regional airports. AWIA handled 18.6 million passengers in 2024 and is served by 52 airlines flying to more than 140 destinations.

About Biovia Systems

Biovia Systems develops identity and passenger-processing solutions for airports, border agencies and airlines. Founded in 2014, the company has deployments in 23 countries.

Media Contact:
Corporate Communications, Al Waha Airports Holding
media@awia-holding.example""",
        [
            ("Transfer passengers are the heart", "Khalid Bin Saeed Al Harthy"),
            ("This corridor is the first", "Khalid Bin Saeed Al Harthy"),
            ("in full compliance with national", "Khalid Bin Saeed Al Harthy"),
            ("Al Waha has been an exceptional", "Priya Natarajan"),
            ("We see strong interest from", "Priya Natarajan"),
            ("The uptake has exceeded our", "Yousef Al Balushi"),
            ("We plan to extend biometric", "Yousef Al Balushi"),
        ],
    ),
    (
        """Kencana Airlines Seeks Creditor Deal as Grounded Jets Weigh on Recovery

By Adi Prasetyo

Kencana Airlines is seeking to reschedule about $1.1 billion of debt and lease obligations as engine problems keep a fifth of its fleet on the ground, according to people familiar with the matter.

The carrier, which is 60% owned by state holding company PT Aviasi Nusantara Investama, has hired advisers and begun talks with lessors and bondholders, said the people, who asked not to be identified because the discussions are private. A proposal could be presented to creditors as soon as next month, one of them said.

In a filing to the stock exchange on Thursday, Kencana said it was "in constructive discussions with key stakeholders" on strengthening its balance sheet but had not reached any agreement. The company said it would "make further disclosures as required." A Kencana spokeswoman declined to comment beyond the filing.

The airline has 19 of its 94 aircraft grounded, most of them narrowbody jets awaiting engine inspections and replacement parts. The groundings have forced it to cut about 140 weekly flights during the year-end holiday season, traditionally its busiest period.

"The problem for Kencana isn't demand, it's that they can't fly the planes they're paying for," said Rina Wulandari, a transport analyst at Mandala Sekuritas. "They're paying leases on aircraft that earn nothing, and that hole gets deeper every month."

President Director Bambang Suryadarma told lawmakers last week that the airline expected about half of the grounded aircraft to return to service by the end of the year. He said negotiations with the engine maker over compensation were continuing, describing them as "slow, but not hopeless."

"We will not ask the government for a bailout," Bambang said at the parliamentary hearing. "What we are asking for is time."

The Ministry of Transportation said in a written reply to questions that it was monitoring the airline's situation closely and that "passenger safety and connectivity remain the priority."

Kencana's shares have fallen 34% this year, giving the company a market value of about $410 million. The stock rose as much as 6% in early trading on Friday before paring gains.

Rival Lintas Air has moved quickly to add capacity on several trunk domestic routes where Kencana has cut flights, and fares on some of those routes have risen by more than a fifth since September, according to data from a local booking platform.

Kencana reported a net loss of $86 million for the first nine months of the year, compared with a profit of $12 million a year earlier. Revenue fell 9% as capacity cuts offset higher average fares.""",
        [
            ("in constructive discussions with key", "Kencana Airlines"),
            ("make further disclosures as required", "Kencana Airlines"),
            ("The problem for Kencana isn't", "Rina Wulandari"),
            ("They're paying leases on aircraft", "Rina Wulandari"),
            ("slow, but not hopeless.", "Bambang Suryadarma"),
            ("We will not ask the", "Bambang Suryadarma"),
            ("What we are asking for", "Bambang Suryadarma"),
            ("passenger safety and connectivity remain", "Ministry of Transportation"),
        ],
    ),
    (
        """Operators report record Turkey bookings as all-inclusive demand soars

By Hannah Whitcombe

UK tour operators say Turkey is on course for a record summer, with all-inclusive holidays on the Turquoise Coast selling faster than any other short-haul destination.

Sunward Holidays said bookings to Turkey for July and August were up 31% on last year, while rival Bluewater Travel Group reported that the country had overtaken the Canary Islands to become its second-biggest market.

‘Turkey is simply the best value in the Mediterranean at the moment,’ said Sunward’s commercial director, Claire Hollins. ‘Families can see exactly what they are paying before they go, and that matters enormously when budgets are squeezed.’

Hollins said hotels in resorts such as Çamlıbel and Kumsal had held prices better than expected, and that the operator had ‘no plans at this stage’ to add fuel surcharges to existing bookings.

Speaking at a trade event in London on Tuesday, Mehmet Erdem, chairman of the Turquoise Coast Tourism Council, said the region expected nine million foreign visitors this year.

‘We have added 12,000 beds in two years, and we are still turning people away in August,’ he told delegates. ‘Our message to the British market is: come in May, come in October. The sea is still warm.’

Erdem said the council was working with regional airports and airlines to lengthen the season.

‘Airlines follow demand, but demand also follows airlines,’ he said. ‘If we can get the seats in the shoulder months, the hotels will stay open.

‘This is the conversation we are having with every carrier that will listen.’

Bluewater Travel Group said in a trading update that customers were booking further ahead and that average holiday prices were up 6% year on year. A spokesman for the group said Turkey had been ‘the standout performer of the summer so far’.

Agents are also seeing the shift. Sarah Pemberton, chief executive of the Independent Travel Agents’ Association, said members were reporting ‘a lot of late switching’ from other Mediterranean destinations where prices had climbed faster.

‘It’s a fantastic story for Turkey, but agents need to manage expectations,’ she said. ‘Not every five-star hotel is a five-star hotel, and clients who book on price alone sometimes come back disappointed.’

She urged agents to check transfer times from the airport, which can exceed two hours to some of the newer resorts along the coast.

Flight capacity is rising to meet demand. Airlines have added more than 40 weekly frequencies from UK airports to the region’s main gateway for the summer, according to schedule data, with several regional airports in the north of England offering direct flights for the first time.""",
        [
            ("Turkey is simply the best", "Claire Hollins"),
            ("Families can see exactly what", "Claire Hollins"),
            ("no plans at this stage", "Claire Hollins"),
            ("We have added 12,000 beds", "Mehmet Erdem"),
            ("Our message to the British", "Mehmet Erdem"),
            ("Airlines follow demand, but demand", "Mehmet Erdem"),
            ("If we can get the", "Mehmet Erdem"),
            ("This is the conversation we", "Mehmet Erdem"),
            ("the standout performer of the", "spokesman"),
            ("a lot of late switching", "Sarah Pemberton"),
            ("It’s a fantastic story for", "Sarah Pemberton"),
            ("Not every five-star hotel is", "Sarah Pemberton"),
        ],
    ),
    (
        """Gulf state bets on cruise tourism as first mega-ship docks at new terminal

QASR AL-BAHR (AFP) - The 5,000-passenger cruise ship eased into the new terminal at Qasr al-Bahr on Sunday to a water-cannon salute, the first of more than 200 calls scheduled this season as the Gulf state tries to turn its coastline into a winter cruise hub.

Officials hope cruise tourism will bring 1.2 million visitors a year by 2030, part of a broader push to diversify an economy still heavily reliant on oil and gas revenues.

"Five years ago there was nothing here but a fishing harbour and a car park," said Tariq Al-Amri, head of the state's Tourism Development Authority, standing on the quayside as passengers streamed down the gangway. "Today we can handle three of the largest ships in the world at the same time."

The $480-million terminal includes immigration halls, a shopping arcade and a coach park for 120 buses. Passengers were taken to the old souk, a restored 18th-century fort and a desert camp where guides served dates and cardamom coffee.

"It's my first time in the Gulf and honestly I didn't know what to expect," said Margit Svensson, a 67-year-old retiree from Sweden, as she browsed stalls selling frankincense. "It's cleaner than I imagined, and everybody is very kind."

A British passenger who declined to give his name was less taken with the midday sun. "We were told it would be winter," he said, laughing.

Shopkeepers in the souk gave a mixed verdict.

"They come for three hours, they take photos, they buy a fridge magnet," said a spice seller who gave his name as Abu Salem. "But three hours times four thousand people -- that is still something."

Industry analysts warn that regional competition is intense, with neighbouring states also building terminals and offering incentives to cruise lines.

"The Gulf is becoming a crowded cruise market, and the ships will go where the port fees and the shore excursions make sense," said Julien Moreau, a maritime consultant at Seaview Advisory.

Moreau said that the new terminal gave Qasr al-Bahr an advantage for now, but that the state would need to develop more attractions to persuade cruise lines to make it a home port rather than a day stop.

The operator of Sunday's ship, Meridiana Cruises, said in a statement that it would base a second vessel in the region next winter, citing "exceptionally strong demand from European guests."

Authorities say they plan to open a second berth and a waterfront hotel district by 2027, and have eased visa rules for cruise passengers, who can now go ashore without applying in advance.

For the taxi drivers lined up outside the terminal, the new arrivals were welcome. "Today is a good day," one driver said. "Tomorrow, we will see."

sjb/ht""",
        [
            ("Five years ago there was", "Tariq Al-Amri"),
            ("Today we can handle three", "Tariq Al-Amri"),
            ("It's my first time in", "Margit Svensson"),
            ("It's cleaner than I imagined,", "Margit Svensson"),
            ("We were told it would", "British passenger"),
            ("They come for three hours,", "Abu Salem"),
            ("But three hours times four", "Abu Salem"),
            ("The Gulf is becoming a", "Julien Moreau"),
            ("exceptionally strong demand from European", "Meridiana Cruises"),
            ("Today is a good day,", "driver"),
            ("Tomorrow, we will see.", "driver"),
        ],
    ),
    (
        """Delays mount at Phu Thanh hub as airlines press for second runway

By Lucas Tan

Airlines operating at Phu Thanh International Airport have written to the government urging it to fast-track a second runway, warning that congestion at the hub is costing them millions of dollars a year in fuel and crew overtime.

The letter, signed by the Board of Airline Representatives in Phu Thanh (BARP) and seen by Asia Aviation Review, says average taxi-out times have risen to 27 minutes at peak hours, compared with 14 minutes in 2019.

“The airport is operating well beyond its design capacity, and the airlines are paying the price every single day,” the letter says. “Without an urgent decision on the second runway, we see no realistic path to the growth targets the government itself has set.”

BARP chairman Anders Lindqvist, who is also country manager for a European carrier, said the letter was “not a complaint but a warning”.

“Nobody is blaming the controllers or the ground handlers. They are doing heroic work with one runway,” Lindqvist told Asia Aviation Review. “But you cannot keep adding flights to a system that is already full.”

The Phu Thanh Airport Authority said in an emailed statement that it “shares the concerns of airline partners” and that a feasibility study for the runway would be completed by the end of the year. It said interim measures, including a new rapid-exit taxiway known as the “Express Lane”, would cut taxi times by up to four minutes.

A study by consultancy Straits Aviation Partners, “Runway to 2040: Capacity Options for Southeast Asia’s Secondary Hubs”, published in March, warned that the airport would reach “hard capacity limits on both arrivals and departures” by 2027 without new infrastructure.

The constraints are already shaping airline fleet plans. “We have aircraft arriving this year that we cannot put on Phu Thanh routes because there are no slots,” said Nguyen Thi Minh Chau, chief executive of budget carrier SaoViet Air. “So they go to secondary airports, which is fine, but it is not where the demand is.”

Chau said SaoViet had moved two of its new A321neos to a base in the central region and would consider routing more international flights through smaller airports if the situation did not improve.

An official at the transport ministry, speaking on condition of anonymity, said the runway project had been held up by “complex land clearance issues in two districts” rather than by funding.

“The money is there. The land is the problem,” the official said.

Phu Thanh handled 31.2 million passengers last year, against a design capacity of 25 million. Traffic in the first half of this year was up 9% year on year, according to airport data, with international passengers accounting for most of the growth.

BARP has asked for a meeting with the deputy prime minister responsible for infrastructure before the end of the quarter.""",
        [
            ("The airport is operating well", "Board of Airline Representatives in Phu Thanh"),
            ("Without an urgent decision on", "Board of Airline Representatives in Phu Thanh"),
            ("not a complaint but a", "Anders Lindqvist"),
            ("Nobody is blaming the controllers", "Anders Lindqvist"),
            ("But you cannot keep adding", "Anders Lindqvist"),
            ("shares the concerns of airline", "Phu Thanh Airport Authority"),
            ("hard capacity limits on both", "Straits Aviation Partners"),
            ("We have aircraft arriving this", "Nguyen Thi Minh Chau"),
            ("So they go to secondary", "Nguyen Thi Minh Chau"),
            ("complex land clearance issues in", "official at the transport ministry"),
            ("The money is there. The", "official at the transport ministry"),
        ],
    ),
]
