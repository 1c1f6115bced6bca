CASES = [
    (
        """Indonesian ferry capsizes off Sulawesi, at least 14 dead

JAKARTA, March 12 (Reuters) - At least 14 people died and dozens were missing after a passenger ferry capsized in rough seas off the southeastern coast of Sulawesi island late on Tuesday, Indonesia's search and rescue agency said on Wednesday.

The KM Sinar Bahari 3, carrying 96 passengers and 11 crew according to its manifest, overturned about four nautical miles from the port of Lasusua while en route to the island of Kabaena, said Andi Wirawan, head of the local search and rescue office in Kendari.

"The waves were between three and four metres high when the ship lost power. Our teams reached the location around two hours later," Wirawan told reporters at the port.

Forty-one survivors had been pulled from the water, he said, adding that the search would continue with two navy vessels and a helicopter.

Officials said the manifest may not reflect the actual number of people on board, a frequent problem in the archipelago of more than 17,000 islands, where ferries are a vital means of transport and are often overloaded.

"We suspect there were passengers who bought tickets on board and were not recorded," said a transport ministry official who declined to be named because he was not authorised to speak to the media.

A survivor, Ratna Sari, 34, said the ferry began listing shortly after leaving port. "People were shouting and the water came in very fast. I held on to a plastic chair until a fishing boat found us," she told local broadcaster Kompas TV from a hospital in Kolaka.

Transport Minister Hendra Siregar said the government would investigate the vessel's seaworthiness certificate, which officials said had been renewed in January.

"If there are violations by the operator or by the harbourmaster, we will take firm action," Siregar said in a statement.

A spokesman for the operator, PT Lintas Samudra Timur, said the company was "cooperating fully with investigators" and had sent staff to Kolaka to assist families of the victims. He declined to comment on the number of passengers on board.

Indonesia's meteorology agency had issued a warning on Monday of waves of up to four metres in parts of the Banda Sea and the Gulf of Bone, and advised small vessels to stay in port.

Hundreds of people have died in ferry accidents in Indonesia over the past decade, with investigators frequently citing overcrowding, poor maintenance and lax enforcement of safety rules.

(Reporting by Stanley Widianto and Ananda Teresia; Editing by Martin Petty)""",
        [
            ("The waves were between three", "Andi Wirawan"),
            ("We suspect there were passengers", "transport ministry official"),
            ("People were shouting and the", "Ratna Sari"),
            ("If there are violations by", "Hendra Siregar"),
            ("cooperating fully with investigators", "spokesman"),
        ],
    ),
    (
        """Palawan fishers say Chinese coast guard drove them from shoal with water cannon

By Jerome Villareal

PUERTO PRINCESA CITY—Fishermen from the town of Rizal in southern Palawan on Monday accused Chinese coast guard ships of firing water cannon at their boats near Bajo Lumot Shoal, some 110 nautical miles west of the province, over the weekend.

Boat captain Romeo Dagatan, 52, said three fishing boats were anchored near the shoal’s lagoon on Saturday morning when two coast guard vessels and several rubber boats approached.

“They sounded the siren and told us through a loudspeaker to leave. When we did not move fast enough, they sprayed us,” Dagatan said in Filipino.

He said the spray shattered the windows of their cabin and damaged their radio, forcing them to return to port with only a fraction of their usual catch.

Another fisher, Nonoy Alcaraz, said their group had been fishing in the area for more than two decades. “That is where our fathers fished. Now we are the ones being chased away in our own waters,” he said.

The Philippine Coast Guard (PCG) said it was verifying the report and had deployed a vessel to the area on Sunday.

Commodore Ariel Mangubat, PCG spokesperson for the West Philippine Sea, told the Inquirer that the agency had documented “at least five incidents” of harassment at the shoal since January.

“We will continue to be present there to protect our fisherfolk. We will not be intimidated,” Mangubat said.

The Bureau of Fisheries and Aquatic Resources in Mimaropa said it would provide fuel subsidies and replacement radios to the affected fishermen.

In a statement, the Chinese Embassy in Manila said its coast guard had “carried out necessary control measures in accordance with law” against Philippine vessels that had “illegally intruded” into waters it claims.

The shoal lies within the Philippines’ 200-nautical-mile exclusive economic zone.

Fisherfolk group Samahan ng Maliliit na Mangingisda ng Palawan (SMMP) urged the Department of Foreign Affairs (DFA) to go beyond statements and file a diplomatic protest.

“A statement is not enough. Our members are losing their livelihood every week, and nobody pays for the nets and the fuel that we lose,” said Lorna Ebdane, the group’s chair.

DFA spokesperson Teresita Ocampo said the department was “looking into the incident” and would “take appropriate action.”

Back in Rizal, Dagatan said he would return to the shoal once his radio is repaired, but only with other boats.

“We are afraid, but we have no choice. The fish near the shore are already gone,” he said.

Local officials said around 400 families in the town depend on fishing in the waters around the shoal.""",
        [
            ("They sounded the siren and", "Romeo Dagatan"),
            ("That is where our fathers", "Nonoy Alcaraz"),
            ("at least five incidents", "Ariel Mangubat"),
            ("We will continue to be", "Ariel Mangubat"),
            ("carried out necessary control measures", "Chinese Embassy in Manila"),
            ("illegally intruded", "Chinese Embassy in Manila"),
            ("A statement is not enough.", "Lorna Ebdane"),
            ("looking into the incident", "Teresita Ocampo"),
            ("take appropriate action.", "Teresita Ocampo"),
            ("We are afraid, but we", "Romeo Dagatan"),
        ],
    ),
    (
        """Ministry to fast-track RM4.2bil Tanjung Serai port expansion

By NURUL AIN HASHIM

JOHOR BARU: The Transport Ministry will fast-track the RM4.2bil expansion of Tanjung Serai Port to cope with rising container volumes along the Straits of Malacca, says Datuk Seri Wong Kah Hin.

The Transport Minister said the second phase, which would add four berths and 1.2 million TEUs (twenty-foot equivalent units) of annual capacity, was now expected to be completed by 2028, a year ahead of schedule.

"Shipping lines are already asking us for more berthing windows. If we do not expand, the cargo will simply go to other ports in the region," he told reporters after visiting the port yesterday.

He said the ministry had also asked the port operator to prioritise the digitalisation of its gate system, which has been blamed for long queues of lorries on the access road.

"I have seen the congestion myself. Hauliers wait four to five hours, and this cannot continue," he added.

Tanjung Serai Port Sdn Bhd chief executive officer Roslan Mat Isa said the company had secured financing for the project and the tender for dredging works would be called next month.

According to Roslan, the port handled 3.9 million TEUs last year, up 11% from the previous year, driven mainly by transhipment cargo.

"We are confident of crossing four million TEUs this year," he said, adding that the port was also in talks with two global shipping alliances on dedicated terminal space.

Meanwhile, the Johor Hauliers Association welcomed the plan but urged the authorities to act on the access road immediately.

Its president Tan Boon Seng said members were losing about RM2,000 a month per lorry in fuel and overtime because of the delays.

"Expansion is good for the long term, but our members cannot wait until 2028. Fix the road and the gate first," he said when contacted.

Environmental group Sahabat Pesisir Johor, however, expressed concern over the dredging, saying it could affect mangroves and the livelihood of about 300 inshore fishermen in nearby Kampung Sungai Melayu.

"The fishermen were not consulted properly during the first phase. We hope the same mistake will not be repeated," its coordinator Siti Zubaidah Kamal said in a statement.

She said catches of prawns and mud crabs in the area had dropped by almost half since reclamation works for the first phase began.

State Public Works, Transportation and Infrastructure Committee chairman Mohamad Fazli Yusof said the state government would hold a dialogue with the affected villagers before the dredging tender is awarded.

"We want development, but not at the expense of the fishermen. Any compensation must be settled early," he said.""",
        [
            ("Shipping lines are already asking", "Wong Kah Hin"),
            ("I have seen the congestion", "Wong Kah Hin"),
            ("We are confident of crossing", "Roslan Mat Isa"),
            ("Expansion is good for the", "Tan Boon Seng"),
            ("The fishermen were not consulted", "Siti Zubaidah Kamal"),
            ("We want development, but not", "Mohamad Fazli Yusof"),
        ],
    ),
    (
        """Fishing boats lose licenses as Vietnam tightens IUU rules ahead of EU inspection

Authorities in the central province of Quang Hai have revoked the licenses of 47 fishing vessels that repeatedly switched off their vessel monitoring systems, as Vietnam races to have an EU "yellow card" warning lifted.

The vessels, mostly over 15 meters long, lost satellite connection for more than 10 days at sea without reporting to authorities, said Le Van Thanh, deputy director of the provincial Department of Agriculture and Rural Development.

"Some owners deliberately turned off the devices to fish in foreign waters. This is a violation we cannot tolerate any more," Thanh said Monday.

Under a new decree, owners who disconnect the devices for more than six hours without reporting face fines of up to VND1 billion ($39,500).

The province has around 5,800 fishing vessels, of which 2,300 are required to carry monitoring equipment. Since January, border guards have stopped 12 vessels from leaving port for lacking proper documents, according to the provincial Border Guard Command.

Fishermen say the rules have added to their hardship as rising fuel prices and falling catches squeeze incomes.

Tran Van Hung, 46, from Ky Xuan Commune, said his boat's device broke down twice last year and each repair took weeks. "I had to pay VND12 million to fix it, and the whole time the boat could not go out. We want to follow the rules, but the equipment is not reliable," he said.

Nguyen Thi Lan, who runs a seafood purchasing business at Tam Quang fishing port, said her volume had fallen by about a third. "Many boats are lying idle. If this continues, the workers here will have no jobs," she said.

Deputy Minister of Agriculture and Rural Development Phung Duc Hai told a meeting in Hanoi last week that the country must show "concrete and sustainable results" before an EU inspection team arrives later this year.

"We have received the yellow card for more than six years. This is the last chance, and every locality must take responsibility," he said.

The European Commission issued the warning to Vietnam in 2017 over insufficient efforts to combat illegal, unreported and unregulated (IUU) fishing. Seafood exports to the EU have since fallen, according to the Vietnam Fisheries Export Association.

Its general secretary, Dang Thi Hoa, said the industry had lost market share in Europe to competitors from other Asian countries.

"Exporters have to prove the origin of every shipment, which adds cost and time. Some European buyers have simply moved to other suppliers," Hoa said.

A yellow card is a warning that can be followed by a red card, which would ban Vietnamese seafood from the EU market entirely.""",
        [
            ("Some owners deliberately turned off", "Le Van Thanh"),
            ("I had to pay VND12", "Tran Van Hung"),
            ("Many boats are lying idle.", "Nguyen Thi Lan"),
            ("concrete and sustainable results", "Phung Duc Hai"),
            ("We have received the yellow", "Phung Duc Hai"),
            ("Exporters have to prove the", "Dang Thi Hoa"),
        ],
    ),
    (
        """MMEA detains two foreign fishing boats, 31 crew off Terengganu

KUALA TERENGGANU, Aug 14 (Bernama) -- The Malaysian Maritime Enforcement Agency (MMEA) detained two foreign fishing boats with 31 crew members for encroaching into Malaysian waters about 98 nautical miles off Tanjung Berhala yesterday.

Terengganu Maritime director Maritime First Admiral Khairul Anwar Mat Saman said the boats were detected by a patrol vessel conducting Op Permai at about 3.30 pm.

"Both boats were found fishing with trawl nets without any valid permit from the Malaysian authorities. The skippers and crew, aged between 19 and 62, also failed to produce any identification documents," he said in a statement today.

He said the boats, together with about 2.5 tonnes of assorted fish and fishing equipment, were seized, with the total estimated value at RM1.8 million.

All the detainees were brought to the Kuala Terengganu Maritime Jetty for further action and the case will be investigated under the Fisheries Act 1985 and the Immigration Act 1959/63.

Khairul Anwar said the agency had stepped up patrols in the waters off the state following complaints from local fishermen that foreign boats were depleting fish stocks.

"Foreign fishermen are becoming bolder and enter our waters at night in groups, switching off their lights to avoid detection," he said.

He said this was the sixth such detention in the state waters since the beginning of the year, involving a total of 11 boats and 148 crew.

He also urged the public, especially fishermen, to channel information on any suspicious activities at sea to the Terengganu Maritime Operations Centre or via the MERS 999 emergency line.

In a separate statement, the Terengganu Fisheries Department said encroachment by foreign vessels had cost the state's fishing industry "hundreds of millions of ringgit" in lost catches over the past decade.

The department said it would work with the MMEA to install more artificial reefs along the coast to deter trawlers from operating in inshore waters.

Meanwhile, Kemaman Fishermen's Association chairman Wan Ismail Wan Ahmad, when contacted, said local fishermen welcomed the arrests but wanted enforcement to be continuous.

"We lose nets almost every month because of these trawlers. Sometimes they come so close to the coast that our small boats have to move away," he said.

He said some members had stopped going out to sea during the north-east monsoon lull because of the risk of confrontation with the larger foreign boats.

-- BERNAMA""",
        [
            ("Both boats were found fishing", "Khairul Anwar Mat Saman"),
            ("Foreign fishermen are becoming bolder", "Khairul Anwar Mat Saman"),
            ("hundreds of millions of ringgit", "Terengganu Fisheries Department"),
            ("We lose nets almost every", "Wan Ismail Wan Ahmad"),
        ],
    ),
    (
        """Philippine fishermen idled as oil slick from sunken tanker spreads

Puerto Alegre (Philippines) (AFP) - Fisherman Danilo Ramirez has not taken his boat out in nine days. The sea off his village in the central Philippines is streaked with black, and the few fish he does find smell of fuel.

"There is nothing to catch, and even if we catch something, nobody will buy it," the 47-year-old told AFP, standing beside his outrigger on a beach coated in sludge.

The tanker MT Dona Carmela, carrying around 800,000 litres of industrial fuel oil, sank in rough seas on February 28 after its engine failed off the island of Mindoro.

The coast guard said all 20 crew were rescued, but oil has since washed up along more than 60 kilometres of coastline, affecting at least 14,000 fishermen, according to the provincial government.

Authorities have banned fishing in affected waters, and officials have warned that the cleanup could take months.

"We are racing against time," provincial governor Felicia Umali told reporters on Tuesday. "The longer the oil stays in the water, the more damage there will be to our coral reefs and mangroves."

The vessel's owner, Manila-based Luzviminda Shipping Lines, said it had hired a salvage company to siphon the remaining oil from the wreck, which lies at a depth of about 400 metres.

"The company is cooperating fully with the authorities and will shoulder the cost of the cleanup," it said in a statement.

But environmental groups say the response has been too slow.

Marine biologist Andrea Santos of the Visayan Coastal Research Institute said the spill threatened one of the country's most biodiverse marine areas, home to hundreds of species of coral and reef fish.

She said: "This is a disaster for the ecosystem and for the people who depend on it. Every day that oil leaks from the wreck, the affected area becomes larger.

"The dispersants being used can also be toxic to fish larvae. We need proper monitoring, not just cleanup crews with buckets."

The Philippines, an archipelago of more than 7,600 islands, relies heavily on sea transport, and accidents involving ageing and poorly maintained vessels are common.

The coast guard has said it is investigating why the tanker was allowed to sail despite a gale warning.

Back in Puerto Alegre, Ramirez and his neighbours have been hired by the local government to scoop oil from the beach for 350 pesos ($6) a day.

"It is better than nothing," he said. "But I am a fisherman. I want to go back to the sea."

His wife has started selling snacks by the roadside to pay for their three children's school fees.

cgm/amj""",
        [
            ("There is nothing to catch,", "Danilo Ramirez"),
            ("We are racing against time,", "Felicia Umali"),
            ("The longer the oil stays", "Felicia Umali"),
            ("The company is cooperating fully", "Luzviminda Shipping Lines"),
            ("This is a disaster for", "Andrea Santos"),
            ("The dispersants being used can", "Andrea Santos"),
            ("It is better than nothing,", "Danilo Ramirez"),
            ("But I am a fisherman.", "Danilo Ramirez"),
        ],
    ),
    (
        """Fishers fear being squeezed out as quota-based fishing takes effect

Yohanes Tarigan (The Jakarta Post)

Jakarta

Traditional fishers and civil society groups have called on the government to delay the full rollout of its quota-based fishing policy, warning that the scheme, which allows large companies to obtain multi-year catch quotas in six fishing zones, could push small-scale fishers out of their traditional grounds.

The Maritime Affairs and Fisheries Ministry began enforcing the policy on Jan. 1, requiring industrial vessels to land their catch at designated ports and pay non-tax state revenue (PNBP) based on the volume of fish caught, rather than a flat fee when a license is issued.

The ministry has touted the policy as a cornerstone of its "blue economy" agenda, saying it would improve data collection, curb overfishing and raise state revenue.

"With this system, we know exactly how much fish is taken from our seas and by whom. That is the basis for sustainability," the ministry's director general for capture fisheries, Hendarto Wibisono, said during a press conference in Jakarta on Monday.

Hendarto said small-scale fishers operating boats under 5 gross tonnes (GT) would be exempted from the quotas and could still fish freely within 12 nautical miles of the coast.

But the Indonesian Traditional Fishers Alliance (ANTI) said many fishers owned boats of between 5 and 10 GT and would be forced to compete with industrial fleets.

"The government says it protects small fishers, but the definition of 'small' is too narrow. Most of our members will be treated the same as big companies," ANTI secretary-general Rusdianto told The Jakarta Post on Tuesday.

He said the alliance had received reports from members in North Maluku of companies offering to buy local cooperatives' quota rights, a practice he described as "privatization of the sea through the back door".

Maria Ulfah, a researcher at the Center for Ocean Policy Studies (COPS), said the government had not published how the quotas were calculated.

"There is no transparent stock assessment that the public can access. Without it, we cannot know whether the quotas are sustainable or just a revenue target," she said.

According to ministry data, Indonesia's estimated sustainable fish stock stands at 12 million tonnes per year, and the quota scheme is expected to generate Rp 3 trillion (US$190 million) in non-tax revenue this year.

Meanwhile, the Indonesian Fishing Vessel Owners Association (APKI) said it supported the policy but complained about the limited number of designated landing ports.

"Our vessels now have to sail an extra two or three days just to land the catch. The fuel cost alone wipes out our margin," association chairman Jonny Kusuma said in a written statement.

Hendarto said the ministry would add eight landing ports by the end of the year and would review the quota allocations every six months based on catch data.""",
        [
            ("With this system, we know", "Hendarto Wibisono"),
            ("The government says it protects", "Rusdianto"),
            ("privatization of the sea through", "Rusdianto"),
            ("There is no transparent stock", "Maria Ulfah"),
            ("Our vessels now have to", "Jonny Kusuma"),
        ],
    ),
    (
        """Fishing boat sinks after collision with cargo ship off Hai Phong, four fishermen missing

HAI PHONG — Search and rescue forces are looking for four fishermen missing after their boat collided with a Panama-flagged cargo ship in the Gulf of Tonkin early on Thursday morning.

The fishing boat, from the central province of Thanh Hoa, with nine crew members on board, was fishing about 30 nautical miles southeast of Bach Long Vi Island when it was struck by the 18,000-tonne bulk carrier Ocean Prosper at around 2.15am, according to the Region I Maritime Search and Rescue Coordination Centre.

Five fishermen were rescued by another fishing boat operating nearby and brought ashore at Cat Thanh Port.

Survivor Le Van Quyet, 38, said the crew were asleep when the collision happened. “I heard a very loud noise and then the boat tipped over. I grabbed a buoy and shouted for the others, but it was too dark to see anything,” Quyet said.

The boat’s owner, Hoang Van Binh, said the vessel had its navigation lights on at the time. “The big ship did not slow down or sound its horn. After hitting us it kept going for nearly an hour,” he said.

Nguyen Duc Manh, deputy director of the centre, said the cargo ship was later asked to stop and anchor near Lach Huyen Port for investigation.

“We have dispatched the rescue vessel SAR 412 and coordinated with the Border Guard and fishing boats in the area. The search will continue day and night,” Manh said.

The Hai Phong Maritime Administration said in a statement that the cargo ship’s captain, a foreign national, and 22 crew members were cooperating with authorities, and that data from the vessel’s voyage data recorder had been collected.

A source from the maritime administration, who asked not to be named as the investigation was ongoing, said initial findings suggested the officer on watch “did not maintain a proper lookout” in the hours before the collision.

Under Vietnamese maritime law, the ship can be detained until its owner provides a financial guarantee for compensation.

Thanh Hoa provincial authorities have visited the families of the missing fishermen and provided each with VND10 million (US$395) in emergency support.

Vice chairman of the provincial People’s Committee Trinh Van Son said the province would provide legal assistance to help the families claim compensation from the ship’s owner.

“The fishermen are the main breadwinners. We will stand with their families until the end,” he said.

Collisions between fishing boats and commercial vessels occur regularly in the busy waters of the Gulf of Tonkin, where thousands of small boats operate close to international shipping lanes. — VNS""",
        [
            ("I heard a very loud", "Le Van Quyet"),
            ("The big ship did not", "Hoang Van Binh"),
            ("We have dispatched the rescue", "Nguyen Duc Manh"),
            ("did not maintain a proper", "source from the maritime administration"),
            ("The fishermen are the main", "Trinh Van Son"),
        ],
    ),
]
