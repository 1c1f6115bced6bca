CASES = [
    (
        """Bengaluru fintech Paysetu raises $48 million in Series B led by Helix Ventures

By Ananya Raghavan, ET Bureau

BENGALURU: Paysetu, a lending platform for small merchants, has raised $48 million in a Series B round led by Singapore-based Helix Ventures, with participation from existing investors Kalpataru Capital and Northbrook Partners.

The four-year-old company will use the funds to expand into smaller towns in Uttar Pradesh, Madhya Pradesh and Odisha and to strengthen its credit underwriting team, co-founder and chief executive Rohan Mehrotra said.

"Most of the kirana owners we work with have never had a formal loan in their lives," Mehrotra told ET. "They have cash flows, they have UPI histories, but the banks simply can't see them. That's the gap we are trying to close."

The round values Paysetu at about $310 million, according to two people aware of the matter. The company declined to comment on the valuation.

Paysetu says it has disbursed loans worth Rs 2,100 crore since its launch, with an average ticket size of Rs 85,000. Its gross non-performing assets stood at 2.8% at the end of March, the company said in a statement.

Helix Ventures partner Meera Sundaram, who will join Paysetu's board, said the firm had tracked the company for nearly two years before investing. "We were looking for a team that understood credit first and technology second," she said. "Rohan and his team have been through a full cycle of collections, including the pandemic, and the book has held up."

The funding comes at a time when investors have turned cautious on digital lenders after the Reserve Bank of India tightened rules on default loss guarantees and co-lending arrangements with banks. Funding to Indian fintech companies fell 29% in the first half of the year, according to data from research firm Ledgerline Analytics.

A senior executive at a rival lending platform, who did not wish to be named, said valuations in the segment were "still well below 2021 levels" and that only companies with clean asset quality were able to raise capital. "Investors are asking about collections before they ask about growth," the executive said.

Mehrotra said Paysetu expects to turn profitable at the operating level by the fourth quarter of FY26. "We are not going to chase growth at the cost of the book," he said. "If that means we grow 60% instead of 120%, we are fine with it."

Paysetu was founded in 2020 by Mehrotra, a former product head at a large private bank, and Kavya Iyer, who previously worked in risk analytics at a consumer finance company. The company has about 640 employees.""",
        [
            ("Most of the kirana owners", "Rohan Mehrotra"),
            ("They have cash flows, they", "Rohan Mehrotra"),
            ("We were looking for a", "Meera Sundaram"),
            ("Rohan and his team have", "Meera Sundaram"),
            ("still well below 2021 levels", "senior executive at a rival lending platform"),
            ("Investors are asking about collections", "senior executive at a rival lending platform"),
            ("We are not going to", "Rohan Mehrotra"),
            ("If that means we grow", "Rohan Mehrotra"),
        ],
    ),
    (
        """Indonesia to auction 5G spectrum by year-end, official says

By Rina Sulistyowati

JAKARTA, May 14 (Reuters) - Indonesia will auction 5G spectrum in the 700 MHz and 26 GHz bands before the end of the year, a senior communications ministry official said on Wednesday, as the government seeks to speed up the rollout of faster mobile networks across the archipelago.

The auction, initially planned for last year, was delayed twice as the government reviewed pricing after complaints from operators that spectrum fees were eroding their ability to invest.

"We have finalised the reserve price framework and expect to open registration in the third quarter," Arief Santoso, director general of resources and equipment at the Ministry of Communication and Digital Affairs, told reporters in Jakarta. He declined to disclose the reserve price.

Indonesia's three main mobile operators have long argued that regulatory costs, including annual spectrum fees and universal service obligation levies, absorb more than 12% of their revenue.

"The regulatory cost burden for operators in Indonesia is among the highest in the region," said Dian Kusumawardani, president director of PT Lintas Data Indonesia, the country's third-largest operator by subscribers. "If the price is set too high, it will either be passed on to consumers or it will slow down investment outside Java."

Market leader PT Nusantara Seluler Tbk said in a statement it would "carefully study" the auction terms once they were published and remained committed to expanding 5G coverage to all provincial capitals by 2027.

Only a small fraction of Indonesian mobile subscribers currently use 5G, according to industry estimates, well behind neighbouring Thailand and Malaysia.

Analysts say the outcome of the auction will be the main driver of operators' capital spending plans.

"Spectrum is the single biggest swing factor for capex over the next three years," said Budi Hartanto, a telecoms analyst at Mandala Sekuritas in Jakarta. "If the government prices it sensibly, we could see a meaningful pickup in tower and fibre orders in 2026."

One person familiar with the ministry's deliberations, who asked not to be named because the discussions were private, said the government was considering allowing winning bidders to pay in instalments over 10 years.

"The ministry wants the auction to succeed, not just to raise money," the person said.

Shares of Nusantara Seluler rose 1.8% in Jakarta trading on Wednesday, while Lintas Data gained 2.4%, outperforming a flat broader market.

(Reporting by Rina Sulistyowati; Additional reporting by Stefanus Adi; Editing by Thomas Bellamy)""",
        [
            ("We have finalised the reserve", "Arief Santoso"),
            ("The regulatory cost burden for", "Dian Kusumawardani"),
            ("If the price is set", "Dian Kusumawardani"),
            ("carefully study", "PT Nusantara Seluler Tbk"),
            ("Spectrum is the single biggest", "Budi Hartanto"),
            ("If the government prices it", "Budi Hartanto"),
            ("The ministry wants the auction", "person familiar with the ministry's deliberations"),
        ],
    ),
    (
        """Vietnamese start-ups tighten belts as venture funding dries up

By Hoang Phuong   March 6, 2025 | 04:12 pm GMT+7

Venture capital investment in Vietnamese start-ups fell 38% last year to $529 million, the lowest level since 2017, forcing many founders to cut staff and postpone expansion plans.

The figures come from the “Vietnam Innovation and Private Capital Report”, released on Wednesday by Ho Chi Minh City-based investment firm Lotus Gate Ventures and the National Innovation Support Centre.

The number of deals fell to 112 from 141 a year earlier, while the average deal size shrank as investors focused on seed and early-stage rounds, the report said.

Pham Hoang Nam, founding partner of Lotus Gate Ventures, put it bluntly: “Founders who raised at very high valuations in 2021 are now facing a very hard conversation. Many of them will have to accept down rounds or merge.”

Several start-ups that once aspired to become “unicorns” have instead shut down or sold themselves to larger rivals over the past 18 months.

Logistics start-up Giao Nhanh is among those that chose to cut deep.

“We reduced our burn rate by 60% in six months,” said Tran Minh Duc, its CEO. “It was painful. We had to let go of people who had been with us from the very beginning.

“But the alternative was to run out of cash by the middle of this year, and then nobody would have had a job.”

Duc said the company, which handles about 45,000 deliveries a day in Hanoi and HCMC, now expects to break even in the third quarter.

Not everyone is pessimistic. Nguyen Thi Thu Ha, a partner at Singapore-based fund Arcadia Growth, said she saw the downturn as a chance to invest in companies at “more realistic prices”.

“The fundamentals of Vietnam have not changed. You still have a young population, rising incomes and one of the fastest-growing digital economies in Southeast Asia,” she said.

The report found that fintech remained the most attractive sector, accounting for 31% of total capital, followed by e-commerce, health technology and education technology. Artificial intelligence start-ups attracted growing interest, though most deals remained small.

Speaking at the report’s launch, Deputy Minister of Science and Technology Le Quang Vinh said the government would “create a more favourable legal corridor” for venture capital funds, including clearer rules on capital contributions by foreign investors and on tax treatment for angel investors.

According to the report, 64% of surveyed investors said they planned to keep or increase their allocation to Vietnam in 2025, while 22% said they would reduce it.""",
        [
            ("Founders who raised at very", "Pham Hoang Nam"),
            ("We reduced our burn rate", "Tran Minh Duc"),
            ("It was painful. We had", "Tran Minh Duc"),
            ("But the alternative was to", "Tran Minh Duc"),
            ("more realistic prices", "Nguyen Thi Thu Ha"),
            ("The fundamentals of Vietnam have", "Nguyen Thi Thu Ha"),
            ("create a more favourable legal", "Le Quang Vinh"),
        ],
    ),
    (
        """'Tariff correction is inevitable': Bharat Airwave CEO flags 5G cost burden

Sandeep Kulkarni | New Delhi

Bharat Airwave, the country's third-largest telecom operator by subscribers, expects another round of mobile tariff increases within the next 12 months as the cost of rolling out 5G networks continues to weigh on returns, its managing director and chief executive officer Vikram Sethi said on Tuesday.

"Tariff correction is inevitable. The industry cannot keep investing Rs 60,000-70,000 crore a year in networks and earn a return on capital employed of 7 per cent," Sethi told analysts on a post-earnings call.

The company's average revenue per user (ARPU), a key measure of profitability for telecom companies, rose to Rs 196 in the March quarter from Rs 181 a year earlier, helped by the tariff increases taken last July and a shift of subscribers to postpaid plans.

Its consolidated net loss narrowed to Rs 1,142 crore from Rs 1,906 crore in the year-ago period, while revenue from operations grew 11.4 per cent to Rs 13,870 crore.

Sethi said the company would not be the first to raise prices. "We have always said we will not lead, but we will not lag behind either," he said.

Asked about the government's decision to allocate spectrum for satellite broadband administratively rather than through an auction, he said the company had "made its position clear" to the Department of Telecommunications and would abide by the final decision.

According to Rajiv Menon, senior vice-president for research at Anchorline Securities, "a 15 per cent hike across plans would lift industry Ebitda by roughly Rs 18,000 crore in a full year." He said smaller operators stood to gain the most because their ARPUs were lower.

Not everyone is pleased. The Telecom Users' Welfare Association of India, a consumer group, said in a letter to the sector regulator that repeated tariff hikes were "hurting low-income households who depend on mobile data for work and education" and urged it to require operators to retain affordable entry-level plans.

A senior official in the Department of Telecommunications said tariffs were a commercial decision for operators. "The government does not interfere in pricing as long as it is transparent and non-discriminatory," the official said, adding that the regulator was monitoring the market.

Bharat Airwave's shares closed 3.2 per cent higher at Rs 74.60 on the BSE on Tuesday, while the benchmark Sensex rose 0.4 per cent.

The company is also in talks with lenders to raise Rs 25,000 crore in debt to fund its network expansion, Sethi said, adding that the discussions were at an "advanced stage".""",
        [
            ("Tariff correction is inevitable", "Vikram Sethi"),
            ("Tariff correction is inevitable. The industry", "Vikram Sethi"),
            ("We have always said we", "Vikram Sethi"),
            ("made its position clear", "Vikram Sethi"),
            ("a 15 per cent hike", "Rajiv Menon"),
            ("hurting low-income households who depend", "Telecom Users' Welfare Association of India"),
            ("The government does not interfere", "senior official in the Department of Telecommunications"),
            ("advanced stage", "Vikram Sethi"),
        ],
    ),
    (
        """E-grocery firm KilatMart eyes IPO next year after first profitable quarter

Fikri Maulana (The Jakarta Post)
Jakarta   Thu, May 22, 2025

Quick-commerce start-up KilatMart is preparing to list on the Indonesia Stock Exchange (IDX) as early as the second half of next year, its chief executive said on Wednesday, after the company recorded its first quarter of positive earnings before interest, taxes, depreciation and amortization (EBITDA).

"We booked our first positive EBITDA quarter in March, and we believe that gives us a credible story for public investors," KilatMart cofounder and CEO Reza Pratama said during a media briefing in South Jakarta.

Reza said the company, which operates 96 so-called dark stores in Greater Jakarta, Bandung and Surabaya, had appointed two local underwriters but declined to name them. "It is still too early to talk about the size of the offering or valuation," he added.

Founded in 2020, KilatMart grew rapidly during the COVID-19 pandemic, when lockdowns drove households to order groceries online. But like many of its peers, it was forced to cut its workforce by about a third in 2023 as investors demanded a faster path to profitability.

Sri Wahyuni Hadiwijaya, managing partner at venture capital firm Garuda Tunas Capital, which led KilatMart's US$42 million Series C round in 2022, said the company had "learned to be disciplined" about discounts and delivery subsidies.

"Two years ago everyone was burning money on free delivery. KilatMart was one of the first to stop," Sri Wahyuni said.

Not everyone is convinced that the market is ready for another tech listing. Ahmad Fauzi, head of research at PT Cakrawala Sekuritas, noted that several technology stocks that went public in 2021 and 2022 were still trading far below their offering prices.

"The last wave of tech listings left a bad taste for retail investors. Many of them are still sitting on losses of 50 to 70 percent," he said. "A new issuer will have to price very conservatively to win them back."

The IDX has been courting so-called new economy companies with rules that allow firms with accumulated losses to list on its main board, provided they meet certain revenue and market capitalization thresholds.

IDX company valuation director Yudhistira Nugroho said the exchange currently had 27 companies in its IPO pipeline, four of which were from the technology sector. He did not name the companies.

"We want quality over quantity. We would rather have fewer listings that perform well than many that disappoint investors," Yudhistira told The Jakarta Post on the sidelines of a capital market event on Tuesday.

KilatMart posted revenue of Rp 1.9 trillion (US$116 million) last year, up 34 percent from 2023, according to figures provided by the company. It said average order values had risen to Rp 187,000 as customers increasingly bought fresh produce and household goods in larger baskets.""",
        [
            ("We booked our first positive", "Reza Pratama"),
            ("It is still too early", "Reza Pratama"),
            ("learned to be disciplined", "Sri Wahyuni Hadiwijaya"),
            ("Two years ago everyone was", "Sri Wahyuni Hadiwijaya"),
            ("The last wave of tech", "Ahmad Fauzi"),
            ("A new issuer will have", "Ahmad Fauzi"),
            ("We want quality over quantity.", "Yudhistira Nugroho"),
        ],
    ),
    (
        """Bengal start-up fund gets nod, founders want faster cheques

Our Special Correspondent

Calcutta: The state cabinet on Monday cleared a Rs 150-crore fund of funds for Bengal-based start-ups, a move founders in Salt Lake’s Sector V welcomed but said would matter only if the money reached companies quickly.

The scheme, christened ‘Notun Udyog’, will be managed by the state-run Bengal Industrial Finance Corporation. It will invest in Sebi-registered venture capital funds that commit to putting at least twice the amount they receive into start-ups registered in the state.

‘Every year hundreds of our brightest engineers leave Bengal to start companies elsewhere. We want them to build here,’ IT minister Arunava Chatterjee told The Telegraph after the cabinet meeting at Nabanna.

‘This fund is not charity. It will invest on commercial terms, alongside private investors who know how to pick winners,’ he said. Chatterjee said the first commitments to funds were expected by October.

According to IT department figures, Bengal has about 4,200 start-ups recognised by the Centre, a fraction of the numbers in Karnataka and Maharashtra. Only a handful have raised more than $10 million.

Founders said the intent was welcome but the state’s record on similar schemes was patchy.

‘We have been hearing about such a fund since 2018,’ said Sohini Bhattacharya, co-founder of diagnostics start-up Nirnay Labs, which employs 80 people in New Town. ‘What we need is a single window and a clear timeline. If it takes 18 months to get a cheque, most of us won’t be around.’

The Eastern India Software and Services Association said in a statement that the fund was ‘a step in the right direction’ but that the government also needed to address ‘high office rentals and poor last-mile connectivity’ in New Town and Sector V.

A Mumbai-based venture capitalist who has invested in two Calcutta companies said the city’s talent pool was ‘deep but under-priced’.

‘Salaries here are 25 to 30 per cent lower than in Bangalore for the same quality of engineer. The problem has always been follow-on capital. Nobody wants to be the only investor in a Calcutta company at Series B,’ he said.

Rahul Dasgupta, who runs an incubator at a private engineering college in Rajarhat, said the fund should also set aside money for first-time founders from smaller towns. ‘Siliguri, Durgapur and Asansol have good students who never get a chance to pitch to anyone,’ he said.

Chatterjee said the government would review the scheme after two years and could increase the corpus if private investors responded well.""",
        [
            ("Every year hundreds of our", "Arunava Chatterjee"),
            ("This fund is not charity.", "Arunava Chatterjee"),
            ("We have been hearing about", "Sohini Bhattacharya"),
            ("What we need is a", "Sohini Bhattacharya"),
            ("a step in the right", "Eastern India Software and Services Association"),
            ("high office rentals and poor", "Eastern India Software and Services Association"),
            ("deep but under-priced", "Mumbai-based venture capitalist"),
            ("Salaries here are 25 to", "Mumbai-based venture capitalist"),
            ("Siliguri, Durgapur and Asansol have", "Rahul Dasgupta"),
        ],
    ),
    (
        """Internet speeds slow as two undersea cables break down

HÀ NỘI — Internet users across Việt Nam are facing slower connections to overseas services after two of the country's five international undersea fibre-optic cables developed faults within a week, network operators said on Tuesday.

The Lạc Long Quân (LLQ) cable, which links Việt Nam with Singapore and Hong Kong, developed a fault on a branch about 120km off the south-central coast on February 4. On Monday, the South East Asia Express Link (SEAEL) suffered a break near its landing station in Vũng Tàu.

Sông Hồng Telecom, the country's second-largest internet service provider, said in a statement that it had rerouted traffic through overland links and the remaining undersea cables, but that customers "may experience slower access speeds" to international services such as video streaming, cloud storage and online games during peak hours.

A spokesperson for Phương Nam Broadband (PNB), which operates the Vietnamese section of the SEAEL, said repairs were expected to take at least three weeks.

"A repair ship has to be mobilised from Singapore, and we also need permits to work in the affected waters," the spokesperson said. "We are doing everything we can to shorten that time."

Nguyễn Thanh Hải, deputy director of the Telecommunications Department under the Ministry of Science and Technology, said the repeated breakdowns showed the need for more cables.

"Việt Nam cannot keep depending on a handful of ageing cables. By 2030 we want at least ten cables in operation, including some owned and operated by Vietnamese enterprises," Hải said.

He said two new cable systems, one connecting Việt Nam directly with Japan and another with Singapore, were expected to be completed by 2027.

For many users, the outages have meant frustrating evenings. Lê Thị Mai, a software engineer in HCM City who works remotely for a Singapore-based company, said video calls with colleagues had become "almost impossible" after 8pm.

"I've started going to a café that uses a different provider just to get through my meetings," she said.

Đặng Văn Khoa, chairman of the Việt Nam Digital Outsourcing Association, said each outage damaged the country's reputation among foreign clients. "Our members sign contracts that promise 99.9 per cent availability. When the cables break, we are the ones who have to explain it to customers in Tokyo or Sydney," he said.

Việt Nam's undersea cables have suffered frequent faults in recent years, with some outages lasting months because of a shortage of repair vessels in the region. — VNS""",
        [
            ("may experience slower access speeds", "Sông Hồng Telecom"),
            ("A repair ship has to", "spokesperson"),
            ("We are doing everything we", "spokesperson"),
            ("Việt Nam cannot keep depending", "Nguyễn Thanh Hải"),
            ("almost impossible", "Lê Thị Mai"),
            ("I've started going to a", "Lê Thị Mai"),
            ("Our members sign contracts that", "Đặng Văn Khoa"),
        ],
    ),
    (
        """Indian VC Saffron Bridge closes $250m fund with eye on Indonesia, Vietnam

Mumbai-based firm bets India’s startup playbook can travel as regional funding slumps

KIRAN DESAI, Nikkei staff writer

MUMBAI -- Indian venture capital firm Saffron Bridge Capital has closed its third fund at $250 million and plans to invest about 40% of it in startups in Indonesia and Vietnam, betting that business models proven in India can be adapted for Southeast Asia.

The fund, which exceeded its initial target of $200 million, drew commitments from sovereign and pension investors in the Middle East and Japan as well as Indian family offices, the firm said on Thursday.

“India has already solved many of the problems that Indonesia and Vietnam are facing now -- digital payments at scale, low-cost logistics, software for small businesses,” said Nikhil Bansal, Saffron Bridge’s co-founder and managing partner. “Founders there don’t have to reinvent the wheel. They can borrow the playbook and localize it.”

Saffron Bridge will open an office in Jakarta this year and is hiring a partner for Ho Chi Minh City, Bansal said.

The timing is unusual. Startup funding in Southeast Asia fell to a six-year low in 2024, according to consultancy Meridian Bay Advisory, and several global investors have cut their teams in the region or closed local offices.

Bansal argued that this made it a good time to invest. “When everyone else is leaving, valuations come back to earth and the founders who stay are the serious ones,” he said.

“We are not trying to deploy quickly. We’d rather make 25 good investments over four years than 60 mediocre ones.”

Cross-border bets of this kind, often called the “India playbook” by investors, have had mixed results in the region. Wahyu Setiawan, a Jakarta-based angel investor and former executive at an Indonesian e-commerce company, urged caution.

“Indonesia is not one market. It’s 17,000 islands, and logistics costs are several times higher than in India,” he said. “Several Indian-style models have already failed here because they underestimated that.”

In Vietnam, Saffron Bridge backed Hanoi-based accounting software startup SoSach from its previous fund. Vo Thi Lan Anh, SoSach’s CEO, said the firm had introduced her to Indian software engineers and to potential customers among Indian companies operating in Vietnam.

“Having an investor who has seen the same journey in another market saved us at least a year,” she told Nikkei Asia.

The firm said it would focus on financial technology, business software, health care and climate technology, writing initial checks of $2 million to $8 million.

An executive at one of the Japanese limited partners, who requested anonymity because the commitment had not been made public, said the investor had been drawn by Saffron Bridge’s record of returning money. “They have returned capital to investors, which is still rare in this part of the world,” the executive said.

Saffron Bridge’s previous fund, a $160 million vehicle raised in 2020, has so far returned 1.4 times paid-in capital, according to the firm.""",
        [
            ("India has already solved many", "Nikhil Bansal"),
            ("Founders there don’t have to", "Nikhil Bansal"),
            ("When everyone else is leaving,", "Nikhil Bansal"),
            ("We are not trying to", "Nikhil Bansal"),
            ("Indonesia is not one market.", "Wahyu Setiawan"),
            ("Several Indian-style models have already", "Wahyu Setiawan"),
            ("Having an investor who has", "Vo Thi Lan Anh"),
            ("They have returned capital to", "executive at one of the Japanese limited partners"),
        ],
    ),
]
