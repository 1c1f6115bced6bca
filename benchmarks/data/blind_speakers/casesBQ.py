# Hand-labelled speaker-attribution test cases: Southeast Asian English-language press.

CASES = [
    (
"""MANILA — At least 14 people were killed and more than 38,000 forced from their homes after Typhoon Kalmaegi, locally named “Rosal,” tore across northern Luzon on Tuesday, disaster officials said on Wednesday.

The National Disaster Risk Reduction and Management Council said in its 6 a.m. bulletin that nine of the deaths were recorded in Cagayan province, where the Cagayan River rose to its highest level in more than a decade. Five people remained missing.

“Search and rescue operations are ongoing in at least 11 municipalities, and clearing operations have begun on major roads leading to Tuguegarao City,” the council said.

Defense Secretary Gilberto Manalac, who flew over the flooded towns on Wednesday morning, described the situation in stark terms.

“Entire barangays are under water up to the roofs. We are prioritising the elderly and the sick, and we have asked the Air Force to put every available helicopter in the air,” Manalac told reporters at the Tuguegarao airport.

Cagayan Governor Maria Luisa Tumaneng-Castro said the provincial government had run out of rubber boats by Tuesday night and appealed to neighbouring provinces to lend equipment and personnel.

In the town of Alcala, many residents spent the night on rooftops. “We heard the water before we saw it. By midnight it was already up to my chest, and my grandchildren were crying,” said Rodel Bacani, 52, a tricycle driver who was rescued with his wife and three grandchildren by a coast guard team at dawn.

Weather specialist Analiza Sotto of the state weather bureau said Rosal had weakened into a severe tropical storm as it moved toward the West Philippine Sea, but she warned that saturated soil in the Cordillera made landslides likely even with moderate rain.

Local officials, however, questioned why pre-emptive evacuations had not been ordered earlier. A spokesperson for the Cagayan Valley chapter of the League of Municipalities said several mayors received the council’s “red warning” only hours before the river broke its banks.

“We cannot keep calling these disasters ‘unprecedented’ every year. They are becoming the new normal, and our warning systems have to catch up with the rivers,” the spokesperson said.

Manalac said the government would review its protocols once relief operations were complete, but added that he would not “point fingers while people are still waiting on their roofs.”

Malacañang has launched a donation drive under the banner “Bayanihan para sa Cagayan,” and the Department of Social Welfare and Development said it had prepositioned 120,000 family food packs in the region.""",
        [
            ("Search and rescue operations are", "National Disaster Risk Reduction and Management Council"),
            ("Entire barangays are under water", "Gilberto Manalac"),
            ("We heard the water before", "Rodel Bacani"),
            ("We cannot keep calling these", "spokesperson for the Cagayan Valley chapter of the League of Municipalities"),
            ("point fingers while people are", "Gilberto Manalac"),
        ],
    ),
    (
"""KUALA LUMPUR: The High Court here on Monday fixed June 12 to decide whether former Pahang state executive councillor Datuk Seri Hamdan Mokhtar must enter his defence on six charges of abuse of power and money laundering involving RM14.6 million.

Justice Norliza Abdul Karim set the date after hearing submissions from both sides at the close of the prosecution’s case, which saw 31 witnesses testify over 11 months.

Deputy public prosecutor Farid Iskandar Yusof told the court that the prosecution had established a prima facie case, arguing that the money trail led “directly to companies controlled by the accused and his immediate family.”

He said bank records showed that payments from three plantation contractors were routed through a shell company before reaching the accounts, describing the arrangement as a textbook case of layering.

Hamdan’s lead counsel, Tan Sri Gurdeep Singh Randhawa, countered that the prosecution’s case rested largely on a single witness whose testimony was “riddled with contradictions and self-interest.”

He was referring to businessman Lim Chee Keong, the 14th prosecution witness, who was granted immunity from prosecution in exchange for his testimony. During cross-examination last October, Lim told the court he had personally delivered cash “in shoe boxes, sometimes twice a month” to Hamdan’s residence in Kuantan, but he could not recall the dates of most of the deliveries.

“My client has been tried in the court of public opinion for three years. Today we ask this court to look only at the evidence, and the evidence is not there,” Gurdeep said.

The case, dubbed the “Sawit Gate” scandal by opposition lawmakers, centres on the award of land concessions for oil palm cultivation between 2016 and 2019.

Outside the courtroom, Hamdan, 63, told reporters he was tired but remained confident, adding that he had “full faith in the judiciary of this country.” He declined to answer questions about his political future.

Hamdan was charged in 2022 and has been free on RM500,000 bail. If convicted of money laundering, he faces up to 15 years’ jail and a fine of not less than five times the sum involved.""",
        [
            ("directly to companies controlled by", "Farid Iskandar Yusof"),
            ("riddled with contradictions and", "Gurdeep Singh Randhawa"),
            ("in shoe boxes, sometimes twice", "Lim Chee Keong"),
            ("My client has been tried", "Gurdeep Singh Randhawa"),
            ("full faith in the judiciary", "Hamdan Mokhtar"),
        ],
    ),
    (
'''JAKARTA - Indonesia raised the alert status of Mount Batu Merah in North Maluku to the highest level on Sunday after a series of eruptions sent ash columns up to 7 kilometres into the sky, forcing more than 6,000 villagers from their homes and shutting a regional airport.

The status was raised to Level IV, or "Awas" (Beware), at 4 a.m. local time, the National Volcano Monitoring Centre said in a statement, adding that volcanic earthquakes had increased "from dozens to hundreds per day within a single week."

"We are asking residents within a seven-kilometre radius to leave immediately and not to return to their fields, even during the day," the centre's head, Hendra Wiratmaja, told a press conference in Bandung.

Hendra said pyroclastic flows had already reached the edge of Tobaru village on the volcano's western flank and that a larger eruption could not be ruled out in the coming days. He said monitoring posts had recorded ground swelling on the northern slope, a sign that magma was still rising.

At an evacuation centre set up in a primary school in Jailolo, farmer Yusran, 58, said he had left behind his goats and his clove trees when police trucks arrived in his village before dawn.

"My whole life is on that mountain. But my grandchildren are more important than cloves," said Yusran, who like many Indonesians goes by one name.

Evacuees complained of crowded conditions and a shortage of clean water. Volunteers from a local mosque handed out masks and bottled water, while a banner reading "Halmahera Kuat" (Halmahera Strong) hung over the school gate.

West Halmahera Regent Arifin Salamun said the local government had declared a 14-day emergency response period and was preparing for "the possibility that people cannot go home for months, not weeks."

He added that the regency had requested additional tents, portable toilets and water tanks from the National Disaster Management Agency.

Regional carrier Nusa Air cancelled all flights to and from Ternate on Sunday and Monday, and the transportation ministry issued an advisory to airlines to avoid the ash cloud, which was drifting northwest.

Batu Merah, one of about 127 active volcanoes in Indonesia, last erupted significantly in 2004, when an eruption killed three people and destroyed hundreds of hectares of farmland.''',
        [
            ("from dozens to hundreds per", "National Volcano Monitoring Centre"),
            ("We are asking residents within", "Hendra Wiratmaja"),
            ("My whole life is on", "Yusran"),
            ("the possibility that people cannot", "Arifin Salamun"),
        ],
    ),
    (
"""SINGAPORE — Mainboard-listed logistics group Straits Pacific Holdings will cut about 400 jobs, or roughly 8 per cent of its global workforce, as it grapples with falling freight rates and weaker demand from China, the company announced on Thursday.

In a filing to the Singapore Exchange before the market opened, the company said the restructuring was “necessary to safeguard the long-term competitiveness of the group” and would be completed by the end of the financial year. About 150 of the affected positions are in Singapore, with the rest in Malaysia, Vietnam and Hong Kong.

The group will also close two warehouses in Tuas and shift more of its business to what it calls an “asset-light” model, relying on third-party operators rather than owning facilities.

Chief executive Jasmine Teo Hui Ling broke the news to employees at a town hall on Wednesday evening, according to two people who attended. Ms Teo told staff that retrenchment benefits would exceed the industry norm and that affected employees would receive outplacement support.

“This is the hardest decision I have made in my 20 years with this company. We will treat every affected colleague with dignity, and nobody will walk out of here without support,” she said in a recording of the session reviewed by this newspaper.

The Logistics and Supply Chain Employees’ Union said it had been consulted in advance. Its general secretary, Mr Mohamed Rizal Jaafar, said the union would help affected workers sign up for the “SkillsBridge” retraining programme and look for jobs within the sector.

“We understand the business pressures, but workers should not always be the first to pay when freight rates fall. We will be watching closely to make sure the company keeps its promises,” Mr Rizal said.

Shares of Straits Pacific rose 3.2 per cent to $1.29 on Thursday afternoon, as investors welcomed the cost-cutting.

Analyst Priya Ramachandran of Merlion Securities said the move had been expected. “The market has been waiting for management to act on costs for at least two quarters. This is a step in the right direction, but it will not fix the revenue problem on its own,” she said.

She kept her “hold” rating on the stock, noting that the group’s order book had shrunk for three consecutive quarters.

Straits Pacific reported a net loss of $18.4 million for the first half of the year, compared with a profit of $22.1 million a year earlier.""",
        [
            ("necessary to safeguard the long-term", "Straits Pacific Holdings"),
            ("This is the hardest decision", "Jasmine Teo Hui Ling"),
            ("We understand the business pressures,", "Mohamed Rizal Jaafar"),
            ("The market has been waiting", "Priya Ramachandran"),
        ],
    ),
    (
"""BANGKOK — Police have arrested 17 people, including a popular social media influencer, in a crackdown on an illegal online gambling network believed to have moved more than 3 billion baht through rented bank accounts over two years.

Deputy national police chief Pol Gen Thanakorn Srisuwan told a press briefing on Monday that the network ran more than 30 betting websites from servers across the border and employed staff in Bangkok, Chon Buri and Udon Thani.

Thanakorn put it bluntly: “This is not a small group of gamblers. This is an organised criminal enterprise with accountants, IT staff, recruiters and marketing people.”

Among those arrested was Kittipong Rattanachai, 29, known to his more than 2 million followers as “Boss Kit”. Police allege he promoted the sites during livestreams, telling viewers they could “turn 100 baht into a new car overnight.” He was arrested at a condominium in Bangkok’s Huai Khwang district, where officers seized luxury watches, two sports cars and 4.6 million baht in cash.

Kittipong’s lawyer, Siriporn Chaiyasit, said her client had been hired as a “presenter” like any other advertiser and “had no knowledge of who owned the websites or where the money went.” She said he would fight the charges.

Pol Lt Col Nattapong Khemthong of the Online Crime Suppression Division said investigators had traced funds through more than 1,200 mule accounts, many of them opened by university students who were paid 2,000 to 5,000 baht each to hand over their bank books and ATM cards.

He urged young people not to sell or rent their accounts. “If your account is used for crime, you are also a criminal in the eyes of the law. ‘I didn’t know’ is not a defence,” he said.

The suspects face charges under the Gambling Act and the anti-money laundering law. Police said they were seeking arrest warrants for at least six more people, including two alleged financiers believed to be hiding abroad.

The arrests are part of the government’s “Clean Screen” campaign against online gambling and call-centre scams, launched in January. The Thai Banking Council said in a statement that member banks had frozen 860 accounts linked to the network.""",
        [
            ("This is not a small group", "Thanakorn Srisuwan"),
            ("turn 100 baht into a", "Kittipong Rattanachai"),
            ("had no knowledge of who", "Siriporn Chaiyasit"),
            ("If your account is used", "Nattapong Khemthong"),
        ],
    ),
    (
"""HANOI — Hanoi will inspect every so-called “mini apartment” building in the capital by the end of next month after a fire in Thanh Xuan District killed 11 people, including four children, early on Saturday, city officials said.

The blaze broke out at around 1:30 a.m. in the ground-floor parking area of the nine-storey building, where dozens of motorbikes were parked overnight, and spread quickly up the building’s single staircase, according to the city’s fire police.

Vice Chairman of the Hanoi People’s Committee Tran Quoc Dung told an emergency meeting on Sunday that the building had been licensed as a six-storey private house but had been illegally extended and divided into 45 units for rent.

“Those responsible, whether the owner or the officials who turned a blind eye, will be strictly handled in accordance with the law,” Dung said, according to a readout published on the city government’s web portal.

Police have detained the building’s owner, Le Van Thinh, 54, on suspicion of violating fire prevention regulations. Three ward officials have been suspended pending an investigation.

Survivors described scenes of panic in the darkness. Nguyen Thi Thu Ha, 34, who lived on the seventh floor with her husband and six-year-old daughter, said the family escaped by climbing across a narrow gap onto the roof of the neighbouring house.

“The smoke was so thick we could not see our own hands. My husband broke the iron bars on the window with a hammer and we crawled out one by one.

“If he had not done that, we would all be dead,” Ha said at Bach Mai Hospital, where her daughter was being treated for smoke inhalation.

Residents of the alley said they had long worried about the building. A noodle vendor on the same alley said she had reported the overcrowded parking area to ward officials twice this year. “They came, they looked, they left. Nothing changed,” she said.

The Ministry of Public Security said in a post on its website that residential fires had killed 146 people nationwide in the first nine months of the year. It urged families to make sure their homes had “at least one escape route other than the main door” and to keep fire extinguishers on every floor.

Mini apartments, which offer cheap rent to students and migrant workers, have proliferated across Hanoi over the past decade, often with only one staircase and few fire exits.""",
        [
            ("Those responsible, whether the owner", "Tran Quoc Dung"),
            ("The smoke was so thick", "Nguyen Thi Thu Ha"),
            ("They came, they looked, they", "noodle vendor on the same alley"),
            ("at least one escape route", "Ministry of Public Security"),
        ],
    ),
    (
'''MANILA - A Senate inquiry into the P2.4-billion purchase of allegedly overpriced tablet computers for barangay health workers turned heated on Wednesday after a former procurement official refused to say who had ordered him to approve the contract.

Former Procurement Service director Ernesto Villaraza Jr. repeatedly invoked his right against self-incrimination when asked by Sen. Cristina Lagdameo-Reyes who had instructed him to award the deal to Cebu-based supplier Visayan Digital Ventures Inc.

"Madam Chair, with all due respect, I will invoke my right under the Constitution," Villaraza said each time, reading from a prepared statement as his lawyer sat beside him.

Lagdameo-Reyes, who chairs the Senate blue ribbon committee, grew visibly frustrated as the hearing stretched into its fifth hour.

"You signed the documents. Your name is on every page. Somebody told you to do it, and the Filipino people deserve to know who," she said.

The Commission on Audit, in its annual report on the health department released in March, said the tablets were bought at P38,000 each, more than double the prevailing market price, and called the transaction "grossly disadvantageous to the government."

Many of the devices, auditors found, were still sitting in a warehouse in Pasig two years after delivery, while others were distributed without chargers or data plans, earning them the nickname "paperweights" among health workers in Samar.

Businessman Rolando "Dodong" Uy, the owner of Visayan Digital, did not attend the hearing despite a subpoena. In a letter to the committee, his lawyer, Atty. Josefina Malvar, said Uy was undergoing medical treatment abroad and would appear "at the earliest possible opportunity once his doctors allow him to travel."

Sen. Rafael Buenaventura then moved to cite Villaraza in contempt, saying the former official was "hiding behind the Constitution to protect his bosses." The motion was approved by a vote of 7-1, and Villaraza was ordered detained at the Senate premises.

Villaraza's lawyer, Ramil Dacanay, told reporters after the hearing that they would file a petition before the Supreme Court questioning the contempt order.''',
        [
            ("Madam Chair, with all due", "Ernesto Villaraza Jr."),
            ("You signed the documents. Your", "Cristina Lagdameo-Reyes"),
            ("grossly disadvantageous to the government", "Commission on Audit"),
            ("at the earliest possible opportunity", "Josefina Malvar"),
            ("hiding behind the Constitution to", "Rafael Buenaventura"),
        ],
    ),
    (
"""JAKARTA — Indonesia’s Manpower Ministry has ordered a temporary halt to operations at a nickel smelter in Central Sulawesi after an explosion on Tuesday killed nine workers and injured 27 others, the latest in a string of deadly accidents in the country’s fast-growing nickel processing industry.

The blast ripped through a furnace operated by PT Teluk Tolo Nikel at an industrial park in Morowali regency at around 5:40 a.m., as workers were changing shifts. Police said most of the victims suffered severe burns.

Manpower Minister Ratna Kusumawardhani said the suspension would remain in place until an independent team had completed a full safety audit of the plant.

“We will not allow production targets to come before the lives of workers. Indonesia wants investment, but not at any price,” she told reporters at the State Palace in Jakarta on Wednesday.

In a statement, PT Teluk Tolo Nikel said it was “cooperating fully with the authorities to determine the cause of the incident” and would cover the medical costs of the injured and compensate the families of those who died. The company said preliminary findings pointed to a technical failure.

Andi Rahmat Pratama, who heads the Morowali branch of the Indonesian Metal Workers Federation, disputed that account. He said workers had raised concerns about a leaking furnace for weeks before the explosion.

Andi was blunt: “Our members reported the leaking furnace three times. Three times. Nobody came to fix it, because stopping the furnace means losing money.”

The accident has renewed scrutiny of the government’s “hilirisasi”, or downstreaming, policy, which bans the export of raw nickel ore to force companies to process it at home. The policy has drawn billions of dollars in investment, much of it from Chinese firms, and turned Indonesia into the world’s largest producer of refined nickel.

A report by the Jakarta-based Institute for Labour and Environmental Justice titled “The Hidden Cost of Nickel” recorded at least 53 deaths at smelters in Sulawesi and Maluku between 2019 and 2024.

In Bahodopi, relatives waited outside the regional hospital for news. Pak Jufri, 60, whose eldest son was among the dead, sat on a plastic chair clutching his son’s helmet.

“My son went to work to feed his family, and he came home in a box. Who will take care of his children now?” said Jufri, a former fisherman from South Sulawesi.""",
        [
            ("We will not allow production", "Ratna Kusumawardhani"),
            ("cooperating fully with the authorities", "PT Teluk Tolo Nikel"),
            ("Our members reported the leaking", "Andi Rahmat Pratama"),
            ("My son went to work", "Jufri"),
        ],
    ),
]
