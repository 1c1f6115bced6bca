CASES = [
    (
        """Nigeria customs seize $2.7 mln of tramadol hidden in tile shipments at Lagos port

By Chinedu Okafor

LAGOS, March 14 (Reuters) - Nigeria's customs service said on Thursday it had seized 11 containers of the opioid painkiller tramadol at Lagos's Apapa port, its largest haul of the drug this year, and arrested three clearing agents linked to the shipment.

The containers, declared as ceramic floor tiles and motorcycle spare parts shipped from Mumbai, held more than 88 million tablets with an estimated street value of 4.2 billion naira ($2.7 million), officials said.

"This is a consignment that would have poisoned a generation of young people in our northern states," Comptroller Adebayo Olumide-Ajayi, who heads the customs command at Apapa, told reporters at the port.

"We are not going to relent. Every container flagged by our risk system will be physically examined, and anyone who thinks this port is an open door will find out otherwise."

Olumide-Ajayi said the importer had used a company registered in 2021 that had never previously brought goods into Nigeria, and that the shipping documents were "forged from start to finish". He declined to name the firm, citing the ongoing investigation.

Nigeria, Africa's most populous country, has battled widespread abuse of tramadol, particularly in the north, where the drug is sold cheaply in high-strength doses not approved for medical use. Authorities banned the import of tablets above 100 milligrams in 2018.

The seized tablets were of 225 mg strength, customs said.

A spokesman for the federal drug enforcement agency said the three suspects would be handed over to the agency "in line with our statutory mandate" once customs completed its inquiry.

Freight agents say stricter inspections since last year have added days to clearance times at Apapa, already one of the most congested ports on the continent, and that legitimate importers are paying the price.

Tunde Bakare-Lawal, national president of the Council of Licensed Customs Brokers, said his members were being "unfairly tarred with the same brush" as the few who colluded with smugglers.

"Most of our members play by the rules," he said. "The few who don't should face the full weight of the law, but the delays at Apapa are hurting everybody, from the importer to the consumer."

The customs service said it had collected 1.9 trillion naira in revenue at Apapa in 2023, roughly a third of its national total.

($1 = 1,550 naira)

(Reporting by Chinedu Okafor; Editing by Mark Pemberton)""",
        [
            ("This is a consignment that", "Adebayo Olumide-Ajayi"),
            ("We are not going to", "Adebayo Olumide-Ajayi"),
            ("forged from start to finish", "Adebayo Olumide-Ajayi"),
            ("in line with our statutory", "spokesman"),
            ("unfairly tarred with the same", "Tunde Bakare-Lawal"),
            ("Most of our members play", "Tunde Bakare-Lawal"),
            ("The few who don't should", "Tunde Bakare-Lawal"),
        ],
    ),
    (
        """Trader jailed five years in RO5.4mn customs evasion case

Muscat: A primary court in Muscat has sentenced an Asian businessman to five years in prison and ordered him to pay more than RO5.4 million in unpaid duties and fines after finding he had systematically under-declared the value of electronics imported through the Port of Ras Shinas.

The defendant, identified only by the initials M.R.K., was also ordered to be deported after serving his sentence, according to the ruling.

"The defendant deliberately submitted invoices bearing values that did not exceed a fifth of the true purchase price, with the intent of evading customs duties owed to the state," the Muscat Primary Court said in its judgment.

Investigators found that between 2020 and 2023 the trader's company imported more than 1,400 consignments of mobile phones, laptops and gaming consoles, most of them declared at a fraction of the manufacturers' wholesale prices. Two employees of a clearing firm were given suspended sentences of one year each for helping to prepare the documents.

The Directorate General of Customs said in a statement that the case had been uncovered through "data matching between declared values and international price references", a system introduced at Omani ports in 2021.

"Customs will continue to pursue any party that attempts to manipulate declarations, and the law provides for the confiscation of goods and the imposition of fines of up to three times the evaded duties," the statement added.

Salim bin Hamad Al Rawahi, the lawyer representing the defendant, said his client would appeal.

"The court relied on reference prices that do not reflect the real market for refurbished and grey-market devices, which is what my client was trading," Al Rawahi said. "We have expert reports showing this and we are confident the appeal court will look at them."

Undervaluation is among the most common forms of customs fraud in the Gulf, where duties on most goods are set at 5 per cent under the GCC common external tariff, but where higher rates and excise taxes apply to some categories such as tobacco and energy drinks.

Neha Kapoor, a partner in the trade compliance practice at Gulf Ledger Advisory in Muscat, said the ruling sent "a clear signal to importers" that authorities were now able to detect under-invoicing at scale.

"For years some traders treated under-invoicing as a cost of doing business. With electronic valuation checks now linked across GCC customs systems, that window is closing fast," she said.

The case is the third major customs fraud conviction in the Sultanate this year. In February, a court in Al Batinah North jailed two men for three years over the smuggling of untaxed cigarettes through a land crossing.""",
        [
            ("The defendant deliberately submitted invoices", "Muscat Primary Court"),
            ("data matching between declared values", "Directorate General of Customs"),
            ("Customs will continue to pursue", "Directorate General of Customs"),
            ("The court relied on reference", "Salim bin Hamad Al Rawahi"),
            ("We have expert reports showing", "Salim bin Hamad Al Rawahi"),
            ("a clear signal to importers", "Neha Kapoor"),
            ("For years some traders treated", "Neha Kapoor"),
        ],
    ),
    (
        """GRA uncovers GH¢38m duty evasion in vehicle imports at Tema Port

By Kwame Owusu-Ansah

The Customs Division of the Ghana Revenue Authority (GRA) has uncovered what it describes as a syndicate that evaded about GH¢38 million in import duties by falsifying the age and engine capacity of used vehicles cleared through the Tema Port.

At least 640 vehicles, mostly sport utility vehicles and pick-ups imported from the United States and Canada, were affected, the Commissioner of Customs, Mr Kwabena Asante-Boadu, told journalists in Tema last Tuesday.

He said the syndicate, made up of some importers, clearing agents and officers of the division, altered vehicle identification details on the customs system so that older vehicles, which attract overage penalties, appeared to be newer models.

"What we have found is not the work of one or two people. It is an organised scheme that reached into our own systems, and we are dealing with it without fear or favour," Mr Asante-Boadu said.

He added: "Eleven officers have been interdicted pending investigations, and the files of all the vehicles involved have been reopened. Owners will be invited to pay the outstanding duties or have their vehicles seized."

The Commissioner appealed to persons who bought vehicles from the affected dealers not to panic, saying the division would "distinguish between innocent buyers and those who knowingly benefited".

A senior officer at the port, who asked not to be named because he was not authorised to speak to the media, said the manipulation was first noticed during a routine audit in August last year.

"The valuation figures did not add up. You would see a 2009 model Land Cruiser declared as 2017, paying almost nothing in penalties," the officer said.

The Ghana Union of Vehicle Dealers and Importers said in a statement that it supported the clean-up exercise but cautioned against "blanket punishment of innocent dealers" who had paid agents in good faith.

Speaking in an interview, the union's General Secretary, Mrs Abena Darko-Mensah, said many of its members had no way of checking what agents entered into the system.

"Many of our members relied on agents who presented them with valid-looking documents. They cannot be treated as criminals overnight. We are asking the GRA to sit with us and agree on a fair way forward," she said.

Customs revenue accounts for more than a third of the GRA's total collections, and the Tema Port handles the bulk of the country's vehicle imports.

The Commissioner said the division would this year complete the integration of its valuation system with international vehicle history databases to prevent a recurrence.""",
        [
            ("What we have found is", "Kwabena Asante-Boadu"),
            ("Eleven officers have been interdicted", "Kwabena Asante-Boadu"),
            ("distinguish between innocent buyers and", "Kwabena Asante-Boadu"),
            ("The valuation figures did not", "senior officer at the port"),
            ("blanket punishment of innocent dealers", "Ghana Union of Vehicle Dealers and Importers"),
            ("Many of our members relied", "Abena Darko-Mensah"),
        ],
    ),
    (
        """Ivory Coast seizes over a tonne of cocaine hidden in banana containers

Abidjan (AFP) - Ivorian authorities have seized 1.3 tonnes of cocaine concealed in refrigerated containers of bananas bound for Europe, the largest drug haul in the country this year, officials said Saturday.

The drugs, packed in 1,140 bricks, were discovered on Thursday at the southwestern port of Béréby-Sud during an inspection of four containers due to be loaded onto a vessel sailing for Antwerp in Belgium.

"The dogs reacted on the first container, and when we opened the cartons, the bricks were placed under the fruit, layer by layer," Colonel Yao Koffi Ange, head of the anti-drug unit of the national police, told AFP.

"It was a professional job. Whoever did this knew exactly how our inspections work."

Six people, including two port employees and a Spanish national, were arrested, according to the public prosecutor's office in Abidjan.

Prosecutor Mamadou Traoré-Koné said in a statement that the suspects would be charged with international drug trafficking and "participation in a criminal organisation", offences that carry sentences of up to life imprisonment.

West Africa has for two decades served as a transit hub for South American cocaine heading to Europe, with traffickers exploiting busy ports, porous borders and weak institutions.

A report last year by the Gulf of Guinea Maritime Observatory, titled "Cold Chain, Hot Cargo", found that refrigerated fruit containers had become a preferred method for moving cocaine through the region's ports because they are rarely opened before departure.

A security source, who asked not to be identified, said investigators believed the shipment had arrived from Ecuador several weeks earlier and been stored in a warehouse near the port before being repacked.

"The same network has been active here before. This time they were greedy," the source said.

At the port, where several thousand dockworkers load cocoa, rubber and fruit each week, workers said they had no idea what moved through the containers.

"We see the boats come and go, we don't know what is inside. We just carry," said one dockworker, who gave only his first name, Adama.

The government, which has pledged to tighten controls at the country's ports, said in a statement that container scanners would be installed at Béréby-Sud "before the end of the year".

Ivory Coast is the world's largest cocoa producer and one of Africa's leading banana exporters, and its ports handle growing volumes of refrigerated cargo bound for European markets.""",
        [
            ("The dogs reacted on the", "Yao Koffi Ange"),
            ("It was a professional job", "Yao Koffi Ange"),
            ("participation in a criminal organisation", "Mamadou Traoré-Koné"),
            ("The same network has been", "security source"),
            ("We see the boats come", "Adama"),
            ("before the end of the", "government"),
        ],
    ),
    (
        """Customs foil bid to smuggle 3.8m amphetamine pills hidden in pomegranate shipment

RIYADH: Customs officers at Al-Birk Commercial Port on the Red Sea coast have foiled an attempt to smuggle more than 3.8 million amphetamine pills concealed inside a shipment of pomegranates, authorities said on Sunday.

The General Authority for Customs and Ports said in a statement that the pills were found packed into plastic balls made to resemble the fruit and mixed among genuine pomegranates in a refrigerated truck that had arrived by ferry.

"Security and technical inspection procedures, including the use of X-ray scanners and detector dogs, led to the discovery of the pills inside the shipment," the statement said.

The authority's official spokesman, Hamoud Al-Harbi, said: "We are working in full coordination with the General Directorate of Narcotics Control to trace the recipients of this shipment inside the Kingdom."

He added that two people had been arrested in Jeddah following a "controlled delivery" of part of the consignment.

Maj. Fahad Al-Otaibi, spokesman for the General Directorate of Narcotics Control, told reporters that the suspects, a Saudi citizen and a resident of Arab nationality, had been referred to the Public Prosecution after initial legal procedures were completed.

"The smugglers keep changing their methods, from fruit to furniture to car parts, but our teams are trained to read these patterns," Al-Otaibi said.

Amphetamine pills, commonly sold under the name "captagon," are produced largely in conflict zones in the Levant and smuggled to the Gulf, where they command high prices. Authorities in the Kingdom have seized hundreds of millions of pills over the past five years, often hidden in fruit and vegetable consignments, industrial equipment and building materials.

Dr. Khalid Al-Shammari, a researcher in criminology at the Al-Yamamah Institute for Security Studies in Riyadh, said smugglers were increasingly turning to sea ports on the western coast.

"The Red Sea routes have become more attractive as land crossings in the north have come under heavier surveillance. Smugglers go where they think the pressure is lower," he said.

He added that the use of fruit with a short shelf life was a deliberate tactic, as traders expect refrigerated perishables to be cleared quickly.

The authority urged members of the public to report smuggling attempts through its security hotline 1910, its email address or the international number, saying that all information would be treated "with complete confidentiality" and that informants could receive a financial reward if the information proved to be correct.""",
        [
            ("Security and technical inspection procedures", "General Authority for Customs and Ports"),
            ("We are working in full", "Hamoud Al-Harbi"),
            ("The smugglers keep changing their", "Fahad Al-Otaibi"),
            ("The Red Sea routes have", "Khalid Al-Shammari"),
            ("with complete confidentiality", "General Authority for Customs and Ports"),
        ],
    ),
    (
        """Benin’s Rice Trade Booms as Smugglers Exploit Nigeria Border

By Ayodele Fasanmi and Clément Houngbo

(Bloomberg) -- Rice imports into Benin have climbed to a record, and much of the grain was never meant for Beninese kitchens.

The West African nation brought in 1.6 million tons of rice last year, more than three times what its 14 million people consume, according to data compiled by Bloomberg from port and trade ministry figures. Traders and officials on both sides of the border say the surplus is trucked, carried on motorbikes and paddled across lagoons into Nigeria, where import duties on rice are more than twice Benin’s.

“Benin is effectively a warehouse for Nigeria,” said Elodie Agbokou, a Cotonou-based economist at research firm Sahel Trade Insights. “The port’s revenue depends on a trade that Nigeria considers illegal, and both governments know it.”

Nigeria shut its land borders for 16 months from 2019 in an attempt to choke off the trade and protect local rice farmers, a move that sent food prices soaring. Since the frontier reopened, Nigerian customs officers have stepped up patrols and seizures instead.

Ibrahim Danjuma Sule, a spokesman for Nigeria’s customs service, said in a phone interview that seizures of foreign parboiled rice along the western border rose 40% last year. “Every bag that comes in through the bush paths is a bag that displaces a Nigerian farmer,” he said.

The trade is an open secret in Kraké-Ouest, a dusty market town a few kilometers from the frontier, where warehouses stacked with 50-kilogram bags of Thai and Indian rice line the main road.

“We pay the men at the border, everybody knows that,” said Rukayat Alade, 43, who has run a rice stall in the town for a decade. “If they close the road, we use the lagoon. If they close the lagoon, we wait.”

Benin’s Ministry of Industry and Trade said in a post on X that all rice entering the country was “legally imported, declared and taxed” and that what happened after goods left Beninese territory was “a matter for the authorities of neighboring states.”

The dispute has become a recurring irritant between the neighbors, whose leaders have pledged to harmonize tariffs under a regional trade agreement but have made little progress. Rice smuggled from Benin sells for about a fifth less than locally milled grain in Lagos markets, traders said.

Agbokou said the economics would not change unless Nigeria’s tariffs came closer to Benin’s. “As long as the gap is this wide, you can put soldiers on every path and the rice will still find a way,” she said.

For Benin, the stakes are high. Customs receipts make up about half of government revenue, and the port remains the country’s single biggest source of foreign exchange after cotton.""",
        [
            ("Benin is effectively a warehouse", "Elodie Agbokou"),
            ("The port’s revenue depends on", "Elodie Agbokou"),
            ("Every bag that comes in", "Ibrahim Danjuma Sule"),
            ("We pay the men at", "Rukayat Alade"),
            ("If they close the road", "Rukayat Alade"),
            ("legally imported, declared and taxed", "Ministry of Industry and Trade"),
            ("a matter for the authorities", "Ministry of Industry and Trade"),
            ("As long as the gap", "Elodie Agbokou"),
        ],
    ),
    (
        """Kuwait customs bribery verdict adds urgency to port digitisation drive

Court upholds sentences for 14 officials as customs administration pushes ahead with single-window platform

Kuwait’s Court of Cassation on 12 May upheld prison sentences of between three and ten years for 14 customs officers and clearing agents convicted of taking bribes to release uninspected containers at Al-Khairan Commercial Port.

The case, which came to light in 2022 when an internal audit flagged discrepancies in inspection records, is the largest corruption prosecution involving the country’s customs administration.

The court’s ruling described the scheme as ‘a structured network that exploited gaps in supervision over a period of at least three years’, according to a summary published by the judiciary.

‘The verdict closes a chapter, but it does not close the gaps that made the scheme possible,’ says a senior official at the General Administration of Customs. ‘Too many decisions at the port are still taken by individuals with paper forms. That is what we are changing.’

The administration is midway through a KD45m ($146m) programme to introduce a single-window clearance platform, automated risk profiling and non-intrusive scanners at all of Kuwait’s sea, land and air entry points. The first phase, covering the main container terminal, is due to go live in the fourth quarter.

A consortium led by local firm Bayan Systems Integration was awarded the software contract in 2023. The scope includes a so-called ‘green lane’ for pre-approved importers with strong compliance records.

‘We are about 60 per cent through the build,’ says Tariq Al-Mutairi, project director at Bayan Systems Integration. ‘The harder part is not the technology. It is getting every agency that touches a container – customs, health, standards, the ports authority – to work from the same data.’

Industry sources say delays at Al-Khairan have lengthened since the scandal, as officers have become reluctant to approve clearances without multiple sign-offs.

‘Since the arrests, nobody wants to sign anything,’ says one Kuwait-based freight forwarder. ‘A container that used to clear in two days now takes five or six. Everybody understands why, but the cost is being passed on to importers.’

Rania Haddad, a Gulf logistics analyst at London-based consultancy Meridian Freight Economics, says the reforms are overdue.

‘Kuwait has the budget and the infrastructure; what it has lacked is process,’ she says. ‘If the single window works as designed, it could cut average clearance times by half within two years.’

The customs administration has said that it will publish tender documents for the second phase, covering land border crossings with Saudi Arabia and Iraq, before the end of the year.""",
        [
            ("a structured network that exploited", "Court of Cassation"),
            ("The verdict closes a chapter", "senior official at the General Administration of Customs"),
            ("Too many decisions at the", "senior official at the General Administration of Customs"),
            ("We are about 60 per", "Tariq Al-Mutairi"),
            ("The harder part is not", "Tariq Al-Mutairi"),
            ("Since the arrests, nobody wants", "Kuwait-based freight forwarder"),
            ("A container that used to", "Kuwait-based freight forwarder"),
            ("Kuwait has the budget and", "Rania Haddad"),
            ("If the single window works", "Rania Haddad"),
        ],
    ),
    (
        """How rosewood keeps slipping out of Sierra Leone despite export ban

By Mariama Sesay-Conteh

FREETOWN — On paper, the export of unprocessed timber from Sierra Leone has been banned for six years. In practice, shipping records, customs documents and interviews with more than a dozen people involved in the trade suggest that rosewood logs continue to leave the country in large volumes through the Kissy Point container terminal.

At least 312 containers declared as sawn timber or agricultural produce were shipped to ports in East Asia between January 2022 and March this year, according to bills of lading reviewed for this article.

A customs officer at the terminal, who spoke on condition of anonymity because he feared losing his job, described a system of what staff call "facilitation fees" paid to ensure that containers were not opened.

"Every container has a price. If you pay, the seal is not broken, the scanner is 'down for maintenance', and the papers are stamped," he said.

"Sometimes the instructions come from above. We are told: this one, leave it. You don't ask whose it is."

Several people interviewed named a Freetown-based businessman known in the trade as "Papa Wood" as a central figure in arranging shipments. He could not be reached for comment.

The Environmental Justice Coalition of Sierra Leone, in a report titled "Logs in the Dark" published last month, estimated that more than 40,000 cubic metres of rosewood had left the country since the ban. The report said the prohibition had "driven the trade underground rather than ending it".

"We have documented the trucks, the sawmills and the containers," said Fatmata Jalloh-Koroma, who coordinated the research. "What is missing is the will to follow the money to the people at the top."

The National Maritime and Ports Authority said in a written response that it "takes all allegations of misconduct seriously" and that scanning at the terminal was the responsibility of the revenue authority.

Alusine Kamara-Bangura, who heads the customs enforcement unit, rejected the suggestion that the ban was being ignored.

"We seized 41 containers last year alone. That tells you we are working, not that we are failing," he said in an interview at his office overlooking the harbour. He denied that officers took bribes systematically, dismissing the allegations as "stories from disgruntled people".

A shipping agent in Freetown, who also asked not to be named, said the ban had changed the economics of the trade but not its scale.

"The ban made the business more expensive, not smaller. Now everyone along the chain takes a cut," the agent said.

Rosewood, prized in China for high-end furniture, has been logged heavily across West Africa over the past decade, with several countries imposing bans that conservation groups say are poorly enforced.""",
        [
            ("Every container has a price", "customs officer at the terminal"),
            ("Sometimes the instructions come from", "customs officer at the terminal"),
            ("driven the trade underground rather", "Environmental Justice Coalition of Sierra Leone"),
            ("We have documented the trucks", "Fatmata Jalloh-Koroma"),
            ("What is missing is the", "Fatmata Jalloh-Koroma"),
            ("takes all allegations of misconduct", "National Maritime and Ports Authority"),
            ("We seized 41 containers last", "Alusine Kamara-Bangura"),
            ("stories from disgruntled people", "Alusine Kamara-Bangura"),
            ("The ban made the business", "shipping agent in Freetown"),
        ],
    ),
]
