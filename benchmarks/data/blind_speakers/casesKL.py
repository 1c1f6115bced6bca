CASES = [
    (
        """Rice exporters warn of shipment slump as baht strengthens

By Kanokwan Thipsuwan

Thai rice exporters have cut their shipment forecast for this year to 7.2 million tonnes, blaming a stronger baht and aggressive price competition from Vietnam and India.

Chookiat Rattanaporn, honorary president of the Thai Rice Exporters Association, said on Tuesday that Thai white rice was now priced about US$40 a tonne above comparable Vietnamese grades.

"Buyers in the Philippines and Indonesia are not waiting for us. They are signing contracts with Vietnam because the price gap is simply too wide," Mr Chookiat said.

He said the association had revised its estimate down from 7.8 million tonnes set in January, and warned that the figure could fall further if the currency continued to appreciate "at the pace we saw in the last quarter".

The baht has gained about 6% against the US dollar since March, making it one of the best-performing currencies in the region.

According to the association, exports in the first five months totalled 3.1 million tonnes, down 11% from the same period last year. Shipments of parboiled rice to Africa were the only segment to post growth.

Commerce Minister Pongsak Srisawat told reporters after a meeting with exporters that the ministry would seek talks with the Bank of Thailand over the exchange rate.

"We understand the central bank has its own mandate, but exporters are feeling real pain and farmers will feel it next," he said. "We will bring their concerns to the table."

Mr Pongsak also said the ministry planned to send trade delegations to Iraq and Japan in August to promote Thai jasmine rice, which still commands a premium in those markets.

A senior official at the Bank of Thailand, speaking on condition of anonymity, said the central bank was monitoring currency movements closely but had "no plan to target a specific level".

Farm groups have urged the government to act more quickly. Wichai Boonmee, secretary-general of the Thai Farmers Network in Suphan Buri, said paddy prices had already fallen by 800 baht a tonne in the past two months.

"When the exporters sneeze, it is the farmers who catch a cold," Mr Wichai said. "We need a price guarantee before the main crop is harvested, not after."

Analysts say the outlook depends heavily on India's export policy. Kasikorn Research Center said in a report last week that any further easing of Indian restrictions could push global prices down by as much as 10%.

"Thailand's competitiveness problem is structural, not just a currency story," said Nattaya Pholsiri, an agricultural economist at Chulalongkorn University. "Our yields per rai are among the lowest in the region, and that is not something the baht can fix."
""",
        [
            ("Buyers in the Philippines and", "Chookiat Rattanaporn"),
            ("at the pace we saw", "Chookiat Rattanaporn"),
            ("We understand the central bank", "Pongsak Srisawat"),
            ("We will bring their concerns", "Pongsak Srisawat"),
            ("no plan to target a", "senior official at the Bank of Thailand"),
            ("When the exporters sneeze, it", "Wichai Boonmee"),
            ("We need a price guarantee", "Wichai Boonmee"),
            ("Thailand's competitiveness problem is structural,", "Nattaya Pholsiri"),
            ("Our yields per rai are", "Nattaya Pholsiri"),
        ],
    ),
    (
        """Property developers struggle to repay VND60 trillion in bonds due this year

By Minh Anh

Vietnamese real estate firms face bond maturities worth more than VND60 trillion ($2.4 billion) in the remaining months of the year, putting fresh pressure on a sector still recovering from a liquidity crunch.

Data from the Vietnam Bond Market Association (VBMA) shows real estate companies account for nearly 40% of corporate bonds maturing between now and December.

Many developers have already asked bondholders to extend repayment terms or accept property in place of cash, said Tran Quoc Bao, deputy director of investment at Hanoi-based Sao Viet Securities.

"The problem is not that projects are worthless. The problem is that they are stuck in legal procedures and cannot generate cash," Bao said.

He estimated that around a third of the maturing bonds would need to be restructured.

Phu Gia Land, a developer based in HCMC, said last week it had reached agreement with holders of a VND1.5 trillion bond to push back the maturity date by two years. In a statement to the Hanoi Stock Exchange, the company said the extension would "give sufficient time to complete legal procedures" for its riverside project in Thu Duc City.

Its chairman, Le Van Thinh, told shareholders at the annual meeting in April that the firm had no intention of defaulting.

"We have never missed an interest payment and we will not start now," he said. "But we ask investors to understand that the market has changed."

The State Bank of Vietnam has cut interest rates four times since last year and asked commercial banks to reduce lending costs for homebuyers. But property transactions remain well below 2021 levels, according to the Vietnam Association of Realtors.

Nguyen Thi Lan Huong, the association's deputy chairwoman, said buyers were returning cautiously, mostly to apartments priced under VND3 billion.

"Demand is real, especially for affordable housing, but supply in that segment is almost non-existent in Hanoi and HCMC," Huong said.

An official at the Ministry of Construction said amendments to the Land Law and Housing Law, which took effect earlier this year, should help clear bottlenecks for hundreds of stalled projects.

"Localities now have clearer guidance on land pricing, which was the biggest obstacle," the official said, asking not to be named as he was not authorized to speak to the media.

Some analysts remain wary. In a note to clients, Singapore-based research firm Mekong Capital Insights warned that a "second wave of restructuring" was likely next year if sales did not pick up, particularly among mid-sized developers with heavy exposure to land banks in the suburbs of HCMC.
""",
        [
            ("The problem is not that", "Tran Quoc Bao"),
            ("give sufficient time to complete", "Phu Gia Land"),
            ("We have never missed an", "Le Van Thinh"),
            ("But we ask investors to", "Le Van Thinh"),
            ("Demand is real, especially for", "Nguyen Thi Lan Huong"),
            ("Localities now have clearer guidance", "official at the Ministry of Construction"),
            ("second wave of restructuring", "Mekong Capital Insights"),
        ],
    ),
    (
        """Opposition Vows No-Confidence Motion Over Land Deal

BANGKOK — The main opposition party said Monday it will file a no-confidence motion against the interior minister over the lease of state land in Chonburi province to a company linked to a coalition partner.

Prachachon Mai Party leader Thitipong Chaiwat said the party had gathered documents showing that 340 rai of land near the Laem Chabang port had been leased at “a fraction of its market value” to Siam Eastern Logistics, a firm whose major shareholders include relatives of a senior coalition MP.

“This is not an accusation based on rumor. We have the contracts, we have the valuation reports, and we will lay them out in parliament for the public to see,” Thitipong told reporters at parliament.

He said the motion would be submitted once the parliamentary session opens next month.

Interior Minister Suchart Kongkaew dismissed the allegations as politically motivated. In a statement posted on his Facebook page, Suchart said the lease followed “every step required by law” and had been approved by a provincial committee before he took office.

“I welcome the debate. I have nothing to hide,” he wrote.

Siam Eastern Logistics did not respond to requests for comment.

The row threatens to strain the 11-party coalition, which has faced friction in recent weeks over the budget bill. A source in the Rak Thai Party, the second-largest government partner, said its MPs were “not comfortable with the explanation so far” and wanted an independent review.

“We will not vote blindly. If the documents are convincing, the party will have to think about its position,” said the source, who spoke on condition of anonymity because they were not authorized to discuss internal matters.

Government spokeswoman Rattana Sukprasert said Prime Minister Anan Wongthai had full confidence in his minister.

“The prime minister has asked the Interior Ministry to clarify all the facts and to cooperate with any agency that wishes to examine the lease,” Rattana said.

The National Anti-Corruption Commission confirmed it had received a petition over the case last week from an activist group, the Eastern Seaboard Watch network.

Its coordinator, Pornthip Saengarun, said local residents had been pushing for an investigation for more than a year.

“Fishermen in that area lost access to the shoreline, and nobody ever asked them,” she said. “Now suddenly everyone in Bangkok is interested because there is a political fight.”

Political scientist Yuttana Meesuk of Thammasat University said the motion was unlikely to topple the minister but could damage the government ahead of local elections.

“Numbers-wise, the coalition is safe. But censure debates are about television, not votes,” he said.
""",
        [
            ("a fraction of its market", "Thitipong Chaiwat"),
            ("This is not an accusation", "Thitipong Chaiwat"),
            ("every step required by law", "Suchart Kongkaew"),
            ("I welcome the debate. I", "Suchart Kongkaew"),
            ("not comfortable with the explanation", "source in the Rak Thai Party"),
            ("We will not vote blindly.", "source in the Rak Thai Party"),
            ("The prime minister has asked", "Rattana Sukprasert"),
            ("Fishermen in that area lost", "Pornthip Saengarun"),
            ("Now suddenly everyone in Bangkok", "Pornthip Saengarun"),
            ("Numbers-wise, the coalition is safe.", "Yuttana Meesuk"),
        ],
    ),
    (
        """Deputy PM urges ministries to speed up public investment disbursement

HÀ NỘI — Deputy Prime Minister Lê Minh Khoa has asked ministries and localities to take drastic measures to accelerate the disbursement of public investment capital, which stood at only 38 per cent of the annual plan by the end of July.

Speaking at a meeting of the Government's working group on public investment in Hà Nội on Thursday, Khoa said slow disbursement was "a bottleneck that directly affects growth targets".

"Each ministry and each province must identify clearly which projects are lagging and who is responsible. We cannot continue to report the same difficulties month after month," he said.

According to the Ministry of Finance, total disbursement in the first seven months reached VNĐ264.5 trillion (US$10.4 billion). Eleven ministries and central agencies and nine provinces had disbursed less than 25 per cent of their allocated capital.

Deputy Minister of Finance Trần Thị Hồng Vân said site clearance remained the main obstacle, especially for transport projects.

"Many localities still have not completed compensation plans, while the prices of construction materials such as sand and stone have risen sharply in some regions," Vân said.

She added that the ministry would propose transferring capital from slow-moving projects to those able to absorb funds faster.

Representatives of several provinces reported progress. Chairman of the Bình Định Province People's Committee Phạm Quốc Thắng said the province had set up special task forces to handle land clearance for the coastal road project.

"We have assigned each leader of the provincial Party Committee and People's Committee to be directly in charge of a key project. Progress is reviewed every week," Thắng said.

The Ministry of Transport said in a report submitted to the meeting that 12 sections of the North-South Expressway were on schedule, but that two sections in the Central Highlands faced shortages of fill material.

Khoa instructed the ministry to work with local authorities to license new quarries "in accordance with the law but without unnecessary delays".

Economists have warned that weak public spending could weigh on the country's growth target of 6.5 per cent this year.

Dr Nguyễn Đức Thành, an economist at the Việt Nam Institute for Economic and Policy Research, said public investment acted as "seed capital that pulls in private money".

"When the State spends on time, it sends a strong signal to domestic and foreign investors that the infrastructure they need will be there," he told Việt Nam News.

Khoa asked the Ministry of Finance to publicise the list of units with low disbursement rates each month and to propose disciplinary measures for those who deliberately delay work. — VNS
""",
        [
            ("a bottleneck that directly affects", "Lê Minh Khoa"),
            ("Each ministry and each province", "Lê Minh Khoa"),
            ("Many localities still have not", "Trần Thị Hồng Vân"),
            ("We have assigned each leader", "Phạm Quốc Thắng"),
            ("in accordance with the law", "Lê Minh Khoa"),
            ("seed capital that pulls in", "Nguyễn Đức Thành"),
            ("When the State spends on", "Nguyễn Đức Thành"),
        ],
    ),
    (
        """Thai auto parts makers seek lifeline as Chinese EV brands localize

BANGKOK -- Thailand’s auto parts makers are lobbying the government for help as Japanese carmakers cut production in the country and Chinese electric vehicle brands building local plants source components from their own suppliers.

Output at Thai car plants fell 18% in the first half of the year to 720,000 units, according to the Federation of Thai Industries, the steepest decline since the 2011 floods. Several smaller suppliers in Rayong and Chachoengsao provinces have announced layoffs.

“We built our whole business around internal combustion engines and Japanese customers,” said Surapong Leelawat, managing director of Siam Precision Forging, which makes crankshafts and gear parts. “Now the orders are going down every quarter, and the Chinese makers bring their own people.”

Surapong said his company, which employs about 600 workers, had cut shifts at its Rayong plant from three to two since May.

The Thai Auto Parts Manufacturers Association has asked the Board of Investment to require Chinese EV makers receiving tax incentives to buy a higher share of components locally. Under current rules, manufacturers must reach 40% local value content by 2026.

“Forty percent sounds good on paper, but much of it is batteries imported as cells and assembled here,” association president Kittisak Pongpanich told Nikkei Asia. “The value for Thai SMEs is very small.”

Chinese automakers have invested more than 50 billion baht ($1.4 billion) in Thai factories over the past three years. Jiangnan Auto, which opened a plant in Rayong last year, said in an emailed response that it was “actively expanding cooperation with Thai partners” and had qualified 35 local suppliers so far.

The Board of Investment said it was reviewing the local-content formula. Its secretary-general, Duangporn Siriwattana, said at a seminar in Bangkok on Wednesday that the agency wanted Thai firms to move up the value chain rather than rely on protection.

“We cannot keep foreign investors in Thailand by forcing them to buy parts that are not competitive,” Duangporn said. “But we will support Thai suppliers with upgrading funds and technology partnerships so they can compete.”

Japanese carmakers, which still account for roughly three-quarters of vehicles sold in Thailand, have been consolidating production. An executive at a Japanese automaker’s Thai unit, who asked not to be identified, said the company was shifting some pickup truck output to Indonesia.

“The domestic market here is weak because household debt is so high and banks are rejecting car loans,” the executive said.

Thailand’s household debt stands at about 90% of gross domestic product, among the highest in Asia.

Some suppliers are adapting. Surapong said Siam Precision Forging had begun making parts for medical devices and agricultural machinery.

“It’s not enough to replace the car business yet,” he said. “But we have to try something, or we will disappear.”
""",
        [
            ("We built our whole business", "Surapong Leelawat"),
            ("Now the orders are going", "Surapong Leelawat"),
            ("Forty percent sounds good on", "Kittisak Pongpanich"),
            ("The value for Thai SMEs", "Kittisak Pongpanich"),
            ("actively expanding cooperation with Thai", "Jiangnan Auto"),
            ("We cannot keep foreign investors", "Duangporn Siriwattana"),
            ("But we will support Thai", "Duangporn Siriwattana"),
            ("The domestic market here is", "executive at a Japanese automaker’s Thai unit"),
            ("It’s not enough to replace", "Surapong Leelawat"),
            ("But we have to try", "Surapong Leelawat"),
        ],
    ),
    (
        """Lawmakers grill industry minister over power shortage risk in northern Vietnam

Vietnamese lawmakers on Tuesday pressed the minister of industry and trade over the risk of electricity shortages in northern provinces this summer, a year after rolling blackouts disrupted factories and households.

Speaking at a question-and-answer session of the National Assembly in Hanoi, Minister Dang Quoc Tuan said the ministry had prepared “many scenarios so that the north will not lack power” during the dry season.

“The 500kV circuit-3 transmission line has been completed and put into operation, allowing us to bring more power from the central and southern regions to the north,” Tuan said.

“However, I must be frank with the deputies. If the drought is severe and hydropower reservoirs are low, the north will still face a tight supply in June and July.”

Deputy Pham Thi Thu Ha from Bac Ninh Province, home to major electronics manufacturers, said investors in her locality remained worried.

“Last year, many foreign-invested enterprises had to stop production lines without notice. Some of them have told us they are considering moving new investment to other countries,” Ha said. “What commitment can the minister give to these businesses?”

In response, Tuan said state utility Vietnam Electricity (EVN) had signed agreements with industrial parks to give advance notice of any power cuts and to prioritize large manufacturers.

Deputy Hoang Van Cuong of Hanoi questioned why dozens of solar and wind projects remained unconnected to the grid despite the shortages.

“We have clean electricity sitting idle while people sweat in the dark. Where is the bottleneck, and who is responsible?” Cuong asked.

Tuan acknowledged that price negotiations between EVN and developers of so-called transitional renewable projects had been slow. He said 62 of the 85 projects had been given temporary prices and connected, and that the ministry would “resolve the rest within this year”.

EVN said in a statement released after the session that it had completed maintenance at major thermal power plants ahead of the hot season and that coal stockpiles were “sufficient for peak demand”.

National Assembly Chairman Tran Minh Duc, who chaired the session, asked the government to report on electricity supply at the next sitting.

“The deputies have raised very practical concerns. Power shortages must not be allowed to happen again, as they did last year,” Duc said.

Electricity consumption in Vietnam grew by about 10% last year, according to EVN, driven by manufacturing and higher temperatures.
""",
        [
            ("many scenarios so that the", "Dang Quoc Tuan"),
            ("The 500kV circuit-3 transmission line", "Dang Quoc Tuan"),
            ("However, I must be frank", "Dang Quoc Tuan"),
            ("Last year, many foreign-invested enterprises", "Pham Thi Thu Ha"),
            ("What commitment can the minister", "Pham Thi Thu Ha"),
            ("We have clean electricity sitting", "Hoang Van Cuong"),
            ("resolve the rest within this", "Dang Quoc Tuan"),
            ("sufficient for peak demand", "Vietnam Electricity"),
            ("The deputies have raised very", "Tran Minh Duc"),
        ],
    ),
    (
        """Casino bill sparks heated debate as religious groups rally outside Parliament

Hundreds of protesters gathered outside Parliament on Wednesday as MPs began debating a bill that would allow licensed casinos inside large entertainment complexes, with the government insisting the project would bring in hundreds of billions of baht in foreign investment.

Deputy Finance Minister Chaiyaporn Thongdee, who presented the bill, told the House that the complexes would attract high-spending tourists and create up to 15,000 jobs at each site.

"This is not a casino bill. It is a tourism investment bill, and the casino will take up no more than 10 per cent of the area of each complex," Chaiyaporn said.

He said Thai nationals would have to pay an entry fee of 5,000 baht and show proof of at least 50 million baht in bank deposits, a requirement the government says will protect low-income citizens.

Opposition MPs were unconvinced. Sirilak Nuanchan, a list MP from the Thai Progress Party, said the government had failed to publish a proper study on the social costs of gambling.

"The government keeps telling us about the money, but nobody has shown us the figures on addiction, on debt, on money laundering," she said. "We are being asked to sign a blank cheque."

Sirilak also questioned why the bill gave the Cabinet power to approve licences without a public bidding process, saying this created "a wide opening for favouritism".

Outside Parliament, a coalition of Buddhist and Muslim organisations submitted a petition carrying more than 120,000 signatures calling for the bill to be withdrawn.

"We are not against tourism, and we are not against the government. We are against turning gambling into a national strategy," Preecha Kaewmanee, chairman of the Network of Buddhist Lay Organisations, told reporters.

The Tourism Council of Thailand backed the bill in a statement, saying it would help Thailand compete with Singapore, Macau and the Philippines for "high-value visitors who currently take their money elsewhere".

A senior official at the Fiscal Policy Office, who asked not to be named, said projections of tax revenue from the complexes had been revised downward since the bill was first proposed.

"The earlier figures were too optimistic. We now expect revenue to be about half of that in the first five years," the official said.

Prime Minister Thanakorn Srisuk said on Tuesday that the government was open to amendments.

"If there are good suggestions to make the safeguards stronger, we are ready to accept them. But we cannot let Thailand fall behind our neighbours," he said.

The debate is expected to continue until Friday, when MPs will vote on whether to accept the bill in principle.
""",
        [
            ("This is not a casino", "Chaiyaporn Thongdee"),
            ("The government keeps telling us", "Sirilak Nuanchan"),
            ("We are being asked to", "Sirilak Nuanchan"),
            ("a wide opening for favouritism", "Sirilak Nuanchan"),
            ("We are not against tourism,", "Preecha Kaewmanee"),
            ("high-value visitors who currently take", "Tourism Council of Thailand"),
            ("The earlier figures were too", "senior official at the Fiscal Policy Office"),
            ("If there are good suggestions", "Thanakorn Srisuk"),
        ],
    ),
    (
        """Thai retail giant bets on Vietnam’s provincial cities with $500 million expansion

Thailand’s Siam Central Retail Group plans to invest $500 million to open 40 new shopping centres and supermarkets in Vietnam’s secondary cities over the next five years, as the company seeks growth outside its saturated home market.

The plan was announced in Ho Chi Minh City on Friday at a ceremony attended by Thai Ambassador to Vietnam Nopadon Chanthawong and officials from several southern provinces.

Siam Central Retail Group CEO Worawit Tangsakul said Vietnam had become the group’s most important market outside Thailand, contributing nearly 30 per cent of its revenue last year.

“Vietnam’s middle class is growing faster than anywhere else in the region, and it is no longer concentrated only in Hanoi and Ho Chi Minh City,” Worawit said. “Cities like Can Tho, Buon Ma Thuot and Quy Nhon are where the next wave of consumers will come from.”

According to the company, about 70 per cent of the new stores will be located outside the two largest cities. The company said in a press release that the expansion would create “around 8,000 direct jobs” and that at least 90 per cent of goods sold in its supermarkets would come from Vietnamese suppliers.

Ambassador Nopadon put it simply: “Thai investors came to Vietnam early, and they are staying for the long term.”

Le Thi Thu Trang, vice chairwoman of the Can Tho City People’s Committee, said the city would facilitate procedures for the projects.

“We will support the investor in land and administrative procedures so the projects can start on schedule,” she said.

Industry experts say competition is intensifying, with domestic chains as well as Japanese and South Korean retailers also expanding beyond the major cities.

Pham Minh Khoi, a retail analyst at Ho Chi Minh City-based consultancy Viet Market Insight, said foreign retailers often struggled to match the convenience of traditional markets and small grocery stores, which still account for more than half of retail sales.

“The challenge is not opening stores, it is getting people to change their shopping habits,” Khoi said. “In smaller cities, a trip to the wet market is still a social activity.”

He added that the Thai group’s strategy of combining supermarkets with entertainment and food courts “could work well for young families” in provincial areas.

Vietnam’s retail sales of goods and services rose 8.6 per cent last year to about VND6.2 quadrillion ($244 billion), according to the General Statistics Office.

An executive at a competing supermarket chain, who declined to be named, said the expansion would push up rents in provincial shopping areas.

“Good locations in those cities are limited. When a big player comes in with this much money, everyone else pays more,” the executive said.
""",
        [
            ("Vietnam’s middle class is growing", "Worawit Tangsakul"),
            ("Cities like Can Tho, Buon", "Worawit Tangsakul"),
            ("around 8,000 direct jobs", "Siam Central Retail Group"),
            ("Thai investors came to Vietnam", "Nopadon Chanthawong"),
            ("We will support the investor", "Le Thi Thu Trang"),
            ("The challenge is not opening", "Pham Minh Khoi"),
            ("In smaller cities, a trip", "Pham Minh Khoi"),
            ("could work well for young", "Pham Minh Khoi"),
            ("Good locations in those cities", "executive at a competing supermarket chain"),
        ],
    ),
]
